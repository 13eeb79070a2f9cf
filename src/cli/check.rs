//! `check`: a knowledge base's validity and what curators may want to fix.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::*;

/// Reports on a knowledge base that loaded (so it is valid): its size, then the warnings, each
/// with what to do about it. `source` describes the knowledge base; `dir` is the directory its
/// files are in, to name the file each missing translation belongs in. Returns the exit code:
/// 0, or 1 with `strict` when there are warnings.
pub fn check(
    matcher: &Matcher,
    source: &str,
    dir: &Path,
    strict: bool,
    out: &mut impl Write,
) -> ExitCode {
    let knowledge = matcher.knowledge();
    let questions: usize = knowledge.entries.iter().map(|entry| entry.questions.len()).sum();
    let blocks = knowledge.article.blocks.len();
    let mut warnings = 0;
    let mut report = format!(
        "{source}: valid. {} entries, {questions} sample questions, {} synonym groups; \
         every quote is verbatim in the article.\n",
        knowledge.entries.len(),
        knowledge.synonyms.len()
    );

    let unquoted = knowledge.unquoted_blocks();
    let lines = unquoted.iter().map(|&(block, ref part)| {
        let preview: String = knowledge.article.blocks[block].text.chars().take(70).collect();
        format!("{part}: {preview}...")
    });
    warnings += section(
        &mut report,
        lines.collect(),
        &format!("Coverage: all {blocks} parts of the article are quoted."),
        |n| format!("{} of {blocks} parts of the article are quoted; no entry quotes:", blocks - n),
    );

    let unquoted = knowledge.unquoted_sentences();
    let lines = unquoted.iter().map(|sentence| {
        let partly = match sentence.partly_quoted_by.as_slice() {
            [] => String::new(),
            ids => format!(" (partly quoted by {})", ids.join(", ")),
        };
        format!("{}: {:?}{partly}", sentence.part, sentence.text)
    });
    let min_words = crate::knowledge::MIN_SENTENCE_WORDS;
    warnings += section(
        &mut report,
        lines.collect(),
        &format!("Sentences: every sentence of {min_words} words or more is quoted whole."),
        |n| {
            format!(
                "{n} sentence{} of {min_words} words or more no entry quotes whole; extend the \
                 quote that answers about {} to the full sentence, or add an entry:",
                if n == 1 { "" } else { "s" },
                if n == 1 { "it" } else { "each" },
            )
        },
    );

    let names = knowledge.unmentioned_names();
    let lines = names.iter().map(|name| format!("{} ({})", name.name, name.part));
    warnings += section(
        &mut report,
        lines.collect(),
        "Names: every name in the article is mentioned by an entry.",
        |n| {
            format!(
                "{n} name{} in the article no entry mentions (title, keywords or sample \
                 questions); add an entry or a keyword:",
                if n == 1 { "" } else { "s" }
            )
        },
    );

    let claims = knowledge.unsupported_claims();
    let describe = |claim: &crate::knowledge::UnsupportedClaim<'_>| {
        let what = match claim.check {
            crate::knowledge::FaithfulnessCheck::Name => "names",
            crate::knowledge::FaithfulnessCheck::Number => "names the number",
            crate::knowledge::FaithfulnessCheck::YesNo => "opens with a bare",
        };
        format!("{}: {} {what} {:?}", claim.entry.id, claim.field, claim.what)
    };
    let lines = claims.iter().filter(|claim| claim.excused.is_none()).map(describe);
    warnings += section(
        &mut report,
        lines.collect(),
        "Faithfulness: no answer or title names a name or number the article lacks, or opens \
         with a bare Yes or No.",
        |n| {
            format!(
                "{n} claim{} the article cannot back (a name or number it does not contain, or a \
                 bare Yes/No opener, which readers take as the article's verdict). Reword, or \
                 add an exception with the reason (exceptions = [{{ check = \"name\" | \
                 \"number\" | \"yes-no\", reason = \"...\" }}]):",
                if n == 1 { "" } else { "s" }
            )
        },
    );
    for claim in claims.iter().filter(|claim| claim.excused.is_some()) {
        report.push_str(&format!(
            "  (excepted) {}: {}\n",
            describe(claim),
            claim.excused.unwrap_or_default()
        ));
    }

    // In every language: a Russian sample question teaches Russian readers as much.
    let others: Vec<Matcher> = [Language::Ru, Language::Zh]
        .into_iter()
        .map(|language| Matcher::in_language(knowledge.clone(), matcher.config().clone(), language))
        .collect();
    let mut lines = Vec::new();
    for matcher in std::iter::once(matcher).chain(&others) {
        let place = match matcher.language() {
            Language::En => String::new(),
            language => format!("{}/entries.toml: ", language.code()),
        };
        lines.extend(matcher.misrouted_questions().into_iter().map(|m| {
            let own = match m.own_score {
                Some(score) => format!("{score:.3}"),
                None => "not ranked".to_owned(),
            };
            let how = if m.offered { "; a did-you-mean tie" } else { "" };
            format!(
                "{place}{}: {:?} -> {} ({:.3}; own entry {own}{how})",
                m.entry.id, m.question, m.answered_by.id, m.score
            )
        }));
    }
    warnings += section(
        &mut report,
        lines,
        "Sample questions: each is answered by its own entry, in every language.",
        |n| {
            let one = n == 1;
            format!(
                "{n} sample question{} answered by another entry, so asking {} does not give \
                 {} own entry. For each: reword it, move it to the entry it matches, or sharpen \
                 the keywords:",
                if one { " is" } else { "s are" },
                if one { "it" } else { "them" },
                if one { "its" } else { "their" },
            )
        },
    );

    let similarity = crate::matcher::NEAR_DUPLICATE_SIMILARITY;
    let lines = matcher
        .near_duplicates(similarity)
        .into_iter()
        .map(|pair| format!("{} <-> {} ({:.3})", pair.first.id, pair.second.id, pair.similarity));
    warnings += section(&mut report, lines.collect(), "Near-duplicates: none.", |n| {
        format!(
            "{n} pair{} of near-duplicate entries (similarity of their weighted terms at least \
             {similarity:.2}); merge them or make them distinct:",
            if n == 1 { "" } else { "s" }
        )
    });

    let variants = knowledge.spelling_variants();
    let lines = variants.iter().map(|variant| {
        let file = match variant.language {
            Language::En => String::new(),
            language => format!("{}/entries.toml: ", language.code()),
        };
        format!(
            "{file}{}: keyword {:?} is one letter from {:?} of the group {:?}",
            variant.entry, variant.keyword, variant.term, variant.group
        )
    });
    warnings += section(
        &mut report,
        lines.collect(),
        "Spellings: no keyword is one letter from a synonym group's term without being in it.",
        |n| {
            format!(
                "{n} keyword{} one letter from a term of a synonym group, in no group: another \
                 spelling reaches only the entries that list it. Add {} to the group in \
                 synonyms.toml, or correct {}:",
                if n == 1 { " is" } else { "s are" },
                if n == 1 { "it" } else { "each" },
                if n == 1 { "it" } else { "them" },
            )
        },
    );

    let missing = knowledge.missing_translations();
    // Each finding starts with its file, relative to the knowledge directory.
    let lines = missing.iter().map(|missing| format!("{}/{missing}", dir.display()));
    warnings += section(
        &mut report,
        lines.collect(),
        "Translations: every entry, interface string, topic, part name and small-talk intent is \
         in Russian and Chinese.",
        |n| {
            format!(
                "{n} translation{} missing, so readers who write that language see English \
                 there; add {}:",
                if n == 1 { " is" } else { "s are" },
                if n == 1 { "it" } else { "them" },
            )
        },
    );

    report.push_str(&match warnings {
        0 => "No warnings.\n".to_owned(),
        n => format!(
            "{n} warning{}{}.\n",
            if n == 1 { "" } else { "s" },
            if strict { " (--strict: failing)" } else { "" }
        ),
    });
    match (out.write_all(report.as_bytes()), strict && warnings > 0) {
        (Ok(()), false) => ExitCode::SUCCESS,
        _ => ExitCode::from(1),
    }
}

/// One part of `check`'s report: `ok` when there are no `findings`, else a warning headed by
/// `header(count)` and one line each. Returns how many warnings it added.
fn section(
    report: &mut String,
    findings: Vec<String>,
    ok: &str,
    header: impl FnOnce(usize) -> String,
) -> usize {
    if findings.is_empty() {
        report.push_str(ok);
        report.push('\n');
        return 0;
    }
    report.push_str(&format!("warning: {}\n", header(findings.len())));
    for finding in &findings {
        report.push_str(&format!("  - {finding}\n"));
    }
    findings.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::{Block, Part};
    use crate::synthetic::generate;

    /// Gives every entry, topic and front part of `knowledge` a (nonsense) Russian and Chinese
    /// translation, so that only the findings a test makes are reported.
    fn translate_everything(knowledge: &mut Knowledge) {
        use crate::knowledge::{Language, Part, Translation};
        for language in [Language::Ru, Language::Zh] {
            for entry in &mut knowledge.entries {
                entry.translations.push(Translation {
                    language,
                    title: entry.title.clone(),
                    questions: entry.questions.clone(),
                    keywords: Vec::new(),
                    answer: entry.answer.clone(),
                    view_of: entry.view_of.clone(),
                    subject: entry.subject.clone(),
                    quote: entry.quote.clone(),
                });
            }
            let topics: Vec<String> = knowledge.topics().into_iter().map(str::to_owned).collect();
            for topic in topics {
                knowledge.ui.topics.insert((language, topic.clone()), topic);
            }
            for block in &knowledge.article.blocks {
                if let Part::Front(name) = &block.part {
                    knowledge.ui.parts.insert((language, name.clone()), name.clone());
                }
            }
        }
    }

    /// A small valid knowledge base, then one of each finding `check` warns about.
    #[test]
    fn check_reports_each_kind_of_warning_and_fails_only_when_strict() {
        let mut knowledge =
            generate(3, 1, "Moscow and Beijing trade energy.", Vec::new()).knowledge;
        // Generated bases leave their title block unquoted; quote it, so the base is clean.
        let mut title = knowledge.entries[0].clone();
        title.id = "headline".into();
        title.title = "The headline".into();
        title.questions = vec!["What is the headline?".into()];
        title.keywords = vec![crate::knowledge::Keyword { term: "headline".into(), weight: 1.0 }];
        title.answer = "The headline is one word.".into();
        title.quote = knowledge.article.blocks[0].text.clone();
        title.block = 0;
        knowledge.entries.push(title);
        translate_everything(&mut knowledge);
        let clean = Matcher::new(knowledge.clone(), MatchConfig::DEFAULT);
        let mut out = Vec::new();
        let code = check(&clean, "kb", Path::new("kb"), true, &mut out);
        let text = String::from_utf8(out).unwrap();
        assert_eq!(code, ExitCode::SUCCESS, "{text}");
        assert!(text.contains("Coverage: all 4 parts of the article are quoted."), "{text}");
        assert!(text.contains("Near-duplicates: none."), "{text}");
        assert!(text.contains("Sentences: every sentence of 5 words or more is quoted whole."));

        let paragraph = knowledge.article.blocks.len();
        knowledge.article.blocks.push(Block {
            part: Part::Paragraph(paragraph),
            // The first sentence is too short to report; the second is reported.
            text: "Olaf Scholz visited Ottawa. He met the prime minister of Canada.".into(),
        });
        let mut copy = knowledge.entries[0].clone();
        copy.id = "copy".into();
        knowledge.entries.push(copy);
        let flawed = Matcher::new(knowledge, MatchConfig::DEFAULT);

        let mut out = Vec::new();
        assert_eq!(check(&flawed, "kb", Path::new("kb"), false, &mut out), ExitCode::SUCCESS);
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains(
                "warning: 4 of 5 parts of the article are quoted; no entry quotes:\n  - paragraph"
            ),
            "{text}"
        );
        assert!(
            text.contains("Olaf Scholz visited Ottawa. He met the prime minister of Canada....")
        );
        assert!(
            text.contains(&format!(
                "warning: 1 sentence of 5 words or more no entry quotes whole; extend the quote \
                 that answers about it to the full sentence, or add an entry:\n  - paragraph \
                 {paragraph}: \"He met the prime minister of Canada.\"\n"
            )),
            "{text}"
        );
        assert!(text.contains("no entry mentions") && text.contains("  - Olaf Scholz ("), "{text}");
        assert!(text.contains("warning: 1 pair of near-duplicate entries"), "{text}");
        assert!(text.contains("  - e0 <-> copy (1.000)"), "{text}");
        assert_eq!(check(&flawed, "kb", Path::new("kb"), true, &mut Vec::new()), ExitCode::from(1));
    }

    /// A small knowledge base in English, Russian and Chinese, complete but for `untranslated`
    /// (an entry id), which has no Chinese translation. The translations are placeholders:
    /// `check` only looks for them.
    fn trilingual(untranslated: Option<&str>) -> Knowledge {
        use crate::knowledge::{Language, LanguageSources, SourceFile, Sources};
        let article = "Weather Today\n\nThe sky is blue today.\n\nThe grass is green after rain.";
        let meta =
            "title = \"Weather Today\"\npublication = \"Gazette\"\nfront_matter = [\"title\"]";
        // (id, sample question, quote)
        let entries = [
            ("headline", "What is the headline?", "Weather Today"),
            ("sky", "What colour is the sky?", "The sky is blue today."),
            ("grass", "Why is the grass green?", "The grass is green after rain."),
        ];
        let english: String = entries
            .iter()
            .map(|(id, question, quote)| {
                format!(
                    "[[entry]]\nid = \"{id}\"\ntitle = \"The {id}\"\ntopic = \"Weather\"\n\
                     questions = [\"{question}\"]\nkeywords = [\"{id}\"]\n\
                     answer = \"About the {id}.\"\nquote = \"{quote}\"\n"
                )
            })
            .collect();
        let mut sources = Sources::new(
            SourceFile::new("article.txt", article),
            SourceFile::new("article.toml", meta),
            vec![SourceFile::new("entries.toml", english)],
        );
        let english = Knowledge::parse(&sources).expect("valid in English");
        let keys = english.ui.strings.into_keys().map(|(_, key)| key);
        let keys: Vec<String> = keys.collect();
        for (language, word) in [(Language::Ru, "Перевод"), (Language::Zh, "翻译")] {
            let code = language.code();
            let mut ui: String = keys.iter().map(|key| format!("{key} = \"{word}\"\n")).collect();
            ui.push_str(&format!(
                "[part_names]\n\"title\" = \"{word}\"\n[topic_names]\n\"Weather\" = \"{word}\"\n"
            ));
            let translated: String = entries
                .iter()
                .filter(|(id, ..)| language == Language::Ru || Some(*id) != untranslated)
                .map(|(id, ..)| {
                    format!(
                        "[[entry]]\nid = \"{id}\"\ntitle = \"{word} {id}\"\n\
                         questions = [\"{word} {id}?\"]\nanswer = \"{word}.\"\n\
                         quote = \"{word}.\"\n"
                    )
                })
                .collect();
            let mut files = LanguageSources::new(language);
            files.entries = Some(SourceFile::new(format!("{code}/entries.toml"), translated));
            files.ui = Some(SourceFile::new(format!("{code}/ui.toml"), ui));
            sources.languages.push(files);
        }
        Knowledge::parse(&sources).expect("valid in three languages")
    }

    #[test]
    fn check_reports_a_missing_translation_with_its_file_and_entry() {
        let dir = Path::new("kb");
        let complete = Matcher::new(trilingual(None), MatchConfig::DEFAULT);
        let mut out = Vec::new();
        let code = check(&complete, "kb", dir, true, &mut out);
        let text = String::from_utf8(out).unwrap();
        assert_eq!(code, ExitCode::SUCCESS, "{text}");
        assert!(text.contains("\nTranslations: every entry, interface string"), "{text}");

        let incomplete = Matcher::new(trilingual(Some("grass")), MatchConfig::DEFAULT);
        let mut out = Vec::new();
        assert_eq!(check(&incomplete, "kb", dir, false, &mut out), ExitCode::SUCCESS);
        let text = String::from_utf8(out).unwrap();
        let file = dir.join("zh").join("entries.toml");
        let expected = format!(
            "warning: 1 translation is missing, so readers who write that language see English \
             there; add it:\n  - {}: entry `grass`: no Chinese translation\n",
            file.display()
        );
        assert!(text.contains(&expected), "{text}");
        assert!(text.ends_with("1 warning.\n"), "{text}");
        let mut out = Vec::new();
        assert_eq!(check(&incomplete, "kb", dir, true, &mut out), ExitCode::from(1));
        assert!(String::from_utf8(out).unwrap().ends_with("1 warning (--strict: failing).\n"));
    }

    #[test]
    fn admin_ids_may_be_repeated_or_separated_by_commas() {
        let parse = |args: &[&str]| {
            let args = ["article-qa-bot"].iter().chain(args);
            RunFromEnv::try_parse_from(args).map(|parsed| parsed.args.admin_ids)
        };
        assert_eq!(parse(&["--admin-id", "7", "--admin-id", "8,9"]).unwrap(), [7, 8, 9]);
        assert!(parse(&["--admin-id", "@someone"]).is_err(), "ids are numbers");
    }
}
