//! Shared test support: a sandbox per test (in-process, port 0), the real binary with an
//! isolated config dir and a scrubbed environment, and a scripted server for client edge
//! cases. Every request the client sends to a sandbox is checked against the official
//! OpenAPI spec when the sandbox is dropped.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use assert_cmd::Command;
use chatwoot_bridge::sandbox::{Sandbox, SandboxConfig};
use serde_json::Value;

use crate::spec_conformance::Spec;

#[cfg(unix)]
pub mod terminal;

/// Runs async server code on its own runtime thread, so tests stay plain `#[test]`s that
/// run the binary synchronously.
pub struct Background {
    runtime: Option<tokio::runtime::Runtime>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Background {
    fn stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_timeout(Duration::from_secs(2));
        }
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        self.stop();
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("test runtime")
}

pub struct TestSandbox {
    pub url: String,
    pub config: SandboxConfig,
    pub sandbox: Sandbox,
    pub home: tempfile::TempDir,
    check_conformance: bool,
    background: Background,
}

impl TestSandbox {
    pub fn start() -> TestSandbox {
        Self::start_with(|_| {})
    }

    /// A sandbox with some settings changed (fault injection, delivery timing).
    pub fn start_with(tune: impl FnOnce(&mut SandboxConfig)) -> TestSandbox {
        let mut config = SandboxConfig::generated();
        tune(&mut config);
        let sandbox = Sandbox::new(config.clone());
        let rt = runtime();
        let listener = rt
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("bind port 0");
        let url = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        rt.spawn(sandbox.clone().serve(listener, async {
            let _ = stopped.await;
        }));
        TestSandbox {
            url,
            config,
            sandbox,
            home: tempfile::tempdir().expect("temp dir"),
            check_conformance: true,
            background: Background {
                runtime: Some(rt),
                stop: Some(stop),
            },
        }
    }

    pub fn account(&self) -> String {
        self.config.account_id.to_string()
    }

    pub fn config_dir(&self) -> PathBuf {
        self.home.path().join("config")
    }

    /// The binary, pointed at this sandbox through the environment, as the admin.
    pub fn cmd(&self) -> Command {
        let mut cmd = self.bare();
        cmd.env("CHATWOOT_BASE_URL", &self.url)
            .env("CHATWOOT_API_TOKEN", &self.config.admin_token)
            .env("CHATWOOT_ACCOUNT_ID", self.account())
            .env("CHATWOOT_PLATFORM_TOKEN", &self.config.platform_token);
        cmd
    }

    /// The binary as the agent (not an administrator).
    pub fn agent_cmd(&self) -> Command {
        let mut cmd = self.cmd();
        cmd.env("CHATWOOT_API_TOKEN", &self.config.agent_token);
        cmd
    }

    /// The binary with nothing set but an empty config dir.
    pub fn bare(&self) -> Command {
        bin(self.home.path())
    }

    /// Logs in with the admin token (`auth login --with-token`), so commands keep signing
    /// secrets in a stored profile.
    pub fn login(&self) {
        self.bare()
            .args(["auth", "login", "--with-token", "--url", &self.url])
            .write_stdin(self.config.admin_token.clone())
            .assert()
            .success();
    }

    /// Runs a command that must succeed and parses its JSON output.
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self
            .cmd()
            .args(args)
            .arg("-o")
            .arg("json")
            .assert()
            .success();
        serde_json::from_slice(&out.get_output().stdout).unwrap_or_else(|e| {
            panic!(
                "{args:?}: stdout is not JSON ({e}): {}",
                String::from_utf8_lossy(&out.get_output().stdout)
            )
        })
    }

    /// For tests that send deliberately malformed requests (raw `api` calls).
    pub fn skip_conformance_check(&mut self) {
        self.check_conformance = false;
    }
}

impl Drop for TestSandbox {
    fn drop(&mut self) {
        self.background.stop();
        if !self.check_conformance || std::thread::panicking() {
            return;
        }
        let spec = Spec::shared();
        let failures: Vec<String> = self
            .sandbox
            .requests()
            .iter()
            .filter_map(|r| {
                spec.check(
                    &r.method,
                    &r.path,
                    r.query.as_deref(),
                    r.content_type.as_deref(),
                    &r.body,
                )
                .err()
                .map(|e| format!("{} {} -> {e}", r.method, r.path))
            })
            .collect();
        assert!(
            failures.is_empty(),
            "requests that real Chatwoot's spec does not allow:\n{}",
            failures.join("\n")
        );
    }
}

/// How long [`wait_until`] waits: generous, so a busy machine is never a failure. Tests
/// wait for conditions; they never measure speed.
pub const PATIENCE: Duration = Duration::from_secs(60);

/// Polls `cond` until it holds; fails the test naming `what` after [`PATIENCE`].
pub fn wait_until(what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + PATIENCE;
    while !cond() {
        assert!(
            std::time::Instant::now() < deadline,
            "still waiting for {what} after {} s",
            PATIENCE.as_secs()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The binary with a scrubbed environment: only PATH, and HOME/config/data pointing into
/// `home`, so a developer's own profile never leaks into a test.
pub fn bin(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("chatwoot-bridge").expect("binary built");
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("CHATWOOT_BRIDGE_CONFIG_DIR", home.join("config"))
        .env("CHATWOOT_BRIDGE_DATA_DIR", home.join("data"))
        .env("NO_COLOR", "1");
    cmd
}

pub fn stdout(out: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

pub fn stderr(out: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&out.get_output().stderr).into_owned()
}

/// Serves a router on 127.0.0.1:0 on its own runtime until the returned guard drops.
pub fn serve_in_background(app: axum::Router) -> (String, Background) {
    let rt = runtime();
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("bind port 0");
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    rt.spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    (
        url,
        Background {
            runtime: Some(rt),
            stop: Some(stop),
        },
    )
}

/// One scripted answer of a [`ScriptedServer`].
#[derive(Clone)]
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: String,
    pub delay: Duration,
    /// A `Retry-After` header, in seconds.
    pub retry_after: Option<u64>,
}

impl Reply {
    pub fn json(status: u16, body: &str) -> Reply {
        Reply {
            status,
            content_type: "application/json",
            body: body.into(),
            delay: Duration::ZERO,
            retry_after: None,
        }
    }
    pub fn text(status: u16, content_type: &'static str, body: &str) -> Reply {
        Reply {
            status,
            content_type,
            body: body.into(),
            delay: Duration::ZERO,
            retry_after: None,
        }
    }
    pub fn hang(secs: u64) -> Reply {
        Reply {
            delay: Duration::from_secs(secs),
            ..Reply::json(200, "{}")
        }
    }
}

/// A server that answers every request with the next scripted reply (the last one
/// repeats) and counts what it received: for retries, odd bodies and timeouts.
pub struct ScriptedServer {
    pub url: String,
    received: Arc<Mutex<Vec<String>>>,
    /// Each request's `X-Chatwoot-Delivery`, in arrival order.
    delivery_ids: Arc<Mutex<Vec<Option<String>>>>,
    _background: Background,
}

impl ScriptedServer {
    pub fn start(replies: Vec<Reply>) -> ScriptedServer {
        use axum::extract::State;
        use axum::http::{header, StatusCode};
        use axum::response::IntoResponse;

        type Shared = (
            Arc<Mutex<Vec<Reply>>>,
            Arc<Mutex<Vec<String>>>,
            Arc<Mutex<Vec<Option<String>>>>,
        );
        async fn answer(
            State((replies, received, delivery_ids)): State<Shared>,
            req: axum::extract::Request,
        ) -> impl IntoResponse {
            let reply = {
                let mut received = received.lock().unwrap();
                delivery_ids.lock().unwrap().push(
                    req.headers()
                        .get("x-chatwoot-delivery")
                        .and_then(|v| v.to_str().ok())
                        .map(str::to_string),
                );
                received.push(format!("{} {}", req.method(), req.uri().path()));
                let replies = replies.lock().unwrap();
                replies[(received.len() - 1).min(replies.len() - 1)].clone()
            };
            tokio::time::sleep(reply.delay).await;
            let mut headers = axum::http::HeaderMap::new();
            headers.insert(header::CONTENT_TYPE, reply.content_type.parse().unwrap());
            if let Some(secs) = reply.retry_after {
                headers.insert(header::RETRY_AFTER, secs.into());
            }
            (
                StatusCode::from_u16(reply.status).unwrap(),
                headers,
                reply.body,
            )
        }

        let received = Arc::new(Mutex::new(Vec::new()));
        let delivery_ids = Arc::new(Mutex::new(Vec::new()));
        let state: Shared = (
            Arc::new(Mutex::new(replies)),
            received.clone(),
            delivery_ids.clone(),
        );
        let (url, background) =
            serve_in_background(axum::Router::new().fallback(answer).with_state(state));
        ScriptedServer {
            url,
            received,
            delivery_ids,
            _background: background,
        }
    }

    pub fn received(&self) -> Vec<String> {
        self.received.lock().unwrap().clone()
    }

    /// Each request's `X-Chatwoot-Delivery` header, in arrival order.
    pub fn delivery_ids(&self) -> Vec<Option<String>> {
        self.delivery_ids.lock().unwrap().clone()
    }
}

/// One webhook delivery as a receiver saw it.
#[derive(Debug, Clone)]
pub struct Received {
    pub path: String,
    /// Header names in lowercase.
    pub headers: std::collections::BTreeMap<String, String>,
    pub body: Vec<u8>,
}

impl Received {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("delivery body is JSON")
    }
    pub fn event(&self) -> String {
        self.json()["event"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(&name.to_ascii_lowercase())
            .map(String::as_str)
    }
}

/// A webhook receiver for tests: records every POST, and answers each path with its
/// scripted statuses in turn (the last repeats; 200 when none are scripted).
pub struct Receiver {
    pub url: String,
    received: Arc<Mutex<Vec<Received>>>,
    _background: Background,
}

impl Receiver {
    pub fn start(script: &[(&str, &[u16])]) -> Receiver {
        use axum::extract::State;
        use axum::http::StatusCode;
        use std::collections::HashMap;

        type Shared = (
            Arc<Mutex<Vec<Received>>>,
            Arc<Mutex<HashMap<String, (Vec<u16>, usize)>>>,
        );
        async fn record(
            State((seen, script)): State<Shared>,
            req: axum::extract::Request,
        ) -> StatusCode {
            let path = req.uri().path().to_string();
            let headers = req
                .headers()
                .iter()
                .map(|(k, v)| {
                    (
                        k.as_str().to_string(),
                        v.to_str().unwrap_or_default().to_string(),
                    )
                })
                .collect();
            let body = axum::body::to_bytes(req.into_body(), usize::MAX)
                .await
                .unwrap_or_default()
                .to_vec();
            seen.lock().unwrap().push(Received {
                path: path.clone(),
                headers,
                body,
            });
            let mut script = script.lock().unwrap();
            match script.get_mut(&path) {
                Some((codes, n)) if !codes.is_empty() => {
                    let code = codes[(*n).min(codes.len() - 1)];
                    *n += 1;
                    StatusCode::from_u16(code).unwrap()
                }
                _ => StatusCode::OK,
            }
        }

        let seen = Arc::new(Mutex::new(Vec::new()));
        let scripted = script
            .iter()
            .map(|(p, codes)| (p.to_string(), (codes.to_vec(), 0)))
            .collect();
        let state: Shared = (seen.clone(), Arc::new(Mutex::new(scripted)));
        let (url, background) =
            serve_in_background(axum::Router::new().fallback(record).with_state(state));
        Receiver {
            url,
            received: seen,
            _background: background,
        }
    }

    pub fn all(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    pub fn at(&self, path: &str) -> Vec<Received> {
        self.all().into_iter().filter(|r| r.path == path).collect()
    }

    /// Waits (deliveries are asynchronous) until `pred` holds for a delivery at `path`.
    pub fn wait_for(&self, path: &str, what: &str, pred: impl Fn(&Received) -> bool) -> Received {
        let deadline = std::time::Instant::now() + PATIENCE;
        loop {
            if let Some(r) = self.at(path).into_iter().find(|r| pred(r)) {
                return r;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no {what} at {path} within {} s; got: {:?}",
                PATIENCE.as_secs(),
                self.at(path)
                    .iter()
                    .map(Received::event)
                    .collect::<Vec<_>>()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn wait_event(&self, path: &str, event: &str) -> Received {
        self.wait_for(path, event, |r| r.event() == event)
    }
}

/// A loopback URL where nothing listens.
/// A port nothing listens on (bound and released).
pub fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

pub fn dead_url() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    format!("http://{}", l.local_addr().unwrap())
}

/// The example bot (`chatwoot_bridge::example_bot`), set up with `setup bot` and linked to
/// `inbox`: it verifies its deliveries, answers, and hands over when asked for a human.
pub struct BotServer {
    pub url: String,
    _background: Background,
}

pub fn example_bot(sb: &TestSandbox, name: &str, inbox: &str) -> BotServer {
    let rt = runtime();
    let socket = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("bind port 0");
    let url = format!("http://{}/webhook", socket.local_addr().unwrap());
    let report = sb.json(&[
        "setup",
        "bot",
        "--name",
        name,
        "--outgoing-url",
        &url,
        "--inbox",
        inbox,
    ]);
    let id = report["agent_bot_id"].to_string();
    let read = |what: &str| {
        let out = sb.cmd().args(["bot", what, &id]).output().unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    let (token, secret) = (read("token"), read("secret"));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let bot = chatwoot_bridge::example_bot::ExampleBot {
        chatwoot_url: sb.url.clone(),
        account_id: sb.config.account_id,
        access_token: token,
        secret: Some(secret),
    };
    let _guard = rt.enter();
    bot.serve(socket, async {
        let _ = stopped.await;
    })
    .expect("start the example bot");
    drop(_guard);
    BotServer {
        url,
        _background: Background {
            runtime: Some(rt),
            stop: Some(stop),
        },
    }
}
