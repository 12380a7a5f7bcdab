//! End-to-end tests of webhook delivery: routing, payload shapes, headers, signatures,
//! retries and failure side effects, against a real receiver.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use reqwest::Method;
use serde_json::{json, Value};

use super::test_support::{Receiver, Server};
use super::TargetKind;
use crate::signing::{verify, DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER};

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0))
}

fn keys(v: &Value) -> Vec<&str> {
    v.as_object()
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

fn token(v: &Value) -> String {
    v.as_str().expect("string").to_owned()
}

fn verifies(secret: &Value, hit: &super::test_support::Hit) -> bool {
    verify(
        secret.as_str().expect("secret"),
        hit.header(SIGNATURE_HEADER),
        hit.header(TIMESTAMP_HEADER),
        &hit.body,
        now_secs(),
        300,
    )
    .is_ok()
}

#[tokio::test]
async fn api_inbox_gets_signed_message_created_in_chatwoots_shape() {
    let rx = Receiver::start().await;
    let s = Server::start().await;
    let inbox = s.inbox(&rx.url("/inbox")).await;
    let (contact, source_id) = s.contact(&inbox["id"]).await;
    // Without the source id Chatwoot would make a second contact inbox.
    let conv = s
        .post(
            "/api/v1/accounts/1/conversations",
            &s.admin(),
            json!({"inbox_id": inbox["id"], "contact_id": contact, "source_id": source_id}),
        )
        .await
        .ok();
    assert_eq!(conv["status"], "open");
    let msg = s
        .message(
            &conv["id"],
            &s.admin(),
            json!({"content": "hello\\\nthere\n", "message_type": "incoming"}),
        )
        .await;
    assert_eq!(
        (msg["message_type"].clone(), msg["sender"]["type"].clone()),
        (json!(0), json!("contact"))
    );

    let hit = rx.wait("/inbox", "message_created", 1).await.remove(0);
    assert_eq!(hit.method, "POST");
    assert_eq!(hit.header("content-type"), Some("application/json"));
    assert_eq!(hit.header("accept"), Some("application/json"));
    assert_eq!(hit.header(DELIVERY_HEADER).map(str::len), Some(36));
    assert!(
        verifies(&inbox["secret"], &hit),
        "signed with the channel secret"
    );
    assert!(
        !verifies(&inbox["hmac_token"], &hit),
        "not with the hmac_token"
    );

    let p = hit.json();
    // Compact JSON, exactly as serialised (key order preserved), `event` last.
    assert_eq!(serde_json::to_vec(&p).expect("json"), hit.body.to_vec());
    assert_eq!(
        keys(&p),
        [
            "account",
            "additional_attributes",
            "content_attributes",
            "content_type",
            "content",
            "conversation",
            "created_at",
            "id",
            "inbox",
            "message_type",
            "private",
            "sender",
            "source_id",
            "event"
        ]
    );
    assert_eq!(p["account"], json!({"id": 1, "name": "Sandbox"}));
    assert_eq!(p["message_type"], "incoming");
    assert_eq!(
        p["content"], "hello\nthere",
        "webhook content is normalised"
    );
    assert!(p["created_at"].as_str().is_some_and(|t| t.ends_with('Z')));
    assert_eq!(p["inbox"], json!({"id": inbox["id"], "name": "Support"}));
    // A contact sender has no `type` in webhook data.
    assert!(p["sender"].get("type").is_none());
    assert_eq!(p["sender"]["id"], contact);
    assert_eq!(p["sender"]["account"], json!({"id": 1, "name": "Sandbox"}));

    let c = &p["conversation"];
    assert!(c.get("uuid").is_none() && c.get("account_id").is_none());
    assert_eq!(c["account"], json!({"id": 1, "name": "Sandbox"}));
    assert_eq!(c["channel"], "Channel::Api");
    assert_eq!(c["contact_inbox"]["source_id"], source_id);
    assert_eq!(c["meta"]["sender"]["type"], "contact");
    assert!(c["updated_at"].is_f64());
    let pushed = &c["messages"][0];
    assert_eq!(pushed["message_type"], 0);
    assert!(pushed["created_at"].is_i64());
    assert_eq!(pushed["conversation_id"], conv["id"]);
    assert_eq!(pushed["status"], "sent");
    assert_eq!(pushed["sender"]["type"], "contact");
    assert_eq!(
        pushed["conversation"]["contact_inbox"]["source_id"],
        source_id
    );
}

#[tokio::test]
async fn conversation_created_goes_to_the_inbox_not_to_the_bot() {
    let rx = Receiver::start().await;
    let s = Server::start().await;
    let inbox = s.inbox(&rx.url("/inbox")).await;
    let bot = s.bot(&rx.url("/bot")).await;
    s.link_bot(&inbox["id"], &bot["id"]).await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    // An active inbox bot makes new conversations pending, even with an explicit status.
    assert_eq!(conv["status"], "pending");
    let explicit = s
        .post(
            "/api/v1/accounts/1/conversations",
            &s.admin(),
            json!({"inbox_id": inbox["id"], "contact_id": contact, "status": "open"}),
        )
        .await
        .ok();
    assert_eq!(explicit["status"], "pending");

    let created = rx.wait("/inbox", "conversation_created", 2).await;
    assert_eq!(created[0].json()["status"], "pending");
    assert!(created[0].json().get("changed_attributes").is_none());
    s.settle().await;
    assert!(rx.events("/bot").is_empty(), "{:?}", rx.events("/bot"));

    // The bot is sent its own outgoing message, signed with its secret.
    let bot_token = token(&bot["access_token"]);
    let reply = s
        .message(
            &conv["id"],
            &bot_token,
            json!({"content": "Hi, I am a bot"}),
        )
        .await;
    assert_eq!(reply["sender"]["type"], "agent_bot");
    assert_eq!(reply["message_type"], 1);
    let hit = rx.wait("/bot", "message_created", 1).await.remove(0);
    assert!(verifies(&bot["secret"], &hit));
    assert!(!verifies(&bot["access_token"], &hit));
    let p = hit.json();
    assert_eq!(p["message_type"], "outgoing");
    assert_eq!(
        p["sender"],
        json!({"id": bot["id"], "name": "Echo", "type": "agent_bot"})
    );
    // The bot's reply clears waiting_since: conversation_updated with that change.
    let updated = rx
        .wait("/bot", "conversation_updated", 1)
        .await
        .remove(0)
        .json();
    let changed: Vec<&str> = updated["changed_attributes"]
        .as_array()
        .expect("array")
        .iter()
        .flat_map(keys)
        .collect();
    assert_eq!(changed, ["updated_at", "waiting_since"]);
    assert_eq!(
        updated["changed_attributes"][1]["waiting_since"]["current_value"],
        Value::Null
    );
}

#[tokio::test]
async fn bot_handoff_opens_and_notifies_the_bot() {
    let rx = Receiver::start().await;
    let s = Server::start().await;
    let inbox = s.inbox(&rx.url("/inbox")).await;
    let bot = s.bot(&rx.url("/bot")).await;
    s.link_bot(&inbox["id"], &bot["id"]).await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    let bot_token = token(&bot["access_token"]);

    let r = s
        .post(
            &format!(
                "/api/v1/accounts/1/conversations/{}/toggle_status",
                conv["id"]
            ),
            &bot_token,
            json!({"status": "open"}),
        )
        .await;
    assert_eq!(
        r.ok(),
        json!({"payload": {"success": null, "conversation_id": conv["id"], "current_status": "open", "snoozed_until": null}})
    );
    let changed = rx
        .wait("/bot", "conversation_status_changed", 1)
        .await
        .remove(0)
        .json();
    assert_eq!(changed["status"], "open");
    assert_eq!(changed["changed_attributes"], Value::Null);
    rx.wait("/bot", "conversation_opened", 1).await;
    let updated = rx.wait("/bot", "conversation_updated", 1).await;
    let status_change = updated
        .iter()
        .map(|h| h.json())
        .find(|p| p["changed_attributes"][0].get("status").is_some())
        .expect("status change");
    assert_eq!(
        status_change["changed_attributes"][0]["status"],
        json!({"previous_value": "pending", "current_value": "open"})
    );
    // Account and inbox webhooks never see the deprecated bot-only events.
    rx.wait("/inbox", "conversation_status_changed", 1).await;
    s.settle().await;
    assert!(!rx
        .events("/inbox")
        .contains(&"conversation_opened".to_owned()));

    let shown = s
        .get(
            &format!("/api/v1/accounts/1/conversations/{}", conv["id"]),
            &bot_token,
        )
        .await
        .ok();
    assert_eq!(shown["status"], "open");
    assert!(shown["waiting_since"].as_i64().is_some_and(|w| w > 0));
    let log = s
        .get(
            &format!("/api/v1/accounts/1/conversations/{}/messages", conv["id"]),
            &s.admin(),
        )
        .await
        .ok();
    let activity: Vec<&str> = log["payload"]
        .as_array()
        .expect("payload")
        .iter()
        .filter(|m| m["message_type"] == 2)
        .filter_map(|m| m["content"].as_str())
        .collect();
    assert_eq!(activity, ["Conversation was reopened by Echo"]);
}

#[tokio::test]
async fn failed_api_inbox_delivery_marks_the_message_failed() {
    let rx = Receiver::start().await;
    let s = Server::start().await;
    let dead = Receiver::dead_url().await;
    let inbox = s.inbox(&dead).await;
    s.account_webhook(&rx.url("/account"), &["message_created", "message_updated"])
        .await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    let msg = s
        .message(
            &conv["id"],
            &s.admin(),
            json!({"content": "are you there?"}),
        )
        .await;
    assert_eq!(msg["status"], "sent", "the API answers before any delivery");

    let updated = rx
        .wait("/account", "message_updated", 1)
        .await
        .remove(0)
        .json();
    let error = updated["content_attributes"]["external_error"]
        .as_str()
        .expect("external_error")
        .to_owned();
    assert!(
        error.starts_with("Failed to open TCP connection to 127.0.0.1:")
            && error.contains("Connection refused"),
        "{error}"
    );
    assert_eq!(updated["conversation"]["messages"][0]["status"], "failed");
    s.settle().await;
    // The message_updated delivery to the dead inbox fails the same way: no new change, no loop.
    assert_eq!(
        rx.events("/account")
            .iter()
            .filter(|e| *e == "message_updated")
            .count(),
        1
    );
    let api: Vec<_> =
        s.sb.deliveries()
            .into_iter()
            .filter(|d| d.kind == TargetKind::ApiInbox && d.event.starts_with("message_"))
            .collect();
    assert_eq!(
        api.iter().map(|d| d.event.as_str()).collect::<Vec<_>>(),
        ["message_created", "message_updated"]
    );
    assert!(api
        .iter()
        .all(|d| d.attempt == 1 && d.error.as_deref() == Some(error.as_str())));

    let listed = s
        .get(
            &format!("/api/v1/accounts/1/conversations/{}/messages", conv["id"]),
            &s.admin(),
        )
        .await
        .ok();
    let last = &listed["payload"][0];
    assert_eq!(
        (
            last["status"].clone(),
            last["content_attributes"]["external_error"].clone()
        ),
        (json!("failed"), json!(error))
    );
}

#[tokio::test]
async fn a_slow_target_times_out_like_net_http() {
    let rx = Receiver::start().await;
    let s = Server::start_with(|c| c.webhook_timeout = Duration::from_millis(300)).await;
    rx.respond("/inbox", &[0, 0, 0]);
    let inbox = s.inbox(&rx.url("/inbox")).await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    s.message(&conv["id"], &s.admin(), json!({"content": "slow"}))
        .await;
    s.settle().await;
    let messages = s
        .get(
            &format!("/api/v1/accounts/1/conversations/{}/messages", conv["id"]),
            &s.admin(),
        )
        .await
        .ok();
    assert_eq!(
        messages["payload"][0]["content_attributes"]["external_error"],
        "Net::ReadTimeout with #<TCPSocket:(closed)>",
        "{:?}",
        s.sb.deliveries()
            .iter()
            .map(|d| (d.event.clone(), d.status, d.error.clone(), d.at))
            .collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn the_api_answers_without_waiting_for_deliveries() {
    let rx = Receiver::start().await;
    // A target that never answers and no delivery timeout: waiting for it would never end.
    let s = Server::start_with(|c| c.webhook_timeout = Duration::from_secs(3600)).await;
    rx.respond("/inbox", &[1; 8]);
    let inbox = s.inbox(&rx.url("/inbox")).await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    let created = tokio::time::timeout(
        Duration::from_secs(60),
        s.message(&conv["id"], &s.admin(), json!({"content": "hi"})),
    )
    .await;
    assert!(created.is_ok(), "the API waited for a delivery");
    rx.wait("/inbox", "message_created", 1).await;
}

#[tokio::test]
async fn inbox_events_need_enable_inbox_events() {
    let rx = Receiver::start().await;
    let s = Server::start().await;
    s.account_webhook(&rx.url("/off"), &["inbox_created", "inbox_updated"])
        .await;
    s.inbox("").await;
    s.settle().await;
    assert!(rx.hits("/off").is_empty());

    let s = Server::start_with(|c| c.inbox_events = true).await;
    s.account_webhook(&rx.url("/on"), &["inbox_created", "inbox_updated"])
        .await;
    let inbox = s.inbox("https://example.test/hook").await;
    let created = rx.wait("/on", "inbox_created", 1).await.remove(0).json();
    assert_eq!(created["channel"]["secret"], inbox["secret"]);
    assert_eq!(
        created["channel"]["webhook_url"],
        "https://example.test/hook"
    );
    assert_eq!(created["working_hours"].as_array().map(Vec::len), Some(7));
    s.patch(
        &format!("/api/v1/accounts/1/inboxes/{}", inbox["id"]),
        &s.admin(),
        json!({"name": "Renamed"}),
    )
    .await
    .ok();
    let updated = rx.wait("/on", "inbox_updated", 1).await.remove(0).json();
    let names: Vec<&str> = updated["changed_attributes"]
        .as_array()
        .expect("array")
        .iter()
        .flat_map(keys)
        .collect();
    assert_eq!(names, ["name", "updated_at"]);
    // An update that changes nothing sends nothing.
    s.patch(
        &format!("/api/v1/accounts/1/inboxes/{}", inbox["id"]),
        &s.admin(),
        json!({"name": "Renamed"}),
    )
    .await
    .ok();
    s.settle().await;
    assert_eq!(
        rx.events("/on")
            .iter()
            .filter(|e| *e == "inbox_updated")
            .count(),
        1
    );
}

/// `Sandbox::write` drops a failed request's events, except what the handler committed:
/// an inbox update is saved (and announced) before its channel update fails.
#[tokio::test]
async fn a_failed_request_sends_only_what_it_committed() {
    let rx = Receiver::start().await;
    let s = Server::start_with(|c| c.inbox_events = true).await;
    s.account_webhook(&rx.url("/on"), &["inbox_updated"]).await;
    let inbox = s.inbox("").await;
    let path = format!("/api/v1/accounts/1/inboxes/{}", inbox["id"]);
    // Fails before anything is saved (no portals in the sandbox): nothing is sent.
    let r = s
        .patch(
            &path,
            &s.admin(),
            json!({"name": "Ignored", "portal_id": 1}),
        )
        .await;
    r.expect_status(500);
    // The rename is saved, then the channel update fails (a 500 in Chatwoot too).
    let r = s
        .patch(
            &path,
            &s.admin(),
            json!({"name": "Renamed", "channel": {"type": "api"}}),
        )
        .await;
    r.expect_status(500);
    assert_eq!(s.get(&path, &s.admin()).await.ok()["name"], "Renamed");
    let updated = rx.wait("/on", "inbox_updated", 1).await.remove(0).json();
    assert_eq!(
        updated["changed_attributes"][0]["name"]["current_value"],
        "Renamed"
    );
    s.settle().await;
    assert_eq!(rx.events("/on"), ["inbox_updated"]);
}

#[tokio::test]
async fn bot_deliveries_retry_on_500_with_the_same_delivery_id() {
    let rx = Receiver::start().await;
    let s = Server::start().await;
    rx.respond("/bot", &[500, 500]);
    let inbox = s.inbox("").await;
    let bot = s.bot(&rx.url("/bot")).await;
    s.link_bot(&inbox["id"], &bot["id"]).await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    s.message(
        &conv["id"],
        &s.admin(),
        json!({"content": "hi", "message_type": "incoming"}),
    )
    .await;

    let hits = rx.wait("/bot", "message_created", 3).await;
    s.settle().await;
    assert_eq!(hits.len(), 3);
    let ids: Vec<_> = hits.iter().map(|h| h.header(DELIVERY_HEADER)).collect();
    assert!(
        ids.iter().all(|id| id.is_some() && *id == ids[0]),
        "{ids:?}"
    );
    assert!(hits.iter().all(|h| h.body == hits[0].body));
    let attempts: Vec<(u32, Option<u16>, bool)> =
        s.sb.deliveries()
            .iter()
            .filter(|d| d.kind == TargetKind::AgentBot)
            .map(|d| (d.attempt, d.status, d.succeeded()))
            .collect();
    assert_eq!(
        attempts,
        [
            (1, Some(500), false),
            (2, Some(500), false),
            (3, Some(200), true)
        ]
    );
    let shown = s
        .get(
            &format!("/api/v1/accounts/1/conversations/{}", conv["id"]),
            &s.admin(),
        )
        .await
        .ok();
    assert_eq!(
        shown["status"], "pending",
        "a delivery that finally worked changes nothing"
    );
}

#[tokio::test]
async fn a_bot_that_keeps_failing_hands_pending_conversations_over() {
    let rx = Receiver::start().await;
    let s = Server::start().await;
    let inbox = s.inbox(&rx.url("/inbox")).await;
    // 429 is retried; three of them exhaust the job.
    rx.respond("/bot", &[429, 429, 429]);
    let bot = s.bot(&rx.url("/bot")).await;
    s.link_bot(&inbox["id"], &bot["id"]).await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    assert_eq!(conv["status"], "pending");
    s.message(
        &conv["id"],
        &s.admin(),
        json!({"content": "help", "message_type": "incoming"}),
    )
    .await;

    let opened = rx
        .wait("/inbox", "conversation_status_changed", 1)
        .await
        .remove(0)
        .json();
    assert_eq!(opened["status"], "open");
    s.settle().await;
    assert_eq!(
        rx.hits("/bot")
            .iter()
            .filter(|h| h.event() == "message_created")
            .count(),
        3
    );
    let messages = s
        .get(
            &format!("/api/v1/accounts/1/conversations/{}/messages", conv["id"]),
            &s.admin(),
        )
        .await
        .ok();
    let last = messages["payload"]
        .as_array()
        .and_then(|m| m.last())
        .cloned()
        .expect("message");
    assert_eq!(
        (last["message_type"].clone(), last["content"].clone()),
        (
            json!(2),
            json!("Conversation was marked open by system due to an error with the agent bot.")
        )
    );

    // A bot that is down for good fails at once (no retry) with the same effect.
    let dead = Receiver::dead_url().await;
    s.patch(
        &format!("/api/v1/accounts/1/agent_bots/{}", bot["id"]),
        &s.admin(),
        json!({"outgoing_url": dead}),
    )
    .await
    .ok();
    let second = s.conversation(&inbox["id"], &contact).await;
    s.message(
        &second["id"],
        &s.admin(),
        json!({"content": "anyone?", "message_type": "incoming"}),
    )
    .await;
    s.settle().await;
    let shown = s
        .get(
            &format!("/api/v1/accounts/1/conversations/{}", second["id"]),
            &s.admin(),
        )
        .await
        .ok();
    assert_eq!(shown["status"], "open");
    let failed: Vec<_> = s
        .sb
        .deliveries()
        .into_iter()
        .filter(|d| d.kind == TargetKind::AgentBot && d.url == dead && d.event == "message_created")
        .collect();
    assert_eq!(failed.len(), 1);
    assert!(failed[0]
        .error
        .as_deref()
        .is_some_and(|e| e.contains("Connection refused")));
}

#[tokio::test]
async fn keep_pending_on_bot_failure_leaves_the_conversation_pending() {
    let s = Server::start_with(|c| c.keep_pending_on_bot_failure = true).await;
    let dead = Receiver::dead_url().await;
    let inbox = s.inbox("").await;
    let bot = s.bot(&dead).await;
    s.link_bot(&inbox["id"], &bot["id"]).await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    s.message(
        &conv["id"],
        &s.admin(),
        json!({"content": "hi", "message_type": "incoming"}),
    )
    .await;
    s.settle().await;
    let shown = s
        .get(
            &format!("/api/v1/accounts/1/conversations/{}", conv["id"]),
            &s.admin(),
        )
        .await
        .ok();
    assert_eq!(shown["status"], "pending");
}

#[tokio::test]
async fn refuse_private_webhooks_fails_like_safe_fetch() {
    let rx = Receiver::start().await;
    let s = Server::start_with(|c| c.refuse_private_webhooks = true).await;
    let inbox = s.inbox(&rx.url("/inbox")).await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    s.message(&conv["id"], &s.admin(), json!({"content": "x"}))
        .await;
    s.settle().await;
    assert!(rx.hits("/inbox").is_empty());
    let messages = s
        .get(
            &format!("/api/v1/accounts/1/conversations/{}/messages", conv["id"]),
            &s.admin(),
        )
        .await
        .ok();
    assert_eq!(
        messages["payload"][0]["content_attributes"]["external_error"],
        "Hostname '127.0.0.1' has no public ip addresses"
    );
}

#[tokio::test]
async fn private_notes_and_typing_reach_webhooks() {
    let rx = Receiver::start().await;
    let s = Server::start().await;
    let inbox = s.inbox(&rx.url("/inbox")).await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    s.message(
        &conv["id"],
        &s.admin(),
        json!({"content": "customer says hi", "message_type": "incoming"}),
    )
    .await;
    let note = s
        .message(
            &conv["id"],
            &s.admin(),
            json!({"content": "internal only", "private": true}),
        )
        .await;
    assert_eq!(note["private"], true);
    let hits = rx.wait("/inbox", "message_created", 2).await;
    let p = hits
        .iter()
        .map(|h| h.json())
        .find(|p| p["private"] == true)
        .expect("private note delivered");
    assert_eq!(p["content"], "internal only");
    // The conversation's `messages` only ever shows the last non-private message.
    assert_eq!(
        p["conversation"]["messages"][0]["content"],
        "customer says hi"
    );

    let r = s
        .post(
            &format!(
                "/api/v1/accounts/1/conversations/{}/toggle_typing_status",
                conv["id"]
            ),
            &s.admin(),
            json!({"typing_status": "on", "is_private": true}),
        )
        .await;
    assert_eq!((r.status, r.text.as_str()), (200, ""));
    let typing = rx
        .wait("/inbox", "conversation_typing_on", 1)
        .await
        .remove(0)
        .json();
    assert_eq!(
        keys(&typing),
        ["event", "user", "conversation", "is_private"]
    );
    assert_eq!(
        typing["user"],
        json!({"id": 1, "name": "Admin", "email": "admin@sandbox.test", "type": "user"})
    );
    assert_eq!(typing["is_private"], true);
}

#[tokio::test]
async fn attachments_are_stored_served_and_sent() {
    let rx = Receiver::start().await;
    let s = Server::start().await;
    let inbox = s.inbox(&rx.url("/inbox")).await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    let png: Vec<u8> = vec![0x89, b'P', b'N', b'G', 1, 2, 3];
    let form = reqwest::multipart::Form::new()
        .text("content", "see attached")
        .text("message_type", "incoming")
        .part(
            "attachments[]",
            reqwest::multipart::Part::bytes(png.clone())
                .file_name("shot.png")
                .mime_str("image/png")
                .expect("mime"),
        )
        .part(
            "attachments[]",
            reqwest::multipart::Part::bytes(b"hello".to_vec())
                .file_name("notes.txt")
                .mime_str("text/plain")
                .expect("mime"),
        );
    let msg = s.upload(&conv["id"], form).await;
    assert_eq!(msg["content"], "see attached");
    let atts = msg["attachments"].as_array().expect("attachments").clone();
    assert_eq!(atts.len(), 2);
    assert_eq!(
        keys(&atts[0]),
        [
            "id",
            "message_id",
            "file_type",
            "account_id",
            "extension",
            "content_type",
            "data_url",
            "thumb_url",
            "file_size",
            "width",
            "height"
        ]
    );
    assert_eq!(
        (atts[0]["file_type"].clone(), atts[1]["file_type"].clone()),
        (json!("image"), json!("file"))
    );
    assert_eq!(
        (atts[0]["extension"].clone(), atts[0]["file_size"].clone()),
        (json!("png"), json!(7))
    );
    assert_eq!(atts[1]["thumb_url"], "");

    let file = s
        .http
        .get(atts[0]["data_url"].as_str().expect("url"))
        .send()
        .await
        .expect("download");
    assert_eq!(
        file.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("image/png")
    );
    assert_eq!(file.bytes().await.expect("bytes").to_vec(), png);

    let p = rx
        .wait("/inbox", "message_created", 1)
        .await
        .remove(0)
        .json();
    assert_eq!(p["attachments"], json!(atts));
    assert_eq!(p["conversation"]["messages"][0]["attachments"], json!(atts));

    // More than 15 files is refused.
    let mut form = reqwest::multipart::Form::new().text("content", "too many");
    for i in 0..16 {
        form = form.part(
            "attachments[]",
            reqwest::multipart::Part::bytes(vec![b'x']).file_name(format!("{i}.txt")),
        );
    }
    let r = s
        .http
        .post(format!(
            "{}/api/v1/accounts/1/conversations/{}/messages",
            s.base, conv["id"]
        ))
        .header("api_access_token", s.admin())
        .multipart(form)
        .send()
        .await
        .expect("request");
    assert_eq!(r.status().as_u16(), 422);
    let body: Value = r.json().await.expect("json");
    assert_eq!(
        body,
        json!({"error": "Validation failed: Attachments exceeded maximum allowed"})
    );
}

#[tokio::test]
async fn assigning_a_bot_routes_the_conversation_to_it() {
    let rx = Receiver::start().await;
    let s = Server::start().await;
    let inbox = s.inbox("").await;
    let bot = s.bot(&rx.url("/bot")).await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    let path = format!(
        "/api/v1/accounts/1/conversations/{}/assignments",
        conv["id"]
    );

    let slim = s
        .post(
            &path,
            &s.admin(),
            json!({"assignee_id": bot["id"], "assignee_type": "AgentBot"}),
        )
        .await
        .ok();
    assert_eq!(
        keys(&slim),
        [
            "id",
            "name",
            "description",
            "thumbnail",
            "outgoing_url",
            "bot_type"
        ]
    );
    let updated = rx
        .wait("/bot", "conversation_updated", 1)
        .await
        .remove(0)
        .json();
    assert_eq!(updated["meta"]["assignee_type"], "AgentBot");
    assert_eq!(updated["meta"]["assignee"]["type"], "agent_bot");
    assert_eq!(
        updated["changed_attributes"][1]["assignee_agent_bot_id"],
        json!({"previous_value": null, "current_value": bot["id"]})
    );
    let shown = s
        .get(
            &format!("/api/v1/accounts/1/conversations/{}", conv["id"]),
            &s.admin(),
        )
        .await
        .ok();
    assert_eq!(shown["meta"]["assignee_type"], "AgentBot");

    // Now the assigned bot gets message events of the conversation.
    s.message(
        &conv["id"],
        &s.admin(),
        json!({"content": "hi bot", "message_type": "incoming"}),
    )
    .await;
    rx.wait("/bot", "message_created", 1).await;

    // Assigning an agent replaces the bot; a team answers with the raw record; nothing is null.
    let agent = s
        .post(&path, &s.admin(), json!({"assignee_id": 2}))
        .await
        .ok();
    assert_eq!(
        (agent["id"].clone(), agent["role"].clone()),
        (json!(2), json!("agent"))
    );
    let team = s.post(&path, &s.admin(), json!({"team_id": 1})).await.ok();
    assert_eq!(
        (team["id"].clone(), team["name"].clone()),
        (json!(1), json!("support"))
    );
    assert!(team.get("created_at").is_some());
    assert_eq!(s.post(&path, &s.admin(), json!({})).await.text, "null");
    let shown = s
        .get(
            &format!("/api/v1/accounts/1/conversations/{}", conv["id"]),
            &s.admin(),
        )
        .await
        .ok();
    assert_eq!(shown["meta"]["assignee_type"], "User");
    assert_eq!(shown["meta"]["team"]["name"], "support");
}

#[tokio::test]
async fn public_client_api_flow() {
    let rx = Receiver::start().await;
    let s = Server::start().await;
    let inbox = s.inbox(&rx.url("/inbox")).await;
    let base = format!(
        "/public/api/v1/inboxes/{}",
        token(&inbox["inbox_identifier"])
    );

    let info = s.public(Method::GET, &base, None).await.ok();
    assert_eq!(
        (
            info["name"].clone(),
            info["identity_validation_enabled"].clone()
        ),
        (json!("Support"), json!(false))
    );

    let anon = s
        .public(Method::POST, &format!("{base}/contacts"), Some(json!({})))
        .await
        .ok();
    let name = anon["name"].as_str().expect("name");
    assert_eq!(name.split('-').count(), 3, "{name}");
    assert_eq!(
        keys(&anon),
        [
            "source_id",
            "pubsub_token",
            "id",
            "name",
            "email",
            "phone_number"
        ]
    );

    let contact = s
        .public(
            Method::POST,
            &format!("{base}/contacts"),
            Some(json!({"name": "Visitor", "email": "V@Example.com"})),
        )
        .await
        .ok();
    assert_eq!(contact["email"], "v@example.com");
    let source = token(&contact["source_id"]);
    // Reused by source id, then by email.
    let again = s
        .public(
            Method::POST,
            &format!("{base}/contacts"),
            Some(json!({"source_id": source})),
        )
        .await
        .ok();
    assert_eq!(again["id"], contact["id"]);
    let by_email = s
        .public(
            Method::POST,
            &format!("{base}/contacts"),
            Some(json!({"email": "v@example.com"})),
        )
        .await
        .ok();
    assert_eq!(by_email["id"], contact["id"]);
    assert_ne!(by_email["source_id"], contact["source_id"]);
    // A wrong identifier hash is an unrescued error.
    let bad = s
        .public(
            Method::POST,
            &format!("{base}/contacts"),
            Some(json!({"identifier": "u1", "identifier_hash": "00"})),
        )
        .await;
    assert_eq!(bad.status, 500);

    let contact_path = format!("{base}/contacts/{source}");
    assert_eq!(
        s.public(Method::GET, &contact_path, None).await.ok()["id"],
        contact["id"]
    );
    let conv = s
        .public(
            Method::POST,
            &format!("{contact_path}/conversations"),
            Some(json!({"custom_attributes": {"plan": "pro"}})),
        )
        .await
        .ok();
    assert_eq!(
        keys(&conv),
        [
            "id",
            "uuid",
            "inbox_id",
            "contact_last_seen_at",
            "status",
            "agent_last_seen_at",
            "messages",
            "contact"
        ]
    );
    assert_eq!(conv["status"], "open");
    assert_eq!(conv["contact"]["contact_type"], "lead");
    rx.wait("/inbox", "conversation_created", 1).await;

    let conv_path = format!("{contact_path}/conversations/{}", conv["id"]);
    let msg = s
        .public(
            Method::POST,
            &format!("{conv_path}/messages"),
            Some(json!({"content": "hi from the widget", "echo_id": "e1"})),
        )
        .await
        .ok();
    assert_eq!(
        keys(&msg),
        [
            "id",
            "content",
            "message_type",
            "content_type",
            "content_attributes",
            "created_at",
            "conversation_id",
            "sender"
        ]
    );
    assert_eq!(
        (msg["message_type"].clone(), msg["sender"]["type"].clone()),
        (json!(0), json!("contact"))
    );
    let created = rx
        .wait("/inbox", "message_created", 1)
        .await
        .remove(0)
        .json();
    assert_eq!(created["message_type"], "incoming");
    assert!(created["sender"].get("type").is_none());

    let listed = s
        .public(Method::GET, &format!("{conv_path}/messages"), None)
        .await
        .ok();
    assert_eq!(listed.as_array().map(Vec::len), Some(1));

    let r = s
        .public(
            Method::POST,
            &format!("{conv_path}/toggle_typing"),
            Some(json!({"typing_status": "on"})),
        )
        .await;
    assert_eq!(r.status, 200);
    let typing = rx
        .wait("/inbox", "conversation_typing_on", 1)
        .await
        .remove(0)
        .json();
    assert_eq!(
        (typing["user"]["id"].clone(), typing["is_private"].clone()),
        (contact["id"].clone(), json!(false))
    );
    assert!(typing["user"].get("type").is_none());

    let resolved = s
        .public(Method::POST, &format!("{conv_path}/toggle_status"), None)
        .await
        .ok();
    assert_eq!(resolved["status"], "resolved");
    rx.wait("/inbox", "conversation_status_changed", 1).await;
    // Resolving again changes nothing.
    assert_eq!(
        s.public(Method::POST, &format!("{conv_path}/toggle_status"), None)
            .await
            .ok()["status"],
        "resolved"
    );

    // A new message from the contact reopens it (no bot: open).
    s.public(
        Method::POST,
        &format!("{conv_path}/messages"),
        Some(json!({"content": "one more thing"})),
    )
    .await
    .ok();
    assert_eq!(
        s.public(Method::GET, &conv_path, None).await.ok()["status"],
        "open"
    );
    let all = s
        .get(
            &format!("/api/v1/accounts/1/conversations/{}/messages", conv["id"]),
            &s.admin(),
        )
        .await
        .ok();
    let activity: Vec<&str> = all["payload"]
        .as_array()
        .expect("payload")
        .iter()
        .filter(|m| m["message_type"] == 2)
        .filter_map(|m| m["content"].as_str())
        .collect();
    assert_eq!(
        activity,
        [
            "Conversation was resolved by Visitor",
            "System reopened the conversation due to a new incoming message."
        ]
    );

    let r = s
        .public(Method::POST, &format!("{conv_path}/update_last_seen"), None)
        .await;
    assert_eq!((r.status, r.text.as_str()), (200, ""));
    let list = s
        .public(Method::GET, &format!("{contact_path}/conversations"), None)
        .await
        .ok();
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    assert!(list[0]["contact_last_seen_at"]
        .as_i64()
        .is_some_and(|t| t > 0));

    s.public(Method::GET, "/public/api/v1/inboxes/nope", None)
        .await
        .expect_body(404, json!({"status": 404, "error": "Not Found"}));
    s.public(Method::GET, &format!("{base}/contacts/unknown"), None)
        .await
        .expect_body(404, json!({"status": 404, "error": "Not Found"}));
}

#[tokio::test]
async fn faults_throttle_fail_and_delay() {
    // rack-attack counts in fixed clock minutes: a run that spans a minute's end starts over.
    let minute = || now_secs() / 60;
    let r = loop {
        let started = minute();
        let s = Server::start_with(|c| c.rate_limit_per_minute = Some(2)).await;
        let first = s.get("/api/v1/profile", &s.admin()).await.status;
        let second = s.get("/api/v1/profile", &s.admin()).await.status;
        let r = s
            .http
            .get(format!("{}/api/v1/profile", s.base))
            .header("api_access_token", s.admin())
            .send()
            .await
            .expect("request");
        if minute() == started {
            assert_eq!((first, second), (200, 200));
            break r;
        }
    };
    assert_eq!(r.status().as_u16(), 429);
    assert!(r.headers().get("retry-after").is_none());
    assert_eq!(
        r.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("text/plain")
    );
    assert_eq!(r.text().await.expect("body"), "Retry later\n");

    let s = Server::start_with(|c| c.fail_rate = 1.0).await;
    s.get("/api/v1/profile", &s.admin()).await.expect_body(
        500,
        json!({"status": 500, "error": "Internal Server Error"}),
    );

    // A seed makes the failing share reproducible.
    let mut patterns = Vec::new();
    for _ in 0..2 {
        let s = Server::start_with(|c| {
            c.fail_rate = 0.5;
            c.fault_seed = Some(7);
        })
        .await;
        let mut statuses = Vec::new();
        for _ in 0..20 {
            statuses.push(s.get("/api/v1/profile", &s.admin()).await.status);
        }
        patterns.push(statuses);
    }
    assert_eq!(patterns[0], patterns[1]);
    assert!(
        patterns[0].contains(&200) && patterns[0].contains(&500),
        "{:?}",
        patterns[0]
    );

    let s = Server::start_with(|c| c.latency = Duration::from_millis(150)).await;
    let started = Instant::now();
    assert_eq!(s.get("/api/v1/profile", &s.admin()).await.status, 200);
    assert!(started.elapsed() >= Duration::from_millis(150));
}
