//! The bot's handler tree (the production [`schema`]) run on single updates against the fake
//! Bot API server (the `fake-telegram-api` crate): what each kind of update gets back, down to
//! parse mode, reply target and button data.

#[path = "../common/mod.rs"]
mod common;

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};

use article_qa_bot::bot::{schema, Admins, Contexts, LiveKnowledge, Unanswered};
use article_qa_bot::conversation::reply::{self, Action, MAX_CALLBACK_BYTES};
use article_qa_bot::conversation::{Say, EXAMPLE_ENTRIES};
use article_qa_bot::knowledge::Language;
use article_qa_bot::knowledge::{Entry, Knowledge};
use article_qa_bot::matcher::{MatchConfig, Matcher};
use article_qa_bot::unanswered::{parse_log, UnansweredLog};
use serde_json::{json, Value};
use teloxide::dptree;
use teloxide::types::{Me, Update};
use teloxide::Bot;

use fake_telegram_api::{self as fake_api, html, Call, FakeApi, BOT_ID, BOT_USERNAME};

/// The id given to the question messages, to check that replies point at them.
const QUESTION_ID: i64 = 4242;
/// The reader's id (and their private chat's).
const READER_ID: i64 = 1001;
/// The group the group tests write in.
const GROUP_ID: i64 = -100_500;

fn knowledge() -> &'static Knowledge {
    static KNOWLEDGE: OnceLock<Knowledge> = OnceLock::new();
    KNOWLEDGE.get_or_init(|| Knowledge::embedded().expect("the embedded knowledge base is valid"))
}

fn matcher() -> Matcher {
    Matcher::new(knowledge().clone(), MatchConfig::DEFAULT)
}

fn entry(id: &str) -> &'static Entry {
    knowledge().entry(id).unwrap_or_else(|| panic!("no entry {id:?}"))
}

/// Escapes like Telegram HTML needs: written here, not taken from the crate under test.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A message a reader sends, being built: text or content, in a private chat or a group.
#[derive(Clone, Debug)]
struct Msg(Value);

impl Msg {
    /// A private text message from the reader.
    fn text(text: &str) -> Msg {
        let mut msg = Msg::content(json!({}));
        msg.0["text"] = json!(text);
        msg
    }

    /// A private message from the reader with `content`'s fields (a sticker, a photo).
    fn content(content: Value) -> Msg {
        let mut message = json!({
            "message_id": QUESTION_ID,
            "date": 1_704_067_200,
            "chat": fake_api::chat(READER_ID),
            "from": fake_api::user(READER_ID),
        });
        for (key, value) in content.as_object().expect("an object") {
            message[key] = value.clone();
        }
        Msg(message)
    }

    /// In the tests' group instead.
    fn in_group(mut self) -> Msg {
        self.0["chat"] = fake_api::chat(GROUP_ID);
        self
    }

    /// From user `id` (named `name`, with `username`), in a private chat with them.
    fn from(mut self, id: i64, name: &str, username: Option<&str>) -> Msg {
        let mut user = json!({ "id": id, "is_bot": false, "first_name": name });
        let mut chat = json!({ "id": id, "type": "private", "first_name": name });
        if let Some(username) = username {
            user["username"] = json!(username);
            chat["username"] = json!(username);
        }
        self.0["from"] = user;
        self.0["chat"] = chat;
        self
    }

    /// With the id `id`.
    fn id(mut self, id: i64) -> Msg {
        self.0["message_id"] = json!(id);
        self
    }

    /// Replying to `replied`.
    fn reply_to(mut self, replied: Msg) -> Msg {
        self.0["reply_to_message"] = replied.0;
        self
    }

    fn update(self) -> Value {
        json!({ "update_id": 1, "message": self.0 })
    }
}

/// A press of a button with `data` under an earlier answer in the reader's private chat.
fn press(data: &str) -> Value {
    fake_api::callback(1, READER_ID, data)
}

/// What the bot sent for one update, from the fake Bot API's record of calls.
#[derive(Debug)]
struct Responses {
    /// sendMessage calls, checked (see [`sent`]).
    sent_messages_text: Vec<Sent>,
    /// Every call that sends something to a chat (messages, stickers, photos...).
    sent_messages: Vec<Call>,
    /// answerCallbackQuery bodies.
    answered_callback_queries: Vec<Value>,
    /// sendChatAction calls.
    sent_chat_actions: Vec<Call>,
}

/// Runs `update` through the bot's handler tree and returns what the bot sent.
async fn dispatch(update: impl Into<Value>) -> Responses {
    dispatch_logging(update, None).await
}

/// Runs `update` through the handler tree with an unanswered-questions log (or none).
async fn dispatch_logging(update: impl Into<Value>, unanswered: Unanswered) -> Responses {
    dispatch_with(update, unanswered, built_in(), Admins::default()).await
}

/// The embedded knowledge base, which cannot be reloaded.
fn built_in() -> Arc<LiveKnowledge> {
    Arc::new(LiveKnowledge::new(matcher(), None))
}

/// Parses an update as the bot does, from text with `update_id` first: teloxide reads the kind
/// of update after the id, and a `serde_json::Value` would give the keys in alphabetical order.
fn parse_update(mut update: Value) -> Update {
    let id = update.as_object_mut().and_then(|o| o.remove("update_id")).expect("an update_id");
    let rest = update.to_string();
    let text = format!("{{\"update_id\":{id},{}", &rest[1..]);
    let update: Update = serde_json::from_str(&text).expect("a valid update");
    assert!(!matches!(update.kind, teloxide::types::UpdateKind::Error(_)), "{update:?}");
    update
}

/// The bot as the fake Bot API's getMe describes it.
fn me() -> Me {
    serde_json::from_value(fake_api::bot_user(true)).expect("a valid Me")
}

/// Runs `update` through the production handler tree with these dependencies, against a fresh
/// fake Bot API, and returns what the bot sent.
async fn dispatch_with(
    update: impl Into<Value>,
    unanswered: Unanswered,
    live: Arc<LiveKnowledge>,
    admins: Admins,
) -> Responses {
    let api = FakeApi::start().await;
    let bot = Bot::new("123456:TESThandlersTOKEN").set_api_url(api.url().parse().unwrap());
    let update = parse_update(update.into());
    let contexts = Contexts::in_memory();
    let deps = dptree::deps![bot, me(), live, contexts, unanswered, admins, update];
    let outcome = schema::<Bot>().dispatch(deps).await;
    match outcome {
        std::ops::ControlFlow::Break(Err(err)) => panic!("the handler failed: {err}"),
        std::ops::ControlFlow::Continue(_) => eprintln!("no handler took the update"),
        std::ops::ControlFlow::Break(Ok(())) => {}
    }
    let calls = api.calls();
    let of = |method: &str| calls.iter().filter(|c| c.is(method)).cloned().collect::<Vec<_>>();
    let sends = ["sendMessage", "sendSticker", "sendPhoto", "sendDocument", "copyMessage"];
    Responses {
        sent_messages_text: of("sendMessage").iter().map(sent_of).collect(),
        sent_messages: calls.iter().filter(|c| sends.iter().any(|m| c.is(m))).cloned().collect(),
        answered_callback_queries: of("answerCallbackQuery").into_iter().map(|c| c.body).collect(),
        sent_chat_actions: of("sendChatAction"),
    }
}

/// A sent text message, as the bot asked for it.
#[derive(Debug)]
struct Sent {
    text: String,
    parse_mode: Option<String>,
    reply_to: Option<i64>,
    /// (label, callback data), row by row.
    buttons: Vec<(String, String)>,
}

/// A sendMessage call, checking what must hold for every one: HTML parse mode, HTML Telegram
/// accepts (within its length limit), and callback data that fits and that the bot can decode.
fn sent_of(call: &Call) -> Sent {
    let body = &call.body;
    let mut buttons = Vec::new();
    if let Some(rows) = body["reply_markup"]["inline_keyboard"].as_array() {
        for button in rows.iter().flat_map(|row| row.as_array().cloned().unwrap_or_default()) {
            let data = button["callback_data"].as_str().expect("callback buttons only");
            buttons.push((button["text"].as_str().unwrap_or("").to_owned(), data.to_owned()));
        }
    }
    let sent = Sent {
        text: body["text"].as_str().unwrap_or("").to_owned(),
        parse_mode: body["parse_mode"].as_str().map(str::to_owned),
        reply_to: body["reply_parameters"]["message_id"].as_i64(),
        buttons,
    };
    assert_eq!(sent.parse_mode.as_deref(), Some("HTML"), "{sent:#?}");
    html::check(&sent.text).unwrap_or_else(|err| panic!("{err}: {sent:#?}"));
    for (label, data) in &sent.buttons {
        assert!(data.len() <= MAX_CALLBACK_BYTES, "{data:?} is over 64 bytes");
        assert!(!label.trim().is_empty(), "empty button label in {sent:#?}");
        assert_valid_action(data);
    }
    sent
}

/// Asserts that callback data decodes to an action on something that exists.
fn assert_valid_action(data: &str) {
    match Action::decode(data) {
        Some(Action::Answer(id)) => {
            assert!(knowledge().entry(&id).is_some(), "button for unknown entry {id:?}")
        }
        Some(Action::Topic(index, page)) => {
            assert!(index < knowledge().topics().len(), "button for topic {index}");
            assert!(
                Say::new(knowledge(), Language::En).topic_page(index, page).is_some(),
                "page {page} of {index}"
            );
        }
        Some(Action::Topics(page)) => {
            assert!(
                Say::new(knowledge(), Language::En).topics_page(page).is_some(),
                "topics page {page}"
            )
        }
        Some(Action::NoneOfThese) => {}
        None => panic!("callback data {data:?} does not decode"),
    }
}

/// Exactly one message was sent; returns it.
fn only_one(responses: &Responses) -> &Sent {
    assert_eq!(
        responses.sent_messages_text.len(),
        1,
        "expected exactly one message, got {:#?}",
        responses.sent_messages_text
    );
    assert_eq!(responses.sent_messages.len(), 1, "other kinds of messages were sent");
    &responses.sent_messages_text[0]
}

/// Asserts that `sent` is the answer card of `id`: its title, its quote escaped in a blockquote,
/// and its related questions as buttons.
fn assert_card(sent: &Sent, id: &str) {
    let entry = entry(id);
    assert!(sent.text.starts_with(&format!("<b>{}</b>", escape(&entry.title))), "{sent:#?}");
    assert!(
        sent.text.contains(&format!("<blockquote>{}</blockquote>", escape(&entry.quote))),
        "the quote of {id} is missing: {sent:#?}"
    );
    assert!(sent.text.contains(&escape(&knowledge().article.title)), "{sent:#?}");
    let related: Vec<String> = entry
        .related
        .iter()
        .filter(|id| knowledge().entry(id).is_some())
        .take(3)
        .map(|id| format!("a:{id}"))
        .collect();
    let data: Vec<&str> = sent.buttons.iter().map(|(_, data)| data.as_str()).collect();
    assert_eq!(data, related, "related buttons of {id}");
}

fn question(text: &str) -> Value {
    Msg::text(text).update()
}

fn button_data(sent: &Sent) -> Vec<&str> {
    sent.buttons.iter().map(|(_, data)| data.as_str()).collect()
}

/// Buttons under an answer: callbacks, garbage data, removed entries.
mod buttons;
/// The commands: /start, /help, /topics, /about, /random, /ask.
mod commands;
/// Every entry's card within Telegram's limits.
mod every_entry;
/// Groups: mentions, replies and commands addressed to the bot, or not.
mod groups;
/// Inline mode: results, the examples, and no results off topic.
mod inline_mode;
/// Stickers, photos and other content that is not text.
mod other_content;
/// Questions in a private chat: answers, declines, what is logged and escaped.
mod private_chat;
/// /reload from an administrator, and from anyone else.
mod reload;
