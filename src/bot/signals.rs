//! The signals a running bot obeys, shared by long polling and webhook mode: SIGINT and SIGTERM
//! stop it gracefully, SIGHUP reloads the knowledge base.
//!
//! [`Signals::install`] is the first thing `run` does, before any start-up work: from then on no
//! signal ends the process by its default action. A SIGHUP before the bot is ready is ignored
//! (the knowledge base was loaded a moment ago), and a SIGINT or SIGTERM before it is ready makes
//! start-up give up and exit 0, as a stop after start-up does.
//!
//! The handlers are flags set synchronously (signal-hook), so they work before the async runtime
//! has started; waiting for them is a short poll of those flags, which costs nothing measurable
//! and cannot miss a signal the way a wake-up sent before anyone waits can.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// How often the async side looks at the flags. Stopping or reloading a few tens of
/// milliseconds late is unnoticeable; a much shorter period only burns wake-ups.
const POLL: Duration = Duration::from_millis(20);

/// The process's signal flags. Cheap to clone; every clone sees the same signals.
#[derive(Clone, Debug)]
pub struct Signals {
    stop: Arc<AtomicBool>,
    /// Set by SIGHUP, cleared by whoever acts on it: several SIGHUPs before that are one reload.
    hangup: Arc<AtomicBool>,
}

impl Signals {
    /// Installs handlers for SIGINT, SIGTERM and SIGHUP. Call it before anything else that
    /// takes time: until then each of them kills the process.
    pub fn install() -> std::io::Result<Signals> {
        let signals = Signals::detached();
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
            signal_hook::flag::register(SIGINT, Arc::clone(&signals.stop))?;
            signal_hook::flag::register(SIGTERM, Arc::clone(&signals.stop))?;
            signal_hook::flag::register(SIGHUP, Arc::clone(&signals.hangup))?;
        }
        Ok(signals)
    }

    /// Flags no handler sets: for tests, and for stopping by hand with [`Signals::request_stop`].
    pub fn detached() -> Signals {
        Signals { stop: Arc::new(AtomicBool::new(false)), hangup: Arc::new(AtomicBool::new(false)) }
    }

    /// Whether SIGINT or SIGTERM has arrived (or a stop was requested).
    pub fn stop_requested(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }

    /// Asks for a stop, as SIGTERM does.
    pub fn request_stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
    }

    /// Resolves once SIGINT or SIGTERM has arrived; at once if one already has.
    pub async fn stopped(&self) {
        while !self.stop_requested() {
            tokio::time::sleep(POLL).await;
        }
    }

    /// Forgets a SIGHUP that has not been acted on; returns whether there was one.
    pub fn take_hangup(&self) -> bool {
        self.hangup.swap(false, Ordering::SeqCst)
    }

    /// Resolves at the next SIGHUP (at once if one is pending), and takes it.
    pub async fn hangup(&self) {
        while !self.take_hangup() {
            tokio::time::sleep(POLL).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_stop_requested_before_waiting_is_not_missed() {
        let signals = Signals::detached();
        signals.request_stop();
        tokio::time::timeout(Duration::from_secs(5), signals.stopped()).await.expect("resolved");
    }

    #[tokio::test]
    async fn hangups_are_taken_once() {
        let signals = Signals::detached();
        assert!(!signals.take_hangup());
        signals.hangup.store(true, Ordering::SeqCst);
        signals.hangup.store(true, Ordering::SeqCst);
        tokio::time::timeout(Duration::from_secs(5), signals.hangup()).await.expect("resolved");
        assert!(!signals.take_hangup(), "two SIGHUPs before a reload are one reload");
    }
}
