//! The article read in order: "what comes next in the article?", "and before that?" ask for the
//! passage right after or before the one just quoted.

use crate::support::*;

#[test]
fn what_comes_next_is_the_passage_after_the_one_quoted() {
    // Russia's sphere of influence in Central Asia closes the op-ed's list; the pandemic's
    // challenges follow it. The same entry was quoted again.
    let turns = converse(&[
        "why does central asia matter to russia?",
        "what comes next in the article after that?",
        "and before that?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("central-asia-sphere"));
    assert_eq!(turns[1].as_deref(), Some("pandemic-problems"));
    assert_eq!(turns[2].as_deref(), Some("central-asia-sphere"));
    assert_eq!(
        converse(&["when is the treaty anniversary?", "what does the article say next?"])[1]
            .as_deref(),
        Some("sceptics-view")
    );
    // Russian and Chinese, read whole (a Chinese message without spaces is one word).
    for next in ["что дальше?", "Что дальше?!", "接下来呢？"] {
        let turns = converse(&["what is the cr929?", next]);
        assert_eq!(turns[1].as_deref(), Some("lunar-station"), "{next}");
    }
}

#[test]
fn what_was_said_before_is_the_passage_ending_where_the_quote_starts() {
    let turns = converse(&[
        "did china's belt and road and the eurasian union ever sign anything together?",
        "what was said right before that?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("belt-and-road"));
    assert_eq!(turns[1].as_deref(), Some("diversification-not-confrontation"));
    // Of the passages ending there, the sentence itself (the foreign ministers), not the
    // Lavrov profile inside it.
    let turns =
        converse(&["when is the treaty anniversary?", "what's the previous sentence about?"]);
    assert_eq!(turns[1].as_deref(), Some("wang-yi"));
}

#[test]
fn what_came_of_it_is_still_where_the_answer_leads() {
    // "what next?" asks what came of it, the answer's curated lead, and a question naming its
    // own topic after "next" is no request for the next passage.
    let turns = converse(&["when is the treaty anniversary?", "what next?"]);
    assert_eq!(turns[1].as_deref(), Some("russia-china-friendship-interest"));
    let turns = converse(&["what is the cr929?", "what is the next joint project after that?"]);
    assert_ne!(turns[1].as_deref(), Some("lunar-station"));
}
