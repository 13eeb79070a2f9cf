//! Long polling that confirms an update to Telegram only once it has been handled, except
//! when holding it back would blind the bot to every other chat.
//!
//! Telegram forgets every update below the `offset` of a getUpdates call. teloxide's `Polling`
//! sends the next offset as soon as the dispatcher has queued a batch, so a crash loses the
//! updates it queued but had not answered. [`poll`] instead sends the lowest update still in
//! flight (handed to the [`Intake`], not yet finished), or the latest one handed over plus one
//! when none is. Telegram therefore sends in-flight updates again with every batch; [`Progress`]
//! remembers which ones it has handed over since they were last confirmed, so none is handled
//! twice.
//!
//! The exception. getUpdates returns at most [`BATCH`] updates from the offset on, so updates
//! in flight can hide everything after them: one chat that forwards 200 messages at once has
//! its first twenty answered at Telegram's pace of about one a second, and the rest (dropped by
//! flood control at once) would fill every batch for twenty seconds. When a whole batch holds
//! nothing new, and what is still in flight is at most half of it and comes from at most five
//! chats, the listener confirms every update it has taken ("early"), so the next batch starts
//! after them. Those early-confirmed updates are still answered, but a crash before that loses
//! them: Telegram will not send them again. So only a few chats holding back a batch (a flood's
//! paced answers, a reply that hangs), which could last minutes, do this; updates in flight
//! across many chats drain at Telegram's pace within seconds, are not confirmed early, and a
//! crash loses none of them.
//!
//! After a crash, Telegram sends again what was not confirmed, answered or not. With shared
//! state (`--state redis://`), the restarted process skips what was answered (see
//! [`super::shared`]); in memory, it answers those again.
//!
//! While an update is in flight, getUpdates answers at once (Telegram always has it to send),
//! so instead of long polling the listener asks again every [`REPOLL`], or as soon as nothing is
//! in flight.
//!
//! getUpdates goes through [`super::raw`], not teloxide's `get_updates()`: teloxide-core waits
//! 10 s after a 5xx before reading it, and every chat would wait with it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use teloxide::payloads::GetUpdates;
use teloxide::prelude::*;
use teloxide::types::{AllowedUpdate, UpdateId, UpdateKind};
use teloxide::RequestError;

use super::error::{is_fatal, RunError};
use super::intake::{self, Intake, Submitted};
use super::signals::Signals;
use super::{raw, retry};

/// How often to ask for news while updates are in flight and the last answer had nothing new.
/// New questions from other chats wait up to this long behind a chat whose replies are paced;
/// much shorter and the bot asks Telegram many times a second during every burst.
pub(super) const REPOLL: Duration = Duration::from_millis(250);
/// Updates asked for per getUpdates: Telegram's maximum.
pub(super) const BATCH: u8 = 100;
/// Attempts at confirming the last handled updates on the way out.
const CONFIRM_ATTEMPTS: u32 = 4;
/// How long confirming on the way out may take in all, so a stop stays within its budget.
const CONFIRM_BUDGET: Duration = Duration::from_secs(2);
/// The most updates in flight for which a full batch is confirmed early.
const EARLY_CONFIRM_MAX_IN_FLIGHT: usize = BATCH as usize / 2;
/// The most chats those updates may come from. A batch is worth confirming early when a few
/// chats hold it back (one forwarding dozens of messages, paced at one reply a second; one
/// reply hanging), which could last minutes; updates in flight across many chats drain at
/// Telegram's overall pace within seconds, and a crash meanwhile would lose them all.
const EARLY_CONFIRM_MAX_CHATS: usize = 5;
/// How often an update claimed by a stopped process is tried again, until its claim runs out.
const CLAIM_RETRY: Duration = Duration::from_secs(2);

/// The kinds of update the handlers answer; Telegram sends no others.
pub(super) const ALLOWED_UPDATES: [AllowedUpdate; 4] = [
    AllowedUpdate::Message,
    AllowedUpdate::EditedMessage,
    AllowedUpdate::CallbackQuery,
    AllowedUpdate::InlineQuery,
];

/// Which updates have been handed to the intake, which of those are not finished yet, and
/// which Telegram may still send again.
#[derive(Default)]
pub(super) struct Progress {
    inner: Mutex<ProgressInner>,
    /// Updates waiting for a stopped process's claim on them to run out (see
    /// [`finish_submitted`]): a restart is under way, and they must not be confirmed early.
    claims_waited: AtomicUsize,
    /// Woken when the last update in flight is finished.
    idle: tokio::sync::Notify,
}

#[derive(Default)]
struct ProgressInner {
    /// Handed to the intake and not finished (queued in a chat's lane, or being answered).
    /// Chats are answered concurrently, so these finish in any order.
    in_flight: BTreeMap<u32, Option<i64>>,
    /// Handed over since the last confirmed offset: Telegram may send them again. In-flight
    /// updates are among them. A set, not a high-water mark, because Telegram picks a random
    /// next id after a week without updates.
    delivered: BTreeSet<u32>,
    /// The update handed over last.
    last_delivered: Option<u32>,
    /// Updates below this were confirmed early (see the module docs): in flight or not, they no
    /// longer hold the offset back.
    floor: u32,
}

impl Progress {
    fn lock(&self) -> std::sync::MutexGuard<'_, ProgressInner> {
        // A task that panicked leaves consistent data behind: each change is one statement.
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Records that `update` goes to the intake, unless it already went there; returns
    /// whether it should go.
    pub(super) fn deliver(&self, update: &Update) -> bool {
        let id = update.id.0;
        let mut inner = self.lock();
        if !inner.delivered.insert(id) {
            return false;
        }
        if id < inner.floor {
            // Telegram started again from a lower id (after a week without updates).
            inner.floor = 0;
        }
        inner.last_delivered = Some(id);
        // An update teloxide could not parse gets no handler: it is handled as far as it can be.
        if !matches!(update.kind, UpdateKind::Error(_)) {
            inner.in_flight.insert(id, intake::lane_of(update));
        }
        true
    }

    /// Records that update `id` is finished, whatever the outcome.
    pub(super) fn finish(&self, id: UpdateId) {
        let mut inner = self.lock();
        if inner.in_flight.remove(&id.0).is_some() && inner.in_flight.is_empty() {
            self.idle.notify_waiters();
        }
    }

    /// Records that Telegram accepted a getUpdates with `offset`: it will not send the updates
    /// below it again.
    fn confirmed(&self, offset: i32) {
        let Ok(offset) = u32::try_from(offset) else { return };
        let mut inner = self.lock();
        inner.delivered = inner.delivered.split_off(&offset);
    }

    /// Lets the offset pass every update handed over so far, finished or not (see the module
    /// docs); returns how many of them are still in flight.
    fn confirm_early(&self) -> usize {
        let mut inner = self.lock();
        let Some(last) = inner.last_delivered else { return 0 };
        inner.floor = last + 1;
        inner.in_flight.len()
    }

    /// How many updates are in flight.
    fn in_flight(&self) -> usize {
        self.lock().in_flight.len()
    }

    /// How many chats the updates in flight belong to.
    fn chats_in_flight(&self) -> usize {
        let inner = self.lock();
        inner.in_flight.values().collect::<BTreeSet<_>>().len()
    }

    /// The updates handed over and not finished, lowest first.
    pub(super) fn unfinished(&self) -> Vec<u32> {
        self.lock().in_flight.keys().copied().collect()
    }

    /// The offset that confirms every update finished (or confirmed early) and none that is
    /// not: the lowest update in flight above the early floor, or the latest handed over plus
    /// one. `None` before the first update.
    pub(super) fn offset(&self) -> Option<i32> {
        let inner = self.lock();
        match inner.in_flight.range(inner.floor..).next() {
            Some((&lowest, _)) => Some(UpdateId(lowest).as_offset() - 1),
            None => inner.last_delivered.map(|id| UpdateId(id).as_offset()),
        }
    }

    /// Whether `update` was handed over since it was last confirmed.
    fn was_delivered(&self, update: &Update) -> bool {
        self.lock().delivered.contains(&update.id.0)
    }

    /// Waits until nothing is in flight, or `at_most`; returns whether nothing is.
    pub(super) async fn settle(&self, at_most: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + at_most;
        loop {
            // Created before the check, so a finish between the two still wakes it.
            let idle = self.idle.notified();
            if self.lock().in_flight.is_empty() {
                return true;
            }
            if tokio::time::timeout_at(deadline, idle).await.is_err() {
                return self.lock().in_flight.is_empty();
            }
        }
    }
}

/// What to do before the next getUpdates.
enum Pause {
    /// Ask at once.
    None,
    /// A failure: wait this long (backoff, or Telegram's `retry_after`).
    Failed(Duration),
    /// Nothing new while updates are in flight: wait for them, up to [`REPOLL`].
    InFlight,
}

/// Polls through `poller` (whose client must allow `timeout` and then some) and hands every
/// new update to `intake`, until SIGINT or SIGTERM, or until Telegram says the token is bad or
/// another instance is polling. On a stop it asks for no more updates, waits up to
/// `stop_timeout` for those in flight, and confirms the finished ones.
pub(super) async fn poll(
    poller: Bot,
    intake: Arc<Intake>,
    signals: &Signals,
    timeout: Duration,
    stop_timeout: Duration,
) -> Result<(), RunError> {
    delete_webhook(&poller).await;
    let progress = Arc::new(Progress::default());
    let timeout_secs = u32::try_from(timeout.as_secs()).unwrap_or(u32::MAX);
    let mut pause = Pause::None;
    let mut failures = 0u32;
    let mut allowed_sent = false;
    let fatal = loop {
        let waiting = async {
            match std::mem::replace(&mut pause, Pause::None) {
                Pause::None => {}
                Pause::Failed(wait) => tokio::time::sleep(wait).await,
                Pause::InFlight => {
                    progress.settle(REPOLL).await;
                }
            }
        };
        tokio::select! {
            () = signals.stopped() => break None,
            () = waiting => {}
        }
        let offset = progress.offset();
        let mut request = GetUpdates::new();
        request.offset = offset;
        request.timeout = Some(timeout_secs);
        request.limit = Some(BATCH);
        if !allowed_sent {
            request.allowed_updates = Some(ALLOWED_UPDATES.to_vec());
        }
        // Stopping drops the request: whatever it would bring is not confirmed, and comes again
        // after a restart.
        let result = tokio::select! {
            () = signals.stopped() => break None,
            result = raw::get_updates(&poller, &request) => result,
        };
        let updates = match result {
            Ok(updates) => updates,
            Err(err) if is_fatal(&err) => break Some(err),
            Err(err) => {
                // Telegram's `retry_after` is obeyed; anything else backs off (250 ms up to 4 s:
                // teloxide's 1 s up to 64 s would hold up every chat long after a brief fault).
                let wait = match &err {
                    RequestError::RetryAfter(wait) => wait.duration().min(retry::MAX_RETRY_AFTER),
                    _ => {
                        failures = failures.saturating_add(1);
                        retry::backoff(failures)
                    }
                };
                log::warn!("getUpdates failed, will retry in {} ms: {err}", wait.as_millis());
                pause = Pause::Failed(wait);
                continue;
            }
        };
        failures = 0;
        allowed_sent = true;
        if let Some(offset) = offset {
            progress.confirmed(offset);
        }
        let fresh = updates.iter().any(|update| !progress.was_delivered(update));
        let full = updates.len() >= usize::from(BATCH);
        let held_by_few = progress.in_flight() <= EARLY_CONFIRM_MAX_IN_FLIGHT
            && progress.chats_in_flight() <= EARLY_CONFIRM_MAX_CHATS;
        let claims_waited = progress.claims_waited.load(Ordering::SeqCst);
        if !fresh && full && held_by_few && claims_waited == 0 {
            let held = progress.confirm_early();
            log::info!(
                "a backlog fills a whole batch of updates: confirmed early the {held} still being \
                 answered, to see past them (a crash now would lose those)"
            );
        } else if !fresh && !updates.is_empty() {
            // Only updates in flight or finished but not yet confirmed: Telegram would send
            // them again at once.
            pause = Pause::InFlight;
        }
        for update in updates {
            if !progress.deliver(&update) {
                log::trace!("update {} is in flight or handled already: skipped", update.id.0);
                continue;
            }
            if let UpdateKind::Error(_) = update.kind {
                log::error!("update {} is of a kind this bot cannot read: skipped", update.id.0);
                continue;
            }
            let update_id = update.id;
            // Submitted in order, so each chat's lane gets its updates in order.
            let submitted = intake.submit(update.clone()).await;
            let (intake, progress) = (Arc::clone(&intake), Arc::clone(&progress));
            tokio::spawn(async move {
                finish_submitted(&intake, update, submitted, &progress).await;
                progress.finish(update_id);
            });
        }
    };
    match &fatal {
        Some(err) => log::error!("{}", RunError::from(err.clone())),
        None => {
            log::info!("stopping: no new updates; answering the {} in flight", intake.outstanding())
        }
    }
    if !progress.settle(stop_timeout).await {
        let unfinished = progress.unfinished();
        log::error!(
            "{} updates were still unanswered {} s after the stop; those not confirmed early are \
             sent again by Telegram after a restart: {unfinished:?}",
            unfinished.len(),
            stop_timeout.as_secs()
        );
    }
    if let Some(err) = fatal {
        return Err(err.into());
    }
    if let Some(offset) = progress.offset() {
        if tokio::time::timeout(CONFIRM_BUDGET, confirm(&poller, offset)).await.is_err() {
            log::error!("could not confirm offset {offset} in time: a restart may answer the last updates again");
        }
    }
    Ok(())
}

/// Waits until `update`, `submitted` to the intake, is finished. One claimed by another process
/// is one a process killed while answering it still holds (polling runs one process per bot):
/// it is submitted again once that claim runs out, so it is answered, once.
async fn finish_submitted(
    intake: &Arc<Intake>,
    update: Update,
    mut submitted: Submitted,
    progress: &Progress,
) {
    loop {
        match submitted {
            Submitted::Taken(finished) => {
                let _ = finished.await;
                return;
            }
            Submitted::AnsweredBefore => {
                log::info!(
                    "update {} was answered before a restart: not answered twice",
                    update.id.0
                );
                return;
            }
            Submitted::BusyElsewhere => {
                // Counted while it waits, so that it is not confirmed early meanwhile.
                progress.claims_waited.fetch_add(1, Ordering::SeqCst);
                log::info!(
                    "update {} is claimed by a process that stopped while answering it: trying \
                     again in {} s",
                    update.id.0,
                    CLAIM_RETRY.as_secs()
                );
                tokio::time::sleep(CLAIM_RETRY).await;
                submitted = intake.submit(update.clone()).await;
                progress.claims_waited.fetch_sub(1, Ordering::SeqCst);
            }
        }
    }
}

/// Deletes the webhook if one is set: Telegram refuses getUpdates while it is, so coming back
/// from webhook mode needs this. Failures are logged; getUpdates will then say more.
async fn delete_webhook(bot: &Bot) {
    match bot.get_webhook_info().await {
        Ok(info) if info.url.is_none() => {}
        Ok(_) => match bot.delete_webhook().await {
            Ok(_) => log::info!("deleted the webhook set earlier, to poll instead"),
            Err(err) => log::error!("could not delete the webhook: {err}"),
        },
        Err(err) => log::error!("could not ask whether a webhook is set: {err}"),
    }
}

/// Confirms to Telegram every update below `offset`, so a restart does not get them again.
/// getUpdates calls confirm as they go, but the last finished updates are only confirmed by a
/// call after them, and none is made once stopping.
async fn confirm(bot: &Bot, offset: i32) {
    for attempt in 1..=CONFIRM_ATTEMPTS {
        let mut request = GetUpdates::new();
        (request.offset, request.limit, request.timeout) = (Some(offset), Some(1), Some(0));
        let err = match raw::get_updates(bot, &request).await {
            Ok(_) => {
                log::info!("confirmed the updates handled, up to offset {offset}");
                return;
            }
            Err(err) => err,
        };
        let wait = match retry::classify(&err) {
            retry::Retry::After(wait) => wait.min(retry::MAX_BACKOFF),
            retry::Retry::Backoff => retry::backoff(attempt),
            retry::Retry::Never => break,
        };
        log::warn!("confirming offset {offset} failed (attempt {attempt}): {err}");
        if attempt < CONFIRM_ATTEMPTS {
            tokio::time::sleep(wait).await;
        }
    }
    log::error!("could not confirm offset {offset}: a restart may answer the last updates again");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn update(id: u32) -> Update {
        let json = format!(
            r#"{{"update_id":{id},"message":{{"message_id":1,"date":0,
                "chat":{{"id":1,"type":"private","first_name":"A"}},"text":"hi"}}}}"#
        );
        serde_json::from_str(&json).expect("a valid update")
    }

    #[test]
    fn the_offset_waits_for_the_lowest_update_in_flight() {
        let progress = Progress::default();
        assert_eq!(progress.offset(), None);
        for id in [10, 11, 12] {
            assert!(progress.deliver(&update(id)));
        }
        assert_eq!(progress.offset(), Some(10));
        // Finished out of order: 12 and 11 done, 10 still answering.
        progress.finish(UpdateId(12));
        progress.finish(UpdateId(11));
        assert_eq!(progress.offset(), Some(10));
        assert_eq!(progress.unfinished(), [10]);
        progress.finish(UpdateId(10));
        assert_eq!(progress.offset(), Some(13));
        assert!(progress.unfinished().is_empty());
    }

    #[test]
    fn an_update_sent_again_is_delivered_once_until_confirmed() {
        let progress = Progress::default();
        assert!(progress.deliver(&update(5)));
        assert!(progress.deliver(&update(6)));
        progress.finish(UpdateId(6));
        // Telegram sends both again, since offset 5 confirms neither.
        assert!(!progress.deliver(&update(5)));
        assert!(!progress.deliver(&update(6)));
        progress.finish(UpdateId(5));
        progress.confirmed(7);
        assert!(progress.lock().delivered.is_empty(), "confirmed updates are forgotten");
        // After a week without updates Telegram may start again from a lower id.
        assert!(progress.deliver(&update(3)));
        assert_eq!(progress.offset(), Some(3));
    }

    #[test]
    fn an_update_teloxide_cannot_parse_is_not_waited_for() {
        let progress = Progress::default();
        let json = r#"{"update_id":8,"no_such_kind":{"x":1}}"#;
        let garbled: Update = serde_json::from_str(json).expect("teloxide keeps the id");
        assert!(matches!(garbled.kind, UpdateKind::Error(_)), "{:?}", garbled.kind);
        assert!(progress.deliver(&garbled));
        assert_eq!(progress.offset(), Some(9));
    }

    #[test]
    fn confirming_early_lets_the_offset_pass_updates_in_flight() {
        let progress = Progress::default();
        for id in 1..=5 {
            assert!(progress.deliver(&update(id)));
        }
        progress.finish(UpdateId(3));
        assert_eq!(progress.offset(), Some(1));
        assert_eq!(progress.confirm_early(), 4, "1, 2, 4 and 5 are still in flight");
        assert_eq!(progress.offset(), Some(6));
        // Still tracked, so a stop waits for them.
        assert_eq!(progress.unfinished(), [1, 2, 4, 5]);
        // A later update in flight holds the offset again.
        assert!(progress.deliver(&update(6)));
        assert_eq!(progress.offset(), Some(6));
        progress.finish(UpdateId(6));
        assert_eq!(progress.offset(), Some(7));
        // Telegram starting again from a low id (after a week without updates) resets the floor.
        for id in [1, 2, 4, 5] {
            progress.finish(UpdateId(id));
        }
        progress.confirmed(7);
        assert!(progress.deliver(&update(3)));
        assert_eq!(progress.offset(), Some(3));
    }

    #[tokio::test]
    async fn settle_returns_when_the_last_update_is_handled() {
        let progress = Arc::new(Progress::default());
        progress.deliver(&update(1));
        let finisher = Arc::clone(&progress);
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(20)).await;
            finisher.finish(UpdateId(1));
        });
        let started = std::time::Instant::now();
        progress.settle(Duration::from_secs(10)).await;
        assert!(started.elapsed() < Duration::from_secs(5), "woken by the finish");
    }
}
