//! The validated knowledge base: the article, its entries and what they hold.

use std::fmt;

/// A validated knowledge base.
#[derive(Debug, Clone)]
pub struct Knowledge {
    /// The article every quote comes from.
    pub article: Article,
    /// The entries, in file order.
    pub entries: Vec<Entry>,
    /// Synonym groups: every word or phrase in a group means the same to the matcher.
    pub synonyms: Vec<Vec<String>>,
    /// Small talk: what readers say that is not a question, and what to reply.
    pub smalltalk: SmallTalk,
    /// Everything the bot says that is not an entry or small talk, in each language.
    pub ui: Ui,
}

pub use crate::text::Language;

/// The interface's strings, by language: each a template with `{placeholders}`. English holds
/// every key; a key another language lacks falls back to English (and `check` reports it).
#[derive(Debug, Clone, Default)]
pub struct Ui {
    /// (language, key) to template.
    pub strings: std::collections::BTreeMap<(Language, String), String>,
    /// (language, English name of a part of the article) to its name in that language.
    pub parts: std::collections::BTreeMap<(Language, String), String>,
    /// (language, English topic name) to its name in that language.
    pub topics: std::collections::BTreeMap<(Language, String), String>,
}

impl Ui {
    /// The template `key` in `language`, else in English, else the key itself (so that a
    /// knowledge base without a ui.toml still says something).
    pub fn template<'u>(&'u self, language: Language, key: &'u str) -> &'u str {
        let lookup = |language: Language| self.strings.get(&(language, key.to_owned()));
        lookup(language).or_else(|| lookup(Language::En)).map_or(key, String::as_str)
    }

    /// The template `key` in `language` with each `{name}` replaced by its value in `values`.
    pub fn text(&self, language: Language, key: &str, values: &[(&str, &str)]) -> String {
        let mut text = self.template(language, key).to_owned();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }

    /// The name of the part of the article named `part` in English, in `language`.
    pub fn part<'u>(&'u self, language: Language, part: &'u str) -> &'u str {
        self.parts.get(&(language, part.to_owned())).map_or(part, String::as_str)
    }

    /// The name of topic `topic` in `language`.
    pub fn topic<'u>(&'u self, language: Language, topic: &'u str) -> &'u str {
        self.topics.get(&(language, topic.to_owned())).map_or(topic, String::as_str)
    }

    /// The English keys `language` has no template for.
    pub fn missing(&self, language: Language) -> Vec<&str> {
        self.strings
            .keys()
            .filter(|(l, _)| *l == Language::En)
            .filter(|(_, key)| !self.strings.contains_key(&(language, key.clone())))
            .map(|(_, key)| key.as_str())
            .collect()
    }
}

/// An entry's content in another language than English: curated, faithful to the English, and
/// matched as the English is. The quote stays the article's English; `quote` is its
/// translation, always shown as one.
#[derive(Debug, Clone)]
pub struct Translation {
    /// The language.
    pub language: Language,
    /// The title.
    pub title: String,
    /// Sample questions as native speakers ask them.
    pub questions: Vec<String>,
    /// Distinctive words and phrases.
    pub keywords: Vec<Keyword>,
    /// The answer.
    pub answer: String,
    /// Whose view it is, when the English entry says.
    pub view_of: Option<String>,
    /// The subject, as follow-up replies name it.
    pub subject: Option<String>,
    /// A translation of the English quote.
    pub quote: String,
}

/// The small-talk lexicon: intents with their phrasings and replies, and the filler words that
/// may pad a small-talk message.
#[derive(Debug, Clone, Default)]
pub struct SmallTalk {
    /// The intents, in file order.
    pub intents: Vec<Intent>,
    /// Words that may pad a small-talk message without making it anything else ("bot", "so").
    pub fillers: Vec<String>,
}

/// One small-talk intent: a greeting, thanks, ...
#[derive(Debug, Clone)]
pub struct Intent {
    /// Its name: one of [`INTENTS`].
    pub name: String,
    /// Whether the reply offers example questions as buttons.
    pub suggest: bool,
    /// Whole messages (or their parts, with fillers) that mean it, lowercase.
    pub phrases: Vec<String>,
    /// Reply variants, each in its language; one in the reader's language is picked.
    pub replies: Vec<(Language, String)>,
}

impl Intent {
    /// The reply variants in `language`, or in English when there are none in it.
    pub fn replies_in(&self, language: Language) -> Vec<&str> {
        let mut found: Vec<&str> = Vec::new();
        for wanted in [language, Language::En] {
            found
                .extend(self.replies.iter().filter(|(l, _)| *l == wanted).map(|(_, r)| r.as_str()));
            if !found.is_empty() {
                break;
            }
        }
        found
    }
}

/// The small-talk intents a knowledge base may define.
pub const INTENTS: [&str; 9] = [
    "greeting",
    "thanks",
    "bye",
    "identity",
    "capabilities",
    "help",
    "insult",
    "praise",
    "acknowledgement",
];

/// The source article, split into its blocks.
#[derive(Debug, Clone)]
pub struct Article {
    /// The headline.
    pub title: String,
    /// Where it was published.
    pub publication: String,
    /// The blocks of the article in order (title, standfirst, ..., paragraphs).
    pub blocks: Vec<Block>,
}

/// One block of the article (text between blank lines).
#[derive(Debug, Clone)]
pub struct Block {
    /// Which part of the article this is.
    pub part: Part,
    /// The block's text, as in the file.
    pub text: String,
}

/// A part of the article, named as a reader would name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A block before the body, named in `article.toml` (title, standfirst, photo caption, ...).
    Front(String),
    /// A paragraph of the body, numbered from 1.
    Paragraph(usize),
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Part::Front(name) => f.write_str(name),
            Part::Paragraph(n) => write!(f, "paragraph {n}"),
        }
    }
}

/// One curated question-and-answer entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Stable identifier, `[a-z0-9-]`, at most [`super::MAX_ID_BYTES`] bytes.
    pub id: String,
    /// Short title, shown in bold and on buttons.
    pub title: String,
    /// The group the entry belongs to in /topics.
    pub topic: String,
    /// Sample questions as readers would ask them.
    pub questions: Vec<String>,
    /// Distinctive words and phrases, with weights.
    pub keywords: Vec<Keyword>,
    /// The answer in the curators' own words.
    pub answer: String,
    /// Whose view the answer reports, when it is not a plain fact of the article (a scholar,
    /// an official, a document, the op-ed, the author): shown before the answer.
    pub view_of: Option<String>,
    /// The supporting quote, verbatim from the article.
    pub quote: String,
    /// Ids of entries offered as follow-ups.
    pub related: Vec<String>,
    /// Curator-check warnings this entry is exempt from, each with the reason.
    pub exceptions: Vec<Exception>,
    /// The kinds of question its answer and quote answer (a "when" only if they give the
    /// time); `None` when not curated, and then the matcher does not judge question kinds.
    pub gives: Option<Vec<QuestionKind>>,
    /// What the entry is mainly about, as a reader names it ("Dmitri Trenin", "the SCO"):
    /// follow-up questions that say "he" or "it" are about this.
    pub subject: Option<String>,
    /// The entry that answers "why?" right after this one.
    pub why: Option<String>,
    /// The entry that answers "tell me more" right after this one.
    pub more: Option<String>,
    /// The entry whose quote names where this one's claim comes from: it answers "source?"
    /// and "says who?" right after this one.
    pub source: Option<String>,
    /// The entry whose quote the article offers for this one's claim, backing it or checking
    /// it: it answers "is that true?", "any proof?", "how do we know?" right after this one
    /// (and "source?" of a claim with no `source`).
    pub evidence: Option<String>,
    /// Whether the answer says the article does not give what is asked (no publication date):
    /// the reply shows the answer and its clue from the article, as a decline, since the
    /// question is beyond the article.
    pub declines: bool,
    /// The entry in other languages.
    pub translations: Vec<Translation>,
    /// The index in [`Article::blocks`] of the block the quote comes from.
    pub block: usize,
}

/// A kind of question, as far as it asks for one kind of fact. An entry that does not give that
/// fact cannot answer the question as asked, however much it shares its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuestionKind {
    /// Who: a person, organisation, country or group.
    Who,
    /// When: a date, a year, a period.
    When,
    /// Where: a place.
    Where,
    /// Why: a reason, cause or purpose.
    Why,
    /// How many, how much: a number or amount.
    HowMany,
    /// What should be done: a recommendation.
    Should,
    /// How old: an age, a birth date.
    Age,
}

impl QuestionKind {
    /// Every kind, with its name in `gives`.
    pub const ALL: [(QuestionKind, &'static str); 7] = [
        (QuestionKind::Who, "who"),
        (QuestionKind::When, "when"),
        (QuestionKind::Where, "where"),
        (QuestionKind::Why, "why"),
        (QuestionKind::HowMany, "how-many"),
        (QuestionKind::Should, "should"),
        (QuestionKind::Age, "age"),
    ];

    /// Its name in `gives`.
    pub fn name(self) -> &'static str {
        QuestionKind::ALL.iter().find(|(kind, _)| *kind == self).map_or("", |(_, name)| name)
    }

    /// The kind named `name` in `gives`.
    pub fn from_name(name: &str) -> Option<QuestionKind> {
        QuestionKind::ALL.iter().find(|(_, n)| *n == name).map(|(kind, _)| *kind)
    }

    /// A bit of its own, for sets of kinds.
    pub const fn bit(self) -> u16 {
        1 << (self as u8)
    }

    /// The kinds that ask for one specific fact (a date, a place, a number, an age), as bits:
    /// an entry either states it or does not, where "who", "why" and "should" route to the
    /// entry that gives the person, reason or recommendation.
    pub const FACTS: u16 = QuestionKind::When.bit()
        | QuestionKind::Where.bit()
        | QuestionKind::HowMany.bit()
        | QuestionKind::Age.bit();
}

/// An entry's exemption from one of `check`'s faithfulness warnings, with the curator's reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exception {
    /// The warning: [`FaithfulnessCheck`].
    pub check: FaithfulnessCheck,
    /// Why the entry may do it anyway.
    pub reason: String,
}

/// The faithfulness warnings of `check`: what an answer or title may not do without an
/// exception.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FaithfulnessCheck {
    /// Name a capitalised name the article does not contain (`name`).
    Name,
    /// Name a number, date or year the article does not contain (`number`).
    Number,
    /// Open with a bare "Yes" or "No" (`yes-no`).
    YesNo,
}

impl FaithfulnessCheck {
    /// Every check, with its name in `exceptions`.
    pub const ALL: [(FaithfulnessCheck, &'static str); 3] = [
        (FaithfulnessCheck::Name, "name"),
        (FaithfulnessCheck::Number, "number"),
        (FaithfulnessCheck::YesNo, "yes-no"),
    ];

    /// Its name in `exceptions`.
    pub fn name(self) -> &'static str {
        FaithfulnessCheck::ALL.iter().find(|(check, _)| *check == self).map_or("", |(_, n)| n)
    }
}

/// A keyword and how much it counts, 1.0 being an ordinary keyword.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    /// The word or phrase.
    pub term: String,
    /// The weight, in 0.1..=2.0.
    pub weight: f32,
}

impl Entry {
    /// The entry in `language`, if it has a translation into it (English is the entry itself,
    /// so `None`).
    pub fn translation(&self, language: Language) -> Option<&Translation> {
        self.translations.iter().find(|t| t.language == language)
    }

    /// The title in `language`, or in English.
    pub fn title_in(&self, language: Language) -> &str {
        self.translation(language).map_or(&self.title, |t| &t.title)
    }

    /// The answer in `language`, or in English.
    pub fn answer_in(&self, language: Language) -> &str {
        self.translation(language).map_or(&self.answer, |t| &t.answer)
    }

    /// Whether its curated `gives` holds `kind` (an entry without `gives` gives nothing by name).
    pub fn gives_kind(&self, kind: QuestionKind) -> bool {
        self.gives.as_ref().is_some_and(|gives| gives.contains(&kind))
    }

    /// Whether it is another entry on the same curated subject as `other` (the photo's caption
    /// and its credit line; the SCO and how Moscow steered it): siblings giving other facts of
    /// one thing, which the subject's words alone cannot tell apart.
    pub fn shares_subject_with(&self, other: &Entry) -> bool {
        self.id != other.id && self.subject.is_some() && self.subject == other.subject
    }

    /// Whether it reports the words of someone it names ("John Kerry, then Secretary of State",
    /// not "the author" nor "a recent Washington Post op-ed and its author"): views are curated
    /// in English with a named source capitalised.
    pub fn reports_someone_named(&self) -> bool {
        // ("then-President Dmitri Medvedev": a title of the time names him too.)
        let named = |view: &str| view.trim_start_matches("then-").starts_with(char::is_uppercase);
        self.view_of.as_deref().is_some_and(named)
    }

    /// Whether the view it gives is that of an unnamed group ("some scholars and commentators",
    /// "some in Russia") or a collective's stated position ("the West's and the United States'
    /// stated position"), whose named members other entries may report (John Kerry's words).
    pub fn reports_an_unnamed_group(&self) -> bool {
        self.view_of
            .as_deref()
            .is_some_and(|view| view.starts_with("some ") || view.contains("stated position"))
    }

    /// Whose view it is, in `language`, or in English.
    pub fn view_of_in(&self, language: Language) -> Option<&str> {
        match self.translation(language).and_then(|t| t.view_of.as_deref()) {
            Some(view) => Some(view),
            None => self.view_of.as_deref(),
        }
    }

    /// The subject in `language`, or in English, or the title.
    pub fn subject_in(&self, language: Language) -> &str {
        let translated = self.translation(language).and_then(|t| t.subject.as_deref());
        translated.or(self.subject.as_deref()).unwrap_or_else(|| self.title_in(language))
    }

    /// The first sample question in `language` (for buttons), or in English.
    pub fn question_in(&self, language: Language) -> &str {
        let translated = self.translation(language).and_then(|t| t.questions.first());
        translated.unwrap_or(&self.questions[0])
    }
}

impl Knowledge {
    /// Returns the entry with this id.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.id == id)
    }

    /// Returns up to `count` distinct entries: the `preferred` ones first, then the knowledge
    /// base's first entries, so there is always something to suggest.
    pub fn pick<'k>(
        &'k self,
        preferred: impl IntoIterator<Item = &'k Entry>,
        count: usize,
    ) -> Vec<&'k Entry> {
        let mut picked: Vec<&Entry> = Vec::with_capacity(count);
        for entry in preferred.into_iter().chain(&self.entries) {
            if picked.len() == count {
                break;
            }
            if !picked.iter().any(|seen| seen.id == entry.id) {
                picked.push(entry);
            }
        }
        picked
    }

    /// Returns the entries' topics, in the order they first appear.
    pub fn topics(&self) -> Vec<&str> {
        let mut topics: Vec<&str> = Vec::new();
        for entry in &self.entries {
            if !topics.contains(&entry.topic.as_str()) {
                topics.push(&entry.topic);
            }
        }
        topics
    }

    /// Returns which part of the article an entry's quote comes from.
    pub fn source_of(&self, entry: &Entry) -> &Part {
        &self.article.blocks[entry.block].part
    }
}
