//! Webhook mode: Telegram posts each update to a public HTTPS URL, so several stateless
//! replicas of the bot can share one token behind a load balancer.
//!
//! Built on teloxide's `axum_no_setup`, with the parts around it done here so that no replica
//! can disturb the others or panic: the socket is bound before anything talks to Telegram (a
//! busy port is a clear error), every replica sets the same URL and secret (idempotent), and a
//! stopping replica never deletes the webhook. Nothing is kept in the process beyond the
//! per-chat flood counters of the `Throttle` adaptor, which may differ between replicas.

use std::net::SocketAddr;

use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use teloxide::stop::StopToken;
use teloxide::update_listeners::webhooks::{axum_no_setup, Options};
use teloxide::update_listeners::UpdateListener;
use teloxide::{ApiError, RequestError};

use super::run::{BotDispatcher, RunError};

/// Where the webhook server listens when `--listen` is not given: 8443 is one of the ports
/// Telegram delivers to, and needs no root.
pub const DEFAULT_LISTEN: &str = "0.0.0.0:8443";
/// The path answering load balancers' health checks with 200 "ok".
pub const HEALTH_PATH: &str = "/healthz";
/// Secrets shorter than this are accepted (Telegram allows one character) but warned about:
/// anyone who guesses the secret can post fake updates.
const SHORT_SECRET: usize = 16;

/// The secret Telegram sends with every update in the `X-Telegram-Bot-Api-Secret-Token` header.
/// Its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// The secret itself, for the request that sets it and for the logger's redaction list.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Never fails: the secret is checked by [`WebhookConfig::new`], whose errors do not echo it,
/// unlike the command-line parser's.
impl std::str::FromStr for Secret {
    type Err = std::convert::Infallible;

    fn from_str(text: &str) -> Result<Secret, Self::Err> {
        Ok(Secret(text.to_owned()))
    }
}

/// What webhook mode needs, checked: an https URL (or http on a loopback host), the local
/// address to listen on, and a valid secret.
#[derive(Clone, Debug)]
pub struct WebhookConfig {
    /// The public URL Telegram posts updates to. Its path is also the local route, so a
    /// reverse proxy in front must forward the path unchanged.
    pub url: reqwest::Url,
    /// The local address the server listens on.
    pub listen: SocketAddr,
    /// Shared by every replica.
    pub secret: Secret,
}

/// Why a webhook configuration was refused. The messages never include the secret.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum WebhookConfigError {
    /// No secret was given.
    #[error("webhook mode needs a secret: set WEBHOOK_SECRET (or --webhook-secret) to the same value on every replica, 1-256 characters of A-Z, a-z, 0-9, _ and - (for example the output of `openssl rand -hex 32`)")]
    MissingSecret,
    /// The secret breaks Telegram's rule; says how, without showing it.
    #[error("the webhook secret (WEBHOOK_SECRET or --webhook-secret) must be 1-256 characters of A-Z, a-z, 0-9, _ and - as Telegram requires, but it {0}")]
    InvalidSecret(String),
    /// The URL is not https (and not a loopback test URL).
    #[error("the webhook URL must be https:// (Telegram delivers updates only over HTTPS); http:// is accepted only for a loopback host such as 127.0.0.1, for local tests; got scheme {0:?}")]
    NotHttps(String),
    /// The URL's path would collide with the health check.
    #[error("the webhook URL's path cannot be {HEALTH_PATH}: that path answers health checks; use another, such as /telegram")]
    HealthPath,
}

impl WebhookConfig {
    /// Checks the options of webhook mode; `listen` defaults to [`DEFAULT_LISTEN`].
    pub fn new(
        url: reqwest::Url,
        listen: Option<SocketAddr>,
        secret: Option<Secret>,
    ) -> Result<WebhookConfig, WebhookConfigError> {
        let secret = secret.ok_or(WebhookConfigError::MissingSecret)?;
        check_secret(secret.expose()).map_err(WebhookConfigError::InvalidSecret)?;
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(&url) => {}
            other => return Err(WebhookConfigError::NotHttps(other.to_owned())),
        }
        if url.path() == HEALTH_PATH {
            return Err(WebhookConfigError::HealthPath);
        }
        let listen =
            listen.unwrap_or_else(|| DEFAULT_LISTEN.parse().expect("a valid constant address"));
        Ok(WebhookConfig { url, listen, secret })
    }
}

/// Telegram's rule for secret tokens: 1-256 characters of A-Z, a-z, 0-9, `_` and `-`. On error,
/// says what is wrong (to follow "but it ...") without quoting the secret.
fn check_secret(secret: &str) -> Result<(), String> {
    let chars = secret.chars().count();
    if secret.is_empty() {
        return Err("is empty".to_owned());
    }
    if chars > 256 {
        return Err(format!("is {chars} characters long"));
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    match secret.chars().position(|c| !allowed(c)) {
        Some(at) => Err(format!("has a character that is not allowed at position {}", at + 1)),
        None => Ok(()),
    }
}

fn is_loopback(url: &reqwest::Url) -> bool {
    let host = url.host_str().unwrap_or("");
    let ip = host.trim_start_matches('[').trim_end_matches(']');
    match ip.parse::<std::net::IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => host.eq_ignore_ascii_case("localhost"),
    }
}

/// Binds the webhook server's socket. Done before the bot talks to Telegram, so a busy or
/// forbidden port stops the start with a clear error and nothing half-started.
pub(super) async fn bind(config: &WebhookConfig) -> Result<tokio::net::TcpListener, RunError> {
    tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|reason| RunError::Listen { address: config.listen, reason })
}

/// Serves webhook updates to `dispatcher` until SIGINT or SIGTERM: starts the HTTP server on
/// `socket` (the webhook route and [`HEALTH_PATH`]), sets the webhook, then dispatches. On a
/// signal, new updates are refused with 503 (Telegram retries them, on another replica behind
/// a load balancer), replies in flight are finished, and the server stops.
pub(super) async fn serve<R: super::Api>(
    bot: Bot,
    dispatcher: &mut BotDispatcher<R>,
    socket: tokio::net::TcpListener,
    config: WebhookConfig,
) -> Result<(), RunError> {
    if config.secret.expose().len() < SHORT_SECRET {
        log::warn!(
            "the webhook secret is shorter than {SHORT_SECRET} characters: anyone who guesses it \
             can send the bot fake updates"
        );
    }
    // The secret was checked by `WebhookConfig::new` exactly as `secret_token` checks it, so
    // its panic cannot happen.
    let options = Options::new(config.listen, config.url.clone())
        .secret_token(config.secret.expose().to_owned());
    let (mut listener, stop_flag, router) = axum_no_setup(options);
    let router = router.route(HEALTH_PATH, axum::routing::get(|| async { "ok" }));
    let stop = listener.stop_token();
    stop_on_signals(stop.clone());
    let server = {
        let stop = stop.clone();
        tokio::spawn(async move {
            // Ends once the listener is stopped and open requests are answered. Dropping the
            // router then ends the update stream, and with it the dispatcher.
            if let Err(err) = axum::serve(socket, router).with_graceful_shutdown(stop_flag).await {
                log::error!("the webhook server failed: {err}");
                stop.stop();
            }
        })
    };

    // Every replica sets the same URL and secret, so this is idempotent. The webhook is never
    // deleted on stop (teloxide's `axum_to_router` does that): it is shared, and deleting it
    // when one replica stops would cut off all the others.
    let request =
        bot.set_webhook(config.url.clone()).secret_token(config.secret.expose().to_owned());
    if let Err(err) = request.await {
        stop.stop();
        let _ = server.await;
        return Err(match err {
            RequestError::Api(ApiError::InvalidToken) => RunError::InvalidToken,
            RequestError::Api(api) => RunError::Webhook(api.to_string()),
            other => RunError::Api(other.to_string()),
        });
    }
    log::info!(
        "receiving updates by webhook at {} on {} (health check: GET {HEALTH_PATH})",
        config.url.path(),
        config.listen
    );
    let errors = LoggingErrorHandler::with_custom_text("the webhook listener failed");
    let dispatched =
        dispatcher.try_dispatch_with_listener(listener, errors).await.map_err(super::run::classify);
    // Normally the listener is stopped already and the server done; but if dispatching failed
    // to start (getMe), nothing has stopped the server yet, and waiting would never end.
    stop.stop();
    if let Err(err) = server.await {
        log::error!("the webhook server task failed: {err}");
    }
    dispatched
}

/// Stops the listener itself on SIGINT or SIGTERM, besides the dispatcher's own handlers: the
/// dispatcher only looks at its shutdown token between updates and may miss the wake-up, while
/// a stopped listener always closes the server and so ends the update stream.
fn stop_on_signals(stop: StopToken) {
    tokio::spawn(async move {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            let terminate = async {
                match signal(SignalKind::terminate()) {
                    Ok(mut terminate) => {
                        terminate.recv().await;
                    }
                    Err(_) => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                () = terminate => {}
            }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        log::info!("stopping: no new webhook updates; finishing the replies in flight");
        stop.stop();
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> reqwest::Url {
        reqwest::Url::parse(text).unwrap()
    }

    fn secret(text: &str) -> Option<Secret> {
        Some(Secret(text.to_owned()))
    }

    #[test]
    fn accepts_https_and_loopback_http_with_a_valid_secret() {
        let config = WebhookConfig::new(url("https://bot.example.com/tg"), None, secret("a-B_9"))
            .expect("valid");
        assert_eq!(config.listen, DEFAULT_LISTEN.parse().unwrap());
        for test_url in ["http://127.0.0.1:8080/hook", "http://[::1]/hook", "http://localhost/h"] {
            let listen = Some("127.0.0.1:1".parse().unwrap());
            assert!(WebhookConfig::new(url(test_url), listen, secret("s")).is_ok(), "{test_url}");
        }
    }

    #[test]
    fn refuses_a_missing_or_invalid_secret_without_showing_it() {
        let https = url("https://bot.example.com/tg");
        assert_eq!(
            WebhookConfig::new(https.clone(), None, None).unwrap_err(),
            WebhookConfigError::MissingSecret
        );
        for bad in ["", "has space", "dollar$sign", &"x".repeat(257), "é"] {
            let err = WebhookConfig::new(https.clone(), None, secret(bad)).unwrap_err();
            assert!(matches!(err, WebhookConfigError::InvalidSecret(_)), "{bad:?}: {err:?}");
            let message = err.to_string();
            assert!(message.contains("A-Z, a-z, 0-9, _ and -"), "{message}");
            if !bad.is_empty() {
                assert!(!message.contains(bad), "{message}");
            }
        }
        assert!(WebhookConfig::new(https, None, secret(&"x".repeat(256))).is_ok());
    }

    #[test]
    fn refuses_plain_http_off_loopback_and_the_health_path() {
        let err = WebhookConfig::new(url("http://bot.example.com/tg"), None, secret("s"));
        assert_eq!(err.unwrap_err(), WebhookConfigError::NotHttps("http".to_owned()));
        let err = WebhookConfig::new(url("https://bot.example.com/healthz"), None, secret("s"));
        assert_eq!(err.unwrap_err(), WebhookConfigError::HealthPath);
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let config =
            WebhookConfig::new(url("https://h/p"), None, secret("topSECRETvalue")).unwrap();
        let debug = format!("{config:?}");
        assert!(!debug.contains("topSECRETvalue"), "{debug}");
        assert!(debug.contains("<redacted>"), "{debug}");
    }
}
