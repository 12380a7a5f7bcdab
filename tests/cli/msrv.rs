//! The declared `rust-version` is one the lockfile builds with: every locked registry package's
//! own `rust-version` is at most ours. Reads the sources cargo unpacked under
//! `$CARGO_HOME/registry/src/` (all platforms' packages, as `cargo fetch --locked` leaves them).

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

#[test]
fn no_locked_dependency_needs_a_newer_rust_than_rust_version() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ours_text = declared_rust_version(root);
    let ours_text = ours_text.as_str();
    let ours = parse_version(ours_text);

    let lock_path = root.join("Cargo.lock");
    let lock: toml::Value = toml::from_str(&std::fs::read_to_string(&lock_path).unwrap())
        .expect("Cargo.lock is valid TOML");
    let packages = lock["package"]
        .as_array()
        .expect("Cargo.lock lists packages");

    let registry_src = cargo_home().join("registry").join("src");
    let indexes: Vec<PathBuf> = std::fs::read_dir(&registry_src)
        .unwrap_or_else(|error| {
            panic!(
                "cannot read {} ({error}): run `cargo fetch --locked` to unpack the locked \
                 dependencies' sources",
                registry_src.display()
            )
        })
        .map(|entry| entry.unwrap().path())
        .collect();

    let mut checked = 0;
    let mut missing = Vec::new();
    let mut too_new = Vec::new();
    for package in packages {
        let source = package.get("source").and_then(|s| s.as_str()).unwrap_or("");
        if !source.starts_with("registry+") {
            continue;
        }
        let name = package["name"].as_str().unwrap();
        let version = package["version"].as_str().unwrap();
        let dir_name = format!("{name}-{version}");
        let Some(manifest_path) = indexes
            .iter()
            .map(|index| index.join(&dir_name).join("Cargo.toml"))
            .find(|path| path.is_file())
        else {
            missing.push(dir_name);
            continue;
        };
        checked += 1;
        let manifest = std::fs::read_to_string(&manifest_path).unwrap();
        if let Some(theirs) = rust_version_of(&manifest, &manifest_path) {
            if parse_version(&theirs) > ours {
                too_new.push(format!("{name} {version} needs Rust {theirs}"));
            }
        }
    }

    assert!(
        missing.is_empty(),
        "the sources of {} locked package(s) are not under {} ({}): run `cargo fetch --locked` \
         (it unpacks every platform's dependencies) and run the test again",
        missing.len(),
        registry_src.display(),
        missing.join(", ")
    );
    assert!(checked > 0, "no registry package found in Cargo.lock");
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
