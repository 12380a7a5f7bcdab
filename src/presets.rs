//! Presets for the bot platforms people connect to Chatwoot: each builds the inbox's webhook
//! URL and lists exactly what the other platform's setup form asks for. Documented, with the
//! other side's steps, in `docs/presets.md`.

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PresetName {
    /// Cognigy.AI handover to Chatwoot agents
    Cognigy,
    /// OpenDialog's Chatwoot channel
    Opendialog,
    /// A LangGraph agent behind a FastAPI app with a Chatwoot webhook route
    Langgraph,
    /// Chatwoot's own agent bot: conversations start pending until the bot hands off
    AgentBot,
}

/// The flags presets take besides their name, shared by `setup` and `setup inbox`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct PresetArgs {
    /// cognigy: the Cognigy endpoint's base URL
    #[arg(long, value_name = "BASE", requires = "preset", value_parser = crate::net::target_url)]
    pub endpoint: Option<String>,
    /// opendialog: the tenant (the part before .cloud.opendialog.ai)
    #[arg(long, value_name = "T", requires = "preset")]
    pub tenant: Option<String>,
    /// langgraph: the agent server's base URL
    #[arg(long, value_name = "URL", requires = "preset", value_parser = crate::net::target_url)]
    pub server: Option<String>,
}

impl PresetArgs {
    pub fn input(&self, bot_url: Option<String>) -> PresetInput {
        PresetInput {
            endpoint: self.endpoint.clone(),
            tenant: self.tenant.clone(),
            server: self.server.clone(),
            bot_url,
        }
    }
}

/// What the presets need besides their name.
#[derive(Debug, Clone, Default)]
pub struct PresetInput {
    pub endpoint: Option<String>,
    pub tenant: Option<String>,
    pub server: Option<String>,
    pub bot_url: Option<String>,
}

/// The facts the other side's form asks for, known once the inbox exists.
pub struct Facts<'a> {
    pub chatwoot_url: &'a str,
    pub account_id: u64,
    pub inbox_id: Option<u64>,
    /// The agent bot this run linked (agent-bot); `None` in a dry run.
    pub bot_id: Option<u64>,
}

fn required(v: &Option<String>, flag: &str, preset: &str, example: &str) -> Result<String> {
    v.as_deref()
        .map(|s| s.trim().trim_end_matches('/').to_string())
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            Error::usage(format!(
                "--preset {preset} needs {flag} (e.g. {flag} {example})"
            ))
        })
}

impl PresetName {
    pub fn label(self) -> &'static str {
        match self {
            PresetName::Cognigy => "cognigy",
            PresetName::Opendialog => "opendialog",
            PresetName::Langgraph => "langgraph",
            PresetName::AgentBot => "agent-bot",
        }
    }

    /// The inbox's webhook URL; `None` for agent-bot, whose events go to the bot instead.
    pub fn webhook_url(self, input: &PresetInput) -> Result<Option<String>> {
        Ok(match self {
            PresetName::Cognigy => Some(format!(
                "{}/handover/chatwoot",
                required(
                    &input.endpoint,
                    "--endpoint",
                    "cognigy",
                    "https://endpoint-trial.cognigy.ai"
                )?
            )),
            PresetName::Opendialog => {
                let tenant = required(&input.tenant, "--tenant", "opendialog", "acme")?;
                if !tenant
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-')
                {
                    return Err(Error::usage(format!(
                        "--tenant '{tenant}' is not a tenant name: give only the part before .cloud.opendialog.ai"
                    )));
                }
                Some(format!(
                    "https://{tenant}.cloud.opendialog.ai/incoming-chatwoot"
                ))
            }
            PresetName::Langgraph => Some(format!(
                "{}/api/v1/webhook/chatwoot",
                required(
                    &input.server,
                    "--server",
                    "langgraph",
                    "https://agent.example.com"
                )?
            )),
            PresetName::AgentBot => {
                required(
                    &input.bot_url,
                    "--bot-url",
                    "agent-bot",
                    "https://bot.example.com/chatwoot",
                )?;
                None
            }
        })
    }

    /// The rows `setup` adds to "What the bot side needs": a blank row, the title, then the
    /// form's label/value pairs, or for a `.env` lines to paste as they are (a row with an
    /// empty label is printed verbatim).
    pub fn summary_rows(self, f: &Facts<'_>) -> Vec<(String, String)> {
        let (title, lines) = self.other_side(f);
        let mut rows = vec![
            (String::new(), String::new()),
            (format!("{title}:"), String::new()),
        ];
        if self == PresetName::Langgraph {
            rows.push((
                String::new(),
                "# CHATWOOT_API_TOKEN: an agent's access token (Chatwoot: Profile settings → Access Token)".into(),
            ));
            rows.extend(
                lines
                    .into_iter()
                    .map(|(k, v)| (String::new(), format!("{k}={v}"))),
            );
        } else {
            rows.extend(lines.into_iter().map(|(k, v)| (format!("  {k}"), v)));
        }
        rows
    }

    /// Label/value lines for the other platform's form.
    pub fn other_side(self, f: &Facts<'_>) -> (String, Vec<(String, String)>) {
        let inbox = f
            .inbox_id
            .map(|i| i.to_string())
            .unwrap_or_else(|| "(created by this run)".into());
        let token = "an agent's or administrator's access token (Chatwoot: Profile settings → Access Token)".to_string();
        match self {
            PresetName::Cognigy => (
                "In Cognigy: Handover Providers → Chatwoot".into(),
                vec![
                    ("Base URL".into(), format!("{}/api/v1", f.chatwoot_url)),
                    ("Account ID".into(), f.account_id.to_string()),
                    ("API Key".into(), token),
                    ("Inbox ID".into(), inbox),
                ],
            ),
            PresetName::Opendialog => (
                "In OpenDialog: the Chatwoot channel's settings".into(),
                vec![
                    ("Domain".into(), f.chatwoot_url.to_string()),
                    ("Account ID".into(), f.account_id.to_string()),
                    ("Access Token".into(), token),
                    ("Inbox ID".into(), inbox),
                ],
            ),
            PresetName::Langgraph => (
                "In the agent's .env".into(),
                vec![
                    ("CHATWOOT_API_URL".into(), f.chatwoot_url.to_string()),
                    ("CHATWOOT_ACCOUNT_ID".into(), f.account_id.to_string()),
                    // Left empty: tokens are never printed.
                    ("CHATWOOT_API_TOKEN".into(), String::new()),
                ],
            ),
            PresetName::AgentBot => {
                // The bot's own token answers and its own secret signs: not the inbox's.
                let (bot, token, secret) = match f.bot_id {
                    Some(id) => (
                        id.to_string(),
                        format!("`chatwoot-bridge bot token {id}` prints it; the bot posts its answers with it"),
                        format!("`chatwoot-bridge bot secret {id}` prints it; the bot verifies Chatwoot's deliveries with it"),
                    ),
                    None => (
                        "(created by this run)".to_string(),
                        "`chatwoot-bridge bot token BOT_ID` once the bot exists".to_string(),
                        "`chatwoot-bridge bot secret BOT_ID` once the bot exists".to_string(),
                    ),
                };
                (
                    "On the bot's side".into(),
                    vec![
                        ("Chatwoot URL".into(), f.chatwoot_url.to_string()),
                        ("Account ID".into(), f.account_id.to_string()),
                        ("Inbox ID".into(), inbox),
                        ("Agent bot ID".into(), bot),
                        ("Access token".into(), token),
                        ("Signing secret".into(), secret),
                        (
                            "Handing off".into(),
                            "set the conversation open (toggle_status), as `chatwoot-bridge handoff` does".into(),
                        ),
                    ],
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_preset_builds_the_documented_webhook_url() {
        let input = PresetInput {
            endpoint: Some("https://endpoint.cognigy.ai/".into()),
            tenant: Some("acme".into()),
            server: Some("https://agent.example.com".into()),
            bot_url: Some("https://bot".into()),
        };
        assert_eq!(
            PresetName::Cognigy.webhook_url(&input).unwrap().unwrap(),
            "https://endpoint.cognigy.ai/handover/chatwoot"
        );
        assert_eq!(
            PresetName::Opendialog.webhook_url(&input).unwrap().unwrap(),
            "https://acme.cloud.opendialog.ai/incoming-chatwoot"
        );
        assert_eq!(
            PresetName::Langgraph.webhook_url(&input).unwrap().unwrap(),
            "https://agent.example.com/api/v1/webhook/chatwoot"
        );
        assert_eq!(PresetName::AgentBot.webhook_url(&input).unwrap(), None);
        let err = PresetName::Cognigy
            .webhook_url(&PresetInput::default())
            .unwrap_err();
        assert!(err.to_string().contains("--endpoint"), "{err}");
        assert_eq!(err.exit_code(), 2);
    }

    #[test]
    fn langgraph_prints_env_lines_and_agent_bot_the_bots_own_commands() {
        let facts = Facts {
            chatwoot_url: "https://chat.example.com",
            account_id: 3,
            inbox_id: Some(5),
            bot_id: Some(7),
        };
        let rows = PresetName::Langgraph.summary_rows(&facts);
        let verbatim: Vec<&str> = rows
            .iter()
            .filter(|(k, _)| k.is_empty())
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
            .collect();
        assert_eq!(
            verbatim[1..],
            [
                "CHATWOOT_API_URL=https://chat.example.com",
                "CHATWOOT_ACCOUNT_ID=3",
                "CHATWOOT_API_TOKEN=",
            ]
        );
        assert!(verbatim[0].starts_with('#'));
        let (_, lines) = PresetName::AgentBot.other_side(&facts);
        let text = format!("{lines:?}");
        assert!(text.contains("chatwoot-bridge bot token 7"), "{text}");
        assert!(text.contains("chatwoot-bridge bot secret 7"), "{text}");
        assert!(!text.contains("token ID"), "{text}");
    }
}
