//! The models' `push_event_data` / `webhook_data` and the event-data presenters: the
//! hashes Chatwoot puts into webhook payloads and embeds in some REST views. Keys follow
//! the Ruby hash order (ActiveRecord `attributes` follow the table's column order).

use serde_json::{json, Map, Value};

use super::state::{
    iso, AgentBot, Attachment, Contact, ContactInbox, Conversation, Db, Inbox, Message, Millis,
    Sender, Team, User,
};
use super::state::{AccountId, MessageId};

fn iso_opt(t: Option<Millis>) -> Value {
    t.map_or(Value::Null, |t| Value::String(iso(t)))
}

/// `Time#to_i` of a nullable column (`nil.to_i` is 0).
pub(crate) fn unix(t: Option<Millis>) -> i64 {
    t.map_or(0, |ms| ms.div_euclid(1000))
}

/// `updated_at.to_f`.
pub(crate) fn unix_f(ms: Millis) -> Value {
    json!(ms as f64 / 1000.0)
}

pub(crate) fn account(db: &Db, account_id: AccountId) -> Value {
    json!({
        "id": account_id,
        "name": db.accounts.get(&account_id).map(|a| a.name.as_str()),
    })
}

pub(crate) fn inbox(inbox: &Inbox) -> Value {
    json!({"id": inbox.id, "name": inbox.name})
}

pub(crate) fn contact_push(c: &Contact) -> Value {
    json!({
        "additional_attributes": c.additional_attributes,
        "custom_attributes": c.custom_attributes,
        "email": c.email,
        "id": c.id,
        "identifier": c.identifier,
        "name": c.name,
        "phone_number": c.phone_number,
        "thumbnail": "",
        "blocked": c.blocked,
        "type": "contact",
    })
}

/// `Contact#webhook_data`: no `type` key, unlike the push data.
pub(crate) fn contact_webhook(db: &Db, c: &Contact) -> Value {
    json!({
        "account": account(db, c.account_id),
        "additional_attributes": c.additional_attributes,
        "avatar": "",
        "custom_attributes": c.custom_attributes,
        "email": c.email,
        "id": c.id,
        "identifier": c.identifier,
        "name": c.name,
        "phone_number": c.phone_number,
        "thumbnail": "",
        "blocked": c.blocked,
    })
}

/// The record's `as_json` (used where a view renders the model itself).
pub(crate) fn contact_raw(c: &Contact) -> Value {
    let attr = |k: &str| {
        c.additional_attributes
            .get(k)
            .cloned()
            .unwrap_or(Value::Null)
    };
    json!({
        "id": c.id,
        "name": c.name,
        "email": c.email,
        "phone_number": c.phone_number,
        "account_id": c.account_id,
        "created_at": iso(c.created_at),
        "updated_at": iso(c.updated_at),
        "additional_attributes": c.additional_attributes,
        "identifier": c.identifier,
        "custom_attributes": c.custom_attributes,
        "last_activity_at": iso_opt(c.last_activity_at),
        "contact_type": c.contact_type(),
        "middle_name": "",
        "last_name": "",
        // `Contacts::SyncAttributes` copies these from additional_attributes on save.
        "location": attr("city"),
        "country_code": attr("country"),
        "blocked": c.blocked,
        "company_id": null,
    })
}

pub(crate) fn contact_inbox_raw(ci: &ContactInbox) -> Value {
    json!({
        "id": ci.id,
        "contact_id": ci.contact_id,
        "inbox_id": ci.inbox_id,
        "source_id": ci.source_id,
        "created_at": iso(ci.created_at),
        "updated_at": iso(ci.updated_at),
        "hmac_verified": ci.hmac_verified,
        "pubsub_token": ci.pubsub_token,
    })
}

pub(crate) fn user_push(u: &User) -> Value {
    json!({
        "id": u.id,
        "name": u.name,
        "available_name": u.name,
        "avatar_url": "",
        "type": "user",
        // Presence lives in the dashboard's websocket; API users are offline.
        "availability_status": "offline",
        "thumbnail": "",
    })
}

pub(crate) fn user_webhook(u: &User) -> Value {
    json!({"id": u.id, "name": u.name, "email": u.email, "type": "user"})
}

pub(crate) fn bot_push(b: &AgentBot) -> Value {
    json!({"id": b.id, "name": b.name, "avatar_url": "", "type": "agent_bot"})
}

pub(crate) fn bot_webhook(b: &AgentBot) -> Value {
    json!({"id": b.id, "name": b.name, "type": "agent_bot"})
}

pub(crate) fn team_push(t: &Team) -> Value {
    json!({"id": t.id, "name": t.name})
}

pub(crate) fn sender_push(db: &Db, s: Sender) -> Option<Value> {
    match s {
        Sender::User(id) => db.users.get(&id).map(user_push),
        Sender::AgentBot(id) => db.agent_bots.get(&id).map(bot_push),
        Sender::Contact(id) => db.contacts.get(&id).map(contact_push),
    }
}

/// `sender.try(:webhook_data)`.
pub(crate) fn sender_webhook(db: &Db, s: Option<Sender>) -> Value {
    match s {
        Some(Sender::User(id)) => db.users.get(&id).map(user_webhook),
        Some(Sender::AgentBot(id)) => db.agent_bots.get(&id).map(bot_webhook),
        Some(Sender::Contact(id)) => db.contacts.get(&id).map(|c| contact_webhook(db, c)),
        None => None,
    }
    .unwrap_or(Value::Null)
}

/// `Attachment#push_event_data` for uploaded files (image, audio, video, file).
pub(crate) fn attachment(a: &Attachment) -> Value {
    let data_url = a.data_url();
    let thumb_url = if a.file_type == "image" {
        data_url.clone()
    } else {
        String::new()
    };
    let mut v = json!({
        "id": a.id,
        "message_id": a.message_id,
        "file_type": a.file_type,
        "account_id": a.account_id,
        "extension": a.extension,
        "content_type": a.content_type,
        "data_url": data_url,
        "thumb_url": thumb_url,
        "file_size": a.data.len(),
        // ActiveStorage analyses files in a background job: no dimensions yet.
        "width": null,
        "height": null,
    });
    if a.file_type == "audio" {
        if let Value::Object(m) = &mut v {
            m.insert(
                "data_url".into(),
                format!("{}?disposition=inline", a.data_url()).into(),
            );
            m.insert("transcribed_text".into(), "".into());
        }
    }
    v
}

pub(crate) fn attachments(db: &Db, message_id: MessageId) -> Option<Value> {
    let list: Vec<Value> = db.attachments_of(message_id).map(attachment).collect();
    (!list.is_empty()).then_some(Value::Array(list))
}

/// `Messages::WebhookContentNormalizer`: CommonMark hard breaks become plain newlines
/// and trailing newlines go.
pub(crate) fn normalize_content(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(tail) = after
            .strip_prefix("\r\n")
            .or_else(|| after.strip_prefix('\n'))
        {
            out.push('\n');
            rest = tail;
        } else {
            out.push('\\');
            rest = after;
        }
    }
    out.push_str(rest);
    // Only whole `\r?\n` groups at the end are dropped; a lone trailing `\r` stays.
    while out.ends_with('\n') {
        out.pop();
        if out.ends_with('\r') {
            out.pop();
        }
    }
    out
}

fn normalized(text: &Option<String>) -> Value {
    match text {
        Some(t) if !t.trim().is_empty() => Value::String(normalize_content(t)),
        other => json!(other),
    }
}

/// `unread_incoming_messages.count`: incoming messages after `agent_last_seen_at`, at most 10.
pub(crate) fn unread_count(db: &Db, c: &Conversation) -> usize {
    db.messages_of(c.id)
        .filter(|m| m.message_type == super::state::MessageType::Incoming)
        .filter(|m| c.agent_last_seen_at.is_none_or(|seen| m.created_at > seen))
        .count()
        .min(10)
}

/// `Message#push_event_data` (`webhook` = `webhook_push_event_data`, which normalises
/// the text fields).
pub(crate) fn message_push(db: &Db, m: &Message, webhook: bool) -> Value {
    let conv = db.conversations.get(&m.conversation_id);
    let text = |t: &Option<String>| {
        if webhook {
            normalized(t)
        } else {
            json!(t)
        }
    };
    let mut v = Map::new();
    v.insert("id".into(), m.id.into());
    v.insert("content".into(), text(&m.content));
    v.insert("account_id".into(), m.account_id.into());
    v.insert("inbox_id".into(), m.inbox_id.into());
    v.insert("conversation_id".into(), json!(conv.map(|c| c.display_id)));
    v.insert("message_type".into(), (m.message_type as u8).into());
    v.insert("created_at".into(), unix(Some(m.created_at)).into());
    v.insert("updated_at".into(), iso(m.updated_at).into());
    v.insert("private".into(), m.private.into());
    v.insert("status".into(), m.status.as_str().into());
    v.insert("source_id".into(), json!(m.source_id));
    v.insert("content_type".into(), m.content_type.into());
    v.insert("content_attributes".into(), m.content_attributes.clone());
    v.insert("sender_type".into(), json!(m.sender.map(Sender::type_name)));
    v.insert("sender_id".into(), json!(m.sender.map(Sender::id)));
    v.insert("external_source_ids".into(), json!({}));
    v.insert(
        "additional_attributes".into(),
        m.additional_attributes.clone(),
    );
    v.insert(
        "processed_message_content".into(),
        text(&m.processed_message_content),
    );
    v.insert("sentiment".into(), json!({}));
    let conversation = conv.map(|c| {
        json!({
            "assignee_id": c.assignee_id,
            "unread_count": unread_count(db, c),
            "last_activity_at": unix(Some(c.last_activity_at)),
            "contact_inbox": {
                "source_id": db.contact_inboxes.get(&c.contact_inbox_id).map(|ci| ci.source_id.as_str()),
            },
        })
    });
    v.insert("conversation".into(), json!(conversation));
    if let Some(echo) = m.echo_id.as_deref().filter(|e| !e.trim().is_empty()) {
        v.insert("echo_id".into(), echo.into());
    }
    if let Some(list) = attachments(db, m.id) {
        v.insert("attachments".into(), list);
    }
    if let Some(sender) = m.sender.and_then(|s| sender_push(db, s)) {
        v.insert("sender".into(), sender);
    }
    Value::Object(v)
}

/// `Message#webhook_data`: string `message_type`, ISO `created_at`, the conversation's
/// webhook data and the sender's webhook data.
pub(crate) fn message_webhook(db: &Db, m: &Message) -> Value {
    let conversation = db
        .conversations
        .get(&m.conversation_id)
        .map_or(Value::Null, |c| conversation(db, c, true));
    let inbox = db.inboxes.get(&m.inbox_id).map_or(Value::Null, inbox);
    let mut v = json!({
        "account": account(db, m.account_id),
        "additional_attributes": m.additional_attributes,
        "content_attributes": m.content_attributes,
        "content_type": m.content_type,
        "content": normalized(&m.content),
        "conversation": conversation,
        "created_at": iso(m.created_at),
        "id": m.id,
        "inbox": inbox,
        "message_type": m.message_type.as_str(),
        "private": m.private,
        "sender": sender_webhook(db, m.sender),
        "source_id": m.source_id,
    });
    if let (Some(list), Value::Object(map)) = (attachments(db, m.id), &mut v) {
        map.insert("attachments".into(), list);
    }
    v
}

/// The latest non-private, non-activity message (`messages.chat.last`).
pub(crate) fn last_chat_message<'a>(db: &'a Db, c: &Conversation) -> Option<&'a Message> {
    db.messages_of(c.id)
        .rev()
        .find(|m| !m.private && m.message_type != super::state::MessageType::Activity)
}

/// `Conversations::MessageWindowService#can_reply?` for API inboxes.
pub(crate) fn can_reply(db: &Db, c: &Conversation) -> bool {
    let window = db
        .inboxes
        .get(&c.inbox_id)
        .and_then(|i| {
            i.channel
                .additional_attributes
                .get("agent_reply_time_window")
        })
        .filter(|w| !super::params::blank(w))
        .and_then(super::params::to_int);
    let Some(hours) = window else {
        return true;
    };
    let last_incoming = db
        .messages_of(c.id)
        .rev()
        .find(|m| m.message_type == super::state::MessageType::Incoming);
    last_incoming.is_some_and(|m| super::state::now() < m.created_at + hours * 3_600_000)
}

/// `Conversations::EventDataPresenter#push_data`, or `#webhook_data` when `webhook`.
pub(crate) fn conversation(db: &Db, c: &Conversation, webhook: bool) -> Value {
    let contact_inbox = db
        .contact_inboxes
        .get(&c.contact_inbox_id)
        .map_or(Value::Null, contact_inbox_raw);
    let messages: Vec<Value> = last_chat_message(db, c)
        .map(|m| message_push(db, m, webhook))
        .into_iter()
        .collect();
    let (assignee, assignee_type) = match (c.assignee_agent_bot_id, c.assignee_id) {
        (Some(bot), _) => (db.agent_bots.get(&bot).map(bot_push), Some("AgentBot")),
        (None, Some(user)) => (db.users.get(&user).map(user_push), Some("User")),
        (None, None) => (None, None),
    };
    let mut v = json!({
        "additional_attributes": c.additional_attributes,
        "can_reply": can_reply(db, c),
        "channel": "Channel::Api",
        "contact_inbox": contact_inbox,
        "id": c.display_id,
        "inbox_id": c.inbox_id,
        "messages": messages,
        "labels": c.labels,
        "meta": {
            "sender": db.contacts.get(&c.contact_id).map(contact_push),
            "assignee": assignee,
            "assignee_type": assignee_type,
            "team": c.team_id.and_then(|t| db.teams.get(&t)).map(team_push),
            "hmac_verified": db.contact_inboxes.get(&c.contact_inbox_id).map(|ci| ci.hmac_verified),
        },
        "status": c.status.as_str(),
        "custom_attributes": c.custom_attributes,
        "snoozed_until": iso_opt(c.snoozed_until),
        "unread_count": unread_count(db, c),
        "first_reply_created_at": iso_opt(c.first_reply_created_at),
        "priority": c.priority.map(|p| p.as_str()),
        "waiting_since": unix(c.waiting_since),
        "agent_last_seen_at": unix(c.agent_last_seen_at),
        "contact_last_seen_at": unix(c.contact_last_seen_at),
        "last_activity_at": unix(Some(c.last_activity_at)),
        "timestamp": unix(Some(c.last_activity_at)),
        "created_at": unix(Some(c.created_at)),
        "updated_at": unix_f(c.updated_at),
    });
    if let (true, Value::Object(m)) = (webhook, &mut v) {
        m.insert("account".into(), account(db, c.account_id));
    }
    v
}

/// `Inbox::EventDataPresenter#webhook_data` for an API inbox: the raw channel record
/// (secrets included, as in Chatwoot) and the raw working-hour rows.
pub(crate) fn inbox_event(db: &Db, i: &Inbox) -> Value {
    let ch = &i.channel;
    let working_hours: Vec<Value> = i
        .working_hours
        .iter()
        .map(|wh| {
            json!({
                // The sandbox does not number working-hour rows; these ids are stable stand-ins.
                "id": (i.id.get() - 1) * 7 + u64::try_from(wh.day_of_week).unwrap_or(0) + 1,
                "inbox_id": i.id,
                "account_id": i.account_id,
                "day_of_week": wh.day_of_week,
                "closed_all_day": wh.closed_all_day,
                "open_hour": wh.open_hour,
                "open_minutes": wh.open_minutes,
                "close_hour": wh.close_hour,
                "close_minutes": wh.close_minutes,
                "created_at": iso(i.created_at),
                "updated_at": iso(i.created_at),
                "open_all_day": wh.open_all_day,
            })
        })
        .collect();
    json!({
        "allow_messages_after_resolved": i.allow_messages_after_resolved,
        "lock_to_single_conversation": i.lock_to_single_conversation,
        "auto_assignment_config": i.auto_assignment_config,
        "enable_auto_assignment": i.enable_auto_assignment,
        "enable_email_collect": i.enable_email_collect,
        "greeting_enabled": i.greeting_enabled,
        "greeting_message": i.greeting_message,
        "csat_survey_enabled": i.csat_survey_enabled,
        "business_name": i.business_name,
        "sender_name_type": i.sender_name_type,
        "timezone": i.timezone,
        "out_of_office_message": i.out_of_office_message,
        "working_hours_enabled": i.working_hours_enabled,
        "working_hours": working_hours,
        "created_at": iso(i.created_at),
        "updated_at": iso(i.updated_at),
        "channel": {
            "id": ch.id,
            "account_id": i.account_id,
            "webhook_url": ch.webhook_url,
            "created_at": iso(i.created_at),
            "updated_at": iso(i.updated_at),
            "identifier": ch.identifier,
            "hmac_token": ch.hmac_token,
            "hmac_mandatory": ch.hmac_mandatory,
            "additional_attributes": ch.additional_attributes,
            "secret": ch.secret,
        },
        "account": account(db, i.account_id),
    })
}

#[cfg(test)]
mod tests {
    use super::normalize_content;

    #[test]
    fn webhook_content_drops_hard_breaks_and_trailing_newlines() {
        assert_eq!(normalize_content("a\\\nb\\\r\nc\n\n"), "a\nb\nc");
        assert_eq!(normalize_content("path\\to"), "path\\to");
        assert_eq!(normalize_content("x\r"), "x\r");
    }
}
