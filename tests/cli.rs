//! The command line, run as a process: `ask` (plain and JSON), `check`, help, and the first run
//! without a token. Offline: nothing here talks to Telegram.

mod common;

use std::process::Output;

use article_qa_bot::knowledge::Knowledge;
use serde_json::Value;

use common::{article_text, normalize_quote, run, TempKnowledge};

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Formats what a run did, for failure messages.
fn describe(output: &Output) -> String {
    format!("{}\n--- stdout:\n{}\n--- stderr:\n{}", output.status, stdout(output), stderr(output))
}

/// The keys of an `ask --json` line, in the documented order.
const KEYS: [&str; 12] = [
    "question",
    "answered",
    "id",
    "title",
    "answer",
    "view_of",
    "quote",
    "score",
    "alternatives",
    "verdict",
    "intent",
    "language",
];

/// Rebuilds a record from its parsed value, with the keys in the documented order and nothing
/// else. The raw line must equal it: that checks the key set, the key order (also inside
/// `alternatives`) and that there is nothing more.
fn canonical(value: &Value) -> String {
    let field = |object: &Value, key: &str| -> String {
        let value = object.get(key).unwrap_or_else(|| panic!("no key {key:?} in {object}"));
        serde_json::to_string(value).expect("a JSON value serialises")
    };
    let alternatives: Vec<String> = value["alternatives"]
        .as_array()
        .unwrap_or_else(|| panic!("alternatives is not an array in {value}"))
        .iter()
        .map(|alt| {
            format!(
                "{{\"id\":{},\"title\":{},\"score\":{}}}",
                field(alt, "id"),
                field(alt, "title"),
                field(alt, "score")
            )
        })
        .collect();
    let mut text = String::from("{");
    for key in KEYS {
        if text.len() > 1 {
            text.push(',');
        }
        match key {
            "alternatives" => {
                text.push_str(&format!("\"alternatives\":[{}]", alternatives.join(",")))
            }
            _ => text.push_str(&format!(
                "{}:{}",
                serde_json::to_string(key).unwrap(),
                field(value, key)
            )),
        }
    }
    text.push('}');
    text
}

/// Checks one `ask --json` line against the question it answers, and what must hold of every
/// record; returns the parsed value.
fn check_record(line: &str, question: &str, knowledge: &Knowledge, article: &str) -> Value {
    let shown: String = question.chars().take(60).collect();
    assert!(line.starts_with("{\"question\":"), "for {shown:?}: the line starts otherwise: {line}");
    let value: Value = serde_json::from_str(line)
        .unwrap_or_else(|err| panic!("for {shown:?}: not JSON ({err}): {line}"));
    assert_eq!(line, canonical(&value), "for {shown:?}: keys, key order or extra keys");
    assert_eq!(value["question"].as_str(), Some(question), "for {shown:?}: the echoed question");
    let answered = value["answered"]
        .as_bool()
        .unwrap_or_else(|| panic!("for {shown:?}: answered is not a bool: {line}"));
    let score = value["score"]
        .as_f64()
        .unwrap_or_else(|| panic!("for {shown:?}: score is not a number: {line}"));
    assert!((0.0..=1.0).contains(&score), "for {shown:?}: score {score} is outside 0..=1");
    for key in ["id", "title", "answer", "quote"] {
        assert_eq!(
            value[key].is_string(),
            answered,
            "for {shown:?}: {key} must be a string exactly when answered: {line}"
        );
        if !answered {
            assert!(value[key].is_null(), "for {shown:?}: {key} must be null: {line}");
        }
    }
    if answered {
        let id = value["id"].as_str().unwrap();
        let entry = knowledge
            .entry(id)
            .unwrap_or_else(|| panic!("for {shown:?}: answered with unknown entry `{id}`"));
        assert_eq!(value["title"].as_str(), Some(entry.title.as_str()), "for {shown:?}");
        assert_eq!(value["answer"].as_str(), Some(entry.answer.as_str()), "for {shown:?}");
        let quote = value["quote"].as_str().unwrap();
        assert!(!quote.trim().is_empty(), "for {shown:?}: empty quote");
        assert!(
            article.contains(&normalize_quote(quote)),
            "for {shown:?}: the quote is not in the article: {quote:?}"
        );
    }
    for alt in value["alternatives"].as_array().unwrap() {
        let id = alt["id"].as_str().unwrap_or_else(|| panic!("for {shown:?}: {alt}"));
        assert!(knowledge.entry(id).is_some(), "for {shown:?}: unknown alternative `{id}`");
    }
    value
}

#[test]
fn the_record_checker_rejects_wrong_shapes() {
    // The checks below are only as good as `canonical`.
    let good = r#"{"question":"q","answered":false,"id":null,"title":null,"answer":null,"view_of":null,"quote":null,"score":0.0,"alternatives":[{"id":"a","title":"A","score":0.1}],"verdict":"declined","intent":null,"language":"en"}"#;
    let parse = |line: &str| serde_json::from_str::<Value>(line).unwrap();
    assert_eq!(canonical(&parse(good)), good);
    let swapped = good.replace(r#""answered":false,"id":null"#, r#""id":null,"answered":false"#);
    let extra = good.replace(r#""score":0.0,"#, r#""score":0.0,"extra":1,"#);
    let inner = good.replace(r#""title":"A","score":0.1"#, r#""score":0.1,"title":"A""#);
    for bad in [swapped, extra, inner] {
        assert_ne!(canonical(&parse(&bad)), bad, "accepted {bad}");
    }
}

#[test]
fn ask_json_answers_every_line_in_order() {
    let long = "What did the article say about NATO? ".repeat(300);
    let long: String = long.chars().take(10_000).collect();
    assert_eq!(long.chars().count(), 10_000);
    // (input bytes, the question as echoed back)
    let lines: Vec<(Vec<u8>, String)> = vec![
        (b"who is dmitri trenin".to_vec(), "who is dmitri trenin".to_owned()),
        (b"best pizza topping".to_vec(), "best pizza topping".to_owned()),
        (Vec::new(), String::new()),
        (long.clone().into_bytes(), long),
        ("🤔🙂🇷🇺".as_bytes().to_vec(), "🤔🙂🇷🇺".to_owned()),
        (b"\x01\x07\x1b[2J\x7f".to_vec(), "\u{1}\u{7}\u{1b}[2J\u{7f}".to_owned()),
        (b"who\x01is\x07trenin".to_vec(), "who\u{1}is\u{7}trenin".to_owned()),
        (b"\xff\xfe\xfd".to_vec(), "\u{FFFD}\u{FFFD}\u{FFFD}".to_owned()),
        (b"What is the SCO?".to_vec(), "What is the SCO?".to_owned()),
    ];
    let invalid_line = 8;
    let mut input = Vec::new();
    for (bytes, _) in &lines {
        input.extend_from_slice(bytes);
        input.push(b'\n');
    }
    let output = run(&["ask", "--json"], &input);
    assert!(output.status.success(), "{}", describe(&output));
    let out = stdout(&output);
    let records: Vec<&str> = out.lines().collect();
    assert_eq!(records.len(), lines.len(), "one JSON line per input line: {}", describe(&output));

    let knowledge = Knowledge::embedded().expect("the embedded knowledge base");
    let article = normalize_quote(&article_text());
    let values: Vec<Value> = records
        .iter()
        .zip(&lines)
        .map(|(record, (_, question))| check_record(record, question, &knowledge, &article))
        .collect();

    let expect_answer = |i: usize, id: &str| {
        let value = &values[i];
        assert_eq!(value["answered"], true, "for {:?}: {value}", lines[i].1);
        assert_eq!(value["id"], id, "for {:?}: {value}", lines[i].1);
    };
    let expect_decline = |i: usize| {
        let shown: String = lines[i].1.chars().take(60).collect();
        assert_eq!(values[i]["answered"], false, "for {shown:?}: {}", values[i]);
    };
    expect_answer(0, "trenin");
    expect_decline(1);
    expect_decline(2);
    expect_decline(4);
    expect_decline(5);
    // Control characters separate words, like spaces.
    expect_answer(6, "trenin");
    expect_decline(7);
    expect_answer(8, "sco");
    // Nothing to match, nothing to rank.
    for i in [2, 4, 5, 7] {
        assert_eq!(values[i]["alternatives"], Value::Array(Vec::new()), "for {:?}", lines[i].1);
        assert_eq!(values[i]["score"], 0.0, "for {:?}", lines[i].1);
    }

    let err = stderr(&output);
    let warning = format!("line {invalid_line} is not valid UTF-8");
    assert!(err.contains(&warning), "expected {warning:?} on stderr: {}", describe(&output));
    assert_eq!(err.matches("not valid UTF-8").count(), 1, "one warning: {}", describe(&output));
}

#[test]
fn ask_plain_shows_title_and_quote() {
    let output = run(&["ask", "who", "is", "trenin"], b"");
    assert!(output.status.success(), "{}", describe(&output));
    let knowledge = Knowledge::embedded().expect("the embedded knowledge base");
    let entry = knowledge.entry("trenin").expect("an entry `trenin`");
    let out = stdout(&output);
    assert!(out.contains(&entry.title), "for \"who is trenin\": no title: {}", describe(&output));
    assert!(out.contains(&entry.quote), "for \"who is trenin\": no quote: {}", describe(&output));
}

#[test]
fn check_accepts_the_embedded_knowledge() {
    let output = run(&["check"], b"");
    assert!(output.status.success(), "{}", describe(&output));
    let out = stdout(&output);
    assert!(out.contains("valid"), "{}", describe(&output));
    for section in ["Coverage", "sentence", "name", "sample question", "Near-duplicates"] {
        assert!(out.contains(section), "no {section:?} section: {}", describe(&output));
    }
}

/// A sample question that the matcher answers with another entry is a warning: exit 0, or 1
/// with --strict, naming the entry, the question and the entry that answers it.
#[test]
fn check_warns_about_a_sample_question_that_teaches_the_wrong_entry() {
    let copy = TempKnowledge::new("cli-misrouted");
    let dir = copy.path().to_str().expect("a UTF-8 temp path").to_owned();
    let question = "What did Dmitri Trenin of the Carnegie Moscow Center say about China?";
    copy.edit_entry_line("entries.toml", "sco", "questions", |line| {
        format!("{line} {question:?},")
    });
    let output = run(&["check", "--knowledge", &dir], b"");
    assert!(output.status.success(), "warnings are not errors: {}", describe(&output));
    let expected = format!("  - sco: {question:?} -> trenin (");
    assert!(stdout(&output).contains(&expected), "expected {expected:?}: {}", describe(&output));
    let strict = run(&["check", "--strict", "--knowledge", &dir], b"");
    assert_eq!(strict.status.code(), Some(1), "{}", describe(&strict));
    assert!(stdout(&strict).contains("(--strict: failing)"), "{}", describe(&strict));
}

#[test]
fn check_rejects_a_copy_with_a_made_up_quote() {
    let copy = TempKnowledge::new("cli-bad-quote");
    let dir = copy.path().to_str().expect("a UTF-8 temp path").to_owned();
    let before = run(&["check", "--knowledge", &dir], b"");
    assert!(before.status.success(), "the unbroken copy {dir}: {}", describe(&before));
    copy.break_quote("trenin");
    let output = run(&["check", "--knowledge", &dir], b"");
    assert!(!output.status.success(), "check --knowledge {dir}: {}", describe(&output));
    let err = stderr(&output);
    let file = copy.file("entries.toml").display().to_string();
    assert!(err.contains(&file), "expected {file} on stderr: {}", describe(&output));
    assert!(err.contains("entry `trenin`"), "expected the entry on stderr: {}", describe(&output));
    assert!(err.contains("not in the article"), "{}", describe(&output));
}

#[test]
fn a_missing_knowledge_dir_is_a_clear_error() {
    let missing = "/nonexistent";
    assert!(!std::path::Path::new(missing).exists(), "{missing} exists on this machine");
    for args in [&["check", "--knowledge", missing][..], &["--knowledge", missing, "ask", "hi"]] {
        let output = run(args, b"");
        assert!(!output.status.success(), "{args:?}: {}", describe(&output));
        let err = stderr(&output);
        assert!(
            err.contains(missing) && err.contains("cannot read"),
            "{args:?}: expected {missing} and why on stderr: {}",
            describe(&output)
        );
        assert!(stdout(&output).is_empty(), "{args:?}: {}", describe(&output));
    }
}

#[test]
fn help_prints_usage() {
    for (args, usage) in [
        (&["--help"][..], "Usage: article-qa-bot"),
        (&["ask", "--help"], "Usage: article-qa-bot ask"),
        (&["check", "--help"], "Usage: article-qa-bot check"),
        (&["chat", "--help"], "Usage: article-qa-bot chat"),
        (&["eval", "--help"], "Usage: article-qa-bot eval"),
        (&["gaps", "--help"], "Usage: article-qa-bot gaps"),
        (&["run", "--help"], "Usage: article-qa-bot run"),
    ] {
        let output = run(args, b"");
        assert!(output.status.success(), "{args:?}: {}", describe(&output));
        assert!(stdout(&output).contains(usage), "{args:?}: no {usage:?}: {}", describe(&output));
    }
    let output = run(&["ask", "--help"], b"");
    assert!(stdout(&output).contains("--json"), "ask --help: {}", describe(&output));
}

#[test]
fn no_subcommand_and_no_token_explains_how_to_start() {
    // `run` removes TELOXIDE_TOKEN. With no token, src/cli/mod.rs prints a welcome to stdout (how
    // to run the bot, how to ask offline, one sample answer) and exits successfully.
    let output = run(&[], b"");
    assert!(output.status.success(), "{}", describe(&output));
    let out = stdout(&output);
    for needle in ["TELOXIDE_TOKEN", "article-qa-bot run", "article-qa-bot ask"] {
        assert!(out.contains(needle), "expected {needle:?} on stdout: {}", describe(&output));
    }
    // The command it recommends exists.
    let run_help = run(&["run", "--help"], b"");
    assert!(run_help.status.success(), "run --help: {}", describe(&run_help));
}

/// `eval` reads both question formats, prints the figures, and `--min-accuracy` sets the exit code.
#[test]
fn eval_reports_figures_and_gates_on_accuracy() {
    let dir = std::env::temp_dir().join(format!("qa-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("cases.jsonl");
    std::fs::write(
        &file,
        "{\"q\": \"who is dmitri trenin\", \"expect\": \"trenin\"}\n\
         {\"q\": \"best pizza topping\", \"expect\": null}\n\
         {\"q\": \"what is the sco\", \"kind\": \"in\", \"anchors\": [\"Shanghai Cooperation Organization\"]}\n\
         {\"q\": \"who is dmitri trenin\", \"expect\": \"sco\"}\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();

    let out = common::run(&["eval", path], b"");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    // Three of the four are right: the last one expects the wrong entry on purpose.
    assert!(text.contains("in_accuracy=0.667"), "{text}");
    assert!(text.contains("out_decline_rate=1.000"), "{text}");
    assert!(text.contains("\"who is dmitri trenin\" -> trenin / sco"), "{text}");

    let json = common::run(&["eval", "--json", path], b"");
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["figures"]["n_in"], 3);
    assert_eq!(value["figures"]["n_out"], 1);

    let gated = common::run(&["eval", "--min-accuracy", "0.9", path], b"");
    assert_eq!(gated.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&gated.stderr).contains("below the required 0.900"));

    std::fs::write(&file, "{\"q\": \"no expectation\"}\n").unwrap();
    let bad = common::run(&["eval", path], b"");
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("line 1"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `chat` in a pipe: a transcript of replies, numbered buttons that can be pressed, console
/// commands, and a clean end at the end of input.
#[test]
fn chat_in_a_pipe_answers_presses_buttons_and_ends_cleanly() {
    let knowledge = Knowledge::embedded().expect("the embedded knowledge base");
    let trenin = knowledge.entry("trenin").expect("an entry `trenin`");
    let related = knowledge.entry(&trenin.related[0]).expect("trenin's first related entry");
    let output = run(&["chat"], b"who is trenin\n1\n:bogus\n:explain\nwho is mearshimer\n");
    assert!(output.status.success(), "{}", describe(&output));
    let out = stdout(&output);
    assert!(out.contains("\n> who is trenin\n"), "the question is echoed: {}", describe(&output));
    assert!(out.contains(&format!("┃ {}", trenin.quote)), "{}", describe(&output));
    assert!(out.contains(&format!("  [1] {}\n", related.questions[0])), "{}", describe(&output));
    assert!(out.contains(&format!("> 1\n{}\n", related.title)), "{}", describe(&output));
    assert!(out.contains("Unknown command :bogus."), "{}", describe(&output));
    assert!(out.contains("typo for \"mearsheimer\""), "explanations on: {}", describe(&output));
    assert!(!out.contains("<b>") && !out.contains("&amp;"), "no HTML: {}", describe(&output));
    assert!(stderr(&output).is_empty(), "{}", describe(&output));

    let quit = run(&["chat"], b":quit\nwho is trenin\n");
    assert!(quit.status.success(), "{}", describe(&quit));
    assert!(stdout(&quit).ends_with("Bye.\n"), "{}", describe(&quit));
    assert!(!stdout(&quit).contains(&trenin.quote), "nothing after :quit: {}", describe(&quit));
}

/// `gaps` groups a log's questions, most frequent first, names skipped lines, and fails clearly
/// on a missing file.
#[test]
fn gaps_groups_logged_questions() {
    let dir = std::env::temp_dir().join(format!("qa-gaps-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("unanswered.jsonl");
    let record = |question: &str| {
        format!(
            "{{\"time\":\"2026-01-01T00:00:00Z\",\"question\":{question:?},\"verdict\":\"declined\",\"candidates\":[]}}\n"
        )
    };
    let log = record("what is the weather in moscow")
        + &record("how old is putin")
        + "this line is not a record\n"
        + &record("How old is Putin?")
        + &record("moscow weather today")
        + &record("how old is putin");
    std::fs::write(&file, log).unwrap();
    let path = file.to_str().unwrap();

    let output = run(&["gaps", path], b"");
    assert!(output.status.success(), "{}", describe(&output));
    let out = stdout(&output);
    assert!(out.starts_with("5 logged questions in 2 groups"), "{}", describe(&output));
    let putin = out.find("\"how old is putin\" (3 x)").expect("the putin group");
    let weather = out.find("\"what is the weather in moscow\"").expect("the weather group");
    assert!(putin < weather, "the putin group is the larger, so first: {out}");
    // The closest entry to an age question depends on the knowledge base; there is one.
    assert!(out.contains("closest entry: "), "{}", describe(&output));
    assert!(stderr(&output).contains("skipped 1 line that is not a logged question (line 3)"));

    let json = run(&["gaps", "--json", path], b"");
    let groups: Value = serde_json::from_slice(&json.stdout).expect("gaps --json is JSON");
    assert_eq!(groups[0]["count"], 3, "{groups}");
    assert!(groups[0]["closest"]["id"].is_string(), "{groups}");
    assert_eq!(groups.as_array().map(Vec::len), Some(2), "{groups}");

    let missing = dir.join("missing.jsonl");
    let output = run(&["gaps", missing.to_str().unwrap()], b"");
    assert_eq!(output.status.code(), Some(1), "{}", describe(&output));
    assert!(stderr(&output).contains("cannot read"), "{}", describe(&output));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A log path that cannot be opened stops `run` at start-up, before anything talks to Telegram.
#[test]
fn run_with_an_unwritable_unanswered_log_is_a_clear_error() {
    let output = std::process::Command::new(common::bin())
        .args(["run", "--log-unanswered", "/nonexistent/dir/unanswered.jsonl"])
        .env("TELOXIDE_TOKEN", "123456:NOTAREALTOKEN")
        .env("TELOXIDE_API_URL", "http://127.0.0.1:9")
        .env_remove("KNOWLEDGE_DIR")
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(1), "{}", describe(&output));
    let err = stderr(&output);
    assert!(
        err.contains("cannot open the unanswered-questions log /nonexistent/dir/unanswered.jsonl"),
        "{}",
        describe(&output)
    );
}

/// `ask --explain` shows the normalised text, each term and how it was recognised, the ranking
/// against the threshold, and where the best entry matched.
#[test]
fn ask_explain_shows_terms_scores_and_where_the_entry_matched() {
    let output = run(&["ask", "--explain", "Who is John Mearshimer?"], b"");
    assert!(output.status.success(), "{}", describe(&output));
    let out = stdout(&output);
    for needle in [
        "normalised: \"who is john mearshimer\"",
        "typo for \"mearsheimer\", similarity",
        "decline below 0.44",
        "where mearsheimer matched:",
        "closest sample question: ",
        "verdict: Answered",
    ] {
        assert!(out.contains(needle), "expected {needle:?}: {}", describe(&output));
    }
}

/// A declined question's explanation says what declined it: its score, or the rule that
/// declined a best entry scoring above the line.
#[test]
fn ask_explain_says_what_declined_a_question() {
    let output = run(&["ask", "--explain", "who is the president of tajikistan?"], b"");
    assert!(output.status.success(), "{}", describe(&output));
    let out = stdout(&output);
    assert!(out.contains("verdict: Declined"), "{out}");
    assert!(out.contains("declined by: unless_fact_word_missing: "), "{out}");
    let output = run(&["ask", "--explain", "what is the weather in paris"], b"");
    let out = stdout(&output);
    assert!(out.contains("declined by: the ranking: no entry scores above"), "{out}");
    // An answered question names no rule.
    let output = run(&["ask", "--explain", "Who is John Mearshimer?"], b"");
    assert!(!stdout(&output).contains("declined by"), "{}", describe(&output));
}
