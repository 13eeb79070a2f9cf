//! Which particular ones a question asks ("which specific weapons?", "which energy projects
//! exactly?") and whether a quote names them or only their kind: read by [`super::asked`].

use super::asked::holds_any;

/// A bit beside the [`crate::knowledge::QuestionKind`] bits: the question asks which particular ones of
/// something ("which specific weapons?"). Not curated: an entry gives it when its quote lists
/// some ([`lists_some`]), read once at load time.
pub(super) const ASKS_SPECIFICS: u16 = 1 << 12;

/// Whether a question asks which particular ones of something ("Which specific Russian weapons
/// has China reverse-engineered?", "which states exactly?"): an entry naming them only as a
/// kind does not answer it ([`lists_some`]).
pub(super) fn asks_for_specifics(words: &[&str]) -> bool {
    const PARTICULAR: &[&str] = &["specific", "exact", "particular", "precise"];
    let opens = |at: usize| matches!(words[at], "which" | "what");
    // "what year exactly?", "which specific period?" ask a date or a time, not which ones.
    let kind_noun = |at: usize| words.get(at).is_some_and(|word| super::asked::is_kind_noun(word));
    (0..words.len()).any(|at| {
        PARTICULAR.contains(&words[at]) && at > 0 && opens(at - 1) && !kind_noun(at + 1)
            // ("which states exactly?", "which Russian weapons exactly?": a word may qualify
            // the noun.)
            || words[at] == "exactly"
                && !kind_noun(at.saturating_sub(1))
                && (2..=3).any(|back| at >= back && opens(at - back))
    })
}

/// The plural noun a question asks which ones of, right after "which" ("weapons" of "which
/// weapons did they copy?"): an entry whose quote names them only as a kind does not say which
/// ([`super::Matcher::unless_fact_word_missing`]). (Not "which russian documents are cited?",
/// whose qualified noun the passages after the quote name.)
pub(super) fn which_of_a_kind(words: &[&str]) -> Option<String> {
    let at = words.iter().position(|word| *word == "which")?;
    let noun = words.get(at + 1)?;
    is_plural_of_a_thing(noun).then(|| noun.to_string())
}

/// Whether `word` is a plural noun a question may ask which ones of: ASCII only (its stem is
/// cut by bytes, [`kind_stem`]), and no kind of fact ("years", "cities").
fn is_plural_of_a_thing(word: &str) -> bool {
    let plural = word.is_ascii() && word.len() > 4 && word.ends_with('s') && !word.ends_with("ss");
    plural && !super::asked::is_kind_noun(word)
}

/// The stem by which a quote names the kind of a plural noun: "weapo" of "weapons" (found in
/// "weaponry"), "territori" of "territories" (in "territorial").
fn kind_stem(noun: &str) -> Option<&str> {
    noun.get(..noun.len().saturating_sub(2).max(5).min(noun.len()))
}

/// What opens a list of instances in a quote ("such as Sukhoi 35 jet fighters").
const LIST_MARKERS: &[&str] = &["such as", "including", "namely", "like ", "for example", "e.g."];

/// The plural noun of a question asking which particular ones ([`asks_for_specifics`], which
/// the caller has read): "projects" of "which energy projects exactly?", "weapons" of "which
/// specific weapons did they copy?". ASCII only: the stem is cut by bytes.
pub(super) fn noun_of_specifics(words: &[&str]) -> Option<String> {
    let at = words.iter().position(|word| matches!(*word, "which" | "what"))?;
    words[at + 1..]
        .iter()
        .take(4)
        .take_while(|word| !matches!(**word, "exactly" | "did" | "do" | "does" | "are" | "were"))
        .find(|word| is_plural_of_a_thing(word))
        .map(|noun| noun.to_string())
}

/// Whether `quote` lists instances of `noun` (a plural, by its stem) right after naming it
/// ("weaponry (such as Sukhoi 35 jet fighters)", "projects like the building of ...") or gives
/// them as some of it ("... among the greatest military risks"):
/// `Some(false)` when it names it only as a kind ("a majority shareholding in energy
/// projects"), `None` when it does not name it.
pub(crate) fn lists_the_kind(quote: &str, noun: &str) -> Option<bool> {
    // (Right after the noun, a bracket or a colon opens a list too.)
    let markers = || LIST_MARKERS.iter().chain(&["(", ":", "for instance"]);
    let stem = kind_stem(noun)?.to_ascii_lowercase();
    let lower = quote.to_lowercase();
    let mut named = false;
    let mut from = 0;
    while let Some(found) = lower.get(from..).and_then(|rest| rest.find(&stem)) {
        let at = from + found;
        let opens_a_word =
            at == 0 || lower[..at].chars().next_back().is_some_and(|c| !c.is_alphanumeric());
        let word_end =
            lower[at..].find(|c: char| !c.is_alphanumeric()).map_or(lower.len(), |end| at + end);
        if opens_a_word {
            named = true;
            let after: String = lower[word_end..].chars().take(16).collect();
            let listed_after = markers().any(|marker| {
                after.trim_start().starts_with(marker.trim_end()) && after.contains(marker)
            });
            // ... or before it, as one of them ("identified the “build-up of ...” among the
            // greatest military risks").
            let from = lower[..at].char_indices().rev().nth(31).map_or(0, |(byte, _)| byte);
            let before = &lower[from..at];
            let listed_before =
                ["among the ", "one of the "].iter().any(|lead| before.contains(lead));
            if listed_after || listed_before {
                return Some(true);
            }
        }
        from = word_end.max(at + 1);
    }
    named.then_some(false)
}

/// Whether a quote names `noun` (a plural) as a kind, by a word of the same stem ("weaponry"
/// of "weapons", "territorial" of "territories").
pub(crate) fn names_the_kind(quote: &str, noun: &str) -> bool {
    let Some(stem) = kind_stem(noun) else { return false };
    let opens_with_stem =
        |word: &str| word.get(..stem.len()).is_some_and(|p| p.eq_ignore_ascii_case(stem));
    quote.split(|c: char| !c.is_alphanumeric()).any(opens_with_stem)
}

/// [`asks_for_specifics`] in Russian ("Какие именно территории ...?", "Какие конкретно ...")
/// and Chinese ("具体把哪些领土 ...", "哪些具体项目").
pub(super) fn asks_for_specifics_in_ru_or_zh(normalized: &str, words: &[&str]) -> bool {
    const WHICH: &[&str] = &["какие", "какой", "какая", "какое", "каких", "каким"];
    const PARTICULAR: &[&str] = &["именно", "конкретно", "конкретные", "конкретных", "конкретный"];
    let russian =
        words.windows(2).any(|pair| WHICH.contains(&pair[0]) && PARTICULAR.contains(&pair[1]));
    russian
        || normalized.contains("具体") && holds_any(normalized, &["哪些", "哪几", "哪个", "哪一"])
}

/// Whether an entry's quote names some of what it speaks of: a list ("such as Sukhoi 35 jet
/// fighters", "Kazakhstan, Kyrgyzstan, Tajikistan, and Armenia"), examples, or one in the
/// words of a text it cites (the doctrine's "build-up of the power potential of [NATO]" as one
/// of the main military risks).
pub(crate) fn lists_some(quote: &str) -> bool {
    let quote = quote.to_ascii_lowercase();
    LIST_MARKERS.iter().any(|marker| quote.contains(marker))
        || quote.matches(", ").count() >= 2
        || quote.contains('\u{201c}')
}
