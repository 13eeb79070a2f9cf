//! Pronouns and demonstratives pointing back ("he", "it", "that", "their", "either"): the entry or
//! the person just answered about.

use crate::support::*;

#[test]
fn a_pronoun_question_about_what_was_just_read_stays_with_it() {
    // Lavrov's own entry is linked and shares his name, but the message's words point to what
    // he said about NATO, which the reader has just read.
    let turns = converse(&[
        "how did lavrov describe nato enlargement?",
        "Did he accuse the West of anything?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("lavrov-nato-root-cause"));
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
    // "he" is Gabuev: on its own, "what did he call it" reads as the article's title.
    let turns = converse(&["who is alexander gabuev?", "what did he call it"]);
    assert_eq!(turns[1].as_deref(), Some("gabuev-condominium"));
}

#[test]
fn he_after_an_entry_about_no_person_is_read_on_its_own() {
    // The Biden administration is not "he": the message's own words (Mearsheimer's forecast)
    // decide, as they would with no context.
    let turns = converse(&[
        "What did Mearsheimer recommend to the Biden administration?",
        "and what does he think russia will do eventually",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-administration"));
    assert_eq!(turns[1].as_deref(), Some("mearsheimer-prediction"));
}

#[test]
fn the_head_noun_of_the_current_subject_with_the_refers_back_to_it() {
    // "The summit" after the Biden-Putin summit is that summit, whose place the article does
    // not give: not the BRICS summit, which on its own the question would find.
    let alone = converse(&["where was the summit held?"]);
    assert_eq!(alone[0].as_deref(), Some("brics-summit"));
    let turns = converse(&[
        "Does the author expect a breakthrough at the Biden-Putin summit?",
        "where was the summit held?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("biden-putin-summit"));
    assert_eq!(turns[1], None);
}

#[test]
fn his_words_on_a_topic_are_his_even_when_entries_on_the_topic_tie() {
    // On their own, "what did he say about NATO?" ties between entries on NATO; "he" is Lavrov,
    // whose words on NATO have an entry of their own.
    let turns = converse(&["Who is Sergey Lavrov?", "what did he say about NATO?"]);
    assert_eq!(turns[0].as_deref(), Some("lavrov"));
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
    // A word of his own that is no saying ("position") keeps the tie a tie.
    let turns = converse(&["What does Trenin say about China?", "what's his position?"]);
    assert_ne!(turns[1].as_deref(), Some("trenin-west-coordination"));
}

#[test]
fn a_persons_job_is_who_they_are() {
    // Not the next of Trenin's views, which "his" about a person otherwise asks for.
    let turns = converse(&["what does trenin say about china", "whats his job"]);
    assert_eq!(turns[0].as_deref(), Some("trenin"));
    assert_eq!(turns[1].as_deref(), Some("trenin"));
}

#[test]
fn that_before_a_noun_naming_no_subject_points_back() {
    // "that country" is the one just answered about; on its own, "blocs" finds NATO's.
    let turns =
        converse(&["is beijing building a base in tajikistan?", "is that country in any blocs?"]);
    assert_eq!(turns[0].as_deref(), Some("tajikistan"));
    assert_eq!(turns[1].as_deref(), Some("tajikistan"));
}

#[test]
fn what_the_current_quote_says_of_him_is_answered_from_it() {
    // On its own, the think tank's entry, which quotes Trenin; Gabuev's quote names it too.
    assert_eq!(
        converse(&["Which think tank is he with?"])[0].as_deref(),
        Some("carnegie-moscow-center")
    );
    let turns = converse(&[
        "What label did Alexander Gabuev give to China-Russia cooperation in Central Asia?",
        "Which think tank is he with?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("gabuev-condominium"));
    assert_eq!(turns[1].as_deref(), Some("gabuev-condominium"));
}

#[test]
fn a_demonstrative_before_a_past_participle_points_back() {
    let turns = converse(&[
        "What agreement links the EAEU with China's Belt and Road Initiative?",
        "when was that signed?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("belt-and-road"));
    assert_eq!(turns[1].as_deref(), Some("belt-and-road"));
}

#[test]
fn either_points_back_to_what_was_just_listed() {
    let turns = converse(&[
        "Through which regional institutions does Russia exercise cooperative hegemony?",
        "is china a member of either?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("cooperative-hegemony"));
    // Its quote: the two frameworks "do not include China".
    assert_eq!(turns[1].as_deref(), Some("cooperative-hegemony"));
}

#[test]
fn is_there_asks_whether_something_exists_and_points_back_to_nothing() {
    // "there" was read as a pointer back to McFaul: his entry answered again.
    let turns = converse(&[
        "Did an American ambassador admit that NATO expansion angered Russia?",
        "Have there been efforts to mend the relationship?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("mcfaul"));
    assert_eq!(turns[1].as_deref(), Some("improvement-attempts"));
}

#[test]
fn is_it_true_shows_again_what_the_article_says_of_it() {
    let turns = converse(&["what did kerry say about nato?", "is it true?"]);
    assert_eq!(turns, [Some("kerry".to_owned()), Some("kerry".to_owned())]);
}

#[test]
fn only_the_kind_of_fact_and_a_pronoun_ask_it_of_what_was_just_said() {
    // "date" alone would find the article's own date.
    let turns = converse(&["what does the photo show?", "which date was it?"]);
    assert_eq!(turns[1].as_deref(), Some("photo-caption"));
}

#[test]
fn he_after_a_persons_view_of_something_else_is_that_person() {
    // The balancing coalition is no person, but the entry gives Mearsheimer's view of it:
    // "he" is Mearsheimer, whose forecast the message asks (it got the author's own forecast).
    let turns = converse(&[
        "What did Mearsheimer tell Washington to do?",
        "why does he say that",
        "and what does he expect from russia",
    ]);
    assert_eq!(turns[1].as_deref(), Some("balancing-coalition"));
    assert_eq!(turns[2].as_deref(), Some("mearsheimer-prediction"));
}

#[test]
fn it_stays_the_current_entry_when_the_context_cannot_tell_it_from_another_of_its_subject() {
    // Read with "the SCO", the question ranks the SCO's own entry first; "it" was what Moscow
    // did about the SCO, just answered.
    let turns =
        converse(&["whats the SCO", "why is russia worried abt it", "what did moscow do about it"]);
    assert_eq!(turns[1].as_deref(), Some("moscow-steers-sco"));
    assert_eq!(turns[2].as_deref(), Some("moscow-steers-sco"));
    // From the SCO's own entry, the same question still moves on to what Moscow did.
    let turns = converse(&["whats the SCO", "what did moscow do about it"]);
    assert_eq!(turns[1].as_deref(), Some("moscow-steers-sco"));
}

#[test]
fn dealing_with_it_after_an_organisation_asks_what_was_done_about_it() {
    // "deal" weighed as the Su-35 arms deal, and "why?" then followed the jets.
    let turns = converse(&["what is the sco", "how did the kremlin deal with it", "why?"]);
    assert_eq!(turns[0].as_deref(), Some("sco"));
    assert_eq!(turns[1].as_deref(), Some("moscow-steers-sco"));
    assert_eq!(turns[2].as_deref(), Some("moscow-steers-sco"));
}

#[test]
fn their_thing_that_the_current_entry_never_names_is_asked_on_its_own() {
    // "their" says whose ministers; the treaty's entry names no minister, Wang Yi's does.
    let turns = converse(&[
        "What is the Treaty of Good-neighborliness?",
        "did their foreign ministers say anything recently?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("good-neighborliness-treaty"));
    assert_eq!(turns[1].as_deref(), Some("wang-yi"));
    // What the current entry does say stays with it: the treaty's anniversary.
    let turns =
        converse(&["What is the Treaty of Good-neighborliness?", "when is its anniversary?"]);
    assert_eq!(turns[1], turns[0]);
}

#[test]
fn whether_something_holds_of_it_stays_with_what_it_is() {
    // After the CSTO, "is china part of it?" asks about the CSTO, whose quote says it does not
    // include China; the entry the CSTO leads to (how Moscow steered the SCO) was taken as the
    // next step.
    let turns = converse(&["What is the CSTO?", "is china part of it?"]);
    assert_eq!(turns[0].as_deref(), Some("csto"));
    assert_eq!(turns[1].as_deref(), Some("csto"));
    // A question of what was done next still moves on.
    let turns = converse(&["what is the SCO?", "what did moscow do about it?"]);
    assert_eq!(turns[1].as_deref(), Some("moscow-steers-sco"));
}

#[test]
fn who_is_he_after_a_named_persons_view_is_that_person() {
    // After Mearsheimer's forecast, an entry about the coalition, not about him.
    let turns =
        converse(&["What did Mearsheimer advise the Biden team?", "why?", "who is he anyway?"]);
    assert_eq!(turns[2].as_deref(), Some("mearsheimer"));
    let turns = converse(&["What did trenin say?", "who is he?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    // "who's he?" (read "whos") and "this guy" ask the same: they stayed on the coalition, and
    // "who is this guy" was small talk asking who the bot is.
    for who in ["who's he?", "who is this guy anyway", "whos that man"] {
        let turns = converse(&["What did Mearsheimer advise the Biden team?", "why?", who]);
        assert_eq!(turns[2].as_deref(), Some("mearsheimer"), "{who}");
    }
}

#[test]
fn asking_what_it_is_called_stays_on_what_was_described() {
    // "called" drew the headline's entry ("what is this article called?"); the answer that
    // described the arrangement names it ("termed the cooperation a condominium").
    let turns = converse(&[
        "How do Russia and China split roles in Central Asia?",
        "is there a name for that?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("division-of-labour"));
    assert_eq!(turns[1].as_deref(), Some("division-of-labour"));
    // With nothing said before, it is what it was.
    assert_eq!(converse(&["what is this article called?"])[0].as_deref(), Some("article-title"));
}

#[test]
fn what_he_said_after_his_words_on_a_topic_is_those_words() {
    // The subject of Medvedev's words on NATO is Medvedev: "he" is him, and what he said is
    // what was just quoted, not his profile.
    let turns =
        converse(&["which countries' nato ties upset medvedev", "and what did he say exactly"]);
    assert_eq!(turns[0].as_deref(), Some("medvedev-2008-nato"));
    assert_eq!(turns[1].as_deref(), Some("medvedev-2008-nato"), "{turns:?}");
}

#[test]
fn a_pronoun_contracted_with_a_verb_still_points_back() {
    // "it'd" was read as one word, "itd", no pronoun: the follow-up was asked on its own and
    // declined.
    let turns = converse(&[
        "why does russia need to stay friends with china",
        "who said it'd be a disaster otherwise",
    ]);
    assert_eq!(turns[0].as_deref(), Some("russia-china-friendship-interest"));
    assert_eq!(turns[1].as_deref(), Some("trenin"));
}

#[test]
fn he_after_someones_words_goes_on_with_them_through_a_tie() {
    // On its own "and how did he describe nato enlargement?" ties Lavrov's words with the
    // entry on enlargement; "and" read as moving on took the linked entry, though "he" is
    // Lavrov, just quoted.
    let turns = converse(&[
        "what did lavrov accuse the west of",
        "and how did he describe nato enlargement?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("lavrov-nato-root-cause"));
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
}

#[test]
fn that_thing_named_by_the_current_answer_stays_with_it() {
    // "that fear" is the fear of inferior status just quoted, whose quote says what it might
    // do; the next step from it (the author's reply) was taken instead.
    let turns = converse(&[
        "why does russia worry about its standing next to china",
        "what might that fear lead to?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("growing-disparity"));
    assert_eq!(turns[1].as_deref(), Some("growing-disparity"));
    let turns = converse(&[
        "why does russia worry about its standing next to china",
        "and what could this fear result in?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("growing-disparity"));
}

#[test]
fn a_yes_no_question_after_what_it_names_asks_of_the_current_answer() {
    // "is it shrinking?" asks of the gap just quoted, which the message names first; read as
    // moving on ("and ..."), it took the linked entry on Russia's accommodation.
    let turns = converse(&[
        "What scares Russia about its status next to China?",
        "and the gap between them, is it shrinking?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("growing-disparity")); // guard
    assert_eq!(turns[1].as_deref(), Some("growing-disparity"));
}

#[test]
fn a_question_naming_only_a_country_the_quote_names_asks_of_it() {
    // "what did moscow do?" after Moscow's steering of the SCO: its own words ("Moscow")
    // found, with confidence, the entry on Russia's interest in friendly ties with China.
    let turns =
        converse(&["what's the SCO?", "why was russia worried about it", "what did moscow do?"]);
    assert_eq!(turns[1].as_deref(), Some("moscow-steers-sco"));
    assert_eq!(turns[2].as_deref(), Some("moscow-steers-sco"));
    // Guard: after the SCO itself, what Moscow did about it is the steering.
    let turns = converse(&["what's the SCO?", "what did moscow do about it"]);
    assert_eq!(turns[1].as_deref(), Some("moscow-steers-sco"));
}

#[test]
fn is_that_true_of_the_authors_claim_is_what_supports_it() {
    // The standfirst is the author's claim that no détente is near; what supports it is the
    // low trust between Moscow and Washington. (Of Kerry's words it is still his quote: above.)
    let turns = converse(&[
        "What does the headline claim about Beijing-Moscow relations?",
        "and the line under it?",
        "is that true?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("standfirst"));
    assert_eq!(turns[2].as_deref(), Some("low-trust"));
}

#[test]
fn a_yes_no_question_of_this_in_a_word_of_the_quote_asks_of_the_quote() {
    // "this competition has not translated into confrontation": whether this causes conflict
    // is what that quote says, not the future rift, whose words the question also shares.
    let turns = converse(&[
        "Is Russia happy to be just the security provider in Central Asia?",
        "and does this cause conflict with China?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("diversification-not-confrontation")); // guard
    assert_eq!(turns[1].as_deref(), Some("diversification-not-confrontation"));
    // So of "they": whether they are fighting over it is whether the competition became a
    // confrontation.
    let turns = converse(&[
        "How does the Carnegie analyst Gabuev characterise the China-Russia arrangement?",
        "meaning what?",
        "does russia stick to that role?",
        "so are they fighting over it?",
    ]);
    assert_eq!(turns[2].as_deref(), Some("diversification-not-confrontation")); // guard
    assert_eq!(turns[3].as_deref(), Some("diversification-not-confrontation"));
    // Guard: a word the quote lacks still finds its own entry.
    let turns = converse(&[
        "Is Russia happy to be just the security provider in Central Asia?",
        "could this create a future rift?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("future-rift"));
}

#[test]
fn whether_something_has_caused_a_thing_asks_what_it_brought_about_not_why() {
    // "has that caused conflict with china?" was read as asking a cause: the curated reason of
    // the security role (the accommodation), not whether it led to confrontation.
    let turns = converse(&[
        "Is Russia happy to be just the security provider in Central Asia?",
        "has that caused conflict with china?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("diversification-not-confrontation"));
    // Guards: "what has caused ...?" still asks the cause; "what problems has it caused?" the
    // effects.
    let english = article_qa_bot::Matcher::embedded().expect("the embedded knowledge base loads");
    let why = english.asked("what has caused the tension?");
    assert!(why.kinds.contains(&article_qa_bot::knowledge::QuestionKind::Why));
    let effects = english.asked("what problems has the pandemic caused?");
    assert!(!effects.kinds.contains(&article_qa_bot::knowledge::QuestionKind::Why));
}

#[test]
fn a_demonstrative_after_the_questions_auxiliary_points_back() {
    // "does that refer to", "does that apply to": "that" read as a conjunction, so the message
    // was asked on its own and declined.
    let turns = converse(&[
        "What does the author mean by Russia's 'cooperative hegemony' in Central Asia?",
        "Which institutions does that refer to?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("cooperative-hegemony"));
    let turns = converse(&[
        "how does the article explain what rising powers make others do?",
        "How does that apply to Eurasia specifically?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("realist-logic"));
    assert_eq!(turns[1].as_deref(), Some("realist-logic"));
    // "this article" names its own thing.
    let turns = converse(&["what is the sco?", "when did this article come out?"]);
    assert_eq!(turns[1].as_deref(), Some("article-date"));
}

#[test]
fn whether_everyone_shares_a_view_not_linked_to_its_other_side_finds_it_a_step_further() {
    // The foreign ministers' words link to no view set against them, so the first linked entry
    // naming someone (Lavrov's profile) answered; the sceptics are linked from the pandemic's
    // strains, which the ministers' words link to.
    for question in ["does everyone share this rosy view?", "who disagrees?"] {
        let turns = converse(&["what did the foreign ministers say?", question]);
        assert_eq!(turns[0].as_deref(), Some("wang-yi"));
        assert_eq!(turns[1].as_deref(), Some("sceptics-view"), "{question}");
    }
}

#[test]
fn is_that_true_of_a_popular_understanding_is_the_passage_after_that_qualifies_it() {
    // "The popular understanding is that Moscow provides security ..." is followed by "Despite
    // being 'assigned' the role of security provider, Moscow clearly has sought to diversify":
    // the article's answer to whether it is so in practice. "Despite" opened no contesting
    // passage ("is that true?" stayed with the division of labour), and "is that true in
    // practice?" was not read as "is that true?" (declined).
    let doubts = [
        "is that true?",
        "is that how it works in practice",
        "is that true in practice?",
        // Insisting words aside, as in the two before.
        "is that actually the case?",
    ];
    for doubt in doubts {
        let turns = converse(&["how do russia and china divide roles in central asia?", doubt]);
        assert_eq!(turns[0].as_deref(), Some("division-of-labour")); // guard
        assert_eq!(turns[1].as_deref(), Some("diversification-not-confrontation"), "{doubt}");
    }
}

#[test]
fn chat_spellings_read_as_the_words_they_stand_for() {
    // "wen" is "when": it asked nothing of the 2008 words, and Medvedev's profile answered.
    let turns = converse(&[
        "wat did medvedev say abt georgia n ukraine",
        "y was russia unhappy",
        "wen was that",
    ]);
    assert_eq!(turns[0].as_deref(), Some("medvedev-2008-nato"));
    assert_eq!(turns[2].as_deref(), Some("medvedev-2008-nato"), "{turns:?}");
}

#[test]
fn says_who_insisting_asks_the_source_of_what_was_said() {
    // "exactly" made "says who" more than a question of the source: the context's best reading
    // (Trenin on the West's coordination) answered, not Kerry, whose words the stated position is.
    let turns = converse(&[
        "The article claims the West tried to reassure Russia about NATO. Really? How?",
        "Says who, exactly?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("west-reassurances"));
    assert_eq!(turns[1].as_deref(), Some("kerry"));
}

#[test]
fn another_speaker_named_on_it_is_their_words_on_it() {
    // After McFaul's admission, "what did Lavrov call it?" was read with McFaul's subject added
    // and answered his words again.
    let turns = converse(&[
        "Did any US official admit NATO expansion hurt relations with Russia?",
        "What did Lavrov call it?",
    ]);
    assert_eq!(turns, [Some("mcfaul".to_owned()), Some("lavrov-nato-root-cause".to_owned())]);
    // Guard: the person already quoted stays with his words.
    let same = converse(&["what did mcfaul admit?", "what did mcfaul say about it?"]);
    assert_eq!(same, [Some("mcfaul".to_owned()), Some("mcfaul".to_owned())]);
}

#[test]
fn who_named_it_is_the_quote_that_says_who_did() {
    // The "seam" quote says some sceptics called it so: the op-ed it leads to, the first
    // named view, called it nothing.
    let turns =
        converse(&["could the US split Russia and China apart?", "who described it that way?"]);
    assert_eq!(turns[0].as_deref(), Some("seam"));
    assert_eq!(turns[1].as_deref(), Some("seam"));
    // (Who argues what the sceptics say is still the first of them named: Kaczmarski, in
    // speakers.rs, `who_argues_a_view_of_some_scholars_is_the_scholar_named`.)
}

#[test]
fn who_backs_a_view_up_is_the_named_voice_it_rests_on() {
    // The author's case for friendship with China rests on Trenin's words; "who supports
    // that?" was read on its own words and declined.
    let turns = converse(&["why should Moscow stay friends with Beijing?", "who supports that?"]);
    assert_eq!(turns[0].as_deref(), Some("russia-china-friendship-interest"));
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    let turns = converse(&["why should Moscow stay friends with Beijing?", "who is quoted on it?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
}

#[test]
fn the_other_one_is_the_other_of_two_just_named() {
    // The author cites two documents; after the doctrine, "and the other one?" named nothing
    // of its own and was declined.
    let documents = "Which official Russian documents does the author cite on NATO?";
    let turns = converse(&[documents, "What does the doctrine say?", "and the other one?"]);
    assert_eq!(turns[0].as_deref(), Some("threat-in-state-documents"));
    assert_eq!(turns[1].as_deref(), Some("military-doctrine-2014"));
    assert_eq!(turns[2].as_deref(), Some("foreign-policy-concept-2016"));
    let turns = converse(&[documents, "What does the doctrine say?", "а другой?"]);
    assert_eq!(turns[2].as_deref(), Some("foreign-policy-concept-2016"));
    // Guard: after a quote naming both countries, the other one is the other country's side,
    // which that quote gives.
    // (Their shared vision came first and links to the scholar who set them apart: he is no
    // other of two.)
    let sides = converse(&[
        "What areas of convergence between China and Russia does the article mention?",
        "Then why might they behave differently?",
        "Which of the two cares more about stability?",
        "And the other one?",
    ]);
    assert_eq!(sides[0].as_deref(), Some("shared-multipolar-vision"));
    assert_eq!(sides[2].as_deref(), Some("stability-vs-challenge"));
    assert_eq!(sides[3].as_deref(), Some("stability-vs-challenge"));
}

#[test]
fn who_said_it_of_the_leaders_unnamed_claim_is_the_named_pair() {
    // "the very top of the political hierarchy" is a group the quote does not name: who said
    // it is Xi and Putin, whose call the entry leads to, not the group's quote again.
    let turns = converse(&[
        "How do top leaders describe China-Russia relations these days?",
        "who said that exactly?",
        "when was that?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("unprecedented-high-level"));
    assert_eq!(turns[1].as_deref(), Some("december-phone-call"));
    assert_eq!(turns[2].as_deref(), Some("december-phone-call"));
    // Guard: who says so as a rule is the group itself.
    let turns = converse(&[
        "How have China-Russia ties been characterised in recent years?",
        "Who typically says so?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("unprecedented-high-level"));
}

#[test]
fn who_said_a_fragment_opening_with_a_name_is_the_sentence_it_is_cut_from() {
    // "China's reverse engineering of Russian weaponry" opens with a capital, so it passed for
    // a sentence of its own: "who says so?" showed the fragment again, not the op-ed's words.
    let turns = converse(&[
        "does china reverse engineer russian weapons?",
        "who says so?",
        "anything else in that op-ed?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("reverse-engineering"));
    assert_eq!(turns[1].as_deref(), Some("washington-post-op-ed"));
    assert_eq!(turns[2].as_deref(), Some("washington-post-op-ed"));
    // Guards: a sentence that opens the passage holding it is its own source, and the
    // headline is no fragment of the summary quoting it.
    let turns = converse(&["what will the biden putin summit bring?", "who says so?"]);
    assert_eq!(turns[1].as_deref(), Some("biden-putin-summit"));
    let turns = converse(&["what is the headline?", "who says so?"]);
    assert_eq!(turns[0].as_deref(), Some("article-title"));
    assert_eq!(turns[1].as_deref(), Some("article-title"));
}

#[test]
fn what_he_showed_or_how_he_put_it_asks_his_words() {
    // "show" found the documents showing NATO as a threat; "put" asked who Lavrov is.
    let turns = converse(&["Who is Alexander Korolev?", "What did he show?"]);
    assert_eq!(turns, [Some("korolev".to_owned()), Some("korolev".to_owned())]);
    let turns = converse(&[
        "What did Medvedev say back in 2008 about NATO?",
        "And Lavrov, how did he put it?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("medvedev-2008-nato"));
    assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"));
}

#[test]
fn the_other_one_of_a_name_is_the_one_not_just_given() {
    // Both Alexanders tie on the name alone; the one just given stayed.
    let turns = converse(&["Who is Alexander Korolev?", "And the other Alexander?"]);
    assert_eq!(turns[1].as_deref(), Some("gabuev-condominium"));
    let turns = converse(&["what did Gabuev call the cooperation?", "and the other Alexander?"]);
    assert_eq!(turns[0].as_deref(), Some("gabuev-condominium"));
    assert_eq!(turns[1].as_deref(), Some("korolev"));
}

#[test]
fn whether_what_the_author_relates_is_their_view_is_answered_by_it() {
    // What the author relates as fact is no one else's view: "or someone else's" found the
    // NATO scholars' view linked to it, "the author's own view" the author's view of NATO.
    for asked in
        ["is that the author's own view?", "Is that the author's own view or someone else's?"]
    {
        let turns = converse(&["How have US-Russia relations changed since the 1990s?", asked]);
        assert_eq!(turns[0].as_deref(), Some("us-russia-worsening"));
        assert_eq!(turns[1].as_deref(), Some("us-russia-worsening"), "{asked}");
    }
}

#[test]
fn who_said_what_some_people_said_is_them_unless_the_article_gives_one_of_them() {
    // After the "seam", which some skeptics described, "who said that?" found the op-ed the
    // entry leads to, which the article never says spoke of a seam.
    for who in ["who said that?", "Who said they're only held together by a seam?"] {
        let turns = converse(&["what's this 'seam' business in the article?", who]);
        assert_eq!(turns[0].as_deref(), Some("seam"));
        assert_eq!(turns[1].as_deref(), Some("seam"), "{who}");
    }
    // Guard: the sceptics' view gives one of them, "For instance": him.
    let turns = converse(&["What do sceptics say about the relationship?", "who argues that?"]);
    assert_eq!(turns[1].as_deref(), Some("kaczmarski"));
}

#[test]
fn the_other_alexander_is_neither_the_current_entry_nor_one_given_before() {
    // After Gabuev and what his term means, "the other Alexander" gave Gabuev again: only the
    // current entry was set aside.
    let turns = converse(&[
        "I keep mixing up all the Alexanders in this text. Who is Alexander Gabuev?",
        "And what did he call the cooperation?",
        "What does that mean in practice?",
        "OK, and the other Alexander?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("gabuev-condominium"));
    assert_eq!(turns[2].as_deref(), Some("division-of-labour"));
    assert_eq!(turns[3].as_deref(), Some("korolev"));
}

#[test]
fn their_names_are_of_the_people_just_named_and_the_author_has_none() {
    // "What are their names?" after the foreign ministers' talks found the headline (the
    // article's "name"), and "what's his name?" after the author's own research, that research.
    let turns = converse(&[
        "And the foreign ministers of both countries, what they said about the pandemic?",
        "What are their names?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("wang-yi"));
    assert_eq!(turns[1].as_deref(), Some("wang-yi"));
    let turns = converse(&[
        "what does the author argue in his own research?",
        "What's his name, by the way?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("cooperative-hegemony"));
    assert_eq!(turns[1], None);
    // Guard: the name of someone quoted is their entry's to give.
    let turns = converse(&["who called it a condominium?", "what's his name?"]);
    assert_eq!(turns[1].as_deref(), Some("gabuev-condominium"));
}

#[test]
fn who_is_quoted_for_a_side_is_its_voice_the_article_names() {
    // After the West's stated position, "who's quoted for the US?" was read alone (a think
    // tank), and "what did he call NATO?" then took the think tank's analyst.
    let turns = converse(&[
        "How did Lavrov characterise the expansion of NATO toward Russia?",
        "and the American side?",
        "who's quoted for the US?",
        "what did he call NATO?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("west-reassurances")); // guard
    assert_eq!(turns[2].as_deref(), Some("kerry"));
    assert_eq!(turns[3].as_deref(), Some("kerry"));
}

#[test]
fn who_came_up_with_it_or_noted_it_asks_who_said_it() {
    // After the division of labour, which Gabuev termed a condominium, "who came up with that
    // description?" was declined: neither "came up with" nor "description" read as saying.
    for who in ["who came up with that description?", "who came up with that?"] {
        let turns = converse(&["How do Russia and China split roles in Central Asia?", who]);
        assert_eq!(turns[0].as_deref(), Some("division-of-labour"));
        assert_eq!(turns[1].as_deref(), Some("gabuev-condominium"), "{who}");
    }
    // "who noted that?" after Trenin's words was declined.
    let turns = converse(&["what did trenin say about china", "who noted that?"]);
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    // Guard: what the answer describes, asked without a "who", is still the answer.
    let turns = converse(&["How do Russia and China split roles in Central Asia?", "describe it"]);
    assert_eq!(turns[1].as_deref(), Some("division-of-labour"));
}

#[test]
fn who_thinks_so_asks_whose_view_it_is() {
    // After the realists' logic, "and who thinks that?" gave the logic again: only verbs of
    // saying asked who holds a view.
    for who in ["and who thinks that?", "so who thinks like that?"] {
        let turns = converse(&["what's the realist argument about rising powers?", who]);
        assert_eq!(turns[0].as_deref(), Some("realist-logic"));
        assert_eq!(turns[1].as_deref(), Some("mearsheimer"), "{who}");
    }
}

#[test]
fn he_after_a_title_before_the_name_is_the_person_named() {
    // Medvedev's view is curated as "then-President Dmitri Medvedev": the title read as the
    // name's first word made it no one's, and "he" went on to Lavrov, where it leads.
    let turns = converse(&[
        "why was medvedev unhappy about georgia and ukraine in 2008?",
        "what did he say exactly?",
        "and lavrov?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("medvedev-2008-nato"));
    assert_eq!(turns[1].as_deref(), Some("medvedev-2008-nato"));
    assert_eq!(turns[2].as_deref(), Some("lavrov-nato-root-cause"));
}

#[test]
fn a_question_torn_between_things_the_answer_names_is_about_the_answer() {
    // Tajikistan is "a member of the CSTO, but also the SCO": asked which organisations it
    // belongs to, the message alone ties the CSTO's entry with the SCO's, and the answer that
    // names both is the one just given.
    let turns = converse(&[
        "Which country do news reports link to an alleged Chinese military presence?",
        "which organisations is it a member of?",
    ]);
    assert_eq!(turns[0].as_deref(), Some("chinese-military-presence"));
    assert_eq!(turns[1].as_deref(), Some("chinese-military-presence"));
}

#[test]
fn is_he_a_journalist_asks_who_the_person_just_quoted_is() {
    // "a journalist" is a trade asked of Korolev, not the article's author: it answered the
    // author's own research.
    for question in ["is he a journalist?", "what is he, a journalist?", "is he a writer?"] {
        let turns = converse(&["what did Alexander Korolev's study find?", question]);
        assert_eq!(turns[0].as_deref(), Some("korolev"));
        assert_eq!(turns[1].as_deref(), Some("korolev"), "{question}");
    }
    // Guard: "the author" is still the article's.
    let turns = converse(&["what did Alexander Korolev's study find?", "does the author agree?"]);
    assert_ne!(turns[1].as_deref(), Some("korolev"));
}

#[test]
fn what_someone_named_said_is_their_words_the_answer_links_to() {
    // After NATO's enlargement, Lavrov's words on NATO, not his talks with Wang Yi, which his
    // name alone finds first.
    for question in ["what exactly did Lavrov say?", "so what did Lavrov say then?"] {
        let turns = converse(&["What's Russia's biggest gripe with the US?", question]);
        assert_eq!(turns[0].as_deref(), Some("nato-enlargement"));
        assert_eq!(turns[1].as_deref(), Some("lavrov-nato-root-cause"), "{question}");
    }
    // Guard: a message asking more than what he said reads its own words.
    let turns = converse(&[
        "What's Russia's biggest gripe with the US?",
        "what did lavrov say about china?",
    ]);
    assert_eq!(turns[1].as_deref(), Some("lavrov"));
}

#[test]
fn that_same_guy_points_back_as_he_does() {
    // "same" between "that" and "guy" kept it from pointing back: the main argument answered.
    let first =
        "What does the Carnegie director think the alternative to friendship with China would mean for Russia?";
    for question in ["what else has that same guy argued?", "what else has the same man said?"] {
        let turns = converse(&[first, question]);
        assert_eq!(turns[0].as_deref(), Some("trenin"));
        assert_eq!(turns[1].as_deref(), Some("trenin-west-coordination"), "{question}");
    }
}

#[test]
fn he_after_an_institution_is_the_person_its_quote_names() {
    // The Carnegie Moscow Center's quote is "In the words of Dmitri Trenin, director of ...":
    // "his view" was asked on its own and tied between two entries on China.
    let turns = converse(&["who runs the Carnegie Moscow Center?", "what's his view on China?"]);
    assert_eq!(turns[0].as_deref(), Some("carnegie-moscow-center"));
    assert_eq!(turns[1].as_deref(), Some("trenin"));
    // Guard: a correction's "he" after a person's profile is still that person.
    let turns =
        converse(&["who followed Putin as president?", "no, I meant what he said about NATO"]);
    assert_eq!(turns[1].as_deref(), Some("medvedev-2008-nato"));
}

#[test]
fn he_after_some_unnamed_people_is_the_one_the_article_gives_as_their_instance() {
    // "some scholars and commentators point out the shortcomings"; the article goes on "For
    // instance, ... Dr. Marcin Kaczmarski argues". "where is he from?" was declined.
    let turns = converse(&["do any experts doubt that the ties are solid?", "where is he from?"]);
    assert_eq!(turns[0].as_deref(), Some("sceptics-view")); // guard
    assert_eq!(turns[1].as_deref(), Some("kaczmarski"));
}

#[test]
fn whats_the_deal_before_its_verb_is_the_agreement_not_how_things_stand() {
    // "whats the deal" alone is chat for how things stand; "whats the deal called" dropped
    // "deal" all the same and found the article's title by "called".
    let turns =
        converse(&["where do washington and moscow see eye to eye?", "whats the deal called"]);
    assert_eq!(turns[1].as_deref(), Some("jcpoa"));
}
