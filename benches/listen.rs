//! Listener and replay throughput: `cargo bench --bench listen` (figures, not a timed test).
//!
//! The listener runs in a child process (this binary again, `BENCH_ROLE=server`) with a
//! secret and a store in a temp dir, on a 2-worker runtime like the CLI's, so its peak RSS
//! (VmHWM) is its own. This process is the load generator: raw HTTP/1.1 over loopback
//! with a ~3 KB signed `message_created` payload and a unique `X-Chatwoot-Delivery` per
//! request, `CONNS` requests in flight, first a new connection per request (what Chatwoot
//! does), then keep-alive. Both processes share the machine's cores, so the figures are
//! what one machine does with its own load generator. Replay sends stored deliveries to a
//! sink (a child process answering 200) from this process.
//!
//! Two more scenarios, each on a fresh listener: deliveries from 127.0.0.1 while
//! `BENCH_ATTACK` (default 2500) slow connections from 127.0.0.2 send half a request head and
//! reconnect whenever closed (ack latency under attack); and `BENCH_BACKLOG` (default 1500)
//! deliveries of 64 KB forwarded to a target answering in 100 ms with 8 at once (the
//! listener's peak RSS while forwards back up).
//!
//! Environment: `BENCH_SECS` (per phase, default 5), `BENCH_CONNS` (default 64),
//! `BENCH_REPLAY` (deliveries to replay, default 20000), `BENCH_ATTACK`, `BENCH_BACKLOG`.

use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chatwoot_bridge::listen::{self, ListenConfig, ReplayOptions};
use chatwoot_bridge::signing;
use chatwoot_bridge::store::{self, NewDelivery, Parsed, SignatureStatus, Store};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const SECRET: &str = "bench-secret-0123456789";

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    match std::env::var("BENCH_ROLE").as_deref() {
        Ok("server") => return child(false),
        Ok("sink") => return child(true),
        Ok("slowsink") => return child(true),
        Ok("export") => return export_child(),
        _ => {}
    }
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing else useful.
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(drive());
}

/// A ~3 KB `message_created` as an agent bot receives it.
fn payload() -> Vec<u8> {
    let content = "Hello, I ordered a blue kettle last week (order #48213) and it has not arrived yet. \
                   Could you check the tracking for me? The courier page says it left the depot on Monday.";
    let conversation = serde_json::json!({
        "additional_attributes": {}, "can_reply": true, "channel": "Channel::Api",
        "contact_inbox": {"id": 311, "contact_id": 208, "inbox_id": 3, "source_id": "b8f3c1d2-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
            "created_at": "2026-06-17T09:12:44.120Z", "updated_at": "2026-06-17T09:12:44.120Z", "hmac_verified": false,
            "pubsub_token": "Qm2vXk9pT3rL8nB4wC7yZ1dF"},
        "id": 1742, "inbox_id": 3,
        "messages": [{"id": 90211, "content": content, "account_id": 1, "inbox_id": 3, "conversation_id": 1742,
            "message_type": 0, "created_at": 1781776800, "updated_at": "2026-06-17T09:20:00.512Z", "private": false,
            "status": "sent", "source_id": null, "content_type": "text", "content_attributes": {},
            "sender_type": "Contact", "sender_id": 208, "external_source_ids": {}, "additional_attributes": {},
            "processed_message_content": content, "sentiment": {},
            "conversation": {"assignee_id": null, "unread_count": 1, "last_activity_at": 1781776800,
                "contact_inbox": {"source_id": "b8f3c1d2-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}},
            "sender": {"additional_attributes": {}, "custom_attributes": {}, "email": "ann@example.com", "id": 208,
                "identifier": null, "name": "Ann Example", "phone_number": null, "thumbnail": "", "blocked": false, "type": "contact"}}],
        "labels": [], "meta": {"sender": {"additional_attributes": {}, "custom_attributes": {}, "email": "ann@example.com",
            "id": 208, "identifier": null, "name": "Ann Example", "phone_number": null, "thumbnail": "", "blocked": false,
            "type": "contact"}, "assignee": null, "assignee_type": null, "team": null, "hmac_verified": false},
        "status": "pending", "custom_attributes": {}, "snoozed_until": null, "unread_count": 1,
        "first_reply_created_at": null, "priority": null, "waiting_since": 1781776800, "agent_last_seen_at": 0,
        "contact_last_seen_at": 0, "last_activity_at": 1781776800, "timestamp": 1781776800, "created_at": 1781776790,
        "updated_at": 1781776800.512, "account": {"id": 1, "name": "Acme Support"}
    });
    let body = serde_json::json!({
        "account": {"id": 1, "name": "Acme Support"}, "additional_attributes": {}, "content_attributes": {},
        "content_type": "text", "content": content, "conversation": conversation,
        "created_at": "2026-06-17T09:20:00.512Z", "id": 90211, "inbox": {"id": 3, "name": "Website API"},
        "message_type": "incoming", "private": false,
        "sender": {"account": {"id": 1, "name": "Acme Support"}, "additional_attributes": {}, "avatar": "",
            "custom_attributes": {"plan": "pro"}, "email": "ann@example.com", "id": 208, "identifier": null,
            "name": "Ann Example", "phone_number": null, "thumbnail": "", "blocked": false},
        "source_id": null, "event": "message_created"
    });
    serde_json::to_vec(&body).expect("json")
}

/// Child: the listener (or a sink) until stdin closes; prints the port, then its peak RSS.
fn child(sink: bool) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        println!("{}", listener.local_addr().expect("addr").port());
        let stdin_closed = async {
            let _ = tokio::task::spawn_blocking(|| std::io::stdin().lines().count()).await;
        };
        if sink {
            serve_sink(listener, stdin_closed).await;
        } else {
            let dir = tempfile::tempdir().expect("tempdir");
            let store = Store::open(dir.path().join("events.db")).expect("store");
            let config = ListenConfig {
                secret: Some(SECRET.into()),
                forward_to: std::env::var("BENCH_FORWARD_TO").ok().into_iter().collect(),
                ..ListenConfig::default()
            };
            let summary = listen::serve(listener, store.clone(), config, stdin_closed)
                .await
                .expect("serve");
            // Per thread, while the store's threads are still alive (CPU time is insensitive
            // to other load on the machine, unlike throughput).
            let served = (summary.accepted + summary.rejected + summary.refused).max(1) as f64;
            eprintln!(
                "listener CPU per delivery by thread: {}",
                thread_cpu()
                    .iter()
                    .map(|(name, s)| format!("{name} {:.1} us", s * 1e6 / served))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            let size = std::fs::metadata(dir.path().join("events.db"))
                .map(|m| m.len())
                .unwrap_or(0);
            eprintln!("listener summary: {summary:?}; db {} MB", size / 1_000_000);
        }
    });
    println!("rss_kb {}", peak_rss_kb(std::process::id()));
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        let parts: Vec<&str> = status.lines().filter(|l| l.starts_with("Rss")).collect();
        eprintln!(
            "listener memory at exit: {}",
            parts
                .join(", ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        );
    }
    println!("cpu_s {}", cpu_seconds(std::process::id()));
}

/// User + system CPU seconds of this process's live threads, summed by thread name.
fn thread_cpu() -> Vec<(String, f64)> {
    let mut by_name: Vec<(String, f64)> = Vec::new();
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return by_name;
    };
    for task in tasks.flatten() {
        let stat = std::fs::read_to_string(task.path().join("stat")).unwrap_or_default();
        let name = stat
            .split_once('(')
            .and_then(|(_, rest)| rest.rsplit_once(')'))
            .map(|(name, _)| name.to_string())
            .unwrap_or_default();
        let s = stat_cpu_seconds(&stat);
        match by_name.iter_mut().find(|(n, _)| *n == name) {
            Some((_, total)) => *total += s,
            None => by_name.push((name, s)),
        }
    }
    by_name
}

/// User + system CPU time of a process so far.
fn cpu_seconds(pid: u32) -> f64 {
    stat_cpu_seconds(&std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default())
}

/// utime + stime of a `/proc/.../stat` line, in seconds.
fn stat_cpu_seconds(stat: &str) -> f64 {
    // Fields after the command name, which is in parentheses and may contain spaces.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let ticks: f64 = fields
        .get(11..13)
        .map(|f| f.iter().filter_map(|v| v.parse::<f64>().ok()).sum())
        .unwrap_or(0.0);
    ticks / 100.0
}

/// Child: fills a store with `BENCH_EXPORT` deliveries, then streams them all out as NDJSON
/// (what `events export` does) and reports the peak RSS of the export alone.
fn export_child() {
    let n: usize = env_or("BENCH_EXPORT", 200_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path().join("export.db")).expect("store");
    let body = payload();
    let parsed = Parsed::from_body(&body);
    let bytes = axum::body::Bytes::from(body);
    rt.block_on(async {
        let mut tasks = tokio::task::JoinSet::new();
        for chunk in 0..64 {
            let (store, parsed, bytes) = (store.clone(), parsed.clone(), bytes.clone());
            tasks.spawn(async move {
                for i in (chunk..n).step_by(64) {
                    let new = NewDelivery {
                        received_at: store::now_ms(),
                        path: "/bot".into(),
                        status: 200,
                        headers: vec![("content-type".into(), "application/json".into())],
                        body: Some(bytes.clone()),
                        body_size: bytes.len() as u64,
                        delivery_id: Some(format!("e-{i}")),
                        signature: SignatureStatus::Valid,
                        signature_error: None,
                        timestamp_header: None,
                        parsed: parsed.clone(),
                        refusal: None,
                        forward_to: Vec::new(),
                    };
                    store.insert(&new).await.expect("insert");
                }
            });
        }
        while tasks.join_next().await.is_some() {}
        store.flush().await.expect("flush");
    });
    let before = peak_rss_kb(std::process::id());
    // Reset the peak so that what follows is measured on its own (Linux 4.0+).
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let started = Instant::now();
    let mut out = std::io::BufWriter::new(std::io::sink());
    let rows = store
        .for_each(&store::Filter::default(), |d| {
            let line = serde_json::json!({
                "id": d.id, "received_at": d.received_at, "path": d.path, "event": d.parsed.event,
                "headers": d.headers, "body": String::from_utf8_lossy(d.body.as_deref().unwrap_or_default()),
            });
            serde_json::to_writer(&mut out, &line)?;
            out.write_all(b"\n")
        })
        .expect("export");
    let elapsed = started.elapsed();
    let peak = peak_rss_kb(std::process::id());
    println!(
        "export (NDJSON, streaming)    {:>8.0} deliveries/s   ({rows} rows, {:.1} s); peak RSS while exporting {:.1} MB{}",
        rows as f64 / elapsed.as_secs_f64(),
        elapsed.as_secs_f64(),
        peak as f64 / 1024.0,
        if reset { String::new() } else { format!(" (peak not reset; {:.1} MB before)", before as f64 / 1024.0) }
    );
}

/// Answers every request 200 with an empty body (after 100 ms as `slowsink`, 8 at once).
async fn serve_sink(listener: TcpListener, stop: impl std::future::Future<Output = ()>) {
    let slow = std::env::var("BENCH_ROLE").as_deref() == Ok("slowsink");
    let at_once = Arc::new(tokio::sync::Semaphore::new(8));
    let accept = async {
        loop {
            let Ok((mut stream, _)) = listener.accept().await else {
                continue;
            };
            let at_once = at_once.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 64 * 1024];
                let mut have = 0;
                loop {
                    let Ok(n) = stream.read(&mut buf[have..]).await else {
                        return;
                    };
                    if n == 0 {
                        return;
                    }
                    have += n;
                    // One request at a time: wait for head + Content-Length bytes.
                    while let Some(len) = request_len(&buf[..have]) {
                        if slow {
                            let _turn = at_once.acquire().await;
                            tokio::time::sleep(Duration::from_millis(100)).await;
                        }
                        if stream
                            .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
                            .await
                            .is_err()
                        {
                            return;
                        }
                        buf.copy_within(len..have, 0);
                        have -= len;
                    }
                }
            });
        }
    };
    tokio::select! { _ = accept => {}, _ = stop => {} }
}

/// The length of the first complete request (head + Content-Length body) in `buf`.
fn request_len(buf: &[u8]) -> Option<usize> {
    let head_end = buf.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let head = std::str::from_utf8(&buf[..head_end]).ok()?;
    let body_len = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-length:")
                .map(|v| v.trim().parse::<usize>())
        })
        .and_then(Result::ok)
        .unwrap_or(0);
    (buf.len() >= head_end + body_len).then_some(head_end + body_len)
}

fn peak_rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.to_string())
        })
        .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        .unwrap_or(0)
}

struct Child {
    process: std::process::Child,
    port: u16,
}

fn spawn_child(role: &str) -> Child {
    spawn_child_with(role, &[])
}

fn spawn_child_with(role: &str, env: &[(&str, String)]) -> Child {
    let mut process = Command::new(std::env::current_exe().expect("exe"))
        .env("BENCH_ROLE", role)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn child");
    let mut line = String::new();
    BufReader::new(process.stdout.as_mut().expect("stdout"))
        .read_line(&mut line)
        .expect("port");
    Child {
        port: line.trim().parse().expect("port number"),
        process,
    }
}

impl Child {
    /// Closes its stdin (graceful shutdown) and returns its peak RSS in kB and CPU seconds.
    fn finish(mut self) -> (u64, f64) {
        drop(self.process.stdin.take());
        let mut out = String::new();
        let mut reader = BufReader::new(self.process.stdout.take().expect("stdout"));
        while reader.read_line(&mut out).map(|n| n > 0).unwrap_or(false) {}
        let _ = self.process.wait();
        let field = |name: &str| {
            out.lines()
                .find_map(|l| l.strip_prefix(name).and_then(|v| v.trim().parse().ok()))
        };
        (
            field("rss_kb ").unwrap_or(0.0) as u64,
            field("cpu_s ").unwrap_or(0.0),
        )
    }
}

struct Phase {
    ok: u64,
    errors: u64,
    elapsed: Duration,
    latencies_us: Vec<u32>,
}

impl Phase {
    fn print(&mut self, name: &str) {
        self.latencies_us.sort_unstable();
        let pct = |p: f64| {
            let i = ((self.latencies_us.len() as f64 * p) as usize)
                .min(self.latencies_us.len().saturating_sub(1));
            self.latencies_us.get(i).copied().unwrap_or(0) as f64 / 1000.0
        };
        println!(
            "{name:<28} {:>8.0} deliveries/s   p50 {:>6.2} ms   p99 {:>6.2} ms   max {:>7.2} ms   ({} ok, {} errors, {:.1} s)",
            self.ok as f64 / self.elapsed.as_secs_f64(),
            pct(0.50),
            pct(0.99),
            self.latencies_us.last().copied().unwrap_or(0) as f64 / 1000.0,
            self.ok,
            self.errors,
            self.elapsed.as_secs_f64()
        );
    }
}

/// Request bytes around the delivery id, signed once (the timestamp stays within tolerance).
struct Template {
    head: Vec<u8>,
    tail: Vec<u8>,
}

impl Template {
    fn new(body: &[u8], keep_alive: bool) -> Template {
        let ts = (store::now_ms() / 1000).to_string();
        let sig = signing::sign(SECRET, &ts, body);
        let connection = if keep_alive { "keep-alive" } else { "close" };
        let head = format!(
            "POST /bot HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\naccept: application/json\r\n\
             user-agent: rest-client/2.1.0 (linux x86_64) ruby/3.4.4p34\r\nconnection: {connection}\r\n\
             x-chatwoot-timestamp: {ts}\r\nx-chatwoot-signature: {sig}\r\ncontent-length: {}\r\nx-chatwoot-delivery: ",
            body.len()
        );
        let mut tail = b"\r\n\r\n".to_vec();
        tail.extend_from_slice(body);
        Template {
            head: head.into_bytes(),
            tail,
        }
    }

    fn request(&self, buf: &mut Vec<u8>, delivery: &str) {
        buf.clear();
        buf.extend_from_slice(&self.head);
        buf.extend_from_slice(delivery.as_bytes());
        buf.extend_from_slice(&self.tail);
    }
}

/// Reads one response; returns whether it was a 200.
async fn read_response(stream: &mut TcpStream, buf: &mut Vec<u8>) -> std::io::Result<bool> {
    buf.clear();
    let mut chunk = [0u8; 1024];
    loop {
        if let Some(head_end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
            let len: usize = head
                .lines()
                .find_map(|l| {
                    l.strip_prefix("content-length:")
                        .map(|v| v.trim().parse().unwrap_or(0))
                })
                .unwrap_or(0);
            if buf.len() >= head_end + 4 + len {
                return Ok(head.starts_with("http/1.1 200"));
            }
        }
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

async fn load(
    addr: SocketAddr,
    body: Arc<Vec<u8>>,
    keep_alive: bool,
    conns: usize,
    secs: u64,
) -> Phase {
    let template = Arc::new(Template::new(&body, keep_alive));
    let started = Instant::now();
    let until = started + Duration::from_secs(secs);
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..conns {
        let template = template.clone();
        workers.spawn(async move {
            let (mut ok, mut errors, mut lat) = (0u64, 0u64, Vec::with_capacity(1 << 16));
            let (mut req, mut resp) = (Vec::with_capacity(4096), Vec::with_capacity(1024));
            let mut stream: Option<TcpStream> = None;
            while Instant::now() < until {
                // Random like Chatwoot's SecureRandom.uuid: the dedupe index gets no help.
                template.request(&mut req, &uuid::Uuid::new_v4().to_string());
                let t0 = Instant::now();
                let s = match stream.take() {
                    Some(s) => s,
                    None => match TcpStream::connect(addr).await {
                        Ok(s) => s,
                        Err(_) => {
                            errors += 1;
                            tokio::time::sleep(Duration::from_millis(1)).await;
                            continue;
                        }
                    },
                };
                let mut s = s;
                let _ = s.set_nodelay(true);
                let result = async {
                    s.write_all(&req).await?;
                    read_response(&mut s, &mut resp).await
                }
                .await;
                match result {
                    Ok(true) => {
                        ok += 1;
                        lat.push(t0.elapsed().as_micros().min(u32::MAX as u128) as u32);
                        if keep_alive {
                            stream = Some(s);
                        }
                    }
                    _ => errors += 1,
                }
            }
            (ok, errors, lat)
        });
    }
    let mut phase = Phase {
        ok: 0,
        errors: 0,
        elapsed: Duration::ZERO,
        latencies_us: Vec::new(),
    };
    while let Some(Ok((ok, errors, lat))) = workers.join_next().await {
        phase.ok += ok;
        phase.errors += errors;
        phase.latencies_us.extend(lat);
    }
    phase.elapsed = started.elapsed();
    phase
}

async fn drive() {
    let secs: u64 = env_or("BENCH_SECS", 5);
    let conns: usize = env_or("BENCH_CONNS", 64);
    let replay_n: usize = env_or("BENCH_REPLAY", 20_000);
    let body = Arc::new(payload());
    println!(
        "listener: secret, store in a temp dir, 2 worker threads, child process; payload {} bytes; {conns} in flight; {secs} s per phase; {} cores",
        body.len(),
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0)
    );

    if std::env::var("BENCH_BASELINE").is_ok() {
        // The ceiling of this load generator on this machine: a server that stores nothing.
        let sink = spawn_child("sink");
        let addr: SocketAddr = ([127, 0, 0, 1], sink.port).into();
        load(addr, body.clone(), false, conns, secs)
            .await
            .print("baseline new connection");
        load(addr, body.clone(), true, conns, secs)
            .await
            .print("baseline keep-alive");
        sink.finish();
    }
    let server = spawn_child("server");
    let addr: SocketAddr = ([127, 0, 0, 1], server.port).into();
    // Warm up (page cache, allocator), not measured.
    let mut total = load(addr, body.clone(), true, conns, 1).await.ok;
    let own_cpu = cpu_seconds(std::process::id());
    let mut phase = load(addr, body.clone(), false, conns, secs).await;
    phase.print("new connection per request");
    total += phase.ok;
    // Let the server's TIME_WAIT sockets settle between phases.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut phase = load(addr, body.clone(), true, conns, secs).await;
    phase.print("keep-alive");
    total += phase.ok;
    let own_cpu = cpu_seconds(std::process::id()) - own_cpu;
    let (rss, cpu) = server.finish();
    println!(
        "listener peak RSS (VmHWM)     {:.1} MB",
        rss as f64 / 1024.0
    );
    println!(
        "listener CPU per delivery     {:.0} us (both phases); load generator {:.0} us per request",
        cpu * 1e6 / total.max(1) as f64,
        own_cpu * 1e6 / total.max(1) as f64
    );

    under_attack(body.clone(), secs, env_or("BENCH_ATTACK", 2500)).await;
    forward_backlog(env_or("BENCH_BACKLOG", 1500)).await;

    // Replay: stored deliveries to a sink in another process.
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path().join("replay.db")).expect("store");
    let parsed = Parsed::from_body(&body);
    let bytes = axum::body::Bytes::from(body.to_vec());
    let mut ids = Vec::with_capacity(replay_n);
    let mut inserts = tokio::task::JoinSet::new();
    for chunk in 0..(replay_n / 1000).max(1) {
        let (store, parsed, bytes) = (store.clone(), parsed.clone(), bytes.clone());
        inserts.spawn(async move {
            let mut ids = Vec::new();
            for i in 0..1000 {
                let new = NewDelivery {
                    received_at: store::now_ms(),
                    path: "/bot".into(),
                    status: 200,
                    headers: vec![("content-type".into(), "application/json".into())],
                    body: Some(bytes.clone()),
                    body_size: bytes.len() as u64,
                    delivery_id: Some(format!("r-{chunk}-{i}")),
                    signature: SignatureStatus::Valid,
                    signature_error: None,
                    timestamp_header: None,
                    parsed: parsed.clone(),
                    refusal: None,
                    forward_to: Vec::new(),
                };
                if let Ok(store::Ingest::Stored(id)) = store.insert(&new).await {
                    ids.push(id);
                }
            }
            ids
        });
    }
    while let Some(Ok(chunk)) = inserts.join_next().await {
        ids.extend(chunk);
    }
    ids.sort_unstable();
    let sink = spawn_child("sink");
    for concurrency in [16, 64] {
        let options = ReplayOptions {
            to: Some(format!("http://127.0.0.1:{}/hook", sink.port)),
            secret: Some(SECRET.into()),
            concurrency,
            ..ReplayOptions::default()
        };
        let started = Instant::now();
        let summary = listen::replay(&store, ids.clone(), options, |_| {})
            .await
            .expect("replay");
        let elapsed = started.elapsed();
        println!(
            "replay (re-signed), {concurrency:>2} at once {:>8.0} deliveries/s   ({} delivered, {} failed, {:.1} s)",
            summary.delivered as f64 / elapsed.as_secs_f64(),
            summary.delivered,
            summary.failed,
            elapsed.as_secs_f64()
        );
    }
    sink.finish();
    println!(
        "load generator + replay process peak RSS {:.1} MB",
        peak_rss_kb(std::process::id()) as f64 / 1024.0
    );
    // Export in its own process, so its memory is measured alone.
    let out = Command::new(std::env::current_exe().expect("exe"))
        .env("BENCH_ROLE", "export")
        .stderr(Stdio::inherit())
        .output()
        .expect("export child");
    print!("{}", String::from_utf8_lossy(&out.stdout));
    let _ = std::io::stdout().flush();
}

/// Keeps `n` connections from 127.0.0.2 open, each sending half a request head and then
/// nothing; a connection the listener closes is opened again at once.
fn slow_attack(addr: SocketAddr, n: usize, until: Instant) -> tokio::task::JoinSet<u64> {
    let mut attackers = tokio::task::JoinSet::new();
    for _ in 0..n {
        attackers.spawn(async move {
            let mut opened = 0u64;
            while Instant::now() < until {
                let Ok(socket) = tokio::net::TcpSocket::new_v4() else {
                    return opened;
                };
                if socket.bind(([127, 0, 0, 2], 0).into()).is_err() {
                    return opened;
                }
                let Ok(mut stream) = socket.connect(addr).await else {
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                };
                opened += 1;
                let _ = stream.write_all(b"POST /bot HTTP/1.1\r\nhost: x\r\n").await;
                let mut buf = [0u8; 256];
                let left = until.saturating_duration_since(Instant::now());
                // Until the listener closes it (or the phase ends).
                let _ = tokio::time::timeout(left, async {
                    while matches!(stream.read(&mut buf).await, Ok(n) if n > 0) {}
                })
                .await;
            }
            opened
        });
    }
    attackers
}

/// Ack latency of deliveries from 127.0.0.1 (a new connection each, 8 at once) while
/// `attack` slow connections come from 127.0.0.2.
async fn under_attack(body: Arc<Vec<u8>>, secs: u64, attack: usize) {
    let server = spawn_child("server");
    let addr: SocketAddr = ([127, 0, 0, 1], server.port).into();
    let until = Instant::now() + Duration::from_secs(secs + 2);
    let mut attackers = slow_attack(addr, attack, until);
    // Let the attack build up first.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut phase = load(addr, body, false, 8, secs).await;
    phase.print(&format!("under attack ({attack} slow)"));
    let mut opened = 0;
    while let Some(Ok(n)) = attackers.join_next().await {
        opened += n;
    }
    println!("  (the attack opened {opened} connections)");
    server.finish();
}

/// The listener's peak RSS while `n` deliveries of 64 KB wait to be forwarded to a target
/// that answers in 100 ms, 8 at a time.
async fn forward_backlog(n: usize) {
    let sink = spawn_child("slowsink");
    let server = spawn_child_with(
        "server",
        &[(
            "BENCH_FORWARD_TO",
            format!("http://127.0.0.1:{}/hook", sink.port),
        )],
    );
    let addr: SocketAddr = ([127, 0, 0, 1], server.port).into();
    let mut big = payload();
    // Pad the message content to 64 KB.
    let pad = 64 * 1024 - big.len();
    let at = big
        .windows(9)
        .position(|w| w == b"\"content\"")
        .expect("content")
        + 11;
    big.splice(at..at, std::iter::repeat_n(b'x', pad));
    let template = Arc::new(Template::new(&big, false));
    let started = Instant::now();
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut senders = tokio::task::JoinSet::new();
    for _ in 0..16 {
        let (template, next) = (template.clone(), next.clone());
        senders.spawn(async move {
            let (mut req, mut resp) = (Vec::new(), Vec::new());
            let mut ok = 0u64;
            while next.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < n {
                template.request(&mut req, &uuid::Uuid::new_v4().to_string());
                let Ok(mut s) = TcpStream::connect(addr).await else {
                    continue;
                };
                if s.write_all(&req).await.is_ok()
                    && read_response(&mut s, &mut resp).await.unwrap_or(false)
                {
                    ok += 1;
                }
            }
            ok
        });
    }
    let mut ok = 0;
    while let Some(Ok(n)) = senders.join_next().await {
        ok += n;
    }
    let elapsed = started.elapsed();
    let (rss, _) = server.finish();
    sink.finish();
    println!(
        "forward backlog: {ok} of {n} x 64 KB acknowledged in {:.1} s behind a 100 ms target; listener peak RSS {:.1} MB",
        elapsed.as_secs_f64(),
        rss as f64 / 1024.0
    );
}
