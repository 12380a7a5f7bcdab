//! `team list`: the account's teams, for `assign --team`.

use clap::Subcommand;
use serde_json::Value;

use crate::context::Context;
use crate::error::Result;
use crate::output::{cell, Human, View};

#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// List the account's teams (the ids `assign --team` takes)
    List,
}

pub async fn run(ctx: &Context, cmd: TeamCommand) -> Result<()> {
    match cmd {
        TeamCommand::List => {
            let teams = ctx.api()?.teams().await?;
            let rows = teams
                .iter()
                .map(|t| {
                    vec![
                        t.id.to_string(),
                        t.name.clone(),
                        cell(t.description.as_ref().filter(|d| !d.is_empty())),
                        match t.is_member {
                            Some(true) => "yes".to_string(),
                            Some(false) => "no".to_string(),
                            None => "-".to_string(),
                        },
                    ]
                })
                .collect();
            ctx.output().print(View::new(
                Value::Array(teams.iter().map(|t| t.raw.clone()).collect()),
                teams.iter().map(|t| t.id.to_string()).collect(),
                Human::Rows {
                    headers: vec!["ID", "NAME", "DESCRIPTION", "MEMBER"],
                    rows,
                },
            ))
        }
    }
}
