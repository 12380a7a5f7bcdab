//! chatwoot-bridge: connect bots to Chatwoot from a terminal or CI.
//!
//! Layout: `cli` (argument definitions), `context` (settings resolved once), `commands`
//! (one file per command group: parse, call the API, present), `api` (requests and models),
//! `output` (the one renderer), `sandbox` (the local Chatwoot-compatible server).

pub mod api;
pub mod cli;
pub mod commands;
pub mod config;
pub mod context;
pub mod duration;
pub mod env_file;
pub mod error;
pub mod events;
pub mod example_bot;
pub mod flows;
pub mod http;
pub mod inspect;
pub mod jq;
pub mod listen;
pub mod live;
pub mod manifest;
pub mod net;
pub mod output;
pub mod presets;
pub mod progress;
pub mod prompt;
pub mod redact;
pub mod sandbox;
pub mod signals;
pub mod signing;
pub mod store;
pub mod time;

pub use error::{Error, Result};

use clap::Parser;

/// Parses the command line, runs the command, and returns the process exit code.
pub fn main() -> i32 {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are not errors; everything else is a usage error (2).
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    // Before any thread starts: the file only fills in what the environment leaves unset.
    if let Some(path) = &cli.global.env_file {
        if let Err(e) = env_file::load(path) {
            eprintln!("error: {e}");
            return e.exit_code();
        }
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return 1;
        }
    };
    let result = runtime.block_on(commands::run(cli));
    // Background tasks (servers, retries) must not keep the process alive after the answer.
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    match result {
        Ok(()) => 0,
        Err(Error::BrokenPipe) => 0,
        Err(e) => {
            eprintln!("error: {e}");
            e.exit_code()
        }
    }
}
