//! In-memory tables. Rows mirror Chatwoot's database columns (nullable columns are
//! `Option`s) so the renderers can follow the jbuilder views field by field.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use axum::body::Bytes;

use rand::Rng;
use serde_json::{json, Map, Value};

use super::SandboxConfig;
use crate::events::Event;

pub(crate) type Json = Map<String, Value>;

/// Milliseconds since the Unix epoch; Rails renders times with millisecond precision.
pub(crate) type Millis = i64;

pub(crate) fn now() -> Millis {
    crate::time::now_ms()
}

/// ISO-8601 UTC with milliseconds, the way ActiveSupport encodes a datetime in JSON.
pub(crate) fn iso(ms: Millis) -> String {
    crate::time::iso_ms(ms)
}

/// ActiveModel's datetime cast of a string: ISO 8601 date or date-time (with `T` or a
/// space, optional seconds, fraction and UTC offset); `None` for what it cannot read.
pub(crate) fn parse_iso(s: &str) -> Option<Millis> {
    let s = s.trim();
    let num = |t: &str| -> Option<i64> {
        (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    let (date, rest) = s.split_at(s.find(['T', 't', ' ']).unwrap_or(s.len()));
    let mut d = date.splitn(3, '-');
    let (year, month, day) = (num(d.next()?)?, num(d.next()?)?, num(d.next()?)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let rest = rest.get(1..).unwrap_or("");
    let (time, offset) = match rest.find(['Z', 'z', '+', '-']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let (mut h, mut m, mut sec, mut millis) = (0, 0, 0, 0);
    if !time.is_empty() {
        let mut parts = time.splitn(3, ':');
        h = num(parts.next()?)?;
        m = num(parts.next()?)?;
        let frac;
        (sec, frac) = match parts.next() {
            Some(sf) => match sf.split_once('.') {
                Some((sec, frac)) => (num(sec)?, frac),
                None => (num(sf)?, ""),
            },
            None => (0, ""),
        };
        let digits: String = frac.chars().take(3).collect();
        if !digits.is_empty() {
            millis = num(&digits)? * 10i64.pow(3 - u32::try_from(digits.len()).ok()?);
        }
    }
    let offset_secs = match offset {
        "" | "Z" | "z" => 0,
        o => {
            let sign = if o.starts_with('-') { -1 } else { 1 };
            let digits: String = o[1..].chars().filter(char::is_ascii_digit).collect();
            let (h, m) = digits.split_at(digits.len().min(2));
            sign * (num(h)? * 3600 + if m.is_empty() { 0 } else { num(m)? * 60 })
        }
    };
    crate::time::rails_utc_ms(year, month, day, h, m, sec, millis, offset_secs)
}

/// `has_secure_token`: 24 characters of base58 (no 0, O, I, l).
pub(crate) fn secure_token() -> String {
    const ALPHABET: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    let mut rng = rand::rng();
    (0..24)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
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
    /// `outgoing_url.presence`: where the bot's webhooks go, if anywhere.
    pub(crate) fn webhook_url(&self) -> Option<&str> {
        self.outgoing_url
            .as_deref()
            .filter(|u| !u.trim().is_empty())
    }

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

/// A `labels` row; the title is stored lower-cased, unique per account.
#[derive(Clone)]
pub(crate) struct Label {
    pub id: u64,
    pub account_id: u64,
    pub title: Option<String>,
    pub description: Option<String>,
    pub color: String,
    pub show_on_sidebar: Option<bool>,
}

/// A `canned_responses` row; `short_code` is unique per account.
#[derive(Clone)]
pub(crate) struct CannedResponse {
    pub id: u64,
    pub account_id: u64,
    pub short_code: Option<String>,
    pub content: Option<String>,
    pub created_at: Millis,
    pub updated_at: Millis,
}

/// Column default of `webhooks.subscriptions` (used when a client omits the field).
pub(crate) const DEFAULT_SUBSCRIPTIONS: [Event; 8] = [
    Event::ConversationStatusChanged,
    Event::ConversationUpdated,
    Event::ConversationCreated,
    Event::ContactCreated,
    Event::ContactUpdated,
    Event::MessageCreated,
    Event::MessageUpdated,
    Event::WebwidgetTriggered,
];

/// `teams` row. Team names are stored downcased (`Team` before_validation).
#[derive(Clone)]
pub(crate) struct Team {
    pub id: u64,
    pub account_id: u64,
    pub name: String,
    pub description: Option<String>,
    pub allow_auto_assign: bool,
    pub created_at: Millis,
    pub updated_at: Millis,
}

/// `contacts` row (columns the sandbox can change; the rest render as constants).
#[derive(Clone)]
pub(crate) struct Contact {
    pub id: u64,
    pub account_id: u64,
    pub name: String,
    pub email: Option<String>,
    pub phone_number: Option<String>,
    pub identifier: Option<String>,
    pub blocked: bool,
    pub additional_attributes: Value,
    pub custom_attributes: Value,
    pub last_activity_at: Option<Millis>,
    pub created_at: Millis,
    pub updated_at: Millis,
}

impl Contact {
    /// `Contacts::SyncAttributes#set_contact_type`: a visitor with an email or phone is a lead.
    pub(crate) fn contact_type(&self) -> &'static str {
        let present = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        if present(&self.email) || present(&self.phone_number) {
            "lead"
        } else {
            "visitor"
        }
    }
}

#[derive(Clone)]
pub(crate) struct ContactInbox {
    pub id: u64,
    pub contact_id: u64,
    pub inbox_id: u64,
    pub source_id: String,
    pub hmac_verified: bool,
    pub pubsub_token: String,
    pub created_at: Millis,
    pub updated_at: Millis,
}

/// `Conversation.statuses`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Status {
    Open,
    Resolved,
    Pending,
    Snoozed,
}

impl Status {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Resolved => "resolved",
            Status::Pending => "pending",
            Status::Snoozed => "snoozed",
        }
    }

    /// Enum assignment: the name or the integer value (a numeric string is neither, so
    /// it is an ArgumentError like anything else).
    pub(crate) fn parse(v: &Value) -> Option<Status> {
        const ALL: [Status; 4] = [
            Status::Open,
            Status::Resolved,
            Status::Pending,
            Status::Snoozed,
        ];
        match v {
            Value::String(s) => ALL.into_iter().find(|st| st.as_str() == s),
            Value::Number(n) => n
                .as_u64()
                .and_then(|i| ALL.get(usize::try_from(i).ok()?).copied()),
            _ => None,
        }
    }
}

/// `Conversation.priorities`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Priority {
    Low,
    Medium,
    High,
    Urgent,
}

impl Priority {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Priority::Low => "low",
            Priority::Medium => "medium",
            Priority::High => "high",
            Priority::Urgent => "urgent",
        }
    }

    pub(crate) fn parse(v: &Value) -> Option<Priority> {
        const ALL: [Priority; 4] = [
            Priority::Low,
            Priority::Medium,
            Priority::High,
            Priority::Urgent,
        ];
        match v {
            Value::String(s) => ALL.into_iter().find(|p| p.as_str() == s),
            Value::Number(n) => n
                .as_u64()
                .and_then(|i| ALL.get(usize::try_from(i).ok()?).copied()),
            _ => None,
        }
    }
}

#[derive(Clone)]
pub(crate) struct Conversation {
    pub id: u64,
    pub account_id: u64,
    pub inbox_id: u64,
    /// Per-account sequence (`conv_dpid_seq_<account>`); what every path and payload calls `id`.
    pub display_id: u64,
    pub status: Status,
    pub assignee_id: Option<u64>,
    pub assignee_agent_bot_id: Option<u64>,
    pub team_id: Option<u64>,
    pub contact_id: u64,
    pub contact_inbox_id: u64,
    pub uuid: String,
    pub additional_attributes: Value,
    pub custom_attributes: Value,
    /// acts_as_taggable `label_list`, in the order labels were added.
    pub labels: Vec<String>,
    pub priority: Option<Priority>,
    pub snoozed_until: Option<Millis>,
    pub waiting_since: Option<Millis>,
    pub first_reply_created_at: Option<Millis>,
    pub agent_last_seen_at: Option<Millis>,
    pub assignee_last_seen_at: Option<Millis>,
    pub contact_last_seen_at: Option<Millis>,
    pub last_activity_at: Millis,
    pub created_at: Millis,
    pub updated_at: Millis,
}

/// `Message.message_types`; the integer is what REST views and push data show.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum MessageType {
    Incoming = 0,
    Outgoing = 1,
    Activity = 2,
    Template = 3,
}

impl MessageType {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            MessageType::Incoming => "incoming",
            MessageType::Outgoing => "outgoing",
            MessageType::Activity => "activity",
            MessageType::Template => "template",
        }
    }

    pub(crate) fn parse(v: &Value) -> Option<MessageType> {
        const ALL: [MessageType; 4] = [
            MessageType::Incoming,
            MessageType::Outgoing,
            MessageType::Activity,
            MessageType::Template,
        ];
        match v {
            Value::String(s) => ALL.into_iter().find(|t| t.as_str() == s),
            Value::Number(n) => n
                .as_u64()
                .and_then(|i| ALL.get(usize::try_from(i).ok()?).copied()),
            _ => None,
        }
    }

    /// `MessageFilterHelpers#webhook_sendable?`: activity messages never leave.
    pub(crate) fn webhook_sendable(self) -> bool {
        self != MessageType::Activity
    }
}

/// `Message.content_types`, in enum order.
pub(crate) const CONTENT_TYPES: [&str; 13] = [
    "text",
    "input_text",
    "input_textarea",
    "input_email",
    "input_select",
    "cards",
    "form",
    "article",
    "incoming_email",
    "input_csat",
    "integrations",
    "sticker",
    "voice_call",
];

/// `Message.statuses`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum MessageStatus {
    Sent,
    Delivered,
    Read,
    Failed,
}

impl MessageStatus {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            MessageStatus::Sent => "sent",
            MessageStatus::Delivered => "delivered",
            MessageStatus::Read => "read",
            MessageStatus::Failed => "failed",
        }
    }

    /// `Message.statuses.key?(status)`: names only.
    pub(crate) fn parse(s: &str) -> Option<MessageStatus> {
        [
            MessageStatus::Sent,
            MessageStatus::Delivered,
            MessageStatus::Read,
            MessageStatus::Failed,
        ]
        .into_iter()
        .find(|st| st.as_str() == s)
    }
}

/// Polymorphic `messages.sender`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Sender {
    User(u64),
    AgentBot(u64),
    Contact(u64),
}

impl Sender {
    pub(crate) fn type_name(self) -> &'static str {
        match self {
            Sender::User(_) => "User",
            Sender::AgentBot(_) => "AgentBot",
            Sender::Contact(_) => "Contact",
        }
    }

    pub(crate) fn id(self) -> u64 {
        match self {
            Sender::User(id) | Sender::AgentBot(id) | Sender::Contact(id) => id,
        }
    }
}

#[derive(Clone)]
pub(crate) struct Message {
    pub id: u64,
    pub account_id: u64,
    pub inbox_id: u64,
    /// The conversation's database id (not its display id).
    pub conversation_id: u64,
    pub message_type: MessageType,
    pub content: Option<String>,
    pub private: bool,
    pub status: MessageStatus,
    pub source_id: Option<String>,
    pub content_type: &'static str,
    /// Always an object (the store's coder turns nil into `{}`).
    pub content_attributes: Value,
    pub sender: Option<Sender>,
    pub additional_attributes: Value,
    pub processed_message_content: Option<String>,
    /// `attr_accessor :echo_id`: only the creating request and its events see it.
    pub echo_id: Option<String>,
    pub created_at: Millis,
    pub updated_at: Millis,
}

/// An uploaded file, kept in memory and served under `/rails/active_storage/...`.
#[derive(Clone)]
pub(crate) struct Attachment {
    pub id: u64,
    pub message_id: u64,
    pub account_id: u64,
    /// `Attachment.file_types` name (image, audio, video or file for uploads).
    pub file_type: &'static str,
    pub extension: Option<String>,
    pub content_type: String,
    pub filename: String,
    /// Stands in for ActiveStorage's signed blob id in the URL.
    pub key: String,
    /// Absolute URL prefix (scheme and host) the file is served from.
    pub base_url: String,
    pub data: Bytes,
}

impl Attachment {
    pub(crate) fn data_url(&self) -> String {
        format!(
            "{}/rails/active_storage/blobs/redirect/{}/{}",
            self.base_url,
            self.key,
            url::form_urlencoded::byte_serialize(self.filename.as_bytes()).collect::<String>()
        )
    }
}

/// Account-level switches and installation settings that change behaviour.
#[derive(Clone, Copy, Default)]
pub(crate) struct Settings {
    /// `accounts.settings.keep_pending_on_bot_failure`.
    pub keep_pending_on_bot_failure: bool,
    /// `ENABLE_INBOX_EVENTS`: inbox_created/inbox_updated are only dispatched when set.
    pub inbox_events: bool,
}

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
    pub labels: BTreeMap<u64, Label>,
    pub canned_responses: BTreeMap<u64, CannedResponse>,
    pub teams: BTreeMap<u64, Team>,
    /// `team_members`: (team id, user id).
    pub team_members: BTreeSet<(u64, u64)>,
    pub contacts: BTreeMap<u64, Contact>,
    pub contact_inboxes: BTreeMap<u64, ContactInbox>,
    pub conversations: BTreeMap<u64, Conversation>,
    pub messages: BTreeMap<u64, Message>,
    pub attachments: BTreeMap<u64, Attachment>,
    /// Bytes held by `attachments`, to cap the sandbox's memory.
    pub attachment_bytes: usize,
    pub settings: Settings,
    /// Per-table id sequences. Like Postgres sequences they never roll back.
    sequences: HashMap<&'static str, u64>,
    /// Per-account conversation display id sequences.
    display_ids: HashMap<u64, u64>,
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
            labels: BTreeMap::new(),
            canned_responses: BTreeMap::new(),
            teams: BTreeMap::new(),
            team_members: BTreeSet::new(),
            contacts: BTreeMap::new(),
            contact_inboxes: BTreeMap::new(),
            conversations: BTreeMap::new(),
            messages: BTreeMap::new(),
            attachments: BTreeMap::new(),
            attachment_bytes: 0,
            settings: Settings {
                keep_pending_on_bot_failure: config.keep_pending_on_bot_failure,
                inbox_events: config.inbox_events,
            },
            sequences: HashMap::new(),
            display_ids: HashMap::new(),
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
        // One team so assignments by team work; the agent (user 2) is its member.
        let team_id = db.next_id("teams");
        db.teams.insert(
            team_id,
            Team {
                id: team_id,
                account_id: config.account_id,
                name: "support".into(),
                description: Some("Seeded by the sandbox".into()),
                allow_auto_assign: true,
                created_at: t,
                updated_at: t,
            },
        );
        db.team_members.insert((team_id, 2));
        db
    }

    pub(crate) fn next_display_id(&mut self, account_id: u64) -> u64 {
        let n = self.display_ids.entry(account_id).or_insert(0);
        *n += 1;
        *n
    }

    /// `Current.account.conversations.find_by(display_id:)`.
    pub(crate) fn conversation_by_display_id(
        &self,
        account_id: u64,
        display_id: u64,
    ) -> Option<&Conversation> {
        self.conversations
            .values()
            .find(|c| c.account_id == account_id && c.display_id == display_id)
    }

    /// Messages of a conversation in creation order (the model's default scope).
    pub(crate) fn messages_of(
        &self,
        conversation_id: u64,
    ) -> impl DoubleEndedIterator<Item = &Message> + '_ {
        self.messages
            .values()
            .filter(move |m| m.conversation_id == conversation_id)
    }

    pub(crate) fn attachments_of(&self, message_id: u64) -> impl Iterator<Item = &Attachment> + '_ {
        self.attachments
            .values()
            .filter(move |a| a.message_id == message_id)
    }

    /// `Inbox#active_bot?` (the sandbox has no Dialogflow hooks).
    pub(crate) fn inbox_has_active_bot(&self, inbox_id: u64) -> bool {
        self.agent_bot_inboxes
            .get(&inbox_id)
            .is_some_and(|l| l.active && self.agent_bots.contains_key(&l.agent_bot_id))
    }

    pub(crate) fn role_in(&self, account_id: u64, user_id: u64) -> Option<Role> {
        self.account_user(account_id, user_id).map(|au| au.role)
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
        // `dependent: :nullify` on assigned conversations and sent messages.
        for c in self.conversations.values_mut() {
            if c.assignee_agent_bot_id == Some(bot_id) {
                c.assignee_agent_bot_id = None;
            }
        }
        for m in self.messages.values_mut() {
            if m.sender == Some(Sender::AgentBot(bot_id)) {
                m.sender = None;
            }
        }
    }

    /// Deletes an inbox's conversations, messages, attachments and contact inboxes
    /// (Chatwoot's `dependent: :destroy_async`, done at once).
    pub(crate) fn destroy_inbox_records(&mut self, inbox_id: u64) {
        let conversations: BTreeSet<u64> = self
            .conversations
            .values()
            .filter(|c| c.inbox_id == inbox_id)
            .map(|c| c.id)
            .collect();
        let messages: BTreeSet<u64> = self
            .messages
            .values()
            .filter(|m| conversations.contains(&m.conversation_id))
            .map(|m| m.id)
            .collect();
        let mut freed = 0;
        self.attachments.retain(|_, a| {
            let keep = !messages.contains(&a.message_id);
            if !keep {
                freed += a.data.len();
            }
            keep
        });
        self.attachment_bytes = self.attachment_bytes.saturating_sub(freed);
        self.messages.retain(|id, _| !messages.contains(id));
        self.conversations
            .retain(|id, _| !conversations.contains(id));
        self.contact_inboxes.retain(|_, ci| ci.inbox_id != inbox_id);
    }
}
