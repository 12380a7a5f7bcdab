use axum::body::Bytes;

use super::view::{curl_command, transcript};
use crate::signing;
use crate::store::{Delivery, NewDelivery, Parsed, SignatureStatus};

fn stored(id: i64, body: &str) -> Delivery {
    let new = NewDelivery {
        received_at: 1_781_776_800_000 + id,
        path: "/bot".into(),
        status: 200,
        headers: vec![
            ("content-type".into(), "application/json".into()),
            ("x-chatwoot-timestamp".into(), "1781776800".into()),
            ("x-chatwoot-signature".into(), "sha256=old".into()),
            ("x-chatwoot-delivery".into(), "old-id".into()),
        ],
        parsed: Parsed::from_body(body.as_bytes()),
        body_size: body.len() as u64,
        body: Some(Bytes::from(body.to_string())),
        delivery_id: Some("old-id".into()),
        signature: SignatureStatus::Valid,
        signature_error: None,
        timestamp_header: Some("1781776800".into()),
        refusal: None,
        forward_to: vec![],
    };
    Delivery::from_new(id, &new)
}

#[test]
fn copy_as_curl_re_signs_the_exact_body_and_never_shows_the_secret() {
    let body = r#"{"event":"message_created","content":"it's here"}"#;
    let d = stored(1, body);
    let cmd = curl_command(
        &d,
        "http://127.0.0.1:8000/bot",
        Some("topsecret"),
        1_900_000_000,
    );
    assert!(!cmd.contains("topsecret"), "{cmd}");
    assert!(
        !cmd.contains("old-id") && !cmd.contains("sha256=old"),
        "{cmd}"
    );
    let expected = signing::sign("topsecret", "1900000000", body.as_bytes());
    assert!(
        cmd.contains(&format!("x-chatwoot-signature: {expected}")),
        "{cmd}"
    );
    assert!(cmd.contains("x-chatwoot-timestamp: 1900000000"), "{cmd}");
    // The single quote survives shell quoting.
    assert!(cmd.contains(r#"it'\''s here"#), "{cmd}");
}

#[test]
fn the_transcript_marks_the_handoff_once_and_shows_a_message_once() {
    let conv = r#""conversation":{"id":7,"inbox_id":1}"#;
    let rows = [
        stored(
            1,
            r#"{"event":"conversation_created","id":7,"status":"pending"}"#,
        ),
        stored(
            2,
            &format!(
                r#"{{"event":"message_created","id":11,"message_type":"incoming","content":"hi",{conv},"sender":{{"type":"contact"}}}}"#
            ),
        ),
        // The same message, delivered to a second subscriber.
        stored(
            3,
            &format!(
                r#"{{"event":"message_created","id":11,"message_type":"incoming","content":"hi",{conv},"sender":{{"type":"contact"}}}}"#
            ),
        ),
        stored(
            4,
            r#"{"event":"conversation_status_changed","id":7,"status":"open","changed_attributes":null}"#,
        ),
        stored(
            5,
            r#"{"event":"conversation_updated","id":7,"status":"open","changed_attributes":[{"status":{"previous_value":"pending","current_value":"open"}}]}"#,
        ),
    ];
    let t = transcript(&rows);
    let kinds: Vec<&str> = t.iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["created", "message", "status"]);
    assert_eq!(t[1]["who"], "contact");
    assert_eq!(t[2]["handoff"], true);
    assert_eq!(t[2]["from"], "pending");
}
