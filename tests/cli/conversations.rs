//! Conversations and the webhook loop, end to end: a test customer writes in, the inbox's
//! webhook and the bot receive exactly what Chatwoot sends, signed; the agent or the bot
//! answers, hands off, resolves, reopens.

use std::time::Duration;

use chatwoot_bridge::signing;
use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

use crate::common::{dead_url, stdout, Received, Receiver, TestSandbox};

/// An API inbox whose webhook points at `receiver/inbox`; returns (inbox id, signing secret).
fn inbox_to(sb: &TestSandbox, webhook_url: &str) -> (String, String) {
    let report = sb.json(&[
        "setup",
        "inbox",
        "--name",
        "Support",
        "--webhook-url",
        webhook_url,
    ]);
    let id = report["inbox_id"].to_string();
    let secret = stdout(
        &sb.cmd()
            .args(["inbox", "secret", &id, "-q"])
            .assert()
            .success(),
    )
    .trim()
    .to_string();
    (id, secret)
}

fn customer_writes(sb: &TestSandbox, text: &str, contact: &str) -> Value {
    sb.json(&[
        "send",
        "--inbox",
        "Support",
        "--as-customer",
        text,
        "--contact",
        contact,
    ])
}

fn assert_signed(r: &Received, secret: &str) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    signing::verify(
        secret,
        r.header("X-Chatwoot-Signature"),
        r.header("X-Chatwoot-Timestamp"),
        &r.body,
        now,
        300,
    )
    .unwrap_or_else(|e| panic!("{} delivery does not verify: {e}", r.event()));
    assert!(r
        .header("X-Chatwoot-Delivery")
        .is_some_and(|d| d.len() == 36));
    assert_eq!(r.header("content-type"), Some("application/json"));
}

#[test]
fn a_customer_message_reaches_the_inbox_webhook_signed_in_chatwoots_shape() {
    let sb = TestSandbox::start();
    let rx = Receiver::start(&[]);
    let (_, secret) = inbox_to(&sb, &format!("{}/inbox", rx.url));

    let sent = customer_writes(&sb, "Hi, my order is late", "cust-1");
    assert_eq!(sent["status"], "open", "no bot: conversations start open");
    let conversation = sent["conversation_id"].as_u64().unwrap();
    assert!(sent["source_id"].as_str().is_some_and(|s| !s.is_empty()));

    let created = rx.wait_event("/inbox", "message_created");
    assert_signed(&created, &secret);
    let m = created.json();
    assert_eq!(m["content"], "Hi, my order is late");
    assert_eq!(
        m["message_type"], "incoming",
        "webhooks carry the string type"
    );
    assert!(
        m["sender"].get("type").is_none(),
        "a contact sender has no type: {}",
        m["sender"]
    );
    assert_eq!(m["sender"]["identifier"], "cust-1");
    assert_eq!(m["conversation"]["id"], conversation);
    assert_eq!(
        m["conversation"]["messages"][0]["message_type"], 0,
        "nested push data is an integer"
    );
    assert!(m["created_at"].is_string(), "ISO time at the top level");
    assert!(m["conversation"]["messages"][0]["created_at"].is_i64());
    // The body is compact JSON with `event` last, as Chatwoot's to_json writes it.
    let text = String::from_utf8(created.body.clone()).unwrap();
    assert!(
        !text.contains(": ") && text.ends_with(r#""event":"message_created"}"#),
        "{text}"
    );

    let conv = rx.wait_event("/inbox", "conversation_created");
    assert_signed(&conv, &secret);

    // The same contact identifier reuses the contact; --conversation continues it.
    let again = sb.json(&[
        "send",
        "--inbox",
        "Support",
        "--as-customer",
        "Any news?",
        "--contact",
        "cust-1",
        "--conversation",
        &conversation.to_string(),
    ]);
    assert_eq!(again["conversation_id"], conversation);
    assert_eq!(again["contact_id"], sent["contact_id"]);
}

#[test]
fn a_linked_bot_gets_pending_conversations_its_events_and_the_handoff() {
    let sb = TestSandbox::start();
    let rx = Receiver::start(&[]);
    inbox_to(&sb, &format!("{}/inbox", rx.url));
    let bot = sb.json(&[
        "setup",
        "bot",
        "--name",
        "Triage",
        "--outgoing-url",
        &format!("{}/bot", rx.url),
        "--inbox",
        "Support",
    ]);
    let bot_id = bot["agent_bot_id"].to_string();
    let bot_secret = stdout(&sb.cmd().args(["bot", "secret", &bot_id]).assert().success())
        .trim()
        .to_string();

    let sent = customer_writes(&sb, "I want a refund", "cust-2");
    assert_eq!(
        sent["status"], "pending",
        "a bot is linked: the conversation waits for it"
    );
    let id = sent["conversation_id"].to_string();

    let incoming = rx.wait_event("/bot", "message_created");
    assert_signed(&incoming, &bot_secret);
    assert_eq!(incoming.json()["message_type"], "incoming");

    // The bot answers with its own token and receives its own message back.
    let bot_token = stdout(&sb.cmd().args(["bot", "token", &bot_id]).assert().success())
        .trim()
        .to_string();
    sb.cmd()
        .env("CHATWOOT_API_TOKEN", &bot_token)
        .args(["send", &id, "I can help with refunds."])
        .assert()
        .success();
    let echo = rx.wait_for("/bot", "the bot's own message", |r| {
        let j = r.json();
        j["event"] == "message_created" && j["sender"]["type"] == "agent_bot"
    });
    assert_eq!(echo.json()["message_type"], "outgoing");

    // Hand off to humans, leaving a note: pending -> open.
    sb.cmd()
        .env("CHATWOOT_API_TOKEN", &bot_token)
        .args(["handoff", &id, "--note", "Customer asks for a human"])
        .assert()
        .success()
        .stdout(contains("pending -> open"));
    let changed = rx.wait_event("/bot", "conversation_status_changed");
    assert_eq!(changed.json()["status"], "open");
    rx.wait_event("/bot", "conversation_opened");
    let note = rx.wait_for("/inbox", "the private note", |r| {
        let j = r.json();
        j["event"] == "message_created" && j["private"] == true
    });
    assert_eq!(note.json()["content"], "Customer asks for a human");

    // conversation_created goes to the inbox webhook, never to the bot.
    rx.wait_event("/inbox", "conversation_created");
    assert!(rx
        .at("/bot")
        .iter()
        .all(|r| r.event() != "conversation_created"));
}

#[test]
fn resolve_reopen_pending_and_snooze_print_before_and_after() {
    let sb = TestSandbox::start();
    let rx = Receiver::start(&[]);
    inbox_to(&sb, &format!("{}/inbox", rx.url));
    let id = customer_writes(&sb, "hello", "cust-3")["conversation_id"].to_string();

    sb.cmd()
        .args(["resolve", &id])
        .assert()
        .success()
        .stdout("Conversation ".to_string() + &id + ": open -> resolved\n");
    let json = sb.json(&["reopen", &id]);
    assert_eq!(json["payload"]["current_status"], "open");
    assert_eq!(json["payload"]["success"], true);
    sb.cmd()
        .args(["pending", &id])
        .assert()
        .success()
        .stdout(contains("open -> pending"));
    let snoozed = sb.json(&["snooze", &id, "--until", "2h"]);
    assert_eq!(snoozed["payload"]["current_status"], "snoozed");
    assert!(snoozed["payload"]["snoozed_until"].is_string(), "{snoozed}");
    sb.cmd().args(["reopen", &id]).assert().success();
    sb.cmd()
        .args(["snooze", &id])
        .assert()
        .success()
        .stdout(contains("until the customer's next message"));
    sb.cmd()
        .args(["snooze", &id, "--until", "someday"])
        .assert()
        .code(2);

    // A customer writing into a resolved conversation reopens it.
    sb.cmd().args(["resolve", &id]).assert().success();
    sb.json(&[
        "send",
        "--inbox",
        "Support",
        "--as-customer",
        "still there?",
        "--contact",
        "cust-3",
        "--conversation",
        &id,
    ]);
    let shown = sb.json(&["conversation", "show", &id]);
    assert_eq!(shown["conversation"]["status"], "open");
    rx.wait_event("/inbox", "conversation_status_changed");
}

#[test]
fn private_notes_incoming_messages_and_attachments() {
    let sb = TestSandbox::start();
    let rx = Receiver::start(&[]);
    inbox_to(&sb, &format!("{}/inbox", rx.url));
    let id = customer_writes(&sb, "hello", "cust-4")["conversation_id"].to_string();

    let note = sb.json(&["send", &id, "internal only", "--private"]);
    assert_eq!(note["private"], true);
    let incoming = sb.json(&["send", &id, "typed by the customer", "--incoming"]);
    assert_eq!(incoming["message_type"], 0);

    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("receipt.txt");
    let b = dir.path().join("photo.png");
    std::fs::write(&a, "order 1234").unwrap();
    std::fs::write(&b, [0x89, b'P', b'N', b'G']).unwrap();
    let with_files = sb.json(&[
        "send",
        &id,
        "two files",
        "--attach",
        a.to_str().unwrap(),
        "--attach",
        b.to_str().unwrap(),
    ]);
    assert_eq!(
        with_files["attachments"].as_array().map(Vec::len),
        Some(2),
        "{with_files}"
    );
    let delivered = rx.wait_for("/inbox", "the message with attachments", |r| {
        r.json()["content"] == "two files"
    });
    assert_eq!(
        delivered.json()["attachments"].as_array().map(Vec::len),
        Some(2)
    );

    // 16 attachments are refused before anything is sent.
    let posts_before = sb
        .sandbox
        .requests()
        .iter()
        .filter(|r| r.method == "POST")
        .count();
    let mut args: Vec<String> = vec!["send".into(), id.clone(), "too many".into()];
    for _ in 0..16 {
        args.push("--attach".into());
        args.push(a.to_str().unwrap().into());
    }
    sb.cmd()
        .args(&args)
        .assert()
        .code(2)
        .stderr(contains("at most 15"));
    assert_eq!(
        sb.sandbox
            .requests()
            .iter()
            .filter(|r| r.method == "POST")
            .count(),
        posts_before
    );

    // Text from stdin.
    sb.cmd()
        .args(["send", &id, "-"])
        .write_stdin("from stdin\n")
        .assert()
        .success();
    let shown = stdout(
        &sb.cmd()
            .args(["conversation", "show", &id])
            .assert()
            .success(),
    );
    assert!(
        shown.contains("from stdin")
            && shown.contains("note")
            && shown.contains("[2 attachment(s)]"),
        "{shown}"
    );
}

#[test]
fn assignment_to_an_agent_a_team_and_a_bot() {
    let sb = TestSandbox::start();
    let rx = Receiver::start(&[]);
    inbox_to(&sb, &format!("{}/inbox", rx.url));
    let bot = sb.json(&[
        "bot",
        "create",
        "--name",
        "Assignee",
        "--outgoing-url",
        &format!("{}/assigned", rx.url),
    ]);
    let id = customer_writes(&sb, "hello", "cust-5")["conversation_id"].to_string();

    sb.cmd()
        .args(["assign", &id, "--bot", &bot["id"].to_string()])
        .assert()
        .success()
        .stdout(contains("bot Assignee"));
    let shown = sb.json(&["conversation", "show", &id]);
    assert_eq!(shown["conversation"]["meta"]["assignee_type"], "AgentBot");
    // The assigned bot now receives the conversation's messages.
    customer_writes_into(&sb, &id, "for the assigned bot", "cust-5");
    rx.wait_for("/assigned", "a message for the assigned bot", |r| {
        r.json()["content"] == "for the assigned bot"
    });

    sb.cmd()
        .args(["assign", &id, "--agent", "2"])
        .assert()
        .success()
        .stdout(contains("agent"));
    sb.cmd()
        .args(["assign", &id, "--team", "1"])
        .assert()
        .success()
        .stdout(contains("team support"));
    sb.cmd().args(["assign", &id]).assert().code(2);
}

fn customer_writes_into(sb: &TestSandbox, id: &str, text: &str, contact: &str) {
    sb.json(&[
        "send",
        "--inbox",
        "Support",
        "--as-customer",
        text,
        "--contact",
        contact,
        "--conversation",
        id,
    ]);
}

#[test]
fn conversation_list_filters_and_pages_by_25() {
    let sb = TestSandbox::start();
    inbox_to(&sb, "https://bot.example.com/hook");
    for i in 0..27 {
        customer_writes(&sb, "hi", &format!("c{i}"));
    }
    let first = sb.json(&["conversation", "list"]);
    assert_eq!(first.as_array().unwrap().len(), 25);
    let second = sb.json(&["conv", "list", "--page", "2"]);
    assert_eq!(second.as_array().unwrap().len(), 2);
    let all = stdout(
        &sb.cmd()
            .args(["conversation", "list", "--all", "-q"])
            .assert()
            .success(),
    );
    assert_eq!(all.lines().count(), 27);
    sb.cmd().args(["resolve", "1"]).assert().success();
    assert_eq!(
        sb.json(&[
            "conversation",
            "list",
            "--status",
            "resolved",
            "--inbox",
            "Support"
        ])
        .as_array()
        .unwrap()
        .len(),
        1
    );
    assert_eq!(
        stdout(
            &sb.cmd()
                .args(["conversation", "list", "--all", "--status", "all", "-q"])
                .assert()
                .success()
        )
        .lines()
        .count(),
        27
    );
}

#[test]
fn an_unreachable_inbox_webhook_marks_the_message_failed() {
    let sb = TestSandbox::start_with(|c| c.webhook_timeout = Duration::from_secs(1));
    let rx = Receiver::start(&[]);
    let (_, _) = inbox_to(&sb, &format!("{}/inbox", dead_url()));
    // An account webhook sees the message_updated that the failure emits.
    sb.cmd()
        .args([
            "webhook",
            "create",
            "--url",
            &format!("{}/account", rx.url),
            "--events",
            "message_updated",
        ])
        .assert()
        .success();
    let id = customer_writes(&sb, "anyone?", "cust-6")["conversation_id"].to_string();
    let updated = rx.wait_event("/account", "message_updated");
    let j = updated.json();
    assert!(
        j["content_attributes"]["external_error"]
            .as_str()
            .is_some_and(|e| !e.is_empty()),
        "{j}"
    );
    let shown = stdout(
        &sb.cmd()
            .args(["conversation", "show", &id])
            .assert()
            .success(),
    );
    // With its reason: the error Chatwoot stored.
    let reason = j["content_attributes"]["external_error"].as_str().unwrap();
    assert!(shown.contains(&format!("[failed: {reason}]")), "{shown}");
}

#[test]
fn a_bot_answering_500_twice_gets_three_attempts_with_one_delivery_id() {
    let sb = TestSandbox::start_with(|c| c.bot_retry_interval = Duration::from_millis(50));
    let rx = Receiver::start(&[("/bot", &[500, 500, 200])]);
    inbox_to(&sb, &format!("{}/inbox", rx.url));
    sb.json(&[
        "setup",
        "bot",
        "--name",
        "Flaky",
        "--outgoing-url",
        &format!("{}/bot", rx.url),
        "--inbox",
        "Support",
    ]);
    customer_writes(&sb, "hello", "cust-7");
    rx.wait_for("/bot", "the third attempt", |_| rx.at("/bot").len() >= 3);
    let ids: std::collections::BTreeSet<_> = rx.at("/bot")[..3]
        .iter()
        .map(|r| r.header("X-Chatwoot-Delivery").unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 1, "retries reuse the delivery id");
    let first = ids.into_iter().next().unwrap();
    // The next message's delivery comes after the first one is done (no sleep-then-look).
    customer_writes(&sb, "still there?", "cust-7");
    rx.wait_for("/bot", "the next message", |r| {
        r.header("X-Chatwoot-Delivery") != Some(first.as_str())
    });
    let attempts: Vec<Received> = rx
        .at("/bot")
        .into_iter()
        .filter(|r| r.header("X-Chatwoot-Delivery") == Some(first.as_str()))
        .collect();
    assert_eq!(
        attempts.len(),
        3,
        "three attempts, no more: {:?}",
        attempts.iter().map(Received::event).collect::<Vec<_>>()
    );
}

#[test]
fn a_bot_that_stays_down_leaves_no_conversation_pending() {
    let sb = TestSandbox::start_with(|c| {
        c.bot_retry_interval = Duration::from_millis(50);
        c.webhook_timeout = Duration::from_secs(1);
    });
    inbox_to(&sb, "https://bot.example.com/inbox");
    sb.json(&[
        "setup",
        "bot",
        "--name",
        "Down",
        "--outgoing-url",
        &format!("{}/bot", dead_url()),
        "--inbox",
        "Support",
    ]);
    // Connection refused fails at once (no retry), so the conversation may already be open
    // when `send` reads it back: what matters is that it does not stay pending.
    let sent = customer_writes(&sb, "hello?", "cust-8");
    let id = sent["conversation_id"].to_string();
    let deadline = std::time::Instant::now() + crate::common::PATIENCE;
    loop {
        let status = sb.json(&["conversation", "show", &id])["conversation"]["status"].clone();
        if status == "open" {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still {status} after the bot failed"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_rate_limited_sandbox_answers_like_rack_attack_and_the_client_gives_up_with_exit_7() {
    // rack-attack counts in fixed clock minutes: a run that spans a minute's end starts over.
    let minute = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
            / 60
    };
    let (sb, third) = loop {
        let started = minute();
        let sb = TestSandbox::start_with(|c| c.rate_limit_per_minute = Some(2));
        let first = sb.cmd().args(["inbox", "list"]).assert();
        let second = sb.cmd().args(["inbox", "list"]).assert();
        let third = sb.cmd().args(["inbox", "list"]).assert();
        if minute() == started {
            first.success();
            second.success();
            break (sb, third);
        }
    };
    third
        .code(7)
        .stderr(contains("Retry later").and(contains("gave up after 4 attempts")));
    let limited = sb
        .sandbox
        .requests()
        .iter()
        .filter(|r| r.status == 429)
        .count();
    assert_eq!(limited, 4, "every attempt past the limit was answered 429");
}

#[test]
fn server_errors_are_retried_for_reads_and_a_send_is_never_duplicated() {
    let sb = TestSandbox::start_with(|c| c.fail_rate = 1.0);
    let posts = || {
        sb.sandbox
            .requests()
            .iter()
            .filter(|r| r.method == "POST" && r.path.ends_with("/messages"))
            .count()
    };
    sb.cmd()
        .args(["send", "1", "hello"])
        .assert()
        .code(8)
        .stderr(contains("Internal Server Error"));
    assert_eq!(posts(), 1, "a send that failed with 500 is not repeated");
    sb.cmd().args(["inbox", "list"]).assert().code(8);
    let gets = sb
        .sandbox
        .requests()
        .iter()
        .filter(|r| r.method == "GET")
        .count();
    assert_eq!(gets, 4, "a GET is tried four times before giving up");
}

#[test]
fn occasional_server_errors_on_reads_are_retried_to_success() {
    // A reproducible fault sequence: every run fails the same requests.
    let sb = TestSandbox::start_with(|c| {
        c.fail_rate = 0.4;
        c.fault_seed = Some(7);
    });
    for _ in 0..5 {
        sb.cmd().args(["inbox", "list"]).assert().success();
    }
    let failed = sb
        .sandbox
        .requests()
        .iter()
        .filter(|r| r.status == 500)
        .count();
    assert!(
        failed > 0,
        "the seed produced no 500s: the test proves nothing"
    );
}
