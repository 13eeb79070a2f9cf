//! The answer matcher: finds the knowledge-base entry that answers a reader's question.
//!
//! Pure library code: no I/O, no Telegram, no clock. Build a [`Matcher`] once from a validated
//! [`Knowledge`] base, then call [`Matcher::ask`] as often as needed, from any thread.
//!
//! How a question is scored:
//! 1. Text becomes terms: normalised ([`crate::text::normalize`]), split into words, stop words
//!    dropped, stemmed (Snowball English), misspelt words mapped to the nearest known word
//!    ([`crate::fuzzy`]), and synonyms and abbreviations mapped to one concept ("US", "America"
//!    and "Washington" are the same term).
//! 2. Each term weighs by its rarity across entries (inverse document frequency), so "Trenin"
//!    counts for much more than "Russia". Words the knowledge base has never seen weigh the most:
//!    a question about something else is mostly made of them.
//! 3. An entry's score mixes *coverage* (how much of the question's weight the entry's keywords,
//!    title, sample questions, answer and quote explain) with *question similarity* (how closely
//!    the question resembles one of the entry's sample questions, extra words counting against).
//!    Both are in 0..=1, so the score is a confidence in 0..=1.
//!
//! Candidates come from an inverted index (term to entries and sample questions), so the cost of
//! a question depends on its terms, not on how many entries there are.

// FxHash: the keys are our own short words and ids, not attacker-chosen at scale, and
// hashing dominates building the index with the default SipHash.
use std::borrow::Cow;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use rust_stemmers::{Algorithm, Stemmer};

use crate::knowledge::QuestionKind;

use crate::fuzzy::{allowed_edits, FuzzyDictionary, MAX_EDITS, MAX_WORD_CHARS};
use crate::knowledge::{Entry, Knowledge};
use crate::text::{for_each_word, normalize, normalize_into};

/// Stems of the shipped knowledge files' words, worked out by `build.rs` with the same stemmer
/// (stemming was a third of building the index). Sorted by word.
mod known_stems {
    include!(concat!(env!("OUT_DIR"), "/stems.rs"));
}

/// The stem of `word`, from the build-time table when it is there.
fn stem<'w>(stemmer: &Stemmer, word: &'w str) -> Cow<'w, str> {
    match known_stems::STEMS.binary_search_by(|&(known, _)| known.cmp(word)) {
        Ok(at) => Cow::Borrowed(known_stems::STEMS[at].1),
        Err(_) => stemmer.stem(word),
    }
}

/// Tuning of the matcher. Every number is a named constant with the reason for its value.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchConfig {
    /// Scores below this are declined: the article does not answer the question.
    pub min_score: f64,
    /// When the runner-up is within this much of the best, the result is [`Verdict::Ambiguous`].
    pub ambiguity_margin: f64,
    /// How many ranked entries an [`Answer`] keeps (the best and its runners-up).
    pub max_ranked: usize,
    /// Only this many bytes of a question (UTF-8) are read; see [`MAX_QUERY_BYTES`].
    pub max_query_bytes: usize,
    /// Only this many distinct terms of a question are scored; see [`MAX_QUERY_TERMS`].
    pub max_query_terms: usize,
    /// Share of coverage in the score; the rest is question similarity. See [`COVERAGE_SHARE`].
    pub coverage_share: f64,
    /// How strongly a term in each field of an entry ties the entry to it.
    pub fields: FieldWeights,
    /// How much more an unknown word weighs than the rarest known term; see
    /// [`UNKNOWN_TERM_FACTOR`].
    pub unknown_term_factor: f32,
    /// What is left of an entry's coverage when the question asks for a time, a place or a
    /// number and the entry does not give one; see [`FACT_KIND_MISMATCH`].
    pub fact_kind_mismatch: f64,
    /// The same for a person, a reason or a recommendation; see [`ROUTE_KIND_MISMATCH`].
    pub route_kind_mismatch: f64,
}

/// How strongly a term found in each field of an entry says the entry is about it, in 0..=1.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldWeights {
    /// Curated keywords: chosen to be distinctive.
    pub keyword: f32,
    /// The title.
    pub title: f32,
    /// Sample questions: close paraphrases of what readers ask.
    pub question: f32,
    /// The answer: our words, with incidental ones.
    pub answer: f32,
    /// The quote: the article's words, with incidental ones.
    pub quote: f32,
}

impl FieldWeights {
    /// Keywords count fully; titles and sample questions nearly so; answers and quotes also carry
    /// words that are not what the entry is about, so a match there counts for less.
    pub const DEFAULT: FieldWeights =
        FieldWeights { keyword: 1.0, title: 0.9, question: 0.75, answer: 0.4, quote: 0.3 };
}

/// Default decline threshold: tuned on the project's own question tables so that off-topic
/// questions that reuse one of the article's names ("How old is Putin?") fall below it while
/// short keyword queries ("kerry quote") stay above.
pub const MIN_SCORE: f64 = 0.44;
/// Default ambiguity margin: closer than this, the two best entries explain the question about
/// equally well and asking the reader is better than guessing.
pub const AMBIGUITY_MARGIN: f64 = 0.02;
/// Entries at least this alike (see [`Matcher::near_duplicates`]) are reported by `check`: on
/// the shipped knowledge base, the most alike distinct entries (Xi Jinping and Vladimir Putin,
/// two leaders described in parallel) are at 0.74, so 0.8 flags only entries that would compete
/// for the same questions.
pub const NEAR_DUPLICATE_SIMILARITY: f64 = 0.8;
/// Default number of ranked entries: the answer plus three alternatives fill a row of buttons.
pub const MAX_RANKED: usize = 4;
/// Default cap on what is read of a question, in UTF-8 bytes: a question is rarely longer than
/// a few hundred characters, and the cap bounds the cost of a 4096-character message. Bytes,
/// not characters, because a character outside ASCII costs several times more to normalise
/// and split, and takes two to four bytes: English is read to its 1000th character, Cyrillic
/// to its 500th, Chinese to its 333rd.
pub const MAX_QUERY_BYTES: usize = 1000;
/// Default cap on distinct terms scored, for the same reason.
pub const MAX_QUERY_TERMS: usize = 48;

impl MatchConfig {
    /// The defaults, as documented on each constant.
    pub const DEFAULT: MatchConfig = MatchConfig {
        min_score: MIN_SCORE,
        ambiguity_margin: AMBIGUITY_MARGIN,
        max_ranked: MAX_RANKED,
        max_query_bytes: MAX_QUERY_BYTES,
        max_query_terms: MAX_QUERY_TERMS,
        coverage_share: COVERAGE_SHARE,
        fields: FieldWeights::DEFAULT,
        unknown_term_factor: UNKNOWN_TERM_FACTOR,
        fact_kind_mismatch: FACT_KIND_MISMATCH,
        route_kind_mismatch: ROUTE_KIND_MISMATCH,
    };
}

impl Default for MatchConfig {
    fn default() -> Self {
        MatchConfig::DEFAULT
    }
}

/// Default share of coverage in the score; the rest is question similarity. Coverage finds the entries
/// that explain the question; similarity picks, among entries that share a name, the one whose
/// sample question reads like the reader's.
pub const COVERAGE_SHARE: f64 = 0.8;

/// When a question asks when, where, how many or how old and an entry does not give that fact (its
/// curated `gives`), this much of the entry's score is left: the entry shares the question's
/// words but cannot answer it as asked ("In what year did the U.S. leave the ABM Treaty?" of an
/// entry that only names the withdrawal), so it should fall below the decline threshold unless
/// nothing else fits far better.
pub const FACT_KIND_MISMATCH: f64 = 0.5;
/// When a question asks who, why or what should be done and an entry does not give that, this
/// much of its score is left: milder than [`FACT_KIND_MISMATCH`], because such a question is
/// often answered in part by the entry on the situation, but enough that the sibling giving the
/// cause or the recommendation wins even when the situation's sample questions read closer
/// (0.8 and 0.7 left "Should the U.S. team up with Russia?" with the forecast, not the advice).
pub const ROUTE_KIND_MISMATCH: f64 = 0.6;

/// A word found in one sample question only, of an entry with at least this many, is incidental
/// to the entry: fewer, and one question may be all the entry has on a real aspect of itself.
const INCIDENTAL_AMONG: usize = 4;
/// How much an incidental word (see [`INCIDENTAL_AMONG`]) ties an entry to it, relative to a
/// word of the entry's sample questions that several share.
const INCIDENTAL_FACTOR: f32 = 0.5;

/// By default, an unknown word weighs this much more than the rarest known term: the knowledge base has
/// never heard of it, which is strong evidence that the question is about something else.
pub const UNKNOWN_TERM_FACTOR: f32 = 1.4;
/// Unknown words this short weigh less: they are more often slang, typos or noise ("pls", "ok")
/// than content.
const SHORT_UNKNOWN_CHARS: usize = 3;
/// Weight factor for the short unknown words above.
const SHORT_UNKNOWN_FACTOR: f32 = 0.4;
/// Unknown numbers weigh less than unknown words: a year the article does not mention ("in 2001")
/// often decorates an in-scope question, but still counts against it.
const UNKNOWN_NUMBER_FACTOR: f32 = 0.5;

/// Words that ask for one specific kind of fact (an age, a number, a price, a place of birth).
/// When an entry does not contain such a word, it most likely does not give that fact ("How old
/// is Putin?" is not answered by who Putin is), so the word weighs more against that entry; an
/// entry that has the word gains no more than for any other word. Size words that are mostly
/// adjectives ("big breakthroughs") are not here: after "how" they are in [`HOW_QUANTITY`].
const FACT_WORDS: &[&str] = &[
    "old",
    "age",
    "aged",
    "born",
    "birth",
    "birthday",
    "died",
    "death",
    "many",
    "number",
    "cost",
    "costs",
    "price",
    "budget",
    "gdp",
    "population",
    "capital",
    "headquarters",
    "headquartered",
    "founded",
    "launched",
    "wife",
    "husband",
    "married",
    "children",
    "salary",
    "height",
    "tall",
    "size",
    "range",
    "speed",
    "engines",
    "ceo",
    "weather",
    "score",
    "pay",
    "paid",
    "when",
    "where",
    // Roles and offices: "who is the president of Tajikistan" asks for a person the article
    // may not name, and an entry about Tajikistan does not answer it.
    "president",
    "head",
    "secretary",
    "minister",
    "chairman",
    "director",
    "founder",
    // Facts after the article was written.
    "current",
    "currently",
    "today",
    "latest",
    "finally",
];

/// Words that, after "how", ask for a quantity: "how many", "how long". Not "much": "how much do
/// they trust each other" asks for a degree, which the article may well give; amounts of money
/// are caught by "cost", "pay" and "price".
const HOW_QUANTITY: &[&str] = &["many", "long", "big", "large", "far", "often", "tall", "old"];

/// How much more a fact word weighs, against an entry that lacks it, than its rarity alone.
pub const FACT_WORD_FACTOR: f32 = 2.5;

/// Function words that carry no topic. Question words are here too: "who" and "what" appear in
/// questions about every entry.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "abt",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "anything",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "both",
    "but",
    "by",
    "can",
    "cant",
    "could",
    "couldnt",
    "curious",
    "d",
    "did",
    "didnt",
    "do",
    "does",
    "doesnt",
    "doing",
    "done",
    "dont",
    "each",
    "else",
    "even",
    "ever",
    "every",
    "exactly",
    "explain",
    "few",
    "for",
    "from",
    "get",
    "gets",
    "getting",
    "give",
    "go",
    "going",
    "got",
    "had",
    "has",
    "have",
    "having",
    "he",
    "hello",
    "her",
    "here",
    "hers",
    "hey",
    "hi",
    "him",
    "his",
    "how",
    "hw",
    "i",
    "id",
    "if",
    "im",
    "in",
    "into",
    "is",
    "isnt",
    "it",
    "its",
    "ive",
    "just",
    "kind",
    "know",
    "let",
    "lets",
    "like",
    "ll",
    "m",
    "me",
    "mean",
    "means",
    "more",
    "most",
    "much",
    "my",
    "need",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "ok",
    "okay",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "own",
    "please",
    "pls",
    "plz",
    "quote",
    "quotes",
    "r",
    "re",
    "really",
    "s",
    "said",
    "same",
    "say",
    "says",
    "she",
    "should",
    "so",
    "some",
    "something",
    "such",
    "t",
    "tell",
    "than",
    "thank",
    "thanks",
    "that",
    "thats",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "theres",
    "these",
    "they",
    "thing",
    "things",
    "think",
    "this",
    "those",
    "thx",
    "to",
    "too",
    "u",
    "ur",
    "ve",
    "very",
    "wanna",
    // Chat shorthand: "putin n xi", "fights w the west", "btw".
    "n",
    "w",
    "btw",
    "bc",
    "cuz",
    "coz",
    "idk",
    "imo",
    "tho",
    "want",
    "was",
    "wasnt",
    "wat",
    "we",
    "were",
    "what",
    "whats",
    "whatt",
    "wht",
    "wut",
    "wheres",
    "which",
    "while",
    "who",
    "whom",
    "whos",
    "whose",
    "why",
    "will",
    "with",
    "wo",
    "would",
    "wouldnt",
    "y",
    "ya",
    "yes",
    "you",
    "youre",
    "your",
    "yours",
];

/// What the matcher concluded about a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The best entry answers it.
    Answered,
    /// Two or more entries answer it about equally well; ask the reader which they meant.
    Ambiguous,
    /// No entry answers it well enough: the article does not cover it.
    Declined,
}

/// An entry and how well it matched, 0.0..=1.0 (higher is better).
#[derive(Debug, Clone, Copy)]
pub struct Hit<'m> {
    /// The matched entry.
    pub entry: &'m Entry,
    /// Its position in the knowledge base.
    pub index: usize,
    /// The confidence, in 0.0..=1.0.
    pub score: f64,
    /// Share of the question's weight this entry explains, 0.0..=1.0.
    pub coverage: f64,
    /// Closeness to the entry's nearest sample question, 0.0..=1.0.
    pub similarity: f64,
}

/// The matcher's result for one question.
#[derive(Debug, Clone)]
pub struct Answer<'m> {
    /// What to do with the question.
    pub verdict: Verdict,
    /// The best-scoring entries, best first (at most [`MatchConfig::max_ranked`]); present even
    /// when the question is declined, as the nearest things the article does cover.
    pub ranked: Vec<Hit<'m>>,
}

impl<'m> Answer<'m> {
    /// Returns the answering entry, unless the question was declined.
    pub fn best(&self) -> Option<&Hit<'m>> {
        match self.verdict {
            Verdict::Declined => None,
            Verdict::Answered | Verdict::Ambiguous => self.ranked.first(),
        }
    }

    /// Returns the best score, 0.0 when nothing matched at all.
    pub fn score(&self) -> f64 {
        self.ranked.first().map_or(0.0, |hit| hit.score)
    }

    /// Returns the runners-up: every ranked entry after the best.
    pub fn runners_up(&self) -> &[Hit<'m>] {
        self.ranked.get(1..).unwrap_or(&[])
    }
}

/// Where a question's terms were found in one entry; see [`Matcher::explain_entry`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntryMatch {
    /// Each known term of the question, with the fields of the entry that contain it (empty:
    /// the entry lacks it).
    pub terms: Vec<(String, Vec<String>)>,
    /// The entry's sample question closest to the question, if any shares a term.
    pub closest_question: Option<String>,
}

/// A sample question that the matcher answers with another entry; see
/// [`Matcher::misrouted_questions`].
#[derive(Debug, Clone)]
pub struct Misrouted<'m> {
    /// The entry the sample question belongs to.
    pub entry: &'m Entry,
    /// The sample question.
    pub question: &'m str,
    /// The entry that ranks first instead.
    pub answered_by: &'m Entry,
    /// That entry's score.
    pub score: f64,
    /// The question's own entry's score, when it is among the ranked entries.
    pub own_score: Option<f64>,
    /// The two are so close that the bot asks "did you mean" and offers the own entry too:
    /// less wrong, but still not a straight answer.
    pub offered: bool,
}

/// Two entries that are about the same thing; see [`Matcher::near_duplicates`].
#[derive(Debug, Clone)]
pub struct NearDuplicate<'m> {
    /// The earlier entry.
    pub first: &'m Entry,
    /// The later entry.
    pub second: &'m Entry,
    /// Cosine similarity of their weighted terms, 0..=1.
    pub similarity: f64,
}

type TermId = u32;

/// How a word of the question was recognised.
#[derive(Debug, Clone, PartialEq)]
pub enum TermSource {
    /// The word's stem is a known term.
    Exact,
    /// The word was misspelt; it matched a known word with this similarity (0..1).
    Fuzzy {
        /// The known word it was taken for.
        known: String,
        /// Similarity, 0.0..=1.0.
        similarity: f64,
    },
    /// The word is unknown to the knowledge base.
    Unknown,
}

/// A word of a question resolved: its known term (exact or fuzzy) with the strength of the match,
/// or none, and how it was recognised.
type Resolved = (Option<TermId>, f32, TermSource);

/// One term of an analysed question, for explanations.
#[derive(Debug, Clone)]
pub struct QueryTerm {
    /// The words of the question it came from.
    pub words: String,
    /// The term it became: a stem, or `~concept` for a synonym group.
    pub term: String,
    /// How it was recognised.
    pub source: TermSource,
    /// Its weight in the question (rarity across entries).
    pub weight: f32,
    /// How much a match counts, 0..=1 (less than 1 for a misspelt word).
    pub strength: f32,
}

/// A question turned into terms.
#[derive(Debug, Clone, Default)]
struct Analysed {
    /// (term, weight x strength): known terms only, distinct.
    known: Vec<(TermId, f32)>,
    /// Sum of the weights of all terms, known and unknown.
    total_weight: f32,
    /// Known fact words, with the extra weight they add for an entry that lacks them.
    fact_terms: Vec<(TermId, f32)>,
    /// The kinds of question it asks ([`QuestionKind::bit`]s).
    asks: u8,
    /// Per-term details for explanations.
    details: Vec<QueryTerm>,
}

/// One word of a text after stop words are dropped.
struct Token {
    surface: String,
    /// One of [`FACT_WORDS`].
    asks_for_fact: bool,
}

/// Turns text into terms. Built once; read-only while matching.
struct Analyzer {
    stemmer: Stemmer,
    stop_words: HashSet<&'static str>,
    term_ids: HashMap<String, TermId>,
    term_names: Vec<String>,
    /// Synonym phrases (as term sequences, one term long or more) to their concept term.
    phrases: HashMap<Vec<TermId>, TermId>,
    /// For each term (by id), the length of the longest phrase of two or more terms it starts;
    /// 0 for none. Most words start none, which this answers without hashing.
    longest_from: Vec<usize>,
    /// For each term (by id), the concept it maps to alone (itself when none).
    single_concept: Vec<TermId>,
    /// Every word seen in the knowledge base, by its surface form, to its stem's term.
    dictionary: FuzzyDictionary<TermId>,
    /// Every non-ASCII character of a knowledge-base word or term. A word of a question with
    /// more characters outside it than typos allowed can match nothing (see [`Self::can_match`]).
    alphabet: HashSet<char>,
    /// While building: every distinct word of the knowledge base met so far, so that each is
    /// looked up once (stop word, or its term) and stemmed once. Emptied once built.
    seen_words: HashMap<String, Surface>,
    /// One buffer for the raw terms of each text while building.
    raw_scratch: Vec<TermId>,
    /// One buffer for the normalised form of each text while building.
    text_scratch: String,
}

/// What a word of the knowledge base is, once met.
#[derive(Clone, Copy)]
enum Surface {
    Stop,
    Term(TermId),
}

/// Tells, word by word, whether a word is a quantity word after "how" ("how many", "how
/// long"): such a word is content and asks for a fact.
#[derive(Default)]
struct AfterHow {
    previous_was_how: bool,
}

impl AfterHow {
    fn next(&mut self, word: &str) -> bool {
        let quantity = self.previous_was_how && HOW_QUANTITY.contains(&word);
        self.previous_was_how = word == "how";
        quantity
    }
}

impl Analyzer {
    fn new(synonyms: &[Vec<String>]) -> Analyzer {
        let mut analyzer = Analyzer {
            stemmer: Stemmer::create(Algorithm::English),
            stop_words: STOP_WORDS.iter().copied().collect(),
            term_ids: HashMap::default(),
            term_names: Vec::new(),
            phrases: HashMap::default(),
            longest_from: Vec::new(),
            single_concept: Vec::new(),
            dictionary: FuzzyDictionary::new(),
            alphabet: HashSet::default(),
            seen_words: HashMap::default(),
            raw_scratch: Vec::new(),
            text_scratch: String::new(),
        };
        for group in synonyms {
            let Some(head) = group.iter().find(|term| !term.trim().is_empty()) else { continue };
            let concept = analyzer.intern(&format!("~{}", normalize(head.trim())));
            for term in group {
                let mut ids = Vec::new();
                analyzer.intern_tokens(term, &mut ids);
                if ids.is_empty() {
                    continue;
                }
                // The first group to claim a phrase keeps it, so loading order decides, not chance.
                analyzer.phrases.entry(ids).or_insert(concept);
            }
        }
        let terms = analyzer.term_names.len();
        analyzer.longest_from = vec![0; terms];
        analyzer.single_concept = (0..terms as TermId).collect();
        for (ids, &concept) in &analyzer.phrases {
            match ids.as_slice() {
                [single] => analyzer.single_concept[*single as usize] = concept,
                [first, ..] => {
                    let longest = &mut analyzer.longest_from[*first as usize];
                    *longest = (*longest).max(ids.len());
                }
                [] => {}
            }
        }
        analyzer
    }

    fn intern(&mut self, name: &str) -> TermId {
        if let Some(&id) = self.term_ids.get(name) {
            return id;
        }
        let id = self.term_names.len() as TermId;
        self.term_ids.insert(name.to_owned(), id);
        self.term_names.push(name.to_owned());
        id
    }

    fn tokens(&self, text: &str, max_bytes: usize) -> Vec<Token> {
        let mut cut = max_bytes.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = &text[..cut];
        let normalized = normalize(text);
        let mut tokens = Vec::new();
        let mut after_how = AfterHow::default();
        for_each_word(&normalized, |word| {
            let quantity = after_how.next(&word);
            if quantity || !self.stop_words.contains(word.as_ref()) {
                tokens.push(Token {
                    asks_for_fact: quantity || FACT_WORDS.contains(&word.as_ref()),
                    surface: word.into_owned(),
                });
            }
        });
        tokens
    }

    /// The known term of a word, if its stem is one. A word the knowledge base itself uses is
    /// found in the dictionary without stemming it again.
    fn term_of(&self, surface: &str) -> Option<TermId> {
        match self.dictionary.get(surface) {
            Some(&id) => Some(id),
            None => self.term_ids.get(self.stemmer.stem(surface).as_ref()).copied(),
        }
    }

    /// False when `surface` can be no known word, exactly or with typos, nor stem to a known
    /// term: it has more characters that no knowledge-base word or term has (a Cyrillic, CJK or
    /// Thai word) than its typos allowed, and stemming keeps every such character (the English
    /// stemmer only rewrites ASCII suffixes; a test checks it). Spares stemming and typo lookup
    /// of the words of a message in another script, which a long one has dozens of.
    fn can_match(&self, surface: &str) -> bool {
        if surface.is_ascii() {
            return true;
        }
        let foreign = surface.chars().filter(|c| !c.is_ascii() && !self.alphabet.contains(c));
        // Each such character takes one typo to replace or drop. (Words longer than typos are
        // looked up for match nothing either way; counting them as the longest that are is
        // only cautious.)
        let chars = surface.chars().take(MAX_WORD_CHARS).count();
        foreign.take(MAX_EDITS + 1).count() <= allowed_edits(chars)
    }

    /// Appends to `ids` the terms of `text` (its stems, before synonyms), interning new ones
    /// and recording new words for typo lookup. Same words as [`Self::tokens`] (a quantity word
    /// after "how" is never a stop word, see the tests), but each distinct word is looked up
    /// and stemmed once for the whole knowledge base.
    fn intern_tokens(&mut self, text: &str, ids: &mut Vec<TermId>) {
        let mut normalized = std::mem::take(&mut self.text_scratch);
        normalized.clear();
        normalize_into(text, &mut normalized);
        for_each_word(&normalized, |word| {
            if let Some(id) = self.content_term(&word) {
                ids.push(id);
            }
        });
        if normalized.contains('-') {
            self.intern_compounds(&normalized, ids);
        }
        self.text_scratch = normalized;
    }

    /// The term of a word of the knowledge base, `None` for a stop word.
    fn content_term(&mut self, word: &str) -> Option<TermId> {
        match self.seen_words.get(word) {
            Some(&Surface::Term(id)) => return Some(id),
            Some(Surface::Stop) => return None,
            None => {}
        }
        if self.stop_words.contains(word) {
            self.seen_words.insert(word.to_owned(), Surface::Stop);
            return None;
        }
        let id = self.intern_stem(word);
        self.seen_words.insert(word.to_owned(), Surface::Term(id));
        // Words with digits ("2015", "cr929") have no place in the typo dictionary.
        if !word.bytes().any(|b| b.is_ascii_digit()) {
            self.dictionary.insert(word, id);
        }
        Some(id)
    }

    fn intern_stem(&mut self, word: &str) -> TermId {
        let stem = stem(&self.stemmer, word);
        self.intern(&stem)
    }

    /// Hyphenated compounds ("build-up", "post-Cold") are also indexed joined, since readers
    /// often write them as one word ("buildup").
    fn intern_compounds(&mut self, normalized: &str, ids: &mut Vec<TermId>) {
        for compound in normalized.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
            if !compound.contains('-') {
                continue;
            }
            let parts: Vec<&str> = compound.split('-').filter(|p| !p.is_empty()).collect();
            if parts.len() >= 2 && parts.iter().all(|p| p.chars().all(char::is_alphabetic)) {
                let joined = parts.concat();
                let id = match self.dictionary.get(&joined) {
                    Some(&id) => id,
                    None => {
                        let id = self.intern_stem(&joined);
                        self.dictionary.insert(&joined, id);
                        id
                    }
                };
                ids.push(id);
            }
        }
    }

    /// Calls `emit` with the terms of knowledge-base text (with repeats), adding new terms.
    fn analyse_entry_text(&mut self, text: &str, mut emit: impl FnMut(TermId)) {
        let mut raw = std::mem::take(&mut self.raw_scratch);
        raw.clear();
        self.intern_tokens(text, &mut raw);
        self.apply_synonyms(&raw, true, |term, _, _| emit(term));
        self.raw_scratch = raw;
    }

    /// Maps runs of terms to synonym concepts, longest phrase first. Calls `emit(term, start,
    /// len)` with the token span each term came from.
    ///
    /// With `with_parts`, a phrase of several words also yields each of its words: entries are
    /// analysed that way, so that "Iran nuclear deal" in an entry still matches a question about
    /// "Iran". Questions are not, so a two-word name does not count twice in a question.
    fn apply_synonyms(
        &self,
        raw: &[TermId],
        with_parts: bool,
        mut emit: impl FnMut(TermId, usize, usize),
    ) {
        // Terms interned after the synonyms (words only entries use) start no phrase.
        let single = |id: TermId| self.single_concept.get(id as usize).copied().unwrap_or(id);
        let mut i = 0;
        while i < raw.len() {
            let starts = self.longest_from.get(raw[i] as usize).copied().unwrap_or(0);
            let longest = starts.min(raw.len() - i);
            let phrase = (2..=longest)
                .rev()
                .find_map(|len| self.phrases.get(&raw[i..i + len]).map(|&concept| (concept, len)));
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
                    emit(single(raw[i]), i, 1);
                    i += 1;
                }
            }
        }
    }
}

/// The terms of one entry and how strongly it has each, gathered field by field: the strongest
/// field counts. A dense table by term id, reused for every entry, instead of a map per entry.
#[derive(Default)]
struct TermStrengths {
    strength: Vec<f32>,
    present: Vec<bool>,
    /// The terms present, in the order first added.
    terms: Vec<TermId>,
}

impl TermStrengths {
    fn add(&mut self, id: TermId, strength: f32) {
        let at = id as usize;
        if at >= self.present.len() {
            self.present.resize(at + 1, false);
            self.strength.resize(at + 1, 0.0);
        }
        if !self.present[at] {
            self.present[at] = true;
            self.strength[at] = 0.0;
            self.terms.push(id);
        }
        self.strength[at] = self.strength[at].max(strength);
    }

    /// The terms with their strengths, sorted by term, leaving the table empty.
    fn take_sorted(&mut self) -> Vec<(TermId, f32)> {
        self.terms.sort_unstable();
        let sorted = self.terms.iter().map(|&id| (id, self.strength[id as usize])).collect();
        for &id in &self.terms {
            self.present[id as usize] = false;
        }
        self.terms.clear();
        sorted
    }
}

/// One entry of a term's postings, with what bounds the entry's score through that term.
#[derive(Debug, Clone, Copy)]
struct Posting {
    entry: u32,
    /// How strongly the entry has the term (0..=1, or up to 2 for a boosted keyword).
    strength: f32,
    /// The weight of the entry's lightest sample question with the term (infinite: none has
    /// it); the lighter the question, the more alike a short question can be.
    question_weight: f32,
}

/// Term statistics and postings, built once from the knowledge base.
struct Index {
    /// Inverse document frequency of each term.
    idf: Vec<f32>,
    /// Weight given to a word the knowledge base has never seen.
    unknown_idf: f32,
    /// For each term, the entries containing it: the inverted index that finds candidates.
    /// Ordered by impact (strongest first, then lightest sample question), so that a common
    /// term's long list can be cut short once its remaining entries cannot make the best few.
    entry_postings: Vec<Vec<Posting>>,
    /// The largest strength in any posting, for upper bounds on scores.
    max_strength: f32,
    /// The summed idf of each sample question's terms.
    question_weight: Vec<f32>,
    /// For each entry, its terms and how strongly (sorted by term): the forward index that
    /// scores a candidate.
    entry_terms: Vec<Vec<(TermId, f32)>>,
    /// For each entry, its sample questions (indexes into `question_terms`).
    entry_questions: Vec<std::ops::Range<usize>>,
    /// For each sample question, its terms (sorted).
    question_terms: Vec<Vec<TermId>>,
    /// For each entry, the terms of what it says (keywords, title, answer, quote; not its
    /// sample questions), sorted: whether it gives a fact is judged on these.
    content_terms: Vec<Vec<TermId>>,
    /// For each entry, the kinds of question it answers ([`QuestionKind::bit`]s); `None` when
    /// not curated.
    gives: Vec<Option<u8>>,
}

/// Finds the entry that answers a question. See the module documentation for how it scores.
pub struct Matcher {
    knowledge: Knowledge,
    config: MatchConfig,
    analyzer: Analyzer,
    index: Index,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("entries", &self.knowledge.entries.len())
            .field("terms", &self.analyzer.term_names.len())
            .field("config", &self.config)
            .finish()
    }
}

impl Matcher {
    /// Builds the matcher's index over a validated knowledge base.
    pub fn new(knowledge: Knowledge, config: MatchConfig) -> Matcher {
        let mut analyzer = Analyzer::new(&knowledge.synonyms);
        let mut entry_terms: Vec<Vec<(TermId, f32)>> = Vec::with_capacity(knowledge.entries.len());
        let mut question_terms: Vec<(u32, Vec<TermId>)> = Vec::new();
        let mut content_terms: Vec<Vec<TermId>> = Vec::with_capacity(knowledge.entries.len());
        let mut terms = TermStrengths::default();
        let fields = &config.fields;
        for (index, entry) in knowledge.entries.iter().enumerate() {
            // A keyword weight above 1 is a curator's boost; the score stays capped at 1.
            for keyword in &entry.keywords {
                let strength = fields.keyword * keyword.weight;
                analyzer.analyse_entry_text(&keyword.term, |id| terms.add(id, strength));
            }
            analyzer.analyse_entry_text(&entry.title, |id| terms.add(id, fields.title));
            let first_question = question_terms.len();
            for question in &entry.questions {
                let mut ids = Vec::new();
                analyzer.analyse_entry_text(question, |id| ids.push(id));
                ids.sort_unstable();
                ids.dedup();
                question_terms.push((index as u32, ids));
            }
            // A word in only one of many sample questions is incidental to the entry ("old" in
            // "is the photo an old one?"): it counts for less than one most of them share.
            let asked = &question_terms[first_question..];
            let mut in_questions: HashMap<TermId, u32> = HashMap::default();
            for (_, ids) in asked {
                for &id in ids {
                    *in_questions.entry(id).or_insert(0) += 1;
                }
            }
            for (&id, &count) in &in_questions {
                let incidental = count == 1 && asked.len() >= INCIDENTAL_AMONG;
                let factor = if incidental { INCIDENTAL_FACTOR } else { 1.0 };
                terms.add(id, fields.question * factor);
            }
            let mut content = Vec::new();
            for keyword in &entry.keywords {
                analyzer.analyse_entry_text(&keyword.term, |id| content.push(id));
            }
            analyzer.analyse_entry_text(&entry.title, |id| content.push(id));
            analyzer.analyse_entry_text(&entry.answer, |id| {
                terms.add(id, fields.answer);
                content.push(id);
            });
            analyzer.analyse_entry_text(&entry.quote, |id| {
                terms.add(id, fields.quote);
                content.push(id);
            });
            content.sort_unstable();
            content.dedup();
            content_terms.push(content);
            entry_terms.push(terms.take_sorted());
        }

        analyzer.dictionary.finish();
        let known =
            analyzer.dictionary.words().chain(analyzer.term_names.iter().map(String::as_str));
        analyzer.alphabet = known.flat_map(str::chars).filter(|c| !c.is_ascii()).collect();
        analyzer.seen_words = HashMap::default();
        analyzer.raw_scratch = Vec::new();
        analyzer.text_scratch = String::new();
        let term_count = analyzer.term_names.len();
        let entries = knowledge.entries.len() as f32;
        let mut entry_counts = vec![0u32; term_count];
        for &(id, _) in entry_terms.iter().flatten() {
            entry_counts[id as usize] += 1;
        }
        let idf: Vec<f32> = entry_counts
            .iter()
            .map(|&count| (1.0 + entries / (count as f32).max(0.5)).ln())
            .collect();
        let unknown_idf = (1.0 + entries / 0.5).ln() * config.unknown_term_factor;

        let question_weight: Vec<f32> = question_terms
            .iter()
            .map(|(_, ids)| ids.iter().map(|&id| idf[id as usize]).sum())
            .collect();
        // Sample questions were added entry by entry, so each entry's are one run.
        let mut next_question = 0;
        let entry_questions: Vec<std::ops::Range<usize>> = (0..entry_terms.len() as u32)
            .map(|entry| {
                let start = next_question;
                while question_terms.get(next_question).is_some_and(|(e, _)| *e == entry) {
                    next_question += 1;
                }
                start..next_question
            })
            .collect();
        let mut entry_postings: Vec<Vec<Posting>> =
            entry_counts.iter().map(|&count| Vec::with_capacity(count as usize)).collect();
        // For each term of the current entry, its lightest sample question's weight.
        let mut lightest = vec![f32::INFINITY; term_count];
        for (entry, terms) in entry_terms.iter().enumerate() {
            for question in entry_questions[entry].clone() {
                for &id in &question_terms[question].1 {
                    let slot = &mut lightest[id as usize];
                    *slot = slot.min(question_weight[question]);
                }
            }
            for &(id, strength) in terms {
                let question_weight = std::mem::replace(&mut lightest[id as usize], f32::INFINITY);
                entry_postings[id as usize].push(Posting {
                    entry: entry as u32,
                    strength,
                    question_weight,
                });
            }
        }
        for postings in &mut entry_postings {
            postings.sort_unstable_by(|a, b| {
                b.strength
                    .total_cmp(&a.strength)
                    .then(a.question_weight.total_cmp(&b.question_weight))
                    .then(a.entry.cmp(&b.entry))
            });
        }
        let question_terms = question_terms.into_iter().map(|(_, ids)| ids).collect();
        let max_strength =
            entry_terms.iter().flatten().map(|&(_, strength)| strength).fold(0.0, f32::max);

        let index = Index {
            idf,
            unknown_idf,
            entry_postings,
            max_strength,
            question_weight,
            entry_terms,
            entry_questions,
            question_terms,
            content_terms,
            gives: knowledge
                .entries
                .iter()
                .map(|entry| {
                    entry.gives.as_ref().map(|kinds| kinds.iter().fold(0, |bits, k| bits | k.bit()))
                })
                .collect(),
        };
        Matcher { knowledge, config, analyzer, index }
    }

    /// Returns the knowledge base the matcher answers from.
    pub fn knowledge(&self) -> &Knowledge {
        &self.knowledge
    }

    /// Returns the matcher's configuration.
    pub fn config(&self) -> &MatchConfig {
        &self.config
    }

    /// Matches a question: the verdict and the best entries with scores in 0.0..=1.0.
    ///
    /// ```
    /// use article_qa_bot::knowledge::Knowledge;
    /// use article_qa_bot::matcher::{MatchConfig, Matcher, Verdict};
    /// let matcher = Matcher::new(Knowledge::embedded()?, MatchConfig::DEFAULT);
    /// let answer = matcher.ask("who is dmitri trenin?");
    /// assert_eq!(answer.verdict, Verdict::Answered);
    /// assert_eq!(answer.best().map(|hit| hit.entry.id.as_str()), Some("trenin"));
    /// assert_eq!(matcher.ask("best pizza topping?").verdict, Verdict::Declined);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ask(&self, question: &str) -> Answer<'_> {
        let analysed = self.analyse(question, Search::Indexed);
        self.rank(&analysed)
    }

    /// The reference implementation of [`Self::ask`]: the same answer, found without the indexes.
    /// Every entry is scored, and each word of the question that is not a known term is compared
    /// with every known word. Its cost grows with the knowledge base, so it exists to prove the
    /// indexed path right (a test compares the two on every test question) and to measure what
    /// the indexes save; do not use it to answer readers.
    pub fn ask_exhaustive(&self, question: &str) -> Answer<'_> {
        let analysed = self.analyse(question, Search::Exhaustive);
        self.rank_exhaustive(&analysed)
    }

    /// Returns the entry that answers `question`, or `None` if the best score is below the
    /// decline threshold. Scores are in 0.0..=1.0; higher is more similar.
    pub fn best(&self, question: &str) -> Option<Hit<'_>> {
        self.ask(question).best().copied()
    }

    /// Returns the terms the question was analysed into, with their weights, for explanations.
    pub fn explain_terms(&self, question: &str) -> Vec<QueryTerm> {
        self.analyse(question, Search::Indexed).details
    }

    /// Explains why an entry (by its position in the knowledge base) matched a question: where
    /// in the entry each of the question's known terms was found, and which sample question
    /// is the closest.
    pub fn explain_entry(&self, question: &str, entry_index: usize) -> EntryMatch {
        let analysed = self.analyse(question, Search::Indexed);
        let Some(entry) = self.knowledge.entries.get(entry_index) else {
            return EntryMatch::default();
        };
        let mut fields: Vec<(String, Vec<TermId>)> = Vec::new();
        for keyword in &entry.keywords {
            fields.push((format!("keyword {:?}", keyword.term), self.known_terms(&keyword.term)));
        }
        fields.push(("title".to_owned(), self.known_terms(&entry.title)));
        let questions: Vec<Vec<TermId>> =
            entry.questions.iter().map(|q| self.known_terms(q)).collect();
        fields.push(("answer".to_owned(), self.known_terms(&entry.answer)));
        fields.push(("quote".to_owned(), self.known_terms(&entry.quote)));
        let terms = analysed
            .known
            .iter()
            .map(|&(term, _)| {
                let mut found: Vec<String> = fields
                    .iter()
                    .filter(|(_, ids)| ids.contains(&term))
                    .map(|(name, _)| name.clone())
                    .collect();
                match questions.iter().filter(|ids| ids.contains(&term)).count() {
                    0 => {}
                    1 => found.push("1 sample question".to_owned()),
                    n => found.push(format!("{n} sample questions")),
                }
                (self.analyzer.term_names[term as usize].clone(), found)
            })
            .collect();
        // The sample question with the most of the question's weight for its own weight: the
        // one whose similarity the score uses.
        let closest_question = questions
            .iter()
            .enumerate()
            .map(|(i, ids)| {
                let matched: f32 = analysed
                    .known
                    .iter()
                    .filter(|(term, _)| ids.contains(term))
                    .map(|(_, weight)| weight)
                    .sum();
                let own: f32 = ids.iter().map(|&id| self.index.idf[id as usize]).sum();
                (i, matched / (analysed.total_weight + own).max(f32::MIN_POSITIVE))
            })
            .filter(|(_, closeness)| *closeness > 0.0)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(i, _)| entry.questions[i].clone());
        EntryMatch { terms, closest_question }
    }

    /// The distinct known terms of knowledge-base text (its words were all indexed), mapped
    /// through synonyms as entries are.
    fn known_terms(&self, text: &str) -> Vec<TermId> {
        let tokens = self.analyzer.tokens(text, usize::MAX);
        let raw: Vec<TermId> =
            tokens.iter().filter_map(|t| self.analyzer.term_of(&t.surface)).collect();
        let mut out = Vec::new();
        self.analyzer.apply_synonyms(&raw, true, |term, _, _| out.push(term));
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Finds sample questions that the matcher answers with another entry: they teach readers
    /// (and curators) the wrong thing, since asking them does not give their entry. Ties broken
    /// in the entry's favour are not reported.
    pub fn misrouted_questions(&self) -> Vec<Misrouted<'_>> {
        let mut found = Vec::new();
        for (index, entry) in self.knowledge.entries.iter().enumerate() {
            for question in &entry.questions {
                let answer = self.ask(question);
                let Some(top) = answer.ranked.first() else { continue };
                if top.index == index {
                    continue;
                }
                let own = answer.ranked.iter().find(|hit| hit.index == index).map(|hit| hit.score);
                let offered = answer.verdict == Verdict::Ambiguous
                    && own.is_some_and(|score| top.score - score < self.config.ambiguity_margin);
                found.push(Misrouted {
                    offered,
                    entry,
                    question,
                    answered_by: top.entry,
                    score: top.score,
                    own_score: own,
                });
            }
        }
        found
    }

    /// Finds pairs of entries whose terms (keywords, title, sample questions, answer, quote,
    /// each weighted by rarity and field strength) are alike: cosine similarity of at least
    /// `min_similarity` (0..=1). Most alike first.
    pub fn near_duplicates(&self, min_similarity: f64) -> Vec<NearDuplicate<'_>> {
        let entries = &self.knowledge.entries;
        // Each entry's terms, weighted, sorted by term (the forward index is): merge to multiply.
        let index = &self.index;
        let vectors: Vec<Vec<(TermId, f64)>> = index
            .entry_terms
            .iter()
            .map(|terms| {
                let weight = |(term, strength): &(TermId, f32)| {
                    (*term, f64::from(index.idf[*term as usize]) * f64::from(*strength))
                };
                terms.iter().map(weight).collect()
            })
            .collect();
        let norms: Vec<f64> =
            vectors.iter().map(|v| v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt()).collect();
        let mut pairs = Vec::new();
        for a in 0..entries.len() {
            for b in a + 1..entries.len() {
                let (mut i, mut j, mut dot) = (0, 0, 0.0);
                let (va, vb) = (&vectors[a], &vectors[b]);
                while i < va.len() && j < vb.len() {
                    match va[i].0.cmp(&vb[j].0) {
                        std::cmp::Ordering::Less => i += 1,
                        std::cmp::Ordering::Greater => j += 1,
                        std::cmp::Ordering::Equal => {
                            dot += va[i].1 * vb[j].1;
                            i += 1;
                            j += 1;
                        }
                    }
                }
                let similarity = match norms[a] * norms[b] {
                    n if n > 0.0 => dot / n,
                    _ => 0.0,
                };
                if similarity >= min_similarity {
                    pairs.push(NearDuplicate {
                        first: &entries[a],
                        second: &entries[b],
                        similarity,
                    });
                }
            }
        }
        pairs.sort_by(|x, y| y.similarity.total_cmp(&x.similarity));
        pairs
    }

    fn analyse(&self, question: &str, search: Search) -> Analysed {
        let analyzer = &self.analyzer;
        let tokens = analyzer.tokens(question, self.config.max_query_bytes);
        let asks = asked_kinds(question, self.config.max_query_bytes);
        // Each token: its known term (exact or fuzzy) with strength, or none. Resolved in order
        // and only as far as the loop below reads: once the question has its most terms, the
        // rest of a long message is never stemmed or looked up.
        let mut resolved: Vec<Resolved> = Vec::with_capacity(tokens.len());
        // Repeated words of a long message are looked up once.
        let mut seen_surfaces: HashMap<&str, usize> = HashMap::default();
        let mut resolve_through = |resolved: &mut Vec<Resolved>, last| {
            while resolved.len() <= last {
                let i = resolved.len();
                let surface = tokens[i].surface.as_str();
                let found = match seen_surfaces.get(surface) {
                    Some(&first) => resolved[first].clone(),
                    None => {
                        seen_surfaces.insert(surface, i);
                        self.resolve(surface, search)
                    }
                };
                resolved.push(found);
            }
        };

        let mut analysed = Analysed { asks, ..Analysed::default() };
        let mut seen: Vec<TermId> = Vec::new();
        let mut unknown_seen: Vec<&str> = Vec::new();
        let limit = self.config.max_query_terms;
        // Known runs go through synonym mapping; unknown tokens break runs.
        let mut start = 0;
        while start < tokens.len() && seen.len() + unknown_seen.len() < limit {
            resolve_through(&mut resolved, start);
            if resolved[start].0.is_none() {
                let surface = tokens[start].surface.as_str();
                if !unknown_seen.contains(&surface) {
                    unknown_seen.push(surface);
                    // A fact word is content however short ("old", "age").
                    let weight = match tokens[start].asks_for_fact {
                        true => self.index.unknown_idf * FACT_WORD_FACTOR,
                        false => self.unknown_weight(surface),
                    };
                    analysed.total_weight += weight;
                    analysed.details.push(QueryTerm {
                        words: surface.to_owned(),
                        term: surface.to_owned(),
                        source: TermSource::Unknown,
                        weight,
                        strength: 0.0,
                    });
                }
                start += 1;
                continue;
            }
            let mut end = start + 1;
            while end < tokens.len() {
                resolve_through(&mut resolved, end);
                if resolved[end].0.is_none() {
                    break;
                }
                end += 1;
            }
            let run: Vec<TermId> = resolved[start..end].iter().filter_map(|r| r.0).collect();
            analyzer.apply_synonyms(&run, false, |term, offset, len| {
                if seen.contains(&term) || seen.len() + unknown_seen.len() >= limit {
                    return;
                }
                seen.push(term);
                let span = &resolved[start + offset..start + offset + len];
                let strength = span.iter().map(|r| r.1).fold(1.0_f32, f32::min);
                let weight = self.index.idf[term as usize];
                if tokens[start + offset..start + offset + len].iter().any(|t| t.asks_for_fact) {
                    analysed.fact_terms.push((term, weight * (FACT_WORD_FACTOR - 1.0)));
                }
                analysed.total_weight += weight;
                analysed.known.push((term, weight * strength));
                let words: Vec<&str> = tokens[start + offset..start + offset + len]
                    .iter()
                    .map(|t| t.surface.as_str())
                    .collect();
                let source = match span.iter().find(|r| matches!(r.2, TermSource::Fuzzy { .. })) {
                    Some(fuzzy) => fuzzy.2.clone(),
                    None => TermSource::Exact,
                };
                analysed.details.push(QueryTerm {
                    words: words.join(" "),
                    term: analyzer.term_names[term as usize].clone(),
                    source,
                    weight,
                    strength,
                });
            });
            start = end;
        }
        analysed
    }

    /// The known term of one word of a question (exact or fuzzy) with its strength, or none.
    fn resolve(&self, surface: &str, search: Search) -> Resolved {
        let analyzer = &self.analyzer;
        if !analyzer.can_match(surface) {
            return (None, 0.0, TermSource::Unknown);
        }
        if let Some(id) = analyzer.term_of(surface) {
            return (Some(id), 1.0, TermSource::Exact);
        }
        let fuzzy = match surface.chars().any(|c| c.is_ascii_digit()) {
            true => None,
            false => match search {
                Search::Indexed => analyzer.dictionary.closest(surface),
                Search::Exhaustive => analyzer.dictionary.closest_exhaustive(surface),
            },
        };
        match fuzzy {
            Some(found) => (
                Some(*found.value),
                found.similarity as f32,
                TermSource::Fuzzy { known: found.word.to_owned(), similarity: found.similarity },
            ),
            None => (None, 0.0, TermSource::Unknown),
        }
    }

    fn unknown_weight(&self, surface: &str) -> f32 {
        let factor = if surface.chars().all(|c| c.is_ascii_digit()) {
            UNKNOWN_NUMBER_FACTOR
        } else if surface.chars().count() <= SHORT_UNKNOWN_CHARS {
            SHORT_UNKNOWN_FACTOR
        } else {
            1.0
        };
        self.index.unknown_idf * factor
    }

    /// Finds the best entries without scoring them all ("MaxScore"): the question's terms are
    /// taken rarest first, and each adds the entries that contain it as candidates, scored
    /// exactly by [`Self::score_entry`]. It stops when an entry that contains none of the terms
    /// taken so far could not score as high as the last of the best `max_ranked` candidates,
    /// even with every remaining term in its strongest field. Common words ("russia") are then
    /// never expanded, and the result is the same as scoring every entry.
    fn rank(&self, analysed: &Analysed) -> Answer<'_> {
        if analysed.known.is_empty() || analysed.total_weight <= 0.0 {
            return self.verdict(Vec::new());
        }
        let mut rarest_first = analysed.known.clone();
        rarest_first.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        // remaining[i]: the weight of the terms from i on, which is all an entry that contains
        // none of the first i terms can match.
        let mut remaining = vec![0.0_f64; rarest_first.len() + 1];
        for i in (0..rarest_first.len()).rev() {
            remaining[i] = remaining[i + 1] + f64::from(rarest_first[i].1);
        }
        let mut candidates: HashSet<u32> = HashSet::default();
        let mut scored: Vec<Hit<'_>> = Vec::new();
        let mut best_scores: Vec<f64> = Vec::new();
        for (i, &(term, weight)) in rarest_first.iter().enumerate() {
            let enough = best_scores.len() >= self.config.max_ranked;
            if enough && self.score_bound(analysed, remaining[i]) < best_scores[0] {
                break;
            }
            let postings = &self.index.entry_postings[term as usize];
            let mut at = 0;
            while let Some(&posting) = postings.get(at) {
                let enough = best_scores.len() >= self.config.max_ranked;
                let bound = || self.posting_bound(analysed, weight, remaining[i + 1], posting);
                if enough && bound() < best_scores[0] {
                    // The rest of this strength's run has heavier questions, so lower bounds.
                    at += postings[at..].partition_point(|p| p.strength == posting.strength);
                    continue;
                }
                at += 1;
                if !candidates.insert(posting.entry) {
                    continue;
                }
                if let Some(hit) = self.score_entry(analysed, posting.entry as usize) {
                    keep_best(&mut best_scores, hit.score, self.config.max_ranked);
                    scored.push(hit);
                }
            }
        }
        self.verdict(scored)
    }

    /// The highest score an entry can reach by matching question terms of this much weight:
    /// full coverage in the strongest field and a sample question made of exactly those terms.
    /// Slightly rounded up, so that float rounding in the real score can never exceed it.
    fn score_bound(&self, analysed: &Analysed, weight: f64) -> f64 {
        let total = f64::from(analysed.total_weight);
        let covered = (weight * f64::from(self.index.max_strength) / total).min(1.0);
        let similar = (2.0 * weight / (total + weight)).min(1.0);
        let share = self.config.coverage_share;
        (share * covered + (1.0 - share) * similar) * (1.0 + 1e-6) + 1e-9
    }

    /// The highest score that the entry of `posting` (a posting of a question term of this
    /// `weight`, with `later` the weight of the terms after it) can reach, if it has none of the
    /// terms before it. (An entry that has one was scored already, or skipped because it could
    /// not reach the best few then, when the bar was no higher.) Coverage: this term at the
    /// posting's strength, the later ones at the strongest. Similarity: a sample question with
    /// this term weighs at least the posting's lightest one and at least what it matches; one
    /// without it matches the later terms at most. Rounded up like [`Self::score_bound`].
    fn posting_bound(&self, analysed: &Analysed, weight: f32, later: f64, posting: Posting) -> f64 {
        let total = f64::from(analysed.total_weight);
        let weight = f64::from(weight);
        let strongest = f64::from(self.index.max_strength);
        let covered = ((weight * f64::from(posting.strength) + later * strongest) / total).min(1.0);
        let matched = weight + later;
        let with_term = 2.0 * matched / (total + f64::from(posting.question_weight).max(matched));
        let without_term = 2.0 * later / (total + later);
        let similar = with_term.max(without_term).min(1.0);
        let share = self.config.coverage_share;
        (share * covered + (1.0 - share) * similar) * (1.0 + 1e-6) + 1e-9
    }

    /// [`Self::rank`] without the inverted index: every entry is scored.
    fn rank_exhaustive(&self, analysed: &Analysed) -> Answer<'_> {
        if analysed.known.is_empty() || analysed.total_weight <= 0.0 {
            return self.verdict(Vec::new());
        }
        let entries = self.index.entry_terms.len();
        let scored = (0..entries).filter_map(|entry| self.score_entry(analysed, entry)).collect();
        self.verdict(scored)
    }

    /// Scores one entry against the question, from the forward index; `None` when the entry
    /// contains none of the question's terms. Both ranking paths use it, so they agree to the
    /// bit.
    fn score_entry(&self, analysed: &Analysed, entry: usize) -> Option<Hit<'_>> {
        let index = &self.index;
        let terms = &index.entry_terms[entry];
        let strength_of = |term: TermId| {
            terms.binary_search_by_key(&term, |&(t, _)| t).ok().map(|at| terms[at].1)
        };
        let mut coverage: Option<f32> = None;
        // The question's terms this entry has, in the question's order. A sample question's
        // terms are all its entry's terms, so only these need looking for in them.
        let mut shared: Vec<(TermId, f32)> = Vec::with_capacity(analysed.known.len());
        for &(term, weight) in &analysed.known {
            if let Some(strength) = strength_of(term) {
                *coverage.get_or_insert(0.0) += weight * strength;
                shared.push((term, weight));
            }
        }
        let coverage = coverage?;
        let content = &index.content_terms[entry];
        let missing_facts =
            self.missing_facts(analysed, |term| content.binary_search(&term).is_ok());
        let mut similarity = 0.0_f32;
        for question in index.entry_questions[entry].clone() {
            let question_terms = &index.question_terms[question];
            let mut matched: Option<f32> = None;
            for &(term, weight) in &shared {
                if question_terms.binary_search(&term).is_ok() {
                    *matched.get_or_insert(0.0) += weight;
                }
            }
            if let Some(matched) = matched {
                similarity = similarity.max(self.dice(analysed, missing_facts, question, matched));
            }
        }
        Some(self.hit(analysed, entry, coverage, missing_facts, similarity))
    }

    /// A fact word the entry lacks ("old" for an entry about Putin) counts extra against it: the
    /// entry most likely does not give that fact.
    fn missing_facts(&self, analysed: &Analysed, has_term: impl Fn(TermId) -> bool) -> f32 {
        analysed
            .fact_terms
            .iter()
            .filter(|(term, _)| !has_term(*term))
            .map(|(_, extra)| extra)
            .sum()
    }

    /// What is left of an entry's coverage for the kinds of question it is asked and does not
    /// give (see [`FACT_KIND_MISMATCH`]); 1 when it gives them all, or is not curated.
    fn kind_factor(&self, analysed: &Analysed, entry: usize) -> f64 {
        let Some(gives) = self.index.gives[entry] else { return 1.0 };
        let missing = analysed.asks & !gives;
        QuestionKind::ALL
            .iter()
            .filter(|(kind, _)| missing & kind.bit() != 0)
            .map(|(kind, _)| match kind {
                QuestionKind::When
                | QuestionKind::Where
                | QuestionKind::HowMany
                | QuestionKind::Age => self.config.fact_kind_mismatch,
                QuestionKind::Who | QuestionKind::Why | QuestionKind::Should => {
                    self.config.route_kind_mismatch
                }
            })
            .product()
    }

    /// How closely the question resembles one sample question (Dice coefficient of weights).
    fn dice(&self, analysed: &Analysed, missing_facts: f32, question: usize, matched: f32) -> f32 {
        let total = analysed.total_weight + missing_facts;
        2.0 * matched / (total + self.index.question_weight[question])
    }

    fn hit(
        &self,
        analysed: &Analysed,
        entry: usize,
        coverage: f32,
        missing_facts: f32,
        similarity: f32,
    ) -> Hit<'_> {
        let total = (analysed.total_weight + missing_facts) as f64;
        // An entry that does not give the kind of fact asked cannot answer as asked, however
        // alike its sample questions read: both parts of the score are discounted.
        let kind = self.kind_factor(analysed, entry);
        let covered = (coverage as f64 / total).min(1.0) * kind;
        let similar = (similarity as f64).min(1.0) * kind;
        let share = self.config.coverage_share;
        Hit {
            entry: &self.knowledge.entries[entry],
            index: entry,
            score: share * covered + (1.0 - share) * similar,
            coverage: covered,
            similarity: similar,
        }
    }

    /// Orders the scored entries (best first, ties to the earlier entry, so the result is
    /// deterministic), keeps the best few and decides the verdict.
    fn verdict<'m>(&'m self, mut ranked: Vec<Hit<'m>>) -> Answer<'m> {
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.index.cmp(&b.index)));
        ranked.truncate(self.config.max_ranked);
        let verdict = match ranked.as_slice() {
            [] => Verdict::Declined,
            [best, ..] if best.score < self.config.min_score => Verdict::Declined,
            [best, second, ..]
                if second.score >= self.config.min_score
                    && best.score - second.score < self.config.ambiguity_margin =>
            {
                Verdict::Ambiguous
            }
            _ => Verdict::Answered,
        };
        Answer { verdict, ranked }
    }
}

/// Words that open a follow-up or a casual question without changing what it asks.
const LEADING_FILLERS: &[&str] = &["and", "so", "but", "ok", "okay", "then", "well", "also", "hmm"];

/// The kinds of question `question` asks ([`QuestionKind::bit`]s), from its question words:
/// the word it opens with (who, when, where, why), and phrases anywhere ("how many", "what
/// year", "should"). Only the first `max_bytes` are read, as for matching.
fn asked_kinds(question: &str, max_bytes: usize) -> u8 {
    let mut cut = max_bytes.min(question.len());
    while !question.is_char_boundary(cut) {
        cut -= 1;
    }
    let normalized = normalize(&question[..cut]);
    let words: Vec<&str> =
        normalized.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).collect();
    let opening = words.iter().position(|word| !LEADING_FILLERS.contains(word)).unwrap_or(0);
    let mut kinds = match words.get(opening).copied() {
        Some("who" | "whom" | "whose") => QuestionKind::Who.bit(),
        Some("when") => QuestionKind::When.bit(),
        Some("where") => QuestionKind::Where.bit(),
        Some("why") => QuestionKind::Why.bit(),
        _ => 0,
    };
    for pair in words.windows(2) {
        kinds |= match (pair[0], pair[1]) {
            ("how", "many" | "much") | ("number", "of") => QuestionKind::HowMany.bit(),
            ("how", "old") => QuestionKind::Age.bit(),
            ("what" | "which", "year" | "years" | "date" | "month" | "day") => {
                QuestionKind::When.bit()
            }
            ("since", "when") => QuestionKind::When.bit(),
            ("what" | "which", "city" | "place") => QuestionKind::Where.bit(),
            ("what", "for") if pair == &words[words.len() - 2..] => QuestionKind::Why.bit(),
            ("point", "of") | ("purpose", "of") | ("goal", "of") | ("aim", "of") => {
                QuestionKind::Why.bit()
            }
            _ => 0,
        };
    }
    for word in &words {
        kinds |= match *word {
            "should" | "ought" | "recommend" | "recommends" | "recommended" | "recommendation"
            | "advice" | "advise" | "advises" => QuestionKind::Should.bit(),
            "reason" | "reasons" | "cause" | "causes" | "caused" | "motive" | "motives" => {
                QuestionKind::Why.bit()
            }
            "age" | "aged" | "born" | "birthday" | "birth" => QuestionKind::Age.bit(),
            _ => 0,
        };
    }
    kinds
}

/// Keeps `best` as the `k` highest scores seen, lowest first.
fn keep_best(best: &mut Vec<f64>, score: f64, k: usize) {
    if best.len() < k {
        best.push(score);
    } else if score > best[0] {
        best[0] = score;
    } else {
        return;
    }
    best.sort_by(f64::total_cmp);
}

/// How [`Matcher::analyse`] finds a misspelt word's known word.
#[derive(Clone, Copy)]
enum Search {
    /// Through the typo index.
    Indexed,
    /// By comparing with every known word: the reference.
    Exhaustive,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::{SourceFile, Sources};

    fn knowledge(entries: &str, synonyms: &str) -> Knowledge {
        let file = |name: &str, text: &str| SourceFile { name: name.into(), text: text.into() };
        Knowledge::parse(&Sources {
            article: file(
                "article.txt",
                "Title\n\nNATO enlargement angers Moscow. Sukhoi jets were sold to Beijing. \
                 The Iran nuclear deal is a rare area of agreement.",
            ),
            article_meta: file(
                "article.toml",
                "title = \"Title\"\npublication = \"P\"\nfront_matter = [\"title\"]",
            ),
            entries: vec![file("entries.toml", entries)],
            synonyms: Some(file("synonyms.toml", synonyms)),
        })
        .unwrap()
    }

    fn entry(id: &str, questions: &[&str], keywords: &[&str], quote: &str) -> String {
        format!(
            "[[entry]]\nid = {id:?}\ntitle = {id:?}\ntopic = \"t\"\nquestions = {questions:?}\n\
             keywords = {keywords:?}\nanswer = \"Something.\"\nquote = {quote:?}\n\n"
        )
    }

    fn sample() -> Matcher {
        let entries = entry(
            "nato",
            &["Why is Russia angry about NATO?"],
            &["nato", "enlargement"],
            "NATO enlargement angers Moscow.",
        ) + &entry(
            "jets",
            &["What jets did China buy?"],
            &["sukhoi", "jets"],
            "Sukhoi jets were sold to Beijing.",
        ) + &entry(
            "iran",
            &["What about Iran?"],
            &["iran nuclear deal"],
            "The Iran nuclear deal is a rare area of agreement.",
        );
        let synonyms = "groups = [[\"nato\", \"north atlantic treaty organization\"], [\"china\", \"beijing\"], \
                        [\"jcpoa\", \"iran nuclear deal\"], [\"expansion\", \"enlargement\"]]";
        Matcher::new(knowledge(&entries, synonyms), MatchConfig::DEFAULT)
    }

    fn best_id(matcher: &Matcher, question: &str) -> Option<String> {
        matcher.ask(question).best().map(|hit| hit.entry.id.clone())
    }

    #[test]
    fn a_question_is_read_up_to_its_byte_cap_whatever_the_script() {
        let matcher = Matcher::new(Knowledge::embedded().expect("valid"), MatchConfig::DEFAULT);
        let reads_trenin = |filler: &str, times: usize| {
            let question = format!("{}trenin", filler.repeat(times));
            matcher.explain_terms(&question).iter().any(|term| term.words == "trenin")
        };
        // "ж " is three bytes: 300 of them leave "trenin" inside 1000 bytes, 333 push it out,
        // though both questions are under 1000 characters.
        assert!(reads_trenin("ж ", 300));
        assert!(!reads_trenin("ж ", 333));
        assert!(reads_trenin("x ", 490));
        assert!(!reads_trenin("x ", 500));
        // A cut inside a character moves back to its start instead of panicking.
        assert!(!reads_trenin("жx", 400));
    }

    #[test]
    fn the_build_time_stems_are_the_stemmers_and_sorted() {
        let stemmer = Stemmer::create(Algorithm::English);
        let table = known_stems::STEMS;
        assert!(table.len() > 1000, "build.rs stemmed the knowledge files' words");
        assert!(table.windows(2).all(|pair| pair[0].0 < pair[1].0), "sorted for binary search");
        for &(word, known) in table {
            assert_eq!(known, stemmer.stem(word), "{word}");
            assert_eq!(stem(&stemmer, word), known);
        }
        assert_eq!(stem(&stemmer, "zzzunknownings"), stemmer.stem("zzzunknownings"));
    }

    #[test]
    fn matches_keywords_synonyms_stems_and_typos() {
        let matcher = sample();
        assert_eq!(best_id(&matcher, "nato enlargement").as_deref(), Some("nato"));
        assert_eq!(
            best_id(&matcher, "North Atlantic Treaty Organization expansion?").as_deref(),
            Some("nato")
        );
        assert_eq!(best_id(&matcher, "sukhoy jets").as_deref(), Some("jets"));
        assert_eq!(best_id(&matcher, "what jets did Beijing buy").as_deref(), Some("jets"));
        assert_eq!(best_id(&matcher, "JCPOA").as_deref(), Some("iran"));
        assert_eq!(best_id(&matcher, "iran").as_deref(), Some("iran"));
    }

    #[test]
    fn question_kinds_come_from_question_words() {
        let kinds = |q: &str| asked_kinds(q, MAX_QUERY_BYTES);
        assert_eq!(kinds("Who is Trenin?"), QuestionKind::Who.bit());
        assert_eq!(kinds("and when was that?"), QuestionKind::When.bit());
        assert_eq!(kinds("In what year did it happen"), QuestionKind::When.bit());
        assert_eq!(kinds("where do they cooperate"), QuestionKind::Where.bit());
        assert_eq!(kinds("Why does Russia oppose NATO?"), QuestionKind::Why.bit());
        assert_eq!(kinds("how many jets"), QuestionKind::HowMany.bit());
        assert_eq!(kinds("What should Moscow do?"), QuestionKind::Should.bit());
        assert_eq!(kinds("how old is putin"), QuestionKind::Age.bit());
        // "when" inside a sentence is not a question about a time.
        assert_eq!(kinds("What happened when Biden met Putin?"), 0);
        assert_eq!(kinds("nato enlargement"), 0);
    }

    #[test]
    fn an_entry_that_gives_the_kind_asked_wins_over_its_sibling() {
        let entries = format!(
            "{}gives = []\n\n{}gives = [\"why\"]\n\n",
            entry(
                "nato-situation",
                &["What is going on with NATO?"],
                &["nato"],
                "NATO enlargement angers Moscow."
            ),
            entry(
                "nato-cause",
                &["What about NATO enlargement?"],
                &["nato", "enlargement"],
                "NATO enlargement angers Moscow."
            ),
        );
        let matcher = Matcher::new(knowledge(&entries, "groups = []"), MatchConfig::DEFAULT);
        assert_eq!(best_id(&matcher, "Why NATO enlargement?").as_deref(), Some("nato-cause"));
        // Neither gives a time: the article does not say when, however many words are shared.
        assert_eq!(best_id(&matcher, "When did NATO enlargement start?"), None);
        // An uncurated entry (no `gives`) is not judged on kinds: it scores as one that gives
        // the kind asked.
        let plain = entry(
            "nato",
            &["What about NATO enlargement?"],
            &["nato", "enlargement"],
            "NATO enlargement angers Moscow.",
        );
        let plain = Matcher::new(knowledge(&plain, "groups = []"), MatchConfig::DEFAULT);
        let cause = matcher.ask("Why NATO enlargement?").ranked[0].score;
        assert_eq!(plain.ask("Why NATO enlargement?").score(), cause);
    }

    #[test]
    fn quantity_words_after_how_are_never_stop_words() {
        // Building relies on it: each knowledge-base word is either always a stop word or never.
        for word in HOW_QUANTITY {
            assert!(!STOP_WORDS.contains(word), "{word} is both");
        }
    }

    #[test]
    fn declines_unrelated_and_empty_questions() {
        let matcher = sample();
        assert_eq!(matcher.ask("best pizza topping in naples").verdict, Verdict::Declined);
        assert_eq!(matcher.ask("").verdict, Verdict::Declined);
        assert_eq!(matcher.ask("what is it?").verdict, Verdict::Declined);
        assert_eq!(matcher.ask("🙂🙂🙂").score(), 0.0);
    }

    #[test]
    fn scores_are_confidences_and_deterministic() {
        let matcher = sample();
        // Every word of the question is in the entry: its keywords, sample question and quote.
        let first = matcher.ask("why is russia angry about nato enlargement");
        assert!(first.ranked.iter().all(|hit| (0.0..=1.0).contains(&hit.score)));
        assert!(
            first.score() > 0.8,
            "a fully covered question should score high: {}",
            first.score()
        );
        let again = matcher.ask("why is russia angry about nato enlargement");
        let ids =
            |a: &Answer| a.ranked.iter().map(|h| (h.index, h.score.to_bits())).collect::<Vec<_>>();
        assert_eq!(ids(&first), ids(&again));
    }

    #[test]
    fn unknown_words_lower_the_score() {
        let matcher = sample();
        let plain = matcher.ask("nato enlargement").score();
        let diluted = matcher.ask("nato enlargement budget salaries pensions").score();
        assert!(diluted < plain, "{diluted} should be below {plain}");
    }

    #[test]
    fn close_calls_are_ambiguous() {
        let entries =
            entry("one", &["What about the jets?"], &["jets"], "Sukhoi jets were sold to Beijing.")
                + &entry(
                    "two",
                    &["And what about the jets?"],
                    &["jets"],
                    "Sukhoi jets were sold to Beijing.",
                );
        let matcher = Matcher::new(knowledge(&entries, "groups = []"), MatchConfig::DEFAULT);
        let answer = matcher.ask("jets");
        assert_eq!(answer.verdict, Verdict::Ambiguous);
        assert_eq!(answer.ranked.len(), 2);
    }

    #[test]
    fn explains_where_an_entry_matched() {
        let matcher = sample();
        let explained = matcher.explain_entry("why sukhoy jets", 1);
        assert_eq!(
            explained.terms,
            [
                ("sukhoi".to_owned(), vec!["keyword \"sukhoi\"".to_owned(), "quote".to_owned(),]),
                (
                    "jet".to_owned(),
                    vec![
                        "keyword \"jets\"".to_owned(),
                        "title".to_owned(),
                        "quote".to_owned(),
                        "1 sample question".to_owned()
                    ]
                ),
            ]
        );
        assert_eq!(explained.closest_question.as_deref(), Some("What jets did China buy?"));
        assert_eq!(matcher.explain_entry("pizza", 1).closest_question, None);
        assert_eq!(matcher.explain_entry("jets", 99), EntryMatch::default());
    }

    #[test]
    fn finds_misrouted_questions_and_near_duplicates() {
        // Two entries on the same jets, one with weaker keywords: its sample question goes to
        // the other, and the two are near-duplicates.
        let entries = entry("loose", &["jets"], &[], "Sukhoi jets were sold to Beijing.")
            .replace("title = \"loose\"", "title = \"Sukhoi jets\"")
            + &entry(
                "strong",
                &["Which Sukhoi jets?"],
                &["jets", "sukhoi"],
                "Sukhoi jets were sold to Beijing.",
            )
            .replace("title = \"strong\"", "title = \"Sukhoi jets\"")
            + &entry(
                "nato",
                &["Why is NATO a problem?"],
                &["nato"],
                "NATO enlargement angers Moscow.",
            );
        let matcher = Matcher::new(knowledge(&entries, "groups = []"), MatchConfig::DEFAULT);
        let misrouted: Vec<(&str, &str, &str)> = matcher
            .misrouted_questions()
            .iter()
            .map(|m| (m.entry.id.as_str(), m.question, m.answered_by.id.as_str()))
            .collect();
        assert_eq!(misrouted, [("loose", "jets", "strong")]);
        // Same title, so the own entry is within the ambiguity margin: a did-you-mean tie.
        let tie = &matcher.misrouted_questions()[0];
        assert!(tie.own_score.is_some_and(|own| own < tie.score && tie.score - own < 0.02));
        assert!(tie.offered, "{tie:?}");
        let pairs: Vec<(&str, &str)> = matcher
            .near_duplicates(NEAR_DUPLICATE_SIMILARITY)
            .iter()
            .map(|d| (d.first.id.as_str(), d.second.id.as_str()))
            .collect();
        assert_eq!(pairs, [("loose", "strong")]);
        assert!(matcher.near_duplicates(1.01).is_empty());
    }

    #[test]
    fn words_in_other_scripts_skip_lookups_but_keep_their_typos() {
        let matcher = sample();
        let analyzer = &matcher.analyzer;
        // One letter from another script is one typo: still looked up, and found.
        assert!(analyzer.can_match("sukhoж"));
        let terms = matcher.explain_terms("sukhoж");
        assert!(
            matches!(&terms[0].source, TermSource::Fuzzy { known, .. } if known == "sukhoi"),
            "{terms:?}"
        );
        assert!(!analyzer.can_match("путин") && !analyzer.can_match("習近平"));
        assert!(analyzer.can_match("nato") && analyzer.can_match(&"x".repeat(100)));
        // The skip relies on stemming keeping such letters, even in a suffix.
        for word in ["naтional", "runnиng", "happiлy", "cжies", "generaлizations", "ждed"] {
            let foreign = |text: &str| text.chars().filter(|c| !c.is_ascii()).count();
            let stem = analyzer.stemmer.stem(word);
            assert_eq!(foreign(&stem), foreign(word), "{word} -> {stem}");
        }
        let long = "Путин 習近平 ترينين nato ".repeat(200);
        assert_eq!(matcher.ask(&long).verdict, Verdict::Declined);
    }

    #[test]
    fn explains_terms() {
        let matcher = sample();
        let terms = matcher.explain_terms("Sukhoy pizza NATO");
        let sources: Vec<(&str, &TermSource)> =
            terms.iter().map(|t| (t.words.as_str(), &t.source)).collect();
        assert!(matches!(sources[0], ("sukhoy", TermSource::Fuzzy { .. })), "{sources:?}");
        assert_eq!(sources[1], ("pizza", &TermSource::Unknown));
        assert_eq!(sources[2], ("nato", &TermSource::Exact));
        assert_eq!(terms[2].term, "~nato");
    }
}
