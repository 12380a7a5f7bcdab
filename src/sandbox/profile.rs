//! `GET /api/v1/profile` and `GET /api/v1/accounts/{id}`: user-token routes outside
//! the account-scoped controllers.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::Router;

use super::auth::{api_caller, Bots, Caller};
use super::error::{ok, ApiError, ApiResult};
use super::params::{path_id, Req};
use super::render;
use super::Sandbox;

pub(crate) fn routes() -> Router<Sandbox> {
    Router::new()
        .route("/api/v1/profile", get(profile))
        .route("/api/v1/accounts/{account_id}", get(account))
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
        .filter(|a| db.accounts.contains_key(a) && db.account_user(*a, id).is_some())
        .ok_or(ApiError::NotFound)?;
    ok(render::account(&db, account_id))
}
