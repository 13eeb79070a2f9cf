//! `gaps`: the unanswered-questions log, grouped into what to add next.

use std::io::Write;
use std::process::ExitCode;

use super::*;

/// Runs `gaps`: reads the logs, groups their questions and prints the groups; returns the exit
/// code. Lines that are not records are skipped with a warning naming them.
pub fn gaps(
    matcher: &Matcher,
    args: &GapsArgs,
    out: &mut impl Write,
    err: &mut impl Write,
) -> ExitCode {
    let mut records = Vec::new();
    for file in &args.files {
        let text = match std::fs::read(file) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(error) => {
                let _ = writeln!(err, "error: cannot read {}: {error}", file.display());
                return ExitCode::from(1);
            }
        };
        let (mut read, bad) = crate::unanswered::parse_log(&text);
        if !bad.is_empty() {
            let lines: Vec<String> = bad.iter().take(10).map(usize::to_string).collect();
            let more = if bad.len() > 10 { ", ..." } else { "" };
            let _ = writeln!(
                err,
                "warning: {}: skipped {} line{} that {} not a logged question (line {}{more})",
                file.display(),
                bad.len(),
                if bad.len() == 1 { "" } else { "s" },
                if bad.len() == 1 { "is" } else { "are" },
                lines.join(", ")
            );
        }
        records.append(&mut read);
    }
    let mut groups = crate::unanswered::group(matcher, records.iter().map(|r| r.question.as_str()));
    let total = groups.len();
    groups.truncate(args.limit as usize);
    let text = match args.json {
        true => format!("{}\n", serde_json::json!(groups)),
        false => crate::unanswered::report(&groups, records.len(), total),
    };
    match out.write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(1),
    }
}
