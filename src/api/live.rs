//! Reads the live feed needs to backfill a gap (the dashboard's `ReconnectService` does the
//! same): conversations updated within a window, and messages after an id.

use serde_json::Value;

use super::{decode_list, Api, Conversation, Message, Request};
use crate::error::Result;

impl Api {
    /// Conversations of any status updated in the last `secs` seconds (Chatwoot drops
    /// paging when `updated_within` is given).
    pub async fn conversations_updated_within(&self, secs: u64) -> Result<Vec<Conversation>> {
        let path =
            self.account_path(&format!("/conversations?status=all&updated_within={secs}"))?;
        let body = self.send(Request::get(path)).await?;
        let data = body.get("data").cloned().unwrap_or(body);
        decode_list(
            "conversation",
            data.get("payload").cloned().unwrap_or(Value::Null),
        )
    }

    /// Up to 100 messages after message id `after`, oldest first (`MessageFinder`).
    pub async fn messages_after(&self, conversation: u64, after: u64) -> Result<Vec<Message>> {
        let path = self.account_path(&format!(
            "/conversations/{conversation}/messages?after={after}"
        ))?;
        let body = self.send(Request::get(path)).await?;
        decode_list(
            "message",
            body.get("payload").cloned().unwrap_or(Value::Null),
        )
    }
}
