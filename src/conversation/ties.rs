//! Breaking a follow-up's near ties by the current entry's links: of the entries a message's
//! readings rank about equally, the one the current entry leads to ("more", "why", related) is
//! the one the reader means.

use crate::knowledge::{Entry, Knowledge, Language};
use crate::matcher::{Hit, Matcher, Ranking, Verdict};

use super::cues::{INSISTING, QUESTION_WORDS, SIDE_WORDS};
use super::reading::{links_of, links_to};
use super::smalltalk::YES_NO_OPENERS;
use super::thresholds::{FRAGMENT_WORDS, STANDALONE_TIE};
use super::Responder;

/// When the best entry of the context reading is the current one (which the reader has just
/// read), an entry linked to it within this much is taken instead: "what did Moscow do about
/// it?" after "what is the SCO?" asks for the next thing.
const NEXT_STEP: f64 = 0.2;
/// Entries scoring within this of the context reading's best are near ties: the one linked to
/// the current entry (its "more", "why" or related entries) is taken.
const NEAR_TIE: f64 = 0.08;
/// How far behind its best a short continuation's own reading may rank an entry that the
/// context then picks: wider than a tie, as the message names only what changes.
const CONTINUATION_TIE: f64 = 0.2;

/// The best entry of the context reading, `None` when it is declined. Among near ties, the one
/// linked to `current` wins: its "more", its "why", its related entries, then `current` itself
/// (last: the reader has just read it). A continuation ("and the foreign ministers?") asks about
/// something else, so it never answers `current` again while another entry fits.
pub(super) fn linked_best<'r>(
    current: &Entry,
    ranking: &Ranking<'r>,
    standalone: &Ranking<'r>,
    continues: bool,
    stays_with_it: bool,
    min_score: f64,
) -> Option<Hit<'r>> {
    let best = *ranking.best().filter(|_| ranking.verdict != Verdict::Declined)?;
    // The message's own words point to the current entry too ("did he accuse the West of
    // anything?" after Lavrov on NATO), or it asks whether something holds of it ("is China
    // part of it?" after the CSTO) or names its thing ("that fear"): it asks about what the
    // reader has just read.
    let own_best = standalone.best().filter(|hit| hit.score >= min_score);
    let stays = stays_with_it || own_best.is_some_and(|hit| hit.entry.id == current.id);
    if best.entry.id == current.id && stays {
        return Some(best);
    }
    // The context added the subject the current entry shares with the best ("what did Moscow
    // do about it?" after how Moscow steered the SCO, read with "the SCO", ranks the SCO's own
    // entry first): that subject cannot tell the two apart, so the current entry, close
    // behind, is still what "it" was.
    if best.entry.shares_subject_with(current) {
        let close_behind =
            |hit: &&Hit<'r>| hit.entry.id == current.id && best.score - hit.score <= NEXT_STEP;
        if let Some(hit) = ranking.ranked.iter().find(close_behind) {
            return Some(*hit);
        }
    }
    let window = if best.entry.id == current.id { NEXT_STEP } else { NEAR_TIE };
    let near: Vec<&Hit<'_>> = ranking
        .ranked
        .iter()
        .filter(|hit| hit.score >= min_score && best.score - hit.score <= window)
        .collect();
    let links = links_of(current);
    let linked = links.filter_map(|id| near.iter().find(|hit| &hit.entry.id == id)).next();
    if let Some(hit) = linked {
        return Some(**hit);
    }
    match continues && best.entry.id == current.id {
        // Anything else that fits, however far behind.
        true => ranking
            .ranked
            .iter()
            .find(|hit| hit.entry.id != current.id && hit.score >= min_score)
            .copied(),
        false => Some(best),
    }
}

/// The standalone reading's near ties: answerable hits within [`STANDALONE_TIE`] of its best.
pub(super) fn near_ties<'a, 'r>(standalone: &'a Ranking<'r>, min_score: f64) -> Vec<&'a Hit<'r>> {
    let Some(best) = standalone.best() else { return Vec::new() };
    let tied = |hit: &&Hit<'r>| hit.score >= min_score && best.score - hit.score <= STANDALONE_TIE;
    standalone.ranked.iter().filter(tied).collect()
}

/// Whether the current entry names the subject of every near tie of a torn standalone reading
/// ("which organisations is it a member of?" after "a member of the CSTO, but also the SCO",
/// torn between the CSTO and the SCO): the answer that holds them all is the one just given.
pub(super) fn names_every_tie(
    matcher: &Matcher,
    current: &Entry,
    standalone: &Ranking<'_>,
    min_score: f64,
) -> bool {
    let ties = near_ties(standalone, min_score);
    ties.len() >= 2
        && ties.iter().all(|hit| {
            hit.entry.id != current.id
                && hit
                    .entry
                    .subject
                    .as_deref()
                    .is_some_and(|subject| matcher.entry_says(current, subject))
        })
}

/// The curated reason of `current` that a why-question after it means when its standalone
/// reading is torn: when the reason is among the near ties ("why did the US presence matter?"
/// after the withdrawal), or, tied or not, when the message `points_back` with one word of its
/// own at most ("why does he think that could work?": "work" ties entries on working together).
pub(super) fn reason_meant<'k>(
    knowledge: &'k Knowledge,
    current: &Entry,
    standalone: &Ranking<'_>,
    points_back: bool,
    min_score: f64,
) -> Option<&'k Entry> {
    let reason = current.why.as_deref()?;
    let near = near_ties(standalone, min_score);
    let tied = near.len() >= 2 && near.iter().any(|hit| hit.entry.id == reason);
    (points_back || tied).then(|| knowledge.entry(reason)).flatten()
}

/// Of the standalone reading's near ties, `current` itself when `stays` says the message
/// stays on it, else the first linked to `current`: its "more", its "why", then its related
/// entries. `None` when there is no tie.
pub(super) fn linked_tie<'r>(
    knowledge: &Knowledge,
    current: &Entry,
    standalone: &Ranking<'r>,
    stays: bool,
    min_score: f64,
) -> Option<Hit<'r>> {
    let near = near_ties(standalone, min_score);
    if near.len() < 2 {
        return None;
    }
    let itself = near.iter().find(|hit| hit.entry.id == current.id).filter(|_| stays);
    if let Some(hit) = itself {
        return Some(**hit);
    }
    let mut links = links_of(current);
    let linked = links.find_map(|id| near.iter().find(|hit| &hit.entry.id == id));
    // None linked: the one quoted nearest to it in the same paragraph ("and with NATO
    // itself?" after the West's treatment of Russia: the NATO-Russia Council of the next
    // sentence, not NATO's enlargement).
    let paragraph = knowledge.article.blocks.get(current.block).map(|block| block.text.as_str());
    let at = |entry: &Entry| paragraph.and_then(|text| quoted_at(text, &entry.quote));
    let nearby = at(current).and_then(|here| {
        near.iter()
            .filter(|hit| hit.entry.id != current.id && hit.entry.block == current.block)
            .filter_map(|hit| at(hit.entry).map(|there| (hit, here.abs_diff(there))))
            .min_by_key(|(_, distance)| *distance)
            .map(|(hit, _)| hit)
    });
    linked.or(nearby).map(|hit| **hit)
}

/// Where in `paragraph` `quote` starts, by its first words (a quote is verbatim but for
/// whitespace and quotation marks, which its opening rarely holds).
fn quoted_at(paragraph: &str, quote: &str) -> Option<usize> {
    let opening = quote.char_indices().nth(24).map_or(quote, |(at, _)| &quote[..at]);
    paragraph.find(opening)
}

/// Of the standalone reading's near ties (wider for a `continuation`, and then other than
/// `current`), the one the context reading scores highest; `None` when there is no tie to break.
/// `linked_first`: a continuation's near tie the current entry links to comes first.
pub(super) fn closest_to_context<'r>(
    current: &Entry,
    standalone: &Ranking<'r>,
    contextual: &Ranking<'r>,
    (continuation, linked_first): (bool, bool),
    min_score: f64,
) -> Option<Hit<'r>> {
    // A continuation names only what changes, so its own reading ranks the entry meant further
    // behind ("and medvedev?": his profile first, his words on the current matter next), and it
    // asks about something else than `current`.
    let (window, others_only) = match continuation {
        true => (CONTINUATION_TIE, true),
        false => (STANDALONE_TIE, false),
    };
    let in_context = |hit: &Hit<'_>| {
        contextual.ranked.iter().find(|other| other.entry.id == hit.entry.id).map(|h| h.score)
    };
    let best = standalone.best()?.score;
    let candidates: Vec<&Hit<'r>> = standalone
        .ranked
        .iter()
        .filter(|hit| hit.score >= min_score && best - hit.score <= window)
        .filter(|hit| !others_only || hit.entry.id != current.id)
        .collect();
    // A continuation's near tie (within a standalone tie) that the current entry links to is
    // the next step the article takes ("and at the UN?" after the West's integration of Russia:
    // the seat it retained, not the shared vision of the U.N.'s centrality), unless
    // `linked_first` is false: the message names its best's whole subject ("and the csto?").
    let tied = |hit: &&&Hit<'r>| best - hit.score <= STANDALONE_TIE;
    let near: Vec<&Hit<'r>> = candidates.iter().filter(tied).copied().collect();
    if continuation && linked_first && near.len() >= 2 {
        let linked = links_of(current).find_map(|id| near.iter().find(|hit| &hit.entry.id == id));
        if let Some(hit) = linked {
            return Some(**hit);
        }
    }
    // For a continuation, one the context reading ranks at all is closer than those it does
    // not; otherwise only those it ranks are compared.
    let scored: Vec<(&Hit<'r>, f64)> = candidates
        .iter()
        .filter_map(|hit| match (in_context(hit), continuation) {
            (Some(score), _) => Some((*hit, score)),
            (None, true) => Some((*hit, 0.0)),
            (None, false) => None,
        })
        .collect();
    if scored.len() < 2 || scored.iter().all(|(_, score)| *score == 0.0) {
        return None;
    }
    scored.into_iter().max_by(|a, b| a.1.total_cmp(&b.1)).map(|(hit, _)| *hit)
}

/// Whether a short continuation names only one of the two countries ("and for Russia?", "and
/// from China's side?"), or the other of them ("and the other country?"), after an answer
/// whose quote names both: it asks that country's side of what was just said, which the quote
/// gives, not another entry about it.
pub(super) fn asks_the_other_side(matcher: &Matcher, words: &[String], current: &Entry) -> bool {
    const THE_OTHER: &[&str] = &["other", "country", "nation", "partner"];
    let (mut named, mut the_other) = (None, false);
    let only_a_side = words.iter().all(|word| {
        if let Some(side) = matcher.protagonist_named(word) {
            named = Some(side);
            return true;
        }
        the_other |= word == "other";
        matcher.is_stop_word(word)
            || SIDE_WORDS.contains(&word.as_str())
            || THE_OTHER.contains(&word.as_str())
    });
    only_a_side
        && (named.is_some() || the_other)
        && matcher.quote_names_both_protagonists(&current.id)
}

/// The entry linked to `current` that a short continuation naming only one of the two countries
/// asks about ("and Russia?" after Mearsheimer's balancing coalition of China's neighbours, whose
/// quote never names Russia): the first linked entry about that country (its subject names it:
/// "and what's China doing there?" after Central Asia is Beijing's presence there, not the
/// division of labour first linked), else the first whose quote names it. `None` when the
/// current quote names it (its side of what was just said is there) or no link does.
pub(super) fn linked_naming_the_side<'r>(
    responder: &'r Responder,
    language: Language,
    words: &[String],
    current: &Entry,
) -> Option<&'r Entry> {
    let matcher = responder.matcher_for(language);
    let named: Vec<&String> = words.iter().filter(|word| !matcher.is_stop_word(word)).collect();
    let [side] = named[..] else { return None };
    let country = matcher.protagonist_named(side);
    if country.is_none() || matcher.quote_names(current, side) {
        return None;
    }
    let knowledge = responder.knowledge();
    let naming: Vec<&Entry> = links_of(current)
        .filter_map(|id| knowledge.entry(id))
        .filter(|entry| entry.id != current.id && matcher.quote_names(entry, side))
        .collect();
    // (Its subject's words read once per entry and kept: `EntryReading::subject_words`.)
    let about_it = |entry: &&&Entry| {
        let reading = responder.reading_of(entry, language);
        reading.subject_words.iter().any(|word| matcher.protagonist_named(word) == country)
    };
    naming.iter().find(about_it).or(naming.first()).copied()
}

/// Whether a message's words beyond function words all name one of the two countries, which
/// the current quote names ("what did Moscow do?" after its steering of the SCO): it asks of
/// what was just said, which the quote tells, not any entry on Russia.
pub(super) fn names_only_a_country_it_names(
    matcher: &Matcher,
    words: &[String],
    current: &Entry,
) -> bool {
    let mut own = words.iter().filter(|word| !matcher.is_stop_word(word)).peekable();
    own.peek().is_some()
        && own.all(|word| {
            matcher.protagonist_named(word).is_some() && matcher.quote_names(current, word)
        })
}

/// What a continuation, or a fragment, asks within reach of the current entry: of its topic,
/// what names the countries it alone names ([`topic_sibling_naming`]), or the next passage
/// naming the one other country it names ([`next_naming_the_other`]); what more someone quoted
/// says ([`more_of_the_one_named`]); or the current entry itself, when it asks only about what
/// its quote names besides the countries ("what about the border" after the pandemic's
/// "Russia's rushed response to close the border with China") and its own words find no entry
/// the current one links to, first or nearly ("and radio stations?" after the bases is the
/// radio installations' own entry).
pub(super) fn within_reach<'k>(
    responder: &'k Responder,
    language: Language,
    words: &[String],
    (current, recent): (&'k Entry, &[String]),
    standalone: &Ranking<'_>,
    continues: bool,
) -> Option<&'k Entry> {
    // (Or a fragment of names alone, not a question: "in eurasia specifically?".)
    let asks_itself = |first: &String| {
        QUESTION_WORDS.contains(&first.as_str()) || YES_NO_OPENERS.contains(&first.as_str())
    };
    let fragment = words.len() <= FRAGMENT_WORDS && !words.first().is_some_and(asks_itself);
    if !continues && !fragment {
        return None;
    }
    let (matcher, knowledge) = (responder.matcher_for(language), responder.knowledge());
    let own = own_words(matcher, words);
    // Which country each names, read once.
    let countries: Vec<Option<usize>> =
        own.iter().map(|word| matcher.country_named(word)).collect();
    if countries.iter().all(Option::is_some) {
        // Only "and with the us?", "what about the us?": not "so what would that mean for
        // russia?", which asks more than who with.
        // (Its own words are all countries here: each other word must be one of these.)
        let only_the_country = words.iter().all(|word| {
            own.contains(&word.as_str())
                || matches!(word.as_str(), "and" | "so" | "what" | "how" | "about" | "with" | "the")
        });
        return topic_sibling_naming(matcher, knowledge, &countries, current).or_else(|| {
            only_the_country
                .then(|| next_naming_the_other(matcher, knowledge, &countries, current))
                .flatten()
        });
    }
    // "and the other Alexander?" after Korolev: of the entries its words tie, the one not just
    // given, nor given before (Gabuev, then what his term means).
    let other_one =
        words.windows(2).any(|pair| pair[0] == "other" && own.contains(&pair[1].as_str()));
    let ties = || near_ties(standalone, matcher.config().min_score);
    let given = |hit: &Hit<'_>| hit.entry.id == current.id || recent.contains(&hit.entry.id);
    if other_one && ties().iter().any(|hit| given(hit)) {
        let other = ties().into_iter().find(|hit| !given(hit));
        return other.and_then(|hit| knowledge.entry(&hit.entry.id));
    }
    if let Some(further) = more_of_the_one_named(responder, language, &own, current, standalone) {
        return Some(further);
    }
    // Of more than countries: more of the current quote, when it names them all.
    let linked = |hit: &&Hit<'_>| links_to(current, hit.entry);
    let finds_a_link = || near_ties(standalone, matcher.config().min_score).iter().any(linked);
    let within = !own.is_empty() && matcher.quote_names_all(current, own.iter().copied());
    (within && !finds_a_link()).then_some(current)
}

/// After an entry, a continuation naming someone the article quotes ("and lavrov?") whose entry
/// would show again the passage just quoted (Wang Yi's and Lavrov's call), or that lies in
/// another part of the article than the one the reader is in (Lavrov's profile, after
/// Medvedev on NATO), asks what more there is on them: that entry's `more`, when it is in
/// the reader's part of the article or shows a new passage (Lavrov on NATO).
fn more_of_the_one_named<'k>(
    responder: &'k Responder,
    language: Language,
    own: &[&str],
    current: &Entry,
    standalone: &Ranking<'_>,
) -> Option<&'k Entry> {
    let named = standalone.best().map(|hit| hit.entry)?;
    if own.is_empty() || named.id == current.id || named.view_of.is_none() {
        return None;
    }
    // Of an entry about someone who speaks in the article (titled by their name, giving their
    // view), not a place or a thing it names ("but what about tajikistan" after the bases
    // there asks about the passage naming it).
    let reading = responder.reading_of(named, language);
    let names_only_it = reading.title_words == reading.subject_words
        && own.iter().all(|word| reading.subject_words.iter().any(|part| part == word));
    if !names_only_it {
        return None;
    }
    let further = responder.knowledge().entry(named.more.as_deref()?)?;
    let elsewhere = named.topic != current.topic && further.topic == current.topic;
    let shown_again = one_holds_the_other(&named.quote, &current.quote);
    let new = further.id != current.id && !one_holds_the_other(&further.quote, &current.quote);
    ((elsewhere || shown_again) && new).then_some(further)
}

/// Whether the message read alone answers with part of the current quote, or a passage
/// holding it ("when did the nato-russia council start" after the G-8 sentence naming it).
pub(super) fn answers_within(current: &Entry, standalone: &Ranking<'_>) -> bool {
    standalone.verdict == Verdict::Answered
        && standalone
            .best()
            .is_some_and(|hit| one_holds_the_other(&hit.entry.quote, &current.quote))
}

/// Whether one of two quotes holds the other (the same passage quoted twice: Lavrov's profile
/// quotes part of Wang Yi's call).
fn one_holds_the_other(a: &str, b: &str) -> bool {
    a.contains(b) || b.contains(a)
}

/// After an entry on two countries' ties, a continuation naming one other country only ("and
/// with the us?" after Russia's interest in friendly ties with China) asks how one of them
/// fares with it: the next entry, in the article's order, whose quote names it beside one of
/// the countries the current quote names ("In contrast, Moscow's relations with the United
/// States have progressively worsened ...").
fn next_naming_the_other<'k>(
    matcher: &Matcher,
    knowledge: &'k Knowledge,
    named: &[Option<usize>],
    current: &Entry,
) -> Option<&'k Entry> {
    let &[Some(other), ..] = named else { return None };
    let named_by_current: Vec<usize> =
        (0..3).filter(|&c| matcher.quote_names_country(current, c)).collect();
    if named.iter().any(|c| *c != Some(other))
        || named_by_current.len() < 2
        || named_by_current.contains(&other)
    {
        return None;
    }
    // Where it leads, or its reason, says it better when it names it (the balancing
    // coalition's "and Russia?" is the prediction it leads to).
    let leads_to_it = [&current.more, &current.why].into_iter().flatten().any(|id| {
        knowledge.entry(id).is_some_and(|entry| matcher.quote_names_country(entry, other))
    });
    if leads_to_it {
        return None;
    }
    let at = knowledge.entries.iter().position(|entry| entry.id == current.id)?;
    knowledge.entries[at + 1..].iter().find(|entry| {
        matcher.quote_names_country(entry, other)
            && named_by_current.iter().any(|&c| matcher.quote_names_country(entry, c))
    })
}

/// A message's words that name something: not stop words, the words opening a continuation,
/// words that only insist ("in eurasia specifically?"), nor a view's nouns ("and lavrov,
/// what's his take?" names Lavrov only).
fn own_words<'w>(matcher: &Matcher, words: &'w [String]) -> Vec<&'w str> {
    let insists = |word: &str| {
        INSISTING.contains(&word)
            || ["specific", "especial", "particular", "precise"].iter().any(|p| word.starts_with(p))
    };
    let opens = |word: &str| matches!(word, "and" | "so" | "then");
    let of_a_view = |word: &str| matches!(word, "take" | "view" | "views" | "opinion" | "stance");
    let names = |word: &&str| {
        !matcher.is_stop_word(word) && !opens(word) && !insists(word) && !of_a_view(word)
    };
    words.iter().map(String::as_str).filter(names).collect()
}

/// After an entry, a continuation naming only countries, two or more, that its quote does not
/// name alone ("and russia with the us?" after the article's summary) asks what the same part of the
/// article says of them: the first entry of the current entry's topic, in the article's order,
/// whose quote names them all (the standfirst: "A Russia-U.S. détente is unlikely ...").
fn topic_sibling_naming<'k>(
    matcher: &Matcher,
    knowledge: &'k Knowledge,
    named: &[Option<usize>],
    current: &Entry,
) -> Option<&'k Entry> {
    let mut countries: Vec<usize> = named.iter().flatten().copied().collect();
    countries.sort_unstable();
    countries.dedup();
    let names_them =
        |entry: &Entry| countries.iter().all(|&c| matcher.quote_names_country(entry, c));
    // (A quote naming a third country besides is about more than them: the main argument,
    // on Sino-Russian ties and a Russian-U.S. détente.)
    let names_a_third =
        (0..3).any(|c| !countries.contains(&c) && matcher.quote_names_country(current, c));
    if countries.len() < 2 || names_them(current) && !names_a_third {
        return None;
    }
    knowledge
        .entries
        .iter()
        .find(|entry| entry.topic == current.topic && entry.id != current.id && names_them(entry))
}
