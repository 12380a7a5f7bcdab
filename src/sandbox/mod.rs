//! An in-memory HTTP server that answers like Chatwoot v4.15.1 for the parts of the
//! API this tool uses: same paths, bodies, status codes and error shapes (including
//! Chatwoot's quirks, such as 401 for policy denials and 200-with-empty-body).
//!
//! State lives in one `Db` behind a mutex; handlers are grouped per resource, auth
//! follows Chatwoot's before_action order (`auth.rs`), errors carry Chatwoot's bodies
//! (`error.rs`) and `render.rs` mirrors the jbuilder views.
//!
//! Conversations and messages change through `lifecycle.rs` (the model callbacks:
//! status rules, waiting_since, activity messages), which records events in an
//! `events::Outbox` with payloads built by `event_data.rs` (`webhook_data` and
//! `push_event_data`). After the request, `delivery.rs` posts them in background tasks
//! the way `Webhooks::Trigger` does (signing, timeouts, bot retries, failure effects).
//! `faults.rs` adds latency, 500s and rack-attack's 429 for testing clients. `cable.rs`
//! serves `/cable`, the ActionCable websocket, fed by the same `Outbox`.

mod agent_bots;
mod agents_teams;
mod auth;
mod cable;
mod canned_responses;
mod contacts;
mod conversations;
mod delivery;
mod error;
mod event_data;
mod events;
mod faults;
mod inbox_members;
mod inboxes;
mod labels;
mod lifecycle;
mod messages;
mod params;
mod platform;
mod profile;
mod public_api;
mod render;
mod state;
mod table;
mod teams_admin;
#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_contact_conversations;
#[cfg(test)]
mod tests_conversations;
#[cfg(test)]
mod tests_delivery;
#[cfg(test)]
mod tests_indexes;
#[cfg(test)]
mod tests_webhooks;
mod webhooks;

pub use delivery::{Delivery, TargetKind};
/// `Messages::WebhookContentNormalizer`, for rebuilding webhook bodies from push data.
pub(crate) use event_data::normalize_content as normalize_webhook_content;
pub(crate) use events::escape_like_rails;
#[cfg(test)]
pub(crate) use state::UserId;

use std::collections::VecDeque;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;

use error::ApiError;
use state::{secure_token, Db};

/// The Chatwoot release the sandbox answers as (`GET /api`).
pub const VERSION: &str = "4.15.1";

/// Largest request body the sandbox buffers (Chatwoot itself has no such cap).
const MAX_BODY_BYTES: usize = 64 * 1024 * 1024;
/// The request log keeps only the most recent entries.
const REQUEST_LOG_LIMIT: usize = 10_000;

#[derive(Clone, Debug)]
pub struct SandboxConfig {
    pub account_id: u64,
    pub account_name: String,
    /// `api_access_token` of the administrator user.
    pub admin_token: String,
    /// `api_access_token` of a second user with the "agent" role.
    pub agent_token: String,
    /// Token of the platform app.
    pub platform_token: String,
    /// `WEBHOOK_TIMEOUT`: connect and read timeout of each delivery (Chatwoot: 5 s).
    pub webhook_timeout: Duration,
    /// Wait between agent-bot delivery attempts (Chatwoot: 3 s).
    pub bot_retry_interval: Duration,
    /// The account setting that keeps a pending conversation pending when a bot
    /// delivery fails.
    pub keep_pending_on_bot_failure: bool,
    /// Refuse loopback and private targets like Chatwoot 4.14+ does unless
    /// `SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true`.
    pub refuse_private_webhooks: bool,
    /// `ENABLE_INBOX_EVENTS`: send inbox_created / inbox_updated to account webhooks.
    pub inbox_events: bool,
    /// Delay added to every API response.
    pub latency: Duration,
    /// Share (0.0 to 1.0) of API requests answered with a 500 before they run.
    pub fail_rate: f64,
    /// Makes the `fail_rate` sequence reproducible.
    pub fault_seed: Option<u64>,
    /// rack-attack's `req/ip` throttle: over this many API requests per minute and
    /// client IP the answer is 429 `Retry later` (Chatwoot safelists localhost; the
    /// sandbox does not, so clients can be tested).
    pub rate_limit_per_minute: Option<u32>,
}

impl SandboxConfig {
    /// Account 1 named "Sandbox", with random 24-character base58 tokens, Chatwoot's
    /// delivery timings, private targets allowed and no faults.
    pub fn generated() -> Self {
        SandboxConfig {
            account_id: 1,
            account_name: "Sandbox".into(),
            admin_token: secure_token(),
            agent_token: secure_token(),
            platform_token: secure_token(),
            webhook_timeout: Duration::from_secs(5),
            bot_retry_interval: Duration::from_secs(3),
            keep_pending_on_bot_failure: false,
            refuse_private_webhooks: false,
            inbox_events: false,
            latency: Duration::ZERO,
            fail_rate: 0.0,
            fault_seed: None,
            rate_limit_per_minute: None,
        }
    }
}

/// One request as the sandbox received it (path and query as sent, before any
/// normalisation), with the status it answered.
#[derive(Clone, Debug)]
pub struct RecordedRequest {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
    pub status: u16,
}

#[derive(Clone)]
pub struct Sandbox {
    inner: Arc<Shared>,
}

struct Shared {
    config: SandboxConfig,
    db: Mutex<Db>,
    log: Mutex<VecDeque<RecordedRequest>>,
    engine: delivery::Engine,
    faults: faults::Faults,
    cable: cable::Cable,
}

impl Sandbox {
    pub fn new(config: SandboxConfig) -> Self {
        let db = Db::new(&config);
        Sandbox {
            inner: Arc::new(Shared {
                engine: delivery::Engine::new(config.webhook_timeout),
                faults: faults::Faults::new(config.fault_seed),
                cable: cable::Cable::new(),
                config,
                db: Mutex::new(db),
                log: Mutex::new(VecDeque::new()),
            }),
        }
    }

    pub fn config(&self) -> &SandboxConfig {
        &self.inner.config
    }

    /// Registers another platform app (each app only sees the bots it created);
    /// returns its id. The app from the config is id 1.
    pub fn add_platform_app(&self, token: impl Into<String>) -> u64 {
        self.db().add_platform_app(token.into()).get()
    }

    pub fn router(&self) -> Router {
        let app = Router::new()
            .merge(profile::routes())
            .merge(inboxes::routes())
            .merge(agent_bots::routes())
            .merge(webhooks::routes())
            .merge(labels::routes())
            .merge(canned_responses::routes())
            .merge(platform::routes())
            .merge(inbox_members::routes())
            .merge(agents_teams::routes())
            .merge(teams_admin::routes())
            .merge(contacts::routes())
            .merge(conversations::routes())
            .merge(messages::routes())
            .merge(public_api::routes())
            .fallback(not_found)
            .method_not_allowed_fallback(not_found)
            // The recording layer already caps bodies; multipart parsing must not re-cap.
            .layer(DefaultBodyLimit::disable())
            .with_state(self.clone());
        // The recording layer wraps the whole app (as the fallback of an empty router)
        // so it sees every request, and can normalise the path before routing; faults
        // sit inside it so the log shows what clients got.
        let recorded = Router::new()
            .fallback_service(app)
            .layer(middleware::from_fn_with_state(
                self.clone(),
                faults::middleware,
            ))
            .layer(middleware::from_fn_with_state(self.clone(), record));
        // The websocket stays outside the request log and the faults: it is not the REST API.
        Router::new()
            .route("/cable", axum::routing::get(cable::upgrade))
            .with_state(self.clone())
            .fallback_service(recorded)
    }

    /// Serve on an already-bound listener until `shutdown` resolves; then return (graceful).
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        // Connection info feeds the per-IP rate limit.
        let app = self
            .router()
            .into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown)
            .await
    }

    /// Every request received so far, in order of completion (the last 10,000).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.log().iter().cloned().collect()
    }

    /// The one place a request (or a failed delivery) changes the tables: takes the lock,
    /// hands `f` the tables and an empty `Outbox`, releases the lock, then delivers the
    /// outbox (webhook jobs and cable broadcasts). When `f` fails, only what it committed
    /// (`Outbox::commit`) is delivered, as Rails' `after_commit` callbacks would be.
    pub(crate) fn write<R, E>(
        &self,
        f: impl FnOnce(&mut Db, &mut events::Outbox) -> Result<R, E>,
    ) -> Result<R, E> {
        let mut out = events::Outbox::default();
        let result = f(&mut self.db(), &mut out);
        if result.is_err() {
            out.rollback();
        }
        self.dispatch(out);
        result
    }

    /// The tables for reading; writes go through [`Sandbox::write`].
    pub(crate) fn db(&self) -> MutexGuard<'_, Db> {
        // A panicking handler must not take the whole sandbox down with it.
        self.inner.db.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn log(&self) -> MutexGuard<'_, VecDeque<RecordedRequest>> {
        self.inner
            .log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    fn push_log(&self, entry: RecordedRequest) {
        let mut log = self.log();
        if log.len() >= REQUEST_LOG_LIMIT {
            log.pop_front();
        }
        log.push_back(entry);
    }
}

/// Unknown routes, and known paths with another method: Rails has no 405, only
/// a routing error rendered as 404.
async fn not_found() -> Response {
    ApiError::RailsNotFound.into_response()
}

/// Buffers the body for the request log, then hands the request on.
async fn record(State(sb): State<Sandbox>, req: Request, next: Next) -> Response {
    let (mut parts, body) = req.into_parts();
    let body = axum::body::to_bytes(body, MAX_BODY_BYTES).await;
    let mut entry = RecordedRequest {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        content_type: parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
        body: body.as_ref().map(|b| b.to_vec()).unwrap_or_default(),
        status: 0,
    };
    let response = match body {
        Ok(bytes) => {
            if let Some(uri) = rails_path(&parts.uri) {
                parts.uri = uri;
            }
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        Err(_) => ApiError::PayloadTooLarge.into_response(),
    };
    entry.status = response.status().as_u16();
    sb.push_log(entry);
    response
}

/// Rails routes ignore a trailing slash and accept a `.json` format suffix.
fn rails_path(uri: &Uri) -> Option<Uri> {
    let original = uri.path();
    let trimmed = original.trim_end_matches('/');
    let path = trimmed.strip_suffix(".json").unwrap_or(trimmed);
    let path = if path.is_empty() { "/" } else { path };
    if path == original {
        return None;
    }
    let path_and_query = match uri.query() {
        Some(q) => format!("{path}?{q}"),
        None => path.to_owned(),
    };
    let mut parts = uri.clone().into_parts();
    parts.path_and_query = Some(path_and_query.parse().ok()?);
    Uri::from_parts(parts).ok()
}
