//! Deliveries on the wire as Chatwoot 4.15.1 makes them: redirects followed with the same
//! signed POST (SafeFetch/ssrf_filter, at most 10), Rails' JSON escaping, and Ruby
//! Net::HTTP's headers, in its order and spelling.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::http::{header, StatusCode};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use super::test_support::{Receiver, Server};
use crate::signing::{verify, DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER};

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A server that redirects: `/loop` to itself (relative), `/rel` to `/hop` (relative), and
/// `/hop` with 307 to `final_url` (another port). Counts the requests it got.
async fn redirector(final_url: String) -> (String, Arc<AtomicUsize>) {
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    let app = axum::Router::new().fallback(move |req: axum::extract::Request| {
        seen.fetch_add(1, Ordering::SeqCst);
        let final_url = final_url.clone();
        async move {
            let (status, location) = match req.uri().path() {
                "/loop" => (StatusCode::FOUND, "/loop".to_string()),
                "/rel" => (StatusCode::MOVED_PERMANENTLY, "/hop".to_string()),
                _ => (StatusCode::TEMPORARY_REDIRECT, final_url),
            };
            (status, [(header::LOCATION, location)])
        }
    });
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    (base, count)
}

/// An API inbox delivering to `url`, and an incoming message with `content` in it.
async fn deliver_message(s: &Server, url: &str, content: &str) -> Value {
    let inbox = s.inbox(url).await;
    let (contact, _) = s.contact(&inbox["id"]).await;
    let conv = s.conversation(&inbox["id"], &contact).await;
    s.message(
        &conv["id"],
        &s.admin(),
        json!({"content": content, "message_type": "incoming"}),
    )
    .await;
    inbox
}

#[tokio::test]
async fn a_redirected_delivery_is_posted_again_with_the_same_body_and_signature() {
    let rx = Receiver::start().await;
    let (redirects, count) = redirector(rx.url("/final")).await;
    let s = Server::start().await;
    let inbox = deliver_message(&s, &format!("{redirects}/rel"), "where is my order?").await;

    let hit = rx.wait("/final", "message_created", 1).await.remove(0);
    assert_eq!(hit.method, "POST");
    assert_eq!(hit.json()["content"], "where is my order?");
    assert!(
        verify(
            inbox["secret"].as_str().expect("secret"),
            hit.header(SIGNATURE_HEADER),
            hit.header(TIMESTAMP_HEADER),
            &hit.body,
            now_secs(),
            300,
        )
        .is_ok(),
        "the signature made for the first hop verifies at the last"
    );
    assert_eq!(hit.header(DELIVERY_HEADER).map(str::len), Some(36));
    s.settle().await;
    let logged =
        s.sb.deliveries()
            .into_iter()
            .find(|d| d.event == "message_created")
            .expect("logged");
    assert_eq!((logged.status, logged.error), (Some(200), None));
    // Two hops at the redirector (/rel, /hop) per delivery.
    assert_eq!(count.load(Ordering::SeqCst) % 2, 0);
}

#[tokio::test]
async fn a_redirect_loop_fails_after_ten_hops_with_ssrf_filters_words() {
    let (redirects, count) = redirector(String::new()).await;
    let s = Server::start().await;
    let url = format!("{redirects}/loop");
    deliver_message(&s, &url, "hello").await;
    s.settle().await;
    let failed =
        s.sb.deliveries()
            .into_iter()
            .find(|d| d.event == "message_created")
            .expect("logged");
    assert_eq!(
        failed.error.as_deref(),
        Some(format!("Got 10 redirects fetching {url}").as_str())
    );
    // Every delivery to the inbox makes 11 requests: the first and ten redirects.
    let n = count.load(Ordering::SeqCst);
    assert!(n >= 11 && n % 11 == 0, "{n} requests");
}

#[tokio::test]
async fn delivered_json_escapes_html_and_line_separators_like_rails() {
    let rx = Receiver::start().await;
    let s = Server::start().await;
    let content = "<b>Tom & Jerry</b>\u{2028}next\u{2029}é";
    let inbox = deliver_message(&s, &rx.url("/inbox"), content).await;
    let hit = rx.wait("/inbox", "message_created", 1).await.remove(0);
    let raw = String::from_utf8(hit.body.to_vec()).expect("utf-8");
    assert!(
        raw.contains(r#""content":"\u003cb\u003eTom \u0026 Jerry\u003c/b\u003e\u2028next\u2029é""#),
        "{raw}"
    );
    assert!(
        !raw.contains(['<', '>', '&', '\u{2028}', '\u{2029}']),
        "{raw}"
    );
    assert_eq!(hit.json()["content"], content);
    assert!(verify(
        inbox["secret"].as_str().expect("secret"),
        hit.header(SIGNATURE_HEADER),
        hit.header(TIMESTAMP_HEADER),
        &hit.body,
        now_secs(),
        300,
    )
    .is_ok());
}

/// Accepts connections, answers 200 to each request, and keeps every request's head lines.
async fn raw_receiver() -> (String, Arc<std::sync::Mutex<Vec<Vec<String>>>>) {
    let heads = Arc::new(std::sync::Mutex::new(Vec::new()));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}/raw", listener.local_addr().expect("addr"));
    let kept = heads.clone();
    tokio::spawn(async move {
        while let Ok((mut conn, _)) = listener.accept().await {
            let kept = kept.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                loop {
                    let Ok(n) = conn.read(&mut chunk).await else {
                        return;
                    };
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                    let text = String::from_utf8_lossy(&buf).into_owned();
                    let Some(end) = text.find("\r\n\r\n") else {
                        continue;
                    };
                    let lines: Vec<String> = text[..end].lines().map(str::to_owned).collect();
                    let length: usize = lines
                        .iter()
                        .find_map(|l| l.strip_prefix("Content-Length: "))
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0);
                    if buf.len() < end + 4 + length {
                        continue;
                    }
                    buf.drain(..end + 4 + length);
                    kept.lock().expect("lock").push(lines);
                    let ok = b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n";
                    if conn.write_all(ok).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (url, heads)
}

#[tokio::test]
async fn deliveries_carry_net_http_headers_in_its_order_and_spelling() {
    let (url, heads) = raw_receiver().await;
    let s = Server::start().await;
    deliver_message(&s, &url, "hi").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while heads.lock().expect("lock").is_empty() {
        assert!(Instant::now() < deadline, "no delivery arrived");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let head = heads.lock().expect("lock")[0].clone();
    assert_eq!(head[0], "POST /raw HTTP/1.1");
    let names: Vec<&str> = head[1..]
        .iter()
        .map(|l| l.split_once(": ").expect("header line").0)
        .collect();
    assert_eq!(
        names,
        [
            "Accept-Encoding",
            "Accept",
            "User-Agent",
            "Host",
            "Content-Type",
            "X-Chatwoot-Delivery",
            "X-Chatwoot-Timestamp",
            "X-Chatwoot-Signature",
            "Content-Length"
        ]
    );
    let host = url
        .trim_start_matches("http://")
        .trim_end_matches("/raw")
        .to_string();
    assert_eq!(
        &head[1..5],
        [
            "Accept-Encoding: gzip;q=1.0,deflate;q=0.6,identity;q=0.3".to_string(),
            "Accept: application/json".to_string(),
            "User-Agent: Ruby".to_string(),
            format!("Host: {host}"),
        ]
    );
}
