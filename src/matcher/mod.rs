//! The answer matcher: finds the knowledge-base entry that answers a reader's question.
//!
//! Pure library code: no I/O, no Telegram, no clock. Build a [`Matcher`] once from a validated
//! [`Knowledge`] base, then call [`Matcher::ask`] as often as needed, from any thread.
//!
//! How a question is scored:
//! 1. Text becomes terms: normalised ([`crate::text::normalize`]), split into words, stop words
//!    dropped, stemmed (Snowball English), misspelt words mapped to the nearest known word
//!    ([`crate::fuzzy`]), and synonyms and abbreviations mapped to one concept ("US", "America"
//!    and "Washington" are the same term).
//! 2. Each term weighs by its rarity across entries (inverse document frequency), so "Trenin"
//!    counts for much more than "Russia". Words the knowledge base has never seen weigh the most:
//!    a question about something else is mostly made of them.
//! 3. An entry's score mixes *coverage* (how much of the question's weight the entry's keywords,
//!    title, sample questions, answer and quote explain) with *question similarity* (how closely
//!    the question resembles one of the entry's sample questions, extra words counting against).
//!    Both are in 0..=1, so the score is a confidence in 0..=1.
//!
//! Candidates come from an inverted index (term to entries and sample questions), so the cost of
//! a question depends on its terms, not on how many entries there are.

mod analyze;
mod aside;
mod asked;
mod author;
mod beyond;
mod chinese_stop_words;
mod config;
mod decline;
mod derived;
mod diagnose;
mod english_stems;
mod index;
mod lexicon;
mod preamble;
mod preamble_words;
mod rank;
mod ranking;
mod specifics;
mod stop_words;
mod synonym_phrases;
mod terms;
#[cfg(test)]
mod tests;
mod views;
mod word_sets;
mod wording;

use std::borrow::Cow;

use rust_stemmers::Stemmer;

use crate::knowledge::{Entry, Knowledge};

use analyze::*;
use asked::*;
use chinese_stop_words::*;
use index::*;
use lexicon::*;
use rank::*;
use stop_words::*;

pub use config::*;
pub use preamble::only_introduces_the_reader;
pub use ranking::*;
pub(crate) use specifics::lists_some;

/// Stems of the shipped knowledge files' words, worked out by `build.rs` with the same stemmers
/// (stemming was a third of building the index): English words in `STEMS`, read as
/// [`english_stems::stem_english`] reads them (British spellings, words kept apart), Russian ones, by
/// the Russian stemmer and before [`russian_stem`]'s guard, in `RUSSIAN_STEMS`. Sorted by word.
mod known_stems {
    include!(concat!(env!("OUT_DIR"), "/stems.rs"));
}

/// The stem of `word`, from the build-time table when it is there: English words by
/// [`english_stems::stem_english`], Russian (Cyrillic) words by the Russian one, Chinese pieces as they are.
pub(crate) fn stem<'w>(stemmer: &Stemmer, russian: &Stemmer, word: &'w str) -> Cow<'w, str> {
    if word.chars().any(crate::text::is_cyrillic) {
        return russian_stem(russian, word);
    }
    if word.chars().any(crate::text::is_han) {
        return Cow::Borrowed(word);
    }
    match known_stems::STEMS.binary_search_by(|&(known, _)| known.cmp(word)) {
        Ok(at) => Cow::Borrowed(known_stems::STEMS[at].1),
        Err(_) => english_stems::stem_english(stemmer, word),
    }
}

/// Stems shorter than this cut Russian words too deep: Snowball takes "Китая" (of China) to
/// "кит" (whale). Such a stem is replaced by the word less its last letter, at least this long.
const MIN_RUSSIAN_STEM: usize = 4;

/// Reflexive verbs whose meaning is not their base verb's, with the stem they keep apart:
/// Snowball takes "сказалась" (affected) to "сказа", the stem of "сказал" (said).
const DISTINCT_REFLEXIVES: &[(&str, &str)] = &[("сказа", "сказаться"), ("сказыва", "сказаться")];

/// The Russian stem of `word`, guarded against stems too short to tell words apart.
fn russian_stem<'w>(russian: &Stemmer, word: &'w str) -> Cow<'w, str> {
    let stemmed = match known_stems::RUSSIAN_STEMS.binary_search_by(|&(known, _)| known.cmp(word)) {
        Ok(at) => Cow::Borrowed(known_stems::RUSSIAN_STEMS[at].1),
        Err(_) => russian.stem(word),
    };
    guard_russian_stem(word, stemmed)
}

/// `stemmed`, the Snowball stem of `word`, or, when it is shorter than [`MIN_RUSSIAN_STEM`]
/// letters, the word less its last letter (at least that long); a reflexive verb of its own
/// meaning keeps its own stem ([`DISTINCT_REFLEXIVES`]).
fn guard_russian_stem<'w>(word: &'w str, stemmed: Cow<'w, str>) -> Cow<'w, str> {
    if word.ends_with("ся") || word.ends_with("сь") {
        let distinct = DISTINCT_REFLEXIVES.iter().find(|(base, _)| word.starts_with(base));
        if let Some((_, stem)) = distinct {
            return Cow::Borrowed(stem);
        }
    }
    let letters = word.chars().count();
    if stemmed.chars().count() >= MIN_RUSSIAN_STEM || letters <= stemmed.chars().count() {
        return stemmed;
    }
    let keep = (letters - 1).max(MIN_RUSSIAN_STEM).min(letters);
    Cow::Owned(word.chars().take(keep).collect())
}

/// Finds the entry that answers a question. See the module documentation for how it scores.
pub struct Matcher {
    knowledge: Knowledge,
    config: MatchConfig,
    analyzer: Analyzer,
    index: Index,
    /// The language of the questions it matches.
    language: crate::knowledge::Language,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("entries", &self.knowledge.entries.len())
            .field("terms", &self.analyzer.term_names.len())
            .field("config", &self.config)
            .finish()
    }
}

/// How the knowledge base knows a word: see [`Matcher::known_as`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KnownAs {
    /// The word itself, or its stem, is a known term.
    Itself,
    /// Only as a misspelling of a known word ("hellp" of "help").
    Typo,
    /// Not at all.
    Unknown,
}

impl Matcher {
    /// The language of the questions it matches.
    pub fn language(&self) -> crate::knowledge::Language {
        self.language
    }

    /// Whether `word` (one word, normalised or not) is a stop word: a function word the matcher
    /// ignores.
    pub fn is_stop_word(&self, word: &str) -> bool {
        let normalized = crate::text::normalize(word);
        !normalized.is_empty() && self.analyzer.is_stop_word(normalized.trim())
    }

    /// Whether `word` (one normalised word) names the kind of fact a question asks ("year",
    /// "date", "city", "году", the "old" of "how old is it?"): "which date was it?" has no
    /// topic of its own.
    pub fn names_a_kind_of_fact(&self, word: &str) -> bool {
        asked::is_kind_noun(word) || asked::AGE_WORDS.split(' ').any(|age| age == word)
    }

    /// `phrase` (normalised) without the phrases that name the kind of fact asked ("part of
    /// the world" in "in which part of the world?"), whose words name no topic.
    pub fn without_kind_phrases(&self, phrase: &str) -> String {
        asked::KIND_PHRASES
            .iter()
            .fold(format!(" {phrase} "), |rest, kind| rest.replace(&format!(" {kind} "), " "))
    }

    /// Which of the article's two protagonists `word` (one word) names, 0 for China and 1 for
    /// Russia, by any of their names ("beijing", "chinas", "moscow"); `None` for any other word.
    pub fn protagonist_named(&self, word: &str) -> Option<usize> {
        let terms = self.known_terms(word);
        self.index.protagonists.iter().position(|protagonist| {
            protagonist.is_some_and(|protagonist| terms.contains(&protagonist))
        })
    }

    /// Which of the article's three countries `word` names: 0 for China, 1 for Russia (as
    /// [`Self::protagonist_named`]), 2 for the United States, Russia's other partner.
    pub fn country_named(&self, word: &str) -> Option<usize> {
        let terms = self.known_terms(word);
        self.country_terms().iter().position(|country| country.is_some_and(|c| terms.contains(&c)))
    }

    /// Whether `entry`'s quote names the country [`Self::country_named`] numbers `country`,
    /// by the quote's terms read at load.
    pub fn quote_names_country(&self, entry: &Entry, country: usize) -> bool {
        let Some(term) = self.country_terms().get(country).copied().flatten() else { return false };
        let at = self.index_of(entry);
        at.is_some_and(|at| self.index.quote_terms[at].binary_search(&term).is_ok())
    }

    /// The terms of China, Russia and the United States, in [`Self::country_named`]'s order.
    fn country_terms(&self) -> [Option<TermId>; 3] {
        let [china, russia] = self.index.protagonists;
        [china, russia, self.index.other_partner]
    }

    /// Whether the quote of the entry `id` names both protagonists, China and Russia.
    pub fn quote_names_both_protagonists(&self, id: &str) -> bool {
        let at = self.knowledge.entries.iter().position(|entry| entry.id == id);
        at.is_some_and(|at| self.index.quote_names_both[at])
    }

    /// Whether `entry`'s quote names what `word` names (a term of the word, or its synonym
    /// group, among the quote's terms).
    pub fn quote_names(&self, entry: &Entry, word: &str) -> bool {
        self.quote_names_all(entry, [word])
    }

    /// Whether `entry`'s quote names what each of `words` names ([`Matcher::quote_names`]),
    /// by the quote's terms read at load; false for no words, or an entry of another base.
    pub fn quote_names_all<'w>(
        &self,
        entry: &Entry,
        words: impl IntoIterator<Item = &'w str>,
    ) -> bool {
        let mut words = words.into_iter().peekable();
        if words.peek().is_none() {
            return false;
        }
        let Some(quoted) = self.index_of(entry).map(|at| &self.index.quote_terms[at]) else {
            return false;
        };
        words.all(|word| {
            let terms = self.known_terms(word);
            !terms.is_empty() && terms.iter().any(|term| quoted.binary_search(term).is_ok())
        })
    }

    /// Whether `word` means something to the knowledge base: a known term (exactly, by its
    /// stem or with a typo) and not a stop word. Small talk may hold words that do not.
    pub fn knows_word(&self, word: &str) -> bool {
        self.known_as(word) != KnownAs::Unknown
    }

    /// How the knowledge base knows `word` (stop words aside): itself (exactly or by its stem),
    /// as a typo of another word, or not at all. A text of several words is known as its best.
    pub fn known_as(&self, word: &str) -> KnownAs {
        let normalized = crate::text::normalize(word);
        let mut known = KnownAs::Unknown;
        crate::text::for_each_word(&normalized, |word| {
            if known == KnownAs::Itself || self.analyzer.is_stop_word(&word) {
                return;
            }
            known = match self.resolve(&word, Search::Indexed) {
                (Some(_), _, TermSource::Exact) => KnownAs::Itself,
                (Some(_), _, _) => KnownAs::Typo,
                (None, _, _) => known,
            };
        });
        known
    }

    /// What `question` asks, read as the matcher reads it: the kinds of question from its
    /// question words ("why", "when", "how many", "should"...), as entries' `gives` are judged
    /// against them, and whether it asks what happened after the article was written ("did
    /// Georgia eventually join NATO?"), which no entry can answer.
    pub fn asked(&self, question: &str) -> Asked {
        let question = preamble::without_preamble(question);
        let reading = read_asked(question, self.config.max_query_bytes);
        let (bits, beyond_the_article) = (reading.kinds, reading.beyond_the_article);
        let kinds = crate::knowledge::QuestionKind::ALL
            .iter()
            .map(|(kind, _)| *kind)
            .filter(|kind| bits & kind.bit() != 0)
            .collect();
        let who_wrote = bits & asked::ASKS_AN_AUTHOR != 0;
        let outcome = bits & asked::ASKS_AN_OUTCOME != 0;
        let whether_done = bits & asked::ASKS_WHETHER_DONE != 0;
        let duration = bits & asked::ASKS_A_DURATION != 0;
        let year = bits & asked::ASKS_A_YEAR != 0;
        Asked { kinds, beyond_the_article, who_wrote, outcome, whether_done, duration, year }
    }

    /// Whether `question` asks the view of a name whose view no entry gives ("what does Biden
    /// think about that?"): declined whatever it points back to, unless `current`, what it
    /// points back to, states a stance of theirs ("Biden's declared interest in ..."). False in
    /// a knowledge base that curates no views.
    pub fn asks_a_silent_view(&self, question: &str, current: &crate::knowledge::Entry) -> bool {
        let question = preamble::without_preamble(question);
        let holder = read_asked(question, self.config.max_query_bytes).view_holder;
        let speakers = &self.index.all_speakers;
        let owned = self.index_of(current).map(|at| self.index.possessors[at].as_slice());
        let owned = owned.unwrap_or_default();
        let silent = |term: &TermId| {
            self.index.name_terms.binary_search(term).is_ok()
                && speakers.binary_search(term).is_err()
                && owned.binary_search(term).is_err()
        };
        !speakers.is_empty() && holder.words().any(|word| self.known_terms(word).iter().any(silent))
    }

    /// Where `entry` stands in this matcher's knowledge base; `None` for an entry of another.
    fn index_of(&self, entry: &crate::knowledge::Entry) -> Option<usize> {
        self.knowledge.entries.iter().position(|own| own.id == entry.id)
    }

    /// Whether the entry of `hit` (of this matcher's ranking) gives the facts `asked` asks, as
    /// ranking reads its curated `gives` and what its quote shows (what came of an event, a
    /// writer's name), from the index made at load time.
    pub fn gives_asked(&self, hit: &Hit<'_>, asked: &Asked) -> bool {
        self.gives_asked_at(hit.index, asked)
    }

    /// Whether `entry` gives the facts `asked` asks, as [`Self::gives_asked`] reads it, for an
    /// entry that need not be ranked; `false` for an entry of another knowledge base.
    pub fn entry_gives_asked(&self, entry: &crate::knowledge::Entry, asked: &Asked) -> bool {
        self.index_of(entry).is_some_and(|index| self.gives_asked_at(index, asked))
    }

    /// Whether `entry` says `words` itself (each of their terms, by stem or synonym) in its
    /// keywords, title, answer or quote, in this matcher's language: what it reports, not how
    /// readers ask it (its content terms, read at load time). Words the knowledge base does not
    /// know are said by no entry; `false` for an entry of another knowledge base.
    pub fn entry_says(&self, entry: &crate::knowledge::Entry, words: &str) -> bool {
        let Some(said) = self.index_of(entry).map(|at| &self.index.content_terms[at]) else {
            return false;
        };
        // A verb and its particle ("pulled out") are a phrase of the synonyms, read as a
        // question's words are ("out" alone is a stop word).
        let terms = match words.contains(' ') {
            true => self.terms_of_text(words).known.iter().map(|&(term, _)| term).collect(),
            false => self.known_terms(words),
        };
        !terms.is_empty() && terms.iter().all(|term| said.binary_search(term).is_ok())
    }

    fn gives_asked_at(&self, index: usize, asked: &Asked) -> bool {
        let facts = asked.kinds.iter().map(|kind| kind.bit()).fold(0, |bits, bit| bits | bit)
            & crate::knowledge::QuestionKind::FACTS;
        let outcome = if asked.outcome { asked::ASKS_AN_OUTCOME } else { 0 };
        let author = if asked.who_wrote { asked::ASKS_AN_AUTHOR } else { 0 };
        let done = if asked.whether_done { asked::ASKS_WHETHER_DONE } else { 0 };
        let duration = if asked.duration { asked::ASKS_A_DURATION } else { 0 };
        let year = if asked.year { asked::ASKS_A_YEAR } else { 0 };
        !self.lacks(index, facts | outcome | author | done | duration | year)
    }

    /// Returns the knowledge base the matcher answers from.
    pub fn knowledge(&self) -> &Knowledge {
        &self.knowledge
    }

    /// Returns the matcher's configuration.
    pub fn config(&self) -> &MatchConfig {
        &self.config
    }

    /// Matches a question: the verdict and the best entries with scores in 0.0..=1.0.
    ///
    /// ```
    /// use article_qa_bot::{Matcher, Verdict};
    /// let matcher = Matcher::embedded()?;
    /// let ranking = matcher.ask("who is dmitri trenin?");
    /// assert_eq!(ranking.verdict, Verdict::Answered);
    /// assert_eq!(ranking.best().map(|hit| hit.entry.id.as_str()), Some("trenin"));
    /// // A declined question still ranks the nearest entries, as suggestions.
    /// let declined = matcher.ask("best pizza topping?");
    /// assert_eq!(declined.verdict, Verdict::Declined);
    /// assert!(declined.best().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ask(&self, question: &str) -> Ranking<'_> {
        self.ask_by(question, Search::Indexed)
    }

    /// The whole reading of a message, through the typo index or ([`Self::ask_exhaustive`])
    /// without the indexes: the message, or, when it is declined and goes on after its
    /// question with a remark ("What is the CSTO? I see this word many times."), or leads in
    /// to it with sentences of its own, the question alone.
    fn ask_by(&self, message: &str, search: Search) -> Ranking<'_> {
        let message = &*preamble::without_publication(message, &self.knowledge.article.publication);
        let ranking = self.ask_besides(message, search);
        if ranking.verdict != Verdict::Declined {
            return ranking;
        }
        let question = preamble::before_a_remark(message, self.config.max_query_bytes);
        if let Some(alone) = question.map(|question| self.ask_besides(question, search)) {
            if alone.verdict != Verdict::Declined {
                return alone;
            }
        }
        // (Only when too little of the message matched: a message declined on a rule, as one
        // asking the bot's own view, is declined whatever its question.)
        let question = preamble::after_a_lead_in(message, self.config.max_query_bytes)
            .filter(|_| ranking.score() < self.config.min_score);
        if let Some(alone) = question.map(|question| self.ask_besides(question, search)) {
            if alone.verdict != Verdict::Declined {
                return alone;
            }
        }
        let heard = preamble::without_hearsay(message);
        match heard.map(|question| self.ask_besides(&question, search)) {
            Some(alone) if alone.verdict != Verdict::Declined => alone,
            _ => ranking,
        }
    }

    /// One question's ranking, with what it sets aside set aside ([`Self::besides`]).
    fn ask_besides(&self, question: &str, search: Search) -> Ranking<'_> {
        let rank = |analysed: &Analysed| match search {
            Search::Exhaustive => self.rank_exhaustive(analysed),
            Search::Indexed | Search::ExactOnly => self.rank(analysed),
        };
        self.besides(question, |question| {
            self.decided(&self.analyse_question(question, search), rank).0
        })
    }

    /// `ask` of `question`, unless it sets something aside ("what weapons did China buy
    /// besides the Su-35?", "кроме ШОС", "除了上合组织"): the entry that what is set aside asks
    /// about alone cannot be the answer, and the rest of the ranking decides.
    fn besides<'m>(&'m self, question: &str, ask: impl Fn(&str) -> Ranking<'m>) -> Ranking<'m> {
        let ranking = ask(question);
        let Some((aside, without)) = aside::set_aside(question) else { return ranking };
        if ranking.verdict == Verdict::Declined {
            return ranking;
        }
        let aside = ask(aside);
        let excluded = match (aside.verdict, aside.best()) {
            (Verdict::Answered, Some(hit)) => hit.index,
            _ => return ranking,
        };
        if ranking.ranked.first().is_none_or(|best| best.index != excluded) {
            return ranking;
        }
        // Unless the rest of the question asks for that entry too: it names what is set aside
        // and more ("which organisation besides the EAEU excludes China?": both are its).
        let rest = ask(&without);
        if rest.best().is_some_and(|best| best.index == excluded) {
            return ranking;
        }
        let rest = ranking.ranked.into_iter().filter(|hit| hit.index != excluded).collect();
        self.verdict(rest)
    }

    /// Declined when the question's only words name the kind of fact it asks ("what year?",
    /// "which city?") or no topic at all ("what would happen?"): it asks about nothing, and an
    /// entry that merely holds the word ("70 years") is no answer. In a conversation such a
    /// question is a follow-up instead.
    fn unless_only_the_kind_asked<'m>(
        &'m self,
        analysed: &Analysed,
        mut ranking: Ranking<'m>,
    ) -> Ranking<'m> {
        let names_no_topic = |term: &TermId| self.index.topicless.contains(term);
        let only_the_kind = !analysed.known.is_empty()
            && analysed.known.iter().all(|(term, _)| names_no_topic(term))
            && analysed.details.iter().all(|detail| detail.source != TermSource::Unknown);
        if only_the_kind {
            ranking.verdict = Verdict::Declined;
        }
        ranking
    }

    /// A long question ("I was wondering whether the author thinks Moscow has accepted ...")
    /// spreads its weight over framing and incidental words that no entry shares, so its best
    /// entry scores lower than a short question's would: it is declined below a lower line.
    fn with_long_question_relief<'m>(
        &'m self,
        analysed: &Analysed,
        ranking: Ranking<'m>,
    ) -> Ranking<'m> {
        let line = self.decline_line_for(analysed.words);
        let declined_by_score = ranking.verdict == Verdict::Declined
            && ranking.ranked.first().is_some_and(|best| best.score < self.config.min_score);
        if line >= self.config.min_score || !declined_by_score {
            return ranking;
        }
        self.verdict_at(ranking.ranked, line)
    }

    /// The score below which a question of `words` words is declined.
    fn decline_line_for(&self, words: usize) -> f64 {
        match words >= LONG_QUESTION_WORDS {
            true => self.config.min_score - LONG_QUESTION_RELIEF,
            false => self.config.min_score,
        }
    }

    /// `question` analysed; one made of function words and the article's own name ("О чём эта
    /// статья?", "这篇文章讲的是什么") asks what the article is about, as "what is this article
    /// about" does. The Russian and Chinese words for the article are function words, since
    /// "в статье" and "文章中" open many questions about something else; in English "article"
    /// is a keyword.
    fn analyse_question(&self, question: &str, search: Search) -> Analysed {
        // Read without who is asking and what for ("For my essay: ...").
        let question = preamble::without_preamble(question);
        let mut analysed = self.analyse(question, search);
        // Read again with its misspelt stop words spelt right ("what shoud they do" asks what
        // they should do). Once: the stop words it now holds are words the first read skipped.
        // A message of more is noise, not a question to read twice.
        let respelt;
        let question = match analysed.respellings.len() {
            0 => question,
            n if n > MAX_RESPELLINGS => question,
            _ => {
                respelt = respell(question, &analysed.respellings);
                analysed = self.analyse(&respelt, search);
                respelt.as_str()
            }
        };
        // "Кто автор статьи?" asks a kind of fact (a name) the summary does not give.
        // Scanned only when nothing else was read: the scan costs as much as a long message.
        if analysed.total_weight > 0.0
            || analysed.asks != 0
            || question.is_ascii()
            || !asked::names_the_article_in_ru_or_zh(crate::text::prefix(
                question,
                self.config.max_query_bytes,
            ))
        {
            return analysed;
        }
        self.analyse("summary of the article", search)
    }

    /// The reference implementation of [`Self::ask`]: the same answer, found without the indexes.
    /// Every entry is scored, and each word of the question that is not a known term is compared
    /// with every known word. Its cost grows with the knowledge base, so it exists to prove the
    /// indexed path right (a test compares the two on every test question) and to measure what
    /// the indexes save; do not use it to answer readers.
    pub fn ask_exhaustive(&self, question: &str) -> Ranking<'_> {
        self.ask_by(question, Search::Exhaustive)
    }

    /// Returns the entry that answers `question`, or `None` if the best score is below the
    /// decline threshold. Scores are in 0.0..=1.0; higher is more similar. A "did you mean"
    /// ([`Verdict::Ambiguous`]) gives its first entry.
    ///
    /// ```
    /// let matcher = article_qa_bot::Matcher::embedded()?;
    /// let hit = matcher.best("nato enlargment").expect("answered despite the typo");
    /// assert_eq!(hit.entry.id, "nato-enlargement");
    /// assert!((0.0..=1.0).contains(&hit.score));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn best(&self, question: &str) -> Option<Hit<'_>> {
        self.ask(question).best().copied()
    }

    /// The id of the entry that answers `question`, or `None` when it is declined: what a
    /// curator's test of the matcher usually checks.
    ///
    /// ```
    /// let matcher = article_qa_bot::Matcher::embedded()?;
    /// assert_eq!(matcher.best_id("who is trenin"), Some("trenin"));
    /// assert_eq!(matcher.best_id("best pizza topping?"), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn best_id(&self, question: &str) -> Option<&str> {
        self.best(question).map(|hit| hit.entry.id.as_str())
    }

    /// A matcher over the knowledge base built into the binary, with the default configuration:
    /// [`Knowledge::embedded`] and [`MatchConfig::DEFAULT`].
    ///
    /// ```
    /// let matcher = article_qa_bot::Matcher::embedded()?;
    /// assert!(matcher.knowledge().entry("trenin").is_some());
    /// # Ok::<(), article_qa_bot::KnowledgeError>(())
    /// ```
    pub fn embedded() -> Result<Matcher, crate::knowledge::KnowledgeError> {
        Ok(Matcher::new(Knowledge::embedded()?, MatchConfig::DEFAULT))
    }
}

impl Matcher {
    /// "why are US-Russia relations so bad?": a why-question about what an entry describes
    /// without its reason (it gives no "why") asks for the reason its curated `why` names, when
    /// the question read without the "why" answers with that entry, better than the why-reading
    /// answers with its own pick (Lavrov's words on NATO, which give a "why" of their own).
    /// Only a question about its own topic ([`Analysed::why_of_its_topic`]).
    fn by_reason<'m>(
        &'m self,
        analysed: &Analysed,
        mut ranking: Ranking<'m>,
        rank: impl Fn(&Analysed) -> Ranking<'m>,
    ) -> Ranking<'m> {
        let why = crate::knowledge::QuestionKind::Why.bit();
        if !analysed.why_of_its_topic || ranking.verdict == Verdict::Declined {
            return ranking;
        }
        // Read again only when an entry the question ranks describes without a reason and
        // names one: the topic is among them.
        let candidate = |hit: &Hit<'_>| self.lacks(hit.index, why) && hit.entry.why.is_some();
        if !ranking.ranked.iter().any(candidate) {
            return ranking;
        }
        let topical = rank(&Analysed { asks: analysed.asks & !why, ..analysed.clone() });
        let Some(topic) = topical.best().filter(|hit| self.lacks(hit.index, why)) else {
            return ranking;
        };
        let Some(reason) = topic.entry.why.as_deref().filter(|id| *id != topic.entry.id) else {
            return ranking;
        };
        // The why-reading chose the topic itself, reason or not: its own answer is meant.
        // Nor when its pick is as close to one of its own sample questions as the topic is to
        // one of the topic's ("why would Moscow stay close to Beijing?" is asked as such).
        let closer =
            |best: &Hit<'_>| best.index == topic.index || best.similarity >= topic.similarity;
        if topic.score <= ranking.score() || ranking.best().is_some_and(closer) {
            return ranking;
        }
        // The reason, with the confidence of the topic it explains: its own words are mostly
        // not the question's.
        let Some(index) = self.knowledge.entries.iter().position(|entry| entry.id == reason) else {
            return ranking;
        };
        let hit = Hit { entry: &self.knowledge.entries[index], index, ..*topic };
        ranking.ranked.retain(|other| other.index != index);
        ranking.ranked.insert(0, hit);
        ranking.verdict = Verdict::Answered;
        ranking
    }

    /// A "did you mean" between entries of which exactly one reports the view of someone the
    /// question names ("what has the US said about NATO expansion?": the U.S. position, not the
    /// author's account of enlargement) is answered with that one.
    fn by_speaker<'m>(&'m self, analysed: &Analysed, mut ranking: Ranking<'m>) -> Ranking<'m> {
        if ranking.verdict != Verdict::Ambiguous {
            return ranking;
        }
        let best = ranking.score();
        let margin = self.config.ambiguity_margin;
        let min_score = self.config.min_score;
        let tied = ranking
            .ranked
            .iter()
            .take_while(|hit| best - hit.score < margin && hit.score >= min_score)
            .count();
        let named = |hit: &Hit<'_>| {
            let speakers = &self.index.speakers[hit.index];
            analysed.known.iter().any(|(id, _)| speakers.binary_search(id).is_ok())
        };
        let naming: Vec<usize> = (0..tied).filter(|&at| named(&ranking.ranked[at])).collect();
        if let [at] = naming[..] {
            let hit = ranking.ranked.remove(at);
            ranking.ranked.insert(0, hit);
            ranking.verdict = Verdict::Answered;
        }
        ranking
    }

    /// A question asking someone's words ("what did Medvedev say?", "what does Putin think?")
    /// whose best entry reports nobody's (Medvedev's presidency) is answered by the nearest
    /// entry that reports theirs (what he explained in 2008), when it scores close behind.
    fn by_view_asked<'m>(&'m self, analysed: &Analysed, mut ranking: Ranking<'m>) -> Ranking<'m> {
        let Some(best) = ranking.ranked.first().filter(|_| ranking.verdict == Verdict::Answered)
        else {
            return ranking;
        };
        let speaks = |hit: &Hit<'_>| {
            let speakers = &self.index.speakers[hit.index];
            analysed.view_holders.iter().any(|term| speakers.binary_search(term).is_ok())
        };
        if analysed.view_holders.is_empty() || speaks(best) {
            return ranking;
        }
        // Someone else's view is no reaction of theirs: "how did Beijing react to that?" of
        // the realists' logic on rising powers.
        if best.entry.view_of.is_some() {
            if analysed.asks_a_reaction && self.gives_no_view_asked(analysed, best.index) {
                ranking.verdict = Verdict::Declined;
            }
            return ranking;
        }
        let line = (best.score - VIEW_ASKED_MARGIN).max(self.config.min_score);
        let mut close = ranking.ranked.iter().take_while(|hit| hit.score >= line);
        match close.position(speaks) {
            Some(at) => {
                let hit = ranking.ranked.remove(at);
                ranking.ranked.insert(0, hit);
            }
            // None gives their view of it: an entry of facts only (the BRICS summit of "what
            // does the author think about BRICS expansion?") is no view of theirs.
            None if self.gives_no_view_asked(analysed, best.index) => {
                ranking.verdict = Verdict::Declined;
            }
            None => {}
        }
        ranking
    }
}

/// `ranking`, declined when the question asks what the article cannot know.
fn unless_beyond_the_article<'m>(analysed: &Analysed, mut ranking: Ranking<'m>) -> Ranking<'m> {
    if analysed.beyond_the_article {
        ranking.verdict = Verdict::Declined;
    }
    ranking
}

/// What a question asks: see [`Matcher::asked`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    /// The kinds of question, in [`crate::knowledge::QuestionKind::ALL`]'s order.
    pub kinds: Vec<crate::knowledge::QuestionKind>,
    /// Whether it asks what the article cannot know: what happened after it was written, the
    /// present moment ("what time is it in Beijing?"), the reader's own affairs ("how should I
    /// diversify my portfolio?").
    pub beyond_the_article: bool,
    /// Whether it asks who wrote something, a person's name.
    pub who_wrote: bool,
    /// Whether it asks what came of an event ("what did they talk about at that meeting?").
    pub outcome: bool,
    /// Whether it asks, yes or no, whether something was done ("did Turkey buy them?").
    pub whether_done: bool,
    /// Whether it asks how long something has gone on ("how long have ties been worsening?").
    pub duration: bool,
    /// Whether it asks which year something happened ("what year was the call?").
    pub year: bool,
}

/// The most misspelt stop words a question is read again for (see `analyse_question`).
const MAX_RESPELLINGS: usize = 3;

/// `question` with each word whose lower case is a misspelling in `respellings` replaced by
/// the word it stands for; everything else (case, punctuation) as written.
fn respell(question: &str, respellings: &[(String, &str)]) -> String {
    let mut respelt = String::with_capacity(question.len());
    let mut word = String::new();
    let flush = |word: &mut String, respelt: &mut String| {
        let lower = word.to_lowercase();
        match respellings.iter().find(|(misspelt, _)| *misspelt == lower) {
            Some((_, right)) => respelt.push_str(right),
            None => respelt.push_str(word),
        }
        word.clear();
    };
    for c in question.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut respelt);
            respelt.push(c);
        }
    }
    flush(&mut word, &mut respelt);
    respelt
}

/// Questions of at least this many words are long (see `with_long_question_relief`).
const LONG_QUESTION_WORDS: usize = 18;
/// How much lower the decline threshold is for a long question. (Tuned on the paraphrase pools
/// and the visible sets: 0.08 answered 11 more of para45's measuring half and lost nothing;
/// 0.10 gave two wrong answers more.)
const LONG_QUESTION_RELIEF: f64 = 0.08;
