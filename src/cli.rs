//! The command line: offline questions (`ask`), knowledge checks (`check`), and the bot (`run`).
//!
//! Commands read and write through the `Read`/`Write` they are given, so tests can drive them
//! without a terminal. Everything about answering lives in the library; this is presentation.

use std::io::{self, BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use serde::Serialize;

use crate::bot::webhook::WebhookConfig;
use crate::eval;
use crate::explain::explanation;
use crate::knowledge::{Knowledge, KnowledgeError};
use crate::matcher::{Answer, MatchConfig, Matcher, Verdict, MIN_SCORE};
use crate::unanswered::UnansweredLog;

/// Answers questions about "Good China-Russia Relations Are Here to Stay" (The Diplomat), with
/// verbatim quotes: as a Telegram bot, or offline on the command line.
#[derive(Debug, Parser)]
#[command(name = "article-qa-bot", version, after_help = AFTER_HELP)]
pub struct Cli {
    /// Load the knowledge base from this directory instead of the one built into the binary.
    #[arg(long, global = true, env = "KNOWLEDGE_DIR", value_name = "DIR")]
    pub knowledge: Option<PathBuf>,
    /// What to do; with none, runs the bot if TELOXIDE_TOKEN is set, or explains how to start.
    #[command(subcommand)]
    pub command: Option<Command>,
}

const AFTER_HELP: &str = "Examples:
  article-qa-bot ask \"Who is Dmitri Trenin?\"
  printf 'what is the sco\\nnato enlargment\\n' | article-qa-bot ask --json
  article-qa-bot check --knowledge ./knowledge
  article-qa-bot chat
  article-qa-bot gaps unanswered.jsonl unanswered.jsonl.1";

/// The subcommands.
// One value per process, parsed once: boxing the large `run` options would save nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the Telegram bot (long polling, or webhooks with --webhook-url). Needs
    /// TELOXIDE_TOKEN, from @BotFather.
    Run(RunArgs),
    /// Answer questions offline, without Telegram.
    ///
    /// With a question as arguments, answers it. With none, reads questions from standard
    /// input, one per line, and answers each in order.
    Ask(AskArgs),
    /// Evaluate answers on a file of test questions (JSON lines).
    ///
    /// Each line is {"q": "...", "expect": "ENTRY-ID"} ({"expect": null}: must be declined), or
    /// {"q": "...", "kind": "in"|"out", "anchors": ["..."]}: an answer is right when its quote
    /// contains an anchor.
    Eval(EvalArgs),
    /// Talk to the bot in the terminal: a test console on the same engine and replies.
    ///
    /// Type a question to see the reply as the bot would send it, buttons as a numbered list;
    /// type a number to press a button. :explain turns explanations on and off, :help lists the
    /// commands, :quit (or the end of input) leaves. Works on a terminal and in a pipe.
    Chat,
    /// Group the questions in an unanswered-questions log (see `run --log-unanswered`).
    ///
    /// Similar questions (sharing normalised keywords) form a group; groups are listed most
    /// frequent first, each with example questions and the closest existing entry, so a
    /// curator sees what to add next. Give FILE.1 too to include the rotated log.
    Gaps(GapsArgs),
    /// Validate a knowledge base, and warn about what curators may want to fix.
    ///
    /// Errors (exit 1, every problem listed with file, line and entry): anything that stops the
    /// knowledge base loading, such as a quote not in the article. Warnings (exit 0, or 1 with
    /// --strict): parts of the article no entry quotes, names in the article no entry mentions,
    /// sample questions the matcher answers with another entry, and near-duplicate entries.
    Check(CheckArgs),
}

/// Options of `run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Use another Bot API server, such as a local telegram-bot-api.
    #[arg(long, env = "TELOXIDE_API_URL", value_name = "URL")]
    pub api_url: Option<reqwest::Url>,
    /// Run in Telegram's test environment (for bots made with a test-server account).
    #[arg(long, env = "TELEGRAM_TEST_ENV", value_parser = clap::builder::FalseyValueParser::new())]
    pub test_env: bool,
    /// Append declined and low-confidence questions to this file as JSON lines (time, question,
    /// nearest entries and scores; never who asked). Off unless given.
    #[arg(long, env = "LOG_UNANSWERED", value_name = "FILE")]
    pub log_unanswered: Option<PathBuf>,
    /// Rotate the unanswered log to FILE.1 when it would grow past this many bytes.
    #[arg(long, env = "LOG_UNANSWERED_MAX_BYTES", value_name = "BYTES",
          default_value_t = crate::unanswered::DEFAULT_MAX_BYTES,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub log_max_bytes: u64,
    /// Flood control: questions one chat may ask per --flood-window. The first question over
    /// the limit gets one "slow down" reply at once; later ones are dropped unanswered until the
    /// window passes. Other chats are never held up. 0 turns flood control off.
    #[arg(long, env = "FLOOD_LIMIT", value_name = "N", default_value_t = crate::flood::DEFAULT_LIMIT)]
    pub flood_limit: u32,
    /// The flood-control window, in seconds (0 turns flood control off).
    #[arg(long, env = "FLOOD_WINDOW", value_name = "SECS", default_value_t = crate::flood::DEFAULT_WINDOW.as_secs())]
    pub flood_window: u64,
    /// A Telegram user id allowed to send /reload, which reloads --knowledge as SIGHUP does.
    /// Repeat it, or separate ids with commas. Find yours with @userinfobot.
    #[arg(long = "admin-id", env = "ADMIN_IDS", value_name = "ID", value_delimiter = ',')]
    pub admin_ids: Vec<u64>,
    /// How long one getUpdates call waits for news (long polling), in seconds.
    #[arg(long, env = "POLL_TIMEOUT", value_name = "SECS",
          default_value_t = crate::bot::DEFAULT_POLL_TIMEOUT.as_secs(),
          value_parser = clap::value_parser!(u64).range(0..=600))]
    pub poll_timeout: u64,
    /// How long any other Bot API call may take before it is retried, in seconds.
    #[arg(long, env = "REQUEST_TIMEOUT", value_name = "SECS",
          default_value_t = crate::bot::DEFAULT_REQUEST_TIMEOUT.as_secs(),
          value_parser = clap::value_parser!(u64).range(1..=600))]
    pub request_timeout: u64,
    /// Receive updates by webhook at this public URL instead of long polling, so several
    /// replicas can run behind a load balancer. Must be https:// (http:// only on a loopback
    /// host); Telegram delivers only to ports 443, 80, 88 and 8443.
    #[arg(long, env = "WEBHOOK_URL", value_name = "URL")]
    pub webhook_url: Option<reqwest::Url>,
    /// The local address (IP:PORT) the webhook server listens on; only with --webhook-url.
    /// [default: 0.0.0.0:8443]
    #[arg(long, env = "WEBHOOK_LISTEN", value_name = "ADDR")]
    pub listen: Option<std::net::SocketAddr>,
    /// The secret Telegram sends with every webhook update, the same on every replica: 1-256
    /// characters of A-Z, a-z, 0-9, _ and -. Required with --webhook-url.
    #[arg(long, env = "WEBHOOK_SECRET", value_name = "SECRET", hide_env_values = true)]
    pub webhook_secret: Option<crate::bot::webhook::Secret>,
    /// Keep Telegram's rate limits on replies: about 30 messages a second overall, one a
    /// second per chat, 20 a minute per group (teloxide's Throttle).
    #[arg(long, env = "THROTTLE", value_name = "on|off", default_value = "on")]
    pub throttle: Throttle,
    /// How long a stop (SIGINT, SIGTERM) waits for the updates being answered, in seconds.
    /// What is still unanswered then is not confirmed to Telegram, which sends it again.
    #[arg(long, env = "STOP_TIMEOUT", value_name = "SECS",
          default_value_t = crate::bot::DEFAULT_STOP_TIMEOUT.as_secs(),
          value_parser = clap::value_parser!(u64).range(0..=3600))]
    pub stop_timeout: u64,
}

/// Whether replies keep Telegram's rate limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Throttle {
    /// Keep them (the default).
    On,
    /// Send every reply at once: for benchmarks and test servers only, since Telegram answers
    /// a bot over its limits with 429s.
    Off,
}

/// `run`'s options alone, to read them from the environment when no subcommand is given.
#[derive(Parser)]
#[command(name = "article-qa-bot")]
struct RunFromEnv {
    #[command(flatten)]
    args: RunArgs,
}

/// Options of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Exit with 1 when there are warnings too, not only errors (for CI).
    #[arg(long)]
    pub strict: bool,
}

/// Options of `gaps`.
#[derive(Debug, Args)]
pub struct GapsArgs {
    /// Unanswered-questions logs (JSON lines, as `run --log-unanswered` writes them).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Print the groups as one JSON array.
    #[arg(long)]
    pub json: bool,
    /// Show at most this many groups.
    #[arg(long, value_name = "N", default_value_t = 20,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: u32,
}

/// Options of `eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The test questions.
    pub file: PathBuf,
    /// Print the figures as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Exit with 1 when in-scope accuracy is below this (0 to 1).
    #[arg(long, value_name = "X", value_parser = parse_score)]
    pub min_accuracy: Option<f64>,
}

/// Options of `ask`.
#[derive(Debug, Args)]
pub struct AskArgs {
    /// Write one JSON object per question: {"question", "answered", "id", "title", "answer",
    /// "quote", "score", "alternatives": [{"id", "title", "score"}]}.
    #[arg(long, conflicts_with = "explain")]
    pub json: bool,
    /// Show why: the question's terms (stems, synonyms, typo matches, weights) and the scores
    /// of the best entries against the decline threshold.
    #[arg(long)]
    pub explain: bool,
    /// Decline answers scoring below this (0 to 1); the default is tuned on the test questions.
    #[arg(long, value_name = "SCORE", default_value_t = MIN_SCORE, value_parser = parse_score)]
    pub min_score: f64,
    /// The question; words are joined with spaces. Omit it to read questions from stdin.
    pub question: Vec<String>,
}

/// The environment variable holding the bot token.
pub const TOKEN_VAR: &str = "TELOXIDE_TOKEN";
/// The environment variable holding the webhook secret.
const WEBHOOK_SECRET_VAR: &str = "WEBHOOK_SECRET";

/// Runs the command line with the process's arguments, environment and standard streams.
pub fn main() -> ExitCode {
    let mut cli = Cli::parse();
    let token =
        std::env::var(TOKEN_VAR).ok().map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
    // Before anything that takes time: from here on SIGHUP, SIGINT and SIGTERM cannot kill a
    // bot that is still starting (see bot::signals).
    let runs_bot =
        matches!(cli.command, Some(Command::Run(_))) || (cli.command.is_none() && token.is_some());
    let signals = match runs_bot.then(crate::bot::signals::Signals::install).transpose() {
        Ok(signals) => signals,
        Err(err) => {
            eprintln!("error: cannot install the signal handlers: {err}");
            return ExitCode::from(1);
        }
    };
    let webhook_secret = match &cli.command {
        Some(Command::Run(args)) => args.webhook_secret.as_ref().map(|s| s.expose().to_owned()),
        _ => std::env::var(WEBHOOK_SECRET_VAR).ok(),
    };
    crate::logging::init(&[
        token.as_deref().unwrap_or(""),
        webhook_secret.as_deref().unwrap_or(""),
    ]);
    // The knowledge base is checked before anything talks to Telegram.
    let knowledge = match load_knowledge(&cli) {
        Ok(knowledge) => knowledge,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::from(1);
        }
    };
    let stdout = io::stdout();
    let stdin = io::stdin();
    let result = match cli.command.take() {
        Some(Command::Ask(args)) => {
            let config = MatchConfig { min_score: args.min_score, ..MatchConfig::DEFAULT };
            let matcher = Matcher::new(knowledge, config);
            ask(&matcher, &args, stdin.lock(), &mut stdout.lock(), &mut io::stderr())
        }
        Some(Command::Chat) => {
            use std::io::IsTerminal;
            let matcher = Matcher::new(knowledge, MatchConfig::DEFAULT);
            let interactive = stdin.is_terminal() && io::stdout().is_terminal();
            crate::console::run(&matcher, stdin.lock(), &mut stdout.lock(), interactive)
        }
        Some(Command::Gaps(args)) => {
            let matcher = Matcher::new(knowledge, MatchConfig::DEFAULT);
            return gaps(&matcher, &args, &mut stdout.lock(), &mut io::stderr());
        }
        Some(Command::Check(args)) => {
            let source = describe_source(&cli);
            let matcher = Matcher::new(knowledge, MatchConfig::DEFAULT);
            return check(&matcher, &source, args.strict, &mut stdout.lock());
        }
        Some(Command::Run(args)) => {
            return run_bot(
                token,
                args,
                knowledge,
                cli.knowledge,
                signals.unwrap_or_else(crate::bot::signals::Signals::detached),
            )
        }
        Some(Command::Eval(args)) => {
            let matcher = Matcher::new(knowledge, MatchConfig::DEFAULT);
            return evaluate(&matcher, &args, &mut stdout.lock());
        }
        None if token.is_some() => match RunArgs::from_env() {
            Ok(args) => {
                return run_bot(
                    token,
                    args,
                    knowledge,
                    cli.knowledge,
                    signals.unwrap_or_else(crate::bot::signals::Signals::detached),
                )
            }
            Err(err) => {
                eprintln!("error: {err}");
                return ExitCode::from(2);
            }
        },
        None => {
            let matcher = Matcher::new(knowledge, MatchConfig::DEFAULT);
            welcome(&matcher, &mut io::stdout())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(1)
        }
    }
}

impl RunArgs {
    /// The options as the environment gives them, for running with no subcommand. Invalid
    /// values (such as a TELOXIDE_API_URL that is not a URL) are errors, as they are for `run`:
    /// ignoring the URL would send the token to the default server instead.
    fn from_env() -> Result<RunArgs, String> {
        RunFromEnv::try_parse_from(["article-qa-bot"])
            .map(|parsed| parsed.args)
            .map_err(|err| err.to_string().trim_start_matches("error: ").trim_end().to_owned())
    }

    /// The bot's configuration: these options and `token`.
    pub fn config(&self, token: String) -> crate::bot::RunConfig {
        crate::bot::RunConfig {
            api_url: self.api_url.clone(),
            test_env: self.test_env,
            flood_limit: self.flood_limit,
            flood_window: std::time::Duration::from_secs(self.flood_window),
            poll_timeout: std::time::Duration::from_secs(self.poll_timeout),
            request_timeout: std::time::Duration::from_secs(self.request_timeout),
            throttle: self.throttle == Throttle::On,
            admin_ids: self.admin_ids.clone(),
            stop_timeout: std::time::Duration::from_secs(self.stop_timeout),
            ..crate::bot::RunConfig::new(token)
        }
    }

    /// The webhook options, checked; `None` for long polling. The listen address or the secret
    /// without a URL is an error, not ignored: a replica that lost its WEBHOOK_URL would
    /// otherwise start polling, which deletes the webhook every other replica depends on.
    fn webhook(&self) -> Result<Option<WebhookConfig>, String> {
        let Some(url) = &self.webhook_url else {
            if self.listen.is_some() || self.webhook_secret.is_some() {
                return Err("--listen (WEBHOOK_LISTEN) and --webhook-secret (WEBHOOK_SECRET) \
                            only apply to webhook mode: set --webhook-url (WEBHOOK_URL) too, \
                            or unset them to use long polling"
                    .to_owned());
            }
            return Ok(None);
        };
        WebhookConfig::new(url.clone(), self.listen, self.webhook_secret.clone())
            .map(Some)
            .map_err(|err| err.to_string())
    }
}

/// Runs the bot; exit code 2 without a token, 1 when the bot cannot run.
fn run_bot(
    token: Option<String>,
    args: RunArgs,
    knowledge: Knowledge,
    knowledge_dir: Option<PathBuf>,
    signals: crate::bot::signals::Signals,
) -> ExitCode {
    let Some(token) = token else {
        eprintln!(
            "error: no bot token. Set {TOKEN_VAR} to the token @BotFather gives you (/newbot), then run again:\n  \
             {TOKEN_VAR}=<token> article-qa-bot run\n\
             To ask questions offline instead, without Telegram:\n  article-qa-bot ask \"Who is Dmitri Trenin?\""
        );
        return ExitCode::from(2);
    };
    // Checked before anything else starts, like the token.
    let webhook = match args.webhook() {
        Ok(webhook) => webhook,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::from(2);
        }
    };
    let unanswered = match &args.log_unanswered {
        Some(path) => match UnansweredLog::open(path, args.log_max_bytes) {
            Ok(log) => {
                log::info!(
                    "logging unanswered questions (no user or chat identity) to {}",
                    path.display()
                );
                Some(std::sync::Arc::new(log))
            }
            Err(err) => {
                eprintln!(
                    "error: cannot open the unanswered-questions log {}: {err}",
                    path.display()
                );
                return ExitCode::from(1);
            }
        },
        None => None,
    };
    let matcher = Matcher::new(knowledge, MatchConfig::DEFAULT);
    let config = crate::bot::RunConfig { knowledge_dir, unanswered, webhook, ..args.config(token) };
    // Questions are matched on tokio's blocking threads, and matching is CPU-bound: more threads
    // than cores only add memory (a stack and a malloc arena each) and context switches, and
    // under a burst tokio would start one per waiting question, up to 512. One spare, so that a
    // slow blocking call (a DNS lookup for a new connection) cannot hold up all matching.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(cores + 1)
        .build();
    let runtime = match runtime {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(crate::bot::run(config, matcher, signals)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            log::error!("{err}");
            eprintln!("error: {err}");
            ExitCode::from(1)
        }
    }
}

fn parse_score(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(score) if (0.0..=1.0).contains(&score) => Ok(score),
        _ => Err(format!("{text:?} is not a score between 0 and 1")),
    }
}

fn load_knowledge(cli: &Cli) -> Result<Knowledge, KnowledgeError> {
    match &cli.knowledge {
        Some(dir) => Knowledge::load_dir(dir),
        None => Knowledge::embedded(),
    }
}

fn describe_source(cli: &Cli) -> String {
    match &cli.knowledge {
        Some(dir) => dir.display().to_string(),
        None => "the built-in knowledge base".to_owned(),
    }
}

/// Answers the question in `args`, or every line of `input`, writing to `out`. Problems with a
/// line (invalid UTF-8) are reported on `err` and the line is still answered.
pub fn ask(
    matcher: &Matcher,
    args: &AskArgs,
    mut input: impl BufRead,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<()> {
    let answer_one = |question: &str, out: &mut dyn Write| -> io::Result<()> {
        let answer = matcher.ask(question);
        if args.json {
            serde_json::to_writer(&mut *out, &JsonAnswer::new(question, &answer))?;
            writeln!(out)?;
        } else {
            writeln!(out, "{}", plain_reply(matcher.knowledge(), question, &answer))?;
            if args.explain {
                writeln!(out, "{}", explanation(matcher, question, &answer))?;
            }
        }
        out.flush()
    };
    if !args.question.is_empty() {
        return answer_one(&args.question.join(" "), out);
    }
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        number += 1;
        while matches!(line.last(), Some(b'\n' | b'\r')) {
            line.pop();
        }
        let question = match std::str::from_utf8(&line) {
            Ok(text) => text.to_owned(),
            Err(_) => {
                writeln!(
                    err,
                    "warning: line {number} is not valid UTF-8; invalid bytes were replaced"
                )?;
                String::from_utf8_lossy(&line).into_owned()
            }
        };
        answer_one(&question, out)?;
    }
}

/// One line of `ask --json` output; the field order is part of the format.
#[derive(Debug, Serialize)]
pub struct JsonAnswer<'a> {
    question: &'a str,
    answered: bool,
    id: Option<&'a str>,
    title: Option<&'a str>,
    answer: Option<&'a str>,
    /// Whose view the answer reports, when it is someone's.
    view_of: Option<&'a str>,
    quote: Option<&'a str>,
    score: f64,
    alternatives: Vec<JsonAlternative<'a>>,
}

/// A runner-up in `ask --json` output.
#[derive(Debug, Serialize)]
pub struct JsonAlternative<'a> {
    id: &'a str,
    title: &'a str,
    score: f64,
}

impl<'a> JsonAnswer<'a> {
    /// Builds the record for a question and the matcher's answer. When the question is declined,
    /// `alternatives` lists the nearest entries, which the article covers instead.
    pub fn new(question: &'a str, answer: &'a Answer<'a>) -> Self {
        let best = answer.best();
        let alternatives = match best {
            Some(_) => answer.runners_up(),
            None => &answer.ranked[..],
        };
        JsonAnswer {
            question,
            answered: best.is_some(),
            id: best.map(|hit| hit.entry.id.as_str()),
            title: best.map(|hit| hit.entry.title.as_str()),
            answer: best.map(|hit| hit.entry.answer.as_str()),
            view_of: best.and_then(|hit| hit.entry.view_of.as_deref()),
            quote: best.map(|hit| hit.entry.quote.as_str()),
            score: round_score(answer.score()),
            alternatives: alternatives
                .iter()
                .map(|hit| JsonAlternative {
                    id: &hit.entry.id,
                    title: &hit.entry.title,
                    score: round_score(hit.score),
                })
                .collect(),
        }
    }
}

/// Questions suggested after a decline: enough to show the range, few enough to read.
const SUGGESTIONS: usize = 3;

/// Rounds a score to 4 decimals: more digits are noise to a reader and to a diff.
fn round_score(score: f64) -> f64 {
    (score * 10_000.0).round() / 10_000.0
}

/// Renders an answer as plain text for a terminal.
pub fn plain_reply(knowledge: &Knowledge, question: &str, answer: &Answer<'_>) -> String {
    let mut text = String::new();
    match answer.best() {
        Some(hit) => {
            let entry = hit.entry;
            text.push_str(&format!("{}  (score {:.2})\n", entry.title, hit.score));
            if let Some(view) = &entry.view_of {
                text.push_str(&format!("View of: {view}\n"));
            }
            text.push_str(&format!("{}\n\n", entry.answer));
            text.push_str(&format!("  \u{201C}{}\u{201D}\n", entry.quote));
            text.push_str(&format!(
                "  \u{2014} {}, {} ({})\n",
                knowledge.article.title,
                knowledge.source_of(entry),
                knowledge.article.publication
            ));
            if answer.verdict == Verdict::Ambiguous {
                text.push_str("\nNot sure that is what you meant. Did you mean:\n");
                for other in answer.runners_up().iter().take(2) {
                    text.push_str(&format!(
                        "  - {}  (ask: {})\n",
                        other.entry.title, other.entry.questions[0]
                    ));
                }
            }
            let related: Vec<&str> = entry
                .related
                .iter()
                .filter_map(|id| knowledge.entry(id))
                .map(|related| related.questions[0].as_str())
                .collect();
            if !related.is_empty() {
                text.push_str(&format!("\nRelated: {}\n", related.join(" | ")));
            }
        }
        None => {
            let shown = question.trim();
            match shown.is_empty() {
                true => text.push_str("That was an empty question.\n"),
                false => text.push_str("The article does not answer that.\n"),
            }
            text.push_str(&format!("It covers: {}.\n", knowledge.topics().join(", ")));
            text.push_str("You could ask:\n");
            let nearest = answer.ranked.iter().map(|hit| hit.entry);
            for entry in knowledge.pick(nearest, SUGGESTIONS) {
                text.push_str(&format!("  - {}\n", entry.questions[0]));
            }
        }
    }
    text
}

/// Runs `eval`: prints the figures, the misses and a threshold suggestion; returns the exit code.
pub fn evaluate(matcher: &Matcher, args: &EvalArgs, out: &mut impl Write) -> ExitCode {
    let text = match std::fs::read_to_string(&args.file) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("error: cannot read {}: {err}", args.file.display());
            return ExitCode::from(1);
        }
    };
    let cases = match eval::parse_cases(&text) {
        Ok(cases) if !cases.is_empty() => cases,
        Ok(_) => {
            eprintln!("error: {} has no questions", args.file.display());
            return ExitCode::from(1);
        }
        Err(err) => {
            eprintln!("error: {}: {err}", args.file.display());
            return ExitCode::from(1);
        }
    };
    let outcomes = eval::run(matcher, &cases);
    let figures = eval::figures(&outcomes, None);
    let (threshold, at_threshold) = eval::best_threshold(&outcomes);
    let report = match args.json {
        true => {
            let value = serde_json::json!({
                "figures": figures,
                "best_threshold": threshold,
                "figures_at_best_threshold": at_threshold,
            });
            format!("{value}\n")
        }
        false => eval_report(matcher, &outcomes, &figures, threshold, &at_threshold),
    };
    if out.write_all(report.as_bytes()).is_err() {
        return ExitCode::from(1);
    }
    match args.min_accuracy {
        Some(min) if figures.in_accuracy < min => {
            eprintln!(
                "in-scope accuracy {:.3} is below the required {min:.3}",
                figures.in_accuracy
            );
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}

fn eval_report(
    matcher: &Matcher,
    outcomes: &[eval::Outcome],
    figures: &eval::Figures,
    threshold: f64,
    at_threshold: &eval::Figures,
) -> String {
    use std::collections::BTreeMap;
    let mut text = String::new();
    let mut confusions: BTreeMap<(String, String), usize> = BTreeMap::new();
    text.push_str("Misses (question -> got / expected):\n");
    for o in outcomes.iter().filter(|o| !o.is_right()) {
        let got = o.answered.as_deref().unwrap_or("(declined)");
        let expected = match &o.expect {
            eval::Expectation::Entry(id) => id.clone(),
            eval::Expectation::Decline => "(decline)".to_owned(),
            eval::Expectation::Anchors(anchors) => match o.right_entries.as_slice() {
                [] => format!("a quote with {:?} (no entry has one)", anchors[0]),
                ids => ids.join(" or "),
            },
        };
        text.push_str(&format!("  {:.3}  {:?} -> {got} / {expected}\n", o.score, o.question));
        // A wrong answer confuses the entry given with the one expected (the first, when
        // several entries quote an anchor).
        if let (Some(got), Some(right)) = (&o.answered, o.right_entries.first()) {
            let pair = if got < right {
                (got.clone(), right.clone())
            } else {
                (right.clone(), got.clone())
            };
            *confusions.entry(pair).or_default() += 1;
        }
    }
    let mut pairs: Vec<_> = confusions.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if !pairs.is_empty() {
        text.push_str("Entries most often confused:\n");
        for ((a, b), count) in pairs.iter().take(10) {
            text.push_str(&format!("  {count} x  {a} <-> {b}\n"));
        }
    }
    let scores = |right: bool| -> String {
        let picked: Vec<f64> = outcomes
            .iter()
            .filter(|o| o.answered.is_some() && o.in_scope() && o.top_is_right == right)
            .map(|o| o.score)
            .collect();
        match eval::percentiles(picked) {
            Some([p10, p50, p90]) => format!("p10 {p10:.3}, median {p50:.3}, p90 {p90:.3}"),
            None => "none".to_owned(),
        }
    };
    text.push_str(&format!("Scores of right answers: {}\n", scores(true)));
    text.push_str(&format!("Scores of wrong answers: {}\n", scores(false)));
    text.push_str(&format!(
        "In scope: {:.1}% right, {:.1}% wrong answers, {:.1}% declined; best-ranked entry right \
         {:.1}%. Out of scope: {:.1}% declined. Overall {:.1}% handled rightly.\n",
        figures.in_accuracy * 100.0,
        figures.in_wrong_rate * 100.0,
        figures.in_declined_rate * 100.0,
        figures.top1_ranked * 100.0,
        figures.out_decline_rate * 100.0,
        figures.overall * 100.0,
    ));
    // The same line as score.py prints for `ask --json` output, to compare at a glance.
    text.push_str(&format!(
        "n_in={} n_out={} in_accuracy={:.3} in_wrong_rate={:.3} in_declined_rate={:.3} top1_quote_accuracy={:.3} out_decline_rate={:.3} overall={:.3} quote_p95_chars={}\n",
        figures.n_in,
        figures.n_out,
        figures.in_accuracy,
        figures.in_wrong_rate,
        figures.in_declined_rate,
        figures.top1_quote_accuracy,
        figures.out_decline_rate,
        figures.overall,
        figures.quote_p95_chars
    ));
    text.push_str(&format!(
        "Decline threshold now {:.3}; best on this file {threshold:.3} (overall {:.3}, in_accuracy {:.3}, out_decline_rate {:.3}).\n",
        matcher.config().min_score,
        at_threshold.overall,
        at_threshold.in_accuracy,
        at_threshold.out_decline_rate
    ));
    text
}

/// Runs `gaps`: reads the logs, groups their questions and prints the groups; returns the exit
/// code. Lines that are not records are skipped with a warning naming them.
pub fn gaps(
    matcher: &Matcher,
    args: &GapsArgs,
    out: &mut impl Write,
    err: &mut impl Write,
) -> ExitCode {
    let mut records = Vec::new();
    for file in &args.files {
        let text = match std::fs::read(file) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(error) => {
                let _ = writeln!(err, "error: cannot read {}: {error}", file.display());
                return ExitCode::from(1);
            }
        };
        let (mut read, bad) = crate::unanswered::parse_log(&text);
        if !bad.is_empty() {
            let lines: Vec<String> = bad.iter().take(10).map(usize::to_string).collect();
            let more = if bad.len() > 10 { ", ..." } else { "" };
            let _ = writeln!(
                err,
                "warning: {}: skipped {} line{} that {} not a logged question (line {}{more})",
                file.display(),
                bad.len(),
                if bad.len() == 1 { "" } else { "s" },
                if bad.len() == 1 { "is" } else { "are" },
                lines.join(", ")
            );
        }
        records.append(&mut read);
    }
    let mut groups = crate::unanswered::group(matcher, records.iter().map(|r| r.question.as_str()));
    let total = groups.len();
    groups.truncate(args.limit as usize);
    let text = match args.json {
        true => format!("{}\n", serde_json::json!(groups)),
        false => crate::unanswered::report(&groups, records.len(), total),
    };
    match out.write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(1),
    }
}

/// Reports on a knowledge base that loaded (so it is valid): its size, then the warnings, each
/// with what to do about it. Returns the exit code: 0, or 1 with `strict` when there are
/// warnings.
pub fn check(matcher: &Matcher, source: &str, strict: bool, out: &mut impl Write) -> ExitCode {
    let knowledge = matcher.knowledge();
    let questions: usize = knowledge.entries.iter().map(|entry| entry.questions.len()).sum();
    let blocks = knowledge.article.blocks.len();
    let mut warnings = 0;
    let mut report = format!(
        "{source}: valid. {} entries, {questions} sample questions, {} synonym groups; \
         every quote is verbatim in the article.\n",
        knowledge.entries.len(),
        knowledge.synonyms.len()
    );

    let unquoted = knowledge.unquoted_blocks();
    let lines = unquoted.iter().map(|&(block, ref part)| {
        let preview: String = knowledge.article.blocks[block].text.chars().take(70).collect();
        format!("{part}: {preview}...")
    });
    warnings += section(
        &mut report,
        lines.collect(),
        &format!("Coverage: all {blocks} parts of the article are quoted."),
        |n| format!("{} of {blocks} parts of the article are quoted; no entry quotes:", blocks - n),
    );

    let unquoted = knowledge.unquoted_sentences();
    let lines = unquoted.iter().map(|sentence| {
        let partly = match sentence.partly_quoted_by.as_slice() {
            [] => String::new(),
            ids => format!(" (partly quoted by {})", ids.join(", ")),
        };
        format!("{}: {:?}{partly}", sentence.part, sentence.text)
    });
    let min_words = crate::knowledge::MIN_SENTENCE_WORDS;
    warnings += section(
        &mut report,
        lines.collect(),
        &format!("Sentences: every sentence of {min_words} words or more is quoted whole."),
        |n| {
            format!(
                "{n} sentence{} of {min_words} words or more no entry quotes whole; extend the \
                 quote that answers about {} to the full sentence, or add an entry:",
                if n == 1 { "" } else { "s" },
                if n == 1 { "it" } else { "each" },
            )
        },
    );

    let names = knowledge.unmentioned_names();
    let lines = names.iter().map(|name| format!("{} ({})", name.name, name.part));
    warnings += section(
        &mut report,
        lines.collect(),
        "Names: every name in the article is mentioned by an entry.",
        |n| {
            format!(
                "{n} name{} in the article no entry mentions (title, keywords or sample \
                 questions); add an entry or a keyword:",
                if n == 1 { "" } else { "s" }
            )
        },
    );

    let claims = knowledge.unsupported_claims();
    let describe = |claim: &crate::knowledge::UnsupportedClaim<'_>| {
        let what = match claim.check {
            crate::knowledge::FaithfulnessCheck::Name => "names",
            crate::knowledge::FaithfulnessCheck::Number => "names the number",
            crate::knowledge::FaithfulnessCheck::YesNo => "opens with a bare",
        };
        format!("{}: {} {what} {:?}", claim.entry.id, claim.field, claim.what)
    };
    let lines = claims.iter().filter(|claim| claim.excused.is_none()).map(describe);
    warnings += section(
        &mut report,
        lines.collect(),
        "Faithfulness: no answer or title names a name or number the article lacks, or opens \
         with a bare Yes or No.",
        |n| {
            format!(
                "{n} claim{} the article cannot back (a name or number it does not contain, or a \
                 bare Yes/No opener, which readers take as the article's verdict). Reword, or \
                 add an exception with the reason (exceptions = [{{ check = \"name\" | \
                 \"number\" | \"yes-no\", reason = \"...\" }}]):",
                if n == 1 { "" } else { "s" }
            )
        },
    );
    for claim in claims.iter().filter(|claim| claim.excused.is_some()) {
        report.push_str(&format!(
            "  (excepted) {}: {}\n",
            describe(claim),
            claim.excused.unwrap_or_default()
        ));
    }

    let lines = matcher.misrouted_questions().into_iter().map(|m| {
        let own = match m.own_score {
            Some(score) => format!("{score:.3}"),
            None => "not ranked".to_owned(),
        };
        let how = if m.offered { "; a did-you-mean tie" } else { "" };
        format!(
            "{}: {:?} -> {} ({:.3}; own entry {own}{how})",
            m.entry.id, m.question, m.answered_by.id, m.score
        )
    });
    warnings += section(
        &mut report,
        lines.collect(),
        "Sample questions: each is answered by its own entry.",
        |n| {
            let one = n == 1;
            format!(
                "{n} sample question{} answered by another entry, so asking {} does not give \
                 {} own entry. For each: reword it, move it to the entry it matches, or sharpen \
                 the keywords:",
                if one { " is" } else { "s are" },
                if one { "it" } else { "them" },
                if one { "its" } else { "their" },
            )
        },
    );

    let similarity = crate::matcher::NEAR_DUPLICATE_SIMILARITY;
    let lines = matcher
        .near_duplicates(similarity)
        .into_iter()
        .map(|pair| format!("{} <-> {} ({:.3})", pair.first.id, pair.second.id, pair.similarity));
    warnings += section(&mut report, lines.collect(), "Near-duplicates: none.", |n| {
        format!(
            "{n} pair{} of near-duplicate entries (similarity of their weighted terms at least \
             {similarity:.2}); merge them or make them distinct:",
            if n == 1 { "" } else { "s" }
        )
    });

    report.push_str(&match warnings {
        0 => "No warnings.\n".to_owned(),
        n => format!(
            "{n} warning{}{}.\n",
            if n == 1 { "" } else { "s" },
            if strict { " (--strict: failing)" } else { "" }
        ),
    });
    match (out.write_all(report.as_bytes()), strict && warnings > 0) {
        (Ok(()), false) => ExitCode::SUCCESS,
        _ => ExitCode::from(1),
    }
}

/// One part of `check`'s report: `ok` when there are no `findings`, else a warning headed by
/// `header(count)` and one line each. Returns how many warnings it added.
fn section(
    report: &mut String,
    findings: Vec<String>,
    ok: &str,
    header: impl FnOnce(usize) -> String,
) -> usize {
    if findings.is_empty() {
        report.push_str(ok);
        report.push('\n');
        return 0;
    }
    report.push_str(&format!("warning: {}\n", header(findings.len())));
    for finding in &findings {
        report.push_str(&format!("  - {finding}\n"));
    }
    findings.len()
}

/// Explains, with no subcommand and no token, how to start the bot and how to ask offline, and
/// shows one offline answer so a first run proves the offline mode works.
fn welcome(matcher: &Matcher, out: &mut impl Write) -> io::Result<()> {
    let example = "What is the article about?";
    let answer = matcher.ask(example);
    write!(
        out,
        "article-qa-bot answers questions about \"{}\" ({}).\n\n\
         To run the Telegram bot, get a token from @BotFather and start it with:\n  \
         TELOXIDE_TOKEN=<token> article-qa-bot run\n\n\
         To ask offline, without Telegram or a token:\n  \
         article-qa-bot ask \"Who is Dmitri Trenin?\"\n  \
         article-qa-bot ask --json < questions.txt\n\n\
         For example, asked \"{example}\":\n\n{}\n\
         See article-qa-bot --help for every command.\n",
        matcher.knowledge().article.title,
        matcher.knowledge().article.publication,
        plain_reply(matcher.knowledge(), example, &answer)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::{Block, Part};
    use crate::synthetic::generate;

    /// A small valid knowledge base, then one of each finding `check` warns about.
    #[test]
    fn check_reports_each_kind_of_warning_and_fails_only_when_strict() {
        let mut knowledge =
            generate(3, 1, "Moscow and Beijing trade energy.", Vec::new()).knowledge;
        // Generated bases leave their title block unquoted; quote it, so the base is clean.
        let mut title = knowledge.entries[0].clone();
        title.id = "headline".into();
        title.title = "The headline".into();
        title.questions = vec!["What is the headline?".into()];
        title.keywords = vec![crate::knowledge::Keyword { term: "headline".into(), weight: 1.0 }];
        title.answer = "The headline is one word.".into();
        title.quote = knowledge.article.blocks[0].text.clone();
        title.block = 0;
        knowledge.entries.push(title);
        let clean = Matcher::new(knowledge.clone(), MatchConfig::DEFAULT);
        let mut out = Vec::new();
        let code = check(&clean, "kb", true, &mut out);
        let text = String::from_utf8(out).unwrap();
        assert_eq!(code, ExitCode::SUCCESS, "{text}");
        assert!(text.contains("Coverage: all 4 parts of the article are quoted."), "{text}");
        assert!(text.contains("Near-duplicates: none."), "{text}");
        assert!(text.contains("Sentences: every sentence of 5 words or more is quoted whole."));

        let paragraph = knowledge.article.blocks.len();
        knowledge.article.blocks.push(Block {
            part: Part::Paragraph(paragraph),
            // The first sentence is too short to report; the second is reported.
            text: "Olaf Scholz visited Ottawa. He met the prime minister of Canada.".into(),
        });
        let mut copy = knowledge.entries[0].clone();
        copy.id = "copy".into();
        knowledge.entries.push(copy);
        let flawed = Matcher::new(knowledge, MatchConfig::DEFAULT);

        let mut out = Vec::new();
        assert_eq!(check(&flawed, "kb", false, &mut out), ExitCode::SUCCESS);
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains(
                "warning: 4 of 5 parts of the article are quoted; no entry quotes:\n  - paragraph"
            ),
            "{text}"
        );
        assert!(
            text.contains("Olaf Scholz visited Ottawa. He met the prime minister of Canada....")
        );
        assert!(
            text.contains(&format!(
                "warning: 1 sentence of 5 words or more no entry quotes whole; extend the quote \
                 that answers about it to the full sentence, or add an entry:\n  - paragraph \
                 {paragraph}: \"He met the prime minister of Canada.\"\n"
            )),
            "{text}"
        );
        assert!(text.contains("no entry mentions") && text.contains("  - Olaf Scholz ("), "{text}");
        assert!(text.contains("warning: 1 pair of near-duplicate entries"), "{text}");
        assert!(text.contains("  - e0 <-> copy (1.000)"), "{text}");
        assert_eq!(check(&flawed, "kb", true, &mut Vec::new()), ExitCode::from(1));
    }

    #[test]
    fn admin_ids_may_be_repeated_or_separated_by_commas() {
        let parse = |args: &[&str]| {
            let args = ["article-qa-bot"].iter().chain(args);
            RunFromEnv::try_parse_from(args).map(|parsed| parsed.args.admin_ids)
        };
        assert_eq!(parse(&["--admin-id", "7", "--admin-id", "8,9"]).unwrap(), [7, 8, 9]);
        assert!(parse(&["--admin-id", "@someone"]).is_err(), "ids are numbers");
    }
}
