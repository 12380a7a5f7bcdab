//! `sandbox`: the local Chatwoot-compatible server. Prints one ready line on stdout once it
//! accepts connections, and stops cleanly on SIGINT or SIGTERM.

use clap::Args;
use serde_json::json;

use crate::cli::GlobalArgs;
use crate::error::{Error, Result};
use crate::output::{write_stdout, OutputMode};
use crate::sandbox::{Sandbox, SandboxConfig};

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
}

pub async fn run(global: &GlobalArgs, args: SandboxArgs) -> Result<()> {
    let mut config = SandboxConfig::generated();
    config.account_id = args.account_id;
    if let Some(t) = args.admin_token {
        config.admin_token = t;
    }
    if let Some(t) = args.agent_token {
        config.agent_token = t;
    }
    if let Some(t) = args.platform_token {
        config.platform_token = t;
    }
    let listener = tokio::net::TcpListener::bind((args.bind.as_str(), args.port))
        .await
        .map_err(|e| {
            Error::other(format!(
                "cannot listen on {}:{}: {e}\n  hint: choose another --port (0 picks a free one)",
                args.bind, args.port
            ))
        })?;
    let addr = listener.local_addr()?;
    let url = format!("http://{addr}");
    let sandbox = Sandbox::new(config.clone());
    let server = tokio::spawn(sandbox.serve(listener, shutdown_signal()));
    let json_mode = global.json
        || global.output == Some(OutputMode::Json)
        || global.output == Some(OutputMode::Ndjson);
    let line = if json_mode {
        json!({
            "url": url,
            "account_id": config.account_id,
            "admin_token": config.admin_token,
            "agent_token": config.agent_token,
            "platform_token": config.platform_token,
        })
        .to_string()
    } else {
        format!(
            "{url} account_id={} admin_token={} agent_token={} platform_token={}",
            config.account_id, config.admin_token, config.agent_token, config.platform_token
        )
    };
    write_stdout(&format!("{line}\n"))?;
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

/// Resolves on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}
