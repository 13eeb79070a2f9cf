//! Benchmarks of the answer engine on the shipped knowledge base: answering questions of three
//! sizes and hostile input ("ask"), and building the matcher and the knowledge base ("build").
//!
//! Run with `cargo bench --bench matcher`.

use std::hint::black_box;

use article_qa_bot::knowledge::{embedded_sources, Knowledge};
use article_qa_bot::matcher::{MatchConfig, Matcher};
use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion};

/// The longest message Telegram delivers, in characters.
const TELEGRAM_MESSAGE_CHARS: usize = 4096;

fn knowledge() -> Knowledge {
    Knowledge::embedded().expect("the embedded knowledge base is valid")
}

/// A maximum-length message made of the article's own text, repeated: every word is known, so
/// the matcher does as much work per character as it can.
fn long_message(knowledge: &Knowledge) -> String {
    let text: Vec<&str> =
        knowledge.article.blocks.iter().map(|block| block.text.as_str()).collect();
    text.join(" ").chars().cycle().take(TELEGRAM_MESSAGE_CHARS).collect()
}

fn ask(c: &mut Criterion) {
    let knowledge = knowledge();
    let long = long_message(&knowledge);
    let matcher = Matcher::new(knowledge, MatchConfig::DEFAULT);
    let inputs = [
        ("keywords", "nato enlargement".to_owned()),
        ("question", "What did Dmitri Trenin say about friendship with China?".to_owned()),
        ("message-4096", long),
        // Hostile input: the cost must stay capped by length, whatever the characters.
        ("words-10000", "nato ".repeat(10_000)),
        ("zero-width-4096", "\u{200B}".repeat(TELEGRAM_MESSAGE_CHARS)),
        ("emoji-4096", "🙂".repeat(TELEGRAM_MESSAGE_CHARS)),
        ("punctuation-4096", "?!.,".repeat(TELEGRAM_MESSAGE_CHARS / 4)),
        (
            "mixed-scripts-4096",
            "Путин 習近平 ترينين nato ".chars().cycle().take(TELEGRAM_MESSAGE_CHARS).collect(),
        ),
    ];
    let mut group = c.benchmark_group("ask");
    for (name, question) in &inputs {
        group.bench_with_input(BenchmarkId::from_parameter(name), question, |b, question| {
            b.iter(|| matcher.ask(black_box(question)))
        });
    }
    group.finish();
}

fn build(c: &mut Criterion) {
    let knowledge = knowledge();
    let mut group = c.benchmark_group("build");
    group.bench_function("matcher-new", |b| {
        // Cloning the knowledge base is setup, not measured.
        b.iter_batched(
            || knowledge.clone(),
            |knowledge| Matcher::new(black_box(knowledge), MatchConfig::DEFAULT),
            BatchSize::SmallInput,
        )
    });
    // The embedded base was parsed by build.rs; a `--knowledge` directory is parsed from text.
    group.bench_function("knowledge-embedded", |b| b.iter(|| black_box(Knowledge::embedded())));
    let sources = embedded_sources();
    group.bench_function("knowledge-from-text", |b| {
        b.iter(|| black_box(Knowledge::parse(black_box(&sources))))
    });
    group.finish();
}

criterion_group!(benches, ask, build);
criterion_main!(benches);
