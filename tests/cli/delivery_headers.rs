//! `trigger` puts on the wire what a Chatwoot delivery carries (the sandbox's deliveries come
//! from the same header builder; see `sandbox::tests_delivery`).

use crate::common::{bin, Receiver};

#[test]
fn trigger_sends_the_headers_of_a_chatwoot_delivery() {
    let rx = Receiver::start(&[]);
    let home = tempfile::tempdir().unwrap();
    bin(home.path())
        .args(["trigger", "message_created", "--secret", "s3cret", "--to"])
        .arg(format!("{}/hook", rx.url))
        .assert()
        .success();
    let hit = rx.wait_event("/hook", "message_created");
    let names: Vec<&str> = hit.headers.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "accept",
            "accept-encoding",
            "content-length",
            "content-type",
            "host",
            "user-agent",
            "x-chatwoot-delivery",
            "x-chatwoot-signature",
            "x-chatwoot-timestamp"
        ]
    );
    assert_eq!(hit.header("user-agent"), Some("Ruby"));
    assert_eq!(
        hit.header("accept-encoding"),
        Some("gzip;q=1.0,deflate;q=0.6,identity;q=0.3")
    );
    assert_eq!(hit.header("accept"), Some("application/json"));
    assert_eq!(
        hit.header("host"),
        Some(rx.url.trim_start_matches("http://"))
    );
    assert!(chatwoot_bridge::signing::verify(
        "s3cret",
        hit.header("x-chatwoot-signature"),
        hit.header("x-chatwoot-timestamp"),
        &hit.body,
        chatwoot_bridge::time::now_unix(),
        300,
    )
    .is_ok());
}

#[test]
fn a_delivery_follows_no_redirect() {
    use axum::http::{header, StatusCode};
    let elsewhere = Receiver::start(&[]);
    let to = format!("{}/moved-here", elsewhere.url);
    let (url, _server) =
        crate::common::serve_in_background(axum::Router::new().fallback(move || {
            let to = to.clone();
            async move { (StatusCode::TEMPORARY_REDIRECT, [(header::LOCATION, to)]) }
        }));
    let home = tempfile::tempdir().unwrap();
    bin(home.path())
        .args(["trigger", "message_created", "--secret", "s3cret", "--to"])
        .arg(format!("{url}/hook"))
        .assert()
        .code(1)
        .stderr(predicates::str::contains(format!(
            "answered 307 Temporary Redirect, a redirect to {}/moved-here",
            elsewhere.url
        )));
    assert!(
        elsewhere.all().is_empty(),
        "the signed body went to the redirect"
    );
}

#[test]
fn a_changed_payload_is_sent_escaped_like_chatwoots_and_signed_as_sent() {
    let rx = Receiver::start(&[]);
    let home = tempfile::tempdir().unwrap();
    bin(home.path())
        .args(["trigger", "message_created", "--secret", "s3cret"])
        .args(["--set", "content=<b>Tom & Jerry</b>", "--to"])
        .arg(format!("{}/hook", rx.url))
        .assert()
        .success();
    let hit = rx.wait_event("/hook", "message_created");
    let raw = String::from_utf8(hit.body.clone()).unwrap();
    assert!(
        raw.contains(r#""content":"\u003cb\u003eTom \u0026 Jerry\u003c/b\u003e""#),
        "{raw}"
    );
    assert_eq!(hit.json()["content"], "<b>Tom & Jerry</b>");
    assert!(chatwoot_bridge::signing::verify(
        "s3cret",
        hit.header("x-chatwoot-signature"),
        hit.header("x-chatwoot-timestamp"),
        &hit.body,
        chatwoot_bridge::time::now_unix(),
        300,
    )
    .is_ok());
}
