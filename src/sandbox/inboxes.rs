//! `/api/v1/accounts/{account_id}/inboxes` (`Api::V1::Accounts::InboxesController`).
//! Only API-channel inboxes exist in the sandbox.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use serde_json::{json, Map, Value};

use super::auth::{account_ctx, find_own, AccountCtx, Bots};
use super::error::{empty, ok, ApiError, ApiResult, Errors, NOT_AUTHORIZED_ACTION};
use super::events::{changed_attributes, INBOX_CREATED, INBOX_UPDATED};
use super::params::{
    blank, find_id, hash, permit_scalars, scalar, to_bool, to_int, to_string, Req,
};
use super::render;
use super::state::InboxId;
use super::state::{now, secure_token, AgentBotInbox, ApiChannel, Db, Inbox, Json, WorkingHour};
use super::table::Id;
use super::Sandbox;

pub(crate) fn routes() -> Router<Sandbox> {
    const BASE: &str = "/api/v1/accounts/{account_id}/inboxes";
    Router::new()
        .route(BASE, get(index).post(create))
        .route(
            &format!("{BASE}/{{id}}"),
            get(show).patch(update).put(update).delete(destroy),
        )
        .route(&format!("{BASE}/{{id}}/agent_bot"), get(agent_bot))
        .route(&format!("{BASE}/{{id}}/set_agent_bot"), post(set_agent_bot))
        .route(&format!("{BASE}/{{id}}/reset_secret"), post(reset_secret))
}

/// `allowed_channel_types` in the controller.
const CHANNEL_TYPES: [&str; 7] = [
    "web_widget",
    "api",
    "email",
    "line",
    "telegram",
    "whatsapp",
    "sms",
];
/// `Limits::URL_LENGTH_LIMIT`.
pub(crate) const URL_LENGTH_LIMIT: usize = 2048;
const MESSAGE_MAX_LENGTH: usize = 10_000;

/// `fetch_inbox`: 404 outside the account, then `authorize @inbox, :show?`.
fn fetch(db: &Db, ctx: &AccountCtx, id: &str) -> Result<InboxId, ApiError> {
    let inbox = find_own(&db.inboxes, ctx, id)?;
    if ctx.can_see_inbox(db, inbox) {
        Ok(inbox)
    } else {
        Err(ApiError::Unauthorized(NOT_AUTHORIZED_ACTION))
    }
}

fn inbox_of(db: &Db, id: InboxId) -> Result<&Inbox, ApiError> {
    db.inboxes.get(&id).ok_or(ApiError::NotFound)
}

async fn index(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Denied)?;
    // `policy_scope` = `User#assigned_inboxes`, ordered by `lower(name)`.
    let mut inboxes: Vec<&Inbox> = db
        .inboxes
        .values()
        .filter(|i| i.account_id == ctx.account_id && ctx.can_see_inbox(&db, i.id))
        .collect();
    inboxes.sort_by_cached_key(|i| (i.name.to_lowercase(), i.id));
    let payload: Vec<Value> = inboxes
        .iter()
        .map(|i| render::inbox(i, ctx.is_admin()))
        .collect();
    ok(json!({ "payload": payload }))
}

async fn show(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Denied)?;
    let id = fetch(&db, &ctx, &id)?;
    ok(render::inbox(inbox_of(&db, id)?, ctx.is_admin()))
}

/// `permitted_params` turns a literal "null" string in a top-level param into nil.
fn inbox_params(req: &Req) -> Result<Json, ApiError> {
    let mut p = req.params()?;
    for v in p.values_mut() {
        if v.as_str() == Some("null") {
            *v = Value::Null;
        }
    }
    Ok(p)
}

async fn create(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    let p = inbox_params(&req)?;
    sb.write(|db, out| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Denied)?;
        ctx.require_admin()?;
        // `permitted_params[:channel][:type]` on a missing channel is a NoMethodError.
        let channel_params = hash(&p, "channel").ok_or(ApiError::Internal)?;
        let channel_type = scalar(channel_params, "type").and_then(Value::as_str);
        let channel = match channel_type {
            Some("api") => {
                let mut ch = ApiChannel {
                    id: Id::default(),
                    webhook_url: None,
                    hmac_mandatory: Some(false),
                    hmac_token: secure_token(),
                    identifier: secure_token(),
                    secret: secure_token(),
                    additional_attributes: json!({}),
                };
                assign_channel(&mut ch, channel_params);
                validate_channel(&ch).into_result()?;
                // Inserted before the inbox is validated: a failed inbox still uses up the id.
                ch.id = db.channel_ids.next();
                Some(ch)
            }
            Some(other) if CHANNEL_TYPES.contains(&other) => {
                let mut e = Errors::default();
                e.add(
                    "channel",
                    format!("type '{other}' is not supported by the sandbox (only 'api')"),
                );
                return Err(ApiError::Invalid(e));
            }
            // Any other type: no channel is built and the inbox fails validation.
            _ => None,
        };
        let has_channel = channel.is_some();
        let mut inbox = Inbox::new(ctx.account_id, channel.unwrap_or_default());
        assign_inbox(&mut inbox, &p, false)?;
        let mut errors = validate_inbox(&inbox);
        if !has_channel {
            errors.add("channel", "must exist");
        }
        errors.into_result()?;
        if p.get("portal_id").and_then(to_int).is_some() {
            // inboxes.portal_id has a foreign key and the sandbox has no portals.
            return Err(ApiError::Internal);
        }
        inbox.id = db.inboxes.next_id();
        let id = inbox.id;
        db.inboxes.insert(id, inbox);
        out.inbox(db, id, INBOX_CREATED, None);
        ok(render::inbox(inbox_of(db, id)?, ctx.is_admin()))
    })
}

/// The inbox columns an update can change, in table order (for `changed_attributes`).
fn inbox_columns(i: &Inbox) -> Vec<(&'static str, Value)> {
    vec![
        ("name", i.name.clone().into()),
        ("updated_at", super::state::iso(i.updated_at).into()),
        ("enable_auto_assignment", json!(i.enable_auto_assignment)),
        ("greeting_enabled", json!(i.greeting_enabled)),
        ("greeting_message", json!(i.greeting_message)),
        ("working_hours_enabled", json!(i.working_hours_enabled)),
        ("out_of_office_message", json!(i.out_of_office_message)),
        ("timezone", json!(i.timezone)),
        ("enable_email_collect", json!(i.enable_email_collect)),
        ("csat_survey_enabled", json!(i.csat_survey_enabled)),
        (
            "allow_messages_after_resolved",
            json!(i.allow_messages_after_resolved),
        ),
        ("auto_assignment_config", i.auto_assignment_config.clone()),
        (
            "lock_to_single_conversation",
            json!(i.lock_to_single_conversation),
        ),
        ("sender_name_type", i.sender_name_type.into()),
        ("business_name", json!(i.business_name)),
        ("csat_config", i.csat_config.clone()),
    ]
}

fn inbox_changes(before: &Inbox, after: &Inbox) -> Vec<(&'static str, Value, Value)> {
    inbox_columns(before)
        .into_iter()
        .zip(inbox_columns(after))
        .filter(|((_, b), (_, a))| a != b)
        .map(|((k, b), (_, a))| (k, b, a))
        .collect()
}

async fn update(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = inbox_params(&req)?;
    sb.write(|db, out| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Denied)?;
        let id = fetch(db, &ctx, &id)?;
        ctx.require_admin()?;
        let inbox = db.inboxes.get(&id).ok_or(ApiError::NotFound)?;

        // `@inbox.update!` first: validated on a copy so a 422 leaves the row untouched.
        let mut updated = inbox.clone();
        assign_inbox(&mut updated, &p, true)?;
        validate_inbox(&updated).into_result()?;
        if p.get("portal_id").and_then(to_int).is_some() {
            return Err(ApiError::Internal);
        }
        // Rails only touches updated_at (and fires inbox_updated) when something changed.
        let changed = !inbox_changes(inbox, &updated).is_empty();
        if changed {
            updated.updated_at = now().max(inbox.updated_at + 1);
        }
        let changes = inbox_changes(inbox, &updated);
        db.inboxes.insert(id, updated);
        if changed {
            out.inbox(db, id, INBOX_UPDATED, Some(changed_attributes(&changes)));
            // Saved: a failure below (working hours, channel) does not undo it.
            out.commit();
        }
        let mut inbox = db.inboxes.get_mut(&id).ok_or(ApiError::NotFound)?;

        if let Some(hours) = p
            .get("working_hours")
            .filter(|v| !v.is_null() && v != &&json!(false))
        {
            update_working_hours(&mut inbox, hours)?;
        }

        // The channel is updated afterwards, outside any transaction: a failure here
        // leaves the inbox changes above in place, as in Chatwoot.
        let permitted = permit_channel(&p);
        if !permitted.is_empty() {
            if permitted.contains_key("type") {
                // `Channel::Api#update!(type: ...)`: ActiveModel::UnknownAttributeError.
                return Err(ApiError::Internal);
            }
            let mut ch = inbox.channel.clone();
            assign_channel(&mut ch, &permitted);
            validate_channel(&ch).into_result()?;
            inbox.channel = ch;
        }
        ok(render::inbox(&inbox, ctx.is_admin()))
    })
}

async fn destroy(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    req.params()?;
    sb.write(|db, _| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Denied)?;
        let id = fetch(db, &ctx, &id)?;
        ctx.require_admin()?;
        // Chatwoot deletes in a background job; the sandbox does it at once, with the
        // dependents Chatwoot destroys (bot link, members, webhooks scoped to the inbox).
        db.destroy_inbox_records(id);
        db.inboxes.remove(&id);
        db.agent_bot_inboxes.remove(&id);
        db.inbox_members.retain(|&(inbox, _)| inbox != id);
        db.webhooks
            .retain(|_, w| w.inbox_id != i64::try_from(id.get()).ok());
        ok(json!({"message": "Your inbox deletion request will be processed in some time."}))
    })
}

async fn reset_secret(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    req.params()?;
    sb.write(|db, _| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Denied)?;
        let id = fetch(db, &ctx, &id)?;
        ctx.require_admin()?;
        let mut inbox = db.inboxes.get_mut(&id).ok_or(ApiError::NotFound)?;
        inbox.channel.secret = secure_token();
        ok(render::inbox(&inbox, ctx.is_admin()))
    })
}

async fn set_agent_bot(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, _| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Denied)?;
        let id = fetch(db, &ctx, &id)?;
        // `fetch_agent_bot` runs before the policy check; Ruby truthiness decides whether
        // the param counts (so "" or 0 are looked up and 404).
        let bot_id = match p.get("agent_bot") {
            None | Some(Value::Null | Value::Bool(false)) => None,
            Some(v) => Some(
                find_id(v)
                    .and_then(|bot| db.bot_accessible_to(bot, ctx.account_id))
                    .map(|b| b.id)
                    .ok_or(ApiError::NotFound)?,
            ),
        };
        ctx.require_admin()?;
        match bot_id {
            Some(agent_bot_id) => {
                if let Some(link) = db.agent_bot_inboxes.get_mut(&id) {
                    link.agent_bot_id = agent_bot_id;
                } else {
                    let link = AgentBotInbox {
                        agent_bot_id,
                        account_id: ctx.account_id,
                        active: true,
                    };
                    db.agent_bot_inboxes.insert(id, link);
                }
            }
            None => {
                db.agent_bot_inboxes.remove(&id);
            }
        }
        // `head :ok`: 200 with an empty body (the swagger's 204 is wrong).
        Ok(empty(StatusCode::OK))
    })
}

async fn agent_bot(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Denied)?;
    let id = fetch(&db, &ctx, &id)?;
    let bot = db
        .agent_bot_inboxes
        .get(&id)
        .and_then(|link| db.agent_bots.get(&link.agent_bot_id));
    // An empty `json.agent_bot do ... end` block is dropped by jbuilder: `{}`.
    ok(match bot {
        Some(bot) => json!({ "agent_bot": render::agent_bot_raw(&db, bot, ctx.is_admin()) }),
        None => json!({}),
    })
}

/// Top-level inbox attributes (`inbox_attributes`, including enterprise's
/// `auto_assignment_config`). Errors only for values Rails cannot cast (500).
fn assign_inbox(inbox: &mut Inbox, p: &Json, updating: bool) -> Result<(), ApiError> {
    let s = |key| scalar(p, key);
    if let Some(v) = s("name") {
        inbox.name = to_string(v).unwrap_or_default();
    }
    for (key, field) in [
        ("greeting_enabled", &mut inbox.greeting_enabled),
        ("enable_email_collect", &mut inbox.enable_email_collect),
        ("csat_survey_enabled", &mut inbox.csat_survey_enabled),
        ("enable_auto_assignment", &mut inbox.enable_auto_assignment),
        ("working_hours_enabled", &mut inbox.working_hours_enabled),
        (
            "allow_messages_after_resolved",
            &mut inbox.allow_messages_after_resolved,
        ),
        (
            "lock_to_single_conversation",
            &mut inbox.lock_to_single_conversation,
        ),
    ] {
        if let Some(v) = s(key) {
            *field = to_bool(v);
        }
    }
    for (key, field) in [
        ("greeting_message", &mut inbox.greeting_message),
        ("out_of_office_message", &mut inbox.out_of_office_message),
        ("timezone", &mut inbox.timezone),
        ("business_name", &mut inbox.business_name),
    ] {
        if let Some(v) = s(key) {
            *field = to_string(v);
        }
    }
    if let Some(v) = s("sender_name_type") {
        // Enum cast: an unknown value raises ArgumentError; nil hits a NOT NULL column.
        inbox.sender_name_type = match v {
            Value::String(s) if s == "friendly" => "friendly",
            Value::String(s) if s == "professional" => "professional",
            Value::Number(n) if n.as_f64() == Some(0.0) => "friendly",
            Value::Number(n) if n.as_f64() == Some(1.0) => "professional",
            _ => return Err(ApiError::Internal),
        };
    }
    if let Some(config) = hash(p, "auto_assignment_config") {
        let mut m = Map::new();
        if let Some(v) = scalar(config, "max_assignment_limit") {
            m.insert("max_assignment_limit".into(), v.clone());
        }
        inbox.auto_assignment_config = Value::Object(m);
    }
    if let Some(config) = hash(p, "csat_config") {
        let permitted = permit_csat(config);
        // Update reformats a non-empty config with defaults; create stores it as sent.
        if !updating {
            inbox.csat_config = Value::Object(permitted);
        } else if !permitted.is_empty() {
            inbox.csat_config = format_csat(&permitted);
        }
    }
    Ok(())
}

/// The inbox model's validations, in declaration order.
fn validate_inbox(inbox: &Inbox) -> Errors {
    let mut e = Errors::default();
    if inbox.name.trim().is_empty() {
        e.add("name", "can't be blank");
    }
    if !inbox.timezone.as_deref().is_some_and(valid_timezone) {
        e.add("timezone", "is not included in the list");
    }
    e.too_long(
        "out_of_office_message",
        inbox.out_of_office_message.as_deref(),
        MESSAGE_MAX_LENGTH,
    );
    e.too_long(
        "greeting_message",
        inbox.greeting_message.as_deref(),
        MESSAGE_MAX_LENGTH,
    );
    if let Some(limit) = inbox.auto_assignment_config.get("max_assignment_limit") {
        if !blank(limit) && !positive(limit) {
            e.add(
                "auto_assignment_config",
                "max_assignment_limit must be greater than 0",
            );
        }
    }
    e
}

/// `Channel::Api::EDITABLE_ATTRS` (+ `type`, which the controller also permits).
fn permit_channel(p: &Json) -> Json {
    let mut out = Map::new();
    if let Some(ch) = hash(p, "channel") {
        out = permit_scalars(ch, &["type", "webhook_url", "hmac_mandatory"]);
        if let Some(attrs) = hash(ch, "additional_attributes") {
            out.insert("additional_attributes".into(), Value::Object(attrs.clone()));
        }
    }
    out
}

fn assign_channel(ch: &mut ApiChannel, p: &Json) {
    if let Some(v) = scalar(p, "webhook_url") {
        ch.webhook_url = to_string(v);
    }
    if let Some(v) = scalar(p, "hmac_mandatory") {
        ch.hmac_mandatory = to_bool(v);
    }
    if let Some(attrs) = hash(p, "additional_attributes") {
        ch.additional_attributes = Value::Object(attrs.clone());
    }
}

/// `Channel::Api` validations. `webhook_url` has no format check, only a length cap.
fn validate_channel(ch: &ApiChannel) -> Errors {
    let mut e = Errors::default();
    let window = ch.additional_attributes.get("agent_reply_time_window");
    if window.is_some_and(|w| !blank(w) && !positive(w)) {
        e.add(
            "agent_reply_time_window",
            "agent_reply_time_window must be greater than 0",
        );
    }
    e.too_long("webhook_url", ch.webhook_url.as_deref(), URL_LENGTH_LIMIT);
    e
}

/// `value.to_i.positive?`
fn positive(v: &Value) -> bool {
    to_int(v).is_some_and(|n| n > 0)
}

fn permit_csat(config: &Json) -> Json {
    let mut out = permit_scalars(
        config,
        &["display_type", "message", "button_text", "language"],
    );
    if let Some(rules) = hash(config, "survey_rules") {
        let mut r = Map::new();
        if let Some(v) = scalar(rules, "operator") {
            r.insert("operator".into(), v.clone());
        }
        if let Some(Value::Array(values)) = rules.get("values") {
            if values.iter().all(|v| !v.is_array() && !v.is_object()) {
                r.insert("values".into(), Value::Array(values.clone()));
            }
        }
        out.insert("survey_rules".into(), Value::Object(r));
    }
    if let Some(template) = hash(config, "template") {
        let keys = [
            "name",
            "template_id",
            "friendly_name",
            "content_sid",
            "approval_sid",
            "created_at",
            "language",
            "status",
        ];
        out.insert(
            "template".into(),
            Value::Object(permit_scalars(template, &keys)),
        );
    }
    out
}

/// `format_csat_config`: fills in defaults on update.
fn format_csat(c: &Json) -> Value {
    let or =
        |v: Option<&Value>, default: Value| v.filter(|v| !v.is_null()).cloned().unwrap_or(default);
    let rules = c.get("survey_rules");
    let mut out = json!({
        "display_type": or(c.get("display_type"), json!("emoji")),
        "message": or(c.get("message"), json!("")),
        "survey_rules": {
            "operator": or(rules.and_then(|r| r.get("operator")), json!("contains")),
            "values": or(rules.and_then(|r| r.get("values")), json!([])),
        },
        "button_text": or(c.get("button_text"), json!("Please rate us")),
        "language": or(c.get("language"), json!("en")),
    });
    if let (Some(t), Value::Object(m)) = (c.get("template").filter(|t| !blank(t)), &mut out) {
        m.insert("template".into(), t.clone());
    }
    out
}

/// `update_working_hours`: each entry updates the row of its `day_of_week`
/// (an unknown day is a NoMethodError on nil). Invalid rows are skipped silently,
/// because Chatwoot uses `update`, not `update!`.
fn update_working_hours(inbox: &mut Inbox, hours: &Value) -> Result<(), ApiError> {
    let Value::Array(entries) = hours else {
        return Err(ApiError::Internal);
    };
    let mut rows = inbox.working_hours.clone();
    for entry in entries.iter().filter_map(Value::as_object) {
        let day = scalar(entry, "day_of_week").and_then(to_int);
        let row = rows
            .iter_mut()
            .find(|r| Some(r.day_of_week) == day)
            .ok_or(ApiError::Internal)?;
        let mut next = row.clone();
        for (key, field) in [
            ("open_hour", &mut next.open_hour),
            ("open_minutes", &mut next.open_minutes),
            ("close_hour", &mut next.close_hour),
            ("close_minutes", &mut next.close_minutes),
        ] {
            if let Some(v) = scalar(entry, key) {
                *field = to_int(v);
            }
        }
        for (key, field) in [
            ("closed_all_day", &mut next.closed_all_day),
            ("open_all_day", &mut next.open_all_day),
        ] {
            if let Some(v) = scalar(entry, key) {
                *field = to_bool(v).unwrap_or(false);
            }
        }
        if next.open_all_day {
            (
                next.open_hour,
                next.open_minutes,
                next.close_hour,
                next.close_minutes,
            ) = (Some(0), Some(0), Some(23), Some(59));
        }
        if working_hour_valid(&next) {
            *row = next;
        }
    }
    inbox.working_hours = rows;
    Ok(())
}

fn working_hour_valid(wh: &WorkingHour) -> bool {
    if wh.open_all_day && wh.closed_all_day {
        return false;
    }
    if wh.closed_all_day {
        return true;
    }
    let in_range = |v: Option<i64>, max| v.filter(|n| (0..=max).contains(n));
    match (
        in_range(wh.open_hour, 23),
        in_range(wh.open_minutes, 59),
        in_range(wh.close_hour, 23),
        in_range(wh.close_minutes, 59),
    ) {
        (Some(oh), Some(om), Some(ch), Some(cm)) => oh * 60 + om < ch * 60 + cm,
        _ => false,
    }
}

/// The sandbox has no tz database, so this approximates
/// `TZInfo::Timezone.all_identifiers`: IANA region/city names and the legacy aliases.
fn valid_timezone(tz: &str) -> bool {
    const AREAS: [&str; 15] = [
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Brazil",
        "Canada",
        "Chile",
        "Etc",
        "Europe",
        "Indian",
        "Mexico",
        "Pacific",
    ];
    const SINGLE: [&str; 45] = [
        "UTC",
        "GMT",
        "UCT",
        "Zulu",
        "Universal",
        "Greenwich",
        "GMT0",
        "GMT+0",
        "GMT-0",
        "CET",
        "CST6CDT",
        "EET",
        "EST",
        "EST5EDT",
        "HST",
        "MET",
        "MST",
        "MST7MDT",
        "PST8PDT",
        "WET",
        "Cuba",
        "Egypt",
        "Eire",
        "GB",
        "GB-Eire",
        "Hongkong",
        "Iceland",
        "Iran",
        "Israel",
        "Jamaica",
        "Japan",
        "Kwajalein",
        "Libya",
        "NZ",
        "NZ-CHAT",
        "Navajo",
        "PRC",
        "Poland",
        "Portugal",
        "Singapore",
        "ROC",
        "ROK",
        "Turkey",
        "W-SU",
        "Factory",
    ];
    let part_ok = |p: &str| {
        !p.is_empty()
            && p.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || "_+-".contains(c))
    };
    match tz.split_once('/') {
        None => SINGLE.contains(&tz),
        Some((area, rest)) => {
            (AREAS.contains(&area) || area == "US")
                && rest.split('/').count() <= 2
                && rest.split('/').all(part_ok)
        }
    }
}
