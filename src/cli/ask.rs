//! `ask`: answers offline, as plain text or JSON lines, one question at a time or one
//! conversation at a time.

use std::io::{self, BufRead, Write};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;

use crate::conversation::{reply, Reply, Request, Responder, Response, State};

use super::*;

/// Answers the question in `args`, or every line of `input`, writing to `out`: as the reader
/// would see it (in the reply's language) with the score of the entry matched, or as JSON
/// lines. Each line is a conversation of its own, unless `--conversation`: then the lines are
/// the turns of one conversation, and an empty line starts the next. Problems with a line (invalid UTF-8) are
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
        let mut text = plain_reply(&response.reply);
        // The score of the entry the reply answers with, or offers first in a "did you mean".
        if let Some(hit) = response.ranking.as_ref().and_then(|ranking| ranking.best()) {
            text.push_str(&format!("(score {:.2})\n", hit.score));
        }
        writeln!(out, "{text}")?;
        if let (true, Some(ranking)) = (args.explain, &response.ranking) {
            if let Some(context) = response.context {
                writeln!(out, "Read as a follow-up of: {context}")?;
            }
            // The matcher of the reply's language ranked the question.
            let matcher = responder.matcher_for(response.language);
            writeln!(out, "{}", explanation(matcher, question, ranking))?;
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

/// Rounds a score to 4 decimals: more digits are noise to a reader and to a diff.
fn round_score(score: f64) -> f64 {
    (score * 10_000.0).round() / 10_000.0
}

/// A reply as plain text for a terminal, in the reply's language, as the reader sees it: the
/// text, then the buttons' labels as a list.
pub fn plain_reply(reply: &Reply) -> String {
    let mut text = reply::plain_text(&reply.html);
    text.push('\n');
    if !reply.buttons.is_empty() {
        text.push('\n');
    }
    for button in reply.buttons.iter().flatten() {
        text.push_str(&format!("  - {}\n", button.label));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::{Language, LanguageSources, SourceFile, Sources};

    /// A responder over one entry, translated into Russian.
    fn responder() -> Responder {
        let mut sources = Sources::new(
            SourceFile::new("article.txt", "Weather Today\n\nThe sky is blue today."),
            SourceFile::new(
                "article.toml",
                "title = \"Weather Today\"\npublication = \"Gazette\"\nfront_matter = [\"title\"]",
            ),
            vec![SourceFile::new(
                "entries.toml",
                "[[entry]]\nid = \"sky\"\ntitle = \"The sky\"\ntopic = \"Weather\"\n\
                 questions = [\"What colour is the sky?\"]\nkeywords = [\"sky\"]\n\
                 answer = \"Blue, today.\"\n\
                 quote = \"The sky is blue today.\"\n",
            )],
        );
        let mut russian = LanguageSources::new(Language::Ru);
        russian.entries = Some(SourceFile::new(
            "ru/entries.toml",
            "[[entry]]\nid = \"sky\"\ntitle = \"Небо\"\nquestions = [\"Какого цвета небо?\"]\n\
             keywords = [\"небо\"]\nanswer = \"Сегодня голубое.\"\nquote = \"Небо сегодня голубое.\"\n",
        ));
        russian.ui = Some(SourceFile::new("ru/ui.toml", "translation = \"Перевод\"\n"));
        sources.languages.push(russian);
        let knowledge = Knowledge::parse(&sources).expect("valid");
        Responder::new(Matcher::new(knowledge, MatchConfig::DEFAULT))
    }

    fn plain(responder: &Responder, question: &str, lang: Option<LangArg>) -> String {
        let args = AskArgs {
            json: false,
            explain: false,
            min_score: MIN_SCORE,
            lang,
            conversation: false,
            question: vec![question.to_owned()],
        };
        let mut out = Vec::new();
        ask(responder, &args, io::empty(), &mut out, &mut Vec::new()).expect("answered");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn plain_text_is_in_the_language_of_the_reply() {
        let responder = responder();
        for (question, lang) in [("sky", Some(LangArg::Ru)), ("Какого цвета небо?", None)]
        {
            let text = plain(&responder, question, lang);
            assert!(text.starts_with("Небо\nСегодня голубое.\n"), "{question}: {text}");
            assert!(
                text.contains("┃ The sky is blue today.\nПеревод: Небо сегодня голубое."),
                "{text}"
            );
            assert!(!text.contains("Blue, today."), "{question}: {text}");
            assert!(text.contains("\n(score "), "{question}: {text}");
        }
        let english = plain(&responder, "what colour is the sky", None);
        assert!(english.starts_with("The sky\nBlue, today.\n"), "{english}");
    }
}
