//! Cable frames into the webhook bodies a bot would have received (`Message#webhook_data`,
//! `Conversations::EventDataPresenter#webhook_data`, `Contact#webhook_data`, v4.15.1).
//!
//! - Conversation events carry the webhook body already, minus `account`, `event` and
//!   `changed_attributes`, and with message text not normalised: `conversation_created` and
//!   `conversation_status_changed` (whose `changed_attributes` is null) come out `exact`;
//!   `conversation_updated` is `reconstructed` (`changed_attributes` diffed against the
//!   cached previous state, null on first sight).
//! - Message events carry `Message#push_event_data`: integer `message_type`, unix
//!   `created_at`, a reduced `conversation` and a typed `sender`. The body is rebuilt with
//!   `inbox` and `account` from caches and the full conversation from a bounded cache fed by
//!   conversation events (one API call per conversation not seen yet): `reconstructed`.
//!   Activity messages are dropped: webhooks never carry them.
//! - Contact events become `contact_created` / `contact_updated` (the latter `reconstructed`:
//!   no `changed_attributes` on the cable).
//! - Everything else (typing, presence, assignee/team/read, notifications, first reply,
//!   mentions) has no webhook, or none this tool can rebuild, and is dropped.

use std::collections::{HashMap, HashSet, VecDeque};

use serde_json::{json, Map, Value};

use crate::api::Api;

/// Conversations kept for rebuilding message bodies (1 to 3 KiB of JSON each).
pub const CONVERSATION_CACHE: usize = 1000;
/// Message ids remembered so a backfill does not repeat what the socket delivered.
const SEEN_MESSAGES: usize = 10_000;

/// How faithful a record is to what Chatwoot's webhook would have sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fidelity {
    /// The same body, field for field.
    Exact,
    /// Fields rebuilt from caches or the API; a bot reads the same structure.
    Reconstructed,
    /// `--raw`: the cable's own `{"event","data"}`.
    Raw,
}

impl Fidelity {
    pub fn as_str(self) -> &'static str {
        match self {
            Fidelity::Exact => "exact",
            Fidelity::Reconstructed => "reconstructed",
            Fidelity::Raw => "raw",
        }
    }
}

/// One webhook-shaped body.
#[derive(Debug, Clone)]
pub struct Converted {
    pub event: String,
    pub body: Value,
    pub fidelity: Fidelity,
}

/// A map that forgets its oldest insertions past `cap` (enough for a cache fed in order).
struct Bounded<V> {
    map: HashMap<u64, (u64, V)>,
    order: VecDeque<(u64, u64)>,
    tick: u64,
    cap: usize,
}

impl<V> Bounded<V> {
    fn new(cap: usize) -> Self {
        Bounded {
            map: HashMap::new(),
            order: VecDeque::new(),
            tick: 0,
            cap,
        }
    }

    fn get(&self, key: u64) -> Option<&V> {
        self.map.get(&key).map(|(_, v)| v)
    }

    fn insert(&mut self, key: u64, value: V) {
        self.tick += 1;
        self.map.insert(key, (self.tick, value));
        self.order.push_back((key, self.tick));
        // Order entries of a key re-inserted since are stale: skipped here, dropped below.
        while self.map.len() > self.cap {
            let Some((k, t)) = self.order.pop_front() else {
                break;
            };
            if self.map.get(&k).is_some_and(|(tick, _)| *tick == t) {
                self.map.remove(&k);
            }
        }
        if self.order.len() > self.cap * 4 {
            let map = &self.map;
            self.order
                .retain(|(k, t)| map.get(k).is_some_and(|(tick, _)| tick == t));
        }
    }

    fn len(&self) -> usize {
        self.map.len()
    }
}

/// A set of the most recent `cap` ids.
struct Recent {
    set: HashSet<u64>,
    order: VecDeque<u64>,
    cap: usize,
}

impl Recent {
    fn new(cap: usize) -> Self {
        Recent {
            set: HashSet::new(),
            order: VecDeque::new(),
            cap,
        }
    }

    /// False if already present.
    fn insert(&mut self, id: u64) -> bool {
        if !self.set.insert(id) {
            return false;
        }
        self.order.push_back(id);
        if self.order.len() > self.cap {
            if let Some(old) = self.order.pop_front() {
                self.set.remove(&old);
            }
        }
        true
    }
}

/// The user the feed listens as (for `sender.email`, which push data lacks).
#[derive(Debug, Clone)]
pub struct Me {
    pub id: u64,
    pub email: String,
}

pub struct Converter {
    account_id: u64,
    account: Value,
    me: Me,
    inboxes: HashMap<u64, Value>,
    inboxes_loaded: bool,
    /// Webhook-shaped conversations by display id, as compact JSON (a parsed tree takes
    /// several times the memory); `None`: the lookup failed, not retried.
    conversations: Bounded<Option<Box<str>>>,
    /// Highest message id seen per conversation (for the backfill).
    last_message: Bounded<u64>,
    seen: Recent,
    api_calls: u64,
}

impl Converter {
    pub fn new(account_id: u64, account_name: &str, me: Me) -> Converter {
        Converter {
            account_id,
            account: json!({"id": account_id, "name": account_name}),
            me,
            inboxes: HashMap::new(),
            inboxes_loaded: false,
            conversations: Bounded::new(CONVERSATION_CACHE),
            last_message: Bounded::new(CONVERSATION_CACHE * 4),
            seen: Recent::new(SEEN_MESSAGES),
            api_calls: 0,
        }
    }

    /// `Some(None)`: looked up before, and the lookup failed.
    fn cached(&self, display_id: u64) -> Option<Option<Value>> {
        self.conversations.get(display_id).map(|c| {
            c.as_deref()
                .and_then(|text| serde_json::from_str(text).ok())
        })
    }

    fn remember(&mut self, display_id: u64, conv: Option<&Value>) {
        let text = conv.map(|c| c.to_string().into_boxed_str());
        self.conversations.insert(display_id, text);
    }

    /// API calls made to fill the caches so far.
    pub fn api_calls(&self) -> u64 {
        self.api_calls
    }

    pub fn cached_conversations(&self) -> usize {
        self.conversations.len()
    }

    pub fn last_message_id(&self, conversation: u64) -> Option<u64> {
        self.last_message.get(conversation).copied()
    }

    /// One cable `message` object (`{"event","data"}`) into a webhook body, or `None` when
    /// webhooks have no such event.
    pub async fn convert(&mut self, api: &Api, message: &Value) -> Option<Converted> {
        let event = message.get("event")?.as_str()?;
        let data = message.get("data")?;
        match event {
            "conversation.created" | "conversation.updated" | "conversation.status_changed" => {
                Some(self.conversation_event(event, data))
            }
            "message.created" | "message.updated" => {
                let webhook_event = event.replace('.', "_");
                self.message_event(api, &webhook_event, data, false).await
            }
            "contact.created" | "contact.updated" => Some(self.contact_event(event, data)),
            "account.cache_invalidated" => {
                self.inboxes_loaded = false;
                None
            }
            _ => None,
        }
    }

    fn conversation_event(&mut self, event: &str, data: &Value) -> Converted {
        let webhook_event = event.replace('.', "_");
        let conv = self.conversation_from_push(data);
        let display_id = conv.get("id").and_then(Value::as_u64);
        let previous = display_id.and_then(|id| self.cached(id).flatten());
        let mut body = conv.clone();
        let fidelity = {
            let m = body.as_object_mut().expect("an object");
            m.insert("event".into(), webhook_event.clone().into());
            match event {
                "conversation.updated" => {
                    let changed = previous.map_or(Value::Null, |p| changed_attributes(&p, &conv));
                    m.insert("changed_attributes".into(), changed);
                    Fidelity::Reconstructed
                }
                "conversation.status_changed" => {
                    // Rails has cleared the changes by then: Chatwoot sends null.
                    m.insert("changed_attributes".into(), Value::Null);
                    Fidelity::Exact
                }
                _ => Fidelity::Exact,
            }
        };
        if let Some(id) = display_id {
            self.remember(id, Some(&conv));
        }
        Converted {
            event: webhook_event,
            body,
            fidelity,
        }
    }

    /// A conversation read back after a gap, as a `conversation_updated` (changes
    /// diffed against the cached state; null when not seen before).
    pub(crate) fn backfill_conversation(&mut self, rest: &Value) -> Converted {
        let conv = self.conversation_from_rest(rest);
        let display_id = conv.get("id").and_then(Value::as_u64);
        let previous = display_id.and_then(|id| self.cached(id).flatten());
        let mut body = conv.clone();
        if let Some(m) = body.as_object_mut() {
            m.insert("event".into(), "conversation_updated".into());
            m.insert(
                "changed_attributes".into(),
                previous.map_or(Value::Null, |p| changed_attributes(&p, &conv)),
            );
        }
        if let Some(id) = display_id {
            self.remember(id, Some(&conv));
        }
        Converted {
            event: "conversation_updated".into(),
            body,
            fidelity: Fidelity::Reconstructed,
        }
    }

    /// Push data (cable) to webhook data: `account_id` and `performer` out, `account` in,
    /// message text normalised as `webhook_push_event_data` does.
    fn conversation_from_push(&self, data: &Value) -> Value {
        let mut m = data.as_object().cloned().unwrap_or_default();
        m.remove("account_id");
        m.remove("performer");
        if let Some(Value::Array(messages)) = m.get_mut("messages") {
            for msg in messages {
                normalise_message_text(msg);
            }
        }
        m.insert("account".into(), self.account.clone());
        Value::Object(m)
    }

    /// `message_created` / `message_updated` from push data (cable, or a REST message in a
    /// backfill). `None` for activity messages and already-seen ids in a backfill.
    pub(crate) async fn message_event(
        &mut self,
        api: &Api,
        webhook_event: &str,
        data: &Value,
        backfill: bool,
    ) -> Option<Converted> {
        if crate::api::message_kind(data.get("message_type").unwrap_or(&Value::Null)) == "activity"
        {
            return None;
        }
        let id = data.get("id").and_then(Value::as_u64);
        if let Some(id) = id {
            let new = self.seen.insert(id);
            if backfill && !new {
                return None;
            }
        }
        let display_id = data.get("conversation_id").and_then(Value::as_u64);
        if let (Some(conv), Some(id)) = (display_id, id) {
            if self.last_message.get(conv).is_none_or(|last| *last < id) {
                self.last_message.insert(conv, id);
            }
        }
        let private = data.get("private").and_then(Value::as_bool) == Some(true);
        let conversation = match display_id {
            Some(conv_id) => {
                let mut conv = self.conversation(api, conv_id).await;
                patch_conversation(&mut conv, data, private);
                if webhook_event == "message_created" {
                    touch_conversation(&mut conv, data);
                }
                if conv.get("id").is_some() {
                    self.remember(conv_id, Some(&conv));
                }
                conv
            }
            None => Value::Null,
        };
        let inbox = match data.get("inbox_id").and_then(Value::as_u64) {
            Some(inbox_id) => self.inbox(api, inbox_id).await,
            None => Value::Null,
        };
        let text = |key: &str| normalised(data.get(key).unwrap_or(&Value::Null));
        let mut body = Map::new();
        body.insert("account".into(), self.account.clone());
        for key in [
            "additional_attributes",
            "content_attributes",
            "content_type",
        ] {
            body.insert(key.into(), data.get(key).cloned().unwrap_or(Value::Null));
        }
        body.insert("content".into(), text("content"));
        body.insert("conversation".into(), conversation);
        body.insert("created_at".into(), created_at_iso(data));
        body.insert("id".into(), data.get("id").cloned().unwrap_or(Value::Null));
        body.insert("inbox".into(), inbox);
        body.insert(
            "message_type".into(),
            crate::api::message_kind(data.get("message_type").unwrap_or(&Value::Null)).into(),
        );
        body.insert("private".into(), private.into());
        body.insert("sender".into(), self.sender_webhook(data.get("sender")));
        body.insert(
            "source_id".into(),
            data.get("source_id").cloned().unwrap_or(Value::Null),
        );
        if let Some(a) = data.get("attachments").filter(|a| !a.is_null()) {
            body.insert("attachments".into(), a.clone());
        }
        body.insert("event".into(), webhook_event.into());
        Some(Converted {
            event: webhook_event.to_owned(),
            body: Value::Object(body),
            fidelity: Fidelity::Reconstructed,
        })
    }

    fn contact_event(&self, event: &str, data: &Value) -> Converted {
        let webhook_event = event.replace('.', "_");
        let mut body = contact_webhook(data, &self.account);
        body.as_object_mut()
            .expect("an object")
            .insert("event".into(), webhook_event.clone().into());
        Converted {
            fidelity: if event == "contact.created" {
                Fidelity::Exact
            } else {
                Fidelity::Reconstructed
            },
            event: webhook_event,
            body,
        }
    }

    /// `sender.try(:webhook_data)` from push data's typed sender.
    fn sender_webhook(&self, sender: Option<&Value>) -> Value {
        let Some(s) = sender.filter(|s| s.is_object()) else {
            return Value::Null;
        };
        let field = |k: &str| s.get(k).cloned().unwrap_or(Value::Null);
        match s.get("type").and_then(Value::as_str) {
            Some("user") => {
                // Push data has no e-mail; the listening user's own is known.
                let email = if s.get("id").and_then(Value::as_u64) == Some(self.me.id) {
                    Value::String(self.me.email.clone())
                } else {
                    Value::Null
                };
                json!({"id": field("id"), "name": field("name"), "email": email, "type": "user"})
            }
            Some("agent_bot") => {
                json!({"id": field("id"), "name": field("name"), "type": "agent_bot"})
            }
            _ => contact_webhook(s, &self.account),
        }
    }

    /// The cached conversation, or one `GET /conversations/{id}` rebuilt into the webhook
    /// shape; a failed lookup is remembered and gives a minimal `{id}`.
    async fn conversation(&mut self, api: &Api, display_id: u64) -> Value {
        if let Some(cached) = self.cached(display_id) {
            return cached.unwrap_or_else(|| json!({"id": display_id}));
        }
        self.api_calls += 1;
        match api.conversation(display_id).await {
            Ok(c) => {
                let conv = self.conversation_from_rest(&c.raw);
                self.remember(display_id, Some(&conv));
                conv
            }
            Err(_) => {
                self.remember(display_id, None);
                json!({"id": display_id})
            }
        }
    }

    /// A REST conversation (`_conversation.json.jbuilder`) in the push-data key order.
    pub(crate) fn conversation_from_rest(&self, rest: &Value) -> Value {
        let get = |k: &str| rest.get(k).cloned().unwrap_or(Value::Null);
        let meta = rest.get("meta").cloned().unwrap_or(Value::Null);
        let meta_get = |k: &str| meta.get(k).cloned().unwrap_or(Value::Null);
        // `messages.chat.last`: the REST view's last message may be private or an activity.
        let messages: Vec<Value> = rest
            .get("messages")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|m| {
                m.get("private").and_then(Value::as_bool) != Some(true)
                    && crate::api::message_kind(m.get("message_type").unwrap_or(&Value::Null))
                        != "activity"
            })
            .map(|m| {
                let mut m = m.clone();
                normalise_message_text(&mut m);
                m
            })
            .collect();
        let source_id = rest
            .get("last_non_activity_message")
            .and_then(|m| m.pointer("/conversation/contact_inbox/source_id"))
            .cloned()
            .unwrap_or(Value::Null);
        let mut m = Map::new();
        m.insert("additional_attributes".into(), get("additional_attributes"));
        m.insert("can_reply".into(), get("can_reply"));
        m.insert("channel".into(), meta_get("channel"));
        m.insert("contact_inbox".into(), json!({"source_id": source_id}));
        m.insert("id".into(), get("id"));
        m.insert("inbox_id".into(), get("inbox_id"));
        m.insert("messages".into(), Value::Array(messages));
        m.insert("labels".into(), get("labels"));
        m.insert(
            "meta".into(),
            json!({
                "sender": meta_get("sender"),
                "assignee": meta_get("assignee"),
                "assignee_type": meta_get("assignee_type"),
                "team": meta_get("team"),
                "hmac_verified": meta_get("hmac_verified"),
            }),
        );
        for key in [
            "status",
            "custom_attributes",
            "snoozed_until",
            "unread_count",
            "first_reply_created_at",
            "priority",
            "waiting_since",
            "agent_last_seen_at",
            "contact_last_seen_at",
            "last_activity_at",
            "timestamp",
            "created_at",
            "updated_at",
        ] {
            m.insert(key.into(), get(key));
        }
        m.insert("account".into(), self.account.clone());
        Value::Object(m)
    }

    /// `Inbox#webhook_data` (`{id, name}`), from the inbox list read once (again after
    /// `account.cache_invalidated` or for an id not in it).
    async fn inbox(&mut self, api: &Api, inbox_id: u64) -> Value {
        if !self.inboxes.contains_key(&inbox_id) && !self.inboxes_loaded {
            self.api_calls += 1;
            if let Ok(list) = api.inboxes().await {
                self.inboxes = list
                    .iter()
                    .map(|i| (i.id, json!({"id": i.id, "name": i.name})))
                    .collect();
            }
            self.inboxes_loaded = true;
        }
        self.inboxes
            .get(&inbox_id)
            .cloned()
            .unwrap_or_else(|| json!({"id": inbox_id, "name": null}))
    }

    pub fn account_id(&self) -> u64 {
        self.account_id
    }
}

/// What the message tells about its conversation (`conversation_push_event_data`), and the
/// message itself as `messages.chat.last` when it is a chat message.
fn patch_conversation(conv: &mut Value, message: &Value, private: bool) {
    let Some(c) = conv.as_object_mut() else {
        return;
    };
    if let Some(reduced) = message.get("conversation").filter(|v| v.is_object()) {
        if let Some(n) = reduced.get("unread_count") {
            c.insert("unread_count".into(), n.clone());
        }
        if let Some(t) = reduced.get("last_activity_at") {
            c.insert("last_activity_at".into(), t.clone());
            c.insert("timestamp".into(), t.clone());
        }
    }
    if !private {
        let mut last = message.clone();
        if let Some(m) = last.as_object_mut() {
            m.remove("previous_changes");
            m.remove("performer");
        }
        normalise_message_text(&mut last);
        c.insert("messages".into(), Value::Array(vec![last]));
    }
}

/// A new message stamps its conversation's `updated_at` (`update_columns(... updated_at:
/// Time.current)` right after the insert); the message's own time is the closest known.
fn touch_conversation(conv: &mut Value, message: &Value) {
    let Some(ms) = message
        .get("updated_at")
        .and_then(Value::as_str)
        .and_then(rfc3339_ms)
    else {
        return;
    };
    let Some(c) = conv.as_object_mut() else {
        return;
    };
    let stamp = ms as f64 / 1000.0;
    let newer = c
        .get("updated_at")
        .and_then(Value::as_f64)
        .is_none_or(|cached| cached < stamp);
    if newer {
        c.insert("updated_at".into(), json!(stamp));
    }
}

/// `Contact#webhook_data` from `Contact#push_event_data` (`avatar` and `thumbnail` are both
/// the avatar URL; no `type`).
fn contact_webhook(push: &Value, account: &Value) -> Value {
    let field = |k: &str| push.get(k).cloned().unwrap_or(Value::Null);
    json!({
        "account": account,
        "additional_attributes": field("additional_attributes"),
        "avatar": field("thumbnail"),
        "custom_attributes": field("custom_attributes"),
        "email": field("email"),
        "id": field("id"),
        "identifier": field("identifier"),
        "name": field("name"),
        "phone_number": field("phone_number"),
        "thumbnail": field("thumbnail"),
        "blocked": field("blocked"),
    })
}

/// The webhook's ISO `created_at` (milliseconds). Push data has unix seconds; a new
/// message's `updated_at` (ISO, same insert) gives the milliseconds when it is the same second.
fn created_at_iso(data: &Value) -> Value {
    let Some(secs) = data.get("created_at").and_then(Value::as_i64) else {
        return data.get("created_at").cloned().unwrap_or(Value::Null);
    };
    let updated = data
        .get("updated_at")
        .and_then(Value::as_str)
        .and_then(rfc3339_ms);
    let ms = match updated {
        Some(ms) if ms.div_euclid(1000) == secs => ms,
        _ => secs * 1000,
    };
    Value::String(crate::time::iso_ms(ms))
}

/// RFC 3339 to unix milliseconds (the fraction's first three digits).
fn rfc3339_ms(s: &str) -> Option<i64> {
    let secs = crate::time::parse_rfc3339(s)?;
    let fraction = s.split_once('.').map_or("", |(_, f)| f);
    let digits: String = fraction
        .chars()
        .take_while(char::is_ascii_digit)
        .chain(std::iter::repeat('0'))
        .take(3)
        .collect();
    Some(secs * 1000 + digits.parse::<i64>().ok()?)
}

/// `Messages::WebhookContentNormalizer` on `content` and `processed_message_content`.
fn normalise_message_text(message: &mut Value) {
    if let Some(m) = message.as_object_mut() {
        for key in ["content", "processed_message_content"] {
            if let Some(v) = m.get_mut(key) {
                *v = normalised(v);
            }
        }
    }
}

fn normalised(v: &Value) -> Value {
    match v {
        Value::String(s) if !s.trim().is_empty() => {
            Value::String(crate::sandbox::normalize_webhook_content(s))
        }
        other => other.clone(),
    }
}

/// `changed_attributes` rebuilt by comparing the cached conversation with the new one:
/// `[{attr: {previous_value, current_value}}]` for the attributes a bot reads.
fn changed_attributes(before: &Value, after: &Value) -> Value {
    let pick = |v: &Value, path: &str| v.pointer(path).cloned().unwrap_or(Value::Null);
    let fields = [
        ("status", "/status"),
        ("priority", "/priority"),
        ("snoozed_until", "/snoozed_until"),
        ("custom_attributes", "/custom_attributes"),
        ("additional_attributes", "/additional_attributes"),
        ("label_list", "/labels"),
        ("assignee_id", "/meta/assignee/id"),
        ("team_id", "/meta/team/id"),
    ];
    let changes: Vec<Value> = fields
        .iter()
        .filter_map(|(name, path)| {
            let (prev, cur) = (pick(before, path), pick(after, path));
            (prev != cur).then(|| json!({ *name: {"previous_value": prev, "current_value": cur} }))
        })
        .collect();
    Value::Array(changes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_cache_forgets_the_oldest() {
        let mut b = Bounded::new(3);
        for i in 0..10u64 {
            b.insert(i, i);
        }
        assert_eq!(b.len(), 3);
        assert!(b.get(9).is_some() && b.get(6).is_none());
        // Re-inserting a key keeps the others and bounds the bookkeeping.
        for _ in 0..100 {
            b.insert(9, 1);
        }
        assert_eq!(b.len(), 3);
        assert!(b.get(7).is_some() && b.get(8).is_some());
        assert!(b.order.len() <= 12);
        // The least recently inserted goes first.
        b.insert(10, 10);
        assert!(b.get(7).is_none() && b.get(8).is_some() && b.get(9).is_some());
    }

    #[test]
    fn created_at_takes_milliseconds_from_updated_at_of_the_same_second() {
        let data = json!({"created_at": 1_700_000_000, "updated_at": "2023-11-14T22:13:20.123Z"});
        assert_eq!(created_at_iso(&data), json!("2023-11-14T22:13:20.123Z"));
        let later = json!({"created_at": 1_700_000_000, "updated_at": "2023-11-14T22:15:00.456Z"});
        assert_eq!(created_at_iso(&later), json!("2023-11-14T22:13:20.000Z"));
    }

    #[test]
    fn changed_attributes_lists_what_differs() {
        let before = json!({"status": "open", "meta": {"assignee": null}, "labels": []});
        let after = json!({"status": "pending", "meta": {"assignee": {"id": 2}}, "labels": []});
        assert_eq!(
            changed_attributes(&before, &after),
            json!([
                {"status": {"previous_value": "open", "current_value": "pending"}},
                {"assignee_id": {"previous_value": null, "current_value": 2}},
            ])
        );
    }
}
