//! The event store: an embedded SQLite file holding every webhook delivery the listener
//! answered, byte for byte, and the bookkeeping of forwards (dead letters included).
//!
//! # API for the commands
//!
//! - [`Store::open`] / [`Store::open_with`]: creates the parent directory (0700) and the file
//!   (0600: it holds raw bodies), applies the [`SCHEMA`]. A `Store` is a cheap `Clone` handle;
//!   the writer thread stops when the last clone is dropped, after committing what it has.
//! - Writes (async, group-committed by one writer thread): [`Store::insert`] (the listener),
//!   [`Store::record_forward`], [`Store::flush`].
//! - Reads (blocking, on pooled read connections; call them from `spawn_blocking` inside a
//!   busy server, directly from a command): [`Store::get`], [`Store::list`],
//!   [`Store::for_each`] (streaming, constant memory: `events export`), [`Store::count`],
//!   [`Store::counts`], [`Store::forwards`], [`Store::last_id`].
//! - Maintenance: [`Store::prune`] (`events prune --older-than`).
//! - [`Filter`] is shared by `tail`, `events list|export`, `replay` (SQL) and `listen`
//!   ([`Filter::matches`], in memory), so all agree on what `--events`, `--inbox`,
//!   `--conversation`, `--ignore-bot-echo` mean. `tail --follow` polls `list` with
//!   [`Filter::after_id`] set to the last id printed.
//!
//! # Durability
//!
//! WAL journal with `synchronous=NORMAL` by default. A commit appends the transaction to the
//! `-wal` file with `write(2)` before it returns, so the bytes are in the kernel's page cache:
//! a process killed with SIGKILL (or a panic, or an abort) after the HTTP answer loses nothing,
//! because the kernel still writes those pages. What NORMAL gives up is the `fsync` per commit:
//! a power loss or kernel crash can lose the last transactions (never corrupt the file).
//! [`Synchronous::Full`] fsyncs the WAL on every commit (one fsync per group-committed batch,
//! not per delivery) for operators who need power-loss durability too.
//!
//! # Group commit
//!
//! One writer thread owns the write connection. Callers send jobs over a bounded channel
//! and await a oneshot; the thread takes every job waiting (up to [`MAX_BATCH`]), runs them in
//! one IMMEDIATE transaction, commits, then answers each caller. The listener answers 2xx only
//! after its job's answer, i.e. after the commit.
//!
//! Checkpoints (copying the WAL into the database file, with its fsync) run on a second
//! thread, so no answer waits for one; when the WAL passes 64 MiB under sustained load the
//! writer copies the last few frames itself between batches, after answering, so the WAL
//! starts over instead of growing (see `writer::checkpointer`).

mod parse;
mod schema;
mod writer;

use std::collections::HashSet;
use std::fs::{DirBuilder, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags, OptionalExtension, Row};
use tokio::sync::{broadcast, mpsc, oneshot};

pub use crate::time::now_ms;
pub use parse::Parsed;
pub use schema::{SCHEMA, SCHEMA_VERSION};
use writer::Job;

/// The most jobs committed in one transaction.
pub const MAX_BATCH: usize = 1024;

/// A delivery as its batch committed, for watchers in this process ([`Store::watch`]). Its
/// headers are left empty, as [`Store::list_without_headers`] leaves them.
#[derive(Debug)]
pub struct Committed {
    pub delivery: Delivery,
    /// Forward rows (`pending`) were created with it.
    pub forwarded: bool,
}

/// Committed rows a watcher may fall behind by before it misses some (see [`Store::watch`]).
pub const WATCH_CAPACITY: usize = 1024;
/// Rows with a bigger body are not sent to watchers, so what waits for a slow watcher stays
/// under [`WATCH_CAPACITY`] × this (16 MiB).
pub const WATCH_BODY_MAX: usize = 16 << 10;
/// Jobs waiting for the writer before `insert` waits for room (backpressure).
const CHANNEL_CAPACITY: usize = 8192;
/// How long a write or read waits for another process's lock (a `prune`, a `replay`).
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// Idle read connections kept open.
const READER_POOL: usize = 4;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("event store: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("event store {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the event store was written by a newer chatwoot-bridge (schema {0}, this build knows {SCHEMA_VERSION}); upgrade, or use another --store")]
    NewerSchema(i64),
    #[error("the event store's writer has stopped: {0}")]
    WriterStopped(String),
    /// The batch's transaction could not begin or commit (disk full, lock held too long).
    #[error("event store commit failed: {0}")]
    Commit(String),
    /// Returned by a [`Store::for_each`] callback to stop with an output error.
    #[error("{0}")]
    Output(std::io::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Commit durability; see the module docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Synchronous {
    /// Survives process crashes (SIGKILL); may lose the last commits on power loss.
    #[default]
    Normal,
    /// Also survives power loss: one fsync per committed batch.
    Full,
}

#[derive(Debug, Clone, Default)]
pub struct StoreOptions {
    pub synchronous: Synchronous,
    pub rejected: RejectedBudget,
}

/// What is kept of deliveries not accepted (401 bad or missing signature; 413, 408, 400
/// refusals): anyone who reaches an exposed listener can send those, so they get a fixed
/// budget instead of the disk. Each keeps its headers, path and size, the reason, and the
/// first bytes of its body; only the newest `rows` are kept, older ones are deleted as new
/// ones arrive. Accepted deliveries are never cut or deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RejectedBudget {
    /// Rows kept, newest first.
    pub rows: u64,
    /// Bytes of each body kept (the rest is counted in `body_size`, not stored).
    pub body_bytes: usize,
    /// Bytes of header names and values kept per row (the path counts too); what does not
    /// fit is cut.
    pub header_bytes: usize,
}

impl Default for RejectedBudget {
    /// 1,000 rows of at most 4 KiB of body and 8 KiB of headers: about 12 MiB at worst.
    fn default() -> Self {
        RejectedBudget {
            rows: 1000,
            body_bytes: 4096,
            header_bytes: 8192,
        }
    }
}

impl RejectedBudget {
    /// The most one row may take, before SQLite's own overhead.
    pub fn row_bytes(&self) -> usize {
        self.body_bytes + self.header_bytes + 1024
    }
}

/// How a delivery's signature fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureStatus {
    Valid,
    /// A secret applied and the signature did not verify (digest, malformed, stale timestamp).
    Invalid,
    /// A secret applied and there was no signature header.
    Missing,
    /// No secret for the path, or `--no-verify`.
    Unverified,
}

impl SignatureStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SignatureStatus::Valid => "valid",
            SignatureStatus::Invalid => "invalid",
            SignatureStatus::Missing => "missing",
            SignatureStatus::Unverified => "unverified",
        }
    }

    /// Invalid or missing: the listener answered 401 and did not accept the delivery.
    pub fn refused(self) -> bool {
        matches!(self, SignatureStatus::Invalid | SignatureStatus::Missing)
    }

    /// The stored name back; anything unknown reads as `Unverified`.
    pub fn parse(s: &str) -> SignatureStatus {
        match s {
            "valid" => SignatureStatus::Valid,
            "invalid" => SignatureStatus::Invalid,
            "missing" => SignatureStatus::Missing,
            _ => SignatureStatus::Unverified,
        }
    }
}

impl std::fmt::Display for SignatureStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A delivery to store, as the listener saw it.
#[derive(Debug, Clone)]
pub struct NewDelivery {
    /// Unix milliseconds.
    pub received_at: i64,
    pub path: String,
    /// The HTTP status the listener will answer; `< 300` means accepted (and deduplicated).
    pub status: u16,
    /// Lower-case names, in arrival order.
    pub headers: Vec<(String, String)>,
    /// `None` when refused before reading (413 on Content-Length).
    pub body: Option<Bytes>,
    pub body_size: u64,
    pub delivery_id: Option<String>,
    pub signature: SignatureStatus,
    pub signature_error: Option<String>,
    pub timestamp_header: Option<String>,
    pub parsed: Parsed,
    /// Why it was refused (not for a signature reason), if it was.
    pub refusal: Option<String>,
    /// Forward targets, recorded `pending` in the same transaction (ignored for duplicates).
    pub forward_to: Vec<String>,
}

/// What [`Store::insert`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ingest {
    /// A new row with this event id.
    Stored(i64),
    /// The `X-Chatwoot-Delivery` was already stored (accepted) as `original`; its duplicate
    /// counter is now `count`.
    Duplicate { original: i64, count: u64 },
}

/// A stored delivery.
#[derive(Debug, Clone, PartialEq)]
pub struct Delivery {
    /// The event id.
    pub id: i64,
    /// Unix milliseconds.
    pub received_at: i64,
    pub path: String,
    pub status: u16,
    pub headers: Vec<(String, String)>,
    /// Exactly as received; `None` if refused unread.
    pub body: Option<Bytes>,
    pub body_size: u64,
    pub delivery_id: Option<String>,
    pub signature: SignatureStatus,
    pub signature_error: Option<String>,
    pub timestamp_header: Option<String>,
    pub parsed: Parsed,
    pub refused: bool,
    pub refusal_reason: Option<String>,
    pub duplicates: u64,
    pub last_duplicate_at: Option<i64>,
}

impl Delivery {
    /// The row a [`NewDelivery`] became (what the listener broadcasts, without a read).
    pub fn from_new(id: i64, new: &NewDelivery) -> Delivery {
        Delivery {
            id,
            received_at: new.received_at,
            path: new.path.clone(),
            status: new.status,
            headers: new.headers.clone(),
            body: new.body.clone(),
            body_size: new.body_size,
            delivery_id: new.delivery_id.clone(),
            signature: new.signature,
            signature_error: new.signature_error.clone(),
            timestamp_header: new.timestamp_header.clone(),
            parsed: new.parsed.clone(),
            refused: new.refusal.is_some(),
            refusal_reason: new.refusal.clone(),
            duplicates: 0,
            last_duplicate_at: None,
        }
    }

    /// Accepted (answered 2xx).
    pub fn accepted(&self) -> bool {
        self.status < 300
    }

    /// A header's value by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body parsed as JSON, if it is.
    pub fn json(&self) -> Option<serde_json::Value> {
        self.body
            .as_ref()
            .and_then(|b| serde_json::from_slice(b).ok())
    }

    /// The message `content` (message events), on one line and cut to `max_chars`, for the
    /// one-line views of `listen` and `tail`.
    pub fn excerpt(&self, max_chars: usize) -> Option<String> {
        let json = self.json()?;
        let content = json.get("content")?.as_str()?;
        let one_line: String = content.split_whitespace().collect::<Vec<_>>().join(" ");
        if one_line.chars().count() <= max_chars {
            return Some(one_line);
        }
        let mut cut: String = one_line.chars().take(max_chars.saturating_sub(1)).collect();
        cut.push('…');
        Some(cut)
    }
}

/// Forwarding state of one (delivery, target).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForwardState {
    /// Not delivered yet: in flight, or interrupted by a shutdown or crash. Replayable.
    Pending,
    Delivered,
    /// Gave up: a dead letter. Replayable.
    Dead,
}

impl ForwardState {
    pub fn as_str(self) -> &'static str {
        match self {
            ForwardState::Pending => "pending",
            ForwardState::Delivered => "delivered",
            ForwardState::Dead => "dead",
        }
    }

    fn parse(s: &str) -> ForwardState {
        match s {
            "delivered" => ForwardState::Delivered,
            "dead" => ForwardState::Dead,
            _ => ForwardState::Pending,
        }
    }
}

/// A forward's outcome to record (an upsert on `(event_id, target)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForwardUpdate {
    pub event_id: i64,
    pub target: String,
    pub state: ForwardState,
    /// Attempts made in this run; added to the stored count.
    pub attempts: u32,
    pub last_status: Option<u16>,
    pub last_error: Option<String>,
}

/// A row of `forwards`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forward {
    pub event_id: i64,
    pub target: String,
    pub state: ForwardState,
    pub attempts: u64,
    pub last_status: Option<u16>,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A `replay` run ([`Store::begin_replay`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplayRun {
    pub id: i64,
    /// Seeds the run's delivery ids, so a resumed run re-sends an unanswered one under the
    /// same `X-Chatwoot-Delivery` (a receiver that deduplicates sees it once).
    pub nonce: String,
    /// `(event id, target)` pairs this run already delivered (empty for a new run).
    pub delivered: HashSet<(i64, String)>,
}

/// Which deliveries to read. The default matches everything, oldest first, no limit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Event names (`message_created`…); empty: all.
    pub events: Vec<String>,
    pub inbox: Option<i64>,
    pub conversation: Option<i64>,
    /// Hide bots' own messages (`sender.type == "agent_bot"` on message events).
    pub ignore_bot_echo: bool,
    /// Received at or after, unix milliseconds.
    pub since: Option<i64>,
    /// Received before, unix milliseconds.
    pub until: Option<i64>,
    /// Only ids greater than this (`tail --follow`).
    pub after_id: Option<i64>,
    /// Only ids less than this (the inspector's next page).
    pub before_id: Option<i64>,
    /// Only this verification result (the inspector).
    pub signature: Option<SignatureStatus>,
    /// Only bodies containing this text, ASCII case-insensitive (the inspector's search).
    pub body_contains: Option<String>,
    /// Only accepted (2xx) deliveries.
    pub accepted_only: bool,
    /// Only deliveries with an unfinished forward: dead, or left pending by a shutdown or
    /// a crash (`replay --dead-letters`).
    pub dead_letters: bool,
    /// Newest first (then `limit` gives the last N).
    pub newest_first: bool,
    pub limit: Option<u64>,
}

impl Filter {
    /// The in-memory form of the same filter (`listen`): `since`, `until`, `after_id`,
    /// `before_id`, `signature`, `body_contains`, `dead_letters` and `limit` are ignored here.
    pub fn matches(&self, status: u16, parsed: &Parsed) -> bool {
        if self.accepted_only && status >= 300 {
            return false;
        }
        if !self.events.is_empty()
            && !parsed
                .event
                .as_ref()
                .is_some_and(|e| self.events.iter().any(|want| want == e))
        {
            return false;
        }
        if self.inbox.is_some() && parsed.inbox_id != self.inbox {
            return false;
        }
        if self.conversation.is_some() && parsed.conversation_id != self.conversation {
            return false;
        }
        !(self.ignore_bot_echo && parsed.is_bot_echo())
    }

    fn to_sql(&self) -> (String, Vec<Value>) {
        let mut clauses: Vec<String> = Vec::new();
        let mut params: Vec<Value> = Vec::new();
        if !self.events.is_empty() {
            let marks = vec!["?"; self.events.len()].join(",");
            clauses.push(format!("event IN ({marks})"));
            params.extend(self.events.iter().map(|e| Value::Text(e.clone())));
        }
        let mut eq = |column: &str, v: Option<i64>, op: &str| {
            if let Some(v) = v {
                clauses.push(format!("{column} {op} ?"));
                params.push(Value::Integer(v));
            }
        };
        eq("inbox_id", self.inbox, "=");
        eq("conversation_id", self.conversation, "=");
        eq("received_at", self.since, ">=");
        eq("received_at", self.until, "<");
        eq("id", self.after_id, ">");
        eq("id", self.before_id, "<");
        if let Some(signature) = self.signature {
            clauses.push("signature = ?".into());
            params.push(Value::Text(signature.as_str().into()));
            // A refused signature was answered 401: saying so lets deliveries_not_accepted
            // find those rows instead of a scan of every row.
            if signature.refused() {
                clauses.push("status >= 300".into());
            }
        }
        if let Some(text) = self.body_contains.as_ref().filter(|t| !t.is_empty()) {
            // LIKE is ASCII case-insensitive without copying each body (lower() would).
            clauses.push("body LIKE ? ESCAPE '\\'".into());
            let escaped = text
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            params.push(Value::Text(format!("%{escaped}%")));
        }
        if self.ignore_bot_echo {
            clauses.push(
                "NOT (coalesce(sender_type, '') = 'agent_bot' AND coalesce(event, '') IN ('message_created', 'message_updated'))"
                    .into(),
            );
        }
        if self.accepted_only {
            clauses.push("status < 300".into());
        }
        if self.dead_letters {
            clauses.push(
                "id IN (SELECT event_id FROM forwards WHERE state IN ('dead', 'pending'))".into(),
            );
        }
        let mut sql = format!("SELECT {COLUMNS} FROM deliveries");
        if !clauses.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&clauses.join(" AND "));
        }
        sql.push_str(if self.newest_first {
            " ORDER BY id DESC"
        } else {
            " ORDER BY id"
        });
        if let Some(limit) = self.limit {
            sql.push_str(&format!(" LIMIT {limit}"));
        }
        (sql, params)
    }
}

/// Totals for `listen`'s summary and `events list`'s footer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub deliveries: u64,
    pub accepted: u64,
    /// 401s: bad or missing signatures.
    pub rejected: u64,
    /// 413s, incomplete bodies.
    pub refused: u64,
    /// Duplicates acknowledged and not stored (sum of the counters).
    pub duplicates: u64,
    pub forwards_pending: u64,
    pub forwards_delivered: u64,
    pub dead_letters: u64,
}

/// A handle on the store; clones share one writer thread and one reader pool.
#[derive(Clone)]
pub struct Store {
    shared: Arc<Shared>,
}

struct Shared {
    path: PathBuf,
    rejected: RejectedBudget,
    jobs: mpsc::Sender<Job>,
    readers: Mutex<Vec<Connection>>,
    /// The writer sends each committed delivery here while anyone watches.
    committed: broadcast::Sender<Arc<Committed>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.shared.path)
            .finish()
    }
}

impl Store {
    /// Opens (creating if needed) with the default options.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        Store::open_with(path, StoreOptions::default())
    }

    pub fn open_with(path: impl AsRef<Path>, options: StoreOptions) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        let io_err = |source| Error::Io {
            path: path.clone(),
            source,
        };
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(parent)
                .map_err(io_err)?;
        }
        // Create it ourselves so it is 0600 from the first byte; SQLite gives the -wal and
        // -shm files the same mode.
        OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(&path)
            .map_err(io_err)?;
        let mut conn = connect(&path, options.synchronous)?;
        schema::migrate(&mut conn)?;
        // Checkpoints run on their own thread (see `writer::checkpointer`).
        conn.execute_batch("PRAGMA wal_autocheckpoint = 0")?;
        let checkpoint_conn = connect(&path, options.synchronous)?;
        let checkpoints = Arc::new(writer::Checkpoints::default());
        let (jobs, receiver) = mpsc::channel(CHANNEL_CAPACITY);
        let committed = broadcast::channel(WATCH_CAPACITY).0;
        {
            let checkpoints = checkpoints.clone();
            std::thread::Builder::new()
                .name("event-store-checkpoint".into())
                .spawn(move || writer::checkpointer(checkpoint_conn, checkpoints))
                .map_err(io_err)?;
        }
        std::thread::Builder::new()
            .name("event-store-writer".into())
            .spawn({
                let keep_rejected = options.rejected.rows;
                let committed = committed.clone();
                move || writer::run(conn, receiver, checkpoints, keep_rejected, committed)
            })
            .map_err(io_err)?;
        Ok(Store {
            shared: Arc::new(Shared {
                path,
                rejected: options.rejected,
                jobs,
                readers: Mutex::new(Vec::new()),
                committed,
            }),
        })
    }

    /// The deliveries this process stores from now on, in id order, once committed (the
    /// inspector's live feed takes them from here instead of reading them back; nothing is
    /// built while nobody watches). A watcher can still miss rows, and must read those from
    /// the store: rows another process stores, rows with a body over [`WATCH_BODY_MAX`], and
    /// rows it fell more than [`WATCH_CAPACITY`] behind on (`Lagged`). Ids here only grow,
    /// so a gap in them is what it missed.
    pub fn watch(&self) -> broadcast::Receiver<Arc<Committed>> {
        self.shared.committed.subscribe()
    }

    pub fn path(&self) -> &Path {
        &self.shared.path
    }

    async fn submit<T>(&self, make: impl FnOnce(oneshot::Sender<Result<T>>) -> Job) -> Result<T> {
        let (tx, rx) = oneshot::channel();
        self.shared
            .jobs
            .send(make(tx))
            .await
            .map_err(|_| Error::WriterStopped("channel closed".into()))?;
        rx.await
            .map_err(|_| Error::WriterStopped("no answer".into()))?
    }

    /// Stores a delivery; returns once it is committed (or recognised as a duplicate). One
    /// not accepted (`status >= 300`) is cut to the [`RejectedBudget`], and the oldest such
    /// rows beyond it are deleted in the same transaction.
    pub async fn insert(&self, delivery: &NewDelivery) -> Result<Ingest> {
        let row = writer::InsertRow::new(delivery, &self.shared.rejected);
        self.submit(|reply| Job::Insert(Box::new(row), reply)).await
    }

    /// Records a forward's outcome; returns once committed.
    pub async fn record_forward(&self, update: ForwardUpdate) -> Result<()> {
        self.submit(|reply| Job::Forward(update, reply)).await
    }

    /// Records a replayed forward's outcome and, when delivered within a resumable run,
    /// that the run delivered it (one transaction); returns once committed.
    pub async fn record_replay(&self, update: ForwardUpdate, run: Option<i64>) -> Result<()> {
        match run {
            Some(run) if update.state == ForwardState::Delivered => {
                self.submit(|reply| Job::Replayed(update, run, reply)).await
            }
            _ => self.record_forward(update).await,
        }
    }

    /// Starts a `replay` run for `selection` (what was asked, normalised), or resumes the
    /// latest unfinished run of the same selection unless `restart` (which closes it).
    pub fn begin_replay(&self, selection: &str, restart: bool) -> Result<ReplayRun> {
        let mut conn = connect(&self.shared.path, Synchronous::Normal)?;
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let unfinished: Option<(i64, String)> = tx
            .query_row(
                "SELECT id, nonce FROM replay_runs WHERE selection = ?1 AND finished_at IS NULL
                  ORDER BY id DESC LIMIT 1",
                [selection],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let run = match unfinished {
            Some((id, nonce)) if !restart => {
                let mut stmt =
                    tx.prepare("SELECT event_id, target FROM replay_sent WHERE run_id = ?1")?;
                let delivered = stmt
                    .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<HashSet<(i64, String)>>>()?;
                drop(stmt);
                ReplayRun {
                    id,
                    nonce,
                    delivered,
                }
            }
            other => {
                if let Some((old, _)) = other {
                    close_run(&tx, old)?;
                }
                let nonce = uuid::Uuid::new_v4().to_string();
                tx.execute(
                    "INSERT INTO replay_runs (selection, nonce, started_at) VALUES (?1, ?2, ?3)",
                    rusqlite::params![selection, nonce, now_ms()],
                )?;
                ReplayRun {
                    id: tx.last_insert_rowid(),
                    nonce,
                    delivered: HashSet::new(),
                }
            }
        };
        tx.commit()?;
        Ok(run)
    }

    /// Marks a run finished (everything delivered): the same replay then starts afresh.
    pub fn finish_replay(&self, run: i64) -> Result<()> {
        let mut conn = connect(&self.shared.path, Synchronous::Normal)?;
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        close_run(&tx, run)?;
        tx.commit()?;
        Ok(())
    }

    /// Returns once everything submitted before it is committed.
    pub async fn flush(&self) -> Result<()> {
        self.submit(Job::Flush).await
    }

    fn with_reader<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let pooled = self
            .shared
            .readers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .pop();
        let conn = match pooled {
            Some(conn) => conn,
            None => connect(&self.shared.path, Synchronous::Normal)?,
        };
        let result = f(&conn);
        let mut pool = self
            .shared
            .readers
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if pool.len() < READER_POOL {
            pool.push(conn);
        }
        result
    }

    pub fn get(&self, id: i64) -> Result<Option<Delivery>> {
        self.with_reader(|conn| {
            let mut stmt =
                conn.prepare_cached(&format!("SELECT {COLUMNS} FROM deliveries WHERE id = ?"))?;
            let mut rows = stmt.query([id])?;
            Ok(match rows.next()? {
                Some(row) => Some(delivery_from_row(row)?),
                None => None,
            })
        })
    }

    /// Deliveries matching `filter`, in memory: set `filter.limit` (or use [`Store::for_each`]).
    /// On a pooled read connection (its read transaction ends with the query).
    pub fn list(&self, filter: &Filter) -> Result<Vec<Delivery>> {
        self.list_rows(filter, true)
    }

    /// [`Store::list`] with `headers` left empty, for readers that show none (the inspector's
    /// live feed): parsing each row's stored header JSON is most of a row's read.
    pub fn list_without_headers(&self, filter: &Filter) -> Result<Vec<Delivery>> {
        self.list_rows(filter, false)
    }

    fn list_rows(&self, filter: &Filter, headers: bool) -> Result<Vec<Delivery>> {
        let (sql, params) = filter.to_sql();
        self.with_reader(|conn| {
            let mut stmt = conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(rusqlite::params_from_iter(params), |r| {
                delivery_columns(r, headers)
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Streams matching deliveries to `f` one at a time from a single query, in constant
    /// memory (`events export`). `f` returning an error stops the scan with
    /// [`Error::Output`]. Returns how many rows `f` saw.
    pub fn for_each(
        &self,
        filter: &Filter,
        mut f: impl FnMut(Delivery) -> std::io::Result<()>,
    ) -> Result<u64> {
        let (sql, params) = filter.to_sql();
        // A dedicated connection: the read transaction lasts the whole export, and must
        // not pin a pooled connection's snapshot afterwards.
        let conn = connect(&self.shared.path, Synchronous::Normal)?;
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
        let mut seen = 0;
        while let Some(row) = rows.next()? {
            f(delivery_from_row(row)?).map_err(Error::Output)?;
            seen += 1;
        }
        Ok(seen)
    }

    /// How many deliveries match (`limit` ignored).
    pub fn count(&self, filter: &Filter) -> Result<u64> {
        let filter = Filter {
            limit: None,
            ..filter.clone()
        };
        let (sql, params) = filter.to_sql();
        let sql = sql.replacen(COLUMNS, "count(*)", 1);
        self.with_reader(|conn| {
            Ok(
                conn.query_row(&sql, rusqlite::params_from_iter(params), |r| {
                    r.get::<_, i64>(0)
                })? as u64,
            )
        })
    }

    /// The oldest delivery not accepted (status 300 or over) still kept, if any: older ones
    /// were deleted to keep within [`RejectedBudget::rows`] (or pruned).
    pub fn oldest_not_accepted(&self) -> Result<Option<i64>> {
        self.with_reader(|conn| {
            Ok(conn.query_row(
                "SELECT min(id) FROM deliveries WHERE status >= 300",
                [],
                |r| r.get(0),
            )?)
        })
    }

    /// The highest event id, 0 when empty (where `tail --follow` starts).
    pub fn last_id(&self) -> Result<i64> {
        self.with_reader(|conn| {
            Ok(
                conn.query_row("SELECT coalesce(max(id), 0) FROM deliveries", [], |r| {
                    r.get(0)
                })?,
            )
        })
    }

    pub fn counts(&self) -> Result<Counts> {
        self.with_reader(|conn| {
            let mut counts = conn.query_row(
                "SELECT count(*), coalesce(sum(status < 300), 0), coalesce(sum(status = 401), 0),
                        coalesce(sum(refused), 0), coalesce(sum(duplicates), 0) FROM deliveries",
                [],
                |r| {
                    Ok(Counts {
                        deliveries: r.get::<_, i64>(0)? as u64,
                        accepted: r.get::<_, i64>(1)? as u64,
                        rejected: r.get::<_, i64>(2)? as u64,
                        refused: r.get::<_, i64>(3)? as u64,
                        duplicates: r.get::<_, i64>(4)? as u64,
                        ..Counts::default()
                    })
                },
            )?;
            let mut stmt =
                conn.prepare_cached("SELECT state, count(*) FROM forwards GROUP BY state")?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let n = row.get::<_, i64>(1)? as u64;
                match ForwardState::parse(&row.get::<_, String>(0)?) {
                    ForwardState::Pending => counts.forwards_pending = n,
                    ForwardState::Delivered => counts.forwards_delivered = n,
                    ForwardState::Dead => counts.dead_letters = n,
                }
            }
            Ok(counts)
        })
    }

    /// The forwards of one delivery (where `replay` sends by default).
    pub fn forwards(&self, event_id: i64) -> Result<Vec<Forward>> {
        self.forwards_between(event_id - 1, event_id)
    }

    /// The forwards of the deliveries with ids in `(after, upto]`, in one query (the
    /// inspector's live feed reads them for a batch of new rows).
    pub fn forwards_between(&self, after: i64, upto: i64) -> Result<Vec<Forward>> {
        self.with_reader(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT event_id, target, state, attempts, last_status, last_error, created_at, updated_at
                   FROM forwards WHERE event_id > ? AND event_id <= ? ORDER BY event_id, id",
            )?;
            let rows = stmt.query_map([after, upto], forward_from_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Deletes deliveries received before `cutoff` (unix ms) and their forwards; returns how
    /// many deliveries went. Runs on its own connection, so it works while a listener writes
    /// (each waits up to 5 s for the other's lock). Freed pages are reused, not returned to
    /// the file system (run `sqlite3 FILE 'VACUUM'` to shrink the file).
    pub fn prune(&self, cutoff: i64) -> Result<u64> {
        let mut conn = connect(&self.shared.path, Synchronous::Normal)?;
        let mut total = 0;
        // In chunks, so a listener never waits long for the write lock.
        loop {
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            tx.execute(
                "DELETE FROM forwards WHERE event_id IN
                   (SELECT id FROM deliveries WHERE received_at < ?1 ORDER BY id LIMIT 5000)",
                [cutoff],
            )?;
            let n = tx.execute(
                "DELETE FROM deliveries WHERE id IN
                   (SELECT id FROM deliveries WHERE received_at < ?1 ORDER BY id LIMIT 5000)",
                [cutoff],
            )?;
            tx.commit()?;
            total += n as u64;
            if n < 5000 {
                break;
            }
        }
        Ok(total)
    }
}

fn forward_from_row(r: &Row) -> rusqlite::Result<Forward> {
    Ok(Forward {
        event_id: r.get(0)?,
        target: r.get(1)?,
        state: ForwardState::parse(&r.get::<_, String>(2)?),
        attempts: r.get::<_, i64>(3)? as u64,
        last_status: r.get::<_, Option<i64>>(4)?.map(|s| s as u16),
        last_error: r.get(5)?,
        created_at: r.get(6)?,
        updated_at: r.get(7)?,
    })
}

fn close_run(tx: &rusqlite::Transaction, run: i64) -> Result<()> {
    tx.execute(
        "UPDATE replay_runs SET finished_at = ?2 WHERE id = ?1",
        rusqlite::params![run, now_ms()],
    )?;
    tx.execute("DELETE FROM replay_sent WHERE run_id = ?1", [run])?;
    Ok(())
}

fn connect(path: &Path, synchronous: Synchronous) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let sync = match synchronous {
        Synchronous::Normal => "NORMAL",
        Synchronous::Full => "FULL",
    };
    // journal_size_limit: truncate the -wal back to 64 MiB after a checkpoint resets it.
    conn.execute_batch(&format!(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = {sync}; PRAGMA journal_size_limit = 67108864;"
    ))?;
    Ok(conn)
}

const COLUMNS: &str = "id, received_at, path, status, headers, body, body_size, delivery_id, signature, \
     signature_error, timestamp_header, event, account_id, inbox_id, conversation_id, message_type, \
     sender_type, is_json, parse_error, refused, refusal_reason, duplicates, last_duplicate_at";

fn delivery_from_row(r: &Row) -> rusqlite::Result<Delivery> {
    delivery_columns(r, true)
}

/// A delivery from its [`COLUMNS`]; without `headers`, its headers are left empty.
fn delivery_columns(r: &Row, headers: bool) -> rusqlite::Result<Delivery> {
    let headers = if headers {
        headers_from_json(&r.get::<_, String>(4)?)
    } else {
        Vec::new()
    };
    Ok(Delivery {
        id: r.get(0)?,
        received_at: r.get(1)?,
        path: r.get(2)?,
        status: r.get::<_, i64>(3)? as u16,
        headers,
        body: r.get::<_, Option<Vec<u8>>>(5)?.map(Bytes::from),
        body_size: r.get::<_, i64>(6)? as u64,
        delivery_id: r.get(7)?,
        signature: SignatureStatus::parse(&r.get::<_, String>(8)?),
        signature_error: r.get(9)?,
        timestamp_header: r.get(10)?,
        parsed: Parsed {
            event: r.get(11)?,
            account_id: r.get(12)?,
            inbox_id: r.get(13)?,
            conversation_id: r.get(14)?,
            message_type: r.get(15)?,
            sender_type: r.get(16)?,
            is_json: r.get(17)?,
            parse_error: r.get(18)?,
        },
        refused: r.get(19)?,
        refusal_reason: r.get(20)?,
        duplicates: r.get::<_, i64>(21)? as u64,
        last_duplicate_at: r.get(22)?,
    })
}

/// Headers as the JSON object stored in `deliveries.headers`; repeated names are joined with
/// `, ` (HTTP's own list syntax), in the position of their first occurrence. Written straight
/// into the string (this runs for every delivery), as `serde_json` would print the object.
pub fn headers_to_json(headers: &[(String, String)]) -> String {
    let size: usize = headers.iter().map(|(n, v)| n.len() + v.len() + 6).sum();
    let mut out = Vec::with_capacity(size + 2);
    out.push(b'{');
    for (i, (name, value)) in headers.iter().enumerate() {
        if headers[..i].iter().any(|(n, _)| n == name) {
            continue; // joined into the first occurrence
        }
        if out.len() > 1 {
            out.push(b',');
        }
        // Writing a string into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut out, name);
        out.push(b':');
        if headers[i + 1..].iter().any(|(n, _)| n == name) {
            let joined: Vec<&str> = headers[i..]
                .iter()
                .filter(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
                .collect();
            let _ = serde_json::to_writer(&mut out, &joined.join(", "));
        } else {
            let _ = serde_json::to_writer(&mut out, value);
        }
    }
    out.push(b'}');
    String::from_utf8(out).unwrap_or_default()
}

fn headers_from_json(text: &str) -> Vec<(String, String)> {
    match serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text) {
        Ok(map) => map
            .into_iter()
            .map(|(k, v)| {
                let v = match v {
                    serde_json::Value::String(s) => s,
                    other => other.to_string(),
                };
                (k, v)
            })
            .collect(),
        Err(_) => Vec::new(),
    }
}

#[cfg(test)]
mod tests;
