//! Faults from the Bot API: timeouts, 5xx, 429s, dropped connections and garbled answers.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::time::{Duration, Instant};

use crate::support::*;
use fake_telegram_api::{self as fake_api, Call, Config, FakeApi};

// ───────────────────────────── faults from the Bot API ─────────────────────────────

/// Questions from `chats` private chats, `per_chat` each, interleaved the way readers would
/// write: chat after chat, round after round. Update ids and message ids rise in that order.
pub(crate) fn many_questions(chats: i64, per_chat: i64) -> Vec<Question> {
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
pub(crate) fn resident_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// What a fault run measured.
#[derive(Debug)]
pub(crate) struct FaultRun {
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
pub(crate) async fn fault_run(
    chats: i64,
    per_chat: i64,
    rate: f64,
    seed: u64,
    limit: Duration,
) -> FaultRun {
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
        // A round a second: the load's shape, not a wait.
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
pub(crate) fn assert_fault_run(run: &FaultRun, rate: f64, every_kind: bool) {
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
pub(crate) async fn every_question_answered_once_in_order_despite_faults() {
    // Small enough for CI; the full run is below.
    let rate = 0.2;
    let run = fault_run(6, 8, rate, 7, Duration::from_secs(150)).await;
    assert_fault_run(&run, rate, false);
    assert!(!run.faults.is_empty(), "no fault was injected");
}

/// The fault run: 500 questions from 50 chats, 20% of sendMessage and getUpdates calls
/// faulted. Run with
/// `cargo test --test process fault_run_500_questions_20_percent -- --ignored --nocapture`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "measurement; several minutes"]
pub(crate) async fn fault_run_500_questions_20_percent() {
    let rate = 0.2;
    let run = fault_run(50, 10, rate, 2024, Duration::from_secs(900)).await;
    assert_fault_run(&run, rate, true);
}

/// The same run without faults, for the time it takes:
/// `cargo test --test process fault_run_500_questions_no_faults -- --ignored --nocapture`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "measurement; about a minute"]
pub(crate) async fn fault_run_500_questions_no_faults() {
    let run = fault_run(50, 10, 0.0, 2024, Duration::from_secs(900)).await;
    assert_fault_run(&run, 0.0, false);
    assert!(run.faults.is_empty());
}
