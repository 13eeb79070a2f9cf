//! A typo-tolerant dictionary of words: finds the known words within a few edits of a misspelt
//! one without comparing it against every word.
//!
//! It is a deletion-neighbourhood index (as in SymSpell): each known word is stored under every
//! string obtained by deleting up to [`MAX_EDITS`] of its characters, and a query word looks up
//! its own deletions. Two words within `k` edits share a deletion of at most `k` characters each,
//! so the lookup finds every candidate; strsim then checks the few candidates it returns. Cost
//! per query grows with the query word's length, not with the dictionary's size.

use std::collections::HashMap;

/// The most edits any word may differ by; longer words get more (see [`allowed_edits`]).
pub const MAX_EDITS: usize = 2;

/// Returns how many edits a word of `chars` characters may differ by and still match.
///
/// Short words get none: "nato" and "data" are one edit apart but unrelated, and a three-letter
/// word has too many one-edit neighbours to guess from. Words of 8 and more characters are
/// usually names or long terms ("mearsheimer", "enlargement") where two slips are common and
/// collisions rare.
pub fn allowed_edits(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => MAX_EDITS,
    }
}

/// A dictionary of words, each carrying a value, searchable with typos.
#[derive(Debug, Clone, Default)]
pub struct FuzzyDictionary<V> {
    words: Vec<(String, V)>,
    by_deletion: HashMap<String, Vec<u32>>,
    exact: HashMap<String, u32>,
}

/// A dictionary word close to the query word.
#[derive(Debug, Clone, PartialEq)]
pub struct FuzzyMatch<'d, V> {
    /// The dictionary word.
    pub word: &'d str,
    /// Its value.
    pub value: &'d V,
    /// Damerau-Levenshtein distance from the query word.
    pub edits: usize,
    /// Similarity in 0.0..=1.0 (higher is closer): 1 - edits / longer word's length.
    pub similarity: f64,
}

impl<V> FuzzyDictionary<V> {
    /// Creates an empty dictionary.
    pub fn new() -> Self {
        FuzzyDictionary { words: Vec::new(), by_deletion: HashMap::new(), exact: HashMap::new() }
    }

    /// Adds a word; a word already present keeps its first value.
    pub fn insert(&mut self, word: &str, value: V) {
        if self.exact.contains_key(word) {
            return;
        }
        let index = self.words.len() as u32;
        self.exact.insert(word.to_owned(), index);
        self.words.push((word.to_owned(), value));
        let edits = allowed_edits(word.chars().count());
        for deletion in deletions(word, edits) {
            let slot = self.by_deletion.entry(deletion).or_default();
            if slot.last() != Some(&index) {
                slot.push(index);
            }
        }
    }

    /// Returns the number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Returns true when the dictionary has no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Returns the closest word within the edits allowed for both words' lengths, if any.
    ///
    /// Ties go to the word added first, so the result is deterministic.
    pub fn closest(&self, word: &str) -> Option<FuzzyMatch<'_, V>> {
        if let Some(&index) = self.exact.get(word) {
            let (found, value) = &self.words[index as usize];
            return Some(FuzzyMatch { word: found, value, edits: 0, similarity: 1.0 });
        }
        let length = word.chars().count();
        let edits = allowed_edits(length);
        if edits == 0 {
            return None;
        }
        let mut best: Option<(usize, u32)> = None;
        let mut checked: Vec<u32> = Vec::new();
        for deletion in deletions(word, edits) {
            let Some(candidates) = self.by_deletion.get(&deletion) else { continue };
            for &index in candidates {
                if checked.contains(&index) {
                    continue;
                }
                checked.push(index);
                let candidate = &self.words[index as usize].0;
                // Typos at the first letter are rare, and allowing them turns other words into
                // ours ("iphone" into "phone").
                if candidate.chars().next() != word.chars().next() {
                    continue;
                }
                let limit = edits.min(allowed_edits(candidate.chars().count()));
                let distance = edit_distance(word, candidate);
                if distance > limit {
                    continue;
                }
                let better = match best {
                    None => true,
                    Some((best_distance, best_index)) => {
                        (distance, index) < (best_distance, best_index)
                    }
                };
                if better {
                    best = Some((distance, index));
                }
            }
        }
        best.map(|(distance, index)| {
            let (found, value) = &self.words[index as usize];
            let longest = length.max(found.chars().count()).max(1);
            FuzzyMatch {
                word: found,
                value,
                edits: distance,
                similarity: 1.0 - distance as f64 / longest as f64,
            }
        })
    }
}

/// The one place where the string metric is chosen: Damerau-Levenshtein counts a swap of two
/// neighbouring letters ("teh") as one edit, the commonest typo on a phone keyboard.
fn edit_distance(a: &str, b: &str) -> usize {
    strsim::damerau_levenshtein(a, b)
}

/// Returns `word` and every string made by deleting 1..=`edits` of its characters.
fn deletions(word: &str, edits: usize) -> Vec<String> {
    let mut all = vec![word.to_owned()];
    let mut frontier = vec![word.to_owned()];
    for _ in 0..edits {
        let mut next = Vec::new();
        for item in &frontier {
            let chars: Vec<char> = item.chars().collect();
            if chars.len() <= 1 {
                continue;
            }
            for skip in 0..chars.len() {
                let shorter: String =
                    chars.iter().enumerate().filter(|&(i, _)| i != skip).map(|(_, c)| c).collect();
                next.push(shorter);
            }
        }
        next.sort_unstable();
        next.dedup();
        all.extend(next.iter().cloned());
        frontier = next;
    }
    all.sort_unstable();
    all.dedup();
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dictionary(words: &[&str]) -> FuzzyDictionary<usize> {
        let mut dictionary = FuzzyDictionary::new();
        for (i, word) in words.iter().enumerate() {
            dictionary.insert(word, i);
        }
        dictionary
    }

    #[test]
    fn finds_typos_scaled_to_word_length() {
        let d = dictionary(&["mearsheimer", "enlargement", "sukhoi", "nato", "kaczmarski"]);
        assert_eq!(d.closest("mearshimer").map(|m| m.word), Some("mearsheimer"));
        assert_eq!(d.closest("enlargment").map(|m| m.word), Some("enlargement"));
        assert_eq!(d.closest("sukhoy").map(|m| m.word), Some("sukhoi"));
        assert_eq!(d.closest("kaczmarksi").map(|m| m.word), Some("kaczmarski"));
        assert_eq!(d.closest("mersheimr").map(|m| m.edits), Some(2));
    }

    #[test]
    fn short_words_must_match_exactly() {
        let d = dictionary(&["nato", "sco", "data", "phone"]);
        assert!(d.closest("iphone").is_none(), "a different first letter is not a typo");
        assert_eq!(d.closest("nato").map(|m| m.edits), Some(0));
        assert!(d.closest("scp").is_none());
        // "nata" is one edit from both; four letters allow one edit, so the first added wins.
        assert_eq!(d.closest("nata").map(|m| m.word), Some("nato"));
        assert!(d.closest("natoo").is_some());
        assert!(d.closest("xyzw").is_none());
    }

    #[test]
    fn too_many_edits_do_not_match() {
        let d = dictionary(&["sukhoi"]);
        assert!(d.closest("sokhay").is_none());
    }

    #[test]
    fn similarity_is_between_zero_and_one() {
        let d = dictionary(&["enlargement"]);
        let found = d.closest("enlargment").unwrap();
        assert!((found.similarity - (1.0 - 1.0 / 11.0)).abs() < 1e-9);
    }

    #[test]
    fn handles_non_ascii_words() {
        let d = dictionary(&["брюссель", "北京市"]);
        assert_eq!(d.closest("брюсель").map(|m| m.word), Some("брюссель"));
        assert!(d.closest("北京").is_none());
    }
}
