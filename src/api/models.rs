//! Typed views of Chatwoot's JSON. Each keeps the raw object as Chatwoot sent it (`raw`),
//! so JSON output shows Chatwoot's own fields; unknown fields are tolerated.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

/// Models that carry the raw JSON they were decoded from.
pub trait HasRaw {
    fn set_raw(&mut self, raw: Value);
    fn raw(&self) -> &Value;
}

/// Implements [`HasRaw`] for models with a `raw: Value` field.
macro_rules! has_raw {
    ($($t:ty),*) => {$(
        impl $crate::api::HasRaw for $t {
            fn set_raw(&mut self, raw: serde_json::Value) { self.raw = raw; }
            fn raw(&self) -> &serde_json::Value { &self.raw }
        }
    )*};
}
pub(crate) use has_raw;
has_raw!(Profile, Inbox, AgentBot, Webhook);

#[derive(Debug, Clone, Deserialize)]
pub struct Profile {
    pub id: u64,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub accounts: Vec<AccountMembership>,
    #[serde(skip)]
    pub raw: Value,
}

impl Profile {
    pub fn membership(&self, account_id: u64) -> Option<&AccountMembership> {
        self.accounts.iter().find(|a| a.id == account_id)
    }

    /// The accounts this user belongs to, as `id (name, role)`, for messages.
    pub fn accounts_list(&self) -> String {
        if self.accounts.is_empty() {
            return "none (add the user to an account in Chatwoot first)".into();
        }
        self.accounts
            .iter()
            .map(|a| format!("{} ({}, {})", a.id, a.name, a.role))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct AccountMembership {
    pub id: u64,
    #[serde(default)]
    pub name: String,
    /// `administrator` or `agent`.
    #[serde(default)]
    pub role: String,
}

/// An inbox as Chatwoot's REST API returns it: channel fields flattened into the inbox.
#[derive(Debug, Clone, Deserialize)]
pub struct Inbox {
    pub id: u64,
    pub name: String,
    #[serde(default)]
    pub channel_type: String,
    #[serde(default)]
    pub webhook_url: Option<String>,
    #[serde(default)]
    pub inbox_identifier: Option<String>,
    /// Only present for administrators.
    #[serde(default)]
    pub hmac_token: Option<String>,
    /// The webhook signing secret; only present for administrators.
    #[serde(default)]
    pub secret: Option<String>,
    #[serde(default)]
    pub hmac_mandatory: Option<bool>,
    #[serde(skip)]
    pub raw: Value,
}

impl Inbox {
    pub fn is_api(&self) -> bool {
        self.channel_type == "Channel::Api"
    }
}

/// An agent bot, from the account API or the platform API (which has no `secret`).
#[derive(Debug, Clone, Deserialize)]
pub struct AgentBot {
    pub id: u64,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub outgoing_url: Option<String>,
    /// `None` for a global (system) bot.
    #[serde(default)]
    pub account_id: Option<u64>,
    #[serde(default, deserialize_with = "token_string")]
    pub access_token: Option<String>,
    #[serde(default)]
    pub secret: Option<String>,
    #[serde(skip)]
    pub raw: Value,
}

impl AgentBot {
    pub fn is_global(&self) -> bool {
        self.account_id.is_none()
    }
}

/// `GET inboxes/{id}/agent_bot` renders the raw record, where the token may be the whole
/// AccessToken object rather than a string (API-NOTES §b); take the string either way.
fn token_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => Some(s),
        Value::Object(o) => o.get("token").and_then(Value::as_str).map(str::to_string),
        _ => None,
    })
}

#[derive(Debug, Clone, Deserialize)]
pub struct Webhook {
    pub id: u64,
    #[serde(default)]
    pub name: Option<String>,
    pub url: String,
    #[serde(default)]
    pub subscriptions: Vec<String>,
    #[serde(default)]
    pub secret: Option<String>,
    #[serde(default)]
    pub inbox: Option<InboxRef>,
    #[serde(skip)]
    pub raw: Value,
}

#[derive(Debug, Clone, Deserialize)]
pub struct InboxRef {
    pub id: u64,
    #[serde(default)]
    pub name: String,
}

/// The twelve events an account webhook may subscribe to (`Webhook::ALLOWED_WEBHOOK_EVENTS`).
pub use crate::events::WEBHOOK_EVENTS;

/// What an inbox create or update sends; absent fields are left as they are.
#[derive(Debug, Clone, Default, Serialize)]
pub struct InboxInput {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub greeting_enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub greeting_message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<ChannelInput>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ChannelInput {
    /// `api` on create; not sent on update.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hmac_mandatory: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct BotInput {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outgoing_url: Option<String>,
    /// Account API only: 0 (webhook), the only bot type; the platform API refuses it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bot_type: Option<u8>,
    /// Platform API only: omitted for a global bot.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<u64>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct WebhookInput {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<Vec<String>>,
}
