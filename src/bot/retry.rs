//! When a failed Bot API call is worth repeating, and how long to wait first.
//!
//! Pure decisions over teloxide's error type, so they are unit-tested without a network.
//! teloxide itself repeats only a 429 (and only through the `Throttle` adaptor); a 5xx, a
//! dropped connection, a timeout or a garbled answer fails the call, so the bot decides here.

use std::time::Duration;

use teloxide::{ApiError, RequestError};

/// Attempts at one call, the first included. With the waits of [`backoff`], a call is given up
/// after about 16 s of trying: long enough for a restarting proxy or a brief outage, short
/// enough that a chat is not held up for long and shutdown stays prompt.
pub const MAX_ATTEMPTS: u32 = 8;
/// The wait before the second attempt; each further wait doubles it, up to [`MAX_BACKOFF`].
pub const FIRST_BACKOFF: Duration = Duration::from_millis(250);
/// The longest wait between two attempts.
pub const MAX_BACKOFF: Duration = Duration::from_secs(4);
/// The longest wait a 429 may ask of the sender before the call is given up instead: Telegram
/// asks for seconds, rarely minutes, and a reader will not wait for an answer that long.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(120);

/// What to do after a failed call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Retry {
    /// Telegram asked to wait this long (429 Too Many Requests); then try again.
    After(Duration),
    /// A transient failure (network, timeout, 5xx, garbled answer): back off and try again.
    Backoff,
    /// A refusal that repeating cannot change (400, 403 bot blocked, chat not found, ...).
    Never,
}

/// Classifies a failed call.
pub fn classify(error: &RequestError) -> Retry {
    match error {
        RequestError::RetryAfter(wait) if wait.duration() <= MAX_RETRY_AFTER => {
            Retry::After(wait.duration())
        }
        RequestError::RetryAfter(_) => Retry::Never,
        // A timeout, a refused or dropped connection, or a body cut short.
        RequestError::Network(_) | RequestError::Io(_) => Retry::Backoff,
        // A proxy's HTML error page (502 from nginx) or a truncated answer.
        RequestError::InvalidJson { .. } => Retry::Backoff,
        // teloxide keeps only the description of an error it does not know, not its code, so
        // Telegram's server-side failures are recognised by their standard descriptions.
        RequestError::Api(ApiError::Unknown(description)) if is_server_error(description) => {
            Retry::Backoff
        }
        _ => Retry::Never,
    }
}

/// The wait before attempt `attempt + 1`, after `attempt` (1-based) failed: 250 ms, 500 ms,
/// 1 s, 2 s, then 4 s each time.
pub fn backoff(attempt: u32) -> Duration {
    let doublings = attempt.saturating_sub(1).min(16);
    FIRST_BACKOFF.saturating_mul(1 << doublings).min(MAX_BACKOFF)
}

/// Whether `description` is how Telegram (or the proxy in front of it) words a 5xx.
fn is_server_error(description: &str) -> bool {
    const SERVER_ERRORS: &[&str] =
        &["Internal Server Error", "Bad Gateway", "Service Unavailable", "Gateway Timeout"];
    SERVER_ERRORS.iter().any(|prefix| description.trim_start().starts_with(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use teloxide::types::Seconds;

    fn json_error() -> RequestError {
        let source = serde_json::from_str::<serde_json::Value>("<html>").unwrap_err();
        RequestError::InvalidJson { source: source.into(), raw: "<html>".into() }
    }

    #[test]
    fn waits_as_long_as_telegram_asks() {
        let asked = RequestError::RetryAfter(Seconds::from_seconds(7));
        assert_eq!(classify(&asked), Retry::After(Duration::from_secs(7)));
        let absurd = RequestError::RetryAfter(Seconds::from_seconds(3600));
        assert_eq!(classify(&absurd), Retry::Never);
    }

    #[test]
    fn transient_failures_back_off() {
        let io = RequestError::Io(std::io::Error::other("connection reset").into());
        assert_eq!(classify(&io), Retry::Backoff);
        assert_eq!(classify(&json_error()), Retry::Backoff);
        for description in ["Internal Server Error", "Bad Gateway", "Gateway Timeout: upstream"] {
            let error = RequestError::Api(ApiError::Unknown(description.to_owned()));
            assert_eq!(classify(&error), Retry::Backoff, "{description}");
        }
    }

    #[test]
    fn refusals_are_not_repeated() {
        for error in [
            ApiError::BotBlocked,
            ApiError::ChatNotFound,
            ApiError::MessageTextIsEmpty,
            ApiError::Unknown("Bad Request: can't parse entities".to_owned()),
            ApiError::Unknown("Forbidden: user is deactivated".to_owned()),
        ] {
            assert_eq!(classify(&RequestError::Api(error.clone())), Retry::Never, "{error:?}");
        }
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        let waits: Vec<u64> = (1..=7).map(|a| backoff(a).as_millis() as u64).collect();
        assert_eq!(waits, [250, 500, 1000, 2000, 4000, 4000, 4000]);
        assert_eq!(backoff(u32::MAX), MAX_BACKOFF);
        let total: Duration = (1..MAX_ATTEMPTS).map(backoff).sum();
        assert!(total <= Duration::from_secs(20), "gives up after {total:?} of waiting");
    }
}
