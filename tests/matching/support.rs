//! What the matching tests share: the matcher in each language, the words it reads, whether it
//! reads a question as asking after the article, and typos made in a question.

use article_qa_bot::knowledge::Knowledge;
use article_qa_bot::matcher::{MatchConfig, Matcher};

pub(crate) fn matcher() -> Matcher {
    Matcher::new(
        Knowledge::embedded().expect("the shipped knowledge base is valid"),
        MatchConfig::DEFAULT,
    )
}

/// `question` with the middle letter of each word of six letters or more dropped.
pub(crate) fn dropped(question: &str) -> String {
    let words = question.split(' ').map(|word| {
        let chars: Vec<char> = word.chars().collect();
        match chars.len() >= 6 {
            true => chars
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != chars.len() / 2)
                .map(|(_, c)| c)
                .collect(),
            false => word.to_owned(),
        }
    });
    words.collect::<Vec<_>>().join(" ")
}

/// `question` with two middle letters of each word of six letters or more swapped.
pub(crate) fn swapped(question: &str) -> String {
    let words = question.split(' ').map(|word| {
        let mut chars: Vec<char> = word.chars().collect();
        if chars.len() >= 6 {
            let middle = chars.len() / 2;
            chars.swap(middle - 1, middle);
        }
        chars.into_iter().collect::<String>()
    });
    words.collect::<Vec<_>>().join(" ")
}

/// The words of `question` that `matcher` reads as terms, as written in it (Chinese pairs).
pub(crate) fn words_read(matcher: &Matcher, question: &str) -> Vec<String> {
    matcher.explain_terms(question).into_iter().map(|term| term.words).collect()
}

/// The terms and synonym concepts ("~at present") that `matcher` reads `question` as.
pub(crate) fn terms_read(matcher: &Matcher, question: &str) -> Vec<String> {
    matcher.explain_terms(question).into_iter().map(|term| term.term).collect()
}

/// The matcher for questions in `language`, over the shipped translations.
pub(crate) fn matcher_in(language: article_qa_bot::Language) -> Matcher {
    let knowledge = Knowledge::embedded().expect("the shipped knowledge base is valid");
    Matcher::in_language(knowledge, MatchConfig::DEFAULT, language)
}

/// Whether `matcher` reads `question` as asking what happened after the article.
pub(crate) fn asks_after(matcher: &Matcher, question: &str) -> bool {
    matcher.asked(question).beyond_the_article
}

/// The id of the entry `matcher` answers `question` with, `None` when it is declined or only
/// offered in a "did you mean" (which `Matcher::best_id` still names).
pub(crate) fn answered_id<'m>(matcher: &'m Matcher, question: &str) -> Option<&'m str> {
    let ranking = matcher.ask(question);
    let answered = ranking.verdict == article_qa_bot::matcher::Verdict::Answered;
    ranking.best().filter(|_| answered).map(|hit| hit.entry.id.as_str())
}
