//! Request parameters the way Rails builds them (body merged with the query string,
//! bracket notation for forms) and the casts ActiveRecord applies when assigning them.

use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{header, Extensions, HeaderMap};
use serde_json::{Map, Value};

use super::error::ApiError;
use super::state::Json;
use super::state::{AccountId, AccountRow};
use super::table::{Id, Row, Table};

/// Headers, query and raw body of a request; parsing is left to the handler because
/// Chatwoot's controllers touch params at different points of their auth sequence.
pub(crate) struct Req {
    pub headers: HeaderMap,
    query: Option<String>,
    body: Bytes,
    /// Kept so a multipart body can be re-read with the router's body-limit settings.
    extensions: Extensions,
}

/// A file part of a multipart request (`attachments[]`).
pub(crate) struct Upload {
    pub filename: String,
    pub content_type: Option<String>,
    pub data: Bytes,
}

impl<S: Send + Sync> FromRequest<S> for Req {
    type Rejection = ApiError;

    async fn from_request(req: Request, _: &S) -> Result<Self, ApiError> {
        let (parts, body) = req.into_parts();
        // The recording middleware already buffered and capped the body.
        let body = axum::body::to_bytes(body, usize::MAX)
            .await
            .map_err(|_| ApiError::PayloadTooLarge)?;
        Ok(Req {
            headers: parts.headers,
            query: parts.uri.query().map(str::to_owned),
            body,
            extensions: parts.extensions,
        })
    }
}

impl Req {
    pub(crate) fn json_body(&self) -> bool {
        media_type(&self.headers).is_some_and(|m| JSON_TYPES.contains(&m.as_str()))
    }

    /// `request.parameters`: body params merged with query params (the query wins).
    /// Malformed JSON is a 400, as ActionDispatch's ParseError.
    pub(crate) fn params(&self) -> Result<Json, ApiError> {
        let mut params = match media_type(&self.headers).as_deref() {
            Some(m) if JSON_TYPES.contains(&m) && !self.body.is_empty() => {
                match serde_json::from_slice::<Value>(&self.body) {
                    Ok(Value::Object(map)) => map,
                    // Rails puts a non-object JSON document under `_json`.
                    Ok(other) => Map::from_iter([("_json".to_owned(), other)]),
                    Err(_) => return Err(ApiError::BadRequest),
                }
            }
            Some("application/x-www-form-urlencoded") => parse_form(&self.body),
            // Multipart and unknown types: the sandbox reads no body params from them.
            _ => Map::new(),
        };
        if let Some(q) = &self.query {
            for (k, v) in parse_form(q.as_bytes()) {
                params.insert(k, v);
            }
        }
        Ok(params)
    }

    pub(crate) fn is_multipart(&self) -> bool {
        media_type(&self.headers).as_deref() == Some("multipart/form-data")
    }

    /// `params` of a multipart request: text parts become (bracket-nested) params, file
    /// parts named `attachments[]` (or `attachments`) become uploads; the query wins.
    pub(crate) async fn multipart(&self) -> Result<(Json, Vec<Upload>), ApiError> {
        let mut builder = Request::builder();
        if let Some(ct) = self.headers.get(header::CONTENT_TYPE) {
            builder = builder.header(header::CONTENT_TYPE, ct);
        }
        let mut req = builder
            .body(Body::from(self.body.clone()))
            .map_err(|_| ApiError::BadRequest)?;
        *req.extensions_mut() = self.extensions.clone();
        let mut form = Multipart::from_request(req, &())
            .await
            .map_err(|_| ApiError::BadRequest)?;
        let mut root = Value::Object(Map::new());
        let mut uploads = Vec::new();
        while let Some(field) = form.next_field().await.map_err(|_| ApiError::BadRequest)? {
            let name = field.name().unwrap_or_default().to_owned();
            let filename = field.file_name().map(str::to_owned);
            let content_type = field.content_type().map(str::to_owned);
            let data = field.bytes().await.map_err(|_| ApiError::BadRequest)?;
            match filename {
                Some(filename) if name == "attachments[]" || name == "attachments" => {
                    uploads.push(Upload {
                        filename,
                        content_type,
                        data,
                    });
                }
                // Other file parts would be UploadedFile params; nothing here reads them.
                Some(_) => {}
                None => {
                    let value = String::from_utf8_lossy(&data).into_owned();
                    insert_nested(&mut root, &key_path(&name), Value::String(value));
                }
            }
        }
        let mut params = match root {
            Value::Object(m) => m,
            _ => Map::new(),
        };
        if let Some(q) = &self.query {
            for (k, v) in parse_form(q.as_bytes()) {
                params.insert(k, v);
            }
        }
        Ok((params, uploads))
    }

    /// Scheme and host the client used, for absolute URLs (Rails' `request.base_url`).
    pub(crate) fn base_url(&self) -> String {
        let header = |name: &str| {
            self.headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.split(',').next().unwrap_or("").trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let host = header("x-forwarded-host")
            .or_else(|| header("host"))
            .unwrap_or_else(|| "localhost".into());
        let scheme = header("x-forwarded-proto").unwrap_or_else(|| "http".into());
        format!("{scheme}://{host}")
    }
}

/// `a[b][]` into `["a", "b", ""]`, as Rack splits nested parameter names.
fn key_path(key: &str) -> Vec<String> {
    let (head, mut rest) = match key.find('[') {
        Some(i) if i > 0 => (&key[..i], &key[i..]),
        _ => (key, ""),
    };
    let mut path = vec![head.to_owned()];
    while let Some(stripped) = rest.strip_prefix('[') {
        let Some(end) = stripped.find(']') else { break };
        path.push(stripped[..end].to_owned());
        rest = &stripped[end + 1..];
    }
    path
}

const JSON_TYPES: [&str; 3] = ["application/json", "text/x-json", "application/jsonrequest"];

fn media_type(headers: &HeaderMap) -> Option<String> {
    let ct = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    Some(
        ct.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase(),
    )
}

/// `a=1&b[c]=2&d[]=3&e[][f]=4` into nested JSON, following Rack's nested query rules.
fn parse_form(bytes: &[u8]) -> Json {
    let mut root = Value::Object(Map::new());
    for (key, value) in url::form_urlencoded::parse(bytes) {
        insert_nested(
            &mut root,
            &key_path(&key),
            Value::String(value.into_owned()),
        );
    }
    match root {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

fn insert_nested(node: &mut Value, path: &[String], value: Value) {
    let Some((seg, rest)) = path.split_first() else {
        *node = value;
        return;
    };
    if seg.is_empty() {
        // `[]`: append, or fill the last hash when it lacks the next key (Rack's rule).
        if !node.is_array() {
            *node = Value::Array(Vec::new());
        }
        let Value::Array(items) = node else { return };
        let reuse = rest.first().is_some_and(|next| {
            items
                .last()
                .and_then(Value::as_object)
                .is_some_and(|m| !m.contains_key(next))
        });
        if !reuse {
            items.push(if rest.is_empty() {
                Value::Null
            } else {
                Value::Object(Map::new())
            });
        }
        if let Some(last) = items.last_mut() {
            insert_nested(last, rest, value);
        }
        return;
    }
    if !node.is_object() {
        *node = Value::Object(Map::new());
    }
    if let Value::Object(map) = node {
        let child = map.entry(seg.clone()).or_insert(Value::Null);
        insert_nested(child, rest, value);
    }
}

/// Strong parameters: a permitted scalar (string, number, boolean or null).
pub(crate) fn scalar<'a>(params: &'a Json, key: &str) -> Option<&'a Value> {
    params.get(key).filter(|v| !v.is_array() && !v.is_object())
}

/// `params.require(key)`, with Rails' JSON param wrapper: a JSON body without `key` has the
/// model's `attributes` copied under it. Blank is a 422 naming the key; a scalar under `key`
/// has no `permit` (NoMethodError: 500).
pub(crate) fn require(
    req: &Req,
    params: &Json,
    key: &str,
    attributes: &[&str],
) -> Result<Json, ApiError> {
    let raw = match params.get(key) {
        Some(v) => v.clone(),
        None if req.json_body() => Value::Object(
            params
                .iter()
                .filter(|(k, _)| attributes.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        None => Value::Null,
    };
    if blank(&raw) {
        return Err(ApiError::Unprocessable(format!(
            "param is missing or the value is empty: {key}"
        )));
    }
    match raw {
        Value::Object(raw) => Ok(raw),
        _ => Err(ApiError::Internal),
    }
}

/// `permit(:a, :b, ...)`: the listed keys whose values are scalars.
pub(crate) fn permit_scalars(raw: &Json, keys: &[&str]) -> Json {
    keys.iter()
        .filter_map(|&key| scalar(raw, key).map(|v| (key.to_string(), v.clone())))
        .collect()
}

/// `key: {}` permits any hash; anything else is dropped.
pub(crate) fn hash<'a>(params: &'a Json, key: &str) -> Option<&'a Json> {
    params.get(key).and_then(Value::as_object)
}

/// Ruby's `blank?` for a JSON value.
pub(crate) fn blank(v: &Value) -> bool {
    match v {
        Value::Null | Value::Bool(false) => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        Value::Bool(true) | Value::Number(_) => false,
    }
}

/// ActiveModel string cast (`true` becomes "t", numbers their decimal form).
pub(crate) fn to_string(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(if *b { "t" } else { "f" }.to_owned()),
        other => Some(other.to_string()),
    }
}

/// ActiveModel boolean cast: "" is nil, a short list of values is false, the rest true.
pub(crate) fn to_bool(v: &Value) -> Option<bool> {
    const FALSE: [&str; 7] = ["0", "f", "F", "false", "FALSE", "off", "OFF"];
    match v {
        Value::Null => None,
        Value::Bool(b) => Some(*b),
        Value::Number(n) => Some(n.as_f64() != Some(0.0)),
        Value::String(s) if s.is_empty() => None,
        Value::String(s) => Some(!FALSE.contains(&s.as_str())),
        _ => None,
    }
}

/// ActiveModel integer cast: Ruby's `to_i` on strings, truncation on floats.
pub(crate) fn to_int(v: &Value) -> Option<i64> {
    match v {
        Value::Bool(b) => Some(i64::from(*b)),
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(ruby_to_i(s)),
        _ => None,
    }
}

/// `String#to_i`: optional sign and leading digits, 0 when there are none.
pub(crate) fn ruby_to_i(s: &str) -> i64 {
    let s = s.trim_start();
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let n = digits
        .chars()
        .take_while(char::is_ascii_digit)
        .fold(0i64, |acc, c| {
            acc.saturating_mul(10)
                .saturating_add(i64::from(c as u8 - b'0'))
        });
    if neg {
        -n
    } else {
        n
    }
}

/// The id ActiveRecord's `find` would look up for a path or body value.
pub(crate) fn find_id<T>(v: &Value) -> Option<Id<T>> {
    to_int(v).and_then(|n| u64::try_from(n).ok()).map(Id::new)
}

/// `find_id` scoped to the caller's account, as `Current.account.<things>.find` does: an id
/// that names no row of this account is a 404.
pub(crate) fn find_in_account<T: AccountRow + Row>(
    v: &Value,
    rows: &Table<T>,
    account_id: AccountId,
) -> Result<Id<T>, ApiError> {
    find_id(v)
        .filter(|id| {
            rows.get(id)
                .is_some_and(|r| r.account() == Some(account_id))
        })
        .ok_or(ApiError::NotFound)
}

/// Same as `find_id` for a path segment.
pub(crate) fn path_id(s: &str) -> Option<u64> {
    u64::try_from(ruby_to_i(s)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn form_brackets_nest_like_rack() {
        let m =
            parse_form(b"name=A&channel[type]=api&subs[]=x&subs[]=y&w[][a]=1&w[][b]=2&w[][a]=3");
        assert_eq!(
            Value::Object(m),
            json!({"name": "A", "channel": {"type": "api"}, "subs": ["x", "y"],
                   "w": [{"a": "1", "b": "2"}, {"a": "3"}]})
        );
    }

    #[test]
    fn casts_follow_activemodel() {
        assert_eq!(to_bool(&json!("off")), Some(false));
        assert_eq!(to_bool(&json!("yes")), Some(true));
        assert_eq!(to_bool(&json!("")), None);
        assert_eq!(to_int(&json!("12abc")), Some(12));
        assert_eq!(to_string(&json!(true)).as_deref(), Some("t"));
        assert_eq!(path_id("abc"), Some(0));
    }
}
