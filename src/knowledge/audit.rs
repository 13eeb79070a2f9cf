//! What `check` reports to curators: parts and sentences of the article no entry quotes, names
//! no entry mentions, claims the article cannot back, and translations that are missing.

use std::fmt;
use std::ops::Range;

use super::*;

impl Knowledge {
    /// Returns the names in the article's paragraphs (see [`capitalised_names`]) that no entry
    /// mentions in its title, keywords or sample questions, each once, in article order. A name
    /// counts as mentioned by its full form, its initials ("SCO" for "Shanghai Cooperation
    /// Organization") or, for a two-word name (middle initials aside), its last word (a surname:
    /// "Trenin" for "Dmitri Trenin", "Mearsheimer" for "John J. Mearsheimer").
    pub fn unmentioned_names(&self) -> Vec<UnmentionedName<'_>> {
        let mut mentioned = String::from(" ");
        for entry in &self.entries {
            let keywords = entry.keywords.iter().map(|k| k.term.as_str());
            let texts = [entry.title.as_str()].into_iter().chain(keywords);
            for text in texts.chain(entry.questions.iter().map(String::as_str)) {
                mentioned.push_str(&words(&normalize(text)).join(" "));
                mentioned.push(' ');
            }
        }
        let is_mentioned = |phrase: &str| mentioned.contains(&format!(" {phrase} "));
        let mut found: Vec<UnmentionedName<'_>> = Vec::new();
        for block in &self.article.blocks {
            if !matches!(block.part, Part::Paragraph(_)) {
                continue;
            }
            for name in capitalised_names(&block.text) {
                let name_words = words(&normalize(&name)).join(" ");
                let parts: Vec<&str> =
                    name_words.split(' ').filter(|w| *w != "of" && w.len() > 1).collect();
                let initials: String = parts.iter().filter_map(|w| w.chars().next()).collect();
                let covered = is_mentioned(&name_words)
                    || (parts.len() > 2 && is_mentioned(&initials))
                    || (parts.len() == 2 && is_mentioned(parts[1]));
                if !covered && !found.iter().any(|f| f.name == name) {
                    found.push(UnmentionedName { name, part: &block.part });
                }
            }
        }
        found
    }

    /// Returns the article's blocks that no entry quotes, as (block index, part).
    pub fn unquoted_blocks(&self) -> Vec<(usize, &Part)> {
        let quoted: HashSet<usize> = self.entries.iter().map(|entry| entry.block).collect();
        let blocks = self.article.blocks.iter().enumerate();
        blocks.filter(|(i, _)| !quoted.contains(i)).map(|(i, block)| (i, &block.part)).collect()
    }

    /// Returns the sentences of the article's paragraphs (split by [`sentences`], in the form
    /// quotes are compared in: straight quotes, single spaces) of at least
    /// [`MIN_SENTENCE_WORDS`] words that no entry's quote contains whole, in article order, each
    /// with the entries whose quote holds part of it. A reader asking about such a sentence can
    /// only get an answer whose quote lacks it, or some of it. The blocks before the paragraphs
    /// (headline, standfirst, captions) are left to [`Knowledge::unquoted_blocks`].
    pub fn unquoted_sentences(&self) -> Vec<UnquotedSentence<'_>> {
        let quotes: Vec<(String, &str)> = self
            .entries
            .iter()
            .map(|entry| (normalize_for_quote(&entry.quote), entry.id.as_str()))
            .filter(|(quote, _)| !quote.is_empty())
            .collect();
        let mut found = Vec::new();
        for block in &self.article.blocks {
            if !matches!(block.part, Part::Paragraph(_)) {
                continue;
            }
            let text = normalize_for_quote(&block.text);
            // Where each quote lies in this paragraph: a quote may appear more than once.
            let spans: Vec<(Range<usize>, &str)> = quotes
                .iter()
                .flat_map(|(quote, id)| {
                    text.match_indices(quote.as_str()).map(|(at, _)| (at..at + quote.len(), *id))
                })
                .collect();
            for sentence in sentences(&text) {
                if text[sentence.clone()].split_whitespace().count() < MIN_SENTENCE_WORDS {
                    continue;
                }
                let whole =
                    |span: &Range<usize>| span.start <= sentence.start && sentence.end <= span.end;
                if spans.iter().any(|(span, _)| whole(span)) {
                    continue;
                }
                let mut partly_quoted_by: Vec<&str> = Vec::new();
                for (span, id) in &spans {
                    let overlaps = span.start < sentence.end && sentence.start < span.end;
                    if overlaps && !partly_quoted_by.contains(id) {
                        partly_quoted_by.push(id);
                    }
                }
                found.push(UnquotedSentence {
                    part: &block.part,
                    text: text[sentence].to_owned(),
                    partly_quoted_by,
                });
            }
        }
        found
    }
}

impl Knowledge {
    /// What each entry's title, answer or `view_of` says that the article cannot back: a
    /// capitalised name or a number the article does not contain, or an answer that opens with
    /// a bare "Yes" or "No" (which readers take as the article's verdict). Entries exempt from a
    /// check by an exception are listed with its reason, so `check` can show them without
    /// counting them.
    pub fn unsupported_claims(&self) -> Vec<UnsupportedClaim<'_>> {
        let article = self
            .article
            .blocks
            .iter()
            .map(|block| undot_acronyms(&normalize_for_quote(&block.text)).to_lowercase())
            .collect::<Vec<_>>()
            .join("\n");
        let article_words: HashSet<String> = claim_words(&article).into_iter().collect();
        // A word is backed when the article has it, or a longer form of it ("Georgia" in
        // "Georgian"), or a shorter one it is a plural or possessive of ("Russians").
        let backed = |word: &str| {
            let word = word.to_lowercase();
            article_words.contains(&word)
                || article_words.iter().any(|known| {
                    known.starts_with(&word)
                        || (known.len() >= 4
                            && word.starts_with(known.as_str())
                            && word.len() <= known.len() + 2)
                })
        };
        let mut claims = Vec::new();
        for entry in &self.entries {
            let mut found = |field: &'static str, check: FaithfulnessCheck, what: String| {
                let excused = entry
                    .exceptions
                    .iter()
                    .find(|exception| exception.check == check)
                    .map(|exception| exception.reason.as_str());
                claims.push(UnsupportedClaim { entry, field, check, what, excused });
            };
            let fields = [
                ("title", entry.title.as_str()),
                ("answer", entry.answer.as_str()),
                ("view_of", entry.view_of.as_deref().unwrap_or("")),
            ];
            for (field, text) in fields {
                let text = undot_acronyms(&normalize_for_quote(text));
                for word in named_words(&text) {
                    if !backed(&word) {
                        found(field, FaithfulnessCheck::Name, word);
                    }
                }
                for number in numbers(&text) {
                    if !article_words.contains(&number) {
                        found(field, FaithfulnessCheck::Number, number);
                    }
                }
            }
            let opening = entry.answer.trim_start();
            let first: String =
                opening.chars().take_while(|c| c.is_alphabetic()).collect::<String>();
            if matches!(first.as_str(), "Yes" | "No") {
                found("answer", FaithfulnessCheck::YesNo, first);
            }
        }
        claims
    }
}

/// Something an entry says that the article cannot back (see
/// [`Knowledge::unsupported_claims`]).
#[derive(Debug, Clone)]
pub struct UnsupportedClaim<'k> {
    /// The entry.
    pub entry: &'k Entry,
    /// The field it is in: `title`, `answer` or `view_of`.
    pub field: &'static str,
    /// The check it fails.
    pub check: FaithfulnessCheck,
    /// The name, number or opening word.
    pub what: String,
    /// The reason of the entry's exception from this check, if it has one.
    pub excused: Option<&'k str>,
}

/// The words of lower-cased `text` as the claim checks compare them: letters and digits,
/// with possessives dropped.
pub(super) fn claim_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|word| word.trim_matches('\'').trim_end_matches("'s").to_owned())
        .filter(|word| !word.is_empty())
        .collect()
}

/// Capitalised words that are not the first word of a sentence (where any word is
/// capitalised) and are not "I": each names something, so the article must contain it.
/// Acronyms (two or more capitals) are taken wherever they are.
pub(super) fn named_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut sentence_start = true;
    for raw in text.split(|c: char| c.is_whitespace() || c == '/') {
        let word: String = raw
            .trim_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches("'s")
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '-')
            .collect();
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let acronym = word.chars().filter(|c| c.is_uppercase()).count() >= 2;
        let digits = word.chars().any(|c| c.is_ascii_digit());
        // A quotation or a parenthesis may open with a capital too.
        let opens = sentence_start || raw.starts_with(['"', '(', '\'']);
        if capitalised && !digits && word != "I" && (!opens || acronym) {
            for part in word.split('-').filter(|part| part.starts_with(char::is_uppercase)) {
                words.push(part.to_owned());
            }
        }
        sentence_start = raw.ends_with(['.', '?', '!', ':', ';']);
    }
    words
}

/// `text` with the dots of acronyms dropped ("U.S." is "US", "U.N." is "UN"), as readers and
/// curators write them either way.
pub(super) fn undot_acronyms(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let after_capital = i > 0 && chars[i - 1].is_uppercase();
        let before_capital_dot = chars.get(i + 1).is_some_and(|next| next.is_uppercase())
            && chars.get(i + 2) == Some(&'.');
        let closes = i >= 3 && chars[i - 2] == '.' && chars[i - 3].is_uppercase();
        if c == '.' && after_capital && (before_capital_dot || closes) {
            continue;
        }
        out.push(c);
    }
    out
}

/// The words of `text` that hold a digit ("2019", "20th", "CR929", "1990s").
pub(super) fn numbers(text: &str) -> Vec<String> {
    claim_words(&text.to_lowercase())
        .into_iter()
        .filter(|word| word.chars().any(|c| c.is_ascii_digit()))
        .collect()
}

/// Sentences of fewer words than this are not reported unquoted: they carry no fact of their
/// own ("Yet it has not happened.") and would only pad [`Knowledge::unquoted_sentences`].
pub const MIN_SENTENCE_WORDS: usize = 5;

/// A sentence of the article that no entry's quote contains whole.
#[derive(Debug, Clone, PartialEq)]
pub struct UnquotedSentence<'k> {
    /// The part of the article it is in.
    pub part: &'k Part,
    /// The sentence, with straight quotes and single spaces (the form quotes are compared in).
    pub text: String,
    /// The entries whose quote holds part of the sentence, in entry order; empty when no quote
    /// touches it.
    pub partly_quoted_by: Vec<&'k str>,
}

/// A name in the article (a person, an organisation, a place, a treaty) that no entry mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct UnmentionedName<'k> {
    /// The name as the article writes it.
    pub name: String,
    /// The first part of the article it appears in.
    pub part: &'k Part,
}

/// Words that start a sentence without being part of the name that follows: "The United
/// States" is named "United States".
pub(super) const NOT_NAME_START: &[&str] = &[
    "a",
    "an",
    "the",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "of",
    "to",
    "with",
    "and",
    "but",
    "or",
    "as",
    "if",
    "this",
    "that",
    "these",
    "those",
    "then",
    "even",
    "among",
    "after",
    "while",
    "despite",
    "moreover",
    "however",
    "similarly",
    "overall",
    "fundamentally",
    "such",
    "first",
    "second",
    "some",
    "many",
    "it",
    "there",
];

/// Capitalised words that are not names but sit next to them: titles, nationalities and months
/// ("Russian Foreign Minister Lavrov", "Then-Secretary of State John Kerry", "in late December
/// China's ..."). They end a name and are left out of it.
pub(super) const NAME_BREAKS: &[&str] = &[
    "dr",
    "mr",
    "mrs",
    "ms",
    "president",
    "then-president",
    "minister",
    "secretary",
    "then-secretary",
    "state",
    "ambassador",
    "director",
    "russian",
    "chinese",
    "american",
    "foreign",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Returns the names in `text`: runs of two or more capitalised words, possibly joined by "of",
/// not broken by punctuation ("Vladimir Putin", "Carnegie Moscow Center", "University of
/// Chicago"), without a leading function word, title or nationality ("Russian President Vladimir
/// Putin" is "Vladimir Putin"). Single capitalised words are left out: most start a sentence.
pub fn capitalised_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let mut flush = |run: &mut Vec<&str>| {
        while run.first().is_some_and(|w| NOT_NAME_START.contains(&w.to_lowercase().as_str())) {
            run.remove(0);
        }
        while run.last() == Some(&"of") {
            run.pop();
        }
        if run.len() >= 2 {
            names.push(run.join(" "));
        }
        run.clear();
    };
    for raw in text.split_whitespace() {
        let opens = raw.starts_with(|c: char| !c.is_alphanumeric());
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        // A possessive ends the name: "Russia’s" is "Russia", then the run stops.
        let (word, possessive) = match word.strip_suffix("’s").or_else(|| word.strip_suffix("'s"))
        {
            Some(stem) => (stem, true),
            None => (word, false),
        };
        // The dot of a middle initial ("John J. Mearsheimer") does not end the name; after two
        // words it is more likely a sentence's end ("World War I. Russia ...").
        let initial = word.len() == 1 && raw.ends_with('.') && run.len() == 1;
        let closes = possessive || (!initial && raw.ends_with(|c: char| !c.is_alphanumeric()));
        if opens {
            flush(&mut run);
        }
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        match (capitalised, word) {
            _ if NAME_BREAKS.contains(&word.to_lowercase().as_str()) => flush(&mut run),
            (true, _) => run.push(word),
            (false, "of") if !run.is_empty() => run.push(word),
            (false, _) => flush(&mut run),
        }
        if closes {
            flush(&mut run);
        }
    }
    flush(&mut run);
    names
}

impl Knowledge {
    /// What readers of another language than English would see in English, because a
    /// translation is missing: entries (or their sample questions, `view_of` or subject),
    /// interface strings, topic and part names, and small-talk intents without phrases or
    /// replies in that language. A language with no translation at all is one finding, not
    /// one per entry. In file order within each language, Russian first.
    pub fn missing_translations(&self) -> Vec<MissingTranslation<'_>> {
        let mut found = Vec::new();
        for language in [Language::Ru, Language::Zh] {
            let before = found.len();
            self.missing_in(language, &mut found);
            let has_any = self.entries.iter().any(|entry| entry.translation(language).is_some())
                || self.ui.strings.keys().any(|(l, _)| *l == language)
                || self.ui.topics.keys().any(|(l, _)| *l == language)
                || self.ui.parts.keys().any(|(l, _)| *l == language)
                || self
                    .smalltalk
                    .intents
                    .iter()
                    .any(|intent| intent.replies.iter().any(|(l, _)| *l == language));
            if !has_any && found.len() > before {
                found.truncate(before);
                found.push(MissingTranslation {
                    language,
                    file: language.code().to_owned() + "/",
                    item: None,
                    what: Untranslated::Everything,
                });
            }
        }
        found
    }

    fn missing_in<'k>(&'k self, language: Language, found: &mut Vec<MissingTranslation<'k>>) {
        let file = |name: &str| format!("{}/{name}", language.code());
        let mut push = |file: String, item: &'k str, what: Untranslated| {
            found.push(MissingTranslation { language, file, item: Some(item), what });
        };
        for entry in &self.entries {
            let Some(translation) = entry.translation(language) else {
                push(file(files::ENTRIES), &entry.id, Untranslated::Entry);
                continue;
            };
            if translation.questions.is_empty() {
                push(file(files::ENTRIES), &entry.id, Untranslated::EntryField("questions"));
            }
            if entry.view_of.is_some() && translation.view_of.is_none() {
                push(file(files::ENTRIES), &entry.id, Untranslated::EntryField("view_of"));
            }
            if entry.subject.is_some() && translation.subject.is_none() {
                push(file(files::ENTRIES), &entry.id, Untranslated::EntryField("subject"));
            }
        }
        for key in self.ui.missing(language) {
            push(file(files::UI), key, Untranslated::UiString);
        }
        for topic in self.topics() {
            if !self.ui.topics.contains_key(&(language, topic.to_owned())) {
                push(file(files::UI), topic, Untranslated::TopicName);
            }
        }
        let mut parts: Vec<&str> = Vec::new();
        for block in &self.article.blocks {
            if let Part::Front(name) = &block.part {
                if !parts.contains(&name.as_str())
                    && !self.ui.parts.contains_key(&(language, name.clone()))
                {
                    parts.push(name);
                    push(file(files::UI), name, Untranslated::PartName);
                }
            }
        }
        for intent in &self.smalltalk.intents {
            let in_language = |text: &String| Language::of_text(text) == Some(language);
            if !intent.phrases.iter().any(in_language) {
                push(file(files::SMALLTALK), &intent.name, Untranslated::SmallTalkPhrases);
            }
            if !intent.replies.iter().any(|(l, _)| *l == language) {
                push(file(files::SMALLTALK), &intent.name, Untranslated::SmallTalkReplies);
            }
        }
    }
}

/// Something shown to readers that lacks a translation (see
/// [`Knowledge::missing_translations`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingTranslation<'k> {
    /// The language it lacks.
    pub language: Language,
    /// Where the translation belongs, relative to the knowledge directory: `ru/entries.toml`,
    /// `zh/ui.toml`, ... (`ru/` when nothing is translated into the language).
    pub file: String,
    /// What lacks it, as that file names it: an entry id, an interface key, a topic or part
    /// name, a small-talk intent.
    pub item: Option<&'k str>,
    /// What is missing.
    pub what: Untranslated,
}

/// What a [`MissingTranslation`] lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Untranslated {
    /// Nothing at all is translated into the language.
    Everything,
    /// An entry has no translation.
    Entry,
    /// An entry's translation lacks a field the English entry has: `questions`, `view_of` or
    /// `subject` (the reply would show the English one).
    EntryField(&'static str),
    /// An interface string (a key of `ui.toml`).
    UiString,
    /// A topic's name (`[topic_names]`).
    TopicName,
    /// The name of a part of the article before the paragraphs (`[part_names]`).
    PartName,
    /// A small-talk intent has no phrases in the language, so readers' small talk in it is
    /// taken for questions.
    SmallTalkPhrases,
    /// A small-talk intent has no replies in the language.
    SmallTalkReplies,
}

impl fmt::Display for MissingTranslation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let language = match self.language {
            Language::En => "English",
            Language::Ru => "Russian",
            Language::Zh => "Chinese",
        };
        let item = self.item.unwrap_or_default();
        let file = &self.file;
        match self.what {
            Untranslated::Everything => write!(
                f,
                "{file}: nothing is translated into {language}; readers who write {language} \
                 get English"
            ),
            Untranslated::Entry => write!(f, "{file}: entry `{item}`: no {language} translation"),
            Untranslated::EntryField(field) => {
                write!(f, "{file}: entry `{item}`: no {language} `{field}`")
            }
            Untranslated::UiString => write!(f, "{file}: `{item}`: no {language} text"),
            Untranslated::TopicName => {
                write!(f, "{file}: [topic_names] {item:?}: no {language} name")
            }
            Untranslated::PartName => {
                write!(f, "{file}: [part_names] {item:?}: no {language} name")
            }
            Untranslated::SmallTalkPhrases => {
                write!(f, "{file}: intent `{item}`: no {language} phrases")
            }
            Untranslated::SmallTalkReplies => {
                write!(f, "{file}: intent `{item}`: no {language} replies")
            }
        }
    }
}

/// A keyword spelt one letter away from a term of a synonym group, in no group itself
/// (see [`Knowledge::spelling_variants`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpellingVariant<'k> {
    /// The language of the keyword: English for the entry's own, else its translation's.
    pub language: Language,
    /// The entry whose keyword it is.
    pub entry: &'k str,
    /// The keyword.
    pub keyword: &'k str,
    /// The group's term it is one letter from.
    pub term: &'k str,
    /// The group's first term, which names it.
    pub group: &'k str,
}

/// Keys shorter than this are too short to call a one-letter difference a variant ("nato" and
/// "nate" are different words).
const MIN_VARIANT_CHARS: usize = 5;

impl Knowledge {
    /// Keywords spelt one letter away from a term of a synonym group but in no group: most
    /// often another spelling of a name ("Мершаймер" beside the group's "Миршаймер"), which
    /// then reaches only the entries that list it, not every entry about the name. Compared
    /// as the matcher reads them (normalised and stemmed), so other forms of a word the
    /// stemmer joins are not reported; Chinese only by a changed character, since one more
    /// character is as often another word ("俄外交部长", Russia's foreign minister).
    pub fn spelling_variants(&self) -> Vec<SpellingVariant<'_>> {
        let mut keys = TermKeys::new();
        let mut key = String::new();
        // Each group term's normal form (spellings are compared before stemming, which would
        // make "elaboration" one letter from "labor"), and the stems of every term.
        let mut grouped: Vec<(String, &str, &str)> = Vec::new();
        let mut known: HashSet<String> = HashSet::new();
        for group in &self.synonyms {
            let Some(head) = group.first() else { continue };
            for term in group {
                keys.key_into(term, &mut key);
                known.insert(key.clone());
                grouped.push((crate::text::normalize(term.trim()), term, head));
            }
        }
        let mut found = Vec::new();
        for entry in &self.entries {
            let translated = [Language::Ru, Language::Zh].into_iter().filter_map(|language| {
                entry.translation(language).map(|t| (language, t.keywords.as_slice()))
            });
            let all = std::iter::once((Language::En, entry.keywords.as_slice())).chain(translated);
            for (language, keywords) in all {
                for keyword in keywords {
                    keys.key_into(&keyword.term, &mut key);
                    if known.contains(&key) {
                        continue;
                    }
                    let spelt = crate::text::normalize(keyword.term.trim());
                    let chars = spelt.chars().count();
                    if chars < MIN_VARIANT_CHARS {
                        continue;
                    }
                    let han = spelt.chars().any(crate::text::is_han);
                    let close = |other: &String| {
                        (!han || other.chars().count() == chars)
                            && crate::text::within_one_edit(other, &spelt)
                    };
                    if let Some((_, term, group)) = grouped.iter().find(|(other, ..)| close(other))
                    {
                        found.push(SpellingVariant {
                            language,
                            entry: &entry.id,
                            keyword: &keyword.term,
                            term,
                            group,
                        });
                    }
                }
            }
        }
        found
    }
}
