//! The synonym groups: parsed, checked that no term belongs to two groups (as the matcher reads
//! terms), and the keys terms are compared by.

use super::*;

pub(super) fn parse_synonyms(file: &SourceFile, problems: &mut Vec<Problem>) -> Vec<Vec<String>> {
    match toml::from_str::<SynonymsFile>(&file.text) {
        Ok(parsed) => check_synonyms(file, parsed.groups, problems),
        Err(err) => {
            problems.push(syntax_problem(file, &err));
            Vec::new()
        }
    }
}

pub(super) fn check_synonyms(
    file: &SourceFile,
    groups: Vec<Vec<String>>,
    problems: &mut Vec<Problem>,
) -> Vec<Vec<String>> {
    let lines = group_lines(&file.text, &groups);
    let mut keys = TermKeys::new();
    let mut key = String::new();
    let mut key_of = |term: &str, key: &mut String| keys.key_into(term, key);
    let mut owner: HashMap<String, usize> = HashMap::default();
    for (i, group) in groups.iter().enumerate() {
        if group.iter().filter(|term| !term.trim().is_empty()).count() < 2 {
            problems.push(Problem {
                file: file.name.clone(),
                line: Some(lines[i]),
                entry: None,
                kind: ProblemKind::ShortSynonymGroup(i + 1),
            });
        }
        for term in group {
            key_of(term, &mut key);
            let words = key.as_str();
            if words.is_empty() {
                continue;
            }
            match owner.get(words) {
                Some(&earlier) if earlier != i => problems.push(Problem {
                    file: file.name.clone(),
                    line: Some(lines[i]),
                    entry: None,
                    kind: ProblemKind::OverlappingSynonyms {
                        group: i + 1,
                        line: lines[i],
                        term: term.clone(),
                        earlier: earlier + 1,
                        earlier_line: lines[earlier],
                    },
                }),
                Some(_) => {}
                None => {
                    owner.insert(words.to_owned(), i);
                }
            }
        }
    }
    groups
}

/// Terms as the matcher sees them: normalised words, stemmed by the matcher's stemmers (from
/// their build-time memo), joined by spaces (which no word holds).
pub(super) struct TermKeys {
    stemmer: rust_stemmers::Stemmer,
    russian: rust_stemmers::Stemmer,
    normalized: String,
}

impl TermKeys {
    pub(super) fn new() -> TermKeys {
        TermKeys {
            stemmer: rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English),
            russian: rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Russian),
            normalized: String::new(),
        }
    }

    /// Writes the key of `term` into `key`.
    pub(super) fn key_into(&mut self, term: &str, key: &mut String) {
        self.normalized.clear();
        crate::text::normalize_into(term, &mut self.normalized);
        key.clear();
        crate::text::for_each_word(&self.normalized, |word| {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(&crate::matcher::stem(&self.stemmer, &self.russian, &word));
        });
    }
}

/// The line on which each synonym group starts: where its first term is written, looked for
/// after the previous group's. 1 for a group that cannot be found (it was not written as text).
pub(super) fn group_lines(text: &str, groups: &[Vec<String>]) -> Vec<usize> {
    let mut from = 0;
    // The line `from` is on, counted on from the previous group's rather than from the top.
    let mut line = 1;
    groups
        .iter()
        .map(|group| {
            let Some(first) = group.first() else { return 1 };
            let quoted = format!("\"{first}\"");
            match text[from..].find(&quoted) {
                Some(at) => {
                    let to = from + at + quoted.len();
                    line += memchr::memchr_iter(b'\n', &text.as_bytes()[from..to]).count();
                    from = to;
                    line
                }
                None => 1,
            }
        })
        .collect()
}
