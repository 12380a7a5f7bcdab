//! Live events over Chatwoot's websocket (`listen --live`): no public URL needed.
//!
//! [`run`] reads `GET /api/v1/profile` (user id, `pubsub_token`, role), connects to
//! `/cable`, subscribes to `RoomChannel` as the dashboard does, and turns each broadcast into
//! a [`LiveRecord`]: the webhook body a bot would have received ([`convert`]), or the
//! cable's own `{"event","data"}` with [`LiveOptions::raw`]. The caller stores and forwards
//! them (`listen::ingest`).
//!
//! - **Presence**: subscribing marks the user online for about 20 s (Chatwoot's
//!   `OnlineStatusTracker`); the dashboard keeps it so with `update_presence` every 20 s.
//!   This client never sends it, so the user is not kept online (online agents get
//!   auto-assigned conversations and no notification e-mails).
//! - **Scope**: administrators receive every conversation and message event of the
//!   account; agents only those of inboxes they are members of ([`Notice::OnlyInboxes`]).
//! - **Dead sockets**: Rails pings every 3 s; no frame for [`LiveOptions::dead_after`]
//!   means the socket is gone. Reconnects wait 0, 1, 2, 5, then 10 s between attempts,
//!   re-read the profile each time (the pubsub token rotates with the password), then
//!   **backfill** (ActionCable has no replay): conversations updated during the gap (plus
//!   15 s, as the dashboard does) as `conversation_updated`, and their messages after the
//!   last one seen, all marked backfill.
//! - A rejected or unanswered subscription is an authentication error (exit 4): Chatwoot
//!   answers nothing at all to a token it cannot find. On a reconnect it takes three
//!   unanswered subscriptions in a row (a server still starting may answer late).

pub mod convert;
pub mod socket;
#[cfg(test)]
mod tests;

use std::future::Future;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use serde_json::Value;
use tokio::sync::mpsc;

pub use convert::{Converted, Converter, Fidelity, Me};
use socket::{SocketError, Subscribed};

use crate::api::{Api, ApiError, ApiErrorKind};
use crate::error::{Error, Result};

/// The dashboard's margin on top of the gap when it refetches (`ReconnectService`).
const BACKFILL_MARGIN_SECS: u64 = 15;

#[derive(Debug, Clone)]
pub struct LiveOptions {
    /// Store the cable's `{"event","data"}` untouched instead of webhook bodies.
    pub raw: bool,
    /// Backfill the gap after a reconnect.
    pub backfill: bool,
    /// Bounds the handshake, the welcome and the subscription answer.
    pub subscribe_timeout: Duration,
    /// No frame for this long: the socket is dead.
    pub dead_after: Duration,
    /// Waits before successive reconnect attempts; the last one repeats.
    pub backoff: Vec<Duration>,
}

impl Default for LiveOptions {
    fn default() -> Self {
        LiveOptions {
            raw: false,
            backfill: true,
            subscribe_timeout: Duration::from_secs(10),
            dead_after: Duration::from_secs(15),
            backoff: [0, 1, 2, 5, 10].map(Duration::from_secs).to_vec(),
        }
    }
}

/// One event for the store.
#[derive(Debug, Clone)]
pub struct LiveRecord {
    /// Webhook event name (`message_created`), or the cable's (`message.created`) when raw.
    pub event: String,
    pub body: Bytes,
    pub fidelity: Fidelity,
    /// Found by the backfill after a reconnect, not pushed by the socket.
    pub backfill: bool,
}

/// What the feed has to tell the user, once each.
#[derive(Debug, Clone)]
pub enum Notice {
    ListeningAs {
        user_id: u64,
        name: String,
        email: String,
        account_id: u64,
        role: String,
        url: String,
    },
    /// Not an administrator: only these inboxes' events arrive.
    OnlyInboxes(Vec<(u64, String)>),
    /// The first subscription is confirmed: events flow from now on.
    Subscribed,
    Dropped {
        error: String,
    },
    ReconnectFailed {
        error: String,
        retry_in: Duration,
    },
    Reconnected {
        gap: Duration,
        backfilled: usize,
    },
    /// The gap could not be read back: events in it are missing.
    BackfillFailed {
        error: String,
    },
}

/// The user and subscription of one connection attempt.
struct Session {
    user_id: u64,
    name: String,
    email: String,
    account_name: String,
    role: String,
    identifier: String,
}

/// Runs the feed until `shutdown` resolves or `sink` closes. Errors: the profile cannot
/// be read, or the first connection or any subscription fails (see the module docs).
pub async fn run(
    api: &Api,
    options: &LiveOptions,
    sink: mpsc::Sender<LiveRecord>,
    mut notice: impl FnMut(Notice),
    shutdown: impl Future<Output = ()>,
) -> Result<()> {
    let mut shutdown = std::pin::pin!(shutdown);
    let url = socket::cable_url(api.client().base_url()).map_err(Error::usage)?;
    let session = session(api).await?;
    let account_id = api.account_id()?;
    notice(Notice::ListeningAs {
        user_id: session.user_id,
        name: session.name.clone(),
        email: session.email.clone(),
        account_id,
        role: session.role.clone(),
        url: url.clone(),
    });
    if session.role != "administrator" {
        let inboxes = api.inboxes().await?;
        notice(Notice::OnlyInboxes(
            inboxes.into_iter().map(|i| (i.id, i.name)).collect(),
        ));
    }
    let mut converter = Converter::new(
        account_id,
        &session.account_name,
        Me {
            id: session.user_id,
            email: session.email.clone(),
        },
    );
    let first = tokio::select! {
        () = &mut shutdown => return Ok(()),
        s = socket::subscribe(&url, &session.identifier, options.subscribe_timeout) => s,
    };
    let mut sub = first.map_err(|e| fatal(e, &url, account_id, true))?;
    notice(Notice::Subscribed);
    loop {
        let error = loop {
            let next = tokio::select! {
                () = &mut shutdown => {
                    sub.close().await;
                    return Ok(());
                }
                next = sub.next_message(options.dead_after) => next,
            };
            match next {
                Ok(message) => {
                    if let Some(record) = record(api, &mut converter, options, message).await {
                        if sink.send(record).await.is_err() {
                            return Ok(());
                        }
                    }
                }
                Err(e) => break e,
            }
        };
        if let SocketError::Refused(_) = error {
            return Err(fatal(error, &url, account_id, false));
        }
        let dropped_at = Instant::now();
        notice(Notice::Dropped {
            error: error.to_string(),
        });
        sub = {
            let mut attempt = 0usize;
            let mut unanswered = 0usize;
            loop {
                let wait = options
                    .backoff
                    .get(attempt.min(options.backoff.len().saturating_sub(1)))
                    .copied()
                    .unwrap_or(Duration::from_secs(1));
                attempt += 1;
                tokio::select! {
                    () = &mut shutdown => return Ok(()),
                    () = tokio::time::sleep(wait) => {}
                }
                let reconnected = tokio::select! {
                    () = &mut shutdown => return Ok(()),
                    r = reconnect(api, &url, options) => r,
                };
                let error = match reconnected {
                    Ok(s) => break s,
                    Err(Retry::Fatal(e)) => return Err(e),
                    Err(Retry::NoAnswer) => {
                        unanswered += 1;
                        if unanswered >= NO_ANSWER_LIMIT {
                            return Err(fatal(SocketError::NoAnswer, &url, account_id, false));
                        }
                        SocketError::NoAnswer.to_string()
                    }
                    Err(Retry::Again(error)) => error,
                };
                let retry_in = options
                    .backoff
                    .get(attempt.min(options.backoff.len().saturating_sub(1)))
                    .copied()
                    .unwrap_or_default();
                notice(Notice::ReconnectFailed { error, retry_in });
            }
        };
        let gap = dropped_at.elapsed();
        let mut backfilled = 0;
        if options.backfill && !options.raw {
            let filled = tokio::select! {
                () = &mut shutdown => return Ok(()),
                f = backfill(api, &mut converter, gap) => f,
            };
            let filled = filled.unwrap_or_else(|e| {
                notice(Notice::BackfillFailed {
                    error: e.to_string(),
                });
                Vec::new()
            });
            for record in filled {
                backfilled += 1;
                if sink.send(record).await.is_err() {
                    return Ok(());
                }
            }
        }
        notice(Notice::Reconnected { gap, backfilled });
    }
}

/// Why [`check`] failed.
#[derive(Debug)]
pub enum CheckError {
    /// The profile could not be read, or has no pubsub token.
    Session(Error),
    Socket {
        url: String,
        error: SocketError,
    },
}

/// Connects as `profile`'s user, subscribes once and disconnects (`doctor`); returns the
/// `/cable` URL.
pub async fn check(
    api: &Api,
    profile: &crate::api::Profile,
    timeout: Duration,
) -> std::result::Result<String, CheckError> {
    let url = socket::cable_url(api.client().base_url())
        .map_err(|e| CheckError::Session(Error::usage(e)))?;
    let account_id = api.account_id().map_err(CheckError::Session)?;
    let session = session_of(profile, account_id).map_err(CheckError::Session)?;
    match socket::subscribe(&url, &session.identifier, timeout).await {
        Ok(sub) => {
            sub.close().await;
            Ok(url)
        }
        Err(error) => Err(CheckError::Socket { url, error }),
    }
}

enum Retry {
    Again(String),
    /// The fresh token got no answer: a server still starting, or a token it cannot find.
    NoAnswer,
    Fatal(Error),
}

/// Unanswered subscriptions in a row before giving up (exit 4).
const NO_ANSWER_LIMIT: usize = 3;

/// Re-reads the profile (the token may have rotated) and subscribes again.
async fn reconnect(
    api: &Api,
    url: &str,
    options: &LiveOptions,
) -> std::result::Result<Subscribed, Retry> {
    let session = match session(api).await {
        Ok(s) => s,
        Err(Error::Api(e)) if e.kind == ApiErrorKind::Auth => {
            return Err(Retry::Fatal(Error::Api(e)))
        }
        Err(e) => return Err(Retry::Again(e.to_string())),
    };
    match socket::subscribe(url, &session.identifier, options.subscribe_timeout).await {
        Ok(s) => Ok(s),
        Err(e @ (SocketError::Rejected | SocketError::Refused(_))) => Err(Retry::Fatal(fatal(
            e,
            url,
            api.account_id().unwrap_or_default(),
            false,
        ))),
        Err(SocketError::NoAnswer) => Err(Retry::NoAnswer),
        Err(e) => Err(Retry::Again(e.to_string())),
    }
}

async fn session(api: &Api) -> Result<Session> {
    let profile = api.profile().await?;
    session_of(&profile, api.account_id()?)
}

fn session_of(profile: &crate::api::Profile, account_id: u64) -> Result<Session> {
    let membership = profile.membership(account_id).ok_or_else(|| {
        Error::usage(format!(
            "the token's user ({}) is not in account {account_id}; its accounts: {}",
            profile.email,
            profile.accounts_list()
        ))
    })?;
    let token = profile
        .raw
        .get("pubsub_token")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| {
            Error::Api(
                ApiError::auth("GET /api/v1/profile".into(), "the profile has no pubsub_token")
                    .with_hint(
                        "the live feed needs a user's access token (Profile settings → Access Token); agent-bot and platform tokens cannot subscribe",
                    ),
            )
        })?;
    Ok(Session {
        user_id: profile.id,
        name: profile.name.clone(),
        email: profile.email.clone(),
        account_name: membership.name.clone(),
        role: membership.role.clone(),
        identifier: socket::user_identifier(token, account_id, profile.id),
    })
}

/// The error a failed subscription ends with, naming the likely cause.
fn fatal(e: SocketError, url: &str, account_id: u64, first: bool) -> Error {
    let request = format!("subscribe RoomChannel at {url}");
    let auth = |detail: String, hint: &str| {
        Error::Api(ApiError::auth(request.clone(), detail).with_hint(hint))
    };
    match e {
        SocketError::Rejected => auth(
            e.to_string(),
            "Chatwoot refused the RoomChannel subscription; check the instance is Chatwoot (v4) and that the token is a user's",
        ),
        SocketError::NoAnswer => auth(
            format!("{e} (Chatwoot answers nothing to a pubsub token or account it cannot find)"),
            &format!(
                "likely causes: the user's password changed while connecting (run again), the user is not in account {account_id}, or the token is not a user's; `chatwoot-bridge auth status` shows who the token is"
            ),
        ),
        SocketError::Refused(ref reason) if reason == "unauthorized" => auth(
            e.to_string(),
            "the server refused the connection as unauthorized; check the access token with `chatwoot-bridge auth status`",
        ),
        SocketError::Connect(_) | SocketError::NoWelcome if first => Error::Api(ApiError::network(
            request,
            e.to_string(),
            "Chatwoot serves its websocket at /cable; a reverse proxy in front of it must pass WebSocket upgrades there (nginx: proxy_http_version 1.1; proxy_set_header Upgrade $http_upgrade; proxy_set_header Connection \"upgrade\")".into(),
        )),
        other => Error::other(format!("{request}: {other}")),
    }
}

/// One broadcast into a record (or nothing, for events webhooks do not have).
async fn record(
    api: &Api,
    converter: &mut Converter,
    options: &LiveOptions,
    message: Value,
) -> Option<LiveRecord> {
    if options.raw {
        let event = message.get("event")?.as_str()?.to_owned();
        return Some(LiveRecord {
            event,
            body: Bytes::from(serde_json::to_vec(&message).ok()?),
            fidelity: Fidelity::Raw,
            backfill: false,
        });
    }
    let converted = converter.convert(api, &message).await?;
    Some(to_record(converted, false))
}

fn to_record(c: Converted, backfill: bool) -> LiveRecord {
    LiveRecord {
        event: c.event,
        body: Bytes::from(serde_json::to_vec(&c.body).unwrap_or_default()),
        fidelity: c.fidelity,
        backfill,
    }
}

/// What changed while the socket was down: each conversation updated in the gap as a
/// `conversation_updated`, then its messages after the last one seen (or created in the
/// gap, for a conversation not seen before).
async fn backfill(api: &Api, converter: &mut Converter, gap: Duration) -> Result<Vec<LiveRecord>> {
    let window = gap.as_secs() + 1 + BACKFILL_MARGIN_SECS;
    let since = crate::time::now_unix() - i64::try_from(window).unwrap_or(i64::MAX);
    let conversations = api.conversations_updated_within(window).await?;
    let mut out = Vec::new();
    // Oldest activity first, so the records read in order.
    let mut conversations = conversations;
    conversations.sort_by_key(|c| c.last_activity_at.unwrap_or(0));
    for c in conversations {
        out.push(to_record(converter.backfill_conversation(&c.raw), true));
        let messages = match converter.last_message_id(c.id) {
            Some(last) => api.messages_after(c.id, last).await?,
            None => api
                .messages(c.id, None)
                .await?
                .into_iter()
                .filter(|m| m.created_at.as_i64().is_some_and(|t| t >= since))
                .collect(),
        };
        for m in messages {
            if let Some(converted) = converter
                .message_event(api, "message_created", &m.raw, true)
                .await
            {
                out.push(to_record(converted, true));
            }
        }
    }
    Ok(out)
}
