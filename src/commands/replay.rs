//! `replay`: stored deliveries sent again, byte for byte, re-signed with a fresh timestamp
//! and a new delivery id when a secret is known. Failures stay replayable.

use clap::Args;
use serde_json::json;

use super::deliveries::{store_error, FilterArgs, StoreArg};
use super::secrets::one_secret;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::listen::{self, ReplayOptions, ReplayResult};
use crate::output::{Human, View};

#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// Event ids (`chatwoot-bridge events list`); or select with the filters below
    pub ids: Vec<i64>,
    /// Where to send (default: where each delivery was forwarded)
    #[arg(long, value_name = "URL", value_parser = crate::net::target_url)]
    pub to: Option<String>,
    /// Re-sign with this secret [env: CHATWOOT_WEBHOOK_SECRET; else the profile's only stored secret]
    #[arg(long, value_name = "S")]
    pub secret: Option<String>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Every delivery whose forward failed (dead letters) or never finished
    #[arg(long)]
    pub dead_letters: bool,
    /// Requests in flight at once
    #[arg(long, default_value_t = 8, value_name = "N")]
    pub concurrency: usize,
    /// At most N requests per second
    #[arg(long, value_name = "N")]
    pub rate: Option<f64>,
    /// Send everything again, even what an interrupted run of this same replay delivered
    #[arg(long)]
    pub restart: bool,
    #[command(flatten)]
    pub store: StoreArg,
}

pub async fn run(ctx: &Context, args: ReplayArgs) -> Result<()> {
    let store = args.store.open_existing()?;
    let selecting = args.dead_letters
        || !args.filter.events.is_empty()
        || args.filter.since.is_some()
        || args.filter.conversation.is_some()
        || args.filter.inbox.is_some();
    if args.ids.is_empty() && !selecting {
        return Err(Error::usage(
            "which deliveries? give event ids, or select with --events, --since, --conversation, --inbox or --dead-letters",
        ));
    }
    let mut ids = args.ids.clone();
    if selecting {
        let mut filter = args.filter.filter();
        filter.dead_letters = args.dead_letters;
        filter.accepted_only = true;
        store
            .for_each(&filter, |d| {
                ids.push(d.id);
                Ok(())
            })
            .map_err(store_error)?;
    }
    if ids.is_empty() {
        ctx.output()
            .note("Nothing to replay: no stored delivery matches.");
        return ctx.output().print(View::new(
            json!({"delivered": 0, "failed": 0, "skipped": 0, "outcomes": []}),
            vec![],
            Human::Text(String::new()),
        ));
    }
    let secret = one_secret(ctx, args.secret.clone(), "re-signs")?;
    if secret.is_none() {
        ctx.output().note("No secret known: sending the stored headers as they were (the old signature and timestamp).");
    }
    // The same replay run again resumes: what it delivered is not sent twice.
    let selection = json!({
        "ids": args.ids, "to": args.to, "dead_letters": args.dead_letters,
        "events": args.filter.events, "inbox": args.filter.inbox,
        "conversation": args.filter.conversation, "since": args.filter.since.is_some(),
        "ignore_bot_echo": args.filter.ignore_bot_echo,
    })
    .to_string();
    let total = ids.len();
    let spinner = ctx.spinner(format!("Replaying 0/{total}"));
    let mut outcomes = Vec::new();
    let mut done = 0usize;
    let summary = listen::replay(
        &store,
        ids,
        ReplayOptions {
            to: args.to.clone(),
            unfinished_only: args.dead_letters,
            secret,
            concurrency: args.concurrency.max(1),
            rate: args.rate,
            selection: Some(selection),
            restart: args.restart,
            ..ReplayOptions::default()
        },
        |outcome| {
            done += 1;
            spinner.set_message(format!("Replaying {done}/{total}"));
            outcomes.push(outcome.clone());
        },
    )
    .await
    .map_err(store_error)?;
    drop(spinner);
    if summary.already_delivered > 0 {
        ctx.output().note(format!(
            "Resumed an interrupted replay: {} already delivered by it, not sent again (--restart sends everything).",
            summary.already_delivered
        ));
    }
    let mut rows = Vec::new();
    let mut json_outcomes = Vec::new();
    for o in &outcomes {
        let (result, detail) = match &o.result {
            ReplayResult::Delivered { status } => ("delivered", status.to_string()),
            ReplayResult::Failed { status, error } => (
                "failed",
                status
                    .map(|s| format!("{s} {error}"))
                    .unwrap_or_else(|| error.clone()),
            ),
            ReplayResult::Skipped { reason } => ("skipped", reason.clone()),
        };
        json_outcomes.push(json!({
            "event_id": o.event_id, "target": o.target, "result": result,
            "detail": detail, "delivery_id": o.delivery_id,
        }));
        if result != "delivered" || outcomes.len() <= 20 {
            rows.push(vec![
                format!("#{}", o.event_id),
                o.target.clone().unwrap_or_else(|| "-".into()),
                result.to_string(),
                detail,
            ]);
        }
    }
    let secs = summary.elapsed.as_secs_f64().max(1e-6);
    let mut text = crate::output::render_rows(&["EVENT", "TARGET", "RESULT", "DETAIL"], &rows);
    text.push_str(&format!(
        "{} delivered, {} failed, {} skipped in {:.2} s ({:.0}/s)\n",
        summary.delivered,
        summary.failed,
        summary.skipped,
        secs,
        (summary.delivered + summary.failed) as f64 / secs
    ));
    ctx.output().print(View::new(
        json!({
            "delivered": summary.delivered, "failed": summary.failed, "skipped": summary.skipped,
            "already_delivered": summary.already_delivered,
            "elapsed_ms": summary.elapsed.as_millis() as u64, "outcomes": json_outcomes,
        }),
        outcomes.iter().map(|o| o.event_id.to_string()).collect(),
        Human::Text(text),
    ))?;
    if summary.failed > 0 || summary.skipped > 0 {
        return Err(Error::other(format!(
            "{} of {total} not delivered; failures stay replayable (`chatwoot-bridge replay --dead-letters`)",
            summary.failed + summary.skipped
        )));
    }
    Ok(())
}
