//! What kind of address a host is: the line Chatwoot's SSRF filter (SafeFetch, 4.14+)
//! draws between public targets and the private, loopback and special-purpose ones it
//! refuses unless `SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true`. The sandbox's
//! `--refuse-private-webhooks` and `doctor` both ask here.

use std::net::IpAddr;

/// The URL if it is one Chatwoot could post to: http or https, with a host.
pub fn http_url(raw: &str) -> Option<url::Url> {
    url::Url::parse(raw)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
}

/// The check behind every flag that takes a target URL (clap `value_parser`): the value as
/// typed if it is an http(s) URL with a host and no whitespace, else why not. Chatwoot stores
/// whatever it is sent, so this is the only guard before a working URL is replaced.
pub fn target_url(raw: &str) -> Result<String, String> {
    if raw.is_empty() {
        return Err("the URL is empty: give one like https://bot.example.com/chatwoot".into());
    }
    if raw.trim() != raw {
        return Err(format!(
            "'{raw}' starts or ends with whitespace: give the URL without it"
        ));
    }
    if raw.chars().any(char::is_whitespace) {
        return Err(format!(
            "'{raw}' has whitespace in it, so it is not a URL (percent-encode a space as %20)"
        ));
    }
    match url::Url::parse(raw) {
        Ok(u) if !matches!(u.scheme(), "http" | "https") => Err(format!(
            "'{raw}' is not an http(s) URL (scheme '{}'): start it with https:// or http://",
            u.scheme()
        )),
        Ok(u) if u.host_str().is_none_or(str::is_empty) => Err(format!(
            "'{raw}' has no host: write it as https://host/path"
        )),
        Ok(_) => Ok(raw.to_string()),
        Err(url::ParseError::RelativeUrlWithoutBase) => {
            Err(format!("'{raw}' has no scheme: write https://{raw}"))
        }
        Err(e) => Err(format!("'{raw}' is not a URL ({e})")),
    }
}

/// [`target_url`], or the empty string, which removes a URL where that is allowed.
pub fn target_url_or_empty(raw: &str) -> Result<String, String> {
    if raw.is_empty() {
        Ok(String::new())
    } else {
        target_url(raw)
    }
}

/// What kind of address a webhook target resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddrClass {
    Loopback,
    /// RFC 1918: 10/8, 172.16/12, 192.168/16.
    Private,
    /// 169.254/16, fe80::/10.
    LinkLocal,
    /// fc00::/7.
    UniqueLocal,
    /// 100.64/10, carrier-grade NAT.
    SharedCgnat,
    /// 0.0.0.0/8, `::`.
    Unspecified,
    /// Documentation, benchmarking, multicast, broadcast and other special-purpose blocks,
    /// which Chatwoot's SSRF filter refuses too.
    Reserved,
    Public,
}

impl AddrClass {
    pub fn label(self) -> &'static str {
        match self {
            AddrClass::Loopback => "loopback",
            AddrClass::Private => "private (RFC 1918)",
            AddrClass::LinkLocal => "link-local",
            AddrClass::UniqueLocal => "unique-local (fc00::/7)",
            AddrClass::SharedCgnat => "carrier-grade NAT (100.64.0.0/10)",
            AddrClass::Unspecified => "unspecified",
            AddrClass::Reserved => "reserved",
            AddrClass::Public => "public",
        }
    }
}

pub fn classify(ip: IpAddr) -> AddrClass {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            if v4.is_loopback() {
                AddrClass::Loopback
            } else if v4.is_private() {
                AddrClass::Private
            } else if v4.is_link_local() {
                AddrClass::LinkLocal
            } else if o[0] == 100 && (o[1] & 0xc0) == 64 {
                AddrClass::SharedCgnat
            } else if o[0] == 0 {
                AddrClass::Unspecified
            } else if v4.is_documentation()
                || v4.is_multicast()
                || v4.is_broadcast()
                || o[0] >= 240
                || (o[0] == 192 && o[1] == 0 && o[2] == 0)
                || (o[0] == 198 && (o[1] & 0xfe) == 18)
                || (o[0] == 192 && o[1] == 88 && o[2] == 99)
            {
                AddrClass::Reserved
            } else {
                AddrClass::Public
            }
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return classify(IpAddr::V4(v4));
            }
            let s = v6.segments();
            if v6.is_loopback() {
                AddrClass::Loopback
            } else if v6.is_unspecified() {
                AddrClass::Unspecified
            } else if (s[0] & 0xfe00) == 0xfc00 {
                AddrClass::UniqueLocal
            } else if (s[0] & 0xffc0) == 0xfe80 {
                AddrClass::LinkLocal
            } else if v6.is_multicast()
                || (s[0] == 0x64 && s[1] == 0xff9b)
                || (s[0] == 0x100 && s[1] == 0 && s[2] == 0 && s[3] == 0)
                || (s[0] == 0x2001 && s[1] < 0x200)
                || (s[0] == 0x2001 && s[1] == 0x0db8)
                || s[0] == 0x2002
            {
                // NAT64, discard-only, IETF protocol assignments, documentation, 6to4.
                AddrClass::Reserved
            } else {
                AddrClass::Public
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(s: &str) -> AddrClass {
        classify(s.parse().unwrap())
    }

    #[test]
    fn target_urls_are_http_with_a_host_and_no_whitespace() {
        for ok in [
            "https://bot.example.com/x",
            "http://127.0.0.1:4000/",
            "https://[::1]:8080/hook?a=1",
        ] {
            assert_eq!(target_url(ok).as_deref(), Ok(ok));
        }
        for (bad, reason) in [
            (
                "bot.example.com/x",
                "has no scheme: write https://bot.example.com/x",
            ),
            ("htp:/x", "scheme 'htp'"),
            ("not a url", "whitespace in it"),
            ("https://bot.example.com/x ", "ends with whitespace"),
            (" https://bot.example.com/x", "starts or ends"),
            ("https://", "not a URL"),
            ("mailto:a@b.c", "scheme 'mailto'"),
            ("", "the URL is empty"),
        ] {
            let err = target_url(bad).unwrap_err();
            assert!(err.contains(reason), "{bad:?}: {err}");
        }
        assert_eq!(target_url_or_empty("").as_deref(), Ok(""));
        assert!(target_url_or_empty(" ").is_err());
    }

    #[test]
    fn addresses_are_classified_like_chatwoots_ssrf_filter() {
        for (ip, want) in [
            ("127.0.0.1", AddrClass::Loopback),
            ("127.8.9.10", AddrClass::Loopback),
            ("::1", AddrClass::Loopback),
            ("::ffff:127.0.0.1", AddrClass::Loopback),
            ("10.1.2.3", AddrClass::Private),
            ("172.16.0.1", AddrClass::Private),
            ("172.31.255.255", AddrClass::Private),
            ("192.168.1.10", AddrClass::Private),
            ("169.254.169.254", AddrClass::LinkLocal),
            ("fe80::1", AddrClass::LinkLocal),
            ("fc00::1", AddrClass::UniqueLocal),
            ("fd12:3456::1", AddrClass::UniqueLocal),
            ("100.64.0.1", AddrClass::SharedCgnat),
            ("100.127.255.254", AddrClass::SharedCgnat),
            ("0.0.0.0", AddrClass::Unspecified),
            ("::", AddrClass::Unspecified),
            ("192.0.2.1", AddrClass::Reserved),
            ("198.18.0.1", AddrClass::Reserved),
            ("224.0.0.1", AddrClass::Reserved),
            ("2001:db8::1", AddrClass::Reserved),
            ("64:ff9b::a00:1", AddrClass::Reserved),
            ("2002::1", AddrClass::Reserved),
            ("93.184.216.34", AddrClass::Public),
            ("172.32.0.1", AddrClass::Public),
            ("100.128.0.1", AddrClass::Public),
            ("2606:4700::1111", AddrClass::Public),
        ] {
            assert_eq!(class(ip), want, "{ip}");
        }
    }
}
