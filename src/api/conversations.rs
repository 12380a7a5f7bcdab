//! Conversations and messages (API-NOTES §d). Every `{conversation_id}` in a path is the
//! per-account display id, which payloads report as `id`.

use std::path::PathBuf;

use serde::Deserialize;
use serde_json::{json, Value};

use super::{decode, decode_list, Api, Body, Request};
use crate::error::{Error, Result};

/// Chatwoot pages conversation lists by 25.
pub const CONVERSATIONS_PER_PAGE: usize = 25;
/// Chatwoot's limit of attachments per message.
pub const MAX_ATTACHMENTS: usize = 15;

#[derive(Debug, Clone, Deserialize)]
pub struct Conversation {
    pub id: u64,
    #[serde(default)]
    pub inbox_id: Option<u64>,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub meta: ConversationMeta,
    #[serde(default)]
    pub messages: Vec<Value>,
    #[serde(default)]
    pub snoozed_until: Option<Value>,
    #[serde(default)]
    pub last_activity_at: Option<i64>,
    #[serde(skip)]
    pub raw: Value,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct ConversationMeta {
    #[serde(default)]
    pub sender: Option<Value>,
    #[serde(default)]
    pub assignee: Option<Value>,
    #[serde(default)]
    pub assignee_type: Option<String>,
    #[serde(default)]
    pub team: Option<Value>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Message {
    pub id: u64,
    #[serde(default)]
    pub content: Option<String>,
    /// An integer in REST answers (0 incoming, 1 outgoing, 2 activity, 3 template), a
    /// string in webhook payloads; [`Message::kind`] reads both.
    #[serde(default)]
    pub message_type: Value,
    #[serde(default)]
    pub private: bool,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub sender: Option<Value>,
    #[serde(default)]
    pub created_at: Value,
    #[serde(default)]
    pub attachments: Vec<Value>,
    #[serde(skip)]
    pub raw: Value,
}

super::models::has_raw!(Conversation, Message);

impl Message {
    pub fn kind(&self) -> &str {
        message_kind(&self.message_type)
    }
}

pub fn message_kind(v: &Value) -> &str {
    match v {
        Value::Number(n) => match n.as_u64() {
            Some(0) => "incoming",
            Some(1) => "outgoing",
            Some(2) => "activity",
            Some(3) => "template",
            _ => "unknown",
        },
        Value::String(s) => s.as_str(),
        _ => "unknown",
    }
}

/// The answer of `toggle_status`.
#[derive(Debug, Clone, Deserialize)]
pub struct StatusChange {
    #[serde(default)]
    pub success: Option<bool>,
    pub conversation_id: u64,
    pub current_status: String,
    #[serde(default)]
    pub snoozed_until: Option<Value>,
}

#[derive(Debug, Clone, Default)]
pub struct ConversationQuery {
    /// open (Chatwoot's default), resolved, pending, snoozed, or all.
    pub status: Option<String>,
    pub inbox_id: Option<u64>,
    /// me, unassigned, assigned, or all.
    pub assignee_type: Option<String>,
    pub page: u32,
}

#[derive(Debug, Clone)]
pub enum Assignee {
    Agent(u64),
    Team(u64),
    Bot(u64),
}

#[derive(Debug, Clone, Default)]
pub struct MessageInput {
    pub content: String,
    /// `incoming` (API inboxes only) or `outgoing` (the default).
    pub incoming: bool,
    pub private: bool,
    pub attachments: Vec<PathBuf>,
}

impl Api {
    pub async fn conversations(&self, q: &ConversationQuery) -> Result<(Vec<Conversation>, Value)> {
        let mut params = vec![format!("page={}", q.page.max(1))];
        if let Some(s) = &q.status {
            params.push(format!("status={s}"));
        }
        if let Some(i) = q.inbox_id {
            params.push(format!("inbox_id={i}"));
        }
        if let Some(a) = &q.assignee_type {
            params.push(format!("assignee_type={a}"));
        }
        let path = self.account_path(&format!("/conversations?{}", params.join("&")))?;
        let body = self.send(Request::get(path)).await?;
        let data = body.get("data").cloned().unwrap_or(body);
        let meta = data.get("meta").cloned().unwrap_or(Value::Null);
        let list = decode_list(
            "conversation",
            data.get("payload").cloned().unwrap_or(Value::Null),
        )?;
        Ok((list, meta))
    }

    pub async fn conversation(&self, id: u64) -> Result<Conversation> {
        let path = self.account_path(&format!("/conversations/{id}"))?;
        decode("conversation", self.send(Request::get(path)).await?)
    }

    /// Opens a conversation for a contact in an inbox (Chatwoot finds or creates the
    /// contact's inbox link when both ids are given).
    pub async fn create_conversation(
        &self,
        inbox_id: u64,
        contact_id: u64,
        source_id: Option<&str>,
        status: Option<&str>,
    ) -> Result<Conversation> {
        let mut body = json!({"inbox_id": inbox_id, "contact_id": contact_id});
        if let Some(s) = source_id {
            body["source_id"] = json!(s);
        }
        if let Some(s) = status {
            body["status"] = json!(s);
        }
        let req = Request::post(self.account_path("/conversations")?).json(body);
        decode("conversation", self.send(req).await?)
    }

    /// The latest 20 messages, or the 20 before a message id.
    pub async fn messages(&self, conversation: u64, before: Option<u64>) -> Result<Vec<Message>> {
        let mut path = self.account_path(&format!("/conversations/{conversation}/messages"))?;
        if let Some(b) = before {
            path.push_str(&format!("?before={b}"));
        }
        let body = self.send(Request::get(path)).await?;
        decode_list(
            "message",
            body.get("payload").cloned().unwrap_or(Value::Null),
        )
    }

    /// Posts a message. Never repeated automatically: a lost answer may mean it was sent.
    pub async fn create_message(&self, conversation: u64, input: &MessageInput) -> Result<Message> {
        if input.attachments.len() > MAX_ATTACHMENTS {
            return Err(Error::usage(format!(
                "{} attachments given; Chatwoot takes at most {MAX_ATTACHMENTS} per message",
                input.attachments.len()
            )));
        }
        let path = self.account_path(&format!("/conversations/{conversation}/messages"))?;
        let message_type = if input.incoming {
            "incoming"
        } else {
            "outgoing"
        };
        let req = if input.attachments.is_empty() {
            Request::post(path).json(json!({
                "content": input.content,
                "message_type": message_type,
                "private": input.private,
            }))
        } else {
            let mut form = reqwest::multipart::Form::new()
                .text("content", input.content.clone())
                .text("message_type", message_type)
                .text("private", input.private.to_string());
            for file in &input.attachments {
                let bytes = std::fs::read(file)
                    .map_err(|e| Error::io(format!("reading attachment {}", file.display()), e))?;
                let name = file
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "attachment".into());
                let part = reqwest::multipart::Part::bytes(bytes)
                    .file_name(name.clone())
                    .mime_str(mime_for(&name))
                    .map_err(|e| Error::other(format!("attachment {name}: {e}")))?;
                form = form.part("attachments[]", part);
            }
            Request::post(path).body(Body::Multipart(form))
        };
        match self.client.send(req).await {
            Ok(resp) => decode("message", resp.body),
            Err(e) if e.kind == super::ApiErrorKind::Network => Err(e
                .with_hint("the message may have been delivered before the connection failed; check the conversation (`chatwoot-bridge conversation show`) before sending again")
                .into()),
            Err(e) => Err(e.into()),
        }
    }

    pub async fn toggle_status(
        &self,
        conversation: u64,
        status: &str,
        snoozed_until: Option<i64>,
    ) -> Result<StatusChange> {
        let path = self.account_path(&format!("/conversations/{conversation}/toggle_status"))?;
        let mut body = json!({ "status": status });
        if let Some(t) = snoozed_until {
            body["snoozed_until"] = json!(t);
        }
        // Setting an explicit status twice has the same effect as once.
        let req = Request::post(path).json(body).idempotent(true);
        let answer = self.send(req).await?;
        let payload = answer.get("payload").cloned().unwrap_or(answer);
        serde_json::from_value(payload)
            .map_err(|e| Error::other(format!("unexpected toggle_status answer: {e}")))
    }

    /// `PATCH …/messages/{id}` with a delivery status (`sent`, `delivered`, `read`, `failed`):
    /// what an API inbox's channel reports back.
    pub async fn set_message_status(
        &self,
        conversation: u64,
        message: u64,
        status: &str,
    ) -> Result<Value> {
        let path =
            self.account_path(&format!("/conversations/{conversation}/messages/{message}"))?;
        self.send(Request::patch(path).json(json!({ "status": status })))
            .await
    }

    /// Shows (or hides) the agent's typing indicator in a conversation.
    pub async fn toggle_typing(&self, conversation: u64, on: bool) -> Result<Value> {
        let path = self.account_path(&format!(
            "/conversations/{conversation}/toggle_typing_status"
        ))?;
        let state = if on { "on" } else { "off" };
        let req = Request::post(path).json(json!({ "typing_status": state }));
        self.send(req.idempotent(true)).await
    }

    /// Returns Chatwoot's answer: the agent, the bot (slim), the team, or null.
    pub async fn assign(&self, conversation: u64, to: &Assignee) -> Result<Value> {
        let path = self.account_path(&format!("/conversations/{conversation}/assignments"))?;
        let body = match to {
            Assignee::Agent(id) => json!({ "assignee_id": id }),
            Assignee::Team(id) => json!({ "team_id": id }),
            Assignee::Bot(id) => json!({ "assignee_id": id, "assignee_type": "AgentBot" }),
        };
        self.send(Request::post(path).json(body).idempotent(true))
            .await
    }
}

pub(super) fn mime_for(name: &str) -> &'static str {
    let ext = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "pdf" => "application/pdf",
        "txt" | "log" => "text/plain",
        "csv" => "text/csv",
        "json" => "application/json",
        "mp3" => "audio/mpeg",
        "ogg" => "audio/ogg",
        "mp4" => "video/mp4",
        _ => "application/octet-stream",
    }
}
