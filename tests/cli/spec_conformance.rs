//! Request conformance checker: validates one HTTP request the client sent against
//! Chatwoot's official OpenAPI 3.1 spec (vendored in `tests/fixtures/chatwoot/swagger.json`, v4.15.1),
//! so the suite can show that real Chatwoot would accept every request we send.
//!
//! Where the spec is wrong or incomplete (API-NOTES §j and the source notes it
//! summarises), [`EXEMPTIONS`] is the one list of deviations; each entry is scoped
//! to one operation and, for value-level rules, one JSON pointer.
//!
//! Only `std` and `serde_json` are used.
#![allow(dead_code)]

use serde_json::{Map, Number, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

// ---------------------------------------------------------------------------
// Exemptions
// ---------------------------------------------------------------------------

/// One documented deviation from the spec. `path` is a spec-style template.
#[derive(Debug, Clone, Copy)]
pub struct Exemption {
    pub method: &'static str,
    pub path: &'static str,
    pub rule: Rule,
    pub reason: &'static str,
}

/// What an exemption allows. Pointers are JSON pointers relative to the request
/// body (`""` is the body itself); a `*` segment matches any array index or key.
/// JSON values and schemas are given as JSON text.
#[derive(Debug, Clone, Copy)]
pub enum Rule {
    /// A real route the spec lacks. `body` is a JSON schema for the body the source
    /// documents, or `None` when the route takes no body. Placeholders are numeric ids.
    MissingRoute { body: Option<&'static str> },
    /// Values accepted at `pointer` in addition to what the schema allows.
    ExtraValues {
        pointer: &'static str,
        values: &'static [&'static str],
    },
    /// Values the schema allows at `pointer` but Chatwoot rejects.
    RejectValues {
        pointer: &'static str,
        values: &'static [&'static str],
    },
    /// A property the schema omits but Chatwoot permits, with the schema of its value.
    ExtraProperty {
        pointer: &'static str,
        name: &'static str,
        schema: &'static str,
    },
    /// A query parameter the spec omits but Chatwoot reads, with the schema of its value.
    ExtraQuery {
        name: &'static str,
        schema: &'static str,
    },
    /// Required property `name` of the object at `pointer` may be left out when all
    /// of `present` are given.
    OptionalWhen {
        pointer: &'static str,
        name: &'static str,
        present: &'static [&'static str],
    },
    /// The body may also be wrapped as `{"<key>": {...}}` (Rails `params.require`).
    BodyWrapper { key: &'static str },
    /// multipart/form-data is accepted although the spec lists only JSON; the form
    /// fields are checked against the JSON schema.
    Multipart,
    /// A spec operation Chatwoot does not serve: requests matching it are errors.
    NotARoute,
}

const NO_BODY: Rule = Rule::MissingRoute { body: None };
const WEBHOOK_INBOX_EVENTS: Rule = Rule::ExtraValues {
    pointer: "/subscriptions/*",
    values: &[r#""inbox_created""#, r#""inbox_updated""#],
};
const WEBHOOK_WRAPPER: Rule = Rule::BodyWrapper { key: "webhook" };
const WEBHOOK_INBOX_ID: Rule = Rule::ExtraProperty {
    pointer: "",
    name: "inbox_id",
    schema: r#"{"type":"integer"}"#,
};
const BOT_TYPE_NAME: Rule = Rule::ExtraValues {
    pointer: "/bot_type",
    values: &[r#""webhook""#],
};
const BOT_DESCRIPTION: Rule = Rule::ExtraProperty {
    pointer: "",
    name: "description",
    schema: r#"{"type":"string"}"#,
};
const PRIORITY_NONE: Rule = Rule::RejectValues {
    pointer: "/priority",
    values: &[r#""none""#],
};

/// Routes and values the spec lacks or gets wrong, each with its reason.
/// This is the one place they are listed.
pub const EXEMPTIONS: &[Exemption] = &[
    // --- Assignment to an agent bot (v4.8.0+), which the swagger's body omits ---
    Exemption {
        method: "POST",
        path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments",
        rule: Rule::ExtraProperty {
            pointer: "",
            name: "assignee_type",
            schema: r#"{"type":"string","enum":["User","AgentBot"]}"#,
        },
        reason: "assignee_type \"AgentBot\" assigns a conversation to a bot (v4.8.0+, §c, §d); \
                 the swagger body lists only assignee_id and team_id",
    },
    // --- Query parameters the swagger omits ---
    Exemption {
        method: "GET",
        path: "/api/v1/accounts/{account_id}/conversations",
        rule: Rule::ExtraQuery {
            name: "updated_within",
            schema: r#"{"type":"integer","minimum":0}"#,
        },
        reason: "conversations updated in the last N seconds, paging off (ConversationFinder#conversations, \
                 API-NOTES §d); the dashboard's ReconnectService and `listen --live`'s backfill use it",
    },
    // --- Real routes missing from the swagger (API-NOTES §j) ---
    Exemption {
        method: "GET",
        path: "/api",
        rule: NO_BODY,
        reason: "the instance's version and Redis/PostgreSQL health, no token needed \
                 (`get '/api', to: 'api#index'` in config/routes.rb, app/controllers/api_controller.rb); \
                 `doctor` reads it; the swagger documents only /api/v1 and below",
    },
    Exemption {
        method: "DELETE",
        path: "/api/v1/accounts/{account_id}/inboxes/{id}",
        rule: NO_BODY,
        reason: "inbox delete exists (async, 200 + message) but the swagger omits it (§b, §j)",
    },
    Exemption {
        method: "POST",
        path: "/api/v1/accounts/{account_id}/inboxes/{id}/reset_secret",
        rule: NO_BODY,
        reason: "API-inbox signing-secret rotation, v4.13.0+, missing from the swagger (§b, §j)",
    },
    Exemption {
        method: "POST",
        path: "/api/v1/accounts/{account_id}/agent_bots/{id}/reset_access_token",
        rule: NO_BODY,
        reason: "agent-bot token rotation, v4.3.0+, missing from the swagger (§c, §j)",
    },
    Exemption {
        method: "POST",
        path: "/api/v1/accounts/{account_id}/agent_bots/{id}/reset_secret",
        rule: NO_BODY,
        reason: "agent-bot signing-secret rotation, v4.13.0+, missing from the swagger (§c, §j)",
    },
    Exemption {
        method: "PATCH",
        path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages/{message_id}",
        rule: Rule::MissingRoute {
            body: Some(
                r#"{"type":"object","required":["status"],"properties":{
                    "status":{"type":"string","enum":["sent","delivered","read","failed"]},
                    "external_error":{"type":"string"}}}"#,
            ),
        },
        reason: "message status update for API inboxes, v4.2.0+, missing from the swagger; \
                 body {status, external_error} per §d (§j)",
    },
    Exemption {
        method: "POST",
        path: "/platform/api/v1/users/{id}/token",
        rule: NO_BODY,
        reason: "platform user token route exists in config/routes.rb but the swagger omits it (§a, §j)",
    },
    // --- Value-level corrections listed in API-NOTES §j ---
    Exemption {
        method: "POST",
        path: "/api/v1/accounts/{account_id}/webhooks",
        rule: WEBHOOK_INBOX_EVENTS,
        reason: "Webhook::ALLOWED_WEBHOOK_EVENTS includes inbox_created/inbox_updated; the spec enum omits them (§f, §j)",
    },
    Exemption {
        method: "PATCH",
        path: "/api/v1/accounts/{account_id}/webhooks/{webhook_id}",
        rule: WEBHOOK_INBOX_EVENTS,
        reason: "Webhook::ALLOWED_WEBHOOK_EVENTS includes inbox_created/inbox_updated; the spec enum omits them (§f, §j)",
    },
    Exemption {
        method: "POST",
        path: "/api/v1/accounts/{account_id}/inboxes/{id}/set_agent_bot",
        rule: Rule::ExtraValues {
            pointer: "/agent_bot",
            values: &["null"],
        },
        reason: "{\"agent_bot\": null} unlinks the bot; the spec says a required number (§b, §j)",
    },
    Exemption {
        method: "POST",
        path: "/api/v1/accounts/{account_id}/conversations",
        rule: Rule::OptionalWhen {
            pointer: "",
            name: "source_id",
            present: &["inbox_id", "contact_id"],
        },
        reason: "with inbox_id + contact_id the server finds or creates the contact_inbox itself; \
                 the spec marks source_id required (§d, §j)",
    },
    Exemption {
        method: "POST",
        path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_priority",
        rule: Rule::ExtraValues {
            pointer: "/priority",
            values: &["null"],
        },
        reason: "null clears the priority; the spec enum has no null (§d, §j)",
    },
    Exemption {
        method: "POST",
        path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_priority",
        rule: PRIORITY_NONE,
        reason: "\"none\" is in the spec enum but is not a Conversation priority value; send null (§d, §j)",
    },
    Exemption {
        method: "PATCH",
        path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}",
        rule: PRIORITY_NONE,
        reason: "same priority enum as toggle_priority: \"none\" is not a model value (§d, §j)",
    },
    // --- Found beyond §j, from the source notes (API-NOTES §b, §c, §f) ---
    Exemption {
        method: "POST",
        path: "/api/v1/accounts/{account_id}/contacts",
        rule: Rule::OptionalWhen {
            pointer: "",
            name: "inbox_id",
            present: &[],
        },
        reason: "inbox_id is optional (it only also creates the contact_inbox); the spec marks it required (§e)",
    },
    Exemption {
        method: "GET",
        path: "/accounts/{account_id}/conversations/{conversation_id}/messages",
        rule: Rule::NotARoute,
        reason: "stray duplicate without the /api/v1 prefix; config/routes.rb has no such route, \
                 use /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages",
    },
    Exemption {
        method: "POST",
        path: "/api/v1/accounts/{account_id}/webhooks",
        rule: WEBHOOK_WRAPPER,
        reason: "the controller does params.require(:webhook); the spec documents only the flat form (§f)",
    },
    Exemption {
        method: "PATCH",
        path: "/api/v1/accounts/{account_id}/webhooks/{webhook_id}",
        rule: WEBHOOK_WRAPPER,
        reason: "the controller does params.require(:webhook); the spec documents only the flat form (§f)",
    },
    Exemption {
        method: "POST",
        path: "/api/v1/accounts/{account_id}/webhooks",
        rule: WEBHOOK_INBOX_ID,
        reason: "inbox_id is a permitted webhook attribute; the spec schema omits it (§f)",
    },
    Exemption {
        method: "PATCH",
        path: "/api/v1/accounts/{account_id}/webhooks/{webhook_id}",
        rule: WEBHOOK_INBOX_ID,
        reason: "inbox_id is a permitted webhook attribute; the spec schema omits it (§f)",
    },
    Exemption {
        method: "POST",
        path: "/api/v1/accounts/{account_id}/agent_bots",
        rule: BOT_TYPE_NAME,
        reason: "bot_type is a Rails enum {webhook: 0}; the notes recommend \"webhook\", the spec says integer (§c)",
    },
    Exemption {
        method: "PATCH",
        path: "/api/v1/accounts/{account_id}/agent_bots/{id}",
        rule: BOT_TYPE_NAME,
        reason: "bot_type is a Rails enum {webhook: 0}; the notes recommend \"webhook\", the spec says integer (§c)",
    },
    Exemption {
        method: "POST",
        path: "/api/v1/accounts/{account_id}/agent_bots",
        rule: BOT_DESCRIPTION,
        reason: "description is a permitted agent-bot attribute; the spec schema omits it (§c)",
    },
    Exemption {
        method: "PATCH",
        path: "/api/v1/accounts/{account_id}/agent_bots/{id}",
        rule: BOT_DESCRIPTION,
        reason: "description is a permitted agent-bot attribute; the spec schema omits it (§c)",
    },
    Exemption {
        method: "POST",
        path: "/api/v1/accounts/{account_id}/agent_bots",
        rule: Rule::Multipart,
        reason: "avatar is a file upload (format: binary) but the spec lists only application/json (§c)",
    },
    Exemption {
        method: "PATCH",
        path: "/api/v1/accounts/{account_id}/agent_bots/{id}",
        rule: Rule::Multipart,
        reason: "avatar is a file upload (format: binary) but the spec lists only application/json (§c)",
    },
    Exemption {
        method: "POST",
        path: "/api/v1/accounts/{account_id}/inboxes",
        rule: Rule::Multipart,
        reason: "avatar is a file upload (format: binary) but the spec lists only application/json (§b)",
    },
    Exemption {
        method: "PATCH",
        path: "/api/v1/accounts/{account_id}/inboxes/{id}",
        rule: Rule::Multipart,
        reason: "avatar is a file upload (format: binary) but the spec lists only application/json (§b)",
    },
    Exemption {
        method: "POST",
        path: "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages",
        rule: Rule::Multipart,
        reason: "the contact's files go as multipart attachments[] (§e, public messages_controller) but the spec lists only application/json",
    },
    Exemption {
        method: "POST",
        path: "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages",
        rule: Rule::ExtraProperty {
            pointer: "",
            name: "attachments[]",
            schema: r#"{"type": "string", "format": "binary"}"#,
        },
        reason: "the public messages_controller attaches params[:attachments] (§e) but the spec omits the field",
    },
];

// ---------------------------------------------------------------------------
// Spec loading and route index
// ---------------------------------------------------------------------------

const HTTP_METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];
/// Guards recursion through `$ref`, `allOf` and nested values.
const MAX_DEPTH: usize = 64;

/// The parsed swagger plus a route index.
pub struct Spec {
    doc: Value,
    routes: Vec<Route>,
    source: PathBuf,
    strict_unknown: bool,
    exemptions: &'static [Exemption],
}

struct Route {
    template: String,
    segs: Vec<Seg>,
}

enum Seg {
    Lit(String),
    Param(String),
}

impl Spec {
    /// `$CHATWOOT_SWAGGER`, else the copy vendored in `tests/fixtures/chatwoot/`.
    pub fn default_path() -> PathBuf {
        match std::env::var_os("CHATWOOT_SWAGGER") {
            Some(p) if !p.is_empty() => PathBuf::from(p),
            _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/chatwoot/swagger.json"),
        }
    }

    /// Loads the spec from [`Spec::default_path`]. A missing or broken file panics: the
    /// spec ships with the repository, so its absence is a broken checkout (or a wrong
    /// `CHATWOOT_SWAGGER`), and skipping would look like a pass.
    pub fn load() -> Spec {
        Self::load_from(&Self::default_path())
    }

    pub fn load_from(path: &Path) -> Spec {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
            panic!(
                "cannot read Chatwoot's OpenAPI spec at {}: {e} (it is vendored in tests/fixtures/chatwoot/; \
                 CHATWOOT_SWAGGER overrides the path)",
                path.display()
            )
        });
        let doc: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("spec at {} is not valid JSON: {e}", path.display()));
        let mut spec = Spec::from_json(doc);
        spec.source = path.to_path_buf();
        spec
    }

    /// One spec per test binary: parsing the 480 KB file once keeps the suite fast.
    pub fn shared() -> &'static Spec {
        static SHARED: OnceLock<Spec> = OnceLock::new();
        SHARED.get_or_init(Spec::load)
    }

    /// Builds a checker from an already parsed document (used by tests with small specs).
    pub fn from_json(doc: Value) -> Spec {
        let routes = doc
            .get("paths")
            .and_then(Value::as_object)
            .map(|paths| {
                paths
                    .keys()
                    .map(|t| Route {
                        template: t.clone(),
                        segs: parse_template(t),
                    })
                    .collect()
            })
            .unwrap_or_default();
        Spec {
            doc,
            routes,
            source: PathBuf::new(),
            strict_unknown: true,
            exemptions: EXEMPTIONS,
        }
    }

    /// Where the spec was loaded from (empty for [`Spec::from_json`]).
    pub fn source(&self) -> &Path {
        &self.source
    }

    /// Unknown properties are errors by default, because Chatwoot's strong params
    /// silently drop them and that hides client bugs. Turn off to accept them.
    pub fn set_strict_unknown(&mut self, on: bool) {
        self.strict_unknown = on;
    }

    /// Check one request. `path` has no query string; `query` is the raw query
    /// string without '?'. Returns every problem found, one per line.
    pub fn check(
        &self,
        method: &str,
        path: &str,
        query: Option<&str>,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Result<(), String> {
        // Be forgiving about callers passing a full URL or a path with its query.
        let path = strip_origin(path);
        let (path, query) = match (path.split_once('?'), query) {
            (Some((p, q)), None) => (p, Some(q)),
            _ => (path, query),
        };
        let req = Req {
            method: method.to_ascii_uppercase(),
            path,
            parts: path.split('/').filter(|s| !s.is_empty()).collect(),
            query,
            content_type,
            body,
        };
        let errors = match self.find_target(&req)? {
            Target::Spec(templates) => {
                let mut best: Option<Vec<String>> = None;
                // Ties only happen for templates differing by a trailing slash
                // (Rails treats them as one route): accept if any variant accepts.
                for t in templates {
                    let errs = self.check_spec_operation(t, &req);
                    if errs.is_empty() {
                        return Ok(());
                    }
                    let better = match &best {
                        Some(b) => errs.len() < b.len(),
                        None => true,
                    };
                    if better {
                        best = Some(errs);
                    }
                }
                best.unwrap_or_default()
            }
            Target::Missing(ex) => self.check_missing_route(ex, &req),
        };
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors.join("\n"))
        }
    }

    // --- routing ----------------------------------------------------------

    fn operation(&self, template: &str, method: &str) -> Option<&Value> {
        let m = method.to_ascii_lowercase();
        if !HTTP_METHODS.contains(&m.as_str()) {
            return None;
        }
        self.doc.get("paths")?.get(template)?.get(&m)
    }

    fn methods_of(&self, template: &str) -> Vec<String> {
        let item = self.doc.get("paths").and_then(|p| p.get(template));
        HTTP_METHODS
            .iter()
            .filter(|m| item.and_then(|i| i.get(**m)).is_some())
            .map(|m| m.to_ascii_uppercase())
            .collect()
    }

    fn find_target<'a>(&'a self, req: &Req) -> Result<Target<'a>, String> {
        let mut best_spec: Option<(Vec<u8>, Vec<&'a str>)> = None;
        let mut best_path: Option<(Vec<u8>, &'a str)> = None;
        let mut not_served = None;
        for r in &self.routes {
            let Some(score) = match_score(&r.segs, &req.parts) else {
                continue;
            };
            if let Some(ex) = self.exemptions.iter().find(|e| {
                matches!(e.rule, Rule::NotARoute)
                    && e.path == r.template
                    && e.method.eq_ignore_ascii_case(&req.method)
            }) {
                not_served = Some(ex);
                continue;
            }
            if best_path.as_ref().map(|(s, _)| score > *s).unwrap_or(true) {
                best_path = Some((score.clone(), &r.template));
            }
            if self.operation(&r.template, &req.method).is_none() {
                continue;
            }
            match &mut best_spec {
                Some((s, ts)) if score == *s => ts.push(&r.template),
                Some((s, _)) if score < *s => {}
                _ => best_spec = Some((score, vec![&r.template])),
            }
        }
        let mut best_ex: Option<(Vec<u8>, &'static Exemption)> = None;
        for ex in self.exemptions {
            if !matches!(ex.rule, Rule::MissingRoute { .. })
                || !ex.method.eq_ignore_ascii_case(&req.method)
            {
                continue;
            }
            if let Some(score) = match_score(&parse_template(ex.path), &req.parts) {
                if best_ex.as_ref().map(|(s, _)| score > *s).unwrap_or(true) {
                    best_ex = Some((score, ex));
                }
            }
        }
        match (best_spec, best_ex) {
            (Some((s, _)), Some((e, ex))) if e > s => Ok(Target::Missing(ex)),
            (Some((_, ts)), _) => Ok(Target::Spec(ts)),
            (None, Some((_, ex))) => Ok(Target::Missing(ex)),
            (None, None) => Err(match (not_served, best_path) {
                (Some(ex), _) => format!(
                    "{} {}: {} is in the spec but Chatwoot does not serve it ({})",
                    req.method, req.path, ex.path, ex.reason
                ),
                (None, Some((_, t))) => {
                    let exempt: Vec<&str> = self
                        .exemptions
                        .iter()
                        .filter(|e| e.path == t && matches!(e.rule, Rule::MissingRoute { .. }))
                        .map(|e| e.method)
                        .collect();
                    let exempt = if exempt.is_empty() {
                        String::new()
                    } else {
                        format!("; exempted: {}", exempt.join(", "))
                    };
                    format!(
                        "{} {}: wrong method: the spec has no {} operation for {} (it has: {}{exempt})",
                        req.method,
                        req.path,
                        req.method,
                        t,
                        self.methods_of(t).join(", ")
                    )
                }
                (None, None) => format!(
                    "{} {}: unknown route: no path in the spec or in EXEMPTIONS matches{}",
                    req.method,
                    req.path,
                    self.closest(&req.parts)
                ),
            }),
        }
    }

    /// A "did you mean" hint: templates sharing the longest leading run of segments.
    fn closest(&self, parts: &[&str]) -> String {
        let shared = |segs: &[Seg]| {
            segs.iter()
                .zip(parts)
                .take_while(|(s, p)| match s {
                    Seg::Lit(l) => l == *p,
                    Seg::Param(_) => true,
                })
                .count()
        };
        let best = self
            .routes
            .iter()
            .map(|r| shared(&r.segs))
            .max()
            .unwrap_or(0);
        if best < 2 {
            return String::new();
        }
        let near: Vec<&str> = self
            .routes
            .iter()
            .filter(|r| shared(&r.segs) == best)
            .map(|r| r.template.as_str())
            .take(4)
            .collect();
        format!(" (closest spec paths: {})", near.join(", "))
    }

    // --- one operation ------------------------------------------------------

    fn check_spec_operation(&self, template: &str, req: &Req) -> Vec<String> {
        let label = format!("{} {}", req.method, template);
        let Some(op) = self.operation(template, &req.method) else {
            return vec![format!("{label}: operation vanished from the spec")];
        };
        let rules: Vec<&'static Exemption> = self
            .exemptions
            .iter()
            .filter(|e| {
                e.path == template
                    && e.method.eq_ignore_ascii_case(&req.method)
                    && !matches!(e.rule, Rule::MissingRoute { .. })
            })
            .collect();
        let params = self.parameters(template, op);
        let mut out = Vec::new();
        self.check_path_params(&label, template, Some(&params), req, &rules, &mut out);
        self.check_query(&label, &params, req, &rules, &mut out);
        let body = op.get("requestBody").map(|b| self.deref(b));
        self.check_body(&label, body, req, &rules, &mut out);
        out
    }

    fn check_missing_route(&self, ex: &'static Exemption, req: &Req) -> Vec<String> {
        let label = format!("{} {} (exempted: not in spec)", req.method, ex.path);
        let Rule::MissingRoute { body } = ex.rule else {
            return Vec::new();
        };
        let mut out = Vec::new();
        self.check_path_params(&label, ex.path, None, req, &[], &mut out);
        self.check_query(&label, &[], req, &[], &mut out);
        let synthetic = body.map(|schema| {
            let schema: Value = serde_json::from_str(schema)
                .unwrap_or_else(|e| panic!("EXEMPTIONS body schema for {}: {e}", ex.path));
            serde_json::json!({"required": true, "content": {"application/json": {"schema": schema}}})
        });
        self.check_body(&label, synthetic.as_ref(), req, &[], &mut out);
        out
    }

    /// Path-item and operation parameters, `$ref`s resolved; operation-level
    /// entries override path-level ones with the same (name, in), as OpenAPI says.
    fn parameters<'a>(&'a self, template: &str, op: &'a Value) -> Vec<&'a Value> {
        let item = self.doc.get("paths").and_then(|p| p.get(template));
        let mut out: Vec<&Value> = Vec::new();
        let lists = [item.and_then(|i| i.get("parameters")), op.get("parameters")];
        for p in lists
            .iter()
            .flatten()
            .filter_map(|l| l.as_array())
            .flatten()
        {
            let p = self.deref(p);
            out.retain(|q| !(q.get("name") == p.get("name") && q.get("in") == p.get("in")));
            out.push(p);
        }
        out
    }

    /// `params` is `None` for a missing-route exemption, whose placeholders are
    /// numeric ids. A spec placeholder no parameter declares is an implicit string.
    fn check_path_params(
        &self,
        label: &str,
        template: &str,
        params: Option<&[&Value]>,
        req: &Req,
        rules: &[&'static Exemption],
        out: &mut Vec<String>,
    ) {
        let implicit = match params {
            Some(_) => serde_json::json!({"type": "string"}),
            None => serde_json::json!({"type": "integer"}),
        };
        let mut ctx = Ctx::new(self, "path", rules, false);
        for (seg, raw) in parse_template(template).iter().zip(&req.parts) {
            let Seg::Param(name) = seg else { continue };
            let value = percent_decode(raw, false);
            let schema = params
                .unwrap_or_default()
                .iter()
                .find(|p| p["in"] == "path" && p["name"] == name.as_str())
                .and_then(|p| p.get("schema"))
                .unwrap_or(&implicit);
            let v = self.coerce(&value, schema);
            ctx.check_value(schema, &v, &format!("/{name}"));
        }
        out.extend(ctx.render(label));
    }

    fn check_query(
        &self,
        label: &str,
        params: &[&Value],
        req: &Req,
        rules: &[&'static Exemption],
        out: &mut Vec<String>,
    ) {
        let declared: Vec<&Value> = params
            .iter()
            .copied()
            .filter(|p| p["in"] == "query")
            .collect();
        // Group `x=1&x=2` and `x[]=1&x[]=2` under one base name.
        let mut given: BTreeMap<String, (bool, Vec<String>, String)> = BTreeMap::new();
        for (k, v) in parse_pairs(req.query.unwrap_or_default()) {
            let (base, bracket) = match k.strip_suffix("[]") {
                Some(b) => (b.to_string(), true),
                None => (k.clone(), false),
            };
            let e = given.entry(base).or_insert((false, Vec::new(), k));
            e.0 |= bracket;
            e.1.push(v);
        }
        let mut ctx = Ctx::new(self, "query", rules, false);
        for (base, (bracket, values, raw_name)) in &given {
            let extra = rules.iter().find_map(|e| match e.rule {
                Rule::ExtraQuery { name, schema } if name == base.as_str() => Some(schema),
                _ => None,
            });
            if let Some(schema) = extra {
                let schema: Value = serde_json::from_str(schema).expect("exemption schema parses");
                for (i, raw) in values.iter().enumerate() {
                    let v = self.coerce(raw, &schema);
                    ctx.check_value(&schema, &v, &format!("/{base}/{i}"));
                }
                continue;
            }
            let Some(p) = declared
                .iter()
                .find(|p| p["name"] == raw_name.as_str() || p["name"] == base.as_str())
            else {
                let known: Vec<&str> = declared.iter().filter_map(|p| p["name"].as_str()).collect();
                let known = if known.is_empty() {
                    "the spec declares none".to_string()
                } else {
                    format!("declared: {}", known.join(", "))
                };
                ctx.err(
                    &format!("/{raw_name}"),
                    format!("unknown query parameter ({known})"),
                );
                continue;
            };
            let empty = Value::Null;
            let schema = self.deref(p.get("schema").unwrap_or(&empty));
            if self.types_of(schema).iter().any(|t| t == "array") {
                let items = self.deref(schema.get("items").unwrap_or(&empty));
                for (i, raw) in values.iter().enumerate() {
                    let v = self.coerce(raw, items);
                    ctx.check_value(items, &v, &format!("/{base}/{i}"));
                }
            } else if *bracket || values.len() > 1 {
                let how = if *bracket {
                    format!("sent as an array (`{base}[]`)")
                } else {
                    format!("sent {} times", values.len())
                };
                ctx.err(
                    &format!("/{base}"),
                    format!(
                        "{how} but the spec declares a single {}",
                        self.types_of(schema).join(" or ")
                    ),
                );
            } else {
                let v = self.coerce(&values[0], schema);
                ctx.check_value(schema, &v, &format!("/{base}"));
            }
        }
        for p in &declared {
            let name = p["name"].as_str().unwrap_or_default();
            if p["required"] == true && !given.contains_key(name.trim_end_matches("[]")) {
                ctx.err(
                    &format!("/{name}"),
                    "required query parameter is missing".into(),
                );
            }
        }
        out.extend(ctx.render(label));
    }

    fn check_body(
        &self,
        label: &str,
        request_body: Option<&Value>,
        req: &Req,
        rules: &[&'static Exemption],
        out: &mut Vec<String>,
    ) {
        let blank = req.body.iter().all(u8::is_ascii_whitespace);
        let Some(rb) = request_body else {
            let empty_object = serde_json::from_slice::<Value>(req.body)
                .map(|v| v.as_object().is_some_and(Map::is_empty))
                .unwrap_or(false);
            if !blank && !empty_object {
                out.push(format!(
                    "{label}: body: this operation takes no request body (the spec has no requestBody), \
                     but {} bytes were sent",
                    req.body.len()
                ));
            }
            return;
        };
        if blank {
            if rb["required"] == true {
                out.push(format!(
                    "{label}: body: a request body is required (requestBody.required) but none was sent"
                ));
            }
            return;
        }
        let Some(ct) = req.content_type else {
            out.push(format!(
                "{label}: body: a body was sent without a Content-Type header"
            ));
            return;
        };
        let media = ct
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        let content = rb.get("content").and_then(Value::as_object);
        let listed = |m: &str| {
            content
                .and_then(|c| c.get(m))
                .and_then(|mt| mt.get("schema"))
        };
        let offered = content
            .map(|c| c.keys().cloned().collect::<Vec<_>>().join(", "))
            .unwrap_or_default();
        let multipart_exempt = rules.iter().any(|e| matches!(e.rule, Rule::Multipart));
        let not_offered = || {
            format!("{label}: body: Content-Type {media} is not accepted here (the spec lists: {offered})")
        };
        match media.as_str() {
            "application/json" => {
                let Some(schema) = listed("application/json") else {
                    out.push(not_offered());
                    return;
                };
                let value: Value = match serde_json::from_slice(req.body) {
                    Ok(v) => v,
                    Err(e) => {
                        out.push(format!("{label}: body: not valid JSON: {e}"));
                        return;
                    }
                };
                let wrapper = rules.iter().find_map(|e| match e.rule {
                    Rule::BodyWrapper { key } => Some(key),
                    _ => None,
                });
                let mut ctx = Ctx::new(self, "body", rules, true);
                match (wrapper, value.as_object()) {
                    (Some(key), Some(o))
                        if o.len() == 1 && o.get(key).is_some_and(Value::is_object) =>
                    {
                        ctx.strip = format!("/{key}");
                        ctx.check_value(schema, &o[key], &ctx.strip.clone());
                    }
                    _ => ctx.check_value(schema, &value, ""),
                }
                out.extend(ctx.render(label));
            }
            "multipart/form-data" | "application/x-www-form-urlencoded" => {
                let schema = match (listed(&media), listed("application/json")) {
                    (Some(s), _) => s,
                    (None, Some(s)) if media == "multipart/form-data" && multipart_exempt => s,
                    _ => {
                        out.push(not_offered());
                        return;
                    }
                };
                let fields = if media == "multipart/form-data" {
                    match parse_multipart(ct, req.body) {
                        Ok(f) => f,
                        Err(e) => {
                            out.push(format!("{label}: body: malformed multipart body: {e}"));
                            return;
                        }
                    }
                } else {
                    let text = String::from_utf8_lossy(req.body);
                    parse_pairs(&text)
                        .into_iter()
                        .map(|(name, v)| FormField {
                            name,
                            value: FieldValue::Text(v),
                        })
                        .collect()
                };
                let mut ctx = Ctx::new(self, "form", rules, false);
                ctx.check_form(schema, &fields);
                out.extend(ctx.render(label));
            }
            _ => out.push(not_offered()),
        }
    }

    // --- schema helpers -----------------------------------------------------

    fn resolve_ref(&self, r: &str) -> Option<&Value> {
        let pointer = r.strip_prefix('#')?;
        self.doc.pointer(pointer)
    }

    /// Follows a chain of `$ref`s (bounded, so a self-reference cannot hang).
    fn deref<'a>(&'a self, mut v: &'a Value) -> &'a Value {
        for _ in 0..MAX_DEPTH {
            match v
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| self.resolve_ref(r))
            {
                Some(t) => v = t,
                None => break,
            }
        }
        v
    }

    /// Declared types of a schema, looking through `$ref` and `allOf`.
    fn types_of(&self, schema: &Value) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![(schema, 0usize)];
        while let Some((s, depth)) = stack.pop() {
            let s = self.deref(s);
            if depth > 8 {
                continue;
            }
            out.extend(type_names(s.get("type")));
            for b in s
                .get("allOf")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                stack.push((b, depth + 1));
            }
        }
        out
    }

    /// Turns a query/path/form string into the JSON value it stands for, guided by
    /// the declared type; anything that does not parse stays a string so the
    /// validator reports it against the expected type.
    fn coerce(&self, raw: &str, schema: &Value) -> Value {
        let types = self.types_of(schema);
        let has = |t: &str| types.iter().any(|x| x == t);
        if has("integer") || has("number") {
            if let Ok(i) = raw.parse::<i64>() {
                return Value::from(i);
            }
        }
        if has("number") {
            if let Some(n) = raw.parse::<f64>().ok().and_then(Number::from_f64) {
                return Value::Number(n);
            }
        }
        if has("boolean") && (raw == "true" || raw == "false") {
            return Value::Bool(raw == "true");
        }
        if has("object") || has("array") {
            // e.g. content_attributes sent as a JSON string in a form
            if let Ok(v @ (Value::Object(_) | Value::Array(_))) = serde_json::from_str(raw) {
                return v;
            }
        }
        Value::String(raw.to_string())
    }

    /// Property schemas named `key` directly on `schema` or in its `allOf`,
    /// `oneOf` and `anyOf` branches (form fields cannot say which branch they mean).
    fn property_candidates<'a>(
        &'a self,
        schema: &'a Value,
        key: &str,
        out: &mut Vec<&'a Value>,
        depth: usize,
    ) {
        if depth > 16 {
            return;
        }
        let s = self.deref(schema);
        if let Some(p) = s.get("properties").and_then(|p| p.get(key)) {
            out.push(p);
        }
        for kw in ["allOf", "oneOf", "anyOf"] {
            for b in s.get(kw).and_then(Value::as_array).into_iter().flatten() {
                self.property_candidates(b, key, out, depth + 1);
            }
        }
    }

    /// Candidate schemas for a Rails-style form field name.
    fn form_leaves<'a>(&'a self, root: &'a Value, name: &str) -> Vec<&'a Value> {
        let mut cur = Vec::new();
        self.property_candidates(root, name, &mut cur, 0);
        if !cur.is_empty() {
            return cur;
        }
        let mut parts = name.split('[');
        self.property_candidates(root, parts.next().unwrap_or_default(), &mut cur, 0);
        for seg in parts {
            let Some(key) = seg.strip_suffix(']') else {
                return Vec::new();
            };
            let mut next = Vec::new();
            for s in cur {
                let s = self.deref(s);
                if key.is_empty() {
                    next.extend(s.get("items"));
                } else {
                    self.property_candidates(s, key, &mut next, 0);
                }
            }
            cur = next;
        }
        cur
    }

    /// Properties an object schema declares, across `$ref`, `allOf`, `oneOf`, `anyOf`.
    fn shape(&self, schema: &Value, depth: usize) -> Eval {
        let mut ev = Eval::default();
        let s = self.deref(schema);
        if depth > 16 {
            ev.open = true;
            return ev;
        }
        if let Some(p) = s.get("properties").and_then(Value::as_object) {
            ev.declared = true;
            ev.props.extend(p.keys().cloned());
        }
        if matches!(s.get("additionalProperties"), Some(a) if a != &Value::Bool(false)) {
            ev.open = true;
        }
        for kw in ["allOf", "oneOf", "anyOf"] {
            for b in s.get(kw).and_then(Value::as_array).into_iter().flatten() {
                ev.merge(self.shape(b, depth + 1));
            }
        }
        ev
    }
}

struct Req<'a> {
    method: String,
    path: &'a str,
    parts: Vec<&'a str>,
    query: Option<&'a str>,
    content_type: Option<&'a str>,
    body: &'a [u8],
}

enum Target<'a> {
    /// Spec templates that match equally well.
    Spec(Vec<&'a str>),
    Missing(&'static Exemption),
}

fn parse_template(t: &str) -> Vec<Seg> {
    t.split('/')
        .filter(|s| !s.is_empty())
        .map(
            |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => Seg::Param(name.to_string()),
                None => Seg::Lit(s.to_string()),
            },
        )
        .collect()
}

/// `None` if the template does not match; otherwise a score that ranks literal
/// segments above placeholders from left to right (`/conversations/meta` beats
/// `/conversations/{conversation_id}`).
fn match_score(segs: &[Seg], parts: &[&str]) -> Option<Vec<u8>> {
    if segs.len() != parts.len() {
        return None;
    }
    segs.iter()
        .zip(parts)
        .map(|(s, p)| match s {
            Seg::Lit(l) if l == p => Some(1),
            Seg::Lit(_) => None,
            Seg::Param(_) => Some(0),
        })
        .collect()
}

fn strip_origin(path: &str) -> &str {
    match path.split_once("://") {
        Some((_, rest)) => rest.find('/').map(|i| &rest[i..]).unwrap_or("/"),
        None => path,
    }
}

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

/// What one validation pass learned about the object at an instance location,
/// so the outermost pass there can report properties no schema declared
/// (like JSON Schema's `unevaluatedProperties`, which works across `allOf`/`$ref`).
#[derive(Default)]
struct Eval {
    props: BTreeSet<String>,
    declared: bool,
    open: bool,
}

impl Eval {
    fn merge(&mut self, other: Eval) {
        self.props.extend(other.props);
        self.declared |= other.declared;
        self.open |= other.open;
    }
}

/// One `oneOf`/`anyOf` branch that did not validate cleanly.
struct Candidate {
    /// (unknown properties, errors): lower is closer.
    score: (usize, usize),
    eval: Eval,
    errs: Vec<(String, String)>,
    name: String,
}

struct Ctx<'s> {
    spec: &'s Spec,
    place: &'static str,
    rules: Vec<&'static Exemption>,
    /// Wrapper prefix (e.g. `/webhook`) removed before matching exemption pointers.
    strip: String,
    /// JSON bodies cannot carry files, so `format: binary` there is an error.
    json: bool,
    errors: Vec<(String, String)>,
    active_refs: Vec<(String, String)>,
    depth: usize,
}

impl<'s> Ctx<'s> {
    fn new(spec: &'s Spec, place: &'static str, rules: &[&'static Exemption], json: bool) -> Self {
        Ctx {
            spec,
            place,
            rules: rules.to_vec(),
            strip: String::new(),
            json,
            errors: Vec::new(),
            active_refs: Vec::new(),
            depth: 0,
        }
    }

    fn err(&mut self, ptr: &str, msg: String) {
        self.errors.push((ptr.to_string(), msg));
    }

    fn line(&self, ptr: &str, msg: &str) -> String {
        format!("{}{}: {}", self.place, ptr, msg)
    }

    fn render(&self, label: &str) -> Vec<String> {
        self.errors
            .iter()
            .map(|(p, m)| format!("{label}: {}", self.line(p, m)))
            .collect()
    }

    /// The pointer as exemptions see it (relative to the unwrapped body).
    fn rel<'p>(&self, ptr: &'p str) -> &'p str {
        if self.strip.is_empty() {
            ptr
        } else {
            ptr.strip_prefix(self.strip.as_str()).unwrap_or(ptr)
        }
    }

    fn extra_property(&self, ptr: &str, key: &str) -> Option<&'static str> {
        let rel = self.rel(ptr);
        self.rules.iter().find_map(|e| match e.rule {
            Rule::ExtraProperty {
                pointer,
                name,
                schema,
            } if name == key && pointer_matches(pointer, rel) => Some(schema),
            _ => None,
        })
    }

    fn required_waived(&self, ptr: &str, key: &str, obj: &Map<String, Value>) -> bool {
        let rel = self.rel(ptr);
        self.rules.iter().any(|e| match e.rule {
            Rule::OptionalWhen {
                pointer,
                name,
                present,
            } => {
                name == key
                    && pointer_matches(pointer, rel)
                    && present.iter().all(|p| obj.contains_key(*p))
            }
            _ => false,
        })
    }

    /// `Some(Ok)` when an exemption accepts `v` outright, `Some(Err)` when one rejects it.
    fn value_rule(&self, ptr: &str, v: &Value) -> Option<Result<(), String>> {
        let rel = self.rel(ptr);
        let listed = |values: &[&str]| {
            values.iter().any(|text| {
                let allowed: Value = serde_json::from_str(text)
                    .unwrap_or_else(|e| panic!("EXEMPTIONS value {text}: {e}"));
                json_eq(&allowed, v)
            })
        };
        for e in &self.rules {
            if let Rule::RejectValues { pointer, values } = e.rule {
                if pointer_matches(pointer, rel) && listed(values) {
                    return Some(Err(format!(
                        "{} is allowed by the spec but Chatwoot rejects it ({})",
                        show(v),
                        e.reason
                    )));
                }
            }
        }
        for e in &self.rules {
            if let Rule::ExtraValues { pointer, values } = e.rule {
                if pointer_matches(pointer, rel) && listed(values) {
                    return Some(Ok(()));
                }
            }
        }
        None
    }

    /// Validates the value at one instance location and, being the outermost pass
    /// there, reports object properties that no schema on the way declared.
    fn check_value(&mut self, schema: &Value, v: &Value, ptr: &str) {
        let ev = self.validate(schema, v, ptr);
        let Value::Object(o) = v else { return };
        for (k, val) in o {
            if ev.props.contains(k) {
                continue;
            }
            let child = child_ptr(ptr, k);
            if let Some(text) = self.extra_property(ptr, k) {
                let extra: Value = serde_json::from_str(text)
                    .unwrap_or_else(|e| panic!("EXEMPTIONS property schema {text}: {e}"));
                self.check_value(&extra, val, &child);
            } else if self.spec.strict_unknown && ev.declared && !ev.open {
                let known: Vec<&str> = ev.props.iter().map(String::as_str).collect();
                self.err(
                    &child,
                    format!(
                        "unknown property \"{k}\" (Chatwoot would ignore it; the schema defines: {})",
                        known.join(", ")
                    ),
                );
            }
        }
    }

    fn validate(&mut self, schema: &Value, v: &Value, ptr: &str) -> Eval {
        let mut ev = Eval::default();
        if self.depth > MAX_DEPTH {
            ev.open = true;
            return ev;
        }
        match self.value_rule(ptr, v) {
            Some(Ok(())) => {
                ev.open = true;
                return ev;
            }
            Some(Err(msg)) => {
                self.err(ptr, msg);
                ev.open = true;
                return ev;
            }
            None => {}
        }
        let m = match schema {
            Value::Object(m) => m,
            Value::Bool(false) => {
                self.err(ptr, "no value is allowed here (schema: false)".into());
                return ev;
            }
            _ => {
                ev.open = true;
                return ev;
            }
        };
        if v.is_null() && m.get("nullable") == Some(&Value::Bool(true)) {
            ev.open = true;
            return ev;
        }
        let spec = self.spec;
        if let Some(r) = m.get("$ref").and_then(Value::as_str) {
            let key = (r.to_string(), ptr.to_string());
            if self.active_refs.contains(&key) {
                // A $ref cycle without descending into the value: nothing new to learn.
                ev.open = true;
            } else if let Some(target) = spec.resolve_ref(r) {
                self.active_refs.push(key);
                self.depth += 1;
                let inner = self.validate(target, v, ptr);
                ev.merge(inner);
                self.depth -= 1;
                self.active_refs.pop();
            } else {
                self.err(ptr, format!("spec error: unresolvable $ref {r}"));
            }
        }
        let types = type_names(m.get("type"));
        if !types.is_empty() && !types.iter().any(|t| type_matches(t, v)) {
            self.err(
                ptr,
                format!("{} is not of type {}", show(v), types.join(" or ")),
            );
            // Further keywords would only repeat the type error.
            return Eval {
                open: true,
                ..Eval::default()
            };
        }
        if let Some(Value::Array(options)) = m.get("enum") {
            if !options.iter().any(|o| json_eq(o, v)) {
                let list: Vec<String> = options.iter().map(show).collect();
                self.err(
                    ptr,
                    format!("{} is not one of [{}]", show(v), list.join(", ")),
                );
            }
        }
        if let Some(c) = m.get("const") {
            if !json_eq(c, v) {
                self.err(ptr, format!("{} is not the constant {}", show(v), show(c)));
            }
        }
        if self.json && !v.is_null() && m.get("format").and_then(Value::as_str) == Some("binary") {
            self.err(
                ptr,
                "is a file (format: binary); files can only be sent as multipart/form-data".into(),
            );
        }
        match v {
            Value::String(s) => {
                let n = s.chars().count() as f64;
                if let Some(min) = m
                    .get("minLength")
                    .and_then(Value::as_f64)
                    .filter(|min| n < *min)
                {
                    self.err(ptr, format!("{} is shorter than minLength {min}", show(v)));
                }
                if let Some(max) = m
                    .get("maxLength")
                    .and_then(Value::as_f64)
                    .filter(|max| n > *max)
                {
                    self.err(ptr, format!("{} is longer than maxLength {max}", show(v)));
                }
                // `pattern` is not checked: the spec uses none and std has no regex engine.
            }
            Value::Number(n) => self.number_bounds(m, n.as_f64().unwrap_or_default(), ptr),
            Value::Array(items) => {
                if let Some(item_schema) = m.get("items") {
                    for (i, x) in items.iter().enumerate() {
                        self.check_value(item_schema, x, &child_ptr(ptr, &i.to_string()));
                    }
                }
                let n = items.len() as f64;
                if let Some(min) = m
                    .get("minItems")
                    .and_then(Value::as_f64)
                    .filter(|min| n < *min)
                {
                    self.err(ptr, format!("has {n} items, fewer than minItems {min}"));
                }
                if let Some(max) = m
                    .get("maxItems")
                    .and_then(Value::as_f64)
                    .filter(|max| n > *max)
                {
                    self.err(ptr, format!("has {n} items, more than maxItems {max}"));
                }
            }
            Value::Object(o) => self.object(m, o, ptr, &mut ev),
            _ => {}
        }
        for b in m
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            self.depth += 1;
            let inner = self.validate(b, v, ptr);
            ev.merge(inner);
            self.depth -= 1;
        }
        for kw in ["oneOf", "anyOf"] {
            if let Some(Value::Array(branches)) = m.get(kw) {
                self.alternatives(m, kw, branches, v, ptr, &mut ev);
            }
        }
        ev
    }

    fn number_bounds(&mut self, m: &Map<String, Value>, x: f64, ptr: &str) {
        let bound = |k: &str| m.get(k).and_then(Value::as_f64);
        if let Some(b) = bound("minimum").filter(|b| x < *b) {
            self.err(ptr, format!("{x} is less than minimum {b}"));
        }
        if let Some(b) = bound("maximum").filter(|b| x > *b) {
            self.err(ptr, format!("{x} is greater than maximum {b}"));
        }
        if let Some(b) = bound("exclusiveMinimum").filter(|b| x <= *b) {
            self.err(ptr, format!("{x} is not greater than exclusiveMinimum {b}"));
        }
        if let Some(b) = bound("exclusiveMaximum").filter(|b| x >= *b) {
            self.err(ptr, format!("{x} is not less than exclusiveMaximum {b}"));
        }
    }

    fn object(&mut self, m: &Map<String, Value>, o: &Map<String, Value>, ptr: &str, ev: &mut Eval) {
        for r in m
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(r) = r.as_str() else { continue };
            if !o.contains_key(r) && !self.required_waived(ptr, r, o) {
                self.err(ptr, format!("required property \"{r}\" is missing"));
            }
        }
        let props = m.get("properties").and_then(Value::as_object);
        if let Some(props) = props {
            ev.declared = true;
            ev.props.extend(props.keys().cloned());
            for (k, s) in props {
                if let Some(val) = o.get(k) {
                    self.check_value(s, val, &child_ptr(ptr, k));
                }
            }
        }
        let own = |k: &String| props.is_some_and(|p| p.contains_key(k));
        match m.get("additionalProperties") {
            None => {}
            Some(Value::Bool(false)) => {
                for k in o.keys().filter(|k| !own(k)) {
                    if self.extra_property(ptr, k).is_none() {
                        self.err(
                            &child_ptr(ptr, k),
                            format!(
                                "property \"{k}\" is not allowed (additionalProperties: false)"
                            ),
                        );
                    }
                }
                // Already reported here; keep the outer pass from repeating it.
                ev.open = true;
            }
            Some(extra) => {
                if extra.is_object() {
                    for (k, val) in o.iter().filter(|(k, _)| !own(k)) {
                        self.check_value(extra, val, &child_ptr(ptr, k));
                    }
                }
                ev.open = true;
            }
        }
    }

    /// `oneOf`/`anyOf`: valid when any branch validates (the spec's branches are
    /// not always mutually exclusive, and Chatwoot does not care). A discriminator
    /// picks the branch directly, which gives precise errors.
    fn alternatives(
        &mut self,
        m: &Map<String, Value>,
        kw: &str,
        branches: &[Value],
        v: &Value,
        ptr: &str,
        ev: &mut Eval,
    ) {
        let spec = self.spec;
        if let (Some(d), Some(o)) = (m.get("discriminator"), v.as_object()) {
            let prop = d
                .get("propertyName")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let mapping = d.get("mapping").and_then(Value::as_object);
            if let (Some(tag), Some(mapping)) = (o.get(prop).and_then(Value::as_str), mapping) {
                match mapping
                    .get(tag)
                    .and_then(Value::as_str)
                    .and_then(|r| spec.resolve_ref(r))
                {
                    Some(target) => {
                        self.depth += 1;
                        let inner = self.validate(target, v, ptr);
                        ev.merge(inner);
                        self.depth -= 1;
                    }
                    None => {
                        let tags: Vec<String> =
                            mapping.keys().map(|k| format!("\"{k}\"")).collect();
                        self.err(
                            &child_ptr(ptr, prop),
                            format!(
                                "\"{tag}\" is not one of [{}] (discriminator)",
                                tags.join(", ")
                            ),
                        );
                    }
                }
                return;
            }
        }
        // Best match: the branch that knows most of the given properties (the
        // strongest hint of intent), then the one with the fewest errors.
        let mut best: Option<Candidate> = None;
        let mut tied = false;
        let mut failures = Vec::new();
        for (i, b) in branches.iter().enumerate() {
            let mark = self.errors.len();
            self.depth += 1;
            let bev = self.validate(b, v, ptr);
            self.depth -= 1;
            let errs: Vec<(String, String)> = self.errors.drain(mark..).collect();
            let unknown = self.uncovered(ptr, v, ev, &bev);
            if errs.is_empty() && unknown == 0 {
                ev.merge(bev);
                return;
            }
            let name = branch_name(b, i);
            if let Some((p, msg)) = errs.first() {
                let more = match errs.len() {
                    1 => String::new(),
                    n => format!(" (+{} more)", n - 1),
                };
                failures.push(format!("{name}: {}{more}", self.line(p, msg)));
            } else {
                failures.push(format!("{name}: {unknown} unknown properties"));
            }
            let score = (unknown, errs.len());
            match &best {
                Some(c) if score == c.score => tied = true,
                Some(c) if score > c.score => {}
                _ => {
                    best = Some(Candidate {
                        score,
                        eval: bev,
                        errs,
                        name,
                    });
                    tied = false;
                }
            }
        }
        match best {
            // A unique closest branch: its own errors are the most useful report.
            Some(Candidate {
                eval: bev,
                errs,
                name,
                ..
            }) if !tied || errs.is_empty() => {
                for (p, msg) in errs {
                    self.err(
                        &p,
                        format!(
                            "{msg} [{kw} branch {name}, the closest of {}]",
                            branches.len()
                        ),
                    );
                }
                ev.merge(bev);
            }
            _ => {
                ev.open = true;
                self.err(
                    ptr,
                    format!(
                        "{} matches none of the {} alternatives ({kw}): {}",
                        show(v),
                        branches.len(),
                        failures.join("; ")
                    ),
                );
            }
        }
    }

    /// How many keys of `v` neither the enclosing schema nor `branch` declares
    /// (0 when unknown properties are not being reported).
    fn uncovered(&self, ptr: &str, v: &Value, outer: &Eval, branch: &Eval) -> usize {
        let Value::Object(o) = v else { return 0 };
        if !self.spec.strict_unknown
            || outer.open
            || branch.open
            || !(outer.declared || branch.declared)
        {
            return 0;
        }
        o.keys()
            .filter(|k| {
                !outer.props.contains(*k)
                    && !branch.props.contains(*k)
                    && self.extra_property(ptr, k).is_none()
            })
            .count()
    }

    // --- form fields --------------------------------------------------------

    /// Checks multipart / urlencoded fields against an object schema. Rails-style
    /// names are followed: `profile[name]` is property `name` of `profile`, and
    /// `attachments[]` is an item of the `attachments` array (or the property
    /// literally named `attachments[]`, as the messages spec has it).
    fn check_form(&mut self, schema: &Value, fields: &[FormField]) {
        let spec = self.spec;
        let root = spec.deref(schema);
        let mut present = Map::new();
        for f in fields {
            let ptr = format!("/{}", f.name);
            let base = f.name.split('[').next().unwrap_or_default();
            present.insert(base.to_string(), Value::Bool(true));
            let extra = self.extra_property("", &f.name).map(|text| {
                serde_json::from_str::<Value>(text)
                    .unwrap_or_else(|e| panic!("EXEMPTIONS property schema {text}: {e}"))
            });
            let mut leaves = spec.form_leaves(root, &f.name);
            leaves.extend(extra.as_ref());
            if leaves.is_empty() {
                let mut of_base = Vec::new();
                spec.property_candidates(root, base, &mut of_base, 0);
                let shape = spec.shape(root, 0);
                if !of_base.is_empty() {
                    let types: Vec<String> =
                        of_base.iter().flat_map(|s| spec.types_of(s)).collect();
                    self.err(
                        &ptr,
                        format!(
                            "does not fit property \"{base}\" ({}); `[]` needs an array, `[key]` an object with that key",
                            types.join(" or ")
                        ),
                    );
                } else if spec.strict_unknown && shape.declared && !shape.open {
                    let known: Vec<&str> = shape.props.iter().map(String::as_str).collect();
                    self.err(
                        &ptr,
                        format!(
                            "unknown form field (Chatwoot would ignore it; the schema defines: {})",
                            known.join(", ")
                        ),
                    );
                }
                continue;
            }
            // Fields cannot say which oneOf/anyOf branch they mean: any may accept.
            let mut first_errors = None;
            for leaf in leaves {
                let mark = self.errors.len();
                self.form_value(leaf, &f.value, &ptr);
                let errs: Vec<_> = self.errors.drain(mark..).collect();
                if errs.is_empty() {
                    first_errors = None;
                    break;
                }
                first_errors.get_or_insert(errs);
            }
            self.errors.extend(first_errors.unwrap_or_default());
        }
        for r in root
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(r) = r.as_str() else { continue };
            if !present.contains_key(r) && !self.required_waived("", r, &present) {
                self.err("", format!("required field \"{r}\" is missing"));
            }
        }
    }

    fn form_value(&mut self, leaf: &Value, value: &FieldValue, ptr: &str) {
        let spec = self.spec;
        let mut leaf = spec.deref(leaf);
        let is_array = spec.types_of(leaf).iter().any(|t| t == "array");
        if is_array {
            // A repeated field (`x[]` or `attachments[]`) carries one item per part.
            if let Some(items) = leaf.get("items") {
                leaf = spec.deref(items);
            }
        }
        let binary = leaf.get("format").and_then(Value::as_str) == Some("binary");
        match value {
            FieldValue::File { filename } if !binary => self.err(
                ptr,
                format!(
                    "is a file upload ({filename:?}) but the spec expects {}",
                    spec.types_of(leaf).join(" or ")
                ),
            ),
            FieldValue::File { .. } => {}
            FieldValue::Text(_) if binary => self.err(
                ptr,
                "expects a file upload (format: binary) but got a text field".into(),
            ),
            FieldValue::Text(s) => {
                let v = spec.coerce(s, leaf);
                self.check_value(leaf, &v, ptr);
            }
        }
    }
}

fn type_names(t: Option<&Value>) -> Vec<String> {
    match t {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect(),
        _ => Vec::new(),
    }
}

fn type_matches(t: &str, v: &Value) -> bool {
    match t {
        "string" => v.is_string(),
        "integer" => {
            v.is_i64()
                || v.is_u64()
                || v.as_f64()
                    .is_some_and(|f| f.is_finite() && f.fract() == 0.0)
        }
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "object" => v.is_object(),
        "array" => v.is_array(),
        "null" => v.is_null(),
        _ => true,
    }
}

/// Equality where 1 and 1.0 are the same number, as in JSON Schema.
fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

fn show(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 80 {
        format!("{}…", s.chars().take(77).collect::<String>())
    } else {
        s
    }
}

fn branch_name(b: &Value, i: usize) -> String {
    if let Some(r) = b.get("$ref").and_then(Value::as_str) {
        return r.rsplit('/').next().unwrap_or(r).to_string();
    }
    match b.get("title").and_then(Value::as_str) {
        Some(t) => format!("\"{t}\""),
        None => format!("#{}", i + 1),
    }
}

fn child_ptr(ptr: &str, key: &str) -> String {
    format!("{ptr}/{}", key.replace('~', "~0").replace('/', "~1"))
}

/// `pattern` is an exemption pointer; `*` matches any single segment.
fn pointer_matches(pattern: &str, ptr: &str) -> bool {
    let a: Vec<&str> = pattern.split('/').collect();
    let b: Vec<&str> = ptr.split('/').collect();
    a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| *x == "*" || x == y)
}

// ---------------------------------------------------------------------------
// Query strings and form bodies
// ---------------------------------------------------------------------------

/// Splits `a=1&b=x%20y` into decoded pairs (`+` is a space, as in forms).
fn parse_pairs(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k, true), percent_decode(v, true))
        })
        .collect()
}

fn percent_decode(s: &str, plus_is_space: bool) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b'+' if plus_is_space => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[derive(Debug, Clone, PartialEq)]
enum FieldValue {
    Text(String),
    File { filename: String },
}

#[derive(Debug, Clone, PartialEq)]
struct FormField {
    name: String,
    value: FieldValue,
}

/// Minimal multipart/form-data reader: only names, filenames and text values.
fn parse_multipart(content_type: &str, body: &[u8]) -> Result<Vec<FormField>, String> {
    let boundary = content_type
        .split(';')
        .skip(1)
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("boundary"))
        .map(|(_, v)| v.trim().trim_matches('"').to_string())
        .filter(|b| !b.is_empty())
        .ok_or("Content-Type has no boundary parameter")?;
    let delim = format!("--{boundary}").into_bytes();
    let starts: Vec<usize> = find_all(body, &delim);
    if starts.is_empty() {
        return Err(format!("no boundary line \"--{boundary}\" in the body"));
    }
    let mut fields = Vec::new();
    for (i, &start) in starts.iter().enumerate() {
        let after = start + delim.len();
        if body[after..].starts_with(b"--") {
            return Ok(fields);
        }
        let end = *starts.get(i + 1).ok_or("missing closing boundary")?;
        let mut part = &body[after..end];
        part = part.strip_prefix(b"\r\n").unwrap_or(part);
        part = part.strip_suffix(b"\r\n").unwrap_or(part);
        let split = find_all(part, b"\r\n\r\n")
            .first()
            .copied()
            .ok_or("part without a blank line after its headers")?;
        let headers = String::from_utf8_lossy(&part[..split]);
        let disposition = headers
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.trim()
                    .eq_ignore_ascii_case("content-disposition")
                    .then_some(v)
            })
            .ok_or("part without Content-Disposition")?;
        let mut name = None;
        let mut filename = None;
        for param in disposition.split(';').skip(1) {
            if let Some((k, v)) = param.split_once('=') {
                let v = v.trim().trim_matches('"').to_string();
                match k.trim().to_ascii_lowercase().as_str() {
                    "name" => name = Some(v),
                    "filename" => filename = Some(v),
                    _ => {}
                }
            }
        }
        let name = name.ok_or("part without a name in Content-Disposition")?;
        let value = match filename {
            Some(filename) => FieldValue::File { filename },
            None => FieldValue::Text(String::from_utf8_lossy(&part[split + 4..]).into_owned()),
        };
        fields.push(FormField { name, value });
    }
    Err("missing closing boundary".into())
}

fn find_all(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return Vec::new();
    }
    (0..=hay.len() - needle.len())
        .filter(|&i| hay[i..].starts_with(needle))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ACC: &str = "/api/v1/accounts/1";
    const JSON: Option<&str> = Some("application/json");

    fn spec() -> &'static Spec {
        Spec::shared()
    }

    fn ok(s: &Spec, method: &str, path: &str, query: Option<&str>, body: &str) {
        let ct = if body.is_empty() { None } else { JSON };
        if let Err(e) = s.check(method, path, query, ct, body.as_bytes()) {
            panic!("expected {method} {path} to conform, got:\n{e}");
        }
    }

    fn fails(s: &Spec, method: &str, path: &str, query: Option<&str>, body: &str) -> String {
        let ct = if body.is_empty() { None } else { JSON };
        match s.check(method, path, query, ct, body.as_bytes()) {
            Ok(()) => panic!("expected {method} {path} {body} to be rejected"),
            Err(e) => e,
        }
    }

    fn assert_has(err: &str, parts: &[&str]) {
        for p in parts {
            assert!(err.contains(p), "error lacks {p:?}:\n{err}");
        }
    }

    #[test]
    fn the_spec_ships_with_the_repository() {
        // Read from the checkout itself, not from CHATWOOT_SWAGGER: a plain clone must hold it.
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/chatwoot/swagger.json");
        let s = Spec::load_from(&path);
        assert_eq!(s.doc["openapi"], "3.1.0");
        let paths = s.doc["paths"].as_object().map_or(0, |p| p.len());
        assert_eq!(paths, 89, "the v4.15.1 spec has 89 paths");
    }

    // --- positive ------------------------------------------------------------

    #[test]
    fn accepts_api_inbox_create() {
        let s = spec();
        ok(
            s,
            "POST",
            &format!("{ACC}/inboxes"),
            None,
            r#"{"name":"Bot inbox","channel":{"type":"api","webhook_url":"https://example.com/hook"}}"#,
        );
    }

    #[test]
    fn accepts_agent_bot_create() {
        let s = spec();
        let path = format!("{ACC}/agent_bots");
        ok(
            s,
            "POST",
            &path,
            None,
            r#"{"name":"b","outgoing_url":"https://x","bot_type":0}"#,
        );
        // Exempted (§c): the enum name and `description`.
        ok(
            s,
            "POST",
            &path,
            None,
            r#"{"name":"b","description":"d","bot_type":"webhook"}"#,
        );
    }

    #[test]
    fn accepts_webhook_with_inbox_events_flat_or_wrapped() {
        let s = spec();
        let path = format!("{ACC}/webhooks");
        ok(
            s,
            "POST",
            &path,
            None,
            r#"{"url":"https://h","subscriptions":["inbox_created","message_created"]}"#,
        );
        ok(
            s,
            "POST",
            &path,
            None,
            r#"{"webhook":{"url":"https://h","inbox_id":3,"subscriptions":["inbox_updated"]}}"#,
        );
        ok(
            s,
            "PATCH",
            &format!("{path}/9"),
            None,
            r#"{"subscriptions":["inbox_updated"]}"#,
        );
    }

    #[test]
    fn accepts_set_agent_bot_null_and_id() {
        let s = spec();
        let path = format!("{ACC}/inboxes/5/set_agent_bot");
        ok(s, "POST", &path, None, r#"{"agent_bot":null}"#);
        ok(s, "POST", &path, None, r#"{"agent_bot":7}"#);
    }

    #[test]
    fn accepts_simple_gets() {
        let s = spec();
        ok(s, "GET", "/api/v1/profile", None, "");
        ok(s, "get", &format!("{ACC}/inboxes"), None, "");
        ok(s, "GET", &format!("{ACC}/inboxes/5/"), None, "");
        ok(
            s,
            "GET",
            &format!("{ACC}/conversations"),
            Some("status=open&page=2"),
            "",
        );
        ok(
            s,
            "GET",
            &format!("{ACC}/conversations"),
            Some("labels[]=a&labels%5B%5D=b+c"),
            "",
        );
        ok(
            s,
            "GET",
            "https://chat.example.com/api/v1/profile",
            None,
            "",
        );
    }

    #[test]
    fn prefers_literal_segments() {
        let s = spec();
        // `/conversations/meta` would fail as `{conversation_id}` (not an integer).
        ok(
            s,
            "GET",
            &format!("{ACC}/conversations/meta"),
            Some("status=open"),
            "",
        );
        ok(s, "GET", &format!("{ACC}/conversations/42"), None, "");
    }

    #[test]
    fn trailing_slash_variants_are_one_route() {
        let s = spec();
        // The spec splits one Rails route into `/reports/conversations` (type=account)
        // and `/reports/conversations/` (type=agent).
        let path = "/api/v2/accounts/1/reports/conversations";
        ok(s, "GET", path, Some("type=account"), "");
        ok(s, "GET", path, Some("type=agent&user_id=3"), "");
        assert_has(
            &fails(s, "GET", path, Some("type=team"), ""),
            &["query/type", "\"team\""],
        );
    }

    #[test]
    fn accepts_exempted_missing_routes() {
        let s = spec();
        ok(s, "GET", "/api", None, "");
        ok(s, "DELETE", &format!("{ACC}/inboxes/5"), None, "");
        ok(
            s,
            "POST",
            &format!("{ACC}/inboxes/5/reset_secret"),
            None,
            "",
        );
        ok(
            s,
            "POST",
            &format!("{ACC}/agent_bots/2/reset_access_token"),
            None,
            "{}",
        );
        ok(
            s,
            "POST",
            &format!("{ACC}/agent_bots/2/reset_secret"),
            None,
            "",
        );
        ok(s, "POST", "/platform/api/v1/users/3/token", None, "");
        let msg = format!("{ACC}/conversations/4/messages/8");
        ok(
            s,
            "PATCH",
            &msg,
            None,
            r#"{"status":"failed","external_error":"timeout"}"#,
        );
        let e = fails(s, "PATCH", &msg, None, r#"{"status":"failed","error":"x"}"#);
        assert_has(&e, &["exempted", "body/error", "unknown property"]);
        let e = fails(s, "PATCH", &msg, None, r#"{"status":"gone"}"#);
        assert_has(&e, &["body/status", "\"gone\" is not one of"]);
        let e = fails(
            s,
            "POST",
            &format!("{ACC}/inboxes/x/reset_secret"),
            None,
            "",
        );
        assert_has(&e, &["path/id", "\"x\" is not of type integer"]);
    }

    #[test]
    fn conversation_create_without_source_id_needs_inbox_and_contact() {
        let s = spec();
        let path = format!("{ACC}/conversations");
        ok(s, "POST", &path, None, r#"{"inbox_id":7,"contact_id":57}"#);
        ok(s, "POST", &path, None, r#"{"source_id":"abc"}"#);
        ok(
            s,
            "POST",
            &format!("{ACC}/contacts"),
            None,
            r#"{"name":"Test customer"}"#,
        );
        let e = fails(s, "POST", &path, None, r#"{"inbox_id":7}"#);
        assert_has(&e, &["body: required property \"source_id\" is missing"]);
    }

    #[test]
    fn toggle_priority_null_ok_none_rejected() {
        let s = spec();
        let path = format!("{ACC}/conversations/3/toggle_priority");
        ok(s, "POST", &path, None, r#"{"priority":null}"#);
        ok(s, "POST", &path, None, r#"{"priority":"high"}"#);
        let e = fails(s, "POST", &path, None, r#"{"priority":"none"}"#);
        assert_has(&e, &["body/priority", "Chatwoot rejects it"]);
    }

    #[test]
    fn multipart_message_with_attachments() {
        let s = spec();
        let body = multipart(&[
            ("content", None, "see file"),
            ("message_type", None, "outgoing"),
            ("private", None, "false"),
            ("attachments[]", Some("a.png"), "PNG"),
            ("attachments[]", Some("b.png"), "PNG"),
        ]);
        let path = format!("{ACC}/conversations/3/messages");
        let ct = "multipart/form-data; boundary=XyZ";
        s.check("POST", &path, None, Some(ct), &body).unwrap();
        let bad = multipart(&[
            ("message_type", None, "sideways"),
            ("attachment", Some("a.png"), "x"),
        ]);
        let e = s.check("POST", &path, None, Some(ct), &bad).unwrap_err();
        assert_has(
            &e,
            &[
                "form/message_type",
                "\"sideways\" is not one of",
                "form/attachment: unknown form field",
            ],
        );
    }

    #[test]
    fn multipart_only_where_listed_or_exempted() {
        let s = spec();
        let ct = "multipart/form-data; boundary=XyZ";
        let bot = multipart(&[
            ("name", None, "b"),
            ("avatar", Some("a.png"), "PNG"),
            ("bot_type", None, "0"),
        ]);
        s.check("POST", &format!("{ACC}/agent_bots"), None, Some(ct), &bot)
            .unwrap();
        let inbox = multipart(&[
            ("name", None, "n"),
            ("channel[type]", None, "api"),
            ("channel[webhook_url]", None, "https://h"),
            ("avatar", Some("a.png"), "PNG"),
        ]);
        s.check("POST", &format!("{ACC}/inboxes"), None, Some(ct), &inbox)
            .unwrap();
        let nested = multipart(&[("name[first]", None, "n"), ("description", None, "d")]);
        let e = s
            .check(
                "POST",
                &format!("{ACC}/agent_bots"),
                None,
                Some(ct),
                &nested,
            )
            .unwrap_err();
        assert_has(
            &e,
            &["form/name[first]: does not fit property \"name\" (string)"],
        );
        assert!(!e.contains("description"), "{e}");
        let e = s
            .check("POST", &format!("{ACC}/webhooks"), None, Some(ct), &bot)
            .unwrap_err();
        assert_has(
            &e,
            &["multipart/form-data is not accepted", "application/json"],
        );
        // A file in a JSON body cannot work.
        let e = fails(
            s,
            "POST",
            &format!("{ACC}/agent_bots"),
            None,
            r#"{"avatar":"a.png"}"#,
        );
        assert_has(&e, &["body/avatar", "multipart/form-data"]);
    }

    #[test]
    fn spec_request_examples_conform() {
        // The spec's own requestBody examples double as a self-test of the validator.
        let s = spec();
        let mut seen = 0;
        for (template, item) in s.doc["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                let Some(examples) = op.pointer("/requestBody/content/application~1json/examples")
                else {
                    continue;
                };
                let path = template.replace("{account_id}", "1").replace("{id}", "2");
                for (name, ex) in examples.as_object().unwrap() {
                    let body = ex["value"].to_string();
                    seen += 1;
                    if let Err(e) = s.check(method, &path, None, JSON, body.as_bytes()) {
                        panic!("example {name} of {method} {template}:\n{e}");
                    }
                }
            }
        }
        assert!(seen >= 14, "only {seen} examples found");
    }

    // --- negative ------------------------------------------------------------

    #[test]
    fn rejects_unknown_route() {
        let s = spec();
        let e = fails(s, "GET", &format!("{ACC}/bogus_things"), None, "");
        assert_has(
            &e,
            &[
                "GET /api/v1/accounts/1/bogus_things",
                "unknown route",
                "closest spec paths",
            ],
        );
    }

    #[test]
    fn rejects_spec_paths_chatwoot_does_not_serve() {
        let s = spec();
        let e = fails(s, "GET", "/accounts/1/conversations/2/messages", None, "");
        assert_has(&e, &["does not serve it", "/api/v1 prefix"]);
        ok(
            s,
            "GET",
            &format!("{ACC}/conversations/2/messages"),
            Some("before=100"),
            "",
        );
    }

    #[test]
    fn rejects_wrong_method() {
        let s = spec();
        let e = fails(s, "PUT", &format!("{ACC}/inboxes/5"), None, "");
        assert_has(
            &e,
            &[
                "wrong method",
                "no PUT",
                "{id}",
                "GET, PATCH",
                "exempted: DELETE",
            ],
        );
    }

    #[test]
    fn rejects_bot_type_string() {
        let s = spec();
        let e = fails(
            s,
            "POST",
            &format!("{ACC}/agent_bots"),
            None,
            r#"{"name":"b","bot_type":"zero"}"#,
        );
        assert_has(
            &e,
            &["POST /api/v1/accounts/{account_id}/agent_bots: body/bot_type: \"zero\" is not of type integer"],
        );
    }

    #[test]
    fn rejects_bogus_subscription() {
        let s = spec();
        let body = r#"{"url":"https://h","subscriptions":["message_created","bogus"]}"#;
        let e = fails(s, "POST", &format!("{ACC}/webhooks"), None, body);
        assert_has(
            &e,
            &[
                "POST /api/v1/accounts/{account_id}/webhooks: body/subscriptions/1: \"bogus\" is not one of [",
                "\"conversation_created\"",
            ],
        );
        // The wrapped form reports the same value under its real pointer.
        let wrapped = format!(r#"{{"webhook":{body}}}"#);
        let e = fails(s, "POST", &format!("{ACC}/webhooks"), None, &wrapped);
        assert_has(&e, &["body/webhook/subscriptions/1"]);
    }

    #[test]
    fn rejects_unknown_property_in_strict_mode_only() {
        let s = spec();
        let body = r#"{"name":"Bot inbox","colour":"red","channel":{"type":"api","hmac":true}}"#;
        let e = fails(s, "POST", &format!("{ACC}/inboxes"), None, body);
        assert_has(
            &e,
            &[
                "body/colour: unknown property \"colour\" (Chatwoot would ignore it",
                "body/channel/hmac: unknown property",
            ],
        );
        let mut lenient = Spec::from_json(s.doc.clone());
        lenient.set_strict_unknown(false);
        lenient
            .check(
                "POST",
                &format!("{ACC}/inboxes"),
                None,
                JSON,
                body.as_bytes(),
            )
            .unwrap();
    }

    #[test]
    fn rejects_non_numeric_path_id() {
        let s = spec();
        let e = fails(s, "GET", &format!("{ACC}/inboxes/abc"), None, "");
        assert_has(&e, &["{id}", "path/id: \"abc\" is not of type number"]);
    }

    #[test]
    fn rejects_unknown_and_malformed_query_params() {
        let s = spec();
        let path = format!("{ACC}/conversations");
        let e = fails(s, "GET", &path, Some("status=open&colour=red"), "");
        assert_has(
            &e,
            &[
                "query/colour: unknown query parameter (declared: ",
                "status",
            ],
        );
        let e = fails(s, "GET", &path, Some("status=closed&page=two"), "");
        assert_has(
            &e,
            &[
                "query/status: \"closed\" is not one of",
                "query/page: \"two\" is not of type integer",
            ],
        );
        let e = fails(s, "GET", &format!("{ACC}/inboxes"), Some("page=1"), "");
        assert_has(&e, &["query/page", "the spec declares none"]);
        let e = fails(s, "GET", &path, Some("page[]=1"), "");
        assert_has(&e, &["query/page", "as an array"]);
    }

    #[test]
    fn rejects_missing_required_body() {
        let s = spec();
        let e = fails(s, "POST", &format!("{ACC}/inboxes"), None, "");
        assert_has(
            &e,
            &["POST /api/v1/accounts/{account_id}/inboxes: body: a request body is required"],
        );
    }

    #[test]
    fn rejects_body_on_bodiless_operation_and_bad_json() {
        let s = spec();
        ok(s, "GET", &format!("{ACC}/inboxes"), None, "{}");
        let e = fails(s, "GET", &format!("{ACC}/inboxes"), None, r#"{"a":1}"#);
        assert_has(&e, &["takes no request body"]);
        let e = fails(s, "POST", &format!("{ACC}/inboxes"), None, "{nope");
        assert_has(&e, &["not valid JSON"]);
        let e = s
            .check("POST", &format!("{ACC}/inboxes"), None, None, b"{}")
            .unwrap_err();
        assert_has(&e, &["without a Content-Type"]);
    }

    #[test]
    fn rejects_wrong_channel_via_discriminator() {
        let s = spec();
        let e = fails(
            s,
            "POST",
            &format!("{ACC}/inboxes"),
            None,
            r#"{"name":"x","channel":{"type":"fax"}}"#,
        );
        assert_has(
            &e,
            &["body/channel/type: \"fax\" is not one of [", "\"api\""],
        );
        let e = fails(
            s,
            "POST",
            &format!("{ACC}/inboxes"),
            None,
            r#"{"name":"x","channel":{"type":"api","webhook_url":5}}"#,
        );
        assert_has(&e, &["body/channel/webhook_url: 5 is not of type string"]);
    }

    // --- exemption list integrity -------------------------------------------

    #[test]
    fn exemptions_are_well_formed_and_still_needed() {
        let s = spec();
        for ex in EXEMPTIONS {
            let in_spec = s.operation(ex.path, ex.method).is_some();
            match ex.rule {
                Rule::MissingRoute { body } => {
                    assert!(
                        !in_spec,
                        "{} {} is now in the spec: drop the exemption",
                        ex.method, ex.path
                    );
                    if let Some(b) = body {
                        serde_json::from_str::<Value>(b).expect("body schema parses");
                    }
                }
                _ => assert!(
                    in_spec,
                    "{} {} is not a spec operation (typo?)",
                    ex.method, ex.path
                ),
            }
            match ex.rule {
                Rule::ExtraValues { values, .. } | Rule::RejectValues { values, .. } => {
                    for v in values {
                        serde_json::from_str::<Value>(v).expect("exemption value parses");
                    }
                }
                Rule::ExtraProperty { schema, .. } | Rule::ExtraQuery { schema, .. } => {
                    serde_json::from_str::<Value>(schema).expect("exemption schema parses");
                }
                _ => {}
            }
            assert!(!ex.reason.is_empty());
        }
    }

    #[test]
    fn every_path_placeholder_is_declared() {
        // True of v4.15.1 (the checker would still treat an undeclared `{x}` as an
        // implicit string); pinned so a spec update that breaks it shows up here.
        let s = spec();
        for r in &s.routes {
            for m in s.methods_of(&r.template) {
                let op = s.operation(&r.template, &m).unwrap();
                let params = s.parameters(&r.template, op);
                for seg in &r.segs {
                    if let Seg::Param(name) = seg {
                        assert!(
                            params
                                .iter()
                                .any(|p| p["in"] == "path" && p["name"] == name.as_str()),
                            "{m} {}: {{{name}}} undeclared",
                            r.template
                        );
                    }
                }
            }
        }
    }

    // --- validator features on a small inline spec (no file needed) ----------

    fn mini() -> Spec {
        Spec::from_json(json!({
            "paths": {
                "/things/{id}": {
                    "post": {
                        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/thing"}}}}
                    }
                },
                "/open": {"post": {"requestBody": {"required": false, "content": {"application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": true}}}}}},
                "/closed": {"post": {"requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": false}}}}}}
            },
            "components": {"schemas": {
                "thing": {"allOf": [{"$ref": "#/components/schemas/base"}, {"type": "object", "properties": {
                    "child": {"$ref": "#/components/schemas/thing"},
                    "kind": {"type": ["string", "null"], "enum": ["a", "b", null]},
                    "n": {"type": "integer", "minimum": 1, "maximum": 5},
                    "s": {"type": "string", "minLength": 2, "maxLength": 3},
                    "x": {"anyOf": [{"type": "integer"}, {"type": "boolean"}]},
                    "legacy": {"type": "string", "nullable": true}
                }}]},
                "base": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
                "loop": {"$ref": "#/components/schemas/loop"}
            }}
        }))
    }

    #[test]
    fn mini_spec_features() {
        let s = mini();
        let check = |body: &str| s.check("POST", "/things/1", None, JSON, body.as_bytes());
        // allOf properties are known to the unknown-property check; $ref recursion works.
        check(r#"{"name":"t","kind":null,"legacy":null,"x":true,"child":{"name":"c","n":3}}"#)
            .unwrap();
        let e = check(r#"{"name":"t","child":{"n":9,"zzz":1}}"#).unwrap_err();
        assert_has(
            &e,
            &[
                "body/child: required property \"name\" is missing",
                "body/child/n: 9 is greater than maximum 5",
                "body/child/zzz: unknown property",
            ],
        );
        let e = check(r#"{"name":"t","s":"toolong","x":"str","kind":"c"}"#).unwrap_err();
        assert_has(
            &e,
            &[
                "body/s: \"toolong\" is longer",
                "body/x: \"str\" matches none of the 2 alternatives (anyOf)",
                "body/kind: \"c\" is not one of",
            ],
        );
        let e = s
            .check("POST", "/closed", None, JSON, br#"{"b":1}"#)
            .unwrap_err();
        assert_has(
            &e,
            &["body/b: property \"b\" is not allowed (additionalProperties: false)"],
        );
        s.check("POST", "/open", None, JSON, br#"{"b":1}"#).unwrap();
        s.check("POST", "/open", None, None, b"").unwrap();
        // Undeclared placeholder `{id}`: an implicit string, any value passes.
        s.check("POST", "/things/abc", None, JSON, br#"{"name":"t"}"#)
            .unwrap();
    }

    #[test]
    fn ref_cycles_terminate() {
        let s = mini();
        let mut ctx = Ctx::new(&s, "body", &[], true);
        ctx.check_value(
            &json!({"$ref": "#/components/schemas/loop"}),
            &json!({"a": 1}),
            "",
        );
        assert!(ctx.errors.is_empty(), "{:?}", ctx.errors);
    }

    #[test]
    fn pointers_queries_and_multipart_parse() {
        assert!(pointer_matches("/subscriptions/*", "/subscriptions/3"));
        assert!(!pointer_matches("/subscriptions/*", "/subscriptions"));
        assert!(pointer_matches("", ""));
        assert_eq!(
            parse_pairs("labels%5B%5D=a+b&x=%E2%9C%93&flag&bad=%zz"),
            vec![
                ("labels[]".into(), "a b".into()),
                ("x".into(), "✓".into()),
                ("flag".into(), String::new()),
                ("bad".into(), "%zz".into()),
            ]
        );
        let body = multipart(&[
            ("content", None, "hi"),
            ("attachments[]", Some("a.png"), "\r\nPNG\r\n"),
        ]);
        let fields = parse_multipart("multipart/form-data; boundary=\"XyZ\"", &body).unwrap();
        assert_eq!(
            fields,
            vec![
                FormField {
                    name: "content".into(),
                    value: FieldValue::Text("hi".into())
                },
                FormField {
                    name: "attachments[]".into(),
                    value: FieldValue::File {
                        filename: "a.png".into()
                    }
                },
            ]
        );
        assert!(parse_multipart("multipart/form-data", &body).is_err());
        assert!(parse_multipart("multipart/form-data; boundary=XyZ", b"--XyZ\r\nnope").is_err());
        assert_eq!(
            strip_origin("http://h:3000/api/v1/profile"),
            "/api/v1/profile"
        );
    }

    /// Builds a multipart body with boundary `XyZ`: (name, filename, content).
    fn multipart(parts: &[(&str, Option<&str>, &str)]) -> Vec<u8> {
        let mut out = String::new();
        for (name, file, content) in parts {
            out.push_str("--XyZ\r\n");
            match file {
                Some(f) => out.push_str(&format!(
                    "Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: image/png\r\n\r\n"
                )),
                None => out.push_str(&format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n")),
            }
            out.push_str(content);
            out.push_str("\r\n");
        }
        out.push_str("--XyZ--\r\n");
        out.into_bytes()
    }
}
