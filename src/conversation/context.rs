//! What a conversation remembers between messages, and where it is kept.
//!
//! Only what follow-ups need: the ids of the entries answered last, how many turns ago the
//! context was last used, and when the conversation was last active. Never the reader's text,
//! name or id (the key a store keeps it under is the chat's and, in groups, the user's id, which
//! the store holds and nothing else). Context expires after [`IDLE_EXPIRY`] without a message, or
//! [`STALE_TURNS`] turns that did not refer to it.

use std::collections::HashMap;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

/// How long a conversation's context outlives its last message: long enough for a reader who
/// pauses to read the answer, short enough that tomorrow's "why?" is not about today.
pub const IDLE_EXPIRY_SECS: u64 = 30 * 60;
/// The same, as a `Duration`.
pub const IDLE_EXPIRY: std::time::Duration = std::time::Duration::from_secs(IDLE_EXPIRY_SECS);
/// Turns without a reference to the context after which it is forgotten: by then the reader has
/// moved on, and a pronoun is more likely about something they typed than about an old answer.
pub const STALE_TURNS: u8 = 4;
/// How many answered entries are remembered, most recent last: enough for "back to Trenin"
/// after two other answers, small enough to keep a conversation in well under a kilobyte.
pub const RECENT_ENTRIES: usize = 5;
/// Conversations kept in memory by [`MemoryStore`] before the least recently active are
/// dropped: about 300 bytes each, so the cap bounds memory at tens of megabytes.
pub const MAX_CONVERSATIONS: usize = 100_000;

/// One conversation's context.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    /// Entries answered in this conversation, most recent last.
    pub recent: Vec<String>,
    /// Turns since the context was last used.
    pub stale_turns: u8,
    /// When the conversation was last active, in seconds since the Unix epoch.
    pub last_active: u64,
}

impl State {
    /// The entry the conversation is about now, if the context is still fresh at `now`.
    pub fn current(&self, now: u64) -> Option<&str> {
        let fresh = now.saturating_sub(self.last_active) <= IDLE_EXPIRY_SECS
            && self.stale_turns < STALE_TURNS;
        fresh.then(|| self.recent.last().map(String::as_str)).flatten()
    }

    /// Records that `entry` was answered at `now`.
    pub fn answered(&mut self, entry: &str, now: u64) {
        self.recent.retain(|id| id != entry);
        self.recent.push(entry.to_owned());
        if self.recent.len() > RECENT_ENTRIES {
            self.recent.remove(0);
        }
        self.stale_turns = 0;
        self.last_active = now;
    }

    /// Records a turn at `now` that did not use or change the context.
    pub fn passed(&mut self, now: u64) {
        self.stale_turns = self.stale_turns.saturating_add(1);
        self.last_active = now;
    }
}

/// Where conversations' contexts are kept between messages: in this process by default
/// ([`MemoryStore`]); a shared store lets replicas behind a load balancer continue each other's
/// conversations.
pub trait ContextStore: Send + Sync {
    /// The context of conversation `key`, or a fresh one.
    fn load(&self, key: &str) -> State;
    /// Keeps `state` as the context of conversation `key`, for [`IDLE_EXPIRY`].
    fn save(&self, key: &str, state: &State);
}

/// Contexts in this process's memory, at most [`MAX_CONVERSATIONS`]; when full, the least
/// recently active half of those idle past [`IDLE_EXPIRY`] go first, then the least recently
/// active.
#[derive(Debug, Default)]
pub struct MemoryStore {
    contexts: Mutex<HashMap<String, State>>,
    capacity: Option<usize>,
}

impl MemoryStore {
    /// A store holding at most `capacity` conversations.
    pub fn with_capacity(capacity: usize) -> MemoryStore {
        MemoryStore { contexts: Mutex::default(), capacity: Some(capacity) }
    }

    /// How many conversations it holds.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, State>> {
        // Each change is one insert or removal: a panic cannot leave half of one behind.
        self.contexts.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl ContextStore for MemoryStore {
    fn load(&self, key: &str) -> State {
        self.lock().get(key).cloned().unwrap_or_default()
    }

    fn save(&self, key: &str, state: &State) {
        let capacity = self.capacity.unwrap_or(MAX_CONVERSATIONS);
        let mut contexts = self.lock();
        if !contexts.contains_key(key) && contexts.len() >= capacity {
            // Evict the least recently active tenth at once, so a full store pays for the sort
            // once per many new conversations, not once each.
            let mut by_age: Vec<(u64, String)> =
                contexts.iter().map(|(k, s)| (s.last_active, k.clone())).collect();
            by_age.sort_unstable();
            for (_, old) in by_age.into_iter().take((capacity / 10).max(1)) {
                contexts.remove(&old);
            }
        }
        contexts.insert(key.to_owned(), state.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_expires_when_idle_or_stale() {
        let mut state = State::default();
        state.answered("trenin", 1_000);
        assert_eq!(state.current(1_000 + IDLE_EXPIRY_SECS), Some("trenin"));
        assert_eq!(state.current(1_001 + IDLE_EXPIRY_SECS), None, "idle too long");
        for turn in 0..STALE_TURNS {
            assert_eq!(state.current(1_000), Some("trenin"), "after {turn} unrelated turns");
            state.passed(1_000);
        }
        assert_eq!(state.current(1_000), None, "stale");
        state.answered("sco", 1_000);
        assert_eq!(state.current(1_000), Some("sco"));
    }

    #[test]
    fn recent_entries_are_bounded_and_moved_to_the_end() {
        let mut state = State::default();
        for id in ["a", "b", "c", "d", "e", "f", "b"] {
            state.answered(id, 0);
        }
        assert_eq!(state.recent, ["c", "d", "e", "f", "b"]);
    }

    #[test]
    fn the_memory_store_drops_the_least_recently_active_when_full() {
        let store = MemoryStore::with_capacity(10);
        for i in 0..10 {
            let mut state = State::default();
            state.answered("x", i);
            store.save(&format!("chat-{i}"), &state);
        }
        assert_eq!(store.len(), 10);
        store.save("new", &State::default());
        assert_eq!(store.len(), 10);
        assert_eq!(store.load("chat-0"), State::default(), "the oldest went");
        assert_eq!(store.load("chat-9").recent, ["x"]);
        assert!(store.load("unknown").recent.is_empty());
    }

    #[test]
    fn a_conversation_is_small() {
        let mut state = State::default();
        for i in 0..RECENT_ENTRIES {
            state.answered(&format!("entry-id-of-forty-bytes-{i:0>15}"), u64::MAX);
        }
        let bytes = serde_json::to_vec(&state).unwrap().len();
        assert!(bytes < 400, "{bytes} bytes serialised");
    }
}
