//! Why the bot stopped or could not start, and the one place a Bot API error becomes one.

use teloxide::{ApiError, RequestError};

/// Why the bot stopped or could not start.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// Telegram rejected the token.
    #[error("Telegram rejected the bot token (401 Unauthorized). Check TELOXIDE_TOKEN: copy it again from @BotFather (/mybots, API Token).")]
    InvalidToken,
    /// Another process is polling with the same token.
    #[error("another instance of this bot is already polling Telegram with the same token (409 Conflict). Stop it, or use another token.")]
    Conflict,
    /// The Bot API could not be reached or failed.
    #[error("cannot reach the Telegram Bot API: {0}")]
    Api(String),
    /// The test-environment proxy could not start.
    #[error("cannot start the test-environment proxy: {0}")]
    Proxy(String),
    /// The webhook server's address cannot be bound.
    #[error("cannot listen on {address} for webhook updates: {reason}")]
    Listen {
        /// The address of `--listen`.
        address: std::net::SocketAddr,
        /// Why binding failed (in use, not allowed, not a local address).
        reason: std::io::Error,
    },
    /// Telegram refused setWebhook (a bad URL or port, for example).
    #[error("Telegram refused to set the webhook: {0}")]
    Webhook(String),
    /// The signal handlers could not be installed.
    #[error("cannot install the signal handlers: {0}")]
    Signals(std::io::Error),
}

impl From<RequestError> for RunError {
    /// A failed start-up call: a bad token and a second poller get their own explanation.
    fn from(err: RequestError) -> RunError {
        match err {
            RequestError::Api(ApiError::InvalidToken) => RunError::InvalidToken,
            RequestError::Api(ApiError::TerminatedByOtherGetUpdates) => RunError::Conflict,
            other => RunError::Api(other.to_string()),
        }
    }
}

/// Whether `err` means polling cannot go on: retrying cannot fix a bad token or a second poller.
pub(super) fn is_fatal(err: &RequestError) -> bool {
    matches!(err, RequestError::Api(ApiError::InvalidToken | ApiError::TerminatedByOtherGetUpdates))
}
