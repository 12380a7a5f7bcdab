//! `/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages`
//! (`Conversations::MessagesController`) and the file URLs attachments point at.

use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use serde_json::{json, Map, Value};

use super::auth::{account_ctx, Bots};
use super::conversations::{actor, fetch};
use super::error::{ok, ApiError, ApiResult};
use super::event_data;
use super::lifecycle::{self, Actor, NewMessage};
use super::params::{blank, path_id, to_bool, to_int, to_string, Req, Upload};
use super::render;
use super::state::{ConversationId, MessageId};
use super::state::{Db, Json, Message, MessageType, Sender, CONTENT_TYPES};
use super::table::Id;
use super::Sandbox;

pub(crate) fn routes() -> Router<Sandbox> {
    const BASE: &str = "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages";
    Router::new()
        .route(BASE, get(index).post(create))
        .route(
            &format!("{BASE}/{{id}}"),
            axum::routing::patch(update).put(update).delete(destroy),
        )
        .route(
            "/rails/active_storage/blobs/redirect/{key}/{filename}",
            get(file),
        )
}

/// Enum assignment of `content_type` (nil falls back to text, `ensure_content_type`).
fn content_type(v: Option<&Value>) -> Result<&'static str, String> {
    match v {
        None | Some(Value::Null) => Ok("text"),
        Some(Value::String(s)) if s.is_empty() => Ok("text"),
        Some(v) => {
            let by_name = v
                .as_str()
                .and_then(|s| CONTENT_TYPES.iter().find(|t| **t == s).copied());
            let by_index = v
                .as_u64()
                .and_then(|i| usize::try_from(i).ok())
                .and_then(|i| CONTENT_TYPES.get(i).copied());
            by_name.or(by_index).ok_or_else(|| {
                format!(
                    "'{}' is not a valid content_type",
                    to_string(v).unwrap_or_default()
                )
            })
        }
    }
}

/// `Messages::MessageBuilder` up to `save!`: the message a request asks for, or the
/// error text Chatwoot would put in `{"error": ...}`.
pub(crate) fn build_new_message(
    db: &Db,
    conversation_id: ConversationId,
    p: &Json,
    actor: Actor,
    uploads: Vec<Upload>,
    base_url: &str,
) -> Result<NewMessage, String> {
    let conv = db
        .conversations
        .get(&conversation_id)
        .ok_or_else(|| "Couldn't find Conversation".to_owned())?;
    let message_type = match p.get("message_type").filter(|v| !v.is_null()) {
        None => MessageType::Outgoing,
        Some(v) => MessageType::parse(v).ok_or_else(|| {
            format!(
                "'{}' is not a valid message_type",
                to_string(v).unwrap_or_default()
            )
        })?,
    };
    // Every sandbox inbox is an API inbox; the rule is kept for fidelity.
    let api_inbox = db.inboxes.contains_key(&conv.inbox_id);
    if !api_inbox && message_type == MessageType::Incoming {
        return Err("Incoming messages are only allowed in Api inboxes".into());
    }
    let private = p.get("private").and_then(to_bool).unwrap_or(false);
    let content_type = content_type(p.get("content_type"))?;
    let mut content_attributes = match p.get("content_attributes") {
        Some(Value::Object(m)) => Value::Object(m.clone()),
        // A JSON string is parsed; anything unparsable counts as empty.
        Some(Value::String(s)) => match serde_json::from_str::<Value>(s) {
            Ok(Value::Object(m)) => Value::Object(m),
            _ => json!({}),
        },
        _ => json!({}),
    };
    if let Some(at) = p.get("external_created_at").filter(|v| !blank(v)) {
        if let Value::Object(m) = &mut content_attributes {
            m.insert("external_created_at".into(), at.clone());
        }
    }
    // `template_params` wins over `campaign_id` (both replace additional_attributes).
    let additional_attributes = if let Some(t) = p.get("template_params").filter(|v| !blank(v)) {
        json!({"template_params": t})
    } else if let Some(c) = p.get("campaign_id").filter(|v| !blank(v)) {
        json!({"campaign_id": c})
    } else {
        json!({})
    };
    let sender = if message_type == MessageType::Outgoing {
        // A user may post as a bot with `sender_type: "AgentBot"` + `sender_id`.
        let as_bot = (p.get("sender_type").and_then(Value::as_str) == Some("AgentBot"))
            .then(|| p.get("sender_id").and_then(super::params::find_id))
            .flatten()
            .and_then(|id| db.bot_accessible_to(id, conv.account_id))
            .map(|b| Sender::AgentBot(b.id));
        as_bot.or_else(|| actor.as_sender())
    } else {
        Some(Sender::Contact(conv.contact_id))
    };
    Ok(NewMessage {
        message_type,
        content: p.get("content").and_then(to_string),
        private,
        content_type,
        content_attributes,
        additional_attributes,
        sender,
        source_id: p.get("source_id").and_then(to_string),
        uploads,
        base_url: base_url.to_owned(),
    })
}

async fn index(
    State(sb): State<Sandbox>,
    Path((account, conversation)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Denied)?;
    let id = fetch(&db, &ctx, &conversation)?;
    let c = db.conversations.get(&id).ok_or(ApiError::NotFound)?;
    let internal = p.get("filter_internal_messages").is_some_and(|v| !blank(v));
    let cursor = |key: &str| {
        p.get(key)
            .filter(|v| !blank(v))
            .map(|v| to_int(v).unwrap_or(0))
    };
    let list = find_messages(&db, id, internal, cursor("after"), cursor("before"));
    let payload: Vec<Value> = list.iter().map(|m| render::message(&db, m)).collect();
    let mut meta = Map::new();
    meta.insert("labels".into(), json!(c.labels));
    meta.insert(
        "additional_attributes".into(),
        c.additional_attributes.clone(),
    );
    meta.insert(
        "contact".into(),
        db.contacts
            .get(&c.contact_id)
            .map_or(Value::Null, event_data::contact_push),
    );
    if let Some(user) = c.assignee_id.and_then(|u| db.users.get(&u)) {
        meta.insert("assignee".into(), event_data::user_push(user));
    }
    meta.insert(
        "agent_last_seen_at".into(),
        json!(c.agent_last_seen_at.map(super::state::iso)),
    );
    meta.insert(
        "assignee_last_seen_at".into(),
        json!(c.assignee_last_seen_at.map(super::state::iso)),
    );
    ok(json!({"meta": meta, "payload": payload}))
}

/// `MessageFinder`: id cursors; the latest 20 by default, 20 before `before`, up to 100
/// after `after`, up to 1000 between both.
pub(crate) fn find_messages(
    db: &Db,
    conversation_id: ConversationId,
    internal: bool,
    after: Option<i64>,
    before: Option<i64>,
) -> Vec<Message> {
    let all: Vec<&Message> = db
        .messages_of(conversation_id)
        .filter(|m| !internal || (!m.private && m.message_type != MessageType::Activity))
        .collect();
    let id = |m: &&&Message| i64::try_from(m.id.get()).unwrap_or(i64::MAX);
    let picked: Vec<&Message> = match (after, before) {
        (Some(a), Some(b)) => all
            .iter()
            .filter(|m| id(m) >= a && id(m) < b)
            .take(1000)
            .copied()
            .collect(),
        (None, Some(b)) => {
            let older: Vec<&Message> = all.iter().filter(|m| id(m) < b).copied().collect();
            older[older.len().saturating_sub(20)..].to_vec()
        }
        (Some(a), None) => all
            .iter()
            .filter(|m| id(m) > a)
            .take(100)
            .copied()
            .collect(),
        (None, None) => all[all.len().saturating_sub(20)..].to_vec(),
    };
    picked.into_iter().cloned().collect()
}

async fn create(
    State(sb): State<Sandbox>,
    Path((account, conversation)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let (p, uploads) = if req.is_multipart() {
        req.multipart().await?
    } else {
        (req.params()?, Vec::new())
    };
    let base_url = req.base_url();
    sb.write(|db, out| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Allowed)?;
        let id = fetch(db, &ctx, &conversation)?;
        let actor = actor(&ctx);
        // Every error in create comes back as 422 {"error": message}.
        let nm = build_new_message(db, id, &p, actor, uploads, &base_url)
            .map_err(ApiError::Unprocessable)?;
        let message_id = lifecycle::insert_message(db, id, nm)
            .map_err(|e| ApiError::Unprocessable(e.record_invalid()))?;
        lifecycle::message_created(db, out, actor, message_id);
        let mut m = db
            .messages
            .get(&message_id)
            .cloned()
            .ok_or(ApiError::NotFound)?;
        // `echo_id` lives only on the object of this request.
        m.echo_id = p.get("echo_id").and_then(to_string);
        ok(render::message(db, &m))
    })
}

fn fetch_message(
    db: &Db,
    conversation_id: ConversationId,
    id: &str,
) -> Result<MessageId, ApiError> {
    path_id(id)
        .map(Id::new)
        .and_then(|id| db.messages.get(&id))
        .filter(|m| m.conversation_id == conversation_id)
        .map(|m| m.id)
        .ok_or(ApiError::NotFound)
}

/// Status updates, API inboxes only (`Messages::StatusUpdateService`).
async fn update(
    State(sb): State<Sandbox>,
    Path((account, conversation, id)): Path<(String, String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, out| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Denied)?;
        let cid = fetch(db, &ctx, &conversation)?;
        let inbox = db.conversations.get(&cid).map(|c| c.inbox_id);
        if !inbox.is_some_and(|i| db.inboxes.contains_key(&i)) {
            return Err(ApiError::Custom(
                StatusCode::FORBIDDEN,
                json!({"error": "Message status update is only allowed for API inboxes"}),
            ));
        }
        let mid = fetch_message(db, cid, &id)?;
        if let Some(status) = p.get("status").and_then(to_string) {
            let error = p
                .get("external_error")
                .filter(|v| !v.is_array() && !v.is_object())
                .cloned();
            lifecycle::update_message_status(db, out, mid, &status, error);
        }
        let m = db.messages.get(&mid).ok_or(ApiError::NotFound)?;
        ok(render::message(db, m))
    })
}

/// Soft delete: the content is replaced, `deleted: true` set, attachments removed.
async fn destroy(
    State(sb): State<Sandbox>,
    Path((account, conversation, id)): Path<(String, String, String)>,
    req: Req,
) -> ApiResult {
    req.params()?;
    sb.write(|db, out| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Denied)?;
        let cid = fetch(db, &ctx, &conversation)?;
        let mid = fetch_message(db, cid, &id)?;
        db.remove_attachments_of(mid);
        let mut m = db.messages.get(&mid).cloned().ok_or(ApiError::NotFound)?;
        m.content = Some("This message was deleted".into());
        m.content_type = "text";
        m.content_attributes = json!({"deleted": true});
        lifecycle::save_message(db, out, m);
        let m = db.messages.get(&mid).ok_or(ApiError::NotFound)?;
        ok(render::message(db, m))
    })
}

/// Serves an attachment's bytes (Chatwoot redirects to its storage service instead).
async fn file(
    State(sb): State<Sandbox>,
    Path((key, _filename)): Path<(String, String)>,
) -> axum::response::Response {
    let db = sb.db();
    let Some(a) = db.attachments.values().find(|a| a.key == key) else {
        return ApiError::RailsNotFound.into_response();
    };
    let mut resp = (StatusCode::OK, a.data.clone()).into_response();
    let headers = resp.headers_mut();
    if let Ok(ct) = HeaderValue::from_str(&a.content_type) {
        headers.insert(header::CONTENT_TYPE, ct);
    }
    let disposition = format!(
        "inline; filename=\"{}\"",
        a.filename.replace(['"', '\\', '\r', '\n'], "_")
    );
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    resp
}
