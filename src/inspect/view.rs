//! What the inspector's JSON API answers: rows, details, transcripts, curl commands.

use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::events::Event;
use crate::redact::{is_secret_key, redacted, REDACTED};
use crate::signing::{self, Mismatch, SIGNATURE_HEADER, TIMESTAMP_HEADER};
use crate::store::{Delivery, Forward};
use crate::time::iso_ms;

/// Who wrote a message: `contact`, `agent`, `bot`, or `None` for other events.
fn who(d: &Delivery) -> Option<&'static str> {
    if !matches!(
        d.parsed.event.as_deref().and_then(Event::from_name),
        Some(Event::MessageCreated | Event::MessageUpdated)
    ) {
        return None;
    }
    Some(author(
        d.parsed.sender_type.as_deref(),
        d.parsed.message_type.as_deref(),
    ))
}

fn author(sender_type: Option<&str>, message_type: Option<&str>) -> &'static str {
    match (
        sender_type.map(str::to_ascii_lowercase).as_deref(),
        message_type,
    ) {
        (Some("agent_bot" | "agentbot"), _) => "bot",
        (Some("user"), _) => "agent",
        (Some("contact"), _) | (_, Some("incoming")) => "contact",
        (_, Some("activity")) => "system",
        _ => "agent",
    }
}

/// One forward attempt as the page shows it.
#[derive(Serialize)]
struct ForwardView<'a> {
    target: &'a str,
    state: &'static str,
    attempts: u64,
    last_status: Option<u16>,
    last_error: Option<&'a str>,
    created_at: String,
    updated_at: String,
}

impl<'a> ForwardView<'a> {
    fn new(f: &'a Forward) -> ForwardView<'a> {
        ForwardView {
            target: &f.target,
            state: f.state.as_str(),
            attempts: f.attempts,
            last_status: f.last_status,
            last_error: f.last_error.as_deref(),
            created_at: iso_ms(f.created_at),
            updated_at: iso_ms(f.updated_at),
        }
    }
}

/// The message text on one line, cut to `max` characters. Reads the body only up to the
/// top-level `content` (Chatwoot sends it before the large `conversation` object): the
/// feed builds a row for every delivery as it arrives. A body that is not valid JSON (the
/// store's `is_json`, checked on arrival) has none.
fn excerpt(d: &Delivery, max: usize) -> Option<String> {
    if !d.parsed.is_json {
        return None;
    }
    let content = top_content(d.body.as_deref()?)?;
    let mut words = String::new();
    for (i, w) in content.split_whitespace().enumerate() {
        if i > 0 {
            words.push(' ');
        }
        words.push_str(w);
        if words.len() > max * 4 {
            break;
        }
    }
    // More than `max` characters: keep `max - 1` of them and an ellipsis.
    let mut starts = words.char_indices().map(|(at, _)| at);
    let cut = starts.nth(max.saturating_sub(1));
    if let Some(end) = cut.filter(|_| starts.next().is_some()) {
        words.truncate(end);
        words.push('…');
    }
    Some(words)
}

/// A valid JSON document's top-level `content` string, read without parsing what follows
/// it: the scan stops (with an error it then ignores) once `content` is read. An array's
/// first element counts, as serde's derived structs read it.
fn top_content(body: &[u8]) -> Option<String> {
    /// Whether a key is `content`, without copying it.
    struct IsContent(bool);
    impl<'de> Deserialize<'de> for IsContent {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl Visitor<'_> for V {
                type Value = IsContent;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("a key")
                }
                fn visit_str<E: de::Error>(self, v: &str) -> Result<IsContent, E> {
                    Ok(IsContent(v == "content"))
                }
            }
            d.deserialize_str(V)
        }
    }
    struct Find<'a>(&'a mut Option<String>);
    impl<'de> Visitor<'de> for Find<'_> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(IsContent(found)) = map.next_key()? {
                if found {
                    *self.0 = map.next_value::<Option<String>>()?;
                    return Err(de::Error::custom("stop: content read"));
                }
                map.next_value::<IgnoredAny>()?;
            }
            Ok(())
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let first = seq.next_element::<Option<String>>()?.flatten();
            if seq.next_element::<IgnoredAny>()?.is_none() {
                *self.0 = first;
            }
            Ok(())
        }
    }
    let mut content = None;
    let mut de = serde_json::Deserializer::from_slice(body);
    let _ = de.deserialize_any(Find(&mut content));
    content
}

/// One list row, with its fields in the page's order.
#[derive(Serialize)]
struct Summary<'a> {
    id: i64,
    received_at: String,
    path: &'a str,
    status: u16,
    event: Option<&'a str>,
    inbox: Option<i64>,
    conversation: Option<i64>,
    message_type: Option<&'a str>,
    who: Option<&'static str>,
    signature: &'static str,
    signature_error: Option<&'a str>,
    refused: bool,
    refusal_reason: Option<&'a str>,
    duplicates: u64,
    excerpt: Option<String>,
    forwards: Vec<ForwardView<'a>>,
}

impl<'a> Summary<'a> {
    fn new(d: &'a Delivery, forwards: &'a [Forward]) -> Summary<'a> {
        Summary {
            id: d.id,
            received_at: iso_ms(d.received_at),
            path: &d.path,
            status: d.status,
            event: d.parsed.event.as_deref(),
            inbox: d.parsed.inbox_id,
            conversation: d.parsed.conversation_id,
            message_type: d.parsed.message_type.as_deref(),
            who: who(d),
            signature: d.signature.as_str(),
            signature_error: d.signature_error.as_deref(),
            refused: d.refused,
            refusal_reason: d.refusal_reason.as_deref(),
            duplicates: d.duplicates,
            excerpt: excerpt(d, 80),
            forwards: forwards.iter().map(ForwardView::new).collect(),
        }
    }
}

/// One list row.
pub fn summary(d: &Delivery, forwards: &[Forward]) -> Value {
    serde_json::to_value(Summary::new(d, forwards)).unwrap_or_default()
}

/// A delivery's forwards as the page shows them (a list row's `forwards`).
pub fn forwards(forwards: &[Forward]) -> Value {
    serde_json::to_value(forwards.iter().map(ForwardView::new).collect::<Vec<_>>())
        .unwrap_or_default()
}

/// One list row as JSON text (the same as [`summary`] printed), written straight from the
/// delivery: the feed builds one for every delivery as it arrives.
pub fn summary_text(d: &Delivery, forwards: &[Forward]) -> String {
    serde_json::to_string(&Summary::new(d, forwards)).unwrap_or_default()
}

/// Header values hidden from the page: credentials a proxy may have added.
fn header_shown(name: &str, value: &str) -> String {
    let lower = name.to_ascii_lowercase();
    if is_secret_key(&lower.replace('-', "_"))
        || matches!(
            lower.as_str(),
            "authorization" | "cookie" | "proxy-authorization" | "api_access_token"
        )
    {
        REDACTED.to_string()
    } else {
        value.to_string()
    }
}

/// Why the stored verdict is what it is, with the secrets the inspector knows.
fn verification(d: &Delivery, secrets: &[(String, String)]) -> Value {
    let body = d.body.as_deref().unwrap_or_default();
    let sig = d.header(SIGNATURE_HEADER);
    let ts = d.header(TIMESTAMP_HEADER);
    let received = d.received_at / 1000;
    let skew = ts
        .and_then(|t| t.trim().parse::<i64>().ok())
        .map(|t| received - t);
    let mut explanation = Vec::new();
    match d.signature.as_str() {
        "valid" => explanation.push("The signature verified when it arrived.".to_string()),
        "unverified" => explanation.push(
            "Not verified: the listener had no secret for this path, or ran with --no-verify."
                .to_string(),
        ),
        "missing" => explanation.push(format!(
            "A secret applied but the delivery had no {SIGNATURE_HEADER} header."
        )),
        _ => explanation.push(format!(
            "Refused: {}.",
            d.signature_error
                .as_deref()
                .unwrap_or("the signature did not verify")
        )),
    }
    if let Some(skew) = skew {
        explanation.push(match skew {
            0 => "The timestamp equals the arrival second (no clock skew).".to_string(),
            s if s > 0 => format!("The timestamp was {s} s old when it arrived."),
            s => format!("The timestamp was {} s in the future when it arrived.", -s),
        });
    }
    let tried: Vec<Value> = secrets
        .iter()
        .map(|(label, secret)| {
            let result = match signing::verify(secret, sig, ts, body, received, 300) {
                Ok(()) => "verifies".to_string(),
                Err(Mismatch::Digest) => "does not match".to_string(),
                Err(m) => m.to_string(),
            };
            json!({ "secret": label, "result": result })
        })
        .collect();
    if secrets.is_empty() {
        explanation.push(
            "The inspector knows no secret, so it cannot re-check (pass --secret to `inspect`)."
                .to_string(),
        );
    }
    json!({
        "status": d.signature.as_str(),
        "reason": d.signature_error,
        "signature_prefix": sig.map(|s| s.chars().take(19).collect::<String>()),
        "timestamp": ts,
        "skew_seconds": skew,
        "secrets_tried": tried,
        "explanation": explanation,
    })
}

/// Everything about one delivery. The pretty body hides secret fields (`hmac_token` in
/// `inbox_updated`); the raw bytes stay exact behind `/raw`.
pub fn detail(d: &Delivery, forwards: &[Forward], secrets: &[(String, String)]) -> Value {
    let pretty = d
        .json()
        .map(|v| serde_json::to_string_pretty(&redacted(&v)).unwrap_or_default());
    let headers: Vec<Value> = d
        .headers
        .iter()
        .map(|(n, v)| json!([n, header_shown(n, v)]))
        .collect();
    let mut out = summary(d, forwards);
    let extra = json!({
        "headers": headers,
        "body_size": d.body_size,
        "body_stored": d.body.is_some(),
        "is_json": d.parsed.is_json,
        "parse_error": d.parsed.parse_error,
        "pretty": pretty,
        "delivery_id": d.delivery_id,
        "verification": verification(d, secrets),
        "last_duplicate_at": d.last_duplicate_at.map(iso_ms),
    });
    if let (Value::Object(out), Value::Object(extra)) = (&mut out, extra) {
        out.extend(extra);
    }
    out
}

/// A shell word in single quotes.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// `curl` sending the stored bytes to `to` with the stored headers, re-signed at `now` (unix
/// seconds) with a new delivery id when a secret is known. The secret is never printed.
pub fn curl_command(d: &Delivery, to: &str, secret: Option<&str>, now: i64) -> String {
    let body = d.body.as_deref().unwrap_or_default();
    let skip = [
        "host",
        "content-length",
        "connection",
        "transfer-encoding",
        "accept-encoding",
        "expect",
    ];
    let resign = secret.map(|s| {
        let mut h: Vec<(String, String)> = signing::signature_headers(s, body, now)
            .into_iter()
            .map(|(n, v)| (n.to_string(), v))
            .collect();
        h.push((
            signing::DELIVERY_HEADER.to_string(),
            uuid::Uuid::new_v4().to_string(),
        ));
        h
    });
    let mut lines = vec![format!("curl -sS -X POST {}", quote(to))];
    for (name, value) in &d.headers {
        if skip.contains(&name.as_str()) {
            continue;
        }
        let replaced = resign.as_ref().and_then(|r| {
            r.iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone())
        });
        let value = replaced.unwrap_or_else(|| header_shown(name, value));
        lines.push(format!("-H {}", quote(&format!("{name}: {value}"))));
    }
    if let Some(r) = &resign {
        for (name, value) in r {
            if d.header(name).is_none() {
                lines.push(format!("-H {}", quote(&format!("{name}: {value}"))));
            }
        }
    }
    lines.push(format!(
        "--data-binary {}",
        quote(&String::from_utf8_lossy(body))
    ));
    lines.join(" \\\n  ")
}

fn message_type(v: &Value) -> Option<String> {
    match v.get("message_type")? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(
            match n.as_i64()? {
                0 => "incoming",
                1 => "outgoing",
                2 => "activity",
                3 => "template",
                _ => return None,
            }
            .to_string(),
        ),
        _ => None,
    }
}

/// `changed_attributes` (`[{"status": {"previous_value", "current_value"}}]`) as a map.
fn changed(v: &Value, key: &str) -> Option<(Value, Value)> {
    v.get("changed_attributes")?
        .as_array()?
        .iter()
        .find_map(|c| c.get(key))
        .map(|c| {
            (
                c.get("previous_value").cloned().unwrap_or(Value::Null),
                c.get("current_value").cloned().unwrap_or(Value::Null),
            )
        })
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "none".into(),
        other => other.to_string(),
    }
}

/// Records a status change (Chatwoot sends both `conversation_status_changed` and
/// `conversation_updated` for one change; the second is a no-op here).
fn status_change(out: &mut Vec<Value>, status: &mut Option<String>, id: i64, at: &str, to: String) {
    let from = status.replace(to.clone());
    if from.as_deref() == Some(to.as_str()) {
        return;
    }
    let handoff = from.as_deref() == Some("pending") && to == "open";
    out.push(json!({
        "kind": "status", "event_id": id, "at": at, "from": from, "to": to, "handoff": handoff,
    }));
}

/// One conversation's stored events (oldest first) as a transcript: messages with their
/// author, private notes, status changes with the bot's handoff (pending -> open) marked,
/// and assignment changes.
pub fn transcript(rows: &[Delivery]) -> Vec<Value> {
    let mut out = Vec::new();
    let mut status: Option<String> = None;
    let mut seen_messages = std::collections::HashSet::new();
    for d in rows {
        let Some(body) = d.json() else { continue };
        let at = iso_ms(d.received_at);
        let Some(event) = d.parsed.event.as_deref().and_then(Event::from_name) else {
            continue;
        };
        match event {
            Event::MessageCreated => {
                // A message is stored once per subscriber (inbox, bot, account webhook).
                let key = body.get("id").map(Value::to_string);
                if let Some(key) = &key {
                    if !seen_messages.insert(key.clone()) {
                        continue;
                    }
                }
                let mt = message_type(&body);
                let sender_type = body
                    .pointer("/sender/type")
                    .and_then(Value::as_str)
                    .or(d.parsed.sender_type.as_deref());
                out.push(json!({
                    "kind": "message", "event_id": d.id, "at": at,
                    "who": author(sender_type, mt.as_deref()),
                    "sender": body.pointer("/sender/name").and_then(Value::as_str),
                    "message_type": mt,
                    "private": body.get("private").and_then(Value::as_bool).unwrap_or(false),
                    "content": body.get("content").and_then(Value::as_str).unwrap_or_default(),
                }));
            }
            Event::ConversationCreated => {
                let s = body
                    .get("status")
                    .and_then(Value::as_str)
                    .map(str::to_string);
                out.push(json!({
                    "kind": "created", "event_id": d.id, "at": at, "status": s,
                }));
                status = s;
            }
            Event::ConversationStatusChanged => {
                if let Some(to) = body.get("status").and_then(Value::as_str) {
                    status_change(&mut out, &mut status, d.id, &at, to.to_string());
                }
            }
            Event::ConversationUpdated => {
                if let Some((from, to)) = changed(&body, "status") {
                    if status.is_none() && !from.is_null() {
                        status = Some(text(&from));
                    }
                    status_change(&mut out, &mut status, d.id, &at, text(&to));
                }
                if let Some((from, to)) = changed(&body, "assignee_id") {
                    let name = body
                        .pointer("/meta/assignee/name")
                        .and_then(Value::as_str)
                        .map(str::to_string);
                    let kind = body.pointer("/meta/assignee_type").and_then(Value::as_str);
                    out.push(json!({
                        "kind": "assignee", "event_id": d.id, "at": at,
                        "from": text(&from), "to": text(&to), "name": name,
                        "assignee_type": kind,
                    }));
                }
            }
            _ => {}
        }
    }
    out
}
