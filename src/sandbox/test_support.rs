//! Shared pieces of the end-to-end tests: a served sandbox with helpers for the common
//! setup, and a webhook receiver that records every request it gets.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use reqwest::Method;
use serde_json::{json, Value};
use tokio::net::TcpListener;

use super::{Sandbox, SandboxConfig};

pub(crate) struct Server {
    pub sb: Sandbox,
    pub base: String,
    pub http: reqwest::Client,
}

pub(crate) struct Resp {
    pub status: u16,
    pub content_type: Option<String>,
    pub text: String,
}

pub(crate) const JSON_UTF8: &str = "application/json; charset=utf-8";

impl Resp {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.text))
    }

    #[track_caller]
    pub fn ok(&self) -> Value {
        assert_eq!(self.status, 200, "{}", self.text);
        self.json()
    }

    #[track_caller]
    pub fn expect_status(&self, status: u16) {
        assert_eq!(self.status, status, "{}", self.text);
    }

    #[track_caller]
    pub fn expect_body(&self, status: u16, body: Value) {
        assert_eq!((self.status, self.json()), (status, body));
    }
}

/// Fast delivery settings for tests.
pub(crate) fn fast(config: &mut SandboxConfig) {
    config.webhook_timeout = Duration::from_secs(1);
    config.bot_retry_interval = Duration::from_millis(50);
}

impl Server {
    pub async fn start() -> Server {
        Server::start_with(|_| {}).await
    }

    pub async fn start_with(adjust: impl FnOnce(&mut SandboxConfig)) -> Server {
        let mut config = SandboxConfig::generated();
        fast(&mut config);
        adjust(&mut config);
        let sb = Sandbox::new(config);
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        tokio::spawn(sb.clone().serve(listener, std::future::pending()));
        Server {
            sb,
            base,
            http: reqwest::Client::new(),
        }
    }

    pub fn admin(&self) -> String {
        self.sb.config().admin_token.clone()
    }

    pub fn agent(&self) -> String {
        self.sb.config().agent_token.clone()
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Resp {
        let mut req = self.http.request(method, format!("{}{path}", self.base));
        if let Some(t) = token {
            req = req.header("api_access_token", t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        Resp::from(req.send().await.expect("request")).await
    }

    pub async fn get(&self, path: &str, token: &str) -> Resp {
        self.call(Method::GET, path, Some(token), None).await
    }

    pub async fn post(&self, path: &str, token: &str, body: Value) -> Resp {
        self.call(Method::POST, path, Some(token), Some(body)).await
    }

    pub async fn patch(&self, path: &str, token: &str, body: Value) -> Resp {
        self.call(Method::PATCH, path, Some(token), Some(body))
            .await
    }

    /// Public client API (no token).
    pub async fn public(&self, method: Method, path: &str, body: Option<Value>) -> Resp {
        self.call(method, path, None, body).await
    }

    /// An API inbox delivering to `webhook_url`; returns the admin view (with secrets).
    pub async fn inbox(&self, webhook_url: &str) -> Value {
        self.post(
            "/api/v1/accounts/1/inboxes",
            &self.admin(),
            json!({"name": "Support", "channel": {"type": "api", "webhook_url": webhook_url}}),
        )
        .await
        .ok()
    }

    pub async fn bot(&self, outgoing_url: &str) -> Value {
        self.post(
            "/api/v1/accounts/1/agent_bots",
            &self.admin(),
            json!({"name": "Echo", "outgoing_url": outgoing_url}),
        )
        .await
        .ok()
    }

    pub async fn link_bot(&self, inbox_id: &Value, bot_id: &Value) {
        let r = self
            .post(
                &format!("/api/v1/accounts/1/inboxes/{inbox_id}/set_agent_bot"),
                &self.admin(),
                json!({"agent_bot": bot_id}),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
    }

    pub async fn account_webhook(&self, url: &str, subscriptions: &[&str]) -> Value {
        self.post(
            "/api/v1/accounts/1/webhooks",
            &self.admin(),
            json!({"webhook": {"url": url, "subscriptions": subscriptions}}),
        )
        .await
        .ok()["payload"]["webhook"]
            .clone()
    }

    /// A contact with a contact inbox in `inbox_id`; returns (contact id, source id).
    pub async fn contact(&self, inbox_id: &Value) -> (Value, String) {
        let r = self
            .post(
                "/api/v1/accounts/1/contacts",
                &self.admin(),
                json!({"name": "Jane Roe", "email": "jane@example.com", "inbox_id": inbox_id}),
            )
            .await
            .ok();
        let source = r["payload"]["contact_inbox"]["source_id"]
            .as_str()
            .expect("source id")
            .to_owned();
        (r["payload"]["contact"]["id"].clone(), source)
    }

    /// A conversation created by the admin; returns its JSON.
    pub async fn conversation(&self, inbox_id: &Value, contact_id: &Value) -> Value {
        self.post(
            "/api/v1/accounts/1/conversations",
            &self.admin(),
            json!({"inbox_id": inbox_id, "contact_id": contact_id}),
        )
        .await
        .ok()
    }

    pub async fn message(&self, conversation: &Value, token: &str, body: Value) -> Value {
        self.post(
            &format!("/api/v1/accounts/1/conversations/{conversation}/messages"),
            token,
            body,
        )
        .await
        .ok()
    }

    /// A multipart message post (uploads) as the admin; returns the message JSON.
    pub async fn upload(&self, conversation: &Value, form: reqwest::multipart::Form) -> Value {
        let r = self
            .http
            .post(format!(
                "{}/api/v1/accounts/1/conversations/{conversation}/messages",
                self.base
            ))
            .header("api_access_token", self.admin())
            .multipart(form)
            .send()
            .await
            .expect("request");
        assert_eq!(r.status().as_u16(), 200);
        r.json().await.expect("json")
    }

    pub async fn settle(&self) {
        assert!(
            self.sb.wait_for_deliveries(Duration::from_secs(10)).await,
            "deliveries did not settle"
        );
    }
}

impl Resp {
    async fn from(resp: reqwest::Response) -> Resp {
        let status = resp.status().as_u16();
        let content_type = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        Resp {
            status,
            content_type,
            text: resp.text().await.expect("body"),
        }
    }
}

/// One request the receiver got.
#[derive(Clone, Debug)]
pub(crate) struct Hit {
    pub method: String,
    pub path: String,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Hit {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("JSON body")
    }

    pub fn event(&self) -> String {
        self.json()["event"].as_str().unwrap_or_default().to_owned()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

#[derive(Default)]
struct ReceiverState {
    hits: Vec<Hit>,
    /// Per path: statuses to answer with, in order (200 once exhausted; 0 hangs for 3 s).
    plans: HashMap<String, VecDeque<u16>>,
}

/// A tiny webhook target: records everything, answers per plan.
#[derive(Clone)]
pub(crate) struct Receiver {
    base: String,
    state: Arc<Mutex<ReceiverState>>,
}

impl Receiver {
    pub async fn start() -> Receiver {
        let state = Arc::new(Mutex::new(ReceiverState::default()));
        let app = axum::Router::new()
            .fallback(record)
            .with_state(state.clone());
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        tokio::spawn(async move { axum::serve(listener, app).await });
        Receiver { base, state }
    }

    /// A URL on a port nothing listens on (connection refused).
    pub async fn dead_url() -> String {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        drop(listener);
        format!("http://{addr}/dead")
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn respond(&self, path: &str, statuses: &[u16]) {
        self.lock()
            .plans
            .insert(path.to_owned(), statuses.iter().copied().collect());
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, ReceiverState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn hits(&self, path: &str) -> Vec<Hit> {
        self.lock()
            .hits
            .iter()
            .filter(|h| h.path == path)
            .cloned()
            .collect()
    }

    pub fn events(&self, path: &str) -> Vec<String> {
        self.hits(path).iter().map(Hit::event).collect()
    }

    /// Waits until `path` got `count` requests with `event`; returns them. Fails after a
    /// generous minute: a busy machine is slow, not broken.
    pub async fn wait(&self, path: &str, event: &str, count: usize) -> Vec<Hit> {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let hits: Vec<Hit> = self
                .hits(path)
                .into_iter()
                .filter(|h| h.event() == event)
                .collect();
            if hits.len() >= count {
                return hits;
            }
            assert!(
                Instant::now() < deadline,
                "{path}: expected {count} x {event}, got {:?}",
                self.events(path)
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
}

async fn record(State(state): State<Arc<Mutex<ReceiverState>>>, req: Request) -> impl IntoResponse {
    let (parts, body) = req.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let path = parts.uri.path().to_owned();
    let status = {
        let mut s = state.lock().unwrap_or_else(PoisonError::into_inner);
        let status = s
            .plans
            .get_mut(&path)
            .and_then(VecDeque::pop_front)
            .unwrap_or(200);
        s.hits.push(Hit {
            method: parts.method.to_string(),
            path,
            headers: parts.headers,
            body,
        });
        status
    };
    if status == 0 {
        tokio::time::sleep(Duration::from_secs(3)).await;
    }
    // 1: never answer.
    if status == 1 {
        std::future::pending::<()>().await;
    }
    StatusCode::from_u16(status).unwrap_or(StatusCode::OK)
}
