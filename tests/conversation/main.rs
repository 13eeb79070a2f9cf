//! Follow-ups on the shipped knowledge base, as a reader chats: each dialogue asks a question,
//! then a follow-up that only the context makes answerable, and checks the entry answered.
//!
//! One test binary, one module per subject.

/// Conversations run through the responder, and small talk on its own.
mod support;

/// The article read in order: the next and the previous passage.
mod article_order;
/// Short continuations, corrections and fragments.
mod continuations;
/// Doubts: the source of a claim, and what backs or checks it.
mod doubts;
/// Facts asked about what was just said, answered or declined.
mod facts_in_context;
/// Follow-ups along the curated links.
mod links;
/// Pronouns and demonstratives pointing back.
mod pointing_back;
/// Why and what for.
mod reasons;
/// Small talk told from questions.
mod small_talk;
/// Who said that.
mod speakers;
