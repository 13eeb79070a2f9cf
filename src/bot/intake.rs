//! Where every update enters the bot, in long polling and webhook mode alike: flood control
//! decides first, before anything waits, then each chat's updates run through the handler tree
//! in their own lane.
//!
//! Fairness comes from what never waits on what:
//! - Flood control is a counter looked at on arrival. A chat over its limit gets one "slow
//!   down" reply, sent at once and apart from its lane, so it arrives within seconds; its further
//!   updates in that window are finished on the spot, unanswered (counted in the log, never
//!   their text), so they hold nothing up: not the polling offset, not a webhook connection.
//! - Each chat has its own lane: its updates are handled one at a time, in order, and a lane's
//!   backlog only ever waits for that chat's own replies. Handing an update to a lane never
//!   waits. Since a lane sends one reply at a time, teloxide's `Throttle` (whose shared queue
//!   holds 30 requests) holds at most one request per chat, so one chat's pacing at about a
//!   message a second cannot fill it for everyone.
//!
//! Each update submitted gets back an [`Outcome`] once it is finished, which the polling
//! listener turns into the confirmed offset and the webhook server into its HTTP answer.

use std::collections::{HashMap, VecDeque};
use std::ops::ControlFlow;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use teloxide::dispatching::UpdateHandler;
use teloxide::dptree::di::DependencyMap;
use teloxide::prelude::*;
use teloxide::types::{Me, MessageId, UpdateKind};
use teloxide::RequestError;
use tokio::sync::{oneshot, watch};

use super::handlers::{self, language_of};
use super::live::LiveKnowledge;
use super::retry::{self, Retry};
use super::send;
use super::shared::{Claim, Shared};
use crate::conversation::Say;
use crate::flood::Admission;
use crate::knowledge::Language;

/// Updates one lane may hold waiting. With flood control on, a chat never gets near it (it may
/// ask the flood limit per window); with flood control off it is the last guard against one
/// chat growing memory without bound. Updates beyond it are dropped and logged.
pub const MAX_LANE_BACKLOG: usize = 256;
/// How often the number of dropped updates is summed up in the log, at most.
const DROP_REPORT_EVERY: Duration = Duration::from_secs(60);

/// How an update ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Handled to the end: the reply was sent, or the update needed none.
    Answered,
    /// Dropped unanswered by flood control (or a full lane).
    Dropped,
    /// Telegram refused the reply for good (403 blocked by the user, 400 chat not found, ...):
    /// sending it again cannot change that.
    Refused,
    /// The reply could not be sent after every retry (network, 5xx): sending it again later
    /// might work.
    Failed,
}

impl Outcome {
    /// Whether the update is finished for good: everything but [`Outcome::Failed`].
    pub fn is_final(self) -> bool {
        self != Outcome::Failed
    }
}

/// Which lane an update belongs to, and whether flood control counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Route {
    /// The chat (or, for inline queries, the user) whose updates run in order; `None` for
    /// updates about no chat, which run at once.
    pub lane: Option<i64>,
    /// Whether the update asks for a reply, and so counts against its chat's flood limit.
    pub counted: bool,
}

/// The lane and flood counting of `update`, for the bot `me`. Only what gets a reply counts:
/// in groups, messages addressed to the bot (commands, mentions, replies to it); in private
/// chats, every message but service messages; button presses everywhere. Inline queries are
/// not counted: clients send one per keystroke, and answering them posts nothing in a chat.
pub(super) fn route(update: &Update, me: &Me) -> Route {
    let counted = match &update.kind {
        UpdateKind::Message(msg) | UpdateKind::EditedMessage(msg) => handlers::wants_reply(msg, me),
        UpdateKind::CallbackQuery(_) => true,
        _ => false,
    };
    Route { lane: lane_of(update), counted }
}

/// The chat (or, for inline queries, the user) whose lane `update` runs in; `None` for updates
/// about no chat.
pub(super) fn lane_of(update: &Update) -> Option<i64> {
    match &update.kind {
        UpdateKind::Message(msg) | UpdateKind::EditedMessage(msg) => Some(msg.chat.id.0),
        UpdateKind::CallbackQuery(query) => {
            let chat = query.message.as_ref().map(|m| m.chat().id.0);
            Some(chat.unwrap_or(query.from.id.0 as i64))
        }
        UpdateKind::InlineQuery(query) => Some(query.from.id.0 as i64),
        _ => None,
    }
}

/// The language to answer `update` in: its text's, else its sender's app language, else English.
fn update_language(update: &Update) -> Language {
    let (text, user) = match &update.kind {
        UpdateKind::Message(msg) | UpdateKind::EditedMessage(msg) => {
            (msg.text(), msg.from.as_ref())
        }
        UpdateKind::CallbackQuery(query) => (None, Some(&query.from)),
        _ => (None, None),
    };
    text.and_then(Language::of_text).unwrap_or_else(|| language_of(user))
}

/// Where an update's "slow down" reply goes: the chat, and the message it answers.
fn slow_down_target(update: &Update) -> Option<(ChatId, Option<MessageId>)> {
    match &update.kind {
        UpdateKind::Message(msg) | UpdateKind::EditedMessage(msg) => {
            Some((msg.chat.id, Some(msg.id)))
        }
        UpdateKind::CallbackQuery(query) => query.message.as_ref().map(|m| (m.chat().id, None)),
        _ => None,
    }
}

struct Job {
    update: Update,
    done: Finish,
}

/// What became of an update handed to [`Intake::submit`].
#[derive(Debug)]
pub(super) enum Submitted {
    /// This process answers it; the receiver resolves once it is finished.
    Taken(oneshot::Receiver<Outcome>),
    /// It was answered before (by this replica or another, before a crash or a lost
    /// acknowledgement): acknowledge it, answer nothing.
    AnsweredBefore,
    /// Another replica is answering it now: leave it for Telegram to deliver again.
    BusyElsewhere,
}

/// Flood control and the per-chat lanes over the handler tree. Cheap to share in an `Arc`.
pub(super) struct Intake {
    handler: Arc<UpdateHandler<RequestError>>,
    /// The handler tree's dependencies, the update aside.
    deps: DependencyMap,
    me: Me,
    /// Sends "slow down" replies outside the rate limiter's per-chat pacing (see
    /// [`Intake::slow_down`]).
    direct: Bot,
    /// For the "slow down" reply's words.
    live: Arc<LiveKnowledge>,
    /// Flood-control windows and which updates were answered: this process's, or every
    /// replica's.
    shared: Arc<Shared>,
    /// Each busy chat's updates waiting behind the one being handled. A chat is in the map
    /// exactly while a task is working through its lane.
    lanes: Mutex<HashMap<i64, VecDeque<Job>>>,
    /// Updates submitted and not yet finished.
    outstanding: watch::Sender<usize>,
    drops: Mutex<DropReport>,
}

#[derive(Default)]
struct DropReport {
    since_report: u64,
    last_report: Option<Instant>,
}

impl Intake {
    /// An intake running `handler` with `deps` (which must hold the sending bot and what the
    /// handlers need) for the bot `me`, with flood control and answered updates in `shared`.
    /// "Slow down" replies go through `direct`.
    pub(super) fn new(
        handler: UpdateHandler<RequestError>,
        mut deps: DependencyMap,
        me: Me,
        (direct, live): (Bot, Arc<LiveKnowledge>),
        shared: Arc<Shared>,
    ) -> Arc<Intake> {
        deps.insert(me.clone());
        Arc::new(Intake {
            handler: Arc::new(handler),
            deps,
            me,
            direct,
            live,
            shared,
            lanes: Mutex::new(HashMap::new()),
            outstanding: watch::Sender::new(0),
            drops: Mutex::new(DropReport::default()),
        })
    }

    /// Takes `update` unless it was answered or is being answered elsewhere: decides on flood
    /// control at once, then queues it in its chat's lane without waiting for it. Waits only
    /// for the shared state (at most a few of its time-outs when Redis hangs).
    pub(super) async fn submit(self: &Arc<Self>, update: Update) -> Submitted {
        let id = update.id.0;
        // An update taken before (by a process that died, or whose reply failed) was counted
        // against its chat's limit then.
        let counted_before = match self.shared.claim(id).await {
            Claim::Ours => false,
            Claim::Resumed => true,
            Claim::Answered => return Submitted::AnsweredBefore,
            Claim::Busy => return Submitted::BusyElsewhere,
        };
        let (done, finished) = oneshot::channel();
        self.outstanding.send_modify(|n| *n += 1);
        let done = Finish { intake: Arc::clone(self), id, done: Some(done) };
        let route = route(&update, &self.me);
        let admission = match route.counted && !counted_before {
            true => self.shared.admit(route.lane.unwrap_or(0)).await,
            false => Admission::Answer,
        };
        match admission {
            Admission::Answer => match route.lane {
                Some(lane) => self.enqueue(lane, update, done),
                None => {
                    let intake = Arc::clone(self);
                    tokio::spawn(async move { done.finish(intake.handle(update).await).await });
                }
            },
            Admission::SlowDown { retry_in } => {
                log::info!(
                    "flood control: a chat is over its limit; told to slow down, and its \
                     messages for the next {} s are dropped",
                    retry_in.as_secs()
                );
                let intake = Arc::clone(self);
                tokio::spawn(async move {
                    done.finish(intake.slow_down(&update, retry_in).await).await
                });
            }
            Admission::Ignore => {
                self.count_drop();
                tokio::spawn(done.finish(Outcome::Dropped));
            }
        }
        Submitted::Taken(finished)
    }

    /// The shared state this intake counts floods and claims updates in.
    pub(super) fn shared(&self) -> &Shared {
        &self.shared
    }

    /// Updates submitted and not yet finished.
    pub(super) fn outstanding(&self) -> usize {
        *self.outstanding.borrow()
    }

    fn enqueue(self: &Arc<Self>, lane: i64, update: Update, done: Finish) {
        let job = Job { update, done };
        let mut lanes = lock(&self.lanes);
        match lanes.get_mut(&lane) {
            Some(waiting) if waiting.len() >= MAX_LANE_BACKLOG => {
                drop(lanes);
                log::warn!("a chat has {MAX_LANE_BACKLOG} updates waiting: dropped one more");
                self.count_drop();
                tokio::spawn(job.done.finish(Outcome::Dropped));
            }
            Some(waiting) => waiting.push_back(job),
            None => {
                lanes.insert(lane, VecDeque::new());
                drop(lanes);
                let intake = Arc::clone(self);
                tokio::spawn(async move { intake.work_through(lane, job).await });
            }
        }
    }

    /// Handles `job`, then every job queued in `lane` behind it, in order; removes the lane
    /// when it is empty.
    async fn work_through(self: Arc<Self>, lane: i64, mut job: Job) {
        loop {
            let outcome = self.handle(job.update).await;
            job.done.finish(outcome).await;
            let mut lanes = lock(&self.lanes);
            match lanes.get_mut(&lane).and_then(VecDeque::pop_front) {
                Some(next) => job = next,
                None => {
                    lanes.remove(&lane);
                    return;
                }
            }
        }
    }

    /// Runs `update` through the handler tree.
    async fn handle(&self, update: Update) -> Outcome {
        let id = update.id.0;
        let mut deps = self.deps.clone();
        deps.insert(update);
        match self.handler.dispatch(deps).await {
            ControlFlow::Break(Ok(())) => Outcome::Answered,
            ControlFlow::Break(Err(err)) => {
                log::error!("handling update {id} failed: {err}");
                match retry::classify(&err) {
                    Retry::Never => Outcome::Refused,
                    Retry::After(_) | Retry::Backoff => Outcome::Failed,
                }
            }
            ControlFlow::Continue(_) => {
                log::debug!("ignored update {id}");
                Outcome::Answered
            }
        }
    }

    /// Sends the "slow down" reply for the first update over a chat's limit. It goes through
    /// the bot without the rate limiter: behind the chat's pacing (one message a second,
    /// twenty a minute) it would arrive up to a minute late, when the window it speaks of is
    /// over. It is one message per chat and window; a 429 for it is waited out like any other.
    async fn slow_down(&self, update: &Update, retry_in: Duration) -> Outcome {
        let Some((chat, reply_to)) = slow_down_target(update) else { return Outcome::Dropped };
        let responder = self.live.current();
        let reply = Say::new(responder.knowledge(), update_language(update)).slow_down(retry_in);
        match send::send_reply(&self.direct, chat, reply_to, reply).await {
            Ok(()) => Outcome::Answered,
            Err(err) => match retry::classify(&err) {
                Retry::Never => Outcome::Refused,
                _ => Outcome::Failed,
            },
        }
    }

    fn finished(&self) {
        self.outstanding.send_modify(|n| *n = n.saturating_sub(1));
    }

    fn count_drop(&self) {
        let mut drops = lock(&self.drops);
        drops.since_report += 1;
        let now = Instant::now();
        let due = drops.last_report.is_none_or(|at| now.duration_since(at) >= DROP_REPORT_EVERY);
        if due {
            log::info!(
                "flood control: dropped {} messages from chats over their limit since the last \
                 report",
                drops.since_report
            );
            *drops = DropReport { since_report: 0, last_report: Some(now) };
        }
    }
}

/// The completion of one submitted update: records how it ended in the shared state (before
/// anyone acknowledges it to Telegram), sends its outcome and counts it finished, once.
struct Finish {
    intake: Arc<Intake>,
    id: u32,
    done: Option<oneshot::Sender<Outcome>>,
}

impl Finish {
    async fn finish(mut self, outcome: Outcome) {
        // Recorded first: a crash between the reply and the acknowledgement must find it
        // answered when Telegram delivers it again.
        self.intake.shared.finished(self.id, outcome.is_final()).await;
        if let Some(done) = self.done.take() {
            let _ = done.send(outcome);
        }
        self.intake.finished();
    }
}

impl Drop for Finish {
    fn drop(&mut self) {
        // A task that panicked still finishes its update, or stopping would wait for it. Its
        // claim in the shared state runs out by itself.
        if let Some(done) = self.done.take() {
            let _ = done.send(Outcome::Failed);
            self.intake.finished();
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // Every change under these locks is a single step, so a panic cannot leave half of one.
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
