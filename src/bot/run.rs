//! Starting and stopping the bot: checks before polling, polling or webhooks, and clear errors.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::time::Duration;

use teloxide::adaptors::throttle::Limits;
use teloxide::dispatching::{DefaultKey, Dispatcher};
use teloxide::error_handlers::ErrorHandler;
use teloxide::prelude::*;
use teloxide::update_listeners::{Polling, UpdateListener};
use teloxide::utils::command::BotCommands;
use teloxide::{ApiError, RequestError};

use super::{schema, Command};
use crate::matcher::Matcher;

/// How long one getUpdates call waits for news, in seconds: long polling keeps the connection
/// open so updates arrive at once without a request every moment.
const POLL_TIMEOUT_SECONDS: u64 = 25;

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
    /// Receive updates by webhook instead of long polling (`None`: polling).
    pub webhook: Option<super::webhook::WebhookConfig>,
}

impl std::fmt::Debug for RunConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunConfig")
            .field("token", &"<redacted>")
            .field("api_url", &self.api_url)
            .field("test_env", &self.test_env)
            .field("unanswered", &self.unanswered.as_ref().map(|log| log.path().to_owned()))
            .field("webhook", &self.webhook)
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

/// The dispatcher both modes run: the handler tree over the throttled bot.
pub(super) type BotDispatcher =
    Dispatcher<teloxide::adaptors::Throttle<Bot>, RequestError, DefaultKey>;

/// Why polling stopped early, shared between the listener's error handler and `run`.
const STOP_NONE: u8 = 0;
const STOP_CONFLICT: u8 = 1;
const STOP_INVALID_TOKEN: u8 = 2;

/// Runs the bot until Ctrl-C or SIGTERM, or until Telegram says the token is bad or another
/// instance is polling.
pub async fn run(config: RunConfig, matcher: Matcher) -> Result<(), RunError> {
    let socket = match &config.webhook {
        Some(webhook) => Some(super::webhook::bind(webhook).await?),
        None => None,
    };
    let mut bot = Bot::new(config.token.clone());
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(url.clone());
    }
    if config.test_env {
        let upstream = config.api_url.clone().unwrap_or_else(|| {
            reqwest::Url::parse("https://api.telegram.org").expect("a valid constant URL")
        });
        let local = super::test_env::start_proxy(upstream)
            .await
            .map_err(|err| RunError::Proxy(err.to_string()))?;
        log::info!("test environment: requests go through {local} to Telegram's /test endpoints");
        bot = bot.set_api_url(local);
    }

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

    let mut dispatcher = dispatcher(&bot, matcher, config.unanswered.clone());
    if let (Some(webhook), Some(socket)) = (config.webhook, socket) {
        stop_on_sigterm(dispatcher.shutdown_token());
        super::webhook::serve(bot, &mut dispatcher, socket, webhook).await?;
        log::info!("stopped");
        return Ok(());
    }

    let stop = Arc::new(AtomicU8::new(STOP_NONE));
    // getUpdates fails while a webhook is set, so coming back from webhook mode needs this.
    let mut listener = Polling::builder(bot)
        .timeout(Duration::from_secs(POLL_TIMEOUT_SECONDS))
        .delete_webhook()
        .await
        .build();
    // Stopping the listener ends the update stream, and with it the dispatcher. Unlike the
    // dispatcher's shutdown token, it cannot miss its wake-up while an update is in flight.
    let listener_errors =
        Arc::new(ListenerErrors { stop: Arc::clone(&stop), listener: listener.stop_token() });
    stop_on_sigterm(dispatcher.shutdown_token());
    dispatcher.try_dispatch_with_listener(listener, listener_errors).await.map_err(classify)?;
    match stop.load(Ordering::SeqCst) {
        STOP_CONFLICT => Err(RunError::Conflict),
        STOP_INVALID_TOKEN => Err(RunError::InvalidToken),
        _ => {
            log::info!("stopped");
            Ok(())
        }
    }
}

/// Builds the dispatcher of either mode: the handler tree, its dependencies, logging, Ctrl-C.
fn dispatcher(bot: &Bot, matcher: Matcher, unanswered: super::Unanswered) -> BotDispatcher {
    let throttled = bot.clone().throttle(Limits::default());
    Dispatcher::builder(throttled, schema::<teloxide::adaptors::Throttle<Bot>>())
        .dependencies(dptree::deps![Arc::new(matcher), unanswered])
        .default_handler(|update| async move {
            log::debug!("ignored update {}", update.id.0);
        })
        .error_handler(Arc::new(|err: RequestError| async move {
            log::error!("handling an update failed: {err}");
        }))
        .enable_ctrlc_handler()
        .build()
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

/// Stops the dispatcher gracefully on SIGTERM (what systemd and container runtimes send), as
/// teloxide's Ctrl-C handler does on SIGINT: no new updates, replies in flight finished.
fn stop_on_sigterm(shutdown: teloxide::dispatching::ShutdownToken) {
    #[cfg(unix)]
    tokio::spawn(async move {
        use tokio::signal::unix::{signal, SignalKind};
        let Ok(mut terminate) = signal(SignalKind::terminate()) else {
            log::warn!("cannot listen for SIGTERM; only Ctrl-C stops the bot gracefully");
            return;
        };
        while terminate.recv().await.is_some() {
            log::info!("SIGTERM received, stopping");
            match shutdown.shutdown() {
                Ok(stopping) => {
                    stopping.await;
                    return;
                }
                Err(_) => log::debug!("the dispatcher is not running yet or already stopping"),
            }
        }
    });
    #[cfg(not(unix))]
    drop(shutdown);
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
