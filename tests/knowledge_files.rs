//! The shipped knowledge base: it loads the same way from the binary and from `knowledge/`, every
//! quote is really in the article (checked here independently of the library), the article is
//! the shared one, and a broken copy fails to load with an error that says where.

mod common;

use std::path::Path;

use article_qa_bot::knowledge::{Knowledge, KnowledgeError, ProblemKind, MAX_FILE_BYTES};

use common::{article_text, knowledge_dir, normalize_quote, TempKnowledge};

/// The people the article names, each of whom readers may ask about.
const PEOPLE: &[&str] = &[
    "Xi Jinping",
    "Putin",
    "Wang Yi",
    "Lavrov",
    "Kaczmarski",
    "Mearsheimer",
    "Gabuev",
    "Korolev",
    "Trenin",
    "Medvedev",
    "McFaul",
    "Kerry",
    "Biden",
];

fn embedded() -> Knowledge {
    Knowledge::embedded().unwrap_or_else(|err| panic!("the embedded knowledge base: {err}"))
}

fn from_dir() -> Knowledge {
    let dir = knowledge_dir();
    Knowledge::load_dir(&dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
}

fn ids(knowledge: &Knowledge) -> Vec<&str> {
    knowledge.entries.iter().map(|entry| entry.id.as_str()).collect()
}

#[test]
fn embedded_and_directory_agree() {
    let (embedded, from_dir) = (embedded(), from_dir());
    assert_eq!(ids(&embedded), ids(&from_dir), "entry ids, embedded vs knowledge/");
    for (a, b) in embedded.entries.iter().zip(&from_dir.entries) {
        assert_eq!(a.quote, b.quote, "quote of entry `{}`, embedded vs knowledge/", a.id);
    }
    assert_eq!(embedded.article.blocks.len(), from_dir.article.blocks.len(), "article blocks");
}

#[test]
fn every_quote_is_verbatim_in_the_article() {
    let article = normalize_quote(&article_text());
    for knowledge in [embedded(), from_dir()] {
        for entry in &knowledge.entries {
            let quote = normalize_quote(&entry.quote);
            assert!(!quote.is_empty(), "entry `{}` has an empty quote", entry.id);
            assert!(
                article.contains(&quote),
                "entry `{}`: the quote is not in knowledge/article.txt:\n{:?}",
                entry.id,
                entry.quote
            );
            // The block the library says the quote comes from must hold it too.
            let block = &knowledge.article.blocks[entry.block].text;
            assert!(
                normalize_quote(block).contains(&quote),
                "entry `{}`: the quote is not in block {} ({}):\n{:?}",
                entry.id,
                entry.block,
                knowledge.source_of(entry),
                entry.quote
            );
        }
    }
}

#[test]
fn the_quote_check_helper_forgives_only_spacing_and_curly_quotes() {
    // The independent check above is only as good as this function.
    assert_eq!(normalize_quote("  a\n\t b  “c” ‘d’ "), "a b \"c\" 'd'");
    assert_eq!(normalize_quote("Détente—now"), "Détente—now");
    assert!(!normalize_quote("China is strong").contains(&normalize_quote("china is strong")));
}

/// SHA-1 of the article the projects of this exercise share, `../shared/article/article.txt`
/// beside the repository (`sha1sum` prints it). Pinned here, so that the check runs, and can
/// fail, on a machine without that file too.
const SHARED_ARTICLE_SHA1: &str = "194c9d3fccb98b8b9c17307140feaa07ba86db49";

#[test]
fn article_is_the_shared_article() {
    let ours = std::fs::read(knowledge_dir().join("article.txt")).expect("knowledge/article.txt");
    assert_eq!(
        sha1_smol::Sha1::from(&ours).digest().to_string(),
        SHARED_ARTICLE_SHA1,
        "knowledge/article.txt ({} bytes) is not the shared article",
        ours.len()
    );
    // Where the shared file is at hand, the pin must still be its digest.
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/article/article.txt");
    if let Ok(theirs) = std::fs::read(&shared) {
        assert_eq!(
            sha1_smol::Sha1::from(&theirs).digest().to_string(),
            SHARED_ARTICLE_SHA1,
            "{} changed: update knowledge/article.txt and the pin",
            shared.display()
        );
    }
}

#[test]
fn every_block_of_the_article_is_quoted() {
    let knowledge = embedded();
    let unquoted: Vec<String> = knowledge
        .unquoted_blocks()
        .iter()
        .map(|(block, part)| format!("block {block} ({part})"))
        .collect();
    assert!(unquoted.is_empty(), "no entry quotes {unquoted:?}");
}

#[test]
fn entry_count_is_in_range() {
    let count = embedded().entries.len();
    assert!((60..=120).contains(&count), "{count} entries; expected 60 to 120");
}

#[test]
fn every_person_named_in_the_article_has_an_entry() {
    let knowledge = embedded();
    let article = article_text();
    for person in PEOPLE {
        assert!(article.contains(person), "{person} is not named in the article");
        let name = person.to_lowercase();
        let about = knowledge.entries.iter().find(|entry| {
            entry.title.to_lowercase().contains(&name)
                || entry.keywords.iter().any(|k| k.term.to_lowercase().contains(&name))
                || entry.questions.iter().any(|q| q.to_lowercase().contains(&name))
        });
        assert!(about.is_some(), "no entry mentions {person} in its title, keywords or questions");
    }
}

fn load_err(copy: &TempKnowledge) -> KnowledgeError {
    match Knowledge::load_dir(copy.path()) {
        Ok(knowledge) => panic!(
            "{} loaded ({} entries) but should have failed",
            copy.path().display(),
            knowledge.entries.len()
        ),
        Err(err) => err,
    }
}

#[test]
fn a_copy_with_a_made_up_quote_fails_naming_entry_and_file() {
    let copy = TempKnowledge::new("bad-quote");
    // The copy loads before it is broken: the failure below is the quote's.
    if let Err(err) = Knowledge::load_dir(copy.path()) {
        panic!("the unbroken copy {}: {err}", copy.path().display());
    }
    copy.break_quote("trenin");
    let err = load_err(&copy);
    let file = copy.file("entries.toml").display().to_string();
    assert_eq!(err.problems.len(), 1, "{err}");
    let problem = &err.problems[0];
    assert_eq!(problem.file, file, "{err}");
    assert_eq!(problem.entry.as_deref(), Some("trenin"), "{err}");
    assert!(problem.line.is_some(), "{err}");
    match &problem.kind {
        ProblemKind::QuoteNotInArticle(quote) => {
            assert!(quote.starts_with("Made up: "), "{err}")
        }
        other => panic!("expected a quote problem, got {other:?}: {err}"),
    }
    let message = err.to_string();
    assert!(message.contains(&file) && message.contains("entry `trenin`"), "{message}");
}

#[test]
fn a_toml_syntax_error_reports_file_and_line() {
    let copy = TempKnowledge::new("bad-syntax");
    // Two strings for one key: invalid TOML on exactly this line.
    let line =
        copy.edit_entry_line("entries.toml", "trenin", "title", |line| format!("{line} \"x\""));
    let err = load_err(&copy);
    let file = copy.file("entries.toml").display().to_string();
    assert_eq!(err.problems.len(), 1, "{err}");
    let problem = &err.problems[0];
    assert!(matches!(problem.kind, ProblemKind::Syntax(_)), "{err}");
    assert_eq!((problem.file.as_str(), problem.line), (file.as_str(), Some(line)), "{err}");
    let location = format!("{file}:{line}");
    assert!(err.to_string().contains(&location), "expected {location} in: {err}");
}

#[test]
fn invalid_utf8_names_the_line_and_the_entry() {
    let copy = TempKnowledge::new("bad-utf8");
    let line = copy.edit_entry_line("entries.toml", "trenin", "title", |line| line.to_owned());
    // A Latin-1 "é" (one byte, 0xE9) in the title of `trenin`, as an editor set to Latin-1 writes.
    let path = copy.file("entries.toml");
    let text = std::fs::read(&path).unwrap();
    let mut lines: Vec<Vec<u8>> = text.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
    lines[line - 1].extend_from_slice(b" # caf\xE9");
    std::fs::write(&path, lines.join(&b'\n')).unwrap();
    let err = load_err(&copy);
    let problem = &err.problems[0];
    assert!(matches!(problem.kind, ProblemKind::NotUtf8 { .. }), "{err}");
    assert_eq!(problem.line, Some(line), "{err}");
    assert_eq!(problem.entry.as_deref(), Some("trenin"), "{err}");
    assert!(err.to_string().contains("UTF-8"), "{err}");
}

#[test]
fn a_synonym_term_in_two_groups_names_both_groups_and_lines() {
    let copy = TempKnowledge::new("overlap");
    let path = copy.file("synonyms.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    // A new last group that repeats "moscow", already a term of the Russia group.
    let changed = text.trim_end().trim_end_matches(']').trim_end().to_owned()
        + "\n  [\"moscow\", \"third rome\"],\n]\n";
    std::fs::write(&path, &changed).unwrap();
    let russia_line =
        changed.lines().position(|l| l.contains("\"russia\", \"russian\"")).unwrap() + 1;
    let new_line = changed.lines().position(|l| l.contains("third rome")).unwrap() + 1;
    let err = load_err(&copy);
    let problem = err
        .problems
        .iter()
        .find(|p| matches!(p.kind, ProblemKind::OverlappingSynonyms { .. }))
        .unwrap_or_else(|| panic!("no overlap reported: {err}"));
    match &problem.kind {
        ProblemKind::OverlappingSynonyms { line, earlier_line, term, .. } => {
            assert_eq!((*line, *earlier_line), (new_line, russia_line), "{err}");
            assert_eq!(term, "moscow");
        }
        _ => unreachable!(),
    }
    assert_eq!(problem.line, Some(new_line));
}

#[test]
fn a_knowledge_file_past_the_size_limit_is_refused_clearly() {
    let copy = TempKnowledge::new("too-big");
    let path = copy.file("entries.toml");
    let mut text = std::fs::read_to_string(&path).unwrap();
    let padding = "# padding\n".repeat((MAX_FILE_BYTES as usize) / 10 + 1);
    text.push_str(&padding);
    std::fs::write(&path, text).unwrap();
    let err = load_err(&copy);
    assert!(matches!(err.problems[0].kind, ProblemKind::TooLarge { .. }), "{err}");
    assert!(err.to_string().contains("more than the"), "{err}");
}

/// The 1-based line of the `[[entry]]` table that holds `id = "<id>"` in `text`.
fn entry_table_line(text: &str, id: &str) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    let id_line = format!("id = \"{id}\"");
    let at = lines.iter().position(|line| line.trim() == id_line).expect("the id line");
    (0..at).rev().find(|&i| lines[i].trim() == "[[entry]]").expect("its [[entry]] line") + 1
}

// `Knowledge::embedded()` never holds a duplicate id or a dangling link, since loading rejects
// them: the two tests below break a copy, to check that loading does.

#[test]
fn a_copy_with_a_duplicate_id_fails_naming_both_definitions() {
    let copy = TempKnowledge::new("duplicate-id");
    let path = copy.file("entries.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    // The entry `trenin` pasted once more at the end, as a curator's copy leaves it.
    let first_line = entry_table_line(&text, "trenin");
    let lines: Vec<&str> = text.lines().collect();
    let end = (first_line..lines.len()).find(|&i| lines[i].trim() == "[[entry]]");
    let block = lines[first_line - 1..end.unwrap_or(lines.len())].join("\n");
    let kept = text.trim_end();
    std::fs::write(&path, format!("{kept}\n\n{block}\n")).unwrap();
    let copy_line = kept.lines().count() + 2;
    let err = load_err(&copy);
    let file = path.display().to_string();
    let duplicate = err
        .problems
        .iter()
        .find(|p| matches!(p.kind, ProblemKind::DuplicateId { .. }))
        .unwrap_or_else(|| panic!("no duplicate id reported: {err}"));
    assert_eq!(duplicate.entry.as_deref(), Some("trenin"), "{err}");
    assert_eq!(
        (duplicate.file.as_str(), duplicate.line),
        (file.as_str(), Some(copy_line)),
        "{err}"
    );
    let ProblemKind::DuplicateId { first, .. } = &duplicate.kind else { unreachable!() };
    assert_eq!(first, &format!("{file}:{first_line}"), "{err}");
}

#[test]
fn a_copy_with_a_related_id_that_is_no_entry_fails_naming_it() {
    let copy = TempKnowledge::new("dangling-related");
    copy.edit_entry_line("entries.toml", "trenin", "related", |line| {
        line.replacen("related = [", "related = [\"no-such-entry\", ", 1)
    });
    let text = std::fs::read_to_string(copy.file("entries.toml")).unwrap();
    let err = load_err(&copy);
    assert_eq!(err.problems.len(), 1, "{err}");
    let problem = &err.problems[0];
    assert_eq!(problem.entry.as_deref(), Some("trenin"), "{err}");
    assert_eq!(problem.line, Some(entry_table_line(&text, "trenin")), "{err}");
    match &problem.kind {
        ProblemKind::UnknownLink { field, id } => {
            assert_eq!((*field, id.as_str()), ("related", "no-such-entry"))
        }
        other => panic!("expected an unknown link, got {other:?}: {err}"),
    }
}

#[test]
fn a_copy_with_an_evidence_link_that_is_no_entry_fails_naming_the_field() {
    let copy = TempKnowledge::new("dangling-evidence");
    copy.edit_entry_line("entries.toml", "nato-enlargement", "evidence", |_| {
        "evidence = \"no-such-entry\"".to_owned()
    });
    let err = load_err(&copy);
    assert_eq!(err.problems.len(), 1, "{err}");
    assert_eq!(err.problems[0].entry.as_deref(), Some("nato-enlargement"), "{err}");
    match &err.problems[0].kind {
        ProblemKind::UnknownLink { field, id } => {
            assert_eq!((*field, id.as_str()), ("evidence", "no-such-entry"))
        }
        other => panic!("expected an unknown link, got {other:?}: {err}"),
    }
}

#[test]
fn a_copy_whose_evidence_names_the_entry_itself_fails_naming_the_field() {
    let copy = TempKnowledge::new("evidence-to-itself");
    copy.edit_entry_line("entries.toml", "nato-enlargement", "evidence", |_| {
        "evidence = \"nato-enlargement\"".to_owned()
    });
    let err = load_err(&copy);
    assert_eq!(err.problems.len(), 1, "{err}");
    assert_eq!(err.problems[0].entry.as_deref(), Some("nato-enlargement"), "{err}");
    assert!(matches!(err.problems[0].kind, ProblemKind::LinkToItself("evidence")), "{err}");
    assert!(err.to_string().contains("names the entry itself"), "{err}");
}
