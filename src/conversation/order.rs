//! The article read in order: "what comes next in the article?", "and before that?", "what's
//! the previous point?". The passage after (or before) the one just quoted is the entry whose
//! quote starts right after its end (or ends right before its start).

use super::reading::quote_span;
use crate::knowledge::{Entry, Knowledge};

/// Which way through the article a message asks to go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Way {
    Next,
    Previous,
}

/// Words that only frame a request for the next or previous passage ("what does the article
/// say right after that?"): with a word of [`NEXT`] or [`PREVIOUS`], the message asks nothing
/// else.
const FRAME: &[&str] = &[
    "what",
    "whats",
    "is",
    "s",
    "was",
    "the",
    "a",
    "in",
    "of",
    "and",
    "so",
    "ok",
    "then",
    "it",
    "that",
    "this",
    "there",
    "does",
    "did",
    "do",
    "say",
    "says",
    "said",
    "saying",
    "written",
    "mentioned",
    "come",
    "comes",
    "came",
    "right",
    "just",
    "immediately",
    "directly",
    "about",
    "article",
    "piece",
    "text",
    "story",
    "author",
    "writer",
    "he",
    "she",
    "they",
    "point",
    "part",
    "paragraph",
    "sentence",
    "passage",
    "bit",
    "section",
    "line",
    "one",
    "thing",
    "go",
    "goes",
    "on",
    "to",
    "tell",
    "me",
    "us",
    "show",
    "read",
    "please",
    "pls",
    "can",
    "you",
    "could",
    "would",
];

/// Words asking for the passage after: "next", "follows", "after" (of "after that").
const NEXT: &[&str] = &["next", "follows", "following", "afterwards", "after"];

/// Words asking for the passage before: "previous", "before" (of "before that").
const PREVIOUS: &[&str] = &["previous", "preceding", "prior", "earlier", "before"];

/// Russian and Chinese messages asking the same, read whole ("что дальше?", "接下来呢？").
const NEXT_ELSEWHERE: &[&str] = &[
    "что дальше",
    "а дальше",
    "дальше",
    "что далее",
    "接下来呢",
    "接下来说了什么",
    "下一段",
    "后面呢",
    "下面呢",
];
const PREVIOUS_ELSEWHERE: &[&str] = &[
    "а до этого",
    "что до этого",
    "что было до этого",
    "а перед этим",
    "что перед этим",
    "前面呢",
    "上一段",
    "之前呢",
    "前面说了什么",
];

/// The way a message asks to go through the article, if it only asks that. (The caller leaves
/// "what next?" and "and after that?" to what came of it, the answer's curated `more`.)
fn way_asked(words: &[String]) -> Option<Way> {
    // (Read whole only in another script: an English message is read by its words. A Chinese
    // message without spaces is one word.)
    if words.iter().any(|word| !word.is_ascii()) {
        let whole = |messages: &[&str]| {
            messages.iter().any(|asks| asks.split(' ').eq(words.iter().map(String::as_str)))
        };
        if whole(NEXT_ELSEWHERE) {
            return Some(Way::Next);
        }
        if whole(PREVIOUS_ELSEWHERE) {
            return Some(Way::Previous);
        }
    }
    // One of the way's words, and nothing but them and the frame. "after" and "before" need
    // what they are after: "after that", "before it".
    let pointed = |at: &str| {
        let pointer = |word: &String| matches!(word.as_str(), "that" | "this" | "it");
        words.windows(2).any(|pair| pair[0] == at && pointer(&pair[1]))
    };
    let asks = |list: &[&str], preposition: &str| {
        let marked = words.iter().any(|word| word != preposition && list.contains(&word.as_str()))
            || pointed(preposition);
        let framed =
            |word: &String| FRAME.contains(&word.as_str()) || list.contains(&word.as_str());
        marked && words.iter().all(framed)
    };
    match (asks(NEXT, "after"), asks(PREVIOUS, "before")) {
        (true, false) => Some(Way::Next),
        (false, true) => Some(Way::Previous),
        _ => None,
    }
}

/// The entry of the passage right after (or before) `current`'s in the article, when `words`
/// (the message's) ask for it; `None` when they do not, or `current` is the article's first or
/// last passage.
pub(super) fn neighbour_asked<'k>(
    knowledge: &'k Knowledge,
    current: &Entry,
    words: &[String],
) -> Option<&'k Entry> {
    let way = way_asked(words)?;
    let (start, end) = quote_span(knowledge, current)?;
    let spans =
        knowledge.entries.iter().filter_map(|entry| Some((entry, quote_span(knowledge, entry)?)));
    // Of passages that start (or end) at the same place, the shortest: the sentence right
    // there, not a longer one reaching past it.
    match way {
        Way::Next => spans
            .filter(|(_, (there, _))| *there >= end)
            .min_by_key(|(entry, (there, _))| (*there, entry.quote.len())),
        Way::Previous => spans
            .filter(|(_, (_, there))| *there <= start)
            .max_by_key(|(entry, (_, there))| (*there, std::cmp::Reverse(entry.quote.len()))),
    }
    .map(|(entry, _)| entry)
}
