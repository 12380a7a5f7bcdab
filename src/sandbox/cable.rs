//! `/cable`: the websocket Chatwoot's dashboard uses, with Rails ActionCable's JSON protocol
//! (`actioncable-v1-json`) and Chatwoot's `RoomChannel` (v4.15.1).
//!
//! - The server sends `{"type":"welcome"}`, then `{"type":"ping","message":<unix s>}` every
//!   3 s. There is no connection-level authentication (`ApplicationCable::Connection` is
//!   empty) and no Origin check.
//! - `{"command":"subscribe","identifier":"{\"channel\":\"RoomChannel\",…}"}`: a user gives
//!   `pubsub_token`, `user_id` and `account_id`; a contact only its contact inbox's
//!   `pubsub_token`. A token that matches nothing, or an account the user is not in, raises
//!   inside `RoomChannel#subscribed`; ActionCable logs it and answers **nothing**. An unknown
//!   channel class is rejected (`reject_subscription`). On success: `confirm_subscription`,
//!   then a `presence.update` on the subscriber's own stream.
//! - Streams: the subscriber's `pubsub_token`, and `account_<id>` for users.
//! - Broadcasts follow `ActionCableListener`: conversation and message events go to the
//!   inbox's members plus every administrator of the account (`user_tokens`), and to the
//!   contact's token unless the message is private or an activity; contact events go to
//!   `account_<id>`. Each payload is the model's `push_event_data` plus `account_id`.
//!   Frames: `{"identifier":…,"message":{"event":"message.created","data":{…}}}`.
//!
//! Not modelled: `performer` (who caused the event), typing, `assignee.changed`,
//! `team.changed`, `conversation.read`, notifications.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Map, Value};
use tokio::sync::{broadcast, watch};

use super::event_data;
use super::state::{AccountId, ContactInboxId, InboxId};
use super::state::{Contact, Conversation, Db, Message as ChatMessage, MessageType, Role};
use super::table::Id;
use super::Sandbox;

/// Rails' `ActionCable::Server::Connections::BEAT_INTERVAL`.
const PING_INTERVAL: Duration = Duration::from_secs(3);
/// Broadcasts a slow socket may fall behind by before it misses some.
const BROADCAST_CAPACITY: usize = 8192;
/// The command log keeps only the most recent entries.
const COMMAND_LOG_LIMIT: usize = 10_000;

/// One `ActionCableBroadcastJob`: the same event to every stream in `tokens`.
#[derive(Debug, Clone)]
pub(crate) struct Broadcast {
    pub tokens: Vec<String>,
    pub event: &'static str,
    pub data: Value,
}

/// The cable's shared state: the broadcast bus, the commands clients sent, and a switch
/// that drops every open socket (for testing reconnects).
pub(crate) struct Cable {
    bus: broadcast::Sender<Arc<Broadcast>>,
    commands: Mutex<VecDeque<Value>>,
    drops: watch::Sender<u64>,
    /// New sockets get 503, as from a proxy while the app restarts.
    down: AtomicBool,
}

impl Cable {
    pub(crate) fn new() -> Cable {
        Cable {
            bus: broadcast::channel(BROADCAST_CAPACITY).0,
            commands: Mutex::new(VecDeque::new()),
            drops: watch::channel(0).0,
            down: AtomicBool::new(false),
        }
    }

    pub(crate) fn send(&self, b: Broadcast) {
        if !b.tokens.is_empty() {
            let _ = self.bus.send(Arc::new(b));
        }
    }

    fn record(&self, command: Value) {
        let mut log = self.commands.lock().unwrap_or_else(PoisonError::into_inner);
        if log.len() >= COMMAND_LOG_LIMIT {
            log.pop_front();
        }
        log.push_back(command);
    }
}

impl Sandbox {
    /// Every command received on `/cable` so far (subscribe, unsubscribe, message), as
    /// sent, with `identifier` and `data` decoded from their JSON strings.
    pub fn cable_commands(&self) -> Vec<Value> {
        self.inner
            .cable
            .commands
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .cloned()
            .collect()
    }

    /// Closes every open `/cable` socket at once, without a close frame (a dropped
    /// connection, as a proxy restart or a network change looks to a client).
    pub fn drop_cable_connections(&self) {
        self.inner.cable.drops.send_modify(|n| *n += 1);
    }

    /// While down, `/cable` answers 503 instead of upgrading (open sockets stay open;
    /// [`Sandbox::drop_cable_connections`] closes them).
    pub fn set_cable_down(&self, down: bool) {
        self.inner.cable.down.store(down, Ordering::SeqCst);
    }

    fn cable(&self) -> &Cable {
        &self.inner.cable
    }
}

/// `ActionCableListener#user_tokens`: the inbox's members and the account's administrators.
fn user_tokens(db: &Db, account_id: AccountId, inbox_id: InboxId) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::new();
    let members = db
        .inbox_members
        .iter()
        .filter(|(i, _)| *i == inbox_id)
        .map(|(_, u)| *u);
    let admins = db
        .account_users
        .values()
        .filter(|au| au.account_id == account_id && au.role == Role::Administrator)
        .map(|au| au.user_id);
    for user in members.chain(admins) {
        if let Some(u) = db.users.get(&user) {
            if !tokens.contains(&u.pubsub_token) {
                tokens.push(u.pubsub_token.clone());
            }
        }
    }
    tokens
}

/// `contact_inbox_tokens`: an HMAC-verified contact gets all its verified inboxes' tokens.
fn contact_inbox_tokens(db: &Db, contact_inbox_id: ContactInboxId) -> Vec<String> {
    let Some(ci) = db.contact_inboxes.get(&contact_inbox_id) else {
        return Vec::new();
    };
    if !ci.hmac_verified {
        return vec![ci.pubsub_token.clone()];
    }
    db.contact_inboxes
        .values()
        .filter(|other| other.contact_id == ci.contact_id && other.hmac_verified)
        .map(|other| other.pubsub_token.clone())
        .collect()
}

fn with_account_id(mut data: Value, account_id: AccountId) -> Value {
    if let Value::Object(m) = &mut data {
        m.insert("account_id".into(), account_id.into());
    }
    data
}

/// The cable event for a conversation webhook event, if the listener has one
/// (`conversation_opened` / `_resolved` go to agent bots only).
pub(crate) fn conversation(db: &Db, conv: &Conversation, webhook_event: &str) -> Option<Broadcast> {
    let event = match webhook_event {
        super::events::CONVERSATION_CREATED => "conversation.created",
        super::events::CONVERSATION_UPDATED => "conversation.updated",
        super::events::CONVERSATION_STATUS_CHANGED => "conversation.status_changed",
        _ => return None,
    };
    let mut tokens = user_tokens(db, conv.account_id, conv.inbox_id);
    tokens.extend(contact_inbox_tokens(db, conv.contact_inbox_id));
    Some(Broadcast {
        tokens,
        event,
        data: with_account_id(event_data::conversation(db, conv, false), conv.account_id),
    })
}

/// `message.created` / `message.updated` (activity messages included, unlike webhooks).
pub(crate) fn message(db: &Db, m: &ChatMessage, webhook_event: &str) -> Option<Broadcast> {
    let conv = db.conversations.get(&m.conversation_id)?;
    let updated = webhook_event == super::events::MESSAGE_UPDATED;
    let mut tokens = user_tokens(db, conv.account_id, conv.inbox_id);
    if !m.private && m.message_type != MessageType::Activity {
        tokens.extend(contact_inbox_tokens(db, conv.contact_inbox_id));
    }
    let mut data = with_account_id(event_data::message_push(db, m, false), m.account_id);
    if updated {
        if let Value::Object(map) = &mut data {
            // `push_event_data.merge(previous_changes:)`, merged before `account_id`.
            let account_id = map.remove("account_id");
            map.insert("previous_changes".into(), Value::Null);
            if let Some(a) = account_id {
                map.insert("account_id".into(), a);
            }
        }
    }
    Some(Broadcast {
        tokens,
        event: if updated {
            "message.updated"
        } else {
            "message.created"
        },
        data,
    })
}

/// `contact.created` / `contact.updated`, to every user of the account.
pub(crate) fn contact(c: &Contact, webhook_event: &str) -> Option<Broadcast> {
    let event = match webhook_event {
        super::events::CONTACT_CREATED => "contact.created",
        super::events::CONTACT_UPDATED => "contact.updated",
        _ => return None,
    };
    Some(Broadcast {
        tokens: vec![format!("account_{}", c.account_id)],
        event,
        data: with_account_id(event_data::contact_push(c), c.account_id),
    })
}

/// `GET /cable`: upgrades to a websocket speaking `actioncable-v1-json`.
pub(crate) async fn upgrade(State(sb): State<Sandbox>, ws: WebSocketUpgrade) -> Response {
    if sb.cable().down.load(Ordering::SeqCst) {
        return (StatusCode::SERVICE_UNAVAILABLE, "cable down").into_response();
    }
    ws.protocols(["actioncable-v1-json", "actioncable-unsupported"])
        .on_upgrade(move |socket| session(sb, socket))
}

struct Subscription {
    identifier: String,
    streams: Vec<String>,
}

/// Who a `RoomChannel` identifier names, or `None` where Chatwoot's `find_by!` / `find`
/// would raise (and the client hears nothing).
fn room_streams(db: &Db, params: &Map<String, Value>) -> Option<(Vec<String>, AccountId, Value)> {
    let token = params.get("pubsub_token")?.as_str()?;
    fn as_id<T>(v: &Value) -> Option<Id<T>> {
        match v {
            Value::Number(n) => n.as_u64(),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        }
        .map(Id::new)
    }
    let user_id = params.get("user_id").filter(|v| match v {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        _ => true,
    });
    match user_id {
        None => {
            let ci = db
                .contact_inboxes
                .values()
                .find(|ci| ci.pubsub_token == token)?;
            let contact = db.contacts.get(&ci.contact_id)?;
            let presence = json!({"account_id": contact.account_id, "users": {}});
            Some((vec![token.to_owned()], contact.account_id, presence))
        }
        Some(id) => {
            let user = db
                .users
                .values()
                .find(|u| u.pubsub_token == token && Some(u.id) == as_id(id))?;
            let account_id = params.get("account_id").and_then(as_id)?;
            db.account_user(account_id, user.id)?;
            // `OnlineStatusTracker.get_available_users`: the subscriber is now online.
            let mut users = Map::new();
            users.insert(user.id.to_string(), "online".into());
            let presence = json!({"account_id": account_id, "users": users, "contacts": {}});
            Some((
                vec![token.to_owned(), format!("account_{account_id}")],
                account_id,
                presence,
            ))
        }
    }
}

async fn send_json(socket: &mut WebSocket, value: &Value) -> bool {
    socket
        .send(Message::Text(value.to_string().into()))
        .await
        .is_ok()
}

async fn session(sb: Sandbox, mut socket: WebSocket) {
    let mut bus = sb.cable().bus.subscribe();
    let mut drops = sb.cable().drops.subscribe();
    drops.mark_unchanged();
    if !send_json(&mut socket, &json!({"type": "welcome"})).await {
        return;
    }
    let mut subscriptions: Vec<Subscription> = Vec::new();
    let mut ping =
        tokio::time::interval_at(tokio::time::Instant::now() + PING_INTERVAL, PING_INTERVAL);
    loop {
        tokio::select! {
            _ = drops.changed() => return,
            _ = ping.tick() => {
                let now = crate::time::now_ms() / 1000;
                if !send_json(&mut socket, &json!({"type": "ping", "message": now})).await {
                    return;
                }
            }
            incoming = socket.recv() => {
                let text = match incoming {
                    Some(Ok(Message::Text(t))) => t.to_string(),
                    Some(Ok(Message::Close(_))) | Some(Err(_)) | None => return,
                    Some(Ok(_)) => continue,
                };
                for reply in command(&sb, &mut subscriptions, &text) {
                    if !send_json(&mut socket, &reply).await {
                        return;
                    }
                }
            }
            received = bus.recv() => {
                let b = match received {
                    Ok(b) => b,
                    Err(broadcast::error::RecvError::Lagged(_)) => continue,
                    Err(broadcast::error::RecvError::Closed) => return,
                };
                for sub in &subscriptions {
                    // One frame per matching stream, as Redis pub/sub would deliver it.
                    for _ in sub.streams.iter().filter(|s| b.tokens.contains(s)) {
                        let frame = json!({
                            "identifier": sub.identifier,
                            "message": {"event": b.event, "data": b.data},
                        });
                        if !send_json(&mut socket, &frame).await {
                            return;
                        }
                    }
                }
            }
        }
    }
}

/// Handles one client command; returns the frames to send back.
fn command(sb: &Sandbox, subscriptions: &mut Vec<Subscription>, text: &str) -> Vec<Value> {
    let Ok(Value::Object(mut cmd)) = serde_json::from_str::<Value>(text) else {
        return Vec::new();
    };
    let identifier = cmd
        .get("identifier")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let params: Map<String, Value> = serde_json::from_str(&identifier).unwrap_or_default();
    // The log shows identifier and data decoded, so tests can read them.
    let mut logged = cmd.clone();
    logged.insert("identifier".into(), Value::Object(params.clone()));
    if let Some(data) = cmd.get("data").and_then(Value::as_str) {
        logged.insert(
            "data".into(),
            serde_json::from_str(data).unwrap_or(Value::String(data.to_owned())),
        );
    }
    sb.cable().record(Value::Object(logged));
    let kind = cmd.remove("command");
    match kind.as_ref().and_then(Value::as_str) {
        Some("subscribe") => {
            if subscriptions.iter().any(|s| s.identifier == identifier) {
                // "Already subscribed": logged server-side, nothing sent.
                return Vec::new();
            }
            if params.get("channel").and_then(Value::as_str) != Some("RoomChannel") {
                return vec![json!({"identifier": identifier, "type": "reject_subscription"})];
            }
            let found = room_streams(&sb.db(), &params);
            let Some((streams, account_id, presence)) = found else {
                return Vec::new();
            };
            let own = streams[0].clone();
            subscriptions.push(Subscription {
                identifier: identifier.clone(),
                streams,
            });
            let confirm = json!({"identifier": identifier, "type": "confirm_subscription"});
            sb.cable().send(Broadcast {
                tokens: vec![own],
                event: "presence.update",
                data: with_account_id(presence, account_id),
            });
            vec![confirm]
        }
        Some("unsubscribe") => {
            subscriptions.retain(|s| s.identifier != identifier);
            Vec::new()
        }
        // `perform('update_presence')` and anything else: recorded above; no answer.
        _ => Vec::new(),
    }
}
