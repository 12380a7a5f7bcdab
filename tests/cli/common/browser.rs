//! A small DevTools-protocol driver for headless Debian `chromium` (tokio-tungstenite), shared
//! by the browser tests (tests/cli/inspect.rs) and the inspector's bench (benches/inspect.rs,
//! through `#[path]`).

// Each includer uses a part of it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::Message;

pub const CHROMIUM: &str = "/usr/bin/chromium";
/// How long the browser gets for one command or one awaited condition.
pub const WAIT: Duration = Duration::from_secs(20);

pub fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/inspect-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A child process killed on drop.
pub struct Proc(pub Child);

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Headless Chromium and one page, driven over the DevTools protocol.
pub struct Browser {
    rt: tokio::runtime::Runtime,
    ws: tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >,
    session: String,
    next_id: u64,
    _proc: Proc,
    _profile: tempfile::TempDir,
}

/// Debian's chromium, installed on first use where this runs as root with apt (a fresh
/// machine or CI: `.ci/run` does the same); elsewhere the failure says how to get it.
pub fn ensure_chromium() {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        let root = Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
        if Path::new(CHROMIUM).exists() || !root || !Path::new("/usr/bin/apt-get").exists() {
            return;
        }
        eprintln!("{CHROMIUM} is missing: installing Debian's chromium with apt-get");
        let _ = Command::new("apt-get").arg("update").status();
        let _ = Command::new("apt-get")
            .args(["install", "-y", "chromium"])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status();
    });
    assert!(
        Path::new(CHROMIUM).exists(),
        "{CHROMIUM} is missing: `apt-get install -y chromium` (as root; .ci/run installs it)"
    );
}

impl Browser {
    pub fn open(url: &str) -> Browser {
        ensure_chromium();
        let profile = tempfile::tempdir().unwrap();
        let mut child = Command::new(CHROMIUM)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--remote-debugging-port=0",
                "--window-size=1200,700",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start chromium");
        let mut err = BufReader::new(child.stderr.take().unwrap());
        let mut ws_url = String::new();
        let mut seen = String::new();
        while ws_url.is_empty() {
            let mut line = String::new();
            assert!(
                err.read_line(&mut line).unwrap() > 0,
                "chromium exited: {seen}"
            );
            seen.push_str(&line);
            if let Some(rest) = line.trim().strip_prefix("DevTools listening on ") {
                ws_url = rest.to_string();
            }
        }
        std::thread::spawn(move || for _ in err.lines() {});
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let (ws, _) = rt
            .block_on(tokio_tungstenite::connect_async(ws_url.as_str()))
            .expect("DevTools websocket");
        let mut b = Browser {
            rt,
            ws,
            session: String::new(),
            next_id: 0,
            _proc: Proc(child),
            _profile: profile,
        };
        let target = b.call("Target.createTarget", json!({"url": "about:blank"}));
        let attached = b.call(
            "Target.attachToTarget",
            json!({"targetId": target["targetId"], "flatten": true}),
        );
        b.session = attached["sessionId"].as_str().unwrap().to_string();
        b.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": 1200, "height": 700, "deviceScaleFactor": 1, "mobile": false}),
        );
        b.call("Page.enable", json!({}));
        b.call("Page.navigate", json!({"url": url}));
        b
    }

    /// One DevTools command; returns its `result` (events in between are skipped).
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut msg = json!({"id": id, "method": method, "params": params});
        if !self.session.is_empty() {
            msg["sessionId"] = json!(self.session);
        }
        let ws = &mut self.ws;
        self.rt.block_on(async {
            ws.send(Message::text(msg.to_string())).await.unwrap();
            loop {
                let next = tokio::time::timeout(WAIT, ws.next())
                    .await
                    .unwrap_or_else(|_| panic!("no answer to {method}"))
                    .expect("DevTools closed")
                    .expect("DevTools read");
                let Ok(text) = next.to_text() else { continue };
                let v: Value = serde_json::from_str(text).unwrap_or_default();
                if v["id"] == json!(id) {
                    assert!(v.get("error").is_none(), "{method} failed: {v}");
                    return v["result"].clone();
                }
            }
        })
    }

    /// Evaluates `expr` in the page (promises awaited); its JSON value.
    pub fn eval(&mut self, expr: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({"expression": expr, "returnByValue": true, "awaitPromise": true}),
        );
        r["result"]["value"].clone()
    }

    /// Waits until `expr` is true in the page.
    pub fn wait_for(&mut self, expr: &str, what: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            if self.eval(&format!("!!({expr})")) == json!(true) {
                return;
            }
            if Instant::now() > deadline {
                let text = self.eval("document.body ? document.body.innerText : ''");
                panic!("the page never showed {what} ({expr}); it shows:\n{text}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn screenshot(&mut self, name: &str) -> PathBuf {
        use base64::Engine;
        let r = self.call("Page.captureScreenshot", json!({"format": "png"}));
        let png = base64::engine::general_purpose::STANDARD
            .decode(r["data"].as_str().unwrap())
            .unwrap();
        let path = screenshot_dir().join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap();
        path
    }
}
