//! Resolving a message against the conversation's current entry: "why?", "tell me more",
//! "when was that?", "what did he say about the West?", "and Kazakhstan?", "no, I meant the
//! SCO".
//!
//! The rule: a question complete on its own, answered confidently on its own, is answered on
//! its own. Otherwise the message is read with the current entry's subject (as if the reader had
//! written "Trenin" for "he"), and the better of the two readings wins. What the matcher cannot
//! infer is curated on each entry: its subject, and which entry answers "why?" and "tell me
//! more" after it. Any pronoun refers back to the current entry: readers mean something its
//! answer names as often as its subject ("is China part of them?" after the organisations of
//! Russia's hegemony in Central Asia), so entries do not list pronouns of their own.

use crate::knowledge::{Entry, Language, QuestionKind};
use crate::matcher::{Hit, Verdict};

use super::correction;
use super::cues::*;
use super::leads::by_phrase;
use super::phrasing::{
    asks_of_the_pronoun, asks_what_it_stands_for, came_up_with, chat_head, chat_tail, existential,
    stressing_words, strip_any, subject_of_the_question, without_the_same_noun, words, words_of,
};
use super::reading::{
    act_asked, asks_only_who_drives, asks_the_feeling_it_states, checks_what_it_is,
    checks_what_it_says, holds_name, is_answered_with, links_of, links_to, names_the_subject,
    owned_elsewhere, topic_words_of_a_fact_asked, whole_saying_who, why_of_its_own,
};
use super::speaker_words::*;
use super::speakers::{self, is_authors, named_person, quoting_the_speaker};
use super::thresholds::*;
use super::ties::{
    answers_within, asks_the_other_side, closest_to_context, linked_best, linked_naming_the_side,
    linked_tie, names_every_tie, names_only_a_country_it_names, reason_meant, within_reach,
};
use super::{answer, answer_unless_a_fact_it_lacks, declined_about, Responder, Response, Say};

/// The reply to `text` in a conversation now about `current`, after the entries `recent`
/// (most recent last).
pub(super) fn respond<'r>(
    responder: &'r Responder,
    current: &'r Entry,
    recent: &[String],
    text: &str,
    say: Say<'_>,
) -> Response<'r> {
    if let Some(why) = super::phrasing::bare_why_before_a_guess(text) {
        return respond(responder, current, recent, why, say);
    }
    let knowledge = responder.knowledge();
    let matcher = responder.matcher_for(say.language);
    let mut words = words(text);
    // A chat tail ("who thinks that lol", "on what basis, if you don't mind my asking?") asks
    // nothing: the message is read without it.
    words.truncate(words.len() - chat_tail(&words));
    // So does an acknowledgement before it ("right, and why not?").
    words.drain(..chat_head(text, &words));
    // "what did Lavrov say on the same subject?" is read without the noun after "the same".
    let (the_same, without_noun) = without_the_same_noun(&mut words);
    let text = without_noun.as_deref().unwrap_or(text);
    let phrase = words.join(" ").replace('ё', "е");
    let with_context =
        |response: Response<'r>| Response { context: Some(current.id.as_str()), ..response };

    if let Some(response) = by_phrase(responder, current, recent, text, &words, &phrase, say) {
        return with_context(response);
    }

    // A correction asks the rest on its own, anything but the answer it corrects and what it
    // says it did not mean ("no, not the SCO - the other organisation").
    if let Some(rest) = strip_any(&phrase, CORRECTIONS).filter(|rest| !rest.is_empty()) {
        return match correction::meant(matcher, current, rest, text) {
            Ok(entry) => with_context(answer(responder, entry, say)),
            Err(ranking) => responder.standalone(text, ranking, say),
        };
    }

    // "he" of a person the current quote names is read after that person's words.
    if let Some(person) = speakers::the_person_its_quote_names(knowledge, current, &words) {
        return respond(responder, person, recent, text, say);
    }

    // What happened after the article, the present moment, the reader's own affairs are beyond
    // it, whatever the context ("did Turkey end up buying them?").
    let asked = matcher.asked(text);
    if asked.beyond_the_article || matcher.asks_a_silent_view(text, current) {
        return with_context(declined_about(say, current, None));
    }
    // Names asked: of people the current answer names, that answer; of people the article
    // leaves unnamed (a text's writer, "those skeptics", the author), no one.
    let quoted = &responder.reading_of(current, say.language).quote_words;
    match speakers::names_asked(knowledge, asked.who_wrote, &words, current, quoted) {
        Some(true) => return with_context(answer(responder, current, say)),
        Some(false) => return with_context(declined_about(say, current, Some(QuestionKind::Who))),
        None => {}
    }
    let standalone = matcher.ask(text);
    // How its own words read an entry: 0 for one they do not rank.
    let own_score = |id: &str| {
        standalone.ranked.iter().find(|own| own.entry.id == id).map_or(0.0, |own| own.score)
    };
    // In the reader's language: the matcher of that language reads it.
    let subject = current.subject_in(say.language);
    let reading_of = |entry: &'r Entry| responder.reading_of(entry, say.language);
    let reading = reading_of(current);
    let (subject_words, title_words) = (&reading.subject_words, &reading.title_words);
    // "why is that so?", "what does this mean", "that treaty" (when the current entry is about
    // a treaty) point back; "this article", "that year" name their own subject.
    // So does one before a past participle ("when was that signed?", "who said that
    // mattered?"; "that United States policy" names its subject: "united" is no verb).
    let participle = |next: &str| next.len() > 4 && next.ends_with("ed") && next != "united";
    let points_back = |next: &str| {
        AFTER_DEMONSTRATIVE.contains(&next)
            || participle(next)
            || GENERIC_NOUNS.contains(&next)
            || subject_words.iter().chain(title_words).any(|word| word == next)
    };
    // "the summit" after the Biden-Putin summit is that summit: the head noun of the current
    // subject, with "the".
    let head_noun = subject_words.last().filter(|_| subject_words.len() > 1);
    let refers = CHINESE_REFERENCES.iter().any(|pronoun| text.contains(pronoun))
        || words.iter().enumerate().any(|(i, word)| {
            REFERENCES.contains(&word.as_str()) && !existential(&words, i)
                || (DEMONSTRATIVES.contains(&word.as_str())
                    && (words.get(i + 1).is_none_or(|next| points_back(next))
                        || asks_of_the_pronoun(&words, i)
                        || subject_of_the_question(&words, i)))
                || (word == "the" && words.get(i + 1).is_some_and(|next| Some(next) == head_noun))
        });
    // "what did Lavrov say on the same subject?" continues as "and Lavrov?" does: someone else
    // on what was just asked about.
    let continues =
        the_same || CONTINUATIONS.iter().any(|lead| phrase.starts_with(&format!("{lead} ")));
    let reached =
        within_reach(responder, say.language, &words, (current, recent), &standalone, continues);
    if let Some(entry) = reached {
        return with_context(answer(responder, entry, say));
    }
    // A fragment: "in spite of what?", "coordination against what?", "which ones?".
    // So is one that opens with a preposition and a question word ("through which
    // organisations?", "with whom?"), or "why so ...?" ("why so pessimistic?").
    let short = words.len() <= FRAGMENT_WORDS;
    // Its length without words that only insist ("about which states in particular?").
    let core = INSISTING_ENDINGS
        .iter()
        .find_map(|ending| {
            phrase.strip_suffix(ending).filter(|rest| rest.is_empty() || rest.ends_with(' '))
        })
        .map(str::trim_end)
        .map_or(words.len(), |rest| rest.split(' ').filter(|w| !w.is_empty()).count());
    let before_ending = &words[..core];
    // ... and after words that only insist at its start ("especially regarding which ...?").
    let opening = strip_any(&phrase, INSISTING_OPENINGS)
        .map_or(0, |rest| words.len() - rest.split(' ').filter(|w| !w.is_empty()).count());
    // A phrase naming the kind of fact counts as its one noun ("in which part of the world?"
    // is as short as "in which region?").
    let without_kinds = matcher.without_kind_phrases(&phrase);
    let unnamed_kinds: Vec<&str> = without_kinds.split_whitespace().collect();
    let kind_phrase = words.len() - unnamed_kinds.len();
    let core = core - kind_phrase.saturating_sub(1).min(core);
    let (core, after_opening) = (core - opening.min(core), &words[opening..]);
    // (Its last word before words that only insist: "coordinate against what exactly?".)
    let fragment = short
        && before_ending.last().is_some_and(|last| QUESTION_WORDS.contains(&last.as_str()))
        || core <= FRAGMENT_WORDS
            && after_opening.len() >= 2
            && PREPOSITIONS.contains(&after_opening[0].as_str())
            && QUESTION_WORDS.contains(&after_opening[1].as_str())
        // "which countries do you mean?"
        || core <= FRAGMENT_WORDS
            && core < words.len()
            && QUESTION_WORDS.contains(&words[0].as_str())
        || short && phrase.starts_with("why so ")
        || words.len() <= 2;
    // "does the author agree?" asks of what was just said, with no word pointing back.
    let names_author = speakers::names_an_author(&words);
    let asks_if_the_author_agrees = names_author
        && words.len() <= SHORT_FOLLOWUP_WORDS
        && words.iter().any(|word| AGREEING.contains(&word.as_str()));
    // "what should they do instead?": instead of what was just said.
    let instead = words.iter().any(|word| word == "instead");
    // "who else tried?": someone besides whom was just named.
    let besides_whom = strip_any(&phrase, SOMEONE_ELSE_LEADS);
    let marked = refers
        || continues
        || fragment
        || asks_if_the_author_agrees
        || instead
        || besides_whom.is_some();
    // "what was agreed at the summit?" right after a summit still to come: what came of it
    // the article cannot know, whatever other entries its words touch.
    // So is whether what it reports as only offered or wanted was done ("did Turkey buy
    // them?" after Moscow's offer), and a year it never states ("what year was the call?").
    let beyond_current = asked.outcome || asked.whether_done || asked.year;
    // (Or "that" and a thing of its quote: "what was discussed at that summit?" after the photo.)
    let points_at_it = refers || reading.names_a_quoted_thing(&words);
    if beyond_current && points_at_it && !matcher.entry_gives_asked(current, &asked) {
        return with_context(declined_about(say, current, None));
    }
    // "who signed it?" after a treaty the article never says anyone signed: an act the current
    // entry does not report, asked of it. (Unless its own words find another entry with
    // confidence: "who called it a condominium?" names what it asks about.)
    let unreported = act_asked(&words).filter(|verb| !matcher.entry_says(current, verb));
    // "who encouraged this?" after the reactors, part of a sentence that says who did: it.
    let whole =
        unreported.as_deref().and_then(|verb| whole_saying_who(responder, current, say, verb));
    if let (true, Some(whole)) = (refers, whole) {
        return with_context(answer(responder, whole, say));
    }
    let unreported_act = unreported.is_some();
    // ("who's pushing them?" finds entries by "push" alone: none is what it asks.)
    let only_the_act =
        unreported.as_deref().is_some_and(|act| asks_only_who_drives(matcher, &words, act));
    let elsewhere = standalone.verdict == Verdict::Answered
        && standalone.score() >= CONFIDENT
        && !only_the_act
        && standalone.best().is_some_and(|best| best.entry.id != current.id);
    if refers && unreported_act && !elsewhere {
        return with_context(declined_about(say, current, Some(QuestionKind::Who)));
    }
    // ... and when they do, that entry is what it asks about ("who took it?" after the summit
    // the photo shows: the photo's credit), not the current entry, which says no such act.
    if refers && unreported_act {
        return responder.standalone(text, standalone, say);
    }
    let only_countries = names_only_a_country_it_names(matcher, &words, current);
    let confident = standalone.verdict == Verdict::Answered
        && standalone.score() >= CONFIDENT
        && !only_countries;
    // "about what exactly?", "such as?": a fragment of function words alone asks for the detail
    // of what was just said, and all the article says of it is the current answer's quote.
    // (Not when its function words make a phrase its own reading is sure of: "so who does
    // what?" asks the division of labour. Words that only insist do not count: "in particular".)
    // Nor "like who?", "who are they?" after a group: one of them by name (below).
    let into_the_group = current.reports_an_unnamed_group() && speakers::asks_one_of_them(&words);
    let asks_detail = before_ending.iter().any(|word| DETAIL_WORDS.contains(&word.as_str()));
    if asks_detail
        && before_ending.len() <= FRAGMENT_WORDS
        && before_ending.iter().all(|word| matcher.is_stop_word(word))
        && !(confident || into_the_group)
    {
        let meant = speakers::the_person_meant(knowledge, current, &words);
        return with_context(answer(responder, meant.unwrap_or(current), say));
    }
    // "what exactly did Lavrov say?" after NATO's enlargement: his words it links to.
    let named_words = || speakers::linked_words_of_the_named(knowledge, current, recent, &words);
    if let Some(entry) = (!marked && !into_the_group).then(named_words).flatten() {
        return with_context(answer(responder, entry, say));
    }
    if confident && !marked && !into_the_group {
        return responder.standalone(text, standalone, say);
    }
    // "how does that make Moscow feel?" after the power gap: the feeling its quote states
    // ("Russia's increasing fear of inferior status"), not an entry on some other fear; "is
    // NATO a threat, according to him?" after Kerry's words: what his words say of it.
    let holders = speakers::in_the_holders_view(matcher, text, &words, current)
        .or_else(|| speakers::named_speaker_on_it(knowledge, current, &words, refers));
    if !confident && asks_the_feeling_it_states(&words, refers, &reading.quote_words)
        || holders.is_some()
    {
        let holder = holders.unwrap_or(current);
        return with_context(answer_unless_a_fact_it_lacks(responder, holder, &asked.kinds, say));
    }
    let names_a_person = speakers::is_a_proper_name(subject);
    // "what does he expect?" after an entry that gives a named person's view of something
    // else (Mearsheimer's balancing coalition): "he" is that person.
    let view_holder = current
        .view_of
        .as_deref()
        .filter(|_| !names_a_person && words.iter().any(|word| PERSONAL.contains(&word.as_str())))
        .and_then(named_person);
    if let Some(profile) = speakers::profile_of_the_holder(matcher, current, &words) {
        return with_context(answer(responder, profile, say));
    }
    // "why premature?", "why does that region matter to Moscow?": why about something the
    // current answer said, which its curated `why` explains.
    let demonstrative = words.iter().any(|word| DEMONSTRATIVES.contains(&word.as_str()));
    // "what's his reasoning behind that?", "the reason for it?" ask why as well.
    let asks_why = strip_any(&phrase, WHY_LEADS).is_some()
        || asked.kinds.contains(&QuestionKind::Why) && refers && words.len() <= FRAGMENT_WORDS + 2;
    // A word the knowledge base has never seen asks about something else ("why did he resign?").
    let all_known =
        || words.iter().all(|word| matcher.is_stop_word(word) || matcher.knows_word(word));
    // ("why is he skeptical?" after a scholar's view of something else asks about him.)
    if asks_why
        && (marked || demonstrative)
        && all_known()
        && view_holder.is_none()
        && !why_of_its_own(matcher, &words, current, &standalone)
    {
        if let Some(entry) = current.why.as_deref().and_then(|id| knowledge.entry(id)) {
            return with_context(answer(responder, entry, say));
        }
    }
    // "who made that argument?": the current answer's source when it reports someone's view,
    // else the first linked entry that does.
    // "who takes the opposite view?", "do all experts agree?": an entry the current one links
    // to, on the other side of what it says (`speakers::other_side`); "who backs that up?": on
    // the same side (`speakers::supporting_voice`).
    let asks_who_in_english = words.iter().any(|word| ASKING_WHO.contains(&word.as_str()));
    let asks_who =
        asks_who_in_english || words.iter().any(|word| word == "кто") || text.contains('谁');
    if let Some(entry) = speakers::other_voice(knowledge, current, &words, text, asks_who) {
        return with_context(answer(responder, entry, say));
    }
    // "Which (US) official said that?" asks for someone named: not the author's own view.
    let asks_which_holder = words.iter().enumerate().any(|(at, word)| {
        matches!(word.as_str(), "which" | "what" | "any" | "an" | "какой" | "который")
            && words[at + 1..].iter().take(2).any(|next| OFFICE_HOLDERS.contains(&next.as_str()))
    });
    // ("is that the author's view or someone else's?" asks which of two: see below.)
    // ("who thinks that way?" asks whose view it is as "who said that?" does.)
    let tells =
        |word: &String| SAYING.contains(&word.as_str()) || THINKING.contains(&word.as_str());
    let asks_who_said = (asks_which_holder || asks_who_in_english)
        && (words.iter().any(tells) || came_up_with(&words))
        && !(names_author && speakers::asks_whose_of_two(&words));
    // "who says so?" (not "why does the author think so?": its "so" may be the whole argument).
    let says_so = words.windows(2).any(|pair| pair[1] == "so" && tells(&pair[0]));
    // "what's the source?", "says who?": who said what was just said.
    let asks_source = super::evidence::source_asked(matcher, &words, &phrase, text)
        || speakers::only_asks_who_holds_it(&words);
    let one_of_them = (asks_who || asks_which_holder) && into_the_group;
    if asks_who_said && (refers || demonstrative || says_so) || asks_source || one_of_them {
        let linked = links_of(current).filter_map(|id| knowledge.entry(id));
        // A view the current entry gives to "some scholars" is answered by the first of them it
        // leads to that is named ("who argues that?" after the sceptics: Kaczmarski).
        let named_first = asks_which_holder
            || current.reports_an_unnamed_group()
                && !speakers::answered_by_the_group(&reading.quote_words, &words);
        let speaks = |entry: &&Entry| match named_first {
            true => {
                let quoted = own_score(&entry.id) >= LINKED_OWN_FLOOR;
                speakers::speaks_for_the_group(current, entry, &words, quoted)
            }
            false => entry.view_of.is_some(),
        };
        // None named among them: the group itself.
        let group = Some(current).filter(|_| !asks_which_holder && named_first);
        // Of those who speak, the one whose words the message quotes ("who said it would be a
        // disaster otherwise?" after the author's view, which leads to Trenin's "disaster"),
        // else the first. A weak reading quotes no one: "term" of "who came up with that
        // term?" touches only the samples of another view ("come to terms").
        let speakers: Vec<&Entry> = std::iter::once(current).chain(linked).filter(speaks).collect();
        let most_quoted = speakers.iter().copied().reduce(|best, entry| {
            let quoted = own_score(&entry.id);
            match quoted >= LINKED_OWN_FLOOR && quoted > own_score(&best.id) + QUOTED_LEAD {
                true => entry,
                false => best,
            }
        });
        let source = most_quoted.or(group).map(|entry| quoting_the_speaker(knowledge, entry));
        if let Some(entry) = source {
            return with_context(answer(responder, entry, say));
        }
    }
    // "does the author agree with him?", "is he right?" after someone else's view: the
    // author's side of it, the first linked entry giving the author's view, else the first of
    // theirs (a view is often set out over several entries). After the author's own view,
    // whether it is theirs: it.
    if names_author && (refers || asks_if_the_author_agrees) || speakers::judged(&words) {
        let side = speakers::authors_side(knowledge, current, &words);
        if let Some(entry) = side {
            return with_context(answer(responder, entry, say));
        }
    }

    let personal = names_a_person && words.iter().any(|word| PERSONAL.contains(&word.as_str()));
    // Views are curated in English, whatever the reader's language.
    let surname = reading.surname.as_str();
    // ("John J. Mearsheimer's neorealist logic" is his view too.)
    let his = |word: &String| {
        let bare = word.strip_suffix("'s").or_else(|| word.strip_suffix('s')).unwrap_or(word);
        word == surname || bare == surname
    };
    let holds_view =
        |entry: &Entry| entry.view_of.as_deref().is_some_and(|view| words_of(view).iter().any(his));
    // "which think tank is he with?" after Gabuev: its own words find the think tank's entry,
    // which quotes someone else; the current answer's quote names the think tank with him.
    let said_of_him = standalone.best().filter(|best| {
        personal
            && standalone.verdict == Verdict::Answered
            && best.entry.id != current.id
            && !holds_view(best.entry)
            && {
                // Not whole words: "Center's" names the center.
                let named = words_of(best.entry.subject_in(Language::En)).join(" ");
                !named.is_empty() && reading.quote_words.join(" ").contains(&named)
            }
    });
    // "what is Biden's position on it?" after the Iran deal: its own words find the entry about
    // Biden, but "it" is the deal, whose quote gives his position on it.
    let position_on_it = standalone.best().filter(|best| {
        refers
            && !personal
            && standalone.verdict == Verdict::Answered
            && best.entry.id != current.id
            && {
                let names = &reading_of(best.entry).names;
                let quoted = &reading.quote_words;
                !names.is_empty()
                    && names.iter().all(|name| holds_name(&words, name) && holds_name(quoted, name))
            }
    });
    if said_of_him.is_some() || position_on_it.is_some() {
        return with_context(answer(responder, current, say));
    }
    // "what is his logic?" after Mearsheimer: its own words find with confidence an entry the
    // current one leads to that sets out his view (the realist logic, "after Mearsheimer"):
    // "his" is in it, and it is what is asked.
    let his_linked_view = standalone.best().filter(|best| {
        personal
            && confident
            && best.entry.id != current.id
            && links_to(current, best.entry)
            && holds_view(best.entry)
    });
    if let Some(best) = his_linked_view {
        return with_context(answer(responder, best.entry, say));
    }
    // "did their foreign ministers say anything?" after the treaty: "their" says whose
    // ministers (China's and Russia's), not what the message is about; what it owns is, when
    // the current entry never says it and the message's own best entry does.
    if owned_elsewhere(matcher, &words, current, &standalone) {
        return responder.standalone(text, standalone, say);
    }
    let top = standalone.best().map_or(0.0, |best| best.score);
    let first = standalone.ranked.first().map_or(0.0, |best| best.score);
    // The entry its own words read best that the matcher still declined, a name or a fact it
    // lacks being asked ("what did obama think about medvedev" of McFaul's entry): no entry of
    // its own words, whatever the context.
    let min_score = matcher.config().min_score;
    let declined_pick = (standalone.verdict == Verdict::Declined && first >= min_score)
        .then(|| standalone.ranked.first().map(|hit| hit.entry.id.as_str()))
        .flatten();
    let not_declined = |hit: &Hit<'_>| Some(hit.entry.id.as_str()) != declined_pick;
    // The message's own words point to an entry the current one leads to, among the best on
    // its own and well ahead of `rival` ("who leads them?" after the rapid reaction forces: who
    // leads the alliance): the next step, not what was just read. "He" about a person asks
    // their views, of someone the current answer names (`speakers::keeps_the_people`).
    let linked_own = standalone.ranked.iter().find(|own| {
        own.score >= LINKED_OWN_FLOOR
            && not_declined(own)
            // The best of its own words, or most of them: not one word of a weak reading
            // ("how long was their call?" after the ministers' talks: only "long" is the
            // treaty's, twenty years long, and Russia's bases read better).
            && (own.score >= first || own.coverage >= LINKED_OWN_COVERAGE)
            && top - own.score <= STANDALONE_TIE
            && links_to(current, own.entry)
            && (!personal || holds_view(own.entry))
            && speakers::keeps_the_people(&words, current, (&reading, &reading_of(own.entry)))
            // "what did they talk about at that meeting?" after the photo: its summit's entry
            // shows only the handshake before the talks.
            && matcher.gives_asked(own, &asked)
    });
    let next_step = |rival: Option<&Hit<'r>>| {
        let own = linked_own.filter(|_| marked)?;
        let rival_score = match rival {
            Some(hit) if hit.entry.id == own.entry.id => return None,
            Some(hit) => own_score(&hit.entry.id),
            None => 0.0,
        };
        (own.score >= rival_score + LINKED_OWN_LEAD).then_some(*own)
    };

    // "anything else they could cooperate on?": another item of what was just said, which the
    // current entry's "more" gives, unless the message's own words find something else with
    // confidence; "what else did he say?" about a person, only if it gives their view.
    let besides = words.len() <= FRAGMENT_WORDS
        && strip_any(&phrase, BESIDES_LEADS).is_some_and(|rest| !rest.is_empty());
    // "who else were they offered to?": its own words, when they find an answer with
    // confidence, name what else; else the next person is what the current entry leads to.
    let someone_else = besides_whom.is_some_and(|rest| !rest.is_empty()) && !confident;
    let asks_another = strip_any(&phrase, ANOTHER_LEADS).is_some_and(|rest| !rest.is_empty())
        || someone_else
        || besides
        || ["还有", "其他", "别的", "除了"].iter().any(|lead| text.contains(lead));
    let own_pick_is_linked = standalone.best().is_some_and(|best| links_to(current, best.entry));
    // "anything else they should do?": a recommendation, among them.
    let asks_should = asked.kinds.contains(&QuestionKind::Should);
    let recommends = |entry: &Entry| {
        entry.gives_kind(QuestionKind::Should) && (!names_author || is_authors(entry))
    };
    // What the current answer leads to: its "more".
    let leads_to = current.more.as_deref().and_then(|id| knowledge.entry(id));
    let asks_his_words = personal && words.iter().any(|word| SAYING.contains(&word.as_str()));
    if asks_another && (!confident || own_pick_is_linked) {
        // What was answered already in this conversation is no other item: the next one linked
        // that was not ("anything else?" after going from the Iran deal to why it matters).
        let said = |entry: &Entry| recent.contains(&entry.id);
        let more = match leads_to {
            Some(entry) if said(entry) => current
                .related
                .iter()
                .filter_map(|id| knowledge.entry(id))
                .find(|entry| !said(entry) && (!asks_should || recommends(entry))),
            more => more,
        };
        // "what else could they work on together?": the message's own words may tell which of
        // the linked items is asked (the one about working together), well ahead of the next.
        // ("who else ...?" asks the next person, whatever else its words touch.)
        let next_score = more.map_or(0.0, |entry| own_score(&entry.id));
        let named_link = || {
            links_of(current)
                .filter_map(|id| knowledge.entry(id))
                .filter(|entry| !said(entry) && entry.id != current.id)
                .filter(|entry| !asks_should || recommends(entry))
                .map(|entry| (entry, own_score(&entry.id)))
                .filter(|(_, score)| {
                    *score >= LINKED_OWN_FLOOR && *score >= next_score + LINKED_OWN_LEAD
                })
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(entry, _)| entry)
        };
        let named_link = if someone_else { None } else { named_link() };
        let more = named_link.or(more);
        if let Some(entry) = more.filter(|entry| !personal || holds_view(entry)) {
            return with_context(answer(responder, entry, say));
        }
        // "what else did he claim?" after Kerry, when nothing linked gives more of his words:
        // the current quote is all the article says he said, whatever its words touch alone.
        if asks_his_words && holds_view(current) && !confident {
            return with_context(answer(responder, current, say));
        }
    }
    // "what did he say?" right after who he is (a profile quoting his words has just shown
    // them; "what else did he say?" asks the next), "what's his main point?" after Kaczmarski,
    // "his exact words?" after Medvedev: a message of nothing but his saying asks his words,
    // whatever other entry (the author's main argument, the exact headline) its words find.
    let only_his_saying = words.iter().all(|word| {
        matcher.is_stop_word(word)
            || SAYING.contains(&word.as_str())
            || FOREMOST.contains(&word.as_str())
            || VERBATIM.contains(&word.as_str())
    });
    // (Not a fact about the saying: "when did he say that?" asks a date the quote lacks.)
    let asks_what_was_said = asks_his_words
        && (standalone.verdict == Verdict::Declined || only_his_saying)
        && !asks_another
        && asked.kinds.is_empty();
    if asks_what_was_said && holds_view(current) {
        return with_context(answer(responder, current, say));
    }
    // "what did he say about China?" of someone who says nothing on it in the article.
    if asks_his_words && !asks_another && speakers::his_view_missing(matcher, current, &words) {
        return with_context(declined_about(say, current, None));
    }
    // "what should they do instead?" after what an answer says will not work: the
    // recommendation it leads to, when it gives none itself (its links, nearest first, then
    // what they lead to, then their other links); the author's own when the message names the
    // author or follows the author's view.
    // (Not whether the advice was taken, "has Biden taken his advice?", which the article
    // cannot know; nor whom it was given to: "who did he advise?" asks a person.)
    let asks_whom = asked.kinds.contains(&QuestionKind::Who);
    if asks_should
        && !asks_whom
        && marked
        && !recommends(current)
        && all_known()
        && !asked.whether_done
    {
        let linked: Vec<&Entry> = links_of(current).filter_map(|id| knowledge.entry(id)).collect();
        // Of theirs, what each leads to first: the next step, not the background.
        let next = linked.iter().filter_map(|entry| entry.more.as_deref());
        let rest = linked.iter().flat_map(|entry| links_of(entry).map(String::as_str));
        let twice = next.chain(rest).filter_map(|id| knowledge.entry(id));
        let advice: Vec<&Entry> =
            linked.iter().copied().chain(twice).filter(|e| recommends(e)).collect();
        let authors = advice.iter().find(|entry| is_authors(current) && is_authors(entry));
        if let Some(entry) = authors.or(advice.first()) {
            return with_context(answer(responder, entry, say));
        }
    }
    // "what did Russia get instead?" after what the West did not do: what was done in its
    // place, which the answer leads to.
    if let (true, false, Some(entry)) = (instead, confident, leads_to) {
        return with_context(answer(responder, entry, say));
    }
    // The message read with the context: with the current subject for "he" or "it"; with the
    // rest of the current entry's title for "and Kazakhstan?", whose new word takes the
    // subject's place.
    // ("so what did Moscow do?" draws a consequence of the same subject: nothing takes its
    // place.)
    let draws_on = strip_any(&phrase, &["so", "then"]).is_some();
    let addition = match (continues && !refers && !draws_on, view_holder) {
        (true, _) => reading.title_beyond_subject.as_str(),
        (false, Some(name)) => name,
        (false, None) => subject,
    };
    // Read when first needed: a message answered by a tie or complete on its own never is.
    let context_reading = std::cell::OnceCell::new();
    let contextual = || context_reading.get_or_init(|| matcher.ask(&format!("{text} {addition}")));
    // A short question asking a kind of fact the current entry gives asks it of that entry,
    // unless the context reading declines a fact ("where does he teach?" of a scholar whose
    // entry gives his country) or its own words point to another the context reading prefers.
    let kinds = asked.kinds;
    let gives = |kind: &QuestionKind| current.gives_kind(*kind);
    let gives_asked = !kinds.is_empty() && kinds.iter().all(gives);
    let fact = kinds.iter().copied().find(|kind| QuestionKind::FACTS & kind.bit() != 0);
    if gives_asked && marked && words.len() - stressing_words(&words) <= SHORT_FOLLOWUP_WORDS {
        // "since when with NATO?" after the G-8's "since 2002 ... with NATO": the current quote
        // names every word of its own, so it is asked of what was just read.
        let own_words = topic_words_of_a_fact_asked(matcher, &unnamed_kinds, words.len());
        let quote_holds_them = !own_words.is_empty()
            && own_words.iter().all(|word| matcher.quote_names(current, word));
        if quote_holds_them {
            return with_context(answer(responder, current, say));
        }
        let contextual = contextual();
        if let (Verdict::Declined, Some(fact)) = (contextual.verdict, fact) {
            // Unless its own words answer it with an entry the current one links to ("where
            // does it have bases?" after Russia's rapid reaction forces: Russia's bases).
            let own_answer = standalone.best().filter(|best| {
                standalone.verdict == Verdict::Answered
                    && linked_own.is_some_and(|own| own.entry.id == best.entry.id)
            });
            if let Some(own) = own_answer {
                return with_context(answer(responder, own.entry, say));
            }
            return with_context(declined_about(say, current, Some(fact)));
        }
        // "which date was it?", "when did they say that?": only the kind of fact, a question
        // word and a pronoun, no topic to go elsewhere.
        let topicless = own_words.is_empty();
        // (Its own words may be sure of another on their own: "and who insisted NATO isn't
        // offensive?" after Lavrov's words, Kerry's, which Lavrov's added to it outweigh.)
        let away = |hit: &Hit<'_>| {
            !topicless
                && hit.entry.id != current.id
                && own_score(&hit.entry.id) >= own_score(&current.id) + LINKED_OWN_LEAD
        };
        let sure_alone = own_words.len() >= 2
            && standalone.verdict == Verdict::Answered
            && standalone.score() >= CONFIDENT;
        let elsewhere = contextual.best().is_some_and(away)
            || sure_alone && standalone.best().is_some_and(away);
        if !elsewhere {
            let current_hit = standalone.ranked.iter().find(|own| own.entry.id == current.id);
            // A message naming only the kind of fact ("in what period exactly?") has no words
            // of its own to point to the next step. (Function words alone may: "so who does
            // what" names the division of labour.)
            let names_the_kind =
                kind_phrase > 0 || words.iter().any(|word| matcher.names_a_kind_of_fact(word));
            let next = next_step(current_hit).filter(|_| !(topicless && names_the_kind));
            let entry = next.map_or(current, |own| own.entry);
            return with_context(answer(responder, entry, say));
        }
    }
    // "and what did Medvedev say?" is as short as "and Medvedev?": one word of its own, the
    // one that changes. ("so why is he skeptical?" draws a consequence instead.)
    let own_words = words.iter().filter(|word| !matcher.is_stop_word(word)).count();
    let names_one_thing = own_words == 1 && !draws_on;
    let short_continuation = continues && (words.len() <= FRAGMENT_WORDS || names_one_thing);
    if short_continuation && asks_the_other_side(matcher, &words, current) {
        return with_context(answer(responder, current, say));
    }
    // (Only for a continuation: the links are read for nothing else.)
    let naming_the_side = || linked_naming_the_side(responder, say.language, &words, current);
    if let Some(entry) = continues.then(naming_the_side).flatten() {
        return with_context(answer(responder, entry, say));
    }
    // Near ties on its own, one of them linked to the current entry: the context decides, as
    // the reader would ("and the foreign ministers?" after the leaders' call). The current
    // entry among them is meant unless the message moves on ("is china a member?" after the
    // CSTO asks about the CSTO; "and the SCO?" asks about another). Not when the words of "he",
    // the person just asked about, are asked: "what did he say about NATO?" after who Lavrov
    // is asks his words, which a tie between entries on NATO does not know; nor a thing of the
    // current quote after "those" ("in what era did those ties improve?" after the treaty).
    let torn = standalone.verdict == Verdict::Ambiguous;
    // ... or one holding the subject of every tie ("which organisations is it a member of?").
    let quoted = || reading.names_a_quoted_thing(&words);
    let holds = torn && (quoted() || names_every_tie(matcher, current, &standalone, min_score));
    if holds && is_answered_with(contextual(), current) {
        return with_context(answer(responder, current, say));
    }
    if torn && !asks_his_words {
        // ... and unless it asks what the current entry does not give ("why did that matter?").
        // "and how did he describe it?" after someone's words goes on with them: "he" is the
        // person just quoted, not a move to another entry.
        let same_speaker = current.reports_someone_named()
            && words.iter().any(|word| PERSONAL.contains(&word.as_str()));
        let stays = (!continues || same_speaker) && kinds.iter().all(gives);
        let points_back = refers && own_words <= 1;
        let reason = || reason_meant(knowledge, current, &standalone, points_back, min_score);
        if let Some(entry) = kinds.contains(&QuestionKind::Why).then(reason).flatten() {
            return with_context(answer(responder, entry, say));
        }
        if let Some(hit) = linked_tie(knowledge, current, &standalone, stays, min_score) {
            return with_context(answer(responder, hit.entry, say));
        }
    }
    // A message that names the subject already is complete.
    let names_subject =
        !subject_words.is_empty() && subject_words.iter().all(|word| words.contains(word));
    if names_subject && standalone.verdict != Verdict::Declined {
        return responder.standalone(text, standalone, say);
    }
    // "where was that summit held?", "the summit" after a quote on the Biden-Putin summit: a
    // fact the context reading declines is declined about it, not taken from another summit
    // (unless read alone it is in the quote: "when did the nato-russia council start?").
    let contextual = contextual();
    let within = answers_within(current, &standalone);
    let points_to_it = || !within && (refers || reading.names_after_the(matcher, &words));
    if let (Verdict::Declined, Some(fact)) = (contextual.verdict, fact.filter(|_| points_to_it())) {
        // Unless its own words find it in an entry the current one links to ("how long did
        // they build the friendship?" after Trenin's words on it: three decades).
        let linked_gives = standalone.best().filter(|best| {
            standalone.verdict == Verdict::Answered
                && best.entry.gives_kind(fact)
                && links_to(current, best.entry)
        });
        if let Some(own) = linked_gives {
            return with_context(answer(responder, own.entry, say));
        }
        return with_context(declined_about(say, current, Some(fact)));
    }
    // A short continuation names only what changes ("and Lavrov?"), or one pointing back names
    // something new its words find with confidence ("what did Lavrov say about it?" after the
    // disputes over NATO): of the entries about that, the one closest to the context is meant.
    let points_back_to_a_thing = refers && !personal && standalone.score() >= CONFIDENT;
    // Unless it asks what that means for what the current quote names ("what does that mean
    // for the US?" after the seam, which the United States might exploit): of what was said.
    let own = words.iter().map(String::as_str).filter(|word| !matcher.is_stop_word(word));
    let for_whom = words.windows(2).any(|pair| pair[0].starts_with("mean") && pair[1] == "for");
    if points_back_to_a_thing && for_whom && matcher.quote_names_all(current, own) {
        return with_context(answer(responder, current, say));
    }
    if short_continuation || points_back_to_a_thing {
        // A continuation asks about something else; "it" may be what was just said.
        let (continuation, best) = (short_continuation, standalone.best().map(|hit| hit.entry));
        let linked_first = !best.is_some_and(|best| names_the_subject(responder, best, say, text));
        let asked = (continuation, linked_first);
        if let Some(hit) = closest_to_context(current, &standalone, contextual, asked, min_score) {
            return with_context(answer(responder, hit.entry, say));
        }
    }
    let margin = match (refers, marked) {
        (true, _) if personal => PERSONAL_MARGIN,
        (true, _) => PRONOUN_MARGIN,
        (false, true) => FOLLOWUP_MARGIN,
        (false, false) => -CONTEXT_MARGIN,
    };
    let checks_it = refers && checks_what_it_is(&words);
    // "what could that fear lead to?" after Russia's fear of inferior status: the thing the
    // current answer names, by its own word, is that answer, not the next step from it.
    let names_its_thing = reading.named_by_demonstrative(&words);
    let read_with_it = |hit: &Hit<'_>| hit.entry.id == current.id && hit.score >= min_score;
    let checks_its_words = checks_what_it_says(matcher, &words, current);
    if (names_its_thing || checks_its_words) && contextual.ranked.iter().any(read_with_it) {
        return with_context(answer(responder, current, say));
    }
    // "what did he say the West wants?" after Lavrov's view: his words, which the context
    // ranks first, are still what "he" said, not a linked entry that also quotes him.
    let stays_with_it = checks_it || names_its_thing || asks_his_words && holds_view(current);
    let contextual_best =
        linked_best(current, contextual, &standalone, continues, stays_with_it, min_score);
    // A message with no sign of following up, which the article does not answer on its own,
    // takes the context only for an entry its own words nearly answer: else the subject's
    // words, added, carry a question over the line ("who wrote this article?" after the
    // summit; "who was the first man on the moon?" after the lunar station, whose "moon" is
    // all it shares with it).
    let own_words_match = |hit: &Hit<'_>| {
        marked
            || standalone.ranked.iter().any(|own| {
                own.entry.id == hit.entry.id && own.score >= UNMARKED_OWN_SCORE && not_declined(own)
            })
    };
    if let Some(own) = next_step(contextual_best.as_ref()) {
        return with_context(answer(responder, own.entry, say));
    }
    // "where else does russia keep troops?" after Tajikistan: not that answer again; nor
    // "what does EAEU stand for?" after a quote that only uses the name.
    let besides_it = |hit: &Hit<'_>| {
        hit.entry.id == current.id
            && (words.iter().any(|word| word == "else") || asks_what_it_stands_for(&words))
            && standalone.best().is_some_and(|own| own.entry.id != current.id)
    };
    let context_wins = contextual_best.is_some_and(|hit| match standalone.verdict {
        Verdict::Answered if besides_it(&hit) => false,
        Verdict::Answered => only_countries || hit.score + margin > standalone.score(),
        // Torn between two entries of its own words, the message is about one of them, not
        // about an entry it hardly touches ("but isn't there competition between them in
        // Central Asia?" after how hard the ties are to reverse).
        // (Unless "he" is the person just asked about, whom its own words cannot know.)
        Verdict::Ambiguous if asks_his_words => hit.score + margin > standalone.score(),
        Verdict::Ambiguous => own_score(&hit.entry.id) + STANDALONE_TIE >= top,
        Verdict::Declined => own_words_match(&hit),
    });
    if let (true, Some(hit)) = (context_wins, contextual_best) {
        return with_context(answer(responder, hit.entry, say));
    }
    if standalone.verdict == Verdict::Declined && marked {
        return with_context(declined_about(say, current, kinds.first().copied()));
    }
    responder.standalone(text, standalone, say)
}
