//! Recognising small talk: a message counts as small talk only when the whole of it is made of
//! one or more small-talk phrases (from the knowledge base's `smalltalk.toml`) and filler words,
//! so "hi, who is Trenin?" is a question, not a greeting.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::cues::GENERIC_NOUNS;
pub(super) use super::smalltalk_tokens::tokens;
use super::smalltalk_tokens::{is_one_han_character, phrase_tokens, phrase_tokens_opening};
pub(super) use super::smalltalk_words::YES_NO_OPENERS;
use super::smalltalk_words::{
    is_question_word, phrase_variants, ABOUT_ITS_ABILITIES, ABOUT_ITS_ABILITIES_RU,
    ABOUT_ITS_ABILITIES_ZH, ABOUT_WHAT_IT_SAID, ABOUT_WHAT_IT_SAID_ZH, AUXILIARIES,
    CONTRACTED_QUESTION_WORDS, DROPPABLE_AUXILIARIES, ELLIPTICAL_OPENERS, GENERIC_YOU_AFTER,
    HAN_QUESTION_CHARS, LEADS_IN, PRIORITY, QUESTION_WORDS, SECOND_PERSON, THINKING_VERBS_RU,
};
use crate::knowledge::{Intent, SmallTalk};
use crate::text::within_one_edit;

/// The longest message looked at, in characters: small talk is short, and a long message is a
/// question (or noise) whatever words it holds.
const MAX_CHARS: usize = 120;
/// Fewer words than this after an auxiliary may be a reply ("is it?", "was it really").
const MIN_YES_NO_WORDS: usize = 4;
/// The most words after "thanks for" read as what is thanked for ("for all your help today").
const MAX_THANKED_FOR_WORDS: usize = 5;
/// What a word is to the article, for small talk: a word it uses rules small talk out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    /// A word the article uses.
    Known,
    /// A misspelling of a word the article uses ("hellp" of "help"): no small talk alone, but
    /// it may be a phrase's typo too ("hellp", hello).
    Misspelt,
    /// A function word ("that", "was"): no topic of its own.
    Stop,
    /// A word the article does not use.
    Unknown,
}

/// The small-talk lexicon, ready to match messages against.
#[derive(Debug, Clone, Default)]
pub struct SmallTalkMatcher {
    intents: Vec<Intent>,
    /// Each phrase as tokens, with its intent's index, longest first.
    phrases: Vec<(Vec<String>, usize)>,
    /// Phrases by their first token, as indexes into `phrases`.
    by_first: HashMap<String, Vec<usize>>,
    /// The first words of phrases long enough for a typo, by themselves and by their
    /// one-letter deletions (see [`typo_firsts`]).
    typo_firsts: HashMap<String, Vec<String>>,
    fillers: HashSet<String>,
    /// The index of the thanks intent, whose phrase may be followed by what is thanked for.
    thanks: Option<usize>,
    /// The index of the praise intent, whose phrase may be followed by whose work it served
    /// ("great for my piece").
    praise: Option<usize>,
}

impl SmallTalkMatcher {
    /// Prepares `smalltalk` for matching.
    pub fn new(smalltalk: &SmallTalk) -> SmallTalkMatcher {
        let mut phrases: Vec<(Vec<String>, usize)> = smalltalk
            .intents
            .iter()
            .enumerate()
            .flat_map(|(intent, i)| i.phrases.iter().map(move |p| (phrase_tokens(p), intent)))
            .flat_map(|(words, at)| phrase_variants(words).into_iter().map(move |w| (w, at)))
            .filter(|(words, _)| !words.is_empty())
            .collect();
        phrases.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        for (at, (words, _)) in phrases.iter().enumerate() {
            by_first.entry(words[0].clone()).or_default().push(at);
        }
        SmallTalkMatcher {
            intents: smalltalk.intents.clone(),
            phrases,
            typo_firsts: typo_firsts(&by_first),
            by_first,
            fillers: smalltalk.fillers.iter().flat_map(|f| phrase_tokens(f)).collect(),
            thanks: smalltalk.intents.iter().position(|intent| intent.name == "thanks"),
            praise: smalltalk.intents.iter().position(|intent| intent.name == "praise"),
        }
    }

    /// The intent of `message` when the whole message is small talk; `None` otherwise. Every
    /// word must belong to a small-talk phrase (filler words may sit inside one: "you're a smart
    /// bot" is "you're smart"), be a filler, or be a word `knows` says the article does not
    /// use ("thank you, that was helpful"), and at least as many words must be the phrases'.
    pub fn recognise(&self, message: &str, word: impl Fn(&str) -> Word) -> Option<&Intent> {
        if message.chars().count() > MAX_CHARS {
            return None;
        }
        let (words, opens) = phrase_tokens_opening(message);
        // "is he right?": "right" acknowledges, but here it asks. "who is this guy?" asks who
        // someone is, not who the bot is.
        if words.is_empty()
            || super::speakers::judged(&words)
            || asks_who_a_person_is(&words)
            || asks_which_model(message, &words)
        {
            return None;
        }
        let addressed_from = |at: usize| about_the_bot_from(&words, &opens, at);
        // ("sure, why not" agrees; "right, and why not?" asks.)
        let ends_asking = message.trim_end().ends_with(['?', '？']);
        // What each word is to the article, read once: a lookup each.
        let kinds: Vec<Word> = words.iter().map(|w| word(w)).collect();
        // best[i]: a way to cover words[..i]: its intents, its phrase words, and its words
        // that are neither phrase nor filler; more phrase words is better.
        type Cover = (Vec<usize>, usize, usize);
        let mut best: Vec<Option<Cover>> = vec![None; words.len() + 1];
        best[0] = Some((Vec::new(), 0, 0));
        for start in 0..words.len() {
            let Some((found, phrase_words, other_words)) = best[start].clone() else { continue };
            let mut keep = |end: usize, cover: Cover| {
                let slot = &mut best[end];
                if slot.as_ref().is_none_or(|old| old.1 < cover.1) {
                    *slot = Some(cover);
                }
            };
            let next = &words[start];
            // A question word outside every phrase, asking ("what would that help with?",
            // "help with what?") and not about the bot ("why are you so dumb") nor exclaiming
            // ("what a great bot", "how cool"), asks about the article, not for help.
            let asks = QUESTION_WORDS.contains(&next.as_str())
                && !addressed_from(start)
                && words.get(start + 1).is_none_or(|after| {
                    // "which one is the worst?" picks among what was said; "right, and why
                    // not?" asks the reason.
                    let after = after.as_str();
                    AUXILIARIES.contains(&after)
                        || matches!(after, "one" | "ones" | "of")
                        || after == "not" && ends_asking
                })
                // "great, why though?", "ok, how so?": only padding after it.
                || QUESTION_WORDS.contains(&next.as_str())
                    && ends_asking
                    && !addressed_from(start)
                    && words[start + 1..].iter().all(|w| self.fillers.contains(w))
                // Chat's "y" before a verb: "y is that useful for them".
                || next == "y"
                    && !addressed_from(start)
                    && words.get(start + 1).is_some_and(|w| AUXILIARIES.contains(&w.as_str()))
                // "what good would it do?": "what" and its noun before the auxiliary.
                || next == "what"
                    && !addressed_from(start)
                    && words.get(start + 2).is_some_and(|w| AUXILIARIES.contains(&w.as_str()))
                || CONTRACTED_QUESTION_WORDS.contains(&next.as_str()) && !addressed_from(start)
                // "who agrees?", "who thinks so?" (not thanks): opening a clause, these only ask.
                || opens[start]
                    && !addressed_from(start)
                    && matches!(next.as_str(), "who" | "whom" | "whose" | "which" | "where")
                // A Russian question word asks wherever it stands ("привет, о чём эта
                // статья?"); "как" may exclaim ("как круто").
                || next != "как"
                    && next.chars().any(|c| matches!(c, 'а'..='я' | 'ё'))
                    && QUESTION_WORDS.contains(&next.as_str())
                    && !addressed_from(start)
                || opens_a_yes_no_question(&words, &opens, start);
            match (self.fillers.contains(next), kinds[start]) {
                _ if asks => {}
                (true, _) | (_, Word::Stop) => {
                    keep(start + 1, (found.clone(), phrase_words, other_words))
                }
                // A Chinese character is a word here only for want of spaces: one left over
                // counts as much as two ("拜登", Biden, is not "拜", bye, and a name).
                (false, Word::Unknown) => {
                    let weight = if next.chars().any(crate::text::is_han) { 2 } else { 1 };
                    keep(start + 1, (found.clone(), phrase_words, other_words + weight))
                }
                (false, Word::Known | Word::Misspelt) => {}
            }
            for &at in self.candidates(next) {
                let (phrase, intent) = &self.phrases[at];
                if let Some(end) = self.match_phrase(phrase, &words, &kinds, start) {
                    let mut with = found.clone();
                    with.push(*intent);
                    // "thank you for helping me", "many thanks for the help": what follows
                    // "for" to the end is what the reader thanks for, not a request or a topic.
                    // So of praise for the reader's own work: "great for my piece".
                    let thanked_for = &words[end..];
                    let own_work =
                        thanked_for.get(1).is_some_and(|w| matches!(w.as_str(), "my" | "our"));
                    if (self.thanks == Some(*intent) || self.praise == Some(*intent) && own_work)
                        && thanked_for.first().is_some_and(|w| w == "for")
                        && (2..=MAX_THANKED_FOR_WORDS + 1).contains(&thanked_for.len())
                        && !opens[end..].iter().any(|&opening| opening)
                        && !thanked_for.iter().any(|w| QUESTION_WORDS.contains(&w.as_str()))
                    {
                        let covered = phrase_words + phrase.len() + thanked_for.len();
                        keep(words.len(), (with.clone(), covered, other_words));
                    }
                    keep(end, (with, phrase_words + phrase.len(), other_words));
                }
            }
        }
        let Some((intents, phrase_words, other_words)) = best[words.len()].take() else {
            return self.about_its_abilities(&words, &word);
        };
        if intents.is_empty() || other_words > phrase_words {
            return self.about_its_abilities(&words, &word);
        }
        let intent = PRIORITY
            .iter()
            .find_map(|name| {
                intents.iter().map(|&i| &self.intents[i]).find(|intent| intent.name == *name)
            })
            .or_else(|| intents.first().map(|&i| &self.intents[i]))?;
        // A farewell is never asked: "and later?", "later?" ask what came after.
        let asked = ends_asking;
        // "can you help me with my calculus homework?": help with something the article lacks
        // is a question it does not answer, not the bot's help ("help me with this" is).
        let helped_with_more = intent.name == "help"
            && words.iter().position(|w| matches!(w.as_str(), "with" | "on")).is_some_and(|at| {
                (at + 1..words.len())
                    .any(|i| kinds[i] == Word::Unknown && !self.fillers.contains(&words[i]))
            });
        // "у меня болит спина, что делать?": as many words telling a trouble of the reader's
        // own as the help phrase has ask advice the article does not give.
        let trouble_told = intent.name == "help" && other_words > 0 && other_words >= phrase_words;
        let farewell_asked = asked && intent.name == "bye";
        (!farewell_asked && !helped_with_more && !trouble_told).then_some(intent)
    }

    /// The capabilities intent for a message that speaks to the bot and asks what it can do in
    /// words no phrase has ("what sort of stuff do you handle?"): besides words addressing the
    /// bot, only words about answering, question and function words, fillers and words the
    /// article does not use (at most as many as the others).
    fn about_its_abilities(
        &self,
        words: &[String],
        word: &impl Fn(&str) -> Word,
    ) -> Option<&Intent> {
        // Checked first: it is looked for in every message no phrase covers, most of them
        // questions to the article, which rarely address the bot.
        if !words.iter().any(|w| SECOND_PERSON.contains(&w.as_str())) {
            return None;
        }
        // "why do you say that?", "what do u mean?" ask about an answer, not what it can do.
        if words.iter().any(|w| ABOUT_WHAT_IT_SAID.contains(&w.as_str()))
            || ABOUT_WHAT_IT_SAID_ZH.iter().any(|asked| words.concat().contains(asked))
        {
            return None;
        }
        let about = |w: &str| {
            ABOUT_ITS_ABILITIES.contains(&w)
                || ABOUT_ITS_ABILITIES_ZH.contains(&w)
                || (w.chars().count() >= 3
                    && ABOUT_ITS_ABILITIES_RU.iter().any(|p| w.starts_with(p)))
        };
        let (mut abilities, mut unknown) = (0, 0);
        for w in words.iter().map(String::as_str) {
            match () {
                _ if about(w) => abilities += 1,
                _ if SECOND_PERSON.contains(&w)
                    || QUESTION_WORDS.contains(&w)
                    || HAN_QUESTION_CHARS.contains(&w)
                    || AUXILIARIES.contains(&w)
                    || self.fillers.contains(w) => {}
                _ => match word(w) {
                    Word::Stop => {}
                    Word::Unknown => unknown += 1,
                    Word::Known | Word::Misspelt => return None,
                },
            }
        }
        if abilities == 0 || unknown > abilities {
            return None;
        }
        self.intents.iter().find(|intent| intent.name == "capabilities")
    }

    /// The intent of `message` when it holds small talk among other words, for a message the
    /// article does not answer ("Hi! I'm a student writing about this article", "lol this bot
    /// is kinda dumb ngl"): a phrase opens or closes it, or it speaks to the bot, and it asks
    /// nothing outside its phrases ("thanks, and how old is Putin?" asks). The caller decides
    /// whether the article answers it.
    pub fn mentions(&self, message: &str, word: impl Fn(&str) -> Word) -> Option<&Intent> {
        if message.chars().count() > MAX_CHARS {
            return None;
        }
        let (words, opens) = phrase_tokens_opening(message);
        if asks_who_a_person_is(&words) || asks_which_model(message, &words) {
            return None;
        }
        let about_the_bot = words.iter().any(|w| SECOND_PERSON.contains(&w.as_str()));
        let kinds: Vec<Word> = words.iter().map(|w| word(w)).collect();
        let mut covered = vec![false; words.len()];
        let mut found = Vec::new();
        for start in 0..words.len() {
            // One Chinese character ("拜", bye) is too often part of another word ("拜登").
            let longest = self
                .candidates(&words[start])
                .filter(|&&at| !is_one_han_character(&self.phrases[at].0))
                .filter_map(|&at| {
                    let (phrase, intent) = &self.phrases[at];
                    Some((self.match_phrase(phrase, &words, &kinds, start)?, *intent))
                })
                .max_by_key(|(end, _)| *end);
            if let Some((end, intent)) = longest {
                covered[start..end].iter_mut().for_each(|c| *c = true);
                found.push((intent, end));
            }
        }
        let elliptical = words.len() >= MIN_YES_NO_WORDS
            && !about_the_bot
            // "is the great wall visible from space?" asks, whatever praise a word of it holds.
            && words.first().is_some_and(|first| {
                ELLIPTICAL_OPENERS.contains(&first.as_str())
                    || YES_NO_OPENERS.contains(&first.as_str())
            })
            // So does one opening a later clause ("i see. did they sign anything?").
            || (0..words.len()).any(|at| !covered[at] && opens_a_yes_no_question(&words, &opens, at));
        // "can you recommend a good hotel?": a request of the bot whose verb no phrase covers
        // asks something, whatever praise its other words hold ("good" of "a good hotel").
        // So is "do you personally think ...?", the bot's own view asked.
        // Opening any clause: "great bot! can you tell me about the sanctions?"
        // After a word that only leads in ("unrelated but do you know a good recipe?").
        let request = (0..words.len()).any(|at| {
            (opens[at] || at > 0 && LEADS_IN.contains(&words[at - 1].as_str()))
                && matches!(words[at].as_str(), "can" | "could" | "would" | "will" | "do" | "did")
                && words.get(at + 1).is_some_and(|w| matches!(w.as_str(), "you" | "u"))
                && (at + 2..words.len())
                    .find(|&i| !self.fillers.contains(&words[i]))
                    .is_some_and(|i| !covered[i])
        });
        // "你更喜欢普京还是拜登？" (Putin or Biden?) asks a choice, whatever liking it holds.
        let chinese_choice =
            words.windows(2).enumerate().any(|(i, pair)| pair == ["还", "是"] && !covered[i]);
        // "Как ты сам думаешь, ...?" (what do you yourself think): a greeting's words ("как
        // ты", how are you) open a question of the bot's view.
        let asks_what_it_thinks = words
            .iter()
            .enumerate()
            .any(|(i, word)| !covered[i] && THINKING_VERBS_RU.contains(&word.as_str()));
        let asks = elliptical
            || request
            || asks_what_it_thinks
            || chinese_choice
            || words.iter().enumerate().any(|(i, next)| {
                // Any question word: an exclamation ("how cool") is a phrase of its own.
                let asking_word = is_question_word(next) && !about_the_bot_from(&words, &opens, i);
                !covered[i] && (asking_word || HAN_QUESTION_CHARS.contains(&next.as_str()))
            });
        // The first and last words that say something: fillers and function words aside.
        let padding = |i: &usize| {
            !covered[*i] && (self.fillers.contains(&words[*i]) || kinds[*i] == Word::Stop)
        };
        let first = (0..words.len()).find(|i| !padding(i));
        let last = (0..words.len()).rev().find(|i| !padding(i));
        // A phrase closing a question about the article's things is its tag ("土耳其最后买了
        // 苏-35没有？", did Turkey buy it or not): only one opening it is small talk. ("hotel
        // ok?" asks nothing of the article.)
        let asked = message.trim_end().ends_with(['?', '？']) && kinds.contains(&Word::Known);
        let last = last.filter(|_| !asked);
        let at_an_edge = [first, last].into_iter().flatten().any(|i| covered[i]);
        if found.is_empty() || asks || !(at_an_edge || about_the_bot) {
            return None;
        }
        // "help, my laptop is broken", "楼上邻居太吵了怎么办？" (the neighbours are noisy, what do
        // I do?): help with something else that the message says, which the article does not
        // give; the bot's own help is asked in its phrases' words alone. Another intent of
        // the message still stands ("Hello! I'm a student, hope you can help.": a greeting).
        // Words of the article after the help asked ("how do i ask about another part of the
        // article?") ask help with it.
        let says_more = |end: usize| {
            (0..words.len())
                .any(|i| !covered[i] && !padding(&i) && (i < end || kinds[i] != Word::Known))
        };
        // "what can you tell me about russia's role in central asia?", "what is this article
        // saying?": what the bot can do, asked of the article's things in the same clause, is
        // a question to the article, however the matcher answers it.
        let asked_of_the_article = |end: usize| {
            (end..words.len())
                .take_while(|&i| i == end || !opens[i])
                .any(|i| !covered[i] && matches!(kinds[i], Word::Known | Word::Misspelt))
        };
        let stands = |&(intent, end): &(usize, usize)| {
            let name = self.intents[intent].name.as_str();
            (name != "help" || !says_more(end))
                && (name != "capabilities" || !asked_of_the_article(end))
        };
        PRIORITY.iter().find_map(|name| {
            let mut intents = found.iter().filter(|found| self.intents[found.0].name == *name);
            intents.find(|found| stands(found)).map(|&(intent, _)| &self.intents[intent])
        })
    }

    /// Where `phrase` ends if it starts at `words[start]`, filler words between its words
    /// allowed.
    ///
    /// A word the article uses is itself, never a typo of a phrase's word ("fight" is no
    /// "right", "made" no "make"); so is a function word, but for a chat spelling ("можно" is
    /// no "мощно", "u" is "you"): `kinds[i]` says what `words[i]` is.
    fn match_phrase(
        &self,
        phrase: &[String],
        words: &[String],
        kinds: &[Word],
        start: usize,
    ) -> Option<usize> {
        let mut at = start;
        for (i, expected) in phrase.iter().enumerate() {
            let same = |at: usize| match kinds[at] {
                Word::Known => *expected == words[at],
                Word::Stop => spelt_alike(expected, &words[at]),
                Word::Misspelt | Word::Unknown => same_word(expected, &words[at]),
            };
            // Readers writing in a second language drop the auxiliary after a question word
            // ("how i use this bot?" for "how do i use this bot?").
            let droppable = i > 0
                && DROPPABLE_AUXILIARIES.contains(&expected.as_str())
                && QUESTION_WORDS.contains(&phrase[i - 1].as_str());
            if droppable && at < words.len() && !same(at) {
                continue;
            }
            while i > 0 && at < words.len() && !same(at) {
                // After a question word an article opens what is asked ("what's a good pizza
                // place?"): asked only of an article skipped, which is rare.
                let article = matches!(words[at].as_str(), "a" | "an" | "the");
                if !self.fillers.contains(&words[at]) || article && is_question_word(&phrase[0]) {
                    return None;
                }
                at += 1;
            }
            if at >= words.len() || !same(at) {
                return None;
            }
            at += 1;
        }
        Some(at)
    }

    /// The phrases that may start at `word`: those starting with it, and with a close spelling.
    fn candidates<'a>(&'a self, word: &'a str) -> impl Iterator<Item = &'a usize> + 'a {
        let exact = self.by_first.get(word).into_iter().flatten();
        // A question word is no typo of a phrase ("зачем" is not "зачёт", cool).
        let typo_allowed =
            !QUESTION_WORDS.contains(&word) && word.chars().count() >= MIN_SWAP_CHARS;
        let mut close: Vec<&String> = Vec::new();
        if typo_allowed {
            for variant in std::iter::once(word.to_owned()).chain(deletions(word)) {
                for first in self.typo_firsts.get(&variant).into_iter().flatten() {
                    if first.as_str() != word && !close.contains(&first) && same_word(first, word) {
                        close.push(first);
                    }
                }
            }
        }
        exact.chain(close.into_iter().flat_map(|first| &self.by_first[first]))
    }
}

/// The first words of `by_first` long enough for a typo, by themselves and by each of their
/// one-letter deletions: two words one edit apart (a letter added, dropped, changed or two
/// swapped) share the one or the other, so a word is compared only with the few it may be.
fn typo_firsts(by_first: &HashMap<String, Vec<usize>>) -> HashMap<String, Vec<String>> {
    let mut index: HashMap<String, Vec<String>> = HashMap::default();
    for first in by_first.keys().filter(|first| first.chars().count() >= MIN_SWAP_CHARS) {
        for variant in std::iter::once(first.clone()).chain(deletions(first)) {
            index.entry(variant).or_default().push(first.clone());
        }
    }
    for firsts in index.values_mut() {
        firsts.sort(); // the same order on every run
        firsts.dedup();
    }
    index
}

/// `word` with one of its letters dropped, each way.
fn deletions(word: &str) -> impl Iterator<Item = String> + '_ {
    word.char_indices().map(move |(at, c)| format!("{}{}", &word[..at], &word[at + c.len_utf8()..]))
}

/// Words shorter than this are compared exactly: a typo in "hi" is another word.
const MIN_TYPO_CHARS: usize = 5;
/// Words this long may have two letters swapped ("hlep", "cya" no): the same letters, so
/// still the word, where another letter would make another word ("hell", "held").
const MIN_SWAP_CHARS: usize = 4;

/// Whether `typed` is `known`, or `known` with one typo when both are long enough for a typo to
/// be clear ("thnaks", "helllo", "hlep").
fn same_word(known: &str, typed: &str) -> bool {
    if spelt_alike(known, typed) {
        return true;
    }
    let (known_chars, typed_chars) = (known.chars().count(), typed.chars().count());
    if known_chars >= MIN_TYPO_CHARS && typed_chars >= MIN_TYPO_CHARS {
        return within_one_edit(known, typed);
    }
    known_chars >= MIN_SWAP_CHARS && known_chars == typed_chars && swapped_pair(known, typed)
}

/// Whether `typed` is `known`, or a chat spelling of the bot's "you" ("who made u", "thank ya").
fn spelt_alike(known: &str, typed: &str) -> bool {
    known == typed || known == "you" && matches!(typed, "u" | "ya" | "yu")
}

/// Whether `a` is `b` with two neighbouring letters swapped.
fn swapped_pair(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let differ: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    matches!(differ[..], [i, j] if j == i + 1 && a[i] == b[j] && a[j] == b[i])
}

/// Whether the question word at `words[at]` may ask about the bot, so is no question to the
/// article: the bot is addressed in its clause or after it ("why are you so dumb", "is this bot
/// ok or what"), or as "you" anywhere ("who are you, what is that?"). "hi bot, what's the
/// capital of China?" only greets it.
fn about_the_bot_from(words: &[String], opens: &[bool], at: usize) -> bool {
    let clause = (0..=at).rev().find(|&i| opens[i]).unwrap_or(0);
    words
        .iter()
        .enumerate()
        .any(|(i, w)| SECOND_PERSON.contains(&w.as_str()) && (i >= clause || w != "bot"))
}

/// How many words the clause opening at `words[at]` has: up to the next that opens one.
fn clause_words(opens: &[bool], at: usize) -> usize {
    1 + opens[at + 1..].iter().take_while(|&&opening| !opening).count()
}

/// Whether a clause opening at `words[at]` asks a yes/no question not about the bot ("did they
/// sign anything?", "is there anything they both agree on"): four words
/// or more, where "agree" alone would be assent and "is it?" a reply; a word leading in may
/// come first ("so did NATO ever promise ...?").
fn opens_a_yes_no_question(words: &[String], opens: &[bool], at: usize) -> bool {
    let mut clause = &words[at..at + clause_words(opens, at)];
    if clause.len() > MIN_YES_NO_WORDS && LEADS_IN.contains(&clause[0].as_str()) {
        clause = &clause[1..];
    }
    let addresses_the_bot = clause.iter().enumerate().any(|(i, w)| {
        SECOND_PERSON.contains(&w.as_str())
            && !(matches!(w.as_str(), "your" | "ur")
                && i > 0
                && GENERIC_YOU_AFTER.contains(&clause[i - 1].as_str()))
    });
    opens[at]
        && clause.len() >= MIN_YES_NO_WORDS
        && (YES_NO_OPENERS.contains(&clause[0].as_str())
            || ELLIPTICAL_OPENERS.contains(&clause[0].as_str()))
        && !addresses_the_bot
}

/// Whether a message asks which model the bot runs on ("which language model are you running
/// on?", "на какой модели ты работаешь?", "你是用什么模型做的？"): a fact about how it is built,
/// declined as other facts the article lacks, not a greeting or an introduction ("ты
/// работаешь" alone asks whether it is there; "are you a language model?" who it is).
fn asks_which_model(message: &str, words: &[String]) -> bool {
    let model = words.iter().any(|word| word.starts_with("model") || word.starts_with("модел"));
    let which = words.iter().any(|word| QUESTION_WORDS.contains(&word.as_str()));
    model && which || message.contains("模型") && ["什么", "哪"].iter().any(|w| message.contains(w))
}

/// Whether a message asks who someone pointed at is ("who is this guy anyway", "who's that
/// woman?"): a demonstrative before a noun that points back ([`GENERIC_NOUNS`]), which "who
/// is this?" of the bot lacks.
fn asks_who_a_person_is(words: &[String]) -> bool {
    let at = match words {
        [who, is, ..] if who == "who" && matches!(is.as_str(), "is" | "s" | "was") => 2,
        [whos, ..] if whos == "whos" => 1,
        _ => return false,
    };
    matches!(&words[at..], [this, noun, ..]
        if matches!(this.as_str(), "this" | "that") && GENERIC_NOUNS.contains(&noun.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> SmallTalkMatcher {
        let intent = |name: &str, phrases: &[&str]| Intent {
            name: name.to_owned(),
            suggest: false,
            phrases: phrases.iter().map(|p| (*p).to_owned()).collect(),
            replies: vec![(crate::knowledge::Language::En, "r".to_owned())],
        };
        SmallTalkMatcher::new(&SmallTalk {
            intents: vec![
                intent("greeting", &["hi", "hello", "good morning"]),
                intent("thanks", &["thanks", "thank you", "🙏"]),
                intent("acknowledgement", &["ok", "👍"]),
                intent("identity", &["who are you", "are you a bot"]),
                intent("bye", &["bye", "拜"]),
                intent("help", &["怎么用"]),
                intent("praise", &["зачет"]),
                intent("capabilities", &["what can you do", "языки"]),
            ],
            fillers: ["bot", "so", "much", "there", "这个", "啊"].map(String::from).to_vec(),
        })
    }

    /// What these tests' article knows.
    fn word(word: &str) -> Word {
        match word {
            "trenin" | "sco" | "putin" | "relations" => Word::Known,
            "that" | "was" | "is" | "and" | "what" => Word::Stop,
            _ => Word::Unknown,
        }
    }

    fn intent(message: &str) -> Option<String> {
        lexicon().recognise(message, word).map(|intent| intent.name.clone())
    }

    fn mentioned(message: &str) -> Option<String> {
        lexicon().mentions(message, word).map(|intent| intent.name.clone())
    }

    #[test]
    fn asking_the_bot_what_it_can_answer_in_words_of_no_phrase_is_capabilities() {
        for message in [
            "what sort of stuff do you handle?",
            "на какие вопросы ты можешь отвечать?",
            "你能回答哪些问题",
            "can u answer questions about the article",
        ] {
            assert_eq!(intent(message).as_deref(), Some("capabilities"), "{message}");
        }
        // Not addressed to the bot, about the article's matter, or mostly other words.
        for message in [
            "what sort of questions does nobody answer",
            "can you answer questions about trenin",
            "ты знаешь, почему путин молчит?",
            "you should wander about and ponder fountains questions",
            "why do u say that",
            "what do u mean",
        ] {
            assert_eq!(intent(message), None, "{message}");
        }
    }

    #[test]
    fn chinese_is_compared_character_by_character() {
        assert_eq!(intent("这个怎么用啊？").as_deref(), Some("help"), "fillers around the phrase");
        assert_eq!(intent("拜").as_deref(), Some("bye"));
        // A one-character phrase at the start of a name is not small talk: a left-over
        // character weighs two phrase words.
        assert_eq!(intent("拜登"), None);
        assert_eq!(mentioned("拜登"), None);
    }

    #[test]
    fn small_talk_among_other_words_opens_or_closes_the_message_or_speaks_to_the_bot() {
        assert_eq!(intent("Hello! I'm a student, just started reading."), None, "not all of it");
        assert_eq!(
            mentioned("Hello! I'm a student, just started reading.").as_deref(),
            Some("greeting")
        );
        assert_eq!(mentioned("a busy week, thanks").as_deref(), Some("thanks"));
        assert_eq!(mentioned("is this bot ok or what").as_deref(), Some("acknowledgement"));
        // Inside a message that says something else, a phrase is not enough.
        assert_eq!(mentioned("the summit was ok in general"), None);
        // Asking something outside the phrases is a question.
        assert_eq!(mentioned("thanks, and what is the SCO?"), None);
        assert_eq!(mentioned("thanks, and how old is Putin?"), None);
        assert_eq!(mentioned("你好，上合组织是什么？"), None);
        // So is a request of the bot, whatever small talk its words hold ("good" of "a good
        // hotel"; here "ok").
        assert_eq!(mentioned("can you recommend an ok hotel in Beijing?"), None);
        assert_eq!(mentioned("could you so find me an ok laptop"), None);
        assert_eq!(mentioned("hotel ok?").as_deref(), Some("acknowledgement"));
    }

    #[test]
    fn help_with_something_else_the_message_tells_is_no_small_talk() {
        // A help phrase among words telling what the reader needs help with asks for advice
        // the article does not give; the bot's help is asked in the phrase's words alone.
        assert_eq!(mentioned("laptop broken, 怎么用"), None);
        assert_eq!(mentioned("bot 怎么用").as_deref(), Some("help"));
        // "скока" is chat's "сколько" (how much): a question after a greeting.
        assert_eq!(mentioned("hi, скока стоит билет"), None);
    }

    #[test]
    fn whole_messages_of_phrases_and_fillers_are_small_talk() {
        assert_eq!(intent("Hi!").as_deref(), Some("greeting"));
        assert_eq!(intent("hello there, bot").as_deref(), Some("greeting"));
        assert_eq!(intent("Good morning!!!").as_deref(), Some("greeting"));
        assert_eq!(intent("thank you so much 🙏").as_deref(), Some("thanks"));
        assert_eq!(intent("👍🏽").as_deref(), Some("acknowledgement"));
        assert_eq!(intent("ok thanks").as_deref(), Some("thanks"), "thanks outranks ok");
        assert_eq!(intent("Who are you?").as_deref(), Some("identity"));
        assert_eq!(intent("thnaks").as_deref(), Some("thanks"), "one typo in a long word");
        assert_eq!(intent("зачот").as_deref(), Some("praise"), "one typo");
        for typo in ["thankss", "thnks", "thanls", "htanks"] {
            assert_eq!(intent(typo).as_deref(), Some("thanks"), "{typo}: one edit");
        }
        assert_eq!(intent("thnkss"), None, "two edits");
        assert_eq!(intent("зачем?"), None, "a question word is no typo of a phrase");
        assert_eq!(intent("are you a bot").as_deref(), Some("identity"));
        assert_eq!(intent("who are you bot").as_deref(), Some("identity"));
        assert_eq!(intent("thank you, that was helpful").as_deref(), Some("thanks"));
        // What follows "for" is what the reader thanks for, article words included.
        assert_eq!(intent("many thanks for the help").as_deref(), Some("thanks"));
        assert_eq!(intent("thank you for helping me").as_deref(), Some("thanks"));
        assert_eq!(intent("thanks for explaining the sco").as_deref(), Some("thanks"));
        assert_eq!(intent("thanks for explaining, what is the sco?"), None);
    }

    #[test]
    fn one_edit_is_a_typo_and_two_are_not() {
        for (a, b) in
            [("thanks", "thnaks"), ("hello", "helllo"), ("спасибо", "спосибо"), ("hello", "hell")]
        {
            assert!(within_one_edit(a, b), "{a} {b}");
            assert_eq!(strsim::damerau_levenshtein(a, b), 1, "{a} {b}");
        }
        for (a, b) in
            [("thanks", "thnkas"), ("hello", "hlelo!"), ("hello", "jelly"), ("abc", "abcde")]
        {
            assert!(!within_one_edit(a, b), "{a} {b}");
            assert!(strsim::damerau_levenshtein(a, b) > 1, "{a} {b}");
        }
    }

    proptest::proptest! {
        /// The one-pass test agrees with the edit distance it replaces, on short words of a
        /// small alphabet (where one and two edits are both common) in two scripts.
        #[test]
        fn one_edit_agrees_with_the_edit_distance(a in "[abcд]{0,6}", b in "[abcд]{0,6}") {
            proptest::prop_assert_eq!(
                within_one_edit(&a, &b),
                strsim::damerau_levenshtein(&a, &b) <= 1
            );
        }
    }

    #[test]
    fn a_message_with_anything_else_is_not_small_talk() {
        assert_eq!(intent("hi, who is Trenin?"), None);
        assert_eq!(intent("thanks, and what about the SCO"), None);
        assert_eq!(intent("who are you, Putin?"), None);
        assert_eq!(intent("hi relations"), None, "a word the article knows");
        assert_eq!(intent("hi blah blah blah"), None, "more unknown words than phrase words");
        assert_eq!(intent(""), None);
        assert_eq!(intent("hi ".repeat(100).as_str()), None, "too long to be small talk");
        assert_eq!(intent("thanks, what was that?"), None, "a question word outside a phrase");
        assert_eq!(intent("ok so what"), None);
        // Opening a message, "who" asks: "thinks" is no typo of "thanks" there.
        assert_eq!(intent("who thinks so"), None);
        assert_eq!(intent("thinks so much"), Some("thanks".into()), "a typo elsewhere");
        assert_eq!(intent("who are you, what is that?"), Some("identity".into()), "about the bot");
        // A Russian question word in any case asks: the language of a country, not the bot's.
        assert_eq!(mentioned("на каком языке говорят в таджикистане"), None);
        assert_eq!(mentioned("языки"), Some("capabilities".into()));
    }
}
