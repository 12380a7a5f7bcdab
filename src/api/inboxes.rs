//! Inboxes (API-NOTES §b). List is `{"payload":[…]}`; create, show and update return the
//! flattened inbox; delete and reset_secret are real routes the swagger lacks.

use serde_json::{json, Value};

use super::{decode, decode_list, AgentBot, Api, Inbox, InboxInput, Request};
use crate::error::{Error, Result};

impl Api {
    pub async fn inboxes(&self) -> Result<Vec<Inbox>> {
        let body = self
            .send(Request::get(self.account_path("/inboxes")?))
            .await?;
        decode_list("inbox", body.get("payload").cloned().unwrap_or(Value::Null))
    }

    pub async fn inbox(&self, id: u64) -> Result<Inbox> {
        let path = self.account_path(&format!("/inboxes/{id}"))?;
        decode("inbox", self.send(Request::get(path)).await?)
    }

    /// An inbox id, or a name that matches exactly one inbox (case-insensitive).
    pub async fn resolve_inbox(&self, id_or_name: &str) -> Result<Inbox> {
        if let Ok(id) = id_or_name.parse::<u64>() {
            return self.inbox(id).await;
        }
        let wanted = id_or_name.trim();
        let matches: Vec<Inbox> = self
            .inboxes()
            .await?
            .into_iter()
            .filter(|i| i.name.eq_ignore_ascii_case(wanted))
            .collect();
        match matches.len() {
            1 => Ok(matches.into_iter().next().expect("one match")),
            0 => Err(Error::Api(
                super::ApiError::from_response(
                    "GET /inboxes".into(),
                    404,
                    format!(r#"{{"error":"no inbox named '{wanted}'"}}"#).as_bytes(),
                )
                .with_hint("`chatwoot-bridge inbox list` shows the inboxes this token can see"),
            )),
            n => Err(Error::usage(format!(
                "{n} inboxes are named '{wanted}': use the id instead ({})",
                matches
                    .iter()
                    .map(|i| i.id.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        }
    }

    pub async fn create_inbox(&self, input: &InboxInput) -> Result<Inbox> {
        let req = Request::post(self.account_path("/inboxes")?).json(json!(input));
        decode("inbox", self.send_admin("creating inboxes", req).await?)
    }

    pub async fn update_inbox(&self, id: u64, input: &InboxInput) -> Result<Inbox> {
        let path = self.account_path(&format!("/inboxes/{id}"))?;
        let req = Request::patch(path).json(json!(input));
        decode("inbox", self.send_admin("updating inboxes", req).await?)
    }

    /// Chatwoot deletes asynchronously and answers with a message.
    pub async fn delete_inbox(&self, id: u64) -> Result<Value> {
        let path = self.account_path(&format!("/inboxes/{id}"))?;
        self.send_admin("deleting inboxes", Request::delete(path))
            .await
    }

    /// Rotates the webhook signing secret (API inboxes only, Chatwoot 4.13+).
    pub async fn reset_inbox_secret(&self, id: u64) -> Result<Inbox> {
        let path = self.account_path(&format!("/inboxes/{id}/reset_secret"))?;
        let body = self
            .send_admin("resetting an inbox secret", Request::post(path))
            .await?;
        decode("inbox", body)
    }

    /// Links a bot (`Some`) or unlinks (`None`). Answers 200 with an empty body.
    pub async fn set_inbox_bot(&self, inbox_id: u64, bot_id: Option<u64>) -> Result<()> {
        let path = self.account_path(&format!("/inboxes/{inbox_id}/set_agent_bot"))?;
        let req = Request::post(path)
            .json(json!({ "agent_bot": bot_id }))
            .idempotent(true);
        self.send_admin("linking agent bots", req).await?;
        Ok(())
    }

    /// The bot linked to the inbox: `{"agent_bot":{…}}`, or `{}` when there is none.
    pub async fn inbox_bot(&self, inbox_id: u64) -> Result<Option<AgentBot>> {
        let path = self.account_path(&format!("/inboxes/{inbox_id}/agent_bot"))?;
        let body = self.send(Request::get(path)).await?;
        match body.get("agent_bot") {
            Some(bot) if bot.is_object() => Ok(Some(decode("agent bot", bot.clone())?)),
            _ => Ok(None),
        }
    }
}
