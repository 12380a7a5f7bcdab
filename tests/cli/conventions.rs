//! The conventions every command shares: one event list, dates, colour, help and output.

use crate::common::bin;

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
