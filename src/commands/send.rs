//! `send`: a message in an existing conversation (as the agent, or `--incoming` as the
//! contact), or `--as-customer`: a test customer writes into an inbox through the public
//! client API, the way a customer's app would.

use std::io::Read;
use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use super::conversation::conversation_id;
use crate::api::{MessageInput, MAX_ATTACHMENTS};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, View};

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
chatwoot-bridge send 42 'Thanks, looking into it'\n  \
chatwoot-bridge send 42 'Escalating to billing' --private\n  \
echo 'from a file' | chatwoot-bridge send 42 -\n  \
chatwoot-bridge send --inbox 'Support bot' --as-customer 'Hi, I need help' --contact cust-1")]
pub struct SendArgs {
    /// CONVERSATION TEXT, or only TEXT with --as-customer; TEXT `-` reads stdin
    #[arg(value_name = "CONVERSATION TEXT", num_args = 1..=2, required = true)]
    pub args: Vec<String>,
    /// A private note, seen only by agents
    #[arg(long, conflicts_with_all = ["incoming", "as_customer"])]
    pub private: bool,
    /// Attach a file (repeatable, at most 15)
    #[arg(long = "attach", value_name = "FILE", conflicts_with = "as_customer")]
    pub attach: Vec<PathBuf>,
    /// Post as the contact (incoming); Chatwoot allows it only in API inboxes
    #[arg(long, conflicts_with = "as_customer")]
    pub incoming: bool,
    /// A test customer writes in: public client API, new or reused contact
    #[arg(long, requires = "inbox")]
    pub as_customer: bool,
    /// With --as-customer: the inbox to write into (id or name)
    #[arg(long, value_name = "INBOX")]
    pub inbox: Option<String>,
    /// With --as-customer: the contact's identifier; the same identifier reuses the contact
    #[arg(long, value_name = "IDENTIFIER", requires = "as_customer")]
    pub contact: Option<String>,
    /// With --as-customer: continue this conversation of the contact instead of opening one
    #[arg(long, value_name = "ID", requires = "as_customer")]
    pub conversation: Option<u64>,
}

fn text_arg(raw: &str) -> Result<String> {
    let text = if raw == "-" {
        let mut buf = String::new();
        std::io::stdin()
            .read_to_string(&mut buf)
            .map_err(|e| Error::io("reading the message from stdin", e))?;
        buf.trim_end_matches('\n').to_string()
    } else {
        raw.to_string()
    };
    if text.trim().is_empty() {
        return Err(Error::usage("the message is empty"));
    }
    Ok(text)
}

pub async fn run(ctx: &Context, args: SendArgs) -> Result<()> {
    if args.as_customer {
        return as_customer(ctx, args).await;
    }
    let [conversation, text] = args.args.as_slice() else {
        return Err(Error::usage(
            "give the conversation and the text: `send CONVERSATION TEXT` (or `send --inbox INBOX --as-customer TEXT`)",
        ));
    };
    if args.inbox.is_some() {
        return Err(Error::usage("--inbox goes with --as-customer"));
    }
    let conversation = conversation_id(conversation)?;
    if args.attach.len() > MAX_ATTACHMENTS {
        return Err(Error::usage(format!(
            "{} files given; Chatwoot takes at most {MAX_ATTACHMENTS} attachments per message",
            args.attach.len()
        )));
    }
    for file in &args.attach {
        if !file.is_file() {
            return Err(Error::usage(format!(
                "--attach {}: no such file",
                file.display()
            )));
        }
    }
    let text = text_arg(text)?;
    let api = ctx.api()?;
    let message = api
        .create_message(
            conversation,
            &MessageInput {
                content: text,
                incoming: args.incoming,
                private: args.private,
                attachments: args.attach,
            },
        )
        .await
        .map_err(|e| match e {
            Error::Api(a) if a.detail.contains("only allowed in Api inboxes") => Error::Api(a.with_hint(
                "--incoming works only in API-channel inboxes; in other inboxes the customer's own channel delivers incoming messages",
            )),
            other => other,
        })?;
    let kind = if args.private {
        "private note"
    } else {
        message.kind()
    };
    ctx.output().note(format!(
        "Sent message {} ({kind}) in conversation {conversation}.",
        message.id
    ));
    ctx.output().print(View::new(
        message.raw.clone(),
        vec![message.id.to_string()],
        Human::Text(message.id.to_string()),
    ))
}

async fn as_customer(ctx: &Context, args: SendArgs) -> Result<()> {
    let [text] = args.args.as_slice() else {
        return Err(Error::usage(
            "with --as-customer give only the text: `send --inbox INBOX --as-customer TEXT`",
        ));
    };
    let text = text_arg(text)?;
    let inbox_ref = args.inbox.as_deref().expect("clap requires --inbox");
    let api = ctx.api()?;
    let spinner = ctx.spinner("Writing in as a test customer");
    let inbox = api.resolve_inbox(inbox_ref).await?;
    let identifier = inbox.inbox_identifier.clone().filter(|_| inbox.is_api()).ok_or_else(|| {
        Error::usage(format!(
            "inbox {} is a {} inbox; customers can write in through the public API only in API inboxes",
            inbox.id,
            super::inbox::channel_label(&inbox)
        ))
    })?;
    let (contact_id, source_id, conversation) = match args.conversation {
        Some(id) => {
            let (contact_id, source_id) =
                owner_of(api, &identifier, inbox.id, id, args.contact.as_deref()).await?;
            (contact_id, source_id, id)
        }
        None => {
            let contact = api
                .public_contact(&identifier, args.contact.as_deref(), None)
                .await?;
            let conversation = api
                .public_conversation(&identifier, &contact.source_id)
                .await?
                .id;
            (contact.id, contact.source_id, conversation)
        }
    };
    let message = api
        .public_message(&identifier, &source_id, conversation, &text)
        .await?;
    // The public answer does not carry the status; read it as an agent would see it.
    let status = api
        .conversation(conversation)
        .await
        .map(|c| c.status)
        .unwrap_or_else(|_| "unknown".into());
    drop(spinner);
    let json = json!({
        "conversation_id": conversation,
        "message_id": message.id,
        "contact_id": contact_id,
        "source_id": source_id,
        "inbox_id": inbox.id,
        "status": status,
    });
    let text = format!(
        "Conversation {conversation} ({status}), message {}\nContact {} (source id {})\n",
        message.id, contact_id, source_id
    );
    if status == "pending" {
        ctx.output().note(
            "The inbox has a bot: the conversation waits for it (pending) until it hands off.",
        );
    }
    ctx.output().print(View::new(
        json,
        vec![conversation.to_string()],
        Human::Text(text),
    ))
}

/// The contact and source id that own a conversation. Chatwoot's public contact create
/// makes a new contact inbox (a new source id) even for a known identifier, so continuing a
/// conversation means finding the contact inbox it was opened under.
async fn owner_of(
    api: &crate::api::Api,
    identifier: &str,
    inbox_id: u64,
    conversation: u64,
    wanted_contact: Option<&str>,
) -> Result<(u64, String)> {
    let conv = api.conversation(conversation).await?;
    if conv.inbox_id != Some(inbox_id) {
        return Err(Error::usage(format!(
            "conversation {conversation} is in inbox {}, not in inbox {inbox_id}",
            conv.inbox_id
                .map(|i| i.to_string())
                .unwrap_or_else(|| "?".into())
        )));
    }
    let contact_id = conv
        .meta
        .sender
        .as_ref()
        .and_then(|s| s.get("id"))
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| Error::other(format!("conversation {conversation} has no contact")))?;
    let contact = api.contact(contact_id).await?;
    if let Some(wanted) = wanted_contact {
        let actual = contact
            .get("identifier")
            .and_then(serde_json::Value::as_str);
        if actual != Some(wanted) {
            return Err(Error::usage(format!(
                "conversation {conversation} belongs to contact {contact_id} (identifier {}), not to '{wanted}'",
                actual.unwrap_or("none")
            )));
        }
    }
    let source_ids: Vec<String> = contact
        .get("contact_inboxes")
        .and_then(serde_json::Value::as_array)
        .into_iter()
        .flatten()
        .filter(|ci| ci.pointer("/inbox/id").and_then(serde_json::Value::as_u64) == Some(inbox_id))
        .filter_map(|ci| {
            ci.get("source_id")
                .and_then(serde_json::Value::as_str)
                .map(str::to_string)
        })
        .collect();
    for source_id in source_ids {
        let theirs = api.public_conversations(identifier, &source_id).await?;
        if theirs.iter().any(|c| c.id == conversation) {
            return Ok((contact_id, source_id));
        }
    }
    Err(Error::other(format!(
        "could not find the contact inbox of conversation {conversation}: it was not opened through the public API of inbox {inbox_id}"
    )))
}
