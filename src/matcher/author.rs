//! Questions about the article's author as a person (a name, a post, an origin): the article
//! gives only the author's views and work. Read from a question's normalised words by
//! `read_asked`.

/// Whether a question asks about the article's author as a person ("where does the author
/// teach?", "is the author Russian?", "what's the writer's nationality?"): the article gives
/// only the author's views and work, never a name, post or origin. Not the author's views
/// ("what does the author think about NATO?"), nor what the author mentions ("does the author
/// cite the University of Chicago?").
pub(super) fn asks_the_authors_person(normalized: &str, words: &[&str]) -> bool {
    // (A question holding a word in another script may still be asked in English.)
    asks_the_authors_person_in_english(words)
        || !normalized.is_ascii() && asks_the_authors_person_in_ru_or_zh(normalized, words)
}

fn asks_the_authors_person_in_english(words: &[&str]) -> bool {
    const AUTHOR: &[&str] = &["author", "authors", "writer", "writers"];
    const PERSONAL_FACTS: &[&str] = &[
        "teach",
        "teaches",
        "taught",
        "university",
        "nationality",
        "citizen",
        "citizenship",
        "born",
        "birthplace",
        "age",
        "job",
        "profession",
        "employer",
        "employed",
        "lives",
        "background",
        "bio",
        "biography",
        "gender",
        "married",
        "degree",
        "phd",
        "education",
        "studied",
        "hometown",
        "affiliation",
        "affiliated",
    ];
    const VIEWS: &[&str] = &[
        "think",
        "thinks",
        "say",
        "says",
        "said",
        "argue",
        "argues",
        "argued",
        "claim",
        "claims",
        "believe",
        "believes",
        "mention",
        "mentions",
        "cite",
        "cites",
        "quote",
        "quotes",
        "view",
        "opinion",
        "describe",
        "describes",
        "suggest",
        "suggests",
        "agree",
        "agrees",
        "recommend",
        "recommends",
        "write",
        "writes",
        "refer",
        "refers",
    ];
    const NATIONALITIES: &[&str] =
        &["russian", "chinese", "american", "british", "european", "kazakh", "a"];
    let Some(at) = words.iter().position(|word| AUTHOR.contains(word)) else { return false };
    // "according to the author" asks the author's view ("where could diplomats work together,
    // according to the author?").
    let before = &words[..at];
    let according =
        before.ends_with(&["according", "to"]) || before.ends_with(&["according", "to", "the"]);
    if according || words.iter().any(|word| VIEWS.contains(word)) {
        return false;
    }
    let fact = words.iter().any(|word| PERSONAL_FACTS.contains(word));
    // "where does the author work?", "does the author work for ...?", "where is he from?".
    let works = words.iter().enumerate().any(|(i, word)| {
        matches!(*word, "work" | "works" | "worked" | "working")
            && (words.contains(&"where")
                || words.get(i + 1).is_some_and(|next| matches!(*next, "for" | "at")))
    });
    let from_where = words.contains(&"where") && words.contains(&"from");
    let how_old = words.windows(2).any(|pair| pair == ["how", "old"]);
    // "the author's name" (the apostrophe dropped), "the name of the author"; not "does the
    // author name ...?".
    let possessive = matches!(words[at], "authors" | "writers");
    let name = possessive && words.get(at + 1) == Some(&"name")
        || words.windows(4).any(|four| {
            matches!(four, ["name", "of", "the" | "this", _]) && AUTHOR.contains(&four[3])
        });
    // "is the author Russian?", "is the writer a scholar?"
    let is_what = at >= 2
        && matches!(words[at - 2], "is" | "was")
        && words.get(at + 1).is_some_and(|next| NATIONALITIES.contains(next));
    fact || works || from_where || how_old || name || is_what || who_is_the_author(words, at)
}

/// "who is the author?", "whos the writer btw, whats their name?", "who's the author of this
/// piece?": who wrote the article itself, not the author of something it cites ("who is the
/// author of the study on Central Asia?").
fn who_is_the_author(words: &[&str], at: usize) -> bool {
    // Besides the text's and the writer's nouns ("of this piece", "of the op-ed").
    const OF_THE_ARTICLE_OR_A_NAME: &[&str] = &[
        "of", "this", "the", "ed", "here", "btw", "anyway", "actually", "exactly", "then", "and",
        "what", "whats", "is", "s", "their", "his", "her", "name",
    ];
    // "who is the", "who's the" (read as "who s"), "whos the", "who is the article's".
    let before = without_last(&words[..at], &["s"]);
    let before = without_last(before, &["article", "articles", "piece", "pieces"]);
    let Some(before) = before.strip_suffix(&["the"]) else { return false };
    let before = without_last(without_last(before, &["is", "was"]), &["s"]);
    let asks_who = matches!(before.last(), Some(&"who" | &"whos"));
    let of_the_article = |word: &&str| {
        OF_THE_ARTICLE_OR_A_NAME.contains(word)
            || super::wording::names_the_text_or_its_writer(word)
    };
    asks_who && words[at + 1..].iter().all(of_the_article)
}

/// [`asks_the_authors_person`] in Russian ("где работает автор статьи?", "автор статьи
/// русский?") and Chinese ("作者在哪所大学任教？", "作者是哪国人？").
fn asks_the_authors_person_in_ru_or_zh(normalized: &str, words: &[&str]) -> bool {
    const RU_VIEWS: &[&str] = &[
        "дума",
        "счита",
        "пише",
        "писал",
        "говор",
        "сказал",
        "утвержда",
        "полага",
        "мнени",
        "упомина",
        "предлага",
        "советует",
        "оценива",
        "видит",
    ];
    const RU_FACTS: &[&str] = &[
        "работа",
        "преподае",
        "университет",
        "национальн",
        "родом",
        "откуда",
        "зовут",
        "имя",
        "возраст",
        "гражданин",
        "гражданств",
        "русский",
        "китаец",
        "американец",
        "биографи",
        "образовани",
        "родился",
    ];
    const ZH_VIEWS: &[&str] =
        &["怎么看", "如何看", "认为", "观点", "看法", "说", "提到", "主张", "写", "建议", "评价"];
    const ZH_FACTS: &[&str] = &[
        "任教",
        "大学",
        "哪国人",
        "国籍",
        "哪里人",
        "名字",
        "叫什么",
        "年龄",
        "多大",
        "工作",
        "出生",
        "背景",
        "简历",
        "是谁",
        "学历",
    ];
    let russian = words.iter().any(|word| word.starts_with("автор"))
        && !words.iter().any(|word| RU_VIEWS.iter().any(|stem| word.starts_with(stem)))
        && words.iter().any(|word| RU_FACTS.iter().any(|stem| word.starts_with(stem)));
    let chinese = normalized.contains("作者")
        && !ZH_VIEWS.iter().any(|view| normalized.contains(view))
        && ZH_FACTS.iter().any(|fact| normalized.contains(fact));
    russian || chinese
}

/// `words` without their last word when it is one of `optional`.
fn without_last<'w>(words: &'w [&'w str], optional: &[&str]) -> &'w [&'w str] {
    match words.split_last() {
        Some((last, rest)) if optional.contains(last) => rest,
        _ => words,
    }
}
