//! The README's two commands share one build: `cargo run` (no dev-dependencies) and then
//! `cargo test` (with them) give every package they both compile the same features, so the
//! test build reuses every dependency and the tool itself, and compiles only the tests and
//! what they add. With resolver 2 a dev-dependency's features reach shared packages only in
//! test builds; Cargo.toml asks for those features in the plain build too (rustix, bstr).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

/// Each package `cargo tree` shows for these edges, with the feature sets it is built with
/// (a package built for the host and the target may have two).
fn features(root: &Path, edges: &str) -> BTreeMap<String, BTreeSet<String>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| env!("CARGO").to_owned());
    let output = Command::new(&cargo)
        .current_dir(root)
        .args([
            "tree",
            "--locked",
            "--offline",
            "--prefix",
            "none",
            "-e",
            edges,
            "-f",
            "{p}|{f}",
        ])
        .output()
        .unwrap_or_else(|e| panic!("running {cargo} tree: {e}"));
    assert!(
        output.status.success(),
        "cargo tree -e {edges} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut packages: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in String::from_utf8(output.stdout).unwrap().lines() {
        let line = line.trim_end().trim_end_matches(" (*)");
        if line.is_empty() || line.starts_with('[') {
            continue; // "[dev-dependencies]" and the like
        }
        let (package, features) = line
            .split_once('|')
            .unwrap_or_else(|| panic!("unexpected cargo tree line {line:?}"));
        packages
            .entry(package.to_owned())
            .or_default()
            .insert(features.to_owned());
    }
    packages
}

#[test]
fn the_test_build_compiles_shared_packages_with_the_features_of_the_plain_build() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let plain = features(root, "normal,build");
    let test = features(root, "normal,build,dev");
    assert!(
        plain.keys().any(|p| p.starts_with("tokio ")),
        "cargo tree listed no dependencies: {plain:?}"
    );
    let differing: Vec<String> = plain
        .iter()
        .filter_map(|(package, features)| {
            let in_test = test.get(package)?;
            (in_test != features)
                .then(|| format!("{package}: plain build {features:?}, test build {in_test:?}"))
        })
        .collect();
    assert!(
        differing.is_empty(),
        "`cargo test` after `cargo run` would compile these again (and everything above them, \
         the tool included); ask for the test build's features in [dependencies]:\n{}",
        differing.join("\n")
    );
}
