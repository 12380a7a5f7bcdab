//! `trigger`'s help is true: `--to` has a default, and the `--print` example works whatever
//! the profile holds.

use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

use crate::common::{stderr, stdout, TestSandbox};

#[test]
fn trigger_without_to_sends_to_the_default_listener_address() {
    let home = tempfile::tempdir().unwrap();
    let out = crate::common::bin(home.path())
        .args(["trigger", "message_created", "--secret", "s"])
        .assert();
    let code = out.get_output().status.code();
    // Whether or not something listens on 4000 here, the delivery was aimed there.
    assert_ne!(code, Some(2), "not a usage error: {}", stderr(&out));
    let said = format!("{}{}", stdout(&out), stderr(&out));
    assert!(said.contains("http://127.0.0.1:4000/"), "{said}");
}

#[test]
fn the_print_example_works_when_the_profile_holds_several_secrets() {
    let sb = TestSandbox::start();
    sb.login();
    for name in ["A", "B"] {
        sb.bare()
            .args(["setup", "inbox", "--name", name, "--webhook-url"])
            .arg(format!("https://{name}.example.com/cw"))
            .assert()
            .success();
    }
    let out = sb
        .bare()
        .args([
            "trigger",
            "conversation_status_changed",
            "--set",
            "status=resolved",
            "--print",
            "-o",
            "json",
        ])
        .assert()
        .success()
        .stderr(contains("Unsigned").and(contains("--secret")));
    let payload: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(payload["status"], "resolved");
    // Sending still needs to know which secret signs.
    sb.bare()
        .args(["trigger", "message_created", "--to", "http://127.0.0.1:9/"])
        .assert()
        .code(2)
        .stderr(contains("pass --secret"));
}
