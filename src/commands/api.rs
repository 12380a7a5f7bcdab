//! `api <METHOD> <PATH>`: any route, authenticated, with the same errors and exit codes.

use std::path::PathBuf;

use clap::Args;
use reqwest::Method;
use serde_json::{Map, Value};

use crate::api::{RawBody, TokenKind};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, View};

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
chatwoot-bridge api GET /api/v1/profile\n  \
chatwoot-bridge api GET '/api/v1/accounts/{account}/conversations' -f status=all\n  \
chatwoot-bridge api POST '/api/v1/accounts/{account}/labels' -f title=vip -f show_on_sidebar=true\n  \
chatwoot-bridge api PATCH '/api/v1/accounts/{account}/inboxes/3' -f 'channel[webhook_url]=https://x'\n\n\
{account} is replaced by the account id. -f values that parse as JSON (numbers, true, null, [..], {..}) are sent typed; quote them to send a string (-f 'name=\"123\"'). For GET and DELETE the fields form the query string.")]
pub struct ApiArgs {
    /// GET, POST, PUT, PATCH or DELETE
    pub method: String,
    /// Path from the base URL, e.g. /api/v1/profile
    pub path: String,
    /// A body field (or query parameter for GET/DELETE); `a[b]=v` nests
    #[arg(short = 'f', long = "field", value_name = "KEY=VALUE", value_parser = super::key_value)]
    pub fields: Vec<(String, String)>,
    /// The JSON body from a file (`-` for stdin)
    #[arg(long, value_name = "FILE", conflicts_with = "fields")]
    pub input: Option<PathBuf>,
    /// Send the platform app token instead of the user token
    #[arg(long)]
    pub platform: bool,
}

pub async fn run(ctx: &Context, args: ApiArgs) -> Result<()> {
    let method = Method::from_bytes(args.method.to_ascii_uppercase().as_bytes())
        .ok()
        .filter(|m| {
            [
                Method::GET,
                Method::POST,
                Method::PUT,
                Method::PATCH,
                Method::DELETE,
            ]
            .contains(m)
        })
        .ok_or_else(|| {
            Error::usage(format!(
                "'{}' is not a method: use GET, POST, PUT, PATCH or DELETE",
                args.method
            ))
        })?;
    let mut path = args.path.trim().to_string();
    if !path.starts_with('/') {
        path.insert(0, '/');
    }
    if path.contains("{account}") || path.contains("{account_id}") {
        let account = ctx
            .account()
            .ok_or_else(|| {
                Error::usage("the path uses {account}: pass --account or set CHATWOOT_ACCOUNT_ID")
            })?
            .value
            .to_string();
        path = path
            .replace("{account_id}", &account)
            .replace("{account}", &account);
    }
    let token = if path.starts_with("/public/") {
        TokenKind::None
    } else if args.platform || path.starts_with("/platform/") {
        TokenKind::Platform
    } else {
        TokenKind::User
    };
    let api = match token {
        TokenKind::User => ctx.api()?,
        _ => ctx.api_without_user_token()?,
    };
    let mut body = RawBody::None;
    if let Some(file) = &args.input {
        let bytes = if file.as_os_str() == "-" {
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
                .map_err(|e| Error::io("reading the body from stdin", e))?;
            buf
        } else {
            std::fs::read(file).map_err(|e| Error::io(format!("reading {}", file.display()), e))?
        };
        serde_json::from_slice::<Value>(&bytes)
            .map_err(|e| Error::usage(format!("the --input body is not JSON: {e}")))?;
        body = RawBody::JsonBytes(bytes);
    } else if !args.fields.is_empty() {
        if matches!(method, Method::GET | Method::DELETE) {
            let query: Vec<String> = args
                .fields
                .iter()
                .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
                .collect();
            let sep = if path.contains('?') { '&' } else { '?' };
            path = format!("{path}{sep}{}", query.join("&"));
        } else {
            body = RawBody::Json(fields_to_json(&args.fields)?);
        }
    }
    let resp = api.raw(method, &path, token, body).await?;
    let text = if resp.body.is_null() {
        format!("{} (empty body)", resp.status)
    } else {
        serde_json::to_string_pretty(&crate::redact::redacted(&resp.body)).unwrap_or_default()
    };
    ctx.output()
        .print(View::new(resp.body, vec![], Human::Text(text)))
}

fn encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// `-f a=1 -f b[c]=x` becomes `{"a":1,"b":{"c":"x"}}`.
pub fn fields_to_json(fields: &[(String, String)]) -> Result<Value> {
    let mut root = Map::new();
    for (key, raw) in fields {
        let value =
            serde_json::from_str::<Value>(raw).unwrap_or_else(|_| Value::String(raw.clone()));
        let mut parts: Vec<&str> = Vec::new();
        let (head, mut rest) = key
            .split_once('[')
            .map(|(h, r)| (h, Some(r)))
            .unwrap_or((key, None));
        parts.push(head);
        while let Some(r) = rest {
            let (inner, after) = r
                .split_once(']')
                .ok_or_else(|| Error::usage(format!("field '{key}': unclosed '['")))?;
            parts.push(inner);
            rest = after.strip_prefix('[');
        }
        let mut map = &mut root;
        for (i, part) in parts.iter().enumerate() {
            if i == parts.len() - 1 {
                map.insert(part.to_string(), value.clone());
            } else {
                let entry = map
                    .entry(part.to_string())
                    .or_insert_with(|| Value::Object(Map::new()));
                map = entry.as_object_mut().ok_or_else(|| {
                    Error::usage(format!(
                        "field '{key}': '{part}' is both a value and an object"
                    ))
                })?;
            }
        }
    }
    Ok(Value::Object(root))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fields_nest_and_keep_types() {
        let f = |k: &str, v: &str| (k.to_string(), v.to_string());
        let v = fields_to_json(&[
            f("name", "Support"),
            f("channel[type]", "api"),
            f("channel[hmac_mandatory]", "false"),
            f("count", "3"),
            f("label", "\"123\""),
        ])
        .unwrap();
        assert_eq!(
            v,
            json!({"name":"Support","channel":{"type":"api","hmac_mandatory":false},"count":3,"label":"123"})
        );
    }
}
