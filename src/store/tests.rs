use std::os::unix::fs::PermissionsExt;

use super::*;

fn delivery(delivery_id: Option<&str>, status: u16, body: &[u8]) -> NewDelivery {
    NewDelivery {
        received_at: now_ms(),
        path: "/bot".into(),
        status,
        headers: vec![
            ("content-type".into(), "application/json".into()),
            (
                "x-chatwoot-delivery".into(),
                delivery_id.unwrap_or("").into(),
            ),
        ],
        body: Some(Bytes::copy_from_slice(body)),
        body_size: body.len() as u64,
        delivery_id: delivery_id.map(str::to_string),
        signature: if status == 401 {
            SignatureStatus::Invalid
        } else {
            SignatureStatus::Valid
        },
        signature_error: (status == 401).then(|| "digest".to_string()),
        timestamp_header: Some("1700000000".into()),
        parsed: Parsed::from_body(body),
        refusal: None,
        forward_to: Vec::new(),
    }
}

const MSG: &[u8] = br#"{"event":"message_created","inbox":{"id":3},"conversation":{"id":7},"message_type":"incoming","content":"hello   there","sender":{"id":1}}"#;
const ECHO: &[u8] = br#"{"event":"message_created","inbox":{"id":3},"conversation":{"id":8},"message_type":"outgoing","sender":{"id":2,"type":"agent_bot"}}"#;
const CONV: &[u8] = br#"{"event":"conversation_created","id":9,"inbox_id":4}"#;

#[tokio::test]
async fn open_creates_private_files_and_round_trips_a_delivery_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/events.db");
    let store = Store::open(&path).unwrap();
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(
        std::fs::metadata(dir.path().join("a/b"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o700
    );

    let mut new = delivery(Some("d-1"), 200, MSG);
    new.headers.push(("x-custom".into(), "1".into()));
    new.headers.push(("x-custom".into(), "2".into()));
    let Ingest::Stored(id) = store.insert(&new).await.unwrap() else {
        panic!("not stored")
    };
    let got = store.get(id).unwrap().unwrap();
    assert_eq!(got.body.as_deref(), Some(MSG));
    assert_eq!(got.header("X-Custom"), Some("1, 2"));
    assert_eq!(got.parsed.conversation_id, Some(7));
    assert_eq!(got.excerpt(20).as_deref(), Some("hello there"));
    assert_eq!(got.excerpt(4).as_deref(), Some("hel…"));
    assert_eq!(got.signature, SignatureStatus::Valid);
    drop(store);

    // Reopening sees the same row; the schema is not applied twice.
    let store = Store::open(&path).unwrap();
    assert_eq!(store.get(id).unwrap().unwrap().body.as_deref(), Some(MSG));
    assert!(store.get(id + 1).unwrap().is_none());
}

#[tokio::test]
async fn duplicates_are_counted_on_the_original_but_rejected_attempts_are_their_own_rows() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("e.db")).unwrap();
    let Ingest::Stored(id) = store
        .insert(&delivery(Some("d-1"), 200, MSG))
        .await
        .unwrap()
    else {
        panic!()
    };
    assert_eq!(
        store
            .insert(&delivery(Some("d-1"), 200, MSG))
            .await
            .unwrap(),
        Ingest::Duplicate {
            original: id,
            count: 1
        }
    );
    assert_eq!(
        store
            .insert(&delivery(Some("d-1"), 200, MSG))
            .await
            .unwrap(),
        Ingest::Duplicate {
            original: id,
            count: 2
        }
    );
    // A forged retry (bad signature) does not touch the original.
    assert!(
        matches!(store.insert(&delivery(Some("d-1"), 401, MSG)).await.unwrap(), Ingest::Stored(x) if x != id)
    );
    // No delivery id: never a duplicate.
    assert!(matches!(
        store.insert(&delivery(None, 200, MSG)).await.unwrap(),
        Ingest::Stored(_)
    ));
    assert!(matches!(
        store.insert(&delivery(None, 200, MSG)).await.unwrap(),
        Ingest::Stored(_)
    ));
    let counts = store.counts().unwrap();
    assert_eq!(
        (
            counts.deliveries,
            counts.accepted,
            counts.rejected,
            counts.duplicates
        ),
        (4, 3, 1, 2)
    );
    assert_eq!(store.get(id).unwrap().unwrap().duplicates, 2);
}

#[tokio::test]
async fn filters_agree_in_sql_and_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("e.db")).unwrap();
    for (i, body) in [MSG, ECHO, CONV, b"not json".as_slice()]
        .into_iter()
        .enumerate()
    {
        store
            .insert(&delivery(Some(&format!("d-{i}")), 200, body))
            .await
            .unwrap();
    }
    let filters = [
        Filter::default(),
        Filter {
            events: vec!["message_created".into()],
            ..Filter::default()
        },
        Filter {
            inbox: Some(3),
            ignore_bot_echo: true,
            ..Filter::default()
        },
        Filter {
            conversation: Some(9),
            ..Filter::default()
        },
        Filter {
            ignore_bot_echo: true,
            ..Filter::default()
        },
    ];
    let all = store.list(&Filter::default()).unwrap();
    for filter in &filters {
        let sql: Vec<i64> = store.list(filter).unwrap().iter().map(|d| d.id).collect();
        let mem: Vec<i64> = all
            .iter()
            .filter(|d| filter.matches(d.status, &d.parsed))
            .map(|d| d.id)
            .collect();
        assert_eq!(sql, mem, "{filter:?}");
        assert_eq!(store.count(filter).unwrap(), sql.len() as u64);
    }
    assert_eq!(
        store
            .count(&Filter {
                ignore_bot_echo: true,
                ..Filter::default()
            })
            .unwrap(),
        3
    );
    let newest = store
        .list(&Filter {
            newest_first: true,
            limit: Some(1),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(newest[0].id, store.last_id().unwrap());
    assert!(!newest[0].parsed.is_json);
    let after = store
        .list(&Filter {
            after_id: Some(all[1].id),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(after.len(), 2);
}

#[tokio::test]
async fn for_each_streams_and_stops_on_an_output_error() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("e.db")).unwrap();
    for i in 0..50 {
        store
            .insert(&delivery(Some(&format!("d-{i}")), 200, MSG))
            .await
            .unwrap();
    }
    let mut seen = 0;
    assert_eq!(
        store
            .for_each(&Filter::default(), |_| {
                seen += 1;
                Ok(())
            })
            .unwrap(),
        50
    );
    assert_eq!(seen, 50);
    let err = store
        .for_each(&Filter::default(), |d| {
            if d.id == 3 {
                Err(std::io::Error::from(std::io::ErrorKind::BrokenPipe))
            } else {
                Ok(())
            }
        })
        .unwrap_err();
    assert!(matches!(err, Error::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe));
}

#[tokio::test]
async fn forwards_start_pending_and_end_delivered_or_dead() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("e.db")).unwrap();
    let mut new = delivery(Some("d-1"), 200, MSG);
    new.forward_to = vec!["http://127.0.0.1:9/a".into(), "http://127.0.0.1:9/b".into()];
    let Ingest::Stored(id) = store.insert(&new).await.unwrap() else {
        panic!()
    };
    let forwards = store.forwards(id).unwrap();
    assert_eq!(forwards.len(), 2);
    assert!(forwards
        .iter()
        .all(|f| f.state == ForwardState::Pending && f.attempts == 0));

    for (target, state) in [
        ("http://127.0.0.1:9/a", ForwardState::Delivered),
        ("http://127.0.0.1:9/b", ForwardState::Dead),
    ] {
        store
            .record_forward(ForwardUpdate {
                event_id: id,
                target: target.into(),
                state,
                attempts: 3,
                last_status: Some(503),
                last_error: Some("503 Service Unavailable".into()),
            })
            .await
            .unwrap();
    }
    let forwards = store.forwards(id).unwrap();
    assert_eq!(forwards[1].state, ForwardState::Dead);
    assert_eq!(forwards[1].attempts, 3);
    let dead = store
        .list(&Filter {
            dead_letters: true,
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(dead.iter().map(|d| d.id).collect::<Vec<_>>(), vec![id]);
    let counts = store.counts().unwrap();
    assert_eq!(
        (
            counts.forwards_delivered,
            counts.dead_letters,
            counts.forwards_pending
        ),
        (1, 1, 0)
    );
}

#[tokio::test]
async fn prune_removes_old_deliveries_and_their_forwards() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("e.db")).unwrap();
    for i in 0..12_000 {
        let mut new = delivery(Some(&format!("d-{i}")), 200, CONV);
        new.received_at = if i < 11_000 { 1_000 } else { now_ms() };
        new.forward_to = vec!["http://x".into()];
        store.insert(&new).await.unwrap();
    }
    assert_eq!(store.prune(now_ms() - 60_000).unwrap(), 11_000);
    let counts = store.counts().unwrap();
    assert_eq!((counts.deliveries, counts.forwards_pending), (1_000, 1_000));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_inserts_are_group_committed_and_each_gets_its_own_id() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("e.db")).unwrap();
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..2_000 {
        let store = store.clone();
        tasks.spawn(async move {
            store
                .insert(&delivery(Some(&format!("d-{}", i % 1_000)), 200, MSG))
                .await
                .unwrap()
        });
    }
    let mut stored = std::collections::HashSet::new();
    let mut duplicates = 0;
    while let Some(r) = tasks.join_next().await {
        match r.unwrap() {
            Ingest::Stored(id) => assert!(stored.insert(id)),
            Ingest::Duplicate { .. } => duplicates += 1,
        }
    }
    assert_eq!((stored.len(), duplicates), (1_000, 1_000));
    store.flush().await.unwrap();
    assert_eq!(store.counts().unwrap().duplicates, 1_000);
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e.db");
    Connection::open(&path)
        .unwrap()
        .execute_batch("PRAGMA user_version = 99")
        .unwrap();
    assert!(matches!(Store::open(&path), Err(Error::NewerSchema(99))));
}

#[test]
fn the_delivery_key_is_fnv1a_64_and_never_changes() {
    // Published FNV-1a test vectors: keys already stored depend on these exact values.
    assert_eq!(schema::delivery_key(""), 0xcbf2_9ce4_8422_2325_u64 as i64);
    assert_eq!(schema::delivery_key("a"), 0xaf63_dc4c_8601_ec8c_u64 as i64);
    assert_eq!(
        schema::delivery_key("foobar"),
        0x8594_4171_f739_67e8_u64 as i64
    );
}

#[test]
fn the_duplicate_lookup_uses_the_delivery_key_index() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e.db");
    drop(Store::open(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    let plan: Vec<String> = conn
        .prepare(&format!("EXPLAIN QUERY PLAN {}", writer::FIND_ORIGINAL))
        .unwrap()
        .query_map([1, 2], |r| r.get(3))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert!(
        plan.iter().any(|p| p.contains("deliveries_delivery_key")),
        "{plan:?}"
    );
}

/// Columns and indexes, as SQLite reports them (a migrated table's SQL text differs).
fn layout(path: &Path) -> Vec<String> {
    let conn = Connection::open(path).unwrap();
    let mut out: Vec<String> = conn
        .prepare("SELECT name || ' ' || type || ' ' || \"notnull\" || ' ' || coalesce(dflt_value, '') FROM pragma_table_info('deliveries')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let indexes: Vec<String> = conn
        .prepare("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    out.extend(
        indexes
            .iter()
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ")),
    );
    out.push(format!(
        "user_version {}",
        conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
            .unwrap()
    ));
    out
}

#[tokio::test]
async fn a_version_1_store_is_upgraded_and_keeps_deduplicating() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("v1.db");
    {
        let conn = Connection::open(&old).unwrap();
        conn.execute_batch(include_str!("schema_v1.sql")).unwrap();
        conn.execute_batch("PRAGMA user_version = 1").unwrap();
        let insert = "INSERT INTO deliveries (received_at, path, status, headers, body, body_size,
                delivery_id, signature, is_json) VALUES (1, '/bot', ?1, '{}', x'7b7d', 2, ?2, 'valid', 1)";
        for (status, id) in [(200, Some("d-1")), (401, Some("d-2")), (200, None)] {
            conn.execute(insert, rusqlite::params![status, id]).unwrap();
        }
    }
    let store = Store::open(&old).unwrap();
    // d-1 was accepted under version 1: still the original. d-2 was only rejected.
    assert_eq!(
        store
            .insert(&delivery(Some("d-1"), 200, MSG))
            .await
            .unwrap(),
        Ingest::Duplicate {
            original: 1,
            count: 1
        }
    );
    assert_eq!(
        store
            .insert(&delivery(Some("d-2"), 200, MSG))
            .await
            .unwrap(),
        Ingest::Stored(4)
    );
    store.flush().await.unwrap();
    drop(store);
    let fresh = dir.path().join("v2.db");
    drop(Store::open(&fresh).unwrap());
    assert_eq!(layout(&old), layout(&fresh));
    let conn = Connection::open(&old).unwrap();
    let keys: Vec<Option<i64>> = conn
        .prepare("SELECT delivery_key FROM deliveries ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let key = |id| Some(schema::delivery_key(id));
    assert_eq!(keys, vec![key("d-1"), None, None, key("d-2")]);
}

#[test]
fn headers_json_is_what_serde_json_prints_with_repeats_joined() {
    // The object built the straightforward way (what version 1 stores hold).
    fn reference(headers: &[(String, String)]) -> String {
        let mut map = serde_json::Map::new();
        for (name, value) in headers {
            match map.get_mut(name) {
                Some(serde_json::Value::String(existing)) => {
                    existing.push_str(", ");
                    existing.push_str(value);
                }
                _ => {
                    map.insert(name.clone(), serde_json::Value::String(value.clone()));
                }
            }
        }
        serde_json::Value::Object(map).to_string()
    }
    let h = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    };
    for headers in [
        h(&[]),
        h(&[("content-type", "application/json")]),
        h(&[
            ("a", "1"),
            ("b", "x\"y\\z\u{1}\n\t\u{7f}é"),
            ("a", "2"),
            ("c", ""),
            ("a", "3"),
        ]),
        h(&[("x-q", "\u{2028}"), ("x-q", "\"")]),
    ] {
        let json = headers_to_json(&headers);
        assert_eq!(json, reference(&headers));
        let mut expected = headers_from_json(&reference(&headers));
        expected.sort();
        let mut got = headers_from_json(&json);
        got.sort();
        assert_eq!(got, expected);
    }
}

#[tokio::test]
async fn inspector_filters_body_text_literally_signature_and_before_id() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("events.db")).unwrap();
    let bodies: [&[u8]; 3] = [
        br#"{"event":"message_created","content":"50% OFF"}"#,
        br#"{"event":"message_created","content":"500 off"}"#,
        br#"{"event":"message_created","content":"a_b"}"#,
    ];
    for (i, body) in bodies.iter().enumerate() {
        let status = if i == 1 { 401 } else { 200 };
        store
            .insert(&delivery(Some(&format!("d-{i}")), status, body))
            .await
            .unwrap();
    }
    let ids = |filter: Filter| -> Vec<i64> {
        store.list(&filter).unwrap().iter().map(|d| d.id).collect()
    };
    let text = |t: &str| Filter {
        body_contains: Some(t.into()),
        ..Filter::default()
    };
    // `%` and `_` are literal text, not wildcards; ASCII case does not matter.
    assert_eq!(ids(text("0% off")), [1]);
    assert_eq!(ids(text("a_b")), [3]);
    assert_eq!(ids(text("OFF")), [1, 2]);
    assert_eq!(
        ids(Filter {
            signature: Some(SignatureStatus::Invalid),
            ..Filter::default()
        }),
        [2]
    );
    assert_eq!(
        ids(Filter {
            before_id: Some(3),
            newest_first: true,
            ..Filter::default()
        }),
        [2, 1]
    );
}

#[tokio::test]
async fn only_the_newest_rejected_deliveries_are_kept_and_each_is_cut_to_the_budget() {
    let dir = tempfile::tempdir().unwrap();
    let budget = RejectedBudget {
        rows: 5,
        body_bytes: 10,
        header_bytes: 40,
    };
    let store = Store::open_with(
        dir.path().join("e.db"),
        StoreOptions {
            rejected: budget,
            ..StoreOptions::default()
        },
    )
    .unwrap();
    let mut accepted = Vec::new();
    let mut rejected = Vec::new();
    for n in 0..30 {
        let mut bad = delivery(Some(&format!("bad-{n}")), 401, &[b'x'; 1000]);
        bad.headers.push(("x-long".into(), "é".repeat(100)));
        let Ingest::Stored(id) = store.insert(&bad).await.unwrap() else {
            panic!("not stored")
        };
        rejected.push(id);
        let Ingest::Stored(id) = store
            .insert(&delivery(Some(&format!("ok-{n}")), 200, MSG))
            .await
            .unwrap()
        else {
            panic!("not stored")
        };
        accepted.push(id);
    }
    let kept: Vec<Delivery> = store
        .list(&Filter::default())
        .unwrap()
        .into_iter()
        .filter(|d| d.status >= 300)
        .collect();
    assert_eq!(
        kept.iter().map(|d| d.id).collect::<Vec<_>>(),
        rejected[25..].to_vec(),
        "the newest 5 rejected rows"
    );
    for d in &kept {
        assert_eq!(d.body.as_deref(), Some(&[b'x'; 10][..]));
        assert_eq!(d.body_size, 1000);
        assert_eq!(d.signature_error.as_deref(), Some("digest"));
        let header_bytes: usize = d
            .headers
            .iter()
            .map(|(n, v)| n.len() + v.len())
            .sum::<usize>()
            + d.path.len();
        assert!(header_bytes <= 40, "{:?}", d.headers);
    }
    // Accepted deliveries are all there, whole.
    for id in accepted {
        assert_eq!(store.get(id).unwrap().unwrap().body.as_deref(), Some(MSG));
    }
}

#[tokio::test]
async fn a_watcher_gets_each_committed_row_as_stored_in_id_order() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_with(
        dir.path().join("e.db"),
        StoreOptions {
            rejected: RejectedBudget {
                body_bytes: 10,
                ..RejectedBudget::default()
            },
            ..StoreOptions::default()
        },
    )
    .unwrap();
    store
        .insert(&delivery(Some("before"), 200, MSG))
        .await
        .unwrap();
    let mut watch = store.watch();
    let mut forwarded = delivery(Some("d-1"), 200, MSG);
    forwarded.forward_to = vec!["http://127.0.0.1:9/bot".into()];
    let big = vec![b' '; WATCH_BODY_MAX + 1];
    let mut stored = Vec::new();
    for new in [
        forwarded,
        delivery(Some("d-1"), 200, MSG), // a duplicate: not stored again
        delivery(Some("bad"), 401, ECHO), // cut to the rejected budget
        delivery(Some("big"), 200, &big), // over the watch's body limit
        delivery(None, 200, CONV),
    ] {
        if let Ingest::Stored(id) = store.insert(&new).await.unwrap() {
            stored.push(id);
        }
    }
    assert_eq!(stored, [2, 3, 4, 5]);
    let mut got = Vec::new();
    while let Ok(c) = watch.try_recv() {
        got.push(c);
    }
    let ids: Vec<i64> = got.iter().map(|c| c.delivery.id).collect();
    assert_eq!(
        ids,
        [2, 3, 5],
        "each stored row once, in order, but the big one"
    );
    // What a reader of the store gets (headers aside), and whether forwards were created.
    for c in &got {
        let read = store.get(c.delivery.id).unwrap().unwrap();
        assert_eq!(
            c.delivery,
            Delivery {
                headers: Vec::new(),
                // Counted on the row after it was committed.
                duplicates: 0,
                last_duplicate_at: None,
                ..read
            }
        );
    }
    assert_eq!(
        got.iter().map(|c| c.forwarded).collect::<Vec<_>>(),
        [true, false, false]
    );
    assert_eq!(got[1].delivery.body.as_deref(), Some(&ECHO[..10]));
}
