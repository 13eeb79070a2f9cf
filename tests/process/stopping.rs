//! Refusals, floods, stopping and restarting, and what is confirmed to Telegram when.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::*;
use fake_telegram_api::{self as fake_api, html, Config, Failure, FakeApi};

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
    // Until the three are finished: a retry, had there been one, would have come before.
    let seen = api
        .wait_until(Duration::from_secs(30), |calls| {
            [5001, 5002, 5003]
                .iter()
                .all(|chat| calls.iter().any(|c| c.is("sendMessage") && c.body["chat_id"] == *chat))
                && finished_through(calls, 3)
        })
        .await;
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
            // Every update finished, the ignored ones too: an answer to one would be out.
            sent(6001) >= 4 && sent(6002) >= 2 && finished_through(calls, 21)
        })
        .await;
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
    // The "slow down" goes out at once, beside the chat's answers, not after them.
    let (told, answers): (Vec<_>, Vec<_>) =
        flooded.iter().partition(|(_, text)| text.contains("slow down"));
    let answered: Vec<i64> = answers.iter().map(|(to, _)| *to).collect();
    assert_eq!(answered, [100, 101, 102], "answers in order: {flooded:#?}");
    assert!(answers.iter().all(|(_, text)| text.contains("Trenin")), "{flooded:#?}");
    assert_eq!(told.len(), 1, "{flooded:#?}");
    assert_eq!(told[0].0, 103, "the first message over the limit is told: {flooded:#?}");
    html::check(&told[0].1).unwrap_or_else(|err| panic!("{err}: {}", told[0].1));
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
    // Once the bot has stopped polling, only its confirmation on the way out (once the burst
    // is answered, about four seconds later) can confirm the burst: let it through.
    let stopping = bot.wait_for_log("stopping: no new updates", Duration::from_secs(10)).await;
    assert!(stopping, "{}", tail(&bot.output()));
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
    // Time for duplicates to show up.
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
    // The bot asks again with the reply still held: that offset must not pass it either, and
    // Telegram hands the held update out again.
    let answered_at = api.calls().iter().filter(|c| c.done("sendMessage")).map(|c| c.at).max();
    let asked_again = api
        .wait_until(Duration::from_secs(30), |calls| {
            calls.iter().any(|c| c.done("getUpdates") && Some(c.at) > answered_at)
        })
        .await;
    assert!(asked_again, "{}", tail(&bot.output()));
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
