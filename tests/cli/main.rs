//! Integration tests: the real `chatwoot-bridge` binary against an in-process sandbox
//! (or a scripted server), as a user or a CI script would run it.

mod common;
mod spec_conformance;

mod api_cmd;
mod auth;
mod client;
mod conversations;
mod doc_snippets;
mod doctor;
mod generated;
mod jq;
mod probe;
#[cfg(unix)]
mod progress;
mod provisioning;
mod resources;
mod secrets;
mod setup_races;
mod surface;
mod webhook_loop;
#[cfg(unix)]
mod wizard;
