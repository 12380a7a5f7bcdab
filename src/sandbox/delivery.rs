//! Webhook delivery in background tasks, the way `Webhooks::Trigger` and the jobs around
//! it behave in v4.15.1: one POST per job, signed with the target's secret, no retry for
//! account and API-inbox webhooks, three attempts for agent bots on HTTP 429/500, and the
//! failure side effects (failed messages, pending conversations opened).

use std::collections::VecDeque;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use axum::body::Bytes;
use tokio::sync::Notify;

use super::events::{Outbox, MESSAGE_CREATED, MESSAGE_UPDATED};
use super::lifecycle;
use super::state::MessageId;
use super::Sandbox;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::signing;

/// The delivery log keeps only the most recent attempts.
const DELIVERY_LOG_LIMIT: usize = 1000;
/// `AgentBots::WebhookJob`: `retry_on ... attempts: 3`.
const BOT_ATTEMPTS: u32 = 3;
/// `SsrfFilter::DEFAULT_MAX_REDIRECTS`: a delivery follows at most this many redirects.
const MAX_REDIRECTS: usize = 10;
/// `Webhooks::Trigger::RETRYABLE_AGENT_BOT_STATUSES`.
const RETRYABLE_STATUSES: [u16; 2] = [429, 500];

/// Which of Chatwoot's three webhook kinds a delivery belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetKind {
    AccountWebhook,
    ApiInbox,
    AgentBot,
}

impl TargetKind {
    /// The `webhook_type` symbol Chatwoot uses (`account_webhook`, `api_inbox`, `agent_bot`).
    pub fn as_str(self) -> &'static str {
        match self {
            TargetKind::AccountWebhook => "account_webhook",
            TargetKind::ApiInbox => "api_inbox",
            TargetKind::AgentBot => "agent_bot",
        }
    }
}

/// One delivery attempt, as the sandbox made it.
#[derive(Clone, Debug)]
pub struct Delivery {
    pub kind: TargetKind,
    pub url: String,
    pub event: String,
    /// `X-Chatwoot-Delivery`: one per job, the same on every retry of a bot job.
    pub delivery_id: String,
    /// 1-based; only agent-bot jobs make more than one attempt.
    pub attempt: u32,
    /// Status of the target's response, when it answered.
    pub status: Option<u16>,
    /// The error text Chatwoot would record (`None` when the attempt succeeded).
    pub error: Option<String>,
    pub at: SystemTime,
    /// The JSON body exactly as sent.
    pub body: Vec<u8>,
}

impl Delivery {
    pub fn succeeded(&self) -> bool {
        self.error.is_none()
    }
}

/// A queued webhook job: target, payload (built when the event fired) and what the
/// failure handling needs.
pub(crate) struct Job {
    pub kind: TargetKind,
    pub url: String,
    pub secret: Option<String>,
    pub event: String,
    pub body: Bytes,
    pub delivery_id: String,
    /// `payload[:id]` of message events, for the failure side effects.
    pub message_id: Option<MessageId>,
}

pub(crate) struct Engine {
    client: reqwest::Client,
    log: Mutex<VecDeque<Delivery>>,
    in_flight: AtomicUsize,
    idle: Notify,
}

impl Engine {
    /// `WEBHOOK_TIMEOUT` bounds both connecting and each read (see [`crate::http`]).
    pub(crate) fn new(timeout: Duration) -> Engine {
        let client =
            crate::http::client(crate::http::Peer::SandboxWebhook { timeout }).unwrap_or_default();
        Engine {
            client,
            log: Mutex::new(VecDeque::new()),
            in_flight: AtomicUsize::new(0),
            idle: Notify::new(),
        }
    }

    fn record(&self, entry: Delivery) {
        let mut log = self.log.lock().unwrap_or_else(PoisonError::into_inner);
        if log.len() >= DELIVERY_LOG_LIMIT {
            log.pop_front();
        }
        log.push_back(entry);
    }

    pub(crate) fn deliveries(&self) -> Vec<Delivery> {
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .cloned()
            .collect()
    }

    fn finish(&self) {
        if self.in_flight.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.idle.notify_waiters();
        }
    }
}

/// Why an attempt failed: Chatwoot's error text and whether a bot job retries it.
struct Failure {
    message: String,
    status: Option<u16>,
}

impl Failure {
    fn text(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            status: None,
        }
    }
}

impl Sandbox {
    /// Starts one background task per job; never waits for the targets.
    pub(crate) fn dispatch(&self, out: Outbox) {
        for b in out.cable {
            self.inner.cable.send(b);
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        for job in out.jobs {
            self.inner.engine.in_flight.fetch_add(1, Ordering::SeqCst);
            let sb = self.clone();
            runtime.spawn(async move {
                sb.run_job(job).await;
                sb.inner.engine.finish();
            });
        }
    }

    /// Every delivery attempt so far, oldest first (the last 1,000).
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.inner.engine.deliveries()
    }

    /// Waits until no delivery is in flight (retries and follow-up events included);
    /// false if `timeout` passed first.
    pub async fn wait_for_deliveries(&self, timeout: Duration) -> bool {
        let engine = &self.inner.engine;
        tokio::time::timeout(timeout, async {
            loop {
                let notified = engine.idle.notified();
                tokio::pin!(notified);
                notified.as_mut().enable();
                if engine.in_flight.load(Ordering::SeqCst) == 0 {
                    return;
                }
                notified.await;
            }
        })
        .await
        .is_ok()
    }

    async fn run_job(&self, job: Job) {
        let attempts = if job.kind == TargetKind::AgentBot {
            BOT_ATTEMPTS
        } else {
            1
        };
        let mut attempt = 1;
        loop {
            let result = self.attempt(&job).await;
            let (status, error) = match &result {
                Ok(code) => (Some(*code), None),
                Err(f) => (f.status, Some(f.message.clone())),
            };
            self.inner.engine.record(Delivery {
                kind: job.kind,
                url: job.url.clone(),
                event: job.event.clone(),
                delivery_id: job.delivery_id.clone(),
                attempt,
                status,
                error,
                at: SystemTime::now(),
                body: job.body.to_vec(),
            });
            let Err(failure) = result else {
                return;
            };
            let retryable = failure
                .status
                .is_some_and(|s| RETRYABLE_STATUSES.contains(&s));
            if job.kind == TargetKind::AgentBot && retryable && attempt < attempts {
                attempt += 1;
                tokio::time::sleep(self.config().bot_retry_interval).await;
                continue;
            }
            self.on_failure(&job, &failure.message);
            return;
        }
    }

    /// `Webhooks::Trigger#handle_error`: only message events have side effects.
    fn on_failure(&self, job: &Job, error: &str) {
        if job.event != MESSAGE_CREATED && job.event != MESSAGE_UPDATED {
            return;
        }
        let Some(message_id) = job.message_id else {
            return;
        };
        let Ok(()) = self.write(|db, out| {
            match job.kind {
                TargetKind::AgentBot => lifecycle::bot_delivery_failed(db, out, message_id),
                TargetKind::ApiInbox => {
                    lifecycle::api_inbox_delivery_failed(db, out, message_id, error)
                }
                TargetKind::AccountWebhook => {}
            }
            Ok::<_, std::convert::Infallible>(())
        });
    }

    /// One delivery as SafeFetch makes it: a POST with Chatwoot's headers, and on a 3xx the
    /// same POST (method, body, headers and signature) again at the `Location`, up to
    /// [`MAX_REDIRECTS`] times, each hop checked like the first. Error texts mimic Ruby's.
    async fn attempt(&self, job: &Job) -> Result<u16, Failure> {
        // Signed once, before the first hop, as `Webhooks::Trigger` does.
        let headers = signing::delivery_headers(
            &job.body,
            &job.delivery_id,
            job.secret.as_deref(),
            crate::time::now_unix(),
        );
        let mut url = parse_target(&job.url)?;
        for _ in 0..=MAX_REDIRECTS {
            let (host, port) = self.check_target(&url).await?;
            let resp = self
                .inner
                .engine
                .client
                .post(url.clone())
                .headers(header_map(&signing::as_net_http_sends(&url, &headers)))
                .body(job.body.clone())
                .send()
                .await
                .map_err(|e| transport_failure(&e, host, port))?;
            let status = resp.status();
            if status.is_redirection() {
                if let Some(location) = resp.headers().get(reqwest::header::LOCATION) {
                    url = redirect_target(&url, &String::from_utf8_lossy(location.as_bytes()))?;
                    continue;
                }
            }
            // The response body is read (and ignored) like SafeFetch does.
            let read = resp.bytes().await;
            if !status.is_success() {
                return Err(Failure {
                    message: format!(
                        "{} {}",
                        status.as_u16(),
                        status.canonical_reason().unwrap_or("")
                    )
                    .trim_end()
                    .to_owned(),
                    status: Some(status.as_u16()),
                });
            }
            read.map_err(|e| transport_failure(&e, host, port))?;
            return Ok(status.as_u16());
        }
        Err(Failure::text(format!(
            "Got {MAX_REDIRECTS} redirects fetching {}",
            job.url
        )))
    }

    /// Resolves a hop's host and, with `--refuse-private-webhooks`, refuses it unless it has
    /// a public address (ssrf_filter checks every hop). Returns the address and port.
    async fn check_target(&self, url: &url::Url) -> Result<(IpAddr, u16), Failure> {
        let hostname = match url.host() {
            Some(url::Host::Ipv6(addr)) => addr.to_string(),
            Some(host) => host.to_string(),
            None => return Err(Failure::text("missing host")),
        };
        let port = url.port_or_known_default().unwrap_or(80);
        let mut addrs: Vec<IpAddr> = tokio::net::lookup_host((hostname.as_str(), port))
            .await
            .map(|it| it.map(|a| a.ip()).collect())
            .unwrap_or_default();
        if addrs.is_empty() {
            return Err(Failure::text(format!(
                "Could not resolve hostname '{hostname}'"
            )));
        }
        if self.config().refuse_private_webhooks {
            // SafeFetch (v4.14+) without SAFE_FETCH_ALLOW_PRIVATE_NETWORK.
            addrs.retain(|ip| !unsafe_ip(*ip));
            if addrs.is_empty() {
                return Err(Failure::text(format!(
                    "Hostname '{hostname}' has no public ip addresses"
                )));
            }
        }
        Ok((addrs[0], port))
    }
}

/// The first URL: SafeFetch's own checks.
fn parse_target(text: &str) -> Result<url::Url, Failure> {
    let url = url::Url::parse(text)
        .map_err(|_| Failure::text(format!("bad URI (is not URI?): {text:?}")))?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(Failure::text("scheme must be http or https"));
    }
    Ok(url)
}

/// Where a redirect leads: a `Location` starting with `/` is on the same host; anything
/// else must be an absolute http(s) URL (ssrf_filter resolves no other relative form).
fn redirect_target(from: &url::Url, location: &str) -> Result<url::Url, Failure> {
    let scheme_refused = |scheme: &str| {
        Failure::text(format!(
            "URI scheme '{scheme}' not in whitelist: [\"http\", \"https\"]"
        ))
    };
    let url = if location.starts_with('/') {
        from.join(location)
    } else {
        url::Url::parse(location)
    };
    match url {
        Ok(url) if url.scheme() == "http" || url.scheme() == "https" => Ok(url),
        Ok(url) => Err(scheme_refused(url.scheme())),
        Err(url::ParseError::RelativeUrlWithoutBase) => Err(scheme_refused("")),
        Err(_) => Err(Failure::text(format!(
            "bad URI (is not URI?): {location:?}"
        ))),
    }
}

fn header_map(headers: &[(&'static str, String)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            map.append(name, value);
        }
    }
    map
}

/// Net::HTTP's wording for connection problems.
fn transport_failure(e: &reqwest::Error, ip: IpAddr, port: u16) -> Failure {
    let open_failed = |why: String| format!("Failed to open TCP connection to {ip}:{port} ({why})");
    if e.is_connect() && e.is_timeout() {
        return Failure::text(open_failed("execution expired".into()));
    }
    if e.is_timeout() {
        return Failure::text("Net::ReadTimeout with #<TCPSocket:(closed)>");
    }
    if e.is_connect() {
        let mut source = std::error::Error::source(e);
        while let Some(err) = source {
            if let Some(io) = err.downcast_ref::<std::io::Error>() {
                let why = match io.kind() {
                    std::io::ErrorKind::ConnectionRefused => {
                        format!("Connection refused - connect(2) for \"{ip}\" port {port}")
                    }
                    _ => io.to_string(),
                };
                return Failure::text(open_failed(why));
            }
            source = err.source();
        }
    }
    Failure::text(e.to_string())
}

/// Chatwoot's SSRF filter refuses every target that is not a public address.
fn unsafe_ip(ip: IpAddr) -> bool {
    crate::net::classify(ip) != crate::net::AddrClass::Public
}

#[cfg(test)]
mod tests {
    use super::unsafe_ip;

    #[test]
    fn private_and_loopback_ranges_are_unsafe() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.20.0.1",
            "192.168.1.1",
            "::1",
            "fd00::1",
            "::ffff:127.0.0.1",
        ] {
            assert!(unsafe_ip(ip.parse().expect("ip")), "{ip}");
        }
        for ip in ["93.184.216.34", "8.8.8.8", "2606:4700::1111"] {
            assert!(!unsafe_ip(ip.parse().expect("ip")), "{ip}");
        }
    }
}
