//! In-memory tables. Rows mirror Chatwoot's database columns (nullable columns are
//! `Option`s) so the renderers can follow the jbuilder views field by field.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use axum::body::Bytes;

use rand::Rng;
use serde_json::{json, Map, Value};

use super::table::{plain_rows, Id, Row, Sequence, Table};
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

pub(crate) type AccountId = Id<Account>;
pub(crate) type UserId = Id<User>;
pub(crate) type PlatformAppId = Id<PlatformApp>;
pub(crate) type InboxId = Id<Inbox>;
pub(crate) type AgentBotId = Id<AgentBot>;
pub(crate) type TeamId = Id<Team>;
pub(crate) type ContactId = Id<Contact>;
pub(crate) type ContactInboxId = Id<ContactInbox>;
pub(crate) type ConversationId = Id<Conversation>;
pub(crate) type MessageId = Id<Message>;

pub(crate) struct Account {
    pub name: String,
    pub created_at: Millis,
}

/// A `platform_apps` row (the sandbox keeps only its id).
pub(crate) struct PlatformApp;

pub(crate) struct User {
    pub id: UserId,
    pub name: String,
    pub email: String,
    pub pubsub_token: String,
}

pub(crate) struct AccountUser {
    pub account_id: AccountId,
    pub user_id: UserId,
    pub role: Role,
    pub active_at: Option<Millis>,
}

/// Polymorphic owner of an access token, as in Chatwoot's `access_tokens` table.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Owner {
    User(UserId),
    AgentBot(AgentBotId),
    PlatformApp(PlatformAppId),
}

pub(crate) struct AccessToken {
    pub id: Id<AccessToken>,
    pub owner: Owner,
    pub token: String,
    pub created_at: Millis,
    pub updated_at: Millis,
}

/// `channel_api` row; every sandbox inbox is an API inbox.
#[derive(Clone, Default)]
pub(crate) struct ApiChannel {
    pub id: Id<ApiChannel>,
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
    pub id: InboxId,
    pub account_id: AccountId,
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
    pub(crate) fn new(account_id: AccountId, channel: ApiChannel) -> Inbox {
        let t = now();
        Inbox {
            id: Id::default(),
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
    pub id: AgentBotId,
    pub name: Option<String>,
    pub description: Option<String>,
    pub outgoing_url: Option<String>,
    /// `None` when a client explicitly nulled the enum.
    pub bot_type: Option<&'static str>,
    pub bot_config: Value,
    /// `None` = global ("system") bot, usable by every account.
    pub account_id: Option<AccountId>,
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

    pub(crate) fn new(account_id: Option<AccountId>) -> AgentBot {
        let t = now();
        AgentBot {
            id: Id::default(),
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
    pub agent_bot_id: AgentBotId,
    pub account_id: AccountId,
    /// `status` (always active through the API); new conversations start `pending`
    /// in an inbox with an active bot.
    pub active: bool,
}

#[derive(Clone)]
pub(crate) struct Webhook {
    pub id: Id<Webhook>,
    pub account_id: AccountId,
    pub inbox_id: Option<i64>,
    pub url: Option<String>,
    pub name: Option<String>,
    pub subscriptions: Value,
    pub secret: String,
}

/// A `labels` row; the title is stored lower-cased, unique per account.
#[derive(Clone)]
pub(crate) struct Label {
    pub id: Id<Label>,
    pub account_id: AccountId,
    pub title: Option<String>,
    pub description: Option<String>,
    pub color: String,
    pub show_on_sidebar: Option<bool>,
}

/// A `canned_responses` row; `short_code` is unique per account.
#[derive(Clone)]
pub(crate) struct CannedResponse {
    pub id: Id<CannedResponse>,
    pub account_id: AccountId,
    pub short_code: Option<String>,
    pub content: Option<String>,
    pub created_at: Millis,
    pub updated_at: Millis,
}

/// A row of a table scoped to one account (`Current.account.<things>`).
pub(crate) trait AccountRow {
    /// The owning account; `None` for rows every account may use (global bots).
    fn account(&self) -> Option<AccountId>;
}

macro_rules! account_rows {
    ($($row:ty),*) => {$(
        impl AccountRow for $row {
            fn account(&self) -> Option<AccountId> {
                Some(self.account_id)
            }
        }
    )*};
}
account_rows!(Inbox, Webhook, Label, CannedResponse, Team, Contact);

impl AccountRow for AgentBot {
    fn account(&self) -> Option<AccountId> {
        self.account_id
    }
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
    pub id: TeamId,
    pub account_id: AccountId,
    pub name: String,
    pub description: Option<String>,
    pub allow_auto_assign: bool,
    pub created_at: Millis,
    pub updated_at: Millis,
}

/// `contacts` row (columns the sandbox can change; the rest render as constants).
#[derive(Clone)]
pub(crate) struct Contact {
    pub id: ContactId,
    pub account_id: AccountId,
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
    pub id: ContactInboxId,
    pub contact_id: ContactId,
    pub inbox_id: InboxId,
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
    pub id: ConversationId,
    pub account_id: AccountId,
    pub inbox_id: InboxId,
    /// Per-account sequence (`conv_dpid_seq_<account>`); what every path and payload calls `id`.
    pub display_id: u64,
    pub status: Status,
    pub assignee_id: Option<UserId>,
    pub assignee_agent_bot_id: Option<AgentBotId>,
    pub team_id: Option<TeamId>,
    pub contact_id: ContactId,
    pub contact_inbox_id: ContactInboxId,
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
    User(UserId),
    AgentBot(AgentBotId),
    Contact(ContactId),
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
            Sender::User(id) => id.get(),
            Sender::AgentBot(id) => id.get(),
            Sender::Contact(id) => id.get(),
        }
    }
}

#[derive(Clone)]
pub(crate) struct Message {
    pub id: MessageId,
    pub account_id: AccountId,
    pub inbox_id: InboxId,
    /// The conversation's database id (not its display id).
    pub conversation_id: ConversationId,
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
    pub id: Id<Attachment>,
    pub message_id: MessageId,
    pub account_id: AccountId,
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

impl Row for AccessToken {
    type Key = String;
    /// `AccessToken.find_by(token:)` on every request.
    fn key(&self) -> Option<String> {
        Some(self.token.clone())
    }
}

impl Row for ContactInbox {
    type Key = (InboxId, String);
    /// `ContactInbox.find_by(inbox:, source_id:)`.
    fn key(&self) -> Option<Self::Key> {
        Some((self.inbox_id, self.source_id.clone()))
    }
}

impl Row for Conversation {
    type Key = (AccountId, u64);
    /// `account.conversations.find_by(display_id:)`: every conversation route.
    fn key(&self) -> Option<Self::Key> {
        Some((self.account_id, self.display_id))
    }
}

impl Row for Message {
    type Key = ConversationId;
    /// `conversation.messages`.
    fn key(&self) -> Option<ConversationId> {
        Some(self.conversation_id)
    }
}

impl Row for Attachment {
    type Key = MessageId;
    /// `message.attachments`.
    fn key(&self) -> Option<MessageId> {
        Some(self.message_id)
    }
}

plain_rows!(
    Account,
    User,
    Inbox,
    AgentBot,
    Webhook,
    Label,
    CannedResponse,
    Team,
    Contact
);

/// Every table of the sandbox. Guarded by one mutex in `Sandbox`; handlers never
/// hold it across an await, and change it only through `Sandbox::write`.
///
/// Each `Table` owns its id sequence (like Postgres sequences they never roll back) and
/// its index; see `table.rs`.
pub(crate) struct Db {
    pub accounts: Table<Account>,
    pub users: Table<User>,
    /// Keyed by (account, user): `account.account_users.find_by(user:)`.
    pub account_users: BTreeMap<(AccountId, UserId), AccountUser>,
    pub access_tokens: Table<AccessToken>,
    pub platform_apps: BTreeSet<PlatformAppId>,
    platform_app_ids: Sequence<PlatformApp>,
    /// `platform_app_permissibles` for agent bots: (platform app id, bot id), in insertion order.
    pub permissibles: Vec<(PlatformAppId, AgentBotId)>,
    pub inboxes: Table<Inbox>,
    /// The `channel_api` sequence (channels live inside their inbox rows).
    pub channel_ids: Sequence<ApiChannel>,
    /// `inbox_members`: (inbox id, user id).
    pub inbox_members: BTreeSet<(InboxId, UserId)>,
    pub agent_bots: Table<AgentBot>,
    /// Keyed by inbox id: Chatwoot allows one bot per inbox.
    pub agent_bot_inboxes: BTreeMap<InboxId, AgentBotInbox>,
    pub webhooks: Table<Webhook>,
    pub labels: Table<Label>,
    pub canned_responses: Table<CannedResponse>,
    pub teams: Table<Team>,
    /// `team_members`: (team id, user id).
    pub team_members: BTreeSet<(TeamId, UserId)>,
    pub contacts: Table<Contact>,
    pub contact_inboxes: Table<ContactInbox>,
    pub conversations: Table<Conversation>,
    pub messages: Table<Message>,
    pub attachments: Table<Attachment>,
    /// Bytes held by `attachments`, to cap the sandbox's memory.
    pub attachment_bytes: usize,
    pub settings: Settings,
    /// Per-account conversation display id sequences (`conv_dpid_seq_<account>`).
    display_ids: HashMap<AccountId, u64>,
}

impl Db {
    pub(crate) fn new(config: &SandboxConfig) -> Db {
        let t = now();
        let account_id = Id::new(config.account_id);
        let mut db = Db {
            accounts: Table::default(),
            users: Table::default(),
            account_users: BTreeMap::new(),
            access_tokens: Table::default(),
            platform_apps: BTreeSet::new(),
            platform_app_ids: Sequence::default(),
            permissibles: Vec::new(),
            inboxes: Table::default(),
            channel_ids: Sequence::default(),
            inbox_members: BTreeSet::new(),
            agent_bots: Table::default(),
            agent_bot_inboxes: BTreeMap::new(),
            webhooks: Table::default(),
            labels: Table::default(),
            canned_responses: Table::default(),
            teams: Table::default(),
            team_members: BTreeSet::new(),
            contacts: Table::default(),
            contact_inboxes: Table::default(),
            conversations: Table::default(),
            messages: Table::default(),
            attachments: Table::default(),
            attachment_bytes: 0,
            settings: Settings {
                keep_pending_on_bot_failure: config.keep_pending_on_bot_failure,
                inbox_events: config.inbox_events,
            },
            display_ids: HashMap::new(),
        };
        db.add_account(account_id, &config.account_name);
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
        let mut agent = None;
        for (name, email, role, token) in users {
            let id = db.users.next_id();
            db.users.insert(
                id,
                User {
                    id,
                    name: name.into(),
                    email: email.into(),
                    pubsub_token: secure_token(),
                },
            );
            db.account_users.insert(
                (account_id, id),
                AccountUser {
                    account_id,
                    user_id: id,
                    role,
                    active_at: Some(t),
                },
            );
            db.insert_access_token(Owner::User(id), token.clone());
            agent = Some(id);
        }
        db.add_platform_app(config.platform_token.clone());
        // One team so assignments by team work; the agent (user 2) is its member.
        let team_id = db.teams.next_id();
        db.teams.insert(
            team_id,
            Team {
                id: team_id,
                account_id,
                name: "support".into(),
                description: Some("Seeded by the sandbox".into()),
                allow_auto_assign: true,
                created_at: t,
                updated_at: t,
            },
        );
        if let Some(agent) = agent {
            db.team_members.insert((team_id, agent));
        }
        db
    }

    pub(crate) fn next_display_id(&mut self, account_id: AccountId) -> u64 {
        let n = self.display_ids.entry(account_id).or_insert(0);
        *n += 1;
        *n
    }

    /// `Current.account.conversations.find_by(display_id:)`.
    pub(crate) fn conversation_by_display_id(
        &self,
        account_id: AccountId,
        display_id: u64,
    ) -> Option<&Conversation> {
        self.conversations.by_key(&(account_id, display_id)).next()
    }

    /// Messages of a conversation in creation order (the model's default scope).
    pub(crate) fn messages_of(
        &self,
        conversation_id: ConversationId,
    ) -> impl DoubleEndedIterator<Item = &Message> + '_ {
        self.messages.by_key(&conversation_id)
    }

    pub(crate) fn attachments_of(
        &self,
        message_id: MessageId,
    ) -> impl Iterator<Item = &Attachment> + '_ {
        self.attachments.by_key(&message_id)
    }

    /// Removes a message's attachments and gives their bytes back to the budget.
    pub(crate) fn remove_attachments_of(&mut self, message_id: MessageId) {
        let ids: Vec<_> = self.attachments_of(message_id).map(|a| a.id).collect();
        let freed: usize = ids
            .iter()
            .filter_map(|id| self.attachments.remove(id))
            .map(|a| a.data.len())
            .sum();
        self.attachment_bytes = self.attachment_bytes.saturating_sub(freed);
    }

    /// `ContactInbox.find_by(inbox:, source_id:)`.
    pub(crate) fn contact_inbox_by_source(
        &self,
        inbox_id: InboxId,
        source_id: &str,
    ) -> Option<&ContactInbox> {
        self.contact_inboxes
            .by_key(&(inbox_id, source_id.to_owned()))
            .next()
    }

    /// `Inbox#active_bot?` (the sandbox has no Dialogflow hooks).
    pub(crate) fn inbox_has_active_bot(&self, inbox_id: InboxId) -> bool {
        self.agent_bot_inboxes
            .get(&inbox_id)
            .is_some_and(|l| l.active && self.agent_bots.contains_key(&l.agent_bot_id))
    }

    pub(crate) fn role_in(&self, account_id: AccountId, user_id: UserId) -> Option<Role> {
        self.account_user(account_id, user_id).map(|au| au.role)
    }

    pub(crate) fn add_account(&mut self, id: AccountId, name: &str) {
        self.accounts.insert(
            id,
            Account {
                name: name.into(),
                created_at: now(),
            },
        );
    }

    pub(crate) fn add_platform_app(&mut self, token: String) -> PlatformAppId {
        let id = self.platform_app_ids.next();
        self.platform_apps.insert(id);
        self.insert_access_token(Owner::PlatformApp(id), token);
        id
    }

    pub(crate) fn insert_access_token(&mut self, owner: Owner, token: String) {
        let id = self.access_tokens.next_id();
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
            .by_key(&token.to_owned())
            .next()
            .map(|t| t.owner)
    }

    pub(crate) fn access_token_of(&self, owner: Owner) -> Option<&AccessToken> {
        self.access_tokens.values().find(|t| t.owner == owner)
    }

    pub(crate) fn regenerate_access_token(&mut self, owner: Owner) {
        let id = self.access_token_of(owner).map(|t| t.id);
        if let Some(mut t) = id.and_then(|id| self.access_tokens.get_mut(&id)) {
            t.token = secure_token();
            t.updated_at = now();
        }
    }

    pub(crate) fn account_user(
        &self,
        account_id: AccountId,
        user_id: UserId,
    ) -> Option<&AccountUser> {
        self.account_users.get(&(account_id, user_id))
    }

    /// `AgentBot.accessible_to(account)`: the account's own bots plus global ones.
    pub(crate) fn bot_accessible_to(
        &self,
        bot_id: AgentBotId,
        account_id: AccountId,
    ) -> Option<&AgentBot> {
        self.agent_bots
            .get(&bot_id)
            .filter(|b| b.account_id.is_none() || b.account_id == Some(account_id))
    }

    /// Deletes a bot with what Chatwoot destroys alongside it (token, inbox links, permissibles).
    pub(crate) fn destroy_agent_bot(&mut self, bot_id: AgentBotId) {
        self.agent_bots.remove(&bot_id);
        self.access_tokens
            .retain(|_, t| t.owner != Owner::AgentBot(bot_id));
        self.agent_bot_inboxes
            .retain(|_, l| l.agent_bot_id != bot_id);
        self.permissibles.retain(|&(_, b)| b != bot_id);
        // `dependent: :nullify` on assigned conversations and sent messages.
        self.conversations.update_all(|c| {
            if c.assignee_agent_bot_id == Some(bot_id) {
                c.assignee_agent_bot_id = None;
            }
        });
        self.messages.update_all(|m| {
            if m.sender == Some(Sender::AgentBot(bot_id)) {
                m.sender = None;
            }
        });
    }

    /// Deletes an inbox's conversations, messages, attachments and contact inboxes
    /// (Chatwoot's `dependent: :destroy_async`, done at once).
    pub(crate) fn destroy_inbox_records(&mut self, inbox_id: InboxId) {
        let conversations: BTreeSet<ConversationId> = self
            .conversations
            .values()
            .filter(|c| c.inbox_id == inbox_id)
            .map(|c| c.id)
            .collect();
        let messages: BTreeSet<MessageId> = conversations
            .iter()
            .flat_map(|c| self.messages_of(*c).map(|m| m.id))
            .collect();
        for m in &messages {
            self.remove_attachments_of(*m);
        }
        self.messages.retain(|id, _| !messages.contains(id));
        self.conversations
            .retain(|id, _| !conversations.contains(id));
        self.contact_inboxes.retain(|_, ci| ci.inbox_id != inbox_id);
    }

    /// Whether every table's index agrees with its rows (for tests).
    #[cfg(test)]
    pub(crate) fn indexes_agree(&self) -> bool {
        self.access_tokens.index_agrees()
            && self.contact_inboxes.index_agrees()
            && self.conversations.index_agrees()
            && self.messages.index_agrees()
            && self.attachments.index_agrees()
    }
}
