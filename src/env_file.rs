//! `--env-file PATH`: settings from a dotenv-style file (a project's `.env`). Variables
//! already set in the environment win over the file, so a one-off `VAR=x chatwoot-bridge …`
//! still overrides it.

use std::path::Path;

use crate::error::{Error, Result};

/// `KEY=VALUE` pairs of a dotenv file: blank lines and `#` comments skipped, an optional
/// `export ` prefix, values optionally in single or double quotes (taken literally).
pub fn parse(text: &str) -> std::result::Result<Vec<(String, String)>, String> {
    let mut pairs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line).trim_start();
        let Some((key, value)) = line.split_once('=') else {
            return Err(format!("line {}: expected KEY=VALUE", n + 1));
        };
        let key = key.trim();
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("line {}: '{key}' is not a variable name", n + 1));
        }
        let value = value.trim();
        let value = match value.chars().next() {
            Some(q @ ('"' | '\'')) => value
                .strip_prefix(q)
                .and_then(|v| v.rfind(q).map(|end| &v[..end]))
                .ok_or_else(|| format!("line {}: unclosed {q}", n + 1))?,
            // An unquoted value ends at a ` #` comment.
            _ => value.split(" #").next().unwrap_or("").trim_end(),
        };
        pairs.push((key.to_string(), value.to_string()));
    }
    Ok(pairs)
}

/// Sets the file's variables that the environment does not already set. Called once, before
/// anything else runs (no other thread reads the environment yet).
pub fn load(path: &Path) -> Result<()> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::usage(format!("cannot read --env-file {}: {e}", path.display())))?;
    let pairs =
        parse(&text).map_err(|e| Error::usage(format!("--env-file {}: {e}", path.display())))?;
    for (key, value) in pairs {
        if std::env::var_os(&key).is_none() {
            std::env::set_var(key, value);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_dotenv_files_hold() {
        let pairs = parse(
            "# Chatwoot\nexport CHATWOOT_BASE_URL=https://chat.example.com # prod\n\n\
             CHATWOOT_API_TOKEN='a b#c'\nCHATWOOT_ACCOUNT_ID=\"3\"\nEMPTY=\n",
        )
        .unwrap();
        assert_eq!(
            pairs,
            [
                (
                    "CHATWOOT_BASE_URL".into(),
                    "https://chat.example.com".into()
                ),
                ("CHATWOOT_API_TOKEN".into(), "a b#c".into()),
                ("CHATWOOT_ACCOUNT_ID".into(), "3".into()),
                ("EMPTY".into(), String::new()),
            ]
        );
        assert!(parse("just words").unwrap_err().contains("line 1"));
        assert!(parse("A='open").unwrap_err().contains("unclosed"));
    }
}
