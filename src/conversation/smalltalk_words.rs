//! The words that tell small talk from a question: question words, auxiliaries, words that
//! address the bot or ask what it can do, in the languages small talk is curated in. Data, kept
//! apart from the rules in `smalltalk` that read them (as `cues` is for `followup`).

/// Question words, in the languages small talk is curated in: outside a small-talk phrase
/// ("how are you", "что ты умеешь"), one makes the message a question.
pub(super) const QUESTION_WORDS: &[&str] = &[
    "what",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "why",
    "how",
    "что",
    "какой",
    "какая",
    "какие",
    // Their other cases ask as much ("на каком языке говорят в Таджикистане?").
    "какого",
    "каком",
    "какую",
    "каких",
    "каким",
    "чем",
    "чём",
    "чего",
    "чему",
    "кем",
    "каков",
    "какова",
    "каково",
    "кого",
    "кому",
    "куда",
    "откуда",
    "кто",
    "где",
    "когда",
    "почему",
    "зачем",
    "как",
    "сколько",
    // Chat's "сколько" ("скока стоит билет?").
    "скока",
    "скоко",
];

/// Question words contracted with "is" ("what's": the apostrophe is dropped), which ask on their
/// own, with no auxiliary after them ("what's his approval rating right now").
pub(super) const CONTRACTED_QUESTION_WORDS: &[&str] =
    &["whats", "whos", "wheres", "whens", "whys", "hows"];

/// Whether `word` is a question word, contracted or not.
pub(super) fn is_question_word(word: &str) -> bool {
    QUESTION_WORDS.contains(&word) || CONTRACTED_QUESTION_WORDS.contains(&word)
}

/// Chinese characters that make a message ask ("哪些", "什么", "谁", "怎么", "吗", "几", "呢"),
/// outside a phrase: Chinese is compared character by character.
pub(super) const HAN_QUESTION_CHARS: &[&str] = &["什", "哪", "谁", "怎", "吗", "几", "呢"];

/// Words after a question word that make it ask ("what would", "why is"), where "what a" and
/// "how cool" exclaim.
pub(super) const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "do", "does", "did", "would", "will", "can", "could", "should",
    "has", "have", "had", "about", "exactly",
];
/// Contractions (as tokens, apostrophes dropped) and the words they stand for: "you are
/// slow" and "u r slow" insult as "you're slow" does. ("what's" is not spelt out: "what is
/// it good for?" asks about what was just said, where "what's this" asks what the bot is.)
const CONTRACTIONS: &[(&str, &[&[&str]])] = &[
    ("youre", &[&["you", "are"], &["u", "r"]]),
    ("im", &[&["i", "am"]]),
    ("thats", &[&["that", "is"]]),
    ("dont", &[&["do", "not"]]),
];

/// The ways `phrase` (as tokens) may be typed: [`in_both_orders`], each also with its
/// contractions spelt out ([`CONTRACTIONS`]).
pub(super) fn phrase_variants(phrase: Vec<String>) -> Vec<Vec<String>> {
    let mut variants = in_both_orders(phrase);
    for at in 0..variants.len() {
        for (contracted, spellings) in CONTRACTIONS {
            if !variants[at].iter().any(|word| word == contracted) {
                continue;
            }
            for spelling in *spellings {
                let spelt_out = variants[at]
                    .iter()
                    .flat_map(|word| match word == contracted {
                        true => spelling.iter().map(|w| (*w).to_owned()).collect(),
                        false => vec![word.clone()],
                    })
                    .collect();
                variants.push(spelt_out);
            }
        }
    }
    variants
}

/// `phrase` (as tokens), and the same in a statement's order when it opens a question with an
/// auxiliary before its subject, first or after a question word: readers writing in a second
/// language keep that order ("you are chatgpt?", "what i should type?").
fn in_both_orders(phrase: Vec<String>) -> Vec<Vec<String>> {
    const INVERTED: &[&str] = &["are", "is", "can", "could", "should", "will", "would"];
    const SUBJECTS: &[&str] = &["you", "i", "this", "it", "we"];
    let after_question_word = usize::from(phrase.first().is_some_and(|w| is_question_word(w)));
    let inverted = phrase.get(after_question_word..after_question_word + 2).is_some_and(|pair| {
        INVERTED.contains(&pair[0].as_str()) && SUBJECTS.contains(&pair[1].as_str())
    });
    if !inverted {
        return vec![phrase];
    }
    let mut statement = phrase.clone();
    statement.swap(after_question_word, after_question_word + 1);
    vec![phrase, statement]
}
/// Auxiliaries a phrase may be matched without, after its question word ("how i use this?").
pub(super) const DROPPABLE_AUXILIARIES: &[&str] = &["do", "does", "can"];
/// Auxiliaries that open a yes/no question ("is there...", "do they...").
pub(super) const YES_NO_OPENERS: &[&str] = &[
    "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "has", "have",
];
/// Openers of an elliptical question ("anything they actually agree on?": "is there" left
/// out), which asks even with a small-talk word in it ("agree").
pub(super) const ELLIPTICAL_OPENERS: &[&str] = &["anything", "anyone", "anybody"];
/// Prepositions after which "your" is anyone's, not the bot's ("is coffee bad for your heart?").
pub(super) const GENERIC_YOU_AFTER: &[&str] = &["for", "to", "with", "of", "in", "on"];
/// Russian verbs of thinking ("думаешь", you think) that, addressed to the bot, ask its view.
pub(super) const THINKING_VERBS_RU: &[&str] =
    &["думаешь", "думаете", "считаешь", "считаете", "полагаешь", "полагаете"];
/// Words that address the bot: a question about the bot is small talk ("what are you").
pub(super) const SECOND_PERSON: &[&str] =
    &["you", "u", "your", "ur", "yourself", "bot", "ты", "вы", "тебя", "你", "您"];

/// Words that, with words addressing the bot and nothing about the article, ask what it can do
/// ("what kind of questions do you handle?", "на какие вопросы ты можешь отвечать?"): whole
/// words in English, beginnings of words in Russian (whose forms vary), single characters in
/// Chinese (compared character by character).
pub(super) const ABOUT_ITS_ABILITIES: &[&str] = &[
    "question",
    "questions",
    "answer",
    "answers",
    "answering",
    "reply",
    "respond",
    "handle",
    "able",
    "capable",
    "know",
    "cover",
    "ask",
    "asked",
    "asking",
    "topics",
    "topic",
    "subjects",
    "kind",
    "kinds",
    "type",
    "types",
    "sort",
    "sorts",
    "things",
    "stuff",
    "can",
    "could",
    "do",
    "does",
    "article",
    "r",
];
pub(super) const ABOUT_ITS_ABILITIES_RU: &[&str] =
    &["вопрос", "ответ", "отвеч", "мож", "уме", "зна", "стат", "тем", "спрос", "задав", "зада"];
pub(super) const ABOUT_ITS_ABILITIES_ZH: &[&str] = &[
    "问", "题", "回", "答", "能", "可", "以", "会", "类", "种", "些", "么", "文", "章", "关", "于",
];

/// Words asking about what the bot just said, its reason or its meaning ("why do you say that?",
/// "what do u mean?"): such a message is never about the bot's abilities.
pub(super) const ABOUT_WHAT_IT_SAID: &[&str] = &[
    "why",
    "y",
    "mean",
    "meant",
    "meaning",
    "say",
    "saying",
    "said",
    "think",
    "почему",
    "зачем",
    "отчего",
    "значит",
];
/// The same in Chinese, looked for in the whole message (read character by character).
pub(super) const ABOUT_WHAT_IT_SAID_ZH: &[&str] = &["为什么", "意思"];

/// Words after which a request of the bot ("do you know ...?") still opens what is said.
pub(super) const LEADS_IN: &[&str] =
    &["but", "and", "so", "btw", "also", "anyway", "unrelated", "ok", "okay"];
/// Intents in the order they win when one message holds several ("ok thanks" is thanks, "hi,
/// help" is help): what asks something of the bot first, then what a reply must acknowledge;
/// a goodbye ends the chat, so "thanks, bye" is bye.
pub(super) const PRIORITY: [&str; 9] = [
    "help",
    "capabilities",
    "identity",
    "insult",
    "bye",
    "thanks",
    "praise",
    "greeting",
    "acknowledgement",
];
