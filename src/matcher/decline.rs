//! The rules that decline a ranking's best entry whatever its score: a fact asked by name that
//! it lacks, a name it never mentions, a fact the question's topic does not give, who wrote
//! something of an entry naming no writer, whether something was done of an entry that reports
//! it only as offered or wanted.

use super::*;
use crate::knowledge::QuestionKind;

impl Matcher {
    /// What [`Self::ask`] and [`Self::ask_exhaustive`] make of a question's reading: `rank`'s
    /// ranking, then each rule in turn (a fact its topic lacks, the reason asked, a fact asked
    /// by name that the best entry lacks, a tie one entry's speaker breaks, a question beyond
    /// the article, ...), and, when it ends declined, the rule that declined it last, which
    /// `ask --explain` names ([`Self::declining_rule`]).
    pub(super) fn decided<'m>(
        &'m self,
        analysed: &Analysed,
        rank: impl Fn(&Analysed) -> Ranking<'m>,
    ) -> (Ranking<'m>, Option<&'static str>) {
        let mut ranking = rank(analysed);
        let mut rule = (ranking.verdict == Verdict::Declined)
            .then_some("the ranking: no entry scores above the decline line");
        // A rule may decline the ranking or, after another's decline, answer it again.
        macro_rules! stage {
            ($rule:literal, $next:expr) => {
                let was_declined = ranking.verdict == Verdict::Declined;
                ranking = $next;
                match (was_declined, ranking.verdict == Verdict::Declined) {
                    (false, true) => rule = Some($rule),
                    (_, false) => rule = None,
                    (true, true) => {}
                }
            };
        }
        stage!(
            "unless_fact_missing: the fact asked is one its topic's entry does not give",
            self.unless_fact_missing(analysed, ranking, &rank)
        );
        stage!("by_reason: the reason asked", self.by_reason(analysed, ranking, &rank));
        stage!(
            "with_long_question_relief: the decline line of a question this long",
            self.with_long_question_relief(analysed, ranking)
        );
        stage!(
            "unless_fact_word_missing: a fact, author, date or which ones the best entry lacks",
            self.unless_fact_word_missing(analysed, ranking)
        );
        stage!(
            "unless_a_name_missing: a name the best entry lacks",
            self.unless_a_name_missing(analysed, ranking)
        );
        stage!(
            "unless_a_lone_name_part: the match rests on part of a longer name",
            self.unless_a_lone_name_part(analysed, ranking)
        );
        stage!("by_speaker: the speaker named", self.by_speaker(analysed, ranking));
        stage!("by_view_asked: a view no entry gives", self.by_view_asked(analysed, ranking));
        stage!("unless_another_year: another year", self.unless_another_year(analysed, ranking));
        stage!(
            "unless_only_the_kind_asked: only the kind of fact is asked",
            self.unless_only_the_kind_asked(analysed, ranking)
        );
        stage!(
            "of_the_whole_article: the whole article",
            self.of_the_whole_article(analysed, ranking)
        );
        stage!(
            "unless_beyond_the_article: after the article, its author, the reader",
            super::unless_beyond_the_article(analysed, ranking)
        );
        (ranking, rule)
    }

    /// A question asking a fact by name ("what's the capital of Tajikistan?") is declined when
    /// the best entry lacks that word: it does not give the fact, and the rest of the question
    /// only names what the fact is about. So is one asking who wrote something, of an entry
    /// that names no writer.
    pub(super) fn unless_fact_word_missing<'m>(
        &'m self,
        analysed: &Analysed,
        mut ranking: Ranking<'m>,
    ) -> Ranking<'m> {
        let Some(best) = ranking.best() else { return ranking };
        let lacks = |term: &TermId| !self.entry_has_term(best.index, *term);
        // Nor is an entry that has the fact but not about what the question names: "what
        // university is Korolev at?" and the Glasgow scholar's entry.
        let names = &self.index.subject_names;
        let lacks_the_named = !analysed.named_facts.is_empty()
            && analysed.known.iter().any(|(term, _)| {
                !analysed.named_facts.contains(term)
                    && names.binary_search(term).is_ok()
                    && lacks(term)
            });
        // Nor does an entry naming no writer answer who wrote something: a name is all that
        // question wants ("Кто автор колонки в Washington Post?" had the op-ed's entry).
        let no_writer = analysed.asks & asked::ASKS_AN_AUTHOR != 0
            && self.lacks(best.index, asked::ASKS_AN_AUTHOR);
        // Nor does an entry reporting only that something was offered, wanted or advised
        // answer whether it was done ("did Turkey buy them?" of Moscow's offer to Turkey).
        let only_intended = analysed.asks & asked::ASKS_WHETHER_DONE != 0
            && self.lacks(best.index, asked::ASKS_WHETHER_DONE);
        // Nor one that never says the deed asked ("did Georgia ever join NATO?" of Medvedev on
        // Georgia's engagement with NATO): who wanted it is not whether it was done.
        let deed_unsaid = analysed.deed.is_some_and(|deed| !self.entry_says(best.entry, deed));
        // Nor does one naming only a kind answer which particular ones ("Which specific
        // weapons has China reverse-engineered?" of "reverse engineering of Russian weaponry").
        let names_none = analysed.asks & asked::ASKS_SPECIFICS != 0
            && self.lacks(best.index, asked::ASKS_SPECIFICS);
        // ... nor "which weapons did they copy?" of one naming weaponry only as a kind.
        let names_the_kind_only = analysed.which_of.as_deref().is_some_and(|noun| {
            self.lacks(best.index, asked::ASKS_SPECIFICS)
                && asked::names_the_kind(&best.entry.quote, noun)
        });
        // ... nor "which energy projects exactly?" of one listing concessions, whose projects
        // it names only as a kind.
        let lists_none_of_them = analysed
            .specifics_of
            .as_deref()
            .is_some_and(|noun| asked::lists_the_kind(&best.entry.quote, noun) == Some(false));
        // Nor does one stating no span of time answer how long something has gone on ("how long
        // has Lavrov been foreign minister?" of his recent call with Wang Yi).
        let no_span = analysed.asks & asked::ASKS_A_DURATION != 0
            && self.lacks(best.index, asked::ASKS_A_DURATION);
        // Nor does one stating no day answer which day ("what exact date was the Xi-Putin
        // call?" of "late December").
        let no_day =
            analysed.asks & asked::ASKS_A_DAY != 0 && self.lacks(best.index, asked::ASKS_A_DAY);
        // Nor one stating no year which year ("what year was the call?" of "late December").
        let no_year =
            analysed.asks & asked::ASKS_A_YEAR != 0 && self.lacks(best.index, asked::ASKS_A_YEAR);
        // Nor does an entry giving no reason, and linking to none, answer why what it describes
        // happened ("Why did the U.S. leave the ABM Treaty?" of the entry naming the withdrawal
        // among the disputes): the article does not say.
        let why = QuestionKind::Why.bit();
        let no_reason = analysed.why_of_its_topic
            && analysed.asks & why != 0
            && self.lacks(best.index, why)
            && best.entry.why.is_none();
        let lacks_fact =
            |term: &TermId| lacks(term) && !self.gives_the_age(analysed, best.index, *term);
        if analysed.unknown_named_fact
            || no_reason
            || analysed.named_facts.iter().any(lacks_fact)
            || lacks_the_named
            || no_writer
            || only_intended
            || deed_unsaid
            || names_none
            || names_the_kind_only
            || lists_none_of_them
            || no_span
            || no_day
            || no_year
        {
            ranking.verdict = Verdict::Declined;
        }
        ranking
    }

    /// A question naming a year is declined when the best entry's quote dates what it tells by
    /// other years: it tells of another time ("What did Russia's 2010 military doctrine say?"
    /// of the 2014 doctrine; "what did Medvedev say in 2009?" of his words in 2008). Read after
    /// the view asked has chosen among the entries.
    pub(super) fn unless_another_year<'m>(
        &'m self,
        analysed: &Analysed,
        mut ranking: Ranking<'m>,
    ) -> Ranking<'m> {
        if analysed.years == 0 {
            return ranking;
        }
        let Some(best) = ranking.best() else { return ranking };
        let stated = self.index.years[best.index];
        if stated != 0 && analysed.years & stated == 0 {
            ranking.verdict = Verdict::Declined;
        }
        ranking
    }

    /// Whether `entry`, the best for a question asking someone's view that no entry close to it
    /// gives, gives none of theirs: asked of someone whose views are curated, not of the
    /// article itself ("what does the piece say about the Middle East?": all of it is its
    /// say), nor of the countries, whose stances entries tell as facts ("How does Russia feel
    /// about the SCO?": its concerns over the SCO's growth), of an entry whose quote owns no
    /// stance of theirs ("Biden's declared interest in ..."). A country's reaction is no stance
    /// told as a fact: "how did Beijing react to that?" of Russia's response to the pandemic,
    /// which names China but only Russia's response, is not said.
    pub(super) fn gives_no_view_asked(&self, analysed: &Analysed, entry: usize) -> bool {
        let holders = &analysed.view_holders;
        let speakers = &self.index.all_speakers;
        let country = |t: &TermId| {
            self.index.protagonists.contains(&Some(*t)) || self.index.other_partner == Some(*t)
        };
        let curated = holders.iter().any(|t| speakers.binary_search(t).is_ok() && !country(t))
            || analysed.asks_a_reaction && holders.iter().any(country);
        let owned = &self.index.possessors[entry];
        let owns = holders.iter().any(|t| owned.binary_search(t).is_ok());
        let of_the_article = holders.iter().all(|t| self.index.article_terms.contains(t));
        curated && !owns && !of_the_article
    }

    /// A question is declined when a name of the article (a word it always capitalises)
    /// weighing [`super::MatchConfig::missing_name_share`] of it is not in the best entry: the
    /// entry speaks of the question's other words, and nothing the article says of the name
    /// ("Is Iran a member of the SCO?": the SCO's entry, which never names Iran, nor do the
    /// entries it links to). So is one asking the view of a name the entry lacks, whatever
    /// its weight ("What does Beijing think about NATO enlargement?"); one naming a name the
    /// knowledge base lacks altogether, weighing as much ("... about Taiwan?"); and one naming
    /// China or Russia, not both, of an entry that names only the other.
    pub(super) fn unless_a_name_missing<'m>(
        &'m self,
        analysed: &Analysed,
        mut ranking: Ranking<'m>,
    ) -> Ranking<'m> {
        let Some(best) = ranking.best() else { return ranking };
        // One of the two protagonists asked about, of an entry that names only the other: "does
        // China have a military base in Kazakhstan?" of Russia's bases there.
        if let [Some(china), Some(russia)] = self.index.protagonists {
            let asks = |term: TermId| analysed.known.iter().any(|&(known, _)| known == term);
            let swapped_in = |hit: &Hit<'_>| {
                let has = |term: TermId| self.entry_has_term(hit.index, term);
                let swapped = |named: TermId, other: TermId| {
                    asks(named) && !asks(other) && !has(named) && has(other)
                };
                swapped(china, russia) || swapped(russia, china)
            };
            // The entry is set aside, and the rest decides: an entry naming the country asked
            // about may answer ("which Central Asian country has hosted Chinese military
            // personnel?" of Russia's bases, beside the alleged Chinese presence in Tajikistan).
            // (Declined, the ranking is kept whole: its entries are the suggestions.)
            if swapped_in(best) {
                let best = best.index;
                let rest = ranking.ranked.iter().filter(|hit| hit.index != best).copied();
                let rest = self.verdict(rest.collect());
                // Nor is one lacking whose view is asked: "what did McFaul say about China's
                // rise?" is declined with his entry, not answered with someone else's words.
                let names = &self.index.name_terms;
                let lacks_holder = |hit: &Hit<'_>| {
                    analysed.view_holders.iter().any(|term| {
                        names.binary_search(term).is_ok() && !self.entry_has_term(hit.index, *term)
                    })
                };
                if rest.verdict == Verdict::Declined
                    || rest.best().is_none_or(|hit| swapped_in(hit) || lacks_holder(hit))
                {
                    ranking.verdict = Verdict::Declined;
                    return ranking;
                }
                return rest;
            }
        }
        // A name the knowledge base lacks altogether ("What did Xi say about Taiwan?").
        let share = self.config.missing_name_share;
        if analysed.unknown_names > 0.0 && analysed.unknown_names >= share * analysed.total_weight {
            ranking.verdict = Verdict::Declined;
            return ranking;
        }
        let names = &self.index.name_terms;
        // Someone's words that no entry reports ("what did Biden say about Putin?" of the
        // summit, which names him but gives the author's view): the article does not say.
        // So of an entry that gives nobody's view ("What does Kazakhstan think about Russian
        // bases?" of the bases' entry). (Only in a knowledge base that curates views: without
        // them, nobody's words are known.)
        // (Unless the entry states a stance of theirs: "Biden's declared interest in reviving
        // the Iran nuclear deal" is where he stands on it.)
        let speakers = &self.index.all_speakers;
        let owns = |term: &TermId| self.index.possessors[best.index].binary_search(term).is_ok();
        let speaks_nowhere = |term: &TermId| {
            names.binary_search(term).is_ok()
                && speakers.binary_search(term).is_err()
                && !owns(term)
        };
        if !speakers.is_empty() && analysed.view_holders.iter().any(speaks_nowhere) {
            ranking.verdict = Verdict::Declined;
            return ranking;
        }
        let lacking = |&&(term, _): &&(TermId, f32)| {
            names.binary_search(&term).is_ok() && !self.entry_has_term(best.index, term)
        };
        if !analysed.known.iter().any(|term| lacking(&term)) {
            return ranking;
        }
        // An entry linked to it holds the name too: "What rapid reaction force does the CSTO
        // have?" is the forces' entry, which names no CSTO but links to it. Not for a view:
        // someone's view of a name is in their entry or nowhere ("what does Xi Jinping think of
        // Biden?" of Xi's profile, which links to the call that names Biden).
        let asks_a_view = !analysed.view_holders.is_empty();
        let entries = &self.knowledge.entries;
        let linked: Vec<usize> = best
            .entry
            .related
            .iter()
            .filter_map(|id| entries.iter().position(|entry| entry.id == *id))
            .collect();
        // Of a view, not the profile of someone else it links to ("What is Wang Yi's opinion
        // of NATO?": his profile links to Lavrov's, who spoke of NATO).
        let asks = |term: &TermId| analysed.known.iter().any(|(known, _)| known == term);
        let profile_of_another = |at: usize| {
            let title = &self.index.name_parts[at].title;
            !title.is_empty()
                && title.iter().all(|term| names.binary_search(term).is_ok() && !asks(term))
        };
        let linked_names = |term: TermId| {
            linked.iter().any(|&at| {
                self.entry_has_term(at, term) && !(asks_a_view && profile_of_another(at))
            })
        };
        let missing: Vec<&(TermId, f32)> = analysed
            .known
            .iter()
            .filter(lacking)
            .filter(|(term, _)| asks_a_view || !linked_names(*term))
            .collect();
        let weight: f32 = missing.iter().map(|(_, weight)| weight).sum();
        // Whose view is asked is no side word, however common ("What does Beijing think
        // about NATO enlargement?" of McFaul's words on it).
        let holder_missing = missing.iter().any(|(term, _)| analysed.view_holders.contains(term));
        // Nor what it is asked about, when neither the entry nor those it links to name it:
        // "What did Kerry say about China?" of his words on NATO. (About Russia, they do: the
        // West's reassurances that NATO is not against it.)
        let unnamed =
            |topic: &TermId| missing.iter().any(|(term, _)| term == topic) && !linked_names(*topic);
        let topic_missing = asks_a_view && analysed.view_topics.iter().any(unnamed);
        if holder_missing
            || topic_missing
            || weight >= self.config.missing_name_share * analysed.total_weight
        {
            // Only someone whose words are curated is missing ("who is Marcin Kaczmarski and
            // what's his main point?" of the author's main points): the entry naming them
            // answers, if it scores on its own.
            // The ranking of only the entries `keep` keeps, when it answers.
            let answered_among = |keep: &dyn Fn(&Hit<'_>) -> bool| {
                let kept =
                    self.verdict(ranking.ranked.iter().filter(|hit| keep(hit)).copied().collect());
                (kept.verdict == Verdict::Answered).then_some(kept)
            };
            let is_speaker = |(term, _): &&(TermId, f32)| speakers.binary_search(term).is_ok();
            if !holder_missing && !topic_missing && missing.iter().all(is_speaker) {
                let naming = |hit: &Hit<'_>| {
                    missing.iter().all(|(term, _)| self.entry_has_term(hit.index, *term))
                };
                if let Some(naming) = answered_among(&naming) {
                    return naming;
                }
            }
            // Whose words are asked, of an entry that reports someone else's, may be in another
            // entry reporting theirs, on all it is asked about ("What did Putin say about
            // relations with China recently?" of the leaders' descriptions in general, beside
            // Xi's and Putin's call).
            if holder_missing && !topic_missing {
                let his = |hit: &Hit<'_>| {
                    let speakers = &self.index.speakers[hit.index];
                    let speaks = |term: &TermId| speakers.binary_search(term).is_ok();
                    analysed.view_holders.iter().all(speaks)
                        && analysed.view_topics.iter().all(|t| self.entry_has_term(hit.index, *t))
                };
                if let Some(theirs) = answered_among(&his) {
                    return theirs;
                }
            }
            ranking.verdict = Verdict::Declined;
        }
        ranking
    }

    /// A fact word the entry lacks ("old" for an entry about Putin) counts extra against it: the
    /// entry most likely does not give that fact.
    pub(super) fn missing_facts(
        &self,
        analysed: &Analysed,
        has_term: impl Fn(TermId) -> bool,
    ) -> f32 {
        analysed
            .fact_terms
            .iter()
            .filter(|(term, _)| !has_term(*term))
            .map(|(_, extra)| extra)
            .sum()
    }

    /// `ranking` (`rank`'s), declined when the question asks a fact (when, where, how many, how
    /// old) about the topic of an entry that does not give it: "where was the Biden-Putin
    /// summit held?" is about the summit entry, which gives no place; an entry about another
    /// summit that does give one is no answer. The topic is the entry that best covers the
    /// question with the kinds left aside, clearly ahead of the one that won with them.
    pub(super) fn unless_fact_missing<'m>(
        &'m self,
        analysed: &Analysed,
        mut ranking: Ranking<'m>,
        rank: impl Fn(&Analysed) -> Ranking<'m>,
    ) -> Ranking<'m> {
        let derived = asked::ASKS_A_DATE
            | asked::ASKS_AN_OUTCOME
            | asked::ASKS_AN_AUTHOR
            | asked::ASKS_AN_EXPANSION
            | asked::ASKS_A_DURATION;
        let facts = analysed.asks & (QuestionKind::FACTS | derived);
        let Some(best) = ranking.best().copied() else { return ranking };
        if facts == 0 || self.lacks(best.index, facts) {
            return ranking;
        }
        // The topic is read without the kind and without the nouns that name it ("city" in
        // "in which city is the Biden-Putin summit held?"): they say what is asked, not about
        // what, and would pull the topic to an entry that names a city.
        let is_kind_noun = |term: &TermId| self.index.kind_nouns.contains(term);
        // An entry with every other word of the question is on its topic ("what year is the
        // article from?" and the entry on the article's date).
        let covers_the_rest = analysed
            .known
            .iter()
            .filter(|(term, _)| !is_kind_noun(term))
            .all(|(term, _)| self.entry_has_term(best.index, *term));
        if covers_the_rest {
            return ranking;
        }
        let removed: f32 =
            analysed.known.iter().filter(|(term, _)| is_kind_noun(term)).map(|(_, w)| w).sum();
        let topical = rank(&Analysed {
            // (Nor the day or year asked: "what date is the Biden-Putin summit?" asks its date,
            // whose topic is the summit, not an entry giving some day.)
            asks: analysed.asks & !facts & !(asked::ASKS_A_DAY | asked::ASKS_A_YEAR),
            known: analysed.known.iter().filter(|(term, _)| !is_kind_noun(term)).copied().collect(),
            total_weight: analysed.total_weight - removed,
            fact_terms: analysed
                .fact_terms
                .iter()
                .filter(|(t, _)| !is_kind_noun(t))
                .copied()
                .collect(),
            ..analysed.clone()
        });
        let Some(topic) = topical.ranked.first() else { return ranking };
        let best_there = topical.ranked.iter().find(|hit| hit.index == best.index);
        let lead = topic.score - best_there.map_or(0.0, |hit| hit.score);
        // An entry on the same curated subject as the topic is on it, giving another fact of
        // it ("who is the author of the photo?": the credit line, beside the caption).
        if topic.index != best.index
            && !topic.entry.shares_subject_with(best.entry)
            && topic.score >= self.config.min_score
            && lead >= self.config.topic_lead
            && self.lacks(topic.index, facts)
        {
            ranking.verdict = Verdict::Declined;
        }
        ranking
    }
}

/// A word of the best entry's names weighing this share of what the question shares with it,
/// with none of the rest of the name beside it, declines the question; see
/// [`Matcher::unless_a_lone_name_part`].
const LONE_NAME_PART_SHARE: f32 = 0.6;
/// Only a rare word is a name's part that way (a few entries have it): a common one ("China" of
/// "China-Russia relations") is asked about alone.
const LONE_NAME_PART_IDF: f32 = 2.5;

impl Matcher {
    /// Declined when the best entry's match rests on a word that, among its keywords, is only
    /// part of a longer name, and the question has none of the rest: "how can I learn Chinese
    /// rapidly?" ("Как быстро выучить китайский?") is not about the Collective Rapid Reaction
    /// Forces, whose entry has "rapid" only inside the name.
    pub(super) fn unless_a_lone_name_part<'m>(
        &'m self,
        analysed: &Analysed,
        mut ranking: Ranking<'m>,
    ) -> Ranking<'m> {
        let Some(best) = ranking.best() else { return ranking };
        let parts = &self.index.name_parts[best.index];
        if parts.title.is_empty() {
            return ranking;
        }
        let asked = |term: TermId| analysed.known.iter().any(|&(known, _)| known == term);
        let rest_asked =
            |term: TermId, phrase: &Vec<TermId>| phrase.iter().any(|&o| o != term && asked(o));
        // In some of its keywords, each with none of its other words asked.
        let lone_part = |term: TermId| {
            let mut of_names =
                parts.phrases.iter().filter(|p| p.binary_search(&term).is_ok()).peekable();
            parts.title.binary_search(&term).is_ok()
                && parts.single.binary_search(&term).is_err()
                && self.index.all_speakers.binary_search(&term).is_err()
                && self.index.idf[term as usize] >= LONE_NAME_PART_IDF
                && of_names.peek().is_some()
                && of_names.all(|p| !rest_asked(term, p))
        };
        let (mut shared, mut lone) = (0.0_f32, 0.0_f32);
        for &(term, weight) in &analysed.known {
            if self.entry_has_term(best.index, term) {
                shared += weight;
                if lone_part(term) {
                    lone += weight;
                }
            }
        }
        if lone > 0.0 && lone >= LONE_NAME_PART_SHARE * shared {
            ranking.verdict = Verdict::Declined;
        }
        ranking
    }
}
