//! `bot list | show | create | update | delete | link | unlink | token | secret`,
//! with `--platform` for global bots through the platform API.

use clap::{Args, Subcommand};
use serde_json::{json, Value};

use crate::api::{AgentBot, BotInput, BotScope};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{cell, Human, View};

#[derive(Debug, Args)]
pub struct BotArgs {
    /// Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)
    #[arg(long, global = true)]
    pub platform: bool,
    #[command(subcommand)]
    pub command: BotCommand,
}

#[derive(Debug, Subcommand)]
pub enum BotCommand {
    /// List agent bots (the account's and global ones; with --platform, the app's)
    List,
    /// Show one bot
    Show {
        /// The bot's id (`chatwoot-bridge bot list`)
        id: u64,
    },
    /// Create an agent bot
    Create {
        /// The bot's name, as agents see it
        #[arg(long)]
        name: String,
        /// Where Chatwoot posts the bot's events
        #[arg(long, value_name = "URL", value_parser = crate::net::target_url)]
        outgoing_url: String,
        /// A description for agents
        #[arg(long)]
        description: Option<String>,
        /// With --platform: tie the bot to this account instead of making it global
        #[arg(long = "bot-account", value_name = "ID")]
        bot_account: Option<u64>,
    },
    /// Change a bot's name, outgoing URL or description
    Update {
        /// The bot's id (`chatwoot-bridge bot list`)
        id: u64,
        /// A new name
        #[arg(long)]
        name: Option<String>,
        /// The new outgoing URL ("" removes it: Chatwoot then sends the bot nothing)
        #[arg(long, value_name = "URL", value_parser = crate::net::target_url_or_empty)]
        outgoing_url: Option<String>,
        /// A new description
        #[arg(long)]
        description: Option<String>,
    },
    /// Delete a bot
    Delete {
        /// The bot's id (`chatwoot-bridge bot list`)
        id: u64,
    },
    /// Link a bot to an inbox: the bot answers first, new conversations start pending
    Link {
        /// The bot's id (`chatwoot-bridge bot list`)
        #[arg(long, value_name = "ID")]
        bot: u64,
        /// Inbox id, or its name when unambiguous
        #[arg(long, value_name = "INBOX")]
        inbox: String,
    },
    /// Remove the bot from an inbox
    Unlink {
        /// Inbox id, or its name when unambiguous
        #[arg(long, value_name = "INBOX")]
        inbox: String,
    },
    /// Print the bot's API access token (what the bot uses to answer)
    Token {
        /// The bot's id (`chatwoot-bridge bot list`)
        id: u64,
        /// Generate a new token first (account bots)
        #[arg(long)]
        reset: bool,
    },
    /// Print the bot's webhook signing secret (account bots, administrators)
    Secret {
        /// The bot's id (`chatwoot-bridge bot list`)
        id: u64,
        /// Generate a new signing secret first
        #[arg(long)]
        reset: bool,
    },
}

pub async fn run(ctx: &Context, args: BotArgs) -> Result<()> {
    let scope = if args.platform {
        BotScope::Platform
    } else {
        BotScope::Account
    };
    // Platform calls need no user token; linking always goes through the account API.
    let needs_user = !args.platform
        || matches!(
            args.command,
            BotCommand::Link { .. } | BotCommand::Unlink { .. }
        );
    let api = if needs_user {
        ctx.api()?
    } else {
        ctx.api_without_user_token()?
    };
    match args.command {
        BotCommand::List => {
            let bots = api.bots(scope).await?;
            let rows = bots
                .iter()
                .map(|b| {
                    vec![
                        b.id.to_string(),
                        b.name.clone(),
                        cell(b.outgoing_url.as_ref().filter(|u| !u.is_empty())),
                        scope_label(b),
                    ]
                })
                .collect();
            ctx.output().print(View::new(
                Value::Array(bots.iter().map(|b| b.raw.clone()).collect()),
                bots.iter().map(|b| b.id.to_string()).collect(),
                Human::Rows {
                    headers: vec!["ID", "NAME", "OUTGOING URL", "SCOPE"],
                    rows,
                },
            ))
        }
        BotCommand::Show { id } => print_bot(ctx, &api.bot(scope, id).await?),
        BotCommand::Create {
            name,
            outgoing_url,
            description,
            bot_account,
        } => {
            if bot_account.is_some() && !args.platform {
                return Err(Error::usage(
                    "--bot-account goes with --platform; account bots always belong to --account",
                ));
            }
            let bot = api
                .create_bot(
                    scope,
                    &BotInput {
                        name: Some(name),
                        description,
                        outgoing_url: Some(outgoing_url),
                        bot_type: None,
                        account_id: bot_account,
                    },
                )
                .await?;
            ctx.output().note(format!(
                "Created {} agent bot {} ({}).",
                scope_label(&bot),
                bot.id,
                bot.name
            ));
            print_bot(ctx, &bot)
        }
        BotCommand::Update {
            id,
            name,
            outgoing_url,
            description,
        } => {
            if name.is_none() && outgoing_url.is_none() && description.is_none() {
                return Err(Error::usage(
                    "nothing to change: give --name, --outgoing-url or --description",
                ));
            }
            let bot = api
                .update_bot(
                    scope,
                    id,
                    &BotInput {
                        name,
                        description,
                        outgoing_url,
                        ..BotInput::default()
                    },
                )
                .await?;
            ctx.output().note(format!("Updated agent bot {}.", bot.id));
            print_bot(ctx, &bot)
        }
        BotCommand::Delete { id } => {
            let bot = api.bot(scope, id).await?;
            ctx.confirm(&format!(
                "Delete agent bot {} ({})? Inboxes linked to it lose their bot.",
                bot.id, bot.name
            ))?;
            api.delete_bot(scope, id).await?;
            ctx.output().print(View::new(
                json!({"id": id, "deleted": true}),
                vec![id.to_string()],
                Human::Text(format!("Deleted agent bot {id} ({}).", bot.name)),
            ))
        }
        BotCommand::Link { bot, inbox } => {
            let inbox = api.resolve_inbox(&inbox).await?;
            api.set_inbox_bot(inbox.id, Some(bot)).await?;
            ctx.output().print(View::new(
                json!({"inbox_id": inbox.id, "agent_bot": bot}),
                vec![inbox.id.to_string()],
                Human::Text(format!(
                    "Linked agent bot {bot} to inbox {} ({}): new conversations there start pending until the bot hands off.",
                    inbox.id, inbox.name
                )),
            ))
        }
        BotCommand::Unlink { inbox } => {
            let inbox = api.resolve_inbox(&inbox).await?;
            api.set_inbox_bot(inbox.id, None).await?;
            ctx.output().print(View::new(
                json!({"inbox_id": inbox.id, "agent_bot": Value::Null}),
                vec![inbox.id.to_string()],
                Human::Text(format!(
                    "Inbox {} ({}) has no bot now.",
                    inbox.id, inbox.name
                )),
            ))
        }
        BotCommand::Token { id, reset } => {
            let bot = if reset {
                if args.platform {
                    return Err(Error::usage(
                        "the platform API cannot reset a bot's token; use the account API (drop --platform) for a bot tied to an account",
                    ));
                }
                ctx.confirm(&format!(
                    "Generate a new access token for bot {id}? The bot's current token stops working."
                ))?;
                api.reset_bot_token(id).await?
            } else {
                api.bot(scope, id).await?
            };
            let Some(token) = bot.access_token.clone() else {
                return Err(Error::other(format!(
                    "Chatwoot did not return bot {id}'s token: the account API shows it only for the account's own bots\n  hint: for a global bot, use --platform with the platform app that created it"
                )));
            };
            ctx.output().print(
                View::new(
                    json!({"id": id, "access_token": token}),
                    vec![token.clone()],
                    Human::Text(token),
                )
                .revealing(),
            )
        }
        BotCommand::Secret { id, reset } => {
            if args.platform {
                return Err(Error::usage(
                    "the platform API never returns a bot's signing secret; a global bot's deliveries cannot be verified. Create the bot with --bot-account, then read the secret without --platform",
                ));
            }
            let bot = if reset {
                ctx.confirm(&format!(
                    "Generate a new signing secret for bot {id}? Receivers verifying the old one will reject deliveries until updated."
                ))?;
                api.reset_bot_secret(id).await?
            } else {
                api.bot(scope, id).await?
            };
            let Some(secret) = bot.secret.clone() else {
                return Err(Error::other(format!(
                    "Chatwoot did not return bot {id}'s signing secret: it is shown to administrators, for the account's own bots, from Chatwoot 4.13 on"
                )));
            };
            ctx.remember_secret(&format!("bot:{id}"), &secret)?;
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

fn scope_label(bot: &AgentBot) -> String {
    match bot.account_id {
        Some(a) => format!("account {a}"),
        None => "global".into(),
    }
}

fn print_bot(ctx: &Context, bot: &AgentBot) -> Result<()> {
    let fields = vec![
        ("ID".into(), bot.id.to_string()),
        ("Name".into(), bot.name.clone()),
        (
            "Description".into(),
            cell(bot.description.as_ref().filter(|d| !d.is_empty())),
        ),
        (
            "Outgoing URL".into(),
            cell(bot.outgoing_url.as_ref().filter(|u| !u.is_empty())),
        ),
        ("Scope".into(), scope_label(bot)),
        (
            "Access token".into(),
            if bot.access_token.is_some() {
                format!("hidden (`chatwoot-bridge bot token {}`)", bot.id)
            } else {
                "-".into()
            },
        ),
        (
            "Signing secret".into(),
            if bot.secret.is_some() {
                format!("hidden (`chatwoot-bridge bot secret {}`)", bot.id)
            } else {
                "-".into()
            },
        ),
    ];
    ctx.output().print(View::new(
        bot.raw.clone(),
        vec![bot.id.to_string()],
        Human::Fields(fields),
    ))
}
