use axum::body::Bytes;

use super::view::{curl_command, summary, summary_text, transcript};
use crate::signing;
use crate::store::{Delivery, Forward, ForwardState, NewDelivery, Parsed, SignatureStatus};

fn stored(id: i64, body: &str) -> Delivery {
    let new = NewDelivery {
        received_at: 1_781_776_800_000 + id,
        path: "/bot".into(),
        status: 200,
        headers: vec![
            ("content-type".into(), "application/json".into()),
            ("x-chatwoot-timestamp".into(), "1781776800".into()),
            ("x-chatwoot-signature".into(), "sha256=old".into()),
            ("x-chatwoot-delivery".into(), "old-id".into()),
        ],
        parsed: Parsed::from_body(body.as_bytes()),
        body_size: body.len() as u64,
        body: Some(Bytes::from(body.to_string())),
        delivery_id: Some("old-id".into()),
        signature: SignatureStatus::Valid,
        signature_error: None,
        timestamp_header: Some("1781776800".into()),
        refusal: None,
        forward_to: vec![],
    };
    Delivery::from_new(id, &new)
}

#[test]
fn copy_as_curl_re_signs_the_exact_body_and_never_shows_the_secret() {
    let body = r#"{"event":"message_created","content":"it's here"}"#;
    let d = stored(1, body);
    let cmd = curl_command(
        &d,
        "http://127.0.0.1:8000/bot",
        Some("topsecret"),
        1_900_000_000,
    );
    assert!(!cmd.contains("topsecret"), "{cmd}");
    assert!(
        !cmd.contains("old-id") && !cmd.contains("sha256=old"),
        "{cmd}"
    );
    let expected = signing::sign("topsecret", "1900000000", body.as_bytes());
    assert!(
        cmd.contains(&format!("x-chatwoot-signature: {expected}")),
        "{cmd}"
    );
    assert!(cmd.contains("x-chatwoot-timestamp: 1900000000"), "{cmd}");
    // The single quote survives shell quoting.
    assert!(cmd.contains(r#"it'\''s here"#), "{cmd}");
}

#[test]
fn the_transcript_marks_the_handoff_once_and_shows_a_message_once() {
    let conv = r#""conversation":{"id":7,"inbox_id":1}"#;
    let rows = [
        stored(
            1,
            r#"{"event":"conversation_created","id":7,"status":"pending"}"#,
        ),
        stored(
            2,
            &format!(
                r#"{{"event":"message_created","id":11,"message_type":"incoming","content":"hi",{conv},"sender":{{"type":"contact"}}}}"#
            ),
        ),
        // The same message, delivered to a second subscriber.
        stored(
            3,
            &format!(
                r#"{{"event":"message_created","id":11,"message_type":"incoming","content":"hi",{conv},"sender":{{"type":"contact"}}}}"#
            ),
        ),
        stored(
            4,
            r#"{"event":"conversation_status_changed","id":7,"status":"open","changed_attributes":null}"#,
        ),
        stored(
            5,
            r#"{"event":"conversation_updated","id":7,"status":"open","changed_attributes":[{"status":{"previous_value":"pending","current_value":"open"}}]}"#,
        ),
    ];
    let t = transcript(&rows);
    let kinds: Vec<&str> = t.iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["created", "message", "status"]);
    assert_eq!(t[1]["who"], "contact");
    assert_eq!(t[2]["handoff"], true);
    assert_eq!(t[2]["from"], "pending");
}

fn new_delivery(i: u64) -> NewDelivery {
    let body = format!(r#"{{"event":"message_created","id":{i},"content":"message {i}"}}"#);
    NewDelivery {
        received_at: crate::time::now_ms(),
        path: "/bot".into(),
        status: 200,
        headers: vec![("content-type".into(), "application/json".into())],
        parsed: Parsed::from_body(body.as_bytes()),
        body_size: body.len() as u64,
        body: Some(Bytes::from(body)),
        delivery_id: Some(format!("d-{i}")),
        signature: SignatureStatus::Unverified,
        signature_error: None,
        timestamp_header: None,
        refusal: None,
        forward_to: vec![],
    }
}

/// An open SSE stream, read event by event (an event left over in a chunk waits for the
/// next read).
struct Sse {
    res: reqwest::Response,
    text: String,
}

impl From<reqwest::Response> for Sse {
    fn from(res: reqwest::Response) -> Sse {
        assert_eq!(res.status(), 200);
        Sse {
            res,
            text: String::new(),
        }
    }
}

impl Sse {
    /// Reads events until `done` returns true for one (given its name, id and data), within
    /// 20 s (keep-alive comments do not extend it).
    async fn until(&mut self, mut done: impl FnMut(&str, Option<&str>, &str) -> bool) {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            // Whole events only (a chunk may end inside one, or hold several).
            while let Some(end) = self.text.find("\n\n") {
                let event: String = self.text.drain(..end + 2).collect();
                let field = |name: &str| event.lines().find_map(|l| l.strip_prefix(name));
                let Some(data) = field("data: ") else {
                    continue;
                };
                if done(field("event: ").unwrap_or("message"), field("id: "), data) {
                    return;
                }
            }
            let chunk = tokio::time::timeout_at(deadline, self.res.chunk())
                .await
                .expect("the awaited event within 20 s")
                .expect("read")
                .expect("the stream stayed open");
            self.text.push_str(&String::from_utf8_lossy(&chunk));
        }
    }

    /// Reads until the row with id `last` has come; the rows that came.
    async fn rows_until(&mut self, last: i64) -> Vec<serde_json::Value> {
        let mut rows = Vec::new();
        self.until(|name, id, data| {
            if name != "deliveries" {
                return false;
            }
            let batch: Vec<serde_json::Value> = serde_json::from_str(data).unwrap();
            let batch_last = batch.last().map(|r| r["id"].as_i64().unwrap());
            assert_eq!(id, batch_last.map(|i| i.to_string()).as_deref(), "{data}");
            rows.extend(batch);
            batch_last == Some(last)
        })
        .await;
        rows
    }

    /// The ids of [`Sse::rows_until`].
    async fn ids_until(&mut self, last: i64) -> Vec<i64> {
        let rows = self.rows_until(last).await;
        rows.iter().map(|r| r["id"].as_i64().unwrap()).collect()
    }
}

/// A stream of every delivery after id 0.
async fn stream_from_start(addr: std::net::SocketAddr, token: &str) -> Sse {
    let res = reqwest::Client::new()
        .get(format!("http://{addr}/api/stream?token={token}&after=0"))
        .send()
        .await
        .unwrap();
    Sse::from(res)
}

/// Stores `new_delivery(i)` for each `i`, all at once (the writer commits them in batches).
async fn store_all(store: &crate::store::Store, ids: std::ops::RangeInclusive<u64>) {
    let inserts: Vec<_> = ids
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move { store.insert(&new_delivery(i)).await.unwrap() })
        })
        .collect();
    for insert in inserts {
        insert.await.unwrap();
    }
}

/// Serves an inspector on `store` whose feed's ring keeps `rows`: its address, its token and
/// its feed.
async fn serve_with_ring(
    store: &crate::store::Store,
    rows: usize,
) -> (
    std::net::SocketAddr,
    String,
    std::sync::Arc<super::feed::Feed>,
) {
    let ui = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = ui.local_addr().unwrap();
    let reads = super::reads::Readers::start();
    let feed = std::sync::Arc::new(super::feed::Feed::with_capacity(
        store.clone(),
        reads.clone(),
        rows,
        1 << 20,
    ));
    let ins = std::sync::Arc::new(super::Inspector::with_feed(
        store.clone(),
        vec![],
        addr,
        feed.clone(),
        reads,
    ));
    let token = ins.token.clone();
    tokio::spawn(async move { axum::serve(ui, super::router(ins)).await });
    (addr, token, feed)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_stream_gets_each_new_delivery_once_in_order_even_resuming_before_the_shared_ring() {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::store::Store::open(dir.path().join("events.sqlite")).unwrap();
    for i in 1..=5 {
        store.insert(&new_delivery(i)).await.unwrap();
    }
    // A ring of 4 rows, so a resume from an older id must read from the store.
    let (addr, token, feed) = serve_with_ring(&store, 4).await;
    let client = reqwest::Client::new();
    let open = |query: &str, last_event_id: Option<&str>| {
        let mut req = client.get(format!("http://{addr}/api/stream?token={token}{query}"));
        if let Some(id) = last_event_id {
            req = req.header("last-event-id", id);
        }
        async move { Sse::from(req.send().await.unwrap()) }
    };
    let mut a = open("", None).await;
    let mut b = open("&after=5", None).await;
    for i in 6..=25 {
        store.insert(&new_delivery(i)).await.unwrap();
    }
    // Wait until the shared ring has moved past id 7.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while feed.window().0 <= 7 {
        assert!(
            std::time::Instant::now() < deadline,
            "the ring holds {:?}",
            feed.window()
        );
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    // A reconnecting page that last saw #7, older than the ring (it wins over `after`).
    let mut c = open("&after=0", Some("7")).await;
    // And one filtering by body text, answered from the shared rows.
    let mut d = open("&after=5&q=MESSAGE%202", None).await;
    for i in 26..=30 {
        store.insert(&new_delivery(i)).await.unwrap();
    }
    let all: Vec<i64> = (6..=30).collect();
    assert_eq!(a.ids_until(30).await, all);
    assert_eq!(b.ids_until(30).await, all);
    assert_eq!(c.ids_until(30).await, (8..=30).collect::<Vec<_>>());
    let twenties: Vec<i64> = (20..=29).collect();
    assert_eq!(d.ids_until(29).await, twenties);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_search_in_id_ranges_answers_what_one_query_would() {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::store::Store::open(dir.path().join("events.sqlite")).unwrap();
    // More ids than two ranges of SCAN_CHUNK.
    let n = (2 * super::SCAN_CHUNK + 100) as u64;
    for i in 1..=n {
        store.insert(&new_delivery(i)).await.unwrap();
    }
    let last = store.last_id().unwrap();
    for (q, before, limit) in [
        ("MESSAGE 19", None, 15),
        ("message 4", Some(4050), 500),
        ("message 1", Some(3000), 100),
        ("no such text", None, 100),
    ] {
        let filter = crate::store::Filter {
            body_contains: Some(q.into()),
            before_id: before,
            newest_first: true,
            limit: Some(limit),
            ..Default::default()
        };
        let ids = |rows: Vec<crate::store::Delivery>| rows.iter().map(|d| d.id).collect::<Vec<_>>();
        let chunked = ids(super::newest(&store, &filter, last, super::SCAN_BUDGET)
            .unwrap()
            .0);
        assert_eq!(
            chunked,
            ids(store.list(&filter).unwrap()),
            "{q} before {before:?}"
        );
        assert!(q.starts_with("no") || !chunked.is_empty());
    }
}

#[tokio::test]
async fn a_first_page_read_partly_from_the_feeds_ring_answers_what_the_store_would() {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::store::Store::open(dir.path().join("events.sqlite")).unwrap();
    store_all(&store, 1..=400).await;
    // A ring of 50 rows that has seen 301..=400, as while a page was open: it holds 351..=400.
    let feed = super::feed::Feed::with_capacity(
        store.clone(),
        super::reads::Readers::start(),
        50,
        1 << 20,
    );
    feed.fill(
        store
            .list(&crate::store::Filter {
                after_id: Some(300),
                ..Default::default()
            })
            .unwrap(),
    );
    assert_eq!(feed.window(), (350, 400));
    // 50 more rows, newer than the ring (stored since its last look).
    store_all(&store, 401..=450).await;
    let last = store.last_id().unwrap();
    let unverified = Some(SignatureStatus::Unverified);
    // Matches newer than the ring, in it and older than it; a page filled within one part;
    // a search stopped by its budget; a signature that matches everything.
    for (q, signature, limit, budget) in [
        (Some("message 4"), None, 100, super::SCAN_BUDGET),
        (Some("Message 3"), None, 20, super::SCAN_BUDGET),
        (Some("message 44"), None, 5, super::SCAN_BUDGET),
        (Some("message 1"), None, 100, 120),
        (Some("message 2"), None, 100, 80),
        (Some("no such text"), None, 100, super::SCAN_BUDGET),
        (None, unverified, 100, super::SCAN_BUDGET),
    ] {
        let filter = crate::store::Filter {
            body_contains: q.map(str::to_string),
            signature,
            newest_first: true,
            limit: Some(limit),
            ..Default::default()
        };
        let (rows, stopped) = super::first_page(&store, &feed, &filter, last, budget).unwrap();
        let (expected, expected_stop) = super::newest(&store, &filter, last, budget).unwrap();
        assert_eq!(
            rows,
            super::summaries(&store, &expected).unwrap(),
            "{q:?} {signature:?}"
        );
        assert_eq!(stopped, expected_stop, "{q:?} {signature:?}");
    }
    // Each ring row a search reached was read from memory: 50, 21 (#400, then 20 matches),
    // none (the newer rows filled the page), 50, 30 (the budget ends in the ring), 50, 50.
    assert_eq!(
        feed.searched.load(std::sync::atomic::Ordering::Relaxed),
        251
    );
}

#[tokio::test]
async fn a_search_from_the_ring_leaves_out_refused_rows_the_store_let_go() {
    let dir = tempfile::tempdir().unwrap();
    let options = crate::store::StoreOptions {
        rejected: crate::store::RejectedBudget {
            rows: 2,
            ..Default::default()
        },
        ..Default::default()
    };
    let store = crate::store::Store::open_with(dir.path().join("events.sqlite"), options).unwrap();
    // Four refused deliveries, then four accepted; the ring saw each as it was stored.
    let mut seen = Vec::new();
    for i in 1..=8 {
        let mut new = new_delivery(i);
        if i <= 4 {
            (new.status, new.signature) = (401, SignatureStatus::Invalid);
            new.signature_error = Some("no secret matched".into());
        }
        let crate::store::Ingest::Stored(id) = store.insert(&new).await.unwrap() else {
            panic!("not stored");
        };
        seen.push(store.get(id).unwrap().unwrap());
    }
    let feed = super::feed::Feed::with_capacity(
        store.clone(),
        super::reads::Readers::start(),
        50,
        1 << 20,
    );
    feed.fill(seen);
    // The store keeps the newest two refused ones.
    assert_eq!(store.oldest_not_accepted().unwrap(), Some(3));
    let filter = crate::store::Filter {
        body_contains: Some("message".into()),
        newest_first: true,
        limit: Some(100),
        ..Default::default()
    };
    let last = store.last_id().unwrap();
    let (rows, stopped) =
        super::first_page(&store, &feed, &filter, last, super::SCAN_BUDGET).unwrap();
    let ids: Vec<_> = rows.iter().map(|r| r["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, [8, 7, 6, 5, 4, 3], "what the store still holds");
    assert_eq!(stopped, None);
}

#[tokio::test]
async fn a_search_stops_at_its_budget_and_the_next_pages_find_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::store::Store::open(dir.path().join("events.sqlite")).unwrap();
    let n = 2 * super::SCAN_CHUNK + 100;
    for i in 1..=n {
        store.insert(&new_delivery(i as u64)).await.unwrap();
    }
    let last = store.last_id().unwrap();
    let budget = super::SCAN_CHUNK + 500;
    let search = |q: &str, before: Option<i64>| crate::store::Filter {
        body_contains: Some(q.into()),
        before_id: before,
        newest_first: true,
        limit: Some(100),
        ..Default::default()
    };
    // Nothing matches: each request reads at most `budget` ids and says where it stopped;
    // following `next_before` reaches the first delivery, then there is nothing left.
    let mut before = None;
    let mut requests = 0;
    loop {
        let (rows, stopped) =
            super::newest(&store, &search("no such text", before), last, budget).unwrap();
        assert!(rows.is_empty());
        requests += 1;
        match stopped {
            Some(at) => {
                assert_eq!(
                    at,
                    before.unwrap_or(last + 1) - budget,
                    "read exactly the budget"
                );
                before = Some(at);
            }
            None => break,
        }
    }
    assert_eq!(
        requests,
        (n + budget - 1) / budget,
        "pages to search {n} ids"
    );
    // Matches older than the first budget only ("message 12", 120-129, 1200-1299): the first
    // page finds none and stops; the next finds what one query over everything finds.
    let (rows, stopped) = super::newest(&store, &search("message 12", None), last, budget).unwrap();
    assert!(rows.is_empty());
    assert_eq!(stopped, Some(last + 1 - budget));
    let (older, _) = super::newest(&store, &search("message 12", stopped), last, budget).unwrap();
    let ids = |rows: &[crate::store::Delivery]| rows.iter().map(|d| d.id).collect::<Vec<_>>();
    let all = store.list(&search("message 12", None)).unwrap();
    assert!(!older.is_empty());
    assert_eq!(ids(&older), ids(&all));
}

#[test]
fn a_list_row_is_written_as_the_page_reads_it() {
    let body = r#"{"event":"message_created","content":"Where is\n  my   order?","message_type":"incoming","sender":{"type":"contact"},"conversation":{"id":7,"inbox_id":3}}"#;
    let mut d = stored(5, body);
    d.signature_error = Some("no secret matched".into());
    d.duplicates = 2;
    let forwards = [Forward {
        event_id: 5,
        target: "http://127.0.0.1:8000/bot".into(),
        state: ForwardState::Dead,
        attempts: 3,
        last_status: Some(502),
        last_error: None,
        created_at: 1_781_776_800_000,
        updated_at: 1_781_776_801_500,
    }];
    let expected = r#"{"id":5,"received_at":"2026-06-18T10:00:00.005Z","path":"/bot","status":200,"event":"message_created","inbox":3,"conversation":7,"message_type":"incoming","who":"contact","signature":"valid","signature_error":"no secret matched","refused":false,"refusal_reason":null,"duplicates":2,"excerpt":"Where is my order?","forwards":[{"target":"http://127.0.0.1:8000/bot","state":"dead","attempts":3,"last_status":502,"last_error":null,"created_at":"2026-06-18T10:00:00.000Z","updated_at":"2026-06-18T10:00:01.500Z"}]}"#;
    assert_eq!(summary_text(&d, &forwards), expected);
    assert_eq!(summary(&d, &forwards).to_string(), expected);
}

#[test]
fn the_excerpt_stops_at_content_and_answers_as_a_whole_parse_would() {
    // What a full parse of the body gives (the reference), against the early stop.
    fn whole(body: &str) -> Option<String> {
        #[derive(serde::Deserialize)]
        struct Content {
            content: Option<String>,
        }
        let content = serde_json::from_str::<Content>(body).ok()?.content?;
        Some(content.split_whitespace().collect::<Vec<_>>().join(" "))
    }
    let long = format!(r#"{{"content":"{}"}}"#, "word ".repeat(40));
    // Two-byte characters: exactly the limit, and one over.
    let (at_limit, over) = (
        format!(r#"{{"content":"{}"}}"#, "é".repeat(80)),
        format!(r#"{{"content":"{}"}}"#, "é".repeat(81)),
    );
    for body in [
        r#"{"content":"a  b\n c","conversation":{"padding":"xxxx"}}"#,
        r#"{"conversation":{"content":"nested"},"content":"top"}"#,
        r#"{"conversation":{"content":"nested"}}"#,
        r#"{"content":null}"#,
        r#"{"content":5}"#,
        r#"{"content":{"text":"no"}}"#,
        r#"{"cont\u0065nt":"escaped key"}"#,
        r#"{"content":"\u00e9t\u00e9 \"quoted\""}"#,
        r#"["first"]"#,
        r#"["first", 2]"#,
        r#"[]"#,
        r#""content""#,
        r#"{}"#,
        r#"{"content":"cut", "#,
        "not json",
        &long,
        &at_limit,
        &over,
    ] {
        let mut expected = whole(body);
        if let Some(e) = &mut expected {
            if e.chars().count() > 80 {
                *e = e.chars().take(79).collect::<String>() + "…";
            }
        }
        let got = summary(&stored(1, body), &[])["excerpt"]
            .as_str()
            .map(str::to_string);
        assert_eq!(got, expected, "{body}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stream_gets_rows_stored_here_from_memory_and_the_rest_from_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.sqlite");
    // `listen --ui`: the inspector on the listener's own store handle; and another process
    // storing into the same file (a second handle has its own writer).
    let here = crate::store::Store::open(&path).unwrap();
    let elsewhere = crate::store::Store::open(&path).unwrap();
    let (addr, token, feed) = serve_with_ring(&here, super::feed::RING_ROWS).await;
    let mut res = stream_from_start(addr, &token).await;
    let mut big = new_delivery(9);
    let body = format!(
        r#"{{"event":"message_created","content":"{}"}}"#,
        "x".repeat(crate::store::WATCH_BODY_MAX)
    );
    big.body_size = body.len() as u64;
    big.body = Some(Bytes::from(body));
    // Once the first row has come, the feed is gathering (no stream catch-up from here on).
    here.insert(&new_delivery(1)).await.unwrap();
    assert_eq!(res.ids_until(1).await, [1]);
    for i in 2..=16 {
        let (store, new) = match i {
            6..=8 | 16 => (&elsewhere, new_delivery(i)),
            9 => (&here, big.clone()),
            _ => (&here, new_delivery(i)),
        };
        store.insert(&new).await.unwrap();
    }
    assert_eq!(res.ids_until(16).await, (2..=16).collect::<Vec<_>>());
    // Only what this handle's watch could not have: the other process's rows and the body
    // over the watch's limit.
    assert_eq!(feed.read_back.load(std::sync::atomic::Ordering::Relaxed), 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_typed_search_reads_one_budget_and_search_older_goes_ten_times_deeper() {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::store::Store::open(dir.path().join("events.sqlite")).unwrap();
    // One budget, then more than another: only a deeper second request reads the rest.
    let n = 2 * super::SCAN_BUDGET as u64 + 1000;
    store_all(&store, 1..=n).await;
    let (addr, token, _) = serve_with_ring(&store, super::feed::RING_ROWS).await;
    let page = |query: String| {
        let url = format!("http://{addr}/api/events?token={token}&q=no%20such%20text{query}");
        async move {
            let res = reqwest::Client::new().get(url).send().await.unwrap();
            assert_eq!(res.status(), 200);
            res.json::<serde_json::Value>().await.unwrap()
        }
    };
    // What the page asks as the filter is typed: the newest SCAN_BUDGET ids, then it stops.
    let first = page(String::new()).await;
    let last = n as i64;
    assert_eq!(first["events"], serde_json::json!([]));
    assert_eq!(
        first["searched_to"],
        last + 1 - super::SCAN_BUDGET,
        "{first}"
    );
    assert_eq!(first["more"], true);
    // "Search older": from there, up to SCAN_BUDGET_OLDER ids: here all that is left.
    let before = first["next_before"].as_i64().unwrap();
    let older = page(format!("&before={before}")).await;
    assert_eq!(older["events"], serde_json::json!([]));
    assert_eq!(older["searched_to"], serde_json::Value::Null, "{older}");
    assert_eq!(older["more"], false);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_signature_filter_finds_deliveries_beyond_a_search_budget_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::store::Store::open(dir.path().join("events.sqlite")).unwrap();
    // Two refused deliveries, then more accepted ones than a typed search reads.
    for (i, signature) in [(1, SignatureStatus::Invalid), (2, SignatureStatus::Missing)] {
        let mut refused = new_delivery(i);
        (refused.status, refused.signature) = (401, signature);
        refused.signature_error = Some("no secret matched".into());
        store.insert(&refused).await.unwrap();
    }
    let n = super::SCAN_BUDGET as u64 + 10;
    store_all(&store, 3..=n).await;
    let (addr, token, _) = serve_with_ring(&store, super::feed::RING_ROWS).await;
    for (verification, id) in [("invalid", 1), ("missing", 2)] {
        let url = format!("http://{addr}/api/events?token={token}&verification={verification}");
        let page: serde_json::Value = reqwest::get(url).await.unwrap().json().await.unwrap();
        let ids: Vec<_> = page["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_i64().unwrap())
            .collect();
        // Found on the first page, with nothing left to search.
        assert_eq!(ids, [id], "{verification}: {page}");
        assert_eq!(page["more"], false, "{page}");
        assert_eq!(page["searched_to"], serde_json::Value::Null, "{page}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forward_that_moves_after_its_row_was_sent_updates_the_row_on_every_page() {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::store::Store::open(dir.path().join("events.sqlite")).unwrap();
    let (addr, token, _) = serve_with_ring(&store, super::feed::RING_ROWS).await;
    let mut res = stream_from_start(addr, &token).await;
    let target = "http://127.0.0.1:8000/bot".to_string();
    let mut new = new_delivery(1);
    new.forward_to = vec![target.clone()];
    store.insert(&new).await.unwrap();
    let rows = res.rows_until(1).await;
    assert_eq!(rows[0]["forwards"][0]["state"], "pending", "{}", rows[0]);
    // The forwarder's steps, as `listen` records them: a failed try, then a delivery. The
    // open stream is told about each, without an id (a resume is unaffected).
    let step = |state, status| crate::store::ForwardUpdate {
        event_id: 1,
        target: target.clone(),
        state,
        attempts: 1,
        last_status: Some(status),
        last_error: None,
    };
    for (state, status, shown) in [
        (ForwardState::Pending, 502, "pending"),
        (ForwardState::Delivered, 200, "delivered"),
    ] {
        store.record_forward(step(state, status)).await.unwrap();
        let mut update = serde_json::Value::Null;
        res.until(|name, id, data| {
            if name != "forwards" {
                return false;
            }
            assert_eq!(id, None, "{data}");
            let updates: Vec<serde_json::Value> = serde_json::from_str(data).unwrap();
            update = updates
                .into_iter()
                .find(|u| u["id"] == 1)
                .unwrap_or_default();
            update["forwards"][0]["last_status"] == status
        })
        .await;
        assert_eq!(update["forwards"][0]["state"], shown, "{update}");
        assert_eq!(update["forwards"][0]["target"], target.as_str(), "{update}");
    }
    // A page opened now gets the row as it is now, from the feed's ring.
    let mut later = stream_from_start(addr, &token).await;
    let rows = later.rows_until(1).await;
    let forward = &rows[0]["forwards"][0];
    assert_eq!(
        (
            &forward["state"],
            &forward["attempts"],
            &forward["last_status"]
        ),
        (&"delivered".into(), &2.into(), &200.into()),
        "{}",
        rows[0]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forward_that_settles_between_the_list_and_the_stream_still_reaches_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::store::Store::open(dir.path().join("events.sqlite")).unwrap();
    let (addr, token, _) = serve_with_ring(&store, super::feed::RING_ROWS).await;
    let target = "http://127.0.0.1:8000/bot".to_string();
    let mut new = new_delivery(1);
    new.forward_to = vec![target.clone()];
    store.insert(&new).await.unwrap();
    // The page loads its list: the forward is pending.
    let url = format!("http://{addr}/api/events?token={token}");
    let list: serde_json::Value = reqwest::get(url).await.unwrap().json().await.unwrap();
    assert_eq!(
        list["events"][0]["forwards"][0]["state"], "pending",
        "{list}"
    );
    // It settles before the page opens its stream (after the last id it listed).
    store
        .record_forward(crate::store::ForwardUpdate {
            event_id: 1,
            target,
            state: ForwardState::Dead,
            attempts: 5,
            last_status: Some(503),
            last_error: None,
        })
        .await
        .unwrap();
    let res = reqwest::Client::new()
        .get(format!("http://{addr}/api/stream?token={token}&after=1"))
        .send()
        .await
        .unwrap();
    let mut update = serde_json::Value::Null;
    Sse::from(res)
        .until(|name, _, data| {
            let updates: Vec<serde_json::Value> = serde_json::from_str(data).unwrap();
            update = updates
                .into_iter()
                .find(|u| u["id"] == 1)
                .unwrap_or_default();
            name == "forwards" && !update.is_null()
        })
        .await;
    let forward = &update["forwards"][0];
    assert_eq!(
        (&forward["state"], &forward["attempts"]),
        (&"dead".into(), &5.into()),
        "{update}"
    );
}

#[tokio::test]
async fn a_pages_forwards_are_read_together_or_one_by_one_with_the_same_answer() {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::store::Store::open(dir.path().join("events.sqlite")).unwrap();
    // Every third delivery forwarded, to two targets.
    for i in 1..=60 {
        let mut new = new_delivery(i);
        if i % 3 == 0 {
            new.forward_to = vec!["http://127.0.0.1:1/a".into(), "http://127.0.0.1:1/b".into()];
        }
        store.insert(&new).await.unwrap();
    }
    let one_by_one = |ids: &[i64]| {
        ids.iter()
            .map(|&id| (id, store.forwards(id).unwrap()))
            .filter(|(_, f)| !f.is_empty())
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    // A page of consecutive ids (one range read), and a sparse one (a read each).
    for ids in [(20..=45).collect::<Vec<i64>>(), vec![3, 30, 31, 60]] {
        let read: std::collections::BTreeMap<_, _> = super::feed::forwards_of(&store, &ids)
            .unwrap()
            .into_iter()
            .filter(|(id, f)| ids.contains(id) && !f.is_empty())
            .collect();
        assert_eq!(read, one_by_one(&ids), "{ids:?}");
        assert!(
            !read.is_empty() && read.values().all(|f| f.len() == 2),
            "{read:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_larger_than_the_watch_reaches_a_stream_whole_and_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::store::Store::open(dir.path().join("events.sqlite")).unwrap();
    let (addr, token, _) = serve_with_ring(&store, super::feed::RING_ROWS).await;
    let mut res = stream_from_start(addr, &token).await;
    store.insert(&new_delivery(1)).await.unwrap();
    assert_eq!(res.ids_until(1).await, [1]);
    // Five times what the watch holds, all at once: between two looks the feed may fall
    // behind the watch, and then reads what it missed from the store.
    let n = 5 * crate::store::WATCH_CAPACITY as u64;
    store_all(&store, 2..=n + 1).await;
    let last = n as i64 + 1;
    assert_eq!(res.ids_until(last).await, (2..=last).collect::<Vec<_>>());
}
