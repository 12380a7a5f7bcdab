//! Every flag that takes a target URL refuses one Chatwoot could not post to (exit 2, with
//! the reason), before anything changes: Chatwoot stores whatever it is sent.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::TestSandbox;

#[test]
fn a_bad_webhook_url_is_refused_and_the_working_one_kept() {
    let sb = TestSandbox::start();
    let created = sb.json(&[
        "inbox",
        "create",
        "--name",
        "Support",
        "--webhook-url",
        "https://bot.example.com/cw",
    ]);
    let id = created["id"].as_u64().unwrap().to_string();

    for (bad, reason) in [
        ("htp:/x", "scheme 'htp'"),
        ("bot.example.com/x", "write https://bot.example.com/x"),
        ("https://bot.example.com/cw2 ", "whitespace"),
    ] {
        sb.cmd()
            .args(["inbox", "update", &id, "--webhook-url", bad])
            .assert()
            .code(2)
            .stderr(contains("--webhook-url").and(contains(reason)));
    }
    sb.cmd()
        .args(["setup", "inbox", "--name", "Support", "--webhook-url"])
        .arg("bot.example.com/x")
        .assert()
        .code(2)
        .stderr(contains("has no scheme"));
    let shown = sb.json(&["inbox", "show", &id]);
    assert_eq!(shown["webhook_url"], "https://bot.example.com/cw");

    // "" still removes it.
    let cleared = sb.json(&["inbox", "update", &id, "--webhook-url", ""]);
    assert_eq!(cleared["webhook_url"], "");
}

#[test]
fn bad_bot_and_account_webhook_urls_are_refused_before_any_change() {
    let sb = TestSandbox::start();
    sb.cmd()
        .args([
            "bot",
            "create",
            "--name",
            "B",
            "--outgoing-url",
            "not a url",
        ])
        .assert()
        .code(2)
        .stderr(contains("--outgoing-url").and(contains("not a url")));
    sb.cmd()
        .args(["webhook", "create", "--url", "ftp://crm.example.com/x"])
        .assert()
        .code(2)
        .stderr(contains("scheme 'ftp'"));
    sb.cmd()
        .args([
            "setup",
            "--no-input",
            "--yes",
            "--inbox",
            "Support",
            "--no-webhook",
            "--account-webhook",
            "crm.example.com",
        ])
        .assert()
        .code(2)
        .stderr(contains("--account-webhook"));
    let bots = sb.json(&["bot", "list"]);
    assert_eq!(bots.as_array().map(Vec::len), Some(0), "{bots}");
    let hooks = sb.json(&["webhook", "list"]);
    assert_eq!(hooks.as_array().map(Vec::len), Some(0), "{hooks}");
    let inboxes = sb.json(&["inbox", "list"]);
    assert!(
        !inboxes.to_string().contains("Support"),
        "no inbox was created: {inboxes}"
    );
}
