//! `ask`: answers offline, as plain text or JSON lines, one question at a time or one
//! conversation at a time.

use std::io::{self, BufRead, Write};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;

use crate::conversation::{reply, Request, Responder, Response, State};

use super::*;

/// Answers the question in `args`, or every line of `input`, writing to `out`. Each line is a
/// conversation of its own, unless `--conversation`: then the lines are the turns of one
/// conversation, and an empty line starts the next. Problems with a line (invalid UTF-8) are
/// reported on `err` and the line is still answered.
pub fn ask(
    responder: &Responder,
    args: &AskArgs,
    mut input: impl BufRead,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<()> {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let mut state = State::default();
    let answer_one = |question: &str, state: &mut State, out: &mut dyn Write| -> io::Result<()> {
        let request = Request::from_message(question, None);
        let response = match args.lang {
            Some(language) => responder.respond_in(state, &request, language.into(), now),
            None => responder.respond(state, &request, None, now),
        };
        if args.json {
            let record = JsonAnswer::new(question, &response, args.conversation);
            serde_json::to_writer(&mut *out, &record)?;
            writeln!(out)?;
            return out.flush();
        }
        match (&response.ranking, response.context) {
            (Some(ranking), None) => {
                writeln!(out, "{}", plain_reply(responder.knowledge(), question, ranking))?;
                if args.explain {
                    writeln!(out, "{}", explanation(responder.matcher(), question, ranking))?;
                }
            }
            _ => writeln!(out, "{}", reply::plain_text(&response.reply.html))?,
        }
        out.flush()
    };
    if !args.question.is_empty() {
        return answer_one(&args.question.join(" "), &mut state, out);
    }
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        number += 1;
        while matches!(line.last(), Some(b'\n' | b'\r')) {
            line.pop();
        }
        let question = match std::str::from_utf8(&line) {
            Ok(text) => text.to_owned(),
            Err(_) => {
                writeln!(
                    err,
                    "warning: line {number} is not valid UTF-8; invalid bytes were replaced"
                )?;
                String::from_utf8_lossy(&line).into_owned()
            }
        };
        match args.conversation {
            // An empty line ends the conversation; the next line starts a new one.
            true if question.trim().is_empty() => {
                state = State::default();
                continue;
            }
            true => {}
            false => state = State::default(),
        }
        answer_one(&question, &mut state, out)?;
    }
}

/// One line of `ask --json` output; the field order is part of the format.
#[derive(Debug, Serialize)]
pub struct JsonAnswer<'a> {
    question: &'a str,
    /// Whether an entry was found: also true for "did you mean" (see `verdict`).
    answered: bool,
    id: Option<&'a str>,
    title: Option<&'a str>,
    answer: Option<&'a str>,
    /// Whose view the answer reports, when it is someone's.
    view_of: Option<&'a str>,
    quote: Option<&'a str>,
    /// The match score; 1 for an entry reached through the conversation's curated links
    /// ("why?", "tell me more"), 0 when nothing was matched.
    score: f64,
    alternatives: Vec<JsonAlternative<'a>>,
    /// What the reader sees: `answered`, `ambiguous` (did you mean), `declined`, `smalltalk`
    /// or `command`.
    verdict: &'static str,
    /// The small-talk intent, or null.
    intent: Option<&'a str>,
    /// The language of the reply: `en`, `ru` or `zh`.
    language: &'static str,
    /// With `--conversation`: the entry the turn was resolved against, or null.
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<Option<&'a str>>,
}

/// A runner-up in `ask --json` output.
#[derive(Debug, Serialize)]
pub struct JsonAlternative<'a> {
    id: &'a str,
    title: &'a str,
    score: f64,
}

impl<'a> JsonAnswer<'a> {
    /// Builds the record for a question and the responder's response. When the question is
    /// declined, `alternatives` lists the nearest entries, which the article covers instead.
    /// `conversation` adds the `context` key.
    pub fn new(question: &'a str, response: &'a Response<'a>, conversation: bool) -> Self {
        let best = response.ranking.as_ref().and_then(|ranking| ranking.best());
        let entry = response.entry.or(best.map(|hit| hit.entry));
        let alternatives = match (&response.ranking, best) {
            (Some(ranking), Some(_)) => ranking.runners_up(),
            (Some(ranking), None) => &ranking.ranked[..],
            (None, _) => &[],
        };
        let score = match (&response.ranking, response.entry) {
            (Some(ranking), _) => ranking.score(),
            (None, Some(_)) => 1.0,
            (None, None) => 0.0,
        };
        JsonAnswer {
            question,
            answered: entry.is_some(),
            id: entry.map(|entry| entry.id.as_str()),
            title: entry.map(|entry| entry.title_in(response.language)),
            answer: entry.map(|entry| entry.answer_in(response.language)),
            view_of: entry.and_then(|entry| entry.view_of_in(response.language)),
            quote: entry.map(|entry| entry.quote.as_str()),
            score: round_score(score),
            alternatives: alternatives
                .iter()
                .map(|hit| JsonAlternative {
                    id: &hit.entry.id,
                    title: &hit.entry.title,
                    score: round_score(hit.score),
                })
                .collect(),
            verdict: response.kind.as_str(),
            intent: response.intent,
            language: response.language.code(),
            context: conversation.then_some(response.context),
        }
    }
}

/// Questions suggested after a decline: enough to show the range, few enough to read.
const SUGGESTIONS: usize = 3;

/// Rounds a score to 4 decimals: more digits are noise to a reader and to a diff.
fn round_score(score: f64) -> f64 {
    (score * 10_000.0).round() / 10_000.0
}

/// Renders an answer as plain text for a terminal.
pub fn plain_reply(knowledge: &Knowledge, question: &str, answer: &Ranking<'_>) -> String {
    let mut text = String::new();
    match answer.best() {
        Some(hit) => {
            let entry = hit.entry;
            text.push_str(&format!("{}  (score {:.2})\n", entry.title, hit.score));
            if let Some(view) = &entry.view_of {
                text.push_str(&format!("View of: {view}\n"));
            }
            text.push_str(&format!("{}\n\n", entry.answer));
            text.push_str(&format!("  \u{201C}{}\u{201D}\n", entry.quote));
            text.push_str(&format!(
                "  \u{2014} {}, {} ({})\n",
                knowledge.article.title,
                knowledge.source_of(entry),
                knowledge.article.publication
            ));
            if answer.verdict == Verdict::Ambiguous {
                text.push_str("\nNot sure that is what you meant. Did you mean:\n");
                for other in answer.runners_up().iter().take(2) {
                    text.push_str(&format!(
                        "  - {}  (ask: {})\n",
                        other.entry.title, other.entry.questions[0]
                    ));
                }
            }
            let related: Vec<&str> = entry
                .related
                .iter()
                .filter_map(|id| knowledge.entry(id))
                .map(|related| related.questions[0].as_str())
                .collect();
            if !related.is_empty() {
                text.push_str(&format!("\nRelated: {}\n", related.join(" | ")));
            }
        }
        None => {
            let shown = question.trim();
            match shown.is_empty() {
                true => text.push_str("That was an empty question.\n"),
                false => text.push_str("The article does not answer that.\n"),
            }
            text.push_str(&format!("It covers: {}.\n", knowledge.topics().join(", ")));
            text.push_str("You could ask:\n");
            let nearest = answer.ranked.iter().map(|hit| hit.entry);
            for entry in knowledge.pick(nearest, SUGGESTIONS) {
                text.push_str(&format!("  - {}\n", entry.questions[0]));
            }
        }
    }
    text
}
