//! `setup` without a subcommand: the wizard, driven through a pseudo-terminal as a person
//! would use it, and its flags-only form as CI runs it.

use std::os::unix::fs::PermissionsExt;

use serde_json::Value;

use crate::common::terminal::{strip_escapes, Terminal};
use crate::common::{stderr, stdout, TestSandbox};

/// Splits the printed CI command line the way a POSIX shell would (it only uses '…' quoting).
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut in_word = false;
    for c in line.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                in_word = true;
            }
            ' ' if !quoted => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

fn config_text(sb: &TestSandbox) -> (String, u32) {
    let path = sb.config_dir().join("config.toml");
    let mode = std::fs::metadata(&path)
        .expect("config written")
        .permissions()
        .mode()
        & 0o777;
    (std::fs::read_to_string(&path).unwrap(), mode)
}

#[test]
fn a_person_walks_through_the_wizard_and_gets_a_command_line_for_ci() {
    let sb = TestSandbox::start();
    let token = sb.config.admin_token.clone();
    let mut t = Terminal::spawn(sb.home.path(), &[], &["setup", "--url", &sb.url]);

    t.expect("Access token");
    t.send("not-a-real-token\r");
    t.expect("rejected that token");
    t.expect("Access token");
    // Pasted with a space around it and an arrow key pressed: neither ends up in the token.
    t.send(&format!(" {token}\x1b[D \r"));
    t.expect("administrator in account");
    t.expect("Which inbox?");
    t.send("\r"); // the only item: create a new one
    t.expect("Name for the new inbox");
    t.send("Support desk\r");
    t.expect("Where should Chatwoot post this inbox's events?");
    t.send("jjj\r"); // LangGraph or FastAPI agent server
    t.expect("Agent server base URL");
    t.send("http://127.0.0.1:9\r");
    t.expect("Link an agent bot?");
    t.send("j\r"); // create a new one
    t.expect("Name for the new bot");
    t.send("\r"); // the offered default
    t.expect("outgoing URL");
    t.send("http://127.0.0.1:9/bot\r");
    t.expect("Also subscribe an account webhook");
    t.send("y");
    t.expect("Account webhook URL");
    t.send("http://127.0.0.1:9/crm\r");
    t.expect("Which events?");
    t.send(" \r"); // tick conversation_created besides the two ticked already
    t.expect("Plan:");
    t.expect("Apply this plan?");
    t.send("y");
    t.expect("for CI");
    let status = t.wait();
    let screen = strip_escapes(&t.raw());
    assert!(status.success(), "wizard failed:\n{screen}");
    t.assert_clean();
    for typed in [token.as_str(), "not-a-real-token"] {
        assert!(
            !t.raw().contains(typed),
            "a typed token was echoed or printed:\n{screen}"
        );
    }
    for shown in [
        "would create  Support desk",
        "created       Support desk",
        "In the agent's .env",
        "CHATWOOT_ACCOUNT_ID",
        "stored in profile 'default' for `listen`",
        "chatwoot-bridge plan --export > chatwoot.toml",
        "chatwoot-bridge apply -f chatwoot.toml --yes",
    ] {
        assert!(screen.contains(shown), "missing {shown:?} in:\n{screen}");
    }

    // Chatwoot now has what was chosen.
    let inboxes = sb.json(&["inbox", "list"]);
    let inbox = inboxes
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == "Support desk")
        .expect("inbox created");
    let webhook = "http://127.0.0.1:9/api/v1/webhook/chatwoot";
    assert_eq!(inbox["webhook_url"], webhook);
    let inbox_id = inbox["id"].as_u64().unwrap();
    let bots = sb.json(&["bot", "list"]);
    let bot = bots
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["name"] == "Support desk bot")
        .expect("bot created with the offered name");
    assert_eq!(bot["outgoing_url"], "http://127.0.0.1:9/bot");
    let hooks = sb.json(&["webhook", "list"]);
    let hook = &hooks.as_array().unwrap()[0];
    assert_eq!(hook["url"], "http://127.0.0.1:9/crm");
    let mut events: Vec<&str> = hook["subscriptions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap())
        .collect();
    events.sort_unstable();
    assert_eq!(
        events,
        [
            "conversation_created",
            "conversation_status_changed",
            "message_created"
        ]
    );

    // The profile holds the typed token and the signing secrets, readable by the owner only.
    let (config, mode) = config_text(&sb);
    assert_eq!(mode, 0o600);
    assert!(config.contains(&token), "token not saved:\n{config}");
    assert!(
        config.contains(&format!("\"inbox:{inbox_id}\"")),
        "{config}"
    );
    assert!(
        config.contains(&format!("\"bot:{}\"", bot["id"])),
        "{config}"
    );

    // The printed command line, run as CI would, finds everything in place.
    let line = screen
        .lines()
        .skip_while(|l| !l.contains("for CI"))
        .nth(1)
        .expect("a command line after the CI heading")
        .trim()
        .to_string();
    let words = shell_words(&line);
    assert_eq!(&words[..2], ["chatwoot-bridge", "setup"], "{line}");
    let out = sb
        .bare()
        .env("CHATWOOT_API_TOKEN", &token)
        .args(&words[1..])
        .assert()
        .success();
    assert!(
        stdout(&out).contains("Everything was already set up; nothing changed."),
        "{line}\n{}",
        stdout(&out)
    );
}

#[test]
fn ctrl_c_at_a_menu_changes_nothing_and_leaves_the_terminal_clean() {
    let sb = TestSandbox::start();
    let mut t = Terminal::spawn(
        sb.home.path(),
        &[("CHATWOOT_API_TOKEN", &sb.config.admin_token)],
        &["setup"],
    );
    t.expect("Chatwoot URL");
    t.send("not a url\r");
    t.expect("is not a URL");
    t.send(&format!("\x15{}/api/v1\r", sb.url));
    t.expect("Which inbox?");
    t.send("\r");
    t.expect("Name for the new inbox");
    t.send("Never made\r");
    t.expect("Where should Chatwoot post");
    t.send("\x03");
    let status = t.wait();
    assert_eq!(status.code(), Some(130), "{}", strip_escapes(&t.raw()));
    t.assert_clean();
    assert_eq!(sb.json(&["inbox", "list"]), Value::Array(vec![]));
    assert!(
        !sb.config_dir().join("config.toml").exists(),
        "the profile was written before anything was confirmed"
    );
}

#[test]
fn ctrl_c_at_the_hidden_token_prompt_gives_the_echo_back() {
    let sb = TestSandbox::start();
    let mut t = Terminal::spawn(sb.home.path(), &[], &["setup", "--url", &sb.url]);
    t.expect("Access token");
    t.send("half-a-tok\x03");
    let status = t.wait();
    assert_eq!(status.code(), Some(130), "{}", strip_escapes(&t.raw()));
    t.assert_clean();
    assert!(!t.raw().contains("half-a-tok"), "typed token was echoed");
    assert!(!sb.config_dir().join("config.toml").exists());
}

#[test]
fn without_a_terminal_each_missing_answer_names_its_flag() {
    let sb = TestSandbox::start();
    let hook = "http://127.0.0.1:9/hook";
    for (args, flag) in [
        (vec!["setup"], "--inbox"),
        (vec!["setup", "--inbox", "Support"], "--webhook-url"),
        (
            vec!["setup", "--inbox", "Support", "--preset", "agent-bot"],
            "--bot-url",
        ),
        (
            vec!["setup", "--inbox", "Support", "--webhook-url", hook],
            "--yes",
        ),
    ] {
        let out = sb.cmd().args(&args).assert().code(3);
        assert!(
            stderr(&out).contains(flag),
            "{args:?} should name {flag}: {}",
            stderr(&out)
        );
    }
    // CI=true stops it the same way even with flags that would otherwise apply.
    sb.cmd()
        .env("CI", "true")
        .args(["setup", "--inbox", "Support", "--webhook-url", hook])
        .assert()
        .code(3);
    assert_eq!(sb.json(&["inbox", "list"]), Value::Array(vec![]));

    // A dry run shows the plan and the command line and changes nothing.
    let plan = sb.json(&[
        "setup",
        "--no-input",
        "--inbox",
        "Support",
        "--webhook-url",
        hook,
        "--dry-run",
    ]);
    assert_eq!(plan["steps"][0]["action"], "created");
    assert!(plan["command"]
        .as_str()
        .unwrap()
        .contains("--inbox Support --webhook-url http://127.0.0.1:9/hook"));
    assert_eq!(sb.json(&["inbox", "list"]), Value::Array(vec![]));

    // An agent's token is refused before any question, naming what is needed.
    let out = sb
        .agent_cmd()
        .args([
            "setup",
            "--no-input",
            "--yes",
            "--inbox",
            "Support",
            "--webhook-url",
            hook,
        ])
        .assert()
        .code(4);
    assert!(stderr(&out).contains("administrator"), "{}", stderr(&out));
}

#[test]
fn flags_alone_provision_the_agent_bot_preset_idempotently() {
    let sb = TestSandbox::start();
    let args = [
        "setup",
        "--no-input",
        "--yes",
        "--inbox",
        "Support",
        "--preset",
        "agent-bot",
        "--bot-url",
        "http://127.0.0.1:9/bot",
    ];
    let first = sb.json(&args);
    let actions: Vec<&str> = first["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["created", "created", "created"], "{first:#}");
    assert_eq!(first["preset"]["name"], "agent-bot");
    let again = sb.json(&args);
    assert!(
        again["steps"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["action"] == "unchanged"),
        "{again:#}"
    );
    // The second run found the link through Chatwoot's own answer ("already linked").
    assert_eq!(again["steps"][2]["detail"], "already linked");
    let bot = sb.json(&["bot", "list"]);
    assert_eq!(bot[0]["name"], "Support bot");
    assert_eq!(first["agent_bot_id"], bot[0]["id"]);
}

#[test]
fn a_bot_picked_by_id_is_the_one_linked_even_when_its_name_is_shared() {
    let sb = TestSandbox::start();
    let url = "http://127.0.0.1:9/bot";
    for _ in 0..2 {
        sb.json(&["bot", "create", "--name", "Twin", "--outgoing-url", url]);
    }
    let second = sb.json(&["bot", "list"])[1]["id"]
        .as_u64()
        .unwrap()
        .to_string();
    let report = sb.json(&[
        "setup",
        "--no-input",
        "--yes",
        "--inbox",
        "Support",
        "--no-webhook",
        "--bot",
        &second,
    ]);
    assert_eq!(report["agent_bot_id"].as_u64().unwrap().to_string(), second);
    let link = &report["steps"][2];
    assert_eq!(link["resource"], "link");
    assert_eq!(link["action"], "created");
    // By name, the same two bots are ambiguous, and setup says which ids share it.
    let out = sb
        .cmd()
        .args([
            "setup",
            "--no-input",
            "--yes",
            "--inbox",
            "Support",
            "--bot",
            "Twin",
        ])
        .assert()
        .code(2);
    assert!(
        stderr(&out).contains("2 agent bots are named 'Twin'"),
        "{}",
        stderr(&out)
    );
}
