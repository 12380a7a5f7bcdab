//! Is something answering at a webhook URL, and is it this listener? A GET tells: the
//! listener answers anything but POST with 405 and [`NOT_POSTED`], storing nothing.

use std::time::Duration;

/// The body of the listener's 405 answer to anything but POST.
pub const NOT_POSTED: &str = r#"{"error":"webhooks are POSTed"}"#;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Knock {
    /// `chatwoot-bridge listen` answered.
    Listener,
    /// Something else answered, with this HTTP status.
    Other(u16),
    /// The connection was refused: nothing listens there.
    Refused,
    /// No answer within the timeout.
    Timeout,
    /// Anything else (TLS, a reset connection, a bad URL).
    Failed(String),
}

/// Sends one GET (no retry, no redirect) and says who answered.
pub async fn knock(url: &str, timeout: Duration) -> Knock {
    let client = match crate::http::client(crate::http::Peer::Knock { timeout }) {
        Ok(c) => c,
        Err(e) => return Knock::Failed(e.to_string()),
    };
    match client.get(url).send().await {
        Ok(resp) => {
            let status = resp.status().as_u16();
            let body = resp.text().await.unwrap_or_default();
            if status == 405 && body == NOT_POSTED {
                Knock::Listener
            } else {
                Knock::Other(status)
            }
        }
        Err(e) if e.is_timeout() => Knock::Timeout,
        Err(e) if e.is_connect() && refused(&e) => Knock::Refused,
        Err(e) => Knock::Failed(crate::http::root_cause(&e)),
    }
}

fn refused(e: &reqwest::Error) -> bool {
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            return io.kind() == std::io::ErrorKind::ConnectionRefused;
        }
        source = s.source();
    }
    false
}
