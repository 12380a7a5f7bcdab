//! `/api/v1/accounts/{account_id}/inbox_members` (`Api::V1::Accounts::InboxMembersController`):
//! which agents belong to an inbox (and so see its conversations).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use serde_json::{json, Value};

use super::auth::{account_ctx, AccountCtx, Bots};
use super::error::{empty, ok, ApiError, ApiResult, NOT_AUTHORIZED_ACTION};
use super::params::{find_id, path_id, Req};
use super::render;
use super::state::{Db, Json};
use super::state::{InboxId, UserId};
use super::table::Id;
use super::Sandbox;

pub(crate) fn routes() -> Router<Sandbox> {
    const BASE: &str = "/api/v1/accounts/{account_id}/inbox_members";
    Router::new()
        .route(BASE, post(create).patch(update).delete(destroy))
        .route(&format!("{BASE}/{{inbox_id}}"), get(show))
}

/// `fetch_inbox`: `Current.account.inboxes.find(params[:inbox_id])`.
fn fetch_inbox(db: &Db, ctx: &AccountCtx, id: Option<InboxId>) -> Result<InboxId, ApiError> {
    id.and_then(|id| db.inboxes.get(&id))
        .filter(|i| i.account_id == ctx.account_id)
        .map(|i| i.id)
        .ok_or(ApiError::NotFound)
}

fn members(db: &Db, inbox_id: InboxId) -> Vec<UserId> {
    db.inbox_members
        .iter()
        .filter(|(i, _)| *i == inbox_id)
        .map(|(_, u)| *u)
        .collect()
}

fn render_members(db: &Db, ctx: &AccountCtx, inbox_id: InboxId) -> ApiResult {
    let payload: Vec<Value> = members(db, inbox_id)
        .into_iter()
        .filter(|u| db.account_user(ctx.account_id, *u).is_some())
        .filter_map(|u| db.users.get(&u))
        .map(|u| render::agent(db, u, ctx.account_id))
        .collect();
    ok(json!({ "payload": payload }))
}

/// `params[:user_ids]`: anything but an array fails in `Array#-` (500).
fn user_ids(p: &Json) -> Result<Vec<Value>, ApiError> {
    match p.get("user_ids") {
        Some(Value::Array(ids)) => Ok(ids.clone()),
        _ => Err(ApiError::Internal),
    }
}

/// `inbox.add_members`: `create!` per id inside a transaction (all or nothing).
fn add(db: &mut Db, inbox_id: InboxId, ids: &[Value]) -> Result<(), ApiError> {
    let mut adding = Vec::new();
    for v in ids {
        let user = find_id(v).filter(|u| db.users.contains_key(u));
        let Some(user) = user else {
            return Err(ApiError::InvalidMessage(
                "User must exist".into(),
                vec!["user"],
            ));
        };
        if db.inbox_members.contains(&(inbox_id, user)) || adding.contains(&user) {
            return Err(ApiError::InvalidMessage(
                "User has already been taken".into(),
                vec!["user_id"],
            ));
        }
        adding.push(user);
    }
    for user in adding {
        db.inbox_members.insert((inbox_id, user));
    }
    Ok(())
}

async fn show(
    State(sb): State<Sandbox>,
    Path((account, inbox)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Denied)?;
    let inbox_id = fetch_inbox(&db, &ctx, path_id(&inbox).map(Id::new))?;
    if !ctx.can_see_inbox(&db, inbox_id) {
        return Err(ApiError::Unauthorized(NOT_AUTHORIZED_ACTION));
    }
    render_members(&db, &ctx, inbox_id)
}

async fn create(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, _| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Denied)?;
        let inbox_id = fetch_inbox(db, &ctx, p.get("inbox_id").and_then(find_id))?;
        ctx.require_admin()?;
        let current = members(db, inbox_id);
        // `params[:user_ids] - current`: ids already in the inbox are skipped.
        let ids: Vec<Value> = user_ids(&p)?
            .into_iter()
            .filter(|v| !v.as_u64().is_some_and(|u| current.contains(&Id::new(u))))
            .collect();
        add(db, inbox_id, &ids)?;
        render_members(db, &ctx, inbox_id)
    })
}

async fn update(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, _| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Denied)?;
        let inbox_id = fetch_inbox(db, &ctx, p.get("inbox_id").and_then(find_id))?;
        ctx.require_admin()?;
        let current = members(db, inbox_id);
        let wanted = user_ids(&p)?;
        let to_add: Vec<Value> = wanted
            .iter()
            .filter(|v| !v.as_u64().is_some_and(|u| current.contains(&Id::new(u))))
            .cloned()
            .collect();
        add(db, inbox_id, &to_add)?;
        for user in current {
            if !wanted.iter().any(|v| v.as_u64() == Some(user.get())) {
                db.inbox_members.remove(&(inbox_id, user));
            }
        }
        render_members(db, &ctx, inbox_id)
    })
}

async fn destroy(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, _| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Denied)?;
        let inbox_id = fetch_inbox(db, &ctx, p.get("inbox_id").and_then(find_id))?;
        ctx.require_admin()?;
        let ids: Vec<UserId> = match p.get("user_ids") {
            Some(Value::Array(ids)) => ids.iter().filter_map(find_id).collect(),
            Some(v) => find_id(v).into_iter().collect(),
            None => Vec::new(),
        };
        for user in ids {
            db.inbox_members.remove(&(inbox_id, user));
        }
        Ok(empty(StatusCode::OK))
    })
}
