//! The webhook events Chatwoot delivers: the one list the tool knows them by. `listen`,
//! `tail`, `events`, `replay` and `trigger` take any of them; account webhooks (`webhook`,
//! the wizard) may subscribe to all but the two agent-bot-only ones; the sandbox routes them.

use std::fmt;

use clap::builder::{PossibleValue, TypedValueParser};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Event {
    MessageCreated,
    MessageUpdated,
    ConversationCreated,
    ConversationStatusChanged,
    ConversationUpdated,
    ConversationOpened,
    ConversationResolved,
    ConversationTypingOn,
    ConversationTypingOff,
    WebwidgetTriggered,
    ContactCreated,
    ContactUpdated,
    InboxCreated,
    InboxUpdated,
}

impl Event {
    /// Every event a receiver may get, the most common first.
    pub const ALL: [Event; 14] = [
        Event::MessageCreated,
        Event::MessageUpdated,
        Event::ConversationCreated,
        Event::ConversationStatusChanged,
        Event::ConversationUpdated,
        Event::ConversationOpened,
        Event::ConversationResolved,
        Event::ConversationTypingOn,
        Event::ConversationTypingOff,
        Event::WebwidgetTriggered,
        Event::ContactCreated,
        Event::ContactUpdated,
        Event::InboxCreated,
        Event::InboxUpdated,
    ];

    /// The twelve an account webhook may subscribe to (`Webhook::ALLOWED_WEBHOOK_EVENTS`);
    /// `conversation_opened` and `conversation_resolved` reach agent bots only.
    pub const SUBSCRIBABLE: [Event; 12] = [
        Event::ConversationCreated,
        Event::ConversationStatusChanged,
        Event::ConversationUpdated,
        Event::ContactCreated,
        Event::ContactUpdated,
        Event::MessageCreated,
        Event::MessageUpdated,
        Event::WebwidgetTriggered,
        Event::InboxCreated,
        Event::InboxUpdated,
        Event::ConversationTypingOn,
        Event::ConversationTypingOff,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Event::MessageCreated => "message_created",
            Event::MessageUpdated => "message_updated",
            Event::ConversationCreated => "conversation_created",
            Event::ConversationStatusChanged => "conversation_status_changed",
            Event::ConversationUpdated => "conversation_updated",
            Event::ConversationOpened => "conversation_opened",
            Event::ConversationResolved => "conversation_resolved",
            Event::ConversationTypingOn => "conversation_typing_on",
            Event::ConversationTypingOff => "conversation_typing_off",
            Event::WebwidgetTriggered => "webwidget_triggered",
            Event::ContactCreated => "contact_created",
            Event::ContactUpdated => "contact_updated",
            Event::InboxCreated => "inbox_created",
            Event::InboxUpdated => "inbox_updated",
        }
    }

    pub fn from_name(name: &str) -> Option<Event> {
        Event::ALL.into_iter().find(|e| e.as_str() == name)
    }

    /// Whether an account webhook may subscribe to it.
    pub fn subscribable(self) -> bool {
        Event::SUBSCRIBABLE.contains(&self)
    }

    /// Whether Chatwoot sends it to an agent bot's `outgoing_url` (`AgentBotListener`): not
    /// `conversation_created`, typing, contact or inbox events.
    pub fn reaches_bots(self) -> bool {
        matches!(
            self,
            Event::MessageCreated
                | Event::MessageUpdated
                | Event::ConversationStatusChanged
                | Event::ConversationUpdated
                | Event::ConversationOpened
                | Event::ConversationResolved
                | Event::WebwidgetTriggered
        )
    }

    /// A name as typed: known, or an error that suggests the closest known name.
    pub fn parse(name: &str) -> Result<Event, String> {
        let name = name.trim();
        Event::from_name(name).ok_or_else(|| unknown(name, &Event::ALL.map(Event::as_str)))
    }

    /// As [`Event::parse`], for an account webhook's subscriptions.
    pub fn parse_subscribable(name: &str) -> Result<Event, String> {
        let name = name.trim();
        match Event::from_name(name) {
            Some(e) if e.subscribable() => Ok(e),
            Some(e) => Err(format!(
                "account webhooks cannot subscribe to {e}: Chatwoot sends it to agent bots only (webhook events: {})",
                WEBHOOK_EVENTS.join(", ")
            )),
            None => Err(unknown(name, &WEBHOOK_EVENTS)),
        }
    }
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// As its name, the way Chatwoot writes it in payloads and subscriptions.
impl serde::Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::str::FromStr for Event {
    type Err = String;
    fn from_str(s: &str) -> Result<Event, String> {
        Event::parse(s)
    }
}

/// The names of [`Event::SUBSCRIBABLE`], in that order.
pub const WEBHOOK_EVENTS: [&str; 12] = {
    let mut names = [""; 12];
    let mut i = 0;
    while i < names.len() {
        names[i] = Event::SUBSCRIBABLE[i].as_str();
        i += 1;
    }
    names
};

/// "unknown event 'x': did you mean 'y'?", then the names there are.
fn unknown(name: &str, known: &[&str]) -> String {
    if name.is_empty() {
        return format!(
            "an empty event name (a stray comma?) (events: {})",
            known.join(", ")
        );
    }
    let hint = closest(name, known)
        .map(|k| format!(": did you mean '{k}'?"))
        .unwrap_or_default();
    format!(
        "unknown event '{name}'{hint} (events: {})",
        known.join(", ")
    )
}

/// The known name nearest to a typo, if it is near enough to be what was meant.
fn closest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::jaro_winkler(name, k), *k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

/// The clap parser for an event argument: "did you mean" on a typo (exit 2), and the names
/// offered to shell completions.
pub fn parser() -> EventParser {
    EventParser { webhook: false }
}

/// As [`parser`], for an account webhook's subscriptions.
pub fn webhook_parser() -> EventParser {
    EventParser { webhook: true }
}

#[derive(Clone, Copy, Debug)]
pub struct EventParser {
    webhook: bool,
}

impl TypedValueParser for EventParser {
    type Value = Event;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Event, clap::Error> {
        let text = value.to_string_lossy();
        let parsed = if self.webhook {
            Event::parse_subscribable(&text)
        } else {
            Event::parse(&text)
        };
        parsed.map_err(|msg| {
            let flag = arg
                .map(|a| match a.get_long() {
                    Some(long) => format!("'--{long}'"),
                    None => format!("<{}>", a.get_id().as_str().to_uppercase()),
                })
                .unwrap_or_default();
            // "unknown event 'x' for '--events': did you mean …"
            let quoted = format!("'{}'", text.trim());
            let msg = msg.replacen(&quoted, &format!("{quoted} for {flag}"), 1);
            clap::Error::raw(clap::error::ErrorKind::InvalidValue, format!("{msg}\n")).with_cmd(cmd)
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let events: &[Event] = if self.webhook {
            &Event::SUBSCRIBABLE
        } else {
            &Event::ALL
        };
        Some(Box::new(
            events.iter().map(|e| PossibleValue::new(e.as_str())),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_typos_get_a_suggestion() {
        for e in Event::ALL {
            assert_eq!(Event::parse(e.as_str()), Ok(e));
        }
        let err = Event::parse("mesage_created").unwrap_err();
        assert!(err.contains("did you mean 'message_created'?"), "{err}");
        let err = Event::parse("zzz").unwrap_err();
        assert!(!err.contains("did you mean"), "{err}");
        assert!(err.contains("conversation_opened"), "{err}");
    }

    #[test]
    fn account_webhooks_take_all_but_the_bot_only_events() {
        assert_eq!(WEBHOOK_EVENTS.len(), 12);
        assert!(!Event::ConversationOpened.subscribable());
        assert!(!Event::ConversationResolved.subscribable());
        assert!(Event::SUBSCRIBABLE.iter().all(|e| Event::ALL.contains(e)));
        let err = Event::parse_subscribable("conversation_opened").unwrap_err();
        assert!(err.contains("agent bots only"), "{err}");
        let err = Event::parse_subscribable("mesage_created").unwrap_err();
        assert!(err.contains("did you mean 'message_created'?"), "{err}");
    }
}
