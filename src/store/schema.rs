//! The on-disk layout. [`SCHEMA`] is both the migration that creates the current version and
//! the documentation users read before querying the file with `sqlite3`; [`migrate`] also
//! upgrades a store written by an earlier version.

use rusqlite::{Connection, Transaction, TransactionBehavior};

use super::Error;

/// The schema version this build writes, kept in `PRAGMA user_version`.
///
/// - 1: the first.
/// - 2: deduplication looks accepted deliveries up by `delivery_key` (a 64-bit hash of
///   `delivery_id`, [`delivery_key`]) instead of a unique index on the id's text, which was a
///   random insert into a large B-tree for every delivery.
/// - 3: `deliveries_not_accepted` (the budget of rejected deliveries), and `replay_runs` /
///   `replay_sent` (a killed `replay` resumes).
pub const SCHEMA_VERSION: i64 = 3;

/// The event store's schema (version 3, `PRAGMA user_version = 3`).
///
/// One row in `deliveries` per HTTP request the listener answered (except non-POST requests
/// and requests hyper rejects before they reach the listener: malformed request lines, over
/// 100 headers or 64 KiB of headers, which get 400/431 and are not stored). Times are unix
/// **milliseconds**: `datetime(received_at / 1000, 'unixepoch')` in `sqlite3`.
///
/// ```sql
#[doc = include_str!("schema.sql")]
/// ```
///
/// Useful queries:
///
/// ```sql
/// -- the last ten messages, readable
/// SELECT id, datetime(received_at/1000,'unixepoch') AS at, event, inbox_id, conversation_id,
///        json_extract(body, '$.content') AS content
///   FROM deliveries WHERE event = 'message_created' ORDER BY id DESC LIMIT 10;
/// -- deliveries whose signature failed, and why
/// SELECT id, path, signature, signature_error FROM deliveries WHERE status = 401;
/// -- dead letters per target
/// SELECT target, count(*) FROM forwards WHERE state = 'dead' GROUP BY target;
/// -- a delivery by its X-Chatwoot-Delivery (a full scan: the listener looks ids up by delivery_key)
/// SELECT id, status, duplicates FROM deliveries WHERE delivery_id = '…';
/// ```
///
/// (`body` is a BLOB; `json_extract` reads it when it holds UTF-8 JSON. `CAST(body AS TEXT)`
/// shows it as text.)
pub const SCHEMA: &str = include_str!("schema.sql");

/// Creates or checks the schema. Safe when several processes open the same file at once:
/// the version is read again inside an IMMEDIATE transaction.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), Error> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version == SCHEMA_VERSION {
        return Ok(());
    }
    if version > SCHEMA_VERSION {
        return Err(Error::NewerSchema(version));
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    match version {
        0 => tx.execute_batch(SCHEMA)?,
        1 => {
            upgrade_from_1(&tx)?;
            upgrade_from_2(&tx)?;
        }
        2 => upgrade_from_2(&tx)?,
        SCHEMA_VERSION => return Ok(()),
        _ => return Err(Error::NewerSchema(version)),
    }
    tx.execute_batch(&format!("PRAGMA user_version = {SCHEMA_VERSION}"))?;
    tx.commit()?;
    Ok(())
}

/// The deduplication key of an accepted delivery's `X-Chatwoot-Delivery`: FNV-1a (64-bit) of
/// its UTF-8 bytes, as a signed integer. Stored in `deliveries.delivery_key`, so it must never
/// change. Two ids may share a key; the lookup compares `delivery_id` too.
pub(crate) fn delivery_key(delivery_id: &str) -> i64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in delivery_id.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash as i64
}

/// Version 1 to 2: `delivery_key` replaces the unique index on `delivery_id`. Keys are
/// computed here (SQLite has no such function), a chunk of rows at a time.
fn upgrade_from_1(tx: &Transaction) -> Result<(), Error> {
    tx.execute_batch("ALTER TABLE deliveries ADD COLUMN delivery_key INTEGER")?;
    let mut select = tx.prepare(
        "SELECT id, delivery_id FROM deliveries
          WHERE id > ?1 AND delivery_id IS NOT NULL AND status < 300 ORDER BY id LIMIT 10000",
    )?;
    let mut update = tx.prepare("UPDATE deliveries SET delivery_key = ?2 WHERE id = ?1")?;
    let mut after = 0;
    loop {
        let chunk = select
            .query_map([after], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let Some(&(last, _)) = chunk.last() else {
            break;
        };
        for (id, delivery_id) in &chunk {
            update.execute(rusqlite::params![id, delivery_key(delivery_id)])?;
        }
        after = last;
    }
    tx.execute_batch(
        "DROP INDEX deliveries_delivery_id;
         CREATE INDEX deliveries_delivery_key ON deliveries (delivery_key) WHERE delivery_key IS NOT NULL;",
    )?;
    Ok(())
}

/// Version 2 to 3: new index and tables only, no data to move.
fn upgrade_from_2(tx: &Transaction) -> Result<(), Error> {
    // The statements exactly as in schema.sql, so an upgraded store matches a new one.
    let start = SCHEMA
        .find("CREATE INDEX deliveries_not_accepted")
        .expect("schema.sql has deliveries_not_accepted");
    let end = start + SCHEMA[start..].find(';').expect("statement ends") + 1;
    tx.execute_batch(&SCHEMA[start..end])?;
    let replay = SCHEMA
        .find("CREATE TABLE replay_runs")
        .expect("schema.sql has replay_runs");
    tx.execute_batch(&SCHEMA[replay..])?;
    Ok(())
}
