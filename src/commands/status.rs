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
    pub conversation: String,
    /// A duration (30m, 2h, 1d) or an RFC 3339 time; without it, until the customer writes
    #[arg(long, value_name = "2h|RFC3339")]
    pub until: Option<String>,
}

#[derive(Debug, Args)]
pub struct HandoffArgs {
    pub conversation: String,
    /// A private note for the humans taking over
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

/// Unix seconds for `--until`.
pub fn snooze_until(raw: &str, now: i64) -> Result<i64> {
    if let Ok(d) = parse_duration(raw) {
        return Ok(now + d.as_secs() as i64);
    }
    parse_rfc3339(raw).ok_or_else(|| {
        Error::usage(format!(
            "--until '{raw}': give a duration like 2h or 1d, or a time like 2026-12-01T09:00:00Z"
        ))
    })
}

/// RFC 3339 to unix seconds, without pulling a date crate in for one format.
fn parse_rfc3339(s: &str) -> Option<i64> {
    let s = s.trim();
    let (date, rest) = s.split_once(['T', 't', ' '])?;
    let mut d = date.split('-');
    let (y, mo, da): (i64, i64, i64) = (
        d.next()?.parse().ok()?,
        d.next()?.parse().ok()?,
        d.next()?.parse().ok()?,
    );
    let (time, offset) = if let Some(t) = rest.strip_suffix(['Z', 'z']) {
        (t, 0)
    } else {
        let idx = rest.rfind(['+', '-'])?;
        let (t, off) = rest.split_at(idx);
        let sign = if off.starts_with('-') { -1 } else { 1 };
        let (oh, om) = off[1..].split_once(':')?;
        (
            t,
            sign * (oh.parse::<i64>().ok()? * 3600 + om.parse::<i64>().ok()? * 60),
        )
    };
    let mut t = time.split(':');
    let (h, mi): (i64, i64) = (t.next()?.parse().ok()?, t.next()?.parse().ok()?);
    let sec: f64 = t.next().unwrap_or("0").parse().ok()?;
    if !(1..=12).contains(&mo) || !(1..=31).contains(&da) || h > 23 || mi > 59 {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let y2 = if mo <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + da - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146097 + doe - 719468;
    Some(days * 86400 + h * 3600 + mi * 60 + sec as i64 - offset)
}

pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
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
        text.push_str(&format!(
            " until {}",
            until.as_str().unwrap_or(&until.to_string())
        ));
    } else if status == "snoozed" {
        text.push_str(" until the customer's next message");
    }
    ctx.output.print(View::new(
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
        Some(raw) => Some(snooze_until(raw, now_unix())?),
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
