//! What every process test needs: the bot binary as a guarded child process, its environment,
//! checks of its replies (Telegram HTML, quotes from the article), and webhook helpers.

use std::collections::HashMap;
use std::fs::File;
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use article_qa_bot::conversation::reply::{Action, MAX_CALLBACK_BYTES};

use fake_telegram_api::{self as fake_api, html, Call, FakeApi};

pub(crate) const TOKEN: &str = "123456:TESTtokenSECRETvalue";
pub(crate) const TOKEN_SECRET: &str = "TESTtokenSECRETvalue";
/// The article, to check quotes against.
pub(crate) const ARTICLE: &str = include_str!("../../knowledge/article.txt");

// ───────────────────────────── the child process ─────────────────────────────

/// The bot binary running as a child process; killed when dropped.
pub(crate) struct BotProcess {
    pub(crate) child: Child,
    stdout: PathBuf,
    stderr: PathBuf,
}

impl BotProcess {
    /// Starts the binary with `args` and only the environment in `env` (nothing inherited).
    pub(crate) fn start(name: &str, args: &[&str], env: &[(&str, &str)]) -> BotProcess {
        static RUNS: AtomicUsize = AtomicUsize::new(0);
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bot_process");
        std::fs::create_dir_all(&dir).expect("create the output directory");
        let run = RUNS.fetch_add(1, Ordering::SeqCst);
        let base = format!("{name}-{}-{run}", std::process::id());
        let stdout = dir.join(format!("{base}.stdout"));
        let stderr = dir.join(format!("{base}.stderr"));
        let child = Command::new(env!("CARGO_BIN_EXE_article-qa-bot"))
            .args(args)
            .env_clear()
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(File::create(&stdout).expect("create the stdout file"))
            .stderr(File::create(&stderr).expect("create the stderr file"))
            .spawn()
            .expect("start the bot binary");
        BotProcess { child, stdout, stderr }
    }

    /// Waits up to `timeout` for the process to exit.
    pub(crate) async fn wait_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait().expect("poll the child") {
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Sends a signal to the process, by its id.
    pub(crate) fn signal(&self, signal: &str) {
        let status = Command::new("kill")
            .args([format!("-{signal}"), self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -{signal} failed");
    }

    /// Waits up to `timeout` until the process catches SIGHUP, SIGINT and SIGTERM (Linux's
    /// `SigCgt` in /proc): no process can handle a signal that comes before it installs its
    /// handlers, so start-up signal tests begin from there, not from a guessed delay.
    pub(crate) async fn wait_signal_handlers(&self, timeout: Duration) -> bool {
        // Bit n-1 for signal n: SIGHUP 1, SIGINT 2, SIGTERM 15.
        const WANTED: u64 = 1 | 1 << 1 | 1 << 14;
        let path = format!("/proc/{}/status", self.child.id());
        let deadline = Instant::now() + timeout;
        loop {
            let caught = std::fs::read_to_string(&path).ok().and_then(|status| {
                let hex = status.lines().find_map(|line| line.strip_prefix("SigCgt:"))?;
                u64::from_str_radix(hex.trim(), 16).ok()
            });
            if caught.is_some_and(|mask| mask & WANTED == WANTED) {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    }

    /// Kills the process and waits for it.
    pub(crate) fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Everything the process wrote, stdout then stderr.
    pub(crate) fn output(&self) -> String {
        let read = |path: &PathBuf| std::fs::read_to_string(path).unwrap_or_default();
        format!("{}{}", read(&self.stdout), read(&self.stderr))
    }

    pub(crate) fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    /// Waits up to `timeout` for `needle` in the process's output.
    pub(crate) async fn wait_for_log(&self, needle: &str, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            if self.output().contains(needle) {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for BotProcess {
    fn drop(&mut self) {
        self.kill();
        // The output files are kept only when a test failed, to look into.
        if !std::thread::panicking() {
            let _ = std::fs::remove_file(&self.stdout);
            let _ = std::fs::remove_file(&self.stderr);
        }
    }
}

/// The environment for running the bot against `api_url`.
pub(crate) fn bot_env(api_url: &str) -> Vec<(&'static str, String)> {
    vec![
        ("TELOXIDE_TOKEN", TOKEN.to_owned()),
        ("TELOXIDE_API_URL", api_url.to_owned()),
        ("RUST_LOG", "trace".to_owned()),
    ]
}

pub(crate) fn start_bot(name: &str, args: &[&str], env: &[(&'static str, String)]) -> BotProcess {
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    BotProcess::start(name, args, &env)
}

/// Asserts that the token, in any form, is nowhere in the process's output.
pub(crate) fn assert_no_token(output: &str) {
    for form in [TOKEN, TOKEN_SECRET, &TOKEN.replace(':', "%3A"), &TOKEN.replace(':', "%3a")] {
        assert!(!output.contains(form), "the output contains the token ({form})");
    }
}

/// The last lines of the output above debug level, for assertion messages.
pub(crate) fn tail(output: &str) -> String {
    let lines: Vec<&str> = output
        .lines()
        .filter(|line| !line.starts_with(" TRACE") && !line.starts_with(" DEBUG"))
        .collect();
    lines[lines.len().saturating_sub(40)..].join("\n")
}

// ───────────────────────────── checking replies ─────────────────────────────

pub(crate) fn unescape(html: &str) -> String {
    html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
}

/// Whitespace runs made one space, curly quotes made straight.
pub(crate) fn normalize(text: &str) -> String {
    crate::common::normalize_quote(text)
}

/// One question sent to the bot.
#[derive(Clone, Debug)]
pub(crate) struct Question {
    pub(crate) update_id: i64,
    pub(crate) chat_id: i64,
    pub(crate) message_id: i64,
    pub(crate) text: String,
}

/// The sendMessage calls that reply to `question`.
pub(crate) fn replies_to<'c>(calls: &'c [Call], question: &Question) -> Vec<&'c Call> {
    calls
        .iter()
        .filter(|call| call.is("sendMessage"))
        .filter(|call| call.body["chat_id"].as_i64() == Some(question.chat_id))
        .filter(|call| {
            call.body["reply_parameters"]["message_id"].as_i64() == Some(question.message_id)
        })
        .collect()
}

/// The replies to `question` that the fake server carried out (not faulted or held).
pub(crate) fn answers_to<'c>(calls: &'c [Call], question: &Question) -> Vec<&'c Call> {
    replies_to(calls, question).into_iter().filter(|call| call.fault.is_none()).collect()
}

/// Every getUpdates offset that passed a question before a reply to it had been carried out,
/// as (offset, update id): Telegram would have forgotten an update that was not yet answered.
/// A call's time is when it reached the fake server; a reply precedes a getUpdates only if the
/// bot had its answer before asking.
pub(crate) fn offsets_past_unanswered(calls: &[Call], questions: &[Question]) -> Vec<(i64, i64)> {
    let first_answer: HashMap<i64, Instant> = questions
        .iter()
        .filter_map(|q| Some((q.update_id, answers_to(calls, q).first()?.at)))
        .collect();
    let mut passed = Vec::new();
    for call in calls.iter().filter(|call| call.is("getUpdates")) {
        let Some(offset) = call.body["offset"].as_i64() else { continue };
        for question in questions.iter().filter(|q| q.update_id < offset) {
            if first_answer.get(&question.update_id).is_none_or(|&at| at > call.at) {
                passed.push((offset, question.update_id));
            }
        }
    }
    passed
}

/// Whether the bot has finished every update up to `last`: a getUpdates that the fake server
/// carried out had an offset past it. The bot's offset passes an update only once it is handled
/// (replied to, retried, refused or dropped), so whatever it was going to send for those
/// updates has reached the server by then. Only for polling with batches under 100, the size at
/// which the bot may confirm updates still in flight ("early").
pub(crate) fn finished_through(calls: &[Call], last: i64) -> bool {
    calls.iter().any(|call| call.done("getUpdates") && call.body["offset"].as_i64() > Some(last))
}

/// The offsets of the getUpdates calls, in order, checked never to go down.
pub(crate) fn assert_offsets_rise(calls: &[Call]) {
    let offsets: Vec<i64> = calls
        .iter()
        .filter(|c| c.is("getUpdates"))
        .filter_map(|c| c.body["offset"].as_i64())
        .collect();
    assert!(offsets.windows(2).all(|pair| pair[0] <= pair[1]), "offsets went down: {offsets:?}");
}

/// Checks one sendMessage request against everything a reply must be.
pub(crate) fn check_reply(call: &Call, question: &Question) {
    let body = &call.body;
    let context = format!("reply to {:?}: {body:#}", question.text);
    assert_eq!(body["parse_mode"], "HTML", "{context}");
    assert_eq!(body["reply_parameters"]["message_id"], question.message_id, "{context}");
    let text = body["text"].as_str().unwrap_or_else(|| panic!("no text: {context}"));
    let checked = html::check(text).unwrap_or_else(|err| panic!("bad HTML: {err}: {context}"));
    let article = normalize(ARTICLE);
    for quote in checked.quotes {
        let quote = normalize(&unescape(&quote));
        assert!(!quote.is_empty(), "{context}");
        assert!(article.contains(&quote), "quote not verbatim in the article: {quote:?}");
    }
    if let Some(rows) = body["reply_markup"]["inline_keyboard"].as_array() {
        for button in rows.iter().flat_map(|row| row.as_array().expect("a row").iter()) {
            let data = button["callback_data"].as_str().expect("callback buttons only");
            assert!(data.len() <= MAX_CALLBACK_BYTES, "{data:?}: {context}");
            assert!(Action::decode(data).is_some(), "{data:?} does not decode: {context}");
            assert!(!button["text"].as_str().unwrap_or("").trim().is_empty(), "{context}");
        }
    }
}

// ───────────────────────────── the tests ─────────────────────────────
// ───────────────────────────── webhook mode ─────────────────────────────

/// The webhook secret shared by the "replicas" in these tests: never to be printed.
pub(crate) const WEBHOOK_SECRET: &str = "replicaSHAREDsecret_0123-xyz";

/// A port of 127.0.0.1 that was free a moment ago.
pub(crate) fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    listener.local_addr().expect("local address").port()
}

/// An HTTP client that never goes through a proxy from the environment.
pub(crate) fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("an HTTP client")
}

/// A bot in webhook mode against `api`, listening on a free port of 127.0.0.1. Returns it, its
/// webhook URL and its health-check URL, once it has set the webhook and answers health checks.
pub(crate) async fn start_webhook_bot(name: &str, api: &FakeApi) -> (BotProcess, String, String) {
    start_webhook_bot_with_env(name, api, bot_env(&api.url())).await
}

/// [`start_webhook_bot`] with the environment `env` (which must point at `api`).
pub(crate) async fn start_webhook_bot_with_env(
    name: &str,
    api: &FakeApi,
    mut env: Vec<(&'static str, String)>,
) -> (BotProcess, String, String) {
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}/telegram/updates");
    let listen = format!("127.0.0.1:{port}");
    env.push(("WEBHOOK_SECRET", WEBHOOK_SECRET.to_owned()));
    let bot = start_bot(name, &["run", "--webhook-url", &url, "--listen", &listen], &env);
    let set = api
        .wait_until(Duration::from_secs(30), |calls| calls.iter().any(|c| c.is("setWebhook")))
        .await;
    assert!(set, "no setWebhook within 30 s:\n{}", tail(&bot.output()));
    let health = format!("http://127.0.0.1:{port}/healthz");
    let client = http_client();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let response = client.get(&health).send().await;
        if response.is_ok_and(|r| r.status() == 200) {
            break;
        }
        assert!(Instant::now() < deadline, "no health check answer:\n{}", tail(&bot.output()));
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    (bot, url, health)
}

/// Posts `update` to the webhook as Telegram does, with `secret` in the secret header if given;
/// returns the HTTP status.
pub(crate) async fn post_update(
    url: &str,
    secret: Option<&str>,
    update: &serde_json::Value,
) -> u16 {
    try_post_update(&http_client(), url, secret, update).await.expect("post to the webhook")
}

/// Posts `update` to the webhook at `url` with `client`, as Telegram delivers it; its HTTP
/// status, or `None` when the connection failed (a replica killed mid-request).
pub(crate) async fn try_post_update(
    client: &reqwest::Client,
    url: &str,
    secret: Option<&str>,
    update: &serde_json::Value,
) -> Option<u16> {
    let mut request =
        client.post(url).header("content-type", "application/json").body(update.to_string());
    if let Some(secret) = secret {
        request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    request.send().await.ok().map(|response| response.status().as_u16())
}

/// What the conversation core replies to each of `turns` in one private chat, read by `read`:
/// with the context carried from turn to turn, or (`in_context` false) each turn afresh.
pub(crate) fn core_dialogue<T>(
    turns: &[&str],
    in_context: bool,
    read: impl Fn(&article_qa_bot::knowledge::Knowledge, &article_qa_bot::conversation::Response) -> T,
) -> Vec<T> {
    use article_qa_bot::conversation::{Request, Responder, State};
    use article_qa_bot::knowledge::{Knowledge, Language};
    use article_qa_bot::matcher::{MatchConfig, Matcher};
    let knowledge = Knowledge::embedded().expect("the embedded knowledge base");
    let responder = Responder::new(Matcher::new(knowledge.clone(), MatchConfig::DEFAULT));
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let mut state = State::default();
    turns
        .iter()
        .map(|turn| {
            if !in_context {
                state = State::default();
            }
            let request = Request::from_message(turn, Some(fake_api::BOT_USERNAME));
            read(&knowledge, &responder.respond(&mut state, &request, Some(Language::En), now))
        })
        .collect()
}

/// The reply the bot must send to `question`, from the library's own matcher and renderer.
pub(crate) fn expected_reply(question: &str) -> String {
    use article_qa_bot::knowledge::Knowledge;
    use article_qa_bot::matcher::{MatchConfig, Matcher};
    let matcher = Matcher::new(Knowledge::embedded().unwrap(), MatchConfig::DEFAULT);
    let answer = matcher.ask(question);
    let say = article_qa_bot::conversation::Say::new(
        matcher.knowledge(),
        article_qa_bot::knowledge::Language::En,
    );
    say.question_reply(question, &answer).html
}

pub(crate) fn assert_no_secret(output: &str) {
    assert!(!output.contains(WEBHOOK_SECRET), "the output contains the webhook secret");
}

/// Five questions from one chat: Telegram allows a bot about one message a second per chat, so
/// the bot's throttle spreads the replies over about four seconds.
pub(crate) fn burst() -> Vec<Question> {
    ["who is lavrov", "what is the sco", "who is dmitri trenin", "what is the csto", "sukhoi 35"]
        .iter()
        .enumerate()
        .map(|(i, text)| Question {
            update_id: 1 + i as i64,
            chat_id: 4001,
            message_id: 50 + i as i64,
            text: text.to_string(),
        })
        .collect()
}

/// Sends the bot a burst of questions from one chat and, once it has received all of them and
/// sent the first reply, sends it `signal`. Returns its exit status, output, the questions and
/// the calls the fake server saw.
pub(crate) async fn stop_with(
    signal: &str,
) -> (Option<ExitStatus>, String, Vec<Question>, Vec<Call>) {
    let api = FakeApi::start().await;
    let mut bot = start_bot(&format!("stop-{signal}"), &["run"], &bot_env(&api.url()));
    let questions = burst();
    api.push_updates(
        questions
            .iter()
            .map(|q| fake_api::private_text(q.update_id, q.chat_id, q.message_id, &q.text)),
    );
    let received = received_all(&api, &questions).await;
    assert!(received, "{}", tail(&bot.output()));
    bot.signal(signal);
    let status = bot.wait_exit(Duration::from_secs(20)).await;
    (status, bot.output(), questions, api.calls())
}

/// Waits up to 30 s until the fake server has handed out every one of `questions` and the bot
/// has sent a first reply; returns whether it did.
pub(crate) async fn received_all(api: &FakeApi, questions: &[Question]) -> bool {
    api.wait_until(Duration::from_secs(30), |calls| calls.iter().any(|c| c.is("sendMessage"))).await
        && {
            let deadline = Instant::now() + Duration::from_secs(30);
            loop {
                let handed_out = api.deliveries();
                if questions.iter().all(|q| handed_out.contains_key(&q.update_id)) {
                    break true;
                }
                if Instant::now() >= deadline {
                    break false;
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
}

/// Every question got exactly one reply: none was lost when the bot stopped.
pub(crate) fn assert_all_answered(questions: &[Question], calls: &[Call]) {
    let unanswered: Vec<&str> = questions
        .iter()
        .filter(|q| replies_to(calls, q).len() != 1)
        .map(|q| q.text.as_str())
        .collect();
    assert!(
        unanswered.is_empty(),
        "{} of {} questions did not get exactly one reply (none, or one again after a restart): {unanswered:?}",
        unanswered.len(),
        questions.len()
    );
}
