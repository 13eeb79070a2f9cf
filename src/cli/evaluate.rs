//! `eval`: figures on a file of test questions.

use std::io::Write;
use std::process::ExitCode;

use super::*;

/// Runs `eval`: prints the figures, the misses and a threshold suggestion; returns the exit code.
pub fn evaluate(matcher: &Matcher, args: &EvalArgs, out: &mut impl Write) -> ExitCode {
    let text = match std::fs::read_to_string(&args.file) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("error: cannot read {}: {err}", args.file.display());
            return ExitCode::from(1);
        }
    };
    let cases = match eval::parse_cases(&text) {
        Ok(cases) if !cases.is_empty() => cases,
        Ok(_) => {
            eprintln!("error: {} has no questions", args.file.display());
            return ExitCode::from(1);
        }
        Err(err) => {
            eprintln!("error: {}: {err}", args.file.display());
            return ExitCode::from(1);
        }
    };
    let outcomes = eval::run(matcher, &cases);
    let figures = eval::figures(&outcomes, None);
    let (threshold, at_threshold) = eval::best_threshold(&outcomes);
    let report = match args.json {
        true => {
            let value = serde_json::json!({
                "figures": figures,
                "best_threshold": threshold,
                "figures_at_best_threshold": at_threshold,
            });
            format!("{value}\n")
        }
        false => eval_report(matcher, &outcomes, &figures, threshold, &at_threshold),
    };
    if out.write_all(report.as_bytes()).is_err() {
        return ExitCode::from(1);
    }
    match args.min_accuracy {
        Some(min) if figures.in_accuracy < min => {
            eprintln!(
                "in-scope accuracy {:.3} is below the required {min:.3}",
                figures.in_accuracy
            );
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}

fn eval_report(
    matcher: &Matcher,
    outcomes: &[eval::Outcome],
    figures: &eval::Figures,
    threshold: f64,
    at_threshold: &eval::Figures,
) -> String {
    use std::collections::BTreeMap;
    let mut text = String::new();
    let mut confusions: BTreeMap<(String, String), usize> = BTreeMap::new();
    text.push_str("Misses (question -> got / expected):\n");
    for o in outcomes.iter().filter(|o| !o.is_right()) {
        let got = o.answered.as_deref().unwrap_or("(declined)");
        let expected = match &o.expect {
            eval::Expectation::Entry(id) => id.clone(),
            eval::Expectation::Decline => "(decline)".to_owned(),
            eval::Expectation::Anchors(anchors) => match o.right_entries.as_slice() {
                [] => format!("a quote with {:?} (no entry has one)", anchors[0]),
                ids => ids.join(" or "),
            },
        };
        text.push_str(&format!("  {:.3}  {:?} -> {got} / {expected}\n", o.score, o.question));
        // A wrong answer confuses the entry given with the one expected (the first, when
        // several entries quote an anchor).
        if let (Some(got), Some(right)) = (&o.answered, o.right_entries.first()) {
            let pair = if got < right {
                (got.clone(), right.clone())
            } else {
                (right.clone(), got.clone())
            };
            *confusions.entry(pair).or_default() += 1;
        }
    }
    let mut pairs: Vec<_> = confusions.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if !pairs.is_empty() {
        text.push_str("Entries most often confused:\n");
        for ((a, b), count) in pairs.iter().take(10) {
            text.push_str(&format!("  {count} x  {a} <-> {b}\n"));
        }
    }
    let scores = |right: bool| -> String {
        let picked: Vec<f64> = outcomes
            .iter()
            .filter(|o| o.answered.is_some() && o.in_scope() && o.top_is_right == right)
            .map(|o| o.score)
            .collect();
        match eval::percentiles(picked) {
            Some([p10, p50, p90]) => format!("p10 {p10:.3}, median {p50:.3}, p90 {p90:.3}"),
            None => "none".to_owned(),
        }
    };
    text.push_str(&format!("Scores of right answers: {}\n", scores(true)));
    text.push_str(&format!("Scores of wrong answers: {}\n", scores(false)));
    text.push_str(&format!(
        "In scope: {:.1}% right, {:.1}% wrong answers, {:.1}% declined; best-ranked entry right \
         {:.1}%. Out of scope: {:.1}% declined. Overall {:.1}% handled rightly.\n",
        figures.in_accuracy * 100.0,
        figures.in_wrong_rate * 100.0,
        figures.in_declined_rate * 100.0,
        figures.top1_ranked * 100.0,
        figures.out_decline_rate * 100.0,
        figures.overall * 100.0,
    ));
    // The same line as score.py prints for `ask --json` output, to compare at a glance.
    text.push_str(&format!(
        "n_in={} n_out={} in_accuracy={:.3} in_wrong_rate={:.3} in_declined_rate={:.3} top1_quote_accuracy={:.3} out_decline_rate={:.3} overall={:.3} quote_p95_chars={}\n",
        figures.n_in,
        figures.n_out,
        figures.in_accuracy,
        figures.in_wrong_rate,
        figures.in_declined_rate,
        figures.top1_quote_accuracy,
        figures.out_decline_rate,
        figures.overall,
        figures.quote_p95_chars
    ));
    text.push_str(&format!(
        "Decline threshold now {:.3}; best on this file {threshold:.3} (overall {:.3}, in_accuracy {:.3}, out_decline_rate {:.3}).\n",
        matcher.config().min_score,
        at_threshold.overall,
        at_threshold.in_accuracy,
        at_threshold.out_decline_rate
    ));
    text
}
