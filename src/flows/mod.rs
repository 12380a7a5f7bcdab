//! Conversation tests for bots (`chatwoot-bridge test`): `parse` reads a flow file,
//! `run` drives each flow as a fresh test customer and checks its expectations, `report`
//! presents the results (text, JSON, JUnit), `child` runs the bot's own command under
//! `--sandbox`, and `record` turns a conversation into a flow skeleton.

pub mod child;
pub mod parse;
pub mod record;
pub mod report;
pub mod run;

pub use parse::{Flow, FlowFile, Step, StepKind};
pub use run::{FlowReport, Outcome, RunInbox};
