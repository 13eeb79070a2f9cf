//! The bot's handler tree (the production [`schema`]) run on single updates against the fake
//! Bot API server (the `fake-telegram-api` crate): what each kind of update gets back, down to
//! parse mode, reply target and button data.

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

// ───────────────────────────── questions in a private chat ─────────────────────────────

#[tokio::test]
async fn private_question_gets_the_trenin_card_as_a_reply() {
    let responses = dispatch(question("who is dmitri trenin")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
    assert!(sent.text.contains("<blockquote>"));
    assert!(sent.text.contains(&escape(&entry("trenin").quote)));
    assert!(!sent.buttons.is_empty(), "an answer offers related questions");
    for (_, data) in &sent.buttons {
        let id = data.strip_prefix("a:").expect("related buttons answer entries");
        assert!(knowledge().entry(id).is_some(), "{id}");
    }
    assert_card(sent, "trenin");
}

#[tokio::test]
async fn off_topic_question_is_declined_with_three_suggestions() {
    let asked = "what is the best pizza recipe in naples";
    let responses = dispatch(question(asked)).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
    assert!(sent.text.starts_with("Sorry, the article doesn't answer"), "{sent:#?}");
    assert!(sent.text.contains(asked), "the decline echoes the question: {sent:#?}");
    assert!(sent.text.contains("/topics"));
    assert!(!sent.text.contains("<blockquote>"), "no made-up quote: {sent:#?}");
    assert_eq!(sent.buttons.len(), 3, "{sent:#?}");
    let distinct: HashSet<&str> = button_data(sent).into_iter().collect();
    assert_eq!(distinct.len(), 3, "suggestions are distinct: {sent:#?}");
    for (label, data) in &sent.buttons {
        let id = data.strip_prefix("a:").expect("suggestions answer entries");
        assert_eq!(label, &reply::cut(&entry(id).questions[0], 60));
    }
}

/// With `--log-unanswered`, a declined question is appended to the log with the time and the
/// nearest entries, and nothing that identifies who asked; a confident answer is not logged.
#[tokio::test]
async fn a_declined_question_is_logged_without_identity() {
    const USER: i64 = 987_654_321;
    const MESSAGE: i64 = 55_555;
    let dir = std::env::temp_dir().join(format!("qa-bot-unanswered-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("unanswered.jsonl");
    let _ = std::fs::remove_file(&path);
    let log = Arc::new(UnansweredLog::open(&path, 1_000_000).unwrap());
    let from =
        |text: &str| Msg::text(text).id(MESSAGE).from(USER, "Ada", Some("curious_reader")).update();
    // ("how old is putin" now has the article's date, which gives an age and names the
    // Biden-Putin summit, among its three nearest entries, ahead of Putin's profile.)
    let declined = dispatch_logging(from("how tall is putin"), Some(Arc::clone(&log))).await;
    assert!(only_one(&declined).text.starts_with("Sorry, the article doesn't answer"));
    dispatch_logging(from("who is dmitri trenin"), Some(Arc::clone(&log))).await;

    let text = std::fs::read_to_string(&path).unwrap();
    let (records, bad) = parse_log(&text);
    assert!(bad.is_empty(), "{text}");
    assert_eq!(records.len(), 1, "only the decline is logged: {text}");
    assert_eq!(records[0].question, "how tall is putin");
    assert_eq!(records[0].verdict, "declined");
    assert!(records[0].candidates.iter().any(|c| c.id == "putin"), "{text}");
    for identity in [&USER.to_string(), &MESSAGE.to_string(), "curious_reader", "Ada"] {
        assert!(!text.contains(identity), "the log holds {identity:?}: {text}");
    }
    let keys: Vec<String> = serde_json::from_str::<Value>(text.trim())
        .unwrap()
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(keys, ["candidates", "question", "time", "verdict"], "{text}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `/ask` is a question like any message: declined, it is logged.
#[tokio::test]
async fn a_declined_ask_command_is_logged() {
    let dir = std::env::temp_dir().join(format!("qa-bot-unanswered-ask-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("unanswered.jsonl");
    let _ = std::fs::remove_file(&path);
    let log = Arc::new(UnansweredLog::open(&path, 1_000_000).unwrap());
    let declined =
        dispatch_logging(question("/ask how old is putin"), Some(Arc::clone(&log))).await;
    assert!(only_one(&declined).text.starts_with("Sorry, the article doesn't answer"));
    let text = std::fs::read_to_string(&path).unwrap();
    let (records, bad) = parse_log(&text);
    assert!(bad.is_empty(), "{text}");
    let logged: Vec<(&str, &str)> =
        records.iter().map(|r| (r.question.as_str(), r.verdict.as_str())).collect();
    assert_eq!(logged, [("how old is putin", "declined")], "{text}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn user_markup_is_echoed_escaped() {
    let responses = dispatch(question("<b>&")).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains("“&lt;b&gt;&amp;”"), "{sent:#?}");
    assert!(!sent.text.contains("<b>&"), "raw user markup in {sent:#?}");
    assert!(!sent.text.contains("<b>"), "no bold at all in a decline: {sent:#?}");
    assert_eq!(sent.buttons.len(), 3);
}

#[tokio::test]
async fn markup_in_a_long_off_topic_question_is_escaped_and_cut() {
    let asked = format!("<script>{}</script> & <a href=\"x\">", "pizza ".repeat(700));
    assert!(asked.chars().count() > 4000);
    let responses = dispatch(question(&asked)).await;
    let sent = only_one(&responses);
    assert!(!sent.text.contains("<script>") && !sent.text.contains("<a "), "{sent:#?}");
    assert!(sent.text.contains("&lt;script&gt;"), "{sent:#?}");
    assert!(sent.text.chars().count() < 600, "the echo is cut: {}", sent.text.len());
}

#[tokio::test]
async fn emoji_only_message_is_declined_politely() {
    let responses = dispatch(question("🙂🙂🙂")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
    assert!(!sent.text.contains("<blockquote>"), "{sent:#?}");
    assert_eq!(sent.buttons.len(), 3);
}

// ───────────────────────────── commands ─────────────────────────────

#[tokio::test]
async fn start_offers_three_example_questions() {
    let responses = dispatch(question("/start")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
    assert!(sent.text.starts_with("Hi!"), "{sent:#?}");
    assert!(sent.text.contains(&format!("<b>{}</b>", escape(&knowledge().article.title))));
    assert!(sent.text.contains("/topics") && sent.text.contains("/help"));
    let expected: Vec<String> = EXAMPLE_ENTRIES
        .iter()
        .filter(|id| knowledge().entry(id).is_some())
        .take(3)
        .map(|id| format!("a:{id}"))
        .collect();
    assert_eq!(expected.len(), 3, "the built-in examples exist");
    assert_eq!(button_data(sent), expected);
    for (label, data) in &sent.buttons {
        assert_eq!(label, &reply::cut(&entry(&data[2..]).questions[0], 60));
    }
}

#[tokio::test]
async fn start_with_an_entry_id_answers_that_entry() {
    let responses = dispatch(question("/start trenin")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
    assert_card(sent, "trenin");
}

#[tokio::test]
async fn start_with_an_unknown_id_says_so() {
    let responses = dispatch(question("/start no-such-entry")).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains("no longer in my list"), "{sent:#?}");
    assert!(!sent.text.contains("<blockquote>"));
}

#[tokio::test]
async fn start_topics_deep_link_lists_topics() {
    let responses = dispatch(question("/start topics")).await;
    let sent = only_one(&responses);
    assert!(sent.text.starts_with("<b>What I can answer</b>"), "{sent:#?}");
}

#[tokio::test]
async fn help_lists_every_command() {
    let responses = dispatch(question("/help")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
    for command in ["/start", "/help", "/topics", "/about", "/random", "/ask"] {
        assert!(sent.text.contains(command), "{command} missing from {sent:#?}");
    }
    assert!(!sent.text.contains("reload"), "administrators' commands are not listed: {sent:#?}");
    assert!(sent.buttons.is_empty());
}

// ───────────────────────────── /reload from an administrator ─────────────────────────────

const ADMIN: u64 = 31_337;
const READER: u64 = 27_182;

/// `/reload` sent by user `from` in a private chat with them.
fn reload_from(from: u64) -> Value {
    Msg::text("/reload").from(from as i64, "Someone", None).update()
}

/// The answer `live` gives to "who is dmitri trenin" now.
fn trenin_answer(live: &LiveKnowledge) -> String {
    let responder = live.current();
    let answer = responder.matcher().ask("who is dmitri trenin");
    answer.best().expect("an answer").entry.answer.clone()
}

#[tokio::test]
async fn reload_from_an_admin_swaps_in_a_valid_knowledge_base() {
    let dir = common::TempKnowledge::new("admin-reload");
    let live = Arc::new(LiveKnowledge::new(matcher(), Some(dir.path().to_owned())));
    dir.edit_entry_line("entries.toml", "trenin", "answer", |line| {
        line.replacen("answer = \"", "answer = \"Reloaded: ", 1)
    });
    let admins = Admins::new([1, ADMIN]);
    let responses = dispatch_with(reload_from(ADMIN), None, Arc::clone(&live), admins).await;
    let sent = only_one(&responses);
    let entries = knowledge().entries.len();
    assert_eq!(sent.text, format!("Reloaded the knowledge base: {entries} entries."));
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
    assert!(trenin_answer(&live).starts_with("Reloaded: "), "{}", trenin_answer(&live));
}

#[tokio::test]
async fn reload_of_an_invalid_knowledge_base_keeps_the_current_one_and_says_why() {
    let dir = common::TempKnowledge::new("admin-reload-invalid");
    let live = Arc::new(LiveKnowledge::new(matcher(), Some(dir.path().to_owned())));
    let before = live.current();
    dir.break_quote("trenin");
    let admins = Admins::new([ADMIN]);
    let responses = dispatch_with(reload_from(ADMIN), None, Arc::clone(&live), admins).await;
    let sent = only_one(&responses);
    assert!(sent.text.starts_with("<b>Not reloaded"), "{sent:#?}");
    assert!(sent.text.contains("entries.toml") && sent.text.contains("`trenin`"), "{sent:#?}");
    // The article's quotes and the error's quoting are escaped, not markup.
    let error = &sent.text[sent.text.find("<pre>").expect("the error in <pre>") + 5..];
    let error = error.strip_suffix("</pre>").expect("ends with </pre>");
    assert!(!error.contains('<') && !error.contains('>'), "{error}");
    assert!(Arc::ptr_eq(&before, &live.current()), "the current knowledge base stays");
}

#[tokio::test]
async fn reload_of_the_built_in_knowledge_base_says_there_is_nothing_to_reload() {
    let live = built_in();
    let before = live.current();
    let responses =
        dispatch_with(reload_from(ADMIN), None, Arc::clone(&live), Admins::new([ADMIN])).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains("nothing to reload"), "{sent:#?}");
    assert!(sent.text.contains("--knowledge DIR"), "{sent:#?}");
    assert!(Arc::ptr_eq(&before, &live.current()));
}

#[tokio::test]
async fn reload_from_anyone_else_is_refused_and_changes_nothing() {
    let dir = common::TempKnowledge::new("admin-reload-refused");
    let live = Arc::new(LiveKnowledge::new(matcher(), Some(dir.path().to_owned())));
    let before = live.current();
    dir.edit_entry_line("entries.toml", "trenin", "answer", |line| {
        line.replacen("answer = \"", "answer = \"Reloaded: ", 1)
    });
    for admins in [Admins::new([ADMIN]), Admins::default()] {
        let responses = dispatch_with(reload_from(READER), None, Arc::clone(&live), admins).await;
        let sent = only_one(&responses);
        assert_eq!(sent.text, "Sorry, only the bot's administrators may do that.");
    }
    assert!(Arc::ptr_eq(&before, &live.current()), "nothing was reloaded");
    assert!(!trenin_answer(&live).starts_with("Reloaded: "));
}

#[test]
fn reload_is_not_in_the_command_menu() {
    let menu: Vec<String> = article_qa_bot::bot::bot_commands(Say::new(knowledge(), Language::En))
        .into_iter()
        .map(|c| c.command)
        .collect();
    assert!(!menu.iter().any(|command| command.contains("reload")), "{menu:?}");
}

#[tokio::test]
async fn topics_has_one_button_per_topic() {
    let responses = dispatch(question("/topics")).await;
    let sent = only_one(&responses);
    let names = knowledge().topics();
    assert!(names.len() > 1);
    let expected: Vec<String> = (0..names.len()).map(|i| format!("t:{i}")).collect();
    assert_eq!(button_data(sent), expected);
    for name in &names {
        let count = knowledge().entries.iter().filter(|e| &e.topic == name).count();
        assert!(sent.text.contains(&format!("• {} ({count})", escape(name))), "{name}");
    }
}

#[tokio::test]
async fn about_describes_the_article() {
    let responses = dispatch(question("/about")).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains(&escape(&knowledge().article.title)));
    assert!(sent.text.contains(&escape(&knowledge().article.publication)));
    assert!(sent.text.contains(&format!("{} curated entries", knowledge().entries.len())));
}

#[tokio::test]
async fn random_returns_some_entry_card() {
    let responses = dispatch(question("/random")).await;
    let sent = only_one(&responses);
    let card = knowledge()
        .entries
        .iter()
        .find(|entry| sent.text == Say::new(knowledge(), Language::En).answer_html(entry))
        .unwrap_or_else(|| panic!("not the card of any entry: {sent:#?}"));
    assert_card(sent, &card.id);
}

#[tokio::test]
async fn ask_without_a_question_gets_a_usage_hint() {
    for text in ["/ask", "/ask   "] {
        let responses = dispatch(question(text)).await;
        let sent = only_one(&responses);
        assert!(sent.text.starts_with("Usage: /ask"), "{text:?}: {sent:#?}");
        assert_eq!(sent.reply_to, Some(QUESTION_ID));
    }
}

#[tokio::test]
async fn ask_with_a_question_answers_it() {
    let responses = dispatch(question("/ask who is dmitri trenin")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
    assert_card(sent, "trenin");
}

// ───────────────────────────── buttons ─────────────────────────────

#[tokio::test]
async fn answer_button_sends_the_card_and_answers_the_callback() {
    let responses = dispatch(press("a:trenin")).await;
    let sent = only_one(&responses);
    assert_card(sent, "trenin");
    assert_eq!(sent.reply_to, None, "a button's answer is not a reply");
    let answered = &responses.answered_callback_queries;
    assert_eq!(answered.len(), 1, "{answered:#?}");
    assert_eq!(answered[0]["callback_query_id"], "cb1");
    assert!(answered[0].get("text").is_none(), "no notice when all is well");
}

#[tokio::test]
async fn garbage_button_data_is_answered_without_a_message() {
    for data in ["garbage", "a:", "t:x", "x:1", "", "🙂"] {
        let responses = dispatch(press(data)).await;
        assert!(responses.sent_messages.is_empty(), "{data:?}: {:#?}", responses.sent_messages);
        let answered = &responses.answered_callback_queries;
        assert_eq!(answered.len(), 1, "{data:?}");
        assert_eq!(answered[0]["text"], "This button has expired.", "{data:?}");
    }
}

#[tokio::test]
async fn button_for_a_removed_entry_says_so() {
    let responses = dispatch(press("a:no-such-entry")).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains("no longer in my list"), "{sent:#?}");
    assert_eq!(responses.answered_callback_queries.len(), 1);
}

#[tokio::test]
async fn topic_button_lists_that_topics_questions() {
    let names = knowledge().topics();
    let responses = dispatch(press("t:1")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.text, format!("<b>{}</b>: pick a question.", escape(names[1])));
    let in_topic: Vec<String> = knowledge()
        .entries
        .iter()
        .filter(|e| e.topic == names[1])
        .map(|e| format!("a:{}", e.id))
        .collect();
    // The first page, then the button to the next one when there is more.
    let mut expected: Vec<String> = in_topic.iter().take(reply::PAGE_BUTTONS).cloned().collect();
    if in_topic.len() > reply::PAGE_BUTTONS {
        expected.push("t:1:1".to_owned());
    }
    assert_eq!(button_data(sent), expected);
    assert_eq!(responses.answered_callback_queries.len(), 1);

    let responses = dispatch(press(&format!("t:{}", names.len()))).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains("no longer in my list"), "{sent:#?}");
}

#[tokio::test]
async fn none_of_these_button_suggests_rephrasing() {
    let responses = dispatch(press("n")).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains("other words"), "{sent:#?}");
    assert_eq!(responses.answered_callback_queries.len(), 1);
}

#[tokio::test]
async fn button_on_an_inline_message_asks_to_open_a_chat() {
    let mut press = press("a:trenin");
    let query = press["callback_query"].as_object_mut().unwrap();
    query.remove("message");
    query.insert("inline_message_id".into(), json!("inline-1"));
    let responses = dispatch(press).await;
    assert!(responses.sent_messages.is_empty());
    let answered = &responses.answered_callback_queries;
    assert_eq!(answered.len(), 1);
    assert_eq!(answered[0]["text"], "Open a chat with me to see the answer.");
}

// ───────────────────────────── groups ─────────────────────────────

fn in_group(text: &str) -> Msg {
    Msg::text(text).in_group()
}

#[tokio::test]
async fn group_message_without_mention_is_ignored() {
    let responses = dispatch(in_group("who is dmitri trenin").update()).await;
    assert!(responses.sent_messages.is_empty(), "{:#?}", responses.sent_messages_text);
    assert!(responses.sent_chat_actions.is_empty());
}

#[tokio::test]
async fn group_message_mentioning_the_bot_is_answered() {
    assert_eq!(BOT_USERNAME, "article_test_bot");
    for text in [
        "@article_test_bot who is dmitri trenin",
        "who is dmitri trenin @article_test_bot",
        "@Article_Test_Bot who is dmitri trenin?",
    ] {
        let responses = dispatch(in_group(text).update()).await;
        let sent = only_one(&responses);
        assert_eq!(sent.reply_to, Some(QUESTION_ID), "{text}");
        assert_card(sent, "trenin");
    }
}

#[tokio::test]
async fn group_message_mentioning_another_bot_is_ignored() {
    let responses = dispatch(in_group("@other_bot who is dmitri trenin").update()).await;
    assert!(responses.sent_messages.is_empty(), "{:#?}", responses.sent_messages_text);
}

#[tokio::test]
async fn group_mention_of_a_longer_username_is_ignored() {
    for text in
        ["@article_test_bot2 who is dmitri trenin", "@article_test_botanist who is dmitri trenin"]
    {
        let responses = dispatch(in_group(text).update()).await;
        assert!(responses.sent_messages.is_empty(), "{text}: {:#?}", responses.sent_messages_text);
    }
}

#[tokio::test]
async fn group_mention_after_dotted_capital_i_is_answered() {
    // "İ" (2 bytes) lower-cases to "i̇" (3 bytes), so offsets in the lower-cased text are off.
    let responses = dispatch(in_group("İİİ who is dmitri trenin @article_test_bot").update()).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
}

#[tokio::test]
async fn group_reply_to_the_bot_is_answered() {
    let mut bot_message = Msg::text("an earlier answer").id(7).in_group();
    bot_message.0["from"] = json!({ "id": BOT_ID, "is_bot": true, "first_name": "Test" });
    let responses = dispatch(in_group("who is dmitri trenin").reply_to(bot_message).update()).await;
    let sent = only_one(&responses);
    assert_card(sent, "trenin");
}

#[tokio::test]
async fn group_command_is_answered() {
    let responses = dispatch(in_group("/ask who is dmitri trenin").update()).await;
    let sent = only_one(&responses);
    assert_card(sent, "trenin");
    let responses = dispatch(in_group("/help@article_test_bot").update()).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains("/topics"));
}

#[tokio::test]
async fn group_command_for_another_bot_is_ignored() {
    let responses = dispatch(in_group("/help@other_bot").update()).await;
    assert!(responses.sent_messages.is_empty(), "{:#?}", responses.sent_messages_text);
}

// ───────────────────────────── other content ─────────────────────────────

fn assert_not_text_hint(responses: &Responses) {
    let sent = only_one(responses);
    assert!(!sent.text.contains('\n'), "one line: {sent:#?}");
    assert!(sent.text.contains("only read text"), "{sent:#?}");
    assert!(sent.buttons.is_empty());
}

#[tokio::test]
async fn sticker_in_private_chat_gets_a_one_line_hint() {
    let responses = dispatch(Msg::content(json!({ "sticker": { "file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512, "height": 512, "is_animated": false, "is_video": false } })).update()).await;
    assert_not_text_hint(&responses);
}

#[tokio::test]
async fn photo_in_private_chat_gets_a_one_line_hint() {
    let responses = dispatch(Msg::content(json!({ "photo": [{ "file_id": "p1", "file_unique_id": "u2", "width": 90, "height": 90 }] })).update()).await;
    assert_not_text_hint(&responses);
}

#[tokio::test]
async fn sticker_in_a_group_is_ignored() {
    let responses = dispatch(Msg::content(json!({ "sticker": { "file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512, "height": 512, "is_animated": false, "is_video": false } })).in_group().update()).await;
    assert!(responses.sent_messages.is_empty(), "{:#?}", responses.sent_messages);
}

// ───────────────────────────── inline mode ─────────────────────────────

/// Runs each of `updates` through the handler tree; returns the answerInlineQuery bodies, of
/// which there must be `answers`.
async fn inline_answers(updates: Vec<Value>, answers: usize) -> Vec<Value> {
    let api = FakeApi::start().await;
    let bot = Bot::new("123456:TESTinlineTOKEN").set_api_url(api.url().parse().unwrap());
    for update in updates {
        let update = parse_update(update);
        let contexts = Contexts::in_memory();
        let deps = dptree::deps![
            bot.clone(),
            me(),
            built_in(),
            contexts,
            None::<Arc<UnansweredLog>>,
            Admins::default(),
            update
        ];
        let _ = schema::<Bot>().dispatch(deps).await;
    }
    let bodies: Vec<Value> =
        api.calls_of("answerInlineQuery").into_iter().map(|call| call.body).collect();
    assert_eq!(bodies.len(), answers, "{bodies:#?}");
    bodies
}

fn result_ids(answer: &Value) -> Vec<&str> {
    answer["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|result| result["id"].as_str().expect("result id"))
        .collect()
}

fn assert_inline_results(answer: &Value) {
    for result in answer["results"].as_array().expect("results") {
        let id = result["id"].as_str().unwrap();
        let entry = entry(id);
        assert_eq!(result["type"], "article");
        assert_eq!(result["title"], entry.title.as_str());
        let content = &result["input_message_content"];
        assert_eq!(content["parse_mode"], "HTML", "{result:#}");
        let text = content["message_text"].as_str().unwrap();
        assert_eq!(text, Say::new(knowledge(), Language::En).answer_html(entry));
        assert!(text.contains(&format!("<blockquote>{}</blockquote>", escape(&entry.quote))));
        html::check(text).unwrap_or_else(|err| panic!("{err}: {text}"));
        let description = result["description"].as_str().unwrap();
        assert!(description.chars().count() <= 120, "{description}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inline_query_gets_matching_results() {
    let answers = inline_answers(vec![fake_api::inline_query(1, 501, "nato enlargement")], 1).await;
    assert_eq!(answers.len(), 1, "{answers:#?}");
    let answer = &answers[0];
    assert_eq!(answer["inline_query_id"], "iq1");
    let ids = result_ids(answer);
    assert_eq!(ids.first(), Some(&"nato-enlargement"), "{answer:#}");
    assert_eq!(answer["cache_time"], 300);
    assert_inline_results(answer);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn empty_inline_query_gets_the_examples() {
    let answers = inline_answers(
        vec![fake_api::inline_query(1, 501, ""), fake_api::inline_query(2, 502, "   ")],
        2,
    )
    .await;
    assert_eq!(answers.len(), 2, "{answers:#?}");
    let examples: Vec<&str> =
        EXAMPLE_ENTRIES.iter().copied().filter(|id| knowledge().entry(id).is_some()).collect();
    assert!(!examples.is_empty());
    for answer in &answers {
        assert_eq!(result_ids(answer), examples, "{answer:#}");
        assert_inline_results(answer);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn off_topic_inline_query_gets_no_results() {
    let answers = inline_answers(
        vec![fake_api::inline_query(1, 501, "what is the best pizza recipe in naples")],
        1,
    )
    .await;
    assert_eq!(result_ids(&answers[0]), Vec::<&str>::new());
}

// ───────────────────────────── every entry ─────────────────────────────

/// Without Telegram: every entry's card and buttons fit Telegram's limits, so no answer can be
/// refused for its size.
#[test]
fn every_entry_card_fits_telegram_limits() {
    for entry in &knowledge().entries {
        let card = Say::new(knowledge(), Language::En).entry_reply(entry);
        html::check(&card.html).unwrap_or_else(|err| panic!("{}: {err}", entry.id));
        assert!(
            Action::Answer(entry.id.clone()).encode().len() <= MAX_CALLBACK_BYTES,
            "{}",
            entry.id
        );
        for button in card.buttons.iter().flatten() {
            let data = button.action.encode();
            assert!(data.len() <= MAX_CALLBACK_BYTES, "{data}");
            assert_valid_action(&data);
        }
    }
}
