//! Who the reader is and what the question is for, said before it ("I'm a journalist - which
//! ministers spoke?", "For my essay: why does China depend on globalization?", "Я студент, что
//! такое ШОС?"): read without it. Its words are not the question's ("journalist", "essay" weigh
//! as words the article lacks), and "my essay" is no question about the reader's own affairs.

use std::borrow::Cow;

use super::preamble_words::*;
use super::stop_words::STOP_WORDS;

/// How long a clause saying what the answer is for may be, in words, when a question follows
/// it: a reader explains ("I'm summarising the article for class; ...", "For my essay on
/// Russian strategy papers, ...").
const MOST_PURPOSE_WORDS: usize = 14;

/// How far into a message a preamble may end, in bytes: a clause that announces the question
/// may be long ("I am reading this text for my English class and I want to ask, ...").
const PREAMBLE_BYTES: usize = 128;
/// How many preambles one message may open with ("Hello, I want to ask, ...").
const MOST_PREAMBLES: usize = 3;
/// The characters of the breaks that end a preamble (see [`first_break`]).
const BREAK_CHARS: &[char] = &[':', ';', '-', '–', '—', ',', '，', '：', '、', '。'];

/// How long a clause about the reader's English may be, in words ("sorry, english is not my
/// first language").
const MOST_APOLOGY_WORDS: usize = 8;
/// A preamble's longest length, in words (Chinese: characters): "as a first-year politics
/// student" is one; a longer clause is more likely the question itself.
const MOST_WORDS: usize = 5;
const MOST_HAN_CHARS: usize = 8;

/// `question` without the preambles that greet, say who asks or what for, or announce the
/// question, when what follows them is a question of its own; else `question` as it is.
pub(super) fn without_preamble(question: &str) -> &str {
    let mut rest = without_purpose_ending(question);
    for _ in 0..MOST_PREAMBLES {
        match without_one_preamble(rest) {
            shorter if shorter.len() < rest.len() => rest = shorter,
            _ => break,
        }
    }
    rest
}

/// The most words of a purpose ending after "my" or "our" ("in my school presentation").
const MOST_PURPOSE_ENDING_WORDS: usize = 3;

/// `question` without an ending that says what the answer is for ("Who should I credit if I
/// reuse the lead image in my school presentation?", "... for our newsletter?"): its words are
/// the reader's, not the article's ("presentation" would read as "present").
fn without_purpose_ending(question: &str) -> &str {
    // Only the last few words can be such an ending: look no further back, whatever the
    // message's length or how much punctuation ends it.
    let mut start = question.len().saturating_sub(64);
    while !question.is_char_boundary(start) {
        start += 1;
    }
    let window = &question[start..];
    // (Bytes, not characters: only ASCII punctuation and spaces are trimmed.)
    let bytes = window.as_bytes();
    let mut len = bytes.len();
    while len > 0 && (bytes[len - 1].is_ascii_punctuation() || bytes[len - 1].is_ascii_whitespace())
    {
        len -= 1;
    }
    let end = &window[..len];
    // Most questions name no "my" or "our" among their last words: say so before copying
    // anything.
    let owner = |word: &str| word.eq_ignore_ascii_case("my") || word.eq_ignore_ascii_case("our");
    if !end.rsplit(' ').take(MOST_PURPOSE_ENDING_WORDS + 1).any(owner) {
        return question;
    }
    let tail = end.to_ascii_lowercase();
    let Some(at) = [" in my ", " for my ", " in our ", " for our "]
        .iter()
        .filter_map(|lead| tail.rfind(lead).map(|at| (at, lead.len())))
        .max_by_key(|&(at, _)| at)
    else {
        return question;
    };
    let ending: Vec<&str> = tail[at.0 + at.1..].split_whitespace().collect();
    let names_a_purpose = ending.len() <= MOST_PURPOSE_ENDING_WORDS
        && ending.last().is_some_and(|last| {
            PURPOSES.iter().chain(READERS_WORK).any(|noun| last.starts_with(noun))
        });
    match names_a_purpose {
        true => question[..start + at.0].trim_end(),
        false => question,
    }
}

/// Who reports a question they were asked, opening the clause that does ("my teacher asked me
/// what ...", "I was asked why ...", "a friend wants to know who ...").
const REPORTERS: &[&str] = &["my", "our", "a", "someone", "somebody", "i", "we"];
/// What ends a clause reporting someone else's question.
const REPORTING: &[&[&str]] = &[
    &["asked", "me"],
    &["asked", "us"],
    &["was", "asked"],
    &["were", "asked"],
    &["been", "asked"],
    &["wants", "to", "know"],
    &["want", "to", "know"],
    &["wanted", "to", "know"],
    &["is", "asking"],
    &["was", "asking"],
    &["keeps", "asking"],
];
/// The most words a reporting clause has.
const MOST_REPORTING_WORDS: usize = 7;
/// What ends a clause reporting someone's claim ("my friends say Russia depends on China ...",
/// "I heard that ..."): the claim that follows is what the reader asks the article about.
const CLAIMING: &[&[&str]] = &[
    &["say"],
    &["says"],
    &["said"],
    &["claim"],
    &["claims"],
    &["heard"],
    &["read"],
    &["told", "me"],
    &["told", "us"],
    &["believe"],
    &["believes"],
    &["think"],
    &["thinks"],
    // Claims pressed ("my roommate insists ...", "my friend keeps saying ...").
    &["insist"],
    &["insists"],
    &["insisted"],
    &["saying"],
    &["argues"],
    &["argued"],
    &["reckons"],
    &["swears"],
    &["tells", "me"],
    &["convinced"],
];

/// The question a clause reports, with no break before it ("My teacher asked me what
/// anniversary they celebrate"): the reporter's words weigh as words the article lacks, and
/// "my" reads as the reader's own affairs. `None` when `trimmed` opens with no such clause.
fn reported_question(trimmed: &str) -> Option<&str> {
    // The clause is short: only the start is read, so a long message costs no more.
    let head = crate::text::prefix(trimmed, PREAMBLE_BYTES);
    // Most questions open with no reporter: one word compared, nothing allocated.
    let first = head.split_whitespace().next()?;
    if !REPORTERS.iter().any(|reporter| first.eq_ignore_ascii_case(reporter)) {
        return None;
    }
    let words: Vec<(usize, &str)> = head
        .split_whitespace()
        .take(MOST_REPORTING_WORDS + 1)
        .map(|word| (word.as_ptr() as usize - trimmed.as_ptr() as usize, word))
        .collect();
    // "asked me:" ends the clause as "asked me" does.
    let lower: Vec<String> = words
        .iter()
        .map(|(_, w)| w.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    let ends_with = |end: usize, ending: &[&str]| {
        end >= ending.len()
            && lower[end - ending.len()..end].iter().zip(ending).all(|(a, b)| a == b)
    };
    let ending_in = |endings: &[&[&str]], from: usize| {
        (from..=words.len().min(MOST_REPORTING_WORDS))
            .find(|&end| endings.iter().any(|ending| ends_with(end, ending)))
    };
    if let Some(end) = ending_in(REPORTING, 2) {
        let (at, next) = *words.get(end)?;
        let next = next.to_lowercase().replace('’', "'");
        return (QUESTION_OPENERS.contains(&next.as_str())
            || matches!(next.as_str(), "whether" | "if"))
        .then(|| &trimmed[at..]);
    }
    // A claim is read from its first word after "that", and only when it has two or more.
    let end = ending_in(CLAIMING, 2)?;
    // "I was wondering what the author thinks ...": the claim's verb is inside a question.
    if lower[..end].iter().any(|word| QUESTION_OPENERS.contains(&word.as_str())) {
        return None;
    }
    let start = end + usize::from(lower.get(end).is_some_and(|word| word == "that"));
    let (at, _) = *words.get(start)?;
    (trimmed[at..].split_whitespace().nth(1).is_some()).then(|| &trimmed[at..])
}

/// Openings that name the topic a question is about, followed by it.
const TOPIC_OPENINGS: &[&str] = &["when it comes to ", "when talking about ", "speaking of "];

/// `trimmed` from the topic on, when it opens with a [`TOPIC_OPENINGS`] phrase.
fn after_topic_opening(trimmed: &str) -> Option<&str> {
    TOPIC_OPENINGS.iter().find_map(|opening| after_opening(trimmed, opening))
}

/// `text` after `opening`, when it opens with it (ASCII case aside).
fn after_opening<'t>(text: &'t str, opening: &str) -> Option<&'t str> {
    let head = text.get(..opening.len())?;
    head.eq_ignore_ascii_case(opening).then(|| &text[opening.len()..])
}

/// `question` without its first preamble (see [`without_preamble`]).
fn without_one_preamble(question: &str) -> &str {
    let trimmed = question.trim_start();
    if let Some(reported) = reported_question(trimmed) {
        return reported;
    }
    // "When it comes to security, do they compete?" names its topic, not a time: the opening
    // read "when" as asking one.
    if let Some(topic) = after_topic_opening(trimmed) {
        return topic;
    }
    // "btw who is the current US secretary of state?": a change of subject chat writes
    // without its comma, before a question word.
    let unpunctuated = UNPUNCTUATED_LEADS.iter().find_map(|lead| {
        let rest = after_opening(trimmed, lead)?.strip_prefix(' ')?.trim_start();
        let first = rest.split_whitespace().next()?.to_lowercase().replace('’', "'");
        QUESTION_OPENERS.contains(&first.as_str()).then_some(rest)
    });
    if let Some(rest) = unpunctuated {
        return rest;
    }
    // A preamble is short: its break is looked for only near the start, so that a long
    // message costs no more than a short one.
    let head = crate::text::prefix(trimmed, PREAMBLE_BYTES);
    let Some(end) = first_break(head) else { return question };
    // A dash's break is the dash between spaces: the preamble ends before its space.
    let preamble = trimmed[..end].trim_end();
    let rest = trimmed[end..]
        .trim_start_matches(|c: char| BREAK_CHARS.contains(&c) || matches!(c, ' ' | '.' | '!'));
    // The rest must be a question of some length: "I'm a student, hi" is small talk.
    if rest.chars().nth(3).is_none() && rest.split_whitespace().nth(1).is_none() {
        return question;
    }
    let lower = preamble.to_lowercase().replace('’', "'");
    let words = lower.split_whitespace().count();
    let han = lower.chars().filter(|&c| crate::text::is_han(c)).count();
    let opens = |openings: &[&str]| openings.iter().any(|opening| lower.starts_with(opening));
    let holds =
        |nouns: &[&str]| lower.split_whitespace().any(|w| nouns.iter().any(|n| w.starts_with(n)));
    let opens_a_question = || {
        rest.split_whitespace().next().is_some_and(|first| {
            QUESTION_OPENERS.contains(&first.to_lowercase().replace('’', "'").as_str())
        })
    };
    // What the answer is for counts its words after the opening ("I'm writing" + "an essay
    // on this").
    let purpose = PURPOSE_OPENINGS.iter().any(|opening| {
        lower.strip_prefix(opening).is_some_and(|rest| rest.split_whitespace().count() < MOST_WORDS)
    });
    // A longer clause says what the answer is for when it names the reader's own work ("my
    // essay", "my notes", "for class", "I'm a student writing an essay") and a question
    // follows it.
    let clause: Vec<&str> = lower.split_whitespace().collect();
    let readers_own = clause.iter().any(|word| matches!(*word, "my" | "our"))
        || opens(PERSONA_OPENINGS) && holds(ROLES)
        || clause
            .windows(2)
            .any(|pair| pair[0] == "for" && PURPOSES.iter().any(|noun| pair[1].starts_with(noun)));
    let explains_purpose = words <= MOST_PURPOSE_WORDS
        && readers_own
        && (holds(PURPOSES) || holds(READERS_WORK))
        && opens_a_question();
    // A sentence of the reader's life ends at its full stop, before a question of its own.
    let life = opens(LIFE_OPENINGS)
        && words <= MOST_PURPOSE_WORDS
        && trimmed[end..].starts_with('.')
        && opens_a_question();
    // "I am a bit confused, why ...?" or "as a result, ..." would read as a persona: the
    // persona's noun must not be an everyday adverbial.
    let adverbial = ["as a result", "as a whole", "as a rule", "i am a bit", "i'm a bit"]
        .iter()
        .any(|phrase| lower.starts_with(phrase));
    // "my english not so good.", "sorry for my bad english,": the reader's English, not the
    // article's.
    let own_english = words <= MOST_APOLOGY_WORDS
        && holds(&["english"])
        && clause.iter().any(|word| matches!(*word, "my" | "sorry" | "excuse" | "pardon"));
    let undegreed = without_degree(&lower);
    let says_who_or_why = explains_purpose
        || life
        || own_english
        || (words <= MOST_WORDS
            && !adverbial
            && (opens(PERSONA_OPENINGS) || (opens(ROLE_OPENINGS) && holds(ROLES))))
        // "Journalist here - who should I credit ...?", "student here, ...".
        || (words <= 3 && lower.ends_with(" here") && holds(ROLES))
        || (purpose && holds(PURPOSES))
        || ANNOUNCEMENTS.contains(&lower.as_str())
        || announces_by_kind(&clause)
        || GREETINGS.contains(&lower.trim_end_matches(['.', '!']))
        || ACKNOWLEDGEMENTS.contains(&lower.trim_end_matches(['.', '!']))
        || ANNOUNCING_ENDINGS.iter().any(|ending| undegreed.ends_with(ending))
        || (han > 0
            && lower.chars().count() <= MOST_HAN_CHARS
            && (opens(CHINESE_PERSONA_OPENINGS) || opens(CHINESE_PURPOSE_OPENINGS)));
    match says_who_or_why {
        true => rest,
        false => question,
    }
}

/// `clause` without the words of degree that may end it after its verb ("I am not understand
/// well", "I don't get it at all").
fn without_degree(clause: &str) -> &str {
    let clause = clause.trim_end_matches(['.', '!']);
    [" very well", " well", " at all", " fully", " completely"]
        .iter()
        .find_map(|degree| clause.strip_suffix(degree))
        .unwrap_or(clause)
}

/// Whether `clause` only announces a question by its kind or place ("separate question",
/// "one more q", "last thing"): a noun of [`ANNOUNCED_NOUNS`] after qualifiers alone.
fn announces_by_kind(clause: &[&str]) -> bool {
    clause.split_last().is_some_and(|(last, qualifiers)| {
        clause.len() <= 4
            && ANNOUNCED_NOUNS.contains(last)
            && qualifiers.iter().all(|word| ANNOUNCED_QUALIFIERS.contains(word))
    })
}

/// Words that request something, and Russian question words, wherever they stand: a message
/// holding one, or an English question opener ([`QUESTION_OPENERS`]), is more than an
/// introduction ("I'm a student, tell me about the SCO", "я студент, расскажи о ШОС").
const REQUEST_WORDS: &[&str] = &[
    "tell",
    "explain",
    "describe",
    "summarize",
    "summarise",
    "list",
    "give",
    "show",
    "что",
    "как",
    "почему",
    "кто",
    "когда",
    "где",
    "какой",
    "какие",
    "зачем",
    "расскажи",
    "расскажите",
    "объясни",
    "объясните",
];
/// Chinese words that ask: what, how, why, who, which, the question particles, please.
const CHINESE_ASKING: &[&str] =
    &["什么", "怎么", "为什么", "谁", "哪", "吗", "呢", "如何", "请", "吧"];

/// Whether `message` only says who is asking and what for, after any greeting, and asks
/// nothing ("hi, i'm a student writing about nato", "I'm writing a paper on NATO"): no
/// question mark, no word that asks or requests. Its topic words are the reader's plans, not
/// a question the article answers.
pub fn only_introduces_the_reader(message: &str) -> bool {
    // An introduction is short: a long message is read as it is, and costs nothing more here.
    if message.len() > PREAMBLE_BYTES {
        return false;
    }
    let lower = message.trim().to_lowercase().replace('’', "'");
    if lower.contains(['?', '？']) || CHINESE_ASKING.iter().any(|word| lower.contains(word)) {
        return false;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|word| !word.is_empty())
        .collect();
    // An opener after its subject states ("hope you can help"); it asks only ahead of one.
    let stated = |at: usize| {
        at > 0 && matches!(words[at - 1], "i" | "you" | "we" | "they" | "it" | "he" | "she")
    };
    let asks = |(at, word): (usize, &&str)| {
        QUESTION_OPENERS.contains(word) && !stated(at) || REQUEST_WORDS.contains(word)
    };
    if words.iter().enumerate().any(asks) {
        return false;
    }
    // After a greeting ("hi,", "hello there!"), the introduction opens the rest.
    let rest = first_break(&lower)
        .filter(|&end| GREETINGS.contains(&lower[..end].trim_end_matches(['.', '!']).trim()))
        .map(|end| lower[end..].trim_start_matches(|c: char| !c.is_alphanumeric()))
        .unwrap_or(&lower);
    let opens = |openings: &[&str]| openings.iter().any(|opening| rest.starts_with(opening));
    opens(PERSONA_OPENINGS)
        || opens(PURPOSE_OPENINGS)
        || opens(CHINESE_PERSONA_OPENINGS)
        || opens(CHINESE_PURPOSE_OPENINGS)
}

/// Where the first break that can end a preamble starts (a colon, a dash between spaces, a
/// comma, a sentence's end, a Chinese comma or colon): one pass over the bytes.
fn first_break(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    for (at, &byte) in bytes.iter().enumerate() {
        match byte {
            b':' | b',' | b';' => {}
            b'.' | b'!' if ends_a_sentence(bytes, at) => {}
            b'-' if at > 0 && bytes[at - 1] == b' ' && bytes.get(at + 1) == Some(&b' ') => {}
            // The first byte of a character outside ASCII: read that character.
            0xC0.. => {
                let c = text[at..].chars().next()?;
                let is_break = match c {
                    '，' | '：' | '、' | '。' => true,
                    '–' | '—' => {
                        at > 0
                            && bytes[at - 1] == b' '
                            && text[at + c.len_utf8()..].starts_with(' ')
                    }
                    _ => false,
                };
                if !is_break {
                    continue;
                }
            }
            _ => continue,
        }
        return Some(at);
    }
    None
}

/// The question of a message that goes on after it with a remark ("What is the CSTO? I keep
/// seeing it."): up to its first question mark, when what follows asks nothing. Read only
/// when the whole message is declined: the remark may be a request of its own.
pub(super) fn before_a_remark(message: &str, max_bytes: usize) -> Option<&str> {
    // Only as far as matching reads: the rest of a long message is never read. (Each mark
    // searched for on its own, the wide one only before the first ASCII one: a search for
    // either decodes every character.)
    let read = crate::text::prefix(message, max_bytes);
    let ascii = read.find('?');
    let wide = read[..ascii.unwrap_or(read.len())].find('？');
    let (end, mark) = match (wide, ascii) {
        (Some(wide), _) => (wide, '？'.len_utf8()),
        (None, Some(ascii)) => (ascii, 1),
        (None, None) => return None,
    };
    let rest = read[end + mark..].trim();
    // A remark is a sentence of its own, ended as one or said of oneself ("i see it a lot"):
    // not words added to the question (a follow-up read with its subject appended).
    let ended = rest.ends_with(['.', '!', '…', '。', '！']);
    let lower = crate::text::prefix(rest, 8).to_lowercase();
    // (Russian says it by the verb alone: "Готовлюсь к экзамену", "Пишу курсовую".)
    // (Its first word only, as far as a word goes: a remark may be a long run of symbols.)
    let first = crate::text::prefix(rest, 48).split_whitespace().next().unwrap_or_default();
    let first = first.to_lowercase();
    let russian_of_oneself = ["юсь", "усь"].iter().any(|ending| first.ends_with(ending))
        || ["пишу", "читаю", "изучаю", "делаю", "готовлю", "хочу", "спрашиваю"]
            .contains(&first.as_str());
    let of_oneself = ["i ", "i'm", "im ", "я ", "мне", "我"].iter().any(|w| lower.starts_with(w))
        || russian_of_oneself;
    let remark = (ended || of_oneself) && !(rest.contains('?') || rest.contains('？'));
    remark.then(|| &message[..end + mark])
}

/// The question ending a message that leads in to it with sentences of its own ("Morning! Long
/// commute today, so I'm catching up on news. How does the US leaving Afghanistan come into
/// this piece?", "Bullet points: main obstacles to a rapprochement?"): the last sentence, when
/// it is a question of three words or more. Read only when the whole message is declined: the
/// lead-in may be what is asked about ("Russia sells jets to China. Why?").
pub(super) fn after_a_lead_in(message: &str, max_bytes: usize) -> Option<&str> {
    let message = message.trim_end();
    // A message longer than matching reads has an end that is never read.
    if message.len() > max_bytes || !message.ends_with(['?', '？']) {
        return None;
    }
    // A lead-in that asks something itself is a question of its own ("Did Putin answer Kerry?
    // What did the Kremlin say back?").
    let asked = message.trim_end_matches(['?', '？']);
    if asked.contains(['?', '？']) {
        return None;
    }
    // Where its last sentence starts: after the last full stop, exclamation mark or colon.
    let bytes = asked.as_bytes();
    let mut start = None;
    for (at, &byte) in bytes.iter().enumerate() {
        match byte {
            b'.' | b'!' if ends_a_sentence(bytes, at) => start = Some(at + 1),
            b':' if bytes.get(at + 1) == Some(&b' ') => start = Some(at + 1),
            // The first byte of a wide full stop, exclamation mark or colon (three bytes each).
            0xE0.. if ["。", "！", "："].iter().any(|mark| asked[at..].starts_with(mark)) => {
                start = Some(at + 3);
            }
            _ => {}
        }
    }
    let question = message[start?..].trim_start();
    // A question pointing back needs what it points to ("The West always swears NATO is
    // harmless. Does the article bring up that line?").
    let normalized = crate::text::normalize(question);
    let words = crate::text::words(&normalized);
    let lowercase = question.to_lowercase().replace('’', "'");
    // (Not "this piece", the article itself, nor "that" after a claim: "the evidence that ...".)
    let points_back = words.iter().enumerate().any(|(at, word)| {
        let next = words.get(at + 1).map(|next| next.as_ref());
        let before = at.checked_sub(1).map(|before| words[before].as_ref());
        let after_a_claim = |before: &str| {
            CLAIM_NOUNS.contains(&before) || CLAIMING.iter().any(|claim| claim == &[before])
        };
        POINTING_BACK.contains(&word.as_ref())
            && !(matches!(word.as_ref(), "this" | "that")
                && next.is_some_and(super::wording::names_the_text_or_its_writer))
            && !(word == "that" && before.is_some_and(after_a_claim))
            && !(word == "that"
                && before.is_some_and(|before| relative_that(&lowercase, before, next)))
    });
    let han = question.chars().filter(|&c| crate::text::is_han(c)).count();
    let long_enough = words.len() >= 3 || han >= 4;
    (long_enough && !points_back).then_some(question)
}

/// Whether "that" after `before` opens a relative clause ("the Glasgow academic that's
/// sceptical", "the scholar that says ..."): after a noun, before a verb; no pointer back.
fn relative_that(lowercase: &str, before: &str, next: Option<&str>) -> bool {
    const VERBS_AFTER: &[&str] = &[
        "is", "was", "are", "were", "has", "had", "keeps", "kept", "says", "said", "claims",
        "thinks", "argues", "wrote", "writes", "calls", "called", "doubts", "warns",
    ];
    let noun_before = !STOP_WORDS.contains(&before) && !CLAIM_NOUNS.contains(&before);
    let verb_after = next.is_some_and(|next| VERBS_AFTER.contains(&next))
        || lowercase.contains(&format!("{before} that's"));
    noun_before && verb_after
}

/// How a reader says where they met what they ask about ("What's this condominium idea I keep
/// seeing?"): the clause names no topic, but its words ("keep", "seeing") weigh as if it did.
const HEARSAY: &[&str] = &[
    " i keep seeing",
    " i keep hearing",
    " i keep reading",
    " i kept seeing",
    " i kept hearing",
    " i've been seeing",
    " i've been hearing",
    " i've been reading",
    " ive been hearing",
    " ive been seeing",
    // (As phones type the apostrophe.)
    " i’ve been seeing",
    " i’ve been hearing",
    " i’ve been reading",
    " everyone keeps talking",
    " people keep talking",
];

/// A declined message without the clause saying where the reader met its topic ("What is
/// this condominium idea I keep hearing about?" -> "What is this condominium idea?"): from the
/// clause to the end of its sentence. `None` without one.
pub(super) fn without_hearsay(message: &str) -> Option<String> {
    // A question with such a clause is short: a long message is read as it is, at no cost.
    if message.len() > PREAMBLE_BYTES {
        return None;
    }
    let lower = message.to_lowercase();
    // (Lowercasing keeps ASCII bytes where they were; where it moves them, nothing is cut.)
    if lower.len() != message.len() {
        return None;
    }
    let (start, clause) =
        HEARSAY.iter().filter_map(|clause| Some((lower.find(clause)?, clause))).min()?;
    // "I keep seeing the name Kaczmarski": what is seen is the topic, after its noun; what
    // came before ("I'm a student and") is a clause of its own.
    let after = start + clause.len();
    let named = [" the name ", " the word ", " the term ", " the phrase ", " about "]
        .iter()
        .find(|noun| lower[after..].starts_with(*noun));
    if let Some(noun) = named {
        let before = message[..start].trim_end();
        let before = before.strip_suffix(" and").unwrap_or(before);
        let topic = &message[after + noun.len()..];
        return Some(match before.is_empty() {
            true => topic.to_owned(),
            false => format!("{before}, {topic}"),
        });
    }
    let end = message[start..].find(['?', '.', '!', ',']).map_or(message.len(), |at| start + at);
    Some(format!("{}{}", &message[..start], &message[end..]))
}

/// `message` without the name of the publication that ran the article, as written with its
/// capital ("this article from The Diplomat", "the Diplomat piece"): it says where the article
/// appeared and names no topic (read as a diplomat, it was Lavrov). The name in lowercase is
/// left alone: "which diplomat?" asks about one.
pub(super) fn without_publication<'m>(message: &'m str, publication: &str) -> Cow<'m, str> {
    // Most messages lack the name's last part ("Diplomat"): one search, no allocation.
    let own_name = publication.strip_prefix("The ").unwrap_or(publication);
    if own_name.is_empty() || !message.contains(own_name) {
        return Cow::Borrowed(message);
    }
    let lowercase_article = publication.strip_prefix("The ").map(|rest| format!("the {rest}"));
    let names = [Some(publication.to_owned()), lowercase_article];
    let mut rest = Cow::Borrowed(message);
    for name in names.iter().flatten().filter(|name| !name.is_empty()) {
        // Whole words only: a one-letter name is no part of "JCPOA".
        let whole_word_at = |text: &str, at: usize| {
            let before = text[..at].chars().next_back();
            let after = text[at + name.len()..].chars().next();
            [before, after].iter().all(|c| c.is_none_or(|c| !c.is_alphanumeric()))
        };
        while let Some(at) =
            rest.match_indices(name.as_str()).map(|(at, _)| at).find(|&at| whole_word_at(&rest, at))
        {
            rest.to_mut().replace_range(at..at + name.len(), " ");
        }
    }
    rest
}

/// Whether the full stop or exclamation mark at `at` ends a sentence ("I'm writing an essay.
/// How ...?"), not an abbreviation's dot ("U.S. "): a space after it, two letters before it.
fn ends_a_sentence(bytes: &[u8], at: usize) -> bool {
    bytes.get(at + 1) == Some(&b' ')
        && at >= 2
        && is_letter_byte(bytes[at - 1])
        && is_letter_byte(bytes[at - 2])
}

/// Whether a byte is an ASCII letter or part of a character beyond ASCII (a Cyrillic letter).
fn is_letter_byte(byte: u8) -> bool {
    byte.is_ascii_alphabetic() || byte >= 0x80
}

#[cfg(test)]
mod tests {
    use super::{before_a_remark, without_preamble};

    #[test]
    fn a_remark_after_the_question_is_set_apart() {
        assert_eq!(
            before_a_remark("What is the CSTO? I keep seeing it.", 1000),
            Some("What is the CSTO?")
        );
        assert_eq!(before_a_remark("上合组织是什么？我常看到。", 1000), Some("上合组织是什么？"));
        assert_eq!(before_a_remark("What is the CSTO?", 1000), None);
        assert_eq!(before_a_remark("Who is Trenin? And Gabuev?", 1000), None);
        assert_eq!(before_a_remark("no question here", 1000), None);
        assert_eq!(before_a_remark("what is it? i see it a lot", 1000), Some("what is it?"));
        // Russian says "I" by the verb alone.
        assert_eq!(
            before_a_remark("Что такое ОДКБ? Готовлюсь к экзамену", 1000),
            Some("Что такое ОДКБ?")
        );
        // Words added to a question are no remark.
        assert_eq!(before_a_remark("Where was that summit held? the summit", 1000), None);
    }

    #[test]
    fn what_the_answer_is_for_is_read_apart_at_the_end_too() {
        let read = [
            ("who took the lead photo for my school project?", "who took the lead photo"),
            ("what is the csto, for my homework", "what is the csto,"),
            ("when was it published for my bibliography", "when was it published"),
            ("what does the seam mean in my essay?", "what does the seam mean"),
        ];
        for (question, rest) in read {
            assert_eq!(without_preamble(question), rest, "{question}");
        }
        // "my" before a place or an opinion is no purpose (guards).
        for question in ["what is russia's position in my country?", "is nato a threat in my view?"]
        {
            assert_eq!(without_preamble(question), question);
        }
    }

    #[test]
    fn who_asks_and_what_for_are_read_apart_from_the_question() {
        let read = [
            ("I'm a journalist - which ministers spoke?", "which ministers spoke?"),
            ("For my essay: why does China depend on trade?", "why does China depend on trade?"),
            ("For my article: which treaty did the US quit?", "which treaty did the US quit?"),
            ("for my students - who is Trenin?", "who is Trenin?"),
            ("as a student, what is the SCO?", "what is the SCO?"),
            ("quick question: who is Trenin?", "who is Trenin?"),
            ("Я студент, что такое ШОС?", "что такое ШОС?"),
            ("我是学生，上合组织是什么？", "上合组织是什么？"),
            ("I'm writing an essay on this. Who is Trenin?", "Who is Trenin?"),
            ("Я пишу реферат. Кто такой Тренин?", "Кто такой Тренин?"),
            ("Hello, I want to ask, what is the SCO?", "what is the SCO?"),
            ("I have a question: what is the CSTO?", "what is the CSTO?"),
            (
                "Hello, I am reading this text for my class and I want to ask, who is Trenin?",
                "who is Trenin?",
            ),
            ("Привет! У меня вопрос: что такое ШОС?", "что такое ШОС?"),
            ("你好，我想问，上合组织是什么？", "上合组织是什么？"),
            (
                "For my seminar paper on Russian strategy papers, what did the doctrine say?",
                "what did the doctrine say?",
            ),
            ("I'm summing this up for class; who is Trenin?", "who is Trenin?"),
            ("In my essay I argue about trust — is trust low?", "is trust low?"),
            ("For my glossary: what is the SCO?", "what is the SCO?"),
            ("For my history essay on diplomacy, which treaty?", "which treaty?"),
        ];
        for (question, rest) in read {
            assert_eq!(without_preamble(question), rest, "{question}");
        }
    }

    #[test]
    fn a_clause_that_is_part_of_the_question_stays() {
        for question in [
            "As a result, did Russia turn to China?",
            "As a member of the CSTO, does Tajikistan host Russian bases?",
            "For a while, did Moscow steer the SCO?",
            "For the SCO, what did Moscow want?",
            "Why, according to the author, is a detente unlikely?",
            "I'm a student, hi",
            "What is the SCO: a security club?",
            "как Россия относится к ШОС, по мнению автора?",
            "I'm a U.S. citizen",
            "Is the U.S. in NATO? Yes.",
            "hello, ok",
            "Why do they want to know, and what do they ask?",
            // A long clause naming no work of the reader's, or followed by no question.
            "In the years after the Soviet collapse and the war, what did Russia keep?",
            "For my essay on the SCO and the CSTO, the founding dates",
            "For the map of the region, which bases does Russia have?",
        ] {
            assert_eq!(without_preamble(question), question);
        }
    }
}
