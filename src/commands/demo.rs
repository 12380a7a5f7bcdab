//! `demo`: the provisioning flow against the embedded sandbox, with no setup. Each step is
//! the command line a user would type, parsed and run exactly as typed, then checked.
//! Exits 0 only if every check passed.

use std::io::IsTerminal;

use clap::{Args, Parser};

use crate::cli::{Cli, GlobalArgs};
use crate::commands::dispatch;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::write_stdout;
use crate::sandbox::{Sandbox, SandboxConfig};

#[derive(Debug, Args)]
pub struct DemoArgs {}

const INBOX: &str = "Support bot inbox";
const BOT: &str = "Triage bot";
const BOT_SIDE: &str = "https://bot.example.com/chatwoot";

struct Narrator {
    bold: bool,
    checks: usize,
    failures: Vec<String>,
}

impl Narrator {
    fn say(&self, text: &str) -> Result<()> {
        write_stdout(&format!("\n{text}\n"))
    }

    fn command(&self, line: &str) -> Result<()> {
        if self.bold {
            write_stdout(&format!("\x1b[1m$ {line}\x1b[0m\n"))
        } else {
            write_stdout(&format!("$ {line}\n"))
        }
    }

    fn check(&mut self, ok: bool, what: &str) -> Result<()> {
        self.checks += 1;
        if ok {
            write_stdout(&format!("  ✓ {what}\n"))
        } else {
            self.failures.push(what.to_string());
            write_stdout(&format!("  ✗ {what}\n"))
        }
    }
}

/// Splits a narrated command line into arguments (single quotes group words).
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '\'' => quoted = !quoted,
            ' ' if !quoted => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

pub async fn run(_global: &GlobalArgs, _args: DemoArgs) -> Result<()> {
    let config = SandboxConfig::generated();
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
    let url = format!("http://{}", listener.local_addr()?);
    let sandbox = Sandbox::new(config.clone());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(sandbox.serve(listener, async {
        let _ = stopped.await;
    }));
    let mut n = Narrator {
        bold: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        checks: 0,
        failures: Vec::new(),
    };
    let result = steps(&mut n, &url, &config).await;
    let _ = stop.send(());
    let _ = server.await;
    result?;
    if n.failures.is_empty() {
        write_stdout(&format!(
            "\nAll {} checks passed. Against a real Chatwoot, the same commands work with CHATWOOT_BASE_URL and CHATWOOT_API_TOKEN set to it.\n",
            n.checks
        ))
    } else {
        Err(Error::other(format!(
            "{} of {} checks failed: {}",
            n.failures.len(),
            n.checks,
            n.failures.join("; ")
        )))
    }
}

async fn steps(n: &mut Narrator, url: &str, config: &SandboxConfig) -> Result<()> {
    let account = config.account_id;
    // Runs one narrated command line through the real parser and dispatcher.
    let run = |line: String| {
        let url = url.to_string();
        let token = config.admin_token.clone();
        async move {
            let mut argv = vec!["chatwoot-bridge".to_string()];
            argv.extend(words(&line));
            let cli = Cli::try_parse_from(argv)
                .map_err(|e| Error::other(format!("demo step '{line}': {e}")))?;
            let ctx = Context::explicit(cli.global, &url, &token, account)?;
            dispatch(&ctx, cli.command).await
        }
    };
    let ctx = Context::explicit(GlobalArgs::default(), url, &config.admin_token, account)?;
    let api = ctx.api()?;

    n.say(&format!(
        "A Chatwoot-compatible sandbox is running on {url} (what `chatwoot-bridge sandbox --port 0` starts).\nPoint the tool at it the way you would at any Chatwoot:"
    ))?;
    n.command(&format!(
        "export CHATWOOT_BASE_URL={url} CHATWOOT_ACCOUNT_ID={account} CHATWOOT_API_TOKEN=<admin token>"
    ))?;

    n.say("Who am I? The token is validated and its role in the account shown:")?;
    n.command("chatwoot-bridge auth status")?;
    run("auth status".into()).await?;

    n.say("1. Provision an API inbox whose events go to the bot's webhook:")?;
    let inbox_line = format!("setup inbox --name '{INBOX}' --webhook-url {BOT_SIDE}/inbox");
    n.command(&format!("chatwoot-bridge {inbox_line}"))?;
    run(inbox_line.clone()).await?;
    let inbox = api.resolve_inbox(INBOX).await?;
    n.check(
        inbox.is_api() && inbox.webhook_url.as_deref() == Some(&format!("{BOT_SIDE}/inbox")),
        &format!(
            "inbox {} is an API inbox with the webhook URL set",
            inbox.id
        ),
    )?;

    n.say("2. Create an agent bot and link it to the inbox (the bot answers first):")?;
    let bot_line =
        format!("setup bot --name '{BOT}' --outgoing-url {BOT_SIDE}/bot --inbox '{INBOX}'");
    n.command(&format!("chatwoot-bridge {bot_line}"))?;
    run(bot_line.clone()).await?;
    let linked = api.inbox_bot(inbox.id).await?;
    n.check(
        linked.as_ref().map(|b| b.name.as_str()) == Some(BOT),
        &format!("'{BOT}' is linked to inbox {}", inbox.id),
    )?;

    n.say("3. Run both again, as CI would on every deploy: nothing changes.")?;
    n.command(&format!("chatwoot-bridge {inbox_line}"))?;
    run(inbox_line).await?;
    n.command(&format!("chatwoot-bridge {bot_line}"))?;
    run(bot_line).await?;
    let inboxes = api.inboxes().await?;
    let bots = api.bots(crate::api::BotScope::Account).await?;
    n.check(
        inboxes.iter().filter(|i| i.name == INBOX).count() == 1
            && bots.iter().filter(|b| b.name == BOT).count() == 1,
        "still exactly one inbox and one bot",
    )?;

    n.say("4. Preview a change with --dry-run: the plan is printed, nothing is changed.")?;
    let dry = format!(
        "setup bot --name '{BOT}' --outgoing-url {BOT_SIDE}/v2/bot --inbox '{INBOX}' --dry-run"
    );
    n.command(&format!("chatwoot-bridge {dry}"))?;
    run(dry).await?;
    let bot = api
        .bots(crate::api::BotScope::Account)
        .await?
        .into_iter()
        .find(|b| b.name == BOT);
    n.check(
        bot.and_then(|b| b.outgoing_url) == Some(format!("{BOT_SIDE}/bot")),
        "the dry run left the bot's outgoing URL as it was",
    )?;

    n.say("5. Subscribe an account webhook to conversation and message events:")?;
    let hook_line = format!(
        "webhook create --url {BOT_SIDE}/account --events conversation_created,message_created"
    );
    n.command(&format!("chatwoot-bridge {hook_line}"))?;
    run(hook_line).await?;
    let hooks = api.webhooks().await?;
    n.check(
        hooks
            .iter()
            .any(|h| h.url == format!("{BOT_SIDE}/account") && h.secret.is_some()),
        "the webhook exists and Chatwoot generated its signing secret",
    )?;

    n.say("6. Everything at a glance:")?;
    n.command("chatwoot-bridge inbox list")?;
    run("inbox list".into()).await?;
    n.command("chatwoot-bridge bot list")?;
    run("bot list".into()).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::words;

    #[test]
    fn quoted_words_stay_together() {
        assert_eq!(
            words("setup inbox --name 'Support bot' --dry-run"),
            vec!["setup", "inbox", "--name", "Support bot", "--dry-run"]
        );
    }
}
