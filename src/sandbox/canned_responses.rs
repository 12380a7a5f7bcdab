//! `/api/v1/accounts/{account_id}/canned_responses` (`CannedResponsesController`): no
//! policy, so every member of the account may list, create, update and delete; bots may
//! not. Records render as the model's columns (`render json:`); the list is a bare array.
//! No show route.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, patch};
use axum::Router;
use serde_json::{json, Value};

use super::auth::{find_own, params_and_ctx, AccountCtx};
use super::error::{empty, ok, ApiError, ApiResult, Errors};
use super::params::{permit_scalars, require, to_string, Req};
use super::state::{iso, now, CannedResponse, Db, Json};
use super::table::Id;
use super::Sandbox;

pub(crate) fn routes() -> Router<Sandbox> {
    const BASE: &str = "/api/v1/accounts/{account_id}/canned_responses";
    Router::new().route(BASE, get(index).post(create)).route(
        &format!("{BASE}/{{id}}"),
        patch(update).put(update).delete(destroy),
    )
}

/// Model attributes Rails' JSON param wrapper copies under `canned_response`.
const ATTRIBUTES: [&str; 6] = [
    "id",
    "content",
    "short_code",
    "created_at",
    "updated_at",
    "account_id",
];

/// `params.require(:canned_response).permit(:short_code, :content)`.
fn canned_params(req: &Req, p: &Json) -> Result<Json, ApiError> {
    let raw = require(req, p, "canned_response", &ATTRIBUTES)?;
    Ok(permit_scalars(&raw, &["short_code", "content"]))
}

fn assign(c: &mut CannedResponse, p: &Json) {
    if let Some(v) = p.get("short_code") {
        c.short_code = to_string(v);
    }
    if let Some(v) = p.get("content") {
        c.content = to_string(v);
    }
}

/// Validations in declaration order: content, short_code presence, then uniqueness.
fn validate(db: &Db, c: &CannedResponse) -> Result<(), ApiError> {
    let mut e = Errors::default();
    let blank_str = |s: &Option<String>| s.as_deref().is_none_or(|s| s.trim().is_empty());
    if blank_str(&c.content) {
        e.add("content", "can't be blank");
    }
    if blank_str(&c.short_code) {
        e.add("short_code", "can't be blank");
    }
    let taken = db
        .canned_responses
        .values()
        .any(|o| o.id != c.id && o.account_id == c.account_id && o.short_code == c.short_code);
    if taken {
        e.add("short_code", "has already been taken");
    }
    e.into_result()
}

fn render(c: &CannedResponse) -> Value {
    json!({
        "id": c.id,
        "content": c.content,
        "short_code": c.short_code,
        "created_at": iso(c.created_at),
        "updated_at": iso(c.updated_at),
        "account_id": c.account_id,
    })
}

fn fetch(db: &Db, ctx: &AccountCtx, id: &str) -> Result<Id<CannedResponse>, ApiError> {
    find_own(&db.canned_responses, ctx, id)
}

async fn index(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    let db = sb.db();
    let (ctx, p) = params_and_ctx(&db, &req, &account)?;
    let search = p
        .get("search")
        .and_then(to_string)
        .map(|s| s.to_lowercase());
    let mut rows: Vec<(f64, &CannedResponse)> = db
        .canned_responses
        .values()
        .filter(|c| c.account_id == ctx.account_id)
        .filter_map(|c| {
            let Some(q) = &search else {
                return Some((0.0, c));
            };
            let code = c.short_code.as_deref().unwrap_or("").to_lowercase();
            let content = c.content.as_deref().unwrap_or("").to_lowercase();
            // `order_by_search`: prefix of the code, then within it, then the content.
            let rank = if code.starts_with(q.as_str()) {
                1.0
            } else if code.contains(q.as_str()) {
                0.5
            } else if content.contains(q.as_str()) {
                0.2
            } else {
                return None;
            };
            Some((rank, c))
        })
        .collect();
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    ok(Value::Array(
        rows.into_iter().map(|(_, c)| render(c)).collect(),
    ))
}

async fn create(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    sb.write(|db, _| {
        let (ctx, p) = params_and_ctx(db, &req, &account)?;
        let attrs = canned_params(&req, &p)?;
        let t = now();
        let mut c = CannedResponse {
            id: Id::default(),
            account_id: ctx.account_id,
            short_code: None,
            content: None,
            created_at: t,
            updated_at: t,
        };
        assign(&mut c, &attrs);
        validate(db, &c)?;
        c.id = db.canned_responses.next_id();
        let body = render(&c);
        db.canned_responses.insert(c.id, c);
        ok(body)
    })
}

async fn update(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    sb.write(|db, _| {
        let (ctx, p) = params_and_ctx(db, &req, &account)?;
        let id = fetch(db, &ctx, &id)?;
        let attrs = canned_params(&req, &p)?;
        let mut c = db.canned_responses[&id].clone();
        assign(&mut c, &attrs);
        validate(db, &c)?;
        c.updated_at = now();
        let body = render(&c);
        db.canned_responses.insert(id, c);
        ok(body)
    })
}

async fn destroy(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    sb.write(|db, _| {
        let (ctx, _) = params_and_ctx(db, &req, &account)?;
        let id = fetch(db, &ctx, &id)?;
        db.canned_responses.remove(&id);
        Ok(empty(StatusCode::OK))
    })
}
