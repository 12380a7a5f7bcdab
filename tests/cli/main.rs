//! Integration tests: the real `chatwoot-bridge` binary against an in-process sandbox
//! (or a scripted server), as a user or a CI script would run it.

mod common;
mod spec_conformance;

mod api_cmd;
mod auth;
mod client;
mod conversations;
mod doctor;
mod flows;
mod generated;
mod jq;
mod probe;
#[cfg(unix)]
mod progress;
mod provisioning;
mod resources;
mod surface;
mod webhook_loop;
#[cfg(unix)]
mod wizard;
