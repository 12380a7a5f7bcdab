//! `events list | show | export | verify | prune`: the stored deliveries.

use std::io::Write;

use clap::{Args, Subcommand};
use serde_json::{json, Value};

use super::deliveries::{
    full_json, line, signature_label, store_error, summary_json, FilterArgs, StoreArg,
};
use super::secrets::candidate_secrets;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, View};
use crate::signing::{self, Mismatch};
use crate::store::{Delivery, Filter, Store};

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
        #[arg(
            short = 'n',
            long,
            alias = "lines",
            value_name = "N",
            default_value_t = 50
        )]
        limit: u64,
    },
    /// Headers and body exactly as received (-o json: `body` parsed, `body_raw` the exact text)
    Show {
        /// The event id (`chatwoot-bridge events list`)
        id: i64,
    },
    /// Every matching delivery as NDJSON (bodies included), streamed in constant memory
    Export {
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Explain why a delivery's signature does (not) verify with a secret
    Verify {
        /// The event id (`chatwoot-bridge events list`)
        id: i64,
        /// The signing secret to check (else CHATWOOT_WEBHOOK_SECRET, else the profile's)
        #[arg(long, value_name = "S")]
        secret: Option<String>,
    },
    /// Delete deliveries older than a duration (asks first; --yes to skip)
    Prune {
        /// An age with its unit: 30d (days), 12h, 90m
        #[arg(long, value_name = "AGE", value_parser = parse_age)]
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
            ctx.output().print(View::new(
                Value::Array(rows.iter().map(summary_json).collect()),
                rows.iter().map(|d| d.id.to_string()).collect(),
                Human::Text(text),
            ))
        }
        EventsCommand::Show { id } => {
            let store = args.store.open_existing()?;
            let d = get(&store, id)?;
            ctx.output().print(View::new(
                full_json(&d),
                vec![id.to_string()],
                Human::Text(show_text(&d)),
            ))
        }
        EventsCommand::Export { filter } => {
            let store = args.store.open_existing()?;
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let mut lines = ctx.output().lines();
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
            let doomed = store
                .count(&Filter {
                    until: Some(cutoff),
                    ..Filter::default()
                })
                .map_err(store_error)?;
            if doomed > 0 {
                ctx.confirm(&format!(
                    "Delete {doomed} stored deliveries received before {}?",
                    crate::time::local_with_zone(cutoff)
                ))?;
            }
            let n = store.prune(cutoff).map_err(store_error)?;
            ctx.output().print(View::new(
                json!({"pruned": n, "before": crate::time::iso_ms(cutoff)}),
                vec![],
                Human::Text(format!(
                    "Deleted {n} deliveries received before {}.",
                    crate::time::local_with_zone(cutoff)
                )),
            ))
        }
    }
}

/// `--older-than`: an age with its unit; a bare number is ambiguous (seconds? days?).
fn parse_age(raw: &str) -> std::result::Result<std::time::Duration, String> {
    if raw.trim().parse::<f64>().is_ok() {
        return Err(format!(
            "'{raw}' has no unit: write {}d for days, {}h for hours or {}m for minutes",
            raw.trim(),
            raw.trim(),
            raw.trim()
        ));
    }
    crate::duration::parse_duration(raw)
}

fn get(store: &Store, id: i64) -> Result<Delivery> {
    store.get(id).map_err(store_error)?.ok_or_else(|| {
        Error::usage(format!(
            "no stored delivery #{id} (`chatwoot-bridge events list` shows them)"
        ))
    })
}

fn show_text(d: &Delivery) -> String {
    let mut t = format!(
        "Delivery #{} received {} on {} (answered {}), {}\n\nPOST {}\n",
        d.id,
        crate::time::local_with_zone(d.received_at),
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
    ctx.output()
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
