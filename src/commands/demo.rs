//! `demo`: the provisioning flow against the embedded sandbox, with no setup. Each step is
//! the command line a user would type, parsed and run exactly as typed, then checked.
//! Exits 0 only if every check passed.

use std::sync::atomic::Ordering;
use std::time::Duration;

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
        write_stdout(&format!(
            "{}\n",
            crate::output::paint(self.bold, "1", &format!("$ {line}"))
        ))
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
    // One signal stops the sandbox, the listener and the example bot.
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let server = tokio::spawn(sandbox.serve(listener, stop_signal(stopped.clone())));
    let work = std::env::temp_dir().join(format!("chatwoot-bridge-demo-{}", std::process::id()));
    let mut n = Narrator {
        bold: crate::output::color_stdout(),
        checks: 0,
        failures: Vec::new(),
    };
    let result = steps(&mut n, &url, &config, &work, stopped).await;
    let _ = stop.send(true);
    let _ = server.await;
    let _ = std::fs::remove_dir_all(&work);
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

async fn stop_signal(mut rx: tokio::sync::watch::Receiver<bool>) {
    let _ = rx.wait_for(|stopped| *stopped).await;
}

/// Polls `check` until it holds or 60 s pass (generous: a busy machine is slow, not broken).
async fn eventually<F, Fut>(mut check: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    while tokio::time::Instant::now() < deadline {
        if check().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}

/// Runs one command line through the real parser and dispatcher, against the sandbox.
async fn run_line(url: &str, token: &str, account: u64, line: &str) -> Result<()> {
    let mut argv = vec!["chatwoot-bridge".to_string()];
    argv.extend(words(line));
    let cli =
        Cli::try_parse_from(argv).map_err(|e| Error::other(format!("demo step '{line}': {e}")))?;
    let ctx = Context::explicit(cli.global, url, token, account)?;
    dispatch(&ctx, cli.command).await
}

async fn steps(
    n: &mut Narrator,
    url: &str,
    config: &SandboxConfig,
    work: &std::path::Path,
    stopped: tokio::sync::watch::Receiver<bool>,
) -> Result<()> {
    let account = config.account_id;
    let token = config.admin_token.as_str();
    let ctx = Context::explicit(GlobalArgs::default(), url, token, account)?;
    let api = ctx.api()?;
    // The listener and the bot get their ports now; Chatwoot needs their URLs first.
    let listen_socket = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
    let listen_url = format!("http://{}", listen_socket.local_addr()?);
    let bot_socket = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
    let bot_url = format!("http://{}/webhook", bot_socket.local_addr()?);

    n.say(&format!(
        "A Chatwoot-compatible sandbox is running on {url} (what `chatwoot-bridge sandbox --port 0` starts).\nPoint the tool at it the way you would at any Chatwoot:"
    ))?;
    n.command(&format!(
        "export CHATWOOT_BASE_URL={url} CHATWOOT_ACCOUNT_ID={account} CHATWOOT_API_TOKEN=<admin token>"
    ))?;
    n.command("chatwoot-bridge auth status")?;
    run_line(url, token, account, "auth status").await?;

    n.say("1. Provision an API inbox whose events go to a local listener:")?;
    let inbox_line = format!("setup inbox --name '{INBOX}' --webhook-url {listen_url}/inbox");
    n.command(&format!("chatwoot-bridge {inbox_line}"))?;
    run_line(url, token, account, &inbox_line).await?;
    let inbox = api.resolve_inbox(INBOX).await?;
    n.check(
        inbox.is_api() && inbox.webhook_url.as_deref() == Some(&format!("{listen_url}/inbox")),
        &format!(
            "inbox {} is an API inbox with the webhook URL set",
            inbox.id
        ),
    )?;

    n.say(
        "2. Create an agent bot and link it: it answers first, new conversations start pending.",
    )?;
    let bot_line =
        format!("setup bot --name '{BOT}' --outgoing-url {listen_url}/bot --inbox '{INBOX}'");
    n.command(&format!("chatwoot-bridge {bot_line}"))?;
    run_line(url, token, account, &bot_line).await?;
    let linked = api.inbox_bot(inbox.id).await?;
    n.check(
        linked.as_ref().map(|b| b.name.as_str()) == Some(BOT),
        &format!("'{BOT}' is linked to inbox {}", inbox.id),
    )?;

    n.say("3. Run both again, as CI would on every deploy: nothing changes.")?;
    for line in [&inbox_line, &bot_line] {
        n.command(&format!("chatwoot-bridge {line} -q"))?;
        run_line(url, token, account, &format!("{line} -q")).await?;
    }
    let inboxes = api.inboxes().await?;
    let bots = api.bots(crate::api::BotScope::Account).await?;
    n.check(
        inboxes.iter().filter(|i| i.name == INBOX).count() == 1
            && bots.iter().filter(|b| b.name == BOT).count() == 1,
        "still exactly one inbox and one bot",
    )?;

    // The secrets and the bot's token, as `inbox secret`, `bot secret` and `bot token` print them.
    let inbox_secret = api.inbox(inbox.id).await?.secret.unwrap_or_default();
    let bot = api
        .bot(
            crate::api::BotScope::Account,
            linked.map(|b| b.id).unwrap_or_default(),
        )
        .await?;
    let bot_secret = bot.secret.clone().unwrap_or_default();

    n.say(&format!(
        "4. Start the listener: it verifies and stores every delivery, and forwards the bot's to the bot.\n   (The bot here is a tiny example on {bot_url}: it verifies its deliveries, answers, and hands\n   over when the customer asks for a human.)"
    ))?;
    n.command(&format!(
        "chatwoot-bridge listen --port {} --path-secret /inbox=inbox:{} --path-secret /bot=bot:{} --route /bot={bot_url}",
        listen_url.rsplit(':').next().unwrap_or_default(),
        inbox.id,
        bot.id
    ))?;
    std::fs::create_dir_all(work)?;
    let store_path = work.join("events.sqlite");
    let store = crate::store::Store::open(&store_path).map_err(|e| Error::other(e.to_string()))?;
    let mut listen_config = crate::listen::ListenConfig {
        routes: vec![("/bot".into(), bot_url.clone())],
        ..crate::listen::ListenConfig::default()
    };
    listen_config
        .path_secrets
        .insert("/inbox".into(), inbox_secret.clone());
    listen_config
        .path_secrets
        .insert("/bot".into(), bot_secret.clone());
    let mut events = listen_config.events();
    let bold = n.bold;
    tokio::spawn(async move {
        while let Ok(event) = events.recv().await {
            if let crate::listen::ListenEvent::Delivery(d) = event {
                let text = super::deliveries::line(&d);
                let line = crate::output::paint(bold, "2", &format!("listen │ {text}"));
                let _ = write_stdout(&format!("  {line}\n"));
            }
        }
    });
    tokio::spawn(crate::listen::serve(
        listen_socket,
        store.clone(),
        listen_config,
        stop_signal(stopped.clone()),
    ));
    let stats = crate::example_bot::ExampleBot {
        chatwoot_url: url.to_string(),
        account_id: account,
        access_token: bot.access_token.clone().unwrap_or_default(),
        secret: Some(bot_secret.clone()),
    }
    .serve(bot_socket, stop_signal(stopped))?;

    n.say("5. A customer writes in, through the public client API as a customer's app would:")?;
    let customer = format!("send --inbox '{INBOX}' --as-customer 'Hi, where is my order #1234?' --contact demo-customer");
    n.command(&format!("chatwoot-bridge {customer}"))?;
    run_line(url, token, account, &customer).await?;
    let (convs, _) = api
        .conversations(&crate::api::ConversationQuery {
            status: Some("all".into()),
            ..Default::default()
        })
        .await?;
    let conv = convs.iter().map(|c| c.id).max().unwrap_or_default();
    let signed = eventually(|| {
        let store = store.clone();
        async move {
            let filter = crate::store::Filter {
                events: vec![crate::events::Event::MessageCreated.as_str().into()],
                ..Default::default()
            };
            store
                .list(&filter)
                .map(|l| {
                    l.iter().any(|d| {
                        d.path == "/inbox" && d.signature == crate::store::SignatureStatus::Valid
                    })
                })
                .unwrap_or(false)
        }
    })
    .await;
    n.check(
        signed,
        "the inbox's message_created reached the listener, signed, and verified",
    )?;
    let answered = eventually(|| async { stats.answered.load(Ordering::SeqCst) >= 1 }).await;
    n.check(
        answered
            && stats.verified.load(Ordering::SeqCst) >= 1
            && stats.rejected.load(Ordering::SeqCst) == 0,
        "the bot got its delivery through the listener, verified the signature, and answered",
    )?;
    n.command(&format!("chatwoot-bridge conversation show {conv}"))?;
    run_line(url, token, account, &format!("conversation show {conv}")).await?;

    n.say("6. The customer asks for a human: the bot hands over (pending -> open).")?;
    let human = format!(
        "send --inbox '{INBOX}' --as-customer 'I would like to talk to a human, please' --contact demo-customer --conversation {conv}"
    );
    n.command(&format!("chatwoot-bridge {human}"))?;
    run_line(url, token, account, &human).await?;
    // The bot counts its handoff after its own call returns, so the status can flip first:
    // wait for both, then check it happened once.
    let opened = eventually(|| async {
        stats.handoffs.load(Ordering::SeqCst) >= 1
            && api
                .conversation(conv)
                .await
                .map(|c| c.status == "open")
                .unwrap_or(false)
    })
    .await;
    n.check(
        opened && stats.handoffs.load(Ordering::SeqCst) == 1,
        "the bot handed the conversation over: it is open",
    )?;

    n.say("7. An agent answers, resolves, and reopens:")?;
    for (line, expect) in [
        (
            format!("send {conv} 'Hi, this is Anna from support. Your parcel leaves today.'"),
            None,
        ),
        (format!("resolve {conv}"), Some("resolved")),
        (format!("reopen {conv}"), Some("open")),
    ] {
        n.command(&format!("chatwoot-bridge {line}"))?;
        run_line(url, token, account, &line).await?;
        if let Some(status) = expect {
            let now = api.conversation(conv).await?.status;
            n.check(now == status, &format!("conversation {conv} is {status}"))?;
        }
    }

    n.say(
        "8. Everything the listener received is in its store, for `tail`, `events` and `replay`:",
    )?;
    let store_arg = store_path.display().to_string();
    let tail = format!("tail --store {store_arg} -n 6");
    n.command(&format!("chatwoot-bridge {tail}"))?;
    run_line(url, token, account, &tail).await?;

    n.say("9. Replay the customer's first message to the bot, re-signed with a fresh timestamp:")?;
    let first = store
        .list(&crate::store::Filter {
            events: vec![crate::events::Event::MessageCreated.as_str().into()],
            ..Default::default()
        })
        .map_err(|e| Error::other(e.to_string()))?
        .into_iter()
        .find(|d| d.path == "/bot" && d.parsed.message_type.as_deref() == Some("incoming"));
    let Some(first) = first else {
        n.check(false, "a bot delivery was stored")?;
        return Ok(());
    };
    let before = stats.verified.load(Ordering::SeqCst);
    n.command(&format!(
        "chatwoot-bridge replay {} --to {bot_url} --secret \"$BOT_SECRET\" --store {store_arg}",
        first.id
    ))?;
    run_line(
        url,
        token,
        account,
        &format!(
            "replay {} --to {bot_url} --secret {bot_secret} --store {store_arg}",
            first.id
        ),
    )
    .await?;
    n.check(
        stats.verified.load(Ordering::SeqCst) > before,
        "the bot verified the replayed delivery's new signature",
    )?;

    n.say(
        "10. `doctor` checks the wiring end to end. Loopback targets warn (a real Chatwoot 4.14+ refuses\n    them unless SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true), and the demo keeps its secrets out of any\n    profile, so the signing check warns too; nothing may fail:",
    )?;
    let doctor = format!("doctor --inbox '{INBOX}'");
    n.command(&format!("chatwoot-bridge {doctor}"))?;
    let healthy = run_line(url, token, account, &doctor).await.is_ok();
    n.check(healthy, "doctor found no failing check")?;
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
