//! The words that ask for a fact: fact words in three languages, money words, quantity words
//! after "how". Data, kept apart from the code that uses it (function words: `stop_words`).

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// Words that ask for one specific kind of fact (an age, a number, a price, a place of birth).
/// When an entry does not contain such a word, it most likely does not give that fact ("How old
/// is Putin?" is not answered by who Putin is), so the word weighs more against that entry; an
/// entry that has the word gains no more than for any other word. Size words that are mostly
/// adjectives ("big breakthroughs") are not here: after "how" they are in [`HOW_QUANTITY`].
pub(super) const FACT_WORDS: &[&str] = &[
    "old",
    "older",
    "oldest",
    "younger",
    "youngest",
    "age",
    "aged",
    "born",
    "birth",
    "birthday",
    "died",
    "death",
    "many",
    "number",
    "cost",
    "costs",
    "price",
    "budget",
    "gdp",
    "population",
    "capital",
    "headquarters",
    "headquartered",
    "founded",
    "launched",
    "wife",
    "husband",
    "married",
    "children",
    "salary",
    "height",
    "tall",
    "size",
    "range",
    "speed",
    "capacity",
    "engines",
    "ceo",
    "weather",
    "length",
    "distance",
    // Which institution: an entry naming none does not say ("what university is he at?").
    "university",
    "uni",
    "province",
    "score",
    "pay",
    "paid",
    // Who came after someone in an office: a fact after the article's events. ("succeeded"
    // also asks whether something worked.)
    "replaced",
    // Who made a place or a thing: the article names no designer or architect of anything.
    "designed",
    "architect",
    "architects",
    // Someone's schooling: the article gives no one's education.
    "college",
    "graduate",
    "graduated",
    "educated",
    "education",
    "degree",
    "phd",
    "alma",
    // Being expelled or suspended from a club: the article tells only of joining.
    "expelled",
    "suspended",
    // A traveller's questions: the article gives no travel advice.
    "tourist",
    "tourists",
    "tourism",
    "sightseeing",
    "attractions",
    "hotel",
    "hotels",
    "visa",
    "visas",
    // ... and where to eat.
    "restaurant",
    "restaurants",
    "cuisine",
    "dishes",
    // Facts about a country that the article never gives.
    "language",
    "languages",
    "currency",
    "religion",
    "when",
    "where",
    // Roles and offices: "who is the president of Tajikistan" asks for a person the article
    // may not name, and an entry about Tajikistan does not answer it.
    "president",
    "head",
    "secretary",
    "minister",
    "chairman",
    "director",
    "founder",
    // Who pays for an organisation: the article names no one's funding.
    "funds",
    "funded",
    "funding",
    "finances",
    "financed",
    "financing",
    "sponsors",
    "sponsored",
    // Being thrown out of a club, as "expelled".
    "kicked",
    // Who held an office before or after someone: the article names no one's.
    "predecessor",
    "successor",
    // Who belongs to a club: an entry naming no member does not say ("which countries are
    // members of BRICS?").
    "members",
    // A war the article never tells of ("the 2008 war in Georgia"): an entry naming the
    // country, not the war, does not tell what happened in it.
    "war",
    "wars",
    // Facts after the article was written.
    "current",
    "currently",
    "today",
    "latest",
    "finally",
];

/// Russian words that ask for one specific kind of fact, as [`FACT_WORDS`] in English: the
/// beginnings of their inflected forms (normalised: no "ё"), long enough not to take in
/// unrelated words ("цен" would take in "ценности", values).
pub(super) const RUSSIAN_FACT_STEMS: &[&str] = &[
    "сколько",
    "возраст",
    "родил",
    "рожден",
    "умер",
    "скончал",
    "стоимост",
    "бюджет",
    "ввп",
    "населени",
    "столиц",
    "штаб-квартир",
    "зарплат",
    "женат",
    "замужем",
    "погод",
    "протяжен",
    "университет",
    "провинци",
    "длин",
    "расстояни",
    "сейчас",
    "сегодня",
    "текущ",
    "нынешн",
    "президент",
    "министр",
    "секретар",
    "председател",
    "директор",
    "основател",
    "язык",
    "валют",
    "религи",
    "спроектир",
    "архитектор",
    "турист",
    "туризм",
    "окончил",
    "образовани",
    "исключ",
    "достопримечательн",
    "гостиниц",
    "предшественн",
    "преемник",
    "финансир",
    "спонсир",
];

/// Whole Russian words that ask for a fact but whose beginnings other words share ("цена" and
/// "ценности", "жена" and "женщина", "дети" and "детали").
pub(super) const RUSSIAN_FACT_WORDS: &[&str] = &[
    // Question words, as "when" and "where" in English: an entry that never tells a time or a
    // place does not answer them (once stop words, they weighed nothing).
    "когда",
    "где",
    "цена",
    "цены",
    "цену",
    "цене",
    "жена",
    "жены",
    "жену",
    "муж",
    "мужа",
    "дети",
    "детей",
    // Studied ("где учился Макфол?"), not taught ("учил").
    "учился",
    "училась",
    "учились",
    // Who founded something ("основал"), not what it rests on ("основа", "основной").
    "основал",
    "основала",
    "основали",
];

/// Chinese fact words, as the two-character pieces questions are read in.
pub(super) const CHINESE_FACT_WORDS: &[&str] = &[
    "几岁", "年龄", "多大", "出生", "去世", "价格", "多钱", "预算", "人口", "首都", "总部", "工资",
    "妻子", "丈夫", "孩子", "天气", "现在", "目前", "今天", "最新", "总统", "部长", "主席", "长度",
    "多长", "距离", "面积", "省份", "语言", "货币", "宗教", "设计",
    // Questions are read in pairs: the pair only "建筑师" (architect) holds.
    "筑师", "旅游", "景点", "签证", "酒店", "好吃", "美食", "餐厅", "小吃", "毕业", "学历", "就读",
    "暂停", "开除",
    // Who founded or heads a company, who held an office before or after someone.
    "创办", "创立", "创始", "总裁", "前任", "继任",
    // Who funds something; thrown out of a club ("被踢出").
    "资助", "赞助", "出资", "踢出", // Someone's height ("习近平多高").
    "身高", "多高", // How far, how heavy ("莫斯科到北京有多远").
    "多远", "多重", "体重",
    // A character standing alone between function words ("在哪个省").
    "省",
    // Someone's family ("习近平的夫人是谁", his wife), as "妻子" and "孩子" are.
    "夫人", "老婆", "女儿", "儿子", "父亲", "母亲", "家人", "家庭",
];

/// Whether a normalised word (or Chinese pair) asks for one specific kind of fact.
pub(super) fn is_fact_word(word: &str) -> bool {
    // Asked of every word of every question: one hash lookup, not scans of the three lists;
    // the stems only for a word in Cyrillic (its first byte is 0xD0 or 0xD1 in UTF-8).
    static WHOLE_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
        FACT_WORDS.iter().chain(RUSSIAN_FACT_WORDS).chain(CHINESE_FACT_WORDS).copied().collect()
    });
    WHOLE_WORDS.contains(word)
        || matches!(word.as_bytes().first(), Some(0xD0 | 0xD1))
            && RUSSIAN_FACT_STEMS.iter().any(|stem| word.starts_with(stem))
}

/// Whether a fact word names the fact it asks ("capital", "president", "столицы"), rather than
/// asking it with a question word ("when", "сколько") or a time ("today", "сейчас").
pub(super) fn names_a_fact(word: &str) -> bool {
    const ASKED_OTHERWISE: &[&str] = &[
        "when",
        "where",
        "many",
        "number",
        "current",
        "currently",
        "today",
        "latest",
        "finally",
        "现在",
        "目前",
        "今天",
        "最新",
        "几岁",
        "多大",
        "多长",
        "多钱",
        "多高",
    ];
    // ("где" is a question word, as "where": "Есть ли сфера, где ...?" opens a relative
    // clause.)
    const ASKED_OTHERWISE_RU: &[&str] = &["сколько", "сейчас", "сегодня", "текущ", "нынешн", "где"];
    !ASKED_OTHERWISE.contains(&word)
        && !ASKED_OTHERWISE_RU.iter().any(|stem| word.starts_with(stem))
}

/// Words about money, with which "how much" asks an amount ("how much did China invest?"), as
/// "cost" and "price" do.
pub(super) const MONEY_WORDS: &[&str] = &[
    "invest",
    "invested",
    "investing",
    "investment",
    "investments",
    "spend",
    "spent",
    "pay",
    "paid",
    "pays",
    "cost",
    "costs",
    "worth",
    "sell",
    "sold",
    "sells",
    "buy",
    "bought",
    "buys",
    "import",
    "imports",
    "imported",
    "export",
    "exports",
    "exported",
    "lend",
    "lent",
    "loan",
    "loans",
    "owe",
    "owes",
    "money",
    "dollars",
    "billion",
    "million",
];

/// Words that, after "how", ask for a quantity: "how many", "how long". Not "much" alone: "how
/// much do they trust each other" asks for a degree, which the article may well give; amounts
/// of money are caught by "cost", "pay" and "price", and by "how much" with [`MONEY_WORDS`].
pub(super) const HOW_QUANTITY: &[&str] =
    &["many", "long", "big", "large", "far", "often", "tall", "old"];

/// Words that make "how long" ask for how long something has gone on ("how long have ties been
/// worsening?", "how long did it last?"), a time, not a length ("how long is the border?"), nor
/// a date ("how long ago ...?").
pub(super) const DURATION_MARKERS: &[&str] =
    &["been", "since", "last", "lasted", "lasting", "take", "took", "taken"];

/// Whether a normalised question asks how long something has gone on: "how long" before a verb
/// of doing ("how long did ties keep worsening?"), or with one of [`DURATION_MARKERS`].
pub(super) fn asks_a_duration(normalized: &str) -> bool {
    const DOING: &[&str] = &["have", "has", "had", "did", "do", "does", "will", "would"];
    let Some(at) = normalized.find("how long ") else { return false };
    let next = normalized[at + "how long ".len()..].split(' ').next().unwrap_or("");
    DOING.contains(&next) || normalized.split(' ').any(|word| DURATION_MARKERS.contains(&word))
}

/// Places and people in Chinese that a question may name and the article does not: Chinese
/// has no capitals to tell a name, so an unknown pair that opens one of these is read as one
/// ("印度是上海合作组织的成员国吗？": India, which no entry names). Those the article names
/// are known words and never reach this list.
pub(super) const CHINESE_NAMES: &[&str] = &[
    "印度",
    "台湾",
    "日本",
    "韩国",
    "朝鲜",
    "越南",
    "蒙古",
    "以色列",
    "叙利亚",
    "伊拉克",
    "巴基斯坦",
    "法国",
    "英国",
    "意大利",
    "西班牙",
    "波兰",
    "芬兰",
    "瑞典",
    "挪威",
    "加拿大",
    "墨西哥",
    "阿根廷",
    "澳大利亚",
    "新西兰",
    "南非",
    "埃及",
    "沙特",
    "乌兹别克",
    "土库曼",
    "新疆",
    "西藏",
    "香港",
    "澳门",
    "东京",
    "首尔",
    "平壤",
    "伦敦",
    "巴黎",
    "纽约",
    "非洲",
    "北极",
    "南海",
    "钓鱼岛",
    "克里米亚",
    "委内瑞拉",
    "古巴",
    "特朗普",
    "马克龙",
    "默克尔",
    "金正恩",
    "泽连斯基",
    "纳瓦利",
    "莫迪",
    "斯托尔滕贝格",
    "布林肯",
    "哈里斯",
    "岸田",
    "安倍",
    "文在寅",
    "尹锡悦",
    "卢卡申科",
    "托卡耶夫",
    "纳扎尔巴耶夫",
    "米尔济约耶夫",
    "拉赫蒙",
    "阿利耶夫",
    "帕希尼扬",
    "埃尔多安",
    "内塔尼亚胡",
    "阿萨德",
    "哈梅内伊",
    "鲁哈尼",
    "莱希",
];
