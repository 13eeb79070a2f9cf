//! Russian questions: word forms, function words, the decline threshold, and the article's
//! concepts in everyday Russian.

use crate::support::*;
use article_qa_bot::matcher::{Matcher, Verdict};

#[test]
fn a_translated_sample_question_naming_a_full_name_is_answered_not_offered() {
    // The synonym phrase "Дмитрий Тренин" is one term of the question and of the sample
    // question alike, so the sample question is as close as it reads.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let ranking = russian.ask("Кто такой Дмитрий Тренин?");
    assert_eq!(ranking.verdict, Verdict::Answered, "{ranking:?}");
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("trenin"));
}

#[test]
fn russian_fact_words_ask_for_a_fact_the_article_lacks() {
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(russian.best_id("Сколько лет Путину?"), None);
    assert_eq!(
        russian.best_id("Сколько лет договору о добрососедстве?"),
        Some("good-neighborliness-treaty")
    );
}

#[test]
fn a_russian_reflexive_verb_of_another_meaning_is_not_its_base_verb() {
    let russian = matcher_in(article_qa_bot::Language::Ru);
    // "сказался" (affected), not "сказал" (said): not Wang Yi's words on the pandemic.
    assert_eq!(
        russian.best_id("Сказался ли коронавирус на связях Москвы и Пекина?"),
        Some("pandemic-problems")
    );
    assert_eq!(russian.best_id("Что сказал Ван И о пандемии?"), Some("wang-yi"));
}

#[test]
fn russian_questions_have_their_own_decline_threshold() {
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let english = matcher();
    let offset = article_qa_bot::matcher::RUSSIAN_MIN_SCORE_OFFSET;
    assert!(offset < 0.0);
    assert_eq!(russian.config().min_score, english.config().min_score + offset);
    // Built again from the Russian matcher's own configuration, the offset is not applied twice.
    let again = Matcher::in_language(
        russian.knowledge().clone(),
        russian.config().clone(),
        article_qa_bot::Language::Ru,
    );
    assert_eq!(again.config().min_score, russian.config().min_score);
    // "What worries Moscow most in the West's policy?" fits NATO's enlargement about as well as
    // Russian questions do, below the English threshold.
    let ranking = russian.ask("Что больше всего тревожит Москву в политике Запада?");
    assert_eq!(ranking.verdict, Verdict::Answered);
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("nato-enlargement"));
    assert!(ranking.score() < english.config().min_score, "{}", ranking.score());
}

#[test]
fn a_russian_preposition_is_no_topic_and_since_what_year_asks_a_date() {
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert!(russian.is_stop_word("через"));
    let asked = russian.asked("С какого года Россия координирует действия с НАТО?");
    assert_eq!(asked.kinds, vec![article_qa_bot::knowledge::QuestionKind::When]);
    let ranking =
        russian.ask("С какого года Россия координирует действия с НАТО через Совет Россия — НАТО?");
    assert_eq!(ranking.verdict, Verdict::Answered);
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("nato-russia-council"));
}

#[test]
fn a_capitalised_russian_word_the_article_lacks_is_a_name_that_counts() {
    // An unknown Russian word weighs half (mostly a form the stemmer misses), but a name
    // written with a capital inside the question is a subject the article does not cover.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let ranking = russian.ask("Что Макфол говорил о Навальном?");
    assert_eq!(ranking.verdict, Verdict::Declined, "{:?}", ranking.best());
    let ranking = russian.ask("Что Макфол говорил о расширении НАТО?");
    assert_eq!(ranking.verdict, Verdict::Answered);
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("mcfaul"));
}

#[test]
fn russian_endings_with_short_i_join_the_other_forms_of_a_word() {
    // "атомной" (of nuclear, with "й") and the keyword "атомная" share their stem only when "й"
    // is kept: folded to "и", the stemmer misread the ending.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let terms = |text: &str| -> Vec<String> {
        russian.explain_terms(text).into_iter().map(|term| term.term).collect()
    };
    assert_eq!(terms("атомной"), terms("атомная"));
    let ranking =
        russian.ask("Какие совместные проекты в атомной энергетике реализуют две страны?");
    assert_eq!(ranking.verdict, Verdict::Answered);
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("rosatom-reactors"));
}

#[test]
fn russian_drawing_together_before_and_now_are_told_apart_by_the_keywords() {
    // The stemmer reads "сближало" (used to draw together) and "сближаются" (are drawing
    // closer) alike: each entry's keywords name its own.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(
        russian.best_id("Что раньше сближало Китай и Россию в регионе?"),
        Some("us-presence-glue")
    );
    assert_eq!(russian.best_id("Россия и Китай сближаются?"), Some("higher-level-ties"));
}

#[test]
fn the_article_named_alone_asks_what_it_is_about() {
    // "статья" is a function word in Russian questions ("что в статье говорится о НАТО?").
    let russian = matcher_in(article_qa_bot::Language::Ru);
    for question in ["О чём эта статья?", "про что статья", "Расскажи о статье"]
    {
        assert_eq!(russian.best_id(question), Some("article-summary"), "{question}");
    }
    assert_eq!(russian.best_id("Что в статье говорится о НАТО?"), Some("nato-enlargement"));
    // Its author is not named: a name is asked, which the summary does not give.
    assert_eq!(russian.best_id("Кто автор статьи?"), None);
    // What does not suit Russia is its grievance ("не устраивает" = недовольство).
    let question = "Что больше всего не устраивает Россию в отношениях с Западом?";
    assert_eq!(russian.best_id(question), Some("nato-enlargement"));
    // A reflexive adds nothing: the author's own argument, his main one.
    let english = matcher();
    let himself = english.best_id("what does the author himself argue");
    assert_eq!(himself, english.best_id("what does the author argue"));
    assert_eq!(himself, Some("main-argument"));
}

#[test]
fn everyday_russian_words_are_read_as_the_articles_concepts() {
    let russian = matcher_in(article_qa_bot::Language::Ru);
    for (question, concept) in [
        ("Почему в Кремле с опаской относятся к ШОС?", "~fear"),
        ("Как ковид повлиял на торговлю?", "~affect"),
        ("Какими объединениями руководит Россия?", "~organization"),
    ] {
        let terms: Vec<String> =
            russian.explain_terms(question).into_iter().map(|term| term.term).collect();
        assert!(terms.iter().any(|term| term == concept), "{question}: {terms:?}");
    }
}

#[test]
fn what_day_in_russian_asks_a_date() {
    let russian = matcher_in(article_qa_bot::Language::Ru);
    // "какого числа" is "on what date": the caption gives the photo's, the credit does not.
    assert_eq!(russian.best_id("Какого числа сделали это фото?"), Some("photo-caption"));
}

#[test]
fn the_two_countries_are_china_and_russia_together() {
    let russian = matcher_in(article_qa_bot::Language::Ru);
    // "обеим странам" is the article's "the two countries", which the treaty's entry names.
    assert_eq!(
        russian.best_id("Зачем обеим странам договор о добрососедстве?"),
        Some("good-neighborliness-treaty")
    );
}

#[test]
fn think_in_russian_is_a_function_word_as_in_english() {
    // "думает" was read as "дума" and matched the sample questions asking someone's view.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(russian.best_id("Что Япония думает о сближении России и Китая?"), None);
    assert_eq!(russian.best_id("Что думает Тренин о дружбе с Китаем?"), Some("trenin"));
}

#[test]
fn russian_how_the_us_explains_nato_expansion_is_its_reassurance() {
    // As in Chinese: the reassurance's Russian keywords now name NATO's expansion; Lavrov's
    // words on it were answered.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let question = "Как США объясняют расширение НАТО?";
    assert_eq!(russian.best_id(question), Some("west-reassurances"), "{question}");
}

#[test]
fn russian_so_far_is_no_topic_and_concessions_in_every_case() {
    // "пока" (so far) weighed as a rare word of another entry, and "уступок" (of concessions)
    // was not the concessions of "уступки": declined.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let question = "Каких уступок Пекину Россия пока избегает?";
    assert_eq!(russian.best_id(question), Some("energy-majority-stake"), "{question}");
}

#[test]
fn calm_in_russian_is_the_stability_china_wants_more() {
    // "спокойствие" (calm) is the stability Kaczmarski says China needs more than Russia.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(
        russian.best_id("Кому важнее спокойствие, Пекину или Москве?"),
        Some("stability-vs-challenge")
    );
}

#[test]
fn by_which_year_in_russian_asks_a_date_and_discord_is_a_rift() {
    let russian = matcher_in(article_qa_bot::Language::Ru);
    // "к какому году" (by which year): a date the lunar station's entry does not give.
    assert_eq!(
        russian.best_id("К какому году Россия и Китай собираются достроить лунную станцию?"),
        None
    );
    // "разлад" (discord) is the rift the author says might come.
    assert_eq!(
        russian.best_id("Из-за чего у России и Китая в будущем может случиться разлад?"),
        Some("future-rift")
    );
}

#[test]
fn when_and_where_in_russian_weigh_as_the_english_question_words_do() {
    // "когда" and "где" are fact words, as "when" and "where": an entry whose questions never
    // ask them does not give the time or the place. The lunar station's entry gives no date.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(russian.best_id("Когда Китай и Россия построят станцию на Луне?"), None);
    // Guards: entries that give the time or the place still answer.
    assert_eq!(
        russian.best_id("Когда Си Цзиньпин и Путин говорили по телефону?"),
        Some("december-phone-call")
    );
    assert_eq!(russian.best_id("Где у России есть военные базы?"), Some("russian-bases"));
    assert_eq!(
        russian.best_id("Где Россия строит атомные станции в Китае?"),
        Some("rosatom-reactors")
    );
}

#[test]
fn in_the_end_of_a_forecast_asks_the_forecast() {
    // "в конце концов" was read as asking how things turned out after the article, whatever
    // the verb's tense: Mearsheimer's forecast of what Russia will eventually do was declined.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let question = "Как считает Миршаймер, что Россия в конце концов сделает?";
    assert_eq!(russian.best_id(question), Some("mearsheimer-prediction"));
    // Guard: of a past verb, it still asks an outcome the article cannot know.
    let question = "Купила ли Турция в конце концов эти самолеты?";
    assert_eq!(russian.ask(question).verdict, article_qa_bot::matcher::Verdict::Declined);
}

#[test]
fn how_the_pandemic_spoiled_relations_is_the_pandemics_frictions() {
    // The pandemic's entry did not say it harmed anything: "как пандемия испортила отношения"
    // went to the entry on how U.S.-Russia relations soured, which has no pandemic in it.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let question = "Чем пандемия навредила отношениям России и Китая?";
    assert_eq!(russian.best_id(question), Some("pandemic-problems"));
}

#[test]
fn how_the_roles_are_distributed_is_the_division_of_labour() {
    // "распределены роли" was unknown as a phrase: a tie with the Chinese military presence.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let question = "Как распределены роли Москвы и Пекина в Центральной Азии?";
    assert_eq!(answered_id(&russian, question), Some("division-of-labour"));
}

#[test]
fn what_russia_dislikes_most_is_its_top_grievance() {
    // "не нравится" (and "dislike") were no word for a grievance: the Russian question was
    // declined, the English one found Medvedev's remark.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let question = "что больше всего не нравится россии в отношениях с западом?";
    assert_eq!(answered_id(&russian, question), Some("nato-enlargement"));
    let english = matcher();
    let question = "what does russia dislike most about the west?";
    assert_eq!(answered_id(&english, question), Some("nato-enlargement"));
}

#[test]
fn a_view_asked_in_russian_is_a_view_asked() {
    // "Как X относится к ...?" (how does X regard ...) was read as words alone: Xi's view of
    // NATO's growth, which the article never gives, was offered as a choice of NATO entries,
    // and Brazil's view of the partnership answered with the BRICS summit in Brasilia.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(answered_id(&russian, "Как Си Цзиньпин относится к расширению НАТО?"), None);
    assert_eq!(answered_id(&russian, "Как Бразилия относится к партнёрству России и Китая?"), None);
    // Views the article gives are still found.
    assert_eq!(answered_id(&russian, "Что Тренин думает о Китае?"), Some("trenin"));
    let lavrov = "Как Лавров относится к расширению НАТО?";
    assert_eq!(answered_id(&russian, lavrov), Some("lavrov-nato-root-cause"));
}

#[test]
fn what_someone_says_in_russian_is_a_view_asked() {
    // "Что X говорит о ...?" (what does X say about ...) was read as words alone: Gabuev on oil,
    // which the article never gives, answered with his words on the condominium.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(answered_id(&russian, "Что Габуев говорит о нефти?"), None);
    // Words the article gives are still found.
    assert_eq!(answered_id(&russian, "Что сказал Макфол о расширении НАТО?"), Some("mcfaul"));
    assert_eq!(answered_id(&russian, "Что Тренин пишет о Центральной Азии?"), Some("trenin"));
    // What Xi said of Russia is the call in which he said it, not his profile.
    let xi = "Что Си сказал о России?";
    assert_eq!(answered_id(&russian, xi), Some("december-phone-call"));
}

#[test]
fn suspicion_in_russian_is_a_known_feeling() {
    // "с подозрением" (with suspicion) was unknown to the knowledge base, so Moscow's wariness
    // of the SCO, which it steers, was declined.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let question = "Почему Россия относится к ШОС с подозрением?";
    assert_eq!(answered_id(&russian, question), Some("moscow-steers-sco"));
}

#[test]
fn finding_a_common_language_is_agreeing() {
    // "найти общий язык" is the idiom for reaching agreement; "язык" alone weighed as a word
    // the article lacks, and the question was declined.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(
        answered_id(&russian, "В чём Москва и Вашингтон могли бы найти общий язык?"),
        Some("iran-common-ground")
    );
}

#[test]
fn what_could_make_them_fall_out_is_the_future_rift() {
    // "рассорить" (to set at odds) was a keyword of Trenin's words only, whose "disaster" is
    // the alternative to friendship, not what would end it.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let question = "что может рассорить россию и китай в будущем";
    assert_eq!(answered_id(&russian, question), Some("future-rift"));
}

#[test]
fn on_the_whole_asks_for_the_gist_not_a_topic() {
    // "в целом" (on the whole) stemmed as a topic word that a translation holds.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let question = "О чём в целом эта статья?";
    assert_eq!(answered_id(&russian, question), Some("article-summary"));
}

#[test]
fn how_a_summit_ended_in_a_reflexive_past_is_after_the_article() {
    // "закончился" (ended) is past in its reflexive form: only "-л", "-ла", "-ло", "-ли" were
    // read as past, so "в итоге" made no outcome and the summit's forecast answered it.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let ended = "Чем в итоге закончился саммит Байдена и Путина?";
    assert_eq!(answered_id(&russian, ended), None);
    assert!(russian.asked(ended).beyond_the_article);
    // Guard: what the author expects of it "в итоге" is the forecast the article makes.
    let expects = "Что в итоге ожидает автор от саммита Байдена и Путина?";
    assert_eq!(answered_id(&russian, expects), Some("biden-putin-summit"));
}

#[test]
fn a_relative_where_is_no_place_asked() {
    // "сфера, где ..." (an area where ...) read "где" as a place the Iran entry lacks.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(
        russian.best_id("Есть ли область, где Москва и Вашингтон сходятся, например по Ирану?"),
        Some("iran-common-ground")
    );
    // A place asked is still a place: the summit's entry gives none.
    assert_eq!(russian.best_id("Где проходил саммит Байдена и Путина?"), None);
}

#[test]
fn the_abm_treaty_abbreviated_is_the_treaty_not_the_preposition() {
    // "ПРО" (ABM) lowercases to "про" (about), a function word: "договор по ПРО" was a treaty
    // of no kind, and the question was declined.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(answered_id(&russian, "Что случилось с договором по ПРО?"), Some("abm-treaty"));
    // Why the U.S. left it is not in the article: declined, not the list of disputes naming it.
    assert_eq!(russian.best_id("Зачем США вышли из договора ПРО?"), None);
}

#[test]
fn did_in_russian_is_no_topic() {
    // "делала" (did) was a word of its own, found in the crisis-management entry's "what good
    // would it do": "why did Moscow do that?" after the SCO went there.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let read = words_read(&russian, "зачем москва это делала");
    assert!(!read.iter().any(|words| words.starts_with("дела")), "{read:?}");
}
