//! Any route, for the `api` command: the same client (token, retries, caps, errors), so the
//! command never builds an HTTP request itself.

use reqwest::Method;
use serde_json::Value;

use super::{Api, Body, Request, TokenKind};
use crate::error::Result;

/// A body for [`Api::raw`].
pub enum RawBody {
    None,
    Json(Value),
    /// JSON bytes sent exactly as given.
    JsonBytes(Vec<u8>),
}

/// What [`Api::raw`] got back: the status and the JSON (`Null` for an empty body).
pub struct RawAnswer {
    pub status: u16,
    pub body: Value,
}

impl Api {
    /// `method` `path` (from the base URL, query string allowed) with `token`'s credential.
    /// Only GET, HEAD, PUT, PATCH and DELETE are retried after a failure.
    pub async fn raw(
        &self,
        method: Method,
        path: &str,
        token: TokenKind,
        body: RawBody,
    ) -> Result<RawAnswer> {
        let mut req = Request::new(method, path).token(token);
        req = match body {
            RawBody::None => req,
            RawBody::Json(v) => req.json(v),
            RawBody::JsonBytes(bytes) => req.body(Body::Raw {
                content_type: "application/json".into(),
                bytes,
            }),
        };
        let resp = self.client().send(req).await.map_err(|mut e| {
            // Chatwoot itself answers an unknown route with its HTML 404 page.
            if e.detail.ends_with(super::error::NOT_CHATWOOT) {
                if let Some(hint) = e.hint.as_mut() {
                    hint.push_str("; and that the path is a Chatwoot API route (they start with /api/v1/, /platform/api/v1/ or /public/api/v1/)");
                }
            }
            e
        })?;
        Ok(RawAnswer {
            status: resp.status,
            body: resp.body,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::api::{Client, ClientConfig, RetryPolicy};

    /// Requests that need an account never guess one (trigger once sent them to account 1).
    #[tokio::test]
    async fn conversation_requests_without_an_account_name_the_fix() {
        let client = Client::new(ClientConfig {
            base_url: "http://127.0.0.1:9".into(),
            user_token: Some("t".into()),
            platform_token: None,
            timeout: Duration::from_secs(1),
            verbose: false,
            quiet: true,
            retry: RetryPolicy::default(),
        })
        .unwrap();
        let api = Api::new(client, None);
        for err in [
            api.toggle_typing(1, true).await.err().unwrap(),
            api.set_message_status(1, 2, "read").await.err().unwrap(),
        ] {
            let text = err.to_string();
            assert!(
                text.contains("pass --account ID or set CHATWOOT_ACCOUNT_ID"),
                "{text}"
            );
            assert_eq!(err.exit_code(), 2);
        }
    }
}
