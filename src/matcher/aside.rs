//! What a question sets aside ("besides the Su-35", "apart from the SCO", "кроме ШОС", "除了
//! 上合组织"): the entry the set-aside words ask about alone is not its answer (see
//! `Matcher::ask`).

/// What a question sets aside ("besides the Su-35", "other than the SCO", "кроме ШОС", "除了上合
/// 组织以外"): the words after the marker, to the end of their clause, and the question without
/// the marker and them. `None` without a marker, or when nothing else is asked (the marker opens
/// the whole question and no clause follows).
pub(super) fn set_aside(question: &str) -> Option<(&str, String)> {
    // Read as far as matching reads (see `MatchConfig::max_query_bytes`), word by word: no
    // searcher per marker over the whole text.
    let question = crate::text::prefix(question, crate::matcher::MAX_QUERY_BYTES);
    let (start, after) = find_marker(question)?;
    // "something other than friendship": an alternative, not something set aside.
    let before_words: Vec<&str> = question[..start].split_whitespace().collect();
    let alternative = ["something", "anything", "nothing"];
    if before_words
        .last()
        .is_some_and(|word| alternative.iter().any(|a| word.eq_ignore_ascii_case(a)))
    {
        return None;
    }
    let rest = &question[after..];
    let clause_end = rest.find([',', '?', '，', '？', ';']).unwrap_or(rest.len());
    let aside = rest[..clause_end].trim();
    let aside = aside.strip_suffix("以外").or_else(|| aside.strip_suffix("之外")).unwrap_or(aside);
    // Something must be asked besides it: a clause before the marker ("what about besides the
    // SCO" asks about the SCO), or one after.
    let han_before = question[..start].chars().filter(|&c| crate::text::is_han(c)).count();
    let after_clause = rest[clause_end..].trim_matches(|c: char| !c.is_alphanumeric());
    let asked_besides = before_words.len() >= 3 || han_before >= 4 || !after_clause.is_empty();
    let without = format!("{} {}", &question[..start], &rest[clause_end..]);
    (!aside.is_empty() && asked_besides).then_some((aside, without))
}

/// Where the first marker of something set aside starts in `question`, and where the text
/// after it starts: one pass over the bytes, comparing only at the start of a word whose first
/// letter opens a marker (most questions have none).
pub(super) fn find_marker(question: &str) -> Option<(usize, usize)> {
    const LATIN: &[&str] = &["besides ", "except ", "apart from ", "aside from ", "other than "];
    let bytes = question.as_bytes();
    // Word starts: the text's start and after each space.
    let latin = (0..bytes.len()).find_map(|at| {
        let opens = matches!(bytes[at] | 0x20, b'b' | b'e' | b'a' | b'o');
        if !opens || at > 0 && bytes[at - 1] != b' ' {
            return None;
        }
        LATIN.iter().find_map(|marker| {
            let end = at + marker.len();
            let here = bytes.get(at..end)?;
            here.eq_ignore_ascii_case(marker.as_bytes()).then_some((at, end))
        })
    });
    if latin.is_some() || question.is_ascii() {
        return latin;
    }
    ["кроме ", "Кроме ", "помимо ", "Помимо ", "除了"]
        .iter()
        .filter_map(|marker| question.find(marker).map(|at| (at, at + marker.len())))
        .min_by_key(|&(at, _)| at)
}

#[cfg(test)]
mod tests {
    use super::set_aside;

    #[test]
    fn what_a_question_sets_aside_is_read_to_the_end_of_its_clause() {
        let cases = [
            ("What weapons did China buy besides the Su-35?", Some("the Su-35")),
            ("Apart from the SCO, which bodies matter?", Some("the SCO")),
            ("Кроме ШОС, какие организации важны?", Some("ШОС")),
            ("除了上合组织以外，俄罗斯还领导哪些组织？", Some("上合组织")),
            // Nothing else asked.
            ("what about besides the SCO", None),
            ("besides the SCO?", None),
            ("who is Trenin?", None),
        ];
        for (question, aside) in cases {
            assert_eq!(set_aside(question).map(|(aside, _)| aside), aside, "{question}");
        }
        let (_, without) =
            set_aside("Apart from the SCO, which bodies matter?").expect("set aside");
        assert_eq!(without.trim(), ", which bodies matter?");
        assert_eq!(set_aside("Would Russia choose something other than friendship, then?"), None);
    }
}
