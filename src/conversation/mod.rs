//! The conversation: what to answer to a message, given what was said before. Telegram-free and
//! I/O-free, so the bot, the `chat` console and `ask --conversation` are thin adapters over the
//! same [`Responder`] and cannot diverge.
//!
//! A [`Request`] (text, a command with its payload, a button press) and the conversation's
//! [`State`] go in; a [`Response`] comes out: the [`Reply`] (Telegram HTML and buttons, which
//! [`reply::plain_text`] turns into terminal text), what kind of reply it is, and the entry it
//! answered with, if any. The state is updated in place: the entries answered last, so that
//! "why?", "tell me more", "what did he say about the West?" or "and Kazakhstan?" are resolved
//! against them. A question complete on its own is answered on its own: context never overrides
//! a confident standalone match.

pub mod context;
mod correction;
mod cues;
mod evidence;
mod followup;
mod lead_words;
mod leads;
mod markup;
mod order;
mod phrasing;
mod points;
mod quoting;
mod reading;
pub mod reply;
pub mod smalltalk;
mod smalltalk_tokens;
mod smalltalk_words;
mod speaker_words;
mod speakers;
mod thresholds;
mod ties;

use crate::knowledge::{Entry, Intent, Knowledge, Language, QuestionKind};
use crate::matcher::{KnownAs, Matcher, Ranking, Verdict};

pub use context::{ContextStore, MemoryStore, State};
use reading::EntryReading;
pub use reply::{Action, Button, Reply, Say};
use smalltalk::SmallTalkMatcher;

/// Entries offered by /start, a greeting and an empty inline query: the gentlest ways into the
/// article. Ids that are not in the knowledge base are skipped.
pub const EXAMPLE_ENTRIES: &[&str] =
    &["article-summary", "main-argument", "trenin", "nato-enlargement", "sukhoi-35"];

/// The commands, as readers type them (the bot registers the same in Telegram's menu).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// What this bot is, with example questions; with a payload (a deep link), that entry, or
    /// `topics`.
    Start(String),
    /// How to ask, and the commands.
    Help,
    /// Everything the bot can answer, by topic.
    Topics,
    /// The article, and how answers are grounded in it.
    About,
    /// A random question about the article.
    Random,
    /// A question, as in groups: `/ask who is Trenin?`.
    Ask(String),
}

/// Small talk that closes a turn rather than opening one: said among other words that ask
/// nothing, it is what the message says.
const CLOSING_INTENTS: &[&str] = &["thanks", "praise", "bye"];
/// Words of a sentence about the exchange itself ("that's a good start for my slides", "it
/// helps"), not bare topic words ("great job! the sco").
const ACKNOWLEDGING_WORDS: &[&str] = &[
    "that", "thats", "this", "it", "its", "i", "im", "ive", "my", "me", "you", "your", "youre",
    "we", "our", "это", "мне", "мой", "моей", "вы", "ты", "这", "我", "你",
];

/// The commands, as /help lists them and the bot registers them; each is described by the
/// interface string `command_<name>`.
pub const COMMANDS: [&str; 6] = ["start", "help", "topics", "about", "random", "ask"];

/// What a reader sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// A message of text.
    Text(String),
    /// A command.
    Command(Command),
    /// A command this bot does not have (its name, without the slash).
    UnknownCommand(String),
    /// A button pressed.
    Button(Action),
}

impl Request {
    /// The question a reader asked: a message's text, or `/ask`'s; `None` for anything else.
    pub fn question(&self) -> Option<&str> {
        match self {
            Request::Text(text) => Some(text),
            Request::Command(Command::Ask(text)) if !text.trim().is_empty() => Some(text),
            _ => None,
        }
    }

    /// The language of the request's text; `None` for commands without text and buttons.
    pub fn language(&self) -> Option<Language> {
        match self {
            Request::Text(text) | Request::Command(Command::Ask(text)) => Language::of_text(text),
            _ => None,
        }
    }

    /// A message as a reader typed it: a command if it starts with `/` ("/start trenin",
    /// "/help@this_bot"), otherwise text. `bot` is the bot's username, if known: a command
    /// addressed to another bot ("/help@other_bot") is text for this one.
    ///
    /// ```
    /// use article_qa_bot::conversation::{Command, Request};
    /// let start = Request::from_message("/start trenin", Some("article_bot"));
    /// assert_eq!(start, Request::Command(Command::Start("trenin".into())));
    /// let other = Request::from_message("/help@other_bot", Some("article_bot"));
    /// assert_eq!(other, Request::Text("/help@other_bot".into()));
    /// ```
    pub fn from_message(text: &str, bot: Option<&str>) -> Request {
        let trimmed = text.trim();
        let Some(command) = trimmed.strip_prefix('/') else {
            return Request::Text(text.to_owned());
        };
        let (word, payload) = command.split_once(char::is_whitespace).unwrap_or((command, ""));
        let (name, addressee) = word.split_once('@').unwrap_or((word, ""));
        if !addressee.is_empty() && !bot.is_some_and(|bot| bot.eq_ignore_ascii_case(addressee)) {
            return Request::Text(text.to_owned());
        }
        let payload = payload.trim().to_owned();
        Request::Command(match name.to_lowercase().as_str() {
            "start" => Command::Start(payload),
            "help" => Command::Help,
            "topics" => Command::Topics,
            "about" => Command::About,
            "random" => Command::Random,
            "ask" => Command::Ask(payload),
            _ => return Request::UnknownCommand(name.to_owned()),
        })
    }
}

/// What kind of reply a [`Response`] is, as `ask --json` reports it in `verdict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyKind {
    /// An entry's answer and quote.
    Answered,
    /// "Did you mean one of these?": two entries fit about equally well.
    Ambiguous,
    /// The article does not answer it.
    Declined,
    /// A reply to small talk.
    SmallTalk,
    /// A command's reply (/start, /help, /topics...).
    Command,
}

impl ReplyKind {
    /// The kind of a reply with `entry`'s answer: a decline when the answer says the article
    /// does not give what was asked.
    fn answering(entry: &Entry) -> ReplyKind {
        match entry.declines {
            true => ReplyKind::Declined,
            false => ReplyKind::Answered,
        }
    }

    /// Its name in `ask --json`: `answered`, `ambiguous`, `declined`, `smalltalk`, `command`.
    pub fn as_str(self) -> &'static str {
        match self {
            ReplyKind::Answered => "answered",
            ReplyKind::Ambiguous => "ambiguous",
            ReplyKind::Declined => "declined",
            ReplyKind::SmallTalk => "smalltalk",
            ReplyKind::Command => "command",
        }
    }
}

/// The reply to one request, and what it was. Its `Debug` names the entry by id.
pub struct Response<'r> {
    /// What to send.
    pub reply: Reply,
    /// What kind of reply it is.
    pub kind: ReplyKind,
    /// The small-talk intent, for [`ReplyKind::SmallTalk`].
    pub intent: Option<&'r str>,
    /// The entry answered with, for [`ReplyKind::Answered`] (and for a decline explained by an
    /// entry, [`Entry::declines`]).
    pub entry: Option<&'r Entry>,
    /// The matcher's ranking behind the reply, when a question was matched: the best entries
    /// and their scores.
    pub ranking: Option<Ranking<'r>>,
    /// For a decline of a fact someone's words do not give ("when did Trenin say that?" after
    /// another answer): the entry of those words, which becomes the context as an answer's
    /// entry does, so "he" is that person next.
    pub topic: Option<&'r Entry>,
    /// The entry of the conversation the request was resolved against, when it was a
    /// follow-up ("why?" after an answer about Trenin: `trenin`).
    pub context: Option<&'r str>,
    /// The language of the reply.
    pub language: Language,
}

impl std::fmt::Debug for Response<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Response")
            .field("reply", &self.reply)
            .field("kind", &self.kind)
            .field("intent", &self.intent)
            .field("entry", &self.entry.map(|entry| &entry.id))
            .field("topic", &self.topic.map(|entry| &entry.id))
            .field("ranking", &self.ranking)
            .field("context", &self.context)
            .field("language", &self.language)
            .finish()
    }
}

impl<'r> Response<'r> {
    fn new(reply: Reply, kind: ReplyKind) -> Response<'r> {
        Response {
            reply,
            kind,
            intent: None,
            entry: None,
            topic: None,
            ranking: None,
            context: None,
            language: Language::En,
        }
    }
}

/// Answers requests from one knowledge base. Built once; shared by every conversation.
#[derive(Debug)]
pub struct Responder {
    matcher: Matcher,
    /// The matchers for Russian and Chinese questions, built at the first such question: most
    /// processes (a curator's `ask`, an English-speaking audience) never need them, and
    /// building one costs as much as the English one.
    others: [std::sync::OnceLock<Matcher>; 2],
    smalltalk: SmallTalkMatcher,
    /// Per language (English, Russian, Chinese) and entry, how follow-ups read it, at the
    /// first follow-up about it: reading its title and subject costs more than the rest of such
    /// a turn.
    readings: [Vec<std::sync::OnceLock<EntryReading>>; 3],
}

impl Responder {
    /// A responder answering from `matcher`'s knowledge base, with its small talk.
    pub fn new(matcher: Matcher) -> Responder {
        let smalltalk = SmallTalkMatcher::new(&matcher.knowledge().smalltalk);
        let entries = matcher.knowledge().entries.len();
        let slots = || (0..entries).map(|_| std::sync::OnceLock::new()).collect();
        let readings = [slots(), slots(), slots()];
        Responder { matcher, others: Default::default(), smalltalk, readings }
    }

    /// How follow-ups read `entry` in `language` (see [`EntryReading`]).
    fn reading_of(&self, entry: &Entry, language: Language) -> std::borrow::Cow<'_, EntryReading> {
        let read = || EntryReading::of(self.matcher_for(language), entry, language);
        let slots = &self.readings[language as usize];
        let at = self.knowledge().entries.iter().position(|known| std::ptr::eq(known, entry));
        match at.and_then(|at| slots.get(at)) {
            Some(slot) => std::borrow::Cow::Borrowed(slot.get_or_init(read)),
            None => std::borrow::Cow::Owned(read()),
        }
    }

    /// The matcher for English questions.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// The matcher for questions in `language`.
    pub fn matcher_for(&self, language: Language) -> &Matcher {
        let slot = match language {
            Language::En => return &self.matcher,
            Language::Ru => &self.others[0],
            Language::Zh => &self.others[1],
        };
        slot.get_or_init(|| {
            let (knowledge, config) =
                (self.matcher.knowledge().clone(), self.matcher.config().clone());
            Matcher::in_language(knowledge, config, language)
        })
    }

    /// The knowledge base it answers from.
    pub fn knowledge(&self) -> &Knowledge {
        self.matcher.knowledge()
    }

    /// The reply to `request` in the conversation whose context is `state`, at `now` (seconds
    /// since the Unix epoch); `state` is updated. The reply is in the language of the request's
    /// text (see [`Language::of_text`]), or, where there is no text to judge (a command, a
    /// button), in `fallback` (the reader's app language, when known), else English.
    pub fn respond(
        &self,
        state: &mut State,
        request: &Request,
        fallback: Option<Language>,
        now: u64,
    ) -> Response<'_> {
        let language = request.language().or(fallback).unwrap_or(Language::En);
        self.respond_in(state, request, language, now)
    }

    /// [`Responder::respond`], in `language` whatever the request is written in.
    pub fn respond_in(
        &self,
        state: &mut State,
        request: &Request,
        language: Language,
        now: u64,
    ) -> Response<'_> {
        let say = Say::new(self.knowledge(), language);
        let mut response = match request {
            Request::Text(text) => self.on_text(state, text, say, now),
            Request::Command(Command::Ask(question)) if question.trim().is_empty() => {
                Response::new(say.empty_ask(), ReplyKind::Command)
            }
            Request::Command(Command::Ask(question)) => self.on_text(state, question, say, now),
            Request::Command(command) => self.on_command(command, say),
            Request::UnknownCommand(name) => {
                Response::new(say.unknown_command(name), ReplyKind::Command)
            }
            Request::Button(action) => self.on_button(action, say),
        };
        response.language = language;
        // What was answered becomes the context; anything else ages it.
        match response.entry.or(response.topic) {
            Some(entry) => state.answered(&entry.id, now),
            None => state.passed(now),
        }
        response
    }

    fn on_command(&self, command: &Command, say: Say<'_>) -> Response<'_> {
        let knowledge = self.knowledge();
        let entry_response = |entry| self.answer(entry, say);
        match command {
            Command::Start(payload) => match payload.as_str() {
                // What a reader means by /start and /help is a greeting and a request for help:
                // reported as that small talk, which is what the reply is.
                "" => Response {
                    intent: Some("greeting"),
                    ..Response::new(say.start(EXAMPLE_ENTRIES), ReplyKind::SmallTalk)
                },
                "topics" => Response::new(say.topics(), ReplyKind::Command),
                id => match knowledge.entry(id) {
                    Some(entry) => entry_response(entry),
                    None => Response::new(say.unknown_entry(), ReplyKind::Command),
                },
            },
            Command::Help => {
                Response { intent: Some("help"), ..Response::new(say.help(), ReplyKind::SmallTalk) }
            }
            Command::Topics => Response::new(say.topics(), ReplyKind::Command),
            Command::About => Response::new(say.about(), ReplyKind::Command),
            Command::Random => {
                entry_response(&knowledge.entries[random_index(knowledge.entries.len())])
            }
            Command::Ask(_) => Response::new(say.empty_ask(), ReplyKind::Command),
        }
    }

    fn on_button(&self, action: &Action, say: Say<'_>) -> Response<'_> {
        let knowledge = self.knowledge();
        let reply = match action {
            Action::Answer(id) => match knowledge.entry(id) {
                Some(entry) => return self.answer(entry, say),
                None => say.unknown_entry(),
            },
            Action::Topic(index, page) => {
                say.topic_page(*index, *page).unwrap_or_else(|| say.unknown_entry())
            }
            Action::Topics(page) => say.topics_page(*page).unwrap_or_else(|| say.unknown_entry()),
            Action::NoneOfThese => say.none_of_these(),
        };
        Response::new(reply, ReplyKind::Command)
    }

    fn on_text(&self, state: &State, text: &str, say: Say<'_>, now: u64) -> Response<'_> {
        let knowledge = self.knowledge();
        let word = |word: &str| match self.matcher.is_stop_word(word) {
            true => smalltalk::Word::Stop,
            false => match self.matcher.known_as(word) {
                KnownAs::Itself => smalltalk::Word::Known,
                KnownAs::Typo => smalltalk::Word::Misspelt,
                KnownAs::Unknown => smalltalk::Word::Unknown,
            },
        };
        let current = state.current(now).and_then(|id| knowledge.entry(id));
        // ("will that help?" after advice asks what it would do, not for the bot's help.)
        let advised = current.is_some_and(|entry| entry.gives_kind(QuestionKind::Should));
        let of_what_was_said = || advised && phrasing::asks_if_it_works(&phrasing::words(text));
        if let Some(intent) = self.smalltalk.recognise(text, word) {
            if !of_what_was_said() {
                return small_talk(intent, say);
            }
        }
        let response = match current {
            Some(current) => followup::respond(self, current, &state.recent, text, say),
            None => self.standalone(text, self.matcher_for(say.language).ask(text), say),
        };
        // Small talk among other words ("Hi! I'm a student writing on this"), which the article
        // does not answer, gets the small-talk reply rather than a decline; not a correction
        // opening with "no", which is no acknowledgement.
        // So does one that only introduces the reader ("hi, i'm a student writing about
        // nato"), whatever entry its topic words find.
        // So does an acknowledgement that asks nothing ("thanks, that clears it up"), which
        // the follow-up read as pointing back: the same answer again helps no one.
        let repeats = response.entry.is_some_and(|entry| current.is_some_and(|c| c.id == entry.id))
            && phrasing::asks_nothing(text);
        let unanswered = (matches!(response.kind, ReplyKind::Declined | ReplyKind::Ambiguous)
            || repeats
            || crate::matcher::only_introduces_the_reader(text))
            && !(current.is_some() && phrasing::is_correction(text));
        // Thanks, praise or a goodbye opening a message that asks nothing ("thanks, that's a
        // good start for my slides") closes a turn, whatever entry its other words find. (Not
        // "ok" or "hi" before bare topic words: terse readers ask that way.)
        let opening = text.split([',', '.', '!', ';', '，', '。', '！']).next().unwrap_or(text);
        let closing = || {
            let rest = phrasing::words(&text[opening.len()..]);
            let speaks = rest.iter().any(|word| ACKNOWLEDGING_WORDS.contains(&word.as_str()));
            if !(speaks && phrasing::asks_nothing(text)) {
                return None;
            }
            let intent = self.smalltalk.recognise(opening, word)?;
            CLOSING_INTENTS.contains(&intent.name.as_str()).then_some(intent)
        };
        let mentioned = || self.smalltalk.mentions(text, word);
        match unanswered.then(mentioned).flatten().or_else(closing) {
            Some(intent) => small_talk(intent, say),
            None => response,
        }
    }

    /// The reply answering with `entry`.
    fn answer<'r>(&'r self, entry: &'r Entry, say: Say<'_>) -> Response<'r> {
        Response {
            entry: Some(entry),
            ..Response::new(say.entry_reply(entry), ReplyKind::answering(entry))
        }
    }

    /// The reply to `question` from the matcher's `ranking` of it, with no context.
    fn standalone<'r>(
        &'r self,
        question: &str,
        ranking: Ranking<'r>,
        say: Say<'_>,
    ) -> Response<'r> {
        let reply = say.question_reply(question, &ranking);
        let (kind, entry) = match (ranking.verdict, ranking.best()) {
            (Verdict::Answered, Some(hit)) => (ReplyKind::answering(hit.entry), Some(hit.entry)),
            (Verdict::Ambiguous, Some(_)) => (ReplyKind::Ambiguous, None),
            _ => (ReplyKind::Declined, None),
        };
        Response { entry, ranking: Some(ranking), ..Response::new(reply, kind) }
    }
}

/// The reply to small talk of `intent`: one of its variants, with example questions when the
/// intent invites a question (a greeting, help).
fn small_talk<'r>(intent: &'r Intent, say: Say<'_>) -> Response<'r> {
    let examples = if intent.suggest { EXAMPLE_ENTRIES } else { &[] };
    let variants = intent.replies_in(say.language);
    let variant = variants[random_index(variants.len())];
    Response {
        intent: Some(intent.name.as_str()),
        ..Response::new(say.smalltalk(variant, examples), ReplyKind::SmallTalk)
    }
}

/// A random index below `len` (which must be positive), from the standard library's randomly
/// seeded hasher: good enough to pick a question or a reply variant, with no extra crate.
pub fn random_index(len: usize) -> usize {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(std::time::Instant::now().elapsed().as_nanos() as u64);
    (hasher.finish() % len.max(1) as u64) as usize
}

/// The reply answering with `entry`.
pub(super) fn answer<'r>(responder: &'r Responder, entry: &'r Entry, say: Say<'_>) -> Response<'r> {
    responder.answer(entry, say)
}

/// `entry`'s answer, unless a date, place, number or age is asked that it does not give ("when
/// did Trenin say that?"): then a decline about it, which leaves it the subject.
pub(super) fn answer_unless_a_fact_it_lacks<'r>(
    responder: &'r Responder,
    entry: &'r Entry,
    kinds: &[QuestionKind],
    say: Say<'_>,
) -> Response<'r> {
    let fact_not_given = kinds
        .iter()
        .copied()
        .find(|kind| QuestionKind::FACTS & kind.bit() != 0 && !entry.gives_kind(*kind));
    match fact_not_given {
        Some(fact) => Response { topic: Some(entry), ..declined_about(say, entry, Some(fact)) },
        None => answer(responder, entry, say),
    }
}

/// The curated reason of `entry` ("why?"), or "the article doesn't say why" about it.
pub(super) fn reason_of<'r>(
    responder: &'r Responder,
    entry: &'r Entry,
    say: Say<'_>,
) -> Response<'r> {
    match entry.why.as_deref().and_then(|id| responder.knowledge().entry(id)) {
        Some(reason) => answer(responder, reason, say),
        // An entry giving a reason of its own answers why with its own quote ("how so?" after
        // the pandemic's challenges: the quote names them).
        None if entry.gives_kind(QuestionKind::Why) => answer(responder, entry, say),
        None => declined_about(say, entry, Some(QuestionKind::Why)),
    }
}

/// "The article doesn't say ..." about the current entry's subject, asked `kind`.
pub(super) fn declined_about<'r>(
    say: Say<'_>,
    current: &'r Entry,
    kind: Option<QuestionKind>,
) -> Response<'r> {
    Response::new(say.declined_about(current, kind), ReplyKind::Declined)
}

#[cfg(test)]
mod tests;
