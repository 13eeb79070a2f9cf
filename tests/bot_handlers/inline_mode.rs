use super::*;

/// Runs each of `updates` through the handler tree; returns the answerInlineQuery bodies, of
/// which there must be `answers`.
async fn inline_answers(updates: Vec<Value>, answers: usize) -> Vec<Value> {
    let api = FakeApi::start().await;
    let bot = Bot::new("123456:TESTinlineTOKEN").set_api_url(api.url().parse().unwrap());
    for update in updates {
        let update = parse_update(update);
        let contexts = Contexts::in_memory();
        let deps = dptree::deps![
            bot.clone(),
            me(),
            built_in(),
            contexts,
            None::<Arc<UnansweredLog>>,
            Admins::default(),
            update
        ];
        let _ = schema::<Bot>().dispatch(deps).await;
    }
    let bodies: Vec<Value> =
        api.calls_of("answerInlineQuery").into_iter().map(|call| call.body).collect();
    assert_eq!(bodies.len(), answers, "{bodies:#?}");
    bodies
}

fn result_ids(answer: &Value) -> Vec<&str> {
    answer["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|result| result["id"].as_str().expect("result id"))
        .collect()
}

fn assert_inline_results(answer: &Value) {
    for result in answer["results"].as_array().expect("results") {
        let id = result["id"].as_str().unwrap();
        let entry = entry(id);
        assert_eq!(result["type"], "article");
        assert_eq!(result["title"], entry.title.as_str());
        let content = &result["input_message_content"];
        assert_eq!(content["parse_mode"], "HTML", "{result:#}");
        let text = content["message_text"].as_str().unwrap();
        assert_eq!(text, Say::new(knowledge(), Language::En).answer_html(entry));
        assert!(text.contains(&format!("<blockquote>{}</blockquote>", escape(&entry.quote))));
        html::check(text).unwrap_or_else(|err| panic!("{err}: {text}"));
        let description = result["description"].as_str().unwrap();
        assert!(description.chars().count() <= 120, "{description}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inline_query_gets_matching_results() {
    let answers = inline_answers(vec![fake_api::inline_query(1, 501, "nato enlargement")], 1).await;
    assert_eq!(answers.len(), 1, "{answers:#?}");
    let answer = &answers[0];
    assert_eq!(answer["inline_query_id"], "iq1");
    let ids = result_ids(answer);
    assert_eq!(ids.first(), Some(&"nato-enlargement"), "{answer:#}");
    assert_eq!(answer["cache_time"], 300);
    assert_inline_results(answer);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn empty_inline_query_gets_the_examples() {
    let answers = inline_answers(
        vec![fake_api::inline_query(1, 501, ""), fake_api::inline_query(2, 502, "   ")],
        2,
    )
    .await;
    assert_eq!(answers.len(), 2, "{answers:#?}");
    let examples: Vec<&str> =
        EXAMPLE_ENTRIES.iter().copied().filter(|id| knowledge().entry(id).is_some()).collect();
    assert!(!examples.is_empty());
    for answer in &answers {
        assert_eq!(result_ids(answer), examples, "{answer:#}");
        assert_inline_results(answer);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn off_topic_inline_query_gets_no_results() {
    let answers = inline_answers(
        vec![fake_api::inline_query(1, 501, "what is the best pizza recipe in naples")],
        1,
    )
    .await;
    assert_eq!(result_ids(&answers[0]), Vec::<&str>::new());
}
