//! The conventions every command shares: one event list, dates, colour, help and output.

use crate::common::{bin, dead_url, stdout, TestSandbox};

/// A typo in an event name is a usage error that names the likely event, wherever an event
/// is taken, before anything starts (a listener filtering on a typo would print nothing).
#[test]
fn every_event_argument_rejects_a_typo_with_a_suggestion() {
    let home = tempfile::tempdir().unwrap();
    let store = home.path().join("events.sqlite");
    let store = store.to_str().unwrap();
    let cases: [&[&str]; 9] = [
        &[
            "listen",
            "--port",
            "0",
            "--store",
            store,
            "--events",
            "mesage_created",
        ],
        &[
            "tail",
            "--store",
            store,
            "--events",
            "message_created,mesage_created",
        ],
        &[
            "tail",
            "--store",
            store,
            "--follow",
            "--event",
            "mesage_created",
        ],
        &[
            "events",
            "list",
            "--store",
            store,
            "--events",
            "mesage_created",
        ],
        &[
            "events",
            "export",
            "--store",
            store,
            "--events",
            "mesage_created",
        ],
        &["replay", "--store", store, "--events", "mesage_created"],
        &["trigger", "mesage_created", "--print"],
        &[
            "webhook",
            "create",
            "--url",
            "http://127.0.0.1:9/x",
            "--events",
            "mesage_created",
        ],
        &[
            "setup",
            "--account-webhook",
            "http://127.0.0.1:9/x",
            "--events",
            "mesage_created",
        ],
    ];
    for args in cases {
        let out = bin(home.path()).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("unknown event 'mesage_created' for ")
                && err.contains(": did you mean 'message_created'?"),
            "{args:?}: {err}"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    assert!(
        !std::path::Path::new(store).exists(),
        "no store was created"
    );
}

/// Account webhooks cannot subscribe to the two events Chatwoot sends agent bots only.
#[test]
fn webhooks_refuse_the_agent_bot_only_events() {
    let home = tempfile::tempdir().unwrap();
    let out = bin(home.path())
        .args(["webhook", "create", "--url", "http://127.0.0.1:9/x"])
        .args(["--events", "message_created,conversation_opened"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("agent bots only"), "{err}");
}

/// A conversation in a fresh sandbox, from a test customer (no webhook needed).
fn a_conversation(sb: &TestSandbox) -> String {
    sb.json(&[
        "setup",
        "inbox",
        "--name",
        "Support",
        "--webhook-url",
        &dead_url(),
    ]);
    sb.json(&[
        "send",
        "--inbox",
        "Support",
        "--as-customer",
        "hello",
        "--contact",
        "cust-1",
    ])["conversation_id"]
        .to_string()
}

/// Times that do not exist or have passed are refused before anything changes; a valid one
/// is shown to people in local time with its date, and kept ISO 8601 UTC in JSON.
#[test]
fn snooze_refuses_impossible_and_past_times_and_shows_local_time() {
    let sb = TestSandbox::start();
    let id = a_conversation(&sb);
    for (until, why) in [
        ("2027-02-31T10:00:00Z", "2027-02-31"),
        ("2027-02-10T10:00:61Z", "2027-02-10T10:00:61Z"),
        ("2020-01-01T10:00:00Z", "in the past"),
    ] {
        let out = sb
            .cmd()
            .args(["snooze", &id, "--until", until])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{until}: {err}");
        assert!(err.contains(why), "{until}: {err}");
    }
    let shown = sb.json(&["conversation", "show", &id]);
    assert_eq!(
        shown["conversation"]["status"], "open",
        "nothing was snoozed"
    );

    let out = sb
        .cmd()
        .env("TZ", "Asia/Tokyo")
        .args(["snooze", &id, "--until", "2099-06-20T10:00:00Z"])
        .assert()
        .success();
    let text = stdout(&out);
    assert!(
        text.contains("until 2099-06-20 19:00:00 JST (in "),
        "local time with its date: {text}"
    );
    sb.cmd().args(["reopen", &id]).assert().success();
    let json = sb.json(&["snooze", &id, "--until", "2099-06-20T10:00:00Z"]);
    assert_eq!(json["payload"]["snoozed_until"], "2099-06-20T10:00:00.000Z");
}

/// `--since` takes only times that exist.
#[test]
fn since_refuses_a_time_that_does_not_exist() {
    let home = tempfile::tempdir().unwrap();
    let out = bin(home.path())
        .args(["events", "list", "--since", "2026-06-20T10:00:61Z"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("not a valid time"), "{err}");
}
