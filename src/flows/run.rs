//! Running flows against a Chatwoot (real or the sandbox): each flow writes in as a fresh
//! test contact through the public client API, then checks each expectation by polling the
//! conversation through the account API until it holds or its time is up.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::parse::{Flow, Step, StepKind};
use crate::api::{Api, Message, MessageInput};
use crate::error::{Error, Result};

/// Pause between two looks at a conversation.
const POLL: Duration = Duration::from_millis(100);

/// The inbox a flow writes into.
#[derive(Debug, Clone)]
pub struct RunInbox {
    pub id: u64,
    /// The API inbox's `inbox_identifier` for the public client API.
    pub identifier: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    /// An expectation did not hold.
    Failed,
    /// A request failed, so the flow could not finish.
    Error,
}

impl Outcome {
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Passed => "passed",
            Outcome::Failed => "failed",
            Outcome::Error => "error",
        }
    }
}

#[derive(Debug, Clone)]
pub struct StepReport {
    pub line: usize,
    pub key: &'static str,
    pub description: String,
    /// `None`: not run, because an earlier step failed.
    pub outcome: Option<Outcome>,
    pub elapsed: Duration,
    /// The message or value that satisfied the step, if any.
    pub arrived: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Failure {
    /// 1-based step number.
    pub step: usize,
    pub line: usize,
    pub key: &'static str,
    pub expected: String,
    pub arrived: String,
}

#[derive(Debug, Clone)]
pub struct FlowReport {
    pub name: String,
    pub line: usize,
    pub inbox_id: u64,
    pub conversation: Option<u64>,
    pub outcome: Outcome,
    pub steps: Vec<StepReport>,
    pub failure: Option<Failure>,
    /// The whole conversation, one line per message, when the flow did not pass.
    pub transcript: Vec<String>,
    pub elapsed: Duration,
    /// Resolving the conversation at the end failed (the flow's result stands).
    pub cleanup_error: Option<String>,
}

/// Runs `flows` with at most `jobs` at a time; reports come back in the file's order.
/// `on_done` sees each report as its flow finishes.
pub async fn run_all(
    api: &Api,
    flows: Vec<(Flow, RunInbox)>,
    jobs: usize,
    keep: bool,
    on_done: impl Fn(&FlowReport),
) -> Vec<FlowReport> {
    let permits = Arc::new(tokio::sync::Semaphore::new(jobs.max(1)));
    let mut set = tokio::task::JoinSet::new();
    let total = flows.len();
    let mut reports: Vec<Option<FlowReport>> = vec![None; total];
    let mut record = |joined: Result<(usize, FlowReport), tokio::task::JoinError>| {
        if let Ok((index, report)) = joined {
            on_done(&report);
            reports[index] = Some(report);
        }
    };
    // Flows start in the file's order: a permit is taken before each one is spawned.
    for (index, (flow, inbox)) in flows.into_iter().enumerate() {
        let permit = loop {
            tokio::select! {
                permit = permits.clone().acquire_owned() => break permit,
                Some(joined) = set.join_next() => record(joined),
            }
        };
        let api = api.clone();
        set.spawn(async move {
            let _permit = permit;
            (index, run_flow(&api, &flow, &inbox, keep).await)
        });
    }
    while let Some(joined) = set.join_next().await {
        record(joined);
    }
    reports.into_iter().flatten().collect()
}

/// What one conversation looks like to the runner while a flow goes on.
struct Session<'a> {
    api: &'a Api,
    inbox: &'a RunInbox,
    source_id: String,
    conversation: Option<u64>,
    /// The bot's next message is the first after this id.
    bot_cursor: u64,
    note_cursor: u64,
    /// Messages the runner wrote (as the customer or the agent): never the bot's.
    own: HashSet<u64>,
}

enum StepError {
    /// The expectation did not hold: what arrived instead.
    Unmet(String),
    Request(Error),
}

impl From<Error> for StepError {
    fn from(e: Error) -> Self {
        StepError::Request(e)
    }
}

pub async fn run_flow(api: &Api, flow: &Flow, inbox: &RunInbox, keep: bool) -> FlowReport {
    let started = Instant::now();
    let mut report = FlowReport {
        name: flow.name.clone(),
        line: flow.line,
        inbox_id: inbox.id,
        conversation: None,
        outcome: Outcome::Passed,
        steps: flow
            .steps
            .iter()
            .map(|s| StepReport {
                line: s.line,
                key: s.key(),
                description: s.describe(),
                outcome: None,
                elapsed: Duration::ZERO,
                arrived: None,
            })
            .collect(),
        failure: None,
        transcript: Vec::new(),
        elapsed: Duration::ZERO,
        cleanup_error: None,
    };
    let identifier = format!("chatwoot-bridge-test-{}", uuid::Uuid::new_v4());
    let contact = api
        .public_contact(
            &inbox.identifier,
            Some(&identifier),
            Some(&format!("Test: {}", flow.name)),
        )
        .await;
    let mut session = match contact {
        Ok(c) => Session {
            api,
            inbox,
            source_id: c.source_id,
            conversation: None,
            bot_cursor: 0,
            note_cursor: 0,
            own: HashSet::new(),
        },
        Err(e) => {
            let first = &flow.steps[0];
            report.outcome = Outcome::Error;
            report.failure = Some(Failure {
                step: 1,
                line: first.line,
                key: first.key(),
                expected: "a new test contact in the inbox".into(),
                arrived: format!("error: {e}"),
            });
            report.elapsed = started.elapsed();
            return report;
        }
    };
    for (i, step) in flow.steps.iter().enumerate() {
        let step_started = Instant::now();
        let result = session.run(step).await;
        report.conversation = session.conversation;
        let entry = &mut report.steps[i];
        entry.elapsed = step_started.elapsed();
        match result {
            Ok(arrived) => {
                entry.outcome = Some(Outcome::Passed);
                entry.arrived = arrived;
            }
            Err(e) => {
                let (outcome, arrived) = match e {
                    StepError::Unmet(arrived) => (Outcome::Failed, arrived),
                    StepError::Request(e) => (Outcome::Error, format!("error: {e}")),
                };
                entry.outcome = Some(outcome);
                entry.arrived = Some(arrived.clone());
                report.outcome = outcome;
                report.failure = Some(Failure {
                    step: i + 1,
                    line: step.line,
                    key: step.key(),
                    expected: expectation(step),
                    arrived,
                });
                break;
            }
        }
    }
    if let Some(conversation) = session.conversation {
        if report.outcome != Outcome::Passed {
            report.transcript = match transcript(api, conversation, &session.own).await {
                Ok(lines) => lines,
                Err(e) => vec![format!("(the transcript could not be read: {e})")],
            };
        }
        if !keep {
            if let Err(e) = api.toggle_status(conversation, "resolved", None).await {
                report.cleanup_error = Some(format!(
                    "conversation {conversation} could not be resolved: {e}"
                ));
            }
        }
    }
    report.elapsed = started.elapsed();
    report
}

/// A failed step's expectation, as the report states it.
fn expectation(step: &Step) -> String {
    let within = super::parse::secs(step.within);
    match &step.kind {
        StepKind::Customer { .. } | StepKind::Agent(_) => {
            format!("the message is accepted ({})", step.describe())
        }
        StepKind::Silence => format!("no message from the bot for {within}"),
        StepKind::Label { label, not: true } => format!("label {label:?} absent"),
        _ => format!("{} within {within}", step.describe()),
    }
}

impl Session<'_> {
    fn conversation(&self) -> Result<u64, StepError> {
        self.conversation
            .ok_or_else(|| StepError::Unmet("no conversation yet".into()))
    }

    async fn run(&mut self, step: &Step) -> Result<Option<String>, StepError> {
        let deadline = Instant::now() + step.within;
        match &step.kind {
            StepKind::Customer { text, attach } => {
                let conversation = match self.conversation {
                    Some(c) => c,
                    None => {
                        let c = self
                            .api
                            .public_conversation(&self.inbox.identifier, &self.source_id)
                            .await?
                            .id;
                        self.conversation = Some(c);
                        c
                    }
                };
                let message = self
                    .api
                    .public_message_with_attachments(
                        &self.inbox.identifier,
                        &self.source_id,
                        conversation,
                        text,
                        attach,
                    )
                    .await?;
                self.wrote(message.id);
                Ok(None)
            }
            StepKind::Agent(text) => {
                let conversation = self.conversation()?;
                let input = MessageInput {
                    content: text.clone(),
                    ..MessageInput::default()
                };
                let message = self.api.create_message(conversation, &input).await?;
                self.wrote(message.id);
                Ok(None)
            }
            StepKind::Bot { pattern, not } => {
                let m = self.next_message(false, deadline).await?;
                self.bot_cursor = m.id;
                check_message(&m, pattern, *not)
            }
            StepKind::PrivateNote { pattern, not } => {
                let m = self.next_message(true, deadline).await?;
                self.note_cursor = m.id;
                check_message(&m, pattern, *not)
            }
            StepKind::Silence => {
                let conversation = self.conversation()?;
                loop {
                    let spoke = messages_after(self.api, conversation, self.bot_cursor)
                        .await?
                        .into_iter()
                        .find(|m| self.is_bot_message(m, false));
                    if let Some(m) = spoke {
                        return Err(StepError::Unmet(format!("the bot wrote {:?}", content(&m))));
                    }
                    if Instant::now() >= deadline {
                        return Ok(None);
                    }
                    tokio::time::sleep(
                        POLL.min(deadline.saturating_duration_since(Instant::now())),
                    )
                    .await;
                }
            }
            StepKind::Status(_)
            | StepKind::Assignee(_)
            | StepKind::Team(_)
            | StepKind::Label { .. } => {
                let conversation = self.conversation()?;
                loop {
                    let c = self.api.conversation(conversation).await?;
                    let (held, now) = state_check(&step.kind, &c.raw);
                    // A label that must be absent is checked once: waiting cannot prove it.
                    let once = matches!(step.kind, StepKind::Label { not: true, .. });
                    if held {
                        return Ok(Some(now));
                    }
                    if once || Instant::now() >= deadline {
                        return Err(StepError::Unmet(now));
                    }
                    tokio::time::sleep(POLL).await;
                }
            }
        }
    }

    fn wrote(&mut self, id: u64) {
        self.own.insert(id);
        self.bot_cursor = self.bot_cursor.max(id);
        self.note_cursor = self.note_cursor.max(id);
    }

    fn is_bot_message(&self, m: &Message, private: bool) -> bool {
        m.kind() == "outgoing" && m.private == private && !self.own.contains(&m.id)
    }

    /// Waits for the bot's next public message (or next private note).
    async fn next_message(&self, private: bool, deadline: Instant) -> Result<Message, StepError> {
        let conversation = self.conversation()?;
        let cursor = if private {
            self.note_cursor
        } else {
            self.bot_cursor
        };
        loop {
            let next = messages_after(self.api, conversation, cursor)
                .await?
                .into_iter()
                .find(|m| self.is_bot_message(m, private));
            if let Some(m) = next {
                return Ok(m);
            }
            if Instant::now() >= deadline {
                let status = self.api.conversation(conversation).await?.status;
                return Err(StepError::Unmet(format!(
                    "nothing (conversation {conversation} is {status})"
                )));
            }
            tokio::time::sleep(POLL).await;
        }
    }
}

fn content(m: &Message) -> String {
    m.content.clone().unwrap_or_default()
}

fn check_message(
    m: &Message,
    pattern: &regex_lite::Regex,
    not: bool,
) -> Result<Option<String>, StepError> {
    let text = content(m);
    if pattern.is_match(&text) != not {
        Ok(Some(text))
    } else {
        Err(StepError::Unmet(format!("{text:?}")))
    }
}

/// Whether a state expectation holds on a conversation, and what the state is.
fn state_check(kind: &StepKind, conversation: &Value) -> (bool, String) {
    let meta = &conversation["meta"];
    let named = |v: &Value, wanted: &str| -> (bool, String) {
        if v.is_null() {
            return (wanted.eq_ignore_ascii_case("none"), "none".into());
        }
        let id = v["id"].as_u64().map(|i| i.to_string()).unwrap_or_default();
        let name = v["name"].as_str().unwrap_or_default();
        let email = v["email"].as_str().unwrap_or_default();
        let held = wanted == id
            || (!name.is_empty() && name.eq_ignore_ascii_case(wanted))
            || (!email.is_empty() && email.eq_ignore_ascii_case(wanted));
        (held, format!("{name} (id {id})"))
    };
    match kind {
        StepKind::Status(s) => {
            let now = conversation["status"].as_str().unwrap_or_default();
            (now == s, format!("status {now}"))
        }
        StepKind::Assignee(a) => {
            let (held, now) = named(&meta["assignee"], a);
            (held, format!("assignee {now}"))
        }
        StepKind::Team(t) => {
            let (held, now) = named(&meta["team"], t);
            (held, format!("team {now}"))
        }
        StepKind::Label { label, not } => {
            let labels: Vec<&str> = conversation["labels"]
                .as_array()
                .map(|l| l.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let present = labels.iter().any(|l| l.eq_ignore_ascii_case(label));
            (present != *not, format!("labels [{}]", labels.join(", ")))
        }
        _ => (false, String::new()),
    }
}

/// Every message after `after`, oldest first (the API pages 20 at a time, newest first).
pub async fn messages_after(api: &Api, conversation: u64, after: u64) -> Result<Vec<Message>> {
    let mut out: Vec<Message> = Vec::new();
    let mut before = None;
    loop {
        let page = api.messages(conversation, before).await?;
        let Some(oldest) = page.iter().map(|m| m.id).min() else {
            break;
        };
        let more = page.len() >= 20 && oldest > after;
        out.extend(page.into_iter().filter(|m| m.id > after));
        if !more || before == Some(oldest) {
            break;
        }
        before = Some(oldest);
    }
    out.sort_by_key(|m| m.id);
    out.dedup_by_key(|m| m.id);
    Ok(out)
}

/// The conversation as people read it: who wrote what, in order.
async fn transcript(api: &Api, conversation: u64, own: &HashSet<u64>) -> Result<Vec<String>> {
    Ok(messages_after(api, conversation, 0)
        .await?
        .iter()
        .map(|m| transcript_line(m, own.contains(&m.id)))
        .collect())
}

pub fn transcript_line(m: &Message, by_runner: bool) -> String {
    let sender = m
        .sender
        .as_ref()
        .and_then(|s| s["name"].as_str())
        .unwrap_or("?");
    let text = content(m);
    let files = if m.attachments.is_empty() {
        String::new()
    } else {
        format!(" [{} attachment(s)]", m.attachments.len())
    };
    match (m.kind(), m.private) {
        ("incoming", _) => format!("customer: {text}{files}"),
        ("activity", _) => format!("· {text}"),
        (_, true) => format!("private note ({sender}): {text}{files}"),
        _ if by_runner => format!("agent ({sender}, the test): {text}{files}"),
        _ => format!("{sender}: {text}{files}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn state_steps_match_ids_names_emails_and_none() {
        let c = json!({"status": "open", "labels": ["Refund", "vip"], "meta": {
            "assignee": {"id": 7, "name": "Anna Berg", "email": "anna@example.com"},
            "team": null}});
        let holds = |kind: StepKind| state_check(&kind, &c).0;
        assert!(holds(StepKind::Status("open".into())));
        assert!(!holds(StepKind::Status("pending".into())));
        for who in ["7", "anna berg", "ANNA@example.com"] {
            assert!(holds(StepKind::Assignee(who.into())), "{who}");
        }
        assert!(!holds(StepKind::Assignee("none".into())));
        assert!(!holds(StepKind::Assignee("8".into())));
        assert!(holds(StepKind::Team("none".into())));
        assert!(holds(StepKind::Label {
            label: "refund".into(),
            not: false
        }));
        assert!(holds(StepKind::Label {
            label: "spam".into(),
            not: true
        }));
        let (_, now) = state_check(&StepKind::Assignee("x".into()), &c);
        assert_eq!(now, "assignee Anna Berg (id 7)");
    }
}
