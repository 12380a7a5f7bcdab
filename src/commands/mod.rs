//! One file per command group: each parses its own flags (clap derive), calls `crate::api`,
//! and hands a [`View`](crate::output::View) to the renderer. Status changes (`resolve`,
//! `reopen`, `pending`, `snooze`, `handoff`) share `status.rs`.

pub mod agent;
pub mod api;
pub mod apply;
pub mod assign;
pub mod auth;
pub mod bot;
pub mod completions;
pub mod conversation;
pub mod deliveries;
pub mod demo;
pub mod doctor;
pub mod events;
pub mod inbox;
pub mod inspect;
pub mod listen;
pub mod listen_live;
pub mod plan;
pub mod probe;
pub mod profile;
pub mod replay;
pub mod sandbox;
pub mod secrets;
pub mod send;
pub mod serve;
pub mod setup;
pub mod status;
pub mod tail;
pub mod team;
pub mod test;
pub mod trigger;
pub mod webhook;

use crate::cli::{Cli, Command};
use crate::context::Context;
use crate::error::{Error, Result};

pub async fn run(cli: Cli) -> Result<()> {
    let Cli {
        mut global,
        command,
    } = cli;
    if let Command::Webhook(cmd) = &command {
        if cmd.has_target_url() {
            let argv: Vec<String> = std::env::args().collect();
            global.url = webhook::instance_url_from_argv(&argv);
        }
    }
    // Servers handle SIGINT/SIGTERM themselves (`crate::signals::shutdown`) to shut down
    // cleanly; sandbox and demo need no config.
    match command {
        Command::Sandbox(args) => return sandbox::run(&global, args).await,
        Command::Demo(args) => {
            refuse_jq(&global, "demo narrates in text")?;
            return demo::run(&global, args).await;
        }
        Command::Completions(args) => {
            refuse_jq(&global, "completions prints a shell script")?;
            return completions::run(args);
        }
        // `test` stops the bot's command itself on Ctrl-C or SIGTERM.
        Command::Test(args) => return test::run(global, args).await,
        Command::ExampleBot(args) => return test::example_bot(args).await,
        _ => {}
    }
    let ctx = Context::new(global)?;
    if let Command::Listen(args) = command {
        // Ctrl-C drains like SIGTERM: forwards recorded, summary printed, same exit code.
        return listen::run(&ctx, args).await;
    }
    tokio::select! {
        r = dispatch(&ctx, command) => r,
        () = crate::signals::interrupted() => Err(Error::Interrupted),
    }
}

/// Runs a command that works against a Chatwoot instance, with a ready Context.
pub async fn dispatch(ctx: &Context, command: Command) -> Result<()> {
    {
        match command {
            Command::Auth(cmd) => auth::run(ctx, cmd).await,
            Command::Profile(cmd) => profile::run(ctx, cmd),
            Command::Setup(cmd) => setup::run(ctx, cmd).await,
            Command::Plan(args) => plan::run(ctx, args).await,
            Command::Apply(args) => apply::run(ctx, args).await,
            Command::Inbox(cmd) => inbox::run(ctx, cmd).await,
            Command::Bot(args) => bot::run(ctx, args).await,
            Command::Webhook(cmd) => webhook::run(ctx, cmd).await,
            Command::Conversation(cmd) => conversation::run(ctx, cmd).await,
            Command::Send(args) => send::run(ctx, args).await,
            Command::Resolve(a) => status::set_status(ctx, &a.conversation, "resolved", None).await,
            Command::Reopen(a) => status::set_status(ctx, &a.conversation, "open", None).await,
            Command::Pending(a) => status::set_status(ctx, &a.conversation, "pending", None).await,
            Command::Snooze(args) => status::snooze(ctx, args).await,
            Command::Assign(args) => assign::run(ctx, args).await,
            Command::Agent(cmd) => agent::run(ctx, cmd).await,
            Command::Team(cmd) => team::run(ctx, cmd).await,
            Command::Handoff(args) => status::handoff(ctx, args).await,
            Command::Listen(args) => listen::run(ctx, args).await,
            Command::Tail(args) => tail::run(ctx, args).await,
            Command::Events(args) => events::run(ctx, args).await,
            Command::Replay(args) => replay::run(ctx, args).await,
            Command::Inspect(args) => inspect::run(ctx, args).await,
            Command::Trigger(args) => trigger::run(ctx, args).await,
            Command::Doctor(args) => doctor::run(ctx, args).await,
            Command::Probe(args) => probe::run(ctx, args).await,
            Command::Api(args) => api::run(ctx, args).await,
            Command::Sandbox(_)
            | Command::Demo(_)
            | Command::Completions(_)
            | Command::Test(_)
            | Command::ExampleBot(_) => Err(Error::usage(
                "this command does not run against an instance",
            )),
        }
    }
}

/// `--jq` on a command that prints no JSON is a mistake worth saying, not ignoring.
fn refuse_jq(global: &crate::cli::GlobalArgs, why: &str) -> Result<()> {
    match global.jq {
        Some(_) => Err(Error::usage(format!(
            "--jq filters JSON output, and {why}: drop --jq"
        ))),
        None => Ok(()),
    }
}

/// `PATH=URL`, the URL checked as every target URL is.
pub fn path_url(s: &str) -> std::result::Result<(String, String), String> {
    let (path, url) = key_value(s)?;
    Ok((path, crate::net::target_url(&url)?))
}

/// Parses `KEY=VALUE`.
pub fn key_value(s: &str) -> std::result::Result<(String, String), String> {
    s.split_once('=')
        .map(|(k, v)| (k.trim().to_string(), v.to_string()))
        .filter(|(k, _)| !k.is_empty())
        .ok_or_else(|| format!("'{s}' is not KEY=VALUE"))
}
