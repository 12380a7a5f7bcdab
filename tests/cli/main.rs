//! Integration tests: the real `chatwoot-bridge` binary against an in-process sandbox
//! (or a scripted server), as a user or a CI script would run it.

mod common;
mod spec_conformance;

mod agents_teams;
mod api_cmd;
mod auth;
mod build_sharing;
mod client;
mod conventions;
mod conversations;
mod delivery_headers;
mod doc_snippets;
mod doctor;
mod flows;
mod generated;
mod inspect;
mod jq;
mod live;
mod manifest;
mod msrv;
mod presets;
mod probe;
#[cfg(unix)]
mod progress;
mod provisioning;
mod resources;
mod secrets;
mod setup_races;
#[cfg(unix)]
mod signals;
mod surface;
mod target_urls;
mod trigger_defaults;
mod webhook_loop;
#[cfg(unix)]
mod wizard;
#[cfg(unix)]
mod wizard_polish;
