//! Chatwoot's REST API: requests and models. Commands call these functions and never build
//! HTTP requests themselves. Paths and bodies follow `shared/chatwoot/API-NOTES.md`.

mod agent_bots;
mod client;
mod conversations;
mod directory;
mod error;
mod inboxes;
mod instance;
mod labels;
mod live;
pub mod models;
mod profile;
mod public;
mod raw;
mod webhooks;

pub use agent_bots::BotScope;
pub(crate) use client::{Body, Request};
pub use client::{
    Client, ClientConfig, RetryPolicy, TokenKind, MAX_RESPONSE_BYTES, RETRY_BUDGET_VAR,
};
pub use conversations::{
    message_kind, Assignee, Conversation, ConversationMeta, ConversationQuery, Message,
    MessageInput, StatusChange, CONVERSATIONS_PER_PAGE, MAX_ATTACHMENTS,
};
pub use directory::{Agent, Team, TeamInput};
pub use error::{error_text, ApiError, ApiErrorKind};
pub use instance::InstanceInfo;
pub use labels::{CannedResponse, CannedResponseInput, Label, LabelInput};
pub use models::*;
pub use public::{PublicContact, PublicConversation};
pub use raw::{RawAnswer, RawBody};
pub use webhooks::validate_events;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{Error, Result};

/// The API of one Chatwoot instance, as one user (and optionally one platform app),
/// in one account.
#[derive(Clone)]
pub struct Api {
    client: Client,
    account_id: Option<u64>,
}

impl Api {
    pub fn new(client: Client, account_id: Option<u64>) -> Self {
        Api { client, account_id }
    }

    pub(crate) fn client(&self) -> &Client {
        &self.client
    }

    pub fn account_id(&self) -> Result<u64> {
        self.account_id.ok_or_else(|| {
            Error::usage(
                "no account id: pass --account ID or set CHATWOOT_ACCOUNT_ID (`chatwoot-bridge auth status` lists the token's accounts)",
            )
        })
    }

    /// `/api/v1/accounts/{account_id}{rest}`
    fn account_path(&self, rest: &str) -> Result<String> {
        Ok(format!("/api/v1/accounts/{}{rest}", self.account_id()?))
    }

    async fn send(&self, req: Request) -> Result<Value> {
        Ok(self.client.send(req).await?.body)
    }

    /// Sends a request that needs an administrator. Chatwoot denies it with a bare 401, so
    /// on denial the token's role is looked up to say exactly what is wrong.
    async fn send_admin(&self, action: &str, req: Request) -> Result<Value> {
        match self.client.send(req).await {
            Ok(resp) => Ok(resp.body),
            Err(e) if e.is_permission_denied() => {
                let role = self.role().await.ok().flatten();
                let hint = match role.as_deref() {
                    Some("administrator") => format!(
                        "{action} was refused although the token is an administrator's in account {}; check the instance's custom roles",
                        self.account_id.unwrap_or_default()
                    ),
                    Some(role) => format!(
                        "{action} needs an administrator's token; this token belongs to an {role}. Use an administrator's access token (Profile settings → Access Token)"
                    ),
                    None => format!("{action} needs an administrator's token"),
                };
                Err(e.with_hint(hint).into())
            }
            Err(e) => Err(e.into()),
        }
    }
}

/// Decodes a model and keeps the raw JSON beside it.
fn decode<T: DeserializeOwned + HasRaw>(what: &str, value: Value) -> Result<T> {
    let mut model: T = serde_json::from_value(value.clone()).map_err(|e| {
        Error::other(format!(
            "unexpected {what} JSON from Chatwoot ({e}); is the instance older than v4.0?"
        ))
    })?;
    model.set_raw(value);
    Ok(model)
}

fn decode_list<T: DeserializeOwned + HasRaw>(what: &str, value: Value) -> Result<Vec<T>> {
    match value {
        Value::Array(items) => items.into_iter().map(|v| decode(what, v)).collect(),
        Value::Null => Ok(Vec::new()),
        other => Err(Error::other(format!(
            "unexpected {what} list from Chatwoot: {}",
            crate::redact::redacted(&other)
        ))),
    }
}
