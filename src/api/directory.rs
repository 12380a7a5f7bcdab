//! The account's agents and teams (`GET /agents`, `GET /teams`: bare arrays, readable by
//! every member): the ids `assign` takes.

use serde::Deserialize;
use serde_json::Value;

use super::models::has_raw;
use super::{decode_list, Api, Request};
use crate::error::Result;

has_raw!(Agent, Team);

/// `api/v1/models/_agent`: a user of the account, administrators included.
#[derive(Debug, Clone, Deserialize)]
pub struct Agent {
    pub id: u64,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    /// `administrator` or `agent`.
    #[serde(default)]
    pub role: Option<String>,
    /// `online`, `busy` or `offline`.
    #[serde(default)]
    pub availability_status: Option<String>,
    #[serde(skip)]
    pub raw: Value,
}

/// `api/v1/models/_team`. Chatwoot stores team names lower-cased.
#[derive(Debug, Clone, Deserialize)]
pub struct Team {
    pub id: u64,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    /// Whether the caller is a member.
    #[serde(default)]
    pub is_member: Option<bool>,
    #[serde(skip)]
    pub raw: Value,
}

impl Api {
    pub async fn agents(&self) -> Result<Vec<Agent>> {
        let path = self.account_path("/agents")?;
        decode_list("agent", self.send(Request::get(path)).await?)
    }

    pub async fn teams(&self) -> Result<Vec<Team>> {
        let path = self.account_path("/teams")?;
        decode_list("team", self.send(Request::get(path)).await?)
    }
}

impl Api {
    /// `GET /inbox_members/{inbox_id}`: `{"payload":[agent…]}`.
    pub async fn inbox_members(&self, inbox_id: u64) -> Result<Vec<Agent>> {
        let path = self.account_path(&format!("/inbox_members/{inbox_id}"))?;
        let body = self.send(Request::get(path)).await?;
        decode_list("agent", body.get("payload").cloned().unwrap_or(Value::Null))
    }

    /// `PATCH /inbox_members`: the inbox's members become exactly `user_ids`.
    pub async fn set_inbox_members(&self, inbox_id: u64, user_ids: &[u64]) -> Result<()> {
        let req = Request::patch(self.account_path("/inbox_members")?)
            .json(serde_json::json!({ "inbox_id": inbox_id.to_string(), "user_ids": user_ids }));
        self.send_admin("setting inbox members", req).await?;
        Ok(())
    }
}

/// What a team create or update sends (Chatwoot lower-cases the name).
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct TeamInput {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl Api {
    pub async fn create_team(&self, input: &TeamInput) -> Result<Team> {
        let req = Request::post(self.account_path("/teams")?).json(serde_json::json!(input));
        super::decode("team", self.send_admin("creating teams", req).await?)
    }

    pub async fn update_team(&self, id: u64, input: &TeamInput) -> Result<Team> {
        let path = self.account_path(&format!("/teams/{id}"))?;
        let req = Request::patch(path).json(serde_json::json!(input));
        super::decode("team", self.send_admin("updating teams", req).await?)
    }

    pub async fn delete_team(&self, id: u64) -> Result<()> {
        let path = self.account_path(&format!("/teams/{id}"))?;
        self.send_admin("deleting teams", Request::delete(path))
            .await?;
        Ok(())
    }

    /// `GET /teams/{id}/team_members`: a bare array of agents.
    pub async fn team_members(&self, team_id: u64) -> Result<Vec<Agent>> {
        let path = self.account_path(&format!("/teams/{team_id}/team_members"))?;
        decode_list("agent", self.send(Request::get(path)).await?)
    }

    /// `PATCH /teams/{id}/team_members`: the members become exactly `user_ids`.
    pub async fn set_team_members(&self, team_id: u64, user_ids: &[u64]) -> Result<()> {
        let path = self.account_path(&format!("/teams/{team_id}/team_members"))?;
        let req = Request::patch(path).json(serde_json::json!({ "user_ids": user_ids }));
        self.send_admin("setting team members", req).await?;
        Ok(())
    }
}
