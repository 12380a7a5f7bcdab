//! Declarative provisioning: a committed TOML manifest (`chatwoot.toml`) describing inboxes,
//! agent bots and their links, inbox and team members, account webhooks, labels, canned
//! responses and teams; `plan` diffs it against an
//! account and `apply` converges the account onto it.
//!
//! This file parses and checks the manifest: everything it can refuse is refused here, with
//! `file:line:column`, before any request (exit 2). `plan.rs` reads the account and diffs;
//! `apply.rs` writes.

pub mod apply;
pub mod export;
pub mod plan;

use std::collections::BTreeSet;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::api::WEBHOOK_EVENTS;
use crate::error::{Error, Result};

/// The kinds a manifest can declare, in apply (dependency) order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Inbox,
    AgentBot,
    Link,
    Webhook,
    Label,
    CannedResponse,
    Team,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Inbox => "inbox",
            Kind::AgentBot => "agent_bot",
            Kind::Link => "link",
            Kind::Webhook => "webhook",
            Kind::Label => "label",
            Kind::CannedResponse => "canned_response",
            Kind::Team => "team",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct InboxSpec {
    pub name: String,
    pub id: Option<u64>,
    pub webhook_url: Option<String>,
    /// Agents by e-mail (lower-cased, sorted), with where each was written.
    pub members: Option<Vec<(String, String)>>,
    /// Filled in by the plan: the members' user ids.
    pub member_ids: Vec<u64>,
    /// `file:line` of the table, for errors found against the account.
    pub at: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BotSpec {
    pub name: String,
    pub id: Option<u64>,
    pub outgoing_url: Option<String>,
    pub description: Option<String>,
    /// Names of `[[inbox]]` entries this bot answers in.
    pub inboxes: Vec<String>,
    /// The table has an `inboxes` key: the bot's links are the manifest's, so a link to an
    /// inbox it does not list is removed. Without the key, links are not compared.
    pub owns_links: bool,
    /// A global bot (`platform = true`), managed through the platform API.
    pub platform: bool,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WebhookSpec {
    pub url: String,
    pub name: Option<String>,
    /// Sorted and deduplicated: Chatwoot keeps the order it is sent, which means nothing.
    pub events: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LabelSpec {
    /// Lower-cased, as Chatwoot stores it.
    pub title: String,
    pub color: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CannedSpec {
    pub short_code: String,
    pub content: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TeamSpec {
    /// Lower-cased, as Chatwoot stores it.
    pub name: String,
    pub description: Option<String>,
    /// Agents by e-mail (lower-cased, sorted), with where each was written.
    pub members: Option<Vec<(String, String)>>,
    /// Filled in by the plan: the members' user ids.
    pub member_ids: Vec<u64>,
}

/// A parsed, checked manifest with `${VAR}`s expanded.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Manifest {
    pub inboxes: Vec<InboxSpec>,
    pub agent_bots: Vec<BotSpec>,
    pub webhooks: Vec<WebhookSpec>,
    pub labels: Vec<LabelSpec>,
    pub canned_responses: Vec<CannedSpec>,
    pub teams: Vec<TeamSpec>,
    /// Kinds with at least a table header in the file (`--prune` touches only these).
    pub declared: BTreeSet<Kind>,
}

impl Manifest {
    /// The first global bot (`platform = true`), when the manifest has one: it needs a
    /// platform token.
    pub fn first_platform_bot(&self) -> Option<&BotSpec> {
        self.agent_bots.iter().find(|b| b.platform)
    }

    /// `--prune` may delete account bots: the file has an account bot, or an empty
    /// `agent_bot = []`. Global bots are pruned only when it has a global bot.
    pub fn prunes_account_bots(&self) -> bool {
        self.declared.contains(&Kind::AgentBot)
            && (self.agent_bots.is_empty() || self.agent_bots.iter().any(|b| !b.platform))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    inbox: Option<Vec<Spanned<RawInbox>>>,
    agent_bot: Option<Vec<Spanned<RawBot>>>,
    webhook: Option<Vec<Spanned<RawWebhook>>>,
    label: Option<Vec<Spanned<RawLabel>>>,
    canned_response: Option<Vec<Spanned<RawCanned>>>,
    team: Option<Vec<Spanned<RawTeam>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTeam {
    name: Spanned<String>,
    description: Option<Spanned<String>>,
    members: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCanned {
    short_code: Spanned<String>,
    content: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInbox {
    name: Spanned<String>,
    id: Option<u64>,
    webhook_url: Option<Spanned<String>>,
    members: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBot {
    name: Spanned<String>,
    id: Option<u64>,
    outgoing_url: Option<Spanned<String>>,
    description: Option<Spanned<String>>,
    inboxes: Option<Vec<Spanned<String>>>,
    platform: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWebhook {
    url: Spanned<String>,
    name: Option<Spanned<String>>,
    events: Spanned<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLabel {
    title: Spanned<String>,
    color: Option<Spanned<String>>,
    description: Option<Spanned<String>>,
}

/// Reads and checks a manifest file; `env` looks up `${VAR}`s.
pub fn load(path: &Path, env: &dyn Fn(&str) -> Option<String>) -> Result<Manifest> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::usage(format!("cannot read manifest {}: {e}", path.display())))?;
    parse(&path.display().to_string(), &text, env)
}

/// Where an error points: `file:line:column`, 1-based.
struct Source<'a> {
    file: &'a str,
    text: &'a str,
}

impl Source<'_> {
    fn at(&self, offset: usize) -> String {
        let before = &self.text[..offset.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        format!("{}:{line}:{column}", self.file)
    }

    fn error<T>(&self, span: std::ops::Range<usize>, msg: impl std::fmt::Display) -> Result<T> {
        Err(Error::usage(format!("{}: {msg}", self.at(span.start))))
    }

    /// Expands `${VAR}` (and `$$` to `$`) in a string value.
    fn expand(
        &self,
        value: &Spanned<String>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<String> {
        let raw = value.get_ref();
        let mut out = String::with_capacity(raw.len());
        let mut rest = raw.as_str();
        while let Some(i) = rest.find('$') {
            out.push_str(&rest[..i]);
            rest = &rest[i..];
            if let Some(after) = rest.strip_prefix("$$") {
                out.push('$');
                rest = after;
            } else if let Some(after) = rest.strip_prefix("${") {
                let Some(end) = after.find('}') else {
                    return self.error(
                        value.span(),
                        "unclosed `${`: write ${NAME}, or $$ for a literal $",
                    );
                };
                let name = &after[..end];
                if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    return self.error(
                        value.span(),
                        format!("`${{{name}}}` is not a variable name (letters, digits and _)"),
                    );
                }
                match env(name) {
                    Some(v) => out.push_str(&v),
                    None => {
                        return self.error(
                            value.span(),
                            format!("environment variable {name} is not set: export {name}=… before running (the manifest holds no values of its own)"),
                        )
                    }
                }
                rest = &after[end + 1..];
            } else {
                out.push('$');
                rest = &rest[1..];
            }
        }
        out.push_str(rest);
        Ok(out)
    }

    fn url(&self, value: &Spanned<String>, env: &dyn Fn(&str) -> Option<String>) -> Result<String> {
        let url = self.expand(value, env)?;
        crate::net::target_url(&url).or_else(|why| self.error(value.span(), why))
    }

    /// Agents by e-mail: lower-cased, sorted, deduplicated, each with its position.
    fn members(
        &self,
        list: Option<&Vec<Spanned<String>>>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Option<Vec<(String, String)>>> {
        let Some(list) = list else {
            return Ok(None);
        };
        let mut out = Vec::new();
        for email in list {
            let e = self.expand(email, env)?.trim().to_lowercase();
            if !e.contains('@') {
                return self.error(
                    email.span(),
                    format!("member '{e}' is not an e-mail address: members are agents by e-mail"),
                );
            }
            out.push((e, self.at(email.span().start)));
        }
        out.sort();
        out.dedup_by(|a, b| a.0 == b.0);
        Ok(Some(out))
    }

    fn text(
        &self,
        value: Option<&Spanned<String>>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Option<String>> {
        value.map(|v| self.expand(v, env)).transpose()
    }
}

pub fn parse(file: &str, text: &str, env: &dyn Fn(&str) -> Option<String>) -> Result<Manifest> {
    let src = Source { file, text };
    let raw: RawManifest = toml::from_str(text).map_err(|e| {
        let at = e.span().map_or_else(|| file.to_string(), |s| src.at(s.start));
        Error::usage(format!(
            "{at}: {} (a manifest has [[inbox]], [[agent_bot]], [[webhook]], [[label]], [[canned_response]] and [[team]] tables; see docs/manifest.md)",
            e.message().trim_end()
        ))
    })?;
    let mut m = Manifest::default();

    for item in raw.inbox.iter().flatten() {
        let r = item.get_ref();
        let name = src.expand(&r.name, env)?;
        if name.trim().is_empty() {
            return src.error(r.name.span(), "inbox name is empty");
        }
        if r.id.is_none()
            && m.inboxes
                .iter()
                .any(|i: &InboxSpec| i.name == name && i.id.is_none())
        {
            return src.error(r.name.span(), format!("a second [[inbox]] named '{name}': give each its own name, or `id = N` to tell them apart"));
        }
        m.inboxes.push(InboxSpec {
            name,
            id: r.id,
            webhook_url: r
                .webhook_url
                .as_ref()
                .map(|u| src.url(u, env))
                .transpose()?,
            members: src.members(r.members.as_ref(), env)?,
            member_ids: Vec::new(),
            at: src.at(item.span().start),
        });
    }
    if raw.inbox.is_some() {
        m.declared.insert(Kind::Inbox);
    }

    for item in raw.agent_bot.iter().flatten() {
        let r = item.get_ref();
        let name = src.expand(&r.name, env)?;
        if name.trim().is_empty() {
            return src.error(r.name.span(), "agent bot name is empty");
        }
        let platform = r.platform.unwrap_or(false);
        if m.agent_bots
            .iter()
            .any(|b: &BotSpec| b.name == name && b.id.is_none())
            && r.id.is_none()
        {
            return src.error(r.name.span(), format!("a second [[agent_bot]] named '{name}': give each its own name, or `id = N` to tell them apart"));
        }
        let mut inboxes = Vec::new();
        for link in r.inboxes.iter().flatten() {
            let inbox = src.expand(link, env)?;
            if !m.inboxes.iter().any(|i| i.name == inbox) {
                let known: Vec<&str> = m.inboxes.iter().map(|i| i.name.as_str()).collect();
                return src.error(
                    link.span(),
                    format!(
                        "no [[inbox]] named '{inbox}' in this manifest (it has: {}); add the inbox or fix the name",
                        if known.is_empty() { "none".to_string() } else { known.join(", ") }
                    ),
                );
            }
            let taken = m
                .agent_bots
                .iter()
                .find(|b: &&BotSpec| b.inboxes.contains(&inbox));
            if let Some(other) = taken {
                return src.error(
                    link.span(),
                    format!("inbox '{inbox}' is already linked to bot '{}': Chatwoot allows one bot per inbox", other.name),
                );
            }
            inboxes.push(inbox);
        }
        m.agent_bots.push(BotSpec {
            name,
            id: r.id,
            outgoing_url: r
                .outgoing_url
                .as_ref()
                .map(|u| src.url(u, env))
                .transpose()?,
            description: src.text(r.description.as_ref(), env)?,
            inboxes,
            owns_links: r.inboxes.is_some(),
            platform,
            at: src.at(item.span().start),
        });
    }
    if raw.agent_bot.is_some() {
        m.declared.insert(Kind::AgentBot);
        m.declared.insert(Kind::Link);
    }

    for item in raw.webhook.iter().flatten() {
        let r = item.get_ref();
        let url = src.url(&r.url, env)?;
        if m.webhooks.iter().any(|w: &WebhookSpec| w.url == url) {
            return src.error(r.url.span(), format!("a second [[webhook]] for {url}: Chatwoot keeps one webhook per URL; merge their events"));
        }
        let mut events = Vec::new();
        for event in r.events.get_ref() {
            let e = src.expand(event, env)?;
            if !WEBHOOK_EVENTS.contains(&e.as_str()) {
                return src.error(
                    event.span(),
                    format!(
                        "unknown webhook event '{e}'; Chatwoot accepts: {}",
                        WEBHOOK_EVENTS.join(", ")
                    ),
                );
            }
            events.push(e);
        }
        if events.is_empty() {
            return src.error(
                r.events.span(),
                format!(
                    "a webhook needs at least one event; Chatwoot accepts: {}",
                    WEBHOOK_EVENTS.join(", ")
                ),
            );
        }
        events.sort();
        events.dedup();
        m.webhooks.push(WebhookSpec {
            url,
            name: src.text(r.name.as_ref(), env)?,
            events,
        });
    }
    if raw.webhook.is_some() {
        m.declared.insert(Kind::Webhook);
    }

    for item in raw.label.iter().flatten() {
        let r = item.get_ref();
        let title = src.expand(&r.title, env)?.to_lowercase();
        if title.is_empty()
            || !title
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        {
            return src.error(r.title.span(), format!("label title '{title}' is invalid: Chatwoot allows letters, digits, - and _ only"));
        }
        if m.labels.iter().any(|l: &LabelSpec| l.title == title) {
            return src.error(
                r.title.span(),
                format!("a second [[label]] titled '{title}' (titles are case-insensitive)"),
            );
        }
        let color = src.text(r.color.as_ref(), env)?;
        if let (Some(c), Some(span)) = (&color, r.color.as_ref().map(Spanned::span)) {
            let hex = c.strip_prefix('#').unwrap_or("");
            if !(hex.len() == 6 || hex.len() == 3) || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                return src.error(span, format!("colour '{c}' is not #rrggbb"));
            }
        }
        m.labels.push(LabelSpec {
            title,
            color,
            description: src.text(r.description.as_ref(), env)?,
        });
    }
    if raw.label.is_some() {
        m.declared.insert(Kind::Label);
    }

    for item in raw.canned_response.iter().flatten() {
        let r = item.get_ref();
        let short_code = src.expand(&r.short_code, env)?;
        let content = src.expand(&r.content, env)?;
        if short_code.trim().is_empty() {
            return src.error(r.short_code.span(), "short_code is empty");
        }
        if content.trim().is_empty() {
            return src.error(r.content.span(), "content is empty: Chatwoot requires it");
        }
        if m.canned_responses
            .iter()
            .any(|c: &CannedSpec| c.short_code == short_code)
        {
            return src.error(
                r.short_code.span(),
                format!("a second [[canned_response]] with short_code '{short_code}'"),
            );
        }
        m.canned_responses.push(CannedSpec {
            short_code,
            content,
        });
    }
    if raw.canned_response.is_some() {
        m.declared.insert(Kind::CannedResponse);
    }

    for item in raw.team.iter().flatten() {
        let r = item.get_ref();
        let name = src.expand(&r.name, env)?.trim().to_lowercase();
        if name.is_empty() {
            return src.error(r.name.span(), "team name is empty");
        }
        if m.teams.iter().any(|t: &TeamSpec| t.name == name) {
            return src.error(
                r.name.span(),
                format!("a second [[team]] named '{name}' (names are case-insensitive)"),
            );
        }
        m.teams.push(TeamSpec {
            name,
            description: src.text(r.description.as_ref(), env)?,
            members: src.members(r.members.as_ref(), env)?,
            member_ids: Vec::new(),
        });
    }
    if raw.team.is_some() {
        m.declared.insert(Kind::Team);
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(name: &str) -> Option<String> {
        (name == "BASE").then(|| "https://bot.example.com".to_string())
    }

    fn err(text: &str) -> String {
        let e = parse("chatwoot.toml", text, &env).unwrap_err();
        assert_eq!(e.exit_code(), 2, "{e}");
        e.to_string()
    }

    #[test]
    fn parses_every_kind_and_expands_variables() {
        let m = parse(
            "chatwoot.toml",
            r##"
[[inbox]]
name = "Support"
webhook_url = "${BASE}/chatwoot"

[[agent_bot]]
name = "Triage"
outgoing_url = "${BASE}/bot"
inboxes = ["Support"]

[[webhook]]
url = "${BASE}/events"
events = ["message_created", "conversation_created", "message_created"]

[[label]]
title = "Needs-Human"
color = "#d32f2f"

[[canned_response]]
short_code = "refund"
content = "Refunds take 3-5 business days."
"##,
            &env,
        )
        .unwrap();
        assert_eq!(
            m.inboxes[0].webhook_url.as_deref(),
            Some("https://bot.example.com/chatwoot")
        );
        assert_eq!(m.agent_bots[0].inboxes, ["Support"]);
        assert_eq!(
            m.webhooks[0].events,
            ["conversation_created", "message_created"]
        );
        assert_eq!(m.labels[0].title, "needs-human");
        assert_eq!(m.declared.len(), 6);
        assert_eq!(m.canned_responses[0].short_code, "refund");
    }

    #[test]
    fn errors_name_file_line_and_fix() {
        let e = err("[[inbox]]\nname = \"A\"\nwebhook_url = \"${NOPE}/x\"\n");
        assert!(
            e.starts_with("chatwoot.toml:3:15: environment variable NOPE is not set"),
            "{e}"
        );
        let e = err("[[label]]\ntitle = \"a\"\ncolour = \"#fff\"\n");
        assert!(
            e.starts_with("chatwoot.toml:3:1: unknown field `colour`"),
            "{e}"
        );
        let e =
            err("[[webhook]]\nurl = \"https://x.test\"\nevents = [\"message_created\", \"msg\"]\n");
        assert!(
            e.starts_with("chatwoot.toml:3:30: unknown webhook event 'msg'"),
            "{e}"
        );
        let e = err("[[agent_bot]]\nname = \"B\"\ninboxes = [\"Nope\"]\n");
        assert!(
            e.contains("chatwoot.toml:3:12: no [[inbox]] named 'Nope'"),
            "{e}"
        );
        let e = err("[[inboxes]]\nname = \"A\"\n");
        assert!(e.contains("unknown field `inboxes`"), "{e}");
        let e =
            err("[[agent_bot]]\nname = \"B\"\n\n[[agent_bot]]\nname = \"B\"\nplatform = true\n");
        assert!(
            e.starts_with("chatwoot.toml:5:8: a second [[agent_bot]] named 'B'"),
            "{e}"
        );
    }

    #[test]
    fn a_bot_owns_its_links_only_with_an_inboxes_key() {
        let m = parse(
            "chatwoot.toml",
            "[[inbox]]\nname = \"A\"\n\n[[agent_bot]]\nname = \"Owner\"\ninboxes = []\n\n[[agent_bot]]\nname = \"Global\"\nplatform = true\n",
            &env,
        )
        .unwrap();
        assert!(m.agent_bots[0].owns_links && !m.agent_bots[0].platform);
        assert!(!m.agent_bots[1].owns_links && m.agent_bots[1].platform);
        assert_eq!(
            m.first_platform_bot().map(|b| b.name.as_str()),
            Some("Global")
        );
        assert!(m.prunes_account_bots());
    }
}
