//! Spinners: on a terminal only, after a second of waiting, never with NO_COLOR, and their
//! line is erased before anything else is printed.

use std::process::Stdio;
use std::time::Duration;

use crate::common::{stderr, stdout, TestSandbox};

/// Erase-line, as a spinner clears itself.
const CLEAR: &str = "\r\x1b[2K";

/// Every request takes 300 ms, so `send --as-customer` (5 requests) waits over a second.
fn slow_sandbox_with_an_inbox() -> TestSandbox {
    let sb = TestSandbox::start_with(|c| c.latency = Duration::from_millis(300));
    sb.json(&["inbox", "create", "--name", "Support"]);
    sb
}

const SEND: &[&str] = &["send", "--inbox", "Support", "--as-customer", "hello"];

/// The binary on a pseudo-terminal (stdout and stderr), through util-linux `script`;
/// `None` where `script` is missing.
fn on_terminal(sb: &TestSandbox, args: &[&str], no_color: bool) -> Option<String> {
    let has_script = std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_script {
        eprintln!("skipped: util-linux `script` is not installed");
        return None;
    }
    let bin = assert_cmd::cargo::cargo_bin("chatwoot-bridge");
    let line = std::iter::once(bin.to_str().unwrap())
        .chain(args.iter().copied())
        .map(|a| format!("'{}'", a.replace('\'', r"'\''")))
        .collect::<Vec<_>>()
        .join(" ");
    let home = sb.home.path();
    let mut cmd = std::process::Command::new("script");
    cmd.args(["-qec", &line, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("CHATWOOT_BRIDGE_CONFIG_DIR", home.join("config"))
        .env("CHATWOOT_BRIDGE_DATA_DIR", home.join("data"))
        .env("CHATWOOT_BASE_URL", &sb.url)
        .env("CHATWOOT_API_TOKEN", &sb.config.admin_token)
        .env("CHATWOOT_ACCOUNT_ID", sb.account())
        .stdin(Stdio::null());
    if no_color {
        cmd.env("NO_COLOR", "1");
    }
    let out = cmd.output().expect("run script");
    assert!(out.status.success(), "{out:?}");
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn a_long_wait_shows_a_spinner_on_a_terminal_and_clears_its_line() {
    let sb = slow_sandbox_with_an_inbox();
    let Some(screen) = on_terminal(&sb, SEND, false) else {
        return;
    };
    assert!(
        screen.contains("Writing in as a test customer (1s)"),
        "{screen:?}"
    );
    // The last frame is erased before the result is printed.
    let last_frame = screen.rfind("Writing in as a test customer").unwrap();
    let rest = &screen[last_frame..];
    let result = rest.find("Conversation ").expect("the result is printed");
    assert!(rest[..result].ends_with(CLEAR), "{rest:?}");
}

#[test]
fn no_spinner_without_a_terminal_or_with_no_color() {
    let sb = slow_sandbox_with_an_inbox();
    // Not a terminal: stderr is a pipe here, and NO_COLOR is not set.
    let out = sb
        .cmd()
        .env_remove("NO_COLOR")
        .args(SEND)
        .assert()
        .success();
    let err = stderr(&out);
    assert!(!err.contains('\x1b') && !err.contains('\r'), "{err:?}");
    assert!(stdout(&out).starts_with("Conversation "));
    // A terminal, but NO_COLOR: nothing drawn either.
    if let Some(screen) = on_terminal(&sb, SEND, true) {
        assert!(
            !screen.contains("Writing in") && !screen.contains('\x1b'),
            "{screen:?}"
        );
    }
}
