//! setup inbox / setup bot: idempotent, planned, and reporting per resource.

use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

use crate::common::{stdout, TestSandbox};

fn actions(report: &Value) -> Vec<String> {
    report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            format!(
                "{}:{}",
                s["resource"].as_str().unwrap(),
                s["action"].as_str().unwrap()
            )
        })
        .collect()
}

const INBOX: [&str; 6] = [
    "setup",
    "inbox",
    "--name",
    "Bot inbox",
    "--webhook-url",
    "https://bot.example.com/inbox",
];

#[test]
fn setup_run_three_times_leaves_one_inbox_and_one_linked_bot() {
    let sb = TestSandbox::start();
    let bot = [
        "setup",
        "bot",
        "--name",
        "Triage",
        "--outgoing-url",
        "https://bot.example.com/bot",
        "--inbox",
        "Bot inbox",
    ];
    let mut inbox_actions = Vec::new();
    let mut bot_actions = Vec::new();
    for _ in 0..3 {
        inbox_actions.push(actions(&sb.json(&INBOX)));
        bot_actions.push(actions(&sb.json(&bot)));
    }
    assert_eq!(inbox_actions[0], ["inbox:created"]);
    assert_eq!(inbox_actions[1], ["inbox:unchanged"]);
    assert_eq!(inbox_actions[2], ["inbox:unchanged"]);
    assert_eq!(bot_actions[0], ["bot:created", "link:created"]);
    assert_eq!(bot_actions[2], ["bot:unchanged", "link:unchanged"]);

    let inboxes = sb.json(&["inbox", "list"]);
    assert_eq!(inboxes.as_array().unwrap().len(), 1);
    let bots = sb.json(&["bot", "list"]);
    assert_eq!(bots.as_array().unwrap().len(), 1);
    let id = inboxes[0]["id"].as_u64().unwrap().to_string();
    sb.cmd()
        .args(["inbox", "show", &id])
        .assert()
        .success()
        .stdout(contains("Triage"));

    // A re-run says in words that nothing changed.
    sb.cmd()
        .args(INBOX)
        .assert()
        .success()
        .stdout(contains("unchanged").and(contains("nothing changed")));
}

#[test]
fn setup_inbox_prints_what_the_bot_side_needs_and_never_the_secret() {
    let sb = TestSandbox::start();
    let out = sb.cmd().args(INBOX).assert().success();
    let text = stdout(&out);
    let inbox = &sb.json(&["inbox", "list"])[0];
    let identifier = inbox["inbox_identifier"].as_str().unwrap();
    assert!(
        text.contains("Account ID") && text.contains(identifier),
        "{text}"
    );
    assert!(text.contains("inbox secret"), "{text}");
    let secret = sb.json(&["inbox", "secret", "Bot inbox"])["secret"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(!text.contains(&secret), "{text}");
    let json = sb.json(&INBOX);
    assert_eq!(json["inbox"]["secret"], "[redacted]");
    assert_eq!(json["inbox_identifier"], identifier);
}

#[test]
fn a_changed_url_is_updated_and_dry_run_changes_nothing() {
    let sb = TestSandbox::start();
    sb.json(&INBOX);
    let moved = [
        "setup",
        "inbox",
        "--name",
        "Bot inbox",
        "--webhook-url",
        "https://bot.example.com/v2",
    ];
    let mut dry = moved.to_vec();
    dry.push("--dry-run");
    sb.cmd()
        .args(&dry)
        .assert()
        .success()
        .stdout(contains("would update").and(contains("https://bot.example.com/v2")));
    assert_eq!(
        sb.json(&["inbox", "list"])[0]["webhook_url"],
        "https://bot.example.com/inbox"
    );

    assert_eq!(actions(&sb.json(&moved)), ["inbox:updated"]);
    assert_eq!(
        sb.json(&["inbox", "list"])[0]["webhook_url"],
        "https://bot.example.com/v2"
    );

    // A dry run of a bot that does not exist yet creates nothing.
    let plan = sb.json(&[
        "setup",
        "bot",
        "--name",
        "New",
        "--outgoing-url",
        "https://b",
        "--inbox",
        "Bot inbox",
        "--dry-run",
    ]);
    assert_eq!(actions(&plan), ["bot:created", "link:created"]);
    assert_eq!(plan["dry_run"], true);
    assert!(sb.json(&["bot", "list"]).as_array().unwrap().is_empty());
}

#[test]
fn setup_bot_relinks_an_inbox_that_had_another_bot() {
    let sb = TestSandbox::start();
    sb.json(&INBOX);
    sb.json(&[
        "setup",
        "bot",
        "--name",
        "Old",
        "--outgoing-url",
        "https://o",
        "--inbox",
        "Bot inbox",
    ]);
    let report = sb.json(&[
        "setup",
        "bot",
        "--name",
        "New",
        "--outgoing-url",
        "https://n",
        "--inbox",
        "Bot inbox",
    ]);
    assert_eq!(actions(&report), ["bot:created", "link:updated"]);
    let inbox = sb.json(&["inbox", "list"])[0]["id"].to_string();
    sb.cmd()
        .args(["inbox", "show", &inbox])
        .assert()
        .stdout(contains("New"));
}

#[test]
fn setup_bot_platform_creates_a_global_bot_and_links_it() {
    let sb = TestSandbox::start();
    sb.json(&INBOX);
    let args = [
        "setup",
        "bot",
        "--platform",
        "--name",
        "Global",
        "--outgoing-url",
        "https://g",
        "--inbox",
        "Bot inbox",
    ];
    assert_eq!(actions(&sb.json(&args)), ["bot:created", "link:created"]);
    assert_eq!(
        actions(&sb.json(&args)),
        ["bot:unchanged", "link:unchanged"]
    );
    let bots = sb.json(&["bot", "list", "--platform"]);
    assert_eq!(bots.as_array().unwrap().len(), 1);
    assert!(
        bots[0]["account_id"].is_null(),
        "a global bot has no account: {bots}"
    );
    // The account sees the global bot too.
    let account_view = sb.json(&["bot", "list"]);
    assert!(account_view
        .as_array()
        .unwrap()
        .iter()
        .any(|b| b["name"] == "Global"));
}

#[test]
fn provisioning_with_an_agent_token_exits_4_and_says_an_admin_is_needed() {
    let sb = TestSandbox::start();
    sb.agent_cmd().args(INBOX).assert().code(4).stderr(contains(
        "needs an administrator's token; this token belongs to an agent",
    ));
}

#[test]
fn setup_for_an_unknown_inbox_exits_5() {
    let sb = TestSandbox::start();
    sb.cmd()
        .args([
            "setup",
            "bot",
            "--name",
            "b",
            "--outgoing-url",
            "https://b",
            "--inbox",
            "Nowhere",
        ])
        .assert()
        .code(5)
        .stderr(contains("no inbox named 'Nowhere'").and(contains("inbox list")));
}

#[test]
fn presets_build_the_webhook_url_and_print_the_other_sides_form() {
    let sb = TestSandbox::start();
    let out = sb
        .cmd()
        .args([
            "setup",
            "inbox",
            "--name",
            "Cognigy",
            "--preset",
            "cognigy",
            "--endpoint",
            "https://endpoint.cognigy.ai/",
        ])
        .assert()
        .success();
    let text = stdout(&out);
    assert!(text.contains("Handover Providers"), "{text}");
    assert!(
        text.contains(&format!("{}/api/v1", sb.url)),
        "Base URL ends in /api/v1: {text}"
    );
    let inbox = &sb.json(&["inbox", "list"])[0];
    assert_eq!(
        inbox["webhook_url"],
        "https://endpoint.cognigy.ai/handover/chatwoot"
    );

    let od = sb.json(&[
        "setup",
        "inbox",
        "--name",
        "OD",
        "--preset",
        "opendialog",
        "--tenant",
        "acme",
    ]);
    assert_eq!(
        od["inbox"]["webhook_url"],
        "https://acme.cloud.opendialog.ai/incoming-chatwoot"
    );
    assert_eq!(od["preset"]["values"][0]["label"], "Domain");

    let lg = stdout(
        &sb.cmd()
            .args([
                "setup",
                "inbox",
                "--name",
                "LG",
                "--preset",
                "langgraph",
                "--server",
                "https://agent.example.com",
            ])
            .assert()
            .success(),
    );
    assert!(
        lg.contains("CHATWOOT_API_URL") && lg.contains("CHATWOOT_ACCOUNT_ID"),
        "{lg}"
    );

    sb.cmd()
        .args(["setup", "inbox", "--name", "X", "--preset", "cognigy"])
        .assert()
        .code(2)
        .stderr(contains("--endpoint"));
    sb.cmd()
        .args([
            "setup",
            "inbox",
            "--name",
            "X",
            "--preset",
            "langgraph",
            "--server",
            "https://a",
            "--webhook-url",
            "https://b",
        ])
        .assert()
        .code(2)
        .stderr(contains("drop --webhook-url"));
}

#[test]
fn the_agent_bot_preset_creates_and_links_a_bot_idempotently() {
    let sb = TestSandbox::start();
    let args = [
        "setup",
        "inbox",
        "--name",
        "Desk",
        "--preset",
        "agent-bot",
        "--bot-url",
        "https://bot.example.com/hook",
    ];
    assert_eq!(
        actions(&sb.json(&args)),
        ["inbox:created", "bot:created", "link:created"]
    );
    assert_eq!(
        actions(&sb.json(&args)),
        ["inbox:unchanged", "bot:unchanged", "link:unchanged"]
    );
    let bots = sb.json(&["bot", "list"]);
    assert_eq!(bots.as_array().unwrap().len(), 1);
    assert_eq!(bots[0]["name"], "Desk bot");
    assert_eq!(bots[0]["outgoing_url"], "https://bot.example.com/hook");
    // A dry run on a fresh name plans all three and creates nothing.
    let plan = sb.json(&[
        "setup",
        "inbox",
        "--name",
        "Other",
        "--preset",
        "agent-bot",
        "--bot-url",
        "https://b",
        "--dry-run",
    ]);
    assert_eq!(
        actions(&plan),
        ["inbox:created", "bot:created", "link:created"]
    );
    assert_eq!(sb.json(&["inbox", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn one_run_keeps_every_secret_it_stores_in_the_profile() {
    let sb = TestSandbox::start();
    sb.login();
    let report = sb.json(&[
        "setup",
        "inbox",
        "--name",
        "Desk",
        "--preset",
        "agent-bot",
        "--bot-url",
        "https://bot.example.com/hook",
    ]);
    let config = std::fs::read_to_string(sb.config_dir().join("config.toml")).unwrap();
    for key in [
        format!("\"inbox:{}\"", report["inbox_id"]),
        format!("\"bot:{}\"", report["agent_bot_id"]),
    ] {
        assert!(
            config.contains(&key),
            "{key} missing from the profile:\n{config}"
        );
    }
}
