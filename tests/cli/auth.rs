//! auth login/status/logout and profiles: what is saved where, with which mode, and what
//! is never printed.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{stderr, stdout, TestSandbox};

fn login(sb: &TestSandbox, token: &str) -> assert_cmd::assert::Assert {
    sb.bare()
        .args(["auth", "login", "--with-token", "--url", &sb.url])
        .write_stdin(format!("{token}\n"))
        .assert()
}

#[test]
fn login_validates_saves_a_0600_profile_and_status_reports_it() {
    let sb = TestSandbox::start();
    let out = login(&sb, &sb.config.admin_token).success();
    let err = stderr(&out);
    assert!(err.contains("administrator in account 1"), "{err}");
    assert!(
        !err.contains(&sb.config.admin_token),
        "token printed: {err}"
    );

    let path = sb.config_dir().join("config.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(&sb.url), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "config.toml holds a token");
    }

    // No environment at all: everything comes from the saved profile.
    let out = sb.bare().args(["auth", "status"]).assert().success();
    let text = stdout(&out);
    assert!(text.contains("administrator"), "{text}");
    assert!(text.contains("profile 'default'"), "{text}");
    assert!(!text.contains(&sb.config.admin_token), "{text}");

    // The environment wins over the profile, and says so.
    let out = sb
        .bare()
        .env("CHATWOOT_API_KEY", &sb.config.agent_token)
        .args(["auth", "status", "-o", "json"])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(json["role"], "agent");
    assert_eq!(json["token_source"], "environment (CHATWOOT_API_KEY)");
}

#[test]
fn a_rejected_token_exits_4_and_saves_nothing() {
    let sb = TestSandbox::start();
    login(&sb, "not-a-real-token")
        .code(4)
        .stderr(contains("Invalid Access Token").and(contains("auth login")));
    assert!(!sb.config_dir().join("config.toml").exists());
}

#[test]
fn status_without_any_token_exits_4_and_names_the_fix() {
    let sb = TestSandbox::start();
    sb.bare()
        .args(["auth", "status", "--url", &sb.url])
        .assert()
        .code(4)
        .stderr(contains("auth login").and(contains("CHATWOOT_API_TOKEN")));
}

#[test]
fn login_without_a_terminal_or_stdin_flag_exits_3_naming_the_flag() {
    let sb = TestSandbox::start();
    sb.bare()
        .args(["auth", "login", "--url", &sb.url])
        .assert()
        .code(3)
        .stderr(contains("--with-token"));
}

#[test]
fn logout_removes_the_token_and_status_then_fails() {
    let sb = TestSandbox::start();
    login(&sb, &sb.config.admin_token).success();
    sb.bare().args(["auth", "logout"]).assert().success();
    let text = std::fs::read_to_string(sb.config_dir().join("config.toml")).unwrap();
    assert!(!text.contains(&sb.config.admin_token), "{text}");
    sb.bare().args(["auth", "status"]).assert().code(4);
}

#[test]
fn env_aliases_and_every_url_form_reach_the_same_instance() {
    let sb = TestSandbox::start();
    for url in [
        sb.url.clone(),
        format!("{}/", sb.url),
        format!("{}/api/v1", sb.url),
    ] {
        sb.bare()
            .env("CHATWOOT_URL", &url)
            .env("CHATWOOT_ACCESS_TOKEN", &sb.config.admin_token)
            .env("CHATWOOT_ACCOUNT_ID", "1")
            .args(["auth", "status"])
            .assert()
            .success()
            .stdout(contains("administrator"));
    }
}

#[test]
fn profiles_list_show_use_and_remove_without_revealing_tokens() {
    let sb = TestSandbox::start();
    login(&sb, &sb.config.admin_token).success();
    sb.bare()
        .args([
            "-p",
            "agent",
            "auth",
            "login",
            "--with-token",
            "--url",
            &sb.url,
        ])
        .write_stdin(sb.config.agent_token.clone())
        .assert()
        .success();

    let out = sb.bare().args(["profile", "list"]).assert().success();
    let text = stdout(&out);
    assert!(
        text.contains("* default") && text.contains("agent"),
        "{text}"
    );
    assert!(!text.contains(&sb.config.admin_token) && !text.contains(&sb.config.agent_token));

    for args in [
        vec!["profile", "show", "agent"],
        vec!["profile", "show", "agent", "-o", "json"],
    ] {
        let out = sb.bare().args(&args).assert().success();
        let text = stdout(&out);
        assert!(text.contains("agent"), "{text}");
        assert!(
            !text.contains(&sb.config.agent_token),
            "token shown: {text}"
        );
    }

    sb.bare()
        .args(["profile", "use", "agent"])
        .assert()
        .success();
    sb.bare()
        .args(["auth", "status", "-o", "json"])
        .assert()
        .success()
        .stdout(contains(r#""role": "agent""#));

    // Removing a profile deletes a token: it asks, and without a terminal needs --yes.
    sb.bare()
        .args(["profile", "remove", "default"])
        .assert()
        .code(3)
        .stderr(contains("--yes"));
    sb.bare()
        .args(["profile", "remove", "default", "--yes"])
        .assert()
        .success();
    sb.bare()
        .args(["profile", "show", "default"])
        .assert()
        .code(2)
        .stderr(contains("no profile named 'default'"));
    sb.bare().args(["profile", "use", "nope"]).assert().code(2);
}

#[cfg(unix)]
#[test]
fn a_config_readable_by_others_gets_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let sb = TestSandbox::start();
    login(&sb, &sb.config.admin_token).success();
    let path = sb.config_dir().join("config.toml");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    sb.bare()
        .args(["profile", "list"])
        .assert()
        .success()
        .stderr(contains("mode 644").and(contains("chmod 600")));
}

#[test]
fn verbose_traces_every_request_without_tokens_or_secrets() {
    let sb = TestSandbox::start();
    let out = sb
        .cmd()
        .args([
            "-v",
            "setup",
            "inbox",
            "--name",
            "Traced",
            "--webhook-url",
            "https://example.com/h",
        ])
        .assert()
        .success();
    let err = stderr(&out);
    assert!(err.contains("> POST ") && err.contains("/inboxes"), "{err}");
    assert!(err.contains("api_access_token: [redacted]"), "{err}");
    assert!(
        !err.contains(&sb.config.admin_token),
        "token in trace: {err}"
    );
    let secret = sb.json(&["inbox", "secret", "Traced"])["secret"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(!err.contains(&secret), "signing secret in trace: {err}");
}
