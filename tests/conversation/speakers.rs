//! Who said that, who disagrees, the source, the author's view of someone's words: the speaker a
//! quote names.

use crate::support::*;
use article_qa_bot::conversation::ReplyKind;

#[test]
fn the_authors_view_of_what_someone_said_is_the_authors_entry() {
    let turns = converse(&[
        "what will russia do according to mearsheimer?",
        "does the author agree with him?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("mearsheimer-prediction"));
    assert_eq!(turns[1].as_deref(), Some("low-trust"), "the author's reply, not Mearsheimer's");
}

#[test]
fn who_made_an_argument_is_the_entry_reporting_it() {
    // The council entry reports no one's view; the linked entry on Trenin's account does.
    let turns = converse(&["what is the nato-russia council?", "and who made that argument?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin-west-coordination"));
}

#[test]
fn the_authors_reply_is_found_one_entry_further_on() {
    // The coalition entry links only to other parts of Mearsheimer's view; the author's reply
    // is linked from them.
    let turns = converse(&[
        "what coalition does mearsheimer foresee against china?",
        "is the author convinced by him?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("balancing-coalition"));
    assert_eq!(turns[1].as_deref(), Some("low-trust"));
}

#[test]
fn which_official_said_that_asks_for_someone_named_not_the_author() {
    // The West's reassurances are the author's account of what Washington said: the official
    // is the Secretary of State the next entry quotes. (It answered an entry on documents.)
    let turns = converse(&[
        "What did Washington tell Moscow about NATO expansion?",
        "Which politician said that?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("west-reassurances"));
    assert_eq!(turns[1].as_deref(), Some("kerry"));
}

#[test]
fn who_disagrees_asks_for_someone_named_on_the_other_side() {
    // After the author's case, the scholar it answers; it matched an entry on the US presence.
    let turns = converse(&[
        "What is the article's central argument?",
        "Does anybody disagree with the author?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("main-argument"));
    assert_eq!(turns[1].as_deref(), Some("mearsheimer"));
}

#[test]
fn who_argues_a_view_of_some_scholars_is_the_scholar_named() {
    // The sceptics' entry gives the view of "some scholars and commentators"; it leads to the
    // entry on the one the article names.
    let turns =
        converse(&["what do the sceptics say about china-russia ties?", "who argues that?"]);
    assert_eq!(turns[0].as_deref(), Some("sceptics-view"));
    assert_eq!(turns[1].as_deref(), Some("kaczmarski"));
}

#[test]
fn who_said_it_is_the_speaker_whose_words_the_message_quotes() {
    // The author's view leads to Trenin's; "disaster" is his word, not the author's.
    let turns = converse(&[
        "why is staying friends with china in russia's interest",
        "who said it would otherwise be a disaster",
    ]);
    assert_eq!(turns[0].as_deref(), Some("russia-china-friendship-interest"));
    assert_eq!(turns[1].as_deref(), Some("trenin"));
}

#[test]
fn who_says_so_asks_who_said_the_last_answer() {
    // "who says so?" asks who said what was just answered, as "who said that?" does: of the
    // author's claim that friendship with China is in Russia's interest, Trenin, whose words
    // the article gives for it (its `evidence`).
    let turns = converse(&["why is russia friendly with china", "who says so"]);
    assert_eq!(turns[0].as_deref(), Some("russia-china-friendship-interest"));
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    let turns = converse(&["what does the west say about nato expansion", "who said so"]);
    assert_eq!(turns[0].as_deref(), Some("nato-enlargement"));
    assert_eq!(turns[1].as_deref(), Some("nato-enlargement"));
}

#[test]
fn which_us_official_said_that_asks_for_someone_named_among_the_linked_entries() {
    // The West's reassurances name no one; Kerry's words, which they lead to, do.
    let turns = converse(&[
        "how did the west try to reassure russia about nato",
        "which us official said that",
    ]);
    assert_eq!(turns[0].as_deref(), Some("west-reassurances"));
    assert_eq!(turns[1].as_deref(), Some("kerry"));
}

#[test]
fn who_said_that_is_answered_by_a_quote_that_names_the_speaker() {
    // The contrast of China and Russia is Kaczmarski's, but its quote never names him; his
    // profile quotes him by name.
    let turns = converse(&["does china care more about stability than russia", "who said that"]);
    assert_eq!(turns[0].as_deref(), Some("stability-vs-challenge"));
    assert_eq!(turns[1].as_deref(), Some("kaczmarski"));
    // A quote that names its speaker answers it itself.
    let turns = converse(&["should the us ally with russia against china", "who said that"]);
    assert_eq!(turns[0].as_deref(), Some("mearsheimer"));
    assert_eq!(turns[1].as_deref(), Some("mearsheimer"));
}

#[test]
fn who_coined_a_term_is_the_speaker_unless_the_words_quote_another() {
    // "term" is a word of the accommodation entry's samples ("come to terms"): that weak reading
    // was taken for the reader quoting someone else, and answered over Gabuev, who coined it.
    let turns =
        converse(&["what is this condominium thing in central asia", "who came up with that term"]);
    assert_eq!(turns[0].as_deref(), Some("gabuev-condominium"));
    assert_eq!(turns[1].as_deref(), Some("gabuev-condominium"));
}

#[test]
fn who_made_a_point_a_scholar_is_quoted_making_is_that_scholar_there() {
    // The West's coordination with Russia is curated as Trenin's view: its quote names him. As
    // "some scholars", "who made that point?" answered his profile, whose quote is another view.
    let turns =
        converse(&["How did the West treat Russia after the Cold War?", "who made that point?"]);
    assert_eq!(turns[0].as_deref(), Some("trenin-west-coordination"));
    assert_eq!(turns[1].as_deref(), Some("trenin-west-coordination"));
    // "he" is Trenin: where he works is his profile's.
    let turns =
        converse(&["How did the West treat Russia after the Cold War?", "where does he work?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
}

#[test]
fn someones_position_on_it_is_in_the_quote_that_names_them_with_it() {
    // "it" is the Iran deal, whose quote gives Biden's declared interest in reviving it; the
    // message's own words found the Biden administration's entry and answered that.
    let turns = converse(&[
        "Is there any area where Russia and the US agree?",
        "what's the deal called?",
        "what is biden's position on it?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("jcpoa"));
    assert_eq!(turns[2].as_deref(), Some("jcpoa"));
    // Someone the current quote does not name is asked about elsewhere.
    let turns = converse(&[
        "what are the disputes between the us and russia",
        "what did lavrov say about it?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
}

#[test]
fn asking_for_the_source_gives_who_said_it() {
    // Alone, "what's the source?" touched nothing and was declined.
    let turns = converse(&[
        "Is Russia's alternative to friendship with China a disaster?",
        "what's the source?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("trenin"));
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    // An expert asked for, with "any": someone named, not the author's own research.
    let turns = converse(&[
        "Why does Russia want to stay friendly with China?",
        "any expert quote on that?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    // In Russian and Chinese too; not "a source of energy".
    let turns = converse(&["Кто такой Тренин?", "Какой источник?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    let turns = converse(&["特列宁是谁？", "出处？"]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    let turns = replies(&["Кто такой Тренин?", "Россия источник энергии?"]);
    assert_ne!(turns[1].1.as_deref(), Some("trenin"));
    // Not the source of something the message names.
    let turns = converse(&["Who is in the photo at the top?", "what's the source of the photo?"]);
    assert_eq!(turns[1].as_deref(), Some("photo-caption"));
}

#[test]
fn whether_the_author_agrees_needs_no_word_pointing_back() {
    // "agree" alone read Iran, on which both powers agree.
    let turns = converse(&[
        "What did Mearsheimer advise the Biden team?",
        "why?",
        "does the author agree?",
        "why not?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("balancing-coalition"));
    assert_eq!(turns[2].as_deref(), Some("low-trust"));
    assert_eq!(turns[3].as_deref(), Some("low-trust"));
}

#[test]
fn what_a_quoted_speaker_was_talking_about_is_in_the_quote() {
    // "he" would find Medvedev's profile; what he was talking about is the quote itself.
    for question in ["what was he talking about?", "what's he referring to?"] {
        let turns = converse(&["What did Medvedev say in 2008?", question]);
        assert_eq!(turns[0].as_deref(), Some("medvedev-2008-nato"));
        assert_eq!(turns[1].as_deref(), Some("medvedev-2008-nato"), "{question}");
    }
    // "whose successor?" of "the presidency of his successor": the quote says whose.
    let turns =
        converse(&["What happened in 2009 regarding US-Russia relations?", "whose successor?"]);
    assert_eq!(turns[0].as_deref(), Some("improvement-attempts"));
    assert_eq!(turns[1].as_deref(), Some("improvement-attempts"));
}

#[test]
fn the_view_of_someone_the_article_never_quotes_is_declined_in_a_dialogue_too() {
    // On its own the question is declined (Biden's view is nowhere); pointing back, it was
    // read with the context and found Mearsheimer's advice to Biden.
    let turns = converse(&[
        "Could the US split China and Russia apart?",
        "and what does the author think?",
        "what does biden think about that?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("main-argument"));
    assert_eq!(turns[2], None);
    // Someone the article quotes is still answered.
    let turns = converse(&["What did Medvedev say in 2008?", "what does lavrov think about that?"]);
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
}

#[test]
fn who_said_a_fragment_is_answered_with_the_sentence_that_names_its_source() {
    // The op-ed's point about territory quotes a fragment, "lingering resentment ...", which
    // names no source: "who said that?" repeated it. The op-ed's sentence names the paper.
    let turns =
        converse(&["what history still irritates the Chinese about Russia?", "who said that?"]);
    assert_eq!(turns[0].as_deref(), Some("territorial-concessions"));
    assert_eq!(turns[1].as_deref(), Some("washington-post-op-ed"));
    let turns =
        converse(&["what does russia say about europe's security framework", "who said that?"]);
    assert_eq!(turns[1].as_deref(), Some("foreign-policy-concept-2016"));
    // Writing about it asks the same, not who wrote a text (the op-ed's author is not named).
    let turns = converse(&[
        "what history still irritates the Chinese about Russia?",
        "who wrote about that?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("washington-post-op-ed"));
    let turns = converse(&["what did the washington post op-ed say", "who wrote it?"]);
    assert_eq!(turns[1], None);
}

#[test]
fn who_said_a_sentence_of_no_ones_is_the_named_passage_holding_it() {
    // The West's treatment of Russia is the author's sentence, part of what "scholars like
    // Trenin have explained": "who said that?" answered the sentence again.
    let question = "did the west treat russia the way germany was treated after world war one?";
    let turns = converse(&[question, "who said that?"]);
    assert_eq!(turns[0].as_deref(), Some("not-like-germany"));
    assert_eq!(turns[1].as_deref(), Some("trenin-west-coordination"));
    // A verb of saying in the past is no act the entry must report: "who claimed that?" was
    // declined as "who signed it?" is of a treaty no one is said to have signed.
    let turns =
        converse(&["did the west humiliate russia after the cold war?", "who claimed that?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin-west-coordination"));
}

#[test]
fn who_disagrees_is_the_linked_view_set_against_what_was_said() {
    // After the leaders' "unprecedentedly high level", the other side is the sceptics'
    // ("Regardless of this positive rhetoric, ..."), not the leaders' own phone call, the first
    // linked entry naming someone; and "who says otherwise?", "do all scholars agree?", "is
    // everyone convinced?" ask the same.
    for question in [
        "who disagrees?",
        "who says otherwise?",
        "do all scholars agree?",
        "is everyone convinced?",
        // A claim put as a question ("disagree" found the U.S.-Russia disputes).
        "But some experts disagree, yes?",
        "but some experts disagree",
    ] {
        let turns = converse(&["how do the leaders describe relations these days", question]);
        assert_eq!(turns[0].as_deref(), Some("unprecedented-high-level"));
        assert_eq!(turns[1].as_deref(), Some("sceptics-view"), "{question}");
    }
    // "otherwise" closing a claim is no disagreement (a guard: answered so before).
    let turns = converse(&["what did trenin say", "who said it would be a disaster otherwise"]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
}

#[test]
fn a_question_word_after_a_preposition_asks_as_it_would_opening_the_question() {
    // "by whom?" asks who, as "who?" does: the current entry names whose pronouncements they
    // are (the very top of both hierarchies); read as asking no kind, it took a linked entry.
    let turns =
        converse(&["has the beijing-moscow relationship been called unprecedented?", "by whom?"]);
    assert_eq!(turns[0].as_deref(), Some("unprecedented-high-level")); // guard
    assert_eq!(turns[1].as_deref(), Some("unprecedented-high-level"));
}

#[test]
fn his_main_point_is_his_own_view_not_the_authors_thesis() {
    // After a scholar's view, "what's his main point?" asks his words; its own words alone find
    // the author's main argument with full confidence.
    let turns =
        converse(&["Which Glasgow academic does the piece cite?", "what's his main point?"]);
    assert_eq!(turns[0].as_deref(), Some("kaczmarski")); // guard
    assert_eq!(turns[1].as_deref(), Some("kaczmarski"));
    // Without a person to be "he", it is still the thesis (a guard).
    let turns = converse(&["what is the main argument of the author"]);
    assert_eq!(turns[0].as_deref(), Some("main-argument"));
}

#[test]
fn whom_he_advised_is_asked_of_him_not_a_recommendation_he_leads_to() {
    // "advise" asks a recommendation, but "who did he advise?" asks whom: Mearsheimer's own
    // entry (his advice to the Biden administration), not the next recommendation linked.
    let turns = converse(&["What did Mearsheimer predict for Russia?", "who did he advise"]);
    assert_eq!(turns[0].as_deref(), Some("mearsheimer-prediction")); // guard
    assert_eq!(turns[1].as_deref(), Some("mearsheimer"));
}

#[test]
fn his_logic_is_the_linked_entry_setting_out_his_view() {
    // After who Mearsheimer is, "what is his logic?" finds with confidence the neorealist logic
    // his entry leads to, whose view is "John J. Mearsheimer's neorealist logic": it was
    // answered with his profile again.
    let turns = converse(&["who is john mearsheimer", "what is his logic"]);
    assert_eq!(turns[0].as_deref(), Some("mearsheimer")); // guard
    assert_eq!(turns[1].as_deref(), Some("realist-logic"));
}

#[test]
fn who_among_a_group_just_named_is_one_of_them_by_name() {
    // The sceptics' entry gives "some scholars and commentators"; asked who one of them is,
    // the bot named the group again (or, "who are these people?", the Carnegie Moscow Center).
    let critics = "What do critics say about the China-Russia partnership?";
    // So is asking for an example of them ("like who?") or which of them: the bot gave the
    // group again, or ("which scholars?") the author's own research.
    for ask in ["who's one of those critics?", "who are they?", "like who", "which scholars?"] {
        let turns = converse(&[critics, ask]);
        assert_eq!(turns[0].as_deref(), Some("sceptics-view"));
        assert_eq!(turns[1].as_deref(), Some("kaczmarski"), "{ask}");
    }
    let turns = converse(&["what are the problems in the relationship?", "who are these people?"]);
    assert_eq!(turns[1].as_deref(), Some("kaczmarski"));
    // Guard: a view of someone named stays theirs.
    let turns = converse(&["what does the washington post op-ed say?", "who are they?"]);
    assert_eq!(turns[1].as_deref(), Some("washington-post-op-ed"));
}

#[test]
fn the_post_of_someone_quoted_is_the_one_their_quote_names() {
    // "then-President Medvedev": asked his job at the time, the bot gave his profile (the
    // presidency of Putin's successor), and "and Lavrov?" then went on from the profile.
    let turns = converse(&[
        "What did Medvedev say about NATO in 2008?",
        "what was his job at the time?",
        "and lavrov?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("medvedev-2008-nato"));
    assert_eq!(turns[1].as_deref(), Some("medvedev-2008-nato"));
    assert_eq!(turns[2].as_deref(), Some("lavrov-nato-root-cause"));
}

#[test]
fn what_else_someone_argues_is_another_of_their_views_not_yet_given() {
    // After Trenin's words and a turn about something else, "what else does trenin argue?"
    // gave the author's main argument; it is his other view, on the West after the Cold War.
    let turns = converse(&[
        "Why should Russia keep friendly relations with China?",
        "who said the disaster part?",
        "how long have they been building these ties?",
        "what else does trenin argue in the piece?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    assert_eq!(turns[3].as_deref(), Some("trenin-west-coordination"));
    // Each time another of Mearsheimer's, none given twice.
    let turns = converse(&[
        "what did mearsheimer say?",
        "what else does mearsheimer say?",
        "what else does mearsheimer say?",
    ]);
    assert!(turns[1] != turns[0] && turns[2] != turns[1] && turns[2] != turns[0], "{turns:?}");
    assert!(
        turns.iter().all(|id| id
            .as_deref()
            .is_some_and(|id| id.starts_with("mearsheimer") || id == "balancing-coalition")),
        "{turns:?}"
    );
}

#[test]
fn who_wrote_of_a_groups_view_may_be_the_text_that_set_it_out() {
    // The seam is a view of "some commentators"; of what it leads to, the Washington Post op-ed
    // (unnamed writer, one text) wrote of the problems, before Mearsheimer's view linked later.
    let turns = converse(&[
        "Could Washington exploit the differences between Beijing and Moscow?",
        "how did skeptics describe what holds them together?",
        "who wrote about the problems in their ties?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("seam"));
    assert_eq!(turns[2].as_deref(), Some("washington-post-op-ed"));
    // Guard: after the sceptics, someone named is still the first of them (Kaczmarski).
    let turns =
        converse(&["What do critics say about the China-Russia partnership?", "who argues that?"]);
    assert_eq!(turns[1].as_deref(), Some("kaczmarski"));
}

#[test]
fn he_after_an_answer_naming_no_one_is_the_person_it_leads_to() {
    // The West's reassurances name no one; "what did he say?" meant Kerry, whose words they
    // lead to, and got the reassurances again.
    let turns =
        converse(&["Did the West try to calm Russia's fears about NATO?", "what did she say?"]);
    assert_eq!(turns[0].as_deref(), Some("west-reassurances"));
    assert_eq!(turns[1].as_deref(), Some("kerry"));
    // Guard: after someone's own words, "he" is still them.
    let turns = converse(&["What did John Kerry say about NATO?", "what did he say?"]);
    assert_eq!(turns[1].as_deref(), Some("kerry"));
    let turns = converse(&["What did Lavrov say about NATO?", "what did he say exactly?"]);
    assert_eq!(turns[1].as_deref(), turns[0].as_deref());
}

#[test]
fn where_a_claim_comes_from_is_who_made_it() {
    // "where does that come from?" after a fragment of the op-ed's list asks its source, as
    // "what's the source?" does; it was declined ("according to whom?" was a did-you-mean).
    for source_question in ["where does that come from?", "according to whom?"] {
        let turns = converse(&[
            "Do the Chinese still resent the old territorial concessions?",
            source_question,
        ]);
        assert_eq!(turns[0].as_deref(), Some("territorial-concessions"));
        assert_eq!(turns[1].as_deref(), Some("washington-post-op-ed"), "{source_question}");
    }
}

#[test]
fn what_someone_named_said_of_it_is_their_words_on_it() {
    // After NATO's enlargement, "what did Medvedev say about it?" got who Medvedev was.
    let turns = converse(&[
        "Which issue tops Russia's list of grievances?",
        "what did Medvedev say about it?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("nato-enlargement"));
    assert_eq!(turns[1].as_deref(), Some("medvedev-2008-nato"));
}

#[test]
fn whose_view_a_possessive_names_is_that_persons() {
    // The neorealist logic is curated as "John J. Mearsheimer's ...": asked whose view it is,
    // the bot gave the logic again (or, with "again" after "that", the author's thesis).
    let logic = "What's the big-picture logic behind Mearsheimer's idea?";
    for ask in ["who said that?", "whose view is that again?"] {
        let turns = converse(&[logic, ask]);
        assert_eq!(turns[0].as_deref(), Some("realist-logic"));
        assert_eq!(turns[1].as_deref(), Some("mearsheimer"), "{ask}");
    }
}

#[test]
fn the_authors_reply_is_not_the_reasoning_the_author_sets_out() {
    // After Mearsheimer's logic, the first entry it leads to curated as the author's was the
    // U.S. presence as glue, the realist reasoning as the author sets it out; the author's
    // reply to him is the thesis.
    let logic = "What's the big-picture logic behind Mearsheimer's idea?";
    for ask in ["does the author buy it?", "does the author agree?"] {
        let turns = converse(&[logic, ask]);
        assert_eq!(turns[1].as_deref(), Some("main-argument"), "{ask}");
    }
}

#[test]
fn a_question_in_the_view_of_the_one_just_quoted_is_answered_by_their_words() {
    // "is nato a threat" alone is Russia's threat perception; "according to him", after
    // Kerry's words, asks what Kerry says of it, which his quote does.
    let kerry = "what did john kerry say about nato in 2015";
    for ask in ["so is nato a threat according to him?", "why do countries join then, in his view"]
    {
        let turns = converse(&[kerry, ask]);
        assert_eq!(turns[0].as_deref(), Some("kerry"));
        assert_eq!(turns[1].as_deref(), Some("kerry"), "{ask}");
    }
    // Of the person's several views, the one the question asks (his forecast), not the one
    // just given nor his profile.
    let turns = converse(&[
        "who is mearsheimer",
        "whats his reasoning",
        "and what will russia do in his view",
    ]);
    assert_eq!(turns[1].as_deref(), Some("balancing-coalition"));
    assert_eq!(turns[2].as_deref(), Some("mearsheimer-prediction"));
}

#[test]
fn a_bare_who_says_asks_who_holds_what_was_just_said() {
    // "says who?", "who thinks so?": no word points back, yet they ask only whose view it is.
    // After a view of "some scholars", the first of them named; after Trenin's, his.
    for ask in ["says who?", "who thinks so?", "who says?"] {
        let turns = converse(&["Do all observers think China-Russia ties are strong?", ask]);
        assert_eq!(turns[0].as_deref(), Some("sceptics-view"));
        assert_eq!(turns[1].as_deref(), Some("kaczmarski"), "{ask}");
    }
    let turns = converse(&["Was the West hostile to Russia after the Cold War?", "says who?"]);
    assert_eq!(turns[0].as_deref(), Some("trenin-west-coordination"));
    assert_eq!(turns[1].as_deref(), Some("trenin-west-coordination"));
    // "who is he?" after a group is one of them, as "who are they?" is.
    let turns = converse(&["Do all observers think China-Russia ties are strong?", "who is he?"]);
    assert_eq!(turns[1].as_deref(), Some("kaczmarski"));
}

#[test]
fn who_the_post_is_that_the_quote_names_with_a_person_is_that_quote() {
    // The division of labour quotes "Carnegie Moscow Center's analyst Alexander Gabuev": "who's
    // the analyst?" is answered there (it found the author's own research, "In my work").
    let turns = converse(&[
        "How does the Carnegie analyst describe the China-Russia arrangement in Central Asia?",
        "what does that mean in practice?",
        "who's the analyst?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("division-of-labour"));
    assert_eq!(turns[2].as_deref(), Some("division-of-labour"));
}

#[test]
fn what_he_said_of_something_his_quote_gives_is_that_quote() {
    // Lavrov's view of NATO's enlargement goes on: "He accused the West of having 'malevolent
    // plans against Russia'". The foreign ministers' entry, linked and close behind, also
    // quotes him, but on the two countries' ties.
    let turns = converse(&[
        "does lavrov blame nato for bad ties with the west",
        "whats his job",
        "what did he say the west wants",
    ]);
    assert_eq!(turns[0].as_deref(), Some("lavrov-nato-root-cause"));
    assert_eq!(turns[2].as_deref(), Some("lavrov-nato-root-cause"));
}

#[test]
fn where_the_person_quoted_works_is_their_profile() {
    // After Mearsheimer's advice, "work" found the entry on where Moscow and Washington could
    // work together; his profile says he is from the University of Chicago.
    let turns = converse(&[
        "What does Mearsheimer recommend to the Biden administration?",
        "where does he work?",
        "What does he predict?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-administration"));
    assert_eq!(turns[1].as_deref(), Some("mearsheimer"));
    assert_eq!(turns[2].as_deref(), Some("mearsheimer-prediction"));
    // Not a fact his profile lacks, nor where he sees something.
    let phd = converse(&[
        "What does Mearsheimer recommend to the Biden administration?",
        "where did he get his PhD?",
    ]);
    assert_ne!(phd[1].as_deref(), Some("mearsheimer"));
}

#[test]
fn whether_it_is_the_authors_view_too_is_the_authors_side() {
    // "this too": "this" points back, as "is that the author's view" does, whatever follows
    // the pronoun. After Korolev's study, the author's own research on it.
    let turns = converse(&[
        "What did Alexander Korolev's research find?",
        "has the author looked into this too?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("korolev")); // guard
    assert_eq!(turns[1].as_deref(), Some("cooperative-hegemony"));
    // After the author's own view, whether it is the author's is that view.
    let turns = converse(&[
        "why does russia want friendly relations with china?",
        "is that the author's view too?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("russia-china-friendship-interest")); // guard
    assert_eq!(turns[1].as_deref(), Some("russia-china-friendship-interest"));
}

#[test]
fn whether_a_view_is_the_authors_or_anothers_is_whose_it_is() {
    // After the 2016 concept's words, "is that the author's view or Moscow's?" found the
    // author's reply (the West's reassurances): it asks whose they are, as the answer says.
    let turns = converse(&[
        "what did russia's 2016 foreign policy concept say about european security",
        "is that the author's view or moscow's?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("european-security-framework")); // guard
    assert_eq!(turns[1].as_deref(), Some("european-security-framework"));
}

#[test]
fn who_said_a_collectives_stated_position_is_the_one_named_who_said_it() {
    // The reassurances are the West's and the United States' stated position; who said it is
    // the one the article names saying it, Kerry (what the entry leads to).
    let turns = converse(&["Did the West ever try to reassure Russia over NATO", "who said that"]);
    assert_eq!(turns[0].as_deref(), Some("west-reassurances")); // guard
    assert_eq!(turns[1].as_deref(), Some("kerry"));
}

#[test]
fn and_someone_quoted_asks_what_more_they_say_not_the_passage_just_shown() {
    // Lavrov's profile quotes the call with Wang Yi the reader just saw, and lies outside the
    // NATO part the reader is in; what more he says is his word on NATO.
    let after_wang_yi = converse(&["who is wang yi", "and lavrov?"]);
    assert_eq!(after_wang_yi[0].as_deref(), Some("wang-yi"));
    assert_eq!(after_wang_yi[1].as_deref(), Some("lavrov-nato-root-cause"));
    let after_medvedev = converse(&["what did medvedev say about nato in 2008?", "and lavrov?"]);
    assert_eq!(after_medvedev[0].as_deref(), Some("medvedev-2008-nato"));
    assert_eq!(after_medvedev[1].as_deref(), Some("lavrov-nato-root-cause"));
    // His name as the reader's language writes it.
    let in_russian = converse(&["кто такой Ван И?", "а Лавров?"]);
    assert_eq!(in_russian[0].as_deref(), Some("wang-yi"));
    assert_eq!(in_russian[1].as_deref(), Some("lavrov-nato-root-cause"));
    // Asked first, or after another part of the same kind, he is who he is.
    assert_eq!(converse(&["and lavrov?"])[0].as_deref(), Some("lavrov"));
    let after_the_praise = converse(&["what do the leaders say about ties lately", "and lavrov?"]);
    assert_eq!(after_the_praise[1].as_deref(), Some("lavrov"));
}

#[test]
fn whether_someone_said_anything_else_is_another_of_their_views() {
    // After his profile and another topic, "did trenin say anything else?" names him in the
    // middle of the question; "what else did he say?" points back to him.
    let turns = converse(&[
        "who is dmitri trenin",
        "how long have china and russia been building their ties?",
        "did trenin say anything else?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("trenin"));
    assert_eq!(turns[2].as_deref(), Some("trenin-west-coordination"));
    let turns = converse(&["who is dmitri trenin", "what else did he say?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin-west-coordination"));
}

#[test]
fn his_exact_words_are_the_quote_of_the_one_just_cited() {
    // Alone, "exact" and "words" find the sample questions about the exact headline.
    let turns = converse(&["what did medvedev say about georgia and ukraine", "his exact words?"]);
    assert_eq!(turns[0].as_deref(), Some("medvedev-2008-nato"));
    assert_eq!(turns[1].as_deref(), Some("medvedev-2008-nato"));
}

#[test]
fn who_he_is_after_his_view_naming_him_is_his_profile() {
    // The prediction's quote names Mearsheimer but says nothing of who he is.
    let turns = converse(&[
        "what coalition does mearsheimer expect against china",
        "what will russia do in his view",
        "who is he anyway",
    ]);
    assert_eq!(turns[1].as_deref(), Some("mearsheimer-prediction")); // guard
    assert_eq!(turns[2].as_deref(), Some("mearsheimer"));
}

#[test]
fn what_else_someone_said_is_not_a_part_of_the_quote_just_shown() {
    // Lavrov's profile quotes the call of the two foreign ministers, all of which Wang Yi's
    // entry just showed: what else Lavrov says is his view of NATO's enlargement.
    let turns = converse(&["what did the foreign ministers discuss", "what else does lavrov say?"]);
    assert_eq!(turns[0].as_deref(), Some("wang-yi")); // guard
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
}

#[test]
fn who_described_or_termed_it_asks_who_said_it() {
    // "described" found the entry on how the ties are "described" (an unprecedented high),
    // and "what did he call it" the article's title.
    let turns = converse(&[
        "how do russia and china split roles in central asia",
        "who described it like that?",
        "what did he call it",
    ]);
    assert_eq!(turns[0].as_deref(), Some("division-of-labour")); // guard
    assert_eq!(turns[1].as_deref(), Some("gabuev-condominium"));
    assert_eq!(turns[2].as_deref(), Some("gabuev-condominium"));
}

#[test]
fn what_he_said_about_something_he_never_mentions_is_declined() {
    // McFaul says nothing about China in the article: "he" was dropped and the rest answered
    // with Russia's interest in friendly ties with China.
    let turns = replies(&[
        "did any american admit nato expansion was a problem",
        "what did he say about china?",
    ]);
    assert_eq!(turns[0].1.as_deref(), Some("mcfaul")); // guard
    assert_eq!(turns[1], (ReplyKind::Declined, None));
    // What he says about NATO is his quote; Lavrov on the West is his view of NATO's growth.
    let turns = converse(&[
        "did any american admit nato expansion was a problem",
        "what did he say about nato?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("mcfaul"));
    let turns = converse(&["who is lavrov", "what did he say about the west"]);
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
}

#[test]
fn his_nationality_is_in_the_quote_that_gives_it() {
    // "Russian scholar Dr. Alexander Korolev": "what nationality is he" found the shared
    // multipolar vision by "national".
    let turns = converse(&["What did Korolev's research show?", "what nationality is he"]);
    assert_eq!(turns[0].as_deref(), Some("korolev")); // guard
    assert_eq!(turns[1].as_deref(), Some("korolev"));
    // Where someone works is still their profile's institution.
    let turns = converse(&["what does kaczmarski argue", "where does he work"]);
    assert_eq!(turns[1].as_deref(), Some("kaczmarski"));
}

#[test]
fn whether_the_person_quoted_is_right_is_the_authors_judgement() {
    // "is he right" was an acknowledgement ("right"): the reader asks whether Mearsheimer's
    // prediction holds, and the article answers with the author's reply to it.
    for question in ["is he right", "was he wrong about that?"] {
        let turns =
            converse(&["mearsheimer thinks russia will side with the us vs china?", question]);
        assert_eq!(turns[0].as_deref(), Some("mearsheimer-prediction"));
        assert_eq!(turns[1].as_deref(), Some("low-trust"), "{question}");
    }
    // "is that right?" still acknowledges.
    assert_eq!(small_talk_of("is that right?").as_deref(), Ok("acknowledgement"));
}

#[test]
fn a_topic_named_alone_after_someone_asks_their_words_on_it() {
    // "no i meant about nato" after Lavrov's profile found NATO's enlargement, not his words.
    for asked in ["no i meant about nato", "about nato?", "and on nato?"] {
        let turns = converse(&["What did Lavrov say?", asked]);
        assert_eq!(turns[0].as_deref(), Some("lavrov")); // guard
        assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"), "{asked}");
    }
    // Guards: "what about nato?" turns to NATO itself; "about what exactly?" asks what was meant.
    let turns = converse(&["What did Lavrov say?", "what about nato?"]);
    assert_eq!(turns[1].as_deref(), Some("nato-enlargement"));
    let turns = converse(&["What did Lavrov say?", "about what exactly?"]);
    assert_ne!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
}

#[test]
fn a_stance_the_current_quote_owns_is_no_silent_view() {
    // "what is biden's position on the deal?" after the Iran deal was declined as a view no
    // entry gives; the deal's quote gives "Biden's declared interest in rejoining" it.
    let turns = converse(&[
        "what iran deal does the article mention?",
        "what is biden's position on the deal?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("jcpoa")); // guard
    assert_eq!(turns[1].as_deref(), Some("jcpoa"));
    // Guard: of the summit, which states nothing of his, still declined.
    let turns = converse(&["when is the biden-putin summit?", "what did biden think about that?"]);
    assert_eq!(turns[0].as_deref(), Some("biden-putin-summit"));
    assert_eq!(turns[1], None);
}

#[test]
fn whose_claim_of_part_of_a_sentence_is_the_whole_sentence_naming_its_source() {
    // The presence in Central Asia quotes the end of the op-ed's sentence ("in the author's
    // claim"): whose claim it is, the op-ed, is where the sentence begins.
    let turns =
        converse(&["does china have a military presence in central asia?", "whose claim is that?"]);
    assert_eq!(turns[0].as_deref(), Some("china-central-asia-presence"));
    assert_eq!(turns[1].as_deref(), Some("washington-post-op-ed"));
}

#[test]
fn the_source_of_the_authors_claim_is_what_the_article_says_shows_it() {
    // The author's claim on NATO is followed by "This was evident in statements made by
    // Russian leaders and in official state documents": "source?" asks that, not the claim.
    let turns = converse(&["What lies at the root of Russia's fears about the West?", "source?"]);
    assert_eq!(turns[0].as_deref(), Some("nato-enlargement"));
    assert_eq!(turns[1].as_deref(), Some("nato-threat-perception"));
}

#[test]
fn who_said_something_its_own_words_are_sure_of_is_not_the_current_speaker() {
    // Kerry's "NATO is not a threat to anybody", after Lavrov's words on NATO: read with
    // Lavrov's, the question stayed with him.
    let turns = converse(&[
        "Who called NATO enlargement the root of Russia's troubles with the West?",
        "Exact wording, please.",
        "And who insisted NATO isn't offensive?",
        "What year was that?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("lavrov-nato-root-cause"));
    assert_eq!(turns[2].as_deref(), Some("kerry"));
    assert_eq!(turns[3].as_deref(), Some("kerry"));
}

#[test]
fn the_authors_side_of_advice_is_the_reply_to_the_adviser() {
    // The advice led on to the Iran deal, also the author's view, which answered; the
    // author's reply to the advice is the passage after it.
    let turns = converse(&[
        "What did Mearsheimer recommend the new Biden administration do?",
        "does the author buy it?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-administration"));
    assert_eq!(turns[1].as_deref(), Some("main-argument"));
}

#[test]
fn a_person_named_in_chinese_is_asked_after_another_entry() {
    // "具体" (specifically) and "说了" (said) weighed as topics Kerry's entry lacks: "what did
    // Kerry say specifically?" stayed with the doctrine before it.
    let turns = converse(&["2014年俄罗斯军事学说怎么说北约？", "克里具体说了什么？"]);
    assert_eq!(turns[0].as_deref(), Some("military-doctrine-2014")); // guard
    assert_eq!(turns[1].as_deref(), Some("kerry"));
}
