//! JSON renderers, one per jbuilder partial; the key order follows the views.

use serde_json::{json, Value};

use super::event_data::{self, unix};
use super::state::{
    iso, AgentBot, Contact, ContactInbox, Conversation, Db, Inbox, Message, MessageType, Owner,
    Team, User, Webhook, WorkingHour,
};
use super::state::{AccountId, UserId};
use super::table::Id;

/// `api/v1/models/_user` (profile). `type` is the STI column, null for normal users;
/// `hmac_identifier` only exists when the installation has an inbox HMAC key.
pub(crate) fn user(db: &Db, user: &User) -> Value {
    let memberships: Vec<_> = db
        .account_users
        .values()
        .filter(|au| au.user_id == user.id)
        .collect();
    let active = memberships.iter().max_by_key(|au| au.active_at);
    let accounts: Vec<Value> = memberships
        .iter()
        .map(|au| {
            json!({
                "id": au.account_id,
                "name": db.accounts.get(&au.account_id).map(|a| a.name.as_str()),
                "status": "active",
                "onboarding_step": null,
                "active_at": au.active_at.map(iso),
                "role": au.role.as_str(),
                "permissions": [au.role.as_str()],
                "availability": "online",
                // Presence comes from the dashboard's websocket, which API clients never open.
                "availability_status": "offline",
                "auto_offline": true,
                "custom_role_id": null,
                "custom_role": null,
            })
        })
        .collect();
    json!({
        "access_token": db.access_token_of(Owner::User(user.id)).map(|t| t.token.as_str()),
        "account_id": active.map(|au| au.account_id),
        "available_name": user.name,
        "avatar_url": "",
        "confirmed": true,
        "display_name": null,
        "message_signature": null,
        "email": user.email,
        "id": user.id,
        "inviter_id": null,
        "name": user.name,
        "provider": "email",
        "pubsub_token": user.pubsub_token,
        "role": active.map(|au| au.role.as_str()),
        "ui_settings": {},
        "uid": user.email,
        "type": null,
        "accounts": accounts,
    })
}

/// Features enabled by default in `config/features.yml` (v4.15.1).
const DEFAULT_FEATURES: [&str; 26] = [
    "inbound_emails",
    "channel_email",
    "channel_facebook",
    "help_center",
    "agent_bots",
    "macros",
    "agent_management",
    "team_management",
    "inbox_management",
    "labels",
    "custom_attributes",
    "automations",
    "canned_responses",
    "integrations",
    "voice_recorder",
    "channel_website",
    "campaigns",
    "reports",
    "crm",
    "auto_resolve_conversations",
    "chatwoot_v4",
    "contact_chatwoot_support_team",
    "channel_instagram",
    "assignment_v2",
    "channel_tiktok",
    "captain_tasks",
];

/// `api/v1/accounts/show` (`_account` partial + enterprise extras).
pub(crate) fn account(db: &Db, account_id: AccountId) -> Value {
    let (name, created_at) = db
        .accounts
        .get(&account_id)
        .map(|a| (a.name.as_str(), iso(a.created_at)))
        .unwrap_or_default();
    let features: serde_json::Map<String, Value> = DEFAULT_FEATURES
        .iter()
        .map(|f| ((*f).to_owned(), Value::Bool(true)))
        .collect();
    json!({
        "settings": {},
        "created_at": created_at,
        "domain": null,
        "features": features,
        "id": account_id,
        "locale": "en",
        "name": name,
        "support_email": null,
        "status": "active",
        "cache_keys": {"label": "0000000000", "inbox": "0000000000", "team": "0000000000"},
        "latest_chatwoot_version": "4.15.1",
        "subscribed_features": [],
    })
}

fn working_hour(wh: &WorkingHour) -> Value {
    json!({
        "day_of_week": wh.day_of_week,
        "closed_all_day": wh.closed_all_day,
        "open_hour": wh.open_hour,
        "open_minutes": wh.open_minutes,
        "close_hour": wh.close_hour,
        "close_minutes": wh.close_minutes,
        "open_all_day": wh.open_all_day,
    })
}

/// `api/v1/models/_inbox` for an API-channel inbox: channel fields are flattened,
/// web-widget and Twilio keys come out null, `hmac_token`/`secret` are admin-only.
pub(crate) fn inbox(inbox: &Inbox, admin: bool) -> Value {
    let ch = &inbox.channel;
    let mut v = json!({
        "id": inbox.id,
        "avatar_url": "",
        "channel_id": ch.id,
        "name": inbox.name,
        "channel_type": "Channel::Api",
        "greeting_enabled": inbox.greeting_enabled,
        "greeting_message": inbox.greeting_message,
        "working_hours_enabled": inbox.working_hours_enabled,
        "enable_email_collect": inbox.enable_email_collect,
        "csat_survey_enabled": inbox.csat_survey_enabled,
        "csat_config": inbox.csat_config,
        "enable_auto_assignment": inbox.enable_auto_assignment,
        "auto_assignment_config": inbox.auto_assignment_config,
        "out_of_office_message": inbox.out_of_office_message,
        "working_hours": inbox.working_hours.iter().map(working_hour).collect::<Vec<_>>(),
        "timezone": inbox.timezone,
        "callback_webhook_url": null,
        "allow_messages_after_resolved": inbox.allow_messages_after_resolved,
        "lock_to_single_conversation": inbox.lock_to_single_conversation,
        "sender_name_type": inbox.sender_name_type,
        "business_name": inbox.business_name,
        "allowed_domains": null,
        "widget_color": null,
        "website_url": null,
        "hmac_mandatory": ch.hmac_mandatory,
        "welcome_title": null,
        "welcome_tagline": null,
        "web_widget_script": null,
        "website_token": null,
        "selected_feature_flags": null,
        "reply_time": null,
        "messaging_service_sid": null,
        "phone_number": null,
    });
    if let Value::Object(m) = &mut v {
        if admin {
            m.insert("hmac_token".into(), ch.hmac_token.clone().into());
            m.insert("secret".into(), ch.secret.clone().into());
        }
        m.insert("webhook_url".into(), ch.webhook_url.clone().into());
        m.insert("inbox_identifier".into(), ch.identifier.clone().into());
        m.insert(
            "additional_attributes".into(),
            ch.additional_attributes.clone(),
        );
        m.insert("provider".into(), Value::Null);
    }
    v
}

/// `api/v1/models/_agent_bot`. `access_token` is whatever the view receives:
/// a string through `AgentBotPresenter`, the raw AccessToken record otherwise.
fn agent_bot_with(db: &Db, bot: &AgentBot, access_token: Option<Value>, admin: bool) -> Value {
    let system_bot = !matches!(bot.account_id, Some(id) if db.accounts.contains_key(&id));
    let mut m = serde_json::Map::new();
    m.insert("id".into(), bot.id.into());
    m.insert("name".into(), bot.name.clone().into());
    m.insert("description".into(), bot.description.clone().into());
    m.insert("thumbnail".into(), "".into());
    if !system_bot {
        m.insert("outgoing_url".into(), bot.outgoing_url.clone().into());
    }
    m.insert("bot_type".into(), bot.bot_type.into());
    m.insert("bot_config".into(), bot.bot_config.clone());
    m.insert("account_id".into(), bot.account_id.into());
    if let Some(token) = access_token {
        m.insert("access_token".into(), token);
    }
    if !system_bot && admin {
        m.insert("secret".into(), bot.secret.clone().into());
    }
    m.insert("system_bot".into(), system_bot.into());
    Value::Object(m)
}

/// Account API views (`AgentBotPresenter`): the token string only for the
/// current account's own bots.
pub(crate) fn agent_bot(db: &Db, bot: &AgentBot, account_id: AccountId, admin: bool) -> Value {
    let token = (bot.account_id == Some(account_id))
        .then(|| db.access_token_of(Owner::AgentBot(bot.id)))
        .flatten()
        .map(|t| Value::String(t.token.clone()));
    agent_bot_with(db, bot, token, admin)
}

/// `inboxes/agent_bot` renders the model without the presenter, so `access_token`
/// serialises as the whole AccessToken row.
pub(crate) fn agent_bot_raw(db: &Db, bot: &AgentBot, admin: bool) -> Value {
    let token = db.access_token_of(Owner::AgentBot(bot.id)).map(|t| {
        json!({
            "id": t.id,
            "owner_type": "AgentBot",
            "owner_id": bot.id,
            "token": t.token,
            "created_at": iso(t.created_at),
            "updated_at": iso(t.updated_at),
        })
    });
    agent_bot_with(db, bot, token, admin)
}

/// `platform/api/v1/models/_agent_bot`: no secret, token always as a string.
pub(crate) fn platform_agent_bot(db: &Db, bot: &AgentBot) -> Value {
    json!({
        "id": bot.id,
        "name": bot.name,
        "description": bot.description,
        "outgoing_url": bot.outgoing_url,
        "account_id": bot.account_id,
        "access_token": db.access_token_of(Owner::AgentBot(bot.id)).map(|t| t.token.as_str()),
    })
}

/// `accounts/webhooks/_webhook`; `inbox` only when the referenced inbox exists.
pub(crate) fn webhook(db: &Db, wh: &Webhook) -> Value {
    let mut v = json!({
        "id": wh.id,
        "name": wh.name,
        "url": wh.url,
        "account_id": wh.account_id,
        "subscriptions": wh.subscriptions,
        "secret": wh.secret,
    });
    let inbox = wh
        .inbox_id
        .and_then(|id| u64::try_from(id).ok().map(Id::new))
        .and_then(|id| db.inboxes.get(&id));
    if let (Some(inbox), Value::Object(m)) = (inbox, &mut v) {
        m.insert("inbox".into(), json!({"id": inbox.id, "name": inbox.name}));
    }
    v
}

/// `api/v1/models/_inbox_slim`.
pub(crate) fn inbox_slim(inbox: &Inbox) -> Value {
    json!({
        "id": inbox.id,
        "avatar_url": "",
        "channel_id": inbox.channel.id,
        "name": inbox.name,
        "channel_type": "Channel::Api",
        "provider": null,
    })
}

/// An Inbox record rendered as itself (`as_json`), as `contacts/create` does.
pub(crate) fn inbox_raw(inbox: &Inbox) -> Value {
    json!({
        "id": inbox.id,
        "channel_id": inbox.channel.id,
        "account_id": inbox.account_id,
        "name": inbox.name,
        "created_at": iso(inbox.created_at),
        "updated_at": iso(inbox.updated_at),
        "channel_type": "Channel::Api",
        "enable_auto_assignment": inbox.enable_auto_assignment,
        "greeting_enabled": inbox.greeting_enabled,
        "greeting_message": inbox.greeting_message,
        "email_address": null,
        "working_hours_enabled": inbox.working_hours_enabled,
        "out_of_office_message": inbox.out_of_office_message,
        "timezone": inbox.timezone,
        "enable_email_collect": inbox.enable_email_collect,
        "csat_survey_enabled": inbox.csat_survey_enabled,
        "allow_messages_after_resolved": inbox.allow_messages_after_resolved,
        "auto_assignment_config": inbox.auto_assignment_config,
        "lock_to_single_conversation": inbox.lock_to_single_conversation,
        "portal_id": null,
        "sender_name_type": inbox.sender_name_type,
        "business_name": inbox.business_name,
        "csat_config": inbox.csat_config,
    })
}

/// `api/v1/models/_contact_inbox`.
pub(crate) fn contact_inbox(db: &Db, ci: &ContactInbox) -> Value {
    json!({
        "source_id": ci.source_id,
        "inbox": db.inboxes.get(&ci.inbox_id).map(inbox_slim),
    })
}

/// `api/v1/models/_contact` (no `company_id`: the companies feature is off by default).
pub(crate) fn contact(db: &Db, c: &Contact, with_contact_inboxes: bool) -> Value {
    let mut m = serde_json::Map::new();
    m.insert(
        "additional_attributes".into(),
        c.additional_attributes.clone(),
    );
    m.insert("availability_status".into(), "offline".into());
    m.insert("email".into(), json!(c.email));
    m.insert("id".into(), c.id.into());
    m.insert("name".into(), c.name.clone().into());
    m.insert("phone_number".into(), json!(c.phone_number));
    m.insert("blocked".into(), c.blocked.into());
    m.insert("identifier".into(), json!(c.identifier));
    m.insert("thumbnail".into(), "".into());
    m.insert("custom_attributes".into(), c.custom_attributes.clone());
    if let Some(t) = c.last_activity_at {
        m.insert("last_activity_at".into(), unix(Some(t)).into());
    }
    m.insert("created_at".into(), unix(Some(c.created_at)).into());
    if with_contact_inboxes {
        let inboxes: Vec<Value> = db
            .contact_inboxes
            .values()
            .filter(|ci| ci.contact_id == c.id)
            .map(|ci| contact_inbox(db, ci))
            .collect();
        m.insert("contact_inboxes".into(), Value::Array(inboxes));
    }
    Value::Object(m)
}

/// `api/v1/models/_agent` for a user of `account_id`.
pub(crate) fn agent(db: &Db, user: &User, account_id: AccountId) -> Value {
    json!({
        "id": user.id,
        "account_id": account_id,
        "availability_status": "offline",
        "auto_offline": true,
        "confirmed": true,
        "email": user.email,
        "provider": "email",
        "available_name": user.name,
        "name": user.name,
        "role": db.role_in(account_id, user.id).map(|r| r.as_str()),
        "thumbnail": "",
        "custom_role_id": null,
    })
}

/// `api/v1/models/_agent_bot_slim`.
pub(crate) fn agent_bot_slim(bot: &AgentBot) -> Value {
    let mut m = serde_json::Map::new();
    m.insert("id".into(), bot.id.into());
    m.insert("name".into(), json!(bot.name));
    m.insert("description".into(), json!(bot.description));
    m.insert("thumbnail".into(), "".into());
    if bot.account_id.is_some() {
        m.insert("outgoing_url".into(), json!(bot.outgoing_url));
    }
    m.insert("bot_type".into(), json!(bot.bot_type));
    Value::Object(m)
}

/// `api/v1/models/_team`; `is_member` is about the current user (never true for bots).
pub(crate) fn team(db: &Db, team: &Team, current_user: Option<UserId>) -> Value {
    json!({
        "id": team.id,
        "name": team.name,
        "description": team.description,
        "allow_auto_assign": team.allow_auto_assign,
        "account_id": team.account_id,
        "is_member": current_user.is_some_and(|u| db.team_members.contains(&(team.id, u))),
    })
}

/// A Team record rendered as itself (`render json: @team`).
pub(crate) fn team_raw(team: &Team) -> Value {
    json!({
        "id": team.id,
        "name": team.name,
        "description": team.description,
        "allow_auto_assign": team.allow_auto_assign,
        "account_id": team.account_id,
        "created_at": iso(team.created_at),
        "updated_at": iso(team.updated_at),
    })
}

/// `api/v1/models/_message`: integer `message_type`, unix `created_at`.
pub(crate) fn message(db: &Db, m: &Message) -> Value {
    let mut v = serde_json::Map::new();
    v.insert("id".into(), m.id.into());
    v.insert("content".into(), json!(m.content));
    v.insert("inbox_id".into(), m.inbox_id.into());
    if let Some(echo) = &m.echo_id {
        v.insert("echo_id".into(), echo.clone().into());
    }
    let display_id = db
        .conversations
        .get(&m.conversation_id)
        .map(|c| c.display_id);
    v.insert("conversation_id".into(), json!(display_id));
    v.insert("message_type".into(), (m.message_type as u8).into());
    v.insert("content_type".into(), m.content_type.into());
    v.insert("status".into(), m.status.as_str().into());
    v.insert("content_attributes".into(), m.content_attributes.clone());
    v.insert("created_at".into(), unix(Some(m.created_at)).into());
    v.insert("private".into(), m.private.into());
    v.insert("source_id".into(), json!(m.source_id));
    if let Some(sender) = m.sender.and_then(|s| event_data::sender_push(db, s)) {
        v.insert("sender".into(), sender);
    }
    if let Some(list) = event_data::attachments(db, m.id) {
        v.insert("attachments".into(), list);
    }
    Value::Object(v)
}

/// `api/v1/conversations/partials/_conversation` (enterprise SLA keys only appear with
/// the sla feature, which is off by default).
pub(crate) fn conversation(db: &Db, c: &Conversation, current_user: Option<UserId>) -> Value {
    let mut meta = serde_json::Map::new();
    meta.insert(
        "sender".into(),
        db.contacts
            .get(&c.contact_id)
            .map_or(Value::Null, |ct| contact(db, ct, false)),
    );
    meta.insert("channel".into(), "Channel::Api".into());
    if let Some(bot) = c.assignee_agent_bot_id.and_then(|b| db.agent_bots.get(&b)) {
        meta.insert("assignee".into(), agent_bot_slim(bot));
        meta.insert("assignee_type".into(), "AgentBot".into());
    } else if let Some(user) = c.assignee_id.and_then(|u| db.users.get(&u)) {
        meta.insert("assignee".into(), agent(db, user, c.account_id));
        meta.insert("assignee_type".into(), "User".into());
    }
    if let Some(t) = c.team_id.and_then(|t| db.teams.get(&t)) {
        meta.insert("team".into(), team(db, t, current_user));
    }
    meta.insert(
        "hmac_verified".into(),
        json!(db
            .contact_inboxes
            .get(&c.contact_inbox_id)
            .map(|ci| ci.hmac_verified)),
    );
    // `messages.last` here includes private notes and activity messages.
    let last = db.messages_of(c.id).next_back();
    let last_non_activity = db
        .messages_of(c.id)
        .rev()
        .find(|m| m.message_type != MessageType::Activity);
    json!({
        "meta": meta,
        "id": c.display_id,
        "messages": last.map(|m| event_data::message_push(db, m, false)).into_iter().collect::<Vec<_>>(),
        "account_id": c.account_id,
        "uuid": c.uuid,
        "additional_attributes": c.additional_attributes,
        "agent_last_seen_at": unix(c.agent_last_seen_at),
        "assignee_last_seen_at": unix(c.assignee_last_seen_at),
        "can_reply": event_data::can_reply(db, c),
        "contact_last_seen_at": unix(c.contact_last_seen_at),
        "custom_attributes": c.custom_attributes,
        "inbox_id": c.inbox_id,
        "labels": c.labels,
        "muted": db.contacts.get(&c.contact_id).is_some_and(|ct| ct.blocked),
        "snoozed_until": c.snoozed_until.map(iso),
        "status": c.status.as_str(),
        "created_at": unix(Some(c.created_at)),
        "updated_at": event_data::unix_f(c.updated_at),
        "timestamp": unix(Some(c.last_activity_at)),
        "first_reply_created_at": unix(c.first_reply_created_at),
        "unread_count": event_data::unread_count(db, c),
        "last_non_activity_message": last_non_activity.map(|m| event_data::message_push(db, m, false)),
        "last_activity_at": unix(Some(c.last_activity_at)),
        "priority": c.priority.map(|p| p.as_str()),
        "waiting_since": unix(c.waiting_since),
        "sla_policy_id": null,
    })
}

/// `public/api/v1/models/_contact`.
pub(crate) fn public_contact(c: &Contact) -> Value {
    json!({"id": c.id, "name": c.name, "email": c.email, "phone_number": c.phone_number})
}

/// `public/api/v1/models/_message`.
pub(crate) fn public_message(db: &Db, m: &Message) -> Value {
    let mut v = serde_json::Map::new();
    v.insert("id".into(), m.id.into());
    v.insert("content".into(), json!(m.content));
    v.insert("message_type".into(), (m.message_type as u8).into());
    v.insert("content_type".into(), m.content_type.into());
    v.insert("content_attributes".into(), m.content_attributes.clone());
    v.insert("created_at".into(), unix(Some(m.created_at)).into());
    let display_id = db
        .conversations
        .get(&m.conversation_id)
        .map(|c| c.display_id);
    v.insert("conversation_id".into(), json!(display_id));
    if let Some(list) = event_data::attachments(db, m.id) {
        v.insert("attachments".into(), list);
    }
    if let Some(sender) = m.sender.and_then(|s| event_data::sender_push(db, s)) {
        v.insert("sender".into(), sender);
    }
    Value::Object(v)
}

/// `public/api/v1/models/_conversation`: chat messages only, the contact as a raw record.
pub(crate) fn public_conversation(db: &Db, c: &Conversation) -> Value {
    let messages: Vec<Value> = db
        .messages_of(c.id)
        .filter(|m| !m.private && m.message_type != MessageType::Activity)
        .map(|m| public_message(db, m))
        .collect();
    json!({
        "id": c.display_id,
        "uuid": c.uuid,
        "inbox_id": c.inbox_id,
        "contact_last_seen_at": unix(c.contact_last_seen_at),
        "status": c.status.as_str(),
        "agent_last_seen_at": unix(c.agent_last_seen_at),
        "messages": messages,
        "contact": db.contacts.get(&c.contact_id).map(event_data::contact_raw),
    })
}

/// `OutOfOffisable#weekly_schedule`.
pub(crate) fn weekly_schedule(inbox: &Inbox) -> Value {
    Value::Array(inbox.working_hours.iter().map(working_hour).collect())
}
