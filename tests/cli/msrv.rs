//! The declared `rust-version` is one the lockfile builds with: every locked registry package's
//! own `rust-version` is at most ours. Each package's is recorded in
//! `tests/fixtures/locked-rust-versions.txt` (all platforms' packages, from the sources
//! `cargo fetch --locked` unpacks), checked against the sources present under
//! `$CARGO_HOME/registry/src/`, and against Cargo.lock, so a stale record fails.

use std::path::{Path, PathBuf};

/// `1.89` or `1.89.0` as comparable numbers (a missing patch is 0).
fn parse_version(text: &str) -> Vec<u64> {
    let mut parts: Vec<u64> = text
        .split('.')
        .map(|part| {
            part.parse()
                .unwrap_or_else(|_| panic!("rust-version {text:?} is not a version"))
        })
        .collect();
    parts.resize(3, 0);
    parts
}

fn rust_version_of(manifest: &str, path: &Path) -> Option<String> {
    let value: toml::Value = toml::from_str(manifest)
        .unwrap_or_else(|error| panic!("{} is not valid TOML: {error}", path.display()));
    value
        .get("package")?
        .get("rust-version")?
        .as_str()
        .map(str::to_owned)
}

fn cargo_home() -> PathBuf {
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        return PathBuf::from(home);
    }
    let home = std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .expect("neither CARGO_HOME nor HOME is set: cannot find cargo's registry sources");
    PathBuf::from(home).join(".cargo")
}

/// Read at run time, so an edit to Cargo.toml is checked without a rebuild.
fn declared_rust_version(root: &Path) -> String {
    let path = root.join("Cargo.toml");
    rust_version_of(&std::fs::read_to_string(&path).unwrap(), &path)
        .expect("Cargo.toml declares no rust-version")
}

/// Each locked registry package's `rust-version` ("-" for none), one `name version rust` a line:
/// committed, so a fresh clone checks every platform's packages without fetching them.
const RECORD: &str = "tests/fixtures/locked-rust-versions.txt";

/// The registry packages of Cargo.lock, as `name-version`.
fn locked_packages(root: &Path) -> Vec<(String, String)> {
    let lock: toml::Value =
        toml::from_str(&std::fs::read_to_string(root.join("Cargo.lock")).unwrap())
            .expect("Cargo.lock is valid TOML");
    lock["package"]
        .as_array()
        .expect("Cargo.lock lists packages")
        .iter()
        .filter(|p| {
            p.get("source")
                .and_then(|s| s.as_str())
                .is_some_and(|s| s.starts_with("registry+"))
        })
        .map(|p| {
            (
                p["name"].as_str().unwrap().to_string(),
                p["version"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// A package's own `rust-version` from the sources cargo unpacked, where they are.
fn unpacked_rust_version(indexes: &[PathBuf], name: &str, version: &str) -> Option<Option<String>> {
    let path = indexes
        .iter()
        .map(|index| index.join(format!("{name}-{version}")).join("Cargo.toml"))
        .find(|path| path.is_file())?;
    Some(rust_version_of(
        &std::fs::read_to_string(&path).unwrap(),
        &path,
    ))
}

#[test]
fn no_locked_dependency_needs_a_newer_rust_than_rust_version() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ours_text = declared_rust_version(root);
    let ours = parse_version(&ours_text);
    let locked = locked_packages(root);
    let registry_src = cargo_home().join("registry").join("src");
    let indexes: Vec<PathBuf> = std::fs::read_dir(&registry_src)
        .map(|dir| dir.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    let record_path = root.join(RECORD);
    let regenerate =
        "regenerate it: `cargo fetch --locked && UPDATE_GENERATED=1 cargo test --test cli msrv`";

    if std::env::var_os("UPDATE_GENERATED").is_some() {
        let mut text = String::new();
        let mut missing = Vec::new();
        for (name, version) in &locked {
            match unpacked_rust_version(&indexes, name, version) {
                Some(rust) => text.push_str(&format!(
                    "{name} {version} {}\n",
                    rust.as_deref().unwrap_or("-")
                )),
                None => missing.push(format!("{name}-{version}")),
            }
        }
        assert!(
            missing.is_empty(),
            "cannot record {}: their sources are not under {}; run `cargo fetch --locked` first",
            missing.join(", "),
            registry_src.display()
        );
        std::fs::write(&record_path, text).unwrap();
    }

    let record = std::fs::read_to_string(&record_path)
        .unwrap_or_else(|e| panic!("{RECORD} is missing ({e}): {regenerate}"));
    let mut recorded = std::collections::BTreeMap::new();
    for line in record.lines() {
        let mut parts = line.split(' ');
        let (Some(name), Some(version), Some(rust)) = (parts.next(), parts.next(), parts.next())
        else {
            panic!("{RECORD}: {line:?} is not `name version rust-version`");
        };
        recorded.insert(
            (name.to_string(), version.to_string()),
            (rust != "-").then(|| rust.to_string()),
        );
    }
    let locked_set: std::collections::BTreeSet<_> = locked.iter().cloned().collect();
    let recorded_set: std::collections::BTreeSet<_> = recorded.keys().cloned().collect();
    assert_eq!(
        locked_set, recorded_set,
        "{RECORD} does not list exactly Cargo.lock's registry packages: {regenerate}"
    );

    let mut too_new = Vec::new();
    for ((name, version), rust) in &recorded {
        // Where the sources are unpacked (this platform's, or all after `cargo fetch`), the
        // record must say what they say.
        if let Some(actual) = unpacked_rust_version(&indexes, name, version) {
            assert_eq!(
                &actual, rust,
                "{RECORD} says {name} {version} needs {rust:?}, its sources say {actual:?}: {regenerate}"
            );
        }
        if let Some(theirs) = rust {
            if parse_version(theirs) > ours {
                too_new.push(format!("{name} {version} needs Rust {theirs}"));
            }
        }
    }
    assert!(
        too_new.is_empty(),
        "Cargo.toml declares rust-version = \"{ours_text}\", but: {}. Raise rust-version (and the \
         README's \"Rust 1.xx or newer\") or lock older versions of these packages",
        too_new.join("; ")
    );
}

#[test]
fn readme_states_the_declared_rust_version() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let declared = declared_rust_version(Path::new(env!("CARGO_MANIFEST_DIR")));
    let claim = format!("Rust toolchain ({declared} or newer)");
    assert!(
        readme.contains(&claim),
        "README.md should say {claim:?}, the rust-version in Cargo.toml"
    );
    assert!(
        readme.contains("cargo install --locked --path ."),
        "README.md's install command should be `cargo install --locked --path .`"
    );
}
