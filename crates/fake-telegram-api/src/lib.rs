//! A fake Telegram Bot API server for article-qa-bot's tests and benchmarks, on 127.0.0.1 only,
//! and [`html`]: the rules of Telegram's HTML parse mode, to check what a bot sends.
//!
//! It records every request (method, path, body) and serves the methods the bot uses: getMe,
//! setMyCommands, setWebhook, deleteWebhook, getWebhookInfo (which report the webhook set, if
//! any), getUpdates (from a scripted queue, honouring `offset`), sendMessage, sendChatAction,
//! answerCallbackQuery and answerInlineQuery. getMe, getUpdates and setWebhook can be scripted
//! to fail, to test how the bot handles a bad token, a conflict or a refused webhook.
//! Method names are matched case-insensitively, like Telegram does (teloxide sends `GetMe`).
//!
//! [`Faults`] make it unreliable on purpose: chosen methods fail at a chosen rate, drawn from a
//! seeded generator, with a 429, a 500, a 502, a dropped connection, a response slower than the
//! client waits, or malformed JSON. A faulted call is never carried out (no message is sent, no
//! update handed out), as when a request fails on its way to Telegram; each is recorded, with
//! its fault, in [`FakeApi::calls`]. [`FakeApi::hold_replies_to`] holds every sendMessage to one
//! chat until released, to stop or kill the bot while a reply is in flight.
//!
//! For load (the end-to-end benchmark), recording can be turned off ([`Config::record`]):
//! [`FakeApi::counters`] and [`FakeApi::replies`] still count what the bot did, cheaply.

#![warn(missing_docs)]
#![forbid(unsafe_code)]

pub mod html;

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::body::{to_bytes, Body, Bytes, HttpBody};
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::response::Response;
use serde_json::{json, Map, Value};
use tokio::sync::Notify;

/// The fake bot's user id.
pub const BOT_ID: i64 = 7_000_000_001;
/// The fake bot's username.
pub const BOT_USERNAME: &str = "article_test_bot";
/// How long a [`Fault::Slow`] hangs without [`Faults`] (a fault forced by `fail_next`).
const SLOW_FOR: Duration = Duration::from_secs(60);
/// A date for every fake message (2024-01-01).
const DATE: i64 = 1_704_067_200;

/// A scripted failure: the HTTP status and Telegram's description.
#[derive(Clone, Debug)]
pub struct Failure {
    /// HTTP status and `error_code`.
    pub status: u16,
    /// Telegram's `description`.
    pub description: String,
}

impl Failure {
    /// What Telegram answers to a revoked or mistyped token.
    pub fn unauthorized() -> Failure {
        Failure { status: 401, description: "Unauthorized".to_owned() }
    }

    /// What Telegram answers when another process polls with the same token.
    pub fn conflict() -> Failure {
        Failure {
            status: 409,
            description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running".to_owned(),
        }
    }

    fn body(&self) -> Value {
        json!({ "ok": false, "error_code": self.status, "description": self.description })
    }
}

/// How the fake server behaves.
#[derive(Clone, Debug)]
pub struct Config {
    /// Fail every getMe with this.
    pub get_me: Option<Failure>,
    /// Answer getMe only after this long (a slow start-up).
    pub get_me_delay: Duration,
    /// Fail every getUpdates with this.
    pub get_updates: Option<Failure>,
    /// Refuse every sendMessage to these chats with this (a blocked bot, say).
    pub refuse_chats: HashMap<i64, Failure>,
    /// At most this many updates per getUpdates answer.
    pub batch: usize,
    /// How long getUpdates waits for news before answering with no updates.
    pub idle_wait: Duration,
    /// Random faults; none when `None`.
    pub faults: Option<Faults>,
    /// The webhook URL set at start (`None`: no webhook), as if a webhook-mode run set it.
    pub webhook_url: Option<String>,
    /// Fail every setWebhook with this.
    pub set_webhook: Option<Failure>,
    /// Record every request for [`FakeApi::calls`]; off under load, where keeping (and
    /// cloning) every body would cost more than answering it.
    pub record: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            get_me: None,
            get_me_delay: Duration::ZERO,
            get_updates: None,
            refuse_chats: HashMap::new(),
            batch: 4,
            idle_wait: Duration::from_millis(300),
            faults: None,
            webhook_url: None,
            set_webhook: None,
            record: true,
        }
    }
}

/// One way a call can fail instead of being carried out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fault {
    /// 429 Too Many Requests, asking to wait `retry_after` seconds.
    TooManyRequests {
        /// Seconds to wait.
        retry_after: u32,
    },
    /// 500 with Telegram's JSON error body.
    InternalError,
    /// 502 with an HTML page, as a proxy in front of the Bot API sends.
    BadGateway,
    /// The connection is closed with no answer.
    DropConnection,
    /// No answer for [`Faults::slow_for`], then the connection is closed.
    Slow,
    /// 200 with a body cut short: not JSON.
    MalformedJson,
    /// A sendMessage to a held chat: no answer until the chat is released, then the connection
    /// is closed. Never drawn at random.
    Held,
}

impl Fault {
    /// Every kind of fault, with a 1 s `retry_after`.
    pub const ALL: [Fault; 6] = [
        Fault::TooManyRequests { retry_after: 1 },
        Fault::InternalError,
        Fault::BadGateway,
        Fault::DropConnection,
        Fault::Slow,
        Fault::MalformedJson,
    ];
}

/// Random faults: each call of one of `methods` fails with probability `rate`, with a fault
/// drawn uniformly from `kinds`. The same seed and the same order of calls give the same faults.
#[derive(Clone, Debug)]
pub struct Faults {
    /// Probability of a fault per call, 0 to 1.
    pub rate: f64,
    /// Seed of the generator.
    pub seed: u64,
    /// Methods that may fail (case-insensitive).
    pub methods: Vec<String>,
    /// The faults to draw from.
    pub kinds: Vec<Fault>,
    /// How long a [`Fault::Slow`] call hangs before its connection is closed.
    pub slow_for: Duration,
}

/// What the server has done so far, counted whether or not requests are recorded.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counters {
    /// getUpdates calls answered (faulted ones included).
    pub get_updates: usize,
    /// Updates handed out, repeats included.
    pub delivered: usize,
    /// When the first update was handed out.
    pub first_delivery: Option<Instant>,
    /// sendMessage calls carried out.
    pub sent: usize,
    /// When the last sendMessage was carried out.
    pub last_sent: Option<Instant>,
}

/// One recorded request.
#[derive(Clone, Debug)]
pub struct Call {
    /// The method, as the client spelt it (the last path segment).
    pub method: String,
    /// The whole request path, e.g. `/bot<token>/GetMe`.
    pub path: String,
    /// The body: JSON as sent, a form as an object of strings, anything else as a string.
    pub body: Value,
    /// When it arrived.
    pub at: Instant,
    /// The fault it was answered with instead of being carried out, if any.
    pub fault: Option<Fault>,
}

impl Call {
    /// Whether this is a call of `method` (case-insensitive).
    pub fn is(&self, method: &str) -> bool {
        self.method.eq_ignore_ascii_case(method)
    }

    /// Whether this is a call of `method` that was carried out (not faulted).
    pub fn done(&self, method: &str) -> bool {
        self.is(method) && self.fault.is_none()
    }
}

#[derive(Default)]
struct Inner {
    calls: Vec<Call>,
    /// Updates not yet confirmed by an `offset` above their id.
    queue: VecDeque<Value>,
    /// How many times each update id was handed out.
    deliveries: HashMap<i64, usize>,
    next_message_id: i64,
    /// Draws the faults; `None` without faults.
    random: Option<SplitMix64>,
    /// Whether faults are on; they can be turned off mid-test.
    faults_on: bool,
    /// Faults forced on the next calls of a method.
    forced: Vec<Forced>,
    /// The webhook URL set now; empty when none, as Telegram reports it.
    webhook_url: String,
    counters: Counters,
    /// sendMessage calls carried out, by chat and the message they reply to (0: none).
    replies: HashMap<(i64, i64), usize>,
    /// When each update was first handed out, by update id.
    first_handed_out: HashMap<i64, Instant>,
    /// When the first reply to each message was carried out, by chat and message.
    first_reply: HashMap<(i64, i64), Instant>,
    /// Chats whose sendMessage calls are held.
    held_chats: HashSet<i64>,
}

/// Faults forced on the next `left` calls of `method` (only getUpdates calls confirming updates
/// above `above`, when set).
struct Forced {
    method: String,
    left: usize,
    fault: Fault,
    above: Option<i64>,
}

struct Shared {
    config: Config,
    inner: Mutex<Inner>,
    news: Notify,
    /// Woken when a held chat is released.
    released: Notify,
}

/// A running fake server; stopped when dropped.
pub struct FakeApi {
    address: SocketAddr,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FakeApi {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FakeApi {
    /// Starts a server with the default behaviour.
    pub async fn start() -> FakeApi {
        FakeApi::with_config(Config::default()).await
    }

    /// Starts a server on a free port of 127.0.0.1.
    pub async fn with_config(config: Config) -> FakeApi {
        // A deep accept queue: under load a full one resets connections, and a reset after a
        // call was carried out would look like a duplicate the bot caused.
        let socket = tokio::net::TcpSocket::new_v4().expect("a socket");
        socket.bind("127.0.0.1:0".parse().unwrap()).expect("bind 127.0.0.1");
        let listener = socket.listen(4096).expect("listen");
        let address = listener.local_addr().expect("local address");
        let random = config.faults.as_ref().map(|faults| SplitMix64::new(faults.seed));
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner {
                next_message_id: 100_000,
                webhook_url: config.webhook_url.clone().unwrap_or_default(),
                faults_on: random.is_some(),
                random,
                ..Inner::default()
            }),
            config,
            news: Notify::new(),
            released: Notify::new(),
        });
        let app = axum::Router::new().fallback(handle).with_state(Arc::clone(&shared));
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeApi { address, shared, task }
    }

    /// The base URL to give the bot, e.g. `http://127.0.0.1:PORT/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.address)
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.address.port()
    }

    /// Queues updates for getUpdates.
    pub fn push_updates(&self, updates: impl IntoIterator<Item = Value>) {
        self.shared.inner.lock().unwrap().queue.extend(updates);
        self.shared.news.notify_waiters();
    }

    /// Turns the configured faults on or off.
    pub fn set_faults(&self, on: bool) {
        self.shared.inner.lock().unwrap().faults_on = on;
    }

    /// Fails the next `count` calls of `method` with `fault`, whatever the random faults do.
    pub fn fail_next(&self, method: &str, count: usize, fault: Fault) {
        let forced = Forced { method: method.to_owned(), left: count, fault, above: None };
        self.shared.inner.lock().unwrap().forced.push(forced);
    }

    /// Fails the next `count` getUpdates calls that would confirm update `above` (an offset
    /// above it), so those updates stay unconfirmed.
    pub fn fail_confirmations(&self, above: i64, count: usize, fault: Fault) {
        let method = "getUpdates".to_owned();
        let forced = Forced { method, left: count, fault, above: Some(above) };
        self.shared.inner.lock().unwrap().forced.push(forced);
    }

    /// Holds every sendMessage to `chat_id` from now on: each waits, not carried out, until
    /// [`FakeApi::release_replies_to`], and is then answered by closing the connection.
    pub fn hold_replies_to(&self, chat_id: i64) {
        self.shared.inner.lock().unwrap().held_chats.insert(chat_id);
    }

    /// Ends the hold on `chat_id`: the calls held fail, later ones are carried out.
    pub fn release_replies_to(&self, chat_id: i64) {
        self.shared.inner.lock().unwrap().held_chats.remove(&chat_id);
        self.shared.released.notify_waiters();
    }

    /// Ends every fault forced by `fail_next` and `fail_confirmations`.
    pub fn clear_forced(&self) {
        self.shared.inner.lock().unwrap().forced.clear();
    }

    /// Every request so far, in order.
    pub fn calls(&self) -> Vec<Call> {
        self.shared.inner.lock().unwrap().calls.clone()
    }

    /// The requests of one method (case-insensitive), in order.
    pub fn calls_of(&self, method: &str) -> Vec<Call> {
        self.calls().into_iter().filter(|call| call.is(method)).collect()
    }

    /// The counts so far.
    pub fn counters(&self) -> Counters {
        self.shared.inner.lock().unwrap().counters
    }

    /// How many messages were sent, by chat and the message they reply to (0 for none).
    pub fn replies(&self) -> HashMap<(i64, i64), usize> {
        self.shared.inner.lock().unwrap().replies.clone()
    }

    /// How long each message waited for its reply: from its update's first hand-out to the
    /// first reply to it, for `messages` (chat, message) in update-id order from 1.
    pub fn reply_latencies(&self, messages: &[(i64, i64)]) -> Vec<Duration> {
        let inner = self.shared.inner.lock().unwrap();
        messages
            .iter()
            .enumerate()
            .filter_map(|(i, message)| {
                let handed_out = inner.first_handed_out.get(&(i as i64 + 1))?;
                Some(inner.first_reply.get(message)?.saturating_duration_since(*handed_out))
            })
            .collect()
    }

    /// How many times each update id was handed out by getUpdates.
    pub fn deliveries(&self) -> HashMap<i64, usize> {
        self.shared.inner.lock().unwrap().deliveries.clone()
    }

    /// Waits until `done` holds for the calls so far, or `timeout` passes; returns whether it
    /// held.
    pub async fn wait_until(&self, timeout: Duration, done: impl Fn(&[Call]) -> bool) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            if done(&self.calls()) {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let path = request.uri().path().to_owned();
    let query = request.uri().query().map(str::to_owned);
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let bytes = to_bytes(request.into_body(), 64 * 1024 * 1024).await.unwrap_or_default();
    let mut body = parse_body(&content_type, &bytes);
    if let (Some(query), Value::Null | Value::Object(_)) = (&query, &body) {
        // Parameters may also come in the query string.
        let mut merged = match body {
            Value::Object(map) => map,
            _ => Map::new(),
        };
        if let Value::Object(params) = parse_form(query) {
            for (key, value) in params {
                merged.entry(key).or_insert(value);
            }
        }
        body = Value::Object(merged);
    }
    let method = path.rsplit('/').next().unwrap_or("").to_owned();
    let fault = {
        let mut inner = shared.inner.lock().unwrap();
        let fault = draw_fault(&shared.config, &mut inner, &method, &body);
        if shared.config.record {
            inner.calls.push(Call {
                method: method.clone(),
                path,
                body: body.clone(),
                at: Instant::now(),
                fault,
            });
        }
        if method.eq_ignore_ascii_case("getUpdates") {
            inner.counters.get_updates += 1;
        }
        fault
    };
    if let Some(fault) = fault {
        return faulty(fault, &shared, &body).await;
    }
    match method.to_ascii_lowercase().as_str() {
        "getme" => {
            tokio::time::sleep(shared.config.get_me_delay).await;
            match &shared.config.get_me {
                Some(failure) => reply(failure.status, failure.body()),
                None => ok(bot_user(true)),
            }
        }
        "getupdates" => match &shared.config.get_updates {
            Some(failure) => reply(failure.status, failure.body()),
            None => ok(Value::Array(get_updates(&shared, &body).await)),
        },
        "sendmessage" => {
            let chat_id = body.get("chat_id").and_then(Value::as_i64).unwrap_or(1);
            if let Some(failure) = shared.config.refuse_chats.get(&chat_id) {
                return reply(failure.status, failure.body());
            }
            let reply_to =
                body.pointer("/reply_parameters/message_id").and_then(Value::as_i64).unwrap_or(0);
            let id = {
                let mut inner = shared.inner.lock().unwrap();
                inner.next_message_id += 1;
                inner.counters.sent += 1;
                inner.counters.last_sent = Some(Instant::now());
                *inner.replies.entry((chat_id, reply_to)).or_default() += 1;
                inner.first_reply.entry((chat_id, reply_to)).or_insert_with(Instant::now);
                inner.next_message_id
            };
            let text = body.get("text").and_then(Value::as_str).unwrap_or("");
            let mut message = json!({
                "message_id": id,
                "date": DATE,
                "chat": chat(chat_id),
                "from": bot_user(false),
                "text": text,
            });
            if let Some(markup) =
                body.get("reply_markup").filter(|m| m.get("inline_keyboard").is_some())
            {
                message["reply_markup"] = markup.clone();
            }
            ok(message)
        }
        "setwebhook" if shared.config.set_webhook.is_some() => {
            let failure = shared.config.set_webhook.as_ref().expect("checked");
            reply(failure.status, failure.body())
        }
        "setwebhook" => {
            let url = body.get("url").and_then(Value::as_str).unwrap_or("").to_owned();
            shared.inner.lock().unwrap().webhook_url = url;
            ok(json!(true))
        }
        "deletewebhook" => {
            shared.inner.lock().unwrap().webhook_url.clear();
            ok(json!(true))
        }
        "setmycommands"
        | "deletemycommands"
        | "answercallbackquery"
        | "answerinlinequery"
        | "sendchataction" => ok(json!(true)),
        "getwebhookinfo" => ok(json!({
            "url": shared.inner.lock().unwrap().webhook_url.clone(),
            "has_custom_certificate": false,
            "pending_update_count": 0
        })),
        _ => reply(404, json!({ "ok": false, "error_code": 404, "description": "Not Found" })),
    }
}

/// Decides whether this call of `method` fails, and how.
fn draw_fault(config: &Config, inner: &mut Inner, method: &str, body: &Value) -> Option<Fault> {
    let chat_id = body.get("chat_id").and_then(Value::as_i64);
    if method.eq_ignore_ascii_case("sendMessage")
        && chat_id.is_some_and(|chat| inner.held_chats.contains(&chat))
    {
        return Some(Fault::Held);
    }
    let offset = body.get("offset").and_then(as_i64_loose);
    let forced = inner.forced.iter_mut().find(|forced| {
        forced.left > 0
            && forced.method.eq_ignore_ascii_case(method)
            && forced.above.is_none_or(|above| offset.is_some_and(|offset| offset > above))
    });
    if let Some(forced) = forced {
        forced.left -= 1;
        return Some(forced.fault);
    }
    let faults = config.faults.as_ref()?;
    let random = inner.random.as_mut()?;
    if !faults.methods.iter().any(|m| m.eq_ignore_ascii_case(method)) || faults.kinds.is_empty() {
        return None;
    }
    // Drawn even when faults are off, so turning them off and on keeps the same sequence.
    let (roll, pick) = (random.unit(), random.next_u64());
    (inner.faults_on && roll < faults.rate)
        .then(|| faults.kinds[(pick % faults.kinds.len() as u64) as usize])
}

/// The answer to a faulted call.
async fn faulty(fault: Fault, shared: &Shared, body: &Value) -> Response {
    let config = &shared.config;
    match fault {
        Fault::TooManyRequests { retry_after } => reply(
            429,
            json!({
                "ok": false,
                "error_code": 429,
                "description": format!("Too Many Requests: retry after {retry_after}"),
                "parameters": { "retry_after": retry_after },
            }),
        ),
        Fault::InternalError => reply(
            500,
            json!({ "ok": false, "error_code": 500, "description": "Internal Server Error" }),
        ),
        Fault::BadGateway => {
            let mut response = Response::new(Body::from(
                "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
            ));
            *response.status_mut() = StatusCode::BAD_GATEWAY;
            response
                .headers_mut()
                .insert(header::CONTENT_TYPE, header::HeaderValue::from_static("text/html"));
            response
        }
        Fault::DropConnection => dropped(),
        Fault::Slow => {
            let slow_for = config.faults.as_ref().map_or(SLOW_FOR, |f| f.slow_for);
            tokio::time::sleep(slow_for).await;
            dropped()
        }
        Fault::Held => {
            let chat_id = body.get("chat_id").and_then(Value::as_i64);
            loop {
                // Created before the check, so a release between the two still wakes it.
                let released = shared.released.notified();
                let held = chat_id
                    .is_some_and(|chat| shared.inner.lock().unwrap().held_chats.contains(&chat));
                if !held {
                    break;
                }
                released.await;
            }
            dropped()
        }
        Fault::MalformedJson => {
            let mut response = Response::new(Body::from(r#"{"ok":true,"result":{"message_id":"#));
            response
                .headers_mut()
                .insert(header::CONTENT_TYPE, header::HeaderValue::from_static("application/json"));
            response
        }
    }
}

/// A response whose body fails at once, so the server closes the connection mid-answer.
fn dropped() -> Response {
    Response::new(Body::new(BrokenBody))
}

struct BrokenBody;

impl HttpBody for BrokenBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, std::io::Error>>> {
        Poll::Ready(Some(Err(std::io::Error::other("connection dropped on purpose"))))
    }
}

/// Confirms the updates below `offset`, then hands out the next batch, waiting a little for news
/// if there is none.
async fn get_updates(shared: &Shared, body: &Value) -> Vec<Value> {
    let offset = body.get("offset").and_then(as_i64_loose);
    let limit = body.get("limit").and_then(as_i64_loose).map_or(100, |l| l.clamp(1, 100) as usize);
    let batch = shared.config.batch.min(limit).max(1);
    let take = |inner: &mut Inner| -> Vec<Value> {
        if let Some(offset) = offset {
            while inner.queue.front().is_some_and(|u| update_id(u) < offset) {
                inner.queue.pop_front();
            }
        }
        let updates: Vec<Value> = inner.queue.iter().take(batch).cloned().collect();
        let now = Instant::now();
        for update in &updates {
            *inner.deliveries.entry(update_id(update)).or_default() += 1;
            inner.first_handed_out.entry(update_id(update)).or_insert(now);
        }
        if !updates.is_empty() {
            inner.counters.delivered += updates.len();
            inner.counters.first_delivery.get_or_insert_with(Instant::now);
        }
        updates
    };
    let news = shared.news.notified();
    let updates = take(&mut shared.inner.lock().unwrap());
    if !updates.is_empty() {
        return updates;
    }
    let _ = tokio::time::timeout(shared.config.idle_wait, news).await;
    let updates = take(&mut shared.inner.lock().unwrap());
    updates
}

fn update_id(update: &Value) -> i64 {
    update["update_id"].as_i64().unwrap_or(i64::MAX)
}

fn as_i64_loose(value: &Value) -> Option<i64> {
    value.as_i64().or_else(|| value.as_str().and_then(|s| s.parse().ok()))
}

fn parse_body(content_type: &str, bytes: &[u8]) -> Value {
    if bytes.is_empty() {
        return Value::Null;
    }
    if content_type.starts_with("application/x-www-form-urlencoded") {
        return parse_form(&String::from_utf8_lossy(bytes));
    }
    if let Some(boundary) = content_type.split("boundary=").nth(1) {
        return parse_multipart(&String::from_utf8_lossy(bytes), boundary.trim_matches('"'));
    }
    match serde_json::from_slice(bytes) {
        Ok(value) => value,
        Err(_) => Value::String(String::from_utf8_lossy(bytes).into_owned()),
    }
}

/// A multipart form (teloxide sends setWebhook so, for its optional certificate) as an object
/// of strings: each part's `name` and its text.
fn parse_multipart(text: &str, boundary: &str) -> Value {
    let mut map = Map::new();
    for part in text.split(&format!("--{boundary}")) {
        let Some((headers, value)) = part.split_once("\r\n\r\n") else { continue };
        let name = headers
            .split("name=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or("")
            .to_owned();
        let value = value.strip_suffix("\r\n").unwrap_or(value);
        map.insert(name, Value::String(value.to_owned()));
    }
    Value::Object(map)
}

fn parse_form(text: &str) -> Value {
    let mut map = Map::new();
    for pair in text.split('&').filter(|pair| !pair.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        map.insert(percent_decode(key), Value::String(percent_decode(value)));
    }
    Value::Object(map)
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(high), Some(low)) => {
                    out.push(high * 16 + low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(digit: u8) -> Option<u8> {
    (digit as char).to_digit(16).map(|d| d as u8)
}

fn ok(result: Value) -> Response {
    reply(200, json!({ "ok": true, "result": result }))
}

fn reply(status: u16, body: Value) -> Response {
    let mut response = Response::new(Body::from(body.to_string()));
    *response.status_mut() =
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, header::HeaderValue::from_static("application/json"));
    response
}

/// The bot's user, as getMe returns it (`me`) or as a message's sender.
pub fn bot_user(me: bool) -> Value {
    let mut user = json!({
        "id": BOT_ID,
        "is_bot": true,
        "first_name": "Article Test",
        "username": BOT_USERNAME,
    });
    if me {
        user["can_join_groups"] = json!(true);
        user["can_read_all_group_messages"] = json!(false);
        user["supports_inline_queries"] = json!(true);
        user["can_connect_to_business"] = json!(false);
        user["has_main_web_app"] = json!(false);
    }
    user
}

/// A chat: private for positive ids, a supergroup for negative ones.
pub fn chat(id: i64) -> Value {
    match id > 0 {
        true => json!({ "id": id, "type": "private", "first_name": "Reader" }),
        false => json!({ "id": id, "type": "supergroup", "title": "Readers' group" }),
    }
}

/// A user with this id.
pub fn user(id: i64) -> Value {
    json!({ "id": id, "is_bot": false, "first_name": "Reader", "language_code": "en" })
}

/// An update with a text message from user `from` in chat `chat_id`.
pub fn text_update(update_id: i64, chat_id: i64, from: i64, message_id: i64, text: &str) -> Value {
    json!({
        "update_id": update_id,
        "message": {
            "message_id": message_id,
            "date": DATE,
            "chat": chat(chat_id),
            "from": user(from),
            "text": text,
        }
    })
}

/// An update with a private text message (the chat id is the user id).
pub fn private_text(update_id: i64, chat_id: i64, message_id: i64, text: &str) -> Value {
    text_update(update_id, chat_id, chat_id, message_id, text)
}

/// An update with a button press on a message of the bot in a private chat.
pub fn callback(update_id: i64, chat_id: i64, data: &str) -> Value {
    json!({
        "update_id": update_id,
        "callback_query": {
            "id": format!("cb{update_id}"),
            "from": user(chat_id),
            "message": {
                "message_id": 5,
                "date": DATE,
                "chat": chat(chat_id),
                "from": bot_user(false),
                "text": "an earlier answer",
            },
            "chat_instance": "instance",
            "data": data,
        }
    })
}

/// An update with an inline query.
pub fn inline_query(update_id: i64, from: i64, query: &str) -> Value {
    json!({
        "update_id": update_id,
        "inline_query": {
            "id": format!("iq{update_id}"),
            "from": user(from),
            "query": query,
            "offset": "",
        }
    })
}

/// The fault generator: SplitMix64 (Steele, Lea and Flood 2014), written out so that the faults
/// a seed gives never change with a random crate's version. The same as the bot's
/// `synthetic::SplitMix64`, which this crate does not depend on.
#[derive(Debug, Clone)]
struct SplitMix64(u64);

impl SplitMix64 {
    fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0.0..1.0`, uniformly (the top 53 bits).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}
