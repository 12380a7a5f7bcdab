//! The surface people and scripts see: help, usage errors, completions, pipes, the
//! sandbox command as a process, and the demo.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use predicates::str::contains;

use crate::common::{bin, stdout};

fn home() -> std::path::PathBuf {
    tempfile::tempdir().unwrap().keep()
}

#[test]
fn help_snapshot() {
    let out = bin(&home()).arg("--help").assert().success();
    insta::assert_snapshot!("help", stdout(&out));
    let out = bin(&home())
        .args(["setup", "bot", "--help"])
        .assert()
        .success();
    insta::assert_snapshot!("setup_bot_help", stdout(&out));
    let out = bin(&home()).args(["doctor", "--help"]).assert().success();
    insta::assert_snapshot!("doctor_help", stdout(&out));
}

#[test]
fn usage_errors_exit_2() {
    bin(&home()).arg("frobnicate").assert().code(2);
    bin(&home()).args(["inbox", "show"]).assert().code(2);
    bin(&home())
        .args([
            "setup",
            "inbox",
            "--name",
            "x",
            "--webhook-url",
            "https://u.example/x",
            "--url",
            "ftp://nope",
        ])
        .assert()
        .code(2)
        .stderr(contains("not an http(s) URL"));
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = bin(&home()).args(["completions", shell]).assert().success();
        assert!(stdout(&out).contains("setup"), "{shell}");
    }
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // `chatwoot-bridge completions bash | head -1`: the reader leaves early.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("chatwoot-bridge"))
        .args(["completions", "bash"])
        .env("CHATWOOT_BRIDGE_CONFIG_DIR", home())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[cfg(unix)]
#[test]
fn sandbox_prints_its_ready_line_and_stops_on_sigterm() {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("chatwoot-bridge"))
        .args([
            "sandbox",
            "--port",
            "0",
            "-o",
            "json",
            "--admin-token",
            "adm1n-t0ken",
        ])
        .env("CHATWOOT_BRIDGE_CONFIG_DIR", home())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let ready: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(ready["admin_token"], "adm1n-t0ken");
    assert_eq!(ready["account_id"], 1);
    assert!(ready["platform_token"].as_str().unwrap().len() >= 16);
    let url = ready["url"].as_str().unwrap().to_string();

    // It answers as Chatwoot does, right after the ready line.
    bin(&home())
        .env("CHATWOOT_BASE_URL", &url)
        .env("CHATWOOT_API_TOKEN", "adm1n-t0ken")
        .env("CHATWOOT_ACCOUNT_ID", "1")
        .args(["auth", "status"])
        .assert()
        .success();

    let pid = child.id().to_string();
    std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "clean shutdown on SIGTERM");
}

#[test]
fn demo_runs_the_whole_loop_and_checks_every_step() {
    let out = bin(&home()).arg("demo").assert().success();
    let text = stdout(&out);
    for step in [
        "$ chatwoot-bridge setup inbox",
        "$ chatwoot-bridge setup bot",
        "$ chatwoot-bridge listen",
        "$ chatwoot-bridge send --inbox",
        "the bot handed the conversation over",
        "$ chatwoot-bridge resolve",
        "$ chatwoot-bridge reopen",
        "$ chatwoot-bridge replay",
        "the bot verified the replayed delivery's new signature",
        "$ chatwoot-bridge doctor",
        "doctor found no failing check",
    ] {
        assert!(text.contains(step), "missing {step:?} in:\n{text}");
    }
    assert!(
        text.contains("listen │") && text.contains("✓ signed"),
        "{text}"
    );
    assert!(
        text.contains("All ") && text.contains("checks passed"),
        "{text}"
    );
    assert!(!text.contains('✗'), "{text}");
    // The narration names the secret instead of printing it.
    assert!(text.contains("--secret \"$BOT_SECRET\""), "{text}");
}
