//! `run`: the bot's options, checked, and starting it.

use std::path::PathBuf;
use std::process::ExitCode;

use super::*;

impl RunArgs {
    /// The options as the environment gives them, for running with no subcommand. Invalid
    /// values (such as a TELOXIDE_API_URL that is not a URL) are errors, as they are for `run`:
    /// ignoring the URL would send the token to the default server instead.
    pub(super) fn from_env() -> Result<RunArgs, String> {
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
            state: self.state.clone(),
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
pub(super) fn run_bot(
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
