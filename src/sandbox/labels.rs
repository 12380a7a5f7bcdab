//! `/api/v1/accounts/{account_id}/labels` (`Api::V1::Accounts::LabelsController`): every
//! member may list and show (`LabelPolicy`), only administrators create, update and
//! delete. Titles are lower-cased before validation and unique per account; the list is
//! ordered by title (`default_scope`).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use serde_json::{json, Value};

use super::auth::{find_own, params_and_ctx, AccountCtx};
use super::error::{empty, ok, ApiError, ApiResult, Errors};
use super::params::{permit_scalars, require, to_bool, to_string, Req};
use super::state::{Db, Json, Label};
use super::table::Id;
use super::Sandbox;

pub(crate) fn routes() -> Router<Sandbox> {
    const BASE: &str = "/api/v1/accounts/{account_id}/labels";
    Router::new().route(BASE, get(index).post(create)).route(
        &format!("{BASE}/{{id}}"),
        get(show).patch(update).put(update).delete(destroy),
    )
}

/// Model attributes Rails' JSON param wrapper copies under `label`.
const ATTRIBUTES: [&str; 8] = [
    "id",
    "title",
    "description",
    "color",
    "show_on_sidebar",
    "created_at",
    "updated_at",
    "account_id",
];

/// `params.require(:label).permit(:title, :description, :color, :show_on_sidebar)`.
fn label_params(req: &Req, p: &Json) -> Result<Json, ApiError> {
    let raw = require(req, p, "label", &ATTRIBUTES)?;
    Ok(permit_scalars(
        &raw,
        &["title", "description", "color", "show_on_sidebar"],
    ))
}

fn assign(label: &mut Label, p: &Json) {
    if let Some(v) = p.get("title") {
        // `before_validation`: downcase when present.
        label.title = to_string(v).map(|t| t.to_lowercase());
    }
    if let Some(v) = p.get("description") {
        label.description = to_string(v);
    }
    if let Some(v) = p.get("color") {
        // NOT NULL column: a null color fails at the database (500 in Chatwoot).
        label.color = to_string(v).unwrap_or_default();
    }
    if let Some(v) = p.get("show_on_sidebar") {
        label.show_on_sidebar = to_bool(v);
    }
}

/// Presence, `UNICODE_CHARACTER_NUMBER_HYPHEN_UNDERSCORE`, uniqueness per account.
fn validate(db: &Db, label: &Label) -> Result<(), ApiError> {
    let mut e = Errors::default();
    let title = label.title.as_deref().unwrap_or("");
    if title.trim().is_empty() {
        e.add("title", "must not be blank");
    }
    if title.is_empty()
        || !title
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
    {
        e.add("title", "is invalid");
    }
    let taken = db
        .labels
        .values()
        .any(|o| o.id != label.id && o.account_id == label.account_id && o.title == label.title);
    if taken {
        e.add("title", "has already been taken");
    }
    e.into_result()
}

fn render(label: &Label) -> Value {
    json!({
        "id": label.id,
        "title": label.title,
        "description": label.description,
        "color": label.color,
        "show_on_sidebar": label.show_on_sidebar,
    })
}

/// `fetch_label` runs before `check_authorization`: an unknown id is 404 for anyone.
fn fetch(db: &Db, ctx: &AccountCtx, id: &str) -> Result<Id<Label>, ApiError> {
    find_own(&db.labels, ctx, id)
}

async fn index(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    let db = sb.db();
    let (ctx, _) = params_and_ctx(&db, &req, &account)?;
    let mut labels: Vec<&Label> = db
        .labels
        .values()
        .filter(|l| l.account_id == ctx.account_id)
        .collect();
    labels.sort_by(|a, b| a.title.cmp(&b.title));
    ok(json!({ "payload": labels.into_iter().map(render).collect::<Vec<_>>() }))
}

async fn show(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let db = sb.db();
    let (ctx, _) = params_and_ctx(&db, &req, &account)?;
    let id = fetch(&db, &ctx, &id)?;
    ok(render(&db.labels[&id]))
}

async fn create(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    sb.write(|db, _| {
        let (ctx, p) = params_and_ctx(db, &req, &account)?;
        ctx.require_admin()?;
        let attrs = label_params(&req, &p)?;
        let mut label = Label {
            id: Id::default(),
            account_id: ctx.account_id,
            title: None,
            description: None,
            color: "#1f93ff".into(),
            show_on_sidebar: None,
        };
        assign(&mut label, &attrs);
        validate(db, &label)?;
        label.id = db.labels.next_id();
        let body = render(&label);
        db.labels.insert(label.id, label);
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
        ctx.require_admin()?;
        let attrs = label_params(&req, &p)?;
        let mut label = db.labels[&id].clone();
        assign(&mut label, &attrs);
        validate(db, &label)?;
        let body = render(&label);
        db.labels.insert(id, label);
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
        ctx.require_admin()?;
        db.labels.remove(&id);
        Ok(empty(StatusCode::OK))
    })
}
