//! Whole messages that ask about the current answer by a fixed phrase: "why?", "to what
//! end?", "is that true?", "is there a name for that?", "tell me more", "any examples?",
//! "which ones?". Each is answered from the current entry's curated links (its reason, what it
//! leads to) or its own quote, before the message is read as a question.

use std::borrow::Cow;

use crate::knowledge::{Entry, Knowledge, QuestionKind};
use crate::matcher::Matcher;

use super::cues::*;
use super::lead_words::*;
use super::order::neighbour_asked;
use super::phrasing::{asks_if_it_works, is_one_of, made_of, strip_any};
use super::reading::{links_of, quote_span};
use super::smalltalk::YES_NO_OPENERS;
use super::speaker_words::OFFICE_HOLDERS;
use super::speakers::is_authors;
use super::thresholds::{FRAGMENT_WORDS, SHORT_FOLLOWUP_WORDS};
use super::{answer, declined_about, reason_of};
use super::{Responder, Response, Say};

/// The reply to a message that asks about `current` by a fixed phrase (`phrase` is its words
/// joined), or `None` when it is no such phrase. `recent` are the entries said before it.
pub(super) fn by_phrase<'r>(
    responder: &'r Responder,
    current: &'r Entry,
    recent: &[String],
    text: &str,
    words: &[String],
    phrase: &str,
    say: Say<'_>,
) -> Option<Response<'r>> {
    // "is it true tho?", "and then tho?": a chat ending that only insists asks the phrase; so
    // does one naming the article ("anything else in the article?").
    let phrase = CHAT_ENDINGS
        .iter()
        .find_map(|ending| phrase.strip_suffix(ending)?.strip_suffix(' '))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(phrase);
    let knowledge = responder.knowledge();
    let matcher = responder.matcher_for(say.language);
    // "source?", "is that true?": what the article offers for the claim, when curated.
    let doubt = super::evidence::doubt_asked(matcher, words, phrase, text);
    if let Some(entry) =
        doubt.and_then(|doubt| super::evidence::reply_to(knowledge, current, doubt))
    {
        return Some(answer(responder, entry, say));
    }
    if let Some(entry) = super::speakers::same_person_on(matcher, current, phrase) {
        return Some(answer(responder, entry, say));
    }
    // ("what next?" asks what came of it, the curated lead below, not the next passage.)
    let neighbour = || neighbour_asked(knowledge, current, words);
    if let Some(entry) = (!MORE.contains(&phrase)).then(neighbour).flatten() {
        return Some(answer(responder, entry, say));
    }
    // What the current answer leads to: its "more".
    let leads_to = current.more.as_deref().and_then(|id| knowledge.entry(id));
    // "to what end?" after a quote that says what it is done for: that quote, not the reason
    // curated for what it says.
    let states_a_purpose = || STATES_A_PURPOSE.iter().any(|words| current.quote.contains(words));
    let goal_asked = super::phrasing::asks_its_goal(words);
    if (PURPOSE_OF_AN_ACT.contains(&phrase) || goal_asked) && states_a_purpose() {
        return Some(answer(responder, current, say));
    }
    // "what good would it do?" asks what the advice as a whole is for, though details of it
    // came since ("which states especially?"): the reason of the first recommendation of the
    // run of them that ends with the current answer. So does "what's the point?" of advice.
    let advice_aimed =
        (AIM_ASKED.contains(&phrase) || goal_asked) && current.gives_kind(QuestionKind::Should);
    if PURPOSE.contains(&phrase) || advice_aimed {
        let said = recent.iter().rev().filter_map(|id| knowledge.entry(id));
        let run = std::iter::once(current)
            .chain(said)
            .take_while(|entry| entry.gives_kind(QuestionKind::Should));
        let advice = run.last().unwrap_or(current);
        return Some(reason_of(responder, advice, say));
    }
    // "would it solve everything?", "would that work?" of the advice just read: what it is
    // for, its reason.
    let works_asked = asks_if_it_works(words) && current.gives_kind(QuestionKind::Should);
    if asks_only_why(phrase) || asks_whether_it_says_why(words) || works_asked {
        return Some(reason_of(responder, current, say));
    }
    // "is that true?" of the author's own claim (the standfirst: no détente soon) asks what
    // supports it: its reason (low trust). Of someone else's words, what the article says of
    // them is their quote (below).
    // Of what others claim, the passage right after it that contests it is the article's
    // answer ("Regardless of this positive rhetoric, some scholars ... point out the
    // shortcomings" after the leaders' "unprecedentedly high level").
    // (Insisting words aside: "is that really so?", "is that true in practice?".)
    let one_of = |messages: &[&str]| is_one_of(phrase, messages);
    if one_of(VERIFY) {
        let reason = current.why.as_deref().and_then(|id| knowledge.entry(id));
        let supported = reason.filter(|entry| entry.id != current.id && is_authors(current));
        let contested = || contested_after(knowledge, current).filter(|_| !is_authors(current));
        return Some(answer(responder, supported.or_else(contested).unwrap_or(current), say));
    }
    // "why is Biden relevant here?" after the Iran deal, whose quote names his interest in
    // rejoining it: the quote tells why it names him.
    let named = super::phrasing::why_it_figures(words);
    let content = |named: &[String]| {
        let words = named.iter().map(String::as_str).filter(|word| !matcher.is_stop_word(word));
        matcher.quote_names_all(current, words)
    };
    if named.is_some_and(content) {
        return Some(answer(responder, current, say));
    }
    // "exact words pls", "quote again?", "which paragraph?": what was just quoted, word for word.
    if super::quoting::asks_for_the_quote(words, text) {
        let direct = super::quoting::someones_words_asked(knowledge, current, words);
        return Some(answer(responder, direct.unwrap_or(current), say));
    }
    // "is that bad?", "is it serious?": a judgement of what was just said, which its quote
    // is all the article has on.
    if judges_it(words, |word| matcher.quote_names(current, word)) {
        return Some(answer(responder, current, say));
    }
    // "anything besides nuclear?" after the joint projects: another of the parts its quote lists.
    if let Some(part) = another_part(matcher, knowledge, words, current) {
        return Some(answer(responder, part, say));
    }
    // "so are they rivals?", "so why no falling out?" after a quote that turns in its last
    // sentence ("... aware of the growing asymmetry of power between them. However, on
    // principle, China and Russia have reached an accommodation"): the turn answers it.
    if draws_on_its_turn(words) && turns_at_the_end(&current.quote) {
        return Some(answer(responder, current, say));
    }
    // "and then?" after a quote that itself goes on to what came then ("... close the border
    // with China, and then racially profile Chinese citizens ..."): the quote tells it.
    if THEN.contains(&phrase) && current.quote.contains(" then ") {
        return Some(answer(responder, current, say));
    }
    // "how?" after a quote that goes on past its first sentence: the rest says how ("the West
    // has tried to alleviate Russia's fears about NATO. The United States had consistently
    // stated ...").
    let says_how = HOW.contains(&phrase) && goes_past_its_first_sentence(&current.quote);
    if says_how
        || NAME_OF_IT.contains(&phrase)
        || asks_what_it_was_about(words)
        || asks_who_the_holder_it_names_is(words, current)
    {
        return Some(answer(responder, current, say));
    }
    // "whose claim is that?" after a part of a sentence ("in the author's claim, growing
    // military presence"): whose it is, the sentence's subject, is in the whole sentence.
    if asks_whose_of_its_own(words, current) {
        let whole = super::reading::whole_of(knowledge, current);
        return Some(answer(responder, whole.unwrap_or(current), say));
    }
    if let Some(entry) = whose_said_before(knowledge, words, current, recent) {
        return Some(answer(responder, entry, say));
    }
    // "so what?" after a part of a longer sentence (Tajikistan, as one of the places where news
    // reports a Chinese military presence): the point the article makes of it is the whole
    // sentence ("this should not be understood as a prelude ..."), a linked entry whose quote
    // holds the current one. After a whole sentence, it is that sentence again.
    if SO_WHAT.contains(&phrase) {
        if let Some(entry) = super::reading::whole_of(knowledge, current) {
            return Some(answer(responder, entry, say));
        }
    }
    // "where does he work?" after Mearsheimer's advice: his profile says, whatever its verb
    // touches elsewhere ("work together").
    if let Some(entry) = super::speakers::profile_asked(knowledge, current, words) {
        return Some(answer(responder, entry, say));
    }
    // "which of them weighs most for Moscow?", "which one matters most?" after a list: the one
    // the article ranks first, in the quote the current one leads to ("NATO enlargement
    // remains at the top of Russia's grievances"), which says it alone, or in its own ("and,
    // most crucially, ...").
    if asks_which_matters_most(words, text) {
        let ranks_first = |entry: &&Entry| {
            let quoted = &responder.reading_of(entry, say.language).quote_words;
            RANKING_FIRST.iter().any(|phrase| holds_phrase(quoted, phrase))
        };
        let ranking = leads_to.into_iter().chain([current]).find(ranks_first);
        if let Some(entry) = ranking {
            return Some(answer(responder, entry, say));
        }
    }
    // "even with covid going on?" after a quote saying "despite the pandemic disruption": it
    // asks whether what was said holds despite that, which the quote answers.
    let matcher = responder.matcher_for(say.language);
    let conceded = strip_any(phrase.strip_prefix("and ").unwrap_or(phrase), CONCESSIONS);
    let conceded_words = || {
        conceded
            .into_iter()
            .flat_map(|rest| rest.split(' '))
            .filter(|word| !word.is_empty() && !matcher.is_stop_word(word))
    };
    if conceded_words().count() <= FRAGMENT_WORDS
        && matcher.quote_names_all(current, conceded_words())
    {
        return Some(answer(responder, current, say));
    }
    // "so the challenges aren't real?" after a quote of "real, albeit not insurmountable,
    // challenges": a short check of what was just said, in its own words, is answered by it.
    // (Not whether something was done, "did turkey buy them?", which the deed decides.)
    // So is "does china belong?" after a quote saying who is in a body ("which do not include
    // China"): its words of belonging ask nothing besides the name.
    // (The current quote's words, read once per entry: `EntryReading::quote_words`.)
    let quoted = &responder.reading_of(current, say.language).quote_words;
    // (The message's few words first: most messages ask of no membership.)
    let of_membership = words.iter().any(|word| MEMBERSHIP.contains(&word.as_str()))
        && quoted.iter().any(|word| MEMBERS_SAID.contains(&word.as_str()));
    let checks = words.first().is_some_and(|first| match first.as_str() {
        "so" | "but" | "then" | "is" | "are" | "was" | "were" | "isnt" => true,
        "does" | "do" | "did" => of_membership,
        _ => false,
    });
    let own_words = || {
        words.iter().filter(|word| {
            !matcher.is_stop_word(word)
                && !REFERENCES.contains(&word.as_str())
                && (!of_membership || !MEMBERSHIP.contains(&word.as_str()))
        })
    };
    let fewest = if of_membership { 1 } else { 2 };
    if checks
        && words.len() <= SHORT_FOLLOWUP_WORDS
        && (fewest..=FRAGMENT_WORDS).contains(&own_words().count())
        && matcher.quote_names_all(current, own_words().map(String::as_str))
    {
        return Some(answer(responder, current, say));
    }
    // "about what issues?" after a quote of "issues in states that are on Russia's borders": a
    // fragment asking which of something the quote names is answered by the quote. (Unless
    // the quote only describes them, "about which states especially?": see below.)
    let which_of_those = asks_which_of_those(words, current);
    let asks_which_of_its_own = words.len() <= FRAGMENT_WORDS
        && words.len() >= 3
        && PREPOSITIONS.contains(&words[0].as_str())
        && matches!(words[1].as_str(), "what" | "which")
        && which_of_those.is_none()
        && matcher.quote_names_all(current, own_words().map(String::as_str));
    if asks_which_of_its_own {
        return Some(answer(responder, current, say));
    }
    // "what was his job at the time?" after then-President Medvedev's words: the quote names
    // the post they were said in, not the profile of the person's whole career.
    let asks_post = words.iter().any(|word| PERSONAL.contains(&word.as_str()))
        && words.iter().any(|word| POSTS.contains(&word.as_str()))
        && words.len() <= SHORT_FOLLOWUP_WORDS + 1;
    let names_office = || quoted.iter().any(|word| OFFICE_HOLDERS.contains(&word.as_str()));
    if asks_post && current.reports_someone_named() && names_office() {
        return Some(answer(responder, current, say));
    }
    // "what else?" after a quote that joins several things ("the build-up of NATO's power
    // potential and bringing its infrastructure near Russia's borders"): the rest of it.
    // (Not a comma alone, which sets off an aside as often: "This could, at the very least, ...")
    let joins_several = |quote: &str| JOINTS.iter().any(|joint| quote.contains(joint));
    // ... unless it gives only part ("partially driven by ..."): then, as after a quote of one
    // thing, what else there is comes next ("only that?": the symbolic closeness it leads to).
    // (Its words read once per entry and kept: `EntryReading::quote_words`.)
    let partial = || PARTIAL.iter().any(|part| holds_phrase(quoted, part));
    // "so is it just business?", "is it only about money?" after a quote of what partly drives
    // something: no, there is also what comes next ("it is also a symbolic display ...").
    // (An alternative of deeds to words adds its own few: "or also official policy?". Not
    // one naming something else: "is it only the SCO or also the CSTO?".)
    let or_more = words
        .iter()
        .skip_while(|word| *word != "or")
        .any(|word| BEYOND_WORDS.contains(&word.as_str()));
    let asks_if_only = words.iter().any(|word| ONLY.contains(&word.as_str()))
        && words.first().is_some_and(|first| {
            matches!(first.as_str(), "so" | "is" | "was" | "are" | "isnt" | "but" | "then")
        })
        && words.len() <= SHORT_FOLLOWUP_WORDS + if or_more { FRAGMENT_WORDS } else { 0 };
    // ... so does "is that just rhetoric or actual policy?": whether there is more than what
    // was just said, which the answer leads to ("also embedded in official state documents").
    if let (true, Some(entry)) = (asks_if_only && (or_more || partial()), leads_to) {
        return Some(answer(responder, entry, say));
    }
    // "what else does Trenin argue?", "did trenin say anything else?", "what else did he
    // say?": another entry giving that person's view, one not said yet in this conversation.
    let else_asked = strip_any(phrase, ELSE_LEADS);
    let is_stop_word = |word: &str| matcher.is_stop_word(word);
    if let Some(entry) =
        super::speakers::another_view_asked(knowledge, current, recent, phrase, is_stop_word)
    {
        return Some(answer(responder, entry, say));
    }
    // "anything else they're planning together?", "anything else they could work on
    // together?": something else of the kind just answered, in words that name no matter of
    // their own, is where the answer leads.
    let else_of_the_kind = else_asked.is_some_and(|rest| {
        let mut named =
            rest.split(' ').filter(|word| !word.is_empty() && !matcher.is_stop_word(word));
        let first = named.next();
        first.is_some_and(|first| JOINT_DOINGS.contains(&first))
            && named.all(|word| JOINT_DOINGS.contains(&word))
    });
    if let (true, Some(entry)) = (else_of_the_kind, leads_to) {
        return Some(answer(responder, entry, say));
    }
    // ("anything else in it?": "in it" is the current answer.)
    let of_it = [" in it", " in there"].iter().find_map(|end| phrase.strip_suffix(end));
    let which_other = asks_which_other(words, |word| matcher.is_stop_word(word));
    if ELSE_IN_IT.contains(&of_it.unwrap_or(phrase)) || which_other || asks_more_so(words) {
        // A fragment of a list's sentence that the next quote goes on with ("also") joins the
        // parts of one item ("the building of nuclear reactors ... in Tianwan, and the
        // Xudapu ..."): what else there is comes next, unless it asks for another such part
        // ("and at which other site?").
        let fragment = current.quote.starts_with(char::is_lowercase);
        let goes_on = leads_to.is_some_and(|next| opens_with_also(&next.quote));
        let one_item = fragment && goes_on && !which_other;
        if joins_several(&current.quote) && !partial() && !one_item {
            return Some(answer(responder, current, say));
        }
        if let Some(entry) = leads_to {
            return Some(answer(responder, entry, say));
        }
    }
    // "and the second?", "and the other one?": an item of what was counted or named just before.
    let item_asked = super::points::counted_point(responder, current, recent, words, text, say)
        .or_else(|| super::points::the_other_of_two(responder, current, recent, words, text, say));
    if item_asked.is_some() {
        return item_asked;
    }
    // The current quote's words, read once per entry.
    let quoted = || responder.reading_of(current, say.language);
    // "did it work?" after attempts in spite of which something happened ("worsened ... despite
    // several attempts to improve them"): the quote tells they failed. Of anything else the
    // article does not say whether it worked.
    // (A Chinese message without spaces is one word: "成功了吗".)
    if one_of(SUCCESS_ASKED) {
        let quote = &quoted().quote_words;
        let despite = quote.iter().position(|word| word == "despite");
        let failed = despite
            .is_some_and(|at| quote[at..].iter().any(|word| ATTEMPTS.contains(&word.as_str())));
        return Some(match failed {
            true => answer(responder, current, say),
            false => declined_about(say, current, None),
        });
    }
    // "what could that lead to?": what the current answer says it may lead to, when its quote
    // says so ("might inhibit future cooperation"); else the next step, where it leads.
    let asks_consequence = made_of(words, CONSEQUENCE, CONSEQUENCE_FRAME)
        || text.chars().count() <= 10 && ["导致", "后果"].iter().any(|w| text.contains(w));
    if asks_consequence {
        let states_it =
            quoted().quote_words.iter().any(|word| STATES_A_CONSEQUENCE.contains(&word.as_str()));
        return Some(match (states_it, leads_to) {
            (true, _) => answer(responder, current, say),
            (false, Some(entry)) => answer(responder, entry, say),
            (false, None) => declined_about(say, current, None),
        });
    }
    // "what does it mean in practice?": what it means, with words that only insist.
    let asks_meaning = strip_any(phrase, MEANING_LEADS).is_some_and(|rest| {
        rest.split(' ').all(|word| word.is_empty() || INSISTING.contains(&word))
    });
    // "which of those matters most?": the foremost of what was listed, where it leads.
    let asks_foremost = made_of(words, FOREMOST, FOREMOST_FRAME)
        && words.iter().any(|word| matches!(word.as_str(), "which" | "what" | "whats"));
    // "give me concrete examples", "any examples?", "举个例子", "any proof of that?": examples
    // or evidence of what was just said, which is what it leads to ("this competition has not
    // translated into confrontation": the joint statement of 2015). (Chinese has no spaces: a
    // short message holding the word.)
    let asks_evidence = super::evidence::proof_asked(words, text);
    let asks_examples = asks_evidence
        || made_of(words, EXAMPLES, EXAMPLES_FRAME)
        || text.chars().count() <= 8 && ["例子", "举例", "举个例"].iter().any(|w| text.contains(w));
    // "like what?", "such as?", "比如？" after a claim the article goes on to illustrate ("For
    // instance, ...", or a list "such as ..." of the differences just named): the illustration,
    // where the answer leads. (Otherwise the detail asked is all in the current quote: see the
    // follow-ups' fragments.)
    let instance = |pair: &[String]| {
        matches!([pair[0].as_str(), pair[1].as_str()], ["for", "instance" | "example"])
    };
    let lists = |quote: &str| quote.contains(" such as ");
    let illustrated = leads_to.filter(|entry| {
        let opens =
            responder.reading_of(entry, say.language).quote_words.get(..2).is_some_and(instance);
        opens || lists(&entry.quote) && !lists(&current.quote)
    });
    let asks_like_what = words.iter().any(|word| matches!(word.as_str(), "like" | "such"))
        && words.iter().all(|word| LIKE_WHAT.contains(&word.as_str()))
        || text.chars().count() <= 6 && ["比如", "例如"].iter().any(|w| text.contains(w));
    if let (true, Some(entry)) = (asks_like_what, illustrated) {
        return Some(answer(responder, entry, say));
    }
    // "example?" after a quote that gives one ("For instance, in Eurasia, ..."), "evidence?"
    // after one saying what shows it ("This was evident in statements ..."), or after one
    // that holds the passage it leads to (Trenin's account goes on to the West's treatment of
    // Russia and its examples, the UN seat, the G-8): that one.
    let gives_an_example = || {
        let quoted = &quoted().quote_words;
        quoted.windows(2).any(|pair| instance(pair) || pair == ["such", "as"])
            || asks_evidence && quoted.iter().any(|word| word == "evident")
            || leads_to.is_some_and(|next| current.quote.contains(next.quote.as_str()))
    };
    if asks_examples && gives_an_example() {
        return Some(answer(responder, current, say));
    }
    // "source?" of the author's own claim ("NATO enlargement ... at the root of many of its
    // fears"), which the article goes on to show ("This was evident in statements made by
    // Russian leaders"): what shows it, not the claim again.
    let source_asked = super::evidence::source_asked(matcher, words, phrase, text);
    let shows_it = |entry: &&Entry| {
        responder.reading_of(entry, say.language).quote_words.iter().any(|word| word == "evident")
    };
    if let (true, Some(entry)) = (source_asked && is_authors(current), leads_to.filter(shows_it)) {
        return Some(answer(responder, entry, say));
    }
    if MORE.contains(&phrase)
        || asks_meaning
        || asks_foremost
        || asks_examples
        || which_of_those.is_some()
        || WHICH_ONES.contains(&phrase) && !crate::matcher::lists_some(&current.quote)
    {
        let linked =
            || current.more.iter().chain(&current.related).filter_map(|id| knowledge.entry(id));
        // Not one that in turn only describes them ("official state documents" again).
        let telling = || {
            linked().filter(|entry| {
                which_of_those.is_none() || asks_which_of_those(words, entry).is_none()
            })
        };
        // Of what it leads to, the one that names them: "which jets?" of "these jets" is the
        // entry on the Sukhoi 35 jet fighters, not the first link.
        let naming = which_of_those.and_then(|noun| {
            telling().find(|entry| quote_words(&entry.quote).iter().any(|word| names(word, noun)))
        });
        let target = naming.or_else(|| telling().next());
        return Some(match target {
            Some(entry) => answer(responder, entry, say),
            None => declined_about(say, current, None),
        });
    }

    None
}

/// The noun of a short message asking which of something the current answer names only by a
/// description ("which states especially?" of "issues in states that are on Russia's
/// borders"), by pointing back ("which jets?" of "these jets") or as a plural it ends on
/// ("which documents?" of "embedded in official state documents"): the answer did not list
/// them, so what it leads to says which. None when the answer lists them ("frameworks in
/// Central Asia — namely, the EAEU and the CSTO").
fn asks_which_of_those<'w>(words: &'w [String], current: &Entry) -> Option<&'w str> {
    // "about which states especially?" asks as "which states especially?" does.
    let asked = match words.first() {
        Some(first) if PREPOSITIONS.contains(&first.as_str()) => &words[1..],
        _ => words,
    };
    let [which, noun, rest @ ..] = asked else { return None };
    let insisting = |word: &String| {
        INSISTING_OPENINGS.contains(&word.as_str()) || INSISTING.contains(&word.as_str())
    };
    if !matches!(which.as_str(), "which" | "what")
        || noun.chars().count() < 4
        || words.len() > FRAGMENT_WORDS
        || !rest.iter().all(insisting)
    {
        return None;
    }
    let quote = quote_words(&current.quote);
    let at = quote.iter().position(|word| names(word, noun))?;
    let described = quote.get(at + 1).is_some_and(|next| matches!(next.as_str(), "that" | "which"));
    let pointed_back = at > 0 && matches!(quote[at - 1].as_str(), "these" | "those");
    // "... embedded in official state documents.": a plural that ends the quote, unnamed.
    let unnamed_last = at + 1 == quote.len() && noun.ends_with('s');
    let listed = quote[at..]
        .windows(2)
        .any(|pair| matches!(pair[0].as_str(), "namely" | "including") || pair == ["such", "as"]);
    ((described || pointed_back || unnamed_last) && !listed).then_some(noun.as_str())
}

/// Whether a message asks which other thing of a kind there is, naming nothing but the kind
/// ("and at which other site?", "what other organisation is mentioned alongside it?"): as
/// "what else?", the rest of a quote joining several things, or where the answer leads.
fn asks_which_other(words: &[String], is_stop_word: impl Fn(&str) -> bool) -> bool {
    const MENTIONING: &[&str] =
        &["mentioned", "mention", "named", "listed", "alongside", "besides", "beside", "along"];
    let opening = |word: &String| {
        matches!(word.as_str(), "and" | "so" | "but" | "then")
            || PREPOSITIONS.contains(&word.as_str())
    };
    let asked = &words[words.iter().take_while(|word| opening(word)).count()..];
    let [which, other, _kind, rest @ ..] = asked else { return false };
    matches!(which.as_str(), "which" | "what")
        && other == "other"
        && rest.len() <= FRAGMENT_WORDS
        && rest.iter().all(|word| is_stop_word(word) || MENTIONING.contains(&word.as_str()))
}

/// Whether a short message asks which of several things matters most ("which of those was
/// the most serious?", "какая из них главная?", "哪个最重要？").
fn asks_which_matters_most(words: &[String], text: &str) -> bool {
    const MOST: &[&str] =
        &["most", "biggest", "main", "worst", "greatest", "top", "chief", "primary", "key", "tops"];
    // ("самый", the most; not "сам", which opens "самолёт", a plane.)
    const MOST_RU: &[&str] =
        &["главн", "важне", "самый", "самая", "самое", "самые", "больше всего", "основн"];
    let which = |word: &String| {
        matches!(word.as_str(), "which" | "what" | "whats" | "какой" | "какая" | "какое" | "что")
    };
    let russian = || {
        let text = text.to_lowercase();
        MOST_RU.iter().any(|most| text.contains(most))
    };
    words.len() <= 2 * SHORT_FOLLOWUP_WORDS
        && words.iter().any(which)
        && (words.iter().any(|word| MOST.contains(&word.as_str())) || !text.is_ascii() && russian())
        || text.chars().count() <= 12
            && text.contains('最')
            && (text.contains('哪') || text.contains("什么"))
}

/// Phrases by which a quote ranks one thing first ("at the top of", as a quote's words are
/// read: without articles and "of").
const RANKING_FIRST: &[&str] =
    &["most crucially", "most important", "at top", "above all", "first and foremost"];

/// Whether a quote's words (`EntryReading::quote_words`: lowercased, without articles and
/// "of") hold `phrase`'s.
fn holds_phrase(quoted: &[String], phrase: &str) -> bool {
    let phrase: Vec<&str> = phrase.split(' ').collect();
    quoted.windows(phrase.len()).any(|words| words.iter().eq(phrase.iter()))
}

/// Whether a quote goes on with what came before ("The two countries will also jointly
/// manufacture ..."): an "also" among its first words.
fn opens_with_also(quote: &str) -> bool {
    quote.split(' ').take(6).any(|word| word == "also")
}

/// A quote's words, lowercased.
fn quote_words(quote: &str) -> Vec<String> {
    quote
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether a quote's `word` is `noun`, in the singular or the plural, or another noun a reader
/// uses for the same kind ([`COUNTRY_NOUNS`]).
fn names(word: &str, noun: &str) -> bool {
    one_name(word) == one_name(noun)
}

/// A noun's singular ("-s", "-ies"), and one name for each kind that has several.
fn one_name(word: &str) -> Cow<'_, str> {
    let singular = match word.strip_suffix("ies") {
        Some(stem) => Cow::Owned(format!("{stem}y")),
        None => Cow::Borrowed(word.strip_suffix('s').unwrap_or(word)),
    };
    match COUNTRY_NOUNS.contains(&singular.as_ref()) {
        true => Cow::Borrowed("state"),
        false => singular,
    }
}

/// Nouns readers use for one another: "which countries?" of "states on Russia's borders".
const COUNTRY_NOUNS: &[&str] = &["state", "country", "nation"];

/// Whether a message asks what the speaker just quoted was about ("what was he talking
/// about?", "what's he referring to?", "what was she getting at?"): the quote itself says,
/// not the speaker's profile that "he" would find.
fn asks_what_it_was_about(words: &[String]) -> bool {
    const SPEAKING: &[&str] = &["talking", "referring", "getting", "speaking", "on"];
    let [first, .., verb, last] = words else { return false };
    matches!(first.as_str(), "what" | "whats")
        && words.len() <= 6
        && SPEAKING.contains(&verb.as_str())
        && matches!(last.as_str(), "about" | "to" | "at")
}

/// Whether a message asks only for something more so than what was just said ("anything
/// harsher?", "something worse?", "anything more extreme?"): what else there is, as "anything
/// else?" asks.
fn asks_more_so(words: &[String]) -> bool {
    let comparative =
        |word: &str| matches!(word, "worse" | "better") || word.len() > 5 && word.ends_with("er");
    match words {
        [some, rest @ ..] if matches!(some.as_str(), "anything" | "something") => match rest {
            [word] => comparative(word),
            [degree, word] => matches!(degree.as_str(), "more" | "even") || comparative(word),
            _ => false,
        },
        _ => false,
    }
}

/// Whether "who's the analyst?", "who was the minister?" asks who holds a post the current
/// quote names with the person ("Carnegie Moscow Center's analyst Alexander Gabuev"): the
/// quote says, not another entry whose words merely fit "analyst". (Read only for a message
/// of a "who" and one post.)
fn asks_who_the_holder_it_names_is(words: &[String], current: &Entry) -> bool {
    let [who, rest @ ..] = words else { return false };
    let framing = |word: &&String| matches!(word.as_str(), "is" | "was" | "the" | "that" | "this");
    let mut named = rest.iter().filter(|word| !framing(word));
    let (Some(holder), None) = (named.next(), named.next()) else { return false };
    // The post, then a capitalised name ("analyst Alexander Gabuev").
    let names_the_holder = || {
        let quote: Vec<&str> = current.quote.split_whitespace().collect();
        quote.windows(2).any(|pair| {
            names(&pair[0].to_lowercase(), holder) && pair[1].starts_with(char::is_uppercase)
        })
    };
    matches!(who.as_str(), "who" | "whos")
        && OFFICE_HOLDERS.contains(&holder.as_str())
        && names_the_holder()
}

/// Whether "whose ...?" asks of a noun the current quote holds ("whose successor?" of "the
/// presidency of his successor"): whose it is, the quote says.
fn asks_whose_of_its_own(words: &[String], current: &Entry) -> bool {
    whose_noun(words).is_some_and(|noun| quote_holds(current, noun))
}

/// The noun of a bare "whose ...?" ("whose successor?", "whose decision was it?").
fn whose_noun(words: &[String]) -> Option<&str> {
    let [whose, noun, rest @ ..] = words else { return None };
    let pointing = |word: &String| matches!(word.as_str(), "was" | "is" | "it" | "that" | "this");
    (whose == "whose" && rest.len() <= 2 && rest.iter().all(pointing)).then_some(noun.as_str())
}

fn quote_holds(entry: &Entry, noun: &str) -> bool {
    quote_words(&entry.quote).iter().any(|word| names(word, noun))
}

/// The entry said before the current one whose quote holds the noun of "whose decision was
/// it?" when the current quote does not (the withdrawal, "Biden's decision", before what the
/// US presence did): the last one said.
fn whose_said_before<'k>(
    knowledge: &'k Knowledge,
    words: &[String],
    current: &Entry,
    recent: &[String],
) -> Option<&'k Entry> {
    let noun = whose_noun(words).filter(|noun| !quote_holds(current, noun))?;
    let said = recent.iter().rev().filter_map(|id| knowledge.entry(id));
    said.take(SAID_BEFORE).find(|entry| quote_holds(entry, noun))
}

/// How many entries back "whose ...?" looks for its noun.
const SAID_BEFORE: usize = 2;

/// Whether a quote has a sentence after its first: a full stop followed by more, not one of an
/// abbreviation ("the U.S. presence", "Dr. Korolev").
pub(super) fn goes_past_its_first_sentence(quote: &str) -> bool {
    let words: Vec<&str> = quote.split_whitespace().collect();
    words.iter().rev().skip(1).any(|word| {
        let stem = word.trim_end_matches(['"', '”', '’', '\'']);
        stem.strip_suffix('.').is_some_and(|bare| {
            let initial = bare.chars().count() <= 2 && bare.starts_with(char::is_uppercase);
            !initial && !bare.contains('.') && !matches!(bare, "Dr" | "Mr" | "Mrs" | "Ms" | "Prof")
        })
    })
}

/// After an entry whose quote lists parts that linked entries report ("joint high-tech projects
/// like the building of nuclear reactors ..., a new passenger plane, CR929, and ... a lunar
/// space station"), a message asking for something besides one of them ("anything besides
/// nuclear?"): the first linked part whose quote does not name what is set aside.
fn another_part<'k>(
    matcher: &Matcher,
    knowledge: &'k Knowledge,
    words: &[String],
    current: &Entry,
) -> Option<&'k Entry> {
    let at = words.iter().position(|word| BESIDES.contains(&word.as_str()))?;
    let aside: Vec<&str> = words[at + 1..]
        .iter()
        .map(String::as_str)
        .filter(|word| !matcher.is_stop_word(word) && *word != "from" && *word != "than")
        .collect();
    let before_aside = words[..at].iter().all(|word| {
        matcher.is_stop_word(word)
            || matches!(word.as_str(), "anything" | "else" | "other" | "more")
    });
    if aside.is_empty() || words.len() > SHORT_FOLLOWUP_WORDS || !before_aside {
        return None;
    }
    let parts = links_of(current)
        .filter_map(|id| knowledge.entry(id))
        .filter(|entry| entry.id != current.id && current.quote.contains(entry.quote.as_str()));
    let parts: Vec<&Entry> = parts.collect();
    // Only when one of the parts is what is set aside: else it is no part of this list.
    let is_aside = |entry: &&Entry| matcher.quote_names_all(entry, aside.iter().copied());
    parts.iter().any(is_aside).then(|| parts.iter().find(|entry| !is_aside(entry)).copied())?
}

/// Whether a short message draws a conclusion with "so" as a yes/no question ("so are they
/// rivals?") or asks why something did not happen ("so why no conflict", "so why doesn't it
/// worry more?").
fn draws_on_its_turn(words: &[String]) -> bool {
    const NEGATIONS: &[&str] =
        &["no", "not", "doesnt", "dont", "isnt", "arent", "hasnt", "havent", "didnt", "never"];
    let [so, second, rest @ ..] = words else { return false };
    let negated = rest.iter().any(|word| NEGATIONS.contains(&word.as_str()));
    so == "so"
        && words.len() <= SHORT_FOLLOWUP_WORDS
        && (YES_NO_OPENERS.contains(&second.as_str()) || second == "why" && negated)
}

/// Whether a quote's last sentence opens by turning against what came before ("However, ...",
/// "But ...").
fn turns_at_the_end(quote: &str) -> bool {
    const TURNS: &[&str] = &[". However", ". But ", ". Yet ", ". Still, ", ". Nevertheless"];
    TURNS.iter().any(|turn| quote.contains(turn))
}

/// The entry linked to `current` whose quote follows it in the article and opens by
/// contesting it ("Regardless of this positive rhetoric, ...").
fn contested_after<'k>(knowledge: &'k Knowledge, current: &Entry) -> Option<&'k Entry> {
    let starts_at = |entry: &Entry| quote_span(knowledge, entry).map(|(start, _)| start);
    let here = starts_at(current)?;
    links_of(current).filter_map(|id| knowledge.entry(id)).find(|entry| {
        let opening = entry.quote.to_lowercase();
        CONTESTING_OPENINGS.iter().any(|contesting| opening.starts_with(contesting))
            && starts_at(entry).is_some_and(|there| there > here)
    })
}

/// Whether a message is a yes/no question judging "it" or "that" by words of judgement alone
/// ("is that bad?", "is it serious tho?"), or "they", or a thing the current quote names
/// (`quote_names`: "are the challenges serious?" after a quote of "real, albeit not
/// insurmountable, challenges").
fn judges_it(words: &[String], quote_names: impl Fn(&str) -> bool) -> bool {
    let judging = |word: &String| {
        JUDGEMENTS.contains(&word.as_str()) || INSISTING.contains(&word.as_str()) || word == "a"
    };
    let pointing = |opener: &str, pointer: &str| {
        matches!(
            (opener, pointer),
            ("is" | "was" | "isnt", "it" | "that" | "this")
                | ("are" | "were" | "arent", "they" | "those" | "these")
        )
    };
    let rest = match words {
        [opener, pointer, rest @ ..] if pointing(opener, pointer) => rest,
        [opener, article, named, rest @ ..]
            if ["is", "was", "are", "were"].contains(&opener.as_str())
                && ["the", "these", "those", "this", "that"].contains(&article.as_str())
                && !JUDGEMENTS.contains(&named.as_str())
                && quote_names(named) =>
        {
            rest
        }
        _ => return false,
    };
    rest.iter().any(|word| JUDGEMENTS.contains(&word.as_str())) && rest.iter().all(judging)
}

/// Whether a message is made of whole messages that ask why, one after another ("why not?
/// what's the reasoning?", "why? how come?"). Read once from left to right, marking where a
/// run of them may end: phrases that overlap ("why so" + "what went wrong", "why" + "so what
/// went wrong") would otherwise be tried in every combination, exponentially many in a long
/// message.
fn asks_only_why(phrase: &str) -> bool {
    let mut run_ends_before = vec![false; phrase.len() + 1];
    run_ends_before[0] = true;
    // "and why not?", "but how come?": a joining word before the run.
    if let Some(rest) = ["and ", "but ", "so "].iter().find(|join| phrase.starts_with(**join)) {
        run_ends_before[rest.len()] = true;
    }
    for start in 0..phrase.len() {
        if !run_ends_before[start] {
            continue;
        }
        // (`start` is 0 or follows a space: a character boundary.)
        for why in WHY.iter().filter(|why| phrase[start..].starts_with(**why)) {
            let end = start + why.len();
            match phrase.as_bytes().get(end) {
                None => return true,
                Some(b' ') => run_ends_before[end + 1] = true,
                Some(_) => {}
            }
        }
    }
    false
}

/// Whether a message asks whether the article says why ("does the author explain why?", "did
/// he say why?"): the reason, as "why?" asks.
fn asks_whether_it_says_why(words: &[String]) -> bool {
    const EXPLAINING: &[&str] = &["explain", "say", "tell", "mention", "give", "know", "said"];
    let [opener, .., verb, last] = words else { return false };
    YES_NO_OPENERS.contains(&opener.as_str())
        && last == "why"
        && EXPLAINING.contains(&verb.as_str())
        && words.len() <= SHORT_FOLLOWUP_WORDS
}
