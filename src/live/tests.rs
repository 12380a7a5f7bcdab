//! The socket client against the sandbox's `/cable`: the protocol's answers and the exit
//! codes a failed subscription ends with.

use std::time::Duration;

use serde_json::json;

use super::fatal;
use super::socket::{self, SocketError};
use crate::sandbox::{Sandbox, SandboxConfig};

async fn sandbox() -> (Sandbox, String, tokio::sync::oneshot::Sender<()>) {
    let sb = Sandbox::new(SandboxConfig::generated());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("ws://{}/cable", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(sb.clone().serve(listener, async {
        let _ = stopped.await;
    }));
    (sb, url, stop)
}

const SHORT: Duration = Duration::from_millis(400);

#[tokio::test]
async fn a_token_chatwoot_cannot_find_gets_no_answer_and_exit_4() {
    let (sb, url, _stop) = sandbox().await;
    let identifier = socket::user_identifier("not-the-token", 1, 1);
    let err = socket::subscribe(&url, &identifier, SHORT).await.err();
    assert_eq!(err, Some(SocketError::NoAnswer));
    let e = fatal(SocketError::NoAnswer, &url, 1, true);
    assert_eq!(e.exit_code(), 4);
    assert!(e.to_string().contains("password changed"), "{e}");
    // The subscribe went out; nothing else did.
    assert_eq!(sb.cable_commands().len(), 1);
}

/// The sandbox admin's (user 1's) websocket token.
fn admin_pubsub_token(sb: &crate::sandbox::Sandbox) -> String {
    sb.db()
        .users
        .get(&crate::sandbox::UserId::new(1))
        .unwrap()
        .pubsub_token
        .clone()
}

#[tokio::test]
async fn an_account_the_user_is_not_in_gets_no_answer() {
    let (sb, url, _stop) = sandbox().await;
    let token = admin_pubsub_token(&sb);
    let identifier = socket::user_identifier(&token, 99, 1);
    let err = socket::subscribe(&url, &identifier, SHORT).await.err();
    assert_eq!(err, Some(SocketError::NoAnswer));
}

#[tokio::test]
async fn an_unknown_channel_is_rejected_and_exit_4() {
    let (_sb, url, _stop) = sandbox().await;
    let identifier = json!({"channel": "NoSuchChannel"}).to_string();
    let err = socket::subscribe(&url, &identifier, SHORT).await.err();
    assert_eq!(err, Some(SocketError::Rejected));
    assert_eq!(fatal(SocketError::Rejected, &url, 1, true).exit_code(), 4);
}

#[tokio::test]
async fn the_right_token_is_confirmed_and_hears_its_presence() {
    let (sb, url, _stop) = sandbox().await;
    let token = admin_pubsub_token(&sb);
    let identifier = socket::user_identifier(&token, 1, 1);
    let mut sub = socket::subscribe(&url, &identifier, Duration::from_secs(10))
        .await
        .expect("confirmed");
    let first = sub.next_message(Duration::from_secs(10)).await.unwrap();
    assert_eq!(first["event"], "presence.update");
    assert_eq!(first["data"]["users"]["1"], "online");
}

#[tokio::test]
async fn no_websocket_at_cable_is_a_network_error_naming_the_proxy() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("ws://{}/cable", listener.local_addr().unwrap());
    // An HTTP server that is not a websocket endpoint (a proxy without Upgrade headers).
    tokio::spawn(async move {
        let app = axum::Router::new().fallback(|| async { "not a websocket" });
        let _ = axum::serve(listener, app).await;
    });
    let err = socket::subscribe(&url, "{}", Duration::from_secs(10))
        .await
        .err()
        .unwrap();
    assert!(matches!(err, SocketError::Connect(_)), "{err:?}");
    let e = fatal(err, &url, 1, true);
    assert_eq!(e.exit_code(), 9);
    assert!(e.to_string().contains("proxy_set_header Upgrade"), "{e}");
}

#[tokio::test]
async fn a_socket_that_goes_silent_is_declared_dead() {
    use axum::extract::ws::{Message, WebSocketUpgrade};
    // Confirms the subscription, then sends nothing, not even pings (a half-open connection).
    async fn silent(ws: WebSocketUpgrade) -> axum::response::Response {
        ws.protocols(["actioncable-v1-json"])
            .on_upgrade(|mut socket| async move {
                let _ = socket
                    .send(Message::Text(r#"{"type":"welcome"}"#.into()))
                    .await;
                if let Some(Ok(Message::Text(cmd))) = socket.recv().await {
                    let cmd: serde_json::Value = serde_json::from_str(cmd.as_str()).unwrap();
                    let confirm =
                        json!({"identifier": cmd["identifier"], "type": "confirm_subscription"});
                    let _ = socket.send(Message::Text(confirm.to_string().into())).await;
                }
                std::future::pending::<()>().await;
            })
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("ws://{}/cable", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let app = axum::Router::new().route("/cable", axum::routing::get(silent));
        let _ = axum::serve(listener, app).await;
    });
    let identifier = socket::user_identifier("t", 1, 1);
    let mut sub = socket::subscribe(&url, &identifier, Duration::from_secs(10))
        .await
        .expect("confirmed");
    let err = sub.next_message(SHORT).await.err();
    assert_eq!(err, Some(SocketError::Silent(SHORT)));
}
