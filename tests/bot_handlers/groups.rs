use super::*;

fn in_group(text: &str) -> Msg {
    Msg::text(text).in_group()
}

#[tokio::test]
async fn group_message_without_mention_is_ignored() {
    let responses = dispatch(in_group("who is dmitri trenin").update()).await;
    assert!(responses.sent_messages.is_empty(), "{:#?}", responses.sent_messages_text);
    assert!(responses.sent_chat_actions.is_empty());
}

#[tokio::test]
async fn group_message_mentioning_the_bot_is_answered() {
    assert_eq!(BOT_USERNAME, "article_test_bot");
    for text in [
        "@article_test_bot who is dmitri trenin",
        "who is dmitri trenin @article_test_bot",
        "@Article_Test_Bot who is dmitri trenin?",
    ] {
        let responses = dispatch(in_group(text).update()).await;
        let sent = only_one(&responses);
        assert_eq!(sent.reply_to, Some(QUESTION_ID), "{text}");
        assert_card(sent, "trenin");
    }
}

#[tokio::test]
async fn group_message_mentioning_another_bot_is_ignored() {
    let responses = dispatch(in_group("@other_bot who is dmitri trenin").update()).await;
    assert!(responses.sent_messages.is_empty(), "{:#?}", responses.sent_messages_text);
}

#[tokio::test]
async fn group_mention_of_a_longer_username_is_ignored() {
    for text in
        ["@article_test_bot2 who is dmitri trenin", "@article_test_botanist who is dmitri trenin"]
    {
        let responses = dispatch(in_group(text).update()).await;
        assert!(responses.sent_messages.is_empty(), "{text}: {:#?}", responses.sent_messages_text);
    }
}

#[tokio::test]
async fn group_mention_after_dotted_capital_i_is_answered() {
    // "İ" (2 bytes) lower-cases to "i̇" (3 bytes), so offsets in the lower-cased text are off.
    let responses = dispatch(in_group("İİİ who is dmitri trenin @article_test_bot").update()).await;
    let sent = only_one(&responses);
    assert_eq!(sent.reply_to, Some(QUESTION_ID));
}

#[tokio::test]
async fn group_reply_to_the_bot_is_answered() {
    let mut bot_message = Msg::text("an earlier answer").id(7).in_group();
    bot_message.0["from"] = json!({ "id": BOT_ID, "is_bot": true, "first_name": "Test" });
    let responses = dispatch(in_group("who is dmitri trenin").reply_to(bot_message).update()).await;
    let sent = only_one(&responses);
    assert_card(sent, "trenin");
}

#[tokio::test]
async fn group_command_is_answered() {
    let responses = dispatch(in_group("/ask who is dmitri trenin").update()).await;
    let sent = only_one(&responses);
    assert_card(sent, "trenin");
    let responses = dispatch(in_group("/help@article_test_bot").update()).await;
    let sent = only_one(&responses);
    assert!(sent.text.contains("/topics"));
}

#[tokio::test]
async fn group_command_for_another_bot_is_ignored() {
    let responses = dispatch(in_group("/help@other_bot").update()).await;
    assert!(responses.sent_messages.is_empty(), "{:#?}", responses.sent_messages_text);
}
