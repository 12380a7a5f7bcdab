//! `listen --live`: events from Chatwoot's websocket instead of webhook deliveries, stored
//! in the same event store as webhook-shaped records, printed, and forwarded signed.

use tokio::sync::mpsc;

use super::listen::ListenArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::listen::{self, Injected, ListenConfig};
use crate::live::{self, LiveOptions, LiveRecord, Notice};
use crate::output::{Output, OutputMode};

/// The path live records are stored under (`listen`, `tail` and `events show` print it).
pub const LIVE_PATH: &str = "/live";
/// Headers that mark a record's origin; forwarded with it, so a bot can tell too.
pub const ORIGIN_HEADER: &str = "x-chatwoot-bridge-origin";
pub const FIDELITY_HEADER: &str = "x-chatwoot-bridge-fidelity";
pub const BACKFILL_HEADER: &str = "x-chatwoot-bridge-backfill";

pub async fn run(ctx: &Context, args: ListenArgs) -> Result<()> {
    let http_only = [
        (args.no_verify, "--no-verify"),
        (!args.path_secret.is_empty(), "--path-secret"),
        (!args.route.is_empty(), "--route"),
    ];
    if let Some((_, flag)) = http_only.iter().find(|(set, _)| *set) {
        return Err(Error::usage(format!(
            "{flag} applies to webhook deliveries; --live records come from the websocket (use --forward-to, and --secret to sign forwards)"
        )));
    }
    if args.filter.since.is_some() {
        return Err(Error::usage(
            "--since selects stored deliveries: use it with `tail`, `events` or `replay`; listen prints new ones as they come",
        ));
    }
    if ctx.output().mode == OutputMode::Json && !ctx.output().has_jq() {
        return Err(Error::usage(
            "listen streams: use -o ndjson (one JSON object per event)",
        ));
    }
    let api = ctx.api()?;
    let flag = args.secret.clone().or(args.resign_secret.clone());
    let secret = super::secrets::one_secret(ctx, flag, "signs the forwards")?;
    let mut config = ListenConfig {
        forward_to: args.forward_to.clone(),
        resign_secret: secret.clone(),
        filter: args.filter.filter(),
        ..ListenConfig::default()
    };
    let events = config.events();
    let store = args.store.open()?;
    if !ctx.output().quiet {
        let forwards = match (&config.forward_to[..], &secret) {
            ([], _) => String::new(),
            (targets, Some(_)) => format!(
                " Forwarding to {}, signed with a fresh timestamp.",
                targets.join(", ")
            ),
            (targets, None) => format!(
                " Forwarding to {} UNSIGNED: pass --secret (the one your bot verifies) to sign.",
                targets.join(", ")
            ),
        };
        eprintln!(
            "Live events from Chatwoot's websocket: no public URL or tunnel needed. Storing them in {} as {LIVE_PATH}.{forwards}\nCtrl-C stops.",
            store.path().display()
        );
    }

    let (inject_tx, inject_rx) = mpsc::channel::<Injected>(1024);
    let ingest = tokio::spawn(listen::ingest(store, config, inject_rx));
    let printer = tokio::spawn(super::listen::print(
        ctx.output().clone(),
        events,
        super::listen::Feed::Live,
    ));
    let (live_tx, mut live_rx) = mpsc::channel::<LiveRecord>(1024);
    let adapter = tokio::spawn(async move {
        while let Some(record) = live_rx.recv().await {
            if inject_tx.send(injected(record)).await.is_err() {
                break;
            }
        }
    });
    let options = LiveOptions {
        raw: args.raw,
        ..LiveOptions::default()
    };
    let output = ctx.output().clone();
    let result = live::run(
        api,
        &options,
        live_tx,
        |n| notice(&output, n),
        crate::signals::shutdown(),
    )
    .await;
    let _ = adapter.await;
    let summary = ingest
        .await
        .map_err(|e| Error::other(format!("the event store task failed: {e}")))?
        .map_err(|e| Error::other(format!("the event store failed: {e}")))?;
    let lines = printer.await.ok();
    ctx.output().note(format!(
        "Stopped: {} stored, {} forwarded, {} dead letters, {} forwards pending.",
        summary.accepted, summary.forwarded, summary.dead_letters, summary.forwards_pending
    ));
    result?;
    lines.map_or(Ok(()), |lines| lines.finish())
}

fn injected(record: LiveRecord) -> Injected {
    let delivery_id = uuid::Uuid::new_v4().to_string();
    let mut headers = vec![
        ("content-type".to_string(), "application/json".to_string()),
        (
            crate::signing::DELIVERY_HEADER.to_ascii_lowercase(),
            delivery_id.clone(),
        ),
        (ORIGIN_HEADER.to_string(), "live".to_string()),
        (
            FIDELITY_HEADER.to_string(),
            record.fidelity.as_str().to_string(),
        ),
    ];
    if record.backfill {
        headers.push((BACKFILL_HEADER.to_string(), "true".to_string()));
    }
    Injected {
        path: LIVE_PATH.to_string(),
        headers,
        delivery_id,
        body: record.body,
    }
}

fn notice(output: &Output, n: Notice) {
    match n {
        Notice::ListeningAs {
            user_id,
            name,
            email,
            account_id,
            role,
            url,
        } => output.note(format!(
            "Listening as {name} <{email}> (user {user_id}, {role} in account {account_id}) on {url}.\n\
             Note: subscribing marks this user online in Chatwoot for about 20 s; this tool never renews it \
             (no update_presence), so auto-assignment and e-mail notifications are not kept from them. \
             A dedicated integration user avoids surprises."
        )),
        Notice::OnlyInboxes(inboxes) => {
            let list = if inboxes.is_empty() {
                "none".to_string()
            } else {
                inboxes
                    .iter()
                    .map(|(id, name)| format!("{id} ({name})"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            eprintln!(
                "warning: this token is not an administrator's: only events of the inboxes it is a member of arrive: {list}. \
                 An administrator's token sees every inbox."
            );
        }
        Notice::Subscribed => output.note("Subscribed: events arrive as they happen."),
        Notice::Dropped { error } => {
            eprintln!("warning: the websocket dropped ({error}); reconnecting")
        }
        Notice::ReconnectFailed { error, retry_in } => eprintln!(
            "warning: reconnect failed ({}); next attempt in {} s",
            error.lines().next().unwrap_or_default(),
            retry_in.as_secs()
        ),
        Notice::BackfillFailed { error } => eprintln!(
            "warning: could not read back what happened while disconnected ({}); events of the gap are missing",
            error.lines().next().unwrap_or_default()
        ),
        Notice::Reconnected { gap, backfilled } => output.note(format!(
            "Reconnected after {:.1} s; {backfilled} events backfilled from the gap (marked {BACKFILL_HEADER}: true).",
            gap.as_secs_f64()
        )),
    }
}
