//! The bot's handler tree, driven through `teloxide_tests`' mock bot and fake Bot API server:
//! what each kind of update gets back, down to parse mode, reply target and button data.
//!
//! `teloxide_tests` runs one mock bot at a time (each `MockBot` holds a global lock, and
//! `dispatch` sets process-wide environment variables), so every test takes [`SERIAL`] before
//! making one. `teloxide_tests` 0.4 has no `answerInlineQuery` endpoint, so inline queries are
//! driven instead through a real teloxide `Dispatcher` polling the fake server in
//! `tests/common/fake_api.rs`.

mod common;

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use article_qa_bot::bot::reply::{self, Action, MAX_CALLBACK_BYTES, MAX_MESSAGE_CHARS};
use article_qa_bot::bot::{schema, Admins, Command, LiveKnowledge, Unanswered, EXAMPLE_ENTRIES};
use article_qa_bot::knowledge::{Entry, Knowledge};
use article_qa_bot::matcher::{MatchConfig, Matcher};
use article_qa_bot::unanswered::{parse_log, UnansweredLog};
use serde_json::Value;
use teloxide::dispatching::Dispatcher;
use teloxide::dptree;
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::types::{InlineKeyboardButtonKind, MessageId, ParseMode, ReplyMarkup};
use teloxide::update_listeners::Polling;
use teloxide::Bot;
use teloxide_tests::server::Responses;
use teloxide_tests::{
    IntoUpdate, MockBot, MockCallbackQuery, MockGroupChat, MockMe, MockMessagePhoto,
    MockMessageSticker, MockMessageText, MockPrivateChat, MockUser,
};

use common::fake_api::{self, FakeApi};

/// One mock bot at a time. A tokio mutex, so that a failed test does not poison it for the rest.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The id given to the question messages, to check that replies point at them.
const QUESTION_ID: i32 = 4242;

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

/// Runs `update` through the bot's handler tree and returns what the bot sent.
async fn dispatch(update: impl IntoUpdate) -> Responses {
    dispatch_logging(update, None).await
}

/// Runs `update` through the handler tree with an unanswered-questions log (or none).
async fn dispatch_logging(update: impl IntoUpdate, unanswered: Unanswered) -> Responses {
    dispatch_with(update, unanswered, built_in(), Admins::default()).await
}

/// The embedded knowledge base, which cannot be reloaded.
fn built_in() -> Arc<LiveKnowledge> {
    Arc::new(LiveKnowledge::new(matcher(), None))
}

/// Runs `update` through the handler tree with these dependencies. The matcher is the one
/// `live` holds now, as the running bot does.
async fn dispatch_with(
    update: impl IntoUpdate,
    unanswered: Unanswered,
    live: Arc<LiveKnowledge>,
    admins: Admins,
) -> Responses {
    let _serial = SERIAL.lock().await;
    let mut bot = MockBot::new(update, schema::<Bot>());
    bot.dependencies(dptree::deps![live.current(), unanswered, live, admins]);
    bot.dispatch().await;
    let responses = bot.get_responses();
    drop(bot);
    responses
}

/// A sent text message, as the bot asked for it.
#[derive(Debug)]
struct Sent {
    text: String,
    parse_mode: Option<ParseMode>,
    reply_to: Option<MessageId>,
    /// (label, callback data), row by row.
    buttons: Vec<(String, String)>,
}

/// The text messages the bot sent, checking what must hold for every one of them: HTML parse
/// mode, Telegram's length limit, and callback data that fits and that the bot can decode.
fn sent(responses: &Responses) -> Vec<Sent> {
    responses
        .sent_messages_text
        .iter()
        .map(|sent| {
            let request = &sent.bot_request;
            let mut buttons = Vec::new();
            if let Some(ReplyMarkup::InlineKeyboard(markup)) = &request.reply_markup {
                for button in markup.inline_keyboard.iter().flatten() {
                    match &button.kind {
                        InlineKeyboardButtonKind::CallbackData(data) => {
                            buttons.push((button.text.clone(), data.clone()))
                        }
                        other => panic!("unexpected button kind {other:?}"),
                    }
                }
            }
            let sent = Sent {
                text: request.text.clone(),
                parse_mode: request.parse_mode,
                reply_to: request.reply_parameters.as_ref().map(|p| p.message_id),
                buttons,
            };
            assert_eq!(sent.parse_mode, Some(ParseMode::Html), "{sent:#?}");
            assert!(sent.text.chars().count() <= MAX_MESSAGE_CHARS, "{sent:#?}");
            for (label, data) in &sent.buttons {
                assert!(data.len() <= MAX_CALLBACK_BYTES, "{data:?} is over 64 bytes");
                assert!(!label.trim().is_empty(), "empty button label in {sent:#?}");
                assert_valid_action(data);
            }
            sent
        })
        .collect()
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
                reply::topic_page(knowledge(), index, page).is_some(),
                "page {page} of {index}"
            );
        }
        Some(Action::Topics(page)) => {
            assert!(reply::topics_page(knowledge(), page).is_some(), "topics page {page}")
        }
        Some(Action::NoneOfThese) => {}
        None => panic!("callback data {data:?} does not decode"),
    }
}

/// Exactly one message was sent; returns it.
fn only_one(responses: &Responses) -> Sent {
    let mut all = sent(responses);
    assert_eq!(all.len(), 1, "expected exactly one message, got {all:#?}");
    assert_eq!(responses.sent_messages.len(), 1, "other kinds of messages were sent");
    all.remove(0)
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

fn question(text: &str) -> MockMessageText {
    MockMessageText::new().text(text).id(QUESTION_ID)
}

fn button_data(sent: &Sent) -> Vec<&str> {
    sent.buttons.iter().map(|(_, data)| data.as_str()).collect()
}

// ───────────────────────────── questions in a private chat ─────────────────────────────

#[tokio::test]
async fn private_question_gets_the_trenin_card_as_a_reply() {
    let responses = dispatch(question("who is dmitri trenin")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(MessageId(QUESTION_ID)));
    assert!(sent.text.contains("<blockquote>"));
    assert!(sent.text.contains(&escape(&entry("trenin").quote)));
    assert!(!sent.buttons.is_empty(), "an answer offers related questions");
    for (_, data) in &sent.buttons {
        let id = data.strip_prefix("a:").expect("related buttons answer entries");
        assert!(knowledge().entry(id).is_some(), "{id}");
    }
    assert_card(&sent, "trenin");
}

#[tokio::test]
async fn off_topic_question_is_declined_with_three_suggestions() {
    let asked = "what is the best pizza recipe in naples";
    let responses = dispatch(question(asked)).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(MessageId(QUESTION_ID)));
    assert!(sent.text.starts_with("Sorry, the article doesn't answer"), "{sent:#?}");
    assert!(sent.text.contains(asked), "the decline echoes the question: {sent:#?}");
    assert!(sent.text.contains("/topics"));
    assert!(!sent.text.contains("<blockquote>"), "no made-up quote: {sent:#?}");
    assert_eq!(sent.buttons.len(), 3, "{sent:#?}");
    let distinct: HashSet<&str> = button_data(&sent).into_iter().collect();
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
    const USER: u64 = 987_654_321;
    const MESSAGE: i32 = 55_555;
    let dir = std::env::temp_dir().join(format!("qa-bot-unanswered-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("unanswered.jsonl");
    let _ = std::fs::remove_file(&path);
    let log = Arc::new(UnansweredLog::open(&path, 1_000_000).unwrap());
    let from = |text: &str| {
        MockMessageText::new()
            .text(text)
            .id(MESSAGE)
            .from(MockUser::new().id(USER).username("curious_reader").first_name("Ada").build())
            .chat(MockPrivateChat::new().id(USER as i64).username("curious_reader").build())
    };
    let declined = dispatch_logging(from("how old is putin"), Some(Arc::clone(&log))).await;
    assert!(only_one(&declined).text.starts_with("Sorry, the article doesn't answer"));
    dispatch_logging(from("who is dmitri trenin"), Some(Arc::clone(&log))).await;

    let text = std::fs::read_to_string(&path).unwrap();
    let (records, bad) = parse_log(&text);
    assert!(bad.is_empty(), "{text}");
    assert_eq!(records.len(), 1, "only the decline is logged: {text}");
    assert_eq!(records[0].question, "how old is putin");
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
    assert_eq!(sent.reply_to, Some(MessageId(QUESTION_ID)));
    assert!(!sent.text.contains("<blockquote>"), "{sent:#?}");
    assert_eq!(sent.buttons.len(), 3);
}

// ───────────────────────────── commands ─────────────────────────────

#[tokio::test]
async fn start_offers_three_example_questions() {
    let responses = dispatch(question("/start")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(MessageId(QUESTION_ID)));
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
    assert_eq!(button_data(&sent), expected);
    for (label, data) in &sent.buttons {
        assert_eq!(label, &reply::cut(&entry(&data[2..]).questions[0], 60));
    }
}

#[tokio::test]
async fn start_with_an_entry_id_answers_that_entry() {
    let responses = dispatch(question("/start trenin")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(MessageId(QUESTION_ID)));
    assert_card(&sent, "trenin");
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
    assert_eq!(sent.reply_to, Some(MessageId(QUESTION_ID)));
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
fn reload_from(from: u64) -> MockMessageText {
    MockMessageText::new()
        .text("/reload")
        .id(QUESTION_ID)
        .from(MockUser::new().id(from).first_name("Someone").build())
        .chat(MockPrivateChat::new().id(from as i64).build())
}

/// The answer `live` gives to "who is dmitri trenin" now.
fn trenin_answer(live: &LiveKnowledge) -> String {
    let matcher = live.current();
    let answer = matcher.ask("who is dmitri trenin");
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
    assert_eq!(sent.reply_to, Some(MessageId(QUESTION_ID)));
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
    assert!(sent.text.starts_with("<b>Not reloaded</b>"), "{sent:#?}");
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
    use teloxide::utils::command::BotCommands;
    let menu: Vec<String> = Command::bot_commands().into_iter().map(|c| c.command).collect();
    assert!(!menu.iter().any(|command| command.contains("reload")), "{menu:?}");
}

#[tokio::test]
async fn topics_has_one_button_per_topic() {
    let responses = dispatch(question("/topics")).await;
    let sent = only_one(&responses);
    let names = knowledge().topics();
    assert!(names.len() > 1);
    let expected: Vec<String> = (0..names.len()).map(|i| format!("t:{i}")).collect();
    assert_eq!(button_data(&sent), expected);
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
        .find(|entry| sent.text == reply::answer_html(knowledge(), entry))
        .unwrap_or_else(|| panic!("not the card of any entry: {sent:#?}"));
    assert_card(&sent, &card.id);
}

#[tokio::test]
async fn ask_without_a_question_gets_a_usage_hint() {
    for text in ["/ask", "/ask   "] {
        let responses = dispatch(question(text)).await;
        let sent = only_one(&responses);
        assert!(sent.text.starts_with("Usage: /ask"), "{text:?}: {sent:#?}");
        assert_eq!(sent.reply_to, Some(MessageId(QUESTION_ID)));
    }
}

#[tokio::test]
async fn ask_with_a_question_answers_it() {
    let responses = dispatch(question("/ask who is dmitri trenin")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(MessageId(QUESTION_ID)));
    assert_card(&sent, "trenin");
}

// ───────────────────────────── buttons ─────────────────────────────

fn press(data: &str) -> MockCallbackQuery {
    MockCallbackQuery::new().id("press-1".into()).data(data)
}

#[tokio::test]
async fn answer_button_sends_the_card_and_answers_the_callback() {
    let responses = dispatch(press("a:trenin")).await;
    let sent = only_one(&responses);
    assert_card(&sent, "trenin");
    assert_eq!(sent.reply_to, None, "a button's answer is not a reply");
    let answered = &responses.answered_callback_queries;
    assert_eq!(answered.len(), 1, "{answered:#?}");
    assert_eq!(answered[0].callback_query_id, "press-1");
    assert_eq!(answered[0].text, None, "no notice when all is well");
}

#[tokio::test]
async fn garbage_button_data_is_answered_without_a_message() {
    for data in ["garbage", "a:", "t:x", "x:1", "", "🙂"] {
        let responses = dispatch(press(data)).await;
        assert!(responses.sent_messages.is_empty(), "{data:?}: {:#?}", responses.sent_messages);
        let answered = &responses.answered_callback_queries;
        assert_eq!(answered.len(), 1, "{data:?}");
        assert_eq!(answered[0].text.as_deref(), Some("This button has expired."), "{data:?}");
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
    assert_eq!(button_data(&sent), expected);
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
    press.message = None;
    press.inline_message_id = Some("inline-1".to_owned());
    let responses = dispatch(press).await;
    assert!(responses.sent_messages.is_empty());
    let answered = &responses.answered_callback_queries;
    assert_eq!(answered.len(), 1);
    assert_eq!(answered[0].text.as_deref(), Some("Open a chat with me to see the answer."));
}

// ───────────────────────────── groups ─────────────────────────────

fn in_group(text: &str) -> MockMessageText {
    question(text).chat(MockGroupChat::new().build())
}

#[tokio::test]
async fn group_message_without_mention_is_ignored() {
    let responses = dispatch(in_group("who is dmitri trenin")).await;
    assert!(responses.sent_messages.is_empty(), "{:#?}", responses.sent_messages_text);
    assert!(responses.sent_chat_actions.is_empty());
}

#[tokio::test]
async fn group_message_mentioning_the_bot_is_answered() {
    // The mock bot's username is MockMe's default.
    assert_eq!(MockMe::USERNAME, "test_bot");
    for text in [
        "@test_bot who is dmitri trenin",
        "who is dmitri trenin @test_bot",
        "@Test_Bot who is dmitri trenin?",
    ] {
        let responses = dispatch(in_group(text)).await;
        let sent = only_one(&responses);
        assert_eq!(sent.reply_to, Some(MessageId(QUESTION_ID)), "{text}");
        assert_card(&sent, "trenin");
    }
}

#[tokio::test]
async fn group_message_mentioning_another_bot_is_ignored() {
    let responses = dispatch(in_group("@other_bot who is dmitri trenin")).await;
    assert!(responses.sent_messages.is_empty(), "{:#?}", responses.sent_messages_text);
}

#[tokio::test]
async fn group_mention_of_a_longer_username_is_ignored() {
    for text in ["@test_bot2 who is dmitri trenin", "@test_botanist who is dmitri trenin"] {
        let responses = dispatch(in_group(text)).await;
        assert!(responses.sent_messages.is_empty(), "{text}: {:#?}", responses.sent_messages_text);
    }
}

#[tokio::test]
async fn group_mention_after_dotted_capital_i_is_answered() {
    // "İ" (2 bytes) lower-cases to "i̇" (3 bytes), so offsets in the lower-cased text are off.
    let responses = dispatch(in_group("İİİ who is dmitri trenin @test_bot")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(MessageId(QUESTION_ID)));
}

#[tokio::test]
async fn group_reply_to_the_bot_is_answered() {
    let bot_message = MockMessageText::new()
        .text("an earlier answer")
        .id(7)
        .from(MockUser::new().id(MockMe::ID).is_bot(true).first_name("Test").build())
        .chat(MockGroupChat::new().build())
        .build();
    let responses = dispatch(in_group("who is dmitri trenin").reply_to_message(bot_message)).await;
    let sent = only_one(&responses);
    assert_card(&sent, "trenin");
}

#[tokio::test]
async fn group_command_is_answered() {
    let responses = dispatch(in_group("/ask who is dmitri trenin")).await;
    let sent = only_one(&responses);
    assert_card(&sent, "trenin");
    let responses = dispatch(in_group("/help@test_bot")).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains("/topics"));
}

#[tokio::test]
async fn group_command_for_another_bot_is_ignored() {
    let responses = dispatch(in_group("/help@other_bot")).await;
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
    let responses = dispatch(MockMessageSticker::new()).await;
    assert_not_text_hint(&responses);
}

#[tokio::test]
async fn photo_in_private_chat_gets_a_one_line_hint() {
    let responses = dispatch(MockMessagePhoto::new()).await;
    assert_not_text_hint(&responses);
}

#[tokio::test]
async fn sticker_in_a_group_is_ignored() {
    let responses = dispatch(MockMessageSticker::new().chat(MockGroupChat::new().build())).await;
    assert!(responses.sent_messages.is_empty(), "{:#?}", responses.sent_messages);
}

// ───────────────────────────── inline mode ─────────────────────────────

/// Runs the handler tree in a real teloxide dispatcher polling the fake Bot API with `updates`,
/// until `answers` answerInlineQuery calls arrived; returns their bodies.
async fn inline_answers(updates: Vec<Value>, answers: usize) -> Vec<Value> {
    let api = FakeApi::start().await;
    api.push_updates(updates);
    let bot = Bot::new("123456:TESTinlineTOKEN").set_api_url(api.url().parse().unwrap());
    let mut dispatcher = Dispatcher::builder(bot.clone(), schema::<Bot>())
        .dependencies(dptree::deps![
            Arc::new(matcher()),
            None::<Arc<UnansweredLog>>,
            built_in(),
            Admins::default()
        ])
        .build();
    let shutdown = dispatcher.shutdown_token();
    let listener = Polling::builder(bot).timeout(Duration::from_secs(1)).build();
    let running = tokio::spawn(async move {
        dispatcher
            .dispatch_with_listener(listener, LoggingErrorHandler::with_custom_text("polling"))
            .await
    });
    let arrived = api
        .wait_until(Duration::from_secs(20), |calls| {
            calls.iter().filter(|c| c.is("answerInlineQuery")).count() >= answers
        })
        .await;
    // Let anything extra arrive before stopping, so duplicates would show.
    tokio::time::sleep(Duration::from_millis(300)).await;
    if let Ok(stopping) = shutdown.shutdown() {
        let _ = tokio::time::timeout(Duration::from_secs(10), stopping).await;
    }
    running.abort();
    assert!(arrived, "answerInlineQuery was not called {answers} times: {:#?}", api.calls());
    assert!(api.calls_of("sendMessage").is_empty(), "inline queries send no messages");
    api.calls_of("answerInlineQuery").into_iter().map(|call| call.body).collect()
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
        assert_eq!(text, reply::answer_html(knowledge(), entry));
        assert!(text.contains(&format!("<blockquote>{}</blockquote>", escape(&entry.quote))));
        assert!(text.chars().count() <= MAX_MESSAGE_CHARS);
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
        let card = reply::entry_reply(knowledge(), entry);
        assert!(card.html.chars().count() <= MAX_MESSAGE_CHARS, "{}", entry.id);
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
