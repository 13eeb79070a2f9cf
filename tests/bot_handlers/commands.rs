use super::*;

#[tokio::test]
async fn start_offers_three_example_questions() {
    let responses = dispatch(question("/start")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
    assert!(sent.text.starts_with("Hi!"), "{sent:#?}");
    assert!(sent.text.contains(&format!("<b>{}</b>", escape(&knowledge().article.title))));
    assert!(sent.text.contains("/topics") && sent.text.contains("/help"));
    let expected: Vec<String> = EXAMPLE_ENTRIES
        .iter()
        .filter(|id| knowledge().entry(id).is_some())
        .take(3)
        .map(|id| format!("a:{id}"))
        .collect();
    assert_eq!(expected.len(), 3, "the built-in examples exist");
    assert_eq!(button_data(sent), expected);
    for (label, data) in &sent.buttons {
        assert_eq!(label, &reply::cut(&entry(&data[2..]).questions[0], 60));
    }
}

#[tokio::test]
async fn start_with_an_entry_id_answers_that_entry() {
    let responses = dispatch(question("/start trenin")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
    assert_card(sent, "trenin");
}

#[tokio::test]
async fn start_with_an_unknown_id_says_so() {
    let responses = dispatch(question("/start no-such-entry")).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains("no longer in my list"), "{sent:#?}");
    assert!(!sent.text.contains("<blockquote>"));
}

#[tokio::test]
async fn start_topics_deep_link_lists_topics() {
    let responses = dispatch(question("/start topics")).await;
    let sent = only_one(&responses);
    assert!(sent.text.starts_with("<b>What I can answer</b>"), "{sent:#?}");
}

#[tokio::test]
async fn help_lists_every_command() {
    let responses = dispatch(question("/help")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
    for command in ["/start", "/help", "/topics", "/about", "/random", "/ask"] {
        assert!(sent.text.contains(command), "{command} missing from {sent:#?}");
    }
    assert!(!sent.text.contains("reload"), "administrators' commands are not listed: {sent:#?}");
    assert!(sent.buttons.is_empty());
}

#[tokio::test]
async fn topics_has_one_button_per_topic() {
    let responses = dispatch(question("/topics")).await;
    let sent = only_one(&responses);
    let names = knowledge().topics();
    assert!(names.len() > 1);
    let expected: Vec<String> = (0..names.len()).map(|i| format!("t:{i}")).collect();
    assert_eq!(button_data(sent), expected);
    for name in &names {
        let count = knowledge().entries.iter().filter(|e| &e.topic == name).count();
        assert!(sent.text.contains(&format!("• {} ({count})", escape(name))), "{name}");
    }
}

#[tokio::test]
async fn about_describes_the_article() {
    let responses = dispatch(question("/about")).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains(&escape(&knowledge().article.title)));
    assert!(sent.text.contains(&escape(&knowledge().article.publication)));
    assert!(sent.text.contains(&format!("{} curated entries", knowledge().entries.len())));
}

#[tokio::test]
async fn random_returns_some_entry_card() {
    let responses = dispatch(question("/random")).await;
    let sent = only_one(&responses);
    let card = knowledge()
        .entries
        .iter()
        .find(|entry| sent.text == Say::new(knowledge(), Language::En).answer_html(entry))
        .unwrap_or_else(|| panic!("not the card of any entry: {sent:#?}"));
    assert_card(sent, &card.id);
}

#[tokio::test]
async fn ask_without_a_question_gets_a_usage_hint() {
    for text in ["/ask", "/ask   "] {
        let responses = dispatch(question(text)).await;
        let sent = only_one(&responses);
        assert!(sent.text.starts_with("Usage: /ask"), "{text:?}: {sent:#?}");
        assert_eq!(sent.reply_to, Some(QUESTION_ID));
    }
}

#[tokio::test]
async fn ask_with_a_question_answers_it() {
    let responses = dispatch(question("/ask who is dmitri trenin")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
    assert_card(sent, "trenin");
}
