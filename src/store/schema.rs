//! The on-disk layout. [`SCHEMA`] is both the migration that creates version 1 and the
//! documentation users read before querying the file with `sqlite3`.

use rusqlite::{Connection, TransactionBehavior};

use super::Error;

/// The schema version this build writes, kept in `PRAGMA user_version`.
pub const SCHEMA_VERSION: i64 = 1;

/// The event store's schema (version 1, `PRAGMA user_version = 1`).
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
    if version == 0 {
        tx.execute_batch(SCHEMA)?;
        tx.execute_batch(&format!("PRAGMA user_version = {SCHEMA_VERSION}"))?;
    } else if version > SCHEMA_VERSION {
        return Err(Error::NewerSchema(version));
    }
    tx.commit()?;
    Ok(())
}
