//! A message's tokens as small-talk phrases are compared: lowercase words, symbols such as
//! emoji, and Chinese split into characters, each with whether it opens a clause.

/// The tokens of a message as phrases are compared: lowercase words (letters, digits and
/// apostrophes, which are dropped; dotted abbreviations, "u.n.", are one word as the matcher
/// reads them) and symbols such as emoji, one each; punctuation, spaces, emoji modifiers and
/// joiners are dropped.
pub(super) fn tokens(text: &str) -> Vec<String> {
    tokens_opening(text).into_iter().map(|(token, _)| token).collect()
}

/// [`tokens`], each with whether it opens a clause: it comes first, or after punctuation that
/// ends one ("i see. did they sign anything?", "hi, is the US worried?").
fn tokens_opening(text: &str) -> Vec<(String, bool)> {
    let mut tokens = Vec::new();
    let mut word = String::new();
    let (mut after_break, mut word_opens) = (true, false);
    let lowercase = text.char_indices().flat_map(|(at, c)| c.to_lowercase().map(move |c| (at, c)));
    for (at, c) in lowercase {
        if c.is_alphanumeric() {
            if word.is_empty() {
                word_opens = std::mem::take(&mut after_break);
            }
            word.push(c);
            continue;
        }
        if c == '\'' || c == '’' || c == '.' && crate::text::is_abbreviation_dot(text, at) {
            continue;
        }
        if !word.is_empty() {
            tokens.push((standard(std::mem::take(&mut word)), word_opens));
        }
        if matches!(c, '.' | '!' | '?' | ',' | ';' | ':' | '…' | '。' | '！' | '？' | '，' | '；')
        {
            after_break = true;
        }
        let modifier =
            matches!(c, '\u{200d}' | '\u{fe0f}' | '\u{fe0e}' | '\u{1f3fb}'..='\u{1f3ff}');
        if !(c.is_whitespace() || c.is_ascii_punctuation() || modifier || is_punctuation(c)) {
            tokens.push((c.to_string(), std::mem::take(&mut after_break)));
        }
    }
    if !word.is_empty() {
        tokens.push((standard(word), word_opens));
    }
    tokens
}

/// `word` in its standard spelling (see [`crate::text::standard_spelling`]).
fn standard(word: String) -> String {
    crate::text::standard_spelling(&word).map_or(word, str::to_owned)
}

/// Whether `phrase` is a single Chinese character.
pub(super) fn is_one_han_character(phrase: &[String]) -> bool {
    matches!(phrase, [one] if one.chars().count() == 1 && one.chars().all(crate::text::is_han))
}

/// [`phrase_tokens_opening`] without the openings.
pub(super) fn phrase_tokens(text: &str) -> Vec<String> {
    phrase_tokens_opening(text).0
}

/// [`tokens`], with Chinese split into characters: Chinese runs have no spaces, so a phrase
/// ("怎么用") is found inside a longer run ("这个怎么用啊") as its characters, with filler
/// characters between them allowed as between words. Each says whether it opens a clause.
pub(super) fn phrase_tokens_opening(text: &str) -> (Vec<String>, Vec<bool>) {
    let (mut split, mut opens) = (Vec::new(), Vec::new());
    for (token, opening) in tokens_opening(text) {
        if !token.chars().any(crate::text::is_han) {
            split.push(token);
            opens.push(opening);
            continue;
        }
        let first = split.len();
        let mut rest = String::new();
        for c in token.chars() {
            if crate::text::is_han(c) {
                if !rest.is_empty() {
                    split.push(std::mem::take(&mut rest));
                }
                split.push(c.to_string());
            } else {
                rest.push(c);
            }
        }
        if !rest.is_empty() {
            split.push(rest);
        }
        opens.extend((first..split.len()).map(|at| at == first && opening));
    }
    (split, opens)
}

/// Punctuation outside ASCII: general punctuation, CJK and fullwidth forms.
fn is_punctuation(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{206f}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ff0f}'
        | '\u{ff1a}'..='\u{ff20}' | '\u{ff3b}'..='\u{ff40}' | '\u{ff5b}'..='\u{ff65}'
        | '¿' | '¡' | '«' | '»')
}
