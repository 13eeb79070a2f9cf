//! The words by which a follow-up asks about who said something: who, whose words, which
//! official, who agrees or disagrees, the source, the author (kept apart from `cues`, as
//! `lead_words` and `smalltalk_words` are; read by `speakers` and `followup`).

/// Words that ask who said something ("who made that argument?", "whose words are these?").
pub(super) const ASKING_WHO: &[&str] =
    &["who", "whos", "whose", "somebody", "someone", "anyone", "anybody"];
/// Nouns for someone in office or public life: "which official said that?" asks who, as "who
/// said that?" does, and asks for someone named, not the article's author.
pub(super) const OFFICE_HOLDERS: &[&str] = &[
    "official",
    "officials",
    "politician",
    "politicians",
    "diplomat",
    "diplomats",
    "minister",
    "ministers",
    "leader",
    "leaders",
    "president",
    "secretary",
    "statesman",
    "spokesman",
    "expert",
    "experts",
    "scholar",
    "scholars",
    "analyst",
    "analysts",
    "specialist",
    "specialists",
    "чиновник",
    "политик",
    "дипломат",
    "министр",
    "лидер",
    "президент",
];
/// Words for taking the other side: "who takes the opposite view?", "does anyone disagree?".
pub(super) const DISAGREEING: &[&str] = &[
    "opposite",
    "disagree",
    "disagrees",
    "disagreed",
    "contrary",
    "opposing",
    "differently",
    "rebut",
    "rebuts",
    "critic",
    "critics",
    "counterargument",
    "objects",
    "objected",
    "возражает",
    "возражал",
    "противоположн",
    "不同意",
    "反对",
];
/// Words for others than the one just quoted, whose agreement a reader may ask about ("do all
/// experts agree?", "is everyone convinced?").
pub(super) const OTHERS: &[&str] = &[
    "all",
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "others",
    "experts",
    "scholars",
    "analysts",
    "commentators",
    "observers",
];
/// Words for saying something, writing among them ("who wrote about that?"). Who wrote a text
/// (the op-ed, the article) is its author, whom the article may not name: the matcher tells
/// that question apart before these are read (`Asked::who_wrote`).
pub(super) const SAYING: &[&str] = &[
    "say",
    "said",
    "says",
    "saying",
    "argue",
    "argued",
    "argues",
    "argument",
    "claim",
    "claimed",
    "claims",
    "stated",
    "explained",
    "mentioned",
    "suggested",
    "wrote",
    "writes",
    "word",
    "words",
    "term",
    "call",
    "called",
    "idea",
    "view",
    "opinion",
    "quote",
    "quoted",
    "statement",
    "point",
    "describe",
    "described",
    "describes",
    "description",
    "termed",
    "dubbed",
    "coined",
    // Who noted a point ("who noted that?").
    "noted",
    "remarked",
    // What a scholar found ("what did he show?"), how someone put it.
    "put",
    "show",
    "showed",
    "shows",
    "shown",
    "find",
    "found",
    "finds",
    "conclude",
    "concluded",
    "concludes",
];
/// Verbs of holding a view: "who thinks that way?" asks whose view it is.
pub(super) const THINKING: &[&str] = &["think", "thinks", "believe", "believes"];
/// Verbs of naming something: "who called it that?" asks who gave it its name.
pub(super) const NAMING: &[&str] = &[
    "call",
    "called",
    "calls",
    "describe",
    "described",
    "describes",
    "termed",
    "dubbed",
    "coined",
];
/// Verbs of saying (of [`SAYING`], not its nouns, which may name a topic: "the call"): asked
/// when or where something was said, they name no topic of their own.
pub(super) const TELLING: &[&str] =
    &["say", "said", "says", "stated", "claimed", "argued", "mentioned", "wrote"];
/// Words asking where what was just said comes from ("what's the source?"): who said it.
pub(super) const SOURCE: &[&str] = &["source", "источник"];
/// Whole messages asking the same ("where's that claim from?").
pub(super) const SOURCE_PHRASES: &[&str] = &[
    "wheres that from",
    "where is that from",
    "wheres that claim from",
    "where is that claim from",
    "where does that come from",
    "where did that come from",
    "where does that claim come from",
    "where did that claim come from",
    "where did you get that",
    "according to whom",
    "according to who",
];
/// Words asking whether someone shares a view ("does the author agree?").
pub(super) const AGREEING: &[&str] = &[
    "agree",
    "agrees",
    "agreed",
    "concur",
    "concurs",
    "share",
    "shares",
    "buy",
    "accept",
    "convinced",
];
/// Words by which a reader names the article's author.
pub(super) const AUTHOR: &[&str] = &["author", "authors", "writer", "writers", "journalist"];
