//! Starting and stopping the bot: checks before starting, long polling or webhooks, and clear
//! errors. (Webhook mode is in [`super::webhook`]; what follows is about polling.)
//!
//! What is guaranteed about updates. The offset of each getUpdates, which tells Telegram to
//! forget every update below it, never passes an update that has not been handled to the end:
//! it is the lowest update handed to the dispatcher and not yet handled, or the latest one
//! handed over plus one (see [`super::listener`]). So:
//! - across a crash or a kill, delivery is at least once: an update that was being answered is
//!   sent again by Telegram and answered after the restart. A reply that went out just before
//!   the crash may then go out twice;
//! - within a process, exactly once: updates Telegram sends again because they are not yet
//!   confirmed are not handed to the dispatcher again. A failed getUpdates (timeout, 5xx, 429,
//!   garbled answer) changes nothing and is retried after a bounded backoff;
//! - across a clean stop, exactly once: on SIGINT or SIGTERM the bot stops asking for updates,
//!   answers every update it already has (for up to [`SHUTDOWN_GRACE`]), then confirms the
//!   handled ones itself, with retries. A restart answers nothing twice and gets everything
//!   that arrived meanwhile. Updates still unanswered after the grace period are logged by id
//!   and not confirmed, so they are answered after the restart (at least once, as after a
//!   crash).

use std::path::PathBuf;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use teloxide::adaptors::throttle::Limits;
use teloxide::dispatching::{DefaultKey, Dispatcher};
use teloxide::error_handlers::ErrorHandler;
use teloxide::payloads::GetUpdates;
use teloxide::prelude::*;
use teloxide::update_listeners::UpdateListener;
use teloxide::utils::command::BotCommands;
use teloxide::{ApiError, RequestError};

use super::listener::{tracked, Listener, Progress};
use super::live::{LiveKnowledge, ReloadError};
use super::raw;
use super::retry::{self, Retry};
use super::{schema, Admins, Command, SharedFloodGate};
use crate::flood::{self, FloodGate};
use crate::matcher::Matcher;

/// The default for how long one getUpdates call waits for news: long polling keeps the
/// connection open so updates arrive at once without a request every moment.
pub const DEFAULT_POLL_TIMEOUT: Duration = Duration::from_secs(25);
/// The default for how long any other Bot API call may take. Telegram answers in well under a
/// second; waiting longer mostly delays the retry. Not much shorter, though: a reply that
/// Telegram sent but answered too late is sent again on retry.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a stopping bot waits for the replies in flight.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);
/// Attempts at confirming the last handled update on the way out.
const CONFIRM_ATTEMPTS: u32 = 4;

/// What the bot needs to start.
#[derive(Clone)]
pub struct RunConfig {
    /// The bot token from @BotFather. Never printed: see the `Debug` impl.
    pub token: String,
    /// Another Bot API server (a local telegram-bot-api, or a fake one in tests).
    pub api_url: Option<reqwest::Url>,
    /// Use Telegram's test environment (requests go to `/bot<token>/test/METHOD`).
    pub test_env: bool,
    /// Where to log declined and uncertain questions (opt-in; `None`: nowhere).
    pub unanswered: super::Unanswered,
    /// Questions one chat may ask per `flood_window`; 0 turns flood control off.
    pub flood_limit: u32,
    /// The flood-control window.
    pub flood_window: Duration,
    /// How long getUpdates waits for news (long polling); whole seconds.
    pub poll_timeout: Duration,
    /// How long any other Bot API call may take before it counts as failed and is retried.
    pub request_timeout: Duration,
    /// Where the knowledge base came from, to reload it on SIGHUP or /reload; `None` when it is
    /// the one built into the binary, which cannot change while the bot runs.
    pub knowledge_dir: Option<PathBuf>,
    /// Telegram user ids allowed to send /reload (none by default).
    pub admin_ids: Vec<u64>,
    /// Receive updates by webhook instead of long polling (`None`: polling).
    pub webhook: Option<super::webhook::WebhookConfig>,
    /// Keep Telegram's rate limits on outgoing messages (teloxide's `Throttle`). Only
    /// benchmarks and test servers turn this off: Telegram answers a bot over its limits with
    /// 429s.
    pub throttle: bool,
}

impl RunConfig {
    /// A configuration with `token` and the defaults: Telegram's own server, flood control at
    /// 20 questions a minute, 25 s long polls and 10 s for other calls.
    pub fn new(token: String) -> RunConfig {
        RunConfig {
            token,
            api_url: None,
            test_env: false,
            flood_limit: flood::DEFAULT_LIMIT,
            flood_window: flood::DEFAULT_WINDOW,
            poll_timeout: DEFAULT_POLL_TIMEOUT,
            request_timeout: DEFAULT_REQUEST_TIMEOUT,
            knowledge_dir: None,
            admin_ids: Vec::new(),
            unanswered: None,
            webhook: None,
            throttle: true,
        }
    }
}

impl std::fmt::Debug for RunConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunConfig")
            .field("token", &"<redacted>")
            .field("api_url", &self.api_url)
            .field("test_env", &self.test_env)
            .field("unanswered", &self.unanswered.as_ref().map(|log| log.path().to_owned()))
            .field("flood_limit", &self.flood_limit)
            .field("flood_window", &self.flood_window)
            .field("poll_timeout", &self.poll_timeout)
            .field("request_timeout", &self.request_timeout)
            .field("knowledge_dir", &self.knowledge_dir)
            .field("admin_ids", &self.admin_ids)
            .field("webhook", &self.webhook)
            .field("throttle", &self.throttle)
            .finish()
    }
}

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
}

/// The dispatcher both modes run: the handler tree over the bot that sends the replies,
/// throttled or not.
pub(super) type BotDispatcher<R> = Dispatcher<R, RequestError, DefaultKey>;

/// Why polling stopped early, shared between the listener's error handler and `run`.
const STOP_NONE: u8 = 0;
const STOP_CONFLICT: u8 = 1;
const STOP_INVALID_TOKEN: u8 = 2;

/// Runs the bot until Ctrl-C or SIGTERM, or until Telegram says the token is bad or another
/// instance is polling.
pub async fn run(config: RunConfig, matcher: Matcher) -> Result<(), RunError> {
    // The adaptor is a type, so each setting gets its own copy of the same code.
    match config.throttle {
        true => run_with(config, matcher, |bot| bot.throttle(Limits::default())).await,
        false => {
            log::warn!("the rate limiter is off: only for benchmarks and test servers");
            run_with(config, matcher, |bot| bot).await
        }
    }
}

/// [`run`], sending replies through `sender(bot)`.
async fn run_with<R: super::Api>(
    config: RunConfig,
    matcher: Matcher,
    sender: impl FnOnce(Bot) -> R,
) -> Result<(), RunError> {
    // Bound first, so that a port in use stops start-up before anything is asked of Telegram.
    let socket = match &config.webhook {
        Some(webhook) => Some(super::webhook::bind(webhook).await?),
        None => None,
    };
    let mut api_url = config.api_url.clone();
    if config.test_env {
        let upstream = config.api_url.clone().unwrap_or_else(|| {
            reqwest::Url::parse("https://api.telegram.org").expect("a valid constant URL")
        });
        let local = super::test_env::start_proxy(upstream)
            .await
            .map_err(|err| RunError::Proxy(err.to_string()))?;
        log::info!("test environment: requests go through {local} to Telegram's /test endpoints");
        api_url = Some(local);
    }
    // Two clients: a long poll legitimately takes `poll_timeout`, any other call should not.
    // (teloxide's default client gives every call 17 s, less than a 25 s long poll.)
    let bot = make_bot(&config.token, api_url.as_ref(), config.request_timeout)?;
    let poller =
        make_bot(&config.token, api_url.as_ref(), config.poll_timeout + config.request_timeout)?;

    let me = bot.get_me().await.map_err(classify)?;
    log::info!(
        "Starting @{} with {} entries about \"{}\"",
        me.username(),
        matcher.knowledge().entries.len(),
        matcher.knowledge().article.title
    );
    if let Err(err) = bot.set_my_commands(Command::bot_commands()).await {
        log::warn!("could not register the command menu: {err}");
    }
    let flood: SharedFloodGate =
        Arc::new(Mutex::new(FloodGate::new(config.flood_limit, config.flood_window)));
    match flood.lock().expect("a new lock").is_enabled() {
        true => log::info!(
            "flood control: {} questions per chat every {} s",
            config.flood_limit,
            config.flood_window.as_secs()
        ),
        false => log::info!("flood control is off"),
    }

    let progress = Arc::new(Progress::default());
    let live = Arc::new(LiveKnowledge::new(matcher, config.knowledge_dir.clone()));
    reload_on_sighup(Arc::clone(&live));
    let admins = Admins::new(config.admin_ids.iter().copied());
    if !admins.is_empty() {
        log::info!("{} administrators may /reload the knowledge base", admins.len());
    }
    // Each update takes the matcher current when it arrives; a reload swaps it for the next.
    let current_matcher = {
        let live = Arc::clone(&live);
        move || live.current()
    };
    let handler = tracked(Arc::clone(&progress), dptree::map(current_matcher).chain(schema::<R>()));
    let mut dispatcher = Dispatcher::builder(sender(bot.clone()), handler)
        .dependencies(dptree::deps![flood, config.unanswered.clone(), live, admins])
        .default_handler(|update| async move {
            log::debug!("ignored update {}", update.id.0);
        })
        .error_handler(Arc::new(|err: RequestError| async move {
            log::error!("handling an update failed: {err}");
        }))
        .build();

    if let (Some(webhook), Some(socket)) = (config.webhook, socket) {
        super::webhook::serve(bot, &mut dispatcher, socket, webhook).await?;
        log::info!("stopped");
        return Ok(());
    }

    let stop = Arc::new(AtomicU8::new(STOP_NONE));
    let mut listener = Listener::new(poller.clone(), config.poll_timeout, Arc::clone(&progress));
    listener.delete_webhook().await;
    // Stopping the listener ends the update stream, and with it the dispatcher. Unlike the
    // dispatcher's shutdown token, it cannot miss its wake-up while an update is in flight.
    let listener_errors =
        Arc::new(ListenerErrors { stop: Arc::clone(&stop), listener: listener.stop_token() });
    let signalled = Arc::new(tokio::sync::Notify::new());
    stop_on_signals(dispatcher.shutdown_token(), Arc::clone(&signalled));
    let dispatching = dispatcher.try_dispatch_with_listener(listener, listener_errors);
    tokio::pin!(dispatching);
    let grace_over = async {
        signalled.notified().await;
        tokio::time::sleep(SHUTDOWN_GRACE).await;
    };
    tokio::select! {
        result = &mut dispatching => result.map_err(classify)?,
        () = grace_over => {
            let unfinished = progress.unfinished();
            log::error!(
                "{} updates were still unanswered {} s after the stop signal; they are not \
                 confirmed, so Telegram sends them again after a restart: {unfinished:?}",
                unfinished.len(),
                SHUTDOWN_GRACE.as_secs()
            );
        }
    }
    match stop.load(Ordering::SeqCst) {
        STOP_CONFLICT => Err(RunError::Conflict),
        STOP_INVALID_TOKEN => Err(RunError::InvalidToken),
        _ => {
            if let Some(offset) = progress.offset() {
                confirm(&poller, offset).await;
            }
            log::info!("stopped");
            Ok(())
        }
    }
}

/// Reloads the knowledge base on each SIGHUP, as /reload does; an invalid one is logged (file,
/// line and entry) and the current one kept.
fn reload_on_sighup(live: Arc<LiveKnowledge>) {
    #[cfg(unix)]
    tokio::spawn(async move {
        use tokio::signal::unix::{signal, SignalKind};
        let mut hangup = match signal(SignalKind::hangup()) {
            Ok(hangup) => hangup,
            Err(err) => {
                log::warn!("cannot listen for SIGHUP ({err}): no reloading");
                return;
            }
        };
        while hangup.recv().await.is_some() {
            match live.reload().await {
                Ok(entries) => {
                    log::info!("SIGHUP: reloaded the knowledge base, {entries} entries")
                }
                Err(err @ ReloadError::BuiltIn) => log::warn!("SIGHUP: {err}"),
                Err(err) => log::error!("SIGHUP: {err}"),
            }
        }
    });
    #[cfg(not(unix))]
    drop(live);
}

/// A bot whose every call times out after `timeout`. Honours `TELOXIDE_PROXY` as
/// `Bot::from_env` does.
fn make_bot(
    token: &str,
    api_url: Option<&reqwest::Url>,
    timeout: Duration,
) -> Result<Bot, RunError> {
    let mut client = teloxide::net::default_reqwest_settings().timeout(timeout);
    if let Ok(proxy) = std::env::var("TELOXIDE_PROXY") {
        let proxy = reqwest::Proxy::all(&proxy)
            .map_err(|err| RunError::Api(format!("TELOXIDE_PROXY is not a valid proxy: {err}")))?;
        client = client.proxy(proxy);
    }
    let client = client.build().map_err(|err| RunError::Api(err.to_string()))?;
    let bot = Bot::with_client(token, client);
    Ok(match api_url {
        Some(url) => bot.set_api_url(url.clone()),
        None => bot,
    })
}

/// Confirms to Telegram every update below `offset`, so a restart does not get them again.
/// The listener's getUpdates calls confirm as they go, but the last handled updates are only
/// confirmed by a call after them, and the listener makes none once stopped.
async fn confirm(bot: &Bot, offset: i32) {
    for attempt in 1..=CONFIRM_ATTEMPTS {
        let mut request = GetUpdates::new();
        (request.offset, request.limit, request.timeout) = (Some(offset), Some(1), Some(0));
        let result = raw::get_updates(bot, &request).await;
        let err = match result {
            Ok(_) => {
                log::info!("confirmed the updates handled, up to offset {offset}");
                return;
            }
            Err(err) => err,
        };
        let wait = match retry::classify(&err) {
            Retry::After(wait) => wait.min(retry::MAX_BACKOFF),
            Retry::Backoff => retry::backoff(attempt),
            Retry::Never => break,
        };
        log::warn!("confirming offset {offset} failed (attempt {attempt}): {err}");
        if attempt < CONFIRM_ATTEMPTS {
            tokio::time::sleep(wait).await;
        }
    }
    log::error!("could not confirm offset {offset}: a restart may answer the last updates again");
}

pub(super) fn classify(err: RequestError) -> RunError {
    match err {
        RequestError::Api(ApiError::InvalidToken) => RunError::InvalidToken,
        RequestError::Api(ApiError::TerminatedByOtherGetUpdates) => RunError::Conflict,
        other => RunError::Api(other.to_string()),
    }
}

/// Handles getUpdates failures: transient ones are logged (the listener backs off and retries);
/// a conflict or a revoked token stops the bot, since retrying cannot fix them.
struct ListenerErrors {
    stop: Arc<AtomicU8>,
    listener: teloxide::stop::StopToken,
}

/// Stops the dispatcher gracefully on Ctrl-C (SIGINT) and on SIGTERM (what systemd and
/// container runtimes send): no new updates, replies in flight finished. Notifies `signalled`
/// at the first signal, to start the grace period.
fn stop_on_signals(
    shutdown: teloxide::dispatching::ShutdownToken,
    signalled: Arc<tokio::sync::Notify>,
) {
    tokio::spawn(async move {
        #[cfg(unix)]
        let mut terminate =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(terminate) => Some(terminate),
                Err(err) => {
                    log::warn!(
                        "cannot listen for SIGTERM ({err}); only Ctrl-C stops the bot gracefully"
                    );
                    None
                }
            };
        loop {
            #[cfg(unix)]
            let sigterm = async {
                match terminate.as_mut() {
                    Some(terminate) => terminate.recv().await,
                    None => std::future::pending().await,
                }
            };
            #[cfg(not(unix))]
            let sigterm = std::future::pending::<Option<()>>();
            let name = tokio::select! {
                result = tokio::signal::ctrl_c() => match result {
                    Ok(()) => "SIGINT",
                    Err(err) => {
                        log::warn!("cannot listen for Ctrl-C: {err}");
                        return;
                    }
                },
                _ = sigterm => "SIGTERM",
            };
            match shutdown.shutdown() {
                Ok(stopping) => {
                    log::info!("{name} received, stopping: answering the updates in flight");
                    signalled.notify_one();
                    stopping.await;
                    return;
                }
                Err(_) => {
                    log::debug!("{name}: the dispatcher is not running yet or already stopping")
                }
            }
        }
    });
}

impl ErrorHandler<RequestError> for ListenerErrors {
    fn handle_error(
        self: Arc<Self>,
        error: RequestError,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> {
        let reason = match &error {
            RequestError::Api(ApiError::TerminatedByOtherGetUpdates) => STOP_CONFLICT,
            RequestError::Api(ApiError::InvalidToken) => STOP_INVALID_TOKEN,
            _ => STOP_NONE,
        };
        match reason {
            STOP_NONE => log::warn!("getUpdates failed, will retry: {error}"),
            _ => {
                log::error!("{}", classify(error));
                self.stop.store(reason, Ordering::SeqCst);
                self.listener.stop();
            }
        }
        Box::pin(async {})
    }
}
