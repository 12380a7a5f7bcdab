//! `listen --live`: events from Chatwoot's websocket instead of webhook deliveries, stored
//! in the same event store as webhook-shaped records, printed, and forwarded signed.

use std::collections::HashSet;

use tokio::sync::mpsc;

use super::listen::ListenArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::events::Event;
use crate::listen::{self, Injected, ListenConfig};
use crate::live::{self, LiveOptions, LiveRecord, Notice};
use crate::output::{Output, OutputMode};

/// The path live records are stored under (`listen`, `tail` and `events show` print it).
pub const LIVE_PATH: &str = "/live";
/// Headers that mark a record's origin; forwarded with it, so a bot can tell too.
pub const ORIGIN_HEADER: &str = "x-chatwoot-bridge-origin";
pub const FIDELITY_HEADER: &str = "x-chatwoot-bridge-fidelity";
pub const BACKFILL_HEADER: &str = "x-chatwoot-bridge-backfill";

pub async fn run(ctx: &Context, args: ListenArgs) -> Result<()> {
    let http_only = [
        (args.no_verify, "--no-verify"),
        (!args.path_secret.is_empty(), "--path-secret"),
    ];
    if let Some((_, flag)) = http_only.iter().find(|(set, _)| *set) {
        return Err(Error::usage(format!(
            "{flag} applies to webhook deliveries; --live records come from the websocket (use --forward-to or --route inbox:ID=URL, and --secret to sign forwards)"
        )));
    }
    if args.filter.since.is_some() {
        return Err(Error::usage(
            "--since selects stored deliveries: use it with `tail`, `events` or `replay`; listen prints new ones as they come",
        ));
    }
    if ctx.output().mode == OutputMode::Json && !ctx.output().has_jq() {
        return Err(Error::usage(
            "listen streams: use -o ndjson (one JSON object per event)",
        ));
    }
    let api = ctx.api()?;
    let flag = args.secret.clone().or(args.resign_secret.clone());
    let routes = resolve_routes(ctx, api, &args.route, flag.clone()).await?;
    // Only records no route takes go to --forward-to: one secret signs those.
    let secret = if args.forward_to.is_empty() {
        None
    } else {
        super::secrets::one_secret(ctx, flag, "signs the --forward-to forwards")?
    };
    let mut target_secrets: Vec<(String, String)> = Vec::new();
    for route in &routes {
        match target_secrets.iter().find(|(url, _)| *url == route.url) {
            Some((_, other)) if *other != route.secret => {
                return Err(Error::usage(format!(
                "--route {}={}: another route sends to the same URL signed with another secret; \
                     give each label its own URL, or pass --secret to sign all with one",
                route.label, route.url
            )))
            }
            Some(_) => {}
            None => target_secrets.push((route.url.clone(), route.secret.clone())),
        }
    }
    let mut config = ListenConfig {
        forward_to: args.forward_to.clone(),
        resign_secret: secret.clone(),
        target_secrets,
        filter: args.filter.filter(),
        ..ListenConfig::default()
    };
    let events = config.events();
    let store = args.store.open()?;
    if !ctx.output().quiet {
        let forwards = match (&config.forward_to[..], &secret) {
            ([], _) => String::new(),
            (targets, Some(_)) => format!(
                " Forwarding to {}, signed with a fresh timestamp.",
                targets.join(", ")
            ),
            (targets, None) => format!(
                " Forwarding to {} UNSIGNED: pass --secret (the one your bot verifies) to sign.",
                targets.join(", ")
            ),
        };
        let routed: String = routes
            .iter()
            .map(|r| {
                format!(
                    " Routing {} (inbox {}) to {}, signed with its secret.",
                    r.label,
                    r.inbox_list(),
                    r.url
                )
            })
            .collect();
        let forwards = format!("{routed}{forwards}");
        eprintln!(
            "Live events from Chatwoot's websocket: no public URL or tunnel needed. Storing them in {} as {LIVE_PATH}.{forwards}\nCtrl-C stops.",
            store.path().display()
        );
    }

    let (inject_tx, inject_rx) = mpsc::channel::<Injected>(1024);
    let ingest = tokio::spawn(listen::ingest(store, config, inject_rx));
    let printer = tokio::spawn(super::listen::print(
        ctx.output().clone(),
        events,
        super::listen::Feed::Live,
    ));
    let (live_tx, mut live_rx) = mpsc::channel::<LiveRecord>(1024);
    let adapter = tokio::spawn(async move {
        while let Some(record) = live_rx.recv().await {
            if inject_tx.send(injected(record, &routes)).await.is_err() {
                break;
            }
        }
    });
    let options = LiveOptions {
        raw: args.raw,
        ..LiveOptions::default()
    };
    let output = ctx.output().clone();
    let result = live::run(
        api,
        &options,
        live_tx,
        |n| notice(&output, n),
        crate::signals::shutdown(),
    )
    .await;
    let _ = adapter.await;
    let summary = ingest
        .await
        .map_err(|e| Error::other(format!("the event store task failed: {e}")))?
        .map_err(|e| Error::other(format!("the event store failed: {e}")))?;
    let lines = printer.await.ok();
    ctx.output().note(format!(
        "Stopped: {} stored, {} forwarded, {} dead letters, {} forwards pending.",
        summary.accepted, summary.forwarded, summary.dead_letters, summary.forwards_pending
    ));
    result?;
    lines.map_or(Ok(()), |lines| lines.finish())
}

/// One `--route LABEL=URL` of `--live`: the records of its inboxes go to its URL, signed
/// with its secret.
#[derive(Debug)]
struct LiveRoute {
    /// `inbox:ID` or `bot:ID`.
    label: String,
    /// A bot's route takes only the events Chatwoot sends to bots.
    bot: bool,
    inboxes: HashSet<i64>,
    url: String,
    secret: String,
}

impl LiveRoute {
    fn inbox_list(&self) -> String {
        let mut ids: Vec<i64> = self.inboxes.iter().copied().collect();
        ids.sort_unstable();
        if ids.is_empty() {
            return "none yet".to_string();
        }
        ids.iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn takes(&self, parsed: &crate::store::Parsed) -> bool {
        parsed.inbox_id.is_some_and(|id| self.inboxes.contains(&id))
            && (!self.bot
                || parsed
                    .event
                    .as_deref()
                    .and_then(Event::from_name)
                    .is_some_and(Event::reaches_bots))
    }
}

/// `--route inbox:3=URL` / `bot:2=URL`: each label's inboxes (a bot's: those it is linked
/// to now) and secret (`--secret`, else the profile's stored secret of that label).
async fn resolve_routes(
    ctx: &Context,
    api: &crate::api::Api,
    routes: &[(String, String)],
    flag: Option<String>,
) -> Result<Vec<LiveRoute>> {
    if routes.is_empty() {
        return Ok(Vec::new());
    }
    let fixed = super::secrets::candidate_secrets(ctx, flag)
        .into_iter()
        .find(|(label, _)| label == "--secret" || label == "CHATWOOT_WEBHOOK_SECRET")
        .map(|(_, s)| s);
    let stored = ctx.stored_secrets();
    let mut bot_inboxes: Option<Vec<(u64, Option<u64>)>> = None;
    let mut out = Vec::new();
    for (label, url) in routes {
        let parsed = label
            .split_once(':')
            .filter(|(kind, _)| matches!(*kind, "inbox" | "bot"))
            .and_then(|(kind, id)| Some((kind, id.parse::<u64>().ok()?)));
        let Some((kind, id)) = parsed else {
            return Err(Error::usage(format!(
                "--route {label}={url}: with --live, route by inbox:ID or bot:ID (the labels `setup` stores secrets under), \
                 e.g. --route inbox:3={url}"
            )));
        };
        let secret = match (&fixed, stored.iter().find(|(l, _)| l == label)) {
            (Some(s), _) => s.clone(),
            (None, Some((_, s))) => s.clone(),
            (None, None) => {
                return Err(Error::usage(format!(
                    "--route {label}={url}: {}; pass --secret with the one the receiver verifies",
                    super::secrets::no_stored_secret(ctx, &stored, label)
                )))
            }
        };
        let inboxes: HashSet<i64> = if kind == "inbox" {
            HashSet::from([id as i64])
        } else {
            if bot_inboxes.is_none() {
                let mut links = Vec::new();
                for inbox in api.inboxes().await? {
                    let bot = api.inbox_bot(inbox.id).await?;
                    links.push((inbox.id, bot.map(|b| b.id)));
                }
                bot_inboxes = Some(links);
            }
            let linked: HashSet<i64> = bot_inboxes
                .iter()
                .flatten()
                .filter(|(_, bot)| *bot == Some(id))
                .map(|(inbox, _)| *inbox as i64)
                .collect();
            if linked.is_empty() {
                eprintln!(
                    "warning: --route {label}: bot {id} is linked to no inbox this token sees, so nothing is routed to it \
                     (link it with `bot link`, then restart listen)"
                );
            }
            linked
        };
        out.push(LiveRoute {
            label: label.clone(),
            bot: kind == "bot",
            inboxes,
            url: url.clone(),
            secret,
        });
    }
    Ok(out)
}

fn injected(record: LiveRecord, routes: &[LiveRoute]) -> Injected {
    let forward_to = if routes.is_empty() {
        None
    } else {
        let parsed = crate::store::Parsed::from_body(&record.body);
        let mut urls: Vec<String> = Vec::new();
        for route in routes.iter().filter(|r| r.takes(&parsed)) {
            if !urls.contains(&route.url) {
                urls.push(route.url.clone());
            }
        }
        (!urls.is_empty()).then_some(urls)
    };
    let delivery_id = uuid::Uuid::new_v4().to_string();
    let mut headers = vec![
        ("content-type".to_string(), "application/json".to_string()),
        (
            crate::signing::DELIVERY_HEADER.to_ascii_lowercase(),
            delivery_id.clone(),
        ),
        (ORIGIN_HEADER.to_string(), "live".to_string()),
        (
            FIDELITY_HEADER.to_string(),
            record.fidelity.as_str().to_string(),
        ),
    ];
    if record.backfill {
        headers.push((BACKFILL_HEADER.to_string(), "true".to_string()));
    }
    Injected {
        path: LIVE_PATH.to_string(),
        headers,
        delivery_id,
        body: record.body,
        forward_to,
    }
}

fn notice(output: &Output, n: Notice) {
    match n {
        Notice::ListeningAs {
            user_id,
            name,
            email,
            account_id,
            role,
            url,
        } => output.note(format!(
            "Listening as {name} <{email}> (user {user_id}, {role} in account {account_id}) on {url}.\n\
             Note: subscribing marks this user online in Chatwoot for about 20 s; this tool never renews it \
             (no update_presence), so auto-assignment and e-mail notifications are not kept from them. \
             A dedicated integration user avoids surprises."
        )),
        Notice::OnlyInboxes(inboxes) => {
            let list = if inboxes.is_empty() {
                "none".to_string()
            } else {
                inboxes
                    .iter()
                    .map(|(id, name)| format!("{id} ({name})"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            eprintln!(
                "warning: this token is not an administrator's: only events of the inboxes it is a member of arrive: {list}. \
                 An administrator's token sees every inbox."
            );
        }
        Notice::Subscribed => output.note("Subscribed: events arrive as they happen."),
        Notice::Dropped { error } => {
            eprintln!("warning: the websocket dropped ({error}); reconnecting")
        }
        Notice::ReconnectFailed { error, retry_in } => eprintln!(
            "warning: reconnect failed ({}); next attempt in {} s",
            error.lines().next().unwrap_or_default(),
            retry_in.as_secs()
        ),
        Notice::BackfillFailed { error } => eprintln!(
            "warning: could not read back what happened while disconnected ({}); events of the gap are missing",
            error.lines().next().unwrap_or_default()
        ),
        Notice::Reconnected { gap, backfilled } => output.note(format!(
            "Reconnected after {:.1} s; {backfilled} events backfilled from the gap (marked {BACKFILL_HEADER}: true).",
            gap.as_secs_f64()
        )),
    }
}
