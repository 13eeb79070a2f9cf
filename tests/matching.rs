//! The matcher on the shipped knowledge base: questions in, expected entries (or a decline) out.
//!
//! Two tables: a short one written here, each row naming one behaviour (typos, abbreviations,
//! casing, word order, off-topic), which must all pass; and `tests/data/table.jsonl`, over 200 of
//! our own questions with the expected entry id, which must stay above the stated accuracy.

use article_qa_bot::eval::{figures, parse_cases, run, Expectation};
use article_qa_bot::knowledge::Knowledge;
use article_qa_bot::matcher::{MatchConfig, Matcher, Verdict};

fn matcher() -> Matcher {
    Matcher::new(
        Knowledge::embedded().expect("the shipped knowledge base is valid"),
        MatchConfig::DEFAULT,
    )
}

/// Each row: a question and the entry that must answer it, or `None` for a decline.
const CASES: &[(&str, Option<&str>)] = &[
    // Names, plain and misspelt, in any case.
    ("who is dmitri trenin", Some("trenin")),
    ("TRENIN", Some("trenin")),
    ("mearshimer", Some("mearsheimer")),
    ("What does Mearsheimer recommend Biden do?", Some("mearsheimer")),
    ("kaczmarksi", Some("kaczmarski")),
    ("who is michael mcfaul", Some("mcfaul")),
    ("john kerry nato", Some("kerry")),
    // Abbreviations and synonyms.
    ("what is the SCO", Some("sco")),
    ("shanghai cooperation organisation", Some("sco")),
    ("JCPOA", Some("jcpoa")),
    ("iran nuclear deal", Some("jcpoa")),
    ("What is the Anti-Ballistic Missile Treaty dispute?", Some("abm-treaty")),
    ("su-35", Some("sukhoi-35")),
    ("sukhoy jets", Some("sukhoi-35")),
    ("what is the eurasian economic union", Some("eaeu")),
    ("BRI and EAEU", Some("belt-and-road")),
    // Stemming and word order.
    ("nato enlargment russia grievance", Some("nato-enlargement")),
    ("grievance top russia nato", Some("nato-enlargement")),
    ("CR929 passenger plane", Some("cr929")),
    ("moon station", Some("lunar-station")),
    ("rosatom reactors tianwan", Some("rosatom-reactors")),
    // Who asks and what for, said first: "my article" is the reader's, not this one.
    ("For my article: which treaty did Washington quit on its own?", Some("abm-treaty")),
    // A request for help with a topic asks about the topic: "help" and "understand" are the
    // request, not the help or the understanding some entries name.
    ("help me understand nato expansion", Some("nato-enlargement")),
    ("I need help with the SCO", Some("sco")),
    // What "they" fight or argue about is what they fight over, a dispute; what the author
    // argues about is the author's argument.
    ("what are they fighting about", Some("us-russia-disputes")),
    ("what are they arguing about?", Some("us-russia-disputes")),
    ("what does the author argue about detente?", Some("low-trust")),
    // Whether the pandemic slowed the ties is what the ministers answered: steady development
    // despite it (not the frictions it brought, nor Moscow slowing the SCO down).
    ("did the pandemic slow down ties between moscow and beijing?", Some("wang-yi")),
    // Regional influence is the regional power the U.S. presence's end tilts to China.
    ("Who gains regional influence once the Americans are out?", Some("us-presence-glue")),
    // "told" is a form of "tell", a function word, not a topic the article lacks.
    ("which professor told biden to team up with russia?", Some("mearsheimer")),
    // Rivals or partners on security: the author's "coordinate rather than compete".
    (
        "On security matters, are Beijing and Moscow partners or rivals in Central Asia?",
        Some("security-coordination"),
    ),
    // Upsides bigger than drawbacks: the author's benefits that outweigh the challenges.
    (
        "Are the partnership's upsides bigger than its drawbacks, according to the author?",
        Some("main-argument"),
    ),
    // Money as the motive of arms sales: more than business, or just business.
    ("Does Moscow sell weapons to Beijing just to make money?", Some("symbolic-closeness")),
    // What glued them together in the region: opposition to the U.S. presence.
    ("What used to glue Moscow and Beijing together in Central Asia?", Some("us-presence-glue")),
    // China getting stronger: Moscow watches the growing asymmetry.
    ("Is the Kremlin paying attention as China gets stronger?", Some("accommodation")),
    // How the SCO is widely regarded: a Chinese project.
    ("Is the SCO generally regarded as a Chinese initiative?", Some("sco")),
    // A stop word misspelt is still one: "shoud" asks what they should do.
    ("what shoud russia and the us actualy do now?", Some("improving-communication")),
    // A letter replaced makes a word of its own ("theme" is not "there"), which the article lacks.
    ("what theme does putin like?", None),
    // Chat shorthand: "yrs" are years, a "doc" is a document.
    ("what treaty is 20 yrs old", Some("good-neighborliness-treaty")),
    ("what does the 2016 doc say about nato", Some("foreign-policy-concept-2016")),
    // Rosy or upbeat statements are the positive rhetoric the sceptics look past.
    ("are the statements about the partnership too rosy?", Some("sceptics-view")),
    // A short word with a letter replaced is mostly another real word, no typo: "snowing" is
    // not "showing", and the weather is beyond the article. A name's slip still reads it.
    ("is it snowing in moscow now?", None),
    ("who is alexander korolov", Some("korolev")),
    // The bot's own likes and side: it has none, only the article's.
    ("are you on russia's side?", None),
    ("do you like putin?", None),
    // When a term in office ended: the article gives the office only at its events' time.
    ("so when did medvedev's presidency end?", None),
    // A war the article never tells of: Medvedev's entry names Georgia, not the 2008 war.
    ("what happened in the war between russia and georgia in 2008?", None),
    // ... but "war planes" are planes, not a war asked about.
    ("does russia sell its best war planes to china?", Some("sukhoi-35")),
    // "shld" is chat for "should": a function word that says what is asked.
    ("what shld washington and moscow do now?", Some("improving-communication")),
    // The proper name of a base: the article names none, only the countries of the deals. The
    // force's name it gives ("called the Collective Rapid Reaction Forces").
    ("what is the name of the russian base in kazakhstan?", None),
    (
        "what's the name of the multinational force russia deploys?",
        Some("collective-rapid-reaction-forces"),
    ),
    // Taking advantage of their differences is exploiting them: the skeptics' seam.
    ("Do some think America can take advantage of Sino-Russian differences?", Some("seam")),
    // The article itself.
    ("what is the headline", Some("article-title")),
    ("summary of the article", Some("article-summary")),
    // Off-topic, including near misses that reuse the article's names.
    ("What is the best pizza topping?", None),
    ("qwertyuiop", None),
    ("", None),
    ("🙂🙂🙂", None),
    ("How old is Vladimir Putin?", None),
    ("Who won the Stanley Cup?", None),
    ("tell me a joke", None),
];

#[test]
fn focused_cases() {
    let matcher = matcher();
    let mut failures = Vec::new();
    for &(question, expected) in CASES {
        let answer = matcher.ask(question);
        let got = answer.best().map(|hit| hit.entry.id.as_str());
        if got != expected {
            failures.push(format!(
                "{question:?}: expected {expected:?}, got {got:?} (score {:.3})",
                answer.score()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// Floors for the table, a little under what the shipped knowledge base measures (in-scope
/// accuracy 0.963, wrong answers 0.016, off-topic declines 0.683: the off-topic questions here
/// are mostly hard near-misses such as "How many reactors are at Tianwan?"). A change that drops
/// below them must be looked at, not waved through.
const MIN_IN_ACCURACY: f64 = 0.93;
const MAX_IN_WRONG_RATE: f64 = 0.03;
const MIN_OUT_DECLINE_RATE: f64 = 0.65;

#[test]
fn table_accuracy() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/table.jsonl"))
            .unwrap();
    let cases = parse_cases(&text).unwrap();
    assert!(cases.len() >= 150, "the table needs at least 150 questions, has {}", cases.len());
    let matcher = matcher();
    for case in &cases {
        if let Expectation::Entry(id) = &case.expect {
            assert!(
                matcher.knowledge().entry(id).is_some(),
                "{:?} expects unknown entry {id}",
                case.question
            );
        }
    }
    let outcomes = run(&matcher, &cases);
    let f = figures(&outcomes, None);
    let misses: Vec<String> = outcomes
        .iter()
        .filter(|o| !o.is_right())
        .map(|o| {
            format!(
                "  {:?}: got {:?}, expected {:?} (score {:.3})",
                o.question, o.answered, o.expect, o.score
            )
        })
        .collect();
    let report = format!("{f:?}\nmisses:\n{}", misses.join("\n"));
    assert!(
        f.in_accuracy >= MIN_IN_ACCURACY,
        "in-scope accuracy below {MIN_IN_ACCURACY}: {report}"
    );
    assert!(
        f.in_wrong_rate <= MAX_IN_WRONG_RATE,
        "wrong-answer rate above {MAX_IN_WRONG_RATE}: {report}"
    );
    assert!(
        f.out_decline_rate >= MIN_OUT_DECLINE_RATE,
        "off-topic decline rate below {MIN_OUT_DECLINE_RATE}: {report}"
    );
}

/// A matcher built from `knowledge/` at run time (`--knowledge-dir`, a reload) ranks exactly as
/// the embedded one, parsed and stemmed at build time: same verdicts, entries and score bits.
/// Two instances also catch an index whose order hangs on a per-instance hash seed, which
/// asking one matcher twice (the matcher's unit test) cannot.
#[test]
fn a_matcher_loaded_from_the_directory_ranks_as_the_embedded_one() {
    let embedded = matcher();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/knowledge");
    let loaded = Matcher::new(Knowledge::load_dir(dir.as_ref()).unwrap(), MatchConfig::DEFAULT);
    let key = |answer: &article_qa_bot::matcher::Ranking| {
        let ranked: Vec<(String, u64)> =
            answer.ranked.iter().map(|h| (h.entry.id.clone(), h.score.to_bits())).collect();
        (answer.verdict, ranked)
    };
    for &(question, _) in CASES {
        assert_eq!(key(&embedded.ask(question)), key(&loaded.ask(question)), "{question:?}");
    }
}

#[test]
fn every_entry_answers_its_own_first_question() {
    let matcher = matcher();
    let mut failures = Vec::new();
    for entry in &matcher.knowledge().entries {
        let question = &entry.questions[0];
        let answer = matcher.ask(question);
        let top = answer.ranked.first().map(|hit| hit.entry.id.as_str());
        if answer.verdict == Verdict::Declined || top != Some(entry.id.as_str()) {
            failures.push(format!(
                "{}: {question:?} -> {top:?} ({:?}, {:.3})",
                entry.id,
                answer.verdict,
                answer.score()
            ));
        }
    }
    // A few sample questions may be shared in spirit by two entries; most must come home.
    let allowed = matcher.knowledge().entries.len() / 10;
    assert!(
        failures.len() <= allowed,
        "{} entries do not answer their own first question:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The indexed matcher (postings and the typo index) must give exactly the answers of the
/// reference that scores every entry and compares every known word: same verdict, same entries,
/// same scores to the bit. Questions: every test table, every sample question, and each of those
/// with typos made in its longer words (a letter dropped, two letters swapped).
#[test]
fn indexed_and_exhaustive_paths_agree() {
    let matcher = matcher();
    let mut questions: Vec<String> = CASES.iter().map(|(q, _)| q.to_string()).collect();
    for file in ["table.jsonl", "questions.jsonl", "holdout.jsonl"] {
        let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
        let cases = parse_cases(&std::fs::read_to_string(path).unwrap()).unwrap();
        questions.extend(cases.into_iter().map(|case| case.question));
    }
    for entry in &matcher.knowledge().entries {
        questions.extend(entry.questions.iter().cloned());
    }
    let with_typos: Vec<String> = questions.iter().flat_map(|q| [dropped(q), swapped(q)]).collect();
    questions.extend(with_typos);

    let key = |answer: &article_qa_bot::matcher::Ranking| {
        let ranked: Vec<(usize, u64)> =
            answer.ranked.iter().map(|hit| (hit.index, hit.score.to_bits())).collect();
        (answer.verdict, ranked)
    };
    let mut differences = Vec::new();
    for question in &questions {
        let (indexed, reference) = (matcher.ask(question), matcher.ask_exhaustive(question));
        if key(&indexed) != key(&reference) {
            differences.push(format!("{question:?}: {:?} vs {:?}", key(&indexed), key(&reference)));
        }
    }
    assert!(questions.len() > 2000, "only {} questions", questions.len());
    assert!(differences.is_empty(), "{} differ:\n{}", differences.len(), differences.join("\n"));
}

/// `question` with the middle letter of each word of six letters or more dropped.
fn dropped(question: &str) -> String {
    let words = question.split(' ').map(|word| {
        let chars: Vec<char> = word.chars().collect();
        match chars.len() >= 6 {
            true => chars
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != chars.len() / 2)
                .map(|(_, c)| c)
                .collect(),
            false => word.to_owned(),
        }
    });
    words.collect::<Vec<_>>().join(" ")
}

/// `question` with two middle letters of each word of six letters or more swapped.
fn swapped(question: &str) -> String {
    let words = question.split(' ').map(|word| {
        let mut chars: Vec<char> = word.chars().collect();
        if chars.len() >= 6 {
            let middle = chars.len() / 2;
            chars.swap(middle - 1, middle);
        }
        chars.into_iter().collect::<String>()
    });
    words.collect::<Vec<_>>().join(" ")
}

/// The words of `question` that `matcher` reads as terms, as written in it (Chinese pairs).
fn words_read(matcher: &Matcher, question: &str) -> Vec<String> {
    matcher.explain_terms(question).into_iter().map(|term| term.words).collect()
}

/// The matcher for questions in `language`, over the shipped translations.
fn matcher_in(language: article_qa_bot::Language) -> Matcher {
    let knowledge = Knowledge::embedded().expect("the shipped knowledge base is valid");
    Matcher::in_language(knowledge, MatchConfig::DEFAULT, language)
}

#[test]
fn a_fact_the_topics_entry_does_not_give_is_declined_not_taken_from_a_sibling() {
    let matcher = matcher();
    // The summit entry gives no place; the BRICS summit entry does, about another summit.
    assert_eq!(matcher.best_id("where was the biden putin summit held?"), None);
    assert_eq!(matcher.best_id("where was the brics summit held?"), Some("brics-summit"));
    assert_eq!(matcher.best_id("when is the biden putin summit?"), Some("biden-putin-summit"));
    // The rule off (a lead no entry reaches): the sibling answers.
    let lenient = Matcher::new(
        Knowledge::embedded().unwrap(),
        MatchConfig { topic_lead: 2.0, ..MatchConfig::DEFAULT },
    );
    assert_eq!(lenient.best_id("where was the biden putin summit held?"), Some("brics-summit"));
}

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
fn chinese_pairs_spanning_two_words_are_not_read_as_words() {
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    // "者为" and "么认" straddle the function words 作者, 为什么 and 认为; "约签" straddles the
    // curated word 条约; the words themselves stay.
    let read = words_read(&chinese, "作者为什么认为条约签署了");
    for straddling in ["者为", "么认", "约签"] {
        assert!(!read.iter().any(|words| words == straddling), "{straddling}: {read:?}");
    }
    assert!(read.iter().any(|words| words == "条约"), "{read:?}");
    assert!(read.iter().any(|words| words == "签署"), "{read:?}");
}

#[test]
fn a_pair_running_into_a_long_curated_name_and_what_means_are_not_topics() {
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    // "对上" is known from "对上海合作组织" in a sample question, but here as there it is "对"
    // and the start of "上海合作组织", whose pairs are words.
    let question = "俄罗斯为什么对上海合作组织有顾虑？";
    assert!(!words_read(&chinese, question).iter().any(|words| words == "对上"));
    assert_eq!(chinese.best_id(question), Some("moscow-steers-sco"));
    // "意味着" (means) and "означает" ask what something means, as "mean" does.
    let question = "伊朗核协议对俄美关系意味着什么？";
    let read = words_read(&chinese, question);
    assert!(!read.iter().any(|words| words == "意味" || words == "味着"), "{read:?}");
    assert_eq!(chinese.best_id(question), Some("jcpoa"));
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let question = "Что означает иранская ядерная сделка для отношений России и США?";
    assert!(!words_read(&russian, question).iter().any(|words| words == "означает"));
}

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
fn who_founded_or_heads_an_organisation_is_a_fact_the_article_lacks() {
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(russian.best_id("Кто основал Московский центр Карнеги?"), None);
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("卡内基莫斯科中心是谁创办的？"), None);
    assert_eq!(chinese.best_id("俄罗斯国家原子能公司的总裁是谁？"), None);
    // What the article says of them is still answered.
    assert_eq!(chinese.best_id("卡内基莫斯科中心是什么？"), Some("carnegie-moscow-center"));
}

#[test]
fn how_the_west_responded_is_its_reassurance_not_the_authors_reply() {
    let english = matcher();
    assert_eq!(
        english.best_id("how did the US respond to russian fears about nato"),
        Some("west-reassurances")
    );
    assert_eq!(
        english.best_id("How does the author respond to the sceptics?"),
        Some("main-argument")
    );
}

#[test]
fn a_phrase_of_a_synonym_group_is_read_without_its_function_words() {
    // Function words are dropped before groups are matched, so a group's phrase must keep a
    // word of its own: "push" of "what pushed them closer?" is not "push out" (displacement).
    let english = matcher();
    for (question, not_meant) in [
        ("what pushed them closer?", "displacement"),
        ("is a thaw coming soon?", "premature"),
        ("what did he argue in his own research?", "unilateral"),
    ] {
        let terms = english.explain_terms(question);
        assert!(terms.iter().all(|term| !term.term.contains(not_meant)), "{question}: {terms:?}");
    }
    // "договор по ПРО" was read as "договор" ("про" is "about"): every treaty was the ABM's.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let terms = russian.explain_terms("Что говорится про договор о дружбе?");
    assert!(terms.iter().all(|term| !term.term.contains("abm")), "{terms:?}");
}

#[test]
fn a_readers_word_for_the_articles_is_its_synonym() {
    let english = matcher();
    for (question, entry) in [
        ("Is there much confidence between Russia and the US?", "low-trust"),
        ("What are China and Russia commemorating?", "good-neighborliness-treaty"),
        ("Would it be easy to undo the China-Russia partnership?", "hard-to-reverse"),
        ("Is Russia becoming China's little brother?", "growing-disparity"),
        ("Is NATO aggressive?", "kerry"),
    ] {
        assert_eq!(english.best_id(question), Some(entry), "{question}");
    }
}

#[test]
fn the_authors_own_research_is_his_cooperative_hegemony_argument() {
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    // "本人" (the author himself) and "研究" (research), not Korolev's study.
    assert_eq!(chinese.best_id("作者本人的研究有什么结论？"), Some("cooperative-hegemony"));
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
fn where_with_a_verb_of_comparing_asks_in_what_respect_not_at_which_place() {
    let english = matcher();
    // Read as asking a place, each was declined: no entry on what the two share or how they
    // differ gives one. "per the author" says whose account, as "according to" does.
    assert_eq!(
        english.best_id("where do their interests overlap, per the author?"),
        Some("shared-multipolar-vision")
    );
    assert_eq!(
        english.best_id("where do china and russia diverge?"),
        Some("stability-vs-challenge")
    );
    // A place it still asks.
    assert_eq!(english.best_id("where does russia keep troops?"), Some("russian-bases"));
}

#[test]
fn a_chinese_word_the_knowledge_base_lacks_counts_as_one_word_between_known_ones() {
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let terms = chinese.explain_terms("荷兰加入了北约吗");
    // "兰加" is known only as the pair spanning "乌克兰加入" in the knowledge base's own text:
    // no word, so "荷兰" beside it is one, and fills the gap before "加入" whole.
    let netherlands = terms.iter().find(|term| term.words == "荷兰");
    let netherlands = netherlands.unwrap_or_else(|| panic!("荷兰 not read: {terms:?}"));
    let nato = terms.iter().find(|term| term.words == "北约").expect("北约 is read");
    assert!(netherlands.weight > nato.weight, "{terms:?}");
    // A pair inside a stretch of unknown characters is no more than half a word.
    let terms = chinese.explain_terms("荷兰王国加入了北约吗");
    let pair = terms.iter().find(|term| term.words == "荷兰").expect("荷兰 is read");
    assert!(pair.weight < nato.weight, "{terms:?}");
}

#[test]
fn what_happened_after_the_article_is_declined_whatever_words_it_shares() {
    let english = matcher();
    // Each would otherwise be answered by the entry whose words it shares.
    for question in [
        "Did Georgia eventually join NATO?",
        "did the us actually rejoin the jcpoa in the end",
        "Did Turkey end up buying the Su-35?",
        "has the us rejoined the jcpoa yet?",
        "Has Russia published a newer foreign policy concept since then?",
    ] {
        assert_eq!(english.best_id(question), None, "{question}");
        assert!(asks_after(&english, question), "{question}");
    }
    // The article's own time, and the forecasts it reports, are answered.
    assert_eq!(
        english.best_id("since when has the nato-russia council existed"),
        Some("nato-russia-council")
    );
    assert!(!asks_after(&english, "what will russia do eventually, according to mearsheimer?"));
    assert!(!asks_after(&english, "What concessions has Moscow so far refused to make?"));
    assert!(!asks_after(&english, "could russia end up as china's junior partner?"));
    assert!(asks_after(&english, "so what did turkey ended up buying?"));

    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(russian.best_id("Купила ли Турция в итоге российские истребители?"), None);
    assert!(!asks_after(&russian, "Что, по прогнозу Мершаймера, в итоге сделает Россия?"));
    assert!(!asks_after(&russian, "Что Си и Путин сказали в конце декабря?"));
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert!(asks_after(&chinese, "土耳其最终买了苏-35吗？"));
    assert!(!asks_after(&chinese, "俄罗斯最终会和美国结盟吗？"));
    assert!(asks_after(&chinese, "峰会最后达成了什么协议？"));
    // "Did Turkey later buy the jets?"
    assert!(asks_after(&chinese, "土耳其后来买了这些战机吗？"));
    assert!(!asks_after(&chinese, "俄罗斯最后会不会和美国结盟？"));
}

/// Whether `matcher` reads `question` as asking what happened after the article.
fn asks_after(matcher: &Matcher, question: &str) -> bool {
    matcher.asked(question).beyond_the_article
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
fn a_tie_is_broken_by_the_speaker_the_question_names() {
    // The U.S. position on NATO's expansion and the author's account of it tie on their words;
    // only one reports what Washington said.
    let matcher = matcher();
    let ranking = matcher.ask("what does Washington say about the expansion of NATO?");
    assert_eq!(ranking.verdict, Verdict::Answered);
    let ids: Vec<&str> = ranking.ranked.iter().map(|hit| hit.entry.id.as_str()).collect();
    assert_eq!(ids[..2], ["west-reassurances", "nato-enlargement"]);
    let margin = ranking.ranked[0].score - ranking.ranked[1].score;
    assert!(margin < matcher.config().ambiguity_margin, "not a tie: {margin}");
}

#[test]
fn eval_counts_a_did_you_mean_as_not_answered() {
    let matcher = matcher();
    let question = "nato";
    assert_eq!(matcher.ask(question).verdict, Verdict::Ambiguous);
    let case = format!("{{\"q\": {question:?}, \"expect\": \"nato-enlargement\"}}");
    let outcomes = run(&matcher, &parse_cases(&case).expect("one case"));
    assert_eq!(outcomes[0].answered, None);
    assert_eq!(outcomes[0].top.as_deref(), Some("nato-enlargement"));
    assert_eq!(figures(&outcomes, None).in_accuracy, 0.0);
}

#[test]
fn whether_something_still_holds_today_is_beyond_the_article() {
    let english = matcher();
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert!(asks_after(&english, "is kerry still secretary of state today?"));
    assert!(asks_after(&russian, "Лавров до сих пор министр иностранных дел сейчас?"));
    assert!(asks_after(&russian, "Миршаймер сейчас всё ещё в Чикаго?"));
    // "still" or "now" alone may ask about the article's own time.
    assert!(!asks_after(&english, "why might the chinese still resent russia?"));
    assert!(!asks_after(&english, "what should moscow and washington do right now?"));
    assert!(!asks_after(&russian, "Какую уступку Москва до сих пор не делала?"));
}

#[test]
fn an_age_asked_now_is_beyond_the_article() {
    // The article gives ages at its own time (NATO's 70 years, in Kerry's words of 2015).
    let english = matcher();
    assert!(asks_after(&english, "how old is he now?"));
    assert!(asks_after(&english, "How old is NATO today?"));
    assert!(asks_after(&matcher_in(article_qa_bot::Language::Ru), "Сколько ему сейчас лет?"));
    assert!(asks_after(&matcher_in(article_qa_bot::Language::Zh), "他现在多大年纪？"));
    // An age at the article's time, or "now" without an age, is the article's to answer.
    assert!(!asks_after(&english, "how old is nato according to kerry?"));
    assert!(!asks_after(&english, "what should moscow do now?"));
    let ranking = english.ask("how old is nato according to kerry?");
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("kerry"));
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
fn what_came_of_an_event_still_to_come_is_beyond_the_article() {
    // The Biden-Putin summit was "this week": what it agreed, the article could not know;
    // what the author expects of it, it says.
    for (language, question) in [
        (article_qa_bot::Language::En, "What did Biden and Putin agree on at their summit?"),
        (article_qa_bot::Language::Ru, "О чем договорились Байден и Путин на саммите?"),
        (article_qa_bot::Language::Zh, "拜登和普京在峰会上达成了什么协议？"),
    ] {
        let matcher = matcher_in(language);
        let ranking = matcher.ask(question);
        assert_eq!(ranking.verdict, Verdict::Declined, "{question}: {:?}", ranking.best());
    }
    let english = matcher();
    for question in
        ["What will come out of the Biden-Putin summit?", "拜登普京峰会会取得什么成果？"]
    {
        let language = article_qa_bot::Language::of_text(question);
        let matcher = matcher_in(language.unwrap_or(article_qa_bot::Language::En));
        let ranking = matcher.ask(question);
        assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("biden-putin-summit"));
        assert_eq!(ranking.verdict, Verdict::Answered, "{question}");
    }
    // What came of an event the article reports is the article's to say.
    let ranking = english.ask("What did Russia and China agree on in 2015?");
    assert_eq!(ranking.verdict, Verdict::Answered);
}

#[test]
fn where_two_views_converge_is_the_shared_vision_in_every_language() {
    // "See eye to eye", "сходятся", "совпадают" name the article's "areas of convergence".
    for (language, question) in [
        (article_qa_bot::Language::En, "On what points do Beijing and Moscow see eye to eye?"),
        (article_qa_bot::Language::Ru, "в чем сходятся позиции россии и китая"),
        (article_qa_bot::Language::Ru, "В чём взгляды Москвы и Пекина совпадают?"),
    ] {
        let matcher = matcher_in(language);
        let ranking = matcher.ask(question);
        let best = ranking.best().map(|hit| hit.entry.id.as_str());
        assert_eq!(best, Some("shared-multipolar-vision"), "{question}");
    }
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
fn who_wrote_a_text_the_article_names_no_author_of_is_declined() {
    // The article names neither its own author nor the Washington Post op-ed's.
    for (language, question) in [
        (article_qa_bot::Language::En, "Who wrote the Washington Post op-ed?"),
        (article_qa_bot::Language::Ru, "Кто написал колонку в Washington Post?"),
        (article_qa_bot::Language::Zh, "这篇文章的作者是谁？"),
        // The author's name, asked without "who".
        (article_qa_bot::Language::Zh, "这篇文章的作者叫什么名字？"),
        (article_qa_bot::Language::Ru, "Как зовут автора статьи?"),
    ] {
        let matcher = matcher_in(language);
        let ranking = matcher.ask(question);
        assert_eq!(ranking.verdict, Verdict::Declined, "{question}: {:?}", ranking.best());
    }
    // The name of something the author mentions is no writer's name.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("这篇文章叫什么名字？"), Some("article-title"));
    // What someone named wrote or said is the article's to say.
    let english = matcher();
    let ranking = english.ask("Who wrote that NATO is a defensive alliance?");
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("kerry"));
    assert_eq!(ranking.verdict, Verdict::Answered);
}

#[test]
fn the_city_of_a_summit_is_asked_about_that_summit() {
    // "City" names what is asked, not the topic: the Biden-Putin summit, which gives no place;
    // the BRICS summit's city is no answer.
    for (language, question) in [
        (article_qa_bot::Language::En, "In which city is the Biden-Putin summit held?"),
        (article_qa_bot::Language::Ru, "В каком городе прошел саммит Байдена и Путина?"),
        (article_qa_bot::Language::Zh, "拜登和普京的峰会在哪个城市举行？"),
    ] {
        let matcher = matcher_in(language);
        let ranking = matcher.ask(question);
        assert_eq!(ranking.verdict, Verdict::Declined, "{question}: {:?}", ranking.best());
    }
    let english = matcher();
    let ranking = english.ask("In which city did the BRICS summit take place?");
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("brics-summit"));
}

#[test]
fn what_russia_kept_is_the_seat_it_retained() {
    // "keep" and "retained" are one word to a reader; "keeping an eye" is watching, not keeping.
    let english = matcher();
    let ranking =
        english.ask("Did Russia keep anything of the Soviet Union's at the United Nations?");
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("un-security-council-seat"));
    let ranking = english.ask("Is Moscow keeping a close eye on Beijing?");
    assert_eq!(ranking.verdict, Verdict::Answered);
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("accommodation"));
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
fn a_chinese_word_of_one_character_between_function_words_counts() {
    // "Which books has Trenin written?": 书 (books) sits between 哪些 and the end, so every pair
    // holding it is dropped; read alone, it is a word the article lacks.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.ask("特列宁写过哪些书？").verdict, Verdict::Declined);
    let ranking = chinese.ask("卡奇马尔斯基在哪所大学？");
    assert_eq!(ranking.verdict, Verdict::Answered);
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("kaczmarski"));
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
fn chinese_which_year_holds_no_topic_of_its_own() {
    // "哪一年" was read as the pieces 哪一 and 一年, which the article-date entry's sample
    // questions share: a year asked of a founding the article never dates matched it.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let ranking = chinese.ask("上合组织是哪一年成立的？");
    assert_eq!(ranking.verdict, Verdict::Declined, "{:?}", ranking.best());
    let ranking = chinese.ask("这篇文章是哪一年发表的？");
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("article-date"));
}

#[test]
fn a_chinese_particle_after_a_word_is_no_word_of_its_own() {
    // "学的" of "大学的" is the particle's pair; Kaczmarski's entry holds it too, which tied him
    // with Mearsheimer on Mearsheimer's university.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let ranking = chinese.ask("米尔斯海默是哪所大学的学者？");
    assert_eq!(ranking.verdict, Verdict::Answered, "{:?}", ranking.best());
    assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("mearsheimer"));
    assert_eq!(chinese.best_id("这篇是哪一年的文章"), Some("article-date"));
    // "的首" of "的首都" was known and hid the fact word 首都 (capital): the capital of a
    // country the article names is not in it.
    let ranking = chinese.ask("塔吉克斯坦的首都是哪里？");
    assert_eq!(ranking.verdict, Verdict::Declined, "{:?}", ranking.best());
    // After a verb the pair is what is left of the verb: who took the photo.
    assert_eq!(chinese.best_id("照片是谁拍的？"), Some("photo-credit"));
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
fn when_they_meet_next_is_after_the_article_in_each_language() {
    // The December call and the BRICS summit date meetings the article reports; the next one
    // it cannot know.
    for (language, question) in [
        (article_qa_bot::Language::En, "when will xi and putin meet next?"),
        (article_qa_bot::Language::Ru, "Когда следующая встреча Путина и Си?"),
        (article_qa_bot::Language::Zh, "习近平和普京下一次会面是什么时候？"),
    ] {
        let matcher = matcher_in(language);
        assert_eq!(matcher.best_id(question), None, "{question}");
        assert!(asks_after(&matcher, question), "{question}");
    }
    // The last time they talked is in the article.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("习近平和普京上一次通话是什么时候？"), Some("december-phone-call"));
}

#[test]
fn stuck_abroad_is_the_quotes_unable_to_return() {
    let english = matcher();
    assert_eq!(
        english.best_id("what happened to chinese people stuck in russia?"),
        Some("pandemic-problems")
    );
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("滞留在俄罗斯的中国人遭遇了什么？"), Some("pandemic-problems"));
}

#[test]
fn the_authors_name_and_a_university_are_facts_an_entry_must_give() {
    let english = matcher();
    // The article does not name the op-ed's author.
    let question = "What's the name of the author of the Washington Post op-ed?";
    assert_eq!(english.best_id(question), None, "{question}");
    // McFaul's entry names no university; Mearsheimer's does, however it is spelled.
    assert_eq!(english.best_id("where did michael mcfaul go to university"), None);
    assert_eq!(english.best_id("which uni is mearsheimer at"), Some("mearsheimer"));
    assert_eq!(
        matcher_in(article_qa_bot::Language::Ru)
            .best_id("В каком университете работает Миршаймер?"),
        Some("mearsheimer")
    );
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
    // A reflexive adds nothing: the author's own argument.
    assert_eq!(
        matcher().best_id("what does the author himself argue"),
        Some("cooperative-hegemony")
    );
}

#[test]
fn whether_a_state_still_holds_asks_the_present() {
    let english = matcher();
    for question in ["is lavrov still foreign minister", "Is Russia still part of the G-8?"] {
        assert_eq!(english.best_id(question), None, "{question}");
        assert!(asks_after(&english, question), "{question}");
    }
    // "still" in the article's own time: a grievance some Chinese still hold.
    let question = "Does China still hold a grudge over land it lost to Russia?";
    assert_eq!(english.best_id(question), Some("territorial-concessions"), "{question}");
    // A feeling that lingers is the article's too, asked with "is" or "are".
    let question = "are the chinese still angry about the border";
    assert_eq!(english.best_id(question), Some("territorial-concessions"), "{question}");
    assert_eq!(english.best_id("is russia still worried about nato"), Some("nato-enlargement"));
}

#[test]
fn the_clock_the_readers_affairs_and_the_articles_author_are_beyond_it() {
    let english = matcher();
    // "time" is in the standfirst ("any time soon"), "diversify" in an entry on Russia's
    // partners: incidental words.
    for question in
        ["What time is it in Beijing right now?", "how should i diversify my stock portfolio"]
    {
        assert_eq!(english.best_id(question), None, "{question}");
        assert!(asks_after(&english, question), "{question}");
    }
    assert_eq!(matcher_in(article_qa_bot::Language::Zh).best_id("北京现在几点？"), None);
    // Who governs a country today is an office held today; who leads the CSTO is in it.
    assert_eq!(english.best_id("who runs afghanistan now"), None);
    assert_eq!(english.best_id("who leads the csto now?"), Some("csto"));
    // "now" may come between in Russian; the time asked as "what is the time".
    assert_eq!(
        matcher_in(article_qa_bot::Language::Ru).best_id("Который сейчас час в Москве?"),
        None
    );
    assert_eq!(english.best_id("what is the time in Moscow now?"), None);
    // What the reader should do is no advice of the article's; what to know of it is asked.
    for question in [
        "should i invest in a russian energy company?",
        "can i visit the chinese military base in tajikistan?",
    ] {
        assert_eq!(english.best_id(question), None, "{question}");
        assert!(asks_after(&english, question), "{question}");
    }
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(russian.best_id("Мне стоит инвестировать в российскую энергетику?"), None);
    assert_eq!(english.best_id("what should i know about the csto?"), Some("csto"));
    // The reader's own question, view or request is no affair of theirs the article lacks.
    assert_eq!(english.best_id("my question: who is trenin?"), Some("trenin"));
    assert_eq!(english.best_id("can i get a summary of the article?"), Some("article-summary"));
    // The article names no author of its own; entries reporting someone's words name theirs.
    assert_eq!(english.best_id("Who is the author of this article?"), None);
    assert_eq!(
        english.best_id("who is the author of the condominium idea"),
        Some("gabuev-condominium")
    );
    assert_eq!(
        english.best_id("Is Russia content to be only the security provider in Central Asia?"),
        Some("diversification-not-confrontation")
    );
}

#[test]
fn what_someone_is_doing_today_is_beyond_the_article() {
    let english = matcher();
    for question in [
        "what is lavrov doing now?",
        "what is mcfaul up to lately",
        "What does Michael McFaul do these days?",
        "Where does Michael McFaul teach these days?",
        "where does mcfaul work now",
        "Who is China's foreign minister at present?",
        "what's lavrov's job now",
    ] {
        assert_eq!(english.best_id(question), None, "{question}");
        assert!(asks_after(&english, question), "{question}");
    }
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(russian.best_id("чем сейчас занимается Макфол?"), None);
    assert_eq!(matcher_in(article_qa_bot::Language::Zh).best_id("王毅现在在做什么"), None);
    // "now" with advice, or an activity in the article's time, is the article's.
    assert_eq!(
        english.best_id("what should moscow and washington do now?"),
        Some("improving-communication")
    );
    assert!(english.best_id("what were they doing in central asia").is_some());
    assert!(english.best_id("what is russia doing now in central asia?").is_some());
    assert!(english.best_id("What do Russia and China do in Central Asia these days?").is_some());
    // A job of the article's time, or a role now, is the article's.
    assert_eq!(english.best_id("what job did mcfaul have"), Some("mcfaul"));
    assert!(english.best_id("what is russia's role in central asia now").is_some());
    // Where someone works, without a time, is the article's.
    assert_eq!(english.best_id("where does gabuev work"), Some("gabuev-condominium"));
    assert_eq!(english.best_id("where does trenin work"), Some("trenin"));
    // Advice in a learner's words.
    assert_eq!(
        english.best_id("what the author think Moscow and Washington should doing now?"),
        Some("improving-communication")
    );
}

#[test]
fn a_fact_asked_by_name_that_the_best_entry_lacks_is_declined() {
    let english = matcher();
    // Tajikistan's entry names no capital; the bases' entry no president of Kazakhstan.
    for question in ["What's the capital of Tajikistan?", "who is the president of kazakhstan"] {
        assert_eq!(english.best_id(question), None, "{question}");
    }
    // Nor who came after someone in an office.
    assert_eq!(english.best_id("who replaced lavrov as foreign minister?"), None);
    // Nor an entry that gives the fact of someone else than the one named.
    assert_eq!(english.best_id("what university is korolev at?"), None);
    assert_eq!(english.best_id("what university is kaczmarski at?"), Some("kaczmarski"));
    // "when" asks a fact by a question word, which the kinds of question weigh instead.
    let question = "When did the 2001 friendship treaty get signed and what anniversary is it?";
    assert_eq!(english.best_id(question), Some("good-neighborliness-treaty"));
}

#[test]
fn why_something_happened_is_declined_of_an_entry_giving_no_reason() {
    let english = matcher();
    // The article names the withdrawal and the copying, never their reasons.
    for question in [
        "Why did the United States withdraw from the Anti-Ballistic Missile Treaty?",
        "Why did China reverse-engineer Russian weapons?",
        "Why did China copy Russia's weapons?",
    ] {
        assert_eq!(english.best_id(question), None, "{question}");
    }
    assert_eq!(
        matcher_in(article_qa_bot::Language::Ru).best_id("Почему США вышли из Договора по ПРО?"),
        None
    );
    // An entry giving its reason, or linking to the one that does, still answers.
    assert_eq!(english.best_id("Why is Russia afraid of NATO?"), Some("nato-enlargement"));
    assert_eq!(
        english.best_id("Why does Moscow want to steer the SCO?"),
        Some("moscow-steers-sco")
    );
    // Why the article tells of it is no reason asked of the thing itself.
    assert!(english.best_id("Why is the ABM Treaty mentioned in the article?").is_some());
}

#[test]
fn a_fact_asked_by_a_name_no_entry_has_is_declined() {
    // No entry says in which province the Xudapu or Tianwan plant is.
    assert_eq!(matcher().best_id("in what province is the xudapu nuclear plant"), None);
    assert_eq!(matcher_in(article_qa_bot::Language::Zh).best_id("田湾核电站在哪个省份"), None);
    // Nor a country's language or currency.
    assert_eq!(matcher().best_id("what currency does tajikistan use"), None);
    assert_eq!(
        matcher_in(article_qa_bot::Language::Zh).best_id("塔吉克斯坦的官方语言是什么"),
        None
    );
}

#[test]
fn why_something_is_as_an_entry_describes_asks_the_reason_it_names() {
    let english = matcher();
    // The worsening relations give no "why"; their curated reason is the disputes (NATO's
    // expansion first), not Lavrov's words, which give a "why" of their own.
    assert_eq!(english.best_id("are us-russia relations bad"), Some("us-russia-worsening"));
    assert_eq!(english.best_id("why are us-russia relations so bad"), Some("us-russia-disputes"));
    // Why the article tells it, or a comparison, is not the topic's reason; nor is a question
    // its own pick answers as closely as one of its sample questions.
    assert_eq!(english.best_id("Why does the article mention Tajikistan?"), Some("tajikistan"));
    assert_eq!(
        english.best_id("why is beijing more careful than moscow"),
        Some("stability-vs-challenge")
    );
    assert_eq!(
        english.best_id("Why would Moscow stay close to Beijing?"),
        Some("russia-china-friendship-interest")
    );
}

#[test]
fn what_something_did_cause_asks_its_effects_not_a_reason() {
    let english = matcher();
    // Read as "why", Lavrov's root cause of the problems with NATO won.
    assert_eq!(
        english.best_id("what problems could the pandemic cause for moscow and beijing?"),
        Some("pandemic-problems")
    );
    assert_eq!(
        english.best_id("what is the root cause of the problems with nato?"),
        Some("lavrov-nato-root-cause")
    );
}

#[test]
fn a_vague_noun_for_how_a_topic_figures_names_no_topic() {
    // "angle" is no word of the article's: it only stood against every entry.
    let english = matcher();
    assert_eq!(
        english.best_id("what is the pandemic angle of the story?"),
        Some("pandemic-problems")
    );
}

#[test]
fn a_forecast_in_the_end_is_the_forecasters_not_news_after_the_article() {
    let english = matcher();
    assert_eq!(
        english.best_id("what does Mearsheimer expect Russia to do in the end?"),
        Some("mearsheimer-prediction")
    );
    // What was done in the end is still news the article cannot have.
    assert_eq!(english.best_id("what did Biden and Putin agree on in the end?"), None);
}

#[test]
fn chat_abbreviations_weigh_nothing() {
    // "cud" and "smth" weighed as unknown words against every entry.
    assert_eq!(
        matcher().best_id("could there be a split between china and russia or smth"),
        Some("future-rift")
    );
    assert_eq!(matcher().best_id("cud china and russia end up in a split"), Some("future-rift"));
}

#[test]
fn weak_spots_are_the_problems_the_op_ed_pinpointed() {
    assert_eq!(
        matcher().best_id("what weak spots in sino-russian ties did the op-ed identify?"),
        Some("washington-post-op-ed")
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
fn who_designed_a_place_and_where_to_travel_are_not_in_the_article() {
    let english = matcher();
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    // Each went to the BRICS summit in Brasilia or to Tajikistan's entry.
    assert_eq!(english.best_id("Who designed the city of Brasilia?"), None);
    assert_eq!(russian.best_id("Кто спроектировал город Бразилиа?"), None);
    assert_eq!(chinese.best_id("巴西利亚这座城市是谁设计的？"), None);
    assert_eq!(english.best_id("wat r the best places to visit in tajikistan"), None);
    assert_eq!(russian.best_id("какие достопримечательности есть в Таджикистане?"), None);
    assert_eq!(chinese.best_id("塔吉克斯坦有什么旅游景点？"), None);
    // The places themselves are still answered.
    assert_eq!(english.best_id("where was the brics summit held?"), Some("brics-summit"));
    assert_eq!(english.best_id("Why is Tajikistan mentioned?"), Some("tajikistan"));
    // And a design the article does tell of.
    assert_eq!(chinese.best_id("中国抄袭过俄罗斯的武器设计吗？"), Some("reverse-engineering"));
}

#[test]
fn who_was_the_author_of_a_text_the_article_does_not_name_is_declined() {
    // "who was the author" read as a plain who-question took the op-ed's entry.
    assert_eq!(matcher().best_id("Who was the author of the Washington Post op-ed?"), None);
    assert_eq!(
        matcher().best_id("which newspaper ran the op-ed on problems in sino-russian ties?"),
        Some("washington-post-op-ed")
    );
}

#[test]
fn a_near_tie_with_the_entry_whose_quote_holds_the_other_is_answered_by_it() {
    let english = matcher();
    // The caption holds the BRICS summit's words and the date; Wang Yi's call names Lavrov.
    assert_eq!(english.best_id("what date is the putin xi photo from"), Some("photo-caption"));
    let ministers = english.ask("Who are the two foreign ministers mentioned?");
    assert_eq!(ministers.verdict, Verdict::Answered);
    assert_eq!(ministers.best().map(|hit| hit.entry.id.as_str()), Some("wang-yi"));
}

#[test]
fn cracks_between_the_two_are_the_seam_sceptics_see() {
    assert_eq!(
        matcher().best_id("are there cracks in the china-russia partnership the us could use?"),
        Some("seam")
    );
}

#[test]
fn why_something_matters_asks_about_the_thing_not_the_word_matter() {
    // "matter" weighed as a topic word that only one sample question had.
    assert_eq!(
        matcher().best_id("Why does the friendship treaty matter so much for the two countries?"),
        Some("good-neighborliness-treaty")
    );
}

#[test]
fn schooling_and_expulsions_are_facts_the_article_never_gives() {
    let english = matcher();
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    // Each went to McFaul's entry or the G8's.
    assert_eq!(russian.best_id("Где учился Майкл Макфол?"), None);
    assert_eq!(english.best_id("where did mcfaul go to college?"), None);
    assert_eq!(chinese.best_id("麦克福尔在哪里毕业？"), None);
    assert_eq!(russian.best_id("Когда Россию исключили из G8?"), None);
    assert_eq!(chinese.best_id("俄罗斯是哪一年被暂停八国集团成员资格的？"), None);
    // Who they are, and what Russia joined, are still answered.
    assert_eq!(russian.best_id("Кто такой Макфол?"), Some("mcfaul"));
    assert_eq!(russian.best_id("В какой клуб вступила Россия?"), Some("g8"));
}

#[test]
fn what_came_of_talks_a_quote_shows_only_the_moment_before_is_declined() {
    let english = matcher();
    // The caption shows the handshake "prior to their talks": it tells nothing of what came of
    // them, as an entry on a summit still to come does not.
    assert_eq!(english.best_id("what did putin and xi agree on at the brics summit?"), None);
    assert_eq!(english.best_id("where was the brics summit held?"), Some("brics-summit"));
    assert_eq!(english.best_id("when was the photo taken?"), Some("photo-caption"));
}

#[test]
fn who_asks_and_what_for_are_not_read_as_the_question() {
    let english = matcher();
    let russian = matcher_in(article_qa_bot::Language::Ru);
    // "homework" weighed as a word the article lacks, and "my homework" as the reader's own
    // affairs: both were declined.
    assert_eq!(
        english.best_id("For my homework: why does China rely on globalization?"),
        Some("stability-vs-challenge")
    );
    assert_eq!(english.best_id("I'm a reporter - who is Dmitri Trenin?"), Some("trenin"));
    assert_eq!(russian.best_id("Я журналист, кто такой Дмитрий Тренин?"), Some("trenin"));
    // A clause that belongs to the question is still read.
    assert_eq!(english.best_id("For my homework: what is the weather in Moscow?"), None);
}

#[test]
fn who_funds_something_and_being_thrown_out_are_facts_the_article_never_gives() {
    let english = matcher();
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(english.best_id("who is funding the carnegie moscow center?"), None);
    assert_eq!(russian.best_id("Кто финансирует Центр Карнеги?"), None);
    assert_eq!(chinese.best_id("谁资助卡内基莫斯科中心？"), None);
    assert_eq!(
        english.best_id("when did the G8 kick Russia out? was it kicked out in 2014?"),
        None
    );
    assert_eq!(chinese.best_id("俄罗斯什么时候被踢出八国集团？"), None);
    // A province, asked by its one character between function words.
    assert_eq!(chinese.best_id("田湾核电站位于哪个省？"), None);
    // What they are is still answered.
    assert_eq!(
        english.best_id("what is the carnegie moscow center?"),
        Some("carnegie-moscow-center")
    );
    assert_eq!(chinese.best_id("田湾核电站是谁建的？"), Some("rosatom-reactors"));
}

#[test]
fn ties_going_downhill_are_ties_worsening() {
    // "downhill" was a word the article lacks: the question read as about the worsening
    // alone, not why.
    assert_eq!(
        matcher().best_id("why did things go downhill between washington and moscow?"),
        Some("us-russia-disputes")
    );
}

#[test]
fn who_holds_an_office_today_is_beyond_the_article() {
    let english = matcher();
    let russian = matcher_in(article_qa_bot::Language::Ru);
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    // McFaul's entry answered: he was the ambassador when the article was written of.
    assert_eq!(english.best_id("who is currently the US ambassador to Russia?"), None);
    assert_eq!(russian.best_id("Кто теперь посол США в России?"), None);
    assert_eq!(chinese.best_id("目前美国驻俄罗斯大使是谁？"), None);
    // "current", "нынешний", "现任" (the incumbent) ask of today too.
    assert_eq!(english.best_id("who is the current US ambassador to Russia?"), None);
    assert_eq!(russian.best_id("Кто нынешний посол США в России?"), None);
    assert_eq!(chinese.best_id("美国现任驻俄罗斯大使是谁？"), None);
    // Who held it then, and who leads an organisation, are the article's.
    assert_eq!(english.best_id("which former US ambassador to Russia is quoted?"), Some("mcfaul"));
    assert_eq!(english.best_id("who leads the CSTO now?"), Some("csto"));
}

#[test]
fn a_word_asking_for_a_fact_is_not_read_as_a_typo_of_another_word() {
    // "tall" was read as a misspelt "talk": the photo of the leaders' talks answered.
    assert_eq!(matcher().best_id("just how tall is xi jinping?"), None);
    assert_eq!(matcher().best_id("who is xi jinping?"), Some("xi-jinping"));
}

#[test]
fn where_the_next_one_will_be_and_how_tall_someone_is_are_beyond_the_article() {
    let english = matcher();
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    // The summit entry answered: the article tells of the one before it.
    assert_eq!(english.best_id("where will the next brics summit be held"), None);
    assert_eq!(chinese.best_id("下届金砖国家峰会在哪个城市举办？"), None);
    assert_eq!(chinese.best_id("普京有多高"), None);
    // Where the one of the article was, and where to go from here, are answered.
    assert_eq!(english.best_id("where was the brics summit held?"), Some("brics-summit"));
    assert_eq!(english.best_id("where do they go next?"), Some("improving-communication"));
}

#[test]
fn whether_someone_still_holds_a_post_is_asked_of_today() {
    let english = matcher();
    // The think tank's entry answered, as if of the article's time.
    assert_eq!(english.best_id("does trenin still lead the carnegie moscow center?"), None);
    // Working together still, and what the center is, are the article's.
    assert_eq!(
        english.best_id("do they still work together in central asia?"),
        Some("security-coordination")
    );
    assert_eq!(
        english.best_id("what is the carnegie moscow center?"),
        Some("carnegie-moscow-center")
    );
}

#[test]
fn the_pandemic_making_things_worse_is_the_pandemic_entry_in_each_language() {
    // "worse" weighed more than "pandemic" and found the worsening of US-Russia ties.
    assert_eq!(
        matcher().best_id("did covid make things worse between them?"),
        Some("pandemic-problems")
    );
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(russian.best_id("Пандемия сделала отношения хуже?"), Some("pandemic-problems"));
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("疫情让关系变得更糟了吗？"), Some("pandemic-problems"));
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
fn what_a_question_sets_aside_is_not_its_answer() {
    let english = matcher();
    // The SCO's own entry answered, though the reader set it aside.
    assert_eq!(
        english.best_id("Apart from the SCO, which organisations matter in Central Asia?"),
        Some("csto")
    );
}

#[test]
fn a_region_sensitive_for_moscow_is_its_old_sphere_of_influence() {
    // "sensitive" and "touchy" were words the article lacks: declined.
    assert_eq!(
        matcher().best_id("why is central asia a sensitive region for moscow?"),
        Some("central-asia-sphere")
    );
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(
        russian.best_id("Почему Центральная Азия так чувствительна для Москвы?"),
        Some("central-asia-sphere")
    );
}

#[test]
fn a_chinese_word_that_extends_a_known_one_at_the_end_of_a_question_is_read() {
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    // "世界杯" (the World Cup) was read as "世界" (the world): "界杯" was dropped as a seam
    // between two words, though "杯" belongs to no other.
    assert_eq!(chinese.best_id("谁赢了世界杯？"), None);
    assert_eq!(chinese.best_id("上合组织是什么？"), Some("sco"));
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
fn what_is_said_around_the_question_is_read_apart_from_it() {
    let english = matcher();
    // A remark after the question, and what the answer is for before it.
    assert_eq!(
        english.best_id("What is the CSTO? I keep hearing the name on the news."),
        Some("csto")
    );
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(
        russian.best_id("Я пишу реферат об этом. Как Си и Путин оценивают отношения?"),
        Some("december-phone-call")
    );
}

#[test]
fn gotten_is_a_function_word_as_got_is() {
    let english = matcher();
    assert_eq!(
        english.best_id(
            "Why have things gotten so bad between Moscow and Washington since the 1990s?"
        ),
        Some("us-russia-worsening")
    );
}

#[test]
fn an_unknown_chinese_word_weighs_as_a_word_not_as_noise() {
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    // "住在" (lives in) is a whole word the article never uses: where Putin lives is not said.
    assert_eq!(chinese.best_id("普京住在哪里？"), None);
    assert_eq!(chinese.best_id("普京是谁？"), Some("putin"));
}

#[test]
fn who_belongs_to_a_club_is_a_fact_an_entry_naming_no_member_lacks() {
    let english = matcher();
    // The BRICS entry tells of a summit, not who belongs; the SCO's names one member, Russia,
    // not who the members are (readers writing sets in three languages count that beyond it).
    assert_eq!(english.best_id("Who are the members of BRICS?"), None);
    assert_eq!(english.best_id("Who are the members of the SCO?"), None);
    assert_eq!(english.best_id("Is Russia a member of the SCO?"), Some("sco"));
}

#[test]
fn where_someone_graduated_is_a_fact_the_article_lacks() {
    // The article gives Mearsheimer's university as where he works, not where he studied.
    assert_eq!(matcher().best_id("Which university did Mearsheimer graduate from?"), None);
}

#[test]
fn how_far_in_chinese_is_a_fact_the_article_lacks() {
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("莫斯科离北京有多远？"), None);
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
fn why_a_region_matters_to_moscow_is_its_old_sphere_of_influence() {
    // Its entry gives the reason: the region was Russia's sphere (it was curated as giving
    // no "why", and an entry on Russia's alliance there won).
    assert_eq!(
        matcher()
            .best_id("Why is Beijing's presence in Central Asia a touchy matter for the Kremlin?"),
        Some("central-asia-sphere")
    );
}

#[test]
fn wariness_and_concern_are_one_feeling() {
    // "wary" was read as "alert", the word of an entry on neorealist logic; the SCO's entry
    // speaks of Moscow's "concerns".
    let english = matcher();
    assert_eq!(
        english.best_id("Why was the Kremlin wary of the Shanghai Cooperation Organization?"),
        Some("moscow-steers-sco")
    );
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(
        russian.best_id("Почему присутствие Китая в Центральной Азии беспокоит Москву?"),
        Some("central-asia-sphere")
    );
}

#[test]
fn a_name_the_best_entry_never_mentions_is_not_answered_by_it() {
    let english = matcher();
    // Each entry holds the question's other words, never the name asked about.
    assert_eq!(english.best_id("Is Belarus in the SCO?"), None);
    assert_eq!(english.best_id("Did Kerry meet Lavrov?"), None);
    assert_eq!(english.best_id("Is Azerbaijan part of the Eurasian Economic Union?"), None);
    // The names the entries hold still find them.
    assert_eq!(english.best_id("Is Tajikistan in the CSTO?"), Some("tajikistan"));
    assert_eq!(
        english.best_id("What did Lavrov say about NATO enlargement?"),
        Some("lavrov-nato-root-cause")
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
fn the_end_of_a_month_is_a_time_not_the_outcome() {
    // "at the end of the year" read as "in the end", a question about what came later.
    assert_eq!(
        matcher().best_id("What did the two presidents discuss by phone at the end of the year?"),
        Some("december-phone-call")
    );
    assert_eq!(matcher().best_id("Did Turkey buy the jets in the end?"), None);
}

#[test]
fn cutting_edge_hardware_is_advanced_weaponry() {
    let english = matcher();
    assert_eq!(
        english.best_id("Which cutting-edge aircraft is Moscow selling to Beijing?"),
        Some("sukhoi-35")
    );
    assert_eq!(
        english.best_id("what sophisticated hardware does russia export to china"),
        Some("sukhoi-35")
    );
}

#[test]
fn why_the_treaty_matters_is_what_its_entry_says_of_it() {
    // The entry calls it a cornerstone of their ties: a reason, though curated as giving none.
    assert_eq!(
        matcher()
            .best_id("Why is the good-neighbourliness treaty seen as so significant for them?"),
        Some("good-neighborliness-treaty")
    );
}

#[test]
fn what_an_abbreviation_stands_for_is_answered_only_where_the_article_spells_it_out() {
    let english = matcher();
    assert_eq!(english.best_id("What does BRICS stand for?"), None);
    assert_eq!(english.best_id("What does CSTO stand for?"), Some("csto"));
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(russian.best_id("Как расшифровывается БРИКС?"), None);
    assert_eq!(russian.best_id("Как расшифровывается ОДКБ?"), Some("csto"));
}

#[test]
fn complaining_the_white_house_and_fillers_are_read_as_meant() {
    let english = matcher();
    // "complain" (the verb) is the grievance; "actually" only insists; the White House is
    // Washington, not a white thing and a house.
    assert_eq!(
        english.best_id("What does Russia complain about most in its dealings with the West?"),
        Some("nato-enlargement")
    );
    assert_eq!(
        english.best_id("What should the Kremlin and the White House actually do?"),
        Some("improving-communication")
    );
}

#[test]
fn what_came_later_is_beyond_the_article_however_it_is_put() {
    let english = matcher();
    assert_eq!(english.best_id("what did they end up agreeing at the summit?"), None);
    assert_eq!(english.best_id("Did the US rejoin the JCPOA later on?"), None);
    // A forecast is the article's: "could" is no past.
    assert_eq!(
        english.best_id("Could Russia end up as China's junior partner?"),
        Some("growing-disparity")
    );
}

#[test]
fn an_entry_naming_no_writer_does_not_answer_who_wrote_something() {
    // The article never names the op-ed's author; the op-ed's entry held every other word.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(russian.best_id("Кто автор колонки в Washington Post?"), None);
    assert_eq!(russian.best_id("Кто является автором статьи в Washington Post?"), None);
    // Someone named who said it is an answer.
    assert_eq!(matcher().best_id("Who said NATO is a defensive alliance?"), Some("kerry"));
}

#[test]
fn upsides_are_the_benefits() {
    // "upsides" was a word the knowledge base lacked, so the question was declined.
    assert_eq!(
        matcher().best_id("do the upsides of their ties outweigh the problems?"),
        Some("main-argument")
    );
}

#[test]
fn describing_is_assessing() {
    // The leaders "assessed" their ties in the December call; "describe" found the photo of
    // them, whose sample questions ask to describe it.
    let english = matcher();
    assert_eq!(
        english.best_id("How do Xi and Putin themselves describe their relationship?"),
        Some("december-phone-call")
    );
    assert_eq!(english.best_id("How does the author describe the photo?"), Some("photo-caption"));
}

#[test]
fn a_chinese_keyword_holds_no_other_name_across_its_words() {
    // "在哪个问题上合作" held "上合" (the SCO) across "问题上" and "合作": the Iran deal's entry
    // answered whether Iran is in the SCO.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("伊朗是上合组织成员吗？"), None);
    assert_eq!(chinese.best_id("伊朗核协议是什么？"), Some("jcpoa"));
}

#[test]
fn whose_view_is_asked_is_no_side_word() {
    let english = matcher();
    // McFaul's entry on NATO enlargement never names China: Beijing's view is not in it.
    assert_eq!(english.best_id("What does Beijing really think about NATO enlargement?"), None);
    assert_eq!(english.best_id("What does Washington think about the SCO?"), None);
    assert_eq!(english.best_id("What does McFaul say about NATO enlargement?"), Some("mcfaul"));
    // Someone's view of a name is in their own entry, not in the entries it links to.
    assert_eq!(english.best_id("what does xi jinping think of biden"), None);
    // A reply is a view too.
    assert_eq!(english.best_id("what did putin reply to kerry"), None);
    // The article names Biden but reports no words of his: the summit's entry gives the
    // author's view of it.
    assert_eq!(english.best_id("what did biden say about putin"), None);
    assert_eq!(english.best_id("what did kerry say about russia"), Some("kerry"));
}

#[test]
fn what_russia_kept_or_joined_is_the_entry_listing_all_of_it() {
    // Trenin's entry quotes the whole list (the U.N. seat, the G-8, the NATO-Russia Council);
    // the U.N. seat's entry quotes only the seat.
    assert_eq!(
        matcher().best_id("What did Russia retain or join after the fall of the USSR?"),
        Some("trenin-west-coordination")
    );
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
fn a_name_the_knowledge_base_lacks_altogether_declines() {
    // "Taiwan" is in no entry: the call's entry held every other word and answered.
    let english = matcher();
    assert_eq!(
        english.best_id("What did Xi Jinping say about Taiwan during the call with Putin?"),
        None
    );
    assert_eq!(
        english.best_id("What did Putin and Xi discuss during the December call?"),
        Some("december-phone-call")
    );
}

#[test]
fn everyday_words_for_the_articles_find_its_entries() {
    // Each question shared no word with its entry but the reader's synonym.
    let english = matcher();
    for (question, entry) in [
        ("What jubilee are Moscow and Beijing marking this year?", "good-neighborliness-treaty"),
        ("Why was the Kremlin uneasy about the Shanghai bloc getting bigger?", "moscow-steers-sco"),
        ("Could America play Beijing and Moscow off against one another?", "seam"),
        ("In realist thinking, what do countries do when a new giant appears?", "realist-logic"),
        ("Is a thaw between Washington and the Kremlin likely in the near future?", "standfirst"),
    ] {
        assert_eq!(english.best_id(question), Some(entry), "{question}");
    }
}

#[test]
fn what_was_signed_at_an_event_still_to_come_is_declined() {
    // The summit's entry tells of a meeting still to come: what was signed there is no part of
    // it. What was signed in the article's past is answered.
    let english = matcher();
    assert_eq!(
        english.best_id("What concrete agreements did Biden and Putin sign at their summit?"),
        None
    );
    assert_eq!(english.best_id("What did the two sides sign in 2015?"), Some("belt-and-road"));
}

#[test]
fn one_protagonist_asked_of_an_entry_naming_only_the_other_is_declined() {
    // Russia's bases entry names Kazakhstan, never China.
    let english = matcher();
    assert_eq!(english.best_id("does china have a military base in kazakhstan?"), None);
    assert_eq!(
        english.best_id("does russia have a military base in kazakhstan?"),
        Some("russian-bases")
    );
    // Tajikistan's entry reports a Chinese presence there.
    assert_eq!(english.best_id("Does China have troops in Tajikistan?"), Some("tajikistan"));
}

#[test]
fn colloquial_chinese_what_and_its_seams_are_function_words() {
    // "啥" (what) made "了啥", and "方面有什么" made "面有": both read as content the entries
    // lack, and the questions were declined.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("2015年双方签了啥？"), Some("belt-and-road"));
    assert_eq!(chinese.best_id("中俄在太空方面有什么计划？"), Some("lunar-station"));
}

#[test]
fn the_two_neighbours_are_the_two_countries() {
    // "neighbours" alone found the entry whose quote speaks of Russia's neighbour (the
    // accommodation), a confident wrong answer to a question on the widening disparity.
    let english = matcher();
    let question = "What imbalance between the two neighbours keeps widening?";
    assert!(words_read(&english, question).iter().any(|words| words == "two neighbours"));
    assert_ne!(english.best_id(question), Some("accommodation"));
}

#[test]
fn whether_what_was_only_offered_or_wanted_was_done_is_declined() {
    // The quotes report Moscow's offer to Turkey, Biden's interest in rejoining the deal and
    // Mearsheimer's advice to Biden; whether any of it came true the article does not say.
    let english = matcher();
    for question in
        ["did turkey buy the su-35", "did the us rejoin the jcpoa", "did biden drop russophobia"]
    {
        assert_eq!(english.best_id(question), None, "{question}");
    }
    // What was offered or advised is what they report; what was done, others report.
    assert_eq!(english.best_id("did russia offer jets to turkey"), Some("turkey-jets-offer"));
    assert_eq!(
        english.best_id("did mearsheimer recommend allying with moscow?"),
        Some("mearsheimer")
    );
    assert_eq!(english.best_id("did russia sell su-35 jets to china"), Some("sukhoi-35"));
}

#[test]
fn too_big_to_fix_is_insurmountable() {
    // "fix" alone reads as "fixed" (set in stone); the phrase is the article's "insurmountable".
    let english = matcher();
    for question in [
        "are the problems between china and russia too big to fix",
        "are the challenges unsolvable",
    ] {
        assert_eq!(english.best_id(question), Some("main-argument"), "{question}");
    }
}

#[test]
fn everyday_words_for_the_articles_alert_slide_and_cornerstone() {
    let english = matcher();
    for (question, entry) in [
        ("why must moscow stay on guard in eurasia", "realist-logic"),
        ("since when have us-russia relations been sliding", "us-russia-worsening"),
        ("is the treaty the bedrock of their ties", "good-neighborliness-treaty"),
    ] {
        assert_eq!(english.best_id(question), Some(entry), "{question}");
    }
}

#[test]
fn the_state_of_relations_is_how_they_stand_not_a_state() {
    // "state" read as the states on Russia's borders: the advice to Moscow and Washington.
    let english = matcher();
    let question = "what is the current state of china-russia relations";
    assert_eq!(english.best_id(question), Some("main-argument"));
    // A state of the article's is still one: Turkey, a NATO member state.
    assert_eq!(
        english.best_id("which nato member state was offered the jets?"),
        Some("turkey-jets-offer")
    );
}

#[test]
fn lead_to_is_a_consequence_not_a_leader() {
    let english = matcher();
    // "lead" read as leading China: Xi's profile answered.
    assert_ne!(english.best_id("does this lead to fights with china"), Some("xi-jinping"));
    assert_eq!(english.best_id("could this lead to a split?"), Some("future-rift"));
    // Leading is still leading.
    assert_eq!(english.best_id("who leads china"), Some("xi-jinping"));
    assert_eq!(english.best_id("which country leads the csto"), Some("csto"));
}

#[test]
fn hedges_and_chat_fillers_are_not_words_of_the_question() {
    let english = matcher();
    assert_eq!(
        english.best_id("didnt the ministers say ties kept growing anyway"),
        Some("wang-yi")
    );
    assert_eq!(
        english.best_id("honestly what did lavrov say about nato"),
        Some("lavrov-nato-root-cause")
    );
    // "也许" (maybe) weighed as a word the article lacks.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("也许中俄关系会破裂吗？"), Some("future-rift"));
}

#[test]
fn nuclear_cooperation_between_china_and_russia_is_rosatoms_reactors() {
    // It tied with the Iran deal, which is about nuclear weapons, not cooperation between them.
    let english = matcher();
    let ranking = english.ask("is there nuclear cooperation between china and russia");
    assert_eq!(ranking.verdict, article_qa_bot::Verdict::Answered);
    assert_eq!(
        english.best_id("is there nuclear cooperation between china and russia"),
        Some("rosatom-reactors")
    );
}

#[test]
fn a_synonym_phrase_of_function_words_still_means_its_group() {
    // "who does what" is all stop words: read as nothing, it left "central asia" alone.
    let english = matcher();
    assert_eq!(english.best_id("who does what in central asia"), Some("division-of-labour"));
    // "always" was a word the article lacks; it is the article's "historically" here.
    assert_eq!(
        english.best_id("was central asia always russia's area"),
        Some("central-asia-sphere")
    );
}

#[test]
fn everyday_words_for_scholars_weapons_drawbacks_and_space() {
    // Each was a word the article lacks, weighed as one and enough to decline.
    let english = matcher();
    for (question, entry) in [
        ("what does the glasgow specialist argue", "kaczmarski"),
        ("which theorist predicted a us-russia alliance", "mearsheimer-prediction"),
        ("does china copy russian guns", "reverse-engineering"),
        ("what are the downsides of the partnership", "sceptics-view"),
        ("what joint plans do they have beyond earth", "lunar-station"),
    ] {
        assert_eq!(english.best_id(question), Some(entry), "{question}");
    }
}

#[test]
fn the_view_of_a_scholar_named_after_an_initial_is_his_or_nobodys() {
    // "John J. Mearsheimer": read as a sentence's first word, his name was no name, and
    // Medvedev's words on Ukraine answered what Mearsheimer said about it.
    let english = matcher();
    assert_eq!(english.best_id("what did mearsheimer say about ukraine"), None);
    assert_eq!(english.best_id("what did mearsheimer recommend to biden"), Some("mearsheimer"));
}

#[test]
fn chat_abbreviations_and_plain_words_for_the_articles_names() {
    let english = matcher();
    // "cn", "ru": how a terse reader writes China and Russia.
    assert_eq!(english.best_id("what do cn and ru agree on"), Some("shared-multipolar-vision"));
    // Glasgow is the Scottish university.
    assert_eq!(
        english.best_id("which scottish scholar says the ties are not set in stone"),
        Some("kaczmarski")
    );
    // "a lot" names no matter; it weighed as a word the article lacks.
    assert_eq!(
        english.best_id("they agree on a lot, so why do they want different things"),
        Some("stability-vs-challenge")
    );
}

#[test]
fn everyday_words_for_sceptics_disaster_showdown_trust_and_photo() {
    // Each was a word the article lacks, weighed heavily enough to decline.
    let english = matcher();
    for (question, entry) in [
        ("what do the naysayers say about the partnership", "sceptics-view"),
        ("who said losing china would be catastrophic for russia", "trenin"),
        ("where was the snapshot of xi and putin taken", "photo-caption"),
        ("is there much faith between moscow and washington", "low-trust"),
        ("does russia benefit from a showdown with the west", "stability-vs-challenge"),
    ] {
        assert_eq!(english.best_id(question), Some(entry), "{question}");
    }
}

#[test]
fn collaboration_and_teamwork_are_the_articles_cooperation() {
    let english = matcher();
    assert_eq!(
        english.best_id("in which areas do china and russia collaborate"),
        Some("high-tech-frontiers")
    );
    assert_eq!(
        english.best_id("is there teamwork between moscow and beijing in security"),
        Some("security-coordination")
    );
}

#[test]
fn whether_an_aim_was_reached_is_beyond_the_article() {
    // The article tells of aims: preventing Tehran from obtaining nuclear weapons, building a
    // lunar station. Whether they came true it cannot say.
    let english = matcher();
    assert_eq!(english.best_id("did iran get a nuclear weapon after all"), None);
    assert_eq!(english.best_id("have china and russia built the moon base yet"), None);
    // What the aims are, it tells.
    assert_eq!(english.best_id("did russia and the us agree on iran"), Some("iran-common-ground"));
}

#[test]
fn everyday_words_for_sphere_standing_and_detente() {
    let english = matcher();
    for (question, entry) in [
        ("was central asia in moscow's orbit in history", "central-asia-sphere"),
        ("is the gap in clout between them widening", "growing-disparity"),
        ("why is a warming between washington and moscow unlikely", "low-trust"),
    ] {
        assert_eq!(english.best_id(question), Some(entry), "{question}");
    }
}

#[test]
fn whether_something_was_done_asked_in_russian_or_chinese_is_beyond_an_intention() {
    // The article reports Biden's interest in rejoining the deal, not that he did.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(russian.best_id("Вернулись ли США в ядерную сделку с Ираном?"), None);
    assert_eq!(russian.best_id("Предложила ли Россия самолёты Турции?"), Some("turkey-jets-offer"));
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("美国重新加入伊朗核协议了吗？"), None);
    assert_eq!(chinese.best_id("俄罗斯向土耳其提议出售战机了吗？"), Some("turkey-jets-offer"));
}

#[test]
fn the_setup_names_no_matter() {
    // "setup" weighed as the rarest word, a word the article lacks, and declined.
    let english = matcher();
    assert_eq!(
        english.best_id("who called the china russia setup a condominium"),
        Some("gabuev-condominium")
    );
}

#[test]
fn a_secretary_general_is_not_a_secretary_of_state() {
    // "secretary" alone found Kerry, the Secretary of State.
    let english = matcher();
    assert_eq!(english.best_id("what did the nato secretary general say"), None);
    assert_eq!(english.best_id("what did the secretary of state say about nato"), Some("kerry"));
}

#[test]
fn readers_everyday_words_for_the_articles_terms() {
    let english = matcher();
    // "The Western alliance" is NATO: it read as the West's reassurances.
    assert_eq!(
        english.best_id("is the western alliance expanding toward russia"),
        Some("nato-enlargement")
    );
    // A birthday is a person's, which the article never gives: no anniversary.
    assert_eq!(english.best_id("when is putin's birthday"), None);
    // "hopefuls" are the aspirants to NATO; "sidekick" a junior partner.
    assert_eq!(english.best_id("which nato hopefuls border russia"), Some("eu-nato-aspirants"));
    assert_eq!(
        english.best_id("is moscow turning into beijings sidekick"),
        Some("growing-disparity")
    );
    // "basic" only insists; it weighed as a word the article lacks.
    assert_eq!(
        english.best_id("did moscow and beijing reach a basic accommodation in the region"),
        Some("accommodation")
    );
}

#[test]
fn an_unknown_adverb_of_manner_is_no_topic() {
    // "harshly", "unfairly": how the West treated Russia, in words the article lacks; each
    // weighed as an unknown topic word and the question was declined.
    let english = matcher();
    for question in [
        "was russia treated harshly by the west after the cold war",
        "did the west treat russia unfairly after the cold war",
    ] {
        assert_eq!(english.best_id(question), Some("trenin-west-coordination"), "{question}");
    }
    // A noun ending so names a matter of its own, which the article lacks.
    assert_eq!(english.best_id("does xi jinping have a family"), None);
}

#[test]
fn thinks_asks_whose_view_not_what_is_thought() {
    // "thinks" matched the "wishful thinking" of the author's view on a detente, where the
    // question asks who expects the alliance: Mearsheimer.
    let english = matcher();
    let question = "who thinks russia will side with america against china";
    assert_eq!(english.best_id(question), Some("mearsheimer-prediction"), "{question}");
}

#[test]
fn a_warning_is_someones_words() {
    // "warns" is saying, which the article never calls warning: it weighed as a word the
    // article lacks and the question was declined.
    let english = matcher();
    let question = "which scholar warns that the partnership could change";
    assert_eq!(english.best_id(question), Some("kaczmarski"), "{question}");
}

#[test]
fn dealing_with_something_is_handling_it_not_a_deal() {
    // "deal" after an auxiliary and before "with" is a verb: it matched the Su-35 arms deal.
    let english = matcher();
    let question = "how does china deal with russia in central asia";
    assert_eq!(english.best_id(question), Some("china-central-asia-presence"), "{question}");
    // The noun still is a deal.
    assert_eq!(english.best_id("does biden want a deal with iran"), Some("jcpoa"));
}

#[test]
fn fighting_over_something_is_a_dispute() {
    let english = matcher();
    let question = "what are russia and america fighting over";
    assert_eq!(english.best_id(question), Some("us-russia-disputes"), "{question}");
}

#[test]
fn inheriting_is_keeping_what_came_before() {
    // "inherit" weighed as a word the article lacks, which says Russia "retained" the seat.
    let english = matcher();
    let question = "what did moscow inherit from the ussr at the un";
    assert_eq!(english.best_id(question), Some("un-security-council-seat"), "{question}");
}

#[test]
fn do_as_an_auxiliary_asks_no_activity_of_today() {
    // "these days" after "how do ... see" asked the present activity of someone, as "what does
    // he do these days?" does, and was declined.
    let english = matcher();
    let question = "how do xi and putin see their ties these days";
    assert_eq!(english.best_id(question), Some("december-phone-call"), "{question}");
    // The main verb still asks what someone does today.
    assert_eq!(english.best_id("what does trenin do these days"), None);
}

#[test]
fn chinese_how_the_us_explains_nato_expansion_is_its_reassurance() {
    // "如何" is "how", a function word as "怎么" and "怎样" are; and the reassurance's Chinese
    // keywords name what it is about, NATO's expansion, which it answered only in its texts:
    // Lavrov's words or the disputes were answered.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    for question in ["华盛顿如何解释北约扩张", "美国怎样解释北约的扩张？"] {
        assert_eq!(chinese.best_id(question), Some("west-reassurances"), "{question}");
    }
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
fn chinese_how_commonly_something_is_held_is_no_topic() {
    // "通常被看作" (generally regarded as): its pairs weighed as rare words of other entries.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "上合组织通常被看作哪个国家的项目？";
    assert_eq!(chinese.best_id(question), Some("sco"), "{question}");
}

#[test]
fn chinese_respectively_and_some_are_no_topics() {
    // "分别" (respectively) weighed as a rare word of another entry: declined.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "外长们分别强调了什么？";
    assert_eq!(chinese.best_id(question), Some("wang-yi"), "{question}");
}

#[test]
fn chinese_family_of_a_person_is_a_fact_the_article_lacks() {
    // "老婆" (wife) weighed as a short unknown pair: Putin's profile was answered.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("普京的老婆是谁"), None);
    assert_eq!(chinese.best_id("普京是谁"), Some("putin"));
}

#[test]
fn perks_and_privileges_are_benefits() {
    // "privileges" weighed as a word the article lacks: declined.
    let english = matcher();
    let question = "which privileges did moscow hold on to after the ussr collapsed";
    assert_eq!(english.best_id(question), Some("trenin-west-coordination"), "{question}");
}

#[test]
fn chinese_expressing_is_saying() {
    // "表达" (express) weighed as a word the knowledge base lacks: declined.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "这个标题想表达的观点是什么";
    assert_eq!(chinese.best_id(question), Some("article-title"), "{question}");
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
fn chinese_phrase_with_a_particle_gives_no_pairs_out_of_step() {
    // "俄罗斯主导的安全组织" (a keyword of the CSTO) made "导的" a curated word, so the pair
    // across "主导" and "的" weighed for the CSTO: the forces it leads read as the EAEU.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "俄罗斯主导的快速反应部队有什么名字？";
    assert_eq!(chinese.best_id(question), Some("collective-rapid-reaction-forces"), "{question}");
    let question = "一般认为上合组织是哪个国家主导的";
    assert_eq!(chinese.best_id(question), Some("sco"), "{question}");
}

#[test]
fn a_career_before_or_after_the_articles_post_is_beyond_it() {
    // The posts' entries answered: McFaul's profile for what he did before Moscow.
    let english = matcher();
    for question in [
        "what work did mcfaul do before he became ambassador",
        "What was Wang Yi's job before becoming foreign minister?",
        "what has medvedev done since he stopped being president? what did he do after leaving office",
        "what did medvedev do after his term as president was over?",
        "what has mcfaul been doing since he left his post?",
    ] {
        assert_eq!(english.best_id(question), None, "{question}");
    }
    // The article's own story after an event, and someone's words while in office, are its.
    assert_eq!(
        english.best_id("What did Medvedev say about NATO when he was president?"),
        Some("medvedev-2008-nato")
    );
    assert!(english.best_id("what did russia do after the ussr collapsed").is_some());
}

#[test]
fn justifying_walking_away_and_exercising_are_the_articles_words_for_them() {
    // Each weighed as a word the article lacks, and each question was declined.
    let english = matcher();
    for (question, entry) in [
        ("how did washington justify enlarging nato", "west-reassurances"),
        ("what treaty on missiles did the us walk away from", "abm-treaty"),
        ("what kind of leadership does russia exercise in central asia", "cooperative-hegemony"),
    ] {
        assert_eq!(english.best_id(question), Some(entry), "{question}");
    }
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("美国怎样为北约东扩辩护"), Some("west-reassurances"));
    // A walk elsewhere is no withdrawal.
    assert_eq!(english.best_id("how long does it take to walk around the kremlin"), None);
}

#[test]
fn what_sort_of_is_what_kind_of() {
    // "sort" was read as a typo for "sore", a word of another entry, and weighed against the
    // question: declined.
    let english = matcher();
    let question = "what sort of leadership does russia exercise in central asia";
    assert_eq!(english.best_id(question), Some("cooperative-hegemony"), "{question}");
}

#[test]
fn sticking_to_a_role_is_keeping_to_the_assigned_one() {
    // Whether Moscow kept to its assigned role as security provider: declined, "stick" touching
    // only a dispute's "sticking point".
    let english = matcher();
    let question = "does the kremlin stick to its role in central asia";
    assert_eq!(english.best_id(question), Some("diversification-not-confrontation"), "{question}");
}

#[test]
fn a_chinese_pair_of_a_words_end_and_the_particle_is_no_word() {
    // "式的" of "形式的" is known from a sample's "正式的": it read as a word and crowded out
    // "形式" (form) beside it, so the question was declined.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "在中亚，俄罗斯推行的是哪种形式的霸权";
    assert_eq!(chinese.best_id(question), Some("cooperative-hegemony"), "{question}");
    // "谁拍的": the verb's own character and the particle are all of the verb left.
    assert_eq!(chinese.best_id("照片是谁拍的？"), Some("photo-credit"));
}

#[test]
fn the_authors_opinion_is_the_authors_view_not_the_opinion_piece() {
    // "opinion" was a word of the Washington Post's "opinion piece" alone: the author's opinion
    // on a détente was answered with the op-ed.
    let english = matcher();
    let question = "what is the author's opinion on a us-russia detente";
    assert_eq!(english.best_id(question), Some("main-argument"), "{question}");
    assert_eq!(
        english.best_id("which opinion piece listed the problems"),
        Some("washington-post-op-ed")
    );
}

#[test]
fn a_photographer_is_no_photograph_and_a_reporter_no_report() {
    // The stemmer joined each person to what they make: "who's the photographer?" read as who
    // is in the photo, "who is the reporter?" as the reports of Chinese forces in Central Asia.
    let english = matcher();
    assert_eq!(english.best_id("who's the photographer?"), Some("photo-credit"));
    assert_eq!(english.best_id("who is the photographer of the picture"), Some("photo-credit"));
    assert_eq!(english.best_id("who is the reporter"), None);
    // The photo itself is still the photo.
    assert_eq!(english.best_id("what does the photograph show?"), Some("photo-caption"));
}

#[test]
fn how_close_the_two_are_is_the_level_their_ties_are_said_to_have_reached() {
    // "close" was a word of the arms sales' "closeness" and of closing the border alone, and a
    // chatty question about how close the two are these days answered Mearsheimer's forecast.
    let english = matcher();
    let question = "so r china and russia actually close these days?";
    assert_eq!(english.best_id(question), Some("unprecedented-high-level"), "{question}");
}

#[test]
fn the_think_tank_someone_works_for_is_in_the_quote_naming_them() {
    // "think tank" was a word of the Carnegie entry's samples alone: which think tank Gabuev
    // works for answered the Carnegie entry, whose quote names only Trenin.
    let english = matcher();
    assert_eq!(
        english.best_id("Which think tank does Gabuev work for?"),
        Some("gabuev-condominium")
    );
    assert_eq!(english.best_id("which think tank does trenin lead"), Some("trenin"));
    // The think tank itself is still its own entry.
    let question = "What Moscow think tank does the author quote?";
    assert_eq!(english.best_id(question), Some("carnegie-moscow-center"));
}

#[test]
fn aviation_is_the_passenger_plane() {
    // A word the article's entries lacked: declined.
    let english = matcher();
    let question = "is china and russia cooperating in aviation";
    assert_eq!(english.best_id(question), Some("cr929"), "{question}");
}

#[test]
fn tension_about_history_is_the_old_territorial_resentment() {
    // "history" was a word of the leaders' "highest level in history" alone ("historical" of
    // "historical grievance" stems apart): tension about history answered their phone call.
    let english = matcher();
    let question = "is there any tension about history?";
    assert_eq!(english.best_id(question), Some("territorial-concessions"), "{question}");
}

#[test]
fn noticing_or_realizing_the_power_gap_is_being_aware_of_it() {
    // "notice" was a word the article lacks, and the growing disparity alone answered.
    let english = matcher();
    let question = "Does Moscow notice the growing power gap with Beijing?";
    assert_eq!(english.best_id(question), Some("accommodation"), "{question}");
    let question = "does moscow realize china is getting stronger";
    assert_eq!(english.best_id(question), Some("accommodation"), "{question}");
}

#[test]
fn a_chinese_fact_word_between_two_known_words_is_their_seam() {
    // "价格" (price) of "评价格鲁吉亚" spans "评价" (assess) and "格鲁吉亚" (Georgia): read as a
    // price asked, a fact no entry gives, it declined the question.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "2008年梅德韦杰夫怎么评价格鲁吉亚和乌克兰接近北约？";
    assert_eq!(chinese.best_id(question), Some("medvedev-2008-nato"), "{question}");
    // A price asked is still a fact the article lacks.
    assert_eq!(chinese.best_id("中俄贸易的价格是多少"), None);
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
fn readers_words_for_what_entries_name_otherwise_find_them() {
    // Each asked in words its entry's keywords lacked, and declined: a quick-response force is
    // the rapid reaction force; "opposite number" a counterpart; "stranded" those unable to
    // return home; "codified" what official documents hold; the G-8 a club of rich
    // countries; a sudden stop the reversal the author doubts.
    let english = matcher();
    for (question, entry) in [
        ("does russia lead a quick response force?", "collective-rapid-reaction-forces"),
        (
            "What did China's top diplomat and his Russian opposite number emphasize in their recent conversation?",
            "wang-yi",
        ),
        ("Were Chinese nationals stranded in Russia when the border shut?", "pandemic-problems"),
        ("So it isn't just rhetoric, the fear is codified officially?", "threat-in-state-documents"),
        ("which club of rich countries did russia join?", "g8"),
        ("could all this collab just stop suddenly", "hard-to-reverse"),
        ("What civilian aircraft are the two nations going to co-produce?", "cr929"),
        // Chat's "bout" is "about"; a footprint is a presence.
        ("yo why does china care more bout stability than russia does?", "stability-vs-challenge"),
        (
            "Why is Beijing's growing footprint in Central Asia touchy for Moscow?",
            "central-asia-sphere",
        ),
    ] {
        assert_eq!(english.best_id(question), Some(entry), "{question}");
    }
}

#[test]
fn the_authors_person_is_beyond_the_article_but_not_their_views() {
    // The article never names its author nor says where they work or come from: these were
    // answered with the scholar whose university they named, or with another entry.
    let english = matcher();
    for question in [
        "At which university does the author of this article teach?",
        "does the author work for the Carnegie center?",
        "what is the author's nationality?",
        "where does the writer of this piece teach?",
        // Guillemets are not ASCII: an English question holding them is still read in English.
        "Where does the author of «Good China-Russia Relations» teach?",
    ] {
        assert_eq!(english.best_id(question), None, "{question}");
    }
    assert_eq!(english.best_id("what does the author think about NATO?"), Some("nato-enlargement"));
    // In Russian and Chinese too (the university of Mearsheimer, Lavrov for "Russian").
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(russian.best_id("Автор статьи русский?"), None);
    assert_eq!(russian.best_id("Где работает автор статьи?"), None);
    assert_eq!(russian.best_id("Что автор говорит о ШОС?"), Some("sco"));
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("作者在哪所大学任教？"), None);
    assert_eq!(chinese.best_id("作者是哪国人？"), None);
    assert_eq!(chinese.best_id("作者在自己的研究中提出了什么观点？"), Some("cooperative-hegemony"));
    assert_eq!(english.best_id("which university is Kaczmarski from?"), Some("kaczmarski"));
    assert_eq!(
        english.best_id("does the author mention the university of chicago?"),
        Some("mearsheimer")
    );
}

#[test]
fn how_important_in_chinese_asks_no_weight() {
    // "有多重要" (how important) holds the pair "多重", which alone asks a weight ("有多重",
    // how heavy): read so, it weighed against the treaty's entry, which gives none, and the
    // question was declined.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(
        chinese.best_id("《睦邻友好合作条约》对中俄关系有多重要？"),
        Some("good-neighborliness-treaty")
    );
    // A weight asked is still a fact the article lacks.
    assert_eq!(chinese.best_id("苏-35有多重？"), None);
}

#[test]
fn which_countries_an_organisation_has_is_beyond_the_article() {
    // The article lists no organisation's members; the SCO's entry says only that Russia is
    // one, and was answered.
    let english = matcher();
    for question in [
        "which countries are members of the SCO?",
        "Which countries belong to the Eurasian Economic Union?",
        "List every member state of the Shanghai Cooperation Organization.",
    ] {
        assert_eq!(english.best_id(question), None, "{question}");
    }
    assert_eq!(
        matcher_in(article_qa_bot::Language::Ru).best_id("Какие страны входят в ШОС?"),
        None
    );
    assert_eq!(matcher_in(article_qa_bot::Language::Zh).best_id("上合组织有哪些成员国？"), None);
    // Whether one is a member, which is in both, which do not include China: the article says.
    assert_eq!(english.best_id("is tajikistan a member of the csto?"), Some("tajikistan"));
    assert_eq!(
        english.best_id("Which Central Asian state belongs to both the CSTO and the SCO?"),
        Some("tajikistan")
    );
    assert_eq!(
        english.best_id("which organisations don't include china?"),
        Some("cooperative-hegemony")
    );
    assert_eq!(english.best_id("Which countries host Russian troops?"), Some("russian-bases"));
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
fn what_the_bot_mentioned_is_no_topic_of_the_question() {
    // "mentioned" and "first" weighed as words of other entries: the doctrine's year was
    // declined, and the treaty asked after went to the ABM Treaty ("mention" is its word).
    let english = matcher();
    let question = "the doctrine you mentioned first, which year was it from again?";
    assert_eq!(english.best_id(question), Some("military-doctrine-2014"));
    let question = "you mentioned a treaty, which one?";
    assert_eq!(english.best_id(question), Some("good-neighborliness-treaty"));
    // Why the article mentions something is still asked as such.
    assert!(english.best_id("Why is the ABM Treaty mentioned in the article?").is_some());
}

#[test]
fn how_russia_responded_to_the_pandemic_is_the_pandemic_not_the_authors_reply() {
    // "respond" weighed fully for the author's reply to the sceptics.
    let english = matcher();
    assert_eq!(english.best_id("how did russia respond to covid?"), Some("pandemic-problems"));
    let question = "How does the author respond to the sceptics?";
    assert_eq!(english.best_id(question), Some("main-argument"));
}

#[test]
fn whether_an_offer_was_taken_up_is_beyond_an_entry_reporting_the_offer() {
    // "offer" as a noun is no reporting verb of the question: it asks whether Turkey bought.
    let english = matcher();
    assert_eq!(english.best_id("Did Turkey accept Russia's offer of Sukhoi jets?"), None);
    assert_eq!(english.best_id("Did Turkey accept the offer?"), None);
    // What the article reports is still answered, with a light verb too.
    assert_eq!(english.best_id("Did Russia offer jets to Turkey?"), Some("turkey-jets-offer"));
    assert_eq!(english.best_id("did russia make an offer to turkey?"), Some("turkey-jets-offer"));
}

#[test]
fn the_view_of_a_name_of_several_words_that_speaks_nowhere_is_declined() {
    // The European Union is named (those aspiring to join it), never quoted.
    let english = matcher();
    let question = "What does the European Union think about NATO expansion?";
    assert_eq!(english.best_id(question), None);
    assert_eq!(english.best_id("what does the eu think about nato expansion"), None);
    // Whether neighbours seek to join it is the article's.
    let question = "Which neighbours of Russia want to join the European Union?";
    assert_eq!(english.best_id(question), Some("eu-nato-aspirants"));
}

#[test]
fn a_chinese_name_the_article_lacks_declines_as_a_capitalised_one_does() {
    // Chinese has no capitals: India and Taiwan read as two unknown pairs of little weight,
    // and the SCO's and Wang Yi's entries answered.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("印度是上海合作组织的成员国吗？"), None);
    assert_eq!(chinese.best_id("王毅在通话中对台湾问题说了什么？"), None);
    // A country the article names is still answered.
    assert_eq!(chinese.best_id("塔吉克斯坦是上合组织成员吗？"), Some("tajikistan"));
}

#[test]
fn a_stance_is_someones_view_and_other_readers_words_find_their_entries() {
    let english = matcher();
    // "stance" read as the author's main argument: Russia's stance on the SCO was declined
    // (the thesis never names the SCO), China's on NATO answered with the thesis.
    let question = "What's Russia's stance on the Shanghai Cooperation Organization?";
    assert_eq!(english.best_id(question), Some("sco"));
    assert_eq!(english.best_id("what is the author's stance?"), Some("main-argument"));
    assert_eq!(english.best_id("what is china's stance on nato?"), None);
    // Troops abroad are Russia's bases; bodies that leave China out, the author's research;
    // cultivating ties, Russia's interest in them.
    assert_eq!(english.best_id("Where does Russia keep troops abroad?"), Some("russian-bases"));
    let question = "Which Russian-led regional bodies leave China out?";
    assert_eq!(english.best_id(question), Some("cooperative-hegemony"));
    assert_eq!(english.best_id("Is China left out of the CSTO?"), Some("csto"));
    let question = "For how long has Russia been cultivating its ties with China?";
    assert_eq!(english.best_id(question), Some("russia-china-friendship-interest"));
    // What the two oppose on the world stage is Korolev's coordination against unipolarity.
    let question = "What do Russia and China oppose together on the global stage?";
    assert_eq!(english.best_id(question), Some("korolev"));
    // The same words about other things are not the article's.
    assert_eq!(english.best_id("How many Chinese students study abroad?"), None);
    assert_eq!(english.best_id("What crops do farmers cultivate in Kazakhstan?"), None);
}

#[test]
fn whether_a_deed_was_done_is_declined_of_an_entry_that_never_says_it() {
    // Medvedev speaks of Georgia's engagement with NATO, Kerry of NATO: neither says Georgia
    // joined, nor that Putin replied.
    let english = matcher();
    assert_eq!(english.best_id("Did Georgia ever join NATO?"), None);
    assert_eq!(english.best_id("did Putin respond to Kerry?"), None);
    // A deed the entry says is answered.
    assert_eq!(english.best_id("Did Russia join the G-8?"), Some("g8"));
    let question = "Did Russia respond to the pandemic by closing the border?";
    assert_eq!(english.best_id(question), Some("pandemic-problems"));
}

#[test]
fn the_date_of_the_next_meeting_is_beyond_the_article_without_a_question_word() {
    // Chat's "putin xi next meeting date?" went to the 2019 summit's photo.
    let english = matcher();
    assert_eq!(english.best_id("putin xi next meeting date?"), None);
    assert_eq!(english.best_id("next summit date"), None);
    // The next step the author advises, and a date of the article's, are its own.
    let question = "what is the next step for russia and the us?";
    assert_eq!(english.best_id(question), Some("improving-communication"));
    assert_eq!(english.best_id("what date was the photo taken?"), Some("photo-caption"));
}

#[test]
fn which_particular_ones_is_declined_of_an_entry_naming_only_a_kind() {
    // The article speaks of "reverse engineering of Russian weaponry" and of "territorial
    // concessions", naming no weapon and no territory.
    let english = matcher();
    let question = "Which specific Russian weapons has China reverse-engineered?";
    assert_eq!(english.best_id(question), None);
    let question = "which territories exactly did china give up to russia in the 19th century";
    assert_eq!(english.best_id(question), None);
    // An entry that lists them answers.
    assert_eq!(english.best_id("which specific jets did russia sell to china?"), Some("sukhoi-35"));
    let question = "Which countries exactly host Russian bases?";
    assert_eq!(english.best_id(question), Some("russian-bases"));
    // So in Russian and Chinese.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(russian.best_id("Какие именно территории Китай уступил России в XIX веке?"), None);
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(chinese.best_id("中国具体割让了哪些领土给俄罗斯？"), None);
    assert_eq!(chinese.best_id("俄罗斯具体向中国出售了哪些战机？"), Some("sukhoi-35"));
}

#[test]
fn a_chinese_word_for_misgivings_is_a_fear() {
    // "顾虑" (misgivings) was a word the knowledge base lacked.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    let question = "俄罗斯为什么对上海合作组织的扩张有所顾虑？";
    assert_eq!(chinese.best_id(question), Some("moscow-steers-sco"));
    assert_eq!(chinese.best_id("你有什么顾虑吗？"), None);
}

#[test]
fn a_long_clause_saying_what_the_answer_is_for_is_read_apart() {
    // A reader's explanation of their own work before the question: its words ("essay",
    // "presentation", "my") are no part of what is asked.
    let english = matcher();
    let question = "For my seminar paper on Russian strategy papers, what did the 2014 military doctrine list among the greatest risks?";
    assert_eq!(english.best_id(question), Some("military-doctrine-2014"));
    let question =
        "I'm preparing slides about the sources for my presentation; what is Dmitri Trenin's job?";
    assert_eq!(english.best_id(question), Some("trenin"));
    let question =
        "In my essay I'm writing about American officials — what did Michael McFaul concede?";
    assert_eq!(english.best_id(question), Some("mcfaul"));
    let question = "For my literature review: what did Alexander Korolev find?";
    assert_eq!(english.best_id(question), Some("korolev"));
    // A clause that is the question itself stays.
    let question = "For my essay on the SCO I need a founding date";
    assert_eq!(english.best_id(question), None);
}

#[test]
fn anyone_in_any_form_is_one_word_and_someday_no_topic() {
    // "everybody" and "someday" were unknown words, each weighing as a topic the article lacks.
    let english = matcher();
    assert_eq!(
        english.best_id("is everybody positive about the partnership?"),
        Some("sceptics-view")
    );
    let words = words_read(&english, "could they fall out someday?");
    assert!(!words.iter().any(|word| word == "someday"), "{words:?}");
    // The article's own "anybody" is still read: Kerry's words.
    assert_eq!(english.best_id("who said NATO is no threat to anybody?"), Some("kerry"));
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
fn whether_a_deed_will_ever_be_done_needs_an_entry_saying_it() {
    // Medvedev's words on Georgia's engagement with NATO say nothing of its joining.
    let english = matcher();
    assert_eq!(english.best_id("will ukraine ever join nato?"), None);
    assert!(english.best_id("did russia join the g-8?").is_some());
    // Without "ever", and in Russian and Chinese, a question of the future asks the same.
    for question in [
        "Will Georgia join NATO?",
        "When will Ukraine join NATO?",
        "Вступит ли Украина в НАТО?",
        "Когда Украина вступит в НАТО?",
        "格鲁吉亚会加入北约吗？",
        "格鲁吉亚什么时候加入北约？",
    ] {
        assert_eq!(english.best_id(question), None, "{question}");
    }
    // An entry saying the deed still answers; so does one asked who will do it.
    assert_eq!(english.best_id("Когда Россия вступила в G-8?"), Some("g8"));
    assert_eq!(english.best_id("俄罗斯什么时候加入了八国集团？"), Some("g8"));
    assert_eq!(
        english.best_id("Who will join together to balance China, according to Mearsheimer?"),
        Some("balancing-coalition")
    );
}

#[test]
fn everyday_words_for_the_articles_own_are_its_synonyms() {
    // Each question was declined: "finally", "impossible to overcome", "jointly owned",
    // "jostling" were words or phrases the knowledge base lacked.
    let english = matcher();
    for (question, entry) in [
        ("what does mearsheimer think russia will finally do?", "mearsheimer-prediction"),
        ("are their troubles impossible to overcome?", "main-argument"),
        ("which analyst compared the arrangement to jointly owned property?", "gabuev-condominium"),
    ] {
        assert_eq!(english.best_id(question), Some(entry), "{question}");
    }
    assert!(words_read(&english, "is there jostling in central asia?")
        .iter()
        .any(|w| w == "jostling"));
}

#[test]
fn the_view_of_a_name_whose_view_the_article_never_gives_is_declined() {
    // The bases' entry gives nobody's view, and the article never gives Kazakhstan's or
    // Azerbaijan's: their words were answered with the facts about them.
    let english = matcher();
    for question in [
        "What does Kazakhstan think about Russian bases?",
        "How did Azerbaijan's government react to the Russian radio units on its territory?",
    ] {
        assert_eq!(english.best_id(question), None, "{question}");
    }
    // A name whose view the article gives is still answered.
    assert_eq!(
        english.best_id("What does Moscow think about NATO expansion?"),
        Some("nato-enlargement")
    );
}

#[test]
fn whether_something_makes_sense_names_no_topic() {
    // "sense" weighed as a word the article lacks and the question was declined.
    let english = matcher();
    assert_eq!(
        english.best_id("Does the author think a US-Russia rapprochement makes sense right now?"),
        Some("low-trust")
    );
    assert_eq!(english.best_id("Does it make sense to visit Moscow in winter?"), None);
}

#[test]
fn a_role_announced_with_here_and_whom_to_credit_ask_of_the_article() {
    // "Journalist here" is who asks; "should I credit" asks whom the article credits, not the
    // reader's own affairs; "lead photo" is the photo, not what something leads to.
    let english = matcher();
    for question in [
        "Journalist here - who should I credit for the lead photo?",
        "who should I credit for the photo?",
    ] {
        assert_eq!(english.best_id(question), Some("photo-credit"), "{question}");
    }
    assert_eq!(english.best_id("student here, what is the SCO?"), Some("sco"));
    assert_eq!(english.best_id("who should I credit for my loan?"), None);
}

#[test]
fn a_question_framed_as_the_readers_wondering_asks_what_follows() {
    // "wondering" weighed as a word the article lacks, and the question was declined.
    let english = matcher();
    assert_eq!(english.best_id("I wonder what the CSTO is"), Some("csto"));
    assert_eq!(
        english.best_id("I was wondering what the Washington Post op-ed said"),
        Some("washington-post-op-ed")
    );
    assert_eq!(english.best_id("I was wondering what the weather is like in Moscow"), None);
}

#[test]
fn paraphrases_in_a_readers_own_words_find_the_entry() {
    // Sample questions written from the article in several readers' styles (roles instead of
    // names, everyday words instead of the article's nouns): these questions are none of them.
    let english = matcher();
    assert_eq!(
        english.best_id("What advice did the new American leadership get on Russia?"),
        Some("biden-administration")
    );
    assert_eq!(
        english.best_id("Who tends to development in Central Asia, according to the usual view?"),
        Some("division-of-labour")
    );
    assert_eq!(english.best_id("signs russia fears nato"), Some("nato-threat-perception"));
}

#[test]
fn russian_and_chinese_paraphrases_in_a_readers_own_words_find_the_entry() {
    // Sample questions in both languages written from the article in several readers' styles;
    // these questions are none of them.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(
        russian.best_id(
            "Попала ли тревога Москвы из-за западного альянса в официальные государственные стратегии?"
        ),
        Some("threat-in-state-documents")
    );
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(
        chinese.best_id("俄罗斯外长认为俄罗斯和欧美关系一直出问题，病根在哪里？"),
        Some("lavrov-nato-root-cause")
    );
}

#[test]
fn a_long_question_is_declined_below_a_lower_line() {
    // Its framing and incidental words ("someone in our chat", "I'd like to know") share no
    // entry, so its best entry scores lower than a short question's would.
    let english = matcher();
    assert_eq!(
        english.best_id(
            "Someone in our chat mentioned Russia's 'rapid reaction' troops in Central Asia, and I'd like to know what the article actually says about that force."
        ),
        Some("collective-rapid-reaction-forces")
    );
    // Chinese is read in pairs of characters, a term per character: a character counts as a
    // word.
    let chinese = matcher_in(article_qa_bot::Language::Zh);
    assert_eq!(
        chinese.best_id("照片里两位元首握手时，他们去巴西是参加什么多国会议？"),
        Some("brics-summit")
    );
    assert_eq!(chinese.best_id("我想知道俄罗斯和中国今年的双边贸易额具体是多少亿美元？"), None);
    // A long question the article does not answer stays declined.
    assert_eq!(
        english.best_id(
            "I was wondering whether the author thinks Xi Jinping will still be in power in ten years and who is likely to follow him"
        ),
        None
    );
}

#[test]
fn a_contracted_auxiliary_is_a_function_word() {
    // "it'd", "they're" were read as "itd", "theyre": words the article lacks, which declined.
    let english = matcher();
    assert_eq!(
        english.best_id("who'd call it a disaster if russia weren't friends with china?"),
        Some("trenin")
    );
    assert_eq!(
        english.best_id("who'd be the one leading the military alliance in central asia?"),
        english.best_id("who would be the one leading the military alliance in central asia?"),
    );
    assert!(english
        .best_id("who'd be the one leading the military alliance in central asia?")
        .is_some());
    // Off-topic stays declined.
    assert_eq!(english.best_id("they'll win the world cup, won't they?"), None);
}

#[test]
fn the_whole_piece_is_the_article_and_its_bottom_line_the_main_argument() {
    // "whole" weighed as a word the article lacks (3.9), which declined the question.
    let english = matcher();
    assert_eq!(
        english.best_id("so what's the bottom line of the whole piece"),
        Some("main-argument")
    );
    assert_eq!(english.best_id("what is the entire article about?"), Some("article-summary"));
}

#[test]
fn a_question_someone_else_asked_the_reader_is_the_question() {
    // "my teacher asked me" weighed as words the article lacks, and "my" read as the reader's
    // own affairs, which declined whatever followed.
    let english = matcher();
    assert_eq!(
        english.best_id("My professor asked me what treaty turns twenty this year"),
        Some("good-neighborliness-treaty")
    );
    assert_eq!(
        english.best_id("a friend of mine wants to know why russia fears nato enlargement"),
        english.best_id("why does russia fear nato enlargement"),
    );
    assert_eq!(english.best_id("my teacher asked me what my grade is"), None);
}

#[test]
fn chat_spellings_of_common_words_are_the_words() {
    // "ppl" weighed as a word the article lacks: the question went to another entry.
    let english = matcher();
    let chat = english.best_id("how were chinese ppl treated in russia when covid hit");
    assert_eq!(chat, english.best_id("how were chinese people treated in russia when covid hit"));
    assert_eq!(chat, Some("pandemic-problems"));
    assert_eq!(
        english.best_id("does the russian govt see nato as a threat rn"),
        english.best_id("does the russian government see nato as a threat"),
    );
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
fn a_question_with_no_topic_but_a_happening_is_declined() {
    // "what would happen otherwise" was answered with the photo, whose sample question reads
    // "what is happening in the pic"; "otherwise" weighed as a word the article lacks.
    let english = matcher();
    assert_eq!(english.best_id("what would happen otherwise"), None);
    assert_eq!(english.best_id("what happened?"), None);
    assert_eq!(english.best_id("what happened in brasilia"), Some("brics-summit"));
    // "otherwise" is a function word: the words around it decide.
    assert_eq!(english.best_id("who said it would be a disaster otherwise"), Some("trenin"));
}

#[test]
fn a_claim_someone_made_is_what_the_reader_asks_about() {
    // "my Russian friends say" weighed as words the article lacks and read as the reader's own
    // affairs: the claim after it was declined.
    let english = matcher();
    assert_eq!(
        english
            .best_id("my Russian friends say Russia depends too much on China, is that mentioned?"),
        Some("energy-majority-stake")
    );
    assert_eq!(
        english.best_id("I read that the foreign ministers improved ties despite covid"),
        Some("wang-yi")
    );
    // A verb of saying inside the question itself is no claim's preamble.
    assert_eq!(
        english.best_id("I was wondering what the author thinks about Trenin"),
        Some("trenin")
    );
}

#[test]
fn an_opening_that_names_the_topic_asks_no_time() {
    // "When it comes to security" read "when" as asking a date: the article's date won and the
    // question was declined, since it gives no date of the competition.
    let english = matcher();
    assert_eq!(
        english
            .best_id("When it comes to security, do Moscow and Beijing compete in Central Asia?"),
        Some("security-coordination")
    );
    assert_eq!(
        english.best_id("when it comes to nato, what does russia fear"),
        Some("nato-enlargement")
    );
    assert_eq!(english.best_id("when talking about the sco, whose project is it"), Some("sco"));
}

#[test]
fn threatened_and_threatening_are_the_threat() {
    // "threatening" was a stem of its own: the threat perception toward the West (the low
    // trust entry) lost to the evidence of Russia's fear of NATO, which holds "threatened".
    let english = matcher();
    assert_eq!(
        english.best_id("does moscow see the west as threatening"),
        english.best_id("does moscow see the west as a threat"),
    );
    assert_eq!(english.best_id("does moscow see the west as threatening"), Some("low-trust"));
    // The fear of NATO still holds the threat NATO poses.
    assert_eq!(english.best_id("does nato threaten russia"), Some("nato-threat-perception"));
}

#[test]
fn a_credit_line_answers_who_made_the_photo() {
    // "кто автор снимка?" asks an author, and only an entry reporting someone named gave one:
    // the photo's credit line, which names its photographer, was declined.
    let russian = matcher_in(article_qa_bot::Language::Ru);
    assert_eq!(russian.best_id("Кто автор снимка, чьё фото?"), Some("photo-credit"));
    assert_eq!(russian.best_id("кто автор фото?"), Some("photo-credit"));
    // The article's own author is still not named.
    assert_eq!(russian.best_id("кто автор статьи?"), None);
}

#[test]
fn an_entry_on_the_same_subject_as_the_topic_answers_another_fact_of_it() {
    // "the photo" is the caption's topic, and the caption names no author: the credit line,
    // the other entry on the photo, was declined as if it were off the topic.
    let english = matcher();
    assert_eq!(english.best_id("who is the author of the photo"), Some("photo-credit"));
    // (A guard: the article's own author is still not named.)
    assert_eq!(english.best_id("who is the author of this article"), None);
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
}

#[test]
fn readers_words_for_premature_grievance_awareness_convergence_and_calm_are_the_articles() {
    // Each was a word the knowledge base lacked, weighing enough to decline the question.
    let english = matcher();
    assert_eq!(english.best_id("is the moment ripe for a russia-us thaw"), Some("low-trust"));
    assert_eq!(
        english.best_id("which old wounds do the chinese still resent"),
        Some("territorial-concessions")
    );
    assert_eq!(
        english.best_id("is moscow blind to the power gap with beijing"),
        Some("accommodation")
    );
    assert_eq!(
        english.best_id("do moscow and beijing think alike"),
        Some("shared-multipolar-vision")
    );
    assert_eq!(english.best_id("why does china want calm"), Some("stability-vs-challenge"));
    // Off the article, the same words still find nothing.
    assert_eq!(english.best_id("how do i stay calm during exams"), None);
    assert_eq!(english.best_id("are the tomatoes ripe"), None);
    assert_eq!(english.best_id("how do wounds heal"), None);
}
