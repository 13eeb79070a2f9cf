//! The bot's commands: those every reader sees in Telegram's menu and in /help, and the
//! administrators' ones, which are never registered.

use std::collections::HashSet;
use std::sync::Arc;

use teloxide::types::UserId;
use teloxide::utils::command::BotCommands;

/// The commands, shown in Telegram's menu and in /help.
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase", description = "Commands:")]
pub enum Command {
    /// What this bot is, with example questions.
    Start(String),
    /// How to ask, and the commands.
    Help,
    /// Everything I can answer, by topic.
    Topics,
    /// The article, and how answers are grounded in it.
    About,
    /// A random question about the article.
    Random,
    /// Ask a question (in groups: /ask your question).
    Ask(String),
}

/// Commands for the bot's administrators ([`Admins`]). Not in the command menu or /help: the
/// bot never registers them.
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum AdminCommand {
    /// Reload the knowledge base from its directory, as SIGHUP does.
    Reload,
}

/// The Telegram users who may send [`AdminCommand`]s (`--admin-id`), a dependency of
/// [`schema`]. Empty by default: nobody.
#[derive(Clone, Debug, Default)]
pub struct Admins(Arc<HashSet<UserId>>);

impl Admins {
    /// The users with these ids.
    pub fn new(ids: impl IntoIterator<Item = u64>) -> Admins {
        Admins(Arc::new(ids.into_iter().map(UserId).collect()))
    }

    /// Whether `user` is one of them.
    pub fn contains(&self, user: UserId) -> bool {
        self.0.contains(&user)
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
