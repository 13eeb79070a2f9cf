//! Unit tests of the matcher on small knowledge bases of their own.

use super::*;
use crate::knowledge::QuestionKind;
use crate::knowledge::{SourceFile, Sources};
use rust_stemmers::Algorithm;

fn knowledge(entries: &str, synonyms: &str) -> Knowledge {
    let file = |name: &str, text: &str| SourceFile { name: name.into(), text: text.into() };
    Knowledge::parse(&Sources {
        article: file(
            "article.txt",
            "Title\n\nNATO enlargement angers Moscow. Sukhoi jets were sold to Beijing. \
             The Iran nuclear deal is a rare area of agreement. Beijing bought the jets from \
             Moscow. Moscow sold the Sukhoi jets.",
        ),
        article_meta: file(
            "article.toml",
            "title = \"Title\"\npublication = \"P\"\nfront_matter = [\"title\"]",
        ),
        entries: vec![file("entries.toml", entries)],
        synonyms: Some(file("synonyms.toml", synonyms)),
        smalltalk: None,
        ui: None,
        languages: Vec::new(),
    })
    .unwrap()
}

fn entry(id: &str, questions: &[&str], keywords: &[&str], quote: &str) -> String {
    format!(
        "[[entry]]\nid = {id:?}\ntitle = {id:?}\ntopic = \"t\"\nquestions = {questions:?}\n\
         keywords = {keywords:?}\nanswer = \"Something.\"\nquote = {quote:?}\n\n"
    )
}

fn sample() -> Matcher {
    let entries = entry(
        "nato",
        &["Why is Russia angry about NATO?"],
        &["nato", "enlargement"],
        "NATO enlargement angers Moscow.",
    ) + &entry(
        "jets",
        &["What jets did China buy?"],
        &["sukhoi", "jets"],
        "Sukhoi jets were sold to Beijing.",
    ) + &entry(
        "iran",
        &["What about Iran?"],
        &["iran nuclear deal"],
        "The Iran nuclear deal is a rare area of agreement.",
    );
    let synonyms =
        "groups = [[\"nato\", \"north atlantic treaty organization\"], [\"china\", \"beijing\"], \
                    [\"jcpoa\", \"iran nuclear deal\"], [\"expansion\", \"enlargement\"]]";
    Matcher::new(knowledge(&entries, synonyms), MatchConfig::DEFAULT)
}

fn best_id(matcher: &Matcher, question: &str) -> Option<String> {
    matcher.ask(question).best().map(|hit| hit.entry.id.clone())
}

#[test]
fn a_question_is_read_up_to_its_byte_cap_whatever_the_script() {
    let matcher = sample();
    let reads_sukhoi = |filler: &str, times: usize| {
        let question = format!("{}sukhoi", filler.repeat(times));
        matcher.explain_terms(&question).iter().any(|term| term.words == "sukhoi")
    };
    // "ж " is three bytes: 300 of them leave "sukhoi" inside 1000 bytes, 333 push it out,
    // though both questions are under 1000 characters.
    assert!(reads_sukhoi("ж ", 300));
    assert!(!reads_sukhoi("ж ", 333));
    assert!(reads_sukhoi("x ", 490));
    assert!(!reads_sukhoi("x ", 500));
    // A cut inside a character moves back to its start instead of panicking.
    assert!(!reads_sukhoi("жx", 400));
}

#[test]
fn the_build_time_stems_are_the_stemmers_and_sorted() {
    let stemmer = Stemmer::create(Algorithm::English);
    let russian = Stemmer::create(Algorithm::Russian);
    let table = known_stems::STEMS;
    assert!(table.len() > 1000, "build.rs stemmed the knowledge files' words");
    assert!(table.windows(2).all(|pair| pair[0].0 < pair[1].0), "sorted for binary search");
    for &(word, known) in table {
        // (The stemmer's, but for the people kept apart from what they make and for British
        // spellings, read as American ones.)
        assert_eq!(known, english_stems::stem_english(&stemmer, word), "{word}");
        assert_eq!(stem(&stemmer, &russian, word), known, "{word}");
    }
    assert_eq!(stem(&stemmer, &russian, "neighbourliness"), stemmer.stem("neighborliness"));
    assert_eq!(stem(&stemmer, &russian, "photographers"), "photographer");
    assert_eq!(stem(&stemmer, &russian, "zzzunknownings"), stemmer.stem("zzzunknownings"));
    // Russian stems are guarded: "Китая" (of China) is not cut to "кит" (whale).
    assert_eq!(stem(&stemmer, &russian, "китая"), "кита");
    assert_eq!(stem(&stemmer, &russian, "китаю"), "кита");
    assert_eq!(stem(&stemmer, &russian, "тренина"), "тренин");
    assert_eq!(stem(&stemmer, &russian, "中俄"), "中俄", "Chinese is not stemmed");
}

#[test]
fn the_build_time_russian_stems_are_the_stemmers_and_cover_the_translations() {
    let stemmer = Stemmer::create(Algorithm::English);
    let russian = Stemmer::create(Algorithm::Russian);
    let table = known_stems::RUSSIAN_STEMS;
    assert!(table.len() > 1000, "build.rs stemmed the translations' words");
    assert!(table.windows(2).all(|pair| pair[0].0 < pair[1].0), "sorted for binary search");
    for &(word, known) in table {
        assert_eq!(known, russian.stem(word), "{word}");
        let guarded = guard_russian_stem(word, russian.stem(word));
        assert_eq!(stem(&stemmer, &russian, word), guarded, "{word}");
    }
    // Every Russian word the index meets is in the table, as the matcher normalises it
    // ("ё" as "е", "й" as "и"): none is stemmed at start-up.
    let mut missing = Vec::new();
    for text in [
        include_str!("../../knowledge/ru/entries.toml"),
        include_str!("../../knowledge/synonyms.toml"),
    ] {
        crate::text::for_each_word(&crate::text::normalize(text), |word| {
            let cyrillic = word.chars().any(crate::text::is_cyrillic);
            if cyrillic && table.binary_search_by(|&(known, _)| known.cmp(&word)).is_err() {
                missing.push(word.into_owned());
            }
        });
    }
    assert!(missing.is_empty(), "not in the table: {missing:?}");
}

#[test]
fn matches_keywords_synonyms_stems_and_typos() {
    let matcher = sample();
    assert_eq!(best_id(&matcher, "nato enlargement").as_deref(), Some("nato"));
    assert_eq!(
        best_id(&matcher, "North Atlantic Treaty Organization expansion?").as_deref(),
        Some("nato")
    );
    assert_eq!(best_id(&matcher, "sukhoy jets").as_deref(), Some("jets"));
    assert_eq!(best_id(&matcher, "what jets did Beijing buy").as_deref(), Some("jets"));
    assert_eq!(best_id(&matcher, "JCPOA").as_deref(), Some("iran"));
    assert_eq!(best_id(&matcher, "iran").as_deref(), Some("iran"));
}

#[test]
fn a_why_question_about_its_own_topic_is_told_from_one_about_the_telling() {
    let about_its_topic = |q: &str| read_asked(q, MAX_QUERY_BYTES).why_of_its_topic;
    assert!(about_its_topic("why are us-russia relations so bad?"));
    assert!(about_its_topic("Почему отношения России и США так плохи?"));
    // Read from the normalised words, whatever their case or script.
    assert!(!about_its_topic("Почему Таджикистан есть в СТАТЬЕ?"));
    assert!(!about_its_topic("WHY IS TAJIKISTAN MENTIONED?"));
    assert!(!about_its_topic("why is beijing more careful than moscow"));
    assert!(!about_its_topic("why does moscow care about it?"));
    assert!(!about_its_topic("文章为什么提到塔吉克斯坦？"));
    assert!(!about_its_topic("what are us-russia relations like?"), "no why");
}

#[test]
fn question_kinds_come_from_question_words() {
    let kinds = |q: &str| read_asked(q, MAX_QUERY_BYTES).kinds;
    assert_eq!(kinds("Who is Trenin?"), QuestionKind::Who.bit());
    assert_eq!(kinds("and when was that?"), QuestionKind::When.bit());
    // A year is a date, which "recently" does not give, and a year, which "late December"
    // does not.
    let date = QuestionKind::When.bit() | asked::ASKS_A_DATE;
    assert_eq!(kinds("In what year did it happen"), date | asked::ASKS_A_YEAR);
    assert_eq!(kinds("when did lavrov become foreign minister"), date);
    assert_eq!(kinds("when did the 2001 treaty get signed"), QuestionKind::When.bit());
    assert_eq!(kinds("what did they agree on at the summit?"), asked::ASKS_AN_OUTCOME);
    assert_eq!(kinds("what will they agree on at the summit?"), 0);
    assert_eq!(kinds("what they was discussing in that meeting?"), asked::ASKS_AN_OUTCOME);
    assert_eq!(kinds("what are they discussing?"), 0);
    assert_eq!(kinds("what agreements did they sign at the summit?"), asked::ASKS_AN_OUTCOME);
    assert_eq!(kinds("what agreements did they reach in Brasilia?"), asked::ASKS_AN_OUTCOME);
    assert_eq!(kinds("Какие документы подписали Байден и Путин?"), asked::ASKS_AN_OUTCOME);
    assert_eq!(kinds("拜登和普京签署了什么文件？"), asked::ASKS_AN_OUTCOME);
    // The 会 of 会谈 (talks) is no "will".
    assert_eq!(kinds("普京和习近平在会谈中达成了哪些协议？"), asked::ASKS_AN_OUTCOME);
    assert_eq!(kinds("中俄会谈会取得什么成果？"), 0);
    assert_eq!(kinds("拜登和普京峰会的结果是什么？"), asked::ASKS_AN_OUTCOME);
    assert_ne!(kinds("did the summit produce any agreements?") & asked::ASKS_AN_OUTCOME, 0);
    assert_eq!(kinds("did turkey accept the offer?"), asked::ASKS_WHETHER_DONE);
    assert_eq!(kinds("which specific weapons did china copy?"), asked::ASKS_SPECIFICS);
    assert_eq!(kinds("which weapons exactly"), asked::ASKS_SPECIFICS);
    // Which ones of a kind: the plural right after "which", in ASCII (the stem is cut by bytes).
    assert_eq!(asked::which_of_a_kind(&["which", "weapons", "did"]).as_deref(), Some("weapons"));
    assert_eq!(asked::which_of_a_kind(&["which", "company", "builds"]), None);
    assert_eq!(asked::which_of_a_kind(&["which", "страныs"]), None);
    assert!(asked::names_the_kind("reverse engineering of Russian weaponry", "weapons"));
    assert!(!asked::names_the_kind("weaponry", "страныs"));
    assert_eq!(kinds("what exactly did he recommend") & asked::ASKS_SPECIFICS, 0);
    assert_eq!(kinds("did turkey buy them?"), asked::ASKS_WHETHER_DONE);
    assert_eq!(kinds("did russia offer jets to turkey?"), 0);
    // Russian: a verb in the past tense before "ли".
    assert_eq!(kinds("Купила ли Турция самолёты?"), asked::ASKS_WHETHER_DONE);
    assert_eq!(kinds("Вернулись ли США в сделку?"), asked::ASKS_WHETHER_DONE);
    assert_eq!(kinds("Предложила ли Россия самолёты Турции?"), 0);
    assert_eq!(kinds("Ли Турция?"), 0);
    // Chinese: "了吗".
    assert_eq!(kinds("美国重新加入伊朗核协议了吗？"), asked::ASKS_WHETHER_DONE);
    assert_eq!(kinds("俄罗斯提议出售战机了吗？"), 0);
    assert_eq!(kinds("where do they cooperate"), QuestionKind::Where.bit());
    assert_eq!(kinds("Why does Russia oppose NATO?"), QuestionKind::Why.bit());
    assert_eq!(kinds("how many jets"), QuestionKind::HowMany.bit());
    assert_eq!(kinds("any numbers on that?"), QuestionKind::HowMany.bit());
    assert_eq!(kinds("figures for the trade?"), QuestionKind::HowMany.bit());
    assert_eq!(kinds("which figures did he name?"), 0);
    assert_eq!(kinds("What should Moscow do?"), QuestionKind::Should.bit());
    assert_eq!(kinds("how old is putin"), QuestionKind::Age.bit());
    assert_eq!(kinds("what does brics stand for"), asked::ASKS_AN_EXPANSION);
    assert_eq!(kinds("Как расшифровывается ОДКБ?"), asked::ASKS_AN_EXPANSION);
    assert_eq!(kinds("上合组织的全称是什么"), asked::ASKS_AN_EXPANSION);
    assert_eq!(kinds("where does russia stand on nato"), QuestionKind::Where.bit());
    // How much trust, not how many of anything.
    assert_eq!(kinds("how much do they trust each other"), 0);
    // "when" inside a sentence is not a question about a time; what happened is an outcome.
    assert_eq!(kinds("What happened when Biden met Putin?"), asked::ASKS_AN_OUTCOME);
    assert_eq!(kinds("nato enlargement"), 0);
}

#[test]
fn an_entry_that_gives_the_kind_asked_wins_over_its_sibling() {
    let entries = format!(
        "{}gives = []\n\n{}gives = [\"why\"]\n\n",
        entry(
            "nato-situation",
            &["What is going on with NATO?"],
            &["nato"],
            "NATO enlargement angers Moscow."
        ),
        entry(
            "nato-cause",
            &["What about NATO enlargement?"],
            &["nato", "enlargement"],
            "NATO enlargement angers Moscow."
        ),
    );
    let matcher = Matcher::new(knowledge(&entries, "groups = []"), MatchConfig::DEFAULT);
    assert_eq!(best_id(&matcher, "Why NATO enlargement?").as_deref(), Some("nato-cause"));
    // Neither gives a time: the article does not say when, however many words are shared.
    assert_eq!(best_id(&matcher, "When did NATO enlargement start?"), None);
    // An uncurated entry (no `gives`) is not judged on kinds: it scores as one that gives
    // the kind asked.
    let plain = entry(
        "nato",
        &["What about NATO enlargement?"],
        &["nato", "enlargement"],
        "NATO enlargement angers Moscow.",
    );
    let plain = Matcher::new(knowledge(&plain, "groups = []"), MatchConfig::DEFAULT);
    let cause = matcher.ask("Why NATO enlargement?").ranked[0].score;
    assert_eq!(plain.ask("Why NATO enlargement?").score(), cause);
}

#[test]
fn quantity_words_after_how_are_never_stop_words() {
    // Building relies on it: each knowledge-base word is either always a stop word or never.
    for word in HOW_QUANTITY {
        assert!(!STOP_WORDS.contains(word), "{word} is both");
    }
}

#[test]
fn declines_unrelated_and_empty_questions() {
    let matcher = sample();
    assert_eq!(matcher.ask("best pizza topping in naples").verdict, Verdict::Declined);
    assert_eq!(matcher.ask("").verdict, Verdict::Declined);
    assert_eq!(matcher.ask("what is it?").verdict, Verdict::Declined);
    assert_eq!(matcher.ask("🙂🙂🙂").score(), 0.0);
}

#[test]
fn scores_are_confidences_and_deterministic() {
    let matcher = sample();
    // Every word of the question is in the entry: its keywords, sample question and quote.
    let first = matcher.ask("why is russia angry about nato enlargement");
    assert!(first.ranked.iter().all(|hit| (0.0..=1.0).contains(&hit.score)));
    assert!(first.score() > 0.8, "a fully covered question should score high: {}", first.score());
    let again = matcher.ask("why is russia angry about nato enlargement");
    let ids =
        |a: &Ranking| a.ranked.iter().map(|h| (h.index, h.score.to_bits())).collect::<Vec<_>>();
    assert_eq!(ids(&first), ids(&again));
}

#[test]
fn unknown_words_lower_the_score() {
    let matcher = sample();
    let plain = matcher.ask("nato enlargement").score();
    let diluted = matcher.ask("nato enlargement budget salaries pensions").score();
    assert!(diluted < plain, "{diluted} should be below {plain}");
}

#[test]
fn a_misspelt_stop_word_is_no_topic_but_a_replaced_letter_makes_one() {
    let matcher = sample();
    let spelt = matcher.ask("why is russia angry about nato enlargement actually").score();
    let misspelt = matcher.ask("why is russia angry about nato enlargement actualy").score();
    assert_eq!(misspelt.to_bits(), spelt.to_bits(), "a dropped letter leaves a stop word");
    let swapped = matcher.ask("becuase of what is russia angry about nato enlargement").score();
    assert_eq!(
        swapped.to_bits(),
        matcher.ask("because of what is russia angry about nato enlargement").score().to_bits()
    );
    // "theme" is "there" with a letter replaced, and a word of its own.
    let theme = matcher.ask("why is russia angry about nato enlargement theme").score();
    assert!(theme < spelt, "{theme} should be below {spelt}");
    for (word, right) in [("actualy", Some("actually")), ("wich", Some("which")), ("whale", None)] {
        assert_eq!(analyze::misspelt_stop_word(word), right, "{word}");
    }
}

#[test]
fn a_short_word_with_a_letter_replaced_is_another_word_not_a_typo() {
    use super::terms::replaces_a_letter_of_a_short_word;
    for (word, known) in [("books", "boots"), ("snowing", "showing"), ("gold", "good")] {
        assert!(replaces_a_letter_of_a_short_word(word, known), "{word} {known}");
    }
    // Dropped, added or swapped letters are slips; long words seldom collide.
    for (word, known) in [
        ("acording", "according"),
        ("weapns", "weapons"),
        ("mearshiemer", "mearsheimer"),
        ("challanges", "challenges"),
        ("frienship", "friendship"),
        ("becuase", "because"),
    ] {
        assert!(!replaces_a_letter_of_a_short_word(word, known), "{word} {known}");
    }
}

#[test]
fn close_calls_are_ambiguous() {
    let entries =
        entry("one", &["What about the jets?"], &["jets"], "Sukhoi jets were sold to Beijing.")
            + &entry(
                "two",
                &["And what about the jets?"],
                &["jets"],
                "Beijing bought the jets from Moscow.",
            );
    let matcher = Matcher::new(knowledge(&entries, "groups = []"), MatchConfig::DEFAULT);
    let answer = matcher.ask("jets");
    assert_eq!(answer.verdict, Verdict::Ambiguous);
    assert_eq!(answer.ranked.len(), 2);
}

#[test]
fn a_close_call_between_a_quote_and_the_quote_holding_it_is_answered_by_the_whole() {
    // "part" first: it wins an exact tie, so only the rule makes "whole" the answer.
    let whole = "NATO enlargement angers Moscow. Sukhoi jets were sold to Beijing.";
    let part = "Sukhoi jets were sold to Beijing.";
    let entries = entry("part", &["What about the jets?"], &["jets"], part)
        + &entry("whole", &["And what about the jets?"], &["jets"], whole);
    let matcher = Matcher::new(knowledge(&entries, "groups = []"), MatchConfig::DEFAULT);
    let answer = matcher.ask("jets");
    assert_eq!(answer.verdict, Verdict::Answered);
    assert_eq!(answer.best().map(|hit| hit.entry.id.as_str()), Some("whole"));
}

#[test]
fn explains_where_an_entry_matched() {
    let matcher = sample();
    let explained = matcher.explain_entry("why sukhoy jets", 1);
    assert_eq!(
        explained.terms,
        [
            ("sukhoi".to_owned(), vec!["keyword \"sukhoi\"".to_owned(), "quote".to_owned(),]),
            (
                "jet".to_owned(),
                vec![
                    "keyword \"jets\"".to_owned(),
                    "title".to_owned(),
                    "quote".to_owned(),
                    "1 sample question".to_owned()
                ]
            ),
        ]
    );
    assert_eq!(explained.closest_question.as_deref(), Some("What jets did China buy?"));
    assert_eq!(matcher.explain_entry("pizza", 1).closest_question, None);
    assert_eq!(matcher.explain_entry("jets", 99), EntryMatch::default());
}

/// A Russian or Chinese question is explained against the texts its matcher indexed: the
/// entry's translation (and the English keywords), not the English entry.
#[test]
fn explains_a_translated_question_against_the_translation() {
    use crate::knowledge::Language;
    let knowledge = Knowledge::embedded().unwrap();
    let index = knowledge.entries.iter().position(|entry| entry.id == "trenin").unwrap();
    let question = "Кто такой Дмитрий Тренин?";
    let russian = knowledge.entries[index].translation(Language::Ru).unwrap().clone();
    assert!(russian.questions.iter().any(|q| q == question), "a Russian sample question");
    let matcher = Matcher::in_language(knowledge, MatchConfig::DEFAULT, Language::Ru);
    let explained = matcher.explain_entry(question, index);
    assert_eq!(explained.closest_question.as_deref(), Some(question));
    let (_, found) = &explained.terms[0];
    assert!(found.contains(&"title".to_owned()), "{found:?}");
    assert!(found.contains(&"keyword \"Тренин\"".to_owned()), "{found:?}");
    assert!(found.contains(&"keyword \"trenin\"".to_owned()), "the English keyword: {found:?}");
}

#[test]
fn finds_misrouted_questions_and_near_duplicates() {
    // Two entries on the same jets, one with weaker keywords: its sample question goes to
    // the other, and the two are near-duplicates.
    let entries = entry("loose", &["jets"], &[], "Sukhoi jets were sold to Beijing.")
        .replace("title = \"loose\"", "title = \"Sukhoi jets\"")
        + &entry(
            "strong",
            &["Which Sukhoi jets?"],
            &["jets", "sukhoi"],
            "Beijing bought the jets from Moscow.",
        )
        .replace("title = \"strong\"", "title = \"Sukhoi jets\"")
        + &entry("nato", &["Why is NATO a problem?"], &["nato"], "NATO enlargement angers Moscow.");
    let matcher = Matcher::new(knowledge(&entries, "groups = []"), MatchConfig::DEFAULT);
    let misrouted: Vec<(&str, &str, &str)> = matcher
        .misrouted_questions()
        .iter()
        .map(|m| (m.entry.id.as_str(), m.question, m.answered_by.id.as_str()))
        .collect();
    assert_eq!(misrouted, [("loose", "jets", "strong")]);
    // Same title, so the own entry is within the ambiguity margin: a did-you-mean tie.
    let tie = &matcher.misrouted_questions()[0];
    assert!(tie.own_score.is_some_and(|own| own < tie.score && tie.score - own < 0.02));
    assert!(tie.offered, "{tie:?}");
    let pairs: Vec<(&str, &str)> = matcher
        .near_duplicates(NEAR_DUPLICATE_SIMILARITY)
        .iter()
        .map(|d| (d.first.id.as_str(), d.second.id.as_str()))
        .collect();
    assert_eq!(pairs, [("loose", "strong")]);
    assert!(matcher.near_duplicates(1.01).is_empty());
}

#[test]
fn words_in_other_scripts_skip_lookups_but_keep_their_typos() {
    let matcher = sample();
    let analyzer = &matcher.analyzer;
    // One letter from another script is one typo: still looked up, and found.
    assert!(analyzer.can_match("sukhoж"));
    let terms = matcher.explain_terms("sukhoж");
    assert!(
        matches!(&terms[0].source, TermSource::Fuzzy { known, .. } if known == "sukhoi"),
        "{terms:?}"
    );
    assert!(!analyzer.can_match("путин") && !analyzer.can_match("習近平"));
    assert!(analyzer.can_match("nato") && analyzer.can_match(&"x".repeat(100)));
    // The skip relies on stemming keeping such letters, even in a suffix.
    for word in ["naтional", "runnиng", "happiлy", "cжies", "generaлizations", "ждed"] {
        let foreign = |text: &str| text.chars().filter(|c| !c.is_ascii()).count();
        let stem = analyzer.stemmer.stem(word);
        assert_eq!(foreign(&stem), foreign(word), "{word} -> {stem}");
    }
    let long = "Путин 習近平 ترينين nato ".repeat(200);
    assert_eq!(matcher.ask(&long).verdict, Verdict::Declined);
}

#[test]
fn explains_terms() {
    let matcher = sample();
    let terms = matcher.explain_terms("Sukhoy pizza NATO");
    let sources: Vec<(&str, &TermSource)> =
        terms.iter().map(|t| (t.words.as_str(), &t.source)).collect();
    assert!(matches!(sources[0], ("sukhoy", TermSource::Fuzzy { .. })), "{sources:?}");
    assert_eq!(sources[1], ("pizza", &TermSource::Unknown));
    assert_eq!(sources[2], ("nato", &TermSource::Exact));
    assert_eq!(terms[2].term, "~nato");
}

#[test]
fn fact_words_are_found_whole_in_each_language_and_by_their_russian_beginnings() {
    use super::lexicon::is_fact_word;
    for word in
        ["old", "president", "цена", "жену", "年龄", "总部", "сколько", "возрастом", "министра"]
    {
        assert!(is_fact_word(word), "{word}");
    }
    // "ценности" (values) shares "цен" with the price; "olds" and "ceos" are no whole words.
    for word in ["ценности", "женщина", "trenin", "olds", "ceos", "中俄", "", "а"]
    {
        assert!(!is_fact_word(word), "{word}");
    }
}

#[test]
fn a_char_set_holds_exactly_its_characters_in_and_beyond_the_basic_plane() {
    let set: word_sets::CharSet = "ШОС上合𠀀".chars().collect();
    for c in ['Ш', 'О', 'С', '上', '合', '𠀀'] {
        assert!(set.contains(&c), "{c} is in the set");
    }
    for c in ['ш', 'Д', '下', '𠀁', 'a'] {
        assert!(!set.contains(&c), "{c} is not in the set");
    }
    let empty = word_sets::CharSet::default();
    assert!(!empty.contains(&'Ш') && !empty.contains(&'𠀀'));
}

#[test]
fn the_articles_names_are_the_words_it_always_capitalises() {
    let knowledge = knowledge(
        &entry("jets", &["Who bought the jets?"], &["jets"], "Sukhoi jets were sold to Beijing."),
        "",
    );
    let names = index::article_names(&knowledge.article);
    assert_eq!(names, ["Beijing", "Iran", "Moscow", "Sukhoi"]);
    // A capital at a sentence's start says nothing: "NATO" and "The" stand only there in this
    // article ("Sukhoi" is inside its last sentence too).
}

#[test]
fn a_quote_spells_out_an_abbreviation_in_parentheses() {
    assert!(asked::spells_out("the Shanghai Cooperation Organization (SCO), a regional body"));
    assert!(!asked::spells_out("the 11th edition of the BRICS Summit (in 2019)"));
    assert!(!asked::spells_out("no parentheses at all"));
}

#[test]
fn an_entry_of_more_than_64_sample_questions_is_scored_on_all_of_them() {
    // Sample questions are read one bit each, 64 to an entry; past that, by searching. The
    // question that matches exactly is the 70th, and it decides the similarity either way.
    let filler: Vec<String> = (0..69).map(|i| format!("Was jet number {i} sold?")).collect();
    let mut many: Vec<&str> = filler.iter().map(String::as_str).collect();
    many.push("Who bought the Sukhoi fighters?");
    let few = ["Who bought the Sukhoi fighters?", "Was jet number 1 sold?"];
    let quote = "Sukhoi jets were sold to Beijing.";
    let similarity = |questions: &[&str]| {
        let matcher = Matcher::new(
            knowledge(&entry("jets", questions, &["sukhoi", "jets"], quote), ""),
            MatchConfig::DEFAULT,
        );
        let ranking = matcher.ask("who bought the sukhoi fighters");
        assert_eq!(ranking.ranked[0].entry.id, "jets");
        ranking.ranked[0].similarity
    };
    assert!(similarity(&many) > 0.99, "{}", similarity(&many));
    assert_eq!(similarity(&many), similarity(&few));
}

#[test]
fn whose_view_a_question_asks_is_read_between_its_auxiliary_and_verb() {
    let holder = |q: &str| read_asked(q, MAX_QUERY_BYTES).view_holder;
    let beijing = holder("What does Beijing officially think about it?");
    assert!(beijing.contains("beijing") && beijing.contains("officially"));
    assert!(!beijing.contains("think") && !beijing.contains("what"));
    let eu = holder("how does the EU view the partnership");
    assert!(eu.contains("eu") && !eu.contains("the"));
    assert!(!holder("What does the treaty mean?").contains("treaty"));
    assert!(!holder("Who is Trenin?").contains("trenin"));
}

#[test]
fn names_are_words_capitalised_inside_a_sentence_read_once_each() {
    use super::terms::names_in;
    // Not a sentence's first word; quotes and guillemets around a name are no part of it.
    assert_eq!(names_in("What did Xi say about «Taiwan»? Did he?"), ["taiwan", "xi"]);
    assert_eq!(names_in("Что Макфол говорил о «Навальном»?"), ["макфол", "навальном"]);
    // Each once, however often a long message repeats it.
    assert_eq!(names_in(&"and Taiwan ".repeat(200)), ["taiwan"]);
    // A message with no capital has none; a script without capitals has none either.
    assert!(names_in("what did xi say about taiwan").is_empty());
    assert!(names_in("习近平和普京通了电话").is_empty());
}

#[test]
fn an_initial_or_a_dotted_abbreviation_does_not_end_a_sentence() {
    // "John J. Mearsheimer": the surname after an initial is a name, not a sentence's start.
    for word in ["J.", "U.S.", "Dr."] {
        assert!(index::abbreviation(word), "{word}");
    }
    for word in ["Moscow.", "it.", "NATO", "I"] {
        assert!(!index::abbreviation(word), "{word}");
    }
}

#[test]
fn a_questions_words_are_counted_as_spaces_separate_them_and_chinese_characters() {
    // Runs of any whitespace, at either end or inside, separate words once, as
    // `split_whitespace` has it: "  who   is" is two words, not a long question.
    let matcher = sample();
    for question in
        ["  who   is\tlavrov?\n", "who\u{a0}is\u{3000}lavrov\u{2003} ", "\r\n", "", "one"]
    {
        let expected = question.split_whitespace().count();
        assert_eq!(matcher.analyse(question, Search::Indexed).words, expected, "{question:?}");
    }
    assert_eq!(matcher.analyse("普京 和习近平", Search::Indexed).words, 2 + 6);
}

#[test]
fn a_span_of_time_is_a_start_or_a_counted_unit() {
    assert!(asked::states_a_span("It has built them over the past three decades."));
    assert!(asked::states_a_span("relations have progressively worsened since the 1990s"));
    assert!(asked::states_a_span("for 70 years"));
    // A date tells when, not for how long; a unit opening the text counts nothing.
    assert!(!asked::states_a_span("In 2014, the doctrine named NATO."));
    assert!(!asked::states_a_span("Years of talks followed."));
}
