//! Explanations of a match, for curators: how a question was analysed (terms, stems, synonyms,
//! typo matches, weights) and how the best entries scored against the decline threshold.
//!
//! Pure text from the matcher's results; shared by `ask --explain` and the test console.

use crate::matcher::{Matcher, Ranking, TermSource};

/// Explains a match: the question's terms and the best entries' scores.
pub fn explanation(matcher: &Matcher, question: &str, ranking: &Ranking<'_>) -> String {
    let normalised = crate::text::words(&crate::text::normalize(question)).join(" ");
    let mut text = format!(
        "Why:\n  normalised: {:?} (stop words are then dropped)\n  \
         terms (word -> stem, or ~synonym group; how recognised; weight x strength):\n",
        crate::conversation::reply::cut(&normalised, 200)
    );
    let terms = matcher.explain_terms(question);
    if terms.is_empty() {
        text.push_str("    (none: only stop words, symbols or nothing)\n");
    }
    for term in &terms {
        let how = match &term.source {
            TermSource::Exact => "known".to_owned(),
            TermSource::Fuzzy { known, similarity } => {
                format!("typo for {known:?}, similarity {similarity:.2}")
            }
            TermSource::Unknown => "unknown to the knowledge base".to_owned(),
        };
        text.push_str(&format!(
            "    {:<18} -> {:<24} {how}, {:.2} x {:.2}\n",
            term.words, term.term, term.weight, term.strength
        ));
    }
    text.push_str(&format!(
        "  ranking (score = {:.0}% coverage + {:.0}% question similarity; decline below {:.2}):\n",
        matcher.config().coverage_share * 100.0,
        (1.0 - matcher.config().coverage_share) * 100.0,
        matcher.decline_line(question)
    ));
    for hit in &ranking.ranked {
        text.push_str(&format!(
            "    {:.3}  {:<32} coverage {:.3}, similarity {:.3}\n",
            hit.score, hit.entry.id, hit.coverage, hit.similarity
        ));
    }
    // Where the best entries matched: the keywords, title, sample questions, answer and quote
    // that hold each term, and the sample question the similarity comes from.
    for hit in ranking.ranked.iter().take(2) {
        let matched = matcher.explain_entry(question, hit.index);
        text.push_str(&format!("  where {} matched:\n", hit.entry.id));
        for (term, fields) in &matched.terms {
            let found = match fields.is_empty() {
                true => "not in this entry".to_owned(),
                false => fields.join(", "),
            };
            text.push_str(&format!("    {term:<24} {found}\n"));
        }
        if let Some(closest) = &matched.closest_question {
            text.push_str(&format!(
                "    closest sample question: {closest:?} (similarity {:.3})\n",
                hit.similarity
            ));
        }
    }
    text.push_str(&format!("  verdict: {:?}\n", ranking.verdict));
    if ranking.verdict == crate::matcher::Verdict::Declined {
        if let Some(rule) = matcher.declining_rule(question) {
            text.push_str(&format!("  declined by: {rule}\n"));
        }
    }
    text
}
