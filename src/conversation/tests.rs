//! The conversation on the fixture knowledge base: commands, small talk, follow-ups in
//! context, and context that expires.

use super::*;
use crate::fixtures::responder;

/// Asks `turns` in one conversation, a minute apart; returns each reply's kind, entry id and
/// context.
fn converse(turns: &[&str]) -> Vec<(ReplyKind, Option<String>, Option<String>)> {
    let responder = responder();
    let mut state = State::default();
    turns
        .iter()
        .enumerate()
        .map(|(i, turn)| {
            let now = 1_000_000 + 60 * i as u64;
            let response =
                responder.respond(&mut state, &Request::from_message(turn, None), None, now);
            (
                response.kind,
                response.entry.map(|entry| entry.id.clone()),
                response.context.map(str::to_owned),
            )
        })
        .collect()
}

fn entry(turn: &(ReplyKind, Option<String>, Option<String>)) -> Option<&str> {
    turn.1.as_deref()
}

#[test]
fn commands_are_parsed_from_text_as_the_bot_and_the_console_read_them() {
    assert_eq!(
        Request::from_message("/start trenin", None),
        Request::Command(Command::Start("trenin".into()))
    );
    assert_eq!(
        Request::from_message("/help@my_bot", Some("My_Bot")),
        Request::Command(Command::Help)
    );
    assert_eq!(
        Request::from_message("/help@other_bot", Some("my_bot")),
        Request::Text("/help@other_bot".into())
    );
    assert_eq!(Request::from_message("/frob", None), Request::UnknownCommand("frob".into()));
    assert_eq!(Request::from_message("who is trenin", None), Request::Text("who is trenin".into()));
    // A deep link answers its entry, as in the bot.
    let turns = converse(&["/start trenin"]);
    assert_eq!((turns[0].0, entry(&turns[0])), (ReplyKind::Answered, Some("trenin")));
}

#[test]
fn small_talk_is_answered_as_such_and_keeps_the_context() {
    let turns = converse(&["hi", "who is trenin", "thanks!", "why?"]);
    assert_eq!(turns[0].0, ReplyKind::SmallTalk);
    assert_eq!(entry(&turns[1]), Some("trenin"));
    assert_eq!(turns[2].0, ReplyKind::SmallTalk);
    // "why?" after thanks is still about Trenin, whose entry has no "why": declined about him.
    assert_eq!(turns[3].0, ReplyKind::Declined);
    assert_eq!(turns[3].2.as_deref(), Some("trenin"));
    // A question with a greeting in it is a question.
    let turns = converse(&["hi, who is trenin?"]);
    assert_eq!(entry(&turns[0]), Some("trenin"));
}

#[test]
fn follow_ups_are_resolved_against_the_current_entry() {
    let turns = converse(&["what does russia fear about nato", "why?"]);
    assert_eq!(entry(&turns[1]), Some("nato"), "the curated why link");
    assert_eq!(turns[1].2.as_deref(), Some("nato"));
    let turns = converse(&["who is dmitri trenin", "tell me more"]);
    assert_eq!(entry(&turns[1]), Some("jets"), "the curated more link");
    let turns = converse(&["who is dmitri trenin", "what does he say?"]);
    assert_eq!(entry(&turns[1]), Some("trenin"), "he is Trenin");
    let turns = converse(&["what is the sco", "no, i meant nato"]);
    assert_eq!(entry(&turns[1]), Some("nato"), "a correction");
}

#[test]
fn a_correction_says_what_it_did_not_mean_up_to_the_punctuation() {
    use super::phrasing::denied_in;
    let pair = |denied: &str, meant: &str| Some((denied.to_owned(), meant.to_owned()));
    assert_eq!(denied_in("No, not the SCO - the other one"), pair("the sco", "the other one"));
    assert_eq!(denied_in("no not trenin but mearsheimer"), pair("trenin", "mearsheimer"));
    assert_eq!(denied_in("not that"), pair("that", ""));
    assert_eq!(denied_in("no, not - I meant the CSTO"), None);
    // "nothing" and "knot" hold no "not".
    assert_eq!(denied_in("nothing, I meant the knot"), None);
}

#[test]
fn a_complete_question_is_answered_on_its_own_whatever_the_context() {
    let turns = converse(&["who is dmitri trenin", "What does Russia sell to China?"]);
    assert_eq!(entry(&turns[1]), Some("jets"));
    assert_eq!(turns[1].2, None, "not read as a follow-up");
}

#[test]
fn a_follow_up_without_context_is_not_resolved() {
    let turns = converse(&["why?"]);
    assert_ne!(turns[0].0, ReplyKind::Answered);
    assert_eq!(turns[0].2, None);
}

#[test]
fn context_expires_when_idle() {
    let responder = responder();
    let mut state = State::default();
    responder.respond(&mut state, &Request::from_message("who is trenin", None), None, 0);
    let later = context::IDLE_EXPIRY_SECS + 1;
    let response =
        responder.respond(&mut state, &Request::from_message("tell me more", None), None, later);
    assert_eq!(response.context, None, "forgotten after the idle expiry");
}

#[test]
fn a_button_sets_the_context() {
    let responder = responder();
    let mut state = State::default();
    responder.respond(&mut state, &Request::Button(Action::Answer("nato".into())), None, 0);
    let response = responder.respond(&mut state, &Request::from_message("why?", None), None, 1);
    assert_eq!(response.context, Some("nato"));
}

#[test]
fn he_points_into_a_group_only_in_asking_who() {
    let words = |text: &str| text.split(' ').map(str::to_owned).collect::<Vec<_>>();
    assert!(speakers::asks_one_of_them(&words("who is he")));
    assert!(speakers::asks_one_of_them(&words("who are they")));
    // "he" asking something else is no pick from the group: its words are read.
    assert!(!speakers::asks_one_of_them(&words("did he mention covid")));
}

#[test]
fn a_quote_goes_past_its_first_sentence_only_after_a_full_stop_that_ends_one() {
    use super::leads::goes_past_its_first_sentence as goes_on;
    assert!(goes_on("The West has tried. The United States had consistently stated it."));
    assert!(goes_on("He said “no.” Then he left."));
    assert!(!goes_on("Opposition to the U.S. presence was something that pushed them closer."));
    assert!(!goes_on(
        "In a study by Dr. Alexander Korolev, it is shown how John J. Mearsheimer erred."
    ));
    assert!(!goes_on("One sentence only."));
}
