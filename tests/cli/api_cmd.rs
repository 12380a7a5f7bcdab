//! `api <METHOD> <PATH>`: raw requests with the same auth, errors and exit codes.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::TestSandbox;

#[test]
fn api_get_post_and_account_placeholder() {
    let sb = TestSandbox::start();
    let me = sb.json(&["api", "GET", "/api/v1/profile"]);
    assert_eq!(me["accounts"][0]["role"], "administrator");
    assert_eq!(
        me["access_token"], "[redacted]",
        "raw output still hides tokens"
    );

    let created = sb.json(&[
        "api",
        "POST",
        "/api/v1/accounts/{account}/inboxes",
        "-f",
        "name=Raw",
        "-f",
        "channel[type]=api",
        "-f",
        "channel[webhook_url]=https://raw",
    ]);
    assert_eq!(created["webhook_url"], "https://raw");
    let listed = sb.json(&["api", "GET", "/api/v1/accounts/{account}/inboxes"]);
    assert_eq!(listed["payload"][0]["name"], "Raw");
}

#[test]
fn api_errors_map_to_exit_codes() {
    let mut sb = TestSandbox::start();
    sb.skip_conformance_check(); // deliberately sends what the spec does not allow
    sb.cmd()
        .args(["api", "GET", "/api/v1/accounts/1/inboxes/4242"])
        .assert()
        .code(5);
    sb.cmd()
        .args(["api", "FETCH", "/api/v1/profile"])
        .assert()
        .code(2)
        .stderr(contains("not a method"));
    sb.agent_cmd()
        .args([
            "api",
            "POST",
            "/api/v1/accounts/1/inboxes",
            "-f",
            "name=x",
            "-f",
            "channel[type]=api",
        ])
        .assert()
        .code(4)
        .stderr(contains("not authorized"));
    sb.cmd()
        .args([
            "api",
            "POST",
            "/api/v1/accounts/1/webhooks",
            "-f",
            "url=https://a",
            "-f",
            "subscriptions=[\"nope\"]",
        ])
        .assert()
        .code(6)
        .stderr(contains("Invalid events").or(contains("invalid")));
}
