//! `plan -f chatwoot.toml`: what `apply` would change, object by object (exit 11 when
//! anything would), and `plan --export`: the account as a manifest.

use std::path::PathBuf;

use clap::Args;

use crate::context::Context;
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

/// Reads and checks the manifest; every mistake in it is exit 2 before any request.
pub fn load(file: &std::path::Path) -> Result<Manifest> {
    manifest::load(file, &|name| std::env::var(name).ok())
}

pub async fn run(ctx: &Context, args: PlanArgs) -> Result<()> {
    let Some(file) = args.file else {
        let text = manifest::export::export(ctx.api()?).await?;
        return write_stdout(&text);
    };
    let m = load(&file)?;
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
