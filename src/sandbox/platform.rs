//! `/platform/api/v1/agent_bots` (`Platform::Api::V1::AgentBotsController`). A platform
//! app sees and changes only the bots it created (`platform_app_permissibles`).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use serde_json::Value;

use super::agent_bots::{assign_common, validate};
use super::auth::platform_app;
use super::error::{empty, ok, ApiError, ApiResult};
use super::params::{path_id, scalar, to_int, Req};
use super::render;
use super::state::{now, secure_token, AgentBot, Db, Json, Owner};
use super::state::{AgentBotId, PlatformAppId};
use super::table::Id;
use super::Sandbox;

pub(crate) fn routes() -> Router<Sandbox> {
    Router::new()
        .route("/platform/api/v1/agent_bots", get(index).post(create))
        .route(
            "/platform/api/v1/agent_bots/{id}",
            get(show).patch(update).put(update).delete(destroy),
        )
}

/// `agent_bot_params`: no `bot_type`/`bot_config` here; `account_id` omitted or null
/// makes a global bot. There is no foreign key, so any account id is stored.
fn assign(bot: &mut AgentBot, p: &Json) {
    assign_common(bot, p);
    if let Some(v) = scalar(p, "account_id") {
        bot.account_id = to_int(v).and_then(|n| u64::try_from(n).ok()).map(Id::new);
    }
}

/// `set_resource` + `validate_platform_app_permissible`. The platform controller has
/// no `handle_with_exception`, so a missing bot is Rails' generic JSON 404.
fn permitted_bot(db: &Db, app: PlatformAppId, id: &str) -> Result<AgentBotId, ApiError> {
    let id = path_id(id)
        .map(Id::new)
        .filter(|id| db.agent_bots.contains_key(id))
        .ok_or(ApiError::RailsNotFound)?;
    if db.permissibles.contains(&(app, id)) {
        Ok(id)
    } else {
        Err(ApiError::Unauthorized("Non permissible resource"))
    }
}

fn render_bot(db: &Db, id: AgentBotId) -> ApiResult {
    ok(render::platform_agent_bot(
        db,
        db.agent_bots.get(&id).ok_or(ApiError::RailsNotFound)?,
    ))
}

async fn index(State(sb): State<Sandbox>, req: Req) -> ApiResult {
    let db = sb.db();
    let app = platform_app(&db, &req.headers)?;
    req.params()?;
    let bots: Vec<Value> = db
        .permissibles
        .iter()
        .filter(|(owner, _)| *owner == app)
        .filter_map(|(_, bot)| db.agent_bots.get(bot))
        .map(|bot| render::platform_agent_bot(&db, bot))
        .collect();
    ok(Value::Array(bots))
}

async fn create(State(sb): State<Sandbox>, req: Req) -> ApiResult {
    sb.write(|db, _| {
        let app = platform_app(db, &req.headers)?;
        let p = req.params()?;
        let mut bot = AgentBot::new(None);
        assign(&mut bot, &p);
        validate(&bot)?;
        bot.id = db.agent_bots.next_id();
        let id = bot.id;
        db.agent_bots.insert(id, bot);
        db.insert_access_token(Owner::AgentBot(id), secure_token());
        db.permissibles.push((app, id));
        render_bot(db, id)
    })
}

async fn show(State(sb): State<Sandbox>, Path(id): Path<String>, req: Req) -> ApiResult {
    let db = sb.db();
    let app = platform_app(&db, &req.headers)?;
    req.params()?;
    render_bot(&db, permitted_bot(&db, app, &id)?)
}

async fn update(State(sb): State<Sandbox>, Path(id): Path<String>, req: Req) -> ApiResult {
    sb.write(|db, _| {
        let app = platform_app(db, &req.headers)?;
        let p = req.params()?;
        let id = permitted_bot(db, app, &id)?;
        let mut updated = db
            .agent_bots
            .get(&id)
            .ok_or(ApiError::RailsNotFound)?
            .clone();
        assign(&mut updated, &p);
        validate(&updated)?;
        updated.updated_at = now();
        db.agent_bots.insert(id, updated);
        render_bot(db, id)
    })
}

async fn destroy(State(sb): State<Sandbox>, Path(id): Path<String>, req: Req) -> ApiResult {
    sb.write(|db, _| {
        let app = platform_app(db, &req.headers)?;
        req.params()?;
        let id = permitted_bot(db, app, &id)?;
        db.destroy_agent_bot(id);
        Ok(empty(StatusCode::OK))
    })
}
