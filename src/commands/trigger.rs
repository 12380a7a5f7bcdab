//! `trigger <EVENT>`: a realistic, signed Chatwoot delivery without a Chatwoot. The payload is
//! not a template: a throwaway in-process sandbox is set up for the chosen target, the event
//! is made to happen through its API, and the body it would deliver is taken from its log, so
//! `trigger` and the sandbox can never disagree on Chatwoot's shapes. Needs no credentials.

use std::time::{Duration, Instant};

use clap::{Args, ValueEnum};
use serde_json::{json, Value};

use super::secrets::one_secret;
use crate::api::{Api, ChannelInput, Client, ClientConfig, InboxInput, RetryPolicy, WebhookInput};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, View};
use crate::sandbox::{Sandbox, SandboxConfig, TargetKind};
use crate::signing;

/// The event `trigger` sends: any of the tool's one list.
pub use crate::events::Event as TriggerEvent;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Target {
    /// An API inbox's webhook URL
    ApiInbox,
    /// An agent bot's outgoing URL
    AgentBot,
    /// An account webhook
    AccountWebhook,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
chatwoot-bridge trigger message_created --to http://127.0.0.1:4000/inbox --secret \"$SECRET\"\n  \
chatwoot-bridge trigger message_created --outgoing --for agent-bot --to http://127.0.0.1:8000/chatwoot\n  \
chatwoot-bridge trigger conversation_status_changed --set status=resolved --print")]
pub struct TriggerArgs {
    /// The event to send
    #[arg(value_parser = crate::events::parser())]
    pub event: TriggerEvent,
    /// Where to send it (the default is where `listen` listens)
    #[arg(
        long,
        value_name = "URL",
        default_value = "http://127.0.0.1:4000/",
        value_parser = crate::net::target_url
    )]
    pub to: String,
    /// Sign with this secret [env: CHATWOOT_WEBHOOK_SECRET; else the profile's only stored secret]
    #[arg(long, value_name = "S")]
    pub secret: Option<String>,
    /// Change a field: a dotted path into the payload (numbers index arrays); VALUE as JSON, else text
    #[arg(long = "set", value_name = "PATH=VALUE", value_parser = super::key_value)]
    pub sets: Vec<(String, String)>,
    /// The receiver the payload is shaped for (default: what Chatwoot sends the event to)
    #[arg(long = "for", value_enum, value_name = "TARGET")]
    pub target: Option<Target>,
    /// Message events: the agent's answer (outgoing) instead of the customer's message
    #[arg(long)]
    pub outgoing: bool,
    /// Print the headers and payload instead of sending
    #[arg(long)]
    pub print: bool,
}

impl TriggerEvent {
    fn name(self) -> String {
        self.as_str().to_string()
    }

    /// Where Chatwoot sends the event when no `--for` is given, and whether a target gets it.
    fn default_target(self) -> Target {
        use TriggerEvent::*;
        match self {
            ConversationOpened | ConversationResolved => Target::AgentBot,
            WebwidgetTriggered | ContactCreated | ContactUpdated | InboxCreated | InboxUpdated => {
                Target::AccountWebhook
            }
            _ => Target::ApiInbox,
        }
    }

    fn reaches(self, target: Target) -> bool {
        use TriggerEvent::*;
        match (self, target) {
            (ConversationOpened | ConversationResolved, t) => t == Target::AgentBot,
            (ContactCreated | ContactUpdated | InboxCreated | InboxUpdated, t) => {
                t == Target::AccountWebhook
            }
            (WebwidgetTriggered, t) => t != Target::ApiInbox,
            (ConversationCreated | ConversationTypingOn | ConversationTypingOff, t) => {
                t != Target::AgentBot
            }
            _ => true,
        }
    }
}

fn target_kind(t: Target) -> TargetKind {
    match t {
        Target::ApiInbox => TargetKind::ApiInbox,
        Target::AgentBot => TargetKind::AgentBot,
        Target::AccountWebhook => TargetKind::AccountWebhook,
    }
}

/// A loopback URL nothing listens on: deliveries fail at once and are still logged.
fn nowhere() -> Result<String> {
    let l = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(format!("http://{}/nowhere", l.local_addr()?))
}

/// Makes the event happen in a throwaway sandbox and returns the body it delivered.
pub async fn generate(event: TriggerEvent, target: Target, outgoing: bool) -> Result<Vec<u8>> {
    let config = SandboxConfig {
        webhook_timeout: Duration::from_secs(1),
        bot_retry_interval: Duration::from_millis(10),
        inbox_events: true,
        ..SandboxConfig::generated()
    };
    let sandbox = Sandbox::new(config.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(sandbox.clone().serve(listener, async {
        let _ = stopped.await;
    }));
    let api = Api::new(
        Client::new(ClientConfig {
            base_url: url,
            user_token: Some(config.admin_token.clone()),
            platform_token: None,
            timeout: Duration::from_secs(5),
            verbose: false,
            quiet: true,
            retry: RetryPolicy::default(),
        })?,
        Some(config.account_id),
    );
    let result = act(&api, event, target, outgoing).await;
    sandbox.wait_for_deliveries(Duration::from_secs(5)).await;
    let _ = stop.send(());
    let _ = server.await;
    result?;
    let name = event.name();
    sandbox
        .deliveries()
        .into_iter()
        .filter(|d| d.kind == target_kind(target) && d.event == name)
        .find(|d| {
            !matches!(
                event,
                TriggerEvent::MessageCreated | TriggerEvent::MessageUpdated
            ) || serde_json::from_slice::<Value>(&d.body)
                .ok()
                .and_then(|b| b["message_type"].as_str().map(str::to_string))
                == Some(if outgoing { "outgoing" } else { "incoming" }.to_string())
        })
        .map(|d| d.body)
        .ok_or_else(|| Error::other(format!("the sandbox produced no {name} for that target")))
}

async fn act(api: &Api, event: TriggerEvent, target: Target, outgoing: bool) -> Result<()> {
    use TriggerEvent::*;
    let dead = nowhere()?;
    // The account webhook subscribes to everything before anything happens.
    if target == Target::AccountWebhook {
        api.create_webhook(&WebhookInput {
            url: Some(dead.clone()),
            name: Some("trigger".into()),
            subscriptions: Some(
                crate::api::WEBHOOK_EVENTS
                    .iter()
                    .map(|e| e.to_string())
                    .collect(),
            ),
        })
        .await?;
    }
    let inbox = api
        .create_inbox(&InboxInput {
            name: Some("Support".into()),
            channel: Some(ChannelInput {
                kind: Some("api"),
                webhook_url: (target == Target::ApiInbox).then(|| dead.clone()),
                hmac_mandatory: None,
            }),
            ..InboxInput::default()
        })
        .await?;
    if target == Target::AgentBot {
        let bot = api
            .create_bot(
                crate::api::BotScope::Account,
                &crate::api::BotInput {
                    name: Some("Support bot".into()),
                    outgoing_url: Some(dead.clone()),
                    ..Default::default()
                },
            )
            .await?;
        api.set_inbox_bot(inbox.id, Some(bot.id)).await?;
    }
    if matches!(event, InboxCreated) {
        return Ok(());
    }
    if matches!(event, InboxUpdated) {
        api.update_inbox(
            inbox.id,
            &InboxInput {
                name: Some("Support (EU)".into()),
                ..Default::default()
            },
        )
        .await?;
        return Ok(());
    }
    let identifier = inbox.inbox_identifier.clone().unwrap_or_default();
    let contact = api
        .public_contact(&identifier, Some("customer-42"), Some("Jane Doe"))
        .await?;
    if matches!(event, ContactCreated | WebwidgetTriggered) {
        return Ok(());
    }
    let conversation = api
        .public_conversation(&identifier, &contact.source_id)
        .await?
        .id;
    let message = api
        .public_message(
            &identifier,
            &contact.source_id,
            conversation,
            "Hi, where is my order #1234?",
        )
        .await?;
    let mut message_id = message.id;
    if outgoing {
        let reply = api
            .create_message(
                conversation,
                &crate::api::MessageInput {
                    content: "Let me check that for you.".into(),
                    ..Default::default()
                },
            )
            .await?;
        message_id = reply.id;
    }
    match event {
        MessageUpdated => {
            api.set_message_status(conversation, message_id, "read")
                .await?;
        }
        ConversationStatusChanged | ConversationUpdated | ConversationResolved => {
            api.toggle_status(conversation, "resolved", None).await?;
        }
        ConversationOpened => {
            // With a bot linked the conversation is pending; opening it is the handoff.
            api.toggle_status(conversation, "open", None).await?;
        }
        ConversationTypingOn | ConversationTypingOff => {
            api.toggle_typing(conversation, event == ConversationTypingOn)
                .await?;
        }
        _ => {}
    }
    Ok(())
}

/// `ContactInbox#webhook_data` + event + event_info: only web-widget inboxes fire it, which the
/// sandbox does not create, so it is assembled from the contact the sandbox delivered.
fn webwidget_payload(contact_created: &[u8]) -> Result<Vec<u8>> {
    let contact: Value =
        serde_json::from_slice(contact_created).map_err(|e| Error::other(e.to_string()))?;
    let mut contact = contact;
    if let Value::Object(m) = &mut contact {
        m.remove("event");
    }
    let body = json!({
        "id": 1,
        "contact": contact,
        "inbox": {"id": 1, "name": "Website"},
        "account": contact.get("account").cloned().unwrap_or(json!({"id": 1, "name": "Sandbox"})),
        "current_conversation": null,
        "source_id": uuid::Uuid::new_v4().to_string(),
        "event": "webwidget_triggered",
        "event_info": {
            "initiated_at": {"timestamp": "Mon Nov 23 2026 10:00:00 GMT+0000 (Coordinated Universal Time)"},
            "referer": "https://www.example.com/pricing",
            "widget_language": null,
            "browser_language": "en",
            "browser": {"browser_name": "Chrome", "browser_version": "131.0.0.0", "device_name": "Unknown", "platform_name": "macOS", "platform_version": "10.15.7"},
        },
    });
    Ok(serde_json::to_vec(&body).unwrap_or_default())
}

/// `--set a.b.0.c=value`
fn apply_set(payload: &mut Value, path: &str, raw: &str) -> Result<()> {
    let value = serde_json::from_str(raw).unwrap_or_else(|_| Value::String(raw.to_string()));
    let mut cur = payload;
    let parts: Vec<&str> = path.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let last = i == parts.len() - 1;
        cur = match cur {
            Value::Object(m) => {
                if last {
                    m.insert(part.to_string(), value);
                    return Ok(());
                }
                m.entry(part.to_string()).or_insert_with(|| json!({}))
            }
            Value::Array(a) => {
                let idx: usize = part.parse().map_err(|_| {
                    Error::usage(format!(
                        "--set {path}: '{part}' indexes an array; give a number"
                    ))
                })?;
                let len = a.len();
                let slot = a.get_mut(idx).ok_or_else(|| {
                    Error::usage(format!(
                        "--set {path}: index {idx} is past the array's {len} items"
                    ))
                })?;
                if last {
                    *slot = value;
                    return Ok(());
                }
                slot
            }
            _ => {
                return Err(Error::usage(format!(
                    "--set {path}: '{part}' is inside a value that is not an object"
                )))
            }
        };
    }
    Ok(())
}

pub async fn run(ctx: &Context, args: TriggerArgs) -> Result<()> {
    let target = args.target.unwrap_or(args.event.default_target());
    let name = args.event.name();
    if !args.event.reaches(target) {
        return Err(Error::usage(format!(
            "Chatwoot does not send {name} to {} targets; try --for {}",
            target
                .to_possible_value()
                .map(|v| v.get_name().to_string())
                .unwrap_or_default(),
            args.event
                .default_target()
                .to_possible_value()
                .map(|v| v.get_name().to_string())
                .unwrap_or_default()
        )));
    }
    if args.outgoing
        && !matches!(
            args.event,
            TriggerEvent::MessageCreated | TriggerEvent::MessageUpdated
        )
    {
        return Err(Error::usage(
            "--outgoing goes with message_created and message_updated",
        ));
    }
    let body = if args.event == TriggerEvent::WebwidgetTriggered {
        webwidget_payload(
            &generate(TriggerEvent::ContactCreated, Target::AccountWebhook, false).await?,
        )?
    } else {
        generate(args.event, target, args.outgoing).await?
    };
    let body = if args.sets.is_empty() {
        body
    } else {
        let mut payload: Value =
            serde_json::from_slice(&body).map_err(|e| Error::other(e.to_string()))?;
        for (path, value) in &args.sets {
            apply_set(&mut payload, path, value)?;
        }
        // Re-encoded as Chatwoot's encoder writes it, like the body it replaces.
        crate::sandbox::escape_like_rails(&serde_json::to_vec(&payload).unwrap_or_default())
    };
    let secret = match one_secret(ctx, args.secret.clone(), "signs") {
        // Printing is for reading the payload: say why it is unsigned rather than refuse.
        Err(Error::Usage(why)) if args.print => {
            ctx.output().note(format!("Unsigned: {why}."));
            None
        }
        found => found?,
    };
    let delivery_id = uuid::Uuid::new_v4().to_string();
    let to = url::Url::parse(&args.to).map_err(|e| {
        Error::usage(format!(
            "--to {}: not a URL ({e}); give e.g. http://127.0.0.1:4000/",
            args.to
        ))
    })?;
    // What Chatwoot would put on the wire, Net::HTTP's own headers included.
    let headers = signing::as_net_http_sends(
        &to,
        &signing::delivery_headers(
            &body,
            &delivery_id,
            secret.as_deref(),
            crate::time::now_unix(),
        ),
    );
    let payload: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    if args.print {
        let mut text: String = headers.iter().map(|(k, v)| format!("{k}: {v}\n")).collect();
        text.push('\n');
        text.push_str(&serde_json::to_string_pretty(&payload).unwrap_or_default());
        return ctx
            .output()
            .print(View::new(payload, vec![delivery_id], Human::Text(text)));
    }
    if secret.is_none() {
        ctx.output().note("No secret known: sending unsigned (pass --secret or set CHATWOOT_WEBHOOK_SECRET to sign).");
    }
    let client = crate::http::client(crate::http::Peer::Receiver {
        timeout: ctx.timeout().min(Duration::from_secs(30)),
        pool: 1,
    })
    .map_err(|e| Error::other(e.to_string()))?;
    let mut req = client.post(to).body(body);
    for (k, v) in &headers {
        req = req.header(*k, v);
    }
    let started = Instant::now();
    let resp = req.send().await.map_err(|e| {
        Error::Api(crate::api::ApiError::network(
            format!("POST {}", args.to),
            e.to_string(),
            "is the receiver running? (`chatwoot-bridge listen` listens on http://127.0.0.1:4000 by default)".into(),
        ))
    })?;
    let status = resp.status();
    let location = resp
        .headers()
        .get(reqwest::header::LOCATION)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let answer = resp.text().await.unwrap_or_default();
    let text = format!(
        "{name} -> {} answered {} in {} ms (delivery {delivery_id}{})",
        args.to,
        status,
        started.elapsed().as_millis(),
        if secret.is_some() {
            ", signed"
        } else {
            ", unsigned"
        }
    );
    ctx.output().print(View::new(
        json!({"event": name, "url": args.to, "status": status.as_u16(), "delivery_id": delivery_id, "signed": secret.is_some(), "payload": payload}),
        vec![delivery_id.clone()],
        Human::Text(text),
    ))?;
    match status.as_u16() {
        200..=299 => Ok(()),
        401 | 403 => Err(Error::SignatureMismatch(format!(
            "the receiver refused the delivery ({status}): {}\n  hint: check --secret; it must be the receiver's signing secret",
            answer.trim()
        ))),
        300..=399 => Err(Error::other(format!(
            "the receiver answered {status}, a redirect to {}; a delivery follows no redirect (its signed body would go there too)\n  hint: use the final URL as --to",
            location.as_deref().unwrap_or("nowhere (no Location)")
        ))),
        _ => Err(Error::other(format!("the receiver answered {status}: {}", answer.trim()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_reaches_nested_fields_and_arrays() {
        let mut v = json!({"content":"a","conversation":{"messages":[{"content":"a"}]}});
        apply_set(&mut v, "content", "hello").unwrap();
        apply_set(&mut v, "conversation.messages.0.content", "hello").unwrap();
        apply_set(&mut v, "conversation.id", "42").unwrap();
        assert_eq!(
            v,
            json!({"content":"hello","conversation":{"messages":[{"content":"hello"}],"id":42}})
        );
        assert!(apply_set(&mut v, "conversation.messages.5.content", "x").is_err());
    }
}
