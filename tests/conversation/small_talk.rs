//! Small talk told from questions: greetings, thanks, praise, insults, help and goodbyes in three
//! languages, and questions that hold such words or polite wording and still ask.

use crate::support::*;
use article_qa_bot::conversation::{ReplyKind, Request, Responder, State};
use article_qa_bot::Matcher;

#[test]
fn polite_or_casual_wording_in_russian_and_chinese_does_not_hide_the_question() {
    // Inflected and polite forms ("Мне очень интересно узнать"), and casual Chinese read as
    // overlapping pairs ("请你跟我讲讲"), are not content: they must not count against every entry.
    assert_eq!(
        converse(&["Мне очень интересно узнать, что такое ОДКБ"])[0].as_deref(),
        Some("csto")
    );
    assert_eq!(converse(&["请你跟我讲讲上合组织是什么"])[0].as_deref(), Some("sco"));
}

#[test]
fn a_question_about_the_last_answer_is_not_small_talk() {
    // "help" is a small-talk phrase, but "what would that help with?" asks about the answer.
    let turns = converse(&["What should Moscow and Washington do?", "what would that help with?"]);
    assert!(turns[0].is_some(), "{turns:?}");
    assert!(turns[1].is_some(), "answered from the context, not with the help text: {turns:?}");
}

#[test]
fn small_talk_among_other_words_gets_a_small_talk_reply() {
    let responder = Responder::new(Matcher::embedded().expect("the embedded knowledge base loads"));
    let mut state = State::default();
    let mut intent_of = |text: &str| {
        let request = Request::from_message(text, None);
        responder.respond(&mut state, &request, None, 1_000_000).intent.map(str::to_owned)
    };
    assert_eq!(
        intent_of("Hello! I'm a student, just started reading.").as_deref(),
        Some("greeting")
    );
    assert_eq!(intent_of("your answers are kinda dumb ngl").as_deref(), Some("insult"));
    // A question next to the small talk is answered or declined, never taken for small talk.
    assert_eq!(intent_of("thanks, and how old is Putin?"), None);
    // "what's" asks ("right now" is no assent, nor a goodbye).
    assert_eq!(intent_of("what's putin's approval rating right now"), None);
    assert_eq!(intent_of("hi, who is Trenin?"), None);
    // A yes/no question about the article is no assent, though "agree" alone would be.
    assert_eq!(intent_of("is there anything they both agree on"), None);
    assert_eq!(intent_of("i agree").as_deref(), Some("acknowledgement"));
}

#[test]
fn a_question_with_a_small_talk_word_in_it_is_still_a_question() {
    // "right" is assent and "agree" agreement, but these ask.
    let turns =
        converse(&["what should moscow and washington do now", "anything they actually agree on?"]);
    assert_eq!(turns[0].as_deref(), Some("improving-communication"));
    assert_eq!(turns[1].as_deref(), Some("iran-common-ground"));
}

#[test]
fn praise_of_the_explanations_is_small_talk_in_three_languages() {
    let responder = Responder::new(Matcher::embedded().expect("the embedded knowledge base loads"));
    for praise in ["you explain things so well", "Ты классно объясняешь", "你解释得很好"]
    {
        let request = Request::from_message(praise, None);
        let response = responder.respond(&mut State::default(), &request, None, 1_000_000);
        assert_eq!(
            (response.kind, response.intent),
            (ReplyKind::SmallTalk, Some("praise")),
            "{praise}"
        );
    }
}

#[test]
fn a_yes_no_question_holding_a_word_of_praise_is_no_praise() {
    let (kind, _) = replies(&["Is the Great Wall visible from space?"]).remove(0);
    assert_eq!(kind, ReplyKind::Declined);
}

#[test]
fn thanks_in_other_words_and_asking_for_another_language_are_small_talk() {
    let responder = Responder::new(Matcher::embedded().expect("the embedded knowledge base loads"));
    let mut state = State::default();
    let mut intent_of = |text: &str| {
        let request = Request::from_message(text, None);
        responder.respond(&mut state, &request, None, 1_000_000).intent.map(str::to_owned)
    };
    // "needed" and "russian" are words of the article: they made these questions, declined.
    assert_eq!(intent_of("cheers, that's just what i needed").as_deref(), Some("thanks"));
    assert_eq!(intent_of("can you also answer in Russian?").as_deref(), Some("capabilities"));
    assert_eq!(intent_of("do you understand chinese").as_deref(), Some("capabilities"));
    assert_eq!(intent_of("Can you also translate stuff for me?").as_deref(), Some("capabilities"));
    // How it works asks how to use it: help, in each language.
    for how in ["how does this work??", "как это работает?", "怎么运作的？"] {
        assert_eq!(intent_of(how).as_deref(), Some("help"), "{how}");
    }
    // An insult with a verb of feeling: "hate" is no word of the article, "bot" and "this" are
    // none either, and the message was declined as a question.
    assert_eq!(intent_of("i hate this bot").as_deref(), Some("insult"));
    assert_eq!(intent_of("i hate you").as_deref(), Some("insult"));
}

#[test]
fn a_request_of_the_bot_is_no_small_talk_whatever_praise_its_words_hold() {
    // "good" of "a good hotel" is no acknowledgement: the article has no hotels.
    let turns = replies(&["Can you recommend a good hotel in Beijing?", "can you help me?"]);
    assert_eq!(turns[0], (ReplyKind::Declined, None));
    assert_eq!(turns[1].0, ReplyKind::SmallTalk);
}

#[test]
fn help_with_the_article_itself_is_a_request_for_help() {
    // "understanding" is a word of an entry ("reached an understanding"): it answered that.
    let turns = replies(&["I need help understanding this piece", "help me understand the SCO"]);
    assert_eq!(turns[0], (ReplyKind::SmallTalk, None));
    assert_eq!(turns[1].1.as_deref(), Some("sco"));
    // "a news article" is the article: it answered the photo's credit, by "news".
    let turns = replies(&["hello! can you help me understand one news article?"]);
    assert_eq!(turns[0], (ReplyKind::SmallTalk, None));
}

#[test]
fn the_bots_own_likes_and_side_are_no_small_talk_and_beyond_the_article() {
    // "good" and "喜欢" (like) are no acknowledgement or praise here: the bot's own view is
    // asked, and it has none, only the article's.
    let turns = replies(&[
        "Do you personally think the partnership is good?",
        "你更喜欢中国还是俄罗斯？",
        "are you on russia's side?",
        "do you like putin?",
        "Ты за Китай?",
        "ur opinion: will china and russia become a real military alliance?",
        "thanks, that helps",
    ]);
    for turn in &turns[..6] {
        assert_eq!(*turn, (ReplyKind::Declined, None));
    }
    assert_eq!(turns[6].0, ReplyKind::SmallTalk);
}

#[test]
fn a_word_of_the_article_is_no_typo_of_small_talk() {
    // "fight" is one letter from "right" (an acknowledgement), "might" from "night" (goodbye):
    // read as typos, they made questions small talk. The article uses both words, so they are
    // themselves; a misspelling of an article word may still be a phrase's ("hellp": hello).
    let turns = replies(&["so they might fight?", "the us can make them fight", "hellp", "thnks"]);
    assert_ne!(turns[0].0, ReplyKind::SmallTalk);
    assert_ne!(turns[1].0, ReplyKind::SmallTalk);
    assert_eq!(turns[2].0, ReplyKind::SmallTalk);
    assert_eq!(turns[3].0, ReplyKind::SmallTalk);
}

#[test]
fn a_question_closing_with_a_small_talk_word_or_asking_the_bots_view_is_no_small_talk() {
    // "没有" (no) closes "did Turkey buy the Su-35 in the end?" as its question tag; "как ты"
    // (how are you) opens "what do you yourself think ...?". Both got small talk; the first asks
    // what happened after the article, the second the bot's own view: both declined.
    let turns = replies(&[
        "土耳其最后买了苏-35没有？",
        "Как ты сам думаешь, станут ли Россия и Китай военными союзниками?",
        "привет, как ты?",
    ]);
    assert_eq!(turns[0], (ReplyKind::Declined, None));
    assert_eq!(turns[1], (ReplyKind::Declined, None));
    assert_eq!(turns[2].0, ReplyKind::SmallTalk);
}

#[test]
fn how_to_use_the_bot_properly_is_a_request_for_help() {
    let turns = replies(&["how do I use you properly?"]);
    assert_eq!(turns[0].0, ReplyKind::SmallTalk);
    // An adverb of a question about the article is no small talk.
    let turns = replies(&["how did russia respond to covid?"]);
    assert_eq!(turns[0].1.as_deref(), Some("pandemic-problems"));
}

#[test]
fn how_to_ask_and_whether_the_bot_reads_the_web_are_small_talk() {
    // Asking how to word a question is help; whether the bot is online, what it can do.
    for message in [
        "how should I phrase my questions?",
        "do you have access to the internet?",
        "can you browse the web?",
    ] {
        let turns = replies(&[message]);
        assert_eq!(turns[0].0, ReplyKind::SmallTalk, "{message}");
    }
}

#[test]
fn a_dotted_abbreviation_is_a_word_of_the_article_not_small_talk() {
    // "what does the article say" alone asks what the bot can do; "u.n." is the subject.
    for question in
        ["whats in the article about the u.n.", "what does the article say about the U.N.?"]
    {
        let turns = replies(&[question]);
        assert_eq!(turns[0].0, ReplyKind::Answered, "{question}: {turns:?}");
        let entry = turns[0].1.as_deref().unwrap_or_default();
        assert!(entry.contains("un") || entry.contains("multipolar"), "{question}: {entry}");
    }
}

#[test]
fn a_question_after_small_talk_in_the_same_message_is_asked() {
    // A later clause or a question word after the greeting asks; the bot is not its subject.
    for message in [
        "hi bot, what's the capital of China?",
        "i see. did they sign anything?",
        "haha nice, is the US worried?",
        "谢谢！那美国呢？",
    ] {
        assert!(small_talk_of(message).is_err(), "{message}: {:?}", small_talk_of(message));
    }
    assert_eq!(small_talk_of("привет, о чём эта статья?"), Err(ReplyKind::Answered));
    // Still small talk: the bot is what the question word asks about.
    assert_eq!(small_talk_of("hey bot, why are you so slow").as_deref(), Ok("insult"));
    assert_eq!(small_talk_of("is this a real person typing?").as_deref(), Ok("identity"));
}

#[test]
fn small_talk_ending_the_chat_is_bye_and_swapped_letters_are_a_typo() {
    assert_eq!(small_talk_of("ok thanks, bye!").as_deref(), Ok("bye"));
    assert_eq!(small_talk_of("thx bye").as_deref(), Ok("bye"));
    assert_eq!(small_talk_of("thanks!").as_deref(), Ok("thanks"));
    assert_eq!(small_talk_of("hlep").as_deref(), Ok("help"), "not a weak match of 'help'");
    assert!(small_talk_of("hell").is_err(), "another letter is another word");
}

#[test]
fn praise_of_a_summary_asking_beyond_the_article_and_a_reader_introduced_are_small_talk() {
    // Each was read as a question: "great summary" after the main argument answered with the
    // article's summary, "... besides this article?" was declined, and "student" was a word
    // the help intent did not cover.
    let responder = Responder::new(Matcher::embedded().expect("the embedded knowledge base loads"));
    let cases = [
        ("great summary", "praise"),
        ("can you do anything besides this article?", "capabilities"),
        ("hi, I'm a journalist and I need some help", "help"),
    ];
    for (message, intent) in cases {
        let mut state = State::default();
        let opening = Request::from_message("what is the author's main argument?", None);
        let answered = responder.respond(&mut state, &opening, None, 1_000_000);
        assert_eq!(answered.kind, ReplyKind::Answered);
        let request = Request::from_message(message, None);
        let response = responder.respond(&mut state, &request, None, 1_000_060);
        assert_eq!(
            (response.kind, response.intent),
            (ReplyKind::SmallTalk, Some(intent)),
            "{message}"
        );
    }
}

#[test]
fn disbelief_is_acknowledged_not_answered_from_the_article() {
    // "are you serious?" shared "serious" with the op-ed's "most crucially" (and before that
    // with the 2016 concept's entry), and was answered with a quote.
    for message in ["are you serious?", "are you kidding me", "You must be joking!"] {
        assert_eq!(small_talk_of(message), Ok("acknowledgement".to_owned()), "{message}");
    }
    // A question about someone's seriousness is still a question (a guard).
    assert!(small_talk_of("is mearsheimer serious about this?").is_err());
}

#[test]
fn calling_the_bot_biased_or_slow_is_an_insult() {
    // Neither word is the article's: they were declined as questions it does not answer.
    let responder = Responder::new(Matcher::embedded().expect("the embedded knowledge base loads"));
    let mut state = State::default();
    let mut intent_of = |text: &str| {
        let request = Request::from_message(text, None);
        responder.respond(&mut state, &request, None, 1_000_000).intent.map(str::to_owned)
    };
    for insult in ["you are a biased bot", "this bot is propaganda", "ur so slow af"] {
        assert_eq!(intent_of(insult).as_deref(), Some("insult"), "{insult}");
    }
    // Guard: whether the article is biased is a question, not small talk.
    assert_eq!(intent_of("is the article biased?"), None);
}

#[test]
fn praise_in_chat_spelling_is_praise() {
    // "gr8 answer" was declined as a question the article does not answer.
    assert_eq!(small_talk_of("gr8 answer"), Ok("praise".to_owned()));
    assert_eq!(small_talk_of("gr8"), Ok("praise".to_owned()));
}

#[test]
fn a_greeting_that_only_introduces_the_reader_is_a_greeting_whatever_topic_it_names() {
    // "nato" found the state documents' threat perception: the reader asked nothing yet.
    for message in [
        "hi, i'm a student writing about nato",
        "Hi, I'm writing a paper on NATO",
        "привет, я студент, пишу о НАТО",
    ] {
        assert_eq!(small_talk_of(message).as_deref(), Ok("greeting"), "{message}");
    }
    // Guard: an introduction that asks or requests is a question.
    for message in [
        "hi, i'm a student, what is nato",
        "hi, I'm writing about NATO enlargement. Tell me about Russia's fears",
        "hi, i'm writing about nato, does russia fear it?",
    ] {
        assert!(small_talk_of(message).is_err(), "{message}");
    }
}

#[test]
fn which_company_made_the_bot_is_asking_who_it_is() {
    // "Which company built you?" quoted Rosatom, the firm building reactors.
    for message in ["Which company built you?", "what company made you", "which company owns you?"]
    {
        assert_eq!(small_talk_of(message).as_deref(), Ok("identity"), "{message}");
    }
    // Guard: a company that built something the article names is asked of the article.
    assert!(small_talk_of("which company built the nuclear reactors?").is_err());
}

#[test]
fn chat_spellings_of_you_are_you() {
    // "who made u" found McFaul ("made"): the phrase "who made you" was not matched.
    for (message, expected) in [
        ("who made u", "identity"),
        ("are u a real person", "identity"),
        ("who built u", "identity"),
        ("thank ya", "thanks"),
    ] {
        assert_eq!(small_talk_of(message).as_deref(), Ok(expected), "{message}");
    }
    // Guard: "u" is not "you" in the article's words.
    assert!(small_talk_of("what is the u.n. security council seat").is_err());
}

#[test]
fn an_introduction_hoping_for_help_is_a_greeting_and_a_shill_an_insult() {
    // "hope you can help": the bot's help is hoped for, nothing asked; the greeting stands
    // (its "hope" found the aspirants' entry). After its subject, "can" states.
    let message = "Hello! I'm a politics student, hope you can help.";
    assert_eq!(small_talk_of(message).as_deref(), Ok("greeting"));
    let message = "these are just talking points, you're a shill";
    assert_eq!(small_talk_of(message).as_deref(), Ok("insult"));
    // Guard: help with something else is still no small talk.
    assert!(small_talk_of("help, my laptop is broken").is_err());
}

#[test]
fn asking_whether_one_may_just_ask_is_help() {
    // "can i just ask stuff?" asks how to use the bot: it was declined as a question, and took
    // "hi, how does this work?" before it down with it.
    for message in ["hi, how does this work? can i just ask stuff?", "do i just type my question?"]
    {
        assert_eq!(small_talk_of(message).as_deref(), Ok("help"), "{message}");
    }
    assert_eq!(small_talk_of("can i ask anything?").as_deref(), Ok("capabilities"));
}

#[test]
fn start_and_help_commands_are_the_greeting_and_the_help_they_answer() {
    // /help and /start were reported as commands: a reader typing them asks for help or says
    // hello, and gets that. (/topics stays a command: no small talk asks for it.)
    for (command, intent) in [("/help", "help"), ("/start", "greeting")] {
        assert_eq!(small_talk_of(command).as_deref(), Ok(intent), "{command}");
    }
    assert_eq!(small_talk_of("/topics"), Err(ReplyKind::Command));
}

#[test]
fn help_with_something_the_article_lacks_is_declined_not_the_bots_help() {
    // "help" covered the request: the reader got the bot's instructions for their homework.
    assert_eq!(
        small_talk_of("can you help me with my calculus homework?"),
        Err(ReplyKind::Declined)
    );
    // "good" of "a good recipe" read as assent once "unrelated but" led into the request.
    assert_eq!(
        small_talk_of("unrelated but do you know a good recipe for borscht?"),
        Err(ReplyKind::Declined)
    );
    // The bot's own help stays help.
    assert_eq!(small_talk_of("can you help me with this?").as_deref(), Ok("help"));
    assert_eq!(small_talk_of("help me please").as_deref(), Ok("help"));
}

#[test]
fn a_greeting_before_what_the_reader_must_write_is_a_greeting() {
    // "state documents" answered it: "write" and "article" found an entry.
    assert_eq!(
        small_talk_of("hi! i have to write an essay on this article").as_deref(),
        Ok("greeting")
    );
}

#[test]
fn whats_this_of_a_word_of_the_article_asks_about_it() {
    // Declined, the message read as "what's this?" (what the bot is for).
    assert_eq!(
        small_talk_of("What's this 'condominium' idea I keep seeing?"),
        Err(ReplyKind::Answered)
    );
}

#[test]
fn praise_for_the_readers_own_work_is_praise() {
    // "great" is also a word of the article ("great powers"): "for my piece" after it was read
    // as a question and answered with the realist logic.
    assert_eq!(small_talk_of("Thanks, this is great for my article.").as_deref(), Ok("thanks"));
    assert_eq!(small_talk_of("perfect for my essay").as_deref(), Ok("praise"));
    // Not praise of something else: that is about the article.
    assert!(small_talk_of("is it great for china?").is_err());
}

#[test]
fn asking_which_commands_the_bot_supports_is_help() {
    // "what commands do you support?" was declined as a question the article does not answer.
    for message in ["what commands do you support?", "What commands can I use?"] {
        assert_eq!(small_talk_of(message).as_deref(), Ok("help"), "{message}");
    }
}

#[test]
fn other_articles_are_beyond_this_one_not_its_summary() {
    // "summarize" found the article's summary: a confident answer about a text it is not.
    // Asked of the bot, it asks what the bot can do (it knows one article).
    let others = "can you also summarize other articles for me?";
    assert_eq!(small_talk_of(others).as_deref(), Ok("capabilities"));
    let turns = replies(&["你能总结其他文章吗？"]);
    assert_eq!(turns[0], (ReplyKind::Declined, None));
    // Whether it knows other articles asks what it can do.
    assert_eq!(small_talk_of("do you know other articles?").as_deref(), Ok("capabilities"));
    // This article's summary is still asked for.
    assert_eq!(
        converse(&["can you summarize this article?"])[0].as_deref(),
        Some("article-summary")
    );
}

#[test]
fn a_request_for_help_without_its_auxiliary_is_help() {
    // Readers writing in a second language drop "do": "how I use this bot?" was declined.
    for message in ["I need help, how I use this bot?", "how i use this bot", "how it work"] {
        assert_eq!(small_talk_of(message).as_deref(), Ok("help"), "{message}");
    }
    // A question word with no auxiliary dropped still asks about the article.
    assert!(small_talk_of("how russia uses the sco").is_err());
}

#[test]
fn asking_whether_other_articles_may_be_asked_about_is_capabilities() {
    // "can I ask" opened a yes/no question, so no phrase covered it: declined.
    for message in ["Can I ask about other articles?", "can i ask anything?"] {
        assert_eq!(small_talk_of(message).as_deref(), Ok("capabilities"), "{message}");
    }
    assert_eq!(
        small_talk_of("How do I use you? Can I ask about any article?").as_deref(),
        Ok("help")
    );
}

#[test]
fn calling_the_bot_a_mouthpiece_is_an_insult() {
    // "Kremlin" is a word of the article, so the remark read as a question and was declined.
    for message in ["you sound like Kremlin PR", "you're a kremlin mouthpiece"] {
        assert_eq!(small_talk_of(message).as_deref(), Ok("insult"), "{message}");
    }
    assert!(small_talk_of("what does the kremlin say about NATO?").is_err());
    // Of what was said, not of the bot: a sceptic's question.
    assert!(small_talk_of("says who? isn't that just kremlin propaganda?").is_err());
}

#[test]
fn what_the_bot_can_tell_of_the_articles_things_asks_the_article() {
    // What the bot can do, asked of the article's things in the same clause: read as a
    // question (the first found several entries, the second none), not as "what can you do?".
    assert_eq!(
        small_talk_of("what can you tell me about russia's role in central asia"),
        Err(ReplyKind::Ambiguous)
    );
    assert_eq!(small_talk_of("what is this article basically saying?"), Err(ReplyKind::Declined));
    // Of nothing the article has, or in a clause of its own, it is still the bot's abilities.
    for message in ["what can you tell me", "what can you tell me about sanctions"] {
        assert_eq!(small_talk_of(message).as_deref(), Ok("capabilities"), "{message}");
    }
}

#[test]
fn an_off_topic_yes_no_question_after_a_reaction_is_declined_not_small_talk() {
    // "Really?", "Whatever." react, and the question after them asks: a lead-in word may open
    // it ("so did ..."), and "your" after a preposition is anyone's, not the bot's.
    for message in [
        "Really? So did NATO ever promise Gorbachev it would not expand east?",
        "Really? And is it true the Great Wall is visible from space?",
        "Whatever. Is it true that coffee is bad for your heart?",
        // After a question word, an article opens what is asked: no "what's good" greeting.
        "wats a good pizza place in brasilia",
        "what's a good pizza place in brasilia",
    ] {
        assert!(small_talk_of(message).is_err(), "{message}");
        assert_eq!(converse(&[message])[0], None, "declined: {message}");
    }
    // Guard: a question of the bot itself is still small talk.
    assert!(small_talk_of("is it true that you are a bot?").is_ok());
}

#[test]
fn a_reader_lost_or_asking_how_to_ask_gets_help() {
    // Extra words about the bot or the article do not make it help with something else.
    for message in [
        "I'm a bit lost, how am I supposed to use you?",
        "how should I word my questions so you understand them better?",
        "I don't know what to ask, any tips?",
        "How do I ask about another part of the article?",
    ] {
        assert_eq!(small_talk_of(message).as_deref(), Ok("help"), "{message}");
    }
    // Guard: tips on something else are not the bot's help.
    assert!(small_talk_of("Give me stock tips").is_err());
}

#[test]
fn a_question_kept_in_a_statements_order_is_still_small_talk() {
    // Readers writing in a second language keep the subject first: "what I should type?"
    // was read as a question to the article and answered with the Iran deal ("work").
    let lost = "I am confused, how does this work? What I should type?";
    assert_eq!(small_talk_of(lost).as_deref(), Ok("help"));
    assert_eq!(small_talk_of("Sorry, you are ChatGPT?").as_deref(), Ok("identity"));
    assert_eq!(small_talk_of("what you can do?").as_deref(), Ok("capabilities"));
    // Guard: a statement about the article in that order is no small talk.
    assert!(small_talk_of("you are wrong about NATO expansion").is_err());
}

#[test]
fn contractions_spelt_out_and_asides_to_the_bot_are_still_small_talk() {
    // "you are slow" was answered with the SCO ("slow"): only "you're slow" was a phrase.
    assert_eq!(small_talk_of("you are slow").as_deref(), Ok("insult"));
    assert_eq!(small_talk_of("u r slow").as_deref(), Ok("insult"));
    // "by the way" ("way" is a word of the article) made these questions to the article.
    assert_eq!(small_talk_of("What's your name, by the way?").as_deref(), Ok("identity"));
    let abilities = "By the way, what kinds of things can you actually do?";
    assert_eq!(small_talk_of(abilities).as_deref(), Ok("capabilities"));
    let who = "who or what am I talking to?";
    assert_eq!(small_talk_of(who).as_deref(), Ok("identity"));
    // (Opened by "before I start", the reader's start asks the bot's help first.)
    assert!(small_talk_of("Before I start: who or what am I talking to?").is_ok());
    // A reader saying what they read opens the chat; "clear" acknowledges.
    let reading = "Hi there! I'm reading this article for my IR class.";
    assert_eq!(small_talk_of(reading).as_deref(), Ok("greeting"));
    assert_eq!(small_talk_of("Okay, clear.").as_deref(), Ok("acknowledgement"));
    // Guards: "what is it good for?" asks about what was said ("what's" is not spelt out), and
    // a question after "by the way" is still one.
    assert!(small_talk_of("what is it good for?").is_err());
    assert!(small_talk_of("by the way, who is trenin?").is_err());
}

#[test]
fn wishes_emphasis_whose_propaganda_and_other_articles_are_small_talk() {
    // Each was answered from the article: "hope ... well" as the aspirants' hopes, "real" as
    // a real alliance, "Chinese propaganda" as the sceptics' rhetoric, "summarize" as the
    // summary.
    let wish = "Hello there, hope you're keeping well.";
    assert_eq!(small_talk_of(wish).as_deref(), Ok("greeting"));
    assert_eq!(small_talk_of("Are you even a real person?").as_deref(), Ok("identity"));
    let propaganda = "You're just a Chinese propaganda bot, aren't you?";
    assert_eq!(small_talk_of(propaganda).as_deref(), Ok("insult"));
    let others = "Can you also summarize other Diplomat articles for me?";
    assert_eq!(small_talk_of(others).as_deref(), Ok("capabilities"));
    // Guards: hopes and propaganda in a question about the article stay questions.
    assert!(small_talk_of("do they hope the treaty will be kept?").is_err());
    assert!(small_talk_of("what does the article say about chinese propaganda?").is_err());
}

#[test]
fn asking_whether_the_bot_answers_in_russian_or_chinese_asks_what_it_can_do() {
    // "in russian" after "can you answer questions" was no small talk: declined.
    for message in ["can you answer questions in Russian too?", "Can I write in Chinese?"] {
        assert_eq!(small_talk_of(message), Ok("capabilities".to_owned()), "{message}");
    }
}

#[test]
fn saying_the_bot_explains_clearly_is_praise() {
    // Declined: no praise phrase spoke of explaining.
    for message in [
        "You explain things much more clearly than my nephew does, I must say.",
        "You explain things very clearly.",
    ] {
        assert_eq!(small_talk_of(message), Ok("praise".to_owned()), "{message}");
    }
}

#[test]
fn a_person_or_a_program_asks_what_the_bot_is() {
    // "program" found Iran's nuclear program.
    assert_eq!(small_talk_of("Are you a real person or a program?"), Ok("identity".to_owned()));
    // A program the article names is still asked about.
    assert_eq!(small_talk_of("What is Iran's nuclear program?"), Err(ReplyKind::Answered));
}

#[test]
fn the_dumbest_assistant_ever_used_is_an_insult() {
    // Declined: no insult phrase held a superlative.
    assert_eq!(
        small_talk_of("You are the dumbest assistant I've ever used."),
        Ok("insult".to_owned())
    );
}

#[test]
fn who_this_guy_is_asks_about_a_person_not_the_bot() {
    // "who is this" asks who the bot is; "who is this guy" asks about someone spoken of.
    assert_eq!(small_talk_of("who is this?"), Ok("identity".to_owned()));
    assert_ne!(small_talk_of("who is this guy anyway"), Ok("identity".to_owned()));
    assert_ne!(small_talk_of("who's that woman?"), Ok("identity".to_owned()));
    assert_ne!(small_talk_of("who is this dude"), Ok("identity".to_owned()));
}

#[test]
fn which_model_the_bot_runs_on_is_a_question_it_declines() {
    // "ты работаешь" ("are you there?") greeted the Russian one, an identity phrase answered
    // the others: which model it runs on is a fact the article lacks, as in English.
    for question in [
        "На какой языковой модели ты работаешь?",
        "На какой модели ты работаешь?",
        "what model are you?",
        "你是什么模型",
    ] {
        let (kind, _) = replies(&[question]).remove(0);
        assert_eq!(kind, ReplyKind::Declined, "{question}");
    }
    // Guard: whether it is a bot, or there, is still small talk.
    for chat in ["ты работаешь?", "are you a language model?", "ты бот?"] {
        let (kind, _) = replies(&[chat]).remove(0);
        assert_eq!(kind, ReplyKind::SmallTalk, "{chat}");
    }
}

#[test]
fn thanks_that_ask_nothing_after_an_answer_are_thanks_not_the_answer_again() {
    // "that clears it up" pointed back: the same answer came again.
    let turns = replies(&["why is a russia-us detente premature?", "thanks, that clears it up"]);
    assert_eq!(turns[0].1.as_deref(), Some("low-trust"));
    assert_eq!(turns[1], (ReplyKind::SmallTalk, None));
    // A question after the thanks is still asked of the answer.
    let turns = replies(&["why is a russia-us detente premature?", "thanks, and why?"]);
    assert_eq!(turns[1].1.as_deref(), Some("low-trust"));
}

#[test]
fn thanks_opening_a_remark_that_asks_nothing_close_the_turn() {
    // "a good start for my slides" found an entry by "start" and was answered with it.
    let turns = replies(&[
        "how do the leaders describe the relationship?",
        "thanks, that's a good start for my slides",
    ]);
    assert_eq!(turns[1], (ReplyKind::SmallTalk, None));
    // Guard: topic words after thanks, or a question, are still asked.
    for asked in ["thanks, nato enlargement?", "thanks! nato enlargement"] {
        let turns = replies(&[asked]);
        assert_eq!(turns[0].1.as_deref(), Some("nato-enlargement"), "{asked}");
    }
    let turns = replies(&["thanks! what is the sco?"]);
    assert_eq!(turns[0].1.as_deref(), Some("sco"));
}

#[test]
fn a_trouble_of_the_readers_own_before_what_to_do_is_no_call_for_help() {
    // "что делать" (what to do) is a call for the bot's help; after as many words telling a
    // trouble of the reader's own it asks advice the article does not give, and was answered
    // with the bot's help.
    assert_eq!(small_talk_of("у меня болит спина, что делать?"), Err(ReplyKind::Declined));
    // Guard: the phrase alone, or among words of confusion, is still the call for help.
    assert_eq!(small_talk_of("что делать?").as_deref(), Ok("help"));
    assert_eq!(small_talk_of("не понимаю, что делать").as_deref(), Ok("help"));
}
