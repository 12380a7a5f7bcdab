//! `/api/v1/accounts/{account_id}/webhooks` (`Api::V1::Accounts::WebhooksController`),
//! administrators only. No show route and no secret reset, as in Chatwoot.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, patch};
use axum::Router;
use serde_json::{json, Value};

use super::auth::{find_own, params_and_ctx, AccountCtx};
use super::error::{empty, ok, ApiError, ApiResult, Errors};
use super::params::{permit_scalars, require, to_int, to_string, Req};
use super::render;
use super::state::{secure_token, Db, Json, Webhook, DEFAULT_SUBSCRIPTIONS};
use super::table::Id;
use super::Sandbox;
use crate::events::Event;

pub(crate) fn routes() -> Router<Sandbox> {
    const BASE: &str = "/api/v1/accounts/{account_id}/webhooks";
    Router::new().route(BASE, get(index).post(create)).route(
        &format!("{BASE}/{{id}}"),
        patch(update).put(update).delete(destroy),
    )
}

/// Model attributes Rails' JSON param wrapper copies under `webhook` when the body
/// does not already have that key.
const ATTRIBUTES: [&str; 10] = [
    "id",
    "account_id",
    "inbox_id",
    "url",
    "created_at",
    "updated_at",
    "webhook_type",
    "subscriptions",
    "name",
    "secret",
];

/// `params.require(:webhook).permit(:inbox_id, :name, :url, subscriptions: [])`.
fn webhook_params(req: &Req, p: &Json) -> Result<Json, ApiError> {
    let raw = require(req, p, "webhook", &ATTRIBUTES)?;
    let mut out = permit_scalars(&raw, &["inbox_id", "name", "url"]);
    // `subscriptions: []` permits only an array of scalars.
    if let Some(Value::Array(subs)) = raw.get("subscriptions") {
        if subs.iter().all(|v| !v.is_array() && !v.is_object()) {
            out.insert("subscriptions".into(), Value::Array(subs.clone()));
        }
    }
    Ok(out)
}

fn assign(wh: &mut Webhook, p: &Json) {
    if let Some(v) = p.get("inbox_id") {
        wh.inbox_id = to_int(v);
    }
    if let Some(v) = p.get("name") {
        wh.name = to_string(v);
    }
    if let Some(v) = p.get("url") {
        wh.url = to_string(v);
    }
    if let Some(v) = p.get("subscriptions") {
        wh.subscriptions = v.clone();
    }
}

/// Webhook validations in declaration order (uniqueness, format, subscriptions).
fn validate(db: &Db, wh: &Webhook) -> Result<(), ApiError> {
    let mut e = Errors::default();
    let taken = db
        .webhooks
        .values()
        .any(|o| o.id != wh.id && o.account_id == wh.account_id && o.url == wh.url);
    if taken {
        e.add("url", "has already been taken");
    }
    // `URI::DEFAULT_PARSER.make_regexp(%w[http https])` is unanchored and everything
    // after the scheme is optional, so in effect the URL must contain "http:" or "https:".
    let url = wh.url.as_deref().unwrap_or("");
    if !url.contains("http:") && !url.contains("https:") {
        e.add("url", "is invalid");
    }
    let valid_subscriptions = wh.subscriptions.as_array().is_some_and(|subs| {
        !subs.is_empty()
            && subs.iter().all(|s| {
                s.as_str()
                    .is_some_and(|s| Event::from_name(s).is_some_and(Event::subscribable))
            })
    });
    if !valid_subscriptions {
        e.add("subscriptions", "Invalid events");
    }
    e.into_result()
}

fn render_one(db: &Db, id: Id<Webhook>) -> ApiResult {
    let wh = db.webhooks.get(&id).ok_or(ApiError::NotFound)?;
    ok(json!({ "payload": { "webhook": render::webhook(db, wh) } }))
}

/// Every action: parse, authenticate, then `check_authorization` (admins only).
fn admin_ctx(db: &Db, req: &Req, account: &str) -> Result<(AccountCtx, Json), ApiError> {
    let (ctx, p) = params_and_ctx(db, req, account)?;
    ctx.require_admin()?;
    Ok((ctx, p))
}

/// `fetch_webhook`, after the policy check.
fn fetch(db: &Db, ctx: &AccountCtx, id: &str) -> Result<Id<Webhook>, ApiError> {
    find_own(&db.webhooks, ctx, id)
}

async fn index(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    let db = sb.db();
    let (ctx, _) = admin_ctx(&db, &req, &account)?;
    let webhooks: Vec<Value> = db
        .webhooks
        .values()
        .filter(|w| w.account_id == ctx.account_id)
        .map(|w| render::webhook(&db, w))
        .collect();
    ok(json!({ "payload": { "webhooks": webhooks } }))
}

async fn create(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    sb.write(|db, _| {
        let (ctx, p) = admin_ctx(db, &req, &account)?;
        let attrs = webhook_params(&req, &p)?;
        let mut wh = Webhook {
            id: Id::default(),
            account_id: ctx.account_id,
            inbox_id: None,
            url: None,
            name: None,
            subscriptions: json!(DEFAULT_SUBSCRIPTIONS.map(Event::as_str)),
            secret: secure_token(),
        };
        assign(&mut wh, &attrs);
        validate(db, &wh)?;
        wh.id = db.webhooks.next_id();
        let id = wh.id;
        db.webhooks.insert(id, wh);
        render_one(db, id)
    })
}

async fn update(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    sb.write(|db, _| {
        let (ctx, p) = admin_ctx(db, &req, &account)?;
        let id = fetch(db, &ctx, &id)?;
        let attrs = webhook_params(&req, &p)?;
        let mut wh = db.webhooks.get(&id).ok_or(ApiError::NotFound)?.clone();
        assign(&mut wh, &attrs);
        validate(db, &wh)?;
        db.webhooks.insert(id, wh);
        render_one(db, id)
    })
}

async fn destroy(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    sb.write(|db, _| {
        let (ctx, _) = admin_ctx(db, &req, &account)?;
        let id = fetch(db, &ctx, &id)?;
        db.webhooks.remove(&id);
        Ok(empty(StatusCode::OK))
    })
}
