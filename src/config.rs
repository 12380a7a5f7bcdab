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
    /// Webhook signing secrets stored by `setup`, `inbox secret`, `bot secret` and
    /// `webhook secret`, each with the instance and account it came from, for `listen`,
    /// `doctor`, `replay` and `trigger`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signing_secrets: Vec<StoredSecret>,
    /// The old layout (label -> secret, tied to no instance): read, then moved into
    /// `signing_secrets` as secrets of the profile's own instance and account.
    #[serde(default, rename = "webhook_secrets", skip_serializing)]
    pub legacy_secrets: BTreeMap<String, String>,
}

/// A webhook signing secret and where it came from: `inbox:1` names a different inbox on
/// each instance, so a secret only applies to the instance and account it was read from.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct StoredSecret {
    /// What it signs: `inbox:ID`, `bot:ID` or `webhook:ID`.
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<u64>,
    pub secret: String,
}

impl StoredSecret {
    fn is_for(&self, url: Option<&str>, account: Option<u64>) -> bool {
        self.url.as_deref() == url && self.account_id == account
    }
}

impl Profile {
    /// The secrets stored for an instance and account (label, secret).
    pub fn secrets_for(&self, url: Option<&str>, account: Option<u64>) -> Vec<(String, String)> {
        self.signing_secrets
            .iter()
            .filter(|s| s.is_for(url, account))
            .map(|s| (s.label.clone(), s.secret.clone()))
            .collect()
    }

    /// Stores (or replaces) a secret for an instance and account; whether anything changed.
    pub fn store_secret(
        &mut self,
        url: Option<&str>,
        account: Option<u64>,
        label: &str,
        secret: &str,
    ) -> bool {
        match self
            .signing_secrets
            .iter_mut()
            .find(|s| s.label == label && s.is_for(url, account))
        {
            Some(s) if s.secret == secret => false,
            Some(s) => {
                s.secret = secret.to_string();
                true
            }
            None => {
                self.signing_secrets.push(StoredSecret {
                    label: label.to_string(),
                    url: url.map(str::to_string),
                    account_id: account,
                    secret: secret.to_string(),
                });
                true
            }
        }
    }

    /// The stored secrets' labels for people: bare for the profile's own instance and
    /// account, with the instance otherwise.
    pub fn secret_labels(&self) -> Vec<String> {
        self.signing_secrets
            .iter()
            .map(|s| {
                if s.is_for(self.url.as_deref(), self.account_id) {
                    s.label.clone()
                } else {
                    format!(
                        "{} ({}, account {})",
                        s.label,
                        s.url.as_deref().unwrap_or("no URL"),
                        s.account_id.map_or("-".to_string(), |a| a.to_string())
                    )
                }
            })
            .collect()
    }

    /// Moves secrets of the old layout to the profile's own instance and account.
    fn migrate(&mut self) {
        for (label, secret) in std::mem::take(&mut self.legacy_secrets) {
            let (url, account) = (self.url.clone(), self.account_id);
            if !self
                .signing_secrets
                .iter()
                .any(|s| s.label == label && s.is_for(url.as_deref(), account))
            {
                self.store_secret(url.as_deref(), account, &label, &secret);
            }
        }
    }
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
        Self::parse(&text).map_err(|e| {
            Error::other(format!(
                "{} is not valid: {e}\n  hint: fix or remove the file, then run `chatwoot-bridge auth login`",
                path.display()
            ))
        })
    }

    fn parse(text: &str) -> std::result::Result<Config, toml::de::Error> {
        let mut config: Config = toml::from_str(text)?;
        config.profiles.values_mut().for_each(Profile::migrate);
        Ok(config)
    }

    pub fn save(&self, path: &Path) -> Result<()> {
        let text = toml::to_string_pretty(self)
            .map_err(|e| Error::other(format!("serialising the config: {e}")))?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            private_dir(dir)?;
        }
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

/// A profile's stored secrets for one instance and account, as they are in `config.toml`
/// now: `listen` asks on each delivery, so a secret `setup` stores after it started verifies
/// without a restart. Costs one `stat` per call; the file is read again only when it changed
/// (every save replaces it, so its inode changes).
pub struct LiveSecrets {
    path: PathBuf,
    profile: String,
    url: Option<String>,
    account: Option<u64>,
    cache: std::sync::Mutex<(Option<FileStamp>, std::sync::Arc<Vec<String>>)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct FileStamp {
    modified: Option<std::time::SystemTime>,
    len: u64,
    inode: u64,
}

impl FileStamp {
    fn of(path: &Path) -> Option<FileStamp> {
        let meta = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(&meta);
        #[cfg(not(unix))]
        let inode = 0;
        Some(FileStamp {
            modified: meta.modified().ok(),
            len: meta.len(),
            inode,
        })
    }
}

impl LiveSecrets {
    pub fn new(path: &Path, profile: &str, url: Option<&str>, account: Option<u64>) -> Self {
        let live = LiveSecrets {
            path: path.to_path_buf(),
            profile: profile.to_string(),
            url: url.map(str::to_string),
            account,
            cache: std::sync::Mutex::new((None, std::sync::Arc::new(Vec::new()))),
        };
        live.current();
        live
    }

    /// The secrets stored now. A file that cannot be read or parsed (mid-edit by hand)
    /// keeps the last good set.
    pub fn current(&self) -> std::sync::Arc<Vec<String>> {
        let stamp = FileStamp::of(&self.path);
        let mut cache = self
            .cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if cache.0 != stamp {
            let secrets = match std::fs::read_to_string(&self.path) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some(Vec::new()),
                Err(_) => None,
                Ok(text) => Config::parse(&text).ok().map(|c| {
                    c.profiles
                        .get(&self.profile)
                        .map(|p| p.secrets_for(self.url.as_deref(), self.account))
                        .unwrap_or_default()
                        .into_iter()
                        .map(|(_, s)| s)
                        .collect()
                }),
            };
            if let Some(secrets) = secrets {
                *cache = (stamp, std::sync::Arc::new(secrets));
            }
        }
        cache.1.clone()
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

/// The config directory, created 0700 as the data directory is (existing ones: see
/// [`Config::load`]).
#[cfg(unix)]
fn private_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    if dir.exists() {
        return Ok(());
    }
    let err = |e| Error::io(format!("creating {}", dir.display()), e);
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(err)?;
    // The mode given to mkdir() is masked by the umask; set it explicitly.
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(err)
}

#[cfg(not(unix))]
fn private_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(format!("creating {}", dir.display()), e))
}

/// A directory's mode when others may enter or list it.
#[cfg(unix)]
pub fn broad_dir_mode(dir: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(dir).ok()?.permissions().mode() & 0o777;
    (mode & 0o077 != 0).then_some(mode)
}

#[cfg(not(unix))]
pub fn broad_dir_mode(_dir: &Path) -> Option<u32> {
    None
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
    let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) else {
        return;
    };
    let Some(mode) = broad_dir_mode(dir) else {
        return;
    };
    // The platform's place is ours alone (older versions made it 0755): tighten it. One
    // named by CHATWOOT_BRIDGE_CONFIG_DIR may be shared on purpose: only say so.
    let ours = std::env::var_os("CHATWOOT_BRIDGE_CONFIG_DIR").is_none_or(|d| d.is_empty());
    if ours && std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).is_ok() {
        eprintln!(
            "note: {} had mode {mode:o}; made it 0700 (only you can list it)",
            dir.display()
        );
    } else {
        eprintln!(
            "warning: {} holds tokens but other users may list it (mode {mode:o}); run `chmod 700 {}`",
            dir.display(),
            dir.display()
        );
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

    #[test]
    fn live_secrets_follow_the_file_for_their_instance_only() {
        let dir = std::env::temp_dir().join(format!("cwb-live-{}", std::process::id()));
        let path = dir.join("config.toml");
        let url = Some("https://a.example");
        let mut config = Config::default();
        let profile = config.profiles.entry("default".into()).or_default();
        profile.store_secret(url, Some(1), "inbox:1", "first");
        profile.store_secret(Some("https://b.example"), Some(1), "inbox:1", "elsewhere");
        config.save(&path).unwrap();
        let live = LiveSecrets::new(&path, "default", url, Some(1));
        assert_eq!(*live.current(), vec!["first".to_string()]);

        let profile = config.profiles.get_mut("default").unwrap();
        profile.store_secret(url, Some(1), "inbox:2", "second");
        config.save(&path).unwrap();
        assert_eq!(
            *live.current(),
            vec!["first".to_string(), "second".to_string()]
        );
        // A file broken mid-edit keeps the last good set.
        std::fs::write(&path, "not [ toml").unwrap();
        assert_eq!(live.current().len(), 2);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
