use super::*;

const ADMIN: u64 = 31_337;
const READER: u64 = 27_182;

/// `/reload` sent by user `from` in a private chat with them.
fn reload_from(from: u64) -> Value {
    Msg::text("/reload").from(from as i64, "Someone", None).update()
}

/// The answer `live` gives to "who is dmitri trenin" now.
fn trenin_answer(live: &LiveKnowledge) -> String {
    let responder = live.current();
    let answer = responder.matcher().ask("who is dmitri trenin");
    answer.best().expect("an answer").entry.answer.clone()
}

#[tokio::test]
async fn reload_from_an_admin_swaps_in_a_valid_knowledge_base() {
    let dir = common::TempKnowledge::new("admin-reload");
    let live = Arc::new(LiveKnowledge::new(matcher(), Some(dir.path().to_owned())));
    dir.edit_entry_line("entries.toml", "trenin", "answer", |line| {
        line.replacen("answer = \"", "answer = \"Reloaded: ", 1)
    });
    let admins = Admins::new([1, ADMIN]);
    let responses = dispatch_with(reload_from(ADMIN), None, Arc::clone(&live), admins).await;
    let sent = only_one(&responses);
    let entries = knowledge().entries.len();
    assert_eq!(sent.text, format!("Reloaded the knowledge base: {entries} entries."));
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
    assert!(trenin_answer(&live).starts_with("Reloaded: "), "{}", trenin_answer(&live));
}

#[tokio::test]
async fn reload_of_an_invalid_knowledge_base_keeps_the_current_one_and_says_why() {
    let dir = common::TempKnowledge::new("admin-reload-invalid");
    let live = Arc::new(LiveKnowledge::new(matcher(), Some(dir.path().to_owned())));
    let before = live.current();
    dir.break_quote("trenin");
    let admins = Admins::new([ADMIN]);
    let responses = dispatch_with(reload_from(ADMIN), None, Arc::clone(&live), admins).await;
    let sent = only_one(&responses);
    assert!(sent.text.starts_with("<b>Not reloaded"), "{sent:#?}");
    assert!(sent.text.contains("entries.toml") && sent.text.contains("`trenin`"), "{sent:#?}");
    // The article's quotes and the error's quoting are escaped, not markup.
    let error = &sent.text[sent.text.find("<pre>").expect("the error in <pre>") + 5..];
    let error = error.strip_suffix("</pre>").expect("ends with </pre>");
    assert!(!error.contains('<') && !error.contains('>'), "{error}");
    assert!(Arc::ptr_eq(&before, &live.current()), "the current knowledge base stays");
}

#[tokio::test]
async fn reload_of_the_built_in_knowledge_base_says_there_is_nothing_to_reload() {
    let live = built_in();
    let before = live.current();
    let responses =
        dispatch_with(reload_from(ADMIN), None, Arc::clone(&live), Admins::new([ADMIN])).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains("nothing to reload"), "{sent:#?}");
    assert!(sent.text.contains("--knowledge DIR"), "{sent:#?}");
    assert!(Arc::ptr_eq(&before, &live.current()));
}

#[tokio::test]
async fn reload_from_anyone_else_is_refused_and_changes_nothing() {
    let dir = common::TempKnowledge::new("admin-reload-refused");
    let live = Arc::new(LiveKnowledge::new(matcher(), Some(dir.path().to_owned())));
    let before = live.current();
    dir.edit_entry_line("entries.toml", "trenin", "answer", |line| {
        line.replacen("answer = \"", "answer = \"Reloaded: ", 1)
    });
    for admins in [Admins::new([ADMIN]), Admins::default()] {
        let responses = dispatch_with(reload_from(READER), None, Arc::clone(&live), admins).await;
        let sent = only_one(&responses);
        assert_eq!(sent.text, "Sorry, only the bot's administrators may do that.");
    }
    assert!(Arc::ptr_eq(&before, &live.current()), "nothing was reloaded");
    assert!(!trenin_answer(&live).starts_with("Reloaded: "));
}

#[test]
fn reload_is_not_in_the_command_menu() {
    let menu: Vec<String> = article_qa_bot::bot::bot_commands(Say::new(knowledge(), Language::En))
        .into_iter()
        .map(|c| c.command)
        .collect();
    assert!(!menu.iter().any(|command| command.contains("reload")), "{menu:?}");
}
