//! Errors from talking to Chatwoot. Chatwoot answers errors in three JSON shapes
//! (`{"error"}`, `{"errors":[…]}`, `{"message","attributes"}`) plus rack-attack's
//! text/plain 429; all are parsed here, and each kind carries the fix in its message.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiErrorKind {
    /// 401 (Chatwoot also uses 401 for permission denials) and 403.
    Auth,
    NotFound,
    /// 400 and 422.
    Invalid,
    RateLimited,
    Server,
    /// Connection refused, DNS, TLS, timeouts.
    Network,
    /// Anything else (402 plan limits, unexpected bodies, …).
    Other,
}

#[derive(Debug, Clone)]
pub struct ApiError {
    pub kind: ApiErrorKind,
    pub status: Option<u16>,
    /// `METHOD /path` of the request, for context.
    pub request: String,
    /// What Chatwoot (or the transport) said.
    pub detail: String,
    /// What the user should do about it.
    pub hint: Option<String>,
    /// The `Location` of a redirect the client did not follow.
    pub redirect: Option<String>,
}

impl ApiError {
    pub fn exit_code(&self) -> i32 {
        match self.kind {
            ApiErrorKind::Auth => 4,
            ApiErrorKind::NotFound => 5,
            ApiErrorKind::Invalid => 6,
            ApiErrorKind::RateLimited => 7,
            ApiErrorKind::Server => 8,
            ApiErrorKind::Network => 9,
            ApiErrorKind::Other => 1,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Builds the error for an HTTP error response, with the default hint for its kind.
    pub fn from_response(request: String, status: u16, body: &[u8]) -> Self {
        let detail = error_text(body).unwrap_or_else(|| format!("HTTP {status}"));
        let kind = match status {
            401 | 403 => ApiErrorKind::Auth,
            404 => ApiErrorKind::NotFound,
            400 | 422 => ApiErrorKind::Invalid,
            429 => ApiErrorKind::RateLimited,
            500..=599 => ApiErrorKind::Server,
            _ => ApiErrorKind::Other,
        };
        let hint = default_hint(kind, status, &detail);
        ApiError {
            kind,
            status: Some(status),
            request,
            detail,
            hint,
            redirect: None,
        }
    }

    pub fn network(request: String, detail: String, hint: String) -> Self {
        ApiError {
            kind: ApiErrorKind::Network,
            status: None,
            request,
            detail,
            hint: Some(hint),
            redirect: None,
        }
    }

    /// Something the request names does not exist, found out before (or instead of) Chatwoot's
    /// own 404: exit 5 like one.
    pub fn not_found(request: String, detail: impl Into<String>) -> Self {
        ApiError {
            kind: ApiErrorKind::NotFound,
            ..ApiError::other(request, detail)
        }
    }

    /// A credential that cannot do what the request needs, found out without Chatwoot's 401
    /// (for example a subscription the websocket never answers): exit 4 like one.
    pub fn auth(request: String, detail: impl Into<String>) -> Self {
        ApiError {
            kind: ApiErrorKind::Auth,
            ..ApiError::other(request, detail)
        }
    }

    pub fn other(request: String, detail: impl Into<String>) -> Self {
        ApiError {
            kind: ApiErrorKind::Other,
            status: None,
            request,
            detail: detail.into(),
            hint: None,
            redirect: None,
        }
    }

    /// For a 4xx answered with a web page: Chatwoot answers its API routes in JSON, even for
    /// unknown ids, so the base URL leads to another site (or, for `api`, the path is no API
    /// route: Chatwoot's own 404 page). The exit code still follows the status.
    pub(crate) fn not_chatwoot(mut self, base_url: &str, body: &[u8]) -> Self {
        let title = html_title(body)
            .map(|t| format!(" (\"{t}\")"))
            .unwrap_or_default();
        self.detail = format!("the answer is a web page{title}, not JSON: {NOT_CHATWOOT}");
        self.hint = Some(format!(
            "check --url / CHATWOOT_BASE_URL ({base_url}): it must be the address Chatwoot's dashboard opens at (e.g. https://chat.example.com, without /app)"
        ));
        self
    }

    /// Chatwoot answers Pundit denials with 401 and this exact text.
    pub fn is_permission_denied(&self) -> bool {
        self.status == Some(401) && self.detail == "You are not authorized to do this action"
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.status {
            Some(status) => write!(f, "{} failed ({status}): {}", self.request, self.detail)?,
            None => write!(f, "{} failed: {}", self.request, self.detail)?,
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// Extracts the human message from any of Chatwoot's error bodies.
pub fn error_text(body: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let Ok(json) = serde_json::from_str::<serde_json::Value>(text) else {
        // rack-attack's "Retry later", a proxy's HTML page, …: keep it short.
        let first_line = text.lines().next().unwrap_or_default();
        return Some(truncate(first_line, 200));
    };
    if let Some(msg) = json.get("error").and_then(|v| v.as_str()) {
        return Some(msg.to_string());
    }
    if let Some(errors) = json.get("errors").and_then(|v| v.as_array()) {
        let parts: Vec<String> = errors
            .iter()
            .map(|e| match e {
                serde_json::Value::String(s) => s.clone(),
                other => other
                    .get("message")
                    .and_then(|m| m.as_str())
                    .map(str::to_string)
                    .unwrap_or_else(|| other.to_string()),
            })
            .collect();
        if !parts.is_empty() {
            return Some(parts.join("; "));
        }
    }
    if let Some(msg) = json.get("message").and_then(|v| v.as_str()) {
        let attrs: Vec<&str> = json
            .get("attributes")
            .and_then(|a| a.as_array())
            .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
            .unwrap_or_default();
        return Some(if attrs.is_empty() {
            msg.to_string()
        } else {
            format!("{msg} (fields: {})", attrs.join(", "))
        });
    }
    Some(truncate(text, 200))
}

/// The end of the detail of [`ApiError::not_chatwoot`].
pub(crate) const NOT_CHATWOOT: &str = "this is not a Chatwoot API";

/// An HTML document rather than an API answer.
pub(crate) fn looks_like_html(body: &[u8]) -> bool {
    let start = String::from_utf8_lossy(&body[..body.len().min(512)])
        .trim_start()
        .to_ascii_lowercase();
    start.starts_with("<!doctype html") || start.starts_with("<html") || start.starts_with("<head")
}

fn html_title(body: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(body);
    let lower = text.to_ascii_lowercase();
    let start = lower.find("<title>")? + "<title>".len();
    let end = start + lower[start..].find("</title>")?;
    let title = text[start..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (!title.is_empty()).then(|| truncate(&title, 80))
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
    }
}

fn default_hint(kind: ApiErrorKind, status: u16, detail: &str) -> Option<String> {
    let hint = match (kind, detail) {
        (ApiErrorKind::Auth, "Invalid Access Token")
        | (ApiErrorKind::Auth, "You need to sign in or sign up before continuing.") => {
            "the token was rejected: run `chatwoot-bridge auth login`, or set CHATWOOT_API_TOKEN to a user's access token (Chatwoot: Profile settings → Access Token)"
        }
        (ApiErrorKind::Auth, "You are not authorized to do this action") => {
            "this needs an administrator's token; `chatwoot-bridge auth status` shows the token's role"
        }
        (ApiErrorKind::Auth, "You are not authorized to access this account")
        | (ApiErrorKind::Auth, "Bot is not authorized to access this account") => {
            "the token has no access to this account: check --account or CHATWOOT_ACCOUNT_ID (`chatwoot-bridge auth status` lists the token's accounts)"
        }
        (ApiErrorKind::Auth, "Access to this endpoint is not authorized for bots") => {
            "this endpoint needs a user's access token, not an agent-bot or platform-app token"
        }
        (ApiErrorKind::Auth, "Invalid access_token") => {
            "the platform token was rejected: set CHATWOOT_PLATFORM_TOKEN to a platform app's token (Super Admin → Platform Apps)"
        }
        (ApiErrorKind::Auth, "Non permissible resource") => {
            "platform apps can only manage what they created: this resource belongs to another app or to an account"
        }
        (ApiErrorKind::Auth, "Account is suspended") => "the account is suspended: ask the instance's super admin",
        (ApiErrorKind::Auth, _) => "check the token: `chatwoot-bridge auth status`",
        (ApiErrorKind::NotFound, _) => "check the id (list them with the command's `list`) and --account",
        (ApiErrorKind::Invalid, _) => "Chatwoot rejected the values sent; correct them and run again",
        (ApiErrorKind::RateLimited, _) => {
            "Chatwoot's rate limit (RACK_ATTACK_LIMIT, 3000 requests/min per IP by default) was hit: wait a minute and run again"
        }
        (ApiErrorKind::Server, _) => "Chatwoot failed to handle the request: check the Chatwoot server's logs",
        (ApiErrorKind::Other, _) if status == 402 => "the account's plan limit was reached",
        _ => return None,
    };
    Some(hint.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_chatwoot_error_shape() {
        assert_eq!(
            error_text(br#"{"error":"Resource could not be found"}"#).as_deref(),
            Some("Resource could not be found")
        );
        assert_eq!(
            error_text(br#"{"errors":["You need to sign in or sign up before continuing."]}"#)
                .as_deref(),
            Some("You need to sign in or sign up before continuing.")
        );
        assert_eq!(
            error_text(br#"{"message":"Name can't be blank","attributes":["name"]}"#).as_deref(),
            Some("Name can't be blank (fields: name)")
        );
        assert_eq!(error_text(b"Retry later\n").as_deref(), Some("Retry later"));
        assert_eq!(error_text(b""), None);
    }

    #[test]
    fn a_web_page_is_told_apart_from_an_api_answer() {
        let page = b"\n<!DOCTYPE html>\n<html><head><title>Page  not found</title></head></html>";
        assert!(looks_like_html(page));
        assert!(!looks_like_html(
            br#"{"error":"Resource could not be found"}"#
        ));
        assert!(!looks_like_html(b"Retry later"));
        let err = ApiError::from_response("GET /x".into(), 404, page)
            .not_chatwoot("https://example.com", page);
        assert_eq!(err.exit_code(), 5);
        assert!(err.to_string().contains("a web page (\"Page not found\")"));
    }

    #[test]
    fn status_codes_map_to_contract_exit_codes() {
        for (status, code) in [
            (401, 4),
            (404, 5),
            (400, 6),
            (422, 6),
            (429, 7),
            (500, 8),
            (503, 8),
        ] {
            assert_eq!(
                ApiError::from_response("GET /x".into(), status, b"").exit_code(),
                code
            );
        }
    }
}
