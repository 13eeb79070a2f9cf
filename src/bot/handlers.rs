//! The endpoints of the handler tree: what each kind of update gets back.

use std::sync::Arc;
use std::time::{Duration, Instant};

use teloxide::prelude::*;
use teloxide::types::{
    ChatAction, InlineQueryResult, InlineQueryResultArticle, InputMessageContent,
    InputMessageContentText, Me, ParseMode,
};
use teloxide::utils::command::BotCommands;

use super::commands::{AdminCommand, Admins, Command};
use super::live::LiveKnowledge;
use super::reply::{self, Action};
use super::send::send_reply;
use super::{Api, Unanswered, EXAMPLE_ENTRIES};
use crate::matcher::{Matcher, Verdict};
use crate::unanswered::{Record, UnansweredLog};

/// If an answer is not ready this soon, the reader sees "typing…" while they wait.
const TYPING_DELAY: Duration = Duration::from_millis(400);
/// How long Telegram may cache inline results for the same query: answers only change when the
/// knowledge base does.
const INLINE_CACHE_SECONDS: u32 = 300;

pub(super) async fn on_command<R: Api>(
    bot: R,
    msg: Message,
    command: Command,
    matcher: Arc<Matcher>,
    unanswered: Unanswered,
) -> ResponseResult<()> {
    let knowledge = matcher.knowledge();
    let reply = match command {
        Command::Start(payload) => match payload.trim() {
            "" => reply::start(knowledge, EXAMPLE_ENTRIES),
            "topics" => reply::topics(knowledge),
            id => match knowledge.entry(id) {
                Some(entry) => reply::entry_reply(knowledge, entry),
                None => reply::unknown_entry(),
            },
        },
        Command::Help => reply::help(&Command::descriptions().to_string()),
        Command::Topics => reply::topics(knowledge),
        Command::About => reply::about(knowledge),
        Command::Random => {
            reply::entry_reply(knowledge, &knowledge.entries[random_index(knowledge.entries.len())])
        }
        Command::Ask(question) if question.trim().is_empty() => reply::empty_ask(),
        Command::Ask(question) => {
            return answer_question(bot, &msg, question, matcher, unanswered).await
        }
    };
    send_reply(&bot, msg.chat.id, Some(msg.id), reply).await
}

pub(super) async fn on_admin_command<R: Api>(
    bot: R,
    msg: Message,
    command: AdminCommand,
    live: Arc<LiveKnowledge>,
    admins: Admins,
) -> ResponseResult<()> {
    let from_admin = msg.from.as_ref().is_some_and(|user| admins.contains(user.id));
    let reply = match command {
        AdminCommand::Reload if !from_admin => {
            log::info!("/reload refused: not from an administrator");
            reply::not_allowed()
        }
        AdminCommand::Reload => match live.reload().await {
            Ok(entries) => {
                log::info!("/reload: reloaded the knowledge base, {entries} entries");
                reply::reloaded(entries)
            }
            Err(err) => {
                log::error!("/reload: {err}");
                reply::reload_failed(&err.to_string())
            }
        },
    };
    send_reply(&bot, msg.chat.id, Some(msg.id), reply).await
}

pub(super) async fn on_text<R: Api>(
    bot: R,
    msg: Message,
    me: Me,
    matcher: Arc<Matcher>,
    unanswered: Unanswered,
) -> ResponseResult<()> {
    let Some(text) = msg.text() else { return Ok(()) };
    let question = match msg.chat.is_private() {
        true => text.to_owned(),
        false => match addressed_question(&msg, text, &me) {
            Some(question) => question,
            // In groups, only what is addressed to the bot is for the bot.
            None => return Ok(()),
        },
    };
    answer_question(bot, &msg, question, matcher, unanswered).await
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

pub(super) async fn on_other_message<R: Api>(bot: R, msg: Message) -> ResponseResult<()> {
    // Service messages (members joining, pins) and group chatter are not for the bot.
    if !is_content(&msg) || !msg.chat.is_private() {
        return Ok(());
    }
    send_reply(&bot, msg.chat.id, Some(msg.id), reply::not_text()).await
}

async fn answer_question<R: Api>(
    bot: R,
    msg: &Message,
    question: String,
    matcher: Arc<Matcher>,
    unanswered: Unanswered,
) -> ResponseResult<()> {
    let started = Instant::now();
    let chars = question.chars().count();
    let work = {
        let matcher = Arc::clone(&matcher);
        tokio::task::spawn_blocking(move || {
            let answer = matcher.ask(&question);
            if let Some(log) = &unanswered {
                log_unanswered(log, &question, &answer, matcher.config().min_score);
            }
            let summary = match answer.best() {
                Some(hit) => format!("{} (score {:.2})", hit.entry.id, hit.score),
                None => format!("declined (score {:.2})", answer.score()),
            };
            let summary = match answer.verdict {
                Verdict::Ambiguous => format!("ambiguous, best {summary}"),
                _ => summary,
            };
            (reply::question_reply(matcher.knowledge(), &question, &answer), summary)
        })
    };
    tokio::pin!(work);
    let joined = match tokio::time::timeout(TYPING_DELAY, &mut work).await {
        Ok(joined) => joined,
        Err(_) => {
            if let Err(err) = bot.send_chat_action(msg.chat.id, ChatAction::Typing).await {
                log::debug!("typing action failed: {err}");
            }
            work.await
        }
    };
    let (reply, summary) = match joined {
        Ok(done) => done,
        Err(err) => {
            log::error!("matching failed: {err}");
            return Ok(());
        }
    };
    log::info!("question of {chars} chars -> {summary} in {} us", started.elapsed().as_micros());
    send_reply(&bot, msg.chat.id, Some(msg.id), reply).await
}

/// Appends a declined or uncertain question to the log: only the question, the time and the
/// candidates, never who asked. A failure is logged and the reader still gets the answer.
fn log_unanswered(
    log: &UnansweredLog,
    question: &str,
    answer: &crate::matcher::Answer<'_>,
    min_score: f64,
) {
    let Some(record) =
        Record::for_answer(question, answer, min_score, std::time::SystemTime::now())
    else {
        return;
    };
    if let Err(err) = log.append(&record) {
        log::warn!("cannot write to the unanswered-questions log {}: {err}", log.path().display());
    }
}

pub(super) async fn on_callback<R: Api>(
    bot: R,
    query: CallbackQuery,
    matcher: Arc<Matcher>,
) -> ResponseResult<()> {
    let knowledge = matcher.knowledge();
    let action = query.data.as_deref().and_then(Action::decode);
    let chat = query.message.as_ref().map(|message| message.chat().id);
    // Always answer the callback, so the button stops spinning, even if the rest fails.
    let notice = match (&action, chat) {
        (None, _) => Some("This button has expired."),
        (Some(_), None) => Some("Open a chat with me to see the answer."),
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
    let reply = match action {
        Action::Answer(id) => match knowledge.entry(&id) {
            Some(entry) => {
                log::info!("button -> {id}");
                reply::entry_reply(knowledge, entry)
            }
            None => reply::unknown_entry(),
        },
        Action::Topic(index, page) => {
            reply::topic_page(knowledge, index, page).unwrap_or_else(reply::unknown_entry)
        }
        Action::Topics(page) => {
            reply::topics_page(knowledge, page).unwrap_or_else(reply::unknown_entry)
        }
        Action::NoneOfThese => reply::none_of_these(),
    };
    send_reply(&bot, chat, None, reply).await
}

pub(super) async fn on_inline_query<R: Api>(
    bot: R,
    query: InlineQuery,
    matcher: Arc<Matcher>,
) -> ResponseResult<()> {
    let knowledge = matcher.knowledge();
    let text = query.query.trim();
    let entries: Vec<&crate::knowledge::Entry> = match text.is_empty() {
        true => EXAMPLE_ENTRIES.iter().filter_map(|id| knowledge.entry(id)).collect(),
        false => {
            let answer = matcher.ask(text);
            match answer.verdict {
                Verdict::Declined => Vec::new(),
                Verdict::Answered | Verdict::Ambiguous => answer
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
            let content = InputMessageContentText::new(reply::answer_html(knowledge, entry))
                .parse_mode(ParseMode::Html);
            InlineQueryResultArticle::new(
                entry.id.clone(),
                entry.title.clone(),
                InputMessageContent::Text(content),
            )
            .description(reply::cut(&entry.answer, 120))
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

/// A random index below `len` (which must be positive), from the standard library's randomly
/// seeded hasher: good enough to pick a question, with no extra crate.
pub(crate) fn random_index(len: usize) -> usize {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(Instant::now().elapsed().as_nanos() as u64);
    (hasher.finish() % len.max(1) as u64) as usize
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
