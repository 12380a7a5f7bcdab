use super::{decode, Api, Profile, Request};
use crate::error::Result;

impl Api {
    /// `GET /api/v1/profile`: who the token belongs to, and their accounts and roles.
    pub async fn profile(&self) -> Result<Profile> {
        decode("profile", self.send(Request::get("/api/v1/profile")).await?)
    }

    /// The token's role in the current account, if the profile says.
    pub async fn role(&self) -> Result<Option<String>> {
        let account = self.account_id()?;
        Ok(self
            .profile()
            .await?
            .membership(account)
            .map(|m| m.role.clone()))
    }
}
