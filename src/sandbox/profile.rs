//! Routes outside the account-scoped controllers: `GET /api` (the instance's version and
//! health, no token), and the user-token routes `GET /api/v1/profile` and
//! `GET /api/v1/accounts/{id}`.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::Router;
use serde_json::json;

use super::auth::{api_caller, Bots, Caller};
use super::error::{ok, ApiError, ApiResult};
use super::params::{path_id, Req};
use super::render;
use super::table::Id;
use super::{Sandbox, VERSION};

pub(crate) fn routes() -> Router<Sandbox> {
    Router::new()
        .route("/api", get(instance))
        .route("/api/v1/profile", get(profile))
        .route("/api/v1/accounts/{account_id}", get(account))
}

/// `ApiController#index` skips authentication and reports Redis and PostgreSQL, both of
/// which the sandbox trivially has.
async fn instance() -> ApiResult {
    ok(json!({
        "version": VERSION,
        "timestamp": crate::time::db_format(crate::time::now_ms()),
        "queue_services": "ok",
        "data_services": "ok",
    }))
}

async fn profile(State(sb): State<Sandbox>, req: Req) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let Caller::User { id, .. } = api_caller(&db, &req.headers, Bots::Denied)? else {
        return Err(ApiError::SignIn);
    };
    ok(render::user(
        &db,
        db.users.get(&id).ok_or(ApiError::SignIn)?,
    ))
}

/// `Api::V1::AccountsController#show` looks the account up among the user's own
/// (`current_user.accounts.find`), so a foreign account is a 404 here, not a 401.
async fn account(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let Caller::User { id, .. } = api_caller(&db, &req.headers, Bots::Denied)? else {
        return Err(ApiError::SignIn);
    };
    let account_id = path_id(&account)
        .map(Id::new)
        .filter(|a| db.accounts.contains_key(a) && db.account_user(*a, id).is_some())
        .ok_or(ApiError::NotFound)?;
    ok(render::account(&db, account_id))
}
