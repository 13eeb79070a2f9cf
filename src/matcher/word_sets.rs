//! The compact sets the analyzer keeps while building and matching: the characters of the
//! knowledge base's words, its curated Chinese pairs, and the distinct words met while building.
//! Storage only; what the words mean is [`super::analyze`]'s.

use rustc_hash::FxHashSet as HashSet;

use super::TermId;
use crate::strindex::StrIndex;

/// A set of characters: a bit for each of the Basic Multilingual Plane (8 KB), a sorted list for
/// the rest. Built from every character of every non-ASCII word of the knowledge base, tens of
/// thousands of insertions that a hash set made a few percent of building the index.
#[derive(Default)]
pub(super) struct CharSet {
    plane: Vec<u64>,
    beyond: Vec<char>,
}

impl FromIterator<char> for CharSet {
    fn from_iter<I: IntoIterator<Item = char>>(chars: I) -> CharSet {
        let mut set = CharSet { plane: vec![0; 0x10000 / 64], beyond: Vec::new() };
        for c in chars {
            match usize::try_from(c as u32).ok().filter(|&at| at < 0x10000) {
                Some(at) => set.plane[at / 64] |= 1 << (at % 64),
                None => set.beyond.push(c),
            }
        }
        set.beyond.sort_unstable();
        set.beyond.dedup();
        set
    }
}

impl CharSet {
    pub(super) fn contains(&self, c: &char) -> bool {
        let at = *c as usize;
        match self.plane.get(at / 64) {
            Some(bits) if at < 0x10000 => bits & (1 << (at % 64)) != 0,
            _ => self.beyond.binary_search(c).is_ok(),
        }
    }
}

/// A set of two-character strings (the curated Chinese words of two characters), each kept as
/// its two characters in one number: no string allocated per word while building.
#[derive(Default)]
pub(super) struct HanPairs(HashSet<u64>);

impl HanPairs {
    /// The key of a string of exactly two characters.
    fn key(pair: &str) -> Option<u64> {
        let mut chars = pair.chars();
        match (chars.next(), chars.next(), chars.next()) {
            (Some(first), Some(second), None) => Some((first as u64) << 32 | second as u64),
            _ => None,
        }
    }

    /// Adds `pair`; a string of another length is not added.
    pub(super) fn insert(&mut self, pair: &str) {
        if let Some(key) = Self::key(pair) {
            self.0.insert(key);
        }
    }

    /// Whether `text` is one of the pairs.
    pub(super) fn contains(&self, text: &str) -> bool {
        Self::key(text).is_some_and(|key| self.0.contains(&key))
    }
}

/// About the length of a word of the knowledge base, for sizing buffers of words.
const AVERAGE_WORD_BYTES: usize = 9;

/// What a word of the knowledge base is, once met.
#[derive(Clone, Copy)]
pub(super) enum Surface {
    Stop,
    Term(TermId),
}

/// The distinct words of the knowledge base met while building, in one string: thousands of
/// short words, each its own allocation in a map, were a tenth of the index's fresh memory.
#[derive(Default)]
pub(super) struct SeenWords {
    /// The words, one after another.
    text: String,
    /// Each word's end in `text` (its start is the previous one's end), and what it is.
    words: Vec<(u32, Surface)>,
    index: StrIndex,
}

impl SeenWords {
    pub(super) fn with_capacity(words: usize) -> SeenWords {
        SeenWords {
            text: String::with_capacity(words * AVERAGE_WORD_BYTES),
            words: Vec::with_capacity(words),
            index: StrIndex::with_capacity(words),
        }
    }

    #[inline]
    pub(super) fn get(&self, word: &str) -> Option<Surface> {
        let at = self.index.get(word, |at| word_at(&self.text, &self.words, at))?;
        Some(self.words[at as usize].1)
    }

    /// Adds `word`, which [`Self::get`] has not found.
    pub(super) fn insert(&mut self, word: &str, surface: Surface) {
        self.text.push_str(word);
        let at = self.words.len() as u32;
        self.words.push((self.text.len() as u32, surface));
        let (text, words) = (&self.text, &self.words);
        self.index.insert_new(word, at, |at| word_at(text, words, at));
    }
}

/// Word `at` of [`SeenWords`]'s `text`, by the words' ends.
#[inline]
fn word_at<'t>(text: &'t str, words: &[(u32, Surface)], at: u32) -> &'t str {
    let at = at as usize;
    let start = at.checked_sub(1).map_or(0, |before| words[before].0 as usize);
    &text[start..words[at].0 as usize]
}
