use super::*;

fn assert_not_text_hint(responses: &Responses) {
    let sent = only_one(responses);
    assert!(!sent.text.contains('\n'), "one line: {sent:#?}");
    assert!(sent.text.contains("only read text"), "{sent:#?}");
    assert!(sent.buttons.is_empty());
}

#[tokio::test]
async fn sticker_in_private_chat_gets_a_one_line_hint() {
    let responses = dispatch(Msg::content(json!({ "sticker": { "file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512, "height": 512, "is_animated": false, "is_video": false } })).update()).await;
    assert_not_text_hint(&responses);
}

#[tokio::test]
async fn photo_in_private_chat_gets_a_one_line_hint() {
    let responses = dispatch(Msg::content(json!({ "photo": [{ "file_id": "p1", "file_unique_id": "u2", "width": 90, "height": 90 }] })).update()).await;
    assert_not_text_hint(&responses);
}

#[tokio::test]
async fn sticker_in_a_group_is_ignored() {
    let responses = dispatch(Msg::content(json!({ "sticker": { "file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512, "height": 512, "is_animated": false, "is_video": false } })).in_group().update()).await;
    assert!(responses.sent_messages.is_empty(), "{:#?}", responses.sent_messages);
}
