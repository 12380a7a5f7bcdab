//! The shell snippets of README.md and docs/*.md, run as written against a sandbox: every
//! ```sh block that runs `chatwoot-bridge` is run line by line (through `sh -e`, one script
//! per file, so variables carry from block to block), except the lines a skip below names
//! with its reason. A new snippet is run unless a skip names it, and a skip that matches
//! nothing fails, so the list stays true. Command substitutions in the prose
//! (`$(chatwoot-bridge …)`) are run too.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::TestSandbox;

/// A public address literal: setup stores it, nothing resolves or connects to it.
const BOT_URL: &str = "https://93.184.216.34";

/// Lines not run here, by a substring of theirs, and why.
const SKIPS: &[(&str, &str)] = &[
    ("cargo install --locked --path .", "builds the tool: the test runs the built binary"),
    ("chatwoot-bridge-installer.sh | sh", "downloads and runs a release's installer: scripts/dist-local.sh builds and checks the archive it installs"),
    ("chatwoot-bridge-x86_64-unknown-linux-musl.tar.xz", "downloads a release's archive: scripts/dist-local.sh checks the same layout"),
    ("sandbox --port 0 -o json\n", "runs until stopped: docs/ci.md's snippet runs it in the background"),
    ("sandbox --port 3000", "starts a server on a fixed port: this test runs its own"),
    ("export CHATWOOT_BASE_URL=https://chat.example.com", "a real instance's settings: the test gives the sandbox's"),
    ("export CHATWOOT_API_TOKEN=...", "a placeholder token: the test gives the sandbox's"),
    ("CHATWOOT_API_TOKEN=<admin_token>", "the sandbox on port 3000 with its printed token: the test gives its own sandbox's"),
    ("chatwoot-bridge auth login  ", "prompts for the URL and the token"),
    ("auth login --with-token --url https://chat.example.com", "a real instance"),
    ("auth login --platform --with-token", "needs a platform app's token on stdin"),
    ("-p staging auth login", "prompts for the URL and the token"),
    ("profile list | show | use NAME | remove NAME", "a synopsis, not a command"),
    ("chatwoot-bridge listen", "runs until stopped: see listen_with_the_documented_secret_substitution_verifies, tests/cli/secrets.rs and tests/cli/webhook_loop.rs"),
    ("tail --follow", "runs until stopped"),
    ("probe --inbox", "waits for a bot's answer: tests/cli/probe.rs runs probe against a bot"),
    ("trigger message_created --to http://127.0.0.1:8000", "needs a receiver on port 8000: tests/cli/webhook_loop.rs runs trigger"),
    ("replay 41 42", "placeholder ids of stored deliveries"),
    ("chatwoot-bridge demo", "starts its own sandbox and narrates: the demo test runs it"),
    ("chatwoot-bridge setup\n", "the interactive wizard: tests/cli/wizard.rs drives it on a terminal"),
    ("--url https://chat.example.com --account 1", "a real instance"),
    ("handoff 42", "a placeholder conversation id (README's test conversations run the same commands)"),
    ("resolve 42", "a placeholder conversation id"),
    ("chatwoot-bridge test flows.toml", "a bot repository's flow file and bot: tests/cli/flows.rs runs examples/python-bot's flows.toml and main.py this way"),
    ("test --record 42", "a placeholder conversation id: tests/cli/flows.rs round-trips --record"),
];

/// The files with snippets.
fn documents() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    files
}

/// The shell blocks (sh/bash) that run `chatwoot-bridge`, each as its logical lines
/// (continuations joined), each ending in a newline. Blocks without it (`cargo install`, the
/// settings of a real instance) are not ours to run.
fn shell_blocks(text: &str) -> Vec<Vec<String>> {
    let mut blocks = Vec::new();
    let mut block: Option<Vec<String>> = None;
    let mut pending = String::new();
    for line in text.lines() {
        match (line.trim_start().strip_prefix("```"), block.as_mut()) {
            (Some(lang), None) => {
                if matches!(lang.trim(), "sh" | "bash" | "shell") {
                    block = Some(Vec::new());
                }
            }
            (Some(_), Some(_)) => {
                let done = block.take().unwrap();
                if done.iter().any(|l| l.contains("chatwoot-bridge")) {
                    blocks.push(done);
                }
            }
            (None, Some(lines)) => {
                pending.push_str(line);
                pending.push('\n');
                if !line.ends_with('\\') {
                    lines.push(std::mem::take(&mut pending));
                }
            }
            (None, None) => {}
        }
    }
    blocks
}

/// `sh -e -c SCRIPT` with the binary first on PATH and the settings of the sandbox, in `dir`.
fn sh(sb: &TestSandbox, dir: &Path, script: &str) -> std::process::Command {
    let bin_dir = assert_cmd::cargo::cargo_bin("chatwoot-bridge")
        .parent()
        .unwrap()
        .to_path_buf();
    let path = std::env::join_paths(
        std::iter::once(bin_dir).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap())),
    )
    .unwrap();
    let mut cmd = std::process::Command::new("sh");
    cmd.args(["-e", "-c", script])
        .current_dir(dir)
        .env_clear()
        .env("PATH", path)
        .env("HOME", sb.home.path())
        .env("CHATWOOT_BRIDGE_CONFIG_DIR", sb.config_dir())
        .env("CHATWOOT_BRIDGE_DATA_DIR", sb.home.path().join("data"))
        .env("NO_COLOR", "1")
        .env("CHATWOOT_BASE_URL", &sb.url)
        .env("CHATWOOT_API_TOKEN", &sb.config.admin_token)
        .env("CHATWOOT_ACCOUNT_ID", sb.account())
        .env("BOT_URL", BOT_URL)
        .env("CRM_URL", format!("{BOT_URL}/crm"));
    cmd
}

#[test]
fn every_documented_shell_snippet_runs_against_the_sandbox() {
    let mut used = vec![false; SKIPS.len()];
    let mut ran = 0;
    for doc in documents() {
        let text = std::fs::read_to_string(&doc).unwrap();
        let mut script = String::new();
        for line in shell_blocks(&text).concat() {
            if let Some(i) = SKIPS.iter().position(|(p, _)| line.contains(p)) {
                used[i] = true;
                continue;
            }
            ran += usize::from(line.contains("chatwoot-bridge"));
            script.push_str(&line);
        }
        if script.is_empty() {
            continue;
        }
        let sb = TestSandbox::start();
        let dir = tempfile::tempdir().unwrap();
        // The listener the docs keep running in another terminal (it makes the store).
        let script = format!(
            "chatwoot-bridge listen --port 0 >/dev/null 2>&1 &\n\
             listener=$!\n\
             trap 'kill $listener $! 2>/dev/null' EXIT\n\
             i=0; until [ -e \"$CHATWOOT_BRIDGE_DATA_DIR/events.sqlite\" ] || [ $i -gt 600 ]; do sleep 0.05; i=$((i+1)); done\n\
             {script}"
        );
        // Whatever the settings are at the end (docs/ci.md points them at a sandbox it
        // started), they work; the trap stops the listener and a server the snippets started.
        let script = format!("{script}chatwoot-bridge inbox list >/dev/null\n");
        let out = sh(&sb, dir.path(), &script).output().unwrap();
        assert!(
            out.status.success(),
            "{}: the snippets failed (exit {:?}):\n{script}\nstdout:\n{}\nstderr:\n{}",
            doc.display(),
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(
        ran > 20,
        "only {ran} snippet lines ran: is the extraction broken?"
    );
    let stale: Vec<&str> = SKIPS
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|((p, _), _)| *p)
        .collect();
    assert!(
        stale.is_empty(),
        "skips that match no snippet any more: {stale:?}"
    );
}

/// Every `$(chatwoot-bridge …)` in the prose is one the tests below run.
#[test]
fn every_documented_command_substitution_is_run_by_a_test() {
    let tested = [
        "CHATWOOT_WEBHOOK_SECRET=\"$(chatwoot-bridge inbox secret ID)\"",
        "CHATWOOT_API_TOKEN=$(chatwoot-bridge bot token 3)",
        // docs/ci.md's complete job: the_ci_jobs_probe_step_answers_against_the_sandbox.
        "INBOX_ID=$(chatwoot-bridge inbox show \"Support bot\" --jq .id)",
        "CHATWOOT_WEBHOOK_SECRET=$(chatwoot-bridge inbox secret \"$INBOX_ID\") PORT=8001",
    ];
    for doc in documents() {
        let text = std::fs::read_to_string(&doc).unwrap();
        let in_blocks: String = shell_blocks(&text).concat().concat();
        for (i, _) in text.match_indices("$(chatwoot-bridge") {
            let line_start = text[..i].rfind('\n').map_or(0, |n| n + 1);
            let line_end = text[i..].find('\n').map_or(text.len(), |n| i + n);
            let line = &text[line_start..line_end];
            if in_blocks.contains(line) {
                continue; // run by the test above
            }
            assert!(
                tested.iter().any(|t| line.contains(t)),
                "{}: `{line}` has a command substitution no test runs",
                doc.display()
            );
        }
    }
}

#[test]
fn the_documented_bot_token_substitution_gives_the_token_alone() {
    let sb = TestSandbox::start();
    let bot =
        sb.json(&["bot", "create", "--name", "B", "--outgoing-url", BOT_URL])["id"].to_string();
    let dir = tempfile::tempdir().unwrap();
    // README: "Run with a bot's access token (`CHATWOOT_API_TOKEN=$(chatwoot-bridge bot token 3)`)".
    let script = format!(
        "CHATWOOT_API_TOKEN=$(chatwoot-bridge bot token {bot})\nprintf '%s' \"$CHATWOOT_API_TOKEN\""
    );
    let out = sh(&sb, dir.path(), &script).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let token = sb.json(&["bot", "token", &bot])["access_token"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(String::from_utf8_lossy(&out.stdout), token);
}

#[cfg(unix)]
#[test]
fn listen_with_the_documented_secret_substitution_verifies() {
    let sb = TestSandbox::start();
    let report: Value = sb.json(&[
        "setup",
        "inbox",
        "--name",
        "Support",
        "--webhook-url",
        BOT_URL,
    ]);
    let inbox = report["inbox_id"].to_string();
    // The fix doctor and docs/troubleshooting.md give, with the inbox's id, on a free port.
    let doc = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/troubleshooting.md"),
    )
    .unwrap();
    let documented =
        "CHATWOOT_WEBHOOK_SECRET=\"$(chatwoot-bridge inbox secret ID)\" chatwoot-bridge listen";
    assert!(
        doc.contains(documented),
        "troubleshooting.md no longer shows it"
    );
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("events.sqlite");
    let line = format!(
        "{} --port 0 --store {}",
        documented.replace("ID", &inbox),
        store.display()
    );
    // Its own process group, so stopping it stops the listener sh started too.
    use std::os::unix::process::CommandExt;
    let mut child = Group(
        sh(&sb, dir.path(), &line)
            .process_group(0)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let url = crate::secrets::listening_url(&mut child.0);
    sb.json(&[
        "setup",
        "inbox",
        "--name",
        "Support",
        "--webhook-url",
        &format!("{url}/inbox"),
    ]);
    sb.json(&[
        "send",
        "--inbox",
        "Support",
        "--as-customer",
        "Hi",
        "--contact",
        "c-1",
    ]);
    let stored = crate::secrets::wait_for_event(sb.home.path(), &store, "message_created");
    drop(child);
    assert_eq!(stored[0]["signature"], "valid", "{stored:#?}");
}

/// A process group, stopped (SIGTERM) when dropped, even when the test fails.
#[cfg(unix)]
struct Group(std::process::Child);

#[cfg(unix)]
impl Drop for Group {
    fn drop(&mut self) {
        let _ = std::process::Command::new("kill")
            .args(["-TERM", "--", &format!("-{}", self.0.id())])
            .status();
        let _ = self.0.wait();
    }
}

/// The `run: |` script of the step named `name` in `doc`, unindented.
fn workflow_step(doc: &str, name: &str) -> String {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(doc)).unwrap();
    let mut lines = text
        .lines()
        .skip_while(|l| l.trim() != format!("- name: {name}"));
    assert!(lines.next().is_some(), "{doc} has no step named {name:?}");
    let run = lines.next().unwrap_or_default();
    assert_eq!(
        run.trim(),
        "run: |",
        "{doc}: step {name:?} has no `run: |` script"
    );
    let indent = run.len() - run.trim_start().len();
    let mut script = String::new();
    for line in lines.take_while(|l| l.len() - l.trim_start().len() > indent) {
        script.push_str(line.trim_start());
        script.push('\n');
    }
    script
}

/// docs/ci.md's complete job, its probe step: a sandbox server, the example bot wired to the
/// inbox's webhook with its secret, and `probe` waiting for the answer. The step as written,
/// with the bot's port swapped for a free one; it needs sh and python3 (no jq, no curl).
#[cfg(unix)]
#[test]
fn the_ci_jobs_probe_step_answers_against_the_sandbox() {
    let found = std::process::Command::new("sh")
        .args(["-c", "command -v python3"])
        .output()
        .unwrap();
    assert!(
        found.status.success(),
        "docs/ci.md's job needs python3 (the example bot): install it to run this test"
    );
    let step = workflow_step("docs/ci.md", "Probe, against a sandbox server");
    assert!(step.contains("chatwoot-bridge probe"), "{step}");
    let port = crate::common::free_port().to_string();
    let step = step.replace("8001", &port);
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/python-bot/main.py"),
        dir.path().join("main.py"),
    )
    .unwrap();
    // The servers the step starts in the background stop with it (`jobs -p` through a file:
    // sh has no jobs in a command substitution); a stuck step stops after 120 s.
    let script = format!(
        "trap 'jobs -p > .jobs; kill $(cat .jobs) 2>/dev/null' EXIT\n\
         trap 'exit 124' TERM\n\
         ( sleep 120; kill $$ ) >/dev/null 2>&1 &\n\
         {step}"
    );
    let sb = TestSandbox::start(); // only for sh()'s settings: the step starts its own sandbox
    let mut cmd = sh(&sb, dir.path(), &script);
    cmd.env_remove("CHATWOOT_BASE_URL")
        .env_remove("CHATWOOT_API_TOKEN")
        .env_remove("CHATWOOT_ACCOUNT_ID");
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the step failed (exit {:?}):\n{script}\nstdout:\n{stdout}\nstderr:\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("answered in") && stdout.contains("Hello!"),
        "probe did not report the bot's answer:\n{stdout}"
    );
}
