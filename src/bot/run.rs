//! Starting and stopping the bot: checks before starting, then long polling ([`super::polling`])
//! or webhooks ([`super::webhook`]), both feeding the same [`Intake`].
//!
//! Start-up is cancellable: the signal handlers are installed before it (see
//! [`super::signals`]), a SIGINT or SIGTERM during it exits cleanly with nothing half-started,
//! and a SIGHUP during it is ignored, since the knowledge base was just loaded.
//!
//! What is guaranteed about updates is told in [`super::polling`] and [`super::webhook`].

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use teloxide::adaptors::throttle::Limits;
use teloxide::dptree::di::DependencyMap;
use teloxide::prelude::*;
use teloxide::types::Me;

use super::error::RunError;
use super::intake::Intake;
use super::live::{LiveKnowledge, ReloadError};
use super::shared::{Shared, StateConfig};
use super::signals::Signals;
use super::{bot_commands, polling, schema, webhook, Admins, Contexts};
use crate::conversation::Say;
use crate::flood::{self, FloodGate};
use crate::knowledge::Language;
use crate::matcher::Matcher;

/// The default for how long one getUpdates call waits for news: long polling keeps the
/// connection open so updates arrive at once without a request every moment.
pub const DEFAULT_POLL_TIMEOUT: Duration = Duration::from_secs(25);
/// The default for how long any other Bot API call may take. Telegram answers in well under a
/// second; waiting longer mostly delays the retry. Not much shorter, though: a reply that
/// Telegram sent but answered too late is sent again on retry.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// The default for how long a stop waits for the updates being answered. Platforms give a
/// stopping process 10 s between SIGTERM and SIGKILL (Docker, Kubernetes, systemd's default is
/// 90 s): 8 s leaves time to confirm what was answered and exit.
pub const DEFAULT_STOP_TIMEOUT: Duration = Duration::from_secs(8);

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
    /// How long a stop waits for the updates being answered before it gives up on them
    /// (they are then neither confirmed nor acknowledged, so Telegram sends them again).
    pub stop_timeout: Duration,
    /// Where state that outlives a message lives: this process, or Redis shared by replicas.
    pub state: StateConfig,
}

impl RunConfig {
    /// A configuration with `token` and the defaults: Telegram's own server, flood control at
    /// 20 questions a minute, 25 s long polls, 10 s for other calls and 8 s to stop.
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
            stop_timeout: DEFAULT_STOP_TIMEOUT,
            state: StateConfig::Memory,
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
            .field("stop_timeout", &self.stop_timeout)
            .field("state", &self.state)
            .finish()
    }
}

/// Runs the bot until SIGINT or SIGTERM (see `signals`, which must be installed first), or
/// until Telegram says the token is bad or another instance is polling.
pub async fn run(config: RunConfig, matcher: Matcher, signals: Signals) -> Result<(), RunError> {
    // The adaptor is a type, so each setting gets its own copy of the same code.
    match config.throttle {
        true => run_with(config, matcher, signals, |bot| bot.throttle(Limits::default())).await,
        false => {
            log::warn!("the rate limiter is off: only for benchmarks and test servers");
            run_with(config, matcher, signals, |bot| bot).await
        }
    }
}

/// What start-up prepares.
struct Started {
    /// For every call but getUpdates.
    bot: Bot,
    /// For getUpdates, whose long poll takes `poll_timeout` on top of the usual.
    poller: Bot,
    me: Me,
    socket: Option<tokio::net::TcpListener>,
}

/// [`run`], sending replies through `sender(bot)`.
async fn run_with<R: super::Api>(
    config: RunConfig,
    matcher: Matcher,
    signals: Signals,
    sender: impl FnOnce(Bot) -> R,
) -> Result<(), RunError> {
    let started = tokio::select! {
        () = signals.stopped() => {
            log::info!("stopped before start-up finished");
            return Ok(());
        }
        started = start(&config) => started?,
    };
    if signals.take_hangup() {
        log::info!("SIGHUP during start-up ignored: the knowledge base was just loaded");
    }
    let Started { bot, poller, me, socket } = started;
    log::info!(
        "Starting @{} with {} entries about \"{}\"",
        me.username(),
        matcher.knowledge().entries.len(),
        matcher.knowledge().article.title
    );
    register_profile(&bot, matcher.knowledge()).await;
    let gate = FloodGate::new(config.flood_limit, config.flood_window);
    match gate.is_enabled() {
        true => log::info!(
            "flood control: {} questions per chat every {} s",
            config.flood_limit,
            config.flood_window.as_secs()
        ),
        false => log::info!("flood control is off"),
    }
    let shared = Shared::connect(&config.state, me.id.0, gate).await;
    let live = Arc::new(LiveKnowledge::new(matcher, config.knowledge_dir.clone()));
    reload_on_sighup(Arc::clone(&live), signals.clone());
    let admins = Admins::new(config.admin_ids.iter().copied());
    if !admins.is_empty() {
        log::info!("{} administrators may /reload the knowledge base", admins.len());
    }
    let handler = schema::<R>();
    let mut deps = DependencyMap::new();
    deps.insert(Contexts(Arc::clone(&shared)));
    deps.insert(sender(bot.clone()));
    deps.insert(config.unanswered.clone());
    deps.insert(Arc::clone(&live));
    deps.insert(admins);
    let intake = Intake::new(handler, deps, me, (bot.clone(), live), shared);

    let result = match (config.webhook, socket) {
        (Some(webhook), Some(socket)) => {
            webhook::serve(bot, intake, socket, webhook, &signals, config.stop_timeout).await
        }
        _ => {
            polling::poll(poller, intake, &signals, config.poll_timeout, config.stop_timeout).await
        }
    };
    if result.is_ok() {
        log::info!("stopped");
    }
    result
}

/// Everything before the first update: the webhook socket (first, so that a port in use stops
/// start-up before anything is asked of Telegram), the test-environment proxy, the clients, the
/// bot's identity and its command menu.
async fn start(config: &RunConfig) -> Result<Started, RunError> {
    let socket = match &config.webhook {
        Some(webhook) => Some(webhook::bind(webhook).await?),
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
    let me = bot.get_me().await?;
    Ok(Started { bot, poller, me, socket })
}

/// Registers the command menu, the description and the short description, in English (the
/// default) and in each other language for readers whose app uses it. A failure is logged: the
/// bot works without them.
async fn register_profile(bot: &Bot, knowledge: &crate::knowledge::Knowledge) {
    let article = &knowledge.article;
    let values = [("title", article.title.as_str()), ("publication", article.publication.as_str())];
    for language in Language::ALL {
        let say = Say::new(knowledge, language);
        let code = (language != Language::En).then(|| language.code().to_owned());
        let mut commands = bot.set_my_commands(bot_commands(say));
        let mut description = bot.set_my_description();
        let mut short = bot.set_my_short_description();
        if let Some(code) = &code {
            commands = commands.language_code(code.clone());
            description = description.language_code(code.clone());
            short = short.language_code(code.clone());
        }
        let described = description.description(say.plain("description", &values));
        let short = short.short_description(say.plain("short_description", &values));
        let results = [
            ("command menu", commands.await.err()),
            ("description", described.await.err()),
            ("short description", short.await.err()),
        ];
        for (what, err) in results {
            if let Some(err) = err {
                log::warn!("could not register the {} {what}: {err}", language.code());
            }
        }
    }
}

/// Reloads the knowledge base on each SIGHUP, as /reload does; an invalid one is logged (file,
/// line and entry) and the current one kept.
fn reload_on_sighup(live: Arc<LiveKnowledge>, signals: Signals) {
    tokio::spawn(async move {
        loop {
            signals.hangup().await;
            match live.reload().await {
                Ok(entries) => {
                    log::info!("SIGHUP: reloaded the knowledge base, {entries} entries")
                }
                Err(err @ ReloadError::BuiltIn) => log::warn!("SIGHUP: {err}"),
                Err(err) => log::error!("SIGHUP: {err}"),
            }
        }
    });
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
