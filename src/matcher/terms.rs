//! A question's terms: its words resolved to known terms (exactly, by synonym or as a typo),
//! the words the knowledge base lacks and what they weigh, and the seams of Chinese pairs.
//! Scoring the terms is [`super::rank`].

use rustc_hash::FxHashMap as HashMap;

use super::*;
use crate::knowledge::QuestionKind;
use crate::text::normalize;

/// Where an unknown Chinese pair sits among the pairs beside it (see [`Matcher::han_seam`]).
#[derive(Default)]
struct HanSeam {
    /// It shares a character with a known pair beside it and its other character with another
    /// pair: the end of one word and the start of the next, no word.
    straddles: bool,
    /// Known pairs overlap it on both sides.
    between_words: bool,
}

impl Matcher {
    pub(super) fn analyse(&self, question: &str, search: Search) -> Analysed {
        // Normalised once, for what it asks and for its terms.
        let mut normalized = normalize(crate::text::prefix(question, self.config.max_query_bytes));
        // "what % of ...": the sign is the word, a share the article never gives.
        if normalized.contains('%') {
            normalized = normalized.replace('%', " percent ");
        }
        let reading = read_normalized(&normalized);
        self.analyse_as_read(question, &normalized, search, reading)
    }

    /// The terms of a text that is no question (an entry's `view_of`): what it asks is not read.
    pub(super) fn terms_of_text(&self, text: &str) -> Analysed {
        let normalized = normalize(crate::text::prefix(text, self.config.max_query_bytes));
        self.analyse_as_read(text, &normalized, Search::Indexed, Reading::default())
    }

    /// `question` is the text as written (its capitals tell names), `normalized` its first
    /// `max_query_bytes` normalised.
    fn analyse_as_read(
        &self,
        question: &str,
        normalized: &str,
        search: Search,
        reading: Reading,
    ) -> Analysed {
        let analyzer = &self.analyzer;
        let mut tokens = analyzer.tokens_of_normalized(normalized);
        let asks = reading.kinds;
        // "where do they differ?" asks no place (see `asked::kinds_of`): its "where" would
        // only favour entries that give one.
        if asks & QuestionKind::Where.bit() == 0
            && tokens.first().is_some_and(|t| t.surface == "where")
        {
            tokens.remove(0);
            // "where does Lavrov come up in the article?": neither does the appearing.
            let words = crate::text::words(normalized);
            let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
            if super::wording::asks_where_in_the_text(&words) {
                tokens.retain(|t| !super::wording::APPEARING.contains(&t.surface.as_str()));
            }
        }
        // "which Glasgow academic is quoted?", "... does the piece cite?": being quoted or cited
        // places someone in the text, as appearing does; it is no topic.
        if tokens.iter().any(|t| super::wording::CITED.contains(&t.surface.as_str())) {
            let passive = super::wording::citations_in_the_text(normalized);
            tokens.retain(|t| !passive.contains(&t.surface.as_str()));
        }
        // "why is the treaty important?", "why does it matter?": what makes a thing matter is
        // what its entry says of it, so the word only frames the why (no entry has "significant").
        if asks & QuestionKind::Why.bit() != 0 {
            tokens.retain(|t| !SIGNIFICANCE_WORDS.contains(&t.surface.as_str()));
        }
        // "help me understand NATO expansion", "I need help with the SCO", "I want to
        // understand ...": a request for the answer, opening the message, not help or an
        // understanding as a topic (the accommodation the two "reached an understanding" on).
        // ("how would that help?" asks what good it does.)
        let opens = |leads: &[&str]| leads.iter().any(|lead| normalized.starts_with(lead));
        if tokens.first().is_some_and(|t| t.surface == "help") && opens(HELP_REQUESTS) {
            tokens.remove(0);
        }
        let understand = |t: &Token| matches!(t.surface.as_str(), "understand" | "understanding");
        if tokens.first().is_some_and(understand) && opens(UNDERSTANDING_REQUESTS) {
            tokens.remove(0);
        }
        // "the state of their relations", "what state are their ties in": how they stand, not
        // a state (a country) as in "the states on Russia's borders".
        let of_relations = |t: &Token| {
            matches!(t.surface.as_str(), "relations" | "relationship" | "ties" | "relation")
        };
        if tokens.iter().any(of_relations) {
            tokens.retain(|t| t.surface != "state");
        }
        // "who is Trenin, according to the article?": whose account is asked, not the
        // "according to Moscow" of the article's words (samples framed so were favoured).
        if tokens.iter().any(|t| t.surface == "according")
            && super::wording::according_to_the_text(normalized)
        {
            tokens.retain(|t| t.surface != "according");
        }
        // "in the article's view", "according to the piece": the text whose account is asked,
        // which no entry is about ("piece" weighed against every entry but the headline's).
        // (Read only when a token names the text: most questions never build its words.)
        let names_the_text = tokens.iter().any(|t| super::wording::names_the_text(&t.surface));
        let framed = names_the_text.then(|| super::wording::framed_by_the_text(normalized));
        if let Some(in_its_view) = framed.flatten() {
            let framing = |t: &Token| {
                super::wording::names_the_text(&t.surface)
                    || in_its_view && matches!(t.surface.as_str(), "view" | "opinion")
            };
            tokens.retain(|t| !framing(t));
        }
        // Each token: its known term (exact or fuzzy) with strength, or none. Resolved in order
        // and only as far as the loop below reads: once the question has its most terms, the
        // rest of a long message is never stemmed or looked up.
        let mut resolved: Vec<Resolved> = Vec::with_capacity(tokens.len());
        // Repeated words of a long message are looked up once.
        let mut seen_surfaces: HashMap<&str, usize> = HashMap::default();
        let mut resolve_through = |resolved: &mut Vec<Resolved>, last| {
            while resolved.len() <= last {
                let i = resolved.len();
                let surface = tokens[i].surface.as_str();
                let found = match seen_surfaces.get(surface) {
                    Some(&first) => resolved[first].clone(),
                    None => {
                        seen_surfaces.insert(surface, i);
                        // A word asking for a fact is not misspelt into another word: "tall"
                        // of "how tall is Xi?" was read "talk".
                        match tokens[i].asks_for_fact {
                            true => self.resolve(surface, Search::ExactOnly),
                            false => self.resolve(surface, search),
                        }
                    }
                };
                resolved.push(found);
            }
        };

        let mut analysed = Analysed {
            asks,
            // Chinese is read in overlapping pairs of characters, a term per character.
            words: words_between_spaces(normalized)
                + match normalized.is_ascii() {
                    true => 0,
                    false => normalized.chars().filter(|c| crate::text::is_han(*c)).count(),
                },
            // (A look at each word's first byte: most questions name no year.)
            years: tokens
                .iter()
                .filter(|token| token.surface.as_bytes().first().is_some_and(u8::is_ascii_digit))
                .fold(0, |years, token| years | asked::year_bit(&token.surface)),
            beyond_the_article: reading.beyond_the_article,
            why_of_its_topic: reading.why_of_its_topic,
            deed: reading.deed,
            asks_a_reaction: reading.asks_a_reaction,
            which_of: reading.which_of.clone(),
            specifics_of: reading.specifics_of.clone(),
            ..Analysed::default()
        };
        // Read at the first unknown word, once.
        let capitalised = std::cell::OnceCell::new();
        let is_a_name = |surface: &str| {
            if is_han_pair(surface) {
                return CHINESE_NAMES.iter().any(|name| name.starts_with(surface));
            }
            // A word of another script without capitals (Arabic) is never written as one.
            if !surface.chars().next().is_some_and(char::is_lowercase) {
                return false;
            }
            let names = capitalised.get_or_init(|| {
                names_in(crate::text::prefix(question, self.config.max_query_bytes))
            });
            names.binary_search_by(|name| name.as_str().cmp(surface)).is_ok()
        };
        // "what should the new US president do?" asks advice of the president, no fact of the
        // name "president".
        let advice = analysed.asks & QuestionKind::Should.bit() != 0;
        let mut seen: Vec<TermId> = Vec::new();
        let mut unknown_seen: Vec<&str> = Vec::new();
        let limit = self.config.max_query_terms;
        // Known runs go through synonym mapping; unknown tokens break runs.
        let mut bound = super::synonym_phrases::BoundReading::new(normalized);
        let mut start = 0;
        while start < tokens.len() && seen.len() + unknown_seen.len() < limit {
            resolve_through(&mut resolved, start);
            if resolved[start].0.is_none() {
                let surface = tokens[start].surface.as_str();
                let han_pair = is_han_pair(surface);
                let seam = match han_pair {
                    true => {
                        resolve_through(&mut resolved, (start + 1).min(tokens.len() - 1));
                        self.han_seam(&tokens, &resolved, start)
                    }
                    false => HanSeam::default(),
                };
                // A fact word is a word, whatever its neighbours ("多高" after "有多"), unless
                // known words overlap it on both sides: "价格" (price) of "评价格鲁吉亚" is the
                // seam of "评价" (assess) and "格鲁吉亚" (Georgia).
                let fact_word = tokens[start].asks_for_fact && !seam.between_words;
                // No entry has a fact word the knowledge base lacks ("which province").
                if fact_word && names_a_fact(surface) {
                    analysed.unknown_named_fact = true;
                }
                let straddles = seam.straddles && !fact_word;
                if !straddles && !unknown_seen.contains(&surface) {
                    // Seen once, whatever it turns out to be, so that repeats cost nothing.
                    unknown_seen.push(surface);
                    let respelt = match fact_word {
                        true => None,
                        false => misspelt_stop_word(surface),
                    };
                    if let Some(stop_word) = respelt {
                        analysed.respellings.push((surface.to_owned(), stop_word));
                        start += 1;
                        continue;
                    }
                    // A fact word is content however short ("old", "age").
                    let weight = match tokens[start].asks_for_fact {
                        true => self.index.unknown_idf * self.config.fact_word_factor,
                        // A year the knowledge base never names weighs as an unknown word: the
                        // question is most likely about another time ("which countries joined
                        // NATO in 2004?"), though a reader may add one the article leaves out.
                        false if asked::year_bit(surface) != 0 => self.index.unknown_idf,
                        // A pair that fills the gap between words exactly ("芬兰" before
                        // "加入") is a word itself, counted once, as an English one is, and
                        // weighs as a word, however short.
                        // So does a name ("台湾").
                        false
                            if han_pair
                                && (self.fills_han_gap(&tokens, start) || is_a_name(surface)) =>
                        {
                            self.index.unknown_idf * self.config.unknown_han_word_factor
                        }
                        false if han_pair => {
                            self.unknown_weight(surface) * self.config.unknown_han_pair_factor
                        }
                        // A Russian word the knowledge base lacks is mostly a known word in a
                        // form the stemmer does not join, but not when capitalised inside the
                        // question: a name ("о Навальном").
                        false
                            if surface.chars().any(crate::text::is_cyrillic)
                                && !is_a_name(surface) =>
                        {
                            self.unknown_weight(surface) * self.config.unknown_russian_factor
                        }
                        false => self.unknown_weight(surface),
                    };
                    // A name the knowledge base lacks weighs as one the question asks about
                    // (see `unless_a_name_missing`); so does the topic of a talk ("did Lavrov
                    // and Wang Yi talk about vaccines?"): what no entry names, none says was
                    // said.
                    // (Stop words are no tokens: "talk about the vaccines" reads "talk vaccines".)
                    let talked_about = || {
                        let before = tokens[start.saturating_sub(2)..start].iter();
                        before.map(|token| token.surface.as_str()).any(is_a_verb_of_talking)
                    };
                    if is_a_name(surface) || talked_about() {
                        analysed.unknown_names += weight;
                    }
                    analysed.total_weight += weight;
                    analysed.details.push(TermFound {
                        tokens: start..start + 1,
                        term: None,
                        source: TermSource::Unknown,
                        weight,
                        strength: 0.0,
                    });
                }
                start += 1;
                continue;
            }
            let mut end = start + 1;
            while end < tokens.len() {
                resolve_through(&mut resolved, end);
                if resolved[end].0.is_none() {
                    break;
                }
                end += 1;
            }
            let run: Vec<TermId> = resolved[start..end].iter().filter_map(|r| r.0).collect();
            let mut quantity_end = None;
            analyzer.apply_synonyms(&run, false, &mut bound, |term, offset, len| {
                if seen.contains(&term) || seen.len() + unknown_seen.len() >= limit {
                    return;
                }
                // Known from some other text, but here the end of one word and the start of
                // the next: it would count against every entry that has the words.
                if len == 1 && self.straddles_han_word(&tokens, start + offset) {
                    return;
                }
                seen.push(term);
                let span = &resolved[start + offset..start + offset + len];
                let strength = span.iter().map(|r| r.1).fold(1.0_f32, f32::min);
                let weight = self.index.idf[term as usize];
                let span_tokens = &tokens[start + offset..start + offset + len];
                if span_tokens.iter().any(|t| t.asks_for_fact) {
                    analysed.fact_terms.push((term, weight * (self.config.fact_word_factor - 1.0)));
                }
                // "how many years": the word counted follows the quantity word.
                if quantity_end == Some(start + offset) {
                    if let Some(last) = analysed.quantities.last_mut() {
                        last.1 = Some(term);
                    }
                }
                if span_tokens.iter().any(|t| t.quantity && t.surface == "many") {
                    analysed.quantities.push((term, None));
                    quantity_end = Some(start + offset + len);
                }
                if span_tokens.iter().any(|t| reading.view_holder.contains(&t.surface)) {
                    analysed.view_holders.push(term);
                }
                if span_tokens.iter().any(|t| reading.view_topic.contains(&t.surface)) {
                    analysed.view_topics.push(term);
                }
                if !advice
                    && span_tokens.iter().any(|t| t.asks_for_fact && names_a_fact(&t.surface))
                {
                    analysed.named_facts.push(term);
                }
                analysed.total_weight += weight;
                analysed.known.push((term, weight * strength));
                let source = match span.iter().find(|r| matches!(r.2, TermSource::Fuzzy { .. })) {
                    Some(fuzzy) => fuzzy.2.clone(),
                    None => TermSource::Exact,
                };
                analysed.details.push(TermFound {
                    tokens: start + offset..start + offset + len,
                    term: Some(term),
                    source,
                    weight,
                    strength,
                });
            });
            start = end;
        }
        analysed.partner = self.partner_asked(&analysed);
        analysed.tokens = tokens;
        analysed
    }

    /// The known term of one word of a question (exact or fuzzy) with its strength, or none.
    pub(super) fn resolve(&self, surface: &str, search: Search) -> Resolved {
        let analyzer = &self.analyzer;
        if !analyzer.can_match(surface) {
            return (None, 0.0, TermSource::Unknown);
        }
        if let Some(id) = analyzer.term_of(surface) {
            return (Some(id), 1.0, TermSource::Exact);
        }
        // No typo lookup for numbers, nor for pieces of Chinese (one character off is another
        // word).
        let fuzzy = match surface.chars().any(|c| c.is_ascii_digit() || crate::text::is_han(c)) {
            true => None,
            false => match search {
                Search::Indexed => analyzer.dictionary.closest(surface),
                Search::Exhaustive => analyzer.dictionary.closest_exhaustive(surface),
                Search::ExactOnly => None,
            },
        };
        match fuzzy {
            // (A name's slips are letters replaced too, "korolov", "sukhoy": names are rare
            // words, so few real ones collide with them.)
            Some(found)
                if replaces_a_letter_of_a_short_word(surface, found.word)
                    && !self.names_a_name(*found.value) =>
            {
                (None, 0.0, TermSource::Unknown)
            }
            Some(found) => (
                Some(*found.value),
                found.similarity as f32,
                TermSource::Fuzzy { known: found.word.to_owned(), similarity: found.similarity },
            ),
            None => (None, 0.0, TermSource::Unknown),
        }
    }

    /// Whether `term` (a word's own term) is, or stands for, one of the article's names.
    fn names_a_name(&self, term: TermId) -> bool {
        let names = &self.index.name_terms;
        // (Terms of words met after the synonym groups were read stand for themselves.)
        let concept = self.analyzer.single_concept.get(term as usize).copied().unwrap_or(term);
        names.binary_search(&term).is_ok() || names.binary_search(&concept).is_ok()
    }

    /// Whether a Chinese pair opens with the particle 的 and is no curated word ("的首" of
    /// "的首都"): the particle's pair, not a word, though the knowledge base's own texts hold
    /// it too. (After a verb, "拍的" of "谁拍的" is all that is left of the verb.)
    fn is_particle_pair(&self, surface: &str) -> bool {
        is_han_pair(surface)
            && surface.starts_with('的')
            && !self.analyzer.han_words.contains(surface)
    }

    /// Whether token `i` is a Chinese pair that spans two words: not a curated word itself
    /// ([`Analyzer::han_words`]), and overlapping one next to it ("年中" in "今年中俄"); or a
    /// curated one read across a lone character and the next word ("上合" in "问题上合作").
    fn straddles_han_word(&self, tokens: &[Token], i: usize) -> bool {
        let words = &self.analyzer.han_words;
        let surface = tokens[i].surface.as_str();
        let word_at = |j: usize| words.contains(tokens[j].surface.as_str());
        let joined = |a: usize, b: usize| overlaps(&tokens[a].surface, &tokens[b].surface);
        if is_han_pair(surface) && words.contains(surface) {
            // A curated pair whose second character opens a word that nothing after it claims,
            // its first standing alone after a word: "上合" (the SCO) of "问题上合作" is "问题",
            // "上", "合作" (cooperate on which issue), not "上合" and a stray "作".
            let next_is_a_word = i + 1 < tokens.len() && word_at(i + 1) && joined(i, i + 1);
            let after_next_free = i + 2 >= tokens.len() || !joined(i + 1, i + 2) || !word_at(i + 2);
            // (The pair before it, "题上", is no word; the one before that, "问题", is.)
            let word_before = i >= 2 && word_at(i - 2) && joined(i - 2, i - 1) && !word_at(i - 1);
            return next_is_a_word && after_next_free && word_before;
        }
        if !is_han_pair(surface) {
            return false;
        }
        // A pair's last character and the particle after it ("学的" of "大学的"), whether or not
        // that pair is known ("式的" of "形式的", though "正式的" gives "式的" a term). Only
        // "目的" (purpose) ends with the particle's character as a word.
        let particle_after_pair = surface.ends_with('的')
            && surface != "目的"
            && i > 0
            && overlaps(&tokens[i - 1].surface, surface);
        self.is_particle_pair(surface)
            || particle_after_pair
            || (i > 0 && word_at(i - 1) && overlaps(&tokens[i - 1].surface, surface))
            || (i + 1 < tokens.len() && word_at(i + 1) && overlaps(surface, &tokens[i + 1].surface))
    }

    /// How the unknown Chinese pair at `start` sits among its neighbours (`resolved` read
    /// through the token after it).
    fn han_seam(&self, tokens: &[Token], resolved: &[Resolved], start: usize) -> HanSeam {
        let surface = tokens[start].surface.as_str();
        // A known neighbour that itself spans two words ("兰加" of "乌克兰加入", known from
        // that text) is no word: "芬兰" beside it is one.
        let known_overlap = |i: usize| {
            resolved[i].0.is_some()
                && is_han_pair(&tokens[i].surface)
                && !self.is_particle_pair(&tokens[i].surface)
                && !self.straddles_han_word(tokens, i)
                && overlaps(&tokens[i.min(start)].surface, &tokens[i.max(start)].surface)
        };
        let joined =
            |a: usize, b: usize| overlaps(&tokens[a.min(b)].surface, &tokens[a.max(b)].surface);
        let after_known = start > 0 && known_overlap(start - 1);
        let before_known = start + 1 < tokens.len() && known_overlap(start + 1);
        // Its other character belongs to no other pair ("杯" of "世界杯" at the end of the
        // question): the pair is that word's, not a seam between two. (Unless that character is
        // a function word: "有" of "研究有什么".)
        let function_char = |c: Option<char>| {
            c.is_some_and(|c| self.analyzer.is_stop_word(c.encode_utf8(&mut [0; 4])))
        };
        let ends_run = start + 1 == tokens.len() || !joined(start, start + 1);
        let ends_run = ends_run && !function_char(surface.chars().last());
        let opens_run = start == 0 || !joined(start - 1, start);
        // Nor does the unit of a date after its number ("年" of "2015年双方"): it ends the date.
        let date_unit = start > 0
            && tokens[start - 1].surface.chars().all(|c| c.is_ascii_digit())
            && surface.starts_with(['年', '月', '日', '号']);
        let opens_run = opens_run && !function_char(surface.chars().next()) && !date_unit;
        HanSeam {
            straddles: (after_known && !ends_run) || (before_known && !opens_run),
            between_words: after_known && before_known,
        }
    }

    /// Whether the unknown pair at `i` spans exactly the characters between two words (or a
    /// word and the run's edge): the pairs overlapping it on each side are no words, and past
    /// them a curated word starts or ends.
    fn fills_han_gap(&self, tokens: &[Token], i: usize) -> bool {
        let words = &self.analyzer.han_words;
        let surface = tokens[i].surface.as_str();
        let joined = |a: usize, b: usize| overlaps(&tokens[a].surface, &tokens[b].surface);
        let word_at = |j: usize| words.contains(tokens[j].surface.as_str());
        let opens = i == 0
            || !joined(i - 1, i)
            || (i >= 2 && !word_at(i - 1) && word_at(i - 2) && joined(i - 2, i - 1));
        let closes = i + 1 == tokens.len()
            || !joined(i, i + 1)
            || (i + 2 < tokens.len() && !word_at(i + 1) && word_at(i + 2) && joined(i + 1, i + 2));
        is_han_pair(surface) && opens && closes
    }

    pub(super) fn unknown_weight(&self, surface: &str) -> f32 {
        let factor = if surface.chars().all(|c| c.is_ascii_digit()) {
            self.config.unknown_number_factor
        } else if surface.chars().count() <= self.config.short_unknown_chars {
            self.config.short_unknown_factor
        } else if is_adverb_of_manner(surface) {
            self.config.unknown_adverb_factor
        } else {
            1.0
        };
        self.index.unknown_idf * factor
    }
}

/// The words of `question` written with a capital inside a sentence, normalised, sorted and
/// each once: names ("Что Макфол говорил о Навальном?": "макфол", "навальном"; "Taiwan").
/// Read only for unknown words, and only as far as matching reads.
pub(super) fn names_in(question: &str) -> Vec<String> {
    // Most messages typed in chat have no capital at all: one pass says so.
    if !question.chars().any(char::is_uppercase) {
        return Vec::new();
    }
    // The words as written first, each once: a long message repeats its names.
    let mut written: Vec<&str> = Vec::new();
    let mut sentence_start = true;
    // Split at spaces and ASCII punctuation only: classifying every character of a long
    // message in another script is what reading it costs most.
    let breaks = |c: char| c.is_whitespace() || c.is_ascii_punctuation() && c != '-';
    for word in question.split_inclusive(breaks) {
        let ends = word.ends_with(['.', '!', '?', ':', '«', '"', '—']);
        // Quotes and dashes about it, not every character classified (the ends of each word of
        // a long message in another script would be).
        let word = word.trim_matches(|c: char| {
            c.is_ascii_punctuation()
                || c.is_whitespace()
                || matches!(c, '«' | '»' | '“' | '”' | '„' | '‘' | '’' | '—' | '–' | '…')
        });
        let capital = word.chars().next().is_some_and(|c| c.is_uppercase());
        if capital && !sentence_start {
            written.push(word);
        }
        if !word.is_empty() {
            sentence_start = false;
        }
        sentence_start |= ends;
    }
    written.sort_unstable();
    written.dedup();
    let mut names: Vec<String> = written.into_iter().map(crate::text::normalize).collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// Whether `word` is a verb of talking, whose next words name what the talk was about ("did
/// they talk about vaccines?", "discussed the climate").
fn is_a_verb_of_talking(word: &str) -> bool {
    // A match, not a scan of a list: it runs for every word the knowledge base lacks.
    matches!(
        word,
        "talk"
            | "talks"
            | "talked"
            | "talking"
            | "discuss"
            | "discussed"
            | "discussing"
            | "discusses"
            | "speak"
            | "spoke"
            | "spoken"
            | "chat"
            | "chatted"
    )
}

/// Whether an English `word` of fewer than eight letters differs from the known word it was
/// taken as a typo of only by letters replaced: mostly another real word ("books" and
/// "boots", "snowing" and "showing", "gold" and "good"), where a slip of the keys drops,
/// adds or swaps one ("acording", "frienship"). Longer words seldom collide so.
pub(super) fn replaces_a_letter_of_a_short_word(word: &str, known: &str) -> bool {
    // A word this short is taken within one edit: a letter replaced is the one byte that
    // differs; a swap differs in two.
    word.len() < 8
        && word.len() == known.len()
        && word.is_ascii()
        && known.is_ascii()
        && word.bytes().zip(known.bytes()).filter(|(a, b)| a != b).count() == 1
}

/// Whether an unknown word reads as an adverb of manner ("harshly", "unfairly"): more than five
/// letters ending in "-ly", and not one of the nouns and verbs that end so ("family",
/// "supply", "assembly"), which name a matter of their own.
fn is_adverb_of_manner(word: &str) -> bool {
    const NOT_ADVERBS: &[&str] = &[
        "anomaly",
        "assembly",
        "butterfly",
        "comply",
        "family",
        "homily",
        "imply",
        "monopoly",
        "multiply",
        "oligopoly",
        "duopoly",
        "panoply",
        "rally",
        "reply",
        "supply",
    ];
    word.len() > 5 && word.ends_with("ly") && !NOT_ADVERBS.contains(&word)
}

/// How many words `normalized` has, as whitespace separates them: the bytes that start one.
/// (Normalisation maps the other spaces, no-break and ideographic, to ASCII ones.) A byte
/// loop, where `split_whitespace` decodes every character: 4096 of punctuation cost 1.2x.
fn words_between_spaces(normalized: &str) -> usize {
    let (count, _) = normalized.bytes().fold((0, true), |(count, after_space), byte| {
        let space = byte.is_ascii_whitespace() || byte == 0x0b;
        (count + usize::from(after_space && !space), space)
    });
    count
}
