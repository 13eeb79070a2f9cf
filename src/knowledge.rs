//! The curated knowledge base: the article, its entries, and the synonyms table.
//!
//! [`Knowledge::parse`] holds all the logic and works on strings, so curators' tests need no
//! files; [`Knowledge::load_dir`] only reads a directory and calls it. Every entry is validated at
//! load, and above all its quote must appear verbatim in the article, so the bot can never show
//! a made-up quote. No Telegram here.

use std::collections::HashSet;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

// FxHash: ids and questions from our own files; SipHash's defence against chosen keys buys
// nothing here and was a visible part of loading.
use rustc_hash::FxHashMap as HashMap;
use serde::Deserialize;

use crate::text::{collapse_whitespace, normalize, normalize_for_quote, sentences, words};

mod raw;
use raw::{EntriesFile, PreparsedEntry, RawEntry, RawKeyword, SynonymsFile};

/// The shipped entries and synonyms, parsed by `build.rs` (`None` where a file did not parse).
mod preparsed {
    use super::PreparsedEntry;
    include!(concat!(env!("OUT_DIR"), "/preparsed.rs"));
}

/// The longest id allowed, in bytes: ids travel in Telegram callback data, which holds 64 bytes,
/// and the bot adds a short prefix.
pub const MAX_ID_BYTES: usize = 40;
/// The longest title, in characters: titles are shown on buttons, which Telegram cuts short.
pub const MAX_TITLE_CHARS: usize = 80;
/// The longest answer or quote, in characters: a reply holds the title, the answer, the quote and
/// its source, and must stay well under Telegram's 4096-character limit.
pub const MAX_TEXT_CHARS: usize = 1000;
/// The largest knowledge file read: the shipped entries, in three languages, take well under a
/// megabyte; a file many times that size is a mistake (a log, a dump) and would slow every load.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// File names inside a knowledge directory.
pub mod files {
    /// The article, as plain text: blocks separated by blank lines.
    pub const ARTICLE: &str = "article.txt";
    /// The article's metadata: title, publication, names of the blocks before the paragraphs.
    pub const ARTICLE_META: &str = "article.toml";
    /// Groups of words and phrases that mean the same thing to a reader.
    pub const SYNONYMS: &str = "synonyms.toml";
    /// The entries file shipped in the binary; a directory may hold more `*.toml` entry files.
    pub const ENTRIES: &str = "entries.toml";
}

/// A validated knowledge base.
#[derive(Debug, Clone)]
pub struct Knowledge {
    /// The article every quote comes from.
    pub article: Article,
    /// The entries, in file order.
    pub entries: Vec<Entry>,
    /// Synonym groups: every word or phrase in a group means the same to the matcher.
    pub synonyms: Vec<Vec<String>>,
}

/// The source article, split into its blocks.
#[derive(Debug, Clone)]
pub struct Article {
    /// The headline.
    pub title: String,
    /// Where it was published.
    pub publication: String,
    /// The blocks of the article in order (title, standfirst, ..., paragraphs).
    pub blocks: Vec<Block>,
}

/// One block of the article (text between blank lines).
#[derive(Debug, Clone)]
pub struct Block {
    /// Which part of the article this is.
    pub part: Part,
    /// The block's text, as in the file.
    pub text: String,
}

/// A part of the article, named as a reader would name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A block before the body, named in `article.toml` (title, standfirst, photo caption, ...).
    Front(String),
    /// A paragraph of the body, numbered from 1.
    Paragraph(usize),
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Part::Front(name) => f.write_str(name),
            Part::Paragraph(n) => write!(f, "paragraph {n}"),
        }
    }
}

/// One curated question-and-answer entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Stable identifier, `[a-z0-9-]`, at most [`MAX_ID_BYTES`] bytes.
    pub id: String,
    /// Short title, shown in bold and on buttons.
    pub title: String,
    /// The group the entry belongs to in /topics.
    pub topic: String,
    /// Sample questions as readers would ask them.
    pub questions: Vec<String>,
    /// Distinctive words and phrases, with weights.
    pub keywords: Vec<Keyword>,
    /// The answer in the curators' own words.
    pub answer: String,
    /// Whose view the answer reports, when it is not a plain fact of the article (a scholar,
    /// an official, a document, the op-ed, the author): shown before the answer.
    pub view_of: Option<String>,
    /// The supporting quote, verbatim from the article.
    pub quote: String,
    /// Ids of entries offered as follow-ups.
    pub related: Vec<String>,
    /// Curator-check warnings this entry is exempt from, each with the reason.
    pub exceptions: Vec<Exception>,
    /// The kinds of question its answer and quote answer (a "when" only if they give the
    /// time); `None` when not curated, and then the matcher does not judge question kinds.
    pub gives: Option<Vec<QuestionKind>>,
    /// The index in [`Article::blocks`] of the block the quote comes from.
    pub block: usize,
}

/// A kind of question, as far as it asks for one kind of fact. An entry that does not give that
/// fact cannot answer the question as asked, however much it shares its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuestionKind {
    /// Who: a person, organisation, country or group.
    Who,
    /// When: a date, a year, a period.
    When,
    /// Where: a place.
    Where,
    /// Why: a reason, cause or purpose.
    Why,
    /// How many, how much: a number or amount.
    HowMany,
    /// What should be done: a recommendation.
    Should,
    /// How old: an age, a birth date.
    Age,
}

impl QuestionKind {
    /// Every kind, with its name in `gives`.
    pub const ALL: [(QuestionKind, &'static str); 7] = [
        (QuestionKind::Who, "who"),
        (QuestionKind::When, "when"),
        (QuestionKind::Where, "where"),
        (QuestionKind::Why, "why"),
        (QuestionKind::HowMany, "how-many"),
        (QuestionKind::Should, "should"),
        (QuestionKind::Age, "age"),
    ];

    /// Its name in `gives`.
    pub fn name(self) -> &'static str {
        QuestionKind::ALL.iter().find(|(kind, _)| *kind == self).map_or("", |(_, name)| name)
    }

    /// The kind named `name` in `gives`.
    pub fn from_name(name: &str) -> Option<QuestionKind> {
        QuestionKind::ALL.iter().find(|(_, n)| *n == name).map(|(kind, _)| *kind)
    }

    /// A bit of its own, for sets of kinds.
    pub fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// An entry's exemption from one of `check`'s faithfulness warnings, with the curator's reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exception {
    /// The warning: [`FaithfulnessCheck`].
    pub check: FaithfulnessCheck,
    /// Why the entry may do it anyway.
    pub reason: String,
}

/// The faithfulness warnings of `check`: what an answer or title may not do without an
/// exception.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FaithfulnessCheck {
    /// Name a capitalised name the article does not contain (`name`).
    Name,
    /// Name a number, date or year the article does not contain (`number`).
    Number,
    /// Open with a bare "Yes" or "No" (`yes-no`).
    YesNo,
}

impl FaithfulnessCheck {
    /// Every check, with its name in `exceptions`.
    pub const ALL: [(FaithfulnessCheck, &'static str); 3] = [
        (FaithfulnessCheck::Name, "name"),
        (FaithfulnessCheck::Number, "number"),
        (FaithfulnessCheck::YesNo, "yes-no"),
    ];

    /// Its name in `exceptions`.
    pub fn name(self) -> &'static str {
        FaithfulnessCheck::ALL.iter().find(|(check, _)| *check == self).map_or("", |(_, n)| n)
    }
}

/// A keyword and how much it counts, 1.0 being an ordinary keyword.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    /// The word or phrase.
    pub term: String,
    /// The weight, in 0.1..=2.0.
    pub weight: f32,
}

/// The text of the files a knowledge base is made of, with the names to report errors against.
#[derive(Debug, Clone)]
pub struct Sources {
    /// `article.txt`.
    pub article: SourceFile,
    /// `article.toml`.
    pub article_meta: SourceFile,
    /// One or more entry files.
    pub entries: Vec<SourceFile>,
    /// `synonyms.toml`, if there is one.
    pub synonyms: Option<SourceFile>,
}

/// A file's name (for messages) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name errors refer to, usually the path.
    pub name: String,
    /// The file's content.
    pub text: String,
}

impl SourceFile {
    /// A file named `name` (as problems will call it) holding `text`.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile { name: name.into(), text: text.into() }
    }
}

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
    /// A related id names no entry.
    #[error("`related` names `{0}`, which is not an entry")]
    UnknownRelated(String),
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
        /// The limit, [`MAX_FILE_BYTES`].
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleMeta {
    title: String,
    publication: String,
    #[serde(default)]
    front_matter: Vec<String>,
}

impl Knowledge {
    /// Parses and validates a knowledge base from the text of its files.
    ///
    /// ```
    /// use article_qa_bot::knowledge::{Knowledge, Sources, SourceFile};
    /// let file = |name: &str, text: &str| SourceFile { name: name.into(), text: text.into() };
    /// let sources = Sources {
    ///     article: file("article.txt", "A Title\n\nThe sky is blue today."),
    ///     article_meta: file("article.toml", "title = \"A Title\"\npublication = \"Gazette\"\nfront_matter = [\"title\"]"),
    ///     entries: vec![file("entries.toml", r#"
    ///         [[entry]]
    ///         id = "sky"
    ///         title = "The sky"
    ///         topic = "Weather"
    ///         questions = ["What colour is the sky?"]
    ///         answer = "Blue."
    ///         quote = "The sky is blue today."
    ///     "#)],
    ///     synonyms: None,
    /// };
    /// let knowledge = Knowledge::parse(&sources)?;
    /// assert_eq!(knowledge.entries[0].block, 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(sources: &Sources) -> Result<Knowledge, KnowledgeError> {
        Knowledge::parse_with(sources, Preparsed::default())
    }

    /// [`Knowledge::parse`], with the files already parsed where `preparsed` says so.
    fn parse_with(sources: &Sources, preparsed: Preparsed) -> Result<Knowledge, KnowledgeError> {
        let mut problems = Vec::new();
        let article = parse_article(&sources.article, &sources.article_meta, &mut problems);
        let synonyms = match (&sources.synonyms, preparsed.synonyms) {
            (Some(file), Some(groups)) => check_synonyms(file, groups, &mut problems),
            (Some(file), None) => parse_synonyms(file, &mut problems),
            (None, _) => Vec::new(),
        };
        let mut entries = Vec::new();
        let mut seen_ids: HashMap<String, String> = HashMap::default();
        let mut related_to_check = Vec::new();
        let mut preparsed_entries = preparsed.entries;
        for file in &sources.entries {
            let raw_entries = match preparsed_entries.take() {
                Some(raw_entries) => raw_entries,
                None => match parse_entries(file) {
                    Ok(raw_entries) => raw_entries,
                    Err(problem) => {
                        problems.push(problem);
                        continue;
                    }
                },
            };
            check_entries(
                file,
                raw_entries,
                article.as_ref(),
                &mut seen_ids,
                &mut entries,
                &mut related_to_check,
                &mut problems,
            );
        }
        for (file, line, id, related) in related_to_check {
            if !seen_ids.contains_key(&related) {
                problems.push(Problem {
                    file,
                    line: Some(line),
                    entry: Some(id),
                    kind: ProblemKind::UnknownRelated(related),
                });
            }
        }
        check_duplicate_questions(&entries, &mut problems);
        if entries.is_empty() && problems.is_empty() {
            let file =
                sources.entries.first().map_or_else(|| "entries".to_owned(), |f| f.name.clone());
            problems.push(Problem { file, line: None, entry: None, kind: ProblemKind::NoEntries });
        }
        match (article, problems.is_empty()) {
            (Some(article), true) => Ok(Knowledge {
                article,
                entries: entries.into_iter().map(|(e, _)| e).collect(),
                synonyms,
            }),
            _ => Err(KnowledgeError { problems }),
        }
    }

    /// A small knowledge base from text, for tests and experiments: `article` is the article
    /// (blocks separated by blank lines, the first one its title) and `entries` the TOML of an
    /// entries file. No synonyms.
    ///
    /// ```
    /// use article_qa_bot::knowledge::Knowledge;
    /// let knowledge = Knowledge::from_text(
    ///     "A Title\n\nThe sky is blue today.",
    ///     r#"[[entry]]
    /// id = "sky"
    /// title = "The sky"
    /// topic = "Weather"
    /// questions = ["What colour is the sky?"]
    /// answer = "Blue, today."
    /// quote = "The sky is blue today."
    /// "#,
    /// )?;
    /// assert_eq!(knowledge.entries[0].id, "sky");
    /// # Ok::<(), article_qa_bot::knowledge::KnowledgeError>(())
    /// ```
    pub fn from_text(article: &str, entries: &str) -> Result<Knowledge, KnowledgeError> {
        let title = article.split("\n\n").next().unwrap_or("").trim();
        let meta = format!(
            "title = {}\npublication = \"(in memory)\"\nfront_matter = [\"title\"]",
            toml_string(title)
        );
        Knowledge::parse(&Sources {
            article: SourceFile::new("article.txt", article),
            article_meta: SourceFile::new("article.toml", meta),
            entries: vec![SourceFile::new("entries.toml", entries)],
            synonyms: None,
        })
    }

    /// Returns the knowledge base built into the binary (the `knowledge/` directory at build time).
    pub fn embedded() -> Result<Knowledge, KnowledgeError> {
        let preparsed = Preparsed {
            entries: preparsed::ENTRIES
                .map(|entries| entries.iter().map(|e| (e.line, e.to_raw())).collect()),
            synonyms: preparsed::SYNONYMS.map(|groups| {
                groups.iter().map(|group| group.iter().map(|&s| s.to_owned()).collect()).collect()
            }),
        };
        Knowledge::parse_with(&embedded_sources(), preparsed)
    }

    /// Reads and validates the knowledge base in `dir`: `article.txt`, `article.toml`, an optional
    /// `synonyms.toml`, and every other `*.toml` file as entries, in name order.
    pub fn load_dir(dir: &Path) -> Result<Knowledge, KnowledgeError> {
        Knowledge::parse(&read_sources(dir)?)
    }

    /// Returns the entry with this id.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.id == id)
    }

    /// Returns up to `count` distinct entries: the `preferred` ones first, then the knowledge
    /// base's first entries, so there is always something to suggest.
    pub fn pick<'k>(
        &'k self,
        preferred: impl IntoIterator<Item = &'k Entry>,
        count: usize,
    ) -> Vec<&'k Entry> {
        let mut picked: Vec<&Entry> = Vec::with_capacity(count);
        for entry in preferred.into_iter().chain(&self.entries) {
            if picked.len() == count {
                break;
            }
            if !picked.iter().any(|seen| seen.id == entry.id) {
                picked.push(entry);
            }
        }
        picked
    }

    /// Returns the entries' topics, in the order they first appear.
    pub fn topics(&self) -> Vec<&str> {
        let mut topics: Vec<&str> = Vec::new();
        for entry in &self.entries {
            if !topics.contains(&entry.topic.as_str()) {
                topics.push(&entry.topic);
            }
        }
        topics
    }

    /// Returns which part of the article an entry's quote comes from.
    pub fn source_of(&self, entry: &Entry) -> &Part {
        &self.article.blocks[entry.block].part
    }

    /// Returns the names in the article's paragraphs (see [`capitalised_names`]) that no entry
    /// mentions in its title, keywords or sample questions, each once, in article order. A name
    /// counts as mentioned by its full form, its initials ("SCO" for "Shanghai Cooperation
    /// Organization") or, for a two-word name (middle initials aside), its last word (a surname:
    /// "Trenin" for "Dmitri Trenin", "Mearsheimer" for "John J. Mearsheimer").
    pub fn unmentioned_names(&self) -> Vec<UnmentionedName<'_>> {
        let mut mentioned = String::from(" ");
        for entry in &self.entries {
            let keywords = entry.keywords.iter().map(|k| k.term.as_str());
            let texts = [entry.title.as_str()].into_iter().chain(keywords);
            for text in texts.chain(entry.questions.iter().map(String::as_str)) {
                mentioned.push_str(&words(&normalize(text)).join(" "));
                mentioned.push(' ');
            }
        }
        let is_mentioned = |phrase: &str| mentioned.contains(&format!(" {phrase} "));
        let mut found: Vec<UnmentionedName<'_>> = Vec::new();
        for block in &self.article.blocks {
            if !matches!(block.part, Part::Paragraph(_)) {
                continue;
            }
            for name in capitalised_names(&block.text) {
                let name_words = words(&normalize(&name)).join(" ");
                let parts: Vec<&str> =
                    name_words.split(' ').filter(|w| *w != "of" && w.len() > 1).collect();
                let initials: String = parts.iter().filter_map(|w| w.chars().next()).collect();
                let covered = is_mentioned(&name_words)
                    || (parts.len() > 2 && is_mentioned(&initials))
                    || (parts.len() == 2 && is_mentioned(parts[1]));
                if !covered && !found.iter().any(|f| f.name == name) {
                    found.push(UnmentionedName { name, part: &block.part });
                }
            }
        }
        found
    }

    /// Returns the article's blocks that no entry quotes, as (block index, part).
    pub fn unquoted_blocks(&self) -> Vec<(usize, &Part)> {
        let quoted: HashSet<usize> = self.entries.iter().map(|entry| entry.block).collect();
        let blocks = self.article.blocks.iter().enumerate();
        blocks.filter(|(i, _)| !quoted.contains(i)).map(|(i, block)| (i, &block.part)).collect()
    }

    /// Returns the sentences of the article's paragraphs (split by [`sentences`], in the form
    /// quotes are compared in: straight quotes, single spaces) of at least
    /// [`MIN_SENTENCE_WORDS`] words that no entry's quote contains whole, in article order, each
    /// with the entries whose quote holds part of it. A reader asking about such a sentence can
    /// only get an answer whose quote lacks it, or some of it. The blocks before the paragraphs
    /// (headline, standfirst, captions) are left to [`Knowledge::unquoted_blocks`].
    pub fn unquoted_sentences(&self) -> Vec<UnquotedSentence<'_>> {
        let quotes: Vec<(String, &str)> = self
            .entries
            .iter()
            .map(|entry| (normalize_for_quote(&entry.quote), entry.id.as_str()))
            .filter(|(quote, _)| !quote.is_empty())
            .collect();
        let mut found = Vec::new();
        for block in &self.article.blocks {
            if !matches!(block.part, Part::Paragraph(_)) {
                continue;
            }
            let text = normalize_for_quote(&block.text);
            // Where each quote lies in this paragraph: a quote may appear more than once.
            let spans: Vec<(Range<usize>, &str)> = quotes
                .iter()
                .flat_map(|(quote, id)| {
                    text.match_indices(quote.as_str()).map(|(at, _)| (at..at + quote.len(), *id))
                })
                .collect();
            for sentence in sentences(&text) {
                if text[sentence.clone()].split_whitespace().count() < MIN_SENTENCE_WORDS {
                    continue;
                }
                let whole =
                    |span: &Range<usize>| span.start <= sentence.start && sentence.end <= span.end;
                if spans.iter().any(|(span, _)| whole(span)) {
                    continue;
                }
                let mut partly_quoted_by: Vec<&str> = Vec::new();
                for (span, id) in &spans {
                    let overlaps = span.start < sentence.end && sentence.start < span.end;
                    if overlaps && !partly_quoted_by.contains(id) {
                        partly_quoted_by.push(id);
                    }
                }
                found.push(UnquotedSentence {
                    part: &block.part,
                    text: text[sentence].to_owned(),
                    partly_quoted_by,
                });
            }
        }
        found
    }
}

impl Knowledge {
    /// What each entry's title, answer or `view_of` says that the article cannot back: a
    /// capitalised name or a number the article does not contain, or an answer that opens with
    /// a bare "Yes" or "No" (which readers take as the article's verdict). Entries exempt from a
    /// check by an exception are listed with its reason, so `check` can show them without
    /// counting them.
    pub fn unsupported_claims(&self) -> Vec<UnsupportedClaim<'_>> {
        let article = self
            .article
            .blocks
            .iter()
            .map(|block| undot_acronyms(&normalize_for_quote(&block.text)).to_lowercase())
            .collect::<Vec<_>>()
            .join("\n");
        let article_words: HashSet<String> = claim_words(&article).into_iter().collect();
        // A word is backed when the article has it, or a longer form of it ("Georgia" in
        // "Georgian"), or a shorter one it is a plural or possessive of ("Russians").
        let backed = |word: &str| {
            let word = word.to_lowercase();
            article_words.contains(&word)
                || article_words.iter().any(|known| {
                    known.starts_with(&word)
                        || (known.len() >= 4
                            && word.starts_with(known.as_str())
                            && word.len() <= known.len() + 2)
                })
        };
        let mut claims = Vec::new();
        for entry in &self.entries {
            let mut found = |field: &'static str, check: FaithfulnessCheck, what: String| {
                let excused = entry
                    .exceptions
                    .iter()
                    .find(|exception| exception.check == check)
                    .map(|exception| exception.reason.as_str());
                claims.push(UnsupportedClaim { entry, field, check, what, excused });
            };
            let fields = [
                ("title", entry.title.as_str()),
                ("answer", entry.answer.as_str()),
                ("view_of", entry.view_of.as_deref().unwrap_or("")),
            ];
            for (field, text) in fields {
                let text = undot_acronyms(&normalize_for_quote(text));
                for word in named_words(&text) {
                    if !backed(&word) {
                        found(field, FaithfulnessCheck::Name, word);
                    }
                }
                for number in numbers(&text) {
                    if !article_words.contains(&number) {
                        found(field, FaithfulnessCheck::Number, number);
                    }
                }
            }
            let opening = entry.answer.trim_start();
            let first: String =
                opening.chars().take_while(|c| c.is_alphabetic()).collect::<String>();
            if matches!(first.as_str(), "Yes" | "No") {
                found("answer", FaithfulnessCheck::YesNo, first);
            }
        }
        claims
    }
}

/// Something an entry says that the article cannot back (see
/// [`Knowledge::unsupported_claims`]).
#[derive(Debug, Clone)]
pub struct UnsupportedClaim<'k> {
    /// The entry.
    pub entry: &'k Entry,
    /// The field it is in: `title`, `answer` or `view_of`.
    pub field: &'static str,
    /// The check it fails.
    pub check: FaithfulnessCheck,
    /// The name, number or opening word.
    pub what: String,
    /// The reason of the entry's exception from this check, if it has one.
    pub excused: Option<&'k str>,
}

/// The words of lower-cased `text` as the claim checks compare them: letters and digits,
/// with possessives dropped.
fn claim_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|word| word.trim_matches('\'').trim_end_matches("'s").to_owned())
        .filter(|word| !word.is_empty())
        .collect()
}

/// Capitalised words that are not the first word of a sentence (where any word is
/// capitalised) and are not "I": each names something, so the article must contain it.
/// Acronyms (two or more capitals) are taken wherever they are.
fn named_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut sentence_start = true;
    for raw in text.split(|c: char| c.is_whitespace() || c == '/') {
        let word: String = raw
            .trim_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches("'s")
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '-')
            .collect();
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let acronym = word.chars().filter(|c| c.is_uppercase()).count() >= 2;
        let digits = word.chars().any(|c| c.is_ascii_digit());
        // A quotation or a parenthesis may open with a capital too.
        let opens = sentence_start || raw.starts_with(['"', '(', '\'']);
        if capitalised && !digits && word != "I" && (!opens || acronym) {
            for part in word.split('-').filter(|part| part.starts_with(char::is_uppercase)) {
                words.push(part.to_owned());
            }
        }
        sentence_start = raw.ends_with(['.', '?', '!', ':', ';']);
    }
    words
}

/// `text` with the dots of acronyms dropped ("U.S." is "US", "U.N." is "UN"), as readers and
/// curators write them either way.
fn undot_acronyms(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let after_capital = i > 0 && chars[i - 1].is_uppercase();
        let before_capital_dot = chars.get(i + 1).is_some_and(|next| next.is_uppercase())
            && chars.get(i + 2) == Some(&'.');
        let closes = i >= 3 && chars[i - 2] == '.' && chars[i - 3].is_uppercase();
        if c == '.' && after_capital && (before_capital_dot || closes) {
            continue;
        }
        out.push(c);
    }
    out
}

/// The words of `text` that hold a digit ("2019", "20th", "CR929", "1990s").
fn numbers(text: &str) -> Vec<String> {
    claim_words(&text.to_lowercase())
        .into_iter()
        .filter(|word| word.chars().any(|c| c.is_ascii_digit()))
        .collect()
}

/// Sentences of fewer words than this are not reported unquoted: they carry no fact of their
/// own ("Yet it has not happened.") and would only pad [`Knowledge::unquoted_sentences`].
pub const MIN_SENTENCE_WORDS: usize = 5;

/// A sentence of the article that no entry's quote contains whole.
#[derive(Debug, Clone, PartialEq)]
pub struct UnquotedSentence<'k> {
    /// The part of the article it is in.
    pub part: &'k Part,
    /// The sentence, with straight quotes and single spaces (the form quotes are compared in).
    pub text: String,
    /// The entries whose quote holds part of the sentence, in entry order; empty when no quote
    /// touches it.
    pub partly_quoted_by: Vec<&'k str>,
}

/// A name in the article (a person, an organisation, a place, a treaty) that no entry mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct UnmentionedName<'k> {
    /// The name as the article writes it.
    pub name: String,
    /// The first part of the article it appears in.
    pub part: &'k Part,
}

/// Words that start a sentence without being part of the name that follows: "The United
/// States" is named "United States".
const NOT_NAME_START: &[&str] = &[
    "a",
    "an",
    "the",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "of",
    "to",
    "with",
    "and",
    "but",
    "or",
    "as",
    "if",
    "this",
    "that",
    "these",
    "those",
    "then",
    "even",
    "among",
    "after",
    "while",
    "despite",
    "moreover",
    "however",
    "similarly",
    "overall",
    "fundamentally",
    "such",
    "first",
    "second",
    "some",
    "many",
    "it",
    "there",
];

/// Capitalised words that are not names but sit next to them: titles, nationalities and months
/// ("Russian Foreign Minister Lavrov", "Then-Secretary of State John Kerry", "in late December
/// China's ..."). They end a name and are left out of it.
const NAME_BREAKS: &[&str] = &[
    "dr",
    "mr",
    "mrs",
    "ms",
    "president",
    "then-president",
    "minister",
    "secretary",
    "then-secretary",
    "state",
    "ambassador",
    "director",
    "russian",
    "chinese",
    "american",
    "foreign",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Returns the names in `text`: runs of two or more capitalised words, possibly joined by "of",
/// not broken by punctuation ("Vladimir Putin", "Carnegie Moscow Center", "University of
/// Chicago"), without a leading function word, title or nationality ("Russian President Vladimir
/// Putin" is "Vladimir Putin"). Single capitalised words are left out: most start a sentence.
pub fn capitalised_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let mut flush = |run: &mut Vec<&str>| {
        while run.first().is_some_and(|w| NOT_NAME_START.contains(&w.to_lowercase().as_str())) {
            run.remove(0);
        }
        while run.last() == Some(&"of") {
            run.pop();
        }
        if run.len() >= 2 {
            names.push(run.join(" "));
        }
        run.clear();
    };
    for raw in text.split_whitespace() {
        let opens = raw.starts_with(|c: char| !c.is_alphanumeric());
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        // A possessive ends the name: "Russia’s" is "Russia", then the run stops.
        let (word, possessive) = match word.strip_suffix("’s").or_else(|| word.strip_suffix("'s"))
        {
            Some(stem) => (stem, true),
            None => (word, false),
        };
        // The dot of a middle initial ("John J. Mearsheimer") does not end the name; after two
        // words it is more likely a sentence's end ("World War I. Russia ...").
        let initial = word.len() == 1 && raw.ends_with('.') && run.len() == 1;
        let closes = possessive || (!initial && raw.ends_with(|c: char| !c.is_alphanumeric()));
        if opens {
            flush(&mut run);
        }
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        match (capitalised, word) {
            _ if NAME_BREAKS.contains(&word.to_lowercase().as_str()) => flush(&mut run),
            (true, _) => run.push(word),
            (false, "of") if !run.is_empty() => run.push(word),
            (false, _) => flush(&mut run),
        }
        if closes {
            flush(&mut run);
        }
    }
    flush(&mut run);
    names
}

/// `text` as a TOML basic string.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The sources of the knowledge base embedded in the binary.
pub fn embedded_sources() -> Sources {
    let file =
        |name: &str, text: &str| SourceFile::new(format!("knowledge/{name} (embedded)"), text);
    Sources {
        article: file(files::ARTICLE, include_str!("../knowledge/article.txt")),
        article_meta: file(files::ARTICLE_META, include_str!("../knowledge/article.toml")),
        entries: vec![file(files::ENTRIES, include_str!("../knowledge/entries.toml"))],
        synonyms: Some(file(files::SYNONYMS, include_str!("../knowledge/synonyms.toml"))),
    }
}

/// Reads the files of a knowledge directory.
pub fn read_sources(dir: &Path) -> Result<Sources, KnowledgeError> {
    let read = |path: PathBuf| -> Result<SourceFile, KnowledgeError> {
        let name = path.display().to_string();
        let fail = |line: Option<usize>, entry: Option<String>, kind: ProblemKind| KnowledgeError {
            problems: vec![Problem { file: name.clone(), line, entry, kind }],
        };
        let size = std::fs::metadata(&path).map(|meta| meta.len()).unwrap_or(0);
        if size > MAX_FILE_BYTES {
            return Err(fail(
                None,
                None,
                ProblemKind::TooLarge { bytes: size, max: MAX_FILE_BYTES },
            ));
        }
        let bytes = std::fs::read(&path)
            .map_err(|err| fail(None, None, ProblemKind::Io(err.to_string())))?;
        match String::from_utf8(bytes) {
            Ok(text) => Ok(SourceFile::new(name, text)),
            Err(err) => {
                let byte = err.utf8_error().valid_up_to();
                let valid = String::from_utf8_lossy(&err.as_bytes()[..byte]);
                let line = valid.matches('\n').count() + 1;
                Err(fail(Some(line), last_entry_id(&valid), ProblemKind::NotUtf8 { byte }))
            }
        }
    };
    let listing = std::fs::read_dir(dir).map_err(|err| KnowledgeError {
        problems: vec![Problem {
            file: dir.display().to_string(),
            line: None,
            entry: None,
            kind: ProblemKind::Io(err.to_string()),
        }],
    })?;
    let mut entry_paths: Vec<PathBuf> = listing
        .filter_map(Result::ok)
        .map(|item| item.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .filter(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name != files::ARTICLE_META && name != files::SYNONYMS
        })
        .collect();
    entry_paths.sort();
    let synonyms_path = dir.join(files::SYNONYMS);
    Ok(Sources {
        article: read(dir.join(files::ARTICLE))?,
        article_meta: read(dir.join(files::ARTICLE_META))?,
        entries: entry_paths.into_iter().map(read).collect::<Result<_, _>>()?,
        synonyms: if synonyms_path.exists() { Some(read(synonyms_path)?) } else { None },
    })
}

fn parse_article(
    text: &SourceFile,
    meta: &SourceFile,
    problems: &mut Vec<Problem>,
) -> Option<Article> {
    let meta: ArticleMeta = match toml::from_str(&meta.text) {
        Ok(parsed) => parsed,
        Err(err) => {
            problems.push(syntax_problem(meta, &err));
            return None;
        }
    };
    let raw_blocks: Vec<&str> = split_blocks(&text.text);
    if raw_blocks.len() <= meta.front_matter.len() {
        problems.push(Problem {
            file: text.name.clone(),
            line: None,
            entry: None,
            kind: ProblemKind::ShortArticle {
                blocks: raw_blocks.len(),
                named: meta.front_matter.len(),
            },
        });
        return None;
    }
    let blocks = raw_blocks
        .iter()
        .enumerate()
        .map(|(i, block)| Block {
            part: match meta.front_matter.get(i) {
                Some(name) => Part::Front(name.clone()),
                None => Part::Paragraph(i + 1 - meta.front_matter.len()),
            },
            text: (*block).to_owned(),
        })
        .collect();
    Some(Article { title: meta.title, publication: meta.publication, blocks })
}

/// Splits text into blocks separated by blank lines, each trimmed.
fn split_blocks(text: &str) -> Vec<&str> {
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (true, Some(s)) => {
                blocks.push(text[s..offset].trim());
                start = None;
            }
            (false, None) => start = Some(offset),
            _ => {}
        }
        offset += line.len();
    }
    if let Some(s) = start {
        blocks.push(text[s..].trim());
    }
    blocks
}

/// A file's entries, each with the line of its `[[entry]]` table.
fn parse_entries(file: &SourceFile) -> Result<Vec<(usize, RawEntry)>, Problem> {
    let parsed: EntriesFile =
        toml::from_str(&file.text).map_err(|err| syntax_problem(file, &err))?;
    let lines = LineIndex::new(&file.text);
    Ok(parsed
        .entry
        .into_iter()
        .map(|spanned| (lines.line_of(spanned.span().start), spanned.into_inner()))
        .collect())
}

fn parse_synonyms(file: &SourceFile, problems: &mut Vec<Problem>) -> Vec<Vec<String>> {
    match toml::from_str::<SynonymsFile>(&file.text) {
        Ok(parsed) => check_synonyms(file, parsed.groups, problems),
        Err(err) => {
            problems.push(syntax_problem(file, &err));
            Vec::new()
        }
    }
}

fn check_synonyms(
    file: &SourceFile,
    groups: Vec<Vec<String>>,
    problems: &mut Vec<Problem>,
) -> Vec<Vec<String>> {
    let lines = group_lines(&file.text, &groups);
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    // Each term as the matcher sees it: normalised words, stemmed.
    let key = |term: &str| -> Vec<String> {
        let normalized = crate::text::normalize(term);
        crate::text::words(&normalized).iter().map(|word| stemmer.stem(word).into_owned()).collect()
    };
    let mut owner: HashMap<Vec<String>, usize> = HashMap::default();
    for (i, group) in groups.iter().enumerate() {
        if group.iter().filter(|term| !term.trim().is_empty()).count() < 2 {
            problems.push(Problem {
                file: file.name.clone(),
                line: Some(lines[i]),
                entry: None,
                kind: ProblemKind::ShortSynonymGroup(i + 1),
            });
        }
        for term in group {
            let words = key(term);
            if words.is_empty() {
                continue;
            }
            match owner.get(&words) {
                Some(&earlier) if earlier != i => problems.push(Problem {
                    file: file.name.clone(),
                    line: Some(lines[i]),
                    entry: None,
                    kind: ProblemKind::OverlappingSynonyms {
                        group: i + 1,
                        line: lines[i],
                        term: term.clone(),
                        earlier: earlier + 1,
                        earlier_line: lines[earlier],
                    },
                }),
                Some(_) => {}
                None => {
                    owner.insert(words, i);
                }
            }
        }
    }
    groups
}

/// The line on which each synonym group starts: where its first term is written, looked for
/// after the previous group's. 1 for a group that cannot be found (it was not written as text).
fn group_lines(text: &str, groups: &[Vec<String>]) -> Vec<usize> {
    let mut from = 0;
    groups
        .iter()
        .map(|group| {
            let Some(first) = group.first() else { return 1 };
            let quoted = format!("\"{first}\"");
            match text[from..].find(&quoted) {
                Some(at) => {
                    from += at + quoted.len();
                    text[..from].matches('\n').count() + 1
                }
                None => 1,
            }
        })
        .collect()
}

/// The id of the last entry that starts in `text`, an entries file cut short: the entry a
/// problem at its end belongs to.
fn last_entry_id(text: &str) -> Option<String> {
    let at = text.rfind("[[entry]]")?;
    let rest = &text[at..];
    let line = rest.lines().find(|line| line.trim_start().starts_with("id"))?;
    let value = line.split_once('=')?.1.trim();
    Some(value.trim_matches('"').to_owned())
}

type RelatedCheck = (String, usize, String, String);

/// Files parsed before [`Knowledge::parse_with`] runs: the first entries file's entries with
/// their lines, and the synonym groups.
#[derive(Default)]
struct Preparsed {
    entries: Option<Vec<(usize, RawEntry)>>,
    synonyms: Option<Vec<Vec<String>>>,
}

/// Validates one file's entries (each with the line of its table) and adds them to `entries`.
fn check_entries(
    file: &SourceFile,
    raw_entries: Vec<(usize, RawEntry)>,
    article: Option<&Article>,
    seen_ids: &mut HashMap<String, String>,
    entries: &mut Vec<(Entry, (String, usize))>,
    related_to_check: &mut Vec<RelatedCheck>,
    problems: &mut Vec<Problem>,
) {
    // The article normalised once, as one string, with where each block starts in it: one
    // search per quote instead of one per quote and block.
    let mut normalized_article = String::new();
    let mut block_starts: Vec<usize> = Vec::new();
    for block in article.map(|article| article.blocks.as_slice()).unwrap_or_default() {
        block_starts.push(normalized_article.len());
        normalized_article.push_str(&normalize_for_quote(&block.text));
        normalized_article.push('\n');
    }
    let quotes: Vec<String> =
        raw_entries.iter().map(|(_, raw)| normalize_for_quote(&raw.quote)).collect();
    let quotes_found = find_each(&normalized_article, &quotes);
    for (((line, raw), quote), quote_found) in raw_entries.into_iter().zip(quotes).zip(quotes_found)
    {
        let mut report = |kind: ProblemKind| {
            problems.push(Problem {
                file: file.name.clone(),
                line: Some(line),
                entry: Some(raw.id.clone()),
                kind,
            });
        };
        let id_ok = !raw.id.is_empty()
            && raw.id.len() <= MAX_ID_BYTES
            && raw.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            report(ProblemKind::BadId(raw.id.clone()));
        }
        match seen_ids.get(&raw.id) {
            Some(first) => {
                report(ProblemKind::DuplicateId { id: raw.id.clone(), first: first.clone() })
            }
            None => {
                seen_ids.insert(raw.id.clone(), format!("{}:{line}", file.name));
            }
        }
        for (field, value) in [
            ("title", &raw.title),
            ("topic", &raw.topic),
            ("answer", &raw.answer),
            ("quote", &raw.quote),
        ] {
            if value.trim().is_empty() {
                report(ProblemKind::EmptyField(field));
            }
        }
        if raw.questions.iter().all(|q| q.trim().is_empty()) {
            report(ProblemKind::EmptyField("questions"));
        }
        for (field, value, max) in [
            ("title", &raw.title, MAX_TITLE_CHARS),
            ("answer", &raw.answer, MAX_TEXT_CHARS),
            ("quote", &raw.quote, MAX_TEXT_CHARS),
        ] {
            let len = value.chars().count();
            if len > max {
                report(ProblemKind::TooLong { field, len, max });
            }
        }
        let keywords: Vec<Keyword> = raw
            .keywords
            .iter()
            .map(|keyword| match keyword {
                RawKeyword::Plain(term) => Keyword { term: term.clone(), weight: 1.0 },
                RawKeyword::Weighted { term, weight } => {
                    Keyword { term: term.clone(), weight: *weight }
                }
            })
            .collect();
        for keyword in &keywords {
            if keyword.term.trim().is_empty() {
                report(ProblemKind::EmptyField("keywords"));
            }
            if !(0.1..=2.0).contains(&keyword.weight) {
                report(ProblemKind::BadWeight {
                    term: keyword.term.clone(),
                    weight: keyword.weight,
                });
            }
        }
        // Blocks are joined with '\n', which a normalised quote never contains, so a match
        // never spans two blocks.
        let found = match quote.is_empty() {
            true => None,
            false => quote_found,
        };
        let block = match found {
            Some(at) => block_starts.partition_point(|&start| start <= at) - 1,
            None => {
                if article.is_some() && !quote.is_empty() {
                    report(ProblemKind::QuoteNotInArticle(raw.quote.clone()));
                }
                0
            }
        };
        for related in &raw.related {
            related_to_check.push((file.name.clone(), line, raw.id.clone(), related.clone()));
        }
        if raw.view_of.as_deref().is_some_and(|view| view.trim().is_empty()) {
            report(ProblemKind::EmptyField("view_of"));
        }
        let gives = raw.gives.as_ref().map(|names| {
            names
                .iter()
                .filter_map(|name| {
                    let kind = QuestionKind::from_name(name);
                    if kind.is_none() {
                        report(ProblemKind::UnknownQuestionKind(name.clone()));
                    }
                    kind
                })
                .collect::<Vec<_>>()
        });
        let mut exceptions = Vec::new();
        for exception in &raw.exceptions {
            let check = FaithfulnessCheck::ALL.iter().find(|(_, name)| *name == exception.check);
            match check {
                None => report(ProblemKind::UnknownCheck(exception.check.clone())),
                Some(_) if exception.reason.trim().is_empty() => {
                    report(ProblemKind::EmptyField("exceptions.reason"))
                }
                Some(&(check, _)) => {
                    exceptions.push(Exception { check, reason: exception.reason.trim().to_owned() })
                }
            }
        }
        entries.push((
            Entry {
                id: raw.id,
                title: raw.title.trim().to_owned(),
                topic: raw.topic.trim().to_owned(),
                questions: raw.questions.into_iter().filter(|q| !q.trim().is_empty()).collect(),
                keywords,
                answer: raw.answer.trim().to_owned(),
                view_of: raw.view_of.map(|view| view.trim().to_owned()),
                quote: raw.quote.trim().to_owned(),
                related: raw.related,
                exceptions,
                gives,
                block,
            },
            (file.name.clone(), line),
        ));
    }
}

fn check_duplicate_questions(entries: &[(Entry, (String, usize))], problems: &mut Vec<Problem>) {
    let mut owner: HashMap<String, &str> = HashMap::default();
    for (entry, (file, line)) in entries {
        for question in &entry.questions {
            let key = collapse_whitespace(&normalize(question), |c| c);
            match owner.get(&key) {
                Some(other) => problems.push(Problem {
                    file: file.clone(),
                    line: Some(*line),
                    entry: Some(entry.id.clone()),
                    kind: ProblemKind::DuplicateQuestion {
                        question: question.clone(),
                        other: (*other).to_owned(),
                    },
                }),
                None => {
                    owner.insert(key, &entry.id);
                }
            }
        }
    }
}

fn syntax_problem(file: &SourceFile, err: &toml::de::Error) -> Problem {
    let line = err.span().map(|span| LineIndex::new(&file.text).line_of(span.start));
    let entry = line.and_then(|line| entry_id_near(&file.text, line));
    Problem {
        file: file.name.clone(),
        line,
        entry,
        kind: ProblemKind::Syntax(err.message().trim().to_owned()),
    }
}

/// The first position of each needle in `haystack`, found in one pass over it: needles are
/// grouped by their first eight bytes, each position of the haystack is looked up once, and
/// only needles with a matching prefix are compared in full. (A substring search per quote spent
/// most of its time preparing each needle.)
fn find_each(haystack: &str, needles: &[String]) -> Vec<Option<usize>> {
    const PREFIX: usize = 8;
    let prefix_key = |bytes: &[u8]| u64::from_le_bytes(bytes.try_into().unwrap_or_default());
    let haystack = haystack.as_bytes();
    let mut found = vec![None; needles.len()];
    let mut by_prefix: HashMap<u64, Vec<usize>> = HashMap::default();
    for (i, needle) in needles.iter().enumerate() {
        match needle.as_bytes().get(..PREFIX) {
            Some(prefix) => by_prefix.entry(prefix_key(prefix)).or_default().push(i),
            None => found[i] = memchr::memmem::find(haystack, needle.as_bytes()),
        }
    }
    if by_prefix.is_empty() {
        return found;
    }
    for (at, window) in haystack.windows(PREFIX).enumerate() {
        let Some(candidates) = by_prefix.get(&prefix_key(window)) else { continue };
        for &i in candidates {
            if found[i].is_none() && haystack[at..].starts_with(needles[i].as_bytes()) {
                found[i] = Some(at);
            }
        }
    }
    found
}

/// Where each line of a text starts, so that every entry's line is found by a binary search
/// rather than by counting newlines from the top of a 100 kB file for each entry.
struct LineIndex {
    len: usize,
    ends_with_newline: bool,
    newlines: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        LineIndex {
            len: text.len(),
            ends_with_newline: text.ends_with('\n'),
            newlines: memchr::memchr_iter(b'\n', text.as_bytes()).collect(),
        }
    }

    /// Returns the 1-based line of a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.len);
        // An error at the very end (an unterminated string on the last line) is on that line,
        // not on the empty one after the final newline.
        if offset == self.len && self.ends_with_newline {
            offset -= 1;
        }
        self.newlines.partition_point(|&at| at < offset) + 1
    }
}

/// Finds the id of the `[[entry]]` table that contains a 1-based line, so that a syntax error can
/// name the entry it is in.
fn entry_id_near(text: &str, line: usize) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let upto = line.min(lines.len());
    let table_start = lines[..upto].iter().rposition(|l| l.trim() == "[[entry]]")?;
    lines[table_start + 1..].iter().take_while(|l| l.trim() != "[[entry]]").find_map(|l| {
        let rest = l.trim().strip_prefix("id")?.trim_start().strip_prefix('=')?;
        Some(rest.trim().trim_matches('"').to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLAIMS_ARTICLE: &str = "A Title\n\nThe U.S. Secretary of State John Kerry spoke in 2015 \
                           about the 20th anniversary, in Georgian.";

    /// One entry whose title and answer are `title` and `answer`, with `extra` TOML lines.
    fn claims_of(title: &str, answer: &str, extra: &str) -> Vec<(FaithfulnessCheck, String, bool)> {
        let entries = format!(
            "[[entry]]\nid = \"e\"\ntitle = {}\ntopic = \"T\"\nquestions = [\"q?\"]\n\
             answer = {}\nquote = \"John Kerry spoke in 2015\"\n{extra}",
            toml_string(title),
            toml_string(answer)
        );
        let knowledge = Knowledge::from_text(CLAIMS_ARTICLE, &entries).expect("valid");
        knowledge
            .unsupported_claims()
            .into_iter()
            .map(|claim| (claim.check, claim.what, claim.excused.is_some()))
            .collect()
    }

    #[test]
    fn a_name_the_article_lacks_is_flagged() {
        let claims = claims_of("Kerry and the press", "Then Joe Kerry spoke.", "");
        assert_eq!(claims, [(FaithfulnessCheck::Name, "Joe".to_owned(), false)]);
        // The article's own names, acronyms written with or without dots, longer forms
        // ("Georgia" in "Georgian") and the first word of a sentence are not.
        let clean =
            "Secretary of State John Kerry spoke for the US and the U.S. in Georgia. Then...";
        assert_eq!(claims_of("Kerry", clean, ""), []);
    }

    #[test]
    fn a_number_the_article_lacks_is_flagged() {
        let claims = claims_of("Kerry in 2016", "He spoke in 2015, on the 20th anniversary.", "");
        assert_eq!(claims, [(FaithfulnessCheck::Number, "2016".to_owned(), false)]);
    }

    #[test]
    fn a_bare_yes_or_no_opener_is_flagged() {
        for opener in ["Yes", "No"] {
            let claims = claims_of("Kerry", &format!("{opener}: Kerry spoke."), "");
            assert_eq!(claims, [(FaithfulnessCheck::YesNo, opener.to_owned(), false)]);
        }
        assert_eq!(claims_of("Kerry", "Nobody doubts that Kerry spoke.", ""), []);
    }

    #[test]
    fn an_exception_with_a_reason_excuses_only_its_check() {
        let extra = "exceptions = [{ check = \"yes-no\", reason = \"Kerry said yes.\" }]";
        let claims = claims_of("Kerry", "Yes: Kerry spoke in 2016.", extra);
        assert_eq!(
            claims,
            [
                (FaithfulnessCheck::Number, "2016".to_owned(), false),
                (FaithfulnessCheck::YesNo, "Yes".to_owned(), true),
            ]
        );
        let unknown = "exceptions = [{ check = \"maybe\", reason = \"r\" }]";
        let entries = format!(
            "[[entry]]\nid = \"e\"\ntitle = \"t\"\ntopic = \"T\"\nquestions = [\"q?\"]\n\
             answer = \"a\"\nquote = \"John Kerry spoke in 2015\"\n{unknown}"
        );
        let err = Knowledge::from_text(CLAIMS_ARTICLE, &entries).unwrap_err();
        assert!(matches!(err.problems[0].kind, ProblemKind::UnknownCheck(_)), "{err}");
    }

    #[test]
    fn the_base_parsed_at_build_time_equals_the_base_parsed_from_its_text() {
        let (Some(entries), Some(_)) = (preparsed::ENTRIES, preparsed::SYNONYMS) else {
            panic!("build.rs did not pre-parse the shipped knowledge files");
        };
        let from_build = Knowledge::embedded().expect("valid");
        let from_text = Knowledge::parse(&embedded_sources()).expect("valid");
        assert_eq!(format!("{from_build:?}"), format!("{from_text:?}"));
        // Problems are reported against the line of each entry's table, as when parsing text.
        let text = include_str!("../knowledge/entries.toml");
        let lines: Vec<&str> = text.lines().collect();
        for entry in entries {
            assert_eq!(lines[entry.line - 1].trim(), "[[entry]]", "entry {}", entry.id);
            let id_line = format!("id = {:?}", entry.id);
            let table = lines[entry.line..].iter().take_while(|line| line.trim() != "[[entry]]");
            assert!(table.map(|line| line.trim()).any(|line| line == id_line), "{}", entry.id);
        }
    }

    #[test]
    fn finds_each_needle_at_its_first_position() {
        let haystack = "the seam between them; the seam holds. ab";
        let needles: Vec<String> =
            ["the seam holds", "the seam", "ab", "them; the", "absent needle", "xy"]
                .map(String::from)
                .to_vec();
        let expected = needles.iter().map(|n| haystack.find(n.as_str())).collect::<Vec<_>>();
        assert_eq!(find_each(haystack, &needles), expected);
        assert_eq!(expected[0], Some(23));
    }

    const ARTICLE: &str = "Headline Here\n\nA standfirst.\n\nFirst paragraph says “hello there”.  It ends.\n\nSecond paragraph.\n";
    const META: &str = "title = \"Headline Here\"\npublication = \"Gazette\"\nfront_matter = [\"title\", \"standfirst\"]\n";

    fn sources(entries: &str) -> Sources {
        Sources {
            article: SourceFile::new("article.txt", ARTICLE),
            article_meta: SourceFile::new("article.toml", META),
            entries: vec![SourceFile::new("entries.toml", entries)],
            synonyms: None,
        }
    }

    fn entry(id: &str, quote: &str, related: &str) -> String {
        format!(
            "[[entry]]\nid = \"{id}\"\ntitle = \"T {id}\"\ntopic = \"X\"\nquestions = [\"question {id}?\"]\n\
             answer = \"An answer.\"\nquote = {quote:?}\nrelated = [{related}]\n\n"
        )
    }

    fn kinds(result: Result<Knowledge, KnowledgeError>) -> Vec<String> {
        result.expect_err("expected an error").problems.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn parses_blocks_and_locates_quotes() {
        let text = entry("a", "First paragraph says \"hello   there\".", "\"b\"")
            + &entry("b", "Second paragraph.", "");
        let knowledge = Knowledge::parse(&sources(&text)).unwrap();
        assert_eq!(knowledge.article.blocks.len(), 4);
        assert_eq!(knowledge.source_of(&knowledge.entries[0]), &Part::Paragraph(1));
        assert_eq!(knowledge.source_of(&knowledge.entries[1]).to_string(), "paragraph 2");
        assert_eq!(knowledge.unquoted_blocks().iter().map(|(i, _)| *i).collect::<Vec<_>>(), [0, 1]);
        let ids = |picked: Vec<&Entry>| picked.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(knowledge.pick([&knowledge.entries[1]], 3)), ["b", "a"]);
        assert_eq!(ids(knowledge.pick([], 1)), ["a"]);
    }

    #[test]
    fn reports_sentences_no_quote_holds_whole_and_who_quotes_part_of_them() {
        const ARTICLE: &str = "Headline Here\n\nA standfirst that no entry quotes at all.\n\n\
            Dr. Ann Lee said “Moscow and Beijing trade energy.” Trade grew in 2020 and in 2021. \
            Too short here.\n\nBanks in Shanghai lend money to Russian firms.\n";
        let sources = |entries: String| Sources {
            article: SourceFile::new("article.txt", ARTICLE),
            article_meta: SourceFile::new("article.toml", META),
            entries: vec![SourceFile::new("entries.toml", &entries)],
            synonyms: None,
        };
        // A curly-quoted sentence quoted with straight quotes and other spacing counts as whole.
        let whole = entry("whole", "Dr. Ann Lee said \"Moscow and   Beijing trade energy.\"", "");
        let part = entry("part", "Trade grew in 2020", "") + &entry("lend", "lend money", "");
        let knowledge = Knowledge::parse(&sources(whole + &part)).unwrap();
        let found = knowledge.unquoted_sentences();
        let summary: Vec<(String, &str, Vec<&str>)> = found
            .iter()
            .map(|s| (s.part.to_string(), s.text.as_str(), s.partly_quoted_by.clone()))
            .collect();
        assert_eq!(
            summary,
            [
                ("paragraph 1".to_owned(), "Trade grew in 2020 and in 2021.", vec!["part"]),
                (
                    "paragraph 2".to_owned(),
                    "Banks in Shanghai lend money to Russian firms.",
                    vec!["lend"]
                ),
            ]
        );
    }

    #[test]
    fn rejects_a_quote_that_is_not_in_the_article() {
        let problems =
            kinds(Knowledge::parse(&sources(&entry("made-up", "Second paragraph!", ""))));
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0]
                .starts_with("entries.toml:1: entry `made-up`: the quote is not in the article"),
            "{problems:?}"
        );
    }

    #[test]
    fn rejects_duplicate_ids_bad_ids_and_dangling_related() {
        let text = entry("a", "It ends.", "\"nowhere\"")
            + &entry("a", "It ends.", "")
            + &entry("Bad Id", "It ends.", "");
        let problems = kinds(Knowledge::parse(&sources(&text)));
        assert!(problems.iter().any(|p| p.contains("duplicate id `a`")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("id `Bad Id` must be")), "{problems:?}");
        assert!(
            problems.iter().any(|p| p.contains("entry `a`: `related` names `nowhere`")),
            "{problems:?}"
        );
    }

    #[test]
    fn rejects_empty_fields_and_duplicate_questions() {
        let text = entry("a", "It ends.", "").replace("answer = \"An answer.\"", "answer = \"  \"")
            + &entry("b", "It ends.", "").replace("question b?", "Question  A?");
        let problems = kinds(Knowledge::parse(&sources(&text)));
        assert!(
            problems.iter().any(|p| p.contains("entry `a`: `answer` is empty")),
            "{problems:?}"
        );
        assert!(
            problems.iter().any(|p| p.contains("entry `b`: the sample question")),
            "{problems:?}"
        );
    }

    #[test]
    fn syntax_errors_name_file_line_and_entry() {
        let text = entry("a", "It ends.", "") + "[[entry]]\nid = \"broken\"\ntitle = \"x\n";
        let problems = kinds(Knowledge::parse(&sources(&text)));
        assert_eq!(problems.len(), 1, "{problems:?}");
        // The unterminated string is the last line, 12 (the second entry's `title`).
        assert!(problems[0].starts_with("entries.toml:12: entry `broken`:"), "{problems:?}");
    }

    #[test]
    fn unknown_fields_are_errors() {
        let text = entry("a", "It ends.", "").replace("topic =", "colour = \"red\"\ntopic =");
        let problems = kinds(Knowledge::parse(&sources(&text)));
        assert!(problems[0].contains("unknown field `colour`"), "{problems:?}");
    }

    #[test]
    fn no_entries_is_an_error() {
        let problems = kinds(Knowledge::parse(&sources("")));
        assert_eq!(problems, ["entries.toml: there are no entries"]);
    }

    #[test]
    fn finds_capitalised_names_without_titles_or_sentence_starts() {
        let text = "The United States and Russian President Vladimir Putin met. In late December \
                    China’s Xi Jinping spoke of the University of Chicago, where John J. Mearsheimer \
                    works, after World War I. Russia retained it. Then-Secretary of State John Kerry \
                    spoke. Moscow agreed.";
        assert_eq!(
            capitalised_names(text),
            [
                "United States",
                "Vladimir Putin",
                "Xi Jinping",
                "University of Chicago",
                "John J Mearsheimer",
                "World War I",
                "John Kerry"
            ]
        );
    }

    #[test]
    fn names_count_as_mentioned_by_full_form_initials_or_surname() {
        let article = "Title\n\nDmitri Trenin and the Shanghai Cooperation Organization met \
                       Alexander Gabuev at the Carnegie Moscow Center.";
        let sources = Sources {
            article: SourceFile::new("article.txt", article),
            article_meta: SourceFile::new(
                "article.toml",
                "title = \"Title\"\npublication = \"P\"\nfront_matter = [\"title\"]",
            ),
            entries: vec![SourceFile::new(
                "entries.toml",
                "[[entry]]\nid = \"a\"\ntitle = \"Who is Trenin?\"\ntopic = \"t\"\n\
                 questions = [\"What is the SCO?\"]\nkeywords = [\"carnegie\"]\nanswer = \"x\"\n\
                 quote = \"Dmitri Trenin\"\n",
            )],
            synonyms: None,
        };
        let knowledge = Knowledge::parse(&sources).unwrap();
        let names: Vec<String> =
            knowledge.unmentioned_names().into_iter().map(|name| name.name).collect();
        // "carnegie" alone is not the full name, its initials or (three words) a surname.
        assert_eq!(names, ["Alexander Gabuev", "Carnegie Moscow Center"]);
    }

    #[test]
    fn keyword_weights_are_checked() {
        let text = entry("a", "It ends.", "")
            .replace("related", "keywords = [\"x\", { term = \"y\", weight = 9.0 }]\nrelated");
        let problems = kinds(Knowledge::parse(&sources(&text)));
        assert!(problems[0].contains("keyword \"y\" has weight 9"), "{problems:?}");
    }
}
