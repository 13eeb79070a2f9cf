//! Batch evaluation of the matcher against questions with known right answers.
//!
//! Pure code: cases come in as text, results go out as values. The figures are computed exactly
//! as the shared evaluation script (`score.py`, kept outside this repository) computes them
//! from `ask --json` output, so `eval` and that script agree.

use serde::Deserialize;

use crate::matcher::{Matcher, Ranking, Verdict};

/// What a right answer to a test question is.
#[derive(Debug, Clone, PartialEq)]
pub enum Expectation {
    /// This entry must answer it.
    Entry(String),
    /// It must be declined: the article does not answer it.
    Decline,
    /// Any answer whose quote contains one of these strings is right.
    Anchors(Vec<String>),
}

/// One test question.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    /// The question.
    pub question: String,
    /// What a right answer is.
    pub expect: Expectation,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCase {
    q: String,
    // Present-and-null ("must be declined") must differ from absent, which plain
    // `Option<Option<_>>` does not do.
    #[serde(default, deserialize_with = "present")]
    expect: Option<Option<String>>,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    anchors: Vec<String>,
}

fn present<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(deserializer).map(Some)
}

/// Parses JSON lines of cases: `{"q", "expect": id | null}` or `{"q", "kind": "in" | "out",
/// "anchors": [...]}`. Blank lines are skipped; errors name the 1-based line.
pub fn parse_cases(text: &str) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for (number, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l)) {
        if line.trim().is_empty() {
            continue;
        }
        let raw: RawCase =
            serde_json::from_str(line).map_err(|err| format!("line {number}: {err}"))?;
        let expect = match (raw.expect, raw.kind.as_deref()) {
            (Some(Some(id)), None) => Expectation::Entry(id),
            (Some(None), None) => Expectation::Decline,
            (None, Some("out")) => Expectation::Decline,
            (None, Some("in")) if !raw.anchors.is_empty() => Expectation::Anchors(raw.anchors),
            (None, Some("in")) => return Err(format!("line {number}: \"kind\": \"in\" needs \"anchors\"")),
            _ => {
                return Err(format!(
                    "line {number}: give either \"expect\" (an id or null) or \"kind\" (\"in\"/\"out\")"
                ))
            }
        };
        cases.push(Case { question: raw.q, expect });
    }
    Ok(cases)
}

/// How one case came out.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The question.
    pub question: String,
    /// What was expected.
    pub expect: Expectation,
    /// The entry that answered, if the question was answered.
    pub answered: Option<String>,
    /// The best-ranked entry, answered or not.
    pub top: Option<String>,
    /// The best score.
    pub score: f64,
    /// Whether the best-ranked entry is a right answer (ignoring the threshold).
    pub top_is_right: bool,
    /// The entries a right answer could come from: the expected one, or those whose quote has
    /// an anchor. Empty for questions to decline.
    pub right_entries: Vec<String>,
    /// The length of the quote shown, in characters, when answered.
    pub quote_chars: Option<usize>,
}

impl Outcome {
    /// True when the question expects an answer (not a decline).
    pub fn in_scope(&self) -> bool {
        self.expect != Expectation::Decline
    }

    /// True when the matcher did the right thing: answered rightly, or declined an
    /// out-of-scope question.
    pub fn is_right(&self) -> bool {
        match self.in_scope() {
            true => self.answered.is_some() && self.top_is_right,
            false => self.answered.is_none(),
        }
    }
}

/// The figures of an evaluation, as `score.py` defines them.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Figures {
    /// In-scope questions.
    pub n_in: usize,
    /// Out-of-scope questions.
    pub n_out: usize,
    /// Share of in-scope questions answered rightly.
    pub in_accuracy: f64,
    /// Share of in-scope questions answered wrongly.
    pub in_wrong_rate: f64,
    /// Share of in-scope questions declined.
    pub in_declined_rate: f64,
    /// Share of in-scope questions answered with a right quote, as `score.py` computes it on
    /// `ask --json` output (where a declined question has no quote).
    pub top1_quote_accuracy: f64,
    /// Share of in-scope questions whose best-ranked entry is right, declined or not: the
    /// quality of the ranking alone.
    pub top1_ranked: f64,
    /// Share of out-of-scope questions declined.
    pub out_decline_rate: f64,
    /// Share of all questions handled rightly.
    pub overall: f64,
    /// The 95th-percentile length of the quotes shown, in characters (`score.py`'s nearest-rank
    /// rule).
    pub quote_p95_chars: usize,
}

/// Runs every case through the matcher.
pub fn run(matcher: &Matcher, cases: &[Case]) -> Vec<Outcome> {
    cases
        .iter()
        .map(|case| {
            let ranking = matcher.ask(&case.question);
            let right_entries = match &case.expect {
                Expectation::Entry(id) => vec![id.clone()],
                Expectation::Decline => Vec::new(),
                Expectation::Anchors(anchors) => matcher
                    .knowledge()
                    .entries
                    .iter()
                    .filter(|entry| quote_has_anchor(&entry.quote, anchors))
                    .map(|entry| entry.id.clone())
                    .collect(),
            };
            Outcome { right_entries, ..outcome(case, &ranking) }
        })
        .collect()
}

fn outcome(case: &Case, ranking: &Ranking<'_>) -> Outcome {
    let top = ranking.ranked.first();
    let top_is_right = match (&case.expect, top) {
        (Expectation::Entry(id), Some(hit)) => &hit.entry.id == id,
        (Expectation::Anchors(anchors), Some(hit)) => quote_has_anchor(&hit.entry.quote, anchors),
        _ => false,
    };
    Outcome {
        question: case.question.clone(),
        expect: case.expect.clone(),
        // A "did you mean" is not an answer: the reader is asked to choose; nor is an entry
        // saying the article does not give what was asked.
        answered: ranking
            .best()
            .filter(|hit| ranking.verdict == Verdict::Answered && !hit.entry.declines)
            .map(|hit| hit.entry.id.clone()),
        top: top.map(|hit| hit.entry.id.clone()),
        score: ranking.score(),
        top_is_right,
        right_entries: Vec::new(),
        quote_chars: ranking
            .best()
            .filter(|_| ranking.verdict == Verdict::Answered)
            .map(|hit| hit.entry.quote.chars().count()),
    }
}

/// Computes the figures, deciding "answered" by `threshold` instead of the matcher's verdict
/// when one is given (to find the best threshold).
pub fn figures(outcomes: &[Outcome], threshold: Option<f64>) -> Figures {
    let answered = |o: &Outcome| match threshold {
        Some(t) => o.top.is_some() && o.score >= t,
        None => o.answered.is_some(),
    };
    let (mut in_right, mut in_wrong, mut in_declined, mut out_declined) = (0, 0, 0, 0);
    let (mut top1, mut top1_ranked) = (0, 0);
    let n_in = outcomes.iter().filter(|o| o.in_scope()).count();
    let n_out = outcomes.len() - n_in;
    for o in outcomes {
        match (o.in_scope(), answered(o)) {
            (true, true) if o.top_is_right => in_right += 1,
            (true, true) => in_wrong += 1,
            (true, false) => in_declined += 1,
            (false, false) => out_declined += 1,
            (false, true) => {}
        }
        if o.in_scope() && o.top_is_right {
            top1_ranked += 1;
            // score.py reads the quote of the prediction, which only an answer has.
            if o.answered.is_some() {
                top1 += 1;
            }
        }
    }
    let mut quote_lengths: Vec<usize> = outcomes.iter().filter_map(|o| o.quote_chars).collect();
    quote_lengths.sort_unstable();
    let quote_p95_chars = match quote_lengths.len() {
        0 => 0,
        n => quote_lengths[(0.95 * (n - 1) as f64) as usize],
    };
    let share = |count: usize, of: usize| if of == 0 { 1.0 } else { count as f64 / of as f64 };
    Figures {
        n_in,
        n_out,
        in_accuracy: share(in_right, n_in),
        in_wrong_rate: share(in_wrong, n_in),
        in_declined_rate: share(in_declined, n_in),
        top1_quote_accuracy: share(top1, n_in),
        top1_ranked: share(top1_ranked, n_in),
        out_decline_rate: share(out_declined, n_out),
        overall: share(in_right + out_declined, outcomes.len()),
        quote_p95_chars,
    }
}

/// The threshold (one of the observed scores, or above them all) that maximises the share of
/// questions handled rightly, with the figures it gives. Ties go to the lowest threshold.
pub fn best_threshold(outcomes: &[Outcome]) -> (f64, Figures) {
    let mut candidates: Vec<f64> = outcomes.iter().map(|o| o.score).collect();
    candidates.push(f64::INFINITY);
    candidates.sort_by(f64::total_cmp);
    candidates.dedup();
    let mut best: Option<(f64, Figures)> = None;
    for threshold in candidates {
        let figures = figures(outcomes, Some(threshold));
        if best.as_ref().is_none_or(|(_, b)| figures.overall > b.overall) {
            best = Some((threshold, figures));
        }
    }
    best.expect("the candidate list is never empty")
}

/// Scores at the 10th, 50th and 90th percentile, for a quick look at a distribution.
pub fn percentiles(mut scores: Vec<f64>) -> Option<[f64; 3]> {
    if scores.is_empty() {
        return None;
    }
    scores.sort_by(f64::total_cmp);
    let at = |p: f64| scores[((scores.len() - 1) as f64 * p).round() as usize];
    Some([at(0.1), at(0.5), at(0.9)])
}

/// True when the quote contains an anchor, or (for quotes of 30 characters or more) lies inside
/// one, after the normalisation of `score.py`: NFKC, straight quotes, one space, lower case.
pub fn quote_has_anchor(quote: &str, anchors: &[String]) -> bool {
    let quote = eval_normalize(quote);
    !quote.is_empty()
        && anchors.iter().map(|anchor| eval_normalize(anchor)).any(|anchor| {
            quote.contains(&anchor) || (quote.chars().count() >= 30 && anchor.contains(&quote))
        })
}

fn eval_normalize(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let straight: String = text
        .nfkc()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            '\u{00A0}' => ' ',
            c => c,
        })
        .collect();
    straight.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_formats() {
        let cases = parse_cases(
            "{\"q\": \"a\", \"expect\": \"x\"}\n\n{\"q\": \"b\", \"expect\": null}\n\
             {\"q\": \"c\", \"kind\": \"in\", \"anchors\": [\"k\"]}\n{\"q\": \"d\", \"kind\": \"out\", \"anchors\": []}\n",
        )
        .unwrap();
        let expected = [
            Expectation::Entry("x".into()),
            Expectation::Decline,
            Expectation::Anchors(vec!["k".into()]),
            Expectation::Decline,
        ];
        assert_eq!(cases.iter().map(|c| c.expect.clone()).collect::<Vec<_>>(), expected);
    }

    #[test]
    fn reports_the_bad_line() {
        let err = parse_cases("{\"q\": \"a\", \"expect\": \"x\"}\n{\"q\": \"b\"}\n").unwrap_err();
        assert!(err.starts_with("line 2:"), "{err}");
        assert!(parse_cases("not json").unwrap_err().starts_with("line 1:"));
    }

    #[test]
    fn anchors_match_like_score_py() {
        let anchors = vec!["Russia’s grievances".to_owned()];
        assert!(quote_has_anchor("at the top of Russia's  GRIEVANCES and", &anchors));
        assert!(!quote_has_anchor("", &anchors));
        let long = vec!["a long anchor that contains the whole quote inside it".to_owned()];
        assert!(quote_has_anchor("contains the whole quote inside", &long));
        assert!(!quote_has_anchor("the whole", &long));
    }

    fn outcome(
        expect: Expectation,
        answered: Option<&str>,
        top_is_right: bool,
        score: f64,
    ) -> Outcome {
        Outcome {
            question: "q".into(),
            expect,
            answered: answered.map(str::to_owned),
            top: Some("t".into()),
            score,
            top_is_right,
            right_entries: Vec::new(),
            quote_chars: answered.map(str::len),
        }
    }

    #[test]
    fn best_threshold_separates_right_from_wrong() {
        let outcomes = [
            outcome(Expectation::Entry("a".into()), Some("a"), true, 0.9),
            outcome(Expectation::Entry("a".into()), Some("a"), true, 0.7),
            outcome(Expectation::Decline, Some("x"), false, 0.5),
        ];
        let (threshold, figures) = best_threshold(&outcomes);
        assert_eq!(threshold, 0.7);
        assert!((figures.overall - 1.0).abs() < 1e-9);
        assert_eq!(percentiles(vec![3.0, 1.0, 2.0]), Some([1.0, 2.0, 3.0]));
        assert_eq!(percentiles(vec![]), None);
    }

    #[test]
    fn figures_count_like_score_py() {
        let outcomes = [
            outcome(Expectation::Entry("a".into()), Some("a"), true, 0.9),
            outcome(Expectation::Entry("a".into()), Some("b"), false, 0.8),
            outcome(Expectation::Entry("a".into()), None, true, 0.3),
            outcome(Expectation::Decline, None, false, 0.2),
        ];
        let f = figures(&outcomes, None);
        assert_eq!((f.n_in, f.n_out), (3, 1));
        assert!((f.in_accuracy - 1.0 / 3.0).abs() < 1e-9);
        assert!((f.in_wrong_rate - 1.0 / 3.0).abs() < 1e-9);
        // As score.py: the declined question's right top entry shows no quote, so no top-1.
        assert!((f.top1_quote_accuracy - 1.0 / 3.0).abs() < 1e-9);
        assert!((f.top1_ranked - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(f.quote_p95_chars, 1);
        assert!((f.out_decline_rate - 1.0).abs() < 1e-9);
        let lower = figures(&outcomes, Some(0.25));
        assert!((lower.in_accuracy - 2.0 / 3.0).abs() < 1e-9);
        assert!((lower.out_decline_rate - 1.0).abs() < 1e-9);
    }

    #[test]
    fn an_entry_saying_the_article_leaves_it_open_is_no_answer() {
        // As the reader sees it: a decline that shows the article's clue, as `ask` reports.
        let matcher = Matcher::embedded().expect("the embedded knowledge base loads");
        let cases =
            parse_cases("{\"q\": \"When was this article published?\", \"kind\": \"out\"}\n")
                .unwrap();
        let outcomes = run(&matcher, &cases);
        assert_eq!(outcomes[0].top.as_deref(), Some("article-date"));
        assert_eq!(outcomes[0].answered, None);
        assert!((figures(&outcomes, None).out_decline_rate - 1.0).abs() < 1e-9);
    }
}
