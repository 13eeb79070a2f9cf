//! Text to terms: normalising, stop words, stems, typos and synonyms, for entries and questions
//! alike; and the kinds of question a question asks.

use rust_stemmers::{Algorithm, Stemmer};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::*;
use crate::fuzzy::{allowed_edits, FuzzyDictionary, MAX_EDITS, MAX_WORD_CHARS};
use crate::knowledge::QuestionKind;
use crate::text::{for_each_word, is_han, normalize, normalize_into};

/// A question turned into terms.
#[derive(Debug, Clone, Default)]
pub(super) struct Analysed {
    /// (term, weight x strength): known terms only, distinct.
    pub(super) known: Vec<(TermId, f32)>,
    /// Sum of the weights of all terms, known and unknown.
    pub(super) total_weight: f32,
    /// Known fact words, with the extra weight they add for an entry that lacks them.
    pub(super) fact_terms: Vec<(TermId, f32)>,
    /// The kinds of question it asks ([`QuestionKind::bit`]s).
    pub(super) asks: u16,
    /// Whether it asks what happened after the article ([`after_publication_of`]).
    pub(super) after_publication: bool,
    /// Per-term details for explanations.
    pub(super) details: Vec<QueryTerm>,
}

/// One word of a text after stop words are dropped.
pub(super) struct Token {
    pub(super) surface: String,
    /// One of the fact words ([`FACT_WORDS`] and their Russian and Chinese counterparts).
    pub(super) asks_for_fact: bool,
}

/// Turns text into terms. Built once; read-only while matching.
pub(super) struct Analyzer {
    pub(super) stemmer: Stemmer,
    pub(super) russian: Stemmer,
    /// Normalised, so that "ещё" is found as the normalised "еще".
    pub(super) stop_words: HashSet<String>,
    pub(super) term_ids: HashMap<String, TermId>,
    pub(super) term_names: Vec<String>,
    /// Synonym phrases (as term sequences, one term long or more) to their concept term.
    pub(super) phrases: HashMap<Vec<TermId>, TermId>,
    /// For each term (by id), the length of the longest phrase of two or more terms it starts;
    /// 0 for none. Most words start none, which this answers without hashing.
    pub(super) longest_from: Vec<usize>,
    /// For each term (by id), the concept it maps to alone (itself when none).
    pub(super) single_concept: Vec<TermId>,
    /// Every word seen in the knowledge base, by its surface form, to its stem's term.
    pub(super) dictionary: FuzzyDictionary<TermId>,
    /// Every non-ASCII character of a knowledge-base word or term. A word of a question with
    /// more characters outside it than typos allowed can match nothing (see [`Self::can_match`]).
    pub(super) alphabet: HashSet<char>,
    /// While building: every distinct word of the knowledge base met so far, so that each is
    /// looked up once (stop word, or its term) and stemmed once. Emptied once built.
    pub(super) seen_words: HashMap<String, Surface>,
    /// Chinese words of two characters that curators wrote as words: two-character keywords and
    /// synonyms, and the first and last pair of four-character ones. A question's pair that
    /// overlaps one of them and is not one itself spans two words (see
    /// `Matcher::straddles_han_word`).
    pub(super) han_words: HashSet<String>,
    /// One buffer for the raw terms of each text while building.
    pub(super) raw_scratch: Vec<TermId>,
    /// One buffer for the normalised form of each text while building.
    pub(super) text_scratch: String,
}

/// What a word of the knowledge base is, once met.
#[derive(Clone, Copy)]
pub(super) enum Surface {
    Stop,
    Term(TermId),
}

/// Tells, word by word, whether a word is a quantity word after "how" ("how many", "how
/// long"): such a word is content and asks for a fact.
#[derive(Default)]
pub(super) struct AfterHow {
    pub(super) previous_was_how: bool,
}

impl AfterHow {
    pub(super) fn next(&mut self, word: &str) -> bool {
        let quantity = self.previous_was_how && HOW_QUANTITY.contains(&word);
        self.previous_was_how = word == "how";
        quantity
    }
}

impl Analyzer {
    /// Whether `word` (normalised) is a stop word.
    pub(super) fn is_stop_word(&self, word: &str) -> bool {
        self.stop_words.contains(word)
    }

    pub(super) fn new(synonyms: &[Vec<String>]) -> Analyzer {
        let mut analyzer = Analyzer {
            stemmer: Stemmer::create(Algorithm::English),
            russian: Stemmer::create(Algorithm::Russian),
            stop_words: STOP_WORDS
                .iter()
                .chain(RUSSIAN_STOP_WORDS)
                .chain(CHINESE_STOP_WORDS)
                .map(|word| normalize(word))
                .collect(),
            term_ids: HashMap::default(),
            term_names: Vec::new(),
            phrases: HashMap::default(),
            longest_from: Vec::new(),
            single_concept: Vec::new(),
            dictionary: FuzzyDictionary::new(),
            alphabet: HashSet::default(),
            han_words: HashSet::default(),
            seen_words: HashMap::default(),
            raw_scratch: Vec::new(),
            text_scratch: String::new(),
        };
        for group in synonyms {
            let Some(head) = group.iter().find(|term| !term.trim().is_empty()) else { continue };
            let concept = analyzer.intern(&format!("~{}", normalize(head.trim())));
            for term in group {
                analyzer.note_han_words(term);
                let mut ids = Vec::new();
                analyzer.intern_tokens(term, &mut ids);
                if ids.is_empty() {
                    continue;
                }
                // The first group to claim a phrase keeps it, so loading order decides, not chance.
                analyzer.phrases.entry(ids).or_insert(concept);
            }
        }
        let terms = analyzer.term_names.len();
        analyzer.longest_from = vec![0; terms];
        analyzer.single_concept = (0..terms as TermId).collect();
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
        if let Some(&id) = self.term_ids.get(name) {
            return id;
        }
        let id = self.term_names.len() as TermId;
        self.term_ids.insert(name.to_owned(), id);
        self.term_names.push(name.to_owned());
        id
    }

    pub(super) fn tokens(&self, text: &str, max_bytes: usize) -> Vec<Token> {
        let mut cut = max_bytes.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = &text[..cut];
        let normalized = normalize(text);
        let mut tokens = Vec::new();
        let mut after_how = AfterHow::default();
        let mut pieces: Vec<String> = Vec::new();
        for_each_word(&normalized, |word| {
            pieces.clear();
            for_each_piece(&word, |piece| pieces.push(piece.to_owned()));
            // Decided on all the pieces first: a pair is judged by its neighbours.
            let kept: Vec<(bool, bool)> = (0..pieces.len())
                .map(|i| {
                    let word = pieces[i].as_str();
                    let quantity = after_how.next(word);
                    let content =
                        !(self.stop_words.contains(word) || self.straddles_stop(&pieces, i));
                    (quantity || content, quantity || is_fact_word(word))
                })
                .collect();
            let lone = self.lone_han_characters(&word, &pieces, &kept);
            for (surface, (keep, asks_for_fact)) in pieces.drain(..).zip(kept) {
                if keep {
                    tokens.push(Token { asks_for_fact, surface });
                }
            }
            tokens.extend(lone.into_iter().map(|surface| Token { asks_for_fact: false, surface }));
        });
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
        kept: &[(bool, bool)],
    ) -> Vec<String> {
        if pieces.len() < 2 || !word.chars().any(is_han) {
            return Vec::new();
        }
        let covered: Vec<char> = pieces
            .iter()
            .zip(kept)
            .filter(|(piece, (keep, _))| *keep || self.stop_words.contains(piece.as_str()))
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
    fn straddles_stop(&self, pieces: &[String], i: usize) -> bool {
        let stop_pair = |j: usize| is_han_pair(&pieces[j]) && self.stop_words.contains(&pieces[j]);
        is_han_pair(&pieces[i])
            && ((i > 0 && stop_pair(i - 1) && overlaps(&pieces[i - 1], &pieces[i]))
                || (i + 1 < pieces.len()
                    && stop_pair(i + 1)
                    && overlaps(&pieces[i], &pieces[i + 1])))
    }

    /// The known term of a word, if its stem is one. A word the knowledge base itself uses is
    /// found in the dictionary without stemming it again.
    pub(super) fn term_of(&self, surface: &str) -> Option<TermId> {
        match self.dictionary.get(surface) {
            Some(&id) => Some(id),
            None => {
                self.term_ids.get(stem(&self.stemmer, &self.russian, surface).as_ref()).copied()
            }
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
            Some(&Surface::Term(id)) => return Some(id),
            Some(Surface::Stop) => return None,
            None => {}
        }
        if self.stop_words.contains(word) {
            self.seen_words.insert(word.to_owned(), Surface::Stop);
            return None;
        }
        let id = self.intern_stem(word);
        self.seen_words.insert(word.to_owned(), Surface::Term(id));
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
        self.apply_synonyms(&raw, true, |term, start, len| {
            if len > 1 {
                phrase_end = start + len;
            }
            emit(term, len == 1 && start < phrase_end);
        });
        self.raw_scratch = raw;
    }

    /// Notes the Chinese words a curated term (a keyword or synonym) spells out whole: itself
    /// when two characters long, its halves when four (mostly two words: "睦邻友好").
    pub(super) fn note_han_words(&mut self, term: &str) {
        // Most terms are in other scripts: nothing to normalise then.
        if !term.chars().any(is_han) {
            return;
        }
        let term = normalize(term.trim());
        let chars: Vec<char> = term.chars().collect();
        if !chars.iter().all(|&c| is_han(c)) {
            return;
        }
        match chars.len() {
            2 => {
                self.han_words.insert(term);
            }
            4 => {
                self.han_words.insert(chars[..2].iter().collect());
                self.han_words.insert(chars[2..].iter().collect());
            }
            _ => {}
        }
    }

    /// Calls `emit` with the terms of knowledge-base text (with repeats), adding new terms.
    pub(super) fn analyse_entry_text(&mut self, text: &str, mut emit: impl FnMut(TermId)) {
        self.analyse_entry_text_marking_parts(text, |term, _| emit(term));
    }

    /// Maps runs of terms to synonym concepts, longest phrase first. Calls `emit(term, start,
    /// len)` with the token span each term came from.
    ///
    /// With `with_parts`, a phrase of several words also yields each of its words: entries are
    /// analysed that way, so that "Iran nuclear deal" in an entry still matches a question about
    /// "Iran". Questions are not, so a two-word name does not count twice in a question.
    pub(super) fn apply_synonyms(
        &self,
        raw: &[TermId],
        with_parts: bool,
        mut emit: impl FnMut(TermId, usize, usize),
    ) {
        // Terms interned after the synonyms (words only entries use) start no phrase.
        let single = |id: TermId| self.single_concept.get(id as usize).copied().unwrap_or(id);
        let mut i = 0;
        while i < raw.len() {
            let starts = self.longest_from.get(raw[i] as usize).copied().unwrap_or(0);
            let longest = starts.min(raw.len() - i);
            let phrase = (2..=longest)
                .rev()
                .find_map(|len| self.phrases.get(&raw[i..i + len]).map(|&concept| (concept, len)));
            match phrase {
                Some((concept, len)) => {
                    emit(concept, i, len);
                    if with_parts {
                        for (offset, &id) in raw[i..i + len].iter().enumerate() {
                            emit(single(id), i + offset, 1);
                        }
                    }
                    i += len;
                }
                None => {
                    emit(single(raw[i]), i, 1);
                    i += 1;
                }
            }
        }
    }
}

/// Calls `each` with the pieces of one word as the matcher indexes them: the word itself, or,
/// for a run of Chinese characters (written without spaces), each pair of neighbouring
/// characters ("中俄关系" is "中俄", "俄关", "关系"; a lone character is itself). Pairs need no
/// dictionary, and every two-character word of a question is among them; the pairs that span
/// two words are noise that few entries share.
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

/// The first `max_bytes` of `question` (cut at a character), normalised.
fn normalized_prefix(question: &str, max_bytes: usize) -> String {
    let mut cut = max_bytes.min(question.len());
    while !question.is_char_boundary(cut) {
        cut -= 1;
    }
    normalize(&question[..cut])
}

/// The words of a normalised text.
fn words_of(normalized: &str) -> Vec<&str> {
    normalized.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).collect()
}

/// What a question asks, from one reading of its first `max_bytes` (as for matching): its
/// kinds ([`QuestionKind::bit`]s, see [`kinds_of`]) and whether it asks what happened after
/// the article ([`after_publication_of`]).
pub(super) fn read_asked(question: &str, max_bytes: usize) -> (u16, bool) {
    let normalized = normalized_prefix(question, max_bytes);
    let words = words_of(&normalized);
    let mut kinds = kinds_of(&normalized, &words);
    // A question that names a date itself ("when did the 2001 treaty get signed?") is not
    // short of one.
    let when = kinds & QuestionKind::When.bit() != 0 && !states_a_date(&normalized);
    if when && dates_an_event(&normalized, &words) {
        kinds |= ASKS_A_DATE;
    }
    if asks_an_outcome(&normalized, &words) {
        kinds |= ASKS_AN_OUTCOME;
    }
    if asks_who_wrote(&normalized, &words, kinds) {
        kinds |= ASKS_AN_AUTHOR;
    }
    let present_age = kinds & QuestionKind::Age.bit() != 0 && asks_the_present(&normalized, &words);
    (kinds, present_age || after_publication_of(&normalized, &words))
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
    ];
    words.iter().any(|word| EVENTS.contains(word))
        || ["当上", "成为", "上任", "出生", "成立", "签署", "签订", "开始", "结束"]
            .iter()
            .any(|event| normalized.contains(event))
}

/// Whether a question says it asks about today ("now", "сейчас", "现在"): an age asked "now"
/// ("how old is he now?") is not the one the article's time gives (NATO's 70 years in 2015).
fn asks_the_present(normalized: &str, words: &[&str]) -> bool {
    words.iter().any(|word| {
        matches!(
            *word,
            "now" | "today" | "currently" | "nowadays" | "сейчас" | "сегодня" | "теперь" | "ныне"
        )
    }) || ["现在", "如今", "目前", "今年"].iter().any(|marker| normalized.contains(marker))
}

/// The kinds a normalised question asks, from its question words: the word it opens with
/// (who, when, where, why), and phrases anywhere ("how many", "what year", "should").
fn kinds_of(normalized: &str, words: &[&str]) -> u16 {
    let opening = words.iter().position(|word| !LEADING_FILLERS.contains(word)).unwrap_or(0);
    let mut kinds = match words.get(opening).copied() {
        Some("who" | "whom" | "whose") => QuestionKind::Who.bit(),
        Some("when") => QuestionKind::When.bit(),
        Some("where") => QuestionKind::Where.bit(),
        Some("why") => QuestionKind::Why.bit(),
        _ => 0,
    };
    for pair in words.windows(2) {
        kinds |= match (pair[0], pair[1]) {
            ("how", "many" | "much") | ("number", "of") => QuestionKind::HowMany.bit(),
            ("how", "old") => QuestionKind::Age.bit(),
            ("what" | "which", "year" | "years" | "date" | "month" | "day") => {
                QuestionKind::When.bit() | ASKS_A_DATE
            }
            ("since", "when") => QuestionKind::When.bit(),
            ("what" | "which", "city" | "place") => QuestionKind::Where.bit(),
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
    for word in words {
        kinds |= match *word {
            "should" | "ought" | "recommend" | "recommends" | "recommended" | "recommendation"
            | "advice" | "advise" | "advises" => QuestionKind::Should.bit(),
            "reason" | "reasons" | "cause" | "causes" | "caused" | "motive" | "motives" => {
                QuestionKind::Why.bit()
            }
            "age" | "aged" | "born" | "birthday" | "birth" => QuestionKind::Age.bit(),
            _ => 0,
        };
    }
    kinds
}

/// Whether a normalised question asks what happened after the article was written ("did
/// Georgia eventually join NATO?", "has the US rejoined it yet?", "what did they agree on in
/// the end?", "чем закончился саммит", "峰会最后达成了什么"), or whether something still holds
/// today ("is Lavrov still foreign minister today?"): no entry can say, whatever
/// words it shares with it. Only markers of a later outcome count; "since when" and "so far"
/// ask about the article's own time, and "will eventually" about a forecast it reports.
fn after_publication_of(normalized: &str, words: &[&str]) -> bool {
    let last = words.last().copied();
    let past = words.first().is_some_and(|first| PAST_AUXILIARIES.contains(first));
    let english = words.windows(2).any(|pair| {
        matches!(
            (pair[0], pair[1]),
            ("since", "then") | ("end" | "ended" | "ends", "up") | ("by", "now") | ("the", "end")
        )
    }) || matches!(last, Some("yet" | "since" | "afterwards" | "later")) && past
        || past && words.iter().any(|word| matches!(*word, "eventually" | "ultimately"));
    // Russian: "в итоге" of a past verb ("купила ли Турция в итоге"), not of a forecast
    // ("что в итоге сделает Россия").
    let russian_past = words.iter().any(|word| {
        word.chars().count() > 3 && ["л", "ла", "ло", "ли"].iter().any(|end| word.ends_with(end))
    });
    let russian = words.windows(2).any(|pair| {
        matches!((pair[0], pair[1]), ("в", "итоге") | ("в", "конечном")) && russian_past
            || matches!((pair[0], pair[1]), ("в", "конце") | ("с", "тех"))
                && words
                    .windows(2)
                    .any(|p| matches!((p[0], p[1]), ("конце", "концов") | ("тех", "пор")))
            || pair[0] == "чем" && (pair[1].starts_with("законч") || pair[1].starts_with("конч"))
    });
    // Chinese: "最终" or "最后" (in the end) or "后来" (later) of something done ("了"), not of a forecast
    // ("最终会", "会不会", "将"; "会" alone is also the 会 of 峰会, summit).
    let chinese = ["最终", "最后", "后来"].iter().any(|marker| normalized.contains(marker))
        && normalized.contains('了')
        && !["最终会", "最后会", "会不会", "将"].iter().any(|future| normalized.contains(future));
    // Whether something still holds today ("is he still at Carnegie today?", "Миршаймер сейчас
    // всё ещё преподаёт?"): the present, not the article's time. Both words are needed: "still"
    // alone asks about the article's time too ("why might the Chinese still resent Russia?").
    let has = |options: &[&str]| words.iter().any(|word| options.contains(word));
    let present = has(&["still"]) && has(&["today", "now", "currently", "nowadays"])
        || words
            .windows(2)
            .any(|pair| matches!((pair[0], pair[1]), ("все", "еще") | ("до", "сих")))
            && has(&["сейчас", "сегодня", "теперь", "ныне", "нынче"]);
    english || russian || chinese || present
}

/// Auxiliaries that open a question about something already done ("did", "has").
const PAST_AUXILIARIES: &[&str] = &["did", "has", "have", "had", "was", "were"];

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
        if let ("каком" | "какой" | "котором" | "какого", "году" | "год" | "года") =
            (pair[0], pair[1])
        {
            kinds |= QuestionKind::When.bit() | ASKS_A_DATE;
        }
        if let ("каком" | "какой" | "котором", "городе" | "город" | "месте") = (pair[0], pair[1])
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
        (&["什么时候", "何时", "哪一年", "哪年", "哪一天", "几月"], QuestionKind::When),
        (
            &[
                "哪里",
                "在哪",
                "哪儿",
                "哪个城市",
                "哪座城市",
                "什么城市",
                "什么地方",
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
fn asks_an_outcome(normalized: &str, words: &[&str]) -> bool {
    let (mut outcome, mut outcome_if_past, mut past, mut forecast) = (false, false, false, false);
    for word in words {
        match *word {
            "agreed"
            | "decided"
            | "achieved"
            | "accomplished"
            | "resulted"
            | "happened"
            | "договорились"
            | "решили"
            | "достигли"
            | "итог"
            | "итоги"
            | "результат"
            | "результаты" => outcome = true,
            "agree" | "decide" | "achieve" | "outcome" | "outcomes" | "result" | "results"
            | "come" => outcome_if_past = true,
            "did" | "has" | "have" | "had" | "was" | "were" => past = true,
            "will" | "would" | "expect" | "expects" | "expected" | "ожидать" | "ожидает"
            | "будет" | "будут" => forecast = true,
            _ => {}
        }
    }
    let chinese = || {
        ["达成了", "谈成", "取得了", "结果如何", "什么结果", "成果"]
            .iter()
            .any(|marker| normalized.contains(marker))
    };
    if forecast || !(outcome || outcome_if_past && past || chinese()) {
        return false;
    }
    // "会" (will), but not the 会 of 峰会 (summit) or 会晤 (meeting).
    let will = normalized.match_indices('会').any(|(at, mark)| {
        !normalized[..at].ends_with('峰') && !normalized[at + mark.len()..].starts_with('晤')
    });
    !will && !["将", "预计", "期待", "指望"].iter().any(|marker| normalized.contains(marker))
}

/// A bit beside the [`QuestionKind`] bits: the question asks who wrote something ("who wrote
/// the op-ed?", "кто автор статьи", "文章的作者是谁"), a person's name. Not curated: an entry
/// gives it when it reports the words of someone it names (the article names no author of its
/// own, nor of the Washington Post op-ed).
pub(super) const ASKS_AN_AUTHOR: u16 = 1 << 9;

/// Whether a question asks who wrote a text.
fn asks_who_wrote(normalized: &str, words: &[&str], kinds: u16) -> bool {
    // Writing, not "the author": "who does the author cite?" asks whom the author cites.
    if normalized.contains('谁') {
        return ["作者是谁", "写的", "撰写", "谁写"].iter().any(|word| normalized.contains(word));
    }
    let who = kinds & QuestionKind::Who.bit() != 0 || words.contains(&"кто");
    who && words.iter().any(|word| {
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
        )
    })
}

/// Whether an entry reports the words of someone it names ("John Kerry, then Secretary of
/// State", not "the author" nor "a recent Washington Post op-ed and its author"), who could be
/// the author asked for.
pub(super) fn reports_someone_named(view_of: Option<&str>) -> bool {
    view_of.is_some_and(|view| view.starts_with(char::is_uppercase))
}

/// Whether an entry's quote tells of an event still to come when the article was written ("the
/// Biden-Putin summit this week").
pub(super) fn tells_of_an_event_to_come(quote: &str) -> bool {
    let quote = quote.to_lowercase();
    ["this week", "next week", "upcoming"].iter().any(|when| quote.contains(when))
}

/// Whether an entry answers a question asking for a date: its quote states one, or its
/// answer is about the date ("The article gives no publication date").
pub(super) fn answers_a_date(quote: &str, answer: &str) -> bool {
    states_a_date(quote) || answer.to_lowercase().contains(" date")
}

/// Whether a text states a date: a year (1800-2099) or a decade ("the 1990s"), a century or
/// a month. Read at index time for every entry, so without allocating.
fn states_a_date(text: &str) -> bool {
    const MONTHS: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    text.split(|c: char| !c.is_alphanumeric()).any(|word| {
        let digits = word.strip_suffix('s').unwrap_or(word);
        let year = digits.len() == 4
            && digits.bytes().all(|b| b.is_ascii_digit())
            && ["18", "19", "20"].iter().any(|century| digits.starts_with(century));
        year || word.eq_ignore_ascii_case("century")
            || MONTHS.iter().any(|month| word.eq_ignore_ascii_case(month))
    })
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
