//! A tiny agent bot, the kind people connect to Chatwoot: it receives its webhook deliveries,
//! verifies their signature, answers the customer through Chatwoot's API with its own access
//! token, and hands the conversation to humans (pending -> open) when asked for one. Used by
//! `demo`, and by tests as the bot on the other side.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use serde_json::Value;

use crate::api::{Api, Client, ClientConfig, MessageInput, RetryPolicy};
use crate::signing;

pub const GREETING: &str = "Hi! I'm the demo bot. I can answer simple questions; say \"human\" any time to talk to a person.";
pub const HANDOFF_NOTE: &str = "Handing you over to a human agent now.";

/// What the bot has done, for checks.
#[derive(Debug, Default)]
pub struct BotStats {
    pub received: AtomicU64,
    pub verified: AtomicU64,
    pub rejected: AtomicU64,
    pub answered: AtomicU64,
    pub handoffs: AtomicU64,
}

struct BotState {
    api: Api,
    secret: Option<String>,
    stats: Arc<BotStats>,
}

/// The bot's settings: the Chatwoot it answers through, its own token and signing secret.
pub struct ExampleBot {
    pub chatwoot_url: String,
    pub account_id: u64,
    pub access_token: String,
    pub secret: Option<String>,
}

impl ExampleBot {
    /// Serves on `listener` until `shutdown`; returns the stats handle at once.
    pub fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<Arc<BotStats>, crate::api::ApiError> {
        let api = Api::new(
            Client::new(ClientConfig {
                base_url: self.chatwoot_url,
                user_token: Some(self.access_token),
                platform_token: None,
                timeout: Duration::from_secs(10),
                verbose: false,
                quiet: true,
                retry: RetryPolicy::default(),
            })?,
            Some(self.account_id),
        );
        let stats = Arc::new(BotStats::default());
        let state = Arc::new(BotState {
            api,
            secret: self.secret,
            stats: stats.clone(),
        });
        let app = axum::Router::new()
            .fallback(axum::routing::post(receive))
            .with_state(state);
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(shutdown)
                .await;
        });
        Ok(stats)
    }
}

async fn receive(
    State(state): State<Arc<BotState>>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    state.stats.received.fetch_add(1, Ordering::SeqCst);
    if let Some(secret) = &state.secret {
        let h = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        let checked = signing::verify(
            secret,
            h(signing::SIGNATURE_HEADER),
            h(signing::TIMESTAMP_HEADER),
            &body,
            crate::time::now_unix(),
            300,
        );
        if checked.is_err() {
            state.stats.rejected.fetch_add(1, Ordering::SeqCst);
            return StatusCode::UNAUTHORIZED;
        }
        state.stats.verified.fetch_add(1, Ordering::SeqCst);
    }
    let Ok(event) = serde_json::from_slice::<Value>(&body) else {
        return StatusCode::OK;
    };
    // Only the customer's messages need an answer; Chatwoot also sends the bot its own.
    let is_customer_message = event["event"] == crate::events::Event::MessageCreated.as_str()
        && event["message_type"] == "incoming"
        && event["private"] != true;
    let conversation = event["conversation"]["id"].as_u64();
    if let (true, Some(id)) = (is_customer_message, conversation) {
        // Answer in the background: Chatwoot waits at most 5 s for this response.
        let state = state.clone();
        let text = event["content"].as_str().unwrap_or_default().to_lowercase();
        tokio::spawn(async move {
            if text.contains("human") || text.contains("agent") || text.contains("person") {
                let note = MessageInput {
                    content: HANDOFF_NOTE.into(),
                    ..MessageInput::default()
                };
                if state.api.create_message(id, &note).await.is_ok()
                    && state.api.toggle_status(id, "open", None).await.is_ok()
                {
                    state.stats.handoffs.fetch_add(1, Ordering::SeqCst);
                }
            } else {
                let reply = MessageInput {
                    content: GREETING.into(),
                    ..MessageInput::default()
                };
                if state.api.create_message(id, &reply).await.is_ok() {
                    state.stats.answered.fetch_add(1, Ordering::SeqCst);
                }
            }
        });
    }
    StatusCode::OK
}
