//! `setup` with no subcommand: the provisioning wizard. On a terminal it asks for whatever
//! the flags did not give (instance, token, account, inbox, webhook target, agent bot,
//! account webhook), shows the plan, asks once, applies it, stores the signing secrets in
//! the profile and prints the equivalent command line for CI. Without a terminal (or with
//! `--no-input`/`CI`) every answer must come from a flag; a missing one is exit 3 naming it.
//! Nothing changes, locally or in Chatwoot, before the plan is confirmed.

use std::collections::BTreeSet;

use clap::Args;
use serde_json::{json, Value};

use super::super::auth;
use super::{
    by_name, ensure_inbox, ensure_linked_bot, needs_text, plan_text, step, Action, FoundBot, Step,
};
use crate::api::{
    AgentBot, Api, ApiErrorKind, BotScope, Client, Inbox, Profile as ApiProfile, Webhook,
    WebhookInput, WEBHOOK_EVENTS,
};
use crate::context::{normalize_url, Context};
use crate::error::{Error, Result};
use crate::events::Event;
use crate::output::{cell, Human, View};
use crate::presets::{Facts, PresetArgs, PresetInput, PresetName};
use crate::prompt;

#[derive(Debug, Args, Default)]
pub struct WizardArgs {
    /// The API inbox: an existing inbox's id or name, or the name of a new one
    #[arg(long, value_name = "INBOX")]
    pub inbox: Option<String>,
    /// Where Chatwoot posts the inbox's events
    #[arg(
        long,
        value_name = "URL",
        conflicts_with_all = ["preset", "no_webhook"],
        value_parser = crate::net::target_url
    )]
    pub webhook_url: Option<String>,
    /// Build the webhook target for a bot platform (see `setup inbox --help`)
    #[arg(long, value_enum, value_name = "NAME", conflicts_with = "no_webhook")]
    pub preset: Option<PresetName>,
    #[command(flatten)]
    pub preset_args: PresetArgs,
    /// Leave the inbox's webhook URL as it is (none on a new inbox)
    #[arg(long)]
    pub no_webhook: bool,
    /// An agent bot to link: an existing account bot's id or name, or the name of a new one
    #[arg(long, value_name = "BOT", conflicts_with = "no_bot")]
    pub bot: Option<String>,
    /// The agent bot's outgoing URL (where Chatwoot posts the bot's events)
    #[arg(long, value_name = "URL", conflicts_with = "no_bot", value_parser = crate::net::target_url)]
    pub bot_url: Option<String>,
    /// No agent bot (the default without a terminal)
    #[arg(long)]
    pub no_bot: bool,
    /// Also subscribe an account webhook at this URL (all inboxes' events)
    #[arg(
        long,
        value_name = "URL",
        conflicts_with = "no_account_webhook",
        value_parser = crate::net::target_url
    )]
    pub account_webhook: Option<String>,
    /// The account webhook's events, comma-separated (e.g. message_created,conversation_status_changed)
    #[arg(
        long,
        value_name = "E1,E2",
        value_delimiter = ',',
        conflicts_with = "no_account_webhook",
        value_parser = crate::events::webhook_parser()
    )]
    pub events: Vec<crate::events::Event>,
    /// No account webhook (the default without a terminal)
    #[arg(long)]
    pub no_account_webhook: bool,
    /// Show the plan, change nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// Which inbox: one that exists, or a name to create.
enum InboxChoice {
    Existing(Box<Inbox>),
    New(String),
}

impl InboxChoice {
    fn name(&self) -> &str {
        match self {
            InboxChoice::Existing(i) => &i.name,
            InboxChoice::New(n) => n,
        }
    }
}

/// The inbox's webhook target as chosen; `url: None` leaves the inbox's URL as it is.
struct WebhookChoice {
    url: Option<String>,
    preset: Option<(PresetName, PresetInput)>,
}

struct BotChoice {
    name: String,
    outgoing_url: String,
    /// The bot picked (by id, name or menu); `None` for a new one.
    existing: Option<AgentBot>,
}

struct AccountWebhookChoice {
    url: String,
    events: Vec<String>,
}

pub async fn run(ctx: &Context, args: WizardArgs) -> Result<()> {
    let ask = ctx.interactive();
    if ask {
        eprintln!(
            "Connect a bot to a Chatwoot inbox. Nothing changes until you confirm the plan; Ctrl-C stops.\n"
        );
    }

    // The instance and the token, validated at once.
    let url = match &ctx.url() {
        Some(s) => s.value.clone(),
        None => {
            let raw = prompt::text_checked(
                ask,
                "Chatwoot URL (e.g. https://chat.example.com)",
                None,
                "pass --url or set CHATWOOT_BASE_URL",
                |v| normalize_url(v).map(drop).map_err(|e| e.to_string()),
            )?;
            normalize_url(&raw)?
        }
    };
    // An agent's token cannot provision; a typed one is asked for again, like a rejected one.
    let mut attempt = 1;
    let (token, typed_token, client, me, account, role) = loop {
        let (token, typed_token, client, me) = sign_in(ctx, &url).await?;
        let account = auth::choose_account(ctx, &me)?;
        let membership = me.membership(account).cloned();
        let role = membership.as_ref().map(|m| m.role.clone());
        ctx.output().note(format!(
            "Signed in to {url} as {} <{}>, {} in account {account}{}.",
            me.name,
            me.email,
            role.as_deref().unwrap_or("member"),
            membership
                .as_ref()
                .map(|m| format!(" ({})", m.name))
                .unwrap_or_default()
        ));
        if role.as_deref() == Some("administrator") {
            break (token, typed_token, client, me, account, role);
        }
        let why = format!(
            "setup creates inboxes and bots, which needs an administrator's token; this token belongs to {} in account {account}",
            role.as_deref().map_or("a non-member".to_string(), |r| format!("an {r}"))
        );
        if typed_token && attempt < 3 {
            eprintln!("{why}: paste an administrator's access token.");
            attempt += 1;
            continue;
        }
        return Err(Error::AuthMissing(format!(
            "{why}: use an administrator's access token"
        )));
    };
    let api = Api::new(client, Some(account));

    let inbox = choose_inbox(ctx, &api, &args).await?;
    let webhook = choose_webhook(ctx, &args, &inbox)?;
    let bot_required = matches!(webhook.preset, Some((PresetName::AgentBot, _)));
    // The bot linked now, if any: the default on a re-run, and in the summary either way.
    let linked_now = match &inbox {
        InboxChoice::Existing(i) => api.inbox_bot(i.id).await.ok().flatten(),
        InboxChoice::New(_) => None,
    };
    let bot = choose_bot(
        ctx,
        &api,
        &args,
        &inbox,
        account,
        bot_required,
        linked_now.as_ref(),
    )
    .await?;
    let account_webhook = choose_account_webhook(ctx, &args, webhook.url.as_deref())?;

    // The plan: every step as a dry run first.
    let existing_inbox = match &inbox {
        InboxChoice::Existing(i) => Some(i.as_ref()),
        InboxChoice::New(_) => None,
    };
    let (planned_inbox, inbox_step) = ensure_inbox(
        &api,
        existing_inbox,
        inbox.name(),
        webhook.url.as_deref(),
        true,
    )
    .await?;
    let mut plan = vec![inbox_step];
    if let Some(b) = &bot {
        plan.extend(
            ensure_linked_bot(
                &api,
                account,
                planned_inbox.as_ref(),
                inbox.name(),
                &b.name,
                &b.outgoing_url,
                false,
                FoundBot::Known(b.existing.clone().map(Box::new)),
                true,
            )
            .await?
            .steps,
        );
    }
    let webhooks = match &account_webhook {
        Some(_) => api.webhooks().await?,
        None => Vec::new(),
    };
    if let Some(w) = &account_webhook {
        plan.push(webhook_step(&webhooks, w));
    }
    let changes = plan.iter().any(|s| s.action != Action::Unchanged);
    let command = ci_command(
        ctx,
        &url,
        account,
        &inbox,
        &webhook,
        bot.as_ref(),
        account_webhook.as_ref(),
    );

    // Whoever is asked to confirm sees what they confirm, also when the answer must be --yes.
    if args.dry_run || (changes && (ask || !ctx.assumes_yes())) {
        eprintln!(
            "\n{}",
            plan_text(
                &plan,
                true,
                if args.dry_run {
                    "Plan (dry run, nothing changed):"
                } else {
                    "Plan:"
                }
            )
        );
    }
    if args.dry_run {
        let json = json!({
            "dry_run": true,
            "account_id": account,
            "steps": plan,
            "command": command,
        });
        return ctx.output().print(View::new(
            json,
            Vec::new(),
            Human::Text(format!("Equivalent command for CI:\n  {command}\n")),
        ));
    }
    if changes {
        ctx.confirm("Apply this plan?")?;
    }

    // Apply, in the plan's order.
    let spinner = ctx.spinner("Applying the plan");
    let (inbox_now, inbox_step) = ensure_inbox(
        &api,
        existing_inbox,
        inbox.name(),
        webhook.url.as_deref(),
        false,
    )
    .await?;
    let inbox_now = inbox_now.expect("outside a dry run the inbox exists");
    let mut steps = vec![inbox_step];
    let mut linked_bot: Option<AgentBot> = None;
    if let Some(b) = &bot {
        let linked = ensure_linked_bot(
            &api,
            account,
            Some(&inbox_now),
            &inbox_now.name,
            &b.name,
            &b.outgoing_url,
            false,
            FoundBot::Known(b.existing.clone().map(Box::new)),
            false,
        )
        .await?;
        steps.extend(linked.steps);
        linked_bot = linked.bot;
    }
    let mut account_hook: Option<Webhook> = None;
    if let Some(w) = &account_webhook {
        let (hook, hook_step) = apply_webhook(&api, &webhooks, w).await?;
        steps.push(hook_step);
        account_hook = Some(hook);
    }

    drop(spinner);

    // The profile: the instance, the account, a typed token, and the signing secrets.
    let mut secrets = Vec::new();
    if let Some(s) = &inbox_now.secret {
        secrets.push((format!("inbox:{}", inbox_now.id), s.clone()));
    }
    if let Some(b) = &linked_bot {
        if let Some(s) = &b.secret {
            secrets.push((format!("bot:{}", b.id), s.clone()));
        }
    }
    if let Some(h) = &account_hook {
        if let Some(s) = &h.secret {
            secrets.push((format!("webhook:{}", h.id), s.clone()));
        }
    }
    let mut config = crate::config::Config::load(ctx.config_path())?;
    let profile = config
        .profiles
        .entry(ctx.profile_name().to_string())
        .or_default();
    profile.url = Some(url.clone());
    profile.account_id = Some(account);
    if typed_token {
        profile.token = Some(token);
    }
    profile.user_name = Some(me.name.clone());
    profile.user_email = Some(me.email.clone());
    profile.role = role;
    let stored: BTreeSet<String> = secrets.iter().map(|(k, _)| k.clone()).collect();
    for (label, secret) in &secrets {
        profile.store_secret(Some(&url), Some(account), label, secret);
    }
    if config.current_profile.is_none() {
        config.current_profile = Some(ctx.profile_name().to_string());
    }
    ctx.save_config(&config)?;

    // What the bot side needs.
    let mut needs = vec![
        ("Account ID".to_string(), account.to_string()),
        ("Inbox ID".to_string(), inbox_now.id.to_string()),
        (
            "Inbox identifier".to_string(),
            cell(inbox_now.inbox_identifier.clone()),
        ),
        (
            "Inbox webhook URL".to_string(),
            cell(inbox_now.webhook_url.as_ref().filter(|u| !u.is_empty())),
        ),
    ];
    // A bot linked before this run and left alone is still the one that gets the events.
    let kept_bot = linked_bot.is_none().then_some(linked_now).flatten();
    if let Some(b) = linked_bot.as_ref().or(kept_bot.as_ref()) {
        needs.push((
            "Agent bot ID".to_string(),
            if kept_bot.is_some() {
                format!("{} (linked already, unchanged)", b.id)
            } else {
                b.id.to_string()
            },
        ));
        needs.push((
            "Bot outgoing URL".to_string(),
            cell(b.outgoing_url.as_ref()),
        ));
        needs.push((
            "Bot access token".to_string(),
            format!(
                "`chatwoot-bridge bot token {}` (the bot answers with it)",
                b.id
            ),
        ));
    }
    if let Some(h) = &account_hook {
        needs.push(("Account webhook ID".to_string(), h.id.to_string()));
    }
    needs.push((
        "Signing secrets".to_string(),
        if stored.is_empty() {
            "none visible to this token (Chatwoot shows them to administrators from 4.13)".into()
        } else {
            format!(
                "{} stored in profile '{}' for `listen`",
                stored.iter().cloned().collect::<Vec<_>>().join(", "),
                ctx.profile_name()
            )
        },
    ));
    let mut preset_json = Value::Null;
    if let Some((p, _)) = &webhook.preset {
        let facts = Facts {
            chatwoot_url: &url,
            account_id: account,
            inbox_id: Some(inbox_now.id),
            bot_id: linked_bot.as_ref().or(kept_bot.as_ref()).map(|b| b.id),
        };
        let (title, lines) = p.other_side(&facts);
        preset_json = json!({
            "name": p.label(),
            "title": title,
            "values": lines.iter().map(|(k, v)| json!({"label": k, "value": v})).collect::<Vec<_>>(),
        });
        needs.extend(p.summary_rows(&facts));
    }

    let mut text = plan_text(&steps, false, "");
    if steps.iter().all(|s| s.action == Action::Unchanged) {
        text.push_str("Everything was already set up; nothing changed.\n");
    }
    text.push_str(&format!(
        "Profile '{}' saved in {}.\n\nWhat the bot side needs:\n",
        ctx.profile_name(),
        ctx.config_path().display()
    ));
    text.push_str(&needs_text(&needs));
    text.push_str(&format!(
        "\nThe same setup without questions, for CI (the token comes from CHATWOOT_API_TOKEN):\n  {command}\n\
         Or keep the account's wiring in your repository as a manifest (docs/manifest.md):\n  \
         chatwoot-bridge plan --export > chatwoot.toml\n  \
         chatwoot-bridge apply -f chatwoot.toml --yes   # in CI; `plan -f chatwoot.toml` reports drift\n\n\
         Next: `chatwoot-bridge doctor` checks the connection; `chatwoot-bridge listen` shows deliveries as they arrive.\n"
    ));
    let json = json!({
        "dry_run": false,
        "account_id": account,
        "steps": steps,
        "inbox_id": inbox_now.id,
        "inbox_identifier": inbox_now.inbox_identifier,
        "agent_bot_id": linked_bot.as_ref().or(kept_bot.as_ref()).map(|b| b.id),
        "account_webhook_id": account_hook.as_ref().map(|h| h.id),
        "secrets_stored": stored,
        "profile": ctx.profile_name(),
        "preset": preset_json,
        "command": command,
    });
    ctx.output().print(View::new(
        json,
        vec![inbox_now.id.to_string()],
        Human::Text(text),
    ))
}

/// The token from the environment or profile, or typed (hidden) and asked again, up to three
/// times, when Chatwoot rejects it. Returns the token, whether it was typed, and who it is.
async fn sign_in(ctx: &Context, url: &str) -> Result<(String, bool, Client, ApiProfile)> {
    if let Some(s) = &ctx.token() {
        let client = Client::new(ctx.client_config(url, Some(s.value.clone())))?;
        let me = Api::new(client.clone(), None).profile().await?;
        return Ok((s.value.clone(), false, client, me));
    }
    if !ctx.interactive() {
        return Err(Error::AuthMissing(
            "no access token: set CHATWOOT_API_TOKEN (tokens are never flags), or run `chatwoot-bridge auth login`".into(),
        ));
    }
    let mut attempt = 1;
    loop {
        let typed = prompt::secret(
            true,
            "Access token (Chatwoot: Profile settings → Access Token)",
            "",
        )?;
        let token = match auth::one_word_token(&typed, "access token") {
            Ok(t) => t,
            Err(e) if attempt < 3 => {
                eprintln!("{e}; paste it again.");
                attempt += 1;
                continue;
            }
            Err(e) => return Err(e),
        };
        let client = Client::new(ctx.client_config(url, Some(token.clone())))?;
        match Api::new(client.clone(), None).profile().await {
            Ok(me) => return Ok((token, true, client, me)),
            Err(Error::Api(e)) if e.kind == ApiErrorKind::Auth && attempt < 3 => {
                eprintln!("{url} rejected that token ({e}); paste it again.");
                attempt += 1;
            }
            Err(e) => return Err(e),
        }
    }
}

async fn choose_inbox(ctx: &Context, api: &Api, args: &WizardArgs) -> Result<InboxChoice> {
    let inboxes = api.inboxes().await?;
    if let Some(wanted) = &args.inbox {
        let wanted = wanted.trim();
        if let Some(i) = wanted
            .parse::<u64>()
            .ok()
            .and_then(|id| inboxes.iter().find(|i| i.id == id))
        {
            return existing_api_inbox(i);
        }
        if wanted.is_empty() || wanted.chars().all(|c| c.is_ascii_digit()) {
            return Err(Error::usage(format!(
                "--inbox '{wanted}': no inbox has that id; give an existing inbox's id or name, or a name for a new one"
            )));
        }
        return match by_name(&inboxes, wanted, |i| (&i.name, i.id), "inbox")? {
            Some(i) => existing_api_inbox(i),
            None => Ok(InboxChoice::New(wanted.to_string())),
        };
    }
    let api_inboxes: Vec<&Inbox> = inboxes.iter().filter(|i| i.is_api()).collect();
    let mut items: Vec<String> = api_inboxes
        .iter()
        .map(|i| {
            format!(
                "{} (id {}, {})",
                i.name,
                i.id,
                i.webhook_url
                    .as_deref()
                    .filter(|u| !u.is_empty())
                    .map_or("no webhook URL".to_string(), |u| format!("webhook {u}"))
            )
        })
        .collect();
    items.push("Create a new API inbox".into());
    let hint = "pass --inbox (an existing inbox's id or name, or a name for a new one)";
    let picked = prompt::select(ctx.interactive(), "Which inbox?", &items, hint)?;
    if let Some(i) = api_inboxes.get(picked) {
        return Ok(InboxChoice::Existing(Box::new((*i).clone())));
    }
    let name = prompt::text_checked(
        ctx.interactive(),
        "Name for the new inbox",
        None,
        hint,
        |v| {
            if v.is_empty() {
                Err("a name is needed".into())
            } else if inboxes.iter().any(|i| i.name == v) {
                Err(format!(
                    "an inbox named '{v}' exists: pick it from the list instead"
                ))
            } else {
                Ok(())
            }
        },
    )?;
    Ok(InboxChoice::New(name))
}

/// Setup manages API inboxes only; say so before any other question.
fn existing_api_inbox(inbox: &Inbox) -> Result<InboxChoice> {
    if !inbox.is_api() {
        return Err(Error::usage(format!(
            "inbox {} '{}' is a {} inbox; setup manages API inboxes only: give another --inbox, or a new name",
            inbox.id,
            inbox.name,
            super::super::inbox::channel_label(inbox)
        )));
    }
    Ok(InboxChoice::Existing(Box::new(inbox.clone())))
}

fn check_url(v: &str) -> std::result::Result<(), String> {
    crate::net::target_url(v).map(drop)
}

fn choose_webhook(ctx: &Context, args: &WizardArgs, inbox: &InboxChoice) -> Result<WebhookChoice> {
    let ask = ctx.interactive();
    let mut input = args.preset_args.input(args.bot_url.clone());
    if let Some(url) = &args.webhook_url {
        check_url(url).map_err(|e| Error::usage(format!("--webhook-url: {e}")))?;
        return Ok(WebhookChoice {
            url: Some(url.clone()),
            preset: None,
        });
    }
    let preset = match args.preset {
        Some(p) => p,
        None if args.no_webhook || (args.bot.is_some() && !ask) => {
            return Ok(WebhookChoice {
                url: None,
                preset: None,
            })
        }
        None => {
            let current = match inbox {
                InboxChoice::Existing(i) => i.webhook_url.clone().filter(|u| !u.is_empty()),
                InboxChoice::New(_) => None,
            };
            let mut items = Vec::new();
            if let Some(u) = &current {
                items.push(format!("Keep the current webhook URL ({u})"));
            }
            items.extend(
                [
                    "A webhook URL I type",
                    "Cognigy (handover provider)",
                    "OpenDialog (Chatwoot channel)",
                    "LangGraph or FastAPI agent server",
                    "No inbox webhook: an agent bot gets the events",
                ]
                .map(String::from),
            );
            let mut picked = prompt::select(
                ask,
                "Where should Chatwoot post this inbox's events?",
                &items,
                "pass --webhook-url URL, --preset NAME or --no-webhook",
            )?;
            if current.is_some() {
                if picked == 0 {
                    return Ok(WebhookChoice {
                        url: None,
                        preset: None,
                    });
                }
                picked -= 1;
            }
            match picked {
                0 => {
                    let url = prompt::text_checked(
                        ask,
                        "Webhook URL",
                        None,
                        "pass --webhook-url URL",
                        check_url,
                    )?;
                    return Ok(WebhookChoice {
                        url: Some(url),
                        preset: None,
                    });
                }
                1 => PresetName::Cognigy,
                2 => PresetName::Opendialog,
                3 => PresetName::Langgraph,
                _ => PresetName::AgentBot,
            }
        }
    };
    match preset {
        PresetName::Cognigy if input.endpoint.is_none() => {
            input.endpoint = Some(prompt::text_checked(
                ask,
                "Cognigy endpoint base URL (e.g. https://endpoint-trial.cognigy.ai)",
                None,
                "pass --endpoint BASE",
                check_url,
            )?)
        }
        PresetName::Opendialog if input.tenant.is_none() => {
            input.tenant = Some(prompt::text_checked(
                ask,
                "OpenDialog tenant (the part before .cloud.opendialog.ai)",
                None,
                "pass --tenant T",
                |v| {
                    if !v.is_empty() && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                        Ok(())
                    } else {
                        Err("letters, digits and '-' only".into())
                    }
                },
            )?)
        }
        PresetName::Langgraph if input.server.is_none() => {
            input.server = Some(prompt::text_checked(
                ask,
                "Agent server base URL (e.g. https://agent.example.com)",
                None,
                "pass --server URL",
                check_url,
            )?)
        }
        _ => {}
    }
    // An agent bot gets the events itself; its URL is asked for with the bot.
    let url = match preset {
        PresetName::AgentBot => None,
        p => p.webhook_url(&input)?,
    };
    Ok(WebhookChoice {
        url,
        preset: Some((preset, input)),
    })
}

async fn choose_bot(
    ctx: &Context,
    api: &Api,
    args: &WizardArgs,
    inbox: &InboxChoice,
    account: u64,
    bot_required: bool,
    linked_now: Option<&AgentBot>,
) -> Result<Option<BotChoice>> {
    let ask = ctx.interactive();
    if args.no_bot {
        if bot_required {
            return Err(Error::usage(
                "--preset agent-bot links an agent bot: drop --no-bot",
            ));
        }
        return Ok(None);
    }
    if args.bot.is_none() && args.bot_url.is_none() && !bot_required && !ask {
        return Ok(None);
    }
    // Only the account's own bots are ours to link and update.
    let bots: Vec<AgentBot> = api
        .bots(BotScope::Account)
        .await?
        .into_iter()
        .filter(|b| b.account_id == Some(account))
        .collect();
    let default_name = format!("{} bot", inbox.name());
    let (name, existing) = match &args.bot {
        Some(wanted) => {
            let wanted = wanted.trim();
            match wanted
                .parse::<u64>()
                .ok()
                .and_then(|id| bots.iter().find(|b| b.id == id))
            {
                Some(b) => (b.name.clone(), Some(b.clone())),
                None if wanted.chars().all(|c| c.is_ascii_digit()) => {
                    return Err(Error::usage(format!(
                        "--bot '{wanted}': no agent bot of this account has that id; give an existing bot's id or name, or a name for a new one"
                    )))
                }
                None => (
                    wanted.to_string(),
                    by_name(&bots, wanted, |b| (&b.name, b.id), "agent bot")?.cloned(),
                ),
            }
        }
        None if args.bot_url.is_some() || (bot_required && !ask) => (
            default_name.clone(),
            by_name(&bots, &default_name, |b| (&b.name, b.id), "agent bot")?.cloned(),
        ),
        None => {
            // With the agent-bot target a bot is the point, so "none" is not offered.
            let offset = usize::from(!bot_required);
            let linked_id = linked_now.map(|b| b.id);
            let mut items = Vec::new();
            if !bot_required {
                items.push(match linked_now {
                    // Choosing none does not unlink: say so rather than surprise.
                    Some(b) => format!(
                        "No agent bot change (bot {} '{}' stays linked; `chatwoot-bridge bot unlink` removes it)",
                        b.id, b.name
                    ),
                    None => "No agent bot".to_string(),
                });
            }
            items.push("Create a new agent bot".to_string());
            items.extend(bots.iter().map(|b| {
                format!(
                    "{} (id {}, posts to {}){}",
                    b.name,
                    b.id,
                    b.outgoing_url.as_deref().unwrap_or("nowhere"),
                    if Some(b.id) == linked_id {
                        ", linked now"
                    } else {
                        ""
                    }
                )
            }));
            // A re-run starts on the bot that is linked, so Enter keeps it.
            let default = bots
                .iter()
                .position(|b| Some(b.id) == linked_id)
                .map_or(0, |i| offset + 1 + i);
            let picked = prompt::select_with_default(
                ask,
                "Link an agent bot? (conversations then start pending until the bot hands over)",
                &items,
                default,
                "pass --bot NAME --bot-url URL, or --no-bot",
            )?;
            match picked + 1 - offset {
                0 => return Ok(None),
                1 => {
                    let name = prompt::text_checked(
                        ask,
                        "Name for the new bot",
                        Some(&default_name),
                        "pass --bot NAME",
                        |v| {
                            if v.is_empty() {
                                Err("a name is needed".into())
                            } else if bots.iter().any(|b| b.name == v) {
                                Err(format!(
                                    "a bot named '{v}' exists: pick it from the list instead"
                                ))
                            } else {
                                Ok(())
                            }
                        },
                    )?;
                    (name, None)
                }
                n => (bots[n - 2].name.clone(), Some(bots[n - 2].clone())),
            }
        }
    };
    let current = existing
        .as_ref()
        .and_then(|b| b.outgoing_url.clone())
        .filter(|u| !u.is_empty());
    let outgoing_url = match (&args.bot_url, &current) {
        (Some(u), _) => {
            check_url(u).map_err(|e| Error::usage(format!("--bot-url: {e}")))?;
            u.clone()
        }
        (None, Some(u)) if !ask => u.clone(),
        (None, current) => prompt::text_checked(
            ask,
            "The bot's outgoing URL (where Chatwoot posts its events)",
            current.as_deref(),
            "pass --bot-url URL",
            check_url,
        )?,
    };
    Ok(Some(BotChoice {
        name,
        outgoing_url,
        existing,
    }))
}

fn choose_account_webhook(
    ctx: &Context,
    args: &WizardArgs,
    inbox_url: Option<&str>,
) -> Result<Option<AccountWebhookChoice>> {
    let ask = ctx.interactive();
    let url = match &args.account_webhook {
        Some(u) => {
            check_url(u).map_err(|e| Error::usage(format!("--account-webhook: {e}")))?;
            u.clone()
        }
        None if args.no_account_webhook || !ask => {
            if !args.events.is_empty() && !args.no_account_webhook {
                return Err(Error::usage(
                    "--events is for the account webhook: add --account-webhook URL",
                ));
            }
            return Ok(None);
        }
        None => {
            if !prompt::ask_yes_no(
                ask,
                "Also subscribe an account webhook (events from every inbox, e.g. for a CRM)?",
                false,
                "pass --account-webhook URL --events E1,E2, or --no-account-webhook",
            )? {
                return Ok(None);
            }
            prompt::text_checked(
                ask,
                "Account webhook URL",
                None,
                "pass --account-webhook URL",
                |v| {
                    check_url(v)?;
                    if Some(v) == inbox_url {
                        // Chatwoot would post each of this inbox's events there twice.
                        return Err("that is the inbox's webhook URL already: use another".into());
                    }
                    Ok(())
                },
            )?
        }
    };
    let events: Vec<String> = if args.events.is_empty() {
        let defaults: Vec<bool> = Event::SUBSCRIBABLE
            .iter()
            .map(|e| matches!(e, Event::MessageCreated | Event::ConversationStatusChanged))
            .collect();
        let picked = prompt::multi_select(
            ask,
            "Which events? (space ticks, Enter accepts)",
            &WEBHOOK_EVENTS,
            &defaults,
            "pass --events E1,E2",
        )?;
        if picked.is_empty() {
            return Err(Error::usage(
                "no event ticked, so no account webhook: run setup again and tick at least one",
            ));
        }
        picked
            .into_iter()
            .map(|i| WEBHOOK_EVENTS[i].to_string())
            .collect()
    } else {
        args.events.iter().map(|e| e.as_str().to_string()).collect()
    };
    crate::api::validate_events(&events)?;
    Ok(Some(AccountWebhookChoice { url, events }))
}

fn same_events(a: &[String], b: &[String]) -> bool {
    a.iter().collect::<BTreeSet<_>>() == b.iter().collect::<BTreeSet<_>>()
}

fn webhook_step(webhooks: &[Webhook], w: &AccountWebhookChoice) -> Step {
    match webhooks.iter().find(|h| h.url == w.url) {
        Some(h) if same_events(&h.subscriptions, &w.events) => step(
            "account webhook",
            Some(h.id),
            &w.url,
            Action::Unchanged,
            "subscriptions already set",
        ),
        Some(h) => step(
            "account webhook",
            Some(h.id),
            &w.url,
            Action::Updated,
            &format!(
                "events {} -> {}",
                h.subscriptions.join(","),
                w.events.join(",")
            ),
        ),
        None => step(
            "account webhook",
            None,
            &w.url,
            Action::Created,
            &format!("events {}", w.events.join(",")),
        ),
    }
}

/// Creates or updates the account webhook found by URL (Chatwoot allows one per URL).
async fn apply_webhook(
    api: &Api,
    webhooks: &[Webhook],
    w: &AccountWebhookChoice,
) -> Result<(Webhook, Step)> {
    let planned = webhook_step(webhooks, w);
    let input = WebhookInput {
        url: Some(w.url.clone()),
        name: None,
        subscriptions: Some(w.events.clone()),
    };
    let hook = match (planned.action, webhooks.iter().find(|h| h.url == w.url)) {
        (Action::Unchanged, Some(h)) => h.clone(),
        (Action::Updated, Some(h)) => api.update_webhook(h.id, &input).await?,
        _ => api.create_webhook(&input).await?,
    };
    let id = hook.id;
    Ok((
        hook,
        Step {
            id: Some(id),
            ..planned
        },
    ))
}

/// Quotes a value for a POSIX shell when it needs it.
fn shell_quote(v: &str) -> String {
    if !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:@%+=,".contains(c))
    {
        v.to_string()
    } else {
        format!("'{}'", v.replace('\'', r"'\''"))
    }
}

/// The non-interactive command line that makes the same choices (the token stays in the
/// environment).
fn ci_command(
    ctx: &Context,
    url: &str,
    account: u64,
    inbox: &InboxChoice,
    webhook: &WebhookChoice,
    bot: Option<&BotChoice>,
    account_webhook: Option<&AccountWebhookChoice>,
) -> String {
    let mut parts: Vec<String> = vec!["chatwoot-bridge".into(), "setup".into()];
    if ctx.profile_name() != crate::config::DEFAULT_PROFILE {
        parts.extend(["-p".into(), shell_quote(ctx.profile_name())]);
    }
    parts.extend([
        "--no-input".into(),
        "--yes".into(),
        "--url".into(),
        shell_quote(url),
        "--account".into(),
        account.to_string(),
        "--inbox".into(),
        shell_quote(inbox.name()),
    ]);
    match (&webhook.preset, &webhook.url) {
        (Some((p, input)), _) => {
            parts.extend(["--preset".into(), p.label().into()]);
            for (flag, v) in [
                ("--endpoint", &input.endpoint),
                ("--tenant", &input.tenant),
                ("--server", &input.server),
            ] {
                if let Some(v) = v {
                    parts.extend([flag.into(), shell_quote(v)]);
                }
            }
        }
        (None, Some(u)) => parts.extend(["--webhook-url".into(), shell_quote(u)]),
        (None, None) => parts.push("--no-webhook".into()),
    }
    if let Some(b) = bot {
        parts.extend([
            "--bot".into(),
            shell_quote(&b.name),
            "--bot-url".into(),
            shell_quote(&b.outgoing_url),
        ]);
    }
    if let Some(w) = account_webhook {
        parts.extend([
            "--account-webhook".into(),
            shell_quote(&w.url),
            "--events".into(),
            w.events.join(","),
        ]);
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_quoting_keeps_plain_words_and_quotes_the_rest() {
        assert_eq!(
            shell_quote("https://x.example/a?b=1"),
            "'https://x.example/a?b=1'"
        );
        assert_eq!(
            shell_quote("https://x.example/hook"),
            "https://x.example/hook"
        );
        assert_eq!(shell_quote("Support bot"), "'Support bot'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_quote(""), "''");
    }
}
