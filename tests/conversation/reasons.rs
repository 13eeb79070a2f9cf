//! Why, why not, what for, what good, how so, what went wrong, consequences: the reason the
//! current entry gives or links to.

use crate::support::*;
use article_qa_bot::conversation::ReplyKind;

#[test]
fn why_about_a_detail_of_the_last_answer_asks_for_its_reason() {
    // The main argument calls a Russian-U.S. détente premature; "why premature?" asks for the
    // reason the entry's curated `why` gives (low trust), not the argument again.
    let turns = converse(&["what is the author's main argument", "why premature?"]);
    assert_eq!(turns[0].as_deref(), Some("main-argument"));
    assert_eq!(turns[1].as_deref(), Some("low-trust"));
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
fn why_not_after_the_alleged_presence_in_tajikistan_is_russias_alliance() {
    let turns = converse(&["is china putting troops in tajikistan?", "why not?"]);
    assert_eq!(turns[0].as_deref(), Some("tajikistan"));
    assert_eq!(turns[1].as_deref(), Some("russia-military-alliance"));
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
fn why_something_matters_after_it_is_why_about_it() {
    let turns = converse(&["which treaty turns twenty this year?", "why is it significant?"]);
    assert_eq!(turns[0].as_deref(), Some("good-neighborliness-treaty"));
    assert_eq!(turns[1].as_deref(), Some("good-neighborliness-treaty"));
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
fn what_went_wrong_asks_why_the_attempts_failed() {
    let turns = converse(&["did relations improve under medvedev", "what went wrong"]);
    assert_eq!(turns[0].as_deref(), Some("improvement-attempts"));
    assert_eq!(turns[1].as_deref(), Some("us-russia-disputes"));
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
fn why_in_the_view_of_the_person_quoted_is_their_quote() {
    // Kerry's words give his reason ("of their own free will"); the curated reason of his
    // entry is the West's reassurances, which "in his view" does not ask.
    let kerry = "What did Kerry say about NATO?";
    let turns = converse(&[kerry, "why do countries join, in his view?"]);
    assert_eq!(turns[0].as_deref(), Some("kerry"));
    assert_eq!(turns[1].as_deref(), Some("kerry"));
    // Guard: "why?" alone is the curated reason.
    let turns = converse(&[kerry, "why?"]);
    assert_eq!(turns[1].as_deref(), Some("west-reassurances"));
}

#[test]
fn asking_the_bot_why_it_says_so_asks_the_reason_not_what_it_can_do() {
    // "why do u say that" read as a question about the bot's abilities ("do", addressed to it).
    for question in ["why do u say that", "what makes you think so?", "почему ты так думаешь?"]
    {
        let turns = converse(&["is there a chance of russia us detente soon", question]);
        assert_eq!(turns[0].as_deref(), Some("standfirst"), "{question}");
        assert_eq!(turns[1].as_deref(), Some("low-trust"), "{question}");
    }
    // Asked with nothing before it, it is no small talk either: the article does not answer it.
    assert_eq!(small_talk_of("why do you say that?"), Err(ReplyKind::Declined));
}

#[test]
fn asking_the_bot_what_it_means_is_asking_what_the_answer_means() {
    // "what do u mean" read as asking what the bot can do ("do", addressed to it).
    let first = "how was russia treated after the cold war";
    let meaning = converse(&[first, "what does that mean?"]);
    for question in ["what do u mean", "what do you mean by that?", "什么意思？"] {
        let turns = replies(&[first, question]);
        assert_eq!(turns[1].0, ReplyKind::Answered, "{question}");
        assert_eq!(turns[1].1, meaning[1], "{question}");
    }
}

#[test]
fn how_so_after_the_west_not_treating_russia_like_germany_is_what_it_did_instead() {
    // The entry had no reason: "how so?" was declined, though the passage around it says how
    // (the coordination the West sought, the seat, the G-8, the NATO-Russia Council).
    let turns = converse(&["was russia humiliated after cold war like germany was?", "how so?"]);
    assert_eq!(turns[0].as_deref(), Some("not-like-germany"));
    assert_eq!(turns[1].as_deref(), Some("trenin-west-coordination"));
}

#[test]
fn why_of_something_the_answer_does_not_say_is_what_its_own_words_find() {
    // After what the two share, "act differently" is their different positions, not the
    // curated reason of the shared vision (Korolev's study).
    let turns = converse(&[
        "what did kaczmarski say",
        "where do the two agree though?",
        "so why do they act differently?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("shared-multipolar-vision")); // guard
    assert_eq!(turns[2].as_deref(), Some("stability-vs-challenge"));
    // "that" is what was said, whatever "deal" finds alone (the Iran deal).
    let turns = converse(&[
        "Which problems in Sino-Russian ties did the Washington Post op-ed point out?",
        "which one is the most serious?",
        "why is that such a big deal for moscow?",
    ]);
    assert_eq!(turns[2].as_deref(), Some("central-asia-sphere"));
}

#[test]
fn why_of_thats_is_why_of_that() {
    // "that's" read as one word, "thats", pointed at nothing: the reason was declined.
    let turns = converse(&["what is the seam", "why do people think that's possible?"]);
    assert_eq!(turns[0].as_deref(), Some("seam")); // guard
    assert_eq!(turns[1].as_deref(), Some("future-rift"));
}

#[test]
fn to_what_end_after_a_quote_saying_what_it_is_done_for_is_that_quote() {
    // "... propels others to take appropriate actions to ensure their survival": not the
    // example curated as its reason (Afghanistan).
    let turns = converse(&["what is the neorealist logic in the article", "to what end"]);
    assert_eq!(turns[0].as_deref(), Some("realist-logic")); // guard
    assert_eq!(turns[1].as_deref(), Some("realist-logic"));
}

#[test]
fn whats_the_point_of_advice_is_what_the_advice_is_for() {
    // After which states the advice means, "what's the point" gave why those states matter
    // to Russia (Medvedev's words), not what the advice is for.
    let turns = converse(&[
        "What should Washington and Moscow focus on now?",
        "which states specifically",
        "what's the point",
    ]);
    assert_eq!(turns[1].as_deref(), Some("eu-nato-aspirants")); // guard
    assert_eq!(turns[2].as_deref(), Some("crisis-management"));
}

#[test]
fn chat_y_before_an_auxiliary_asks_why() {
    // "y does that matter" read "y" as a word of no kind: the current answer again.
    let turns = converse(&[
        "what irritants in sino-russian ties does the article list",
        "which one's the biggest",
        "y does that matter",
    ]);
    assert_eq!(turns[1].as_deref(), Some("china-central-asia-presence")); // guard
    assert_eq!(turns[2].as_deref(), Some("central-asia-sphere"));
}

#[test]
fn whether_advice_would_work_is_what_it_is_for() {
    // "would it solve everything?" after the advice to improve communication found Medvedev's
    // words of 2008: the article says what it would do, "at the very least".
    let turns = converse(&[
        "what does russia think of its neighbours joining the eu and nato?",
        "so what does the author propose",
        "would it solve everything?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("improving-communication")); // guard
    assert_eq!(turns[2].as_deref(), Some("crisis-management"));
    // "will that help?" was small talk asking for the bot's help.
    for asked in ["would it work?", "will that help?"] {
        let turns = converse(&["what should moscow and washington do?", asked]);
        assert_eq!(turns[1].as_deref(), Some("crisis-management"), "{asked}");
    }
}

#[test]
fn the_goal_of_what_was_just_said_is_the_purpose_its_quote_states() {
    // Moscow steered the SCO "in order to not displace the CSTO": the goal is in its quote
    // ("and what was the goal of that?" was declined).
    let turns = converse(&[
        "is russia a member of the sco?",
        "what did moscow do about its worries?",
        "and what was the goal of that?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("moscow-steers-sco"));
    assert_eq!(turns[2].as_deref(), Some("moscow-steers-sco"));
    // Of advice, its goal is what the advice is for.
    let turns = converse(&["what should moscow and washington do?", "what is the goal of that?"]);
    assert_eq!(turns[0].as_deref(), Some("improving-communication"));
    assert_eq!(turns[1].as_deref(), Some("crisis-management"));
}

#[test]
fn why_someone_the_current_quote_names_is_relevant_is_that_quote() {
    // The Iran deal's quote names "Biden's declared interest in rejoining" it; "relevant", a
    // word the knowledge base lacks, had the question declined.
    let turns = converse(&[
        "what role could the iran nuclear deal play between washington and moscow?",
        "why is biden relevant here?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("jcpoa"));
    assert_eq!(turns[1].as_deref(), Some("jcpoa"));
}

#[test]
fn why_asked_twice_in_one_message_is_why() {
    // "why not? what's the reasoning?" was read on its own words: "reasoning" was a sample
    // question's word elsewhere, and a "did you mean" between unrelated entries followed.
    let turns = converse(&[
        "Is China building up a military presence in Tajikistan, according to the piece?",
        "Why not? What's the reasoning?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("tajikistan"));
    assert_eq!(turns[1].as_deref(), Some("russia-military-alliance"));
    // Guard: a why that asks about something of its own is still read on its words.
    let own = converse(&[
        "Is China building up a military presence in Tajikistan?",
        "why not? what is the realist logic?",
    ]);
    assert_eq!(own[1].as_deref(), Some("realist-logic"));
}

#[test]
fn a_long_run_of_overlapping_whys_is_read_once() {
    // "why so" + "what went wrong" and "why" + "so what went wrong" both read the run: tried
    // in every combination, a message of 22 such runs ending in another word took 8 s, and a
    // longer one never ended. A run that ends in a word of no why is no message asking why.
    let mut long = vec!["why so what went wrong"; 60].join(" ");
    long.push_str(" x");
    let turns = converse(&["What did Mearsheimer predict?", &long]);
    assert_ne!(turns[1].as_deref(), Some("balancing-coalition"));
    let whole = vec!["why so what went wrong"; 60].join(" ");
    let turns = converse(&["What did Mearsheimer predict?", &whole]);
    assert_eq!(turns[1].as_deref(), Some("balancing-coalition"));
}

#[test]
fn the_grounds_asked_of_what_was_said_are_its_reason() {
    // "On what grounds?" was read on its words: "grounds" found the shared vision's quote.
    let turns =
        converse(&["What does the piece expect from the Biden-Putin meeting?", "On what grounds?"]);
    assert_eq!(turns[0].as_deref(), Some("biden-putin-summit"));
    assert_eq!(turns[1].as_deref(), Some("biden-putin-summit"));
    // Guard: grounds of something named are a question of their own.
    let own = converse(&[
        "What does the piece expect from the Biden-Putin meeting?",
        "On what grounds do China and Russia converge?",
    ]);
    assert_eq!(own[1].as_deref(), Some("shared-multipolar-vision"));
}

#[test]
fn why_stressed_is_as_short_as_why() {
    // "so much" made "and why does it matter so much?" too long to ask the treaty's own reason.
    let turns = converse(&[
        "Which treaty is having an anniversary this year?",
        "And why does it matter so much?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("good-neighborliness-treaty"));
    assert_eq!(turns[1].as_deref(), Some("good-neighborliness-treaty"));
}

#[test]
fn why_a_detente_to_check_china_is_unrealistic_is_the_low_trust() {
    // The entry was its own reason: the same quote again.
    let turns = converse(&[
        "Does the author think a US-Russia reset to contain China is realistic?",
        "Why not?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("detente-to-check-china"));
    assert_eq!(turns[1].as_deref(), Some("low-trust"));
}

#[test]
fn a_chat_tail_leaves_the_follow_up_as_it_is() {
    // "if you don't mind my asking" made "on what basis?" no reason asked: declined.
    let turns = converse(&[
        "Does the author think a US-Russia reset to contain China is realistic?",
        "On what basis, if you don't mind my asking?",
        "why tho",
    ]);
    assert_eq!(turns[1].as_deref(), Some("low-trust"));
    assert_eq!(turns[2].as_deref(), Some("low-trust"));
}

#[test]
fn an_acknowledgement_before_why_asks_why() {
    // "right, and why not?" was read as acknowledging ("why not" agrees), and "great, why
    // though?" too; "Really? Why not?" was declined.
    for why in ["right, and why not?", "great, why though?", "ok, how so?", "Really? Why not?"] {
        let turns = converse(&[
            "Does the author think a US-Russia reset to contain China is realistic?",
            why,
        ]);
        assert_eq!(turns[1].as_deref(), Some("low-trust"), "{why}");
    }
}

#[test]
fn agreeing_or_praising_unasked_is_small_talk() {
    // Guards: without a question mark "sure, why not" agrees, and "nice, ur fast" praises
    // (its "nice" is no acknowledgement before a question).
    assert_eq!(small_talk_of("sure, why not"), Ok("acknowledgement".to_owned()));
    let turns =
        replies(&["russia selling china what weapons", "other joint stuff?", "nice, ur fast"]);
    assert_eq!(turns[2].0, ReplyKind::SmallTalk, "nice, ur fast: {:?}", turns[2]);
}

#[test]
fn why_of_a_view_pointing_back_with_one_word_is_its_curated_reason() {
    // "work" alone ties the entries on working together (the Iran deal, where the advice
    // leads); "he" and "that" point back to Mearsheimer's advice, whose reason is his
    // balancing coalition.
    for why in ["why does he think that could work?", "and why does he think that'd work?"] {
        let turns =
            converse(&["What did Mearsheimer recommend the new Biden administration do?", why]);
        assert_eq!(turns[0].as_deref(), Some("biden-administration"));
        assert_eq!(turns[1].as_deref(), Some("balancing-coalition"), "{why}");
    }
}

#[test]
fn a_bare_why_with_a_guess_at_the_reason_asks_the_why() {
    // "just money?" found an entry of money of its own ("Beijing's considerable economic ...
    // presence"): the guess only narrows the why, which the sale's entry links to.
    let turns = converse(&["What weapons is Russia selling to China?", "why though? just money?"]);
    assert_eq!(turns[0].as_deref(), Some("sukhoi-35")); // guard
    assert_eq!(turns[1].as_deref(), Some("turkey-jets-offer"));
    // A second question is still asked on its own.
    let turns = converse(&[
        "What weapons is Russia selling to China?",
        "why? and who else got offered them?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("turkey-jets-offer"));
}
