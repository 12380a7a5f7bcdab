//! `plan` and `apply` at scale: `cargo bench --bench manifest` (figures, not a timed test).
//!
//! An in-process sandbox; a manifest of 50 inboxes, 50 bots (each linked to one inbox), 20
//! webhooks, 30 labels and 10 teams (each with one member). Prints the apply from empty
//! (time, requests) and then `plan` against
//! the applied account (best of `BENCH_RUNS`, default 5, and its request count).

use std::time::{Duration, Instant};

use chatwoot_bridge::cli::GlobalArgs;
use chatwoot_bridge::context::Context;
use chatwoot_bridge::manifest::{self, apply, plan};
use chatwoot_bridge::sandbox::{Sandbox, SandboxConfig};

fn manifest_text() -> String {
    let mut t = String::new();
    for i in 0..50 {
        t.push_str(&format!(
            "[[inbox]]\nname = \"Inbox {i}\"\nwebhook_url = \"https://bot.example.com/in/{i}\"\n\n"
        ));
    }
    for i in 0..50 {
        t.push_str(&format!(
            "[[agent_bot]]\nname = \"Bot {i}\"\noutgoing_url = \"https://bot.example.com/bot/{i}\"\ninboxes = [\"Inbox {i}\"]\n\n"
        ));
    }
    for i in 0..20 {
        t.push_str(&format!(
            "[[webhook]]\nurl = \"https://hooks.example.com/{i}\"\nevents = [\"message_created\"]\n\n"
        ));
    }
    for i in 0..30 {
        t.push_str(&format!(
            "[[label]]\ntitle = \"label-{i}\"\ncolor = \"#00ff{:02x}\"\n\n",
            i
        ));
    }
    for i in 0..10 {
        t.push_str(&format!(
            "[[team]]\nname = \"team {i}\"\nmembers = [\"agent@sandbox.test\"]\n\n"
        ));
    }
    t
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let config = SandboxConfig::generated();
        let sandbox = Sandbox::new(config.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(sandbox.clone().serve(listener, std::future::pending()));

        let m = manifest::parse("bench.toml", &manifest_text(), &|_| None).expect("manifest");
        let ctx = Context::explicit(GlobalArgs::default(), &url, &config.admin_token, 1).unwrap();
        let api = ctx.api().unwrap();

        let before = sandbox.requests().len();
        let start = Instant::now();
        let p = plan::make(api, &url, &m, false).await.expect("plan");
        let outcome = apply::apply(api, &p).await;
        let took = start.elapsed();
        assert!(outcome.failed.is_none(), "apply failed");
        println!(
            "apply from empty: {} changes in {:.0} ms, {} requests (plan included)",
            outcome.done.len(),
            took.as_secs_f64() * 1000.0,
            sandbox.requests().len() - before
        );

        let mut best = Duration::MAX;
        let mut requests = 0;
        for _ in 0..runs {
            let before = sandbox.requests().len();
            let start = Instant::now();
            let p = plan::make(api, &url, &m, false).await.expect("plan");
            best = best.min(start.elapsed());
            requests = sandbox.requests().len() - before;
            assert!(!p.has_changes(), "in sync after apply");
        }
        println!(
            "plan of {} objects, in sync: best of {runs} {:.0} ms, {requests} requests \
             (profile, one list per kind, agents, one link read per inbox, one members read per team)",
            p_count(&m),
            best.as_secs_f64() * 1000.0
        );
    });
}

fn p_count(m: &manifest::Manifest) -> usize {
    m.inboxes.len()
        + m.agent_bots.len()
        + m.webhooks.len()
        + m.labels.len()
        + m.canned_responses.len()
        + m.teams.len()
}
