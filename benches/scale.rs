//! How the matcher's cost grows with the knowledge base: synthetic knowledge bases of 100 to
//! 100,000 entries (see `article_qa_bot::synthetic`), asked questions that hit an entry, hit one
//! with typos, miss, and nearly miss (off topic, but with one of the commonest words). Criterion
//! measures each; a table of medians follows, with index build times and, up to 10,000 entries,
//! the reference path that scores every entry (`Matcher::ask_exhaustive`) for comparison.
//!
//! Run with `cargo bench --bench scale`. `SCALE_SIZES=100,1000` limits the sizes.

use std::hint::black_box;
use std::time::{Duration, Instant};

use article_qa_bot::knowledge::Knowledge;
use article_qa_bot::matcher::{MatchConfig, Matcher};
use article_qa_bot::synthetic::{generate, Synthetic};
use criterion::{BenchmarkId, Criterion};

const SEED: u64 = 2026;
const DEFAULT_SIZES: &[usize] = &[100, 1_000, 10_000, 100_000];
/// The reference path compares every unknown word with every known word: past this size it
/// takes seconds a question and shows nothing new.
const LARGEST_EXHAUSTIVE: usize = 10_000;

fn sizes() -> Vec<usize> {
    match std::env::var("SCALE_SIZES") {
        Ok(list) => list.split(',').filter_map(|n| n.trim().parse().ok()).collect(),
        Err(_) => DEFAULT_SIZES.to_vec(),
    }
}

fn synthetic(entries: usize) -> Synthetic {
    let shipped = Knowledge::embedded().expect("the embedded knowledge base is valid");
    let article: Vec<&str> = shipped.article.blocks.iter().map(|b| b.text.as_str()).collect();
    generate(entries, SEED, &article.join("\n\n"), shipped.synonyms.clone())
}

/// Median time of one call of `ask` over `questions`, each asked in turn, `rounds` times.
fn median_per_question(questions: &[String], rounds: usize, ask: impl Fn(&str)) -> Duration {
    let times = times_per_question(questions, rounds, ask);
    times[times.len() / 2]
}

/// Every question time, sorted.
fn times_per_question(questions: &[String], rounds: usize, ask: impl Fn(&str)) -> Vec<Duration> {
    let mut times: Vec<Duration> = Vec::with_capacity(questions.len() * rounds);
    for _ in 0..rounds {
        for question in questions {
            let started = Instant::now();
            ask(black_box(question));
            times.push(started.elapsed());
        }
    }
    times.sort_unstable();
    times
}

/// The shipped knowledge base, asked every question of the project's test sets: median and
/// 99th percentile per question.
fn shipped_percentiles() -> (usize, Duration, Duration) {
    let matcher = Matcher::new(Knowledge::embedded().expect("valid"), MatchConfig::DEFAULT);
    let mut questions = Vec::new();
    for file in ["questions.jsonl", "holdout.jsonl"] {
        let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).expect("test questions");
        let cases = article_qa_bot::eval::parse_cases(&text).expect("valid question file");
        questions.extend(cases.into_iter().map(|case| case.question));
    }
    let times = times_per_question(&questions, 20, |q| drop(matcher.ask(q)));
    (questions.len(), times[times.len() / 2], times[times.len() * 99 / 100])
}

fn micros(duration: Duration) -> String {
    format!("{:.1}", duration.as_secs_f64() * 1e6)
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    let mut table = Vec::new();
    for entries in sizes() {
        let synthetic = synthetic(entries);
        let started = Instant::now();
        let matcher = Matcher::new(synthetic.knowledge.clone(), MatchConfig::DEFAULT);
        let build = started.elapsed();
        let kinds = [
            ("hit", &synthetic.hits),
            ("typo", &synthetic.typos),
            ("miss", &synthetic.misses),
            ("near-miss", &synthetic.near_misses),
        ];

        let mut group = criterion.benchmark_group(format!("scale/{entries}"));
        for (kind, questions) in kinds {
            group.bench_with_input(BenchmarkId::from_parameter(kind), questions, |b, questions| {
                let mut next = questions.iter().cycle();
                b.iter(|| matcher.ask(black_box(next.next().expect("questions"))))
            });
        }
        group.finish();

        let mut row = vec![entries.to_string(), format!("{:.0}", build.as_secs_f64() * 1e3)];
        for (_, questions) in kinds {
            row.push(micros(median_per_question(questions, 50, |q| drop(matcher.ask(q)))));
        }
        for (_, questions) in kinds {
            row.push(match entries <= LARGEST_EXHAUSTIVE {
                true => {
                    micros(median_per_question(questions, 1, |q| drop(matcher.ask_exhaustive(q))))
                }
                false => "-".to_owned(),
            });
        }
        table.push(row);
    }
    criterion.final_summary();

    let (count, median, p99) = shipped_percentiles();
    println!(
        "\nShipped knowledge base, {count} test questions x 20: median {} us, p99 {} us a question",
        micros(median),
        micros(p99)
    );

    println!("\nMedian time per question (microseconds) against knowledge-base size");
    println!("| entries | index build (ms) | hit | typo | miss | near-miss | reference: hit | typo | miss | near-miss |");
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for row in table {
        println!("| {} |", row.join(" | "));
    }
}
