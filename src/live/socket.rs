//! The client side of ActionCable's JSON protocol: connect to `/cable` with the
//! `actioncable-v1-json` subprotocol, wait for `welcome`, subscribe to `RoomChannel`, wait
//! for `confirm_subscription`, then read frames. Only `subscribe` is ever sent: never
//! `update_presence`, which would mark the user online and change auto-assignment.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// Why a connection or subscription failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SocketError {
    /// No websocket: refused, TLS, DNS, an HTTP answer instead of an upgrade (a proxy).
    Connect(String),
    /// Connected, but no `welcome` in time.
    NoWelcome,
    /// `reject_subscription`.
    Rejected,
    /// Neither confirm nor reject in time: Chatwoot raises on a token it cannot find and
    /// answers nothing.
    NoAnswer,
    /// The server closed the socket, or said `disconnect` (with its reason).
    Closed(String),
    /// `disconnect` with `reconnect: false`.
    Refused(String),
    /// No frame at all (not even a ping) for this long.
    Silent(Duration),
}

impl std::fmt::Display for SocketError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SocketError::Connect(e) => write!(f, "cannot open the websocket: {e}"),
            SocketError::NoWelcome => write!(f, "the server never sent ActionCable's welcome"),
            SocketError::Rejected => write!(f, "the subscription was rejected"),
            SocketError::NoAnswer => write!(f, "the subscription got no answer"),
            SocketError::Closed(why) => write!(f, "the connection closed ({why})"),
            SocketError::Refused(why) => {
                write!(
                    f,
                    "the server disconnected us and asked not to reconnect ({why})"
                )
            }
            SocketError::Silent(d) => write!(f, "no frame for {} s", d.as_secs()),
        }
    }
}

/// `ws(s)://host/cable` for an `http(s)://host` base URL (a path prefix is kept).
pub fn cable_url(base_url: &str) -> Result<String, String> {
    let mut url = url::Url::parse(base_url).map_err(|e| format!("{base_url}: {e}"))?;
    let scheme = match url.scheme() {
        "http" => "ws",
        "https" => "wss",
        other => return Err(format!("{base_url}: scheme {other} is not http or https")),
    };
    url.set_scheme(scheme)
        .map_err(|_| format!("{base_url}: cannot use {scheme}"))?;
    let path = format!("{}/cable", url.path().trim_end_matches('/'));
    url.set_path(&path);
    url.set_query(None);
    Ok(url.to_string())
}

/// The `RoomChannel` identifier of a user, as the dashboard builds it.
pub fn user_identifier(pubsub_token: &str, account_id: u64, user_id: u64) -> String {
    json!({
        "channel": "RoomChannel",
        "pubsub_token": pubsub_token,
        "account_id": account_id,
        "user_id": user_id,
    })
    .to_string()
}

/// A confirmed subscription.
pub struct Subscribed {
    ws: Ws,
    identifier: String,
}

/// Connects and subscribes; each wait is bounded by `timeout`.
pub async fn subscribe(
    url: &str,
    identifier: &str,
    timeout: Duration,
) -> Result<Subscribed, SocketError> {
    let mut request = url
        .into_client_request()
        .map_err(|e| SocketError::Connect(e.to_string()))?;
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        HeaderValue::from_static("actioncable-v1-json"),
    );
    let connect = tokio_tungstenite::connect_async(request);
    let (mut ws, _) = match tokio::time::timeout(timeout, connect).await {
        Ok(Ok(pair)) => pair,
        Ok(Err(e)) => return Err(SocketError::Connect(describe(&e))),
        Err(_) => {
            return Err(SocketError::Connect(format!(
                "no websocket handshake within {} s",
                timeout.as_secs()
            )))
        }
    };
    let deadline = tokio::time::Instant::now() + timeout;
    wait_for(&mut ws, deadline, |frame| {
        (frame.get("type").and_then(Value::as_str) == Some("welcome")).then_some(Ok(()))
    })
    .await
    .map_err(|e| match e {
        SocketError::NoAnswer => SocketError::NoWelcome,
        other => other,
    })??;
    let command = json!({"command": "subscribe", "identifier": identifier}).to_string();
    ws.send(Message::text(command))
        .await
        .map_err(|e| SocketError::Closed(e.to_string()))?;
    let deadline = tokio::time::Instant::now() + timeout;
    wait_for(&mut ws, deadline, |frame| {
        if frame.get("identifier").and_then(Value::as_str) != Some(identifier) {
            return None;
        }
        match frame.get("type").and_then(Value::as_str) {
            Some("confirm_subscription") => Some(Ok(())),
            Some("reject_subscription") => Some(Err(SocketError::Rejected)),
            _ => None,
        }
    })
    .await??;
    Ok(Subscribed {
        ws,
        identifier: identifier.to_owned(),
    })
}

/// Reads frames until `pick` decides, or `deadline` passes (`NoAnswer`).
async fn wait_for<T>(
    ws: &mut Ws,
    deadline: tokio::time::Instant,
    mut pick: impl FnMut(&Value) -> Option<T>,
) -> Result<T, SocketError> {
    loop {
        let next = match tokio::time::timeout_at(deadline, ws.next()).await {
            Ok(next) => next,
            Err(_) => return Err(SocketError::NoAnswer),
        };
        let Some(frame) = decode(next)? else {
            continue;
        };
        if let Some(why) = disconnect(&frame) {
            return Err(why);
        }
        if let Some(out) = pick(&frame) {
            return Ok(out);
        }
    }
}

/// `{"type":"disconnect","reason":…,"reconnect":bool}`.
fn disconnect(frame: &Value) -> Option<SocketError> {
    if frame.get("type").and_then(Value::as_str) != Some("disconnect") {
        return None;
    }
    let reason = frame
        .get("reason")
        .and_then(Value::as_str)
        .unwrap_or("no reason given")
        .to_owned();
    Some(
        if frame.get("reconnect").and_then(Value::as_bool) == Some(false) {
            SocketError::Refused(reason)
        } else {
            SocketError::Closed(format!("server said disconnect: {reason}"))
        },
    )
}

/// One websocket message as JSON; `Ok(None)` for control frames and non-JSON text.
fn decode(
    next: Option<Result<Message, tokio_tungstenite::tungstenite::Error>>,
) -> Result<Option<Value>, SocketError> {
    match next {
        None => Err(SocketError::Closed("end of stream".into())),
        Some(Err(e)) => Err(SocketError::Closed(describe(&e))),
        Some(Ok(Message::Text(text))) => Ok(serde_json::from_str(text.as_str()).ok()),
        Some(Ok(Message::Close(frame))) => Err(SocketError::Closed(
            frame.map_or("close frame".into(), |f| {
                format!("close frame: {}", f.reason)
            }),
        )),
        Some(Ok(_)) => Ok(None),
    }
}

fn describe(e: &tokio_tungstenite::tungstenite::Error) -> String {
    use tokio_tungstenite::tungstenite::Error as E;
    match e {
        E::Http(resp) => format!(
            "the server answered HTTP {} instead of upgrading to a websocket",
            resp.status()
        ),
        other => {
            let mut text = other.to_string();
            let mut source = std::error::Error::source(other);
            while let Some(s) = source {
                let detail = s.to_string();
                if !text.contains(&detail) {
                    text = format!("{text}: {detail}");
                }
                source = s.source();
            }
            text
        }
    }
}

impl Subscribed {
    /// The next broadcast's `message` object (`{"event","data"}`). Pings and other frames
    /// only prove the socket alive; `Silent` when nothing came for `dead_after`.
    pub async fn next_message(&mut self, dead_after: Duration) -> Result<Value, SocketError> {
        loop {
            let next = match tokio::time::timeout(dead_after, self.ws.next()).await {
                Ok(next) => next,
                Err(_) => return Err(SocketError::Silent(dead_after)),
            };
            let Some(mut frame) = decode(next)? else {
                continue;
            };
            if let Some(why) = disconnect(&frame) {
                return Err(why);
            }
            if frame.get("identifier").and_then(Value::as_str) != Some(self.identifier.as_str()) {
                continue;
            }
            if let Some(message) = frame.get_mut("message").map(Value::take) {
                if message.is_object() {
                    return Ok(message);
                }
            }
        }
    }

    pub async fn close(mut self) {
        let _ = self.ws.close(None).await;
    }
}

#[cfg(test)]
mod tests {
    use super::cable_url;

    #[test]
    fn cable_url_follows_the_scheme_and_keeps_a_prefix() {
        assert_eq!(
            cable_url("https://chat.example.com").unwrap(),
            "wss://chat.example.com/cable"
        );
        assert_eq!(
            cable_url("http://127.0.0.1:3000/").unwrap(),
            "ws://127.0.0.1:3000/cable"
        );
        assert_eq!(
            cable_url("https://example.com/chatwoot").unwrap(),
            "wss://example.com/chatwoot/cable"
        );
    }
}
