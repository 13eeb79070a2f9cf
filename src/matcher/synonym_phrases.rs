//! Synonym phrases: runs of terms read as one concept ("iran nuclear deal"), and the phrases
//! of one word among function words ("at this point") that stand for their group only where
//! the text holds them. How the phrases are collected: [`Analyzer::new`].

use std::borrow::Cow;

use super::analyze::Analyzer;
use super::*;

impl Analyzer {
    /// Maps runs of terms to synonym concepts, longest phrase first. Calls `emit(term, start,
    /// len)` with the token span each term came from. `bound` reads the text the terms are of,
    /// where a bound phrase's word is read as its concept only if it holds the phrase.
    ///
    /// With `with_parts`, a phrase of several words also yields each of its words: entries are
    /// analysed that way, so that "Iran nuclear deal" in an entry still matches a question about
    /// "Iran". Questions are not, so a two-word name does not count twice in a question.
    pub(super) fn apply_synonyms(
        &self,
        raw: &[TermId],
        with_parts: bool,
        bound: &mut BoundReading<'_>,
        mut emit: impl FnMut(TermId, usize, usize),
    ) {
        // Terms interned after the synonyms (words only entries use) start no phrase.
        let single = |id: TermId| self.single_concept.get(id as usize).copied().unwrap_or(id);
        let mut i = 0;
        while i < raw.len() {
            let starts = self.longest_from.get(raw[i] as usize).copied().unwrap_or(0);
            let longest = starts.min(raw.len() - i);
            let phrase = (2..=longest).rev().find_map(|len| {
                let ids = &raw[i..i + len];
                let concept = *self.phrases.get(ids)?;
                // "come up with" is no "come up" ("where does Lavrov come up?"): a phrase ending
                // in a preposition is read only where the text holds it whole.
                let ending = self.phrases_ending_in_a_preposition.iter().find(|(of, _)| of == ids);
                match ending {
                    Some((_, words)) if !bound.holds(words) => None,
                    _ => Some((concept, len)),
                }
            });
            let mut bound_concept = |id: TermId| match self.in_bound_phrase.get(id as usize) {
                Some(true) => bound.concept_of(self, id),
                _ => None,
            };
            match phrase {
                Some((concept, len)) => {
                    emit(concept, i, len);
                    if with_parts {
                        for (offset, &id) in raw[i..i + len].iter().enumerate() {
                            emit(single(id), i + offset, 1);
                        }
                    }
                    i += len;
                }
                None => {
                    // Like a phrase of several words, a bound phrase in an entry also yields
                    // its word: "not a threat" is still about a threat.
                    match bound_concept(raw[i]) {
                        Some(concept) if with_parts => {
                            emit(concept, i, 1);
                            emit(single(raw[i]), i, 1);
                        }
                        Some(concept) => emit(concept, i, 1),
                        None => emit(single(raw[i]), i, 1),
                    }
                    i += 1;
                }
            }
        }
    }
}

/// Whether `text` holds `phrase` as whole words.
pub(super) fn holds_phrase(text: &str, phrase: &str) -> bool {
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(phrase).any(|(at, _)| {
        boundary(text[..at].chars().next_back())
            && boundary(text[at + phrase.len()..].chars().next())
    })
}

/// How many words may come between two words of a bound phrase: "play Beijing and Moscow off
/// against one another" is "play off", "is not seen as a threat" is "not a threat".
const BOUND_PHRASE_GAP: usize = 3;

/// Which bound phrases (see [`Analyzer::bound_phrases`]) one text holds, read when a bound
/// phrase's word is met: the text is split into words once, and each such word looked up once,
/// however many runs of terms (between unknown words) the text has.
pub(super) struct BoundReading<'t> {
    text: &'t str,
    /// Its words, as questions are read ("isnt" of "isn't"); split when first needed.
    words: Option<Vec<Cow<'t, str>>>,
    /// Each bound word met, with the concept of the bound phrase the text holds for it.
    read: Vec<(TermId, Option<TermId>)>,
}

impl<'t> BoundReading<'t> {
    pub(super) fn new(text: &'t str) -> BoundReading<'t> {
        BoundReading { text, words: None, read: Vec::new() }
    }

    /// Whether the text holds the words of `phrase` (see [`holds_loosely`]).
    fn holds(&mut self, phrase: &[String]) -> bool {
        let text = self.text;
        holds_loosely(self.words.get_or_insert_with(|| crate::text::words(text)), phrase)
    }

    /// The concept of a bound phrase of `word` (its term) that the text holds, if any.
    fn concept_of(&mut self, analyzer: &Analyzer, word: TermId) -> Option<TermId> {
        if let Some(&(_, concept)) = self.read.iter().find(|(read, _)| *read == word) {
            return concept;
        }
        let text = self.text;
        let words = self.words.get_or_insert_with(|| crate::text::words(text));
        let concept = analyzer
            .bound_phrases
            .iter()
            .find(|(bound, phrase, _)| *bound == word && holds_loosely(words, phrase))
            .map(|&(_, _, concept)| concept);
        self.read.push((word, concept));
        concept
    }
}

/// Whether `words` hold the words of `phrase` in order, each at most [`BOUND_PHRASE_GAP`] words
/// after the one before.
fn holds_loosely(words: &[Cow<'_, str>], phrase: &[String]) -> bool {
    let Some((first, rest)) = phrase.split_first() else { return false };
    words.iter().enumerate().filter(|(_, word)| *word == first).any(|(start, _)| {
        let mut at = start;
        rest.iter().all(|next| {
            let mut window = words.iter().enumerate().skip(at + 1).take(BOUND_PHRASE_GAP + 1);
            let found = window.find(|(_, word)| *word == next).map(|(i, _)| i);
            found.inspect(|&i| at = i).is_some()
        })
    })
}
