//! `listen --live` figures: `cargo bench --bench live` (figures, not a timed test).
//!
//! The sandbox and a receiver run in this process; `listen --live --forward-to RECEIVER
//! --secret S` runs as the real binary in a child process, so its peak RSS (VmHWM) is its
//! own. Three phases:
//!
//! 1. **Latency**: customer messages posted through the API at `BENCH_RATE` per second
//!    (default 200) for `BENCH_SECS` (default 10); for each, the time from sending the POST
//!    (the sandbox broadcasts the event before it answers, so this includes the API call) to
//!    the signed forward reaching the receiver. Prints p50, p99 and max.
//! 2. **Reconnect**: the socket is dropped with `/cable` refusing for the moment a message is
//!    posted; the time from the drop until that message (backfilled) reaches the receiver.
//! 3. **Memory**: `BENCH_CONVERSATIONS` (default 10000) conversations are created, each seen
//!    by the feed; the child's peak RSS afterwards, and its current RSS.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use chatwoot_bridge::api::{
    Api, Client, ClientConfig, MessageInput, RawBody, RetryPolicy, TokenKind,
};
use chatwoot_bridge::sandbox::{Sandbox, SandboxConfig};

const SECRET: &str = "bench-secret-0123456789";

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(drive());
}

/// Arrival time of each forwarded message, by its content.
type Arrivals = Arc<Mutex<HashMap<String, Instant>>>;

async fn receive(State(arrivals): State<Arrivals>, body: Bytes) -> &'static str {
    let at = Instant::now();
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&body) {
        if v["event"] == "message_created" {
            if let Some(content) = v["content"].as_str() {
                arrivals.lock().unwrap().insert(content.to_owned(), at);
            }
        }
    }
    "ok"
}

struct Live {
    child: Child,
    stderr: Arc<Mutex<Vec<String>>>,
}

impl Drop for Live {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn rss_kb(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

async fn wait_arrival(arrivals: &Arrivals, content: &str, timeout: Duration) -> Option<Instant> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(at) = arrivals.lock().unwrap().get(content) {
            return Some(*at);
        }
        if Instant::now() > deadline {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

async fn drive() {
    let secs: u64 = env_or("BENCH_SECS", 10);
    let rate: u64 = env_or("BENCH_RATE", 200);
    let conversations: u64 = env_or("BENCH_CONVERSATIONS", 10_000);

    let mut config = SandboxConfig::generated();
    config.admin_token = "bench-admin-token".into();
    let sandbox = Sandbox::new(config.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let sandbox_url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(sandbox.clone().serve(listener, std::future::pending()));

    let arrivals: Arrivals = Arc::default();
    let receiver = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let receiver_url = format!("http://{}/bot", receiver.local_addr().unwrap());
    let app = axum::Router::new()
        .fallback(axum::routing::post(receive))
        .with_state(arrivals.clone());
    tokio::spawn(async move { axum::serve(receiver, app).await });

    let api = Api::new(
        Client::new(ClientConfig {
            base_url: sandbox_url.clone(),
            user_token: Some(config.admin_token.clone()),
            platform_token: None,
            timeout: Duration::from_secs(30),
            verbose: false,
            quiet: true,
            retry: RetryPolicy {
                attempts: 1,
                ..RetryPolicy::default()
            },
        })
        .unwrap(),
        Some(config.account_id),
    );
    let inbox = api
        .create_inbox(&chatwoot_bridge::api::InboxInput {
            name: Some("Bench".into()),
            channel: Some(chatwoot_bridge::api::ChannelInput {
                kind: Some("api"),
                ..Default::default()
            }),
            ..Default::default()
        })
        .await
        .unwrap();
    let contact = api
        .raw(
            reqwest::Method::POST,
            &format!("/api/v1/accounts/{}/contacts", config.account_id),
            TokenKind::User,
            RawBody::Json(serde_json::json!({"name": "Bench customer", "inbox_id": inbox.id})),
        )
        .await
        .unwrap()
        .body;
    let contact_id = contact["payload"]["contact"]["id"].as_u64().unwrap();
    let conversation = api
        .create_conversation(inbox.id, contact_id, None, None)
        .await
        .unwrap();

    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_chatwoot-bridge"))
        .args(["listen", "--live", "--quiet", "--forward-to", &receiver_url])
        .args(["--secret", SECRET, "--store"])
        .arg(dir.path().join("events.sqlite"))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", dir.path())
        .env("CHATWOOT_BRIDGE_CONFIG_DIR", dir.path().join("config"))
        .env("CHATWOOT_BASE_URL", &sandbox_url)
        .env("CHATWOOT_API_TOKEN", &config.admin_token)
        .env("CHATWOOT_ACCOUNT_ID", config.account_id.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start listen --live");
    let err = BufReader::new(child.stderr.take().unwrap());
    let stderr = Arc::new(Mutex::new(Vec::new()));
    let lines = stderr.clone();
    std::thread::spawn(move || {
        for line in err.lines().map_while(Result::ok) {
            lines.lock().unwrap().push(line);
        }
    });
    let live = Live { child, stderr };
    // -q hides the notes; the first stored record proves the subscription.
    let probe = MessageInput {
        content: "warm-up".into(),
        incoming: true,
        ..Default::default()
    };
    let started = Instant::now();
    loop {
        api.create_message(conversation.id, &probe).await.unwrap();
        if wait_arrival(&arrivals, "warm-up", Duration::from_millis(200))
            .await
            .is_some()
        {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no forward within 30 s: {:?}",
            live.stderr.lock().unwrap()
        );
    }

    // 1. Latency at a steady rate, spread over conversations (Chatwoot refuses more than
    // 200 messages a minute in one).
    let total = secs * rate;
    let mut spread = Vec::new();
    for _ in 0..(total / 150 + 1) {
        spread.push(
            api.create_conversation(inbox.id, contact_id, None, None)
                .await
                .unwrap()
                .id,
        );
    }
    let interval = Duration::from_secs_f64(1.0 / rate as f64);
    let mut sent: Vec<(String, Instant)> = Vec::with_capacity(total as usize);
    let mut tick = tokio::time::interval(interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let began = Instant::now();
    let mut posts = Vec::new();
    for i in 0..total {
        tick.tick().await;
        let api = api.clone();
        let content = format!("bench message {i}");
        let id = spread[i as usize % spread.len()];
        posts.push(tokio::spawn(async move {
            let input = MessageInput {
                content: content.clone(),
                incoming: true,
                ..Default::default()
            };
            let at = Instant::now();
            api.create_message(id, &input).await.unwrap();
            (content, at)
        }));
    }
    for p in posts {
        sent.push(p.await.unwrap());
    }
    let achieved = total as f64 / began.elapsed().as_secs_f64();
    let mut latencies = Vec::new();
    let mut missing = 0;
    for (content, at) in &sent {
        match wait_arrival(&arrivals, content, Duration::from_secs(10)).await {
            Some(arrived) => latencies.push(arrived.saturating_duration_since(*at)),
            None => missing += 1,
        }
    }
    latencies.sort();
    println!(
        "latency  {total} messages at {achieved:.0}/s (target {rate}/s): p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, {missing} missing",
        percentile(&latencies, 0.50).as_secs_f64() * 1000.0,
        percentile(&latencies, 0.99).as_secs_f64() * 1000.0,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1000.0,
    );

    // 2. Reconnect and backfill.
    sandbox.set_cable_down(true);
    let dropped = Instant::now();
    sandbox.drop_cable_connections();
    // The gap's message is posted once the client knows the socket is gone.
    let deadline = Instant::now() + Duration::from_secs(30);
    while !live
        .stderr
        .lock()
        .unwrap()
        .iter()
        .any(|l| l.contains("websocket dropped"))
    {
        assert!(Instant::now() < deadline, "the drop went unnoticed");
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    let gap = MessageInput {
        content: "during the gap".into(),
        incoming: true,
        ..Default::default()
    };
    api.create_message(conversation.id, &gap).await.unwrap();
    sandbox.set_cable_down(false);
    match wait_arrival(&arrivals, "during the gap", Duration::from_secs(30)).await {
        Some(at) => println!(
            "reconnect  socket dropped -> the gap's message forwarded (backfilled): {:.2} s",
            at.duration_since(dropped).as_secs_f64()
        ),
        None => println!("reconnect  the gap's message did not arrive within 30 s"),
    }

    // 3. Memory with many conversations seen.
    let before = rss_kb(live.child.id(), "VmRSS:");
    let began = Instant::now();
    let mut batch = Vec::new();
    for _ in 0..conversations {
        let api = api.clone();
        batch.push(tokio::spawn(async move {
            api.create_conversation(inbox.id, contact_id, None, None)
                .await
                .map(|c| c.id)
        }));
        if batch.len() == 64 {
            for b in batch.drain(..) {
                b.await.unwrap().unwrap();
            }
        }
    }
    for b in batch.drain(..) {
        b.await.unwrap().unwrap();
    }
    // The last conversation's first message proves the feed caught up.
    let last = api
        .create_conversation(inbox.id, contact_id, None, None)
        .await
        .unwrap();
    let marker = MessageInput {
        content: "caught up".into(),
        incoming: true,
        ..Default::default()
    };
    api.create_message(last.id, &marker).await.unwrap();
    let caught_up = wait_arrival(&arrivals, "caught up", Duration::from_secs(120)).await;
    let pid = live.child.id();
    println!(
        "memory  {conversations} conversations seen in {:.1} s{}: peak RSS {:.1} MiB (VmHWM), now {:.1} MiB (was {:.1} MiB before)",
        began.elapsed().as_secs_f64(),
        if caught_up.is_some() { "" } else { " (feed had not caught up)" },
        rss_kb(pid, "VmHWM:") as f64 / 1024.0,
        rss_kb(pid, "VmRSS:") as f64 / 1024.0,
        before as f64 / 1024.0,
    );
}
