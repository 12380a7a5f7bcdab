//! What several commands share about stored deliveries: the filters and `--store` of `tail`,
//! `events`, `replay` and `listen`, and the one-line and JSON views `listen`, `tail`, `events`
//! and the demo print.

use std::path::PathBuf;

use clap::Args;
use serde_json::{json, Value};

use crate::config;
use crate::error::{Error, Result};
use crate::events::Event;
use crate::store::{Delivery, Filter, SignatureStatus, Store};

/// The filters `tail`, `events list|export` and `replay` share.
#[derive(Debug, Clone, Args, Default)]
pub struct FilterArgs {
    /// Only these events (comma-separated, e.g. message_created,conversation_status_changed)
    #[arg(
        long,
        visible_alias = "event",
        value_delimiter = ',',
        value_name = "E1,E2",
        value_parser = crate::events::parser(),
    )]
    pub events: Vec<Event>,
    /// Only this inbox id
    #[arg(long, value_name = "ID")]
    pub inbox: Option<i64>,
    /// Only this conversation (display id)
    #[arg(long, value_name = "ID")]
    pub conversation: Option<i64>,
    /// Received since a duration ago (10m, 2h) or a time (2026-12-01T09:00:00Z; without an offset, local)
    #[arg(long, value_name = "WHEN", value_parser = crate::time::since_ms)]
    pub since: Option<i64>,
    /// Hide bots' own messages (Chatwoot sends a bot its own replies)
    #[arg(long)]
    pub ignore_bot_echo: bool,
}

impl FilterArgs {
    pub fn filter(&self) -> Filter {
        Filter {
            events: self.events.iter().map(|e| e.as_str().to_string()).collect(),
            inbox: self.inbox,
            conversation: self.conversation,
            since: self.since,
            ignore_bot_echo: self.ignore_bot_echo,
            ..Filter::default()
        }
    }
}

#[derive(Debug, Args)]
pub struct StoreArg {
    /// The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)
    #[arg(long, value_name = "PATH", global = true)]
    pub store: Option<PathBuf>,
}

impl StoreArg {
    pub fn open(&self) -> Result<Store> {
        let path = config::store_path(self.store.as_deref())?;
        Store::open(&path)
            .map_err(|e| Error::other(format!("{e}\n  hint: check --store ({})", path.display())))
    }

    /// For reading: a store that does not exist yet is an error, not a new empty file.
    pub fn open_existing(&self) -> Result<Store> {
        let path = config::store_path(self.store.as_deref())?;
        if !path.exists() {
            return Err(Error::usage(format!(
                "no event store at {}: run `chatwoot-bridge listen` first, or pass --store",
                path.display()
            )));
        }
        self.open()
    }
}

pub fn store_error(e: crate::store::Error) -> Error {
    match e {
        // `events export | head`: the reader left; not a failure.
        crate::store::Error::Output(io) => Error::from(io),
        other => Error::other(other.to_string()),
    }
}

pub fn signature_label(d: &Delivery) -> String {
    match d.signature {
        SignatureStatus::Valid => "✓ signed".into(),
        SignatureStatus::Unverified => "unverified".into(),
        SignatureStatus::Missing => "✗ unsigned".into(),
        SignatureStatus::Invalid => format!(
            "✗ bad signature{}",
            d.signature_error
                .as_deref()
                .map(|e| format!(" ({e})"))
                .unwrap_or_default()
        ),
    }
}

/// The one-line view of `listen` and `tail`.
pub fn line(d: &Delivery) -> String {
    let when = crate::time::local(d.received_at);
    if d.refused {
        return format!(
            "{when}  #{:<5} refused {}: {}  {}",
            d.id,
            d.status,
            d.refusal_reason.as_deref().unwrap_or("-"),
            d.path
        );
    }
    let p = &d.parsed;
    let event = p.event.clone().unwrap_or_else(|| {
        if p.is_json {
            "(no event)".into()
        } else {
            "(not JSON)".into()
        }
    });
    let mut parts = vec![when, format!("#{:<5}", d.id), format!("{event:<28}")];
    if let Some(i) = p.inbox_id {
        parts.push(format!("inbox {i}"));
    }
    if let Some(c) = p.conversation_id {
        parts.push(format!("conv {c}"));
    }
    if let Some(s) = &p.sender_type {
        parts.push(s.clone());
    }
    if let Some(text) = d.excerpt(60) {
        parts.push(format!("\"{text}\""));
    }
    parts.push(signature_label(d));
    if d.duplicates > 0 {
        parts.push(format!("(+{} duplicates)", d.duplicates));
    }
    parts.push(d.path.clone());
    parts.join("  ")
}

/// What `listen -o ndjson`, `tail -o ndjson` and `events list -o json` print: the indexed
/// fields, no body and no headers (which may carry secrets of other systems).
pub fn summary_json(d: &Delivery) -> Value {
    let p = &d.parsed;
    json!({
        "id": d.id,
        "received_at": crate::time::iso_ms(d.received_at),
        "path": d.path,
        "status": d.status,
        "event": p.event,
        "account_id": p.account_id,
        "inbox_id": p.inbox_id,
        "conversation_id": p.conversation_id,
        "message_type": p.message_type,
        "sender_type": p.sender_type,
        "delivery_id": d.delivery_id,
        "signature": d.signature.as_str(),
        "signature_error": d.signature_error,
        "is_json": p.is_json,
        "refused": d.refused,
        "refusal_reason": d.refusal_reason,
        "duplicates": d.duplicates,
        "excerpt": d.excerpt(200),
    })
}

/// Everything stored: `body` parsed when it is JSON (else its text), `body_raw` the exact
/// text as received (`body_hex` instead when it is not UTF-8).
pub fn full_json(d: &Delivery) -> Value {
    let mut v = summary_json(d);
    v["headers"] = Value::Array(d.headers.iter().map(|(k, val)| json!([k, val])).collect());
    v["body_size"] = json!(d.body_size);
    match d.body.as_deref().map(std::str::from_utf8) {
        Some(Ok(text)) => {
            v["body"] = serde_json::from_str::<Value>(text).unwrap_or_else(|_| json!(text));
            v["body_raw"] = json!(text);
        }
        Some(Err(_)) => {
            v["body"] = Value::Null;
            v["body_hex"] = json!(hex::encode(d.body.as_deref().unwrap_or_default()));
        }
        None => v["body"] = Value::Null,
    }
    v
}
