//! A typo-tolerant dictionary of words: finds the known words within a few edits of a misspelt
//! one without comparing it against every word.
//!
//! It is a deletion-neighbourhood index (as in SymSpell): each known word is stored under itself
//! and every string obtained by deleting one of its characters, and a query word looks up its
//! own deletions of up to [`MAX_EDITS`] characters. Any word within one edit shares such a key,
//! and so does any word within two edits that needs at most one deletion to meet the query (a
//! dropped or swapped letter in a long name). strsim then checks the few candidates found. Keys
//! are 32-bit hashes in one vector grouped by bucket, so building allocates little and sorts
//! nothing, and a lookup reads one bucket; cost per query grows with the query word's length, not
//! with the dictionary's size.

use crate::strindex::StrIndex;

/// The most edits any word may differ by; longer words get more (see [`allowed_edits`]).
pub const MAX_EDITS: usize = 2;

/// Words longer than this are never looked up with typos: no real word is that long, and the
/// number of deletions to try grows with the square of the length (a 4096-letter "word" would
/// otherwise cost seconds).
pub const MAX_WORD_CHARS: usize = 32;

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
    /// The upper 32 bits of the hash of the word or of one of its one-character deletions,
    /// then the word's index, as one number. A 32-bit hash is plenty: a collision only adds a
    /// candidate that the edit distance then rejects. Once finished, grouped by bucket (the
    /// hash's top bits): a hash table laid out flat, built by counting, with no sort. Made by
    /// [`Self::finish`], which knows how many there will be.
    keys: Vec<u64>,
    /// Where each bucket's keys start in `keys` (one more than buckets, for the last end).
    bucket_starts: Vec<u32>,
    /// How many top bits of a 32-bit hash pick its bucket.
    bucket_bits: u32,
    /// No word was inserted since the buckets were built.
    finished: bool,
    /// Each word's index in `words`, by the word.
    exact: StrIndex,
}

/// A dictionary word close to the query word.
#[derive(Debug, Clone, PartialEq)]
pub struct FuzzyMatch<'d, V> {
    /// The dictionary word.
    pub word: &'d str,
    /// Its value.
    pub value: &'d V,
    /// Edit distance from the query word (optimal string alignment: a swap of neighbours is one).
    pub edits: usize,
    /// Similarity in 0.0..=1.0 (higher is closer): 1 - edits / longer word's length.
    pub similarity: f64,
}

impl<V> FuzzyDictionary<V> {
    /// Creates an empty dictionary.
    pub fn new() -> Self {
        Self::with_capacity(0)
    }

    /// Creates an empty dictionary with room for `words` words before it grows.
    pub fn with_capacity(words: usize) -> Self {
        FuzzyDictionary {
            words: Vec::with_capacity(words),
            keys: Vec::new(),
            bucket_starts: vec![0, 0],
            bucket_bits: 0,
            finished: true,
            exact: StrIndex::with_capacity(words),
        }
    }

    /// Adds a word; a word already present keeps its first value. Call [`Self::finish`] after
    /// the last insertion and before looking anything up.
    pub fn insert(&mut self, word: &str, value: V) {
        if self.index_of(word).is_some() {
            return;
        }
        let index = self.words.len() as u32;
        self.words.push((word.to_owned(), value));
        let words = &self.words;
        self.exact.insert_new(word, index, |at| words[at as usize].0.as_str());
        self.finished = false;
    }

    /// Builds the lookup keys, grouped by bucket; needed once after insertions.
    pub fn finish(&mut self) {
        // All keys are made here, in a vector of the right size: growing one key by key while
        // inserting reallocated it a dozen times, fresh memory each time.
        let typo_lengths: Vec<Option<usize>> = self
            .words
            .iter()
            .map(|(word, _)| {
                let len = word.chars().count();
                (allowed_edits(len) > 0 && len <= MAX_WORD_CHARS).then_some(len)
            })
            .collect();
        let mut keys = Vec::with_capacity(typo_lengths.iter().flatten().map(|len| len + 1).sum());
        let mut chars: Vec<char> = Vec::with_capacity(MAX_WORD_CHARS);
        let mut hasher = DeletionHasher::default();
        for (index, ((word, _), len)) in self.words.iter().zip(&typo_lengths).enumerate() {
            if len.is_none() {
                continue;
            }
            chars.clear();
            chars.extend(word.chars());
            hasher.load(&chars);
            keys.push(key_of(hasher.whole(), index as u32));
            for skip in 0..chars.len() {
                keys.push(key_of(hasher.without(skip), index as u32));
            }
        }
        self.keys = keys;
        // About one key per bucket: short scans, and the table is no larger than the keys.
        let buckets = self.keys.len().next_power_of_two();
        self.bucket_bits = buckets.trailing_zeros();
        // Each bucket's count, then summed: where each bucket ends. Placing the keys from the
        // last, each bucket's end moves down to its start, in the order the keys came: the
        // one array ends as the starts, with no second array of cursors to fill.
        let mut starts = vec![0u32; buckets + 1];
        for &key in &self.keys {
            starts[self.bucket_of(key)] += 1;
        }
        let mut end = 0;
        for slot in &mut starts[..buckets] {
            end += *slot;
            *slot = end;
        }
        starts[buckets] = end;
        let mut grouped = vec![0u64; self.keys.len()];
        for &key in self.keys.iter().rev() {
            let slot = &mut starts[self.bucket_of(key)];
            *slot -= 1;
            grouped[*slot as usize] = key;
        }
        self.keys = grouped;
        self.bucket_starts = starts;
        self.finished = true;
    }

    /// The bucket of a key (or of a hash in the same upper 32 bits).
    fn bucket_of(&self, key: u64) -> usize {
        match self.bucket_bits {
            0 => 0,
            bits => ((key >> 32) >> (32 - bits)) as usize,
        }
    }

    /// The indexes of the words stored under `hash`, with repeats.
    fn indexes_under(&self, hash: u64) -> impl Iterator<Item = u32> + '_ {
        let bucket = self.bucket_of(hash);
        let range = self.bucket_starts[bucket] as usize..self.bucket_starts[bucket + 1] as usize;
        self.keys[range].iter().filter(move |&&key| key >> 32 == hash >> 32).map(|&key| key as u32)
    }

    /// Returns the value of `word` itself, if it is in the dictionary (no typos).
    pub fn get(&self, word: &str) -> Option<&V> {
        self.index_of(word).map(|index| &self.words[index as usize].1)
    }

    /// The index of `word` itself in `words`, if there.
    fn index_of(&self, word: &str) -> Option<u32> {
        self.exact.get(word, |at| self.words[at as usize].0.as_str())
    }

    /// Returns every word, in the order added.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|(word, _)| word.as_str())
    }

    /// Returns the number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Returns true when the dictionary has no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Returns the closest word within the edits allowed for both words' lengths and starting
    /// with the same letter, if any. Ties go to the word added first, so the result is
    /// deterministic.
    pub fn closest(&self, word: &str) -> Option<FuzzyMatch<'_, V>> {
        debug_assert!(self.finished, "call finish() after inserting");
        self.search(word, |chars, edits| {
            let mut best: Option<(usize, usize)> = None;
            let mut checked: Vec<u32> = Vec::new();
            for hash in deletion_hashes(chars, edits) {
                for index in self.indexes_under(hash) {
                    if checked.contains(&index) {
                        continue;
                    }
                    checked.push(index);
                    self.consider(word, chars, edits, index as usize, &mut best);
                }
            }
            best
        })
    }

    /// The reference for [`Self::closest`]: the same answer, found by comparing the word with every
    /// dictionary word. A known word is a candidate when one of its forms with at most one
    /// character deleted equals one of the query's forms with at most `allowed_edits` deleted
    /// (the rule the hashed index implements); candidates then pass the same first-letter and
    /// edit-distance checks. Its cost grows with the dictionary: for tests and benchmarks only.
    pub fn closest_exhaustive(&self, word: &str) -> Option<FuzzyMatch<'_, V>> {
        self.search(word, |chars, edits| {
            let query_forms = deleted_forms(chars, edits);
            let mut best: Option<(usize, usize)> = None;
            for (index, (candidate, _)) in self.words.iter().enumerate() {
                let candidate: Vec<char> = candidate.chars().collect();
                let indexed =
                    allowed_edits(candidate.len()) > 0 && candidate.len() <= MAX_WORD_CHARS;
                // The same first letter is checked again by `consider`; here it saves building
                // the deleted forms of words that cannot match.
                let same_first = candidate.first() == chars.first();
                let shares_form =
                    || deleted_forms(&candidate, 1).iter().any(|f| query_forms.contains(f));
                if indexed && same_first && shares_form() {
                    self.consider(word, chars, edits, index, &mut best);
                }
            }
            best
        })
    }

    /// What both searches share: an exact hit, the edits allowed for the word's length, and the
    /// match made of the best `(distance, index)` that `candidates` finds.
    fn search(
        &self,
        word: &str,
        candidates: impl FnOnce(&[char], usize) -> Option<(usize, usize)>,
    ) -> Option<FuzzyMatch<'_, V>> {
        if let Some(index) = self.index_of(word) {
            let (found, value) = &self.words[index as usize];
            return Some(FuzzyMatch { word: found, value, edits: 0, similarity: 1.0 });
        }
        let chars: Vec<char> = word.chars().take(MAX_WORD_CHARS + 1).collect();
        let edits = allowed_edits(chars.len());
        if edits == 0 || chars.len() > MAX_WORD_CHARS {
            return None;
        }
        candidates(&chars, edits).map(|(distance, index)| {
            let (found, value) = &self.words[index];
            let longest = chars.len().max(found.chars().count()).max(1);
            FuzzyMatch {
                word: found,
                value,
                edits: distance,
                similarity: 1.0 - distance as f64 / longest as f64,
            }
        })
    }

    /// Keeps dictionary word `index` in `best` if it is close enough to `word` and closer (or as
    /// close and added earlier).
    fn consider(
        &self,
        word: &str,
        chars: &[char],
        edits: usize,
        index: usize,
        best: &mut Option<(usize, usize)>,
    ) {
        let candidate = &self.words[index].0;
        // Typos at the first letter are rare, and allowing them turns other words into ours
        // ("iphone" into "phone").
        if candidate.chars().next() != chars.first().copied() {
            return;
        }
        let limit = edits.min(allowed_edits(candidate.chars().count()));
        let distance = edit_distance(word, candidate);
        // Two slips in one word seldom include its second letter: a word differing there and
        // in another place is most likely another word ("sanctions" and "sections").
        let second_differs = || candidate.chars().nth(1) != chars.get(1).copied();
        if distance <= limit
            && !(distance > 1 && second_differs())
            && best.is_none_or(|best| (distance, index) < best)
        {
            *best = Some((distance, index));
        }
    }
}

/// `chars` and every string made by deleting 1..=`edits` of its characters.
fn deleted_forms(chars: &[char], edits: usize) -> std::collections::HashSet<String> {
    let mut forms = std::collections::HashSet::from([chars.iter().collect::<String>()]);
    let mut frontier = vec![chars.to_vec()];
    for _ in 0..edits {
        let mut next = Vec::new();
        for form in &frontier {
            for skip in 0..form.len() {
                let mut shorter = form.clone();
                shorter.remove(skip);
                if forms.insert(shorter.iter().collect()) {
                    next.push(shorter);
                }
            }
        }
        frontier = next;
    }
    forms
}

/// Polynomial hashes of a word's prefixes, from which the hash of the word with any one or two
/// characters deleted takes a few multiplications instead of a pass over the word.
/// The hash of `c0 c1 .. c(n-1)` is `sum of c(k) * BASE^(n-1-k)`, wrapping; collisions only add
/// candidates, which the edit distance then rejects.
#[derive(Debug, Clone, Default)]
struct DeletionHasher {
    /// `prefix[i]`: the hash of the first `i` characters.
    prefix: Vec<u64>,
    /// `power[k]`: `BASE^k`.
    power: Vec<u64>,
}

impl DeletionHasher {
    /// An odd constant with well-spread bits (FxHash's).
    const BASE: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn load(&mut self, chars: &[char]) {
        self.prefix.clear();
        self.prefix.push(0);
        self.power.clear();
        self.power.push(1);
        for &c in chars {
            let last = self.prefix[self.prefix.len() - 1];
            self.prefix.push(last.wrapping_mul(Self::BASE).wrapping_add(u64::from(u32::from(c))));
            let power = self.power[self.power.len() - 1];
            self.power.push(power.wrapping_mul(Self::BASE));
        }
    }

    fn len(&self) -> usize {
        self.prefix.len() - 1
    }

    /// The hash of characters `from..to`.
    fn span(&self, from: usize, to: usize) -> u64 {
        self.prefix[to].wrapping_sub(self.prefix[from].wrapping_mul(self.power[to - from]))
    }

    /// The hash of the whole word.
    fn whole(&self) -> u64 {
        finish_hash(self.prefix[self.len()])
    }

    /// The hash of the word without the character at `skip`.
    fn without(&self, skip: usize) -> u64 {
        let n = self.len();
        let before = self.prefix[skip].wrapping_mul(self.power[n - 1 - skip]);
        finish_hash(before.wrapping_add(self.span(skip + 1, n)))
    }

    /// The hash of the word without the characters at `first` and `second` (`first < second`).
    fn without_two(&self, first: usize, second: usize) -> u64 {
        let n = self.len();
        let before = self.prefix[first].wrapping_mul(self.power[n - 2 - first]);
        let between = self.span(first + 1, second).wrapping_mul(self.power[n - 1 - second]);
        finish_hash(before.wrapping_add(between).wrapping_add(self.span(second + 1, n)))
    }
}

/// Spreads a polynomial hash's bits into the upper half, which the index keys keep.
fn finish_hash(hash: u64) -> u64 {
    (hash ^ (hash >> 31)).wrapping_mul(0x94_d0_49_bb_13_31_11_eb)
}

/// The index key of a word (by `index`) under `hash`: see [`FuzzyDictionary::keys`].
fn key_of(hash: u64, index: u32) -> u64 {
    (hash >> 32) << 32 | u64::from(index)
}

/// Hashes of `chars` and of every string made by deleting 1..=`edits` of its characters.
fn deletion_hashes(chars: &[char], edits: usize) -> Vec<u64> {
    let mut hasher = DeletionHasher::default();
    hasher.load(chars);
    let mut hashes = vec![hasher.whole()];
    for first in 0..chars.len() {
        hashes.push(hasher.without(first));
        if edits >= 2 {
            for second in first + 1..chars.len() {
                hashes.push(hasher.without_two(first, second));
            }
        }
    }
    hashes.sort_unstable();
    hashes.dedup();
    hashes
}

/// The one place where the string metric is chosen: optimal string alignment counts a swap of
/// two neighbouring letters ("teh") as one edit, the commonest typo on a phone keyboard, and is
/// cheaper than full Damerau-Levenshtein.
fn edit_distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dictionary(words: &[&str]) -> FuzzyDictionary<usize> {
        let mut dictionary = FuzzyDictionary::new();
        for (i, word) in words.iter().enumerate() {
            dictionary.insert(word, i);
        }
        dictionary.finish();
        dictionary
    }

    #[test]
    fn finds_typos_scaled_to_word_length() {
        let d = dictionary(&["mearsheimer", "enlargement", "sukhoi", "nato", "kaczmarski"]);
        assert_eq!(d.closest("mearshimer").map(|m| m.word), Some("mearsheimer"));
        assert_eq!(d.closest("enlargment").map(|m| m.word), Some("enlargement"));
        assert_eq!(d.closest("sukhoy").map(|m| m.word), Some("sukhoi"));
        assert_eq!(d.closest("kaczmarksi").map(|m| m.word), Some("kaczmarski"));
        // Two edits on a long word, when the known word needs at most one deletion to meet it.
        assert_eq!(d.closest("meearsheimerr").map(|m| m.edits), Some(2));
    }

    #[test]
    fn two_slips_seldom_include_the_second_letter() {
        let d = dictionary(&["sections", "mearsheimer"]);
        assert!(d.closest("sanctions").is_none(), "another word, not two slips");
        // One slip there is a typo; two slips elsewhere are too.
        assert_eq!(d.closest("sextions").map(|m| m.word), Some("sections"));
        assert_eq!(d.closest("mearrsheimerr").map(|m| m.edits), Some(2));
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
    fn very_long_words_are_not_looked_up() {
        let d = dictionary(&["enlargement"]);
        assert!(d.closest(&"x".repeat(100_000)).is_none());
        assert!(d.closest(&format!("enlargement{}", "s".repeat(40))).is_none());
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
    fn exhaustive_search_agrees_with_the_index() {
        let words = ["mearsheimer", "enlargement", "sukhoi", "nato", "kaczmarski", "phone"];
        let d = dictionary(&words);
        let queries = ["mearshimer", "enlargment", "sukhoy", "nata", "meearsheimerr", "iphone"];
        for query in queries.iter().chain(&["xyz", "enlargemnet", "kacmarksi", "phnoe"]) {
            assert_eq!(d.closest(query), d.closest_exhaustive(query), "{query}");
        }
        // Two substitutions need a deletion on each side twice: neither path finds them.
        assert_eq!(d.closest_exhaustive("enlergemant"), None);
    }

    #[test]
    fn handles_non_ascii_words() {
        let d = dictionary(&["брюссель", "北京市"]);
        assert_eq!(d.closest("брюсель").map(|m| m.word), Some("брюссель"));
        assert!(d.closest("北京").is_none());
    }
}
