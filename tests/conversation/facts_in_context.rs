//! Facts asked about what was just said: from the entry or a linked one that gives them, declined
//! when none does (places, dates, ages, authors, what came after the article).

use crate::support::*;
use article_qa_bot::conversation::ReplyKind;

#[test]
fn a_number_the_article_does_not_give_is_declined_in_russian_and_chinese_too() {
    // The article names Russia's base in Tajikistan but gives no head count: "how many" in
    // Russian ("сколько") and Chinese ("多少") asks what no entry gives, as in English.
    assert_eq!(converse(&["Сколько солдат Россия держит в Таджикистане?"])[0], None);
    assert_eq!(converse(&["俄罗斯在塔吉克斯坦有多少士兵？"])[0], None);
    // A date the article does give is still answered (2015); the treaty's signing, which it
    // does not give, is not.
    let when =
        converse(&["Когда Россия и Китай подписали заявление о сопряжении ЕАЭС и «Пояса и пути»?"]);
    assert_eq!(when[0].as_deref(), Some("belt-and-road"));
    assert_eq!(converse(&["Когда был подписан Договор о добрососедстве?"])[0], None);
}

#[test]
fn a_question_the_article_does_not_answer_is_not_answered_with_the_context() {
    // Nothing in "who wrote this article?" points to the summit; read with the summit's words
    // added it would match the summit entry, which does not say who wrote the article.
    let turns = converse(&[
        "What does the author expect from the Biden-Putin summit this week?",
        "who wrote this article?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-putin-summit"));
    assert_eq!(turns[1], None);
}

#[test]
fn a_fact_about_what_was_just_said_that_it_lacks_is_declined_not_taken_from_a_namesake() {
    // The Biden-Putin summit entry gives no place; the BRICS summit entry gives one, of
    // another summit, and answers "Where was that summit held?" on its own.
    let alone = converse(&["Where was that summit held?"]);
    assert_eq!(alone[0].as_deref(), Some("brics-summit"));
    let turns = converse(&[
        "what does the author expect from the Biden-Putin summit?",
        "Where was that summit held?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-putin-summit"));
    assert_eq!(turns[1], None);
}

#[test]
fn what_happened_after_the_article_is_declined_in_context_too() {
    // The Kerry entry gives a "when" (2015), and a short "when" about "he" would take it; the
    // question asks about later, which no entry gives.
    let turns = converse(&["what did john kerry say about nato?", "when did he end up leaving?"]);
    assert_eq!(turns[0].as_deref(), Some("kerry"));
    assert_eq!(turns[1], None);
}

#[test]
fn an_age_asked_now_about_the_current_person_is_declined() {
    // The Kerry entry gives an age (NATO's 70 years), which a short "how old" about "he" would
    // take; "now" asks the present, which the article cannot give of anyone.
    let turns = converse(&["what did john kerry say about nato?", "how old is he now?"]);
    assert_eq!(turns[0].as_deref(), Some("kerry"));
    assert_eq!(turns[1], None);
}

#[test]
fn what_russia_kept_after_the_wests_coordination_is_the_seat_it_retained() {
    // The West's early coordination with Russia quotes its examples (the seat Russia retained
    // among them), so "what did russia get to keep?" finds the seat on its own as after it.
    let alone = converse(&["what did russia get to keep?"]);
    assert_eq!(alone[0].as_deref(), Some("un-security-council-seat"));
    let turns = converse(&[
        "How did the West treat Russia after the Cold War, according to the article?",
        "what did russia get to keep?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("un-security-council-seat"));
}

#[test]
fn what_an_upcoming_summit_agreed_is_declined_in_its_context() {
    let turns = converse(&[
        "What does the author expect from the Biden-Putin summit?",
        "so what did they agree on there?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-putin-summit"));
    assert_eq!(turns[1], None);
}

#[test]
fn who_wrote_the_op_ed_is_declined_in_its_context() {
    let turns = converse(&[
        "What problems did the Washington Post op-ed point out in Sino-Russian ties?",
        "who wrote it?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("washington-post-op-ed"));
    assert_eq!(turns[1], None);
}

#[test]
fn the_authors_name_after_a_named_analysts_idea_is_the_articles_author() {
    // Gabuev's entry names him, so "the author" was read as the idea's and the author's side
    // of it answered: the article never names its author.
    let turns = converse(&[
        "Who came up with the condominium idea?",
        "What's the author's name? I need it for a footnote.",
    ]);
    assert_eq!(turns, [Some("gabuev-condominium".to_owned()), None]);
    // Guard: the author of the claim is the one who made it.
    let claim = converse(&["what did kerry say about nato?", "who is the author of that claim?"]);
    assert_eq!(claim, [Some("kerry".to_owned()), Some("kerry".to_owned())]);
}

#[test]
fn a_fact_the_entry_gives_about_something_else_is_declined_about_the_person() {
    // Korolev's entry gives a place (he is a Russian scholar), not where he lectures.
    let turns = converse(&["who is alexander korolev?", "where does he lecture?"]);
    assert_eq!(turns, [Some("korolev".to_owned()), None]);
}

#[test]
fn a_fact_asked_in_words_of_another_entry_is_not_taken_from_the_current_one() {
    // The central-Asia entry gives places, but the message's own words are about the bases.
    let turns = converse(&[
        "does russia want confrontation with china in central asia?",
        "where does it keep military bases?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("diversification-not-confrontation"));
    assert_eq!(turns[1].as_deref(), Some("russian-bases"));
}

#[test]
fn where_a_scholar_teaches_is_his_university_when_the_article_names_it() {
    let turns = converse(&["who is kaczmarski", "where does he lecture?"]);
    assert_eq!(turns[1].as_deref(), Some("kaczmarski"));
    // Korolev's entry gives only his country.
    let turns = converse(&["who is korolev", "where does he teach?"]);
    assert_eq!(turns[0].as_deref(), Some("korolev"));
    assert_eq!(turns[1], None);
}

#[test]
fn what_was_said_at_an_event_is_not_the_moment_before_it() {
    let turns = converse(&[
        "who took the photo at the top?",
        "when was it taken",
        "what did they talk about at that meeting",
    ]);
    assert_eq!(turns[0].as_deref(), Some("photo-credit"));
    assert_eq!(turns[1].as_deref(), Some("photo-caption"));
    // The summit's entry shows only the handshake "prior to their talks".
    assert_eq!(turns[2], None, "{turns:?}");
}

#[test]
fn what_was_being_discussed_at_an_event_is_what_was_said_there() {
    // "discussing" was no word of what was said: the caption answered.
    let turns = converse(&[
        "What is showing the photo in the begin of article?",
        "what they was discussing in that meeting?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("photo-caption"));
    assert_eq!(turns[1], None, "{turns:?}");
}

#[test]
fn numbers_on_what_was_just_said_are_declined_when_it_gives_none() {
    // "any numbers on that?" asks a figure as "how many?" does; the bases' places are none.
    let turns = converse(&["where does russia have troops or bases?", "any numbers on that?"]);
    assert_eq!(turns[0].as_deref(), Some("russian-bases"));
    assert_eq!(turns[1], None, "{turns:?}");
}

#[test]
fn a_fact_the_context_lacks_is_taken_from_a_linked_entry_its_own_words_answer() {
    // The rapid reaction forces give no place of their bases; Russia's bases, which they link
    // to and the message's own words find, do. (It was declined about the forces.)
    let turns = converse(&[
        "What rapid reaction force does the CSTO have?",
        "and where does it keep bases?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("collective-rapid-reaction-forces"));
    assert_eq!(turns[1].as_deref(), Some("russian-bases"));
}

#[test]
fn what_came_of_an_event_still_to_come_is_declined_about_it() {
    // The summit was still to come: "that summit" is it, and what it decided the article
    // cannot know (the words "decided" and "summit" found other entries).
    let turns = converse(&[
        "What is the author expecting from the Biden-Putin meeting?",
        "what was decided at that summit?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-putin-summit"));
    assert_eq!(turns[1], None);
    // So is what came out of it ("came", a past tense, answered the summit's own entry).
    let turns = converse(&[
        "What is the author expecting from the Biden-Putin meeting?",
        "so what actually came out of that summit?",
    ]);
    assert_eq!(turns[1], None);
}

#[test]
fn one_word_of_a_weak_reading_does_not_lead_on_to_a_linked_entry() {
    // "long" is the only word the treaty (twenty years long), which the ministers' entry leads
    // to, shares with the message; the call's length is nowhere in the article.
    let turns = converse(&[
        "who are wang yi and lavrov",
        "what did they talk about",
        "how long was their call",
    ]);
    assert_eq!(turns[1].as_deref(), Some("wang-yi"));
    assert_eq!(turns[2], None);
}

#[test]
fn whether_an_offer_was_taken_up_is_declined_in_its_context() {
    let turns = converse(&[
        "what weapons is russia selling china",
        "who else did they offer them to",
        "did turkey buy them",
    ]);
    assert_eq!(turns[1].as_deref(), Some("turkey-jets-offer"));
    assert_eq!(turns[2], None);
}

#[test]
fn what_the_matcher_declines_for_a_missing_name_is_not_taken_from_the_context() {
    // On its own the question is declined (McFaul's entry names Obama's administration, never
    // Medvedev); after the disputes, the context must not carry it over to McFaul.
    let turns = converse(&[
        "did relations improve under medvedev",
        "what went wrong",
        "what did obama think about medvedev",
    ]);
    assert_eq!(turns[2], None);
}

#[test]
fn when_someone_said_what_the_article_leaves_undated_is_declined() {
    // Trenin's words carry no date in the article.
    let turns = converse(&[
        "why is it in russia's interest to stay friends with china",
        "who said it would be a disaster otherwise",
        "when did he say that",
    ]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    assert_eq!(turns[2], None);
}

#[test]
fn whether_advice_was_taken_is_not_a_request_for_the_advice() {
    // "advice" asks a recommendation; "has Biden taken it?" asks what came after the article.
    let turns = converse(&[
        "what does mearsheimer recommend?",
        "and what does he think russia will do eventually",
        "has biden actually taken his advice?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("mearsheimer-prediction"));
    assert_eq!(turns[2], None);
}

#[test]
fn who_did_an_act_the_whole_sentence_says_is_that_sentence() {
    // The reactors are one project of a sentence that opens "encouraged by the top political
    // echelons in both countries": who encouraged them, it says. (Who built the lunar
    // station, another project of it, it does not: see below.)
    let turns = replies(&[
        "Which Chinese nuclear plants is Rosatom involved with?",
        "who encouraged this?",
    ]);
    assert_eq!(turns[0].1.as_deref(), Some("rosatom-reactors"));
    assert_eq!(turns[1], (ReplyKind::Answered, Some("high-tech-frontiers".to_owned())));
}

#[test]
fn who_drives_what_part_of_a_sentence_names_is_whom_the_sentence_says_urged_it() {
    // "who is pushing that?" stayed with the reactors, which say no one pushes them; the whole
    // sentence says they are "encouraged by the top political echelons".
    for asked in ["who is pushing that?", "who's behind it?", "who's driving these?"] {
        let turns = converse(&["Which Russian company is involved in the Xudapu project?", asked]);
        assert_eq!(turns[0].as_deref(), Some("rosatom-reactors")); // guard
        assert_eq!(turns[1].as_deref(), Some("high-tech-frontiers"), "{asked}");
    }
    // ... and who did ("who pushed for all this?" went to another entry by "push").
    for asked in ["who pushed for all this", "who encouraged that?"] {
        let turns = converse(&["Which Russian company is involved in the Xudapu project?", asked]);
        assert_eq!(turns[1].as_deref(), Some("high-tech-frontiers"), "{asked}");
    }
}

#[test]
fn who_drives_what_a_quote_points_back_to_is_said_before_it_in_its_paragraph() {
    // "these developments" are the joint projects of the sentences before, "encouraged by the
    // top political echelons"; "who is behind them?" was declined.
    let turns =
        converse(&["could all these joint projects be undone overnight?", "who is behind them?"]);
    assert_eq!(turns[0].as_deref(), Some("hard-to-reverse")); // guard
    assert_eq!(turns[1].as_deref(), Some("high-tech-frontiers"));
}

#[test]
fn who_pushes_it_asked_in_no_other_word_finds_no_entry_by_the_verb() {
    // "push" alone found the entry on China pushing Russia aside: a confident wrong answer.
    for first in
        ["why is a detente premature?", "what do the two leaders say about the relationship?"]
    {
        let turns = replies(&[first, "and who is pushing it?"]);
        assert_eq!(turns[1], (ReplyKind::Declined, None), "{first}");
    }
}

#[test]
fn who_did_an_act_the_current_entry_never_reports_is_declined_about_it() {
    // The treaty's entry gives its anniversary, not who signed it; the 2015 joint statement
    // is the entry that reports a signing, of another text.
    let turns = replies(&["what is the treaty of good-neighborliness?", "who signed it?"]);
    assert_eq!(turns[0].1.as_deref(), Some("good-neighborliness-treaty"));
    assert_eq!(turns[1], (ReplyKind::Declined, None));
    // An act the entry reports is still answered with it: Biden decided the withdrawal.
    let turns = converse(&["why did the us leave afghanistan?", "who decided on it?"]);
    assert_eq!(turns[1], turns[0]);
    // And one its own words name with confidence goes where they point.
    let turns = converse(&[
        "how do russia and china split roles in central asia",
        "who called it a condominium?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("gabuev-condominium"));
    // An act in an irregular past tense is an act: no one is said to have built the lunar
    // station, and after the summit the photo shows, "who took it?" asks the photo's credit,
    // which its own words find.
    let turns = replies(&["what is the lunar station project?", "who built it?"]);
    assert_eq!(turns[0].1.as_deref(), Some("lunar-station"));
    assert_eq!(turns[1], (ReplyKind::Declined, None));
    let turns = converse(&["who is in the photo?", "what event was that", "who took it"]);
    assert_eq!(turns[1].as_deref(), Some("brics-summit"));
    assert_eq!(turns[2].as_deref(), Some("photo-credit"));
}

#[test]
fn a_time_or_a_region_asked_by_its_kind_alone_is_asked_of_what_was_just_said() {
    // The treaty's quote places it "in the post-Cold War period": "in what period exactly?"
    // names only the kind of fact (not "which ones exactly"), no topic to move on to.
    let turns = converse(&[
        "What treaty turns 20 this year?",
        "why does it matter",
        "in what period exactly",
    ]);
    assert_eq!(turns[0].as_deref(), Some("good-neighborliness-treaty")); // guard
    assert_eq!(turns[2].as_deref(), Some("good-neighborliness-treaty"));
    // "in which part of the world?" asks where, as "in which region?" does: the neorealist
    // logic's quote says "in Eurasia"; the CSTO's entry gives its region too.
    let turns = converse(&[
        "Why should Russia be worried about China's rise according to realist logic?",
        "in which part of the world?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("realist-logic")); // guard
    assert_eq!(turns[1].as_deref(), Some("realist-logic"));
    let turns = converse(&["what is the CSTO?", "in which part of the world?"]);
    assert_eq!(turns[1].as_deref(), Some("csto"));
}

#[test]
fn a_short_fact_question_whose_words_the_current_quote_holds_is_asked_of_it() {
    // The G-8's quote goes on "and since 2002 it was able to coordinate activities with NATO":
    // "since when with NATO?" asks that part of it (the NATO-Russia Council's own entry, as the
    // G-8 gives no date of its own), not Medvedev's words on NATO, which its own words read
    // best. ("since" opens a fragment as "by" or "in" do.)
    let turns = converse(&[
        "Did the West humiliate Russia after the Cold War like Germany after WWI?",
        "what did russia get to keep?",
        "anything else?",
        "since when with NATO?",
    ]);
    assert_eq!(turns[2].as_deref(), Some("g8")); // guard
    assert_eq!(turns[3].as_deref(), Some("nato-russia-council"));
}

#[test]
fn a_bare_russian_when_or_where_asks_it_of_what_was_just_said() {
    // "когда" and "где" weigh as words of their own (as "when" and "where"), but alone they
    // name no topic: "когда?" after the phone call asks its date, not when the article was
    // written; "а где?" after the bases asks theirs, not where the Iran deal stands.
    let turns = converse(&["Когда Си и Путин говорили по телефону?", "когда?"]);
    assert_eq!(turns[1].as_deref(), Some("december-phone-call"));
    let turns = converse(&["Что такое ОДКБ?", "А где у России базы?", "Когда это было?", "А где?"]);
    assert_eq!(turns[1].as_deref(), Some("russian-bases"), "guard");
    assert_ne!(turns[2].as_deref(), Some("article-date"));
    assert_eq!(turns[3].as_deref(), Some("russian-bases"));
}

#[test]
fn when_something_just_said_was_said_is_asked_of_it() {
    // "say" names no topic of its own: the time is the current answer's ("in recent years"),
    // not the article's date, which a bare "when" would reach.
    let turns = converse(&[
        "How do the leaders of China and Russia describe their relationship these days?",
        "when did they say that?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("unprecedented-high-level"));
    assert_eq!(turns[1].as_deref(), Some("unprecedented-high-level"));
}

#[test]
fn when_someone_left_a_deal_the_article_names_without_a_date_is_declined() {
    // The JCPOA's entry, linked to the common ground on Iran, says Biden wants to rejoin the
    // deal, not when the U.S. left it.
    let turns = converse(&[
        "Is there anything Washington and Moscow actually agree on?",
        "when did the us leave that deal?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("iran-common-ground"));
    assert_eq!(turns[1], None);
}

#[test]
fn a_question_the_article_leaves_open_is_declined_with_what_it_does_give() {
    // The article gives no publication date: the reader sees why (its clue, a summit "this
    // week") but the reply is a decline, as in every language, not an answer with a quote.
    for question in [
        "When was this article published?",
        "когда опубликована эта статья?",
        "这篇文章是什么时候发表的？",
    ] {
        let turns = replies(&[question]);
        assert_eq!(turns[0], (ReplyKind::Declined, Some("article-date".to_owned())), "{question}");
    }
    // A follow-up still reads it as what was just said: "tell me more" is the summit.
    let turns = converse(&["when was the article written?", "tell me more"]);
    assert_eq!(turns[1].as_deref(), Some("biden-putin-summit"));
}

#[test]
fn how_old_of_an_entry_giving_an_age_is_that_entry() {
    // The treaty's quote gives its age (the 20th anniversary): "old" names the kind of fact
    // asked, not a topic leading to another entry (it went to the article's date, declined).
    let turns = converse(&["Which treaty are Russia and China celebrating?", "how old is it"]);
    assert_eq!(turns[0].as_deref(), Some("good-neighborliness-treaty"));
    assert_eq!(turns[1].as_deref(), Some("good-neighborliness-treaty"));
    // Guard: an age the article does not give is declined.
    assert_eq!(converse(&["Who is Putin?", "how old is he?"])[1], None);
}

#[test]
fn a_thing_of_the_quote_after_those_is_the_current_entry_when_its_own_words_are_torn() {
    // "those ties" are the treaty's "improved ties in the post-Cold War period"; alone the
    // question is torn between entries on improving ties, one of them linked to the treaty.
    let turns = converse(&[
        "what did the article say about the treaty",
        "in what era did those ties improve?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("good-neighborliness-treaty")); // guard
    assert_eq!(turns[1].as_deref(), Some("good-neighborliness-treaty"));
}

#[test]
fn a_fact_of_the_thing_the_quote_names_is_declined_about_it() {
    // The détente's quote names "the Biden-Putin summit this week": "the summit" is that one,
    // whose place the article never gives, not the BRICS summit in Brasilia.
    let turns = converse(&[
        "could washington and moscow team up to check china's rise?",
        "where is the summit held?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("detente-to-check-china")); // guard
    assert_eq!(turns[1], None);
    // Named with its own words, the BRICS summit is still found.
    let turns = converse(&[
        "could washington and moscow team up to check china's rise?",
        "when was the summit with Xi in Brasilia?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("brics-summit"));
}

#[test]
fn a_fact_of_a_part_of_the_current_quote_is_that_part() {
    // The G-8 sentence names the NATO-Russia Council: when it started was declined about the
    // G-8 sentence, though the council's own entry, part of that sentence, gives the year.
    let turns = converse(&[
        "Did the West treat Russia badly after the cold war?",
        "what did russia get then?",
        "when did the nato-russia council start",
    ]);
    assert_eq!(turns[1].as_deref(), Some("g8")); // guard
    assert_eq!(turns[2].as_deref(), Some("nato-russia-council"));
    // A summit the current quote names is still not another summit.
    let turns = converse(&[
        "what does the article say about the biden putin summit",
        "where was the summit held?",
    ]);
    assert_eq!(turns[1], None);
}

#[test]
fn when_someone_held_an_office_the_article_leaves_undated_is_declined() {
    // McFaul's entry names the administration he served, not when: "when did he serve as
    // ambassador?" was his quote again.
    let turns = converse(&[
        "Which former Obama administration official is cited in the piece?",
        "when did he serve as ambassador?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("mcfaul")); // guard
    assert_eq!(turns[1], None);
    assert_eq!(converse(&["when was mcfaul ambassador to russia?"]), [None]);
}

#[test]
fn a_fact_the_current_quote_lacks_is_taken_from_a_linked_entry_that_gives_it() {
    // Trenin's words give no span of time: "how long did they build the friendship?" was
    // declined about them, though the entry they link to says "over the past three decades".
    let turns =
        converse(&["who is trenin", "the quote pls", "how long did they build the friendship?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin")); // guard
    assert_eq!(turns[2].as_deref(), Some("russia-china-friendship-interest"));
}

#[test]
fn since_when_alone_asks_the_time_of_what_was_just_said() {
    // "It has built them over the past three decades": "since" alone found the worsening of
    // ties with the US, which "progressively worsened since" the 2000s.
    let turns = converse(&["is it in russia's interest to be friends with china?", "since when?"]);
    assert_eq!(turns[0].as_deref(), Some("russia-china-friendship-interest"));
    assert_eq!(turns[1].as_deref(), Some("russia-china-friendship-interest"));
    // With a topic of its own, "since" still reads with it.
    let turns = converse(&[
        "How did the West treat post-Soviet Russia, in Trenin's view?",
        "compared to who",
        "examples?",
        "since when the council",
    ]);
    assert_eq!(turns[3].as_deref(), Some("nato-russia-council"));
}

#[test]
fn what_came_of_that_thing_of_the_quote_is_beyond_the_article() {
    // The photo was taken before the BRICS summit's talks: what was discussed there the article
    // cannot say. "That summit" pointed back to nothing ("that" before a noun is no pronoun),
    // and the message's own words found the Biden administration's entry.
    let turns = replies(&["what does the photo show?", "what was discussed at that summit"]);
    assert_eq!(turns[0].1.as_deref(), Some("photo-caption")); // guard
    assert_eq!(turns[1], (ReplyKind::Declined, None));
    // Guard: where it was held, the quote's summit says.
    let turns = converse(&["what does the photo show?", "where was that summit held?"]);
    assert_eq!(turns[1].as_deref(), Some("brics-summit"));
}

#[test]
fn an_act_asked_with_its_particle_is_the_phrase_the_entry_reports() {
    // "pulled" alone is no withdrawal: the act read as unreported, the follow-up was declined.
    let turns =
        converse(&["tell me about the anti-ballistic missile treaty", "so who pulled out of it?"]);
    assert_eq!(turns[0].as_deref(), Some("abm-treaty"));
    assert_eq!(turns[1].as_deref(), Some("abm-treaty"));
}

#[test]
fn what_that_means_for_someone_the_quote_names_asks_of_it() {
    // "the US" alone found Russia's relations with the United States worsening.
    let turns = converse(&[
        "What supposedly holds China and Russia together, according to skeptics?",
        "what does that mean for the US?",
    ]);
    assert_eq!(turns, [Some("seam".to_owned()), Some("seam".to_owned())]);
    // Guard: what Moscow did about it asks Moscow's move, though the SCO's quote names Russia.
    let turns = converse(&["What's the SCO?", "what did moscow do about it"]);
    assert_eq!(turns[1].as_deref(), Some("moscow-steers-sco"));
}

#[test]
fn in_what_capacity_asks_who_someone_was() {
    // "capacity" named no kind of fact: declined, though Kerry's quote gives his office.
    let turns =
        converse(&["Checking a quote: how did John Kerry describe NATO?", "In what capacity?"]);
    assert_eq!(turns[0].as_deref(), Some("kerry"));
    assert_eq!(turns[1].as_deref(), Some("kerry"));
}

#[test]
fn a_date_someone_named_is_not_given_for_is_declined_and_they_stay_the_subject() {
    // "when did Trenin say that?" went back to Trenin's words, which give no date.
    let turns = converse(&[
        "trenin quote on china?",
        "how long have they been building this friendship",
        "when did trenin say that",
        "what did he say about the soviet collapse",
    ]);
    assert_eq!(turns[1].as_deref(), Some("russia-china-friendship-interest"));
    assert_eq!(turns[2], None);
    // The decline is about Trenin, so "he" is Trenin next.
    assert_eq!(turns[3].as_deref(), Some("trenin-west-coordination"));
    // Gabuev's term has no date either; what it means is still his entry's to say.
    let turns = converse(&[
        "Whose term is that 'condominium' thing?",
        "Does that mean they never compete there?",
        "When did Gabuev first call it a condominium?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("gabuev-condominium"));
    assert_eq!(turns[2], None);
}

#[test]
fn a_countrys_reaction_to_what_was_just_said_is_declined_when_not_given() {
    // After the pandemic's challenges, "how did Beijing react to that?" quoted them again:
    // only Russia's response is in them.
    let turns = converse(&[
        "did the pandemic make things worse between Moscow and Beijing?",
        "how did Beijing react to that?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("pandemic-problems"));
    assert_eq!(turns[1], None);
}

#[test]
fn whether_others_echoed_what_was_said_is_what_they_said() {
    // After the leaders' December call, "and did their foreign ministers echo that?" was
    // declined: "echo", unknown, outweighed the foreign ministers.
    let turns = converse(&[
        "what did Xi and Putin praise on their December call?",
        "and did their foreign ministers echo that?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("december-phone-call"));
    assert!(matches!(turns[1].as_deref(), Some("lavrov" | "wang-yi")), "{:?}", turns[1]);
}

#[test]
fn a_year_the_current_quote_never_states_is_declined() {
    // "what year was the call tho" after the call of "late December" quoted it again.
    let turns = converse(&[
        "what did xi and putin say about ties on their call",
        "what year was the call tho",
    ]);
    assert_eq!(turns[0].as_deref(), Some("december-phone-call"));
    assert_eq!(turns[1], None);
    // Guard: a quote stating the year answers it.
    let turns = converse(&[
        "did the belt and road and the eaeu sign anything together?",
        "what year was that?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("belt-and-road"));
}

#[test]
fn a_united_front_against_china_is_an_alliance_to_check_it() {
    let turns = converse(&[
        "What does the author expect from the Biden-Putin summit?",
        "could the summit create a united front against china?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-putin-summit"));
    assert_eq!(turns[1].as_deref(), Some("detente-to-check-china"));
}

#[test]
fn who_people_the_article_leaves_unnamed_are_is_declined() {
    // "some skeptics" of the seam are never named: the seam's quote came again.
    for asked in ["who were those skeptics?", "name one of those skeptics?"] {
        let turns = converse(&["can the us drive a wedge between beijing and moscow?", asked]);
        assert_eq!(turns[0].as_deref(), Some("seam"));
        assert_eq!(turns[1], None, "{asked}");
    }
    // "some scholars" go on to one named: Kaczmarski.
    let turns = converse(&[
        "what problems do people see in the china-russia partnership?",
        "who are these scholars?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("kaczmarski"));
}

#[test]
fn when_words_were_said_is_declined_of_a_quote_stating_no_date() {
    // Mearsheimer's prediction is undated: "when" was taken as given by "eventually".
    let turns =
        converse(&["What does Mearsheimer predict Russia will do?", "when did he say that?"]);
    assert_eq!(turns[0].as_deref(), Some("mearsheimer-prediction"));
    assert_eq!(turns[1], None);
    // Guard: Kerry's words are dated (2015).
    let turns = converse(&["what did john kerry say about nato?", "when did he say that?"]);
    assert_eq!(turns[1].as_deref(), Some("kerry"));
}

#[test]
fn which_particular_ones_of_a_kind_the_current_quote_does_not_list_is_declined() {
    // "such as allowing Chinese investors to acquire a majority shareholding in energy
    // projects" lists concessions: "which energy projects exactly?" was answered with it.
    let turns = replies(&[
        "what concessions could moscow be forced to make?",
        "which energy projects exactly?",
    ]);
    assert_eq!(turns[0].1.as_deref(), Some("energy-majority-stake")); // guard
    assert_eq!(turns[1], (ReplyKind::Declined, None));
    // A quote listing them right after their name still answers.
    let turns =
        converse(&["what joint high-tech projects do they have?", "which projects exactly?"]);
    assert_eq!(turns[1].as_deref(), Some("high-tech-frontiers"));
}
