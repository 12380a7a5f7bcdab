//! Error responses with the exact bodies Chatwoot (Rails) sends. There are several
//! shapes on purpose: clients must cope with all of them against the real server.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

pub(crate) const JSON_UTF8: &str = "application/json; charset=utf-8";

#[derive(Debug)]
pub(crate) enum ApiError {
    /// devise_token_auth: no token at all.
    SignIn,
    /// `render_unauthorized`: 401 `{"error": msg}` (also used for Pundit denials).
    Unauthorized(&'static str),
    /// `handle_with_exception` rescuing RecordNotFound.
    NotFound,
    /// RecordNotFound outside `handle_with_exception` (platform API) or no route:
    /// Rails' public exceptions app answers for the JSON format.
    RailsNotFound,
    /// `render_record_invalid`: 422 `{"message": "...", "attributes": [...]}`.
    Invalid(Errors),
    /// `render_could_not_create_error`: 422 `{"error": msg}` (e.g. ParameterMissing).
    Unprocessable(String),
    /// `render_record_invalid` with full messages already built (message validations).
    InvalidMessage(String, Vec<&'static str>),
    /// A plain JSON body with a status of the controller's choosing.
    Custom(StatusCode, Value),
    /// rack-attack's throttled response: `text/plain` "Retry later\n", no Retry-After.
    Throttled,
    /// Malformed request body (ActionDispatch ParseError).
    BadRequest,
    /// Exceptions Chatwoot does not rescue (unknown enum value, unknown attribute...).
    Internal,
    /// Request body over the sandbox's buffering limit (no Rails equivalent).
    PayloadTooLarge,
}

pub(crate) const NOT_AUTHORIZED_ACTION: &str = "You are not authorized to do this action";
pub(crate) const NOT_FOR_BOTS: &str = "Access to this endpoint is not authorized for bots";

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, body) = match self {
            ApiError::SignIn => (
                StatusCode::UNAUTHORIZED,
                json!({"errors": ["You need to sign in or sign up before continuing."]}),
            ),
            ApiError::Unauthorized(msg) => (StatusCode::UNAUTHORIZED, json!({ "error": msg })),
            ApiError::NotFound => (
                StatusCode::NOT_FOUND,
                json!({"error": "Resource could not be found"}),
            ),
            ApiError::RailsNotFound => (
                StatusCode::NOT_FOUND,
                json!({"status": 404, "error": "Not Found"}),
            ),
            ApiError::Invalid(errors) => (StatusCode::UNPROCESSABLE_ENTITY, errors.body()),
            ApiError::Unprocessable(msg) => {
                (StatusCode::UNPROCESSABLE_ENTITY, json!({ "error": msg }))
            }
            ApiError::InvalidMessage(message, attributes) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                json!({ "message": message, "attributes": attributes }),
            ),
            ApiError::Custom(status, body) => (status, body),
            ApiError::Throttled => {
                let mut resp = (StatusCode::TOO_MANY_REQUESTS, "Retry later\n").into_response();
                resp.headers_mut()
                    .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                return resp;
            }
            ApiError::BadRequest => (
                StatusCode::BAD_REQUEST,
                json!({"status": 400, "error": "Bad Request"}),
            ),
            ApiError::Internal => (
                StatusCode::INTERNAL_SERVER_ERROR,
                json!({"status": 500, "error": "Internal Server Error"}),
            ),
            ApiError::PayloadTooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                json!({"status": 413, "error": "Payload Too Large"}),
            ),
        };
        json_response(status, &body)
    }
}

pub(crate) type ApiResult = Result<Response, ApiError>;

pub(crate) fn json_response(status: StatusCode, body: &Value) -> Response {
    let mut resp = (status, body.to_string()).into_response();
    resp.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON_UTF8));
    resp
}

pub(crate) fn ok(body: Value) -> ApiResult {
    Ok(json_response(StatusCode::OK, &body))
}

/// `head :ok` / `head :not_found`: empty body; Rails still labels it with the
/// request format (JSON) but without a charset.
pub(crate) fn empty(status: StatusCode) -> Response {
    let mut resp = status.into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp
}

/// ActiveModel errors: full messages ("<Humanized attribute> <message>") plus the
/// distinct attribute names, in the order they were added.
#[derive(Debug, Default)]
pub(crate) struct Errors(Vec<(&'static str, String)>);

impl Errors {
    pub(crate) fn add(&mut self, attribute: &'static str, message: impl Into<String>) {
        self.0.push((attribute, message.into()));
    }

    pub(crate) fn too_long(&mut self, attribute: &'static str, value: Option<&str>, max: usize) {
        if value.is_some_and(|v| v.chars().count() > max) {
            self.add(
                attribute,
                format!("is too long (maximum is {max} characters)"),
            );
        }
    }

    pub(crate) fn into_result(self) -> Result<(), ApiError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ApiError::Invalid(self))
        }
    }

    fn body(&self) -> Value {
        let message = self
            .0
            .iter()
            .map(|(attr, msg)| format!("{} {msg}", humanize(attr)))
            .collect::<Vec<_>>()
            .join(", ");
        let mut attributes: Vec<&str> = Vec::new();
        for (attr, _) in &self.0 {
            if !attributes.contains(attr) {
                attributes.push(attr);
            }
        }
        json!({ "message": message, "attributes": attributes })
    }
}

/// ActiveSupport `humanize`: drop a trailing `_id`, underscores to spaces, capitalise.
fn humanize(attr: &str) -> String {
    let base = attr.strip_suffix("_id").unwrap_or(attr).replace('_', " ");
    let mut chars = base.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_messages_join_like_rails() {
        let mut e = Errors::default();
        e.add("url", "has already been taken");
        e.add("url", "is invalid");
        e.add("subscriptions", "Invalid events");
        assert_eq!(
            e.body(),
            json!({"message": "Url has already been taken, Url is invalid, Subscriptions Invalid events",
                   "attributes": ["url", "subscriptions"]})
        );
        assert_eq!(
            humanize("agent_reply_time_window"),
            "Agent reply time window"
        );
    }
}
