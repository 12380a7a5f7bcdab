//! The webhook signing secrets a command may use (`listen`, `replay`, `trigger`, `events
//! verify`, `doctor`): the flag, the environment, then the profile's stored ones.

use crate::context::Context;
use crate::error::{Error, Result};

/// The secrets to try: the flag, the environment, then every one the profile stored for the
/// instance in use.
pub fn candidate_secrets(ctx: &Context, flag: Option<String>) -> Vec<(String, String)> {
    if let Some(s) = flag {
        return vec![("--secret".into(), s)];
    }
    if let Ok(s) = std::env::var("CHATWOOT_WEBHOOK_SECRET") {
        if !s.is_empty() {
            return vec![("CHATWOOT_WEBHOOK_SECRET".into(), s)];
        }
    }
    ctx.stored_secrets()
        .into_iter()
        .map(|(k, v)| (format!("profile secret '{k}'"), v))
        .collect()
}

/// The one secret that signs (`replay`, `trigger`): several stored ones need --secret.
pub fn one_secret(ctx: &Context, flag: Option<String>, verb: &str) -> Result<Option<String>> {
    match candidate_secrets(ctx, flag).as_slice() {
        [] => Ok(None),
        [(_, only)] => Ok(Some(only.clone())),
        several => Err(Error::usage(format!(
            "the profile holds {} secrets ({}): pass --secret to say which one {verb}",
            several.len(),
            several
                .iter()
                .map(|(l, _)| l.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// Why a label names none of the profile's `stored` secrets, with the labels it does hold:
/// "profile 'P' has no secret 'L' for INSTANCE (it has: A, B)".
pub fn no_stored_secret(ctx: &Context, stored: &[(String, String)], label: &str) -> String {
    let held = if stored.is_empty() {
        "none".to_string()
    } else {
        stored
            .iter()
            .map(|(l, _)| l.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "profile '{}' has no secret '{label}' for {} (it has: {held})",
        ctx.profile_name(),
        ctx.instance().0.unwrap_or("this instance"),
    )
}
