//! Developer tool: times knowledge loading and index building once, for a quick look without
//! criterion. usage: cargo run --release --example startup [-- KNOWLEDGE_DIR]
//! (the embedded knowledge base, or the directory's files parsed from text, as `--knowledge`)
use std::time::Instant;

// As the bot binary: start-up is measured with the allocator it runs with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use article_qa_bot::knowledge::Knowledge;
use article_qa_bot::matcher::{MatchConfig, Matcher};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let started = Instant::now();
    let knowledge = match std::env::args_os().nth(1) {
        Some(dir) => Knowledge::load_dir(std::path::Path::new(&dir))?,
        None => Knowledge::embedded()?,
    };
    let loaded = started.elapsed();
    let matcher = Matcher::new(knowledge, MatchConfig::DEFAULT);
    let built = started.elapsed() - loaded;
    let asked = Instant::now();
    let ranking = matcher.ask("who is dmitri trenin");
    println!(
        "load+validate {loaded:?}, index {built:?}, first question {:?} -> {:?}",
        asked.elapsed(),
        ranking.best().map(|hit| &hit.entry.id)
    );
    Ok(())
}
