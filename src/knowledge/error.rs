//! Everything wrong with a knowledge base, each problem with its file, line and entry.

use std::fmt;

/// Everything wrong with a knowledge base; it is never empty.
#[derive(Debug)]
pub struct KnowledgeError {
    /// The problems found, in file order.
    pub problems: Vec<Problem>,
}

/// One problem in a knowledge file.
#[derive(Debug)]
pub struct Problem {
    /// The file's name.
    pub file: String,
    /// The 1-based line, when known.
    pub line: Option<usize>,
    /// The id of the entry concerned, when known.
    pub entry: Option<String>,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong with a knowledge file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ProblemKind {
    /// The file could not be read.
    #[error("cannot read: {0}")]
    Io(String),
    /// The file is not valid TOML, or does not have the expected fields.
    #[error("{0}")]
    Syntax(String),
    /// A required field is empty.
    #[error("`{0}` is empty")]
    EmptyField(&'static str),
    /// A field is longer than allowed.
    #[error("`{field}` is {len} characters long; the limit is {max}")]
    TooLong {
        /// The field's name.
        field: &'static str,
        /// Its length.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// The id has characters other than `a-z`, `0-9` and `-`, or is too long.
    #[error("id `{0}` must be 1-40 bytes of a-z, 0-9 and '-'")]
    BadId(String),
    /// Two entries share an id.
    #[error("duplicate id `{id}` (first defined in {first})")]
    DuplicateId {
        /// The id.
        id: String,
        /// Where it was first defined.
        first: String,
    },
    /// The quote is not in the article.
    #[error("the quote is not in the article verbatim (spacing and curly quotes aside): {0:?}")]
    QuoteNotInArticle(String),
    /// A `related`, `why`, `more`, `source` or `evidence` id names no entry.
    #[error("`{field}` names `{id}`, which is not an entry")]
    UnknownLink {
        /// The field: `related`, `why`, `more`, `source` or `evidence`.
        field: &'static str,
        /// The id it names.
        id: String,
    },
    /// A `source` or `evidence` id names the entry itself: what backs a claim is another
    /// passage.
    #[error("`{0}` names the entry itself; it must name another entry")]
    LinkToItself(&'static str),
    /// A translation names an entry that does not exist.
    #[error("a translation of `{0}`, which is not an entry")]
    UnknownTranslation(String),
    /// A translated ui.toml has a key English does not.
    #[error("ui key `{0}` is not one of English ui.toml's")]
    UnknownUiKey(String),
    /// A small-talk intent that is not one of [`super::INTENTS`], or defined twice.
    #[error("small-talk intent {0:?} is unknown or defined twice; the intents are greeting, thanks, bye, identity, capabilities, help, insult, praise and acknowledgement")]
    BadIntent(String),
    /// A small-talk phrase belongs to two intents.
    #[error("small-talk phrase {phrase:?} is in both {first:?} and {second:?}")]
    AmbiguousPhrase {
        /// The phrase.
        phrase: String,
        /// The first intent with it.
        first: String,
        /// The second.
        second: String,
    },
    /// Two entries, or one entry twice, have the same sample question.
    #[error("the sample question {question:?} is also in entry `{other}`")]
    DuplicateQuestion {
        /// The question.
        question: String,
        /// The other entry.
        other: String,
    },
    /// A keyword weight is outside 0.1..=2.0.
    #[error("keyword {term:?} has weight {weight}; use 0.1 to 2.0")]
    BadWeight {
        /// The keyword.
        term: String,
        /// The weight given.
        weight: f32,
    },
    /// There are no entries at all.
    #[error("there are no entries")]
    NoEntries,
    /// `gives` names a kind of question that does not exist.
    #[error("`gives` names {0:?}; the kinds are \"who\", \"when\", \"where\", \"why\", \"how-many\", \"should\" and \"age\"")]
    UnknownQuestionKind(String),
    /// An exception names a check that does not exist.
    #[error(
        "`exceptions` names the check {0:?}; the checks are \"name\", \"number\" and \"yes-no\""
    )]
    UnknownCheck(String),
    /// The article has fewer blocks than its metadata names.
    #[error(
        "the article has {blocks} blocks but article.toml names {named} before the paragraphs"
    )]
    ShortArticle {
        /// Blocks in the article.
        blocks: usize,
        /// Blocks named in front matter.
        named: usize,
    },
    /// A synonym group has fewer than two terms.
    #[error("synonym group {0} needs at least two terms")]
    ShortSynonymGroup(usize),
    /// A term of a synonym group is also a term of an earlier group: the earlier group keeps it,
    /// so it would silently mean nothing here.
    #[error("synonym group {group} (line {line}) repeats {term:?}, already in group {earlier} (line {earlier_line}); a term belongs to one group: merge the groups or drop it from one")]
    OverlappingSynonyms {
        /// The later group (1-based).
        group: usize,
        /// Its line.
        line: usize,
        /// The term, as written in the later group.
        term: String,
        /// The earlier group (1-based).
        earlier: usize,
        /// Its line.
        earlier_line: usize,
    },
    /// The file is not UTF-8.
    #[error("not valid UTF-8 (byte {byte} of the file); save it as UTF-8")]
    NotUtf8 {
        /// The offset of the first invalid byte.
        byte: usize,
    },
    /// The file is larger than a knowledge file may be.
    #[error("the file has {bytes} bytes, more than the {max} a knowledge file may have")]
    TooLarge {
        /// Its size.
        bytes: u64,
        /// The limit, [`super::MAX_FILE_BYTES`].
        max: u64,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(entry) = &self.entry {
            write!(f, ": entry `{entry}`")?;
        }
        write!(f, ": {}", self.kind)
    }
}

impl fmt::Display for KnowledgeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.problems.len();
        write!(
            f,
            "invalid knowledge base ({count} problem{}):",
            if count == 1 { "" } else { "s" }
        )?;
        for problem in &self.problems {
            write!(f, "\n  {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for KnowledgeError {}
