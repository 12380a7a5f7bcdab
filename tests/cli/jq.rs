//! `--jq EXPR`: jq filters on JSON output, evaluated in-process, as a script uses them.

use predicates::str::contains;

use crate::common::{stderr, stdout, TestSandbox};

/// Two inboxes; their ids in the order `inbox list` gives them.
fn two_inboxes(sb: &TestSandbox) -> Vec<String> {
    for name in ["Support", "Sales bot"] {
        sb.json(&["inbox", "create", "--name", name]);
    }
    sb.json(&["inbox", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].to_string())
        .collect()
}

#[test]
fn jq_picks_values_out_of_a_list_one_per_line() {
    let sb = TestSandbox::start();
    let ids = two_inboxes(&sb);
    let out = sb
        .cmd()
        .args(["inbox", "list", "--jq", ".[].id"])
        .assert()
        .success();
    assert_eq!(stdout(&out), format!("{}\n", ids.join("\n")));

    // Strings print raw (no quotes), like `gh --jq` and `jq -r`.
    let out = sb
        .cmd()
        .args([
            "inbox",
            "list",
            "--jq",
            ".[] | select(.name | test(\"bot\")) | .name",
        ])
        .assert()
        .success();
    assert_eq!(stdout(&out), "Sales bot\n");

    // Anything else prints as compact JSON, one result per line; global before the command too.
    let out = sb
        .cmd()
        .args([
            "--jq",
            "map({id, name}) | .[] | select(.name == \"Support\")",
            "inbox",
            "list",
        ])
        .assert()
        .success();
    let support = ids
        .iter()
        .find(|id| sb.json(&["inbox", "show", id])["name"] == "Support");
    assert_eq!(
        stdout(&out),
        format!("{{\"id\":{},\"name\":\"Support\"}}\n", support.unwrap())
    );
}

#[test]
fn jq_sees_what_json_output_shows_secrets_redacted() {
    let sb = TestSandbox::start();
    let id = two_inboxes(&sb).remove(0);
    let out = sb
        .cmd()
        .args(["inbox", "show", &id, "--jq", ".hmac_token"])
        .assert()
        .success();
    assert_eq!(stdout(&out), "[redacted]\n");
}

#[test]
fn a_bad_expression_is_a_usage_error_before_any_request() {
    let sb = TestSandbox::start();
    let out = sb
        .cmd()
        .args(["inbox", "list", "--jq", ".[] | | .id"])
        .assert()
        .code(2);
    let err = stderr(&out);
    assert!(
        err.contains("--jq") && err.contains("expected term") && err.contains("column 7"),
        "{err}"
    );
    assert_eq!(stdout(&out), "");
    sb.cmd()
        .args(["inbox", "list", "--jq", "no_such_filter(1)"])
        .assert()
        .code(2)
        .stderr(contains("undefined filter no_such_filter/1"));
    assert!(
        sb.sandbox.requests().is_empty(),
        "a request was sent: {:?}",
        sb.sandbox
            .requests()
            .iter()
            .map(|r| format!("{} {}", r.method, r.path))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_runtime_error_fails_with_the_filters_message() {
    let sb = TestSandbox::start();
    two_inboxes(&sb);
    let out = sb
        .cmd()
        .args(["inbox", "list", "--jq", ".[] | .name | .x"])
        .assert()
        .code(1);
    let err = stderr(&out);
    assert!(
        err.contains("error: --jq:") && err.contains("cannot index"),
        "{err}"
    );
}

#[test]
fn jq_goes_with_json_output_only() {
    let sb = TestSandbox::start();
    sb.cmd()
        .args(["inbox", "list", "-o", "table", "--jq", "."])
        .assert()
        .code(2)
        .stderr(contains("--jq implies -o json"));
    sb.cmd()
        .args(["inbox", "list", "-q", "--jq", "."])
        .assert()
        .code(2);
    sb.bare()
        .args(["completions", "bash", "--jq", "."])
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains("completions prints a shell script"));
    assert!(sb.sandbox.requests().is_empty());
}

#[test]
fn ndjson_lists_are_filtered_item_by_item() {
    let sb = TestSandbox::start();
    let ids = two_inboxes(&sb);
    let out = sb
        .cmd()
        .args(["inbox", "list", "-o", "ndjson", "--jq", ".id"])
        .assert()
        .success();
    assert_eq!(stdout(&out), format!("{}\n", ids.join("\n")));
}
