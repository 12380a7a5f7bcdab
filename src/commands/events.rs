//! `events list | show | export | verify | prune`: the stored deliveries. Also the one-line
//! and JSON views of a delivery that `listen` and `tail` print.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::{json, Value};

use crate::config;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, View};
use crate::signing::{self, Mismatch};
use crate::store::{Delivery, Filter, SignatureStatus, Store};

/// The filters `tail`, `events list|export` and `replay` share.
#[derive(Debug, Clone, Args, Default)]
pub struct FilterArgs {
    /// Only these events (comma-separated, e.g. message_created,conversation_status_changed)
    #[arg(
        long,
        visible_alias = "event",
        value_delimiter = ',',
        value_name = "E1,E2"
    )]
    pub events: Vec<String>,
    /// Only this inbox id
    #[arg(long, value_name = "ID")]
    pub inbox: Option<i64>,
    /// Only this conversation (display id)
    #[arg(long, value_name = "ID")]
    pub conversation: Option<i64>,
    /// Received since a duration ago (10m, 2h) or an RFC 3339 time
    #[arg(long, value_name = "WHEN", value_parser = crate::time::since_ms)]
    pub since: Option<i64>,
    /// Hide bots' own messages (Chatwoot sends a bot its own replies)
    #[arg(long)]
    pub ignore_bot_echo: bool,
}

impl FilterArgs {
    pub fn filter(&self) -> Filter {
        Filter {
            events: self.events.clone(),
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

#[derive(Debug, Args)]
pub struct EventsArgs {
    #[command(flatten)]
    pub store: StoreArg,
    #[command(subcommand)]
    pub command: EventsCommand,
}

#[derive(Debug, Subcommand)]
pub enum EventsCommand {
    /// List stored deliveries, newest last
    List {
        #[command(flatten)]
        filter: FilterArgs,
        /// The last N only
        #[arg(short = 'n', long, default_value_t = 50)]
        limit: u64,
    },
    /// Headers and body exactly as received
    Show { id: i64 },
    /// Every matching delivery as NDJSON (bodies included), streamed in constant memory
    Export {
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Explain why a delivery's signature does (not) verify with a secret
    Verify {
        id: i64,
        /// The signing secret to check (else CHATWOOT_WEBHOOK_SECRET, else the profile's)
        #[arg(long, value_name = "S")]
        secret: Option<String>,
    },
    /// Delete deliveries older than a duration
    Prune {
        /// e.g. 30d, 12h
        #[arg(long, value_name = "DURATION", value_parser = crate::duration::parse_duration)]
        older_than: std::time::Duration,
    },
}

pub async fn run(ctx: &Context, args: EventsArgs) -> Result<()> {
    match args.command {
        EventsCommand::List { filter, limit } => {
            let store = args.store.open_existing()?;
            let mut f = filter.filter();
            f.newest_first = true;
            f.limit = Some(limit);
            let mut rows = store.list(&f).map_err(store_error)?;
            rows.reverse();
            let text: String = rows.iter().map(|d| format!("{}\n", line(d))).collect();
            ctx.output.print(View::new(
                Value::Array(rows.iter().map(summary_json).collect()),
                rows.iter().map(|d| d.id.to_string()).collect(),
                Human::Text(text),
            ))
        }
        EventsCommand::Show { id } => {
            let store = args.store.open_existing()?;
            let d = get(&store, id)?;
            ctx.output.print(View::new(
                full_json(&d),
                vec![id.to_string()],
                Human::Text(show_text(&d)),
            ))
        }
        EventsCommand::Export { filter } => {
            let store = args.store.open_existing()?;
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let mut lines = ctx.output.lines();
            store
                .for_each(&filter.filter(), |d| {
                    out.write_all(lines.render(&full_json(&d)).as_bytes())
                })
                .map_err(store_error)?;
            out.flush()?;
            lines.finish()
        }
        EventsCommand::Verify { id, secret } => {
            let store = args.store.open_existing()?;
            let d = get(&store, id)?;
            verify(ctx, &d, secret)
        }
        EventsCommand::Prune { older_than } => {
            let store = args.store.open_existing()?;
            let cutoff = crate::time::now_ms() - older_than.as_millis() as i64;
            let n = store.prune(cutoff).map_err(store_error)?;
            ctx.output.print(View::new(
                json!({"pruned": n, "before": crate::time::iso_ms(cutoff)}),
                vec![],
                Human::Text(format!(
                    "Deleted {n} deliveries received before {}.",
                    crate::time::iso_ms(cutoff)
                )),
            ))
        }
    }
}

pub fn store_error(e: crate::store::Error) -> Error {
    match e {
        // `events export | head`: the reader left; not a failure.
        crate::store::Error::Output(io) => Error::from(io),
        other => Error::other(other.to_string()),
    }
}

fn get(store: &Store, id: i64) -> Result<Delivery> {
    store.get(id).map_err(store_error)?.ok_or_else(|| {
        Error::usage(format!(
            "no stored delivery #{id} (`chatwoot-bridge events list` shows them)"
        ))
    })
}

fn signature_label(d: &Delivery) -> String {
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
    let when = crate::time::clock(d.received_at);
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

/// Everything stored, the body as its exact text (or hex when it is not UTF-8).
pub fn full_json(d: &Delivery) -> Value {
    let mut v = summary_json(d);
    v["headers"] = Value::Array(d.headers.iter().map(|(k, val)| json!([k, val])).collect());
    v["body_size"] = json!(d.body_size);
    match d.body.as_deref().map(std::str::from_utf8) {
        Some(Ok(text)) => v["body"] = json!(text),
        Some(Err(_)) => v["body_hex"] = json!(hex::encode(d.body.as_deref().unwrap_or_default())),
        None => v["body"] = Value::Null,
    }
    v
}

fn show_text(d: &Delivery) -> String {
    let mut t = format!(
        "Delivery #{} received {} on {} (answered {}), {}\n\nPOST {}\n",
        d.id,
        crate::time::iso_ms(d.received_at),
        d.path,
        d.status,
        signature_label(d),
        d.path
    );
    for (k, v) in &d.headers {
        t.push_str(&format!("{k}: {v}\n"));
    }
    t.push('\n');
    match d.body.as_deref() {
        Some(body) => {
            t.push_str(&String::from_utf8_lossy(body));
            t.push('\n');
            let terminal = std::io::IsTerminal::is_terminal(&std::io::stdout());
            if terminal {
                if let Some(json) = d.json() {
                    t.push_str("\nPretty:\n");
                    t.push_str(&serde_json::to_string_pretty(&json).unwrap_or_default());
                    t.push('\n');
                }
            }
        }
        None => t.push_str(&format!(
            "(body not stored: {} bytes refused)\n",
            d.body_size
        )),
    }
    t
}

/// The secrets to try: the flag, the environment, then every one the profile stored for the
/// instance in use.
pub fn candidate_secrets(ctx: &Context, flag: Option<String>) -> Vec<(String, String)> {
    if let Some(s) = flag {
        return vec![("--secret".into(), s)];
    }
    if let Ok(s) = std::env::var("CHATWOOT_WEBHOOK_SECRET") {
        if !s.is_empty() {
            return vec![("CHATWOOT_WEBHOOK_SECRET".into(), s)];
        }
    }
    ctx.stored_secrets()
        .into_iter()
        .map(|(k, v)| (format!("profile secret '{k}'"), v))
        .collect()
}

/// The one secret that signs (`replay`, `trigger`): several stored ones need --secret.
pub fn one_secret(ctx: &Context, flag: Option<String>, verb: &str) -> Result<Option<String>> {
    match candidate_secrets(ctx, flag).as_slice() {
        [] => Ok(None),
        [(_, only)] => Ok(Some(only.clone())),
        several => Err(Error::usage(format!(
            "the profile holds {} secrets ({}): pass --secret to say which one {verb}",
            several.len(),
            several
                .iter()
                .map(|(l, _)| l.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

fn verify(ctx: &Context, d: &Delivery, secret: Option<String>) -> Result<()> {
    let candidates = candidate_secrets(ctx, secret);
    if candidates.is_empty() {
        return Err(Error::usage(
            "no secret to check against: pass --secret, set CHATWOOT_WEBHOOK_SECRET, or store one with `chatwoot-bridge setup inbox`",
        ));
    }
    let body = d.body.as_deref().unwrap_or_default();
    let sig = d.header(signing::SIGNATURE_HEADER);
    let ts = d.header(signing::TIMESTAMP_HEADER);
    // The tolerance is judged against when it arrived, not against now.
    let received = d.received_at / 1000;
    let mut explanation = Vec::new();
    let mut verdict: std::result::Result<String, Mismatch> = Err(Mismatch::Digest);
    for (label, secret) in &candidates {
        match signing::verify(secret, sig, ts, body, received, 300) {
            Ok(()) => {
                verdict = Ok(label.clone());
                break;
            }
            Err(
                m @ (Mismatch::MissingSignature | Mismatch::MissingTimestamp | Mismatch::Malformed),
            ) => {
                verdict = Err(m);
                break;
            }
            Err(m) => verdict = Err(m),
        }
    }
    let ok = match &verdict {
        Ok(label) => {
            explanation.push(format!("✓ the signature verifies with {label}."));
            true
        }
        Err(Mismatch::Stale(age)) => {
            explanation.push(format!(
                "✗ the digest matches, but the timestamp was {age} s away from the arrival time: \
                 a delayed delivery, a replay, or a clock off on one side (receivers allow 300 s)."
            ));
            false
        }
        Err(Mismatch::Digest) => {
            explanation
                .push("✗ the signature does not match the body with the secret(s) tried.".into());
            explanation.push(
                "  - Use the signing secret: an inbox's `secret` (`chatwoot-bridge inbox secret ID`), a bot's \
                 `secret` (`chatwoot-bridge bot secret ID`), or an account webhook's (`chatwoot-bridge webhook secret ID`). \
                 The inbox's hmac_token and a bot's access token are different things and never sign webhooks."
                    .into(),
            );
            if let Some(reason) = body_changed(body, ts, &candidates, sig) {
                explanation.push(format!("  - {reason}"));
            } else {
                explanation.push(
                    "  - If the secret is right, the body was changed on the way (a proxy re-encoding JSON, a trailing newline) \
                     or the secret was reset after this delivery."
                        .into(),
                );
            }
            false
        }
        Err(m) => {
            explanation.push(format!("✗ {m}."));
            if matches!(m, Mismatch::MissingSignature) {
                explanation.push(
                    "  Chatwoot signs account webhooks from 4.11.2 and inbox and bot webhooks from 4.13; older instances send none."
                        .into(),
                );
            }
            false
        }
    };
    let json = json!({
        "id": d.id,
        "valid": ok,
        "matched": verdict.as_ref().ok(),
        "explanation": explanation,
    });
    ctx.output
        .print(View::new(json, vec![], Human::Text(explanation.join("\n"))))?;
    if ok {
        Ok(())
    } else {
        Err(Error::SignatureMismatch(format!(
            "delivery #{} does not verify",
            d.id
        )))
    }
}

/// Tries the usual ways a body gets changed in transit; says which one explains the mismatch.
fn body_changed(
    body: &[u8],
    ts: Option<&str>,
    secrets: &[(String, String)],
    sig: Option<&str>,
) -> Option<String> {
    let ts = ts?;
    let json: Value = serde_json::from_slice(body).ok()?;
    let variants: [(Vec<u8>, &str); 3] = [
        (
            serde_json::to_vec(&json).ok()?,
            "the body was re-encoded (whitespace or escaping changed) after Chatwoot signed it",
        ),
        (
            body.strip_suffix(b"\n").unwrap_or(body).to_vec(),
            "a trailing newline was added to the body after signing",
        ),
        (
            [body, b"\n"].concat(),
            "a trailing newline was removed from the body after signing",
        ),
    ];
    for (variant, reason) in variants {
        if variant.as_slice() == body {
            continue;
        }
        for (label, secret) in secrets {
            if signing::verify(
                secret,
                sig,
                Some(ts),
                &variant,
                ts.parse().ok()?,
                i64::MAX / 2,
            )
            .is_ok()
            {
                return Some(format!("{reason}: the original verifies with {label}"));
            }
        }
    }
    None
}
