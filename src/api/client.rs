//! The HTTP client: one reqwest client, Chatwoot's `api_access_token` header, timeouts,
//! retries that never repeat a create blindly, and a redacted `-v` trace.

use std::time::{Duration, Instant};

use rand::Rng;
use reqwest::header::{HeaderMap, HeaderValue, CONTENT_TYPE, RETRY_AFTER};
use reqwest::{Method, StatusCode};
use serde_json::Value;

use super::error::ApiError;
use crate::redact;

/// Which credential a request carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    User,
    Platform,
    /// The public client API takes no token.
    None,
}

#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Attempts in total, the first included.
    pub attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 4,
            base_delay: Duration::from_millis(400),
            max_delay: Duration::from_secs(10),
        }
    }
}

#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// Normalised base URL (no trailing `/` and no `/api/v1`).
    pub base_url: String,
    pub user_token: Option<String>,
    pub platform_token: Option<String>,
    pub timeout: Duration,
    pub verbose: bool,
    /// No notes on stderr (`-q`), not even about waiting before a retry.
    pub quiet: bool,
    pub retry: RetryPolicy,
}

pub enum Body {
    Json(Value),
    Multipart(reqwest::multipart::Form),
    Raw {
        content_type: String,
        bytes: Vec<u8>,
    },
}

pub struct Request {
    pub method: Method,
    /// Path from the base URL, starting with `/`, query string allowed.
    pub path: String,
    pub body: Option<Body>,
    pub token: TokenKind,
    /// Safe to send twice: decides whether 5xx and lost connections are retried.
    pub idempotent: bool,
}

impl Request {
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        let idempotent = matches!(
            method,
            Method::GET | Method::HEAD | Method::PUT | Method::PATCH | Method::DELETE
        );
        Request {
            method,
            path: path.into(),
            body: None,
            token: TokenKind::User,
            idempotent,
        }
    }
    pub fn get(path: impl Into<String>) -> Self {
        Self::new(Method::GET, path)
    }
    pub fn post(path: impl Into<String>) -> Self {
        Self::new(Method::POST, path)
    }
    pub fn patch(path: impl Into<String>) -> Self {
        Self::new(Method::PATCH, path)
    }
    pub fn delete(path: impl Into<String>) -> Self {
        Self::new(Method::DELETE, path)
    }
    pub fn json(mut self, body: Value) -> Self {
        self.body = Some(Body::Json(body));
        self
    }
    pub fn body(mut self, body: Body) -> Self {
        self.body = Some(body);
        self
    }
    pub fn token(mut self, token: TokenKind) -> Self {
        self.token = token;
        self
    }
    /// Marks a POST that sets state rather than creating it (e.g. `set_agent_bot`).
    pub fn idempotent(mut self, yes: bool) -> Self {
        self.idempotent = yes;
        self
    }
    fn label(&self) -> String {
        format!(
            "{} {}",
            self.method,
            self.path.split('?').next().unwrap_or("")
        )
    }
}

/// A successful answer: status and body (JSON, or `Null` for Chatwoot's empty 200s).
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub body: Value,
    pub raw: Vec<u8>,
}

#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    config: ClientConfig,
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Self, ApiError> {
        let http = crate::http::client(crate::http::Peer::Chatwoot {
            timeout: config.timeout,
        })
        .map_err(|e| ApiError::other("building the HTTP client".into(), e.to_string()))?;
        Ok(Client { http, config })
    }

    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    pub fn base_url(&self) -> &str {
        &self.config.base_url
    }

    /// Sends the request, retrying what is safe to retry, and turns any error status into
    /// an [`ApiError`].
    pub async fn send(&self, req: Request) -> Result<Response, ApiError> {
        let label = req.label();
        let token = match req.token {
            TokenKind::User => Some(self.config.user_token.as_deref().ok_or_else(|| {
                ApiError::other(label.clone(), "no access token").with_hint(
                    "run `chatwoot-bridge auth login`, or set CHATWOOT_API_TOKEN",
                )
            })?),
            TokenKind::Platform => Some(self.config.platform_token.as_deref().ok_or_else(|| {
                ApiError::other(label.clone(), "no platform token").with_hint(
                    "set CHATWOOT_PLATFORM_TOKEN to a platform app's token (Super Admin → Platform Apps), or save one with `chatwoot-bridge auth login --platform`",
                )
            })?),
            TokenKind::None => None,
        };
        let url = format!("{}{}", self.config.base_url, req.path);
        // A multipart form is consumed by sending, so it can be sent once only.
        let (json_body, mut multipart, raw_body) = match req.body {
            Some(Body::Json(v)) => (Some(v), None, None),
            Some(Body::Multipart(f)) => (None, Some(f), None),
            Some(Body::Raw {
                content_type,
                bytes,
            }) => (None, None, Some((content_type, bytes))),
            None => (None, None, None),
        };
        let can_repeat_body = multipart.is_none();
        let policy = &self.config.retry;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut builder = self.http.request(req.method.clone(), &url);
            if let Some(t) = token {
                builder = builder.header("api_access_token", t);
            }
            let mut trace_body = String::new();
            if let Some(v) = &json_body {
                let bytes = serde_json::to_vec(v).unwrap_or_default();
                trace_body = redact::redact_body(&bytes);
                builder = builder.header(CONTENT_TYPE, "application/json").body(bytes);
            } else if let Some((ct, bytes)) = &raw_body {
                trace_body = redact::redact_body(bytes);
                builder = builder
                    .header(CONTENT_TYPE, ct.as_str())
                    .body(bytes.clone());
            } else if let Some(form) = multipart.take() {
                trace_body = "<multipart form>".into();
                builder = builder.multipart(form);
            }
            if self.config.verbose {
                eprintln!("> {} {url}", req.method);
                eprintln!(
                    ">   api_access_token: {}",
                    if token.is_some() {
                        redact::REDACTED
                    } else {
                        "(none)"
                    }
                );
                if !trace_body.is_empty() {
                    eprintln!(">   {trace_body}");
                }
            }
            let started = Instant::now();
            let outcome = builder.send().await;
            let elapsed = started.elapsed();
            match outcome {
                Err(e) => {
                    let detail = describe_transport_error(&e, self.config.timeout);
                    if self.config.verbose {
                        eprintln!("< error after {} ms: {detail}", elapsed.as_millis());
                    }
                    // A refused connection never reached Chatwoot, so even a create is safe.
                    let never_arrived = e.is_connect();
                    let retry = (req.idempotent || never_arrived) && can_repeat_body;
                    if retry && attempt < policy.attempts {
                        tokio::time::sleep(backoff(policy, attempt)).await;
                        continue;
                    }
                    let mut hint = format!(
                        "check --url / CHATWOOT_BASE_URL ({}) and that the instance is up",
                        self.config.base_url
                    );
                    if !req.idempotent && !never_arrived {
                        hint = format!(
                            "the request may have reached Chatwoot before the failure, so it was not repeated; check before running it again. Also {hint}"
                        );
                    }
                    return Err(ApiError::network(label, detail, hint));
                }
                Ok(resp) => {
                    let status = resp.status();
                    let retry_after = retry_after(resp.headers());
                    let bytes = match resp.bytes().await {
                        Ok(b) => b.to_vec(),
                        Err(e) => {
                            return Err(ApiError::network(
                                label,
                                format!("reading the response: {e}"),
                                "the connection broke mid-answer; run again".into(),
                            ))
                        }
                    };
                    if self.config.verbose {
                        eprintln!(
                            "< {} ({} ms) {}",
                            status,
                            elapsed.as_millis(),
                            redact::redact_body(&bytes)
                        );
                    }
                    if status.is_success() {
                        let body = if bytes.iter().all(u8::is_ascii_whitespace) {
                            Value::Null
                        } else {
                            serde_json::from_slice(&bytes).map_err(|e| {
                                ApiError::other(
                                    label.clone(),
                                    format!("the answer is not JSON ({e})"),
                                )
                                .with_hint("is --url pointing at Chatwoot, not at another site?")
                            })?
                        };
                        return Ok(Response {
                            status: status.as_u16(),
                            body,
                            raw: bytes,
                        });
                    }
                    // rack-attack refuses before the app runs, so a 429 is always safe to repeat.
                    let retryable = status == StatusCode::TOO_MANY_REQUESTS
                        || (status.is_server_error() && req.idempotent);
                    if retryable && can_repeat_body && attempt < policy.attempts {
                        let wait = retry_after
                            .map(|d| d.min(Duration::from_secs(60)))
                            .unwrap_or_else(|| backoff(policy, attempt));
                        if self.config.verbose {
                            eprintln!(
                                "  retrying in {} ms (attempt {} of {})",
                                wait.as_millis(),
                                attempt + 1,
                                policy.attempts
                            );
                        } else if !self.config.quiet && wait >= Duration::from_secs(1) {
                            // A wait people would notice: say why the command is quiet.
                            crate::progress::clear_line(|| {
                                eprintln!(
                                    "note: Chatwoot answered {} to {label}; retrying in {} s (attempt {} of {})",
                                    status.as_u16(),
                                    wait.as_secs_f32().ceil(),
                                    attempt + 1,
                                    policy.attempts
                                )
                            });
                        }
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                    let mut err = ApiError::from_response(label, status.as_u16(), &bytes);
                    if status == StatusCode::TOO_MANY_REQUESTS {
                        err.detail = format!("{} (gave up after {attempt} attempts)", err.detail);
                    }
                    return Err(err);
                }
            }
        }
    }
}

/// Exponential backoff with full jitter: a random wait in [d/2, d], d doubling per attempt.
fn backoff(policy: &RetryPolicy, attempt: u32) -> Duration {
    let exp = policy
        .base_delay
        .saturating_mul(1u32 << (attempt - 1).min(16))
        .min(policy.max_delay);
    let half = exp / 2;
    half + Duration::from_millis(rand::thread_rng().gen_range(0..=half.as_millis() as u64))
}

fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let v: &HeaderValue = headers.get(RETRY_AFTER)?;
    v.to_str()
        .ok()?
        .trim()
        .parse::<u64>()
        .ok()
        .map(Duration::from_secs)
}

fn describe_transport_error(e: &reqwest::Error, timeout: Duration) -> String {
    if e.is_timeout() {
        return format!(
            "no answer within {} s (set CHATWOOT_BRIDGE_TIMEOUT to wait longer)",
            timeout.as_secs_f32()
        );
    }
    // reqwest's top-level text is generic; the innermost cause says what happened.
    let mut source: Option<&dyn std::error::Error> = Some(e);
    let mut last = e.to_string();
    while let Some(s) = source {
        last = s.to_string();
        source = s.source();
    }
    if e.is_connect() {
        format!("could not connect ({last})")
    } else {
        last
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_stays_capped() {
        let p = RetryPolicy {
            attempts: 10,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(1000),
        };
        let first = backoff(&p, 1);
        assert!(first >= Duration::from_millis(50) && first <= Duration::from_millis(100));
        let late = backoff(&p, 9);
        assert!(late >= Duration::from_millis(500) && late <= Duration::from_millis(1000));
    }
}
