//! For curators: why a question matched, and which sample questions or entries compete.

use super::*;

impl Matcher {
    /// Returns the terms the question was analysed into, with their weights, for explanations.
    pub fn explain_terms(&self, question: &str) -> Vec<QueryTerm> {
        let analysed = self.analyse(question, Search::Indexed);
        let words_of = |found: &TermFound| {
            let tokens = &analysed.tokens[found.tokens.clone()];
            tokens.iter().map(|token| token.surface.as_str()).collect::<Vec<_>>().join(" ")
        };
        analysed
            .details
            .iter()
            .map(|found| QueryTerm {
                words: words_of(found),
                term: match found.term {
                    Some(term) => self.analyzer.term_names[term as usize].clone(),
                    None => words_of(found),
                },
                source: found.source.clone(),
                weight: found.weight,
                strength: found.strength,
            })
            .collect()
    }

    /// The score below which `question` is declined: the configured line, lower for a long
    /// question (see `with_long_question_relief`).
    pub fn decline_line(&self, question: &str) -> f64 {
        self.decline_line_for(self.analyse_question(question, Search::Indexed).words)
    }

    /// What declined `question`, for `ask --explain`: the ranking (no entry above the decline
    /// line) or the rule that declined it last (`decided`, run as `ask` runs it). The whole
    /// question is read as `ask` first reads it; `None` when that reading is not declined (a
    /// question answered, or declined only after a remark or a lead-in was set apart).
    pub fn declining_rule(&self, question: &str) -> Option<&'static str> {
        let analysed = self.analyse_question(question, Search::Indexed);
        self.decided(&analysed, |analysed| self.rank(analysed)).1
    }

    /// Explains why an entry (by its position in the knowledge base) matched a question: where
    /// in the entry each of the question's known terms was found, and which sample question
    /// is the closest.
    pub fn explain_entry(&self, question: &str, entry_index: usize) -> EntryMatch {
        let analysed = self.analyse(question, Search::Indexed);
        let Some(entry) = self.knowledge.entries.get(entry_index) else {
            return EntryMatch::default();
        };
        // The texts this matcher indexed: the translation's, for a Russian or Chinese matcher.
        let (keywords, titles, sample_questions, answers, quotes) =
            index::fields_in(entry, self.language);
        let mut fields: Vec<(String, Vec<TermId>)> = Vec::new();
        for keyword in keywords {
            fields.push((format!("keyword {:?}", keyword.term), self.known_terms(&keyword.term)));
        }
        for (name, texts) in [("title", titles), ("answer", answers), ("quote", quotes)] {
            for text in texts {
                fields.push((name.to_owned(), self.known_terms(text)));
            }
        }
        let questions: Vec<Vec<TermId>> =
            sample_questions.iter().map(|q| self.known_terms(q)).collect();
        let terms = analysed
            .known
            .iter()
            .map(|&(term, _)| {
                let mut found: Vec<String> = fields
                    .iter()
                    .filter(|(_, ids)| ids.contains(&term))
                    .map(|(name, _)| name.clone())
                    .collect();
                match questions.iter().filter(|ids| ids.contains(&term)).count() {
                    0 => {}
                    1 => found.push("1 sample question".to_owned()),
                    n => found.push(format!("{n} sample questions")),
                }
                (self.analyzer.term_names[term as usize].clone(), found)
            })
            .collect();
        // The sample question with the most of the question's weight for its own weight: the
        // one whose similarity the score uses.
        let closest_question = questions
            .iter()
            .enumerate()
            .map(|(i, ids)| {
                let matched: f32 = analysed
                    .known
                    .iter()
                    .filter(|(term, _)| ids.contains(term))
                    .map(|(_, weight)| weight)
                    .sum();
                let own: f32 = ids.iter().map(|&id| self.index.idf[id as usize]).sum();
                (i, matched / (analysed.total_weight + own).max(f32::MIN_POSITIVE))
            })
            .filter(|(_, closeness)| *closeness > 0.0)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(i, _)| sample_questions[i].clone());
        EntryMatch { terms, closest_question }
    }

    /// The distinct known terms of knowledge-base text (its words were all indexed), mapped
    /// through synonyms as entries are.
    pub(super) fn known_terms(&self, text: &str) -> Vec<TermId> {
        let tokens = self.analyzer.tokens(text, usize::MAX);
        let raw: Vec<TermId> =
            tokens.iter().filter_map(|t| self.analyzer.term_of(&t.surface)).collect();
        let mut out = Vec::new();
        let normalized = crate::text::normalize(text);
        let mut bound = super::synonym_phrases::BoundReading::new(&normalized);
        self.analyzer.apply_synonyms(&raw, true, &mut bound, |term, _, _| out.push(term));
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Finds sample questions that the matcher answers with another entry: they teach readers
    /// (and curators) the wrong thing, since asking them does not give their entry. Ties broken
    /// in the entry's favour are not reported.
    pub fn misrouted_questions(&self) -> Vec<Misrouted<'_>> {
        let mut found = Vec::new();
        for (index, entry) in self.knowledge.entries.iter().enumerate() {
            // The sample questions in this matcher's language.
            for question in index::fields_in(entry, self.language).2 {
                let answer = self.ask(question);
                let Some(top) = answer.ranked.first() else { continue };
                // Its own entry first is right unless only offered in a "did you mean" (a
                // declined one is no other entry's, and stays in the suggestions).
                if top.index == index && answer.verdict != Verdict::Ambiguous {
                    continue;
                }
                let own = answer.ranked.iter().find(|hit| hit.index == index).map(|hit| hit.score);
                let offered = answer.verdict == Verdict::Ambiguous
                    && own.is_some_and(|score| top.score - score < self.config.ambiguity_margin);
                found.push(Misrouted {
                    offered,
                    entry,
                    question,
                    answered_by: top.entry,
                    score: top.score,
                    own_score: own,
                });
            }
        }
        found
    }

    /// Finds pairs of entries whose terms (keywords, title, sample questions, answer, quote,
    /// each weighted by rarity and field strength) are alike: cosine similarity of at least
    /// `min_similarity` (0..=1). Most alike first.
    pub fn near_duplicates(&self, min_similarity: f64) -> Vec<NearDuplicate<'_>> {
        let entries = &self.knowledge.entries;
        // Each entry's terms, weighted, sorted by term (the forward index is): merge to multiply.
        let index = &self.index;
        let vectors: Vec<Vec<(TermId, f64)>> = index
            .entry_terms
            .iter()
            .map(|terms| {
                let weight = |(term, strength): &(TermId, f32)| {
                    (*term, f64::from(index.idf[*term as usize]) * f64::from(*strength))
                };
                terms.iter().map(weight).collect()
            })
            .collect();
        let norms: Vec<f64> =
            vectors.iter().map(|v| v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt()).collect();
        let mut pairs = Vec::new();
        for a in 0..entries.len() {
            for b in a + 1..entries.len() {
                let (mut i, mut j, mut dot) = (0, 0, 0.0);
                let (va, vb) = (&vectors[a], &vectors[b]);
                while i < va.len() && j < vb.len() {
                    match va[i].0.cmp(&vb[j].0) {
                        std::cmp::Ordering::Less => i += 1,
                        std::cmp::Ordering::Greater => j += 1,
                        std::cmp::Ordering::Equal => {
                            dot += va[i].1 * vb[j].1;
                            i += 1;
                            j += 1;
                        }
                    }
                }
                let similarity = match norms[a] * norms[b] {
                    n if n > 0.0 => dot / n,
                    _ => 0.0,
                };
                if similarity >= min_similarity {
                    pairs.push(NearDuplicate {
                        first: &entries[a],
                        second: &entries[b],
                        similarity,
                    });
                }
            }
        }
        pairs.sort_by(|x, y| y.similarity.total_cmp(&x.similarity));
        pairs
    }
}
