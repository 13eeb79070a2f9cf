//! Text to terms: normalising, stop words, stems, typos and synonyms, for entries and questions
//! alike. What kind of question a question is: [`super::asked`].

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::synonym_phrases::{holds_phrase, BoundReading};
use super::word_sets::{CharSet, HanPairs, SeenWords, Surface};
use super::wording::*;
use super::*;
use crate::fuzzy::{allowed_edits, FuzzyDictionary, MAX_EDITS, MAX_WORD_CHARS};
use crate::strindex::StrIndex;
use crate::text::{for_each_word, is_han, normalize, normalize_into};

/// A question turned into terms.
#[derive(Debug, Clone, Default)]
pub(super) struct Analysed {
    /// How many words the question has, as spaces separate them, plus one per Chinese
    /// character (read in pairs, a term per character): a long question spreads its weight
    /// over words an entry need not share.
    pub(super) words: usize,
    /// (term, weight x strength): known terms only, distinct.
    pub(super) known: Vec<(TermId, f32)>,
    /// Sum of the weights of all terms, known and unknown.
    pub(super) total_weight: f32,
    /// Known fact words, with the extra weight they add for an entry that lacks them.
    pub(super) fact_terms: Vec<(TermId, f32)>,
    /// Of those, the facts asked by name ("capital", "president"), not by a question word
    /// ("when", "how many") or a time ("today"), which the kinds of question weigh.
    pub(super) named_facts: Vec<TermId>,
    /// "many" after "how": (its term, the term of the word counted). An entry that gives a
    /// number and has the word counted does not lack the fact "many" asks.
    pub(super) quantities: Vec<(TermId, Option<TermId>)>,
    /// Whether it asks by name a fact the knowledge base has no word for ("which province").
    pub(super) unknown_named_fact: bool,
    /// The years it names ([`super::asked::year_bit`]s).
    pub(super) years: u32,
    /// The weight of the names it holds that the knowledge base lacks (words capitalised
    /// inside it: "Taiwan"), part of `total_weight`.
    pub(super) unknown_names: f32,
    /// The kinds of question it asks ([`crate::knowledge::QuestionKind::bit`]s).
    pub(super) asks: u16,
    /// Whether it asks what the article cannot know: what happened after it, the present
    /// moment, the reader's own affairs (see [`super::asked`]).
    pub(super) beyond_the_article: bool,
    /// Whether it is a why-question about what its own words describe (see
    /// [`super::asked::read_asked`]).
    pub(super) why_of_its_topic: bool,
    /// The deed it asks whether someone did ("join" of "did Georgia ever join NATO?").
    pub(super) deed: Option<&'static str>,
    /// The known terms naming whose view it asks ([`super::asked::Reading::view_holder`]).
    pub(super) view_holders: Vec<TermId>,
    /// Whether the view asked is a reaction ([`super::asked::Reading::asks_a_reaction`]).
    pub(super) asks_a_reaction: bool,
    /// The plural noun of "which ...?" ([`super::asked::Reading::which_of`]).
    pub(super) which_of: Option<String>,
    /// The plural noun of "which ... exactly?" (see [`super::asked::noun_of_specifics`]).
    pub(super) specifics_of: Option<String>,
    /// The terms of what that view is asked about ("china" of "what did Kerry say about
    /// China?").
    pub(super) view_topics: Vec<TermId>,
    /// The one of Russia's two partners it names and the other ([`Matcher::partner_asked`]).
    pub(super) partner: Option<(TermId, TermId)>,
    /// Its words after stop words are dropped, which `details` point into.
    pub(super) tokens: Vec<Token>,
    /// Per-term details for explanations.
    pub(super) details: Vec<TermFound>,
    /// Misspelt stop words it holds, each with the stop word it stands for ("shoud":
    /// "should"), to read the question again spelt right: the words also say what it asks.
    pub(super) respellings: Vec<(String, &'static str)>,
}

/// Prepositions that end a phrasal verb of the synonyms ("team up with", "put their names
/// to"): without them the verb is another ("come up" of "where does he come up?").
const PHRASE_ENDINGS: &[&str] = &["with", "to", "on", "of", "for", "at", "in", "about"];

/// A term of a question as found, for explanations: made a [`QueryTerm`] only when one is
/// asked for, so that answering copies no words for it.
#[derive(Debug, Clone)]
pub(super) struct TermFound {
    /// The question's tokens it came from.
    pub(super) tokens: std::ops::Range<usize>,
    /// Its known term; none for a word the knowledge base lacks.
    pub(super) term: Option<TermId>,
    pub(super) source: TermSource,
    pub(super) weight: f32,
    pub(super) strength: f32,
}

/// One word of a text after stop words are dropped.
#[derive(Debug, Clone)]
pub(super) struct Token {
    pub(super) surface: String,
    /// One of the fact words ([`FACT_WORDS`] and their Russian and Chinese counterparts).
    pub(super) asks_for_fact: bool,
    /// The word after "how" that asks a quantity ("how many", "how old").
    pub(super) quantity: bool,
}

/// Turns text into terms. Built once; read-only while matching.
pub(super) struct Analyzer {
    pub(super) stemmer: Stemmer,
    pub(super) russian: Stemmer,
    /// Normalised, so that "ещё" is found as the normalised "еще".
    pub(super) stop_words: HashSet<String>,
    /// Each term's id (its index in `term_names`), by its name.
    pub(super) term_ids: StrIndex,
    pub(super) term_names: Vec<String>,
    /// Synonym phrases (as term sequences, one term long or more) to their concept term.
    pub(super) phrases: HashMap<Vec<TermId>, TermId>,
    /// Synonym phrases of several stop words ("who does what"), with the normalised text of
    /// their group's first term: read as that term, since as terms they would be nothing.
    pub(super) stop_phrases: Vec<(String, String)>,
    /// For each term (by id), the length of the longest phrase of two or more terms it starts;
    /// 0 for none. Most words start none, which this answers without hashing.
    pub(super) longest_from: Vec<usize>,
    /// For each term (by id), the concept it maps to alone (itself when none).
    pub(super) single_concept: Vec<TermId>,
    /// Synonym phrases whose other words are stop words ("at this point", "play off", "not a
    /// threat"): (the one word's term, the normalised phrase, its concept). The word stands for
    /// the concept only inside the whole phrase: alone it is the main point, a role to play.
    pub(super) bound_phrases: Vec<(TermId, Vec<String>, TermId)>,
    /// Synonym phrases of several terms that end in a preposition ("come up with", "put their
    /// names to"), with their normalised words: read only where a text holds them whole.
    pub(super) phrases_ending_in_a_preposition: Vec<(Vec<TermId>, Vec<String>)>,
    /// For each term (by id), whether it is the word of one of `bound_phrases`.
    pub(super) in_bound_phrase: Vec<bool>,
    /// Every word seen in the knowledge base, by its surface form, to its stem's term.
    pub(super) dictionary: FuzzyDictionary<TermId>,
    /// Every non-ASCII character of a knowledge-base word or term. A word of a question with
    /// more characters outside it than typos allowed can match nothing (see [`Self::can_match`]).
    pub(super) alphabet: CharSet,
    /// While building: every distinct word of the knowledge base met so far, so that each is
    /// looked up once (stop word, or its term) and stemmed once. Emptied once built.
    pub(super) seen_words: SeenWords,
    /// Chinese words of two characters that curators wrote as words: two-character keywords and
    /// synonyms, and the first and last pair of four-character ones. A question's pair that
    /// overlaps one of them and is not one itself spans two words (see
    /// `Matcher::straddles_han_word`).
    pub(super) han_words: HanPairs,
    /// One buffer for the raw terms of each text while building.
    pub(super) raw_scratch: Vec<TermId>,
    /// One buffer for the normalised form of each text while building.
    pub(super) text_scratch: String,
}

/// Tells, word by word, whether a word is a quantity word after "how" ("how many", "how
/// long"): such a word is content and asks for a fact.
#[derive(Default)]
pub(super) struct AfterHow {
    pub(super) previous_was_how: bool,
    /// The question is about money ("how much did China invest?"): "how much" asks an amount.
    pub(super) of_money: bool,
    /// "how much" before a plural noun asks a count, in a learner's words ("how much soldiers
    /// russia have?").
    pub(super) of_a_count: bool,
}

impl AfterHow {
    pub(super) fn next(&mut self, word: &str) -> bool {
        let quantity = self.previous_was_how
            && (HOW_QUANTITY.contains(&word)
                || (self.of_money || self.of_a_count) && word == "much");
        self.previous_was_how = word == "how";
        quantity
    }

    /// Whether `word`, the next word, is the "long" of a "how long" asking a time
    /// ([`asks_a_duration`] of `question`): a question word, dropped as "when" is. The
    /// question is read only then, not for every question.
    pub(super) fn is_duration(&self, word: &str, question: &str) -> bool {
        self.previous_was_how && word == "long" && asks_a_duration(question)
    }
}

impl Analyzer {
    /// Whether `word` (normalised) is a stop word.
    pub(super) fn is_stop_word(&self, word: &str) -> bool {
        self.stop_words.contains(word)
    }

    /// An analyzer for a knowledge base of about `expected_words` distinct words: its tables
    /// are sized for them at once rather than grown (and every word hashed again) step by step.
    pub(super) fn new(synonyms: &[Vec<String>], expected_words: usize) -> Analyzer {
        LazyLock::force(&STOP_WORD_SPELLINGS);
        let mut analyzer = Analyzer {
            stemmer: Stemmer::create(Algorithm::English),
            russian: Stemmer::create(Algorithm::Russian),
            stop_words: STOP_WORDS
                .iter()
                .chain(RUSSIAN_STOP_WORDS)
                .chain(CHINESE_STOP_WORDS)
                .map(|word| normalize(word))
                .collect(),
            term_ids: StrIndex::with_capacity(expected_words),
            term_names: Vec::with_capacity(expected_words),
            phrases: HashMap::with_capacity_and_hasher(
                synonyms.iter().map(Vec::len).sum(),
                Default::default(),
            ),
            stop_phrases: Vec::new(),
            longest_from: Vec::new(),
            single_concept: Vec::new(),
            bound_phrases: Vec::new(),
            phrases_ending_in_a_preposition: Vec::new(),
            in_bound_phrase: Vec::new(),
            dictionary: FuzzyDictionary::with_capacity(expected_words),
            alphabet: CharSet::default(),
            han_words: HanPairs::default(),
            seen_words: SeenWords::with_capacity(expected_words),
            raw_scratch: Vec::new(),
            text_scratch: String::new(),
        };
        // Phrases listed without a preposition too ("team up" beside "team up with") are read
        // with or without it.
        let mut phrases_without_ending: Vec<Vec<TermId>> = Vec::new();
        for group in synonyms {
            let Some(head) = group.iter().find(|term| !term.trim().is_empty()) else { continue };
            let concept = analyzer.intern(&format!("~{}", normalize(head.trim())));
            for term in group {
                analyzer.note_han_words(term);
                let mut ids = Vec::new();
                analyzer.intern_tokens(term, &mut ids);
                if ids.is_empty() {
                    let (phrase, head) = (normalize(term.trim()), normalize(head.trim()));
                    // (A single stop word in a group, "считает" among words for a view,
                    // stays a stop word: it is too common to stand for the group.)
                    if phrase.contains(' ') && phrase != head {
                        analyzer.stop_phrases.push((phrase, head));
                    }
                    continue;
                }
                let phrase = normalize(term.trim());
                if let ([word], true) = (ids.as_slice(), phrase.contains(' ')) {
                    let words = crate::text::words(&phrase).into_iter().map(String::from);
                    analyzer.bound_phrases.push((*word, words.collect(), concept));
                    continue;
                }
                let words: Vec<String> =
                    crate::text::words(&phrase).into_iter().map(String::from).collect();
                let ending = words.last().is_some_and(|last| PHRASE_ENDINGS.contains(&&**last));
                match ending && ids.len() > 1 {
                    true => analyzer.phrases_ending_in_a_preposition.push((ids.clone(), words)),
                    false => phrases_without_ending.push(ids.clone()),
                }
                // The first group to claim a phrase keeps it, so loading order decides, not chance.
                analyzer.phrases.entry(ids).or_insert(concept);
            }
        }
        analyzer
            .phrases_ending_in_a_preposition
            .retain(|(ids, _)| !phrases_without_ending.contains(ids));
        let terms = analyzer.term_names.len();
        analyzer.longest_from = vec![0; terms];
        analyzer.single_concept = (0..terms as TermId).collect();
        analyzer.in_bound_phrase = vec![false; terms];
        for &(word, _, _) in &analyzer.bound_phrases {
            analyzer.in_bound_phrase[word as usize] = true;
        }
        for (ids, &concept) in &analyzer.phrases {
            match ids.as_slice() {
                [single] => analyzer.single_concept[*single as usize] = concept,
                [first, ..] => {
                    let longest = &mut analyzer.longest_from[*first as usize];
                    *longest = (*longest).max(ids.len());
                }
                [] => {}
            }
        }
        analyzer
    }

    pub(super) fn intern(&mut self, name: &str) -> TermId {
        if let Some(id) = self.term_id(name) {
            return id;
        }
        let id = self.term_names.len() as TermId;
        self.term_names.push(name.to_owned());
        let names = &self.term_names;
        self.term_ids.insert_new(name, id, |at| names[at as usize].as_str());
        id
    }

    /// The id of the term `name`, if it is one.
    pub(super) fn term_id(&self, name: &str) -> Option<TermId> {
        self.term_ids.get(name, |at| self.term_names[at as usize].as_str())
    }

    pub(super) fn tokens(&self, text: &str, max_bytes: usize) -> Vec<Token> {
        self.tokens_of_normalized(&normalize(crate::text::prefix(text, max_bytes)))
    }

    /// [`Self::tokens`] of a text already cut and normalised.
    pub(super) fn tokens_of_normalized(&self, normalized: &str) -> Vec<Token> {
        // No letter or digit, no word (a flood of ASCII punctuation): nothing below would find
        // one. (Looked for in ASCII text only, by bytes: other text is read word by word below.)
        if normalized.is_ascii() && !normalized.bytes().any(|byte| byte.is_ascii_alphanumeric()) {
            return Vec::new();
        }
        // As asked, before the heads below are added to it: what is read again without a verb.
        let question = normalized;
        // A phrase of stop words that means a term is read as that term, after the question.
        let with_heads;
        let heads: Vec<&str> = self
            .stop_phrases
            .iter()
            .filter(|(phrase, _)| holds_phrase(normalized, phrase))
            .map(|(_, head)| head.as_str())
            .collect();
        let normalized = match heads.is_empty() {
            true => normalized,
            false => {
                with_heads = format!("{normalized} {}", heads.join(" "));
                with_heads.as_str()
            }
        };
        let mut tokens = Vec::new();
        // "how did Moscow deal with it?": the verb of "deal with" is handling, no deal. Looked
        // for among the words the loop reads anyway: most questions have no "deal".
        let mut deals = false;
        // "the JCPOA mentioned at the end": a place in the text, looked for the same way.
        let mut places = false;
        // "security-wise", "money-wise": as to security; the suffix names nothing (alone, "is it
        // wise to ...?" asks whether one should, and stays a word).
        let wise_suffix = normalized.contains("-wise");
        let mut after_how = AfterHow {
            of_money: normalized.contains("how much")
                && normalized
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| MONEY_WORDS.contains(&word)),
            of_a_count: counts_a_plural(normalized),
            ..AfterHow::default()
        };
        let mut pieces: Vec<String> = Vec::new();
        // "what are they fighting about?" is what they are fighting over: a dispute, as the
        // synonyms have it, not the clash "fighting" alone is ("about" is a stop word).
        let (mut after_they, mut after_quarrelling) = (false, false);
        // "the doctrine you mentioned first": what the bot said points to its earlier reply,
        // and neither the telling nor its order is the question's topic.
        let (mut after_you, mut after_telling) = (false, false);
        // "who thinks that way?", "see it the same way": a manner, no way (forward, or out of
        // one's way).
        let mut after_pointing = false;
        for_each_word(normalized, |word| {
            let pointed = std::mem::replace(
                &mut after_pointing,
                matches!(word.as_ref(), "that" | "this" | "same" | "either"),
            );
            if pointed && word == "way" {
                return;
            }
            let quarrelling =
                FIGHTING.contains(&word.as_ref()) || after_they && ARGUING.contains(&word.as_ref());
            after_they = word == "they";
            let telling = std::mem::replace(&mut after_you, word == "you")
                && TELLING_OF_THE_REPLY.contains(&word.as_ref());
            let order = std::mem::replace(&mut after_telling, telling)
                && ORDER_OF_THE_REPLY.contains(&word.as_ref());
            if telling || order {
                return;
            }
            if std::mem::replace(&mut after_quarrelling, quarrelling) && word == "about" {
                let surface = "over".to_owned();
                tokens.push(Token { asks_for_fact: false, quantity: false, surface });
                return;
            }
            if wise_suffix && word == "wise" {
                return;
            }
            deals |= word.starts_with("deal") && HANDLING.contains(&word.as_ref());
            places |= matches!(word.as_bytes().first(), Some(b'e' | b'b' | b's' | b'm' | b'c'))
                && PLACES_IN_THE_TEXT.contains(&word.as_ref());
            // A word without Chinese characters is its own one piece, judged without the
            // neighbours a Chinese pair is judged by: no piece copied before it is kept.
            if !word.chars().any(is_han) {
                let duration = after_how.is_duration(&word, question);
                let quantity = after_how.next(&word) && !duration;
                if quantity || !(duration || self.stop_words.contains(word.as_ref())) {
                    let asks_for_fact = quantity || is_fact_word(&word);
                    let surface = word.into_owned();
                    tokens.push(Token { asks_for_fact, quantity, surface });
                }
                return;
            }
            pieces.clear();
            for_each_piece(&word, |piece| pieces.push(piece.to_owned()));
            // Decided on all the pieces first: a pair is judged by its neighbours.
            let kept: Vec<(bool, bool, bool)> = (0..pieces.len())
                .map(|i| {
                    let word = pieces[i].as_str();
                    let duration = after_how.is_duration(word, question);
                    let quantity = after_how.next(word) && !duration;
                    let measure_of_a_word = self.measure_of_a_word(&pieces, i);
                    let content = !(self.stop_words.contains(word)
                        || duration
                        || self.straddles_stop(&pieces, i)
                        || measure_of_a_word);
                    let fact = is_fact_word(word) && !measure_of_a_word;
                    (quantity || content, quantity || fact, quantity)
                })
                .collect();
            let lone = self.lone_han_characters(&word, &pieces, &kept);
            for (surface, (keep, asks_for_fact, quantity)) in pieces.drain(..).zip(kept) {
                if keep {
                    tokens.push(Token { asks_for_fact, quantity, surface });
                }
            }
            tokens.extend(lone.into_iter().map(|surface| Token {
                // "哪个省": a province, as "省份".
                asks_for_fact: is_fact_word(&surface),
                quantity: false,
                surface,
            }));
        });
        // "what is russia afraid of when it comes to china": "when it comes to" names the
        // topic, no time ("when" found the article's date) and no coming ("it", "to" are stop
        // words, so the two stand side by side).
        let coming_to = tokens.windows(2).position(|pair| {
            pair[0].surface == "when" && matches!(pair[1].surface.as_str(), "comes" | "came")
        });
        if let Some(at) = coming_to {
            tokens.drain(at..at + 2);
        }
        if let Some(without_place) = places.then(|| without_place_in_text(question)).flatten() {
            return self.tokens_of_normalized(&without_place);
        }
        if deals {
            let without_handling = drop_handling(question);
            if without_handling.len() < question.len() {
                return self.tokens_of_normalized(&without_handling);
            }
        }
        mark_names_of_things(&mut tokens);
        unmark_wars_of_things(&mut tokens);
        tokens
    }

    /// The Chinese characters of `word` that no kept piece and no function word covers: a word
    /// of one character between function words ("书", books, in "写过哪些书"), whose pairs were
    /// all dropped as spanning them. Without it, the question would read as asking nothing but
    /// its other words.
    fn lone_han_characters(
        &self,
        word: &str,
        pieces: &[String],
        kept: &[(bool, bool, bool)],
    ) -> Vec<String> {
        if pieces.len() < 2 || !word.chars().any(is_han) {
            return Vec::new();
        }
        let covered: Vec<char> = pieces
            .iter()
            .zip(kept)
            .filter(|(piece, (keep, _, _))| *keep || self.stop_words.contains(piece.as_str()))
            .flat_map(|(piece, _)| piece.chars())
            .collect();
        word.chars()
            .filter(|&c| is_han(c) && !covered.contains(&c))
            .map(String::from)
            .filter(|c| !self.stop_words.contains(c.as_str()))
            .collect()
    }

    /// Whether piece `i` of a Chinese run is a pair spanning a function word and the next word
    /// ("者为" in "作者为什么"): the end of one word and the start of another, which only
    /// questions worded alike share.
    // (Inlined into the loop over a run's pieces, which calls it once per piece: out of line,
    // its two lookups of a stop word cost 0.9% of a 4 KiB Chinese question, by callgrind.)
    #[inline]
    fn straddles_stop(&self, pieces: &[String], i: usize) -> bool {
        let stop_pair = |j: usize| is_han_pair(&pieces[j]) && self.stop_words.contains(&pieces[j]);
        is_han_pair(&pieces[i])
            && ((i > 0 && stop_pair(i - 1) && overlaps(&pieces[i - 1], &pieces[i]))
                || (i + 1 < pieces.len()
                    && stop_pair(i + 1)
                    && overlaps(&pieces[i], &pieces[i + 1])))
    }

    /// Whether piece `i` of a Chinese run is a measure asked ("多重", how heavy; "多高", how
    /// tall) whose second character opens a word the knowledge base knows: "有多重要" asks how
    /// important ("多" + "重要"), no weight. Read as neither topic nor fact.
    fn measure_of_a_word(&self, pieces: &[String], i: usize) -> bool {
        let word = pieces[i].as_str();
        word.starts_with('多')
            && is_han_pair(word)
            && is_fact_word(word)
            && pieces.get(i + 1).is_some_and(|next| {
                is_han_pair(next) && overlaps(word, next) && self.term_of(next).is_some()
            })
    }

    /// The known term of a word, if its stem is one. A word the knowledge base itself uses is
    /// found in the dictionary without stemming it again.
    pub(super) fn term_of(&self, surface: &str) -> Option<TermId> {
        match self.dictionary.get(surface) {
            Some(&id) => Some(id),
            None => self.term_id(&stem(&self.stemmer, &self.russian, surface)),
        }
    }

    /// False when `surface` can be no known word, exactly or with typos, nor stem to a known
    /// term: it has more characters that no knowledge-base word or term has (a Cyrillic, CJK or
    /// Thai word) than its typos allowed, and stemming keeps every such character (the English
    /// stemmer only rewrites ASCII suffixes; a test checks it). Spares stemming and typo lookup
    /// of the words of a message in another script, which a long one has dozens of.
    pub(super) fn can_match(&self, surface: &str) -> bool {
        if surface.is_ascii() {
            return true;
        }
        let foreign = surface.chars().filter(|c| !c.is_ascii() && !self.alphabet.contains(c));
        // Each such character takes one typo to replace or drop. (Words longer than typos are
        // looked up for match nothing either way; counting them as the longest that are is
        // only cautious.)
        let chars = surface.chars().take(MAX_WORD_CHARS).count();
        foreign.take(MAX_EDITS + 1).count() <= allowed_edits(chars)
    }

    /// Appends to `ids` the terms of `text` (its stems, before synonyms), interning new ones
    /// and recording new words for typo lookup. Same words as [`Self::tokens`] (a quantity word
    /// after "how" is never a stop word, see the tests), but each distinct word is looked up
    /// and stemmed once for the whole knowledge base.
    pub(super) fn intern_tokens(&mut self, text: &str, ids: &mut Vec<TermId>) {
        let mut normalized = std::mem::take(&mut self.text_scratch);
        normalized.clear();
        normalize_into(text, &mut normalized);
        for_each_word(&normalized, |word| {
            for_each_piece(&word, |word| {
                if let Some(id) = self.content_term(word) {
                    ids.push(id);
                }
            });
        });
        if normalized.contains('-') {
            self.intern_compounds(&normalized, ids);
        }
        self.text_scratch = normalized;
    }

    /// The term of a word of the knowledge base, `None` for a stop word.
    pub(super) fn content_term(&mut self, word: &str) -> Option<TermId> {
        match self.seen_words.get(word) {
            Some(Surface::Term(id)) => return Some(id),
            Some(Surface::Stop) => return None,
            None => {}
        }
        if self.stop_words.contains(word) {
            self.seen_words.insert(word, Surface::Stop);
            return None;
        }
        let id = self.intern_stem(word);
        self.seen_words.insert(word, Surface::Term(id));
        // Words with digits ("2015", "cr929") have no place in the typo dictionary, nor pieces of
        // Chinese: one character off is another word altogether.
        if !word.bytes().any(|b| b.is_ascii_digit()) && !word.chars().any(is_han) {
            self.dictionary.insert(word, id);
        }
        Some(id)
    }

    pub(super) fn intern_stem(&mut self, word: &str) -> TermId {
        let stem = stem(&self.stemmer, &self.russian, word);
        self.intern(&stem)
    }

    /// Hyphenated compounds ("build-up", "post-Cold") are also indexed joined, since readers
    /// often write them as one word ("buildup").
    pub(super) fn intern_compounds(&mut self, normalized: &str, ids: &mut Vec<TermId>) {
        for compound in normalized.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
            if !compound.contains('-') {
                continue;
            }
            let parts: Vec<&str> = compound.split('-').filter(|p| !p.is_empty()).collect();
            if parts.len() >= 2 && parts.iter().all(|p| p.chars().all(char::is_alphabetic)) {
                let joined = parts.concat();
                let id = match self.dictionary.get(&joined) {
                    Some(&id) => id,
                    None => {
                        let id = self.intern_stem(&joined);
                        self.dictionary.insert(&joined, id);
                        id
                    }
                };
                ids.push(id);
            }
        }
    }

    /// Calls `emit(term, is_part)` with the terms of knowledge-base text (with repeats), adding
    /// new terms; `is_part` marks the words of a synonym phrase, which a question is not read
    /// into ("Дмитрий Тренин" is one term in a question, not three): sample questions are
    /// compared with questions without them.
    pub(super) fn analyse_entry_text_marking_parts(
        &mut self,
        text: &str,
        mut emit: impl FnMut(TermId, bool),
    ) {
        let mut raw = std::mem::take(&mut self.raw_scratch);
        raw.clear();
        self.intern_tokens(text, &mut raw);
        let mut phrase_end = 0;
        // What `intern_tokens` normalised: where a bound phrase is looked for.
        let normalized = std::mem::take(&mut self.text_scratch);
        let mut bound = BoundReading::new(&normalized);
        self.apply_synonyms(&raw, true, &mut bound, |term, start, len| {
            if len > 1 {
                phrase_end = start + len;
            }
            emit(term, len == 1 && start < phrase_end);
        });
        self.text_scratch = normalized;
        self.raw_scratch = raw;
    }

    /// Notes the Chinese words a curated term (a keyword or synonym) spells out whole: itself
    /// when two characters long, its pairs when longer and even (mostly words of two: "睦邻友好",
    /// "上海合作组织", so "对上" of "对上海合作组织" straddles "上海").
    pub(super) fn note_han_words(&mut self, term: &str) {
        // Most terms are in other scripts: nothing to normalise then.
        if !term.chars().any(is_han) {
            return;
        }
        let term = term.trim();
        // The common characters are their own normal form (see `text::fold_simple`): most
        // curated terms need no normalising.
        let common = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
        let term = match term.chars().all(common) {
            true => std::borrow::Cow::Borrowed(term),
            false => std::borrow::Cow::Owned(normalize(term)),
        };
        if !term.chars().all(is_han) {
            return;
        }
        // A phrase with the particle 的 ("俄罗斯主导的安全组织") is no run of two-character
        // words: its pairs would be read out of step ("导的").
        if term.chars().count() % 2 != 0 || term.contains('的') {
            return;
        }
        // Where each pair starts, then the end.
        let mut bounds = term.char_indices().map(|(at, _)| at).step_by(2).chain([term.len()]);
        let mut start = bounds.next().unwrap_or(0);
        for end in bounds {
            let pair = &term[start..end];
            self.han_words.insert(pair);
            start = end;
        }
    }

    /// Calls `emit` with the terms of knowledge-base text (with repeats), adding new terms.
    pub(super) fn analyse_entry_text(&mut self, text: &str, mut emit: impl FnMut(TermId)) {
        self.analyse_entry_text_marking_parts(text, |term, _| emit(term));
    }
}

/// Calls `each` with the pieces of one word as the matcher indexes them: the word itself, or,
/// for a run of Chinese characters (written without spaces), each pair of neighbouring
/// characters ("中俄关系" is "中俄", "俄关", "关系"; a lone character is itself). Pairs need no
/// dictionary, and every two-character word of a question is among them; the pairs that span
/// two words are noise that few entries share.
#[inline]
pub(super) fn for_each_piece(word: &str, mut each: impl FnMut(&str)) {
    if !word.chars().any(is_han) {
        each(word);
        return;
    }
    let mut run_start: Option<usize> = None;
    let flush = |text: &str, each: &mut dyn FnMut(&str)| {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        match chars.len() {
            0 => {}
            1 => each(text),
            n => {
                for i in 0..n - 1 {
                    let end = chars.get(i + 2).map_or(text.len(), |(at, _)| *at);
                    each(&text[chars[i].0..end]);
                }
            }
        }
    };
    let mut other_start: Option<usize> = None;
    for (at, c) in word.char_indices() {
        match (is_han(c), run_start, other_start) {
            (true, None, other) => {
                if let Some(start) = other {
                    each(&word[start..at]);
                }
                other_start = None;
                run_start = Some(at);
            }
            (false, Some(start), _) => {
                flush(&word[start..at], &mut each);
                run_start = None;
                other_start = Some(at);
            }
            (false, None, None) => other_start = Some(at),
            _ => {}
        }
    }
    if let Some(start) = run_start {
        flush(&word[start..], &mut each);
    }
    if let Some(start) = other_start {
        each(&word[start..]);
    }
}

/// Whether `piece` is a pair of Chinese characters, as questions are read (see
/// `analyze::for_each_piece`).
pub(super) fn is_han_pair(piece: &str) -> bool {
    let mut chars = piece.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(a), Some(b), None)
        if crate::text::is_han(a) && crate::text::is_han(b))
}

/// Whether the pair `after` continues the pair `before` (its first character is the other's
/// last), as neighbouring pieces of one run of Chinese do.
pub(super) fn overlaps(before: &str, after: &str) -> bool {
    before.chars().last().is_some() && before.chars().last() == after.chars().next()
}

/// The English stop word of five letters or more that `word`, which the knowledge base lacks,
/// misspells by a letter dropped or swapped with its neighbour ("actualy", "becuase"), the
/// first letter kept. Not a letter replaced: that makes real words ("theme" of "there",
/// "whale" of "while"), which are topics.
pub(super) fn misspelt_stop_word(word: &str) -> Option<&'static str> {
    STOP_WORD_SPELLINGS.get(word).copied()
}

/// Built by the first analyzer (see [`Analyzer::new`]), at load time rather than at a reader's
/// first message.
static STOP_WORD_SPELLINGS: LazyLock<HashMap<String, &'static str>> =
    LazyLock::new(stop_word_spellings);

/// The table behind [`misspelt_stop_word`], built once per process: every form of each English stop word of
/// five letters and more with one letter after the first dropped, or two neighbours after it
/// swapped, unless that form is a stop word itself. Shorter stop words have too many real
/// words a letter away ("with" and "wit").
fn stop_word_spellings() -> HashMap<String, &'static str> {
    let mut spellings = HashMap::default();
    let long =
        STOP_WORDS.iter().filter(|w| w.len() >= 5 && w.bytes().all(|b| b.is_ascii_lowercase()));
    for &word in long {
        let bytes = word.as_bytes();
        let mut forms = Vec::new();
        for at in 1..bytes.len() {
            let mut dropped = bytes.to_vec();
            dropped.remove(at);
            forms.push(dropped);
            if at + 1 < bytes.len() && bytes[at] != bytes[at + 1] {
                let mut swapped = bytes.to_vec();
                swapped.swap(at, at + 1);
                forms.push(swapped);
            }
        }
        for form in forms {
            let form = String::from_utf8(form).expect("ASCII stays ASCII");
            if !STOP_WORDS.contains(&form.as_str()) {
                spellings.entry(form).or_insert(word);
            }
        }
    }
    spellings
}
