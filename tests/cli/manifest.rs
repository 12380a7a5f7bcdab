//! `plan` and `apply`: a manifest against the sandbox, from an empty account to in sync,
//! drift made by hand, prune, bad manifests, export round-trip, concurrency and a failure
//! midway.

use std::path::PathBuf;

use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

use crate::common::{stderr, stdout, TestSandbox};

const MANIFEST: &str = r##"
[[inbox]]
name        = "Support bot"
webhook_url = "${BOT_BASE_URL}/chatwoot"
members     = ["Agent@sandbox.test"]

[[agent_bot]]
name         = "Triage bot"
outgoing_url = "${BOT_BASE_URL}/bot"
inboxes      = ["Support bot"]

[[webhook]]
url    = "${BOT_BASE_URL}/events"
events = ["message_created", "conversation_status_changed"]

[[label]]
title = "needs-human"
color = "#d32f2f"

[[canned_response]]
short_code = "refund"
content    = "Refunds take 3-5 business days."

[[team]]
name    = "Tier 2"
members = ["agent@sandbox.test"]
"##;

const BASE: &str = "https://bot.example.com";

/// Fails naming the first expected line the output lacks, with the whole output.
fn assert_lines(text: &str, lines: &[&str]) {
    for line in lines {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
}

fn write(sb: &TestSandbox, name: &str, text: &str) -> PathBuf {
    let path = sb.home.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn run(sb: &TestSandbox, args: &[&str], file: &PathBuf) -> assert_cmd::assert::Assert {
    sb.cmd()
        .env("BOT_BASE_URL", BASE)
        .args(args)
        .arg("-f")
        .arg(file)
        .assert()
}

fn plan_json(sb: &TestSandbox, file: &PathBuf, code: i32) -> Value {
    let out = run(sb, &["plan", "-o", "json"], file).code(code);
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

fn actions(plan: &Value) -> Vec<String> {
    plan["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} {} {}",
                c["action"].as_str().unwrap(),
                c["type"].as_str().unwrap(),
                c["key"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn plan_apply_plan_then_drift_is_exit_11_and_apply_fixes_it() {
    let sb = TestSandbox::start();
    let file = write(&sb, "chatwoot.toml", MANIFEST);

    // Empty account: everything is a create, and that is drift (exit 11).
    let out = run(&sb, &["plan"], &file).code(11);
    let text = stdout(&out);
    assert!(
        text.starts_with(&format!(
            "instance {}  account 1 (Sandbox) as admin@sandbox.test (administrator)",
            sb.url
        )),
        "{text}"
    );
    assert_lines(
        &text,
        &[
            "+ inbox \"Support bot\"",
            "    webhook_url: (none) → \"https://bot.example.com/chatwoot\"",
            "    members: (none) → [\"agent@sandbox.test\"]",
            "+ agent_bot \"Triage bot\"",
            "+ link \"Support bot → Triage bot\"\n    agent_bot: (none) → \"Triage bot\"",
            "+ webhook \"https://bot.example.com/events\"",
            "+ label \"needs-human\"",
            "+ canned_response \"refund\"",
            "    content: (none) → \"Refunds take 3-5 business days.\"",
            "+ team \"tier 2\"",
            "    members: (none) → [\"agent@sandbox.test\"]",
            "Plan: 7 to create, 0 to update, 0 to delete, 0 unchanged.",
        ],
    );
    assert!(stderr(&out).contains("changes pending"), "{}", stderr(&out));

    // Without --yes and without a terminal, apply asks and cannot: exit 3, nothing changed.
    run(&sb, &["apply"], &file)
        .code(3)
        .stderr(contains("--yes"));
    assert_eq!(plan_json(&sb, &file, 11)["summary"]["create"], 7);

    let out = run(&sb, &["apply", "--yes"], &file).success();
    let text = stdout(&out);
    assert!(
        text.contains("created inbox 1 \"Support bot\"")
            && text.contains("created label 1 \"needs-human\""),
        "{text}"
    );
    assert!(text.contains("Applied 7 change(s)."), "{text}");

    // In sync now: exit 0, all `=`; and a second apply changes nothing.
    let plan = plan_json(&sb, &file, 0);
    assert_eq!(plan["summary"]["unchanged"], 7, "{plan}");
    run(&sb, &["apply", "--yes"], &file)
        .success()
        .stderr(contains("Nothing to do"));
    let link = sb.json(&["api", "GET", "/api/v1/accounts/1/inboxes/1/agent_bot"]);
    assert_eq!(link["agent_bot"]["name"], "Triage bot");
    let team = sb.json(&["api", "GET", "/api/v1/accounts/1/teams/2/team_members"]);
    assert_eq!(team[0]["email"], "agent@sandbox.test", "{team}");
    let members = sb.json(&["api", "GET", "/api/v1/accounts/1/inbox_members/1"]);
    assert_eq!(
        members["payload"][0]["email"], "agent@sandbox.test",
        "{members}"
    );

    // Someone edits Chatwoot by hand: a webhook URL's events and a label's colour.
    sb.cmd()
        .args(["webhook", "update", "1", "--events", "message_created"])
        .assert()
        .success();
    sb.cmd()
        .args([
            "api",
            "PATCH",
            "/api/v1/accounts/1/labels/1",
            "-f",
            "color=#000000",
        ])
        .assert()
        .success();
    let out = run(&sb, &["plan"], &file).code(11);
    let text = stdout(&out);
    assert_lines(&text, &[
        "~ webhook 1 \"https://bot.example.com/events\"",
        "    events: [\"message_created\"] → [\"conversation_status_changed\",\"message_created\"]",
        "~ label 1 \"needs-human\"",
        "    color: \"#000000\" → \"#d32f2f\"",
        "= inbox 1 \"Support bot\"",
        "Plan: 0 to create, 2 to update, 0 to delete, 5 unchanged.",
    ]);
    let out = run(&sb, &["apply", "--yes"], &file).success();
    assert!(
        stdout(&out).contains("updated webhook 1") && stdout(&out).contains("updated label 1"),
        "{}",
        stdout(&out)
    );
    plan_json(&sb, &file, 0);
}

#[test]
fn prune_deletes_only_what_the_plan_showed_and_only_declared_kinds() {
    let sb = TestSandbox::start();
    let labels_only = write(&sb, "labels.toml", "[[label]]\ntitle = \"keep\"\n");
    for args in [
        vec![
            "api",
            "POST",
            "/api/v1/accounts/1/labels",
            "-f",
            "title=stale",
        ],
        vec![
            "webhook",
            "create",
            "--url",
            "https://other.example.com/hook",
            "--events",
            "message_created",
        ],
    ] {
        sb.cmd().args(&args).assert().success();
    }
    let without = plan_json(&sb, &labels_only, 11);
    assert_eq!(
        actions(&without),
        ["create label keep"],
        "no deletions without --prune"
    );
    let out = run(&sb, &["plan", "--prune"], &labels_only).code(11);
    assert!(
        stdout(&out).contains("- label 1 \"stale\""),
        "{}",
        stdout(&out)
    );
    assert!(
        !stdout(&out).contains("webhook"),
        "webhooks are not declared: {}",
        stdout(&out)
    );

    let out = run(&sb, &["apply", "--prune", "--yes"], &labels_only).success();
    assert!(
        stdout(&out).contains("deleted label 1 \"stale\""),
        "{}",
        stdout(&out)
    );
    let labels = sb.json(&["api", "GET", "/api/v1/accounts/1/labels"]);
    let titles: Vec<&str> = labels["payload"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["keep"]);
    assert_eq!(
        sb.json(&["webhook", "list"]).as_array().unwrap().len(),
        1,
        "the undeclared webhook stays"
    );
    run(&sb, &["plan", "--prune"], &labels_only).success();
}

#[test]
fn manifest_mistakes_are_exit_2_with_file_and_line_before_any_request() {
    let sb = TestSandbox::start();
    let missing = write(
        &sb,
        "missing.toml",
        "[[inbox]]\nname = \"A\"\nwebhook_url = \"${NOT_SET}/x\"\n",
    );
    let out = sb.cmd().args(["plan", "-f"]).arg(&missing).assert().code(2);
    let err = stderr(&out);
    assert!(
        err.contains("missing.toml:3:15: environment variable NOT_SET is not set"),
        "{err}"
    );
    let unknown = write(
        &sb,
        "unknown.toml",
        "[[webhook]]\nurl = \"https://x.example.com\"\nevents = [\"message_sent\"]\n",
    );
    sb.cmd()
        .args(["apply", "--yes", "-f"])
        .arg(&unknown)
        .assert()
        .code(2)
        .stderr(
            contains("unknown.toml:3:11: unknown webhook event 'message_sent'")
                .and(contains("message_created")),
        );
    let key = write(
        &sb,
        "key.toml",
        "[[label]]\ntitle = \"x\"\ncolour = \"#fff\"\n",
    );
    sb.cmd()
        .args(["plan", "-f"])
        .arg(&key)
        .assert()
        .code(2)
        .stderr(contains("key.toml:3:1: unknown field `colour`"));
    assert!(
        sb.sandbox.requests().is_empty(),
        "no request before the manifest is valid"
    );
}

#[test]
fn an_unknown_member_is_exit_2_with_its_line_and_nothing_is_written() {
    let sb = TestSandbox::start();
    let file = write(&sb, "chatwoot.toml", "[[inbox]]\nname = \"Support\"\nmembers = [\"agent@sandbox.test\",\n  \"nobody@example.com\"]\n");
    run(&sb, &["apply", "--yes"], &file).code(2).stderr(
        contains("chatwoot.toml:4:3: no agent with e-mail nobody@example.com in account 1")
            .and(contains("agent@sandbox.test")),
    );
    assert!(sb.json(&["inbox", "list"]).as_array().unwrap().is_empty());
}

#[test]
fn an_ambiguous_inbox_name_needs_an_id() {
    let sb = TestSandbox::start();
    for _ in 0..2 {
        sb.cmd()
            .args(["inbox", "create", "--name", "Support bot"])
            .assert()
            .success();
    }
    let file = write(&sb, "chatwoot.toml", "[[inbox]]\nname = \"Support bot\"\n");
    run(&sb, &["plan"], &file).code(2).stderr(contains(
        "chatwoot.toml:1:1: 2 inboxes are named 'Support bot' (ids 1, 2): add `id = N`",
    ));
    let file = write(
        &sb,
        "chatwoot.toml",
        "[[inbox]]\nname = \"Support bot\"\nid = 2\n",
    );
    run(&sb, &["plan"], &file)
        .success()
        .stdout(contains("= inbox 2 \"Support bot\""));
}

#[test]
fn export_round_trips_to_an_in_sync_plan() {
    let sb = TestSandbox::start();
    let file = write(&sb, "chatwoot.toml", MANIFEST);
    run(&sb, &["apply", "--yes"], &file).success();
    sb.cmd()
        .args(["inbox", "create", "--name", "Other"])
        .assert()
        .success();
    // A global bot of this platform app, linked to the other inbox.
    sb.cmd()
        .args([
            "bot",
            "create",
            "--platform",
            "--name",
            "Everywhere",
            "--outgoing-url",
            "https://global.example.com/bot",
        ])
        .assert()
        .success();
    sb.cmd()
        .args(["bot", "link", "--bot", "2", "--inbox", "Other"])
        .assert()
        .success();
    let out = sb.cmd().args(["plan", "--export"]).assert().success();
    let exported = stdout(&out);
    for part in [
        "inboxes = [\"Support bot\"]",
        "name = \"Support bot\"\nwebhook_url = \"https://bot.example.com/chatwoot\"\nmembers = [\"agent@sandbox.test\"]",
        "name = \"Other\"\nmembers = []",
        "name = \"tier 2\"\nmembers = [\"agent@sandbox.test\"]",
        "name = \"Everywhere\"\noutgoing_url = \"https://global.example.com/bot\"\ninboxes = [\"Other\"]\nplatform = true",
    ] {
        assert!(exported.contains(part), "missing {part:?} in:\n{exported}");
    }
    let file = write(&sb, "exported.toml", &exported);
    let out = sb
        .cmd()
        .args(["plan", "--prune", "-f"])
        .arg(&file)
        .assert()
        .success();
    assert!(
        stdout(&out).contains("Plan: 0 to create, 0 to update, 0 to delete, 11 unchanged."),
        "{}",
        stdout(&out)
    );
    // Members are compared, not just written: the exported file now owns them.
    let edited = exported.replace(
        "name = \"tier 2\"\nmembers = [\"agent@sandbox.test\"]",
        "name = \"tier 2\"\nmembers = []",
    );
    let file = write(&sb, "edited.toml", &edited);
    let out = sb.cmd().args(["plan", "-f"]).arg(&file).assert().code(11);
    assert!(
        stdout(&out).contains("    members: [\"agent@sandbox.test\"] → []"),
        "{}",
        stdout(&out)
    );

    // Without a platform token, global bots are left out (and not an error).
    let out = sb
        .cmd()
        .env_remove("CHATWOOT_PLATFORM_TOKEN")
        .args(["plan", "--export"])
        .assert()
        .success();
    assert!(!stdout(&out).contains("Everywhere"), "{}", stdout(&out));
}

#[test]
fn concurrent_applies_converge_on_one_of_each() {
    // Latency makes both runs read the empty account before either creates anything.
    let sb = TestSandbox::start_with(|c| c.latency = std::time::Duration::from_millis(150));
    let with_global = format!(
        "{MANIFEST}\n[[agent_bot]]\nname = \"Global helper\"\nplatform = true\noutgoing_url = \"${{BOT_BASE_URL}}/global\"\n"
    );
    let file = write(&sb, "chatwoot.toml", &with_global);
    let runs: Vec<_> = (0..2)
        .map(|_| {
            let mut cmd =
                std::process::Command::new(assert_cmd::cargo::cargo_bin("chatwoot-bridge"));
            cmd.env_clear()
                .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                .env("HOME", sb.home.path())
                .env("CHATWOOT_BRIDGE_CONFIG_DIR", sb.config_dir())
                .env("CHATWOOT_BASE_URL", &sb.url)
                .env("CHATWOOT_API_TOKEN", &sb.config.admin_token)
                .env("CHATWOOT_ACCOUNT_ID", sb.account())
                .env("CHATWOOT_PLATFORM_TOKEN", &sb.config.platform_token)
                .env("BOT_BASE_URL", BASE)
                .args(["apply", "--yes", "-f"])
                .arg(&file)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
            cmd.spawn().unwrap()
        })
        .collect();
    for child in runs {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(sb.json(&["inbox", "list"]).as_array().unwrap().len(), 1);
    assert_eq!(
        sb.json(&["bot", "list"])
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| b["name"] == "Triage bot")
            .count(),
        1
    );
    assert_eq!(sb.json(&["webhook", "list"]).as_array().unwrap().len(), 1);
    let global = sb.json(&["bot", "list", "--platform"]);
    assert_eq!(
        global.as_array().unwrap().len(),
        1,
        "one global bot: {global}"
    );
    plan_json(&sb, &file, 0);
}

#[test]
fn a_failure_midway_reports_progress_and_a_rerun_finishes() {
    let sb = TestSandbox::start();
    let file = write(&sb, "chatwoot.toml", MANIFEST);
    sb.sandbox
        .fail_route("POST", "/api/v1/accounts/1/webhooks", true);
    let out = run(&sb, &["apply", "--yes"], &file).code(8);
    let err = stderr(&out);
    assert!(
        err.contains("applied before the failure:\n  created inbox 1 \"Support bot\""),
        "{err}"
    );
    assert!(err.contains("not applied:\n  + webhook \"https://bot.example.com/events\"\n  + label \"needs-human\"\n  + canned_response \"refund\"\n  + team \"tier 2\""), "{err}");
    sb.sandbox
        .fail_route("POST", "/api/v1/accounts/1/webhooks", false);
    let out = run(&sb, &["apply", "--yes"], &file).success();
    let text = stdout(&out);
    assert!(
        text.contains("created webhook 1")
            && text.contains("created label 1")
            && !text.contains("inbox"),
        "{text}"
    );
    plan_json(&sb, &file, 0);
}

#[test]
fn apply_stores_secrets_in_the_profile_and_secrets_out() {
    let sb = TestSandbox::start();
    sb.login();
    let file = write(&sb, "chatwoot.toml", MANIFEST);
    let env_file = sb.home.path().join("out/chatwoot.env");
    let out = sb
        .bare()
        .env("BOT_BASE_URL", BASE)
        .args(["apply", "--yes", "--secrets-out"])
        .arg(&env_file)
        .arg("-f")
        .arg(&file)
        .assert()
        .success();
    assert!(
        stdout(&out).contains("stored 3 signing secret(s) in the profile"),
        "{}",
        stdout(&out)
    );
    let text = std::fs::read_to_string(&env_file).unwrap();
    for name in [
        "CHATWOOT_INBOX_SECRET_SUPPORT_BOT=",
        "CHATWOOT_BOT_SECRET_TRIAGE_BOT=",
        "CHATWOOT_BOT_TOKEN_TRIAGE_BOT=",
        "CHATWOOT_WEBHOOK_SECRET_HTTPS___BOT_EXAMPLE_COM_EVENTS=",
    ] {
        assert!(text.contains(name), "{name} in {text}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&env_file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let secret = text
        .lines()
        .find_map(|l| l.strip_prefix("CHATWOOT_WEBHOOK_SECRET_HTTPS___BOT_EXAMPLE_COM_EVENTS="))
        .unwrap();
    assert!(!stdout(&out).contains(secret), "secrets never printed");
    let config = std::fs::read_to_string(sb.config_dir().join("config.toml")).unwrap();
    assert!(
        config.contains(secret),
        "the webhook secret is in the profile for `listen`"
    );
}

const GLOBAL: &str = r#"
[[inbox]]
name = "Support bot"

[[agent_bot]]
name         = "Global triage"
platform     = true
outgoing_url = "${BOT_BASE_URL}/global"
inboxes      = ["Support bot"]
"#;

#[test]
fn global_bots_are_managed_through_the_platform_api_and_linked_through_the_account() {
    let sb = TestSandbox::start();
    let file = write(&sb, "chatwoot.toml", GLOBAL);
    let out = run(&sb, &["plan"], &file).code(11);
    let text = stdout(&out);
    assert_lines(&text, &[
        "+ agent_bot \"Global triage\" (platform)\n    outgoing_url: (none) → \"https://bot.example.com/global\"",
        "+ link \"Support bot → Global triage\"",
    ]);
    let plan = plan_json(&sb, &file, 11);
    assert_eq!(plan["changes"][1]["platform"], true, "{plan}");
    assert!(plan["changes"][0].get("platform").is_none(), "{plan}");

    let env_file = sb.home.path().join("chatwoot.env");
    let out = sb
        .cmd()
        .env("BOT_BASE_URL", BASE)
        .args(["apply", "--yes", "--secrets-out"])
        .arg(&env_file)
        .arg("-f")
        .arg(&file)
        .assert()
        .success();
    let text = stdout(&out);
    assert!(
        text.contains("created agent_bot 1 \"Global triage\" (platform)"),
        "{text}"
    );
    assert!(
        text.contains(
            "no signing secret for global bot 'Global triage': Chatwoot does not show it"
        ),
        "{text}"
    );
    let secrets = std::fs::read_to_string(&env_file).unwrap();
    assert!(
        secrets.contains("CHATWOOT_BOT_TOKEN_GLOBAL_TRIAGE=")
            && secrets.contains("# CHATWOOT_BOT_SECRET_GLOBAL_TRIAGE: none")
            && !secrets.contains("CHATWOOT_BOT_SECRET_GLOBAL_TRIAGE="),
        "no invented secret: {secrets}"
    );
    // Global (no account), the platform app's, and linked through the account API.
    let bots = sb.json(&["bot", "list", "--platform"]);
    assert_eq!(bots[0]["name"], "Global triage", "{bots}");
    assert!(bots[0]["account_id"].is_null(), "{bots}");
    let link = sb.json(&["api", "GET", "/api/v1/accounts/1/inboxes/1/agent_bot"]);
    assert_eq!(link["agent_bot"]["id"], 1, "{link}");
    plan_json(&sb, &file, 0);

    // Drift on the global bot, by hand, shows as such and apply fixes it.
    sb.cmd()
        .args([
            "bot",
            "update",
            "--platform",
            "1",
            "--outgoing-url",
            "https://elsewhere.example.com/bot",
        ])
        .assert()
        .success();
    let out = run(&sb, &["plan"], &file).code(11);
    assert!(
        stdout(&out).contains("~ agent_bot 1 \"Global triage\" (platform)\n    outgoing_url: \"https://elsewhere.example.com/bot\" → \"https://bot.example.com/global\""),
        "{}",
        stdout(&out)
    );
    run(&sb, &["apply", "--yes"], &file)
        .success()
        .stdout(contains("updated agent_bot 1 \"Global triage\" (platform)"));
    plan_json(&sb, &file, 0);

    // --prune: only global bots (the file has no account bot), only this app's.
    sb.cmd()
        .args([
            "bot",
            "create",
            "--platform",
            "--name",
            "Stray",
            "--outgoing-url",
            "https://stray.example.com",
        ])
        .assert()
        .success();
    sb.cmd()
        .args([
            "bot",
            "create",
            "--name",
            "Account bot",
            "--outgoing-url",
            "https://account.example.com",
        ])
        .assert()
        .success();
    let out = run(&sb, &["plan", "--prune"], &file).code(11);
    let text = stdout(&out);
    assert!(
        text.contains("- agent_bot 2 \"Stray\" (platform)"),
        "{text}"
    );
    assert!(!text.contains("Account bot"), "{text}");
    run(&sb, &["apply", "--prune", "--yes"], &file)
        .success()
        .stdout(contains("deleted agent_bot 2 \"Stray\" (platform)"));
    let names: Vec<String> = sb
        .json(&["bot", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        ["Global triage", "Account bot"],
        "the account bot stays"
    );
    run(&sb, &["plan", "--prune"], &file).success();
}

#[test]
fn a_global_bot_without_a_platform_token_is_exit_2_before_any_request() {
    let sb = TestSandbox::start();
    let file = write(&sb, "chatwoot.toml", GLOBAL);
    for command in ["plan", "apply"] {
        sb.cmd()
            .env_remove("CHATWOOT_PLATFORM_TOKEN")
            .env("BOT_BASE_URL", BASE)
            .args([command, "--yes", "-f"])
            .arg(&file)
            .assert()
            .code(2)
            .stderr(
                contains("chatwoot.toml:5:1: agent bot 'Global triage' has `platform = true`")
                    .and(contains("set CHATWOOT_PLATFORM_TOKEN"))
                    .and(contains("auth login --platform")),
            );
    }
    assert!(
        sb.sandbox.requests().is_empty(),
        "no request without the token"
    );
}

#[test]
fn a_link_the_manifest_no_longer_lists_is_removed_without_prune() {
    let sb = TestSandbox::start();
    let both = write(
        &sb,
        "both.toml",
        "[[inbox]]\nname = \"One\"\n\n[[inbox]]\nname = \"Two\"\n\n[[agent_bot]]\nname = \"Triage\"\ninboxes = [\"One\", \"Two\"]\n",
    );
    run(&sb, &["apply", "--yes"], &both).success();
    // An inbox the manifest never declared, linked to the bot by hand.
    sb.cmd()
        .args(["inbox", "create", "--name", "Three"])
        .assert()
        .success();
    sb.cmd()
        .args(["bot", "link", "--bot", "1", "--inbox", "Three"])
        .assert()
        .success();

    let one = write(
        &sb,
        "one.toml",
        "[[inbox]]\nname = \"One\"\n\n[[inbox]]\nname = \"Two\"\n\n[[agent_bot]]\nname = \"Triage\"\ninboxes = [\"One\"]\n",
    );
    let out = run(&sb, &["plan"], &one).code(11);
    let text = stdout(&out);
    assert_lines(
        &text,
        &[
            "= link 1 \"One → Triage\"",
            "- link 2 \"Two → Triage\"\n    agent_bot: 1 → (none)",
            "- link 3 \"Three → Triage\"\n    agent_bot: 1 → (none)",
            "Plan: 0 to create, 0 to update, 2 to delete, 4 unchanged.",
        ],
    );
    let out = run(&sb, &["apply", "--yes"], &one).success();
    let text = stdout(&out);
    assert!(
        text.contains("deleted link 2 \"Two → Triage\"")
            && text.contains("deleted link 3 \"Three → Triage\""),
        "{text}"
    );
    for inbox in [2, 3] {
        let link = sb.json(&[
            "api",
            "GET",
            &format!("/api/v1/accounts/1/inboxes/{inbox}/agent_bot"),
        ]);
        assert!(link.get("agent_bot").is_none(), "inbox {inbox}: {link}");
    }
    let link = sb.json(&["api", "GET", "/api/v1/accounts/1/inboxes/1/agent_bot"]);
    assert_eq!(link["agent_bot"]["name"], "Triage", "{link}");
    plan_json(&sb, &one, 0);

    // Without an `inboxes` key the bot's links are not the manifest's: nothing to do.
    let unowned = write(&sb, "unowned.toml", "[[agent_bot]]\nname = \"Triage\"\n");
    sb.cmd()
        .args(["bot", "link", "--bot", "1", "--inbox", "Two"])
        .assert()
        .success();
    run(&sb, &["plan"], &unowned).success();
}
