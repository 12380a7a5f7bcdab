//! `inbox list | show | create | update | delete | secret`

use clap::{Args, Subcommand};
use serde_json::{json, Value};

use crate::api::{ChannelInput, Inbox, InboxInput};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{cell, Human, View};

#[derive(Debug, Subcommand)]
pub enum InboxCommand {
    /// List the inboxes this token can see
    List,
    /// Show one inbox and the bot linked to it
    Show {
        /// Inbox id, or its name when unambiguous
        inbox: String,
    },
    /// Create an API-channel inbox
    Create {
        /// The inbox's name, as agents see it
        #[arg(long)]
        name: String,
        /// Where Chatwoot posts this inbox's events (messages, conversations, typing)
        #[arg(long, value_name = "URL", value_parser = crate::net::target_url)]
        webhook_url: Option<String>,
        #[command(flatten)]
        settings: InboxSettings,
    },
    /// Change an inbox's name, webhook URL or settings
    Update {
        /// Inbox id, or its name when unambiguous
        inbox: String,
        /// A new name
        #[arg(long)]
        name: Option<String>,
        /// The new webhook URL ("" removes it)
        #[arg(long, value_name = "URL", value_parser = crate::net::target_url_or_empty)]
        webhook_url: Option<String>,
        #[command(flatten)]
        settings: InboxSettings,
    },
    /// Delete an inbox (Chatwoot deletes it in the background)
    Delete {
        /// Inbox id, or its name when unambiguous
        inbox: String,
    },
    /// Print the inbox's webhook signing secret and HMAC token (administrators only)
    Secret {
        /// Inbox id, or its name when unambiguous
        inbox: String,
        /// Generate a new signing secret first (the old one stops working)
        #[arg(long)]
        reset: bool,
    },
}

#[derive(Debug, Args, Default)]
pub struct InboxSettings {
    /// Require contacts created through the public API to carry an identifier_hash
    #[arg(long, value_name = "BOOL")]
    pub hmac_mandatory: Option<bool>,
    /// A greeting sent when a conversation starts (enables greetings)
    #[arg(long, value_name = "TEXT")]
    pub greeting: Option<String>,
}

impl InboxSettings {
    fn apply(self, input: &mut InboxInput) {
        if let Some(g) = self.greeting {
            input.greeting_enabled = Some(!g.is_empty());
            input.greeting_message = Some(g);
        }
        if let Some(h) = self.hmac_mandatory {
            input
                .channel
                .get_or_insert_with(ChannelInput::default)
                .hmac_mandatory = Some(h);
        }
    }
}

pub async fn run(ctx: &Context, cmd: InboxCommand) -> Result<()> {
    let api = ctx.api()?;
    match cmd {
        InboxCommand::List => {
            let inboxes = api.inboxes().await?;
            let rows = inboxes
                .iter()
                .map(|i| {
                    vec![
                        i.id.to_string(),
                        i.name.clone(),
                        channel_label(i),
                        cell(i.webhook_url.as_ref().filter(|u| !u.is_empty())),
                        cell(i.inbox_identifier.as_ref()),
                    ]
                })
                .collect();
            ctx.output().print(View::new(
                Value::Array(inboxes.iter().map(|i| i.raw.clone()).collect()),
                inboxes.iter().map(|i| i.id.to_string()).collect(),
                Human::Rows {
                    headers: vec!["ID", "NAME", "CHANNEL", "WEBHOOK URL", "IDENTIFIER"],
                    rows,
                },
            ))
        }
        InboxCommand::Show { inbox } => {
            let inbox = api.resolve_inbox(&inbox).await?;
            let bot = api.inbox_bot(inbox.id).await?;
            let mut fields = inbox_fields(&inbox);
            fields.push((
                "Agent bot".into(),
                bot.as_ref()
                    .map(|b| format!("{} ({})", b.id, b.name))
                    .unwrap_or_else(|| "-".into()),
            ));
            ctx.output().print(View::new(
                inbox.raw.clone(),
                vec![inbox.id.to_string()],
                Human::Fields(fields),
            ))
        }
        InboxCommand::Create {
            name,
            webhook_url,
            settings,
        } => {
            let mut input = InboxInput {
                name: Some(name),
                channel: Some(ChannelInput {
                    kind: Some("api"),
                    webhook_url,
                    hmac_mandatory: None,
                }),
                ..InboxInput::default()
            };
            settings.apply(&mut input);
            let inbox = api.create_inbox(&input).await?;
            ctx.output()
                .note(format!("Created API inbox {} ({}).", inbox.id, inbox.name));
            print_inbox(ctx, &inbox)
        }
        InboxCommand::Update {
            inbox,
            name,
            webhook_url,
            settings,
        } => {
            let target = api.resolve_inbox(&inbox).await?;
            let mut input = InboxInput {
                name,
                ..InboxInput::default()
            };
            if let Some(url) = webhook_url {
                input
                    .channel
                    .get_or_insert_with(ChannelInput::default)
                    .webhook_url = Some(url);
            }
            settings.apply(&mut input);
            if input.name.is_none() && input.channel.is_none() && input.greeting_enabled.is_none() {
                return Err(Error::usage(
                    "nothing to change: give --name, --webhook-url, --hmac-mandatory or --greeting",
                ));
            }
            let updated = api.update_inbox(target.id, &input).await?;
            ctx.output().note(format!("Updated inbox {}.", updated.id));
            print_inbox(ctx, &updated)
        }
        InboxCommand::Delete { inbox } => {
            let target = api.resolve_inbox(&inbox).await?;
            ctx.confirm(&format!(
                "Delete inbox {} ({}) with all its conversations?",
                target.id, target.name
            ))?;
            let answer = api.delete_inbox(target.id).await?;
            let message = answer
                .get("message")
                .and_then(Value::as_str)
                .unwrap_or("deleted")
                .to_string();
            ctx.output().print(View::new(
                json!({"id": target.id, "message": message}),
                vec![target.id.to_string()],
                Human::Text(format!("Inbox {}: {message}", target.id)),
            ))
        }
        InboxCommand::Secret { inbox, reset } => {
            let target = api.resolve_inbox(&inbox).await?;
            if !target.is_api() {
                return Err(Error::usage(format!(
                    "inbox {} is a {} inbox; only API inboxes sign their webhooks",
                    target.id,
                    channel_label(&target)
                )));
            }
            let target = if reset {
                ctx.confirm(&format!(
                    "Generate a new signing secret for inbox {}? Receivers verifying the old one will reject deliveries until updated.",
                    target.id
                ))?;
                api.reset_inbox_secret(target.id).await?
            } else {
                target
            };
            let Some(secret) = target.secret.clone() else {
                return Err(Error::other(format!(
                    "Chatwoot did not return inbox {}'s secret: it is shown to administrators only, and exists from Chatwoot 4.13 on\n  hint: use an administrator's token",
                    target.id
                )));
            };
            // Kept for `listen`, as `bot secret` does: reading it refreshes a stale copy.
            ctx.remember_secret(&format!("inbox:{}", target.id), &secret)?;
            if reset {
                ctx.output()
                    .note(format!("New signing secret for inbox {}.", target.id));
            }
            let json = json!({
                "id": target.id,
                "secret": secret,
                "hmac_token": target.hmac_token,
            });
            // Into a pipe or `$(…)`, only the secret, as `bot secret` prints it.
            let human = if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                Human::Fields(vec![
                    ("Signing secret".into(), secret.clone()),
                    (
                        "HMAC token".into(),
                        format!(
                            "{} (for contact identity validation, not for webhooks)",
                            cell(target.hmac_token.as_ref())
                        ),
                    ),
                ])
            } else {
                Human::Text(secret.clone())
            };
            ctx.output()
                .print(View::new(json, vec![secret], human).revealing())
        }
    }
}

fn print_inbox(ctx: &Context, inbox: &Inbox) -> Result<()> {
    ctx.output().print(View::new(
        inbox.raw.clone(),
        vec![inbox.id.to_string()],
        Human::Fields(inbox_fields(inbox)),
    ))
}

pub fn channel_label(inbox: &Inbox) -> String {
    inbox
        .channel_type
        .strip_prefix("Channel::")
        .unwrap_or(&inbox.channel_type)
        .to_string()
}

fn inbox_fields(inbox: &Inbox) -> Vec<(String, String)> {
    vec![
        ("ID".into(), inbox.id.to_string()),
        ("Name".into(), inbox.name.clone()),
        ("Channel".into(), channel_label(inbox)),
        (
            "Webhook URL".into(),
            cell(inbox.webhook_url.as_ref().filter(|u| !u.is_empty())),
        ),
        (
            "Inbox identifier".into(),
            cell(inbox.inbox_identifier.as_ref()),
        ),
        ("HMAC mandatory".into(), cell(inbox.hmac_mandatory)),
        (
            "Signing secret".into(),
            if inbox.secret.is_some() {
                format!("hidden (`chatwoot-bridge inbox secret {}`)", inbox.id)
            } else {
                "- (administrators only)".into()
            },
        ),
    ]
}
