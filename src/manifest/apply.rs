//! Applies a plan in dependency order: inboxes, bots, links, webhooks, labels, then
//! deletions in reverse (a removed link sets the inbox's bot to none). Global bots go
//! through the platform API, everything else through the account's. Every step re-checks
//! what it can so two applies at once converge: inboxes and bots (names not unique in
//! Chatwoot) are listed again after a create and the oldest id wins; webhooks and labels
//! (unique keys) fall back to an update when a create loses the race.

use std::collections::HashMap;

use serde::Serialize;

use super::plan::{Action, Change, Op, Plan};
use super::Kind;
use crate::api::{
    AgentBot, Api, ApiErrorKind, BotInput, BotScope, CannedResponseInput, ChannelInput, Inbox,
    InboxInput, LabelInput, TeamInput, WebhookInput,
};
use crate::commands::setup::older_twin;
use crate::error::{Error, Result};

/// A signing secret (or token) of something `apply` created: an output, never an input.
#[derive(Debug, Clone)]
pub struct Secret {
    /// The profile's key (`inbox:ID`, `bot:ID`, `webhook:ID`), as `listen` looks it up.
    pub key: String,
    /// The env-file name (`CHATWOOT_INBOX_SECRET_SUPPORT_BOT`).
    pub env: String,
    pub value: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Done {
    pub action: Action,
    #[serde(rename = "type")]
    pub kind: Kind,
    pub key: String,
    pub id: Option<u64>,
    /// A global bot, managed through the platform API.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub platform: bool,
}

impl Done {
    pub fn line(&self) -> String {
        let verb = match self.action {
            Action::Create => "created",
            Action::Update => "updated",
            Action::Delete => "deleted",
            Action::Unchanged => "unchanged",
        };
        let id = self.id.map(|i| format!(" {i}")).unwrap_or_default();
        format!(
            "{verb} {}{id} {}{}",
            self.kind.as_str(),
            serde_json::to_string(&self.key).unwrap_or_default(),
            if self.platform { " (platform)" } else { "" }
        )
    }
}

/// How far an apply got.
#[derive(Debug, Default)]
pub struct Outcome {
    pub done: Vec<Done>,
    pub secrets: Vec<Secret>,
    /// Global bots this run created: Chatwoot never shows their signing secret.
    pub no_secret: Vec<String>,
    /// The change that failed and those not attempted, with the error.
    pub failed: Option<(Error, Vec<Change>)>,
    /// Requests sent, for the benchmark.
    pub requests: usize,
}

/// The env-file name of a secret: `prefix`, then the name upper-cased with `_` for the rest.
pub fn env_name(prefix: &str, name: &str) -> String {
    let mut out = String::from(prefix);
    for c in name.chars() {
        out.push(if c.is_ascii_alphanumeric() {
            c.to_ascii_uppercase()
        } else {
            '_'
        });
    }
    out
}

/// The order changes are applied in: creates and updates by kind, then deletions with
/// dependents first.
fn order(c: &Change) -> (u8, u8) {
    let kind = match c.kind {
        Kind::Inbox => 0,
        Kind::AgentBot => 1,
        Kind::Link => 2,
        Kind::Webhook => 3,
        Kind::Label => 4,
        Kind::CannedResponse => 5,
        Kind::Team => 6,
    };
    match c.action {
        Action::Delete => (1, 6 - kind),
        _ => (0, kind),
    }
}

pub async fn apply(api: &Api, plan: &Plan) -> Outcome {
    let mut changes: Vec<Change> = plan
        .changes
        .iter()
        .filter(|c| c.action != Action::Unchanged)
        .cloned()
        .collect();
    changes.sort_by_key(order);
    let mut state = State {
        api,
        inbox_ids: HashMap::new(),
        bot_ids: HashMap::new(),
        outcome: Outcome::default(),
    };
    for c in &plan.changes {
        match (c.kind, c.id) {
            (Kind::Inbox, Some(id)) => {
                state.inbox_ids.insert(c.key.clone(), id);
            }
            (Kind::AgentBot, Some(id)) => {
                state.bot_ids.insert(c.key.clone(), id);
            }
            _ => {}
        }
    }
    let mut rest = changes.into_iter();
    while let Some(change) = rest.next() {
        match state.step(&change).await {
            Ok(id) => state.outcome.done.push(Done {
                action: change.action,
                kind: change.kind,
                key: change.key.clone(),
                id,
                platform: change.platform,
            }),
            Err(e) => {
                let mut pending = vec![change];
                pending.extend(rest);
                state.outcome.failed = Some((e, pending));
                break;
            }
        }
    }
    state.outcome
}

struct State<'a> {
    api: &'a Api,
    inbox_ids: HashMap<String, u64>,
    bot_ids: HashMap<String, u64>,
    outcome: Outcome,
}

impl State<'_> {
    fn secret(&mut self, key: String, env: String, value: Option<&String>) {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            self.outcome.secrets.push(Secret {
                key,
                env,
                value: value.clone(),
            });
        }
    }

    /// Applies one change; returns the id it now has.
    async fn step(&mut self, c: &Change) -> Result<Option<u64>> {
        let api = self.api;
        self.outcome.requests += 1;
        if c.action == Action::Delete {
            let id = c.id.expect("deletions have ids");
            let result = match c.kind {
                Kind::Inbox => api.delete_inbox(id).await.map(drop),
                Kind::AgentBot => api.delete_bot(scope(c.platform), id).await,
                Kind::Webhook => api.delete_webhook(id).await,
                Kind::Label => api.delete_label(id).await,
                Kind::CannedResponse => api.delete_canned_response(id).await,
                Kind::Team => api.delete_team(id).await,
                // A link's id is its inbox's.
                Kind::Link => api.set_inbox_bot(id, None).await,
            };
            return match result {
                // Someone else deleted it first: the goal is reached.
                Err(Error::Api(e)) if e.kind == ApiErrorKind::NotFound => Ok(Some(id)),
                other => other.map(|()| Some(id)),
            };
        }
        match &c.op {
            Op::None => Ok(c.id),
            Op::Inbox(spec) => {
                let channel = ChannelInput {
                    kind: c.id.is_none().then_some("api"),
                    webhook_url: spec.webhook_url.clone(),
                    hmac_mandatory: None,
                };
                let (id, secret) = match c.id {
                    Some(id) if !c.diff.contains_key("webhook_url") => (id, None),
                    Some(id) => {
                        let input = InboxInput {
                            channel: Some(channel),
                            ..InboxInput::default()
                        };
                        api.update_inbox(id, &input).await?;
                        (id, None)
                    }
                    None => {
                        let input = InboxInput {
                            name: Some(spec.name.clone()),
                            channel: Some(channel),
                            ..InboxInput::default()
                        };
                        let created = api.create_inbox(&input).await?;
                        self.outcome.requests += 1;
                        let all = api.inboxes().await?;
                        let inbox = match converge(created.clone(), all, |i: &Inbox| {
                            (i.id, i.name.as_str(), i.is_api())
                        }) {
                            Some((loser, winner)) => {
                                self.outcome.requests += 1;
                                api.delete_inbox(loser).await?;
                                winner
                            }
                            None => created,
                        };
                        (inbox.id, inbox.secret)
                    }
                };
                self.secret(
                    format!("inbox:{id}"),
                    env_name("CHATWOOT_INBOX_SECRET_", &spec.name),
                    secret.as_ref(),
                );
                if spec.members.is_some() && (c.id.is_none() || c.diff.contains_key("members")) {
                    self.outcome.requests += 1;
                    api.set_inbox_members(id, &spec.member_ids).await?;
                }
                self.inbox_ids.insert(spec.name.clone(), id);
                Ok(Some(id))
            }
            Op::Bot(spec) => {
                let scope = scope(spec.platform);
                let bot = match c.id {
                    Some(id) => {
                        let input = BotInput {
                            outgoing_url: spec.outgoing_url.clone(),
                            description: spec.description.clone(),
                            ..BotInput::default()
                        };
                        api.update_bot(scope, id, &input).await?
                    }
                    None => {
                        let input = BotInput {
                            name: Some(spec.name.clone()),
                            outgoing_url: spec.outgoing_url.clone(),
                            description: spec.description.clone(),
                            ..BotInput::default()
                        };
                        // Through the platform API without `account_id`: a global bot.
                        let created = api.create_bot(scope, &input).await?;
                        self.outcome.requests += 1;
                        let account = api.account_id()?;
                        let all: Vec<AgentBot> = api
                            .bots(scope)
                            .await?
                            .into_iter()
                            .filter(|b| {
                                if spec.platform {
                                    b.is_global()
                                } else {
                                    b.account_id == Some(account)
                                }
                            })
                            .collect();
                        match converge(created.clone(), all, |b: &AgentBot| {
                            (b.id, b.name.as_str(), true)
                        }) {
                            Some((loser, winner)) => {
                                self.outcome.requests += 1;
                                api.delete_bot(scope, loser).await?;
                                winner
                            }
                            None => created,
                        }
                    }
                };
                if c.id.is_none() && spec.platform {
                    // No platform endpoint shows a global bot's secret (API-NOTES §c).
                    self.outcome.no_secret.push(spec.name.clone());
                }
                if c.id.is_none() {
                    self.secret(
                        format!("bot:{}", bot.id),
                        env_name("CHATWOOT_BOT_SECRET_", &spec.name),
                        bot.secret.as_ref(),
                    );
                    self.secret(
                        format!("bot-token:{}", bot.id),
                        env_name("CHATWOOT_BOT_TOKEN_", &spec.name),
                        bot.access_token.as_ref(),
                    );
                }
                self.bot_ids.insert(spec.name.clone(), bot.id);
                Ok(Some(bot.id))
            }
            Op::Link { inbox, bot } => {
                let (Some(&inbox_id), Some(&bot_id)) =
                    (self.inbox_ids.get(inbox), self.bot_ids.get(bot))
                else {
                    return Err(Error::other(format!(
                        "cannot link '{inbox}' to '{bot}': one of them was not applied"
                    )));
                };
                api.set_inbox_bot(inbox_id, Some(bot_id)).await?;
                Ok(Some(inbox_id))
            }
            Op::Webhook(spec) => {
                let mut input = WebhookInput {
                    url: Some(spec.url.clone()),
                    name: spec.name.clone(),
                    subscriptions: Some(spec.events.clone()),
                };
                let id = match c.id {
                    Some(id) => id,
                    None => match api.create_webhook(&input).await {
                        Ok(w) => {
                            self.secret(
                                format!("webhook:{}", w.id),
                                env_name("CHATWOOT_WEBHOOK_SECRET_", &spec.url),
                                w.secret.as_ref(),
                            );
                            return Ok(Some(w.id));
                        }
                        // Lost a race with another apply: update the winner instead.
                        Err(Error::Api(e)) if e.kind == ApiErrorKind::Invalid => {
                            self.outcome.requests += 1;
                            match api
                                .webhooks()
                                .await?
                                .into_iter()
                                .find(|w| w.url == spec.url)
                            {
                                Some(w) => w.id,
                                None => return Err(Error::Api(e)),
                            }
                        }
                        Err(e) => return Err(e),
                    },
                };
                input.url = None;
                self.outcome.requests += 1;
                api.update_webhook(id, &input).await?;
                Ok(Some(id))
            }
            Op::Label(spec) => {
                let input = LabelInput {
                    title: Some(spec.title.clone()),
                    color: spec.color.clone(),
                    description: spec.description.clone(),
                };
                let id = match c.id {
                    Some(id) => id,
                    None => match api.create_label(&input).await {
                        Ok(l) => return Ok(Some(l.id)),
                        Err(Error::Api(e)) if e.kind == ApiErrorKind::Invalid => {
                            self.outcome.requests += 1;
                            match api
                                .labels()
                                .await?
                                .into_iter()
                                .find(|l| l.title == spec.title)
                            {
                                Some(l) => l.id,
                                None => return Err(Error::Api(e)),
                            }
                        }
                        Err(e) => return Err(e),
                    },
                };
                self.outcome.requests += 1;
                api.update_label(id, &input).await?;
                Ok(Some(id))
            }
            Op::Canned(spec) => {
                let input = CannedResponseInput {
                    short_code: Some(spec.short_code.clone()),
                    content: Some(spec.content.clone()),
                };
                let id = match c.id {
                    Some(id) => id,
                    None => match api.create_canned_response(&input).await {
                        Ok(r) => return Ok(Some(r.id)),
                        Err(Error::Api(e)) if e.kind == ApiErrorKind::Invalid => {
                            self.outcome.requests += 1;
                            match api
                                .canned_responses()
                                .await?
                                .into_iter()
                                .find(|r| r.short_code == spec.short_code)
                            {
                                Some(r) => r.id,
                                None => return Err(Error::Api(e)),
                            }
                        }
                        Err(e) => return Err(e),
                    },
                };
                self.outcome.requests += 1;
                api.update_canned_response(id, &input).await?;
                Ok(Some(id))
            }
            Op::Team(spec) => {
                let input = TeamInput {
                    name: Some(spec.name.clone()),
                    description: spec.description.clone(),
                };
                let id = match c.id {
                    Some(id) if c.diff.contains_key("description") => {
                        api.update_team(id, &input).await?;
                        id
                    }
                    Some(id) => id,
                    None => match api.create_team(&input).await {
                        Ok(t) => t.id,
                        // Lost a race with another apply: update the winner instead.
                        Err(Error::Api(e)) if e.kind == ApiErrorKind::Invalid => {
                            self.outcome.requests += 2;
                            let Some(t) =
                                api.teams().await?.into_iter().find(|t| t.name == spec.name)
                            else {
                                return Err(Error::Api(e));
                            };
                            api.update_team(t.id, &input).await?;
                            t.id
                        }
                        Err(e) => return Err(e),
                    },
                };
                if spec.members.is_some() && (c.id.is_none() || c.diff.contains_key("members")) {
                    self.outcome.requests += 1;
                    api.set_team_members(id, &spec.member_ids).await?;
                }
                Ok(Some(id))
            }
        }
    }
}

fn scope(platform: bool) -> BotScope {
    if platform {
        BotScope::Platform
    } else {
        BotScope::Account
    }
}

/// After a create, the objects of that name: the oldest (lowest id) wins, as in `setup`.
/// Returns `(id to delete, winner)` when ours lost, `None` when ours is the one.
fn converge<T: Clone>(
    ours: T,
    all: Vec<T>,
    key: impl Fn(&T) -> (u64, &str, bool),
) -> Option<(u64, T)> {
    let (our_id, name, _) = key(&ours);
    let same_name: Vec<T> = all
        .into_iter()
        .filter(|o| {
            let (_, n, eligible) = key(o);
            n == name && eligible
        })
        .collect();
    older_twin(&same_name, our_id, |t| key(t).0).map(|winner| (our_id, winner))
}
