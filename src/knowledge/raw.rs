//! The knowledge files' TOML shapes, as deserialized before validation.
//!
//! Shared with `build.rs`, which parses every shipped knowledge file once at build time into
//! `Preparsed*` statics (entries, synonyms, the article's metadata, small talk, interface
//! strings and the translations), so the embedded knowledge base skips the TOML parser at
//! start-up (it was most of the load time). Each `to_raw` gives back exactly what parsing the
//! text gives, for the same validation. Only std, serde and toml may be used here.

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EntriesFile {
    #[serde(default)]
    pub(crate) entry: Vec<toml::Spanned<RawEntry>>,
}

#[derive(Debug, PartialEq, Deserialize)]
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
    #[serde(default)]
    pub(crate) source: Option<String>,
    #[serde(default)]
    pub(crate) evidence: Option<String>,
    #[serde(default)]
    pub(crate) declines: bool,
}

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawException {
    pub(crate) check: String,
    pub(crate) reason: String,
}

#[derive(Debug, PartialEq, Deserialize)]
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

/// `article.toml`.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawArticleMeta {
    pub(crate) title: String,
    pub(crate) publication: String,
    #[serde(default)]
    pub(crate) front_matter: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SmallTalkFile {
    #[serde(default)]
    pub(crate) fillers: Vec<String>,
    #[serde(default)]
    pub(crate) intent: Vec<toml::Spanned<RawIntent>>,
}

#[derive(Debug, PartialEq, Deserialize)]
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

#[derive(Debug, PartialEq, Deserialize)]
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
    pub(crate) source: Option<&'static str>,
    pub(crate) evidence: Option<&'static str>,
    pub(crate) declines: bool,
}

impl PreparsedEntry {
    pub(crate) fn to_raw(&self) -> RawEntry {
        RawEntry {
            id: self.id.to_owned(),
            title: self.title.to_owned(),
            topic: self.topic.to_owned(),
            questions: strings(self.questions),
            keywords: keywords(self.keywords),
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
            source: self.source.map(str::to_owned),
            evidence: self.evidence.map(str::to_owned),
            declines: self.declines,
        }
    }
}

/// `article.toml`, parsed by `build.rs`.
pub(crate) struct PreparsedArticleMeta {
    pub(crate) title: &'static str,
    pub(crate) publication: &'static str,
    pub(crate) front_matter: &'static [&'static str],
}

impl PreparsedArticleMeta {
    pub(crate) fn to_raw(&self) -> RawArticleMeta {
        RawArticleMeta {
            title: self.title.to_owned(),
            publication: self.publication.to_owned(),
            front_matter: strings(self.front_matter),
        }
    }
}

/// A small-talk file's contents: its fillers, and its intents with the line of each table.
#[derive(Debug, PartialEq)]
pub(crate) struct RawSmallTalk {
    pub(crate) fillers: Vec<String>,
    pub(crate) intents: Vec<(usize, RawIntent)>,
}

/// A `smalltalk.toml`, parsed by `build.rs`.
pub(crate) struct PreparsedSmallTalk {
    pub(crate) fillers: &'static [&'static str],
    pub(crate) intents: &'static [PreparsedIntent],
}

/// An intent of a `smalltalk.toml`, parsed by `build.rs`.
pub(crate) struct PreparsedIntent {
    /// The 1-based line of its `[[intent]]` table, for problem reports.
    pub(crate) line: usize,
    pub(crate) name: &'static str,
    pub(crate) suggest: bool,
    pub(crate) phrases: &'static [&'static str],
    pub(crate) replies: &'static [&'static str],
}

impl PreparsedSmallTalk {
    pub(crate) fn to_raw(&self) -> RawSmallTalk {
        RawSmallTalk {
            fillers: strings(self.fillers),
            intents: self
                .intents
                .iter()
                .map(|intent| {
                    let raw = RawIntent {
                        name: intent.name.to_owned(),
                        suggest: intent.suggest,
                        phrases: strings(intent.phrases),
                        replies: strings(intent.replies),
                    };
                    (intent.line, raw)
                })
                .collect(),
        }
    }
}

/// A value of a `ui.toml`: a string, a table of names (`[part_names]`, `[topic_names]`; `None`
/// for a name that is not a string), or anything else (a mistake, reported at validation).
#[derive(Debug, PartialEq)]
pub(crate) enum RawUiValue {
    Text(String),
    Names(Vec<(String, Option<String>)>),
    Other,
}

/// A `ui.toml`'s keys and values, in the order the TOML parser's table keeps them (by key).
pub(crate) fn ui_values(table: toml::Table) -> Vec<(String, RawUiValue)> {
    table
        .into_iter()
        .map(|(key, value)| {
            let value = match value {
                toml::Value::String(text) => RawUiValue::Text(text),
                toml::Value::Table(names) => RawUiValue::Names(
                    names
                        .into_iter()
                        .map(|(name, value)| {
                            let text = match value {
                                toml::Value::String(text) => Some(text),
                                _ => None,
                            };
                            (name, text)
                        })
                        .collect(),
                ),
                _ => RawUiValue::Other,
            };
            (key, value)
        })
        .collect()
}

/// A value of a `ui.toml` parsed by `build.rs`: [`RawUiValue`] as statics.
pub(crate) enum PreparsedUiValue {
    Text(&'static str),
    Names(&'static [(&'static str, Option<&'static str>)]),
    #[allow(dead_code)] // Only in a ui.toml with a mistake, which the shipped one has not.
    Other,
}

pub(crate) fn ui_to_raw(values: &[(&str, PreparsedUiValue)]) -> Vec<(String, RawUiValue)> {
    values
        .iter()
        .map(|(key, value)| {
            let value = match value {
                PreparsedUiValue::Text(text) => RawUiValue::Text((*text).to_owned()),
                PreparsedUiValue::Names(names) => RawUiValue::Names(
                    names
                        .iter()
                        .map(|&(name, text)| (name.to_owned(), text.map(str::to_owned)))
                        .collect(),
                ),
                PreparsedUiValue::Other => RawUiValue::Other,
            };
            ((*key).to_owned(), value)
        })
        .collect()
}

/// An entry of a language's `entries.toml`, parsed by `build.rs`.
pub(crate) struct PreparsedTranslation {
    /// The 1-based line of its `[[entry]]` table, for problem reports.
    pub(crate) line: usize,
    pub(crate) id: &'static str,
    pub(crate) title: &'static str,
    pub(crate) questions: &'static [&'static str],
    /// Each keyword with its weight, `None` for a plain keyword.
    pub(crate) keywords: &'static [(&'static str, Option<f32>)],
    pub(crate) answer: &'static str,
    pub(crate) view_of: Option<&'static str>,
    pub(crate) subject: Option<&'static str>,
    pub(crate) quote: &'static str,
}

impl PreparsedTranslation {
    pub(crate) fn to_raw(&self) -> RawTranslation {
        RawTranslation {
            id: self.id.to_owned(),
            title: self.title.to_owned(),
            questions: strings(self.questions),
            keywords: keywords(self.keywords),
            answer: self.answer.to_owned(),
            view_of: self.view_of.map(str::to_owned),
            subject: self.subject.map(str::to_owned),
            quote: self.quote.to_owned(),
        }
    }
}

/// The files of a language's directory (`ru/`, `zh/`), parsed by `build.rs`; `None` where a
/// file did not parse.
pub(crate) struct PreparsedLanguage {
    /// The language's code (`ru`, `zh`), its directory's name.
    pub(crate) code: &'static str,
    pub(crate) entries: Option<&'static [PreparsedTranslation]>,
    pub(crate) ui: Option<&'static [(&'static str, PreparsedUiValue)]>,
    pub(crate) smalltalk: Option<PreparsedSmallTalk>,
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn keywords(items: &[(&str, Option<f32>)]) -> Vec<RawKeyword> {
    items
        .iter()
        .map(|&(term, weight)| match weight {
            None => RawKeyword::Plain(term.to_owned()),
            Some(weight) => RawKeyword::Weighted { term: term.to_owned(), weight },
        })
        .collect()
}
