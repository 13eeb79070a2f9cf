//! Developer tool: grid-searches the matcher's global weights on question sets and prints the
//! best settings. It tunes only global numbers (never per-question rules), and the sets it is
//! given should not include the one used to report results.
//!
//! usage: cargo run --release --example tune -- SET.jsonl [SET.jsonl ...]

use article_qa_bot::eval::{figures, parse_cases, run, Case};
use article_qa_bot::knowledge::Knowledge;
use article_qa_bot::matcher::{FieldWeights, MatchConfig, Matcher};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut sets: Vec<(String, Vec<Case>)> = Vec::new();
    for path in std::env::args().skip(1) {
        sets.push((path.clone(), parse_cases(&std::fs::read_to_string(&path)?)?));
    }
    let knowledge = Knowledge::embedded()?;
    let mut results = Vec::new();
    for coverage_share in [0.7, 0.8, 0.9] {
        for answer in [0.3, 0.4, 0.5] {
            for quote in [0.2, 0.3, 0.4] {
                for question in [0.65, 0.75, 0.85] {
                    for unknown_term_factor in [1.1, 1.4, 1.8] {
                        let fields =
                            FieldWeights { answer, quote, question, ..FieldWeights::DEFAULT };
                        let config = MatchConfig {
                            coverage_share,
                            fields,
                            unknown_term_factor,
                            ..MatchConfig::DEFAULT
                        };
                        let matcher = Matcher::new(knowledge.clone(), config.clone());
                        let mut top1 = 0.0;
                        let mut line = String::new();
                        for (name, cases) in &sets {
                            let f = figures(&run(&matcher, cases), None);
                            top1 += f.top1_ranked;
                            line.push_str(&format!(
                                " {name}: top1={:.3} acc={:.3} wrong={:.3} out={:.3}",
                                f.top1_ranked, f.in_accuracy, f.in_wrong_rate, f.out_decline_rate
                            ));
                        }
                        results.push((top1, format!("share={coverage_share} answer={answer} quote={quote} question={question} unknown={unknown_term_factor}{line}")));
                    }
                }
            }
        }
    }
    results.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (_, line) in results.iter().take(15) {
        println!("{line}");
    }
    Ok(())
}
