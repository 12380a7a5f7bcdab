//! The wizard's smaller promises: the plan is shown whenever it must be confirmed, a linked
//! bot stays the default on a re-run, an agent's token is asked again, and the presets print
//! what the other side can use as it is.

use serde_json::Value;

use crate::common::terminal::{strip_escapes, Terminal};
use crate::common::{stderr, TestSandbox};

#[test]
fn without_yes_the_plan_is_shown_before_exit_3() {
    let sb = TestSandbox::start();
    let out = sb
        .cmd()
        .args([
            "setup",
            "--no-input",
            "--inbox",
            "Support",
            "--webhook-url",
            "http://127.0.0.1:9/hook",
        ])
        .assert()
        .code(3);
    let err = stderr(&out);
    let plan = err
        .find("Plan:")
        .unwrap_or_else(|| panic!("no plan in:\n{err}"));
    let refusal = err.find("--yes").expect("names --yes");
    assert!(plan < refusal, "the plan comes first:\n{err}");
    assert!(
        err.contains("would create") && err.contains("Support"),
        "{err}"
    );
    assert_eq!(sb.json(&["inbox", "list"]), Value::Array(vec![]));
}

#[test]
fn a_rerun_offers_the_linked_bot_first_and_keeps_it_in_the_summary() {
    let sb = TestSandbox::start();
    let first = sb.json(&[
        "setup",
        "--no-input",
        "--yes",
        "--inbox",
        "Support",
        "--preset",
        "agent-bot",
        "--bot-url",
        "http://127.0.0.1:9/bot",
    ]);
    let bot_id = first["agent_bot_id"].to_string();
    // Another bot, listed before the linked one would be without a default.
    sb.json(&[
        "bot",
        "create",
        "--name",
        "Another",
        "--outgoing-url",
        "http://127.0.0.1:9/other",
    ]);

    let token = sb.config.admin_token.clone();
    let account = sb.account();
    let env = [
        ("CHATWOOT_API_TOKEN", token.as_str()),
        ("CHATWOOT_ACCOUNT_ID", account.as_str()),
    ];
    let mut t = Terminal::spawn(sb.home.path(), &env, &["setup", "--url", &sb.url]);
    t.expect("Which inbox?");
    t.send("\r"); // Support
    t.expect("Where should Chatwoot post this inbox's events?");
    t.send("jjjj\r"); // no inbox webhook: the agent bot gets the events
    t.expect("Link an agent bot?");
    t.expect("linked now");
    t.send("\r"); // Enter keeps the linked bot
    t.expect("outgoing URL");
    t.send("\r"); // its current URL
    t.expect("Also subscribe an account webhook");
    t.send("n");
    t.expect("for CI");
    let status = t.wait();
    let screen = strip_escapes(&t.raw());
    assert!(status.success(), "wizard failed:\n{screen}");
    assert!(
        screen.contains("Everything was already set up"),
        "nothing changed:\n{screen}"
    );
    assert!(
        screen.contains("Agent bot ID") && screen.contains("--bot 'Support bot'"),
        "the linked bot is in the summary and the CI line:\n{screen}"
    );

    // Without a terminal and without --bot the link stays, and the summary still names it.
    let again = sb.json(&[
        "setup",
        "--no-input",
        "--yes",
        "--inbox",
        "Support",
        "--no-webhook",
    ]);
    assert_eq!(again["agent_bot_id"].to_string(), bot_id, "{again:#}");
}

#[test]
fn an_agents_typed_token_is_asked_again_not_the_end() {
    let sb = TestSandbox::start();
    let agent = sb.config.agent_token.clone();
    let admin = sb.config.admin_token.clone();
    let account = sb.account();
    let mut t = Terminal::spawn(
        sb.home.path(),
        &[("CHATWOOT_ACCOUNT_ID", account.as_str())],
        &["setup", "--url", &sb.url],
    );
    t.expect("Access token");
    t.send(&format!("{agent}\r"));
    t.expect("paste an administrator's access token");
    t.expect("Access token");
    t.send(&format!("{admin}\r"));
    t.expect("administrator in account");
    t.expect("Which inbox?");
    t.send("\x03");
    let status = t.wait();
    let screen = strip_escapes(&t.raw());
    assert_eq!(status.code(), Some(130), "{screen}");
    t.assert_clean();
    assert!(
        !t.raw().contains(&agent),
        "a typed token was echoed:\n{screen}"
    );
}
