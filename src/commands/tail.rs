//! `tail [--follow]`: stored deliveries, printed as `listen` prints them; from another
//! terminal while a listener runs, or after the fact.

use std::time::Duration;

use clap::Args;

use super::deliveries::{line, store_error, summary_json, FilterArgs, StoreArg};
use crate::context::Context;
use crate::error::Result;
use crate::output::{write_stdout, Lines, OutputMode};
use crate::store::Delivery;

#[derive(Debug, Args)]
pub struct TailArgs {
    /// Keep printing new deliveries as they arrive
    #[arg(short, long)]
    pub follow: bool,
    /// Start with the last N stored deliveries
    #[arg(
        short = 'n',
        long,
        alias = "lines",
        value_name = "N",
        default_value_t = 20
    )]
    pub limit: u64,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub store: StoreArg,
}

fn print(ctx: &Context, lines: &mut Lines, d: &Delivery) -> Result<()> {
    let text = match ctx.output().mode {
        OutputMode::Table if ctx.output().quiet => format!("{}\n", d.id),
        OutputMode::Table => format!("{}\n", line(d)),
        _ => lines.render(&summary_json(d)),
    };
    write_stdout(&text)
}

pub async fn run(ctx: &Context, args: TailArgs) -> Result<()> {
    let store = args.store.open_existing()?;
    let mut filter = args.filter.filter();
    filter.newest_first = true;
    filter.limit = Some(args.limit);
    let mut last = store.last_id().map_err(store_error)?;
    let mut first = store.list(&filter).map_err(store_error)?;
    first.reverse();
    let mut lines = ctx.output().lines();
    for d in &first {
        print(ctx, &mut lines, d)?;
    }
    // A delivery stored between the two reads is printed once, not again below.
    last = last.max(first.last().map(|d| d.id).unwrap_or(last));
    if !args.follow {
        return lines.finish();
    }
    if first.is_empty() {
        // Silence would look like a hang: say what it waits for (stderr; not with -q).
        let what = if args.filter.events.is_empty()
            && args.filter.inbox.is_none()
            && args.filter.conversation.is_none()
        {
            "deliveries"
        } else {
            "matching deliveries"
        };
        ctx.output().note(format!(
            "No {what} stored yet in {}; waiting for new ones (Ctrl-C stops).",
            store.path().display()
        ));
    }
    filter.newest_first = false;
    filter.limit = Some(1000);
    loop {
        filter.after_id = Some(last);
        let batch = store.list(&filter).map_err(store_error)?;
        for d in &batch {
            print(ctx, &mut lines, d)?;
        }
        // The query skips non-matching ids by itself; the cursor is the last one printed.
        last = batch.last().map(|d| d.id).unwrap_or(last);
        if batch.is_empty() {
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}
