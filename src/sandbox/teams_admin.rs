//! Team writes (`TeamsController#create/update/destroy`, administrators only; names are
//! lower-cased and unique per account) and `TeamMembersController` (`index` for every
//! member, `update` for administrators: the members become exactly `user_ids`). The
//! reads of `/teams` live in `agents_teams.rs`.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, patch, post};
use axum::Router;
use serde_json::{json, Value};

use super::auth::{find_own, params_and_ctx, AccountCtx};
use super::conversations::current_user;
use super::error::{empty, ok, ApiError, ApiResult, Errors};
use super::params::{find_id, permit_scalars, require, to_bool, to_string, Req};
use super::render;
use super::state::{now, Db, Json, Team};
use super::state::{AccountId, TeamId};
use super::table::Id;
use super::Sandbox;

pub(crate) fn routes() -> Router<Sandbox> {
    const BASE: &str = "/api/v1/accounts/{account_id}/teams";
    Router::new()
        .route(BASE, post(create))
        .route(
            &format!("{BASE}/{{team_id}}"),
            patch(update).put(update).delete(destroy),
        )
        .route(
            &format!("{BASE}/{{team_id}}/team_members"),
            get(members).patch(set_members),
        )
}

const ATTRIBUTES: [&str; 7] = [
    "id",
    "name",
    "description",
    "allow_auto_assign",
    "created_at",
    "updated_at",
    "account_id",
];

/// `params.require(:team).permit(:name, :description, :allow_auto_assign)`.
fn team_params(req: &Req, p: &Json) -> Result<Json, ApiError> {
    let raw = require(req, p, "team", &ATTRIBUTES)?;
    Ok(permit_scalars(
        &raw,
        &["name", "description", "allow_auto_assign"],
    ))
}

fn assign(team: &mut Team, p: &Json) {
    if let Some(v) = p.get("name") {
        team.name = to_string(v).unwrap_or_default().to_lowercase();
    }
    if let Some(v) = p.get("description") {
        team.description = to_string(v);
    }
    if let Some(v) = p.get("allow_auto_assign") {
        team.allow_auto_assign = to_bool(v).unwrap_or(true);
    }
}

fn validate(db: &Db, team: &Team) -> Result<(), ApiError> {
    let mut e = Errors::default();
    if team.name.trim().is_empty() {
        e.add("name", "must not be blank");
    }
    let taken = db
        .teams
        .values()
        .any(|o| o.id != team.id && o.account_id == team.account_id && o.name == team.name);
    if taken {
        e.add("name", "has already been taken");
    }
    e.into_result()
}

/// `fetch_team` runs before the policy check: an unknown id is 404 for anyone.
fn fetch(db: &Db, ctx: &AccountCtx, id: &str) -> Result<TeamId, ApiError> {
    find_own(&db.teams, ctx, id)
}

async fn create(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    sb.write(|db, _| {
        let (ctx, p) = params_and_ctx(db, &req, &account)?;
        ctx.require_admin()?;
        let attrs = team_params(&req, &p)?;
        let t = now();
        let mut team = Team {
            id: Id::default(),
            account_id: ctx.account_id,
            name: String::new(),
            description: None,
            allow_auto_assign: true,
            created_at: t,
            updated_at: t,
        };
        assign(&mut team, &attrs);
        validate(db, &team)?;
        team.id = db.teams.next_id();
        let id = team.id;
        db.teams.insert(id, team);
        ok(render::team(db, &db.teams[&id], current_user(&ctx)))
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
        ctx.require_admin()?;
        let attrs = team_params(&req, &p)?;
        let mut team = db.teams[&id].clone();
        assign(&mut team, &attrs);
        validate(db, &team)?;
        team.updated_at = now();
        db.teams.insert(id, team);
        ok(render::team(db, &db.teams[&id], current_user(&ctx)))
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
        ctx.require_admin()?;
        db.teams.remove(&id);
        db.team_members.retain(|(t, _)| *t != id);
        db.conversations.update_all(|c| {
            if c.team_id == Some(id) {
                c.team_id = None;
            }
        });
        Ok(empty(StatusCode::OK))
    })
}

fn render_members(db: &Db, account_id: AccountId, team_id: TeamId) -> Value {
    Value::Array(
        db.team_members
            .iter()
            .filter(|(t, _)| *t == team_id)
            .filter_map(|(_, u)| db.users.get(u))
            .map(|u| render::agent(db, u, account_id))
            .collect(),
    )
}

async fn members(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let db = sb.db();
    let (ctx, _) = params_and_ctx(&db, &req, &account)?;
    let id = fetch(&db, &ctx, &id)?;
    ok(render_members(&db, ctx.account_id, id))
}

/// `update`: add the missing, remove the extra; ids outside the account are a 401.
async fn set_members(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    sb.write(|db, _| {
        let (ctx, p) = params_and_ctx(db, &req, &account)?;
        let id = fetch(db, &ctx, &id)?;
        ctx.require_admin()?;
        let Some(Value::Array(raw)) = p.get("user_ids") else {
            return Err(ApiError::Internal);
        };
        let mut wanted = Vec::new();
        for v in raw {
            match find_id(v).filter(|u| db.account_user(ctx.account_id, *u).is_some()) {
                Some(u) => wanted.push(u),
                None => {
                    return Err(ApiError::Custom(
                        StatusCode::UNAUTHORIZED,
                        json!({ "error": "Invalid User IDs" }),
                    ))
                }
            }
        }
        db.team_members
            .retain(|(t, u)| *t != id || wanted.contains(u));
        for u in wanted {
            db.team_members.insert((id, u));
        }
        ok(render_members(db, ctx.account_id, id))
    })
}
