//! Spinners: on a terminal only, after a second of waiting, never with NO_COLOR, and their
//! line is erased before anything else is printed.

use std::time::Duration;

use crate::common::terminal::Terminal;
use crate::common::{stderr, stdout, TestSandbox};

/// Erase-line, as a spinner clears itself.
const CLEAR: &str = "\r\x1b[2K";

/// Every request takes 300 ms, so `send --as-customer` (5 requests) waits over a second.
fn slow_sandbox_with_an_inbox() -> TestSandbox {
    let sb = TestSandbox::start_with(|c| c.latency = Duration::from_millis(300));
    sb.json(&["inbox", "create", "--name", "Support"]);
    sb
}

const SEND: &[&str] = &["send", "--inbox", "Support", "--as-customer", "hello"];

/// What the binary writes to a pseudo-terminal (stdout and stderr) while it runs `args`.
fn on_terminal(sb: &TestSandbox, args: &[&str], no_color: bool) -> String {
    let url = sb.url.clone();
    let account = sb.account();
    let mut env = vec![
        ("CHATWOOT_BASE_URL", url.as_str()),
        ("CHATWOOT_API_TOKEN", sb.config.admin_token.as_str()),
        ("CHATWOOT_ACCOUNT_ID", account.as_str()),
    ];
    if no_color {
        env.push(("NO_COLOR", "1"));
    }
    let mut t = Terminal::spawn(sb.home.path(), &env, args);
    let status = t.wait();
    assert!(status.success(), "{}", t.raw());
    t.raw()
}

#[test]
fn a_long_wait_shows_a_spinner_on_a_terminal_and_clears_its_line() {
    let sb = slow_sandbox_with_an_inbox();
    let screen = on_terminal(&sb, SEND, false);
    assert!(
        screen.contains("Writing in as a test customer (1s)"),
        "{screen:?}"
    );
    // The last frame is erased before the result is printed.
    let last_frame = screen.rfind("Writing in as a test customer").unwrap();
    let rest = &screen[last_frame..];
    let result = rest.find("Conversation ").expect("the result is printed");
    assert!(rest[..result].ends_with(CLEAR), "{rest:?}");
}

#[test]
fn no_spinner_without_a_terminal_or_with_no_color() {
    let sb = slow_sandbox_with_an_inbox();
    // Not a terminal: stderr is a pipe here, and NO_COLOR is not set.
    let out = sb
        .cmd()
        .env_remove("NO_COLOR")
        .args(SEND)
        .assert()
        .success();
    let err = stderr(&out);
    assert!(!err.contains('\x1b') && !err.contains('\r'), "{err:?}");
    assert!(stdout(&out).starts_with("Conversation "));
    // A terminal, but NO_COLOR: nothing drawn either.
    let screen = on_terminal(&sb, SEND, true);
    assert!(
        !screen.contains("Writing in") && !screen.contains('\x1b'),
        "{screen:?}"
    );
}
