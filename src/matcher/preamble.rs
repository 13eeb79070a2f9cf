//! Who the reader is and what the question is for, said before it ("I'm a journalist - which
//! ministers spoke?", "For my essay: why does China depend on globalization?", "Я студент, что
//! такое ШОС?"): read without it. Its words are not the question's ("journalist", "essay" weigh
//! as words the article lacks), and "my essay" is no question about the reader's own affairs.

/// Openings of a clause that says who is asking: "I'm a student", "я журналист".
const PERSONA_OPENINGS: &[&str] =
    &["i'm a ", "i'm an ", "im a ", "im an ", "i am a ", "i am an ", "я "];
/// Openings that say who is asking only with a noun for a reader ("as a student"; not "as a
/// member of the CSTO", "как Россия ...").
const ROLE_OPENINGS: &[&str] = &["as a ", "as an ", "как "];
const ROLES: &[&str] = &[
    "student",
    "journalist",
    "reporter",
    "researcher",
    "teacher",
    "analyst",
    "reader",
    "writer",
    "blogger",
    "beginner",
    "layman",
    "outsider",
    "foreigner",
    "студент",
    "студентка",
    "журналист",
    "журналистка",
    "исследователь",
    "преподаватель",
    "учитель",
    "аналитик",
    "читатель",
    "новичок",
];
/// Openings of a clause that says what the answer is for: "for my essay", "for a class".
const PURPOSE_OPENINGS: &[&str] = &["for my ", "for our ", "for a ", "for an ", "для "];
const PURPOSES: &[&str] = &[
    "essay",
    "paper",
    "class",
    "homework",
    "assignment",
    "thesis",
    "report",
    "project",
    "course",
    "presentation",
    "exam",
    "research",
    "school",
    "lecture",
    "blog",
    "podcast",
    "story",
    "dissertation",
    "seminar",
    "эссе",
    "реферат",
    "курсов",
    "доклад",
    "диплом",
    "экзамен",
    "семинар",
    "статьи",
    "работы",
    "учеб",
    "учёб",
];
/// Clauses that only announce a question.
const ANNOUNCEMENTS: &[&str] = &[
    "quick question",
    "one question",
    "another question",
    "one more question",
    "a question",
    "question",
    "вопрос",
    "быстрый вопрос",
    "ещё вопрос",
    "еще вопрос",
];
/// Chinese: "我是学生，", "写论文用：".
const CHINESE_PERSONA_OPENINGS: &[&str] = &["我是", "作为"];
const CHINESE_PURPOSE_OPENINGS: &[&str] = &["为了", "写论文", "写作业"];

/// How far into a message its preamble may end, in bytes: five words, or eight Chinese
/// characters and a comma.
const PREAMBLE_BYTES: usize = 64;
/// The characters of the breaks that end a preamble (see [`first_break`]).
const BREAK_CHARS: &[char] = &[':', '-', '–', '—', ',', '，', '：', '、'];

/// A preamble's longest length, in words (Chinese: characters): "as a first-year politics
/// student" is one; a longer clause is more likely the question itself.
const MOST_WORDS: usize = 5;
const MOST_HAN_CHARS: usize = 8;

/// `question` without a preamble that says who asks or what for, when what follows it is a
/// question of its own; else `question` as it is.
pub(super) fn without_preamble(question: &str) -> &str {
    let trimmed = question.trim_start();
    // A preamble is short: its break is looked for only near the start, so that a long
    // message costs no more than a short one.
    let head = crate::text::prefix(trimmed, PREAMBLE_BYTES);
    let Some(end) = first_break(head) else { return question };
    // A dash's break is the dash between spaces: the preamble ends before its space.
    let preamble = trimmed[..end].trim_end();
    let rest = trimmed[end..].trim_start_matches(|c: char| BREAK_CHARS.contains(&c) || c == ' ');
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
    let says_who_or_why = (words <= MOST_WORDS
        && (opens(PERSONA_OPENINGS)
            || (opens(ROLE_OPENINGS) && holds(ROLES))
            || (opens(PURPOSE_OPENINGS) && holds(PURPOSES))))
        || ANNOUNCEMENTS.contains(&lower.as_str())
        || (han > 0
            && lower.chars().count() <= MOST_HAN_CHARS
            && (opens(CHINESE_PERSONA_OPENINGS) || opens(CHINESE_PURPOSE_OPENINGS)));
    // "I am a bit confused, why ...?" or "as a result, ..." would read as a persona: the
    // persona's noun must not be an everyday adverbial.
    let adverbial = ["as a result", "as a whole", "as a rule", "i am a bit", "i'm a bit"]
        .iter()
        .any(|phrase| lower.starts_with(phrase));
    match says_who_or_why && !adverbial {
        true => rest,
        false => question,
    }
}

/// Where the first break that can end a preamble starts (a colon, a dash between spaces, a
/// comma, a Chinese comma or colon): one pass over the bytes.
fn first_break(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    for (at, &byte) in bytes.iter().enumerate() {
        match byte {
            b':' | b',' => {}
            b'-' if at > 0 && bytes[at - 1] == b' ' && bytes.get(at + 1) == Some(&b' ') => {}
            // The first byte of a character outside ASCII: read that character.
            0xC0.. => {
                let c = text[at..].chars().next()?;
                let is_break = match c {
                    '，' | '：' | '、' => true,
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

#[cfg(test)]
mod tests {
    use super::without_preamble;

    #[test]
    fn who_asks_and_what_for_are_read_apart_from_the_question() {
        let read = [
            ("I'm a journalist - which ministers spoke?", "which ministers spoke?"),
            ("For my essay: why does China depend on trade?", "why does China depend on trade?"),
            ("as a student, what is the SCO?", "what is the SCO?"),
            ("quick question: who is Trenin?", "who is Trenin?"),
            ("Я студент, что такое ШОС?", "что такое ШОС?"),
            ("我是学生，上合组织是什么？", "上合组织是什么？"),
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
        ] {
            assert_eq!(without_preamble(question), question);
        }
    }
}
