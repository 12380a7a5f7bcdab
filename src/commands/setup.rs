//! `setup inbox` and `setup bot`: find by name, create or update, link. Re-running changes
//! nothing and says so; `--dry-run` prints the plan and changes nothing.

use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::{json, Value};

use super::inbox::remember_secret;
use crate::api::{AgentBot, Api, BotInput, BotScope, ChannelInput, Inbox, InboxInput};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{cell, Human, View};
use crate::redact;

#[derive(Debug, Subcommand)]
pub enum SetupCommand {
    /// Find or create an API inbox by name and set its webhook URL
    Inbox(InboxArgs),
    /// Find or create an agent bot by name and link it to an inbox
    Bot(BotArgs),
}

#[derive(Debug, Args)]
pub struct InboxArgs {
    /// The inbox's name (the key that makes re-runs find it)
    #[arg(long)]
    pub name: String,
    /// Where Chatwoot posts this inbox's events
    #[arg(long, value_name = "URL")]
    pub webhook_url: String,
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
    #[arg(long, value_name = "URL")]
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

pub async fn run(ctx: &Context, cmd: SetupCommand) -> Result<()> {
    match cmd {
        SetupCommand::Inbox(args) => setup_inbox(ctx, args).await,
        SetupCommand::Bot(args) => setup_bot(ctx, args).await,
    }
}

/// Finds the one resource with exactly this name; several is an error naming their ids.
fn by_name<'a, T>(
    items: &'a [T],
    name: &str,
    get: impl Fn(&T) -> (&str, u64),
    what: &str,
) -> Result<Option<&'a T>> {
    let found: Vec<&T> = items.iter().filter(|i| get(i).0 == name).collect();
    match found.len() {
        0 => Ok(None),
        1 => Ok(Some(found[0])),
        _ => Err(Error::usage(format!(
            "{} {what}s are named '{name}' ({}): rename or delete the extra ones, then run setup again",
            found.len(),
            found.iter().map(|i| get(i).1.to_string()).collect::<Vec<_>>().join(", ")
        ))),
    }
}

pub async fn setup_inbox(ctx: &Context, args: InboxArgs) -> Result<()> {
    let api = ctx.api()?;
    let account = api.account_id()?;
    let inboxes = api.inboxes().await?;
    let existing = by_name(&inboxes, &args.name, |i| (&i.name, i.id), "inbox")?;
    let (inbox, step) = match existing {
        Some(found) if !found.is_api() => {
            return Err(Error::usage(format!(
                "inbox {} '{}' exists but is a {} inbox; setup only manages API inboxes: choose another --name",
                found.id,
                found.name,
                super::inbox::channel_label(found)
            )))
        }
        Some(found) if found.webhook_url.as_deref() == Some(args.webhook_url.as_str()) => (
            Some(found.clone()),
            step("inbox", Some(found.id), &args.name, Action::Unchanged, "webhook URL already set"),
        ),
        Some(found) => {
            let detail = format!(
                "webhook URL {} -> {}",
                cell(found.webhook_url.as_ref().filter(|u| !u.is_empty())),
                args.webhook_url
            );
            let inbox = if args.dry_run {
                found.clone()
            } else {
                api.update_inbox(
                    found.id,
                    &InboxInput {
                        channel: Some(ChannelInput {
                            webhook_url: Some(args.webhook_url.clone()),
                            ..ChannelInput::default()
                        }),
                        ..InboxInput::default()
                    },
                )
                .await?
            };
            (Some(inbox), step("inbox", Some(found.id), &args.name, Action::Updated, &detail))
        }
        None => {
            let detail = format!("API inbox, webhook URL {}", args.webhook_url);
            if args.dry_run {
                (None, step("inbox", None, &args.name, Action::Created, &detail))
            } else {
                let inbox = api
                    .create_inbox(&InboxInput {
                        name: Some(args.name.clone()),
                        channel: Some(ChannelInput {
                            kind: Some("api"),
                            webhook_url: Some(args.webhook_url.clone()),
                            hmac_mandatory: None,
                        }),
                        ..InboxInput::default()
                    })
                    .await?;
                let id = inbox.id;
                (Some(inbox), step("inbox", Some(id), &args.name, Action::Created, &detail))
            }
        }
    };
    let secret_stored = match inbox.as_ref().and_then(|i| i.secret.as_ref()) {
        Some(secret) if !args.dry_run => remember_secret(
            ctx,
            &format!("inbox:{}", inbox.as_ref().map(|i| i.id).unwrap_or(0)),
            secret,
        )?,
        _ => false,
    };
    let steps = vec![step];
    let mut needs = vec![
        ("Account ID".to_string(), account.to_string()),
        ("Inbox ID".to_string(), cell(inbox.as_ref().map(|i| i.id))),
        (
            "Inbox identifier".to_string(),
            cell(inbox.as_ref().and_then(|i| i.inbox_identifier.clone())),
        ),
        ("Webhook URL".to_string(), args.webhook_url.clone()),
    ];
    needs.push((
        "Signing secret".to_string(),
        secret_note(ctx, inbox.as_ref(), secret_stored),
    ));
    let json = json!({
        "dry_run": args.dry_run,
        "account_id": account,
        "steps": steps,
        "inbox": inbox.as_ref().map(|i| redact::redacted(&i.raw)),
        "inbox_id": inbox.as_ref().map(|i| i.id),
        "inbox_identifier": inbox.as_ref().and_then(|i| i.inbox_identifier.clone()),
    });
    report(ctx, args.dry_run, &steps, needs, json, inbox.map(|i| i.id))
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
            ctx.profile_name, i.id
        ),
        Some(i) => format!("print it with `chatwoot-bridge inbox secret {}`", i.id),
    }
}

pub async fn setup_bot(ctx: &Context, args: BotArgs) -> Result<()> {
    let api = ctx.api()?;
    let account = api.account_id()?;
    let scope = if args.platform {
        BotScope::Platform
    } else {
        BotScope::Account
    };
    let inbox = api.resolve_inbox(&args.inbox).await?;
    // The account list also shows global bots; only the account's own are ours to manage.
    let bots: Vec<AgentBot> = api
        .bots(scope)
        .await?
        .into_iter()
        .filter(|b| args.platform || b.account_id == Some(account))
        .collect();
    let existing = by_name(&bots, &args.name, |b| (&b.name, b.id), "agent bot")?.cloned();
    let mut steps = Vec::new();
    let bot = ensure_bot(api, scope, existing, &args, &mut steps).await?;
    let linked = api.inbox_bot(inbox.id).await?;
    let link_name = format!("{} -> inbox {}", args.name, inbox.name);
    match (&bot, &linked) {
        (Some(b), Some(l)) if l.id == b.id => steps.push(step(
            "link",
            Some(inbox.id),
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
            if !args.dry_run {
                let id = bot.as_ref().map(|b| b.id).expect("created unless dry run");
                api.set_inbox_bot(inbox.id, Some(id)).await?;
            }
            steps.push(step("link", Some(inbox.id), &link_name, action, &detail));
        }
    }
    let mut secret_stored = false;
    if let (Some(secret), false) = (bot.as_ref().and_then(|b| b.secret.as_ref()), args.dry_run) {
        let id = bot.as_ref().map(|b| b.id).unwrap_or_default();
        secret_stored = remember_secret(ctx, &format!("bot:{id}"), secret)?;
    }
    let bot_id = bot.as_ref().map(|b| b.id);
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
                    ctx.profile_name
                ),
                (Some(id), false) => format!("print it with `chatwoot-bridge bot secret {id}`"),
            },
        ),
    ];
    let json = json!({
        "dry_run": args.dry_run,
        "account_id": account,
        "steps": steps,
        "inbox_id": inbox.id,
        "agent_bot": bot.as_ref().map(|b| redact::redacted(&b.raw)),
        "agent_bot_id": bot_id,
    });
    report(ctx, args.dry_run, &steps, needs, json, bot_id)
}

async fn ensure_bot(
    api: &Api,
    scope: BotScope,
    existing: Option<AgentBot>,
    args: &BotArgs,
    steps: &mut Vec<Step>,
) -> Result<Option<AgentBot>> {
    let input = BotInput {
        name: Some(args.name.clone()),
        outgoing_url: Some(args.outgoing_url.clone()),
        ..BotInput::default()
    };
    let kind = if args.platform {
        "global bot"
    } else {
        "account bot"
    };
    Ok(match existing {
        Some(b) if b.outgoing_url.as_deref() == Some(args.outgoing_url.as_str()) => {
            steps.push(step(
                "bot",
                Some(b.id),
                &args.name,
                Action::Unchanged,
                "outgoing URL already set",
            ));
            Some(b)
        }
        Some(b) => {
            let detail = format!(
                "outgoing URL {} -> {}",
                cell(b.outgoing_url.as_ref().filter(|u| !u.is_empty())),
                args.outgoing_url
            );
            steps.push(step(
                "bot",
                Some(b.id),
                &args.name,
                Action::Updated,
                &detail,
            ));
            if args.dry_run {
                Some(b)
            } else {
                let update = BotInput {
                    outgoing_url: input.outgoing_url,
                    ..BotInput::default()
                };
                Some(api.update_bot(scope, b.id, &update).await?)
            }
        }
        None => {
            let detail = format!("{kind}, outgoing URL {}", args.outgoing_url);
            if args.dry_run {
                steps.push(step("bot", None, &args.name, Action::Created, &detail));
                None
            } else {
                let b = api.create_bot(scope, &input).await?;
                steps.push(step(
                    "bot",
                    Some(b.id),
                    &args.name,
                    Action::Created,
                    &detail,
                ));
                Some(b)
            }
        }
    })
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

fn report(
    ctx: &Context,
    dry_run: bool,
    steps: &[Step],
    needs: Vec<(String, String)>,
    json: Value,
    id: Option<u64>,
) -> Result<()> {
    let mut text = String::new();
    if dry_run {
        text.push_str("Plan (dry run, nothing changed):\n");
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
    if steps.iter().all(|s| s.action == Action::Unchanged) {
        text.push_str("Everything was already set up; nothing changed.\n");
    }
    text.push_str("\nWhat the bot side needs:\n");
    let width = needs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    for (k, v) in &needs {
        text.push_str(&format!("  {k:width$}  {v}\n"));
    }
    ctx.output.print(View::new(
        json,
        id.map(|i| vec![i.to_string()]).unwrap_or_default(),
        Human::Text(text),
    ))
}
