//! The live feed behind every open stream: ONE reader per inspector gathers the rows stored
//! since its last look (once per [`POLL`](super::POLL)), builds each row's summary once,
//! and keeps the newest in a shared ring. Rows this process stored (`listen --ui`) come
//! from the store's watch, already in memory; only the others (another process's, as with
//! a separate `inspect`) are read from the store. Each stream filters that ring in memory
//! and sends what matches. A stream whose position is older than the ring (a `Last-Event-ID` resume,
//! or a browser too slow to keep up) reads that part from the store on its own, then joins
//! the ring again; so nothing is missed and a slow page never grows memory: a stream builds
//! one event (at most [`MAX_PAGE`] rows) only when its connection takes it, and the ring
//! holds at most [`RING_ROWS`] rows and [`RING_BYTES`] of bodies. The reader runs only while
//! a stream is open.
//!
//! A row's forwards change after it was sent (the listener stores a delivery with its forwards
//! pending, then tries them): every [`FORWARDS_POLL`] the reader compares the forwards of the
//! newest [`FOLLOWED`] deliveries with what it saw last, and for each delivery whose forwards
//! moved it updates the ring's row and tells every stream ([`Feed::updates`]).
//!
//! A search's first page reads the part of its range the ring holds from it
//! ([`Feed::search`]) instead of the store.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use tokio::sync::{broadcast, watch};

use super::reads::Readers;
use super::{view, MAX_PAGE, POLL};
use crate::store::{Committed, Delivery, Filter, Forward, ForwardState, Store};

/// The most rows the ring keeps.
pub const RING_ROWS: usize = 4096;
/// The most body bytes the ring keeps (bodies can be up to the listener's `--max-body`).
pub const RING_BYTES: usize = 32 << 20;
/// How often the feed looks at the forwards of the newest [`FOLLOWED`] deliveries: as many as
/// the ring holds, so the ring's rows stay true.
const FORWARDS_POLL: Duration = Duration::from_millis(500);
const FOLLOWED: i64 = RING_ROWS as i64;
/// On its first look the feed reports forwards tried this long before it started: a page may
/// have listed them as pending just before it opened its stream.
const TRIED_BEFORE_START_MS: i64 = 10_000;
/// Forward updates a stream that is busy sending rows may fall behind by (each at most
/// [`FOLLOWED`] rows' forwards); it then misses the oldest, which only leaves a forward
/// column as it was until the page reloads.
const UPDATES_BEHIND: usize = 16;

/// One stored delivery as the streams need it: the delivery (shared with the store's watch
/// when it came from there), and its summary serialised once.
pub struct Row {
    pub id: i64,
    stored: Stored,
    /// The list row, as JSON text.
    pub summary: String,
    /// Its forwards when the row was built (empty when it has none).
    progress: Progress,
}

/// A row's delivery: as the store's watch handed it over (not copied), or read back.
#[derive(Clone)]
enum Stored {
    Watched(Arc<Committed>),
    Read(Arc<Delivery>),
}

impl Stored {
    fn delivery(&self) -> &Delivery {
        match self {
            Stored::Watched(c) => &c.delivery,
            Stored::Read(d) => d,
        }
    }
}

/// Each forward of a delivery as the list row shows it: its state and attempts. A change
/// means the row's forward column changed.
type Progress = Vec<(ForwardState, u64)>;
/// The followed deliveries' forwards, by delivery id.
type Followed = HashMap<i64, Progress>;

fn progress(forwards: &[Forward]) -> Progress {
    forwards.iter().map(|f| (f.state, f.attempts)).collect()
}

impl Row {
    fn new(stored: Stored, forwards: &[Forward]) -> Row {
        let d = stored.delivery();
        Row {
            id: d.id,
            summary: view::summary_text(d, forwards),
            progress: progress(forwards),
            stored,
        }
    }

    /// The same row with its forwards as they are now.
    fn with_forwards(&self, forwards: &serde_json::Value) -> Row {
        let mut summary: serde_json::Value =
            serde_json::from_str(&self.summary).unwrap_or_default();
        summary["forwards"] = forwards.clone();
        Row {
            id: self.id,
            stored: self.stored.clone(),
            summary: summary.to_string(),
            progress: Vec::new(),
        }
    }

    /// What the ring counts of it: its body and its summary.
    fn bytes(&self) -> usize {
        self.stored.delivery().body.as_ref().map_or(0, Bytes::len) + self.summary.len()
    }

    /// The store's filter, in memory: the same answer `Store::list` gives for this row.
    pub fn matches(&self, filter: &Filter) -> bool {
        let d = self.stored.delivery();
        filter.matches(d.status, &d.parsed)
            && filter.signature.is_none_or(|s| s == d.signature)
            && filter
                .body_contains
                .as_deref()
                .filter(|q| !q.is_empty())
                .is_none_or(|q| contains_ignore_ascii_case(d.body.as_deref(), q))
    }
}

/// SQL `LIKE '%q%'` as the store runs it: ASCII case-insensitive, bytes otherwise. Finds
/// the needle's first byte (either case) with memchr's SIMD search, then compares the rest.
fn contains_ignore_ascii_case(body: Option<&[u8]>, needle: &str) -> bool {
    let (Some(body), needle) = (body, needle.as_bytes()) else {
        return false;
    };
    let Some((first, rest)) = needle.split_first() else {
        return true;
    };
    let Some(starts) = body.len().checked_sub(rest.len()) else {
        return false;
    };
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let haystack = &body[..starts];
    let follows = |at: usize| body[at + 1..at + needle.len()].eq_ignore_ascii_case(rest);
    if lower == upper {
        memchr::memchr_iter(lower, haystack).any(follows)
    } else {
        memchr::memchr2_iter(lower, upper, haystack).any(follows)
    }
}

#[derive(Default)]
struct Ring {
    /// Every stored row with an id in `(floor, last]` is in `rows` (ids only grow).
    floor: i64,
    last: i64,
    rows: VecDeque<Arc<Row>>,
    bytes: usize,
}

/// What [`Feed::take`] found for a stream at `after`.
pub enum Taken {
    /// Matching rows (at most the limit), and the id the stream has now seen up to.
    Rows(Vec<Arc<Row>>, i64),
    /// The ring starts after `after`: read `(after, floor]` from the store first.
    Behind { floor: i64 },
}

pub struct Feed {
    store: Store,
    reads: Readers,
    ring: RwLock<Ring>,
    /// The ring's last id; streams wait on it. Its receivers are the open streams.
    tick: watch::Sender<i64>,
    running: Mutex<bool>,
    /// The ring's bounds: rows, body bytes.
    capacity: (usize, usize),
    /// Rows read back from the store (the rest came from the watch).
    pub read_back: AtomicU64,
    /// Rows searches looked at in the ring instead of the store.
    pub searched: AtomicU64,
    /// Settled or progressed forwards, each a JSON array of `{"id", "forwards"}` for the
    /// streams to send on.
    updates: broadcast::Sender<Arc<str>>,
}

impl Feed {
    pub fn new(store: Store, reads: Readers) -> Feed {
        Feed::with_capacity(store, reads, RING_ROWS, RING_BYTES)
    }

    pub fn with_capacity(store: Store, reads: Readers, rows: usize, bytes: usize) -> Feed {
        Feed {
            store,
            reads,
            ring: RwLock::default(),
            tick: watch::channel(0).0,
            running: Mutex::new(false),
            capacity: (rows.max(1), bytes),
            read_back: AtomicU64::new(0),
            searched: AtomicU64::new(0),
            updates: broadcast::channel(UPDATES_BEHIND).0,
        }
    }

    /// Forward updates for a stream, from now on.
    pub fn updates(&self) -> broadcast::Receiver<Arc<str>> {
        self.updates.subscribe()
    }

    /// The ring holds every row with an id in `(floor, last]`.
    pub fn window(&self) -> (i64, i64) {
        let ring = self.ring.read().unwrap_or_else(|e| e.into_inner());
        (ring.floor, ring.last)
    }

    /// A stream's subscription; starts the reader if none runs.
    pub fn subscribe(self: &Arc<Self>) -> watch::Receiver<i64> {
        let rx = self.tick.subscribe();
        let mut running = self.running.lock().unwrap_or_else(|e| e.into_inner());
        if !*running {
            *running = true;
            tokio::spawn(self.clone().read_loop());
        }
        rx
    }

    /// Puts `deliveries` (consecutive ids, oldest first) in the ring as the reader would.
    #[cfg(test)]
    pub fn fill(&self, deliveries: Vec<Delivery>) {
        let stored = deliveries.into_iter().map(|d| Stored::Read(Arc::new(d)));
        self.push(stored.map(|s| Row::new(s, &[])).collect());
    }

    /// Up to `max` rows with ids in `(after, upto]` that match `filter`, newest first, from
    /// the ring (which must hold that range: see [`Feed::window`]). A search's first page
    /// reads the part of its range the ring holds from memory instead of the store. Rows not
    /// accepted older than `kept_not_accepted` (the oldest the store still keeps; `None`: it
    /// keeps none) are left out: the store has deleted them.
    pub fn search(
        &self,
        filter: &Filter,
        (after, upto): (i64, i64),
        kept_not_accepted: Option<i64>,
        max: usize,
    ) -> Vec<Arc<Row>> {
        let kept = |r: &Arc<Row>| {
            r.stored.delivery().status < 300 || kept_not_accepted.is_some_and(|k| r.id >= k)
        };
        let ring = self.ring.read().unwrap_or_else(|e| e.into_inner());
        let end = ring.rows.partition_point(|r| r.id <= upto);
        let mut looked = 0;
        let found = ring
            .rows
            .range(..end)
            .rev()
            .take_while(|r| r.id > after)
            .inspect(|_| looked += 1)
            .filter(|r| kept(r) && r.matches(filter))
            .take(max)
            .cloned()
            .collect();
        self.searched.fetch_add(looked, Ordering::Relaxed);
        found
    }

    /// Up to `max` rows after `after` that match `filter`, from the ring.
    pub fn take(&self, filter: &Filter, after: i64, max: usize) -> Taken {
        let ring = self.ring.read().unwrap_or_else(|e| e.into_inner());
        if after < ring.floor {
            return Taken::Behind { floor: ring.floor };
        }
        let start = ring.rows.partition_point(|r| r.id <= after);
        let mut out = Vec::new();
        let mut upto = after.max(ring.last);
        for row in ring.rows.range(start..) {
            if out.len() == max {
                upto = out.last().map_or(after, |r: &Arc<Row>| r.id);
                break;
            }
            if row.matches(filter) {
                out.push(row.clone());
            }
        }
        Taken::Rows(out, upto)
    }

    /// Gathers new rows while any stream is open: those this process commits come from the
    /// store's watch ([`Store::watch`]) and are not read back; the rest (another process's,
    /// or ones the watch missed) are read from the store.
    async fn read_loop(self: Arc<Self>) {
        let store = self.store.clone();
        // Before the start id is read: every row committed after it is then in the watch.
        let mut watch = store.watch();
        let start = loop {
            let s = store.clone();
            match self.reads.run(move || s.last_id()).await {
                Some(Ok(id)) => break id,
                _ => tokio::time::sleep(POLL).await,
            }
        };
        {
            let mut ring = self.ring.write().unwrap_or_else(|e| e.into_inner());
            *ring = Ring {
                floor: start,
                last: start,
                ..Ring::default()
            };
        }
        self.tick.send_replace(start);
        let mut after = start;
        // The forwards of the newest deliveries at the last look, by delivery id.
        let mut followed = Followed::new();
        let mut checked: Option<Instant> = None;
        let started_ms = crate::time::now_ms();
        let mut watched: VecDeque<Arc<Committed>> = VecDeque::new();
        // The position at which the last look found rows the watch did not have.
        let mut waited = None;
        loop {
            if self.tick.receiver_count() == 0 {
                let mut running = self.running.lock().unwrap_or_else(|e| e.into_inner());
                if self.tick.receiver_count() == 0 {
                    // Nothing follows the ring's rows now (forwards): a search must not
                    // read them, and their memory goes.
                    *self.ring.write().unwrap_or_else(|e| e.into_inner()) = Ring::default();
                    *running = false;
                    return;
                }
            }
            // The store's newest id first, then the watch: a row committed in between is in
            // the watch too, so only rows the watch really missed are read back.
            let s = store.clone();
            let Some(Ok(newest)) = self.reads.run(move || s.last_id()).await else {
                tokio::time::sleep(POLL).await;
                continue;
            };
            let mut heard = false;
            loop {
                match watch.try_recv() {
                    Ok(row) => {
                        heard = true;
                        watched.push_back(row);
                    }
                    // Missed: those ids are gaps now, read from the store below.
                    Err(broadcast::error::TryRecvError::Lagged(_)) => heard = true,
                    Err(_) => break,
                }
            }
            let (before, mut full, mut taken) = (after, false, Vec::new());
            while let Some(next) = watched.front().map(|c| c.delivery.id) {
                if next <= after {
                    watched.pop_front();
                } else if next == after + 1 && taken.len() < MAX_PAGE as usize {
                    taken.extend(watched.pop_front());
                    after = next;
                } else {
                    full = taken.len() == MAX_PAGE as usize;
                    break;
                }
            }
            // A row the writer committed but had not yet sent when the watch was drained
            // looks missed for a moment: while this process is storing rows, a gap is read
            // from the store only once it outlasts a look.
            let missed = after < newest && (!heard || waited == Some(after));
            let read = if !taken.is_empty() {
                let s = store.clone();
                self.reads.run(move || rows_from_watch(&s, taken)).await
            } else if missed {
                // Up to the next row the watch has.
                let upto = watched.front().map_or(newest, |c| c.delivery.id - 1);
                let s = store.clone();
                let all = Filter::default();
                let read = self
                    .reads
                    .run(move || read_range(&s, &all, after, upto))
                    .await;
                if let Some(Ok(rows)) = &read {
                    self.read_back
                        .fetch_add(rows.len() as u64, Ordering::Relaxed);
                }
                read
            } else {
                Some(Ok(Vec::new()))
            };
            let rows = match read {
                Some(Ok(rows)) => rows,
                _ => {
                    // Rows taken from the watch are then read from the store next time.
                    after = before;
                    waited = Some(before);
                    tokio::time::sleep(POLL).await;
                    continue;
                }
            };
            full |= rows.len() as u64 == MAX_PAGE;
            if let Some(last) = rows.last().map(|r| r.id) {
                after = after.max(last);
                // Built with its forwards as they are: a change from there is news.
                let forwarded = rows.iter().filter(|r| !r.progress.is_empty());
                followed.extend(forwarded.map(|r| (r.id, r.progress.clone())));
                self.push(rows);
                self.tick.send_replace(after);
            }
            waited = (after < newest).then_some(after);
            if checked.is_none_or(|at| at.elapsed() >= FORWARDS_POLL) {
                let first = checked.is_none();
                checked = Some(Instant::now());
                let (s, then) = (store.clone(), followed.clone());
                let look = move || forwards_moved(&s, newest, &then, first.then_some(started_ms));
                if let Some(Ok((moved, now))) = self.reads.run(look).await {
                    followed = now;
                    self.refresh(moved);
                }
            }
            // More is ready: a full page, or the watch's next row.
            let ready = full || watched.front().is_some_and(|c| c.delivery.id == after + 1);
            if !ready {
                tokio::time::sleep(POLL).await;
            }
        }
    }

    /// Rows whose forwards moved: their ring rows get the new forward column, and every
    /// stream is told (a row it already sent is updated in the page).
    fn refresh(&self, moved: Vec<(i64, serde_json::Value)>) {
        if moved.is_empty() {
            return;
        }
        {
            let mut ring = self.ring.write().unwrap_or_else(|e| e.into_inner());
            for (id, forwards) in &moved {
                if let Ok(at) = ring.rows.binary_search_by_key(id, |r| r.id) {
                    let row = ring.rows[at].with_forwards(forwards);
                    ring.bytes = ring.bytes + row.bytes() - ring.rows[at].bytes();
                    ring.rows[at] = Arc::new(row);
                }
            }
        }
        let updates: Vec<_> = moved
            .into_iter()
            .map(|(id, forwards)| serde_json::json!({ "id": id, "forwards": forwards }))
            .collect();
        let _ = self
            .updates
            .send(serde_json::Value::Array(updates).to_string().into());
    }

    fn push(&self, rows: Vec<Row>) {
        let mut ring = self.ring.write().unwrap_or_else(|e| e.into_inner());
        for row in rows {
            ring.bytes += row.bytes();
            ring.last = row.id;
            ring.rows.push_back(Arc::new(row));
        }
        let (max_rows, max_bytes) = self.capacity;
        while ring.rows.len() > max_rows || (ring.bytes > max_bytes && ring.rows.len() > 1) {
            let Some(old) = ring.rows.pop_front() else {
                break;
            };
            ring.bytes -= old.bytes();
            ring.floor = old.id;
        }
    }
}

/// The forwards of the newest [`FOLLOWED`] deliveries up to `newest` that moved since they
/// were last seen (`then`: at the last look, or when the feed built their rows), as the page
/// shows them; and what they are now, for the next look. A delivery not seen before counts as
/// moved once any of its forwards was tried: its row may have been sent before (read back by a
/// stream, or listed by the page). On the feed's first look (`first`: when it started) only
/// those tried since shortly before then count.
fn forwards_moved(
    store: &Store,
    newest: i64,
    then: &Followed,
    first: Option<i64>,
) -> crate::store::Result<(Vec<(i64, serde_json::Value)>, Followed)> {
    let by_delivery = by_delivery(store.forwards_between(newest.saturating_sub(FOLLOWED), newest)?);
    let mut now = HashMap::with_capacity(by_delivery.len());
    let mut moved = Vec::new();
    for (id, forwards) in by_delivery {
        let progress = progress(&forwards);
        // Not as created (pending, never tried).
        let tried = forwards
            .iter()
            .any(|f| f.state != ForwardState::Pending || f.attempts > 0);
        let changed = match (then.get(&id), first) {
            (Some(was), _) => *was != progress,
            (None, None) => tried,
            (None, Some(started_ms)) => {
                let since = started_ms - TRIED_BEFORE_START_MS;
                tried && forwards.iter().any(|f| f.updated_at >= since)
            }
        };
        if changed {
            moved.push((id, view::forwards(&forwards)));
        }
        now.insert(id, progress);
    }
    Ok((moved, now))
}

/// Rows from the store's watch (consecutive ids, oldest first), with the forwards of those
/// that have any: the same rows [`read_range`] would read.
fn rows_from_watch(store: &Store, taken: Vec<Arc<Committed>>) -> crate::store::Result<Vec<Row>> {
    let forwarded: Vec<i64> = taken
        .iter()
        .filter(|c| c.forwarded)
        .map(|c| c.delivery.id)
        .collect();
    let forwards = forwards_of(store, &forwarded)?;
    Ok(rows(taken.into_iter().map(Stored::Watched), forwards))
}

/// Rows for `stored`, each with its forwards.
fn rows(
    stored: impl Iterator<Item = Stored>,
    mut forwards: HashMap<i64, Vec<Forward>>,
) -> Vec<Row> {
    stored
        .map(|s| {
            let f = forwards.remove(&s.delivery().id).unwrap_or_default();
            Row::new(s, &f)
        })
        .collect()
}

/// The forwards of the deliveries `ids`, by delivery: one range read when the ids lie close
/// together (new rows, a first page), else one read each (a sparse search page).
pub fn forwards_of(store: &Store, ids: &[i64]) -> crate::store::Result<HashMap<i64, Vec<Forward>>> {
    let (Some(&first), Some(&last)) = (ids.iter().min(), ids.iter().max()) else {
        return Ok(HashMap::new());
    };
    if last - first < 4 * ids.len() as i64 {
        return Ok(by_delivery(store.forwards_between(first - 1, last)?));
    }
    let mut forwards = Vec::new();
    for &id in ids {
        forwards.extend(store.forwards(id)?);
    }
    Ok(by_delivery(forwards))
}

/// Forwards grouped by their delivery, each group in the order given.
fn by_delivery(forwards: Vec<Forward>) -> HashMap<i64, Vec<Forward>> {
    let mut grouped: HashMap<i64, Vec<Forward>> = HashMap::new();
    for f in forwards {
        grouped.entry(f.event_id).or_default().push(f);
    }
    grouped
}

/// The feed's read of the rows after `after` (store read and rows built): how many, and the
/// last id (`after` when none). For `benches/inspect.rs`.
pub fn bench_read(store: &Store, after: i64) -> crate::store::Result<(usize, i64)> {
    let rows = read_range(store, &Filter::default(), after, i64::MAX)?;
    Ok((rows.len(), rows.last().map_or(after, |r| r.id)))
}

/// Builds the feed's rows (summaries) from deliveries already read; returns their summary
/// bytes. For `benches/inspect.rs`.
pub fn bench_build(deliveries: Vec<Delivery>) -> usize {
    deliveries
        .into_iter()
        .map(|d| Row::new(Stored::Read(Arc::new(d)), &[]).summary.len())
        .sum()
}

/// The rows matching `filter` in `(after, upto]`, oldest first, at most [`MAX_PAGE`], with
/// their forwards: a stream's catch-up from the store, and (with no filter) the feed's read of
/// the rows the watch could not have.
pub fn read_range(
    store: &Store,
    filter: &Filter,
    after: i64,
    upto: i64,
) -> crate::store::Result<Vec<Row>> {
    let read = store.list_without_headers(&Filter {
        after_id: Some(after),
        before_id: Some(upto.saturating_add(1)),
        newest_first: false,
        limit: Some(MAX_PAGE),
        ..filter.clone()
    })?;
    let forwards = forwards_of(store, &read.iter().map(|d| d.id).collect::<Vec<_>>())?;
    Ok(rows(
        read.into_iter().map(|d| Stored::Read(Arc::new(d))),
        forwards,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_filter_matches_as_sql_like_does() {
        let body = Some(&b"{\"content\":\"Where is my Order #42?\"}"[..]);
        assert!(contains_ignore_ascii_case(body, "order #42"));
        assert!(contains_ignore_ascii_case(body, "WHERE"));
        assert!(!contains_ignore_ascii_case(body, "order #43"));
        assert!(!contains_ignore_ascii_case(None, "x"));
        assert!(!contains_ignore_ascii_case(Some(b"ab"), "abc"));
        // At the very end, at the very start, the whole body, and a first byte with no case.
        assert!(contains_ignore_ascii_case(body, "#42?\"}"));
        assert!(contains_ignore_ascii_case(body, "{\"CONTENT"));
        assert!(contains_ignore_ascii_case(Some(b"abc"), "ABC"));
        assert!(contains_ignore_ascii_case(Some(b"x #1 #2"), "#2"));
        assert!(!contains_ignore_ascii_case(Some(b"x #1 #2"), "#3"));
        // Bytes outside ASCII match only themselves, as in SQLite.
        assert!(contains_ignore_ascii_case(Some("Été".as_bytes()), "ÉTé"));
        assert!(!contains_ignore_ascii_case(Some("Été".as_bytes()), "été"));
    }
}
