use super::*;

/// Without Telegram: every entry's card and buttons fit Telegram's limits, so no answer can be
/// refused for its size.
#[test]
fn every_entry_card_fits_telegram_limits() {
    for entry in &knowledge().entries {
        let card = Say::new(knowledge(), Language::En).entry_reply(entry);
        html::check(&card.html).unwrap_or_else(|err| panic!("{}: {err}", entry.id));
        assert!(
            Action::Answer(entry.id.clone()).encode().len() <= MAX_CALLBACK_BYTES,
            "{}",
            entry.id
        );
        for button in card.buttons.iter().flatten() {
            let data = button.action.encode();
            assert!(data.len() <= MAX_CALLBACK_BYTES, "{data}");
            assert_valid_action(&data);
        }
    }
}
