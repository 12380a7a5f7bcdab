//! `plan -f chatwoot.toml`: what `apply` would change, object by object (exit 11 when
//! anything would), and `plan --export`: the account as a manifest.

use std::path::PathBuf;

use clap::Args;

use crate::context::{Context, PLATFORM_TOKEN_VAR};
use crate::error::{Error, Result};
use crate::manifest::{self, plan, Manifest};
use crate::output::{write_stdout, Human, View};

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The manifest (TOML: [[inbox]], [[agent_bot]], [[webhook]], [[label]], [[canned_response]], [[team]])
    #[arg(
        short = 'f',
        long = "file",
        value_name = "MANIFEST",
        required_unless_present = "export"
    )]
    pub file: Option<PathBuf>,
    /// Also show, as deletions, objects of the kinds the manifest declares that it does not list
    #[arg(long)]
    pub prune: bool,
    /// Print the account as a manifest instead (the adoption path)
    #[arg(long, conflicts_with_all = ["file", "prune"])]
    pub export: bool,
}

/// Reads and checks the manifest; every mistake in it is exit 2 before any request,
/// including a global bot without a platform token to manage it.
pub fn load(ctx: &Context, file: &std::path::Path) -> Result<Manifest> {
    let m = manifest::load(file, &|name| std::env::var(name).ok())?;
    if let (Some(bot), None) = (m.first_platform_bot(), ctx.platform_token()) {
        return Err(Error::usage(format!(
            "{}: agent bot '{}' has `platform = true`: global bots are managed with a platform app's token; set {PLATFORM_TOKEN_VAR} or save one with `chatwoot-bridge auth login --platform` (Super Admin → Platform Apps), or drop `platform = true` for an account bot",
            bot.at, bot.name
        )));
    }
    Ok(m)
}

pub async fn run(ctx: &Context, args: PlanArgs) -> Result<()> {
    let Some(file) = args.file else {
        let text = manifest::export::export(ctx.api()?, ctx.platform_token().is_some()).await?;
        return write_stdout(&text);
    };
    let m = load(ctx, &file)?;
    let api = ctx.api()?;
    let plan = plan::make(api, ctx.require_url()?, &m, args.prune).await?;
    ctx.output().print(View::new(
        plan.to_json(),
        plan.changes
            .iter()
            .filter_map(|c| c.id.map(|i| i.to_string()))
            .collect(),
        Human::Text(plan.text()),
    ))?;
    if plan.has_changes() {
        let s = plan.summary();
        return Err(Error::ChangesPending(format!(
            "changes pending ({} to create, {} to update, {} to delete): `chatwoot-bridge apply -f {}` applies them",
            s.create,
            s.update,
            s.delete,
            file.display()
        )));
    }
    Ok(())
}
