//! Follow-ups on the shipped knowledge base, as a reader chats: each dialogue asks a question,
//! then a follow-up that only the context makes answerable, and checks the entry answered.

use article_qa_bot::conversation::{ReplyKind, Request, Responder, State};
use article_qa_bot::Matcher;

/// The kind of reply and the entry id to each of `turns`, asked in one conversation a minute
/// apart.
fn replies(turns: &[&str]) -> Vec<(ReplyKind, Option<String>)> {
    let responder = Responder::new(Matcher::embedded().expect("the embedded knowledge base loads"));
    let mut state = State::default();
    turns
        .iter()
        .enumerate()
        .map(|(i, turn)| {
            let now = 1_000_000 + 60 * i as u64;
            let request = Request::from_message(turn, None);
            let response = responder.respond(&mut state, &request, None, now);
            (response.kind, response.entry.map(|entry| entry.id.clone()))
        })
        .collect()
}

/// The entry ids answering each of `turns`, asked in one conversation a minute apart.
fn converse(turns: &[&str]) -> Vec<Option<String>> {
    replies(turns).into_iter().map(|(_, entry)| entry).collect()
}

#[test]
fn a_short_continuation_keeps_what_was_asked_and_changes_who() {
    // On its own, "and Lavrov?" asks about Lavrov; after Medvedev on NATO, Lavrov on NATO.
    let turns = converse(&["What did Medvedev say in 2008 about NATO?", "and lavrov?"]);
    assert_eq!(turns[0].as_deref(), Some("medvedev-2008-nato"));
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
    // Without the context, Lavrov himself.
    assert_eq!(converse(&["and lavrov?"])[0].as_deref(), Some("lavrov"));
    // And back: Medvedev's profile scores first on its own, his words on NATO well behind it.
    let turns = converse(&["what did lavrov say about nato", "and medvedev?"]);
    assert_eq!(turns[0].as_deref(), Some("lavrov-nato-root-cause"));
    assert_eq!(turns[1].as_deref(), Some("medvedev-2008-nato"));
    assert_eq!(converse(&["and medvedev?"])[0].as_deref(), Some("medvedev"));
    // Longer, with only one word of its own, it still changes only who.
    let turns =
        converse(&["what has lavrov said about nato getting bigger", "and what did medvedev say?"]);
    assert_eq!(turns[1].as_deref(), Some("medvedev-2008-nato"));
}

#[test]
fn a_tie_on_its_own_is_broken_by_what_was_just_said() {
    // On its own, "and the arms?" is a did-you-mean between entries about arms; after the
    // Washington Post op-ed, the op-ed's point about arms (reverse engineering) is meant.
    let alone = converse(&["and the arms?"]);
    let turns = converse(&["What did the Washington Post op-ed say?", "and the arms?"]);
    assert_eq!(turns[0].as_deref(), Some("washington-post-op-ed"));
    assert_eq!(turns[1].as_deref(), Some("reverse-engineering"));
    assert_ne!(alone[0].as_deref(), Some("reverse-engineering"), "the context decided it");
}

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
fn a_number_the_article_does_not_give_is_declined_in_russian_and_chinese_too() {
    // The article names Russia's base in Tajikistan but gives no head count: "how many" in
    // Russian ("сколько") and Chinese ("多少") asks what no entry gives, as in English.
    assert_eq!(converse(&["Сколько солдат Россия держит в Таджикистане?"])[0], None);
    assert_eq!(converse(&["俄罗斯在塔吉克斯坦有多少士兵？"])[0], None);
    // A date the article does give is still answered (2015); the treaty's signing, which it
    // does not give, is not.
    let when =
        converse(&["Когда Россия и Китай подписали заявление о сопряжении ЕАЭС и «Пояса и пути»?"]);
    assert_eq!(when[0].as_deref(), Some("belt-and-road"));
    assert_eq!(converse(&["Когда был подписан Договор о добрососедстве?"])[0], None);
}

#[test]
fn a_question_the_article_does_not_answer_is_not_answered_with_the_context() {
    // Nothing in "who wrote this article?" points to the summit; read with the summit's words
    // added it would match the summit entry, which does not say who wrote the article.
    let turns = converse(&[
        "What does the author expect from the Biden-Putin summit this week?",
        "who wrote this article?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-putin-summit"));
    assert_eq!(turns[1], None);
}

#[test]
fn a_question_about_the_last_answer_is_not_small_talk() {
    // "help" is a small-talk phrase, but "what would that help with?" asks about the answer.
    let turns = converse(&["What should Moscow and Washington do?", "what would that help with?"]);
    assert!(turns[0].is_some(), "{turns:?}");
    assert!(turns[1].is_some(), "answered from the context, not with the help text: {turns:?}");
}

#[test]
fn why_about_a_detail_of_the_last_answer_asks_for_its_reason() {
    // The main argument calls a Russian-U.S. détente premature; "why premature?" asks for the
    // reason the entry's curated `why` gives (low trust), not the argument again.
    let turns = converse(&["what is the author's main argument", "why premature?"]);
    assert_eq!(turns[0].as_deref(), Some("main-argument"));
    assert_eq!(turns[1].as_deref(), Some("low-trust"));
}

#[test]
fn the_authors_view_of_what_someone_said_is_the_authors_entry() {
    let turns = converse(&[
        "what will russia do according to mearsheimer?",
        "does the author agree with him?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("mearsheimer-prediction"));
    assert_eq!(turns[1].as_deref(), Some("low-trust"), "the author's reply, not Mearsheimer's");
}

#[test]
fn back_to_an_earlier_subject_names_it() {
    // "it" is the CSTO the message names, not the SCO being talked about.
    let turns = converse(&["what is the sco?", "back to the csto - does china belong to it?"]);
    assert_eq!(turns[0].as_deref(), Some("sco"));
    assert_eq!(turns[1].as_deref(), Some("csto"));
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
fn a_pronoun_question_about_what_was_just_read_stays_with_it() {
    // Lavrov's own entry is linked and shares his name, but the message's words point to what
    // he said about NATO, which the reader has just read.
    let turns = converse(&[
        "how did lavrov describe nato enlargement?",
        "Did he accuse the West of anything?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("lavrov-nato-root-cause"));
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
    // "he" is Gabuev: on its own, "what did he call it" reads as the article's title.
    let turns = converse(&["who is alexander gabuev?", "what did he call it"]);
    assert_eq!(turns[1].as_deref(), Some("gabuev-condominium"));
}

#[test]
fn who_made_an_argument_is_the_entry_reporting_it() {
    // The council entry reports no one's view; the linked entry on Trenin's account does.
    let turns = converse(&["what is the nato-russia council?", "and who made that argument?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin-west-coordination"));
}

#[test]
fn a_fact_about_what_was_just_said_that_it_lacks_is_declined_not_taken_from_a_namesake() {
    // The Biden-Putin summit entry gives no place; the BRICS summit entry gives one, of
    // another summit, and answers "Where was that summit held?" on its own.
    let alone = converse(&["Where was that summit held?"]);
    assert_eq!(alone[0].as_deref(), Some("brics-summit"));
    let turns = converse(&[
        "what does the author expect from the Biden-Putin summit?",
        "Where was that summit held?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-putin-summit"));
    assert_eq!(turns[1], None);
}

#[test]
fn why_and_more_in_russian_and_chinese_follow_the_curated_links() {
    // "подробнее" / "详细说说" after the entry on how Moscow steers the SCO: its curated `more`,
    // not the SCO entry the context's words match best.
    for turns in
        [["Что такое ШОС?", "зачем?", "подробнее"], ["上合组织是什么？", "为什么？", "详细说说"]]
    {
        let answered = converse(&turns);
        assert_eq!(answered[0].as_deref(), Some("sco"), "{turns:?}");
        assert_eq!(answered[1].as_deref(), Some("moscow-steers-sco"), "{turns:?}");
        assert_eq!(answered[2].as_deref(), Some("security-coordination"), "{turns:?}");
    }
}

#[test]
fn he_after_an_entry_about_no_person_is_read_on_its_own() {
    // The Biden administration is not "he": the message's own words (Mearsheimer's forecast)
    // decide, as they would with no context.
    let turns = converse(&[
        "What did Mearsheimer recommend to the Biden administration?",
        "and what does he think russia will do eventually",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-administration"));
    assert_eq!(turns[1].as_deref(), Some("mearsheimer-prediction"));
}

#[test]
fn and_another_organisation_after_one_asks_the_same_of_the_other() {
    // The SCO's title is all its subject (by synonyms): "and the CSTO?" asks what the CSTO is,
    // not how the two relate; in Russian too.
    assert_eq!(converse(&["what is the sco?", "and the csto?"])[1].as_deref(), Some("csto"));
    assert_eq!(converse(&["Что такое ШОС?", "а ОДКБ?"])[1].as_deref(), Some("csto"));
}

#[test]
fn what_happened_after_the_article_is_declined_in_context_too() {
    // The Kerry entry gives a "when" (2015), and a short "when" about "he" would take it; the
    // question asks about later, which no entry gives.
    let turns = converse(&["what did john kerry say about nato?", "when did he end up leaving?"]);
    assert_eq!(turns[0].as_deref(), Some("kerry"));
    assert_eq!(turns[1], None);
}

#[test]
fn an_age_asked_now_about_the_current_person_is_declined() {
    // The Kerry entry gives an age (NATO's 70 years), which a short "how old" about "he" would
    // take; "now" asks the present, which the article cannot give of anyone.
    let turns = converse(&["what did john kerry say about nato?", "how old is he now?"]);
    assert_eq!(turns[0].as_deref(), Some("kerry"));
    assert_eq!(turns[1], None);
}

#[test]
fn what_russia_kept_after_the_wests_coordination_is_the_seat_it_retained() {
    // The West's early coordination with Russia quotes its examples (the seat Russia retained
    // among them), so "what did russia get to keep?" finds the seat on its own as after it.
    let alone = converse(&["what did russia get to keep?"]);
    assert_eq!(alone[0].as_deref(), Some("un-security-council-seat"));
    let turns = converse(&[
        "How did the West treat Russia after the Cold War, according to the article?",
        "what did russia get to keep?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("un-security-council-seat"));
}

#[test]
fn what_a_correction_says_it_did_not_mean_is_no_answer() {
    // Nor is the answer corrected: after Moscow's steering of the SCO, "not the SCO" is the CSTO.
    let turns =
        converse(&["what is the sco", "how did moscow steer it?", "no, not the SCO, the CSTO"]);
    assert_eq!(turns[1].as_deref(), Some("moscow-steers-sco"));
    assert_eq!(turns[2].as_deref(), Some("csto"));
    let turns = converse(&["who is trenin?", "no, not trenin but mearsheimer"]);
    assert_eq!(turns[1].as_deref(), Some("mearsheimer"));
    // A correction the article does not answer is declined, not taken for a "no".
    let turns = converse(&["what is the sco", "no, not the SCO - the one about football clubs"]);
    assert_eq!(turns[1], None);
}

#[test]
fn what_an_upcoming_summit_agreed_is_declined_in_its_context() {
    let turns = converse(&[
        "What does the author expect from the Biden-Putin summit?",
        "so what did they agree on there?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-putin-summit"));
    assert_eq!(turns[1], None);
}

#[test]
fn the_head_noun_of_the_current_subject_with_the_refers_back_to_it() {
    // "The summit" after the Biden-Putin summit is that summit, whose place the article does
    // not give: not the BRICS summit, which on its own the question would find.
    let alone = converse(&["where was the summit held?"]);
    assert_eq!(alone[0].as_deref(), Some("brics-summit"));
    let turns = converse(&[
        "Does the author expect a breakthrough at the Biden-Putin summit?",
        "where was the summit held?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-putin-summit"));
    assert_eq!(turns[1], None);
}

#[test]
fn who_wrote_the_op_ed_is_declined_in_its_context() {
    let turns = converse(&[
        "What problems did the Washington Post op-ed point out in Sino-Russian ties?",
        "who wrote it?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("washington-post-op-ed"));
    assert_eq!(turns[1], None);
}

#[test]
fn a_follow_up_whose_own_words_point_to_the_next_entry_is_answered_with_it() {
    // "Who leads them?" is a "who", which the forces' entry gives (its members); the message's
    // own words point to the entry it leads to, on who leads the alliance, far ahead of it.
    let turns =
        converse(&["tell me about the collective rapid reaction forces", "who leads them then?"]);
    assert_eq!(turns[0].as_deref(), Some("collective-rapid-reaction-forces"));
    assert_eq!(turns[1].as_deref(), Some("russia-military-alliance"));
    // "He" about a person asks for that person's words: not the author's entry on China that
    // the Trenin entry links to, although it fits "about China" better.
    let turns = converse(&["who is dmitri trenin", "what did he say about china?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
}

#[test]
fn his_words_on_a_topic_are_his_even_when_entries_on_the_topic_tie() {
    // On their own, "what did he say about NATO?" ties between entries on NATO; "he" is Lavrov,
    // whose words on NATO have an entry of their own.
    let turns = converse(&["Who is Sergey Lavrov?", "what did he say about NATO?"]);
    assert_eq!(turns[0].as_deref(), Some("lavrov"));
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
    // A word of his own that is no saying ("position") keeps the tie a tie.
    let turns = converse(&["What does Trenin say about China?", "what's his position?"]);
    assert_ne!(turns[1].as_deref(), Some("trenin-west-coordination"));
}

#[test]
fn a_question_on_the_current_subject_takes_it_among_near_ties() {
    // "a member" of what? Of what was just said, among the organisations that tie on their own.
    assert_eq!(
        converse(&["what is the csto?", "is china a member of it?"])[1].as_deref(),
        Some("csto")
    );
    assert_eq!(
        converse(&["tell me about the sco", "is russia a member?"])[1].as_deref(),
        Some("sco")
    );
}

#[test]
fn the_authors_reply_is_found_one_entry_further_on() {
    // The coalition entry links only to other parts of Mearsheimer's view; the author's reply
    // is linked from them.
    let turns = converse(&[
        "what coalition does mearsheimer foresee against china?",
        "is the author convinced by him?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("balancing-coalition"));
    assert_eq!(turns[1].as_deref(), Some("low-trust"));
}

#[test]
fn a_fact_the_entry_gives_about_something_else_is_declined_about_the_person() {
    // Korolev's entry gives a place (he is a Russian scholar), not where he lectures.
    let turns = converse(&["who is alexander korolev?", "where does he lecture?"]);
    assert_eq!(turns, [Some("korolev".to_owned()), None]);
}

#[test]
fn a_fact_asked_in_words_of_another_entry_is_not_taken_from_the_current_one() {
    // The central-Asia entry gives places, but the message's own words are about the bases.
    let turns = converse(&[
        "does russia want confrontation with china in central asia?",
        "where does it keep military bases?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("diversification-not-confrontation"));
    assert_eq!(turns[1].as_deref(), Some("russian-bases"));
}

#[test]
fn pointing_back_while_naming_someone_new_asks_their_words_on_the_matter() {
    let turns = converse(&[
        "what disputes divide moscow and washington?",
        "and what has lavrov said about that?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("us-russia-disputes"));
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
}

#[test]
fn why_tied_on_its_own_words_takes_the_current_entrys_reason() {
    let turns = converse(&[
        "what did the us withdrawal from afghanistan change?",
        "why did the american presence matter?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("afghanistan-withdrawal"));
    assert_eq!(turns[1].as_deref(), Some("us-presence-glue"));
}

#[test]
fn what_else_asks_for_the_next_item_unless_it_is_about_a_persons_words() {
    let turns = converse(&[
        "how could moscow and washington manage crises together?",
        "what else could they cooperate on?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("crisis-management"));
    assert_eq!(turns[1].as_deref(), Some("jcpoa"));
    // Kerry's entry leads on to Trenin's account, which is not what Kerry said.
    assert_eq!(
        converse(&["who is john kerry?", "what else did he say?"])[1].as_deref(),
        Some("kerry")
    );
}

#[test]
fn what_he_said_right_after_who_he_is_is_the_profiles_own_quote_and_what_else_the_next() {
    // Trenin's profile quotes his words: "what did he say?" asks them, not his next view.
    let turns = converse(&["wait who is trenin", "what did he say", "anything else from him?"]);
    assert_eq!(turns[0].as_deref(), Some("trenin"), "an interjection is no topic");
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    assert_eq!(turns[2].as_deref(), Some("trenin-west-coordination"));
    let turns = converse(&["who is trenin", "what else did he say?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin-west-coordination"));
}

#[test]
fn a_fragment_of_function_words_asks_the_detail_of_the_current_answer() {
    // The recommendation's quote names the detail ("issues in states that are on Russia's
    // borders"); on its own the fragment asks nothing, and with the subject's words alone it
    // found the entry on relations between the two.
    let turns = converse(&[
        "what should washington and moscow do now, according to the author",
        "about what exactly?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("improving-communication"));
    assert_eq!(turns[1].as_deref(), Some("improving-communication"));
    assert_eq!(converse(&["about what exactly?"])[0], None);
}

#[test]
fn a_correction_in_vague_chat_words_finds_what_it_names() {
    // "stuff" is no topic: unknown to the knowledge base, it weighed most of the message.
    let turns = converse(&["where does russia have military bases", "no i meant the radio stuff"]);
    assert_eq!(turns[0].as_deref(), Some("russian-bases"));
    assert_eq!(turns[1].as_deref(), Some("radio-installations"));
}

#[test]
fn besides_what_was_just_named_asks_the_next_item_in_a_short_message_only() {
    let turns =
        converse(&["which company builds the reactors in tianwan?", "and besides nuclear?"]);
    assert_eq!(turns[0].as_deref(), Some("rosatom-reactors"));
    assert_eq!(turns[1].as_deref(), Some("cr929"));
    // A long message opening the same way names its own matter.
    let turns = converse(&[
        "what problems did the washington post op-ed list",
        "Apart from NATO and missile defense, what wider issue divides Moscow and Washington?",
    ]);
    assert_ne!(turns[1].as_deref(), Some("china-central-asia-presence"));
    assert!(turns[1].is_some());
}

#[test]
fn a_correction_may_open_with_an_apology() {
    let turns = converse(&[
        "what problems did the washington post op-ed list",
        "which one is the biggest?",
        "sorry i meant who called it a seam",
    ]);
    assert_eq!(turns[0].as_deref(), Some("washington-post-op-ed"));
    let seam = converse(&["who called it a seam"])[0].clone();
    assert!(seam.is_some());
    assert_eq!(turns[2], seam, "the correction asks what it says it meant, as on its own");
}

#[test]
fn a_question_with_no_sign_of_following_up_needs_its_own_words_to_find_the_answer() {
    // "moon" alone points to the lunar station, which names no first man on the moon: the
    // context must not carry it over the line.
    let turns = converse(&["what is the lunar station", "who was the first man on the moon"]);
    assert_eq!(turns[0].as_deref(), Some("lunar-station"));
    assert_eq!(turns[1], None, "{turns:?}");
    // A fragment opening with a preposition and a question word, and "why so ...?", do follow
    // up.
    let turns = converse(&[
        "what form of hegemony does the author say russia pursues in central asia?",
        "through which organisations?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("cooperative-hegemony"));
    let turns = converse(&[
        "According to the article, what's the outlook for the Biden-Putin summit?",
        "why so pessimistic?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("biden-putin-summit"));
}

#[test]
fn a_persons_job_is_who_they_are() {
    // Not the next of Trenin's views, which "his" about a person otherwise asks for.
    let turns = converse(&["what does trenin say about china", "whats his job"]);
    assert_eq!(turns[0].as_deref(), Some("trenin"));
    assert_eq!(turns[1].as_deref(), Some("trenin"));
}

#[test]
fn asking_what_it_means_asks_what_the_answer_leads_to() {
    // Gabuev's "condominium" is the division of labour the next entry sets out.
    for meaning in [
        "meaning?",
        "what does that mean",
        "what does it mean in practice?",
        "в каком смысле?",
        "什么意思？",
    ] {
        let first = match meaning.chars().next().is_some_and(|c| c.is_ascii()) {
            true => "what does gabuev call the relationship",
            false if meaning.starts_with('в') => "Как Габуев назвал сотрудничество?",
            false => "加布耶夫如何称呼这种合作？",
        };
        let turns = converse(&[first, meaning]);
        assert_eq!(turns[0].as_deref(), Some("gabuev-condominium"));
        assert_eq!(turns[1].as_deref(), Some("division-of-labour"), "{meaning}");
    }
}

#[test]
fn why_not_after_the_alleged_presence_in_tajikistan_is_russias_alliance() {
    let turns = converse(&["is china putting troops in tajikistan?", "why not?"]);
    assert_eq!(turns[0].as_deref(), Some("tajikistan"));
    assert_eq!(turns[1].as_deref(), Some("russia-military-alliance"));
}

#[test]
fn what_they_should_do_instead_is_the_recommendation_the_answer_leads_to() {
    let turns = converse(&[
        "will biden and putin make a breakthrough at their summit",
        "what should they do instead",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-putin-summit"));
    assert_eq!(turns[1].as_deref(), Some("improving-communication"));
    // Two steps away, the author's own: not Mearsheimer's advice, though it is linked first.
    let turns = converse(&[
        "Is a US-Russia alignment against China realistic at the moment?",
        "What does the author think they should do instead?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("detente-to-check-china"));
    assert_eq!(turns[1].as_deref(), Some("improving-communication"));
}

#[test]
fn that_before_a_noun_naming_no_subject_points_back() {
    // "that country" is the one just answered about; on its own, "blocs" finds NATO's.
    let turns =
        converse(&["is beijing building a base in tajikistan?", "is that country in any blocs?"]);
    assert_eq!(turns[0].as_deref(), Some("tajikistan"));
    assert_eq!(turns[1].as_deref(), Some("tajikistan"));
}

#[test]
fn where_a_scholar_teaches_is_his_university_when_the_article_names_it() {
    let turns = converse(&["who is kaczmarski", "where does he lecture?"]);
    assert_eq!(turns[1].as_deref(), Some("kaczmarski"));
    // Korolev's entry gives only his country.
    let turns = converse(&["who is korolev", "where does he teach?"]);
    assert_eq!(turns[0].as_deref(), Some("korolev"));
    assert_eq!(turns[1], None);
}

#[test]
fn the_foremost_of_what_was_listed_is_what_the_answer_leads_to() {
    // NATO's enlargement heads the disputes; on its own, "matters most" found the withdrawal.
    for foremost in ["which matters most?", "what was the key one?"] {
        let turns = converse(&["what are the main disputes between the us and russia?", foremost]);
        assert_eq!(turns[0].as_deref(), Some("us-russia-disputes"));
        assert_eq!(turns[1].as_deref(), Some("nato-enlargement"), "{foremost}");
    }
}

#[test]
fn a_fragment_that_only_insists_at_its_end_is_still_a_fragment() {
    let turns = converse(&[
        "what does the author recommend for moscow and washington?",
        "about which countries in particular?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("improving-communication"));
    assert_eq!(turns[1].as_deref(), Some("eu-nato-aspirants"));
}

#[test]
fn a_fragment_that_only_insists_at_its_start_is_still_a_fragment() {
    // Either entry's quote names the states on Russia's borders.
    let about_the_states = ["improving-communication", "eu-nato-aspirants"];
    for fragment in ["especially regarding which countries?", "particularly with which states?"] {
        let turns =
            converse(&["what does the author recommend for moscow and washington?", fragment]);
        assert_eq!(turns[0].as_deref(), Some("improving-communication"));
        let second = turns[1].as_deref();
        assert!(
            second.is_some_and(|id| about_the_states.contains(&id)),
            "{fragment:?} -> {second:?}"
        );
    }
}

#[test]
fn asking_for_the_reasoning_behind_what_was_said_asks_why() {
    let turns = converse(&[
        "What is John Mearsheimer's advice to the Biden administration on Russia?",
        "what's his reasoning behind that?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("mearsheimer"));
    assert_eq!(turns[1].as_deref(), Some("balancing-coalition"));
}

#[test]
fn what_the_current_quote_says_of_him_is_answered_from_it() {
    // On its own, the think tank's entry, which quotes Trenin; Gabuev's quote names it too.
    assert_eq!(
        converse(&["Which think tank is he with?"])[0].as_deref(),
        Some("carnegie-moscow-center")
    );
    let turns = converse(&[
        "What label did Alexander Gabuev give to China-Russia cooperation in Central Asia?",
        "Which think tank is he with?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("gabuev-condominium"));
    assert_eq!(turns[1].as_deref(), Some("gabuev-condominium"));
}

#[test]
fn a_demonstrative_before_a_past_participle_points_back() {
    let turns = converse(&[
        "What agreement links the EAEU with China's Belt and Road Initiative?",
        "when was that signed?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("belt-and-road"));
    assert_eq!(turns[1].as_deref(), Some("belt-and-road"));
}

#[test]
fn either_points_back_to_what_was_just_listed() {
    let turns = converse(&[
        "Through which regional institutions does Russia exercise cooperative hegemony?",
        "is china a member of either?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("cooperative-hegemony"));
    // Its quote: the two frameworks "do not include China".
    assert_eq!(turns[1].as_deref(), Some("cooperative-hegemony"));
}

#[test]
fn asking_for_examples_asks_what_the_answer_leads_to() {
    for request in ["Give me concrete examples.", "any examples?", "приведи примеры", "举个例子？"]
    {
        let turns = converse(&[
            "Did the West punish Russia after the Cold War the way Germany was treated after WWI?",
            request,
        ]);
        assert_eq!(turns[0].as_deref(), Some("not-like-germany"));
        // The first example the article gives: the seat Russia retained.
        assert_eq!(turns[1].as_deref(), Some("un-security-council-seat"), "{request}");
    }
}

#[test]
fn what_was_said_at_an_event_is_not_the_moment_before_it() {
    let turns = converse(&[
        "who took the photo at the top?",
        "when was it taken",
        "what did they talk about at that meeting",
    ]);
    assert_eq!(turns[0].as_deref(), Some("photo-credit"));
    assert_eq!(turns[1].as_deref(), Some("photo-caption"));
    // The summit's entry shows only the handshake "prior to their talks".
    assert_eq!(turns[2], None, "{turns:?}");
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
fn a_follow_up_torn_between_two_entries_of_its_own_is_not_given_a_third() {
    let turns = replies(&[
        "are the china russia ties likely to collapse",
        "but isnt there competition between them in central asia",
    ]);
    assert_eq!(turns[0], (ReplyKind::Answered, Some("hard-to-reverse".to_owned())));
    // Its own words tie competition without confrontation and security coordination; the
    // entry the context leads to (the division of labour) is not among them.
    assert_eq!(turns[1].0, ReplyKind::Ambiguous, "{turns:?}");
}

#[test]
fn which_official_said_that_asks_for_someone_named_not_the_author() {
    // The West's reassurances are the author's account of what Washington said: the official
    // is the Secretary of State the next entry quotes. (It answered an entry on documents.)
    let turns = converse(&[
        "What did Washington tell Moscow about NATO expansion?",
        "Which politician said that?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("west-reassurances"));
    assert_eq!(turns[1].as_deref(), Some("kerry"));
}

#[test]
fn is_there_asks_whether_something_exists_and_points_back_to_nothing() {
    // "there" was read as a pointer back to McFaul: his entry answered again.
    let turns = converse(&[
        "Did an American ambassador admit that NATO expansion angered Russia?",
        "Have there been efforts to mend the relationship?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("mcfaul"));
    assert_eq!(turns[1].as_deref(), Some("improvement-attempts"));
}

#[test]
fn a_fact_the_context_lacks_is_taken_from_a_linked_entry_its_own_words_answer() {
    // The rapid reaction forces give no place of their bases; Russia's bases, which they link
    // to and the message's own words find, do. (It was declined about the forces.)
    let turns = converse(&[
        "What rapid reaction force does the CSTO have?",
        "and where does it keep bases?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("collective-rapid-reaction-forces"));
    assert_eq!(turns[1].as_deref(), Some("russian-bases"));
}

#[test]
fn who_disagrees_asks_for_someone_named_on_the_other_side() {
    // After the author's case, the scholar it answers; it matched an entry on the US presence.
    let turns = converse(&[
        "What is the article's central argument?",
        "Does anybody disagree with the author?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("main-argument"));
    assert_eq!(turns[1].as_deref(), Some("mearsheimer"));
}

#[test]
fn who_argues_a_view_of_some_scholars_is_the_scholar_named() {
    // The sceptics' entry gives the view of "some scholars and commentators"; it leads to the
    // entry on the one the article names.
    let turns =
        converse(&["what do the sceptics say about china-russia ties?", "who argues that?"]);
    assert_eq!(turns[0].as_deref(), Some("sceptics-view"));
    assert_eq!(turns[1].as_deref(), Some("kaczmarski"));
}

#[test]
fn why_something_matters_after_it_is_why_about_it() {
    let turns = converse(&["which treaty turns twenty this year?", "why is it significant?"]);
    assert_eq!(turns[0].as_deref(), Some("good-neighborliness-treaty"));
    assert_eq!(turns[1].as_deref(), Some("good-neighborliness-treaty"));
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
fn chat_shorthand_for_why_asks_why() {
    let why = converse(&["what does mearsheimer recommend?", "why?"]);
    assert!(why[1].is_some(), "{why:?}");
    for shorthand in ["y", "y not"] {
        let turns = converse(&["what does mearsheimer recommend?", shorthand]);
        assert_eq!(turns[1], why[1], "{shorthand}");
    }
}

#[test]
fn is_it_true_shows_again_what_the_article_says_of_it() {
    let turns = converse(&["what did kerry say about nato?", "is it true?"]);
    assert_eq!(turns, [Some("kerry".to_owned()), Some("kerry".to_owned())]);
}

#[test]
fn only_the_kind_of_fact_and_a_pronoun_ask_it_of_what_was_just_said() {
    // "date" alone would find the article's own date.
    let turns = converse(&["what does the photo show?", "which date was it?"]);
    assert_eq!(turns[1].as_deref(), Some("photo-caption"));
}

#[test]
fn a_yes_no_question_holding_a_word_of_praise_is_no_praise() {
    let (kind, _) = replies(&["Is the Great Wall visible from space?"]).remove(0);
    assert_eq!(kind, ReplyKind::Declined);
}

#[test]
fn he_after_a_persons_view_of_something_else_is_that_person() {
    // The balancing coalition is no person, but the entry gives Mearsheimer's view of it:
    // "he" is Mearsheimer, whose forecast the message asks (it got the author's own forecast).
    let turns = converse(&[
        "What did Mearsheimer tell Washington to do?",
        "why does he say that",
        "and what does he expect from russia",
    ]);
    assert_eq!(turns[1].as_deref(), Some("balancing-coalition"));
    assert_eq!(turns[2].as_deref(), Some("mearsheimer-prediction"));
}

#[test]
fn what_came_of_an_event_still_to_come_is_declined_about_it() {
    // The summit was still to come: "that summit" is it, and what it decided the article
    // cannot know (the words "decided" and "summit" found other entries).
    let turns = converse(&[
        "What is the author expecting from the Biden-Putin meeting?",
        "what was decided at that summit?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-putin-summit"));
    assert_eq!(turns[1], None);
}

#[test]
fn which_one_is_the_worst_picks_among_what_was_said() {
    // "worst" alone is an insult to the bot; after a list of disputes, "which one" asks the
    // foremost of them (it was answered as an insult).
    let turns = converse(&[
        "what are the main disputes between moscow and washington?",
        "which one is the worst?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("us-russia-disputes"));
    assert_eq!(turns[1].as_deref(), Some("nato-enlargement"));
}

#[test]
fn another_item_is_not_one_already_answered() {
    // The Iran deal's reason leads back to the deal, which the reader has just read: "what
    // else should they do?" is the next recommendation linked, better communication.
    let turns = converse(&[
        "where could moscow and washington work together?",
        "why that one?",
        "what else should they do?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("jcpoa"));
    assert_eq!(turns[1].as_deref(), Some("iran-common-ground"));
    assert_eq!(turns[2].as_deref(), Some("improving-communication"));
}

#[test]
fn fms_are_the_foreign_ministers() {
    let turns =
        converse(&["what did the two presidents say on the phone in december?", "and the fms?"]);
    assert_eq!(turns[0].as_deref(), Some("december-phone-call"));
    assert_eq!(turns[1].as_deref(), Some("wang-yi"));
}

#[test]
fn why_he_thinks_so_after_a_scholars_view_asks_about_the_scholar() {
    // The shared vision's curated reason is Korolev's research; "why is he doubtful?" asks
    // about Kaczmarski, whose view it is.
    let turns = converse(&[
        "What does Kaczmarski say China and Russia agree on?",
        "so why is he doubtful?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("shared-multipolar-vision"));
    assert_eq!(turns[1].as_deref(), Some("kaczmarski"));
}

#[test]
fn what_good_it_would_do_asks_what_the_advice_is_for() {
    // "good" read as small talk's acknowledgement; it asks why the advice is worth following.
    let turns = converse(&[
        "What should Washington and Moscow do now, according to the author?",
        "what good would it do?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("improving-communication"));
    assert_eq!(turns[1].as_deref(), Some("crisis-management"));
}

#[test]
fn which_of_those_the_answer_names_is_what_it_leads_to() {
    // The advice names "states that are on Russia's borders" without listing them; which ones
    // is its next entry. What the advice is good for is still the advice's own reason.
    let turns = converse(&[
        "What should Washington and Moscow do now, according to the author?",
        "which states especially?",
        "what good would it do?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("improving-communication"));
    assert_eq!(turns[1].as_deref(), Some("eu-nato-aspirants"));
    assert_eq!(turns[2].as_deref(), Some("crisis-management"));
    // A noun the answer does not name is asked on its own words.
    let turns = converse(&[
        "What should Washington and Moscow do now, according to the author?",
        "which treaty?",
    ]);
    assert_ne!(turns[1].as_deref(), Some("eu-nato-aspirants"));
    // An answer that lists them ("namely, the EAEU and the CSTO") has said which already.
    let turns = converse(&["What is cooperative hegemony?", "which frameworks?"]);
    assert_eq!(turns[1].as_deref(), Some("cooperative-hegemony"));
}

#[test]
fn one_word_of_a_weak_reading_does_not_lead_on_to_a_linked_entry() {
    // "long" is the only word the treaty (twenty years long), which the ministers' entry leads
    // to, shares with the message; the call's length is nowhere in the article.
    let turns = converse(&[
        "who are wang yi and lavrov",
        "what did they talk about",
        "how long was their call",
    ]);
    assert_eq!(turns[1].as_deref(), Some("wang-yi"));
    assert_eq!(turns[2], None);
}

#[test]
fn whether_an_offer_was_taken_up_is_declined_in_its_context() {
    let turns = converse(&[
        "what weapons is russia selling china",
        "who else did they offer them to",
        "did turkey buy them",
    ]);
    assert_eq!(turns[1].as_deref(), Some("turkey-jets-offer"));
    assert_eq!(turns[2], None);
}

#[test]
fn who_said_it_is_the_speaker_whose_words_the_message_quotes() {
    // The author's view leads to Trenin's; "disaster" is his word, not the author's.
    let turns = converse(&[
        "why is staying friends with china in russia's interest",
        "who said it would otherwise be a disaster",
    ]);
    assert_eq!(turns[0].as_deref(), Some("russia-china-friendship-interest"));
    assert_eq!(turns[1].as_deref(), Some("trenin"));
}

#[test]
fn what_went_wrong_asks_why_the_attempts_failed() {
    let turns = converse(&["did relations improve under medvedev", "what went wrong"]);
    assert_eq!(turns[0].as_deref(), Some("improvement-attempts"));
    assert_eq!(turns[1].as_deref(), Some("us-russia-disputes"));
}

#[test]
fn what_the_matcher_declines_for_a_missing_name_is_not_taken_from_the_context() {
    // On its own the question is declined (McFaul's entry names Obama's administration, never
    // Medvedev); after the disputes, the context must not carry it over to McFaul.
    let turns = converse(&[
        "did relations improve under medvedev",
        "what went wrong",
        "what did obama think about medvedev",
    ]);
    assert_eq!(turns[2], None);
}

#[test]
fn who_says_so_asks_who_said_the_last_answer() {
    // "who says so?" asks who said what was just answered, as "who said that?" does.
    let turns = converse(&["what are china-russia relations like", "who says so"]);
    assert_eq!(turns[0].as_deref(), Some("russia-china-friendship-interest"));
    assert_eq!(turns[1].as_deref(), Some("russia-china-friendship-interest"));
    let turns = converse(&["what does the west say about nato expansion", "who said so"]);
    assert_eq!(turns[0].as_deref(), Some("nato-enlargement"));
    assert_eq!(turns[1].as_deref(), Some("nato-enlargement"));
}

#[test]
fn tho_at_the_end_of_a_fragment_only_insists() {
    // "which states tho?" is "which states?": the states the advice leaves undescribed.
    let turns = converse(&["what should the us and russia do now", "which states tho"]);
    assert_eq!(turns[0].as_deref(), Some("improving-communication"));
    assert_eq!(turns[1].as_deref(), Some("eu-nato-aspirants"));
}

#[test]
fn it_stays_the_current_entry_when_the_context_cannot_tell_it_from_another_of_its_subject() {
    // Read with "the SCO", the question ranks the SCO's own entry first; "it" was what Moscow
    // did about the SCO, just answered.
    let turns =
        converse(&["whats the SCO", "why is russia worried abt it", "what did moscow do about it"]);
    assert_eq!(turns[1].as_deref(), Some("moscow-steers-sco"));
    assert_eq!(turns[2].as_deref(), Some("moscow-steers-sco"));
    // From the SCO's own entry, the same question still moves on to what Moscow did.
    let turns = converse(&["whats the SCO", "what did moscow do about it"]);
    assert_eq!(turns[1].as_deref(), Some("moscow-steers-sco"));
}

#[test]
fn when_someone_said_what_the_article_leaves_undated_is_declined() {
    // Trenin's words carry no date in the article.
    let turns = converse(&[
        "why is it in russia's interest to stay friends with china",
        "who said it would be a disaster otherwise",
        "when did he say that",
    ]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    assert_eq!(turns[2], None);
}

#[test]
fn which_us_official_said_that_asks_for_someone_named_among_the_linked_entries() {
    // The West's reassurances name no one; Kerry's words, which they lead to, do.
    let turns = converse(&[
        "how did the west try to reassure russia about nato",
        "which us official said that",
    ]);
    assert_eq!(turns[0].as_deref(), Some("west-reassurances"));
    assert_eq!(turns[1].as_deref(), Some("kerry"));
}

#[test]
fn and_from_the_other_sides_point_of_view_is_the_answer_that_names_both() {
    // The rift's quote gives Russia's trigger and China's: "and from China's side?" is in it.
    let turns = converse(&[
        "whats russia scared of in the china relationship",
        "could it lead to a split",
        "and from chinas side?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("future-rift"));
    assert_eq!(turns[2].as_deref(), Some("future-rift"));
    let turns = converse(&["what happens when a new great power rises", "and for russia?"]);
    assert_eq!(turns[0].as_deref(), Some("realist-logic"));
    assert_eq!(turns[1].as_deref(), Some("realist-logic"));
    // A side the answer does not name moves on: Lavrov's words name Russia's relations, and
    // "and medvedev?" is another person, not a side.
    let turns = converse(&["what did lavrov say about nato", "and medvedev?"]);
    assert_eq!(turns[1].as_deref(), Some("medvedev-2008-nato"));
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
    // An insult with a verb of feeling: "hate" is no word of the article, "bot" and "this" are
    // none either, and the message was declined as a question.
    assert_eq!(intent_of("i hate this bot").as_deref(), Some("insult"));
    assert_eq!(intent_of("i hate you").as_deref(), Some("insult"));
}

#[test]
fn whether_advice_was_taken_is_not_a_request_for_the_advice() {
    // "advice" asks a recommendation; "has Biden taken it?" asks what came after the article.
    let turns = converse(&[
        "what does mearsheimer recommend?",
        "and what does he think russia will do eventually",
        "has biden actually taken his advice?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("mearsheimer-prediction"));
    assert_eq!(turns[2], None);
}

#[test]
fn who_said_that_is_answered_by_a_quote_that_names_the_speaker() {
    // The contrast of China and Russia is Kaczmarski's, but its quote never names him; his
    // profile quotes him by name.
    let turns = converse(&["does china care more about stability than russia", "who said that"]);
    assert_eq!(turns[0].as_deref(), Some("stability-vs-challenge"));
    assert_eq!(turns[1].as_deref(), Some("kaczmarski"));
    // A quote that names its speaker answers it itself.
    let turns = converse(&["should the us ally with russia against china", "who said that"]);
    assert_eq!(turns[0].as_deref(), Some("mearsheimer"));
    assert_eq!(turns[1].as_deref(), Some("mearsheimer"));
}

#[test]
fn why_the_concessions_is_the_overdependence_their_own_quote_names() {
    // The quote says why Moscow might have to give way: its overdependence on China's
    // economy. The power gap, where "why?" went, is another worry.
    let turns =
        converse(&["what concessions might russia have to make to china", "why would it have to"]);
    assert_eq!(turns[0].as_deref(), Some("energy-majority-stake"));
    assert_eq!(turns[1].as_deref(), Some("energy-majority-stake"));
}

#[test]
fn so_draws_on_the_same_subject_where_and_names_another() {
    // "so what did Moscow do?" is about the SCO still: read without it, "Moscow" alone found
    // why Russia wants friendly ties with China.
    let turns = converse(&["what is the sco", "so what did moscow do"]);
    assert_eq!(turns[0].as_deref(), Some("sco"));
    assert_eq!(turns[1].as_deref(), Some("moscow-steers-sco"));
    // "and the CSTO?" puts the CSTO in the SCO's place.
    let turns = converse(&["what is the sco", "and the csto?"]);
    assert_eq!(turns[1].as_deref(), Some("csto"));
}

#[test]
fn who_else_asks_for_the_next_person_the_answer_leads_to() {
    // After the leaders' call, the foreign ministers spoke too; it was declined.
    let turns = converse(&["how do xi and putin describe their ties", "who else spoke recently"]);
    assert_eq!(turns[0].as_deref(), Some("december-phone-call"));
    assert_eq!(turns[1].as_deref(), Some("wang-yi"));
    // Its own words, when they find an answer, name what else.
    let turns = converse(&["did russia sell jets to china", "who else were they offered to"]);
    assert_eq!(turns[0].as_deref(), Some("sukhoi-35"));
    assert_eq!(turns[1].as_deref(), Some("turkey-jets-offer"));
}

#[test]
fn ones_names_no_matter_of_its_own() {
    // "the nuclear ones" after the joint projects: the nuclear project; "ones" weighed as a word
    // the article lacks and the projects were answered again.
    let turns = converse(&[
        "which high tech projects are china and russia working on",
        "and the nuclear ones?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("high-tech-frontiers"));
    assert_eq!(turns[1].as_deref(), Some("rosatom-reactors"));
}

#[test]
fn dealing_with_it_after_an_organisation_asks_what_was_done_about_it() {
    // "deal" weighed as the Su-35 arms deal, and "why?" then followed the jets.
    let turns = converse(&["what is the sco", "how did the kremlin deal with it", "why?"]);
    assert_eq!(turns[0].as_deref(), Some("sco"));
    assert_eq!(turns[1].as_deref(), Some("moscow-steers-sco"));
    assert_eq!(turns[2].as_deref(), Some("moscow-steers-sco"));
}

#[test]
fn more_about_the_joint_projects_is_the_first_project() {
    let turns =
        converse(&["which high tech projects do russia and china run together", "tell me more"]);
    assert_eq!(turns[0].as_deref(), Some("high-tech-frontiers"));
    assert_eq!(turns[1].as_deref(), Some("rosatom-reactors"));
}

#[test]
fn what_else_is_the_linked_item_its_own_words_name() {
    // After Kerry on NATO, "what else" went to the next item in the article (Trenin on the
    // West's coordination with Russia); its own words ask what Washington said of NATO's
    // expansion, which the West's reassurances, linked too, give.
    let turns = converse(&[
        "what did kerry say about nato",
        "what else did washington say about nato getting bigger",
    ]);
    assert_eq!(turns[0].as_deref(), Some("kerry"));
    assert_eq!(turns[1].as_deref(), Some("west-reassurances"));
}

#[test]
fn who_else_asks_the_next_person_not_the_item_its_words_name() {
    // "talked recently" reads the leaders' "unprecedented" words best, but "who else" after the
    // leaders' call asks who else talked: the foreign ministers, what the call leads to.
    let turns =
        converse(&["what did putin and xi say about their ties", "who else talked recently"]);
    assert_eq!(turns[0].as_deref(), Some("december-phone-call"));
    assert_eq!(turns[1].as_deref(), Some("wang-yi"));
}

#[test]
fn who_coined_a_term_is_the_speaker_unless_the_words_quote_another() {
    // "term" is a word of the accommodation entry's samples ("come to terms"): that weak reading
    // was taken for the reader quoting someone else, and answered over Gabuev, who coined it.
    let turns =
        converse(&["what is this condominium thing in central asia", "who came up with that term"]);
    assert_eq!(turns[0].as_deref(), Some("gabuev-condominium"));
    assert_eq!(turns[1].as_deref(), Some("gabuev-condominium"));
}

#[test]
fn function_words_that_make_a_phrase_ask_its_topic_not_a_detail() {
    // "so who does what" is all function words, which alone ask a detail of the current answer
    // (Gabuev's condominium again); as a phrase, they ask the division of labour it names.
    let turns = converse(&["what is this condominium thing in central asia", "so who does what"]);
    assert_eq!(turns[0].as_deref(), Some("gabuev-condominium"));
    assert_eq!(turns[1].as_deref(), Some("division-of-labour"));
    // A fragment of function words with no such phrase still asks the detail.
    let turns =
        converse(&["what is this condominium thing in central asia", "about what exactly?"]);
    assert_eq!(turns[1].as_deref(), Some("gabuev-condominium"));
}

#[test]
fn who_made_a_point_a_scholar_is_quoted_making_is_that_scholar_there() {
    // The West's coordination with Russia is curated as Trenin's view: its quote names him. As
    // "some scholars", "who made that point?" answered his profile, whose quote is another view.
    let turns =
        converse(&["How did the West treat Russia after the Cold War?", "who made that point?"]);
    assert_eq!(turns[0].as_deref(), Some("trenin-west-coordination"));
    assert_eq!(turns[1].as_deref(), Some("trenin-west-coordination"));
    // "he" is Trenin: where he works is his profile's.
    let turns =
        converse(&["How did the West treat Russia after the Cold War?", "where does he work?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
}

#[test]
fn someones_position_on_it_is_in_the_quote_that_names_them_with_it() {
    // "it" is the Iran deal, whose quote gives Biden's declared interest in reviving it; the
    // message's own words found the Biden administration's entry and answered that.
    let turns = converse(&[
        "Is there any area where Russia and the US agree?",
        "what's the deal called?",
        "what is biden's position on it?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("jcpoa"));
    assert_eq!(turns[2].as_deref(), Some("jcpoa"));
    // Someone the current quote does not name is asked about elsewhere.
    let turns = converse(&[
        "what are the disputes between the us and russia",
        "what did lavrov say about it?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
}

#[test]
fn who_did_an_act_the_current_entry_never_reports_is_declined_about_it() {
    // The treaty's entry gives its anniversary, not who signed it; the 2015 joint statement
    // is the entry that reports a signing, of another text.
    let turns = replies(&["what is the treaty of good-neighborliness?", "who signed it?"]);
    assert_eq!(turns[0].1.as_deref(), Some("good-neighborliness-treaty"));
    assert_eq!(turns[1], (ReplyKind::Declined, None));
    // An act the entry reports is still answered with it: Biden decided the withdrawal.
    let turns = converse(&["why did the us leave afghanistan?", "who decided on it?"]);
    assert_eq!(turns[1], turns[0]);
    // And one its own words name with confidence goes where they point.
    let turns = converse(&[
        "how do russia and china split roles in central asia",
        "who called it a condominium?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("gabuev-condominium"));
}

#[test]
fn a_request_of_the_bot_is_no_small_talk_whatever_praise_its_words_hold() {
    // "good" of "a good hotel" is no acknowledgement: the article has no hotels.
    let turns = replies(&["Can you recommend a good hotel in Beijing?", "can you help me?"]);
    assert_eq!(turns[0], (ReplyKind::Declined, None));
    assert_eq!(turns[1].0, ReplyKind::SmallTalk);
}

#[test]
fn their_thing_that_the_current_entry_never_names_is_asked_on_its_own() {
    // "their" says whose ministers; the treaty's entry names no minister, Wang Yi's does.
    let turns = converse(&[
        "What is the Treaty of Good-neighborliness?",
        "did their foreign ministers say anything recently?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("good-neighborliness-treaty"));
    assert_eq!(turns[1].as_deref(), Some("wang-yi"));
    // What the current entry does say stays with it: the treaty's anniversary.
    let turns =
        converse(&["What is the Treaty of Good-neighborliness?", "when is its anniversary?"]);
    assert_eq!(turns[1], turns[0]);
}

#[test]
fn help_with_the_article_itself_is_a_request_for_help() {
    // "understanding" is a word of an entry ("reached an understanding"): it answered that.
    let turns = replies(&["I need help understanding this piece", "help me understand the SCO"]);
    assert_eq!(turns[0], (ReplyKind::SmallTalk, None));
    assert_eq!(turns[1].1.as_deref(), Some("sco"));
}

#[test]
fn what_else_he_claimed_is_his_quote_when_nothing_linked_gives_more_of_his_words() {
    // "claim" alone touches the headline and the leaders' claims: a tie, offered as "did you
    // mean". About Kerry, the article gives one statement of his.
    let turns = converse(&["What did John Kerry say about NATO?", "what else did he claim?"]);
    assert_eq!(turns[0].as_deref(), Some("kerry"));
    assert_eq!(turns[1].as_deref(), Some("kerry"));
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
fn what_something_was_done_for_asks_its_reason() {
    // On its own, "to what end?" touched the December call ("end" of the year); after what
    // Moscow did about the SCO, it asks what that was for, which the same entry says.
    let turns = converse(&["Why was Moscow worried about the SCO?", "To what end?"]);
    assert_eq!(turns[0].as_deref(), Some("moscow-steers-sco"));
    assert_eq!(turns[1].as_deref(), Some("moscow-steers-sco"));
    let turns = converse(&["Why was Moscow worried about the SCO?", "for what purpose?"]);
    assert_eq!(turns[1].as_deref(), Some("moscow-steers-sco"));
}

#[test]
fn a_fragment_opening_with_within_asks_about_the_current_answer() {
    let turns = converse(&[
        "What does the author's own research argue about Russia in Central Asia?",
        "within which institutions?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("cooperative-hegemony"));
    assert_eq!(turns[1].as_deref(), Some("cooperative-hegemony"));
}

#[test]
fn someone_else_on_the_same_subject_is_their_words_on_it() {
    // "the same subject" points back as "and Lavrov?" does: Lavrov on NATO, not his profile.
    let turns = converse(&[
        "What did John Kerry say about NATO?",
        "what did lavrov say on the same subject?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("kerry"));
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
    assert_eq!(
        converse(&["what did lavrov say on the same subject?"])[0].as_deref(),
        Some("lavrov")
    );
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
fn whether_something_holds_of_it_stays_with_what_it_is() {
    // After the CSTO, "is china part of it?" asks about the CSTO, whose quote says it does not
    // include China; the entry the CSTO leads to (how Moscow steered the SCO) was taken as the
    // next step.
    let turns = converse(&["What is the CSTO?", "is china part of it?"]);
    assert_eq!(turns[0].as_deref(), Some("csto"));
    assert_eq!(turns[1].as_deref(), Some("csto"));
    // A question of what was done next still moves on.
    let turns = converse(&["what is the SCO?", "what did moscow do about it?"]);
    assert_eq!(turns[1].as_deref(), Some("moscow-steers-sco"));
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
fn asking_for_the_source_gives_who_said_it() {
    // Alone, "what's the source?" touched nothing and was declined.
    let turns = converse(&[
        "Is Russia's alternative to friendship with China a disaster?",
        "what's the source?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("trenin"));
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    // An expert asked for, with "any": someone named, not the author's own research.
    let turns = converse(&[
        "Why does Russia want to stay friendly with China?",
        "any expert quote on that?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    // In Russian and Chinese too; not "a source of energy".
    let turns = converse(&["Кто такой Тренин?", "Какой источник?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    let turns = converse(&["特列宁是谁？", "出处？"]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    let turns = replies(&["Кто такой Тренин?", "Россия источник энергии?"]);
    assert_ne!(turns[1].1.as_deref(), Some("trenin"));
    // Not the source of something the message names.
    let turns = converse(&["Who is in the photo at the top?", "what's the source of the photo?"]);
    assert_eq!(turns[1].as_deref(), Some("photo-caption"));
}

#[test]
fn whether_the_author_agrees_needs_no_word_pointing_back() {
    // "agree" alone read Iran, on which both powers agree.
    let turns = converse(&[
        "What did Mearsheimer advise the Biden team?",
        "why?",
        "does the author agree?",
        "why not?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("balancing-coalition"));
    assert_eq!(turns[2].as_deref(), Some("low-trust"));
    assert_eq!(turns[3].as_deref(), Some("low-trust"));
}

#[test]
fn who_is_he_after_a_named_persons_view_is_that_person() {
    // After Mearsheimer's forecast, an entry about the coalition, not about him.
    let turns =
        converse(&["What did Mearsheimer advise the Biden team?", "why?", "who is he anyway?"]);
    assert_eq!(turns[2].as_deref(), Some("mearsheimer"));
    let turns = converse(&["What did trenin say?", "who is he?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
}

#[test]
fn meaning_what_and_one_example_ask_where_the_answer_leads() {
    let turns = converse(&[
        "How does Gabuev describe the Sino-Russian arrangement in Central Asia?",
        "meaning what exactly?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("gabuev-condominium"));
    assert_eq!(turns[1].as_deref(), Some("division-of-labour"));
    let turns =
        converse(&["Where does Russia's threat perception show up?", "give me one example"]);
    assert_eq!(turns[0].as_deref(), Some("nato-threat-perception"));
    assert_eq!(turns[1].as_deref(), Some("threat-in-state-documents"));
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
fn why_of_an_entry_giving_its_own_reason_is_that_entry() {
    // The pandemic's entry names the challenges it brought and links to no reason: "how so?"
    // is answered by its own quote, not declined.
    let turns = converse(&["Did the pandemic hurt China-Russia ties?", "how so?"]);
    assert_eq!(
        turns,
        [Some("pandemic-problems".to_string()), Some("pandemic-problems".to_string())]
    );
    // An entry that gives no reason still says the article does not say why.
    let turns = replies(&["What is the CSTO?", "why?"]);
    assert_eq!(turns[1].0, ReplyKind::Declined);
}

#[test]
fn asking_what_it_is_called_stays_on_what_was_described() {
    // "called" drew the headline's entry ("what is this article called?"); the answer that
    // described the arrangement names it ("termed the cooperation a condominium").
    let turns = converse(&[
        "How do Russia and China split roles in Central Asia?",
        "is there a name for that?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("division-of-labour"));
    assert_eq!(turns[1].as_deref(), Some("division-of-labour"));
    // With nothing said before, it is what it was.
    assert_eq!(converse(&["what is this article called?"])[0].as_deref(), Some("article-title"));
}

#[test]
fn which_ones_of_an_answer_naming_only_a_kind_is_where_it_leads() {
    // "official state documents" names no document; the entry it leads to does.
    let turns =
        converse(&["Is the NATO threat written into Russia's official documents?", "which ones?"]);
    assert_eq!(turns[0].as_deref(), Some("threat-in-state-documents"));
    assert_eq!(turns[1].as_deref(), Some("military-doctrine-2014"));
    // An answer listing them answers it itself.
    let turns = converse(&["Where does Russia have bases?", "which ones?"]);
    assert_eq!(turns[1].as_deref(), Some("russian-bases"));
}

#[test]
fn which_of_what_the_answer_points_back_to_is_the_link_naming_them() {
    // "these jets" points back to jets the answer does not name; of what it leads to, the
    // Sukhoi entry names them (the first link, the symbolic closeness, does not).
    let turns = converse(&["What did Moscow offer Turkey?", "which jets?"]);
    assert_eq!(turns[0].as_deref(), Some("turkey-jets-offer"));
    assert_eq!(turns[1].as_deref(), Some("sukhoi-35"));
}

#[test]
fn what_a_quoted_speaker_was_talking_about_is_in_the_quote() {
    // "he" would find Medvedev's profile; what he was talking about is the quote itself.
    for question in ["what was he talking about?", "what's he referring to?"] {
        let turns = converse(&["What did Medvedev say in 2008?", question]);
        assert_eq!(turns[0].as_deref(), Some("medvedev-2008-nato"));
        assert_eq!(turns[1].as_deref(), Some("medvedev-2008-nato"), "{question}");
    }
    // "whose successor?" of "the presidency of his successor": the quote says whose.
    let turns =
        converse(&["What happened in 2009 regarding US-Russia relations?", "whose successor?"]);
    assert_eq!(turns[0].as_deref(), Some("improvement-attempts"));
    assert_eq!(turns[1].as_deref(), Some("improvement-attempts"));
}

#[test]
fn the_view_of_someone_the_article_never_quotes_is_declined_in_a_dialogue_too() {
    // On its own the question is declined (Biden's view is nowhere); pointing back, it was
    // read with the context and found Mearsheimer's advice to Biden.
    let turns = converse(&[
        "Could the US split China and Russia apart?",
        "and what does the author think?",
        "what does biden think about that?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("main-argument"));
    assert_eq!(turns[2], None);
    // Someone the article quotes is still answered.
    let turns = converse(&["What did Medvedev say in 2008?", "what does lavrov think about that?"]);
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
}

#[test]
fn one_country_asked_after_an_answer_that_never_names_it_is_the_link_naming_it() {
    // The balancing coalition is China's neighbours with the United States; "and Russia?" asks
    // Russia's part, which the prediction it leads to gives (Russia will seek an alliance with
    // the U.S.), not an entry about Russia in general.
    let turns = converse(&["what coalition does Mearsheimer expect?", "and Russia?"]);
    assert_eq!(turns[0].as_deref(), Some("balancing-coalition"));
    assert_eq!(turns[1].as_deref(), Some("mearsheimer-prediction"));
    // An answer whose quote names Russia already is no reason to follow a link.
    let turns = converse(&["What does Mearsheimer predict?", "and Russia?"]);
    assert_eq!(turns[0].as_deref(), Some("mearsheimer-prediction"));
    assert_ne!(turns[1].as_deref(), Some("balancing-coalition"));
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

/// The small-talk intent of `message` on its own, or the kind of reply it gets otherwise.
fn small_talk_of(message: &str) -> Result<String, ReplyKind> {
    let responder = Responder::new(Matcher::embedded().expect("the embedded knowledge base loads"));
    let response =
        responder.respond(&mut State::default(), &Request::from_message(message, None), None, 1);
    match (response.kind, response.intent) {
        (ReplyKind::SmallTalk, Some(intent)) => Ok(intent.to_owned()),
        (kind, _) => Err(kind),
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
fn what_he_said_after_his_words_on_a_topic_is_those_words() {
    // The subject of Medvedev's words on NATO is Medvedev: "he" is him, and what he said is
    // what was just quoted, not his profile.
    let turns =
        converse(&["which countries' nato ties upset medvedev", "and what did he say exactly"]);
    assert_eq!(turns[0].as_deref(), Some("medvedev-2008-nato"));
    assert_eq!(turns[1].as_deref(), Some("medvedev-2008-nato"), "{turns:?}");
}

#[test]
fn a_pronoun_contracted_with_a_verb_still_points_back() {
    // "it'd" was read as one word, "itd", no pronoun: the follow-up was asked on its own and
    // declined.
    let turns = converse(&[
        "why does russia need to stay friends with china",
        "who said it'd be a disaster otherwise",
    ]);
    assert_eq!(turns[0].as_deref(), Some("russia-china-friendship-interest"));
    assert_eq!(turns[1].as_deref(), Some("trenin"));
}

#[test]
fn who_said_a_fragment_is_answered_with_the_sentence_that_names_its_source() {
    // The op-ed's point about territory quotes a fragment, "lingering resentment ...", which
    // names no source: "who said that?" repeated it. The op-ed's sentence names the paper.
    let turns =
        converse(&["what history still irritates the Chinese about Russia?", "who said that?"]);
    assert_eq!(turns[0].as_deref(), Some("territorial-concessions"));
    assert_eq!(turns[1].as_deref(), Some("washington-post-op-ed"));
    let turns =
        converse(&["what does russia say about europe's security framework", "who said that?"]);
    assert_eq!(turns[1].as_deref(), Some("foreign-policy-concept-2016"));
    // Writing about it asks the same, not who wrote a text (the op-ed's author is not named).
    let turns = converse(&[
        "what history still irritates the Chinese about Russia?",
        "who wrote about that?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("washington-post-op-ed"));
    let turns = converse(&["what did the washington post op-ed say", "who wrote it?"]);
    assert_eq!(turns[1], None);
}

#[test]
fn he_after_someones_words_goes_on_with_them_through_a_tie() {
    // On its own "and how did he describe nato enlargement?" ties Lavrov's words with the
    // entry on enlargement; "and" read as moving on took the linked entry, though "he" is
    // Lavrov, just quoted.
    let turns = converse(&[
        "what did lavrov accuse the west of",
        "and how did he describe nato enlargement?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("lavrov-nato-root-cause"));
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
}

#[test]
fn a_consequence_or_effect_is_what_the_answer_says_follows() {
    // "consequence" and "effect" were words the article lacks, so "so what's the consequence?"
    // was declined, though the withdrawal's quote says what follows it.
    let turns = converse(&[
        "Biden pulled the troops out of Afghanistan - does the article say anything about that?",
        "so what's the consequence?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("afghanistan-withdrawal"));
    assert_eq!(turns[1].as_deref(), Some("afghanistan-withdrawal"));
}

#[test]
fn who_said_a_sentence_of_no_ones_is_the_named_passage_holding_it() {
    // The West's treatment of Russia is the author's sentence, part of what "scholars like
    // Trenin have explained": "who said that?" answered the sentence again.
    let question = "did the west treat russia the way germany was treated after world war one?";
    let turns = converse(&[question, "who said that?"]);
    assert_eq!(turns[0].as_deref(), Some("not-like-germany"));
    assert_eq!(turns[1].as_deref(), Some("trenin-west-coordination"));
    // A verb of saying in the past is no act the entry must report: "who claimed that?" was
    // declined as "who signed it?" is of a treaty no one is said to have signed.
    let turns =
        converse(&["did the west humiliate russia after the cold war?", "who claimed that?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin-west-coordination"));
}

#[test]
fn that_thing_named_by_the_current_answer_stays_with_it() {
    // "that fear" is the fear of inferior status just quoted, whose quote says what it might
    // do; the next step from it (the author's reply) was taken instead.
    let turns = converse(&[
        "why does russia worry about its standing next to china",
        "what might that fear lead to?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("growing-disparity"));
    assert_eq!(turns[1].as_deref(), Some("growing-disparity"));
    let turns = converse(&[
        "why does russia worry about its standing next to china",
        "and what could this fear result in?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("growing-disparity"));
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
fn who_disagrees_is_the_linked_view_set_against_what_was_said() {
    // After the leaders' "unprecedentedly high level", the other side is the sceptics'
    // ("Regardless of this positive rhetoric, ..."), not the leaders' own phone call, the first
    // linked entry naming someone; and "who says otherwise?", "do all scholars agree?", "is
    // everyone convinced?" ask the same.
    for question in [
        "who disagrees?",
        "who says otherwise?",
        "do all scholars agree?",
        "is everyone convinced?",
    ] {
        let turns = converse(&["how do the leaders describe relations these days", question]);
        assert_eq!(turns[0].as_deref(), Some("unprecedented-high-level"));
        assert_eq!(turns[1].as_deref(), Some("sceptics-view"), "{question}");
    }
    // "otherwise" closing a claim is no disagreement (a guard: answered so before).
    let turns = converse(&["what did trenin say", "who said it would be a disaster otherwise"]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
}
