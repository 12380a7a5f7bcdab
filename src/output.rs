//! The single renderer: every command hands over a [`View`] (JSON for scripts, ids for
//! `-q`, a table or fields for people) and this module prints it in the chosen mode.
//! stdout carries data only; notes go to stderr.

use std::io::Write;
use std::sync::Arc;

use comfy_table::{presets, ContentArrangement, Table};
use serde_json::Value;

use crate::cli::GlobalArgs;
use crate::error::{Error, Result};
use crate::jq::Jq;
use crate::redact;

/// No colours and no spinners on stderr: [`color_stderr`]'s rule (`NO_COLOR`, `CLICOLOR=0`,
/// `TERM=dumb`, or not a terminal).
pub fn no_color() -> bool {
    !color_stderr()
}

/// The one colour rule for the tool's own colours, the one clap's help follows (anstream's):
/// `NO_COLOR` turns colour off, `CLICOLOR_FORCE` on even in a pipe, `CLICOLOR=0` and
/// `TERM=dumb` off; otherwise colour when stdout is a terminal.
pub fn color_stdout() -> bool {
    anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
}

/// As [`color_stdout`], for stderr (spinners are drawn only where colour is allowed).
pub fn color_stderr() -> bool {
    anstream::AutoStream::choice(&std::io::stderr()) != anstream::ColorChoice::Never
}

/// `text` in an SGR style (`"1"` bold, `"2"` dim, `"31"` red…), or plain when `colour` is off.
pub fn paint(colour: bool, sgr: &str, text: &str) -> String {
    if colour {
        format!("\x1b[{sgr}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum OutputMode {
    #[default]
    Table,
    Json,
    Ndjson,
}

/// What people see in table mode.
pub enum Human {
    /// A list: headers and one row per item.
    Rows {
        headers: Vec<&'static str>,
        rows: Vec<Vec<String>>,
    },
    /// One object: label/value lines.
    Fields(Vec<(String, String)>),
    /// Free text, printed as is.
    Text(String),
}

pub struct View {
    /// Chatwoot's own JSON where the data is Chatwoot's. Secrets are redacted on print
    /// unless the view was built with [`View::revealing`].
    pub json: Value,
    pub ids: Vec<String>,
    pub human: Human,
    reveal: bool,
}

impl View {
    pub fn new(json: Value, ids: Vec<String>, human: Human) -> Self {
        View {
            json,
            ids,
            human,
            reveal: false,
        }
    }

    /// For the few commands whose whole point is to print a secret (`inbox secret`).
    pub fn revealing(mut self) -> Self {
        self.reveal = true;
        self
    }
}

#[derive(Debug, Clone)]
pub struct Output {
    pub mode: OutputMode,
    pub quiet: bool,
    /// `--jq`: applied to everything printed as JSON.
    jq: Option<Arc<Jq>>,
}

impl Output {
    /// The output settings from the global flags, resolved once: `--json` is `-o json`, and
    /// `--jq` implies JSON; its expression is compiled here, so a mistake in it is a usage
    /// error before any request is made.
    pub fn from_global(global: &GlobalArgs) -> Result<Output> {
        let jq = global
            .jq
            .as_deref()
            .map(|expr| Jq::compile(expr).map(Arc::new))
            .transpose()?;
        let mode = match (global.json, global.output) {
            (true, _) => OutputMode::Json,
            (false, Some(OutputMode::Table)) if jq.is_some() => {
                return Err(Error::usage(
                    "--jq filters JSON: drop -o table (--jq implies -o json), or use -o ndjson for one input per line",
                ))
            }
            (false, Some(mode)) => mode,
            (false, None) if jq.is_some() => OutputMode::Json,
            (false, None) => OutputMode::default(),
        };
        Ok(Output {
            mode,
            quiet: global.quiet,
            jq,
        })
    }

    pub fn has_jq(&self) -> bool {
        self.jq.is_some()
    }

    pub fn print(&self, view: View) -> Result<()> {
        let json = if view.reveal {
            view.json
        } else {
            redact::redacted(&view.json)
        };
        let mut text = String::new();
        let mut result = Ok(());
        if self.quiet {
            for id in &view.ids {
                text.push_str(id);
                text.push('\n');
            }
        } else {
            match self.mode {
                OutputMode::Json => match &self.jq {
                    Some(jq) => result = jq.run(&json, &mut text),
                    None => {
                        text = serde_json::to_string_pretty(&json).unwrap_or_default();
                        text.push('\n');
                    }
                },
                OutputMode::Ndjson => {
                    let mut lines = self.lines();
                    match &json {
                        Value::Array(items) => {
                            for item in items {
                                text.push_str(&lines.render(item));
                            }
                        }
                        other => text = lines.render(other),
                    }
                    result = lines.finish();
                }
                OutputMode::Table => text = render_human(&view.human),
            }
        }
        // What the filter printed before an error is printed too, as jq does.
        write_stdout(&text)?;
        result
    }

    /// A writer of NDJSON lines (streams: `listen`, `tail`, `events list|export`), through
    /// `--jq` when given.
    pub fn lines(&self) -> Lines {
        Lines {
            jq: self.jq.clone(),
            failed: 0,
            total: 0,
        }
    }

    /// A progress or status note for people, on stderr; silent with `-q`.
    pub fn note(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            crate::progress::clear_line(|| eprintln!("{}", msg.as_ref()));
        }
    }

    pub fn is_table(&self) -> bool {
        self.mode == OutputMode::Table && !self.quiet
    }
}

/// Renders a stream's values one line each (or, with `--jq`, the filter's lines for each).
/// A filter error on one value is reported on stderr and the stream goes on, as jq goes on
/// to its next input; [`Lines::finish`] then fails (exit 1).
pub struct Lines {
    jq: Option<Arc<Jq>>,
    failed: usize,
    total: usize,
}

impl Lines {
    pub fn render(&mut self, value: &Value) -> String {
        self.total += 1;
        let Some(jq) = &self.jq else {
            let mut line = value.to_string();
            line.push('\n');
            return line;
        };
        let mut out = String::new();
        if let Err(e) = jq.run(value, &mut out) {
            self.failed += 1;
            let what = value
                .get("id")
                .map(|id| format!(" (input with id {id})"))
                .unwrap_or_default();
            eprintln!("error: {e}{what}");
        }
        out
    }

    pub fn finish(&self) -> Result<()> {
        if self.failed == 0 {
            Ok(())
        } else {
            Err(Error::other(format!(
                "--jq failed on {} of {} inputs",
                self.failed, self.total
            )))
        }
    }
}

/// How wide tables may be: `COLUMNS` when set, else the terminal's width when stdout is one;
/// `None` (no wrapping) in a pipe, so `grep` and `cut` see one line per row.
pub fn table_width() -> Option<u16> {
    if let Some(cols) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|&c| c > 0)
    {
        return Some(cols);
    }
    terminal_width()
}

#[cfg(unix)]
fn terminal_width() -> Option<u16> {
    let out = std::io::stdout();
    if !std::io::IsTerminal::is_terminal(&out) {
        return None;
    }
    rustix::termios::tcgetwinsize(&out)
        .ok()
        .map(|w| w.ws_col)
        .filter(|&c| c > 0)
}

#[cfg(not(unix))]
fn terminal_width() -> Option<u16> {
    None
}

/// Aligned columns with a header line; empty when there are no rows. Wider than
/// [`table_width`], the longest cells wrap.
pub fn render_rows(headers: &[&str], rows: &[Vec<String>]) -> String {
    render_rows_within(headers, rows, table_width())
}

fn render_rows_within(headers: &[&str], rows: &[Vec<String>], width: Option<u16>) -> String {
    if rows.is_empty() {
        return String::new();
    }
    let mut table = Table::new();
    table.load_preset(presets::NOTHING);
    match width {
        // comfy-table counts the one-space indent that trim_lines removes.
        Some(w) => table
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(w.saturating_add(1)),
        None => table.set_content_arrangement(ContentArrangement::Disabled),
    };
    table.set_header(headers.iter().copied());
    for row in rows {
        table.add_row(row.iter().map(String::as_str));
    }
    format!("{}\n", trim_lines(&table.to_string()))
}

fn render_human(human: &Human) -> String {
    match human {
        Human::Rows { headers, rows } => render_rows(headers, rows),
        Human::Fields(fields) => {
            let width = fields.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
            fields
                .iter()
                .map(|(k, v)| format!("{k:width$}  {v}\n"))
                .collect()
        }
        Human::Text(t) => {
            if t.is_empty() || t.ends_with('\n') {
                t.clone()
            } else {
                format!("{t}\n")
            }
        }
    }
}

/// comfy-table pads every line to the table width and indents by one space; neither helps
/// a reader or a `grep`.
fn trim_lines(s: &str) -> String {
    s.lines()
        .map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Writes to stdout; a reader that went away (`| head`) ends the program quietly.
pub fn write_stdout(text: &str) -> Result<()> {
    // On a terminal, stdout and a spinner on stderr share the screen.
    crate::progress::clear_line(|| {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())
            .and_then(|_| out.flush())
            .map_err(Error::from)
    })
}

/// A cell for an optional value.
pub fn cell(v: Option<impl ToString>) -> String {
    v.map(|v| v.to_string()).unwrap_or_else(|| "-".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_render_as_aligned_columns_without_padding() {
        let text = render_human(&Human::Rows {
            headers: vec!["ID", "NAME"],
            rows: vec![
                vec!["1".into(), "Support".into()],
                vec!["12".into(), "Bot".into()],
            ],
        });
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(
            lines[0].starts_with("ID") && lines[0].contains("NAME"),
            "{text}"
        );
        assert!(lines.iter().all(|l| !l.ends_with(' ')), "{text:?}");
    }

    #[test]
    fn rows_wrap_within_a_width_and_not_without_one() {
        let rows = vec![vec![
            "1".to_string(),
            "A very long inbox name that would not fit in a narrow terminal".to_string(),
            "https://bot.example.com/chatwoot/webhook".to_string(),
        ]];
        let narrow = render_rows_within(&["ID", "NAME", "URL"], &rows, Some(40));
        assert!(narrow.lines().count() > 2, "{narrow}");
        assert!(narrow.lines().all(|l| l.chars().count() <= 40), "{narrow}");
        let free = render_rows_within(&["ID", "NAME", "URL"], &rows, None);
        assert_eq!(free.lines().count(), 2, "{free}");
    }
}
