//! The curated knowledge base: the article, its entries, and the synonyms table.
//!
//! [`Knowledge::parse`] holds all the logic and works on strings, so curators' tests need no
//! files; [`Knowledge::load_dir`] only reads a directory and calls it. Every entry is validated at
//! load, and above all its quote must appear verbatim in the article, so the bot can never show
//! a made-up quote. No Telegram here.

mod audit;
mod error;
mod model;
mod parse;
mod prepass;
mod raw;
mod smalltalk;
mod source;
mod synonyms;
#[cfg(test)]
mod tests;
mod validate;

use std::collections::HashSet;
use std::path::Path;

use rustc_hash::FxHashMap as HashMap;

use crate::text::{normalize, normalize_for_quote, sentences, words};
use parse::*;
use raw::{
    ui_to_raw, ui_values, EntriesFile, PreparsedArticleMeta, PreparsedSmallTalk, RawArticleMeta,
    RawEntry, RawKeyword, RawSmallTalk, RawTranslation, RawUiValue, SmallTalkFile, SynonymsFile,
    TranslationsFile,
};
use smalltalk::*;
use synonyms::*;
use validate::*;

pub use audit::*;
pub use error::*;
pub use model::*;
pub use source::*;

/// The shipped knowledge files, parsed by `build.rs` (`None` where a file did not parse).
mod preparsed {
    use super::raw::{
        PreparsedArticleMeta, PreparsedEntry, PreparsedIntent, PreparsedLanguage,
        PreparsedSmallTalk, PreparsedTranslation, PreparsedUiValue,
    };
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
    /// Small talk: greetings, thanks and the like, with their replies.
    pub const SMALLTALK: &str = "smalltalk.toml";
    /// The interface's strings.
    pub const UI: &str = "ui.toml";
}
