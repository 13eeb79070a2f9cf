use super::*;

#[tokio::test]
async fn answer_button_sends_the_card_and_answers_the_callback() {
    let responses = dispatch(press("a:trenin")).await;
    let sent = only_one(&responses);
    assert_card(sent, "trenin");
    assert_eq!(sent.reply_to, None, "a button's answer is not a reply");
    let answered = &responses.answered_callback_queries;
    assert_eq!(answered.len(), 1, "{answered:#?}");
    assert_eq!(answered[0]["callback_query_id"], "cb1");
    assert!(answered[0].get("text").is_none(), "no notice when all is well");
}

#[tokio::test]
async fn garbage_button_data_is_answered_without_a_message() {
    for data in ["garbage", "a:", "t:x", "x:1", "", "🙂"] {
        let responses = dispatch(press(data)).await;
        assert!(responses.sent_messages.is_empty(), "{data:?}: {:#?}", responses.sent_messages);
        let answered = &responses.answered_callback_queries;
        assert_eq!(answered.len(), 1, "{data:?}");
        assert_eq!(answered[0]["text"], "This button has expired.", "{data:?}");
    }
}

#[tokio::test]
async fn button_for_a_removed_entry_says_so() {
    let responses = dispatch(press("a:no-such-entry")).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains("no longer in my list"), "{sent:#?}");
    assert_eq!(responses.answered_callback_queries.len(), 1);
}

#[tokio::test]
async fn topic_button_lists_that_topics_questions() {
    let names = knowledge().topics();
    let responses = dispatch(press("t:1")).await;
    let sent = only_one(&responses);
    assert_eq!(sent.text, format!("<b>{}</b>: pick a question.", escape(names[1])));
    let in_topic: Vec<String> = knowledge()
        .entries
        .iter()
        .filter(|e| e.topic == names[1])
        .map(|e| format!("a:{}", e.id))
        .collect();
    // The first page, then the button to the next one when there is more.
    let mut expected: Vec<String> = in_topic.iter().take(reply::PAGE_BUTTONS).cloned().collect();
    if in_topic.len() > reply::PAGE_BUTTONS {
        expected.push("t:1:1".to_owned());
    }
    assert_eq!(button_data(sent), expected);
    assert_eq!(responses.answered_callback_queries.len(), 1);

    let responses = dispatch(press(&format!("t:{}", names.len()))).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains("no longer in my list"), "{sent:#?}");
}

#[tokio::test]
async fn none_of_these_button_suggests_rephrasing() {
    let responses = dispatch(press("n")).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains("other words"), "{sent:#?}");
    assert_eq!(responses.answered_callback_queries.len(), 1);
}

#[tokio::test]
async fn button_on_an_inline_message_asks_to_open_a_chat() {
    let mut press = press("a:trenin");
    let query = press["callback_query"].as_object_mut().unwrap();
    query.remove("message");
    query.insert("inline_message_id".into(), json!("inline-1"));
    let responses = dispatch(press).await;
    assert!(responses.sent_messages.is_empty());
    let answered = &responses.answered_callback_queries;
    assert_eq!(answered.len(), 1);
    assert_eq!(answered[0]["text"], "Open a chat with me to see the answer.");
}
