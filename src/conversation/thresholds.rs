//! How sure each reading of a follow-up must be: the scores and margins by which the message's
//! own words, the context and the entries the current one links to win over one another.

/// A standalone match at least this good is answered as it is, whatever the context: the
/// question named what it is about. (The decline threshold is 0.44; most questions that name
/// their subject score 0.7 to 1.)
pub(super) const CONFIDENT: f64 = 0.75;
/// How much better the reading with the context must score than the standalone reading to win
/// when the message shows no sign of being a follow-up: a little, so that adding the subject's
/// words does not win by itself.
pub(super) const CONTEXT_MARGIN: f64 = 0.05;
/// Messages of at most this many words that ask a kind of fact ("when was that?", "where does
/// he work?") ask it about the current entry.
pub(super) const SHORT_FOLLOWUP_WORDS: usize = 6;
/// Messages of at most this many words are read as follow-ups when there is a context: a
/// fragment ("in spite of what?", "and belarus?") is rarely a question on its own.
pub(super) const FRAGMENT_WORDS: usize = 4;
/// When the message reads as a follow-up, the reading with the context wins unless the
/// standalone reading scores this much more.
pub(super) const FOLLOWUP_MARGIN: f64 = 0.15;
/// When the message refers back with a pronoun ("what does he predict?"), its standalone
/// reading does not know who "he" is: the reading with the context wins unless the standalone
/// one scores this much more.
pub(super) const PRONOUN_MARGIN: f64 = 0.3;
/// When the pronoun is a person ("what did he call it?"), the standalone reading cannot know
/// whose words are asked about, and matches the rest by chance: it wins only by this much.
pub(super) const PERSONAL_MARGIN: f64 = 0.5;
/// A message that shows no sign of following up and is not answered on its own is read with
/// the context only for an entry that its own words score at least this on: about the decline
/// threshold (0.44), what a question just short of an answer scores. At 0.2, off-topic questions
/// sharing one word with the current entry were answered with it.
pub(super) const UNMARKED_OWN_SCORE: f64 = 0.45;
/// Entries scoring within this of the standalone reading's best are near ties when the message
/// reads as a follow-up: "and Lavrov?" after Medvedev on NATO asks for Lavrov on NATO, not for
/// Lavrov in general, though both name him.
pub(super) const STANDALONE_TIE: f64 = 0.12;

/// The least score on its own words of an entry the current one links to, for it to be taken
/// over the context reading's pick (or, for "what else ...?", over the next item; for "who said
/// that?", over the first speaker): below it, a word or two touch the entry by chance. And its
/// lead over that pick's score on the same words.
pub(super) const LINKED_OWN_FLOOR: f64 = 0.3;
pub(super) const LINKED_OWN_LEAD: f64 = 0.1;
/// How much better the message's own words must read another speaker than the first (and at
/// least [`LINKED_OWN_FLOOR`]), for "who said that?" to be theirs.
pub(super) const QUOTED_LEAD: f64 = 0.1;
/// ... and explain at least this share of the message's words.
pub(super) const LINKED_OWN_COVERAGE: f64 = 0.5;

/// The most words of a message in which "since" only asks when ("since when exactly?"), not
/// since what ("since when the council?" names its topic).
pub(super) const SINCE_WHEN_WORDS: usize = 3;
