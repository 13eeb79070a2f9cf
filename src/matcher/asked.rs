//! What a question asks, apart from its terms: the kinds of fact or route from its question
//! words ("who", "when", "в каком году", "为什么"), whether it asks what happened after the
//! article, and the kinds derived from each entry's own text (a date its quote states, an event
//! still to come, a writer it names) that the matcher weighs them against.

use super::author::asks_the_authors_person;
use super::beyond::*;
pub(super) use super::derived::*;
pub(super) use super::specifics::*;
use super::views::{
    chinese_view_holder, says_on_an_event, view_holder, Holder, CHINESE_REACTING, REACTING,
};
use super::*;
use crate::knowledge::QuestionKind;
use crate::text::{is_han, normalize};

/// The first `max_bytes` of `question` (cut at a character), normalised.
fn normalized_prefix(question: &str, max_bytes: usize) -> String {
    normalize(crate::text::prefix(question, max_bytes))
}

/// The words of a normalised text.
fn words_of(normalized: &str) -> Vec<&str> {
    // Sized for a question, then once for the most words a long message can hold (one byte
    // and a separator each): growing by doubling copied it six times.
    let most = normalized.len().div_ceil(2);
    let mut words = Vec::with_capacity(most.min(16));
    for word in normalized.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()) {
        if words.len() == words.capacity() {
            words.reserve_exact(most - words.len());
        }
        words.push(crate::text::standard_spelling(word).unwrap_or(word));
    }
    words
}

/// What a question asks, read once from its first `max_bytes` (as for matching).
#[derive(Default)]
pub(super) struct Reading {
    /// Its kinds ([`QuestionKind::bit`]s, see [`kinds_of`]).
    pub(super) kinds: u16,
    /// Whether it asks what the article cannot know: what happened after it
    /// ([`after_publication_of`]), its own author, the time of day, the reader's own affairs.
    pub(super) beyond_the_article: bool,
    /// Whether it asks why something is as its own words describe it ([`why_of_its_topic`]).
    pub(super) why_of_its_topic: bool,
    /// The deed a yes/no question asks whether someone did ([`deed_asked`]).
    pub(super) deed: Option<&'static str>,
    /// The words naming whose view it asks ("beijing" of "what does Beijing think about
    /// ...?"; see [`super::views::view_holder`]).
    pub(super) view_holder: Holder,
    /// What that view is asked about ("china" of "what did Kerry say about China?").
    pub(super) view_topic: Holder,
    /// Whether the view asked is a reaction ("how did Beijing react to that?").
    pub(super) asks_a_reaction: bool,
    /// The plural noun of "which ...?" ("weapons" of "which weapons did they copy?"; see
    /// [`which_of_a_kind`]).
    pub(super) which_of: Option<String>,
    /// The plural noun of "which ... exactly?" ("projects" of "which energy projects
    /// exactly?"; see [`noun_of_specifics`]).
    pub(super) specifics_of: Option<String>,
}

pub(super) fn read_asked(question: &str, max_bytes: usize) -> Reading {
    read_normalized(&normalized_prefix(question, max_bytes))
}

/// [`read_asked`] of a question already cut and normalised (the matcher normalises it once for
/// this and for its terms).
pub(super) fn read_normalized(normalized: &str) -> Reading {
    let words = words_of(normalized);
    let mut kinds = kinds_of(normalized, &words);
    // A question that names a date itself ("when did the 2001 treaty get signed?") is not
    // short of one.
    let when = kinds & QuestionKind::When.bit() != 0 && !states_a_date(normalized);
    if when && dates_an_event(normalized, &words) {
        kinds |= ASKS_A_DATE;
    }
    if asks_for_a_day(normalized, &words) {
        kinds |= ASKS_A_DAY;
    }
    if asks_for_a_year(normalized, &words) {
        kinds |= ASKS_A_YEAR;
    }
    if asks_an_outcome(normalized, &words) {
        kinds |= ASKS_AN_OUTCOME;
    }
    if asks_an_expansion(normalized, &words) {
        kinds |= ASKS_AN_EXPANSION;
    }
    let whether_done = asks_whether_it_was_done(&words);
    if whether_done || asks_in_chinese_whether_done(normalized) {
        kinds |= ASKS_WHETHER_DONE;
    }
    // "will Georgia ever join NATO?", "when will Ukraine join NATO?" ask it of the future:
    // only an entry saying the deed (a prediction of it) answers.
    // Not "who will join together to balance China?", which asks who.
    let will = matches!(words.as_slice(), ["will", ..] | ["when", "will", ..]);
    // "In which year did the Soviet Union collapse?" dates a deed: only an entry saying it
    // gives its date, not one naming the Soviet Union and another date.
    let dated = kinds & ASKS_A_DATE != 0;
    // "who signed the doctrine?": the doer of an act, which only an entry saying it names.
    let deed = (whether_done || will || dated)
        .then(|| deed_asked(&words, dated))
        .flatten()
        .or_else(|| doer_asked(&words))
        .or_else(|| {
            (!normalized.is_ascii())
                .then(|| deed_asked_in_ru_or_zh(normalized, &words, dated))
                .flatten()
        });
    if asks_for_specifics(&words)
        || !normalized.is_ascii() && asks_for_specifics_in_ru_or_zh(normalized, &words)
    {
        kinds |= ASKS_SPECIFICS;
    }
    let who_wrote = asks_who_wrote(normalized, &words, kinds);
    if who_wrote {
        kinds |= ASKS_AN_AUTHOR;
    }
    // The article's own author, whom it does not name ("who is the author of this article?"):
    // entries reporting someone's words give the author of those, not of the article.
    let the_articles_author =
        who_wrote && (words.contains(&"article") || names_the_article_in_ru_or_zh(normalized));
    let present_age = kinds & QuestionKind::Age.bit() != 0 && asks_the_present(normalized, &words);
    // ... or where the next one is ("where will the next BRICS summit be held?"; not "where
    // do they go next?", which asks what the article advises).
    let next_one = || {
        words.windows(2).any(|pair| pair[0] == "next" && !pair[1].starts_with("step"))
            || !normalized.is_ascii() && asks_the_next_time(normalized, &words)
    };
    // ... or its date without a question word ("putin xi next meeting date?").
    let a_date_named = || words.iter().any(|word| matches!(*word, "date" | "dates" | "day"));
    let next_time = kinds & QuestionKind::When.bit() != 0 && asks_the_next_time(normalized, &words)
        || kinds & QuestionKind::Where.bit() != 0 && next_one()
        || a_date_named() && next_one();
    let beyond = present_age
        || next_time
        || after_publication_of(normalized, &words)
        || the_articles_author
        || asks_the_clock(&words)
        || about_the_reader(&words)
        || asks_the_bots_own_view(normalized, &words)
        || asks_other_texts(normalized, &words)
        || asks_travel_or_shopping_advice(&words)
        || asks_what_someone_does_now(normalized, &words)
        || asks_who_holds_an_office_now(normalized, &words, kinds)
        || asks_a_career_beyond_the_post(&words)
        || asks_when_a_tenure_ended(&words)
        || asks_the_authors_person(normalized, &words)
        || asks_for_the_members(normalized, &words);
    let why_of_its_topic = why_of_its_topic(normalized, &words, kinds);
    let chinese = !normalized.is_ascii() && normalized.chars().any(is_han);
    let (view_holder, view_topic) =
        if chinese { chinese_view_holder(normalized) } else { view_holder(&words) };
    // A reaction to something done ("how did ..."), not a stance held ("how does Russia react
    // to China's rise?"). (Looked for only when a view is asked, which few questions do.)
    let asks_a_reaction = view_holder.words().next().is_some()
        && if chinese {
            CHINESE_REACTING.iter().any(|verb| normalized.contains(verb))
        } else {
            words.contains(&"did")
                && (words.iter().any(|word| REACTING.contains(word)) || says_on_an_event(&words))
        };
    Reading {
        kinds,
        beyond_the_article: beyond,
        why_of_its_topic,
        view_holder,
        view_topic,
        deed,
        asks_a_reaction,
        which_of: which_of_a_kind(&words),
        specifics_of: (kinds & ASKS_SPECIFICS != 0).then(|| noun_of_specifics(&words)).flatten(),
    }
}

/// Whether a why-question asks the reason of what its own words describe ("why are US-Russia
/// relations so bad?"), which the entry describing it may name in its curated `why`. Not when
/// it points back ("why does Moscow care about it?": what "it" is, only the conversation
/// knows), asks why the article tells something ("why is Tajikistan mentioned?"), or compares
/// ("why is Beijing more careful than Moscow?").
fn why_of_its_topic(normalized: &str, words: &[&str], kinds: u16) -> bool {
    const POINTING_BACK: &[&str] =
        &["it", "its", "that", "this", "they", "them", "he", "him", "his", "she", "her"];
    const ABOUT_THE_TELLING: &[&str] = &[
        "mention",
        "mentioned",
        "mentions",
        "cite",
        "cited",
        "cites",
        "discuss",
        "discussed",
        "discusses",
        "article",
        "author",
        "writer",
        "brought",
        "example",
        "than",
        "упоминается",
        "упоминает",
        "статье",
        "статья",
        "автор",
        "приводит",
        "пример",
    ];
    kinds & QuestionKind::Why.bit() != 0
        && !words
            .iter()
            .any(|word| POINTING_BACK.contains(word) || ABOUT_THE_TELLING.contains(word))
        && (normalized.is_ascii()
            || !["文章", "作者", "提到", "比"].iter().any(|marker| normalized.contains(marker)))
}

/// Whether a text names the article in Russian or Chinese ("статья", "Статья", "СТАТЬЯ" and
/// their cases; "文章", "本文"), normalised or not: searched as it is, since normalising a long
/// message only for this cost more than the rest of its reading.
pub(super) fn names_the_article_in_ru_or_zh(text: &str) -> bool {
    let bytes = text.as_bytes();
    ["тать", "ТАТЬ", "文章", "本文"]
        .iter()
        .any(|noun| memchr::memmem::find(bytes, noun.as_bytes()).is_some())
}

/// Whether a "when" question asks the date of an event ("when did Lavrov become foreign
/// minister?", "когда Макфол стал послом", "王毅什么时候当上外长"): a date, not "recently" or
/// "under Obama", which answer other "when"s.
fn dates_an_event(normalized: &str, words: &[&str]) -> bool {
    const EVENTS: &[&str] = &[
        "become",
        "became",
        "appointed",
        "elected",
        "born",
        "died",
        "founded",
        "established",
        "created",
        "launched",
        "signed",
        "start",
        "started",
        "begin",
        "began",
        "end",
        "ended",
        "стал",
        "стала",
        "стали",
        "назначен",
        "назначена",
        "назначили",
        "избран",
        "избрали",
        "родился",
        "родилась",
        "основан",
        "основана",
        "основали",
        "создан",
        "создана",
        "создали",
        "подписан",
        "подписана",
        "подписали",
        "начал",
        "начала",
        "началась",
        "закончилась",
        "закончился",
        // Closing down: a date, not the pandemic's closing of the border "early on".
        "closed",
        "collapse",
        "collapsed",
        "dissolved",
        "disbanded",
        // Leaving a deal or a place ("when did the US leave that deal?"), which the article
        // names without a date.
        "leave",
        "withdraw",
        "withdrew",
        "quit",
        "exit",
        "exited",
        "закрылся",
        "закрылась",
        "закрыли",
        "распался",
        "распалась",
        // Saying something ("when did he say that?"): the date of the words, which a quote
        // gives only by stating one ("in 2015", "in late December").
        "say",
        "said",
        "write",
        "wrote",
        "argue",
        "argued",
        "predict",
        "predicted",
    ];
    const CHINESE_EVENTS: &[&str] = &[
        "当上", "成为", "上任", "出生", "成立", "签署", "签订", "开始", "结束", "关闭", "解散",
        "倒闭",
    ];
    words.iter().any(|word| EVENTS.contains(word)) || holds_any(normalized, CHINESE_EVENTS)
}

/// Auxiliaries before "cause" that make it a verb of effects ("what did it cause?").
const EFFECT_AUXILIARIES: &[&str] =
    &["did", "does", "do", "will", "would", "could", "can", "might", "may"];

/// Verbs that make "where" ask in what respect two sides compare ("where do their views
/// overlap?", "where do they part ways?").
const COMPARING: &[&str] = &[
    "differ",
    "differs",
    "diverge",
    "diverges",
    "disagree",
    "disagrees",
    "agree",
    "agrees",
    "overlap",
    "overlaps",
    "converge",
    "converges",
    "coincide",
    "coincides",
    "clash",
    "clashes",
    "align",
    "aligns",
    "split",
];

/// Verbs that make "where" or "what place" ask a rank, not a location ("what place does NATO
/// hold among its grievances?", "where does NATO rank?").
const RANKING: &[&str] = &["rank", "ranks", "ranked", "hold", "holds", "occupy", "occupies"];

/// Forms of "to be", which after "how long" ask a length, not a span of time.
const BE: &[&str] = &["is", "are", "was", "were", "s"];

/// The words after which chat's "y" is "why".
const CHAT_WHY_FOLLOWERS: &[&str] = &[
    "does", "do", "did", "is", "are", "was", "were", "would", "should", "can", "could", "not",
    "doesnt", "dont", "didnt", "isnt", "arent", "wont", "cant",
];

/// The kinds a normalised question asks, from its question words: the word it opens with
/// (who, when, where, why), and phrases anywhere ("how many", "what year", "should").
fn kinds_of(normalized: &str, words: &[&str]) -> u16 {
    let opening = words.iter().position(|word| !LEADING_FILLERS.contains(word)).unwrap_or(0);
    // "by whom?", "with whom?", "from where?": the question word after a preposition opens it.
    let opening = match (words.get(opening).copied(), words.get(opening + 1).copied()) {
        (
            Some("by" | "with" | "to" | "from" | "for" | "until" | "till"),
            Some("whom" | "who" | "whose" | "when" | "where"),
        ) => opening + 1,
        _ => opening,
    };
    // Looked for only after "where" or "what place", which few questions hold.
    let ranks = || words.iter().any(|word| RANKING.contains(word));
    let mut kinds = match words.get(opening).copied() {
        Some("who" | "whom" | "whose") => QuestionKind::Who.bit(),
        Some("when") => QuestionKind::When.bit(),
        // "where do they differ?" asks in what, not at which place.
        Some("where")
            if !ranks()
                && !words.iter().any(|word| COMPARING.contains(word))
                && !super::wording::asks_where_in_the_text(words) =>
        {
            QuestionKind::Where.bit()
        }
        Some("why") => QuestionKind::Why.bit(),
        // Chat's "y" before an auxiliary: "y does that matter", "y is china careful?".
        Some("y")
            if words.get(opening + 1).is_some_and(|next| CHAT_WHY_FOLLOWERS.contains(next)) =>
        {
            QuestionKind::Why.bit()
        }
        _ => 0,
    };
    for (i, pair) in words.windows(2).enumerate() {
        kinds |= match (pair[0], pair[1]) {
            ("how", "much") if asks_a_degree(&words[i + 2..]) => 0,
            ("how", "many" | "much") | ("number", "of") => QuestionKind::HowMany.bit(),
            // "any numbers on that?", "figures for it?": a figure, as "how many?" asks.
            ("any" | "the", "numbers" | "figures" | "statistics" | "stats")
            | ("numbers" | "figures" | "statistics" | "stats", "on" | "for") => {
                QuestionKind::HowMany.bit()
            }
            // "what percentage of Russians ...?", "what share of trade ...?": a figure.
            ("what" | "which", "percentage" | "percent" | "proportion" | "share" | "fraction")
            | ("percentage" | "proportion", "of") => QuestionKind::HowMany.bit(),
            // "how old is the photo?" asks its date; "how old is Putin?" an age.
            ("how", "old") if ages_a_thing(&words[i + 2..]) => QuestionKind::When.bit(),
            ("how", "old") => QuestionKind::Age.bit(),
            ("what" | "which", "year" | "years" | "date" | "month" | "day") => {
                QuestionKind::When.bit() | ASKS_A_DATE
            }
            ("since", "when") => QuestionKind::When.bit(),
            ("how", "long") if asks_a_duration(normalized) => {
                QuestionKind::When.bit() | ASKS_A_DURATION
            }
            // "how long is the border?", "how far is Moscow from Beijing?": a length, a figure.
            ("how", "long" | "far" | "tall" | "wide" | "deep")
                if words.get(i + 2).is_some_and(|next| BE.contains(next)) =>
            {
                QuestionKind::HowMany.bit()
            }
            ("what" | "which", "place") if ranks() => 0,
            ("what" | "which", "city" | "place" | "province" | "university")
            | ("what" | "which", "region" | "regions" | "continent") => QuestionKind::Where.bit(),
            // "in which part of the world?" asks where as "in which region?" does ("in that
            // part of the world" names one).
            ("what" | "which", "part" | "parts")
                if words[i + 2..].starts_with(&["of", "the", "world"]) =>
            {
                QuestionKind::Where.bit()
            }
            // "in what period?", "in which era?": when, though no date.
            ("what" | "which", "period" | "era") => QuestionKind::When.bit(),
            (
                "what" | "which",
                "country" | "countries" | "states" | "people" | "person" | "organisation"
                | "organisations" | "organization" | "organizations",
            ) => QuestionKind::Who.bit(),
            ("what", "for") if pair == &words[words.len() - 2..] => QuestionKind::Why.bit(),
            ("point", "of") | ("purpose", "of") | ("goal", "of") | ("aim", "of") => {
                QuestionKind::Why.bit()
            }
            _ => 0,
        };
    }
    kinds |= russian_kinds(words) | chinese_kinds(normalized);
    for (i, word) in words.iter().enumerate() {
        kinds |= match *word {
            "should" | "ought" | "recommend" | "recommends" | "recommended" | "recommendation"
            | "advice" | "advise" | "advises" => QuestionKind::Should.bit(),
            // "what problems did the pandemic cause?", "problems caused by it" ask effects.
            "cause" if words[..i].iter().any(|w| EFFECT_AUXILIARIES.contains(w)) => 0,
            // So do "has that caused conflict?", "what problems has the pandemic caused?": what
            // it brought about ("what has caused the tension?" asks the cause).
            "caused" if brought_about(words, i) => 0,
            "reason" | "reasons" | "reasoning" | "rationale" | "cause" | "causes" | "caused"
            | "motive" | "motives" => QuestionKind::Why.bit(),
            "age" | "aged" | "born" | "birthday" | "birth" => QuestionKind::Age.bit(),
            // A person's job is who they are ("what's his job?", "какая у него должность?",
            // "in what capacity?").
            "job" | "occupation" | "profession" | "capacity" | "должность" | "профессия" => {
                QuestionKind::Who.bit()
            }
            _ => 0,
        };
    }
    kinds
}

/// Whether the words after "how old" name a thing, not a person: "is the picture at the top",
/// "are those grievances" (a determiner, and no person within the next words), whose age is
/// its date. Not "is Putin", "is he", "is the author"; nor "is this article", whose own entry
/// says it gives no date.
fn ages_a_thing(after: &[&str]) -> bool {
    // People other than the holders of an office ([`OFFICES`]).
    const PERSONS: &[&str] = &[
        "author",
        "writer",
        "leader",
        "scholar",
        "analyst",
        "director",
        "journalist",
        "man",
        "woman",
        "guy",
        "person",
        "expert",
        "professor",
        "researcher",
        "official",
        "diplomat",
        "head",
    ];
    let named = |word: &&str| {
        PERSONS.contains(word)
            || OFFICES.contains(word)
            || ARTICLE_ITSELF.split(' ').any(|itself| itself == *word)
    };
    match after {
        [be, determiner, rest @ ..] => {
            BE.contains(be)
                && matches!(*determiner, "the" | "that" | "this" | "those" | "these" | "its")
                && !rest.iter().take(3).any(named)
        }
        _ => false,
    }
}

/// What "how much" asks of a feeling or a hold ("how much do they trust each other?", "how
/// much influence does Moscow keep?") is a degree, which an entry describes in words, not a
/// number: the words after it, within a few, name no money or amount.
fn asks_a_degree(after: &[&str]) -> bool {
    const DEGREE: &[&str] = &[
        "trust",
        "trusts",
        "distrust",
        "mistrust",
        "confidence",
        "faith",
        "respect",
        "influence",
        "sway",
        "leverage",
        "control",
        "power",
        "matter",
        "matters",
        "care",
        "cares",
        "depend",
        "depends",
        "rely",
        "relies",
        "dependence",
        "reliance",
        "tension",
        "tensions",
        "friction",
        "resentment",
        "suspicion",
        "hostility",
        "rivalry",
        "fear",
        "fears",
        "worry",
        "worries",
        "like",
        "likes",
        "dislike",
        "agree",
        "agrees",
        "differ",
        "differs",
    ];
    const AMOUNTS: &[&str] = &[
        "money", "cost", "costs", "pay", "paid", "price", "spend", "spent", "worth", "dollars",
        "billion", "million", "gas", "oil", "trade", "percent", "tons",
    ];
    let window = &after[..after.len().min(5)];
    window.iter().any(|word| DEGREE.contains(word))
        && !after.iter().any(|word| AMOUNTS.contains(word))
}

/// How many of a Russian question's first words may be the question word ("А скажите, кто
/// ..."): later, "кто" and "где" mostly open a relative clause.
const RUSSIAN_OPENING_WORDS: usize = 3;

/// The kinds a Russian question asks, as [`kinds_of`] reads English.
fn russian_kinds(words: &[&str]) -> u16 {
    let mut kinds = 0;
    for (i, word) in words.iter().enumerate() {
        let opening = i < RUSSIAN_OPENING_WORDS;
        kinds |= match *word {
            "кто" | "кого" | "кем" | "кому" if opening => QuestionKind::Who.bit(),
            "когда" if opening => QuestionKind::When.bit(),
            "где" | "куда" | "откуда" if opening => QuestionKind::Where.bit(),
            "почему" | "зачем" | "отчего" if opening => QuestionKind::Why.bit(),
            // "сколько лет", "сколько ему сейчас лет": an age.
            "сколько" => match words.iter().skip(i + 1).take(3).any(|next| *next == "лет")
            {
                true => QuestionKind::Age.bit(),
                false => QuestionKind::HowMany.bit(),
            },
            "причина" | "причины" | "причиной" | "причину" => {
                QuestionKind::Why.bit()
            }
            "следует"
            | "должны"
            | "должна"
            | "должен"
            | "стоит"
            | "нужно"
            | "рекомендует"
            | "советует"
            | "совет" => QuestionKind::Should.bit(),
            "возраст" => QuestionKind::Age.bit(),
            _ => 0,
        };
    }
    for pair in words.windows(2) {
        // ("к какому году", by which year.)
        if let ("каком" | "какой" | "котором" | "какого" | "какому", "году" | "год" | "года") =
            (pair[0], pair[1])
        {
            kinds |= QuestionKind::When.bit() | ASKS_A_DATE;
        }
        // "какого числа", "какая дата", "в какой день": the day, as "what date".
        if let ("какого" | "какое", "числа" | "число")
        | ("какой", "день")
        | ("какая" | "какой" | "какую", "дата" | "даты" | "дату") = (pair[0], pair[1])
        {
            kinds |= QuestionKind::When.bit() | ASKS_A_DATE;
        }
        if let (
            "каком" | "какой" | "котором",
            "городе" | "город" | "месте" | "провинции" | "области" | "университете",
        ) = (pair[0], pair[1])
        {
            kinds |= QuestionKind::Where.bit();
        }
    }
    kinds
}

/// The kinds a Chinese question asks, from its question words anywhere (Chinese does not move
/// them to the front).
fn chinese_kinds(text: &str) -> u16 {
    if !text.chars().any(is_han) {
        return 0;
    }
    const KINDS: &[(&[&str], QuestionKind)] = &[
        (&["谁"], QuestionKind::Who),
        (
            &["什么时候", "何时", "哪一年", "哪年", "哪一天", "哪天", "几月", "几号"],
            QuestionKind::When,
        ),
        (
            &[
                "哪里",
                "在哪",
                "哪儿",
                "哪个城市",
                "哪座城市",
                "什么城市",
                "什么地方",
                "哪个省",
                "哪所大学",
                "哪个大学",
                "哪个国家的城市",
                "何地",
                "何处",
            ],
            QuestionKind::Where,
        ),
        (&["为什么", "为何", "原因"], QuestionKind::Why),
        (&["多少", "几个"], QuestionKind::HowMany),
        (&["应该", "应当", "建议"], QuestionKind::Should),
        (&["几岁", "多大年纪", "年龄", "出生", "生日"], QuestionKind::Age),
    ];
    let date = ["哪一年", "哪年", "几月", "哪一天", "哪天"].iter().any(|word| text.contains(word));
    KINDS
        .iter()
        .filter(|(words, _)| words.iter().any(|word| text.contains(word)))
        .fold(if date { ASKS_A_DATE } else { 0 }, |kinds, (_, kind)| kinds | kind.bit())
}

/// Nouns that name the kind of fact a question asks ("in which city", "what year", "в каком
/// городе", "哪个城市"), read without it for its topic; also the Russian question words that
/// weigh as words ("когда", "где", as "when" and "where"), which alone name no topic either.
pub(super) const KIND_NOUNS: &str = "city cities town place region regions continent year years \
     date month day period era город городе году числа дата когда где 城市 地方 年份";

/// Whether `word` (one normalised word) is one of [`KIND_NOUNS`].
pub(super) fn is_kind_noun(word: &str) -> bool {
    KIND_NOUNS.split(' ').any(|noun| noun == word)
}

/// Phrases that name the kind of fact asked as a noun does ("in which part of the world?" asks
/// where, as "in which region?" does): their words name no topic.
pub(super) const KIND_PHRASES: &[&str] = &["part of the world", "parts of the world"];

/// Verbs that name no topic: "what happened?" asks about nothing until something says what.
pub(super) const TOPICLESS_VERBS: &str = "happen happens happened happening";

/// English question words that weigh as words ("when" of "when was it written?"), which alone
/// name no topic either: "when?" is asked of what was just said, not of the article's date.
pub(super) const TOPICLESS_QUESTION_WORDS: &str = "when where";

/// Words naming the article itself ("what does the piece say ...?"), whose say is all of it.
pub(super) const ARTICLE_ITSELF: &str = "article piece text story essay статья статье статьи 文章";

/// Words that ask for the main point of something ("what's the main argument of this piece?").
pub(super) const MAIN_POINT: &str = "main point argument thesis claim crux arguing argue";
/// Words that only ask it briefly ("in one line", "in a sentence", "basically").
pub(super) const BRIEFLY: &str = "line sentence brief briefly short basically";

/// Words that ask an age ("how old", "what age", "возраст"): an entry giving one answers them.
pub(super) const AGE_WORDS: &str = "old age aged возраст возраста";

/// Whether a normalised text holds one of `markers`, words of Russian or Chinese: never for an
/// ASCII text, most questions, which skip the searches.
pub(super) fn holds_any(normalized: &str, markers: &[&str]) -> bool {
    !normalized.is_ascii() && markers.iter().any(|marker| normalized.contains(marker))
}
