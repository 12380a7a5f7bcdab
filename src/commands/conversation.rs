//! `conversation list | show | create` (alias `conv`)

use clap::Subcommand;
use serde_json::{json, Value};

use crate::api::{Conversation, ConversationQuery, Message, CONVERSATIONS_PER_PAGE};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{cell, Human, View};

#[derive(Debug, Subcommand)]
pub enum ConversationCommand {
    /// List conversations (Chatwoot's default: open ones, 25 a page)
    List {
        /// open, resolved, pending, snoozed, or all
        #[arg(long, value_parser = ["open", "resolved", "pending", "snoozed", "all"])]
        status: Option<String>,
        /// Only this inbox (id or name)
        #[arg(long, value_name = "INBOX")]
        inbox: Option<String>,
        /// me, unassigned, assigned, or all
        #[arg(long, value_parser = ["me", "unassigned", "assigned", "all"])]
        assignee: Option<String>,
        /// The page to fetch (25 a page)
        #[arg(long, default_value_t = 1, conflicts_with = "all")]
        page: u32,
        /// Fetch every page
        #[arg(long)]
        all: bool,
    },
    /// Show a conversation and its recent messages
    Show {
        /// The conversation's id as Chatwoot shows it
        conversation: u64,
        /// Messages before this message id (the 20 older ones)
        #[arg(long, value_name = "MESSAGE_ID")]
        before: Option<u64>,
    },
    /// Open a conversation for an existing contact in an inbox
    Create {
        /// Inbox id, or its name when unambiguous
        #[arg(long, value_name = "INBOX")]
        inbox: String,
        /// The contact's id
        #[arg(long, value_name = "ID")]
        contact: u64,
        /// open, pending or resolved (default: pending when a bot is linked, else open)
        #[arg(long, value_parser = ["open", "pending", "resolved"])]
        status: Option<String>,
    },
}

pub async fn run(ctx: &Context, cmd: ConversationCommand) -> Result<()> {
    let api = ctx.api()?;
    match cmd {
        ConversationCommand::List {
            status,
            inbox,
            assignee,
            page,
            all,
        } => {
            let inbox_id = match inbox {
                Some(i) => Some(api.resolve_inbox(&i).await?.id),
                None => None,
            };
            let mut query = ConversationQuery {
                status,
                inbox_id,
                assignee_type: assignee,
                page,
            };
            let mut found: Vec<Conversation> = Vec::new();
            let spinner = ctx.spinner("Fetching conversations");
            loop {
                let (batch, _meta) = api.conversations(&query).await?;
                let n = batch.len();
                found.extend(batch);
                // Chatwoot gives no page count: a short or empty page is the last.
                if !all || n < CONVERSATIONS_PER_PAGE {
                    break;
                }
                query.page += 1;
                spinner.set_message(format!(
                    "Fetching conversations: {} so far, page {}",
                    found.len(),
                    query.page
                ));
            }
            drop(spinner);
            let rows = found
                .iter()
                .map(|c| {
                    vec![
                        c.id.to_string(),
                        c.status.clone(),
                        cell(c.inbox_id),
                        person(c.meta.sender.as_ref()),
                        assignee_label(c),
                        last_message(c),
                    ]
                })
                .collect();
            ctx.output().print(View::new(
                Value::Array(found.iter().map(|c| c.raw.clone()).collect()),
                found.iter().map(|c| c.id.to_string()).collect(),
                Human::Rows {
                    headers: vec![
                        "ID",
                        "STATUS",
                        "INBOX",
                        "CONTACT",
                        "ASSIGNEE",
                        "LAST MESSAGE",
                    ],
                    rows,
                },
            ))
        }
        ConversationCommand::Show {
            conversation,
            before,
        } => {
            let c = api.conversation(conversation).await?;
            let messages = api.messages(conversation, before).await?;
            let mut text = format!(
                "Conversation {} ({}) in inbox {}\nContact:  {}\nAssignee: {}\n",
                c.id,
                c.status,
                cell(c.inbox_id),
                person(c.meta.sender.as_ref()),
                assignee_label(&c),
            );
            if let Some(until) = c.snoozed_until.as_ref().filter(|v| !v.is_null()) {
                text.push_str(&format!(
                    "Snoozed until: {}\n",
                    super::status::until_text(until)
                ));
            }
            text.push('\n');
            for m in &messages {
                text.push_str(&message_line(m));
                text.push('\n');
            }
            if let Some(oldest) = messages.first() {
                if messages.len() >= 20 {
                    text.push_str(&format!(
                        "(older: chatwoot-bridge conversation show {} --before {})\n",
                        c.id, oldest.id
                    ));
                }
            }
            let json = json!({
                "conversation": c.raw,
                "messages": messages.iter().map(|m| m.raw.clone()).collect::<Vec<_>>(),
            });
            ctx.output()
                .print(View::new(json, vec![c.id.to_string()], Human::Text(text)))
        }
        ConversationCommand::Create {
            inbox,
            contact,
            status,
        } => {
            let inbox = api.resolve_inbox(&inbox).await?;
            let c = api
                .create_conversation(inbox.id, contact, None, status.as_deref())
                .await?;
            ctx.output().note(format!(
                "Opened conversation {} ({}) in inbox {}.",
                c.id, c.status, inbox.id
            ));
            ctx.output().print(View::new(
                c.raw.clone(),
                vec![c.id.to_string()],
                Human::Text(format!("{} {}", c.id, c.status)),
            ))
        }
    }
}

pub fn person(v: Option<&Value>) -> String {
    let Some(v) = v.filter(|v| !v.is_null()) else {
        return "-".into();
    };
    let name = v.get("name").and_then(Value::as_str).unwrap_or("?");
    match v.get("id").and_then(Value::as_u64) {
        Some(id) => format!("{name} ({id})"),
        None => name.to_string(),
    }
}

fn assignee_label(c: &Conversation) -> String {
    match (&c.meta.assignee, c.meta.assignee_type.as_deref()) {
        (Some(a), Some("AgentBot")) if !a.is_null() => format!("bot {}", person(Some(a))),
        (Some(a), _) if !a.is_null() => person(Some(a)),
        _ => "-".into(),
    }
}

fn last_message(c: &Conversation) -> String {
    c.messages
        .last()
        .and_then(|m| m.get("content").and_then(Value::as_str))
        .map(|t| excerpt(t, 50))
        .unwrap_or_else(|| "-".into())
}

pub fn excerpt(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        format!("{}…", flat.chars().take(max).collect::<String>())
    }
}

fn message_line(m: &Message) -> String {
    let who = m
        .sender
        .as_ref()
        .and_then(|s| s.get("name").and_then(Value::as_str))
        .unwrap_or("-");
    let kind = match (m.kind(), m.private) {
        (_, true) => "note",
        (k, false) => k,
    };
    let mut line = format!(
        "#{:<6} {:9} {:20} {}",
        m.id,
        kind,
        excerpt(who, 20),
        m.content.as_deref().unwrap_or("")
    );
    if !m.attachments.is_empty() {
        line.push_str(&format!(" [{} attachment(s)]", m.attachments.len()));
    }
    if m.status.as_deref() == Some("failed") {
        // Chatwoot keeps why in `content_attributes.external_error` (a webhook that failed).
        match m.raw["content_attributes"]["external_error"]
            .as_str()
            .filter(|e| !e.is_empty())
        {
            Some(why) => line.push_str(&format!(" [failed: {why}]")),
            None => line.push_str(" [failed]"),
        }
    }
    line
}

/// A conversation id that is not a number is a usage error.
pub fn conversation_id(raw: &str) -> Result<u64> {
    raw.trim_start_matches('#').parse().map_err(|_| {
        Error::usage(format!(
            "'{raw}' is not a conversation id: use the number Chatwoot shows (e.g. 42)"
        ))
    })
}
