//! Extracts the indexed fields from a Chatwoot payload without building a JSON tree: the
//! listener parses every delivery on the hot path, and most of a 3 KB message payload is
//! skipped with `IgnoredAny`.

use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

/// What the store indexes from a delivery's body (API-NOTES §g.3).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The webhook event name (a cable frame's dots become underscores).
    pub event: Option<String>,
    pub account_id: Option<i64>,
    pub inbox_id: Option<i64>,
    /// The conversation's display id.
    pub conversation_id: Option<i64>,
    /// `incoming`, `outgoing`, `template` or `activity` (integers in push data are mapped).
    pub message_type: Option<String>,
    /// `sender.type`; a sender object without `type` is a contact, so `contact`.
    pub sender_type: Option<String>,
    pub is_json: bool,
    /// Why the body is not JSON.
    pub parse_error: Option<String>,
}

impl Parsed {
    /// Never fails: a body that is not JSON (or not UTF-8) gives `is_json: false` and the reason.
    pub fn from_body(body: &[u8]) -> Parsed {
        if let Err(e) = std::str::from_utf8(body) {
            return Parsed {
                parse_error: Some(format!("invalid UTF-8 at byte {}", e.valid_up_to())),
                ..Parsed::default()
            };
        }
        let top = match serde_json::from_slice::<Top>(body) {
            Ok(top) => top,
            Err(e) => {
                return Parsed {
                    parse_error: Some(e.to_string()),
                    ..Parsed::default()
                };
            }
        };
        let is_message = matches!(
            top.event.as_deref(),
            Some("message_created" | "message_updated")
        );
        let is_conversation = top
            .event
            .as_deref()
            .is_some_and(|e| e.starts_with("conversation_"));
        let conversation_id = top
            .conversation
            .id
            .or(if is_conversation { top.id } else { None })
            .or(top.current_conversation.id);
        let inbox_id = top.inbox.id.or(top.inbox_id).or(top.conversation.inbox_id);
        let account_id = top.account.id.or(top.account_id);
        let message_type = if is_message { top.message_type } else { None };
        let sender_type = match (&top.sender, is_message) {
            (
                Obj {
                    present: true,
                    kind: Some(kind),
                    ..
                },
                _,
            ) => Some(kind.clone()),
            (
                Obj {
                    present: true,
                    kind: None,
                    ..
                },
                true,
            ) => Some("contact".to_string()),
            _ => None,
        };
        Parsed {
            // A raw cable frame (`listen --live --raw`) names it `message.created`: indexed
            // under the webhook name, so one `--events` filter finds both.
            event: top.event.map(|e| e.replace('.', "_")),
            account_id,
            inbox_id,
            conversation_id,
            message_type,
            sender_type,
            is_json: true,
            parse_error: None,
        }
    }

    /// A message from a bot, which Chatwoot also sends back to that bot (`--ignore-bot-echo`).
    pub fn is_bot_echo(&self) -> bool {
        matches!(
            self.event.as_deref(),
            Some("message_created" | "message_updated")
        ) && self.sender_type.as_deref() == Some("agent_bot")
    }
}

/// The top level, read leniently: a field of an unexpected type is `None`, not an error,
/// so any syntactically valid JSON counts as JSON.
#[derive(Default)]
struct Top {
    event: Option<String>,
    id: Option<i64>,
    account_id: Option<i64>,
    inbox_id: Option<i64>,
    message_type: Option<String>,
    account: Obj,
    inbox: Obj,
    conversation: Obj,
    current_conversation: Obj,
    sender: Obj,
}

impl<'de> Deserialize<'de> for Top {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Top;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("JSON")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top, A::Error> {
                let mut top = Top::default();
                while let Some(key) = map.next_key::<Key>()? {
                    match key.0.as_deref() {
                        Some("event") => top.event = map.next_value::<Text>()?.0,
                        Some("id") => top.id = map.next_value::<Int>()?.0,
                        Some("account_id") => top.account_id = map.next_value::<Int>()?.0,
                        Some("inbox_id") => top.inbox_id = map.next_value::<Int>()?.0,
                        Some("message_type") => {
                            top.message_type = map.next_value::<MessageType>()?.0
                        }
                        Some("account") => top.account = map.next_value()?,
                        Some("inbox") => top.inbox = map.next_value()?,
                        Some("conversation") => top.conversation = map.next_value()?,
                        Some("current_conversation") => {
                            top.current_conversation = map.next_value()?
                        }
                        Some("sender") => top.sender = map.next_value()?,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(top)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Top, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Top::default())
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Top, E> {
                Ok(Top::default())
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Top, E> {
                Ok(Top::default())
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Top, E> {
                Ok(Top::default())
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Top, E> {
                Ok(Top::default())
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Top, E> {
                Ok(Top::default())
            }
            fn visit_unit<E: de::Error>(self) -> Result<Top, E> {
                Ok(Top::default())
            }
        }
        d.deserialize_any(V)
    }
}

/// A nested object of which only `id`, `inbox_id` and `type` matter.
#[derive(Default)]
struct Obj {
    present: bool,
    id: Option<i64>,
    inbox_id: Option<i64>,
    kind: Option<String>,
}

impl<'de> Deserialize<'de> for Obj {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Obj;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("JSON")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Obj, A::Error> {
                let mut obj = Obj {
                    present: true,
                    ..Obj::default()
                };
                while let Some(key) = map.next_key::<Key>()? {
                    match key.0.as_deref() {
                        Some("id") => obj.id = map.next_value::<Int>()?.0,
                        Some("inbox_id") => obj.inbox_id = map.next_value::<Int>()?.0,
                        Some("type") => obj.kind = map.next_value::<Text>()?.0,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(obj)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Obj, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Obj::default())
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Obj, E> {
                Ok(Obj::default())
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Obj, E> {
                Ok(Obj::default())
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Obj, E> {
                Ok(Obj::default())
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Obj, E> {
                Ok(Obj::default())
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Obj, E> {
                Ok(Obj::default())
            }
            fn visit_unit<E: de::Error>(self) -> Result<Obj, E> {
                Ok(Obj::default())
            }
        }
        d.deserialize_any(V)
    }
}

/// A map key, borrowed when it has no escapes.
struct Key(Option<String>);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Only the handful of keys we look for are kept; others are dropped unallocated.
        struct V;
        impl Visitor<'_> for V {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Key, E> {
                const WANTED: [&str; 11] = [
                    "event",
                    "id",
                    "account_id",
                    "inbox_id",
                    "message_type",
                    "account",
                    "inbox",
                    "conversation",
                    "current_conversation",
                    "sender",
                    "type",
                ];
                Ok(Key(WANTED.contains(&s).then(|| s.to_string())))
            }
        }
        d.deserialize_str(V)
    }
}

/// A string, or `None` for any other JSON value.
struct Text(Option<String>);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Lenient(|v: Scalar| match v {
            Scalar::Str(s) => Some(s.to_string()),
            _ => None,
        }))
        .map(Text)
    }
}

/// An integer id, also accepted as a numeric string.
struct Int(Option<i64>);

impl<'de> Deserialize<'de> for Int {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Lenient(|v: Scalar| match v {
            Scalar::I64(n) => Some(n),
            Scalar::U64(n) => i64::try_from(n).ok(),
            Scalar::Str(s) => s.trim().parse().ok(),
            Scalar::Other => None,
        }))
        .map(Int)
    }
}

/// `message_type`: a string in webhook data, an integer in push data.
struct MessageType(Option<String>);

impl<'de> Deserialize<'de> for MessageType {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Lenient(|v: Scalar| {
            let name = match v {
                Scalar::Str(s) => return Some(s.to_string()),
                Scalar::I64(0) | Scalar::U64(0) => "incoming",
                Scalar::I64(1) | Scalar::U64(1) => "outgoing",
                Scalar::I64(2) | Scalar::U64(2) => "activity",
                Scalar::I64(3) | Scalar::U64(3) => "template",
                _ => return None,
            };
            Some(name.to_string())
        }))
        .map(MessageType)
    }
}

enum Scalar<'a> {
    Str(&'a str),
    I64(i64),
    U64(u64),
    Other,
}

/// Accepts any JSON value, consuming containers, and maps scalars through `F`.
struct Lenient<F>(F);

impl<'de, T, F: FnOnce(Scalar) -> Option<T>> Visitor<'de> for Lenient<F> {
    type Value = Option<T>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Option<T>, E> {
        Ok((self.0)(Scalar::Str(s)))
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Option<T>, E> {
        Ok((self.0)(Scalar::I64(n)))
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Option<T>, E> {
        Ok((self.0)(Scalar::U64(n)))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Option<T>, E> {
        Ok((self.0)(Scalar::Other))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Option<T>, E> {
        Ok((self.0)(Scalar::Other))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok((self.0)(Scalar::Other))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<T>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok((self.0)(Scalar::Other))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Option<T>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok((self.0)(Scalar::Other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_created_fields() {
        let body = br#"{"account":{"id":1,"name":"A"},"content":"hi","conversation":{"id":7,"inbox_id":3,"messages":[{"message_type":0}]},"id":99,"inbox":{"id":3,"name":"I"},"message_type":"incoming","sender":{"id":5,"name":"C","email":null},"event":"message_created"}"#;
        let p = Parsed::from_body(body);
        assert_eq!(p.event.as_deref(), Some("message_created"));
        assert_eq!(
            (p.account_id, p.inbox_id, p.conversation_id),
            (Some(1), Some(3), Some(7))
        );
        assert_eq!(p.message_type.as_deref(), Some("incoming"));
        assert_eq!(p.sender_type.as_deref(), Some("contact"));
        assert!(p.is_json && !p.is_bot_echo());
    }

    #[test]
    fn a_raw_cable_frame_is_indexed_under_the_webhook_event_name() {
        let p = Parsed::from_body(br#"{"event":"conversation.status_changed","data":{"id":3}}"#);
        assert_eq!(p.event.as_deref(), Some("conversation_status_changed"));
    }

    #[test]
    fn conversation_events_use_the_top_level_id_and_bot_echo_is_recognised() {
        let p = Parsed::from_body(br#"{"id":12,"inbox_id":4,"account":{"id":2},"status":"open","event":"conversation_status_changed"}"#);
        assert_eq!(
            (p.conversation_id, p.inbox_id, p.account_id),
            (Some(12), Some(4), Some(2))
        );
        let p = Parsed::from_body(br#"{"event":"message_created","sender":{"id":1,"type":"agent_bot"},"message_type":"outgoing"}"#);
        assert!(p.is_bot_echo());
    }

    #[test]
    fn odd_but_valid_json_is_json_and_garbage_is_not() {
        let p = Parsed::from_body(
            br#"{"event":5,"id":"17","inbox":[1,2],"sender":null,"conversation":{"id":1.5}}"#,
        );
        assert!(p.is_json);
        assert_eq!((p.event, p.inbox_id, p.conversation_id), (None, None, None));
        assert!(Parsed::from_body(b"[1,2]").is_json);
        let p = Parsed::from_body(b"{\"event\":");
        assert!(!p.is_json && p.parse_error.is_some());
        let p = Parsed::from_body(b"{\"event\":\"\xff\"}");
        assert_eq!(p.parse_error.as_deref(), Some("invalid UTF-8 at byte 10"));
    }
}
