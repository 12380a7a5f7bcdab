//! Two `setup` runs at once (two CI jobs): they converge on one inbox, one bot and one link,
//! and both exit 0. A name duplicated by hand is an error naming the ids.

use std::sync::Barrier;
use std::time::Duration;

use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

use crate::common::TestSandbox;

/// Runs the same command `n` times at the same moment; all must succeed. Returns their
/// reports.
fn race_n(sb: &TestSandbox, args: &[&str], n: usize) -> Vec<Value> {
    let barrier = Barrier::new(n);
    let outputs: Vec<std::process::Output> = std::thread::scope(|scope| {
        let runs: Vec<_> = (0..n)
            .map(|_| {
                let mut cmd = sb.cmd();
                cmd.args(args).args(["-o", "json"]);
                let barrier = &barrier;
                scope.spawn(move || {
                    barrier.wait();
                    cmd.output().expect("run the binary")
                })
            })
            .collect();
        runs.into_iter().map(|r| r.join().unwrap()).collect()
    });
    outputs
        .iter()
        .map(|o| {
            assert!(
                o.status.success(),
                "{args:?} exited {:?}: {}",
                o.status.code(),
                String::from_utf8_lossy(&o.stderr)
            );
            serde_json::from_slice(&o.stdout).expect("a JSON report")
        })
        .collect()
}

fn race(sb: &TestSandbox, args: &[&str]) -> Vec<Value> {
    race_n(sb, args, 2)
}

fn named(sb: &TestSandbox, list: &[&str], name: &str) -> Vec<u64> {
    sb.json(list)
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["name"] == name)
        .map(|o| o["id"].as_u64().unwrap())
        .collect()
}

fn linked_bot(sb: &TestSandbox, inbox: u64) -> Option<u64> {
    let path = format!(
        "/api/v1/accounts/{}/inboxes/{inbox}/agent_bot",
        sb.account()
    );
    sb.json(&["api", "GET", &path])["agent_bot"]["id"].as_u64()
}

/// Whether a report says this run's creation lost and was deleted.
fn lost(report: &Value) -> bool {
    report["steps"].as_array().unwrap().iter().any(|s| {
        s["detail"]
            .as_str()
            .unwrap()
            .contains("another run created it")
    })
}

#[test]
fn two_setup_runs_at_once_leave_one_inbox_one_bot_and_one_link() {
    // Latency widens the window between a run's look-up and its create, as a busy
    // Chatwoot does: both runs then usually create.
    let sb = TestSandbox::start_with(|c| c.latency = Duration::from_millis(40));
    let mut races_seen = 0;
    for round in 0..10 {
        let name = format!("Race {round}");
        let reports = race(
            &sb,
            &[
                "setup",
                "inbox",
                "--name",
                &name,
                "--preset",
                "agent-bot",
                "--bot-url",
                "https://bot.example.com/hook",
            ],
        );
        races_seen += reports.iter().filter(|r| lost(r)).count();
        let inboxes = named(&sb, &["inbox", "list"], &name);
        assert_eq!(inboxes.len(), 1, "round {round}: inboxes {inboxes:?}");
        let bots = named(&sb, &["bot", "list"], &format!("{name} bot"));
        assert_eq!(bots.len(), 1, "round {round}: bots {bots:?}");
        assert_eq!(linked_bot(&sb, inboxes[0]), Some(bots[0]), "round {round}");
        // Both runs report the same survivors.
        for r in &reports {
            assert_eq!(
                r["inbox_id"].as_u64(),
                Some(inboxes[0]),
                "round {round}: {r}"
            );
            assert_eq!(
                r["agent_bot_id"].as_u64(),
                Some(bots[0]),
                "round {round}: {r}"
            );
        }

        // `setup bot` raced the same way, for another bot on that inbox.
        let other = format!("{name} other");
        let reports = race(
            &sb,
            &[
                "setup",
                "bot",
                "--name",
                &other,
                "--outgoing-url",
                "https://bot.example.com/other",
                "--inbox",
                &name,
            ],
        );
        races_seen += reports.iter().filter(|r| lost(r)).count();
        let bots = named(&sb, &["bot", "list"], &other);
        assert_eq!(bots.len(), 1, "round {round}: bots {bots:?}");
        assert_eq!(linked_bot(&sb, inboxes[0]), Some(bots[0]), "round {round}");
    }
    // The test is only worth something if the runs did collide.
    assert!(
        races_seen > 0,
        "in 10 rounds no two runs both created: the race was never exercised"
    );
}

#[test]
fn a_run_that_looks_mid_race_waits_for_it_instead_of_failing() {
    // A third run (three CI jobs) may look while two others are between creating their
    // twins and deleting the loser. Here the two twins are made directly, and the younger one
    // is deleted, as the losing run would, once the third run has looked.
    let sb = TestSandbox::start();
    let oldest = sb.json(&["inbox", "create", "--name", "Mid"])["id"]
        .as_u64()
        .unwrap();
    let younger = sb.json(&["inbox", "create", "--name", "Mid"])["id"].to_string();
    let lists = || {
        sb.sandbox
            .requests()
            .iter()
            .filter(|r| r.method == "GET" && r.path.ends_with("/inboxes"))
            .count()
    };
    let before = lists();
    let out = std::thread::scope(|scope| {
        let mut cmd = sb.cmd();
        cmd.args([
            "setup",
            "inbox",
            "--name",
            "Mid",
            "--webhook-url",
            "https://b.example/x",
            "-o",
            "json",
        ]);
        let run = scope.spawn(move || cmd.output().unwrap());
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while lists() == before {
            assert!(
                std::time::Instant::now() < deadline,
                "setup never listed the inboxes"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        sb.cmd()
            .args(["inbox", "delete", &younger, "--yes"])
            .assert()
            .success();
        run.join().unwrap()
    });
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["inbox_id"].as_u64(), Some(oldest));
    assert_eq!(named(&sb, &["inbox", "list"], "Mid"), [oldest]);
}

#[test]
fn a_name_duplicated_by_hand_is_an_error_naming_the_ids_and_the_fix() {
    let sb = TestSandbox::start();
    let a = sb.json(&["inbox", "create", "--name", "Twice"])["id"].clone();
    let b = sb.json(&["inbox", "create", "--name", "Twice"])["id"].clone();
    sb.cmd()
        .args([
            "setup",
            "inbox",
            "--name",
            "Twice",
            "--webhook-url",
            "https://b.example/x",
        ])
        .assert()
        .code(1)
        .stderr(
            contains(format!("2 inboxes are named 'Twice' (ids {a}, {b})"))
                .and(contains("chatwoot-bridge inbox delete"))
                .and(contains("inboxs").not()),
        );

    sb.json(&[
        "bot",
        "create",
        "--name",
        "Dup",
        "--outgoing-url",
        "https://b.example/1",
    ]);
    sb.json(&[
        "bot",
        "create",
        "--name",
        "Dup",
        "--outgoing-url",
        "https://b.example/2",
    ]);
    let inbox = a.to_string();
    sb.cmd()
        .args([
            "setup",
            "bot",
            "--name",
            "Dup",
            "--outgoing-url",
            "https://b.example/3",
            "--inbox",
            &inbox,
        ])
        .assert()
        .code(1)
        .stderr(
            contains("2 agent bots are named 'Dup'").and(contains("chatwoot-bridge bot delete")),
        );
}
