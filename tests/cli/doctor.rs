//! `doctor`: one test per state it diagnoses, each against the sandbox (or a scripted server
//! where the sandbox cannot make the state), checking what the user sees: the status of
//! the check, its fix, and the exit code. No test needs DNS: webhook URLs are IP literals.

use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

use crate::common::{bin, dead_url, example_bot, stdout, Reply, ScriptedServer, TestSandbox};

/// A public address, so no listener check runs and nothing resolves through DNS.
const PUBLIC_HOOK: &str = "https://93.184.216.34/chatwoot";

/// The doctor's JSON report (`doctor ARGS -o json`), expecting the exit code.
fn report(cmd: &mut assert_cmd::Command, args: &[&str], code: i32) -> Value {
    let out = cmd
        .arg("doctor")
        .args(args)
        .args(["-o", "json"])
        .assert()
        .code(code);
    serde_json::from_slice(&out.get_output().stdout).expect("doctor -o json prints JSON")
}

/// The checks named `name`, in order.
fn checks<'a>(report: &'a Value, name: &str) -> Vec<&'a Value> {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["check"] == name)
        .collect()
}

/// The one check named `name`.
fn check<'a>(report: &'a Value, name: &str) -> &'a Value {
    match checks(report, name).as_slice() {
        [one] => one,
        other => panic!("expected one '{name}' check, got {other:?} in {report:#}"),
    }
}

fn status(report: &Value, name: &str) -> String {
    check(report, name)["status"].as_str().unwrap().to_string()
}

fn fix(report: &Value, name: &str) -> String {
    check(report, name)["fix"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn setup_inbox(sb: &TestSandbox, name: &str, webhook_url: &str) -> String {
    sb.json(&[
        "setup",
        "inbox",
        "--name",
        name,
        "--webhook-url",
        webhook_url,
    ])["inbox_id"]
        .to_string()
}

/// A `chatwoot-bridge listen` process, killed on drop.
struct Listener {
    port: u16,
    child: Child,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn listen(sb: &TestSandbox) -> Listener {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let home = sb.home.path();
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("chatwoot-bridge"))
        .args(["listen", "--port", &port.to_string()])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("CHATWOOT_BRIDGE_CONFIG_DIR", home.join("config"))
        .env("CHATWOOT_BRIDGE_DATA_DIR", home.join("data"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start listen");
    let listener = Listener { port, child };
    let deadline = Instant::now() + crate::common::PATIENCE;
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "listen did not start on {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
    listener
}

#[test]
fn all_good_exits_0_with_a_listener_a_linked_bot_and_current_secrets() {
    let sb = TestSandbox::start();
    sb.login();
    let listener = listen(&sb);
    let inbox = setup_inbox(
        &sb,
        "Support",
        &format!("http://127.0.0.1:{}/inbox", listener.port),
    );
    let _bot = example_bot(&sb, "Demo", "Support");

    let json = report(&mut sb.bare(), &[], 0);
    for name in [
        "config", "instance", "token", "account", "role", "inbox", "bot",
    ] {
        assert_eq!(status(&json, name), "pass", "{name}: {json:#}");
    }
    assert!(check(&json, "instance")["summary"]
        .as_str()
        .unwrap()
        .contains("Chatwoot 4.15.1"));
    assert_eq!(check(&json, "inbox")["inbox_id"].to_string(), inbox);
    // Loopback targets work with this instance, but a real Chatwoot 4.14+ refuses them.
    for name in ["webhook_url", "bot_url"] {
        assert_eq!(status(&json, name), "warn", "{json:#}");
        assert!(fix(&json, name).contains("SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true"));
    }
    let signing = checks(&json, "signing");
    assert_eq!(signing.len(), 2, "the inbox's and the bot's: {json:#}");
    assert!(signing.iter().all(|c| c["status"] == "pass"), "{json:#}");
    assert!(signing[1]["bot_id"].is_u64());
    let listeners = checks(&json, "listener");
    assert_eq!(listeners.len(), 2, "{json:#}");
    assert!(listeners.iter().all(|c| c["status"] == "pass"), "{json:#}");
    assert!(listeners[0]["summary"]
        .as_str()
        .unwrap()
        .contains("chatwoot-bridge listen answers"));
    assert_eq!(
        (json["failed"].as_u64(), json["warnings"].as_u64()),
        (Some(0), Some(2))
    );

    // The table: a line per check, the fix under each warning, the counts; no secret.
    let out = sb.bare().arg("doctor").assert().success();
    let text = stdout(&out);
    assert!(text.contains("PASS  listener"), "{text}");
    assert!(text.contains("WARN  webhook_url  inbox "), "{text}");
    assert!(text.contains("fix: "), "{text}");
    assert!(text.contains("0 failed, 0 skipped"), "{text}");
    let secret = stdout(
        &sb.cmd()
            .args(["inbox", "secret", &inbox, "-q"])
            .assert()
            .success(),
    );
    assert!(!text.contains(secret.trim()), "a secret was printed");
    // Quiet and successful: nothing at all.
    sb.bare()
        .args(["doctor", "-q"])
        .assert()
        .success()
        .stdout("");
}

#[test]
fn no_token_fails_the_token_check_and_names_auth_login() {
    let sb = TestSandbox::start();
    let json = report(&mut sb.bare(), &["--url", &sb.url, "--account", "1"], 1);
    assert_eq!(status(&json, "instance"), "pass");
    assert_eq!(status(&json, "token"), "fail");
    assert!(fix(&json, "token").contains("chatwoot-bridge auth login"));
    assert!(fix(&json, "token").contains("CHATWOOT_API_TOKEN"));
    assert_eq!(status(&json, "account"), "skip");
    sb.bare()
        .args(["doctor", "--url", &sb.url])
        .assert()
        .code(1)
        .stdout(contains("FAIL  token").and(contains("fix: run `chatwoot-bridge auth login`")))
        .stderr(contains("1 check failed: token"));
}

#[test]
fn a_rejected_token_fails_with_the_401_and_where_it_came_from() {
    let sb = TestSandbox::start();
    let json = report(sb.cmd().env("CHATWOOT_API_TOKEN", "revoked-token"), &[], 1);
    assert_eq!(status(&json, "token"), "fail");
    let summary = check(&json, "token")["summary"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        summary.contains("401") && summary.contains("CHATWOOT_API_TOKEN"),
        "{summary}"
    );
    assert!(fix(&json, "token").contains("set CHATWOOT_API_TOKEN"));
    assert!(
        !json.to_string().contains("revoked-token"),
        "the token was printed"
    );
}

#[test]
fn an_unreachable_instance_fails_and_the_checks_that_need_it_are_skipped() {
    let home = tempfile::tempdir().unwrap();
    let json = report(
        bin(home.path())
            .env("CHATWOOT_BASE_URL", dead_url())
            .env("CHATWOOT_API_TOKEN", "some-token")
            .env("CHATWOOT_ACCOUNT_ID", "1"),
        &[],
        1,
    );
    assert_eq!(status(&json, "config"), "pass");
    assert_eq!(status(&json, "instance"), "fail");
    assert!(check(&json, "instance")["summary"]
        .as_str()
        .unwrap()
        .contains("does not answer"));
    assert!(fix(&json, "instance").contains("CHATWOOT_BASE_URL"));
    for name in ["token", "account", "role", "inbox"] {
        assert_eq!(status(&json, name), "skip", "{name}");
    }
    assert_eq!(json["failed"], 1);
}

#[test]
fn an_agent_token_warns_that_provisioning_needs_an_administrator() {
    let sb = TestSandbox::start();
    setup_inbox(&sb, "Support", PUBLIC_HOOK);
    let json = report(&mut sb.agent_cmd(), &[], 0);
    assert_eq!(status(&json, "token"), "pass");
    assert_eq!(status(&json, "role"), "warn");
    let summary = check(&json, "role")["summary"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(summary.starts_with("agent: provisioning"), "{summary}");
    assert!(fix(&json, "role").contains("administrator's access token"));
    // The agent is no member of the inbox, so it sees none.
    assert_eq!(status(&json, "inbox"), "warn");
    assert!(fix(&json, "inbox").contains("add this user to the inbox"));
}

#[test]
fn an_account_the_token_cannot_reach_fails_naming_the_ones_it_can() {
    let sb = TestSandbox::start();
    let json = report(sb.cmd().env("CHATWOOT_ACCOUNT_ID", "42"), &[], 1);
    assert_eq!(status(&json, "account"), "fail");
    assert!(fix(&json, "account").contains("1 (Sandbox, administrator)"));
    assert_eq!(status(&json, "role"), "skip");
}

#[test]
fn an_inbox_without_a_webhook_url_warns_unless_a_bot_is_linked() {
    let sb = TestSandbox::start();
    sb.json(&["inbox", "create", "--name", "Quiet"]);
    let json = report(&mut sb.cmd(), &["--inbox", "Quiet"], 0);
    assert_eq!(status(&json, "webhook_url"), "warn");
    assert!(check(&json, "webhook_url")["summary"]
        .as_str()
        .unwrap()
        .contains("nothing receives"));
    assert!(fix(&json, "webhook_url").contains("setup inbox --name 'Quiet' --webhook-url"));
    assert_eq!(status(&json, "bot"), "pass");

    sb.json(&[
        "setup",
        "bot",
        "--name",
        "Triage",
        "--outgoing-url",
        "https://93.184.216.34/bot",
        "--inbox",
        "Quiet",
    ]);
    let json = report(&mut sb.cmd(), &["--inbox", "Quiet"], 0);
    assert_eq!(status(&json, "webhook_url"), "pass", "{json:#}");
    assert_eq!(status(&json, "bot"), "pass");
    assert_eq!(status(&json, "bot_url"), "pass");
}

#[test]
fn no_api_inbox_at_all_warns_with_the_setup_command() {
    let sb = TestSandbox::start();
    let json = report(&mut sb.cmd(), &[], 0);
    assert_eq!(status(&json, "inbox"), "warn");
    assert!(
        fix(&json, "inbox").contains("chatwoot-bridge setup inbox --name NAME --webhook-url URL")
    );
}

#[test]
fn a_loopback_webhook_with_nothing_listening_fails_naming_listen_port() {
    let sb = TestSandbox::start();
    let dead = dead_url();
    let port = dead.rsplit(':').next().unwrap().to_string();
    let inbox = setup_inbox(&sb, "Support", &format!("{dead}/inbox"));
    let json = report(&mut sb.cmd(), &[], 1);
    assert_eq!(status(&json, "listener"), "fail");
    assert!(check(&json, "listener")["summary"]
        .as_str()
        .unwrap()
        .contains("nothing listens"));
    assert!(
        fix(&json, "listener").contains(&format!("chatwoot-bridge listen --port {port}")),
        "{json:#}"
    );
    // -q: only what failed.
    sb.cmd()
        .args(["doctor", "-q"])
        .assert()
        .code(1)
        .stdout(format!("listener inbox:{inbox}\n"));
    // --listener checks that one instead, e.g. a listener behind a tunnel.
    let l = listen(&sb);
    let json = report(
        &mut sb.cmd(),
        &["--listener", &format!("http://127.0.0.1:{}", l.port)],
        0,
    );
    assert_eq!(status(&json, "listener"), "pass");
    assert_eq!(check(&json, "listener")["inbox_id"], Value::Null);
}

#[test]
fn a_linked_bot_without_an_outgoing_url_fails() {
    let sb = TestSandbox::start();
    setup_inbox(&sb, "Support", PUBLIC_HOOK);
    let bot = sb.json(&[
        "setup",
        "bot",
        "--name",
        "Mute",
        "--outgoing-url",
        "https://93.184.216.34/bot",
        "--inbox",
        "Support",
    ])["agent_bot_id"]
        .to_string();
    sb.cmd()
        .args(["bot", "update", &bot, "--outgoing-url", ""])
        .assert()
        .success();
    let json = report(&mut sb.cmd(), &["--inbox", "Support"], 1);
    assert_eq!(status(&json, "bot"), "fail");
    assert!(check(&json, "bot")["summary"]
        .as_str()
        .unwrap()
        .contains("conversations stay pending"));
    assert!(fix(&json, "bot").contains(&format!("bot update {bot} --outgoing-url URL")));
    assert!(checks(&json, "bot_url").is_empty());
}

#[test]
fn a_stored_secret_reset_elsewhere_is_stale_until_read_again() {
    let sb = TestSandbox::start();
    sb.login();
    let inbox = setup_inbox(&sb, "Support", PUBLIC_HOOK);
    let json = report(&mut sb.bare(), &[], 0);
    assert_eq!(status(&json, "signing"), "pass");

    // Someone resets the secret from another machine (another config).
    let elsewhere = tempfile::tempdir().unwrap();
    sb.cmd()
        .env("CHATWOOT_BRIDGE_CONFIG_DIR", elsewhere.path())
        .args(["inbox", "secret", &inbox, "--reset", "--yes"])
        .assert()
        .success();
    let json = report(&mut sb.bare(), &[], 1);
    assert_eq!(status(&json, "signing"), "fail");
    assert!(check(&json, "signing")["summary"]
        .as_str()
        .unwrap()
        .contains("stale"));
    assert!(fix(&json, "signing").contains(&format!("chatwoot-bridge inbox secret {inbox}")));

    // Following the fix: reading the secret stores the current one.
    sb.bare()
        .args(["inbox", "secret", &inbox])
        .assert()
        .success();
    assert_eq!(status(&report(&mut sb.bare(), &[], 0), "signing"), "pass");
}

#[test]
fn a_webhook_secret_in_the_environment_is_compared_too() {
    let sb = TestSandbox::start();
    setup_inbox(&sb, "Support", PUBLIC_HOOK);
    let json = report(
        sb.cmd().env("CHATWOOT_WEBHOOK_SECRET", "not-the-secret"),
        &[],
        1,
    );
    assert_eq!(status(&json, "signing"), "fail");
    assert!(fix(&json, "signing").contains("unset it"));
    // Without a stored profile there is nowhere to keep it: the fix says so.
    let json = report(&mut sb.cmd(), &[], 0);
    assert_eq!(status(&json, "signing"), "warn");
    assert!(fix(&json, "signing").contains("CHATWOOT_WEBHOOK_SECRET="));
}

#[test]
fn the_current_secret_stored_under_another_label_passes_as_listen_would_use_it() {
    let sb = TestSandbox::start();
    sb.login();
    let id = setup_inbox(&sb, "Support", PUBLIC_HOOK);
    // As if saved by hand under a label of the user's choosing.
    let path = sb.config_dir().join("config.toml");
    let config = std::fs::read_to_string(&path).unwrap();
    let relabelled = config.replace(&format!("\"inbox:{id}\""), "\"my-label\"");
    assert_ne!(
        config, relabelled,
        "the secret was not stored under inbox:{id}"
    );
    std::fs::write(&path, relabelled).unwrap();
    let json = report(&mut sb.cmd(), &[], 0);
    assert_eq!(status(&json, "signing"), "pass");
    assert!(check(&json, "signing")["summary"]
        .as_str()
        .unwrap()
        .contains("another label"));
}

#[test]
fn a_non_api_inbox_named_with_inbox_fails() {
    // The sandbox makes API inboxes only; a scripted Chatwoot answers for a website inbox.
    let server = ScriptedServer::start(vec![
        Reply::json(
            200,
            r#"{"version":"4.15.1","timestamp":"2026-06-20 10:00:00","queue_services":"ok","data_services":"ok"}"#,
        ),
        Reply::json(
            200,
            r#"{"id":1,"name":"Admin","email":"admin@example.com","accounts":[{"id":1,"name":"Acme","role":"administrator"}]}"#,
        ),
        Reply::json(
            200,
            r#"{"id":5,"name":"Website","channel_type":"Channel::WebWidget"}"#,
        ),
        Reply::json(200, "{}"),
    ]);
    let home = tempfile::tempdir().unwrap();
    let json = report(
        bin(home.path())
            .env("CHATWOOT_BASE_URL", &server.url)
            .env("CHATWOOT_API_TOKEN", "t0ken")
            .env("CHATWOOT_ACCOUNT_ID", "1"),
        &["--inbox", "5"],
        1,
    );
    assert_eq!(status(&json, "inbox"), "fail");
    assert!(check(&json, "inbox")["summary"]
        .as_str()
        .unwrap()
        .contains("WebWidget"));
    assert!(fix(&json, "inbox").contains("setup inbox"));
    assert_eq!(status(&json, "webhook_url"), "skip");
    assert_eq!(
        server.received(),
        [
            "GET /api",
            "GET /api/v1/profile",
            "GET /api/v1/accounts/1/inboxes/5",
            "GET /api/v1/accounts/1/inboxes/5/agent_bot"
        ]
    );
}

#[test]
fn something_other_than_chatwoot_at_the_url_fails_the_instance_check() {
    let server = ScriptedServer::start(vec![Reply::text(
        200,
        "text/html",
        "<html>Welcome to nginx</html>",
    )]);
    let home = tempfile::tempdir().unwrap();
    let json = report(
        bin(home.path())
            .env("CHATWOOT_BASE_URL", &server.url)
            .env("CHATWOOT_API_TOKEN", "t0ken"),
        &[],
        1,
    );
    assert_eq!(status(&json, "instance"), "fail");
    assert!(check(&json, "instance")["summary"]
        .as_str()
        .unwrap()
        .contains("not as Chatwoot"));
    assert_eq!(status(&json, "token"), "skip");
}

#[cfg(unix)]
#[test]
fn a_config_file_others_can_read_warns_with_chmod() {
    use std::os::unix::fs::PermissionsExt;
    let sb = TestSandbox::start();
    sb.login();
    let path = sb.config_dir().join("config.toml");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let json = report(&mut sb.bare(), &[], 0);
    assert_eq!(status(&json, "config"), "warn");
    assert_eq!(
        fix(&json, "config"),
        format!("chmod 600 {}", path.display())
    );
}

#[test]
fn account_webhooks_are_checked_like_inbox_webhooks() {
    let sb = TestSandbox::start();
    setup_inbox(&sb, "Support", PUBLIC_HOOK);
    let json = report(&mut sb.cmd(), &[], 0);
    assert_eq!(status(&json, "webhook"), "pass", "{json:#}");

    // A loopback account webhook with nothing listening: the same diagnosis as an inbox's.
    let dead = dead_url();
    let port = dead.rsplit(':').next().unwrap().to_string();
    let hook = sb.json(&[
        "webhook",
        "create",
        "--url",
        &format!("{dead}/crm"),
        "--events",
        "message_created",
    ]);
    let id = hook["id"].as_u64().unwrap();
    let json = report(&mut sb.cmd(), &[], 1);
    let checked = check(&json, "webhook");
    assert_eq!(checked["webhook_id"], id, "{json:#}");
    assert_eq!(checked["status"], "warn", "{json:#}");
    assert!(
        checked["summary"].as_str().unwrap().contains("loopback"),
        "{json:#}"
    );
    let listener = check(&json, "listener");
    assert_eq!(listener["status"], "fail", "{json:#}");
    assert_eq!(listener["webhook_id"], id);
    assert!(
        fix(&json, "listener").contains(&format!("chatwoot-bridge listen --port {port}")),
        "{json:#}"
    );
    sb.cmd()
        .args(["doctor", "-q"])
        .assert()
        .code(1)
        .stdout(format!("listener webhook:{id}\n"));

    // Agents cannot list account webhooks: said, not failed.
    let json = report(&mut sb.agent_cmd(), &[], 0);
    assert_eq!(status(&json, "webhook"), "skip", "{json:#}");
    // --inbox narrows the diagnosis to that inbox.
    let json = report(&mut sb.cmd(), &["--inbox", "Support"], 0);
    assert!(checks(&json, "webhook").is_empty(), "{json:#}");
}

#[test]
fn the_live_check_subscribes_and_names_the_proxy_fix_when_cable_is_broken() {
    let sb = TestSandbox::start();
    let json = report(&mut sb.cmd(), &[], 0);
    assert_eq!(status(&json, "live"), "pass", "{json:#}");
    assert!(check(&json, "live")["summary"]
        .as_str()
        .unwrap()
        .contains("/cable"));
    assert!(sb
        .sandbox
        .cable_commands()
        .iter()
        .all(|c| c["command"] == "subscribe"));

    // A proxy that does not upgrade /cable: a warning with its own fix line, exit 0.
    sb.sandbox.set_cable_down(true);
    let json = report(&mut sb.cmd(), &[], 0);
    assert_eq!(status(&json, "live"), "warn", "{json:#}");
    assert!(
        fix(&json, "live").contains("proxy_set_header Upgrade"),
        "{json:#}"
    );
}
