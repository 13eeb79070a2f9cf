//! State that outlives a message, shared by every replica of the bot when `--state` names a
//! Redis server: conversation contexts, flood-control windows, and which updates were answered.
//!
//! With `--state memory` (the default) each process keeps its own, as one process needs. With
//! `--state redis://host:port/db`, replicas behind a load balancer behave as one bot: a
//! follow-up that lands on another replica keeps its context, a flooder spread over replicas
//! gets one limit, and an update Telegram delivers again (to a replica after one died, or to a
//! process restarted after a crash) is answered once.
//!
//! Keys, all under `aqb:<bot id>:` so that bots sharing a Redis never collide, and each with a
//! time to live matching its meaning:
//! - `ctx:<conversation>`: the conversation's [`State`] as JSON (entry ids, a counter, a time;
//!   never the reader's text or name), for [`IDLE_EXPIRY`];
//! - `flood:<chat>`: the chat's message count in its window, for the window;
//! - `update:<id>`: `busy:<process>` while an update is being answered (for at most
//!   [`CLAIM_TTL`]), then `done`, or `again` when its reply failed and a later delivery should
//!   answer it, for [`ANSWERED_TTL`], Telegram's own retention;
//! - `alive:<process>`: present while the process runs, renewed every [`HEARTBEAT`] for
//!   [`ALIVE_TTL`], so that an update claimed by a process that died is taken over within
//!   seconds, while one a live process holds (waiting in its chat's lane) is left to it.
//!
//! When Redis is unavailable or slow (each call is given [`CALL_TIMEOUT`]), the bot keeps
//! answering from its own memory, logs one warning, says so in `/healthz`, and tries Redis again
//! after a backoff of up to [`MAX_RETRY`]. A reader never gets an error because of it.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use redis::aio::ConnectionManager;

use crate::conversation::context::IDLE_EXPIRY;
use crate::conversation::{ContextStore, MemoryStore, State};
use crate::flood::{Admission, FloodGate};

/// How long one Redis call may take before it counts as failed: Redis answers in well under a
/// millisecond beside the bot, and a reader should not wait on a sick one.
pub const CALL_TIMEOUT: Duration = Duration::from_millis(250);
/// The longest an update stays claimed by a live process: far longer than answering takes
/// (an update may wait in its chat's lane behind the chat's flood limit of replies paced at one
/// a second). A dead process's claims are taken over sooner, through its `alive:` key.
pub const CLAIM_TTL: Duration = Duration::from_secs(5 * 60);
/// How often a process renews its `alive:` key.
pub const HEARTBEAT: Duration = Duration::from_secs(1);
/// How long a process counts as alive after its last heartbeat: a few missed beats (a busy
/// machine) are not death.
pub const ALIVE_TTL: Duration = Duration::from_secs(4);
/// How long an answered update is remembered: Telegram keeps undelivered updates 24 hours.
pub const ANSWERED_TTL: Duration = Duration::from_secs(24 * 60 * 60);
/// The longest wait before trying Redis again after it failed.
pub const MAX_RETRY: Duration = Duration::from_secs(30);
/// The first wait before trying Redis again.
const FIRST_RETRY: Duration = Duration::from_millis(500);

/// Where shared state lives (`--state`).
#[derive(Clone, PartialEq, Eq)]
pub enum StateConfig {
    /// In this process.
    Memory,
    /// In the Redis server at this URL (`redis://host:port/db`).
    Redis(String),
}

impl std::str::FromStr for StateConfig {
    type Err = String;

    fn from_str(text: &str) -> Result<StateConfig, String> {
        let text = text.trim();
        match text {
            "" | "memory" => Ok(StateConfig::Memory),
            url if url.starts_with("redis://") || url.starts_with("unix://") => {
                redis::Client::open(url).map_err(|err| format!("not a Redis URL: {err}"))?;
                Ok(StateConfig::Redis(url.to_owned()))
            }
            _ => {
                Err("expected `memory` or a Redis URL such as redis://127.0.0.1:6379/0".to_owned())
            }
        }
    }
}

impl std::fmt::Debug for StateConfig {
    /// Without the password a Redis URL may carry.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StateConfig::Memory => f.write_str("Memory"),
            StateConfig::Redis(url) => write!(f, "Redis({})", without_password(url)),
        }
    }
}

/// `url` with whatever stands between `://` and `@` (a user and password) blanked out.
pub fn without_password(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            format!("{}://<redacted>{}", &url[..scheme], &url[at..])
        }
        _ => url.to_owned(),
    }
}

/// What [`Shared::claim`] found about an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// Nobody has answered it, and now this process holds it: answer it.
    Ours,
    /// Taken before, by this process or one that died, and not answered: answer it, without
    /// counting it against its chat's flood limit again.
    Resumed,
    /// Answered already (by this replica or another): acknowledge it, answer nothing.
    Answered,
    /// Another process is answering it now: leave it for Telegram to deliver again later.
    Busy,
}

/// The shared state, or this process's own.
pub struct Shared {
    /// `aqb:<bot id>:`.
    namespace: String,
    /// This process, as claims name it.
    process: String,
    redis: Option<Redis>,
    contexts: MemoryStore,
    gate: Mutex<FloodGate>,
    /// Whether Redis is failing now; what `/healthz` reports.
    degraded: AtomicBool,
}

struct Redis {
    client: redis::Client,
    manager: tokio::sync::Mutex<Option<ConnectionManager>>,
    /// When to try connecting again, in milliseconds since `epoch`; 0: at once.
    retry_at: AtomicU64,
    /// The current backoff, in milliseconds.
    backoff: AtomicU64,
    epoch: Instant,
}

impl Shared {
    /// State for the bot `bot_id` in `config`, with flood control `gate` (also the limits the
    /// Redis windows follow). Never fails: an unreachable Redis is tried again later.
    pub async fn connect(config: &StateConfig, bot_id: u64, gate: FloodGate) -> Arc<Shared> {
        let redis = match config {
            StateConfig::Memory => None,
            StateConfig::Redis(url) => match redis::Client::open(url.as_str()) {
                Ok(client) => Some(Redis {
                    client,
                    manager: tokio::sync::Mutex::new(None),
                    retry_at: AtomicU64::new(0),
                    backoff: AtomicU64::new(FIRST_RETRY.as_millis() as u64),
                    epoch: Instant::now(),
                }),
                Err(err) => {
                    log::error!(
                        "--state is not a usable Redis URL ({err}): keeping state in memory"
                    );
                    None
                }
            },
        };
        let shared =
            Shared { namespace: format!("aqb:{bot_id}:"), redis, ..Shared::in_memory(gate) };
        match shared.redis.is_some() {
            // A failed ping has warned already.
            true => {
                if shared.ping().await {
                    shared.beat().await;
                    log::info!("shared state: Redis, keys under {}*", shared.namespace);
                }
            }
            false => log::info!("shared state: in this process (--state memory)"),
        }
        let shared = Arc::new(shared);
        if shared.is_shared() {
            tokio::spawn(heartbeat(Arc::downgrade(&shared)));
        }
        shared
    }

    /// State kept in this process only, with flood control `gate`.
    pub fn in_memory(gate: FloodGate) -> Shared {
        Shared {
            namespace: "aqb:".to_owned(),
            process: format!("{}-{}", std::process::id(), random_suffix()),
            redis: None,
            contexts: MemoryStore::default(),
            gate: Mutex::new(gate),
            degraded: AtomicBool::new(false),
        }
    }

    /// Whether shared state is in Redis.
    pub fn is_shared(&self) -> bool {
        self.redis.is_some()
    }

    /// Whether Redis is configured but failing now, so this process uses its own memory.
    pub fn is_degraded(&self) -> bool {
        self.degraded.load(Ordering::SeqCst)
    }

    async fn ping(&self) -> bool {
        self.call(|mut c| async move { redis::cmd("PING").query_async::<String>(&mut c).await })
            .await
            .is_some()
    }

    /// Runs `op` on a Redis connection within [`CALL_TIMEOUT`]; `None` when there is no Redis,
    /// it is in its backoff, or the call failed (which starts the backoff, warning once).
    async fn call<T, F, Fut>(&self, op: F) -> Option<T>
    where
        F: FnOnce(ConnectionManager) -> Fut,
        Fut: std::future::Future<Output = redis::RedisResult<T>>,
    {
        let redis = self.redis.as_ref()?;
        let now = redis.epoch.elapsed().as_millis() as u64;
        if now < redis.retry_at.load(Ordering::SeqCst) {
            return None;
        }
        let connection = {
            let mut manager = redis.manager.lock().await;
            if manager.is_none() {
                let config = redis::aio::ConnectionManagerConfig::new()
                    .set_connection_timeout(CALL_TIMEOUT)
                    .set_response_timeout(CALL_TIMEOUT)
                    .set_number_of_retries(1);
                let connecting = ConnectionManager::new_with_config(redis.client.clone(), config);
                match tokio::time::timeout(CALL_TIMEOUT * 2, connecting).await {
                    Ok(Ok(connected)) => *manager = Some(connected),
                    Ok(Err(err)) => return self.failed(redis, &err.to_string()),
                    Err(_) => return self.failed(redis, "connecting timed out"),
                }
            }
            manager.clone()?
        };
        match tokio::time::timeout(CALL_TIMEOUT, op(connection)).await {
            Ok(Ok(value)) => {
                if self.degraded.swap(false, Ordering::SeqCst) {
                    log::warn!("shared state: Redis is back; replicas share state again");
                }
                redis.backoff.store(FIRST_RETRY.as_millis() as u64, Ordering::SeqCst);
                Some(value)
            }
            Ok(Err(err)) => self.failed(redis, &err.to_string()),
            Err(_) => self.failed(redis, "a call timed out"),
        }
    }

    fn failed<T>(&self, redis: &Redis, why: &str) -> Option<T> {
        if !self.degraded.swap(true, Ordering::SeqCst) {
            log::warn!(
                "shared state: Redis is unavailable ({why}); answering from this process's own \
                 memory until it is back (follow-ups and flood limits are per replica meanwhile)"
            );
        }
        let backoff = redis.backoff.load(Ordering::SeqCst);
        let now = redis.epoch.elapsed().as_millis() as u64;
        redis.retry_at.store(now + backoff, Ordering::SeqCst);
        redis.backoff.store((backoff * 2).min(MAX_RETRY.as_millis() as u64), Ordering::SeqCst);
        None
    }

    /// The context of conversation `key`.
    pub async fn load_context(&self, key: &str) -> State {
        let redis_key = format!("{}ctx:{key}", self.namespace);
        let found = self
            .call(|mut c| async move {
                redis::cmd("GET").arg(&redis_key).query_async::<Option<String>>(&mut c).await
            })
            .await;
        match found {
            Some(Some(json)) => serde_json::from_str(&json).unwrap_or_default(),
            Some(None) => State::default(),
            None => self.contexts.load(key),
        }
    }

    /// Keeps `state` as the context of conversation `key`.
    pub async fn save_context(&self, key: &str, state: &State) {
        let redis_key = format!("{}ctx:{key}", self.namespace);
        let json = serde_json::to_string(state).unwrap_or_default();
        let saved = self
            .call(|mut c| async move {
                redis::cmd("SET")
                    .arg(&redis_key)
                    .arg(json)
                    .arg("EX")
                    .arg(IDLE_EXPIRY.as_secs())
                    .query_async::<()>(&mut c)
                    .await
            })
            .await;
        if saved.is_none() {
            self.contexts.save(key, state);
        }
    }

    /// Counts one message from `chat` against its flood limit, in the window shared by every
    /// replica.
    pub async fn admit(&self, chat: i64) -> Admission {
        let (limit, window) = {
            let gate = self.gate.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            if !gate.is_enabled() {
                return Admission::Answer;
            }
            (gate.limit(), gate.window())
        };
        let key = format!("{}flood:{chat}", self.namespace);
        let counted = self
            .call(|mut c| async move {
                // The window starts with the chat's first message, as in memory.
                redis::Script::new(
                    "local n = redis.call('INCR', KEYS[1]) \
                     if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end \
                     return {n, redis.call('PTTL', KEYS[1])}",
                )
                .key(&key)
                .arg(window.as_millis() as u64)
                .invoke_async::<(u32, i64)>(&mut c)
                .await
            })
            .await;
        match counted {
            Some((count, left)) => FloodGate::admission(count, limit, ms(left.max(0))),
            None => self
                .gate
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .check(chat, Instant::now()),
        }
    }

    /// Claims update `id` for this process, unless it was answered or is being answered
    /// elsewhere. Without Redis (or with Redis down) every update is this process's: the
    /// process already never handles one twice (see `polling` and `webhook`).
    pub async fn claim(&self, id: u32) -> Claim {
        let key = format!("{}update:{id}", self.namespace);
        let alive = format!("{}alive:", self.namespace);
        let claimed = self
            .call(|mut c| async move {
                CLAIM_SCRIPT
                    .key(&key)
                    .arg(&self.process)
                    .arg(CLAIM_TTL.as_millis() as u64)
                    .arg(&alive)
                    .invoke_async::<String>(&mut c)
                    .await
            })
            .await;
        match claimed.as_deref() {
            None | Some("new") => Claim::Ours,
            Some("again") => Claim::Resumed,
            Some("done") => Claim::Answered,
            Some(_) => Claim::Busy,
        }
    }

    /// Says that this process is alive, for [`ALIVE_TTL`].
    async fn beat(&self) {
        let key = format!("{}alive:{}", self.namespace, self.process);
        self.call(|mut c| async move {
            redis::cmd("SET")
                .arg(&key)
                .arg(1)
                .arg("PX")
                .arg(ALIVE_TTL.as_millis() as u64)
                .query_async::<()>(&mut c)
                .await
        })
        .await;
    }

    /// Records how update `id` ended: answered for good (remembered for [`ANSWERED_TTL`]), or
    /// not (the claim is released, so a later delivery is answered).
    pub async fn finished(&self, id: u32, for_good: bool) {
        if self.redis.is_none() {
            return;
        }
        let key = format!("{}update:{id}", self.namespace);
        self.call(|mut c| async move {
            match for_good {
                true => {
                    redis::cmd("SET")
                        .arg(&key)
                        .arg("done")
                        .arg("PX")
                        .arg(ANSWERED_TTL.as_millis() as u64)
                        .query_async::<()>(&mut c)
                        .await
                }
                // Free for the next delivery, which is not counted against the flood limit
                // again.
                false => {
                    redis::cmd("SET")
                        .arg(&key)
                        .arg("again")
                        .arg("PX")
                        .arg(ANSWERED_TTL.as_millis() as u64)
                        .query_async::<()>(&mut c)
                        .await
                }
            }
        })
        .await;
    }
}

/// Takes an update for the process ARGV[1] unless it was answered (`done`) or a live process
/// holds it (`busy`); a claim by a process whose `alive:` key is gone is taken over. One
/// script, so two replicas cannot both take the same update.
static CLAIM_SCRIPT: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| {
    redis::Script::new(
        r"
        local held = redis.call('GET', KEYS[1])
        if held == 'done' then return 'done' end
        if held and held ~= 'again' and held ~= 'busy:' .. ARGV[1]
            and redis.call('EXISTS', ARGV[3] .. string.sub(held, 6)) == 1 then
            return 'busy'
        end
        redis.call('SET', KEYS[1], 'busy:' .. ARGV[1], 'PX', ARGV[2])
        if held then return 'again' end
        return 'new'
        ",
    )
});

/// Renews the process's `alive:` key until the state is dropped (the process stops).
async fn heartbeat(shared: std::sync::Weak<Shared>) {
    let mut ticks = tokio::time::interval(HEARTBEAT);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let Some(shared) = shared.upgrade() else { return };
        shared.beat().await;
    }
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shared")
            .field("namespace", &self.namespace)
            .field("redis", &self.redis.is_some())
            .field("degraded", &self.is_degraded())
            .finish()
    }
}

fn ms(millis: i64) -> Duration {
    Duration::from_millis(millis as u64)
}

/// A few random hex digits, so that two processes with the same id (in two containers) do not
/// take each other's claims for their own.
fn random_suffix() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(Instant::now().elapsed().as_nanos());
    format!("{:08x}", hasher.finish() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_redis_password_is_never_shown() {
        let config: StateConfig = "redis://:hunter2@10.0.0.5:6379/0".parse().unwrap();
        let shown = format!("{config:?}");
        assert!(!shown.contains("hunter2") && shown.contains("10.0.0.5:6379/0"), "{shown}");
    }

    #[test]
    fn the_state_option_takes_memory_or_a_redis_url() {
        assert_eq!("memory".parse::<StateConfig>(), Ok(StateConfig::Memory));
        assert_eq!(
            "redis://127.0.0.1:6379/0".parse::<StateConfig>(),
            Ok(StateConfig::Redis("redis://127.0.0.1:6379/0".into()))
        );
        let err = "postgres://x".parse::<StateConfig>().unwrap_err();
        assert!(err.contains("memory") && err.contains("redis://"), "{err}");
    }

    #[tokio::test]
    async fn without_redis_everything_is_this_process_s() {
        let shared =
            Shared::connect(&StateConfig::Memory, 1, FloodGate::new(2, Duration::from_secs(60)))
                .await;
        assert!(!shared.is_shared() && !shared.is_degraded());
        assert_eq!(shared.claim(5).await, Claim::Ours);
        let mut state = State::default();
        state.answered("trenin", 10);
        shared.save_context("chat", &state).await;
        assert_eq!(shared.load_context("chat").await, state);
        assert_eq!(shared.admit(9).await, Admission::Answer);
        assert_eq!(shared.admit(9).await, Admission::Answer);
        assert!(matches!(shared.admit(9).await, Admission::SlowDown { .. }));
    }

    #[tokio::test]
    async fn an_unreachable_redis_degrades_to_memory_and_keeps_answering() {
        // Nothing listens on port 1.
        let config = StateConfig::Redis("redis://127.0.0.1:1/0".into());
        let shared = Shared::connect(&config, 1, FloodGate::new(5, Duration::from_secs(60))).await;
        assert!(shared.is_degraded());
        assert_eq!(shared.claim(5).await, Claim::Ours);
        assert_eq!(shared.admit(9).await, Admission::Answer);
        let mut state = State::default();
        state.answered("sco", 10);
        shared.save_context("chat", &state).await;
        assert_eq!(shared.load_context("chat").await, state, "kept in memory meanwhile");
    }
}
