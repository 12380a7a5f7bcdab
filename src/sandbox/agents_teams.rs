//! `GET /api/v1/accounts/{account_id}/agents` and `/teams` (`AgentsController#index`,
//! `TeamsController#index` and `#show`): who and what a conversation can be assigned to.
//! Every member of the account may read them (`UserPolicy#index?`, `TeamPolicy`); agent
//! bots may not (neither is in `BOT_ACCESSIBLE_ENDPOINTS`).

use axum::extract::{Path, State};
use axum::routing::get;
use axum::Router;
use serde_json::Value;

use super::auth::{account_ctx, find_own, Bots};
use super::conversations::current_user;
use super::error::{ok, ApiResult};
use super::params::Req;
use super::render;
use super::Sandbox;

pub(crate) fn routes() -> Router<Sandbox> {
    const BASE: &str = "/api/v1/accounts/{account_id}";
    Router::new()
        .route(&format!("{BASE}/agents"), get(agents))
        .route(&format!("{BASE}/teams"), get(teams))
        .route(&format!("{BASE}/teams/{{team_id}}"), get(team))
}

/// `Current.account.users.order_by_full_name`: every member, administrators too, by
/// lower-cased name; a bare array of `_agent`.
async fn agents(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Denied)?;
    let mut users: Vec<_> = db
        .users
        .values()
        .filter(|u| db.account_user(ctx.account_id, u.id).is_some())
        .collect();
    users.sort_by_key(|u| u.name.to_lowercase());
    ok(Value::Array(
        users
            .into_iter()
            .map(|u| render::agent(&db, u, ctx.account_id))
            .collect(),
    ))
}

/// `Current.account.teams`: a bare array of `_team` (with `is_member` for the caller).
async fn teams(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Denied)?;
    ok(Value::Array(
        db.teams
            .values()
            .filter(|t| t.account_id == ctx.account_id)
            .map(|t| render::team(&db, t, current_user(&ctx)))
            .collect(),
    ))
}

/// `Current.account.teams.find(params[:id])`.
async fn team(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Denied)?;
    let id = find_own(&db.teams, &ctx, &id)?;
    ok(render::team(&db, &db.teams[&id], current_user(&ctx)))
}
