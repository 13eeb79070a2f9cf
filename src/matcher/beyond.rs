//! Questions the article cannot answer whatever words they share with it: what happened after
//! it was written, who holds an office or a post today, what someone did before or after it,
//! the next time or place of something, the time of day, the reader's own affairs, the bot's own
//! likes and sides. Read from a question's normalised words by `read_asked`.

use super::asked::holds_any;
use super::*;
use crate::knowledge::QuestionKind;

/// Whether a question asks what someone is doing today ("what is McFaul doing these days?",
/// "what is Medvedev's job now?", "чем сейчас занимается Лавров", "王毅现在在做什么"): the article
/// gives what people said and did then. Only an activity with a time of today: "what should
/// they do now?" asks its advice.
pub(super) fn asks_what_someone_does_now(normalized: &str, words: &[&str]) -> bool {
    // "what does McFaul do these days?": a plain "do" asks an activity only with a time that
    // can mean nothing else (not "now": "what do they do now?" may ask what comes next).
    let these_days = words.windows(2).any(|pair| pair == ["these", "days"])
        || words.iter().any(|word| matches!(*word, "nowadays" | "lately" | "последнее"));
    // ... the main verb: after an auxiliary ("what does he do these days?") or right before
    // the time, not the auxiliary of another verb ("how do Putin and Xi rate their
    // partnership these days?").
    let main_do = |at: usize| {
        let time_next = words
            .get(at + 1)
            .is_some_and(|next| matches!(*next, "these" | "nowadays" | "lately" | "now" | "today"));
        time_next || words[..at].iter().any(|word| matches!(*word, "do" | "does" | "did"))
    };
    let doing_at = words.iter().position(|word| *word == "doing").or_else(|| {
        these_days
            .then(|| words.iter().rposition(|word| *word == "do"))
            .flatten()
            .filter(|&at| main_do(at))
    });
    // Not an activity somewhere or about something ("what is Russia doing now in Central
    // Asia?"), which the article describes in its own time.
    let somewhere = doing_at.is_some_and(|at| {
        words[at + 1..].iter().any(|word| matches!(*word, "in" | "about" | "with" | "to" | "on"))
    });
    // Nor advice, asked in a learner's words too ("what should they doing now?").
    const MODALS: &[&str] = &["should", "must", "ought", "could", "need"];
    let advised = doing_at.is_some_and(|at| words[..at].iter().any(|word| MODALS.contains(word)));
    if somewhere || advised {
        return false;
    }
    // Where someone works or teaches today ("where does McFaul teach these days?", "where
    // does he work now?"): the article gives a post of its own time, if any.
    const POSTS: &[&str] = &["work", "works", "teach", "teaches", "lecture", "lectures", "live"];
    let post = words.first() == Some(&"where") && words.iter().any(|word| POSTS.contains(word));
    // Someone's job today ("what is Medvedev's job now?"): a person's, not a role ("what is
    // Russia's role now?"), which the article describes in its own time.
    const JOBS: &[&str] = &["job", "jobs", "occupation", "profession", "employer"];
    let job = words.iter().any(|word| JOBS.contains(word));
    let activity = doing_at.is_some()
        || post
        || job
        || words.iter().any(|word| matches!(*word, "занимается" | "занят"))
        // ("what is he up to now?", not "which has Russia refused up to now?": a span of
        // time, with the perfect.)
        || words.windows(2).enumerate().any(|(at, pair)| {
            // (Read only at "up to": a whole-message search per pair would be quadratic.)
            let span = || {
                matches!(words.get(at + 2), Some(&("now" | "date")))
                    && words.iter().any(|word| matches!(*word, "has" | "have"))
                    && !words.contains(&"been")
            };
            pair == ["up", "to"] && !span() || pair == ["working", "on"]
        })
        || !normalized.is_ascii() && doing_in_chinese(normalized);
    if !activity {
        return false;
    }
    asks_the_present(normalized, words) || these_days || holds_any(normalized, &["最近"])
}

/// Whether a Chinese question asks what someone is doing ("王毅现在在做什么"), not what to do
/// now ("现在做什么", whose "在" is the end of "现在"), nor what is advised ("作者建议……").
fn doing_in_chinese(normalized: &str) -> bool {
    const DOING: &[&str] = &["在做什么", "在干什么", "在忙什么"];
    const ADVISED: &[&str] = &["建议", "应该", "应当", "推荐"];
    let doing = DOING.iter().any(|doing| {
        normalized.match_indices(doing).any(|(at, _)| !normalized[..at].ends_with('现'))
    });
    doing && !ADVISED.iter().any(|advised| normalized.contains(advised))
}

/// Verbs of holding power over a country: who does it today is an office held today.
const GOVERNING: &[&str] = &["runs", "rules", "governs", "управляет", "правит"];
/// Formal offices, as English and Russian words (Chinese ones are found in the text, which has
/// no spaces between words).
pub(super) const OFFICES: &[&str] = &[
    "ambassador",
    "ambassadors",
    "president",
    "minister",
    "premier",
    "secretary",
    "chairman",
    "spokesman",
    "spokesperson",
    "посол",
    "послом",
    "президент",
    "президентом",
    "министр",
    "министром",
    "премьер",
    "генсек",
    "председатель",
];

/// Whether a question asks who holds an office today ("who is the US ambassador to Russia
/// now?", "кто сейчас посол США", "现在的美国驻俄大使是谁"): the article names who held it then.
/// Formal offices only: "who leads the CSTO now?" asks which country, which the article gives.
/// So do the verbs of governing ("who runs Afghanistan now?").
pub(super) fn asks_who_holds_an_office_now(normalized: &str, words: &[&str], kinds: u16) -> bool {
    kinds & QuestionKind::Who.bit() != 0
        && (words.iter().any(|word| OFFICES.contains(word) || GOVERNING.contains(word))
            || holds_any(normalized, &["大使", "总统", "总理", "部长", "外长", "秘书长"]))
        && asks_the_present(normalized, words)
}

/// Whether a question asks what someone did before or after the post the article gives them
/// ("what job did Wang Yi have before becoming foreign minister?", "what did Medvedev do after
/// he stopped being president?"): a career the article does not tell, only the post of its
/// time. An activity, a transition and an office, all three: "what did Russia do after the
/// USSR fell?" asks the article's own story.
pub(super) fn asks_a_career_beyond_the_post(words: &[&str]) -> bool {
    const TRANSITIONS: &[&str] = &[
        "becoming", "became", "become", "being", "stopped", "leaving", "left", "quitting",
        "retiring", "retired",
    ];
    const ACTIVITIES: &[&str] =
        &["do", "did", "does", "doing", "done", "job", "jobs", "work", "worked", "career"];
    // ... or the end of someone's own time in it ("after his term as president ended").
    const TENURES: &[&str] = &["term", "tenure", "presidency", "post"];
    let transition = words.iter().enumerate().any(|(at, word)| {
        let next = || words[at + 1..].iter().take(3);
        let own_tenure = || {
            words[at + 1..].windows(2).take(2).any(|pair| {
                matches!(pair[0], "his" | "her" | "their") && TENURES.contains(&pair[1])
            })
        };
        matches!(*word, "before" | "after" | "since")
            && (next().any(|next| TRANSITIONS.contains(next)) || own_tenure())
    });
    transition
        && words.iter().any(|word| ACTIVITIES.contains(word))
        && words.iter().any(|word| {
            OFFICES.contains(word) || matches!(*word, "office" | "presidency" | "post" | "term")
        })
}

/// Whether a question asks when someone's time in office ended ("when did Medvedev's
/// presidency end?"): the article gives the office only at the time of its events.
pub(super) fn asks_when_a_tenure_ended(words: &[&str]) -> bool {
    const TENURES: &[&str] = &["presidency", "tenure", "premiership", "reign"];
    const ENDINGS: &[&str] = &["end", "ended", "ends", "finish", "finished", "over", "expire"];
    words.iter().any(|word| TENURES.contains(word))
        && words.iter().any(|word| ENDINGS.contains(word))
}

/// Whether a question asks which countries an organisation's members are ("which countries
/// are members of the SCO?", "какие страны входят в ШОС?", "上合组织有哪些成员国？"): the
/// article lists no organisation's members, only that one holds Russia, another not China.
/// Not whether one country is a member ("is Tajikistan in the CSTO?"), nor which ones are in
/// both or not in one, nor where Russia has troops ("which countries host Russian troops?").
pub(super) fn asks_for_the_members(normalized: &str, words: &[&str]) -> bool {
    const WHICH: &[&str] = &["which", "what", "list", "name"];
    const COUNTRIES: &[&str] = &["countries", "states", "nations", "members", "member"];
    const MEMBERSHIP: &[&str] = &[
        "members",
        "member",
        "belong",
        "belongs",
        "comprise",
        "comprises",
        "consist",
        "consists",
        "include",
        "includes",
    ];
    const EXCEPT: &[&str] = &["both", "not", "dont", "doesnt", "also", "не", "обе", "оба"];
    // ("which countries make up BRICS?": its members, as "which countries comprise it?")
    let make_up = |pair: &[&str]| matches!(pair, ["make" | "makes" | "made", "up"]);
    let membership =
        words.iter().any(|word| MEMBERSHIP.contains(word)) || words.windows(2).any(make_up);
    // Every English reading below needs a word of membership: most questions stop here.
    if normalized.is_ascii() && !membership || words.iter().any(|word| EXCEPT.contains(word)) {
        return false;
    }
    let which_countries =
        words.windows(2).any(|pair| WHICH.contains(&pair[0]) && COUNTRIES.contains(&pair[1]));
    let who_are_the_members = words.windows(4).any(|four| four == ["who", "are", "the", "members"]);
    // "list every member state of the SCO", "which member states ...?" (not "which NATO
    // member state was offered the jets?": one state, which the article names).
    let member = |nouns: &[&str]| {
        words.windows(2).any(|pair| pair[0] == "member" && nouns.contains(&pair[1]))
    };
    let listing = words.iter().any(|word| matches!(*word, "list" | "all" | "every"));
    let asking = words.iter().any(|word| WHICH.contains(word));
    let member_states = member(&["state", "states", "countries"]) && listing
        || member(&["states", "countries"]) && asking;
    let english = which_countries && membership || who_are_the_members || member_states;
    let russian = words
        .windows(2)
        .any(|pair| matches!(pair, ["какие", "страны" | "государства"] | ["кто", "входит"]))
        && words.iter().any(|word| {
            word.starts_with("вход") || word.starts_with("член") || word.starts_with("состо")
        });
    // (Not "不是" (not one), nor "同时" (both at once).)
    let chinese = !normalized.is_ascii()
        && !normalized.contains('不')
        && !normalized.contains("同时")
        && (normalized.contains("哪些成员")
            || normalized.contains("成员国有哪些")
            || normalized.contains("哪些国家") && normalized.contains("成员")
            || normalized.contains("成员国是哪")
            || ["包括哪些国家", "包含哪些国家", "由哪些国家组成"]
                .iter()
                .any(|m| normalized.contains(m)));
    english || russian || chinese
}

/// Whether a question asks the time of day ("what time is it in Beijing right now?", "который
/// час", "现在几点"): the present moment, which no article gives ("any time soon" is in it).
pub(super) fn asks_the_clock(words: &[&str]) -> bool {
    // ("который сейчас час": a word may come between in Russian.)
    let within_two = |first: &str, second: &str| {
        words.iter().enumerate().any(|(at, word)| {
            *word == first && words[at + 1..].iter().take(2).any(|next| *next == second)
        })
    };
    words.windows(4).any(|w| {
        w == ["what", "time", "is", "it"]
            || w == ["whats", "the", "time", "in"]
            || w == ["what", "is", "the", "time"]
    }) || within_two("который", "час")
        || within_two("сколько", "времени")
        // (A search per word costs; an ASCII word holds no Chinese.)
        || words.iter().any(|word| !word.is_ascii() && word.contains("几点"))
}

/// Whether it asks a traveller's or a shopper's advice ("best places to visit in Tajikistan",
/// "is Brasilia worth visiting?", "what's the best phone to buy this year?", "should I buy
/// ..."): the article gives none, whatever place or thing it names ("phone" of its phone call).
/// Not what a country bought ("which jets did Turkey want to buy?").
pub(super) fn asks_travel_or_shopping_advice(words: &[&str]) -> bool {
    words.windows(3).any(|three| matches!(three, ["places" | "things", "to", "visit" | "see"]))
        || words.windows(2).any(|pair| pair == ["worth", "visiting"])
        || words.contains(&"best") && words.windows(2).any(|pair| pair == ["to", "buy"])
        || words.windows(3).any(|three| matches!(three, ["should" | "can" | "do", "i", "buy"]))
}

/// Whether a question is about the reader's own affairs ("how should I diversify my stock
/// portfolio?", "how do I reset my iPhone?"): the article is about neither.
pub(super) fn about_the_reader(words: &[&str]) -> bool {
    // Not the reader's question or view of the article ("my question: who is Trenin?", "in my
    // opinion ...").
    const ASKING_OR_THINKING: &[&str] = &[
        "question",
        "questions",
        "opinion",
        "view",
        "guess",
        "understanding",
        "impression",
        "point",
        "take",
        "mistake",
        "bad",
        "english",
        "knowledge",
        "reading",
        "mind",
        "thoughts",
        "apologies",
        "curiosity",
    ];
    let possessive = |(i, word): (usize, &&str)| {
        matches!(*word, "my" | "mine")
            && !words.get(i + 1).is_some_and(|next| ASKING_OR_THINKING.contains(next))
    };
    words.iter().enumerate().any(possessive)
        || words
            .windows(3)
            .any(|three| asks_what_the_reader_should_do(three[0], three[1], three[2]))
        || words.windows(2).any(|pair| {
            matches!(
                (pair[0], pair[1]),
                ("мне", "стоит" | "следует" | "нужно" | "надо") | ("стоит" | "следует", "мне")
            )
        })
}

/// Whether a question asks about texts other than the article ("can you summarize other
/// articles?", "другие статьи", "其他文章"): no entry is about them, whatever "summarize" finds.
pub(super) fn asks_other_texts(normalized: &str, words: &[&str]) -> bool {
    let other_texts = |other: &[&str], texts: &[&str]| {
        words.windows(2).any(|pair| other.contains(&pair[0]) && texts.contains(&pair[1]))
    };
    match normalized.is_ascii() {
        true => other_texts(
            &["other", "another", "different"],
            &["article", "articles", "texts", "stories", "books", "papers"],
        ),
        // (Chinese looked for only where "文章", an article, is.)
        false => {
            other_texts(
                &["другие", "другую", "других"],
                &["статьи", "статью", "статей", "тексты", "текстов"],
            ) || normalized.contains("文章")
                && holds_any(normalized, &["其他文章", "其它文章", "别的文章"])
        }
    }
}

/// Whether a question asks the bot's own likes, side or opinion ("whose side are u on?", "do
/// you personally think Putin is a good leader?", "are you pro russia?", "ты за Россию или за
/// Китай?", "你更喜欢普京还是拜登？"): it has none, only the article's. Not a request of it ("can
/// you tell me ...?") nor "what do you think ...", which mostly asks what the article says.
pub(super) fn asks_the_bots_own_view(normalized: &str, words: &[&str]) -> bool {
    const LIKING: &[&str] =
        &["like", "prefer", "support", "favor", "favour", "love", "hate", "root", "back"];
    const HOLDINGS: &[&str] =
        &["opinion", "view", "views", "favorite", "favourite", "side", "position", "stance"];
    let you = |word: &str| matches!(word, "you" | "u" | "ты" | "вы" | "тебе" | "вам");
    let addressed = words.iter().any(|word| you(word));
    // ("как ты сам думаешь": "сам", yourself, is "personally".)
    let personally = addressed
        && words
            .iter()
            .any(|word| matches!(*word, "personally" | "лично" | "сам" | "сама" | "сами"));
    // "whose side are you on?", "на чьей ты стороне?" (not "can you tell me whose side
    // Turkey is on?").
    let side = words.iter().any(|word| matches!(*word, "side" | "стороне"))
        && (words
            .windows(3)
            .any(|three| matches!(three, ["side", "are" | "r" | "do", "you" | "u"]))
            || words.windows(2).any(|pair| {
                matches!(
                    pair,
                    ["you" | "u", "on"]
                        | ["on", "your"]
                        | ["ты" | "вы", "на" | "стороне"]
                        | ["стороне", "ты" | "вы"]
                )
            }));
    let english = words.windows(3).any(|three| match three {
        ["are" | "r", "you" | "u", "for" | "pro" | "against"] => true,
        ["do" | "would" | "did", "you" | "u", verb] => LIKING.contains(verb),
        _ => false,
    }) || words.windows(2).any(|pair| {
        // "ur" is chat's "your" ("ur opinion: ...").
        matches!(pair[0], "your" | "ur") && HOLDINGS.contains(&pair[1])
    });
    let russian = words.windows(2).any(|pair| match pair {
        ["ты" | "вы", "за"] => true,
        ["тебе" | "вам", verb] => verb.starts_with("нрав"),
        ["твое" | "твоё" | "ваше", "мнение"] => true,
        _ => false,
    });
    personally
        || side
        || english
        || russian
        || !normalized.is_ascii()
            && holds_any(
                normalized,
                &[
                    "你更喜欢",
                    "你喜欢",
                    "你支持",
                    "你站在",
                    "你站哪",
                    "你个人",
                    "你的看法",
                    "你的观点",
                    "你偏向",
                ],
            )
}

/// "should I invest ...?", "can I buy ...?": what the reader should do, which the article never
/// advises; but not what the reader should know of the article ("should I trust the author?",
/// "what should I read first?").
pub(super) fn asks_what_the_reader_should_do(modal: &str, subject: &str, verb: &str) -> bool {
    const ABOUT_THE_ARTICLE: &[&str] = &[
        // Requests: "can I get a summary?", "can I have the main point?".
        "get",
        "have",
        "hear",
        "check",
        "look",
        "know",
        "read",
        "ask",
        "understand",
        "find",
        "see",
        "learn",
        "think",
        "believe",
        "trust",
        "expect",
        "say",
        "call",
        "cite",
        "quote",
        // "who should I credit for the photo?": whom the article credits.
        "credit",
        "attribute",
        "use",
        "take",
        "make",
        "interpret",
        "remember",
    ];
    matches!(modal, "should" | "can" | "could" | "shall" | "must" | "do")
        && subject == "i"
        && !ABOUT_THE_ARTICLE.contains(&verb)
}

/// Whether a question says it asks about today ("now", "сейчас", "现在"): an age asked "now"
/// ("how old is he now?") is not the one the article's time gives (NATO's 70 years in 2015).
pub(super) fn asks_the_present(normalized: &str, words: &[&str]) -> bool {
    words.iter().any(|word| {
        matches!(
            *word,
            "now"
                | "today"
                | "current"
                | "currently"
                | "nowadays"
                | "сейчас"
                | "сегодня"
                | "теперь"
                | "ныне"
                | "нынешний"
                | "нынешняя"
                | "нынешнего"
                | "нынешнем"
                | "действующий"
        )
    }) || words.windows(2).any(|pair| pair == ["at", "present"] || pair == ["these", "days"])
        || holds_any(normalized, &["现在", "如今", "目前", "今年", "现任", "当前"])
}

/// Whether a "when" question asks about the next time ("when will they meet next?", "когда
/// следующая встреча", "下一次会面是什么时候"): a date after the article, which it cannot give.
/// Not the next step ("下一步"), which asks what the article recommends.
pub(super) fn asks_the_next_time(normalized: &str, words: &[&str]) -> bool {
    words.iter().any(|word| *word == "next" || word.starts_with("следующ"))
        || holds_any(normalized, &["下一次", "下次", "下一届", "下届"])
}

/// Whether a normalised question asks what happened after the article was written ("did
/// Georgia eventually join NATO?", "has the US rejoined it yet?", "what did they agree on in
/// the end?", "чем закончился саммит", "峰会最后达成了什么"), or whether something still holds
/// today ("is Lavrov still foreign minister today?"): no entry can say, whatever
/// words it shares with it. Only markers of a later outcome count; "since when" and "so far"
/// ask about the article's own time, and "will eventually" about a forecast it reports.
pub(super) fn after_publication_of(normalized: &str, words: &[&str]) -> bool {
    let last = words.last().copied();
    let past = words.first().is_some_and(|first| PAST_AUXILIARIES.contains(first));
    // "what does he expect Russia to do in the end?" asks a forecast the article reports
    // (looked for only after "the end").
    let forecast = || words.iter().any(|word| FORECASTING.contains(word));
    // "at the end of December" is a time, not "in the end".
    let end_of_a_time =
        || words.windows(3).any(|three| three[..2] == ["the", "end"] && three[2] == "of");
    // "the JCPOA mentioned at the end" is a place in the text, not "in the end".
    let end_of_the_text = || super::wording::place_in_the_text(words).is_some();
    // "in the end" of what happened ("did Turkey buy them in the end?", "what happened in the
    // end?") is news; of a present or bare verb ("Russia at the end make alliance with
    // America?") it is the forecast the article reports.
    let told_in_the_past = || {
        words.iter().any(|word| {
            PAST_AUXILIARIES.contains(word)
                || IRREGULAR_PASTS.contains(word)
                || word.len() > 4 && word.ends_with("ed")
        })
    };
    let english = words.windows(2).enumerate().any(|(at, pair)| {
        matches!((pair[0], pair[1]), ("since", "then") | ("ended", "up") | ("by", "now"))
            // "will Iran have a bomb by next year?": a time after the article.
            || pair[0] == "next" && matches!(pair[1], "year" | "month" | "week" | "decade")
            || pair == ["the", "end"]
                && told_in_the_past()
                && !forecast()
                && !end_of_a_time()
                && !end_of_the_text()
            // "did Turkey end up buying them?", not "could Russia end up as the junior
            // partner?" ("what did they end up agreeing?": the auxiliary within two words).
            || pair == ["end", "up"]
                && (past
                    || words[at.saturating_sub(2)..at]
                        .iter()
                        .any(|word| PAST_AUXILIARIES.contains(word)))
    }) || matches!(last, Some("yet" | "since" | "afterwards" | "later")) && past
        // "did the US rejoin the deal later on?"
        || past && words.ends_with(&["later", "on"])
        || past && words.iter().any(|word| matches!(*word, "eventually" | "ultimately"));
    // Russian: "в итоге", "в конце концов" of a past verb ("купила ли Турция в итоге"), not of
    // a forecast ("что в итоге сделает Россия", "в конце концов сделает").
    // (Reflexive too: "чем в итоге закончился саммит".)
    let russian_past = words.iter().any(|word| {
        word.chars().count() > 3
            && ["л", "ла", "ло", "ли", "лся", "лась", "лось", "лись"]
                .iter()
                .any(|end| word.ends_with(end))
    });
    let russian = words.windows(2).any(|pair| {
        let at_the_end =
            pair == ["в", "конце"] && words.windows(2).any(|p| p == ["конце", "концов"]);
        (matches!((pair[0], pair[1]), ("в", "итоге") | ("в", "конечном")) || at_the_end)
            && russian_past
            || pair == ["с", "тех"] && words.windows(2).any(|p| p == ["тех", "пор"])
            || pair[0] == "чем" && (pair[1].starts_with("законч") || pair[1].starts_with("конч"))
    });
    // Chinese: "最终" or "最后" (in the end) or "后来" (later) of something done ("了"), not of a forecast
    // ("最终会", "会不会", "将"; "会" alone is also the 会 of 峰会, summit).
    let chinese = holds_any(normalized, &["最终", "最后", "后来"])
        && normalized.contains('了')
        && !["最终会", "最后会", "会不会", "将"].iter().any(|future| normalized.contains(future));
    // Whether something still holds today ("is he still at Carnegie today?", "Миршаймер сейчас
    // всё ещё преподаёт?"): the present, not the article's time. Both words are needed: "still"
    // alone asks about the article's time too ("why might the Chinese still resent Russia?").
    let has = |options: &[&str]| words.iter().any(|word| options.contains(word));
    // "is Lavrov still foreign minister?", "are they still at Carnegie?": whether a state
    // holds still, asked of the present even without "today".
    let opening = words.iter().find(|word| !LEADING_FILLERS.contains(word));
    // "does he still run the Carnegie center?": someone's post today.
    // ("work" only at or for a place: "do they still work together?" asks of the article's
    // time.)
    let occupation = || {
        words.iter().any(|word| {
            matches!(*word, "run" | "lead" | "head" | "chair" | "direct" | "teach" | "serve")
        }) || words.windows(2).any(|pair| pair[0] == "work" && matches!(pair[1], "at" | "for"))
    };
    // ... of a person: a state that still leads ("does Russia still lead militarily in
    // Central Asia?") holds a role the article describes, asked of its own time.
    let states_its_subject = || {
        let after_opening = words.iter().skip_while(|word| LEADING_FILLERS.contains(word)).nth(1);
        after_opening.is_some_and(|word| STATES_LEADING.contains(word))
    };
    // ... but not a feeling that lingers ("are the Chinese still bitter about history?"): the
    // article tells which feelings persist ("lingering resentment").
    let feeling = words.windows(2).any(|pair| pair[0] == "still" && FEELINGS.contains(&pair[1]));
    // ... and only a post, a membership or a place ("is Russia still part of the G-8?", "are
    // they still at Carnegie?", "is kerry still in government?"): a role the article
    // describes ("is Russia still the main security power there?") is asked of its own time.
    let post_or_place = || {
        has(OFFICES)
            || has(HELD_STILL) && !has(DEGREES_OF_A_ROLE)
            || words.windows(2).any(|pair| pair == ["still", "at"])
    };
    let present = has(&["still"]) && has(&["today", "now", "currently", "nowadays"])
        || has(&["still"])
            && matches!(opening, Some(&"is" | &"are"))
            && !feeling
            && post_or_place()
        || has(&["still"])
            && matches!(opening, Some(&"does" | &"do"))
            && !states_its_subject()
            && occupation()
        || words
            .windows(2)
            .any(|pair| matches!((pair[0], pair[1]), ("все", "еще") | ("до", "сих")))
            && has(&["сейчас", "сегодня", "теперь", "ныне", "нынче"]);
    english || russian || chinese || present
}

/// The states and alliances of the article, as the subject of a role they may still hold.
const STATES_LEADING: &[&str] =
    &["russia", "china", "moscow", "beijing", "washington", "america", "us", "usa", "nato", "west"];

/// What someone may still hold or be in, asked of today ("still a member", "still in
/// government", "still in that job"), besides an office.
const HELD_STILL: &[&str] = &[
    "part",
    "member",
    "members",
    "alive",
    "office",
    "charge",
    "power",
    "government",
    "politics",
    "cabinet",
    "job",
    "post",
    "position",
];

/// Words making what is still held a role of the article's own time ("still the main security
/// power", "still in a strong position").
const DEGREES_OF_A_ROLE: &[&str] =
    &["main", "leading", "dominant", "biggest", "strongest", "strong", "weak"];

/// Feelings a party may still hold, which the article reports as lingering or not.
const FEELINGS: &[&str] = &[
    "bitter",
    "angry",
    "upset",
    "resentful",
    "worried",
    "afraid",
    "scared",
    "wary",
    "suspicious",
    "unhappy",
    "concerned",
    "nervous",
    "annoyed",
    "mad",
];

/// Words of a forecast: what someone expects to happen is theirs to say, however late.
pub(super) const FORECASTING: &[&str] = &[
    "expect",
    "expects",
    "expected",
    "predict",
    "predicts",
    "predicted",
    "prediction",
    "forecast",
    "will",
    "would",
    "might",
    "likely",
    "foresee",
    "foresees",
    "anticipate",
    "anticipates",
];

/// Auxiliaries that open a question about something already done ("did", "has").
pub(super) const PAST_AUXILIARIES: &[&str] = &["did", "has", "have", "had", "was", "were"];

/// Past forms that tell what came of something ("who won in the end?").
const IRREGULAR_PASTS: &[&str] =
    &["won", "lost", "got", "went", "came", "made", "took", "bought", "sold", "said", "became"];
