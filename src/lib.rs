//! article-qa-bot answers readers' questions about one news article, "Good China-Russia
//! Relations Are Here to Stay" (The Diplomat), with a short answer and a verbatim quote.
//!
//! The work is done by pure library modules that know nothing of Telegram or files:
//! [`text`] (normalising and tokenising), [`fuzzy`] (typo-tolerant lookup), [`knowledge`] (the
//! curated, validated knowledge base) and [`matcher`] (scoring questions against entries). The
//! command line ([`cli`]) is a thin layer over them.

#![warn(missing_docs)]
#![forbid(unsafe_code)]

pub mod bot;
pub mod cli;
pub mod eval;
pub mod flood;
pub mod fuzzy;
pub mod knowledge;
pub mod logging;
pub mod matcher;
pub mod text;
