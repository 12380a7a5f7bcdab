//! In-memory tables. Rows mirror Chatwoot's database columns (nullable columns are
//! `Option`s) so the renderers can follow the jbuilder views field by field.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::{SystemTime, UNIX_EPOCH};

use rand::Rng;
use serde_json::{json, Map, Value};

use super::SandboxConfig;

pub(crate) type Json = Map<String, Value>;

/// Milliseconds since the Unix epoch; Rails renders times with millisecond precision.
pub(crate) type Millis = i64;

pub(crate) fn now() -> Millis {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// ISO-8601 UTC with milliseconds, the way ActiveSupport encodes a datetime in JSON.
pub(crate) fn iso(ms: Millis) -> String {
    let (days, rem) = (ms.div_euclid(86_400_000), ms.rem_euclid(86_400_000));
    // Civil-from-days (H. Hinnant), valid for the proleptic Gregorian calendar.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let secs = rem / 1000;
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60,
        rem % 1000
    )
}

/// `has_secure_token`: 24 characters of base58 (no 0, O, I, l).
pub(crate) fn secure_token() -> String {
    const ALPHABET: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    let mut rng = rand::thread_rng();
    (0..24)
        .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
        .collect()
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Role {
    Agent,
    Administrator,
}

impl Role {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Role::Agent => "agent",
            Role::Administrator => "administrator",
        }
    }
}

pub(crate) struct Account {
    pub name: String,
    pub created_at: Millis,
}

pub(crate) struct User {
    pub id: u64,
    pub name: String,
    pub email: String,
    pub pubsub_token: String,
}

pub(crate) struct AccountUser {
    pub account_id: u64,
    pub user_id: u64,
    pub role: Role,
    pub active_at: Option<Millis>,
}

/// Polymorphic owner of an access token, as in Chatwoot's `access_tokens` table.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Owner {
    User(u64),
    AgentBot(u64),
    PlatformApp(u64),
}

pub(crate) struct AccessToken {
    pub id: u64,
    pub owner: Owner,
    pub token: String,
    pub created_at: Millis,
    pub updated_at: Millis,
}

/// `channel_api` row; every sandbox inbox is an API inbox.
#[derive(Clone, Default)]
pub(crate) struct ApiChannel {
    pub id: u64,
    pub webhook_url: Option<String>,
    pub hmac_mandatory: Option<bool>,
    pub hmac_token: String,
    pub identifier: String,
    pub secret: String,
    pub additional_attributes: Value,
}

#[derive(Clone)]
pub(crate) struct WorkingHour {
    pub day_of_week: i64,
    pub closed_all_day: bool,
    pub open_hour: Option<i64>,
    pub open_minutes: Option<i64>,
    pub close_hour: Option<i64>,
    pub close_minutes: Option<i64>,
    pub open_all_day: bool,
}

impl WorkingHour {
    /// The seven rows `OutOfOffisable#create_default_working_hours` inserts.
    fn defaults() -> Vec<WorkingHour> {
        (0..7)
            .map(|day| {
                let weekend = day == 0 || day == 6;
                let hour = |h| (!weekend).then_some(h);
                WorkingHour {
                    day_of_week: day,
                    closed_all_day: weekend,
                    open_hour: hour(9),
                    open_minutes: hour(0),
                    close_hour: hour(17),
                    close_minutes: hour(0),
                    open_all_day: false,
                }
            })
            .collect()
    }
}

#[derive(Clone)]
pub(crate) struct Inbox {
    pub id: u64,
    pub account_id: u64,
    pub name: String,
    pub greeting_enabled: Option<bool>,
    pub greeting_message: Option<String>,
    pub working_hours_enabled: Option<bool>,
    pub enable_email_collect: Option<bool>,
    pub csat_survey_enabled: Option<bool>,
    pub csat_config: Value,
    pub enable_auto_assignment: Option<bool>,
    pub auto_assignment_config: Value,
    pub out_of_office_message: Option<String>,
    pub timezone: Option<String>,
    pub allow_messages_after_resolved: Option<bool>,
    pub lock_to_single_conversation: Option<bool>,
    pub sender_name_type: &'static str,
    pub business_name: Option<String>,
    pub working_hours: Vec<WorkingHour>,
    pub channel: ApiChannel,
    #[allow(dead_code)] // read by the inbox event payloads of the next step
    pub created_at: Millis,
    pub updated_at: Millis,
}

impl Inbox {
    /// A new row with the column defaults from Chatwoot's schema.
    pub(crate) fn new(account_id: u64, channel: ApiChannel) -> Inbox {
        let t = now();
        Inbox {
            id: 0,
            account_id,
            name: String::new(),
            greeting_enabled: Some(false),
            greeting_message: None,
            working_hours_enabled: Some(false),
            enable_email_collect: Some(true),
            csat_survey_enabled: Some(false),
            csat_config: json!({}),
            enable_auto_assignment: Some(true),
            auto_assignment_config: json!({}),
            out_of_office_message: None,
            timezone: Some("UTC".into()),
            allow_messages_after_resolved: Some(true),
            lock_to_single_conversation: Some(false),
            sender_name_type: "friendly",
            business_name: None,
            working_hours: WorkingHour::defaults(),
            channel,
            created_at: t,
            updated_at: t,
        }
    }
}

#[derive(Clone)]
pub(crate) struct AgentBot {
    pub id: u64,
    pub name: Option<String>,
    pub description: Option<String>,
    pub outgoing_url: Option<String>,
    /// `None` when a client explicitly nulled the enum.
    pub bot_type: Option<&'static str>,
    pub bot_config: Value,
    /// `None` = global ("system") bot, usable by every account.
    pub account_id: Option<u64>,
    pub secret: String,
    #[allow(dead_code)] // kept for parity with the table; no view shows it yet
    pub created_at: Millis,
    pub updated_at: Millis,
}

impl AgentBot {
    pub(crate) fn new(account_id: Option<u64>) -> AgentBot {
        let t = now();
        AgentBot {
            id: 0,
            name: None,
            description: None,
            outgoing_url: None,
            bot_type: Some("webhook"),
            bot_config: json!({}),
            account_id,
            secret: secure_token(),
            created_at: t,
            updated_at: t,
        }
    }
}

/// The single `agent_bot_inboxes` row an inbox may have.
pub(crate) struct AgentBotInbox {
    pub agent_bot_id: u64,
    pub account_id: u64,
    /// `status` (always active through the API); new conversations start `pending`
    /// in an inbox with an active bot.
    #[allow(dead_code)] // read by conversation creation in the next step
    pub active: bool,
}

#[derive(Clone)]
pub(crate) struct Webhook {
    pub id: u64,
    pub account_id: u64,
    pub inbox_id: Option<i64>,
    pub url: Option<String>,
    pub name: Option<String>,
    pub subscriptions: Value,
    pub secret: String,
}

/// Column default of `webhooks.subscriptions` (used when a client omits the field).
pub(crate) const DEFAULT_SUBSCRIPTIONS: [&str; 8] = [
    "conversation_status_changed",
    "conversation_updated",
    "conversation_created",
    "contact_created",
    "contact_updated",
    "message_created",
    "message_updated",
    "webwidget_triggered",
];

/// `Webhook::ALLOWED_WEBHOOK_EVENTS`.
pub(crate) const ALLOWED_WEBHOOK_EVENTS: [&str; 12] = [
    "conversation_status_changed",
    "conversation_updated",
    "conversation_created",
    "contact_created",
    "contact_updated",
    "message_created",
    "message_updated",
    "webwidget_triggered",
    "inbox_created",
    "inbox_updated",
    "conversation_typing_on",
    "conversation_typing_off",
];

/// Every table of the sandbox. Guarded by one mutex in `Sandbox`; handlers never
/// hold it across an await.
pub(crate) struct Db {
    pub accounts: BTreeMap<u64, Account>,
    pub users: BTreeMap<u64, User>,
    pub account_users: Vec<AccountUser>,
    pub access_tokens: BTreeMap<u64, AccessToken>,
    pub platform_apps: BTreeSet<u64>,
    /// `platform_app_permissibles` for agent bots: (platform app id, bot id), in insertion order.
    pub permissibles: Vec<(u64, u64)>,
    pub inboxes: BTreeMap<u64, Inbox>,
    /// `inbox_members`: (inbox id, user id).
    pub inbox_members: BTreeSet<(u64, u64)>,
    pub agent_bots: BTreeMap<u64, AgentBot>,
    /// Keyed by inbox id: Chatwoot allows one bot per inbox.
    pub agent_bot_inboxes: BTreeMap<u64, AgentBotInbox>,
    pub webhooks: BTreeMap<u64, Webhook>,
    /// Per-table id sequences. Like Postgres sequences they never roll back.
    sequences: HashMap<&'static str, u64>,
}

impl Db {
    pub(crate) fn new(config: &SandboxConfig) -> Db {
        let t = now();
        let mut db = Db {
            accounts: BTreeMap::new(),
            users: BTreeMap::new(),
            account_users: Vec::new(),
            access_tokens: BTreeMap::new(),
            platform_apps: BTreeSet::new(),
            permissibles: Vec::new(),
            inboxes: BTreeMap::new(),
            inbox_members: BTreeSet::new(),
            agent_bots: BTreeMap::new(),
            agent_bot_inboxes: BTreeMap::new(),
            webhooks: BTreeMap::new(),
            sequences: HashMap::new(),
        };
        db.add_account(config.account_id, &config.account_name);
        let users = [
            (
                "Admin",
                "admin@sandbox.test",
                Role::Administrator,
                &config.admin_token,
            ),
            (
                "Agent",
                "agent@sandbox.test",
                Role::Agent,
                &config.agent_token,
            ),
        ];
        for (name, email, role, token) in users {
            let id = db.next_id("users");
            db.users.insert(
                id,
                User {
                    id,
                    name: name.into(),
                    email: email.into(),
                    pubsub_token: secure_token(),
                },
            );
            db.account_users.push(AccountUser {
                account_id: config.account_id,
                user_id: id,
                role,
                active_at: Some(t),
            });
            db.insert_access_token(Owner::User(id), token.clone());
        }
        db.add_platform_app(config.platform_token.clone());
        db
    }

    pub(crate) fn next_id(&mut self, table: &'static str) -> u64 {
        let n = self.sequences.entry(table).or_insert(0);
        *n += 1;
        *n
    }

    pub(crate) fn add_account(&mut self, id: u64, name: &str) {
        self.accounts.insert(
            id,
            Account {
                name: name.into(),
                created_at: now(),
            },
        );
    }

    pub(crate) fn add_platform_app(&mut self, token: String) -> u64 {
        let id = self.next_id("platform_apps");
        self.platform_apps.insert(id);
        self.insert_access_token(Owner::PlatformApp(id), token);
        id
    }

    pub(crate) fn insert_access_token(&mut self, owner: Owner, token: String) {
        let id = self.next_id("access_tokens");
        let t = now();
        self.access_tokens.insert(
            id,
            AccessToken {
                id,
                owner,
                token,
                created_at: t,
                updated_at: t,
            },
        );
    }

    pub(crate) fn token_owner(&self, token: &str) -> Option<Owner> {
        self.access_tokens
            .values()
            .find(|t| t.token == token)
            .map(|t| t.owner)
    }

    pub(crate) fn access_token_of(&self, owner: Owner) -> Option<&AccessToken> {
        self.access_tokens.values().find(|t| t.owner == owner)
    }

    pub(crate) fn regenerate_access_token(&mut self, owner: Owner) {
        if let Some(t) = self.access_tokens.values_mut().find(|t| t.owner == owner) {
            t.token = secure_token();
            t.updated_at = now();
        }
    }

    pub(crate) fn account_user(&self, account_id: u64, user_id: u64) -> Option<&AccountUser> {
        self.account_users
            .iter()
            .find(|au| au.account_id == account_id && au.user_id == user_id)
    }

    /// `AgentBot.accessible_to(account)`: the account's own bots plus global ones.
    pub(crate) fn bot_accessible_to(&self, bot_id: u64, account_id: u64) -> Option<&AgentBot> {
        self.agent_bots
            .get(&bot_id)
            .filter(|b| b.account_id.is_none() || b.account_id == Some(account_id))
    }

    /// Deletes a bot with what Chatwoot destroys alongside it (token, inbox links, permissibles).
    pub(crate) fn destroy_agent_bot(&mut self, bot_id: u64) {
        self.agent_bots.remove(&bot_id);
        self.access_tokens
            .retain(|_, t| t.owner != Owner::AgentBot(bot_id));
        self.agent_bot_inboxes
            .retain(|_, l| l.agent_bot_id != bot_id);
        self.permissibles.retain(|&(_, b)| b != bot_id);
    }
}
