//! `listen`: the local webhook receiver. Verifies, stores every delivery before answering,
//! prints one line per delivery (or NDJSON), forwards in the background.

use std::time::Duration;

use clap::Args;
use tokio::sync::broadcast::error::RecvError;

use super::deliveries::{line, summary_json, FilterArgs, StoreArg};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::listen::{self, ListenConfig, ListenEvent};
use crate::output::{write_stdout, OutputMode};

#[derive(Debug, Args)]
#[command(
    after_help = "Give Chatwoot the printed URL (any path works: one listener can serve an inbox at /inbox, \
a bot at /bot and an account webhook at /account). Chatwoot 4.14+ refuses private and loopback webhook URLs unless \
the instance sets SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true, so a remote Chatwoot needs a tunnel or a public host, \
or --live: events over Chatwoot's own websocket, stored and forwarded in the webhook shape, with no inbound connection \
(docs/webhook-loop.md, \"No public URL\").\n\n\
Secrets: --secret, else CHATWOOT_WEBHOOK_SECRET, else the secrets `setup` stored in the profile for \
the instance in use, read again whenever the profile changes, so no restart is needed after `setup` \
(any of them verifies; --path-secret /bot=bot:3 ties one to a path). With --live, --route inbox:3=URL sends that inbox's events \
there and --route bot:2=URL the events Chatwoot sends to bot 2 (those of the inboxes it is linked to), each signed \
with --secret or the stored secret of that label; other records go to --forward-to, signed with the one secret \
(several stored: pass --secret)."
)]
pub struct ListenArgs {
    /// Address to listen on
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,
    /// Port (0 picks a free one)
    #[arg(long, default_value_t = 4000)]
    pub port: u16,
    /// The signing secret [env: CHATWOOT_WEBHOOK_SECRET]
    #[arg(long, value_name = "S")]
    pub secret: Option<String>,
    /// PATH=LABEL: verify deliveries to PATH with the profile's stored secret LABEL (e.g. /bot=bot:3)
    #[arg(long, value_name = "PATH=LABEL", value_parser = super::key_value)]
    pub path_secret: Vec<(String, String)>,
    /// Accept unsigned deliveries (Chatwoot signs inbox and bot webhooks from 4.13, account webhooks from 4.11.2); they are stored as unverified
    #[arg(long)]
    pub no_verify: bool,
    /// How far X-Chatwoot-Timestamp may be from now
    #[arg(long, value_name = "DURATION", default_value = "300s", value_parser = crate::duration::parse_duration)]
    pub tolerance: Duration,
    /// Larger bodies get 413 (and a stored record of the refusal)
    #[arg(long, value_name = "SIZE", default_value = "1MiB", value_parser = parse_size)]
    pub max_body: usize,
    /// Forward accepted deliveries to this URL (repeatable)
    #[arg(long, value_name = "URL", value_parser = crate::net::target_url)]
    pub forward_to: Vec<String>,
    /// PATH=URL: forward deliveries to PATH there instead (repeatable); with --live, inbox:ID=URL or bot:ID=URL
    #[arg(long, value_name = "PATH=URL", value_parser = super::path_url)]
    pub route: Vec<(String, String)>,
    /// Re-sign forwards with a fresh timestamp and this secret
    #[arg(long, value_name = "S")]
    pub resign_secret: Option<String>,
    /// Receive events over Chatwoot's websocket instead (no public URL or tunnel); stored and forwarded in the webhook shape
    #[arg(long, conflicts_with_all = ["bind", "port", "max_body", "tolerance"])]
    pub live: bool,
    /// With --live: store the websocket's own {event, data} frames untouched
    #[arg(long, requires = "live")]
    pub raw: bool,
    /// Also serve the web inspector (as `chatwoot-bridge inspect` does) on 127.0.0.1:--ui-port
    #[arg(long, conflicts_with = "live")]
    pub ui: bool,
    /// The inspector's port with --ui (0 picks a free one)
    #[arg(long, default_value_t = 4041, value_name = "PORT", requires = "ui")]
    pub ui_port: u16,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub store: StoreArg,
}

/// `1MiB`, `512KiB`, `2MB`, or bytes.
pub fn parse_size(s: &str) -> std::result::Result<usize, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (n, unit) = t.split_at(split);
    let n: usize = n
        .parse()
        .map_err(|_| format!("'{s}' is not a size: use e.g. 1MiB, 512KiB"))?;
    let factor = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1024,
        "m" | "mb" | "mib" => 1024 * 1024,
        other => return Err(format!("unknown size unit '{other}': use B, KiB or MiB")),
    };
    Ok(n * factor)
}

pub async fn run(ctx: &Context, args: ListenArgs) -> Result<()> {
    if args.live {
        return super::listen_live::run(ctx, args).await;
    }
    // Registered first: Ctrl-C or SIGTERM while starting still stops cleanly.
    let shutdown = crate::signals::shutdown();
    if args.filter.since.is_some() {
        return Err(Error::usage(
            "--since selects stored deliveries: use it with `tail`, `events` or `replay`; listen prints new ones as they come",
        ));
    }
    let mut config = ListenConfig {
        no_verify: args.no_verify,
        tolerance: args.tolerance,
        max_body: args.max_body,
        forward_to: args.forward_to.clone(),
        routes: args.route.clone(),
        resign_secret: args.resign_secret.clone(),
        filter: args.filter.filter(),
        ..ListenConfig::default()
    };
    let secrets = super::secrets::candidate_secrets(ctx, args.secret.clone());
    // --secret and CHATWOOT_WEBHOOK_SECRET are fixed; the profile's secrets are read again
    // whenever config.toml changes, so `setup` run after `listen` needs no restart.
    let fixed = secrets
        .first()
        .is_some_and(|(label, _)| label == "--secret" || label == "CHATWOOT_WEBHOOK_SECRET");
    let stored = ctx.stored_secrets();
    for (path, label) in &args.path_secret {
        let secret = stored
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, s)| s)
            .ok_or_else(|| {
                Error::usage(format!(
                    "--path-secret {path}={label}: {}",
                    super::secrets::no_stored_secret(ctx, &stored, label)
                ))
            })?;
        config.path_secrets.insert(path.clone(), secret.clone());
    }
    if fixed {
        let mut all = secrets.iter().map(|(_, s)| s.clone());
        config.secret = all.next();
        config.extra_secrets = all.collect();
    } else {
        config.live_secrets = Some(std::sync::Arc::new(ctx.live_secrets()));
    }
    let events = config.events();

    let store = args.store.open()?;
    let listener = super::serve::bind(&args.bind, args.port).await?;
    let addr = listener.local_addr()?;
    let url = format!("http://{addr}");
    if !ctx.output().quiet {
        let secret_note = if args.no_verify {
            "not verifying signatures (--no-verify)".to_string()
        } else if secrets.is_empty() && config.path_secrets.is_empty() {
            format!(
                "no secret yet: deliveries are stored as unverified until one is stored in profile '{}' (`setup inbox` does; picked up without a restart), or pass --secret",
                ctx.profile_name()
            )
        } else {
            let mut from: Vec<String> = secrets.iter().map(|(l, _)| l.clone()).collect();
            from.extend(config.path_secrets.keys().map(|p| format!("path {p}")));
            let later = if fixed {
                ""
            } else {
                " (and any secret stored in the profile later)"
            };
            format!("verifying signatures with {}{later}", from.join(", "))
        };
        eprintln!(
            "Listening on {url}: give Chatwoot {url}/<path> (e.g. {url}/inbox).\n\
             Storing every delivery in {}; {secret_note}.\n\
             Note: Chatwoot 4.14+ refuses loopback and private webhook URLs unless SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true; \
             a remote instance needs a tunnel or a public host.\nCtrl-C stops.",
            store.path().display()
        );
    }
    // A stream: --jq alone (which implies -o json) filters each delivery.
    if ctx.output().mode == OutputMode::Json && !ctx.output().has_jq() {
        return Err(Error::usage(
            "listen streams: use -o ndjson (one JSON object per delivery)",
        ));
    }

    if args.ui {
        // Beside the listener, on the same store handle: reads use their own connections.
        let ui = super::serve::bind("127.0.0.1", args.ui_port).await?;
        let (store, quiet) = (store.clone(), ctx.output().quiet);
        let path = store.path().display().to_string();
        tokio::spawn(crate::inspect::serve(
            ui,
            store,
            secrets.clone(),
            move |ins| super::inspect::announce(&ins.url(), &path, quiet),
            super::serve::shutdown_signal(),
        ));
    }

    let output = ctx.output().clone();
    let printer = tokio::spawn(print(output, events, Feed::Webhooks));
    let summary = listen::serve(listener, store, config, shutdown)
        .await
        .map_err(|e| Error::other(format!("the listener failed: {e}")))?;
    let lines = printer.await.ok();
    ctx.output().note(format!(
        "Stopped: {} accepted, {} duplicates, {} rejected (signature), {} refused, {} forwarded, {} dead letters, {} forwards pending.",
        summary.accepted,
        summary.duplicates,
        summary.rejected,
        summary.refused,
        summary.forwarded,
        summary.dead_letters,
        summary.forwards_pending
    ));
    lines.map_or(Ok(()), |lines| lines.finish())
}

/// Where `listen`'s records come from, for the words its notes use.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Feed {
    /// Chatwoot's webhook deliveries, to this listener's port.
    Webhooks,
    /// `--live`: events from Chatwoot's websocket.
    Live,
}

/// Prints each stored record (one line, its id with `-q`, or JSON) and what the listener has
/// to say on stderr, until the listener stops; returns the JSON stream to finish.
pub(super) async fn print(
    output: crate::output::Output,
    mut events: tokio::sync::broadcast::Receiver<ListenEvent>,
    feed: Feed,
) -> crate::output::Lines {
    let what = match feed {
        Feed::Webhooks => "deliveries",
        Feed::Live => "events",
    };
    let mut lines = output.lines();
    loop {
        match events.recv().await {
            Ok(ListenEvent::Delivery(d)) => {
                let text = match output.mode {
                    OutputMode::Table if output.quiet => format!("{}\n", d.id),
                    OutputMode::Table => format!("{}\n", line(&d)),
                    _ => lines.render(&summary_json(&d)),
                };
                if write_stdout(&text).is_err() {
                    break;
                }
            }
            Ok(ListenEvent::Duplicate {
                original,
                count,
                delivery_id,
                ..
            }) => {
                output.note(format!("duplicate delivery {delivery_id} of #{original} acknowledged ({count} so far), not stored again"));
            }
            Ok(ListenEvent::StoreFailed { path, error }) => match feed {
                Feed::Webhooks => eprintln!("error: could not store a delivery to {path} ({error}); answered 500 so Chatwoot may retry"),
                Feed::Live => eprintln!("error: could not store a live event ({error})"),
            },
            Ok(ListenEvent::DeadLetter {
                event_id,
                target,
                attempts,
                error,
            }) => {
                eprintln!("warning: #{event_id} could not be forwarded to {target} after {attempts} attempts ({error}); kept for `chatwoot-bridge replay --dead-letters`");
            }
            Ok(ListenEvent::TargetDown { target, error }) => {
                eprintln!("warning: forward target {target} is down ({error}); {what} are kept as dead letters");
            }
            Ok(ListenEvent::TargetUp { target }) => {
                output.note(format!("forward target {target} answers again"))
            }
            Ok(ListenEvent::ForwardRetry { .. }) | Ok(ListenEvent::Forwarded { .. }) => {}
            Err(RecvError::Lagged(n)) => {
                eprintln!("note: {n} {what} not printed (the terminal fell behind); all are stored")
            }
            Err(RecvError::Closed) => break,
        }
    }
    lines
}
