//! `--jq EXPR`: a jq filter applied in-process (with jaq) to whatever a command prints as
//! JSON. Each result goes on its own line: strings raw, everything else as compact JSON
//! (like `gh --jq`, or `jq -r -c`).

use jaq_core::load::{self, Arena, File, Loader};
use jaq_core::{data, unwrap_valr, Compiler, Ctx, Vars};
use jaq_json::Val;
use serde::Deserialize;
use serde_json::Value;

use crate::error::{Error, Result};

type Data = data::JustLut<Val>;

/// jq's `@csv` and `@tsv`, which jaq keeps in a crate of its CLI; scripts reach for them.
const FORMATS: &str = r#"
def @csv: map(if type == "string" then "\"" + (split("\"") | join("\"\"")) + "\""
              elif . == null then "" else tostring end) | join(",");
def @tsv: map(if type == "string"
              then split("\\") | join("\\\\") | split("\t") | join("\\t")
                 | split("\n") | join("\\n") | split("\r") | join("\\r")
              elif . == null then "" else tostring end) | join("\t");
"#;

/// A compiled filter, ready to run on many inputs (one per NDJSON line).
pub struct Jq {
    filter: jaq_core::Filter<Data>,
}

impl std::fmt::Debug for Jq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Jq")
    }
}

impl Jq {
    /// Parses and compiles EXPR; a mistake in it is a usage error (exit 2) naming the spot.
    pub fn compile(expr: &str) -> Result<Jq> {
        let formats = load::parse(FORMATS, |p| p.defs()).unwrap_or_default();
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs())
            .chain(formats);
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let arena = Arena::default();
        let program = File {
            code: expr,
            path: (),
        };
        let modules = Loader::new(defs)
            .load(&arena, program)
            .map_err(|errs| compile_error(expr, load_messages(expr, errs)))?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errs| {
                let msgs = errs
                    .into_iter()
                    .flat_map(|(_, errs)| errs)
                    .map(|(name, undefined)| {
                        let what = match undefined {
                            jaq_core::compile::Undefined::Filter(arity) => {
                                format!("undefined filter {name}/{arity}")
                            }
                            other => format!("undefined {} {name}", other.as_str()),
                        };
                        format!("{what}{}", position(expr, name))
                    })
                    .collect();
                compile_error(expr, msgs)
            })?;
        Ok(Jq { filter })
    }

    /// Runs the filter on one input and appends each result as a line to `out`. Results
    /// produced before a runtime error stay in `out`, as jq prints them before failing.
    pub fn run(&self, input: &Value, out: &mut String) -> Result<()> {
        let input = Val::deserialize(input)
            .map_err(|e| Error::other(format!("--jq: cannot read the input: {e}")))?;
        let ctx = Ctx::<Data>::new(&self.filter.lut, Vars::new([]));
        for result in self.filter.id.run((ctx, input)).map(unwrap_valr) {
            match result {
                Ok(Val::TStr(bytes)) => out.push_str(&String::from_utf8_lossy(&bytes)),
                Ok(v) => out.push_str(&v.to_string()),
                Err(e) => return Err(Error::other(format!("--jq: {e}"))),
            }
            out.push('\n');
        }
        Ok(())
    }

    /// The filter's output for one input, as lines.
    #[cfg(test)]
    pub fn apply(&self, input: &Value) -> Result<String> {
        let mut out = String::new();
        self.run(input, &mut out).map(|()| out)
    }
}

fn compile_error(expr: &str, msgs: Vec<String>) -> Error {
    Error::usage(format!(
        "--jq: cannot compile '{expr}': {}",
        if msgs.is_empty() {
            "invalid expression".to_string()
        } else {
            msgs.join("; ")
        }
    ))
}

fn load_messages(expr: &str, errs: load::Errors<&str, ()>) -> Vec<String> {
    let mut msgs = Vec::new();
    for (_, err) in errs {
        match err {
            load::Error::Io(items) => msgs.extend(items.into_iter().map(|(path, e)| {
                format!("cannot load module {path}: {e} (modules are not supported)")
            })),
            load::Error::Lex(items) => msgs.extend(items.into_iter().map(|(expect, at)| {
                match (expect, at.chars().next()) {
                    (load::lex::Expect::Token, Some(c)) => {
                        format!("unexpected '{c}'{}", position(expr, at))
                    }
                    (expect, _) if at.is_empty() => {
                        format!("expected {} before the end", expect.as_str())
                    }
                    (expect, _) => format!("expected {}{}", expect.as_str(), position(expr, at)),
                }
            })),
            load::Error::Parse(items) => msgs.extend(items.into_iter().map(|(expect, found)| {
                let what = if found.is_empty() {
                    "the end".to_string()
                } else {
                    format!("'{found}'")
                };
                format!(
                    "expected {}, found {what}{}",
                    expect.as_str(),
                    position(expr, found)
                )
            })),
        }
    }
    msgs
}

/// " at column N" for a slice of EXPR (jaq's errors are slices of the source).
fn position(expr: &str, at: &str) -> String {
    let start = expr.as_ptr() as usize;
    let here = at.as_ptr() as usize;
    if here < start || here >= start + expr.len() {
        return String::new();
    }
    let column = expr[..here - start].chars().count() + 1;
    format!(" at column {column}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn strings_print_raw_and_the_rest_as_compact_json() {
        let jq = Jq::compile(".[] | .name, {id}").unwrap();
        let out = jq
            .apply(&json!([{"id": 1, "name": "Support"}, {"id": 2, "name": "a \"bot\""}]))
            .unwrap();
        assert_eq!(out, "Support\n{\"id\":1}\na \"bot\"\n{\"id\":2}\n");
    }

    #[test]
    fn csv_and_tsv_format_rows_as_jq_does() {
        let row = json!([1, "a \"b\", c", null, true, "tab\there\\"]);
        let run = |expr: &str| Jq::compile(expr).unwrap().apply(&row).unwrap();
        assert_eq!(run("@csv"), "1,\"a \"\"b\"\", c\",,true,\"tab\there\\\"\n");
        assert_eq!(run("@tsv"), "1\ta \"b\", c\t\ttrue\ttab\\there\\\\\n");
        assert_eq!(Jq::compile("empty").unwrap().apply(&json!(1)).unwrap(), "");
    }

    #[test]
    fn object_keys_keep_their_order() {
        let out = Jq::compile(".").unwrap().apply(&json!({"b": 1, "a": 2}));
        assert_eq!(out.unwrap(), "{\"b\":1,\"a\":2}\n");
    }

    #[test]
    fn mistakes_are_usage_errors_and_runtime_errors_keep_earlier_output() {
        let err = Jq::compile(".a | | .b").unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("column 6"), "{err}");

        let jq = Jq::compile(".[] | .x").unwrap();
        let mut out = String::new();
        let err = jq.run(&json!([{"x": 1}, 2]), &mut out).unwrap_err();
        assert_eq!(out, "1\n");
        assert_eq!(err.exit_code(), 1);
        assert!(err.to_string().starts_with("--jq: cannot index"), "{err}");
    }
}
