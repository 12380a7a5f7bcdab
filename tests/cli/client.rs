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

/// A server whose every answer is a redirect to `to` + the same path and query.
fn redirecting(status: u16, to: &str) -> (String, crate::common::Background) {
    use axum::http::{header, StatusCode};
    let to = to.to_string();
    crate::common::serve_in_background(axum::Router::new().fallback(
        move |req: axum::extract::Request| {
            let location = format!("{to}{}", req.uri());
            async move {
                (
                    StatusCode::from_u16(status).unwrap(),
                    [(header::LOCATION, location)],
                    "",
                )
            }
        },
    ))
}

#[test]
fn a_redirect_to_another_origin_never_gets_the_token_or_the_body() {
    let elsewhere = ScriptedServer::start(vec![Reply::json(200, INBOXES)]);
    for (status, args) in [
        (307, &["inbox", "create", "--name", "x"][..]),
        (308, &["inbox", "create", "--name", "x"][..]),
        (301, &["inbox", "list"][..]),
        (302, &["inbox", "list"][..]),
    ] {
        let (url, _server) = redirecting(status, &elsewhere.url);
        let home = tempfile::tempdir().unwrap();
        bin(home.path())
            .env("CHATWOOT_BASE_URL", &url)
            .env("CHATWOOT_API_TOKEN", "t0k3n")
            .env("CHATWOOT_ACCOUNT_ID", "1")
            .args(args)
            .assert()
            .code(9)
            .stderr(
                contains(format!(
                    "a redirect to {}/api/v1/accounts/1/inboxes",
                    elsewhere.url
                ))
                .and(contains(format!("use {} as the base URL", elsewhere.url)))
                .and(contains("t0k3n").not()),
            );
    }
    assert_eq!(elsewhere.received(), Vec::<String>::new());
}

#[test]
fn a_redirect_to_a_login_page_says_to_fix_the_base_url() {
    let (url, _server) = redirecting(302, "http://127.0.0.1:9/sso/login?next=");
    let home = tempfile::tempdir().unwrap();
    bin(home.path())
        .env("CHATWOOT_BASE_URL", &url)
        .env("CHATWOOT_API_TOKEN", "t0k3n")
        .env("CHATWOOT_ACCOUNT_ID", "1")
        .args(["inbox", "list"])
        .assert()
        .code(9)
        .stderr(
            contains("a redirect to http://127.0.0.1:9/sso/login")
                .and(contains("set --url / CHATWOOT_BASE_URL")),
        );
}

/// Streams a 200 JSON-typed answer of up to `total` bytes, with no length, until the client
/// hangs up; returns the URL and what was written when it stopped.
fn endless_answer(total: usize) -> (String, std::thread::JoinHandle<usize>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut line = String::new();
        while reader.read_line(&mut line).unwrap_or(0) > 2 {
            line.clear();
        }
        let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
        if stream.write_all(head.as_bytes()).is_err() {
            return 0;
        }
        let chunk = vec![b' '; 64 * 1024];
        let framed = [
            format!("{:x}\r\n", chunk.len()).into_bytes(),
            chunk,
            b"\r\n".to_vec(),
        ]
        .concat();
        let mut written = 0;
        while written < total {
            if stream.write_all(&framed).is_err() {
                break;
            }
            written += framed.len();
        }
        written
    });
    (url, handle)
}

#[test]
fn an_endless_answer_is_cut_at_the_cap() {
    let total = 256 * 1024 * 1024;
    let (url, server) = endless_answer(total);
    let home = tempfile::tempdir().unwrap();
    bin(home.path())
        .env("CHATWOOT_BASE_URL", &url)
        .env("CHATWOOT_API_TOKEN", "t0k3n")
        .env("CHATWOOT_ACCOUNT_ID", "1")
        .args(["inbox", "list"])
        .assert()
        .code(1)
        .stderr(
            contains("larger than 16 MiB").and(contains("this is not Chatwoot's API: check --url")),
        );
    // The client hung up soon after the cap instead of reading everything it was sent.
    let written = server.join().unwrap();
    assert!(written < total, "the whole {total} bytes were read");
}

#[test]
fn a_retry_after_past_the_budget_is_not_waited_for() {
    let limited = Reply {
        retry_after: Some(30),
        ..Reply::text(429, "text/plain", "Retry later\n")
    };
    let server = ScriptedServer::start(vec![limited, Reply::json(200, INBOXES)]);
    against(&server)
        .env("CHATWOOT_BRIDGE_RETRY_BUDGET", "2s")
        .args(["inbox", "list"])
        .assert()
        .code(7)
        .stderr(contains("gave up after 1 attempt;").and(contains(
            "waiting 30 s more would pass the retry budget of 2 s (CHATWOOT_BRIDGE_RETRY_BUDGET)",
        )));
    assert_eq!(server.received().len(), 1);
}

#[test]
fn a_5xx_is_retried_until_the_budget_runs_out_then_exits_8() {
    // Two retries of 1 s fit a budget of 2.5 s; the third wait does not.
    let unavailable = Reply {
        retry_after: Some(1),
        ..Reply::json(503, r#"{"error":"maintenance"}"#)
    };
    let server = ScriptedServer::start(vec![unavailable]);
    against(&server)
        .env("CHATWOOT_BRIDGE_RETRY_BUDGET", "2.5s")
        .args(["inbox", "list", "-q"])
        .assert()
        .code(8)
        .stderr(contains("maintenance").and(contains("gave up after 3 attempts; not retried")));
    assert_eq!(server.received().len(), 3);
}

#[test]
fn a_bad_retry_budget_is_a_usage_error() {
    let server = ScriptedServer::start(vec![Reply::json(200, INBOXES)]);
    against(&server)
        .env("CHATWOOT_BRIDGE_RETRY_BUDGET", "soon")
        .args(["inbox", "list"])
        .assert()
        .code(2)
        .stderr(contains("CHATWOOT_BRIDGE_RETRY_BUDGET"));
    assert!(server.received().is_empty());
}

#[test]
fn a_web_page_for_a_404_says_this_is_not_a_chatwoot_api() {
    let server = ScriptedServer::start(vec![Reply::text(
        404,
        "text/html; charset=utf-8",
        "<!DOCTYPE html>\n<html><head><title>Not Found</title></head><body>nothing here</body></html>",
    )]);
    against(&server)
        .args(["inbox", "show", "1"])
        .assert()
        .code(5)
        .stderr(
            contains("this is not a Chatwoot API")
                .and(contains(format!(
                    "check --url / CHATWOOT_BASE_URL ({})",
                    server.url
                )))
                .and(contains("check the id").not()),
        );
}

#[test]
fn the_api_command_on_a_web_page_also_says_to_check_the_path() {
    let server = ScriptedServer::start(vec![Reply::text(
        404,
        "text/html",
        "<!DOCTYPE html><html><head><title>The page you were looking for doesn't exist (404)</title></head></html>",
    )]);
    against(&server)
        .args(["api", "GET", "/api/v1/nope"])
        .assert()
        .code(5)
        .stderr(
            contains("this is not a Chatwoot API")
                .and(contains("the path is a Chatwoot API route")),
        );
}

#[test]
fn doctor_says_the_instance_redirects_and_which_base_url_to_use() {
    let (url, _server) = redirecting(301, "https://127.0.0.1:1");
    let home = tempfile::tempdir().unwrap();
    bin(home.path())
        .env("CHATWOOT_BASE_URL", &url)
        .env("CHATWOOT_API_TOKEN", "t0k3n")
        .env("CHATWOOT_ACCOUNT_ID", "1")
        .arg("doctor")
        .assert()
        .code(1)
        .stdout(
            contains(format!("{url} redirects to https://127.0.0.1:1/api"))
                .and(contains("use https://127.0.0.1:1 as the base URL")),
        );
}
