//! The client against a scripted server: retries that are safe, none that are not, odd
//! bodies, and a server that never answers.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{bin, Reply, ScriptedServer};

const INBOXES: &str = r#"{"payload":[{"id":1,"name":"Support","channel_type":"Channel::Api"}]}"#;

fn against(server: &ScriptedServer) -> assert_cmd::Command {
    let home = tempfile::tempdir().unwrap().keep();
    let mut cmd = bin(&home);
    cmd.env("CHATWOOT_BASE_URL", &server.url)
        .env("CHATWOOT_API_TOKEN", "t0k3n")
        .env("CHATWOOT_ACCOUNT_ID", "1");
    cmd
}

#[test]
fn a_429_is_retried_until_it_succeeds() {
    let server = ScriptedServer::start(vec![
        Reply::text(429, "text/plain", "Retry later\n"),
        Reply::text(429, "text/plain", "Retry later\n"),
        Reply::json(200, INBOXES),
    ]);
    against(&server)
        .args(["inbox", "list"])
        .assert()
        .success()
        .stdout(contains("Support"));
    assert_eq!(server.received().len(), 3);
}

#[test]
fn a_wait_before_a_retry_is_announced_unless_quiet() {
    let limited = Reply {
        retry_after: Some(1),
        ..Reply::text(429, "text/plain", "Retry later\n")
    };
    let server = ScriptedServer::start(vec![limited.clone(), Reply::json(200, INBOXES)]);
    against(&server)
        .args(["inbox", "list"])
        .assert()
        .success()
        .stderr(contains(
            "note: Chatwoot answered 429 to GET /api/v1/accounts/1/inboxes; retrying in 1 s (attempt 2 of 4)",
        ));
    let server = ScriptedServer::start(vec![limited, Reply::json(200, INBOXES)]);
    against(&server)
        .args(["inbox", "list", "-q"])
        .assert()
        .success()
        .stderr("");
}

#[test]
fn a_429_that_never_ends_exits_7() {
    let server = ScriptedServer::start(vec![Reply::text(429, "text/plain", "Retry later\n")]);
    against(&server)
        .args(["inbox", "list"])
        .assert()
        .code(7)
        .stderr(contains("Retry later").and(contains("gave up after 4 attempts")));
}

#[test]
fn a_500_on_a_get_is_retried() {
    let server = ScriptedServer::start(vec![
        Reply::json(500, r#"{"error":"boom"}"#),
        Reply::json(200, INBOXES),
    ]);
    against(&server)
        .args(["inbox", "list", "-q"])
        .assert()
        .success()
        .stdout("1\n");
    assert_eq!(server.received().len(), 2);
}

#[test]
fn a_create_is_never_repeated_on_a_500() {
    let server = ScriptedServer::start(vec![
        Reply::json(500, r#"{"error":"boom"}"#),
        Reply::json(200, r#"{"id":9,"name":"x","channel_type":"Channel::Api"}"#),
    ]);
    against(&server)
        .args(["inbox", "create", "--name", "x"])
        .assert()
        .code(8)
        .stderr(contains("boom"));
    assert_eq!(server.received(), ["POST /api/v1/accounts/1/inboxes"]);
}

#[test]
fn a_non_json_error_body_is_reported_readably() {
    let server = ScriptedServer::start(vec![Reply::text(
        502,
        "text/html",
        "<html><body>502 Bad Gateway</body></html>",
    )]);
    against(&server)
        .args(["inbox", "list"])
        .assert()
        .code(8)
        .stderr(contains("502").and(contains("Bad Gateway")));
}

#[test]
fn a_non_json_success_body_says_the_url_is_probably_wrong() {
    let server = ScriptedServer::start(vec![Reply::text(200, "text/html", "<html>welcome</html>")]);
    against(&server)
        .args(["inbox", "list"])
        .assert()
        .code(1)
        .stderr(contains("not JSON").and(contains("--url")));
}

#[test]
fn a_hung_server_hits_the_timeout_and_exits_9() {
    // Hangs far longer than any test runs: only the client's own timeout ends the command.
    let server = ScriptedServer::start(vec![Reply::hang(3600)]);
    against(&server)
        .env("CHATWOOT_BRIDGE_TIMEOUT", "500ms")
        .args(["inbox", "show", "1"])
        .assert()
        .code(9)
        .stderr(contains("no answer within"));
}

#[test]
fn a_post_that_timed_out_is_not_repeated_and_says_it_may_have_landed() {
    let server = ScriptedServer::start(vec![Reply::hang(30)]);
    against(&server)
        .env("CHATWOOT_BRIDGE_TIMEOUT", "500ms")
        .args(["inbox", "create", "--name", "x"])
        .assert()
        .code(9)
        .stderr(contains("may have reached Chatwoot"));
    assert_eq!(server.received().len(), 1);
}
