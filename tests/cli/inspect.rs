//! The web inspector in a real browser: headless Debian `chromium` driven over the DevTools
//! protocol (tokio-tungstenite), against `listen --ui` and `inspect` run as a user runs them.
//! Screenshots of each view land in target/inspect-screenshots/.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::{json, Value};

use crate::common::{bin, Receiver};

#[path = "common/browser.rs"]
mod browser;

use browser::{Browser, Proc, WAIT};

/// Starts the binary with `args` in `home`, and reads stderr until every prefix in `wanted`
/// has printed a line; returns each such line's first URL.
fn start(home: &Path, args: &[&str], wanted: &[&str]) -> (Proc, Vec<String>) {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("chatwoot-bridge"))
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("CHATWOOT_BRIDGE_CONFIG_DIR", home.join("config"))
        .env("CHATWOOT_BRIDGE_DATA_DIR", home.join("data"))
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start chatwoot-bridge");
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut urls = vec![String::new(); wanted.len()];
    let mut seen = String::new();
    while urls.iter().any(String::is_empty) {
        let mut line = String::new();
        assert!(
            err.read_line(&mut line).unwrap() > 0,
            "{args:?} exited early: {seen}"
        );
        seen.push_str(&line);
        for (i, prefix) in wanted.iter().enumerate() {
            if let Some(rest) = line.strip_prefix(prefix) {
                let url = rest.split_whitespace().next().unwrap_or_default();
                urls[i] = url.trim_end_matches([':', ',']).to_string();
            }
        }
    }
    std::thread::spawn(move || for _ in err.lines() {});
    (Proc(child), urls)
}

/// `listen --ui` with `args`: (process, listener URL, inspector URL with its token).
fn listen_ui(home: &Path, args: &[&str]) -> (Proc, String, String) {
    let store = home.join("events.sqlite");
    let mut all = vec![
        "listen",
        "--port",
        "0",
        "--ui",
        "--ui-port",
        "0",
        "--store",
        store.to_str().unwrap(),
    ];
    all.extend_from_slice(args);
    let (p, urls) = start(home, &all, &["Listening on ", "Inspector on "]);
    (p, urls[0].clone(), urls[1].clone())
}

fn trigger(home: &Path, listener: &str, secret: &str) -> std::process::Output {
    bin(home)
        .args([
            "trigger",
            "message_created",
            "--to",
            &format!("{listener}/inbox"),
            "--secret",
            secret,
        ])
        .output()
        .unwrap()
}

#[test]
fn the_inspector_lists_live_explains_a_bad_signature_and_replays_re_signed() {
    let home = tempfile::tempdir().unwrap();
    let rx = Receiver::start(&[]);
    let (_listen, listener, ui) = listen_ui(
        home.path(),
        &[
            "--secret",
            "s3cret",
            "--forward-to",
            &format!("{}/bot", rx.url),
        ],
    );
    assert!(trigger(home.path(), &listener, "s3cret").status.success());
    let first = rx.wait_event("/bot", "message_created");

    let mut page = Browser::open(&ui);
    page.wait_for(
        "document.querySelector('#rows tr[data-id=\"1\"]')?.innerText.includes('message_created')",
        "the stored delivery in the list",
    );
    page.wait_for(
        "document.getElementById('live').textContent.includes('live')",
        "the live stream",
    );
    page.screenshot("list");

    // A new delivery (a bad signature) appears without a reload.
    page.eval("window.notReloaded = true");
    assert_eq!(
        trigger(home.path(), &listener, "wrong").status.code(),
        Some(10)
    );
    page.wait_for(
        "document.querySelector('#rows tr[data-id=\"2\"] .badge.invalid')",
        "the new delivery with an invalid badge",
    );
    assert_eq!(page.eval("window.notReloaded === true"), json!(true));
    assert_eq!(
        page.eval("document.querySelector('#rows tr').dataset.id"),
        json!("2"),
        "newest first"
    );

    // Its detail explains why.
    page.eval("document.querySelector('#rows tr[data-id=\"2\"]').click()");
    page.wait_for(
        "document.getElementById('verification')?.innerText.includes('does not match')",
        "the verification reason",
    );
    let text = page.eval("document.getElementById('verification').innerText");
    assert!(
        text.as_str().unwrap().contains("--secret: does not match"),
        "{text}"
    );
    page.screenshot("detail");

    // Replay the accepted one to its original target: re-signed, fresh.
    page.eval("document.querySelector('#rows tr[data-id=\"1\"]').click()");
    page.wait_for(
        "document.querySelector('h2')?.innerText.startsWith('#1 ')",
        "detail #1",
    );
    page.eval("document.getElementById('replay').click()");
    page.wait_for(
        "document.getElementById('replay-result').innerText.includes('delivered 200')",
        "the replay's result",
    );
    let replayed = rx.wait_for("/bot", "a replay", |r| {
        r.header("x-chatwoot-delivery") != first.header("x-chatwoot-delivery")
    });
    assert_eq!(replayed.body, first.body, "the exact stored bytes");
    let now = chatwoot_bridge::time::now_unix();
    chatwoot_bridge::signing::verify(
        "s3cret",
        replayed.header("x-chatwoot-signature"),
        replayed.header("x-chatwoot-timestamp"),
        &replayed.body,
        now,
        60,
    )
    .expect("the replay carries a valid fresh signature");

    // Copy as curl: a fresh signature too, never the secret.
    page.eval("document.getElementById('curl').click()");
    page.wait_for(
        "document.getElementById('curl-out').textContent.includes('x-chatwoot-signature: sha256=')",
        "the curl command",
    );
    let curl = page.eval("document.getElementById('curl-out').textContent");
    assert!(!curl.as_str().unwrap().contains("s3cret"), "{curl}");
}

/// Posts `body` to the listener, unsigned (the listener runs without a secret).
fn post(url: &str, body: Value) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let status = rt.block_on(async {
        reqwest::Client::new()
            .post(url)
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
            .await
            .unwrap()
            .status()
    });
    assert!(status.is_success(), "{url}: {status}");
}

#[test]
fn the_conversation_view_rebuilds_the_transcript_and_marks_the_handoff() {
    let home = tempfile::tempdir().unwrap();
    let (_listen, listener, ui) = listen_ui(home.path(), &[]);
    let to = format!("{listener}/bot");
    let conv = json!({"id": 7, "inbox_id": 1});
    post(
        &to,
        json!({"event": "conversation_created", "id": 7, "inbox_id": 1, "status": "pending"}),
    );
    let message = |id: i64, mt: &str, sender: Value, content: &str, private: bool| {
        json!({"event": "message_created", "id": id, "content": content, "message_type": mt,
               "private": private, "conversation": conv, "inbox": {"id": 1}, "sender": sender})
    };
    post(
        &to,
        message(
            1,
            "incoming",
            json!({"id": 3, "name": "Jane", "type": "contact"}),
            "where is my order?",
            false,
        ),
    );
    post(
        &to,
        message(
            2,
            "outgoing",
            json!({"id": 1, "name": "OrderBot", "type": "agent_bot"}),
            "Let me get a human for you.",
            false,
        ),
    );
    post(
        &to,
        json!({"event": "conversation_status_changed", "id": 7, "inbox_id": 1, "status": "open",
               "changed_attributes": null}),
    );
    post(
        &to,
        json!({"event": "conversation_updated", "id": 7, "inbox_id": 1, "status": "open",
               "changed_attributes": [{"status": {"previous_value": "pending", "current_value": "open"}}]}),
    );
    post(
        &to,
        message(
            3,
            "outgoing",
            json!({"id": 5, "name": "Sam", "type": "user"}),
            "customer is VIP",
            true,
        ),
    );
    post(
        &to,
        message(
            4,
            "outgoing",
            json!({"id": 5, "name": "Sam", "type": "user"}),
            "Hi Jane, I'm Sam.",
            false,
        ),
    );

    let mut page = Browser::open(&format!("{ui}#conversation=7"));
    page.wait_for(
        "document.querySelector('#transcript .marker.handoff')",
        "the handoff marker",
    );
    let transcript = page.eval("document.getElementById('transcript').innerText");
    let text = transcript.as_str().unwrap();
    let order = [
        "conversation created (pending)",
        "where is my order?",
        "Let me get a human for you.",
        "handoff: bot → human",
        "customer is VIP",
        "Hi Jane, I'm Sam.",
    ];
    let mut at = 0;
    for needle in order {
        let found = text[at..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing or out of order in:\n{text}"));
        at += found + needle.len();
    }
    assert_eq!(
        text.matches("status pending → open").count(),
        1,
        "one status change, not one per event: {text}"
    );
    assert_eq!(
        page.eval("document.querySelector('#transcript .bubble.private').innerText.includes('private note')"),
        json!(true)
    );
    assert_eq!(
        page.eval("document.querySelector('#transcript .who-bot').innerText.includes('OrderBot')"),
        json!(true)
    );
    page.screenshot("conversation");
}

#[test]
fn a_replay_without_the_token_or_from_another_host_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let rx = Receiver::start(&[]);
    {
        let (_listen, listener, _ui) = listen_ui(
            home.path(),
            &[
                "--secret",
                "s3cret",
                "--forward-to",
                &format!("{}/bot", rx.url),
            ],
        );
        assert!(trigger(home.path(), &listener, "s3cret").status.success());
        rx.wait_event("/bot", "message_created");
    }
    // `inspect` on its own, over the store `listen` wrote.
    let store = home.path().join("events.sqlite");
    let (_inspect, urls) = start(
        home.path(),
        &[
            "inspect",
            "--port",
            "0",
            "--secret",
            "s3cret",
            "--store",
            store.to_str().unwrap(),
        ],
        &["Inspector on "],
    );
    let ui = &urls[0];
    let (base, token) = ui.split_once("/?token=").unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let client = reqwest::Client::new();
    let replay = format!("{base}/api/events/1/replay");
    let send = |req: reqwest::RequestBuilder| {
        rt.block_on(async {
            let res = req.send().await.unwrap();
            let status = res.status().as_u16();
            (status, res.text().await.unwrap())
        })
    };
    let (status, body) = send(client.post(&replay));
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("X-Inspect-Token"), "{body}");
    // In the query string (what a cross-site form could send): still refused.
    let (status, _) = send(client.post(format!("{replay}?token={token}")));
    assert_eq!(status, 403);
    let (status, _) = send(
        client
            .post(&replay)
            .header("x-inspect-token", "0".repeat(32)),
    );
    assert_eq!(status, 403);
    // DNS rebinding: the right token, another host name.
    let (status, body) = send(
        client
            .post(&replay)
            .header("x-inspect-token", token)
            .header("host", "attacker.example"),
    );
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("Host"), "{body}");
    // Reads need the token too.
    let (status, _) = send(client.get(format!("{base}/api/events")));
    assert_eq!(status, 403);
    // A mistyped filter says what it meant.
    let (status, body) = send(client.get(format!(
        "{base}/api/events?token={token}&event=mesage_created"
    )));
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("message_created"), "{body}");
    assert_eq!(rx.at("/bot").len(), 1, "nothing was replayed");

    // With the token in the header it goes through.
    let (status, body) = send(
        client
            .post(&replay)
            .header("x-inspect-token", token)
            .header("content-type", "application/json")
            .body("{}"),
    );
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"delivered\""), "{body}");
    assert_eq!(rx.at("/bot").len(), 2);
}

#[test]
fn the_stream_resumes_after_last_event_id_and_sends_new_deliveries() {
    let home = tempfile::tempdir().unwrap();
    let (_listen, listener, ui) = listen_ui(home.path(), &["--secret", "s3cret"]);
    for _ in 0..2 {
        assert!(trigger(home.path(), &listener, "s3cret").status.success());
    }
    let (base, token) = ui.split_once("/?token=").unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let seen = rt.block_on(async {
        // What a reconnecting EventSource sends: the last id it saw (it wins over `after`).
        let mut res = reqwest::Client::new()
            .get(format!("{base}/api/stream?token={token}&after=0"))
            .header("last-event-id", "1")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let mut seen = String::new();
        let mut triggered = false;
        while !seen.contains("id: 3") {
            let chunk = tokio::time::timeout(WAIT, res.chunk())
                .await
                .unwrap_or_else(|_| panic!("the stream sent no id 3 within {WAIT:?}: {seen}"))
                .unwrap()
                .expect("the stream stayed open");
            seen.push_str(&String::from_utf8_lossy(&chunk));
            if seen.contains("id: 2") && !triggered {
                triggered = true;
                let (home, listener) = (home.path().to_path_buf(), listener.clone());
                std::thread::spawn(move || trigger(&home, &listener, "s3cret"));
            }
        }
        seen
    });
    assert!(!seen.contains("id: 1\n"), "resumed after 1: {seen}");
    assert!(seen.contains("event: deliveries"), "{seen}");
    let ids: Vec<&str> = seen.lines().filter(|l| l.starts_with("id: ")).collect();
    assert_eq!(ids, ["id: 2", "id: 3"], "in order, once each");
}

#[test]
fn a_burst_keeps_the_newest_rows_in_the_list_and_older_brings_back_the_rest() {
    let home = tempfile::tempdir().unwrap();
    let (_listen, listener, ui) = listen_ui(home.path(), &[]);
    let mut page = Browser::open(&ui);
    page.wait_for(
        "document.getElementById('live').textContent.includes('live')",
        "the live stream",
    );
    // 700 deliveries as fast as the listener takes them, 16 at a time.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let client = reqwest::Client::new();
        let next = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(1));
        let mut senders = tokio::task::JoinSet::new();
        for _ in 0..16 {
            let (client, url, next) = (client.clone(), format!("{listener}/bot"), next.clone());
            senders.spawn(async move {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if i > 700 {
                        return;
                    }
                    let res = client
                        .post(&url)
                        .header("content-type", "application/json")
                        .body(json!({"event": "message_created", "id": i}).to_string())
                        .send()
                        .await
                        .unwrap();
                    assert!(res.status().is_success(), "{}", res.status());
                }
            });
        }
        while let Some(sent) = senders.join_next().await {
            sent.unwrap();
        }
    });
    let ids = "[...document.querySelectorAll('#rows tr')].map(r => Number(r.dataset.id))";
    page.wait_for(
        &format!("{ids}.length === 500 && {ids}[0] === 700"),
        "the newest 500 rows listed",
    );
    let newest: Vec<i64> = (201..=700).rev().collect();
    assert_eq!(page.eval(ids), json!(newest), "newest first, each once");
    // The rows the list let go come back with "Older".
    assert_eq!(
        page.eval("document.getElementById('more').hidden"),
        json!(false)
    );
    page.eval("document.getElementById('more').click()");
    page.wait_for(&format!("{ids}.length === 600"), "100 older rows");
    let listed: Vec<i64> = (101..=700).rev().collect();
    assert_eq!(page.eval(ids), json!(listed));
}

#[test]
fn a_forward_that_succeeds_on_a_retry_turns_delivered_in_the_open_page() {
    let home = tempfile::tempdir().unwrap();
    // The bot fails twice: the forward stays pending through two backoffs (0.5 s, 1 s).
    let rx = Receiver::start(&[("/bot", &[503, 503, 200])]);
    let (_listen, listener, ui) =
        listen_ui(home.path(), &["--forward-to", &format!("{}/bot", rx.url)]);
    let mut page = Browser::open(&ui);
    page.wait_for(
        "document.getElementById('live').textContent.includes('live')",
        "the live stream",
    );
    page.eval("window.notReloaded = true");
    post(
        &format!("{listener}/bot"),
        json!({"event": "message_created", "id": 1, "content": "retry me"}),
    );
    let cell = "document.querySelector('#rows tr[data-id=\"1\"] td.forward')?.innerText";
    page.wait_for(
        &format!("{cell}?.includes('pending')"),
        "the row with its forward pending",
    );
    page.eval("document.querySelector('#rows tr[data-id=\"1\"]').click()");
    page.wait_for(
        "document.getElementById('forwards')?.innerText.includes('pending')",
        "the detail's forwards, pending",
    );
    // The third try delivers: the list row and the open detail follow, without a reload.
    page.wait_for(
        &format!("{cell} === '→ 200'"),
        "the row's forward delivered",
    );
    page.wait_for(
        "document.getElementById('forwards').innerText.includes('delivered')",
        "the detail's forwards, delivered",
    );
    let table = page.eval("document.getElementById('forwards').innerText");
    assert!(
        table.as_str().unwrap().contains("delivered\t3\t200"),
        "three attempts, the last answered 200: {table}"
    );
    assert_eq!(page.eval("window.notReloaded === true"), json!(true));
}
