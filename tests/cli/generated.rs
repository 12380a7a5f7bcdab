//! Completions (`completions/`) and man pages (`docs/man/`) are generated from the CLI
//! definition and committed; this fails when they are stale. Regenerate with
//! `UPDATE_GENERATED=1 cargo test --test cli generated`.

use std::path::{Path, PathBuf};

use chatwoot_bridge::cli::Cli;
use clap::{Command, CommandFactory};
use clap_complete::{Generator, Shell};

fn man_pages(cmd: &Command, name: &str, dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
    // clap names are &'static str without its `string` feature; a test may leak a few.
    let page = cmd
        .clone()
        .name(&*Box::leak(name.to_string().into_boxed_str()));
    let mut buf = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut buf)
        .expect("render man page");
    out.push((dir.join(format!("{name}.1")), buf));
    for sub in cmd
        .get_subcommands()
        .filter(|s| s.get_name() != "help" && !s.is_hide_set())
    {
        man_pages(sub, &format!("{name}-{}", sub.get_name()), dir, out);
    }
}

fn expected() -> Vec<(PathBuf, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cmd = Cli::command();
    cmd.build();
    let mut files = Vec::new();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut cmd, "chatwoot-bridge", &mut buf);
        files.push((
            root.join("completions")
                .join(shell.file_name("chatwoot-bridge")),
            buf,
        ));
    }
    man_pages(&cmd, "chatwoot-bridge", &root.join("docs/man"), &mut files);
    files
}

#[test]
fn generated_completions_and_man_pages_are_current() {
    let files = expected();
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        for (path, bytes) in &files {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
        return;
    }
    let stale: Vec<String> = files
        .iter()
        .filter(|(path, bytes)| std::fs::read(path).ok().as_deref() != Some(bytes.as_slice()))
        .map(|(path, _)| path.display().to_string())
        .collect();
    assert!(
        stale.is_empty(),
        "stale or missing generated files (run `UPDATE_GENERATED=1 cargo test --test cli generated`):\n{}",
        stale.join("\n")
    );
    // Every man page on disk belongs to a command that still exists.
    let man_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/man");
    for entry in std::fs::read_dir(&man_dir).unwrap() {
        let path = entry.unwrap().path();
        assert!(
            files.iter().any(|(p, _)| *p == path),
            "{} documents a command that no longer exists: delete it",
            path.display()
        );
    }
}

#[test]
fn the_documented_event_store_schema_is_the_real_one() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/event-store.md"))
            .unwrap();
    assert!(
        doc.contains(chatwoot_bridge::store::SCHEMA),
        "docs/event-store.md does not show the schema in src/store/schema.sql: copy it in"
    );
}
