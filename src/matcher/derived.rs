//! The kinds of question derived from a question's words and from each entry's own text
//! rather than curated in `gives`: a date or a year, what came of an event, who wrote
//! something, what an abbreviation stands for, whether something was done, how long something
//! has gone on. Each is a bit beside the [`QuestionKind`] bits; an entry gives it when its quote
//! shows it (a date it states, an event not still to come, a writer it names, an abbreviation
//! it spells out, a deed not only offered or wanted, a span of time).

use super::asked::holds_any;
use super::stop_words::LEADING_FILLERS;
use crate::knowledge::QuestionKind;
use crate::text::is_han;

/// A bit beside the [`QuestionKind`] bits: the question asks for a date or a year ("in what
/// year", "в каком году", "哪一年"), not just when ("recently", "under Obama" answer "when"
/// but not this). Not curated: an entry gives it when its quote states one ([`states_a_date`]).
pub(super) const ASKS_A_DATE: u16 = 1 << 7;

/// A bit beside the [`QuestionKind`] bits: the question asks what came of an event ("what did
/// Biden and Putin agree on at the summit?", "о чем договорились", "达成了什么"). Not curated:
/// every entry gives it but one about an event still to come when the article was written
/// ([`tells_of_an_event_to_come`]), whose outcome the article cannot know.
pub(super) const ASKS_AN_OUTCOME: u16 = 1 << 8;

/// Whether a question asks what came of an event, in the past: not what the author expects
/// of it ("what will come out of the summit?", "чего ожидать", "会取得什么"). One pass over the
/// words: this is read for every question.
pub(super) fn asks_an_outcome(normalized: &str, words: &[&str]) -> bool {
    let (mut outcome, mut outcome_if_past, mut past, mut forecast) = (false, false, false, false);
    let (mut signing, mut what) = (false, false);
    for word in words {
        match *word {
            "agreed"
            | "decided"
            | "achieved"
            | "accomplished"
            | "resulted"
            | "produced"
            | "happened"
            // "what came out of that summit?"
            | "came"
            | "discussed"
            | "договорились"
            | "обсуждали"
            | "обсудили"
            | "решили"
            | "достигли"
            | "итог"
            | "итоги"
            | "результат"
            | "результаты" => outcome = true,
            "agree" | "decide" | "achieve" | "outcome" | "outcomes" | "result" | "results"
            | "come"
            | "produce"
            // What was said at it: "what did they talk about at that meeting?"
            | "discuss"
            | "talk"
            | "agreeing"
            | "deciding"
            // "what were they discussing at that meeting?"
            | "discussing"
            | "talking"
            // "what agreements did they reach?"
            | "reach" => outcome_if_past = true,
            // What came of it on paper ("what agreements did they sign at the summit?"), not
            // when or where it was signed.
            "sign" | "signed" | "подписали" | "подписал" | "подписаны" => signing = true,
            "what" | "which" | "какие" | "какой" | "какое" | "что" => what = true,
            "did" | "has" | "have" | "had" | "was" | "were" => past = true,
            "will" | "would" | "expect" | "expects" | "expected" | "ожидать" | "ожидает"
            | "будет" | "будут" => forecast = true,
            _ => {}
        }
    }
    let chinese = || {
        let markers = [
            "达成了",
            "谈成",
            "取得了",
            "结果如何",
            "什么结果",
            "结果是什么",
            "结果怎么样",
            "成果",
            "谈了什么",
            "讨论了什么",
            "签署了什么",
            "签了什么",
            "签订了什么",
        ];
        holds_any(normalized, &markers)
    };
    let signed_in_the_past =
        words.iter().any(|word| matches!(*word, "signed" | "подписали" | "подписал" | "подписаны"));
    let outcome = outcome || signing && what && (past || signed_in_the_past);
    if forecast || !(outcome || outcome_if_past && past || chinese()) {
        return false;
    }
    // "会" (will), but not the 会 of 峰会 (summit), 会晤, 会谈, 会面, 会见 (meeting, talks) or
    // 会议 (conference).
    let will = normalized.match_indices('会').any(|(at, mark)| {
        let after = &normalized[at + mark.len()..];
        !normalized[..at].ends_with('峰')
            && !["晤", "谈", "面", "见", "议"].iter().any(|m| after.starts_with(m))
    });
    !will && !["将", "预计", "期待", "指望"].iter().any(|marker| normalized.contains(marker))
}

/// A bit beside the [`QuestionKind`] bits: the question asks who wrote something ("who wrote
/// the op-ed?", "кто автор статьи", "文章的作者是谁"), a person's name. Not curated: an entry
/// gives it when it reports the words of someone it names (the article names no author of its
/// own, nor of the Washington Post op-ed).
pub(super) const ASKS_AN_AUTHOR: u16 = 1 << 9;

/// A bit beside the [`QuestionKind`] bits: the question asks what an abbreviation stands for
/// ("what does BRICS stand for?", "как расшифровывается ОДКБ", "上合组织的全称"). Not curated: an
/// entry gives it when its quote spells one out, "... Organization (SCO)" ([`spells_out`]).
pub(super) const ASKS_AN_EXPANSION: u16 = 1 << 10;

/// A bit beside the [`QuestionKind`] bits: a yes/no question whether something was done ("did
/// Turkey buy them?", "has the US rejoined the deal?"). Not curated: an entry whose quote only
/// reports that it was offered, wanted or advised does not give it ([`reports_an_intention`]).
pub(super) const ASKS_WHETHER_DONE: u16 = 1 << 11;

/// Whether a question asks, yes or no, whether something was done: it opens with "did", "has"
/// or "have", and asks no one's words or intentions ("did Mearsheimer recommend ...?", "did
/// Russia offer ...?" ask what the article reports).
pub(super) fn asks_whether_it_was_done(words: &[&str]) -> bool {
    const REPORTED: &[&str] = &[
        "say",
        "said",
        "tell",
        "told",
        "argue",
        "argued",
        "claim",
        "claimed",
        "think",
        "thought",
        "believe",
        "write",
        "wrote",
        "mention",
        "mentioned",
        "suggest",
        "suggested",
        "call",
        "called",
        "describe",
        "described",
        "warn",
        "warned",
        "predict",
        "predicted",
        "expect",
        "expected",
        "admit",
        "admitted",
        "concede",
        "conceded",
        "accuse",
        "accused",
        "stress",
        "stressed",
        "note",
        "noted",
        "recommend",
        "recommended",
        "advise",
        "advised",
        "offer",
        "offered",
        "propose",
        "proposed",
        "urge",
        "urged",
        "plan",
        "planned",
        "intend",
        "intended",
        "want",
        "wanted",
        "hope",
        "hoped",
        "seek",
        "sought",
        "promise",
        "promised",
        "try",
        "tried",
        "agree",
        "agreed",
        "express",
        "expressed",
        "declare",
        "declared",
    ];
    let opening = words.iter().position(|word| !LEADING_FILLERS.contains(word));
    let Some(opening) = opening else { return false };
    // A noun of reporting is none of the question's reporting: "did Turkey accept the offer?",
    // "... Russia's offer of jets?" ask whether the offer was taken up. (Unless a light verb
    // makes it one: "did Russia make an offer?")
    const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "its", "their", "his", "her"];
    const LIGHT_VERBS: &[&str] = &["make", "made", "give", "gave", "put"];
    let noun = |at: usize| {
        let light = words[at.saturating_sub(2)..at].iter().any(|word| LIGHT_VERBS.contains(word));
        !light
            && (at > 0 && DETERMINERS.contains(&words[at - 1]) || words.get(at + 1) == Some(&"of"))
    };
    // Agreeing to a deed is doing it, for whether it was done: "did Turkey agree to buy them?"
    let agrees_to_a_deed = |at: usize| {
        // ("did Iran agree to go back to the deal?": going back is returning.)
        let back =
            |verb: &&str| matches!(*verb, "go" | "come") && words.get(at + 3) == Some(&"back");
        matches!(words[at], "agree" | "agreed")
            && words.get(at + 1) == Some(&"to")
            && words.get(at + 2).is_some_and(|deed| DEEDS.contains(deed) || back(deed))
    };
    let reports = || {
        (0..words.len())
            .any(|at| REPORTED.contains(&words[at]) && !noun(at) && !agrees_to_a_deed(at))
    };
    let english = matches!(words[opening], "did" | "has" | "have" | "had") && !reports();
    english || asks_in_russian_whether_done(&words[opening..])
}

/// Deeds a yes/no question may ask whether someone did ("did Georgia ever join NATO?"): the
/// article answers only if the entry says the deed itself, not only who wanted or discussed it.
const DEEDS: &[&str] = &[
    "join",
    "rejoin",
    "return",
    "buy",
    "purchase",
    "accept",
    "ratify",
    "attend",
    "win",
    "invade",
    "annex",
    "expel",
    "veto",
    "recognize",
    "recognise",
    "respond",
    "reply",
    "retaliate",
    "apologize",
    "apologise",
];

/// Events a question may ask the date of ("when did the Soviet Union collapse?"): only an
/// entry saying the event gives its date. Not deeds of a yes/no question, where they name a
/// time more often than they are asked ("did Russia keep its seat after the Soviet collapse?").
const DATED_EVENTS: &[&str] = &["collapse", "dissolve", "leave", "withdraw", "quit", "exit"];

/// The deed of a yes/no question whether something was done, among [`DEEDS`], or of a
/// question asking its date (`dated`), among those and [`DATED_EVENTS`].
pub(super) fn deed_asked(words: &[&str], dated: bool) -> Option<&'static str> {
    let events = if dated { DATED_EVENTS } else { &[] };
    words.iter().find_map(|word| DEEDS.iter().chain(events).find(|deed| *deed == word).copied())
}

/// Acts whose doer a question may ask ("who signed the doctrine?"): an entry that names the
/// thing done but not the act (the doctrine's content) does not say who did it.
const ACTS_OF_A_DOER: &[&str] = &[
    "signed",
    "ratified",
    "approved",
    "adopted",
    "drafted",
    "founded",
    "negotiated",
    "hosted",
    "organized",
    "organised",
    "invented",
];

/// Acts of heading something ("who runs Rosatom?"): only an entry naming a director, a head
/// or a chief says who runs it, not one naming only the thing run.
const ACTS_OF_A_HEAD: &[&str] = &["runs", "ran", "heads", "headed", "directs", "chairs", "chaired"];

/// The act of "who signed the doctrine?", among [`ACTS_OF_A_DOER`], right after "who"; for an
/// act of heading ("who runs it?"), the word an entry must say: "director" (or a synonym).
/// Unless the question offers its own answers ("who runs the alliance, Russia or China?"): it
/// asks which of them, not a head by name.
pub(super) fn doer_asked(words: &[&str]) -> Option<&'static str> {
    let offers_answers = words.contains(&"or");
    match words {
        ["who", act, ..] if ACTS_OF_A_HEAD.contains(act) && offers_answers => None,
        ["who", act, ..] if ACTS_OF_A_HEAD.contains(act) => Some("director"),
        ["who", act, ..] => ACTS_OF_A_DOER.iter().find(|known| *known == act).copied(),
        _ => None,
    }
}

/// [`DEEDS`] in Russian (stems: "вступ" covers вступит, вступила, вступить) and Chinese, each
/// with the English deed an entry must say.
const DEEDS_IN_RU_OR_ZH: &[(&str, &str)] = &[
    ("вступ", "join"),
    ("加入", "join"),
    ("купи", "buy"),
    ("купят", "buy"),
    ("покупа", "buy"),
    ("购买", "buy"),
    ("买下", "buy"),
    ("ратифиц", "ratify"),
    ("批准", "ratify"),
    ("вторг", "invade"),
    ("入侵", "invade"),
    ("аннекс", "annex"),
    ("吞并", "annex"),
    ("出席", "attend"),
];

/// [`DATED_EVENTS`] in Russian and Chinese.
const DATED_EVENTS_IN_RU_OR_ZH: &[(&str, &str)] = &[("распа", "collapse"), ("解体", "collapse")];

/// Whether a Russian or Chinese question asks whether or when a deed is or will be done
/// ("Вступит ли Украина в НАТО?", "Когда Грузия вступит ...", "格鲁吉亚会加入北约吗？",
/// "什么时候加入"), and which: the English deed an entry must say to answer it.
pub(super) fn deed_asked_in_ru_or_zh(
    normalized: &str,
    words: &[&str],
    dated: bool,
) -> Option<&'static str> {
    // (A date asked, "в каком году", "哪一年", is read already: `dated`.)
    let asks_whether_or_when = dated
        || words.iter().any(|word| matches!(*word, "ли" | "когда"))
        || holds_any(normalized, &["吗", "什么时候", "何时", "是否", "会不会", "有没有", "将"]);
    // Whether it is wanted or planned is another question ("Хочет ли Грузия вступить в НАТО?"),
    // as in English.
    const WANTED: &[&str] = &["хоч", "хот", "стрем", "план", "намер", "собира", "готов"];
    let wanted = words.iter().any(|word| WANTED.iter().any(|stem| word.starts_with(stem)))
        || holds_any(normalized, CHINESE_REPORTED);
    if !asks_whether_or_when || wanted {
        return None;
    }
    let events = if dated { DATED_EVENTS_IN_RU_OR_ZH } else { &[] };
    DEEDS_IN_RU_OR_ZH.iter().chain(events).find_map(|(marker, deed)| {
        // Chinese is not split into words.
        let said = if marker.chars().all(is_han) {
            normalized.contains(marker)
        } else {
            words.iter().any(|word| word.starts_with(marker))
        };
        said.then_some(*deed)
    })
}

/// The Chinese "美国重新加入伊朗核协议了吗？": "了吗" or "了没有" asks whether something was
/// done, unless the question reports words or intentions ("俄罗斯提议出售战机了吗？").
pub(super) fn asks_in_chinese_whether_done(normalized: &str) -> bool {
    // ("了没" also opens "了没有".)
    holds_any(normalized, &["了吗", "了没"]) && !holds_any(normalized, CHINESE_REPORTED)
}

/// Chinese verbs of saying, wanting or intending: a question holding one asks what was said
/// or wanted, not whether it was done.
const CHINESE_REPORTED: &[&str] = &[
    "说", "提议", "建议", "表示", "认为", "希望", "打算", "计划", "承诺", "同意", "呼吁", "主张",
    "预测", "预言", "指责", "警告", "提到", "提出", "声称", "强调", "想要", "愿意", "想",
];

/// The Russian "Купила ли Турция ...?", "Вернулись ли США ...?": a verb in the past tense
/// before "ли" asks whether it was done, unless it reports words or intentions ("Предложила ли
/// Россия ...?", "Сказал ли он ...?"), which the article reports.
fn asks_in_russian_whether_done(words: &[&str]) -> bool {
    // Stems: "предлож" covers предложил, предложила, предложили.
    const REPORTED: &[&str] = &[
        "сказа",
        "заяв",
        "предлож",
        "рекомендова",
        "совет",
        "обеща",
        "хоте",
        "планирова",
        "пыта",
        "соглас",
        "договори",
        "призна",
        "предупрежда",
        "утвержда",
        "назва",
        "говори",
        "писа",
        "упомина",
        "упомяну",
        "отмети",
        "подчеркну",
        "счита",
        "дума",
        "ожида",
        "предсказа",
        "обвини",
        "стреми",
        "намерева",
    ];
    // Deeds agreed to ("согласилась ли Турция купить ...?"), as in English.
    const RUSSIAN_DEEDS: &[&str] =
        &["купить", "приобрести", "вступить", "принять", "присоединиться"];
    let [verb, "ли", rest @ ..] = words else { return false };
    let past = ["л", "ла", "ло", "ли", "лся", "лась", "лось", "лись"];
    let agrees_to_a_deed =
        verb.starts_with("соглас") && rest.iter().any(|w| RUSSIAN_DEEDS.contains(w));
    past.iter().any(|ending| verb.ends_with(ending))
        && (agrees_to_a_deed || !REPORTED.iter().any(|stem| verb.starts_with(stem)))
}

/// Whether an entry's quote reports something only as offered, wanted, advised or aimed at ("Moscow
/// also offered to sell these jets to ... Turkey", "Biden's declared interest in rejoining"):
/// whether it was done, the article does not say.
pub(super) fn reports_an_intention(quote: &str) -> bool {
    const MARKERS: &[&str] = &[
        "offered to",
        "interest in",
        "recommended",
        "proposed",
        "urged",
        "called for",
        "plans to",
        "intends to",
        "hopes to",
        "seek to",
        "promised to",
        "wants to",
        // An aim, whether it was reached: "aim to build a lunar space station", "preventing
        // Tehran from obtaining nuclear weapons".
        "aim to",
        "preventing",
    ];
    let quote = quote.to_lowercase();
    MARKERS.iter().any(|marker| quote.contains(marker))
}

/// Whether a question asks what an abbreviation stands for.
pub(super) fn asks_an_expansion(normalized: &str, words: &[&str]) -> bool {
    // One pass over the words, as this is read for every question.
    let english = words.ends_with(&["stand", "for"])
        || words.ends_with(&["stands", "for"])
        || words.iter().enumerate().any(|(at, word)| match *word {
            "acronym" | "acronyms" | "abbreviation" | "abbreviations" => true,
            "for" => at > 0 && words[at - 1] == "short",
            _ => false,
        });
    if english || normalized.is_ascii() {
        return english;
    }
    let russian =
        words.iter().any(|word| word.starts_with("расшифр") || word.starts_with("аббревиатур"));
    russian || holds_any(normalized, &["全称", "缩写", "代表什么"])
}

/// Whether an entry's quote spells out an abbreviation: a capitalised name and, in
/// parentheses, its capitals ("the Shanghai Cooperation Organization (SCO)").
pub(super) fn spells_out(quote: &str) -> bool {
    quote.split('(').skip(1).any(|after| {
        after.split_once(')').is_some_and(|(inside, _)| {
            (2..=6).contains(&inside.len()) && inside.chars().all(|c| c.is_ascii_uppercase())
        })
    })
}

/// Whether a question asks who wrote a text.
pub(super) fn asks_who_wrote(normalized: &str, words: &[&str], kinds: u16) -> bool {
    // Writing, not "the author": "who does the author cite?" asks whom the author cites.
    if holds_any(normalized, &["谁"]) {
        return holds_any(normalized, &["作者是谁", "写的", "撰写", "谁写"]);
    }
    // The author's name: "作者叫什么名字", "как зовут автора", "имя автора".
    // (Not "作者提到的组织叫什么名字", the name of what the author mentions.)
    let chinese = ["作者叫", "作者的名字", "作者名字", "作者姓名", "作者的姓名", "作者是哪位"];
    if holds_any(normalized, &chinese) {
        return true;
    }
    let of_the_author = |word: &&str| word.starts_with("автор");
    if words.iter().any(of_the_author)
        && words.iter().any(|word| matches!(*word, "зовут" | "имя" | "фамилия" | "фамилию"))
    {
        return true;
    }
    // "кто автор колонки?", "кто является автором?" (not "кто, по мнению автора, ...").
    let russian_identity = || {
        let author_at = |at: usize| words.get(at).is_some_and(|word| word.starts_with("автор"));
        words.iter().enumerate().any(|(at, word)| {
            *word == "кто"
                && (author_at(at + 1)
                    || words.get(at + 1) == Some(&"является") && author_at(at + 2))
        })
    };
    if !normalized.is_ascii() && russian_identity() {
        return true;
    }
    // Or the author's identity: "who is the author?", "what's the author's name?".
    let identity =
        words.windows(4).any(|w| matches!(w, ["who", "is" | "s" | "was", "the", "author"]))
            || words.windows(2).any(|w| matches!(w, ["author" | "authors", "name"]))
            || words.windows(3).any(|w| matches!(w, ["author", "s", "name"]))
            || words.windows(4).any(|w| matches!(w, ["name", "of", "the", "author"]));
    if identity {
        return true;
    }
    let who = kinds & QuestionKind::Who.bit() != 0 || words.contains(&"кто");
    // Writing about something asks who discussed it, not who wrote a text ("who wrote about
    // that?" after the op-ed's point: the op-ed).
    let about = |at: usize| matches!(words.get(at), Some(&("about" | "о" | "об" | "про")));
    who && words.iter().enumerate().any(|(at, word)| {
        matches!(
            *word,
            "wrote"
                | "write"
                | "writes"
                | "written"
                | "authored"
                | "penned"
                | "написал"
                | "написала"
                | "написали"
        ) && !about(at + 1)
    })
}

/// Whether an entry's quote is a credit line ("Credit: Ramil Sitdikov/Sputnik ..."): it names
/// who made the work, so it answers who its author is ("кто автор снимка?").
pub(super) fn credits_an_author(quote: &str) -> bool {
    quote.get(..7).is_some_and(|opening| opening.eq_ignore_ascii_case("credit:"))
}

/// Whether an entry's quote tells of an event still to come when the article was written ("the
/// Biden-Putin summit this week"), or of the moment before one ("shake hands prior to their
/// talks"): either way it cannot tell what came of it.
pub(super) fn tells_of_an_event_to_come(quote: &str) -> bool {
    // The markers are ASCII: folding ASCII alone finds them, without Unicode's case tables.
    let quote = quote.to_ascii_lowercase();
    ["this week", "next week", "upcoming", "prior to", "ahead of", "on the eve of"]
        .iter()
        .any(|when| quote.contains(when))
}

/// A bit beside the [`QuestionKind`] bits: the question asks how long something has gone on
/// ("how long have ties been worsening?"). Not curated: an entry gives it when its quote states
/// a span of time ([`states_a_span`]: "since the 1990s", "over the past three decades"); a
/// date alone ("in 2014") tells when, not for how long.
pub(super) const ASKS_A_DURATION: u16 = 1 << 13;

/// Whether a text states a span of time: a start ("since the 1990s"), or a count of years,
/// decades or centuries ("three decades", "70 years"). Read at index time for every entry.
pub(super) fn states_a_span(text: &str) -> bool {
    const UNITS: &[&str] = &["year", "years", "decade", "decades", "century", "centuries"];
    const COUNTS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty",
        "several", "many", "few",
    ];
    let mut previous = "";
    text.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).any(|word| {
        let counted = UNITS.iter().any(|unit| word.eq_ignore_ascii_case(unit))
            && (!previous.is_empty() && previous.bytes().all(|b| b.is_ascii_digit())
                || COUNTS.iter().any(|count| previous.eq_ignore_ascii_case(count)));
        let since = word.eq_ignore_ascii_case("since");
        previous = word;
        counted || since
    })
}

/// A bit beside the [`QuestionKind`] bits: the question asks the day something happened ("what
/// exact date was the call?", "какого числа ...?", "哪一天 ...?"). Not curated: an entry gives
/// it when its quote states a day of a month ([`states_a_day`]); "late December" or "2019"
/// tells when, not which day.
pub(super) const ASKS_A_DAY: u16 = 1 << 14;

/// Whether a question asks the day something happened: "exact (precise, specific) date or
/// day", "what (which) date"; in Russian "какого числа", "точная дата", "какая дата"; in
/// Chinese "几号", "具体日期", "什么日期". Not "what day", "哪天", "в какой день", which
/// readers ask as "when" ("late December" answers them).
pub(super) fn asks_for_a_day(normalized: &str, words: &[&str]) -> bool {
    const PARTICULAR: &[&str] = &["exact", "precise", "specific", "actual", "particular"];
    const CHINESE: &[&str] = &["几号", "几月几日", "具体日期", "确切日期", "什么日期", "哪个日期"];
    // Most questions name no day nor date: a look at each word's first letters rules them out.
    let ascii = normalized.is_ascii();
    if ascii && !words.iter().any(|word| word.starts_with("da")) {
        return false;
    }
    let asks = words.windows(2).any(|pair| match *pair {
        [which, "date"] => PARTICULAR.contains(&which) || matches!(which, "what" | "which"),
        [which, "day"] => PARTICULAR.contains(&which),
        [which, noun] => {
            which == "какого" && noun == "числа"
                || which.starts_with("точн") && noun.starts_with("дат")
                || matches!(which, "какой" | "какую" | "какая") && noun.starts_with("дат")
        }
        _ => false,
    });
    asks || !ascii && holds_any(normalized, CHINESE)
}

/// A bit beside the [`QuestionKind`] bits: the question asks the year something happened
/// ("what year was the call?", "в каком году ...?", "哪一年 ...?"). Not curated: an entry gives
/// it when its quote states a year ([`years_stated`]); "late December" or "this year" tells
/// when, not which year.
pub(super) const ASKS_A_YEAR: u16 = 1 << 15;

/// Whether a question asks the year something happened: "what (which) year", "in what year";
/// in Russian "в каком году", "какой год"; in Chinese "哪一年", "哪年", "什么年份". Not "this year"
/// nor "how many years".
pub(super) fn asks_for_a_year(normalized: &str, words: &[&str]) -> bool {
    const CHINESE: &[&str] = &["哪一年", "哪年", "什么年份", "哪个年份", "几几年"];
    if !normalized.is_ascii() && holds_any(normalized, CHINESE) {
        return true;
    }
    words.windows(2).any(|pair| match *pair {
        [which, "year"] => matches!(which, "what" | "which" | "wat"),
        [which, year] => matches!(which, "каком" | "какой") && matches!(year, "году" | "год"),
        _ => false,
    })
}

/// The months, as a date names them.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether a text states a day of a month ("November 12, 2019", "12 November"). Read at index
/// time for every entry.
pub(super) fn states_a_day(text: &str) -> bool {
    let day = |word: &str| word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit());
    let month = |word: &str| MONTHS.iter().any(|month| word.eq_ignore_ascii_case(month));
    let mut previous = "";
    text.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).any(|word| {
        let dated = month(previous) && day(word) || day(previous) && month(word);
        previous = word;
        dated
    })
}

/// The bit of a year (1800-2099, digits alone) in a set of years: its own for 2000-2030,
/// where the article's years lie, one shared for the rest; 0 for a word that is no year.
pub(super) fn year_bit(word: &str) -> u32 {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return 0;
    }
    match word.parse::<u16>() {
        Ok(year @ 2000..=2030) => 1 << (year - 2000),
        Ok(1800..=2099) => 1 << 31,
        _ => 0,
    }
}

/// The years a text states ([`year_bit`]s). Read at index time for every entry's quote.
pub(super) fn years_stated(text: &str) -> u32 {
    text.split(|c: char| !c.is_ascii_digit()).fold(0, |years, word| years | year_bit(word))
}

/// Whether an entry answers a question asking for a date: its quote states one, or its
/// answer is about the date ([`is_about_the_date`]).
pub(super) fn answers_a_date(quote: &str, answer: &str) -> bool {
    states_a_date(quote) || is_about_the_date(answer)
}

/// Whether an entry's answer is about the date ("The article gives no publication date"): it
/// answers which date, or year, even stating none.
pub(super) fn is_about_the_date(answer: &str) -> bool {
    answer.to_ascii_lowercase().contains(" date")
}

/// Whether a text states a date: a year (1800-2099) or a decade ("the 1990s"), a century or
/// a month. Read at index time for every entry, so without allocating.
pub(super) fn states_a_date(text: &str) -> bool {
    // ("may" is more often the verb.)
    let month =
        |word: &str| MONTHS.iter().any(|month| *month != "may" && word.eq_ignore_ascii_case(month));
    text.split(|c: char| !c.is_alphanumeric()).any(|word| {
        let digits = word.strip_suffix('s').unwrap_or(word);
        let year = digits.len() == 4
            && digits.bytes().all(|b| b.is_ascii_digit())
            && ["18", "19", "20"].iter().any(|century| digits.starts_with(century));
        year || word.eq_ignore_ascii_case("century") || month(word)
    })
}

/// Whether "caused" (`words[at]`) asks an effect: "caused by", or a perfect tense ("has that
/// caused ...?"), unless "what" asks it straight away ("what has caused ...?").
pub(super) fn brought_about(words: &[&str], at: usize) -> bool {
    if words.get(at + 1) == Some(&"by") {
        return true;
    }
    let before = &words[..at];
    let perfect = |word: &&str| matches!(*word, "has" | "have" | "had" | "hasnt" | "havent");
    match before.iter().rposition(perfect) {
        Some(at) => !(at + 1 == before.len() && at >= 1 && before[at - 1] == "what"),
        None => false,
    }
}
