//! A correction ("no, I meant the CSTO", "no, not the SCO - the other organisation"): what the
//! reader meant instead of the answer just given.

use crate::knowledge::Entry;
use crate::matcher::{Hit, Matcher, Ranking, Verdict};

use super::phrasing::denied_in;
use super::speakers::person_of;

/// The entry a correction means: `rest` is the message `text` after its "no, ...", asked on its
/// own, and anything but the answer it corrects (`current`) and what it says it did not mean
/// ("the SCO" of "not the SCO, the CSTO"). Else the ranking to answer it with on its own.
pub(super) fn meant<'m>(
    matcher: &'m Matcher,
    current: &Entry,
    rest: &str,
    text: &str,
) -> Result<&'m Entry, Ranking<'m>> {
    let denied = match rest.starts_with("not ") {
        true => denied_in(text),
        false => None,
    };
    // What was meant, asked without what was not ("the CSTO" of "not the SCO, the CSTO").
    let meant = denied.as_ref().map(|(_, meant)| meant.as_str()).filter(|m| !m.is_empty());
    // "he" of "no, I meant what he said about NATO" is the person just answered about.
    let named = with_the_person(current, meant.unwrap_or(rest));
    let mut ranking = matcher.ask(named.as_deref().unwrap_or(meant.unwrap_or(rest)));
    let denied = denied.map(|(part, _)| matcher.ask(&part)).and_then(|ranking| {
        let found = ranking.verdict != Verdict::Declined;
        ranking.best().filter(|_| found).map(|hit| hit.entry.id.clone())
    });
    let is_denied = |hit: &Hit<'_>| Some(&hit.entry.id) == denied.as_ref();
    let open = |hit: &&Hit<'_>| hit.entry.id != current.id && !is_denied(hit);
    if let Some(hit) = ranking.ranked.iter().find(open) {
        if hit.score >= matcher.config().min_score {
            return Ok(hit.entry);
        }
    }
    if ranking.best().is_some_and(is_denied) {
        ranking.verdict = Verdict::Declined;
    }
    Err(ranking)
}

/// `asked` with its "he", "him" or "his" (or "she", "her") read as the person `current` gives
/// the view of or is about, when it names one; `None` when it has no such pronoun or no person.
fn with_the_person(current: &Entry, asked: &str) -> Option<String> {
    let person = person_of(current)?;
    let mut replaced = false;
    let words: Vec<String> = asked
        .split(' ')
        .map(|word| match word.to_lowercase().as_str() {
            "he" | "him" | "she" => {
                replaced = true;
                person.to_owned()
            }
            "his" | "her" => {
                replaced = true;
                format!("{person}'s")
            }
            _ => word.to_owned(),
        })
        .collect();
    replaced.then(|| words.join(" "))
}
