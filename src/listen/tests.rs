//! Real HTTP against `serve` on 127.0.0.1:0 with a store in a temp dir.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::oneshot;

use super::*;
use crate::signing::sign;
use crate::store::{ForwardState, SignatureStatus};

const SECRET: &str = "Xk3pL9qT2vR8mN4bW7cY1zD6";
const BODY: &str = r#"{"account":{"id":1,"name":"Acme"},"content":"Where is my order?","conversation":{"id":42,"inbox_id":3},"id":7,"inbox":{"id":3,"name":"API"},"message_type":"incoming","sender":{"id":9,"name":"Ann"},"event":"message_created"}"#;

struct Listener {
    url: String,
    addr: SocketAddr,
    store: Store,
    events: broadcast::Receiver<ListenEvent>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<io::Result<ListenSummary>>>,
    _dir: tempfile::TempDir,
}

impl Listener {
    async fn start(mut config: ListenConfig) -> Listener {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("events.db")).unwrap();
        let events = config.events();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(serve(listener, store.clone(), config, async move {
            let _ = stopped.await;
        }));
        Listener {
            url: format!("http://{addr}"),
            addr,
            store,
            events,
            stop: Some(stop),
            task: Some(task),
            _dir: dir,
        }
    }

    /// Stops the server; the store stays readable until the `Listener` is dropped.
    async fn stop(&mut self) -> ListenSummary {
        let _ = self.stop.take().map(|s| s.send(()));
        self.task.take().expect("running").await.unwrap().unwrap()
    }

    /// The next event matching `want` (failing after a generous [`PATIENCE`]).
    async fn wait_for(&mut self, want: impl Fn(&ListenEvent) -> bool) -> ListenEvent {
        tokio::time::timeout(PATIENCE, async {
            loop {
                match self.events.recv().await {
                    Ok(e) if want(&e) => return e,
                    Ok(_) => {}
                    Err(e) => panic!("events: {e}"),
                }
            }
        })
        .await
        .expect("the event never came")
    }
}

/// How long a test waits for something before failing: generous, so a busy machine is
/// slow, not failing. Tests wait for conditions; they never measure speed.
const PATIENCE: Duration = Duration::from_secs(60);

/// Polls `cond` until it holds; fails naming `what` after [`PATIENCE`].
async fn wait_until(what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    while !cond() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "still waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn signed_config() -> ListenConfig {
    ListenConfig {
        secret: Some(SECRET.into()),
        ..ListenConfig::default()
    }
}

fn now_secs() -> i64 {
    crate::store::now_ms() / 1000
}

async fn post_signed(
    url: &str,
    body: &str,
    secret: &str,
    ts: i64,
    delivery: &str,
) -> (u16, serde_json::Value) {
    let ts = ts.to_string();
    let res = reqwest::Client::new()
        .post(url)
        .header("content-type", "application/json")
        .header(TIMESTAMP_HEADER, &ts)
        .header(SIGNATURE_HEADER, sign(secret, &ts, body.as_bytes()))
        .header(DELIVERY_HEADER, delivery)
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(serde_json::Value::Null))
}

use crate::signing::{DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER};

/// Writes `request` on a fresh connection and reads the answer until the server closes (an
/// idle connection is closed after the header timeout).
async fn raw(addr: SocketAddr, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(request).await.unwrap();
    let mut out = Vec::new();
    let _ = tokio::time::timeout(PATIENCE, stream.read_to_end(&mut out)).await;
    String::from_utf8_lossy(&out).into_owned()
}

fn id_of(answer: &serde_json::Value) -> i64 {
    answer["id"]
        .as_i64()
        .unwrap_or_else(|| panic!("no id in {answer}"))
}

#[tokio::test]
async fn a_signed_delivery_is_stored_byte_for_byte_then_acknowledged() {
    let mut listener = Listener::start(signed_config()).await;
    let (status, answer) = post_signed(
        &format!("{}/bot", listener.url),
        BODY,
        SECRET,
        now_secs(),
        "d-1",
    )
    .await;
    assert_eq!(status, 200);
    let stored = listener
        .store
        .get(id_of(&answer))
        .unwrap()
        .expect("stored before the answer");
    assert_eq!(stored.body.as_deref(), Some(BODY.as_bytes()));
    assert_eq!(stored.path, "/bot");
    assert_eq!(stored.signature, SignatureStatus::Valid);
    assert_eq!(stored.delivery_id.as_deref(), Some("d-1"));
    assert_eq!(stored.header("content-type"), Some("application/json"));
    let p = &stored.parsed;
    assert_eq!(
        (p.event.as_deref(), p.inbox_id, p.conversation_id),
        (Some("message_created"), Some(3), Some(42))
    );
    assert_eq!(
        (p.message_type.as_deref(), p.sender_type.as_deref()),
        (Some("incoming"), Some("contact"))
    );
    let ListenEvent::Delivery(printed) = listener
        .wait_for(|e| matches!(e, ListenEvent::Delivery(_)))
        .await
    else {
        unreachable!()
    };
    assert_eq!(printed.id, stored.id);
    assert_eq!(printed.excerpt(80).as_deref(), Some("Where is my order?"));
    let summary = listener.stop().await;
    assert_eq!(summary.accepted, 1);
}

#[tokio::test]
async fn bad_or_missing_signatures_get_401_are_stored_marked_and_never_forwarded() {
    let sink = Listener::start(ListenConfig::default()).await;
    let config = ListenConfig {
        forward_to: vec![sink.url.clone()],
        ..signed_config()
    };
    let mut listener = Listener::start(config).await;

    let (status, answer) = post_signed(
        &listener.url,
        BODY,
        "the-inbox-hmac-token",
        now_secs(),
        "d-1",
    )
    .await;
    assert_eq!(status, 401);
    let row = listener.store.get(id_of(&answer)).unwrap().unwrap();
    assert_eq!(row.signature, SignatureStatus::Invalid);
    assert!(
        row.signature_error
            .as_deref()
            .unwrap()
            .contains("does not match"),
        "{row:?}"
    );
    assert_eq!(row.body.as_deref(), Some(BODY.as_bytes()));

    let res = reqwest::Client::new()
        .post(&listener.url)
        .body(BODY)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let answer: serde_json::Value = res.json().await.unwrap();
    let row = listener.store.get(id_of(&answer)).unwrap().unwrap();
    assert_eq!(row.signature, SignatureStatus::Missing);

    // The rejected delivery id did not become the original: a genuine one is stored anew.
    let (status, answer) = post_signed(&listener.url, BODY, SECRET, now_secs(), "d-1").await;
    assert_eq!((status, answer.get("duplicate_of")), (200, None));

    let summary = listener.stop().await;
    assert_eq!(
        (summary.rejected, summary.accepted, summary.forwarded),
        (2, 1, 1)
    );
    // The sink got only the genuine one.
    assert_eq!(sink.store.counts().unwrap().deliveries, 1);
}

#[tokio::test]
async fn stale_and_future_timestamps_are_rejected_with_the_reason() {
    let listener = Listener::start(signed_config()).await;
    for (offset, words) in [(-400, "old"), (400, "future")] {
        let (status, answer) =
            post_signed(&listener.url, BODY, SECRET, now_secs() + offset, "d").await;
        assert_eq!(status, 401);
        let row = listener.store.get(id_of(&answer)).unwrap().unwrap();
        assert_eq!(row.signature, SignatureStatus::Invalid);
        assert!(
            row.signature_error.as_deref().unwrap().contains(words),
            "{row:?}"
        );
    }
    // Within the tolerance is fine.
    assert_eq!(
        post_signed(&listener.url, BODY, SECRET, now_secs() - 250, "d")
            .await
            .0,
        200
    );
}

#[tokio::test]
async fn a_duplicate_delivery_id_is_acknowledged_stored_once_and_counted() {
    let mut listener = Listener::start(signed_config()).await;
    let (s1, a1) = post_signed(&listener.url, BODY, SECRET, now_secs(), "same").await;
    let (s2, a2) = post_signed(&listener.url, BODY, SECRET, now_secs(), "same").await;
    assert_eq!((s1, s2), (200, 200));
    assert_eq!(a2["duplicate_of"].as_i64(), Some(id_of(&a1)));
    let dup = listener
        .wait_for(|e| matches!(e, ListenEvent::Duplicate { .. }))
        .await;
    assert!(matches!(dup, ListenEvent::Duplicate { count: 1, .. }));
    let counts = listener.store.counts().unwrap();
    assert_eq!((counts.deliveries, counts.duplicates), (1, 1));
    assert_eq!(listener.stop().await.duplicates, 1);
}

#[tokio::test]
async fn unsigned_without_a_secret_and_non_json_bodies_are_accepted_and_marked() {
    let mut listener = Listener::start(ListenConfig::default()).await;
    let res = reqwest::Client::new()
        .post(format!("{}/x?y=1", listener.url))
        .header("content-type", "text/plain")
        .body(b"hello \xff\xfe world".to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let answer: serde_json::Value = res.json().await.unwrap();
    let row = listener.store.get(id_of(&answer)).unwrap().unwrap();
    assert_eq!(
        row.body.as_deref(),
        Some(b"hello \xff\xfe world".as_slice())
    );
    assert_eq!(
        (row.path.as_str(), row.signature),
        ("/x?y=1", SignatureStatus::Unverified)
    );
    assert!(!row.parsed.is_json);
    assert!(row.parsed.parse_error.as_deref().unwrap().contains("UTF-8"));

    // Non-POST: 405, not stored.
    let res = reqwest::get(&listener.url).await.unwrap();
    assert_eq!(res.status(), 405);
    assert_eq!(res.headers()["allow"], "POST");
    assert_eq!(listener.store.counts().unwrap().deliveries, 1);
    assert_eq!(listener.stop().await.not_allowed, 1);
}

#[tokio::test]
async fn oversized_bodies_get_413_and_a_refusal_record_without_the_body() {
    let config = ListenConfig {
        max_body: 1000,
        ..ListenConfig::default()
    };
    let mut listener = Listener::start(config).await;
    let answer = raw(
        listener.addr,
        b"POST /big HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nx-chatwoot-delivery: big-1\r\ncontent-length: 5000000\r\n\r\n{\"a\":",
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");

    // Chunked: no length announced, refused once past the limit.
    let chunk = format!("3e8\r\n{}\r\n", "x".repeat(1000));
    let request = format!("POST /big HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n{chunk}{chunk}0\r\n\r\n");
    let answer = raw(listener.addr, request.as_bytes()).await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");

    let rows = listener.store.list(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 2);
    assert!(rows
        .iter()
        .all(|r| r.status == 413 && r.refused && r.body.is_none()));
    assert_eq!(rows[0].body_size, 5_000_000);
    assert_eq!(rows[0].delivery_id.as_deref(), Some("big-1"));
    assert!(rows[0]
        .refusal_reason
        .as_deref()
        .unwrap()
        .contains("over the limit"));
    assert_eq!(rows[1].body_size, 2000);
    assert_eq!(listener.stop().await.refused, 2);
}

#[tokio::test]
async fn truncated_bodies_and_slow_clients_do_not_stop_the_server() {
    let config = ListenConfig {
        read_timeout: Duration::from_secs(1),
        header_timeout: Duration::from_secs(1),
        ..ListenConfig::default()
    };
    let mut listener = Listener::start(config).await;

    // Truncated: 100 bytes announced, 10 sent, then the client closes its side.
    let mut stream = TcpStream::connect(listener.addr).await.unwrap();
    stream
        .write_all(b"POST /t HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\n{\"event\":1")
        .await
        .unwrap();
    stream.shutdown().await.unwrap();
    drop(stream);

    // Slow headers: half a request line, held open.
    let mut slow_headers = TcpStream::connect(listener.addr).await.unwrap();
    slow_headers
        .write_all(b"POST /slow HTTP/1.1\r\nhost:")
        .await
        .unwrap();
    // Slow body: headers complete, body dribbles.
    let mut slow_body = TcpStream::connect(listener.addr).await.unwrap();
    slow_body
        .write_all(b"POST /slow HTTP/1.1\r\nhost: x\r\ncontent-length: 50\r\n\r\n{\"ev")
        .await
        .unwrap();

    // Meanwhile, a normal delivery goes through (that slow clients cannot hold others up is
    // `idle_and_slow_connections_from_one_address_cannot_keep_a_delivery_out`).
    let res = reqwest::Client::new()
        .post(&listener.url)
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);

    // The slow ones are cut off after their timeouts.
    let mut buf = Vec::new();
    let n = tokio::time::timeout(PATIENCE, slow_headers.read_to_end(&mut buf)).await;
    assert!(n.is_ok(), "slow headers still held");
    let mut answer = String::new();
    tokio::time::timeout(PATIENCE, slow_body.read_to_string(&mut answer))
        .await
        .unwrap()
        .unwrap();
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");

    // The truncated one is stored once the server sees the client gone.
    let all = Filter {
        accepted_only: false,
        ..Filter::default()
    };
    wait_until("both refusals stored", || {
        let rows = listener.store.list(&all).unwrap();
        rows.iter().any(|r| r.path == "/t") && rows.iter().any(|r| r.path == "/slow")
    })
    .await;
    let rows = listener.store.list(&all).unwrap();
    let truncated = rows
        .iter()
        .find(|r| r.path == "/t")
        .expect("truncated body recorded");
    assert_eq!((truncated.status, truncated.refused), (400, true));
    assert_eq!(truncated.body.as_deref(), Some(b"{\"event\":1".as_slice()));
    let slow = rows
        .iter()
        .find(|r| r.path == "/slow")
        .expect("slow body recorded");
    assert_eq!(
        (slow.status, slow.body.as_deref()),
        (408, Some(b"{\"ev".as_slice()))
    );
    assert_eq!(rows.iter().filter(|r| r.status == 200).count(), 1);
    listener.stop().await;
}

#[tokio::test]
async fn huge_headers_are_refused_by_hyper_and_the_server_keeps_serving() {
    let listener = Listener::start(ListenConfig::default()).await;
    let request = format!(
        "POST / HTTP/1.1\r\nhost: x\r\nx-big: {}\r\ncontent-length: 2\r\n\r\n{{}}",
        "a".repeat(100_000)
    );
    let answer = raw(listener.addr, request.as_bytes()).await;
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 431"),
        "{answer}"
    );
    let res = reqwest::Client::new()
        .post(&listener.url)
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(listener.store.counts().unwrap().deliveries, 1);
}

#[tokio::test]
async fn forwards_carry_the_exact_bytes_and_chatwoots_signature_verifies_at_the_receiver() {
    let mut sink = Listener::start(signed_config()).await;
    let config = ListenConfig {
        routes: vec![("/bot".into(), format!("{}/in", sink.url))],
        ..signed_config()
    };
    let mut listener = Listener::start(config).await;
    // Odd but legal bytes: whitespace and escapes that a re-serialisation would change.
    let body = "{ \"event\" : \"message_created\",\n \"content\":\"caf\\u00e9 \u{1F600}\" }";
    let (status, answer) = post_signed(
        &format!("{}/bot", listener.url),
        body,
        SECRET,
        now_secs(),
        "d-f",
    )
    .await;
    assert_eq!(status, 200);
    let id = id_of(&answer);
    listener
        .wait_for(|e| matches!(e, ListenEvent::Forwarded { .. }))
        .await;
    let ListenEvent::Delivery(got) = sink
        .wait_for(|e| matches!(e, ListenEvent::Delivery(_)))
        .await
    else {
        unreachable!()
    };
    assert_eq!(got.signature, SignatureStatus::Valid);
    assert_eq!(got.body.as_deref(), Some(body.as_bytes()));
    assert_eq!(got.delivery_id.as_deref(), Some("d-f"));
    assert_eq!(got.path, "/in");
    let forwards = listener.store.forwards(id).unwrap();
    assert_eq!(
        (forwards[0].state, forwards[0].last_status),
        (ForwardState::Delivered, Some(200))
    );
    // Another path has no route and no default target: not forwarded.
    post_signed(&listener.url, body, SECRET, now_secs(), "d-g").await;
    let summary = listener.stop().await;
    assert_eq!((summary.accepted, summary.forwarded), (2, 1));
}

#[tokio::test]
async fn resigning_gives_a_fresh_timestamp_that_verifies_with_the_new_secret() {
    // The sink only accepts the resign secret, with a tight tolerance.
    let sink_config = ListenConfig {
        secret: Some("bot-secret".into()),
        tolerance: Duration::from_secs(5),
        ..ListenConfig::default()
    };
    let mut sink = Listener::start(sink_config).await;
    let config = ListenConfig {
        forward_to: vec![sink.url.clone()],
        resign_secret: Some("bot-secret".into()),
        ..signed_config()
    };
    let mut listener = Listener::start(config).await;
    let old = now_secs() - 200;
    assert_eq!(
        post_signed(&listener.url, BODY, SECRET, old, "d-r").await.0,
        200
    );
    let ListenEvent::Delivery(got) = sink
        .wait_for(|e| matches!(e, ListenEvent::Delivery(_)))
        .await
    else {
        unreachable!()
    };
    assert_eq!(got.signature, SignatureStatus::Valid, "{got:?}");
    let ts: i64 = got.timestamp_header.as_deref().unwrap().parse().unwrap();
    assert!(ts >= now_secs() - 5 && ts != old);
    assert_eq!(got.body.as_deref(), Some(BODY.as_bytes()));
    listener.stop().await;
}

/// A port nothing listens on.
async fn dead_url() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/hook", l.local_addr().unwrap());
    drop(l);
    url
}

#[tokio::test]
async fn a_target_that_stays_down_ends_in_a_dead_letter_and_a_warning() {
    let target = dead_url().await;
    let forward = ForwardOptions {
        attempts: 3,
        backoff: Duration::from_millis(10),
        ..ForwardOptions::default()
    };
    let config = ListenConfig {
        forward_to: vec![target.clone()],
        forward,
        ..ListenConfig::default()
    };
    let mut listener = Listener::start(config).await;
    let res = reqwest::Client::new()
        .post(&listener.url)
        .body(BODY)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let id = id_of(&res.json().await.unwrap());
    let down = listener
        .wait_for(|e| matches!(e, ListenEvent::TargetDown { .. }))
        .await;
    assert!(
        matches!(&down, ListenEvent::TargetDown { target: t, error } if *t == target && error.contains("connect")),
        "{down:?}"
    );
    listener
        .wait_for(|e| matches!(e, ListenEvent::DeadLetter { attempts: 3, .. }))
        .await;
    let store = listener.store.clone();
    let summary = listener.stop().await;
    assert_eq!(summary.dead_letters, 1);
    let forwards = store.forwards(id).unwrap();
    assert_eq!(
        (forwards[0].state, forwards[0].attempts),
        (ForwardState::Dead, 3)
    );
    assert!(forwards[0]
        .last_error
        .as_deref()
        .unwrap()
        .contains("connect"));
    let dead = store
        .list(&Filter {
            dead_letters: true,
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(dead.iter().map(|d| d.id).collect::<Vec<_>>(), vec![id]);
}

#[tokio::test]
async fn unfinished_forwards_are_recorded_pending_at_shutdown() {
    // A target that accepts connections and never answers.
    let hang = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let target = format!("http://{}/", hang.local_addr().unwrap());
    let forward = ForwardOptions {
        shutdown_grace: Duration::from_millis(200),
        ..ForwardOptions::default()
    };
    let config = ListenConfig {
        forward_to: vec![target.clone()],
        forward,
        ..ListenConfig::default()
    };
    let mut listener = Listener::start(config).await;
    let res = reqwest::Client::new()
        .post(&listener.url)
        .body(BODY)
        .send()
        .await
        .unwrap();
    let id = id_of(&res.json().await.unwrap());
    let store = listener.store.clone();
    let summary = listener.stop().await;
    assert_eq!(summary.forwards_pending, 1);
    let forwards = store.forwards(id).unwrap();
    assert_eq!(forwards[0].state, ForwardState::Pending);
    assert!(forwards[0]
        .last_error
        .as_deref()
        .unwrap()
        .contains("shutdown"));
    drop(hang);
}

#[tokio::test]
async fn filters_apply_to_printing_and_forwarding_but_storage_keeps_everything() {
    let sink = Listener::start(ListenConfig::default()).await;
    let filter = Filter {
        ignore_bot_echo: true,
        ..Filter::default()
    };
    let config = ListenConfig {
        forward_to: vec![sink.url.clone()],
        filter,
        ..ListenConfig::default()
    };
    let mut listener = Listener::start(config).await;
    let echo = r#"{"event":"message_created","sender":{"id":1,"type":"agent_bot"},"message_type":"outgoing"}"#;
    let client = reqwest::Client::new();
    client.post(&listener.url).body(echo).send().await.unwrap();
    client.post(&listener.url).body(BODY).send().await.unwrap();
    let ListenEvent::Delivery(first) = listener
        .wait_for(|e| matches!(e, ListenEvent::Delivery(_)))
        .await
    else {
        unreachable!()
    };
    assert_eq!(first.parsed.sender_type.as_deref(), Some("contact"));
    let store = listener.store.clone();
    let summary = listener.stop().await;
    assert_eq!((summary.accepted, summary.forwarded), (2, 1));
    assert_eq!(store.counts().unwrap().deliveries, 2);
    assert_eq!(sink.store.counts().unwrap().deliveries, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_deliveries_are_all_stored_exactly_once() {
    let mut listener = Listener::start(signed_config()).await;
    let client = reqwest::Client::new();
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..400 {
        let (client, url) = (client.clone(), listener.url.clone());
        // Every delivery id twice, as a retrying Chatwoot would.
        let delivery = format!("c-{}", i % 200);
        tasks.spawn(async move {
            let ts = now_secs().to_string();
            let res = client
                .post(&url)
                .header(TIMESTAMP_HEADER, &ts)
                .header(SIGNATURE_HEADER, sign(SECRET, &ts, BODY.as_bytes()))
                .header(DELIVERY_HEADER, &delivery)
                .body(BODY)
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 200);
        });
    }
    while let Some(r) = tasks.join_next().await {
        r.unwrap();
    }
    let counts = listener.store.counts().unwrap();
    assert_eq!((counts.deliveries, counts.duplicates), (200, 200));
    let rows = listener.store.list(&Filter::default()).unwrap();
    let ids: std::collections::HashSet<_> = rows.iter().map(|r| r.delivery_id.clone()).collect();
    assert_eq!(ids.len(), 200);
    let summary = listener.stop().await;
    assert_eq!((summary.accepted, summary.duplicates), (200, 200));
}

/// No graceful shutdown: the server's runtime is dropped mid-load. Every delivery that got a
/// 2xx must be in the store exactly once when it is opened again.
#[test]
fn acknowledged_deliveries_survive_an_abrupt_stop() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.db");
    let server = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let addr = {
        let store = Store::open(&path).unwrap();
        server.block_on(async {
            let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = listener.local_addr().unwrap();
            tokio::spawn(serve(
                listener,
                store,
                signed_config(),
                std::future::pending(),
            ));
            addr
        })
    };
    let client_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (acked_tx, acked_rx) = std::sync::mpsc::channel::<(String, i64)>();
    let load = client_rt.spawn(async move {
        let client = reqwest::Client::builder()
            .timeout(PATIENCE)
            .build()
            .unwrap();
        let url = format!("http://{addr}/");
        let mut tasks = tokio::task::JoinSet::new();
        for worker in 0..32 {
            let (client, url, acked) = (client.clone(), url.clone(), acked_tx.clone());
            tasks.spawn(async move {
                for n in 0.. {
                    let delivery = format!("k-{worker}-{n}");
                    let ts = now_secs().to_string();
                    let sent = client
                        .post(&url)
                        .header(TIMESTAMP_HEADER, &ts)
                        .header(SIGNATURE_HEADER, sign(SECRET, &ts, BODY.as_bytes()))
                        .header(DELIVERY_HEADER, &delivery)
                        .body(BODY)
                        .send()
                        .await;
                    let Ok(res) = sent else { return };
                    if res.status() != 200 {
                        return;
                    }
                    let Ok(answer) = res.json::<serde_json::Value>().await else {
                        return;
                    };
                    let _ = acked.send((delivery, id_of(&answer)));
                }
            });
        }
        while tasks.join_next().await.is_some() {}
    });
    // Let the load run, then pull the plug.
    let mut acked = Vec::new();
    let deadline = std::time::Instant::now() + PATIENCE;
    while acked.len() < 1500 && std::time::Instant::now() < deadline {
        if let Ok(a) = acked_rx.recv_timeout(Duration::from_millis(100)) {
            acked.push(a);
        }
    }
    server.shutdown_background();
    client_rt.block_on(async { tokio::time::timeout(PATIENCE, load).await.ok() });
    acked.extend(acked_rx.try_iter());
    assert!(acked.len() >= 1500, "only {} acknowledged", acked.len());

    let store = Store::open(&path).unwrap();
    let rows = store.list(&Filter::default()).unwrap();
    let mut by_delivery: std::collections::HashMap<String, Vec<i64>> =
        std::collections::HashMap::new();
    for row in &rows {
        by_delivery
            .entry(row.delivery_id.clone().unwrap())
            .or_default()
            .push(row.id);
    }
    for (delivery, id) in &acked {
        assert_eq!(
            by_delivery.get(delivery),
            Some(&vec![*id]),
            "{delivery} acknowledged as {id}"
        );
    }
}

#[tokio::test]
async fn replay_resends_the_exact_bytes_resigned_and_failures_stay_replayable() {
    let mut sink = Listener::start(ListenConfig {
        secret: Some("sink".into()),
        ..ListenConfig::default()
    })
    .await;
    let mut source = Listener::start(signed_config()).await;
    let mut ids = Vec::new();
    for i in 0..5 {
        let (_, answer) = post_signed(
            &source.url,
            BODY,
            SECRET,
            now_secs() - 100,
            &format!("orig-{i}"),
        )
        .await;
        ids.push(id_of(&answer));
    }
    let store = source.store.clone();
    source.stop().await;

    let options = ReplayOptions {
        to: Some(format!("{}/replayed", sink.url)),
        secret: Some("sink".into()),
        concurrency: 3,
        rate: Some(500.0),
        ..ReplayOptions::default()
    };
    let mut seen = Vec::new();
    let summary = replay(
        &store,
        ids.iter().copied().chain([9999]).collect(),
        options,
        |o| seen.push(o.clone()),
    )
    .await
    .unwrap();
    assert_eq!(
        (summary.delivered, summary.failed, summary.skipped),
        (5, 0, 1)
    );
    assert_eq!(seen.len(), 6);
    let ListenEvent::Delivery(got) = sink
        .wait_for(|e| matches!(e, ListenEvent::Delivery(_)))
        .await
    else {
        unreachable!()
    };
    assert_eq!(got.signature, SignatureStatus::Valid);
    assert_eq!(got.body.as_deref(), Some(BODY.as_bytes()));
    assert!(
        !got.delivery_id.as_deref().unwrap().starts_with("orig-"),
        "a new delivery id"
    );
    assert_eq!(sink.store.counts().unwrap().accepted, 5);

    // To a dead target: failures recorded as dead letters, and replayable from there.
    let dead = dead_url().await;
    let options = ReplayOptions {
        to: Some(dead.clone()),
        ..ReplayOptions::default()
    };
    let summary = replay(&store, ids.clone(), options, |_| {}).await.unwrap();
    assert_eq!(summary.failed, 5);
    assert!(!summary.all_delivered());
    assert_eq!(
        store
            .count(&Filter {
                dead_letters: true,
                ..Filter::default()
            })
            .unwrap(),
        5
    );
    let options = ReplayOptions {
        unfinished_only: true,
        ..ReplayOptions::default()
    };
    let summary = replay(&store, ids.clone(), options, |o| {
        assert_eq!(o.target.as_deref(), Some(dead.as_str()))
    })
    .await
    .unwrap();
    assert_eq!(summary.failed, 5);
}

#[test]
fn secrets_and_routes_resolve_per_path_and_debug_hides_secrets() {
    let config = ListenConfig {
        secret: Some("default-s3cret".into()),
        path_secrets: [("/bot".to_string(), "bot-s3cret".to_string())].into(),
        resign_secret: Some("resign-s3cret".into()),
        routes: vec![
            ("/bot".into(), "http://a/".into()),
            ("/bot".into(), "http://b/".into()),
        ],
        forward_to: vec!["http://c/".into()],
        ..ListenConfig::default()
    };
    assert_eq!(config.secrets_for("/bot"), vec!["bot-s3cret"]);
    assert_eq!(config.secrets_for("/inbox"), vec!["default-s3cret"]);
    assert_eq!(config.targets_for("/bot"), vec!["http://a/", "http://b/"]);
    assert_eq!(config.targets_for("/inbox"), vec!["http://c/"]);
    let shown = format!("{config:?}");
    assert!(!shown.contains("s3cret"), "{shown}");
    let no_verify = ListenConfig {
        no_verify: true,
        ..config
    };
    assert!(no_verify.secrets_for("/bot").is_empty());
    let replay = ReplayOptions {
        secret: Some("s3cret".into()),
        ..ReplayOptions::default()
    };
    assert!(!format!("{replay:?}").contains("s3cret"));
}

#[tokio::test]
async fn no_verify_accepts_unsigned_deliveries_as_unverified() {
    let listener = Listener::start(ListenConfig {
        no_verify: true,
        ..signed_config()
    })
    .await;
    let (status, answer) = post_signed(&listener.url, BODY, "wrong", now_secs(), "nv").await;
    assert_eq!(status, 200);
    let row = listener.store.get(id_of(&answer)).unwrap().unwrap();
    assert_eq!(row.signature, SignatureStatus::Unverified);
}

#[tokio::test]
async fn any_of_several_default_secrets_verifies() {
    let config = ListenConfig {
        extra_secrets: vec!["bot-secret".into()],
        ..signed_config()
    };
    let listener = Listener::start(config).await;
    assert_eq!(
        post_signed(&listener.url, BODY, "bot-secret", now_secs(), "a")
            .await
            .0,
        200
    );
    assert_eq!(
        post_signed(&listener.url, BODY, SECRET, now_secs(), "b")
            .await
            .0,
        200
    );
    let (status, answer) = post_signed(&listener.url, BODY, "neither", now_secs(), "c").await;
    assert_eq!(status, 401);
    let row = listener.store.get(id_of(&answer)).unwrap().unwrap();
    assert_eq!(row.signature, SignatureStatus::Invalid);
}

#[tokio::test]
async fn an_empty_delivery_id_is_no_delivery_id() {
    let listener = Listener::start(ListenConfig::default()).await;
    let client = reqwest::Client::new();
    for _ in 0..2 {
        let res = client
            .post(&listener.url)
            .header(DELIVERY_HEADER, " ")
            .body("{}")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
    }
    let counts = listener.store.counts().unwrap();
    assert_eq!((counts.deliveries, counts.duplicates), (2, 0));
}

/// The store's size once everything is checkpointed into the database file (the WAL is
/// bounded on its own: it starts over after each checkpoint).
async fn store_bytes(store: &Store) -> u64 {
    store.flush().await.unwrap();
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    conn.busy_timeout(PATIENCE).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    let path = store.path().to_string_lossy().into_owned();
    ["", "-wal", "-shm"]
        .iter()
        .map(|suffix| std::fs::metadata(format!("{path}{suffix}")).map_or(0, |m| m.len()))
        .sum()
}

#[tokio::test]
async fn unsigned_floods_stay_within_the_rejected_budget_and_signed_deliveries_still_land() {
    let listener = Listener::start(signed_config()).await;
    let url = format!("{}/inbox", listener.url);
    let (status, _) = post_signed(&url, BODY, SECRET, now_secs(), "warm-up").await;
    assert_eq!(status, 200);
    let before = store_bytes(&listener.store).await;
    let budget = crate::store::RejectedBudget::default();
    let posts: u64 = 120;
    let big = format!(
        "{{\"event\":\"message_created\",\"pad\":\"{}\"}}",
        "x".repeat(512 * 1024)
    );
    let client = reqwest::Client::new();
    for _ in 0..posts {
        let res = client.post(&url).body(big.clone()).send().await.unwrap();
        assert_eq!(res.status().as_u16(), 401);
    }
    let grown = store_bytes(&listener.store).await.saturating_sub(before);
    // 60 MiB were posted; what is kept fits the budget (plus SQLite's pages and indexes).
    let allowed = posts.min(budget.rows) * budget.row_bytes() as u64 + 1024 * 1024;
    assert!(
        grown <= allowed,
        "the store grew by {grown} bytes, over {allowed}"
    );

    // What helps debugging is there: size, reason, headers, the first bytes.
    let last = listener
        .store
        .list(&Filter {
            newest_first: true,
            limit: Some(1),
            ..Filter::default()
        })
        .unwrap()
        .remove(0);
    assert_eq!(last.status, 401);
    assert_eq!(last.body_size, big.len() as u64);
    assert_eq!(
        last.body.as_deref(),
        Some(&big.as_bytes()[..budget.body_bytes])
    );
    assert_eq!(last.signature, SignatureStatus::Missing);
    assert!(last.header("content-length").is_some());
    assert_eq!(last.parsed.event.as_deref(), Some("message_created"));

    // Signed deliveries are untouched.
    let (status, answer) = post_signed(&url, BODY, SECRET, now_secs(), "after").await;
    assert_eq!(status, 200);
    let stored = listener.store.get(id_of(&answer)).unwrap().unwrap();
    assert_eq!(stored.body.as_deref(), Some(BODY.as_bytes()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forwards_beyond_the_memory_queue_wait_in_the_store_and_none_is_lost() {
    let sink = Listener::start(ListenConfig::default()).await;
    // Room in memory for one forward at a time: the rest wait in the store.
    let forward = ForwardOptions {
        concurrency: 1,
        queue_bytes: 1,
        ..ForwardOptions::default()
    };
    let config = ListenConfig {
        forward_to: vec![format!("{}/in", sink.url)],
        forward,
        ..ListenConfig::default()
    };
    let mut listener = Listener::start(config).await;
    let total = 60;
    let client = reqwest::Client::new();
    let mut posts = tokio::task::JoinSet::new();
    for n in 0..total {
        let (client, url) = (client.clone(), listener.url.clone());
        posts.spawn(async move {
            let res = client
                .post(&url)
                .header(DELIVERY_HEADER, format!("q-{n}"))
                .body(BODY)
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 200);
        });
    }
    while let Some(done) = posts.join_next().await {
        done.unwrap();
    }
    // Every delivery reaches the target once (the sink counts a repeated delivery id).
    wait_until("every forward at the target", || {
        let counts = sink.store.counts().unwrap();
        assert_eq!(counts.duplicates, 0, "a forward was sent twice");
        counts.accepted == total
    })
    .await;
    let summary = listener.stop().await;
    assert!(summary.forwards_deferred > 0, "the queue never overflowed");
    assert_eq!(summary.forwarded, total);
    let counts = listener.store.counts().unwrap();
    assert_eq!(
        (counts.forwards_delivered, counts.forwards_pending),
        (total, 0)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_and_slow_connections_from_one_address_cannot_keep_a_delivery_out() {
    // Limits small enough to reach, and timeouts that never free a place by themselves.
    let config = ListenConfig {
        max_connections: 16,
        max_connections_per_address: 8,
        header_timeout: Duration::from_secs(3600),
        read_timeout: Duration::from_secs(3600),
        ..ListenConfig::default()
    };
    let listener = Listener::start(config).await;
    let mut held = Vec::new();
    for n in 0..40 {
        let mut stream = TcpStream::connect(listener.addr).await.unwrap();
        // Half a head, or a whole head and a body that never finishes.
        let sent: &[u8] = if n % 4 == 0 {
            b"POST /slow HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\n{"
        } else {
            b"POST /slow HTTP/1.1\r\nhost:"
        };
        stream.write_all(sent).await.unwrap();
        held.push(stream);
    }
    // A delivery from the same address is still acknowledged. A connection closed under it
    // is retried, as Chatwoot retries.
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let deadline = tokio::time::Instant::now() + PATIENCE;
    let mut failures = Vec::new();
    loop {
        match client.post(&listener.url).body(BODY).send().await {
            Ok(res) => {
                assert_eq!(res.status(), 200);
                break;
            }
            Err(e) => failures.push(e.to_string()),
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "never acknowledged while slow connections were held ({} attempts, the last: {:?})",
            failures.len(),
            failures.last()
        );
        // Chatwoot waits before retrying too.
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(listener.store.counts().unwrap().accepted, 1);
    drop(held);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sixty_four_concurrent_deliveries_from_one_address_are_all_served() {
    // What a tunnel looks like: every sender is one address, Chatwoot delivers concurrently.
    let listener = Listener::start(ListenConfig::default()).await;
    let client = reqwest::Client::new();
    let mut posts = tokio::task::JoinSet::new();
    for n in 0..64 {
        let (client, url) = (client.clone(), listener.url.clone());
        posts.spawn(async move {
            client
                .post(&url)
                .header(DELIVERY_HEADER, format!("t-{n}"))
                .body(BODY)
                .send()
                .await
                .map(|r| r.status().as_u16())
        });
    }
    while let Some(done) = posts.join_next().await {
        assert_eq!(done.unwrap().unwrap(), 200);
    }
    assert_eq!(listener.store.counts().unwrap().accepted, 64);
}
