//! The command line: global options and the top-level commands. Each group's own
//! subcommands and flags live beside its code in `src/commands/<group>.rs`.

use clap::{Args, Parser, Subcommand};

use crate::commands;
use crate::output::OutputMode;

#[derive(Debug, Parser)]
#[command(
    name = "chatwoot-bridge",
    version,
    about = "Connect bots to Chatwoot: provision inboxes and agent bots, drive test conversations, debug webhooks",
    long_about = "Connect bots to Chatwoot from a terminal or CI: provision API inboxes and agent bots idempotently, \
manage account webhooks, call any API route, and run a local Chatwoot-compatible sandbox.\n\n\
Settings come from flags, then the environment (CHATWOOT_BASE_URL, CHATWOOT_API_TOKEN, CHATWOOT_ACCOUNT_ID, \
CHATWOOT_PLATFORM_TOKEN, CHATWOOT_BRIDGE_PROFILE), then the stored profile (`auth login`).",
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// The heading global options get in every command's help, apart from its own options.
const GLOBAL: &str = "Global options";

#[derive(Debug, Clone, Args, Default)]
pub struct GlobalArgs {
    /// Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]
    #[arg(short = 'p', long, global = true, help_heading = GLOBAL, value_name = "NAME")]
    pub profile: Option<String>,
    /// Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "URL")]
    pub url: Option<String>,
    /// Account id [env: CHATWOOT_ACCOUNT_ID]
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "ID")]
    pub account: Option<u64>,
    /// Output mode
    #[arg(short = 'o', long, global = true, help_heading = GLOBAL, value_enum, value_name = "MODE")]
    pub output: Option<OutputMode>,
    /// Short for `-o json`
    #[arg(long, global = true, help_heading = GLOBAL, conflicts_with = "output")]
    pub json: bool,
    /// Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line).
    /// Strings print raw, other results as compact JSON, one per line
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "EXPR", conflicts_with = "quiet")]
    pub jq: Option<String>,
    /// Print only ids (one per line) or nothing
    #[arg(short, long, global = true, help_heading = GLOBAL)]
    pub quiet: bool,
    /// Trace HTTP requests and responses on stderr (tokens and secrets redacted)
    #[arg(short, long, global = true, help_heading = GLOBAL)]
    pub verbose: bool,
    /// Answer yes to confirmations
    #[arg(short = 'y', long, global = true, help_heading = GLOBAL)]
    pub yes: bool,
    /// Never prompt (also when CI is set, or stdin/stderr is not a terminal)
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub no_input: bool,
    /// Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project's .env;
    /// variables already set in the environment win
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "PATH")]
    pub env_file: Option<std::path::PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log in with an access token, show who you are, log out
    #[command(subcommand)]
    Auth(commands::auth::AuthCommand),
    /// Manage the stored profiles
    #[command(subcommand)]
    Profile(commands::profile::ProfileCommand),
    /// Provision idempotently: the wizard, or one API inbox or agent bot at a time
    Setup(commands::setup::SetupArgs),
    /// Compare a manifest (chatwoot.toml) with the account: exit 0 in sync, 11 changes pending
    Plan(commands::plan::PlanArgs),
    /// Make the account match a manifest (chatwoot.toml): plan, confirm, apply
    Apply(commands::apply::ApplyArgs),
    /// API-channel inboxes
    #[command(subcommand)]
    Inbox(commands::inbox::InboxCommand),
    /// Agent bots (account bots, or global bots with --platform)
    Bot(commands::bot::BotArgs),
    /// Account webhooks
    #[command(subcommand)]
    Webhook(commands::webhook::WebhookCommand),
    /// Conversations: list, show, create
    #[command(subcommand, visible_alias = "conv")]
    Conversation(commands::conversation::ConversationCommand),
    /// Send a message: as the agent, a private note, incoming, or as a test customer
    Send(commands::send::SendArgs),
    /// Resolve a conversation
    Resolve(commands::status::StatusArgs),
    /// Reopen a conversation
    Reopen(commands::status::StatusArgs),
    /// Set a conversation pending (waiting for the bot)
    Pending(commands::status::StatusArgs),
    /// Snooze a conversation until a time, or until the customer writes
    Snooze(commands::status::SnoozeArgs),
    /// Assign a conversation to an agent, a team or a bot
    Assign(commands::assign::AssignArgs),
    /// The account's agents (ids for `assign --agent`)
    #[command(subcommand)]
    Agent(commands::agent::AgentCommand),
    /// The account's teams (ids for `assign --team`)
    #[command(subcommand)]
    Team(commands::team::TeamCommand),
    /// The bot hands over to humans: pending -> open, optionally with a private note
    Handoff(commands::status::HandoffArgs),
    /// Receive Chatwoot's webhooks locally: verify, store, print, forward
    Listen(commands::listen::ListenArgs),
    /// Print stored deliveries as `listen` does (--follow for new ones)
    Tail(commands::tail::TailArgs),
    /// Stored deliveries: list, show, export, verify, prune
    Events(commands::events::EventsArgs),
    /// Send stored deliveries again, re-signed
    Replay(commands::replay::ReplayArgs),
    /// The web inspector: stored deliveries live in a browser, detail, replay, transcripts
    Inspect(commands::inspect::InspectArgs),
    /// Send a synthetic, signed Chatwoot event (no credentials needed)
    Trigger(commands::trigger::TriggerArgs),
    /// Diagnose connection, permissions, webhook reachability and signing
    Doctor(commands::doctor::DoctorArgs),
    /// CI smoke test: a test customer writes in; wait for the bot's answer (exit 12 if none)
    Probe(commands::probe::ProbeArgs),
    /// Conversation tests for a bot: scripted conversations from a flow file (exit 12 if one fails)
    Test(commands::test::TestArgs),
    /// The built-in example bot as a process (reads CHATWOOT_* from the environment)
    #[command(hide = true)]
    ExampleBot(commands::test::ExampleBotArgs),
    /// A raw authenticated request; PATH is from the base URL (e.g. /api/v1/profile)
    Api(commands::api::ApiArgs),
    /// A local Chatwoot-compatible server, for laptops and CI
    Sandbox(commands::sandbox::SandboxArgs),
    /// The whole provisioning flow against the embedded sandbox, narrated
    Demo(commands::demo::DemoArgs),
    /// Shell completions
    Completions(commands::completions::CompletionsArgs),
}
