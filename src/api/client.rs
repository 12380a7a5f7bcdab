//! The HTTP client: one reqwest client, Chatwoot's `api_access_token` header, timeouts,
//! retries that never repeat a create blindly and stay within a budget per command, answers
//! read up to a cap, redirects reported instead of followed, and a redacted `-v` trace.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use rand::Rng;
use reqwest::header::{HeaderMap, HeaderValue, CONTENT_TYPE, LOCATION, RETRY_AFTER};
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

/// The most the client reads of a successful answer. Chatwoot's are small (a page of 25
/// conversations is well under 1 MiB); anything past this is not Chatwoot's API.
pub const MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;
/// The most read of an error answer: enough for any message; the rest is not read.
const MAX_ERROR_BYTES: usize = 64 * 1024;
/// Overrides [`RetryPolicy::budget`] (`30s`; `0` for no retry that needs a wait).
pub const RETRY_BUDGET_VAR: &str = "CHATWOOT_BRIDGE_RETRY_BUDGET";
/// A `Retry-After` longer than this is not waited for in one go.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Attempts in total, the first included.
    pub attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
    /// The most a command may wait between attempts, all its requests together: a retry
    /// whose wait would go past it is not made, and the last error is reported as it is.
    pub budget: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 4,
            base_delay: Duration::from_millis(400),
            max_delay: Duration::from_secs(10),
            budget: Duration::from_secs(60),
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

pub(crate) enum Body {
    Json(Value),
    Multipart(reqwest::multipart::Form),
    Raw {
        content_type: String,
        bytes: Vec<u8>,
    },
}

pub(crate) struct Request {
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
pub(crate) struct Response {
    pub status: u16,
    pub body: Value,
}

#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    config: ClientConfig,
    /// What is left of [`RetryPolicy::budget`], shared by every clone (one command).
    budget_left: Arc<Mutex<Duration>>,
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Self, ApiError> {
        let http = crate::http::client(crate::http::Peer::Chatwoot {
            timeout: config.timeout,
        })
        .map_err(|e| ApiError::other("building the HTTP client".into(), e.to_string()))?;
        let budget_left = Arc::new(Mutex::new(config.retry.budget));
        Ok(Client {
            http,
            config,
            budget_left,
        })
    }

    /// Takes `wait` from the retry budget; false (and nothing taken) when it does not fit.
    fn spend(&self, wait: Duration) -> bool {
        let mut left = self
            .budget_left
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        match left.checked_sub(wait) {
            Some(rest) => {
                *left = rest;
                true
            }
            None => false,
        }
    }

    /// Why a retry was not made, for the error's detail.
    fn over_budget(&self, wait: Duration) -> String {
        format!(
            "not retried: waiting {} s more would pass the retry budget of {} s ({RETRY_BUDGET_VAR})",
            wait.as_secs_f32().ceil(),
            self.config.retry.budget.as_secs_f32()
        )
    }

    /// A 3xx: never followed, since the token would go wherever it points (to another host,
    /// or over plain http); the error names the `Location` and the base URL to use instead.
    fn redirected(
        &self,
        label: String,
        url: &str,
        status: StatusCode,
        location: Option<String>,
    ) -> ApiError {
        let base = &self.config.base_url;
        let Some(location) = location else {
            return ApiError::network(
                label,
                format!("answered {status} (a redirect without a Location)"),
                format!("Chatwoot's API never redirects: check --url / CHATWOOT_BASE_URL ({base})"),
            );
        };
        let detail = format!(
            "answered {status}, a redirect to {location}; not followed, so the access token is only ever sent to {base}"
        );
        let hint = match suggested_base(url, base, &location) {
            Some(better) => format!(
                "Chatwoot's API never redirects, so the base URL is not Chatwoot's own address: use {better} as the base URL (--url, CHATWOOT_BASE_URL, or `chatwoot-bridge auth login --url {better}`)"
            ),
            None => format!(
                "Chatwoot's API never redirects: set --url / CHATWOOT_BASE_URL (now {base}) to the address Chatwoot answers at"
            ),
        };
        ApiError {
            redirect: Some(location),
            ..ApiError::network(label, detail, hint)
        }
    }

    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    pub fn base_url(&self) -> &str {
        &self.config.base_url
    }

    /// Sends the request, retrying what is safe to retry, and turns any error status into
    /// an [`ApiError`].
    pub(crate) async fn send(&self, req: Request) -> Result<Response, ApiError> {
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
                    let mut detail = detail;
                    if retry && attempt < policy.attempts {
                        let wait = backoff(policy, attempt);
                        if self.spend(wait) {
                            tokio::time::sleep(wait).await;
                            continue;
                        }
                        detail = format!("{detail} ({})", self.over_budget(wait));
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
                    if status.is_redirection() {
                        let location = resp
                            .headers()
                            .get(LOCATION)
                            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
                        if self.config.verbose {
                            eprintln!(
                                "< {status} ({} ms) Location: {}",
                                elapsed.as_millis(),
                                location.as_deref().unwrap_or("(none)")
                            );
                        }
                        return Err(self.redirected(label, &url, status, location));
                    }
                    let cap = if status.is_success() {
                        MAX_RESPONSE_BYTES
                    } else {
                        MAX_ERROR_BYTES
                    };
                    let bytes = match read_capped(resp, cap).await {
                        Ok(Read::Whole(b)) => b,
                        // An error's message is in its first bytes; the rest is not needed.
                        Ok(Read::Cut(b)) if !status.is_success() => b,
                        Ok(Read::Cut(_)) => {
                            return Err(ApiError::other(
                                label,
                                format!(
                                    "the answer is larger than {} MiB, far more than Chatwoot ever sends; reading stopped there",
                                    MAX_RESPONSE_BYTES / (1024 * 1024)
                                ),
                            )
                            .with_hint(format!(
                                "this is not Chatwoot's API: check --url / CHATWOOT_BASE_URL ({})",
                                self.config.base_url
                            )))
                        }
                        Err(e) => {
                            return Err(ApiError::network(
                                label,
                                format!("reading the response: {}", crate::http::root_cause(&e)),
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
                        });
                    }
                    // rack-attack refuses before the app runs, so a 429 is always safe to repeat.
                    let retryable = status == StatusCode::TOO_MANY_REQUESTS
                        || (status.is_server_error() && req.idempotent);
                    let mut refused = None;
                    if retryable && can_repeat_body && attempt < policy.attempts {
                        let wait = retry_after
                            .map(|d| d.min(MAX_RETRY_AFTER))
                            .unwrap_or_else(|| backoff(policy, attempt));
                        if !self.spend(wait) {
                            refused = Some(wait);
                        } else {
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
                    }
                    let mut err = ApiError::from_response(label, status.as_u16(), &bytes);
                    if status.is_client_error() && super::error::looks_like_html(&bytes) {
                        err = err.not_chatwoot(&self.config.base_url, &bytes);
                    }
                    if let Some(wait) = refused {
                        let attempts = if attempt == 1 {
                            "1 attempt".to_string()
                        } else {
                            format!("{attempt} attempts")
                        };
                        err.detail = format!(
                            "{} (gave up after {attempts}; {})",
                            err.detail,
                            self.over_budget(wait)
                        );
                    } else if status == StatusCode::TOO_MANY_REQUESTS {
                        err.detail = format!("{} (gave up after {attempt} attempts)", err.detail);
                    }
                    return Err(err);
                }
            }
        }
    }
}

/// What [`read_capped`] got: the whole body, or its first `cap` bytes.
enum Read {
    Whole(Vec<u8>),
    Cut(Vec<u8>),
}

/// Reads the body chunk by chunk and stops at `cap` bytes, so memory stays bounded whatever
/// the server sends (a `Content-Length` past the cap is not even started on).
async fn read_capped(mut resp: reqwest::Response, cap: usize) -> Result<Read, reqwest::Error> {
    if resp
        .content_length()
        .is_some_and(|n| n > cap as u64 && cap == MAX_RESPONSE_BYTES)
    {
        return Ok(Read::Cut(Vec::new()));
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = resp.chunk().await? {
        let room = cap - bytes.len();
        if chunk.len() > room {
            bytes.extend_from_slice(&chunk[..room]);
            return Ok(Read::Cut(bytes));
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(Read::Whole(bytes))
}

/// The base URL a redirect points to: its target minus the path that was asked for
/// (`http://h/api/v1/profile` → `https://h/api/v1/profile` suggests `https://h`). None when
/// the target does not end with that path (a login page, another site).
fn suggested_base(url: &str, base: &str, location: &str) -> Option<String> {
    let asked = url::Url::parse(url).ok()?;
    let target = asked.join(location).ok()?;
    let path = url.strip_prefix(base)?.split('?').next()?;
    let target_path = target.path();
    let prefix = target_path.strip_suffix(path)?;
    let mut better = target.clone();
    better.set_path(prefix);
    better.set_query(None);
    better.set_fragment(None);
    let better = better.as_str().trim_end_matches('/').to_string();
    (better != base).then_some(better)
}

/// Exponential backoff with full jitter: a random wait in [d/2, d], d doubling per attempt.
fn backoff(policy: &RetryPolicy, attempt: u32) -> Duration {
    let exp = policy
        .base_delay
        .saturating_mul(1u32 << (attempt - 1).min(16))
        .min(policy.max_delay);
    let half = exp / 2;
    half + Duration::from_millis(rand::rng().random_range(0..=half.as_millis() as u64))
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
    let last = crate::http::root_cause(e);
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
            budget: Duration::ZERO,
        };
        let first = backoff(&p, 1);
        assert!(first >= Duration::from_millis(50) && first <= Duration::from_millis(100));
        let late = backoff(&p, 9);
        assert!(late >= Duration::from_millis(500) && late <= Duration::from_millis(1000));
    }

    /// One command's requests share one budget: a later request does not start afresh.
    #[tokio::test]
    async fn the_retry_budget_is_shared_by_every_request_of_a_command() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let count = Arc::new(AtomicUsize::new(0));
        let seen = count.clone();
        let app = axum::Router::new().fallback(move || {
            seen.fetch_add(1, Ordering::SeqCst);
            async { (StatusCode::SERVICE_UNAVAILABLE, [(RETRY_AFTER, "1")], "{}") }
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        let client = Client::new(ClientConfig {
            base_url,
            user_token: Some("t".into()),
            platform_token: None,
            timeout: Duration::from_secs(10),
            verbose: false,
            quiet: true,
            retry: RetryPolicy {
                budget: Duration::from_millis(1500),
                ..RetryPolicy::default()
            },
        })
        .unwrap();
        let first = client.send(Request::get("/a")).await.unwrap_err();
        assert_eq!(first.exit_code(), 8);
        assert_eq!(count.load(Ordering::SeqCst), 2, "one retry fits 1.5 s");
        let second = client.clone().send(Request::get("/b")).await.unwrap_err();
        assert!(second.detail.contains("retry budget"), "{}", second.detail);
        assert_eq!(
            count.load(Ordering::SeqCst),
            3,
            "no retry left for the second"
        );
    }

    #[test]
    fn a_redirect_suggests_the_base_url_it_points_to() {
        let asked = "http://chat.example.com/api/v1/profile";
        let base = "http://chat.example.com";
        assert_eq!(
            suggested_base(asked, base, "https://chat.example.com/api/v1/profile").as_deref(),
            Some("https://chat.example.com")
        );
        assert_eq!(
            suggested_base(asked, base, "/chat/api/v1/profile").as_deref(),
            Some("http://chat.example.com/chat")
        );
        assert_eq!(
            suggested_base(asked, base, "https://sso.example.com/login"),
            None
        );
    }
}
