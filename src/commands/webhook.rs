//! `webhook list | create | update | delete | secret` (account webhooks)

use clap::Subcommand;
use serde_json::{json, Value};

use crate::api::{Webhook, WebhookInput};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::events::Event;
use crate::output::{cell, Human, View};

#[derive(Debug, Subcommand)]
pub enum WebhookCommand {
    /// List the account's webhooks
    List,
    /// Subscribe a URL to account events
    Create {
        /// Where Chatwoot posts the events. The instance's own URL then comes from
        /// CHATWOOT_BASE_URL, the profile, or a --url before `webhook`
        #[arg(long, value_name = "URL", value_parser = crate::net::target_url)]
        url: String,
        /// Comma-separated events to subscribe to
        #[arg(long, value_delimiter = ',', required = true, value_name = "E1,E2",
            value_parser = crate::events::webhook_parser())]
        events: Vec<Event>,
        /// A name to tell webhooks apart
        #[arg(long)]
        name: Option<String>,
    },
    /// Change a webhook's URL, events or name
    Update {
        /// The webhook's id (`chatwoot-bridge webhook list`)
        id: u64,
        /// The new target URL (the instance's: as for create)
        #[arg(long, value_name = "URL", value_parser = crate::net::target_url)]
        url: Option<String>,
        /// The new events, comma-separated (replace the old ones)
        #[arg(long, value_delimiter = ',', value_name = "E1,E2",
            value_parser = crate::events::webhook_parser())]
        events: Option<Vec<Event>>,
        /// A new name
        #[arg(long)]
        name: Option<String>,
    },
    /// Delete a webhook
    Delete {
        /// The webhook's id (`chatwoot-bridge webhook list`)
        id: u64,
    },
    /// Print a webhook's signing secret (Chatwoot 4.11.2+; rotate by delete and create)
    Secret {
        /// The webhook's id (`chatwoot-bridge webhook list`)
        id: u64,
    },
}

impl WebhookCommand {
    /// Whether this subcommand takes its own `--url` (the webhook's target).
    pub fn has_target_url(&self) -> bool {
        matches!(
            self,
            WebhookCommand::Create { .. } | WebhookCommand::Update { url: Some(_), .. }
        )
    }
}

/// `webhook create --url` names the webhook's target, while the global `--url` names the
/// instance: clap holds one `--url` per command, so the instance's URL is the one written
/// before the `webhook` word, if any.
pub fn instance_url_from_argv(argv: &[String]) -> Option<String> {
    let mut words = argv.iter().skip(1);
    while let Some(w) = words.next() {
        if w == "webhook" {
            return None;
        }
        if w == "--url" {
            return words.next().cloned();
        }
        if let Some(v) = w.strip_prefix("--url=") {
            return Some(v.to_string());
        }
    }
    None
}

pub async fn run(ctx: &Context, cmd: WebhookCommand) -> Result<()> {
    let api = ctx.api()?;
    match cmd {
        WebhookCommand::List => {
            let hooks = api.webhooks().await?;
            let rows = hooks
                .iter()
                .map(|h| {
                    vec![
                        h.id.to_string(),
                        cell(h.name.as_ref().filter(|n| !n.is_empty())),
                        h.url.clone(),
                        h.subscriptions.join(","),
                    ]
                })
                .collect();
            ctx.output().print(View::new(
                Value::Array(hooks.iter().map(|h| h.raw.clone()).collect()),
                hooks.iter().map(|h| h.id.to_string()).collect(),
                Human::Rows {
                    headers: vec!["ID", "NAME", "URL", "EVENTS"],
                    rows,
                },
            ))
        }
        WebhookCommand::Create { url, events, name } => {
            let hook = api
                .create_webhook(&WebhookInput {
                    url: Some(url),
                    name,
                    subscriptions: Some(names(events)),
                })
                .await?;
            if let Some(secret) = &hook.secret {
                ctx.remember_secret(&format!("webhook:{}", hook.id), secret)?;
            }
            ctx.output().note(format!("Created webhook {}.", hook.id));
            print_webhook(ctx, &hook)
        }
        WebhookCommand::Update {
            id,
            url,
            events,
            name,
        } => {
            if url.is_none() && events.is_none() && name.is_none() {
                return Err(Error::usage(
                    "nothing to change: give --url, --events or --name",
                ));
            }
            let hook = api
                .update_webhook(
                    id,
                    &WebhookInput {
                        url,
                        name,
                        subscriptions: events.map(names),
                    },
                )
                .await?;
            ctx.output().note(format!("Updated webhook {}.", hook.id));
            print_webhook(ctx, &hook)
        }
        WebhookCommand::Delete { id } => {
            let hook = find(api.webhooks().await?, id)?;
            ctx.confirm(&format!("Delete webhook {id} ({})?", hook.url))?;
            api.delete_webhook(id).await?;
            ctx.output().print(View::new(
                json!({"id": id, "deleted": true}),
                vec![id.to_string()],
                Human::Text(format!("Deleted webhook {id} ({}).", hook.url)),
            ))
        }
        WebhookCommand::Secret { id } => {
            let hook = find(api.webhooks().await?, id)?;
            let Some(secret) = hook.secret else {
                return Err(Error::other(format!(
                    "Chatwoot did not return webhook {id}'s secret: webhooks are signed from Chatwoot 4.11.2 on"
                )));
            };
            ctx.remember_secret(&format!("webhook:{id}"), &secret)?;
            ctx.output().print(
                View::new(
                    json!({"id": id, "secret": secret}),
                    vec![secret.clone()],
                    Human::Text(secret),
                )
                .revealing(),
            )
        }
    }
}

fn names(events: Vec<Event>) -> Vec<String> {
    events.into_iter().map(|e| e.as_str().to_string()).collect()
}

/// Chatwoot has no webhook show route: find it in the list.
fn find(hooks: Vec<Webhook>, id: u64) -> Result<Webhook> {
    hooks.into_iter().find(|h| h.id == id).ok_or_else(|| {
        Error::Api(
            crate::api::ApiError::from_response(
                format!("GET webhooks (id {id})"),
                404,
                br#"{"error":"Resource could not be found"}"#,
            )
            .with_hint("`chatwoot-bridge webhook list` shows the account's webhooks"),
        )
    })
}

fn print_webhook(ctx: &Context, hook: &Webhook) -> Result<()> {
    let fields = vec![
        ("ID".into(), hook.id.to_string()),
        (
            "Name".into(),
            cell(hook.name.as_ref().filter(|n| !n.is_empty())),
        ),
        ("URL".into(), hook.url.clone()),
        ("Events".into(), hook.subscriptions.join(", ")),
        (
            "Inbox".into(),
            cell(
                hook.inbox
                    .as_ref()
                    .map(|i| format!("{} ({})", i.id, i.name)),
            ),
        ),
        (
            "Signing secret".into(),
            if hook.secret.is_some() {
                format!("hidden (`chatwoot-bridge webhook secret {}`)", hook.id)
            } else {
                "-".into()
            },
        ),
    ];
    ctx.output().print(View::new(
        hook.raw.clone(),
        vec![hook.id.to_string()],
        Human::Fields(fields),
    ))
}
