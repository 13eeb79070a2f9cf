//! One conversation core behind every front end: five-turn dialogues answered the same by the
//! bot (a private chat, and a group where two readers talk at once, each with a context of
//! their own), by `ask --json --conversation` and by `chat`.

use std::time::Duration;

use article_qa_bot::conversation::reply::plain_text;
use article_qa_bot::knowledge::Language;
use fake_telegram_api::{self as fake_api, FakeApi, BOT_USERNAME};
use serde_json::Value;

use crate::common;
use crate::support::*;

/// How long any one step may take.
const WAIT: Duration = Duration::from_secs(30);

/// Two dialogues in which most turns need the ones before them.
const FIRST: [&str; 5] = [
    "who is dmitri trenin",
    "what does he think about the west?",
    "why?",
    "tell me more",
    "thanks!",
];
const SECOND: [&str; 5] =
    ["What did Medvedev say in 2008 about NATO?", "and lavrov?", "why?", "tell me more", "bye"];

/// What the conversation core replies to one turn: its HTML, or for small talk, whose reply
/// is drawn at random among the intent's variants, any of them; and the entry answered.
#[derive(Debug, Clone, PartialEq)]
struct Expected {
    replies: Vec<String>,
    entry: Option<String>,
}

impl Expected {
    fn allows(&self, html: &str) -> bool {
        match self.replies.as_slice() {
            [exact] => html == exact,
            variants => variants.iter().any(|variant| html.contains(variant.as_str())),
        }
    }
}

/// What the conversation core replies to each of `turns`, in one conversation or (`in_context`
/// false) each turn afresh.
fn core_replies(turns: &[&str], in_context: bool) -> Vec<Expected> {
    core_dialogue(turns, in_context, |knowledge, response| {
        let intent = response
            .intent
            .and_then(|name| knowledge.smalltalk.intents.iter().find(|intent| intent.name == name));
        let replies = match intent {
            Some(intent) => intent.replies_in(Language::En).iter().map(|r| escape(r)).collect(),
            None => vec![response.reply.html.clone()],
        };
        Expected { replies, entry: response.entry.map(|entry| entry.id.clone()) }
    })
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Asserts that at least two turns of `turns` are answered differently in context than alone:
/// else the dialogue does not test the context.
fn assert_needs_context(turns: &[&str]) {
    let (together, alone) = (core_replies(turns, true), core_replies(turns, false));
    let depends = together.iter().zip(&alone).filter(|(a, b)| a != b).count();
    assert!(depends >= 2, "only {depends} turns of {turns:?} depend on the context");
}

/// The text of the reply to `question`, waiting for it.
async fn reply_to(api: &FakeApi, bot: &BotProcess, question: &Question) -> String {
    let answered = api.wait_until(WAIT, |calls| !answers_to(calls, question).is_empty()).await;
    assert!(answered, "no reply to {:?}:\n{}", question.text, tail(&bot.output()));
    let calls = api.calls();
    let reply = answers_to(&calls, question)[0].clone();
    check_reply(&reply, question);
    reply.body["text"].as_str().unwrap_or_default().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dialogue_is_the_same_in_a_private_chat_a_busy_group_the_console_and_the_cli() {
    assert_needs_context(&FIRST);
    assert_needs_context(&SECOND);
    let (first, second) = (core_replies(&FIRST, true), core_replies(&SECOND, true));

    let api = FakeApi::start().await;
    let bot = start_bot("dialogue", &["run"], &bot_env(&api.url()));
    let mut update_id = 0;

    // A private chat: one turn after the other.
    const READER: i64 = 9101;
    for (i, turn) in FIRST.iter().enumerate() {
        update_id += 1;
        let question = Question {
            update_id,
            chat_id: READER,
            message_id: 1 + i as i64,
            text: turn.to_string(),
        };
        api.push_updates([fake_api::private_text(update_id, READER, question.message_id, turn)]);
        let got = reply_to(&api, &bot, &question).await;
        assert!(first[i].allows(&got), "private turn {i} ({turn:?}): {got:?}, not {:?}", first[i]);
    }

    // A group: two readers, each turn of theirs sent together, mentioning the bot. Each has a
    // context of their own: the other's turns in between change nothing.
    const GROUP: i64 = -100_9102;
    const USERS: [i64; 2] = [9201, 9202];
    for i in 0..FIRST.len() {
        let mut questions = Vec::new();
        let mut updates = Vec::new();
        for (user, turn) in USERS.iter().zip([FIRST[i], SECOND[i]]) {
            update_id += 1;
            let message_id = 100 + update_id;
            let text = format!("@{BOT_USERNAME} {turn}");
            updates.push(fake_api::text_update(update_id, GROUP, *user, message_id, &text));
            questions.push(Question { update_id, chat_id: GROUP, message_id, text });
        }
        api.push_updates(updates);
        for (question, expected) in questions.iter().zip([&first[i], &second[i]]) {
            let got = reply_to(&api, &bot, question).await;
            let turn = &question.text;
            assert!(expected.allows(&got), "group turn {i} ({turn:?}): {got:?}, not {expected:?}");
        }
    }

    // `ask --json --conversation`: both dialogues, an empty line between them.
    let input = format!("{}\n\n{}\n", FIRST.join("\n"), SECOND.join("\n"));
    let output = common::run(&["ask", "--json", "--conversation"], input.as_bytes());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let lines: Vec<Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line per turn"))
        .collect();
    let expected_ids: Vec<Option<String>> =
        first.iter().chain(&second).map(|expected| expected.entry.clone()).collect();
    let ids: Vec<Option<String>> =
        lines.iter().map(|line| line["id"].as_str().map(str::to_owned)).collect();
    assert_eq!(ids, expected_ids, "ask --conversation answered other entries");

    // `chat` in a pipe: each reply, as plain text.
    let output = common::run(&["chat"], format!("{}\n", FIRST.join("\n")).as_bytes());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let transcript = String::from_utf8_lossy(&output.stdout);
    for (turn, expected) in FIRST.iter().zip(&first) {
        let found = expected.replies.iter().any(|html| transcript.contains(&plain_text(html)));
        assert!(found, "chat replied otherwise to {turn:?}:\n{transcript}");
    }
}
