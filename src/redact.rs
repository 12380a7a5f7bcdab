//! Keeps secrets out of everything the tool prints: traces, JSON output, tables.

use serde_json::Value;

pub const REDACTED: &str = "[redacted]";

/// JSON keys whose values are credentials or signing secrets in Chatwoot's payloads.
const SECRET_KEYS: &[&str] = &[
    "access_token",
    "api_access_token",
    "token",
    "secret",
    "hmac_token",
    "pubsub_token",
    "password",
    "admin_token",
    "platform_token",
    "agent_token",
];

pub fn is_secret_key(key: &str) -> bool {
    SECRET_KEYS.contains(&key.to_ascii_lowercase().as_str())
}

/// Replaces every secret value (at any depth) by a marker; the shape stays as it was.
pub fn redact_json(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if is_secret_key(key) && !v.is_null() {
                    *v = Value::String(REDACTED.into());
                } else {
                    redact_json(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_json),
        _ => {}
    }
}

pub fn redacted(value: &Value) -> Value {
    let mut copy = value.clone();
    redact_json(&mut copy);
    copy
}

/// A body for a trace: JSON is redacted key by key; anything else is shown by size only,
/// since an opaque body may itself be a secret (`auth login --with-token` reads one).
pub fn redact_body(body: &[u8]) -> String {
    if body.is_empty() {
        return String::new();
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(v) => redacted(&v).to_string(),
        Err(_) => format!("<{} bytes, not JSON>", body.len()),
    }
}

/// Shows the first few characters so a user can tell tokens apart, never the whole.
pub fn mask(secret: &str) -> String {
    let n = secret.chars().count();
    if n <= 8 {
        "********".into()
    } else {
        format!(
            "{}…({} chars)",
            secret.chars().take(4).collect::<String>(),
            n
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn redacts_nested_secrets_and_keeps_the_rest() {
        let mut v = json!({"id":1,"secret":"s3","channel":{"hmac_token":"h"},"bots":[{"access_token":"t"}],"webhook_url":"https://x"});
        redact_json(&mut v);
        assert_eq!(
            v,
            json!({"id":1,"secret":REDACTED,"channel":{"hmac_token":REDACTED},"bots":[{"access_token":REDACTED}],"webhook_url":"https://x"})
        );
    }

    #[test]
    fn mask_never_reveals_a_short_secret() {
        assert_eq!(mask("abc"), "********");
        assert_eq!(mask("abcdefghijkl"), "abcd…(12 chars)");
    }
}
