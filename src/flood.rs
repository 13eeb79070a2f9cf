//! Per-chat flood control: how many questions a chat may ask in a window of time.
//!
//! Pure bookkeeping, no teloxide and no clock of its own: the caller passes the time, so tests
//! need no sleeping. The bot asks [`FloodGate::check`] before answering a message.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// The default limit: questions one chat may ask per [`DEFAULT_WINDOW`]. Twenty a minute is
/// more than a person types and reads, and well under Telegram's own limit of about twenty
/// messages a minute per group, so only scripts and stuck clients hit it.
pub const DEFAULT_LIMIT: u32 = 20;
/// The default window: one minute.
pub const DEFAULT_WINDOW: Duration = Duration::from_secs(60);
/// Chats tracked before expired windows are swept out, so memory stays flat however many
/// chats write once and never again.
const SWEEP_AT: usize = 10_000;

/// What to do with one message from a chat.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Admission {
    /// Within the limit: answer it.
    Answer,
    /// The first message over the limit: say "slow down", once.
    SlowDown {
        /// When the chat may ask again.
        retry_in: Duration,
    },
    /// Over the limit and already told: ignore it until the window passes.
    Ignore,
}

/// Counts messages per chat in fixed windows that start with a chat's first message.
#[derive(Debug)]
pub struct FloodGate {
    limit: u32,
    window: Duration,
    chats: HashMap<i64, ChatWindow>,
}

#[derive(Clone, Copy, Debug)]
struct ChatWindow {
    started: Instant,
    /// Messages seen in this window, counting those over the limit.
    count: u32,
}

impl FloodGate {
    /// A gate letting each chat send `limit` messages per `window`. A `limit` of 0, or a zero
    /// `window`, turns flood control off: every message is answered.
    pub fn new(limit: u32, window: Duration) -> FloodGate {
        FloodGate { limit, window, chats: HashMap::new() }
    }

    /// Whether flood control is on.
    pub fn is_enabled(&self) -> bool {
        self.limit > 0 && !self.window.is_zero()
    }

    /// Records one message from `chat` at `now` and says what to do with it. `now` must not go
    /// backwards between calls (an `Instant` does not).
    pub fn check(&mut self, chat: i64, now: Instant) -> Admission {
        if !self.is_enabled() {
            return Admission::Answer;
        }
        if self.chats.len() >= SWEEP_AT {
            let window = self.window;
            self.chats.retain(|_, w| now.duration_since(w.started) < window);
        }
        let window = self.window;
        let state = self.chats.entry(chat).or_insert(ChatWindow { started: now, count: 0 });
        if now.duration_since(state.started) >= window {
            *state = ChatWindow { started: now, count: 0 };
        }
        state.count = state.count.saturating_add(1);
        let retry_in = window.saturating_sub(now.duration_since(state.started));
        FloodGate::admission(state.count, self.limit, retry_in)
    }

    /// What to do with a chat's `count`th message of its window (from 1), under `limit`, with
    /// `retry_in` left of the window: the rule, wherever the counting is done.
    pub fn admission(count: u32, limit: u32, retry_in: Duration) -> Admission {
        match count {
            count if count <= limit => Admission::Answer,
            count if count == limit.saturating_add(1) => Admission::SlowDown { retry_in },
            _ => Admission::Ignore,
        }
    }

    /// Messages a chat may send per window.
    pub fn limit(&self) -> u32 {
        self.limit
    }

    /// The window.
    pub fn window(&self) -> Duration {
        self.window
    }

    /// How many chats are tracked now.
    pub fn tracked_chats(&self) -> usize {
        self.chats.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: Duration = Duration::from_secs(60);

    #[test]
    fn limit_then_one_warning_then_silence_until_the_window_passes() {
        let mut gate = FloodGate::new(3, MINUTE);
        let start = Instant::now();
        let verdicts: Vec<Admission> =
            (0..6).map(|i| gate.check(1, start + Duration::from_secs(i))).collect();
        assert_eq!(verdicts[..3], [Admission::Answer; 3]);
        assert_eq!(verdicts[3], Admission::SlowDown { retry_in: Duration::from_secs(57) });
        assert_eq!(verdicts[4..], [Admission::Ignore; 2]);
        // The window started with the first message, at `start`.
        assert_eq!(gate.check(1, start + Duration::from_secs(59)), Admission::Ignore);
        assert_eq!(gate.check(1, start + MINUTE), Admission::Answer);
    }

    #[test]
    fn other_chats_are_unaffected() {
        let mut gate = FloodGate::new(2, MINUTE);
        let now = Instant::now();
        for _ in 0..5 {
            gate.check(1, now);
        }
        assert_eq!(gate.check(1, now), Admission::Ignore);
        assert_eq!(gate.check(2, now), Admission::Answer);
        assert_eq!(gate.check(-100, now), Admission::Answer);
    }

    #[test]
    fn zero_limit_or_window_turns_it_off() {
        let now = Instant::now();
        for mut gate in [FloodGate::new(0, MINUTE), FloodGate::new(5, Duration::ZERO)] {
            assert!(!gate.is_enabled());
            assert!((0..1000).all(|_| gate.check(1, now) == Admission::Answer));
        }
    }

    #[test]
    fn expired_chats_are_swept_so_memory_stays_flat() {
        let mut gate = FloodGate::new(1, MINUTE);
        let start = Instant::now();
        for chat in 0..SWEEP_AT as i64 {
            gate.check(chat, start);
        }
        assert_eq!(gate.tracked_chats(), SWEEP_AT);
        let later = start + MINUTE;
        for chat in 0..10 {
            gate.check(1_000_000 + chat, later);
        }
        assert_eq!(gate.tracked_chats(), 10);
    }
}
