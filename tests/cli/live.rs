//! `listen --live` against the sandbox's `/cable`: events arrive over the websocket (no
//! webhook URL reaches the listener), are stored in the webhook shape and forwarded signed.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chatwoot_bridge::signing::sign;
use serde_json::Value;

use crate::common::{bin, stdout, Receiver, TestSandbox};

/// A `listen --live` child process, as the admin unless `token` says otherwise; killed on drop.
struct Live {
    child: Child,
    stderr: Arc<Mutex<Vec<String>>>,
    store: std::path::PathBuf,
}

impl Live {
    fn start(sb: &TestSandbox, home: &std::path::Path, token: &str, args: &[&str]) -> Live {
        let store = home.join("events.sqlite");
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("chatwoot-bridge"))
            .args(["listen", "--live", "--store"])
            .arg(&store)
            .args(args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home)
            .env("CHATWOOT_BRIDGE_CONFIG_DIR", home.join("config"))
            .env("CHATWOOT_BASE_URL", &sb.url)
            .env("CHATWOOT_API_TOKEN", token)
            .env("CHATWOOT_ACCOUNT_ID", sb.account())
            .env("NO_COLOR", "1")
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
        let live = Live {
            child,
            stderr,
            store,
        };
        live.expect_stderr("Subscribed");
        live
    }

    /// Waits for a stderr line containing `needle`.
    fn expect_stderr(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(l) = self
                .stderr
                .lock()
                .unwrap()
                .iter()
                .find(|l| l.contains(needle))
            {
                return l.clone();
            }
            assert!(
                Instant::now() < deadline,
                "listen --live printed no {needle:?} within 20 s: {:?}",
                self.stderr.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().join("\n")
    }

    fn events(&self, home: &std::path::Path, args: &[&str]) -> Value {
        let out = bin(home)
            .arg("events")
            .args(args)
            .arg("--store")
            .arg(&self.store)
            .args(["-o", "json"])
            .assert()
            .success();
        serde_json::from_slice(&out.get_output().stdout).unwrap()
    }

    fn stop(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap();
        self.child.wait().unwrap()
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An API inbox whose webhook posts to `receiver` at `/inbox` (the sandbox's own delivery,
/// to compare with), and its signing secret.
fn inbox_with_webhook(sb: &TestSandbox, name: &str, receiver: &Receiver) -> (String, String) {
    let report = sb.json(&[
        "setup",
        "inbox",
        "--name",
        name,
        "--webhook-url",
        &format!("{}/inbox", receiver.url),
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
    (inbox, secret)
}

fn assert_signed(r: &crate::common::Received, secret: &str) {
    let ts = r.header("x-chatwoot-timestamp").expect("a timestamp");
    assert_eq!(
        r.header("x-chatwoot-signature"),
        Some(sign(secret, ts, &r.body).as_str()),
        "the forward verifies with the bot's secret"
    );
    let age = chatwoot_bridge::time::now_unix() - ts.parse::<i64>().unwrap();
    assert!((0..=60).contains(&age), "a fresh timestamp: {ts}");
}

#[test]
fn a_customer_message_reaches_the_bot_signed_in_the_shape_a_webhook_delivery_has() {
    let sb = TestSandbox::start();
    let receiver = Receiver::start(&[]);
    let (_, secret) = inbox_with_webhook(&sb, "Support", &receiver);
    let home = tempfile::tempdir().unwrap();
    let live = Live::start(
        &sb,
        home.path(),
        &sb.config.admin_token,
        &[
            "--forward-to",
            &format!("{}/bot", receiver.url),
            "--secret",
            &secret,
        ],
    );
    assert!(
        live.stderr()
            .contains("Listening as Admin <admin@sandbox.test>"),
        "{}",
        live.stderr()
    );

    sb.json(&[
        "send",
        "--inbox",
        "Support",
        "--as-customer",
        "Where is my parcel?",
        "--contact",
        "c-1",
    ]);
    let forwarded = receiver.wait_event("/bot", "message_created");
    let delivered = receiver.wait_event("/inbox", "message_created");
    assert_signed(&forwarded, &secret);
    assert_eq!(forwarded.header("x-chatwoot-bridge-origin"), Some("live"));
    assert_eq!(
        forwarded.header("x-chatwoot-bridge-fidelity"),
        Some("reconstructed")
    );
    let id = forwarded.header("x-chatwoot-delivery").unwrap();
    assert!(
        uuid::Uuid::parse_str(id).is_ok() && Some(id) != delivered.header("x-chatwoot-delivery"),
        "a fresh delivery id: {id}"
    );

    // The body a bot parses is the one Chatwoot's webhook has, field for field; only what
    // the cable cannot carry may differ (documented in docs/webhook-loop.md).
    let (mut got, mut want) = (forwarded.json(), delivered.json());
    assert_eq!(got["content"], "Where is my parcel?");
    assert_eq!(got["message_type"], "incoming");
    // Chatwoot stamps the conversation's updated_at just after the message's insert; the
    // cable does not carry it, so the message's own time stands in (a few ms early).
    let stamp = |v: &mut Value| v["conversation"]["updated_at"].take().as_f64().unwrap();
    let (live_stamp, real_stamp) = (stamp(&mut got), stamp(&mut want));
    assert!(
        (real_stamp - live_stamp).abs() < 1.0,
        "{live_stamp} vs {real_stamp}"
    );
    assert_eq!(
        diff_paths(&got, &want, ""),
        Vec::<String>::new(),
        "live:\n{got:#}\nwebhook:\n{want:#}"
    );

    // An agent's reply too: the sender is the listening user, whose e-mail is known.
    let conv = want["conversation"]["id"].to_string();
    sb.cmd()
        .args(["send", &conv, "On its way"])
        .assert()
        .success();
    let reply = |r: &crate::common::Received| r.json()["content"] == "On its way";
    let (mut got, mut want) = (
        receiver.wait_for("/bot", "the reply", reply).json(),
        receiver.wait_for("/inbox", "the reply", reply).json(),
    );
    assert_eq!(got["sender"]["email"], "admin@sandbox.test");
    stamp(&mut got);
    stamp(&mut want);
    assert_eq!(
        diff_paths(&got, &want, ""),
        Vec::<String>::new(),
        "live:\n{got:#}\nwebhook:\n{want:#}"
    );

    // The same record is in the store: events, tail and the one-line view.
    let list = live.events(home.path(), &["list", "--events", "message_created"]);
    assert_eq!(list.as_array().unwrap().len(), 2, "{list}");
    assert_eq!(list[0]["path"], "/live");
    assert_eq!(list[0]["conversation_id"], want["conversation"]["id"]);
    assert_eq!(list[1]["sender_type"], "user");
    // Presence is never renewed: only `subscribe` went over the socket.
    let commands = sb.sandbox.cable_commands();
    assert!(
        !commands.is_empty() && commands.iter().all(|c| c["command"] == "subscribe"),
        "{commands:?}"
    );
    assert!(live.stop().success(), "clean exit on SIGTERM");
}

/// Paths where two JSON values differ (keys in either), in order.
fn diff_paths(a: &Value, b: &Value, at: &str) -> Vec<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut out = Vec::new();
            let xk: Vec<&String> = x.keys().collect();
            let yk: Vec<&String> = y.keys().collect();
            if xk != yk {
                out.push(format!("{at}: keys {xk:?} vs {yk:?}"));
            }
            for (k, v) in x {
                if let Some(w) = y.get(k) {
                    out.extend(diff_paths(v, w, &format!("{at}/{k}")));
                }
            }
            out
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .flat_map(|(i, (v, w))| diff_paths(v, w, &format!("{at}/{i}")))
            .collect(),
        _ if a == b => Vec::new(),
        _ => vec![format!("{at}: {a} vs {b}")],
    }
}

#[test]
fn a_handoff_arrives_as_conversation_status_changed_exactly_as_the_webhook_sends_it() {
    let sb = TestSandbox::start();
    let receiver = Receiver::start(&[]);
    let (_, secret) = inbox_with_webhook(&sb, "Support", &receiver);
    let home = tempfile::tempdir().unwrap();
    let live = Live::start(
        &sb,
        home.path(),
        &sb.config.admin_token,
        &[
            "--forward-to",
            &format!("{}/bot", receiver.url),
            "--secret",
            &secret,
            "--events",
            "conversation_status_changed",
        ],
    );
    let sent = sb.json(&[
        "send",
        "--inbox",
        "Support",
        "--as-customer",
        "I want a human",
    ]);
    let conv = sent["conversation_id"].to_string();
    sb.cmd().args(["pending", &conv]).assert().success();
    sb.cmd().args(["handoff", &conv]).assert().success();
    let opened = |r: &crate::common::Received| {
        r.event() == "conversation_status_changed" && r.json()["status"] == "open"
    };
    let forwarded = receiver.wait_for("/bot", "the handoff", opened);
    let delivered = receiver.wait_for("/inbox", "the handoff", opened);
    assert_signed(&forwarded, &secret);
    assert_eq!(
        forwarded.header("x-chatwoot-bridge-fidelity"),
        Some("exact")
    );
    assert_eq!(forwarded.json(), delivered.json());
    // --events filtered what was forwarded: no message_created reached the bot.
    assert!(
        receiver
            .at("/bot")
            .iter()
            .all(|r| r.event() == "conversation_status_changed"),
        "{:?}",
        receiver
            .at("/bot")
            .iter()
            .map(|r| r.event())
            .collect::<Vec<_>>()
    );
    drop(live);
}

#[test]
fn an_agent_token_is_warned_and_sees_only_its_inboxes() {
    let sb = TestSandbox::start();
    let receiver = Receiver::start(&[]);
    let (mine, _) = inbox_with_webhook(&sb, "Mine", &receiver);
    inbox_with_webhook(&sb, "Others", &receiver);
    // The agent (user 2) becomes a member of "Mine" only.
    sb.cmd()
        .args([
            "api",
            "POST",
            "/api/v1/accounts/1/inbox_members",
            "--input",
            "-",
        ])
        .write_stdin(format!(r#"{{"inbox_id":{mine},"user_ids":[2]}}"#))
        .assert()
        .success();
    let home = tempfile::tempdir().unwrap();
    let live = Live::start(&sb, home.path(), &sb.config.agent_token, &[]);
    let warning = live.expect_stderr("not an administrator");
    assert!(
        warning.contains(&format!("{mine} (Mine)")) && !warning.contains("Others"),
        "{warning}"
    );

    // Events go out in order on one socket: once "Mine"'s message is stored, "Others"'s
    // would have been too.
    for (inbox, text) in [("Others", "not for the agent"), ("Mine", "for the agent")] {
        sb.json(&["send", "--inbox", inbox, "--as-customer", text]);
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    let list = loop {
        let list = live.events(home.path(), &["list", "--events", "message_created"]);
        if !list.as_array().unwrap().is_empty() {
            break list;
        }
        assert!(Instant::now() < deadline, "no message stored within 20 s");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["inbox_id"].to_string(), mine);
    drop(live);
}

#[test]
fn a_dropped_socket_is_reconnected_and_the_gap_backfilled() {
    let sb = TestSandbox::start();
    let receiver = Receiver::start(&[]);
    let (_, secret) = inbox_with_webhook(&sb, "Support", &receiver);
    let home = tempfile::tempdir().unwrap();
    let live = Live::start(
        &sb,
        home.path(),
        &sb.config.admin_token,
        &[
            "--forward-to",
            &format!("{}/bot", receiver.url),
            "--secret",
            &secret,
        ],
    );
    let first = sb.json(&["send", "--inbox", "Support", "--as-customer", "before"]);
    receiver.wait_for("/bot", "the first message", |r| {
        r.json()["content"] == "before"
    });

    // A proxy restart: the socket drops and /cable is unavailable for a while.
    sb.sandbox.set_cable_down(true);
    sb.sandbox.drop_cable_connections();
    live.expect_stderr("the websocket dropped");
    let conv = first["conversation_id"].to_string();
    sb.cmd()
        .args(["send", &conv, "--incoming", "during the gap"])
        .assert()
        .success();
    live.expect_stderr("reconnect failed");
    sb.sandbox.set_cable_down(false);

    let filled = receiver.wait_for("/bot", "the gap's message", |r| {
        r.json()["content"] == "during the gap"
    });
    assert_signed(&filled, &secret);
    assert_eq!(filled.header("x-chatwoot-bridge-backfill"), Some("true"));
    assert_eq!(filled.event(), "message_created");
    assert_eq!(filled.json()["message_type"], "incoming");
    live.expect_stderr("Reconnected after");
    // The message before the gap was not sent again.
    let before: Vec<_> = receiver
        .at("/bot")
        .into_iter()
        .filter(|r| r.json()["content"] == "before")
        .collect();
    assert_eq!(before.len(), 1);
    // And the socket works again.
    sb.cmd()
        .args(["send", &conv, "--incoming", "after"])
        .assert()
        .success();
    let after = receiver.wait_for("/bot", "the message after", |r| {
        r.json()["content"] == "after"
    });
    assert_eq!(after.header("x-chatwoot-bridge-backfill"), None);
    drop(live);
}

#[test]
fn a_bad_token_exits_4_before_subscribing() {
    let sb = TestSandbox::start();
    let home = tempfile::tempdir().unwrap();
    let out = bin(home.path())
        .args(["listen", "--live", "--store"])
        .arg(home.path().join("events.sqlite"))
        .env("CHATWOOT_BASE_URL", &sb.url)
        .env("CHATWOOT_API_TOKEN", "not-a-token")
        .env("CHATWOOT_ACCOUNT_ID", sb.account())
        .timeout(Duration::from_secs(60))
        .assert()
        .code(4);
    let err = crate::common::stderr(&out);
    assert!(err.contains("/api/v1/profile"), "{err}");
    assert!(sb.sandbox.cable_commands().is_empty());
}

#[test]
fn raw_stores_the_cable_frames_untouched() {
    let sb = TestSandbox::start();
    sb.cmd()
        .args(["inbox", "create", "--name", "Support"])
        .assert()
        .success();
    let home = tempfile::tempdir().unwrap();
    let live = Live::start(&sb, home.path(), &sb.config.admin_token, &["--raw"]);
    sb.json(&["send", "--inbox", "Support", "--as-customer", "raw please"]);
    let deadline = Instant::now() + Duration::from_secs(20);
    let list = loop {
        let list = live.events(home.path(), &["list", "--events", "message_created"]);
        if !list.as_array().unwrap().is_empty() {
            break list;
        }
        assert!(Instant::now() < deadline, "no frame stored within 20 s");
        std::thread::sleep(Duration::from_millis(50));
    };
    let shown = live.events(home.path(), &["show", &list[0]["id"].to_string()]);
    let body = &shown["body"];
    assert_eq!(body["event"], "message.created");
    // Push data: integer message_type, unix created_at, the reduced conversation.
    assert_eq!(body["data"]["message_type"], 0);
    assert!(body["data"]["created_at"].is_i64(), "{body}");
    assert_eq!(body["data"]["content"], "raw please");
    drop(live);
}

#[test]
fn live_refuses_flags_that_only_apply_to_webhook_deliveries() {
    let sb = TestSandbox::start();
    sb.cmd()
        .args(["listen", "--live", "--path-secret", "/bot=bot:1"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "--path-secret applies to webhook deliveries",
        ));
    sb.cmd()
        .args(["listen", "--raw"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--live"));
}

/// `setup` run from the stored profile, so it keeps the secret under `inbox:ID` / `bot:ID`.
fn stored(sb: &TestSandbox, args: &[&str], id_field: &str, secret_cmd: &str) -> (String, String) {
    let out = sb.bare().args(args).args(["-o", "json"]).assert().success();
    let report: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let id = report[id_field].to_string();
    let secret = stdout(
        &sb.bare()
            .args([secret_cmd, "secret", &id, "-q"])
            .assert()
            .success(),
    )
    .trim()
    .to_string();
    (id, secret)
}

#[test]
fn routes_send_each_inbox_and_bot_its_own_events_signed_with_its_stored_secret() {
    let sb = TestSandbox::start();
    sb.login();
    let hooks = Receiver::start(&[]);
    let hook = format!("{}/inbox", hooks.url);
    let (sales, sales_secret) = stored(
        &sb,
        &["setup", "inbox", "--name", "Sales", "--webhook-url", &hook],
        "inbox_id",
        "inbox",
    );
    let (support, support_secret) = stored(
        &sb,
        &[
            "setup",
            "inbox",
            "--name",
            "Support",
            "--webhook-url",
            &hook,
        ],
        "inbox_id",
        "inbox",
    );
    let (bot, bot_secret) = stored(
        &sb,
        &[
            "setup",
            "bot",
            "--name",
            "Helper",
            "--inbox",
            "Support",
            "--outgoing-url",
            &format!("{}/bot-webhook", hooks.url),
        ],
        "agent_bot_id",
        "bot",
    );
    let (a, b) = (Receiver::start(&[]), Receiver::start(&[]));
    let live = Live::start(
        &sb,
        sb.home.path(),
        &sb.config.admin_token,
        &[
            "--route",
            &format!("inbox:{sales}={}/sales", a.url),
            "--route",
            &format!("inbox:{support}={}/support", b.url),
            "--route",
            &format!("bot:{bot}={}/bot", b.url),
        ],
    );
    assert!(
        live.stderr()
            .contains(&format!("Routing bot:{bot} (inbox {support})")),
        "{}",
        live.stderr()
    );
    let send = |inbox: &str, text: &str, contact: &str| {
        sb.json(&[
            "send",
            "--inbox",
            inbox,
            "--as-customer",
            text,
            "--contact",
            contact,
        ]);
    };
    send("Sales", "A quote, please", "c-1");
    send("Support", "It is broken", "c-2");
    let content =
        |text: &'static str| move |r: &crate::common::Received| r.json()["content"] == text;
    assert_signed(
        &a.wait_for("/sales", "the Sales message", content("A quote, please")),
        &sales_secret,
    );
    assert_signed(
        &b.wait_for("/support", "the Support message", content("It is broken")),
        &support_secret,
    );
    // The bot linked to Support gets that message too, signed with the bot's secret.
    assert_signed(
        &b.wait_for("/bot", "the Support message", content("It is broken")),
        &bot_secret,
    );
    // A later message of each inbox arrives after anything misrouted would have.
    send("Sales", "Still there?", "c-1");
    send("Support", "Hello?", "c-2");
    a.wait_for(
        "/sales",
        "the second Sales message",
        content("Still there?"),
    );
    b.wait_for("/bot", "the second Support message", content("Hello?"));
    b.wait_for("/support", "the second Support message", content("Hello?"));
    let inboxes = |r: &Receiver| {
        r.all()
            .iter()
            .map(|d| {
                let body = d.json();
                // Message events carry `inbox`; conversation events `inbox_id`.
                let id = [&body["inbox"]["id"], &body["inbox_id"]]
                    .into_iter()
                    .find(|v| !v.is_null())
                    .cloned()
                    .unwrap_or_default();
                id.to_string()
            })
            .collect::<std::collections::BTreeSet<_>>()
    };
    assert_eq!(inboxes(&a), [sales.clone()].into(), "only Sales reaches a");
    assert_eq!(
        inboxes(&b),
        [support.clone()].into(),
        "only Support reaches b"
    );
    // Chatwoot sends bots no conversation_created; the inbox's route gets it.
    assert!(b
        .at("/support")
        .iter()
        .any(|r| r.event() == "conversation_created"));
    assert!(
        b.at("/bot")
            .iter()
            .all(|r| r.event() != "conversation_created"),
        "{:?}",
        b.at("/bot").iter().map(|r| r.event()).collect::<Vec<_>>()
    );
    assert!(live.stop().success(), "clean exit on SIGTERM");
}

#[test]
fn a_route_label_without_a_stored_secret_or_of_another_kind_is_a_usage_error() {
    let sb = TestSandbox::start();
    sb.login();
    sb.bare()
        .args([
            "listen",
            "--live",
            "--route",
            "inbox:99=http://127.0.0.1:1/x",
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "--route inbox:99=http://127.0.0.1:1/x: profile 'default' has no secret 'inbox:99'",
        ))
        .stderr(predicates::str::contains("pass --secret"));
    sb.bare()
        .args(["listen", "--live", "--route", "/bot=http://127.0.0.1:1/x"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "with --live, route by inbox:ID or bot:ID",
        ));
}

#[test]
fn a_conversation_started_before_listening_costs_one_api_call() {
    let sb = TestSandbox::start();
    let receiver = Receiver::start(&[]);
    inbox_with_webhook(&sb, "Support", &receiver);
    let sent = sb.json(&["send", "--inbox", "Support", "--as-customer", "first"]);
    let conv = sent["conversation_id"].to_string();
    let home = tempfile::tempdir().unwrap();
    let live = Live::start(
        &sb,
        home.path(),
        &sb.config.admin_token,
        &["--forward-to", &format!("{}/bot", receiver.url)],
    );
    // Raw API calls, so the request log holds only the feed's own reads.
    for text in ["second", "third"] {
        sb.cmd()
            .args([
                "api",
                "POST",
                &format!("/api/v1/accounts/1/conversations/{conv}/messages"),
                "-f",
                &format!("content={text}"),
                "-f",
                "message_type=incoming",
            ])
            .assert()
            .success();
    }
    let third = receiver.wait_for("/bot", "the third message", |r| {
        r.json()["content"] == "third"
    });
    // The conversation the feed never saw was read once, and is in the body in full.
    let body = third.json();
    assert_eq!(body["conversation"]["id"].to_string(), conv);
    assert_eq!(body["conversation"]["status"], "open");
    assert_eq!(body["conversation"]["messages"][0]["content"], "third");
    assert_eq!(body["inbox"]["name"], "Support");
    // `send` read it too, before the feed started (with its profile read).
    let reads = sb
        .sandbox
        .requests()
        .iter()
        .skip_while(|r| r.path != "/api/v1/profile")
        .filter(|r| {
            r.method == "GET" && r.path == format!("/api/v1/accounts/1/conversations/{conv}")
        })
        .count();
    assert_eq!(
        reads,
        1,
        "{:?}",
        sb.sandbox
            .requests()
            .iter()
            .map(|r| format!(
                "{} {}?{}",
                r.method,
                r.path,
                r.query.clone().unwrap_or_default()
            ))
            .collect::<Vec<_>>()
    );
    // Forwarded unsigned without a secret, and said so at start.
    assert_eq!(third.header("x-chatwoot-signature"), None);
    assert!(live.stderr().contains("UNSIGNED"), "{}", live.stderr());
    drop(live);
}
