//! The documentation against the binary it documents: every option of `run` is in the options
//! table of docs/operating.md, with its environment variable, and the table lists no option the
//! binary lacks; the README's quick start is the two commands a fresh machine needs.

#[path = "common/mod.rs"]
mod common;

use std::collections::BTreeSet;

const OPERATING: &str = include_str!("../docs/operating.md");
const README: &str = include_str!("../README.md");

/// The long flags in `text`, as `--word-word`.
fn long_flags(text: &str) -> BTreeSet<String> {
    let mut flags = BTreeSet::new();
    for (start, _) in text.match_indices("--") {
        let rest = &text[start + 2..];
        let name: String =
            rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '-').collect();
        let before = text[..start].chars().last();
        if name.len() > 1 && !name.ends_with('-') && before.is_none_or(|c| !c.is_alphanumeric()) {
            flags.insert(format!("--{name}"));
        }
    }
    flags
}

/// The rows of the options table in docs/operating.md's "Configuration": (flag, variable).
fn documented_options() -> Vec<(String, String)> {
    let section = OPERATING
        .split("## Configuration")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("docs/operating.md has a Configuration section");
    section
        .lines()
        .filter(|line| line.starts_with("| `--"))
        .map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            (cells[1].trim_matches('`').to_owned(), cells[2].trim_matches('`').to_owned())
        })
        .collect()
}

/// The help of option `flag`: from its header line (`  -x, --flag <V>` or `      --flag`) to the
/// next option's.
fn option_help<'h>(help: &'h str, flag: &str) -> &'h str {
    // Option headers are indented by at most 6 spaces; their help text, by more.
    let is_option = |line: &str| {
        let indent = line.len() - line.trim_start().len();
        indent <= 6 && line.trim_start().starts_with('-')
    };
    let is_header =
        |line: &str| is_option(line) && line.trim().split([',', ' ']).any(|word| word == flag);
    let mut start = None;
    let mut offset = 0;
    for line in help.split_inclusive('\n') {
        match start {
            None if is_header(line) => start = Some(offset),
            Some(from) if is_option(line) => {
                return &help[from..offset];
            }
            _ => {}
        }
        offset += line.len();
    }
    start.map_or("", |from| &help[from..])
}

#[test]
fn every_option_of_run_is_documented_once_with_its_variable() {
    let help = common::run(&["run", "--help"], b"");
    assert!(help.status.success(), "run --help failed");
    let help = String::from_utf8_lossy(&help.stdout).into_owned();
    let offered = long_flags(&help);
    assert!(offered.len() >= 15, "too few options found in run --help: {offered:?}");
    let rows = documented_options();
    let documented: BTreeSet<String> = rows.iter().map(|(flag, _)| flag.clone()).collect();
    assert_eq!(rows.len(), documented.len(), "an option is documented twice: {rows:?}");
    let missing: Vec<&String> = offered.difference(&documented).collect();
    let stale: Vec<&String> = documented.difference(&offered).collect();
    assert!(missing.is_empty(), "options of `run` missing from docs/operating.md: {missing:?}");
    assert!(stale.is_empty(), "docs/operating.md documents options `run` lacks: {stale:?}");
    // Each variable documented is the one the help names.
    for (flag, variable) in rows.iter().filter(|(_, variable)| !variable.is_empty()) {
        let block = option_help(&help, flag);
        assert!(
            block.contains(&format!("[env: {variable}")),
            "{flag}: the docs say {variable}, run --help says:\n{block}"
        );
    }
}

#[test]
fn the_readme_starts_with_the_two_commands_and_stays_short() {
    let quick_start = README.split("## Quick start").nth(1).expect("a Quick start section");
    let block = quick_start.split("```").nth(1).expect("a code block in the Quick start");
    assert!(block.contains("cargo run --release"), "{block}");
    assert!(block.contains("cargo test --locked"), "{block}");
    let lines = README.lines().count();
    assert!(lines <= 200, "README.md has {lines} lines: details belong in docs/");
}
