//! A message's wording, read without the knowledge base: its words, the leads it opens with,
//! whether it is made of given words, and what a correction denies.

use super::cues::{CORRECTIONS, SAME_NOUNS};
use super::lead_words::EFFECT_VERBS;
use super::thresholds::SHORT_FOLLOWUP_WORDS;

/// A pronoun contracted with a verb, apostrophe dropped ("it'd", "they're", "that's"), and
/// the pronoun: "who said it'd be a disaster?" points back as "who said it would be" does.
/// ("he'll", "she'll" and "she'd" are left out: "hell", "shell" and "shed" are words.)
const PRONOUN_CONTRACTIONS: &[(&str, &str)] = &[
    ("itd", "it"),
    ("itll", "it"),
    ("hes", "he"),
    ("hed", "he"),
    ("shes", "she"),
    ("theyre", "they"),
    ("theyd", "they"),
    ("theyll", "they"),
    ("theyve", "they"),
    // "why do people think that's possible?": "that" pointing back.
    ("thats", "that"),
    ("thatd", "that"),
    ("thatll", "that"),
];

/// Whether the word at `i` is the "there" of "is there", "there were": no place, only that
/// something exists.
pub(super) fn existential(words: &[String], i: usize) -> bool {
    let be = |at: Option<usize>| {
        at.and_then(|at| words.get(at)).is_some_and(|word| {
            matches!(
                word.as_str(),
                "is" | "are" | "was" | "were" | "be" | "been" | "isnt" | "arent"
            )
        })
    };
    words[i] == "there" && (be(i.checked_sub(1)) || be(Some(i + 1)))
}

/// Whether the demonstrative at `i` is the subject of a yes/no question opening the message
/// ("is that the author's view too?", "and was this the reason?"): a pronoun, whatever
/// follows, not the "that" of "what did he say that the West wants?".
pub(super) fn asks_of_the_pronoun(words: &[String], i: usize) -> bool {
    let opener = |word: &str| {
        matches!(word, "is" | "was" | "isnt" | "wasnt" | "does" | "did" | "doesnt" | "didnt")
    };
    let opens = |at: usize| at == 0 || at == 1 && matches!(words[0].as_str(), "and" | "so" | "but");
    i >= 1 && opener(&words[i - 1]) && opens(i - 1)
}

/// Whether the demonstrative at `i` is the subject of a question's auxiliary ("how does that
/// apply to Eurasia?", "which institutions does that refer to?", "when did this start?"): it
/// points back, unless it names its own thing ("does this article say ...?").
pub(super) fn subject_of_the_question(words: &[String], i: usize) -> bool {
    const DO_FORMS: &[&str] = &["does", "did", "do", "doesnt", "didnt"];
    const OWN_THINGS: &[&str] = &["article", "piece", "text", "author", "year", "week", "month"];
    i >= 1
        && DO_FORMS.contains(&words[i - 1].as_str())
        && words.get(i + 1).is_some_and(|next| !OWN_THINGS.contains(&next.as_str()))
}

/// The lowercase words of `text`, punctuation and apostrophes dropped, and a pronoun
/// contracted with a verb as the pronoun alone.
pub(super) fn words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = super::smalltalk::tokens(text)
        .into_iter()
        .filter(|token| token.chars().all(char::is_alphanumeric))
        .map(|token| {
            match PRONOUN_CONTRACTIONS.iter().find(|(contracted, _)| *contracted == token) {
                Some((_, pronoun)) => (*pronoun).to_owned(),
                None => token,
            }
        })
        .collect();
    // "this guy", "that man": a person pointed back to, as "he" ("who is this guy anyway").
    let person = |pair: &[String]| {
        matches!(pair[0].as_str(), "this" | "that") && POINTED_MEN.contains(&pair[1].as_str())
    };
    while let Some(at) = words.windows(2).position(person) {
        words.splice(at..at + 2, ["he".to_owned()]);
    }
    // ... and "that same guy", "the same man" ("what else has that same guy argued?").
    let same_person = |three: &[String]| {
        matches!(three[0].as_str(), "this" | "that" | "the")
            && three[1] == "same"
            && POINTED_MEN.contains(&three[2].as_str())
    };
    while let Some(at) = words.windows(3).position(same_person) {
        words.splice(at..at + 3, ["he".to_owned()]);
    }
    words
}

/// Nouns of a man that, after "this" or "that", point back as "he" does.
const POINTED_MEN: &[&str] = &["guy", "man", "dude", "fellow", "bloke", "chap"];

/// How many words at the start of a message only acknowledge what was said before it asks
/// ("right, and why not?", "great. how so?", "ok how so?"): a clause of acknowledging words
/// ended by punctuation, or words that never say more; never all of them, and only of a
/// message that asks.
pub(super) fn chat_head(text: &str, words: &[String]) -> usize {
    const ACKNOWLEDGING: &[&str] = &[
        "ok",
        "okay",
        "right",
        "sure",
        "cool",
        "great",
        "nice",
        "thanks",
        "thank",
        "you",
        "yeah",
        "yes",
        "yep",
        "alright",
        "fine",
        "hmm",
        "haha",
        "lol",
        "interesting",
        "wow",
        "oh",
        "ah",
        "i",
        "see",
        "got",
        "it",
        "fair",
        "enough",
        "gotcha",
        "understood",
        "noted",
        "makes",
        "sense",
        "really",
        "seriously",
        "huh",
        "wait",
    ];
    const NEVER_MORE: &[&str] = &["ok", "okay", "hmm", "haha", "lol", "yeah"];
    // Only before a question: "nice, ur fast" praises.
    let asks = text.trim_end().ends_with(['?', '？'])
        || words.iter().any(|word| super::cues::QUESTION_WORDS.contains(&word.as_str()));
    if !asks {
        return 0;
    }
    let clause = text
        .find([',', '.', '!', ';', '?'])
        .map(|at| self::words(&text[..at]))
        .filter(|head| head.iter().all(|word| ACKNOWLEDGING.contains(&word.as_str())))
        .map_or(0, |head| head.len());
    let mut head = clause.min(words.len());
    while head < words.len() && NEVER_MORE.contains(&words[head].as_str()) {
        head += 1;
    }
    if head >= words.len() {
        0
    } else {
        head
    }
}

/// How many words at the end of a message only pad it in chat ("lol", "pls", "tho") or ask
/// politely ("if you don't mind my asking", "if I may ask"): never all of them.
pub(super) fn chat_tail(words: &[String]) -> usize {
    const POLITE: &[&[&str]] = &[
        &["if", "you", "dont", "mind", "my", "asking"],
        &["if", "you", "dont", "mind", "me", "asking"],
        &["if", "you", "dont", "mind"],
        &["if", "i", "may", "ask"],
        &["if", "i", "may"],
        &["if", "you", "please"],
    ];
    const PADDING: &[&str] = &["lol", "lmao", "haha", "hahaha", "pls", "plz", "please", "tho"];
    let mut kept = words.len();
    while kept > 1 && PADDING.contains(&words[kept - 1].as_str()) {
        kept -= 1;
    }
    let polite = POLITE.iter().find(|tail| {
        tail.len() < kept
            && words[kept - tail.len()..kept].iter().zip(tail.iter()).all(|(w, t)| w == t)
    });
    kept -= polite.map_or(0, |tail| tail.len());
    words.len() - kept
}

/// The lowercase content words of `text` (stop words are left in: they are few in subjects).
pub(super) fn words_of(text: &str) -> Vec<String> {
    words(text)
        .into_iter()
        .filter(|word| !matches!(word.as_str(), "the" | "a" | "an" | "of"))
        .collect()
}

/// Whether a message asks, yes or no, whether what was just said would achieve something
/// ("would it solve everything?", "will that help?"): of the article, not for the bot's help.
pub(super) fn asks_if_it_works(words: &[String]) -> bool {
    matches!(words, [modal, pointer, verb, ..]
        if ["would", "will", "could", "can", "does"].contains(&modal.as_str())
            && ["it", "that", "this"].contains(&pointer.as_str())
            && EFFECT_VERBS.contains(&verb.as_str()))
        && words.len() <= SHORT_FOLLOWUP_WORDS
}

/// How many words of a message only stress it ("so much", "really", "exactly"): "and why does
/// it matter so much?" asks no more than "and why does it matter?".
pub(super) fn stressing_words(words: &[String]) -> usize {
    let degree = |pair: &[String]| {
        matches!(pair[0].as_str(), "so" | "that" | "very" | "too") && pair[1] == "much"
    };
    let single = |word: &String| matches!(word.as_str(), "really" | "actually" | "exactly");
    2 * words.windows(2).filter(|pair| degree(pair)).count()
        + words.iter().filter(|word| single(word)).count()
}

/// Whether a message asks what was just said was for ("and what was the goal of that?",
/// "what's the aim behind it?"): its noun of purpose, with nothing after it but a pointer back.
pub(super) fn asks_its_goal(words: &[String]) -> bool {
    const GOALS: &[&str] = &["goal", "aim", "purpose", "objective", "point", "idea", "motive"];
    const POINTING: &[&str] = &["of", "behind", "that", "it", "this", "then", "there", "here"];
    let from = usize::from(
        words.first().is_some_and(|word| matches!(word.as_str(), "and" | "so" | "but")),
    );
    match &words[from..] {
        [what, is, the, goal, rest @ ..] => {
            matches!(what.as_str(), "what" | "whats")
                && matches!(is.as_str(), "is" | "was" | "s" | "were")
                && the == "the"
                && GOALS.contains(&goal.as_str())
                && rest.iter().all(|word| POINTING.contains(&word.as_str()))
        }
        _ => false,
    }
}

/// What a message asks why it matters to what was just said ("why is Biden relevant here?",
/// "why was Turkey mentioned?"): the words naming it, between the verb and the judgement.
pub(super) fn why_it_figures(words: &[String]) -> Option<&[String]> {
    const FIGURING: &[&str] =
        &["relevant", "important", "mentioned", "significant", "involved", "brought"];
    const AFTER: &[&str] = &["here", "there", "in", "this", "it", "up", "at", "all"];
    let [why, is, rest @ ..] = words else { return None };
    if why != "why" || !matches!(is.as_str(), "is" | "was" | "are" | "were") {
        return None;
    }
    let at = rest.iter().position(|word| FIGURING.contains(&word.as_str()))?;
    let after_ok = rest[at + 1..].iter().all(|word| AFTER.contains(&word.as_str()));
    (at > 0 && at <= 3 && after_ok).then(|| &rest[..at])
}

/// Whether a statement is put as a question, to check it against what was just said: opening
/// with a contrast ("but some experts disagree?") or closing with a tag ("..., yes?", "right?").
pub(super) fn checks_a_claim(words: &[String]) -> bool {
    let opens = words.first().is_some_and(|word| matches!(word.as_str(), "but" | "yet" | "surely"));
    let tagged = words.last().is_some_and(|word| matches!(word.as_str(), "yes" | "right" | "no"));
    words.len() >= 3 && (opens || tagged)
}

/// Whether `text` corrects the last answer ("no, I meant the SCO"): more than its opening
/// "no", which alone acknowledges.
pub(super) fn is_correction(text: &str) -> bool {
    let phrase = words(text).join(" ");
    strip_any(&phrase, CORRECTIONS).is_some_and(|rest| !rest.is_empty())
}

/// The part of a correction that says what was not meant: after its "not", up to the first
/// punctuation or "but" ("no, not the SCO - the other one": "the SCO"), and what follows, what
/// was meant ("the other one", or empty); `None` when nothing is denied.
pub(super) fn denied_in(text: &str) -> Option<(String, String)> {
    let lower = text.to_lowercase();
    let is_word_edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    let (at, _) = lower.match_indices("not").find(|&(at, _)| {
        is_word_edge(lower[..at].chars().next_back())
            && is_word_edge(lower[at + 3..].chars().next())
    })?;
    let tail = &lower[at + 3..];
    let end = tail
        .char_indices()
        .find(|(at, c)| ",;:.!?-–—".contains(*c) || tail[*at..].starts_with(" but "))
        .map_or(tail.len(), |(at, _)| at);
    let denied = tail[..end].trim();
    let meant = tail[end..].trim_start_matches(|c: char| !c.is_alphanumeric());
    let meant = meant.strip_prefix("but ").unwrap_or(meant).trim();
    (!denied.is_empty()).then(|| (denied.to_owned(), meant.to_owned()))
}

/// Whether a message holds one of `keys` and nothing but them and `frame` ("which of those
/// matters most?", "give me concrete examples").
pub(super) fn made_of(words: &[String], keys: &[&str], frame: &[&str]) -> bool {
    words.iter().any(|word| keys.contains(&word.as_str()))
        && words.iter().all(|word| keys.contains(&word.as_str()) || frame.contains(&word.as_str()))
}

/// Whether `phrase` (a message's words joined) is one of `messages`, words that only insist
/// aside ("is that really so?", "is that true in practice?" are "is that so", "is that true").
pub(super) fn is_one_of(phrase: &str, messages: &[&str]) -> bool {
    let plain = || phrase.split(' ').filter(|word| !super::cues::INSISTING.contains(word));
    messages.iter().any(|asks| asks.split(' ').eq(plain()))
}

/// `phrase` without the first of `leads` it starts with (as whole words), trimmed.
pub(super) fn strip_any<'p>(phrase: &'p str, leads: &[&str]) -> Option<&'p str> {
    leads.iter().find_map(|lead| {
        let rest = phrase.strip_prefix(lead)?;
        (rest.is_empty() || rest.starts_with(' ')).then(|| rest.trim())
    })
}

/// "what did Lavrov say on the same subject?": "the same" points back, and the noun after it
/// names no subject of its own, so the message is read without that noun. Whether "the same"
/// was said, and the message's words joined again when a noun was dropped from them.
pub(super) fn without_the_same_noun(words: &mut Vec<String>) -> (bool, Option<String>) {
    let Some(the_same) = words.windows(2).position(|pair| pair[0] == "the" && pair[1] == "same")
    else {
        return (false, None);
    };
    let at = the_same + 2;
    if !words.get(at).is_some_and(|noun| SAME_NOUNS.contains(&noun.as_str())) {
        return (true, None);
    }
    words.remove(at);
    (true, Some(words.join(" ")))
}

/// Whether a message asks what a short name stands for ("what does EAEU stand for?", "CSTO is
/// short for?"): the entry that spells it out, not one that only uses it.
pub(super) fn asks_what_it_stands_for(words: &[String]) -> bool {
    words
        .windows(2)
        .any(|pair| matches!(pair[0].as_str(), "stand" | "stands" | "short") && pair[1] == "for")
        || words.iter().any(|word| matches!(word.as_str(), "acronym" | "abbreviation"))
}

/// Whether a message asks who "came up with" something ("who came up with that
/// description?"): who said it first, a verb of saying in three words.
pub(super) fn came_up_with(words: &[String]) -> bool {
    words.windows(3).any(|three| {
        matches!(three[0].as_str(), "came" | "come" | "comes")
            && three[1] == "up"
            && three[2] == "with"
    })
}

/// Whether a message asks nothing: no question mark, no question word, no request for more
/// ("tell me more", "explain"); "thanks, that clears it up" acknowledges.
pub(super) fn asks_nothing(text: &str) -> bool {
    const REQUESTS: &[&str] =
        &["tell", "explain", "more", "show", "give", "elaborate", "expand", "continue", "go"];
    !text.contains(['?', '？'])
        && !words(text).iter().any(|word| {
            super::cues::QUESTION_WORDS.contains(&word.as_str())
                || REQUESTS.contains(&word.as_str())
        })
}

/// The bare "why?" of a message that goes on with a guess at the reason ("why though? just
/// money?", "почему? из-за денег?"): it asks the why, which the guess only narrows, not an
/// entry of the guess's own words.
pub(super) fn bare_why_before_a_guess(text: &str) -> Option<&str> {
    const BARE: &[&str] = &[
        "why",
        "though",
        "tho",
        "but",
        "and",
        "so",
        "then",
        "really",
        "почему",
        "зачем",
        "а",
        "но",
    ];
    let end = text.find(['?', '？'])?;
    let end = end + text[end..].chars().next().map_or(1, char::len_utf8);
    let (why, guess) = (&text[..end], words(&text[end..]));
    let why_words = words(why);
    let bare = why_words.iter().any(|word| matches!(word.as_str(), "why" | "почему" | "зачем"))
        && why_words.iter().all(|word| BARE.contains(&word.as_str()));
    let asks_more = guess.iter().any(|word| super::cues::QUESTION_WORDS.contains(&word.as_str()));
    (bare && (1..=3).contains(&guess.len()) && !asks_more).then_some(why)
}
