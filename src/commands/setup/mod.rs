//! `setup inbox` and `setup bot`: find by name, create or update, link. Re-running changes
//! nothing and says so; `--dry-run` prints the plan and changes nothing.

use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::{json, Value};

use crate::api::{AgentBot, Api, BotInput, BotScope, ChannelInput, Inbox, InboxInput};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{cell, Human, View};
use crate::presets::{Facts, PresetArgs, PresetName};
use crate::redact;

mod wizard;
pub use wizard::WizardArgs;

/// `setup` alone runs the wizard; `setup inbox` and `setup bot` do one resource each.
#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = "Without a subcommand, setup is a wizard: it asks for what the flags do not give, \
shows the plan, asks before changing anything, stores the signing secrets in the profile, and prints \
the same setup as one command line for CI. Without a terminal (or with --no-input or CI set), every \
answer must come from a flag and a missing one stops with exit 3 naming it (without --yes, after \
printing the plan); no bot or account webhook is then added, and a bot linked already stays linked.\n\nExamples:\n  \
chatwoot-bridge setup\n  \
chatwoot-bridge setup --no-input --yes --inbox Support --webhook-url https://bot.example/cw\n  \
chatwoot-bridge setup --no-input --yes --inbox Support --preset agent-bot --bot-url https://bot.example/cw"
)]
pub struct SetupArgs {
    #[command(subcommand)]
    pub command: Option<SetupCommand>,
    #[command(flatten)]
    pub wizard: WizardArgs,
}

#[derive(Debug, Subcommand)]
pub enum SetupCommand {
    /// Find or create an API inbox by name and set its webhook URL
    Inbox(InboxArgs),
    /// Find or create an agent bot by name and link it to an inbox
    Bot(BotArgs),
}

#[derive(Debug, Args)]
#[command(after_help = "Presets (see docs/presets.md):\n  \
--preset cognigy --endpoint BASE      webhook BASE/handover/chatwoot\n  \
--preset opendialog --tenant T        webhook https://T.cloud.opendialog.ai/incoming-chatwoot\n  \
--preset langgraph --server URL       webhook URL/api/v1/webhook/chatwoot\n  \
--preset agent-bot --bot-url URL      an agent bot posting to URL, linked to the inbox")]
pub struct InboxArgs {
    /// The inbox's name (the key that makes re-runs find it)
    #[arg(long)]
    pub name: String,
    /// Where Chatwoot posts this inbox's events
    #[arg(
        long,
        value_name = "URL",
        required_unless_present = "preset",
        value_parser = crate::net::target_url
    )]
    pub webhook_url: Option<String>,
    /// Build the webhook URL for a bot platform and print what its setup form asks for
    #[arg(long, value_enum, value_name = "NAME")]
    pub preset: Option<PresetName>,
    #[command(flatten)]
    pub preset_args: PresetArgs,
    /// agent-bot: where the bot receives Chatwoot's events
    #[arg(long, value_name = "URL", requires = "preset", value_parser = crate::net::target_url)]
    pub bot_url: Option<String>,
    /// agent-bot: the bot's name (default: "<inbox name> bot")
    #[arg(long, value_name = "NAME", requires = "preset")]
    pub bot_name: Option<String>,
    /// Show what would change, change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct BotArgs {
    /// The bot's name (the key that makes re-runs find it)
    #[arg(long)]
    pub name: String,
    /// Where Chatwoot posts the bot's events
    #[arg(long, value_name = "URL", value_parser = crate::net::target_url)]
    pub outgoing_url: String,
    /// The inbox to link: id, or name when unambiguous
    #[arg(long, value_name = "INBOX")]
    pub inbox: String,
    /// A global bot through the platform API (needs CHATWOOT_PLATFORM_TOKEN)
    #[arg(long)]
    pub platform: bool,
    /// Show what would change, change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Created,
    Updated,
    Unchanged,
}

/// One line of a plan or a report.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub resource: &'static str,
    pub id: Option<u64>,
    pub name: String,
    pub action: Action,
    pub detail: String,
}

pub async fn run(ctx: &Context, args: SetupArgs) -> Result<()> {
    match args.command {
        Some(SetupCommand::Inbox(args)) => setup_inbox(ctx, args).await,
        Some(SetupCommand::Bot(args)) => setup_bot(ctx, args).await,
        None => wizard::run(ctx, args.wizard).await,
    }
}

/// Finds the one resource with exactly this name, for the wizard, whose flags take an id
/// as well: several is a usage error naming their ids.
fn by_name<'a, T>(
    items: &'a [T],
    name: &str,
    get: impl Fn(&T) -> (&str, u64),
    what: &str,
) -> Result<Option<&'a T>> {
    one_named(items, name, get, what)
        .map_err(|e| Error::usage(format!("{e}, or give the id of the one to use")))
}

/// Finds the one resource with exactly this name, for `setup inbox` and `setup bot`, whose
/// key is the name: several (made by hand: setup never leaves two) is an error naming their
/// ids and the fix (exit 1: the arguments are fine, the account is not).
fn one_named<'a, T>(
    items: &'a [T],
    name: &str,
    get: impl Fn(&T) -> (&str, u64),
    what: &str,
) -> Result<Option<&'a T>> {
    let found: Vec<&T> = items.iter().filter(|i| get(i).0 == name).collect();
    match found.len() {
        0 => Ok(None),
        1 => Ok(Some(found[0])),
        n => {
            let ids: Vec<String> = found.iter().map(|i| get(i).1.to_string()).collect();
            let (plural, delete) = match what {
                "inbox" => ("inboxes", "inbox delete"),
                _ => ("agent bots", "bot delete"),
            };
            Err(Error::other(format!(
                "{n} {plural} are named '{name}' (ids {}): setup finds its {what} by name and Chatwoot does not keep names unique\n  \
                 hint: keep one; rename or delete the others (`chatwoot-bridge {delete} {}`), then run setup again",
                ids.join(", "),
                ids.last().map(String::as_str).unwrap_or("ID"),
            )))
        }
    }
}

/// How long a run waits for other runs' races to settle before calling a shared name a
/// duplicate made by hand.
const RACE_SETTLE: std::time::Duration = std::time::Duration::from_secs(2);

/// [`one_named`] on a fresh list; several of the name may be other runs' race in progress
/// (three runs at once: the losers delete theirs right after creating), so it looks once
/// more, a moment later, before it calls them duplicates.
async fn settled<T: Clone, F, Fut>(
    list: F,
    name: &str,
    get: impl Fn(&T) -> (&str, u64) + Copy,
    what: &str,
) -> Result<Option<T>>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Result<Vec<T>>>,
{
    let items = list().await?;
    if items.iter().filter(|i| get(i).0 == name).count() > 1 {
        tokio::time::sleep(RACE_SETTLE).await;
        let items = list().await?;
        return Ok(one_named(&items, name, get, what)?.cloned());
    }
    Ok(one_named(&items, name, get, what)?.cloned())
}

/// Chatwoot keeps no name unique, so two runs at once may both create one. After creating,
/// a run looks again: the oldest (lowest id) of that name wins. Returns the winner when it is
/// not `created`, which the caller then deletes and uses instead.
pub(crate) fn older_twin<T: Clone>(
    same_name: &[T],
    created: u64,
    id: impl Fn(&T) -> u64,
) -> Option<T> {
    same_name
        .iter()
        .filter(|t| id(t) < created)
        .min_by_key(|t| id(t))
        .cloned()
}

/// How a run whose creation lost the race reports the winner it uses instead.
fn lost_race(step: &mut Step, what: &str, deleted: u64) {
    step.detail = format!(
        "{}; another run created it at the same time: kept the oldest (id {}), deleted this run's {what} {deleted}",
        step.detail,
        step.id.map(|i| i.to_string()).unwrap_or_default()
    );
}

pub async fn setup_inbox(ctx: &Context, args: InboxArgs) -> Result<()> {
    let preset_input = args.preset_args.input(args.bot_url.clone());
    let preset_url = match args.preset {
        Some(p) => p.webhook_url(&preset_input)?,
        None => None,
    };
    if let (Some(_), Some(p)) = (&preset_url, args.preset) {
        if args.webhook_url.is_some() {
            return Err(Error::usage(format!(
                "--preset {} sets the webhook URL itself: drop --webhook-url",
                p.label()
            )));
        }
    }
    let webhook_url = args.webhook_url.clone().or(preset_url);
    let api = ctx.api()?;
    let account = api.account_id()?;
    let spinner = ctx.spinner(format!("Setting up inbox '{}'", args.name));
    let existing = settled(
        || api.inboxes(),
        &args.name,
        |i: &Inbox| (&i.name, i.id),
        "inbox",
    )
    .await?;
    let (inbox, inbox_step) = ensure_inbox(
        api,
        existing.as_ref(),
        &args.name,
        webhook_url.as_deref(),
        args.dry_run,
    )
    .await?;
    let mut steps = vec![inbox_step];
    let secret_stored = match inbox
        .as_ref()
        .and_then(|i| i.secret.as_ref().map(|s| (i.id, s)))
    {
        Some((id, secret)) if !args.dry_run => {
            ctx.remember_secret(&format!("inbox:{id}"), secret)?
        }
        _ => false,
    };

    let mut bot = None;
    let mut bot_secret_stored = false;
    if args.preset == Some(PresetName::AgentBot) {
        let name = args
            .bot_name
            .clone()
            .unwrap_or_else(|| format!("{} bot", args.name));
        let url = args.bot_url.clone().unwrap_or_default();
        let linked = ensure_linked_bot(
            api,
            account,
            inbox.as_ref(),
            &args.name,
            &name,
            &url,
            false,
            FoundBot::LookUp,
            args.dry_run,
        )
        .await?;
        bot_secret_stored = remember_bot_secret(ctx, linked.bot.as_ref(), args.dry_run)?;
        steps.extend(linked.steps);
        bot = linked.bot;
    }
    drop(spinner);

    let mut needs = vec![
        ("Account ID".to_string(), account.to_string()),
        ("Inbox ID".to_string(), cell(inbox.as_ref().map(|i| i.id))),
        (
            "Inbox identifier".to_string(),
            cell(inbox.as_ref().and_then(|i| i.inbox_identifier.clone())),
        ),
        ("Webhook URL".to_string(), cell(webhook_url.as_ref())),
        (
            "Signing secret".to_string(),
            match args.preset {
                // The bot gets the events, signed with its own secret.
                Some(PresetName::AgentBot) => {
                    agent_bot_secret_note(ctx, bot.as_ref(), bot_secret_stored)
                }
                _ => secret_note(ctx, inbox.as_ref(), secret_stored),
            },
        ),
    ];
    if let Some(b) = &bot {
        needs.push(("Bot ID".to_string(), b.id.to_string()));
    }
    let mut preset_json = Value::Null;
    if let Some(p) = args.preset {
        let facts = Facts {
            chatwoot_url: ctx.require_url()?,
            account_id: account,
            inbox_id: inbox.as_ref().map(|i| i.id),
            bot_id: bot.as_ref().map(|b| b.id),
        };
        let (title, lines) = p.other_side(&facts);
        preset_json = json!({
            "name": p.label(),
            "title": title,
            "values": lines.iter().map(|(k, v)| json!({"label": k, "value": v})).collect::<Vec<_>>(),
        });
        needs.extend(p.summary_rows(&facts));
    }
    let json = json!({
        "dry_run": args.dry_run,
        "account_id": account,
        "steps": steps,
        "inbox": inbox.as_ref().map(|i| redact::redacted(&i.raw)),
        "inbox_id": inbox.as_ref().map(|i| i.id),
        "inbox_identifier": inbox.as_ref().and_then(|i| i.inbox_identifier.clone()),
        "agent_bot_id": bot.as_ref().map(|b| b.id),
        "preset": preset_json,
    });
    report(ctx, args.dry_run, &steps, needs, json, inbox.map(|i| i.id))
}

/// Finds, creates or updates the inbox; `None` when a dry run would create it.
async fn ensure_inbox(
    api: &Api,
    existing: Option<&Inbox>,
    name: &str,
    webhook_url: Option<&str>,
    dry_run: bool,
) -> Result<(Option<Inbox>, Step)> {
    if let Some(found) = existing {
        let (inbox, step) = update_inbox(api, found, name, webhook_url, dry_run).await?;
        return Ok((Some(inbox), step));
    }
    let detail = match webhook_url {
        Some(u) => format!("API inbox, webhook URL {u}"),
        None => "API inbox, no webhook URL".to_string(),
    };
    if dry_run {
        return Ok((None, step("inbox", None, name, Action::Created, &detail)));
    }
    let create = InboxInput {
        name: Some(name.to_string()),
        channel: Some(ChannelInput {
            kind: Some("api"),
            webhook_url: webhook_url.map(str::to_string),
            hmac_mandatory: None,
        }),
        ..InboxInput::default()
    };
    let inbox = api.create_inbox(&create).await?;
    let same_name: Vec<Inbox> = api
        .inboxes()
        .await?
        .into_iter()
        .filter(|i| i.name == name)
        .collect();
    match older_twin(&same_name, inbox.id, |i| i.id) {
        Some(winner) => {
            // Nothing links to it yet: the bot is linked after this.
            api.delete_inbox(inbox.id).await?;
            let (kept, mut step) = update_inbox(api, &winner, name, webhook_url, false).await?;
            lost_race(&mut step, "inbox", inbox.id);
            Ok((Some(kept), step))
        }
        None => {
            let id = inbox.id;
            Ok((
                Some(inbox),
                step("inbox", Some(id), name, Action::Created, &detail),
            ))
        }
    }
}

/// An inbox of that name exists: set its webhook URL when it differs.
async fn update_inbox(
    api: &Api,
    found: &Inbox,
    name: &str,
    webhook_url: Option<&str>,
    dry_run: bool,
) -> Result<(Inbox, Step)> {
    if !found.is_api() {
        return Err(Error::usage(format!(
            "inbox {} '{}' exists but is a {} inbox; setup only manages API inboxes: choose another --name",
            found.id,
            found.name,
            super::inbox::channel_label(found)
        )));
    }
    Ok(match webhook_url {
        None => (
            found.clone(),
            step("inbox", Some(found.id), name, Action::Unchanged, "exists"),
        ),
        Some(url) if found.webhook_url.as_deref() == Some(url) => (
            found.clone(),
            step(
                "inbox",
                Some(found.id),
                name,
                Action::Unchanged,
                "webhook URL already set",
            ),
        ),
        Some(url) => {
            let detail = format!(
                "webhook URL {} -> {url}",
                cell(found.webhook_url.as_ref().filter(|u| !u.is_empty()))
            );
            let inbox = if dry_run {
                found.clone()
            } else {
                let update = InboxInput {
                    channel: Some(ChannelInput {
                        webhook_url: Some(url.to_string()),
                        ..ChannelInput::default()
                    }),
                    ..InboxInput::default()
                };
                api.update_inbox(found.id, &update).await?
            };
            (
                inbox,
                step("inbox", Some(found.id), name, Action::Updated, &detail),
            )
        }
    })
}

fn secret_note(ctx: &Context, inbox: Option<&Inbox>, stored: bool) -> String {
    match inbox {
        None => "generated by Chatwoot when the inbox is created".into(),
        Some(i) if i.secret.is_none() => format!(
            "not visible to this token (administrators only; Chatwoot 4.13+); an administrator can run `chatwoot-bridge inbox secret {}`",
            i.id
        ),
        Some(i) if stored => format!(
            "stored in profile '{}' for `listen`; print it with `chatwoot-bridge inbox secret {}`",
            ctx.profile_name(), i.id
        ),
        Some(i) => format!("print it with `chatwoot-bridge inbox secret {}`", i.id),
    }
}

/// The agent-bot preset's signing secret: the bot's, which signs what Chatwoot sends it.
fn agent_bot_secret_note(ctx: &Context, bot: Option<&AgentBot>, stored: bool) -> String {
    match bot {
        None => "the bot's, generated by Chatwoot when the bot is created".into(),
        Some(b) if b.secret.is_none() => format!(
            "the bot's; not visible to this token (administrators only; Chatwoot 4.13+); an administrator can run `chatwoot-bridge bot secret {}`",
            b.id
        ),
        Some(b) if stored => format!(
            "the bot's, stored in profile '{}' for `listen`; print it with `chatwoot-bridge bot secret {}`",
            ctx.profile_name(), b.id
        ),
        Some(b) => format!("the bot's; print it with `chatwoot-bridge bot secret {}`", b.id),
    }
}

pub async fn setup_bot(ctx: &Context, args: BotArgs) -> Result<()> {
    let api = ctx.api()?;
    let account = api.account_id()?;
    let spinner = ctx.spinner(format!("Setting up bot '{}'", args.name));
    let inbox = api.resolve_inbox(&args.inbox).await?;
    let linked = ensure_linked_bot(
        api,
        account,
        Some(&inbox),
        &inbox.name,
        &args.name,
        &args.outgoing_url,
        args.platform,
        FoundBot::LookUp,
        args.dry_run,
    )
    .await?;
    drop(spinner);
    let secret_stored = remember_bot_secret(ctx, linked.bot.as_ref(), args.dry_run)?;
    let bot_id = linked.bot.as_ref().map(|b| b.id);
    let needs = vec![
        ("Account ID".to_string(), account.to_string()),
        ("Inbox ID".to_string(), inbox.id.to_string()),
        ("Bot ID".to_string(), cell(bot_id)),
        (
            "Bot access token".to_string(),
            match bot_id {
                Some(id) if args.platform => format!("`chatwoot-bridge bot token --platform {id}` (the bot answers with it)"),
                Some(id) => format!("`chatwoot-bridge bot token {id}` (the bot answers with it)"),
                None => "created with the bot".into(),
            },
        ),
        (
            "Signing secret".to_string(),
            match (bot_id, args.platform) {
                (_, true) => "the platform API never returns a global bot's secret, so its deliveries cannot be verified".into(),
                (None, _) => "generated by Chatwoot when the bot is created".into(),
                (Some(id), false) if secret_stored => format!(
                    "stored in profile '{}' for `listen`; print it with `chatwoot-bridge bot secret {id}`",
                    ctx.profile_name()
                ),
                (Some(id), false) => format!("print it with `chatwoot-bridge bot secret {id}`"),
            },
        ),
    ];
    let json = json!({
        "dry_run": args.dry_run,
        "account_id": account,
        "steps": linked.steps,
        "inbox_id": inbox.id,
        "agent_bot": linked.bot.as_ref().map(|b| redact::redacted(&b.raw)),
        "agent_bot_id": bot_id,
    });
    report(ctx, args.dry_run, &linked.steps, needs, json, bot_id)
}

struct LinkedBot {
    steps: Vec<Step>,
    bot: Option<AgentBot>,
}

/// Whether the caller already knows the bot (the wizard's pick, by id or name; `None`: a
/// new one) or [`ensure_linked_bot`] finds it by name.
enum FoundBot {
    LookUp,
    Known(Option<Box<AgentBot>>),
}

/// Finds, creates or updates the bot by name and links it to the inbox (`None`: a dry run
/// that would create the inbox too).
#[allow(clippy::too_many_arguments)]
async fn ensure_linked_bot(
    api: &Api,
    account: u64,
    inbox: Option<&Inbox>,
    inbox_name: &str,
    name: &str,
    outgoing_url: &str,
    platform: bool,
    found: FoundBot,
    dry_run: bool,
) -> Result<LinkedBot> {
    let scope = if platform {
        BotScope::Platform
    } else {
        BotScope::Account
    };
    let existing = match found {
        FoundBot::Known(bot) => bot.map(|b| *b),
        FoundBot::LookUp => {
            // The account list also shows global bots; only the account's own are ours.
            let own = || async {
                Ok(api
                    .bots(scope)
                    .await?
                    .into_iter()
                    .filter(|b| platform || b.account_id == Some(account))
                    .collect::<Vec<AgentBot>>())
            };
            settled(own, name, |b: &AgentBot| (&b.name, b.id), "agent bot").await?
        }
    };
    let mut steps = Vec::new();
    let bot = ensure_bot(
        api,
        scope,
        existing,
        name,
        outgoing_url,
        platform,
        dry_run,
        &mut steps,
    )
    .await?;
    let linked = match inbox {
        Some(i) => api.inbox_bot(i.id).await?,
        None => None,
    };
    let link_name = format!("{name} -> inbox {inbox_name}");
    let inbox_id = inbox.map(|i| i.id);
    match (&bot, &linked) {
        (Some(b), Some(l)) if l.id == b.id => steps.push(step(
            "link",
            inbox_id,
            &link_name,
            Action::Unchanged,
            "already linked",
        )),
        _ => {
            let (action, detail) = match &linked {
                Some(other) => (
                    Action::Updated,
                    format!("replaces bot {} ({})", other.id, other.name),
                ),
                None => (
                    Action::Created,
                    "new conversations will start pending".to_string(),
                ),
            };
            if !dry_run {
                let (Some(b), Some(i)) = (&bot, inbox) else {
                    unreachable!("outside a dry run the bot and the inbox exist")
                };
                api.set_inbox_bot(i.id, Some(b.id)).await?;
            }
            steps.push(step("link", inbox_id, &link_name, action, &detail));
        }
    }
    Ok(LinkedBot { steps, bot })
}

/// Keeps the bot's signing secret in the profile for `listen`; whether it is stored.
fn remember_bot_secret(ctx: &Context, bot: Option<&AgentBot>, dry_run: bool) -> Result<bool> {
    match (
        bot.and_then(|b| b.secret.as_ref().map(|s| (b.id, s))),
        dry_run,
    ) {
        (Some((id, secret)), false) => ctx.remember_secret(&format!("bot:{id}"), secret),
        _ => Ok(false),
    }
}

#[allow(clippy::too_many_arguments)]
async fn ensure_bot(
    api: &Api,
    scope: BotScope,
    existing: Option<AgentBot>,
    name: &str,
    outgoing_url: &str,
    platform: bool,
    dry_run: bool,
    steps: &mut Vec<Step>,
) -> Result<Option<AgentBot>> {
    if let Some(b) = existing {
        let (bot, step) = update_bot(api, scope, b, name, outgoing_url, dry_run).await?;
        steps.push(step);
        return Ok(Some(bot));
    }
    let kind = if platform {
        "global bot"
    } else {
        "account bot"
    };
    let detail = format!("{kind}, outgoing URL {outgoing_url}");
    if dry_run {
        steps.push(step("bot", None, name, Action::Created, &detail));
        return Ok(None);
    }
    let input = BotInput {
        name: Some(name.to_string()),
        outgoing_url: Some(outgoing_url.to_string()),
        ..BotInput::default()
    };
    let created = api.create_bot(scope, &input).await?;
    let account = if platform {
        None
    } else {
        Some(api.account_id()?)
    };
    let same_name: Vec<AgentBot> = api
        .bots(scope)
        .await?
        .into_iter()
        .filter(|b| b.name == name && (platform || b.account_id == account))
        .collect();
    Ok(Some(match older_twin(&same_name, created.id, |b| b.id) {
        Some(winner) => {
            // Nothing links to it yet: the link is made after this.
            api.delete_bot(scope, created.id).await?;
            let (bot, mut step) = update_bot(api, scope, winner, name, outgoing_url, false).await?;
            lost_race(&mut step, "bot", created.id);
            steps.push(step);
            bot
        }
        None => {
            steps.push(step(
                "bot",
                Some(created.id),
                name,
                Action::Created,
                &detail,
            ));
            created
        }
    }))
}

/// A bot of that name exists: set its outgoing URL when it differs.
async fn update_bot(
    api: &Api,
    scope: BotScope,
    b: AgentBot,
    name: &str,
    outgoing_url: &str,
    dry_run: bool,
) -> Result<(AgentBot, Step)> {
    if b.outgoing_url.as_deref() == Some(outgoing_url) {
        let step = step(
            "bot",
            Some(b.id),
            name,
            Action::Unchanged,
            "outgoing URL already set",
        );
        return Ok((b, step));
    }
    let detail = format!(
        "outgoing URL {} -> {}",
        cell(b.outgoing_url.as_ref().filter(|u| !u.is_empty())),
        outgoing_url
    );
    let step = step("bot", Some(b.id), name, Action::Updated, &detail);
    if dry_run {
        return Ok((b, step));
    }
    let update = BotInput {
        outgoing_url: Some(outgoing_url.to_string()),
        ..BotInput::default()
    };
    Ok((api.update_bot(scope, b.id, &update).await?, step))
}

fn step(resource: &'static str, id: Option<u64>, name: &str, action: Action, detail: &str) -> Step {
    Step {
        resource,
        id,
        name: name.to_string(),
        action,
        detail: detail.to_string(),
    }
}

fn action_label(action: Action, dry_run: bool) -> &'static str {
    match (action, dry_run) {
        (Action::Created, false) => "created",
        (Action::Updated, false) => "updated",
        (Action::Created, true) => "would create",
        (Action::Updated, true) => "would update",
        (Action::Unchanged, _) => "unchanged",
    }
}

/// One line per step: resource, what happened (or would), name, id and detail.
fn plan_text(steps: &[Step], dry_run: bool, title: &str) -> String {
    let mut text = String::new();
    if !title.is_empty() {
        text.push_str(title);
        text.push('\n');
    }
    let width = steps.iter().map(|s| s.resource.len()).max().unwrap_or(0);
    for s in steps {
        text.push_str(&format!(
            "  {:width$}  {:12}  {} ({}): {}\n",
            s.resource,
            action_label(s.action, dry_run),
            s.name,
            s.id.map(|i| format!("id {i}"))
                .unwrap_or_else(|| "new".into()),
            s.detail,
        ));
    }
    text
}

/// Label/value lines, aligned; an empty pair is a blank line, and a value without a label
/// is printed as it is (lines to paste, such as a `.env`).
fn needs_text(needs: &[(String, String)]) -> String {
    let width = needs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    needs
        .iter()
        .map(|(k, v)| match (k.is_empty(), v.is_empty()) {
            (true, false) => format!("{v}\n"),
            _ => format!("{}\n", format!("  {k:width$}  {v}").trim_end()),
        })
        .collect()
}

fn report(
    ctx: &Context,
    dry_run: bool,
    steps: &[Step],
    needs: Vec<(String, String)>,
    json: Value,
    id: Option<u64>,
) -> Result<()> {
    let title = if dry_run {
        "Plan (dry run, nothing changed):"
    } else {
        ""
    };
    let mut text = plan_text(steps, dry_run, title);
    if steps.iter().all(|s| s.action == Action::Unchanged) {
        text.push_str("Everything was already set up; nothing changed.\n");
    }
    text.push_str("\nWhat the bot side needs:\n");
    text.push_str(&needs_text(&needs));
    ctx.output().print(View::new(
        json,
        id.map(|i| vec![i.to_string()]).unwrap_or_default(),
        Human::Text(text),
    ))
}
