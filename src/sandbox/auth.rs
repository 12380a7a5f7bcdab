//! Who is calling, in the order Chatwoot's before_actions decide it
//! (`AccessTokenAuthHelper`, `EnsureCurrentAccountHelper`, `PlatformController`).

use axum::http::HeaderMap;

use super::error::{ApiError, NOT_AUTHORIZED_ACTION, NOT_FOR_BOTS};
use super::params::{path_id, Req};
use super::state::{
    AccountId, AccountRow, AgentBotId, Db, InboxId, Json, Owner, PlatformAppId, Role, UserId,
};
use super::table::{Id, Row, Table};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Caller {
    /// `role` is the caller's role in the account of the request (or, for account-less
    /// routes such as the profile, in their active account).
    User {
        id: UserId,
        role: Option<Role>,
    },
    AgentBot {
        id: AgentBotId,
    },
    PlatformApp {
        id: PlatformAppId,
    },
}

/// Whether the action is listed in `BOT_ACCESSIBLE_ENDPOINTS`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bots {
    Denied,
    Allowed,
}

/// `api_access_token`, or `api-access-token` (Rack maps both to HTTP_API_ACCESS_TOKEN).
/// A blank value counts as absent, as Rails' `present?` does.
fn token(headers: &HeaderMap) -> Option<&str> {
    ["api_access_token", "api-access-token"]
        .iter()
        .filter_map(|name| headers.get(*name)?.to_str().ok())
        .map(str::trim)
        .find(|t| !t.is_empty())
}

/// `AccessToken.find_by(token:)&.owner`. `None` when no token was sent;
/// `Some(None)` when it matches nothing.
pub(crate) fn authenticate(db: &Db, headers: &HeaderMap) -> Option<Option<Caller>> {
    let token = token(headers)?;
    Some(db.token_owner(token).map(|owner| match owner {
        Owner::User(id) => Caller::User {
            id,
            role: active_role(db, id),
        },
        Owner::AgentBot(id) => Caller::AgentBot { id },
        Owner::PlatformApp(id) => Caller::PlatformApp { id },
    }))
}

/// Application API (`Api::BaseController`): token lookup, then the bot gate.
pub(crate) fn api_caller(db: &Db, headers: &HeaderMap, bots: Bots) -> Result<Caller, ApiError> {
    match authenticate(db, headers) {
        None => Err(ApiError::SignIn),
        Some(None) => Err(ApiError::Unauthorized("Invalid Access Token")),
        Some(Some(caller @ Caller::User { .. })) => Ok(caller),
        Some(Some(caller @ Caller::AgentBot { .. })) if bots == Bots::Allowed => Ok(caller),
        // Platform-app tokens are neither User nor AgentBot: same refusal as bots.
        Some(Some(_)) => Err(ApiError::Unauthorized(NOT_FOR_BOTS)),
    }
}

/// Role in the user's most recently active account (`User#active_account_user`).
fn active_role(db: &Db, user_id: UserId) -> Option<Role> {
    db.account_users
        .values()
        .filter(|au| au.user_id == user_id)
        .max_by_key(|au| au.active_at)
        .map(|au| au.role)
}

/// The caller of an `/api/v1/accounts/{account_id}/...` request.
#[derive(Clone, Copy, Debug)]
pub(crate) struct AccountCtx {
    pub caller: Caller,
    pub account_id: AccountId,
}

impl AccountCtx {
    /// `Current.account_user&.administrator?` (false for bots).
    pub(crate) fn is_admin(&self) -> bool {
        matches!(
            self.caller,
            Caller::User {
                role: Some(Role::Administrator),
                ..
            }
        )
    }

    /// Pundit denial: 401, not 403.
    pub(crate) fn require_admin(&self) -> Result<(), ApiError> {
        if self.is_admin() {
            Ok(())
        } else {
            Err(ApiError::Unauthorized(NOT_AUTHORIZED_ACTION))
        }
    }

    /// `InboxPolicy#show?`: bots see every inbox, admins all of the account's, agents
    /// only those they are members of.
    pub(crate) fn can_see_inbox(&self, db: &Db, inbox_id: InboxId) -> bool {
        match self.caller {
            Caller::AgentBot { .. } => true,
            Caller::User {
                role: Some(Role::Administrator),
                ..
            } => true,
            Caller::User { id, .. } => db.inbox_members.contains(&(inbox_id, id)),
            Caller::PlatformApp { .. } => false,
        }
    }
}

/// `Api::V1::Accounts::BaseController`: authenticate, gate bots, then the account
/// (404 when it does not exist, 401 when the caller is not part of it).
pub(crate) fn account_ctx(
    db: &Db,
    headers: &HeaderMap,
    account: &str,
    bots: Bots,
) -> Result<AccountCtx, ApiError> {
    let caller = api_caller(db, headers, bots)?;
    let account_id = path_id(account)
        .map(Id::new)
        .filter(|id| db.accounts.contains_key(id))
        .ok_or(ApiError::NotFound)?;
    let caller = match caller {
        Caller::User { id, .. } => {
            let au = db
                .account_user(account_id, id)
                .ok_or(ApiError::Unauthorized(
                    "You are not authorized to access this account",
                ))?;
            Caller::User {
                id,
                role: Some(au.role),
            }
        }
        Caller::AgentBot { id } => {
            let own = db
                .agent_bots
                .get(&id)
                .is_some_and(|b| b.account_id == Some(account_id));
            let linked = db
                .agent_bot_inboxes
                .values()
                .any(|l| l.agent_bot_id == id && l.account_id == account_id);
            if !own && !linked {
                return Err(ApiError::Unauthorized(
                    "Bot is not authorized to access this account",
                ));
            }
            caller
        }
        Caller::PlatformApp { .. } => caller,
    };
    Ok(AccountCtx { caller, account_id })
}

/// The prologue of the account routes that parse their params before authenticating
/// (bots denied): the params and the caller's account.
pub(crate) fn params_and_ctx(
    db: &Db,
    req: &Req,
    account: &str,
) -> Result<(AccountCtx, Json), ApiError> {
    let p = req.params()?;
    let ctx = account_ctx(db, &req.headers, account, Bots::Denied)?;
    Ok((ctx, p))
}

/// `Current.account.<things>.find(params[:id])`: a path id naming no row of the
/// caller's account is a 404.
pub(crate) fn find_own<T: AccountRow + Row>(
    rows: &Table<T>,
    ctx: &AccountCtx,
    id: &str,
) -> Result<Id<T>, ApiError> {
    path_id(id)
        .map(Id::new)
        .filter(|id| {
            rows.get(id)
                .is_some_and(|r| r.account() == Some(ctx.account_id))
        })
        .ok_or(ApiError::NotFound)
}

/// `PlatformController#set_platform_app`: only platform-app tokens pass.
pub(crate) fn platform_app(db: &Db, headers: &HeaderMap) -> Result<PlatformAppId, ApiError> {
    match authenticate(db, headers) {
        Some(Some(Caller::PlatformApp { id })) => Ok(id),
        _ => Err(ApiError::Unauthorized("Invalid access_token")),
    }
}
