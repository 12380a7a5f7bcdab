//! Account labels (`/labels`) and canned responses (`/canned_responses`), the small
//! keyed objects a manifest declares. Labels: list `{"payload":[…]}`, titles lower-cased.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::models::has_raw;
use super::{decode, decode_list, Api, Request};
use crate::error::Result;

has_raw!(Label);

#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    pub id: u64,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub color: Option<String>,
    #[serde(skip)]
    pub raw: Value,
}

/// What a label create or update sends; absent fields are left as they are.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LabelInput {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

impl Api {
    pub async fn labels(&self) -> Result<Vec<Label>> {
        let body = self
            .send(Request::get(self.account_path("/labels")?))
            .await?;
        decode_list("label", body.get("payload").cloned().unwrap_or(Value::Null))
    }

    pub async fn create_label(&self, input: &LabelInput) -> Result<Label> {
        let req = Request::post(self.account_path("/labels")?).json(json!(input));
        decode("label", self.send_admin("creating labels", req).await?)
    }

    pub async fn update_label(&self, id: u64, input: &LabelInput) -> Result<Label> {
        let path = self.account_path(&format!("/labels/{id}"))?;
        let req = Request::patch(path).json(json!(input));
        decode("label", self.send_admin("updating labels", req).await?)
    }

    pub async fn delete_label(&self, id: u64) -> Result<()> {
        let path = self.account_path(&format!("/labels/{id}"))?;
        self.send_admin("deleting labels", Request::delete(path))
            .await?;
        Ok(())
    }
}

has_raw!(CannedResponse);

/// A canned response (`/canned_responses`: bare-array list, no show route); the short code
/// is unique per account.
#[derive(Debug, Clone, Deserialize)]
pub struct CannedResponse {
    pub id: u64,
    #[serde(default)]
    pub short_code: String,
    #[serde(default)]
    pub content: Option<String>,
    #[serde(skip)]
    pub raw: Value,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct CannedResponseInput {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub short_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}

impl Api {
    pub async fn canned_responses(&self) -> Result<Vec<CannedResponse>> {
        let body = self
            .send(Request::get(self.account_path("/canned_responses")?))
            .await?;
        decode_list("canned response", body)
    }

    pub async fn create_canned_response(
        &self,
        input: &CannedResponseInput,
    ) -> Result<CannedResponse> {
        let req = Request::post(self.account_path("/canned_responses")?).json(json!(input));
        decode("canned response", self.send(req).await?)
    }

    pub async fn update_canned_response(
        &self,
        id: u64,
        input: &CannedResponseInput,
    ) -> Result<CannedResponse> {
        let path = self.account_path(&format!("/canned_responses/{id}"))?;
        decode(
            "canned response",
            self.send(Request::patch(path).json(json!(input))).await?,
        )
    }

    pub async fn delete_canned_response(&self, id: u64) -> Result<()> {
        let path = self.account_path(&format!("/canned_responses/{id}"))?;
        self.send(Request::delete(path)).await?;
        Ok(())
    }
}
