//! The Telegram bot: commands, questions, buttons, inline mode and groups, over the matcher.
//!
//! The only module that talks to Telegram. Updates come in by long polling (`polling`) or
//! webhook ([`webhook`]) and go through [`intake`]: flood control first, then one lane per chat
//! running the handler tree ([`schema`], endpoints in `handlers`). Handlers are generic over
//! the [`Api`] they send through, so production wraps the bot in teloxide's `Throttle`
//! (Telegram's rate limits) while the handler tests drive the same [`schema`] with a plain
//! `Bot` against a fake Bot API. What to answer comes from [`crate::conversation`]; state that
//! outlives a message (contexts, flood windows, answered updates) lives in [`shared`].

mod commands;
mod error;
mod handlers;
pub mod intake;
mod live;
mod polling;
mod raw;
pub mod retry;
mod run;
mod send;
pub mod shared;
pub mod signals;
pub mod test_env;
pub mod webhook;

use std::sync::Arc;

use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::RequestError;

use crate::unanswered::UnansweredLog;

pub use shared::{Shared, StateConfig};

pub use commands::{bot_commands, AdminCommand, Admins};
pub use error::RunError;
pub use live::{LiveKnowledge, ReloadError};
pub use run::{
    run, RunConfig, DEFAULT_POLL_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_STOP_TIMEOUT,
};

/// The opt-in log of unanswered questions, a dependency of the handlers: `None` when off.
pub type Unanswered = Option<Arc<UnansweredLog>>;

/// Where conversations keep their context between messages, a dependency of the handlers:
/// this process's memory, or Redis shared by every replica (see [`shared`]).
#[derive(Clone, Debug)]
pub struct Contexts(pub Arc<Shared>);

impl Contexts {
    /// Contexts kept in this process, as one process (and a test) needs.
    pub fn in_memory() -> Contexts {
        Contexts(Arc::new(Shared::in_memory(crate::flood::FloodGate::new(0, Default::default()))))
    }
}

/// What the handlers need from a bot: teloxide's `Bot`, or `Bot` wrapped in adaptors. The
/// request types must be `Send` because handlers run on tokio's multi-threaded runtime.
pub trait Api:
    Requester<
        Err = RequestError,
        SendMessage: Send,
        SendChatAction: Send,
        AnswerCallbackQuery: Send,
        AnswerInlineQuery: Send,
    > + Clone
    + Send
    + Sync
    + 'static
{
}

impl<T> Api for T where
    T: Requester<
            Err = RequestError,
            SendMessage: Send,
            SendChatAction: Send,
            AnswerCallbackQuery: Send,
            AnswerInlineQuery: Send,
        > + Clone
        + Send
        + Sync
        + 'static
{
}

/// The handler tree: messages and edited messages (administrators' commands, commands and
/// questions as text, other content), button presses and inline queries. Its dependencies are
/// an `Arc<`[`LiveKnowledge`]`>` (each update is answered by the [`crate::conversation::Responder`]
/// current when it arrives), [`Contexts`], an [`Unanswered`], [`Admins`], the bot's `Me` and the
/// bot `R` it sends through. Flood control is not here: it decides at [`intake`], before an
/// update waits for anything. Production and the handler tests run this same tree.
pub fn schema<R: Api>() -> UpdateHandler<RequestError> {
    let messages = || {
        dptree::entry()
            .branch(
                dptree::entry()
                    .filter_command::<AdminCommand>()
                    .endpoint(handlers::on_admin_command::<R>),
            )
            .branch(Message::filter_text().endpoint(handlers::on_text::<R>))
            .endpoint(handlers::on_other_message::<R>)
    };
    dptree::map(|live: Arc<LiveKnowledge>| live.current())
        .branch(Update::filter_message().chain(messages()))
        .branch(Update::filter_edited_message().chain(messages()))
        .branch(Update::filter_callback_query().endpoint(handlers::on_callback::<R>))
        .branch(Update::filter_inline_query().endpoint(handlers::on_inline_query::<R>))
}
