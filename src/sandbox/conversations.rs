//! `/api/v1/accounts/{account_id}/conversations` (`Api::V1::Accounts::ConversationsController`)
//! with its assignments and labels. Paths carry the per-account display id.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use serde_json::{json, Value};

use super::auth::{account_ctx, AccountCtx, Bots, Caller};
use super::contacts::build_contact_inbox;
use super::error::{empty, ok, ApiError, ApiResult, NOT_AUTHORIZED_ACTION};
use super::event_data;
use super::events::{Outbox, CONVERSATION_CREATED};
use super::lifecycle::{self, Actor, Save};
use super::messages::build_new_message;
use super::params::{
    blank, find_id, find_in_account, hash, path_id, ruby_to_i, scalar, to_bool, to_int, to_string,
    Req,
};
use super::render;
use super::state::{now, parse_iso, Conversation, Db, Json, Priority, Role, Status};
use super::state::{ContactInboxId, ConversationId, InboxId, UserId};
use super::Sandbox;

pub(crate) fn routes() -> Router<Sandbox> {
    const BASE: &str = "/api/v1/accounts/{account_id}/conversations";
    Router::new()
        .route(BASE, get(index).post(create))
        .route(&format!("{BASE}/meta"), get(meta))
        .route(
            &format!("{BASE}/{{id}}"),
            get(show).patch(update).put(update),
        )
        .route(&format!("{BASE}/{{id}}/toggle_status"), post(toggle_status))
        .route(
            &format!("{BASE}/{{id}}/toggle_priority"),
            post(toggle_priority),
        )
        .route(
            &format!("{BASE}/{{id}}/toggle_typing_status"),
            post(toggle_typing_status),
        )
        .route(
            &format!("{BASE}/{{id}}/custom_attributes"),
            post(custom_attributes),
        )
        .route(
            &format!("{BASE}/{{id}}/update_last_seen"),
            post(update_last_seen),
        )
        .route(
            &format!("{BASE}/{{conversation_id}}/assignments"),
            post(assignments),
        )
        .route(
            &format!("{BASE}/{{conversation_id}}/labels"),
            get(labels).post(set_labels),
        )
}

/// `CONVERSATION_RESULTS_PER_PAGE` default.
const PER_PAGE: usize = 25;

pub(crate) fn actor(ctx: &AccountCtx) -> Actor {
    match ctx.caller {
        Caller::User { id, .. } => Actor::User(id),
        Caller::AgentBot { id } => Actor::Bot(id),
        Caller::PlatformApp { .. } => Actor::Nobody,
    }
}

pub(crate) fn current_user(ctx: &AccountCtx) -> Option<UserId> {
    match ctx.caller {
        Caller::User { id, .. } => Some(id),
        _ => None,
    }
}

/// `ConversationPolicy#show?`: admins and bots see every conversation; agents those of
/// their inboxes or teams.
fn can_show(db: &Db, ctx: &AccountCtx, c: &Conversation) -> bool {
    match ctx.caller {
        Caller::AgentBot { .. } => true,
        Caller::User { id, role } => {
            role == Some(Role::Administrator)
                || db.inbox_members.contains(&(c.inbox_id, id))
                || c.team_id
                    .is_some_and(|t| db.team_members.contains(&(t, id)))
        }
        Caller::PlatformApp { .. } => false,
    }
}

/// `find_by!(display_id:)` in the account, then `authorize :show?`.
pub(crate) fn fetch(db: &Db, ctx: &AccountCtx, id: &str) -> Result<ConversationId, ApiError> {
    let c = path_id(id)
        .and_then(|d| db.conversation_by_display_id(ctx.account_id, d))
        .ok_or(ApiError::NotFound)?;
    if can_show(db, ctx, c) {
        Ok(c.id)
    } else {
        Err(ApiError::Unauthorized(NOT_AUTHORIZED_ACTION))
    }
}

fn conversation_of(db: &Db, id: ConversationId) -> Result<&Conversation, ApiError> {
    db.conversations.get(&id).ok_or(ApiError::NotFound)
}

fn render_one(db: &Db, ctx: &AccountCtx, id: ConversationId) -> ApiResult {
    ok(render::conversation(
        db,
        conversation_of(db, id)?,
        current_user(ctx),
    ))
}

/// The conversations a user may list (`PermissionFilterService`) after the finder's
/// inbox, status, team, label, query and source filters.
fn find(db: &Db, ctx: &AccountCtx, p: &Json) -> Result<Vec<ConversationId>, ApiError> {
    let Caller::User { id: user, role } = ctx.caller else {
        return Err(ApiError::Unauthorized(NOT_AUTHORIZED_ACTION));
    };
    let admin = role == Some(Role::Administrator);
    let assigned_inbox = |inbox: InboxId| admin || db.inbox_members.contains(&(inbox, user));
    let inbox_filter = p
        .get("inbox_id")
        .map(|v| find_id(v).filter(|i| assigned_inbox(*i)));
    let team = match p.get("team_id") {
        Some(v) => Some(find_in_account(v, &db.teams, ctx.account_id)?),
        None => None,
    };
    let status = match p.get("status").filter(|v| !v.is_null()) {
        _ if p.contains_key("q") => None,
        Some(v) if v.as_str() == Some("all") => None,
        Some(v) => Some(Status::parse(v)),
        None => Some(Some(Status::Open)),
    };
    let labels: Option<Vec<String>> = p.get("labels").map(|v| match v {
        Value::Array(items) => items.iter().filter_map(to_string).collect(),
        other => to_string(other)
            .map(|s| s.split(',').map(|l| l.trim().to_owned()).collect())
            .unwrap_or_default(),
    });
    let q = p.get("q").and_then(to_string).map(|q| q.to_lowercase());
    let source_id = p.get("source_id").and_then(to_string);
    let ids = db
        .conversations
        .values()
        .filter(|c| c.account_id == ctx.account_id)
        .filter(|c| admin || db.inbox_members.contains(&(c.inbox_id, user)))
        .filter(|c| match &inbox_filter {
            Some(inbox) => *inbox == Some(c.inbox_id),
            None => true,
        })
        .filter(|c| match status {
            Some(wanted) => wanted == Some(c.status),
            None => true,
        })
        .filter(|c| team.is_none() || c.team_id == team)
        .filter(|c| match &labels {
            Some(wanted) => c.labels.iter().any(|l| wanted.contains(l)),
            None => true,
        })
        .filter(|c| match &q {
            Some(q) => db.messages_of(c.id).any(|m| {
                matches!(
                    m.message_type,
                    super::state::MessageType::Incoming | super::state::MessageType::Outgoing
                ) && m
                    .content
                    .as_deref()
                    .is_some_and(|t| t.to_lowercase().contains(q))
            }),
            None => true,
        })
        .filter(|c| match &source_id {
            Some(s) => db
                .contact_inboxes
                .get(&c.contact_inbox_id)
                .is_some_and(|ci| &ci.source_id == s),
            None => true,
        })
        .map(|c| c.id)
        .collect();
    Ok(ids)
}

/// `mine_count`, `assigned_count`, `unassigned_count`, `all_count`.
fn counts(db: &Db, ctx: &AccountCtx, ids: &[ConversationId]) -> Value {
    let user = current_user(ctx);
    let convs = || ids.iter().filter_map(|id| db.conversations.get(id));
    let all = ids.len();
    let unassigned = convs().filter(|c| c.assignee_id.is_none()).count();
    let mine = convs()
        .filter(|c| c.assignee_id.is_some() && c.assignee_id == user)
        .count();
    json!({
        "mine_count": mine,
        "assigned_count": all - unassigned,
        "unassigned_count": unassigned,
        "all_count": all,
    })
}

async fn index(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    let p = req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Denied)?;
    let ids = find(&db, &ctx, &p)?;
    let meta = counts(&db, &ctx, &ids);
    let user = current_user(&ctx);
    let mut convs: Vec<&Conversation> = ids
        .iter()
        .filter_map(|id| db.conversations.get(id))
        .filter(|c| match p.get("assignee_type").and_then(Value::as_str) {
            Some("me") => c.assignee_id.is_some() && c.assignee_id == user,
            Some("unassigned") => c.assignee_id.is_none(),
            Some("assigned") => c.assignee_id.is_some(),
            _ => true,
        })
        .collect();
    let sort = p.get("sort_by").and_then(Value::as_str).unwrap_or("");
    match sort {
        "last_activity_at_asc" => convs.sort_by_key(|c| (c.last_activity_at, c.id)),
        "created_at_asc" | "sort_on_created_at" => convs.sort_by_key(|c| (c.created_at, c.id)),
        "created_at_desc" => convs.sort_by_key(|c| std::cmp::Reverse((c.created_at, c.id))),
        _ => convs.sort_by_key(|c| std::cmp::Reverse((c.last_activity_at, c.id))),
    }
    let page = p
        .get("page")
        .and_then(to_int)
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(1)
        .max(1);
    // `updated_within` replaces paging with a time window.
    let within = p
        .get("updated_within")
        .filter(|v| !blank(v))
        .and_then(to_int);
    let payload: Vec<Value> = match within {
        Some(secs) => convs
            .iter()
            .filter(|c| c.updated_at > now() - secs * 1000)
            .map(|c| render::conversation(&db, c, user))
            .collect(),
        None => convs
            .iter()
            .skip((page - 1) * PER_PAGE)
            .take(PER_PAGE)
            .map(|c| render::conversation(&db, c, user))
            .collect(),
    };
    ok(json!({"data": {"meta": meta, "payload": payload}}))
}

async fn meta(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    let p = req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Denied)?;
    let ids = find(&db, &ctx, &p)?;
    ok(json!({"meta": counts(&db, &ctx, &ids)}))
}

async fn show(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Allowed)?;
    let id = fetch(&db, &ctx, &id)?;
    render_one(&db, &ctx, id)
}

async fn create(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    let p = req.params()?;
    let base_url = req.base_url();
    sb.write(|db, out| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Allowed)?;
        let actor = actor(&ctx);
        // before_action :inbox, :contact, :contact_inbox
        let inbox_id = match p.get("inbox_id").filter(|v| !blank(v)) {
            Some(v) => {
                let id = find_in_account(v, &db.inboxes, ctx.account_id)?;
                if !ctx.can_see_inbox(db, id) {
                    return Err(ApiError::Unauthorized(NOT_AUTHORIZED_ACTION));
                }
                Some(id)
            }
            None => None,
        };
        let contact_id = match p.get("contact_id").filter(|v| !blank(v)) {
            Some(v) => Some(find_in_account(v, &db.contacts, ctx.account_id)?),
            None => None,
        };
        let source_id = p.get("source_id").and_then(to_string);
        let contact_inbox_id = match (inbox_id, contact_id) {
            (Some(inbox), Some(contact)) => {
                let hmac = p.get("hmac_verified").and_then(to_bool).unwrap_or(false);
                build_contact_inbox(db, contact, inbox, source_id, hmac)?
            }
            // The deprecated lookup by source id alone.
            _ => {
                let ci = source_id
                    .as_deref()
                    .and_then(|s| db.contact_inboxes.values().find(|ci| ci.source_id == s))
                    .ok_or(ApiError::NotFound)?;
                let same_account = db
                    .inboxes
                    .get(&ci.inbox_id)
                    .is_some_and(|i| i.account_id == ctx.account_id);
                if !same_account || !ctx.can_see_inbox(db, ci.inbox_id) {
                    return Err(ApiError::Unauthorized(NOT_AUTHORIZED_ACTION));
                }
                ci.id
            }
        };
        let id = create_conversation(db, out, actor, contact_inbox_id, &p, &base_url)?;
        render_one(db, &ctx, id)
    })
}

/// `ConversationBuilder#perform` (plus the optional first message): reuses the last
/// conversation when the inbox locks contacts to one.
pub(crate) fn create_conversation(
    db: &mut Db,
    out: &mut Outbox,
    actor: Actor,
    contact_inbox_id: ContactInboxId,
    p: &Json,
    base_url: &str,
) -> Result<ConversationId, ApiError> {
    let ci = db
        .contact_inboxes
        .get(&contact_inbox_id)
        .cloned()
        .ok_or(ApiError::NotFound)?;
    let inbox = db
        .inboxes
        .get(&ci.inbox_id)
        .cloned()
        .ok_or(ApiError::NotFound)?;
    if inbox.lock_to_single_conversation == Some(true) {
        if let Some(last) = db
            .conversations
            .values()
            .rfind(|c| c.contact_inbox_id == ci.id)
        {
            return Ok(last.id);
        }
    }
    // An unknown status is an enum ArgumentError (500).
    let requested = match p.get("status").filter(|v| !blank(v)) {
        Some(v) => Some(Status::parse(v).ok_or(ApiError::Internal)?),
        None => None,
    };
    let status = lifecycle::initial_status(db, ci.inbox_id, ci.contact_id, requested);
    let team_id = p.get("team_id").and_then(find_id).filter(|t| {
        db.teams
            .get(t)
            .is_some_and(|t| t.account_id == inbox.account_id)
    });
    let mut assignee_id = p.get("assignee_id").and_then(find_id);
    // `ensure_assignee_is_from_team`
    if let (Some(team), Some(user)) = (team_id, assignee_id) {
        if !db.team_members.contains(&(team, user)) {
            assignee_id = None;
        }
    }
    let object = |key| hash(p, key).map_or(json!({}), |h| Value::Object(h.clone()));
    let snoozed_until = p
        .get("snoozed_until")
        .and_then(Value::as_str)
        .and_then(parse_iso)
        .filter(|_| status == Status::Snoozed);
    // A first message is built before anything is saved: its errors abort the create.
    let first = match p.get("message").filter(|v| !blank(v)) {
        Some(Value::Object(m)) => Some(m.clone()),
        Some(_) => return Err(ApiError::Internal),
        None => None,
    };
    let t = now();
    let id = db.conversations.next_id();
    let display_id = db.next_display_id(inbox.account_id);
    db.conversations.insert(
        id,
        Conversation {
            id,
            account_id: inbox.account_id,
            inbox_id: ci.inbox_id,
            display_id,
            status,
            assignee_id,
            assignee_agent_bot_id: None,
            team_id,
            contact_id: ci.contact_id,
            contact_inbox_id: ci.id,
            uuid: uuid::Uuid::new_v4().to_string(),
            additional_attributes: object("additional_attributes"),
            custom_attributes: object("custom_attributes"),
            labels: Vec::new(),
            priority: None,
            snoozed_until,
            // `ensure_waiting_since`
            waiting_since: Some(t),
            first_reply_created_at: None,
            agent_last_seen_at: None,
            assignee_last_seen_at: None,
            contact_last_seen_at: None,
            last_activity_at: t,
            created_at: t,
            updated_at: t,
        },
    );
    let message_id = match first {
        Some(m) => {
            let built = build_new_message(db, id, &m, actor, Vec::new(), base_url);
            let inserted = match built {
                Ok(nm) => lifecycle::insert_message(db, id, nm)
                    .map_err(|e| ApiError::InvalidMessage(e.messages.join(", "), e.attributes)),
                // MessageBuilder errors are not rescued here.
                Err(_) => Err(ApiError::Internal),
            };
            match inserted {
                Ok(mid) => Some(mid),
                Err(e) => {
                    // The transaction rolls back the conversation.
                    db.conversations.remove(&id);
                    return Err(e);
                }
            }
        }
        None => None,
    };
    // after_create_commit runs at commit, when the first message already exists.
    out.conversation(db, id, CONVERSATION_CREATED, None);
    lifecycle::assignment_activity(db, actor, id, None, None);
    if let Some(mid) = message_id {
        lifecycle::message_created(db, out, actor, mid);
    }
    Ok(id)
}

/// PATCH permits only `priority`.
async fn update(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, out| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Allowed)?;
        let id = fetch(db, &ctx, &id)?;
        if let Some(v) = scalar(&p, "priority") {
            let mut c = conversation_of(db, id)?.clone();
            c.priority = priority(v)?;
            lifecycle::save_conversation(db, out, Save::by(actor(&ctx)), c);
        }
        render_one(db, &ctx, id)
    })
}

/// `priority.presence` cast to the enum; unknown values (such as "none") are a 500.
fn priority(v: &Value) -> Result<Option<super::state::Priority>, ApiError> {
    if blank(v) {
        return Ok(None);
    }
    Priority::parse(v).map(Some).ok_or(ApiError::Internal)
}

async fn toggle_status(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, out| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Allowed)?;
        let id = fetch(db, &ctx, &id)?;
        let actor = actor(&ctx);
        let current = conversation_of(db, id)?.clone();
        let requested = p.get("status").filter(|v| !blank(v));
        let success = if matches!(actor, Actor::Bot(_))
            && current.status == Status::Pending
            && requested.and_then(Value::as_str) == Some("open")
        {
            // `bot_handoff!`; the view's `@status` stays nil.
            lifecycle::bot_handoff(db, out, actor, id);
            Value::Null
        } else if let Some(v) = requested {
            let mut c = current;
            c.status = Status::parse(v).ok_or(ApiError::Internal)?;
            // `if params[:snoozed_until]`: parsed as unix seconds (`DateTime.strptime('%s')`).
            if let Some(raw) = p
                .get("snoozed_until")
                .filter(|v| !matches!(v, Value::Null | Value::Bool(false)))
            {
                c.snoozed_until = Some(unix_seconds(raw).ok_or(ApiError::Internal)? * 1000);
            }
            lifecycle::save_conversation(db, out, Save::by(actor), c);
            Value::Bool(true)
        } else {
            // `Conversation#toggle_status`
            let mut c = current;
            c.status = if c.status == Status::Open {
                Status::Resolved
            } else {
                Status::Open
            };
            lifecycle::save_conversation(db, out, Save::by(actor), c);
            Value::Bool(true)
        };
        // An agent (not an admin) who opens a conversation takes it.
        if let Caller::User {
            id: user,
            role: Some(Role::Agent),
        } = ctx.caller
        {
            let c = conversation_of(db, id)?.clone();
            if c.status == Status::Open {
                let mut c = c;
                c.assignee_id = Some(user);
                lifecycle::save_conversation(db, out, Save::by(actor), c);
            }
        }
        let c = conversation_of(db, id)?;
        ok(json!({"payload": {
            "success": success,
            "conversation_id": c.display_id,
            "current_status": c.status.as_str(),
            "snoozed_until": c.snoozed_until.map(super::state::iso),
        }}))
    })
}

/// `DateTime.strptime(value.to_s, '%s')`: an optional sign and digits, nothing else.
fn unix_seconds(v: &Value) -> Option<i64> {
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(true) => "true".into(),
        _ => return None,
    };
    let digits = s.strip_prefix(['-', '+']).unwrap_or(&s);
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then(|| ruby_to_i(&s))
}

async fn toggle_priority(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, out| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Allowed)?;
        let id = fetch(db, &ctx, &id)?;
        let mut c = conversation_of(db, id)?.clone();
        c.priority = priority(p.get("priority").unwrap_or(&Value::Null))?;
        lifecycle::save_conversation(db, out, Save::by(actor(&ctx)), c);
        Ok(())
    })?;
    Ok(empty(StatusCode::OK))
}

async fn toggle_typing_status(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, out| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Allowed)?;
        let id = fetch(db, &ctx, &id)?;
        let on = match p.get("typing_status").and_then(Value::as_str) {
            Some("on") => Some(true),
            Some("off") => Some(false),
            _ => None,
        };
        if let Some(on) = on {
            let user = match ctx.caller {
                Caller::User { id, .. } => db.users.get(&id).map(event_data::user_webhook),
                Caller::AgentBot { id } => db.agent_bots.get(&id).map(event_data::bot_webhook),
                Caller::PlatformApp { .. } => None,
            };
            // `event.data[:is_private] || false`: the raw parameter when truthy.
            let is_private = match p.get("is_private") {
                None | Some(Value::Null | Value::Bool(false)) => Value::Bool(false),
                Some(v) => v.clone(),
            };
            out.typing(db, id, on, user.unwrap_or(Value::Null), is_private);
        }
        Ok(())
    })?;
    Ok(empty(StatusCode::OK))
}

async fn custom_attributes(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, out| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Allowed)?;
        let id = fetch(db, &ctx, &id)?;
        let mut c = conversation_of(db, id)?.clone();
        c.custom_attributes =
            hash(&p, "custom_attributes").map_or(Value::Null, |h| Value::Object(h.clone()));
        lifecycle::save_conversation(db, out, Save::by(actor(&ctx)), c);
        ok(json!({"custom_attributes": conversation_of(db, id)?.custom_attributes}))
    })
}

/// Marks the conversation seen by the agent (update_columns: no events).
async fn update_last_seen(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    req.params()?;
    sb.write(|db, _| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Denied)?;
        let id = fetch(db, &ctx, &id)?;
        let user = current_user(&ctx);
        if let Some(mut c) = db.conversations.get_mut(&id) {
            let t = now();
            c.agent_last_seen_at = Some(t);
            if c.assignee_id.is_some() && c.assignee_id == user {
                c.assignee_last_seen_at = Some(t);
            }
        }
        render_one(db, &ctx, id)
    })
}

async fn assignments(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, out| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Allowed)?;
        let id = fetch(db, &ctx, &id)?;
        let save = Save::by(actor(&ctx));
        let bot_assignment = p
            .get("assignee_type")
            .and_then(to_string)
            .is_some_and(|t| t == "AgentBot");
        let mut c = conversation_of(db, id)?.clone();
        if bot_assignment {
            let bot = p
                .get("assignee_id")
                .and_then(find_id)
                .and_then(|b| db.bot_accessible_to(b, ctx.account_id))
                .map(|b| b.id);
            match bot {
                Some(bot) => {
                    c.assignee_id = None;
                    c.assignee_agent_bot_id = Some(bot);
                    lifecycle::save_conversation(db, out, save, c);
                    let bot = db.agent_bots.get(&bot).ok_or(ApiError::NotFound)?;
                    ok(render::agent_bot_slim(bot))
                }
                None => ok(Value::Null),
            }
        } else if p.contains_key("assignee_id") {
            // `account.users.find_by(id:)`: unknown ids unassign.
            let user = p
                .get("assignee_id")
                .and_then(find_id)
                .filter(|u| db.account_user(ctx.account_id, *u).is_some());
            c.assignee_id = user;
            c.assignee_agent_bot_id = None;
            lifecycle::save_conversation(db, out, save, c);
            match user.and_then(|u| db.users.get(&u)) {
                Some(u) => ok(render::agent(db, u, ctx.account_id)),
                None => ok(Value::Null),
            }
        } else if p.contains_key("team_id") {
            let team = p
                .get("team_id")
                .and_then(find_id)
                .and_then(|t| db.teams.get(&t))
                .filter(|t| t.account_id == ctx.account_id)
                .map(|t| t.id);
            c.team_id = team;
            lifecycle::save_conversation(db, out, save, c);
            ok(team
                .and_then(|t| db.teams.get(&t))
                .map_or(Value::Null, render::team_raw))
        } else {
            ok(Value::Null)
        }
    })
}

async fn labels(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Allowed)?;
    let id = fetch(&db, &ctx, &id)?;
    ok(json!({"payload": conversation_of(&db, id)?.labels}))
}

/// `update_labels(params[:labels])`: the list replaces the current one.
async fn set_labels(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, out| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Allowed)?;
        let id = fetch(db, &ctx, &id)?;
        let mut labels: Vec<String> = Vec::new();
        if let Some(Value::Array(items)) = p.get("labels") {
            for item in items.iter().filter(|v| !v.is_array() && !v.is_object()) {
                for label in to_string(item).unwrap_or_default().split(',') {
                    let label = label.trim().to_owned();
                    if !label.is_empty() && !labels.contains(&label) {
                        labels.push(label);
                    }
                }
            }
        }
        let mut c = conversation_of(db, id)?.clone();
        c.labels = labels;
        lifecycle::save_conversation(db, out, Save::by(actor(&ctx)), c);
        ok(json!({"payload": conversation_of(db, id)?.labels}))
    })
}
