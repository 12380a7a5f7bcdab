//! One request: read, verify, parse, commit, answer; then notify and forward.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use hyper::body::{Body as _, Incoming};
use hyper::header::{HeaderValue, ALLOW, CONTENT_LENGTH, CONTENT_TYPE};
use hyper::{HeaderMap, Method, Request, Response, StatusCode};

use super::{ListenEvent, State, Stats};
use crate::signing::{self, Mismatch, DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER};
use crate::store::{now_ms, Delivery, Ingest, NewDelivery, Parsed, SignatureStatus};

pub(super) async fn handle(state: Arc<State>, req: Request<Incoming>) -> Response<String> {
    let received_at = now_ms();
    if req.method() != Method::POST {
        Stats::bump(&state.stats.not_allowed);
        let mut res = reply(StatusCode::METHOD_NOT_ALLOWED, super::NOT_POSTED.into());
        res.headers_mut()
            .insert(ALLOW, HeaderValue::from_static("POST"));
        return res;
    }
    let (parts, body) = req.into_parts();
    let path = parts.uri.path_and_query().map_or_else(
        || parts.uri.path().to_string(),
        |pq| pq.as_str().to_string(),
    );
    let path_only = parts.uri.path();
    let headers = header_list(&parts.headers);
    let header = |name: &str| {
        parts
            .headers
            .get(name)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
    };
    let mut new = NewDelivery {
        received_at,
        path: path.clone(),
        status: 200,
        headers,
        body: None,
        body_size: 0,
        // An empty id would make every such delivery a duplicate of the first.
        delivery_id: header(DELIVERY_HEADER).filter(|id| !id.trim().is_empty()),
        signature: SignatureStatus::Unverified,
        signature_error: None,
        timestamp_header: header(TIMESTAMP_HEADER),
        parsed: Parsed::default(),
        refusal: None,
        forward_to: Vec::new(),
    };
    let max = state.config.max_body;

    let declared = parts
        .headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if let Some(declared) = declared.filter(|n| *n > max as u64) {
        // Refused unread: no point receiving a megabyte we will not keep.
        new.status = 413;
        new.body_size = declared;
        new.refusal = Some(format!(
            "body of {declared} bytes is over the limit of {max} bytes"
        ));
        return refuse(&state, new).await;
    }

    let body = match read_body(body, max, state.config.read_timeout).await {
        BodyRead::Complete(body) => {
            // From here on the connection is never closed to make room for another.
            if let Some(committing) = parts.extensions.get::<super::conns::Committing>() {
                committing.set(true);
            }
            body
        }
        BodyRead::TooLarge(read) => {
            new.status = 413;
            new.body_size = read;
            new.refusal = Some(format!(
                "body over the limit of {max} bytes (refused after {read} bytes)"
            ));
            return refuse(&state, new).await;
        }
        BodyRead::Failed {
            partial,
            reason,
            timed_out,
        } => {
            new.status = if timed_out { 408 } else { 400 };
            new.body_size = partial.len() as u64;
            new.parsed = Parsed::from_body(&partial);
            new.body = Some(partial);
            new.refusal = Some(reason);
            return refuse(&state, new).await;
        }
    };
    new.body_size = body.len() as u64;

    // Verify the raw bytes before anything looks inside them.
    let secrets = state.config.secrets_for(path_only);
    if !secrets.is_empty() {
        let signature = header(SIGNATURE_HEADER);
        let now = received_at / 1000;
        let tolerance = state.config.tolerance.as_secs() as i64;
        let mut outcome = Err(Mismatch::Digest);
        for secret in secrets {
            outcome = signing::verify(
                &secret,
                signature.as_deref(),
                new.timestamp_header.as_deref(),
                &body,
                now,
                tolerance,
            );
            // Only a digest mismatch can depend on which secret was tried.
            if !matches!(outcome, Err(Mismatch::Digest)) {
                break;
            }
        }
        match outcome {
            Ok(()) => new.signature = SignatureStatus::Valid,
            Err(mismatch) => {
                new.signature = if mismatch == Mismatch::MissingSignature {
                    SignatureStatus::Missing
                } else {
                    SignatureStatus::Invalid
                };
                new.signature_error = Some(mismatch.to_string());
                new.status = 401;
            }
        }
    }
    new.parsed = Parsed::from_body(&body);
    new.body = Some(body);
    let passes = new.status == 200 && state.config.filter.matches(new.status, &new.parsed);
    if passes {
        new.forward_to = state.config.targets_for(path_only);
    }

    let ingest = match state.store.insert(&new).await {
        Ok(ingest) => ingest,
        Err(e) => return store_failed(&state, &new, e),
    };
    match ingest {
        Ingest::Duplicate { original, count } => {
            Stats::bump(&state.stats.duplicates);
            state.notify(|| ListenEvent::Duplicate {
                original,
                delivery_id: new.delivery_id.clone().unwrap_or_default(),
                count,
                path: new.path.clone(),
            });
            reply(StatusCode::OK, format!(r#"{{"duplicate_of":{original}}}"#))
        }
        Ingest::Stored(id) if new.status == 401 => {
            Stats::bump(&state.stats.rejected);
            state.notify(|| ListenEvent::Delivery(Arc::new(Delivery::from_new(id, &new))));
            let reason = new.signature_error.as_deref().unwrap_or("signature");
            let body =
                serde_json::json!({ "error": format!("signature rejected: {reason}"), "id": id });
            reply(StatusCode::UNAUTHORIZED, body.to_string())
        }
        Ingest::Stored(id) => {
            Stats::bump(&state.stats.accepted);
            if passes {
                state.notify(|| ListenEvent::Delivery(Arc::new(Delivery::from_new(id, &new))));
            }
            if let Some(body) = &new.body {
                for target in std::mem::take(&mut new.forward_to) {
                    state
                        .forwarder
                        .spawn(id, target, body.clone(), parts.headers.clone());
                }
            }
            reply(StatusCode::OK, format!(r#"{{"id":{id}}}"#))
        }
    }
}

async fn refuse(state: &State, new: NewDelivery) -> Response<String> {
    let status = StatusCode::from_u16(new.status).unwrap_or(StatusCode::BAD_REQUEST);
    match state.store.insert(&new).await {
        Ok(Ingest::Stored(id)) | Ok(Ingest::Duplicate { original: id, .. }) => {
            Stats::bump(&state.stats.refused);
            state.notify(|| ListenEvent::Delivery(Arc::new(Delivery::from_new(id, &new))));
            let reason = new.refusal.as_deref().unwrap_or("refused");
            reply(
                status,
                serde_json::json!({ "error": reason, "id": id }).to_string(),
            )
        }
        Err(e) => store_failed(state, &new, e),
    }
}

fn store_failed(state: &State, new: &NewDelivery, e: crate::store::Error) -> Response<String> {
    Stats::bump(&state.stats.store_errors);
    let error = e.to_string();
    state.notify(|| ListenEvent::StoreFailed {
        path: new.path.clone(),
        error: error.clone(),
    });
    reply(
        StatusCode::INTERNAL_SERVER_ERROR,
        serde_json::json!({ "error": error }).to_string(),
    )
}

fn reply(status: StatusCode, body: String) -> Response<String> {
    let mut res = Response::new(body);
    *res.status_mut() = status;
    res.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    res
}

/// Header names are lower case (hyper's); values that are not UTF-8 are stored lossily.
fn header_list(headers: &HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_string(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect()
}

enum BodyRead {
    Complete(Bytes),
    /// Bytes read before giving up.
    TooLarge(u64),
    Failed {
        partial: Bytes,
        reason: String,
        timed_out: bool,
    },
}

/// Reads the whole body, keeping what arrived if the client stops half way. Most bodies are
/// a single frame, kept without a copy.
async fn read_body(body: Incoming, max: usize, timeout: Duration) -> BodyRead {
    let deadline = tokio::time::Instant::now() + timeout;
    let mut body = std::pin::pin!(body);
    let mut first: Option<Bytes> = None;
    let mut rest: Vec<u8> = Vec::new();
    let mut total = 0usize;
    let partial = |first: Option<Bytes>, mut rest: Vec<u8>| match first {
        Some(f) if rest.is_empty() => f,
        Some(f) => {
            rest.splice(0..0, f.iter().copied());
            Bytes::from(rest)
        }
        None => Bytes::from(rest),
    };
    loop {
        let frame = std::future::poll_fn(|cx| body.as_mut().poll_frame(cx));
        let frame = match tokio::time::timeout_at(deadline, frame).await {
            Err(_) => {
                return BodyRead::Failed {
                    partial: partial(first, rest),
                    reason: format!("body not complete after {} s", timeout.as_secs()),
                    timed_out: true,
                }
            }
            Ok(None) => break,
            Ok(Some(Err(e))) => {
                return BodyRead::Failed {
                    partial: partial(first, rest),
                    reason: format!("body incomplete: {e}"),
                    timed_out: false,
                }
            }
            Ok(Some(Ok(frame))) => frame,
        };
        let Ok(data) = frame.into_data() else {
            continue;
        };
        total += data.len();
        if total > max {
            return BodyRead::TooLarge(total as u64);
        }
        match &first {
            None if rest.is_empty() => first = Some(data),
            _ => {
                if let Some(f) = first.take() {
                    rest.extend_from_slice(&f);
                }
                rest.extend_from_slice(&data);
            }
        }
    }
    BodyRead::Complete(partial(first, rest))
}
