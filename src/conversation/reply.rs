//! Building the bot's replies in the reader's language: Telegram HTML text and button rows.
//!
//! [`Say`] writes every reply from the knowledge base's entries and interface strings
//! (`ui.toml`, per language). No network here, so every reply can be unit-tested with its exact
//! expected HTML. All text from the knowledge base or from the user is escaped; the only markup
//! is ours, and only tags that Telegram accepts (b, i, blockquote, pre). An entry's quote is
//! always the article's English; in another language its translation follows, labelled as one.

use teloxide::utils::html::escape;

use crate::knowledge::{Entry, Knowledge, Language, Part, QuestionKind};
use crate::matcher::{Hit, Ranking, Verdict};

use super::markup::escape_within;
pub use super::markup::{cut, plain_text};

/// Telegram's limit on a message's text, in characters.
pub const MAX_MESSAGE_CHARS: usize = 4096;
/// Telegram's limit on callback data, in bytes.
pub const MAX_CALLBACK_BYTES: usize = 64;
/// Button labels longer than this are cut: Telegram shows about this much on a phone.
const MAX_BUTTON_CHARS: usize = 60;
/// How much of the reader's question a decline quotes back.
const MAX_ECHO_CHARS: usize = 100;
/// Questions offered as buttons after a decline and by /start.
const SUGGESTION_BUTTONS: usize = 3;
/// Follow-up buttons under an answer.
const MAX_RELATED_BUTTONS: usize = 3;
/// Buttons on one page of /topics or of a topic, before a row to turn the page: about what a
/// phone shows without scrolling. A knowledge base with a thousand entries in one topic would
/// otherwise send a keyboard far past what Telegram clients show.
pub const PAGE_BUTTONS: usize = 8;

/// What pressing a button asks the bot to do. Encoded in callback data as a short prefix and a
/// value, always within [`MAX_CALLBACK_BYTES`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Answer the entry with this id.
    Answer(String),
    /// List the entries of the topic with this position (first), from this page (second).
    Topic(usize, usize),
    /// List the topics, from this page.
    Topics(usize),
    /// The reader meant none of the suggestions.
    NoneOfThese,
}

impl Action {
    /// Returns the callback data for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::Answer(id) => format!("a:{id}"),
            Action::Topic(index, 0) => format!("t:{index}"),
            Action::Topic(index, page) => format!("t:{index}:{page}"),
            Action::Topics(page) => format!("T:{page}"),
            Action::NoneOfThese => "n".to_owned(),
        }
    }

    /// Parses callback data; `None` for data this bot did not make. Numbers must be written as
    /// [`Action::encode`] writes them (no sign, no leading zero), so decoding and encoding again
    /// gives the same data.
    pub fn decode(data: &str) -> Option<Action> {
        match data.split_once(':') {
            Some(("a", id)) if !id.is_empty() => Some(Action::Answer(id.to_owned())),
            Some(("t", rest)) => match rest.split_once(':') {
                None => Some(Action::Topic(number(rest)?, 0)),
                Some((index, page)) => match number(page)? {
                    0 => None,
                    page => Some(Action::Topic(number(index)?, page)),
                },
            },
            Some(("T", page)) => Some(Action::Topics(number(page)?)),
            None if data == "n" => Some(Action::NoneOfThese),
            _ => None,
        }
    }
}

/// A number written as [`Action::encode`] writes it: decimal digits, no leading zero.
fn number(text: &str) -> Option<usize> {
    let canonical = text.bytes().all(|b| b.is_ascii_digit())
        && !text.is_empty()
        && (text == "0" || !text.starts_with('0'));
    canonical.then(|| text.parse().ok()).flatten()
}

/// A button: its label and what it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    /// The label.
    pub label: String,
    /// The action.
    pub action: Action,
}

impl Button {
    fn new(label: &str, action: Action) -> Button {
        Button { label: cut(label, MAX_BUTTON_CHARS), action }
    }

    fn ask(entry: &Entry, language: Language) -> Button {
        Button::new(entry.question_in(language), Action::Answer(entry.id.clone()))
    }
}

/// A reply: HTML text and rows of buttons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// Telegram HTML.
    pub html: String,
    /// Rows of buttons, top to bottom.
    pub buttons: Vec<Vec<Button>>,
}

impl Reply {
    fn new(html: String, buttons: Vec<Vec<Button>>) -> Reply {
        Reply { html, buttons }
    }
}

/// Writes replies from `knowledge` in `language`.
#[derive(Debug, Clone, Copy)]
pub struct Say<'k> {
    /// The knowledge base: entries and interface strings.
    pub knowledge: &'k Knowledge,
    /// The reader's language.
    pub language: Language,
}

impl<'k> Say<'k> {
    /// Replies from `knowledge` in `language`.
    pub fn new(knowledge: &'k Knowledge, language: Language) -> Say<'k> {
        Say { knowledge, language }
    }

    /// The interface string `key` with its placeholders filled, escaped for HTML.
    fn text(&self, key: &str, values: &[(&str, &str)]) -> String {
        escape(&self.plain(key, values))
    }

    /// The interface string `key` with its placeholders filled, as plain text (for button
    /// labels, callback notices and Telegram's profile).
    pub fn plain(&self, key: &str, values: &[(&str, &str)]) -> String {
        self.knowledge.ui.text(self.language, key, values)
    }

    /// The answer card for an entry: title, whose view it is (when it is someone's), answer,
    /// the quote (with its translation, in another language than English) and where in the
    /// article it is.
    pub fn answer_html(&self, entry: &Entry) -> String {
        let language = self.language;
        let view = match entry.view_of_in(language) {
            Some(view) => format!("<i>{}</i>\n", self.text("view_of", &[("view", view)])),
            None => String::new(),
        };
        let translation = match entry.translation(language) {
            Some(translated) if language != Language::En => {
                format!("\n<i>{}: {}</i>", self.text("translation", &[]), escape(&translated.quote))
            }
            _ => String::new(),
        };
        let part = match self.knowledge.source_of(entry) {
            Part::Front(name) => self.knowledge.ui.part(language, name).to_owned(),
            Part::Paragraph(number) => {
                self.plain("part_paragraph", &[("number", &number.to_string())])
            }
        };
        format!(
            "<b>{}</b>\n{view}{}\n\n<blockquote>{}</blockquote>{translation}\n— <i>{}</i>, {}",
            escape(entry.title_in(language)),
            escape(entry.answer_in(language)),
            escape(&entry.quote),
            escape(&self.knowledge.article.title),
            escape(&part),
        )
    }

    /// The reply to an entry: its card and up to three related questions as buttons.
    pub fn entry_reply(&self, entry: &Entry) -> Reply {
        Reply::new(self.answer_html(entry), self.related_buttons(entry))
    }

    /// Up to [`MAX_RELATED_BUTTONS`] of `entry`'s related questions, one button a row.
    fn related_buttons(&self, entry: &Entry) -> Vec<Vec<Button>> {
        entry
            .related
            .iter()
            .filter_map(|id| self.knowledge.entry(id))
            .take(MAX_RELATED_BUTTONS)
            .map(|related| vec![Button::ask(related, self.language)])
            .collect()
    }

    /// The reply to a question, whatever the matcher concluded.
    pub fn question_reply(&self, question: &str, ranking: &Ranking<'_>) -> Reply {
        match (ranking.verdict, ranking.best()) {
            (Verdict::Answered, Some(hit)) => self.entry_reply(hit.entry),
            (Verdict::Ambiguous, Some(_)) => self.did_you_mean(ranking.ranked.iter().take(3)),
            _ => self.declined(question, ranking),
        }
    }

    fn did_you_mean<'a>(&self, hits: impl Iterator<Item = &'a Hit<'a>>) -> Reply {
        let mut buttons: Vec<Vec<Button>> = hits
            .map(|hit| {
                let label = hit.entry.title_in(self.language);
                vec![Button::new(label, Action::Answer(hit.entry.id.clone()))]
            })
            .collect();
        buttons.push(vec![Button::new(&self.plain("none_of_these", &[]), Action::NoneOfThese)]);
        Reply::new(self.text("did_you_mean", &[]), buttons)
    }

    /// The reply when the article does not answer: what it covers, and three questions to try.
    pub fn declined(&self, question: &str, ranking: &Ranking<'_>) -> Reply {
        let echo = cut(question, MAX_ECHO_CHARS);
        let opening = match echo.is_empty() {
            true => self.text("declined_empty", &[]),
            false => self.text("declined", &[("question", &echo)]),
        };
        let nearest = ranking.ranked.iter().map(|hit| hit.entry);
        let suggestions = self.knowledge.pick(nearest, SUGGESTION_BUTTONS);
        let topics: Vec<&str> = self
            .knowledge
            .topics()
            .into_iter()
            .map(|topic| self.knowledge.ui.topic(self.language, topic))
            .collect();
        let scope =
            self.plain("declined_scope", &[("title", "\u{1}"), ("topics", &topics.join(", "))]);
        // The title is in italics: the template is escaped, then the marker replaced.
        let scope = escape(&scope)
            .replace('\u{1}', &format!("<i>{}</i>", escape(&self.knowledge.article.title)));
        Reply::new(
            format!("{opening}\n{scope}\n{}", self.text("declined_try", &[])),
            suggestions.into_iter().map(|entry| vec![Button::ask(entry, self.language)]).collect(),
        )
    }

    /// A small-talk reply: one of the intent's curated replies (plain text, escaped here), with
    /// example questions as buttons when `examples` are given.
    pub fn smalltalk(&self, text: &str, examples: &[&str]) -> Reply {
        Reply::new(escape(text), self.examples_buttons(examples))
    }

    /// The reply when a follow-up about `current` asks what the article does not say: says so
    /// in terms of its subject, and offers the entries related to it.
    pub fn declined_about(&self, current: &Entry, kind: Option<QuestionKind>) -> Reply {
        let subject = current.subject_in(self.language);
        let key = match kind {
            Some(QuestionKind::Age) => "declined_about_age",
            Some(QuestionKind::When) => "declined_about_when",
            Some(QuestionKind::Where) => "declined_about_where",
            Some(QuestionKind::Why) => "declined_about_why",
            Some(QuestionKind::HowMany) => "declined_about_number",
            Some(QuestionKind::Who) => "declined_about_who",
            Some(QuestionKind::Should) | None => "declined_about_more",
        };
        let related = self.related_buttons(current);
        let tail = match related.is_empty() {
            true => self.text("declined_about_else", &[]),
            false => self.text("declined_about_related", &[]),
        };
        Reply::new(format!("{}\n{tail}", self.text(key, &[("subject", subject)])), related)
    }

    /// The reply to a command this bot does not have.
    pub fn unknown_command(&self, name: &str) -> Reply {
        Reply::new(self.text("unknown_command", &[("command", &cut(name, 32))]), Vec::new())
    }

    /// The reply to "None of these".
    pub fn none_of_these(&self) -> Reply {
        Reply::new(self.text("none_of_these_reply", &[]), Vec::new())
    }

    /// /start: what the bot is, with example questions as buttons.
    pub fn start(&self, examples: &[&str]) -> Reply {
        let article = self.knowledge.article.title.as_str();
        let opening = self.plain(
            "start",
            &[("title", "\u{1}"), ("publication", &self.knowledge.article.publication)],
        );
        let opening = escape(&opening).replace('\u{1}', &format!("<b>{}</b>", escape(article)));
        Reply::new(
            format!(
                "{opening}\n\n{}\n{}",
                self.text("start_how", &[]),
                self.text("start_try", &[])
            ),
            self.examples_buttons(examples),
        )
    }

    fn examples_buttons(&self, examples: &[&str]) -> Vec<Vec<Button>> {
        let examples = examples.iter().filter_map(|id| self.knowledge.entry(id));
        self.knowledge
            .pick(examples, SUGGESTION_BUTTONS)
            .into_iter()
            .map(|entry| vec![Button::ask(entry, self.language)])
            .collect()
    }

    /// /help: how to ask, and the commands.
    pub fn help(&self) -> Reply {
        let mut commands = self.text("help_commands", &[]);
        for name in super::COMMANDS {
            let description = self.text(&format!("command_{name}"), &[]);
            commands.push_str(&format!("\n/{name} — {description}"));
        }
        Reply::new(
            format!(
                "{}\n\n{}\n{}\n\n{commands}",
                self.text("help", &[]),
                self.text("help_groups", &[]),
                self.text("help_inline", &[]),
            ),
            Vec::new(),
        )
    }

    /// /topics: the topics, with how many questions each covers, as buttons (the first page).
    pub fn topics(&self) -> Reply {
        self.topics_page(0).unwrap_or_else(|| self.unknown_entry())
    }

    /// Page `page` of the topics: the list in the text, a page of topic buttons, and a row to
    /// turn the page. `None` past the last page.
    pub fn topics_page(&self, page: usize) -> Option<Reply> {
        let names = self.knowledge.topics();
        let mut html = format!("<b>{}</b>\n", self.text("topics", &[]));
        let listed = page_of(&names, page)?;
        for name in listed {
            let count = self.knowledge.entries.iter().filter(|entry| &entry.topic == name).count();
            let shown = self.knowledge.ui.topic(self.language, name);
            html.push_str(&format!("• {} ({count})\n", escape(shown)));
        }
        html.push('\n');
        html.push_str(&self.text("topics_pick", &[]));
        let first = page * PAGE_BUTTONS;
        let mut buttons: Vec<Vec<Button>> = listed
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let shown = self.knowledge.ui.topic(self.language, name);
                vec![Button::new(shown, Action::Topic(first + i, 0))]
            })
            .collect();
        buttons.extend(self.page_turns(names.len(), page, Action::Topics));
        Some(Reply::new(html, buttons))
    }

    /// The questions of one topic, as buttons (the first page); `None` if there is no such topic.
    pub fn topic(&self, index: usize) -> Option<Reply> {
        self.topic_page(index, 0)
    }

    /// Page `page` of a topic's questions; `None` if there is no such topic or page.
    pub fn topic_page(&self, index: usize, page: usize) -> Option<Reply> {
        let name = *self.knowledge.topics().get(index)?;
        let entries: Vec<&Entry> =
            self.knowledge.entries.iter().filter(|entry| entry.topic == name).collect();
        let mut buttons: Vec<Vec<Button>> = page_of(&entries, page)?
            .iter()
            .map(|entry| {
                let title = entry.title_in(self.language);
                vec![Button::new(title, Action::Answer(entry.id.clone()))]
            })
            .collect();
        buttons.extend(self.page_turns(entries.len(), page, |page| Action::Topic(index, page)));
        let shown = self.knowledge.ui.topic(self.language, name);
        let heading = self.plain("topic_pick", &[("topic", "\u{1}")]);
        let heading = escape(&heading).replace('\u{1}', &format!("<b>{}</b>", escape(shown)));
        Some(Reply::new(heading, buttons))
    }

    /// The row that turns the page, when there is more than one: back and more, as they apply.
    fn page_turns(
        &self,
        items: usize,
        page: usize,
        action: impl Fn(usize) -> Action,
    ) -> Option<Vec<Button>> {
        let pages = items.div_ceil(PAGE_BUTTONS);
        let mut row = Vec::new();
        if page > 0 {
            row.push(Button::new(&self.plain("page_back", &[]), action(page - 1)));
        }
        if page + 1 < pages {
            let label = self.plain(
                "page_more",
                &[("page", &(page + 1).to_string()), ("pages", &pages.to_string())],
            );
            row.push(Button::new(&label, action(page + 1)));
        }
        (!row.is_empty()).then_some(row)
    }

    /// /about: the article, and how answers are grounded.
    pub fn about(&self) -> Reply {
        let knowledge = self.knowledge;
        let paragraphs = knowledge
            .article
            .blocks
            .iter()
            .filter(|block| matches!(block.part, Part::Paragraph(_)))
            .count();
        Reply::new(
            format!(
                "<b>{}</b>\n{}\n\n{}",
                escape(&knowledge.article.title),
                self.text(
                    "about",
                    &[
                        ("publication", &knowledge.article.publication),
                        ("paragraphs", &paragraphs.to_string())
                    ]
                ),
                self.text("about_grounding", &[("entries", &knowledge.entries.len().to_string())]),
            ),
            Vec::new(),
        )
    }

    /// The reply to a message that is not text (a sticker, photo, voice message...).
    pub fn not_text(&self) -> Reply {
        Reply::new(self.text("not_text", &[]), Vec::new())
    }

    /// The one message a chat gets when it asks faster than flood control allows; `retry_in`
    /// is how long until it may ask again.
    pub fn slow_down(&self, retry_in: std::time::Duration) -> Reply {
        // Rounded up: "in 0 seconds" would invite the reader to try at once, too early.
        let seconds = retry_in.as_secs() + u64::from(retry_in.subsec_nanos() > 0);
        let when = match seconds {
            0 | 1 => self.plain("in_a_second", &[]),
            2..=90 => self.plain("in_seconds", &[("n", &seconds.to_string())]),
            _ => self.plain("in_minutes", &[("n", &seconds.div_ceil(60).to_string())]),
        };
        Reply::new(self.text("slow_down", &[("when", &when)]), Vec::new())
    }

    /// The reply to /ask with nothing after it.
    pub fn empty_ask(&self) -> Reply {
        Reply::new(self.text("empty_ask", &[]), Vec::new())
    }

    /// The reply to an unknown entry id (an old button, or a bad /start link).
    pub fn unknown_entry(&self) -> Reply {
        Reply::new(self.text("unknown_entry", &[]), Vec::new())
    }

    /// The reply to /reload from someone who is not one of the bot's administrators.
    pub fn not_allowed(&self) -> Reply {
        Reply::new(self.text("not_allowed", &[]), Vec::new())
    }

    /// The reply to /reload when the knowledge base was reloaded, with `entries` entries.
    pub fn reloaded(&self, entries: usize) -> Reply {
        Reply::new(self.text("reloaded", &[("entries", &entries.to_string())]), Vec::new())
    }

    /// The reply to /reload when the knowledge base was not reloaded: `error` says why (for an
    /// invalid one, the file, line and entry), escaped and cut to fit one message.
    pub fn reload_failed(&self, error: &str) -> Reply {
        let head = format!("<b>{}</b>\n<pre>", self.text("reload_failed", &[]));
        let tail = "</pre>";
        let room = MAX_MESSAGE_CHARS - head.chars().count() - tail.chars().count();
        Reply::new(format!("{head}{}{tail}", escape_within(error.trim(), room)), Vec::new())
    }
}

/// The items of page `page`; `None` past the last page (page 0 always exists).
fn page_of<T>(items: &[T], page: usize) -> Option<&[T]> {
    let start = page.checked_mul(PAGE_BUTTONS)?;
    match start {
        0 => Some(&items[..items.len().min(PAGE_BUTTONS)]),
        start if start < items.len() => Some(&items[start..items.len().min(start + PAGE_BUTTONS)]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Language;
    use crate::knowledge::{SourceFile, Sources};
    use crate::matcher::{MatchConfig, Matcher};

    fn knowledge() -> Knowledge {
        let file = |name: &str, text: &str| SourceFile { name: name.into(), text: text.into() };
        let entries = r#"
[[entry]]
id = "tags"
title = "Tags <b> & co"
topic = "Odd & ends"
questions = ["What are the <tags>?"]
answer = "They are x < y & z."
quote = "Tags: a < b & c > d."
related = ["plain"]

[[entry]]
id = "plain"
title = "Plain"
topic = "Plain"
questions = ["Plain question?"]
answer = "Plain answer."
quote = "Plain words here."
"#;
        Knowledge::parse(&Sources {
            article: file(
                "article.txt",
                "A <Title> & more\n\nTags: a < b & c > d.\n\nPlain words here.",
            ),
            article_meta: file(
                "article.toml",
                "title = \"A <Title> & more\"\npublication = \"P&P\"\nfront_matter = [\"title\"]",
            ),
            entries: vec![file("entries.toml", entries)],
            synonyms: None,
            smalltalk: None,
            ui: None,
            languages: Vec::new(),
        })
        .unwrap()
    }

    /// A knowledge base whose one topic has `count` entries.
    fn big_topic(count: usize) -> Knowledge {
        let file = |name: &str, text: &str| SourceFile { name: name.into(), text: text.into() };
        let mut article = String::from("Title");
        let mut entries = String::new();
        for i in 0..count {
            article.push_str(&format!("\n\nSentence number {i} here."));
            entries.push_str(&format!(
                "[[entry]]\nid = \"e{i}\"\ntitle = \"Entry {i}\"\ntopic = \"Big\"\n\
                 questions = [\"What about number {i}?\"]\nanswer = \"Number {i}.\"\n\
                 quote = \"Sentence number {i} here.\"\n\n"
            ));
        }
        Knowledge::parse(&Sources {
            article: file("article.txt", &article),
            article_meta: file(
                "article.toml",
                "title = \"Title\"\npublication = \"P\"\nfront_matter = [\"title\"]",
            ),
            entries: vec![file("entries.toml", &entries)],
            synonyms: None,
            smalltalk: None,
            ui: None,
            languages: Vec::new(),
        })
        .unwrap()
    }

    #[test]
    fn a_big_topic_is_paged_with_back_and_more() {
        let knowledge = big_topic(20);
        let ids = |reply: &Reply| -> Vec<Action> {
            reply.buttons.iter().flatten().map(|button| button.action.clone()).collect()
        };
        let first = Say::new(&knowledge, Language::En).topic(0).unwrap();
        assert_eq!(first.buttons.len(), PAGE_BUTTONS + 1, "a page and the turn row");
        assert_eq!(ids(&first).last(), Some(&Action::Topic(0, 1)));
        let last = Say::new(&knowledge, Language::En).topic_page(0, 2).unwrap();
        assert_eq!(last.buttons.len(), 20 - 2 * PAGE_BUTTONS + 1);
        assert_eq!(ids(&last).last(), Some(&Action::Topic(0, 1)), "only back on the last page");
        assert!(Say::new(&knowledge, Language::En).topic_page(0, 3).is_none());
        for page in 0..3 {
            let reply = Say::new(&knowledge, Language::En).topic_page(0, page).unwrap();
            let answers = ids(&reply).iter().filter(|a| matches!(a, Action::Answer(_))).count();
            assert!(answers <= PAGE_BUTTONS);
            for action in ids(&reply) {
                assert!(action.encode().len() <= MAX_CALLBACK_BYTES);
                assert_eq!(Action::decode(&action.encode()), Some(action));
            }
        }
        // A small topic has no turn row.
        let small = big_topic(3);
        assert_eq!(Say::new(&small, Language::En).topic(0).unwrap().buttons.len(), 3);
        assert_eq!(Say::new(&small, Language::En).topics().buttons.len(), 1);
    }

    #[test]
    fn callback_numbers_must_be_written_as_encoded() {
        assert_eq!(Action::decode("t:7"), Some(Action::Topic(7, 0)));
        assert_eq!(Action::decode("t:07"), None);
        assert_eq!(Action::decode("t:7:0"), None, "page 0 is written without a page");
        assert_eq!(Action::decode("t:7:2"), Some(Action::Topic(7, 2)));
        assert_eq!(Action::decode("T:0"), Some(Action::Topics(0)));
        assert_eq!(Action::decode("T:+1"), None);
        assert_eq!(Action::decode("t:-1"), None);
    }

    #[test]
    fn whose_view_it_is_comes_before_the_answer_and_the_quote() {
        let mut knowledge = knowledge();
        knowledge.entries[1].view_of = Some("Dr. <Someone> & co".into());
        let html = Say::new(&knowledge, Language::En).answer_html(&knowledge.entries[1]);
        let view = html.find("<i>View of: Dr. &lt;Someone&gt; &amp; co</i>").expect(&html);
        assert!(view < html.find("Plain answer.").unwrap(), "{html}");
        assert!(view < html.find("<blockquote>").unwrap(), "{html}");
        // An entry of plain fact has no such line.
        assert!(!Say::new(&knowledge, Language::En)
            .answer_html(&knowledge.entries[0])
            .contains("View of"));
    }

    #[test]
    fn slow_down_says_when_rounded_up() {
        use std::time::Duration;
        let text = |ms: u64| {
            Say::new(&knowledge(), Language::En).slow_down(Duration::from_millis(ms)).html
        };
        assert!(text(0).contains("in a second"), "{}", text(0));
        assert!(text(1_500).contains("in 2 seconds"), "{}", text(1_500));
        assert!(text(59_001).contains("in 60 seconds"), "{}", text(59_001));
        assert!(text(600_000).contains("in 10 minutes"), "{}", text(600_000));
        assert!(Say::new(&knowledge(), Language::En)
            .slow_down(Duration::from_secs(5))
            .buttons
            .is_empty());
    }

    #[test]
    fn answer_card_escapes_everything() {
        let knowledge = knowledge();
        let html = Say::new(&knowledge, Language::En).answer_html(&knowledge.entries[0]);
        assert_eq!(
            html,
            "<b>Tags &lt;b&gt; &amp; co</b>\nThey are x &lt; y &amp; z.\n\n\
             <blockquote>Tags: a &lt; b &amp; c &gt; d.</blockquote>\n— <i>A &lt;Title&gt; &amp; more</i>, paragraph 1"
        );
    }

    #[test]
    fn entry_reply_offers_related_questions() {
        let knowledge = knowledge();
        let reply = Say::new(&knowledge, Language::En).entry_reply(&knowledge.entries[0]);
        assert_eq!(
            reply.buttons,
            vec![vec![Button {
                label: "Plain question?".into(),
                action: Action::Answer("plain".into())
            }]]
        );
    }

    #[test]
    fn decline_escapes_and_echoes_the_question() {
        let knowledge = knowledge();
        let matcher = Matcher::new(knowledge.clone(), MatchConfig::DEFAULT);
        let question = "<script>alert(1)</script> & pizza?";
        let reply =
            Say::new(&knowledge, Language::En).question_reply(question, &matcher.ask(question));
        assert_eq!(
            reply.html,
            "Sorry, the article doesn't answer “&lt;script&gt;alert(1)&lt;/script&gt; &amp; pizza?”.\n\
             I only know what <i>A &lt;Title&gt; &amp; more</i> says: Odd &amp; ends, Plain.\n\
             Try one of these, or /topics for everything I can answer."
        );
        assert_eq!(reply.buttons.len(), 2);
    }

    #[test]
    fn long_questions_are_cut_in_the_echo() {
        let knowledge = knowledge();
        let matcher = Matcher::new(knowledge.clone(), MatchConfig::DEFAULT);
        let question = "x".repeat(5000);
        let reply =
            Say::new(&knowledge, Language::En).question_reply(&question, &matcher.ask(&question));
        assert!(reply.html.chars().count() < 400, "{}", reply.html.len());
        assert!(reply.html.contains(&format!("“{}…”", "x".repeat(99))));
    }

    #[test]
    fn callback_data_round_trips_and_fits() {
        for action in [
            Action::Answer("a".repeat(40)),
            Action::Topic(7, 0),
            Action::Topic(7, 3),
            Action::Topics(2),
            Action::NoneOfThese,
        ] {
            let data = action.encode();
            assert!(data.len() <= MAX_CALLBACK_BYTES);
            assert_eq!(Action::decode(&data), Some(action));
        }
        assert_eq!(Action::decode("x:1"), None);
        assert_eq!(Action::decode("a:"), None);
        assert_eq!(Action::decode("t:no"), None);
    }

    #[test]
    fn topics_list_and_topic_buttons() {
        let knowledge = knowledge();
        let reply = Say::new(&knowledge, Language::En).topics();
        assert_eq!(reply.html, "<b>What I can answer</b>\n• Odd &amp; ends (1)\n• Plain (1)\n\nPick a topic to see its questions.");
        assert_eq!(reply.buttons[1][0].action, Action::Topic(1, 0));
        let plain = Say::new(&knowledge, Language::En).topic(1).unwrap();
        assert_eq!(plain.buttons[0][0].action, Action::Answer("plain".into()));
        assert!(Say::new(&knowledge, Language::En).topic(9).is_none());
    }

    #[test]
    fn plain_text_of_an_answer_drops_our_tags_and_unescapes() {
        let knowledge = knowledge();
        let text =
            plain_text(&Say::new(&knowledge, Language::En).answer_html(&knowledge.entries[0]));
        assert_eq!(
            text,
            "Tags <b> & co\nThey are x < y & z.\n\n┃ Tags: a < b & c > d.\n— A <Title> & more, paragraph 1"
        );
    }

    #[test]
    fn a_reload_error_is_escaped_and_fits_one_message() {
        let error = "entries.toml, line 3, entry \"<x>\": an empty answer & more";
        let html = Say::new(&knowledge(), Language::En).reload_failed(error).html;
        assert!(html.contains("entry \"&lt;x&gt;\": an empty answer &amp; more"), "{html}");
        assert!(html.starts_with("<b>Not reloaded") && html.ends_with("</pre>"), "{html}");
        let huge = "<&>".repeat(5000);
        let html = Say::new(&knowledge(), Language::En).reload_failed(&huge).html;
        assert!(html.chars().count() <= MAX_MESSAGE_CHARS, "{} chars", html.chars().count());
        assert!(html.ends_with("…</pre>"), "{}", &html[html.len() - 20..]);
        assert!(!html.contains("&…") && !html.contains("&a…"), "no entity cut in half");
    }
}
