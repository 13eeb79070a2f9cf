//! article-qa-bot answers readers' questions about one news article, "Good China-Russia
//! Relations Are Here to Stay" (The Diplomat), with a short answer and a verbatim quote.
//!
//! The work is done by pure library modules that know nothing of Telegram or files:
//! [`text`] (normalising and tokenising), [`fuzzy`] (typo-tolerant lookup), [`knowledge`] (the
//! curated, validated knowledge base) and [`matcher`] (scoring questions against entries).
//! Curators' tools build on them: [`eval`] (batch figures), [`explain`] (why a question
//! matched), [`console`] (the `chat` test console) and [`unanswered`] (the log of declined
//! questions and its grouping into gaps). [`flood`] is the bot's per-chat flood control.
//! [`synthetic`] generates knowledge bases of any size for
//! the scaling benchmark. The command line ([`cli`]) is a thin layer over them.

#![warn(missing_docs)]
#![forbid(unsafe_code)]

pub mod bot;
pub mod cli;
pub mod console;
pub mod conversation;
pub mod eval;
pub mod explain;
#[cfg(test)]
mod fixtures;
pub mod flood;
pub mod fuzzy;
pub mod knowledge;
pub mod logging;
pub mod matcher;
pub mod synthetic;
pub mod text;
pub mod unanswered;

/// The curators' guide: its Rust example runs as a doctest, so it cannot fall behind the API.
#[cfg(doctest)]
#[doc = include_str!("../docs/curating.md")]
pub struct CuratingGuide;
