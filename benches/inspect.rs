//! The inspector's figures: `cargo bench --bench inspect` (figures, not a timed test).
//!
//! Fills a store with `BENCH_EVENTS` (default 100,000) ~3 KB `message_created` deliveries
//! (one in 50 with a bad signature) and serves two inspectors in-process, each on its own
//! low-priority thread as the binary serves it: one on the listener's store handle (as
//! `listen --ui`: rows the listener stores reach its feed through the store's watch) and one
//! on a second handle (as `inspect` in another process: it reads every row back). Measures:
//!
//! - the shared feed's cost per row read back from the store (read + summary, and the summary
//!   alone); `BENCH_FEED_ONLY=1` stops there;
//! - the first page (`GET /api/events?limit=100`, what the page loads first) and filtered
//!   pages, median and worst of 20;
//! - the time from a delivery's ack (its commit) to its SSE event on an open stream, over 50;
//! - in headless chromium (driven over the DevTools protocol by tests/cli/common/browser.rs),
//!   navigation start to the first rows painted;
//! - the listener's throughput (keep-alive POSTs, 32 in flight) in rounds: a quiet phase, then
//!   each scenario followed by a quiet phase, `BENCH_ROUNDS` times (default 3), `BENCH_SECS`
//!   each (default 3). A scenario is compared with the quiet phases on either side of it and
//!   the median over the rounds is printed, since this machine's rate drifts by more than the
//!   effect measured. Scenarios: pages open (live streams receiving every delivery), with a
//!   client filtering by body text (matching nothing: a search reads its budget of 5,000
//!   bodies), verification and conversation in turn, once every 250 ms (a person typing),
//!   back to back (worst case), or not at all; and two controls that are no inspector at all,
//!   a thread spinning at nice 10 and one under SCHED_IDLE, which show what any work beside
//!   the listener costs on the machine. The pages run on their own thread, as a browser
//!   would. Each phase prints the cores each group of threads used; each scenario prints the
//!   median and the middle half of its rounds, and the median CPU its inspector's threads
//!   spent per delivery (a figure this machine's drift does not move). `BENCH_SCENARIOS=0,2`
//!   picks scenarios; `BENCH_THROUGHPUT_ONLY=1` measures throughput alone.
//!
//! Everything shares this machine's cores with the load generator.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use chatwoot_bridge::inspect;
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
    let secs: f64 = env_or("BENCH_SECS", 3.0);
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

    // As `listen --ui` serves it: beside the listener, on the same store handle (rows the
    // listener stores reach its feed without a read), on its own low-priority thread.
    let (base, token) = serve_inspector(store.clone()).await;
    // As `inspect` in another process serves it: its own store handle, which reads every
    // row back from the file.
    let other = Store::open(dir.path().join("events.sqlite")).expect("a second store handle");
    let separate = serve_inspector(other).await;
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
    if std::env::var_os("BENCH_THROUGHPUT_ONLY").is_some() {
        return throughput(&client, &store, [(base, token), separate], secs).await;
    }
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
            "body text, no match (reads the newest 5,000, the search budget)",
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
    throughput(&client, &store, [(base, token), separate], secs).await;
}

/// Serves an inspector on `store`; its base URL and token.
async fn serve_inspector(store: Store) -> (String, String) {
    let ui = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", ui.local_addr().expect("addr"));
    let (ready, token) = tokio::sync::oneshot::channel();
    tokio::spawn(inspect::serve(
        ui,
        store,
        vec![],
        |ins| {
            let _ = ready.send(ins.token.clone());
        },
        std::future::pending(),
    ));
    (base, token.await.expect("the inspector's token"))
}

/// One way of using the inspector while the listener takes load.
struct Scenario {
    label: &'static str,
    /// Open pages: live streams receiving every delivery.
    streams: usize,
    /// Between two filter requests (a person typing: 250 ms; back to back: zero; `None`: no
    /// filter requests, the streams alone).
    pause: Option<Duration>,
    /// A separate `inspect` (its own store handle, reading rows back) instead of `listen --ui`.
    separate: bool,
    /// A control instead of pages: a thread spinning at nice 10 (`"nice"`) or under
    /// SCHED_IDLE (`"idle"`).
    spin: Option<&'static str>,
}

const SCENARIOS: [Scenario; 7] = [
    Scenario {
        label: "listen --ui, 1 page open, filtering at a typing pace (a request every 250 ms)",
        streams: 1,
        pause: Some(Duration::from_millis(250)),
        separate: false,
        spin: None,
    },
    Scenario {
        label: "listen --ui, 4 pages open, filtering at a typing pace",
        streams: 4,
        pause: Some(Duration::from_millis(250)),
        separate: false,
        spin: None,
    },
    Scenario {
        label: "listen --ui, 4 pages open, no filtering (the shared feed alone)",
        streams: 4,
        pause: None,
        separate: false,
        spin: None,
    },
    Scenario {
        label: "listen --ui, 4 pages open, filter requests back to back (worst case)",
        streams: 4,
        pause: Some(Duration::ZERO),
        separate: false,
        spin: None,
    },
    Scenario {
        label: "a separate inspect, 1 page open, filtering at a typing pace",
        streams: 1,
        pause: Some(Duration::from_millis(250)),
        separate: true,
        spin: None,
    },
    Scenario {
        label: "control: a thread spinning at nice 10",
        streams: 0,
        pause: None,
        separate: false,
        spin: Some("nice"),
    },
    Scenario {
        label: "control: a thread spinning under SCHED_IDLE",
        streams: 0,
        pause: None,
        separate: false,
        spin: Some("idle"),
    },
];

/// The listener's throughput in rounds: a quiet phase, then each scenario followed by a
/// quiet phase, `BENCH_ROUNDS` times (default 3). Each scenario is compared with the mean of
/// the two quiet phases around it, and the median of those ratios is reported: this machine's
/// rate drifts by more than the effect measured, so only neighbours are compared.
/// `BENCH_SCENARIOS=0,2` runs some of them (by index).
async fn throughput(client: &reqwest::Client, store: &Store, ui: [(String, String); 2], secs: f64) {
    let rounds: usize = env_or("BENCH_ROUNDS", 3);
    let picked: Vec<usize> = std::env::var("BENCH_SCENARIOS")
        .ok()
        .map(|s| s.split(',').filter_map(|i| i.trim().parse().ok()).collect())
        .unwrap_or_else(|| (0..SCENARIOS.len()).collect());
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
    let run = Load {
        client: client.clone(),
        target,
        counter,
        ui,
        page_client: reqwest::Client::new(),
        pages: pages_runtime(),
        secs,
    };
    let mut ratios: Vec<Vec<f64>> = vec![Vec::new(); SCENARIOS.len()];
    let mut inspector_cpu: Vec<Vec<f64>> = vec![Vec::new(); SCENARIOS.len()];
    let (mut quiet, _) = run.phase(None).await;
    for _ in 0..rounds {
        for &i in &picked {
            let (busy, cpu) = run.phase(Some(&SCENARIOS[i])).await;
            let (after, _) = run.phase(None).await;
            ratios[i].push(busy / ((quiet + after) / 2.0));
            inspector_cpu[i].push(cpu);
            quiet = after;
        }
    }
    let pct = |x: f64| format!("{:+.1}%", (x - 1.0) * 100.0);
    for &i in &picked {
        let r = sorted(&ratios[i]);
        let each: Vec<String> = ratios[i].iter().map(|&x| pct(x)).collect();
        println!(
            "listen throughput, {}: median {} vs the quiet phases around it, middle half of the rounds {} to {} (rounds: {})",
            SCENARIOS[i].label,
            pct(r[r.len() / 2]),
            pct(r[r.len() / 4]),
            pct(r[(3 * r.len()) / 4]),
            each.join(", ")
        );
        if SCENARIOS[i].spin.is_none() {
            let cpu = sorted(&inspector_cpu[i]);
            println!(
                "  its inspector's CPU (reads, server, pages): median {:.1} µs per delivery",
                cpu[cpu.len() / 2]
            );
        }
    }
    let _ = stop_tx.send(());
    let _ = serving.await;
}

fn sorted(xs: &[f64]) -> Vec<f64> {
    let mut xs = xs.to_vec();
    xs.sort_by(f64::total_cmp);
    xs
}

/// A runtime on its own thread (`pages`) for the stand-ins of the browser's pages.
fn pages_runtime() -> tokio::runtime::Handle {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let handle = rt.handle().clone();
    std::thread::Builder::new()
        .name("pages".into())
        .spawn(move || rt.block_on(std::future::pending::<()>()))
        .expect("thread");
    handle
}

/// The load generator: keep-alive POSTs to the listener, 32 in flight.
struct Load {
    client: reqwest::Client,
    target: String,
    counter: Arc<AtomicU64>,
    /// Base URL and token: of the inspector beside the listener, and of a separate one.
    ui: [(String, String); 2],
    /// The pages (stream readers, filter requests) run apart from the listener's runtime,
    /// on their own thread, as a browser would: their client and runtime.
    page_client: reqwest::Client,
    pages: tokio::runtime::Handle,
    secs: f64,
}

impl Load {
    /// Deliveries a second for `secs`, with the scenario's pages open (none: quiet), and the
    /// inspector's threads' CPU per delivery (µs).
    async fn phase(&self, scenario: Option<&Scenario>) -> (f64, f64) {
        let stop = Arc::new(AtomicBool::new(false));
        let mut helpers = Vec::new();
        let mut filterer = None;
        let (streams, pause) = scenario.map_or((0, None), |s| (s.streams, s.pause));
        let (base, token) = &self.ui[usize::from(scenario.is_some_and(|s| s.separate))];
        for _ in 0..streams {
            let (client, url, stop) = (
                self.page_client.clone(),
                format!("{base}/api/stream?token={token}"),
                stop.clone(),
            );
            helpers.push(self.pages.spawn(async move {
                let mut res = client.get(url).send().await.expect("stream");
                while !stop.load(Ordering::Relaxed) {
                    if res.chunk().await.ok().flatten().is_none() {
                        break;
                    }
                }
            }));
        }
        if let Some(pause) = pause {
            let (client, stop) = (self.page_client.clone(), stop.clone());
            let filters = [
                format!("{base}/api/events?limit=100&q=no-such-text&token={token}"),
                format!("{base}/api/events?limit=100&verification=invalid&token={token}"),
                format!("{base}/api/events?limit=100&conversation=1042&token={token}"),
            ];
            filterer = Some(self.pages.spawn(async move {
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
        if let Some(how) = scenario.and_then(|s| s.spin) {
            let stop = stop.clone();
            std::thread::spawn(move || {
                let tid = std::fs::read_link("/proc/thread-self").expect("thread-self");
                let tid = tid.file_name().unwrap().to_str().unwrap().to_string();
                let set = match how {
                    "nice" => std::process::Command::new("renice")
                        .args(["-n", "10", "-p", &tid])
                        .output(),
                    _ => std::process::Command::new("chrt")
                        .args(["--idle", "-p", "0", &tid])
                        .output(),
                };
                assert!(set.expect("renice/chrt").status.success());
                let mut x = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    for i in 0..10_000u64 {
                        x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(i));
                    }
                }
            });
        }
        let cpu_before = cpu_by_thread();
        let done = Arc::new(AtomicU64::new(0));
        let deadline = Instant::now() + Duration::from_secs_f64(self.secs);
        let body = Bytes::from(payload(7));
        let workers: Vec<_> = (0..32)
            .map(|_| {
                let (client, target, counter, done, body) = (
                    self.client.clone(),
                    self.target.clone(),
                    self.counter.clone(),
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
        let rate = done.load(Ordering::Relaxed) as f64 / self.secs;
        // Cores used meanwhile, by thread: what the inspector's reads cost.
        let mut groups = std::collections::BTreeMap::<&str, f64>::new();
        for (name, after) in cpu_by_thread() {
            let used = after - cpu_before.get(&name).copied().unwrap_or(0.0);
            let group = match name.as_str() {
                n if n.starts_with("inspect-read") => "inspector reads",
                "inspect" => "inspector server",
                "pages" => "pages",
                n if n.starts_with("event-store-wri") => "store writer",
                n if n.starts_with("event-store-che") => "checkpointer",
                _ => "async workers",
            };
            *groups.entry(group).or_default() += used / self.secs;
        }
        let cores: Vec<String> = groups.iter().map(|(g, c)| format!("{g} {c:.2}")).collect();
        let mut line = format!(
            "  {}: {rate:.0} deliveries/s; cores: {}",
            scenario.map_or("quiet", |s| s.label),
            cores.join(", ")
        );
        let inspector: f64 = ["inspector reads", "inspector server", "pages"]
            .iter()
            .filter_map(|g| groups.get(g))
            .sum();
        let inspector = inspector * 1e6 / rate.max(1.0);
        if streams > 0 {
            line += &format!("; the inspector's threads {inspector:.1} µs of CPU per delivery");
        }
        if let Some(f) = filterer {
            line += &format!("; {} filtered pages", f.await.expect("filterer"));
        }
        println!("{line}");
        (rate, inspector)
    }
}
