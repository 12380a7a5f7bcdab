//! The webhook loop on the operator's machine, as a user runs it: `listen` receives the
//! sandbox's signed deliveries; `tail`, `events`, `replay` and `trigger` work on what it stored.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use predicates::str::contains;
use serde_json::Value;

use crate::common::{
    bin, dead_url, stderr, stdout, wait_until, Receiver, Reply, ScriptedServer, TestSandbox,
    PATIENCE,
};

/// A `listen` child process; killed on drop.
pub(crate) struct Listener {
    pub(crate) child: Child,
    pub(crate) url: String,
    /// Everything printed on stderr, complete once the process has exited.
    stderr: std::sync::Arc<std::sync::Mutex<String>>,
    stderr_done: Option<std::thread::JoinHandle<()>>,
    lines: std::sync::mpsc::Receiver<String>,
    /// Every line printed so far (deliveries arrive in no particular order).
    seen: std::cell::RefCell<Vec<String>>,
}

impl Listener {
    pub(crate) fn start(home: &std::path::Path, args: &[&str]) -> Listener {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("chatwoot-bridge"))
            .args(["listen", "--port", "0", "--store"])
            .arg(home.join("events.sqlite"))
            .args(args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home)
            .env("CHATWOOT_BRIDGE_CONFIG_DIR", home.join("config"))
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start listen");
        let mut err = BufReader::new(child.stderr.take().unwrap());
        let mut url = String::new();
        let mut first = String::new();
        while url.is_empty() {
            let mut line = String::new();
            assert!(
                err.read_line(&mut line).unwrap() > 0,
                "listen exited: {first}"
            );
            first.push_str(&line);
            if let Some(rest) = line.strip_prefix("Listening on ") {
                url = rest.split(':').take(3).collect::<Vec<_>>().join(":");
            }
        }
        let stderr = std::sync::Arc::new(std::sync::Mutex::new(first));
        let stderr_done = {
            let stderr = stderr.clone();
            std::thread::spawn(move || {
                for line in err.lines().map_while(Result::ok) {
                    let mut all = stderr.lock().unwrap();
                    all.push_str(&line);
                    all.push('\n');
                }
            })
        };
        let (tx, lines) = std::sync::mpsc::channel();
        let out = BufReader::new(child.stdout.take().unwrap());
        std::thread::spawn(move || {
            for line in out.lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        Listener {
            child,
            url,
            stderr,
            stderr_done: Some(stderr_done),
            lines,
            seen: Default::default(),
        }
    }

    /// A printed line that contains `needle`, waiting for it if need be.
    fn expect_line(&self, needle: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(line) = self.seen.borrow().iter().find(|l| l.contains(needle)) {
                return line.clone();
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => self.seen.borrow_mut().push(line),
                Err(_) => panic!(
                    "listen printed no line with {needle:?} within {} s: {:?}",
                    PATIENCE.as_secs(),
                    self.seen.borrow()
                ),
            }
        }
    }

    fn stop(self) -> std::process::ExitStatus {
        self.stop_with("TERM").0
    }

    /// Sends `signal` (`TERM`, `INT`), waits for the exit; returns it with all of stderr.
    pub(crate) fn stop_with(mut self, signal: &str) -> (std::process::ExitStatus, String) {
        let pid = self.child.id().to_string();
        std::process::Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .unwrap();
        let status = self.child.wait().unwrap();
        if let Some(done) = self.stderr_done.take() {
            let _ = done.join();
        }
        let stderr = self.stderr.lock().unwrap().clone();
        (status, stderr)
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn events_json(home: &std::path::Path, args: &[&str]) -> Value {
    let out = bin(home)
        .arg("events")
        .args(args)
        .arg("--store")
        .arg(home.join("events.sqlite"))
        .args(["-o", "json"])
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

#[test]
fn listen_verifies_stores_and_prints_what_the_sandbox_delivers() {
    let sb = TestSandbox::start();
    let home = tempfile::tempdir().unwrap();
    // The inbox exists first, so its secret can be given to the listener.
    let report = sb.json(&[
        "setup",
        "inbox",
        "--name",
        "Support",
        "--webhook-url",
        "https://placeholder.example",
    ]);
    let inbox = report["inbox_id"].to_string();
    let secret = stdout(
        &sb.cmd()
            .args(["inbox", "secret", &inbox, "-q"])
            .assert()
            .success(),
    )
    .trim()
    .to_string();
    let listener = Listener::start(home.path(), &["--secret", &secret]);
    sb.json(&[
        "setup",
        "inbox",
        "--name",
        "Support",
        "--webhook-url",
        &format!("{}/inbox", listener.url),
    ]);

    let sent = sb.json(&[
        "send",
        "--inbox",
        "Support",
        "--as-customer",
        "Where is my parcel?",
        "--contact",
        "c-1",
    ]);
    let line = listener.expect_line("message_created");
    assert!(
        line.contains("✓ signed")
            && line.contains("Where is my parcel?")
            && line.contains("/inbox"),
        "{line}"
    );
    assert!(
        line.contains(&format!("conv {}", sent["conversation_id"])),
        "{line}"
    );
    listener.expect_line("conversation_created");

    // From another terminal: tail and events see the same deliveries.
    let store = home.path().join("events.sqlite");
    let tail = stdout(
        &bin(home.path())
            .args(["tail", "--store"])
            .arg(&store)
            .assert()
            .success(),
    );
    assert!(
        tail.contains("message_created") && tail.contains("✓ signed"),
        "{tail}"
    );
    let list = events_json(home.path(), &["list", "--events", "message_created"]);
    let event = &list[0];
    assert_eq!(event["signature"], "valid");
    assert_eq!(event["message_type"], "incoming");
    assert_eq!(event["sender_type"], "contact");
    let id = event["id"].to_string();

    // show: headers and the body exactly as received, byte for byte what the sandbox sent.
    let shown = events_json(home.path(), &["show", &id]);
    let sent_body = sb
        .sandbox
        .deliveries()
        .into_iter()
        .find(|d| d.event == "message_created")
        .unwrap()
        .body;
    assert_eq!(
        shown["body_raw"].as_str().unwrap().as_bytes(),
        sent_body.as_slice()
    );
    assert!(shown["headers"]
        .as_array()
        .unwrap()
        .iter()
        .any(|h| h[0] == "x-chatwoot-signature"));

    // verify explains; a wrong secret exits 10 and names the usual mix-up.
    bin(home.path())
        .args(["events", "verify", &id, "--secret", &secret, "--store"])
        .arg(&store)
        .assert()
        .success()
        .stdout(contains("verifies"));
    bin(home.path())
        .args([
            "events",
            "verify",
            &id,
            "--secret",
            "the-hmac-token-by-mistake",
            "--store",
        ])
        .arg(&store)
        .assert()
        .code(10)
        .stdout(contains("hmac_token"));

    assert!(listener.stop().success(), "clean exit on SIGTERM");
}

#[test]
fn bad_signatures_are_refused_stored_and_not_forwarded() {
    let home = tempfile::tempdir().unwrap();
    let rx = Receiver::start(&[]);
    let listener = Listener::start(
        home.path(),
        &[
            "--secret",
            "right",
            "--forward-to",
            &format!("{}/fwd", rx.url),
        ],
    );
    // trigger signs with another secret: 401 from the listener, exit 10 from trigger.
    bin(home.path())
        .args([
            "trigger",
            "message_created",
            "--to",
            &format!("{}/inbox", listener.url),
            "--secret",
            "wrong",
        ])
        .assert()
        .code(10);
    let line = listener.expect_line("bad signature");
    assert!(line.contains("message_created"), "{line}");
    // The right secret goes through and is forwarded with the exact bytes.
    bin(home.path())
        .args([
            "trigger",
            "message_created",
            "--to",
            &format!("{}/inbox", listener.url),
            "--secret",
            "right",
        ])
        .assert()
        .success()
        .stdout(contains("200"));
    let forwarded = rx.wait_event("/fwd", "message_created");
    assert_eq!(
        rx.at("/fwd").len(),
        1,
        "the rejected delivery was not forwarded"
    );
    let stored = events_json(home.path(), &["list"]);
    let accepted = stored
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["signature"] == "valid")
        .unwrap();
    let shown = events_json(home.path(), &["show", &accepted["id"].to_string()]);
    assert_eq!(
        shown["body_raw"].as_str().unwrap().as_bytes(),
        forwarded.body.as_slice()
    );
    assert!(stored
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["signature"] == "invalid" && e["status"] == 401));
}

#[test]
fn a_dead_forward_target_leaves_dead_letters_that_replay_delivers_re_signed() {
    let home = tempfile::tempdir().unwrap();
    let listener = Listener::start(
        home.path(),
        &["--secret", "s3cret", "--forward-to", &dead_url()],
    );
    let store = home.path().join("events.sqlite");
    for _ in 0..3 {
        bin(home.path())
            .args([
                "trigger",
                "message_created",
                "--to",
                &format!("{}/bot", listener.url),
                "--secret",
                "s3cret",
            ])
            .assert()
            .success();
    }
    // Stopping the listener records the forwards still retrying as pending: unfinished.
    assert!(listener.stop().success());
    let rx = Receiver::start(&[]);
    let out = bin(home.path())
        .args([
            "replay",
            "--dead-letters",
            "--to",
            &format!("{}/replayed", rx.url),
            "--secret",
            "other-secret",
            "--store",
        ])
        .arg(&store)
        .args(["-o", "json"])
        .assert()
        .success();
    let summary: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(summary["delivered"], 3, "{summary}");
    let got = rx.at("/replayed");
    assert_eq!(got.len(), 3);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    for r in &got {
        chatwoot_bridge::signing::verify(
            "other-secret",
            r.header("X-Chatwoot-Signature"),
            r.header("X-Chatwoot-Timestamp"),
            &r.body,
            now,
            300,
        )
        .expect("re-signed with a fresh timestamp");
    }
}

#[test]
fn trigger_shapes_each_event_for_its_target() {
    let home = tempfile::tempdir().unwrap();
    let print = |args: &[&str]| -> Value {
        let out = bin(home.path())
            .arg("trigger")
            .args(args)
            .args(["--print", "-o", "json"])
            .assert()
            .success();
        serde_json::from_slice(&out.get_output().stdout).unwrap()
    };
    let incoming = print(&["message_created"]);
    assert_eq!(incoming["event"], "message_created");
    assert_eq!(incoming["message_type"], "incoming");
    assert!(incoming["sender"].get("type").is_none());
    let outgoing = print(&["message_created", "--outgoing", "--for", "agent-bot"]);
    assert_eq!(outgoing["message_type"], "outgoing");
    assert_eq!(
        print(&["conversation_opened"])["event"],
        "conversation_opened"
    );
    assert_eq!(
        print(&["conversation_status_changed"])["status"],
        "resolved"
    );
    assert_eq!(print(&["contact_created"])["event"], "contact_created");
    assert_eq!(
        print(&["webwidget_triggered"])["event_info"]["browser_language"],
        "en"
    );
    assert_eq!(print(&["inbox_updated"])["event"], "inbox_updated");
    assert_eq!(
        print(&["conversation_typing_on"])["event"],
        "conversation_typing_on"
    );
    let set = print(&[
        "message_created",
        "--set",
        "content=Refund please",
        "--set",
        "conversation.id=777",
    ]);
    assert_eq!(set["content"], "Refund please");
    assert_eq!(set["conversation"]["id"], 777);
    bin(home.path())
        .args([
            "trigger",
            "conversation_created",
            "--for",
            "agent-bot",
            "--print",
        ])
        .assert()
        .code(2)
        .stderr(contains("does not send conversation_created to agent-bot"));
}

#[test]
fn every_acknowledged_delivery_survives_sigkill_exactly_once() {
    let home = tempfile::tempdir().unwrap();
    let mut listener = Listener::start(home.path(), &["--no-verify"]);
    let url = format!("{}/inbox", listener.url);
    let acked = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let body = br#"{"event":"message_created","id":1,"content":"hi","inbox":{"id":1},"conversation":{"id":2}}"#;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let pid = listener.child.id().to_string();
    rt.block_on(async {
        let client = reqwest::Client::new();
        let mut tasks = Vec::new();
        for worker in 0..8 {
            let (client, url, acked) = (client.clone(), url.clone(), acked.clone());
            tasks.push(tokio::spawn(async move {
                for n in 0..400 {
                    let id = format!("{worker}-{n}");
                    let sent = client
                        .post(&url)
                        .header("content-type", "application/json")
                        .header("x-chatwoot-delivery", &id)
                        .body(body.to_vec())
                        .send()
                        .await;
                    match sent {
                        Ok(r) if r.status().is_success() => acked.lock().unwrap().push(id),
                        _ => break, // the listener is gone
                    }
                }
            }));
        }
        // Kill it part way through: once some deliveries were acknowledged.
        let deadline = Instant::now() + PATIENCE;
        while acked.lock().unwrap().len() < 50 {
            assert!(Instant::now() < deadline, "nothing acknowledged");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        std::process::Command::new("kill")
            .args(["-KILL", &pid])
            .status()
            .unwrap();
        for t in tasks {
            let _ = t.await;
        }
    });
    let _ = listener.child.wait();
    let acked = acked.lock().unwrap().clone();
    assert!(
        !acked.is_empty(),
        "nothing was acknowledged before the kill"
    );

    // A restarted listener opens the same store; every acknowledged delivery is there once.
    let restarted = Listener::start(home.path(), &["--no-verify"]);
    drop(restarted);
    let out = bin(home.path())
        .args(["events", "export", "--store"])
        .arg(home.path().join("events.sqlite"))
        .assert()
        .success();
    let mut seen = std::collections::HashMap::new();
    for line in stdout(&out).lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        *seen
            .entry(v["delivery_id"].as_str().unwrap_or_default().to_string())
            .or_insert(0) += 1;
    }
    for id in &acked {
        assert_eq!(
            seen.get(id),
            Some(&1),
            "acknowledged delivery {id} stored {:?} times",
            seen.get(id)
        );
    }
    assert!(
        seen.values().all(|n| *n == 1),
        "a delivery was stored twice"
    );
}

#[test]
fn jq_filters_streams_one_delivery_at_a_time() {
    let home = tempfile::tempdir().unwrap();
    // --jq alone is enough for a stream: each delivery is one input.
    let listener = Listener::start(home.path(), &["--secret", "s", "--jq", ".event"]);
    for event in ["message_created", "conversation_opened"] {
        bin(home.path())
            .args(["trigger", event, "--secret", "s", "--to"])
            .arg(format!("{}/inbox", listener.url))
            .assert()
            .success();
    }
    // Strings print raw: the whole line is the event name.
    assert_eq!(listener.expect_line("message_created"), "message_created");
    assert_eq!(
        listener.expect_line("conversation_opened"),
        "conversation_opened"
    );
    assert!(listener.stop().success());

    let store = home.path().join("events.sqlite");
    let run = |args: &[&str]| {
        bin(home.path())
            .args(args)
            .arg("--store")
            .arg(&store)
            .assert()
    };
    let out = run(&["events", "list", "-o", "ndjson", "--jq", ".event"]).success();
    assert_eq!(stdout(&out), "message_created\nconversation_opened\n");
    let out = run(&["tail", "--jq", "[.id, .signature]"]).success();
    assert_eq!(stdout(&out), "[1,\"valid\"]\n[2,\"valid\"]\n");
    // export carries the body: a filter can reach into it.
    let out = run(&["events", "export", "--jq", ".body.event"]).success();
    assert_eq!(stdout(&out), "message_created\nconversation_opened\n");
    // A filter error on one line is reported with that line, the others still print.
    let out = run(&[
        "events",
        "list",
        "-o",
        "ndjson",
        "--jq",
        "if .id == 1 then .event.x else .id end",
    ])
    .code(1);
    assert_eq!(stdout(&out), "2\n");
    let err = stderr(&out);
    assert!(
        err.contains("(input with id 1)") && err.contains("--jq failed on 1 of 2 inputs"),
        "{err}"
    );
}

#[test]
fn a_killed_replay_resumes_without_sending_again_what_was_delivered() {
    let home = tempfile::tempdir().unwrap();
    let store = home.path().join("events.sqlite");
    let listener = Listener::start(home.path(), &["--secret", "s"]);
    for _ in 0..6 {
        bin(home.path())
            .args(["trigger", "message_created", "--secret", "s", "--to"])
            .arg(format!("{}/inbox", listener.url))
            .assert()
            .success();
    }
    assert!(listener.stop().success());
    // Three answered, the fourth hangs: the replay is killed while waiting for it.
    let target = ScriptedServer::start(vec![
        Reply::json(200, "{}"),
        Reply::json(200, "{}"),
        Reply::json(200, "{}"),
        Reply::hang(600),
        Reply::json(200, "{}"),
    ]);
    let replay = |cmd: &mut std::process::Command| {
        cmd.args([
            "replay",
            "--events",
            "message_created",
            "--concurrency",
            "1",
        ])
        .args(["--secret", "new-secret", "--to", &target.url, "--store"])
        .arg(&store)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("CHATWOOT_BRIDGE_CONFIG_DIR", home.path().join("config"))
        .env("NO_COLOR", "1");
    };
    let mut first = std::process::Command::new(assert_cmd::cargo::cargo_bin("chatwoot-bridge"));
    replay(&mut first);
    let mut first = first
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_until("the fourth replayed delivery", || {
        target.received().len() >= 4
    });
    std::process::Command::new("kill")
        .args(["-KILL", &first.id().to_string()])
        .status()
        .unwrap();
    let _ = first.wait();

    let mut again = std::process::Command::new(assert_cmd::cargo::cargo_bin("chatwoot-bridge"));
    replay(&mut again);
    let out = again.output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("3 already delivered"), "{err}");

    // Sent: 1-3 answered, 4 unanswered, then 4 again, 5, 6. Nothing answered was sent again,
    // and the unanswered one went again under the same delivery id.
    let ids = target.delivery_ids();
    assert_eq!(ids.len(), 7, "{ids:?}");
    assert_eq!(
        ids[3], ids[4],
        "the unanswered delivery is re-sent as itself"
    );
    let answered: std::collections::HashSet<_> = ids
        .iter()
        .enumerate()
        .filter(|(n, _)| *n != 3)
        .map(|(_, id)| id)
        .collect();
    assert_eq!(
        answered.len(),
        6,
        "an answered delivery was sent twice: {ids:?}"
    );

    // Finished now: the same replay again starts afresh.
    let mut third = std::process::Command::new(assert_cmd::cargo::cargo_bin("chatwoot-bridge"));
    replay(&mut third);
    assert!(third.output().unwrap().status.success());
    assert_eq!(target.delivery_ids().len(), 13);
}
