//! Webhook mode: updates posted to the bot's own server, the secret, the health check,
//! graceful stops that keep the shared webhook, and its start-up errors.

use std::path::PathBuf;
use std::time::Duration;

use crate::common;
use crate::support::*;
use fake_telegram_api::{self as fake_api, Config, Failure, FakeApi};

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
    // No wait for more: the bot answers a webhook request once the update is finished, and
    // turned the refused ones away (401) before handling them.
    let answered = !replies_to(&api.calls(), &question).is_empty();
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
    load_harness_run("memory").await;
}

/// The same with the bot's state in a real Redis.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn load_harness_with_redis_answers_every_update_exactly_once() {
    let redis = common::redis_server::RedisServer::start();
    load_harness_run(&redis.url()).await;
    let stored = redis.dump();
    let answered = stored.iter().filter(|(key, value)| key.contains(":update:") && value == "done");
    assert_eq!(answered.count(), 1_000, "every update recorded as answered");
}

async fn load_harness_run(state: &str) {
    let load = common::end_to_end::load(1_000, 50, 7);
    let texts: Vec<&str> =
        load.updates.iter().filter_map(|u| u["message"]["text"].as_str()).collect();
    assert!(texts.iter().any(|t| t.starts_with("/ask ")), "no /ask in the load");
    assert!(texts.iter().any(|t| t.starts_with('@')), "no group mention in the load");
    assert!(texts.iter().any(|t| !t.starts_with(['/', '@'])), "no plain question in the load");
    let log = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("end_to_end-{}.log", std::process::id()));
    let measure =
        common::end_to_end::run(&common::bin(), &load, &log, Duration::from_secs(120), state)
            .await
            .unwrap_or_else(|err| panic!("{err}"));
    let unanswered: Vec<_> =
        load.messages.iter().filter(|m| !measure.replies.contains_key(m)).collect();
    assert!(unanswered.is_empty(), "unanswered (chat, message): {unanswered:?}");
    let repeated: Vec<_> = measure.replies.iter().filter(|(_, &count)| count != 1).collect();
    assert!(repeated.is_empty(), "answered more than once: {repeated:?}");
    assert_eq!(measure.replies.len(), load.messages.len(), "replies to messages never sent");
    assert!(measure.wall > Duration::ZERO && measure.bot_peak_rss_kib > 0, "{measure:?}");
    assert_eq!(measure.latencies.len(), 1_000, "a wait measured for every update");
    let _ = std::fs::remove_file(&log);
}
