//! Validating entries: ids, fields, lengths, weights, quotes found verbatim in the article,
//! related ids and duplicate questions.

use super::*;

/// Validates one file's entries (each with the line of its table) and adds them to `entries`.
pub(super) fn check_entries(
    file: &SourceFile,
    raw_entries: Vec<(usize, RawEntry)>,
    article: Option<&Article>,
    seen_ids: &mut HashMap<String, String>,
    entries: &mut Vec<(Entry, (String, usize))>,
    related_to_check: &mut Vec<RelatedCheck>,
    problems: &mut Vec<Problem>,
) {
    // The article normalised once, as one string, with where each block starts in it: one
    // search per quote instead of one per quote and block.
    let mut normalized_article = String::new();
    let mut block_starts: Vec<usize> = Vec::new();
    for block in article.map(|article| article.blocks.as_slice()).unwrap_or_default() {
        block_starts.push(normalized_article.len());
        normalized_article.push_str(&normalize_for_quote(&block.text));
        normalized_article.push('\n');
    }
    let quotes: Vec<String> =
        raw_entries.iter().map(|(_, raw)| normalize_for_quote(&raw.quote)).collect();
    let quotes_found = find_each(&normalized_article, &quotes);
    for (((line, mut raw), quote), quote_found) in
        raw_entries.into_iter().zip(quotes).zip(quotes_found)
    {
        let mut report = |kind: ProblemKind| {
            problems.push(Problem {
                file: file.name.clone(),
                line: Some(line),
                entry: Some(raw.id.clone()),
                kind,
            });
        };
        let id_ok = !raw.id.is_empty()
            && raw.id.len() <= MAX_ID_BYTES
            && raw.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            report(ProblemKind::BadId(raw.id.clone()));
        }
        match seen_ids.get(&raw.id) {
            Some(first) => {
                report(ProblemKind::DuplicateId { id: raw.id.clone(), first: first.clone() })
            }
            None => {
                seen_ids.insert(raw.id.clone(), format!("{}:{line}", file.name));
            }
        }
        for (field, value) in [
            ("title", &raw.title),
            ("topic", &raw.topic),
            ("answer", &raw.answer),
            ("quote", &raw.quote),
        ] {
            if value.trim().is_empty() {
                report(ProblemKind::EmptyField(field));
            }
        }
        if raw.questions.iter().all(|q| q.trim().is_empty()) {
            report(ProblemKind::EmptyField("questions"));
        }
        for (field, value, max) in [
            ("title", &raw.title, MAX_TITLE_CHARS),
            ("answer", &raw.answer, MAX_TEXT_CHARS),
            ("quote", &raw.quote, MAX_TEXT_CHARS),
        ] {
            let len = value.chars().count();
            if len > max {
                report(ProblemKind::TooLong { field, len, max });
            }
        }
        let keywords: Vec<Keyword> =
            std::mem::take(&mut raw.keywords).into_iter().map(keyword_of).collect();
        for keyword in &keywords {
            if keyword.term.trim().is_empty() {
                report(ProblemKind::EmptyField("keywords"));
            }
            if !(0.1..=2.0).contains(&keyword.weight) {
                report(ProblemKind::BadWeight {
                    term: keyword.term.clone(),
                    weight: keyword.weight,
                });
            }
        }
        // Blocks are joined with '\n', which a normalised quote never contains, so a match
        // never spans two blocks.
        let found = match quote.is_empty() {
            true => None,
            false => quote_found,
        };
        let block = match found {
            Some(at) => block_starts.partition_point(|&start| start <= at) - 1,
            None => {
                if article.is_some() && !quote.is_empty() {
                    report(ProblemKind::QuoteNotInArticle(raw.quote.clone()));
                }
                0
            }
        };
        for related in &raw.related {
            related_to_check.push((
                file.name.clone(),
                line,
                raw.id.clone(),
                "related",
                related.clone(),
            ));
        }
        let links = [
            ("why", &raw.why),
            ("more", &raw.more),
            ("source", &raw.source),
            ("evidence", &raw.evidence),
        ];
        for (field, target) in links {
            if let Some(target) = target.as_ref().filter(|t| !t.trim().is_empty()) {
                related_to_check.push((
                    file.name.clone(),
                    line,
                    raw.id.clone(),
                    field,
                    target.clone(),
                ));
            }
        }
        for (field, target) in [("source", &raw.source), ("evidence", &raw.evidence)] {
            if target.as_deref() == Some(raw.id.as_str()) {
                report(ProblemKind::LinkToItself(field));
            }
        }
        if raw.subject.as_deref().is_some_and(|subject| subject.trim().is_empty()) {
            report(ProblemKind::EmptyField("subject"));
        }
        if raw.view_of.as_deref().is_some_and(|view| view.trim().is_empty()) {
            report(ProblemKind::EmptyField("view_of"));
        }
        let gives = raw.gives.as_ref().map(|names| {
            names
                .iter()
                .filter_map(|name| {
                    let kind = QuestionKind::from_name(name);
                    if kind.is_none() {
                        report(ProblemKind::UnknownQuestionKind(name.clone()));
                    }
                    kind
                })
                .collect::<Vec<_>>()
        });
        let mut exceptions = Vec::new();
        for exception in &raw.exceptions {
            let check = FaithfulnessCheck::ALL.iter().find(|(_, name)| *name == exception.check);
            match check {
                None => report(ProblemKind::UnknownCheck(exception.check.clone())),
                Some(_) if exception.reason.trim().is_empty() => {
                    report(ProblemKind::EmptyField("exceptions.reason"))
                }
                Some(&(check, _)) => {
                    exceptions.push(Exception { check, reason: exception.reason.trim().to_owned() })
                }
            }
        }
        entries.push((
            Entry {
                id: raw.id,
                title: trimmed(raw.title),
                topic: trimmed(raw.topic),
                questions: raw.questions.into_iter().filter(|q| !q.trim().is_empty()).collect(),
                keywords,
                answer: trimmed(raw.answer),
                view_of: raw.view_of.map(trimmed),
                quote: trimmed(raw.quote),
                related: raw.related,
                exceptions,
                gives,
                subject: raw.subject.map(trimmed),
                why: raw.why.filter(|id| !id.trim().is_empty()),
                more: raw.more.filter(|id| !id.trim().is_empty()),
                source: raw.source.filter(|id| !id.trim().is_empty()),
                evidence: raw.evidence.filter(|id| !id.trim().is_empty()),
                declines: raw.declines,
                translations: Vec::new(),
                block,
            },
            (file.name.clone(), line),
        ));
    }
}

/// A keyword as written in a file (a bare word weighs 1) as the model holds it.
pub(super) fn keyword_of(raw: RawKeyword) -> Keyword {
    match raw {
        RawKeyword::Plain(term) => Keyword { term, weight: 1.0 },
        RawKeyword::Weighted { term, weight } => Keyword { term, weight },
    }
}

/// `text` trimmed, moved rather than copied when it already is (as curated text is): the
/// knowledge base's strings were copied twice at every start.
pub(super) fn trimmed(text: String) -> String {
    match text.trim() {
        same if same.len() == text.len() => text,
        other => other.to_owned(),
    }
}

pub(super) fn check_duplicate_questions(
    entries: &[(Entry, (String, usize))],
    problems: &mut Vec<Problem>,
) {
    // Questions are told apart by their normal form with whitespace runs as one space. Each is
    // keyed by a hash of that form, computed in one reused buffer: a copy of every question
    // (thousands) was most of the check's cost. Equal hashes are confirmed on the texts.
    use std::hash::Hasher as _;
    let mut scratch = String::new();
    let key_of = |question: &str, scratch: &mut String| {
        scratch.clear();
        crate::text::normalize_into(question, scratch);
        let mut hasher = rustc_hash::FxHasher::default();
        for word in scratch.split_whitespace() {
            hasher.write(word.as_bytes());
            hasher.write_u8(0xff);
        }
        hasher.finish()
    };
    let same = |a: &str, b: &str| {
        let (a, b) = (normalize(a), normalize(b));
        a.split_whitespace().eq(b.split_whitespace())
    };
    // The first question of each hash, and the rare questions whose hash another has.
    let questions = entries.iter().map(|(entry, _)| entry.questions.len()).sum();
    let mut first: HashMap<u64, (&str, &str)> =
        HashMap::with_capacity_and_hasher(questions, Default::default());
    let mut collided: Vec<(u64, &str, &str)> = Vec::new();
    for (entry, (file, line)) in entries {
        for question in &entry.questions {
            let key = key_of(question, &mut scratch);
            let earlier = match first.get(&key) {
                None => {
                    first.insert(key, (question, &entry.id));
                    continue;
                }
                Some(&(other, id)) if same(other, question) => Some(id),
                Some(_) => collided
                    .iter()
                    .find(|&&(k, other, _)| k == key && same(other, question))
                    .map(|&(_, _, id)| id),
            };
            match earlier {
                Some(other) => problems.push(Problem {
                    file: file.clone(),
                    line: Some(*line),
                    entry: Some(entry.id.clone()),
                    kind: ProblemKind::DuplicateQuestion {
                        question: question.clone(),
                        other: other.to_owned(),
                    },
                }),
                None => collided.push((key, question, &entry.id)),
            }
        }
    }
}

/// The first position of each needle in `haystack`, found in one pass over it: needles are
/// grouped by their first eight bytes, each position of the haystack is looked up once, and
/// only needles with a matching prefix are compared in full. (A substring search per quote spent
/// most of its time preparing each needle.)
pub(super) fn find_each(haystack: &str, needles: &[String]) -> Vec<Option<usize>> {
    pub(super) const PREFIX: usize = 8;
    let prefix_key = |bytes: &[u8]| u64::from_le_bytes(bytes.try_into().unwrap_or_default());
    let haystack = haystack.as_bytes();
    let mut found = vec![None; needles.len()];
    let mut by_prefix: HashMap<u64, Vec<usize>> = HashMap::default();
    for (i, needle) in needles.iter().enumerate() {
        match needle.as_bytes().get(..PREFIX) {
            Some(prefix) => by_prefix.entry(prefix_key(prefix)).or_default().push(i),
            None => found[i] = memchr::memmem::find(haystack, needle.as_bytes()),
        }
    }
    if by_prefix.is_empty() {
        return found;
    }
    for (at, window) in haystack.windows(PREFIX).enumerate() {
        let Some(candidates) = by_prefix.get(&prefix_key(window)) else { continue };
        for &i in candidates {
            if found[i].is_none() && haystack[at..].starts_with(needles[i].as_bytes()) {
                found[i] = Some(at);
            }
        }
    }
    found
}
