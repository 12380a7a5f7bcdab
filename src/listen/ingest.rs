//! Records that did not arrive over HTTP (the live feed): stored, printed and forwarded
//! exactly like accepted deliveries, so `tail`, `events`, `replay` and dead letters work
//! on them unchanged.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use axum::body::Bytes;
use hyper::header::{HeaderName, HeaderValue};
use hyper::HeaderMap;
use tokio::sync::mpsc;

use super::{forward, ListenConfig, ListenEvent, ListenSummary, State, Stats};
use crate::store::{now_ms, Delivery, Ingest, NewDelivery, Parsed, SignatureStatus, Store};

/// One record to store as if delivered to `path` with `headers` (lower-case names).
#[derive(Debug, Clone)]
pub struct Injected {
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub delivery_id: String,
    pub body: Bytes,
    /// Where to forward it, when not the targets of `path`.
    pub forward_to: Option<Vec<String>>,
}

/// Stores each record as an accepted, `unverified` delivery (nothing signed it), notifies,
/// and forwards it to the targets of its path (re-signed with
/// [`ListenConfig::resign_secret`] when set). Returns when `records` closes, after the
/// same forward grace and flush as [`super::serve`].
pub async fn ingest(
    store: Store,
    config: ListenConfig,
    mut records: mpsc::Receiver<Injected>,
) -> std::io::Result<ListenSummary> {
    let stats = Arc::new(Stats::default());
    let forwarder = Arc::new(forward::Forwarder::new(
        store.clone(),
        &config,
        stats.clone(),
    )?);
    let grace = config.forward.shutdown_grace;
    let state = State {
        store: store.clone(),
        config,
        stats: stats.clone(),
        forwarder: forwarder.clone(),
    };
    while let Some(record) = records.recv().await {
        let parsed = Parsed::from_body(&record.body);
        let passes = state.config.filter.matches(200, &parsed);
        let mut new = NewDelivery {
            received_at: now_ms(),
            path: record.path.clone(),
            status: 200,
            headers: record.headers.clone(),
            body_size: record.body.len() as u64,
            body: Some(record.body.clone()),
            delivery_id: Some(record.delivery_id.clone()),
            signature: SignatureStatus::Unverified,
            signature_error: None,
            timestamp_header: None,
            parsed,
            refusal: None,
            forward_to: if passes {
                record
                    .forward_to
                    .clone()
                    .unwrap_or_else(|| state.config.targets_for(&record.path))
            } else {
                Vec::new()
            },
        };
        let id = match state.store.insert(&new).await {
            Ok(Ingest::Stored(id)) => id,
            // Delivery ids are fresh UUIDs: a duplicate cannot happen; nothing to store.
            Ok(Ingest::Duplicate { .. }) => continue,
            Err(e) => {
                Stats::bump(&stats.store_errors);
                state.notify(|| ListenEvent::StoreFailed {
                    path: record.path.clone(),
                    error: e.to_string(),
                });
                continue;
            }
        };
        Stats::bump(&stats.accepted);
        if passes {
            state.notify(|| ListenEvent::Delivery(Arc::new(Delivery::from_new(id, &new))));
        }
        let headers = header_map(&record.headers);
        for target in std::mem::take(&mut new.forward_to) {
            forwarder.spawn(id, target, record.body.clone(), headers.clone());
        }
    }
    let forwards_pending = forwarder.shutdown(grace).await;
    let _ = store.flush().await;
    let load = |c: &std::sync::atomic::AtomicU64| c.load(Ordering::Relaxed);
    Ok(ListenSummary {
        accepted: load(&stats.accepted),
        store_errors: load(&stats.store_errors),
        forwarded: load(&stats.forwarded),
        dead_letters: load(&stats.dead_letters),
        forwards_pending,
        ..ListenSummary::default()
    })
}

fn header_map(headers: &[(String, String)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        if let (Ok(n), Ok(v)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            map.append(n, v);
        }
    }
    map
}
