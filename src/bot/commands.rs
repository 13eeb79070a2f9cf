//! The bot's commands: those every reader sees in Telegram's menu, and the administrators'
//! ones, which are never registered.

use std::collections::HashSet;
use std::sync::Arc;

use teloxide::types::{BotCommand, UserId};

use crate::conversation::Say;
use teloxide::utils::command::BotCommands;

/// The commands to register in Telegram's menu, described in `say`'s language: those of the
/// conversation, which parses them from text itself (see
/// [`crate::conversation::Request::from_message`]), so the console and the bot read them alike.
pub fn bot_commands(say: Say<'_>) -> Vec<BotCommand> {
    crate::conversation::COMMANDS
        .iter()
        .map(|name| BotCommand::new(*name, say.plain(&format!("command_{name}"), &[])))
        .collect()
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
/// [`super::schema`]. Empty by default: nobody.
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
