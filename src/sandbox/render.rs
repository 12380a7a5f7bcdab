//! JSON renderers, one per jbuilder partial; the key order follows the views.

use serde_json::{json, Value};

use super::state::{iso, AgentBot, Db, Inbox, Owner, User, Webhook, WorkingHour};

/// `api/v1/models/_user` (profile). `type` is the STI column, null for normal users;
/// `hmac_identifier` only exists when the installation has an inbox HMAC key.
pub(crate) fn user(db: &Db, user: &User) -> Value {
    let memberships: Vec<_> = db
        .account_users
        .iter()
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
pub(crate) fn account(db: &Db, account_id: u64) -> Value {
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
pub(crate) fn agent_bot(db: &Db, bot: &AgentBot, account_id: u64, admin: bool) -> Value {
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
        .and_then(|id| u64::try_from(id).ok())
        .and_then(|id| db.inboxes.get(&id));
    if let (Some(inbox), Value::Object(m)) = (inbox, &mut v) {
        m.insert("inbox".into(), json!({"id": inbox.id, "name": inbox.name}));
    }
    v
}
