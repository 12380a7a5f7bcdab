//! The Context, built once and handed to every command: config, the resolved settings
//! (flag, then environment, then profile, then default), the output mode, and an API
//! client built only when a command needs one, so offline commands need no credentials.

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

use crate::api::{Api, Client, ClientConfig, RetryPolicy};
use crate::cli::GlobalArgs;
use crate::config::{self, Config, Profile};
use crate::duration::parse_duration;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::progress::{self, Spinner};
use crate::prompt;

pub const URL_VARS: &[&str] = &["CHATWOOT_BASE_URL", "CHATWOOT_URL", "CHATWOOT_API_URL"];
pub const TOKEN_VARS: &[&str] = &[
    "CHATWOOT_API_TOKEN",
    "CHATWOOT_API_KEY",
    "CHATWOOT_ACCESS_TOKEN",
];
pub const ACCOUNT_VAR: &str = "CHATWOOT_ACCOUNT_ID";
pub const PLATFORM_TOKEN_VAR: &str = "CHATWOOT_PLATFORM_TOKEN";
pub const PROFILE_VAR: &str = "CHATWOOT_BRIDGE_PROFILE";
pub const TIMEOUT_VAR: &str = "CHATWOOT_BRIDGE_TIMEOUT";

/// Where a setting came from, for `auth status` and error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag,
    Env(&'static str),
    Profile(String),
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag => write!(f, "command-line flag"),
            Source::Env(var) => write!(f, "environment ({var})"),
            Source::Profile(name) => write!(f, "profile '{name}'"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Setting<T> {
    pub value: T,
    pub source: Source,
}

pub struct Context {
    global: GlobalArgs,
    output: Output,
    config_path: PathBuf,
    config: Config,
    /// The profile in effect (it may not exist in the config yet).
    profile_name: String,
    url: Option<Setting<String>>,
    account: Option<Setting<u64>>,
    token: Option<Setting<String>>,
    platform_token: Option<Setting<String>>,
    timeout: Duration,
    /// The most one command waits between retries, all requests together.
    retry_budget: Duration,
    /// Prompts are possible: a terminal, and neither --no-input nor CI.
    interactive: bool,
    api: OnceLock<Api>,
}

/// The first non-empty variable of a list, with its name.
fn env_first(vars: &[&'static str]) -> Option<(String, &'static str)> {
    vars.iter().find_map(|var| {
        std::env::var(var)
            .ok()
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .map(|v| (v, *var))
    })
}

/// `https://host`, `https://host/` and `https://host/api/v1` all name the same instance.
pub fn normalize_url(raw: &str) -> Result<String> {
    let trimmed = raw.trim().trim_end_matches('/');
    let trimmed = trimmed
        .strip_suffix("/api/v1")
        .unwrap_or(trimmed)
        .trim_end_matches('/');
    let parsed = url::Url::parse(trimmed).map_err(|e| {
        Error::usage(format!(
            "'{raw}' is not a URL ({e}): give the instance's base URL, like https://chat.example.com"
        ))
    })?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(Error::usage(format!(
            "'{raw}' is not an http(s) URL: give the instance's base URL, like https://chat.example.com"
        )));
    }
    Ok(trimmed.to_string())
}

impl Context {
    pub fn new(global: GlobalArgs) -> Result<Context> {
        let config_path = config::config_path()?;
        let config = Config::load(&config_path)?;
        Self::with_config(global, config_path, config)
    }

    pub fn with_config(
        global: GlobalArgs,
        config_path: PathBuf,
        config: Config,
    ) -> Result<Context> {
        // First: a mistake in --jq is reported before anything else happens.
        let output = Output::from_global(&global)?;
        let requested_profile = global
            .profile
            .clone()
            .or_else(|| env_first(&[PROFILE_VAR]).map(|(v, _)| v));
        if let Some(name) = &requested_profile {
            if !config.profiles.contains_key(name) && global.profile.is_some() {
                // A typo in -p would silently fall back to nothing; say so instead.
                // (`auth login -p NEW` creates it, so only warn here.)
                eprintln!(
                    "note: no profile named '{name}' in {} yet",
                    config_path.display()
                );
            }
        }
        let profile_name = config.profile_name(requested_profile.as_deref());
        let profile = config
            .profiles
            .get(&profile_name)
            .cloned()
            .unwrap_or_default();
        let from_profile = |v: Option<String>| {
            v.map(|value| Setting {
                value,
                source: Source::Profile(profile_name.clone()),
            })
        };

        let url = match (&global.url, env_first(URL_VARS)) {
            (Some(u), _) => Some(Setting {
                value: normalize_url(u)?,
                source: Source::Flag,
            }),
            (None, Some((u, var))) => Some(Setting {
                value: normalize_url(&u)?,
                source: Source::Env(var),
            }),
            (None, None) => from_profile(profile.url.clone()),
        };
        let account = match (global.account, env_first(&[ACCOUNT_VAR])) {
            (Some(a), _) => Some(Setting {
                value: a,
                source: Source::Flag,
            }),
            (None, Some((a, var))) => Some(Setting {
                value: a.parse().map_err(|_| {
                    Error::usage(format!("{var}='{a}' is not an account id (a number)"))
                })?,
                source: Source::Env(var),
            }),
            (None, None) => profile.account_id.map(|value| Setting {
                value,
                source: Source::Profile(profile_name.clone()),
            }),
        };
        let token = match env_first(TOKEN_VARS) {
            Some((t, var)) => Some(Setting {
                value: t,
                source: Source::Env(var),
            }),
            None => from_profile(profile.token.clone()),
        };
        let platform_token = match env_first(&[PLATFORM_TOKEN_VAR]) {
            Some((t, var)) => Some(Setting {
                value: t,
                source: Source::Env(var),
            }),
            None => from_profile(profile.platform_token.clone()),
        };
        let timeout = match env_first(&[TIMEOUT_VAR]) {
            Some((t, var)) => {
                parse_duration(&t).map_err(|e| Error::usage(format!("{var}: {e}")))?
            }
            None => Duration::from_secs(30),
        };
        let retry_budget = match env_first(&[crate::api::RETRY_BUDGET_VAR]) {
            Some((t, var)) => parse_duration(&t).map_err(|e| {
                Error::usage(format!("{var}: {e} (e.g. 60s, 2m, or 0 for no waiting)"))
            })?,
            None => RetryPolicy::default().budget,
        };
        Ok(Context {
            output,
            interactive: prompt::can_prompt(global.no_input),
            global,
            config_path,
            config,
            profile_name,
            url,
            account,
            token,
            platform_token,
            timeout,
            retry_budget,
            api: OnceLock::new(),
        })
    }

    /// A Context with the given instance and token, ignoring the environment and config
    /// files: for `demo`, which must not touch the user's own setup.
    pub fn explicit(global: GlobalArgs, url: &str, token: &str, account: u64) -> Result<Context> {
        let mut ctx = Self::with_config(
            GlobalArgs {
                url: None,
                account: None,
                profile: None,
                ..global
            },
            std::env::temp_dir().join("chatwoot-bridge-demo-unused.toml"),
            Config::default(),
        )?;
        ctx.url = Some(Setting {
            value: normalize_url(url)?,
            source: Source::Flag,
        });
        ctx.account = Some(Setting {
            value: account,
            source: Source::Flag,
        });
        ctx.token = Some(Setting {
            value: token.to_string(),
            source: Source::Flag,
        });
        ctx.platform_token = None;
        ctx.interactive = false;
        Ok(ctx)
    }

    /// The global flags as given.
    pub fn global(&self) -> &GlobalArgs {
        &self.global
    }

    /// How to print: the output mode, `-q`, `--jq`.
    pub fn output(&self) -> &Output {
        &self.output
    }

    pub fn config_path(&self) -> &std::path::Path {
        &self.config_path
    }

    /// `config.toml` as read when the command started.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The profile in effect (it may not exist in the config yet).
    pub fn profile_name(&self) -> &str {
        &self.profile_name
    }

    /// The base URL, and where it came from.
    pub fn url(&self) -> Option<&Setting<String>> {
        self.url.as_ref()
    }

    /// The account id, and where it came from.
    pub fn account(&self) -> Option<&Setting<u64>> {
        self.account.as_ref()
    }

    /// The user's access token, and where it came from.
    pub fn token(&self) -> Option<&Setting<String>> {
        self.token.as_ref()
    }

    /// The platform app's token, and where it came from.
    pub fn platform_token(&self) -> Option<&Setting<String>> {
        self.platform_token.as_ref()
    }

    /// The HTTP timeout of every request.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Prompts are possible: a terminal, and neither --no-input nor CI.
    pub fn interactive(&self) -> bool {
        self.interactive
    }

    pub fn profile(&self) -> Option<&Profile> {
        self.config.profiles.get(&self.profile_name)
    }

    pub fn require_url(&self) -> Result<&str> {
        self.url.as_ref().map(|s| s.value.as_str()).ok_or_else(|| {
            Error::usage(
                "no Chatwoot URL: pass --url, set CHATWOOT_BASE_URL, or run `chatwoot-bridge auth login`",
            )
        })
    }

    pub fn client_config(&self, url: &str, token: Option<String>) -> ClientConfig {
        ClientConfig {
            base_url: url.to_string(),
            user_token: token,
            platform_token: self.platform_token.as_ref().map(|s| s.value.clone()),
            timeout: self.timeout,
            verbose: self.global.verbose,
            quiet: self.global.quiet,
            retry: RetryPolicy {
                budget: self.retry_budget,
                ..RetryPolicy::default()
            },
        }
    }

    /// The API client, built on first use. A user token is required; use
    /// [`Context::api_without_user_token`] for platform-only or public calls.
    pub fn api(&self) -> Result<&Api> {
        if self.token.is_none() {
            return Err(Error::AuthMissing(
                "no access token: run `chatwoot-bridge auth login`, or set CHATWOOT_API_TOKEN (Chatwoot: Profile settings → Access Token)"
                    .into(),
            ));
        }
        self.api_without_user_token()
    }

    pub fn api_without_user_token(&self) -> Result<&Api> {
        if let Some(api) = self.api.get() {
            return Ok(api);
        }
        let url = self.require_url()?;
        let client =
            Client::new(self.client_config(url, self.token.as_ref().map(|s| s.value.clone())))?;
        let api = Api::new(client, self.account.as_ref().map(|s| s.value));
        Ok(self.api.get_or_init(|| api))
    }

    /// A spinner for a wait (shown after a second, on a terminal only; see `progress`).
    /// Drop it before printing the result.
    pub fn spinner(&self, message: impl Into<String>) -> Spinner {
        Spinner::start(
            progress::enabled(self.output.quiet, self.global.verbose),
            message,
        )
    }

    pub fn confirm(&self, question: &str) -> Result<()> {
        prompt::confirm(self.interactive, self.global.yes, question)
    }

    /// Whether `--yes` answered confirmations in advance.
    pub fn assumes_yes(&self) -> bool {
        self.global.yes
    }

    pub fn save_config(&self, config: &Config) -> Result<()> {
        config.save(&self.config_path)
    }

    /// The instance and account in use (flag, environment or profile): what stored
    /// secrets are keyed by.
    pub fn instance(&self) -> (Option<&str>, Option<u64>) {
        (
            self.url.as_ref().map(|s| s.value.as_str()),
            self.account.as_ref().map(|s| s.value),
        )
    }

    /// The signing secrets the profile stored for the instance and account in use
    /// (label, secret).
    pub fn stored_secrets(&self) -> Vec<(String, String)> {
        let (url, account) = self.instance();
        self.profile()
            .map(|p| p.secrets_for(url, account))
            .unwrap_or_default()
    }

    /// The profile's stored secrets for the instance in use, as they are in the file at each
    /// call (for a long-running `listen`).
    pub fn live_secrets(&self) -> config::LiveSecrets {
        let (url, account) = self.instance();
        config::LiveSecrets::new(&self.config_path, &self.profile_name, url, account)
    }

    /// Keeps a webhook signing secret in the profile in effect (mode 0600) for `listen`, when
    /// the user works from a stored profile, under the instance and account it came from.
    /// Returns whether it is stored.
    pub fn remember_secret(&self, key: &str, secret: &str) -> Result<bool> {
        // From the file, not the start-up copy: one run may store several secrets.
        let mut config = Config::load(&self.config_path)?;
        let Some(profile) = config.profiles.get_mut(&self.profile_name) else {
            return Ok(false);
        };
        let (url, account) = self.instance();
        if profile.store_secret(url, account, key, secret) {
            self.save_config(&config)?;
        }
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_forms_are_the_same_instance() {
        for raw in [
            "https://chat.example.com",
            "https://chat.example.com/",
            "https://chat.example.com/api/v1",
            "https://chat.example.com/api/v1/",
        ] {
            assert_eq!(
                normalize_url(raw).unwrap(),
                "https://chat.example.com",
                "{raw}"
            );
        }
        assert_eq!(
            normalize_url("http://127.0.0.1:3000/sub/api/v1").unwrap(),
            "http://127.0.0.1:3000/sub"
        );
        assert_eq!(
            normalize_url("chat.example.com").unwrap_err().exit_code(),
            2
        );
    }
}
