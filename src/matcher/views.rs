//! Whose view a question asks, and about what ("what does Beijing think about NATO?", "how did
//! Russia respond to the pandemic?"), in English, Russian and Chinese: read by [`super::asked`].

use crate::text::is_han;

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

/// Verbs of reacting: a view asked with them ("how did Beijing react to that?") is a reaction
/// to something done ([`super::asked::Reading::asks_a_reaction`]).
pub(super) const REACTING: &[&str] = &["reply", "respond", "react"];

/// [`REACTING`] in Chinese ("中国政府如何回应……？").
pub(super) const CHINESE_REACTING: &[&str] = &["回应", "反应", "回答", "答复"];

/// Whether a view asked is of an event, as its reaction: "what did China say when ...?",
/// "what did they think after ...?".
pub(super) fn says_on_an_event(words: &[&str]) -> bool {
    words
        .windows(2)
        .any(|pair| matches!(pair, ["say" | "think" | "feel", "when" | "after" | "once"]))
}

/// Whose view a question asks, and about what: the words between "what does" (how do, what
/// did) and a verb of thinking or saying ("what does Beijing officially think about ...?",
/// "how does the EU view ...?"), or before a noun of opinion after "what is" ("what is
/// Brazil's view of ...?"), at most three; and those after "about" (or the noun's "of", "on").
/// None when it asks no view.
pub(super) fn view_holder(words: &[&str]) -> (Holder, Holder) {
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
pub(super) fn chinese_view_holder(text: &str) -> (Holder, Holder) {
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
