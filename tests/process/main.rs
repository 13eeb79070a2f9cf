//! The real `article-qa-bot run` process against a fake Bot API server on 127.0.0.1: start-up,
//! answering a stream of updates, shutting down, and the clear failures (no token, a rejected
//! token, another instance polling, an unreachable server), never printing the token. Webhook
//! mode too: updates posted to the bot's own server on 127.0.0.1, the secret, the health check,
//! graceful stops that keep the shared webhook, and its start-up errors.
//!
//! One test binary, one module per subject. Every child process is killed when its guard is
//! dropped, and every wait has a timeout.

#[path = "../common/mod.rs"]
mod common;

/// The child process, its environment, and checks of its replies.
mod support;

/// Five-turn dialogues the same in a private chat, a group, `ask --conversation` and `chat`.
mod dialogue;
/// Fairness under floods, and signals at any moment of start-up.
mod fairness;
/// Faults from the Bot API.
mod faults;
/// Russian and Chinese readers: the profile per language, conversations, commands.
mod languages;
/// Long polling: answering, start-up failures, the test environment, graceful stops.
mod polling;
/// Reloading the knowledge base; getUpdates retries.
mod reload;
/// Replicas sharing state in a real Redis.
mod replicas;
/// Refusals, floods, stopping and restarting.
mod stopping;
/// Webhook mode.
mod webhook;
