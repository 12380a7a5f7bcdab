//! Signals: Ctrl-C (SIGINT) stops the servers (`listen`, `sandbox`) exactly as SIGTERM does,
//! with the same exit code and summary; any other command stops with exit 130.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::common::{bin, wait_until, Reply, ScriptedServer};
use crate::webhook_loop::Listener;

/// A listener with one accepted delivery whose forward hangs, stopped by `signal`.
fn listen_then_stop(signal: &str) -> (std::process::ExitStatus, String) {
    let home = tempfile::tempdir().unwrap();
    let target = ScriptedServer::start(vec![Reply::hang(600)]);
    let listener = Listener::start(
        home.path(),
        &[
            "--secret",
            "s",
            "--forward-to",
            &format!("{}/fwd", target.url),
        ],
    );
    bin(home.path())
        .args(["trigger", "message_created", "--secret", "s", "--to"])
        .arg(format!("{}/inbox", listener.url))
        .assert()
        .success();
    wait_until("the forward reached its target", || {
        !target.received().is_empty()
    });
    listener.stop_with(signal)
}

#[test]
fn ctrl_c_stops_listen_like_sigterm_recording_pending_forwards_and_the_summary() {
    let (int_status, int_err) = listen_then_stop("INT");
    let (term_status, term_err) = listen_then_stop("TERM");
    assert_eq!(int_status.code(), Some(0), "SIGINT: {int_err}");
    assert_eq!(int_status.code(), term_status.code(), "{term_err}");
    let summary = |err: &str| {
        err.lines()
            .find(|l| l.starts_with("Stopped:"))
            .map(str::to_string)
            .unwrap_or_else(|| panic!("no summary printed: {err}"))
    };
    assert_eq!(summary(&int_err), summary(&term_err));
    assert!(
        summary(&int_err).contains("1 accepted")
            && summary(&int_err).contains("1 forwards pending"),
        "{int_err}"
    );
    assert!(!int_err.contains("interrupted"), "{int_err}");
}

#[test]
fn ctrl_c_stops_the_sandbox_like_sigterm() {
    let home = tempfile::tempdir().unwrap();
    for signal in ["INT", "TERM"] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("chatwoot-bridge"))
            .args(["sandbox", "--port", "0", "-q"])
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home.path())
            .env("CHATWOOT_BRIDGE_CONFIG_DIR", home.path().join("config"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut ready = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut ready)
            .unwrap();
        assert!(ready.starts_with("http://"), "{ready}");
        std::process::Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status()
            .unwrap();
        assert_eq!(
            child.wait().unwrap().code(),
            Some(0),
            "sandbox on SIG{signal}"
        );
    }
}

#[test]
fn ctrl_c_interrupts_any_other_command_with_exit_130() {
    let home = tempfile::tempdir().unwrap();
    let server = ScriptedServer::start(vec![Reply::hang(600)]);
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("chatwoot-bridge"))
        .args(["inbox", "show", "1"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("CHATWOOT_BRIDGE_CONFIG_DIR", home.path().join("config"))
        .env("CHATWOOT_BRIDGE_DATA_DIR", home.path().join("data"))
        .env("CHATWOOT_BASE_URL", &server.url)
        .env("CHATWOOT_API_TOKEN", "t0ken")
        .env("CHATWOOT_ACCOUNT_ID", "1")
        .env("CHATWOOT_BRIDGE_TIMEOUT", "600s")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The request is waiting for its answer: the command is running, its handler installed.
    wait_until("the command's request", || !server.received().is_empty());
    std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130));
    assert!(String::from_utf8_lossy(&out.stderr).contains("interrupted"));
}
