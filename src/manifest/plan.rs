//! Reads the account with one list call per kind the manifest declares (plus the bot of
//! each inbox: those the manifest links, or every inbox once a bot that owns its links
//! exists), matches objects by natural key and diffs field by field.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{json, Value};

use super::{BotSpec, CannedSpec, InboxSpec, Kind, LabelSpec, Manifest, TeamSpec, WebhookSpec};
use crate::api::{Agent, AgentBot, Api, BotScope, CannedResponse, Inbox, Label, Team, Webhook};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Create,
    Update,
    Delete,
    Unchanged,
}

impl Action {
    pub fn symbol(self) -> char {
        match self {
            Action::Create => '+',
            Action::Update => '~',
            Action::Delete => '-',
            Action::Unchanged => '=',
        }
    }
}

/// What `apply` does for a change.
#[derive(Debug, Clone)]
pub enum Op {
    None,
    Inbox(InboxSpec),
    Bot(BotSpec),
    /// Link the named manifest inbox to the named manifest bot (ids may come from creates).
    Link {
        inbox: String,
        bot: String,
    },
    Webhook(WebhookSpec),
    Label(LabelSpec),
    Canned(CannedSpec),
    Team(TeamSpec),
}

#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub action: Action,
    #[serde(rename = "type")]
    pub kind: Kind,
    pub key: String,
    pub id: Option<u64>,
    /// Field → [old, new].
    pub diff: BTreeMap<&'static str, [Value; 2]>,
    /// A global bot, managed through the platform API.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub platform: bool,
    #[serde(skip)]
    pub op: Op,
}

#[derive(Debug, Clone, Serialize)]
pub struct Target {
    pub instance: String,
    pub account_id: u64,
    pub account_name: String,
    pub user: String,
    pub role: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub target: Target,
    pub changes: Vec<Change>,
}

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub create: usize,
    pub update: usize,
    pub delete: usize,
    pub unchanged: usize,
}

impl Plan {
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for c in &self.changes {
            match c.action {
                Action::Create => s.create += 1,
                Action::Update => s.update += 1,
                Action::Delete => s.delete += 1,
                Action::Unchanged => s.unchanged += 1,
            }
        }
        s
    }

    pub fn has_changes(&self) -> bool {
        self.changes.iter().any(|c| c.action != Action::Unchanged)
    }

    pub fn to_json(&self) -> Value {
        json!({ "target": self.target, "changes": self.changes, "summary": self.summary() })
    }

    pub fn target_line(&self) -> String {
        let t = &self.target;
        format!(
            "instance {}  account {} ({}) as {} ({})",
            t.instance, t.account_id, t.account_name, t.user, t.role
        )
    }

    /// One line per object, changed fields indented below, then the summary.
    pub fn text(&self) -> String {
        let mut out = format!("{}\n\n", self.target_line());
        for c in &self.changes {
            out.push_str(&c.line());
            out.push('\n');
            for (field, [old, new]) in &c.diff {
                if c.action == Action::Unchanged {
                    continue;
                }
                out.push_str(&format!("    {field}: {} → {}\n", show(old), show(new)));
            }
        }
        let s = self.summary();
        out.push_str(&format!(
            "\nPlan: {} to create, {} to update, {} to delete, {} unchanged.\n",
            s.create, s.update, s.delete, s.unchanged
        ));
        out
    }
}

impl Change {
    pub fn line(&self) -> String {
        let id = self.id.map(|i| format!(" {i}")).unwrap_or_default();
        format!(
            "{} {}{id} {}{}",
            self.action.symbol(),
            self.kind.as_str(),
            serde_json::to_string(&self.key).unwrap_or_default(),
            if self.platform { " (platform)" } else { "" }
        )
    }
}

fn show(v: &Value) -> String {
    match v {
        Value::Null => "(none)".into(),
        other => other.to_string(),
    }
}

fn opt(v: Option<&str>) -> Value {
    v.filter(|s| !s.is_empty())
        .map_or(Value::Null, |s| json!(s))
}

/// Adds `field` to the diff when the manifest sets it and it differs.
fn field(
    diff: &mut BTreeMap<&'static str, [Value; 2]>,
    name: &'static str,
    old: Value,
    want: Option<Value>,
) {
    if let Some(new) = want {
        if old != new {
            diff.insert(name, [old, new]);
        }
    }
}

fn change(
    kind: Kind,
    key: &str,
    id: Option<u64>,
    diff: BTreeMap<&'static str, [Value; 2]>,
    op: Op,
) -> Change {
    let action = match (id, diff.is_empty()) {
        (None, _) => Action::Create,
        (Some(_), true) => Action::Unchanged,
        (Some(_), false) => Action::Update,
    };
    let op = if action == Action::Unchanged {
        Op::None
    } else {
        op
    };
    Change {
        action,
        kind,
        key: key.to_string(),
        id,
        diff,
        platform: false,
        op,
    }
}

fn delete(kind: Kind, key: &str, id: u64) -> Change {
    Change {
        action: Action::Delete,
        kind,
        key: key.to_string(),
        id: Some(id),
        diff: BTreeMap::new(),
        platform: false,
        op: Op::None,
    }
}

/// The account as `plan` sees it.
pub struct Live {
    pub account_id: u64,
    pub inboxes: Vec<Inbox>,
    /// The account's own bots.
    pub bots: Vec<AgentBot>,
    /// Global bots this platform app created (read when the manifest has a global bot).
    pub platform_bots: Vec<AgentBot>,
    pub webhooks: Vec<Webhook>,
    pub labels: Vec<Label>,
    pub canned: Vec<CannedResponse>,
    /// Inbox id → linked bot id: for the inboxes the manifest links, and for every inbox
    /// when a bot that owns its links (`inboxes = [...]`) exists.
    pub links: BTreeMap<u64, Option<u64>>,
    pub teams: Vec<Team>,
    /// Team id → members' e-mails (lower-cased, sorted), for teams that list members.
    pub team_members: BTreeMap<u64, Vec<String>>,
    /// The account's agents, when an inbox or team lists members.
    pub agents: Vec<Agent>,
    /// Inbox id → members' e-mails (lower-cased, sorted), for inboxes that list members.
    pub members: BTreeMap<u64, Vec<String>>,
}

impl Live {
    pub async fn read(api: &Api, m: &Manifest) -> Result<Live> {
        let d = &m.declared;
        let (inboxes, bots, platform_bots, webhooks, labels, canned) = tokio::try_join!(
            async {
                if d.contains(&Kind::Inbox) || d.contains(&Kind::AgentBot) {
                    api.inboxes().await
                } else {
                    Ok(Vec::new())
                }
            },
            async {
                if d.contains(&Kind::AgentBot) {
                    api.bots(BotScope::Account).await
                } else {
                    Ok(Vec::new())
                }
            },
            async {
                if m.first_platform_bot().is_some() {
                    api.bots(BotScope::Platform).await
                } else {
                    Ok(Vec::new())
                }
            },
            async {
                if d.contains(&Kind::Webhook) {
                    api.webhooks().await
                } else {
                    Ok(Vec::new())
                }
            },
            async {
                if d.contains(&Kind::Label) {
                    api.labels().await
                } else {
                    Ok(Vec::new())
                }
            },
            async {
                if d.contains(&Kind::CannedResponse) {
                    api.canned_responses().await
                } else {
                    Ok(Vec::new())
                }
            },
        )?;
        let account = api.account_id()?;
        // The account list includes global bots; the manifest's are the account's own.
        let bots: Vec<AgentBot> = bots
            .into_iter()
            .filter(|b| b.account_id == Some(account))
            .collect();
        // The platform app also sees bots it created for an account: those are account bots.
        let platform_bots: Vec<AgentBot> = platform_bots
            .into_iter()
            .filter(AgentBot::is_global)
            .collect();
        let mut live = Live {
            account_id: account,
            inboxes,
            bots,
            platform_bots,
            webhooks,
            labels,
            canned,
            links: BTreeMap::new(),
            agents: Vec::new(),
            members: BTreeMap::new(),
            teams: Vec::new(),
            team_members: BTreeMap::new(),
        };
        if d.contains(&Kind::Team) {
            live.teams = api.teams().await?;
        }
        if m.inboxes.iter().any(|i| i.members.is_some())
            || m.teams.iter().any(|t| t.members.is_some())
        {
            live.agents = api.agents().await?;
        }
        let teams_with_members: Vec<u64> = m
            .teams
            .iter()
            .filter(|spec| spec.members.is_some())
            .filter_map(|spec| {
                live.teams
                    .iter()
                    .find(|t| t.name == spec.name)
                    .map(|t| t.id)
            })
            .collect();
        for chunk in teams_with_members.chunks(8) {
            let mut calls = tokio::task::JoinSet::new();
            for &id in chunk {
                let api = api.clone();
                calls.spawn(async move { (id, api.team_members(id).await) });
            }
            while let Some(done) = calls.join_next().await {
                let (id, agents) =
                    done.map_err(|e| Error::other(format!("reading team members: {e}")))?;
                let mut emails: Vec<String> = agents?
                    .into_iter()
                    .map(|a| a.email.to_lowercase())
                    .collect();
                emails.sort();
                live.team_members.insert(id, emails);
            }
        }
        let with_members: Vec<u64> = m
            .inboxes
            .iter()
            .filter(|spec| spec.members.is_some())
            .filter_map(|spec| live.inbox_for(spec).ok().flatten().map(|i| i.id))
            .collect();
        for chunk in with_members.chunks(8) {
            let mut calls = tokio::task::JoinSet::new();
            for &id in chunk {
                let api = api.clone();
                calls.spawn(async move { (id, api.inbox_members(id).await) });
            }
            while let Some(done) = calls.join_next().await {
                let (id, agents) =
                    done.map_err(|e| Error::other(format!("reading inbox members: {e}")))?;
                let mut emails: Vec<String> = agents?
                    .into_iter()
                    .map(|a| a.email.to_lowercase())
                    .collect();
                emails.sort();
                live.members.insert(id, emails);
            }
        }
        // A bot that owns its links may be linked to any inbox: read them all then.
        let owner_exists = m
            .agent_bots
            .iter()
            .any(|b| b.owns_links && matches!(live.bot_for(b), Ok(Some(_))));
        let linked: Vec<u64> = if owner_exists {
            live.inboxes.iter().map(|i| i.id).collect()
        } else {
            m.agent_bots
                .iter()
                .flat_map(|b| &b.inboxes)
                .filter_map(|name| m.inboxes.iter().find(|i| &i.name == name))
                .filter_map(|spec| live.inbox_for(spec).ok().flatten().map(|i| i.id))
                .collect()
        };
        // Chatwoot lists no links: one call per linked inbox, eight at a time.
        for chunk in linked.chunks(8) {
            let mut calls = tokio::task::JoinSet::new();
            for &id in chunk {
                let api = api.clone();
                calls.spawn(async move { (id, api.inbox_bot(id).await) });
            }
            while let Some(done) = calls.join_next().await {
                let (id, bot) = done.map_err(|e| Error::other(format!("reading links: {e}")))?;
                live.links.insert(id, bot?.map(|b| b.id));
            }
        }
        Ok(live)
    }

    /// User ids of members given by e-mail; an unknown one is exit 2 naming its line.
    fn member_ids(&self, members: &[(String, String)]) -> Result<Vec<u64>> {
        members
            .iter()
            .map(|(email, at)| {
                self.agents
                    .iter()
                    .find(|a| a.email.eq_ignore_ascii_case(email))
                    .map(|a| a.id)
                    .ok_or_else(|| {
                        Error::usage(format!(
                            "{at}: no agent with e-mail {email} in account {}: invite them in Chatwoot first, or fix the address (agents: {})",
                            self.account_id,
                            self.agents.iter().map(|a| a.email.as_str()).collect::<Vec<_>>().join(", ")
                        ))
                    })
            })
            .collect()
    }

    /// The inbox a spec means: by `id`, else the one with its name; several is exit 2.
    pub fn inbox_for(&self, spec: &InboxSpec) -> Result<Option<&Inbox>> {
        matching(&self.inboxes, spec.id, &spec.name, &spec.at, "inbox", |i| {
            (i.id, &i.name)
        })
    }

    /// The bot a spec means, among the account's bots or, for `platform = true`, the
    /// global bots this platform app created.
    pub fn bot_for(&self, spec: &BotSpec) -> Result<Option<&AgentBot>> {
        let (bots, what) = if spec.platform {
            (&self.platform_bots, "global agent bot")
        } else {
            (&self.bots, "agent bot")
        };
        matching(bots, spec.id, &spec.name, &spec.at, what, |b| {
            (b.id, &b.name)
        })
    }
}

fn matching<'a, T>(
    items: &'a [T],
    id: Option<u64>,
    name: &str,
    at: &str,
    what: &str,
    key: impl Fn(&T) -> (u64, &str),
) -> Result<Option<&'a T>> {
    if let Some(id) = id {
        return match items.iter().find(|i| key(i).0 == id) {
            Some(found) => Ok(Some(found)),
            None => Err(Error::usage(format!(
                "{at}: the account has no {what} with id {id}: fix `id` or remove it to match by name"
            ))),
        };
    }
    let found: Vec<&T> = items.iter().filter(|i| key(i).1 == name).collect();
    match found.len() {
        0 => Ok(None),
        1 => Ok(Some(found[0])),
        n => {
            Err(Error::usage(format!(
            "{at}: {n} {what}{} are named '{name}' (ids {}): add `id = N` to say which one this is",
            if what.ends_with('x') { "es" } else { "s" },
            found.iter().map(|i| key(i).0.to_string()).collect::<Vec<_>>().join(", ")
        )))
        }
    }
}

/// Diffs the manifest against the account. With `prune`, objects of declared kinds that
/// the manifest does not list become deletions.
pub fn diff(m: &Manifest, live: &Live, prune: bool) -> Result<Vec<Change>> {
    let mut changes = Vec::new();
    let mut kept_inboxes = Vec::new();
    for spec in &m.inboxes {
        let found = live.inbox_for(spec)?;
        if let Some(i) = found {
            if !i.is_api() && spec.webhook_url.is_some() {
                return Err(Error::usage(format!(
                    "{}: inbox {} '{}' is not an API inbox, so it has no webhook_url: remove the key or name another inbox",
                    spec.at, i.id, i.name
                )));
            }
            kept_inboxes.push(i.id);
        }
        let mut d = BTreeMap::new();
        let old = |v: Value| if found.is_some() { v } else { Value::Null };
        field(
            &mut d,
            "webhook_url",
            old(opt(found.and_then(|i| i.webhook_url.as_deref()))),
            spec.webhook_url.as_deref().map(|u| json!(u)),
        );
        let mut spec = spec.clone();
        if let Some(members) = &spec.members {
            let current = found.and_then(|i| live.members.get(&i.id));
            spec.member_ids = members_field(&mut d, live, members, current)?;
        }
        changes.push(change(
            Kind::Inbox,
            &spec.name,
            found.map(|i| i.id),
            d,
            Op::Inbox(spec.clone()),
        ));
    }
    let mut kept_bots = Vec::new();
    for spec in &m.agent_bots {
        let found = live.bot_for(spec)?;
        kept_bots.extend(found.map(|b| b.id));
        let mut d = BTreeMap::new();
        let old = |v: Value| if found.is_some() { v } else { Value::Null };
        field(
            &mut d,
            "outgoing_url",
            old(opt(found.and_then(|b| b.outgoing_url.as_deref()))),
            spec.outgoing_url.as_deref().map(|u| json!(u)),
        );
        field(
            &mut d,
            "description",
            old(opt(found.and_then(|b| b.description.as_deref()))),
            spec.description.as_deref().map(|u| json!(u)),
        );
        let mut bot = change(
            Kind::AgentBot,
            &spec.name,
            found.map(|b| b.id),
            d,
            Op::Bot(spec.clone()),
        );
        bot.platform = spec.platform;
        changes.push(bot);
    }
    for bot in &m.agent_bots {
        let bot_id = live.bot_for(bot)?.map(|b| b.id);
        for inbox_name in &bot.inboxes {
            let inbox = m
                .inboxes
                .iter()
                .find(|i| &i.name == inbox_name)
                .expect("checked at parse");
            let inbox_id = live.inbox_for(inbox)?.map(|i| i.id);
            let current = inbox_id.and_then(|id| live.links.get(&id).copied().flatten());
            let key = format!("{inbox_name} → {}", bot.name);
            let mut d = BTreeMap::new();
            // Bot ids, or the name of a bot this apply creates.
            field(
                &mut d,
                "agent_bot",
                current.map_or(Value::Null, |c| json!(c)),
                Some(bot_id.map_or(json!(bot.name), |id| json!(id))),
            );
            let linked = bot_id.is_some() && current == bot_id;
            let action = if linked {
                Action::Unchanged
            } else if current.is_some() {
                Action::Update
            } else {
                Action::Create
            };
            changes.push(Change {
                action,
                kind: Kind::Link,
                key,
                id: inbox_id,
                diff: if linked { BTreeMap::new() } else { d },
                platform: false,
                op: if linked {
                    Op::None
                } else {
                    Op::Link {
                        inbox: inbox_name.clone(),
                        bot: bot.name.clone(),
                    }
                },
            });
        }
    }
    changes.extend(unlinks(m, live)?);
    for spec in &m.webhooks {
        let found = live.webhooks.iter().find(|w| w.url == spec.url);
        let mut d = BTreeMap::new();
        let mut events = found.map(|w| w.subscriptions.clone()).unwrap_or_default();
        events.sort();
        events.dedup();
        let old = |v: Value| if found.is_some() { v } else { Value::Null };
        field(
            &mut d,
            "events",
            old(json!(events)),
            Some(json!(spec.events)),
        );
        field(
            &mut d,
            "name",
            old(opt(found.and_then(|w| w.name.as_deref()))),
            spec.name.as_deref().map(|n| json!(n)),
        );
        changes.push(change(
            Kind::Webhook,
            &spec.url,
            found.map(|w| w.id),
            d,
            Op::Webhook(spec.clone()),
        ));
    }
    for spec in &m.labels {
        let found = live.labels.iter().find(|l| l.title == spec.title);
        let mut d = BTreeMap::new();
        let old = |v: Value| if found.is_some() { v } else { Value::Null };
        field(
            &mut d,
            "color",
            old(opt(found.and_then(|l| l.color.as_deref()))),
            spec.color.as_deref().map(|c| json!(c)),
        );
        field(
            &mut d,
            "description",
            old(opt(found.and_then(|l| l.description.as_deref()))),
            spec.description.as_deref().map(|c| json!(c)),
        );
        changes.push(change(
            Kind::Label,
            &spec.title,
            found.map(|l| l.id),
            d,
            Op::Label(spec.clone()),
        ));
    }
    for spec in &m.canned_responses {
        let found = live.canned.iter().find(|c| c.short_code == spec.short_code);
        let mut d = BTreeMap::new();
        let old = |v: Value| if found.is_some() { v } else { Value::Null };
        field(
            &mut d,
            "content",
            old(opt(found.and_then(|c| c.content.as_deref()))),
            Some(json!(spec.content)),
        );
        changes.push(change(
            Kind::CannedResponse,
            &spec.short_code,
            found.map(|c| c.id),
            d,
            Op::Canned(spec.clone()),
        ));
    }
    for spec in &m.teams {
        let found = live.teams.iter().find(|t| t.name == spec.name);
        let mut d = BTreeMap::new();
        let old = |v: Value| if found.is_some() { v } else { Value::Null };
        field(
            &mut d,
            "description",
            old(opt(found.and_then(|t| t.description.as_deref()))),
            spec.description.as_deref().map(|c| json!(c)),
        );
        let mut spec = spec.clone();
        if let Some(members) = &spec.members {
            let current = found.and_then(|t| live.team_members.get(&t.id));
            spec.member_ids = members_field(&mut d, live, members, current)?;
        }
        changes.push(change(
            Kind::Team,
            &spec.name,
            found.map(|t| t.id),
            d,
            Op::Team(spec.clone()),
        ));
    }
    if prune {
        let d = &m.declared;
        if d.contains(&Kind::Inbox) {
            for i in live
                .inboxes
                .iter()
                .filter(|i| !kept_inboxes.contains(&i.id))
            {
                changes.push(delete(Kind::Inbox, &i.name, i.id));
            }
        }
        if m.prunes_account_bots() {
            for b in live.bots.iter().filter(|b| !kept_bots.contains(&b.id)) {
                changes.push(delete(Kind::AgentBot, &b.name, b.id));
            }
        }
        // Global bots serve every account: pruned only when the file declares one, and
        // only among those this platform app created.
        if m.first_platform_bot().is_some() {
            for b in live
                .platform_bots
                .iter()
                .filter(|b| !kept_bots.contains(&b.id))
            {
                let mut gone = delete(Kind::AgentBot, &b.name, b.id);
                gone.platform = true;
                changes.push(gone);
            }
        }
        if d.contains(&Kind::Webhook) {
            for w in live
                .webhooks
                .iter()
                .filter(|w| !m.webhooks.iter().any(|s| s.url == w.url))
            {
                changes.push(delete(Kind::Webhook, &w.url, w.id));
            }
        }
        if d.contains(&Kind::Label) {
            for l in live
                .labels
                .iter()
                .filter(|l| !m.labels.iter().any(|s| s.title == l.title))
            {
                changes.push(delete(Kind::Label, &l.title, l.id));
            }
        }
        if d.contains(&Kind::Team) {
            for t in live
                .teams
                .iter()
                .filter(|t| !m.teams.iter().any(|s| s.name == t.name))
            {
                changes.push(delete(Kind::Team, &t.name, t.id));
            }
        }
        if d.contains(&Kind::CannedResponse) {
            for c in live.canned.iter().filter(|c| {
                !m.canned_responses
                    .iter()
                    .any(|s| s.short_code == c.short_code)
            }) {
                changes.push(delete(Kind::CannedResponse, &c.short_code, c.id));
            }
        }
    }
    Ok(changes)
}

/// A declared bot's links are the manifest's (when its table has `inboxes`): a link of that
/// bot to an inbox no bot of the manifest names is removed. An ordinary change, not a
/// prune: the bot is declared.
fn unlinks(m: &Manifest, live: &Live) -> Result<Vec<Change>> {
    let mut claimed = Vec::new();
    for name in m.agent_bots.iter().flat_map(|b| &b.inboxes) {
        let spec = m
            .inboxes
            .iter()
            .find(|i| &i.name == name)
            .expect("checked at parse");
        claimed.extend(live.inbox_for(spec)?.map(|i| i.id));
    }
    let mut out = Vec::new();
    for bot in m.agent_bots.iter().filter(|b| b.owns_links) {
        let Some(bot_id) = live.bot_for(bot)?.map(|b| b.id) else {
            continue;
        };
        for (&inbox_id, _) in live
            .links
            .iter()
            .filter(|(id, linked)| **linked == Some(bot_id) && !claimed.contains(id))
        {
            let inbox = live
                .inboxes
                .iter()
                .find(|i| i.id == inbox_id)
                .map_or_else(|| inbox_id.to_string(), |i| i.name.clone());
            let mut gone = delete(Kind::Link, &format!("{inbox} → {}", bot.name), inbox_id);
            gone.diff.insert("agent_bot", [json!(bot_id), Value::Null]);
            out.push(gone);
        }
    }
    Ok(out)
}

/// Who and where, echoed before anything else.
pub async fn target(api: &Api, instance: &str) -> Result<Target> {
    let account_id = api.account_id()?;
    let profile = api.profile().await?;
    let membership = profile.membership(account_id).ok_or_else(|| {
        Error::usage(format!(
            "this token has no access to account {account_id}; its accounts: {}",
            profile.accounts_list()
        ))
    })?;
    Ok(Target {
        instance: instance.to_string(),
        account_id,
        account_name: membership.name.clone(),
        user: if profile.email.is_empty() {
            profile.name.clone()
        } else {
            profile.email.clone()
        },
        role: membership.role.clone(),
    })
}

pub async fn make(api: &Api, instance: &str, m: &Manifest, prune: bool) -> Result<Plan> {
    let target = target(api, instance).await?;
    let live = Live::read(api, m).await?;
    Ok(Plan {
        target,
        changes: diff(m, &live, prune)?,
    })
}

/// The `members` line of an inbox's or a team's diff (e-mails, as the manifest names them);
/// returns the members' ids for apply.
fn members_field<C: serde::Serialize>(
    d: &mut BTreeMap<&'static str, [Value; 2]>,
    live: &Live,
    members: &[(String, String)],
    current: Option<&C>,
) -> Result<Vec<u64>> {
    let ids = live.member_ids(members)?;
    let emails: Vec<&str> = members.iter().map(|(e, _)| e.as_str()).collect();
    field(
        d,
        "members",
        current.map_or(Value::Null, |c| json!(c)),
        Some(json!(emails)),
    );
    Ok(ids)
}
