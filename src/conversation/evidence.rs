//! A reader doubting what was just said: "source?", "says who?", "is that true?", "any proof?",
//! "how do we know?". The article's reply is curated on each entry: `source`, the passage
//! naming where its claim comes from, and `evidence`, the passage backing or checking it.

use crate::knowledge::{Entry, Knowledge};
use crate::matcher::Matcher;

use super::cues::{EVIDENCE, EXAMPLES_FRAME, INSISTING, VERIFY};
use super::phrasing::{is_one_of, made_of};
use super::speaker_words::{SAYING, SOURCE_PHRASES};
use super::speakers::{is_a_source_word, is_authors, only_asks_who_holds_it};
use super::thresholds::SHORT_FOLLOWUP_WORDS;

/// What a doubting message asks of the answer just given.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Doubt {
    /// Who holds it: "says who?", "who said that?".
    Holder,
    /// What it rests on: "source?", "where's that from?".
    Source,
    /// Whether it holds: "is that true?", "any proof?", "how do we know?".
    Truth,
}

/// Verbs of writing: who wrote something asks its writer.
const WRITING: &[&str] = &["wrote", "write", "writes", "written", "authored"];

/// How a reader asks how anyone knows ("how do we know?", "how can you tell that?").
const HOW_KNOWN: &[&str] = &[
    "how do we know",
    "how do you know",
    "how does he know",
    "how does the author know",
    "how can we know",
    "how can you tell",
    "how would we know",
    "what makes you say that",
    "what makes them say that",
    "откуда это известно",
    "откуда известно",
    "откуда ты знаешь",
    "有证据吗",
    "有什么证据",
    "凭什么这么说",
    "依据是什么",
    "根据是什么",
];

/// What `words` (a whole message, `phrase` its words joined, chat endings aside) ask when they
/// doubt the answer just given, if they do: read as the follow-up rules read "source?" and "is
/// that true?" ([`source_asked`], [`super::phrasing::is_one_of`]) and "any proof?" ([`proof_asked`]).
pub(super) fn doubt_asked(
    matcher: &Matcher,
    words: &[String],
    phrase: &str,
    text: &str,
) -> Option<Doubt> {
    if source_asked(matcher, words, phrase, text) {
        return Some(Doubt::Source);
    }
    // ("who wrote it?" asks a writer, which no source passage names.)
    let writing = words.iter().any(|word| WRITING.contains(&word.as_str()));
    if only_asks_who_holds_it(words) && !writing {
        return Some(Doubt::Holder);
    }
    // "how do we know that?", "how do you know this, really?": what follows only points back.
    let known = HOW_KNOWN.iter().find_map(|how| phrase.strip_prefix(how)).is_some_and(|rest| {
        rest.split(' ')
            .filter(|word| !word.is_empty())
            .all(|word| matches!(word, "that" | "this" | "it" | "so") || INSISTING.contains(&word))
    }) || HOW_KNOWN.iter().any(|how| !how.is_ascii() && text.contains(how));
    let verified = is_one_of(phrase, VERIFY);
    (known || verified || proof_asked(words, text)).then_some(Doubt::Truth)
}

/// Whether a message asks where what was just said comes from: "what's the source?", "source
/// for that claim?", "where's that from?" (not the source of something it names: "of the
/// photo?"). Russian by the stem ("источника"); Chinese in a short message ("能源来源" is a
/// source of energy).
pub(super) fn source_asked(matcher: &Matcher, words: &[String], phrase: &str, text: &str) -> bool {
    let only_about_the_telling = |word: &String| {
        is_a_source_word(word) || SAYING.contains(&word.as_str()) || matcher.is_stop_word(word)
    };
    SOURCE_PHRASES.contains(&phrase)
        || words.len() <= SHORT_FOLLOWUP_WORDS
            && (words.iter().any(|word| is_a_source_word(word))
                && words.iter().all(only_about_the_telling)
                || text.chars().count() <= 8 && ["出处", "来源"].iter().any(|w| text.contains(w)))
}

/// Whether a message asks for proof or evidence of what was just said ("any proof of that?",
/// "证据？"; Chinese has no spaces: a short message holding the word).
pub(super) fn proof_asked(words: &[String], text: &str) -> bool {
    made_of(words, EVIDENCE, EXAMPLES_FRAME) || text.chars().count() <= 8 && text.contains("证据")
}

/// The entry that answers `doubt` right after `current`, when curated: its `source`, where it
/// comes from, for who holds it or what it rests on, else (of a claim no one named holds: the
/// author's, or a plain statement) what backs it, but for who holds it only someone's words;
/// its `evidence` for whether it holds.
pub(super) fn reply_to<'k>(
    knowledge: &'k Knowledge,
    current: &Entry,
    doubt: Doubt,
) -> Option<&'k Entry> {
    let linked = |id: &Option<String>| {
        id.as_deref().filter(|id| *id != current.id).and_then(|id| knowledge.entry(id))
    };
    let someones = |entry: &Entry| entry.view_of.is_some() && !is_authors(entry);
    // ("says who?" of the author's claim that Russia's interest is friendship with China is
    // Trenin, whose words back it; of one that the article's own account backs, the author.)
    let backing = |of_someone: bool| {
        linked(&current.evidence)
            .filter(|backing| !someones(current) && (!of_someone || someones(backing)))
    };
    match doubt {
        Doubt::Holder => linked(&current.source).or_else(|| backing(true)),
        Doubt::Source => linked(&current.source).or_else(|| backing(false)),
        Doubt::Truth => linked(&current.evidence),
    }
}
