//! Words of the follow-ups answered by a fixed phrase (`leads.rs`): concessions, posts,
//! what else, doing things together, elaborating on a point, asking why.

/// Openings that ask whether what was said holds in spite of something ("even with covid?").
pub(super) const CONCESSIONS: &[&str] = &[
    "even with",
    "even during",
    "even in",
    "even amid",
    "even after",
    "even despite",
    "despite",
    "in spite of",
    "even though",
    "несмотря на",
    "даже несмотря на",
    "даже с",
    "даже при",
    "даже во время",
    "即使",
    "尽管",
];

/// Openings asking for something besides what was just answered ("what else does Trenin
/// argue?", "anything else they're planning together?"), longest first.
pub(super) const ELSE_LEADS: &[&str] = &["is there anything else", "anything else", "what else"];

/// Words for doing something together, which name no matter of their own ("anything else
/// they're planning together?").
pub(super) const JOINT_DOINGS: &[&str] = &[
    "together",
    "jointly",
    "planning",
    "plan",
    "plans",
    "planned",
    "work",
    "working",
    "do",
    "doing",
    "cooperate",
    "cooperating",
    "collaborate",
    "collaborating",
    "build",
    "building",
    "making",
    "make",
    "agree",
    "agreed",
    "share",
    "both",
    "two",
    "sides",
    "countries",
];

/// Words asking someone's post ("what was his job at the time?").
pub(super) const POSTS: &[&str] = &[
    "job",
    "post",
    "position",
    "title",
    "role",
    "office",
    "occupation",
    "rank",
    "должность",
    "пост",
    "работа",
];

/// Words asking to elaborate on one of the points just counted ("explain the second one").
pub(super) const ELABORATE: &[&str] = &[
    "explain",
    "elaborate",
    "expand",
    "more",
    "detail",
    "details",
    "tell",
    "me",
    "on",
    "unpack",
    "clarify",
    "describe",
    "further",
    "please",
    "pls",
    "can",
    "could",
    "you",
    "go",
    "into",
    "объясни",
    "объясните",
    "подробнее",
    "расскажи",
    "расскажите",
    "о",
    "об",
    "про",
    "поясни",
];
/// Words asking whether something belongs to a body ("does china belong?", "is china in those
/// groups?"): asked of a quote that says who is in it, they ask nothing besides the name.
pub(super) const MEMBERSHIP: &[&str] = &[
    "belong",
    "belongs",
    "member",
    "members",
    "membership",
    "part",
    "join",
    "joined",
    "include",
    "includes",
    "included",
    "group",
    "groups",
    "bloc",
    "blocs",
    "вступил",
    "входит",
    "член",
];
/// Words by which a quote says who is in a body ("which do not include China").
pub(super) const MEMBERS_SAID: &[&str] =
    &["include", "includes", "including", "member", "members", "membership"];

/// Whole messages asking what follows from what was just said ("so what?"): the point the
/// article makes of it.
pub(super) const SO_WHAT: &[&str] = &[
    "so what",
    "so",
    "and so",
    "and so what",
    "what of it",
    "so what of it",
    "and what of it",
    "и что",
    "ну и что",
    "и что с того",
    "и что из этого",
    "所以呢",
    "那又怎样",
    "那又如何",
    "那又怎么样",
];

/// Words asking whether something is all there is ("is it just business?").
pub(super) const ONLY: &[&str] = &["just", "only", "purely", "merely", "solely", "simply"];

/// What goes beyond words, as an alternative to them ("just rhetoric or actual policy?").
pub(super) const BEYOND_WORDS: &[&str] = &[
    "policy",
    "policies",
    "official",
    "officially",
    "real",
    "actual",
    "serious",
    "action",
    "actions",
    "deeds",
    "practice",
    "substance",
    "concrete",
];

/// Whole messages asking how what was just said was done or happens ("how?", "in what way?").
pub(super) const HOW: &[&str] = &[
    "how",
    "how exactly",
    "how precisely",
    "in what way",
    "in what ways",
    "by what means",
    "how did they do that",
    "how did they do it",
    "how do they do that",
    "how did it",
    "как",
    "каким образом",
    "怎么",
    "如何",
];

/// Words setting something aside in a follow-up ("anything besides nuclear?").
pub(super) const BESIDES: &[&str] =
    &["besides", "apart", "except", "aside", "beyond", "кроме", "除了"];

/// Whole messages asking what came next ("and then?").
pub(super) const THEN: &[&str] = &[
    "and then",
    "then what",
    "what then",
    "and after that",
    "what happened then",
    "what happened next",
    "what happened after that",
    "and then what happened",
    "then what happened",
    "and what happened then",
    "and what happened next",
    "what happened afterwards",
    "what came next",
    "what next",
    "and next",
    "after that",
    "а потом",
    "что было потом",
    "что было дальше",
    "然后呢",
    "后来呢",
];

/// Whole messages asking what something was done for ("to what end?"), and the words by which
/// a quote says it ("... take appropriate actions to ensure their survival"): then the quote
/// tells it.
pub(super) const PURPOSE_OF_AN_ACT: &[&str] = &[
    "to what end",
    "for what purpose",
    "to what purpose",
    "with what aim",
    "with what goal",
    "what for",
];
/// Whole messages asking what something is for, of advice its purpose (see [`PURPOSE`]),
/// else its reason (they are in [`WHY`] too).
pub(super) const AIM_ASKED: &[&str] = &["whats the point", "what is the point", "whats the goal"];
/// Verbs of what advice would achieve, asked yes or no ("would it solve everything?").
pub(super) const EFFECT_VERBS: &[&str] =
    &["solve", "fix", "help", "work", "end", "resolve", "change", "improve", "matter"];
pub(super) const STATES_A_PURPOSE: &[&str] = &["to ensure", "in order to", "so as to", "aimed at"];

/// Whole messages that ask why about what was just said.
pub(super) const WHY: &[&str] = &[
    "why",
    "why so",
    "why is that",
    "why was that",
    "how so",
    "how come",
    "why not",
    "what for",
    "for what reason",
    "but why",
    "and why",
    "why exactly",
    // What something was done for: its reason ("to what end?" after what Moscow tried).
    "to what end",
    "for what purpose",
    "to what purpose",
    "with what aim",
    "with what goal",
    "whats the point",
    "what is the point",
    "what was the point",
    "whats the goal",
    "what was the goal",
    "what was the aim",
    "whats the reason",
    "what is the reason",
    // The grounds of what was just said: "what's the reasoning?". (Not "the logic": the
    // realist logic is an entry of its own.)
    "whats the reasoning",
    "what is the reasoning",
    "whats the rationale",
    "what is the rationale",
    "on what grounds",
    "on what basis",
    "based on what",
    "what are the grounds",
    "why is it",
    "why would that be",
    // Asking the bot for its grounds: the reason the article gives for what was just said.
    "why do you say that",
    "why do you say so",
    "why do you think so",
    "why do you think that",
    "why would you say that",
    "why do u say that",
    "why do u say so",
    "why do u think so",
    "why do u think that",
    "what makes you say that",
    "what makes you say so",
    "what makes you think so",
    "what makes you think that",
    "почему ты так думаешь",
    "почему ты так считаешь",
    "почему ты так говоришь",
    "почему вы так думаете",
    "почему вы так считаете",
    "为什么这么说",
    "你为什么这么说",
    "为什么这样说",
    // Why something failed: "what went wrong?" after attempts to improve the ties.
    "what went wrong",
    "so what went wrong",
    "what went wrong then",
    "what was the problem",
    // Chat shorthand: "y?", "y not".
    "y",
    "y not",
    "but y",
    "and y",
    "почему",
    "а почему",
    "и почему",
    "почему так",
    "зачем",
    "а зачем",
    "с чего бы",
    "по какой причине",
    "в чем причина",
    "为什么",
    "为什么呢",
    "为啥",
    "为啥呢",
    "怎么会",
    "原因呢",
    "什么原因",
];

/// Nouns naming the article's own words: a message of these and of words that only ask for
/// them ("quote again pls", "which paragraph?") asks for the current quote. ("source?" asks
/// whose claim it is, which the quote may not say: "the seam" is the op-ed's word.)
pub(super) const QUOTE_NOUNS: &[&str] = &[
    "quote",
    "quotes",
    "quotation",
    "quotations",
    "citation",
    "passage",
    "excerpt",
    "original",
    "paragraph",
    "цитата",
    "цитату",
    "цитаты",
    "цитатой",
    "процитируй",
    "процитируйте",
    "источник",
    "абзац",
    "абзаце",
    "отрывок",
    "фрагмент",
];
/// Nouns of wording, which ask for the quote beside a word of exactness or of repeating ("his
/// exact words", "the words again"), not alone ("in other words").
pub(super) const WORDING_NOUNS: &[&str] =
    &["words", "word", "wording", "text", "line", "lines", "слова", "текст"];
/// Words asking for something again ("quote again pls", "повтори цитату").
pub(super) const AGAIN: &[&str] =
    &["again", "repeat", "once", "more", "снова", "ещё", "еще", "раз", "повтори", "повторите"];
/// Words that only ask for what the quote nouns name, or say where it is ("can u give me the
/// exact quote again", "the whole thing", "where in the article?", "цитату можно?").
pub(super) const QUOTE_REQUEST_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "pls",
    "plz",
    "please",
    "what",
    "whats",
    "s",
    "is",
    "was",
    "were",
    "can",
    "could",
    "would",
    "will",
    "u",
    "you",
    "i",
    "me",
    "give",
    "show",
    "send",
    "see",
    "get",
    "got",
    "have",
    "paste",
    "share",
    "whole",
    "thing",
    "entire",
    "in",
    "from",
    "of",
    "on",
    "for",
    "that",
    "this",
    "it",
    "article",
    "any",
    "there",
    "where",
    "wheres",
    "which",
    "does",
    "do",
    "say",
    "says",
    "written",
    "just",
    "one",
    "time",
    "its",
    "а",
    "можно",
    "покажи",
    "покажите",
    "дай",
    "дайте",
    "пожалуйста",
    "пж",
    "точную",
    "точные",
    "полную",
    "полностью",
    "целиком",
    "эту",
    "это",
    "где",
    "сказано",
    "написано",
    "в",
    "статье",
    "какой",
    "каком",
    "из",
    "мне",
    "там",
    "есть",
    "ли",
    "приведи",
    "приведите",
];
/// Chinese words for the article's own words ("原文是什么？", "出处呢？").
pub(super) const CHINESE_QUOTE_NOUNS: &[&str] =
    &["原文", "原话", "原句", "引文", "引语", "引用", "出处", "哪一段", "哪段", "第几段", "段落"];
/// The characters that only ask for them in Chinese ("请再给我看一下原文", "原文是什么").
pub(super) const CHINESE_QUOTE_REQUEST: &str =
    "请再给我看发一下的是什么呢吗吧哪第几把那这个句完整全部说能可以你呀啊遍次出来显示在文章里";

/// What joins the items of a list in a quote ("... and ...", "such as ...").
pub(super) const JOINTS: &[&str] = &[" and ", ", and", " or ", " such as "];

/// Messages asking whether what was just told achieved its aim ("did it work?"), read with the
/// words of `INSISTING` aside ("did it actually work?").
pub(super) const SUCCESS_ASKED: &[&str] = &[
    "did it work",
    "did that work",
    "did this work",
    "did they work",
    "has it worked",
    "did it succeed",
    "did that succeed",
    "did they succeed",
    "was it successful",
    "was that successful",
    "were they successful",
    "did it pay off",
    "did that pay off",
    "any success",
    "сработало",
    "это сработало",
    "получилось",
    "成功了吗",
];
/// Words of trying: a quote saying something happened despite them says they failed.
pub(super) const ATTEMPTS: &[&str] =
    &["attempt", "attempts", "attempted", "effort", "efforts", "tried", "trying"];
