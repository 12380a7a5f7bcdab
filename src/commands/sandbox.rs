//! `sandbox`: the local Chatwoot-compatible server. Prints one ready line on stdout once it
//! accepts connections, and stops cleanly on SIGINT or SIGTERM.

use std::time::Duration;

use clap::Args;
use serde_json::json;

use crate::cli::GlobalArgs;
use crate::error::{Error, Result};
use crate::output::{write_stdout, Output, OutputMode};
use crate::sandbox::{Sandbox, SandboxConfig};

use super::serve::{bind, shutdown_signal};

#[derive(Debug, Args)]
pub struct SandboxArgs {
    /// Address to listen on
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,
    /// Port (0 picks a free one)
    #[arg(long, default_value_t = 3000)]
    pub port: u16,
    /// The administrator's access token (generated when not given)
    #[arg(long, value_name = "T")]
    pub admin_token: Option<String>,
    /// An agent's access token (generated when not given)
    #[arg(long, value_name = "T")]
    pub agent_token: Option<String>,
    /// The platform app's token (generated when not given)
    #[arg(long, value_name = "T")]
    pub platform_token: Option<String>,
    /// The account's id
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub account_id: u64,
    /// Each webhook delivery's connect and read timeout (Chatwoot's WEBHOOK_TIMEOUT)
    #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = duration)]
    pub webhook_timeout: Duration,
    /// Wait between an agent bot's delivery attempts (Chatwoot: 3 s)
    #[arg(long, value_name = "DURATION", default_value = "3s", value_parser = duration)]
    pub bot_retry_interval: Duration,
    /// Keep a pending conversation pending when the bot's delivery fails (account setting)
    #[arg(long)]
    pub keep_pending_on_bot_failure: bool,
    /// Refuse loopback and private webhook targets, as Chatwoot 4.14+ does unless
    /// SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true
    #[arg(long)]
    pub refuse_private_webhooks: bool,
    /// Send inbox_created / inbox_updated to account webhooks (Chatwoot's ENABLE_INBOX_EVENTS)
    #[arg(long)]
    pub inbox_events: bool,
    /// Delay added to every API response
    #[arg(long, value_name = "DURATION", default_value = "0s", value_parser = duration)]
    pub latency: Duration,
    /// Share of API requests (0.0 to 1.0) answered 500 before they run
    #[arg(long, value_name = "RATE", default_value_t = 0.0, value_parser = rate)]
    pub fail_rate: f64,
    /// Make the --fail-rate sequence reproducible
    #[arg(long, value_name = "N")]
    pub fault_seed: Option<u64>,
    /// Answer 429 text/plain "Retry later" past N requests a minute per client, like rack-attack
    #[arg(long, value_name = "N")]
    pub rate_limit: Option<u32>,
}

fn duration(s: &str) -> std::result::Result<Duration, String> {
    crate::duration::parse_duration(s)
}

fn rate(s: &str) -> std::result::Result<f64, String> {
    match s.parse::<f64>() {
        Ok(r) if (0.0..=1.0).contains(&r) => Ok(r),
        _ => Err(format!("'{s}' is not a rate between 0.0 and 1.0")),
    }
}

pub async fn run(global: &GlobalArgs, args: SandboxArgs) -> Result<()> {
    // Registered first: Ctrl-C or SIGTERM while starting still stops cleanly.
    let shutdown = shutdown_signal();
    let output = Output::from_global(global)?;
    let mut config = SandboxConfig {
        account_id: args.account_id,
        webhook_timeout: args.webhook_timeout,
        bot_retry_interval: args.bot_retry_interval,
        keep_pending_on_bot_failure: args.keep_pending_on_bot_failure,
        refuse_private_webhooks: args.refuse_private_webhooks,
        inbox_events: args.inbox_events,
        latency: args.latency,
        fail_rate: args.fail_rate,
        fault_seed: args.fault_seed,
        rate_limit_per_minute: args.rate_limit,
        ..SandboxConfig::generated()
    };
    if let Some(t) = args.admin_token {
        config.admin_token = t;
    }
    if let Some(t) = args.agent_token {
        config.agent_token = t;
    }
    if let Some(t) = args.platform_token {
        config.platform_token = t;
    }
    let listener = bind(&args.bind, args.port).await?;
    let addr = listener.local_addr()?;
    let url = format!("http://{addr}");
    let sandbox = Sandbox::new(config.clone());
    let server = tokio::spawn(sandbox.serve(listener, shutdown));
    // The ready line: its tokens are the point, so it is not redacted.
    let text = if output.mode == OutputMode::Table {
        format!(
            "{url} account_id={} admin_token={} agent_token={} platform_token={}\n",
            config.account_id, config.admin_token, config.agent_token, config.platform_token
        )
    } else {
        let mut lines = output.lines();
        let text = lines.render(&json!({
            "url": url,
            "account_id": config.account_id,
            "admin_token": config.admin_token,
            "agent_token": config.agent_token,
            "platform_token": config.platform_token,
        }));
        lines.finish()?;
        text
    };
    write_stdout(&text)?;
    if !global.quiet {
        eprintln!(
            "Chatwoot sandbox on {url} (account {}). In another terminal:\n  export CHATWOOT_BASE_URL={url} CHATWOOT_ACCOUNT_ID={} CHATWOOT_API_TOKEN={}\nCtrl-C stops it.",
            config.account_id, config.account_id, config.admin_token
        );
    }
    server
        .await
        .map_err(|e| Error::other(format!("the sandbox stopped unexpectedly: {e}")))??;
    Ok(())
}
