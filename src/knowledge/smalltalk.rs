//! Small talk: each language's `smalltalk.toml` parsed and checked (known intents, phrases and
//! replies, no phrase in two intents), and the languages merged into one lexicon.

use super::*;

/// A `smalltalk.toml`'s text parsed, each intent with its line.
pub(super) fn read_smalltalk(
    file: &SourceFile,
    problems: &mut Vec<Problem>,
) -> Option<RawSmallTalk> {
    let parsed: SmallTalkFile = parse_toml(file, problems)?;
    Some(RawSmallTalk { fillers: parsed.fillers, intents: with_lines(file, parsed.intent) })
}

/// Parses (unless `preparsed`) and checks `smalltalk.toml`: known intents, each once, with
/// phrases and replies, and no phrase in two intents. Phrases are kept lowercase and trimmed,
/// as messages are compared.
pub(super) fn parse_smalltalk(
    file: &SourceFile,
    preparsed: Option<RawSmallTalk>,
    language: Language,
    problems: &mut Vec<Problem>,
) -> SmallTalk {
    let Some(parsed) = preparsed.or_else(|| read_smalltalk(file, problems)) else {
        return SmallTalk::default();
    };
    let mut intents: Vec<Intent> = Vec::new();
    let mut lines = Vec::new();
    for (line, raw) in parsed.intents {
        let mut report = |kind: ProblemKind| {
            problems.push(Problem {
                file: file.name.clone(),
                line: Some(line),
                entry: Some(raw.name.clone()),
                kind,
            });
        };
        if !INTENTS.contains(&raw.name.as_str()) || intents.iter().any(|i| i.name == raw.name) {
            report(ProblemKind::BadIntent(raw.name.clone()));
        }
        // The strings are moved, not copied, when already trimmed and lowercase (as curated):
        // small talk has thousands of phrases, and copying them was most of its load time.
        let phrases: Vec<String> = raw
            .phrases
            .into_iter()
            .filter_map(|phrase| {
                let trimmed = phrase.trim();
                match () {
                    _ if trimmed.is_empty() => None,
                    _ if trimmed.len() == phrase.len()
                        && !phrase.chars().any(char::is_uppercase) =>
                    {
                        Some(phrase)
                    }
                    _ => Some(trimmed.to_lowercase()),
                }
            })
            .collect();
        let replies: Vec<String> = raw
            .replies
            .into_iter()
            .filter_map(|reply| match reply.trim() {
                "" => None,
                trimmed if trimmed.len() == reply.len() => Some(reply),
                trimmed => Some(trimmed.to_owned()),
            })
            .collect();
        if phrases.is_empty() {
            report(ProblemKind::EmptyField("phrases"));
        }
        if replies.is_empty() {
            report(ProblemKind::EmptyField("replies"));
        }
        for reply in &replies {
            let len = reply.chars().count();
            if len > MAX_TEXT_CHARS {
                report(ProblemKind::TooLong { field: "replies", len, max: MAX_TEXT_CHARS });
            }
        }
        let replies = replies.into_iter().map(|reply| (language, reply)).collect();
        intents.push(Intent { name: raw.name, suggest: raw.suggest, phrases, replies });
        lines.push(line);
    }
    // The intent that first has each phrase, by index: the phrases are borrowed, not copied.
    let capacity = intents.iter().map(|intent| intent.phrases.len()).sum();
    let mut owner: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(capacity, Default::default());
    for (at, intent) in intents.iter().enumerate() {
        for phrase in &intent.phrases {
            match owner.get(phrase.as_str()) {
                Some(&first) if intents[first].name != intent.name => problems.push(Problem {
                    file: file.name.clone(),
                    line: Some(lines[at]),
                    entry: Some(intent.name.clone()),
                    kind: ProblemKind::AmbiguousPhrase {
                        phrase: phrase.clone(),
                        first: intents[first].name.clone(),
                        second: intent.name.clone(),
                    },
                }),
                Some(_) => {}
                None => {
                    owner.insert(phrase, at);
                }
            }
        }
    }
    drop(owner);
    let fillers = parsed.fillers.iter().map(|f| f.trim().to_lowercase()).collect();
    SmallTalk { intents, fillers }
}

/// Adds another language's small talk to `smalltalk`: its phrases and replies join the
/// intents of the same name; a phrase already in another intent is a problem.
pub(super) fn merge_smalltalk(
    smalltalk: &mut SmallTalk,
    more: SmallTalk,
    file: &SourceFile,
    problems: &mut Vec<Problem>,
) {
    // Where each of `more`'s intents goes: the known intent of its name, or a new one after
    // the known ones (in order of first appearance).
    let mut names: Vec<&str> = smalltalk.intents.iter().map(|i| i.name.as_str()).collect();
    let targets: Vec<usize> = more
        .intents
        .iter()
        .map(|intent| match names.iter().position(|&name| name == intent.name) {
            Some(at) => at,
            None => {
                names.push(&intent.name);
                names.len() - 1
            }
        })
        .collect();
    // Each phrase with the (merged) intent that first has it, borrowed: one lookup per phrase.
    // A phrase's later owners are not kept: a second owner of another name is itself reported.
    // Sized for every phrase at once: grown step by step, it took 400 kB more at every start.
    let phrases = |intents: &[Intent]| intents.iter().map(|i| i.phrases.len()).sum::<usize>();
    let capacity = phrases(&smalltalk.intents) + phrases(&more.intents);
    let mut owner: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(capacity, Default::default());
    for (at, intent) in smalltalk.intents.iter().enumerate() {
        for phrase in &intent.phrases {
            owner.entry(phrase).or_insert(at);
        }
    }
    for (intent, &at) in more.intents.iter().zip(&targets) {
        for phrase in &intent.phrases {
            match owner.get(phrase.as_str()) {
                Some(&first) if names[first] != intent.name => problems.push(Problem {
                    file: file.name.clone(),
                    line: None,
                    entry: Some(intent.name.clone()),
                    kind: ProblemKind::AmbiguousPhrase {
                        phrase: phrase.clone(),
                        first: names[first].to_owned(),
                        second: intent.name.clone(),
                    },
                }),
                Some(_) => {}
                None => {
                    owner.insert(phrase, at);
                }
            }
        }
    }
    drop(owner);
    drop(names);
    for (intent, at) in more.intents.into_iter().zip(targets) {
        if at == smalltalk.intents.len() {
            smalltalk.intents.push(intent);
        } else {
            let known = &mut smalltalk.intents[at];
            known.phrases.extend(intent.phrases);
            known.replies.extend(intent.replies);
        }
    }
    smalltalk.fillers.extend(more.fillers);
}
