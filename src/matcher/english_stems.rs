//! English words before the stemmer: British spellings read as American ones, and the words
//! Snowball would join to another of a different sense kept apart. Shared with `build.rs`,
//! which memoises [`stem_english`] for the knowledge files' words, so only a word they lack is
//! read here when a question is asked.

use rust_stemmers::Stemmer;
use std::borrow::Cow;

/// The stem of an English `word`: its own for [`DISTINCT_STEMS`], else the stemmer's of its
/// American spelling ([`american`]).
pub(super) fn stem_english<'w>(stemmer: &Stemmer, word: &'w str) -> Cow<'w, str> {
    if let Some((_, own)) = DISTINCT_STEMS.iter().find(|(noun, _)| *noun == word) {
        return Cow::Borrowed(own);
    }
    match american(word) {
        Cow::Owned(american) => Cow::Owned(stemmer.stem(&american).into_owned()),
        Cow::Borrowed(word) => stemmer.stem(word),
    }
}

/// Words the English stemmer joins to another of a different sense, each kept apart by a stem
/// of its own (its singular). People named after what they make: Snowball takes
/// "photographer" to "photograph" and "reporter" to "report", so "who's the photographer?"
/// read as "who is in the photograph?" and "who is the reporter?" as the reports of Chinese
/// forces. And "publication" to "public", so "did they say so publicly?" asked the date the
/// article was published.
pub(super) const DISTINCT_STEMS: &[(&str, &str)] = &[
    ("photographer", "photographer"),
    ("photographers", "photographer"),
    ("reporter", "reporter"),
    ("reporters", "reporter"),
    ("publication", "publication"),
    ("publications", "publication"),
];

/// Endings that follow "our" in a British spelling ("neighbourliness", "behaviours",
/// "favourable"), from the longest.
const AFTER_OUR: &[&str] = &[
    "liness", "ably", "able", "hood", "ites", "ite", "ing", "ful", "ism", "ist", "ers", "ed", "er",
    "al", "ly", "s", "",
];

/// Endings of British "-ise" verbs and "-isation" nouns, with their American spelling, from the
/// longest.
const ISE_TO_IZE: &[(&str, &str)] = &[
    ("isations", "izations"),
    ("isation", "ization"),
    ("ising", "izing"),
    ("isers", "izers"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("iser", "izer"),
    ("ise", "ize"),
];

/// `word` as American English spells it: "neighbourliness" is "neighborliness", "realised"
/// "realized", "organisation" "organization"; the stemmer keeps them apart otherwise, so a
/// reader writing British English missed the entry that says the word ("why does the
/// neighbourliness treaty matter?"). Both the knowledge and the question are read so, so a word
/// that only looks British ("promise" as "promize") still meets itself; the stems before the
/// ending must be long enough that no other word is met ("four", "hour", "raise" stay).
pub(super) fn american(word: &str) -> Cow<'_, str> {
    if let Some(at) = word.rfind("our") {
        let after = &word[at + 3..];
        if at >= 3 && AFTER_OUR.contains(&after) {
            return Cow::Owned(format!("{}or{after}", &word[..at]));
        }
    }
    for (british, american) in ISE_TO_IZE {
        if let Some(stem) = word.strip_suffix(british).filter(|stem| stem.len() >= 4) {
            return Cow::Owned(format!("{stem}{american}"));
        }
    }
    Cow::Borrowed(word)
}

#[cfg(test)]
mod tests {
    use super::american;

    #[test]
    fn british_spellings_are_read_as_american_ones() {
        for (british, american_spelling) in [
            ("neighbourliness", "neighborliness"),
            ("neighbours", "neighbors"),
            ("behaviour", "behavior"),
            ("favourable", "favorable"),
            ("realised", "realized"),
            ("organisation", "organization"),
            ("militarising", "militarizing"),
        ] {
            assert_eq!(american(british), american_spelling);
        }
        // Short stems are other words, not British spellings.
        for word in ["four", "hour", "your", "flour", "raise", "rise", "wise", "is", "this"] {
            assert_eq!(american(word), word);
        }
    }
}
