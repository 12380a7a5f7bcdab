//! `profile list | show | use | remove`: offline, no credentials needed.

use clap::Subcommand;
use serde_json::Value;

use super::auth::profile_json;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{cell, Human, View};

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// List the stored profiles
    List,
    /// Show a profile (the one in effect by default); tokens are never shown
    Show {
        /// The profile (default: the one in effect)
        name: Option<String>,
    },
    /// Make a profile the default
    Use {
        /// The profile to use from now on
        name: String,
    },
    /// Delete a profile and its tokens
    Remove {
        /// The profile to delete
        name: String,
    },
}

pub fn run(ctx: &Context, cmd: ProfileCommand) -> Result<()> {
    let current = ctx.config().current_profile.clone();
    let exists = |name: &str| -> Result<()> {
        if ctx.config().profiles.contains_key(name) {
            Ok(())
        } else {
            Err(Error::usage(format!(
                "no profile named '{name}'; profiles: {} (create one with `chatwoot-bridge -p {name} auth login`)",
                names(ctx)
            )))
        }
    };
    match cmd {
        ProfileCommand::List => {
            let mut json = Vec::new();
            let mut rows = Vec::new();
            for (name, p) in &ctx.config().profiles {
                let is_current = current.as_deref() == Some(name);
                json.push(profile_json(name, p, is_current));
                rows.push(vec![
                    format!("{}{name}", if is_current { "* " } else { "  " }),
                    cell(p.url.as_ref()),
                    cell(p.account_id),
                    cell(p.user_email.as_ref()),
                    cell(p.role.as_ref()),
                    if p.token.is_some() { "stored" } else { "-" }.into(),
                ]);
            }
            ctx.output().print(View::new(
                Value::Array(json),
                ctx.config().profiles.keys().cloned().collect(),
                Human::Rows {
                    headers: vec!["PROFILE", "URL", "ACCOUNT", "USER", "ROLE", "TOKEN"],
                    rows,
                },
            ))
        }
        ProfileCommand::Show { name } => {
            let name = name.unwrap_or_else(|| ctx.profile_name().to_string());
            exists(&name)?;
            let p = &ctx.config().profiles[&name];
            let json = profile_json(&name, p, current.as_deref() == Some(&name));
            let fields = vec![
                ("Profile".into(), name.clone()),
                ("URL".into(), cell(p.url.as_ref())),
                ("Account".into(), cell(p.account_id)),
                ("User".into(), cell(p.user_email.as_ref())),
                ("Role".into(), cell(p.role.as_ref())),
                (
                    "Token".into(),
                    if p.token.is_some() {
                        "stored (hidden)"
                    } else {
                        "-"
                    }
                    .into(),
                ),
                (
                    "Platform token".into(),
                    if p.platform_token.is_some() {
                        "stored (hidden)"
                    } else {
                        "-"
                    }
                    .into(),
                ),
                (
                    "Webhook secrets".into(),
                    if p.signing_secrets.is_empty() {
                        "-".into()
                    } else {
                        format!("{} (hidden)", p.secret_labels().join(", "))
                    },
                ),
                ("File".into(), ctx.config_path().display().to_string()),
            ];
            ctx.output()
                .print(View::new(json, vec![name], Human::Fields(fields)))
        }
        ProfileCommand::Use { name } => {
            exists(&name)?;
            let mut config = ctx.config().clone();
            config.current_profile = Some(name.clone());
            ctx.save_config(&config)?;
            ctx.output()
                .note(format!("Profile '{name}' is now the default."));
            Ok(())
        }
        ProfileCommand::Remove { name } => {
            exists(&name)?;
            ctx.confirm(&format!("Delete profile '{name}' and its stored tokens?"))?;
            let mut config = ctx.config().clone();
            config.profiles.remove(&name);
            if config.current_profile.as_deref() == Some(&name) {
                config.current_profile = None;
            }
            ctx.save_config(&config)?;
            ctx.output().note(format!("Removed profile '{name}'."));
            Ok(())
        }
    }
}

fn names(ctx: &Context) -> String {
    if ctx.config().profiles.is_empty() {
        "none yet".into()
    } else {
        ctx.config().profile_names()
    }
}
