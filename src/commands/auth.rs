//! `auth login | status | logout`

use std::io::Read;

use clap::Subcommand;
use serde_json::json;

use crate::api::{Api, BotScope, Client, Profile as ApiProfile};
use crate::config::Profile;
use crate::context::{normalize_url, Context, Source};
use crate::error::{Error, Result};
use crate::output::{Human, View};
use crate::prompt;
use crate::redact;

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Validate an access token against the instance and save it in a profile
    Login {
        /// Read the token from stdin instead of prompting
        #[arg(long)]
        with_token: bool,
        /// The token is a platform app's token (for global bots), not a user's
        #[arg(long)]
        platform: bool,
    },
    /// Who the token belongs to, the role in the account, and where the token came from
    Status,
    /// Remove the stored tokens and signing secrets from the profile
    Logout,
}

pub async fn run(ctx: &Context, cmd: AuthCommand) -> Result<()> {
    match cmd {
        AuthCommand::Login {
            with_token,
            platform,
        } => login(ctx, with_token, platform).await,
        AuthCommand::Status => status(ctx).await,
        AuthCommand::Logout => logout(ctx),
    }
}

fn read_token(ctx: &Context, with_token: bool, what: &str) -> Result<String> {
    let token = if with_token {
        let mut buf = String::new();
        std::io::stdin()
            .read_to_string(&mut buf)
            .map_err(|e| Error::io("reading the token from stdin", e))?;
        buf
    } else {
        prompt::secret(
            ctx.interactive(),
            &format!("Paste the {what}"),
            "pipe the token in with `--with-token` (e.g. `echo $TOKEN | chatwoot-bridge auth login --with-token`)",
        )?
    };
    one_word_token(&token, what)
}

/// A pasted token, trimmed; stray spaces inside mean it is not one.
pub(crate) fn one_word_token(raw: &str, what: &str) -> Result<String> {
    let token = raw.trim().to_string();
    if token.is_empty() || token.contains(char::is_whitespace) {
        return Err(Error::usage(format!(
            "that is not a {what}: expected one word, got {} characters",
            token.len()
        )));
    }
    Ok(token)
}

async fn login(ctx: &Context, with_token: bool, platform: bool) -> Result<()> {
    let url = match &ctx.url() {
        Some(s) => s.value.clone(),
        None => normalize_url(&prompt::text(
            ctx.interactive(),
            "Chatwoot URL (e.g. https://chat.example.com)",
            "pass --url or set CHATWOOT_BASE_URL",
        )?)?,
    };
    let what = if platform {
        "platform app token"
    } else {
        "access token (Profile settings → Access Token)"
    };
    let token = read_token(ctx, with_token, what)?;
    let mut config = ctx.config().clone();
    let mut profile = ctx.profile().cloned().unwrap_or_default();
    profile.url = Some(url.clone());

    if platform {
        // The platform API has no "who am I"; listing the app's bots proves the token.
        let mut cc = ctx.client_config(&url, None);
        cc.platform_token = Some(token.clone());
        let api = Api::new(Client::new(cc)?, None);
        let bots = api.bots(BotScope::Platform).await?;
        profile.platform_token = Some(token);
        ctx.output().note(format!(
            "Platform token accepted by {url} (the app owns {} agent bot{}).",
            bots.len(),
            if bots.len() == 1 { "" } else { "s" }
        ));
    } else {
        let api = Api::new(
            Client::new(ctx.client_config(&url, Some(token.clone())))?,
            None,
        );
        let me = api.profile().await?;
        let account = choose_account(ctx, &me)?;
        let membership = me.membership(account).cloned();
        profile.token = Some(token);
        profile.account_id = Some(account);
        profile.user_name = Some(me.name.clone());
        profile.user_email = Some(me.email.clone());
        profile.role = membership.as_ref().map(|m| m.role.clone());
        ctx.output().note(format!(
            "Logged in to {url} as {} <{}>, {} in account {account}{}.",
            me.name,
            me.email,
            membership
                .as_ref()
                .map(|m| m.role.as_str())
                .unwrap_or("member"),
            membership
                .as_ref()
                .map(|m| format!(" ({})", m.name))
                .unwrap_or_default()
        ));
        if profile.role.as_deref() != Some("administrator") {
            ctx.output().note(
                "note: provisioning (setup, inbox/bot/webhook changes) needs an administrator's token",
            );
        }
    }
    config
        .profiles
        .insert(ctx.profile_name().to_string(), profile.clone());
    if config.current_profile.is_none() {
        config.current_profile = Some(ctx.profile_name().to_string());
    }
    ctx.save_config(&config)?;
    ctx.output().note(format!(
        "Saved profile '{}' in {}",
        ctx.profile_name(),
        ctx.config_path().display()
    ));
    if let Some(Source::Env(var)) = ctx.token().map(|s| &s.source) {
        if !platform {
            ctx.output().note(format!(
                "note: {var} is set and takes precedence over the saved token"
            ));
        }
    }
    ctx.output().print(View::new(
        profile_json(ctx.profile_name(), &profile, true),
        vec![ctx.profile_name().to_string()],
        Human::Text(String::new()),
    ))
}

/// The account to use: the flag or environment, else the only one, else ask.
pub(crate) fn choose_account(ctx: &Context, me: &ApiProfile) -> Result<u64> {
    if let Some(a) = &ctx.account() {
        if me.membership(a.value).is_none() {
            return Err(Error::Api(
                crate::api::ApiError::from_response(
                    "GET /api/v1/profile".into(),
                    401,
                    br#"{"error":"You are not authorized to access this account"}"#,
                )
                .with_hint(format!("this token's accounts are: {}", me.accounts_list())),
            ));
        }
        return Ok(a.value);
    }
    match me.accounts.len() {
        0 => Err(Error::other(
            "this user belongs to no account: add them to one in Chatwoot first",
        )),
        1 => Ok(me.accounts[0].id),
        _ => {
            let items: Vec<String> = me
                .accounts
                .iter()
                .map(|a| format!("{} {} ({})", a.id, a.name, a.role))
                .collect();
            let i = prompt::select(
                ctx.interactive(),
                "Which account?",
                &items,
                &format!("pass --account (one of: {})", me.accounts_list()),
            )?;
            Ok(me.accounts[i].id)
        }
    }
}

async fn status(ctx: &Context) -> Result<()> {
    let url = ctx.require_url()?.to_string();
    let api = ctx.api()?;
    let token = ctx.token().expect("api() checked the token");
    let me = api.profile().await?;
    let account = ctx.account().map(|s| s.value);
    let membership = account.and_then(|a| me.membership(a));
    let mut fields = vec![
        ("Instance".to_string(), url.clone()),
        (
            "User".to_string(),
            format!("{} <{}> (id {})", me.name, me.email, me.id),
        ),
    ];
    match (account, membership) {
        (Some(a), Some(m)) => {
            fields.push(("Account".into(), format!("{a} ({})", m.name)));
            fields.push(("Role".into(), m.role.clone()));
        }
        (Some(a), None) => {
            fields.push((
                "Account".into(),
                format!("{a} (no access with this token!)"),
            ));
        }
        (None, _) => fields.push(("Account".into(), "- (none chosen: pass --account)".into())),
    }
    fields.push(("Accounts".into(), me.accounts_list()));
    fields.push((
        "Token".into(),
        format!("{} from {}", redact::mask(&token.value), token.source),
    ));
    if let Some(p) = &ctx.platform_token() {
        fields.push(("Platform token".into(), format!("set, from {}", p.source)));
    }
    let json = json!({
        "url": url,
        "user": {"id": me.id, "name": me.name, "email": me.email},
        "account_id": account,
        "role": membership.map(|m| m.role.clone()),
        "accounts": me.accounts,
        "token_source": token.source.to_string(),
        "platform_token_source": ctx.platform_token().map(|p| p.source.to_string()),
        "profile": ctx.profile_name(),
    });
    ctx.output().print(View::new(
        json,
        vec![me.id.to_string()],
        Human::Fields(fields),
    ))?;
    if account.is_some() && membership.is_none() {
        return Err(Error::Api(
            crate::api::ApiError::from_response(
                "GET /api/v1/profile".into(),
                401,
                br#"{"error":"You are not authorized to access this account"}"#,
            )
            .with_hint(format!("this token's accounts are: {}", me.accounts_list())),
        ));
    }
    Ok(())
}

fn logout(ctx: &Context) -> Result<()> {
    let mut config = ctx.config().clone();
    let Some(profile) = config.profiles.get_mut(ctx.profile_name()) else {
        return Err(Error::usage(format!(
            "no profile named '{}': nothing to log out of (`chatwoot-bridge profile list`)",
            ctx.profile_name()
        )));
    };
    let had = profile.token.take().is_some() | profile.platform_token.take().is_some();
    // The signing secrets are credentials too: they go with the tokens.
    let secrets = std::mem::take(&mut profile.signing_secrets).len();
    ctx.save_config(&config)?;
    let name = ctx.profile_name();
    ctx.output().note(match (had, secrets) {
        (true, 0) => format!("Removed the tokens from profile '{name}'."),
        (false, 0) => format!("Profile '{name}' held no token and no signing secret."),
        (_, n) => format!(
            "Removed the {}{n} stored signing secret{} from profile '{name}' (`chatwoot-bridge setup` or `inbox secret ID` stores them again).",
            if had { "tokens and the " } else { "" },
            if n == 1 { "" } else { "s" }
        ),
    });
    if let Some(Source::Env(var)) = ctx.token().map(|s| &s.source) {
        ctx.output()
            .note(format!("note: {var} is still set in the environment"));
    }
    Ok(())
}

/// A profile for printing: tokens never appear, only whether one is stored.
pub fn profile_json(name: &str, p: &Profile, current: bool) -> serde_json::Value {
    json!({
        "name": name,
        "current": current,
        "url": p.url,
        "account_id": p.account_id,
        "user_name": p.user_name,
        "user_email": p.user_email,
        "role": p.role,
        "token": p.token.as_ref().map(|_| redact::REDACTED),
        "platform_token": p.platform_token.as_ref().map(|_| redact::REDACTED),
        "webhook_secrets": p.secret_labels(),
    })
}
