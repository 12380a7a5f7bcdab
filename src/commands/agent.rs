//! `agent list`: the account's users (administrators and agents), for `assign --agent`.

use clap::Subcommand;
use serde_json::Value;

use crate::context::Context;
use crate::error::Result;
use crate::output::{cell, Human, View};

#[derive(Debug, Subcommand)]
pub enum AgentCommand {
    /// List the account's agents and administrators (the ids `assign --agent` takes)
    List,
}

pub async fn run(ctx: &Context, cmd: AgentCommand) -> Result<()> {
    match cmd {
        AgentCommand::List => {
            let agents = ctx.api()?.agents().await?;
            let rows = agents
                .iter()
                .map(|a| {
                    vec![
                        a.id.to_string(),
                        a.name.clone(),
                        a.email.clone(),
                        cell(a.role.as_ref()),
                        cell(a.availability_status.as_ref()),
                    ]
                })
                .collect();
            ctx.output().print(View::new(
                Value::Array(agents.iter().map(|a| a.raw.clone()).collect()),
                agents.iter().map(|a| a.id.to_string()).collect(),
                Human::Rows {
                    headers: vec!["ID", "NAME", "EMAIL", "ROLE", "AVAILABILITY"],
                    rows,
                },
            ))
        }
    }
}
