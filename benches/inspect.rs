//! The inspector's figures: `cargo bench --bench inspect` (figures, not a timed test).
//!
//! Fills a store with `BENCH_EVENTS` (default 100,000) ~3 KB `message_created` deliveries
//! (one in 50 with a bad signature), serves the inspector on it in-process, and measures:
//! the first page (`GET /api/events?limit=100`, what the page loads first) and filtered pages,
//! median and worst of 20; the time from a delivery's ack (its commit) to its SSE event on an
//! open stream, over 50 deliveries; and the listener's throughput (keep-alive POSTs, 32 in
//! flight, `BENCH_SECS` per phase, default 5) without an inspector, then with 4 open streams
//! and a client filtering by body text (matching nothing: a search reads its budget of 10,000
//! bodies), verification and conversation, once
//! every 250 ms (a person typing), back to back (worst case), and not at all (the 4 streams'
//! shared feed alone), quiet runs in between, with the cores each group of threads used and
//! the inspector's reads in µs of CPU per delivery; and, in headless chromium (driven over the DevTools
//! protocol by tests/cli/common/browser.rs), navigation start to the first rows painted.
//! Everything shares this machine's cores with the load generator. First, the shared feed's
//! cost per row (store read + summary, and the summary alone); `BENCH_FEED_ONLY=1` stops there.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use chatwoot_bridge::inspect::{router, Inspector};
use chatwoot_bridge::listen::{self, ListenConfig};
use chatwoot_bridge::store::{Ingest, NewDelivery, Parsed, SignatureStatus, Store};
use tokio::net::TcpListener;

#[path = "../tests/cli/common/browser.rs"]
mod browser;

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(run());
}

fn payload(i: u64) -> Vec<u8> {
    let content = format!(
        "Hello, I ordered a blue kettle last week (order #{i}) and it has not arrived yet. \
         Could you check the tracking for me? The courier page says it left the depot on Monday."
    );
    let body = serde_json::json!({
        "event": "message_created", "id": 90000 + i, "content": content,
        "message_type": "incoming", "private": false, "content_type": "text",
        "account": {"id": 1, "name": "Acme Support"}, "inbox": {"id": 3, "name": "Website API"},
        "conversation": {"id": 1000 + i % 500, "inbox_id": 3, "status": "pending",
            "meta": {"sender": {"id": 208, "name": "Ann Example", "type": "contact"}},
            "padding": "x".repeat(2200)},
        "sender": {"id": 208, "name": "Ann Example", "email": "ann@example.com", "type": "contact"},
    });
    serde_json::to_vec(&body).expect("json")
}

fn delivery(i: u64) -> NewDelivery {
    let body = payload(i);
    let bad = i.is_multiple_of(50);
    NewDelivery {
        received_at: chatwoot_bridge::time::now_ms(),
        path: "/bot".into(),
        status: if bad { 401 } else { 200 },
        headers: vec![
            ("content-type".into(), "application/json".into()),
            ("x-chatwoot-delivery".into(), format!("d-{i}")),
        ],
        parsed: Parsed::from_body(&body),
        body_size: body.len() as u64,
        body: Some(Bytes::from(body)),
        delivery_id: Some(format!("d-{i}")),
        signature: if bad {
            SignatureStatus::Invalid
        } else {
            SignatureStatus::Valid
        },
        signature_error: bad.then(|| "the timestamp is 412 s old, outside the tolerance".into()),
        timestamp_header: None,
        refusal: None,
        forward_to: vec![],
    }
}

/// CPU seconds used so far by this process's threads, by thread name (`/proc/self/task`).
fn cpu_by_thread() -> std::collections::BTreeMap<String, f64> {
    let mut out = std::collections::BTreeMap::new();
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return out;
    };
    for task in tasks.flatten() {
        let path = task.path();
        let name = std::fs::read_to_string(path.join("comm")).unwrap_or_default();
        let stat = std::fs::read_to_string(path.join("stat")).unwrap_or_default();
        // After the `(comm)` field: state is field 3, utime 14 and stime 15.
        let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) else {
            continue;
        };
        let fields: Vec<&str> = rest.split_whitespace().collect();
        let ticks: f64 = fields
            .get(11..13)
            .map(|f| f.iter().filter_map(|v| v.parse::<f64>().ok()).sum())
            .unwrap_or(0.0);
        *out.entry(name.trim().to_string()).or_default() += ticks / 100.0;
    }
    out
}

/// From navigation start to the first list painted (the page's `rows` mark), in a real
/// headless chromium, `runs` times; `None` when chromium is not there.
fn first_paint(url: String, runs: usize) -> Option<Vec<f64>> {
    if !std::path::Path::new(browser::CHROMIUM).exists() {
        return None;
    }
    let mut page = browser::Browser::open("about:blank");
    let mut times = Vec::new();
    for _ in 0..runs {
        page.call("Page.navigate", serde_json::json!({ "url": url }));
        page.wait_for(
            "!window.measured && performance.getEntriesByName('rows').length > 0 \
             && document.querySelectorAll('#rows tr').length > 0",
            "the first rows",
        );
        // Marks this document measured: the next navigation's wait needs a new one.
        let ms =
            page.eval("window.measured = true; performance.getEntriesByName('rows')[0].startTime");
        times.push(ms.as_f64().expect("a mark's startTime"));
    }
    Some(times)
}

/// The shared feed's cost per delivery, on this thread: reading the stored rows after an id
/// (as the feed does, [`MAX_PAGE`] at a time) and building their summaries; then building
/// summaries alone from rows already read. Best of 5 passes over every stored row.
fn per_row(store: &Store) {
    use chatwoot_bridge::inspect::bench::{bench_build, bench_read};
    let mut read_ns = f64::MAX;
    let mut rows = 0;
    for _ in 0..5 {
        let t = Instant::now();
        let (mut after, mut seen) = (0, 0);
        loop {
            let (n, last) = bench_read(store, after).expect("read");
            if n == 0 {
                break;
            }
            (after, seen) = (last, seen + n);
        }
        rows = seen;
        read_ns = read_ns.min(t.elapsed().as_nanos() as f64 / seen.max(1) as f64);
    }
    let mut build_ns = f64::MAX;
    for _ in 0..5 {
        let mut built = 0;
        let mut spent = Duration::ZERO;
        let mut after = 0;
        loop {
            let page = store
                .list(&chatwoot_bridge::store::Filter {
                    after_id: Some(after),
                    limit: Some(chatwoot_bridge::inspect::MAX_PAGE),
                    ..Default::default()
                })
                .expect("list");
            let Some(last) = page.last().map(|d| d.id) else {
                break;
            };
            after = last;
            built += page.len();
            let t = Instant::now();
            std::hint::black_box(bench_build(page));
            spent += t.elapsed();
        }
        build_ns = build_ns.min(spent.as_nanos() as f64 / built.max(1) as f64);
    }
    println!(
        "feed per row ({rows} rows, best of 5): read + build {read_ns:.0} ns, build alone {build_ns:.0} ns"
    );
}

fn stats(mut ms: Vec<f64>) -> String {
    ms.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let pct = |p: f64| ms[((ms.len() - 1) as f64 * p).round() as usize];
    format!(
        "median {:.1} ms, p95 {:.1} ms, max {:.1} ms (n={})",
        pct(0.5),
        pct(0.95),
        ms[ms.len() - 1],
        ms.len()
    )
}

async fn run() {
    let n: u64 = env_or("BENCH_EVENTS", 100_000);
    let secs: u64 = env_or("BENCH_SECS", 5);
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path().join("events.sqlite")).expect("store");

    let started = Instant::now();
    let mut next = 0u64;
    while next < n {
        let batch: Vec<_> = (next..(next + 2000).min(n))
            .map(|i| {
                let store = store.clone();
                tokio::spawn(async move { store.insert(&delivery(i)).await.expect("insert") })
            })
            .collect();
        for t in batch {
            t.await.expect("join");
        }
        next = (next + 2000).min(n);
    }
    println!(
        "filled {n} deliveries in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    per_row(&store);
    if std::env::var_os("BENCH_FEED_ONLY").is_some() {
        return;
    }

    let ui = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = ui.local_addr().expect("addr");
    let inspector = Arc::new(Inspector::new(store.clone(), vec![], addr));
    let token = inspector.token.clone();
    tokio::spawn(async move { axum::serve(ui, router(inspector)).await });
    let base = format!("http://{addr}");
    let client = reqwest::Client::new();

    let get = |path: String| {
        let client = client.clone();
        let url = format!("{base}{path}");
        let token = token.clone();
        async move {
            let t = Instant::now();
            let res = client
                .get(&url)
                .header("x-inspect-token", token)
                .send()
                .await
                .expect("get");
            assert!(res.status().is_success(), "{url}: {}", res.status());
            let bytes = res.bytes().await.expect("body").len();
            (t.elapsed().as_secs_f64() * 1000.0, bytes)
        }
    };
    for (label, path) in [
        ("page (HTML)", "/".to_string()),
        (
            "first page, 100 newest",
            "/api/events?limit=100".to_string(),
        ),
        (
            "event + conversation filter",
            "/api/events?limit=100&event=message_created&conversation=1042".to_string(),
        ),
        (
            "verification=invalid",
            "/api/events?limit=100&verification=invalid".to_string(),
        ),
        (
            "body text, matching (order #99)",
            "/api/events?limit=100&q=order%20%2399".to_string(),
        ),
        (
            "body text, no match (reads the newest 10,000, the search budget)",
            "/api/events?limit=100&q=no-such-text".to_string(),
        ),
        ("detail", "/api/events/5000".to_string()),
        ("conversation view", "/api/conversations/1042".to_string()),
    ] {
        let mut times = Vec::new();
        let mut size = 0;
        for _ in 0..20 {
            let (ms, bytes) = get(path.clone()).await;
            times.push(ms);
            size = bytes;
        }
        println!("{label}: {} ({size} bytes)", stats(times));
    }

    // Ack to SSE event.
    let mut res = client
        .get(format!("{base}/api/stream?token={token}"))
        .send()
        .await
        .expect("stream");
    let mut latencies = Vec::new();
    let mut seen = String::new();
    for i in 0..50u64 {
        let Ingest::Stored(id) = store.insert(&delivery(n + i)).await.expect("insert") else {
            panic!("duplicate");
        };
        let acked = Instant::now();
        let want = format!("id: {id}\n");
        while !seen.contains(&want) {
            let chunk = res.chunk().await.expect("chunk").expect("open");
            seen.push_str(&String::from_utf8_lossy(&chunk));
        }
        latencies.push(acked.elapsed().as_secs_f64() * 1000.0);
        seen.clear();
        tokio::time::sleep(Duration::from_millis(37)).await;
    }
    drop(res);
    println!("ack to SSE event: {}", stats(latencies));

    // The page in a real browser: navigation start to the first rows painted.
    let url = format!("{base}/?token={token}");
    let runs = 9;
    let html = client
        .get(&url)
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("page");
    // (A page without the mark, an older build, is not measured.)
    let marked = html.contains("performance.mark(\"rows\")");
    let painted = match marked {
        true => tokio::task::spawn_blocking(move || first_paint(url, runs))
            .await
            .expect("browser"),
        false => None,
    };
    let stored = store.last_id().expect("last id");
    match painted {
        Some(ms) => println!(
            "first rows painted in chromium ({stored} stored): {} (first run cold: {:.1} ms)",
            stats(ms[1..].to_vec()),
            ms[0]
        ),
        None => println!(
            "first rows painted: not measured ({})",
            if marked {
                "no chromium"
            } else {
                "the page sets no mark"
            }
        ),
    }

    // Listener throughput without and with an inspector at work.
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let target = format!("http://{}/bot", listener.local_addr().expect("addr"));
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let serving = tokio::spawn(listen::serve(
        listener,
        store.clone(),
        ListenConfig::default(),
        async {
            let _ = stop_rx.await;
        },
    ));
    let counter = Arc::new(AtomicU64::new(1_000_000));
    // `pause`: between two filter requests (a person typing: 250 ms; none: back to back;
    // `None`: no filter requests, the streams alone).
    let phase = |label: &'static str, busy: bool, pause: Option<Duration>| {
        let (client, target, counter, base, token) = (
            client.clone(),
            target.clone(),
            counter.clone(),
            base.clone(),
            token.clone(),
        );
        async move {
            let stop = Arc::new(AtomicBool::new(false));
            let mut helpers = Vec::new();
            let mut filterer = None;
            if busy {
                for _ in 0..4 {
                    let (client, url, stop) = (
                        client.clone(),
                        format!("{base}/api/stream?token={token}"),
                        stop.clone(),
                    );
                    helpers.push(tokio::spawn(async move {
                        let mut res = client.get(url).send().await.expect("stream");
                        while !stop.load(Ordering::Relaxed) {
                            if res.chunk().await.ok().flatten().is_none() {
                                break;
                            }
                        }
                    }));
                }
            }
            if let (true, Some(pause)) = (busy, pause) {
                let (client, stop) = (client.clone(), stop.clone());
                let filters = [
                    format!("{base}/api/events?limit=100&q=no-such-text&token={token}"),
                    format!("{base}/api/events?limit=100&verification=invalid&token={token}"),
                    format!("{base}/api/events?limit=100&conversation=1042&token={token}"),
                ];
                filterer = Some(tokio::spawn(async move {
                    let mut filtered = 0u64;
                    while !stop.load(Ordering::Relaxed) {
                        for url in &filters {
                            let _ = client.get(url).send().await.expect("filter").bytes().await;
                            filtered += 1;
                            if pause > Duration::ZERO {
                                tokio::time::sleep(pause).await;
                            }
                        }
                    }
                    filtered
                }));
            }
            let cpu_before = cpu_by_thread();
            let done = Arc::new(AtomicU64::new(0));
            let deadline = Instant::now() + Duration::from_secs(secs);
            let body = Bytes::from(payload(7));
            let workers: Vec<_> = (0..32)
                .map(|_| {
                    let (client, target, counter, done, body) = (
                        client.clone(),
                        target.clone(),
                        counter.clone(),
                        done.clone(),
                        body.clone(),
                    );
                    tokio::spawn(async move {
                        while Instant::now() < deadline {
                            let id = counter.fetch_add(1, Ordering::Relaxed);
                            let res = client
                                .post(&target)
                                .header("content-type", "application/json")
                                .header("x-chatwoot-delivery", format!("load-{id}"))
                                .body(body.clone())
                                .send()
                                .await
                                .expect("post");
                            assert!(res.status().is_success());
                            done.fetch_add(1, Ordering::Relaxed);
                        }
                    })
                })
                .collect();
            for w in workers {
                w.await.expect("worker");
            }
            stop.store(true, Ordering::Relaxed);
            for h in helpers {
                h.abort();
                let _ = h.await;
            }
            let rate = done.load(Ordering::Relaxed) as f64 / secs as f64;
            println!("listen throughput, {label}: {rate:.0} deliveries/s");
            // Cores used meanwhile, by thread: what the inspector's reads cost.
            let mut groups = std::collections::BTreeMap::<&str, f64>::new();
            for (name, after) in cpu_by_thread() {
                let used = after - cpu_before.get(&name).copied().unwrap_or(0.0);
                let group = match name.as_str() {
                    n if n.starts_with("inspect-read") => "inspector reads",
                    n if n.starts_with("event-store-wri") => "store writer",
                    n if n.starts_with("event-store-che") => "checkpointer",
                    _ => "async workers (listener, inspector HTTP, load generator)",
                };
                *groups.entry(group).or_default() += used / secs as f64;
            }
            let cores: Vec<String> = groups.iter().map(|(g, c)| format!("{g} {c:.2}")).collect();
            println!("  (cores used: {})", cores.join(", "));
            if busy {
                let reads = groups.get("inspector reads").copied().unwrap_or(0.0);
                println!(
                    "  (inspector reads: {:.1} µs of CPU per delivery)",
                    reads * 1e6 / rate.max(1.0)
                );
            }
            if let Some(f) = filterer {
                println!(
                    "  ({} filtered pages served meanwhile)",
                    f.await.expect("filterer")
                );
            }
            rate
        }
    };
    let a = phase("no inspector activity", false, None).await;
    let b = phase(
        "4 open streams + a filter request every 250 ms",
        true,
        Some(Duration::from_millis(250)),
    )
    .await;
    let c = phase("no inspector activity (again)", false, None).await;
    let d = phase(
        "4 open streams + filter requests back to back (worst case)",
        true,
        Some(Duration::ZERO),
    )
    .await;
    let e = phase("no inspector activity (again)", false, None).await;
    let f = phase(
        "4 open streams, no filter requests (the feed alone)",
        true,
        None,
    )
    .await;
    let g = phase("no inspector activity (again)", false, None).await;
    println!(
        "inspector open, filtering at a typing pace: {:+.1}% vs the quiet runs around it",
        (b / ((a + c) / 2.0) - 1.0) * 100.0
    );
    println!(
        "inspector open, filtering back to back: {:+.1}% vs the quiet runs around it",
        (d / ((c + e) / 2.0) - 1.0) * 100.0
    );
    println!(
        "inspector open, the feed alone: {:+.1}% vs the quiet runs around it",
        (f / ((e + g) / 2.0) - 1.0) * 100.0
    );
    let _ = stop_tx.send(());
    let _ = serving.await;
}
