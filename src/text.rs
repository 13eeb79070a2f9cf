//! Text normalisation and tokenising shared by the knowledge base and the matcher.
//!
//! Pure functions over `&str`: no I/O, no Telegram. Both sides of a match (the curated entries and
//! the reader's question) go through the same functions, so they agree on what a word is.

use std::borrow::Cow;
use std::ops::Range;

use icu_properties::props::{Alphabetic, GeneralCategory, GeneralCategoryGroup};
use icu_properties::{CodePointMapData, CodePointSetData};
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// A language the bot answers in. English is the article's; Russian and Chinese readers get
/// curated translations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    /// English, the article's language.
    En,
    /// Russian.
    Ru,
    /// Chinese (Simplified).
    Zh,
}

impl Language {
    /// Every language, English first.
    pub const ALL: [Language; 3] = [Language::En, Language::Ru, Language::Zh];

    /// Its code: `en`, `ru`, `zh`.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ru => "ru",
            Language::Zh => "zh",
        }
    }

    /// The language of an IETF tag as Telegram gives it (`ru`, `ru-RU`, `zh-hans`, `zh_CN`,
    /// `EN`); `None` for any other language.
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_']).next().unwrap_or("").trim().to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Language::En),
            "ru" => Some(Language::Ru),
            "zh" => Some(Language::Zh),
            _ => None,
        }
    }

    /// The language `text` is written in, by the script of most of its letters: Cyrillic is
    /// Russian, Chinese characters Chinese, anything else English. `None` when it has no
    /// letters (digits, emoji, punctuation), which says nothing. Only the first 1000 bytes are
    /// read. No statistical detector: those guess wrong on short texts.
    pub fn of_text(text: &str) -> Option<Language> {
        let (mut latin, mut cyrillic, mut han) = (0usize, 0usize, 0usize);
        for c in prefix(text, 1000).chars() {
            if is_han(c) {
                han += 1;
            } else if is_cyrillic(c) {
                cyrillic += 1;
            } else if c.is_alphabetic() {
                latin += 1;
            }
        }
        // A Chinese character is a word or half of one; weigh it as two letters.
        let han = han * 2;
        match (latin, cyrillic, han) {
            (0, 0, 0) => None,
            _ if cyrillic >= latin && cyrillic >= han => Some(Language::Ru),
            _ if han >= latin => Some(Language::Zh),
            _ => Some(Language::En),
        }
    }
}

/// Whether `c` is a Chinese character (CJK unified ideographs and their extensions).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}'
        | '\u{20000}'..='\u{2a6df}')
}

/// Whether `c` is a Cyrillic letter.
pub fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052f}')
}

/// Returns `text` in the form the matcher compares: compatibility-normalised (NFKD), accents
/// removed (détente = detente), lower-cased, curly quotes made straight and dashes made `-`.
///
/// The result is not meant for display.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalize_into(text, &mut out);
    out
}

/// The longest start of `text` of at most `max_bytes` bytes that ends on a character boundary.
pub fn prefix(text: &str, max_bytes: usize) -> &str {
    let mut cut = max_bytes.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    &text[..cut]
}

/// [`normalize`], appending to `out`: one buffer can serve many texts.
pub fn normalize_into(text: &str, out: &mut String) {
    let mut rest = text;
    // The normal form of the last non-ASCII character: see below.
    let mut last_folded = String::new();
    while !rest.is_empty() {
        // Runs of ASCII, most of any English text, are copied and folded in bulk.
        let ascii = match rest.is_ascii() {
            true => rest.len(),
            false => rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len()),
        };
        push_ascii_folded(out, &rest[..ascii]);
        rest = &rest[ascii..];
        // Then the run of other characters, in one loop: a message in another script is one
        // long run, not a run per character.
        let other = rest.bytes().position(|b| b.is_ascii()).unwrap_or(rest.len());
        // A character repeated (a flood of one emoji) is copied, not looked up again.
        let mut last: Option<char> = None;
        for c in rest[..other].chars() {
            if let Some(folded) = fold_simple(c) {
                out.push(folded);
                continue;
            }
            if last == Some(c) {
                out.push_str(&last_folded);
                continue;
            }
            let start = out.len();
            // Decomposing one character at a time equals NFKD here: the combining marks whose
            // order NFKD would fix are dropped anyway.
            decompose_compatible(c, |part| {
                if !is_combining_mark(part) {
                    push_folded(out, part);
                }
            });
            last = Some(c);
            last_folded.clear();
            last_folded.push_str(&out[start..]);
        }
        rest = &rest[other..];
    }
}

/// The normal form of a Russian letter or a common Chinese character, which is one character,
/// found without the decomposition and case tables: the basic Cyrillic letters are their own
/// NFKD but `ё` (which loses its mark, as in the general path: Russian writes it as `е` as
/// often as not) and `й`, which is kept: it is a letter of its own, and the Russian stemmer
/// reads endings by it ("атомной" and "атомная" share a stem only with it). The CJK Unified
/// Ideographs have no decomposition and no case. `None` for any other character. (A test
/// compares every character of both blocks with the general path.) Most of the translations'
/// text, and of a Russian or Chinese question.
fn fold_simple(c: char) -> Option<char> {
    match c {
        'а'..='я' => Some(c),
        'А'..='Я' => char::from_u32(c as u32 + ('а' as u32 - 'А' as u32)),
        'ё' | 'Ё' => Some('е'),
        '\u{4E00}'..='\u{9FFF}' => Some(c),
        _ => None,
    }
}

fn push_ascii_folded(out: &mut String, run: &str) {
    let start = out.len();
    out.push_str(run);
    out[start..].make_ascii_lowercase();
    // No early exit: this form compiles to a vectorised pass.
    let needs_folding =
        run.bytes().fold(false, |any, b| any | (fold_ascii_byte(b) != b.to_ascii_lowercase()));
    if needs_folding {
        let folded: String = run.bytes().map(|b| char::from(fold_ascii_byte(b))).collect();
        out.truncate(start);
        out.push_str(&folded);
    }
}

/// The ASCII part of [`push_folded`], one byte for one.
fn fold_ascii_byte(b: u8) -> u8 {
    match b {
        b'A'..=b'Z' => b + (b'a' - b'A'),
        b'`' => b'\'',
        0..=0x1f | 0x7f => b' ',
        b => b,
    }
}

fn push_folded(out: &mut String, c: char) {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => {
            out.push('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => out.push('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
        // Zero-width characters would otherwise split or glue words invisibly.
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
        c if c.is_ascii() => out.push(char::from(fold_ascii_byte(c as u8))),
        c if c.is_control() => out.push(' '),
        // Pushed one by one: collecting through `extend` costs twice the lookup.
        c => c.to_lowercase().for_each(|lower| out.push(lower)),
    }
}

/// Returns `text` with curly quotes made straight and every run of whitespace made one space,
/// trimmed: the form in which a knowledge-base quote must appear in the article.
pub fn normalize_for_quote(text: &str) -> String {
    collapse_whitespace(text, |c| match c {
        '\u{2018}' | '\u{2019}' => '\'',
        '\u{201C}' | '\u{201D}' => '"',
        c => c,
    })
}

/// Words ending in a dot that end no sentence: titles before a name ("Dr. Marcin Kaczmarski").
const TITLES: &[&str] = &["Dr", "Mr", "Mrs", "Ms", "Prof", "St"];

/// Splits `text` into sentences, returned as byte ranges of `text` without surrounding spaces.
///
/// A sentence ends at a word ending in `.`, `?` or `!` (closing quotes or brackets after it
/// allowed) that is followed by a word starting with a capital letter (opening quotes or brackets
/// before it allowed), or by the end of the text. A dot does not end a sentence after a title
/// ("Dr."), a dotted abbreviation ("U.N. Security Council") or a capital-letter initial ("John
/// J. Mearsheimer"; but "I." does, as in "World War I. Russia ..."). Simple on purpose: a
/// sentence ending in an abbreviation ("... by the U.S. Then ...") stays joined to the next.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let is_closing = |c: char| matches!(c, '"' | '\'' | '”' | '’' | ')' | ']');
    let is_opening = |c: char| matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[');
    let mut tokens = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_whitespace(), start) {
            (true, Some(from)) => {
                tokens.push(from..at);
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    let ends_sentence = |token: &str| {
        let bare = token.trim_end_matches(is_closing);
        let Some(word) = bare.strip_suffix('.') else {
            return bare.ends_with(['?', '!']);
        };
        let word = word.trim_start_matches(is_opening);
        let initial =
            word.len() == 1 && word != "I" && word.chars().all(|c| c.is_ascii_uppercase());
        !(word.contains('.') || TITLES.contains(&word) || initial)
    };
    let starts_sentence =
        |token: &str| token.trim_start_matches(is_opening).starts_with(char::is_uppercase);
    let mut found = Vec::new();
    let mut from = None;
    for (i, token) in tokens.iter().enumerate() {
        let first = *from.get_or_insert(token.start);
        let next = tokens.get(i + 1).map(|next| &text[next.clone()]);
        if next.is_none()
            || (ends_sentence(&text[token.clone()]) && next.is_some_and(starts_sentence))
        {
            found.push(first..token.end);
            from = None;
        }
    }
    found
}

/// Returns `text` with every run of whitespace made one space, trimmed, and every other
/// non-ASCII character passed through `map`.
pub(crate) fn collapse_whitespace(text: &str, map: impl Fn(char) -> char) -> String {
    // ASCII whitespace as `char::is_whitespace` has it (with vertical tab, unlike
    // `u8::is_ascii_whitespace`).
    let is_ascii_space = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut at = 0;
    while at < bytes.len() {
        // Runs of other ASCII characters, most of the text, are copied in bulk.
        let run = bytes[at..].iter().take_while(|&&b| b.is_ascii() && !is_ascii_space(b)).count();
        let (next, space) = match run {
            0 => match text[at..].chars().next() {
                Some(c) if c.is_whitespace() => (at + c.len_utf8(), true),
                Some(c) => {
                    if pending_space {
                        out.push(' ');
                        pending_space = false;
                    }
                    out.push(map(c));
                    (at + c.len_utf8(), false)
                }
                None => break,
            },
            run => {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push_str(&text[at..at + run]);
                (at + run, false)
            }
        };
        if space {
            pending_space = !out.is_empty();
        }
        at = next;
    }
    out
}

/// Splits normalised text (see [`normalize`]) into words of letters and digits.
///
/// Dotted abbreviations become one word (`u.s.` is `us`), a possessive `'s` is dropped
/// (`russia's` is `russia`) and so is a contracted auxiliary (`they'll` is `they`), other
/// apostrophes are removed (`don't` is `dont`), and every other character separates words
/// (`su-35` is `su`, `35`).
pub fn words(normalized: &str) -> Vec<Cow<'_, str>> {
    let mut out = Vec::new();
    for_each_word(normalized, |word| out.push(word));
    out
}

/// Calls `each` with every word of `normalized`, in order: the words of [`words`], without
/// collecting them.
#[inline]
pub fn for_each_word<'a>(normalized: &'a str, mut each: impl FnMut(Cow<'a, str>)) {
    let bytes = normalized.as_bytes();
    let char_at = |at: usize| match bytes.get(at) {
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        Some(_) => normalized[at..].chars().next(),
        None => None,
    };
    // The length of the run of ASCII letters and digits at `at`: most of every word.
    let ascii_run =
        |at: usize| bytes[at..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    let mut at = 0;
    let mut last_separator = None;
    while at < bytes.len() {
        if !bytes[at].is_ascii_alphanumeric() {
            match char_at(at) {
                // A separator repeated (a flood of one emoji) is skipped without asking again.
                Some(c) if Some(c) == last_separator => {
                    at += c.len_utf8();
                    continue;
                }
                Some(c) if is_alphanumeric(c) => {}
                Some(c) => {
                    last_separator = Some(c);
                    at += c.len_utf8();
                    continue;
                }
                None => break,
            }
        }
        let start = at;
        let mut owned: Option<String> = None;
        let mut end = start;
        loop {
            let run = ascii_run(at);
            if run > 0 {
                if let Some(word) = owned.as_mut() {
                    word.push_str(&normalized[at..at + run]);
                }
                at += run;
                end = at;
            }
            let Some(c) = char_at(at) else { break };
            let after = at + c.len_utf8();
            if is_alphanumeric(c) {
                if let Some(word) = owned.as_mut() {
                    word.push(c);
                }
                end = after;
                at = after;
            } else if c == '.' && is_abbreviation_dot(normalized, at) {
                owned.get_or_insert_with(|| normalized[start..end].to_owned());
                at = after;
            } else if c == '\'' && char_at(after).is_some_and(is_alphanumeric) {
                // `after + 1` is a character boundary only when the letter at `after` is `s`.
                let possessive =
                    char_at(after) == Some('s') && !char_at(after + 1).is_some_and(is_alphanumeric);
                if possessive {
                    at = after + 1; // possessive: russia's -> russia
                    break;
                }
                // A contracted auxiliary is a function word of its own: "it'd", "they'll" are
                // "it", "they" (as "itd", "theyll" they weighed as words the article lacks).
                let suffix = ascii_run(after);
                let contracted =
                    matches!(&normalized[after..after + suffix], "d" | "ll" | "re" | "ve" | "m")
                        && !char_at(after + suffix)
                            .is_some_and(|c| c == '\'' || is_alphanumeric(c));
                if contracted {
                    at = after + suffix;
                    break;
                }
                owned.get_or_insert_with(|| normalized[start..end].to_owned());
                at = after;
            } else {
                break;
            }
        }
        let word = &normalized[start..end];
        each(match (owned, standard_spelling(word)) {
            (Some(word), _) => Cow::Owned(word),
            (None, Some(standard)) => Cow::Borrowed(standard),
            (None, None) => Cow::Borrowed(word),
        });
    }
}

/// The standard spelling of a chat spelling of a function word ("wen" is "when", "abt"
/// "about", "shd" "should"), so that every reading of a message's words sees one spelling;
/// `None` for any other word. The knowledge base spells none of them.
pub fn standard_spelling(word: &str) -> Option<&'static str> {
    // Every chat spelling is 2 to 7 ASCII bytes: most words are rejected by length alone.
    if !(2..=7).contains(&word.len()) {
        return None;
    }
    Some(match word {
        "wen" => "when",
        "wat" | "wut" | "wht" => "what",
        "wats" | "whts" => "whats",
        "whr" => "where",
        "abt" => "about",
        "2gether" => "together",
        "b4" => "before",
        "shd" | "shud" | "shld" => "should",
        "cuz" | "coz" | "bcoz" | "bcuz" | "becuz" => "because",
        "tho" => "though",
        "wud" => "would",
        "cud" => "could",
        "govt" => "government",
        "ppl" => "people",
        "rn" => "now",
        _ => return None,
    })
}

/// True when the `.` at byte `dot` of `text` belongs to a dotted abbreviation such as `u.s.` or
/// `e.g.`: it follows a one-letter segment, and either another one-letter segment follows or a
/// dotted segment came before (the final dot of `u.s.`).
pub(crate) fn is_abbreviation_dot(text: &str, dot: usize) -> bool {
    let is_break = |c: Option<char>| c.is_none_or(|c| !is_alphanumeric(c));
    let mut before = text[..dot].chars().rev();
    let letter_before = before.next().is_some_and(is_alphabetic);
    let two_before = before.next();
    if !letter_before || !is_break(two_before) {
        return false;
    }
    let mut after = text[dot + 1..].chars();
    let one_letter_after = after.next().is_some_and(is_alphabetic) && is_break(after.next());
    one_letter_after || two_before == Some('.')
}

/// `c.is_alphanumeric()` at a small, bounded cost. The standard library walks its tables
/// linearly within a block: thousands of instructions for a Thai or Hangul letter, so a message
/// in those scripts cost up to two hundred times an English one. ICU's trie and inversion list
/// answer in tens. ICU's data knows more of the newest characters than the standard library's
/// tables; on every other character the two agree (see the tests).
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match CodePointMapData::<GeneralCategory>::new().get(c) {
        category if GeneralCategoryGroup::Letter.contains(category) => true,
        category if GeneralCategoryGroup::Number.contains(category) => true,
        // The only other alphabetic characters: vowel signs and other marks (dropped by
        // `normalize`), and a few symbols (circled letters).
        GeneralCategory::NonspacingMark
        | GeneralCategory::SpacingMark
        | GeneralCategory::OtherSymbol => is_alphabetic(c),
        _ => false,
    }
}

/// `c.is_alphabetic()`, likewise.
fn is_alphabetic(c: char) -> bool {
    match c.is_ascii() {
        true => c.is_ascii_alphabetic(),
        false => CodePointSetData::new::<Alphabetic>().contains(c),
    }
}

/// Whether one insertion, deletion, substitution or swap of neighbours turns `a` into `b`
/// (Damerau-Levenshtein distance at most 1), in one pass without allocating: small talk runs
/// it against many phrases per word.
pub(crate) fn within_one_edit(a: &str, b: &str) -> bool {
    let (a_chars, b_chars) = (a.chars().count(), b.chars().count());
    let (short, long) = if a_chars <= b_chars { (a, b) } else { (b, a) };
    if a_chars.abs_diff(b_chars) > 1 {
        return false;
    }
    // The rest of each after their first difference.
    let first_difference = short.char_indices().zip(long.char_indices()).find(|(s, l)| s.1 != l.1);
    let Some(((at, short_char), (_, long_char))) = first_difference else {
        return true; // equal, or `long` has one more letter at the end
    };
    let (short_rest, long_rest) = (&short[at..], &long[at..]);
    if a_chars != b_chars {
        return short_rest == &long_rest[long_char.len_utf8()..];
    }
    let (short_after, long_after) =
        (&short_rest[short_char.len_utf8()..], &long_rest[long_char.len_utf8()..]);
    let mut short_next = short_after.chars();
    let mut long_next = long_after.chars();
    let swapped = short_next.next() == Some(long_char)
        && long_next.next() == Some(short_char)
        && short_next.as_str() == long_next.as_str();
    short_after == long_after || swapped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chat_spellings_of_function_words_are_read_in_their_standard_spelling() {
        let words: Vec<String> =
            words("wen did they meet abt it, b4 2015?").into_iter().map(Cow::into_owned).collect();
        assert_eq!(words, ["when", "did", "they", "meet", "about", "it", "before", "2015"]);
        // Words the article could use are left as they are.
        assert_eq!(standard_spelling("when"), None);
        assert_eq!(standard_spelling("nato"), None);
    }

    #[test]
    fn the_language_follows_the_script_of_most_letters() {
        assert_eq!(Language::of_text("Кто такой Тренин?"), Some(Language::Ru));
        assert_eq!(Language::of_text("中俄关系怎么样"), Some(Language::Zh));
        assert_eq!(Language::of_text("who is trenin"), Some(Language::En));
        assert_eq!(Language::of_text("что думает NATO о России"), Some(Language::Ru));
        assert_eq!(Language::of_text("普京和Xi会面"), Some(Language::Zh), "a character is a word");
        assert_eq!(Language::of_text("👍 2015 ?!"), None);
        assert_eq!(Language::from_code("ru-RU"), Some(Language::Ru));
        assert_eq!(Language::from_code("zh-hans"), Some(Language::Zh));
        assert_eq!(Language::from_code("EN"), Some(Language::En));
        assert_eq!(Language::from_code("de"), None);
        assert_eq!(Language::from_code(""), None);
    }

    fn split(text: &str) -> Vec<String> {
        words(&normalize(text)).into_iter().map(Cow::into_owned).collect()
    }

    /// The general path of [`normalize_into`] for one character.
    fn fold_general(c: char) -> String {
        let mut out = String::new();
        decompose_compatible(c, |part| {
            if !is_combining_mark(part) {
                push_folded(&mut out, part);
            }
        });
        out
    }

    #[test]
    fn the_quick_fold_of_cyrillic_and_chinese_is_the_general_one() {
        let mut quick = 0;
        for c in ('\u{0400}'..='\u{052F}').chain('\u{4E00}'..='\u{9FFF}') {
            if let Some(folded) = fold_simple(c) {
                // But `й`, which keeps its breve (see `fold_simple`).
                let general = match c {
                    'й' | 'Й' => "й".to_owned(),
                    c => fold_general(c),
                };
                assert_eq!(folded.to_string(), general, "U+{:04X}", c as u32);
                quick += 1;
            }
        }
        assert_eq!(quick, 66 + 0x9FFF - 0x4E00 + 1, "every Russian letter, every ideograph");
        assert_eq!(normalize("Ёлка, ЙОД и Китай 中国"), "елка, йод и китай 中国");
        // Repeats after a quick character still take the general path's form.
        assert_eq!(normalize("Éж É"), "eж e");
    }

    #[test]
    fn folds_case_accents_and_compatibility_forms() {
        assert_eq!(normalize("Détente À LA CARTE"), "detente a la carte");
        assert_eq!(normalize("ｆｕｌｌ ﬁne"), "full fine");
        // Repeated characters are copied from the first.
        assert_eq!(normalize("ÉÉÉ ﬁﬁ ÀÀ🙂🙂"), "eee fifi aa🙂🙂");
        assert_eq!(normalize("“quoted” ‘x’ – y"), "\"quoted\" 'x' - y");
    }

    #[test]
    fn removes_zero_width_and_control_characters() {
        assert_eq!(normalize("na\u{200B}to\u{0007}x"), "nato x");
    }

    #[test]
    fn splits_words_and_keeps_abbreviations_whole() {
        assert_eq!(split("The U.S. and the U.N."), ["the", "us", "and", "the", "un"]);
        assert_eq!(split("Russia’s Su-35 jets"), ["russia", "su", "35", "jets"]);
        assert_eq!(split("don't stop, it's CR929!"), ["dont", "stop", "it", "cr929"]);
        assert_eq!(
            split("it'd be they'll say we're done"),
            ["it", "be", "they", "say", "we", "done"]
        );
        assert_eq!(
            split("i'm sure i've heard you'd agree"),
            ["i", "sure", "i", "heard", "you", "agree"]
        );
        assert_eq!(split("o'neill's d'arc"), ["oneill", "darc"]);
        assert_eq!(split("e.g. end."), ["eg", "end"]);
        assert_eq!(split("Good-neighborliness"), ["good", "neighborliness"]);
    }

    #[test]
    fn sentence_dots_still_split_words() {
        assert_eq!(split("Moscow.Beijing"), ["moscow", "beijing"]);
        assert_eq!(split("in 2015. The"), ["in", "2015", "the"]);
        assert_eq!(split("it is I. Then"), ["it", "is", "i", "then"]);
    }

    #[test]
    fn apostrophes_before_multibyte_letters_are_not_possessives() {
        assert_eq!(split("x'éa"), ["xea"]);
        assert_eq!(split("l'état's"), ["letat"]);
    }

    #[test]
    fn classifies_characters_as_unicode_does() {
        let alphabetic = CodePointSetData::new::<Alphabetic>();
        let number = |c| {
            GeneralCategoryGroup::Number.contains(CodePointMapData::<GeneralCategory>::new().get(c))
        };
        let mut newer = 0;
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            // The definitions, without the shortcuts.
            assert_eq!(is_alphanumeric(c), alphabetic.contains(c) || number(c), "{c:?}");
            assert_eq!(is_alphabetic(c), alphabetic.contains(c), "{c:?}");
            // What the standard library calls a letter or digit still is one.
            assert!(is_alphanumeric(c) || !c.is_alphanumeric(), "{c:?}");
            assert!(is_alphabetic(c) || !c.is_alphabetic(), "{c:?}");
            newer += usize::from(is_alphanumeric(c) != c.is_alphanumeric());
        }
        // The rest are characters too new for the standard library's tables (12,833 with Rust
        // 1.95 and ICU 2.4): a few blocks, not a script in use.
        assert!(newer < 20_000, "{newer} characters classified differently");
        assert!(is_alphanumeric('ก') && is_alphanumeric('ⓐ') && is_alphanumeric('٣'));
        assert!(!is_alphanumeric('🙂') && !is_alphanumeric('¿') && !is_alphanumeric('\u{200B}'));
    }

    #[test]
    fn handles_empty_and_symbol_only_input() {
        assert!(split("").is_empty());
        assert!(split("?!… 🙂🙂 <<>>").is_empty());
        assert_eq!(split("a🙂🙂b🙂ж🙂🙂"), ["a", "b", "ж"]);
    }

    #[test]
    fn splits_sentences_but_not_after_titles_initials_or_abbreviations() {
        let text = "Dr. Marcin Kaczmarski said “it is set.” Then John J. Mearsheimer spoke at the \
                    U.N. Security Council. Was it after World War I? Yes. Since 2015. It ended!";
        let found: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            found,
            [
                "Dr. Marcin Kaczmarski said “it is set.”",
                "Then John J. Mearsheimer spoke at the U.N. Security Council.",
                "Was it after World War I?",
                "Yes.",
                "Since 2015.",
                "It ended!",
            ]
        );
        let text = "  ends in World War I. Russia, and a lower-case start. then more  ";
        let found: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["ends in World War I.", "Russia, and a lower-case start. then more"]);
        assert!(sentences(" \n ").is_empty());
    }

    #[test]
    fn quote_normalisation_ignores_spacing_and_curly_quotes() {
        assert_eq!(normalize_for_quote("  “a\n  b’s”  "), "\"a b's\"");
        assert_eq!(normalize_for_quote("a\u{000B}b\u{00A0}\u{3000}c é "), "a b c é");
        assert_eq!(normalize_for_quote(" \t "), "");
    }
}
