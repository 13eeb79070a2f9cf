//! Benchmarks of the answer engine on the shipped knowledge base: answering questions of three
//! sizes and hostile input ("ask"), a conversation's turn in each language and a follow-up
//! against the same question on its own ("respond"), and building the matcher and the
//! knowledge base ("build").
//!
//! Run with `cargo bench --bench matcher`.

use std::hint::black_box;

// The allocator the bot runs with: its index and each turn allocate many small strings, for
// which mimalloc takes a fraction of glibc's instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use article_qa_bot::conversation::{Request, Responder, State};
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

/// One turn of a conversation, through the same core as the bot: the same question in English,
/// Russian and Chinese; and follow-ups, each after the question that gives it its context,
/// beside a standalone question of the same length.
fn respond(c: &mut Criterion) {
    let responder = Responder::new(Matcher::new(knowledge(), MatchConfig::DEFAULT));
    let now = 1_000_000;
    let mut group = c.benchmark_group("respond");
    let languages = [
        ("en", "What did Dmitri Trenin say about friendship with China?"),
        ("ru", "Что Дмитрий Тренин сказал о дружбе с Китаем?"),
        ("zh", "特列宁对与中国的友谊说了什么？"),
    ];
    for (name, question) in languages {
        let request = Request::from_message(question, None);
        group.bench_function(BenchmarkId::new("language", name), |b| {
            b.iter(|| responder.respond(&mut State::default(), black_box(&request), None, now))
        });
    }
    let turns = [
        ("standalone", None, "and lavrov on nato?"),
        ("and-who", Some("What did Medvedev say in 2008 about NATO?"), "and lavrov?"),
        ("pronoun", Some("who is dmitri trenin"), "what did he say about the west?"),
        ("why", Some("who is dmitri trenin"), "why?"),
    ];
    for (name, context, question) in turns {
        // The context is set up once; each iteration answers from a copy of it.
        let mut state = State::default();
        if let Some(context) = context {
            responder.respond(&mut state, &Request::from_message(context, None), None, now);
        }
        let request = Request::from_message(question, None);
        group.bench_function(BenchmarkId::new("turn", name), |b| {
            b.iter_batched(
                || state.clone(),
                |mut state| responder.respond(&mut state, black_box(&request), None, now + 60).kind,
                BatchSize::SmallInput,
            )
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

criterion_group!(benches, ask, respond, build);
criterion_main!(benches);
