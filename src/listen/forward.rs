//! Background forwarding and replay: the same request rules, two schedulers.

use std::collections::{HashMap, HashSet, VecDeque};
use std::io;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use hyper::header::{HeaderName, HeaderValue};
use hyper::HeaderMap;
use tokio::sync::{mpsc, Notify, Semaphore};
use tokio::task::AbortHandle;

use super::{ListenConfig, ListenEvent, Stats};
use crate::signing::{signature_headers, DELIVERY_HEADER};
use crate::store::{self, Delivery, ForwardState, ForwardUpdate, Store};

/// Headers that describe one hop, not the delivery; never copied onto another request.
const HOP_BY_HOP: [&str; 10] = [
    "host",
    "content-length",
    "connection",
    "keep-alive",
    "transfer-encoding",
    "te",
    "trailer",
    "upgrade",
    "proxy-connection",
    "expect",
];

/// The headers to send a delivery on with: all of the original's except hop-by-hop ones.
pub fn forward_headers(original: &HeaderMap) -> HeaderMap {
    let mut out = original.clone();
    for name in HOP_BY_HOP {
        out.remove(name);
    }
    out
}

/// Replaces the signature with a fresh one: `X-Chatwoot-Timestamp` now, and, if
/// `new_delivery_id` is given, a new `X-Chatwoot-Delivery` (replay: the receiver must not
/// take it for a duplicate).
pub fn resign(headers: &mut HeaderMap, secret: &str, body: &[u8], new_delivery_id: Option<&str>) {
    for (name, value) in signature_headers(secret, body, store::now_ms() / 1000) {
        // ASCII by construction.
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert(name, value);
        }
    }
    if let Some(id) = new_delivery_id.and_then(|id| HeaderValue::from_str(id).ok()) {
        headers.insert(DELIVERY_HEADER, id);
    }
}

/// One POST; `Ok(status)` for any HTTP answer, `Err` when there was none.
async fn post(
    client: &reqwest::Client,
    url: &str,
    headers: HeaderMap,
    body: Bytes,
) -> Result<u16, String> {
    match client.post(url).headers(headers).body(body).send().await {
        Ok(res) => {
            let status = res.status().as_u16();
            // Read the answer so the connection goes back to the pool.
            let _ = res.bytes().await;
            Ok(status)
        }
        Err(e) => Err(describe(&e)),
    }
}

fn describe(e: &reqwest::Error) -> String {
    let kind = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "cannot connect"
    } else {
        "request failed"
    };
    let mut source = std::error::Error::source(e);
    let mut detail = String::new();
    while let Some(s) = source {
        detail = s.to_string();
        source = s.source();
    }
    if detail.is_empty() {
        kind.to_string()
    } else {
        format!("{kind}: {detail}")
    }
}

fn retryable(status: u16) -> bool {
    matches!(status, 408 | 425 | 429) || status >= 500
}

fn status_error(status: u16) -> String {
    let reason = hyper::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    format!("answered {status} {reason}").trim_end().to_string()
}

struct InFlight {
    attempts: u32,
    last_status: Option<u16>,
    last_error: Option<String>,
    abort: Option<AbortHandle>,
    /// What it holds in memory (body and headers), counted against the queue's budget.
    bytes: usize,
}

/// Forwards waiting in the store once [`ForwardOptions::queue_bytes`] are queued in memory;
/// at most this many are remembered (16 bytes and a target each), the rest wait for
/// `replay --dead-letters`.
const MAX_DEFERRED: usize = 100_000;

/// A rough size of a request's headers in memory.
const HEADERS_BYTES: usize = 1024;

#[derive(Default)]
struct Queue {
    /// Queued in memory or in flight.
    in_flight: HashMap<(i64, String), InFlight>,
    bytes: usize,
    /// Left `pending` in the store because memory was full, oldest first; read back as
    /// room frees up.
    deferred: VecDeque<(i64, String)>,
    /// Deferred beyond [`MAX_DEFERRED`]: pending in the store, not read back by this run.
    untracked: u64,
}

pub(super) struct Forwarder {
    client: reqwest::Client,
    store: Store,
    options: super::ForwardOptions,
    resign_secret: Option<String>,
    target_secrets: HashMap<String, String>,
    notify: Option<tokio::sync::broadcast::Sender<ListenEvent>>,
    stats: Arc<Stats>,
    limit: Arc<Semaphore>,
    queue: Mutex<Queue>,
    idle: Notify,
    /// Room freed or a forward deferred: the refiller looks again.
    room: Notify,
    refiller: Mutex<Option<AbortHandle>>,
    down: Mutex<HashSet<String>>,
}

impl Forwarder {
    pub(super) fn new(
        store: Store,
        config: &ListenConfig,
        stats: Arc<Stats>,
    ) -> io::Result<Forwarder> {
        let client = crate::http::client(crate::http::Peer::Receiver {
            timeout: config.forward.timeout,
            pool: config.forward.concurrency,
        })
        .map_err(io::Error::other)?;
        Ok(Forwarder {
            client,
            store,
            options: config.forward.clone(),
            resign_secret: config.resign_secret.clone(),
            target_secrets: config.target_secrets.iter().cloned().collect(),
            notify: config.notify.clone(),
            stats,
            limit: Arc::new(Semaphore::new(config.forward.concurrency.max(1))),
            queue: Mutex::new(Queue::default()),
            idle: Notify::new(),
            room: Notify::new(),
            refiller: Mutex::new(None),
            down: Mutex::new(HashSet::new()),
        })
    }

    fn notify(&self, event: impl FnOnce() -> ListenEvent) {
        if let Some(tx) = self.notify.as_ref().filter(|tx| tx.receiver_count() > 0) {
            let _ = tx.send(event());
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Queue> {
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Starts forwarding one stored delivery (its row already `pending`) to one target;
    /// never waits. When [`ForwardOptions::queue_bytes`] are already queued in memory, the
    /// forward waits in the store instead and is read back when there is room again.
    pub(super) fn spawn(
        self: &Arc<Self>,
        event_id: i64,
        target: String,
        body: Bytes,
        headers: HeaderMap,
    ) {
        let bytes = body.len() + HEADERS_BYTES;
        let mut queue = self.lock();
        let full = !queue.deferred.is_empty()
            || (!queue.in_flight.is_empty() && queue.bytes + bytes > self.options.queue_bytes);
        if full {
            Stats::bump(&self.stats.forwards_deferred);
            if queue.deferred.len() < MAX_DEFERRED {
                queue.deferred.push_back((event_id, target));
            } else {
                queue.untracked += 1;
            }
            drop(queue);
            self.room.notify_one();
            return;
        }
        self.start(queue, event_id, target, body, headers);
    }

    fn start(
        self: &Arc<Self>,
        mut queue: std::sync::MutexGuard<'_, Queue>,
        event_id: i64,
        target: String,
        body: Bytes,
        headers: HeaderMap,
    ) {
        let key = (event_id, target.clone());
        let bytes = body.len() + HEADERS_BYTES;
        queue.bytes += bytes;
        queue.in_flight.insert(
            key.clone(),
            InFlight {
                attempts: 0,
                last_status: None,
                last_error: None,
                abort: None,
                bytes,
            },
        );
        // Held until the abort handle is in place: the task's own removal waits for it.
        let this = self.clone();
        let task = tokio::spawn(async move {
            this.run(event_id, &target, body, headers).await;
            let mut queue = this.lock();
            if let Some(done) = queue.in_flight.remove(&(event_id, target)) {
                queue.bytes -= done.bytes;
            }
            if queue.in_flight.is_empty() {
                this.idle.notify_waiters();
            }
            drop(queue);
            this.room.notify_one();
        });
        if let Some(entry) = queue.in_flight.get_mut(&key) {
            entry.abort = Some(task.abort_handle());
        }
    }

    /// Starts the task that reads deferred forwards back from the store as room frees up.
    pub(super) fn start_refiller(self: &Arc<Self>) {
        let this = self.clone();
        let task = tokio::spawn(async move { this.refill().await });
        *self.refiller.lock().unwrap_or_else(|e| e.into_inner()) = Some(task.abort_handle());
    }

    async fn refill(self: Arc<Self>) {
        loop {
            // Registered before looking, so a wake-up between the look and the wait counts.
            let woken = self.room.notified();
            let next = {
                let mut queue = self.lock();
                let room = queue.in_flight.is_empty()
                    || queue.bytes + HEADERS_BYTES <= self.options.queue_bytes / 2;
                if room {
                    queue.deferred.pop_front()
                } else {
                    None
                }
            };
            let Some((event_id, target)) = next else {
                woken.await;
                continue;
            };
            let store = self.store.clone();
            let wanted = target.clone();
            // Still pending (nothing else finished it), with its body: read it back.
            let loaded = tokio::task::spawn_blocking(move || -> store::Result<Option<Delivery>> {
                let pending = store
                    .forwards(event_id)?
                    .iter()
                    .any(|f| f.target == wanted && f.state == ForwardState::Pending);
                Ok(if pending { store.get(event_id)? } else { None })
            })
            .await;
            let Ok(Ok(Some(delivery))) = loaded else {
                continue;
            };
            let body = delivery.body.clone().unwrap_or_default();
            let headers = stored_headers(&delivery);
            let queue = self.lock();
            self.start(queue, event_id, target, body, headers);
        }
    }

    async fn run(&self, event_id: i64, target: &str, body: Bytes, original: HeaderMap) {
        let Ok(_permit) = self.limit.clone().acquire_owned().await else {
            return;
        };
        let base = forward_headers(&original);
        let attempts = self.options.attempts.max(1);
        let mut last = (None, String::new());
        for attempt in 1..=attempts {
            let mut headers = base.clone();
            let secret = self
                .target_secrets
                .get(target)
                .or(self.resign_secret.as_ref());
            if let Some(secret) = secret {
                resign(&mut headers, secret, &body, None);
            }
            let outcome = post(&self.client, target, headers, body.clone()).await;
            let (status, error) = match outcome {
                Ok(status) if (200..300).contains(&status) => {
                    self.delivered(event_id, target, status, attempt).await;
                    return;
                }
                Ok(status) => (Some(status), status_error(status)),
                Err(error) => (None, error),
            };
            if let Some(entry) = self
                .lock()
                .in_flight
                .get_mut(&(event_id, target.to_string()))
            {
                entry.attempts = attempt;
                entry.last_status = status;
                entry.last_error = Some(error.clone());
            }
            last = (status, error.clone());
            if attempt == attempts || status.is_some_and(|s| !retryable(s)) {
                self.dead(event_id, target, attempt, last).await;
                return;
            }
            self.notify(|| ListenEvent::ForwardRetry {
                event_id,
                target: target.to_string(),
                attempt,
                error,
            });
            let wait = self
                .options
                .backoff
                .saturating_mul(1 << (attempt - 1).min(16))
                .min(Duration::from_secs(30));
            tokio::time::sleep(wait).await;
        }
        self.dead(event_id, target, attempts, last).await;
    }

    async fn delivered(&self, event_id: i64, target: &str, status: u16, attempts: u32) {
        Stats::bump(&self.stats.forwarded);
        let update = ForwardUpdate {
            event_id,
            target: target.to_string(),
            state: ForwardState::Delivered,
            attempts,
            last_status: Some(status),
            last_error: None,
        };
        let _ = self.store.record_forward(update).await;
        self.notify(|| ListenEvent::Forwarded {
            event_id,
            target: target.to_string(),
            status,
            attempts,
        });
        let was_down = self
            .down
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(target);
        if was_down {
            self.notify(|| ListenEvent::TargetUp {
                target: target.to_string(),
            });
        }
    }

    async fn dead(
        &self,
        event_id: i64,
        target: &str,
        attempts: u32,
        (status, error): (Option<u16>, String),
    ) {
        Stats::bump(&self.stats.dead_letters);
        let update = ForwardUpdate {
            event_id,
            target: target.to_string(),
            state: ForwardState::Dead,
            attempts,
            last_status: status,
            last_error: Some(error.clone()),
        };
        let _ = self.store.record_forward(update).await;
        let newly_down = self
            .down
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(target.to_string());
        if newly_down {
            self.notify(|| ListenEvent::TargetDown {
                target: target.to_string(),
                error: error.clone(),
            });
        }
        self.notify(|| ListenEvent::DeadLetter {
            event_id,
            target: target.to_string(),
            attempts,
            error,
        });
    }

    /// Stops reading deferred forwards back, lets unfinished ones run for `grace`, then
    /// aborts them and records them pending with their attempts so far. Returns how many
    /// were left (deferred ones included: they are pending in the store already).
    pub(super) async fn shutdown(&self, grace: Duration) -> u64 {
        if let Some(refiller) = self
            .refiller
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        {
            refiller.abort();
        }
        let deadline = tokio::time::Instant::now() + grace;
        loop {
            let idle = self.idle.notified();
            if self.lock().in_flight.is_empty() {
                break;
            }
            if tokio::time::timeout_at(deadline, idle).await.is_err() {
                break;
            }
        }
        let (left, deferred) = {
            let mut queue = self.lock();
            let left: Vec<((i64, String), InFlight)> = queue.in_flight.drain().collect();
            queue.bytes = 0;
            let deferred = queue.deferred.len() as u64 + queue.untracked;
            queue.deferred.clear();
            (left, deferred)
        };
        for ((event_id, target), entry) in &left {
            if let Some(abort) = &entry.abort {
                abort.abort();
            }
            let update = ForwardUpdate {
                event_id: *event_id,
                target: target.clone(),
                state: ForwardState::Pending,
                attempts: entry.attempts,
                last_status: entry.last_status,
                last_error: Some(
                    entry
                        .last_error
                        .clone()
                        .map_or("interrupted by shutdown".into(), |e| {
                            format!("{e}; interrupted by shutdown")
                        }),
                ),
            };
            let _ = self.store.record_forward(update).await;
        }
        left.len() as u64 + deferred
    }
}

/// A stored delivery's headers as a request's (repeated names were joined with `, `).
fn stored_headers(delivery: &Delivery) -> HeaderMap {
    let mut headers = HeaderMap::with_capacity(delivery.headers.len());
    for (name, value) in &delivery.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            headers.append(name, value);
        }
    }
    headers
}

/// How `replay` sends. `Debug` redacts the secret.
#[derive(Clone)]
pub struct ReplayOptions {
    /// Send everything here (`--to`). `None`: each delivery's recorded forward targets.
    pub to: Option<String>,
    /// With `to: None`, only the targets where the delivery is a dead letter (or still
    /// pending): `replay --dead-letters`.
    pub unfinished_only: bool,
    /// Re-sign with a fresh timestamp and a new delivery id. Without it the stored headers
    /// (old signature and timestamp included) are sent as they were.
    pub secret: Option<String>,
    /// Requests in flight at once.
    pub concurrency: usize,
    /// At most this many requests per second.
    pub rate: Option<f64>,
    pub timeout: Duration,
    /// Makes the run resumable: what was asked (ids, filters, target), normalised. Running
    /// the same selection again after an interruption or failures sends only what the
    /// unfinished run did not deliver. `None`: every pair is sent.
    pub selection: Option<String>,
    /// With `selection`: start afresh, sending everything again.
    pub restart: bool,
}

impl std::fmt::Debug for ReplayOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReplayOptions")
            .field("to", &self.to)
            .field("unfinished_only", &self.unfinished_only)
            .field("secret", &self.secret.as_ref().map(|_| "<redacted>"))
            .field("concurrency", &self.concurrency)
            .field("rate", &self.rate)
            .field("timeout", &self.timeout)
            .field("selection", &self.selection)
            .field("restart", &self.restart)
            .finish()
    }
}

impl Default for ReplayOptions {
    fn default() -> Self {
        ReplayOptions {
            to: None,
            unfinished_only: false,
            secret: None,
            concurrency: 8,
            rate: None,
            timeout: Duration::from_secs(5),
            selection: None,
            restart: false,
        }
    }
}

/// What happened to one (event, target).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplayOutcome {
    pub event_id: i64,
    /// `None` when there was nowhere to send it.
    pub target: Option<String>,
    pub result: ReplayResult,
    /// The `X-Chatwoot-Delivery` sent (new when re-signed).
    pub delivery_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplayResult {
    /// Answered 2xx; recorded `delivered`.
    Delivered { status: u16 },
    /// No 2xx; recorded `dead`, so it stays replayable.
    Failed { status: Option<u16>, error: String },
    /// Not sent: unknown id, no stored body (refused unread), no target.
    Skipped { reason: String },
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReplaySummary {
    pub delivered: u64,
    /// Not sent again: an interrupted run of the same replay delivered them.
    pub already_delivered: u64,
    pub failed: u64,
    pub skipped: u64,
    pub elapsed: Duration,
}

impl ReplaySummary {
    pub fn all_delivered(&self) -> bool {
        self.failed == 0 && self.skipped == 0
    }
}

/// Sends stored deliveries again: the exact stored bytes, with the stored headers or
/// re-signed ([`ReplayOptions::secret`]), `concurrency` at a time, at most `rate` per second.
/// Bodies are read one by one as they are sent (constant memory for any number of ids).
/// Each outcome goes to `on_outcome` as it happens (a progress bar) and to the store's
/// `forwards` table: `delivered`, or `dead`, so failures remain replayable.
pub async fn replay(
    store: &Store,
    ids: Vec<i64>,
    options: ReplayOptions,
    mut on_outcome: impl FnMut(&ReplayOutcome),
) -> Result<ReplaySummary, store::Error> {
    let started = Instant::now();
    let client = crate::http::client(crate::http::Peer::Receiver {
        timeout: options.timeout,
        pool: options.concurrency,
    })
    .map_err(|e| store::Error::Io {
        path: store.path().to_path_buf(),
        source: io::Error::other(e),
    })?;
    let concurrency = options.concurrency.max(1);
    let run = match options.selection.clone() {
        Some(selection) => {
            let store = store.clone();
            let restart = options.restart;
            let run = tokio::task::spawn_blocking(move || store.begin_replay(&selection, restart))
                .await
                .map_err(|e| store::Error::WriterStopped(format!("replay: {e}")))??;
            Some(Arc::new(run))
        }
        None => None,
    };
    let already = Arc::new(std::sync::atomic::AtomicU64::new(0));

    // A blocking reader feeds (delivery, target) pairs through a small channel.
    let (jobs_tx, mut jobs_rx) =
        mpsc::channel::<Result<(Arc<Delivery>, String), ReplayOutcome>>(concurrency * 2);
    let reader = {
        let store = store.clone();
        let options = options.clone();
        let (run, already) = (run.clone(), already.clone());
        tokio::task::spawn_blocking(move || -> Result<(), store::Error> {
            for id in ids {
                let skip = |reason: &str| {
                    Err(ReplayOutcome {
                        event_id: id,
                        target: None,
                        result: ReplayResult::Skipped {
                            reason: reason.to_string(),
                        },
                        delivery_id: None,
                    })
                };
                let job = match store.get(id)? {
                    None => vec![skip("no such event")],
                    Some(d) if d.body.is_none() => vec![skip("no body stored (refused unread)")],
                    Some(d) => {
                        let targets = match &options.to {
                            Some(to) => vec![to.clone()],
                            None => store
                                .forwards(id)?
                                .into_iter()
                                .filter(|f| {
                                    !options.unfinished_only || f.state != ForwardState::Delivered
                                })
                                .map(|f| f.target)
                                .collect(),
                        };
                        let before = targets.len();
                        let targets: Vec<String> = match &run {
                            Some(run) => targets
                                .into_iter()
                                .filter(|t| !run.delivered.contains(&(id, t.clone())))
                                .collect(),
                            None => targets,
                        };
                        let resumed = (before - targets.len()) as u64;
                        already.fetch_add(resumed, std::sync::atomic::Ordering::Relaxed);
                        if targets.is_empty() && resumed == 0 {
                            vec![skip("no target: never forwarded, and no --to")]
                        } else {
                            let d = Arc::new(d);
                            targets.into_iter().map(|t| Ok((d.clone(), t))).collect()
                        }
                    }
                };
                for job in job {
                    if jobs_tx.blocking_send(job).is_err() {
                        return Ok(());
                    }
                }
            }
            Ok(())
        })
    };

    let (done_tx, mut done_rx) = mpsc::unbounded_channel::<ReplayOutcome>();
    let permits = Arc::new(Semaphore::new(concurrency));
    let dispatcher = {
        let store = store.clone();
        let secret = options.secret.clone();
        let rate = options.rate.filter(|r| *r > 0.0);
        let run = run.clone();
        tokio::spawn(async move {
            let start = tokio::time::Instant::now();
            let mut n: u64 = 0;
            while let Some(job) = jobs_rx.recv().await {
                let (delivery, target) = match job {
                    Ok(job) => job,
                    Err(skipped) => {
                        let _ = done_tx.send(skipped);
                        continue;
                    }
                };
                if let Some(rate) = rate {
                    tokio::time::sleep_until(start + Duration::from_secs_f64(n as f64 / rate))
                        .await;
                }
                n += 1;
                let Ok(permit) = permits.clone().acquire_owned().await else {
                    break;
                };
                let (client, store, secret, done_tx, run) = (
                    client.clone(),
                    store.clone(),
                    secret.clone(),
                    done_tx.clone(),
                    run.clone(),
                );
                tokio::spawn(async move {
                    let outcome = replay_one(
                        &client,
                        &store,
                        &delivery,
                        target,
                        secret.as_deref(),
                        run.as_deref(),
                    )
                    .await;
                    drop(permit);
                    let _ = done_tx.send(outcome);
                });
            }
        })
    };

    let mut summary = ReplaySummary::default();
    while let Some(outcome) = done_rx.recv().await {
        match outcome.result {
            ReplayResult::Delivered { .. } => summary.delivered += 1,
            ReplayResult::Failed { .. } => summary.failed += 1,
            ReplayResult::Skipped { .. } => summary.skipped += 1,
        }
        on_outcome(&outcome);
    }
    let _ = dispatcher.await;
    match reader.await {
        Ok(result) => result?,
        Err(e) => return Err(store::Error::WriterStopped(format!("replay reader: {e}"))),
    }
    store.flush().await?;
    summary.already_delivered = already.load(std::sync::atomic::Ordering::Relaxed);
    if let Some(run) = run.filter(|_| summary.all_delivered()) {
        let store = store.clone();
        tokio::task::spawn_blocking(move || store.finish_replay(run.id))
            .await
            .map_err(|e| store::Error::WriterStopped(format!("replay: {e}")))??;
    }
    summary.elapsed = started.elapsed();
    Ok(summary)
}

async fn replay_one(
    client: &reqwest::Client,
    store: &Store,
    delivery: &Delivery,
    target: String,
    secret: Option<&str>,
    run: Option<&store::ReplayRun>,
) -> ReplayOutcome {
    let body = delivery.body.clone().unwrap_or_default();
    let mut headers = forward_headers(&stored_headers(delivery));
    let mut delivery_id = delivery.delivery_id.clone();
    if let Some(secret) = secret {
        let fresh = match run {
            // The same id when a resumed run sends it again (its answer was never recorded).
            Some(run) => run_delivery_id(&run.nonce, delivery.id, &target),
            None => uuid::Uuid::new_v4().to_string(),
        };
        resign(&mut headers, secret, &body, Some(&fresh));
        delivery_id = Some(fresh);
    }
    let (state, status, error, result) = match post(client, &target, headers, body).await {
        Ok(status) if (200..300).contains(&status) => (
            ForwardState::Delivered,
            Some(status),
            None,
            ReplayResult::Delivered { status },
        ),
        Ok(status) => {
            let error = status_error(status);
            (
                ForwardState::Dead,
                Some(status),
                Some(error.clone()),
                ReplayResult::Failed {
                    status: Some(status),
                    error,
                },
            )
        }
        Err(error) => (
            ForwardState::Dead,
            None,
            Some(error.clone()),
            ReplayResult::Failed {
                status: None,
                error,
            },
        ),
    };
    let update = ForwardUpdate {
        event_id: delivery.id,
        target: target.clone(),
        state,
        attempts: 1,
        last_status: status,
        last_error: error,
    };
    let result = match store.record_replay(update, run.map(|r| r.id)).await {
        Ok(()) => result,
        Err(e) => ReplayResult::Failed {
            status,
            error: format!("sent, but not recorded: {e}"),
        },
    };
    ReplayOutcome {
        event_id: delivery.id,
        target: Some(target),
        result,
        delivery_id,
    }
}

/// A UUID (version 4 layout) derived from the run's nonce, the event and the target.
fn run_delivery_id(nonce: &str, event_id: i64, target: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::new()
        .chain_update(nonce.as_bytes())
        .chain_update(event_id.to_be_bytes())
        .chain_update(target.as_bytes())
        .finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}
