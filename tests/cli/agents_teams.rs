//! `agent list` and `team list` show the ids `assign` takes; `assign` to an id the account
//! lacks fails with exit 5 and leaves the conversation as it was.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{dead_url, TestSandbox};

fn conversation_assigned_to_the_agent(sb: &TestSandbox) -> String {
    sb.json(&[
        "inbox",
        "create",
        "--name",
        "Support",
        "--webhook-url",
        &dead_url(),
    ]);
    let sent = sb.json(&[
        "send",
        "--inbox",
        "Support",
        "--as-customer",
        "hello",
        "--contact",
        "cust-1",
    ]);
    let id = sent["conversation_id"].to_string();
    sb.cmd()
        .args(["assign", &id, "--agent", "2", "-q"])
        .assert()
        .success();
    id
}

#[test]
fn agent_and_team_lists_show_the_ids_assign_takes() {
    let sb = TestSandbox::start();
    sb.cmd().args(["agent", "list"]).assert().success().stdout(
        contains("admin@sandbox.test")
            .and(contains("agent@sandbox.test"))
            .and(contains("administrator")),
    );
    let agents = sb.json(&["agent", "list"]);
    let names: Vec<&str> = agents
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Admin", "Agent"], "ordered by name: {agents}");
    assert_eq!(agents[1]["id"], 2);

    let teams = sb.json(&["team", "list"]);
    assert_eq!(teams[0]["name"], "support", "{teams}");
    assert_eq!(teams[0]["is_member"], false, "the admin is not a member");
    // Agents may read both lists too.
    sb.agent_cmd()
        .args(["team", "list"])
        .assert()
        .success()
        .stdout(contains("support").and(contains("yes")));
    sb.agent_cmd()
        .args(["agent", "list", "-q"])
        .assert()
        .success()
        .stdout("1\n2\n");
}

#[test]
fn assigning_to_an_unknown_agent_or_team_fails_and_changes_nothing() {
    let sb = TestSandbox::start();
    let id = conversation_assigned_to_the_agent(&sb);
    sb.cmd()
        .args(["assign", &id, "--team", "1", "-q"])
        .assert()
        .success();

    sb.cmd()
        .args(["assign", &id, "--agent", "99"])
        .assert()
        .code(5)
        .stderr(
            contains("no agent 99")
                .and(contains("nothing changed"))
                .and(contains("agent list")),
        );
    sb.cmd()
        .args(["assign", &id, "--team", "42"])
        .assert()
        .code(5)
        .stderr(contains("no team 42").and(contains("team list")));
    sb.cmd()
        .args(["assign", &id, "--bot", "77"])
        .assert()
        .code(5)
        .stderr(contains("no agent bot 77").and(contains("bot list")));

    let shown = sb.json(&["conversation", "show", &id]);
    let meta = &shown["conversation"]["meta"];
    assert_eq!(meta["assignee"]["id"], 2, "still the agent's: {meta}");
    assert_eq!(meta["team"]["id"], 1, "still the team's: {meta}");
}

#[test]
fn with_a_bot_token_the_null_answer_is_what_tells_the_agent_was_not_found() {
    let sb = TestSandbox::start();
    let id = conversation_assigned_to_the_agent(&sb);
    let bot = sb.json(&[
        "bot",
        "create",
        "--name",
        "Router",
        "--outgoing-url",
        &dead_url(),
    ]);
    let bot_id = bot["id"].to_string();
    let token = crate::common::stdout(
        &sb.cmd()
            .args(["bot", "token", &bot_id, "-q"])
            .assert()
            .success(),
    )
    .trim()
    .to_string();
    // A bot may assign but not list agents: Chatwoot's null answer is then the evidence.
    sb.cmd()
        .env("CHATWOOT_API_TOKEN", &token)
        .args(["assign", &id, "--agent", "99"])
        .assert()
        .code(5)
        .stderr(contains("found no agent 99").and(contains("unassigned")));
}
