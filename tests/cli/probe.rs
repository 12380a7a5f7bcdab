//! `probe`: the CI smoke test of a bot connection, against the sandbox and the example bot.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{example_bot, TestSandbox};

fn inbox(sb: &TestSandbox) {
    sb.json(&[
        "setup",
        "inbox",
        "--name",
        "Support",
        "--webhook-url",
        "https://bot.example.com/inbox",
    ]);
}

#[test]
fn probe_passes_when_the_bot_answers_as_expected_and_reports_latency() {
    let sb = TestSandbox::start();
    inbox(&sb);
    let _bot = example_bot(&sb, "Demo", "Support");
    sb.cmd()
        .args([
            "probe",
            "--inbox",
            "Support",
            "--expect",
            "demo bot",
            "--timeout",
            "10s",
        ])
        .assert()
        .success()
        .stdout(contains("✓ answered in").and(contains("Demo (agent_bot)")));
    let json = sb.json(&["probe", "--inbox", "Support", "--timeout", "10s"]);
    assert_eq!(json["ok"], true);
    assert!(json["latency_ms"].as_u64().is_some());
    assert_eq!(json["answer"]["sender"]["type"], "agent_bot");
}

#[test]
fn probe_waits_for_a_handoff_when_asked_to() {
    let sb = TestSandbox::start();
    inbox(&sb);
    let _bot = example_bot(&sb, "Demo", "Support");
    let json = sb.json(&[
        "probe",
        "--inbox",
        "Support",
        "--message",
        "Can I talk to a human?",
        "--expect-handoff",
        "--timeout",
        "10s",
    ]);
    assert_eq!(json["status"], "open");
    assert_eq!(json["ok"], true);
}

#[test]
fn probe_fails_with_exit_12_and_says_what_it_saw() {
    let sb = TestSandbox::start();
    inbox(&sb);
    let _bot = example_bot(&sb, "Demo", "Support");
    sb.cmd()
        .args([
            "probe",
            "--inbox",
            "Support",
            "--expect",
            "refund policy",
            "--timeout",
            "2s",
        ])
        .assert()
        .code(12)
        .stderr(
            contains("no matching answer")
                .and(contains("seen instead"))
                .and(contains("demo bot")),
        );
}

#[test]
fn probe_without_a_bot_times_out_with_the_likely_cause() {
    let sb = TestSandbox::start();
    inbox(&sb);
    sb.cmd()
        .args(["probe", "--inbox", "Support", "--timeout", "1s"])
        .assert()
        .code(12)
        .stderr(contains("the bot sent nothing").and(contains("agent bot linked")));
    sb.cmd()
        .args(["probe", "--inbox", "Support", "--expect", "(unclosed"])
        .assert()
        .code(2);
}

#[test]
fn probe_resolves_its_conversation_unless_asked_to_keep_it() {
    let sb = TestSandbox::start();
    inbox(&sb);
    let _bot = example_bot(&sb, "Demo", "Support");
    let probe = |extra: &[&str]| {
        let mut args = vec!["probe", "--inbox", "Support", "--timeout", "10s"];
        args.extend(extra);
        sb.json(&args)
    };
    let done = probe(&[]);
    assert_eq!(done["resolved"], true, "{done}");
    let id = done["conversation_id"].to_string();
    let shown = sb.json(&["conversation", "show", &id]);
    assert_eq!(shown["conversation"]["status"], "resolved", "{shown}");

    let kept = probe(&["--keep"]);
    assert_eq!(kept["resolved"], false, "{kept}");
    let id = kept["conversation_id"].to_string();
    let shown = sb.json(&["conversation", "show", &id]);
    assert_eq!(shown["conversation"]["status"], "pending", "{shown}");

    // A failed probe cleans up too, and says so.
    sb.cmd()
        .args([
            "probe",
            "--inbox",
            "Support",
            "--expect",
            "refund policy",
            "--timeout",
            "1s",
        ])
        .assert()
        .code(12)
        .stderr(contains("resolved; --keep leaves it"));
}
