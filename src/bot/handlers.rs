//! The endpoints of the handler tree: each turns an update into a [`Request`], asks the
//! conversation's [`Responder`] (see [`crate::conversation`]) and sends the reply. What to
//! answer is decided there, not here, so the `chat` console answers the same.

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use teloxide::prelude::*;
use teloxide::types::{
    ChatAction, InlineQueryResult, InlineQueryResultArticle, InputMessageContent,
    InputMessageContentText, Me, MessageId, ParseMode,
};

use super::commands::{AdminCommand, Admins};
use super::live::LiveKnowledge;
use super::send::send_reply;
use super::{Api, Contexts, Unanswered};
use crate::conversation::reply::{self, Action};
use crate::conversation::{ReplyKind, Request, Responder, Say, EXAMPLE_ENTRIES};
use crate::knowledge::Language;
use crate::matcher::Verdict;
use crate::unanswered::{Record, UnansweredLog};

/// If an answer is not ready this soon, the reader sees "typing…" while they wait.
const TYPING_DELAY: Duration = Duration::from_millis(400);
/// How long Telegram may cache inline results for the same query: answers only change when the
/// knowledge base does.
const INLINE_CACHE_SECONDS: u32 = 300;

pub(super) async fn on_admin_command<R: Api>(
    bot: R,
    msg: Message,
    command: AdminCommand,
    live: Arc<LiveKnowledge>,
    admins: Admins,
) -> ResponseResult<()> {
    let from_admin = msg.from.as_ref().is_some_and(|user| admins.contains(user.id));
    let responder = live.current();
    let say = Say::new(responder.knowledge(), reader_language(&msg));
    let reply = match command {
        AdminCommand::Reload if !from_admin => {
            log::info!("/reload refused: not from an administrator");
            say.not_allowed()
        }
        AdminCommand::Reload => match live.reload().await {
            Ok(entries) => {
                log::info!("/reload: reloaded the knowledge base, {entries} entries");
                say.reloaded(entries)
            }
            Err(err) => {
                log::error!("/reload: {err}");
                say.reload_failed(&err.to_string())
            }
        },
    };
    send_reply(&bot, msg.chat.id, Some(msg.id), reply).await
}

/// A text message: a command or a question. In groups, only commands and what is addressed to
/// the bot (a mention, or a reply to it) are for the bot.
pub(super) async fn on_text<R: Api>(
    bot: R,
    msg: Message,
    me: Me,
    responder: Arc<Responder>,
    contexts: Contexts,
    unanswered: Unanswered,
) -> ResponseResult<()> {
    let Some(text) = msg.text() else { return Ok(()) };
    let request = match Request::from_message(text, Some(me.username())) {
        Request::Text(_) if !msg.chat.is_private() => match addressed_question(&msg, text, &me) {
            Some(question) => Request::Text(question),
            None => return Ok(()),
        },
        // A command for another bot in a group is that bot's.
        Request::UnknownCommand(_) if !msg.chat.is_private() => return Ok(()),
        request => request,
    };
    let key = conversation_key(&msg);
    let fallback = reader_language(&msg);
    let to = (msg.chat.id, Some(msg.id), fallback);
    respond(bot, to, request, key, responder, contexts, unanswered).await
}

/// Where a conversation's context is kept: a private chat is one conversation; in a group, each
/// member has their own, so two readers' follow-ups do not mix.
fn conversation_key(msg: &Message) -> String {
    match (msg.chat.is_private(), &msg.from) {
        (false, Some(user)) => format!("{}:{}", msg.chat.id.0, user.id.0),
        _ => msg.chat.id.0.to_string(),
    }
}

/// Asks the responder with the conversation's context, sends the reply, and keeps the new
/// context. The reader sees "typing…" if it takes a moment.
#[allow(clippy::too_many_arguments)]
async fn respond<R: Api>(
    bot: R,
    (chat, reply_to, fallback): (ChatId, Option<MessageId>, Language),
    request: Request,
    key: String,
    responder: Arc<Responder>,
    contexts: Contexts,
    unanswered: Unanswered,
) -> ResponseResult<()> {
    let started = Instant::now();
    let mut state = contexts.0.load_context(&key).await;
    let work = {
        tokio::task::spawn_blocking(move || {
            let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
            let response = responder.respond(&mut state, &request, Some(fallback), now);
            if let (Some(log), Some(question)) = (&unanswered, request.question()) {
                log_unanswered(log, question, &response, responder.matcher().config().min_score);
            }
            let summary = match (&response.kind, response.entry, &response.ranking) {
                (ReplyKind::SmallTalk, _, _) => {
                    format!("small talk ({})", response.intent.unwrap_or("?"))
                }
                (_, Some(entry), Some(ranking)) => {
                    format!("{} (score {:.2})", entry.id, ranking.score())
                }
                (_, Some(entry), None) => entry.id.clone(),
                (kind, None, Some(ranking)) => {
                    format!("{} (score {:.2})", kind.as_str(), ranking.score())
                }
                (kind, None, None) => kind.as_str().to_owned(),
            };
            let summary = match response.context {
                Some(context) => format!("{summary}, follow-up of {context}"),
                None => summary,
            };
            (response.reply, summary, state)
        })
    };
    tokio::pin!(work);
    let joined = match tokio::time::timeout(TYPING_DELAY, &mut work).await {
        Ok(joined) => joined,
        Err(_) => {
            if let Err(err) = bot.send_chat_action(chat, ChatAction::Typing).await {
                log::debug!("typing action failed: {err}");
            }
            work.await
        }
    };
    let (reply, summary, state) = match joined {
        Ok(done) => done,
        Err(err) => {
            log::error!("answering failed: {err}");
            return Ok(());
        }
    };
    contexts.0.save_context(&key, &state).await;
    log::info!("request -> {summary} in {} us", started.elapsed().as_micros());
    send_reply(&bot, chat, reply_to, reply).await
}

/// Whether the bot answers `msg`: in a private chat, any text or content but service messages;
/// in a group, commands and text addressed to the bot (a mention, or a reply to it). Flood
/// control counts exactly these.
pub(super) fn wants_reply(msg: &Message, me: &Me) -> bool {
    match msg.text() {
        Some(_) if msg.chat.is_private() => true,
        Some(text) => text.starts_with('/') || addressed_question(msg, text, me).is_some(),
        None => msg.chat.is_private() && is_content(msg),
    }
}

/// Whether `msg` carries content a reader sent (a sticker, a photo, ...), as opposed to a
/// service message (members joining, a pin).
fn is_content(msg: &Message) -> bool {
    msg.sticker().is_some()
        || msg.photo().is_some()
        || msg.voice().is_some()
        || msg.audio().is_some()
        || msg.video().is_some()
        || msg.video_note().is_some()
        || msg.animation().is_some()
        || msg.document().is_some()
        || msg.location().is_some()
        || msg.venue().is_some()
        || msg.contact().is_some()
        || msg.poll().is_some()
        || msg.dice().is_some()
}

/// In a group, returns the question if the message mentions the bot or replies to it, with the
/// mention removed.
fn addressed_question(msg: &Message, text: &str, me: &Me) -> Option<String> {
    if let Some((start, end)) = find_mention(text, me.username()) {
        return Some(format!("{} {}", &text[..start], &text[end..]).trim().to_owned());
    }
    let replies_to_bot = msg
        .reply_to_message()
        .and_then(|replied| replied.from.as_ref())
        .is_some_and(|user| user.id == me.id);
    replies_to_bot.then(|| text.to_owned())
}

/// Finds `@username` in `text`, ignoring case, as a whole mention: not followed by a letter,
/// digit or `_` (so `@bot2` is not `@bot`). Returns its byte range. Usernames are ASCII, so the
/// comparison runs on the original text and never on a lower-cased copy whose byte offsets may
/// differ.
fn find_mention(text: &str, username: &str) -> Option<(usize, usize)> {
    let mention_len = username.len() + 1;
    text.match_indices('@').find_map(|(at, _)| {
        let candidate = text.get(at + 1..at + mention_len)?;
        let after = text[at + mention_len..].chars().next();
        let whole = !after.is_some_and(|c| c.is_alphanumeric() || c == '_');
        (candidate.eq_ignore_ascii_case(username) && whole).then_some((at, at + mention_len))
    })
}

pub(super) async fn on_other_message<R: Api>(
    bot: R,
    msg: Message,
    responder: Arc<Responder>,
) -> ResponseResult<()> {
    // Service messages (members joining, pins) and group chatter are not for the bot.
    if !is_content(&msg) || !msg.chat.is_private() {
        return Ok(());
    }
    let reply = Say::new(responder.knowledge(), reader_language(&msg)).not_text();
    send_reply(&bot, msg.chat.id, Some(msg.id), reply).await
}

/// The reader's app language (Telegram's `language_code`), for replies with no text of theirs
/// to judge by; English when it is missing or not one of ours.
pub(super) fn reader_language(msg: &Message) -> Language {
    language_of(msg.from.as_ref())
}

/// The language of `user`'s app, or English.
pub(super) fn language_of(user: Option<&teloxide::types::User>) -> Language {
    user.and_then(|user| user.language_code.as_deref())
        .and_then(Language::from_code)
        .unwrap_or(Language::En)
}

/// Appends a declined or uncertain question to the log: only the question, the time and the
/// candidates, never who asked. A failure is logged and the reader still gets the answer.
fn log_unanswered(
    log: &UnansweredLog,
    question: &str,
    response: &crate::conversation::Response<'_>,
    min_score: f64,
) {
    let Some(record) =
        Record::for_response(question, response, min_score, std::time::SystemTime::now())
    else {
        return;
    };
    if let Err(err) = log.append(&record) {
        log::warn!("cannot write to the unanswered-questions log {}: {err}", log.path().display());
    }
}

/// A button press: answered like any request, in the conversation of the chat it was pressed
/// in, so a related-question button sets the context too.
pub(super) async fn on_callback<R: Api>(
    bot: R,
    query: CallbackQuery,
    responder: Arc<Responder>,
    contexts: Contexts,
) -> ResponseResult<()> {
    let action = query.data.as_deref().and_then(Action::decode);
    let chat = query.message.as_ref().map(|message| message.chat().id);
    // Always answer the callback, so the button stops spinning, even if the rest fails.
    let say = Say::new(responder.knowledge(), language_of(Some(&query.from)));
    let notice = match (&action, chat) {
        (None, _) => Some(say.plain("button_expired", &[])),
        (Some(_), None) => Some(say.plain("open_a_chat", &[])),
        _ => None,
    };
    let mut answer = bot.answer_callback_query(query.id.clone());
    if let Some(text) = notice {
        answer = answer.text(text);
    }
    if let Err(err) = answer.await {
        log::warn!("answerCallbackQuery failed: {err}");
    }
    let (Some(action), Some(chat)) = (action, chat) else { return Ok(()) };
    let key = match chat.is_user() {
        true => chat.0.to_string(),
        false => format!("{}:{}", chat.0, query.from.id.0),
    };
    let fallback = language_of(Some(&query.from));
    let to = (chat, None, fallback);
    respond(bot, to, Request::Button(action), key, responder, contexts, None).await
}

pub(super) async fn on_inline_query<R: Api>(
    bot: R,
    query: InlineQuery,
    responder: Arc<Responder>,
) -> ResponseResult<()> {
    let matcher = responder.matcher();
    let knowledge = matcher.knowledge();
    let text = query.query.trim();
    let language = Language::of_text(text).unwrap_or_else(|| language_of(Some(&query.from)));
    let say = Say::new(knowledge, language);
    let entries: Vec<&crate::knowledge::Entry> = match text.is_empty() {
        true => EXAMPLE_ENTRIES.iter().filter_map(|id| knowledge.entry(id)).collect(),
        false => {
            let ranking = matcher.ask(text);
            match ranking.verdict {
                Verdict::Declined => Vec::new(),
                Verdict::Answered | Verdict::Ambiguous => ranking
                    .ranked
                    .iter()
                    .filter(|hit| hit.score >= matcher.config().min_score)
                    .map(|hit| hit.entry)
                    .collect(),
            }
        }
    };
    let results: Vec<InlineQueryResult> = entries
        .iter()
        .map(|entry| {
            let content =
                InputMessageContentText::new(say.answer_html(entry)).parse_mode(ParseMode::Html);
            InlineQueryResultArticle::new(
                entry.id.clone(),
                entry.title_in(language),
                InputMessageContent::Text(content),
            )
            .description(reply::cut(entry.answer_in(language), 120))
            .into()
        })
        .collect();
    log::info!("inline query of {} chars -> {} results", text.chars().count(), results.len());
    if let Err(err) =
        bot.answer_inline_query(query.id, results).cache_time(INLINE_CACHE_SECONDS).await
    {
        log::warn!("answerInlineQuery failed: {err}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::find_mention;

    #[test]
    fn finds_whole_mentions_only() {
        assert_eq!(find_mention("hi @My_Bot who?", "my_bot"), Some((3, 10)));
        assert_eq!(find_mention("@my_bot2 who?", "my_bot"), None);
        // İ is two bytes in UTF-8, and three once lower-cased: offsets come from the original.
        assert_eq!(find_mention("İİİ who @my_bot", "my_bot"), Some((11, 18)));
        assert_eq!(find_mention("no mention", "my_bot"), None);
        assert_eq!(find_mention("trailing @", "my_bot"), None);
    }
}
