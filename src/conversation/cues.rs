//! The words by which a follow-up points back, continues, corrects or asks for more: data,
//! kept apart from the rules in `followup` that read them (as `matcher::lexicon` is for the
//! matcher).

/// Question words that end a fragment ("against what?").
pub(super) const QUESTION_WORDS: &[&str] =
    &["what", "which", "who", "whom", "where", "when", "why", "how"];

/// What opens a question about what the answer means ("what does it mean in practice?", "in
/// other words?").
pub(super) const MEANING_LEADS: &[&str] = &[
    "what does it mean",
    "what does that mean",
    "what does this mean",
    "meaning what",
    "meaning",
    "in other words",
    "in plain english",
    "in plain words",
    "in simple terms",
    "in simpler terms",
    "simply put",
    "put simply",
];
/// Words that only insist on a question about meaning: "in practice", "exactly", "concretely".
pub(super) const INSISTING: &[&str] = &[
    "in",
    "practice",
    "practical",
    "terms",
    "exactly",
    "concretely",
    "really",
    "actually",
    "basically",
    "then",
    "so",
    "here",
    "though",
    "too",
    "also",
    "either",
    "anyway",
    // "what does that mean, simply?", "... pls"
    "simply",
    "please",
    "pls",
    "plz",
];

/// Prepositions that open a fragment with a question word ("through which organisations?").
pub(super) const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "by",
    "with",
    "through",
    "from",
    "for",
    "against",
    "to",
    "under",
    "via",
    // "since when with NATO?": a time asked as a fragment.
    "since",
    "until",
    "within",
    "inside",
    "among",
    "between",
    "about",
    "regarding",
    "concerning",
];
/// Endings that only insist on a fragment ("about which states in particular?", "which
/// countries do you mean?"): not counted in its length.
pub(super) const INSISTING_ENDINGS: &[&str] =
    &["in particular", "exactly", "specifically", "precisely", "do you mean", "you mean", "though"];
/// Openings that only insist on a fragment ("especially regarding which countries?",
/// "particularly with whom?"): the fragment starts after them.
pub(super) const INSISTING_OPENINGS: &[&str] =
    &["especially", "particularly", "specifically", "notably", "mainly", "mostly", "in particular"];

/// Words asking for someone's saying as it was put ("his exact words?", "what did he say
/// word for word?").
pub(super) const VERBATIM: &[&str] = &[
    "exact",
    "exactly",
    "actual",
    "actually",
    "own",
    "precise",
    "precisely",
    "literal",
    "literally",
    "verbatim",
    "full",
];

/// Words that only ask why ("why", "reason"), not what about. (Chinese, read without spaces,
/// gives no such word of its own.)
pub(super) const WHY_WORDS: &[&str] =
    &["why", "reason", "reasons", "cause", "causes", "explain", "почему", "зачем"];

/// Words that pick the foremost of what was just listed ("which of those matters most?",
/// "which was the biggest one?"): that is what the answer leads to.
pub(super) const FOREMOST: &[&str] = &[
    "most", "biggest", "main", "key", "worst", "largest", "greatest", "primary", "top", "foremost",
    "chief",
];
/// The other words such a question is made of.
pub(super) const FOREMOST_FRAME: &[&str] = &[
    "which",
    "what",
    "whats",
    "one",
    "ones",
    "of",
    "those",
    "them",
    "these",
    "is",
    "was",
    "are",
    "the",
    "matters",
    "matter",
    "mattered",
    "important",
    "crucial",
    "reason",
    "factor",
    "problem",
    "issue",
    "thing",
    "s",
    "then",
    "so",
    "and",
    "among",
];

/// Pronouns of a person.
pub(super) const PERSONAL: &[&str] = &["he", "him", "his", "she", "her", "hers"];

/// Words that refer back to what was just said.
pub(super) const REFERENCES: &[&str] = &[
    "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs",
    "there", "one", "ones", "either", "neither", // Russian
    "он", "она", "оно", "они", "его", "ее", "её", "их", "ему", "ей", "им", "него", "нее", "неё",
    "них", "нему", "ней", "ним", "нём", "нем", "ними", "там", "тот", "та", "те",
];
/// Nouns that ask one party's part in what was said ("and from China's side?").
pub(super) const SIDE_WORDS: &[&str] = &["side", "part", "perspective", "end", "point", "view"];
/// Chinese pronouns, found inside a run of characters: Chinese has no spaces.
/// ("这" and "那" also open "这篇文章", which names its own subject.)
pub(super) const CHINESE_REFERENCES: &[&str] = &["他", "她", "它"];
/// Words that refer back only when they stand alone ("why is that?", "what does this mean"),
/// not before a noun ("this article", "that treaty" name their own subject).
pub(super) const DEMONSTRATIVES: &[&str] = &["that", "this", "those", "these"];
/// Nouns that name no subject of their own, so that a demonstrative before them points back
/// ("which blocs is that country in?", "who made that argument?").
pub(super) const GENERIC_NOUNS: &[&str] = &[
    "country",
    "countries",
    "state",
    "nation",
    "man",
    "guy",
    "dude",
    "fellow",
    "person",
    "woman",
    "lady",
    "people",
    "organisation",
    "organization",
    "group",
    "place",
    "region",
    "city",
    "deal",
    "project",
    "document",
    "idea",
    "claim",
    "argument",
    "point",
    "view",
    "issue",
    "problem",
    "scholar",
    "expert",
    "official",
    "leader",
    "move",
    "step",
    "plan",
];
/// Words after which a demonstrative still stands alone.
pub(super) const AFTER_DEMONSTRATIVE: &[&str] = &[
    "is", "was", "are", "were", "does", "did", "do", "mean", "means", "matter", "matters",
    "happen", "happened", "true", "so", "one", "ones", "about", "for", "again", "exactly", "then",
    "though", "too", "also", "either",
];
/// Nouns after "the same" that only point back ("what did Lavrov say on the same subject?").
pub(super) const SAME_NOUNS: &[&str] =
    &["subject", "topic", "issue", "matter", "question", "thing", "point", "theme"];
/// Words that open a message continuing the last one ("and the foreign ministers?").
pub(super) const CONTINUATIONS: &[&str] =
    &["and", "also", "so", "then", "what about", "how about", "а", "и", "а как же", "а что"];
/// Messages asking what the advice just given is good for ("what good would it do?"): why it is
/// advised, the recommendation's curated reason.
pub(super) const PURPOSE: &[&str] = &[
    "what good would it do",
    "what good would that do",
    "what good will it do",
    "what good will that do",
    "what good does it do",
    "what good does that do",
    "what good is that",
    "what good is it",
];
/// Messages asking whether what was just said is so ("is that true?"), read with the words of
/// [`INSISTING`] aside ("is that really so?"): all the article has on it is the answer's own
/// quote, shown again. ("really?", "is that right?", "是真的吗" are small talk's
/// acknowledgements, read before follow-ups.)
pub(super) const VERIFY: &[&str] = &[
    "is that true",
    "is it true",
    "is this true",
    "is that so",
    "is that correct",
    "is that the case",
    "is that how it works",
    "true",
    "правда",
    "это правда",
    "неужели",
    "правда ли это",
    "真的吗",
    "真的",
];
/// How a passage opens when it contests or qualifies the one before it ("Regardless of this
/// positive rhetoric, some scholars ... point out the shortcomings"; "Despite being 'assigned'
/// the role of security provider, Moscow clearly has sought to diversify"). Not "In contrast"
/// nor "But", which `speakers::other_side` reads as setting one view against another: here
/// the passage must bear on the claim itself ("In contrast, Moscow's relations with the
/// United States ..." turns to another pair of countries).
pub(super) const CONTESTING_OPENINGS: &[&str] =
    &["regardless of", "contrary to", "despite", "however"];
/// Words that only judge what was said ("is that bad?", "is it a big problem?").
pub(super) const JUDGEMENTS: &[&str] = &[
    "bad",
    "good",
    "serious",
    "problem",
    "big",
    "deal",
    "dangerous",
    "worrying",
    "worrisome",
    "alarming",
    "concerning",
    "normal",
    "unusual",
    "surprising",
    "important",
    "significant",
    "new",
    "common",
    "rare",
    "worse",
    "better",
    "ok",
    "okay",
    "fine",
    "unprecedented",
];
/// Endings that only insist ("is it true tho?") or say where the reader asks about, which
/// every follow-up asks about ("did he say anything else in the article?").
pub(super) const CHAT_ENDINGS: &[&str] =
    &["though", "in the article", "in this article", "in the text", "in the piece", "in the story"];
/// Messages asking what the thing just described is called ("is there a name for that?"):
/// the answer that described it names it if the article does ("termed the cooperation a
/// condominium"), and no other entry's words for naming ("what is this article called?") do.
pub(super) const NAME_OF_IT: &[&str] = &[
    "what is it called",
    "what is that called",
    "whats it called",
    "whats that called",
    "what do they call it",
    "what do they call that",
    "what do you call it",
    "what do you call that",
    "is there a name for it",
    "is there a name for that",
    "is there a term for it",
    "is there a term for that",
    "whats the term for it",
    "whats the term for that",
    "what is the term for that",
    "whats the name for it",
    "whats the name for that",
    "как это называется",
    "как это называют",
    "это как-то называется",
    "这叫什么",
    "这个叫什么",
    "这叫什么名字",
];
/// Whole messages asking which ones, of an answer that names them only as a kind ("embedded
/// in official state documents" -> "which ones?"): what it leads to names them.
pub(super) const WHICH_ONES: &[&str] = &[
    "which ones",
    "what ones",
    "which",
    "like which",
    "which of them",
    "which are they",
    "какие",
    "какие именно",
    "какие же",
    "哪些",
    "是哪些",
    "都有哪些",
    "有哪些",
];
/// The words of a message asking for an instance of what was just said ("like what exactly?",
/// "such as?").
pub(super) const LIKE_WHAT: &[&str] =
    &["like", "such", "as", "what", "exactly", "for", "example", "so", "and", "eg", "say"];
/// Words asking for examples of what was just said ("give me concrete examples").
pub(super) const EXAMPLES: &[&str] = &[
    "example",
    "examples",
    "instance",
    "instances",
    "specifics",
    "concretely",
    "пример",
    "примеры",
    "например",
];
/// Words asking for evidence of what was just said ("any proof of that?"): as examples do,
/// unless the quote says it shows itself ("This was evident in ...").
pub(super) const EVIDENCE: &[&str] = &["proof", "evidence", "доказательства", "доказательство"];
/// Words that ask how someone feels about something ("how does Moscow feel about that?").
pub(super) const FEELING_ASKED: &[&str] =
    &["feel", "feels", "feeling", "feelings", "felt", "react", "reacts", "reaction"];
/// Stems of a quote's words that state a feeling ("Russia's increasing fear of inferior
/// status"): how someone feels about what was just said is said in it.
pub(super) const STATES_A_FEELING: &[&str] = &[
    "fear", "resent", "unhappy", "pleased", "worr", "concern", "alarm", "suspic", "distrust",
    "mistrust", "anxi", "humiliat", "hostil", "happy", "anger", "angry", "frustrat", "uneas",
    "wary", "nervous",
];
/// Phrases asking what else the answer holds ("what else?", "anything else?"): of an answer
/// whose quote joins several things, the rest of that quote, which the short answer may not
/// name.
pub(super) const ELSE_IN_IT: &[&str] = &[
    "what else",
    "anything else",
    "and what else",
    "anything more",
    "what more",
    "what else does it say",
    "what else does it list",
    "what else does it mention",
    "what else is there",
    "anything else there",
    // Of what happened, in words that name nothing of their own.
    "what else happened",
    "what else happen",
    "what else went wrong",
    "anything else happened",
    "anything else went wrong",
    "what else was there",
    // Whether that was all: "only that?", "is that all?".
    "only that",
    "just that",
    "is that all",
    "is that it",
];
/// Words by which a quote gives only part of something ("partially driven by pragmatic
/// business considerations"): what else there is, is in what it leads to.
pub(super) const PARTIAL: &[&str] = &["partially", "partly", "in part"];
/// Ordinals that ask for one item of what was just listed ("and the second one?"), by rank:
/// the quote counts its points in English ("First, ... Second, ...").
pub(super) const ORDINALS: &[(&str, &str)] = &[
    ("first", "first"),
    ("1st", "first"),
    ("первый", "first"),
    ("первая", "first"),
    ("первое", "first"),
    ("第一", "first"),
    ("second", "second"),
    ("2nd", "second"),
    ("второй", "second"),
    ("вторая", "second"),
    ("второе", "second"),
    ("第二", "second"),
    // "the former - can you explain?", "and the latter?": of two points counted.
    ("former", "first"),
    ("latter", "second"),
    ("third", "third"),
    ("3rd", "third"),
    ("третий", "third"),
    ("третье", "third"),
    ("第三", "third"),
];
/// Words that ask for the other of two things just named ("and the other one?"), read in a
/// message of an ordinal's frame words; "the second" too, where no quote counts its points.
pub(super) const THE_OTHER_OF_TWO: &[&str] =
    &["other", "second", "другой", "другая", "другое", "второй", "вторая", "второе"];
/// The words around an ordinal that ask nothing else.
pub(super) const ORDINAL_FRAME: &[&str] = &[
    "what",
    "whats",
    "what's",
    "which",
    "is",
    "was",
    "the",
    "one",
    "and",
    "about",
    "then",
    "point",
    "issue",
    "reason",
    "item",
    "thing",
    "а",
    "какой",
    "какое",
    "какая",
    "что",
    "про",
];
/// Words that ask what something leads to ("what could that lead to?", "consequences?").
pub(super) const CONSEQUENCE: &[&str] = &[
    "lead",
    "leads",
    "result",
    "results",
    "consequence",
    "consequences",
    "effect",
    "effects",
    "implications",
    "repercussions",
    "привести",
    "приведет",
    "последствия",
    "последствиями",
];
/// The words around them that ask nothing else (and point back).
pub(super) const CONSEQUENCE_FRAME: &[&str] = &[
    "what",
    "whats",
    "could",
    "might",
    "would",
    "may",
    "will",
    "can",
    "that",
    "it",
    "this",
    "to",
    "in",
    "be",
    "the",
    "of",
    "are",
    "is",
    "and",
    "so",
    "then",
    "possible",
    "potential",
    "its",
    "their",
    "what's",
    "к",
    "чему",
    "это",
    "может",
    "могут",
    "какие",
    "каковы",
    "а",
    "и",
    "у",
    "этого",
];
/// Words of a quote that state what something may lead to ("might inhibit future
/// cooperation"): what "what could that lead to?" asks is said in it.
pub(super) const STATES_A_CONSEQUENCE: &[&str] = &[
    "might",
    "could",
    "would",
    "may",
    "will",
    "should",
    "likely",
    "lead",
    "leads",
    "led",
    "result",
    "results",
    "following",
];
/// The words around them that ask nothing else.
pub(super) const EXAMPLES_FRAME: &[&str] = &[
    "give",
    "one",
    "me",
    "us",
    "some",
    "any",
    "an",
    "a",
    "for",
    "concrete",
    "specific",
    "real",
    "please",
    "can",
    "could",
    "you",
    "there",
    "are",
    "is",
    "of",
    "that",
    "this",
    "those",
    "such",
    "provide",
    "show",
    "name",
    "what",
    "whats",
    "the",
    // "who for example?", "like which?": the examples are of people or things.
    "who",
    "whom",
    "which",
    "like",
    "приведи",
    "приведите",
    "конкретные",
    "какие",
    "есть",
    "а",
];
/// Whole messages that ask for more about what was just said.
pub(super) const MORE: &[&str] = &[
    "tell me more",
    "more",
    "go on",
    "more please",
    "more pls",
    "more plz",
    "more info",
    "tell me more please",
    "tell me more pls",
    "what else",
    "anything else",
    "details",
    "more details",
    "elaborate",
    "can you elaborate",
    "please elaborate",
    "explain",
    "explain more",
    "continue",
    "keep going",
    "and",
    "and then",
    // What came after, where the answer leads.
    "and later",
    "later",
    "and after that",
    "after that",
    "then what",
    "what next",
    "and next",
    "what happened next",
    "what happened then",
    "what happened after that",
    "say more",
    "expand",
    "what else does it say",
    "tell me more about it",
    "tell me more about that",
    "more about that",
    "more on that",
    // Asking what it means asks for what the answer leads to ("a condominium" -> the division
    // of labour it names).
    "meaning",
    "meaning what",
    "what does that mean",
    "what does it mean",
    "what does this mean",
    "in what sense",
    // Asked of the bot: what it meant by the answer ("what do u mean?").
    "what do you mean",
    "what do u mean",
    "what do you mean by that",
    "what do u mean by that",
    "what do you mean by this",
    "what do you mean exactly",
    "подробнее",
    "расскажи подробнее",
    "расскажите подробнее",
    "а подробнее",
    "расскажи еще",
    "расскажите еще",
    "еще",
    "а еще",
    "что еще",
    "дальше",
    "продолжай",
    "продолжайте",
    "поясни",
    "что это означает",
    "в смысле",
    "в каком смысле",
    "объясни",
    "详细说说",
    "什么意思",
    "这是什么意思",
    "啥意思",
    "详细点",
    "详细一点",
    "多说点",
    "多说一点",
    "还有呢",
    "还有吗",
    "继续",
    "然后呢",
    "展开说说",
    "具体说说",
];
/// Openings that ask for another item of what was just said ("anything else they agree on?").
pub(super) const ANOTHER_LEADS: &[&str] = &[
    "anything else",
    "what else",
    "something else",
    "any other",
    "what other",
    "which other",
    "что еще",
    "а еще",
    "что-нибудь еще",
    "какие еще",
    "где еще",
];
/// Openings that ask for another person than the one just answered ("who else talked
/// recently?" after the leaders' call).
pub(super) const SOMEONE_ELSE_LEADS: &[&str] =
    &["who else", "anyone else", "anybody else", "кто еще"];
/// Openings that ask for another item than the one just named ("and besides nuclear?"), in a
/// short message: a long one names its own matter ("apart from NATO, what wider issue ...?").
pub(super) const BESIDES_LEADS: &[&str] = &[
    "besides",
    "and besides",
    "apart from",
    "and apart from",
    "aside from",
    "other than",
    "кроме",
    "а кроме",
    "помимо",
    "а помимо",
];
/// Words a message may open with to correct the last answer ("no, I meant the SCO").
/// "back to the CSTO: ..." returns to an earlier subject, which it names, so it is read the same way.
pub(super) const CORRECTIONS: &[&str] = &[
    "sorry i meant",
    "sorry i mean",
    "no i meant",
    "i meant",
    "no i mean",
    "i mean",
    "not that",
    "no",
    "going back to",
    "back to",
];
/// Words that open a question asking why.
pub(super) const WHY_LEADS: &[&str] = &["why", "how come", "how so"];
/// Words by which a fragment of function words asks for a detail ("about what exactly?",
/// "such as?", "like what?").
pub(super) const DETAIL_WORDS: &[&str] = &["what", "which", "such", "like"];
