//! `GET /api`: the unauthenticated endpoint every Chatwoot answers with its version and the
//! state of its queue (Redis) and database (PostgreSQL). The swagger lacks it; it is
//! `api#index` in Chatwoot's routes.

use serde::Deserialize;
use serde_json::Value;

use super::{decode, Api, Request, TokenKind};
use crate::error::Result;

#[derive(Debug, Clone, Deserialize)]
pub struct InstanceInfo {
    /// `4.15.1`; absent when something other than Chatwoot answered.
    #[serde(default)]
    pub version: Option<String>,
    /// The server's clock, `YYYY-MM-DD HH:MM:SS` (UTC).
    #[serde(default)]
    pub timestamp: Option<String>,
    /// `ok` or `failing` (Redis).
    #[serde(default)]
    pub queue_services: Option<String>,
    /// `ok` or `failing` (PostgreSQL).
    #[serde(default)]
    pub data_services: Option<String>,
    #[serde(skip)]
    pub raw: Value,
}
super::models::has_raw!(InstanceInfo);

impl InstanceInfo {
    /// `(major, minor)` of the version, when it parses.
    pub fn version_number(&self) -> Option<(u32, u32)> {
        let mut parts = self.version.as_deref()?.trim_start_matches('v').split('.');
        let major = parts.next()?.parse().ok()?;
        let minor = parts
            .next()
            .and_then(|m| {
                m.chars()
                    .take_while(char::is_ascii_digit)
                    .collect::<String>()
                    .parse()
                    .ok()
            })
            .unwrap_or(0);
        Some((major, minor))
    }

    /// Whether the instance is at least `major.minor` (unknown versions are not).
    pub fn at_least(&self, major: u32, minor: u32) -> bool {
        self.version_number().is_some_and(|v| v >= (major, minor))
    }
}

impl Api {
    /// `GET /api`, sent without a token: the version and health of the instance.
    pub async fn instance_info(&self) -> Result<InstanceInfo> {
        let body = self
            .send(Request::get("/api").token(TokenKind::None))
            .await?;
        decode("instance", body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(version: &str) -> InstanceInfo {
        InstanceInfo {
            version: Some(version.into()),
            timestamp: None,
            queue_services: None,
            data_services: None,
            raw: Value::Null,
        }
    }

    #[test]
    fn versions_compare_by_major_and_minor() {
        assert_eq!(info("4.15.1").version_number(), Some((4, 15)));
        assert_eq!(info("v4.9.0-ce").version_number(), Some((4, 9)));
        assert!(info("4.15.1").at_least(4, 14));
        assert!(!info("4.13.2").at_least(4, 14));
        assert!(!info("dev").at_least(4, 0));
    }
}
