//! End to end: the release binary (`article-qa-bot run`, rate limiter and flood control off)
//! answering a stream of updates from many chats, delivered in batches of 100 by the fake Bot
//! API of the tests on 127.0.0.1. Prints, per round and as the median of the rounds: updates
//! answered per second, the bot's CPU time per update, its peak RSS, and the CPU time of the
//! fake server (this process), which shares the machine's cores with the bot.
//!
//! ```sh
//! cargo bench --bench end_to_end                      # 20,000 updates from 500 chats, 5 rounds
//! E2E_UPDATES=5000 E2E_CHATS=100 E2E_ROUNDS=3 cargo bench --bench end_to_end
//! E2E_STATES=memory,redis cargo bench --bench end_to_end  # in memory and in Redis, side by side
//! ```
//!
//! "wait" is an update's time from being handed out by getUpdates to its reply, as quantiles
//! over the run's updates. With `redis`, each run starts a `redis-server` of its own.
//!
//! RUST_LOG is passed on to the bot when set; by default it logs as in production. E2E_BIN runs
//! another build of the binary (another branch's, say) under the same load. E2E_TRACE=1 prints
//! progress every 250 ms: updates delivered and answered, and the bot's RSS.

#[path = "../tests/common/end_to_end.rs"]
mod end_to_end;
#[path = "../tests/common/redis_server.rs"]
mod redis_server;

use std::path::PathBuf;
use std::time::Duration;

/// The same load every run.
const SEED: u64 = 2024;
/// A run that takes longer than this has failed.
const TIMEOUT: Duration = Duration::from_secs(300);

fn main() {
    let updates = env_number("E2E_UPDATES", 20_000);
    let chats = env_number("E2E_CHATS", 500);
    let rounds = env_number("E2E_ROUNDS", 5).max(1);
    let states: Vec<String> = std::env::var("E2E_STATES")
        .unwrap_or_else(|_| "memory".to_owned())
        .split(',')
        .map(|state| state.trim().to_owned())
        .collect();
    for state in &states {
        assert!(
            state == "memory" || state == "redis",
            "E2E_STATES: memory or redis, not {state:?}"
        );
    }
    let bin = std::env::var_os("E2E_BIN")
        .map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_article-qa-bot")), PathBuf::from);
    let log = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("end_to_end-bot.log");
    let load = end_to_end::load(updates, chats, SEED);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");

    println!(
        "end to end: {updates} updates from {chats} chats, batches of {}, {rounds} rounds, \
         state {}",
        end_to_end::BATCH,
        states.join(" and ")
    );
    println!("bot: {}\nbot log: {}", bin.display(), log.display());
    println!(
        "{:>14} | {:>10} | {:>10} | {:>12} | {:>14} | {:>16} | {:>10} | {:>10}",
        "round",
        "updates/s",
        "wall (s)",
        "CPU ms/upd",
        "peak RSS (MB)",
        "server CPU (s)",
        "wait p50",
        "wait p99"
    );
    // Each round runs every state back to back, so that they see the same machine.
    let mut measures: Vec<Vec<end_to_end::Measure>> = vec![Vec::new(); states.len()];
    for round in 1..=rounds {
        for (state, measured) in states.iter().zip(&mut measures) {
            // A fresh Redis each run: the last run's answered updates would be skipped.
            let redis = (state == "redis").then(redis_server::RedisServer::start);
            let url = redis.as_ref().map_or("memory".to_owned(), |redis| redis.url());
            let measure = runtime
                .block_on(end_to_end::run(&bin, &load, &log, TIMEOUT, &url))
                .unwrap_or_else(|err| panic!("round {round}, {state}: {err}"));
            let unanswered =
                load.messages.iter().filter(|m| !measure.replies.contains_key(m)).count();
            let repeated = measure.replies.values().filter(|&&count| count > 1).count();
            if unanswered + repeated > 0 {
                println!(
                    "round {round}, {state}: {unanswered} updates unanswered, {repeated} \
                     answered twice"
                );
            }
            print_row(&format!("{round} {state}"), &measure);
            measured.push(measure);
        }
    }
    for (state, measured) in states.iter().zip(&measures) {
        let median = |key: &dyn Fn(&end_to_end::Measure) -> f64| {
            let mut values: Vec<f64> = measured.iter().map(key).collect();
            values.sort_by(f64::total_cmp);
            (values[values.len() / 2], values[0], values[values.len() - 1])
        };
        let rate = median(&end_to_end::Measure::per_second);
        let cpu = median(&end_to_end::Measure::cpu_ms_per_update);
        let rss = median(&|m| m.bot_peak_rss_kib as f64 / 1024.0);
        let server = median(&|m| m.server_cpu.as_secs_f64());
        let wall = median(&|m| m.wall.as_secs_f64());
        let p50 = median(&|m| m.latency_ms(0.5));
        let p99 = median(&|m| m.latency_ms(0.99));
        println!(
            "{:>14} | {:>10.0} | {:>10.2} | {:>12.3} | {:>14.1} | {:>16.2} | {:>7.1} ms | {:>7.1} ms",
            format!("median {state}"),
            rate.0,
            wall.0,
            cpu.0,
            rss.0,
            server.0,
            p50.0,
            p99.0
        );
        println!(
            "{:>14} | {:>10} | {:>10} | {:>12} | {:>14} | {:>16} | {:>10} | {:>10}",
            format!("range {state}"),
            format!("{:.0}-{:.0}", rate.1, rate.2),
            format!("{:.2}-{:.2}", wall.1, wall.2),
            format!("{:.3}-{:.3}", cpu.1, cpu.2),
            format!("{:.1}-{:.1}", rss.1, rss.2),
            format!("{:.2}-{:.2}", server.1, server.2),
            format!("{:.0}-{:.0}", p50.1, p50.2),
            format!("{:.0}-{:.0}", p99.1, p99.2),
        );
    }
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let load_average = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load_average: Vec<&str> = load_average.split_whitespace().take(3).collect();
    println!("{cores} cores, load average {}", load_average.join(" "));
}

fn print_row(label: &str, measure: &end_to_end::Measure) {
    println!(
        "{:>14} | {:>10.0} | {:>10.2} | {:>12.3} | {:>14.1} | {:>16.2} | {:>7.1} ms | {:>7.1} ms",
        label,
        measure.per_second(),
        measure.wall.as_secs_f64(),
        measure.cpu_ms_per_update(),
        measure.bot_peak_rss_kib as f64 / 1024.0,
        measure.server_cpu.as_secs_f64(),
        measure.latency_ms(0.5),
        measure.latency_ms(0.99),
    );
}

/// A positive number from the environment variable `name`, or `default`.
fn env_number(name: &str, default: usize) -> usize {
    match std::env::var(name) {
        Ok(text) => text
            .trim()
            .parse()
            .ok()
            .filter(|&n| n > 0)
            .unwrap_or_else(|| panic!("{name}={text:?} is not a positive number")),
        Err(_) => default,
    }
}
