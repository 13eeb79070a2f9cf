//! What the conversation tests share: dialogues run through the responder on the embedded
//! knowledge base, and the small-talk reading of a message on its own.

use article_qa_bot::conversation::{ReplyKind, Request, Responder, State};
use article_qa_bot::Matcher;

/// The kind of reply and the entry id to each of `turns`, asked in one conversation a minute
/// apart.
pub(crate) fn replies(turns: &[&str]) -> Vec<(ReplyKind, Option<String>)> {
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
pub(crate) fn converse(turns: &[&str]) -> Vec<Option<String>> {
    replies(turns).into_iter().map(|(_, entry)| entry).collect()
}

/// The small-talk intent of `message` on its own, or the kind of reply it gets otherwise.
pub(crate) fn small_talk_of(message: &str) -> Result<String, ReplyKind> {
    let responder = Responder::new(Matcher::embedded().expect("the embedded knowledge base loads"));
    let response =
        responder.respond(&mut State::default(), &Request::from_message(message, None), None, 1);
    match (response.kind, response.intent) {
        (ReplyKind::SmallTalk, Some(intent)) => Ok(intent.to_owned()),
        (kind, _) => Err(kind),
    }
}
