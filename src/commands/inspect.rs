//! `inspect`: the web inspector over the event store (see `crate::inspect`).

use clap::Args;

use super::deliveries::StoreArg;
use super::secrets::candidate_secrets;
use crate::context::Context;
use crate::error::Result;

#[derive(Debug, Args)]
#[command(
    after_help = "Open the printed URL: it carries a per-run token that every API request needs. \
The page lists stored deliveries live (newest first), explains verification, replays re-signed, \
copies a delivery as curl, and rebuilds a conversation's transcript. It reads the store through its \
own connections, so it works beside a running `listen` (or use `listen --ui`).\n\n\
Secrets (to re-sign replays and curl commands): --secret, else CHATWOOT_WEBHOOK_SECRET, else the \
profile's stored secret."
)]
pub struct InspectArgs {
    /// Address to serve on (loopback by default; another address exposes stored bodies to that network)
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,
    /// Port (0 picks a free one)
    #[arg(long, default_value_t = 4041)]
    pub port: u16,
    /// The signing secret that re-signs replays [env: CHATWOOT_WEBHOOK_SECRET]
    #[arg(long, value_name = "S")]
    pub secret: Option<String>,
    #[command(flatten)]
    pub store: StoreArg,
}

pub async fn run(ctx: &Context, args: InspectArgs) -> Result<()> {
    let store = args.store.open_existing()?;
    let secrets = candidate_secrets(ctx, args.secret.clone());
    let listener = super::serve::bind(&args.bind, args.port).await?;
    let quiet = ctx.output().quiet;
    let path = store.path().display().to_string();
    crate::inspect::serve(
        listener,
        store,
        secrets,
        |ins| announce(&ins.url(), &path, quiet),
        super::serve::shutdown_signal(),
    )
    .await
    .map_err(|e| crate::error::Error::other(format!("the inspector failed: {e}")))
}

/// The inspector's URL on stderr (stdout stays for data), with the token in it.
pub fn announce(url: &str, store: &str, quiet: bool) {
    if quiet {
        eprintln!("{url}");
    } else {
        eprintln!("Inspector on {url}\n  (reading {store}; the token in the URL guards replays; Ctrl-C stops)");
    }
}
