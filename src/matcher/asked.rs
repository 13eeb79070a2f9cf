//! What a question asks, apart from its terms: the kinds of fact or route from its question
//! words ("who", "when", "в каком году", "为什么"), whether it asks what happened after the
//! article, and the kinds derived from each entry's own text (a date its quote states, an event
//! still to come, a writer it names) that the matcher weighs them against.

use super::author::asks_the_authors_person;
use super::beyond::*;
pub(super) use super::derived::*;
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
    /// ...?"; see [`view_holder`]).
    pub(super) view_holder: Holder,
    /// What that view is asked about ("china" of "what did Kerry say about China?").
    pub(super) view_topic: Holder,
    /// Whether the view asked is a reaction ("how did Beijing react to that?").
    pub(super) asks_a_reaction: bool,
}

/// Up to three short words, kept inline: read for every question, which mostly has none, so
/// it allocates nothing.
#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Holder {
    words: [([u8; Holder::MAX_BYTES], u8); 3],
    len: u8,
}

impl Holder {
    /// Longer words are left out: names are short.
    const MAX_BYTES: usize = 24;

    fn push(&mut self, word: &str) {
        let at = usize::from(self.len);
        // (An empty word holds nothing: "怎么看北约东扩？" names no one before its verb.)
        if !word.is_empty() && word.len() <= Self::MAX_BYTES && at < self.words.len() {
            self.words[at].0[..word.len()].copy_from_slice(word.as_bytes());
            self.words[at].1 = word.len() as u8;
            self.len += 1;
        }
    }

    /// Its words.
    pub(super) fn words(&self) -> impl Iterator<Item = &str> {
        self.words[..usize::from(self.len)]
            .iter()
            .filter_map(|(bytes, len)| std::str::from_utf8(&bytes[..usize::from(*len)]).ok())
    }

    /// Whether `word` is one of its words, or, in Chinese, which has no spaces, part of one.
    pub(super) fn contains(&self, word: &str) -> bool {
        let held = &self.words[..usize::from(self.len)];
        held.iter().any(|(bytes, len)| &bytes[..usize::from(*len)] == word.as_bytes())
            || !word.is_ascii()
                && word.chars().next().is_some_and(is_han)
                && self.words().any(|held| held.contains(word))
    }
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
    }
}

/// Verbs of reacting: a view asked with them ("how did Beijing react to that?") is a reaction
/// to something done ([`Reading::asks_a_reaction`]).
const REACTING: &[&str] = &["reply", "respond", "react"];

/// [`REACTING`] in Chinese ("中国政府如何回应……？").
const CHINESE_REACTING: &[&str] = &["回应", "反应", "回答", "答复"];

/// Whether a view asked is of an event, as its reaction: "what did China say when ...?",
/// "what did they think after ...?".
fn says_on_an_event(words: &[&str]) -> bool {
    words
        .windows(2)
        .any(|pair| matches!(pair, ["say" | "think" | "feel", "when" | "after" | "once"]))
}

/// Whose view a question asks, and about what: the words between "what does" (how do, what
/// did) and a verb of thinking or saying ("what does Beijing officially think about ...?",
/// "how does the EU view ...?"), or before a noun of opinion after "what is" ("what is
/// Brazil's view of ...?"), at most three; and those after "about" (or the noun's "of", "on").
/// None when it asks no view.
fn view_holder(words: &[&str]) -> (Holder, Holder) {
    const VIEWING: &[&str] =
        &["think", "say", "view", "see", "feel", "believe", "make", "regard", "consider"];
    const OPINION: &[&str] = &["view", "views", "opinion", "position", "stance", "take"];
    let none = (Holder::default(), Holder::default());
    // (And the "s" of a possessive: "what is Wang Yi's opinion ...?")
    let articles = |word: &&&str| !matches!(**word, "the" | "a" | "an" | "s");
    if let ["как" | "что", after @ ..] = words {
        return russian_view_holder(after);
    }
    // "does Trenin agree with Mearsheimer that ...?": Trenin's view, of Mearsheimer's. (Not
    // "does Kaczmarski agree that ...?", which asks whether a claim is his own.)
    if let ["does" | "do" | "did", after @ ..] = words {
        let verb = after.iter().take(4).position(|word| *word == "agree");
        if let Some((verb, ["with", named @ ..])) = verb.map(|at| (at, &after[at + 1..])) {
            let (mut holder, mut topic) = none;
            after[..verb].iter().filter(articles).for_each(|word| holder.push(word));
            named.iter().filter(articles).for_each(|word| topic.push(word));
            return (holder, topic);
        }
    }
    let ([first, auxiliary, rest @ ..], true) = (words, words.len() >= 4) else { return none };
    let (at, topic_leads): (usize, &[&str]) = match (*first, *auxiliary) {
        // ("what's" is read "what", "s".)
        ("what", "is" | "was" | "s") => match rest.iter().take(4).position(|w| OPINION.contains(w))
        {
            Some(noun) => (noun, &["of", "on", "about", "towards", "toward"]),
            None => return none,
        },
        ("what" | "how", "does" | "do" | "did") => {
            match rest.iter().take(4).position(|w| VIEWING.contains(w) || REACTING.contains(w)) {
                Some(verb) => (verb, &["about", "of", "on"]),
                None => return none,
            }
        }
        _ => return none,
    };
    let (mut holder, mut topic) = none;
    rest[..at].iter().filter(articles).for_each(|word| holder.push(word));
    if let [lead, named @ ..] = &rest[at + 1..] {
        if topic_leads.contains(lead) {
            named.iter().filter(articles).for_each(|word| topic.push(word));
        }
    }
    // (Not an opinion of something said before, "what is Biden's position on it?": the
    // conversation knows what "it" is, and whose words on it are quoted.)
    let of_an_opinion = matches!(*auxiliary, "is" | "was" | "s");
    if of_an_opinion && topic.words().any(|word| matches!(word, "it" | "that" | "this" | "them")) {
        return none;
    }
    (holder, topic)
}

/// [`view_holder`] of a Russian question, from its second word: "как Си Цзиньпин относится к
/// расширению НАТО?" (how does Xi regard ...), "что Пекин думает о ...?", "что думает Пекин
/// о ...?": the words before the verb of thinking (or between it and the topic's preposition)
/// hold the view, those after the preposition are its topic.
fn russian_view_holder(words: &[&str]) -> (Holder, Holder) {
    const VIEWING: &[&str] =
        &["относ", "дума", "счита", "оценива", "смотр", "говор", "сказа", "пиш", "писа"];
    const TOPIC_LEADS: &[&str] = &["к", "о", "об", "про", "на"];
    let (mut holder, mut topic) = (Holder::default(), Holder::default());
    // (Not "сказаться" (to tell on): "как пандемия сказалась на ...?" asks its effect.)
    let told_on = |word: &str| word.starts_with("сказа") && word.ends_with(['ь', 'я']);
    let viewing = |word: &str| VIEWING.iter().any(|verb| word.starts_with(verb)) && !told_on(word);
    let Some(verb) = words.iter().take(4).position(|word| viewing(word)) else {
        return (holder, topic);
    };
    let lead = words.iter().skip(verb + 1).position(|word| TOPIC_LEADS.contains(word));
    let Some(lead) = lead.map(|at| at + verb + 1) else { return (holder, topic) };
    let named = if verb == 0 { &words[1..lead] } else { &words[..verb] };
    named.iter().for_each(|word| holder.push(word));
    words[lead + 1..].iter().for_each(|word| topic.push(word));
    (holder, topic)
}

/// [`view_holder`] of a Chinese question: "习近平怎么看北约东扩？" (how does Xi see NATO's
/// growth), "王毅对美国撤军有什么看法？" (what view does Wang Yi have of ...): the text before
/// the words of viewing (or before "对", "to") holds the view, the rest is its topic.
fn chinese_view_holder(text: &str) -> (Holder, Holder) {
    const VIEWING: &[&str] = &[
        "怎么看",
        "如何看",
        "怎样看",
        "有什么看法",
        "有何看法",
        "的看法",
        "什么态度",
        "的态度",
        "怎么评价",
        "如何评价",
        "如何回应",
        "怎么回应",
        "怎样回应",
        "如何反应",
        "怎么反应",
        "有何反应",
        "有什么反应",
    ];
    let (mut holder, mut topic) = (Holder::default(), Holder::default());
    let Some((at, verb)) = VIEWING.iter().filter_map(|verb| Some((text.find(verb)?, verb))).min()
    else {
        return (holder, topic);
    };
    let before = &text[..at];
    match before.find('对') {
        Some(to) => {
            holder.push(&before[..to]);
            topic.push(&before[to + '对'.len_utf8()..]);
        }
        None => {
            holder.push(before);
            topic.push(&text[at + verb.len()..]);
        }
    }
    (holder, topic)
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
            // "what percentage of Russians ...?", "what share of trade ...?": a figure.
            ("what" | "which", "percentage" | "percent" | "proportion" | "share" | "fraction")
            | ("percentage" | "proportion", "of") => QuestionKind::HowMany.bit(),
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

/// Words that ask an age ("how old", "what age", "возраст"): an entry giving one answers them.
pub(super) const AGE_WORDS: &str = "old age aged возраст возраста";

/// Whether a normalised text holds one of `markers`, words of Russian or Chinese: never for an
/// ASCII text, most questions, which skip the searches.
pub(super) fn holds_any(normalized: &str, markers: &[&str]) -> bool {
    !normalized.is_ascii() && markers.iter().any(|marker| normalized.contains(marker))
}
