//! Presenting a run: text for people, JSON for scripts, JUnit XML for CI servers.

use std::fmt::Write as _;
use std::time::Duration;

use serde_json::{json, Value};

use super::run::{FlowReport, Outcome};

fn ms(d: Duration) -> u64 {
    d.as_millis() as u64
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

pub struct Summary {
    pub passed: usize,
    pub failed: usize,
    pub errors: usize,
}

pub fn summary(reports: &[FlowReport]) -> Summary {
    let count = |o: Outcome| reports.iter().filter(|r| r.outcome == o).count();
    Summary {
        passed: count(Outcome::Passed),
        failed: count(Outcome::Failed),
        errors: count(Outcome::Error),
    }
}

/// The one-line verdict that closes the report.
pub fn verdict(reports: &[FlowReport], elapsed: Duration) -> String {
    let s = summary(reports);
    let mut line = format!(
        "{} flow(s): {} passed, {} failed",
        reports.len(),
        s.passed,
        s.failed
    );
    if s.errors > 0 {
        let _ = write!(line, ", {} could not finish", s.errors);
    }
    let _ = write!(line, " ({})", secs(elapsed));
    line
}

fn mark(outcome: Option<Outcome>) -> &'static str {
    match outcome {
        Some(Outcome::Passed) => "✓",
        Some(Outcome::Failed) | Some(Outcome::Error) => "✗",
        None => "·",
    }
}

/// One block per flow (its steps with timings, and for a failure what was expected, what
/// arrived and the transcript), then the verdict.
pub fn text(reports: &[FlowReport], elapsed: Duration) -> String {
    let mut out = String::new();
    let key_width = reports
        .iter()
        .flat_map(|r| r.steps.iter().map(|s| s.key.len()))
        .max()
        .unwrap_or(0);
    for r in reports {
        let conversation = r
            .conversation
            .map(|c| format!(", conversation {c}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{} {}  ({}{conversation})",
            mark(Some(r.outcome)),
            r.name,
            secs(r.elapsed)
        );
        for (i, s) in r.steps.iter().enumerate() {
            let time = match s.outcome {
                Some(_) => secs(s.elapsed),
                None => "not run".into(),
            };
            let _ = writeln!(
                out,
                "    {} {:>2}. {:<key_width$}  {}  [{time}]",
                mark(s.outcome),
                i + 1,
                s.key,
                s.description
            );
        }
        if let Some(f) = &r.failure {
            let _ = writeln!(out, "      step {} (line {}) failed", f.step, f.line);
            let _ = writeln!(out, "      expected: {}", f.expected);
            let _ = writeln!(out, "      arrived:  {}", f.arrived);
            if let (Some(c), false) = (r.conversation, r.transcript.is_empty()) {
                let _ = writeln!(out, "      transcript of conversation {c}:");
                for line in &r.transcript {
                    let _ = writeln!(out, "        {line}");
                }
            }
        }
        if let Some(e) = &r.cleanup_error {
            let _ = writeln!(out, "      note: {e}");
        }
    }
    let _ = writeln!(out, "{}", verdict(reports, elapsed));
    out
}

pub fn json(reports: &[FlowReport], elapsed: Duration) -> Value {
    let s = summary(reports);
    json!({
        "ok": s.failed == 0 && s.errors == 0,
        "passed": s.passed,
        "failed": s.failed,
        "errors": s.errors,
        "duration_ms": ms(elapsed),
        "flows": reports.iter().map(flow_json).collect::<Vec<_>>(),
    })
}

fn flow_json(r: &FlowReport) -> Value {
    json!({
        "name": r.name,
        "line": r.line,
        "result": r.outcome.label(),
        "inbox_id": r.inbox_id,
        "conversation_id": r.conversation,
        "duration_ms": ms(r.elapsed),
        "steps": r.steps.iter().enumerate().map(|(i, s)| json!({
            "step": i + 1,
            "line": s.line,
            "kind": s.key,
            "description": s.description,
            "result": s.outcome.map_or("not_run", Outcome::label),
            "duration_ms": s.outcome.map(|_| ms(s.elapsed)),
            "arrived": s.arrived,
        })).collect::<Vec<_>>(),
        "failure": r.failure.as_ref().map(|f| json!({
            "step": f.step,
            "line": f.line,
            "kind": f.key,
            "expected": f.expected,
            "arrived": f.arrived,
        })),
        "transcript": r.transcript,
        "cleanup_error": r.cleanup_error,
    })
}

/// JUnit XML as GitLab, GitHub (via report actions) and Jenkins read it: one suite for the
/// file, one test case per flow; a failing step is the failure's message, the transcript
/// its text.
pub fn junit(file_name: &str, reports: &[FlowReport], elapsed: Duration) -> String {
    let s = summary(reports);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"chatwoot-bridge test\" tests=\"{}\" failures=\"{}\" errors=\"{}\" time=\"{:.3}\">",
        reports.len(),
        s.failed,
        s.errors,
        elapsed.as_secs_f64()
    );
    let _ = writeln!(
        out,
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" time=\"{:.3}\">",
        xml(file_name),
        reports.len(),
        s.failed,
        s.errors,
        elapsed.as_secs_f64()
    );
    for r in reports {
        let _ = write!(
            out,
            "    <testcase classname=\"{}\" name=\"{}\" time=\"{:.3}\"",
            xml(file_name),
            xml(&r.name),
            r.elapsed.as_secs_f64()
        );
        match &r.failure {
            None => out.push_str("/>\n"),
            Some(f) => {
                let tag = if r.outcome == Outcome::Error {
                    "error"
                } else {
                    "failure"
                };
                let message = format!(
                    "step {} `{}` (line {}): expected {}; arrived {}",
                    f.step, f.key, f.line, f.expected, f.arrived
                );
                let mut body = String::new();
                if let Some(c) = r.conversation {
                    let _ = writeln!(body, "conversation {c}");
                }
                for line in &r.transcript {
                    let _ = writeln!(body, "{line}");
                }
                let _ = writeln!(
                    out,
                    ">\n      <{tag} message=\"{}\" type=\"{}\">{}</{tag}>\n    </testcase>",
                    xml(&message),
                    f.key,
                    xml(&body)
                );
            }
        }
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

/// Escapes text for XML attributes and content; drops characters XML 1.0 cannot hold.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' | '\r' => out.push(c),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_markup_and_drops_control_characters() {
        assert_eq!(xml("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    }
}
