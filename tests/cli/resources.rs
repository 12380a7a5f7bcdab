//! inbox, bot and webhook commands: each works, confirms destructive steps, and maps
//! Chatwoot's answers to the contract's exit codes.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{stdout, TestSandbox};

#[test]
fn inbox_create_update_show_secret_and_delete() {
    let sb = TestSandbox::start();
    let created = sb.json(&[
        "inbox",
        "create",
        "--name",
        "Support",
        "--webhook-url",
        "https://h/1",
    ]);
    let id = created["id"].as_u64().unwrap().to_string();
    assert_eq!(created["channel_type"], "Channel::Api");
    assert_eq!(
        created["secret"], "[redacted]",
        "secrets are never printed by show/create"
    );

    let updated = sb.json(&[
        "inbox",
        "update",
        &id,
        "--webhook-url",
        "https://h/2",
        "--name",
        "Support 2",
    ]);
    assert_eq!(updated["webhook_url"], "https://h/2");
    assert_eq!(updated["name"], "Support 2");
    sb.cmd()
        .args(["inbox", "update", &id])
        .assert()
        .code(2)
        .stderr(contains("nothing to change"));

    // The name works wherever an id does.
    sb.cmd()
        .args(["inbox", "show", "Support 2"])
        .assert()
        .success()
        .stdout(contains("https://h/2").and(contains("inbox secret")));

    let secret = sb
        .cmd()
        .args(["inbox", "secret", &id, "-q"])
        .assert()
        .success();
    let secret = stdout(&secret).trim().to_string();
    assert!(secret.len() >= 24, "{secret}");

    // Resetting asks; without a terminal --yes is required (exit 3), and nothing changes.
    sb.cmd()
        .args(["inbox", "secret", &id, "--reset"])
        .assert()
        .code(3)
        .stderr(contains("--yes"));
    let again = sb.json(&["inbox", "secret", &id]);
    assert_eq!(again["secret"], secret.as_str());
    let reset = sb.json(&["inbox", "secret", &id, "--reset", "--yes"]);
    assert_ne!(reset["secret"], secret.as_str());

    sb.cmd()
        .args(["inbox", "delete", &id])
        .assert()
        .code(3)
        .stderr(contains("--yes"));
    sb.cmd()
        .args(["inbox", "delete", &id, "-y"])
        .assert()
        .success();
    sb.cmd()
        .args(["inbox", "show", &id])
        .assert()
        .code(5)
        .stderr(contains("Resource could not be found"));
}

#[test]
fn agents_cannot_read_inbox_secrets() {
    let sb = TestSandbox::start();
    let id = sb.json(&["inbox", "create", "--name", "S"])["id"].to_string();
    // Chatwoot refuses an agent who is not a member of the inbox before any secret is shown.
    sb.agent_cmd()
        .args(["inbox", "secret", &id])
        .assert()
        .code(4)
        .stderr(contains("not authorized"));
}

#[test]
fn webhook_url_and_instance_url_do_not_mix() {
    let sb = TestSandbox::start();
    // The instance's --url before `webhook`, the webhook's --url after it.
    let out = sb
        .bare()
        .env("CHATWOOT_API_TOKEN", &sb.config.admin_token)
        .env("CHATWOOT_ACCOUNT_ID", "1")
        .args([
            "--url",
            &sb.url,
            "webhook",
            "create",
            "--url",
            "https://w/9",
            "--events",
            "message_created",
            "-q",
        ])
        .assert()
        .success();
    assert_eq!(stdout(&out).trim(), "1");
    assert_eq!(sb.json(&["webhook", "list"])[0]["url"], "https://w/9");
}

#[test]
fn bot_lifecycle_link_unlink_token_and_secret() {
    let sb = TestSandbox::start();
    let inbox = sb.json(&["inbox", "create", "--name", "Bots here"])["id"].to_string();
    let bot = sb.json(&[
        "bot",
        "create",
        "--name",
        "Helper",
        "--outgoing-url",
        "https://bot/1",
    ]);
    let id = bot["id"].to_string();
    assert_eq!(bot["access_token"], "[redacted]");
    assert_eq!(
        sb.json(&["bot", "update", &id, "--outgoing-url", "https://bot/2"])["outgoing_url"],
        "https://bot/2"
    );
    sb.cmd()
        .args(["bot", "show", &id])
        .assert()
        .success()
        .stdout(contains("https://bot/2").and(contains("bot token")));

    sb.cmd()
        .args(["bot", "link", "--bot", &id, "--inbox", "Bots here"])
        .assert()
        .success()
        .stdout(contains("pending"));
    sb.cmd()
        .args(["inbox", "show", &inbox])
        .assert()
        .stdout(contains("Helper"));
    sb.cmd()
        .args(["bot", "unlink", "--inbox", &inbox])
        .assert()
        .success();
    sb.cmd()
        .args(["inbox", "show", &inbox])
        .assert()
        .stdout(contains("Helper").not());

    let token = stdout(&sb.cmd().args(["bot", "token", &id]).assert().success());
    let new_token = stdout(
        &sb.cmd()
            .args(["bot", "token", &id, "--reset", "--yes"])
            .assert()
            .success(),
    );
    assert!(token.trim().len() >= 20);
    assert_ne!(token, new_token);
    let secret = stdout(&sb.cmd().args(["bot", "secret", &id]).assert().success());
    let new_secret = stdout(
        &sb.cmd()
            .args(["bot", "secret", &id, "--reset", "-y"])
            .assert()
            .success(),
    );
    assert_ne!(secret, new_secret);

    sb.cmd().args(["bot", "delete", &id]).assert().code(3);
    sb.cmd()
        .args(["bot", "delete", &id, "--yes"])
        .assert()
        .success();
    sb.cmd().args(["bot", "show", &id]).assert().code(5);
    sb.cmd()
        .args(["bot", "link", "--bot", "999", "--inbox", &inbox])
        .assert()
        .code(5);
}

#[test]
fn platform_bots_are_global_and_need_the_platform_token() {
    let sb = TestSandbox::start();
    let bot = sb.json(&[
        "bot",
        "create",
        "--platform",
        "--name",
        "G",
        "--outgoing-url",
        "https://g",
    ]);
    assert!(bot["account_id"].is_null(), "{bot}");
    let id = bot["id"].to_string();
    assert_eq!(sb.json(&["bot", "show", "--platform", &id])["name"], "G");
    sb.cmd()
        .args(["bot", "secret", "--platform", &id])
        .assert()
        .code(2)
        .stderr(contains("never returns"));
    // A wrong platform token is rejected with the fix named.
    sb.cmd()
        .env("CHATWOOT_PLATFORM_TOKEN", "wrong")
        .args(["bot", "list", "--platform"])
        .assert()
        .code(4)
        .stderr(contains("CHATWOOT_PLATFORM_TOKEN"));
    sb.cmd()
        .args(["bot", "delete", "--platform", &id, "--yes"])
        .assert()
        .success();
}

#[test]
fn webhooks_are_validated_against_the_twelve_events() {
    let sb = TestSandbox::start();
    sb.cmd()
        .args([
            "webhook",
            "create",
            "--url",
            "https://w/1",
            "--events",
            "message_created,mesage_updated",
        ])
        .assert()
        .code(2)
        .stderr(contains("mesage_updated").and(contains("conversation_typing_off")));

    // inbox_created is real although the swagger's enum omits it.
    let hook = sb.json(&[
        "webhook",
        "create",
        "--url",
        "https://w/1",
        "--events",
        "message_created,inbox_created",
        "--name",
        "Ops",
    ]);
    let id = hook["id"].to_string();
    assert_eq!(
        hook["subscriptions"],
        serde_json::json!(["message_created", "inbox_created"])
    );
    assert_eq!(hook["secret"], "[redacted]");

    let updated = sb.json(&["webhook", "update", &id, "--events", "conversation_created"]);
    assert_eq!(
        updated["subscriptions"],
        serde_json::json!(["conversation_created"])
    );
    let list = stdout(&sb.cmd().args(["webhook", "list"]).assert().success());
    assert!(
        list.contains("https://w/1") && list.contains("conversation_created"),
        "{list}"
    );

    // Chatwoot refuses a second webhook with the same URL: 422 -> exit 6.
    sb.cmd()
        .args([
            "webhook",
            "create",
            "--url",
            "https://w/1",
            "--events",
            "message_created",
        ])
        .assert()
        .code(6);

    let secret = stdout(&sb.cmd().args(["webhook", "secret", &id]).assert().success());
    assert!(secret.trim().len() >= 20);
    sb.cmd()
        .args(["webhook", "delete", &id, "--yes"])
        .assert()
        .success();
    sb.cmd()
        .args(["webhook", "delete", &id, "--yes"])
        .assert()
        .code(5);
}

#[test]
fn output_modes_quiet_ids_ndjson_and_empty_lists() {
    let sb = TestSandbox::start();
    // An empty list is a success with nothing on stdout.
    sb.cmd()
        .args(["inbox", "list"])
        .assert()
        .success()
        .stdout("");
    for name in ["A", "B"] {
        sb.json(&["inbox", "create", "--name", name]);
    }
    sb.cmd()
        .args(["inbox", "list", "-q"])
        .assert()
        .success()
        .stdout("1\n2\n");
    let nd = stdout(
        &sb.cmd()
            .args(["inbox", "list", "-o", "ndjson"])
            .assert()
            .success(),
    );
    let lines: Vec<serde_json::Value> = nd
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["name"], "B");
    let table = stdout(&sb.cmd().args(["inbox", "list"]).assert().success());
    assert!(table.starts_with("ID") && table.contains("Api"), "{table}");
}

#[test]
fn a_dead_instance_exits_9_and_names_the_url() {
    let sb = TestSandbox::start();
    let dead = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", l.local_addr().unwrap())
    };
    sb.cmd()
        .env("CHATWOOT_BASE_URL", &dead)
        .args(["inbox", "list"])
        .assert()
        .code(9)
        .stderr(contains(dead.as_str()));
}

#[test]
fn a_wrong_account_exits_4_with_the_fix() {
    let sb = TestSandbox::start();
    sb.cmd()
        .env("CHATWOOT_ACCOUNT_ID", "77")
        .args(["inbox", "list"])
        .assert()
        .failure()
        .stderr(contains("--account").or(contains("Resource could not be found")));
}
