//! What the matcher returns: the ranked entries and its verdict, and the explanations `check`
//! and `ask --explain` print.

use crate::knowledge::Entry;

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

/// An entry and how well it matched, 0.0..=1.0 (higher is better). Its `Debug` names the
/// entry by id, so that a ranking prints in a few lines.
#[derive(Clone, Copy)]
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

impl std::fmt::Debug for Hit<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hit")
            .field("entry", &self.entry.id)
            .field("score", &self.score)
            .field("coverage", &self.coverage)
            .field("similarity", &self.similarity)
            .finish_non_exhaustive()
    }
}

/// The matcher's result for one question: its verdict and the ranked entries. (Not "answer":
/// that is an entry's text.)
///
/// ```
/// let matcher = article_qa_bot::Matcher::embedded()?;
/// let ranking = matcher.ask("who is trenin");
/// // Debug shows the verdict and each entry's id and scores, not the entries' texts.
/// let shown = format!("{ranking:?}");
/// assert!(shown.starts_with("Ranking { verdict: Answered, ranked: [Hit { entry: \"trenin\""));
/// assert!(shown.len() < 1000, "{shown}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Ranking<'m> {
    /// What to do with the question.
    pub verdict: Verdict,
    /// The best-scoring entries, best first (at most [`super::MatchConfig::max_ranked`]); present even
    /// when the question is declined, as the nearest things the article does cover.
    pub ranked: Vec<Hit<'m>>,
}

impl<'m> Ranking<'m> {
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

/// Where a question's terms were found in one entry; see [`super::Matcher::explain_entry`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntryMatch {
    /// Each known term of the question, with the fields of the entry that contain it (empty:
    /// the entry lacks it).
    pub terms: Vec<(String, Vec<String>)>,
    /// The entry's sample question closest to the question, if any shares a term.
    pub closest_question: Option<String>,
}

/// A sample question that the matcher answers with another entry; see
/// [`super::Matcher::misrouted_questions`]. Its `Debug` names entries by id.
#[derive(Clone)]
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

impl std::fmt::Debug for Misrouted<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Misrouted")
            .field("entry", &self.entry.id)
            .field("question", &self.question)
            .field("answered_by", &self.answered_by.id)
            .field("score", &self.score)
            .field("own_score", &self.own_score)
            .field("offered", &self.offered)
            .finish()
    }
}

/// Two entries that are about the same thing; see [`super::Matcher::near_duplicates`]. Its
/// `Debug` names the entries by id.
#[derive(Clone)]
pub struct NearDuplicate<'m> {
    /// The earlier entry.
    pub first: &'m Entry,
    /// The later entry.
    pub second: &'m Entry,
    /// Cosine similarity of their weighted terms, 0..=1.
    pub similarity: f64,
}

impl std::fmt::Debug for NearDuplicate<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NearDuplicate")
            .field("first", &self.first.id)
            .field("second", &self.second.id)
            .field("similarity", &self.similarity)
            .finish()
    }
}

pub(super) type TermId = u32;

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
pub(super) type Resolved = (Option<TermId>, f32, TermSource);

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
