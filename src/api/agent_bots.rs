//! Agent bots (API-NOTES §c): account bots under `/api/v1/accounts/{id}/agent_bots`
//! (list is a plain array that includes global bots), and global bots through the
//! platform API `/platform/api/v1/agent_bots` with a platform app's token.

use serde_json::json;

use super::{decode, decode_list, AgentBot, Api, BotInput, Request, TokenKind};
use crate::error::Result;

/// Which API a bot command goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BotScope {
    Account,
    Platform,
}

impl Api {
    fn bot_path(&self, scope: BotScope, rest: &str) -> Result<String> {
        match scope {
            BotScope::Account => self.account_path(&format!("/agent_bots{rest}")),
            BotScope::Platform => Ok(format!("/platform/api/v1/agent_bots{rest}")),
        }
    }

    fn bot_request(&self, scope: BotScope, req: Request) -> Request {
        match scope {
            BotScope::Account => req,
            BotScope::Platform => req.token(TokenKind::Platform),
        }
    }

    pub async fn bots(&self, scope: BotScope) -> Result<Vec<AgentBot>> {
        let req = self.bot_request(scope, Request::get(self.bot_path(scope, "")?));
        decode_list("agent bot", self.send(req).await?)
    }

    pub async fn bot(&self, scope: BotScope, id: u64) -> Result<AgentBot> {
        let path = self.bot_path(scope, &format!("/{id}"))?;
        decode(
            "agent bot",
            self.send(self.bot_request(scope, Request::get(path)))
                .await?,
        )
    }

    pub async fn create_bot(&self, scope: BotScope, input: &BotInput) -> Result<AgentBot> {
        let mut input = input.clone();
        match scope {
            // Chatwoot's only bot type; the swagger types it as an integer.
            BotScope::Account => {
                input.bot_type = Some(0);
                input.account_id = None;
            }
            BotScope::Platform => input.bot_type = None,
        }
        let req = self.bot_request(
            scope,
            Request::post(self.bot_path(scope, "")?).json(json!(input)),
        );
        decode(
            "agent bot",
            self.send_admin("creating agent bots", req).await?,
        )
    }

    pub async fn update_bot(&self, scope: BotScope, id: u64, input: &BotInput) -> Result<AgentBot> {
        let path = self.bot_path(scope, &format!("/{id}"))?;
        let req = self.bot_request(scope, Request::patch(path).json(json!(input)));
        decode(
            "agent bot",
            self.send_admin("updating agent bots", req).await?,
        )
    }

    pub async fn delete_bot(&self, scope: BotScope, id: u64) -> Result<()> {
        let path = self.bot_path(scope, &format!("/{id}"))?;
        let req = self.bot_request(scope, Request::delete(path));
        self.send_admin("deleting agent bots", req).await?;
        Ok(())
    }

    /// Rotates the bot's API access token (account bots, Chatwoot 4.3+).
    pub async fn reset_bot_token(&self, id: u64) -> Result<AgentBot> {
        let path = self.account_path(&format!("/agent_bots/{id}/reset_access_token"))?;
        let body = self
            .send_admin("resetting a bot token", Request::post(path))
            .await?;
        decode("agent bot", body)
    }

    /// Rotates the bot's webhook signing secret (account bots, Chatwoot 4.13+).
    pub async fn reset_bot_secret(&self, id: u64) -> Result<AgentBot> {
        let path = self.account_path(&format!("/agent_bots/{id}/reset_secret"))?;
        let body = self
            .send_admin("resetting a bot secret", Request::post(path))
            .await?;
        decode("agent bot", body)
    }
}
