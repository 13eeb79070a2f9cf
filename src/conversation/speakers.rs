//! Whose view an entry gives: the person named, the author's own, and which entry answers
//! "who said that?" of it.

use super::cues::{INSISTING, PERSONAL, QUESTION_WORDS};
use super::lead_words::ELSE_LEADS;
use super::phrasing::checks_a_claim;
use super::reading::{links_of, EntryReading};
use super::smalltalk::YES_NO_OPENERS;
use super::speaker_words::{
    AGREEING, ASKING_WHO, AUTHOR, DISAGREEING, NAMING, OFFICE_HOLDERS, OTHERS, SAYING, SOURCE,
    THINKING,
};
use super::thresholds::SHORT_FOLLOWUP_WORDS;
use crate::knowledge::{Entry, Knowledge, QuestionKind};
use crate::matcher::{Matcher, Verdict};

/// The entry that answers "who said that?" of `speaker`'s view: itself when its quote names
/// who holds it, else a linked entry of the same person's whose quote does (Kaczmarski's
/// contrast of China and Russia quotes the contrast, his profile quotes him by name).
pub(super) fn quoting_the_speaker<'k>(knowledge: &'k Knowledge, speaker: &'k Entry) -> &'k Entry {
    let Some(surname) = speaker.view_of.as_deref().and_then(named_person) else {
        return whole_sentence_of(knowledge, speaker).unwrap_or(speaker);
    };
    if speaker.quote.contains(surname) {
        return speaker;
    }
    let holds_and_names = |entry: &&Entry| {
        entry.quote.contains(surname)
            && entry.view_of.as_deref().and_then(named_person) == Some(surname)
    };
    links_of(speaker).filter_map(|id| knowledge.entry(id)).find(holds_and_names).unwrap_or(speaker)
}

/// Whether "what did he say about China?" after McFaul's words asks a view the article does
/// not give: read with the person's surname for "he" ("what did McFaul say about China?"),
/// as someone's view on a topic is read, the message is declined. Only of a message naming a
/// topic ("about", "on"): "what did he say?" alone asks the words just shown.
pub(super) fn his_view_missing(matcher: &Matcher, current: &Entry, words: &[String]) -> bool {
    let Some(surname) = current.view_of.as_deref().and_then(named_person) else { return false };
    if !words.iter().any(|word| matches!(word.as_str(), "about" | "on")) {
        return false;
    }
    let named = words.iter().map(|word| match PERSONAL.contains(&word.as_str()) {
        true => surname,
        false => word.as_str(),
    });
    matcher.ask(&named.collect::<Vec<_>>().join(" ")).verdict == Verdict::Declined
}

/// The view of the person `current` is about or quotes on the topic a message names alone
/// ("about nato?", "no i meant about nato", "and on china?" after Lavrov's profile): his words
/// on it ("what did Lavrov say about NATO?"), when an entry gives them.
pub(super) fn same_person_on<'m>(
    matcher: &'m Matcher,
    current: &Entry,
    phrase: &str,
) -> Option<&'m Entry> {
    const LEADS: &[&str] = &["and", "no", "i", "meant", "mean", "sorry", "but", "what", "а", "нет"];
    const TOPICAL: &[&str] = &["about", "on", "regarding", "о", "об", "про"];
    let words: Vec<&str> = phrase.split(' ').skip_while(|word| LEADS.contains(word)).collect();
    // ("what about nato?", "and what about ...?" turn to NATO itself; "about what exactly?"
    // asks what was meant.)
    let topical = words.first().is_some_and(|word| TOPICAL.contains(word))
        && !format!(" {phrase}").contains(" what about ")
        && !words.iter().any(|word| QUESTION_WORDS.contains(word));
    if !topical || words.len() > 4 {
        return None;
    }
    let person = person_of(current)?;
    let asked = format!("what did {person} say {}", words.join(" "));
    let ranking = matcher.ask(&asked);
    let hit = ranking.best().filter(|_| ranking.verdict == Verdict::Answered)?;
    let theirs = hit.entry.view_of.as_deref().and_then(named_person) == Some(person);
    theirs.then_some(hit.entry)
}

/// The surname of the person `entry` gives the view of or is about ("Medvedev" of his profile,
/// whose subject is "Dmitri Medvedev"), if it names one.
pub(super) fn person_of(entry: &Entry) -> Option<&str> {
    match entry.view_of.as_deref() {
        Some(view) => named_person(view),
        None => entry.subject.as_deref().filter(|s| is_a_proper_name(s)).and_then(named_person),
    }
}

/// The entry a "he" or "she" of a message means after `current`, whose view is no one's named:
/// the first it leads to that gives a named person's view ("what did he say?" after the West's
/// reassurances: Kerry's words, which they lead to; not the reassurances again).
pub(super) fn the_person_meant<'k>(
    knowledge: &'k Knowledge,
    current: &Entry,
    words: &[String],
) -> Option<&'k Entry> {
    let of_a_person = words.iter().any(|word| PERSONAL.contains(&word.as_str()));
    let names_one = |entry: &Entry| entry.view_of.as_deref().and_then(named_person).is_some();
    if !of_a_person || names_one(current) {
        return None;
    }
    links_of(current).filter_map(|id| knowledge.entry(id)).find(|entry| names_one(entry))
}

/// [`the_person_meant`] when `current` reports no view and is about no one, and its quote names
/// them (by their surname): "what's his view on China?" after the Carnegie
/// Moscow Center, whose quote is "In the words of Dmitri Trenin, director of the Carnegie
/// Moscow Center", asks Trenin's view. Of some unnamed people's view, the one the article goes
/// on to give as an instance of them: "where is he from?" after "some scholars and
/// commentators point out the shortcomings" is Kaczmarski, "For instance, ...".
pub(super) fn the_person_its_quote_names<'k>(
    knowledge: &'k Knowledge,
    current: &Entry,
    words: &[String],
) -> Option<&'k Entry> {
    if current.view_of.as_deref().is_some_and(|view| view.starts_with("some ")) {
        return the_person_meant(knowledge, current, words).filter(|holder| an_instance(holder));
    }
    let about_someone = current.subject.as_deref().is_some_and(is_a_proper_name);
    if current.view_of.is_some() || about_someone {
        return None;
    }
    the_person_meant(knowledge, current, words).filter(|holder| {
        let surname = holder.view_of.as_deref().and_then(named_person);
        surname.is_some_and(|surname| current.quote.contains(surname))
    })
}

/// Another person's words on what was just said, asked by name and pointing back ("what did
/// Lavrov call it?" after McFaul's admission on NATO enlargement): the first entry giving that
/// person's view among those `current` links to, then those they link to. `None` when the
/// message names no one whose view an entry gives, or the person `current` already quotes.
pub(super) fn named_speaker_on_it<'k>(
    knowledge: &'k Knowledge,
    current: &Entry,
    words: &[String],
    refers: bool,
) -> Option<&'k Entry> {
    if !refers || !words.iter().any(|word| SAYING.contains(&word.as_str())) {
        return None;
    }
    fn speaker(entry: &Entry) -> Option<&str> {
        entry.view_of.as_deref().and_then(named_person)
    }
    let is_named = |surname: &str| words.iter().any(|word| word.eq_ignore_ascii_case(surname));
    let named =
        knowledge.entries.iter().filter_map(|entry| speaker(entry)).find(|s| is_named(s))?;
    if speaker(current) == Some(named) {
        return None;
    }
    let linked: Vec<&Entry> = links_of(current).filter_map(|id| knowledge.entry(id)).collect();
    let twice =
        linked.iter().flat_map(|entry| links_of(entry)).filter_map(|id| knowledge.entry(id));
    linked.iter().copied().chain(twice).find(|entry| speaker(entry) == Some(named))
}

/// The author's side of `current`, someone else's view ("does the author agree?"): the first
/// entry it leads to that gives the author's view, else the first of those its links lead to
/// (a view is often set out over several entries before the author replies).
pub(super) fn authors_reply<'k>(knowledge: &'k Knowledge, current: &Entry) -> Option<&'k Entry> {
    let linked: Vec<&Entry> = links_of(current).filter_map(|id| knowledge.entry(id)).collect();
    let twice =
        linked.iter().flat_map(|entry| links_of(entry)).filter_map(|id| knowledge.entry(id));
    linked.iter().copied().chain(twice).find(|entry| is_authors(entry))
}

/// Whether a message names an author ("does the author agree?", "who's the writer?"): not
/// "a journalist" of "is he a journalist?", a trade asked of the person just quoted.
pub(super) fn names_an_author(words: &[String]) -> bool {
    words.iter().enumerate().any(|(at, word)| {
        let a_trade = at > 0 && matches!(words[at - 1].as_str(), "a" | "an");
        AUTHOR.contains(&word.as_str()) && !a_trade
    })
}

/// Whether a message names the article's author ("what's the author's name? I need it for my
/// citation"): "the author" is the article's, whoever the current entry quotes; "its author",
/// "the author of that idea" are another text's.
pub(super) fn names_the_articles_author(words: &[String]) -> bool {
    words.windows(2).enumerate().any(|(at, pair)| {
        pair[0] == "the"
            && AUTHOR.contains(&pair[1].as_str())
            && words.get(at + 2).is_none_or(|next| next != "of")
    })
}

/// Whether a message asks whether a view is the author's ("is that the author's view too?",
/// "does the author agree?"), not why or what the author holds.
pub(super) fn asks_whether_the_authors(words: &[String]) -> bool {
    const HOLDING: &[&str] = &["view", "views", "opinion", "position", "stance", "think", "thinks"];
    let holding =
        |word: &String| HOLDING.contains(&word.as_str()) || AGREEING.contains(&word.as_str());
    !words.iter().any(|word| QUESTION_WORDS.contains(&word.as_str())) && words.iter().any(holding)
}

/// Whether a message asks who takes the other side of what was just said ("who takes the
/// opposite view?", `asks_who` and disagreeing), or whether some do ("does anyone disagree?",
/// "do all experts agree?", "but some experts disagree, yes?").
fn asks_who_disagrees(words: &[String], text: &str, asks_who: bool) -> bool {
    let disagrees = |word: &String| DISAGREEING.iter().any(|stem| word.starts_with(stem));
    // ("who says otherwise?", not "who said it would be a disaster otherwise?")
    let thinks = |word: &str| SAYING.contains(&word) || THINKING.contains(&word);
    let says_otherwise = words.windows(2).any(|pair| pair[1] == "otherwise" && thinks(&pair[0]));
    let disagreeing = words.iter().any(disagrees)
        || says_otherwise
        || !text.is_ascii() && DISAGREEING.iter().any(|m| text.contains(m));
    let yes_no = words.first().is_some_and(|word| YES_NO_OPENERS.contains(&word.as_str()));
    let agreeing = words.iter().any(|word| AGREEING.contains(&word.as_str()));
    let of_others = words.iter().any(|word| OTHERS.contains(&word.as_str()));
    ((asks_who || yes_no || checks_a_claim(words)) && disagreeing
        || yes_no && agreeing && of_others)
        && words.len() <= SHORT_FOLLOWUP_WORDS + 2
}

/// Whether a message asks which of two holds a view ("is that the author's view or
/// Moscow's?"): whose it is, which the answer to it says.
pub(super) fn asks_whose_of_two(words: &[String]) -> bool {
    asks_whether_the_authors(words) && words.iter().any(|word| word == "or")
}

/// Whether a message asks whether the person just quoted is right ("is he right?", "was she
/// wrong about that?"): the author's judgement of their view. ("is that true?" asks whether
/// the answer is so, and "is that right?" acknowledges: see `VERIFY`.)
pub(super) fn judged(words: &[String]) -> bool {
    const HOLDING: &[&str] = &["right", "correct", "true", "wrong", "accurate", "valid"];
    // Words that may stand around it: "is he really right about that, though?"
    const AROUND: &[&str] = &["really", "actually", "though", "even", "about", "that", "so"];
    let Some((verb, [subject, rest @ ..])) = words.split_first() else { return false };
    matches!(verb.as_str(), "is" | "was" | "are" | "were")
        && matches!(subject.as_str(), "he" | "she" | "they")
        && rest.iter().any(|word| HOLDING.contains(&word.as_str()))
        && rest
            .iter()
            .all(|word| HOLDING.contains(&word.as_str()) || AROUND.contains(&word.as_str()))
}

/// The entry linked to `current` that takes the other side of what it says ("who disagrees?"):
/// one reporting a view, named or a group's, that opens by setting itself against what came
/// before ("Regardless of this positive rhetoric, some scholars ..."); else such an entry that a
/// linked one links to; else the first linked entry reporting someone named (the author's main
/// argument links to Mearsheimer's).
fn other_side<'k>(knowledge: &'k Knowledge, current: &Entry) -> Option<&'k Entry> {
    const CONTRASTING: &[&str] =
        &["Regardless", "However", "But ", "Yet ", "Nevertheless", "Still,", "In contrast"];
    let linked = || linked_of_another_view(knowledge, current, current);
    let reports_a_view =
        |entry: &Entry| entry.reports_someone_named() || entry.reports_an_unnamed_group();
    let sets_against =
        |entry: &&Entry| CONTRASTING.iter().any(|opening| entry.quote.starts_with(opening));
    let contrasting = |entry: &&Entry| reports_a_view(entry) && sets_against(entry);
    // Else one a step further ("does everyone share this rosy view?" after the foreign
    // ministers' words: the sceptics, linked from the pandemic's strains, which they link).
    let further = || {
        linked()
            .flat_map(|entry| linked_of_another_view(knowledge, entry, current))
            .find(contrasting)
    };
    linked()
        .find(contrasting)
        .or_else(further)
        .or_else(|| linked().find(|entry| entry.reports_someone_named()))
}

/// The entry giving another voice on `current` that a message asks for: on the same side
/// ("who backs that up?") or on the other ("who takes the opposite view?").
pub(super) fn other_voice<'k>(
    knowledge: &'k Knowledge,
    current: &Entry,
    words: &[String],
    text: &str,
    asks_who: bool,
) -> Option<&'k Entry> {
    // ("does anyone agree?" asks whether all do: the other side, read first.)
    if asks_who_disagrees(words, text, asks_who) {
        return other_side(knowledge, current);
    }
    asks_who_supports(words, asks_who).then(|| supporting_voice(knowledge, current)).flatten()
}

/// Whether a message asks who else holds what was just said ("who backs that up?", "who's
/// quoted on this?", "who agrees?"), with a verb of agreeing or of support.
fn asks_who_supports(words: &[String], asks_who: bool) -> bool {
    const SUPPORTING: &[&str] = &[
        "backs",
        "backing",
        "support",
        "supports",
        "supported",
        "supporting",
        "echo",
        "echoes",
        "echoed",
        "endorse",
        "endorses",
        "quoted",
    ];
    let supports =
        |word: &String| SUPPORTING.contains(&word.as_str()) || AGREEING.contains(&word.as_str());
    asks_who && words.len() <= SHORT_FOLLOWUP_WORDS + 2 && words.iter().any(supports)
}

/// The entry giving someone named on the same side as `current`, a view no one named gives:
/// the reason it leads to ("why?") when that is another's named view (the author's case for
/// friendship with China, Trenin's "disaster" otherwise). Other linked views may answer it or
/// dispute it; someone named is quoted on their own view ("who's quoted on this?": them).
fn supporting_voice<'k>(knowledge: &'k Knowledge, current: &Entry) -> Option<&'k Entry> {
    let why = knowledge.entry(current.why.as_deref()?)?;
    let another_named = why.reports_someone_named() && why.view_of != current.view_of;
    (another_named && !current.reports_someone_named()).then_some(why)
}

/// The entries `from` links to that are neither `current` nor of its view.
fn linked_of_another_view<'a, 'k: 'a>(
    knowledge: &'k Knowledge,
    from: &'a Entry,
    current: &'a Entry,
) -> impl Iterator<Item = &'k Entry> + 'a {
    links_of(from)
        .filter_map(|id| knowledge.entry(id))
        .filter(move |entry| entry.id != current.id && entry.view_of != current.view_of)
}

/// The entry whose quote is the whole sentence that `speaker`'s quote is a fragment of
/// ("lingering resentment ..." of "A recent op-ed in the Washington Post pinpointed problems
/// ..."), with the same source: a fragment does not show who said it, the sentence does. Or,
/// of a view naming no one, the passage of someone named that holds its quote: "The West did
/// not treat Russia like Germany ..." is part of what "scholars like Trenin have explained".
fn whole_sentence_of<'k>(knowledge: &'k Knowledge, speaker: &Entry) -> Option<&'k Entry> {
    let view = speaker.view_of.as_deref()?;
    let holders = || {
        knowledge.entries.iter().filter(|entry| {
            entry.quote.len() > speaker.quote.len() && entry.quote.contains(speaker.quote.as_str())
        })
    };
    // A fragment is part of the holder's sentence: it opens in lowercase, or past the
    // holder's start ("China's reverse engineering ..." of the op-ed's list).
    let same_source = |entry: &&Entry| {
        let fragment = !speaker.quote.starts_with(char::is_uppercase)
            || !entry.quote.starts_with(speaker.quote.as_str());
        fragment && entry.view_of.as_deref().is_some_and(|whole| whole.starts_with(view))
    };
    holders().find(same_source).or_else(|| holders().find(|entry| entry.reports_someone_named()))
}

/// The surname of the person a view is curated as, when it names one first: "Mearsheimer" of
/// "John J. Mearsheimer, a University of Chicago neorealist scholar"; none of "some scholars",
/// "Russia's 2016 foreign policy concept" or "Presidents Xi Jinping and Vladimir Putin".
pub(super) fn named_person(view: &str) -> Option<&str> {
    let name = view.split([',', '(', ';']).next()?.trim();
    // "John J. Mearsheimer's neorealist logic" is his; "Russia's 2016 ..." is no one's.
    let name = match name.split_once(['\'', '\u{2019}']) {
        Some((owner, _)) if owner.contains(' ') => owner,
        _ => name,
    };
    // A title before the name is no part of it: "then-President Dmitri Medvedev".
    let words: Vec<&str> =
        name.split_whitespace().skip_while(|word| word.starts_with(char::is_lowercase)).collect();
    let capitalised = words.iter().all(|word| word.starts_with(char::is_uppercase));
    let one_person = !name.contains(['\'', '\u{2019}'])
        && words.first().is_some_and(|first| !first.ends_with('s'));
    // The surname: "John" of "John J. Mearsheimer" would also read as John Kerry.
    (words.len() >= 2 && capitalised && one_person).then(|| words[words.len() - 1])
}

/// The entry `current` links to that gives the words of the person a message names and asks
/// no more of than what they said ("what exactly did Lavrov say?" after NATO's enlargement:
/// his words on NATO, not his talks with Wang Yi, which his name alone finds first), or that
/// the entry before it links to (after "says who?" of NATO's enlargement took the talk to
/// McFaul). `None` when the current entry is already theirs.
pub(super) fn linked_words_of_the_named<'k>(
    knowledge: &'k Knowledge,
    current: &Entry,
    recent: &[String],
    words: &[String],
) -> Option<&'k Entry> {
    const FRAME: &[&str] = &["did", "does", "do", "and", "then", "so"];
    let named = |entry: &Entry| {
        let surname = entry.view_of.as_deref().and_then(named_person);
        surname.is_some_and(|surname| words.iter().any(|word| word.eq_ignore_ascii_case(surname)))
    };
    let framing = |word: &String| {
        [SAYING, INSISTING, FRAME, QUESTION_WORDS].iter().any(|list| list.contains(&word.as_str()))
    };
    // Saying, and one word of its own: the name.
    let only_asks_words = words.iter().any(|word| SAYING.contains(&word.as_str()))
        && words.iter().filter(|word| !framing(word)).count() == 1;
    if !only_asks_words || named(current) {
        return None;
    }
    let before = recent.iter().rev().find(|id| **id != current.id);
    let earlier = before.and_then(|id| knowledge.entry(id)).into_iter().flat_map(links_of);
    links_of(current).chain(earlier).filter_map(|id| knowledge.entry(id)).find(|entry| named(entry))
}

/// The profile that answers "where is he from?" or "where does he work?" (`words`) after a
/// view of someone named: the entry about them ("John J. Mearsheimer") that says where they
/// are, naming their institution when asked where they work ("Russian scholar" says where
/// Korolev is from, not where he teaches).
pub(super) fn profile_asked<'k>(
    knowledge: &'k Knowledge,
    current: &Entry,
    words: &[String],
) -> Option<&'k Entry> {
    const WORKING: &[&str] =
        &["work", "works", "worked", "teach", "teaches", "taught", "employed", "based"];
    const FROM: &[&str] = &["from", "come", "comes"];
    const FRAME: &[&str] = &["where", "wheres", "is", "was", "does", "did", "do", "s"];
    const INSTITUTIONS: &[&str] = &["University", "Center", "Centre", "Institute", "School"];
    // "what nationality is he?": where he is from, in other words.
    const NATIONALITY: &[&str] = &["nationality", "citizenship"];
    const WHAT: &[&str] = &["what", "whats"];
    const NATIONALS: &[&str] = &["Russian scholar", "American scholar", "Chinese scholar"];
    let has = |list: &[&str]| words.iter().any(|word| list.contains(&word.as_str()));
    let at_work = has(WORKING);
    let nationality = has(NATIONALITY)
        && has(PERSONAL)
        && words.iter().all(|word| {
            [FRAME, PERSONAL, NATIONALITY, WHAT].iter().any(|list| list.contains(&word.as_str()))
        });
    // Only where they are: not where they said or see something, nor a fact the profile may
    // lack ("where did he get his PhD?").
    let only_where = words.iter().any(|word| matches!(word.as_str(), "where" | "wheres"))
        && has(PERSONAL)
        && (at_work || has(FROM))
        && words.iter().all(|word| {
            [FRAME, PERSONAL, WORKING, FROM].iter().any(|list| list.contains(&word.as_str()))
        });
    if !only_where && !nationality {
        return None;
    }
    let surname = current.view_of.as_deref().and_then(named_person)?;
    let about_them = |entry: &&Entry| {
        entry.subject.as_deref().is_some_and(|subject| subject.ends_with(surname))
            && entry.gives_kind(QuestionKind::Where)
            && (!at_work || INSTITUTIONS.iter().any(|place| entry.quote.contains(place)))
            // (A nationality only where the quote gives one: "Russian scholar Dr. ...".)
            && (!nationality || NATIONALS.iter().any(|adjective| entry.quote.contains(adjective)))
    };
    knowledge.entries.iter().find(about_them)
}

/// The entry a message asking what else someone said means (`phrase`: "what else does Trenin
/// argue?", "did trenin say anything else?", "what else did he say?" after one of his views):
/// another giving the view of the person it names, or of the current one's person when it
/// names none and points back to them with nothing else to ask ("he", "say"); the first in
/// the article's order not said yet in this conversation.
pub(super) fn another_view_asked<'k>(
    knowledge: &'k Knowledge,
    current: &Entry,
    recent: &[String],
    phrase: &str,
    is_stop_word: impl Fn(&str) -> bool,
) -> Option<&'k Entry> {
    // (Most follow-ups ask nothing "else": read no further.)
    if !phrase.contains("else") {
        return None;
    }
    let padded = format!(" {phrase} ");
    let (before, after) =
        ELSE_LEADS.iter().find_map(|lead| padded.split_once(&format!(" {lead} ")))?;
    let rest: Vec<&str> = before.split_whitespace().chain(after.split_whitespace()).collect();
    fn person_of(entry: &Entry) -> Option<&str> {
        entry.view_of.as_deref().and_then(named_person)
    }
    let names = |name: &str| rest.iter().any(|word| word.eq_ignore_ascii_case(name));
    let named = knowledge.entries.iter().filter_map(person_of).find(|name| names(name));
    let points_back = rest.iter().any(|word| PERSONAL.contains(word))
        && rest
            .iter()
            .all(|word| is_stop_word(word) || PERSONAL.contains(word) || SAYING.contains(word));
    let person = named.or_else(|| person_of(current).filter(|_| points_back))?;
    // (Nor a part of the current quote: Lavrov's profile quotes the call Wang Yi's entry does.)
    let unsaid = |entry: &&Entry| {
        entry.id != current.id
            && !recent.contains(&entry.id)
            && !current.quote.contains(&entry.quote)
    };
    knowledge.entries.iter().filter(|entry| person_of(entry) == Some(person)).find(unsaid)
}

/// The profile a "who is he?" (`words`) after a named person's view means: of something else
/// (Mearsheimer's balancing coalition) or of his own (his prediction, whose quote names him
/// but says not who he is), who that person is, which their own entry tells.
pub(super) fn profile_of_the_holder<'m>(
    matcher: &'m Matcher,
    current: &Entry,
    words: &[String],
) -> Option<&'m Entry> {
    // ("who's he?" is read "whos", "he".)
    let asks_identity = words.first().is_some_and(|first| matches!(first.as_str(), "who" | "whos"))
        && words.len() <= super::thresholds::FRAGMENT_WORDS
        && words.iter().any(|word| PERSONAL.contains(&word.as_str()))
        && words
            .iter()
            .all(|word| matcher.is_stop_word(word) || INSISTING.contains(&word.as_str()));
    let name = current.view_of.as_deref().and_then(named_person).filter(|_| asks_identity)?;
    let profile = matcher.ask(&format!("who is {name}"));
    let answered = profile.verdict == crate::matcher::Verdict::Answered;
    profile.best().filter(|_| answered).map(|best| best.entry)
}

/// Whether a message asks the names of the people just spoken of ("what are their names?",
/// "what's his name, by the way?", "и как их зовут?"), and nothing else.
pub(super) fn asks_their_names(words: &[String]) -> bool {
    const POSSESSIVES: &[&str] = &["his", "her", "their", "его", "её", "ее", "их"];
    const NAMES: &[&str] = &["name", "names", "full", "зовут"];
    const FRAME: &[&str] = &[
        "what", "whats", "is", "are", "s", "and", "so", "the", "by", "way", "btw", "again", "как",
    ];
    let named = words
        .windows(2)
        .any(|pair| POSSESSIVES.contains(&pair[0].as_str()) && NAMES.contains(&pair[1].as_str()));
    let asks_nothing_else = words
        .iter()
        .all(|word| [POSSESSIVES, NAMES, FRAME].iter().any(|list| list.contains(&word.as_str())));
    named && asks_nothing_else
}

/// Whether `entry` gives the author's own view.
pub(super) fn is_authors(entry: &Entry) -> bool {
    entry.view_of.as_deref().is_some_and(|view| view.starts_with("the author"))
}

/// The author's side of what `current` says, asked "does the author agree?" or "is that the
/// author's view?": after the author's own words, or what they relate as fact (no one else's
/// view: "is that the author's own view?" after relations worsening), `current` when asked
/// whether it is theirs; after someone else's view, the author's reply to it.
pub(super) fn authors_side<'k>(
    knowledge: &'k Knowledge,
    current: &'k Entry,
    words: &[String],
) -> Option<&'k Entry> {
    let told_by_the_author = current.view_of.is_none() || is_authors(current);
    match told_by_the_author || asks_whose_of_two(words) {
        true => asks_whether_the_authors(words).then_some(current),
        false => authors_reply(knowledge, current),
    }
}

/// Whether a message asks something in the view of the person just quoted ("why do countries
/// join, in his view?", "according to him"): their quote, not the curated reason, answers.
pub(super) fn in_their_view(words: &[String]) -> bool {
    const VIEWS: &[&str] = &["view", "opinion", "words", "mind", "eyes", "account"];
    let personal = |word: &String| PERSONAL.contains(&word.as_str());
    words.windows(3).any(|three| {
        three[0] == "in" && personal(&three[1]) && VIEWS.contains(&three[2].as_str())
            || three[0] == "according" && three[1] == "to" && personal(&three[2])
    })
}

/// Whether a short "who" question points into a group just named ("who's one of those
/// critics?", "who are they?") or asks for an example of it ("like who?", "who for
/// instance?", "which scholars?"): one of them by name, when the article names any.
pub(super) fn asks_one_of_them(words: &[String]) -> bool {
    // "he" or "she" only in asking who ("who is he?"): "what does he say about the SCO?" asks
    // about the SCO, as it reads.
    let asks_who = || words.iter().any(|word| ASKING_WHO.contains(&word.as_str()));
    let pointing = |word: &String| {
        matches!(word.as_str(), "those" | "these" | "they" | "them")
            || matches!(word.as_str(), "he" | "she") && asks_who()
            || OFFICE_HOLDERS.contains(&word.as_str())
            // "who's quoted for the US?" after the West's stated position: a voice of it.
            || matches!(word.as_str(), "quoted" | "cited") && asks_who()
    };
    let one_of = |pair: &[String]| {
        matches!(
            [pair[0].as_str(), pair[1].as_str()],
            ["one", "of"] | ["like" | "as", "who"] | ["for", "example" | "instance"]
        )
    };
    words.len() <= super::thresholds::SHORT_FOLLOWUP_WORDS
        && (words.windows(2).any(one_of) || words.iter().any(pointing))
}

/// Whether `word` asks for a source: "source", "sources", "источника" (by the stem, of more
/// than three letters).
pub(super) fn is_a_source_word(word: &str) -> bool {
    SOURCE.iter().any(|source| word.starts_with(source)) && word.len() > 3
}

/// Whether a message only asks who holds what was just said: "who says?", "says who?", "who
/// thinks so?", "who claims that?", "says who, exactly?" (a who, a verb of saying or thinking,
/// at most words pointing back or insisting). It names nothing else to ask about.
pub(super) fn only_asks_who_holds_it(words: &[String]) -> bool {
    const HOLDING: &[&str] = &["think", "thinks", "believe", "believes", "report", "reports"];
    let holding = |word: &str| SAYING.contains(&word) || HOLDING.contains(&word);
    let pointing = |word: &str| matches!(word, "so" | "that" | "this" | "it");
    words.len() <= 4
        && words.iter().any(|word| ASKING_WHO.contains(&word.as_str()))
        && words.iter().any(|word| holding(word))
        && words.iter().all(|word| {
            let word = word.as_str();
            ASKING_WHO.contains(&word)
                || holding(word)
                || pointing(word)
                || INSISTING.contains(&word)
        })
}

/// The entry answering a message that asks what the one whose view `current` gives thinks
/// ("is NATO a threat according to him?", "why do countries join then, in his view?" after
/// Kerry's words): of those giving that person's view, the best the message ranks with their
/// name, else `current`; `None` when it points to no one's view.
pub(super) fn in_the_holders_view<'m>(
    matcher: &'m Matcher,
    text: &str,
    words: &[String],
    current: &'m Entry,
) -> Option<&'m Entry> {
    fn holder(entry: &Entry) -> Option<&str> {
        entry.view_of.as_deref().map(|view| named_person(view).unwrap_or(view))
    }
    let name = holder(current).filter(|_| in_their_view(words))?;
    let ranking = matcher.ask(&format!("{text} {name}"));
    // Not the entry about the person (their name draws it), which tells who they are.
    fn about(entry: &Entry) -> Option<&str> {
        entry.subject.as_deref().and_then(named_person)
    }
    let theirs = ranking
        .ranked
        .iter()
        .find(|hit| holder(hit.entry) == Some(name) && about(hit.entry) != Some(name));
    Some(theirs.map_or(current, |hit| hit.entry))
}

/// Whether a subject is named as a proper noun ("Dmitri Trenin", not "the Biden
/// administration"): it may be the "he" of a message.
pub(super) fn is_a_proper_name(subject: &str) -> bool {
    subject.starts_with(char::is_uppercase)
        && !["The ", "A ", "An "].iter().any(|article| subject.starts_with(article))
}

/// Whether a message asking who of an unnamed group is answered by the group itself, not the
/// first named speaker it leads to: it asks who named something ("who called it that?") of an
/// entry whose quote (`quote_words`, its reading's) says who did, named or not ("which some
/// skeptics described as ... a seam"), or who does so as a rule ("who typically says so?").
pub(super) fn answered_by_the_group(quote_words: &[String], words: &[String]) -> bool {
    let naming = |word: &String| NAMING.contains(&word.as_str());
    let as_a_rule = ["typically", "usually", "generally", "normally", "commonly", "mostly"];
    words.iter().any(naming) && quote_words.iter().any(naming)
        || words.iter().any(|word| as_a_rule.contains(&word.as_str()))
}

/// Whether `entry` gives the view of someone in particular: someone named, or a text and its
/// writer ("a recent Washington Post op-ed and its author"), unnamed but one.
pub(super) fn someone_in_particular(entry: &Entry) -> bool {
    entry.reports_someone_named() || a_text_and_its_writer(entry)
}

/// Whether `entry` gives the view of a text and its unnamed writer ("a recent Washington Post
/// op-ed and its author").
fn a_text_and_its_writer(entry: &Entry) -> bool {
    entry.view_of.as_deref().is_some_and(|view| view.ends_with("and its author"))
}

/// Whether `entry`, linked to `current`, an unnamed group's view, is who of the group said it
/// for a message of `words` (`quoted`: the message finds its words): someone in particular and,
/// of "some" people, one the article gives as an instance of them ("For instance, ..."), one
/// the message quotes, or a text asked who wrote. The op-ed after the skeptics of the "seam"
/// is no word of theirs, but it wrote of the problems in the ties.
pub(super) fn speaks_for_the_group(
    current: &Entry,
    entry: &Entry,
    words: &[String],
    quoted: bool,
) -> bool {
    let of_some = current.view_of.as_deref().is_some_and(|view| view.starts_with("some "));
    let writing = words.iter().any(|word| matches!(word.as_str(), "wrote" | "write" | "writes"));
    someone_in_particular(entry)
        && (!of_some || an_instance(entry) || quoted || writing && a_text_and_its_writer(entry))
}

/// Whether `entry`'s quote gives an instance of what came before it ("For instance, University
/// of Glasgow scholar Dr. Marcin Kaczmarski argues ..."): one of a group the article spoke of.
fn an_instance(entry: &Entry) -> bool {
    ["For instance", "For example"].iter().any(|opening| entry.quote.starts_with(opening))
}

/// Whether `next`, an entry the current one links to, can be the next step of a message that
/// says "he" or "she" after a view of named people, or "they" after a view of two: only if it
/// names one of them ("and who was he talking to?", "what did they talk about?" after Xi's and
/// Putin's call are of that call, not the foreign ministers' talks it leads to, whose "spoke"
/// the message's "talking" finds). `current` and `next` are those entries as read.
pub(super) fn keeps_the_people(
    words: &[String],
    current: &Entry,
    (current_reading, next): (&EntryReading, &EntryReading),
) -> bool {
    let says = |pronouns: &[&str]| words.iter().any(|word| pronouns.contains(&word.as_str()));
    let of_two = current
        .view_of
        .as_deref()
        .is_some_and(|view| view.contains(" and ") && !view.starts_with(char::is_lowercase));
    let pointed = says(PERSONAL) || of_two && says(&["they", "them", "their"]);
    let people = &current_reading.view_names;
    let named = |name: &String| next.quote_words.contains(name) || next.view_names.contains(name);
    !pointed || people.is_empty() || people.iter().any(named)
}

/// Whether the names a message asks are given: `Some(true)` when it asks the names of the
/// people the current answer names ("what are their names?"), `Some(false)` when it asks those
/// of people the article leaves unnamed ([`asks_an_unnamed_person`]; "what's his name?" after
/// the author's own view: the article never names its author), `None` when it asks no names.
pub(super) fn names_asked(
    knowledge: &Knowledge,
    asks_who_wrote: bool,
    words: &[String],
    current: &Entry,
    quoted: &[String],
) -> Option<bool> {
    if asks_an_unnamed_person(knowledge, asks_who_wrote, words, current, quoted) {
        return Some(false);
    }
    if !asks_their_names(words) {
        return None;
    }
    let names = current.reports_someone_named() || current.gives_kind(QuestionKind::Who);
    match is_authors(current) {
        true => Some(false),
        false => names.then_some(true),
    }
}

/// Whether a message asks a person the article does not name: who wrote the current text,
/// when it names no one ("Who wrote it?" of the op-ed), or who some people are whom the current
/// quote leaves unnamed ("who were those skeptics?", "name one of those skeptics" of "which
/// some skeptics described as ..."), of an entry naming no one, nor the entry it goes on to
/// ("some scholars ..." goes on to "For instance, ... Kaczmarski").
pub(super) fn asks_an_unnamed_person(
    knowledge: &Knowledge,
    asks_who_wrote: bool,
    words: &[String],
    current: &Entry,
    quoted: &[String],
) -> bool {
    if asks_who_wrote {
        return !current.reports_someone_named() || names_the_articles_author(words);
    }
    let next = current.more.as_ref().and_then(|id| knowledge.entry(id));
    let named_next = next.is_some_and(Entry::reports_someone_named);
    let asks_who = words.iter().any(|word| word == "who")
        || words.windows(2).any(|pair| {
            pair[0] == "name" && matches!(pair[1].as_str(), "one" | "some" | "any" | "them")
        });
    // The people themselves ("some skeptics"), not what they did ("some skeptics described").
    let unnamed = |word: &String| {
        word.len() > 3
            && word.ends_with('s')
            && quoted.windows(2).any(|pair| pair == ["some", word])
    };
    asks_who && !current.reports_someone_named() && !named_next && words.iter().any(unnamed)
}

#[cfg(test)]
mod tests {
    use super::named_person;

    #[test]
    fn a_view_names_a_person_when_it_opens_with_a_full_name() {
        let view = "John J. Mearsheimer, a University of Chicago neorealist scholar";
        assert_eq!(named_person(view), Some("Mearsheimer"));
        assert_eq!(named_person("Dr. Marcin Kaczmarski, a scholar"), Some("Kaczmarski"));
        let logic = "John J. Mearsheimer's neorealist logic, as the author sums it up";
        assert_eq!(named_person(logic), Some("Mearsheimer"));
        assert_eq!(named_person("some scholars and commentators"), None);
        assert_eq!(named_person("Russia's 2016 foreign policy concept"), None);
        assert_eq!(named_person("Presidents Xi Jinping and Vladimir Putin"), None);
        // A curator's odd view is no name, and no panic.
        assert_eq!(named_person(""), None);
        assert_eq!(named_person("(the author)"), None);
    }
}
