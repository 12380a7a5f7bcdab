//! Stored signing secrets: tied to the instance and account they came from, picked up by a
//! running `listen`, removed by `auth logout`; the config directory is private; commands
//! that print one secret print only it into a pipe.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use predicates::str::contains;
use serde_json::Value;

use crate::common::{bin, TestSandbox};

/// A public address: no listener check runs and nothing resolves through DNS.
const PUBLIC_HOOK: &str = "https://93.184.216.34/chatwoot";

fn config_text(home: &Path) -> String {
    std::fs::read_to_string(home.join("config/config.toml")).unwrap_or_default()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn secret_of(sb: &TestSandbox, what: &str, id: &str) -> String {
    sb.json(&[what, "secret", id])["secret"]
        .as_str()
        .unwrap()
        .to_string()
}

fn doctor_check(cmd: &mut assert_cmd::Command, inbox: &str, name: &str) -> Value {
    let out = cmd
        .args(["doctor", "--inbox", inbox, "-o", "json"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).expect("doctor -o json");
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == name)
        .unwrap_or_else(|| panic!("no {name} check in {report:#}"))
        .clone()
}

/// `listen` on a free port with the sandbox's config dir and no other settings (as a user
/// in a second terminal, working from the stored profile).
struct Listen {
    child: Child,
    url: String,
    store: std::path::PathBuf,
    home: std::path::PathBuf,
}

impl Listen {
    fn start(home: &Path) -> Listen {
        let store = home.join("listen.sqlite");
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("chatwoot-bridge"))
            .args(["listen", "--port", "0", "--store"])
            .arg(&store)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home)
            .env("CHATWOOT_BRIDGE_CONFIG_DIR", home.join("config"))
            .env("NO_COLOR", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start listen");
        let url = listening_url(&mut child);
        Listen {
            child,
            url,
            store,
            home: home.to_path_buf(),
        }
    }

    fn wait_for(&self, event: &str) -> Vec<Value> {
        wait_for_event(&self.home, &self.store, event)
    }
}

/// The URL a starting `listen` prints on stderr (the rest of stderr is drained).
pub fn listening_url(child: &mut Child) -> String {
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut seen = String::new();
    loop {
        let mut line = String::new();
        assert!(
            err.read_line(&mut line).unwrap() > 0,
            "listen exited: {seen}"
        );
        seen.push_str(&line);
        if let Some(rest) = line.strip_prefix("Listening on ") {
            std::thread::spawn(move || for _ in err.lines() {});
            return rest.split(':').take(3).collect::<Vec<_>>().join(":");
        }
    }
}

/// The deliveries of an event in a store, waiting for at least one.
pub fn wait_for_event(home: &Path, store: &Path, event: &str) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let out = bin(home)
            .args(["events", "list", "--events", event, "-o", "json", "--store"])
            .arg(store)
            .assert()
            .success();
        let list: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        let list = list.as_array().unwrap().clone();
        if !list.is_empty() {
            return list;
        }
        assert!(
            Instant::now() < deadline,
            "no {event} delivery stored within 30 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

impl Drop for Listen {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn listen_verifies_with_a_secret_setup_stored_after_it_started() {
    let sb = TestSandbox::start();
    sb.login();
    // An inbox set up earlier: listen starts with its secret only.
    sb.bare()
        .args([
            "setup",
            "inbox",
            "--name",
            "Earlier",
            "--webhook-url",
            PUBLIC_HOOK,
        ])
        .assert()
        .success();
    let listen = Listen::start(sb.home.path());

    // The README's order: listen runs, then setup points a new inbox at it.
    let report: Value = serde_json::from_slice(
        &sb.bare()
            .args([
                "setup",
                "inbox",
                "--name",
                "Support",
                "--webhook-url",
                &format!("{}/inbox", listen.url),
                "-o",
                "json",
            ])
            .assert()
            .success()
            .get_output()
            .stdout,
    )
    .unwrap();
    let inbox = report["inbox_id"].to_string();
    sb.bare()
        .args([
            "send",
            "--inbox",
            "Support",
            "--as-customer",
            "Hello",
            "--contact",
            "c-1",
        ])
        .assert()
        .success();
    let stored = listen.wait_for("message_created");
    assert_eq!(stored[0]["signature"], "valid", "{stored:#?}");
    assert_eq!(stored[0]["status"], 200, "{stored:#?}");

    // doctor agrees with what the running listener accepts.
    let signing = doctor_check(&mut sb.bare(), &inbox, "signing");
    assert_eq!(signing["status"], "pass", "{signing:#}");
}

#[test]
fn secrets_belong_to_the_instance_they_came_from() {
    let a = TestSandbox::start();
    let b = TestSandbox::start();
    a.login();
    let a_inbox = a.json(&[
        "setup",
        "inbox",
        "--name",
        "A",
        "--webhook-url",
        PUBLIC_HOOK,
    ])["inbox_id"]
        .to_string();
    // The same profile, pointed at a second instance through the environment.
    let on_b = || {
        let mut cmd = bin(a.home.path());
        cmd.env("CHATWOOT_BASE_URL", &b.url)
            .env("CHATWOOT_API_TOKEN", &b.config.admin_token)
            .env("CHATWOOT_ACCOUNT_ID", b.account());
        cmd
    };
    let b_inbox: Value = serde_json::from_slice(
        &on_b()
            .args([
                "setup",
                "inbox",
                "--name",
                "B",
                "--webhook-url",
                PUBLIC_HOOK,
                "-o",
                "json",
            ])
            .assert()
            .success()
            .get_output()
            .stdout,
    )
    .unwrap();
    let b_inbox = b_inbox["inbox_id"].to_string();
    assert_eq!(
        a_inbox, b_inbox,
        "both instances number their first inbox alike"
    );
    let (a_secret, b_secret) = (
        secret_of(&a, "inbox", &a_inbox),
        secret_of(&b, "inbox", &b_inbox),
    );
    assert_ne!(a_secret, b_secret);
    let config = config_text(a.home.path());
    assert!(
        config.contains(&a_secret) && config.contains(&b_secret),
        "both secrets are kept:\n{config}"
    );

    // doctor on each instance finds that instance's secret current, not stale.
    let on_a = doctor_check(&mut a.bare(), &a_inbox, "signing");
    assert_eq!(on_a["status"], "pass", "{on_a:#}");
    let on_b_check = doctor_check(&mut on_b(), &b_inbox, "signing");
    assert_eq!(on_b_check["status"], "pass", "{on_b_check:#}");

    // profile show names the other instance's secret with its instance.
    a.bare()
        .args(["profile", "show"])
        .assert()
        .success()
        .stdout(contains(format!("inbox:{b_inbox} ({}", b.url)));
}

#[test]
fn secrets_of_the_old_layout_are_the_profiles_own_instances() {
    let sb = TestSandbox::start();
    let inbox = sb.json(&[
        "setup",
        "inbox",
        "--name",
        "Old",
        "--webhook-url",
        PUBLIC_HOOK,
    ])["inbox_id"]
        .to_string();
    let secret = secret_of(&sb, "inbox", &inbox);
    // A config.toml as earlier versions wrote it.
    let dir = sb.home.path().join("config");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("config.toml");
    std::fs::write(
        &path,
        format!(
            "current_profile = \"default\"\n\n[profiles.default]\nurl = \"{}\"\naccount_id = {}\ntoken = \"{}\"\n\n[profiles.default.webhook_secrets]\n\"inbox:{inbox}\" = \"{secret}\"\n",
            sb.url,
            sb.account(),
            sb.config.admin_token
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    let signing = doctor_check(&mut sb.bare(), &inbox, "signing");
    assert_eq!(signing["status"], "pass", "{signing:#}");
    assert!(signing["summary"]
        .as_str()
        .unwrap()
        .contains("stored in profile"));
}

#[test]
fn logout_removes_the_signing_secrets_with_the_token() {
    let sb = TestSandbox::start();
    sb.login();
    let inbox = sb.json(&[
        "setup",
        "inbox",
        "--name",
        "Desk",
        "--webhook-url",
        PUBLIC_HOOK,
    ])["inbox_id"]
        .to_string();
    let secret = secret_of(&sb, "inbox", &inbox);
    assert!(config_text(sb.home.path()).contains(&secret));
    sb.bare()
        .args(["auth", "logout"])
        .assert()
        .success()
        .stderr(contains(
            "Removed the tokens and the 1 stored signing secret",
        ));
    let config = config_text(sb.home.path());
    assert!(!config.contains(&secret), "{config}");
    assert!(!config.contains(&sb.config.admin_token), "{config}");
    sb.bare()
        .args(["profile", "show"])
        .assert()
        .success()
        .stdout(contains("Webhook secrets  -"));
}

#[cfg(unix)]
#[test]
fn the_config_directory_is_private() {
    let sb = TestSandbox::start();
    sb.login();
    let dir = sb.home.path().join("config");
    assert_eq!(mode(&dir), 0o700, "a new config dir");

    // One an older version left 0755 in the platform's place is tightened...
    let home = tempfile::tempdir().unwrap();
    let default_dir = home.path().join(".config/chatwoot-bridge");
    std::fs::create_dir_all(&default_dir).unwrap();
    std::fs::copy(dir.join("config.toml"), default_dir.join("config.toml")).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&default_dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    bin(home.path())
        .env_remove("CHATWOOT_BRIDGE_CONFIG_DIR")
        .args(["profile", "list"])
        .assert()
        .success()
        .stderr(contains("made it 0700"));
    assert_eq!(mode(&default_dir), 0o700);

    // ...and one named by CHATWOOT_BRIDGE_CONFIG_DIR is warned about, with the fix.
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    sb.bare()
        .args(["profile", "list"])
        .assert()
        .success()
        .stderr(contains(format!("run `chmod 700 {}`", dir.display())));
    assert_eq!(mode(&dir), 0o755, "left as it was");
    let out = sb.bare().args(["doctor", "-o", "json"]).output().unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let config = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "config")
        .unwrap();
    assert_eq!(config["status"], "warn", "{config:#}");
    assert_eq!(config["fix"], format!("chmod 700 {}", dir.display()));
}

#[test]
fn inbox_secret_into_a_pipe_prints_only_the_secret() {
    let sb = TestSandbox::start();
    let inbox = sb.json(&[
        "setup",
        "inbox",
        "--name",
        "Desk",
        "--webhook-url",
        PUBLIC_HOOK,
    ])["inbox_id"]
        .to_string();
    let secret = secret_of(&sb, "inbox", &inbox);
    sb.cmd()
        .args(["inbox", "secret", &inbox])
        .assert()
        .success()
        .stdout(format!("{secret}\n"));
}
