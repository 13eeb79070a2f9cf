//! Text normalisation and tokenising shared by the knowledge base and the matcher.
//!
//! Pure functions over `&str`: no I/O, no Telegram. Both sides of a match (the curated entries and
//! the reader's question) go through the same functions, so they agree on what a word is.

use std::borrow::Cow;

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Returns `text` in the form the matcher compares: compatibility-normalised (NFKD), accents
/// removed (détente = detente), lower-cased, curly quotes made straight and dashes made `-`.
///
/// The result is not meant for display.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // Decomposing one character at a time equals NFKD here: the combining marks whose order
        // NFKD would fix are dropped anyway. ASCII, most of the text, needs no decomposition.
        match c.is_ascii() {
            true => push_folded(&mut out, c),
            false => decompose_compatible(c, |part| {
                if !is_combining_mark(part) {
                    push_folded(&mut out, part);
                }
            }),
        }
    }
    out
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
        c if c.is_control() => out.push(' '),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(c.to_lowercase()),
    }
}

/// Returns `text` with curly quotes made straight and every run of whitespace made one space,
/// trimmed: the form in which a knowledge-base quote must appear in the article.
pub fn normalize_for_quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        });
    }
    out
}

/// Splits normalised text (see [`normalize`]) into words of letters and digits.
///
/// Dotted abbreviations become one word (`u.s.` is `us`), a possessive `'s` is dropped
/// (`russia's` is `russia`), other apostrophes are removed (`don't` is `dont`), and every other
/// character separates words (`su-35` is `su`, `35`).
pub fn words(normalized: &str) -> Vec<Cow<'_, str>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = normalized.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        let mut owned: Option<String> = None;
        let mut end = start;
        while i < chars.len() {
            let (at, c) = chars[i];
            let next = chars.get(i + 1).map(|&(_, c)| c);
            if c.is_alphanumeric() {
                if let Some(word) = owned.as_mut() {
                    word.push(c);
                }
                end = at + c.len_utf8();
                i += 1;
            } else if c == '.' && is_abbreviation_dot(&chars, i) {
                owned.get_or_insert_with(|| normalized[start..end].to_owned());
                i += 1;
            } else if c == '\'' && next.is_some_and(char::is_alphanumeric) {
                let after = chars.get(i + 2).map(|&(_, c)| c);
                if next == Some('s') && !after.is_some_and(char::is_alphanumeric) {
                    i += 2; // possessive: russia's -> russia
                    break;
                }
                owned.get_or_insert_with(|| normalized[start..end].to_owned());
                i += 1;
            } else {
                break;
            }
        }
        out.push(match owned {
            Some(word) => Cow::Owned(word),
            None => Cow::Borrowed(&normalized[start..end]),
        });
    }
    out
}

/// True when the `.` at `chars[i]` belongs to a dotted abbreviation such as `u.s.` or `e.g.`:
/// it follows a one-letter segment, and either another one-letter segment follows or a dotted
/// segment came before (the final dot of `u.s.`).
fn is_abbreviation_dot(chars: &[(usize, char)], i: usize) -> bool {
    let letter_at = |j: usize| chars.get(j).is_some_and(|&(_, c)| c.is_alphabetic());
    let break_at = |j: usize| chars.get(j).is_none_or(|&(_, c)| !c.is_alphanumeric());
    let one_letter_before = i >= 1 && letter_at(i - 1) && (i < 2 || break_at(i - 2));
    if !one_letter_before {
        return false;
    }
    let one_letter_after = letter_at(i + 1) && break_at(i + 2);
    let dotted_before = i >= 2 && chars[i - 2].1 == '.';
    one_letter_after || dotted_before
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<String> {
        words(&normalize(text)).into_iter().map(Cow::into_owned).collect()
    }

    #[test]
    fn folds_case_accents_and_compatibility_forms() {
        assert_eq!(normalize("Détente À LA CARTE"), "detente a la carte");
        assert_eq!(normalize("ｆｕｌｌ ﬁne"), "full fine");
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
    fn handles_empty_and_symbol_only_input() {
        assert!(split("").is_empty());
        assert!(split("?!… 🙂🙂 <<>>").is_empty());
    }

    #[test]
    fn quote_normalisation_ignores_spacing_and_curly_quotes() {
        assert_eq!(normalize_for_quote("  “a\n  b’s”  "), "\"a b's\"");
    }
}
