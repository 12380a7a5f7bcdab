//! `probe`: the CI smoke test of a bot connection. A test customer writes into the inbox
//! through the public client API, then the probe waits until the bot answers (or hands
//! over, with `--expect-handoff`), and reports the latency. Exit 12 when it does not.

use std::time::{Duration, Instant};

use clap::Args;
use serde_json::{json, Value};

use crate::api::Message;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, View};

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
chatwoot-bridge probe --inbox 'Support bot' --expect 'order'\n  \
chatwoot-bridge probe --inbox 3 --message 'I want a human' --expect-handoff --timeout 60s")]
pub struct ProbeArgs {
    /// The inbox to write into (id or name); an API inbox
    #[arg(long, value_name = "INBOX")]
    pub inbox: String,
    /// What the test customer writes
    #[arg(
        long,
        value_name = "TEXT",
        default_value = "Hello! This is an automated check, please answer."
    )]
    pub message: String,
    /// The answer must match this regular expression
    #[arg(long, value_name = "REGEX")]
    pub expect: Option<String>,
    /// Succeed when the bot hands the conversation over (status open), not when it answers
    #[arg(long)]
    pub expect_handoff: bool,
    /// How long to wait
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = crate::duration::parse_duration)]
    pub timeout: Duration,
    /// The test customer's identifier (default: a new one per probe)
    #[arg(long, value_name = "IDENTIFIER")]
    pub contact: Option<String>,
    /// Leave the probe's conversation as it is (default: resolve it, so probes do not pile
    /// up in the agents' pending and open lists)
    #[arg(long)]
    pub keep: bool,
}

fn sender_label(m: &Message) -> String {
    let s = m.sender.as_ref();
    let kind = s
        .and_then(|s| s.get("type"))
        .and_then(Value::as_str)
        .unwrap_or("?");
    let name = s
        .and_then(|s| s.get("name"))
        .and_then(Value::as_str)
        .unwrap_or("?");
    format!("{name} ({kind})")
}

/// What became of the probe's conversation, for the report.
fn after(conversation: u64, resolved: bool) -> String {
    if resolved {
        format!(" (conversation {conversation} resolved; --keep leaves it as it is)")
    } else {
        String::new()
    }
}

pub async fn run(ctx: &Context, args: ProbeArgs) -> Result<()> {
    let expect = args
        .expect
        .as_deref()
        .map(regex_lite::Regex::new)
        .transpose()
        .map_err(|e| Error::usage(format!("--expect is not a regular expression: {e}")))?;
    let api = ctx.api()?;
    let spinner = ctx.spinner("Writing in as a test customer");
    let inbox = api.resolve_inbox(&args.inbox).await?;
    let identifier = inbox.inbox_identifier.clone().filter(|_| inbox.is_api()).ok_or_else(|| {
        Error::usage(format!(
            "inbox {} is not an API inbox: a probe writes in through the public client API, which only API inboxes have",
            inbox.id
        ))
    })?;
    let contact_id = args
        .contact
        .clone()
        .unwrap_or_else(|| format!("probe-{}", uuid::Uuid::new_v4()));
    let started = Instant::now();
    let contact = api
        .public_contact(
            &identifier,
            Some(&contact_id),
            Some("chatwoot-bridge probe"),
        )
        .await?;
    let conversation = api
        .public_conversation(&identifier, &contact.source_id)
        .await?
        .id;
    let asked = api
        .public_message(&identifier, &contact.source_id, conversation, &args.message)
        .await?;
    ctx.output().note(format!(
        "Wrote into inbox {} as a test customer (conversation {conversation}); waiting up to {} s for the bot…",
        inbox.id,
        args.timeout.as_secs_f32()
    ));
    spinner.set_message(if args.expect_handoff {
        "Waiting for the bot to hand over"
    } else {
        "Waiting for the bot's answer"
    });

    let deadline = started + args.timeout;
    let mut seen: Vec<Message>;
    let mut status: String;
    let outcome = loop {
        let messages = api.messages(conversation, None).await?;
        seen = messages
            .into_iter()
            .filter(|m| m.id > asked.id && !m.private && m.kind() == "outgoing")
            .collect();
        status = api.conversation(conversation).await?.status;
        let answer = seen.iter().find(|m| {
            expect
                .as_ref()
                .is_none_or(|re| re.is_match(m.content.as_deref().unwrap_or_default()))
        });
        let done = if args.expect_handoff {
            (status == "open").then(|| answer.cloned())
        } else {
            answer.map(|a| Some(a.clone()))
        };
        if let Some(answer) = done {
            break Some(answer);
        }
        if Instant::now() >= deadline {
            break None;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    };
    let latency = started.elapsed();
    let resolved = if args.keep {
        false
    } else {
        spinner.set_message("Resolving the probe's conversation");
        match api.toggle_status(conversation, "resolved", None).await {
            Ok(_) => true,
            Err(e) => {
                ctx.output().note(format!(
                    "warning: could not resolve the probe's conversation {conversation}: {e}"
                ));
                false
            }
        }
    };
    drop(spinner);
    let json = json!({
        "ok": outcome.is_some(),
        "inbox_id": inbox.id,
        "conversation_id": conversation,
        "status": status,
        "resolved": resolved,
        "latency_ms": latency.as_millis() as u64,
        "answer": outcome.as_ref().and_then(|a| a.as_ref()).map(|m| m.raw.clone()),
        "seen": seen.iter().map(|m| m.raw.clone()).collect::<Vec<_>>(),
    });
    match outcome {
        Some(answer) => {
            let text = match (&answer, args.expect_handoff) {
                (_, true) => format!(
                    "✓ handed over in {:.2} s: conversation {conversation} is open",
                    latency.as_secs_f64()
                ),
                (Some(m), false) => format!(
                    "✓ answered in {:.2} s by {}: {}",
                    latency.as_secs_f64(),
                    sender_label(m),
                    m.content.as_deref().unwrap_or_default()
                ),
                (None, false) => unreachable!("an answer was found"),
            } + &after(conversation, resolved);
            ctx.output().print(View::new(
                json,
                vec![conversation.to_string()],
                Human::Text(text),
            ))
        }
        None => {
            let mut what = format!(
                "no {} within {} s in conversation {conversation} (status {status})",
                if args.expect_handoff {
                    "handoff"
                } else {
                    "matching answer"
                },
                args.timeout.as_secs_f32()
            );
            what.push_str(&after(conversation, resolved));
            if seen.is_empty() {
                what.push_str("; the bot sent nothing: is an agent bot linked to the inbox, with a reachable outgoing URL?");
            } else {
                what.push_str("; seen instead:");
                for m in &seen {
                    what.push_str(&format!(
                        "\n  {}: {}",
                        sender_label(m),
                        m.content.as_deref().unwrap_or_default()
                    ));
                }
            }
            ctx.output().print(View::new(
                json,
                vec![conversation.to_string()],
                Human::Text(String::new()),
            ))?;
            Err(Error::ProbeFailed(what))
        }
    }
}
