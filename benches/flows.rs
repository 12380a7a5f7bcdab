//! Conversation-test throughput: `cargo bench --bench flows` (figures, not a timed test).
//!
//! This process hosts the sandbox and the example bot (connected as an agent bot, as in
//! `test --sandbox`); `chatwoot-bridge test` runs as a child against it, so the CPU time
//! bash's `times` reports for that child is the runner's own. The flows: `BENCH_FLOWS`
//! (default 100) of `BENCH_TURNS` (default 3) customer turns, each followed by a `bot`
//! step, with `--jobs BENCH_JOBS` (default 8).

use std::process::Command;
use std::time::{Duration, Instant};

use chatwoot_bridge::api::{
    Api, BotInput, BotScope, ChannelInput, Client, ClientConfig, InboxInput, RetryPolicy,
};
use chatwoot_bridge::example_bot::ExampleBot;
use chatwoot_bridge::sandbox::{Sandbox, SandboxConfig};

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
    let flows: usize = env_or("BENCH_FLOWS", 100);
    let turns: usize = env_or("BENCH_TURNS", 3);
    let jobs: usize = env_or("BENCH_JOBS", 8);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let config = SandboxConfig::generated();
    let url = rt.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(Sandbox::new(config.clone()).serve(listener, std::future::pending()));
        url
    });
    let api = |token: &str| {
        Api::new(
            Client::new(ClientConfig {
                base_url: url.clone(),
                user_token: Some(token.to_string()),
                platform_token: None,
                timeout: Duration::from_secs(10),
                verbose: false,
                quiet: true,
                retry: RetryPolicy::default(),
            })
            .unwrap(),
            Some(config.account_id),
        )
    };
    let admin = api(&config.admin_token);
    rt.block_on(async {
        let socket = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let bot_url = format!("http://{}/bot", socket.local_addr().unwrap());
        let inbox = admin
            .create_inbox(&InboxInput {
                name: Some("Support bot".into()),
                channel: Some(ChannelInput {
                    kind: Some("api"),
                    ..ChannelInput::default()
                }),
                ..InboxInput::default()
            })
            .await
            .unwrap();
        let bot = admin
            .create_bot(
                BotScope::Account,
                &BotInput {
                    name: Some("Bench bot".into()),
                    outgoing_url: Some(bot_url),
                    ..BotInput::default()
                },
            )
            .await
            .unwrap();
        admin.set_inbox_bot(inbox.id, Some(bot.id)).await.unwrap();
        let bot = admin.bot(BotScope::Account, bot.id).await.unwrap();
        ExampleBot {
            chatwoot_url: url.clone(),
            account_id: config.account_id,
            access_token: bot.access_token.unwrap(),
            secret: bot.secret,
        }
        .serve(socket, std::future::pending())
        .unwrap();
    });

    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("[defaults]\ninbox = \"Support bot\"\nwithin = \"30s\"\n");
    for f in 0..flows {
        text.push_str(&format!("\n[[flow]]\nname = \"flow {f}\"\n"));
        for t in 0..turns {
            text.push_str(&format!(
                "[[flow.step]]\ncustomer = \"question {t} of flow {f}\"\n[[flow.step]]\nbot = \"demo bot\"\n"
            ));
        }
    }
    let file = dir.path().join("flows.toml");
    std::fs::write(&file, text).unwrap();
    let out = dir.path().join("report.json");

    let started = Instant::now();
    let run = Command::new("bash")
        .arg("-c")
        .arg(r#""$0" test "$1" --jobs "$2" -o json > "$3"; code=$?; times; exit $code"#)
        .arg(env!("CARGO_BIN_EXE_chatwoot-bridge"))
        .arg(&file)
        .arg(jobs.to_string())
        .arg(&out)
        .env("CHATWOOT_BASE_URL", &url)
        .env("CHATWOOT_API_TOKEN", &config.admin_token)
        .env("CHATWOOT_ACCOUNT_ID", config.account_id.to_string())
        .env("CHATWOOT_BRIDGE_CONFIG_DIR", dir.path().join("config"))
        .output()
        .expect("run bash");
    let wall = started.elapsed();
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).unwrap()).expect("JSON report");
    assert!(
        run.status.success(),
        "the run failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    // `times`: the shell's own times, then its children's ("0m0.120s 0m0.030s").
    let times = String::from_utf8_lossy(&run.stdout);
    let child = times.lines().nth(1).unwrap_or_default();
    let cpu: f64 = child.split_whitespace().map(seconds).sum();
    let steps = flows * turns * 2;
    let mut answer_ms: Vec<u64> = report["flows"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["steps"].as_array().unwrap().clone())
        .filter(|s| s["kind"] == "bot")
        .filter_map(|s| s["duration_ms"].as_u64())
        .collect();
    answer_ms.sort_unstable();
    let pct = |p: f64| answer_ms[((answer_ms.len() - 1) as f64 * p) as usize];
    println!(
        "{flows} flows x {turns} customer turns ({steps} steps), --jobs {jobs}: {} passed",
        report["passed"]
    );
    println!("  wall time        {:.2} s", wall.as_secs_f64());
    println!(
        "  runner CPU       {cpu:.2} s (user+sys), {:.2} ms per step",
        cpu * 1000.0 / steps as f64
    );
    println!(
        "  bot step waits   median {} ms, p95 {} ms, max {} ms",
        pct(0.5),
        pct(0.95),
        answer_ms.last().copied().unwrap_or_default()
    );
}

/// `0m1.234s` → 1.234.
fn seconds(t: &str) -> f64 {
    let t = t.trim_end_matches('s');
    match t.split_once('m') {
        Some((m, s)) => m.parse::<f64>().unwrap_or(0.0) * 60.0 + s.parse::<f64>().unwrap_or(0.0),
        None => t.parse().unwrap_or(0.0),
    }
}
