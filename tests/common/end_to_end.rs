//! End-to-end load: the real bot binary answering updates from many chats through the fake Bot
//! API, measured from outside the bot: wall time, its CPU time and its peak memory, read from
//! `/proc` (so Linux only). `benches/end_to_end.rs` runs it at full size; a test in
//! `tests/process/` runs it small and checks that every update is answered exactly once.

// Each test crate uses a different part of this module.
#![allow(dead_code)]

use std::collections::HashMap;
use std::fs::File;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use article_qa_bot::synthetic::SplitMix64;
use serde_json::Value;

use fake_telegram_api::{self as fake_api, Config, FakeApi};

/// The readers' questions the load draws from: the test questions, in scope and off topic.
const QUESTIONS: [&str; 2] =
    [include_str!("../data/questions.jsonl"), include_str!("../data/holdout.jsonl")];
/// Commands without a question, as readers send them.
const COMMANDS: [&str; 6] = ["/start", "/help", "/topics", "/about", "/random", "/start topics"];
/// A fake token for the bot under load.
const TOKEN: &str = "123456:LOADtokenSECRETvalue";
/// Updates per getUpdates answer: Telegram's maximum.
pub const BATCH: usize = 100;

/// Updates to deliver, and what must come back.
pub struct Load {
    /// The updates, in order.
    pub updates: Vec<Value>,
    /// (chat, message id) of every update: each must get exactly one reply.
    pub messages: Vec<(i64, i64)>,
}

/// `updates` messages from `chats` chats (about one in ten a group), drawn with `seed`: mostly
/// questions from `tests/data` (typos and off-topic ones included), some `/ask` and other
/// commands; in groups, questions mention the bot or use `/ask`, as they must to be answered.
pub fn load(updates: usize, chats: usize, seed: u64) -> Load {
    let questions: Vec<String> = QUESTIONS
        .iter()
        .flat_map(|file| file.lines())
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter_map(|line| line["q"].as_str().map(str::to_owned))
        .collect();
    assert!(!questions.is_empty(), "no questions in tests/data");
    let chats = chats.max(1);
    let mut random = SplitMix64::new(seed);
    let mut next_message = vec![0_i64; chats];
    let mut load = Load { updates: Vec::with_capacity(updates), messages: Vec::new() };
    for update_id in 1..=updates {
        let chat = (random.next_u64() % chats as u64) as usize;
        next_message[chat] += 1;
        let message_id = next_message[chat];
        let question = &questions[(random.next_u64() % questions.len() as u64) as usize];
        let roll = random.next_u64() % 100;
        let group = chat % 10 == 9;
        let text = match (group, roll) {
            (_, 0..=4) => COMMANDS[(random.next_u64() % COMMANDS.len() as u64) as usize].to_owned(),
            (_, 5..=9) => format!("/ask {question}"),
            (true, _) => format!("@{} {question}", fake_api::BOT_USERNAME),
            (false, _) => question.clone(),
        };
        let (chat_id, from) = match group {
            true => (-1_000_000_000_000 - chat as i64, 5_000_000 + roll as i64),
            false => (1_000_000 + chat as i64, 1_000_000 + chat as i64),
        };
        load.updates.push(fake_api::text_update(
            update_id as i64,
            chat_id,
            from,
            message_id,
            &text,
        ));
        load.messages.push((chat_id, message_id));
    }
    load
}

/// What one run measured.
#[derive(Clone, Debug)]
pub struct Measure {
    /// Updates delivered.
    pub updates: usize,
    /// From the first update handed out to the last reply received.
    pub wall: Duration,
    /// CPU time (user and system) the bot spent over the run, start-up excluded.
    pub bot_cpu: Duration,
    /// The bot's peak resident memory over its whole life (VmHWM), in KiB.
    pub bot_peak_rss_kib: u64,
    /// CPU time of this process over the run: mostly the fake server.
    pub server_cpu: Duration,
    /// Replies by (chat, message replied to); read a little after the last expected one, so
    /// that a repeated reply has time to show.
    pub replies: HashMap<(i64, i64), usize>,
    /// Each update's wait from being handed out to its reply, sorted.
    pub latencies: Vec<Duration>,
}

impl Measure {
    /// Updates answered per second.
    pub fn per_second(&self) -> f64 {
        self.updates as f64 / self.wall.as_secs_f64()
    }

    /// The bot's CPU time per update, in milliseconds.
    pub fn cpu_ms_per_update(&self) -> f64 {
        self.bot_cpu.as_secs_f64() * 1000.0 / self.updates as f64
    }

    /// The `fraction` quantile of the updates' waits for their replies, in milliseconds.
    pub fn latency_ms(&self, fraction: f64) -> f64 {
        let Some(last) = self.latencies.len().checked_sub(1) else { return f64::NAN };
        let index = ((last as f64) * fraction).round() as usize;
        self.latencies[index.min(last)].as_secs_f64() * 1000.0
    }
}

/// The bot process; killed when dropped.
struct Bot(Child);

impl Bot {
    /// Stops the bot with SIGTERM, as an operator would, so that a profiler wrapping it (see
    /// E2E_BIN) writes its data; kills it if it has not exited after `grace`. Async, because the
    /// bot needs the fake server, on this thread, to stop.
    async fn stop(mut self, grace: Duration) {
        let _ = Command::new("kill").arg(self.0.id().to_string()).status();
        let deadline = Instant::now() + grace;
        while Instant::now() < deadline && self.0.try_wait().ok().flatten().is_none() {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `bin run` against a fake Bot API with the rate limiter and flood control off, waits
/// until it polls, delivers `load` in batches of [`BATCH`], and measures until every update is
/// answered (or `timeout` passes: an error). `state` is its `--state`. The bot's log goes to `log`. RUST_LOG is passed on
/// when set; otherwise the bot logs as in production (a line per question).
pub async fn run(
    bin: &Path,
    load: &Load,
    log: &Path,
    timeout: Duration,
    state: &str,
) -> Result<Measure, String> {
    let api = FakeApi::with_config(Config {
        batch: BATCH,
        record: false,
        idle_wait: Duration::from_secs(1),
        ..Config::default()
    })
    .await;
    let log_file = File::create(log).map_err(|err| format!("{}: {err}", log.display()))?;
    let mut command = Command::new(bin);
    command
        .arg("run")
        .env_clear()
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", api.url())
        .env("THROTTLE", "off")
        .env("FLOOD_LIMIT", "0")
        .env("STATE_URL", state)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log_file);
    if let Ok(filter) = std::env::var("RUST_LOG") {
        command.env("RUST_LOG", filter);
    }
    let mut bot = Bot(command.spawn().map_err(|err| format!("{}: {err}", bin.display()))?);
    let pid = bot.0.id();
    let failed = |bot: &mut Bot, what: &str| {
        let status = bot.0.try_wait().ok().flatten();
        format!("{what} (bot exited: {status:?}; its log: {})", log.display())
    };

    // Start-up (loading the knowledge base, getMe) is not part of the measure: deliver only
    // once the bot waits in its first long poll.
    let deadline = Instant::now() + timeout;
    while api.counters().get_updates == 0 {
        if Instant::now() > deadline || bot.0.try_wait().ok().flatten().is_some() {
            return Err(failed(&mut bot, "the bot never asked for updates"));
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let bot_cpu_before = cpu_time(pid)?;
    let own_cpu_before = cpu_time(std::process::id())?;
    api.push_updates(load.updates.iter().cloned());
    let expected = load.updates.len();
    let trace = std::env::var_os("E2E_TRACE").is_some();
    let mut last_trace = Instant::now();
    loop {
        if api.counters().sent >= expected {
            break;
        }
        if Instant::now() > deadline || bot.0.try_wait().ok().flatten().is_some() {
            let counters = api.counters();
            return Err(failed(
                &mut bot,
                &format!("{} of {expected} updates answered in time", counters.sent),
            ));
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
        if trace && last_trace.elapsed() >= Duration::from_millis(250) {
            last_trace = Instant::now();
            let now = api.counters();
            eprintln!(
                "{:>6} ms: {:>7} updates delivered, {:>7} answered, bot RSS {:.1} MB",
                now.first_delivery.map_or(0, |first| first.elapsed().as_millis()),
                now.delivered,
                now.sent,
                rss_kib(pid).unwrap_or(0) as f64 / 1024.0
            );
        }
    }
    let counters = api.counters();
    let bot_cpu = cpu_time(pid)? - bot_cpu_before;
    let server_cpu = cpu_time(std::process::id())? - own_cpu_before;
    let bot_peak_rss_kib = peak_rss_kib(pid)?;
    // A repeated reply would come right after the others.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let replies = api.replies();
    let mut latencies = api.reply_latencies(&load.messages);
    latencies.sort();
    bot.stop(Duration::from_secs(60)).await;
    let (Some(first), Some(last)) = (counters.first_delivery, counters.last_sent) else {
        return Err("no update delivered or no reply sent".to_owned());
    };
    Ok(Measure {
        updates: expected,
        wall: last - first,
        bot_cpu,
        bot_peak_rss_kib,
        server_cpu,
        replies,
        latencies,
    })
}

/// User plus system CPU time of process `pid` so far, from `/proc/PID/stat`.
pub fn cpu_time(pid: u32) -> Result<Duration, String> {
    let path = format!("/proc/{pid}/stat");
    let stat = std::fs::read_to_string(&path).map_err(|err| format!("{path}: {err}"))?;
    // The command name, in parentheses, may hold spaces: fields are counted after it.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    // utime and stime are fields 14 and 15 of stat(5); the first after the name is field 3.
    let ticks = |field: usize| fields.get(field - 3).and_then(|value| value.parse::<u64>().ok());
    let (Some(user), Some(system)) = (ticks(14), ticks(15)) else {
        return Err(format!("{path}: no utime and stime in {stat:?}"));
    };
    Ok(Duration::from_secs_f64((user + system) as f64 / clock_ticks() as f64))
}

/// The peak resident set size of process `pid` (VmHWM in `/proc/PID/status`), in KiB.
pub fn peak_rss_kib(pid: u32) -> Result<u64, String> {
    memory_kib(pid, "VmHWM:")
}

/// The resident set size of process `pid` now (VmRSS), in KiB.
pub fn rss_kib(pid: u32) -> Result<u64, String> {
    memory_kib(pid, "VmRSS:")
}

fn memory_kib(pid: u32, field: &str) -> Result<u64, String> {
    let path = format!("/proc/{pid}/status");
    let status = std::fs::read_to_string(&path).map_err(|err| format!("{path}: {err}"))?;
    status
        .lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or_else(|| format!("{path}: no {field}"))
}

/// Clock ticks per second, the unit of `/proc/PID/stat`'s times (100 almost everywhere).
fn clock_ticks() -> u64 {
    static TICKS: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *TICKS.get_or_init(|| {
        Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|out| String::from_utf8(out.stdout).ok())
            .and_then(|text| text.trim().parse().ok())
            .unwrap_or(100)
    })
}
