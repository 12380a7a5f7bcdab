//! `doctor`: diagnoses the path from this machine to Chatwoot (config, instance, token,
//! account, role) and from Chatwoot to the bot (the inbox's webhook URL, the linked bot's
//! outgoing URL, whether Chatwoot may deliver there, signing secrets for `listen`, a local
//! listener). One line per check with pass, warn, fail or skip, and the fix; exit 1 when a
//! check fails. `docs/troubleshooting.md` has one section per check.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::Duration;

use clap::Args;
use serde::Serialize;
use serde_json::json;

use crate::api::{
    AgentBot, Api, ApiErrorKind, BotScope, Client, Inbox, InstanceInfo, Profile as ApiProfile,
    RetryPolicy,
};
use crate::context::{Context, Setting, Source};
use crate::error::{Error, Result};
use crate::listen::{knock, Knock};
use crate::net::{classify, AddrClass};
use crate::output::{Human, OutputMode, View};

/// How long a webhook host may take to resolve.
const DNS_TIMEOUT: Duration = Duration::from_secs(3);
/// How long a local listener may take to answer a GET.
const KNOCK_TIMEOUT: Duration = Duration::from_secs(2);
/// How long connecting to `/cable` and subscribing may take.
const LIVE_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, Args)]
#[command(
    after_help = "Checks, in order: config, instance (GET /api: version and health), token, account, role, live (the websocket at /cable accepts the user's subscription, for `listen --live`; \
subscribing marks the user online for about 20 s); then per API inbox: inbox, webhook_url, bot, bot_url, signing (the inbox's and the bot's secret as `listen` would use it), \
listener (a local receiver at a loopback URL answers); then, without --inbox, each account webhook: webhook (its URL, checked the same way) and listener. A check that cannot run because an earlier one failed \
is skipped, with the reason. The URL checks resolve the host from this machine: Chatwoot 4.14+ refuses loopback \
and private targets unless the server sets SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true, and Chatwoot Cloud never \
delivers there.\n\n\
Exit status: 0 when nothing failed (warnings included), 1 when a check failed. -o json prints \
{\"checks\":[{\"check\",\"status\",\"summary\",\"fix\",\"inbox_id\",\"bot_id\",\"webhook_id\" (account webhooks only)}],\"passed\",\"warnings\",\"failed\",\"skipped\"}; \
-q prints only the failed checks. Nothing secret is printed. See docs/troubleshooting.md.\n\n\
Examples:\n  \
chatwoot-bridge doctor\n  \
chatwoot-bridge doctor --inbox 'Support bot' -o json\n  \
chatwoot-bridge doctor --inbox 3 --listener http://127.0.0.1:4000   # the listener behind a tunnel"
)]
pub struct DoctorArgs {
    /// Check this inbox only (id or name); default: every API inbox of the account
    #[arg(long, value_name = "INBOX")]
    pub inbox: Option<String>,
    /// The local listener to check, e.g. the one behind a tunnel (default: the webhook and
    /// outgoing URLs that are on loopback)
    #[arg(long, value_name = "URL")]
    pub listener: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Warn,
    Fail,
    Skip,
}

impl Status {
    fn word(self) -> &'static str {
        match self {
            Status::Pass => "PASS",
            Status::Warn => "WARN",
            Status::Fail => "FAIL",
            Status::Skip => "SKIP",
        }
    }

    /// ANSI colour: green, yellow, red, dim.
    fn colour(self) -> &'static str {
        match self {
            Status::Pass => "32",
            Status::Warn => "33",
            Status::Fail => "31",
            Status::Skip => "2",
        }
    }
}

/// One finding. `fix` is set on warn and fail.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub check: &'static str,
    pub status: Status,
    pub summary: String,
    pub fix: Option<String>,
    pub inbox_id: Option<u64>,
    pub bot_id: Option<u64>,
    /// Set on the checks of an account webhook.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_id: Option<u64>,
}

impl Check {
    fn new(check: &'static str, status: Status, summary: impl Into<String>) -> Self {
        Check {
            check,
            status,
            summary: summary.into(),
            fix: None,
            inbox_id: None,
            bot_id: None,
            webhook_id: None,
        }
    }
    fn pass(check: &'static str, summary: impl Into<String>) -> Self {
        Self::new(check, Status::Pass, summary)
    }
    fn warn(check: &'static str, summary: impl Into<String>, fix: impl Into<String>) -> Self {
        Self::new(check, Status::Warn, summary).fix(fix)
    }
    fn fail(check: &'static str, summary: impl Into<String>, fix: impl Into<String>) -> Self {
        Self::new(check, Status::Fail, summary).fix(fix)
    }
    fn skip(check: &'static str, reason: impl Into<String>) -> Self {
        Self::new(check, Status::Skip, reason)
    }
    fn fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = Some(fix.into());
        self
    }
    fn inbox(mut self, id: u64) -> Self {
        self.inbox_id = Some(id);
        self
    }
    fn bot(mut self, id: Option<u64>) -> Self {
        self.bot_id = id;
        self
    }
    fn webhook(mut self, id: u64) -> Self {
        self.webhook_id = Some(id);
        self
    }
}

pub async fn run(ctx: &Context, args: DoctorArgs) -> Result<()> {
    // Name lookups and listener knocks may each take seconds.
    let spinner = ctx.spinner("Running the checks");
    let checks = Doctor::new(ctx, &args).diagnose().await;
    drop(spinner);
    let count = |s: Status| checks.iter().filter(|c| c.status == s).count();
    let (passed, warnings, failed, skipped) = (
        count(Status::Pass),
        count(Status::Warn),
        count(Status::Fail),
        count(Status::Skip),
    );
    let failed_names: Vec<String> = checks
        .iter()
        .filter(|c| c.status == Status::Fail)
        .map(|c| match (c.inbox_id, c.webhook_id) {
            (Some(id), _) => format!("{} inbox:{id}", c.check),
            (None, Some(id)) => format!("{} webhook:{id}", c.check),
            (None, None) => c.check.to_string(),
        })
        .collect();
    let colour = ctx.output().mode == OutputMode::Table && crate::output::color_stdout();
    let text = render(&checks, colour);
    let json = json!({
        "checks": checks,
        "passed": passed,
        "warnings": warnings,
        "failed": failed,
        "skipped": skipped,
    });
    ctx.output()
        .print(View::new(json, failed_names.clone(), Human::Text(text)))?;
    if failed > 0 {
        return Err(Error::other(format!(
            "{failed} check{} failed: {}",
            plural(failed),
            failed_names.join(", ")
        )));
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// One line per check, an indented `fix:` under warnings and failures, then the counts.
fn render(checks: &[Check], colour: bool) -> String {
    let width = checks.iter().map(|c| c.check.len()).max().unwrap_or(0);
    let mut text = String::new();
    for c in checks {
        let word = crate::output::paint(colour, c.status.colour(), c.status.word());
        let scope = match (c.inbox_id, c.webhook_id) {
            (Some(id), _) => format!("inbox {id}: "),
            (None, Some(id)) => format!("webhook {id}: "),
            (None, None) => String::new(),
        };
        text.push_str(&format!(
            "{word}  {:width$}  {scope}{}\n",
            c.check, c.summary
        ));
        if let (Some(fix), Status::Warn | Status::Fail) = (&c.fix, c.status) {
            text.push_str(&format!("{:indent$}fix: {fix}\n", "", indent = width + 8));
        }
    }
    let count = |s: Status| checks.iter().filter(|c| c.status == s).count();
    let warnings = count(Status::Warn);
    text.push_str(&format!(
        "\n{} passed, {warnings} warning{}, {} failed, {} skipped\n",
        count(Status::Pass),
        plural(warnings),
        count(Status::Fail),
        count(Status::Skip)
    ));
    text
}

/// What the instance check learned, for the checks after it.
struct Instance {
    info: Option<InstanceInfo>,
    /// The instance's own host is loopback or private: a Chatwoot on this machine or network.
    local: bool,
    /// Chatwoot Cloud, which never delivers to private addresses.
    cloud: bool,
}

struct Doctor<'a> {
    ctx: &'a Context,
    args: &'a DoctorArgs,
    /// A client that reports instead of retrying: a doctor wants to see the first failure.
    api: Option<Api>,
    /// Listener answers by `host:port`, so several inboxes at one listener knock once.
    knocks: HashMap<String, Knock>,
    checks: Vec<Check>,
}

impl<'a> Doctor<'a> {
    fn new(ctx: &'a Context, args: &'a DoctorArgs) -> Self {
        let api = ctx.url().and_then(|url| {
            let mut config = ctx.client_config(&url.value, ctx.token().map(|t| t.value.clone()));
            config.retry = RetryPolicy {
                attempts: 1,
                ..RetryPolicy::default()
            };
            Client::new(config)
                .ok()
                .map(|c| Api::new(c, ctx.account().map(|a| a.value)))
        });
        Doctor {
            ctx,
            args,
            api,
            knocks: HashMap::new(),
            checks: Vec::new(),
        }
    }

    fn push(&mut self, check: Check) {
        self.checks.push(check);
    }

    async fn diagnose(mut self) -> Vec<Check> {
        let config = config_check(self.ctx);
        self.push(config);
        let instance = self.instance().await;
        let me = self.token(instance.is_some()).await;
        let member = self.account(me.as_ref());
        self.role(me.as_ref(), member);
        if let (Some(me), true) = (&me, member) {
            self.live(me).await;
        }
        match (&instance, member) {
            (Some(instance), true) => {
                self.inboxes(instance, me.as_ref()).await;
                // `--inbox` narrows the diagnosis to that inbox.
                if self.args.inbox.is_none() {
                    self.account_webhooks(instance, me.as_ref()).await;
                }
            }
            _ => {
                let reason = if instance.is_none() {
                    "the instance check failed"
                } else {
                    "the account check failed"
                };
                self.push(Check::skip("inbox", format!("skipped: {reason}")));
            }
        }
        if let Some(url) = self.args.listener.clone() {
            let check = self.listener(&url, None).await;
            self.push(check);
        }
        self.checks
    }

    /// `GET /api`. `None` when nothing (or not Chatwoot) answered there.
    async fn instance(&mut self) -> Option<Instance> {
        let Some(url) = self.ctx.url() else {
            self.push(Check::fail(
                "instance",
                "no Chatwoot URL",
                "pass --url, set CHATWOOT_BASE_URL, or run `chatwoot-bridge auth login`",
            ));
            return None;
        };
        let Some(api) = self.api.clone() else {
            self.push(Check::fail(
                "instance",
                "could not build an HTTP client",
                "check the system's TLS roots",
            ));
            return None;
        };
        let (local, cloud) = whereabouts(&url.value).await;
        let answer = api.instance_info().await;
        self.push(instance_check(url, local, &answer));
        // Any HTTP answer lets the other checks run; no answer, or not Chatwoot's, does not.
        let reachable = match &answer {
            Ok(_) => true,
            Err(Error::Api(e)) => e.status.is_some(),
            Err(_) => false,
        };
        reachable.then(|| Instance {
            info: answer.ok(),
            local,
            cloud,
        })
    }

    /// `GET /api/v1/profile`: the token is valid, and whose it is.
    async fn token(&mut self, reachable: bool) -> Option<ApiProfile> {
        let Some(token) = self.ctx.token() else {
            self.push(Check::fail(
                "token",
                "no access token",
                "run `chatwoot-bridge auth login`, or set CHATWOOT_API_TOKEN (Chatwoot: Profile settings → Access Token)",
            ));
            return None;
        };
        let api = match (&self.api, reachable) {
            (Some(api), true) => api.clone(),
            _ => {
                self.push(Check::skip("token", "skipped: the instance check failed"));
                return None;
            }
        };
        let check = match api.profile().await {
            Ok(me) => {
                self.push(Check::pass(
                    "token",
                    format!("valid: {} <{}> (user {})", me.name, me.email, me.id),
                ));
                return Some(me);
            }
            Err(Error::Api(e)) if e.detail == "Access to this endpoint is not authorized for bots" => {
                Check::fail(
                    "token",
                    format!("the token from {} is an agent bot's, not a user's", token.source),
                    "use a user's access token (Chatwoot: Profile settings → Access Token); a bot's token only acts in conversations",
                )
            }
            Err(Error::Api(e)) if e.kind == ApiErrorKind::Auth => Check::fail(
                "token",
                format!(
                    "rejected by Chatwoot (HTTP {}: {}); it came from {}",
                    e.status.unwrap_or(401),
                    e.detail,
                    token.source
                ),
                login_fix(token, "it may have been reset in Profile settings → Access Token"),
            ),
            Err(e) => Check::fail(
                "token",
                format!("could not be checked: {}", first_line(&e.to_string())),
                "run again; if it persists, check the Chatwoot server's logs",
            ),
        };
        self.push(check);
        None
    }

    /// The account is chosen and the token's user is a member. Returns whether it is.
    fn account(&mut self, me: Option<&ApiProfile>) -> bool {
        let Some(me) = me else {
            self.push(Check::skip("account", "skipped: no valid token"));
            return false;
        };
        let check = match &self.ctx.account() {
            None => Check::fail(
                "account",
                "no account chosen",
                format!(
                    "pass --account ID or set CHATWOOT_ACCOUNT_ID; this token's accounts: {}",
                    me.accounts_list()
                ),
            ),
            Some(a) => match me.membership(a.value) {
                Some(m) => {
                    self.push(Check::pass(
                        "account",
                        format!("{} '{}'", a.value, m.name),
                    ));
                    return true;
                }
                None => Check::fail(
                    "account",
                    format!(
                        "{} <{}> is not a member of account {} (from {})",
                        me.name, me.email, a.value, a.source
                    ),
                    format!(
                        "use one of this token's accounts: {} (--account ID or CHATWOOT_ACCOUNT_ID)",
                        me.accounts_list()
                    ),
                ),
            },
        };
        self.push(check);
        false
    }

    fn role(&mut self, me: Option<&ApiProfile>, member: bool) {
        let role = me
            .zip(self.ctx.account())
            .and_then(|(me, a)| me.membership(a.value))
            .map(|m| m.role.clone());
        let check = match role {
            _ if !member => Check::skip("role", "skipped: the account check failed"),
            Some(r) if r == "administrator" => Check::pass(
                "role",
                "administrator: provisioning (setup, inbox and bot changes) and signing secrets are available",
            ),
            Some(r) => Check::warn(
                "role",
                format!(
                    "{r}: provisioning (setup, inbox create, bot create) needs an administrator's token, and signing secrets are shown to administrators only"
                ),
                "for provisioning, use an administrator's access token (Profile settings → Access Token of an administrator)",
            ),
            None => Check::skip("role", "skipped: the account check failed"),
        };
        self.push(check);
    }

    /// `/cable` accepts this user's `RoomChannel` subscription (`listen --live`, and the
    /// dashboard's live updates). A warning, not a failure: webhooks do not need it.
    async fn live(&mut self, me: &ApiProfile) {
        let Some(api) = self.api.clone() else { return };
        let check = match crate::live::check(&api, me, LIVE_TIMEOUT).await {
            Ok(url) => Check::pass(
                "live",
                format!("{url} accepts this user's subscription: `listen --live` works without a public URL"),
            ),
            Err(crate::live::CheckError::Session(e)) => Check::skip(
                "live",
                format!("skipped: {}", first_line(&e.to_string())),
            ),
            Err(crate::live::CheckError::Socket { url, error }) => {
                use crate::live::socket::SocketError as E;
                let fix = match error {
                    E::Connect(_) | E::NoWelcome | E::Closed(_) => "a reverse proxy in front of Chatwoot must pass WebSocket upgrades at /cable (nginx: proxy_http_version 1.1; proxy_set_header Upgrade $http_upgrade; proxy_set_header Connection \"upgrade\"); the dashboard's live updates need it too",
                    _ => "Chatwoot did not accept the user's pubsub token: run again (the password may have just changed); check the token with `chatwoot-bridge auth status`",
                };
                Check::warn("live", format!("{url}: {error}"), fix)
            }
        };
        self.push(check);
    }

    /// The inbox named with `--inbox`, or every API inbox of the account.
    async fn inboxes(&mut self, instance: &Instance, me: Option<&ApiProfile>) {
        let Some(api) = self.api.clone() else { return };
        let admin = me
            .zip(self.ctx.account())
            .and_then(|(me, a)| me.membership(a.value))
            .is_some_and(|m| m.role == "administrator");
        let inboxes = match &self.args.inbox {
            Some(wanted) => match api.resolve_inbox(wanted).await {
                Ok(inbox) => vec![inbox],
                Err(e) => {
                    self.push(Check::fail(
                        "inbox",
                        first_line(&e.to_string()),
                        "`chatwoot-bridge inbox list` shows the inboxes this token can see",
                    ));
                    return;
                }
            },
            None => match api.inboxes().await {
                Ok(all) => all.into_iter().filter(Inbox::is_api).collect(),
                Err(e) => {
                    self.push(Check::fail(
                        "inbox",
                        format!("could not list the inboxes: {}", first_line(&e.to_string())),
                        "run `chatwoot-bridge inbox list -v` to see the request",
                    ));
                    return;
                }
            },
        };
        if inboxes.is_empty() {
            let account = self.ctx.account().map(|a| a.value).unwrap_or_default();
            let mut summary = format!("no API inbox in account {account}");
            if !admin {
                summary.push_str(
                    " that this token can see (agents see only the inboxes they are members of)",
                );
            }
            self.push(Check::warn(
                "inbox",
                summary,
                if admin {
                    "run `chatwoot-bridge setup inbox --name NAME --webhook-url URL`"
                } else {
                    "an administrator can add this user to the inbox (Settings → Inboxes → Collaborators), or create one with `chatwoot-bridge setup inbox --name NAME --webhook-url URL`"
                },
            ));
            return;
        }
        for inbox in inboxes {
            self.inbox(&api, instance, &inbox, admin).await;
        }
    }

    async fn inbox(&mut self, api: &Api, instance: &Instance, inbox: &Inbox, admin: bool) {
        let id = inbox.id;
        if inbox.is_api() {
            self.push(Check::pass("inbox", format!("'{}' is an API inbox", inbox.name)).inbox(id));
        } else {
            self.push(
                Check::fail(
                    "inbox",
                    format!(
                        "'{}' is a {} inbox: only API inboxes have a webhook URL and sign deliveries",
                        inbox.name,
                        inbox.channel_type.strip_prefix("Channel::").unwrap_or(&inbox.channel_type)
                    ),
                    "connect the bot through an API inbox: `chatwoot-bridge setup inbox --name NAME --webhook-url URL`",
                )
                .inbox(id),
            );
        }
        let bot = api.inbox_bot(id).await;
        let webhook_url = inbox
            .webhook_url
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty());

        // The inbox's webhook URL.
        let linked = matches!(bot, Ok(Some(_)));
        let webhook_loopback = match (inbox.is_api(), webhook_url) {
            (false, _) => {
                self.push(Check::skip("webhook_url", "skipped: not an API inbox").inbox(id));
                false
            }
            (true, None) if linked => {
                self.push(
                    Check::pass(
                        "webhook_url",
                        "none set; the linked agent bot receives the events",
                    )
                    .inbox(id),
                );
                false
            }
            (true, None) => {
                self.push(
                    Check::warn(
                        "webhook_url",
                        "none set, and no agent bot linked: nothing receives this inbox's events",
                        format!(
                            "`chatwoot-bridge setup inbox --name '{}' --webhook-url URL`, or link a bot with `chatwoot-bridge setup bot`",
                            inbox.name
                        ),
                    )
                    .inbox(id),
                );
                false
            }
            (true, Some(url)) => {
                let (check, loopback) = url_check("webhook_url", url, instance).await;
                self.push(check.inbox(id));
                loopback
            }
        };

        // The linked bot and its outgoing URL.
        let (bot, bot_url) = self.bot(api, inbox, bot).await;
        let bot_id = bot.as_ref().map(|b| b.id);
        let bot_loopback = match bot_url.as_deref() {
            Some(url) => {
                let (check, loopback) = url_check("bot_url", url, instance).await;
                self.push(check.inbox(id).bot(bot_id));
                loopback
            }
            None => false,
        };

        // Signing secrets, as `listen` would use them.
        let unsigned = instance
            .info
            .as_ref()
            .filter(|i| i.version_number().is_some() && !i.at_least(4, 13))
            .and_then(|i| i.version.clone());
        if inbox.is_api() && webhook_url.is_some() {
            let hidden = if !admin {
                Some("signing secrets are shown to administrators only")
            } else if inbox.secret.is_none() {
                Some("Chatwoot did not return it (before 4.13 there is none)")
            } else {
                None
            };
            let check = match &unsigned {
                Some(v) => unsigned_check(v),
                None => signing_check(
                    self.ctx,
                    &format!("inbox:{id}"),
                    "the inbox",
                    inbox.secret.as_deref(),
                    hidden,
                    &format!("chatwoot-bridge inbox secret {id}"),
                ),
            };
            self.push(check.inbox(id));
        }
        if let (Some(b), Some(_)) = (&bot, &bot_url) {
            let hidden = if b.is_global() {
                Some("a global bot's secret is never shown by the API, so its deliveries cannot be verified")
            } else if !admin {
                Some("signing secrets are shown to administrators only")
            } else if b.secret.is_none() {
                Some("Chatwoot did not return it (before 4.13 there is none)")
            } else {
                None
            };
            let check = match &unsigned {
                Some(v) => unsigned_check(v),
                None if b.is_global() => Check::warn(
                    "signing",
                    format!("bot {}: {}", b.id, hidden.unwrap_or_default()),
                    "for verified deliveries, use an account bot: `chatwoot-bridge setup bot` without --platform",
                ),
                None => signing_check(
                    self.ctx,
                    &format!("bot:{}", b.id),
                    &format!("bot {}", b.id),
                    b.secret.as_deref(),
                    hidden,
                    &format!("chatwoot-bridge bot secret {}", b.id),
                ),
            };
            self.push(check.inbox(id).bot(bot_id));
        }

        // Local listeners, unless --listener names the one to check.
        if self.args.listener.is_none() {
            if let (true, Some(url)) = (webhook_loopback, webhook_url) {
                let check = self.listener(url, Some(id)).await;
                self.push(check);
            }
            if let (true, Some(url)) = (bot_loopback, bot_url.as_deref()) {
                let check = self.listener(url, Some(id)).await;
                self.push(check.bot(bot_id));
            }
        }
    }

    /// Account webhooks get every inbox's events: each URL is checked as an inbox's is, and a
    /// loopback one gets its listener knocked at.
    async fn account_webhooks(&mut self, instance: &Instance, me: Option<&ApiProfile>) {
        const NAME: &str = "webhook";
        let Some(api) = self.api.clone() else { return };
        let admin = me
            .zip(self.ctx.account())
            .and_then(|(me, a)| me.membership(a.value))
            .is_some_and(|m| m.role == "administrator");
        if !admin {
            self.push(Check::skip(
                NAME,
                "skipped: Chatwoot lists account webhooks to administrators only",
            ));
            return;
        }
        let hooks = match api.webhooks().await {
            Ok(hooks) => hooks,
            Err(e) => {
                self.push(Check::warn(
                    NAME,
                    format!(
                        "could not list the account webhooks: {}",
                        first_line(&e.to_string())
                    ),
                    "run `chatwoot-bridge webhook list -v` to see the request",
                ));
                return;
            }
        };
        if hooks.is_empty() {
            self.push(Check::pass(NAME, "none subscribed"));
        }
        for hook in hooks {
            let url = hook.url.trim().to_string();
            let (check, loopback) = url_check(NAME, &url, instance).await;
            self.push(check.webhook(hook.id));
            if loopback && self.args.listener.is_none() {
                let check = self.listener(&url, None).await;
                self.push(check.webhook(hook.id));
            }
        }
    }

    /// The `bot` check; returns the linked bot and its outgoing URL when one is set.
    async fn bot(
        &mut self,
        api: &Api,
        inbox: &Inbox,
        bot: Result<Option<AgentBot>>,
    ) -> (Option<AgentBot>, Option<String>) {
        let id = inbox.id;
        let bot = match bot {
            Ok(Some(bot)) => bot,
            Ok(None) => {
                self.push(
                    Check::pass(
                        "bot",
                        "no agent bot linked: conversations start open, and the inbox webhook is the bot's only feed",
                    )
                    .inbox(id),
                );
                return (None, None);
            }
            Err(e) => {
                self.push(
                    Check::warn(
                        "bot",
                        format!("could not read the linked bot: {}", first_line(&e.to_string())),
                        format!("run `chatwoot-bridge api GET /api/v1/accounts/{{account}}/inboxes/{id}/agent_bot -v` to see the request"),
                    )
                    .inbox(id),
                );
                return (None, None);
            }
        };
        let label = format!("bot {} '{}'", bot.id, bot.name);
        let mut outgoing = bot.outgoing_url.clone();
        if bot.is_global() && outgoing.is_none() {
            // The account API omits a global bot's outgoing URL; its platform app sees it.
            if self.ctx.platform_token().is_some() {
                outgoing = api
                    .bot(BotScope::Platform, bot.id)
                    .await
                    .ok()
                    .and_then(|b| b.outgoing_url);
            }
            if outgoing.is_none() {
                self.push(
                    Check::pass(
                        "bot",
                        format!("global {label} is linked (conversations start pending until it hands over)"),
                    )
                    .inbox(id)
                    .bot(Some(bot.id)),
                );
                self.push(
                    Check::skip(
                        "bot_url",
                        "skipped: only the platform app that created a global bot sees its outgoing URL (set CHATWOOT_PLATFORM_TOKEN to that app's token)",
                    )
                    .inbox(id)
                    .bot(Some(bot.id)),
                );
                return (Some(bot), None);
            }
        }
        let outgoing = outgoing
            .map(|u| u.trim().to_string())
            .filter(|u| !u.is_empty());
        match outgoing {
            Some(url) => {
                self.push(
                    Check::pass(
                        "bot",
                        format!(
                            "{label} is linked (conversations start pending until it hands over)"
                        ),
                    )
                    .inbox(id)
                    .bot(Some(bot.id)),
                );
                (Some(bot), Some(url))
            }
            None => {
                self.push(
                    Check::fail(
                        "bot",
                        format!(
                            "{label} is linked but has no outgoing URL: Chatwoot sends it nothing, and conversations stay pending"
                        ),
                        format!(
                            "`chatwoot-bridge bot update {} --outgoing-url URL`, or unlink it: `chatwoot-bridge bot unlink --inbox {id}`",
                            bot.id
                        ),
                    )
                    .inbox(id)
                    .bot(Some(bot.id)),
                );
                (Some(bot), None)
            }
        }
    }

    /// Knocks at a local listener (once per `host:port`).
    async fn listener(&mut self, url: &str, inbox: Option<u64>) -> Check {
        let with_scope = |c: Check| match inbox {
            Some(id) => c.inbox(id),
            None => c,
        };
        let Some(parsed) = crate::net::http_url(url) else {
            return with_scope(Check::fail(
                "listener",
                format!("'{url}' is not an http(s) URL"),
                "give the listener's URL, like http://127.0.0.1:4000",
            ));
        };
        let host = parsed.host_str().unwrap_or_default().to_string();
        let port = parsed.port_or_known_default().unwrap_or(80);
        let origin = format!("{host}:{port}");
        let answer = match self.knocks.get(&origin) {
            Some(k) => k.clone(),
            None => {
                let k = knock(url, KNOCK_TIMEOUT).await;
                self.knocks.insert(origin.clone(), k.clone());
                k
            }
        };
        let bind = match host.trim_start_matches('[').trim_end_matches(']') {
            "127.0.0.1" | "localhost" => String::new(),
            other => format!(" --bind {other}"),
        };
        let start = format!(
            "start the receiver: `chatwoot-bridge listen --port {port}{bind}` (with --forward-to to pass deliveries on to your bot), or your bot itself"
        );
        with_scope(match answer {
            Knock::Listener => Check::pass("listener", format!("chatwoot-bridge listen answers at {url}")),
            Knock::Other(status) => Check::pass(
                "listener",
                format!("something answers at {url} (HTTP {status} to a GET); not chatwoot-bridge listen"),
            ),
            Knock::Refused => Check::fail(
                "listener",
                format!("nothing listens at {origin}: deliveries to {url} fail"),
                start,
            ),
            Knock::Timeout => Check::fail(
                "listener",
                format!(
                    "{origin} accepts connections but does not answer within {} s",
                    KNOCK_TIMEOUT.as_secs()
                ),
                "Chatwoot gives up after 5 s (WEBHOOK_TIMEOUT): check that the receiver is not stuck",
            ),
            Knock::Failed(why) => Check::fail(
                "listener",
                format!("no answer from {origin}: {why}"),
                start,
            ),
        })
    }
}

/// Whether the instance is on loopback or a private network (a Chatwoot on this machine or
/// network), and whether it is Chatwoot Cloud.
async fn whereabouts(url: &str) -> (bool, bool) {
    let Ok(parsed) = url::Url::parse(url) else {
        return (false, false);
    };
    let host = parsed.host_str().unwrap_or_default();
    let cloud = host == "chatwoot.com" || host.ends_with(".chatwoot.com");
    let local = matches!(
        resolve(&parsed).await,
        Ok(ips) if ips.iter().all(|ip| classify(*ip) != AddrClass::Public)
    );
    (local, cloud)
}

/// What `GET /api` says: the version, and whether Redis and PostgreSQL are up.
fn instance_check(url: &Setting<String>, local: bool, answer: &Result<InstanceInfo>) -> Check {
    let at = &url.value;
    let base_url = "give the instance's base URL, like https://chat.example.com";
    match answer {
        Ok(InstanceInfo {
            version: Some(v),
            queue_services,
            data_services,
            ..
        }) => {
            let failing: Vec<&str> = [
                ("queue (Redis)", queue_services),
                ("database (PostgreSQL)", data_services),
            ]
            .into_iter()
            .filter(|(_, state)| state.as_deref() == Some("failing"))
            .map(|(what, _)| what)
            .collect();
            if failing.is_empty() {
                Check::pass("instance", format!("Chatwoot {v} at {at}"))
            } else {
                Check::warn(
                    "instance",
                    format!("Chatwoot {v} at {at} reports its {} failing", failing.join(" and ")),
                    "deliveries and automations stall meanwhile: check the Chatwoot server (Redis, PostgreSQL, Sidekiq)",
                )
            }
        }
        Ok(_) => Check::warn(
            "instance",
            format!("{at} answers GET /api without a version: is this Chatwoot?"),
            base_url,
        ),
        Err(Error::Api(e)) if e.redirect.is_some() => Check::fail(
            "instance",
            format!(
                "{at} redirects to {} (Chatwoot's API never does)",
                e.redirect.as_deref().unwrap_or_default()
            ),
            e.hint.clone().unwrap_or_else(|| instance_fix(url, local)),
        ),
        Err(Error::Api(e)) if e.kind == ApiErrorKind::Network => Check::fail(
            "instance",
            format!("{at} does not answer: {}", e.detail),
            instance_fix(url, local),
        ),
        Err(Error::Api(e)) => match e.status {
            None => Check::fail(
                "instance",
                format!("{at} answers, but not as Chatwoot ({})", e.detail),
                format!("{base_url} (not a dashboard page or a proxy's)"),
            ),
            Some(status) => Check::warn(
                "instance",
                format!("{at} answers GET /api with HTTP {status}: the version is unknown"),
                "a proxy in front of Chatwoot may block /api; if the checks below fail too, check the URL",
            ),
        },
        Err(e) => Check::fail(
            "instance",
            format!("{at} answers GET /api with JSON that is not Chatwoot's ({e})"),
            base_url,
        ),
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or_default().to_string()
}

fn login_fix(token: &Setting<String>, why: &str) -> String {
    match &token.source {
        Source::Env(var) => format!("{why}: set {var} to a current access token"),
        _ => format!("{why}: run `chatwoot-bridge auth login` with a current access token"),
    }
}

fn instance_fix(url: &Setting<String>, local: bool) -> String {
    let mut fix = match &url.source {
        Source::Flag => "check --url and that the instance is up".to_string(),
        Source::Env(var) => format!("check {var} and that the instance is up"),
        Source::Profile(p) => format!(
            "check that the instance is up, or the URL stored in profile '{p}' (`chatwoot-bridge auth login --url URL`)"
        ),
    };
    if local {
        fix.push_str("; from inside a container, 127.0.0.1 is the container itself");
    }
    fix
}

/// The config file: present, private, the profile in effect, where each setting comes from.
fn config_check(ctx: &Context) -> Check {
    let path = ctx.config_path().display().to_string();
    let mut status = Status::Pass;
    let mut fix = None;
    let file = match std::fs::metadata(ctx.config_path()) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            format!("no config file at {path}")
        }
        Err(e) => {
            status = Status::Warn;
            fix = Some(format!("check the permissions of {path}"));
            format!("{path} cannot be read ({e})")
        }
        Ok(meta) => match broad_mode(&meta) {
            Some(mode) => {
                status = Status::Warn;
                fix = Some(format!("chmod 600 {path}"));
                format!("{path} holds tokens but other users may read it (mode {mode:o})")
            }
            None => match ctx
                .config_path()
                .parent()
                .and_then(|d| crate::config::broad_dir_mode(d).map(|m| (d, m)))
            {
                Some((dir, mode)) => {
                    status = Status::Warn;
                    fix = Some(format!("chmod 700 {}", dir.display()));
                    format!("{path} is in a directory other users may list (mode {mode:o})")
                }
                None => path.clone(),
            },
        },
    };
    let profile = if ctx.profile().is_some() {
        format!("profile '{}'", ctx.profile_name())
    } else if ctx.config().profiles.is_empty() {
        "no stored profile".to_string()
    } else {
        if status == Status::Pass {
            status = Status::Warn;
            fix = Some(format!(
                "pick one with -p NAME or `chatwoot-bridge profile use NAME` (it has: {})",
                ctx.config().profile_names()
            ));
        }
        format!("profile '{}' is not in the file", ctx.profile_name())
    };
    fn from<T>(what: &str, s: Option<&Setting<T>>) -> String {
        match s {
            Some(s) => format!("{what} from {}", s.source),
            None => format!("no {what}"),
        }
    }
    let summary = format!(
        "{file}, {profile}; {}, {}, {}",
        from("URL", ctx.url()),
        from("account", ctx.account()),
        from("token", ctx.token())
    );
    let mut check = Check::new("config", status, summary);
    check.fix = fix;
    check
}

#[cfg(unix)]
fn broad_mode(meta: &std::fs::Metadata) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    let mode = meta.permissions().mode() & 0o777;
    (mode & 0o077 != 0).then_some(mode)
}

#[cfg(not(unix))]
fn broad_mode(_meta: &std::fs::Metadata) -> Option<u32> {
    None
}

/// The addresses a URL's host has, from this machine (IP literals without DNS).
async fn resolve(url: &url::Url) -> std::result::Result<Vec<IpAddr>, String> {
    let port = url.port_or_known_default().unwrap_or(80);
    match url.host() {
        Some(url::Host::Ipv4(ip)) => Ok(vec![IpAddr::V4(ip)]),
        Some(url::Host::Ipv6(ip)) => Ok(vec![IpAddr::V6(ip)]),
        Some(url::Host::Domain(name)) => {
            match tokio::time::timeout(DNS_TIMEOUT, tokio::net::lookup_host((name, port))).await {
                Err(_) => Err(format!("no answer within {} s", DNS_TIMEOUT.as_secs())),
                Ok(Err(e)) => Err(e.to_string()),
                Ok(Ok(addrs)) => {
                    let mut ips: Vec<IpAddr> = addrs.map(|a| a.ip()).collect();
                    ips.dedup();
                    if ips.is_empty() {
                        Err("no address".into())
                    } else {
                        Ok(ips)
                    }
                }
            }
        }
        None => Err("no host".into()),
    }
}

/// A webhook or outgoing URL: it parses, its host resolves, and whether Chatwoot may deliver
/// there. Returns the check and whether the target is on loopback (a local listener).
async fn url_check(name: &'static str, raw: &str, instance: &Instance) -> (Check, bool) {
    let parsed = match crate::net::http_url(raw) {
        Some(u) => u,
        None => {
            return (
                Check::fail(
                    name,
                    format!("'{raw}' is not an http(s) URL: Chatwoot cannot deliver there"),
                    "set a full URL, like https://bot.example.com/chatwoot",
                ),
                false,
            )
        }
    };
    let host = parsed.host_str().unwrap_or_default().to_string();
    let ips = match resolve(&parsed).await {
        Ok(ips) => ips,
        Err(why) => {
            return (
                Check::warn(
                    name,
                    format!("{raw}: '{host}' does not resolve from this machine ({why})"),
                    "check the host name; Chatwoot must resolve it from its own server",
                ),
                false,
            )
        }
    };
    let addrs = ips
        .iter()
        .map(IpAddr::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    // Chatwoot's SSRF filter delivers when any address is public.
    let classes: Vec<AddrClass> = ips.iter().map(|ip| classify(*ip)).collect();
    if classes.contains(&AddrClass::Public) {
        return (
            Check::pass(name, format!("{raw} ({host}: {addrs}, public)")),
            false,
        );
    }
    let class = classes[0];
    let loopback = class == AddrClass::Loopback;
    let what = if addrs == host {
        format!("{raw} is {}", class.label())
    } else {
        format!("{raw} is {} ({host}: {addrs})", class.label())
    };
    let version = instance.info.as_ref().and_then(|i| i.version.clone());
    let old = instance
        .info
        .as_ref()
        .is_some_and(|i| i.version_number().is_some() && !i.at_least(4, 14));
    let tunnel = "expose the receiver through a tunnel (cloudflared, ngrok, …) or a public host, and set that URL";
    let check = if instance.cloud {
        Check::fail(
            name,
            format!("{what}: Chatwoot Cloud never delivers to loopback or private addresses"),
            tunnel,
        )
    } else if loopback && !instance.local {
        Check::warn(
            name,
            format!(
                "{what}: for a Chatwoot on another machine, that is the Chatwoot server itself"
            ),
            tunnel,
        )
    } else if old {
        Check::pass(
            name,
            format!(
                "{what}; Chatwoot {} delivers there (4.14+ refuses it unless SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true)",
                version.unwrap_or_default()
            ),
        )
    } else if instance.local {
        Check::warn(
            name,
            format!("{what}: Chatwoot 4.14+ refuses it unless the server sets SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true"),
            "the instance is on this machine or network too, so setting SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true on it is enough \
             (a Chatwoot in Docker reaches the host as host.docker.internal, not 127.0.0.1)",
        )
    } else {
        Check::warn(
            name,
            format!("{what}: Chatwoot 4.14+ refuses it unless the server sets SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true"),
            format!("{tunnel}; or, if the Chatwoot server shares that network, set SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true on it"),
        )
    };
    (check, loopback)
}

/// Instances before 4.13 do not sign inbox and bot deliveries.
fn unsigned_check(version: &str) -> Check {
    Check::warn(
        "signing",
        format!("Chatwoot {version} does not sign inbox and bot deliveries (4.13+ does)"),
        "run `chatwoot-bridge listen --no-verify`, or upgrade Chatwoot",
    )
}

/// The secret `listen` would verify a target's deliveries with (CHATWOOT_WEBHOOK_SECRET,
/// else the profile's stored ones), compared with the current one when the token sees it.
/// Secrets are compared, never printed.
fn signing_check(
    ctx: &Context,
    key: &str,
    what: &str,
    current: Option<&str>,
    hidden: Option<&str>,
    reveal_cmd: &str,
) -> Check {
    let profile = ctx.profile_name();
    let restart = "then restart `chatwoot-bridge listen`";
    // A running listen reads the profile's secrets again when they change: no restart.
    let store = if ctx.profile().is_some() {
        format!("run `{reveal_cmd}` (it prints the secret and stores it in profile '{profile}'; a running `chatwoot-bridge listen` picks it up)")
    } else {
        format!(
            "no stored profile to keep it in: run `chatwoot-bridge auth login` first, or start listen with CHATWOOT_WEBHOOK_SECRET=\"$({reveal_cmd})\""
        )
    };
    let unseen = |h: Option<&str>| {
        h.map(|h| format!(" (not compared: {h})"))
            .unwrap_or_default()
    };
    // What listen itself would try, in its order: the environment, else every stored secret.
    let candidates = super::secrets::candidate_secrets(ctx, None);
    if let Some(env) = candidates
        .first()
        .filter(|(label, _)| label == "CHATWOOT_WEBHOOK_SECRET")
        .map(|(_, s)| s.as_str())
    {
        return match current {
            Some(c) if c == env => Check::pass(
                "signing",
                format!("listen verifies with CHATWOOT_WEBHOOK_SECRET, which is {what}'s current secret"),
            ),
            Some(_) => Check::fail(
                "signing",
                format!(
                    "CHATWOOT_WEBHOOK_SECRET is not {what}'s current secret: listen rejects its deliveries (401)"
                ),
                format!(
                    "set it to the current one (`{reveal_cmd}`), or unset it so listen uses the profile's stored secrets; {restart}"
                ),
            ),
            None => Check::pass(
                "signing",
                format!("listen verifies with CHATWOOT_WEBHOOK_SECRET{}", unseen(hidden)),
            ),
        };
    }
    let stored_secrets = ctx.stored_secrets();
    let stored = stored_secrets
        .iter()
        .find(|(label, _)| label == key)
        .map(|(_, s)| s.as_str());
    match (stored, current) {
        (Some(s), Some(c)) if s == c => Check::pass(
            "signing",
            format!("{what}'s secret is stored in profile '{profile}' for listen, and current"),
        ),
        (_, Some(c)) if candidates.iter().any(|(_, s)| s == c) => Check::pass(
            "signing",
            format!(
                "{what}'s current secret is stored in profile '{profile}' under another label; listen tries it too"
            ),
        ),
        (Some(_), Some(_)) => Check::fail(
            "signing",
            format!(
                "the secret stored in profile '{profile}' for {what} is stale (it was reset): listen rejects its deliveries (401)"
            ),
            store,
        ),
        (Some(_), None) => Check::pass(
            "signing",
            format!("{what}'s secret is stored in profile '{profile}' for listen{}", unseen(hidden)),
        ),
        (None, _) => {
            let fix = match hidden {
                Some(h) if current.is_none() => format!(
                    "{h}; an administrator can run `{reveal_cmd}` and give it to listen with --secret or CHATWOOT_WEBHOOK_SECRET"
                ),
                _ => store,
            };
            Check::warn(
                "signing",
                format!("no secret for {what} is stored for listen: it cannot verify {what}'s deliveries"),
                fix,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instance(version: &str, local: bool, cloud: bool) -> Instance {
        Instance {
            info: Some(InstanceInfo {
                version: Some(version.into()),
                timestamp: None,
                queue_services: None,
                data_services: None,
                raw: serde_json::Value::Null,
            }),
            local,
            cloud,
        }
    }

    #[tokio::test]
    async fn private_targets_warn_with_the_fix_for_where_chatwoot_runs() {
        let (c, loopback) = url_check(
            "webhook_url",
            "http://127.0.0.1:4000/inbox",
            &instance("4.15.1", true, false),
        )
        .await;
        assert_eq!((c.status, loopback), (Status::Warn, true));
        assert!(
            c.summary.contains("SAFE_FETCH_ALLOW_PRIVATE_NETWORK"),
            "{c:?}"
        );
        assert!(c.fix.unwrap().contains("host.docker.internal"));

        let (c, _) = url_check(
            "webhook_url",
            "http://10.0.0.5/hook",
            &instance("4.15.1", false, false),
        )
        .await;
        assert_eq!(c.status, Status::Warn);
        assert!(c.summary.contains("private (RFC 1918)"), "{c:?}");
        assert!(c.fix.unwrap().contains("tunnel"));

        let (c, _) = url_check(
            "bot_url",
            "http://[::1]:4000/bot",
            &instance("4.15.1", false, false),
        )
        .await;
        assert_eq!(c.status, Status::Warn);
        assert!(c.summary.contains("the Chatwoot server itself"), "{c:?}");

        let (c, _) = url_check(
            "webhook_url",
            "http://192.168.1.2/x",
            &instance("4.15.1", false, true),
        )
        .await;
        assert_eq!(
            c.status,
            Status::Fail,
            "Chatwoot Cloud never delivers there"
        );

        let (c, _) = url_check(
            "webhook_url",
            "http://192.168.1.2/x",
            &instance("4.12.0", true, false),
        )
        .await;
        assert_eq!(
            c.status,
            Status::Pass,
            "before 4.14 private targets work: {c:?}"
        );

        let (c, loopback) = url_check(
            "webhook_url",
            "https://93.184.216.34/x",
            &instance("4.15.1", false, false),
        )
        .await;
        assert_eq!((c.status, loopback), (Status::Pass, false));

        let (c, _) = url_check(
            "webhook_url",
            "not a url",
            &instance("4.15.1", false, false),
        )
        .await;
        assert_eq!(c.status, Status::Fail);
    }

    #[test]
    fn the_table_has_a_line_per_check_a_fix_under_problems_and_counts() {
        let checks = vec![
            Check::pass("token", "valid"),
            Check::warn("webhook_url", "loopback", "use a tunnel").inbox(3),
            Check::fail("listener", "nothing listens", "start it").inbox(3),
            Check::skip("role", "skipped"),
        ];
        let text = render(&checks, false);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "PASS  token        valid");
        assert_eq!(lines[1], "WARN  webhook_url  inbox 3: loopback");
        assert_eq!(lines[2], "                   fix: use a tunnel");
        assert_eq!(lines[3], "FAIL  listener     inbox 3: nothing listens");
        assert_eq!(lines[5], "SKIP  role         skipped");
        assert_eq!(
            lines.last().unwrap(),
            &"1 passed, 1 warning, 1 failed, 1 skipped"
        );
        assert!(render(&checks, true).contains("\x1b[31mFAIL\x1b[0m"));
    }
}
