//! Webhook mode: Telegram posts each update to a public HTTPS URL, so several replicas of the
//! bot can share one token behind a load balancer.
//!
//! Acknowledged means answered. Telegram never delivers again an update it got a 200 for, so
//! this server answers 200 only once the reply has been sent, or refused for good by Telegram
//! (a blocked bot, a deleted chat), or the update needed no reply (flood control dropped it).
//! A replica that dies mid-answer leaves its unacknowledged updates to Telegram, which delivers
//! them again. teloxide's own axum webhook (`axum_no_setup`) answers 200 as soon as the update
//! is queued, before any handler has run, so it is not used; its secret-header check is
//! repeated here.
//!
//! What Telegram does, as far as its documentation and its users tell: it delivers one chat's
//! updates in sequence, waiting for the answer to one before sending the next, and different
//! chats' updates concurrently over up to `max_connections` connections (40 by default, 1-100);
//! a non-2xx answer or no answer is delivered again later, and updates are kept for at most 24
//! hours. It does not document how long it waits for an answer: grammY, for one, stops waiting
//! for its own handler after 10 s. Here an answer takes a few milliseconds plus Telegram's own
//! pacing of one chat's messages (about one a second), so in practice well under that; a
//! delivery repeated while the first is still being answered waits for that same answer, and
//! one repeated after it is acknowledged without answering again (see `Deliveries`).
//!
//! Also done here so that no replica can disturb the others or panic: the socket is bound before
//! anything talks to Telegram (a busy port is a clear error), every replica sets the same URL and
//! secret (idempotent), and a stopping replica never deletes the webhook.

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use futures::FutureExt;
use teloxide::prelude::*;
use teloxide::types::UpdateKind;
use teloxide::{ApiError, RequestError};

use super::error::RunError;
use super::intake::{Intake, Outcome, Submitted};
use super::polling::ALLOWED_UPDATES;
use super::signals::Signals;

/// The header in which Telegram sends the webhook secret.
const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";
/// Answered update ids one process remembers, to acknowledge a repeated delivery without
/// answering it twice: about a day of a busy bot's updates, in well under a megabyte.
const REMEMBERED_UPDATES: usize = 50_000;

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

/// Serves webhook updates to `intake` until SIGINT or SIGTERM: starts the HTTP server on
/// `socket` (the webhook route and [`HEALTH_PATH`]), sets the webhook, then answers each update
/// before acknowledging it (see the module docs). On a stop, new updates are refused with 503
/// (Telegram delivers them again, to another replica behind a load balancer), updates being
/// answered get up to `stop_timeout`, and whatever is still unanswered then is refused with 503
/// too, so Telegram delivers it again.
pub(super) async fn serve(
    bot: Bot,
    intake: Arc<Intake>,
    socket: tokio::net::TcpListener,
    config: WebhookConfig,
    signals: &Signals,
    stop_timeout: Duration,
) -> Result<(), RunError> {
    if config.secret.expose().len() < SHORT_SECRET {
        log::warn!(
            "the webhook secret is shorter than {SHORT_SECRET} characters: anyone who guesses it \
             can send the bot fake updates"
        );
    }
    let state = Arc::new(State {
        intake,
        secret: config.secret.clone(),
        deliveries: Mutex::new(Deliveries::default()),
        stopping: AtomicBool::new(false),
        give_up: tokio::sync::watch::Sender::new(false),
        requests: tokio::sync::watch::Sender::new(0),
    });
    let router = axum::Router::new()
        .route(config.url.path(), axum::routing::post(on_update))
        .route(HEALTH_PATH, axum::routing::get(on_health))
        .with_state(Arc::clone(&state));
    let (shutdown, shutdown_requested) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        let serving = axum::serve(socket, router)
            .with_graceful_shutdown(async move {
                let _ = shutdown_requested.await;
            })
            .await;
        if let Err(err) = serving {
            log::error!("the webhook server failed: {err}");
        }
    });

    // Every replica sets the same URL and secret, so this is idempotent. The webhook is never
    // deleted on stop (teloxide's `axum_to_router` does that): it is shared, and deleting it
    // when one replica stops would cut off all the others.
    let request = bot
        .set_webhook(config.url.clone())
        .secret_token(config.secret.expose().to_owned())
        .allowed_updates(ALLOWED_UPDATES.to_vec());
    let set = tokio::select! {
        () = signals.stopped() => None,
        result = request => Some(result),
    };
    match set {
        Some(Ok(_)) => {
            log::info!(
                "receiving updates by webhook at {} on {} (health check: GET {HEALTH_PATH})",
                config.url.path(),
                config.listen
            );
            signals.stopped().await;
        }
        Some(Err(err)) => {
            let _ = shutdown.send(());
            let _ = server.await;
            return Err(match err {
                RequestError::Api(ApiError::InvalidToken) => RunError::InvalidToken,
                RequestError::Api(api) => RunError::Webhook(api.to_string()),
                other => RunError::Api(other.to_string()),
            });
        }
        None => {}
    }

    state.stopping.store(true, Ordering::SeqCst);
    let open = *state.requests.borrow();
    log::info!("stopping: new webhook updates get 503; answering the {open} in progress");
    let mut requests = state.requests.subscribe();
    let drained =
        tokio::time::timeout(stop_timeout, requests.wait_for(|open| *open == 0)).await.is_ok();
    if !drained {
        let open = *state.requests.borrow();
        log::error!(
            "{open} webhook updates were still unanswered {} s after the stop: refused with 503, \
             so Telegram delivers them again",
            stop_timeout.as_secs()
        );
        state.give_up.send_replace(true);
    }
    let _ = shutdown.send(());
    if tokio::time::timeout(Duration::from_secs(1), server).await.is_err() {
        log::warn!("the webhook server did not close its connections in time");
    }
    Ok(())
}

/// What every request of the webhook server shares.
struct State {
    intake: Arc<Intake>,
    secret: Secret,
    deliveries: Mutex<Deliveries>,
    /// Set on SIGINT or SIGTERM: new updates get 503.
    stopping: AtomicBool,
    /// Set when the stop timeout passes: updates still being answered get 503.
    give_up: tokio::sync::watch::Sender<bool>,
    /// Update requests being answered.
    requests: tokio::sync::watch::Sender<usize>,
}

/// Counts one update request as open while it lives.
struct OpenRequest<'a>(&'a tokio::sync::watch::Sender<usize>);

impl<'a> OpenRequest<'a> {
    fn new(requests: &'a tokio::sync::watch::Sender<usize>) -> OpenRequest<'a> {
        requests.send_modify(|open| *open += 1);
        OpenRequest(requests)
    }
}

impl Drop for OpenRequest<'_> {
    fn drop(&mut self) {
        self.0.send_modify(|open| *open -= 1);
    }
}

async fn on_health(axum::extract::State(state): axum::extract::State<Arc<State>>) -> Response {
    // A load balancer stops sending here once this replica is stopping.
    // A replica whose Redis is away still answers, so it stays in: it only says so.
    match state.stopping.load(Ordering::SeqCst) {
        true => (StatusCode::SERVICE_UNAVAILABLE, "stopping").into_response(),
        false if state.intake.shared().is_degraded() => (
            StatusCode::OK,
            "degraded: shared state unavailable, answering from this replica's memory",
        )
            .into_response(),
        false => (StatusCode::OK, "ok").into_response(),
    }
}

/// One update from Telegram: answered before it is acknowledged (see the module docs).
async fn on_update(
    axum::extract::State(state): axum::extract::State<Arc<State>>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let given = headers.get(SECRET_HEADER).map(|value| value.as_bytes()).unwrap_or_default();
    if !same_secret(given, state.secret.expose().as_bytes()) {
        log::warn!("refused a webhook request without the right secret");
        return StatusCode::UNAUTHORIZED;
    }
    if state.stopping.load(Ordering::SeqCst) {
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    let _open = OpenRequest::new(&state.requests);
    let update: Update = match serde_json::from_slice(&body) {
        Ok(update) => update,
        Err(err) => {
            // Not an update at all: delivering it again cannot help.
            log::warn!("refused a webhook request that is not a Telegram update: {err}");
            return StatusCode::BAD_REQUEST;
        }
    };
    let id = update.id.0;
    if let UpdateKind::Error(_) = update.kind {
        log::error!("update {id} is of a kind this bot cannot read: acknowledged, unanswered");
        return StatusCode::OK;
    }
    let ticket = {
        let mut deliveries = lock(&state.deliveries);
        match deliveries.claim(id) {
            Claim::Answered => {
                log::info!(
                    "update {id} was delivered again after it was answered: not answered twice"
                );
                return StatusCode::OK;
            }
            Claim::InFlight(ticket) => ticket,
            Claim::New => {
                // Spawned, so the answer goes on even if Telegram closes this connection.
                let intake = Arc::clone(&state.intake);
                let answering = tokio::spawn(async move {
                    match intake.submit(update).await {
                        Submitted::Taken(finished) => finished.await.unwrap_or(Outcome::Failed),
                        Submitted::AnsweredBefore => {
                            log::info!(
                                "update {id} was answered by a replica before: not answered twice"
                            );
                            Outcome::Answered
                        }
                        Submitted::BusyElsewhere => {
                            log::info!("update {id} is being answered by another replica: left for Telegram to deliver again");
                            Outcome::Failed
                        }
                    }
                });
                let ticket: Ticket =
                    async move { answering.await.unwrap_or(Outcome::Failed) }.boxed().shared();
                deliveries.start(id, ticket.clone());
                ticket
            }
        }
    };
    let mut give_up = state.give_up.subscribe();
    let outcome = tokio::select! {
        outcome = ticket => outcome,
        _ = give_up.wait_for(|given_up| *given_up) => return StatusCode::SERVICE_UNAVAILABLE,
    };
    lock(&state.deliveries).finish(id, outcome);
    match outcome.is_final() {
        true => StatusCode::OK,
        // Telegram delivers it again later, maybe to another replica, which may get through.
        false => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Compares the secret in constant time, so response times do not tell how much of a guess
/// was right.
fn same_secret(given: &[u8], expected: &[u8]) -> bool {
    given.len() == expected.len()
        && given.iter().zip(expected).fold(0u8, |diff, (a, b)| diff | (a ^ b)) == 0
}

/// The outcome of an update being answered, awaited by every delivery of it.
type Ticket = futures::future::Shared<futures::future::BoxFuture<'static, Outcome>>;

/// What this process knows of an update id.
enum Claim {
    /// Never seen, or seen and not answered for good: answer it.
    New,
    /// Being answered now (Telegram delivered it again meanwhile): wait for that answer.
    InFlight(Ticket),
    /// Answered already: acknowledge without answering again.
    Answered,
}

/// Updates being answered, and those answered recently, so that Telegram delivering one again
/// (after a timeout, or a 200 it never got) is not answered twice by this process. Bounded:
/// the oldest answered ids are forgotten first.
#[derive(Default)]
struct Deliveries {
    in_flight: HashMap<u32, Ticket>,
    answered: HashSet<u32>,
    answered_order: VecDeque<u32>,
}

impl Deliveries {
    fn claim(&self, id: u32) -> Claim {
        match self.in_flight.get(&id) {
            Some(ticket) => Claim::InFlight(ticket.clone()),
            None if self.answered.contains(&id) => Claim::Answered,
            None => Claim::New,
        }
    }

    fn start(&mut self, id: u32, ticket: Ticket) {
        self.in_flight.insert(id, ticket);
    }

    fn finish(&mut self, id: u32, outcome: Outcome) {
        if self.in_flight.remove(&id).is_none() || !outcome.is_final() {
            return;
        }
        if self.answered.insert(id) {
            self.answered_order.push_back(id);
        }
        while self.answered_order.len() > REMEMBERED_UPDATES {
            if let Some(oldest) = self.answered_order.pop_front() {
                self.answered.remove(&oldest);
            }
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // Every change under this lock is a single step, so a panic cannot leave half of one.
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
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
    fn secrets_compare_whole() {
        assert!(same_secret(b"abc", b"abc"));
        assert!(!same_secret(b"abd", b"abc"));
        assert!(!same_secret(b"ab", b"abc"));
        assert!(!same_secret(b"", b"abc"));
    }

    #[test]
    fn an_answered_update_is_claimed_once_and_forgotten_oldest_first() {
        let mut deliveries = Deliveries::default();
        assert!(matches!(deliveries.claim(1), Claim::New));
        let ticket: Ticket = async { Outcome::Answered }.boxed().shared();
        deliveries.start(1, ticket);
        assert!(matches!(deliveries.claim(1), Claim::InFlight(_)));
        deliveries.finish(1, Outcome::Answered);
        assert!(matches!(deliveries.claim(1), Claim::Answered));
        // A failed answer may be tried again.
        deliveries.start(2, async { Outcome::Failed }.boxed().shared());
        deliveries.finish(2, Outcome::Failed);
        assert!(matches!(deliveries.claim(2), Claim::New));
        for id in 10..10 + REMEMBERED_UPDATES as u32 {
            deliveries.start(id, async { Outcome::Answered }.boxed().shared());
            deliveries.finish(id, Outcome::Answered);
        }
        assert!(matches!(deliveries.claim(1), Claim::New), "the oldest is forgotten");
        assert!(matches!(deliveries.claim(10 + REMEMBERED_UPDATES as u32 - 1), Claim::Answered));
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
