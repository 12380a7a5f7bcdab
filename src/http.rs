//! Every HTTP client the tool builds comes from [`client`], so a policy (redirects, timeouts,
//! proxies, the user agent) is written once, per kind of peer:
//!
//! - [`Peer::Chatwoot`]: the API client. It carries the access token in a custom header that
//!   reqwest's redirect policy would copy to any host (it strips only `Authorization` and
//!   `Cookie`), so no redirect is followed: Chatwoot's API never redirects, and the client
//!   reports the `Location` instead (see `api::client`).
//! - [`Peer::Receiver`]: forward, replay and trigger POST signed deliveries to a receiver the
//!   user named. A redirect is not followed either (the signature headers and body would go
//!   wherever it points); its 3xx is the receiver's answer. Header names go out title-cased,
//!   as Chatwoot's deliveries do.
//! - [`Peer::Knock`]: doctor's GET at a webhook URL, to see who answers there.
//! - [`Peer::SandboxWebhook`]: the sandbox's webhook deliveries. Redirects are followed by the
//!   sandbox itself, the way Chatwoot's SafeFetch does (same POST, body and headers), so the
//!   client follows none; header names go out title-cased as Ruby's Net::HTTP writes them;
//!   proxies from the environment are ignored so local receivers stay reachable.

use std::time::Duration;

/// `User-Agent` of the tool's own requests.
pub const USER_AGENT: &str = concat!("chatwoot-bridge/", env!("CARGO_PKG_VERSION"));

/// Who the client talks to; each kind has its policy (module docs).
#[derive(Debug, Clone, Copy)]
pub enum Peer {
    /// Chatwoot's API; `timeout` bounds each request (connecting: at most 10 s of it).
    Chatwoot { timeout: Duration },
    /// A webhook receiver (forward, replay, trigger); `pool` idle connections are kept.
    Receiver { timeout: Duration, pool: usize },
    /// One GET to see who answers at a URL.
    Knock { timeout: Duration },
    /// The sandbox's deliveries: `timeout` bounds connecting and each read (WEBHOOK_TIMEOUT).
    SandboxWebhook { timeout: Duration },
}

/// Builds the client for `peer`. Fails only when the TLS backend cannot start.
pub fn client(peer: Peer) -> Result<reqwest::Client, reqwest::Error> {
    let builder = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none());
    let builder = match peer {
        Peer::Chatwoot { timeout } => builder
            .user_agent(USER_AGENT)
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .timeout(timeout),
        // No user agent of its own: a forwarded delivery keeps the original's headers, and
        // names are written title-cased as Chatwoot's Net::HTTP writes them.
        Peer::Receiver { timeout, pool } => builder
            .timeout(timeout)
            .pool_max_idle_per_host(pool.max(1))
            .http1_title_case_headers(),
        Peer::Knock { timeout } => builder
            .user_agent(concat!(
                "chatwoot-bridge/",
                env!("CARGO_PKG_VERSION"),
                " doctor"
            ))
            .timeout(timeout),
        Peer::SandboxWebhook { timeout } => builder
            .connect_timeout(timeout)
            .read_timeout(timeout)
            .http1_title_case_headers()
            .no_proxy(),
    };
    builder.build()
}

/// The innermost cause of a transport error: reqwest's own text is generic.
pub fn root_cause(e: &reqwest::Error) -> String {
    let mut last = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        last = s.to_string();
        source = s.source();
    }
    last
}
