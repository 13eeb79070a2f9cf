//! The index built once from a knowledge base: term strengths per entry, postings for candidate
//! search, and sample-question weights.

use super::*;
use crate::knowledge::{Keyword, Knowledge, Language};

/// The terms of one entry and how strongly it has each, gathered field by field: the strongest
/// field counts. A dense table by term id, reused for every entry, instead of a map per entry.
#[derive(Default)]
pub(super) struct TermStrengths {
    pub(super) strength: Vec<f32>,
    pub(super) present: Vec<bool>,
    /// The terms present, in the order first added.
    pub(super) terms: Vec<TermId>,
}

impl TermStrengths {
    pub(super) fn add(&mut self, id: TermId, strength: f32) {
        let at = id as usize;
        if at >= self.present.len() {
            self.present.resize(at + 1, false);
            self.strength.resize(at + 1, 0.0);
        }
        if !self.present[at] {
            self.present[at] = true;
            self.strength[at] = 0.0;
            self.terms.push(id);
        }
        self.strength[at] = self.strength[at].max(strength);
    }

    /// The terms with their strengths, sorted by term, leaving the table empty.
    pub(super) fn take_sorted(&mut self) -> Vec<(TermId, f32)> {
        self.terms.sort_unstable();
        let sorted = self.terms.iter().map(|&id| (id, self.strength[id as usize])).collect();
        for &id in &self.terms {
            self.present[id as usize] = false;
        }
        self.terms.clear();
        sorted
    }
}

/// How many of an entry's sample questions have each term: a dense table by term id, reused
/// for every entry, as [`TermStrengths`].
#[derive(Default)]
pub(super) struct TermCounts {
    count: Vec<u32>,
    terms: Vec<TermId>,
}

impl TermCounts {
    fn count(&mut self, id: TermId) {
        let at = id as usize;
        if at >= self.count.len() {
            self.count.resize(at + 1, 0);
        }
        if self.count[at] == 0 {
            self.terms.push(id);
        }
        self.count[at] += 1;
    }

    /// The terms counted, in the order first met, with their counts, leaving the table empty.
    fn drain(&mut self) -> impl Iterator<Item = (TermId, u32)> + '_ {
        let count = &mut self.count;
        self.terms.drain(..).map(move |id| (id, std::mem::take(&mut count[id as usize])))
    }
}

/// One entry of a term's postings, with what bounds the entry's score through that term.
#[derive(Debug, Clone, Copy)]
pub(super) struct Posting {
    pub(super) entry: u32,
    /// How strongly the entry has the term (0..=1, or up to 2 for a boosted keyword).
    pub(super) strength: f32,
    /// The weight of the entry's lightest sample question with the term (infinite: none has
    /// it); the lighter the question, the more alike a short question can be.
    pub(super) question_weight: f32,
}

/// Term statistics and postings, built once from the knowledge base.
pub(super) struct Index {
    /// Inverse document frequency of each term.
    pub(super) idf: Vec<f32>,
    /// Weight given to a word the knowledge base has never seen.
    pub(super) unknown_idf: f32,
    /// For each term, the entries containing it: the inverted index that finds candidates.
    /// Ordered by impact (strongest first, then lightest sample question), so that a common
    /// term's long list can be cut short once its remaining entries cannot make the best few.
    pub(super) entry_postings: Vec<Vec<Posting>>,
    /// The largest strength in any posting, for upper bounds on scores.
    pub(super) max_strength: f32,
    /// The summed idf of each sample question's terms.
    pub(super) question_weight: Vec<f32>,
    /// For each entry, its terms and how strongly (sorted by term): the forward index that
    /// scores a candidate.
    pub(super) entry_terms: Vec<Vec<(TermId, f32)>>,
    /// For each entry, its sample questions (indexes into `question_terms`).
    pub(super) entry_questions: Vec<std::ops::Range<usize>>,
    /// For each sample question, its terms (sorted).
    pub(super) question_terms: Vec<Vec<TermId>>,
    /// For each entry, beside each of its terms (`entry_terms`' order), which of its sample
    /// questions hold it, one bit each: scoring reads a term's questions at once instead of
    /// searching every question for every term. Empty for an entry of more than 64 questions,
    /// which is scored by searching.
    pub(super) term_questions: Vec<Vec<u64>>,
    /// For each entry, the terms of what it says (keywords, title, answer, quote; not its
    /// sample questions), sorted: whether it gives a fact is judged on these.
    pub(super) content_terms: Vec<Vec<TermId>>,
    /// For each entry, the kinds of question it answers ([`QuestionKind::bit`]s); `None` when
    /// not curated.
    pub(super) gives: Vec<Option<u16>>,
    /// For each entry, the years its quote states ([`asked::year_bit`]s).
    pub(super) years: Vec<u32>,
    /// For each entry, the known terms of whose view it reports (`view_of`), sorted: a question
    /// naming the speaker breaks a tie between entries on the same matter.
    pub(super) speakers: Vec<Vec<TermId>>,
    /// The terms of every entry's `speakers`, sorted: whose words the article reports at all.
    pub(super) all_speakers: Vec<TermId>,
    /// For each entry, the known terms of the names its quote owns something of ("Biden's
    /// declared interest in ... the Iran nuclear deal"), sorted: a stance of theirs it states,
    /// though it curates nobody's view.
    pub(super) possessors: Vec<Vec<TermId>>,
    /// The terms of the words naming the article itself ([`ARTICLE_ITSELF`]), whose say is all
    /// of it.
    pub(super) article_terms: Vec<TermId>,
    /// The entry on the article as a whole (about "the article", quoting its headline), and
    /// the terms of what the article is about: the protagonists, their relations and the
    /// article itself. A question naming nothing else asks what the article says of its
    /// subject ("what is the article on China-Russia relations about?").
    pub(super) whole_article: Option<usize>,
    pub(super) its_subject: Vec<TermId>,
    /// The terms of [`MAIN_POINT`] and of [`BRIEFLY`]: a question of the article's main point
    /// asks the whole article's claim, its headline.
    pub(super) main_point: Vec<TermId>,
    pub(super) briefly: Vec<TermId>,
    /// The terms of the nouns that name the kind of fact asked ([`KIND_NOUNS`]: "city",
    /// "year"), read once here: a fact question's topic is read without them.
    pub(super) kind_nouns: Vec<TermId>,
    /// The terms of [`KIND_NOUNS`], [`TOPICLESS_VERBS`] and [`TOPICLESS_QUESTION_WORDS`]: a
    /// question of these alone names no topic.
    pub(super) topicless: Vec<TermId>,
    /// The terms of the words that ask an age ([`AGE_WORDS`]: "old", "age"), sorted: an entry
    /// that gives an age answers them without having them ("how old is the friendship treaty?").
    pub(super) age_words: Vec<TermId>,
    /// The terms of the article's two protagonists, China and Russia.
    pub(super) protagonists: [Option<TermId>; 2],
    /// The term of the United States, Russia's other partner in the article.
    pub(super) other_partner: Option<TermId>,
    /// Per entry, whether its quote names both protagonists (read once here, for follow-ups
    /// asking one side of it).
    pub(super) quote_names_both: Vec<bool>,
    /// Per entry, the known terms of its quote, sorted: what a follow-up's words are checked
    /// against ([`super::Matcher::quote_names_all`]), read once here, not per message.
    pub(super) quote_terms: Vec<Vec<TermId>>,
    /// The terms of the names entries are about (the capitalised words of their subjects:
    /// "Korolev", "Xi", "BRICS"), sorted: what a question asking a fact by name is about.
    pub(super) subject_names: Vec<TermId>,
    /// The terms of the article's names: the words it capitalises wherever it uses them
    /// ("Iran", "Kerry", "SCO"; not "Security", also written "security"), sorted.
    pub(super) name_terms: Vec<TermId>,
    /// For each entry about a thing with a proper name ([`names_a_thing`]), the terms of its
    /// name's words and of each of its keywords of two terms or more, and the terms it has as
    /// a keyword alone (sorted), to tell a word that is only part of its name there ("rapid" of
    /// "Collective Rapid Reaction Forces"), which ties a question to it only beside the rest.
    pub(super) name_parts: Vec<NameParts>,
}

/// An entry's name and keywords as [`Index::name_parts`] reads them.
#[derive(Debug, Default)]
pub(super) struct NameParts {
    pub(super) title: Vec<TermId>,
    pub(super) phrases: Vec<Vec<TermId>>,
    pub(super) single: Vec<TermId>,
}

/// Whether an entry is about what a proper name of several words names, and titled by it
/// ("the Collective Rapid Reaction Forces"; not "China-Russia relations", nor "John Kerry:
/// NATO is a defensive alliance", a view).
fn names_a_thing(entry: &crate::knowledge::Entry) -> bool {
    let Some(subject) = entry.subject.as_deref() else { return false };
    let name = subject.strip_prefix("the ").unwrap_or(subject);
    // "Shanghai Cooperation Organization (SCO)", of "the SCO".
    let (title, short) = match entry.title.split_once(" (") {
        Some((title, short)) => (title, short.strip_suffix(')')),
        None => (entry.title.as_str(), None),
    };
    let words: Vec<&str> = title.split(' ').collect();
    (title == name || short == Some(name))
        && words.len() >= 2
        && words.iter().all(|word| {
            matches!(*word, "of" | "and") || word.chars().next().is_some_and(char::is_uppercase)
        })
}

/// An entry's texts in one language: keywords, titles, sample questions, answers, quotes.
pub(super) type Fields<'e> =
    (Vec<&'e Keyword>, Vec<&'e String>, &'e Vec<String>, Vec<&'e String>, Vec<&'e String>);

/// An entry's texts that a matcher for `language` indexes. English: the entry's own fields.
/// Another language: its translation, and the English keywords, whose names readers write in
/// Latin letters too (only those when the entry is not translated).
pub(super) fn fields_in(entry: &crate::knowledge::Entry, language: Language) -> Fields<'_> {
    static NO_QUESTIONS: Vec<String> = Vec::new();
    match entry.translation(language).filter(|_| language != Language::En) {
        Some(t) => (
            t.keywords.iter().chain(&entry.keywords).collect(),
            vec![&t.title],
            &t.questions,
            vec![&t.answer],
            vec![&t.quote],
        ),
        None if language != Language::En => {
            (entry.keywords.iter().collect(), Vec::new(), &NO_QUESTIONS, Vec::new(), Vec::new())
        }
        None => (
            entry.keywords.iter().collect(),
            vec![&entry.title],
            &entry.questions,
            vec![&entry.answer],
            vec![&entry.quote],
        ),
    }
}

impl Matcher {
    /// Builds the matcher's index over a validated knowledge base.
    pub fn new(knowledge: Knowledge, config: MatchConfig) -> Matcher {
        Matcher::in_language(knowledge, config, Language::En)
    }

    /// A matcher for questions in `language`: over the entries' translations into it, and
    /// the English keywords (names written in Latin letters inside a Russian or Chinese question
    /// find them). English questions get an index of their own, so that translations change
    /// nothing for them.
    pub fn in_language(knowledge: Knowledge, config: MatchConfig, language: Language) -> Matcher {
        let config = match language {
            Language::Ru => MatchConfig {
                min_score: config.min_score + config.russian_min_score_offset,
                russian_min_score_offset: 0.0,
                ..config
            },
            _ => config,
        };
        // Distinct words grow with the sample questions: about two new words each on the shipped
        // base (3,545 words of 1,637 questions), plus each entry's own names and quote.
        let questions: usize = knowledge.entries.iter().map(|entry| entry.questions.len()).sum();
        let expected_words = questions * 2 + knowledge.entries.len() * 8;
        let mut analyzer = Analyzer::new(&knowledge.synonyms, expected_words);
        let mut entry_terms: Vec<Vec<(TermId, f32)>> = Vec::with_capacity(knowledge.entries.len());
        let mut question_terms: Vec<(u32, Vec<TermId>)> = Vec::new();
        let mut content_terms: Vec<Vec<TermId>> = Vec::with_capacity(knowledge.entries.len());
        let mut name_parts = Vec::with_capacity(knowledge.entries.len());
        let mut terms = TermStrengths::default();
        let mut in_questions = TermCounts::default();
        let fields = &config.fields;
        for (index, entry) in knowledge.entries.iter().enumerate() {
            let (keywords, titles, questions, answers, quotes) = fields_in(entry, language);
            let mut content = Vec::new();
            // (Read only of an entry titled by a proper name: see `Index::name_parts`.)
            let named = names_a_thing(entry);
            let (mut phrases, mut single) = (Vec::new(), Vec::new());
            // A keyword weight above 1 is a curator's boost; the score stays capped at 1.
            for keyword in keywords {
                let strength = fields.keyword * keyword.weight;
                analyzer.note_han_words(&keyword.term);
                let mut ids = Vec::new();
                // A phrase the synonyms know ("great powers") is one term, not its words.
                analyzer.analyse_entry_text_marking_parts(&keyword.term, |id, is_part| {
                    terms.add(id, strength);
                    content.push(id);
                    if named && !is_part {
                        ids.push(id);
                    }
                });
                ids.sort_unstable();
                ids.dedup();
                match ids.len() {
                    0 => {}
                    1 => single.extend(ids),
                    _ => phrases.push(ids),
                }
            }
            let mut title_terms = Vec::new();
            for title in titles {
                analyzer.analyse_entry_text(title, |id| {
                    terms.add(id, fields.title);
                    content.push(id);
                    if named {
                        title_terms.push(id);
                    }
                });
            }
            title_terms.sort_unstable();
            title_terms.dedup();
            single.sort_unstable();
            name_parts.push(NameParts { title: title_terms, phrases, single });
            // A word in only one of many sample questions is incidental to the entry ("old" in
            // "is the photo an old one?"): it counts for less than one most of them share.
            for question in questions {
                // Similarity compares questions as they are read; the entry's terms take the
                // words of its phrases too.
                let (mut ids, mut all) = (Vec::new(), Vec::new());
                analyzer.analyse_entry_text_marking_parts(question, |id, is_part| {
                    all.push(id);
                    if !is_part {
                        ids.push(id);
                    }
                });
                for list in [&mut ids, &mut all] {
                    list.sort_unstable();
                    list.dedup();
                }
                for &id in &all {
                    in_questions.count(id);
                }
                question_terms.push((index as u32, ids));
            }
            let asked = questions.len();
            for (id, count) in in_questions.drain() {
                let incidental = count == 1 && asked >= config.incidental_among;
                let factor = if incidental { config.incidental_factor } else { 1.0 };
                terms.add(id, fields.question * factor);
            }
            for answer in answers {
                analyzer.analyse_entry_text(answer, |id| {
                    terms.add(id, fields.answer);
                    content.push(id);
                });
            }
            for quote in quotes {
                analyzer.analyse_entry_text(quote, |id| {
                    terms.add(id, fields.quote);
                    content.push(id);
                });
            }
            content.sort_unstable();
            content.dedup();
            content_terms.push(content);
            entry_terms.push(terms.take_sorted());
        }

        analyzer.dictionary.finish();
        let known =
            analyzer.dictionary.words().chain(analyzer.term_names.iter().map(String::as_str));
        // Most words are ASCII, and are passed over whole.
        let non_ascii = known.filter(|word| !word.is_ascii()).flat_map(str::chars);
        analyzer.alphabet = non_ascii.filter(|c| !c.is_ascii()).collect();
        analyzer.seen_words = super::word_sets::SeenWords::default();
        analyzer.raw_scratch = Vec::new();
        analyzer.text_scratch = String::new();
        let term_count = analyzer.term_names.len();
        let entries = knowledge.entries.len() as f32;
        let mut entry_counts = vec![0u32; term_count];
        for &(id, _) in entry_terms.iter().flatten() {
            entry_counts[id as usize] += 1;
        }
        let idf: Vec<f32> = entry_counts
            .iter()
            .map(|&count| (1.0 + entries / (count as f32).max(0.5)).ln())
            .collect();
        let unknown_idf = (1.0 + entries / 0.5).ln() * config.unknown_term_factor;

        let question_weight: Vec<f32> = question_terms
            .iter()
            .map(|(_, ids)| ids.iter().map(|&id| idf[id as usize]).sum())
            .collect();
        // Sample questions were added entry by entry, so each entry's are one run.
        let mut next_question = 0;
        let entry_questions: Vec<std::ops::Range<usize>> = (0..entry_terms.len() as u32)
            .map(|entry| {
                let start = next_question;
                while question_terms.get(next_question).is_some_and(|(e, _)| *e == entry) {
                    next_question += 1;
                }
                start..next_question
            })
            .collect();
        let mut entry_postings: Vec<Vec<Posting>> =
            entry_counts.iter().map(|&count| Vec::with_capacity(count as usize)).collect();
        // For each term of the current entry, its lightest sample question's weight.
        let mut lightest = vec![f32::INFINITY; term_count];
        for (entry, terms) in entry_terms.iter().enumerate() {
            for question in entry_questions[entry].clone() {
                for &id in &question_terms[question].1 {
                    let slot = &mut lightest[id as usize];
                    *slot = slot.min(question_weight[question]);
                }
            }
            for &(id, strength) in terms {
                let question_weight = std::mem::replace(&mut lightest[id as usize], f32::INFINITY);
                entry_postings[id as usize].push(Posting {
                    entry: entry as u32,
                    strength,
                    question_weight,
                });
            }
        }
        for postings in &mut entry_postings {
            postings.sort_unstable_by(|a, b| {
                b.strength
                    .total_cmp(&a.strength)
                    .then(a.question_weight.total_cmp(&b.question_weight))
                    .then(a.entry.cmp(&b.entry))
            });
        }
        let term_questions = entry_terms
            .iter()
            .zip(&entry_questions)
            .map(|(terms, questions)| {
                if questions.len() > 64 {
                    return Vec::new();
                }
                let mut masks = vec![0_u64; terms.len()];
                for (bit, question) in questions.clone().enumerate() {
                    for id in &question_terms[question].1 {
                        if let Ok(at) = terms.binary_search_by_key(id, |&(term, _)| term) {
                            masks[at] |= 1 << bit;
                        }
                    }
                }
                masks
            })
            .collect();
        let question_terms = question_terms.into_iter().map(|(_, ids)| ids).collect();
        let max_strength =
            entry_terms.iter().flatten().map(|&(_, strength)| strength).fold(0.0, f32::max);

        let index = Index {
            idf,
            unknown_idf,
            entry_postings,
            max_strength,
            question_weight,
            entry_terms,
            entry_questions,
            question_terms,
            term_questions,
            content_terms,
            gives: knowledge
                .entries
                .iter()
                .map(|entry| {
                    let date = match asked::answers_a_date(&entry.quote, &entry.answer) {
                        true => asked::ASKS_A_DATE,
                        false => 0,
                    };
                    let outcome = match asked::tells_of_an_event_to_come(&entry.quote) {
                        true => 0,
                        false => asked::ASKS_AN_OUTCOME,
                    };
                    let author = match entry.reports_someone_named()
                        || asked::credits_an_author(&entry.quote)
                    {
                        true => asked::ASKS_AN_AUTHOR,
                        false => 0,
                    };
                    let expansion = match asked::spells_out(&entry.quote) {
                        true => asked::ASKS_AN_EXPANSION,
                        false => 0,
                    };
                    let done = match asked::reports_an_intention(&entry.quote) {
                        true => 0,
                        false => asked::ASKS_WHETHER_DONE,
                    };
                    let specifics = match asked::lists_some(&entry.quote) {
                        true => asked::ASKS_SPECIFICS,
                        false => 0,
                    };
                    let span = match asked::states_a_span(&entry.quote) {
                        true => asked::ASKS_A_DURATION,
                        false => 0,
                    };
                    let day = match asked::states_a_day(&entry.quote) {
                        true => asked::ASKS_A_DAY,
                        false => 0,
                    };
                    // (Or its answer is about the date: "The article gives no publication
                    // date", of the year the article is from.)
                    let of_the_date = asked::is_about_the_date(&entry.answer);
                    let year = match asked::years_stated(&entry.quote) != 0 || of_the_date {
                        true => asked::ASKS_A_YEAR,
                        false => 0,
                    };
                    let gives = entry.gives.as_ref()?;
                    let derived =
                        date | outcome | author | expansion | done | specifics | span | day | year;
                    Some(gives.iter().fold(derived, |bits, kind| bits | kind.bit()))
                })
                .collect(),
            years: knowledge
                .entries
                .iter()
                .map(|entry| asked::years_stated(&entry.quote))
                .collect(),
            speakers: Vec::new(),
            all_speakers: Vec::new(),
            possessors: Vec::new(),
            article_terms: Vec::new(),
            whole_article: None,
            its_subject: Vec::new(),
            main_point: Vec::new(),
            briefly: Vec::new(),
            kind_nouns: Vec::new(),
            topicless: Vec::new(),
            age_words: Vec::new(),
            protagonists: [None; 2],
            other_partner: None,
            quote_names_both: Vec::new(),
            quote_terms: Vec::new(),
            subject_names: Vec::new(),
            name_terms: Vec::new(),
            name_parts,
        };
        let mut matcher = Matcher { knowledge, config, analyzer, index, language };
        // Read as questions are (known terms only): a view adds no term to the index.
        let speakers = matcher
            .knowledge
            .entries
            .iter()
            .map(|entry| {
                // Without its remarks in brackets ("(his advice)"), which say what the view is,
                // not whose: "advice" is no speaker of "what does the article recommend?".
                let view = without_brackets(entry.view_of_in(language).unwrap_or_default());
                let mut terms: Vec<TermId> =
                    matcher.terms_of_text(&view).known.iter().map(|&(id, _)| id).collect();
                terms.sort_unstable();
                terms
            })
            .collect::<Vec<Vec<TermId>>>();
        let mut all_speakers: Vec<TermId> = speakers.iter().flatten().copied().collect();
        all_speakers.sort_unstable();
        all_speakers.dedup();
        matcher.index.speakers = speakers;
        matcher.index.all_speakers = all_speakers;
        let possessors = matcher
            .knowledge
            .entries
            .iter()
            .map(|entry| {
                let words: Vec<&str> = entry.quote.split_whitespace().collect();
                // A stance of theirs, an adjective at most before it ("Biden's declared
                // interest"): not a thing of theirs ("Iran's nuclear program"), which states
                // no view.
                let stance_after = |at: usize| {
                    words.iter().skip(at + 1).take(2).any(|word| {
                        let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
                        STANCES.contains(&word.to_lowercase().as_str())
                    })
                };
                let owners = words.iter().enumerate().filter_map(|(at, word)| {
                    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
                    let owner =
                        word.strip_suffix("'s").or_else(|| word.strip_suffix("\u{2019}s"))?;
                    stance_after(at).then_some(owner)
                });
                let names = owners.filter(|owner| owner.starts_with(char::is_uppercase));
                let mut terms: Vec<TermId> =
                    names.flat_map(|name| matcher.known_terms(name)).collect();
                terms.sort_unstable();
                terms.dedup();
                terms
            })
            .collect();
        matcher.index.possessors = possessors;
        matcher.index.article_terms = matcher.known_terms(ARTICLE_ITSELF);
        matcher.index.kind_nouns = matcher.known_terms(KIND_NOUNS);
        matcher.index.topicless = matcher
            .known_terms(&format!("{KIND_NOUNS} {TOPICLESS_VERBS} {TOPICLESS_QUESTION_WORDS}"));
        matcher.index.age_words = matcher.known_terms(AGE_WORDS);
        let protagonist = |name: &str| matcher.known_terms(name).first().copied();
        let (china, russia) = (protagonist("china"), protagonist("russia"));
        let other_partner = protagonist("america");
        matcher.index.protagonists = [china, russia];
        matcher.index.other_partner = other_partner;
        let headline = crate::text::normalize_for_quote(&matcher.knowledge.article.title);
        matcher.index.whole_article = matcher.knowledge.entries.iter().position(|entry| {
            entry.subject.as_deref() == Some("the article")
                && crate::text::normalize_for_quote(&entry.quote) == headline
        });
        let mut its_subject = matcher.known_terms("relations");
        its_subject.extend([china, russia].into_iter().flatten());
        its_subject.extend(matcher.index.article_terms.iter().copied());
        its_subject.sort_unstable();
        its_subject.dedup();
        matcher.index.its_subject = its_subject;
        matcher.index.main_point = matcher.known_terms(MAIN_POINT);
        matcher.index.briefly = matcher.known_terms(BRIEFLY);
        let quote_terms: Vec<Vec<TermId>> = matcher
            .knowledge
            .entries
            .iter()
            .map(|entry| {
                let mut terms = matcher.known_terms(&entry.quote);
                terms.sort_unstable();
                terms.dedup();
                terms
            })
            .collect();
        let names = |terms: &Vec<TermId>, p: &Option<TermId>| {
            p.is_some_and(|p| terms.binary_search(&p).is_ok())
        };
        matcher.index.quote_names_both = quote_terms
            .iter()
            .map(|terms| matcher.index.protagonists.iter().all(|p| names(terms, p)))
            .collect();
        matcher.index.quote_terms = quote_terms;
        let names: Vec<&str> = matcher
            .knowledge
            .entries
            .iter()
            .filter_map(|entry| entry.subject.as_deref())
            .flat_map(str::split_whitespace)
            .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
            .collect();
        matcher.index.subject_names = matcher.known_terms(&names.join(" "));
        let names = article_names(&matcher.knowledge.article);
        let mut name_terms = matcher.known_terms(&names.join(" "));
        // A name of several words is a term only read as a whole ("European Union").
        for run in article_name_runs(&matcher.knowledge.article, &names) {
            name_terms.extend(matcher.known_terms(&run));
        }
        name_terms.sort_unstable();
        name_terms.dedup();
        matcher.index.name_terms = name_terms;
        matcher
    }
}

/// Whether a word ending in a full stop abbreviates rather than ends a sentence: an initial
/// ("John J. Mearsheimer"), a dotted abbreviation ("U.S. presence"), a title ("Dr. Marcin").
pub(super) fn abbreviation(word: &str) -> bool {
    let Some(stem) = word.strip_suffix('.') else { return false };
    let initial = stem.chars().count() == 1 && stem.starts_with(char::is_uppercase);
    initial || stem.contains('.') || matches!(stem, "Dr" | "Mr" | "Mrs" | "Ms" | "Prof" | "St")
}

/// The runs of two or more of the article's `names` in a row ("European Union").
fn article_name_runs(article: &crate::knowledge::Article, names: &[&str]) -> Vec<String> {
    let mut runs = Vec::new();
    for block in &article.blocks {
        let mut run: Vec<&str> = Vec::new();
        for word in block.text.split_whitespace() {
            let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
            let named = names.binary_search(&bare).is_ok();
            if named {
                run.push(bare);
            }
            // A run ends at a word that is no name or at punctuation after one.
            if !named || bare.len() < word.len() && !word.ends_with(bare) {
                if run.len() >= 2 {
                    runs.push(run.join(" "));
                }
                run.clear();
            }
        }
        if run.len() >= 2 {
            runs.push(run.join(" "));
        }
    }
    runs.sort_unstable();
    runs.dedup();
    runs
}

/// The words the article always capitalises, past the start of a sentence: its names. A word
/// also written in lower case ("Security Council", "security") is a common word.
pub(super) fn article_names(article: &crate::knowledge::Article) -> Vec<&str> {
    let mut capitalised: Vec<&str> = Vec::new();
    let mut lower: std::collections::HashSet<String> = std::collections::HashSet::new();
    for block in &article.blocks {
        let mut sentence_start = true;
        for word in block.text.split_whitespace() {
            let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
            match bare.chars().next() {
                Some(c) if c.is_uppercase() && !sentence_start => capitalised.push(bare),
                Some(c) if !c.is_uppercase() => {
                    lower.insert(bare.to_lowercase());
                }
                _ => {}
            }
            sentence_start = word.ends_with(['.', '?', '!', ':']) && !abbreviation(word)
                || (bare.is_empty() && sentence_start);
        }
    }
    capitalised.retain(|word| !lower.contains(&word.to_lowercase()));
    capitalised.sort_unstable();
    capitalised.dedup();
    capitalised
}

/// `text` without its parts in round brackets (full-width ones too, as Chinese writes them).
fn without_brackets(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|c| match c {
            '(' | '（' => {
                depth += 1;
                false
            }
            ')' | '）' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

/// Nouns of a stance someone's quote may own ("Biden's declared interest in rejoining ..."):
/// where they stand, though the entry curates nobody's view.
const STANCES: &[&str] = &[
    "interest",
    "interests",
    "fear",
    "fears",
    "grievances",
    "concern",
    "concerns",
    "focus",
    "response",
    "decision",
    "position",
    "view",
    "views",
    "stance",
    "policy",
    "opposition",
    "support",
    "favor",
    "goal",
    "goals",
    "aim",
    "aims",
    "desire",
    "wish",
    "intention",
];
