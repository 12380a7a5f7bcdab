//! `apply -f chatwoot.toml`: shows the plan, asks, applies it in dependency order and
//! reports each change; stores the signing secrets of what it created.

use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use super::plan::load;
use crate::context::Context;
use crate::error::Result;
use crate::manifest::{apply, plan};
use crate::output::{Human, View};

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The manifest (TOML: [[inbox]], [[agent_bot]], [[webhook]], [[label]], [[canned_response]], [[team]])
    #[arg(short = 'f', long = "file", value_name = "MANIFEST")]
    pub file: PathBuf,
    /// Also delete objects of the kinds the manifest declares that it does not list
    #[arg(long)]
    pub prune: bool,
    /// Write the secrets of what this run created to FILE as an env file (mode 0600)
    #[arg(long, value_name = "FILE")]
    pub secrets_out: Option<PathBuf>,
}

pub async fn run(ctx: &Context, args: ApplyArgs) -> Result<()> {
    let m = load(ctx, &args.file)?;
    let api = ctx.api()?;
    let plan = plan::make(api, ctx.require_url()?, &m, args.prune).await?;
    let summary = plan.summary();
    if !plan.has_changes() {
        ctx.output().note(format!(
            "{}\nNothing to do: the account matches {}.",
            plan.target_line(),
            args.file.display()
        ));
        return ctx.output().print(View::new(
            json!({ "target": plan.target, "applied": [], "summary": summary }),
            Vec::new(),
            Human::Text(String::new()),
        ));
    }
    ctx.output().note(plan.text().trim_end());
    ctx.confirm(&format!(
        "Apply {} change(s) to account {}?",
        summary.create + summary.update + summary.delete,
        plan.target.account_id
    ))?;
    let outcome = apply::apply(api, &plan).await;
    let mut stored = 0;
    for s in outcome
        .secrets
        .iter()
        .filter(|s| !s.key.starts_with("bot-token:"))
    {
        stored += usize::from(ctx.remember_secret(&s.key, &s.value)?);
    }
    if let Some(path) = &args.secrets_out {
        let mut text = String::from(
            "# Secrets of what `chatwoot-bridge apply` created. Keep out of version control.\n",
        );
        for s in &outcome.secrets {
            text.push_str(&format!("{}={}\n", s.env, s.value));
        }
        for name in &outcome.no_secret {
            text.push_str(&format!(
                "# {}: none, '{name}' is a global bot and Chatwoot shows no global bot's signing secret\n",
                apply::env_name("CHATWOOT_BOT_SECRET_", name)
            ));
        }
        crate::config::write_private(path, text.as_bytes())?;
    }
    let mut lines: Vec<String> = outcome.done.iter().map(apply::Done::line).collect();
    if stored > 0 {
        lines.push(format!(
            "stored {stored} signing secret(s) in the profile for `listen`"
        ));
    }
    for name in &outcome.no_secret {
        lines.push(format!(
            "no signing secret for global bot '{name}': Chatwoot does not show it, so `listen` cannot verify its deliveries (use an account bot for that)"
        ));
    }
    if let Some((err, pending)) = outcome.failed {
        let not_applied: Vec<String> = pending.iter().map(plan::Change::line).collect();
        ctx.output().note(format!(
            "applied before the failure:\n  {}\nnot applied:\n  {}\nRe-run `chatwoot-bridge apply -f {}` to finish.",
            if lines.is_empty() { "nothing".to_string() } else { lines.join("\n  ") },
            not_applied.join("\n  "),
            args.file.display()
        ));
        return Err(err);
    }
    ctx.output().print(View::new(
        json!({ "target": plan.target, "applied": outcome.done, "summary": summary }),
        outcome
            .done
            .iter()
            .filter_map(|d| d.id.map(|i| i.to_string()))
            .collect(),
        Human::Text(format!(
            "{}\nApplied {} change(s).\n",
            lines.join("\n"),
            outcome.done.len()
        )),
    ))
}
