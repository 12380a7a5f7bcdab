//! Reading a flow file: TOML into [`FlowFile`], every mistake reported as
//! `FILE:LINE: problem` (exit 2) before anything runs.

use std::path::{Path, PathBuf};
use std::time::Duration;

use regex_lite::Regex;
use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, Result};

/// How long an expectation may wait when neither the step, the flow nor `[defaults]` say.
pub const DEFAULT_WITHIN: Duration = Duration::from_secs(10);

/// Conversation statuses a `status` step may wait for.
const STATUSES: [&str; 4] = ["open", "pending", "resolved", "snoozed"];

#[derive(Debug, Clone)]
pub struct FlowFile {
    pub path: PathBuf,
    /// `[defaults] inbox`, if set.
    pub inbox: Option<String>,
    pub flows: Vec<Flow>,
}

#[derive(Debug, Clone)]
pub struct Flow {
    pub name: String,
    pub line: usize,
    /// Inbox id or name; `None` when neither the flow nor `[defaults]` name one.
    pub inbox: Option<String>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone)]
pub struct Step {
    pub line: usize,
    pub kind: StepKind,
    /// How long the expectation may wait (for `silence`: how long the bot must stay quiet).
    pub within: Duration,
}

#[derive(Debug, Clone)]
pub enum StepKind {
    Customer {
        text: String,
        attach: Vec<PathBuf>,
    },
    /// The bot's next message matches (or with `not`, does not match).
    Bot {
        pattern: Regex,
        not: bool,
    },
    Silence,
    Status(String),
    /// An agent's id, name or email, or `none`.
    Assignee(String),
    /// A team's id or name, or `none`.
    Team(String),
    Label {
        label: String,
        not: bool,
    },
    PrivateNote {
        pattern: Regex,
        not: bool,
    },
    Agent(String),
}

impl Step {
    /// The step's kind as written in the file.
    pub fn key(&self) -> &'static str {
        match &self.kind {
            StepKind::Customer { .. } => "customer",
            StepKind::Bot { .. } => "bot",
            StepKind::Silence => "silence",
            StepKind::Status(_) => "status",
            StepKind::Assignee(_) => "assignee",
            StepKind::Team(_) => "team",
            StepKind::Label { .. } => "label",
            StepKind::PrivateNote { .. } => "private_note",
            StepKind::Agent(_) => "agent",
        }
    }

    /// What the step does or expects, in a few words.
    pub fn describe(&self) -> String {
        let not = |n: &bool| if *n { "not " } else { "" };
        match &self.kind {
            StepKind::Customer { text, attach } if attach.is_empty() => format!("writes {text:?}"),
            StepKind::Customer { text, attach } => {
                format!("writes {text:?} with {} attachment(s)", attach.len())
            }
            StepKind::Bot { pattern, not: n } => {
                format!("next message {}matching /{}/", not(n), pattern.as_str())
            }
            StepKind::Silence => format!("sends nothing for {}", secs(self.within)),
            StepKind::Status(s) => format!("conversation is {s}"),
            StepKind::Assignee(a) => format!("assigned to {a}"),
            StepKind::Team(t) => format!("team is {t}"),
            StepKind::Label { label, not: n } => format!("label {label:?} {}present", not(n)),
            StepKind::PrivateNote { pattern, not: n } => {
                format!(
                    "next private note {}matching /{}/",
                    not(n),
                    pattern.as_str()
                )
            }
            StepKind::Agent(text) => format!("writes {text:?}"),
        }
    }
}

pub fn secs(d: Duration) -> String {
    format!("{:.1} s", d.as_secs_f64())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    defaults: Option<Spanned<RawDefaults>>,
    #[serde(default)]
    flow: Vec<Spanned<RawFlow>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDefaults {
    #[serde(default)]
    inbox: Option<Spanned<IdOrName>>,
    #[serde(default)]
    within: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFlow {
    #[serde(default)]
    name: Option<Spanned<String>>,
    #[serde(default)]
    inbox: Option<Spanned<IdOrName>>,
    #[serde(default)]
    within: Option<Spanned<String>>,
    #[serde(default)]
    step: Vec<Spanned<RawStep>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum IdOrName {
    Id(u64),
    Name(String),
}

impl IdOrName {
    fn text(&self) -> String {
        match self {
            IdOrName::Id(id) => id.to_string(),
            IdOrName::Name(n) => n.clone(),
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    customer: Option<Spanned<String>>,
    attach: Option<Spanned<OneOrMany>>,
    bot: Option<Spanned<String>>,
    not: Option<Spanned<bool>>,
    silence: Option<Spanned<String>>,
    status: Option<Spanned<String>>,
    assignee: Option<Spanned<IdOrName>>,
    team: Option<Spanned<IdOrName>>,
    label: Option<Spanned<String>>,
    private_note: Option<Spanned<String>>,
    agent: Option<Spanned<String>>,
    within: Option<Spanned<String>>,
}

/// Reads and checks a flow file.
pub fn load(path: &Path) -> Result<FlowFile> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::usage(format!(
            "{}: cannot read the flow file: {e}",
            path.display()
        ))
    })?;
    parse(path, &text)
}

/// Checks a flow file's text; `path` names it in errors and anchors relative `attach` paths.
pub fn parse(path: &Path, text: &str) -> Result<FlowFile> {
    let at = |span: std::ops::Range<usize>, problem: String| {
        Error::usage(format!(
            "{}:{}: {problem}",
            path.display(),
            line_of(text, span.start)
        ))
    };
    let raw: RawFile = toml::from_str(text).map_err(|e| {
        let problem = e.message().trim().to_string();
        match e.span() {
            Some(span) => at(span, problem),
            None => Error::usage(format!("{}: {problem}", path.display())),
        }
    })?;
    let base = path.parent().unwrap_or(Path::new("."));
    let duration = |s: &Spanned<String>, key: &str| {
        crate::duration::parse_duration(s.get_ref())
            .map_err(|e| at(s.span(), format!("`{key}`: {e}")))
    };
    let (default_inbox, default_within) = match &raw.defaults {
        Some(d) => (
            d.get_ref().inbox.as_ref().map(|i| i.get_ref().text()),
            d.get_ref()
                .within
                .as_ref()
                .map(|w| duration(w, "within"))
                .transpose()?,
        ),
        None => (None, None),
    };
    if raw.flow.is_empty() {
        return Err(Error::usage(format!(
            "{}: no flows: add at least one [[flow]] with a name and [[flow.step]] entries",
            path.display()
        )));
    }
    let mut flows: Vec<Flow> = Vec::new();
    for spanned in &raw.flow {
        let f = spanned.get_ref();
        let line = line_of(text, spanned.span().start);
        let name = match &f.name {
            Some(n) if !n.get_ref().trim().is_empty() => n.get_ref().trim().to_string(),
            Some(n) => return Err(at(n.span(), "the flow's `name` is empty".into())),
            None => return Err(at(spanned.span(), "a [[flow]] needs a `name`".into())),
        };
        if flows.iter().any(|other| other.name == name) {
            return Err(at(
                f.name.as_ref().map_or(spanned.span(), |n| n.span()),
                format!("two flows are named {name:?}: names must be unique"),
            ));
        }
        let within = match &f.within {
            Some(w) => Some(duration(w, "within")?),
            None => default_within,
        };
        let mut steps = Vec::new();
        for step in &f.step {
            steps.push(parse_step(
                step,
                text,
                within.unwrap_or(DEFAULT_WITHIN),
                base,
                &at,
            )?);
        }
        match steps.first() {
            None => {
                return Err(at(
                    spanned.span(),
                    format!("flow {name:?} has no steps: add [[flow.step]] entries"),
                ))
            }
            Some(first) if !matches!(first.kind, StepKind::Customer { .. }) => {
                return Err(Error::usage(format!(
                    "{}:{}: flow {name:?} starts with `{}`: the first step must be `customer` (it opens the conversation)",
                    path.display(),
                    first.line,
                    first.key()
                )))
            }
            Some(_) => {}
        }
        flows.push(Flow {
            name,
            line,
            inbox: f
                .inbox
                .as_ref()
                .map(|i| i.get_ref().text())
                .or_else(|| default_inbox.clone()),
            steps,
        });
    }
    Ok(FlowFile {
        path: path.to_path_buf(),
        inbox: default_inbox,
        flows,
    })
}

fn parse_step(
    spanned: &Spanned<RawStep>,
    text: &str,
    default_within: Duration,
    base: &Path,
    at: &impl Fn(std::ops::Range<usize>, String) -> Error,
) -> Result<Step> {
    let s = spanned.get_ref();
    let kinds: Vec<(&str, std::ops::Range<usize>)> = [
        ("customer", s.customer.as_ref().map(Spanned::span)),
        ("bot", s.bot.as_ref().map(Spanned::span)),
        ("silence", s.silence.as_ref().map(Spanned::span)),
        ("status", s.status.as_ref().map(Spanned::span)),
        ("assignee", s.assignee.as_ref().map(Spanned::span)),
        ("team", s.team.as_ref().map(Spanned::span)),
        ("label", s.label.as_ref().map(Spanned::span)),
        ("private_note", s.private_note.as_ref().map(Spanned::span)),
        ("agent", s.agent.as_ref().map(Spanned::span)),
    ]
    .into_iter()
    .filter_map(|(k, span)| span.map(|span| (k, span)))
    .collect();
    let (key, span) = match kinds.as_slice() {
        [one] => one.clone(),
        [] => {
            return Err(at(
                spanned.span(),
                "a step needs one of customer, bot, silence, status, assignee, team, label, private_note, agent".into(),
            ))
        }
        [_, second, ..] => {
            return Err(at(
                second.1.clone(),
                format!(
                    "one step has both `{}` and `{}`: give each its own [[flow.step]]",
                    kinds[0].0, second.0
                ),
            ))
        }
    };
    let line = line_of(text, span.start);
    let within = match &s.within {
        Some(w) => crate::duration::parse_duration(w.get_ref())
            .map_err(|e| at(w.span(), format!("`within`: {e}")))?,
        None => default_within,
    };
    let not = s.not.as_ref().map(|n| *n.get_ref()).unwrap_or(false);
    if let Some(n) = &s.not {
        if !matches!(key, "bot" | "private_note" | "label") {
            return Err(at(
                n.span(),
                format!("`not` applies to bot, private_note and label steps, not to `{key}`"),
            ));
        }
    }
    if let Some(a) = &s.attach {
        if key != "customer" {
            return Err(at(
                a.span(),
                format!("`attach` goes with a `customer` step, not with `{key}`"),
            ));
        }
    }
    let regex = |v: &Spanned<String>| {
        Regex::new(v.get_ref()).map_err(|e| {
            at(
                v.span(),
                format!("`{key}` is not a regular expression: {e}"),
            )
        })
    };
    let kind = match key {
        "customer" => {
            let attach = match s.attach.as_ref().map(Spanned::get_ref) {
                None => Vec::new(),
                Some(OneOrMany::One(p)) => vec![base.join(p)],
                Some(OneOrMany::Many(ps)) => ps.iter().map(|p| base.join(p)).collect(),
            };
            if let (Some(a), Some(missing)) = (&s.attach, attach.iter().find(|p| !p.is_file())) {
                return Err(at(
                    a.span(),
                    format!(
                        "attachment {} does not exist (paths are relative to the flow file)",
                        missing.display()
                    ),
                ));
            }
            if attach.len() > crate::api::MAX_ATTACHMENTS {
                return Err(at(
                    span,
                    format!(
                        "{} attachments; Chatwoot takes at most {} per message",
                        attach.len(),
                        crate::api::MAX_ATTACHMENTS
                    ),
                ));
            }
            StepKind::Customer {
                text: s
                    .customer
                    .as_ref()
                    .map(|c| c.get_ref().clone())
                    .unwrap_or_default(),
                attach,
            }
        }
        "bot" => StepKind::Bot {
            pattern: regex(s.bot.as_ref().expect("bot is set"))?,
            not,
        },
        "private_note" => StepKind::PrivateNote {
            pattern: regex(s.private_note.as_ref().expect("private_note is set"))?,
            not,
        },
        "silence" => {
            let d = s.silence.as_ref().expect("silence is set");
            if s.within.is_some() {
                return Err(at(
                    span,
                    "`silence` is its own duration: drop `within` from this step".into(),
                ));
            }
            let quiet = crate::duration::parse_duration(d.get_ref())
                .map_err(|e| at(d.span(), format!("`silence`: {e}")))?;
            return Ok(Step {
                line,
                kind: StepKind::Silence,
                within: quiet,
            });
        }
        "status" => {
            let v = s.status.as_ref().expect("status is set");
            let status = v.get_ref().trim().to_ascii_lowercase();
            if !STATUSES.contains(&status.as_str()) {
                return Err(at(
                    v.span(),
                    format!(
                        "status {:?} is not one of {}",
                        v.get_ref(),
                        STATUSES.join(", ")
                    ),
                ));
            }
            StepKind::Status(status)
        }
        "assignee" => StepKind::Assignee(s.assignee.as_ref().expect("set").get_ref().text()),
        "team" => StepKind::Team(s.team.as_ref().expect("set").get_ref().text()),
        "label" => StepKind::Label {
            label: s.label.as_ref().expect("set").get_ref().trim().to_string(),
            not,
        },
        "agent" => StepKind::Agent(s.agent.as_ref().expect("set").get_ref().clone()),
        other => unreachable!("step kind {other} is listed above"),
    };
    Ok(Step { line, kind, within })
}

pub fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Result<FlowFile> {
        parse(Path::new("flows.toml"), text)
    }

    fn problem(text: &str) -> String {
        match parsed(text) {
            Err(Error::Usage(msg)) => msg,
            other => panic!("expected a usage error, got {other:?}"),
        }
    }

    #[test]
    fn defaults_flow_settings_and_step_overrides_apply_in_that_order() {
        let file = parsed(
            r#"[defaults]
inbox = 3
within = "5s"

[[flow]]
name = "one"
inbox = "Sales"
within = "2s"
[[flow.step]]
customer = "hi"
[[flow.step]]
bot = "(?i)hello"
within = "1s"
[[flow.step]]
silence = "3s"

[[flow]]
name = "two"
[[flow.step]]
customer = "hi"
[[flow.step]]
label = "vip"
not = true
"#,
        )
        .unwrap();
        assert_eq!(file.inbox.as_deref(), Some("3"));
        let (one, two) = (&file.flows[0], &file.flows[1]);
        assert_eq!((one.line, one.inbox.as_deref()), (5, Some("Sales")));
        assert_eq!(one.steps[0].within, Duration::from_secs(2));
        assert_eq!(one.steps[1].within, Duration::from_secs(1));
        assert_eq!(one.steps[1].line, 12);
        assert!(matches!(one.steps[2].kind, StepKind::Silence));
        assert_eq!(one.steps[2].within, Duration::from_secs(3));
        assert_eq!(two.inbox.as_deref(), Some("3"));
        assert_eq!(two.steps[1].within, Duration::from_secs(5));
        assert!(matches!(
            two.steps[1].kind,
            StepKind::Label { not: true, .. }
        ));
    }

    #[test]
    fn mistakes_name_the_file_line_and_fix() {
        assert_eq!(
            problem("[[flow]]\nname = \"a\"\n[[flow.step]]\ncustomer = \"hi\"\nsilence = \"2s\"\n"),
            "flows.toml:5: one step has both `customer` and `silence`: give each its own [[flow.step]]"
        );
        assert_eq!(
            problem("[[flow]]\nname = \"a\"\n[[flow.step]]\ncustomer = \"hi\"\n[[flow.step]]\nsilence = \"2s\"\nwithin = \"1s\"\n"),
            "flows.toml:6: `silence` is its own duration: drop `within` from this step"
        );
        assert_eq!(
            problem("[[flow]]\nname = \"a\"\n[[flow.step]]\ncustomer = \"hi\"\n[[flow.step]]\nagent = \"x\"\nattach = \"f.png\"\n"),
            "flows.toml:7: `attach` goes with a `customer` step, not with `agent`"
        );
        assert!(problem("").contains("no flows"));
        assert!(problem("[flow]\nname = 3\n").starts_with("flows.toml:1:"));
    }
}
