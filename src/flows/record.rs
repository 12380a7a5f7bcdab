//! `test --record CONVERSATION`: an existing conversation as a flow skeleton, the customer's
//! lines as `customer` steps and the bot's answers as literal `bot` expectations, to edit
//! into a test.

use std::fmt::Write as _;

use crate::api::Message;
use crate::context::Context;
use crate::error::Result;

pub async fn run(ctx: &Context, conversation: u64) -> Result<()> {
    let api = ctx.api()?;
    let c = api.conversation(conversation).await?;
    let inbox = match c.inbox_id {
        Some(id) => Some(api.inbox(id).await?.name),
        None => None,
    };
    let messages = super::run::messages_after(api, conversation, 0).await?;
    let toml = skeleton(conversation, inbox.as_deref(), &c.status, &messages);
    ctx.output
        .print(crate::commands::test::record_view(conversation, toml))
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
}
