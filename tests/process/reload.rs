//! Reloading the knowledge base, and retries of getUpdates.

use std::time::Duration;

use crate::common;
use crate::support::*;
use fake_telegram_api::{self as fake_api, FakeApi};

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
    assert!(
        bot.wait_for_log("reloaded the knowledge base", Duration::from_secs(10)).await,
        "{}",
        tail(&bot.output())
    );
    let reloaded = ask_and_wait(&api, &bot, 2, "who is dmitri trenin").await;
    assert!(reloaded.contains("Reloaded: Dmitri Trenin"), "{reloaded}");

    knowledge.break_quote("trenin");
    bot.signal("HUP");
    let rejected = "the knowledge base is invalid, keeping the current one";
    assert!(bot.wait_for_log(rejected, Duration::from_secs(10)).await, "{}", tail(&bot.output()));
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
    // Until the update is finished: no call for it can come after.
    let delivered = api
        .wait_until(Duration::from_secs(30), |calls| {
            calls.iter().any(|c| c.done("sendMessage")) && finished_through(calls, 1)
        })
        .await;
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
