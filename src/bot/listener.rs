//! Long polling that confirms an update to Telegram only once it has been handled.
//!
//! Telegram forgets every update below the `offset` of a getUpdates call. teloxide's `Polling`
//! sends the next offset as soon as the dispatcher has queued a batch, so a crash loses the
//! updates it queued but had not answered. [`Listener`] instead sends the lowest update still
//! in flight (handed to the dispatcher, not yet handled to the end), or the latest one handed
//! over plus one when none is. Telegram therefore sends in-flight updates again with every
//! batch; [`Progress`] remembers which ones it has handed over since they were last confirmed,
//! so none reaches the dispatcher twice.
//!
//! The cost: while an update is in flight, getUpdates answers at once (Telegram always has it
//! to send), so instead of long polling the listener asks again every [`REPOLL`], or as soon
//! as nothing is in flight. And one update stuck in retries holds the offset: at most a batch
//! (100 updates) beyond it can be taken until it is answered.
//!
//! getUpdates goes through [`super::raw`], not teloxide's `get_updates()`: teloxide-core waits
//! 10 s after a 5xx before reading it, and every chat would wait with it.

use std::collections::{BTreeSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::stream::BoxStream;
use teloxide::dispatching::UpdateHandler;
use teloxide::dptree::di::DependencyMap;
use teloxide::dptree::{HandlerDescription, HandlerSignature};
use teloxide::payloads::GetUpdates;
use teloxide::prelude::*;
use teloxide::stop::{mk_stop_token, StopFlag, StopToken};
use teloxide::types::{AllowedUpdate, UpdateId, UpdateKind};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};
use teloxide::RequestError;

use super::{raw, retry};

/// How often to ask for news while updates are in flight and the last answer had nothing new.
/// New questions from other chats wait up to this long behind a slow reply; much shorter and
/// the bot asks Telegram many times a second during every burst.
pub(super) const REPOLL: Duration = Duration::from_millis(500);

/// Which updates have been handed to the dispatcher, which of those are not handled yet, and
/// which Telegram may still send again.
#[derive(Default)]
pub(super) struct Progress {
    inner: Mutex<ProgressInner>,
    /// Woken when the last update in flight is handled.
    idle: tokio::sync::Notify,
}

#[derive(Default)]
struct ProgressInner {
    /// Handed to the dispatcher and not handled to the end (queued for a chat, or being
    /// answered). Handlers answer chats concurrently, so these finish in any order.
    in_flight: BTreeSet<u32>,
    /// Handed to the dispatcher since the last confirmed offset: Telegram may send them again.
    /// In-flight updates are among them. A set, not a high-water mark, because Telegram picks
    /// a random next id after a week without updates.
    delivered: BTreeSet<u32>,
    /// The update handed over last.
    last_delivered: Option<u32>,
}

impl Progress {
    fn lock(&self) -> std::sync::MutexGuard<'_, ProgressInner> {
        // A handler that panicked leaves consistent data behind: each change is one statement.
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Records that `update` goes to the dispatcher, unless it already went there; returns
    /// whether it should go.
    pub(super) fn deliver(&self, update: &Update) -> bool {
        let id = update.id.0;
        let mut inner = self.lock();
        if !inner.delivered.insert(id) {
            return false;
        }
        inner.last_delivered = Some(id);
        // The dispatcher drops an update teloxide could not parse without calling any handler,
        // so it would never finish: it is handled as far as it can be.
        if !matches!(update.kind, UpdateKind::Error(_)) {
            inner.in_flight.insert(id);
        }
        true
    }

    /// Records that update `id` has been handled to the end, whatever the outcome.
    pub(super) fn finish(&self, id: UpdateId) {
        let mut inner = self.lock();
        if inner.in_flight.remove(&id.0) && inner.in_flight.is_empty() {
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

    /// The updates handed over and not handled yet, lowest first.
    pub(super) fn unfinished(&self) -> Vec<u32> {
        self.lock().in_flight.iter().copied().collect()
    }

    /// The offset that confirms every update handled and none that is not: the lowest update in
    /// flight, or the latest handed over plus one. `None` before the first update.
    pub(super) fn offset(&self) -> Option<i32> {
        let inner = self.lock();
        match inner.in_flight.first() {
            Some(&lowest) => Some(UpdateId(lowest).as_offset() - 1),
            None => inner.last_delivered.map(|id| UpdateId(id).as_offset()),
        }
    }

    /// Whether `update` was handed over since it was last confirmed.
    fn was_delivered(&self, update: &Update) -> bool {
        self.lock().delivered.contains(&update.id.0)
    }

    /// Waits until nothing is in flight, or `at_most`.
    async fn settle(&self, at_most: Duration) {
        // Created before the check, so a finish between the two still wakes it.
        let idle = self.idle.notified();
        if self.lock().in_flight.is_empty() {
            return;
        }
        let _ = tokio::time::timeout(at_most, idle).await;
    }
}

/// `handler`, with the end of each update recorded in `progress`, whatever the outcome.
pub(super) fn tracked(
    progress: Arc<Progress>,
    handler: UpdateHandler<RequestError>,
) -> UpdateHandler<RequestError> {
    let record = dptree::from_fn_with_description(
        teloxide::dispatching::DpHandlerDescription::entry(),
        move |deps: DependencyMap, next| {
            let progress = Arc::clone(&progress);
            async move {
                let Some(update) = deps.try_get::<Update>() else { return next(deps).await };
                let flow = next(deps).await;
                progress.finish(update.id);
                flow
            }
        },
        HandlerSignature::Entry,
    );
    record.chain(handler)
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

/// A long-polling update listener that confirms only handled updates (see the module docs).
pub(super) struct Listener {
    bot: Bot,
    /// The long-poll timeout, in seconds.
    timeout: u32,
    /// Sent until Telegram has accepted them once; it remembers them.
    allowed_updates: Option<Vec<AllowedUpdate>>,
    progress: Arc<Progress>,
    token: StopToken,
    flag: StopFlag,
    /// Fetched, not yet looked at.
    batch: VecDeque<Update>,
    pause: Pause,
    /// getUpdates failures in a row.
    failures: u32,
}

impl Listener {
    /// A listener polling through `bot` (whose client must allow `timeout` and then some),
    /// recording deliveries in `progress`, which [`tracked`] must also be given.
    pub(super) fn new(bot: Bot, timeout: Duration, progress: Arc<Progress>) -> Listener {
        let (token, flag) = mk_stop_token();
        Listener {
            bot,
            timeout: u32::try_from(timeout.as_secs()).unwrap_or(u32::MAX),
            allowed_updates: None,
            progress,
            token,
            flag,
            batch: VecDeque::new(),
            pause: Pause::None,
            failures: 0,
        }
    }

    /// Deletes the webhook if one is set: Telegram refuses getUpdates while it is, so coming
    /// back from webhook mode needs this. Failures are logged; getUpdates will then say more.
    pub(super) async fn delete_webhook(&self) {
        match self.bot.get_webhook_info().await {
            Ok(info) if info.url.is_none() => {}
            Ok(_) => match self.bot.delete_webhook().await {
                Ok(_) => log::info!("deleted the webhook set earlier, to poll instead"),
                Err(err) => log::error!("could not delete the webhook: {err}"),
            },
            Err(err) => log::error!("could not ask whether a webhook is set: {err}"),
        }
    }

    /// The next update for the dispatcher, a getUpdates failure for the error handler, or
    /// `None` once stopped.
    async fn next(&mut self) -> Option<Result<Update, RequestError>> {
        loop {
            // Fetched updates are handed over even when stopping: they cost nothing more, and
            // what is not handed over is not confirmed, so it would come again after a restart.
            while let Some(update) = self.batch.pop_front() {
                if self.progress.deliver(&update) {
                    return Some(Ok(update));
                }
                log::trace!("update {} is in flight or handled already: skipped", update.id.0);
            }
            let pause = std::mem::replace(&mut self.pause, Pause::None);
            let stop = &mut self.flag;
            if stop.is_stopped() {
                return None;
            }
            match pause {
                Pause::None => {}
                Pause::Failed(wait) => tokio::select! {
                    () = stop => return None,
                    () = tokio::time::sleep(wait) => {}
                },
                Pause::InFlight => tokio::select! {
                    () = stop => return None,
                    () = self.progress.settle(REPOLL) => {}
                },
            }

            let offset = self.progress.offset();
            let mut request = GetUpdates::new();
            request.offset = offset;
            request.timeout = Some(self.timeout);
            request.allowed_updates.clone_from(&self.allowed_updates);
            // Stopping drops the request: whatever it would bring is not confirmed, and comes
            // again after a restart.
            let result = tokio::select! {
                () = &mut self.flag => return None,
                result = raw::get_updates(&self.bot, &request) => result,
            };
            let updates = match result {
                Ok(updates) => updates,
                Err(err) => {
                    // Telegram's `retry_after` is obeyed, as `Polling` does; anything else backs
                    // off (250 ms up to 4 s: teloxide's 1 s up to 64 s would hold up every chat
                    // long after a brief fault). A conflict or a revoked token also ends up
                    // here, and the error handler stops the listener.
                    let wait = match &err {
                        RequestError::RetryAfter(wait) => {
                            wait.duration().min(retry::MAX_RETRY_AFTER)
                        }
                        _ => {
                            self.failures = self.failures.saturating_add(1);
                            retry::backoff(self.failures)
                        }
                    };
                    self.pause = Pause::Failed(wait);
                    return Some(Err(err));
                }
            };
            self.failures = 0;
            self.allowed_updates = None;
            if let Some(offset) = offset {
                self.progress.confirmed(offset);
            }
            let fresh = updates.iter().any(|update| !self.progress.was_delivered(update));
            if !fresh && !updates.is_empty() {
                // Only updates in flight or handled but not yet confirmed: Telegram would send
                // them again at once.
                self.pause = Pause::InFlight;
            }
            self.batch = updates.into();
        }
    }
}

impl UpdateListener for Listener {
    type Err = RequestError;

    fn stop_token(&mut self) -> StopToken {
        self.token.clone()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        self.allowed_updates = Some(hint.collect());
    }
}

impl<'a> AsUpdateStream<'a> for Listener {
    type StreamErr = RequestError;
    type Stream = BoxStream<'a, Result<Update, RequestError>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        // The state lives in the stream, not in the future the dispatcher polls, so the
        // dispatcher dropping a `next()` to look at a shutdown loses nothing.
        Box::pin(futures::stream::unfold(self, |listener| async move {
            let item = listener.next().await?;
            Some((item, listener))
        }))
    }
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
