//! How follow-ups read a message and the current entry: the entries an entry leads to, the
//! names and quote words of its subject (read once per entry), and the shapes of message
//! that ask about something other than the current answer ("who signed it?", "their foreign
//! ministers") or name someone in it ("what is Biden's position on it?").

use crate::knowledge::{Entry, Knowledge, Language};
use crate::matcher::{Matcher, Ranking, Verdict};

use super::cues::{
    DEMONSTRATIVES, FEELING_ASKED, QUESTION_WORDS, REFERENCES, STATES_A_FEELING, WHY_WORDS,
};
use super::phrasing::{words, words_of};
use super::smalltalk::YES_NO_OPENERS;
use super::speaker_words::{SAYING, TELLING};
use super::thresholds::SINCE_WHEN_WORDS;
use super::{Responder, Say};

/// The past-tense verb of "who signed it?" or "which city hosted that summit?": an act, and
/// who did it. ("who exactly negotiated it?": an adverb may come between.) Not saying: "who
/// argued that?" asks whose words they are.
pub(super) fn act_asked(words: &[String]) -> Option<String> {
    let at = words.iter().position(|word| matches!(word.as_str(), "who" | "whos" | "which"))?;
    // "who is pushing that?", "who's behind it?": who drives it, in whatever tense.
    let driving = words[at + 1..].iter().take(2).find(|word| DRIVING.contains(&word.as_str()));
    if let Some(driving) = driving {
        return Some(driving.clone());
    }
    let after = match words[at].as_str() {
        "which" => at + 2,
        _ => at + 1,
    };
    let adverb = words.get(after).is_some_and(|word| word.ends_with("ly"));
    let at_verb = after + usize::from(adverb);
    let verb = words.get(at_verb)?;
    let past = verb.len() > 4 && verb.ends_with("ed") && verb != "united"
        || IRREGULAR_PAST.contains(&verb.as_str());
    if !past || SAYING.contains(&verb.as_str()) {
        return None;
    }
    // "who pulled out of it?": the act is the verb with its particle (a withdrawal).
    const PARTICLES: &[&str] = &["out", "up", "off", "down", "back", "away", "over"];
    Some(match words.get(at_verb + 1).filter(|next| PARTICLES.contains(&next.as_str())) {
        Some(particle) => format!("{verb} {particle}"),
        None => verb.clone(),
    })
}

/// Whether a message is a yes/no question about what "it" is ("is China part of it?"), also
/// after what it names ("and the gap between them, is it shrinking?"); not after a question
/// word ("what force does it command?").
pub(super) fn checks_what_it_is(words: &[String]) -> bool {
    words.first().is_some_and(|word| YES_NO_OPENERS.contains(&word.as_str()))
        || asks_yes_or_no_of(words, &["it", "that"])
}

/// Whether a message asks a yes/no question of one of `pronouns` ("is it ...?", "does this
/// ...?"), not after a question word ("what force does it command?").
fn asks_yes_or_no_of(words: &[String], pronouns: &[&str]) -> bool {
    words.windows(2).enumerate().any(|(at, pair)| {
        YES_NO_OPENERS.contains(&pair[0].as_str())
            && pronouns.contains(&pair[1].as_str())
            && !words[..at].iter().any(|word| QUESTION_WORDS.contains(&word.as_str()))
    })
}

/// Whether a yes/no question about "it" or "this" asks whether it is what the current quote
/// says in a word of its own: "and does this cause conflict with China?" after "this
/// competition has not translated into confrontation" asks of that quote, not of an entry on
/// some other conflict. (A word naming China or Russia does not count: every entry is about
/// them.)
pub(super) fn checks_what_it_says(matcher: &Matcher, words: &[String], current: &Entry) -> bool {
    const POINTING: &[&str] = &["it", "that", "this", "these", "he", "she", "they"];
    words.len() <= YES_NO_WORDS
        && asks_yes_or_no_of(words, POINTING)
        && words.iter().any(|word| {
            word.chars().count() >= 4
                && !matcher.is_stop_word(word)
                && matcher.protagonist_named(word).is_none()
                && matcher.quote_names(current, word)
        })
}

/// Whether a why-question asks of something `current` does not say, which the message's own
/// words answer elsewhere (`standalone`): "so why do they act differently?" after what the
/// two share is their different positions, not the curated reason of what was said. (Not
/// "why is that such a big deal?": "that" is what was said, whatever "deal" finds.)
pub(super) fn why_of_its_own(
    matcher: &Matcher,
    words: &[String],
    current: &Entry,
    standalone: &Ranking<'_>,
) -> bool {
    let points_at_it =
        words.iter().any(|word| word == "it" || DEMONSTRATIVES.contains(&word.as_str()));
    let mut content = words
        .iter()
        .filter(|word| !matcher.is_stop_word(word) && !WHY_WORDS.contains(&word.as_str()))
        .peekable();
    !points_at_it
        && content.peek().is_some()
        && content.all(|word| !matcher.entry_says(current, word))
        && standalone.verdict == Verdict::Answered
        && !is_answered_with(standalone, current)
}

/// Where `entry`'s quote stands in the article: its block with the byte where the quote
/// starts, and its block with the byte where it ends. Found by the quote's opening; the end is
/// read from the quote's own length (the quote is verbatim but for quote marks and spaces).
pub(super) type Place = (usize, usize);

/// [`Place`]s of the start and end of `entry`'s quote; `None` when its block does not hold it.
pub(super) fn quote_span(knowledge: &Knowledge, entry: &Entry) -> Option<(Place, Place)> {
    let block = &knowledge.article.blocks.get(entry.block)?.text;
    let opening: String = entry.quote.chars().take(24).collect();
    let start = block.find(&opening)?;
    Some(((entry.block, start), (entry.block, start + entry.quote.len())))
}

/// Whether `ranking` answers with `entry`, sure of it.
pub(super) fn is_answered_with(ranking: &Ranking<'_>, entry: &Entry) -> bool {
    ranking.verdict == Verdict::Answered
        && ranking.best().is_some_and(|best| best.entry.id == entry.id)
}

/// The longest yes/no question [`checks_what_it_says`] reads.
const YES_NO_WORDS: usize = 8;

/// The whole sentence `current`'s quote is part of: the linked entry whose quote holds it,
/// the shortest (Tajikistan, one of the places of "While news reports highlight ... this
/// should not be understood as a prelude ..."). What the article makes of the part, and who
/// did what the part only names, is there.
pub(super) fn whole_of<'k>(knowledge: &'k Knowledge, current: &Entry) -> Option<&'k Entry> {
    links_of(current)
        .filter_map(|id| knowledge.entry(id))
        .filter(|entry| {
            entry.quote.len() > current.quote.len() && entry.quote.contains(&current.quote)
        })
        .min_by_key(|entry| entry.quote.len())
}

/// The whole sentence `current`'s quote is part of (`whole_of`) when it says who did `act`
/// (a past participle): "encouraged by the top political echelons" of the reactors. (Not "the
/// building of nuclear reactors by Rosatom" of the lunar station: who built another part.)
/// Its words as read once per entry.
///
/// Without a whole sentence, who drives what the quote points back to ("these developments"
/// of "It is hard to imagine a sudden reversal of these developments") is said in the passages
/// before it in its paragraph, the nearest first: "encouraged by the top political echelons".
pub(super) fn whole_saying_who<'r>(
    responder: &'r Responder,
    current: &Entry,
    say: Say<'_>,
    act: &str,
) -> Option<&'r Entry> {
    let knowledge = responder.knowledge();
    // Who drives it is whoever the sentence says it is urged on by.
    let done = |word: &str| word == act || DRIVING.contains(&act) && URGED.contains(&word);
    let says_who = |entry: &Entry| {
        let quoted = &responder.reading_of(entry, say.language).quote_words;
        quoted.windows(2).any(|pair| done(&pair[0]) && pair[1] == "by")
    };
    if let Some(whole) = whole_of(knowledge, current) {
        return says_who(whole).then_some(whole);
    }
    let points_back = || {
        let quoted = &responder.reading_of(current, say.language).quote_words;
        quoted.iter().any(|word| matches!(word.as_str(), "these" | "those"))
    };
    if !DRIVING.contains(&act) || !points_back() {
        return None;
    }
    let (start, _) = quote_span(knowledge, current)?;
    knowledge
        .entries
        .iter()
        .filter_map(|entry| Some((entry, quote_span(knowledge, entry)?.1)))
        .filter(|(_, end)| end.0 == start.0 && end.1 <= start.1)
        .filter(|(entry, _)| says_who(entry))
        .max_by_key(|(entry, end)| (*end, std::cmp::Reverse(entry.quote.len())))
        .map(|(entry, _)| entry)
}

/// Whether a message asks only who drives something ("who's pushing them?"): no word of its
/// own besides the verb to find another entry by.
pub(super) fn asks_only_who_drives(matcher: &Matcher, words: &[String], act: &str) -> bool {
    DRIVING.contains(&act) && words.iter().all(|word| word == act || matcher.is_stop_word(word))
}

/// Words asking who drives something ("who is pushing that?", "who's behind it?").
const DRIVING: &[&str] = &[
    "pushing",
    "pushes",
    "push",
    "driving",
    "drives",
    "behind",
    "promoting",
    "promotes",
    "backing",
    "backs",
    "encouraging",
    "encourages",
    "championing",
    "champions",
    // ... and did ("who pushed for all this?").
    "pushed",
    "drove",
    "promoted",
    "backed",
    "encouraged",
    "championed",
];
/// Past participles saying who urged something on ("encouraged by the top political
/// echelons").
const URGED: &[&str] =
    &["encouraged", "driven", "pushed", "promoted", "backed", "championed", "supported"];

/// Acts in the past tense that do not end in "-ed" ("who took it?", "who built it?").
/// Thinking and saying are not acts: "who thought so?" asks whose view it is; nor are the
/// verbs of a point made or drawn ("who made that argument?", "who drew the comparison?").
const IRREGULAR_PAST: &[&str] = &[
    "took", "wrote", "built", "sent", "won", "lost", "paid", "sold", "bought", "brought", "began",
    "broke", "chose", "fought", "held", "kept", "led", "left", "met", "ran", "shot", "stole",
    "struck", "taught", "threw", "drove", "spent", "split",
];

/// Whether the message's only pointer is "their" or "its" owning a thing that the current
/// entry never says and the message's own answer does ("their foreign ministers").
pub(super) fn owned_elsewhere(
    matcher: &Matcher,
    words: &[String],
    current: &Entry,
    own: &Ranking<'_>,
) -> bool {
    let owner = |word: &String| matches!(word.as_str(), "their" | "its");
    let points = |word: &String| {
        REFERENCES.contains(&word.as_str()) || DEMONSTRATIVES.contains(&word.as_str())
    };
    // The cheap checks first: the entries' texts are read only for a message that qualifies.
    let Some(at) = words.iter().position(owner) else { return false };
    let Some(best) = own.best().filter(|best| best.entry.id != current.id) else { return false };
    if own.verdict != Verdict::Answered || words.iter().filter(|word| points(word)).count() > 1 {
        return false;
    }
    let owned: Vec<&str> = words[at + 1..]
        .iter()
        .map(String::as_str)
        .take_while(|word| !matcher.is_stop_word(word))
        .collect();
    let owned = owned.join(" ");
    !owned.is_empty()
        && matcher.entry_says(best.entry, &owned)
        && !matcher.entry_says(current, &owned)
}

/// Whether `text` names the whole subject of `entry` ("and the csto?" of the CSTO's entry),
/// as the matcher reads both.
pub(super) fn names_the_subject(
    responder: &Responder,
    entry: &Entry,
    say: Say<'_>,
    text: &str,
) -> bool {
    let subject = &responder.reading_of(entry, say.language).subject_terms;
    let asked = responder.matcher_for(say.language).explain_terms(text);
    !subject.is_empty() && subject.iter().all(|term| asked.iter().any(|a| &a.term == term))
}

/// Whether `words` name `name`, or its possessive with the apostrophe dropped ("bidens").
pub(super) fn holds_name(words: &[String], name: &str) -> bool {
    words.iter().any(|word| word == name || word.strip_suffix('s') == Some(name))
}

/// The ids `entry` links to, nearest first: its "more", its "why", then its related entries.
pub(super) fn links_of(entry: &Entry) -> impl Iterator<Item = &String> {
    entry.more.iter().chain(entry.why.iter()).chain(entry.related.iter())
}

/// Whether `from` links to `to` (see [`links_of`]).
pub(super) fn links_to(from: &Entry, to: &Entry) -> bool {
    links_of(from).any(|id| *id == to.id)
}

/// How follow-ups read an entry in one language, the same at every turn about it.
#[derive(Debug, Clone)]
pub(super) struct EntryReading {
    /// The content words of its subject ("dmitri", "trenin").
    pub(super) subject_words: Vec<String>,
    /// Its subject's terms as the matcher reads them ("~csto" of "the Collective Security
    /// Treaty Organization").
    pub(super) subject_terms: Vec<String>,
    /// The content words of its title.
    pub(super) title_words: Vec<String>,
    /// The last word of its English subject, a person's surname when it names one: views are
    /// curated in English, whatever the reader's language.
    pub(super) surname: String,
    /// The words of its title beyond its subject's: "The Shanghai Cooperation Organisation" is
    /// all subject (the SCO, by its synonyms), so "and the CSTO?" after it adds nothing of it.
    pub(super) title_beyond_subject: String,
    /// The names in its English subject, lowercase: "biden" of "the Biden administration".
    pub(super) names: Vec<String>,
    /// The lowercase words of its quote (the article's English).
    pub(super) quote_words: Vec<String>,
    /// The names in its `view_of`, lowercase: "xi", "jinping", "putin" of "Presidents Xi
    /// Jinping and Vladimir Putin" (a title among them does no harm: see
    /// `speakers::keeps_the_people`).
    pub(super) view_names: Vec<String>,
}

impl EntryReading {
    pub(super) fn of(matcher: &Matcher, entry: &Entry, language: Language) -> EntryReading {
        let subject = entry.subject_in(language);
        let title = entry.title_in(language);
        let subject_terms: Vec<String> =
            matcher.explain_terms(subject).into_iter().map(|term| term.term).collect();
        let title_beyond_subject = matcher
            .explain_terms(title)
            .into_iter()
            .filter(|term| !subject_terms.contains(&term.term))
            .map(|term| term.words)
            .collect::<Vec<_>>()
            .join(" ");
        let english_subject = entry.subject_in(Language::En);
        let capitalised = |word: &&str| {
            word.starts_with(char::is_uppercase) && !matches!(*word, "The" | "A" | "An")
        };
        EntryReading {
            subject_words: words_of(subject),
            subject_terms,
            title_words: words_of(title),
            surname: words_of(english_subject).pop().unwrap_or_default(),
            title_beyond_subject,
            names: english_subject.split_whitespace().filter(capitalised).flat_map(words).collect(),
            quote_words: words_of(&entry.quote),
            view_names: (entry.view_of.iter())
                .flat_map(|view| view.split_whitespace().filter(capitalised).flat_map(words))
                .collect(),
        }
    }

    /// Whether `words` name a thing of the entry's quote after "that", "those", ...: "in what
    /// era did those ties improve?" after the treaty, "the cornerstones of their improved
    /// ties". Not in a yes/no question: "does that lead to ...?" asks of "that" with a verb.
    pub(super) fn names_a_quoted_thing(&self, words: &[String]) -> bool {
        let asks_yes_or_no =
            words.first().is_some_and(|word| YES_NO_OPENERS.contains(&word.as_str()));
        !asks_yes_or_no && after_a_demonstrative(words, &self.quote_words)
    }

    /// Whether `words` name a thing of the entry's quote after "the" ("where is the summit
    /// being held?" after a quote on the Biden-Putin summit): not China, Russia or a word of
    /// every question.
    pub(super) fn names_after_the(&self, matcher: &Matcher, words: &[String]) -> bool {
        words.windows(2).any(|pair| {
            let thing = &pair[1];
            pair[0] == "the"
                && thing.chars().count() >= 4
                && self.quote_words.contains(thing)
                && !matcher.is_stop_word(thing)
                && matcher.protagonist_named(thing).is_none()
        })
    }

    /// Whether `words` name the entry's thing by its own word after "that", "this", ... ("what
    /// could that fear lead to?" after Russia's fear of inferior status).
    pub(super) fn named_by_demonstrative(&self, words: &[String]) -> bool {
        after_a_demonstrative(words, &self.subject_words)
            || after_a_demonstrative(words, &self.title_words)
    }
}

/// Whether one of `named` comes right after "that", "those", ... in `words`.
fn after_a_demonstrative(words: &[String], named: &[String]) -> bool {
    words
        .windows(2)
        .any(|pair| DEMONSTRATIVES.contains(&pair[0].as_str()) && named.contains(&pair[1]))
}

/// Whether a short message pointing back asks how someone feels about it ("how does that make
/// Moscow feel?") of an entry whose quote (`quote_words`, its reading's) states a feeling
/// ("Russia's increasing fear of inferior status").
pub(super) fn asks_the_feeling_it_states(
    words: &[String],
    refers: bool,
    quote_words: &[String],
) -> bool {
    let points_at_it = refers || words.iter().any(|word| DEMONSTRATIVES.contains(&word.as_str()));
    points_at_it
        && words.len() <= FEELING_QUESTION_WORDS
        && words.iter().any(|word| FEELING_ASKED.contains(&word.as_str()))
        && quote_words.iter().any(|word| STATES_A_FEELING.iter().any(|stem| word.starts_with(stem)))
}

/// The most words of a message asking how someone feels about what was just said.
const FEELING_QUESTION_WORDS: usize = 7;

/// The words of a short question asking a kind of fact that name its topic (`unnamed_kinds`:
/// its words without a phrase naming the kind, "part of the world"): not function words,
/// pointers back, the kind of fact asked, question words, "since" of "since when?" (in a
/// message of `message_len` words), nor the saying of "when did they say that?", which is what
/// was just read.
pub(super) fn topic_words_of_a_fact_asked<'w>(
    matcher: &Matcher,
    unnamed_kinds: &[&'w str],
    message_len: usize,
) -> Vec<&'w str> {
    let names_a_topic = |word: &&str| {
        !matcher.is_stop_word(word)
            && !REFERENCES.contains(word)
            && !TELLING.contains(word)
            && !matcher.names_a_kind_of_fact(word)
            && !QUESTION_WORDS.contains(word)
            && (*word != "since" || message_len > SINCE_WHEN_WORDS)
    };
    unnamed_kinds.iter().copied().filter(names_a_topic).collect()
}
