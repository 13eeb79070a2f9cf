//! Sending a reply: HTML, buttons, and retries of what is worth retrying.

use teloxide::prelude::*;
use teloxide::types::{
    InlineKeyboardButton, InlineKeyboardMarkup, MessageId, ParseMode, ReplyParameters,
};

use super::retry::{self, Retry};
use super::Api;
use crate::conversation::reply::{self, Reply};

pub(super) fn keyboard(rows: &[Vec<reply::Button>]) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(rows.iter().map(|row| {
        row.iter()
            .map(|button| {
                InlineKeyboardButton::callback(button.label.clone(), button.action.encode())
            })
            .collect::<Vec<_>>()
    }))
}

/// Sends a reply in HTML, as a reply to `reply_to` when given. A 429 waits as long as Telegram
/// asks; a timeout, dropped connection, 5xx or garbled answer is retried with bounded backoff
/// (see [`retry`]). A refusal (400, 403 bot blocked, chat not found) is returned at once, for
/// the dispatcher's error handler to log once: repeating it cannot change it.
pub(super) async fn send_reply<R: Api>(
    bot: &R,
    chat: ChatId,
    reply_to: Option<MessageId>,
    reply: Reply,
) -> ResponseResult<()> {
    let mut attempt = 1;
    loop {
        let mut request = bot.send_message(chat, reply.html.clone()).parse_mode(ParseMode::Html);
        if let Some(id) = reply_to {
            request =
                request.reply_parameters(ReplyParameters::new(id).allow_sending_without_reply());
        }
        if !reply.buttons.is_empty() {
            request = request.reply_markup(keyboard(&reply.buttons));
        }
        let err = match request.await {
            Ok(_) => return Ok(()),
            Err(err) => err,
        };
        let wait = match retry::classify(&err) {
            _ if attempt >= retry::MAX_ATTEMPTS => {
                log::error!("sendMessage failed {attempt} times, giving up on this reply");
                return Err(err);
            }
            Retry::Never => return Err(err),
            Retry::After(wait) => wait,
            Retry::Backoff => retry::backoff(attempt),
        };
        log::warn!(
            "sendMessage failed (attempt {attempt} of {}), retrying in {} ms: {err}",
            retry::MAX_ATTEMPTS,
            wait.as_millis()
        );
        tokio::time::sleep(wait).await;
        attempt += 1;
    }
}
