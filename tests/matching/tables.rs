//! The two tables (the focused cases here and `tests/data/table.jsonl` against its accuracy
//! floors) and checks over every question set: each entry's own first question, the matcher
//! loaded from `knowledge/`, the indexed and exhaustive paths, and how `eval` counts a did-you-mean.

use crate::support::*;
use article_qa_bot::eval::{figures, parse_cases, run, Expectation};
use article_qa_bot::knowledge::Knowledge;
use article_qa_bot::matcher::{MatchConfig, Matcher, Verdict};

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
    ("what does the author argue about detente?", Some("main-argument")),
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
    // The article's claim in one sentence is its headline (it was the summary's two points).
    // (The whole article's entry quotes the headline too: its claim is the piece's main point.)
    ("in one sentence, what's the article's main claim?", Some("article-summary")),
    ("what is the main argument of the author", Some("main-argument")),
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
