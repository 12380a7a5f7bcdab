//! The web inspector (`inspect`, `listen --ui`): one embedded HTML page over the event store,
//! with a JSON API and a Server-Sent Events stream.
//!
//! # Routes
//!
//! - `GET /` the page (static; it takes the token from its own URL).
//! - `GET /api/events` deliveries newest first; filters `event` (comma list), `inbox`,
//!   `conversation`, `verification` (`valid|invalid|missing|unverified`), `q` (text in the body),
//!   `hide_bot_echo`, paging `before` (an id) and `limit` (at most [`MAX_PAGE`]).
//! - `GET /api/stream` the same filters as SSE: `event: deliveries`, its data a JSON array of
//!   rows oldest first (what arrived together, at most [`MAX_PAGE`]), its `id` the last row's
//!   store id; resumes after `Last-Event-ID` (or `after`), so a reconnecting browser misses
//!   nothing. `event: forwards` (no id): rows whose pending forwards settled or were tried
//!   again, a JSON array of `{"id", "forwards"}`.
//! - `GET /api/events/{id}` detail; `GET /api/events/{id}/raw` the body's exact bytes;
//!   `GET /api/events/{id}/curl?to=URL` a curl command with a fresh signature;
//!   `POST /api/events/{id}/replay` `{"to": URL?}` re-signed, to the forward targets or `to`.
//! - `GET /api/conversations/{id}` the transcript rebuilt from stored events.
//!
//! # Safety
//!
//! Every `/api` request needs the per-run token (`?token=` or the `X-Inspect-Token` header);
//! the replay POST needs it in the header, which a cross-site form cannot set. The `Host`
//! header must name the listening address or `localhost` (DNS rebinding), and a cross-site
//! `Origin` is refused. Pages carry `X-Frame-Options: DENY` and `Referrer-Policy: no-referrer`
//! (the token is in the URL).
//!
//! # Limits
//!
//! Reads run on the store's read connections, on the inspector's own low-priority threads
//! ([`reads`]; the listener's writer thread never waits for them); a list page is at most
//! [`MAX_PAGE`] rows; at most [`MAX_STREAMS`] live streams at once (more get 503), all fed
//! by one shared reader that looks for new rows every [`POLL`] ([`feed`]: each stream
//! filters the shared rows in memory and builds one event of at most [`MAX_PAGE`] rows when
//! its connection takes it, so it queues nothing); a
//! transcript holds at most [`MAX_TRANSCRIPT`] events. Bodies are never truncated (the
//! listener caps them, 1 MiB by default).

mod feed;
mod reads;
mod view;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::listen::{self, ReplayOptions, ReplayResult};
use crate::store::{Delivery, Filter, SignatureStatus, Store};

pub use view::{curl_command, transcript};

/// The shared feed's per-row work without a server, for `benches/inspect.rs`.
#[doc(hidden)]
pub mod bench {
    pub use super::feed::{bench_build, bench_read};
}

/// The most rows in one list page, one read of the shared feed, or one stream event.
pub const MAX_PAGE: u64 = 500;
/// Live streams (open pages) at once.
pub const MAX_STREAMS: usize = 16;
/// How often the shared feed looks for new rows (it works across processes, so it polls).
pub const POLL: Duration = Duration::from_millis(100);
/// The most events one conversation view reads.
pub const MAX_TRANSCRIPT: u64 = 5000;

const PAGE: &str = include_str!("index.html");
pub const TOKEN_HEADER: &str = "x-inspect-token";

/// What the inspector serves from.
pub struct Inspector {
    pub store: Store,
    /// The per-run token; see the module docs.
    pub token: String,
    /// Secrets that re-sign replays and curl commands, and explain verification, with a
    /// label for each (`--secret`, `profile secret 'inbox:3'`). Never sent to the page.
    pub secrets: Vec<(String, String)>,
    streams: Arc<Semaphore>,
    /// The shared reader behind every open stream.
    feed: Arc<feed::Feed>,
    /// The threads every store read runs on.
    reads: reads::Readers,
    addr: SocketAddr,
}

impl Inspector {
    pub fn new(store: Store, secrets: Vec<(String, String)>, addr: SocketAddr) -> Inspector {
        let reads = reads::Readers::start();
        let feed = Arc::new(feed::Feed::new(store.clone(), reads.clone()));
        Inspector::with_feed(store, secrets, addr, feed, reads)
    }

    fn with_feed(
        store: Store,
        secrets: Vec<(String, String)>,
        addr: SocketAddr,
        feed: Arc<feed::Feed>,
        reads: reads::Readers,
    ) -> Inspector {
        Inspector {
            feed,
            reads,
            store,
            token: new_token(),
            secrets,
            streams: Arc::new(Semaphore::new(MAX_STREAMS)),
            addr,
        }
    }

    /// The URL to print and open: it carries the token.
    pub fn url(&self) -> String {
        format!("http://{}/?token={}", self.addr, self.token)
    }

    /// The secret that re-signs (the first known).
    fn signing_secret(&self) -> Option<&str> {
        self.secrets.first().map(|(_, s)| s.as_str())
    }
}

/// 128 random bits, hex.
pub fn new_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Serves on `listener` until `shutdown` resolves; `on_ready` gets the inspector (its URL)
/// first.
///
/// The inspector runs on its own thread, with its own single-threaded runtime, at the
/// readers' lower priority ([`reads::lower_priority`]): everything it does (building pages
/// and stream events, writing them to the browser) takes the CPU the caller's runtime leaves
/// idle, so `listen --ui` ingests as fast with a page open as without.
pub async fn serve(
    listener: TcpListener,
    store: Store,
    secrets: Vec<(String, String)>,
    on_ready: impl FnOnce(&Inspector),
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let addr = listener.local_addr()?;
    let listener = listener.into_std()?;
    let inspector = Arc::new(Inspector::new(store, secrets, addr));
    on_ready(&inspector);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (done, finished) = tokio::sync::oneshot::channel();
    std::thread::Builder::new()
        .name("inspect".into())
        .spawn(move || {
            reads::lower_priority();
            let served = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .and_then(|rt| {
                    rt.block_on(async move {
                        axum::serve(TcpListener::from_std(listener)?, router(inspector))
                            .with_graceful_shutdown(async {
                                let _ = stopped.await;
                            })
                            .await
                    })
                });
            let _ = done.send(served);
        })?;
    let mut finished = std::pin::pin!(finished);
    tokio::select! {
        served = &mut finished => return served.unwrap_or_else(|_| Err(gone())),
        () = shutdown => {}
    }
    let _ = stop.send(());
    finished.await.unwrap_or_else(|_| Err(gone()))
}

/// The inspector's thread ended without an answer: it panicked.
fn gone() -> std::io::Error {
    std::io::Error::other("the inspector's thread stopped unexpectedly")
}

pub fn router(inspector: Arc<Inspector>) -> Router {
    let api = Router::new()
        .route("/api/events", get(list))
        .route("/api/stream", get(stream))
        .route("/api/events/{id}", get(detail))
        .route("/api/events/{id}/raw", get(raw))
        .route("/api/events/{id}/curl", get(curl))
        .route("/api/events/{id}/replay", post(replay))
        .route("/api/conversations/{id}", get(conversation))
        .layer(middleware::from_fn_with_state(
            inspector.clone(),
            require_token,
        ));
    Router::new()
        .route("/", get(page))
        .merge(api)
        .layer(middleware::from_fn_with_state(inspector.clone(), guard))
        .with_state(inspector)
}

/// An API error: the status and a sentence for the page.
#[derive(Debug)]
pub struct Refusal(StatusCode, String);

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

fn refuse(status: StatusCode, message: &str) -> Refusal {
    Refusal(status, message.to_string())
}

type ApiResult = Result<Response, Refusal>;

/// Host and Origin checks, and the headers every answer carries.
async fn guard(State(ins): State<Arc<Inspector>>, req: Request, next: Next) -> Response {
    let port = ins.addr.port();
    let allowed = |authority: &str| {
        let ok_hosts = [
            format!("127.0.0.1:{port}"),
            format!("localhost:{port}"),
            format!("[::1]:{port}"),
            ins.addr.to_string(),
        ];
        ok_hosts.iter().any(|h| h.eq_ignore_ascii_case(authority))
    };
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    if !allowed(host) {
        return refuse(
            StatusCode::FORBIDDEN,
            "unexpected Host header: open the inspector at the URL it printed",
        )
        .into_response();
    }
    if let Some(origin) = req.headers().get(header::ORIGIN) {
        let origin = origin.to_str().unwrap_or_default();
        if !origin.strip_prefix("http://").is_some_and(allowed) {
            return refuse(StatusCode::FORBIDDEN, "cross-origin request refused").into_response();
        }
    }
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    headers.insert("x-frame-options", HeaderValue::from_static("DENY"));
    headers.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    headers.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

fn token_from(headers: &HeaderMap, query: Option<&str>) -> (Option<String>, Option<String>) {
    let header = headers
        .get(TOKEN_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let query = query.and_then(|q| {
        url::form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "token")
            .map(|(_, v)| v.into_owned())
    });
    (header, query)
}

/// Constant-time comparison, so the token cannot be guessed byte by byte.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

async fn require_token(State(ins): State<Arc<Inspector>>, req: Request, next: Next) -> Response {
    let (header, query) = token_from(req.headers(), req.uri().query());
    // A change (POST) needs the header: a page on another site cannot set it.
    let given = if req.method() == axum::http::Method::GET {
        header.or(query)
    } else {
        header
    };
    match given {
        Some(t) if same(&t, &ins.token) => next.run(req).await,
        Some(_) => refuse(
            StatusCode::FORBIDDEN,
            "wrong inspector token: use the URL the inspector printed",
        )
        .into_response(),
        None => refuse(
            StatusCode::FORBIDDEN,
            if req.method() == axum::http::Method::GET {
                "missing inspector token: use the URL the inspector printed"
            } else {
                "missing X-Inspect-Token header: changes need the inspector's token in that header"
            },
        )
        .into_response(),
    }
}

async fn page() -> Html<&'static str> {
    Html(PAGE)
}

/// The list and stream filters.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ListQuery {
    event: Option<String>,
    inbox: Option<String>,
    conversation: Option<String>,
    verification: Option<String>,
    q: Option<String>,
    hide_bot_echo: Option<String>,
    before: Option<i64>,
    after: Option<i64>,
    limit: Option<u64>,
}

impl ListQuery {
    fn filter(&self) -> Result<Filter, Refusal> {
        let number = |name: &str, v: &Option<String>| -> Result<Option<i64>, Refusal> {
            match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                None => Ok(None),
                Some(s) => s.trim_start_matches('#').parse().map(Some).map_err(|_| {
                    refuse(
                        StatusCode::BAD_REQUEST,
                        &format!("{name} must be a number, not '{s}'"),
                    )
                }),
            }
        };
        let signature = match self.verification.as_deref().map(str::trim) {
            None | Some("") | Some("all") => None,
            Some(s @ ("valid" | "invalid" | "missing" | "unverified")) => {
                Some(SignatureStatus::parse(s))
            }
            Some(other) => {
                return Err(refuse(
                    StatusCode::BAD_REQUEST,
                    &format!(
                        "verification must be valid, invalid, missing or unverified, not '{other}'"
                    ),
                ))
            }
        };
        // Known names only, so a typo gets a suggestion rather than an empty list.
        let events = self
            .event
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(|e| crate::events::Event::parse(e).map(|e| e.as_str().to_string()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| refuse(StatusCode::BAD_REQUEST, &e))?;
        Ok(Filter {
            events,
            inbox: number("inbox", &self.inbox)?,
            conversation: number("conversation", &self.conversation)?,
            ignore_bot_echo: matches!(self.hide_bot_echo.as_deref(), Some("1" | "true" | "on")),
            signature,
            body_contains: self.q.clone().filter(|q| !q.is_empty()),
            before_id: self.before,
            after_id: self.after,
            newest_first: true,
            limit: Some(self.limit.unwrap_or(100).clamp(1, MAX_PAGE)),
            ..Filter::default()
        })
    }
}

/// Runs a blocking store read on the inspector's reader threads (see [`reads`]).
async fn read<T: Send + 'static>(
    ins: &Inspector,
    f: impl FnOnce() -> crate::store::Result<T> + Send + 'static,
) -> Result<T, Refusal> {
    match ins.reads.run(f).await {
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => Err(refuse(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string())),
        None => Err(refuse(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the read failed unexpectedly",
        )),
    }
}

/// Rows with their forwards, as the page shows them.
fn summaries(store: &Store, rows: &[Delivery]) -> crate::store::Result<Vec<serde_json::Value>> {
    let forwards = feed::forwards_of(store, &rows.iter().map(|d| d.id).collect::<Vec<_>>())?;
    Ok(rows
        .iter()
        .map(|d| view::summary(d, forwards.get(&d.id).map_or(&[], Vec::as_slice)))
        .collect())
}

/// Ids a search reads per query when it may scan bodies (text, a valid or unverified
/// signature): each query is its own read transaction, so a search through every stored body
/// never holds one WAL snapshot for long (which would keep the listener's checkpoints from
/// finishing, and the WAL growing, for as long as the search runs).
const SCAN_CHUNK: i64 = 2000;

/// The most ids a first page (no `before`: what each pause in typing a filter asks for)
/// reads when it may scan bodies. A search that matches nothing stops there and the page
/// offers to search older deliveries (`next_before`). So a person typing a search over a big
/// store costs the listener a bounded slice of CPU per keystroke (about 10 ms of one core for
/// 5,000 ~3 KB bodies) instead of a scan of everything.
const SCAN_BUDGET: i64 = 5_000;

/// The same for a next page (`before`: the page's "Older" or "Search older", a click): it
/// goes ten times deeper, so a search through 100,000 deliveries takes three requests.
const SCAN_BUDGET_OLDER: i64 = 50_000;

/// Whether `filter` reads rows one by one: text in the body, or a valid or unverified
/// signature (they match most rows, or none). A refused signature is found through an index
/// (see `Filter`), like the other filters.
fn scans(filter: &Filter) -> bool {
    filter.body_contains.is_some() || filter.signature.is_some_and(|s| !s.refused())
}

/// `filter`'s rows, newest first; a scanning filter runs in id ranges of [`SCAN_CHUNK`] and
/// reads at most `budget` ids. The second value is where a search that ran out of budget
/// stopped: the `before` id for the next page (older ids are left to search).
fn newest(
    store: &Store,
    filter: &Filter,
    last_id: i64,
    budget: i64,
) -> crate::store::Result<(Vec<Delivery>, Option<i64>)> {
    let limit = filter.limit.unwrap_or(MAX_PAGE);
    if !scans(filter) {
        return Ok((store.list(filter)?, None));
    }
    let floor = filter.after_id.unwrap_or(0).max(0);
    let mut hi = filter
        .before_id
        .unwrap_or(i64::MAX)
        .min(last_id.saturating_add(1));
    // Ids in (stop, hi): `budget` of them.
    let stop = hi.saturating_sub(budget.saturating_add(1)).max(floor);
    let mut rows = Vec::new();
    while hi > stop.saturating_add(1) && (rows.len() as u64) < limit {
        let lo = hi.saturating_sub(SCAN_CHUNK).max(stop);
        rows.extend(store.list(&Filter {
            after_id: Some(lo),
            before_id: Some(hi),
            limit: Some(limit - rows.len() as u64),
            ..filter.clone()
        })?);
        hi = lo.saturating_add(1);
    }
    let unsearched = (rows.len() as u64) < limit && hi > floor.saturating_add(1);
    Ok((rows, unsearched.then_some(hi)))
}

/// A first page (no `before`): [`newest`]'s answer, with the ids the live feed's ring holds
/// read from memory (with the summaries it already built) instead of the store. While a page
/// is open that is the newest few thousand deliveries, which a search typed in the page reads
/// most: they are in the WAL, which every read copies page by page.
fn first_page(
    store: &Store,
    feed: &feed::Feed,
    filter: &Filter,
    last_id: i64,
    budget: i64,
) -> crate::store::Result<(Vec<serde_json::Value>, Option<i64>)> {
    let floor = filter.after_id.unwrap_or(0).max(0);
    // The ids a search may read: (stop, last_id].
    let stop = last_id.saturating_sub(budget).max(floor);
    let (ring_floor, ring_last) = feed.window();
    let (ring_lo, ring_hi) = (ring_floor.max(stop), ring_last.min(last_id));
    if !scans(filter) || ring_hi <= ring_lo {
        let (rows, stopped_at) = newest(store, filter, last_id, budget)?;
        return Ok((summaries(store, &rows)?, stopped_at));
    }
    let limit = filter.limit.unwrap_or(MAX_PAGE) as usize;
    // Ids in (after, upto], all of them, from the store.
    let stored = |after: i64, upto: i64, wanted: usize| {
        let part = Filter {
            after_id: Some(after),
            before_id: Some(upto + 1),
            limit: Some(wanted as u64),
            ..filter.clone()
        };
        summaries(store, &newest(store, &part, last_id, upto - after)?.0)
    };
    // Newer than the ring (committed since its last look), the ring, then older ids.
    let mut rows = Vec::new();
    if last_id > ring_hi {
        rows.extend(stored(ring_hi, last_id, limit)?);
    }
    if rows.len() < limit {
        let kept = store.oldest_not_accepted()?;
        let found = feed.search(filter, (ring_lo, ring_hi), kept, limit - rows.len());
        rows.extend(
            found
                .iter()
                .filter_map(|r| serde_json::from_str(&r.summary).ok()),
        );
    }
    if rows.len() < limit && ring_lo > stop {
        rows.extend(stored(stop, ring_lo, limit - rows.len())?);
    }
    let unsearched = rows.len() < limit && stop > floor;
    Ok((rows, unsearched.then_some(stop + 1)))
}

async fn list(State(ins): State<Arc<Inspector>>, Query(q): Query<ListQuery>) -> ApiResult {
    let filter = q.filter()?;
    let store = ins.store.clone();
    let limit = filter.limit.unwrap_or(MAX_PAGE);
    let feed = ins.feed.clone();
    let (rows, stopped_at, last_id) = read(&ins, move || {
        // The last id first: a delivery committed in between is then in the page and in
        // the stream (the page drops the second copy), never in neither.
        let last_id = store.last_id()?;
        let (rows, stopped_at) = match filter.before_id {
            None => first_page(&store, &feed, &filter, last_id, SCAN_BUDGET)?,
            Some(_) => {
                let (rows, stopped_at) = newest(&store, &filter, last_id, SCAN_BUDGET_OLDER)?;
                (summaries(&store, &rows)?, stopped_at)
            }
        };
        Ok((rows, stopped_at, last_id))
    })
    .await?;
    // `next_before`: where the next (older) page starts; a search out of budget continues
    // below the ids it read, even when it found nothing.
    let next_before = stopped_at.or_else(|| rows.last().and_then(|r| r["id"].as_i64()));
    let more = rows.len() as u64 == limit || stopped_at.is_some();
    Ok(Json(json!({
        "events": rows,
        "last_id": last_id,
        "more": more,
        "next_before": next_before,
        "searched_to": stopped_at,
    }))
    .into_response())
}

/// A stream's state: where it is, its wake-ups, and its slot.
struct Tail {
    ins: Arc<Inspector>,
    filter: Filter,
    after: i64,
    tick: tokio::sync::watch::Receiver<i64>,
    /// Forwards that settled since (see [`feed::Feed::updates`]).
    updates: tokio::sync::broadcast::Receiver<Arc<str>>,
    _permit: tokio::sync::OwnedSemaphorePermit,
}

/// One SSE event for rows that arrived together: a JSON array, the last row's id as its id.
fn batch<'a>(rows: impl IntoIterator<Item = &'a feed::Row>) -> Option<Event> {
    let mut data = String::from("[");
    let mut last = None;
    for row in rows {
        if last.is_some() {
            data.push(',');
        }
        data.push_str(&row.summary);
        last = Some(row.id);
    }
    data.push(']');
    Some(
        Event::default()
            .event("deliveries")
            .id(last?.to_string())
            .data(data),
    )
}

/// Rows whose forwards moved (a JSON array of `{"id", "forwards"}`). It has no id, so a
/// reconnecting page resumes after the last row it got, as before.
fn forwards_event(data: &str) -> Event {
    Event::default().event("forwards").data(data)
}

async fn stream(
    State(ins): State<Arc<Inspector>>,
    headers: HeaderMap,
    Query(q): Query<ListQuery>,
) -> ApiResult {
    let mut filter = q.filter()?;
    let Ok(permit) = ins.streams.clone().try_acquire_owned() else {
        return Err(refuse(
            StatusCode::SERVICE_UNAVAILABLE,
            &format!("{MAX_STREAMS} inspector pages are already open: close one"),
        ));
    };
    // A reconnecting EventSource sends the last id it saw; that wins over `after`.
    let resume = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<i64>().ok());
    let after = match resume.or(q.after) {
        Some(id) => id,
        None => {
            let s = ins.store.clone();
            read(&ins, move || s.last_id()).await?
        }
    };
    filter.newest_first = false;
    filter.before_id = None;
    filter.after_id = None;
    filter.limit = None;
    let updates = ins.feed.updates();
    let tick = ins.feed.subscribe();
    let state = Tail {
        ins,
        filter,
        after,
        tick,
        updates,
        _permit: permit,
    };
    // One event per batch, built when the connection takes it: a slow page holds no queue.
    let events = futures_util::stream::unfold(state, |mut t| async move {
        loop {
            // Updates first: a stream busy sending rows would otherwise miss them.
            if let Ok(data) = t.updates.try_recv() {
                return Some((Ok(forwards_event(&data)), t));
            }
            // Marks the current tick seen before looking, so a row pushed after the look
            // wakes this stream.
            t.tick.borrow_and_update();
            match t.ins.feed.take(&t.filter, t.after, MAX_PAGE as usize) {
                feed::Taken::Rows(rows, upto) => {
                    t.after = upto;
                    if let Some(ev) = batch(rows.iter().map(|r| &**r)) {
                        return Some((Ok::<_, std::convert::Infallible>(ev), t));
                    }
                }
                feed::Taken::Behind { floor } => {
                    // Older than the shared ring: this stream reads that part itself.
                    let (store, filter, after) = (t.ins.store.clone(), t.filter.clone(), t.after);
                    let read = read(&t.ins, move || {
                        feed::read_range(&store, &filter, after, floor)
                    });
                    match read.await {
                        Ok(rows) => {
                            t.after = if rows.len() as u64 == MAX_PAGE {
                                rows.last().map_or(floor, |r| r.id)
                            } else {
                                floor
                            };
                            if let Some(ev) = batch(&rows) {
                                return Some((Ok(ev), t));
                            }
                        }
                        Err(_) => tokio::time::sleep(POLL).await,
                    }
                    continue;
                }
            }
            tokio::select! {
                changed = t.tick.changed() => if changed.is_err() {
                    return None;
                },
                update = t.updates.recv() => match update {
                    Ok(data) => return Some((Ok(forwards_event(&data)), t)),
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => return None,
                },
            }
        }
    });
    Ok(Sse::new(events)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response())
}

async fn load(ins: &Inspector, id: i64) -> Result<Delivery, Refusal> {
    let store = ins.store.clone();
    read(ins, move || store.get(id))
        .await?
        .ok_or_else(|| refuse(StatusCode::NOT_FOUND, &format!("no stored delivery #{id}")))
}

async fn detail(State(ins): State<Arc<Inspector>>, Path(id): Path<i64>) -> ApiResult {
    let d = load(&ins, id).await?;
    let store = ins.store.clone();
    let forwards = read(&ins, move || store.forwards(id)).await?;
    Ok(Json(view::detail(&d, &forwards, &ins.secrets)).into_response())
}

async fn raw(State(ins): State<Arc<Inspector>>, Path(id): Path<i64>) -> ApiResult {
    let d = load(&ins, id).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/octet-stream"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"delivery.json\"",
            ),
        ],
        d.body.unwrap_or_default(),
    )
        .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ToQuery {
    to: Option<String>,
}

/// The typed URL, checked as `replay --to` checks it, else the first forward target.
async fn target(ins: &Inspector, id: i64, to: Option<String>) -> Result<Option<String>, Refusal> {
    match to.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => crate::net::target_url(t)
            .map(Some)
            .map_err(|e| refuse(StatusCode::BAD_REQUEST, &e)),
        None => {
            let store = ins.store.clone();
            let forwards = read(ins, move || store.forwards(id)).await?;
            Ok(forwards.into_iter().next().map(|f| f.target))
        }
    }
}

async fn curl(
    State(ins): State<Arc<Inspector>>,
    Path(id): Path<i64>,
    Query(q): Query<ToQuery>,
) -> ApiResult {
    let d = load(&ins, id).await?;
    let to = target(&ins, id, q.to)
        .await?
        .unwrap_or_else(|| format!("http://127.0.0.1:8000{}", d.path));
    let command = curl_command(&d, &to, ins.signing_secret(), crate::time::now_unix());
    Ok(Json(json!({
        "command": command,
        "target": to,
        "resigned": ins.signing_secret().is_some(),
    }))
    .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ReplayBody {
    to: Option<String>,
}

async fn replay(
    State(ins): State<Arc<Inspector>>,
    Path(id): Path<i64>,
    body: Option<Json<ReplayBody>>,
) -> ApiResult {
    load(&ins, id).await?;
    let to = body.and_then(|Json(b)| b.to);
    let to = match to.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => {
            Some(crate::net::target_url(t).map_err(|e| refuse(StatusCode::BAD_REQUEST, &e))?)
        }
        None => None,
    };
    let mut outcomes = Vec::new();
    listen::replay(
        &ins.store,
        vec![id],
        ReplayOptions {
            to,
            secret: ins.signing_secret().map(str::to_string),
            concurrency: 1,
            ..ReplayOptions::default()
        },
        |o| outcomes.push(o.clone()),
    )
    .await
    .map_err(|e| refuse(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()))?;
    let outcomes: Vec<_> = outcomes
        .iter()
        .map(|o| {
            let (result, status, detail) = match &o.result {
                ReplayResult::Delivered { status } => ("delivered", Some(*status), String::new()),
                ReplayResult::Failed { status, error } => ("failed", *status, error.clone()),
                ReplayResult::Skipped { reason } => ("skipped", None, reason.clone()),
            };
            json!({
                "target": o.target, "result": result, "status": status, "detail": detail,
                "delivery_id": o.delivery_id,
            })
        })
        .collect();
    Ok(Json(json!({
        "resigned": ins.signing_secret().is_some(),
        "outcomes": outcomes,
    }))
    .into_response())
}

async fn conversation(State(ins): State<Arc<Inspector>>, Path(id): Path<i64>) -> ApiResult {
    let store = ins.store.clone();
    let filter = Filter {
        conversation: Some(id),
        accepted_only: true,
        newest_first: true,
        limit: Some(MAX_TRANSCRIPT),
        ..Filter::default()
    };
    let mut rows = read(&ins, move || store.list(&filter)).await?;
    rows.reverse();
    Ok(Json(json!({
        "conversation": id,
        "entries": transcript(&rows),
        "truncated": rows.len() as u64 == MAX_TRANSCRIPT,
    }))
    .into_response())
}

#[cfg(test)]
mod tests;
