//! Model callbacks: what Chatwoot's Conversation, Message and Contact models do after a
//! save (status rules, waiting_since and first-reply bookkeeping, activity messages, and
//! the events each change dispatches). Handlers mutate through these functions so the
//! side effects stay the same whichever API made the change.

use serde_json::{json, Map, Value};

use super::events::{
    changed_attributes, Outbox, CONTACT_UPDATED, CONVERSATION_OPENED, CONVERSATION_RESOLVED,
    CONVERSATION_STATUS_CHANGED, CONVERSATION_UPDATED, MESSAGE_CREATED, MESSAGE_UPDATED,
};
use super::params::blank;
use super::state::{
    iso, now, secure_token, Attachment, Contact, Conversation, Db, Message, MessageStatus,
    MessageType, Millis, Sender, Status,
};
use super::state::{AgentBotId, ContactId, ConversationId, InboxId, MessageId, TeamId, UserId};
use super::table::Id;

/// `Current.user` / `Current.contact` of the request making a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Actor {
    User(UserId),
    Bot(AgentBotId),
    /// The public API's `Current.contact` (set only when a contact resolves).
    Contact(ContactId),
    /// Background work and public requests: no `Current.user`.
    Nobody,
}

impl Actor {
    /// `Current.user&.name`.
    fn name(self, db: &Db) -> Option<String> {
        match self {
            Actor::User(id) => db.users.get(&id).map(|u| u.name.clone()),
            Actor::Bot(id) => db.agent_bots.get(&id).and_then(|b| b.name.clone()),
            Actor::Contact(_) | Actor::Nobody => None,
        }
    }

    /// The sender of an outgoing message created by this actor.
    pub(crate) fn as_sender(self) -> Option<Sender> {
        match self {
            Actor::User(id) => Some(Sender::User(id)),
            Actor::Bot(id) => Some(Sender::AgentBot(id)),
            Actor::Contact(id) => Some(Sender::Contact(id)),
            Actor::Nobody => None,
        }
    }
}

/// `Message#prevent_message_flooding` (`CONVERSATION_MESSAGE_PER_MINUTE_LIMIT`).
const MESSAGES_PER_MINUTE: usize = 200;
const CONTENT_MAX: usize = 150_000;

/// `conversation#list_of_keys` (+ enterprise's `sla_policy_id`): only changes to these
/// fire conversation_updated.
const UPDATE_KEYS: [&str; 10] = [
    "team_id",
    "assignee_id",
    "assignee_agent_bot_id",
    "status",
    "snoozed_until",
    "custom_attributes",
    "label_list",
    "waiting_since",
    "first_reply_created_at",
    "priority",
];

fn iso_opt(t: Option<Millis>) -> Value {
    t.map_or(Value::Null, |t| Value::String(iso(t)))
}

/// The tracked columns in table order (ActiveModel lists changes in attribute order);
/// `label_list` is acts_as_taggable's virtual attribute and comes last.
fn conversation_columns(c: &Conversation) -> Vec<(&'static str, Value)> {
    let cached = (!c.labels.is_empty()).then(|| c.labels.join(", "));
    vec![
        ("status", c.status.as_str().into()),
        ("assignee_id", json!(c.assignee_id)),
        ("updated_at", iso(c.updated_at).into()),
        ("contact_last_seen_at", iso_opt(c.contact_last_seen_at)),
        ("agent_last_seen_at", iso_opt(c.agent_last_seen_at)),
        ("additional_attributes", c.additional_attributes.clone()),
        ("team_id", json!(c.team_id)),
        ("snoozed_until", iso_opt(c.snoozed_until)),
        ("custom_attributes", c.custom_attributes.clone()),
        ("assignee_last_seen_at", iso_opt(c.assignee_last_seen_at)),
        ("first_reply_created_at", iso_opt(c.first_reply_created_at)),
        ("priority", json!(c.priority.map(|p| p.as_str()))),
        ("waiting_since", iso_opt(c.waiting_since)),
        ("cached_label_list", json!(cached)),
        ("assignee_agent_bot_id", json!(c.assignee_agent_bot_id)),
        ("label_list", json!(c.labels)),
    ]
}

type Changes = Vec<(&'static str, Value, Value)>;

fn diff(before: Vec<(&'static str, Value)>, after: Vec<(&'static str, Value)>) -> Changes {
    before
        .into_iter()
        .zip(after)
        .filter(|((_, b), (_, a))| a != b)
        .map(|((k, b), (_, a))| (k, b, a))
        .collect()
}

/// Options of one conversation save.
#[derive(Clone, Copy)]
pub(crate) struct Save {
    pub actor: Actor,
    /// `Current.executed_by` is the contact whose message reopened the conversation.
    pub reopened_by_contact: bool,
}

impl Save {
    pub(crate) fn by(actor: Actor) -> Save {
        Save {
            actor,
            reopened_by_contact: false,
        }
    }
}

/// `conversation.save`: writes `after` when something changed, then runs the
/// after-update callbacks (events and activity messages). Returns whether it saved.
pub(crate) fn save_conversation(
    db: &mut Db,
    out: &mut Outbox,
    save: Save,
    mut after: Conversation,
) -> bool {
    let Some(before) = db.conversations.get(&after.id).cloned() else {
        return false;
    };
    // `ensure_snooze_until_reset`
    if after.status != Status::Snoozed {
        after.snoozed_until = None;
    }
    // `reset_agent_bot_when_assignee_present`
    if after.assignee_id.is_some() {
        after.assignee_agent_bot_id = None;
    }
    // `ensure_assignee_is_from_team`: a team change drops an assignee outside the team.
    if after.team_id != before.team_id {
        if let (Some(team), Some(user)) = (after.team_id, after.assignee_id) {
            if !db.team_members.contains(&(team, user)) {
                after.assignee_id = None;
            }
        }
    }
    if diff(conversation_columns(&before), conversation_columns(&after)).is_empty() {
        return false;
    }
    after.updated_at = now().max(before.updated_at + 1);
    let changes = diff(conversation_columns(&before), conversation_columns(&after));
    let id = after.id;
    db.conversations.insert(id, after);
    after_update(db, out, save, &before, &changes);
    true
}

/// `Conversation#execute_after_update_commit_callbacks` and the assignment callbacks.
fn after_update(
    db: &mut Db,
    out: &mut Outbox,
    save: Save,
    before: &Conversation,
    changes: &Changes,
) {
    let id = before.id;
    let Some(conv) = db.conversations.get(&id).cloned() else {
        return;
    };
    let status_changed = conv.status != before.status;
    // `handle_resolved_status_change` (update_column: no callbacks, no updated_at).
    if status_changed && conv.status == Status::Resolved {
        if let Some(mut c) = db.conversations.get_mut(&id) {
            c.waiting_since = None;
        }
    }
    if status_changed {
        if conv.status == Status::Open {
            out.conversation(db, id, CONVERSATION_OPENED, None);
        }
        if conv.status == Status::Resolved {
            out.conversation(db, id, CONVERSATION_RESOLVED, None);
        }
        // The model passes `status_change`, which Rails has cleared after the save.
        out.conversation(db, id, CONVERSATION_STATUS_CHANGED, Some(Value::Null));
    }
    if changes.iter().any(|(k, _, _)| UPDATE_KEYS.contains(k)) {
        out.conversation(
            db,
            id,
            CONVERSATION_UPDATED,
            Some(changed_attributes(changes)),
        );
    }

    // Activity messages come from a job, so they follow the events.
    let user_name = save.actor.name(db);
    if status_changed {
        if let Some(content) = status_activity(db, save, &conv, user_name.as_deref()) {
            create_activity(db, id, content);
        }
    }
    if conv.priority != before.priority {
        let name = user_name.clone().unwrap_or_default();
        let content = match (before.priority, conv.priority) {
            (Some(old), Some(new)) => Some(format!(
                "{name} changed the priority from {} to {}",
                old.as_str(),
                new.as_str()
            )),
            (None, Some(new)) => Some(format!("{name} set the priority to {}", new.as_str())),
            (Some(_), None) => Some(format!("{name} removed the priority")),
            (None, None) => None,
        };
        if let Some(content) = content {
            create_activity(db, id, content);
        }
    }
    if conv.labels != before.labels {
        if let Some(name) = &user_name {
            let added: Vec<&str> = conv
                .labels
                .iter()
                .filter(|l| !before.labels.contains(l))
                .map(String::as_str)
                .collect();
            let removed: Vec<&str> = before
                .labels
                .iter()
                .filter(|l| !conv.labels.contains(l))
                .map(String::as_str)
                .collect();
            if !added.is_empty() {
                create_activity(db, id, format!("{name} added {}", added.join(", ")));
            }
            if !removed.is_empty() {
                create_activity(db, id, format!("{name} removed {}", removed.join(", ")));
            }
        }
    }
    assignment_activity(db, save.actor, id, before.team_id, before.assignee_id);
}

/// `process_assignment_activities` (after create and update): a team change wins over
/// an assignee change; nothing without a `Current.user`.
pub(crate) fn assignment_activity(
    db: &mut Db,
    actor: Actor,
    conversation_id: ConversationId,
    team_before: Option<TeamId>,
    assignee_before: Option<UserId>,
) {
    let (Some(name), Some(conv)) = (actor.name(db), db.conversations.get(&conversation_id)) else {
        return;
    };
    let team_name = |team: Option<TeamId>| {
        team.and_then(|t| db.teams.get(&t))
            .map(|t| t.name.clone())
            .unwrap_or_default()
    };
    let assignee_name = conv
        .assignee_id
        .and_then(|u| db.users.get(&u))
        .map(|u| u.name.clone());
    let content = if conv.team_id != team_before {
        Some(match conv.team_id.filter(|t| db.teams.contains_key(t)) {
            Some(_) if conv.assignee_id != assignee_before && assignee_name.is_some() => format!(
                "Assigned to {} via {} by {name}",
                assignee_name.clone().unwrap_or_default(),
                team_name(conv.team_id)
            ),
            Some(_) => format!("Assigned to {} by {name}", team_name(conv.team_id)),
            None => format!("Unassigned from {} by {name}", team_name(team_before)),
        })
    } else if conv.assignee_id != assignee_before {
        Some(match conv.assignee_id {
            Some(user) if actor == Actor::User(user) => {
                format!("{name} self-assigned this conversation")
            }
            Some(_) => format!(
                "Assigned to {} by {name}",
                assignee_name.unwrap_or_default()
            ),
            None => format!("Conversation unassigned by {name}"),
        })
    } else {
        None
    };
    if let Some(content) = content {
        create_activity(db, conversation_id, content);
    }
}

/// `ActivityMessageHandler#status_change_activity`.
fn status_activity(
    db: &Db,
    save: Save,
    conv: &Conversation,
    user_name: Option<&str>,
) -> Option<String> {
    if save.reopened_by_contact {
        return Some("System reopened the conversation due to a new incoming message.".into());
    }
    if let Some(name) = user_name {
        return Some(match conv.status {
            Status::Resolved => format!("Conversation was marked resolved by {name}"),
            Status::Open => format!("Conversation was reopened by {name}"),
            Status::Pending => format!("Conversation was marked as pending by {name}"),
            Status::Snoozed => format!("Conversation was snoozed by {name}"),
        });
    }
    if conv.status != Status::Resolved {
        return None;
    }
    if let Actor::Contact(id) = save.actor {
        let name = db
            .contacts
            .get(&id)
            .map(|c| capitalize(&c.name))
            .unwrap_or_default();
        return Some(format!("Conversation was resolved by {name}"));
    }
    // Auto-resolution wording with the account's `auto_resolve_after` (unset: 0).
    Some("Conversation was marked resolved by system due to 0 minutes of inactivity".into())
}

/// Ruby's `String#capitalize`.
fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| {
            c.to_uppercase()
                .chain(chars.flat_map(char::to_lowercase))
                .collect()
        })
        .unwrap_or_default()
}

/// `Conversations::ActivityMessageJob`: an activity message (never sent to webhooks)
/// that still moves `last_activity_at`.
pub(crate) fn create_activity(db: &mut Db, conversation_id: ConversationId, content: String) {
    let Some(conv) = db.conversations.get(&conversation_id) else {
        return;
    };
    let (account_id, inbox_id) = (conv.account_id, conv.inbox_id);
    let id = db.messages.next_id();
    let t = now();
    db.messages.insert(
        id,
        Message {
            id,
            account_id,
            inbox_id,
            conversation_id,
            message_type: MessageType::Activity,
            processed_message_content: Some(content.clone()),
            content: Some(content),
            private: false,
            status: MessageStatus::Sent,
            source_id: None,
            content_type: "text",
            content_attributes: json!({}),
            sender: None,
            additional_attributes: json!({}),
            echo_id: None,
            created_at: t,
            updated_at: t,
        },
    );
    touch_activity(db, conversation_id, t);
}

/// `set_conversation_activity` (update_columns: no events). Activity messages are
/// written synchronously here but by a later job in Chatwoot, so the time never goes
/// back (the job's message would be the newest).
fn touch_activity(db: &mut Db, conversation_id: ConversationId, at: Millis) {
    if let Some(mut c) = db.conversations.get_mut(&conversation_id) {
        c.last_activity_at = c.last_activity_at.max(at);
        c.updated_at = now().max(c.updated_at + 1);
    }
}

/// Changes the status the way `conversation.update(status:)` / `open!` / `pending!` do.
pub(crate) fn set_status(
    db: &mut Db,
    out: &mut Outbox,
    save: Save,
    conversation_id: ConversationId,
    status: Status,
) -> bool {
    let Some(mut c) = db.conversations.get(&conversation_id).cloned() else {
        return false;
    };
    c.status = status;
    save_conversation(db, out, save, c)
}

/// `Conversation#bot_handoff!`: stamp waiting_since if blank, then open.
pub(crate) fn bot_handoff(
    db: &mut Db,
    out: &mut Outbox,
    actor: Actor,
    conversation_id: ConversationId,
) {
    if let Some(mut c) = db.conversations.get(&conversation_id).cloned() {
        if c.waiting_since.is_none() {
            c.waiting_since = Some(now());
            save_conversation(db, out, Save::by(actor), c);
        }
    }
    set_status(db, out, Save::by(actor), conversation_id, Status::Open);
}

/// A message as a request asks for it; `insert_message` validates and stores it.
pub(crate) struct NewMessage {
    pub message_type: MessageType,
    pub content: Option<String>,
    pub private: bool,
    pub content_type: &'static str,
    pub content_attributes: Value,
    pub additional_attributes: Value,
    pub sender: Option<Sender>,
    pub source_id: Option<String>,
    pub uploads: Vec<super::params::Upload>,
    /// Scheme and host the attachments are served from.
    pub base_url: String,
}

/// A failed message validation: Rails' full messages and attribute names.
#[derive(Debug)]
pub(crate) struct Invalid {
    pub messages: Vec<String>,
    pub attributes: Vec<&'static str>,
}

impl Invalid {
    fn one(attribute: &'static str, message: &str) -> Invalid {
        Invalid {
            messages: vec![message.to_owned()],
            attributes: vec![attribute],
        }
    }

    /// `ActiveRecord::RecordInvalid#message`.
    pub(crate) fn record_invalid(&self) -> String {
        format!("Validation failed: {}", self.messages.join(", "))
    }
}

/// Per-file and total limits for attachments kept in memory.
pub(crate) const MAX_ATTACHMENT_BYTES: usize = 40 * 1024 * 1024;
const MAX_TOTAL_ATTACHMENT_BYTES: usize = 512 * 1024 * 1024;
/// `Message::NUMBER_OF_PERMITTED_ATTACHMENTS`.
pub(crate) const MAX_ATTACHMENTS: usize = 15;

/// `FileTypeHelper#file_type`.
fn file_type(content_type: &str) -> &'static str {
    const IMAGES: [&str; 7] = [
        "image/jpeg",
        "image/jpg",
        "image/png",
        "image/gif",
        "image/bmp",
        "image/webp",
        "image",
    ];
    const VIDEOS: [&str; 5] = [
        "video/ogg",
        "video/mp4",
        "video/webm",
        "video/quicktime",
        "video",
    ];
    if IMAGES.contains(&content_type) {
        "image"
    } else if VIDEOS.contains(&content_type) {
        "video"
    } else if content_type.contains("audio/") {
        "audio"
    } else {
        "file"
    }
}

/// Validates and stores a message with its attachments (no callbacks yet).
pub(crate) fn insert_message(
    db: &mut Db,
    conversation_id: ConversationId,
    nm: NewMessage,
) -> Result<MessageId, Invalid> {
    let conv = db
        .conversations
        .get(&conversation_id)
        .cloned()
        .ok_or_else(|| Invalid::one("conversation", "Conversation must exist"))?;
    let t = now();
    let recent = db
        .messages_of(conversation_id)
        .filter(|m| m.created_at >= t - 60_000)
        .count();
    if recent >= MESSAGES_PER_MINUTE {
        return Err(Invalid::one("base", "Too many messages"));
    }
    if nm
        .content
        .as_deref()
        .is_some_and(|c| c.chars().count() > CONTENT_MAX)
    {
        return Err(Invalid::one(
            "content",
            "Content is too long (maximum is 150000 characters)",
        ));
    }
    if nm.uploads.len() > MAX_ATTACHMENTS {
        return Err(Invalid::one(
            "attachments",
            "Attachments exceeded maximum allowed",
        ));
    }
    let total: usize = nm.uploads.iter().map(|u| u.data.len()).sum();
    if nm
        .uploads
        .iter()
        .any(|u| u.data.len() > MAX_ATTACHMENT_BYTES)
        || db.attachment_bytes + total > MAX_TOTAL_ATTACHMENT_BYTES
    {
        return Err(Invalid::one("attachments", "Attachments is invalid"));
    }
    let id = db.messages.next_id();
    let processed = nm
        .content
        .as_ref()
        .map(|c| c.chars().take(CONTENT_MAX).collect());
    db.messages.insert(
        id,
        Message {
            id,
            account_id: conv.account_id,
            inbox_id: conv.inbox_id,
            conversation_id,
            message_type: nm.message_type,
            content: nm.content,
            private: nm.private,
            status: MessageStatus::Sent,
            source_id: nm.source_id,
            content_type: nm.content_type,
            content_attributes: nm.content_attributes,
            sender: nm.sender,
            additional_attributes: nm.additional_attributes,
            processed_message_content: processed,
            // `echo_id` is an attr_accessor: never stored, so events never carry it.
            echo_id: None,
            created_at: t,
            updated_at: t,
        },
    );
    for upload in nm.uploads {
        let attachment_id = db.attachments.next_id();
        let content_type = upload
            .content_type
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| "application/octet-stream".into());
        let extension = std::path::Path::new(&upload.filename)
            .extension()
            .and_then(|e| e.to_str())
            .filter(|e| !e.is_empty())
            .map(str::to_owned);
        db.attachment_bytes += upload.data.len();
        db.attachments.insert(
            attachment_id,
            Attachment {
                id: attachment_id,
                message_id: id,
                account_id: conv.account_id,
                file_type: file_type(&content_type),
                extension,
                content_type,
                filename: upload.filename,
                key: secure_token(),
                base_url: nm.base_url.clone(),
                data: upload.data,
            },
        );
    }
    Ok(id)
}

/// `Message#execute_after_create_commit_callbacks`: reopen on incoming, move activity,
/// dispatch message_created, first-reply / waiting_since bookkeeping, contact activity.
pub(crate) fn message_created(db: &mut Db, out: &mut Outbox, actor: Actor, message_id: MessageId) {
    let Some(m) = db.messages.get(&message_id).cloned() else {
        return;
    };
    let cid = m.conversation_id;
    let muted = db
        .conversations
        .get(&cid)
        .and_then(|c| db.contacts.get(&c.contact_id))
        .is_some_and(|c| c.blocked);
    // `reopen_conversation`
    if m.message_type == MessageType::Incoming && !muted {
        if status_of(db, cid) == Some(Status::Snoozed) {
            set_status(db, out, Save::by(actor), cid, Status::Open);
        }
        if status_of(db, cid) == Some(Status::Resolved) {
            let inbox_id = db
                .conversations
                .get(&cid)
                .map_or(Id::default(), |c| c.inbox_id);
            if db.inbox_has_active_bot(inbox_id) {
                set_status(db, out, Save::by(actor), cid, Status::Pending);
            } else {
                // API inbox: the contact counts as the executor when it wrote the message.
                let save = Save {
                    actor,
                    reopened_by_contact: !m.private && matches!(m.sender, Some(Sender::Contact(_))),
                };
                set_status(db, out, save, cid, Status::Open);
            }
        }
    }
    touch_activity(db, cid, m.created_at);
    out.message(db, message_id, MESSAGE_CREATED);

    let Some(conv) = db.conversations.get(&cid).cloned() else {
        return;
    };
    let outgoing = m.message_type == MessageType::Outgoing;
    let human = outgoing
        && blank_key(&m.content_attributes, "automation_rule_id")
        && blank_key(&m.additional_attributes, "campaign_id")
        && (matches!(m.sender, Some(Sender::User(_)))
            || !blank_key(&m.content_attributes, "external_echo"));
    let bot = outgoing && matches!(m.sender, Some(Sender::AgentBot(_)));
    let human_replies = db
        .messages_of(cid)
        .filter(|x| x.message_type == MessageType::Outgoing && !x.private)
        // `where.not(sender_type: bots)` also drops rows without a sender (NULL).
        .filter(|x| matches!(x.sender, Some(Sender::User(_) | Sender::Contact(_))))
        .filter(|x| blank_key(&x.additional_attributes, "campaign_id"))
        .count();
    if human && !m.private && conv.first_reply_created_at.is_none() && human_replies <= 1 {
        let mut c = conv;
        c.first_reply_created_at = Some(m.created_at);
        c.waiting_since = None;
        save_conversation(db, out, Save::by(actor), c);
    } else {
        // `update_waiting_since`
        if conv.waiting_since.is_some() && !m.private && (human || bot) {
            let mut c = conv;
            c.waiting_since = None;
            save_conversation(db, out, Save::by(actor), c);
        }
        if m.message_type == MessageType::Incoming {
            if let Some(c) = db.conversations.get(&cid).cloned() {
                if c.waiting_since.is_none() {
                    let mut c = c;
                    c.waiting_since = Some(m.created_at);
                    save_conversation(db, out, Save::by(actor), c);
                }
            }
        }
    }
    // `update_contact_activity`
    if let Some(Sender::Contact(contact_id)) = m.sender {
        if let Some(mut c) = db.contacts.get(&contact_id).cloned() {
            c.last_activity_at = Some(now());
            save_contact(db, out, c);
        }
    }
}

fn status_of(db: &Db, conversation_id: ConversationId) -> Option<Status> {
    db.conversations.get(&conversation_id).map(|c| c.status)
}

fn blank_key(v: &Value, key: &str) -> bool {
    v.get(key).is_none_or(blank)
}

fn contact_columns(c: &Contact) -> Vec<(&'static str, Value)> {
    let attr = |k: &str| {
        c.additional_attributes
            .get(k)
            .cloned()
            .unwrap_or(Value::Null)
    };
    vec![
        ("name", c.name.clone().into()),
        ("email", json!(c.email)),
        ("phone_number", json!(c.phone_number)),
        ("updated_at", iso(c.updated_at).into()),
        ("additional_attributes", c.additional_attributes.clone()),
        ("identifier", json!(c.identifier)),
        ("custom_attributes", c.custom_attributes.clone()),
        ("last_activity_at", iso_opt(c.last_activity_at)),
        ("contact_type", c.contact_type().into()),
        ("location", attr("city")),
        ("country_code", attr("country")),
        ("blocked", c.blocked.into()),
    ]
}

/// `contact.save`: contact_updated with the changed attributes, when anything changed.
pub(crate) fn save_contact(db: &mut Db, out: &mut Outbox, mut after: Contact) -> bool {
    let Some(before) = db.contacts.get(&after.id).cloned() else {
        return false;
    };
    if diff(contact_columns(&before), contact_columns(&after)).is_empty() {
        return false;
    }
    after.updated_at = now().max(before.updated_at + 1);
    let changes = diff(contact_columns(&before), contact_columns(&after));
    let id = after.id;
    db.contacts.insert(id, after);
    out.contact(db, id, CONTACT_UPDATED, Some(changed_attributes(&changes)));
    true
}

/// `message.update!`: message_updated when something changed (Rails skips the event
/// when there are no changes, which also stops failure loops).
pub(crate) fn save_message(db: &mut Db, out: &mut Outbox, mut after: Message) -> bool {
    let Some(before) = db.messages.get(&after.id) else {
        return false;
    };
    let same = before.status == after.status
        && before.content == after.content
        && before.content_type == after.content_type
        && before.content_attributes == after.content_attributes
        && before.private == after.private;
    if same {
        return false;
    }
    after.updated_at = now().max(before.updated_at + 1);
    let id = after.id;
    db.messages.insert(id, after);
    out.message(db, id, MESSAGE_UPDATED);
    true
}

/// Sets or clears one key of a message's `content_attributes` store (a nil write to a
/// missing key is no change, as with Rails' store accessors).
pub(crate) fn set_content_attribute(m: &mut Message, key: &str, value: Value) {
    if !m.content_attributes.is_object() {
        m.content_attributes = Value::Object(Map::new());
    }
    if let Value::Object(map) = &mut m.content_attributes {
        if value.is_null() && !map.contains_key(key) {
            return;
        }
        map.insert(key.to_owned(), value);
    }
}

/// `Messages::StatusUpdateService`: unknown statuses and read -> delivered are ignored;
/// `external_error` is kept only for failed.
pub(crate) fn update_message_status(
    db: &mut Db,
    out: &mut Outbox,
    message_id: MessageId,
    status: &str,
    external_error: Option<Value>,
) -> bool {
    let Some(status) = MessageStatus::parse(status) else {
        return false;
    };
    let Some(mut m) = db.messages.get(&message_id).cloned() else {
        return false;
    };
    if m.status == MessageStatus::Read && status == MessageStatus::Delivered {
        return false;
    }
    m.status = status;
    let error = if status == MessageStatus::Failed {
        external_error.unwrap_or(Value::Null)
    } else {
        Value::Null
    };
    set_content_attribute(&mut m, "external_error", error);
    save_message(db, out, m)
}

/// An API-inbox delivery of a message event failed: mark the message failed.
pub(crate) fn api_inbox_delivery_failed(
    db: &mut Db,
    out: &mut Outbox,
    message_id: MessageId,
    error: &str,
) {
    update_message_status(
        db,
        out,
        message_id,
        "failed",
        Some(Value::String(error.to_owned())),
    );
}

/// An agent-bot delivery of a message event finally failed: a pending conversation is
/// opened (unless `keep_pending_on_bot_failure`) with an explanatory activity message.
pub(crate) fn bot_delivery_failed(db: &mut Db, out: &mut Outbox, message_id: MessageId) {
    let Some(cid) = db.messages.get(&message_id).map(|m| m.conversation_id) else {
        return;
    };
    if status_of(db, cid) != Some(Status::Pending) || db.settings.keep_pending_on_bot_failure {
        return;
    }
    set_status(db, out, Save::by(Actor::Nobody), cid, Status::Open);
    create_activity(
        db,
        cid,
        "Conversation was marked open by system due to an error with the agent bot.".into(),
    );
}

/// `Conversation#determine_conversation_status` and `ensure_waiting_since` for a new row.
pub(crate) fn initial_status(
    db: &Db,
    inbox_id: InboxId,
    contact_id: ContactId,
    requested: Option<Status>,
) -> Status {
    if db.contacts.get(&contact_id).is_some_and(|c| c.blocked) {
        return Status::Resolved;
    }
    if db.inbox_has_active_bot(inbox_id) {
        return Status::Pending;
    }
    requested.unwrap_or(Status::Open)
}
