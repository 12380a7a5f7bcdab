//! End-to-end tests of contacts, inbox members, conversations and messages over HTTP.

use reqwest::Method;
use serde_json::{json, Value};

use super::test_support::{Receiver, Server, JSON_UTF8};

const NOT_FOR_BOTS: &str = "Access to this endpoint is not authorized for bots";

fn keys(v: &Value) -> Vec<&str> {
    v.as_object()
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

fn conv_path(conv: &Value, rest: &str) -> String {
    format!("/api/v1/accounts/1/conversations/{}{rest}", conv["id"])
}

async fn activities(s: &Server, conv: &Value) -> Vec<String> {
    s.get(&conv_path(conv, "/messages"), &s.admin()).await.ok()["payload"]
        .as_array()
        .expect("payload")
        .iter()
        .filter(|m| m["message_type"] == 2)
        .filter_map(|m| m["content"].as_str().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn toggle_status_follows_chatwoot() {
    let s = Server::start().await;
    let inbox = s.inbox("").await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    assert_eq!(conv["id"], 1, "display ids start at 1 per account");
    let path = conv_path(&conv, "/toggle_status");
    let admin = s.admin();
    let toggle = |body: Value| s.post(&path, &admin, body);

    let r = toggle(json!({})).await.ok();
    assert_eq!(keys(&r), ["payload"]);
    assert_eq!(
        r["payload"],
        json!({"success": true, "conversation_id": 1, "current_status": "resolved", "snoozed_until": null})
    );
    assert_eq!(
        toggle(json!({"status": ""})).await.ok()["payload"]["current_status"],
        "open"
    );
    assert_eq!(
        toggle(json!({"status": "pending"})).await.ok()["payload"]["current_status"],
        "pending"
    );
    // Without a status, pending and snoozed become open.
    assert_eq!(
        toggle(json!({})).await.ok()["payload"]["current_status"],
        "open"
    );

    let snoozed = toggle(json!({"status": "snoozed", "snoozed_until": 1_781_776_800}))
        .await
        .ok();
    assert_eq!(
        snoozed["payload"]["snoozed_until"],
        "2026-06-18T10:00:00.000Z"
    );
    let shown = s.get(&conv_path(&conv, ""), &s.admin()).await.ok();
    assert_eq!(
        (shown["status"].clone(), shown["snoozed_until"].clone()),
        (json!("snoozed"), json!("2026-06-18T10:00:00.000Z"))
    );
    // Leaving snoozed clears snoozed_until.
    assert_eq!(
        toggle(json!({"status": "open"})).await.ok()["payload"]["snoozed_until"],
        Value::Null
    );

    assert_eq!(toggle(json!({"status": "closed"})).await.status, 500);
    assert_eq!(
        toggle(json!({"status": "snoozed", "snoozed_until": "tomorrow"}))
            .await
            .status,
        500
    );
    assert_eq!(
        activities(&s, &conv).await,
        [
            "Conversation was marked resolved by Admin",
            "Conversation was reopened by Admin",
            "Conversation was marked as pending by Admin",
            "Conversation was reopened by Admin",
            "Conversation was snoozed by Admin",
            "Conversation was reopened by Admin",
        ]
    );
}

#[tokio::test]
async fn agents_see_member_inboxes_and_take_what_they_open() {
    let s = Server::start().await;
    let inbox = s.inbox("").await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    let list = "/api/v1/accounts/1/conversations";
    s.get(&conv_path(&conv, ""), &s.agent())
        .await
        .expect_status(401);
    assert_eq!(
        s.get(list, &s.agent()).await.ok()["data"]["payload"],
        json!([])
    );

    // Only admins manage members; the payload lists the agents.
    let members = json!({"inbox_id": inbox["id"], "user_ids": [2]});
    s.post(
        "/api/v1/accounts/1/inbox_members",
        &s.agent(),
        members.clone(),
    )
    .await
    .expect_status(401);
    let added = s
        .post("/api/v1/accounts/1/inbox_members", &s.admin(), members)
        .await
        .ok();
    assert_eq!(added["payload"][0]["id"], 2);
    assert_eq!(
        keys(&added["payload"][0]),
        [
            "id",
            "account_id",
            "availability_status",
            "auto_offline",
            "confirmed",
            "email",
            "provider",
            "available_name",
            "name",
            "role",
            "thumbnail",
            "custom_role_id"
        ]
    );
    let shown = s
        .get(
            &format!("/api/v1/accounts/1/inbox_members/{}", inbox["id"]),
            &s.agent(),
        )
        .await
        .ok();
    assert_eq!(shown, added);

    // An agent opening a conversation is assigned to it.
    let toggle = conv_path(&conv, "/toggle_status");
    s.post(&toggle, &s.agent(), json!({"status": "resolved"}))
        .await
        .ok();
    s.post(&toggle, &s.agent(), json!({})).await.ok();
    let c = s.get(&conv_path(&conv, ""), &s.agent()).await.ok();
    assert_eq!(
        (
            c["meta"]["assignee"]["id"].clone(),
            c["meta"]["assignee_type"].clone()
        ),
        (json!(2), json!("User"))
    );
    let mine = s
        .get(&format!("{list}?assignee_type=me"), &s.agent())
        .await
        .ok();
    assert_eq!(
        mine["data"]["meta"],
        json!({"mine_count": 1, "assigned_count": 1, "unassigned_count": 0, "all_count": 1})
    );
    assert_eq!(mine["data"]["payload"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        activities(&s, &conv).await,
        [
            "Conversation was marked resolved by Agent",
            "Conversation was reopened by Agent",
            "Agent self-assigned this conversation",
        ]
    );

    let r = s
        .call(
            Method::DELETE,
            "/api/v1/accounts/1/inbox_members",
            Some(&s.admin()),
            Some(json!({"inbox_id": inbox["id"], "user_ids": [2]})),
        )
        .await;
    assert_eq!((r.status, r.text.as_str()), (200, ""));
    s.get(&conv_path(&conv, ""), &s.agent())
        .await
        .expect_status(401);
}

#[tokio::test]
async fn conversation_list_filters_counts_and_pages() {
    let s = Server::start().await;
    let inbox = s.inbox("").await;
    let other = s.inbox("").await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    for _ in 0..26 {
        s.conversation(&inbox["id"], &contact).await;
    }
    let in_other = s.conversation(&other["id"], &contact).await;
    assert_eq!(in_other["id"], 27);
    s.post(
        &conv_path(&in_other, "/toggle_status"),
        &s.admin(),
        json!({"status": "resolved"}),
    )
    .await
    .ok();
    s.post(
        &conv_path(&json!({"id": 1}), "/assignments"),
        &s.admin(),
        json!({"assignee_id": 1}),
    )
    .await
    .ok();

    let list = "/api/v1/accounts/1/conversations";
    let first = s.get(list, &s.admin()).await.ok();
    assert_eq!(
        first["data"]["meta"],
        json!({"mine_count": 1, "assigned_count": 1, "unassigned_count": 25, "all_count": 26})
    );
    assert_eq!(first["data"]["payload"].as_array().map(Vec::len), Some(25));
    // Latest activity first: the assignment's activity message moved conversation 1 up.
    let order: Vec<&Value> = first["data"]["payload"]
        .as_array()
        .expect("payload")
        .iter()
        .map(|c| &c["id"])
        .take(2)
        .collect();
    assert_eq!(order, [&json!(1), &json!(26)]);
    let second = s.get(&format!("{list}?page=2"), &s.admin()).await.ok();
    assert_eq!(second["data"]["payload"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        s.get(&format!("{list}?page=3"), &s.admin()).await.ok()["data"]["payload"],
        json!([])
    );

    let resolved = s
        .get(&format!("{list}?status=resolved"), &s.admin())
        .await
        .ok();
    assert_eq!(resolved["data"]["payload"][0]["id"], 27);
    let all = s
        .get(
            &format!("{list}?status=all&inbox_id={}", other["id"]),
            &s.admin(),
        )
        .await
        .ok();
    assert_eq!(all["data"]["meta"]["all_count"], 1);
    let unassigned = s
        .get(&format!("{list}?assignee_type=unassigned"), &s.admin())
        .await
        .ok();
    assert_eq!(
        unassigned["data"]["payload"].as_array().map(Vec::len),
        Some(25)
    );
    assert_eq!(unassigned["data"]["meta"]["all_count"], 26);
    let meta = s.get(&format!("{list}/meta"), &s.admin()).await.ok();
    assert_eq!(meta["meta"]["all_count"], 26);

    let conv = &first["data"]["payload"][0];
    assert_eq!(
        keys(conv),
        [
            "meta",
            "id",
            "messages",
            "account_id",
            "uuid",
            "additional_attributes",
            "agent_last_seen_at",
            "assignee_last_seen_at",
            "can_reply",
            "contact_last_seen_at",
            "custom_attributes",
            "inbox_id",
            "labels",
            "muted",
            "snoozed_until",
            "status",
            "created_at",
            "updated_at",
            "timestamp",
            "first_reply_created_at",
            "unread_count",
            "last_non_activity_message",
            "last_activity_at",
            "priority",
            "waiting_since",
            "sla_policy_id"
        ]
    );
    assert_eq!(
        keys(&conv["meta"]),
        [
            "sender",
            "channel",
            "assignee",
            "assignee_type",
            "hmac_verified"
        ]
    );
    assert_eq!(
        keys(&first["data"]["payload"][1]["meta"]),
        ["sender", "channel", "hmac_verified"]
    );
}

#[tokio::test]
async fn incoming_messages_reopen_conversations() {
    let rx = Receiver::start().await;
    let s = Server::start().await;
    let inbox = s.inbox(&rx.url("/inbox")).await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    let toggle = conv_path(&conv, "/toggle_status");
    let incoming = json!({"content": "hello?", "message_type": "incoming"});

    s.post(&toggle, &s.admin(), json!({"status": "resolved"}))
        .await
        .ok();
    s.message(&conv["id"], &s.admin(), incoming.clone()).await;
    assert_eq!(
        s.get(&conv_path(&conv, ""), &s.admin()).await.ok()["status"],
        "open"
    );
    s.post(&toggle, &s.admin(), json!({"status": "snoozed"}))
        .await
        .ok();
    s.message(&conv["id"], &s.admin(), incoming.clone()).await;
    assert_eq!(
        s.get(&conv_path(&conv, ""), &s.admin()).await.ok()["status"],
        "open"
    );
    // Outgoing messages do not reopen.
    s.post(&toggle, &s.admin(), json!({"status": "resolved"}))
        .await
        .ok();
    s.message(&conv["id"], &s.admin(), json!({"content": "bye"}))
        .await;
    assert_eq!(
        s.get(&conv_path(&conv, ""), &s.admin()).await.ok()["status"],
        "resolved"
    );

    // With an active bot a resolved conversation comes back as pending.
    let bot = s.bot(&rx.url("/bot")).await;
    s.link_bot(&inbox["id"], &bot["id"]).await;
    s.message(&conv["id"], &s.admin(), incoming).await;
    assert_eq!(
        s.get(&conv_path(&conv, ""), &s.admin()).await.ok()["status"],
        "pending"
    );
    let acts = activities(&s, &conv).await;
    assert_eq!(
        acts[1],
        "System reopened the conversation due to a new incoming message."
    );
    assert_eq!(acts[3], "Conversation was reopened by Admin");
    assert_eq!(
        acts.last().map(String::as_str),
        Some("Conversation was marked as pending by Admin")
    );
    s.settle().await;
    let updates: Vec<Value> = rx
        .hits("/inbox")
        .iter()
        .map(|h| h.json())
        .filter(|p| p["event"] == "conversation_updated")
        .collect();
    assert!(updates.iter().any(|p| p["changed_attributes"][0]["status"]
        == json!({"previous_value": "resolved", "current_value": "pending"})));
}

#[tokio::test]
async fn bot_tokens_reach_only_their_endpoints() {
    let s = Server::start().await;
    let inbox = s.inbox("").await;
    let bot = s.bot("").await;
    let token = bot["access_token"].as_str().expect("token").to_owned();
    let (contact, _) = s.contact(&inbox["id"]).await;

    let conv = s
        .post(
            "/api/v1/accounts/1/conversations",
            &token,
            json!({"inbox_id": inbox["id"], "contact_id": contact, "message": {"content": "Hello from the bot"}}),
        )
        .await
        .ok();
    assert_eq!(conv["messages"][0]["sender"]["type"], "agent_bot");
    assert_eq!(conv["messages"][0]["message_type"], 1);
    s.get(&conv_path(&conv, ""), &token).await.ok();
    let r = s
        .post(
            &conv_path(&conv, "/toggle_priority"),
            &token,
            json!({"priority": "high"}),
        )
        .await;
    assert_eq!((r.status, r.text.as_str()), (200, ""));
    assert_eq!(
        s.post(
            &conv_path(&conv, "/toggle_priority"),
            &token,
            json!({"priority": "none"})
        )
        .await
        .status,
        500
    );
    let labels = s
        .post(
            &conv_path(&conv, "/labels"),
            &token,
            json!({"labels": ["billing", "vip"]}),
        )
        .await
        .ok();
    assert_eq!(labels, json!({"payload": ["billing", "vip"]}));
    assert_eq!(
        s.get(&conv_path(&conv, "/labels"), &token).await.ok(),
        labels
    );
    s.post(
        &conv_path(&conv, "/custom_attributes"),
        &token,
        json!({"custom_attributes": {"tier": 2}}),
    )
    .await
    .ok();
    s.post(
        &conv_path(&conv, "/toggle_typing_status"),
        &token,
        json!({"typing_status": "on"}),
    )
    .await
    .expect_status(200);
    s.post(
        &conv_path(&conv, "/assignments"),
        &token,
        json!({"team_id": 1}),
    )
    .await
    .ok();
    let msg = s
        .message(&conv["id"], &token, json!({"content": "second"}))
        .await;
    assert_eq!(msg["sender"]["id"], bot["id"]);

    for (method, path) in [
        (Method::GET, "/api/v1/accounts/1/conversations".to_owned()),
        (Method::GET, conv_path(&conv, "/messages")),
        (
            Method::PATCH,
            conv_path(&conv, &format!("/messages/{}", msg["id"])),
        ),
        (Method::POST, conv_path(&conv, "/update_last_seen")),
        (Method::GET, "/api/v1/accounts/1/contacts".to_owned()),
        (Method::POST, "/api/v1/accounts/1/inbox_members".to_owned()),
    ] {
        let r = s.call(method, &path, Some(&token), Some(json!({}))).await;
        assert_eq!(
            (r.status, r.json()),
            (401, json!({"error": NOT_FOR_BOTS})),
            "{path}"
        );
    }
    let shown = s.get(&conv_path(&conv, ""), &s.admin()).await.ok();
    assert_eq!(shown["priority"], "high");
    assert_eq!(shown["custom_attributes"], json!({"tier": 2}));
    assert_eq!(shown["labels"], json!(["billing", "vip"]));
    assert_eq!(
        activities(&s, &conv).await,
        [
            "Echo set the priority to high",
            "Echo added billing, vip",
            "Assigned to support by Echo"
        ]
    );
}

#[tokio::test]
async fn messages_list_cursors_and_status_updates() {
    let rx = Receiver::start().await;
    let s = Server::start().await;
    let inbox = s.inbox(&rx.url("/inbox")).await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    let mut ids = Vec::new();
    for i in 0..25 {
        let m = s
            .message(
                &conv["id"],
                &s.admin(),
                json!({"content": format!("m{i}"), "private": i == 24}),
            )
            .await;
        ids.push(m["id"].as_u64().expect("id"));
    }
    let path = conv_path(&conv, "/messages");
    let latest = s.get(&path, &s.admin()).await;
    assert_eq!(latest.content_type.as_deref(), Some(JSON_UTF8));
    let latest = latest.ok();
    assert_eq!(
        keys(&latest["meta"]),
        [
            "labels",
            "additional_attributes",
            "contact",
            "agent_last_seen_at",
            "assignee_last_seen_at"
        ]
    );
    let got: Vec<u64> = latest["payload"]
        .as_array()
        .expect("payload")
        .iter()
        .filter_map(|m| m["id"].as_u64())
        .collect();
    assert_eq!(got, ids[5..]);
    let before = s
        .get(&format!("{path}?before={}", ids[5]), &s.admin())
        .await
        .ok();
    assert_eq!(before["payload"].as_array().map(Vec::len), Some(5));
    let after = s
        .get(&format!("{path}?after={}", ids[22]), &s.admin())
        .await
        .ok();
    assert_eq!(after["payload"].as_array().map(Vec::len), Some(2));
    let public = s
        .get(
            &format!("{path}?after={}&filter_internal_messages=true", ids[22]),
            &s.admin(),
        )
        .await
        .ok();
    assert_eq!(public["payload"].as_array().map(Vec::len), Some(1));

    // Status updates (API inboxes): read then delivered is ignored; failed keeps the error.
    let one = format!("{path}/{}", ids[0]);
    assert_eq!(
        s.patch(&one, &s.admin(), json!({"status": "read"}))
            .await
            .ok()["status"],
        "read"
    );
    assert_eq!(
        s.patch(&one, &s.admin(), json!({"status": "delivered"}))
            .await
            .ok()["status"],
        "read"
    );
    let failed = s
        .patch(
            &one,
            &s.admin(),
            json!({"status": "failed", "external_error": "bounced"}),
        )
        .await
        .ok();
    assert_eq!(
        failed["content_attributes"],
        json!({"external_error": "bounced"})
    );
    let updated = rx.wait("/inbox", "message_updated", 2).await;
    assert_eq!(
        updated[1].json()["content_attributes"]["external_error"],
        "bounced"
    );

    s.post(
        &path,
        &s.admin(),
        json!({"content": "x", "message_type": "bogus"}),
    )
    .await
    .expect_body(422, json!({"error": "'bogus' is not a valid message_type"}));
    s.post(
        &path,
        &s.admin(),
        json!({"content": "x", "content_type": "video"}),
    )
    .await
    .expect_body(422, json!({"error": "'video' is not a valid content_type"}));
    let long = "a".repeat(150_001);
    s.post(&path, &s.admin(), json!({"content": long}))
        .await
        .expect_body(422, json!({"error": "Validation failed: Content is too long (maximum is 150000 characters)"}));
    let echoed = s.message(&conv["id"], &s.admin(), json!({"content": "e", "echo_id": "abc", "content_type": "input_select", "content_attributes": "{\"items\":[]}"})).await;
    assert_eq!(
        keys(&echoed),
        [
            "id",
            "content",
            "inbox_id",
            "echo_id",
            "conversation_id",
            "message_type",
            "content_type",
            "status",
            "content_attributes",
            "created_at",
            "private",
            "source_id",
            "sender"
        ]
    );
    assert_eq!(
        (
            echoed["content_type"].clone(),
            echoed["content_attributes"].clone()
        ),
        (json!("input_select"), json!({"items": []}))
    );
}

#[tokio::test]
async fn first_human_reply_and_waiting_since() {
    let rx = Receiver::start().await;
    let s = Server::start().await;
    let inbox = s.inbox(&rx.url("/inbox")).await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    assert!(conv["waiting_since"].as_i64().is_some_and(|w| w > 0));
    assert_eq!(conv["first_reply_created_at"], 0);
    s.message(
        &conv["id"],
        &s.admin(),
        json!({"content": "hi, how can I help?"}),
    )
    .await;
    let shown = s.get(&conv_path(&conv, ""), &s.admin()).await.ok();
    assert!(shown["first_reply_created_at"]
        .as_i64()
        .is_some_and(|t| t > 0));
    assert_eq!(shown["waiting_since"], 0);
    let updated = rx
        .wait("/inbox", "conversation_updated", 1)
        .await
        .remove(0)
        .json();
    let changed: Vec<&str> = updated["changed_attributes"]
        .as_array()
        .expect("array")
        .iter()
        .flat_map(keys)
        .collect();
    assert_eq!(
        changed,
        ["updated_at", "first_reply_created_at", "waiting_since"]
    );
    assert!(updated["first_reply_created_at"]
        .as_str()
        .is_some_and(|t| t.ends_with('Z')));
}

#[tokio::test]
async fn contacts_and_contact_inboxes() {
    let rx = Receiver::start().await;
    let s = Server::start().await;
    s.account_webhook(&rx.url("/account"), &["contact_created", "contact_updated"])
        .await;
    let inbox = s.inbox("").await;
    let path = "/api/v1/accounts/1/contacts";
    let created = s
        .post(path, &s.admin(), json!({"name": "Ann", "email": "Ann@Example.com", "phone_number": "+14155550100", "inbox_id": inbox["id"], "source_id": "ext-1"}))
        .await
        .ok();
    let contact = &created["payload"]["contact"];
    assert_eq!(contact["email"], "ann@example.com");
    assert_eq!(contact["contact_inboxes"][0]["source_id"], "ext-1");
    assert_eq!(
        keys(&contact["contact_inboxes"][0]["inbox"]),
        [
            "id",
            "avatar_url",
            "channel_id",
            "name",
            "channel_type",
            "provider"
        ]
    );
    assert_eq!(created["payload"]["contact_inbox"]["source_id"], "ext-1");
    assert_eq!(
        created["payload"]["contact_inbox"]["inbox"]["channel_type"],
        "Channel::Api"
    );

    let hit = rx
        .wait("/account", "contact_created", 1)
        .await
        .remove(0)
        .json();
    assert_eq!(
        keys(&hit),
        [
            "account",
            "additional_attributes",
            "avatar",
            "custom_attributes",
            "email",
            "id",
            "identifier",
            "name",
            "phone_number",
            "thumbnail",
            "blocked",
            "event"
        ]
    );

    s.post(path, &s.admin(), json!({"email": "ANN@example.com"}))
        .await
        .expect_body(
            422,
            json!({"message": "Email has already been taken", "attributes": ["email"]}),
        );
    s.post(path, &s.admin(), json!({"phone_number": "4155550100"}))
        .await
        .expect_body(422, json!({"message": "Phone number should be in e164 format", "attributes": ["phone_number"]}));
    // Contacts without email, phone or identifier are not listed.
    s.post(path, &s.admin(), json!({"name": "Anonymous"}))
        .await
        .ok();
    let index = s.get(path, &s.admin()).await.ok();
    assert_eq!(index["meta"], json!({"count": 1, "current_page": 1}));
    let page = s.get(&format!("{path}?page=1"), &s.admin()).await.ok();
    assert_eq!(
        page["meta"]["current_page"], "1",
        "the raw query parameter is echoed"
    );

    let found = s
        .get(&format!("{path}/search?q=ann"), &s.admin())
        .await
        .ok();
    assert_eq!(
        found["meta"],
        json!({"count": 1, "current_page": 1, "has_more": false})
    );
    s.get(&format!("{path}/search"), &s.admin())
        .await
        .expect_body(
            422,
            json!({"error": "Specify search string with parameter q"}),
        );

    let id = contact["id"].clone();
    let updated = s
        .patch(
            &format!("{path}/{id}"),
            &s.admin(),
            json!({"name": "Ann Lee", "custom_attributes": {"plan": "pro"}}),
        )
        .await
        .ok();
    assert_eq!(updated["payload"]["name"], "Ann Lee");
    let changed = rx
        .wait("/account", "contact_updated", 1)
        .await
        .remove(0)
        .json();
    let names: Vec<&str> = changed["changed_attributes"]
        .as_array()
        .expect("array")
        .iter()
        .flat_map(keys)
        .collect();
    assert_eq!(names, ["name", "updated_at", "custom_attributes"]);

    let ci = s
        .post(
            &format!("{path}/{id}/contact_inboxes"),
            &s.admin(),
            json!({"inbox_id": inbox["id"], "source_id": "ext-2"}),
        )
        .await
        .ok();
    assert_eq!(keys(&ci), ["source_id", "inbox"]);
    let shown = s.get(&format!("{path}/{id}"), &s.admin()).await.ok();
    assert_eq!(
        shown["payload"]["contact_inboxes"].as_array().map(Vec::len),
        Some(2)
    );
    s.get(&format!("{path}/999"), &s.admin())
        .await
        .expect_body(404, json!({"error": "Resource could not be found"}));

    // A conversation by source id alone (the deprecated lookup).
    let conv = s
        .post(
            "/api/v1/accounts/1/conversations",
            &s.admin(),
            json!({"source_id": "ext-2"}),
        )
        .await
        .ok();
    assert_eq!(conv["meta"]["sender"]["id"], id);
    s.post(
        "/api/v1/accounts/1/conversations",
        &s.admin(),
        json!({"source_id": "nope"}),
    )
    .await
    .expect_status(404);
}
