//! `/api/v1/accounts/{account_id}/contacts` (`Api::V1::Accounts::ContactsController`) and
//! `contacts/{id}/contact_inboxes`. Any account user may use them; bots may not.

use axum::extract::{Path, State};
use axum::routing::{get, post};
use axum::Router;
use serde_json::{json, Value};

use super::auth::{account_ctx, find_own, AccountCtx, Bots};
use super::error::{ok, ApiError, ApiResult, Errors, NOT_AUTHORIZED_ACTION};
use super::events::{Outbox, CONTACT_CREATED};
use super::lifecycle;
use super::params::{
    blank, find_id, find_in_account, hash, scalar, to_bool, to_int, to_string, Req,
};
use super::render;
use super::state::{now, secure_token, Contact, ContactInbox, Db, Json};
use super::state::{AccountId, ContactId, ContactInboxId, InboxId};
use super::table::Id;
use super::Sandbox;

pub(crate) fn routes() -> Router<Sandbox> {
    const BASE: &str = "/api/v1/accounts/{account_id}/contacts";
    Router::new()
        .route(BASE, get(index).post(create))
        .route(&format!("{BASE}/search"), get(search))
        .route(
            &format!("{BASE}/{{id}}"),
            get(show).patch(update).put(update),
        )
        .route(
            &format!("{BASE}/{{id}}/contact_inboxes"),
            post(create_contact_inbox),
        )
        .route(&format!("{BASE}/{{id}}/conversations"), get(conversations))
}

/// `Contacts::ConversationsController#index`: the contact's conversations the caller may
/// see (`PermissionFilterService`: administrators all, agents those of inboxes they are
/// members of; team membership does not count here), latest activity first, at most 20,
/// as `{"payload": [conversation partial]}`. No Pundit check beyond account membership.
async fn conversations(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Denied)?;
    let contact_id = fetch(&db, &ctx, &id)?;
    let mut convs: Vec<_> = db
        .conversations
        .values()
        .filter(|c| c.account_id == ctx.account_id && c.contact_id == contact_id)
        .filter(|c| ctx.can_see_inbox(&db, c.inbox_id))
        .collect();
    convs.sort_by_key(|c| std::cmp::Reverse((c.last_activity_at, c.id)));
    let user = super::conversations::current_user(&ctx);
    let payload: Vec<Value> = convs
        .into_iter()
        .take(CONVERSATIONS_PER_CONTACT)
        .map(|c| render::conversation(&db, c, user))
        .collect();
    ok(json!({ "payload": payload }))
}

/// `.limit(20)` in `Contacts::ConversationsController#index`.
const CONVERSATIONS_PER_CONTACT: usize = 20;

/// `ContactsController::RESULTS_PER_PAGE`.
const PER_PAGE: usize = 15;

/// `Devise.email_regexp`: `\A[^@\s]+@[^@\s]+\z`.
fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let ok = |part: &str| !part.is_empty() && !part.chars().any(|c| c == '@' || c.is_whitespace());
    ok(local) && ok(domain)
}

/// The model's phone format `/\+[1-9]\d{1,14}\z/`, which is anchored only at the end.
fn valid_phone(phone: &str) -> bool {
    phone.match_indices('+').any(|(i, _)| {
        let digits = &phone[i + 1..];
        let n = digits.chars().count();
        (2..=15).contains(&n)
            && digits.chars().all(|c| c.is_ascii_digit())
            && !digits.starts_with('0')
    })
}

/// Contact validations in declaration order (email, identifier, phone number).
pub(crate) fn validate(db: &Db, c: &Contact) -> Result<(), ApiError> {
    let mut e = Errors::default();
    let others = || {
        db.contacts
            .values()
            .filter(move |o| o.account_id == c.account_id && o.id != c.id)
    };
    if let Some(email) = c.email.as_deref().filter(|s| !s.trim().is_empty()) {
        if others().any(|o| {
            o.email
                .as_deref()
                .is_some_and(|x| x.eq_ignore_ascii_case(email))
        }) {
            e.add("email", "has already been taken");
        }
        if !valid_email(email) {
            e.add("email", "Invalid email");
        }
    }
    if let Some(identifier) = c.identifier.as_deref().filter(|s| !s.trim().is_empty()) {
        if others().any(|o| o.identifier.as_deref() == Some(identifier)) {
            e.add("identifier", "has already been taken");
        }
    }
    if let Some(phone) = c.phone_number.as_deref().filter(|s| !s.trim().is_empty()) {
        if others().any(|o| o.phone_number.as_deref() == Some(phone)) {
            e.add("phone_number", "has already been taken");
        }
        if !valid_phone(phone) {
            e.add("phone_number", "should be in e164 format");
        }
    }
    e.into_result()
}

/// `prepare_email_attribute` and `prepare_jsonb_attributes` (before validation).
pub(crate) fn normalize(c: &mut Contact) {
    c.email = c
        .email
        .take()
        .filter(|e| !e.trim().is_empty())
        .map(|e| e.to_lowercase());
    if blank(&c.additional_attributes) || !c.additional_attributes.is_object() {
        c.additional_attributes = json!({});
    }
    if blank(&c.custom_attributes) || !c.custom_attributes.is_object() {
        c.custom_attributes = json!({});
    }
}

pub(crate) fn new_contact(account_id: AccountId) -> Contact {
    let t = now();
    Contact {
        id: Id::default(),
        account_id,
        name: String::new(),
        email: None,
        phone_number: None,
        identifier: None,
        blocked: false,
        additional_attributes: json!({}),
        custom_attributes: json!({}),
        last_activity_at: None,
        created_at: t,
        updated_at: t,
    }
}

/// Inserts a validated contact and dispatches contact_created.
pub(crate) fn insert_contact(db: &mut Db, out: &mut Outbox, mut c: Contact) -> ContactId {
    c.id = db.contacts.next_id();
    let id = c.id;
    db.contacts.insert(id, c);
    out.contact(db, id, CONTACT_CREATED, None);
    id
}

/// `ContactInboxBuilder#perform` for an API inbox: find or create on (contact, inbox,
/// source_id), a UUID when no source id is given. A source id another contact already
/// uses in the inbox is a unique-index violation Chatwoot does not rescue (500).
pub(crate) fn build_contact_inbox(
    db: &mut Db,
    contact_id: ContactId,
    inbox_id: InboxId,
    source_id: Option<String>,
    hmac_verified: bool,
) -> Result<ContactInboxId, ApiError> {
    let source_id = source_id
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    if let Some(existing) = db.contact_inbox_by_source(inbox_id, &source_id) {
        return if existing.contact_id == contact_id {
            Ok(existing.id)
        } else {
            Err(ApiError::Internal)
        };
    }
    let id = db.contact_inboxes.next_id();
    let t = now();
    db.contact_inboxes.insert(
        id,
        ContactInbox {
            id,
            contact_id,
            inbox_id,
            source_id,
            hmac_verified,
            pubsub_token: secure_token(),
            created_at: t,
            updated_at: t,
        },
    );
    Ok(id)
}

/// `permitted_params` assigned onto a contact; `merge` merges the two hashes (update).
fn assign(c: &mut Contact, p: &Json, merge: bool) {
    if let Some(v) = scalar(p, "name") {
        c.name = to_string(v).unwrap_or_default();
    }
    for (key, field) in [
        ("email", &mut c.email),
        ("phone_number", &mut c.phone_number),
        ("identifier", &mut c.identifier),
    ] {
        if let Some(v) = scalar(p, key) {
            *field = to_string(v);
        }
    }
    if let Some(v) = scalar(p, "blocked") {
        c.blocked = to_bool(v).unwrap_or(false);
    }
    for (key, field) in [
        ("additional_attributes", &mut c.additional_attributes),
        ("custom_attributes", &mut c.custom_attributes),
    ] {
        if let Some(h) = hash(p, key) {
            if merge {
                if let Value::Object(existing) = field {
                    existing.extend(h.clone());
                    continue;
                }
            }
            *field = Value::Object(h.clone());
        }
    }
}

fn fetch(db: &Db, ctx: &AccountCtx, id: &str) -> Result<ContactId, ApiError> {
    find_own(&db.contacts, ctx, id)
}

/// `include_contact_inboxes` defaults to true; only the string "true" keeps it on when given.
fn with_contact_inboxes(p: &Json) -> bool {
    match p.get("include_contact_inboxes") {
        Some(v) if !blank(v) => v.as_str() == Some("true") || v == &Value::Bool(true),
        _ => true,
    }
}

/// `params[:page] || 1` as the view renders it, and the page number it selects.
fn page(p: &Json) -> (Value, usize) {
    match p.get("page").filter(|v| !v.is_null()) {
        Some(v) => (
            v.clone(),
            to_int(v)
                .and_then(|n| usize::try_from(n).ok())
                .unwrap_or(1)
                .max(1),
        ),
        None => (json!(1), 1),
    }
}

async fn index(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    let p = req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Denied)?;
    // `resolved_contacts`: only contacts with an email, phone number or identifier.
    let present = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.is_empty());
    let all: Vec<&Contact> = db
        .contacts
        .values()
        .filter(|c| c.account_id == ctx.account_id)
        .filter(|c| present(&c.email) || present(&c.phone_number) || present(&c.identifier))
        .collect();
    let (current_page, n) = page(&p);
    let include = with_contact_inboxes(&p);
    let payload: Vec<Value> = all
        .iter()
        .skip((n - 1) * PER_PAGE)
        .take(PER_PAGE)
        .map(|c| render::contact(&db, c, include))
        .collect();
    ok(json!({"meta": {"count": all.len(), "current_page": current_page}, "payload": payload}))
}

async fn search(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    let p = req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Denied)?;
    let q = p.get("q").filter(|v| !blank(v)).and_then(to_string);
    let Some(q) = q else {
        return Err(ApiError::Unprocessable(
            "Specify search string with parameter q".into(),
        ));
    };
    let q = q.trim().to_owned();
    let lower = q.to_lowercase();
    // name/email/phone with ILIKE, identifier with a case-sensitive LIKE.
    let ilike = |v: &Option<String>| {
        v.as_deref()
            .is_some_and(|s| s.to_lowercase().contains(&lower))
    };
    let matches: Vec<&Contact> = db
        .contacts
        .values()
        .filter(|c| c.account_id == ctx.account_id)
        .filter(|c| {
            c.name.to_lowercase().contains(&lower)
                || ilike(&c.email)
                || ilike(&c.phone_number)
                || c.identifier.as_deref().is_some_and(|s| s.contains(&q))
        })
        .collect();
    let (current_page, n) = page(&p);
    let include = with_contact_inboxes(&p);
    let window: Vec<&&Contact> = matches
        .iter()
        .skip((n - 1) * PER_PAGE)
        .take(PER_PAGE + 1)
        .collect();
    let has_more = window.len() > PER_PAGE;
    let payload: Vec<Value> = window
        .iter()
        .take(PER_PAGE)
        .map(|c| render::contact(&db, c, include))
        .collect();
    ok(json!({
        "meta": {"count": payload.len(), "current_page": current_page, "has_more": has_more},
        "payload": payload,
    }))
}

async fn show(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    let db = sb.db();
    let ctx = account_ctx(&db, &req.headers, &account, Bots::Denied)?;
    let id = fetch(&db, &ctx, &id)?;
    let contact = db.contacts.get(&id).ok_or(ApiError::NotFound)?;
    ok(json!({"payload": render::contact(&db, contact, with_contact_inboxes(&p))}))
}

async fn create(State(sb): State<Sandbox>, Path(account): Path<String>, req: Req) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, out| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Denied)?;
        let mut contact = new_contact(ctx.account_id);
        assign(&mut contact, &p, false);
        normalize(&mut contact);
        validate(db, &contact)?;
        // The contact inbox is built in the same transaction: a bad inbox rolls the
        // contact back, so look it up first.
        let inbox_id = match p.get("inbox_id").filter(|v| !blank(v)) {
            Some(v) => Some(find_in_account(v, &db.inboxes, ctx.account_id)?),
            None => None,
        };
        let source_id = p.get("source_id").and_then(to_string);
        if let (Some(inbox), Some(source)) = (inbox_id, &source_id) {
            if db.contact_inbox_by_source(inbox, source).is_some() {
                return Err(ApiError::Internal);
            }
        }
        let id = insert_contact(db, out, contact);
        let contact_inbox = match inbox_id {
            Some(inbox) => Some(build_contact_inbox(db, id, inbox, source_id, false)?),
            None => None,
        };
        let ci = contact_inbox.and_then(|ci| db.contact_inboxes.get(&ci));
        let contact = db.contacts.get(&id).ok_or(ApiError::NotFound)?;
        ok(json!({"payload": {
            "contact": render::contact(db, contact, true),
            "contact_inbox": {
                "inbox": ci.and_then(|ci| db.inboxes.get(&ci.inbox_id)).map(render::inbox_raw),
                "source_id": ci.map(|ci| ci.source_id.as_str()),
            },
        }}))
    })
}

async fn update(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, out| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Denied)?;
        let id = fetch(db, &ctx, &id)?;
        let mut contact = db.contacts.get(&id).cloned().ok_or(ApiError::NotFound)?;
        assign(&mut contact, &p, true);
        normalize(&mut contact);
        validate(db, &contact)?;
        lifecycle::save_contact(db, out, contact);
        let contact = db.contacts.get(&id).ok_or(ApiError::NotFound)?;
        ok(json!({"payload": render::contact(db, contact, with_contact_inboxes(&p))}))
    })
}

async fn create_contact_inbox(
    State(sb): State<Sandbox>,
    Path((account, id)): Path<(String, String)>,
    req: Req,
) -> ApiResult {
    let p = req.params()?;
    sb.write(|db, _| {
        let ctx = account_ctx(db, &req.headers, &account, Bots::Denied)?;
        let contact_id = fetch(db, &ctx, &id)?;
        let inbox_id = p
            .get("inbox_id")
            .and_then(find_id)
            .and_then(|id| db.inboxes.get(&id))
            .filter(|i| i.account_id == ctx.account_id)
            .map(|i| i.id)
            .ok_or(ApiError::NotFound)?;
        if !ctx.can_see_inbox(db, inbox_id) {
            return Err(ApiError::Unauthorized(NOT_AUTHORIZED_ACTION));
        }
        let hmac_verified = p.get("hmac_verified").and_then(to_bool).unwrap_or(false);
        let source_id = p.get("source_id").and_then(to_string);
        let ci = build_contact_inbox(db, contact_id, inbox_id, source_id, hmac_verified)?;
        let ci = db.contact_inboxes.get(&ci).ok_or(ApiError::NotFound)?;
        ok(render::contact_inbox(db, ci))
    })
}

#[cfg(test)]
mod tests {
    use super::{valid_email, valid_phone};

    #[test]
    fn formats_follow_the_model() {
        assert!(valid_email("a@b"));
        assert!(!valid_email("a@@b") && !valid_email("a b@c") && !valid_email("ab"));
        assert!(valid_phone("+14155550100") && valid_phone("x+12"));
        assert!(!valid_phone("+0123") && !valid_phone("14155550100") && !valid_phone("+1"));
    }
}
