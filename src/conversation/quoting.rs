//! Messages asking for the quote itself: "exact words pls", "quote again?", "where in the
//! article?", and "any quote?" of an answer that quotes nobody's words.

use super::cues::VERBATIM;
use super::lead_words::{
    AGAIN, CHINESE_QUOTE_NOUNS, CHINESE_QUOTE_REQUEST, QUOTE_NOUNS, QUOTE_REQUEST_WORDS,
    WORDING_NOUNS,
};
use crate::knowledge::{Entry, Knowledge};

/// Whether a message asks only for the quote as it was put, or where the article says it
/// ("exact words pls", "quote again pls, the whole thing", "which paragraph?",
/// "where in the article?", "原文是什么？"), naming nobody and nothing else.
pub(super) fn asks_for_the_quote(words: &[String], text: &str) -> bool {
    let has = |list: &[&str]| words.iter().any(|word| list.contains(&word.as_str()));
    let lists = [QUOTE_NOUNS, WORDING_NOUNS, VERBATIM, AGAIN, QUOTE_REQUEST_WORDS, &["come"]];
    let only_asks = words.iter().all(|word| lists.iter().any(|list| list.contains(&word.as_str())));
    // "say again?", "come again?", "repeat that pls": what was just said, once more.
    let repeats = has(&["again", "repeat", "снова", "повтори", "повторите"]);
    // "where does it say that?", "where in the article?": where, of what was just said.
    let says_where = has(&["where", "wheres", "где"]) && has(&["say", "says", "article", "статье"]);
    let named = has(QUOTE_NOUNS) || has(WORDING_NOUNS) && (has(VERBATIM) || has(AGAIN));
    if !words.is_empty() && only_asks && (named || says_where || repeats) {
        return true;
    }
    // Chinese, without spaces: a word for the quote, and nothing but characters asking for it.
    !text.is_ascii()
        && CHINESE_QUOTE_NOUNS.iter().any(|noun| text.contains(noun))
        && text.chars().all(|c| {
            !c.is_alphanumeric()
                || CHINESE_QUOTE_REQUEST.contains(c)
                || CHINESE_QUOTE_NOUNS.iter().any(|noun| noun.contains(c))
        })
}

/// The entry quoting someone's own words that a message asking "any quote?", "got a quote?"
/// of `current` wants, when `current`'s quote holds none (the West's reassurances, told
/// by the author): the first entry it leads or links to whose quote does (Kerry's "NATO is a
/// defensive alliance"). `None` when the message asks for the quote again ("the quote?",
/// "quote again"), or `current` quotes someone itself.
pub(super) fn someones_words_asked<'k>(
    knowledge: &'k Knowledge,
    current: &Entry,
    words: &[String],
) -> Option<&'k Entry> {
    let indefinite = |word: &String| matches!(word.as_str(), "any" | "a" | "some" | "direct");
    let quotes = |entry: &Entry| entry.quote.contains(['“', '"']);
    if !words.iter().any(indefinite) || words.iter().any(|word| AGAIN.contains(&word.as_str())) {
        return None;
    }
    if quotes(current) {
        return None;
    }
    let linked = current.more.iter().chain(&current.related);
    linked.filter_map(|id| knowledge.entry(id)).find(|entry| quotes(entry))
}
