//! Sentences a reader writes before the question: about themselves, their day, what they read.
//! The question after them is asked on its own when the whole message finds nothing.

use crate::support::*;

#[test]
fn a_question_after_sentences_of_its_own_is_asked_alone() {
    // The lead-in's words ("commute", "story") weighed against every entry: declined.
    let english = matcher();
    assert_eq!(
        answered_id(
            &english,
            "Morning! Long commute today so I'm catching up on news, and I keep seeing \
             Afghanistan in every story. How does the US leaving Afghanistan come into this piece?"
        ),
        Some("afghanistan-withdrawal")
    );
    assert_eq!(
        answered_id(
            &english,
            "Different angle for another story: why does Turkey come up in the article?"
        ),
        Some("turkey-jets-offer")
    );
    // "that" opening a claim points to nothing before it.
    assert_eq!(
        answered_id(
            &english,
            "The piece claims the relationship is solid. What's the evidence that Moscow still \
             sells Beijing top-end weapons?"
        ),
        Some("sukhoi-35")
    );
}

#[test]
fn a_question_pointing_back_to_its_lead_in_is_not_asked_alone() {
    // Alone, "that line" and "the Kremlin say back" find entries the message does not ask.
    let english = matcher();
    for message in [
        "The West always swears NATO is harmless. Does the article bring up that line?",
        "Did Putin answer Kerry? What did the Kremlin say back?",
    ] {
        assert_eq!(answered_id(&english, message), None, "{message}");
    }
}

#[test]
fn a_sentence_on_the_readers_life_is_no_part_of_the_question() {
    // "Soviet" and "news" weighed against the treaty: declined.
    let english = matcher();
    assert_eq!(
        answered_id(
            &english,
            "I grew up on Soviet news. Which treaty between the two countries has a jubilee \
             this year?"
        ),
        Some("good-neighborliness-treaty")
    );
    assert_eq!(
        answered_id(&english, "I lived in Moscow for years. Why does Russia fear NATO?"),
        Some("nato-enlargement")
    );
}

#[test]
fn a_name_the_reader_keeps_seeing_is_the_topic() {
    // The clause "I keep seeing ..." was cut to its end, name and all, and "I'm a student and"
    // then read as a preamble: the main argument, of "argument" alone.
    let english = matcher();
    assert_eq!(
        answered_id(
            &english,
            "I'm a student and I keep seeing the name Kaczmarski. Who is he and what's his \
             argument?"
        ),
        Some("kaczmarski")
    );
    // Guard: what is seen after the question is no topic ("... I keep seeing?").
    assert_eq!(
        answered_id(&english, "What's this condominium idea I keep seeing?"),
        Some("gabuev-condominium")
    );
}

#[test]
fn a_relative_that_after_a_lead_in_points_nowhere() {
    // "that's" of "the Glasgow academic that's sceptical" was read as pointing back to the
    // lead-in, so the question was not asked alone: declined.
    let english = matcher();
    let question = "I just got back from a long walk and finally read this piece on my phone. \
                    Who's the Glasgow academic that's sceptical about the partnership?";
    assert_eq!(answered_id(&english, question), Some("kaczmarski"));
    let says = "Long day at work. Who is the scholar that says the ties are not set in stone?";
    assert_eq!(answered_id(&english, says), Some("kaczmarski"));
}

#[test]
fn a_journalists_brief_is_what_the_answer_is_for() {
    // "brief" was read as a word of the question the article lacks: declined.
    let english = matcher();
    let question = "For a news brief - how does Lavrov describe the growth of NATO toward Russia?";
    assert_eq!(answered_id(&english, question), Some("lavrov-nato-root-cause"));
    // Guard: "brief" in the question itself is still its word ("be brief" asks nothing else).
    assert_eq!(
        answered_id(&english, "Be brief: how does Lavrov describe NATO's growth?"),
        Some("lavrov-nato-root-cause")
    );
}

#[test]
fn a_change_of_subject_without_its_comma_leads_into_the_question() {
    let m = matcher();
    // "btw" kept the question from being read as "who is the current ...?": Kerry, who held
    // the office then, was answered.
    assert_eq!(answered_id(&m, "btw who is the current US secretary of state?"), None);
    assert_eq!(answered_id(&m, "btw who took the photo?"), Some("photo-credit"));
}
