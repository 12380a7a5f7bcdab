//! What `setup inbox --preset` prints for the other side is usable as printed.

use crate::common::{stdout, TestSandbox};

#[test]
fn the_langgraph_preset_prints_env_lines_to_paste() {
    let sb = TestSandbox::start();
    let out = sb
        .cmd()
        .args([
            "setup",
            "inbox",
            "--name",
            "Agent",
            "--preset",
            "langgraph",
            "--server",
            "https://agent.example.com",
        ])
        .assert()
        .success();
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    for wanted in [
        format!("CHATWOOT_API_URL={}", sb.url),
        format!("CHATWOOT_ACCOUNT_ID={}", sb.account()),
        "CHATWOOT_API_TOKEN=".to_string(),
    ] {
        assert!(
            lines.contains(&wanted.as_str()),
            "no line {wanted:?} to paste in:\n{text}"
        );
    }
    assert!(
        !text.contains(&sb.config.admin_token),
        "a token was printed:\n{text}"
    );
}

#[test]
fn the_agent_bot_preset_names_the_bots_own_token_and_secret() {
    let sb = TestSandbox::start();
    let report = sb.json(&[
        "setup",
        "inbox",
        "--name",
        "Support",
        "--preset",
        "agent-bot",
        "--bot-url",
        "https://bot.example.com/cw",
    ]);
    let bot = report["agent_bot_id"].as_u64().expect("a bot was linked");
    let out = sb
        .cmd()
        .args([
            "setup",
            "inbox",
            "--name",
            "Support",
            "--preset",
            "agent-bot",
            "--bot-url",
            "https://bot.example.com/cw",
        ])
        .assert()
        .success();
    let text = stdout(&out);
    assert!(
        text.contains(&format!("chatwoot-bridge bot token {bot}")),
        "{text}"
    );
    assert!(
        text.contains(&format!("chatwoot-bridge bot secret {bot}")),
        "{text}"
    );
    assert!(!text.contains("bot token ID"), "{text}");
    assert!(
        !text.contains("inbox secret"),
        "the inbox's secret signs nothing the bot gets:\n{text}"
    );
}
