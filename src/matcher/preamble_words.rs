//! The words of preambles ([`super::preamble`]): who is asking, what for, and what only
//! greets, acknowledges or announces the question.

/// Openings of a clause that says who is asking: "I'm a student", "я журналист".
pub(super) const PERSONA_OPENINGS: &[&str] =
    &["i'm a ", "i'm an ", "im a ", "im an ", "i am a ", "i am an ", "я "];
/// Openings of a sentence on the reader's own life ("I grew up on Soviet news.", "I lived in
/// Moscow for years."): whatever it names, the question after it asks on its own.
pub(super) const LIFE_OPENINGS: &[&str] = &[
    "i grew up ",
    "i was born ",
    "i was raised ",
    "i live ",
    "i lived ",
    "i used to ",
    "i spent ",
    "i studied ",
    "i worked ",
    "i'm retired",
    "i am retired",
    "im retired",
];
/// Openings that say who is asking only with a noun for a reader ("as a student"; not "as a
/// member of the CSTO", "как Россия ...").
pub(super) const ROLE_OPENINGS: &[&str] = &["as a ", "as an ", "как "];
pub(super) const ROLES: &[&str] = &[
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
/// Openings of a clause that says what the answer is for: "for my essay", "for a class", "I'm
/// writing an essay on this".
pub(super) const PURPOSE_OPENINGS: &[&str] = &[
    "for my ",
    "for our ",
    "for a ",
    "for an ",
    "i'm writing ",
    "im writing ",
    "i am writing ",
    "i'm working on ",
    "i am working on ",
    "i'm preparing ",
    "i am preparing ",
    "i have to write ",
    "i need to write ",
    "i've got to write ",
    "i must write ",
    "для ",
    "я пишу ",
    "пишу ",
    "готовлю ",
];
pub(super) const PURPOSES: &[&str] = &[
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
    // A journalist's or teacher's own text or audience ("for my article: ...").
    "article",
    "piece",
    "notes",
    "newsletter",
    "column",
    "students",
    "readers",
    "audience",
    // "For a news brief - how does ...?" ("brief" also opens "briefing"), "for an explainer".
    "brief",
    "explainer",
    "broadcast",
    "slides",
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
/// Words that open a question: what follows a clause that says what the answer is for must
/// be one ("For my essay on Russia's doctrine, what did it say?").
pub(super) const QUESTION_OPENERS: &[&str] = &[
    "what",
    "what's",
    "whats",
    "which",
    "who",
    "whose",
    "whom",
    "why",
    "how",
    "when",
    "where",
    "does",
    "do",
    "did",
    "is",
    "are",
    "was",
    "were",
    "can",
    "could",
    "should",
    "would",
    "will",
    "has",
    "have",
    "had",
    "any",
    "according",
];

/// Pieces of a reader's own work, named only with "my" or "our" ("for my timeline", "my
/// bibliography"): alone, words of many a question.
pub(super) const READERS_WORK: &[&str] = &[
    "analysis",
    "debate",
    "conclusion",
    "citation",
    "bibliography",
    "glossary",
    "timeline",
    "literature",
    "summary",
    "review",
    "list",
    "map",
    "studies",
    "study",
    "teacher",
    "professor",
];

/// Clauses that only announce a question, besides those read by their words ("quick question",
/// "another topic": [`ANNOUNCED_NOUNS`]).
pub(super) const ANNOUNCEMENTS: &[&str] = &[
    // ... or a check of what the article says ("quick fact-check: how old is NATO ...?").
    "fact check",
    "fact-check",
    "quick fact check",
    "quick fact-check",
    "a quick fact-check",
    "sanity check",
    "quick check",
    "just checking",
    "проверка фактов",
    "вопрос",
    "быстрый вопрос",
    "ещё вопрос",
    "еще вопрос",
    // ... or a change of subject ("different topic - who took the photo?").
    "change of topic",
    "changing topic",
    "changing topics",
    "switching topics",
    "changing the subject",
    "on another note",
    "on a different note",
    "by the way",
    "btw",
    "другая тема",
    "другой вопрос",
    "новый вопрос",
    "кстати",
    "换个话题",
    "另一个问题",
    "顺便问一下",
];
/// Nouns of a clause announcing a question by its kind or place ("separate question:", "last
/// thing:"), and the words that may qualify them (see [`ANNOUNCEMENTS`] for fixed ones).
pub(super) const ANNOUNCED_NOUNS: &[&str] =
    &["question", "questions", "q", "thing", "query", "topic"];
pub(super) const ANNOUNCED_QUALIFIERS: &[&str] = &[
    "a",
    "and",
    "also",
    "another",
    "one",
    "two",
    "few",
    "more",
    "quick",
    "short",
    "small",
    "simple",
    "different",
    "new",
    "next",
    "separate",
    "final",
    "last",
    "follow-up",
    "followup",
    "related",
    "unrelated",
    "side",
    "random",
    "other",
    "second",
    "third",
    "ok",
    "okay",
    "now",
];
/// Phrases that announce a question, at the end of a clause of any length ("I am reading this
/// for my class and I want to ask, ...", "у меня вопрос: ...").
pub(super) const ANNOUNCING_ENDINGS: &[&str] = &[
    "i want to ask",
    "i wanted to ask",
    "i'd like to ask",
    "i would like to ask",
    "let me ask",
    "can i ask",
    "may i ask",
    "i have a question",
    "i've got a question",
    "i got a question",
    "my question is",
    "i was wondering",
    "i want to know",
    "i'd like to know",
    "i would like to know",
    // ... or says what the reader does not follow ("I don't understand, why ...?", "I'm a bit
    // confused - ...").
    "understand",
    "confused",
    "don't get it",
    "dont get it",
    "не понимаю",
    "не понял",
    "не поняла",
    "我不明白",
    "我不懂",
    "我没看懂",
    "хочу спросить",
    "хотел спросить",
    "хотела спросить",
    "хочу узнать",
    "у меня вопрос",
    "我想问",
    "想请问",
    "我有个问题",
    "我有一个问题",
];
/// Acknowledgements that open a message before its question ("fine. what else do they build
/// together?"): "fine", "great" are words of the article, and weighed as its topic.
pub(super) const ACKNOWLEDGEMENTS: &[&str] = &[
    "ok",
    "okay",
    "fine",
    "alright",
    "all right",
    "sure",
    "cool",
    "great",
    "nice",
    "got it",
    "i see",
    "interesting",
    "right",
    "thanks",
    "thank you",
    "thx",
];
/// Greetings said before the question ("hi, what is the SCO?").
pub(super) const GREETINGS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "hi there",
    "hello there",
    "hey there",
    "good morning",
    "good afternoon",
    "good evening",
    "good day",
    "g'day",
    "greetings",
    "hiya",
    "howdy",
    "hey hey",
    "hola",
    // Calls for attention, said as a greeting is ("Excuse me, how did the West ...?").
    "excuse me",
    "pardon me",
    "привет",
    "здравствуйте",
    "добрый день",
    "доброе утро",
    "добрый вечер",
    "你好",
    "您好",
    "嗨",
];
/// Chinese: "我是学生，", "写论文用：".
pub(super) const CHINESE_PERSONA_OPENINGS: &[&str] = &["我是", "作为"];
pub(super) const CHINESE_PURPOSE_OPENINGS: &[&str] = &["为了", "写论文", "写作业"];

/// Words by which a question points back to what came before it. (Chinese is not read for
/// them: a run of Han characters is one word, so "这" alone would never match.)
pub(super) const POINTING_BACK: &[&str] = &[
    "it", "its", "that", "this", "those", "these", "they", "them", "their", "he", "him", "his",
    "she", "her", "там", "это", "этот", "эти", "он", "она", "они", "его", "их",
];
/// Words besides the claiming verbs (`CLAIMING` in preamble.rs) after which "that" opens what is
/// claimed ("the evidence that Moscow ..."), no pointer back.
pub(super) const CLAIM_NOUNS: &[&str] = &[
    "evidence", "proof", "sign", "signs", "argue", "show", "shows", "mean", "means", "true",
    "sure", "fact", "idea", "so", "suggest", "suggests", "hear",
];
/// Changes of subject that chat writes without a comma before a question word ("btw who took
/// the photo?"); with one, they are [`ANNOUNCEMENTS`].
pub(super) const UNPUNCTUATED_LEADS: &[&str] = &["btw", "by the way", "кстати"];
