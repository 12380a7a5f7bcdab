//! `test`: conversation flows against the embedded sandbox with the example bot (as the
//! bot's own command after `--`), and against a running Chatwoot (an in-process sandbox
//! with the example bot connected), as a bot's CI job would run them.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

use crate::common::{bin, example_bot, free_port, stderr, stdout, Receiver, TestSandbox};

const BIN: &str = env!("CARGO_BIN_EXE_chatwoot-bridge");

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// The example bot's behaviour (src/example_bot.rs): a greeting for any message, a
/// handoff note and status open when the customer asks for a human.
const PASSING: &str = r#"
[defaults]
inbox = "Support bot"
within = "10s"

[[flow]]
name = "greets"
[[flow.step]]
customer = "hello"
[[flow.step]]
bot = "(?i)demo bot"
[[flow.step]]
status = "pending"

[[flow]]
name = "hands over to a human"
[[flow.step]]
customer = "I need a refund"
[[flow.step]]
bot = "(?i)simple questions"
[[flow.step]]
customer = "a human please"
[[flow.step]]
bot = "(?i)simple questions"
not = true
[[flow.step]]
status = "open"
"#;

/// `test FILE --sandbox --bot-url URL -- chatwoot-bridge example-bot --port P`.
fn sandboxed(dir: &Path, file: &Path, extra: &[&str]) -> assert_cmd::Command {
    let port = free_port().to_string();
    let mut cmd = bin(dir);
    cmd.arg("test")
        .arg(file)
        .args(["--sandbox", "--bot-url"])
        .arg(format!("http://127.0.0.1:{port}/webhook"))
        .args(extra)
        .args(["--", BIN, "example-bot", "--port", &port]);
    cmd
}

#[test]
fn passing_flows_against_the_sandbox_exit_0_with_a_report_of_steps_and_timings() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "flows.toml", PASSING);
    let out = sandboxed(dir.path(), &file, &[]).assert().success();
    let text = stdout(&out);
    assert!(text.contains("✓ greets"), "{text}");
    assert!(text.contains("✓ hands over to a human"), "{text}");
    assert!(
        text.contains("next message not matching /(?i)simple questions/"),
        "{text}"
    );
    assert!(text.contains("2 flow(s): 2 passed, 0 failed"), "{text}");

    let out = sandboxed(dir.path(), &file, &["-o", "json"])
        .assert()
        .success();
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["ok"], true);
    assert_eq!(json["passed"], 2);
    let steps = json["flows"][1]["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 5);
    assert!(steps.iter().all(|s| s["result"] == "passed"));
    assert!(steps[3]["arrived"]
        .as_str()
        .unwrap()
        .contains("Handing you over"));
    assert!(steps[1]["duration_ms"].as_u64().is_some());
}

#[test]
fn a_failing_bot_step_exits_12_and_names_the_step_in_the_report_and_the_junit_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "flows.toml",
        r#"[defaults]
within = "5s"

[[flow]]
name = "passes"
[[flow.step]]
customer = "hello"
[[flow.step]]
bot = "demo bot"

[[flow]]
name = "expects a welcome"
[[flow.step]]
customer = "hello"
[[flow.step]]
bot = "(?i)welcome"
[[flow.step]]
status = "open"
"#,
    );
    let junit = dir.path().join("report.xml");
    let out = sandboxed(dir.path(), &file, &["--junit", junit.to_str().unwrap()])
        .assert()
        .code(12);
    let text = stdout(&out);
    assert!(text.contains("✗ expects a welcome"), "{text}");
    assert!(text.contains("step 2 (line 16) failed"), "{text}");
    assert!(
        text.contains("expected: next message matching /(?i)welcome/"),
        "{text}"
    );
    assert!(text.contains("arrived:  \"Hi! I'm the demo bot."), "{text}");
    assert!(text.contains("transcript of conversation"), "{text}");
    assert!(text.contains("customer: hello"), "{text}");
    assert!(
        text.contains("status    conversation is open  [not run]"),
        "{text}"
    );
    assert!(
        stderr(&out).contains("1 of 2 flow(s) failed: \"expects a welcome\" at step 2 (line 16)")
    );

    // The layout people read, with timings masked (--jobs 1 keeps the ids in order).
    let out = sandboxed(dir.path(), &file, &["--jobs", "1"])
        .assert()
        .code(12);
    let timings = regex_lite::Regex::new(r"\d+\.\d\d s").unwrap();
    insta::assert_snapshot!(
        "failure_report",
        timings.replace_all(&stdout(&out), "T s").into_owned()
    );

    let xml = std::fs::read_to_string(&junit).unwrap();
    assert!(
        xml.contains(r#"tests="2" failures="1" errors="0""#),
        "{xml}"
    );
    assert!(
        xml.contains(r#"<testcase classname="flows.toml" name="passes""#),
        "{xml}"
    );
    assert!(
        xml.contains(r#"<failure message="step 2 `bot` (line 16): expected next message matching /(?i)welcome/"#),
        "{xml}"
    );
    assert!(xml.contains("customer: hello"), "{xml}");
}

#[test]
fn a_bot_that_never_answers_fails_the_step_when_its_time_is_up() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "flows.toml",
        r#"[[flow]]
name = "waits for an answer"
[[flow.step]]
customer = "hello?"
[[flow.step]]
bot = "."
within = "1s"
"#,
    );
    // A bot that takes its deliveries and never writes back, started by the caller.
    let bot = Receiver::start(&[]);
    let out = bin(dir.path())
        .arg("test")
        .arg(&file)
        .args(["--sandbox", "--bot-url"])
        .arg(format!("{}/bot", bot.url))
        .assert()
        .code(12);
    // Without a command, the settings a bot needs are printed for the caller.
    assert!(
        stderr(&out).contains("export CHATWOOT_API_TOKEN="),
        "{}",
        stderr(&out)
    );
    assert!(bot
        .at("/bot")
        .iter()
        .any(|r| r.event() == "message_created"));
    let text = stdout(&out);
    assert!(
        text.contains("expected: next message matching /./ within 1.0 s"),
        "{text}"
    );
    assert!(
        text.contains("arrived:  nothing (conversation 1 is pending)"),
        "{text}"
    );
}

#[test]
fn many_flows_run_in_parallel_each_in_its_own_conversation() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("[defaults]\nwithin = \"20s\"\n");
    for i in 0..24 {
        text.push_str(&format!(
            "\n[[flow]]\nname = \"flow {i}\"\n[[flow.step]]\ncustomer = \"hello {i}\"\n[[flow.step]]\nbot = \"demo bot\"\n[[flow.step]]\ncustomer = \"again {i}\"\n[[flow.step]]\nbot = \"demo bot\"\n"
        ));
    }
    let file = write(dir.path(), "many.toml", &text);
    let out = sandboxed(dir.path(), &file, &["--jobs", "8", "-o", "json"])
        .assert()
        .success();
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["passed"], 24);
    let mut conversations: Vec<u64> = json["flows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["conversation_id"].as_u64().unwrap())
        .collect();
    conversations.sort();
    conversations.dedup();
    assert_eq!(
        conversations.len(),
        24,
        "every flow has its own conversation"
    );
}

#[test]
fn the_bot_command_gets_the_sandbox_settings_and_is_stopped_at_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "flows.toml",
        "[[flow]]\nname = \"one\"\n[[flow.step]]\ncustomer = \"hi\"\n[[flow.step]]\nbot = \"demo bot\"\n",
    );
    let env_file = dir.path().join("env.txt");
    let pid_file = dir.path().join("pid.txt");
    let port = free_port().to_string();
    let script = format!(
        "env > '{}'; echo $$ > '{}'; exec '{BIN}' example-bot --port {port}",
        env_file.display(),
        pid_file.display()
    );
    bin(dir.path())
        .arg("test")
        .arg(&file)
        .args(["--sandbox", "--bot-url"])
        .arg(format!("http://127.0.0.1:{port}/"))
        .args(["--", "sh", "-c", &script])
        .assert()
        .success();
    let env = std::fs::read_to_string(&env_file).unwrap();
    let var = |name: &str| {
        env.lines()
            .find_map(|l| l.strip_prefix(&format!("{name}=")))
            .unwrap_or_else(|| panic!("{name} not in the bot's environment:\n{env}"))
            .to_string()
    };
    assert!(var("CHATWOOT_BASE_URL").starts_with("http://127.0.0.1:"));
    assert_eq!(var("CHATWOOT_API_URL"), var("CHATWOOT_BASE_URL"));
    assert_eq!(var("CHATWOOT_ACCOUNT_ID"), "1");
    assert!(var("CHATWOOT_API_TOKEN").len() >= 20);
    assert!(var("CHATWOOT_WEBHOOK_SECRET").len() >= 20);
    let pid = std::fs::read_to_string(&pid_file)
        .unwrap()
        .trim()
        .to_string();
    assert!(
        !alive(&pid),
        "the bot command {pid} still runs after the test run"
    );
}

fn alive(pid: &str) -> bool {
    std::process::Command::new("kill")
        .args(["-0", pid])
        .stderr(Stdio::null())
        .status()
        .unwrap()
        .success()
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn ctrl_c_stops_the_bot_command_and_exits_130() {
    interrupted_run_stops_the_bot("-INT");
}

#[test]
fn a_cancelled_ci_job_sigterm_stops_the_bot_command_too() {
    interrupted_run_stops_the_bot("-TERM");
}

fn interrupted_run_stops_the_bot(signal: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "flows.toml",
        "[[flow]]\nname = \"one\"\n[[flow.step]]\ncustomer = \"hi\"\n",
    );
    let pid_file = dir.path().join("pid.txt");
    // The bot never listens, so the run waits for it until interrupted.
    let script = format!("echo $$ > '{}'; exec sleep 600", pid_file.display());
    let mut child = std::process::Command::new(BIN)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("CHATWOOT_BRIDGE_CONFIG_DIR", dir.path().join("config"))
        .arg("test")
        .arg(&file)
        .args(["--sandbox", "--bot-url", &crate::common::dead_url()])
        .args(["--", "sh", "-c", &script])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for("the bot command to start", || {
        std::fs::read_to_string(&pid_file).is_ok_and(|p| !p.trim().is_empty())
    });
    let bot = std::fs::read_to_string(&pid_file)
        .unwrap()
        .trim()
        .to_string();
    assert!(alive(&bot));
    std::process::Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    assert!(!alive(&bot), "the bot command {bot} survived {signal}");
}

#[test]
fn a_malformed_flow_file_is_exit_2_with_file_line_and_problem() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "flows.toml",
        "[[flow]]\nname = \"a\"\n[[flow.step]]\ncustomer = \"hi\"\n[[flow.step]]\nbot = \"(unclosed\"\n",
    );
    bin(dir.path())
        .arg("test")
        .arg(&file)
        .args(["--sandbox", "--bot-url", "http://127.0.0.1:9/"])
        .assert()
        .code(2)
        .stderr(contains("flows.toml:6: `bot` is not a regular expression"));
    let file = write(
        dir.path(),
        "typo.toml",
        "[[flow]]\nname = \"a\"\n[[flow.step]]\ncustomer = \"hi\"\n\n[[flow.step]]\nbott = \"x\"\n",
    );
    bin(dir.path())
        .arg("test")
        .arg(&file)
        .assert()
        .code(2)
        .stderr(contains("typo.toml:7: unknown field `bott`"));
    let file = write(
        dir.path(),
        "first.toml",
        "[[flow]]\nname = \"a\"\n[[flow.step]]\nstatus = \"open\"\n",
    );
    bin(dir.path())
        .arg("test")
        .arg(&file)
        .assert()
        .code(2)
        .stderr(contains(
            "first.toml:4: flow \"a\" starts with `status`: the first step must be `customer`",
        ));
}

#[test]
fn against_a_running_chatwoot_flows_use_the_connected_bot_and_record_round_trips() {
    let sb = TestSandbox::start();
    sb.json(&[
        "setup",
        "inbox",
        "--name",
        "Support bot",
        "--webhook-url",
        "https://bot.example.com/inbox",
    ]);
    let _bot = example_bot(&sb, "Demo", "Support bot");
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "receipt.txt", "order 1234\n");
    let file = write(
        dir.path(),
        "flows.toml",
        &format!(
            "{PASSING}\n[[flow]]\nname = \"sends a file\"\n[[flow.step]]\ncustomer = \"my receipt\"\nattach = \"receipt.txt\"\n[[flow.step]]\nbot = \"demo bot\"\n"
        ),
    );
    let out = sb
        .cmd()
        .arg("test")
        .arg(&file)
        .args(["--keep", "-o", "json"])
        .assert()
        .success();
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["passed"], 3);
    let conversation = |i: usize| json["flows"][i]["conversation_id"].as_u64().unwrap();
    // --keep: the handoff stays open; the file went in with the customer's message.
    let handed_over = sb.json(&["conversation", "show", &conversation(1).to_string()]);
    assert_eq!(handed_over["conversation"]["status"], "open");
    let messages = sb.json(&["conversation", "show", &conversation(2).to_string()]);
    let with_file = messages["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["content"] == "my receipt")
        .expect("the customer's message");
    assert_eq!(with_file["attachments"].as_array().unwrap().len(), 1);

    // Without --keep, the conversations end resolved.
    let out = sb
        .cmd()
        .arg("test")
        .arg(&file)
        .args(["-o", "json"])
        .assert()
        .success();
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let id = json["flows"][1]["conversation_id"].to_string();
    assert_eq!(
        sb.json(&["conversation", "show", &id])["conversation"]["status"],
        "resolved"
    );

    // The kept handoff, recorded, is a flow file that passes.
    let out = sb
        .cmd()
        .args(["test", "--record", &conversation(1).to_string()])
        .assert()
        .success();
    let recorded = stdout(&out);
    assert!(
        recorded.contains("customer = \"I need a refund\""),
        "{recorded}"
    );
    assert!(
        recorded.contains(r"bot = '^Handing you over to a human agent now\.$'"),
        "{recorded}"
    );
    assert!(recorded.contains("status = \"open\""), "{recorded}");
    let replayed = write(dir.path(), "recorded.toml", &recorded);
    sb.cmd()
        .arg("test")
        .arg(&replayed)
        .assert()
        .success()
        .stdout(contains("1 flow(s): 1 passed"));
}

#[test]
fn the_python_example_bot_passes_its_own_flows() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/python-bot");
    let dir = tempfile::tempdir().unwrap();
    let port = free_port().to_string();
    bin(dir.path())
        .env("PORT", &port)
        .arg("test")
        .arg(root.join("flows.toml"))
        .args(["--sandbox", "--bot-url"])
        .arg(format!("http://127.0.0.1:{port}/"))
        .arg("--")
        .arg("python3")
        .arg(root.join("main.py"))
        .assert()
        .success()
        .stdout(
            contains("3 flow(s): 3 passed, 0 failed")
                .and(contains("✓  3. label         label \"refund\" present"))
                .and(contains("✓  3. private_note  next private note matching")),
        );
}

#[test]
fn a_command_after_double_dash_needs_the_sandbox() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "f.toml", PASSING);
    bin(dir.path())
        .arg("test")
        .arg(&file)
        .args(["--", "python3", "main.py"])
        .assert()
        .code(2)
        .stderr(contains("--sandbox").and(contains("required")));
}

#[test]
fn record_from_a_missing_event_store_says_where_it_looked() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nothing.sqlite");
    bin(dir.path())
        .args(["test", "--record", "4", "--from-store", "--store"])
        .arg(&missing)
        .assert()
        .code(2)
        .stderr(contains("no event store at").and(contains("nothing.sqlite")));
}

#[test]
fn inbox_mode_wires_the_bot_as_the_inbox_webhook() {
    let dir = tempfile::tempdir().unwrap();
    // No agent bot: conversations start open, and the bot answers with the admin's token.
    let file = write(
        dir.path(),
        "flows.toml",
        "[[flow]]\nname = \"one\"\n[[flow.step]]\ncustomer = \"hi\"\n[[flow.step]]\nbot = \"demo bot\"\n[[flow.step]]\nstatus = \"open\"\nwithin = \"1s\"\n",
    );
    let out = sandboxed(dir.path(), &file, &["--mode", "inbox", "-o", "json"])
        .assert()
        .success();
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["flows"][0]["steps"][2]["arrived"], "status open");
    bin(dir.path())
        .arg("test")
        .arg(&file)
        .args(["--mode", "inbox"])
        .assert()
        .code(2)
        .stderr(contains("--sandbox"));
}
