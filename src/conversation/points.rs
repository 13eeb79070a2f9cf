//! The points an answer counts ("First, ... Second, ..."), asked by their rank: "whats the
//! first?", "explain the second one", "and the second?".

use super::cues::{ORDINALS, ORDINAL_FRAME, THE_OTHER_OF_TWO};
use super::lead_words::ELABORATE;
use super::reading::{links_of, links_to};
use super::{answer, Responder, Response, Say};
use crate::knowledge::Entry;

/// How many answers before the current one a count of points, or a pair of things named, is
/// looked for in ("and the second?" after the first point's elaboration, which followed the
/// count; "and the other one?" after one of two documents the answer before named).
const COUNTED_BEFORE: usize = 2;

/// The reply to a message asking a point by its rank, of the current answer's count of points
/// or of one just before it; `None` when the message asks none, or no answer counts it.
pub(super) fn counted_point<'r>(
    responder: &'r Responder,
    current: &'r Entry,
    recent: &[String],
    words: &[String],
    text: &str,
    say: Say<'_>,
) -> Option<Response<'r>> {
    let knowledge = responder.knowledge();
    let leads_to = current.more.as_deref().and_then(|id| knowledge.entry(id));
    // The entry linked to `counting` whose quote opens with the point of `rank` ("Second, and
    // relatedly, ..."): it says more of it than the count does. (Each linked quote's words as
    // read once per entry.)
    let opening_with = |counting: &Entry, rank: &str| {
        let linked = counting.why.iter().chain(&counting.more).chain(&counting.related);
        let opens_with_it = |entry: &&Entry| {
            let reading = responder.reading_of(entry, say.language);
            reading.quote_words.first().is_some_and(|first| first == rank)
        };
        linked.filter_map(|id| knowledge.entry(id)).find(opens_with_it)
    };
    // "whats the first?", "and the second one?" after an answer whose quote counts its points
    // ("First, ... Second, ..."): all the article says of each is that quote. (Chinese has no
    // spaces: a short message holding the ordinal.)
    let rank_of = |word: &str| ORDINALS.iter().find(|(ordinal, _)| *ordinal == word);
    let framed = |word: &String| rank_of(word).is_some() || ORDINAL_FRAME.contains(&word.as_str());
    let asked_rank = match words.iter().find_map(|word| rank_of(word)) {
        Some((_, rank)) if words.iter().all(framed) => Some(*rank),
        _ if text.chars().count() <= 8 => ORDINALS
            .iter()
            .find(|(ordinal, _)| !ordinal.is_ascii() && text.contains(ordinal))
            .map(|(_, rank)| *rank),
        _ => None,
    };
    // Whether an answer's quote counts the point of `rank` (its words read once per entry).
    let counts = |entry: &Entry, rank: &str| {
        responder.reading_of(entry, say.language).quote_words.iter().any(|word| word == rank)
    };
    // "explain the second one", "tell me more about the first point": of the points the
    // current quote counts, the linked entry whose quote opens with that point ("Second, and
    // relatedly, ...") says more of it than the count does.
    let elaborated_rank =
        words.iter().find_map(|word| rank_of(word)).map(|(_, rank)| *rank).filter(|_| {
            words.iter().any(|word| ELABORATE.contains(&word.as_str()))
                && words.iter().all(|word| framed(word) || ELABORATE.contains(&word.as_str()))
        });
    if let Some(rank) = elaborated_rank.filter(|rank| counts(current, rank)) {
        if let Some(entry) = opening_with(current, rank) {
            return Some(answer(responder, entry, say));
        }
        // No link opens with the first point: the article elaborates it next, where the
        // answer leads.
        if let (true, Some(entry)) = (rank == "first", leads_to) {
            return Some(answer(responder, entry, say));
        }
    }
    if asked_rank.is_some_and(|rank| counts(current, rank)) {
        return Some(answer(responder, current, say));
    }
    // "and the second?" after the first point's elaboration: the count is in an answer just
    // before, and its point is where that answer leads as above, or the count itself.
    let rank = asked_rank.or(elaborated_rank)?;
    let said = recent.iter().rev().filter(|id| **id != current.id).take(COUNTED_BEFORE);
    let counting = said.filter_map(|id| knowledge.entry(id)).find(|entry| counts(entry, rank))?;
    Some(answer(responder, opening_with(counting, rank).unwrap_or(counting), say))
}

/// The reply to "and the other one?" after one of two things an answer just before named
/// ("which documents does the author cite?", then the doctrine): the other of them, which the
/// answer before links to as it does to the current one, and which is linked with the current
/// one (the two are read together). `None` when the message asks no such thing, the current
/// quote names both countries ("the other one" is the other country's side, which it gives), or
/// no answer before names a pair with the current one.
pub(super) fn the_other_of_two<'r>(
    responder: &'r Responder,
    current: &'r Entry,
    recent: &[String],
    words: &[String],
    text: &str,
    say: Say<'_>,
) -> Option<Response<'r>> {
    let other = |word: &String| THE_OTHER_OF_TWO.contains(&word.as_str());
    let framed = |word: &String| other(word) || ORDINAL_FRAME.contains(&word.as_str());
    let asks_it = words.iter().any(other) && words.iter().all(framed)
        || text.chars().count() <= 8 && text.contains("另一");
    let matcher = responder.matcher_for(say.language);
    if !asks_it || matcher.quote_names_both_protagonists(&current.id) {
        return None;
    }
    let knowledge = responder.knowledge();
    let said = |entry: &Entry| recent.contains(&entry.id);
    let paired = |entry: &&Entry| {
        entry.id != current.id
            && !said(entry)
            && (links_to(current, entry) || links_to(entry, current))
    };
    let before = recent.iter().rev().filter(|id| **id != current.id).take(COUNTED_BEFORE);
    let naming_both =
        before.filter_map(|id| knowledge.entry(id)).find(|entry| links_to(entry, current))?;
    let the_other = links_of(naming_both).filter_map(|id| knowledge.entry(id)).find(paired)?;
    Some(answer(responder, the_other, say))
}
