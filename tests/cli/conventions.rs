//! The conventions every command shares: one event list, dates, colour, help and output.

use crate::common::{bin, dead_url, stdout, TestSandbox};

/// A typo in an event name is a usage error that names the likely event, wherever an event
/// is taken, before anything starts (a listener filtering on a typo would print nothing).
#[test]
fn every_event_argument_rejects_a_typo_with_a_suggestion() {
    let home = tempfile::tempdir().unwrap();
    let store = home.path().join("events.sqlite");
    let store = store.to_str().unwrap();
    let cases: [&[&str]; 9] = [
        &[
            "listen",
            "--port",
            "0",
            "--store",
            store,
            "--events",
            "mesage_created",
        ],
        &[
            "tail",
            "--store",
            store,
            "--events",
            "message_created,mesage_created",
        ],
        &[
            "tail",
            "--store",
            store,
            "--follow",
            "--event",
            "mesage_created",
        ],
        &[
            "events",
            "list",
            "--store",
            store,
            "--events",
            "mesage_created",
        ],
        &[
            "events",
            "export",
            "--store",
            store,
            "--events",
            "mesage_created",
        ],
        &["replay", "--store", store, "--events", "mesage_created"],
        &["trigger", "mesage_created", "--print"],
        &[
            "webhook",
            "create",
            "--url",
            "http://127.0.0.1:9/x",
            "--events",
            "mesage_created",
        ],
        &[
            "setup",
            "--account-webhook",
            "http://127.0.0.1:9/x",
            "--events",
            "mesage_created",
        ],
    ];
    for args in cases {
        let out = bin(home.path()).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("unknown event 'mesage_created' for ")
                && err.contains(": did you mean 'message_created'?"),
            "{args:?}: {err}"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    assert!(
        !std::path::Path::new(store).exists(),
        "no store was created"
    );
}

/// Account webhooks cannot subscribe to the two events Chatwoot sends agent bots only.
#[test]
fn webhooks_refuse_the_agent_bot_only_events() {
    let home = tempfile::tempdir().unwrap();
    let out = bin(home.path())
        .args(["webhook", "create", "--url", "http://127.0.0.1:9/x"])
        .args(["--events", "message_created,conversation_opened"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("agent bots only"), "{err}");
}

/// A conversation in a fresh sandbox, from a test customer (no webhook needed).
fn a_conversation(sb: &TestSandbox) -> String {
    sb.json(&[
        "setup",
        "inbox",
        "--name",
        "Support",
        "--webhook-url",
        &dead_url(),
    ]);
    sb.json(&[
        "send",
        "--inbox",
        "Support",
        "--as-customer",
        "hello",
        "--contact",
        "cust-1",
    ])["conversation_id"]
        .to_string()
}

/// Times that do not exist or have passed are refused before anything changes; a valid one
/// is shown to people in local time with its date, and kept ISO 8601 UTC in JSON.
#[test]
fn snooze_refuses_impossible_and_past_times_and_shows_local_time() {
    let sb = TestSandbox::start();
    let id = a_conversation(&sb);
    for (until, why) in [
        ("2027-02-31T10:00:00Z", "2027-02-31"),
        ("2027-02-10T10:00:61Z", "2027-02-10T10:00:61Z"),
        ("2020-01-01T10:00:00Z", "in the past"),
    ] {
        let out = sb
            .cmd()
            .args(["snooze", &id, "--until", until])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{until}: {err}");
        assert!(err.contains(why), "{until}: {err}");
    }
    let shown = sb.json(&["conversation", "show", &id]);
    assert_eq!(
        shown["conversation"]["status"], "open",
        "nothing was snoozed"
    );

    let out = sb
        .cmd()
        .env("TZ", "Asia/Tokyo")
        .args(["snooze", &id, "--until", "2099-06-20T10:00:00Z"])
        .assert()
        .success();
    let text = stdout(&out);
    assert!(
        text.contains("until 2099-06-20 19:00:00 JST (in "),
        "local time with its date: {text}"
    );
    sb.cmd().args(["reopen", &id]).assert().success();
    let json = sb.json(&["snooze", &id, "--until", "2099-06-20T10:00:00Z"]);
    assert_eq!(json["payload"]["snoozed_until"], "2099-06-20T10:00:00.000Z");
}

/// `--since` takes only times that exist.
#[test]
fn since_refuses_a_time_that_does_not_exist() {
    let home = tempfile::tempdir().unwrap();
    let out = bin(home.path())
        .args(["events", "list", "--since", "2026-06-20T10:00:61Z"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("not a valid time"), "{err}");
}

/// An event store holding these (received_at ms, path, body) deliveries, ids from 1.
pub fn seed_store(path: &std::path::Path, deliveries: &[(i64, &str, &[u8])]) {
    use chatwoot_bridge::store::{NewDelivery, Parsed, SignatureStatus, Store};
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let store = Store::open(path).unwrap();
        for (i, (at, where_, body)) in deliveries.iter().enumerate() {
            store
                .insert(&NewDelivery {
                    received_at: *at,
                    path: where_.to_string(),
                    status: 200,
                    headers: vec![
                        ("content-type".into(), "application/json".into()),
                        ("x-chatwoot-delivery".into(), format!("delivery-{i}")),
                    ],
                    body: Some(body.to_vec().into()),
                    body_size: body.len() as u64,
                    delivery_id: Some(format!("delivery-{i}")),
                    signature: SignatureStatus::Valid,
                    signature_error: None,
                    timestamp_header: Some((at / 1000).to_string()),
                    parsed: Parsed::from_body(body),
                    refusal: None,
                    forward_to: Vec::new(),
                })
                .await
                .unwrap();
        }
        store.flush().await.unwrap();
    });
}

pub const MESSAGE: &[u8] = br#"{"event":"message_created","id":99,"content":"Where is my order?","message_type":"incoming","inbox":{"id":3,"name":"Support"},"conversation":{"id":7,"inbox_id":3},"sender":{"id":5,"name":"Jane","type":"contact"},"account":{"id":1,"name":"Acme"}}"#;

/// `events show -o json` gives the body as JSON, so `--jq .body.x` reaches into it; the exact
/// text stays in `body_raw`.
#[test]
fn events_show_gives_the_parsed_body_and_the_raw_text() {
    let home = tempfile::tempdir().unwrap();
    let store = home.path().join("events.sqlite");
    seed_store(&store, &[(1_781_949_600_000, "/inbox", MESSAGE)]);
    let out = bin(home.path())
        .args(["events", "show", "1", "--store"])
        .arg(&store)
        .args(["--jq", ".body.conversation.id, .body.content"])
        .assert()
        .success();
    assert_eq!(stdout(&out), "7\nWhere is my order?\n");
    let out = bin(home.path())
        .args(["events", "show", "1", "--store"])
        .arg(&store)
        .args(["--jq", ".body_raw"])
        .assert()
        .success();
    assert_eq!(
        stdout(&out),
        format!("{}\n", String::from_utf8_lossy(MESSAGE))
    );
}

/// A bare number is not an age; a prune asks first, and without a terminal needs --yes.
#[test]
fn events_prune_needs_a_unit_and_a_confirmation() {
    let home = tempfile::tempdir().unwrap();
    let store = home.path().join("events.sqlite");
    let day = 86_400_000;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    seed_store(
        &store,
        &[
            (now - 40 * day, "/inbox", MESSAGE),
            (now, "/inbox", MESSAGE),
        ],
    );
    let prune = |args: &[&str]| {
        bin(home.path())
            .args(["events", "prune", "--store"])
            .arg(&store)
            .args(args)
            .output()
            .unwrap()
    };
    let out = prune(&["--older-than", "30"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("write 30d for days"), "{err}");

    let out = prune(&["--older-than", "30d"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("--yes"), "{err}");
    let listed = |home: &std::path::Path| -> usize {
        let out = bin(home)
            .args(["events", "list", "-q", "--store"])
            .arg(&store)
            .assert()
            .success();
        stdout(&out).lines().count()
    };
    assert_eq!(listed(home.path()), 2, "nothing deleted without --yes");

    let out = prune(&["--older-than", "30d", "--yes", "-o", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["pruned"], 1);
    assert_eq!(listed(home.path()), 1);
}

/// `tail --follow` on an empty store says it is waiting instead of looking hung.
#[test]
fn tail_follow_on_an_empty_store_says_it_is_waiting() {
    use std::io::{BufRead, BufReader};
    let home = tempfile::tempdir().unwrap();
    let store = home.path().join("events.sqlite");
    seed_store(&store, &[]);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("chatwoot-bridge"))
        .args(["tail", "--follow", "--store"])
        .arg(&store)
        .env_clear()
        .env("HOME", home.path())
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let err = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(err).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx.recv_timeout(std::time::Duration::from_secs(30));
    let _ = child.kill();
    let _ = child.wait();
    let line = line.expect("tail --follow said nothing on stderr within 30 s");
    assert!(line.contains("waiting for new ones"), "{line:?}");
}

/// Every flag and argument of every command says what it is for in `--help`.
#[test]
fn every_argument_has_help() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if arg.is_hide_set() || id == "help" || id == "version" {
                continue;
            }
            if arg
                .get_help()
                .is_none_or(|h| h.to_string().trim().is_empty())
            {
                missing.push(format!("{path} {id}"));
            }
        }
        for sub in cmd.get_subcommands() {
            if sub.get_name() != "help" {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
    }
    let mut missing = Vec::new();
    walk(
        &chatwoot_bridge::cli::Cli::command(),
        "chatwoot-bridge",
        &mut missing,
    );
    assert!(
        missing.is_empty(),
        "arguments without help:\n{}",
        missing.join("\n")
    );
}

/// `--env-file` reads a project's `.env`; what the environment sets wins over the file.
#[test]
fn env_file_fills_in_settings_and_the_environment_wins() {
    let sb = TestSandbox::start();
    let env = sb.home.path().join(".env");
    std::fs::write(
        &env,
        format!(
            "# the bot's settings\nexport CHATWOOT_BASE_URL={}\nCHATWOOT_API_TOKEN=\"{}\"\nCHATWOOT_ACCOUNT_ID={}\n",
            sb.url,
            sb.config.admin_token,
            sb.account()
        ),
    )
    .unwrap();
    sb.bare()
        .args(["inbox", "list", "-o", "json", "--env-file"])
        .arg(&env)
        .assert()
        .success();
    // Without the flag nothing is read from it.
    sb.bare().args(["inbox", "list"]).assert().code(4);
    // The environment wins: a wrong token there is used, and rejected.
    sb.bare()
        .env("CHATWOOT_API_TOKEN", "wrong-token")
        .args(["inbox", "list", "--env-file"])
        .arg(&env)
        .assert()
        .code(4);
    let out = sb
        .bare()
        .args(["inbox", "list", "--env-file", "/nonexistent/.env"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read --env-file"));
}

/// Subcommand help lists the command's own options apart from the global ones, and
/// `completions --help` says how to install the scripts.
#[test]
fn help_sets_global_options_apart_and_explains_completions() {
    let home = tempfile::tempdir().unwrap();
    let out = bin(home.path()).args(["tail", "--help"]).assert().success();
    let help = stdout(&out);
    let (own, global) = help.split_once("Global options:").expect(&help);
    assert!(
        own.contains("--follow") && !own.contains("--profile"),
        "{help}"
    );
    assert!(
        global.contains("--profile") && global.contains("--env-file"),
        "{help}"
    );
    let out = bin(home.path())
        .args(["completions", "--help"])
        .assert()
        .success();
    let help = stdout(&out);
    for shell in ["bash:", "zsh:", "fish:", "powershell:", "elvish:"] {
        assert!(help.contains(shell), "{help}");
    }
    // --lines still works for scripts written before --limit.
    let store = home.path().join("events.sqlite");
    seed_store(&store, &[(1_781_949_600_000, "/inbox", MESSAGE)]);
    for flag in ["--limit", "--lines", "-n"] {
        for cmd in [&["tail"][..], &["events", "list"][..]] {
            bin(home.path())
                .args(cmd)
                .args([flag, "1", "-q", "--store"])
                .arg(&store)
                .assert()
                .success()
                .stdout("1\n");
        }
    }
}

/// The tool's own colours follow the rule clap's help follows: CLICOLOR_FORCE colours even a
/// pipe, TERM=dumb and NO_COLOR keep a terminal plain.
#[cfg(unix)]
#[test]
fn colours_follow_clicolor_force_term_dumb_and_no_color() {
    use crate::common::terminal::Terminal;
    let sb = TestSandbox::start();
    let doctor = |env: &[(&str, &str)]| {
        let mut cmd = sb.cmd();
        cmd.env_remove("NO_COLOR").arg("doctor");
        for (k, v) in env {
            cmd.env(k, v);
        }
        String::from_utf8_lossy(&cmd.output().unwrap().stdout).into_owned()
    };
    let piped = doctor(&[]);
    assert!(
        piped.contains("PASS") && !piped.contains('\x1b'),
        "{piped:?}"
    );
    let forced = doctor(&[("CLICOLOR_FORCE", "1")]);
    assert!(forced.contains("\x1b[32mPASS\x1b[0m"), "{forced:?}");
    let forced_but_no_color = doctor(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]);
    assert!(
        !forced_but_no_color.contains('\x1b'),
        "{forced_but_no_color:?}"
    );

    let on_terminal = |term: &str| {
        let account = sb.account();
        let env = [
            ("CHATWOOT_BASE_URL", sb.url.as_str()),
            ("CHATWOOT_API_TOKEN", sb.config.admin_token.as_str()),
            ("CHATWOOT_ACCOUNT_ID", account.as_str()),
            ("TERM", term),
        ];
        let mut t = Terminal::spawn(sb.home.path(), &env, &["doctor"]);
        t.wait();
        t.raw()
    };
    assert!(
        on_terminal("xterm").contains("\x1b[32mPASS"),
        "colour on a terminal"
    );
    let dumb = on_terminal("dumb");
    assert!(
        dumb.contains("PASS") && !dumb.contains("\x1b[32m"),
        "{dumb:?}"
    );
}

/// Tables fit COLUMNS (a terminal's width); in a pipe without it, one line per row.
#[test]
fn tables_fit_the_width_they_are_given() {
    let sb = TestSandbox::start();
    let long = "An inbox with a name long enough to need wrapping somewhere";
    sb.json(&["inbox", "create", "--name", long]);
    let out = sb.cmd().args(["inbox", "list"]).assert().success();
    let text = stdout(&out);
    assert!(text.lines().any(|l| l.contains(long)), "{text}");
    let out = sb
        .cmd()
        .env("COLUMNS", "50")
        .args(["inbox", "list"])
        .assert()
        .success();
    let text = stdout(&out);
    assert!(text.lines().all(|l| l.chars().count() <= 50), "{text}");
    assert!(text.contains("An inbox with"), "{text}");
}

/// Volatile text in table output (ports, tokens, generated names, times) made stable.
fn stable(text: &str) -> String {
    let rules = [
        (r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]"),
        (r"\b\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\b", "[TIME]"),
        (r"\b[A-Za-z0-9]{24}\b", "[TOKEN]"),
        (
            r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b",
            "[UUID]",
        ),
        (r"/tmp/[^/ ]+/", "[HOME]/"),
        (r"\b\d+ (s|min|h|d) ago\b", "[AGO]"),
        (r"\(\d+ ms\)", "([MS])"),
    ];
    let mut out = text.to_string();
    for (pattern, with) in rules {
        out = regex_lite::Regex::new(pattern)
            .unwrap()
            .replace_all(&out, with)
            .into_owned();
    }
    out
}

/// The main list and show tables, as people see them (golden files, like `--help`).
#[test]
fn table_output_snapshots() {
    let sb = TestSandbox::start();
    let rx = crate::common::Receiver::start(&[]);
    let table = |args: &[&str]| {
        let out = sb.cmd().env("COLUMNS", "100").args(args).output().unwrap();
        stable(&String::from_utf8_lossy(&out.stdout))
    };
    sb.json(&[
        "setup",
        "inbox",
        "--name",
        "Support",
        "--webhook-url",
        &format!("{}/inbox", rx.url),
    ]);
    sb.json(&[
        "bot",
        "create",
        "--name",
        "Order bot",
        "--outgoing-url",
        &format!("{}/bot", rx.url),
    ]);
    sb.json(&[
        "webhook",
        "create",
        "--url",
        &format!("{}/crm", rx.url),
        "--events",
        "message_created,conversation_created",
        "--name",
        "CRM",
    ]);
    sb.json(&[
        "send",
        "--inbox",
        "Support",
        "--as-customer",
        "Where is my order?",
        "--contact",
        "cust-1",
    ]);
    // The sandbox names new contacts at random, as Chatwoot does: give this one a fixed name.
    let contact = format!("/api/v1/accounts/{}/contacts/1", sb.account());
    sb.cmd()
        .args(["api", "PUT", &contact, "-f", "name=Jane Doe"])
        .assert()
        .success();
    insta::assert_snapshot!("inbox_list", table(&["inbox", "list"]));
    insta::assert_snapshot!("inbox_show", table(&["inbox", "show", "Support"]));
    insta::assert_snapshot!("bot_list", table(&["bot", "list"]));
    insta::assert_snapshot!("webhook_list", table(&["webhook", "list"]));
    insta::assert_snapshot!("conversation_list", table(&["conversation", "list"]));
    insta::assert_snapshot!("conversation_show", table(&["conversation", "show", "1"]));
    insta::assert_snapshot!("doctor", table(&["doctor"]));

    let home = tempfile::tempdir().unwrap();
    let store = home.path().join("events.sqlite");
    seed_store(
        &store,
        &[
            (1_781_949_600_000, "/inbox", MESSAGE),
            (1_781_949_660_000, "/bot", MESSAGE),
        ],
    );
    let events = |args: &[&str]| {
        let out = bin(home.path())
            .env("TZ", "UTC")
            .args(args)
            .arg("--store")
            .arg(&store)
            .assert()
            .success();
        stdout(&out)
    };
    insta::assert_snapshot!("events_list", events(&["events", "list"]));
    insta::assert_snapshot!("events_show", events(&["events", "show", "1"]));
}
