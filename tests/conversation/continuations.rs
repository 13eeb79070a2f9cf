//! Short continuations, corrections and fragments ("and Lavrov?", "no, I meant ...", "about what
//! exactly?"): what was asked kept and who or what changed, ties broken by what was just said.

use crate::support::*;
use article_qa_bot::conversation::ReplyKind;

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
fn a_tie_none_of_whose_entries_is_linked_goes_to_the_one_quoted_nearest() {
    // After the West's treatment of Russia, "and with NATO itself?" ties NATO's enlargement,
    // the NATO-Russia Council and the West's reassurances; the council is the next sentence.
    let alone = converse(&["and with nato itself?"]);
    let turns = converse(&["was russia treated like germany after ww1?", "and with nato itself?"]);
    assert_eq!(turns[0].as_deref(), Some("not-like-germany"));
    assert_eq!(turns[1].as_deref(), Some("nato-russia-council"));
    assert_ne!(alone[0].as_deref(), Some("nato-russia-council"), "the context decided it");
}

#[test]
fn back_to_an_earlier_subject_names_it() {
    // "it" is the CSTO the message names, not the SCO being talked about.
    let turns = converse(&["what is the sco?", "back to the csto - does china belong to it?"]);
    assert_eq!(turns[0].as_deref(), Some("sco"));
    assert_eq!(turns[1].as_deref(), Some("csto"));
}

#[test]
fn and_another_organisation_after_one_asks_the_same_of_the_other() {
    // The SCO's title is all its subject (by synonyms): "and the CSTO?" asks what the CSTO is,
    // not how the two relate; in Russian too.
    assert_eq!(converse(&["what is the sco?", "and the csto?"])[1].as_deref(), Some("csto"));
    assert_eq!(converse(&["Что такое ШОС?", "а ОДКБ?"])[1].as_deref(), Some("csto"));
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
fn pointing_back_while_naming_someone_new_asks_their_words_on_the_matter() {
    let turns = converse(&[
        "what disputes divide moscow and washington?",
        "and what has lavrov said about that?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("us-russia-disputes"));
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
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
    // Words that only insist do not make it longer ("about what in particular?" was declined).
    let turns = converse(&[
        "what should washington and moscow do now, according to the author",
        "about what in particular?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("improving-communication"));
}

#[test]
fn a_bare_question_word_asks_of_what_was_just_said() {
    // "when" weighs as a word, and alone it found the article's date with full confidence,
    // after the photo whose caption gives its date.
    let turns = converse(&["who took the pic at the top", "when"]);
    assert_eq!(turns[0].as_deref(), Some("photo-credit")); // guard
    assert_eq!(turns[1].as_deref(), Some("photo-caption"));
    assert_eq!(converse(&["when?"])[0], None);
    assert_eq!(converse(&["when was the article written?"])[0].as_deref(), Some("article-date"));
}

#[test]
fn instead_asks_what_was_done_in_place_of_what_was_just_said() {
    // After what the West did not do, what Russia got in its place: what the answer leads to.
    let turns =
        converse(&["was russia treated like germany after ww1?", "what did russia get instead"]);
    assert_eq!(turns[0].as_deref(), Some("not-like-germany")); // guard
    assert_eq!(turns[1].as_deref(), Some("un-security-council-seat"));
    // After the summit expected to bring no breakthrough, what they should do instead (it was
    // declined: "instead" did not mark a follow-up, and "the two" is no pronoun).
    let turns = converse(&[
        "what does the author expect from the biden putin meeting",
        "what should the two do instead?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-putin-summit")); // guard
    assert_eq!(turns[1].as_deref(), Some("improving-communication"));
}

#[test]
fn a_correction_in_vague_chat_words_finds_what_it_names() {
    // "stuff" is no topic: unknown to the knowledge base, it weighed most of the message.
    let turns = converse(&["where does russia have military bases", "no i meant the radio stuff"]);
    assert_eq!(turns[0].as_deref(), Some("russian-bases"));
    assert_eq!(turns[1].as_deref(), Some("radio-installations"));
}

#[test]
fn he_in_a_correction_is_the_person_just_answered_about() {
    // "what he said about NATO" was asked on its own: NATO enlargement, no one's words.
    let turns =
        converse(&["who followed Putin as president?", "no, I meant what he said about NATO"]);
    assert_eq!(turns[0].as_deref(), Some("medvedev"));
    assert_eq!(turns[1].as_deref(), Some("medvedev-2008-nato"));
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
fn a_fragment_that_only_insists_at_its_end_is_still_a_fragment() {
    let turns = converse(&[
        "what does the author recommend for moscow and washington?",
        "about which countries in particular?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("improving-communication"));
    assert_eq!(turns[1].as_deref(), Some("eu-nato-aspirants"));
}

#[test]
fn a_fragment_ending_on_a_question_word_and_an_insisting_word_asks_of_the_current_answer() {
    // "coordinate against what exactly?" after Korolev's study: its own words alone find the
    // security coordination entry with confidence, but it asks what his study's coordination
    // was against (the U.S.'s unipolarity, in his quote).
    let turns = converse(&[
        "what did the korolev study find",
        "coordinate against what exactly?",
        "where's he from",
    ]);
    assert_eq!(turns[0].as_deref(), Some("korolev"));
    assert_eq!(turns[1].as_deref(), Some("korolev"));
    assert_eq!(turns[2].as_deref(), Some("korolev"));
}

#[test]
fn a_fragment_asking_which_of_something_the_quote_names_is_the_quote() {
    // The advice is to improve communication "especially vis-a-vis issues in states that are
    // on Russia's borders": about what issues, it says; which states, the next entry says.
    let issues =
        converse(&["What should Moscow and Washington improve right now?", "about what issues?"]);
    assert_eq!(issues[0].as_deref(), Some("improving-communication"));
    assert_eq!(issues[1].as_deref(), Some("improving-communication"));
    let states = converse(&[
        "What should Moscow and Washington improve right now?",
        "about which states especially?",
    ]);
    assert_eq!(states[1].as_deref(), Some("eu-nato-aspirants"));
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
fn fms_are_the_foreign_ministers() {
    let turns =
        converse(&["what did the two presidents say on the phone in december?", "and the fms?"]);
    assert_eq!(turns[0].as_deref(), Some("december-phone-call"));
    assert_eq!(turns[1].as_deref(), Some("wang-yi"));
}

#[test]
fn tho_at_the_end_of_a_fragment_only_insists() {
    // "which states tho?" is "which states?": the states the advice leaves undescribed.
    let turns = converse(&["what should the us and russia do now", "which states tho"]);
    assert_eq!(turns[0].as_deref(), Some("improving-communication"));
    assert_eq!(turns[1].as_deref(), Some("eu-nato-aspirants"));
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
fn a_continuation_naming_one_country_goes_to_the_link_about_that_country() {
    // Central Asia's entry links first to the division of labour, whose quote names China too;
    // the link about China (Beijing's presence there) is what "and China?" asks.
    let turns = converse(&[
        "why does central asia matter so much to russia",
        "and what's china doing there",
    ]);
    assert_eq!(turns[0].as_deref(), Some("central-asia-sphere"));
    assert_eq!(turns[1].as_deref(), Some("china-central-asia-presence"));
}

#[test]
fn and_later_asks_what_came_after_not_a_farewell() {
    // "later" is a farewell; asked ("and later?") it is what came after, where the answer
    // leads: the attempts under Putin, then under Medvedev.
    let turns = converse(&[
        "how did russia us relations develop since the 90s",
        "didnt anyone try to fix them",
        "and later?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("improvement-attempts"));
    assert_eq!(turns[2].as_deref(), Some("medvedev"));
    assert_eq!(small_talk_of("later").as_deref(), Ok("bye"));
    assert!(small_talk_of("and later?").is_err());
}

#[test]
fn a_continuation_naming_only_countries_asks_the_same_part_of_the_article() {
    // After the article's summary, "and Russia with the US?" asks what the article says of
    // them (its standfirst: no détente soon), not the entry on their worsening relations that
    // its words alone find; and "why not?" then is the low trust.
    let turns =
        converse(&["what is this article basically about?", "and russia with the us?", "why not?"]);
    assert_eq!(turns[0].as_deref(), Some("article-summary")); // guard
    assert_eq!(turns[1].as_deref(), Some("standfirst"));
    assert_eq!(turns[2].as_deref(), Some("low-trust"));
    // So after the main argument, whose quote names them beside China ("Sino-Russian ties",
    // "a Russian-U.S. détente"): it is about more than them.
    let turns = converse(&[
        "What is the author arguing about China and Russia?",
        "and what about Russia and the US?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("main-argument")); // guard
    assert_eq!(turns[1].as_deref(), Some("standfirst"));
    // Guard: a continuation naming something besides countries is read as before.
    let turns = converse(&["what is this article basically about?", "and what about the SCO?"]);
    assert_eq!(turns[1].as_deref(), Some("sco"));
}

#[test]
fn a_continuation_about_what_the_quote_names_asks_more_of_it() {
    // The pandemic's quote names Russia's rushed closing of the border: "what about the
    // border" asks of that, not of the territorial concessions, whose words it also shares.
    let turns =
        converse(&["how did covid affect the china russia relationship?", "what about the border"]);
    assert_eq!(turns[0].as_deref(), Some("pandemic-problems")); // guard
    assert_eq!(turns[1].as_deref(), Some("pandemic-problems"));
    // So does a fragment of its words alone, what only insists aside ("specifically").
    let turns = converse(&[
        "What is the neorealist logic the author describes?",
        "in eurasia specificaly?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("realist-logic")); // guard
    assert_eq!(turns[1].as_deref(), Some("realist-logic"));
    // Guard: an entry the current one links to, which the words find, is still theirs.
    let turns = converse(&["Which countries host Russian troops or bases?", "and radio stations?"]);
    assert_eq!(turns[1].as_deref(), Some("radio-installations"));
}

#[test]
fn and_with_a_third_country_after_two_countries_ties_is_how_one_of_them_fares_with_it() {
    // "... in Russia's interests to maintain cordial and friendly relations with China": "and
    // with the us?" went to the containment policy by the context's words; the article goes on
    // "In contrast, Moscow's relations with the United States have progressively worsened".
    for continuation in ["and with the us?", "what about the us?"] {
        let turns = converse(&["why does russia want good ties with china", continuation]);
        assert_eq!(turns[0].as_deref(), Some("russia-china-friendship-interest"));
        assert_eq!(turns[1].as_deref(), Some("us-russia-worsening"), "{continuation}");
    }
    // Asking more than who with stays with what the context reads.
    let turns = converse(&["what does mearsheimer predict", "so what would that mean for russia?"]);
    assert_ne!(turns[1].as_deref(), Some("us-russia-worsening"));
}

#[test]
fn more_pls_asks_for_more_as_more_please_does() {
    let turns = converse(&["do russia and china compete on security in central asia?", "more pls"]);
    assert_eq!(turns[0].as_deref(), Some("security-coordination")); // guard
    assert_eq!(turns[1].as_deref(), Some("chinese-military-presence"), "where it leads");
}

#[test]
fn a_request_for_the_quote_word_for_word_is_the_current_quote() {
    // "exact words pls" found the exact headline ("words"); no "his" pointed back.
    for asked in ["exact words pls", "the full quote?", "what were the exact words"] {
        let turns = converse(&["what did kerry argue about nato", asked]);
        assert_eq!(turns[0].as_deref(), Some("kerry")); // guard
        assert_eq!(turns[1].as_deref(), Some("kerry"), "{asked}");
    }
}

#[test]
fn a_request_for_the_quote_again_or_its_place_is_the_current_quote() {
    // "quote again pls" found the article's summary, "which paragraph?" another
    // entries, "цитату можно?" was praise ("можно" read as a typo of "мощно").
    let asked_again = [
        "quote again pls, the whole thing",
        "can u give me the exact quote again",
        "which paragraph?",
        "where in the article?",
        "can i see the original text",
        "цитату можно?",
        "原文是什么？",
    ];
    for asked in asked_again {
        let turns = converse(&["What did Medvedev say in 2008 about Georgia and Ukraine?", asked]);
        assert_eq!(turns[0].as_deref(), Some("medvedev-2008-nato")); // guard
        assert_eq!(turns[1].as_deref(), Some("medvedev-2008-nato"), "{asked}");
    }
    // A quote about something named is a question of its own.
    let turns = converse(&["What did Medvedev say in 2008?", "any quote from kerry on nato?"]);
    assert_eq!(turns[1].as_deref(), Some("kerry"));
}

#[test]
fn any_quote_of_an_answer_quoting_nobody_is_the_linked_one_quoting_someone() {
    // The West's reassurances are the author's telling: "any quote?" quoted it again; Kerry's
    // own words, which it leads to, are the quote asked for.
    for asked in ["any quote?", "got a quote?", "any quotes"] {
        let turns = converse(&["has the west tried to reassure russia about nato?", asked]);
        assert_eq!(turns[0].as_deref(), Some("west-reassurances")); // guard
        assert_eq!(turns[1].as_deref(), Some("kerry"), "{asked}");
    }
    // Guards: the quote again is the same one; an answer quoting someone is its own quote.
    let turns = converse(&["has the west tried to reassure russia about nato?", "quote again"]);
    assert_eq!(turns[1].as_deref(), Some("west-reassurances"));
    let turns =
        converse(&["What did Medvedev say in 2008 about Georgia and Ukraine?", "any quote?"]);
    assert_eq!(turns[1].as_deref(), Some("medvedev-2008-nato"));
}

#[test]
fn asking_to_hear_it_again_is_the_current_quote() {
    // "say again?" found Medvedev's profile by "say" after his words of 2008.
    for asked in ["say again?", "come again?", "repeat that pls", "can you say it again", "повтори"]
    {
        let turns = converse(&["what did medvedev say in 2008", asked]);
        assert_eq!(turns[0].as_deref(), Some("medvedev-2008-nato")); // guard
        assert_eq!(turns[1].as_deref(), Some("medvedev-2008-nato"), "{asked}");
    }
}

#[test]
fn whether_the_author_explains_why_asks_why() {
    // "does the author explain why?" found the author's main argument by "author".
    for asked in ["does the author explain why?", "did he say why"] {
        let turns = converse(&["will russia and the us reconcile soon", asked]);
        assert_eq!(turns[0].as_deref(), Some("standfirst")); // guard
        assert_eq!(turns[1].as_deref(), Some("low-trust"), "{asked}");
    }
}

#[test]
fn naming_the_article_at_the_end_asks_the_same_follow_up() {
    // "in the article" made "did he say anything else" a question of its own: Trenin's
    // words on China again.
    let turns =
        converse(&["what did Trenin say about china?", "did he say anything else in the article?"]);
    assert_eq!(turns[0].as_deref(), Some("trenin")); // guard
    assert_eq!(turns[1].as_deref(), Some("trenin-west-coordination"));
}

#[test]
fn someones_take_after_another_persons_words_is_their_view() {
    // "take" read as a word naming something: "and lavrov, what's his take" was Lavrov's
    // profile (the foreign ministers' call), not his view of NATO's growth.
    let turns = converse(&[
        "What did Medvedev say back in 2008 about Georgia and Ukraine?",
        "and lavrov, what's his take",
        "anything harsher?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("medvedev-2008-nato")); // guard
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
    // "anything harsher?" asks what else, as "anything else?" does: the rest of his quote
    // (the West's "malevolent plans"); it was declined, or read as his profile.
    assert_eq!(turns[2].as_deref(), Some("lavrov-nato-root-cause"));
}

#[test]
fn somewhere_or_someone_else_is_not_the_answer_just_given() {
    // "else" sets the current answer aside; its own words find the other.
    let turns = converse(&[
        "is china building up troops in tajikistan?",
        "where else does russia keep troops?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("tajikistan"));
    assert_eq!(turns[1].as_deref(), Some("russian-bases"));
    let turns = converse(&[
        "did any american official admit nato expansion hurt ties with moscow?",
        "who else says nato is the main problem?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("mcfaul"));
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
}

#[test]
fn which_countries_of_states_described_asks_which_states() {
    // "countries" was no word of "states that are on Russia's borders", so the message was
    // read on its own: Mearsheimer's forecast of China's neighbours.
    for asked in ["which countries?", "about which countries?", "abt which countries"] {
        let turns = converse(&["what should moscow and washington do now?", asked]);
        assert_eq!(turns[0].as_deref(), Some("improving-communication"));
        assert_eq!(turns[1].as_deref(), Some("eu-nato-aspirants"), "{asked}");
    }
}

#[test]
fn anything_else_after_a_quote_with_an_aside_between_commas_is_where_it_leads() {
    // "This could, at the very least, help manage possible crises situations": its commas
    // read as a list, and "anything else" showed the same quote again, not the Iran deal.
    let turns = converse(&["what should moscow and washington do?", "why bother", "anything else"]);
    assert_eq!(turns[1].as_deref(), Some("crisis-management")); // guard
    assert_eq!(turns[2].as_deref(), Some("jcpoa"));
    // Guard: a quote joining several things still gives the rest of them.
    let turns = converse(&["what does the 2014 military doctrine say?", "what else?"]);
    assert_eq!(turns[1].as_deref(), Some("military-doctrine-2014"));
}

#[test]
fn he_or_they_after_named_peoples_words_is_of_them_not_a_linked_entry_of_others() {
    // After Xi's and Putin's call, "talking" found the foreign ministers' talks (they "spoke"),
    // which the call leads to: the wrong people.
    for asked in ["and who was he talking to?", "what did they talk about?"] {
        let turns = converse(&["What did Putin say about relations with China recently?", asked]);
        assert_eq!(turns[0].as_deref(), Some("december-phone-call")); // guard
        assert_eq!(turns[1].as_deref(), Some("december-phone-call"), "{asked}");
    }
    // Guard: the next step naming no one of them, asked without pointing at them.
    let turns = converse(&[
        "What did Putin say about relations with China recently?",
        "and the foreign ministers?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("wang-yi"));
}

#[test]
fn the_next_point_asked_after_the_first_ones_elaboration_is_of_the_count_before() {
    // After the two main issues and the first one's elaboration (what Moscow watches), "and the
    // second?" was declined: the quote it was asked of counts no points.
    for asked in ["and the second?", "explain the second one"] {
        let turns = converse(&[
            "what are the author's main counterarguments?",
            "explain the first one",
            asked,
        ]);
        assert_eq!(turns[0].as_deref(), Some("main-argument")); // guard
        assert_eq!(turns[1].as_deref(), Some("accommodation")); // guard
        assert_eq!(turns[2].as_deref(), Some("low-trust"), "{asked}");
    }
    // Guard: nothing counted before, no point to find.
    let turns = converse(&["who is trenin?", "and the second?"]);
    assert_ne!(turns[1].as_deref(), Some("low-trust"));
}

#[test]
fn the_former_and_the_latter_are_the_first_and_the_second_point() {
    // "the latter?" after the two points was read on its own words: a future rift.
    for asked in ["the latter?", "and the former?"] {
        let turns =
            converse(&["What are the two points the author wants to develop further?", asked]);
        assert_eq!(turns[0].as_deref(), Some("main-argument")); // guard
        assert_eq!(turns[1].as_deref(), Some("main-argument"), "{asked}");
    }
    // After the first point's elaboration, "and the latter?" is the second, as "and the second?".
    let turns = converse(&[
        "what are the author's main counterarguments?",
        "explain the first one",
        "and the latter?",
    ]);
    assert_eq!(turns[2].as_deref(), Some("low-trust"));
    // Guard: "the former" before a noun is no point ("the former president").
    let turns = converse(&["what did medvedev say in 2008?", "was he the former president then?"]);
    assert_ne!(turns[1].as_deref(), Some("main-argument"));
}

#[test]
fn like_what_after_a_claim_the_next_passage_lists_is_that_list() {
    // After the differences the U.S. might exploit, "like what?" showed the same quote again:
    // the next passage lists them ("problems ..., such as lingering resentment ...").
    for asked in ["like what?", "such as?"] {
        let turns = converse(&["can the us exploit differences between china and russia?", asked]);
        assert_eq!(turns[0].as_deref(), Some("seam")); // guard
        assert_eq!(turns[1].as_deref(), Some("washington-post-op-ed"), "{asked}");
    }
}

#[test]
fn the_other_country_after_a_quote_naming_both_is_its_side_there() {
    // "and what about the other country?" named neither country: it was read as a new
    // question, or as what the scholar quoted said about it.
    let turns = converse(&[
        "Which of China and Russia cares more about stability?",
        "and what about the other country?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("stability-vs-challenge"));
    assert_eq!(turns[1], turns[0]);
    // "and what about" turns to what it names, as "what about" does: it was read as "about the
    // other country" said by the person the entry quotes.
    let and_what_about = converse(&["who is lavrov?", "and what about nato?"]);
    let what_about = converse(&["who is lavrov?", "what about nato?"]);
    assert_eq!(and_what_about, what_about);
}

#[test]
fn what_a_short_name_stands_for_is_the_entry_spelling_it_out() {
    // After the 2015 statement, which names only "the EAEU", "what is EAEU short for?" gave the
    // statement again.
    for asked in ["and what is EAEU short for?", "what does the EAEU stand for?"] {
        let turns = converse(&["What did China and Russia sign in 2015?", asked]);
        assert_eq!(turns[0].as_deref(), Some("belt-and-road"));
        assert_eq!(turns[1].as_deref(), Some("eaeu"), "{asked}");
    }
    // Guard: a question about the statement itself stays with it.
    let turns = converse(&["What did China and Russia sign in 2015?", "what was it about?"]);
    assert_eq!(turns[1].as_deref(), Some("belt-and-road"));
}

#[test]
fn whether_it_worked_is_told_by_a_quote_of_attempts_that_failed() {
    // "work" alone tied the entries on working together ("did you mean ...?"). Relations
    // worsened "despite several attempts to improve them": the quote says they failed.
    for asked in ["did it work?", "did that succeed?"] {
        let turns =
            converse(&["did moscow ever attempt to improve relations with washington?", asked]);
        assert_eq!(turns[0].as_deref(), Some("improvement-attempts"));
        assert_eq!(turns[1].as_deref(), Some("improvement-attempts"), "{asked}");
    }
    // Of Moscow's steering of the SCO the article does not say whether it worked. (Asked in
    // Russian or Chinese, it is declined too; those pass without the rule as well.)
    for asked in ["did it work?", "получилось?", "成功了吗？"] {
        let turns = replies(&["what is the SCO?", "what did moscow do about it?", asked]);
        assert_eq!(turns[1].1.as_deref(), Some("moscow-steers-sco"));
        assert_eq!(turns[2].0, ReplyKind::Declined, "{asked}: {:?}", turns[2]);
    }
}

#[test]
fn examples_already_in_the_quote_are_that_quote() {
    // Trenin's account goes on to the West's treatment of Russia and its examples (the UN
    // seat, the G-8, the NATO-Russia Council); the sentence it leads to, already shown within
    // it, answered without them.
    let turns = converse(&[
        "what did trenin explain about how the west treated russia after the cold war?",
        "can you give examples?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("trenin-west-coordination"));
    assert_eq!(turns[1].as_deref(), Some("trenin-west-coordination"));
}

#[test]
fn asking_it_in_other_words_asks_what_the_answer_means() {
    // "in other words?" after Gabuev's "condominium" asks what it means, as "meaning?" does:
    // the division of labour it names (it went to the article's title by "words").
    for rephrase in ["in other words?", "in plain english?", "simply put?"] {
        let turns = converse(&["what's this 'condominium' thing about?", rephrase]);
        assert_eq!(turns[0].as_deref(), Some("gabuev-condominium"));
        assert_eq!(turns[1].as_deref(), Some("division-of-labour"), "{rephrase}");
    }
}

#[test]
fn what_it_means_asked_simply_or_politely_still_asks_what_it_means() {
    // "simply" and "pls" after "what does that mean" kept it from reading as the question.
    for asked in ["what does that mean, simply?", "what does that mean pls"] {
        let turns =
            converse(&["What did Alexander Gabuev call the Sino-Russian cooperation?", asked]);
        assert_eq!(turns[0].as_deref(), Some("gabuev-condominium"));
        assert_eq!(turns[1].as_deref(), Some("division-of-labour"), "{asked}");
    }
}
