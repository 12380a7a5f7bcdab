//! `test --record CONVERSATION`: an existing conversation as a flow skeleton, the customer's
//! lines as `customer` steps and the bot's answers as literal `bot` expectations, to edit
//! into a test.

use std::fmt::Write as _;

use crate::api::Message;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::store::{Delivery, Filter, Store};

pub async fn run(ctx: &Context, conversation: u64) -> Result<()> {
    let api = ctx.api()?;
    let c = api.conversation(conversation).await?;
    let inbox = match c.inbox_id {
        Some(id) => Some(api.inbox(id).await?.name),
        None => None,
    };
    let messages = super::run::messages_after(api, conversation, 0).await?;
    let toml = skeleton(conversation, inbox.as_deref(), &c.status, &messages);
    ctx.output()
        .print(crate::commands::test::record_view(conversation, toml))
}

/// The same skeleton from the deliveries `listen` stored: each `message_created` of the
/// conversation once (a message delivered to several paths counts once), the inbox's name
/// and the last status they show.
pub fn run_from_store(ctx: &Context, store: &Store, conversation: u64) -> Result<()> {
    let deliveries = store
        .list(&Filter {
            conversation: Some(conversation as i64),
            ..Filter::default()
        })
        .map_err(crate::commands::deliveries::store_error)?;
    let (inbox, status, messages) = from_deliveries(&deliveries);
    if messages.is_empty() {
        return Err(Error::Usage(format!(
            "no stored message_created deliveries for conversation {conversation} in {}: record from Chatwoot instead (drop --from-store)",
            store.path().display()
        )));
    }
    let toml = skeleton(conversation, inbox.as_deref(), &status, &messages);
    ctx.output()
        .print(crate::commands::test::record_view(conversation, toml))
}

fn from_deliveries(deliveries: &[Delivery]) -> (Option<String>, String, Vec<Message>) {
    let mut inbox = None;
    let mut status = String::new();
    let mut messages: Vec<Message> = Vec::new();
    for d in deliveries {
        let Some(body) = d.json() else { continue };
        if let Some(name) = body["inbox"]["name"].as_str() {
            inbox = Some(name.to_string());
        }
        let now = match body["event"].as_str() {
            Some("message_created") => body["conversation"]["status"].as_str(),
            Some(_) => body["status"].as_str(),
            None => None,
        };
        if let Some(now) = now {
            status = now.to_string();
        }
        if body["event"] != "message_created" {
            continue;
        }
        if let Ok(m) = serde_json::from_value::<Message>(body) {
            if !messages.iter().any(|seen| seen.id == m.id) {
                messages.push(m);
            }
        }
    }
    messages.sort_by_key(|m| m.id);
    (inbox, status, messages)
}

fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn sender_type(m: &Message) -> &str {
    m.sender
        .as_ref()
        .and_then(|s| s["type"].as_str())
        .unwrap_or_default()
}

/// The flow file text. Outgoing messages are the bot's when an agent bot wrote them; when
/// no agent bot wrote any (a bot behind an inbox webhook writes as a user), all are.
pub fn skeleton(
    conversation: u64,
    inbox: Option<&str>,
    status: &str,
    messages: &[Message],
) -> String {
    let mut out = format!(
        "# Recorded from conversation {conversation} by `chatwoot-bridge test --record {conversation}`.\n\
         # The bot's answers are literal expectations: loosen them into patterns where they vary.\n\n"
    );
    out.push_str("[defaults]\n");
    if let Some(inbox) = inbox {
        let _ = writeln!(out, "inbox = {}", quoted(inbox));
    }
    out.push_str("within = \"10s\"\n\n[[flow]]\n");
    let _ = writeln!(
        out,
        "name = {}",
        quoted(&format!("conversation {conversation}"))
    );
    let has_bot = messages.iter().any(|m| sender_type(m) == "agent_bot");
    let mut started = false;
    for m in messages {
        let text = m.content.clone().unwrap_or_default();
        let step = match (m.kind(), m.private) {
            ("incoming", _) => {
                started = true;
                format!("customer = {}", quoted(&text))
            }
            // Steps before the customer's first line have no conversation to go into.
            _ if !started => continue,
            ("outgoing", true) => format!(
                "private_note = {}",
                quoted(&format!("^{}$", regex_lite::escape(&text)))
            ),
            ("outgoing", false) if has_bot && sender_type(m) != "agent_bot" => {
                format!("agent = {}", quoted(&text))
            }
            ("outgoing", false) => {
                format!(
                    "bot = {}",
                    quoted(&format!("^{}$", regex_lite::escape(&text)))
                )
            }
            _ => continue,
        };
        let _ = write!(out, "\n[[flow.step]]\n{step}\n");
    }
    if started && status == "open" {
        out.push_str("\n[[flow.step]]\nstatus = \"open\"\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn message(id: u64, kind: u64, private: bool, sender: &str, text: &str) -> Message {
        let raw = json!({"id": id, "content": text, "message_type": kind, "private": private,
            "sender": {"type": sender, "name": sender}});
        serde_json::from_value(raw).unwrap()
    }

    #[test]
    fn the_skeleton_parses_and_tells_the_bot_from_a_human_agent() {
        let messages = [
            message(1, 1, false, "agent_bot", "Welcome! (before the customer)"),
            message(2, 0, false, "contact", "Where is my order?"),
            message(3, 1, false, "agent_bot", "Order 1.2 ships today (really)."),
            message(4, 2, false, "", "Conversation was reopened"),
            message(5, 1, true, "agent_bot", "handoff: order question"),
            message(6, 1, false, "user", "Hi, Anna here."),
        ];
        let text = skeleton(9, Some("Support \"bot\""), "open", &messages);
        let file = super::super::parse::parse(std::path::Path::new("r.toml"), &text).unwrap();
        let steps = &file.flows[0].steps;
        let keys: Vec<&str> = steps.iter().map(|s| s.key()).collect();
        assert_eq!(keys, ["customer", "bot", "private_note", "agent", "status"]);
        assert_eq!(file.inbox.as_deref(), Some("Support \"bot\""));
        match &steps[1].kind {
            crate::flows::StepKind::Bot {
                pattern,
                not: false,
            } => {
                assert!(pattern.is_match("Order 1.2 ships today (really)."));
                assert!(!pattern.is_match("Order 132 ships today (really)."));
            }
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn a_conversation_from_the_event_store_counts_each_message_once() {
        use crate::store::{NewDelivery, Parsed, SignatureStatus};
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("events.sqlite")).unwrap();
        let events = [
            json!({"event": "message_created", "id": 11, "content": "refund please",
                "message_type": "incoming", "private": false, "sender": {"type": "contact", "name": "C"},
                "conversation": {"id": 4, "status": "pending"}, "inbox": {"id": 1, "name": "Support bot"}}),
            json!({"event": "message_created", "id": 12, "content": "Which order?",
                "message_type": "outgoing", "private": false, "sender": {"type": "agent_bot", "name": "B"},
                "conversation": {"id": 4, "status": "pending"}, "inbox": {"id": 1, "name": "Support bot"}}),
            json!({"event": "conversation_status_changed", "id": 4, "status": "open",
                "inbox": {"id": 1, "name": "Support bot"}}),
            json!({"event": "message_created", "id": 99, "content": "another conversation",
                "message_type": "incoming", "private": false,
                "conversation": {"id": 5, "status": "open"}, "inbox": {"id": 1, "name": "Support bot"}}),
        ];
        // The customer's message arrived twice: at the inbox webhook and at the bot.
        for (i, (event, path)) in [
            (&events[0], "/inbox"),
            (&events[0], "/bot"),
            (&events[1], "/inbox"),
            (&events[2], "/inbox"),
            (&events[3], "/inbox"),
        ]
        .into_iter()
        .enumerate()
        {
            let body = serde_json::to_vec(event).unwrap();
            store
                .insert(&NewDelivery {
                    received_at: crate::time::now_ms(),
                    path: path.into(),
                    status: 200,
                    headers: vec![],
                    body_size: body.len() as u64,
                    parsed: Parsed::from_body(&body),
                    body: Some(body.into()),
                    delivery_id: Some(format!("d-{i}")),
                    signature: SignatureStatus::Unverified,
                    signature_error: None,
                    timestamp_header: None,
                    refusal: None,
                    forward_to: vec![],
                })
                .await
                .unwrap();
        }
        let deliveries = store
            .list(&Filter {
                conversation: Some(4),
                ..Filter::default()
            })
            .unwrap();
        let (inbox, status, messages) = from_deliveries(&deliveries);
        assert_eq!(inbox.as_deref(), Some("Support bot"));
        assert_eq!(status, "open");
        let text = skeleton(4, inbox.as_deref(), &status, &messages);
        let file = super::super::parse::parse(std::path::Path::new("r.toml"), &text).unwrap();
        let keys: Vec<&str> = file.flows[0].steps.iter().map(|s| s.key()).collect();
        assert_eq!(keys, ["customer", "bot", "status"]);
    }
}
