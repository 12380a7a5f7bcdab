//! The public client API (API-NOTES §e): what a customer's app calls, with no token, on an
//! API inbox identified by its `inbox_identifier`. Used for "a test customer writes in".

use serde::Deserialize;
use serde_json::{json, Value};

use super::{decode, Api, Message, Request, TokenKind};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Deserialize)]
pub struct PublicContact {
    /// The contact_inbox's source id: the `{contact_identifier}` of later calls.
    pub source_id: String,
    pub id: u64,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(skip)]
    pub raw: Value,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PublicConversation {
    pub id: u64,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub inbox_id: Option<u64>,
    #[serde(skip)]
    pub raw: Value,
}

super::models::has_raw!(PublicContact, PublicConversation);

fn public_path(inbox_identifier: &str, rest: &str) -> String {
    format!("/public/api/v1/inboxes/{inbox_identifier}{rest}")
}

impl Api {
    /// Creates the contact, or reuses the one with this identifier (Chatwoot matches an
    /// existing contact by identifier, then email, then phone).
    pub async fn public_contact(
        &self,
        inbox_identifier: &str,
        identifier: Option<&str>,
        name: Option<&str>,
    ) -> Result<PublicContact> {
        let mut body = json!({});
        if let Some(i) = identifier {
            body["identifier"] = json!(i);
        }
        if let Some(n) = name {
            body["name"] = json!(n);
        }
        let req = Request::post(public_path(inbox_identifier, "/contacts"))
            .token(TokenKind::None)
            .json(body);
        decode("contact", self.send(req).await.map_err(not_api_inbox)?)
    }

    pub async fn public_conversations(
        &self,
        inbox_identifier: &str,
        source_id: &str,
    ) -> Result<Vec<PublicConversation>> {
        let req = Request::get(public_path(
            inbox_identifier,
            &format!("/contacts/{source_id}/conversations"),
        ))
        .token(TokenKind::None);
        super::decode_list("conversation", self.send(req).await?)
    }

    pub async fn public_conversation(
        &self,
        inbox_identifier: &str,
        source_id: &str,
    ) -> Result<PublicConversation> {
        let req = Request::post(public_path(
            inbox_identifier,
            &format!("/contacts/{source_id}/conversations"),
        ))
        .token(TokenKind::None)
        .json(json!({}));
        decode("conversation", self.send(req).await?)
    }

    /// The contact writes a message (always incoming). Never repeated automatically.
    pub async fn public_message(
        &self,
        inbox_identifier: &str,
        source_id: &str,
        conversation: u64,
        content: &str,
    ) -> Result<Message> {
        let req = Request::post(public_path(
            inbox_identifier,
            &format!("/contacts/{source_id}/conversations/{conversation}/messages"),
        ))
        .token(TokenKind::None)
        .json(json!({ "content": content }));
        decode("message", self.send(req).await?)
    }
}

impl Api {
    /// A contact with its inbox links (`contact_inboxes: [{source_id, inbox}]`).
    pub async fn contact(&self, id: u64) -> Result<Value> {
        let path = self.account_path(&format!("/contacts/{id}"))?;
        let body = self.send(Request::get(path)).await?;
        Ok(body.get("payload").cloned().unwrap_or(body))
    }
}

/// Chatwoot answers 404 for an identifier that is not an API inbox's.
fn not_api_inbox(e: Error) -> Error {
    match e {
        Error::Api(api) if api.status == Some(404) => Error::Api(api.with_hint(
            "the public client API works only for API-channel inboxes: check the inbox's identifier (`chatwoot-bridge inbox show`)",
        )),
        other => other,
    }
}

impl Api {
    /// The contact writes a message with files (multipart `attachments[]`); without files,
    /// as [`Api::public_message`]. Never repeated automatically.
    pub async fn public_message_with_attachments(
        &self,
        inbox_identifier: &str,
        source_id: &str,
        conversation: u64,
        content: &str,
        attachments: &[std::path::PathBuf],
    ) -> Result<Message> {
        if attachments.is_empty() {
            return self
                .public_message(inbox_identifier, source_id, conversation, content)
                .await;
        }
        let mut form = reqwest::multipart::Form::new().text("content", content.to_string());
        for file in attachments {
            let bytes = std::fs::read(file)
                .map_err(|e| Error::io(format!("reading attachment {}", file.display()), e))?;
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "attachment".into());
            let part = reqwest::multipart::Part::bytes(bytes)
                .file_name(name.clone())
                .mime_str(super::conversations::mime_for(&name))
                .map_err(|e| Error::other(format!("attachment {name}: {e}")))?;
            form = form.part("attachments[]", part);
        }
        let req = Request::post(public_path(
            inbox_identifier,
            &format!("/contacts/{source_id}/conversations/{conversation}/messages"),
        ))
        .token(TokenKind::None)
        .body(super::Body::Multipart(form));
        decode("message", self.send(req).await?)
    }
}
