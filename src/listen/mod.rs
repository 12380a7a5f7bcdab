//! The webhook listener: receives Chatwoot's deliveries, verifies them, stores them durably
//! before answering, and forwards them in the background.
//!
//! # API for the commands
//!
//! - [`serve`]`(listener, store, config, shutdown) -> ListenSummary`: the `listen` command
//!   binds (127.0.0.1 by default), builds a [`ListenConfig`], subscribes to
//!   [`ListenConfig::events`] for printing, and awaits `serve` with
//!   [`crate::signals::shutdown`] (SIGINT and SIGTERM alike).
//! - [`ListenEvent`]: what `listen` prints: each delivery (after commit, filtered by
//!   [`ListenConfig::filter`]; rejected and refused ones always), duplicates, forward
//!   retries, dead letters, and a target going down or coming back. Sent on a
//!   `tokio::sync::broadcast` channel so a slow terminal never slows ingest: a receiver that
//!   lags gets `RecvError::Lagged(n)` (print "n deliveries not shown, still stored").
//! - [`replay`]: `replay` sends stored deliveries again ([`ReplayOptions`], per-event
//!   [`ReplayOutcome`]s through a callback for the progress bar, a [`ReplaySummary`]).
//! - [`forward_headers`] / [`resign`]: the header rules shared by forwarding and replay, for
//!   `trigger` if it wants them.
//! - [`ingest`]: records from elsewhere (the live feed, [`Injected`]) stored, printed and
//!   forwarded like accepted deliveries.
//! - [`knock`]: `doctor` asks whether a listener answers at a URL (one GET: this listener
//!   answers 405 with [`NOT_POSTED`] and stores nothing).
//!
//! # What the listener answers (documented behaviour)
//!
//! | Request | Answer | Stored |
//! |---|---|---|
//! | POST, signature valid, or no secret applies (`unverified`), or `no_verify` | 200 `{"id":N}` after commit | yes |
//! | POST, same accepted `X-Chatwoot-Delivery` again | 200 `{"duplicate_of":N}` after the counter is committed | counted on the original |
//! | POST, secret applies, signature bad, missing, or timestamp outside the tolerance | 401 `{"error":…}` | yes, `signature` invalid/missing with the reason, cut to the store's [`RejectedBudget`](crate::store::RejectedBudget); never forwarded |
//! | POST, body not JSON or not UTF-8, any Content-Type | 200 (Chatwoot treats any non-2xx as a failure, and the bytes are kept) | yes, `is_json = 0`, `parse_error` |
//! | POST, Content-Length over `max_body` | 413, without reading the body | refusal row: headers, declared size, no body |
//! | POST, chunked body growing over `max_body` | 413 | refusal row: headers, bytes read so far, no body |
//! | POST, body cut short (client closed) or not complete within `read_timeout` | 400 / 408 (the client may be gone) | refusal row with the partial bytes |
//! | store failure (disk full, lock held > 5 s) | 500: an agent bot's delivery is retried by Chatwoot on 500 | no |
//! | any other method | 405 `Allow: POST` | no (not a delivery; browsers and probes would fill the store) |
//! | headers not complete within `header_timeout`, > 100 headers or > 64 KiB of them, malformed request | hyper closes, or answers 431/400 | no |
//!
//! Refusal rows (413, 408, 400) are cut to the budget too. Idle keep-alive connections are
//! closed after `header_timeout`. At most `max_connections` are served at once, and
//! `max_connections_per_address` from one address; at a limit, the connection that has sent
//! least for its age is closed to make room for a connection that has sent a whole request
//! head (never one younger than 250 ms, nor one whose delivery is being committed), so slow
//! or idle clients cannot keep deliveries out; other newcomers wait up to `header_timeout`.
//!
//! # Forwarding
//!
//! For an accepted delivery that passes the filter, each target of its path (the
//! [`ListenConfig::routes`] for that exact path, else [`ListenConfig::forward_to`]) gets a row
//! `pending` in the same transaction as the delivery; a background task then POSTs the exact
//! body with Chatwoot's headers (hop-by-hop ones dropped), or re-signed with a fresh
//! timestamp when [`ListenConfig::resign_secret`] is set, retrying connection errors, 408,
//! 429 and 5xx with exponential backoff. The outcome is recorded `delivered` or `dead`
//! (a dead letter, replayable). Forwards run concurrently and in no particular order. At most
//! [`ForwardOptions::queue_bytes`] of them wait in memory; beyond that they wait in the store
//! (already `pending`) and are read back as room frees up.
//!
//! # Shutdown
//!
//! When `shutdown` resolves: the listening socket is closed; in-flight requests finish (each
//! answered after its commit), idle connections close, for at most `drain_timeout`; forwards
//! get `forward.shutdown_grace` to finish, then are aborted and recorded `pending` with their
//! attempts so far; the writer is flushed. Killed instead (SIGKILL), every answered delivery is
//! already committed and every unfinished forward is already `pending`.

mod conns;
mod forward;
mod handler;
mod ingest;
mod knock;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{broadcast, watch};

use crate::store::{Delivery, Filter, Store};
pub use forward::{
    forward_headers, replay, resign, ReplayOptions, ReplayOutcome, ReplayResult, ReplaySummary,
};
pub use ingest::{ingest, Injected};
pub use knock::{knock, Knock, NOT_POSTED};

/// How the listener behaves; `Default` is what `listen` does without flags. Its `Debug`
/// output redacts the secrets.
#[derive(Clone)]
pub struct ListenConfig {
    /// The secret for paths without their own (`--secret`, `CHATWOOT_WEBHOOK_SECRET`).
    pub secret: Option<String>,
    /// More secrets for paths without their own: a delivery verifies if any of `secret` and
    /// these matches (the several secrets a profile stores: an inbox's, a bot's, a webhook's).
    pub extra_secrets: Vec<String>,
    /// Exact request path (no query) → secret, for one listener serving an inbox, a bot and
    /// an account webhook at different paths. Overrides `secret` and `extra_secrets`.
    pub path_secrets: HashMap<String, String>,
    /// More secrets for paths without their own, looked up at each delivery: the profile's
    /// stored secrets as `config.toml` holds them now (see [`crate::config::LiveSecrets`]).
    pub live_secrets: Option<Arc<crate::config::LiveSecrets>>,
    /// Accept unsigned deliveries even where a secret is configured (Chatwoot signs inbox and bot webhooks from 4.13, account webhooks from 4.11.2);
    /// they are stored `unverified`. Without any secret, deliveries are `unverified` anyway.
    pub no_verify: bool,
    /// How far `X-Chatwoot-Timestamp` may be from now, either way.
    pub tolerance: Duration,
    /// Larger bodies get 413 and a refusal row.
    pub max_body: usize,
    /// The body must arrive within this.
    pub read_timeout: Duration,
    /// A request's headers must arrive within this once the connection opens or goes idle
    /// (so it is also the keep-alive timeout).
    pub header_timeout: Duration,
    /// Connections served at once; at the limit, the one that has sent least makes room.
    pub max_connections: usize,
    /// Connections from one address at once (a tunnel makes every sender one address, so
    /// this leaves room for Chatwoot's concurrent deliveries).
    pub max_connections_per_address: usize,
    /// How long shutdown waits for in-flight requests.
    pub drain_timeout: Duration,
    /// Default forward targets (`--forward-to`).
    pub forward_to: Vec<String>,
    /// `(path, url)` pairs (`--route PATH=URL`); a path with routes uses only those.
    pub routes: Vec<(String, String)>,
    /// Re-sign forwards with a fresh timestamp and this secret (`--resign-secret`).
    pub resign_secret: Option<String>,
    /// `(url, secret)`: forwards to that URL are signed with that secret instead of
    /// [`Self::resign_secret`] (`listen --live --route inbox:3=URL`).
    pub target_secrets: Vec<(String, String)>,
    pub forward: ForwardOptions,
    /// Which deliveries are printed and forwarded (events, inbox, conversation,
    /// ignore_bot_echo); storage keeps everything.
    pub filter: Filter,
    /// Where [`ListenEvent`]s go; `None`: nowhere. See [`ListenConfig::events`].
    pub notify: Option<broadcast::Sender<ListenEvent>>,
}

impl Default for ListenConfig {
    fn default() -> Self {
        ListenConfig {
            secret: None,
            extra_secrets: Vec::new(),
            path_secrets: HashMap::new(),
            live_secrets: None,
            no_verify: false,
            tolerance: Duration::from_secs(300),
            max_body: 1024 * 1024,
            read_timeout: Duration::from_secs(10),
            header_timeout: Duration::from_secs(3),
            max_connections: 1024,
            max_connections_per_address: 512,
            drain_timeout: Duration::from_secs(10),
            forward_to: Vec::new(),
            routes: Vec::new(),
            resign_secret: None,
            target_secrets: Vec::new(),
            forward: ForwardOptions::default(),
            filter: Filter::default(),
            notify: None,
        }
    }
}

impl std::fmt::Debug for ListenConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let redact = |s: &Option<String>| s.as_ref().map(|_| "<redacted>");
        let paths: Vec<&String> = self.path_secrets.keys().collect();
        f.debug_struct("ListenConfig")
            .field("secret", &redact(&self.secret))
            .field("extra_secrets (count)", &self.extra_secrets.len())
            .field("path_secrets (paths)", &paths)
            .field("live_secrets", &self.live_secrets.is_some())
            .field("no_verify", &self.no_verify)
            .field("tolerance", &self.tolerance)
            .field("max_body", &self.max_body)
            .field("read_timeout", &self.read_timeout)
            .field("header_timeout", &self.header_timeout)
            .field("max_connections", &self.max_connections)
            .field(
                "max_connections_per_address",
                &self.max_connections_per_address,
            )
            .field("drain_timeout", &self.drain_timeout)
            .field("forward_to", &self.forward_to)
            .field("routes", &self.routes)
            .field("resign_secret", &redact(&self.resign_secret))
            .field(
                "target_secrets",
                &self
                    .target_secrets
                    .iter()
                    .map(|(url, _)| (url.as_str(), "<redacted>"))
                    .collect::<Vec<_>>(),
            )
            .field("forward", &self.forward)
            .field("filter", &self.filter)
            .field("notify", &self.notify.is_some())
            .finish()
    }
}

impl ListenConfig {
    /// Subscribes to the listener's events (creating the channel on first use).
    pub fn events(&mut self) -> broadcast::Receiver<ListenEvent> {
        self.notify
            .get_or_insert_with(|| broadcast::channel(4096).0)
            .subscribe()
    }

    /// The secrets that apply to `path` (any may verify); empty when verification is off or
    /// no secret is configured.
    pub fn secrets_for(&self, path: &str) -> Vec<String> {
        if self.no_verify {
            return Vec::new();
        }
        if let Some(s) = self.path_secrets.get(path) {
            return vec![s.clone()];
        }
        let live = self.live_secrets.as_ref().map(|l| l.current());
        self.secret
            .iter()
            .chain(self.extra_secrets.iter())
            .chain(live.iter().flat_map(|l| l.iter()))
            .cloned()
            .collect()
    }

    /// Where deliveries to `path` are forwarded.
    pub fn targets_for(&self, path: &str) -> Vec<String> {
        let routed: Vec<String> = self
            .routes
            .iter()
            .filter(|(p, _)| p == path)
            .map(|(_, u)| u.clone())
            .collect();
        if routed.is_empty() {
            self.forward_to.clone()
        } else {
            routed
        }
    }
}

/// Retries and limits of background forwarding.
#[derive(Debug, Clone)]
pub struct ForwardOptions {
    /// Attempts in total before a dead letter.
    pub attempts: u32,
    /// Wait before the second attempt; doubles each time, capped at 30 s.
    pub backoff: Duration,
    /// Per attempt (Chatwoot's own is 5 s).
    pub timeout: Duration,
    /// Forwards in flight at once; more wait their turn.
    pub concurrency: usize,
    /// At shutdown, how long unfinished forwards may still run before being recorded pending.
    pub shutdown_grace: Duration,
    /// Bodies (and headers) queued in memory at most; beyond it, forwards wait in the store
    /// as `pending` and are read back as the target catches up.
    pub queue_bytes: usize,
}

impl Default for ForwardOptions {
    fn default() -> Self {
        ForwardOptions {
            attempts: 5,
            backoff: Duration::from_millis(500),
            timeout: Duration::from_secs(5),
            concurrency: 64,
            shutdown_grace: Duration::from_secs(2),
            queue_bytes: 16 * 1024 * 1024,
        }
    }
}

/// What happened, for `listen` to print.
#[derive(Debug, Clone)]
pub enum ListenEvent {
    /// A stored delivery (accepted ones only if they pass the filter). `delivery.status`
    /// tells accepted (200) from rejected (401) and refused (413, 408, 400).
    Delivery(Arc<Delivery>),
    /// An accepted delivery id seen again: acknowledged, counted, not stored or forwarded.
    Duplicate {
        original: i64,
        delivery_id: String,
        count: u64,
        path: String,
    },
    /// The store could not commit; the request got 500.
    StoreFailed { path: String, error: String },
    Forwarded {
        event_id: i64,
        target: String,
        status: u16,
        attempts: u32,
    },
    /// An attempt failed and will be retried.
    ForwardRetry {
        event_id: i64,
        target: String,
        attempt: u32,
        error: String,
    },
    /// Gave up: recorded as a dead letter (`replay --dead-letters`).
    DeadLetter {
        event_id: i64,
        target: String,
        attempts: u32,
        error: String,
    },
    /// The first dead letter for a target since it last worked: print a clear warning.
    TargetDown { target: String, error: String },
    /// A target that was down accepted a forward again.
    TargetUp { target: String },
}

/// Counts for the line `listen` prints when it stops.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListenSummary {
    pub accepted: u64,
    pub duplicates: u64,
    /// 401: bad or missing signature.
    pub rejected: u64,
    /// 413, 408, 400 (body refused or incomplete).
    pub refused: u64,
    /// Non-POST requests (405, not stored).
    pub not_allowed: u64,
    /// 500: the store failed.
    pub store_errors: u64,
    pub forwarded: u64,
    pub dead_letters: u64,
    /// Forwards unfinished at shutdown, recorded pending.
    pub forwards_pending: u64,
    /// Forwards that waited in the store because the memory queue was full.
    pub forwards_deferred: u64,
}

#[derive(Default)]
struct Stats {
    accepted: AtomicU64,
    duplicates: AtomicU64,
    rejected: AtomicU64,
    refused: AtomicU64,
    not_allowed: AtomicU64,
    store_errors: AtomicU64,
    forwarded: AtomicU64,
    dead_letters: AtomicU64,
    forwards_deferred: AtomicU64,
}

impl Stats {
    fn bump(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }
}

struct State {
    store: Store,
    config: ListenConfig,
    stats: Arc<Stats>,
    forwarder: Arc<forward::Forwarder>,
}

impl State {
    fn notify(&self, event: impl FnOnce() -> ListenEvent) {
        if let Some(tx) = &self.config.notify {
            if tx.receiver_count() > 0 {
                let _ = tx.send(event());
            }
        }
    }
}

/// Serves webhooks on `listener` until `shutdown` resolves, then drains (see the module docs).
/// Errors only if the forwarding HTTP client cannot be built; accept errors (out of file
/// descriptors) are waited out, not returned.
pub async fn serve(
    listener: TcpListener,
    store: Store,
    config: ListenConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<ListenSummary> {
    let stats = Arc::new(Stats::default());
    let forwarder = Arc::new(forward::Forwarder::new(
        store.clone(),
        &config,
        stats.clone(),
    )?);
    forwarder.start_refiller();
    let drain_timeout = config.drain_timeout;
    let grace = config.forward.shutdown_grace;
    let connections =
        conns::Registry::new(config.max_connections, config.max_connections_per_address);
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(config.header_timeout)
        .max_buf_size(64 * 1024)
        .max_header_size(64 * 1024)
        .max_headers(100);
    let builder = Arc::new(builder);
    let state = Arc::new(State {
        store: store.clone(),
        config,
        stats: stats.clone(),
        forwarder: forwarder.clone(),
    });

    // `stop` tells connections to finish; `alive` is held by each, so `closed()` = all gone.
    let (stop_tx, stop_rx) = watch::channel(false);
    let (alive_tx, alive_rx) = watch::channel(());
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            biased;
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // EMFILE and friends: back off instead of spinning; the client retries.
                    if !matches!(e.kind(), io::ErrorKind::ConnectionAborted | io::ErrorKind::ConnectionReset) {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let state = state.clone();
        let builder = builder.clone();
        let connections = connections.clone();
        let header_timeout = state.config.header_timeout;
        let mut stop = stop_rx.clone();
        let alive = alive_rx.clone();
        tokio::spawn(async move {
            // A place among the limits; the accept loop never waits for one.
            let admitted = tokio::select! {
                admitted = connections.admit(peer.ip(), &stream, header_timeout) => match admitted {
                    Some(admitted) => admitted,
                    None => return,
                },
                _ = stop.wait_for(|stop| *stop) => return,
            };
            let close = admitted.close.clone();
            let committing = conns::Committing(admitted.committing.clone());
            let io = conns::Counted::new(stream, admitted.received.clone());
            let _held = (admitted, alive);
            let service = service_fn(move |mut req| {
                let state = state.clone();
                let committing = committing.clone();
                req.extensions_mut().insert(committing.clone());
                async move {
                    let res = handler::handle(state, req).await;
                    committing.set(false);
                    Ok::<_, std::convert::Infallible>(res)
                }
            });
            let conn = builder.serve_connection(TokioIo::new(io), service);
            let mut conn = std::pin::pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => return,
                // Closed to make room for others: dropping it closes the socket.
                () = close.notified() => return,
                _ = stop.wait_for(|stop| *stop) => conn.as_mut().graceful_shutdown(),
            }
            let _ = conn.await;
        });
    }
    drop(listener);
    let _ = stop_tx.send(true);
    drop(alive_rx);
    let _ = tokio::time::timeout(drain_timeout, alive_tx.closed()).await;

    let forwards_pending = forwarder.shutdown(grace).await;
    // Everything acknowledged is already committed; this flushes forward bookkeeping.
    let _ = store.flush().await;
    let load = |c: &AtomicU64| c.load(Ordering::Relaxed);
    Ok(ListenSummary {
        accepted: load(&stats.accepted),
        duplicates: load(&stats.duplicates),
        rejected: load(&stats.rejected),
        refused: load(&stats.refused),
        not_allowed: load(&stats.not_allowed),
        store_errors: load(&stats.store_errors),
        forwarded: load(&stats.forwarded),
        dead_letters: load(&stats.dead_letters),
        forwards_pending,
        forwards_deferred: load(&stats.forwards_deferred),
    })
}
