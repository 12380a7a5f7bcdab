//! Webhook routing (`WebhookListener`, `AgentBotListener`): each event becomes one job
//! per target, with the payload built when the event fires. Jobs are collected in an
//! `Outbox` while the database lock is held and handed to the delivery engine afterwards.

use axum::body::Bytes;
use serde_json::{Map, Value};

use super::cable;
use super::delivery::{Job, TargetKind};
use super::event_data;
use super::state::Db;
use super::state::{AccountId, ContactId, ConversationId, InboxId, MessageId};
use crate::events::Event;

pub(crate) const CONVERSATION_CREATED: &str = Event::ConversationCreated.as_str();
pub(crate) const CONVERSATION_UPDATED: &str = Event::ConversationUpdated.as_str();
pub(crate) const CONVERSATION_STATUS_CHANGED: &str = Event::ConversationStatusChanged.as_str();
pub(crate) const CONVERSATION_OPENED: &str = Event::ConversationOpened.as_str();
pub(crate) const CONVERSATION_RESOLVED: &str = Event::ConversationResolved.as_str();
pub(crate) const MESSAGE_CREATED: &str = Event::MessageCreated.as_str();
pub(crate) const MESSAGE_UPDATED: &str = Event::MessageUpdated.as_str();
pub(crate) const CONTACT_CREATED: &str = Event::ContactCreated.as_str();
pub(crate) const CONTACT_UPDATED: &str = Event::ContactUpdated.as_str();
pub(crate) const INBOX_CREATED: &str = Event::InboxCreated.as_str();
pub(crate) const INBOX_UPDATED: &str = Event::InboxUpdated.as_str();
const TYPING_ON: &str = Event::ConversationTypingOn.as_str();
const TYPING_OFF: &str = Event::ConversationTypingOff.as_str();

/// Jobs produced by one request (or one failed delivery), delivered once the lock is released
/// (`Sandbox::write`). Like Rails' `after_commit`, a failed request delivers only what it
/// committed before failing (`commit`); everything else is dropped with the failure.
#[derive(Default)]
pub(crate) struct Outbox {
    pub(crate) jobs: Vec<Job>,
    /// What `ActionCableListener` broadcasts for the same events (`/cable`).
    pub(crate) cable: Vec<super::cable::Broadcast>,
    /// How many jobs and broadcasts survive a failure later in the request.
    committed: (usize, usize),
}

/// Which listeners handle an event (the columns of the routing table).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Audience {
    /// Account webhooks, the API inbox and the conversation's bots.
    Everyone,
    /// Account webhooks and the API inbox only.
    NoBots,
    /// `AgentBotListener` only (the deprecated opened/resolved events).
    BotsOnly,
}

/// `changed_attributes` as `BaseListener#extract_changed_attributes` builds it: one
/// single-key object per changed attribute; `None` becomes JSON null.
pub(crate) fn changed_attributes(changes: &[(&str, Value, Value)]) -> Value {
    Value::Array(
        changes
            .iter()
            .map(|(key, prev, cur)| {
                let mut inner = Map::new();
                inner.insert("previous_value".into(), prev.clone());
                inner.insert("current_value".into(), cur.clone());
                let mut outer = Map::new();
                outer.insert((*key).to_owned(), Value::Object(inner));
                Value::Object(outer)
            })
            .collect(),
    )
}

/// `payload.merge(extra)`: new keys go last, in order.
fn merged(mut payload: Value, extra: Vec<(&str, Value)>) -> Value {
    if let Value::Object(m) = &mut payload {
        for (k, v) in extra {
            m.insert(k.to_owned(), v);
        }
    }
    payload
}

impl Outbox {
    /// Marks what was recorded so far as committed: it is delivered even if the request
    /// fails afterwards (a second transaction of the same request).
    pub(crate) fn commit(&mut self) {
        self.committed = (self.jobs.len(), self.cable.len());
    }

    /// Drops what was recorded since the last `commit` (the request failed).
    pub(crate) fn rollback(&mut self) {
        self.jobs.truncate(self.committed.0);
        self.cable.truncate(self.committed.1);
    }

    fn push(
        &mut self,
        kind: TargetKind,
        url: &str,
        secret: &str,
        event: &str,
        body: &Bytes,
        message_id: Option<MessageId>,
    ) {
        self.jobs.push(Job {
            kind,
            url: url.to_owned(),
            secret: Some(secret.to_owned()).filter(|s| !s.is_empty()),
            event: event.to_owned(),
            body: body.clone(),
            // `SecureRandom.uuid` per enqueued job; a bot job reuses it across retries.
            delivery_id: uuid::Uuid::new_v4().to_string(),
            message_id,
        });
    }

    /// `deliver_account_webhooks`: every account webhook subscribed to the event (its
    /// `inbox_id` does not filter).
    fn account_webhooks(
        &mut self,
        db: &Db,
        account_id: AccountId,
        event: &str,
        body: &Bytes,
        message_id: Option<MessageId>,
    ) {
        let targets: Vec<(String, String)> = db
            .webhooks
            .values()
            .filter(|w| w.account_id == account_id)
            .filter(|w| {
                w.subscriptions
                    .as_array()
                    .is_some_and(|s| s.iter().any(|e| e.as_str() == Some(event)))
            })
            .filter_map(|w| Some((w.url.clone()?, w.secret.clone())))
            .collect();
        for (url, secret) in targets {
            self.push(
                TargetKind::AccountWebhook,
                &url,
                &secret,
                event,
                body,
                message_id,
            );
        }
    }

    /// `deliver_api_inbox_webhooks`: the inbox's `webhook_url` when present.
    fn api_inbox(
        &mut self,
        db: &Db,
        inbox_id: InboxId,
        event: &str,
        body: &Bytes,
        message_id: Option<MessageId>,
    ) {
        let Some(inbox) = db.inboxes.get(&inbox_id) else {
            return;
        };
        let Some(url) = inbox
            .channel
            .webhook_url
            .as_deref()
            .filter(|u| !u.trim().is_empty())
        else {
            return;
        };
        let (url, secret) = (url.to_owned(), inbox.channel.secret.clone());
        self.push(TargetKind::ApiInbox, &url, &secret, event, body, message_id);
    }

    /// `AgentBotListener#agent_bots_for`: the assigned bot, then the inbox's active bot,
    /// de-duplicated; bots without an outgoing URL are skipped.
    fn bots(
        &mut self,
        db: &Db,
        conversation_id: ConversationId,
        event: &str,
        body: &Bytes,
        message_id: Option<MessageId>,
    ) {
        let Some(conv) = db.conversations.get(&conversation_id) else {
            return;
        };
        let mut ids = Vec::new();
        if let Some(bot) = conv.assignee_agent_bot_id {
            ids.push(bot);
        }
        if let Some(link) = db
            .agent_bot_inboxes
            .get(&conv.inbox_id)
            .filter(|l| l.active)
        {
            if !ids.contains(&link.agent_bot_id) {
                ids.push(link.agent_bot_id);
            }
        }
        let targets: Vec<(String, String)> = ids
            .iter()
            .filter_map(|id| db.agent_bots.get(id))
            .filter_map(|b| Some((b.webhook_url()?.to_owned(), b.secret.clone())))
            .collect();
        for (url, secret) in targets {
            self.push(TargetKind::AgentBot, &url, &secret, event, body, message_id);
        }
    }

    fn route(
        &mut self,
        db: &Db,
        conversation_id: ConversationId,
        audience: Audience,
        event: &str,
        payload: &Value,
        message_id: Option<MessageId>,
    ) {
        let Some(conv) = db.conversations.get(&conversation_id) else {
            return;
        };
        let (account_id, inbox_id) = (conv.account_id, conv.inbox_id);
        let body = body(payload);
        if audience != Audience::BotsOnly {
            self.account_webhooks(db, account_id, event, &body, message_id);
            self.api_inbox(db, inbox_id, event, &body, message_id);
        }
        if audience != Audience::NoBots {
            self.bots(db, conversation_id, event, &body, message_id);
        }
    }

    /// conversation_created / _updated / _status_changed / _opened / _resolved.
    /// `changed` is `Some(attributes)` for the events that carry `changed_attributes`
    /// (`Some(Value::Null)` for status_changed, whose attributes Rails has already cleared).
    pub(crate) fn conversation(
        &mut self,
        db: &Db,
        conversation_id: ConversationId,
        event: &'static str,
        changed: Option<Value>,
    ) {
        let Some(conv) = db.conversations.get(&conversation_id) else {
            return;
        };
        let audience = match event {
            CONVERSATION_CREATED => Audience::NoBots,
            CONVERSATION_OPENED | CONVERSATION_RESOLVED => Audience::BotsOnly,
            _ => Audience::Everyone,
        };
        self.cable.extend(cable::conversation(db, conv, event));
        let mut extra = vec![("event", Value::String(event.into()))];
        if let Some(changed) = changed {
            extra.push(("changed_attributes", changed));
        }
        let payload = merged(event_data::conversation(db, conv, true), extra);
        self.route(db, conversation_id, audience, event, &payload, None);
    }

    /// message_created / message_updated; activity messages are never sent.
    pub(crate) fn message(&mut self, db: &Db, message_id: MessageId, event: &'static str) {
        let Some(m) = db.messages.get(&message_id) else {
            return;
        };
        self.cable.extend(cable::message(db, m, event));
        if !m.message_type.webhook_sendable() {
            return;
        }
        let payload = merged(
            event_data::message_webhook(db, m),
            vec![("event", Value::String(event.into()))],
        );
        self.route(
            db,
            m.conversation_id,
            Audience::Everyone,
            event,
            &payload,
            Some(message_id),
        );
    }

    /// conversation_typing_on/off: `user` is the typist's webhook data (a user, a bot,
    /// or the contact when typed through the public API).
    pub(crate) fn typing(
        &mut self,
        db: &Db,
        conversation_id: ConversationId,
        on: bool,
        user: Value,
        is_private: Value,
    ) {
        let Some(conv) = db.conversations.get(&conversation_id) else {
            return;
        };
        let event = if on { TYPING_ON } else { TYPING_OFF };
        let mut payload = Map::new();
        payload.insert("event".into(), event.into());
        payload.insert("user".into(), user);
        payload.insert(
            "conversation".into(),
            event_data::conversation(db, conv, true),
        );
        payload.insert("is_private".into(), is_private);
        self.route(
            db,
            conversation_id,
            Audience::NoBots,
            event,
            &Value::Object(payload),
            None,
        );
    }

    /// contact_created / contact_updated (account webhooks only).
    pub(crate) fn contact(
        &mut self,
        db: &Db,
        contact_id: ContactId,
        event: &'static str,
        changed: Option<Value>,
    ) {
        let Some(c) = db.contacts.get(&contact_id) else {
            return;
        };
        self.cable.extend(cable::contact(c, event));
        let mut extra = vec![("event", Value::String(event.into()))];
        if let Some(changed) = changed {
            extra.push(("changed_attributes", changed));
        }
        let payload = merged(event_data::contact_webhook(db, c), extra);
        self.account_webhooks(db, c.account_id, event, &body(&payload), None);
    }

    /// inbox_created / inbox_updated, only with `ENABLE_INBOX_EVENTS` (the `inbox_events` setting).
    pub(crate) fn inbox(
        &mut self,
        db: &Db,
        inbox_id: InboxId,
        event: &'static str,
        changed: Option<Value>,
    ) {
        if !db.settings.inbox_events {
            return;
        }
        let Some(inbox) = db.inboxes.get(&inbox_id) else {
            return;
        };
        let mut extra = vec![("event", Value::String(event.into()))];
        if let Some(changed) = changed {
            extra.push(("changed_attributes", changed));
        }
        let payload = merged(event_data::inbox_event(db, inbox), extra);
        self.account_webhooks(db, inbox.account_id, event, &body(&payload), None);
    }
}

/// `payload.to_json`: compact, no trailing newline, with ActiveSupport's escaping (below).
fn body(payload: &Value) -> Bytes {
    Bytes::from(escape_like_rails(
        &serde_json::to_vec(payload).unwrap_or_default(),
    ))
}

/// ActiveSupport's JSON encoder (Rails 7.1, `escape_html_entities_in_json` on, as in
/// Chatwoot) writes `<`, `>`, `&`, U+2028 and U+2029 as `\u003c`, `\u003e`, `\u0026`,
/// `\u2028`, `\u2029`. In serde_json's output they can only occur inside strings, so a byte
/// pass over it is exact; other non-ASCII stays raw UTF-8, as Ruby's generator leaves it.
pub(crate) fn escape_like_rails(json: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len() + json.len() / 16);
    let mut i = 0;
    while i < json.len() {
        let escaped: Option<(&[u8], usize)> = match json[i] {
            b'<' => Some((b"\\u003c", 1)),
            b'>' => Some((b"\\u003e", 1)),
            b'&' => Some((b"\\u0026", 1)),
            0xE2 if json[i..].starts_with(&[0xE2, 0x80, 0xA8]) => Some((b"\\u2028", 3)),
            0xE2 if json[i..].starts_with(&[0xE2, 0x80, 0xA9]) => Some((b"\\u2029", 3)),
            _ => None,
        };
        match escaped {
            Some((text, len)) => {
                out.extend_from_slice(text);
                i += len;
            }
            None => {
                out.push(json[i]);
                i += 1;
            }
        }
    }
    out
}
