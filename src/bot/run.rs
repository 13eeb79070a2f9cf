//! Starting and stopping the bot: checks before starting, long polling or webhooks, and clear
//! errors. (Webhook mode is in [`super::webhook`]; what follows is about polling.)
//!
//! What is guaranteed about updates. teloxide's `Polling` asks for the next batch as soon as
//! the dispatcher has queued the last one, and that request confirms the queued updates to
//! Telegram (`offset`), before they are answered. So:
//! - a failed getUpdates (timeout, 5xx, 429, garbled answer) changes no offset: the same
//!   updates are asked for again, none skipped or repeated;
//! - on SIGINT or SIGTERM the bot stops asking for updates, answers every update it already has
//!   (for up to [`SHUTDOWN_GRACE`]), then confirms the last handled one itself, with retries,
//!   since `Polling`'s own final confirmation is a single call that may fail. A restart then
//!   answers nothing twice and gets everything that arrived meanwhile;
//! - updates still unanswered after the grace period, or when the process is killed outright,
//!   may be lost; the former are logged by id.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use teloxide::adaptors::throttle::Limits;
use teloxide::dispatching::{DefaultKey, Dispatcher, DpHandlerDescription, UpdateHandler};
use teloxide::dptree::di::DependencyMap;
use teloxide::dptree::{HandlerDescription, HandlerSignature};
use teloxide::error_handlers::ErrorHandler;
use teloxide::prelude::*;
use teloxide::types::UpdateId;
use teloxide::update_listeners::{Polling, UpdateListener};
use teloxide::utils::command::BotCommands;
use teloxide::{ApiError, RequestError};

use super::retry::{self, Retry};
use super::{schema, Command, SharedFloodGate};
use crate::flood::{self, FloodGate};
use crate::knowledge::Knowledge;
use crate::matcher::{MatchConfig, Matcher};

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
    /// Where the knowledge base came from, to reload it on SIGHUP; `None` when it is the one
    /// built into the binary, which cannot change while the bot runs.
    pub knowledge_dir: Option<PathBuf>,
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
    let live = Arc::new(RwLock::new(Arc::new(matcher)));
    reload_on_sighup(config.knowledge_dir.clone(), Arc::clone(&live));
    // Each update takes the matcher current when it arrives; a reload swaps it for the next.
    let current_matcher = move || Arc::clone(&live.read().unwrap_or_else(|p| p.into_inner()));
    let handler = tracked(Arc::clone(&progress), dptree::map(current_matcher).chain(schema::<R>()));
    let mut dispatcher = Dispatcher::builder(sender(bot.clone()), handler)
        .dependencies(dptree::deps![flood, config.unanswered.clone()])
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
    let mut listener = Polling::builder(poller.clone())
        .timeout(config.poll_timeout)
        // teloxide's default waits 1 s, 2 s, ... up to 64 s after failed polls; a brief fault
        // should not hold up every chat that long.
        .backoff_strategy(|failures| retry::backoff(failures + 1))
        // getUpdates fails while a webhook is set, so coming back from webhook mode needs this.
        .delete_webhook()
        .await
        .build();
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
                "{} updates were still unanswered {} s after the stop signal and are dropped: {unfinished:?}",
                unfinished.len(),
                SHUTDOWN_GRACE.as_secs()
            );
        }
    }
    match stop.load(Ordering::SeqCst) {
        STOP_CONFLICT => Err(RunError::Conflict),
        STOP_INVALID_TOKEN => Err(RunError::InvalidToken),
        _ => {
            if let Some(offset) = progress.next_offset() {
                confirm(&poller, offset).await;
            }
            log::info!("stopped");
            Ok(())
        }
    }
}

/// Reloads the knowledge base from `dir` on each SIGHUP and swaps it into `live` if it is
/// valid; an invalid one is logged (file, line and entry) and the current one kept.
fn reload_on_sighup(dir: Option<PathBuf>, live: Arc<RwLock<Arc<Matcher>>>) {
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
            let Some(dir) = dir.clone() else {
                log::warn!("SIGHUP: nothing to reload, the knowledge base is built in (start with --knowledge DIR to reload it)");
                continue;
            };
            // Loading and indexing take milliseconds of CPU: off the async threads.
            let loaded = tokio::task::spawn_blocking(move || {
                Knowledge::load_dir(&dir)
                    .map(|knowledge| Matcher::new(knowledge, MatchConfig::DEFAULT))
            })
            .await;
            match loaded {
                Ok(Ok(matcher)) => {
                    let entries = matcher.knowledge().entries.len();
                    *live.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(matcher);
                    log::info!("SIGHUP: reloaded the knowledge base, {entries} entries");
                }
                Ok(Err(err)) => {
                    log::error!(
                        "SIGHUP: the knowledge base is invalid, keeping the current one: {err}"
                    )
                }
                Err(err) => log::error!("SIGHUP: reloading failed, keeping the current one: {err}"),
            }
        }
    });
    #[cfg(not(unix))]
    drop((dir, live));
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

/// Which updates the handlers are answering and have answered, to confirm the right offset to
/// Telegram on the way out.
#[derive(Default)]
struct Progress {
    inner: Mutex<ProgressInner>,
}

#[derive(Default)]
struct ProgressInner {
    /// Updates being handled now (one per chat at most, so this stays small).
    in_flight: BTreeSet<u32>,
    /// The highest update id handled to the end.
    last_done: Option<u32>,
}

impl Progress {
    fn lock(&self) -> std::sync::MutexGuard<'_, ProgressInner> {
        // A handler that panicked leaves consistent data behind: each change is one statement.
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn start(&self, id: UpdateId) {
        self.lock().in_flight.insert(id.0);
    }

    fn finish(&self, id: UpdateId) {
        let mut inner = self.lock();
        inner.in_flight.remove(&id.0);
        inner.last_done = inner.last_done.max(Some(id.0));
    }

    fn unfinished(&self) -> Vec<u32> {
        self.lock().in_flight.iter().copied().collect()
    }

    /// The offset that confirms every handled update, if any was handled.
    fn next_offset(&self) -> Option<i32> {
        self.lock().last_done.map(|id| UpdateId(id).as_offset())
    }
}

/// `handler`, with each update's start and end recorded in `progress`, whatever the outcome.
fn tracked(
    progress: Arc<Progress>,
    handler: UpdateHandler<RequestError>,
) -> UpdateHandler<RequestError> {
    let record = dptree::from_fn_with_description(
        DpHandlerDescription::entry(),
        move |deps: DependencyMap, next| {
            let progress = Arc::clone(&progress);
            async move {
                let Some(update) = deps.try_get::<Update>() else { return next(deps).await };
                progress.start(update.id);
                let flow = next(deps).await;
                progress.finish(update.id);
                flow
            }
        },
        HandlerSignature::Entry,
    );
    record.chain(handler)
}

/// Confirms to Telegram every update below `offset`, so a restart does not get them again.
/// `Polling` tries this once as it stops; this tries again, in case that call failed.
async fn confirm(bot: &Bot, offset: i32) {
    for attempt in 1..=CONFIRM_ATTEMPTS {
        let result = bot.get_updates().offset(offset).limit(1).timeout(0).await;
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
