use super::*;

#[tokio::test]
async fn private_question_gets_the_trenin_card_as_a_reply() {
    let responses = dispatch(question("who is dmitri trenin")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
    assert!(sent.text.contains("<blockquote>"));
    assert!(sent.text.contains(&escape(&entry("trenin").quote)));
    assert!(!sent.buttons.is_empty(), "an answer offers related questions");
    for (_, data) in &sent.buttons {
        let id = data.strip_prefix("a:").expect("related buttons answer entries");
        assert!(knowledge().entry(id).is_some(), "{id}");
    }
    assert_card(sent, "trenin");
}

#[tokio::test]
async fn off_topic_question_is_declined_with_three_suggestions() {
    let asked = "what is the best pizza recipe in naples";
    let responses = dispatch(question(asked)).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
    assert!(sent.text.starts_with("Sorry, the article doesn't answer"), "{sent:#?}");
    assert!(sent.text.contains(asked), "the decline echoes the question: {sent:#?}");
    assert!(sent.text.contains("/topics"));
    assert!(!sent.text.contains("<blockquote>"), "no made-up quote: {sent:#?}");
    assert_eq!(sent.buttons.len(), 3, "{sent:#?}");
    let distinct: HashSet<&str> = button_data(sent).into_iter().collect();
    assert_eq!(distinct.len(), 3, "suggestions are distinct: {sent:#?}");
    for (label, data) in &sent.buttons {
        let id = data.strip_prefix("a:").expect("suggestions answer entries");
        assert_eq!(label, &reply::cut(&entry(id).questions[0], 60));
    }
}

/// With `--log-unanswered`, a declined question is appended to the log with the time and the
/// nearest entries, and nothing that identifies who asked; a confident answer is not logged.
#[tokio::test]
async fn a_declined_question_is_logged_without_identity() {
    const USER: i64 = 987_654_321;
    const MESSAGE: i64 = 55_555;
    let dir = std::env::temp_dir().join(format!("qa-bot-unanswered-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("unanswered.jsonl");
    let _ = std::fs::remove_file(&path);
    let log = Arc::new(UnansweredLog::open(&path, 1_000_000).unwrap());
    let from =
        |text: &str| Msg::text(text).id(MESSAGE).from(USER, "Ada", Some("curious_reader")).update();
    // ("how old is putin" now has the article's date, which gives an age and names the
    // Biden-Putin summit, among its three nearest entries, ahead of Putin's profile.)
    let declined = dispatch_logging(from("how tall is putin"), Some(Arc::clone(&log))).await;
    assert!(only_one(&declined).text.starts_with("Sorry, the article doesn't answer"));
    dispatch_logging(from("who is dmitri trenin"), Some(Arc::clone(&log))).await;

    let text = std::fs::read_to_string(&path).unwrap();
    let (records, bad) = parse_log(&text);
    assert!(bad.is_empty(), "{text}");
    assert_eq!(records.len(), 1, "only the decline is logged: {text}");
    assert_eq!(records[0].question, "how tall is putin");
    assert_eq!(records[0].verdict, "declined");
    assert!(records[0].candidates.iter().any(|c| c.id == "putin"), "{text}");
    for identity in [&USER.to_string(), &MESSAGE.to_string(), "curious_reader", "Ada"] {
        assert!(!text.contains(identity), "the log holds {identity:?}: {text}");
    }
    let keys: Vec<String> = serde_json::from_str::<Value>(text.trim())
        .unwrap()
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(keys, ["candidates", "question", "time", "verdict"], "{text}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `/ask` is a question like any message: declined, it is logged.
#[tokio::test]
async fn a_declined_ask_command_is_logged() {
    let dir = std::env::temp_dir().join(format!("qa-bot-unanswered-ask-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("unanswered.jsonl");
    let _ = std::fs::remove_file(&path);
    let log = Arc::new(UnansweredLog::open(&path, 1_000_000).unwrap());
    let declined =
        dispatch_logging(question("/ask how old is putin"), Some(Arc::clone(&log))).await;
    assert!(only_one(&declined).text.starts_with("Sorry, the article doesn't answer"));
    let text = std::fs::read_to_string(&path).unwrap();
    let (records, bad) = parse_log(&text);
    assert!(bad.is_empty(), "{text}");
    let logged: Vec<(&str, &str)> =
        records.iter().map(|r| (r.question.as_str(), r.verdict.as_str())).collect();
    assert_eq!(logged, [("how old is putin", "declined")], "{text}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn user_markup_is_echoed_escaped() {
    let responses = dispatch(question("<b>&")).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains("“&lt;b&gt;&amp;”"), "{sent:#?}");
    assert!(!sent.text.contains("<b>&"), "raw user markup in {sent:#?}");
    assert!(!sent.text.contains("<b>"), "no bold at all in a decline: {sent:#?}");
    assert_eq!(sent.buttons.len(), 3);
}

#[tokio::test]
async fn markup_in_a_long_off_topic_question_is_escaped_and_cut() {
    let asked = format!("<script>{}</script> & <a href=\"x\">", "pizza ".repeat(700));
    assert!(asked.chars().count() > 4000);
    let responses = dispatch(question(&asked)).await;
    let sent = only_one(&responses);
    assert!(!sent.text.contains("<script>") && !sent.text.contains("<a "), "{sent:#?}");
    assert!(sent.text.contains("&lt;script&gt;"), "{sent:#?}");
    assert!(sent.text.chars().count() < 600, "the echo is cut: {}", sent.text.len());
}

#[tokio::test]
async fn emoji_only_message_is_declined_politely() {
    let responses = dispatch(question("🙂🙂🙂")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
    assert!(!sent.text.contains("<blockquote>"), "{sent:#?}");
    assert_eq!(sent.buttons.len(), 3);
}
