//! `/api/v1/accounts/{account_id}/agent_bots` (`Api::V1::Accounts::AgentBotsController`).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use serde_json::Value;

use super::auth::{account_ctx, find_own, AccountCtx, Bots};
use super::error::{empty, ok, ApiError, ApiResult, Errors};
use super::inboxes::URL_LENGTH_LIMIT;
use super::params::{hash, path_id, scalar, to_string, Req};
use super::render;
use super::state::AgentBotId;
use super::state::{now, secure_token, AgentBot, Db, Json, Owner};
use super::table::Id;
use super::Sandbox;

pub(crate) fn routes() -> Router<Sandbox> {
    const BASE: &str = "/api/v1/accounts/{account_id}/agent_bots";
    Router::new()
        .route(BASE, get(index).post(create))
        .route(
            &format!("{BASE}/{{id}}"),
            get(show).patch(update).put(update).delete(destroy),
        )
        .route(
            &format!("{BASE}/{{id}}/reset_access_token"),
            post(reset_access_token),
        )
        .route(&format!("{BASE}/{{id}}/reset_secret"), post(reset_secret))
}

/// Name, description and outgoing URL, shared with the platform API.
pub(crate) fn assign_common(bot: &mut AgentBot, p: &Json) {
    for (key, field) in [
        ("name", &mut bot.name),
        ("description", &mut bot.description),
        ("outgoing_url", &mut bot.outgoing_url),
    ] {
        if let Some(v) = scalar(p, key) {
            *field = to_string(v);
        }
    }
}

/// The model's only validation: `outgoing_url` length (no format check).
pub(crate) fn validate(bot: &AgentBot) -> Result<(), ApiError> {
    let mut e = Errors::default();
    e.too_long(
        "outgoing_url",
        bot.outgoing_url.as_deref(),
        URL_LENGTH_LIMIT,
    );
    e.into_result()
}

/// Account-API attributes: `bot_type` is the enum `{webhook: 0}`; blank values become
/// nil, anything else unknown raises ArgumentError (500). `bot_config` must be a hash.
fn assign(bot: &mut AgentBot, p: &Json) -> Result<(), ApiError> {
    assign_common(bot, p);
    if let Some(v) = scalar(p, "bot_type") {
        bot.bot_type = match v {
            Value::Null | Value::Bool(false) => None,
            Value::String(s) if s.trim().is_empty() => None,
            Value::String(s) if s == "webhook" => Some("webhook"),
            Value::Number(n) if n.as_f64() == Some(0.0) => Some("webhook"),
            _ => return Err(ApiError::Internal),
        };
    }
    if let Some(config) = hash(p, "bot_config") {
        bot.bot_config = Value::Object(config.clone());
    }
    Ok(())
}

/// `Current.account.agent_bots.find`: global bots are not found here.
fn own_bot(db: &Db, ctx: &AccountCtx, id: &str) -> Result<AgentBotId, ApiError> {
    find_own(&db.agent_bots, ctx, id)
}

fn render_bot(db: &Db, ctx: &AccountCtx, id: AgentBotId) -> ApiResult {
    let bot = db.agent_bots.get(&id).ok_or(ApiError::NotFound)?;
    ok(render::agent_bot(db, bot, ctx.account_id, ctx.is_admin()))
}

/// Prologue of member actions other than show: the policy check runs before the
/// lookup, so an agent gets 401 even for a bot that does not exist.
fn admin_member(
    db: &Db,
    req: &Req,
    account: &str,
    id: &str,
) -> Result<(AccountCtx, AgentBotId), ApiError> {
    req.params()?;
    let ctx = account_ctx(db, &req.headers, account, Bots::Denied)?;
    ctx.require_admin()?;
    Ok((ctx, own_bot(db, &ctx, id)?))
}

async fn index(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Denied)?;
    let bots: Vec<Value> = db
        .agent_bots
        .values()
        .filter(|b| db.bot_accessible_to(b.id, ctx.account_id).is_some())
        .map(|b| render::agent_bot(&db, b, ctx.account_id, ctx.is_admin()))
        .collect();
    ok(Value::Array(bots))
}

async fn create(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, _| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Denied)?;
        ctx.require_admin()?;
        let mut bot = AgentBot::new(Some(ctx.account_id));
        assign(&mut bot, &p)?;
        validate(&bot)?;
        bot.id = db.agent_bots.next_id();
        let id = bot.id;
        db.agent_bots.insert(id, bot);
        // AccessTokenable: every bot gets a token that authenticates as the bot.
        db.insert_access_token(Owner::AgentBot(id), secure_token());
        render_bot(db, &ctx, id)
    })
}

async fn show(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Denied)?;
    let id = path_id(&id)
        .map(Id::new)
        .and_then(|id| db.bot_accessible_to(id, ctx.account_id))
        .map(|b| b.id)
        .ok_or(ApiError::NotFound)?;
    render_bot(&db, &ctx, id)
}

async fn update(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, _| {
        let (ctx, id) = admin_member(db, &req, &account, &id)?;
        let mut updated = db.agent_bots.get(&id).ok_or(ApiError::NotFound)?.clone();
        assign(&mut updated, &p)?;
        validate(&updated)?;
        updated.updated_at = now();
        db.agent_bots.insert(id, updated);
        render_bot(db, &ctx, id)
    })
}

async fn destroy(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    sb.write(|db, _| {
        let (_, id) = admin_member(db, &req, &account, &id)?;
        db.destroy_agent_bot(id);
        Ok(empty(StatusCode::OK))
    })
}

async fn reset_access_token(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    sb.write(|db, _| {
        let (ctx, id) = admin_member(db, &req, &account, &id)?;
        db.regenerate_access_token(Owner::AgentBot(id));
        render_bot(db, &ctx, id)
    })
}

async fn reset_secret(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    sb.write(|db, _| {
        let (ctx, id) = admin_member(db, &req, &account, &id)?;
        if let Some(mut bot) = db.agent_bots.get_mut(&id) {
            bot.secret = secure_token();
        }
        render_bot(db, &ctx, id)
    })
}
