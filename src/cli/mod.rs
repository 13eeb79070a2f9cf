//! The command line: offline questions (`ask`), knowledge checks (`check`), and the bot (`run`).
//!
//! Commands read and write through the `Read`/`Write` they are given, so tests can drive them
//! without a terminal. Everything about answering lives in the library; this is presentation.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::bot::webhook::WebhookConfig;
use crate::conversation::{Responder, Say};
use crate::eval;
use crate::explain::explanation;
use crate::knowledge::{Knowledge, KnowledgeError, Language};
use crate::matcher::{MatchConfig, Matcher, MIN_SCORE};
use crate::unanswered::UnansweredLog;

mod ask;
mod check;
mod evaluate;
mod gaps;
mod run;

pub use ask::{ask, plain_reply, JsonAnswer};
pub use check::check;
pub use evaluate::evaluate;
pub use gaps::gaps;
use run::run_bot;

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
    /// sample questions the matcher answers with another entry, near-duplicate entries, and
    /// entries or strings without a Russian or Chinese translation.
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
    /// Where state that outlives a message lives (conversation context, flood-control windows,
    /// answered updates): `memory` in this process, or a Redis URL
    /// (`redis://[:PASSWORD@]HOST:PORT/DB`) shared by every replica, so that they behave as one
    /// bot.
    #[arg(
        long,
        env = "STATE_URL",
        value_name = "memory|URL",
        default_value = "memory",
        hide_env_values = true
    )]
    pub state: crate::bot::StateConfig,
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

/// A language on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// Russian.
    Ru,
    /// Chinese (Simplified).
    Zh,
}

impl From<LangArg> for crate::knowledge::Language {
    fn from(lang: LangArg) -> Self {
        match lang {
            LangArg::En => crate::knowledge::Language::En,
            LangArg::Ru => crate::knowledge::Language::Ru,
            LangArg::Zh => crate::knowledge::Language::Zh,
        }
    }
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
    /// "view_of", "quote", "score", "alternatives": [{"id", "title", "score"}], "verdict",
    /// "intent", "language"}.
    #[arg(long, conflicts_with = "explain")]
    pub json: bool,
    /// Show why: the question's terms (stems, synonyms, typo matches, weights) and the scores
    /// of the best entries against the decline threshold.
    #[arg(long)]
    pub explain: bool,
    /// Decline answers scoring below this (0 to 1); the default is tuned on the test questions.
    #[arg(long, value_name = "SCORE", default_value_t = MIN_SCORE, value_parser = parse_score)]
    pub min_score: f64,
    /// Answer in this language whatever the question is written in (by default, the
    /// question's script decides: Cyrillic is Russian, Chinese characters Chinese).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<LangArg>,
    /// Read the lines as the turns of one conversation (an empty line starts the next), so
    /// follow-ups ("why?", "what did he say?") are resolved in context; JSON lines then also
    /// hold "context", the entry a turn was resolved against.
    #[arg(long)]
    pub conversation: bool,
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
            let responder = Responder::new(Matcher::new(knowledge, config));
            ask(&responder, &args, stdin.lock(), &mut stdout.lock(), &mut io::stderr())
        }
        Some(Command::Chat) => {
            use std::io::IsTerminal;
            let responder = Responder::new(Matcher::new(knowledge, MatchConfig::DEFAULT));
            let interactive = stdin.is_terminal() && io::stdout().is_terminal();
            crate::console::run(&responder, stdin.lock(), &mut stdout.lock(), interactive)
        }
        Some(Command::Gaps(args)) => {
            let matcher = Matcher::new(knowledge, MatchConfig::DEFAULT);
            return gaps(&matcher, &args, &mut stdout.lock(), &mut io::stderr());
        }
        Some(Command::Check(args)) => {
            let source = describe_source(&cli);
            // The built-in base was built from the source tree's knowledge/.
            let dir = cli.knowledge.clone().unwrap_or_else(|| PathBuf::from("knowledge"));
            let matcher = Matcher::new(knowledge, MatchConfig::DEFAULT);
            return check(&matcher, &source, &dir, args.strict, &mut stdout.lock());
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

fn parse_score(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(score) if (0.0..=1.0).contains(&score) => Ok(score),
        _ => Err(format!("{text:?} is not a score between 0 and 1")),
    }
}

fn load_knowledge(cli: &Cli) -> Result<Knowledge, KnowledgeError> {
    match &cli.knowledge {
        Some(dir) => Knowledge::load_dir(dir),
        // `check` reads the built-in files from their text, as from a directory: the start-up
        // path takes the synonym groups build.rs parsed without checking them again, so a term
        // in two groups would pass unnoticed.
        None if matches!(cli.command, Some(Command::Check(_))) => {
            Knowledge::parse(&crate::knowledge::embedded_sources())
        }
        None => Knowledge::embedded(),
    }
}

fn describe_source(cli: &Cli) -> String {
    match &cli.knowledge {
        Some(dir) => dir.display().to_string(),
        None => "the built-in knowledge base".to_owned(),
    }
}

/// Explains, with no subcommand and no token, how to start the bot and how to ask offline, and
/// shows one offline answer so a first run proves the offline mode works.
fn welcome(matcher: &Matcher, out: &mut impl Write) -> io::Result<()> {
    let example = "What is the article about?";
    let ranking = matcher.ask(example);
    let reply = Say::new(matcher.knowledge(), Language::En).question_reply(example, &ranking);
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
        plain_reply(&reply)
    )
}
