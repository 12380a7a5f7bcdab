//! The adoption path: what an account has today, written as a manifest that `plan` then
//! finds in sync. Inboxes and bots whose name is not unique get `id = N`; inbox and team
//! members are written as agents' e-mails; global bots when a platform token is set.

use serde::Serialize;

use crate::api::{AgentBot, Api, BotScope};
use crate::error::{Error, Result};

#[derive(Serialize)]
struct Out {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    inbox: Vec<OutInbox>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    agent_bot: Vec<OutBot>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    webhook: Vec<OutWebhook>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    label: Vec<OutLabel>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    canned_response: Vec<OutCanned>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    team: Vec<OutTeam>,
}

#[derive(Serialize)]
struct OutTeam {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    members: Vec<String>,
}

#[derive(Serialize)]
struct OutCanned {
    short_code: String,
    content: String,
}

#[derive(Serialize)]
struct OutInbox {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    webhook_url: Option<String>,
    members: Vec<String>,
}

#[derive(Serialize)]
struct OutBot {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    outgoing_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    inboxes: Vec<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    platform: bool,
}

#[derive(Serialize)]
struct OutWebhook {
    url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    events: Vec<String>,
}

#[derive(Serialize)]
struct OutLabel {
    title: String,
    color: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
}

fn present(v: Option<&String>) -> Option<String> {
    v.filter(|s| !s.is_empty()).cloned()
}

/// Agents' e-mails, lower-cased and sorted, as a manifest lists members.
fn emails(agents: Vec<crate::api::Agent>) -> Vec<String> {
    let mut out: Vec<String> = agents.into_iter().map(|a| a.email.to_lowercase()).collect();
    out.sort();
    out.dedup();
    out
}

/// The account's API inboxes with their members, account bots (and, with `platform`, the
/// platform app's global bots) with their links, webhooks, labels, canned responses and
/// teams with their members, as TOML.
pub async fn export(api: &Api, platform: bool) -> Result<String> {
    let account = api.account_id()?;
    let inboxes: Vec<_> = api
        .inboxes()
        .await?
        .into_iter()
        .filter(|i| i.is_api())
        .collect();
    let bots: Vec<_> = api
        .bots(BotScope::Account)
        .await?
        .into_iter()
        .filter(|b| b.account_id == Some(account))
        .collect();
    let global: Vec<_> = if platform {
        api.bots(BotScope::Platform)
            .await?
            .into_iter()
            .filter(AgentBot::is_global)
            .collect()
    } else {
        Vec::new()
    };
    let unique = |name: &str, names: &mut dyn Iterator<Item = &str>| {
        names.filter(|n| *n == name).count() == 1
    };
    let mut out = Out {
        inbox: Vec::new(),
        agent_bot: Vec::new(),
        webhook: Vec::new(),
        label: Vec::new(),
        canned_response: Vec::new(),
        team: Vec::new(),
    };
    let mut links: Vec<(u64, String)> = Vec::new();
    for i in &inboxes {
        let shared = !unique(&i.name, &mut inboxes.iter().map(|i| i.name.as_str()));
        if let Some(bot) = api.inbox_bot(i.id).await? {
            if shared {
                // A link names the inbox, so the inbox needs a name of its own.
                return Err(Error::usage(format!(
                    "inbox {} '{}' has a bot but its name is not unique: rename it in Chatwoot, then export again",
                    i.id, i.name
                )));
            }
            links.push((bot.id, i.name.clone()));
        }
        out.inbox.push(OutInbox {
            name: i.name.clone(),
            id: shared.then_some(i.id),
            webhook_url: present(i.webhook_url.as_ref()),
            members: emails(api.inbox_members(i.id).await?),
        });
    }
    for (b, is_global) in bots
        .iter()
        .map(|b| (b, false))
        .chain(global.iter().map(|b| (b, true)))
    {
        let same_scope = if is_global { &global } else { &bots };
        let shared = !unique(&b.name, &mut same_scope.iter().map(|b| b.name.as_str()));
        out.agent_bot.push(OutBot {
            name: b.name.clone(),
            id: shared.then_some(b.id),
            outgoing_url: present(b.outgoing_url.as_ref()),
            description: present(b.description.as_ref()),
            inboxes: links
                .iter()
                .filter(|(id, _)| *id == b.id)
                .map(|(_, n)| n.clone())
                .collect(),
            platform: is_global,
        });
    }
    for w in api.webhooks().await? {
        let mut events = w.subscriptions.clone();
        events.sort();
        events.dedup();
        out.webhook.push(OutWebhook {
            url: w.url.clone(),
            name: present(w.name.as_ref()),
            events,
        });
    }
    for l in api.labels().await? {
        out.label.push(OutLabel {
            title: l.title.clone(),
            color: l.color.clone(),
            description: present(l.description.as_ref()),
        });
    }
    for c in api.canned_responses().await? {
        out.canned_response.push(OutCanned {
            short_code: c.short_code.clone(),
            content: c.content.clone().unwrap_or_default(),
        });
    }
    for t in api.teams().await? {
        out.team.push(OutTeam {
            name: t.name.clone(),
            description: present(t.description.as_ref()),
            members: emails(api.team_members(t.id).await?),
        });
    }
    let body = toml::to_string(&out)
        .map_err(|e| Error::other(format!("cannot write the manifest: {e}")))?;
    Ok(format!(
        "# chatwoot-bridge manifest of account {account}, exported. Check it with\n# `chatwoot-bridge plan -f FILE`; replace URLs with ${{VAR}}s as you like.\n\n{body}"
    ))
}
