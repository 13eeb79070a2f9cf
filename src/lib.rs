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
//!
//! The types a curator or an embedding program needs are re-exported here:
//!
//! ```
//! use article_qa_bot::{Knowledge, Matcher, Request, Responder, State, Verdict};
//!
//! // The shipped knowledge base, matched as the bot matches it.
//! let matcher = Matcher::embedded()?;
//! assert_eq!(matcher.best_id("who is trenin"), Some("trenin"));
//! assert_eq!(matcher.ask("best pizza topping?").verdict, Verdict::Declined);
//!
//! // A knowledge base of one's own, from text.
//! let knowledge = Knowledge::from_text(
//!     "A Title\n\nThe sky is blue today.",
//!     r#"[[entry]]
//! id = "sky"
//! title = "The sky"
//! topic = "Weather"
//! questions = ["What colour is the sky?"]
//! answer = "Blue, today."
//! quote = "The sky is blue today."
//! "#,
//! )?;
//! let matcher = Matcher::new(knowledge, article_qa_bot::MatchConfig::DEFAULT);
//! assert_eq!(matcher.best_id("what colour is the sky"), Some("sky"));
//!
//! // The whole conversation (small talk, commands, follow-ups), as the bot replies.
//! let responder = Responder::new(matcher);
//! let mut state = State::default();
//! let response = responder.respond(&mut state, &Request::from_message("sky colour?", None), None, 0);
//! assert_eq!(response.entry.map(|entry| entry.id.as_str()), Some("sky"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

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
mod strindex;
pub mod synthetic;
pub mod text;
pub mod unanswered;

pub use conversation::{Request, Responder, Response, State};
pub use knowledge::{Entry, Knowledge, KnowledgeError, Language, SourceFile, Sources};
pub use matcher::{Hit, MatchConfig, Matcher, Ranking, Verdict};

/// The curators' guide: its Rust example runs as a doctest, so it cannot fall behind the API.
#[cfg(doctest)]
#[doc = include_str!("../docs/curating.md")]
pub struct CuratingGuide;
