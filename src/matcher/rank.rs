//! Scoring a question's terms: the candidates from the index, each candidate's score, and the
//! verdict. How a question becomes terms is [`super::terms`].

use super::*;
use crate::knowledge::QuestionKind;

impl Matcher {
    /// Finds the best entries without scoring them all ("MaxScore"): the question's terms are
    /// taken rarest first, and each adds the entries that contain it as candidates, scored
    /// exactly by [`Self::score_entry`]. It stops when an entry that contains none of the terms
    /// taken so far could not score as high as the last of the best `max_ranked` candidates,
    /// even with every remaining term in its strongest field. Common words ("russia") are then
    /// never expanded, and the result is the same as scoring every entry.
    pub(super) fn rank(&self, analysed: &Analysed) -> Ranking<'_> {
        if analysed.known.is_empty() || analysed.total_weight <= 0.0 {
            return self.verdict(Vec::new());
        }
        let mut rarest_first = analysed.known.clone();
        rarest_first.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        // remaining[i]: the weight of the terms from i on, which is all an entry that contains
        // none of the first i terms can match.
        let mut remaining = vec![0.0_f64; rarest_first.len() + 1];
        for i in (0..rarest_first.len()).rev() {
            remaining[i] = remaining[i + 1] + f64::from(rarest_first[i].1);
        }
        // One bit per entry: the knowledge base has a hundred or so, and a hash set grew and
        // rehashed on every question.
        let mut candidates = vec![0_u64; self.index.entry_terms.len().div_ceil(64)];
        // Sized for a usual question's candidates up front: growing from empty reallocated
        // three times or more per question (2.5% of a two-word question's instructions).
        let mut scored: Vec<Hit<'_>> = Vec::with_capacity(SCORED_CAPACITY);
        let mut best_scores: Vec<f64> = Vec::with_capacity(self.config.max_ranked);
        for (i, &(term, weight)) in rarest_first.iter().enumerate() {
            let enough = best_scores.len() >= self.config.max_ranked;
            if enough && self.score_bound(analysed, remaining[i]) < best_scores[0] {
                break;
            }
            let postings = &self.index.entry_postings[term as usize];
            let mut at = 0;
            while let Some(&posting) = postings.get(at) {
                let enough = best_scores.len() >= self.config.max_ranked;
                let bound = || self.posting_bound(analysed, weight, remaining[i + 1], posting);
                if enough && bound() < best_scores[0] {
                    // The rest of this strength's run has heavier questions, so lower bounds.
                    at += postings[at..].partition_point(|p| p.strength == posting.strength);
                    continue;
                }
                at += 1;
                let (word, bit) = (posting.entry as usize / 64, 1_u64 << (posting.entry % 64));
                if candidates[word] & bit != 0 {
                    continue;
                }
                candidates[word] |= bit;
                if let Some(hit) = self.score_entry(analysed, posting.entry as usize) {
                    keep_best(&mut best_scores, hit.score, self.config.max_ranked);
                    scored.push(hit);
                }
            }
        }
        self.verdict(scored)
    }

    /// The highest score an entry can reach by matching question terms of this much weight:
    /// full coverage in the strongest field and a sample question made of exactly those terms.
    /// Slightly rounded up, so that float rounding in the real score can never exceed it.
    pub(super) fn score_bound(&self, analysed: &Analysed, weight: f64) -> f64 {
        let total = f64::from(analysed.total_weight);
        let covered = (weight * f64::from(self.index.max_strength) / total).min(1.0);
        let similar = (2.0 * weight / (total + weight)).min(1.0);
        let share = self.config.coverage_share;
        (share * covered + (1.0 - share) * similar) * (1.0 + 1e-6) + 1e-9
    }

    /// The highest score that the entry of `posting` (a posting of a question term of this
    /// `weight`, with `later` the weight of the terms after it) can reach, if it has none of the
    /// terms before it. (An entry that has one was scored already, or skipped because it could
    /// not reach the best few then, when the bar was no higher.) Coverage: this term at the
    /// posting's strength, the later ones at the strongest. Similarity: a sample question with
    /// this term weighs at least the posting's lightest one and at least what it matches; one
    /// without it matches the later terms at most. Rounded up like [`Self::score_bound`].
    pub(super) fn posting_bound(
        &self,
        analysed: &Analysed,
        weight: f32,
        later: f64,
        posting: Posting,
    ) -> f64 {
        let total = f64::from(analysed.total_weight);
        let weight = f64::from(weight);
        let strongest = f64::from(self.index.max_strength);
        let covered = ((weight * f64::from(posting.strength) + later * strongest) / total).min(1.0);
        let matched = weight + later;
        let with_term = 2.0 * matched / (total + f64::from(posting.question_weight).max(matched));
        let without_term = 2.0 * later / (total + later);
        let similar = with_term.max(without_term).min(1.0);
        let share = self.config.coverage_share;
        (share * covered + (1.0 - share) * similar) * (1.0 + 1e-6) + 1e-9
    }

    /// [`Self::rank`] without the inverted index: every entry is scored.
    pub(super) fn rank_exhaustive(&self, analysed: &Analysed) -> Ranking<'_> {
        if analysed.known.is_empty() || analysed.total_weight <= 0.0 {
            return self.verdict(Vec::new());
        }
        let entries = self.index.entry_terms.len();
        let scored = (0..entries).filter_map(|entry| self.score_entry(analysed, entry)).collect();
        self.verdict(scored)
    }

    /// Scores one entry against the question, from the forward index; `None` when the entry
    /// contains none of the question's terms. Both ranking paths use it, so they agree to the
    /// bit.
    pub(super) fn score_entry(&self, analysed: &Analysed, entry: usize) -> Option<Hit<'_>> {
        let index = &self.index;
        let terms = &index.entry_terms[entry];
        let strength_of = |term: TermId| {
            terms.binary_search_by_key(&term, |&(t, _)| t).ok().map(|at| terms[at].1)
        };
        let mut coverage: Option<f32> = None;
        let masks = &index.term_questions[entry];
        // Per sample question (one bit each in `masks`), the weight of the question's terms it
        // holds, summed in the question's order; `holding`, the questions holding any.
        let mut matched = [0.0_f32; 64];
        let mut holding = 0_u64;
        // Without masks (an entry of more than 64 sample questions): the question's terms this
        // entry has, in the question's order, to look for in each of them.
        let mut shared: Vec<(TermId, f32)> = Vec::new();
        for &(term, weight) in &analysed.known {
            let Ok(at) = terms.binary_search_by_key(&term, |&(id, _)| id) else { continue };
            *coverage.get_or_insert(0.0) += weight * terms[at].1;
            match masks.get(at) {
                Some(&mask) => {
                    holding |= mask;
                    let mut bits = mask;
                    while bits != 0 {
                        matched[bits.trailing_zeros() as usize] += weight;
                        bits &= bits - 1;
                    }
                }
                None => shared.push((term, weight)),
            }
        }
        let coverage = coverage?;
        // "how many years ...?" of an entry that gives a number and has the word counted
        // ("years"): "many" is no fact it lacks.
        let answers_quantity = |term: TermId| {
            let how_many = QuestionKind::HowMany.bit();
            analysed.quantities.iter().any(|&(asked, counted)| {
                asked == term && counted.is_some_and(|counted| strength_of(counted).is_some())
            }) && index.gives[entry].is_some_and(|gives| gives & how_many != 0)
        };
        let content = &index.content_terms[entry];
        let missing_facts = self.missing_facts(analysed, |term| {
            content.binary_search(&term).is_ok()
                || answers_quantity(term)
                || self.gives_the_age(analysed, entry, term)
        });
        let questions = index.entry_questions[entry].clone();
        let mut similarity = 0.0_f32;
        let mut bits = holding;
        while bits != 0 {
            let bit = bits.trailing_zeros() as usize;
            let dice = self.dice(analysed, missing_facts, questions.start + bit, matched[bit]);
            similarity = similarity.max(dice);
            bits &= bits - 1;
        }
        for question in questions.filter(|_| !shared.is_empty()) {
            let question_terms = &index.question_terms[question];
            let mut matched: Option<f32> = None;
            for &(term, weight) in &shared {
                if question_terms.binary_search(&term).is_ok() {
                    *matched.get_or_insert(0.0) += weight;
                }
            }
            if let Some(matched) = matched {
                similarity = similarity.max(self.dice(analysed, missing_facts, question, matched));
            }
        }
        Some(self.hit(analysed, entry, coverage, missing_facts, similarity))
    }

    /// Whether `term` asks an age ("old") and entry `entry` gives one: "how old is the
    /// friendship treaty?" of the treaty's entry, which says it is twenty and never "old".
    /// So does an entry giving a date, of a question asking the age of a thing as a time ("how
    /// old is the picture at the top?": when it was taken).
    pub(super) fn gives_the_age(&self, analysed: &Analysed, entry: usize, term: TermId) -> bool {
        let (age, when) = (QuestionKind::Age.bit(), QuestionKind::When.bit());
        let asked = match analysed.asks & (age | when) {
            bits if bits == when => age | when,
            _ => age,
        };
        let gives_age = self.index.gives[entry].is_some_and(|gives| gives & asked != 0);
        gives_age && self.index.age_words.binary_search(&term).is_ok()
    }

    /// Whether entry `entry` has `term` among its terms.
    pub(super) fn entry_has_term(&self, entry: usize, term: TermId) -> bool {
        let terms = &self.index.entry_terms[entry];
        terms.binary_search_by_key(&term, |&(id, _)| id).is_ok()
    }

    /// Whether an entry's curated `gives` leaves out one of `kinds` (bits); an entry without
    /// `gives` lacks nothing.
    pub(super) fn lacks(&self, entry: usize, kinds: u16) -> bool {
        self.index.gives[entry].is_some_and(|gives| kinds & !gives != 0)
    }

    /// What is left of an entry's coverage for the kinds of question it is asked and does not
    /// give (see [`FACT_KIND_MISMATCH`]); 1 when it gives them all, or is not curated.
    pub(super) fn kind_factor(&self, analysed: &Analysed, entry: usize) -> f64 {
        let Some(gives) = self.index.gives[entry] else { return 1.0 };
        let missing = analysed.asks & !gives;
        // (Read for every entry ranked: most questions ask nothing an entry can lack.)
        if missing == 0 {
            return 1.0;
        }
        // The derived kinds (see `analyze`): a date asked of an entry that gives a "when" but
        // states no date (Wang Yi's "recently"; an entry giving no "when" at all is discounted
        // for that already), what came of an event still to come, the name of a writer, what an
        // abbreviation stands for, how long, which day. (Not which year: an entry naming the
        // thing asked and no year is declined, not outranked by one naming a year of another.)
        let no_date = missing & asked::ASKS_A_DATE != 0 && gives & QuestionKind::When.bit() != 0;
        let others = asked::ASKS_AN_OUTCOME
            | asked::ASKS_AN_AUTHOR
            | asked::ASKS_AN_EXPANSION
            | asked::ASKS_A_DURATION
            | asked::ASKS_A_DAY;
        let lacking = (missing & others).count_ones() + u32::from(no_date);
        let derived_factor = (0..lacking).map(|_| self.config.fact_kind_mismatch).product::<f64>();
        derived_factor
            * QuestionKind::ALL
                .iter()
                .filter(|(kind, _)| missing & kind.bit() != 0)
                .map(|(kind, _)| match kind {
                    QuestionKind::When
                    | QuestionKind::Where
                    | QuestionKind::HowMany
                    | QuestionKind::Age => self.config.fact_kind_mismatch,
                    QuestionKind::Who | QuestionKind::Why | QuestionKind::Should => {
                        self.config.route_kind_mismatch
                    }
                })
                .product::<f64>()
    }

    /// Of Russia's two partners (China, the United States), the one the question names and the
    /// other, when it names one and not the other (see [`Self::partner_factor`]).
    pub(super) fn partner_asked(&self, analysed: &Analysed) -> Option<(TermId, TermId)> {
        let ([Some(china), russia], Some(america)) =
            (self.index.protagonists, self.index.other_partner)
        else {
            return None;
        };
        let asks = |term: TermId| analysed.known.iter().any(|&(id, _)| id == term);
        // A question naming someone quoted is about their words, whichever pair they name
        // ("what did Lavrov say about it?" of the disputes with the U.S.: his profile tells of
        // his talks with China, his words of the U.S.).
        // (By name: not the countries themselves, whose views entries also give, nor the
        // words of a view, "ties with China".)
        let (speakers, names) = (&self.index.all_speakers, &self.index.name_terms);
        let country = |id: TermId| Some(id) == russia || [china, america].contains(&id);
        let names_a_speaker = analysed.known.iter().any(|&(id, _)| {
            !country(id) && speakers.binary_search(&id).is_ok() && names.binary_search(&id).is_ok()
        });
        match (asks(china), asks(america), names_a_speaker) {
            (true, false, false) => Some((china, america)),
            (false, true, false) => Some((america, china)),
            _ => None,
        }
    }

    /// What is left of an entry's score when the question names one of Russia's two partners
    /// and not the other, and the entry names only the other: its words are about Russia and
    /// someone else ("on which points do Moscow and Beijing see eye to eye?" of Iran, the rare
    /// point Moscow and Washington agree on).
    pub(super) fn partner_factor(&self, analysed: &Analysed, entry: usize) -> f64 {
        let Some((named, other)) = analysed.partner else { return 1.0 };
        // Its sample questions count: an entry may name the pair only there ("both great
        // powers" in its quote, "Moscow and Washington" in its questions).
        let has = |term: TermId| self.entry_has_term(entry, term);
        match !has(named) && has(other) {
            true => self.config.partner_mismatch,
            false => 1.0,
        }
    }

    /// How closely the question resembles one sample question (Dice coefficient of weights).
    pub(super) fn dice(
        &self,
        analysed: &Analysed,
        missing_facts: f32,
        question: usize,
        matched: f32,
    ) -> f32 {
        let total = analysed.total_weight + missing_facts;
        2.0 * matched / (total + self.index.question_weight[question])
    }

    pub(super) fn hit(
        &self,
        analysed: &Analysed,
        entry: usize,
        coverage: f32,
        missing_facts: f32,
        similarity: f32,
    ) -> Hit<'_> {
        let total = (analysed.total_weight + missing_facts) as f64;
        // An entry that does not give the kind of fact asked cannot answer as asked, however
        // alike its sample questions read: both parts of the score are discounted.
        let kind = self.kind_factor(analysed, entry) * self.partner_factor(analysed, entry);
        let covered = (coverage as f64 / total).min(1.0) * kind;
        let similar = (similarity as f64).min(1.0) * kind;
        let share = self.config.coverage_share;
        Hit {
            entry: &self.knowledge.entries[entry],
            index: entry,
            score: share * covered + (1.0 - share) * similar,
            coverage: covered,
            similarity: similar,
        }
    }

    /// A question naming both protagonists, their relations or the article, and nothing else
    /// ("what is the article on China-Russia relations about?", "how are china-russia
    /// relations?") asks what the article says of its subject: it is answered with the entry
    /// on the whole article. Every entry names the two countries, and whichever named them and
    /// relations most was the answer, with full confidence. (The countries alone may ask one's
    /// need of the other: "does Russia need China?".) So is one asking the article's main point
    /// and nothing else ("whats the main argument of this piece?").
    pub(super) fn of_the_whole_article<'m>(
        &'m self,
        analysed: &Analysed,
        mut ranking: Ranking<'m>,
    ) -> Ranking<'m> {
        let Some(whole) = self.index.whole_article else { return ranking };
        let subject = &self.index.its_subject;
        let known_weight = || analysed.known.iter().map(|&(_, weight)| weight).sum::<f32>();
        let asks = |term: &Option<TermId>| {
            term.is_some_and(|term| analysed.known.iter().any(|&(known, _)| known == term))
        };
        let protagonists = self.index.protagonists;
        // (No word unknown: the weights summed in the same order, but not only 0 apart.)
        let all_known = || known_weight() >= analysed.total_weight - 1e-3;
        let only_its_subject = protagonists.iter().all(asks)
            && analysed.known.iter().any(|(term, _)| !protagonists.contains(&Some(*term)))
            && analysed.known.iter().all(|(term, _)| subject.binary_search(term).is_ok())
            && all_known();
        // "what's the main point of this piece in one line?": the article's own claim, its
        // headline, not the two points the author makes in reply to Mearsheimer (which "the
        // author's main argument" asks: "author" is none of these words; so do "the main
        // points of the article").
        let plural =
            |token: &Token| matches!(token.surface.as_str(), "points" | "arguments" | "claims");
        let index = &self.index;
        let names_any =
            |terms: &[TermId]| analysed.known.iter().any(|(term, _)| terms.contains(term));
        let its_main_point = || {
            names_any(&index.article_terms)
                && names_any(&index.main_point)
                && analysed.known.iter().all(|(term, _)| {
                    subject.binary_search(term).is_ok()
                        || index.main_point.contains(term)
                        || index.briefly.contains(term)
                })
                && all_known()
                && !analysed.tokens.iter().any(plural)
        };
        if !(only_its_subject || its_main_point()) || ranking.verdict == Verdict::Declined {
            return ranking;
        }
        let best_score = ranking.ranked.first().map_or(0.0, |hit| hit.score);
        let entry = &self.knowledge.entries[whole];
        let hit = Hit { entry, index: whole, score: best_score, coverage: 1.0, similarity: 0.0 };
        ranking.ranked.retain(|other| other.index != whole);
        ranking.ranked.insert(0, hit);
        ranking.ranked.truncate(self.config.max_ranked);
        ranking.verdict = Verdict::Answered;
        ranking
    }

    /// Orders the scored entries (best first, ties to the earlier entry, so the result is
    /// deterministic), keeps the best few and decides the verdict.
    pub(super) fn verdict<'m>(&'m self, ranked: Vec<Hit<'m>>) -> Ranking<'m> {
        self.verdict_at(ranked, self.config.min_score)
    }

    /// [`Self::verdict`] with the decline threshold `min_score`.
    pub(super) fn verdict_at<'m>(
        &'m self,
        mut ranked: Vec<Hit<'m>>,
        min_score: f64,
    ) -> Ranking<'m> {
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.index.cmp(&b.index)));
        ranked.truncate(self.config.max_ranked);
        let verdict = match ranked.as_slice() {
            [] => Verdict::Declined,
            [best, ..] if best.score < min_score => Verdict::Declined,
            [best, second, ..]
                if second.score >= min_score
                    && best.score - second.score < self.config.ambiguity_margin =>
            {
                // When one quote holds the other, the article's sentence answers either
                // reading: the entry quoting it all is the answer, not a choice to offer.
                let (first, other) = (&best.entry.quote, &second.entry.quote);
                if first.contains(other.as_str()) {
                    Verdict::Answered
                } else if other.contains(first.as_str()) {
                    ranked.swap(0, 1);
                    Verdict::Answered
                } else {
                    Verdict::Ambiguous
                }
            }
            _ => Verdict::Answered,
        };
        Ranking { verdict, ranked }
    }
}

/// How many scored candidates [`Matcher::rank`] makes room for before it starts.
const SCORED_CAPACITY: usize = 32;

/// Keeps `best` as the `k` highest scores seen, lowest first.
pub(super) fn keep_best(best: &mut Vec<f64>, score: f64, k: usize) {
    if best.len() < k {
        best.push(score);
    } else if score > best[0] {
        best[0] = score;
    } else {
        return;
    }
    best.sort_by(f64::total_cmp);
}

/// How [`Matcher::analyse`] finds a misspelt word's known word.
#[derive(Clone, Copy)]
pub(super) enum Search {
    /// Through the typo index.
    Indexed,
    /// By comparing with every known word: the reference.
    Exhaustive,
    /// Known words only, no typos.
    ExactOnly,
}
