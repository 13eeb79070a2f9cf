//! How a question's wording is read before its words become terms: a verb of handling that is
//! no deal, a place in the text or the bot's earlier reply that names no topic, quarrelling
//! "about" as "over", the name of a thing asked, "war" of a kind of thing, a count after "how
//! much". [`super::analyze::Analyzer::tokens_of_normalized`] applies them.

use super::analyze::Token;

/// The forms of "deal", which before "with" may be a verb of handling, not the noun (an arms
/// deal).
pub(super) const HANDLING: &[&str] = &["deal", "deals", "dealt", "dealing"];
/// Verbs by which a question places what it asks about in the text ("mentioned at the end").
const MENTIONED: &[&str] =
    &["mentioned", "cited", "discussed", "named", "listed", "quoted", "referenced"];
/// The parts of the text a question may place it in (looked for only among words with their
/// first letters: the loop reading a question's words tests each).
pub(super) const PLACES_IN_THE_TEXT: &[&str] =
    &["end", "beginning", "start", "middle", "conclusion"];

/// Where a normalised question's words place what it asks about in the text ("the JCPOA
/// mentioned at the end"): the position of the four words, the verb first.
pub(super) fn place_in_the_text(words: &[&str]) -> Option<usize> {
    words.windows(4).position(|four| {
        MENTIONED.contains(&four[0])
            && matches!(four[1], "at" | "near" | "toward" | "towards" | "in")
            && four[2] == "the"
            && PLACES_IN_THE_TEXT.contains(&four[3])
    })
}

/// `normalized` without the place in the text by which it names what it asks about ("what is
/// the JCPOA mentioned at the end?"): neither the mention nor the place is its topic. `None`
/// when it names none ("what did they agree on in the end?").
pub(super) fn without_place_in_text(normalized: &str) -> Option<String> {
    // Its words as the matcher reads them: split at spaces, "end?" was no place.
    let words = crate::text::words(normalized);
    let mut words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    let at = place_in_the_text(&words)?;
    words.drain(at..at + 4);
    Some(words.join(" "))
}

/// Verbs of someone or something appearing in a text ("where does Lavrov come up in the
/// article?"), with the "up" of "come up", "show up", "pop up".
pub(super) const APPEARING: &[&str] = &[
    "mentioned",
    "mention",
    "mentions",
    "appear",
    "appears",
    "come",
    "comes",
    "show",
    "shows",
    "pop",
    "pops",
    "up",
    "feature",
    "featured",
    "features",
    "discussed",
    "cited",
    "quoted",
];
/// Verbs of citing in a text, which a question asks in the passive ("which academic is
/// quoted?") or of the text ("which academic does the piece cite?").
pub(super) const CITED: &[&str] = &[
    "quoted",
    "cited",
    "mentioned",
    "referenced",
    "featured",
    "quote",
    "quotes",
    "cite",
    "cites",
    "mention",
    "mentions",
];

/// The [`CITED`] verbs a normalised question uses of where someone is in the text: passive
/// ("is quoted", "are cited") or with the text or its writer doing it ("the piece cite"), not
/// what they said.
pub(super) fn citations_in_the_text(normalized: &str) -> Vec<&'static str> {
    const BEING: &[&str] = &["is", "are", "was", "were", "being", "been", "get", "gets", "got"];
    let by =
        |before: &str| BEING.contains(&before) || THE_TEXT.contains(&before) || before == "author";
    let mut found = Vec::new();
    let mut previous = None;
    crate::text::for_each_word(normalized, |word| {
        if previous.as_deref().is_some_and(by) {
            found.extend(CITED.iter().find(|cited| **cited == word));
        }
        previous = Some(word);
    });
    found
}

/// Whether a normalised question says whose account it asks with "according to" the text or
/// its writer ("who is Trenin, according to the article?", "according to its author"): a
/// framing, as "per the article" is, while "according to Moscow" names the article's own words.
pub(super) fn according_to_the_text(normalized: &str) -> bool {
    let words = crate::text::words(normalized);
    let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    let writer = |word: &&str| names_the_text_or_its_writer(word);
    (0..words.len()).any(|i| {
        words[i] == "according"
            && words.get(i + 1) == Some(&"to")
            && match words.get(i + 2) {
                Some(&("the" | "this" | "that" | "its")) => words.get(i + 3).is_some_and(writer),
                next => next.is_some_and(writer),
            }
    })
}

/// How a normalised question frames itself by the article as a text, if it does: "according to
/// the piece", "per the text" (`Some(false)`), "in the article's view" (`Some(true)`: its noun of
/// opinion frames too). The text's noun names whose account is asked, no topic of an entry.
pub(super) fn framed_by_the_text(normalized: &str) -> Option<bool> {
    let words = crate::text::words(normalized);
    let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    // Where the text's noun is, after an optional article: "the piece", "this text", "piece".
    let text_at = |at: usize| {
        let at = at + usize::from(matches!(words.get(at), Some(&("the" | "this" | "its"))));
        words.get(at).is_some_and(|word| THE_TEXT.contains(word)).then_some(at)
    };
    (0..words.len()).find_map(|i| match words[i] {
        "according" if words.get(i + 1) == Some(&"to") => text_at(i + 2).map(|_| false),
        "per" => text_at(i + 1).map(|_| false),
        // "in the article's view" (the possessive read as "article s").
        "in" => text_at(i + 1).and_then(|at| {
            let at = at + usize::from(words.get(at + 1) == Some(&"s"));
            matches!(words.get(at + 1), Some(&("view" | "opinion"))).then_some(true)
        }),
        _ => None,
    })
}

/// Whether `word` names the article as a text ("piece", "article").
pub(super) fn names_the_text(word: &str) -> bool {
    THE_TEXT.contains(&word)
}

/// Whether `word` names the article as a text, its writer or its kind of piece ("this
/// piece", "the author", "the op-ed").
pub(super) fn names_the_text_or_its_writer(word: &str) -> bool {
    THE_TEXT.contains(&word) || WRITERS.contains(&word)
}

/// Nouns for the article as a text.
const THE_TEXT: &[&str] = &["article", "piece", "text", "story", "essay"];
/// Nouns for the article's writer or its kind of piece ("op" of "op-ed", split as words are).
const WRITERS: &[&str] = &["author", "writer", "authors", "op", "oped", "commentary", "analysis"];

/// Whether a normalised where-question asks where in the article someone or something
/// appears ("where is Lavrov mentioned in the piece?"): its place in the text, not on a map.
/// Read only for questions that open with "where".
pub(super) fn asks_where_in_the_text(words: &[&str]) -> bool {
    let appears = words.iter().any(|word| *word != "up" && APPEARING.contains(word));
    appears
        && words.windows(3).any(|three| {
            three[0] == "in"
                && (THE_TEXT.contains(&three[1])
                    || matches!(three[1], "the" | "this" | "that") && THE_TEXT.contains(&three[2]))
        })
}

/// Verbs by which a reader points to what the bot said ("the treaty you mentioned").
pub(super) const TELLING_OF_THE_REPLY: &[&str] =
    &["mentioned", "mention", "said", "quoted", "cited", "named", "listed", "talked", "brought"];
/// ... and the words after them that place it in the conversation ("you mentioned first").
pub(super) const ORDER_OF_THE_REPLY: &[&str] =
    &["first", "earlier", "before", "above", "previously", "last", "initially"];
/// Verbs of quarrelling whose "about" is "over" ("fighting about" is "fighting over", a
/// dispute): each with its "over" phrase in the synonyms.
pub(super) const FIGHTING: &[&str] = &["fight", "fights", "fighting", "fought"];
/// ... and those that are quarrelling only when "they" do it: "what does the author argue
/// about détente?" asks the author's argument.
pub(super) const ARGUING: &[&str] = &["argue", "argues", "arguing", "argued"];

/// `normalized` without the verb of each [`HANDLING`] phrase in it: "deal" after an auxiliary
/// or "to" ("how did the Kremlin deal with it?", "how to deal with China"), not the noun ("did
/// Russia sign an arms deal with China?", "the deal with Iran").
pub(super) fn drop_handling(normalized: &str) -> String {
    const AUXILIARIES: &[&str] = &[
        "to", "do", "does", "did", "can", "could", "should", "would", "will", "must", "might",
        "shall", "dont", "doesnt", "didnt", "cant", "wont", "has", "have", "had",
    ];
    const DETERMINERS: &[&str] = &["a", "an", "the", "this", "that", "any", "no", "its", "their"];
    let words: Vec<&str> = normalized.split(' ').collect();
    let after_auxiliary = |i: usize| {
        words[i.saturating_sub(3)..i].iter().any(|word| AUXILIARIES.contains(word))
            && !(i > 0 && DETERMINERS.contains(&words[i - 1]))
    };
    let handles = |i: usize| {
        let verb = match words[i] {
            "dealt" => true,
            word => HANDLING.contains(&word) && after_auxiliary(i),
        };
        // "so whats the deal between them?", "what's the deal with nato?": how things stand,
        // in chat, not an agreement.
        // (Not the noun before its verb: "whats the deal called?" asks the agreement's name.)
        let stands = |next: Option<&&str>| {
            next.is_none_or(|next| {
                matches!(*next, "with" | "w" | "between" | "among" | "here" | "there" | "now")
            })
        };
        let how_things_stand = words[i] == "deal"
            && i >= 2
            && words[i - 2..i] == ["whats", "the"]
            && stands(words.get(i + 1));
        (verb && words.get(i + 1) == Some(&"with")) || how_things_stand
    };
    let kept: Vec<&str> = (0..words.len()).filter(|&i| !handles(i)).map(|i| words[i]).collect();
    kept.join(" ")
}

/// Marks "name" as a fact word when it asks the proper name of a place or thing ("what is the
/// name of the Russian air base in Kyrgyzstan?", "the name of Kaczmarski's book"): an entry
/// that never speaks of a name gives none, whatever it says of bases or books. Not a force,
/// a deal or a treaty, whose names entries give in their own words ("called the Collective
/// Rapid Reaction Forces").
pub(super) fn mark_names_of_things(tokens: &mut [Token]) {
    const THINGS: &[&str] = &[
        "base",
        "bases",
        "airbase",
        "company",
        "firm",
        "book",
        "books",
        "novel",
        "tower",
        "bridge",
        "street",
        "airport",
        "ship",
        "restaurant",
        "song",
        "film",
        "movie",
        "dog",
        "cat",
    ];
    for at in 0..tokens.len() {
        if tokens[at].surface == "name"
            && tokens[at + 1..].iter().take(4).any(|next| THINGS.contains(&next.surface.as_str()))
        {
            tokens[at].asks_for_fact = true;
        }
    }
}

/// "war" before what serves one ("war planes", "warships" written apart) names a kind of
/// thing, not a war the question asks about.
pub(super) fn unmark_wars_of_things(tokens: &mut [Token]) {
    const SERVING: &[&str] = &["plane", "planes", "ship", "ships", "machine", "machines", "games"];
    for at in 0..tokens.len().saturating_sub(1) {
        if tokens[at].surface == "war" && SERVING.contains(&tokens[at + 1].surface.as_str()) {
            tokens[at].asks_for_fact = false;
        }
    }
}

/// Whether "how much" comes right before a plural noun ("how much soldiers"): a count, not a
/// degree ("how much does Russia trust China?").
pub(super) fn counts_a_plural(normalized: &str) -> bool {
    const NOT_PLURALS: &[&str] = &["does", "is", "was", "has", "this", "its", "us", "as", "less"];
    let Some(at) = normalized.find("how much ") else { return false };
    let next = normalized[at + "how much ".len()..].split(' ').next().unwrap_or("");
    next.len() > 3 && next.ends_with('s') && !next.ends_with("ss") && !NOT_PLURALS.contains(&next)
}
