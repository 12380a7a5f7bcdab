//! The writer thread: group commit over one connection.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use tokio::sync::{broadcast, mpsc, oneshot};

use super::schema::delivery_key;
use super::{
    headers_to_json, now_ms, Committed, Delivery, Error, ForwardUpdate, Ingest, NewDelivery,
    Parsed, RejectedBudget, Result, SignatureStatus, MAX_BATCH, WATCH_BODY_MAX,
};

pub(super) enum Job {
    Insert(Box<InsertRow>, oneshot::Sender<Result<Ingest>>),
    Forward(ForwardUpdate, oneshot::Sender<Result<()>>),
    /// A replayed forward delivered within a resumable run (the run's id).
    Replayed(ForwardUpdate, i64, oneshot::Sender<Result<()>>),
    Flush(oneshot::Sender<Result<()>>),
}

/// A [`NewDelivery`] reduced to SQL values, built on the caller's thread so the single
/// writer thread does as little as possible.
pub(super) struct InsertRow {
    received_at: i64,
    path: String,
    status: i64,
    headers: String,
    body: Option<Bytes>,
    body_size: i64,
    delivery_id: Option<String>,
    signature: &'static str,
    signature_error: Option<String>,
    timestamp_header: Option<String>,
    event: Option<String>,
    account_id: Option<i64>,
    inbox_id: Option<i64>,
    conversation_id: Option<i64>,
    message_type: Option<String>,
    sender_type: Option<String>,
    is_json: bool,
    parse_error: Option<String>,
    refused: bool,
    refusal_reason: Option<String>,
    forward_to: Vec<String>,
}

impl InsertRow {
    /// The row for `d`; cut to `budget` when not accepted.
    pub(super) fn new(d: &NewDelivery, budget: &RejectedBudget) -> Self {
        let accepted = d.status < 300;
        let (path, headers, body) = if accepted {
            (d.path.clone(), headers_to_json(&d.headers), d.body.clone())
        } else {
            let mut room = budget.header_bytes;
            let path = cut(&d.path, &mut room);
            let mut kept = Vec::new();
            for (name, value) in &d.headers {
                if room <= name.len() {
                    break;
                }
                room -= name.len();
                kept.push((name.clone(), cut(value, &mut room)));
            }
            let body = d
                .body
                .as_ref()
                .map(|b| b.slice(..b.len().min(budget.body_bytes)));
            (path, headers_to_json(&kept), body)
        };
        InsertRow {
            received_at: d.received_at,
            path,
            status: i64::from(d.status),
            headers,
            body,
            body_size: d.body_size as i64,
            delivery_id: d.delivery_id.clone(),
            signature: d.signature.as_str(),
            signature_error: d.signature_error.clone(),
            timestamp_header: d.timestamp_header.clone(),
            event: d.parsed.event.clone(),
            account_id: d.parsed.account_id,
            inbox_id: d.parsed.inbox_id,
            conversation_id: d.parsed.conversation_id,
            message_type: d.parsed.message_type.clone(),
            sender_type: d.parsed.sender_type.clone(),
            is_json: d.parsed.is_json,
            parse_error: d.parsed.parse_error.clone(),
            refused: d.refusal.is_some(),
            refusal_reason: d.refusal.clone(),
            forward_to: d.forward_to.clone(),
        }
    }

    /// The stored row as a watcher sees it (headers left empty), its fields moved.
    fn into_committed(self, id: i64) -> Committed {
        Committed {
            forwarded: !self.forward_to.is_empty(),
            delivery: Delivery {
                id,
                received_at: self.received_at,
                path: self.path,
                status: self.status as u16,
                headers: Vec::new(),
                body: self.body,
                body_size: self.body_size as u64,
                delivery_id: self.delivery_id,
                signature: SignatureStatus::parse(self.signature),
                signature_error: self.signature_error,
                timestamp_header: self.timestamp_header,
                parsed: Parsed {
                    event: self.event,
                    account_id: self.account_id,
                    inbox_id: self.inbox_id,
                    conversation_id: self.conversation_id,
                    message_type: self.message_type,
                    sender_type: self.sender_type,
                    is_json: self.is_json,
                    parse_error: self.parse_error,
                },
                refused: self.refused,
                refusal_reason: self.refusal_reason,
                duplicates: 0,
                last_duplicate_at: None,
            },
        }
    }
}

/// `text`, cut to the `room` left (on a character boundary), which it then uses up.
fn cut(text: &str, room: &mut usize) -> String {
    if text.len() <= *room {
        *room -= text.len();
        return text.to_string();
    }
    let mut end = *room;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    *room = 0;
    text[..end].to_string()
}

const INSERT: &str = "INSERT INTO deliveries (received_at, path, status, headers, body, body_size, delivery_id,
        signature, signature_error, timestamp_header, event, account_id, inbox_id, conversation_id,
        message_type, sender_type, is_json, parse_error, refused, refusal_reason, delivery_key)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)";

/// The accepted original of a delivery id, through the `deliveries_delivery_key` index (the
/// key may be shared by another id: the id itself is compared too).
pub(super) const FIND_ORIGINAL: &str = "SELECT id FROM deliveries
    WHERE delivery_key = ?1 AND delivery_id = ?2 AND status < 300 ORDER BY id LIMIT 1";

const COUNT_DUPLICATE: &str = "UPDATE deliveries
    SET duplicates = duplicates + 1, last_duplicate_at = ?2 WHERE id = ?1 RETURNING duplicates";

/// Deletes the oldest row not accepted (found through `deliveries_not_accepted`).
const DELETE_OLDEST_REJECTED: &str = "DELETE FROM deliveries WHERE id =
    (SELECT id FROM deliveries WHERE status >= 300 ORDER BY id LIMIT 1)";

const COUNT_REJECTED: &str = "SELECT count(*) FROM deliveries WHERE status >= 300";

const INSERT_FORWARD: &str =
    "INSERT INTO forwards (event_id, target, state, attempts, created_at, updated_at)
    VALUES (?1, ?2, 'pending', 0, ?3, ?3) ON CONFLICT (event_id, target) DO NOTHING";

const UPSERT_FORWARD: &str = "INSERT INTO forwards (event_id, target, state, attempts, last_status, last_error, created_at, updated_at)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
    ON CONFLICT (event_id, target) DO UPDATE SET state = excluded.state,
        attempts = attempts + excluded.attempts, last_status = coalesce(excluded.last_status, last_status),
        last_error = excluded.last_error, updated_at = excluded.updated_at";

enum Reply {
    Insert(oneshot::Sender<Result<Ingest>>, Result<Ingest>),
    Unit(oneshot::Sender<Result<()>>, Result<()>),
}

/// Wakes the checkpointer thread after this many committed jobs.
const CHECKPOINT_EVERY: u64 = 2048;

/// WAL size (64 MiB of 4 KiB frames) past which the writer helps the checkpointer finish.
const WAL_CATCH_UP_FRAMES: i64 = 16_384;

/// Shared between the writer (which counts commits) and the checkpointer thread.
#[derive(Default)]
pub(super) struct Checkpoints {
    state: Mutex<(u64, bool)>,
    wake: Condvar,
    /// The last passive checkpoint left frames the writer appended meanwhile.
    behind: AtomicBool,
}

impl Checkpoints {
    fn committed(&self, jobs: u64) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.0 += jobs;
        if state.0 >= CHECKPOINT_EVERY {
            self.wake.notify_one();
        }
    }

    fn stop(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).1 = true;
        self.wake.notify_one();
    }
}

/// Copies the WAL back into the database off the writer thread. SQLite's automatic
/// checkpoint would run inside a commit and make the writer (and every caller waiting for
/// an answer) wait for the copy and its fsync.
///
/// Under sustained load this passive checkpoint never quite catches up (the writer appends
/// while it fsyncs), and SQLite only rewinds the WAL once everything is copied: the file
/// would grow without bound. So once the WAL is past [`WAL_CATCH_UP_FRAMES`], it asks the
/// writer to copy the few remaining frames itself between two batches ([`catch_up`]), after
/// which the next transaction starts the WAL again from its beginning.
pub(super) fn checkpointer(conn: Connection, signal: Arc<Checkpoints>) {
    loop {
        let stop = {
            let mut state = signal.state.lock().unwrap_or_else(|e| e.into_inner());
            while state.0 < CHECKPOINT_EVERY && !state.1 {
                let (next, timeout) = signal
                    .wake
                    .wait_timeout(state, Duration::from_secs(1))
                    .unwrap_or_else(|e| e.into_inner());
                state = next;
                // Quiet for a second with something uncheckpointed: do it now.
                if timeout.timed_out() && state.0 > 0 {
                    break;
                }
            }
            state.0 = 0;
            state.1
        };
        // While the writer is asked to catch up, stay out of its way (one checkpoint at a time).
        if !signal.behind.load(Ordering::Acquire) {
            // Column 1: frames in the WAL. A pass that copies them all still leaves the WAL
            // as long, if the writer appended meanwhile: it only rewinds once fully copied.
            let frames =
                conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| r.get::<_, i64>(1));
            if frames.is_ok_and(|frames| frames > WAL_CATCH_UP_FRAMES) {
                signal.behind.store(true, Ordering::Release);
            }
        }
        if stop {
            return;
        }
    }
}

/// The writer's share of checkpointing: the remainder after the checkpointer's pass.
fn catch_up(conn: &Connection, signal: &Checkpoints) {
    if signal.behind.load(Ordering::Acquire) {
        // (busy, frames, copied): done when nothing was in the way and everything is copied;
        // otherwise try again after the next batch.
        let done = conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
                Ok(r.get::<_, i64>(0)? == 0 && r.get::<_, i64>(1)? == r.get::<_, i64>(2)?)
            })
            .unwrap_or(true);
        if done {
            signal.behind.store(false, Ordering::Release);
        }
    }
}

/// Rows not accepted: how many to keep, and how many there are (counted when first needed,
/// and again after a failed commit or when another process may have deleted some).
pub(super) struct Rejected {
    keep: u64,
    count: Option<u64>,
    since_count: u64,
}

impl Rejected {
    /// After inserting one: deletes the oldest beyond `keep`.
    fn inserted(&mut self, tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
        // `prune` (another process) may have deleted some: count again now and then.
        if self.since_count >= 1024 {
            self.count = None;
        }
        // Unknown until this succeeds.
        let count = match self.count.take() {
            Some(n) => n + 1,
            None => {
                self.since_count = 0;
                tx.prepare_cached(COUNT_REJECTED)?
                    .query_row([], |r| r.get::<_, i64>(0))? as u64
            }
        };
        self.since_count += 1;
        let mut count = count;
        while count > self.keep {
            if tx.prepare_cached(DELETE_OLDEST_REJECTED)?.execute([])? == 0 {
                count = 0;
                break;
            }
            count -= 1;
        }
        self.count = Some(count);
        Ok(())
    }
}

pub(super) fn run(
    mut conn: Connection,
    mut jobs: mpsc::Receiver<Job>,
    checkpoints: Arc<Checkpoints>,
    keep_rejected: u64,
    watchers: broadcast::Sender<Arc<Committed>>,
) {
    let mut rejected = Rejected {
        keep: keep_rejected,
        count: None,
        since_count: 0,
    };
    let mut batch: Vec<Job> = Vec::with_capacity(MAX_BATCH);
    let mut replies: Vec<Reply> = Vec::with_capacity(MAX_BATCH);
    // Blocks for the first job, then takes whatever queued up while the last batch committed:
    // the batch grows with the load, and a lone delivery commits at once.
    while let Some(first) = jobs.blocking_recv() {
        batch.push(first);
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let n = batch.len() as u64;
        let mut stored = Vec::new();
        let watched = (watchers.receiver_count() > 0).then_some(&mut stored);
        commit_batch(&mut conn, &mut batch, &mut replies, &mut rejected, watched);
        // Watchers first: a caller told "stored" finds its row in the watch already.
        for (id, row) in stored {
            let _ = watchers.send(Arc::new(row.into_committed(id)));
        }
        for reply in replies.drain(..) {
            // A caller that went away (client disconnected) no longer needs its answer.
            match reply {
                Reply::Insert(tx, r) => drop(tx.send(r)),
                Reply::Unit(tx, r) => drop(tx.send(r)),
            }
        }
        // After the answers: nobody waits for this batch while the WAL is caught up.
        checkpoints.committed(n);
        catch_up(&conn, &checkpoints);
    }
    checkpoints.stop();
}

fn commit_batch(
    conn: &mut Connection,
    batch: &mut Vec<Job>,
    replies: &mut Vec<Reply>,
    rejected: &mut Rejected,
    // When someone watches: the rows stored, for them once committed.
    mut watched: Option<&mut Vec<(i64, Box<InsertRow>)>>,
) {
    let tx = match conn.transaction_with_behavior(TransactionBehavior::Immediate) {
        Ok(tx) => tx,
        Err(e) => {
            let msg = e.to_string();
            for job in batch.drain(..) {
                replies.push(fail(job, &msg));
            }
            return;
        }
    };
    let now = now_ms();
    for job in batch.drain(..) {
        match job {
            Job::Insert(row, reply) => {
                let r = insert(&tx, &row, now);
                let r = match r {
                    Ok(Ingest::Stored(id)) if row.status >= 300 => rejected
                        .inserted(&tx)
                        .map(|()| Ingest::Stored(id))
                        .map_err(Error::from),
                    r => r,
                };
                if let (Ok(Ingest::Stored(id)), Some(stored)) = (&r, watched.as_deref_mut()) {
                    if row.body.as_ref().is_none_or(|b| b.len() <= WATCH_BODY_MAX) {
                        stored.push((*id, row));
                    }
                }
                replies.push(Reply::Insert(reply, r));
            }
            Job::Forward(update, reply) => {
                let r = upsert_forward(&tx, &update, now).map_err(Error::from);
                replies.push(Reply::Unit(reply, r));
            }
            Job::Replayed(update, run, reply) => {
                let r = upsert_forward(&tx, &update, now)
                    .and_then(|()| {
                        tx.prepare_cached(INSERT_REPLAY_SENT)?.execute(params![
                            run,
                            update.event_id,
                            update.target
                        ])
                    })
                    .map(|_| ())
                    .map_err(Error::from);
                replies.push(Reply::Unit(reply, r));
            }
            Job::Flush(reply) => replies.push(Reply::Unit(reply, Ok(()))),
        }
    }
    // A failed statement rolled back only itself; a failed commit fails every job in it, so
    // no caller is told "stored" for a row that is not.
    if let Err(e) = tx.commit() {
        if let Some(stored) = watched {
            stored.clear();
        }
        rejected.count = None;
        let msg = e.to_string();
        for reply in replies.iter_mut() {
            match reply {
                Reply::Insert(_, r) => *r = Err(Error::Commit(msg.clone())),
                Reply::Unit(_, r) => *r = Err(Error::Commit(msg.clone())),
            }
        }
    }
}

const INSERT_REPLAY_SENT: &str =
    "INSERT OR IGNORE INTO replay_sent (run_id, event_id, target) VALUES (?1, ?2, ?3)";

fn upsert_forward(
    tx: &rusqlite::Transaction,
    update: &ForwardUpdate,
    now: i64,
) -> rusqlite::Result<()> {
    tx.prepare_cached(UPSERT_FORWARD)?.execute(params![
        update.event_id,
        update.target,
        update.state.as_str(),
        update.attempts,
        update.last_status,
        update.last_error,
        now
    ])?;
    Ok(())
}

fn insert(tx: &rusqlite::Transaction, row: &InsertRow, now: i64) -> Result<Ingest> {
    // Only accepted deliveries are deduplicated (and keyed); the writer is the only one
    // inserting, inside an IMMEDIATE transaction, so nothing comes between lookup and insert.
    let key = match &row.delivery_id {
        Some(delivery_id) if row.status < 300 => {
            let key = delivery_key(delivery_id);
            let original: Option<i64> = tx
                .prepare_cached(FIND_ORIGINAL)?
                .query_row(params![key, delivery_id], |r| r.get(0))
                .optional()?;
            if let Some(original) = original {
                let count: i64 = tx
                    .prepare_cached(COUNT_DUPLICATE)?
                    .query_row(params![original, row.received_at], |r| r.get(0))?;
                return Ok(Ingest::Duplicate {
                    original,
                    count: count as u64,
                });
            }
            Some(key)
        }
        _ => None,
    };
    tx.prepare_cached(INSERT)?.execute(params![
        row.received_at,
        row.path,
        row.status,
        row.headers,
        row.body.as_deref(),
        row.body_size,
        row.delivery_id,
        row.signature,
        row.signature_error,
        row.timestamp_header,
        row.event,
        row.account_id,
        row.inbox_id,
        row.conversation_id,
        row.message_type,
        row.sender_type,
        row.is_json,
        row.parse_error,
        row.refused,
        row.refusal_reason,
        key,
    ])?;
    let id = tx.last_insert_rowid();
    if !row.forward_to.is_empty() {
        let mut stmt = tx.prepare_cached(INSERT_FORWARD)?;
        for target in &row.forward_to {
            stmt.execute(params![id, target, now])?;
        }
    }
    Ok(Ingest::Stored(id))
}

fn fail(job: Job, msg: &str) -> Reply {
    let err = || Error::Commit(format!("cannot begin a transaction: {msg}"));
    match job {
        Job::Insert(_, reply) => Reply::Insert(reply, Err(err())),
        Job::Forward(_, reply) | Job::Replayed(_, _, reply) | Job::Flush(reply) => {
            Reply::Unit(reply, Err(err()))
        }
    }
}
