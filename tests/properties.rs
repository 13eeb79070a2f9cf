//! Property tests: for any text a reader may send, the matcher does not panic and the reply is
//! valid Telegram HTML that fits Telegram's limits.
//!
//! `PROPTEST_CASES` sets the number of cases per property. CI runs proptest's default (256
//! per property, a few seconds). The long run, over a million cases in all (ten properties),
//! is `PROPTEST_CASES=100000 cargo test --release --test properties`.

use std::sync::OnceLock;

use std::time::Duration;

use article_qa_bot::conversation::reply::{self, Action, MAX_CALLBACK_BYTES};
use article_qa_bot::conversation::Say;
use article_qa_bot::knowledge::{Knowledge, Language, MAX_ID_BYTES};
use article_qa_bot::matcher::{MatchConfig, Matcher};
use fake_telegram_api::html;
use proptest::prelude::*;
use proptest::string::string_regex;

fn matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| Matcher::new(Knowledge::embedded().unwrap(), MatchConfig::DEFAULT))
}

fn check_reply(question: &str) -> Result<(), TestCaseError> {
    let matcher = matcher();
    let answer = matcher.ask(question);
    prop_assert!(answer.ranked.iter().all(|hit| (0.0..=1.0).contains(&hit.score)));
    let reply = Say::new(matcher.knowledge(), Language::En).question_reply(question, &answer);
    html::check(&reply.html).map_err(TestCaseError::fail)?;
    for button in reply.buttons.iter().flatten() {
        prop_assert!(button.action.encode().len() <= MAX_CALLBACK_BYTES);
        prop_assert!(!button.label.is_empty());
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_unicode_text(question in "\\PC{0,300}") {
        check_reply(&question)?;
    }

    #[test]
    fn any_chars_including_controls(question in any::<String>()) {
        check_reply(&question)?;
    }

    #[test]
    fn article_words_with_noise(words in proptest::collection::vec(
        prop_oneof![
            Just("nato".to_owned()), Just("Trenin".to_owned()), Just("<b>".to_owned()), Just("&amp;".to_owned()),
            Just("détente".to_owned()), Just("U.S.".to_owned()), Just("\u{200B}".to_owned()), Just("🙂".to_owned()),
            Just("שלום".to_owned()), Just("'; DROP TABLE entries; --".to_owned()), Just("**bold**".to_owned()),
            "[a-z]{1,12}",
        ],
        0..60,
    )) {
        check_reply(&words.join(" "))?;
    }

    #[test]
    fn long_messages(question in "[a-zA-Z <>&]{3000,4096}") {
        check_reply(&question)?;
    }

    #[test]
    fn long_single_words(question in "[a-z]{30,4096}") {
        // One long "word" once cost seconds in the typo lookup: it must stay cheap.
        check_reply(&question)?;
    }

    #[test]
    fn hostile_mixtures(parts in proptest::collection::vec(hostile_part(), 0..200)) {
        check_reply(&parts.concat())?;
    }

    #[test]
    fn many_repeated_words(word in "[a-zA-Z]{1,10}|nato|trenin|<b>|&|🙂", times in 1usize..10_000) {
        // Telegram stops at 4096 characters, but `ask` reads any line: the cost must stay capped.
        check_reply(&format!("{word} ").repeat(times))?;
    }

    #[test]
    fn callback_data_fits_and_round_trips(
        id in string_regex(&format!("[a-z0-9-]{{1,{MAX_ID_BYTES}}}")).unwrap(),
        topic in any::<usize>(),
        page in any::<usize>(),
    ) {
        // Any id the knowledge base accepts when it loads: this shape, up to MAX_ID_BYTES.
        let actions = [
            Action::Answer(id.clone()),
            Action::Topic(topic, page),
            Action::Topics(page),
            Action::NoneOfThese,
        ];
        for action in actions {
            let data = action.encode();
            prop_assert!(data.len() <= MAX_CALLBACK_BYTES, "{data:?}");
            prop_assert_eq!(Action::decode(&data), Some(action));
        }
    }

    #[test]
    fn callback_data_that_decodes_encodes_back_the_same(
        data in r"([atTn]|[atTn]:|[atTn]:[0-9]{0,3}|[atTn]:[0-9]{0,3}:[0-9]{0,3}|[atTn]:-?[0-9a-z+]{0,5}|.{0,8})"
    ) {
        if let Some(action) = Action::decode(&data) {
            prop_assert_eq!(action.encode(), data);
        }
    }

    #[test]
    fn slow_down_reply_is_valid(millis in any::<u64>()) {
        for language in Language::ALL {
            let say = Say::new(matcher().knowledge(), language);
            let reply = say.slow_down(Duration::from_millis(millis));
            html::check(&reply.html).map_err(TestCaseError::fail)?;
        }
    }
}

/// Pieces of hostile text: markup and injection attempts, invisible and control characters,
/// scripts written right to left, punctuation, emoji and words the knowledge base knows.
fn hostile_part() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<b>".to_owned()),
        Just("</blockquote>".to_owned()),
        Just("<a href=\"javascript:alert(1)\">x</a>".to_owned()),
        Just("&amp;&lt;&#0;&#x110000;&".to_owned()),
        Just("*bold* _it_ `code` [link](http://x) ~~s~~ ||spoiler||".to_owned()),
        Just("' OR 1=1; DROP TABLE entries; --".to_owned()),
        Just("\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}".to_owned()),
        Just("\u{202E}\u{2066}\u{202C}".to_owned()),
        Just("\u{0}\u{7}\u{1b}[31m\r\n\t".to_owned()),
        Just("?!.,;:…—–()[]{}".to_owned()),
        Just("🙂👍🏽🇷🇺🇨🇳👨‍👩‍👧".to_owned()),
        Just("Путин 習近平 ترينين שלום नाटो".to_owned()),
        Just("e\u{301}\u{301}\u{301}ÅＮＡＴＯ".to_owned()),
        Just("nato".to_owned()),
        Just("trenin".to_owned()),
        "[[:punct:]]{1,30}",
        "\\PC{1,20}",
        "[\\x00-\\x1f]{1,10}",
        " {1,5}",
    ]
}

#[test]
fn every_entry_card_is_valid_html() {
    let knowledge = matcher().knowledge();
    for language in Language::ALL {
        let say = Say::new(knowledge, language);
        for entry in &knowledge.entries {
            let reply = say.entry_reply(entry);
            html::check(&reply.html)
                .unwrap_or_else(|err| panic!("{} ({language:?}): {err}", entry.id));
        }
    }
    let say = Say::new(knowledge, Language::En);
    for reply in [say.topics(), say.about(), say.start(&[]), say.help()] {
        html::check(&reply.html).unwrap_or_else(|err| panic!("{err}: {}", reply.html));
        assert!(reply
            .buttons
            .iter()
            .flatten()
            .all(|b| b.action.encode().len() <= MAX_CALLBACK_BYTES));
    }
}

/// Every question of every question set in tests/data, plus hostile inputs, yields a reply
/// Telegram accepts: nothing it would reject with "can't parse entities" or "message is too
/// long".
#[test]
fn all_known_questions_yield_valid_replies() {
    let mut questions: Vec<String> = vec![
        String::new(),
        "x".repeat(4096),
        "<b>&amp; </i> & < >".to_owned(),
        "🙂".repeat(2000),
        "\u{202E}reversed\u{202C} \u{200B}zero width".to_owned(),
        "مرحبا كيف حالك".to_owned(),
        "word ".repeat(2000),
        "nato ".repeat(10_000),
        "?!...,;:".repeat(500),
        "🙂👍🏽🇷🇺".repeat(400),
        "' OR 1=1; DROP TABLE entries; --".to_owned(),
        "*bold* _it_ `code` [link](http://x)".to_owned(),
        "\u{0}\u{1}\u{7}\u{1b}[31m red \u{7f}".to_owned(),
        "\u{200B}\u{200C}\u{200D}\u{FEFF}".repeat(1000),
        "Who is Трени́н, 習近平 and ترينين?".to_owned(),
    ];
    let root = env!("CARGO_MANIFEST_DIR");
    for file in ["questions.jsonl", "holdout.jsonl", "holdout2.jsonl", "table.jsonl"] {
        // A missing or empty file fails: it would silently test less.
        let path = format!("{root}/tests/data/{file}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"));
        let before = questions.len();
        for line in text.lines().filter(|line| !line.trim().is_empty()) {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            questions.push(value["q"].as_str().unwrap().to_owned());
        }
        assert!(questions.len() - before >= 100, "{path}: {} questions", questions.len() - before);
    }
    for question in &questions {
        check_reply(question).unwrap_or_else(|err| panic!("{question:?}: {err}"));
    }
}

#[test]
fn a_translated_quote_is_labelled_as_a_translation_under_the_english_quote() {
    let knowledge = matcher().knowledge();
    for language in [Language::Ru, Language::Zh] {
        let say = Say::new(knowledge, language);
        let label = say.plain("translation", &[]);
        assert_ne!(label, "Translation", "{language:?} has its own label");
        for entry in &knowledge.entries {
            let translated = entry.translation(language).expect("every entry is translated");
            let html = say.entry_reply(entry).html;
            let quote = html.find("<blockquote>").expect("the English quote");
            let english = quote
                + html[quote..].find(&escape(&entry.quote)).expect("the English quote, quoted");
            let translation = html
                .find(&format!("<i>{}: {}</i>", escape(&label), escape(&translated.quote)))
                .unwrap_or_else(|| {
                    panic!("{} ({language:?}): no labelled translation in {html}", entry.id)
                });
            assert!(
                english < translation,
                "{}: the translation follows the quote: {html}",
                entry.id
            );
            assert!(
                !html[quote..].starts_with(&format!("<blockquote>{}", escape(&translated.quote)))
            );
        }
        // The plain text of the console and the JSON of ask read the same HTML.
        let plain = reply::plain_text(&say.entry_reply(&knowledge.entries[0]).html);
        assert!(plain.contains(&format!("{label}: ")), "{plain}");
    }
}

/// Escapes like Telegram HTML needs: written here, not taken from the crate under test.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
