//! Learning from traffic: the opt-in log of questions the bot could not answer well, and the
//! grouping of that log into gaps a curator can fill (`gaps`).
//!
//! A [`Record`] holds the time, the question and the best candidates with their scores: never
//! who asked (no user, chat, username or message id), so the log can be kept and shared without
//! identifying readers. [`UnansweredLog`] appends records as JSON lines to a size-capped file
//! that rotates to `FILE.1`. [`group`] is pure: questions in, groups out.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::conversation::{ReplyKind, Response};
use crate::matcher::{Matcher, Ranking, Verdict};
use crate::text::{normalize, words};

/// Default cap on the log's size, in bytes: about 3,000 records, weeks of declines for a small
/// bot, and small enough to read in an editor.
pub const DEFAULT_MAX_BYTES: u64 = 1_000_000;
/// A record keeps this many characters of the question: enough for any real question, and a
/// bound on the log's growth per message.
pub const MAX_RECORDED_CHARS: usize = 1000;
/// Answers scoring less than this above the decline threshold are logged too: they are right
/// often enough to send, but the entry that answered them is the likeliest to need more sample
/// questions or keywords.
pub const LOW_CONFIDENCE_MARGIN: f64 = 0.1;
/// Candidates kept per record: the three nearest entries say enough about where a question
/// almost landed.
const CANDIDATES: usize = 3;

/// One logged question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// When it was asked: RFC 3339, UTC, to the second.
    pub time: String,
    /// The question, cut to the characters the matcher reads.
    pub question: String,
    /// Why it was logged: `declined`, `ambiguous` or `low-confidence`.
    pub verdict: String,
    /// The nearest entries, best first.
    pub candidates: Vec<Candidate>,
}

/// An entry the question came close to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    /// The entry's id.
    pub id: String,
    /// Its score, 0..=1.
    pub score: f64,
}

impl Record {
    /// The record to log for a reader's question (a message, or `/ask`) and the reply to it, or
    /// `None` when it was answered with confidence or was not a question (small talk).
    ///
    /// A follow-up declined in its context ("why?" when the article gives no reason) is logged
    /// as typed with no candidates: nothing was ranked, and the turns that gave it its context
    /// are the reader's earlier messages, which the log never holds.
    pub fn for_response(
        question: &str,
        response: &Response<'_>,
        min_score: f64,
        time: SystemTime,
    ) -> Option<Record> {
        match (&response.ranking, response.kind) {
            (_, ReplyKind::SmallTalk | ReplyKind::Command) => None,
            (Some(ranking), _) => Record::for_answer(question, ranking, min_score, time),
            (None, ReplyKind::Declined) => {
                Some(Record::new(question, "declined", Vec::new(), time))
            }
            // Answered from the conversation's context ("tell me more").
            (None, _) => None,
        }
    }

    /// The record to log for a question and the matcher's ranking of it, or `None` when it
    /// was answered with confidence (at least [`LOW_CONFIDENCE_MARGIN`] above `min_score`).
    pub fn for_answer(
        question: &str,
        ranking: &Ranking<'_>,
        min_score: f64,
        time: SystemTime,
    ) -> Option<Record> {
        let verdict = match ranking.verdict {
            Verdict::Declined => "declined",
            Verdict::Ambiguous => "ambiguous",
            Verdict::Answered if ranking.score() < min_score + LOW_CONFIDENCE_MARGIN => {
                "low-confidence"
            }
            Verdict::Answered => return None,
        };
        let candidates = ranking
            .ranked
            .iter()
            .take(CANDIDATES)
            .map(|hit| Candidate {
                id: hit.entry.id.clone(),
                score: (hit.score * 10_000.0).round() / 10_000.0,
            })
            .collect();
        Some(Record::new(question, verdict, candidates, time))
    }

    /// A record of `question`, cut to [`MAX_RECORDED_CHARS`].
    fn new(question: &str, verdict: &str, candidates: Vec<Candidate>, time: SystemTime) -> Record {
        let question = match question.char_indices().nth(MAX_RECORDED_CHARS) {
            Some((cut, _)) => &question[..cut],
            None => question,
        };
        Record {
            time: humantime::format_rfc3339_seconds(time).to_string(),
            question: question.to_owned(),
            verdict: verdict.to_owned(),
            candidates,
        }
    }
}

/// An append-only JSON-lines file of [`Record`]s, capped in size: when a record would take it
/// past the cap, the file is renamed to `FILE.1` (replacing the previous one) and a new one is
/// started. Safe to share between threads; each append is one short locked write.
#[derive(Debug)]
pub struct UnansweredLog {
    path: PathBuf,
    max_bytes: u64,
    /// The open file and its size; `None` after a failure, to reopen on the next append.
    file: Mutex<Option<(File, u64)>>,
}

impl UnansweredLog {
    /// Opens (or creates) the log at `path`, so that a bad path is found at start-up.
    pub fn open(path: &Path, max_bytes: u64) -> io::Result<UnansweredLog> {
        let opened = open_append(path)?;
        Ok(UnansweredLog {
            path: path.to_owned(),
            max_bytes: max_bytes.max(1),
            file: Mutex::new(Some(opened)),
        })
    }

    /// The path of the log.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The path the log is rotated to.
    pub fn rotated_path(&self) -> PathBuf {
        let mut name = self.path.as_os_str().to_owned();
        name.push(".1");
        PathBuf::from(name)
    }

    /// Appends one record as a line, rotating first if the line would pass the size cap.
    pub fn append(&self, record: &Record) -> io::Result<()> {
        let mut line = serde_json::to_vec(record)?;
        line.push(b'\n');
        // A panic elsewhere while holding the lock leaves nothing half-done that matters here.
        let mut state = self.file.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let (mut file, mut size) = match state.take() {
            Some(open) => open,
            None => open_append(&self.path)?,
        };
        if size > 0 && size + line.len() as u64 > self.max_bytes {
            drop(file);
            std::fs::rename(&self.path, self.rotated_path())?;
            (file, size) = open_append(&self.path)?;
        }
        file.write_all(&line)?;
        file.flush()?;
        *state = Some((file, size + line.len() as u64));
        Ok(())
    }
}

fn open_append(path: &Path) -> io::Result<(File, u64)> {
    let file = OpenOptions::new().create(true).append(true).open(path)?;
    let size = file.metadata()?.len();
    Ok((file, size))
}

/// Reads a log's text: the records, and the 1-based numbers of lines that are not records.
pub fn parse_log(text: &str) -> (Vec<Record>, Vec<usize>) {
    let mut records = Vec::new();
    let mut bad = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Record>(line) {
            Ok(record) => records.push(record),
            Err(_) => bad.push(number + 1),
        }
    }
    (records, bad)
}

/// Questions whose terms overlap by at least this share of their weight go in one group: half
/// puts "weather in moscow" with "moscow weather today" but "how old is putin" apart from "who
/// is putin's wife", since the words a question asks for weigh the most.
pub const GROUP_SIMILARITY: f64 = 0.5;
/// Example questions shown per group.
const EXAMPLES: usize = 3;

/// Similar logged questions, with the entry that comes closest to answering them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    /// How many logged questions are in the group.
    pub count: usize,
    /// The normalised terms of the group's first question (synonyms as their group's name).
    pub terms: Vec<String>,
    /// The group's most frequent questions, with how often each was asked.
    pub examples: Vec<(String, usize)>,
    /// The existing entry that comes closest, with its score now.
    pub closest: Option<Candidate>,
}

/// Groups questions that share normalised keywords, most frequent group first (ties: first
/// seen first). Questions equal after normalisation count as one, asked several times.
pub fn group<'q>(matcher: &Matcher, questions: impl IntoIterator<Item = &'q str>) -> Vec<Gap> {
    // Distinct questions, by normalised words, in first-seen order, with counts.
    let mut distinct: Vec<(&str, usize)> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for question in questions {
        let key = words(&normalize(question)).join(" ");
        match seen.get(&key) {
            Some(&at) => distinct[at].1 += 1,
            None => {
                seen.insert(key, distinct.len());
                distinct.push((question.trim(), 1));
            }
        }
    }
    // The most asked seed the groups; a stable sort keeps first-seen order among equals.
    let mut order: Vec<usize> = (0..distinct.len()).collect();
    order.sort_by(|a, b| distinct[*b].1.cmp(&distinct[*a].1));
    struct Draft {
        seed: Vec<(String, f64)>,
        members: Vec<usize>,
        first: usize,
    }
    let mut drafts: Vec<Draft> = Vec::new();
    for index in order {
        let terms: Vec<(String, f64)> = matcher
            .explain_terms(distinct[index].0)
            .into_iter()
            .map(|term| (term.term, f64::from(term.weight)))
            .collect();
        let best = drafts
            .iter_mut()
            .map(|draft| (weighted_jaccard(&draft.seed, &terms), draft))
            .filter(|(similarity, _)| *similarity >= GROUP_SIMILARITY)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        match best {
            Some((_, draft)) => {
                draft.members.push(index);
                draft.first = draft.first.min(index);
            }
            None => drafts.push(Draft { seed: terms, members: vec![index], first: index }),
        }
    }
    let mut gaps: Vec<(usize, Gap)> = drafts
        .into_iter()
        .map(|draft| {
            let count = draft.members.iter().map(|&i| distinct[i].1).sum();
            let examples: Vec<(String, usize)> = draft
                .members
                .iter()
                .take(EXAMPLES)
                .map(|&i| (distinct[i].0.to_owned(), distinct[i].1))
                .collect();
            let closest = matcher.ask(distinct[draft.members[0]].0).ranked.first().map(|hit| {
                Candidate { id: hit.entry.id.clone(), score: (hit.score * 1000.0).round() / 1000.0 }
            });
            let terms = draft.seed.into_iter().map(|(term, _)| display_term(&term)).collect();
            (draft.first, Gap { count, terms, examples, closest })
        })
        .collect();
    gaps.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(&b.0)));
    gaps.into_iter().map(|(_, gap)| gap).collect()
}

/// A term as a curator reads it: synonym concepts are stored as `~name`.
fn display_term(term: &str) -> String {
    term.trim_start_matches('~').to_owned()
}

/// Weighted Jaccard similarity of two term sets, 0..=1: the weight of the shared terms over the
/// weight of all. Two empty sets (questions of stop words only) are alike.
fn weighted_jaccard(a: &[(String, f64)], b: &[(String, f64)]) -> f64 {
    let weight_in = |set: &[(String, f64)], term: &str| {
        set.iter().find(|(t, _)| t == term).map_or(0.0, |(_, w)| *w)
    };
    let mut shared = 0.0;
    let mut all = 0.0;
    for (term, weight) in a {
        let other = weight_in(b, term);
        shared += weight.min(other);
        all += weight.max(other);
    }
    for (term, weight) in b {
        if weight_in(a, term) == 0.0 {
            all += weight;
        }
    }
    match all > 0.0 {
        true => shared / all,
        false => 1.0,
    }
}

/// Renders gaps as text for a curator: `gaps` are the groups to show, the first of
/// `total_groups`, made from `questions` logged questions.
pub fn report(gaps: &[Gap], questions: usize, total_groups: usize) -> String {
    if questions == 0 {
        return "No questions logged.\n".to_owned();
    }
    let mut text = format!(
        "{questions} logged question{} in {total_groups} group{} (most frequent first):\n",
        if questions == 1 { "" } else { "s" },
        if total_groups == 1 { "" } else { "s" }
    );
    for (number, gap) in gaps.iter().enumerate() {
        let terms = match gap.terms.is_empty() {
            true => "(no content words)".to_owned(),
            false => gap.terms.join(", "),
        };
        text.push_str(&format!("\n{}. {} x  {terms}\n", number + 1, gap.count));
        for (question, count) in &gap.examples {
            let shown = crate::conversation::reply::cut(question, 100);
            match count {
                1 => text.push_str(&format!("     {shown:?}\n")),
                n => text.push_str(&format!("     {shown:?} ({n} x)\n")),
            }
        }
        match &gap.closest {
            Some(closest) => text.push_str(&format!(
                "     closest entry: {} (score {:.3})\n",
                closest.id, closest.score
            )),
            None => text.push_str("     closest entry: none\n"),
        }
    }
    let hidden = total_groups.saturating_sub(gaps.len());
    if hidden > 0 {
        text.push_str(&format!(
            "\n({hidden} smaller group{} not shown; see --limit)\n",
            if hidden == 1 { "" } else { "s" }
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;
    use crate::matcher::MatchConfig;
    use std::time::{Duration, UNIX_EPOCH};

    /// A small knowledge base of its own, so editing the shipped one cannot break these tests.
    fn matcher() -> Matcher {
        let article = "Leaders\n\nVladimir Putin is the President of Russia.\n\n\
                       Dmitri Trenin is the director of a Moscow think tank.";
        let entries = r#"
[[entry]]
id = "putin"
title = "Vladimir Putin"
topic = "People"
questions = ["Who is Vladimir Putin?", "Who is the Russian president?"]
keywords = ["putin", "president"]
answer = "The President of Russia."
quote = "Vladimir Putin is the President of Russia."

[[entry]]
id = "trenin"
title = "Dmitri Trenin"
topic = "People"
questions = ["Who is Dmitri Trenin?"]
keywords = ["trenin", "director"]
answer = "A think-tank director."
quote = "Dmitri Trenin is the director of a Moscow think tank."
"#;
        let knowledge = Knowledge::from_text(article, entries).expect("a valid fixture");
        Matcher::new(knowledge, MatchConfig::DEFAULT)
    }

    fn temp_path(label: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("qa-unanswered-{label}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("unanswered.jsonl")
    }

    #[test]
    fn logs_declines_and_close_calls_but_not_confident_answers() {
        let matcher = matcher();
        let at = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let min = matcher.config().min_score;
        let record = |q: &str| Record::for_answer(q, &matcher.ask(q), min, at);
        let declined = record("how old is putin").expect("a decline is logged");
        assert_eq!(declined.time, "2023-11-14T22:13:20Z");
        assert_eq!(declined.verdict, "declined");
        assert_eq!(declined.question, "how old is putin");
        assert_eq!(declined.candidates[0].id, "putin");
        assert!(record("who is dmitri trenin").is_none());
        // The same answer logged when the threshold sits just below its score.
        let answer = matcher.ask("who is dmitri trenin");
        let close = Record::for_answer("who is dmitri trenin", &answer, answer.score() - 0.01, at);
        assert_eq!(close.map(|r| r.verdict).as_deref(), Some("low-confidence"));
        let long = "x".repeat(5000);
        assert_eq!(record(&long).unwrap().question.chars().count(), MAX_RECORDED_CHARS);
    }

    /// Every question a reader asks (a message or `/ask`) is logged when declined, in a
    /// conversation's context too; small talk, commands and answers from the context are not.
    #[test]
    fn every_declined_question_is_logged_however_it_was_asked() {
        use crate::conversation::{Request, State};
        let responder = crate::fixtures::responder();
        let min = responder.matcher().config().min_score;
        let at = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let mut state = State::default();
        let mut record = |text: &str| {
            let request = Request::from_message(text, None);
            let response = responder.respond(&mut state, &request, None, 1_000);
            request
                .question()
                .and_then(|question| Record::for_response(question, &response, min, at))
        };
        let asked = record("/ask how old is trenin").expect("/ask is a question like any message");
        assert_eq!(
            (asked.question.as_str(), asked.verdict.as_str()),
            ("how old is trenin", "declined")
        );
        assert_eq!(asked.candidates[0].id, "trenin");
        assert!(record("/help").is_none());
        assert!(record("thanks").is_none(), "small talk");
        assert!(record("who is dmitri trenin").is_none(), "a confident answer");
        // Trenin's entry gives no reason: "why?" is declined about him.
        let why = record("why?").expect("a decline in context");
        assert_eq!((why.question.as_str(), why.verdict.as_str()), ("why?", "declined"));
        assert!(why.candidates.is_empty(), "nothing ranked, and no trace of the context");
        assert!(record("tell me more").is_none(), "answered from the context");
    }

    #[test]
    fn the_log_appends_lines_and_rotates_at_the_cap() {
        let path = temp_path("rotate");
        let record = |question: &str| Record {
            time: "2023-11-14T22:13:20Z".into(),
            question: question.into(),
            verdict: "declined".into(),
            candidates: vec![Candidate { id: "putin".into(), score: 0.1 }],
        };
        let line_len = serde_json::to_string(&record("q1")).unwrap().len() as u64 + 1;
        let log = UnansweredLog::open(&path, line_len * 2).unwrap();
        for question in ["q1", "q2", "q3"] {
            log.append(&record(question)).unwrap();
        }
        let read = |path: &Path| {
            let (records, bad) = parse_log(&std::fs::read_to_string(path).unwrap());
            assert!(bad.is_empty());
            records.into_iter().map(|r| r.question).collect::<Vec<_>>()
        };
        assert_eq!(read(&log.rotated_path()), ["q1", "q2"]);
        assert_eq!(read(&path), ["q3"]);
        // Reopening continues the file and keeps counting its size.
        let reopened = UnansweredLog::open(&path, line_len * 2).unwrap();
        reopened.append(&record("q4")).unwrap();
        reopened.append(&record("q5")).unwrap();
        assert_eq!(read(&log.rotated_path()), ["q3", "q4"]);
        assert_eq!(read(&path), ["q5"]);
        std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
    }

    #[test]
    fn a_bad_path_fails_at_open() {
        let err = UnansweredLog::open(Path::new("/nonexistent/dir/log.jsonl"), 100).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
    }

    #[test]
    fn parse_log_names_bad_lines() {
        let good = r#"{"time":"t","question":"q","verdict":"declined","candidates":[]}"#;
        let (records, bad) = parse_log(&format!("{good}\nnot json\n\n{good}\n{{}}\n"));
        assert_eq!(records.len(), 2);
        assert_eq!(bad, [2, 5]);
    }

    #[test]
    fn groups_similar_questions_most_frequent_first() {
        let matcher = matcher();
        let questions = [
            "what is the weather in moscow",
            "how old is putin",
            "How old is Putin?",
            "putin how old",
            "weather moscow today",
            "how old is putin",
            "best pizza in naples",
        ];
        let gaps = group(&matcher, questions);
        let summary: Vec<(usize, Vec<&str>)> = gaps
            .iter()
            .map(|gap| (gap.count, gap.examples.iter().map(|(q, _)| q.as_str()).collect()))
            .collect();
        assert_eq!(
            summary,
            [
                (4, vec!["how old is putin", "putin how old"]),
                (2, vec!["what is the weather in moscow", "weather moscow today"]),
                (1, vec!["best pizza in naples"]),
            ]
        );
        assert_eq!(gaps[0].examples[0].1, 3);
        assert_eq!(gaps[0].closest.as_ref().map(|c| c.id.as_str()), Some("putin"));
        assert!(gaps[0].terms.contains(&"putin".to_owned()), "{:?}", gaps[0].terms);
        let text = report(&gaps, questions.len(), gaps.len());
        assert!(text.starts_with("7 logged questions in 3 groups"), "{text}");
        assert!(text.contains("\"how old is putin\" (3 x)"), "{text}");
        assert!(text.contains("closest entry: putin (score "), "{text}");
        assert!(!text.contains("not shown"), "{text}");
        let first = report(&gaps[..1], questions.len(), gaps.len());
        assert!(first.starts_with("7 logged questions in 3 groups"), "{first}");
        assert!(first.ends_with("\n(2 smaller groups not shown; see --limit)\n"), "{first}");
        assert_eq!(report(&[], 0, 0), "No questions logged.\n");
    }
}
