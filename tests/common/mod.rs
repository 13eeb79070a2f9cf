//! Helpers shared by the integration tests: load through the fake Telegram Bot API (the
//! `fake-telegram-api` crate of this workspace) for the end-to-end benchmark (`end_to_end`), a
//! Redis server of a test's own (`redis_server`), the path of the built binary, and disposable
//! copies of the knowledge base.

// Each test crate uses a different part of this module.
#![allow(dead_code)]

pub mod end_to_end;
pub mod redis_server;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The path of the `article-qa-bot` binary Cargo built for these tests.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_article-qa-bot"))
}

/// Runs the binary with `args` and `stdin`, waits for it, and returns what it did. The
/// variables that change what it does (token, knowledge directory, API URL) are removed, so
/// the caller's environment cannot change the outcome.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(bin())
        .args(args)
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("KNOWLEDGE_DIR")
        .env_remove("TELOXIDE_API_URL")
        .env_remove("TELEGRAM_TEST_ENV")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|err| panic!("cannot start {} {args:?}: {err}", bin().display()));
    // Written from another thread: a large input must not block on a full output pipe.
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || std::io::Write::write_all(&mut pipe, &input));
    let output = child.wait_with_output().expect("the binary runs to the end");
    // The binary may exit before reading everything (`--help`); a broken pipe is fine then.
    let _ = writer.join().expect("the stdin writer does not panic");
    output
}

/// The crate's `knowledge/` directory.
pub fn knowledge_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge")
}

/// The text of `knowledge/article.txt`.
pub fn article_text() -> String {
    let path = knowledge_dir().join("article.txt");
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// Written independently of the library's own check, so a bug there cannot hide a made-up quote:
/// every run of whitespace becomes one space (trimmed) and curly quotes ‘’“” become straight.
/// Nothing else is forgiven.
pub fn normalize_quote(text: &str) -> String {
    let straight: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        })
        .collect();
    straight.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A copy of `knowledge/` in a fresh directory under the system's temporary directory, removed
/// when dropped.
pub struct TempKnowledge {
    dir: PathBuf,
}

impl TempKnowledge {
    /// Copies every file of `knowledge/` into a new directory whose name holds `label`, the
    /// process id and a counter, so tests running at the same time never share one.
    pub fn new(label: &str) -> TempKnowledge {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "article-qa-bot-test-{label}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let dir = std::env::temp_dir().join(name);
        // A leftover from an earlier, killed run with the same process id.
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display()));
        let source = knowledge_dir();
        let listing =
            std::fs::read_dir(&source).unwrap_or_else(|err| panic!("{}: {err}", source.display()));
        for item in listing {
            let path = item.expect("a readable directory entry").path();
            if path.is_file() {
                let to = dir.join(path.file_name().expect("a file name"));
                std::fs::copy(&path, &to).unwrap_or_else(|err| {
                    panic!("copy {} to {}: {err}", path.display(), to.display())
                });
            }
        }
        TempKnowledge { dir }
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// The path of a file in the directory.
    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// Rewrites one line of `name`: the first line at or after the line `id = "<id>"` that
    /// starts with `key = `, replaced by `edit(line)`. Returns the changed line's 1-based number.
    pub fn edit_entry_line(
        &self,
        name: &str,
        id: &str,
        key: &str,
        edit: impl FnOnce(&str) -> String,
    ) -> usize {
        let path = self.file(name);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        let id_line = format!("id = \"{id}\"");
        let start = lines
            .iter()
            .position(|line| line.trim() == id_line)
            .unwrap_or_else(|| panic!("no line `{id_line}` in {}", path.display()));
        let prefix = format!("{key} = ");
        let at =
            (start..lines.len()).find(|&i| lines[i].starts_with(&prefix)).unwrap_or_else(|| {
                panic!("no `{prefix}` line after `{id_line}` in {}", path.display())
            });
        lines[at] = edit(&lines[at]);
        std::fs::write(&path, lines.join("\n") + "\n")
            .unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        at + 1
    }

    /// Makes the quote of entry `id` in `entries.toml` one the article does not contain.
    pub fn break_quote(&self, id: &str) {
        self.edit_entry_line("entries.toml", id, "quote", |line| {
            let broken = line.replacen("quote = \"", "quote = \"Made up: ", 1);
            assert_ne!(broken, line, "the quote line is not a basic string: {line}");
            broken
        });
    }
}

impl Drop for TempKnowledge {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
