//! The knowledge files' TOML shapes, as deserialized before validation.
//!
//! Shared with `build.rs`, which parses the shipped entries and synonyms once at build time
//! into [`PreparsedEntry`] statics, so the embedded knowledge base skips the TOML parser at
//! start-up (it was most of the load time). Only std, serde and toml may be used here.

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EntriesFile {
    #[serde(default)]
    pub(crate) entry: Vec<toml::Spanned<RawEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawEntry {
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) topic: String,
    pub(crate) questions: Vec<String>,
    #[serde(default)]
    pub(crate) keywords: Vec<RawKeyword>,
    pub(crate) answer: String,
    #[serde(default)]
    pub(crate) view_of: Option<String>,
    pub(crate) quote: String,
    #[serde(default)]
    pub(crate) related: Vec<String>,
    #[serde(default)]
    pub(crate) exceptions: Vec<RawException>,
    #[serde(default)]
    pub(crate) gives: Option<Vec<String>>,
    #[serde(default)]
    pub(crate) subject: Option<String>,
    #[serde(default)]
    pub(crate) why: Option<String>,
    #[serde(default)]
    pub(crate) more: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawException {
    pub(crate) check: String,
    pub(crate) reason: String,
}

#[derive(Deserialize)]
#[serde(untagged)]
pub(crate) enum RawKeyword {
    Plain(String),
    Weighted { term: String, weight: f32 },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SynonymsFile {
    #[serde(default)]
    pub(crate) groups: Vec<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SmallTalkFile {
    #[serde(default)]
    pub(crate) fillers: Vec<String>,
    #[serde(default)]
    pub(crate) intent: Vec<toml::Spanned<RawIntent>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawIntent {
    pub(crate) name: String,
    #[serde(default)]
    pub(crate) suggest: bool,
    pub(crate) phrases: Vec<String>,
    pub(crate) replies: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TranslationsFile {
    #[serde(default)]
    pub(crate) entry: Vec<toml::Spanned<RawTranslation>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTranslation {
    pub(crate) id: String,
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) questions: Vec<String>,
    #[serde(default)]
    pub(crate) keywords: Vec<RawKeyword>,
    pub(crate) answer: String,
    #[serde(default)]
    pub(crate) view_of: Option<String>,
    #[serde(default)]
    pub(crate) subject: Option<String>,
    pub(crate) quote: String,
}

/// An entry of the shipped `entries.toml`, parsed by `build.rs`.
pub(crate) struct PreparsedEntry {
    /// The 1-based line of its `[[entry]]` table, for problem reports.
    pub(crate) line: usize,
    pub(crate) id: &'static str,
    pub(crate) title: &'static str,
    pub(crate) topic: &'static str,
    pub(crate) questions: &'static [&'static str],
    /// Each keyword with its weight, `None` for a plain keyword.
    pub(crate) keywords: &'static [(&'static str, Option<f32>)],
    pub(crate) answer: &'static str,
    pub(crate) view_of: Option<&'static str>,
    pub(crate) quote: &'static str,
    pub(crate) related: &'static [&'static str],
    /// Each exception as (check, reason).
    pub(crate) exceptions: &'static [(&'static str, &'static str)],
    pub(crate) gives: Option<&'static [&'static str]>,
    pub(crate) subject: Option<&'static str>,
    pub(crate) why: Option<&'static str>,
    pub(crate) more: Option<&'static str>,
}

impl PreparsedEntry {
    pub(crate) fn to_raw(&self) -> RawEntry {
        let strings = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect();
        RawEntry {
            id: self.id.to_owned(),
            title: self.title.to_owned(),
            topic: self.topic.to_owned(),
            questions: strings(self.questions),
            keywords: self
                .keywords
                .iter()
                .map(|&(term, weight)| match weight {
                    None => RawKeyword::Plain(term.to_owned()),
                    Some(weight) => RawKeyword::Weighted { term: term.to_owned(), weight },
                })
                .collect(),
            answer: self.answer.to_owned(),
            view_of: self.view_of.map(str::to_owned),
            quote: self.quote.to_owned(),
            related: strings(self.related),
            exceptions: self
                .exceptions
                .iter()
                .map(|&(check, reason)| RawException {
                    check: check.to_owned(),
                    reason: reason.to_owned(),
                })
                .collect(),
            gives: self.gives.map(strings),
            subject: self.subject.map(str::to_owned),
            why: self.why.map(str::to_owned),
            more: self.more.map(str::to_owned),
        }
    }
}
