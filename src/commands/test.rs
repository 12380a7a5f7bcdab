//! `test`: conversation tests for a bot. Runs a flow file (see `crate::flows`) against the
//! configured Chatwoot, or with `--sandbox` against an embedded sandbox wired to the bot at
//! `--bot-url`, optionally starting the bot's own command. Exit 0 when every flow passes,
//! 12 when one fails, 2 for an invalid file, 1 (or the API's code) when the run could not
//! happen. `--record` turns an existing conversation into a flow skeleton.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::{Args, ValueEnum};
use serde_json::json;

use crate::api::{Api, BotInput, BotScope, ChannelInput, InboxInput};
use crate::cli::GlobalArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::flows::{self, FlowFile, RunInbox};
use crate::output::{Human, View};
use crate::sandbox::{Sandbox, SandboxConfig};

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
chatwoot-bridge test flows.toml --jobs 4 --junit report.xml\n  \
chatwoot-bridge test flows.toml --sandbox --bot-url http://127.0.0.1:8000/chatwoot -- python main.py\n  \
chatwoot-bridge test --record 42 > flows.toml\n\n\
The flow file format, the environment the bot command gets and a CI job: docs/testing-bots.md")]
pub struct TestArgs {
    /// The flow file (TOML)
    #[arg(value_name = "FLOWS.toml", required_unless_present = "record")]
    pub file: Option<PathBuf>,
    /// Run against an embedded sandbox wired to the bot at --bot-url (nothing else needed)
    #[arg(long, requires = "bot_url")]
    pub sandbox: bool,
    /// With --sandbox: where the bot receives Chatwoot's deliveries
    #[arg(long, value_name = "URL", requires = "sandbox")]
    pub bot_url: Option<String>,
    /// With --sandbox: connect the bot as an agent bot (its own token; conversations start
    /// pending) or as an API inbox's webhook (the admin's token)
    #[arg(long, value_enum, value_name = "MODE", default_value_t = BotMode::AgentBot, requires = "sandbox")]
    pub mode: BotMode,
    /// Flows run at the same time
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub jobs: u16,
    /// Also write a JUnit XML report here (one test case per flow)
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    /// Leave the test conversations as they end (default: resolve them)
    #[arg(long)]
    pub keep: bool,
    /// Write into this inbox (id or name), whatever the file says
    #[arg(long, value_name = "INBOX")]
    pub inbox: Option<String>,
    /// With --sandbox: how long the bot may take to answer at --bot-url
    #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = crate::duration::parse_duration, requires = "sandbox")]
    pub bot_startup: Duration,
    /// Print a flow skeleton from an existing conversation (its display id) and exit
    #[arg(long, value_name = "CONVERSATION", conflicts_with_all = ["file", "sandbox", "junit"])]
    pub record: Option<u64>,
    /// With --record: read the conversation from the event store (what `listen` received)
    /// instead of asking Chatwoot
    #[arg(long, requires = "record")]
    pub from_store: bool,
    #[command(flatten)]
    pub store: super::deliveries::StoreArg,
    /// With --sandbox: the bot's command, started with the sandbox's settings in its
    /// environment and stopped at the end
    #[arg(last = true, value_name = "CMD", requires = "sandbox")]
    pub command: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BotMode {
    AgentBot,
    Inbox,
}

/// The name of the inbox (and agent bot) the sandbox creates when the file names none.
const SANDBOX_INBOX: &str = "Bot under test";

pub async fn run(global: GlobalArgs, args: TestArgs) -> Result<()> {
    let ctx = Context::new(global.clone())?;
    if let Some(conversation) = args.record {
        if args.from_store {
            let store = args.store.open_existing()?;
            return flows::record::run_from_store(&ctx, &store, conversation);
        }
        return interruptible(flows::record::run(&ctx, conversation)).await;
    }
    let path = args.file.clone().expect("clap requires FLOWS.toml");
    let file = flows::parse::load(&path)?;
    if args.sandbox {
        run_sandboxed(&ctx, &file, &args).await
    } else {
        let api = ctx.api()?;
        let work = async {
            let flows = resolve_inboxes(api, &file, args.inbox.as_deref()).await?;
            run_and_report(&ctx, api, &file, flows, &args).await
        };
        interruptible(work).await
    }
}

/// Ctrl-C or SIGTERM (a cancelled CI job) ends the run, after which the caller stops the
/// bot's command.
async fn interruptible(work: impl std::future::Future<Output = Result<()>>) -> Result<()> {
    tokio::select! {
        r = work => r,
        _ = crate::signals::shutdown() => Err(Error::Interrupted),
    }
}

/// Each flow's inbox, resolved once per distinct id or name; only API inboxes can take a
/// test customer.
async fn resolve_inboxes(
    api: &Api,
    file: &FlowFile,
    forced: Option<&str>,
) -> Result<Vec<(flows::Flow, RunInbox)>> {
    let mut known: HashMap<String, RunInbox> = HashMap::new();
    let mut out = Vec::new();
    for flow in &file.flows {
        let Some(wanted) = forced.map(str::to_string).or_else(|| flow.inbox.clone()) else {
            return Err(Error::usage(format!(
                "{}:{}: flow {:?} names no inbox: set `inbox` under [defaults] or in the flow, or pass --inbox",
                file.path.display(),
                flow.line,
                flow.name
            )));
        };
        if !known.contains_key(&wanted) {
            let inbox = api.resolve_inbox(&wanted).await?;
            let identifier = inbox
                .inbox_identifier
                .clone()
                .filter(|_| inbox.is_api())
                .ok_or_else(|| {
                    Error::usage(format!(
                        "inbox {wanted:?} (id {}) is not an API inbox: test customers write in through the public client API, which only API inboxes have",
                        inbox.id
                    ))
                })?;
            known.insert(
                wanted.clone(),
                RunInbox {
                    id: inbox.id,
                    identifier,
                },
            );
        }
        out.push((flow.clone(), known[&wanted].clone()));
    }
    Ok(out)
}

async fn run_and_report(
    ctx: &Context,
    api: &Api,
    file: &FlowFile,
    flows: Vec<(flows::Flow, RunInbox)>,
    args: &TestArgs,
) -> Result<()> {
    let started = Instant::now();
    ctx.output().note(format!(
        "Running {} flow(s) from {}, {} at a time…",
        flows.len(),
        file.path.display(),
        args.jobs
    ));
    let reports = flows::run::run_all(api, flows, args.jobs.into(), args.keep, |r| {
        if ctx.output().is_table() {
            return;
        }
        ctx.output().note(format!(
            "{} {} ({:.2} s)",
            r.outcome.label(),
            r.name,
            r.elapsed.as_secs_f64()
        ));
    })
    .await;
    let elapsed = started.elapsed();
    if let Some(junit) = &args.junit {
        let name = file
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "flows".into());
        std::fs::write(junit, flows::report::junit(&name, &reports, elapsed))
            .map_err(|e| Error::io(format!("writing {}", junit.display()), e))?;
    }
    let json = flows::report::json(&reports, elapsed);
    let ids = reports
        .iter()
        .filter_map(|r| r.conversation.map(|c| c.to_string()))
        .collect();
    ctx.output().print(View::new(
        json,
        ids,
        Human::Text(flows::report::text(&reports, elapsed)),
    ))?;
    let failed: Vec<String> = reports
        .iter()
        .filter_map(|r| {
            r.failure
                .as_ref()
                .map(|f| format!("{:?} at step {} (line {})", r.name, f.step, f.line))
        })
        .collect();
    if failed.is_empty() {
        Ok(())
    } else {
        Err(Error::TestFailed(format!(
            "{} of {} flow(s) failed: {}",
            failed.len(),
            reports.len(),
            failed.join(", ")
        )))
    }
}

/// What a bot under test reads to reach the sandbox.
fn bot_environment(
    url: &str,
    account: u64,
    token: &str,
    secret: &str,
) -> Vec<(&'static str, String)> {
    vec![
        ("CHATWOOT_BASE_URL", url.to_string()),
        ("CHATWOOT_API_URL", url.to_string()),
        ("CHATWOOT_API_TOKEN", token.to_string()),
        ("CHATWOOT_ACCOUNT_ID", account.to_string()),
        ("CHATWOOT_WEBHOOK_SECRET", secret.to_string()),
    ]
}

async fn run_sandboxed(ctx: &Context, file: &FlowFile, args: &TestArgs) -> Result<()> {
    let bot_url = args.bot_url.clone().expect("clap requires --bot-url");
    let target = crate::net::http_url(&bot_url).ok_or_else(|| {
        Error::usage(format!(
            "--bot-url {bot_url:?} is not an http(s) URL: give where the bot listens, like http://127.0.0.1:8000/chatwoot"
        ))
    })?;
    let config = SandboxConfig::generated();
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
    let url = format!("http://{}", listener.local_addr()?);
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let server = tokio::spawn(Sandbox::new(config.clone()).serve(listener, async move {
        let mut stopped = stopped;
        let _ = stopped.wait_for(|s| *s).await;
    }));
    let result = sandboxed(ctx, file, args, &config, &url, &bot_url, &target).await;
    let _ = stop.send(true);
    let _ = server.await;
    result
}

async fn sandboxed(
    ctx: &Context,
    file: &FlowFile,
    args: &TestArgs,
    config: &SandboxConfig,
    url: &str,
    bot_url: &str,
    target: &url::Url,
) -> Result<()> {
    let admin = Context::explicit(
        ctx.global().clone(),
        url,
        &config.admin_token,
        config.account_id,
    )?;
    let api = admin.api()?;
    // Every flow writes into the one inbox, named as the file names it where it can.
    let name = args
        .inbox
        .clone()
        .or_else(|| file.inbox.clone())
        .filter(|n| n.parse::<u64>().is_err())
        .unwrap_or_else(|| SANDBOX_INBOX.to_string());
    let webhook_url = (args.mode == BotMode::Inbox).then(|| bot_url.to_string());
    let inbox = api
        .create_inbox(&InboxInput {
            name: Some(name),
            channel: Some(ChannelInput {
                kind: Some("api"),
                webhook_url,
                hmac_mandatory: None,
            }),
            ..InboxInput::default()
        })
        .await?;
    let (token, secret) = match args.mode {
        BotMode::AgentBot => {
            let created = api
                .create_bot(
                    BotScope::Account,
                    &BotInput {
                        name: Some(SANDBOX_INBOX.into()),
                        outgoing_url: Some(bot_url.to_string()),
                        ..BotInput::default()
                    },
                )
                .await?;
            api.set_inbox_bot(inbox.id, Some(created.id)).await?;
            let bot = api.bot(BotScope::Account, created.id).await?;
            (
                bot.access_token.unwrap_or_default(),
                bot.secret.unwrap_or_default(),
            )
        }
        BotMode::Inbox => (
            config.admin_token.clone(),
            api.inbox(inbox.id).await?.secret.unwrap_or_default(),
        ),
    };
    let run_inbox = RunInbox {
        id: inbox.id,
        identifier: inbox.inbox_identifier.clone().unwrap_or_default(),
    };
    let env = bot_environment(url, config.account_id, &token, &secret);
    let mut child = if args.command.is_empty() {
        // The caller starts the bot: it needs these now, before the flows wait for it.
        let lines: String = env
            .iter()
            .map(|(k, v)| format!("export {k}={v}\n"))
            .collect();
        eprint!("Sandbox ready; start the bot with:\n{lines}");
        None
    } else {
        Some(crate::flows::child::BotProcess::spawn(&args.command, &env)?)
    };
    let work = async {
        ctx.output().note(format!(
            "Sandbox on {url}; waiting for the bot at {bot_url}…"
        ));
        crate::flows::child::wait_until_answering(target, args.bot_startup, child.as_mut()).await?;
        let flows = file
            .flows
            .iter()
            .map(|f| (f.clone(), run_inbox.clone()))
            .collect();
        run_and_report(ctx, api, file, flows, args).await
    };
    let result = interruptible(work).await;
    if let Some(child) = child {
        if let Some(note) = child.stop().await {
            ctx.output().note(note);
        }
    }
    result
}

/// `example-bot` (hidden): the built-in example bot as a process, configured the way a bot
/// under `test --sandbox` is, for tests and the docs' CI example.
#[derive(Debug, Args)]
pub struct ExampleBotArgs {
    /// Port to listen on (127.0.0.1)
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
}

pub async fn example_bot(args: ExampleBotArgs) -> Result<()> {
    let var =
        |name: &str| std::env::var(name).map_err(|_| Error::usage(format!("{name} is not set")));
    let account_id = var("CHATWOOT_ACCOUNT_ID")?
        .parse()
        .map_err(|_| Error::usage("CHATWOOT_ACCOUNT_ID is not a number"))?;
    let bot = crate::example_bot::ExampleBot {
        chatwoot_url: var("CHATWOOT_BASE_URL")?,
        account_id,
        access_token: var("CHATWOOT_API_TOKEN")?,
        secret: std::env::var("CHATWOOT_WEBHOOK_SECRET").ok(),
    };
    let listener = super::serve::bind("127.0.0.1", args.port).await?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    bot.serve(listener, async {
        let _ = stopped.await;
    })?;
    crate::signals::shutdown().await;
    let _ = stop.send(());
    Ok(())
}

/// `--record`'s JSON and text, for `flows::record`.
pub fn record_view(conversation: u64, toml: String) -> View {
    View::new(
        json!({"conversation_id": conversation, "flow_file": toml}),
        vec![conversation.to_string()],
        Human::Text(toml),
    )
}
