//! The client API for API inboxes: `/public/api/v1/inboxes/{inbox_identifier}/...`
//! (`Public::Api::V1::Inboxes::*`). No token; the contact path segment is the contact
//! inbox's `source_id`. Missing records get Rails' plain 404 (no `handle_with_exception`).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use hmac::{Hmac, Mac};
use rand::seq::IndexedRandom;
use rand::Rng;
use serde_json::{json, Map, Value};
use sha2::Sha256;

use super::contacts::{build_contact_inbox, insert_contact, new_contact, normalize, validate};
use super::conversations::create_conversation;
use super::error::{empty, ok, ApiError, ApiResult};
use super::event_data;
use super::lifecycle::{self, Actor, NewMessage, Save};
use super::messages::find_messages;
use super::params::{blank, hash, path_id, scalar, to_int, to_string, Req, Upload};
use super::render;
use super::state::{ContactInboxId, ConversationId, InboxId};
use super::state::{Db, Json, MessageType, Sender, Status};
use super::table::Id;
use super::Sandbox;

pub(crate) fn routes() -> Router<Sandbox> {
    const INBOX: &str = "/public/api/v1/inboxes/{inbox_id}";
    const CONTACT: &str = "/public/api/v1/inboxes/{inbox_id}/contacts/{contact_id}";
    const CONVERSATION: &str =
        "/public/api/v1/inboxes/{inbox_id}/contacts/{contact_id}/conversations/{conversation_id}";
    Router::new()
        .route(INBOX, get(show_inbox))
        .route(&format!("{INBOX}/contacts"), post(create_contact))
        .route(
            CONTACT,
            get(show_contact).patch(update_contact).put(update_contact),
        )
        .route(
            &format!("{CONTACT}/conversations"),
            get(list_conversations).post(create_conversation_route),
        )
        .route(CONVERSATION, get(show_conversation))
        .route(
            &format!("{CONVERSATION}/toggle_status"),
            post(toggle_status),
        )
        .route(
            &format!("{CONVERSATION}/toggle_typing"),
            post(toggle_typing),
        )
        .route(
            &format!("{CONVERSATION}/update_last_seen"),
            post(update_last_seen),
        )
        .route(
            &format!("{CONVERSATION}/messages"),
            get(list_messages).post(create_message),
        )
        .route(
            &format!("{CONVERSATION}/messages/{{message_id}}"),
            axum::routing::patch(update_message).put(update_message),
        )
}

/// `Channel::Api.find_by!(identifier:)` → the inbox id.
fn inbox_by_identifier(db: &Db, identifier: &str) -> Result<InboxId, ApiError> {
    db.inboxes
        .values()
        .find(|i| i.channel.identifier == identifier)
        .map(|i| i.id)
        .ok_or(ApiError::RailsNotFound)
}

/// `inbox.contact_inboxes.find_by!(source_id:)`.
fn contact_inbox(db: &Db, inbox_id: InboxId, source_id: &str) -> Result<ContactInboxId, ApiError> {
    db.contact_inbox_by_source(inbox_id, source_id)
        .map(|ci| ci.id)
        .ok_or(ApiError::RailsNotFound)
}

/// The conversations a contact inbox may reach: all of the contact's once HMAC-verified.
fn reachable(db: &Db, contact_inbox_id: ContactInboxId) -> Vec<ConversationId> {
    let Some(ci) = db.contact_inboxes.get(&contact_inbox_id) else {
        return Vec::new();
    };
    db.conversations
        .values()
        .filter(|c| {
            if ci.hmac_verified {
                c.contact_id == ci.contact_id
            } else {
                c.contact_inbox_id == ci.id
            }
        })
        .map(|c| c.id)
        .collect()
}

/// Resolves inbox, contact inbox and conversation from the path.
fn conversation(
    db: &Db,
    inbox: &str,
    contact: &str,
    conversation: &str,
) -> Result<(ContactInboxId, ConversationId), ApiError> {
    let inbox_id = inbox_by_identifier(db, inbox)?;
    let ci = contact_inbox(db, inbox_id, contact)?;
    let display_id = path_id(conversation).ok_or(ApiError::RailsNotFound)?;
    let id = reachable(db, ci)
        .into_iter()
        .find(|id| {
            db.conversations
                .get(id)
                .is_some_and(|c| c.display_id == display_id)
        })
        .ok_or(ApiError::RailsNotFound)?;
    Ok((ci, id))
}

/// `process_hmac`: required when the inbox enforces it or a hash is sent. A mismatch
/// raises a StandardError nobody rescues (500).
fn check_hmac(db: &Db, inbox_id: InboxId, p: &Json) -> Result<bool, ApiError> {
    let inbox = db.inboxes.get(&inbox_id).ok_or(ApiError::RailsNotFound)?;
    let hash = p.get("identifier_hash").filter(|v| !blank(v));
    if hash.is_none() && inbox.channel.hmac_mandatory != Some(true) {
        return Ok(false);
    }
    let identifier = p.get("identifier").and_then(to_string).unwrap_or_default();
    let mut mac = Hmac::<Sha256>::new_from_slice(inbox.channel.hmac_token.as_bytes())
        .map_err(|_| ApiError::Internal)?;
    mac.update(identifier.as_bytes());
    let expected = hex::encode(mac.finalize().into_bytes());
    if hash.and_then(Value::as_str) == Some(expected.as_str()) {
        Ok(true)
    } else {
        Err(ApiError::Internal)
    }
}

/// `Haikunator.haikunate(1000)`: a random `adjective-noun-N` name.
fn haikunate() -> String {
    const ADJECTIVES: [&str; 16] = [
        "autumn", "hidden", "bitter", "misty", "silent", "empty", "dry", "dark", "summer", "icy",
        "quiet", "white", "cool", "spring", "winter", "patient",
    ];
    const NOUNS: [&str; 16] = [
        "waterfall",
        "river",
        "breeze",
        "moon",
        "rain",
        "wind",
        "sea",
        "morning",
        "snow",
        "lake",
        "sunset",
        "pine",
        "shadow",
        "leaf",
        "dawn",
        "glitter",
    ];
    let mut rng = rand::rng();
    format!(
        "{}-{}-{}",
        ADJECTIVES.choose(&mut rng).unwrap_or(&"quiet"),
        NOUNS.choose(&mut rng).unwrap_or(&"river"),
        rng.random_range(0..1000)
    )
}

/// `contacts/{create,show}.json`: the contact inbox's ids plus the public contact.
fn render_contact_inbox(db: &Db, ci: ContactInboxId) -> ApiResult {
    let ci = db.contact_inboxes.get(&ci).ok_or(ApiError::RailsNotFound)?;
    let contact = db
        .contacts
        .get(&ci.contact_id)
        .ok_or(ApiError::RailsNotFound)?;
    let mut v = Map::new();
    v.insert("source_id".into(), ci.source_id.clone().into());
    v.insert("pubsub_token".into(), ci.pubsub_token.clone().into());
    if let Value::Object(m) = render::public_contact(contact) {
        v.extend(m);
    }
    ok(Value::Object(v))
}

async fn show_inbox(State(sb): State<Sandbox>, Path(inbox): Path<String>, req: Req) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let id = inbox_by_identifier(&db, &inbox)?;
    let inbox = db.inboxes.get(&id).ok_or(ApiError::RailsNotFound)?;
    ok(json!({
        "identifier": inbox.channel.identifier,
        "identity_validation_enabled": inbox.channel.hmac_mandatory,
        "name": inbox.name,
        "timezone": inbox.timezone,
        "working_hours": render::weekly_schedule(inbox),
        "working_hours_enabled": inbox.working_hours_enabled,
        "csat_survey_enabled": inbox.csat_survey_enabled,
        "greeting_enabled": inbox.greeting_enabled,
    }))
}

/// `ContactInboxWithContactBuilder`: reuse the contact inbox of `source_id`, else an
/// existing contact by identifier, email, then phone, else a new contact.
async fn create_contact(
    State(sb): State<Sandbox>,
    Path(inbox): Path<String>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, out| {
        let inbox_id = inbox_by_identifier(db, &inbox)?;
        check_hmac(db, inbox_id, &p)?;
        let source_id = match p.get("source_id").filter(|v| !v.is_null()) {
            Some(v) => to_string(v).unwrap_or_default(),
            None => uuid::Uuid::new_v4().to_string(),
        };
        if let Some(ci) = db
            .contact_inbox_by_source(inbox_id, &source_id)
            .filter(|_| !source_id.is_empty())
        {
            let id = ci.id;
            return render_contact_inbox(db, id);
        }
        if source_id.is_empty() {
            // ContactInboxBuilder returns nil for a blank source id and the view fails.
            return Err(ApiError::Internal);
        }
        let account_id = db
            .inboxes
            .get(&inbox_id)
            .map_or(Id::default(), |i| i.account_id);
        let attr = |k: &str| {
            scalar(&p, k)
                .and_then(to_string)
                .filter(|s| !s.trim().is_empty())
        };
        let (identifier, email, phone) = (attr("identifier"), attr("email"), attr("phone_number"));
        let existing = db
            .contacts
            .values()
            .filter(|c| c.account_id == account_id)
            .find(|c| identifier.is_some() && c.identifier == identifier)
            .or_else(|| {
                let email = email.as_deref().map(str::to_lowercase);
                db.contacts
                    .values()
                    .filter(|c| c.account_id == account_id)
                    .find(|c| email.is_some() && c.email == email)
            })
            .or_else(|| {
                db.contacts
                    .values()
                    .filter(|c| c.account_id == account_id)
                    .find(|c| phone.is_some() && c.phone_number == phone)
            })
            .map(|c| c.id);
        let contact_id = match existing {
            Some(id) => id,
            None => {
                let mut c = new_contact(account_id);
                c.name = scalar(&p, "name")
                    .and_then(to_string)
                    .unwrap_or_else(haikunate)
                    .chars()
                    .take(255)
                    .collect();
                c.email = scalar(&p, "email").and_then(to_string);
                c.phone_number = scalar(&p, "phone_number").and_then(to_string);
                c.identifier = scalar(&p, "identifier").and_then(to_string);
                if let Some(h) = hash(&p, "custom_attributes") {
                    c.custom_attributes = Value::Object(h.clone());
                }
                normalize(&mut c);
                validate(db, &c)?;
                insert_contact(db, out, c)
            }
        };
        let ci = build_contact_inbox(db, contact_id, inbox_id, Some(source_id), false)?;
        render_contact_inbox(db, ci)
    })
}

/// The contact inbox of the path; a valid `identifier_hash` marks it HMAC-verified.
fn identify(db: &mut Db, inbox: &str, contact: &str, p: &Json) -> Result<ContactInboxId, ApiError> {
    let inbox_id = inbox_by_identifier(db, inbox)?;
    let ci = contact_inbox(db, inbox_id, contact)?;
    if check_hmac(db, inbox_id, p)? {
        if let Some(mut row) = db.contact_inboxes.get_mut(&ci) {
            row.hmac_verified = true;
        }
    }
    Ok(ci)
}

async fn show_contact(
    State(sb): State<Sandbox>,
    Path((inbox, contact)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, _| {
        let ci = identify(db, &inbox, &contact, &p)?;
        render_contact_inbox(db, ci)
    })
}

/// `ContactIdentifyAction` without contact merging: name, email and phone when given,
/// custom attributes deep-merged; renders the contact record itself.
async fn update_contact(
    State(sb): State<Sandbox>,
    Path((inbox, contact)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, out| {
        let ci = identify(db, &inbox, &contact, &p)?;
        let contact_id = db
            .contact_inboxes
            .get(&ci)
            .map_or(Id::default(), |ci| ci.contact_id);
        let mut c = db
            .contacts
            .get(&contact_id)
            .cloned()
            .ok_or(ApiError::RailsNotFound)?;
        if let Some(v) = scalar(&p, "name")
            .and_then(to_string)
            .filter(|s| !s.trim().is_empty())
        {
            c.name = v;
        }
        if let Some(v) = scalar(&p, "email")
            .and_then(to_string)
            .filter(|s| !s.trim().is_empty())
        {
            c.email = Some(v);
        }
        if let Some(v) = scalar(&p, "phone_number")
            .and_then(to_string)
            .filter(|s| !s.trim().is_empty())
        {
            c.phone_number = Some(v);
        }
        if let Some(h) = hash(&p, "custom_attributes").filter(|h| !h.is_empty()) {
            deep_merge(&mut c.custom_attributes, &Value::Object(h.clone()));
        }
        normalize(&mut c);
        validate(db, &c)?;
        lifecycle::save_contact(db, out, c);
        let c = db
            .contacts
            .get(&contact_id)
            .ok_or(ApiError::RailsNotFound)?;
        ok(event_data::contact_raw(c))
    })
}

/// `Hash#deep_merge`.
fn deep_merge(target: &mut Value, other: &Value) {
    match (target, other) {
        (Value::Object(t), Value::Object(o)) => {
            for (k, v) in o {
                match t.get_mut(k) {
                    Some(existing) if existing.is_object() && v.is_object() => {
                        deep_merge(existing, v)
                    }
                    _ => {
                        t.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (t, o) => *t = o.clone(),
    }
}

async fn list_conversations(
    State(sb): State<Sandbox>,
    Path((inbox, contact)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let inbox_id = inbox_by_identifier(&db, &inbox)?;
    let ci = contact_inbox(&db, inbox_id, &contact)?;
    let list: Vec<Value> = reachable(&db, ci)
        .into_iter()
        .filter_map(|id| db.conversations.get(&id))
        .map(|c| render::public_conversation(&db, c))
        .collect();
    ok(Value::Array(list))
}

async fn create_conversation_route(
    State(sb): State<Sandbox>,
    Path((inbox, contact)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    let base_url = req.base_url();
    sb.write(|db, out| {
        let inbox_id = inbox_by_identifier(db, &inbox)?;
        let ci = contact_inbox(db, inbox_id, &contact)?;
        // Only `custom_attributes` is permitted.
        let mut permitted = Map::new();
        if let Some(h) = hash(&p, "custom_attributes") {
            permitted.insert("custom_attributes".into(), Value::Object(h.clone()));
        }
        let id = create_conversation(db, out, Actor::Nobody, ci, &permitted, &base_url)?;
        let c = db.conversations.get(&id).ok_or(ApiError::RailsNotFound)?;
        ok(render::public_conversation(db, c))
    })
}

async fn show_conversation(
    State(sb): State<Sandbox>,
    Path((inbox, contact, conv)): Path<(String, String, String)>,
    req: Req,
) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let (_, id) = conversation(&db, &inbox, &contact, &conv)?;
    let c = db.conversations.get(&id).ok_or(ApiError::RailsNotFound)?;
    ok(render::public_conversation(&db, c))
}

/// Resolve only; a no-op when already resolved. The contact is the resolver.
async fn toggle_status(
    State(sb): State<Sandbox>,
    Path((inbox, contact, conv)): Path<(String, String, String)>,
    req: Req,
) -> ApiResult {
    req.params()?;
    sb.write(|db, out| {
        let (_, id) = conversation(db, &inbox, &contact, &conv)?;
        let c = db
            .conversations
            .get(&id)
            .cloned()
            .ok_or(ApiError::RailsNotFound)?;
        if c.status != Status::Resolved {
            let contact_id = c.contact_id;
            let mut c = c;
            c.status = Status::Resolved;
            lifecycle::save_conversation(db, out, Save::by(Actor::Contact(contact_id)), c);
        }
        let c = db.conversations.get(&id).ok_or(ApiError::RailsNotFound)?;
        ok(render::public_conversation(db, c))
    })
}

/// Typing events with the contact as `user`.
async fn toggle_typing(
    State(sb): State<Sandbox>,
    Path((inbox, contact, conv)): Path<(String, String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, out| {
        let (_, id) = conversation(db, &inbox, &contact, &conv)?;
        let on = match p.get("typing_status").and_then(Value::as_str) {
            Some("on") => Some(true),
            Some("off") => Some(false),
            _ => None,
        };
        if let Some(on) = on {
            let user = db
                .conversations
                .get(&id)
                .and_then(|c| db.contacts.get(&c.contact_id))
                .map_or(Value::Null, |c| event_data::contact_webhook(db, c));
            out.typing(db, id, on, user, Value::Bool(false));
        }
        Ok(())
    })?;
    Ok(empty(StatusCode::OK))
}

async fn update_last_seen(
    State(sb): State<Sandbox>,
    Path((inbox, contact, conv)): Path<(String, String, String)>,
    req: Req,
) -> ApiResult {
    req.params()?;
    sb.write(|db, out| {
        let (_, id) = conversation(db, &inbox, &contact, &conv)?;
        let mut c = db
            .conversations
            .get(&id)
            .cloned()
            .ok_or(ApiError::RailsNotFound)?;
        c.contact_last_seen_at = Some(super::state::now());
        // contact_last_seen_at is not a conversation_updated key: no webhook.
        lifecycle::save_conversation(db, out, Save::by(Actor::Nobody), c);
        Ok(())
    })?;
    Ok(empty(StatusCode::OK))
}

async fn list_messages(
    State(sb): State<Sandbox>,
    Path((inbox, contact, conv)): Path<(String, String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    let db = sb.db();
    let (_, id) = conversation(&db, &inbox, &contact, &conv)?;
    let before = p
        .get("before")
        .filter(|v| !blank(v))
        .map(|v| to_int(v).unwrap_or(0));
    let list: Vec<Value> = find_messages(&db, id, true, None, before)
        .iter()
        .map(|m| render::public_message(&db, m))
        .collect();
    ok(Value::Array(list))
}

/// Always incoming, from the contact; validation errors are 422 record-invalid bodies.
async fn create_message(
    State(sb): State<Sandbox>,
    Path((inbox, contact, conv)): Path<(String, String, String)>,
    req: Req,
) -> ApiResult {
    let (p, uploads): (Json, Vec<Upload>) = if req.is_multipart() {
        req.multipart().await?
    } else {
        (req.params()?, Vec::new())
    };
    let base_url = req.base_url();
    sb.write(|db, out| {
        let (ci, id) = conversation(db, &inbox, &contact, &conv)?;
        let contact_id = db
            .contact_inboxes
            .get(&ci)
            .map_or(Id::default(), |ci| ci.contact_id);
        let nm = NewMessage {
            message_type: MessageType::Incoming,
            content: p.get("content").and_then(to_string),
            private: false,
            content_type: "text",
            content_attributes: json!({}),
            additional_attributes: json!({}),
            sender: Some(Sender::Contact(contact_id)),
            source_id: None,
            uploads,
            base_url,
        };
        let mid = lifecycle::insert_message(db, id, nm)
            .map_err(|e| ApiError::InvalidMessage(e.messages.join(", "), e.attributes))?;
        lifecycle::message_created(db, out, Actor::Nobody, mid);
        let m = db.messages.get(&mid).ok_or(ApiError::RailsNotFound)?;
        ok(render::public_message(db, m))
    })
}

/// `submitted_values` (form and CSAT answers) into the message's content attributes.
async fn update_message(
    State(sb): State<Sandbox>,
    Path((inbox, contact, conv, message)): Path<(String, String, String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, out| {
        let (_, id) = conversation(db, &inbox, &contact, &conv)?;
        let mid = path_id(&message)
            .map(Id::new)
            .and_then(|m| db.messages.get(&m))
            .filter(|m| m.conversation_id == id)
            .map(|m| m.id)
            .ok_or(ApiError::RailsNotFound)?;
        if let Some(values) = p.get("submitted_values").filter(|v| v.is_array()) {
            let mut m = db
                .messages
                .get(&mid)
                .cloned()
                .ok_or(ApiError::RailsNotFound)?;
            lifecycle::set_content_attribute(&mut m, "submitted_values", values.clone());
            lifecycle::save_message(db, out, m);
        }
        let m = db.messages.get(&mid).ok_or(ApiError::RailsNotFound)?;
        ok(render::public_message(db, m))
    })
}
