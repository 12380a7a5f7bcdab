//! `resolve`, `reopen`, `pending`, `snooze` and `handoff`: a conversation's status, each
//! printed as before -> after.

use clap::Args;
use serde_json::json;

use super::conversation::conversation_id;
use crate::api::MessageInput;
use crate::context::Context;
use crate::duration::parse_duration;
use crate::error::{Error, Result};
use crate::output::{Human, View};

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The conversation's id as Chatwoot shows it
    pub conversation: String,
}

#[derive(Debug, Args)]
pub struct SnoozeArgs {
    /// The conversation's id as Chatwoot shows it
    pub conversation: String,
    /// A duration (30m, 2h, 1d) or a future time (2026-12-01T09:00:00Z; without an offset, local); without it, until the customer writes
    #[arg(long, value_name = "2h|RFC3339")]
    pub until: Option<String>,
}

#[derive(Debug, Args)]
pub struct HandoffArgs {
    /// The conversation's id as Chatwoot shows it
    pub conversation: String,
    /// A private note for the humans taking over
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

/// Unix seconds for `--until`: a duration from now, or a time that is still ahead.
pub fn snooze_until(raw: &str, now: i64) -> Result<i64> {
    if let Ok(d) = parse_duration(raw) {
        return Ok(now + d.as_secs() as i64);
    }
    let at = crate::time::parse_time(raw)
        .map_err(|e| {
            Error::usage(format!(
                "--until: {e}; give a duration like 2h or 1d, or a time like 2026-12-01T09:00:00Z"
            ))
        })?
        .as_second();
    if at <= now {
        return Err(Error::usage(format!(
            "--until {raw} is in the past ({}): a snooze ends in the future; give a later time or a duration like 2h",
            crate::time::relative(at * 1000, now * 1000)
        )));
    }
    Ok(at)
}

/// `snoozed_until` as Chatwoot answers it (ISO 8601), for people: local time and how far off.
pub fn until_text(until: &serde_json::Value) -> String {
    let raw = until
        .as_str()
        .map_or_else(|| until.to_string(), str::to_string);
    match crate::time::parse_time(&raw) {
        Ok(t) => format!(
            "{} ({})",
            crate::time::local_with_zone(t.as_millisecond()),
            crate::time::relative(t.as_millisecond(), crate::time::now_ms())
        ),
        Err(_) => raw,
    }
}

/// Sets the status and prints before -> after (`-o json`: Chatwoot's answer).
pub async fn set_status(
    ctx: &Context,
    raw_id: &str,
    status: &str,
    snoozed_until: Option<i64>,
) -> Result<()> {
    let id = conversation_id(raw_id)?;
    let api = ctx.api()?;
    let before = api.conversation(id).await?.status;
    let change = api.toggle_status(id, status, snoozed_until).await?;
    let mut text = format!("Conversation {id}: {before} -> {}", change.current_status);
    if let Some(until) = change.snoozed_until.as_ref().filter(|v| !v.is_null()) {
        text.push_str(&format!(" until {}", until_text(until)));
    } else if status == "snoozed" {
        text.push_str(" until the customer's next message");
    }
    ctx.output().print(View::new(
        json!({ "payload": {
            "success": change.success,
            "conversation_id": change.conversation_id,
            "current_status": change.current_status,
            "snoozed_until": change.snoozed_until,
        }, "previous_status": before }),
        vec![id.to_string()],
        Human::Text(text),
    ))
}

pub async fn snooze(ctx: &Context, args: SnoozeArgs) -> Result<()> {
    let until = match &args.until {
        Some(raw) => Some(snooze_until(raw, crate::time::now_unix())?),
        None => None,
    };
    set_status(ctx, &args.conversation, "snoozed", until).await
}

/// The bot hands over to humans: pending -> open, with an optional private note first so
/// the agent sees why.
pub async fn handoff(ctx: &Context, args: HandoffArgs) -> Result<()> {
    let id = conversation_id(&args.conversation)?;
    if let Some(note) = &args.note {
        ctx.api()?
            .create_message(
                id,
                &MessageInput {
                    content: note.clone(),
                    private: true,
                    ..MessageInput::default()
                },
            )
            .await?;
    }
    set_status(ctx, &args.conversation, "open", None).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn until_takes_durations_and_rfc3339() {
        assert_eq!(snooze_until("2h", 1000).unwrap(), 1000 + 7200);
        assert_eq!(snooze_until("2026-06-20T10:00:00Z", 0).unwrap(), 1781949600);
        assert_eq!(
            snooze_until("2026-06-20T12:00:00+02:00", 0).unwrap(),
            1781949600
        );
        assert_eq!(snooze_until("tomorrow", 0).unwrap_err().exit_code(), 2);
    }
}
