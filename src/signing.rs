//! Chatwoot's webhook signature (v4.11.2+ for account webhooks, v4.13+ for API inboxes and
//! agent bots): `X-Chatwoot-Signature: sha256=<hex HMAC-SHA256(secret, "<ts>.<raw body>")>`
//! with `X-Chatwoot-Timestamp: <ts>` (unix seconds). Shared by the sandbox (which signs),
//! and the receiver, replay and trigger (which verify and re-sign).

use hmac::{Hmac, Mac};
use sha2::Sha256;

pub const SIGNATURE_HEADER: &str = "X-Chatwoot-Signature";
pub const TIMESTAMP_HEADER: &str = "X-Chatwoot-Timestamp";
pub const DELIVERY_HEADER: &str = "X-Chatwoot-Delivery";

type HmacSha256 = Hmac<Sha256>;

fn mac(secret: &str, timestamp: &str, body: &[u8]) -> HmacSha256 {
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
    mac.update(timestamp.as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

/// The header value: `sha256=<lowercase hex>`.
pub fn sign(secret: &str, timestamp: &str, body: &[u8]) -> String {
    format!(
        "sha256={}",
        hex::encode(mac(secret, timestamp, body).finalize().into_bytes())
    )
}

/// The two headers that sign `body`, made at unix second `timestamp`.
pub fn signature_headers(secret: &str, body: &[u8], timestamp: i64) -> [(&'static str, String); 2] {
    let ts = timestamp.to_string();
    let signature = sign(secret, &ts, body);
    [(TIMESTAMP_HEADER, ts), (SIGNATURE_HEADER, signature)]
}

/// The headers Chatwoot puts on a webhook delivery, in the order it builds them
/// (`Webhooks::Trigger#request_headers`): `Content-Type`, `Accept`, `X-Chatwoot-Delivery`,
/// and with a secret the two of [`signature_headers`]. The one builder for the sandbox,
/// `trigger`, and (for the signature) `listen`'s re-signing, so they cannot drift apart.
/// The signature covers `body` byte for byte: send exactly these bytes.
pub fn delivery_headers(
    body: &[u8],
    delivery_id: &str,
    secret: Option<&str>,
    timestamp: i64,
) -> Vec<(&'static str, String)> {
    let mut headers = vec![
        ("Content-Type", "application/json".to_string()),
        ("Accept", "application/json".to_string()),
        (DELIVERY_HEADER, delivery_id.to_string()),
    ];
    if let Some(secret) = secret {
        headers.extend(signature_headers(secret, body, timestamp));
    }
    headers
}

/// What Net::HTTP asks for when the caller sets no `Accept-Encoding` (Chatwoot sets none).
pub const NET_HTTP_ACCEPT_ENCODING: &str = "gzip;q=1.0,deflate;q=0.6,identity;q=0.3";

/// [`delivery_headers`] as Ruby's Net::HTTP puts them on the wire for a POST to `url`: its own
/// defaults first (`Accept-Encoding`, `Accept`, whose value Chatwoot replaces, `User-Agent:
/// Ruby`, `Host`), then Chatwoot's in their order. Net::HTTP writes names title-cased and adds
/// `Content-Length` last when sending; clients from [`crate::http`] for receivers do both.
pub fn as_net_http_sends(
    url: &url::Url,
    chatwoot: &[(&'static str, String)],
) -> Vec<(&'static str, String)> {
    let host = url.host_str().unwrap_or_default();
    let host = match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_string(),
    };
    let accept = chatwoot
        .iter()
        .find(|(k, _)| *k == "Accept")
        .map_or("*/*".to_string(), |(_, v)| v.clone());
    let mut headers = vec![
        ("Accept-Encoding", NET_HTTP_ACCEPT_ENCODING.to_string()),
        ("Accept", accept),
        ("User-Agent", "Ruby".to_string()),
        ("Host", host),
    ];
    headers.extend(chatwoot.iter().filter(|(k, _)| *k != "Accept").cloned());
    headers
}

/// Why a delivery's signature does not verify.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    MissingSignature,
    MissingTimestamp,
    /// Not `sha256=<64 hex digits>`.
    Malformed,
    /// Outside the tolerance; seconds away from now (negative: in the future).
    Stale(i64),
    /// The digest differs: another secret, or a body changed in transit.
    Digest,
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mismatch::MissingSignature => write!(
                f,
                "no {SIGNATURE_HEADER} header (Chatwoot before 4.13 for inbox and bot webhooks, before 4.11.2 for account webhooks, or no secret on the target)"
            ),
            Mismatch::MissingTimestamp => write!(f, "no {TIMESTAMP_HEADER} header"),
            Mismatch::Malformed => {
                write!(f, "the signature is not of the form sha256=<64 hex digits>")
            }
            Mismatch::Stale(age) if *age >= 0 => {
                write!(f, "the timestamp is {age} s old, outside the tolerance")
            }
            Mismatch::Stale(age) => write!(
                f,
                "the timestamp is {} s in the future, outside the tolerance",
                -age
            ),
            Mismatch::Digest => write!(f, "the signature does not match this secret and body"),
        }
    }
}

/// Verifies in constant time. `tolerance_secs` bounds the timestamp's distance from `now`.
pub fn verify(
    secret: &str,
    signature: Option<&str>,
    timestamp: Option<&str>,
    body: &[u8],
    now: i64,
    tolerance_secs: i64,
) -> Result<(), Mismatch> {
    let signature = signature.ok_or(Mismatch::MissingSignature)?;
    let timestamp = timestamp.ok_or(Mismatch::MissingTimestamp)?;
    let digest = signature
        .trim()
        .strip_prefix("sha256=")
        .and_then(|h| hex::decode(h).ok())
        .filter(|d| d.len() == 32)
        .ok_or(Mismatch::Malformed)?;
    // Check the digest first: a stale but authentic delivery is a different story to tell.
    mac(secret, timestamp.trim(), body)
        .verify_slice(&digest)
        .map_err(|_| Mismatch::Digest)?;
    let ts: i64 = timestamp
        .trim()
        .parse()
        .map_err(|_| Mismatch::MissingTimestamp)?;
    let age = now - ts;
    if age.abs() > tolerance_secs {
        return Err(Mismatch::Stale(age));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_worked_example_in_the_api_notes() {
        let body = br#"{"event":"conversation_created","id":42}"#;
        assert_eq!(
            sign("Xk3pL9qT2vR8mN4bW7cY1zD6", "1781776800", body),
            "sha256=849ad00673d63feb80a83f81cc33cc1847884637aaf22a353ee23f0d1ea8f263"
        );
    }

    #[test]
    fn delivery_headers_sign_the_body_in_chatwoots_order() {
        let body = br#"{"event":"conversation_created","id":42}"#;
        let headers = delivery_headers(body, "d-1", Some("Xk3pL9qT2vR8mN4bW7cY1zD6"), 1781776800);
        let names: Vec<&str> = headers.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            names,
            [
                "Content-Type",
                "Accept",
                DELIVERY_HEADER,
                TIMESTAMP_HEADER,
                SIGNATURE_HEADER
            ]
        );
        assert_eq!(
            headers[4].1,
            "sha256=849ad00673d63feb80a83f81cc33cc1847884637aaf22a353ee23f0d1ea8f263"
        );
        assert_eq!(delivery_headers(body, "d-1", None, 0).len(), 3);
        let url = url::Url::parse("http://127.0.0.1:4000/inbox").unwrap();
        let wire = as_net_http_sends(&url, &headers);
        let names: Vec<&str> = wire.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            names,
            [
                "Accept-Encoding",
                "Accept",
                "User-Agent",
                "Host",
                "Content-Type",
                DELIVERY_HEADER,
                TIMESTAMP_HEADER,
                SIGNATURE_HEADER
            ]
        );
        assert_eq!(wire[1].1, "application/json");
        assert_eq!(wire[3].1, "127.0.0.1:4000");
    }

    #[test]
    fn verify_tells_the_failures_apart() {
        let body = b"{}";
        let sig = sign("s", "1000", body);
        assert_eq!(
            verify("s", Some(&sig), Some("1000"), body, 1100, 300),
            Ok(())
        );
        assert_eq!(
            verify("t", Some(&sig), Some("1000"), body, 1100, 300),
            Err(Mismatch::Digest)
        );
        assert_eq!(
            verify("s", Some(&sig), Some("1000"), b"{ }", 1100, 300),
            Err(Mismatch::Digest)
        );
        assert_eq!(
            verify("s", Some(&sig), Some("1000"), body, 2000, 300),
            Err(Mismatch::Stale(1000))
        );
        assert_eq!(
            verify("s", None, Some("1000"), body, 1000, 300),
            Err(Mismatch::MissingSignature)
        );
        assert_eq!(
            verify("s", Some("sha1=ab"), Some("1000"), body, 1000, 300),
            Err(Mismatch::Malformed)
        );
    }
}
