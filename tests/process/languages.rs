//! Russian and Chinese readers end to end: the profile registered per language at start-up, a
//! conversation in each language (a question, a follow-up that needs the first answer, thanks),
//! and commands answered in the reader's app language when there is no text to judge by.

use std::time::Duration;

use article_qa_bot::conversation::COMMANDS;
use article_qa_bot::knowledge::{Entry, Knowledge, Language};
use article_qa_bot::text::{is_cyrillic, is_han};
use fake_telegram_api::{self as fake_api, html, Call, FakeApi};
use serde_json::{json, Value};

use crate::support::*;

/// How long any one step may take.
const WAIT: Duration = Duration::from_secs(30);

/// A Russian or Chinese reader's script.
#[derive(Clone, Copy, Debug)]
struct Script {
    language: Language,
    /// Whether a character is a letter of the script.
    letter: fn(char) -> bool,
    /// The other of the two scripts, which a reply must not use.
    other: fn(char) -> bool,
}

const RU: Script = Script { language: Language::Ru, letter: is_cyrillic, other: is_han };
const ZH: Script = Script { language: Language::Zh, letter: is_han, other: is_cyrillic };

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The text a reader sees outside the quotes: tags and blockquotes removed, entities unescaped.
fn visible_outside_quotes(html_text: &str) -> String {
    let mut out = String::new();
    let mut rest = html_text;
    while let Some(start) = rest.find("<blockquote") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("</blockquote>").expect("a closed blockquote") + start;
        rest = &rest[end + "</blockquote>".len()..];
    }
    out.push_str(rest);
    let mut text = String::new();
    let mut in_tag = false;
    for c in out.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    unescape(&text)
}

/// The words in Latin letters of `text` that are not names the bot may show as they are: the
/// article's title and publication, and command names.
fn latin_words(text: &str, knowledge: &Knowledge) -> Vec<String> {
    let mut text = text.to_owned();
    for name in [&knowledge.article.title, &knowledge.article.publication] {
        text = text.replace(name.as_str(), " ");
    }
    for command in COMMANDS {
        text = text.replace(&format!("/{command}"), " ");
    }
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Asserts that `text` (plain, what a reader sees) is written in `script`: some of its letters,
/// none of the other script's, and no Latin words but the article's title and publication and
/// command names (an English interface string would show up here).
fn assert_in_script(text: &str, script: Script, knowledge: &Knowledge, context: &str) {
    assert!(text.chars().any(script.letter), "not in {:?}: {text:?} ({context})", script.language);
    assert!(!text.chars().any(script.other), "the other script in {text:?} ({context})");
    let latin = latin_words(text, knowledge);
    assert!(
        latin.is_empty(),
        "Latin words {latin:?} in a {:?} reply: {text:?} ({context})",
        script.language
    );
}

/// The texts of a reply's buttons.
fn button_texts(call: &Call) -> Vec<String> {
    call.body["reply_markup"]["inline_keyboard"]
        .as_array()
        .map(|rows| {
            rows.iter()
                .flat_map(|row| row.as_array().expect("a row").iter())
                .map(|button| button["text"].as_str().expect("a button text").to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// The quotes of a reply, unescaped and normalised.
fn quotes(call: &Call) -> Vec<String> {
    let text = call.body["text"].as_str().expect("a text");
    let checked = html::check(text).unwrap_or_else(|err| panic!("bad HTML: {err}: {text}"));
    checked.quotes.iter().map(|quote| normalize(&unescape(quote))).collect()
}

/// A private message from a reader whose app's language is `app_language`.
fn message(question: &Question, app_language: &str) -> Value {
    let mut update = fake_api::private_text(
        question.update_id,
        question.chat_id,
        question.message_id,
        &question.text,
    );
    update["message"]["from"]["language_code"] = json!(app_language);
    update
}

/// Sends the bot one message from each of `turns` ((chat, app language, text)) and waits until
/// each has a reply; returns the questions and the first reply to each.
struct Session {
    api: FakeApi,
    bot: BotProcess,
    next: i64,
    asked: Vec<Question>,
}

impl Session {
    async fn send(&mut self, turns: &[(i64, &str, &str)]) -> Vec<(Question, Call)> {
        let questions: Vec<(Question, &str)> = turns
            .iter()
            .map(|&(chat_id, app_language, text)| {
                self.next += 1;
                let question = Question {
                    update_id: self.next,
                    chat_id,
                    message_id: 100 + self.next,
                    text: text.to_owned(),
                };
                (question, app_language)
            })
            .collect();
        self.api.push_updates(questions.iter().map(|(q, app_language)| message(q, app_language)));
        let answered = self
            .api
            .wait_until(WAIT, |calls| {
                questions.iter().all(|(q, _)| !answers_to(calls, q).is_empty())
            })
            .await;
        let calls = self.api.calls();
        let unanswered: Vec<&str> = questions
            .iter()
            .filter(|(q, _)| answers_to(&calls, q).is_empty())
            .map(|(q, _)| q.text.as_str())
            .collect();
        assert!(answered, "no reply to {unanswered:?}:\n{}", tail(&self.bot.output()));
        questions
            .into_iter()
            .map(|(q, _)| {
                let reply = answers_to(&calls, &q)[0].clone();
                check_reply(&reply, &q);
                self.asked.push(q.clone());
                (q, reply)
            })
            .collect()
    }
}

/// The calls of `method` at start-up, by the language code they register (`None`: the default).
fn profile_calls<'c>(calls: &'c [Call], method: &str) -> Vec<(Option<&'c str>, &'c Value)> {
    calls
        .iter()
        .filter(|call| call.done(method))
        .map(|call| (call.body["language_code"].as_str(), &call.body))
        .collect()
}

/// The command menu, description and short description in English and in each language.
fn check_profile(calls: &[Call], knowledge: &Knowledge) {
    let commands = profile_calls(calls, "setMyCommands");
    let descriptions = profile_calls(calls, "setMyDescription");
    let shorts = profile_calls(calls, "setMyShortDescription");
    for (method, registered) in [
        ("setMyCommands", &commands),
        ("setMyDescription", &descriptions),
        ("setMyShortDescription", &shorts),
    ] {
        let mut codes: Vec<Option<&str>> = registered.iter().map(|(code, _)| *code).collect();
        codes.sort();
        assert_eq!(codes, [None, Some("ru"), Some("zh")], "{method}: {registered:#?}");
    }
    let find = |registered: &[(Option<&str>, &Value)], code: Option<&str>| -> Value {
        registered.iter().find(|(c, _)| *c == code).expect("registered").1.clone()
    };
    let english = find(&commands, None);
    let names = |body: &Value| -> Vec<String> {
        body["commands"]
            .as_array()
            .expect("commands")
            .iter()
            .map(|command| command["command"].as_str().unwrap().trim_start_matches('/').to_owned())
            .collect()
    };
    assert_eq!(names(&english), COMMANDS, "{english:#}");
    // English by default: no Cyrillic or Chinese.
    let foreign = |text: &str| text.chars().any(|c| is_cyrillic(c) || is_han(c));
    for command in english["commands"].as_array().unwrap() {
        let description = command["description"].as_str().unwrap();
        assert!(!foreign(description) && !description.trim().is_empty(), "{english:#}");
    }
    for key in ["description", "short_description"] {
        let registered = if key == "description" { &descriptions } else { &shorts };
        let text = find(registered, None)[key].as_str().expect("a description").to_owned();
        assert!(!foreign(&text) && text.contains(&knowledge.article.title), "{key}: {text:?}");
    }
    for script in [RU, ZH] {
        let code = Some(script.language.code());
        let body = find(&commands, code);
        assert_eq!(names(&body), COMMANDS, "the same commands in {code:?}: {body:#}");
        let english_descriptions: Vec<&str> = english["commands"]
            .as_array()
            .unwrap()
            .iter()
            .map(|command| command["description"].as_str().unwrap())
            .collect();
        for (command, in_english) in
            body["commands"].as_array().unwrap().iter().zip(english_descriptions)
        {
            let description = command["description"].as_str().unwrap();
            assert_in_script(description, script, knowledge, "a command's description");
            assert_ne!(description, in_english);
        }
        for key in ["description", "short_description"] {
            let registered = if key == "description" { &descriptions } else { &shorts };
            let text = find(registered, code)[key].as_str().expect("a description").to_owned();
            assert!(text.contains(&knowledge.article.title), "{key} in {code:?}: {text:?}");
            assert_in_script(&text, script, knowledge, key);
        }
    }
}

/// One language's conversation, and what it is about.
struct Conversation {
    script: Script,
    chat: i64,
    question: &'static str,
    /// The entry the question asks for.
    entry: &'static str,
    /// A follow-up that means nothing on its own.
    follow_up: &'static str,
    thanks: &'static str,
}

const CONVERSATIONS: [Conversation; 2] = [
    Conversation {
        script: RU,
        chat: 7001,
        question: "Что Тренин сказал о Китае?",
        entry: "trenin",
        follow_up: "расскажи подробнее",
        thanks: "спасибо",
    },
    Conversation {
        script: ZH,
        chat: 7002,
        question: "德米特里·特列宁是谁？",
        entry: "trenin",
        follow_up: "详细说说",
        thanks: "谢谢",
    },
];

/// An answer card for `entry` in the reader's language: the article's English quote verbatim,
/// its translation labelled as one, title and answer translated, buttons translated.
fn check_answer(
    reply: &Call,
    question: &Question,
    entry: &Entry,
    script: Script,
    knowledge: &Knowledge,
) {
    let language = script.language;
    let text = reply.body["text"].as_str().unwrap();
    let context = format!("reply to {:?}: {text}", question.text);
    assert_eq!(quotes(reply), [normalize(&entry.quote)], "{context}");
    let translation = entry.translation(language).expect("a translation");
    let label = knowledge.ui.text(language, "translation", &[]);
    let labelled = format!("<i>{}: {}</i>", escape(&label), escape(&translation.quote));
    assert!(text.contains(&labelled), "no {labelled:?} in the {context}");
    assert!(text.contains(&escape(&translation.title)), "no translated title: {context}");
    assert!(text.contains(&escape(&translation.answer)), "no translated answer: {context}");
    assert_in_script(&visible_outside_quotes(text), script, knowledge, &context);
    let buttons = button_texts(reply);
    assert!(!buttons.is_empty(), "no related questions: {context}");
    for button in buttons {
        assert_in_script(&button, script, knowledge, &context);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn russian_and_chinese_readers_are_answered_in_their_language() {
    let knowledge = Knowledge::embedded().expect("the built-in knowledge base");
    let api = FakeApi::start().await;
    let bot = start_bot("languages", &["run"], &bot_env(&api.url()));
    let registered = api
        .wait_until(WAIT, |calls| {
            calls.iter().filter(|call| call.done("setMyShortDescription")).count() == 3
        })
        .await;
    assert!(registered, "no profile in three languages:\n{}", tail(&bot.output()));
    let mut session = Session { api, bot, next: 0, asked: Vec::new() };

    // The questions, and the follow-ups sent alone from chats without a conversation.
    let mut turns: Vec<(i64, &str, &str)> =
        CONVERSATIONS.iter().map(|c| (c.chat, "en", c.question)).collect();
    turns.extend(CONVERSATIONS.iter().map(|c| (c.chat + 100, "en", c.follow_up)));
    let first = session.send(&turns).await;
    let mut answered = Vec::new();
    for (conversation, (question, reply)) in CONVERSATIONS.iter().zip(&first) {
        let entry = knowledge.entry(conversation.entry).expect("the entry");
        check_answer(reply, question, entry, conversation.script, &knowledge);
        answered.push(entry);
    }
    // Alone, a follow-up is declined: there is nothing to say more about.
    let mut alone = Vec::new();
    for (conversation, (question, reply)) in CONVERSATIONS.iter().zip(&first[CONVERSATIONS.len()..])
    {
        let text = reply.body["text"].as_str().unwrap();
        let declined = knowledge.ui.text(
            conversation.script.language,
            "declined",
            &[("question", conversation.follow_up)],
        );
        assert!(quotes(reply).is_empty(), "{text}");
        assert!(text.contains(&escape(&declined)), "not declined in the language: {text}");
        assert_in_script(
            &visible_outside_quotes(text),
            conversation.script,
            &knowledge,
            &question.text,
        );
        alone.push(text.to_owned());
    }

    // The follow-ups, in the conversations: "tell me more" about the first answer's entry.
    let turns: Vec<(i64, &str, &str)> =
        CONVERSATIONS.iter().map(|c| (c.chat, "en", c.follow_up)).collect();
    let follow_ups = session.send(&turns).await;
    for (((conversation, (question, reply)), entry), alone) in
        CONVERSATIONS.iter().zip(&follow_ups).zip(&answered).zip(&alone)
    {
        let text = reply.body["text"].as_str().unwrap();
        assert_ne!(text, alone, "the follow-up {:?} was not read in context", question.text);
        let more_id = entry.more.as_deref().expect("the entry says what is more about it");
        let more = knowledge.entry(more_id).expect("the entry for more");
        check_answer(reply, question, more, conversation.script, &knowledge);
        let first_quote = normalize(&entry.quote);
        assert_ne!(quotes(reply), [first_quote], "the follow-up repeated the first answer: {text}");
    }

    // Thanks: small talk, short, with no quote.
    let turns: Vec<(i64, &str, &str)> =
        CONVERSATIONS.iter().map(|c| (c.chat, "en", c.thanks)).collect();
    let thanks = session.send(&turns).await;
    let intent = knowledge
        .smalltalk
        .intents
        .iter()
        .find(|intent| intent.name == "thanks")
        .expect("the thanks intent");
    for (conversation, (question, reply)) in CONVERSATIONS.iter().zip(&thanks) {
        let text = reply.body["text"].as_str().unwrap();
        assert!(quotes(reply).is_empty(), "a quote in the thanks reply: {text}");
        assert!(text.chars().count() <= 200, "a long thanks reply: {text}");
        let replies = intent.replies_in(conversation.script.language);
        assert!(replies.iter().any(|r| escape(r) == text), "{text:?} is none of {replies:?}");
        assert_in_script(
            &visible_outside_quotes(text),
            conversation.script,
            &knowledge,
            &question.text,
        );
        for button in button_texts(reply) {
            assert_in_script(&button, conversation.script, &knowledge, &question.text);
        }
    }

    // Commands carry no text to judge: the app's language decides, its region or script aside.
    let commands = [(7101, "ru-RU", RU), (7102, "zh-hans", ZH)];
    let turns: Vec<(i64, &str, &str)> = commands
        .iter()
        .flat_map(|&(chat, code, _)| [(chat, code, "/start"), (chat + 100, code, "/help")])
        .collect();
    let replies = session.send(&turns).await;
    for (i, (question, reply)) in replies.iter().enumerate() {
        let script = commands[i / 2].2;
        let language = script.language;
        let text = reply.body["text"].as_str().unwrap();
        let context = format!("{} from a {language:?} app: {text}", question.text);
        assert!(quotes(reply).is_empty(), "{context}");
        assert_in_script(&visible_outside_quotes(text), script, &knowledge, &context);
        let expected = match question.text.as_str() {
            "/start" => knowledge.ui.text(language, "start_how", &[]),
            _ => knowledge.ui.text(language, "help", &[]),
        };
        assert!(text.contains(&escape(&expected)), "no {expected:?}: {context}");
        if question.text == "/help" {
            for name in COMMANDS {
                let description = knowledge.ui.text(language, &format!("command_{name}"), &[]);
                let line = format!("/{name} — {}", escape(&description));
                assert!(text.contains(&line), "no {line:?}: {context}");
            }
        }
        for button in button_texts(reply) {
            assert_in_script(&button, script, &knowledge, &context);
        }
    }

    // Start-up registered the profile in each language, and nothing was answered twice.
    let last = session.next;
    let finished = session.api.wait_until(WAIT, |calls| finished_through(calls, last)).await;
    assert!(finished, "updates not confirmed:\n{}", tail(&session.bot.output()));
    let calls = session.api.calls();
    check_profile(&calls, &knowledge);
    assert_all_answered(&session.asked, &calls);
    let sent = calls.iter().filter(|call| call.is("sendMessage")).count();
    assert_eq!(sent, session.asked.len(), "messages that reply to no question");
    assert_no_token(&session.bot.output());
}
