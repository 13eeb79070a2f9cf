//! A reader doubting what was just said ("source?", "says who?", "is that true?", "how do we
//! know?"): the passage the curators linked as where the claim comes from or what backs or
//! checks it, not the same quote again.

use crate::support::*;

#[test]
fn source_of_the_authors_claim_is_the_scholar_it_rests_on() {
    let turns = converse(&["why should russia stay friends with china?", "source?"]);
    assert_eq!(turns[0].as_deref(), Some("russia-china-friendship-interest"));
    assert_eq!(turns[1].as_deref(), Some("trenin"), "Trenin's words, not the claim again");
}

#[test]
fn says_who_of_the_authors_claim_is_the_scholar_whose_words_back_it() {
    let turns = converse(&["why is russia friendly with china", "says who?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    // Of a claim the article's own account backs ("This was evident in statements ..."), who
    // says so is the author: the claim itself.
    let turns = converse(&["what are russia's main grievances?", "says who?"]);
    assert_eq!(turns[0].as_deref(), Some("nato-enlargement"));
    assert_eq!(turns[1].as_deref(), Some("nato-enlargement"));
}

#[test]
fn is_that_true_of_someones_forecast_is_the_authors_check_of_it() {
    let turns =
        converse(&["what coalition does mearsheimer foresee against china?", "is that true?"]);
    assert_eq!(turns[0].as_deref(), Some("balancing-coalition"));
    assert_eq!(turns[1].as_deref(), Some("low-trust"), "the author's reply to Mearsheimer");
}

#[test]
fn how_do_we_know_is_what_backs_the_claim() {
    let turns = converse(&[
        "will china replace russia as the security guarantor in central asia?",
        "how do we know that?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("chinese-military-presence"));
    assert_eq!(turns[1].as_deref(), Some("russia-military-alliance"));
}

#[test]
fn who_wrote_it_asks_a_writer_not_a_source() {
    // The op-ed's point links to the op-ed as its `source`, which names no writer: "who wrote
    // it?" (a verb of saying) must not be read as "says who?".
    let turns = replies(&["what did the op-ed call the most serious problem?", "who wrote it?"]);
    assert_eq!(turns[0].1.as_deref(), Some("china-central-asia-presence"));
    assert_eq!(turns[1], (article_qa_bot::conversation::ReplyKind::Declined, None));
    // ... while "says who?" of it is that op-ed.
    let turns = converse(&["what did the op-ed call the most serious problem?", "says who?"]);
    assert_eq!(turns[1].as_deref(), Some("washington-post-op-ed"));
}

#[test]
fn someones_words_are_still_found_after_the_talk_moved_to_the_check() {
    // "is that true?" took the talk from Mearsheimer's coalition to the author's reply; his
    // words on what Russia will do are linked from the entry before, not only his profile.
    let turns = converse(&[
        "what coalition does mearsheimer foresee against china?",
        "is that true?",
        "what exactly did Mearsheimer say?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("low-trust"));
    assert_eq!(turns[2].as_deref(), Some("mearsheimer-prediction"));
}
