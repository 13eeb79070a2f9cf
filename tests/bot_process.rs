//! The real `article-qa-bot run` process against a fake Bot API server on 127.0.0.1: start-up,
//! answering a stream of updates, shutting down, and the clear failures (no token, a rejected
//! token, another instance polling, an unreachable server), never printing the token. Webhook
//! mode too: updates posted to the bot's own server on 127.0.0.1, the secret, the health check,
//! graceful stops that keep the shared webhook, and its start-up errors.
//!
//! Every child process is killed when its guard is dropped, and every wait has a timeout.

mod common;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fs::File;
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use article_qa_bot::bot::reply::{Action, MAX_CALLBACK_BYTES, MAX_MESSAGE_CHARS};
use serde_json::Value;

use common::fake_api::{self, Call, Config, Failure, FakeApi};

/// A fake token: never to be printed, whole or its secret half.
const TOKEN: &str = "123456:TESTtokenSECRETvalue";
const TOKEN_SECRET: &str = "TESTtokenSECRETvalue";
/// The article, to check quotes against.
const ARTICLE: &str = include_str!("../knowledge/article.txt");

// ───────────────────────────── the child process ─────────────────────────────

/// The bot binary running as a child process; killed when dropped.
struct BotProcess {
    child: Child,
    stdout: PathBuf,
    stderr: PathBuf,
}

impl BotProcess {
    /// Starts the binary with `args` and only the environment in `env` (nothing inherited).
    fn start(name: &str, args: &[&str], env: &[(&str, &str)]) -> BotProcess {
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
    async fn wait_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
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
    fn signal(&self, signal: &str) {
        let status = Command::new("kill")
            .args([format!("-{signal}"), self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -{signal} failed");
    }

    /// Kills the process and waits for it.
    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Everything the process wrote, stdout then stderr.
    fn output(&self) -> String {
        let read = |path: &PathBuf| std::fs::read_to_string(path).unwrap_or_default();
        format!("{}{}", read(&self.stdout), read(&self.stderr))
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
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
fn bot_env(api_url: &str) -> Vec<(&'static str, String)> {
    vec![
        ("TELOXIDE_TOKEN", TOKEN.to_owned()),
        ("TELOXIDE_API_URL", api_url.to_owned()),
        ("RUST_LOG", "trace".to_owned()),
    ]
}

fn start_bot(name: &str, args: &[&str], env: &[(&'static str, String)]) -> BotProcess {
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    BotProcess::start(name, args, &env)
}

/// Asserts that the token, in any form, is nowhere in the process's output.
fn assert_no_token(output: &str) {
    for form in [TOKEN, TOKEN_SECRET, &TOKEN.replace(':', "%3A"), &TOKEN.replace(':', "%3a")] {
        assert!(!output.contains(form), "the output contains the token ({form})");
    }
}

/// The last lines of the output above debug level, for assertion messages.
fn tail(output: &str) -> String {
    let lines: Vec<&str> = output
        .lines()
        .filter(|line| !line.starts_with(" TRACE") && !line.starts_with(" DEBUG"))
        .collect();
    lines[lines.len().saturating_sub(40)..].join("\n")
}

// ───────────────────────────── checking replies ─────────────────────────────

/// Telegram HTML tags the bot may use.
const ALLOWED_TAGS: &[&str] = &["b", "i", "u", "s", "code", "pre", "a", "blockquote", "tg-spoiler"];

/// Checks that `html` is Telegram HTML with only allowed, balanced tags and escaped text;
/// returns the text inside each blockquote, still escaped.
fn check_html(html: &str) -> Result<Vec<String>, String> {
    let mut stack: Vec<(String, usize)> = Vec::new();
    let mut quotes = Vec::new();
    let mut rest = html;
    let mut at = 0;
    while let Some(start) = rest.find(['<', '>', '&']) {
        let here = &rest[start..];
        let position = at + start;
        match here.as_bytes()[0] {
            b'>' => return Err(format!("a raw '>' at byte {position}")),
            b'&' => {
                let end = here.find(';').ok_or(format!("an unterminated entity at {position}"))?;
                let entity = &here[1..end];
                let known = matches!(entity, "lt" | "gt" | "amp" | "quot")
                    || entity.strip_prefix('#').is_some_and(|n| n.parse::<u32>().is_ok());
                if !known {
                    return Err(format!("an unknown entity &{entity}; at {position}"));
                }
                rest = &here[end + 1..];
                at = position + end + 1;
                continue;
            }
            _ => {}
        }
        let end = here.find('>').ok_or(format!("an unterminated tag at {position}"))?;
        let tag = &here[1..end];
        let after = position + end + 1;
        if let Some(name) = tag.strip_prefix('/') {
            match stack.pop() {
                Some((open, content_start)) if open == name => {
                    if name == "blockquote" {
                        quotes.push(html[content_start..position].to_owned());
                    }
                }
                other => return Err(format!("</{name}> at {position} closes {other:?}")),
            }
        } else {
            let name = tag.split_whitespace().next().unwrap_or("");
            if !ALLOWED_TAGS.contains(&name) {
                return Err(format!("tag <{tag}> at {position} is not allowed"));
            }
            if name != "a" && name != tag {
                return Err(format!("tag <{tag}> has attributes"));
            }
            stack.push((name.to_owned(), after));
        }
        rest = &here[end + 1..];
        at = after;
    }
    match stack.is_empty() {
        true => Ok(quotes),
        false => Err(format!("unclosed tags {stack:?}")),
    }
}

fn unescape(html: &str) -> String {
    html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
}

/// Whitespace runs made one space, curly quotes made straight.
fn normalize(text: &str) -> String {
    common::normalize_quote(text)
}

/// One question sent to the bot.
#[derive(Clone, Debug)]
struct Question {
    update_id: i64,
    chat_id: i64,
    message_id: i64,
    text: String,
}

/// The sendMessage calls that reply to `question`.
fn replies_to<'c>(calls: &'c [Call], question: &Question) -> Vec<&'c Call> {
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
fn answers_to<'c>(calls: &'c [Call], question: &Question) -> Vec<&'c Call> {
    replies_to(calls, question).into_iter().filter(|call| call.fault.is_none()).collect()
}

/// Every getUpdates offset that passed a question before a reply to it had been carried out,
/// as (offset, update id): Telegram would have forgotten an update that was not yet answered.
/// A call's time is when it reached the fake server; a reply precedes a getUpdates only if the
/// bot had its answer before asking.
fn offsets_past_unanswered(calls: &[Call], questions: &[Question]) -> Vec<(i64, i64)> {
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

/// The offsets of the getUpdates calls, in order, checked never to go down.
fn assert_offsets_rise(calls: &[Call]) {
    let offsets: Vec<i64> = calls
        .iter()
        .filter(|c| c.is("getUpdates"))
        .filter_map(|c| c.body["offset"].as_i64())
        .collect();
    assert!(offsets.windows(2).all(|pair| pair[0] <= pair[1]), "offsets went down: {offsets:?}");
}

/// Checks one sendMessage request against everything a reply must be.
fn check_reply(call: &Call, question: &Question) {
    let body = &call.body;
    let context = format!("reply to {:?}: {body:#}", question.text);
    assert_eq!(body["parse_mode"], "HTML", "{context}");
    assert_eq!(body["reply_parameters"]["message_id"], question.message_id, "{context}");
    let text = body["text"].as_str().unwrap_or_else(|| panic!("no text: {context}"));
    assert!(!text.trim().is_empty(), "{context}");
    assert!(text.chars().count() <= MAX_MESSAGE_CHARS, "{context}");
    let quotes = check_html(text).unwrap_or_else(|err| panic!("bad HTML: {err}: {context}"));
    let article = normalize(ARTICLE);
    for quote in quotes {
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

fn questions() -> Vec<Question> {
    let long = {
        let mut text = String::from("Tell me about NATO enlargement. ");
        while text.chars().count() < 4096 {
            text.push_str("Why does Russia worry? ");
        }
        text.chars().take(4096).collect::<String>()
    };
    let texts: Vec<String> = [
        "Who is Dmitri Trenin?",
        "nato enlargement",
        "What is the SCO?",
        "who is lavrov",
        "what did kerry say",
        "sukhoi 35",
        "What is the article about?",
        "what is the main argument",
        "tell me about the belt and road",
        "what is the csto",
        "who is xi jinping",
        "who wrote the article",
        "what is the best pizza recipe in naples",
        "<b>&",
        "🙂🙂🙂",
        "ما هي العلاقات بين الصين وروسيا؟",
        "\u{202E}who is trenin\u{202C} &amp; <i>",
        "\u{200B}who\u{200D} is\u{FEFF} lavrov\u{2060}",
        "\u{7}\u{1b}[31mnato\u{7f} enlargement\r\n",
        "*bold* _nato_ `code` [trenin](http://x) ||spoiler||",
        "' OR 1=1; DROP TABLE entries; --",
        "?!...,;:",
        "Путин и 習近平 and ترينين: who is trenin?",
        "/start",
        "/help",
        "/topics",
        "/about",
        "/start trenin",
    ]
    .iter()
    .map(|text| text.to_string())
    .chain([long])
    .collect();
    let chats = [1001, 1002, 1003, 1004, 1005];
    texts
        .into_iter()
        .enumerate()
        .map(|(i, text)| Question {
            update_id: 500 + i as i64,
            chat_id: chats[i % chats.len()],
            message_id: 10 + i as i64,
            text,
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_every_update_exactly_once_without_leaking_the_token() {
    let api = FakeApi::start().await;
    let mut bot = start_bot("answers", &["run"], &bot_env(&api.url()));
    let questions = questions();
    api.push_updates(
        questions
            .iter()
            .map(|q| fake_api::private_text(q.update_id, q.chat_id, q.message_id, &q.text)),
    );
    let all_answered = api
        .wait_until(Duration::from_secs(90), |calls| {
            questions.iter().all(|question| !replies_to(calls, question).is_empty())
        })
        .await;
    // Give duplicates time to show up before stopping.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    bot.kill();
    let output = bot.output();
    let calls = api.calls();
    let unanswered: Vec<&str> = questions
        .iter()
        .filter(|q| replies_to(&calls, q).is_empty())
        .map(|q| q.text.as_str())
        .collect();
    assert!(all_answered, "unanswered: {unanswered:?}\noutput:\n{}", tail(&output));

    for question in &questions {
        let replies = replies_to(&calls, question);
        assert_eq!(replies.len(), 1, "replies to {:?}: {replies:#?}", question.text);
        check_reply(replies[0], question);
    }
    let sent = calls.iter().filter(|call| call.is("sendMessage")).count();
    assert_eq!(sent, questions.len(), "messages that reply to no question");
    // Telegram hands an update out again until an offset confirms it; answered once all the
    // same (above), and confirmed only once answered.
    assert_eq!(offsets_past_unanswered(&calls, &questions), []);
    assert_offsets_rise(&calls);

    // Start-up: who am I, then the command menu.
    assert!(calls.iter().any(|call| call.is("getMe")));
    let commands = calls.iter().find(|call| call.is("setMyCommands")).expect("setMyCommands");
    let names: Vec<&str> = commands.body["commands"]
        .as_array()
        .expect("commands")
        .iter()
        // Telegram ignores a leading '/' in command names.
        .map(|command| command["command"].as_str().unwrap().trim_start_matches('/'))
        .collect();
    assert_eq!(names, ["start", "help", "topics", "about", "random", "ask"]);
    for call in &calls {
        assert_eq!(call.path, format!("/bot{TOKEN}/{}", call.method), "{call:?}");
    }

    assert!(output.contains("Starting @article_test_bot"), "{}", tail(&output));
    assert!(output.len() > 1000, "RUST_LOG=trace logs plenty");
    assert_no_token(&output);
}

/// `LOG_UNANSWERED` end to end: the running bot appends the declined question, not the answered
/// one, and nothing that identifies the reader (chat and user id, name, message id).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_unanswered_log_gets_declines_without_identity() {
    const READER: i64 = 987_654_321;
    const MESSAGE: i64 = 55_555;
    let dir = std::env::temp_dir().join(format!("qa-process-unanswered-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("unanswered.jsonl");
    let _ = std::fs::remove_file(&log);
    let api = FakeApi::start().await;
    let mut env = bot_env(&api.url());
    env.push(("LOG_UNANSWERED", log.to_str().expect("a UTF-8 temp path").to_owned()));
    let mut bot = start_bot("unanswered", &[], &env);
    api.push_updates([
        fake_api::private_text(1, READER, MESSAGE, "how old is putin"),
        fake_api::private_text(2, READER, MESSAGE + 1, "who is dmitri trenin"),
    ]);
    let done = api
        .wait_until(Duration::from_secs(60), |calls| {
            calls.iter().filter(|c| c.is("sendMessage")).count() >= 2
        })
        .await;
    bot.kill();
    assert!(done, "{:#?}\n{}", api.calls(), tail(&bot.output()));
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "one decline logged: {text}\n{}", tail(&bot.output()));
    let record: serde_json::Value = serde_json::from_str(lines[0]).expect("a JSON line");
    assert_eq!(record["question"], "how old is putin", "{text}");
    assert_eq!(record["verdict"], "declined", "{text}");
    for identity in [READER.to_string(), MESSAGE.to_string(), "Reader".to_owned()] {
        assert!(!text.contains(&identity), "the log holds {identity:?}: {text}");
    }
    assert!(bot.output().contains("logging unanswered questions"), "{}", tail(&bot.output()));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn button_presses_and_inline_queries_are_answered() {
    let api = FakeApi::start().await;
    let mut bot = start_bot("buttons", &["run"], &bot_env(&api.url()));
    api.push_updates([
        fake_api::callback(1, 2001, "a:trenin"),
        fake_api::callback(2, 2002, "garbage"),
        fake_api::inline_query(3, 2003, "nato enlargement"),
        fake_api::inline_query(4, 2004, ""),
    ]);
    let done = api
        .wait_until(Duration::from_secs(60), |calls| {
            calls.iter().filter(|c| c.is("answerCallbackQuery")).count() >= 2
                && calls.iter().filter(|c| c.is("answerInlineQuery")).count() >= 2
                && calls.iter().any(|c| c.is("sendMessage"))
        })
        .await;
    tokio::time::sleep(Duration::from_millis(1000)).await;
    bot.kill();
    assert!(done, "{:#?}\n{}", api.calls(), tail(&bot.output()));

    let sent = api.calls_of("sendMessage");
    assert_eq!(sent.len(), 1, "only the valid button sends a message: {sent:#?}");
    assert_eq!(sent[0].body["chat_id"], 2001);
    assert!(sent[0].body["text"].as_str().unwrap().contains("Dmitri Trenin"));
    let answered: Vec<String> = api
        .calls_of("answerCallbackQuery")
        .iter()
        .map(|c| c.body["callback_query_id"].as_str().unwrap().to_owned())
        .collect();
    answered.iter().for_each(|id| assert!(id == "cb1" || id == "cb2", "{answered:?}"));
    assert_eq!(answered.len(), 2, "{answered:?}");
    assert_ne!(answered[0], answered[1]);
    let inline = api.calls_of("answerInlineQuery");
    assert_eq!(inline.len(), 2);
    for call in &inline {
        let results = call.body["results"].as_array().expect("results");
        assert!(!results.is_empty(), "{call:#?}");
        for result in results {
            let text = result["input_message_content"]["message_text"].as_str().unwrap();
            check_html(text).unwrap_or_else(|err| panic!("{err}: {text}"));
        }
    }
    assert_no_token(&bot.output());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreachable_api_fails_fast_and_clearly() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let url = format!("http://127.0.0.1:{port}/");
    let mut bot = start_bot("unreachable", &["run"], &bot_env(&url));
    let status = bot.wait_exit(Duration::from_secs(30)).await;
    let output = bot.output();
    let status = status.unwrap_or_else(|| panic!("still running after 30 s:\n{}", tail(&output)));
    assert!(!status.success(), "{status}");
    assert_eq!(status.code(), Some(1), "{}", tail(&output));
    assert!(bot.stderr().contains("error: cannot reach the Telegram Bot API"), "{}", tail(&output));
    assert_no_token(&output);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rejected_token_stops_at_once() {
    let api =
        FakeApi::with_config(Config { get_me: Some(Failure::unauthorized()), ..Config::default() })
            .await;
    let started = Instant::now();
    let mut bot = start_bot("unauthorized", &["run"], &bot_env(&api.url()));
    let status = bot.wait_exit(Duration::from_secs(10)).await;
    let output = bot.output();
    let status = status.unwrap_or_else(|| panic!("still running after 10 s:\n{}", tail(&output)));
    assert!(started.elapsed() < Duration::from_secs(5), "took {:?}", started.elapsed());
    assert_eq!(status.code(), Some(1), "{}", tail(&output));
    let stderr = bot.stderr();
    assert!(stderr.contains("rejected the bot token"), "{}", tail(&output));
    assert!(stderr.contains("@BotFather"), "{}", tail(&output));
    assert_eq!(api.calls_of("getMe").len(), 1, "no retries: {:#?}", api.calls());
    assert!(api.calls_of("getUpdates").is_empty());
    assert_no_token(&output);
}

/// Runs `instances` bots at once, each against its own fake server whose getUpdates fails with
/// `failure`, and checks that every one exits with 1, saying `message`, within 20 s. Several at
/// once because the bug this guards against is a race that a single run often wins.
async fn assert_stops_when_polling_fails(name: &str, failure: Failure, message: &str) {
    let instances = 4;
    let mut runs = Vec::new();
    for _ in 0..instances {
        let config = Config { get_updates: Some(failure.clone()), ..Config::default() };
        let api = FakeApi::with_config(config).await;
        let bot = start_bot(name, &["run"], &bot_env(&api.url()));
        runs.push((api, bot));
    }
    let mut still_running = 0;
    for (api, bot) in &mut runs {
        let status = bot.wait_exit(Duration::from_secs(20)).await;
        let output = bot.output();
        assert_no_token(&output);
        let polls = api.calls_of("getUpdates").len();
        let Some(status) = status else {
            still_running += 1;
            bot.signal("INT");
            let after_ctrl_c = bot.wait_exit(Duration::from_secs(5)).await;
            eprintln!(
                "still running after 20 s, {polls} getUpdates calls; then Ctrl-C -> {after_ctrl_c:?}:\n{}",
                tail(&bot.output())
            );
            continue;
        };
        assert_eq!(status.code(), Some(1), "{}", tail(&output));
        assert!(bot.stderr().contains(message), "{}", tail(&output));
        assert!((1..=3).contains(&polls), "getUpdates called {polls} times");
    }
    assert_eq!(still_running, 0, "{still_running} of {instances} bots never stopped");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_instance_polling_stops_the_bot() {
    assert_stops_when_polling_fails(
        "conflict",
        Failure::conflict(),
        "another instance of this bot",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_revoked_while_polling_stops_the_bot() {
    assert_stops_when_polling_fails("revoked", Failure::unauthorized(), "rejected the bot token")
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn test_environment_goes_through_the_test_paths() {
    let api = FakeApi::start().await;
    let mut bot = start_bot("test-env", &["run", "--test-env"], &bot_env(&api.url()));
    api.push_updates([fake_api::private_text(1, 3001, 77, "who is dmitri trenin")]);
    let answered = api
        .wait_until(Duration::from_secs(60), |calls| calls.iter().any(|c| c.is("sendMessage")))
        .await;
    bot.kill();
    let calls = api.calls();
    assert!(answered, "{calls:#?}\n{}", tail(&bot.output()));
    let prefix = format!("/bot{TOKEN}/test/");
    for call in &calls {
        assert_eq!(call.path, format!("{prefix}{}", call.method), "{call:?}");
    }
    for method in ["getMe", "setMyCommands", "getUpdates", "sendMessage"] {
        assert!(calls.iter().any(|c| c.is(method)), "no {method} through the proxy");
    }
    let reply = api.calls_of("sendMessage").remove(0);
    assert_eq!(reply.body["reply_parameters"]["message_id"], 77);
    assert_no_token(&bot.output());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn test_environment_from_the_environment_variable() {
    let api = FakeApi::start().await;
    let mut env = bot_env(&api.url());
    env.push(("TELEGRAM_TEST_ENV", "1".to_owned()));
    let mut bot = start_bot("test-env-var", &["run"], &env);
    let polled = api
        .wait_until(Duration::from_secs(30), |calls| calls.iter().any(|c| c.is("getUpdates")))
        .await;
    bot.kill();
    assert!(polled, "{}", tail(&bot.output()));
    assert!(api.calls().iter().all(|call| call.path.contains("/test/")), "{:#?}", api.calls());
}

#[tokio::test]
async fn missing_token_exits_with_2_and_points_to_botfather() {
    for token in [None, Some(""), Some("   ")] {
        let mut env = vec![("TELOXIDE_API_URL", "http://127.0.0.1:9/".to_owned())];
        if let Some(token) = token {
            env.push(("TELOXIDE_TOKEN", token.to_owned()));
        }
        let mut bot = start_bot("no-token", &["run"], &env);
        let status = bot.wait_exit(Duration::from_secs(20)).await.expect("exits");
        assert_eq!(status.code(), Some(2), "token {token:?}: {}", bot.output());
        let stderr = bot.stderr();
        assert!(stderr.contains("@BotFather"), "{stderr}");
        assert!(stderr.contains("TELOXIDE_TOKEN"), "{stderr}");
    }
}

/// Five questions from one chat: Telegram allows a bot about one message a second per chat, so
/// the bot's throttle spreads the replies over about four seconds.
fn burst() -> Vec<Question> {
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
async fn stop_with(signal: &str) -> (Option<ExitStatus>, String, Vec<Question>, Vec<Call>) {
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
async fn received_all(api: &FakeApi, questions: &[Question]) -> bool {
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
fn assert_all_answered(questions: &[Question], calls: &[Call]) {
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_stops_gracefully_after_answering_what_it_took() {
    let (status, output, questions, calls) = stop_with("INT").await;
    let status = status.unwrap_or_else(|| panic!("still running after SIGINT:\n{}", tail(&output)));
    assert_eq!(status.code(), Some(0), "{}", tail(&output));
    assert!(output.contains("stopped"), "{}", tail(&output));
    assert_all_answered(&questions, &calls);
    assert_no_token(&output);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_stops_gracefully_after_answering_what_it_took() {
    let (status, output, questions, calls) = stop_with("TERM").await;
    let status =
        status.unwrap_or_else(|| panic!("still running after SIGTERM:\n{}", tail(&output)));
    assert_all_answered(&questions, &calls);
    assert_eq!(
        status.code(),
        Some(0),
        "killed by the signal, not stopped: {status}\n{}",
        tail(&output)
    );
    assert!(output.contains("stopped"), "{}", tail(&output));
}

#[test]
fn html_checker_catches_bad_markup() {
    assert_eq!(check_html("<b>a</b> &amp; <blockquote>q &lt;</blockquote>").unwrap(), ["q &lt;"]);
    for bad in [
        "<b>a",
        "a</b>",
        "<script>x</script>",
        "<b>x</i>",
        "a & b",
        "a > b",
        "<b class=\"x\">a</b>",
    ] {
        assert!(check_html(bad).is_err(), "{bad}");
    }
}

/// Measurement, not a check: time from spawning the (already built) binary to its first
/// getUpdates call, median of 7 starts. Run with
/// `cargo test --release --test bot_process startup_latency -- --ignored --nocapture`.
#[tokio::test]
#[ignore = "measurement; prints figures"]
async fn startup_latency() {
    let mut times = Vec::new();
    for run in 0..7 {
        let api = FakeApi::start().await;
        let env = [("TELOXIDE_TOKEN", TOKEN.to_owned()), ("TELOXIDE_API_URL", api.url())];
        let started = Instant::now();
        let _bot = start_bot(&format!("startup-{run}"), &["run"], &env);
        let polled = api
            .wait_until(Duration::from_secs(10), |calls| calls.iter().any(|c| c.is("getUpdates")))
            .await;
        assert!(polled, "no getUpdates within 10 s");
        let first = api.calls_of("getUpdates")[0].at;
        times.push(first.duration_since(started));
    }
    times.sort();
    println!(
        "start-up to first getUpdates: median {:?}, min {:?}, max {:?} (n=7)",
        times[3], times[0], times[6]
    );
}

// ───────────────────────────── faults from the Bot API ─────────────────────────────

/// Questions from `chats` private chats, `per_chat` each, interleaved the way readers would
/// write: chat after chat, round after round. Update ids and message ids rise in that order.
fn many_questions(chats: i64, per_chat: i64) -> Vec<Question> {
    const TEXTS: &[&str] = &[
        "Who is Dmitri Trenin?",
        "nato enlargment",
        "what is the sco",
        "how old is putin",
        "sukhoi 35",
        "<b>what</b> & why?",
        "what did kerry say",
        "who wrote the article",
        "🙂",
        "tell me about the belt and road",
        "/about",
    ];
    let mut questions = Vec::new();
    for _ in 0..per_chat {
        for chat in 0..chats {
            let n = questions.len() as i64;
            questions.push(Question {
                update_id: 10_000 + n,
                chat_id: 700_000 + chat,
                message_id: 1_000 + n,
                text: TEXTS[(n as usize) % TEXTS.len()].to_owned(),
            });
        }
    }
    questions
}

/// The resident memory of process `pid`, in KiB (Linux only; `None` elsewhere).
fn resident_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// What a fault run measured.
#[derive(Debug)]
struct FaultRun {
    questions: usize,
    answered_once: usize,
    duplicates: usize,
    unanswered: Vec<i64>,
    out_of_order_chats: Vec<i64>,
    /// getUpdates offsets that passed a question not yet answered (see
    /// [`offsets_past_unanswered`]).
    offsets_past_unanswered: usize,
    panics: usize,
    exit_code: Option<i32>,
    faults: HashMap<String, usize>,
    calls: usize,
    took: Duration,
    rss_kib: (Option<u64>, Option<u64>),
}

/// Runs the bot against a fake Bot API that faults `rate` of its sendMessage and getUpdates
/// calls (every kind of fault, seeded with `seed`), sends it `chats` x `per_chat` questions a
/// round a second, waits until every question is answered (or `limit` passes), stops it with
/// SIGTERM, and reports.
async fn fault_run(chats: i64, per_chat: i64, rate: f64, seed: u64, limit: Duration) -> FaultRun {
    let faults = fake_api::Faults {
        rate,
        seed,
        methods: vec!["sendMessage".to_owned(), "getUpdates".to_owned()],
        kinds: fake_api::Fault::ALL.to_vec(),
        // Longer than the bot waits: 2 s for a call, 1 + 2 s for a long poll.
        slow_for: Duration::from_secs(4),
    };
    let config = Config { batch: 20, faults: Some(faults), ..Config::default() };
    let api = FakeApi::with_config(config).await;
    let mut env = bot_env(&api.url());
    // One line per question and per retry; trace would log every byte of 500 questions.
    env.retain(|(key, _)| *key != "RUST_LOG");
    env.push(("RUST_LOG", "info".to_owned()));
    let args = ["run", "--poll-timeout", "1", "--request-timeout", "2", "--flood-limit", "0"];
    let started = Instant::now();
    let mut bot = start_bot("faults", &args, &env);
    let questions = many_questions(chats, per_chat);
    let mut rss_start = None;
    for (round, wave) in questions.chunks(chats as usize).enumerate() {
        api.push_updates(
            wave.iter()
                .map(|q| fake_api::private_text(q.update_id, q.chat_id, q.message_id, &q.text)),
        );
        tokio::time::sleep(Duration::from_secs(1)).await;
        if round == 1 {
            // After start-up and the first answers: the baseline for "memory stays flat".
            rss_start = resident_kib(bot.child.id());
        }
    }
    let answered = |calls: &[Call]| {
        let replied: HashSet<(i64, i64)> = calls
            .iter()
            .filter(|call| call.done("sendMessage"))
            .filter_map(|call| {
                Some((
                    call.body["chat_id"].as_i64()?,
                    call.body["reply_parameters"]["message_id"].as_i64()?,
                ))
            })
            .collect();
        questions.iter().all(|q| replied.contains(&(q.chat_id, q.message_id)))
    };
    api.wait_until(limit, answered).await;
    let took = started.elapsed();
    // Time for duplicates to show up.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let rss_end = resident_kib(bot.child.id());
    bot.signal("TERM");
    let status = bot.wait_exit(Duration::from_secs(20)).await;
    let output = bot.output();
    assert_no_token(&output);
    let calls = api.calls();

    let delivered: Vec<&Call> = calls.iter().filter(|c| c.done("sendMessage")).collect();
    let mut answered_once = 0;
    let mut duplicates = 0;
    let mut unanswered = Vec::new();
    for question in &questions {
        let replies: Vec<&&Call> = delivered
            .iter()
            .filter(|c| c.body["chat_id"].as_i64() == Some(question.chat_id))
            .filter(|c| {
                c.body["reply_parameters"]["message_id"].as_i64() == Some(question.message_id)
            })
            .collect();
        match replies.len() {
            0 => unanswered.push(question.update_id),
            1 => {
                answered_once += 1;
                check_reply(replies[0], question);
            }
            n => duplicates += n - 1,
        }
    }
    // Replies to stray questions would be duplicates of nothing: count them too.
    let expected: HashSet<(i64, i64)> =
        questions.iter().map(|q| (q.chat_id, q.message_id)).collect();
    duplicates += delivered
        .iter()
        .filter(|c| {
            let key = (
                c.body["chat_id"].as_i64().unwrap_or(0),
                c.body["reply_parameters"]["message_id"].as_i64().unwrap_or(0),
            );
            !expected.contains(&key)
        })
        .count();
    let mut out_of_order_chats = Vec::new();
    for chat in questions.iter().map(|q| q.chat_id).collect::<BTreeSet<_>>() {
        let order: Vec<i64> = delivered
            .iter()
            .filter(|c| c.body["chat_id"].as_i64() == Some(chat))
            .filter_map(|c| c.body["reply_parameters"]["message_id"].as_i64())
            .collect();
        if order.windows(2).any(|pair| pair[0] >= pair[1]) {
            out_of_order_chats.push(chat);
        }
    }
    let mut faults = HashMap::new();
    for call in &calls {
        if let Some(fault) = call.fault {
            *faults.entry(format!("{} {fault:?}", call.method)).or_default() += 1;
        }
    }
    FaultRun {
        questions: questions.len(),
        answered_once,
        duplicates,
        unanswered,
        out_of_order_chats,
        offsets_past_unanswered: offsets_past_unanswered(&calls, &questions).len(),
        panics: output.matches("panicked").count(),
        exit_code: status.and_then(|s| s.code()),
        faults,
        calls: calls.len(),
        took,
        rss_kib: (rss_start, rss_end),
    }
}

/// Asserts what must hold after any fault run, and prints the figures. With `every_kind`, each
/// kind of fault must have been injected at least once.
fn assert_fault_run(run: &FaultRun, rate: f64, every_kind: bool) {
    let faulted: usize = run.faults.values().sum();
    println!(
        "fault run: {} questions, fault rate {rate}, {faulted} faults injected over {} calls, \
         answered exactly once {}/{} ({:.1}%), duplicates {}, unanswered {}, chats out of order \
         {}, offsets past an unanswered update {}, panics {}, exit code {:?}, took {:.1} s, \
         RSS {:?} KiB -> {:?} KiB",
        run.questions,
        run.calls,
        run.answered_once,
        run.questions,
        100.0 * run.answered_once as f64 / run.questions as f64,
        run.duplicates,
        run.unanswered.len(),
        run.out_of_order_chats.len(),
        run.offsets_past_unanswered,
        run.panics,
        run.exit_code,
        run.took.as_secs_f64(),
        run.rss_kib.0,
        run.rss_kib.1,
    );
    let mut kinds: Vec<_> = run.faults.iter().collect();
    kinds.sort();
    println!("faults injected: {kinds:?}");
    assert_eq!(run.unanswered, Vec::<i64>::new(), "unanswered update ids");
    assert_eq!(run.duplicates, 0, "duplicate replies");
    assert_eq!(run.answered_once, run.questions);
    assert_eq!(run.out_of_order_chats, Vec::<i64>::new(), "chats answered out of order");
    assert_eq!(run.offsets_past_unanswered, 0, "getUpdates offsets past an unanswered update");
    assert_eq!(run.panics, 0);
    assert_eq!(run.exit_code, Some(0), "SIGTERM after the run exits 0");
    if every_kind {
        for kind in fake_api::Fault::ALL {
            assert!(
                run.faults.keys().any(|key| key.ends_with(&format!("{kind:?}"))),
                "{kind:?} was never injected: {kinds:?}"
            );
        }
    }
    if let (Some(start), Some(end)) = run.rss_kib {
        // Flat: no growth with the number of questions beyond allocator noise.
        assert!(end <= start + 16 * 1024, "RSS grew from {start} KiB to {end} KiB");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_question_answered_once_in_order_despite_faults() {
    // Small enough for CI; the full run is below.
    let rate = 0.2;
    let run = fault_run(6, 8, rate, 7, Duration::from_secs(150)).await;
    assert_fault_run(&run, rate, false);
    assert!(!run.faults.is_empty(), "no fault was injected");
}

/// The fault run: 500 questions from 50 chats, 20% of sendMessage and getUpdates calls
/// faulted. Run with
/// `cargo test --test bot_process fault_run_500 -- --ignored --nocapture`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "measurement; several minutes"]
async fn fault_run_500_questions_20_percent() {
    let rate = 0.2;
    let run = fault_run(50, 10, rate, 2024, Duration::from_secs(900)).await;
    assert_fault_run(&run, rate, true);
}

/// The same run without faults, for the time it takes:
/// `cargo test --test bot_process fault_run_500_questions_no_faults -- --ignored --nocapture`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "measurement; about a minute"]
async fn fault_run_500_questions_no_faults() {
    let run = fault_run(50, 10, 0.0, 2024, Duration::from_secs(900)).await;
    assert_fault_run(&run, 0.0, false);
    assert!(run.faults.is_empty());
}

// ───────────────────────────── refusals, floods, stopping ─────────────────────────────

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_are_logged_once_and_not_retried() {
    let blocked =
        Failure { status: 403, description: "Forbidden: bot was blocked by the user".to_owned() };
    let gone = Failure { status: 400, description: "Bad Request: chat not found".to_owned() };
    let config = Config {
        refuse_chats: HashMap::from([(5001, blocked), (5003, gone)]),
        ..Config::default()
    };
    let api = FakeApi::with_config(config).await;
    let mut env = bot_env(&api.url());
    // Trace would also log the response bodies; one line per refusal is what is checked.
    env.retain(|(key, _)| *key != "RUST_LOG");
    env.push(("RUST_LOG", "info".to_owned()));
    let mut bot = start_bot("refusals", &["run"], &env);
    api.push_updates([
        fake_api::private_text(1, 5001, 10, "who is trenin"),
        fake_api::private_text(2, 5002, 11, "who is trenin"),
        fake_api::private_text(3, 5003, 12, "who is trenin"),
    ]);
    let seen = api
        .wait_until(Duration::from_secs(30), |calls| {
            [5001, 5002, 5003]
                .iter()
                .all(|chat| calls.iter().any(|c| c.is("sendMessage") && c.body["chat_id"] == *chat))
        })
        .await;
    // Longer than the first retries would take, had there been any.
    tokio::time::sleep(Duration::from_secs(3)).await;
    bot.kill();
    let output = bot.output();
    assert!(seen, "{:#?}\n{}", api.calls(), tail(&output));
    for chat in [5001, 5002, 5003] {
        let sent = api.calls_of("sendMessage");
        let to_chat = sent.iter().filter(|c| c.body["chat_id"] == chat).count();
        assert_eq!(to_chat, 1, "sendMessage calls to chat {chat}");
    }
    assert_eq!(output.matches("bot was blocked by the user").count(), 1, "{}", tail(&output));
    assert_eq!(output.matches("chat not found").count(), 1, "{}", tail(&output));
    assert!(!output.contains("retrying"), "{}", tail(&output));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flooding_chat_is_told_once_then_ignored_and_others_are_unaffected() {
    let api = FakeApi::start().await;
    let mut env = bot_env(&api.url());
    env.push(("FLOOD_LIMIT", "3".to_owned()));
    let mut bot = start_bot("flood", &["run", "--flood-window", "600"], &env);
    let flooder: Vec<Value> =
        (0..7).map(|i| fake_api::private_text(1 + i, 6001, 100 + i, "who is trenin")).collect();
    api.push_updates(flooder);
    api.push_updates([
        fake_api::private_text(20, 6002, 200, "what is the sco"),
        fake_api::private_text(21, 6002, 201, "/about"),
    ]);
    let settled = api
        .wait_until(Duration::from_secs(30), |calls| {
            let sent = |chat: i64| {
                calls.iter().filter(|c| c.is("sendMessage") && c.body["chat_id"] == chat).count()
            };
            sent(6001) >= 4 && sent(6002) >= 2
        })
        .await;
    // Time for the ignored questions to be (wrongly) answered, if they were going to be.
    tokio::time::sleep(Duration::from_secs(3)).await;
    bot.kill();
    let output = bot.output();
    assert!(settled, "{:#?}\n{}", api.calls(), tail(&output));
    let sent = api.calls_of("sendMessage");
    let replies = |chat: i64| -> Vec<(i64, String)> {
        sent.iter()
            .filter(|c| c.body["chat_id"] == chat)
            .map(|c| {
                let to = c.body["reply_parameters"]["message_id"].as_i64().unwrap_or(0);
                (to, c.body["text"].as_str().unwrap_or("").to_owned())
            })
            .collect()
    };
    let flooded = replies(6001);
    let answered: Vec<i64> = flooded.iter().map(|(to, _)| *to).collect();
    assert_eq!(answered, [100, 101, 102, 103], "{flooded:#?}");
    assert!(flooded[..3].iter().all(|(_, text)| text.contains("Trenin")), "{flooded:#?}");
    assert!(flooded[3].1.contains("slow down"), "{flooded:#?}");
    check_html(&flooded[3].1).unwrap();
    assert_eq!(replies(6002).len(), 2, "another chat is unaffected");
    assert!(
        output.contains("flood control: 3 questions per chat every 600 s"),
        "{}",
        tail(&output)
    );
}

/// Stops the bot with `signal` while it answers a burst, checks it answered everything it took
/// and confirmed it, then starts it again after more questions arrived: the new ones are
/// answered, the old ones not again.
///
/// Every getUpdates that would confirm the whole burst fails until a second after the signal,
/// so only the bot's confirmation on the way out keeps the restarted bot from answering the
/// burst again.
async fn restart_after(signal: &str) {
    let api = FakeApi::start().await;
    let mut bot = start_bot(&format!("restart-{signal}"), &["run"], &bot_env(&api.url()));
    let first = burst();
    let last = first.last().unwrap().update_id;
    api.fail_confirmations(last, usize::MAX, fake_api::Fault::DropConnection);
    api.push_updates(
        first.iter().map(|q| fake_api::private_text(q.update_id, q.chat_id, q.message_id, &q.text)),
    );
    let received = received_all(&api, &first).await;
    assert!(received, "{}", tail(&bot.output()));
    let signalled = Instant::now();
    bot.signal(signal);
    // The bot confirms once the burst is answered, about four seconds later.
    tokio::time::sleep(Duration::from_secs(1)).await;
    api.clear_forced();
    let status = bot.wait_exit(Duration::from_secs(20)).await;
    let output = bot.output();
    let status =
        status.unwrap_or_else(|| panic!("still running after {signal}:\n{}", tail(&output)));
    assert_eq!(status.code(), Some(0), "{}", tail(&output));
    assert!(signalled.elapsed() < Duration::from_secs(10), "took {:?}", signalled.elapsed());
    assert!(output.contains("confirmed the updates handled"), "{}", tail(&output));
    assert_all_answered(&first, &api.calls());
    drop(bot);

    // Arrived while the bot was down.
    let second: Vec<Question> = ["who is lavrov", "what is the sco"]
        .iter()
        .enumerate()
        .map(|(i, text)| Question {
            update_id: last + 1 + i as i64,
            chat_id: 4002,
            message_id: 90 + i as i64,
            text: text.to_string(),
        })
        .collect();
    api.push_updates(
        second
            .iter()
            .map(|q| fake_api::private_text(q.update_id, q.chat_id, q.message_id, &q.text)),
    );
    let mut again = start_bot(&format!("restarted-{signal}"), &["run"], &bot_env(&api.url()));
    let answered = api
        .wait_until(Duration::from_secs(30), |calls| {
            second.iter().all(|q| !replies_to(calls, q).is_empty())
        })
        .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    again.kill();
    assert!(answered, "{}", tail(&again.output()));
    let calls = api.calls();
    assert_all_answered(&first, &calls);
    assert_all_answered(&second, &calls);
    assert_eq!(calls.iter().filter(|c| c.is("sendMessage")).count(), first.len() + second.len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restart_after_sigint_answers_nothing_twice_and_misses_nothing() {
    restart_after("INT").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restart_after_sigterm_answers_nothing_twice_and_misses_nothing() {
    restart_after("TERM").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stopping_waits_for_hung_replies_only_so_long() {
    let api = FakeApi::start().await;
    let mut env = bot_env(&api.url());
    env.retain(|(key, _)| *key != "RUST_LOG");
    env.push(("RUST_LOG", "info".to_owned()));
    let mut bot = start_bot("hung", &["run", "--request-timeout", "30"], &env);
    // Every reply hangs far longer than the grace period.
    api.fail_next("sendMessage", 1000, fake_api::Fault::Slow);
    api.push_updates([fake_api::private_text(1, 8001, 10, "who is trenin")]);
    let hanging = api
        .wait_until(Duration::from_secs(30), |calls| calls.iter().any(|c| c.is("sendMessage")))
        .await;
    assert!(hanging, "{}", tail(&bot.output()));
    let signalled = Instant::now();
    bot.signal("TERM");
    let status = bot.wait_exit(Duration::from_secs(30)).await;
    let took = signalled.elapsed();
    let output = bot.output();
    let status =
        status.unwrap_or_else(|| panic!("still running after SIGTERM:\n{}", tail(&output)));
    assert_eq!(status.code(), Some(0), "{}", tail(&output));
    assert!(took >= Duration::from_secs(5), "gave up after {took:?}, before the grace period");
    assert!(took < Duration::from_secs(12), "took {took:?}");
    assert!(output.contains("1 updates were still unanswered"), "{}", tail(&output));
    assert!(output.contains("[1]"), "the log names the update: {}", tail(&output));
    // Not confirmed, so that a restart answers it.
    let offsets: Vec<Option<i64>> =
        api.calls_of("getUpdates").iter().map(|c| c.body["offset"].as_i64()).collect();
    assert!(offsets.iter().all(|&offset| offset <= Some(1)), "offsets sent: {offsets:?}");
}

/// While one chat's reply is held by the fake server, other chats are answered, but no
/// getUpdates offset passes the held update until its reply has been carried out (`Polling`
/// confirmed a batch as soon as it was queued). Updates Telegram hands out again meanwhile are
/// not answered again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_offset_passes_an_update_before_its_reply_is_carried_out() {
    let api = FakeApi::start().await;
    let mut bot = start_bot("offsets", &["run", "--request-timeout", "30"], &bot_env(&api.url()));
    const HELD: i64 = 3001;
    api.hold_replies_to(HELD);
    let question = |update_id: i64, chat_id: i64, text: &str| Question {
        update_id,
        chat_id,
        message_id: 100 + update_id,
        text: text.to_owned(),
    };
    let questions = vec![
        question(1, 3002, "who is lavrov"),
        question(2, HELD, "who is dmitri trenin"),
        question(3, 3003, "what is the sco"),
        question(4, 3004, "sukhoi 35"),
        question(5, 3002, "what is the csto"),
    ];
    let push = |qs: &[Question]| {
        api.push_updates(
            qs.iter()
                .map(|q| fake_api::private_text(q.update_id, q.chat_id, q.message_id, &q.text)),
        )
    };
    push(&questions[..3]);
    let others_answered = api
        .wait_until(Duration::from_secs(30), |calls| {
            calls.iter().any(|c| c.fault == Some(fake_api::Fault::Held))
                && [&questions[0], &questions[2]].iter().all(|q| !answers_to(calls, q).is_empty())
        })
        .await;
    assert!(others_answered, "{}", tail(&bot.output()));
    // More questions while the reply is held: taken and answered all the same.
    push(&questions[3..]);
    let more_answered = api
        .wait_until(Duration::from_secs(30), |calls| {
            questions[3..].iter().all(|q| !answers_to(calls, q).is_empty())
        })
        .await;
    assert!(more_answered, "{}", tail(&bot.output()));
    tokio::time::sleep(Duration::from_secs(1)).await;
    api.release_replies_to(HELD);
    // The held call fails when released; the bot's retry is carried out.
    let held_answered = api
        .wait_until(Duration::from_secs(30), |calls| !answers_to(calls, &questions[1]).is_empty())
        .await;
    assert!(held_answered, "{}", tail(&bot.output()));
    // Time for the confirmation, and for duplicates to show up.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    bot.kill();
    let calls = api.calls();
    let output = bot.output();
    for q in &questions {
        assert_eq!(answers_to(&calls, q).len(), 1, "answers to {q:?}\n{}", tail(&output));
    }
    assert_eq!(offsets_past_unanswered(&calls, &questions), [], "{}", tail(&output));
    assert_offsets_rise(&calls);
    let last = questions.last().unwrap().update_id;
    assert!(
        calls.iter().any(|c| c.done("getUpdates") && c.body["offset"].as_i64() > Some(last)),
        "all confirmed once answered: {}",
        tail(&output)
    );
    let deliveries = api.deliveries();
    assert!(
        deliveries.values().any(|&times| times > 1),
        "Telegram handed out unconfirmed updates again: {deliveries:?}"
    );
}

/// The bot is killed (SIGKILL: no chance to confirm anything) while a reply is held. The
/// updates answered before are confirmed and not answered again after a restart; the held one
/// is, since nothing confirmed it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_update_in_flight_when_killed_is_answered_after_the_restart() {
    let api = FakeApi::start().await;
    let args = ["run", "--request-timeout", "30"];
    let mut bot = start_bot("killed", &args, &bot_env(&api.url()));
    const HELD: i64 = 3101;
    api.hold_replies_to(HELD);
    let questions =
        [(1, 3102, "who is lavrov"), (2, 3103, "what is the sco"), (3, HELD, "sukhoi 35")].map(
            |(update_id, chat_id, text)| Question {
                update_id,
                chat_id,
                message_id: 200 + update_id,
                text: text.to_owned(),
            },
        );
    api.push_updates(
        questions
            .iter()
            .map(|q| fake_api::private_text(q.update_id, q.chat_id, q.message_id, &q.text)),
    );
    let held = api
        .wait_until(Duration::from_secs(30), |calls| {
            calls.iter().any(|c| c.fault == Some(fake_api::Fault::Held))
                && questions[..2].iter().all(|q| !answers_to(calls, q).is_empty())
                // The listener has asked again since: what it confirms there is all it confirms.
                && calls.iter().any(|c| c.is("getUpdates") && c.body["offset"].as_i64() >= Some(3))
        })
        .await;
    assert!(held, "{}", tail(&bot.output()));
    bot.kill();
    let killed_output = bot.output();
    drop(bot);
    api.release_replies_to(HELD);

    let mut again = start_bot("killed-restarted", &args, &bot_env(&api.url()));
    let answered = api
        .wait_until(Duration::from_secs(30), |calls| !answers_to(calls, &questions[2]).is_empty())
        .await;
    // Time for duplicates to show up.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    again.kill();
    let output = again.output();
    assert!(
        answered,
        "the held update was lost:\n{}\n--- after the restart:\n{}",
        tail(&killed_output),
        tail(&output)
    );
    let calls = api.calls();
    for q in &questions {
        assert_eq!(answers_to(&calls, q).len(), 1, "answers to {q:?}\n{}", tail(&output));
    }
    assert_eq!(offsets_past_unanswered(&calls, &questions), [], "{}", tail(&output));
    let handed_out = api.deliveries().get(&3).copied().unwrap_or(0);
    assert!(handed_out >= 2, "update 3 handed out {handed_out} times");
}

// ───────────────────────────── reloading the knowledge base ─────────────────────────────

/// Sends a question from chat 9001 as update and message `n`, and returns the reply's text.
async fn ask_and_wait(api: &FakeApi, bot: &BotProcess, n: i64, text: &str) -> String {
    api.push_updates([fake_api::private_text(n, 9001, n, text)]);
    let question = Question { update_id: n, chat_id: 9001, message_id: n, text: text.to_owned() };
    let answered = api
        .wait_until(Duration::from_secs(30), |calls| !replies_to(calls, &question).is_empty())
        .await;
    assert!(answered, "no reply to {text:?}:\n{}", tail(&bot.output()));
    let calls = api.calls();
    let reply = replies_to(&calls, &question)[0].body["text"].as_str().unwrap().to_owned();
    reply
}

/// Waits up to 10 s for `needle` in the bot's output.
async fn wait_for_log(bot: &BotProcess, needle: &str) -> bool {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if bot.output().contains(needle) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sighup_reloads_a_valid_knowledge_base_and_keeps_the_current_one_otherwise() {
    let knowledge = common::TempKnowledge::new("reload");
    let dir = knowledge.path().to_str().expect("a UTF-8 temporary path").to_owned();
    let api = FakeApi::start().await;
    let mut env = bot_env(&api.url());
    env.retain(|(key, _)| *key != "RUST_LOG");
    env.push(("RUST_LOG", "info".to_owned()));
    // The chat `ask_and_wait` asks from, for /reload below.
    env.push(("ADMIN_IDS", "1,9001".to_owned()));
    let bot = start_bot("reload", &["--knowledge", &dir, "run"], &env);
    let before = ask_and_wait(&api, &bot, 1, "who is dmitri trenin").await;
    assert!(before.contains("Dmitri Trenin is the director"), "{before}");

    knowledge.edit_entry_line("entries.toml", "trenin", "answer", |line| {
        line.replacen("answer = \"", "answer = \"Reloaded: ", 1)
    });
    bot.signal("HUP");
    assert!(wait_for_log(&bot, "reloaded the knowledge base").await, "{}", tail(&bot.output()));
    let reloaded = ask_and_wait(&api, &bot, 2, "who is dmitri trenin").await;
    assert!(reloaded.contains("Reloaded: Dmitri Trenin"), "{reloaded}");

    knowledge.break_quote("trenin");
    bot.signal("HUP");
    let rejected = "the knowledge base is invalid, keeping the current one";
    assert!(wait_for_log(&bot, rejected).await, "{}", tail(&bot.output()));
    let output = bot.output();
    let error = &output[output.find(rejected).unwrap()..];
    let error = &error[..error.len().min(2000)];
    assert!(error.contains("entries.toml") && error.contains("`trenin`"), "{error}");
    let kept = ask_and_wait(&api, &bot, 3, "who is dmitri trenin").await;
    assert!(kept.contains("Reloaded: Dmitri Trenin"), "{kept}");
    // /reload from an administrator (ADMIN_IDS) goes through the same reload.
    let refused = ask_and_wait(&api, &bot, 4, "/reload").await;
    assert!(refused.contains("Not reloaded") && refused.contains("`trenin`"), "{refused}");
    assert_no_token(&bot.output());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invalid_knowledge_base_stops_the_bot_before_it_talks_to_telegram() {
    let knowledge = common::TempKnowledge::new("invalid-run");
    knowledge.break_quote("trenin");
    let dir = knowledge.path().to_str().expect("a UTF-8 temporary path").to_owned();
    let api = FakeApi::start().await;
    let mut bot = start_bot("invalid-run", &["--knowledge", &dir, "run"], &bot_env(&api.url()));
    let status = bot.wait_exit(Duration::from_secs(20)).await;
    let output = bot.output();
    let status = status.unwrap_or_else(|| panic!("still running:\n{}", tail(&output)));
    assert_eq!(status.code(), Some(1), "{}", tail(&output));
    let stderr = bot.stderr();
    let file = knowledge.file("entries.toml").display().to_string();
    let at = stderr.find(&format!("{file}:")).unwrap_or_else(|| panic!("names the file: {stderr}"));
    let line: String =
        stderr[at + file.len() + 1..].chars().take_while(char::is_ascii_digit).collect();
    assert!(line.parse::<usize>().is_ok_and(|line| line > 0), "names the line: {stderr}");
    assert!(stderr.contains("entry `trenin`"), "names the entry: {stderr}");
    assert!(api.calls().is_empty(), "talked to Telegram: {:#?}", api.calls());
    assert_no_token(&output);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_waits_retry_after_and_transient_failures_back_off() {
    let api = FakeApi::start().await;
    let mut bot = start_bot("waits", &["run"], &bot_env(&api.url()));
    api.fail_next("sendMessage", 1, fake_api::Fault::TooManyRequests { retry_after: 2 });
    api.fail_next("sendMessage", 2, fake_api::Fault::DropConnection);
    api.push_updates([fake_api::private_text(1, 8101, 10, "who is trenin")]);
    let delivered = api
        .wait_until(Duration::from_secs(30), |calls| calls.iter().any(|c| c.done("sendMessage")))
        .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    bot.kill();
    assert!(delivered, "{}", tail(&bot.output()));
    let sent = api.calls_of("sendMessage");
    let faults: Vec<Option<fake_api::Fault>> = sent.iter().map(|c| c.fault).collect();
    assert_eq!(
        faults,
        [
            Some(fake_api::Fault::TooManyRequests { retry_after: 2 }),
            Some(fake_api::Fault::DropConnection),
            Some(fake_api::Fault::DropConnection),
            None
        ]
    );
    let gaps: Vec<Duration> = sent.windows(2).map(|w| w[1].at.duration_since(w[0].at)).collect();
    assert!(gaps[0] >= Duration::from_secs(2), "retried {:?} after a 429 asking for 2 s", gaps[0]);
    assert!(gaps[1] >= Duration::from_millis(250), "first backoff {:?}", gaps[1]);
    assert!(gaps[2] >= Duration::from_millis(500), "second backoff {:?}", gaps[2]);
    assert!(gaps.iter().sum::<Duration>() < Duration::from_secs(10), "{gaps:?}");
}

/// teloxide-core sleeps 10 s after a 5xx before reading it, and no chat gets news while
/// getUpdates waits; the bot's own getUpdates reads it at once and retries after its backoff.
/// A dropped connection after it is retried as promptly, and its error (whose URL holds the
/// token) is logged without the token, at trace level too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_500_on_get_updates_is_retried_within_two_seconds() {
    use fake_api::Fault::{DropConnection, InternalError};
    let api = FakeApi::start().await;
    let mut bot = start_bot("getupdates-500", &["run"], &bot_env(&api.url()));
    let polling = api
        .wait_until(Duration::from_secs(30), |calls| calls.iter().any(|c| c.done("getUpdates")))
        .await;
    assert!(polling, "{}", tail(&bot.output()));
    api.fail_next("getUpdates", 1, InternalError);
    api.fail_next("getUpdates", 1, DropConnection);
    let failed = api
        .wait_until(Duration::from_secs(30), |calls| {
            calls.iter().any(|c| c.fault == Some(DropConnection))
        })
        .await;
    assert!(failed, "{}", tail(&bot.output()));
    // Pushed after the faults, so only a getUpdates after them can take it.
    api.push_updates([fake_api::private_text(1, 8201, 10, "who is trenin")]);
    let answered = api
        .wait_until(Duration::from_secs(30), |calls| calls.iter().any(|c| c.done("sendMessage")))
        .await;
    bot.kill();
    let output = bot.output();
    assert!(answered, "{}", tail(&output));
    let polls = api.calls_of("getUpdates");
    for fault in [InternalError, DropConnection] {
        let failed = polls.iter().position(|c| c.fault == Some(fault)).expect("served");
        let next = polls.get(failed + 1).expect("getUpdates again after the fault");
        let gap = next.at.duration_since(polls[failed].at);
        assert!(gap < Duration::from_secs(2), "next getUpdates {gap:?} after {fault:?}");
    }
    assert!(output.contains("getUpdates failed, will retry"), "{}", tail(&output));
    assert!(output.contains("A network error"), "{}", tail(&output));
    assert_no_token(&output);
}

// ───────────────────────────── webhook mode ─────────────────────────────

/// The webhook secret shared by the "replicas" in these tests: never to be printed.
const WEBHOOK_SECRET: &str = "replicaSHAREDsecret_0123-xyz";

/// A port of 127.0.0.1 that was free a moment ago.
fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    listener.local_addr().expect("local address").port()
}

/// An HTTP client that never goes through a proxy from the environment.
fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("an HTTP client")
}

/// A bot in webhook mode against `api`, listening on a free port of 127.0.0.1. Returns it, its
/// webhook URL and its health-check URL, once it has set the webhook and answers health checks.
async fn start_webhook_bot(name: &str, api: &FakeApi) -> (BotProcess, String, String) {
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}/telegram/updates");
    let listen = format!("127.0.0.1:{port}");
    let mut env = bot_env(&api.url());
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
async fn post_update(url: &str, secret: Option<&str>, update: &serde_json::Value) -> u16 {
    let mut request =
        http_client().post(url).header("content-type", "application/json").body(update.to_string());
    if let Some(secret) = secret {
        request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    request.send().await.expect("post to the webhook").status().as_u16()
}

/// The reply the bot must send to `question`, from the library's own matcher and renderer.
fn expected_reply(question: &str) -> String {
    use article_qa_bot::knowledge::Knowledge;
    use article_qa_bot::matcher::{MatchConfig, Matcher};
    let matcher = Matcher::new(Knowledge::embedded().unwrap(), MatchConfig::DEFAULT);
    let answer = matcher.ask(question);
    article_qa_bot::bot::reply::question_reply(matcher.knowledge(), question, &answer).html
}

fn assert_no_secret(output: &str) {
    assert!(!output.contains(WEBHOOK_SECRET), "the output contains the webhook secret");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_mode_answers_posted_updates_with_the_right_secret_only() {
    let api = FakeApi::start().await;
    let (mut bot, url, health) = start_webhook_bot("webhook", &api).await;

    let response = http_client().get(&health).send().await.expect("GET /healthz");
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "ok");

    let trenin = "Who is Dmitri Trenin?";
    let refused = fake_api::private_text(1, 2001, 31, trenin);
    assert_eq!(post_update(&url, Some("not-the-secret"), &refused).await, 401, "a wrong secret");
    let missing = post_update(&url, None, &fake_api::private_text(2, 2002, 32, trenin)).await;
    assert_eq!(missing, 401, "no secret");
    let right = fake_api::private_text(3, 2003, 33, trenin);
    assert_eq!(post_update(&url, Some(WEBHOOK_SECRET), &right).await, 200);

    let question =
        Question { update_id: 3, chat_id: 2003, message_id: 33, text: trenin.to_owned() };
    let answered = api
        .wait_until(Duration::from_secs(30), |calls| !replies_to(calls, &question).is_empty())
        .await;
    // Give replies to the refused updates, which must not exist, time to show up.
    tokio::time::sleep(Duration::from_millis(1000)).await;
    bot.kill();
    let calls = api.calls();
    let output = bot.output();
    assert!(answered, "no reply:\n{}", tail(&output));
    let sent = api.calls_of("sendMessage");
    assert_eq!(sent.len(), 1, "only the update with the right secret is answered: {sent:#?}");
    check_reply(&sent[0], &question);
    assert_eq!(sent[0].body["text"], expected_reply(trenin));
    assert!(sent[0].body["text"].as_str().unwrap().contains("Trenin"));

    let set = api.calls_of("setWebhook");
    assert_eq!(set.len(), 1, "{set:#?}");
    assert_eq!(set[0].body["url"], url);
    assert_eq!(set[0].body["secret_token"], WEBHOOK_SECRET);
    assert!(api.calls_of("getUpdates").is_empty(), "no polling in webhook mode");
    for call in &calls {
        assert_eq!(call.path, format!("/bot{TOKEN}/{}", call.method), "{call:?}");
    }
    assert_no_token(&output);
    assert_no_secret(&output);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_in_webhook_mode_finishes_replies_and_keeps_the_webhook() {
    stop_webhook_bot_with("TERM").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_in_webhook_mode_finishes_replies_and_keeps_the_webhook() {
    stop_webhook_bot_with("INT").await;
}

/// Posts a burst of questions to a webhook-mode bot, sends it `signal` once the first reply is
/// out, and checks that it exits 0 having answered every question, without deleting the webhook.
async fn stop_webhook_bot_with(signal: &str) {
    let api = FakeApi::start().await;
    let (mut bot, url, _) = start_webhook_bot(&format!("webhook-{signal}"), &api).await;
    // One chat, so the throttle spreads the replies over a few seconds: some are still in
    // flight when the signal comes.
    let questions = burst();
    for q in &questions {
        let update = fake_api::private_text(q.update_id, q.chat_id, q.message_id, &q.text);
        assert_eq!(post_update(&url, Some(WEBHOOK_SECRET), &update).await, 200, "{q:?}");
    }
    let started = api
        .wait_until(Duration::from_secs(30), |calls| calls.iter().any(|c| c.is("sendMessage")))
        .await;
    assert!(started, "{}", tail(&bot.output()));
    bot.signal(signal);
    let status = bot.wait_exit(Duration::from_secs(30)).await;
    let output = bot.output();
    let status =
        status.unwrap_or_else(|| panic!("still running after SIG{signal}:\n{}", tail(&output)));
    assert_eq!(status.code(), Some(0), "{status}\n{}", tail(&output));
    assert!(output.contains("stopped"), "{}", tail(&output));
    assert_all_answered(&questions, &api.calls());
    assert!(
        api.calls_of("deleteWebhook").is_empty(),
        "a stopping replica must not delete the webhook the others share"
    );
    assert_no_token(&output);
    assert_no_secret(&output);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_configuration_errors_stop_before_starting() {
    let api = FakeApi::start().await;
    let port = free_port().to_string();
    let local = format!("http://127.0.0.1:{port}/hook");
    let listen = format!("127.0.0.1:{port}");
    let cases: Vec<(Vec<&str>, Option<&str>, &str)> = vec![
        (vec!["--webhook-url", &local, "--listen", &listen], None, "needs a secret"),
        (vec!["--webhook-url", &local, "--listen", &listen], Some("has space!"), "A-Z, a-z"),
        (vec!["--webhook-url", "http://bot.example.com/hook"], Some(WEBHOOK_SECRET), "https://"),
        (
            vec!["--webhook-url", "https://bot.example.com/healthz"],
            Some(WEBHOOK_SECRET),
            "/healthz",
        ),
        (vec!["--listen", &listen], Some(WEBHOOK_SECRET), "set --webhook-url (WEBHOOK_URL)"),
    ];
    for (args, secret, message) in cases {
        let mut env = bot_env(&api.url());
        if let Some(secret) = secret {
            env.push(("WEBHOOK_SECRET", secret.to_owned()));
        }
        let args: Vec<&str> = ["run"].into_iter().chain(args).collect();
        let mut bot = start_bot("webhook-config", &args, &env);
        let status = bot.wait_exit(Duration::from_secs(20)).await.expect("exits");
        let stderr = bot.stderr();
        assert_eq!(status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: expected {message:?} in {stderr}");
        if let Some(secret) = secret {
            assert!(!stderr.contains(secret), "{args:?} printed the secret: {stderr}");
        }
    }
    // With no subcommand, the same options come from the environment alone.
    let mut env = bot_env(&api.url());
    env.push(("WEBHOOK_URL", local.clone()));
    env.push(("WEBHOOK_LISTEN", listen.clone()));
    let mut bot = start_bot("webhook-config-env", &[], &env);
    let status = bot.wait_exit(Duration::from_secs(20)).await.expect("exits");
    assert_eq!(status.code(), Some(2), "{}", bot.stderr());
    assert!(bot.stderr().contains("WEBHOOK_SECRET"), "{}", bot.stderr());
    assert!(api.calls().is_empty(), "nothing talked to Telegram: {:#?}", api.calls());

    // A port already taken: a clear error before anything talks to Telegram.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let mut env = bot_env(&api.url());
    env.push(("WEBHOOK_SECRET", WEBHOOK_SECRET.to_owned()));
    let url = format!("http://{address}/hook");
    let mut bot =
        start_bot("webhook-taken", &["run", "--webhook-url", &url, "--listen", &address], &env);
    let status = bot.wait_exit(Duration::from_secs(20)).await.expect("exits");
    let stderr = bot.stderr();
    assert_eq!(status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&format!("cannot listen on {address}")), "{stderr}");
    assert!(api.calls().is_empty(), "nothing talked to Telegram: {:#?}", api.calls());
    assert_no_secret(&bot.output());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_refused_by_telegram_stops_with_its_reason() {
    let refusal = Failure {
        status: 400,
        description:
            "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443"
                .to_owned(),
    };
    let api =
        FakeApi::with_config(Config { set_webhook: Some(refusal), ..Config::default() }).await;
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}/hook");
    let listen = format!("127.0.0.1:{port}");
    let mut env = bot_env(&api.url());
    env.push(("WEBHOOK_SECRET", WEBHOOK_SECRET.to_owned()));
    let mut bot =
        start_bot("webhook-refused", &["run", "--webhook-url", &url, "--listen", &listen], &env);
    let status = bot.wait_exit(Duration::from_secs(20)).await;
    let output = bot.output();
    let status = status.unwrap_or_else(|| panic!("still running after 20 s:\n{}", tail(&output)));
    assert_eq!(status.code(), Some(1), "{}", tail(&output));
    let stderr = bot.stderr();
    assert!(stderr.contains("Telegram refused to set the webhook"), "{stderr}");
    assert!(stderr.contains("ports 80, 88, 443 or 8443"), "{stderr}");
    assert!(api.calls_of("deleteWebhook").is_empty());
    assert_no_secret(&output);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn polling_deletes_a_leftover_webhook_before_getupdates() {
    let config = Config {
        webhook_url: Some("https://old.example.com/hook".to_owned()),
        ..Config::default()
    };
    let api = FakeApi::with_config(config).await;
    let mut bot = start_bot("leftover-webhook", &["run"], &bot_env(&api.url()));
    let polled = api
        .wait_until(Duration::from_secs(30), |calls| calls.iter().any(|c| c.is("getUpdates")))
        .await;
    bot.kill();
    assert!(polled, "{}", tail(&bot.output()));
    let calls = api.calls();
    let position = |method: &str| calls.iter().position(|c| c.is(method));
    let deleted = position("deleteWebhook").expect("deleteWebhook called");
    assert!(deleted < position("getUpdates").unwrap(), "{calls:#?}");
}

/// The end-to-end benchmark's harness (`benches/end_to_end.rs`), small enough for every test
/// run: 1,000 updates from 50 chats in batches of 100, questions, commands and group mentions,
/// with the rate limiter and flood control off. Every update is answered exactly once, and the
/// measures are there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn load_harness_answers_every_update_exactly_once() {
    let load = common::end_to_end::load(1_000, 50, 7);
    let texts: Vec<&str> =
        load.updates.iter().filter_map(|u| u["message"]["text"].as_str()).collect();
    assert!(texts.iter().any(|t| t.starts_with("/ask ")), "no /ask in the load");
    assert!(texts.iter().any(|t| t.starts_with('@')), "no group mention in the load");
    assert!(texts.iter().any(|t| !t.starts_with(['/', '@'])), "no plain question in the load");
    let log = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("end_to_end-{}.log", std::process::id()));
    let measure = common::end_to_end::run(&common::bin(), &load, &log, Duration::from_secs(120))
        .await
        .unwrap_or_else(|err| panic!("{err}"));
    let unanswered: Vec<_> =
        load.messages.iter().filter(|m| !measure.replies.contains_key(m)).collect();
    assert!(unanswered.is_empty(), "unanswered (chat, message): {unanswered:?}");
    let repeated: Vec<_> = measure.replies.iter().filter(|(_, &count)| count != 1).collect();
    assert!(repeated.is_empty(), "answered more than once: {repeated:?}");
    assert_eq!(measure.replies.len(), load.messages.len(), "replies to messages never sent");
    assert!(measure.wall > Duration::ZERO && measure.bot_peak_rss_kib > 0, "{measure:?}");
    let _ = std::fs::remove_file(&log);
}
