//! Dates, years, ages, counts, amounts, measures and spans of time: answered only by an entry that
//! gives them.

use crate::support::*;
use article_qa_bot::matcher::{Matcher, Verdict};

#[test]
fn a_year_the_article_never_names_weighs_as_an_unknown_word() {
    let english = matcher();
    assert_eq!(english.best_id("Which countries joined NATO in 2004?"), None);
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(russian.best_id("Какие страны вступили в НАТО в 2004 году?"), None);
    // A year a reader adds to a question the article answers still leaves it answered.
    assert_eq!(
        english
            .best_id("When did the 2001 friendship treaty get signed and what anniversary is it?"),
        Some("good-neighborliness-treaty")
    );
}

#[test]
fn a_year_asked_of_an_entry_whose_quote_states_none_is_declined() {
    // Wang Yi's entry gives a "when" ("recently"), but no year; the EAEU link's states 2015.
    let english = matcher();
    let declined = |matcher: &Matcher, question: &str| {
        let ranking = matcher.ask(question);
        assert_eq!(ranking.verdict, Verdict::Declined, "{question}: {:?}", ranking.best());
    };
    declined(&english, "In what year did Wang Yi become foreign minister?");
    declined(&matcher_in(article_qa_bot::Language::Zh), "王毅是哪一年当上外长的？");
    let ranking =
        english.ask("In which year did Russia and China agree to link the BRI and the EAEU?");
    assert_eq!(ranking.verdict, Verdict::Answered);
    assert!(ranking.best().is_some_and(|hit| hit.entry.quote.contains("2015")));
    // "When" alone is answered by "recently".
    let ranking = english.ask("when did wang yi and lavrov talk");
    assert_eq!(ranking.verdict, Verdict::Answered);
}

#[test]
fn when_something_began_asks_for_a_date() {
    // "When did he become ...?" asks a date; Lavrov's entry gives only "recently".
    let english = matcher();
    let ranking = english.ask("When did Sergey Lavrov become foreign minister?");
    assert_eq!(ranking.verdict, Verdict::Declined, "{:?}", ranking.best());
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let ranking = russian.ask("Когда Сергей Лавров стал министром иностранных дел?");
    assert_eq!(ranking.verdict, Verdict::Declined, "{:?}", ranking.best());
    // A date the article states, or one the question names itself, is no reason to decline.
    let ranking = english.ask("When was the joint statement on the EAEU and BRI signed?");
    assert!(ranking.best().is_some_and(|hit| hit.entry.quote.contains("2015")));
    assert_eq!(ranking.verdict, Verdict::Answered);
    let ranking =
        english.ask("When did the 2001 friendship treaty get signed and what anniversary is it?");
    assert_eq!(ranking.verdict, Verdict::Answered);
}

#[test]
fn a_measure_the_article_gives_nowhere_is_declined_in_each_language() {
    // The border comes up only as one the pandemic closed; its length is given nowhere.
    let declined = |matcher: &Matcher, question: &str| {
        let ranking = matcher.ask(question);
        assert_eq!(ranking.verdict, Verdict::Declined, "{question}: {:?}", ranking.best());
    };
    declined(&matcher(), "What is the length of the border between Russia and China?");
    let russian = matcher_in(article_qa_bot::Language::Ru);
    declined(&russian, "Какова протяжённость российско-китайской границы?");
    declined(&matcher_in(article_qa_bot::Language::Zh), "中俄边境有多长？");
    // The border itself is in the article.
    let ranking = russian.ask("Почему Россия закрыла границу с Китаем?");
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("pandemic-problems"));
}

#[test]
fn when_something_closed_down_asks_a_date_the_border_closing_does_not_give() {
    // The pandemic entry tells of the border closed "early on": no date of any closing down.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let ranking = russian.ask("Когда закрылся Московский центр Карнеги?");
    assert_eq!(ranking.verdict, Verdict::Declined, "{:?}", ranking.best());
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("卡内基莫斯科中心什么时候关闭的？"), None);
    // When the border was closed is answered by it: "early on" in the pandemic.
    let english = matcher();
    assert_eq!(
        english.best_id("when did russia close the border with china?"),
        Some("pandemic-problems")
    );
}

#[test]
fn how_many_of_what_an_entry_counts_is_no_fact_it_lacks() {
    let english = matcher();
    // The treaty entry gives a number of years: "many" weighed against it as a missing fact.
    assert_eq!(
        english.best_id("how many years since the good neighbour treaty was signed"),
        Some("good-neighborliness-treaty")
    );
    // A count no entry gives is still declined.
    assert_eq!(english.best_id("How many member states does the SCO have?"), None);
}

#[test]
fn comparing_ages_and_asking_amounts_of_money_are_facts_the_article_never_gives() {
    let english = matcher();
    // Wang Yi's entry answered "older"; the energy stakes answered "how much ... invested".
    assert_eq!(english.best_id("who is older, lavrov or wang yi?"), None);
    assert_eq!(english.best_id("how much have chinese firms invested in russian energy?"), None);
    // Who they are, and how much the sides trust each other, are the article's.
    assert_eq!(english.best_id("who is wang yi?"), Some("wang-yi"));
    assert_eq!(
        english.best_id("how much do moscow and washington trust each other?"),
        Some("low-trust")
    );
}

#[test]
fn how_much_of_a_feeling_asks_a_degree_not_a_number() {
    let english = matcher();
    assert_eq!(
        english.best_id("how much do moscow and washington trust one another"),
        Some("low-trust")
    );
    // An amount of money is still a number, which the article never gives.
    assert_eq!(english.best_id("How much did the Su-35 deal cost?"), None);
}

#[test]
fn how_old_is_answered_by_an_entry_that_gives_an_age() {
    // The treaty's entry gives its age (twenty years) without the word "old", which counted
    // against it as a fact it lacks.
    let english = matcher();
    assert_eq!(
        english.best_id("how old is the friendship treaty between china and russia"),
        Some("good-neighborliness-treaty")
    );
    // An entry giving no age still does not answer it.
    assert_eq!(english.best_id("how old is putin"), None);
}

#[test]
fn how_old_a_thing_is_answered_by_its_date() {
    // The photo's entry gives its date, never "old", which counted against it as an age it
    // lacks; so did the 19th century of the territorial grievances.
    let english = matcher();
    assert_eq!(english.best_id("how old is the picture at the top"), Some("photo-caption"));
    assert_eq!(english.best_id("how old are those grievances?"), Some("territorial-concessions"));
    // Guards: a person's age is still an age, and the article's own date is one it lacks.
    assert_eq!(english.best_id("how old is the author?"), None);
    assert_eq!(english.best_id("how old is this article?"), Some("article-date"));
}

#[test]
fn how_much_before_a_plural_asks_a_count() {
    // A learner's "how much soldiers" asks how many: Tajikistan's entry gives no number.
    let english = matcher();
    assert_eq!(english.best_id("how much troops does russia keep in tajikistan"), None);
    // "how much" of a degree still reads the entry that gives it.
    assert_eq!(english.best_id("how much does russia trust china?"), Some("low-trust"));
}

#[test]
fn a_share_or_percentage_asks_a_figure_the_entry_must_give() {
    // The entry on Russia's threat perception gives no figure: a percentage of it is declined.
    let english = matcher();
    assert_eq!(english.best_id("what proportion of russians feel threatened by nato"), None);
    assert_eq!(english.best_id("what share of russians see the west as a threat"), None);
    // The perception itself is still answered.
    assert_eq!(
        english.best_id("do russians see nato as a threat?"),
        Some("nato-threat-perception")
    );
}

#[test]
fn a_question_naming_only_the_kind_of_fact_asks_about_nothing() {
    // "what year" was answered with Putin's early years, whose keyword holds the word "years".
    let english = matcher();
    assert_eq!(english.best_id("what year"), None);
    assert_eq!(english.best_id("which city?"), None);
    assert_eq!(matcher_in(article_qa_bot::Language::Ru).best_id("в каком году"), None);
    // With a topic the kind is asked of it.
    assert_eq!(english.best_id("what year is the article from?"), Some("article-date"));
}

#[test]
fn how_long_something_has_gone_on_asks_a_span_of_time() {
    // "long" weighed as a word no entry holds: every such question was declined.
    let english = matcher();
    assert_eq!(
        english.best_id("how long have relations between russia and america been getting worse"),
        Some("us-russia-worsening")
    );
    assert_eq!(
        english.best_id("how long did the ties with washington keep worsening"),
        Some("us-russia-worsening")
    );
    // An entry stating no span ("recently") does not tell it; nor is a length or a date one.
    // (Guards: these were declined before as well.)
    assert_eq!(english.best_id("How long has Sergey Lavrov been foreign minister?"), None);
    assert_eq!(english.best_id("how long ago did the ussr collapse"), None);
    assert_eq!(english.best_id("how long is the border"), None);
    // A length is a figure, which the entry on the 19th-century concessions (land, borders)
    // does not give.
    assert_eq!(english.best_id("How long is the land border between China and Russia?"), None);
    assert_eq!(english.best_id("how wide is the border between russia and china"), None);
}

#[test]
fn a_period_or_a_region_asked_exactly_is_a_when_or_a_where_not_which_ones() {
    // "which states exactly?" asks which particular ones, and an entry that lists none does not
    // answer it; "what period exactly?" asks a time, which the treaty's quote gives.
    let english = matcher();
    assert_eq!(
        english.best_id("in what period exactly treaty of good-neighborliness"),
        Some("good-neighborliness-treaty")
    );
    // "in that part of the world" names a region (Central Asia), asking no place (a guard).
    assert_eq!(
        english.best_id(
            "What common cause used to push Moscow and Beijing together in that part of the world?"
        ),
        Some("us-presence-glue")
    );
    assert_eq!(english.best_id("in which part of the world is the CSTO"), Some("csto"));
}

#[test]
fn a_plants_capacity_is_a_figure_the_article_never_gives() {
    // "capacity" was an unknown word among the reactors' own: their entry answered.
    let english = matcher();
    let question = "What is the power capacity of the Tianwan nuclear plant?";
    assert_eq!(english.best_id(question), None);
    // Guard: the plant itself is answered.
    assert_eq!(english.best_id("What is Tianwan?"), Some("rosatom-reactors"));
}

#[test]
fn a_percent_sign_asks_a_share_the_article_never_gives() {
    // "%" was dropped, so the question read as one about oil exports to China (the energy
    // stake); "percent" asks a share, which the article never gives.
    let english = matcher();
    for question in [
        "what % of russian oil exports go to china",
        "what percent of russian oil exports go to china",
    ] {
        assert_eq!(english.best_id(question), None, "{question}");
    }
    // Guard: without the sign it is the energy stake's question.
    assert_eq!(
        english.best_id("does russia fear overdependence on the chinese market for its oil?"),
        Some("energy-majority-stake")
    );
}

#[test]
fn which_day_is_answered_only_by_a_quote_giving_a_day() {
    // "Late December" tells when the call was, not which day: the call's entry answered "what
    // exact date ...?". Only the photo's caption gives a day (November 12, 2019).
    let english = matcher();
    let exact = "On which precise date did Putin and Xi speak on the phone?";
    assert_eq!(answered_id(&english, exact), None);
    assert_eq!(answered_id(&english, "what date was the photo taken?"), Some("photo-caption"));
    let call = "When did Xi and Putin call each other?";
    assert_eq!(answered_id(&english, call), Some("december-phone-call"));
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(answered_id(&russian, "Какого числа Си и Путин созвонились?"), None);
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(answered_id(&chinese, "习近平和普京是几号通的电话？"), None);
    // "哪天" (which day) is how readers ask when: still the call, and the photo's day.
    assert_eq!(answered_id(&chinese, "普京和习近平是哪天通的电话？"), Some("december-phone-call"));
    assert_eq!(answered_id(&chinese, "那张照片是哪天拍的？"), Some("photo-caption"));
}

#[test]
fn a_year_other_than_the_quotes_is_another_time() {
    // The 2014 doctrine answered a question about a 2010 one; Medvedev's words of 2008 one
    // about what he said in 2009.
    let english = matcher();
    assert_eq!(
        answered_id(&english, "Did Russia's 2010 military doctrine call NATO a risk?"),
        None
    );
    assert_eq!(answered_id(&english, "what did Medvedev say in 2009 about NATO?"), None);
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(answered_id(&russian, "Что говорила военная доктрина 2010 года о НАТО?"), None);
    // Guards: the year the quote states, and a year beside a quote stating none.
    let doctrine = "Did Russia's 2014 military doctrine call NATO a risk?";
    assert_eq!(answered_id(&english, doctrine), Some("military-doctrine-2014"));
    assert_eq!(
        answered_id(&english, "what did Medvedev say in 2008 about NATO?"),
        Some("medvedev-2008-nato")
    );
    assert_eq!(
        answered_id(&russian, "Что говорила военная доктрина 2014 года о НАТО?"),
        Some("military-doctrine-2014")
    );
    assert_eq!(answered_id(&english, "What did Kerry argue in 2016 about NATO?"), None);
    assert_eq!(answered_id(&english, "What did Kerry argue in 2015 about NATO?"), Some("kerry"));
}

#[test]
fn when_of_a_claim_the_article_leaves_undated_is_declined() {
    // The skeptics' "seam" carries no date in the article; its entry gave a "when", and the
    // question was answered with the quote.
    let english = matcher();
    let asked = "when did some suggest the us could exploit the seam between china and russia?";
    assert_eq!(answered_id(&english, asked), None);
    // Guard: what they suggested is still that entry.
    let suggested = "did some suggest the us could exploit the seam between china and russia?";
    assert_eq!(answered_id(&english, suggested), Some("seam"));
}

#[test]
fn when_a_body_was_joined_is_declined_when_the_only_date_beside_it_is_another_things() {
    // The G-8 sentence goes on "and since 2002 it was able to coordinate activities with NATO":
    // its entry gave a "when", and "which year did russia join the g8" was answered with 2002,
    // the NATO-Russia Council's year.
    let english = matcher();
    assert_eq!(answered_id(&english, "which year did russia join the g8"), None);
    assert_eq!(answered_id(&english, "when did russia join the g8?"), None);
    // Guards: that it joined, and since when it worked with NATO.
    assert_eq!(answered_id(&english, "did russia join the g8?"), Some("g8"));
    assert_eq!(
        answered_id(&english, "since when has russia coordinated with nato?"),
        Some("nato-russia-council")
    );
}

#[test]
fn which_year_is_answered_only_by_a_quote_giving_a_year() {
    // "late December" tells when the call was, not which year: the call's entry answered.
    let english = matcher();
    assert_eq!(english.best_id("what year was the xi putin phone call?"), None);
    assert_eq!(
        matcher_in(article_qa_bot::Language::Zh).best_id("习近平和普京哪一年通的电话？"),
        None
    );
    // Guards: a quote stating the year, and the article's own date, which its entry says it
    // lacks.
    assert_eq!(
        english.best_id("what year was the belt and road joint statement signed?"),
        Some("belt-and-road")
    );
    assert_eq!(english.best_id("what year is the article from"), Some("article-date"));
}

#[test]
fn when_the_iran_deal_is_rejoined_is_not_in_the_article() {
    // The article names Biden's declared interest in rejoining, with no date of it nor of a
    // return: the deal's entry answered both.
    let english = matcher();
    assert_eq!(english.best_id("When will Washington rejoin the JCPOA?"), None);
    assert_eq!(english.best_id("When did Biden say he wants to rejoin the Iran deal?"), None);
    assert_eq!(matcher_in(article_qa_bot::Language::Zh).best_id("美国何时重返伊核协议？"), None);
    // Guard: what it is still answers.
    assert_eq!(english.best_id("What is the JCPOA?"), Some("jcpoa"));
}
