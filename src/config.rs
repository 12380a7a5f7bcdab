//! `config.toml`: named profiles (instance, account, tokens, what login learned). The file
//! holds tokens, so it is always written with mode 0600, atomically.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

pub const DEFAULT_PROFILE: &str = "default";

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Config {
    /// The profile used when none is named (`profile use`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_token: Option<String>,
    /// Who the token belonged to when it was validated (for `auth status` and `profile list`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Webhook signing secrets stored by setup, keyed by a label (e.g. `inbox:12`), for `listen`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub webhook_secrets: BTreeMap<String, String>,
}

/// Where config lives: `CHATWOOT_BRIDGE_CONFIG_DIR`, else the platform config dir
/// (`~/.config/chatwoot-bridge` on Linux).
pub fn config_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("CHATWOOT_BRIDGE_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "chatwoot-bridge")
        .map(|d| d.config_dir().to_path_buf())
        .ok_or_else(|| Error::other("cannot find a home directory: set CHATWOOT_BRIDGE_CONFIG_DIR"))
}

/// Where the event store lives: `CHATWOOT_BRIDGE_DATA_DIR`, else the platform data dir
/// (`~/.local/share/chatwoot-bridge` on Linux).
pub fn data_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("CHATWOOT_BRIDGE_DATA_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "chatwoot-bridge")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or_else(|| {
            Error::other(
                "cannot find a home directory: set CHATWOOT_BRIDGE_DATA_DIR or pass --store",
            )
        })
}

/// The event store's file: `--store`, else `events.sqlite` in the data dir.
pub fn store_path(flag: Option<&Path>) -> Result<PathBuf> {
    match flag {
        Some(p) => Ok(p.to_path_buf()),
        None => Ok(data_dir()?.join("events.sqlite")),
    }
}

pub fn config_path() -> Result<PathBuf> {
    Ok(config_dir()?.join("config.toml"))
}

impl Config {
    /// Reads the config; a missing file is an empty config. Warns when the file's mode lets
    /// other users read the tokens in it.
    pub fn load(path: &Path) -> Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => return Err(Error::io(format!("reading {}", path.display()), e)),
        };
        warn_if_readable_by_others(path);
        toml::from_str(&text).map_err(|e| {
            Error::other(format!(
                "{} is not valid: {e}\n  hint: fix or remove the file, then run `chatwoot-bridge auth login`",
                path.display()
            ))
        })
    }

    pub fn save(&self, path: &Path) -> Result<()> {
        let text = toml::to_string_pretty(self)
            .map_err(|e| Error::other(format!("serialising the config: {e}")))?;
        write_private(path, text.as_bytes())
    }

    /// The profile name in effect: the flag or env value, else the current one, else `default`.
    pub fn profile_name(&self, requested: Option<&str>) -> String {
        requested
            .map(str::to_string)
            .or_else(|| self.current_profile.clone())
            .unwrap_or_else(|| DEFAULT_PROFILE.to_string())
    }

    /// The stored profiles' names, comma-separated, for messages.
    pub fn profile_names(&self) -> String {
        self.profiles.keys().cloned().collect::<Vec<_>>().join(", ")
    }
}

/// Writes a file only its owner can read, replacing any old one atomically.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
    let tmp = dir.join(format!(
        ".{}.tmp{}",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("config"),
        std::process::id()
    ));
    let write = || -> std::io::Result<()> {
        use std::io::Write;
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&tmp)?;
        #[cfg(unix)]
        {
            // The mode given to open() is masked by the umask; set it explicitly.
            use std::os::unix::fs::PermissionsExt;
            f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(format!("writing {}", path.display()), e)
    })
}

#[cfg(unix)]
fn warn_if_readable_by_others(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(path) {
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            eprintln!(
                "warning: {} holds tokens but has mode {mode:o}; run `chmod 600 {}`",
                path.display(),
                path.display()
            );
        }
    }
}

#[cfg(not(unix))]
fn warn_if_readable_by_others(_path: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_writes_mode_0600() {
        let dir = std::env::temp_dir().join(format!("cwb-config-{}", std::process::id()));
        let path = dir.join("config.toml");
        let mut config = Config::default();
        config.profiles.insert(
            "work".into(),
            Profile {
                url: Some("https://chat.example.com".into()),
                account_id: Some(3),
                token: Some("tok".into()),
                ..Profile::default()
            },
        );
        config.save(&path).unwrap();
        assert_eq!(Config::load(&path).unwrap(), config);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        std::fs::remove_dir_all(dir).unwrap();
    }
}
