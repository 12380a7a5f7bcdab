//! The sandbox's hot paths at scale: `cargo bench --bench sandbox` (figures, not a timed test).
//!
//! An in-process sandbox with 200 conversations; 20,000 messages are POSTed round-robin
//! into them (`BENCH_MESSAGES` to change). Prints the time of the first and the last 1,000
//! posts, then the best of `BENCH_RUNS` (default 5) reads of one conversation's messages
//! (`GET .../messages`) and of one conversation by display id. With scans, the last posts
//! and the reads grow with the number of rows; with indexes they stay flat.

use std::time::{Duration, Instant};

use chatwoot_bridge::sandbox::{Sandbox, SandboxConfig};
use serde_json::{json, Value};

const CONVERSATIONS: usize = 200;
const BATCH: usize = 1_000;

/// A number from the environment, or `default`.
fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let messages = setting("BENCH_MESSAGES", 20_000).max(2 * BATCH);
    let runs = setting("BENCH_RUNS", 5).max(1);
    let config = SandboxConfig::generated();
    let sandbox = Sandbox::new(config.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!(
        "http://{}/api/v1/accounts/1",
        listener.local_addr().unwrap()
    );
    tokio::spawn(sandbox.serve(listener, std::future::pending()));
    let http = reqwest::Client::new();
    let token = config.admin_token.clone();
    let post = |path: String, body: Value| {
        let req = http
            .post(format!("{base}{path}"))
            .header("api_access_token", &token)
            .json(&body);
        async move {
            let resp = req.send().await.expect("request");
            assert!(resp.status().is_success(), "{}", resp.status());
            resp.json::<Value>().await.expect("json")
        }
    };
    let inbox = post(
        "/inboxes".into(),
        json!({"name": "Bench", "channel": {"type": "api"}}),
    )
    .await;
    let inbox_id = inbox["id"].as_u64().unwrap();
    let contact = post(
        "/contacts".into(),
        json!({"name": "Bench", "inbox_id": inbox_id}),
    )
    .await;
    let source_id = contact["payload"]["contact_inbox"]["source_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut conversations = Vec::new();
    for _ in 0..CONVERSATIONS {
        let c = post(
            "/conversations".into(),
            json!({"source_id": source_id, "inbox_id": inbox_id}),
        )
        .await;
        conversations.push(c["id"].as_u64().unwrap());
    }
    let mut first = Duration::ZERO;
    let mut last = Duration::ZERO;
    let start_all = Instant::now();
    for i in 0..messages {
        let display_id = conversations[i % CONVERSATIONS];
        let start = Instant::now();
        post(
            format!("/conversations/{display_id}/messages"),
            json!({"content": format!("message {i}"), "message_type": "incoming"}),
        )
        .await;
        if i < BATCH {
            first += start.elapsed();
        } else if i >= messages - BATCH {
            last += start.elapsed();
        }
    }
    let total = start_all.elapsed();
    let per = |d: Duration| d.as_secs_f64() * 1e6 / BATCH as f64;
    println!(
            "{messages} messages into {CONVERSATIONS} conversations: {:.1} s; first {BATCH}: {:.0} us/post, last {BATCH}: {:.0} us/post",
            total.as_secs_f64(),
            per(first),
            per(last),
        );
    let target = conversations[CONVERSATIONS / 2];
    let best = |mut f: Vec<Duration>| {
        f.sort();
        f[0].as_secs_f64() * 1e6
    };
    let timed_get = |path: String| {
        let req = http
            .get(format!("{base}{path}"))
            .header("api_access_token", &token);
        async move {
            let start = Instant::now();
            let resp = req.send().await.expect("request");
            assert!(resp.status().is_success(), "{}", resp.status());
            resp.bytes().await.expect("body");
            start.elapsed()
        }
    };
    let mut reads = Vec::new();
    let mut shows = Vec::new();
    for _ in 0..runs {
        reads.push(timed_get(format!("/conversations/{target}/messages")).await);
        shows.push(timed_get(format!("/conversations/{target}")).await);
    }
    println!(
            "GET one conversation's messages (of {messages}): {:.0} us; GET one conversation: {:.0} us (best of {runs})",
            best(reads),
            best(shows),
        );
}
