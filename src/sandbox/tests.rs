//! End-to-end tests over real HTTP: each asserts something a client of the sandbox
//! would see.

use std::time::Duration;

use reqwest::Method;
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use super::auth::{account_ctx, Bots};
use super::state::AgentBotInbox;
use super::table::Id;
use super::{RecordedRequest, Sandbox, SandboxConfig, REQUEST_LOG_LIMIT};

struct Server {
    sb: Sandbox,
    base: String,
    http: reqwest::Client,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<std::io::Result<()>>,
}

struct Resp {
    status: u16,
    content_type: Option<String>,
    text: String,
}

impl Resp {
    fn json(&self) -> Value {
        serde_json::from_str(&self.text)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.text))
    }

    #[track_caller]
    fn expect(&self, status: u16, body: Value) {
        assert_eq!((self.status, self.json()), (status, body));
    }
}

impl Server {
    async fn start() -> Server {
        let sb = Sandbox::new(SandboxConfig::generated());
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(sb.clone().serve(listener, async {
            let _ = stopped.await;
        }));
        Server {
            sb,
            base,
            http: reqwest::Client::new(),
            stop: Some(stop),
            task,
        }
    }

    fn admin(&self) -> String {
        self.sb.config().admin_token.clone()
    }

    fn agent(&self) -> String {
        self.sb.config().agent_token.clone()
    }

    fn platform(&self) -> String {
        self.sb.config().platform_token.clone()
    }

    async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Resp {
        let mut req = self.http.request(method, format!("{}{path}", self.base));
        if let Some(t) = token {
            req = req.header("api_access_token", t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.expect("request");
        let status = resp.status().as_u16();
        let content_type = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        Resp {
            status,
            content_type,
            text: resp.text().await.expect("body"),
        }
    }

    async fn get(&self, path: &str, token: &str) -> Resp {
        self.call(Method::GET, path, Some(token), None).await
    }

    async fn post(&self, path: &str, token: &str, body: Value) -> Resp {
        self.call(Method::POST, path, Some(token), Some(body)).await
    }

    async fn patch(&self, path: &str, token: &str, body: Value) -> Resp {
        self.call(Method::PATCH, path, Some(token), Some(body))
            .await
    }

    async fn delete(&self, path: &str, token: &str) -> Resp {
        self.call(Method::DELETE, path, Some(token), None).await
    }

    async fn create_inbox(&self, name: &str) -> Value {
        let r = self
            .post(
                "/api/v1/accounts/1/inboxes",
                &self.admin(),
                json!({"name": name, "channel": {"type": "api", "webhook_url": "https://hooks.example/in"}}),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
        r.json()
    }

    async fn create_bot(&self, name: &str) -> Value {
        let r = self
            .post(
                "/api/v1/accounts/1/agent_bots",
                &self.admin(),
                json!({"name": name, "outgoing_url": "https://bot.example/hook", "bot_type": "webhook"}),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
        r.json()
    }
}

fn unauthorized(msg: &str) -> Value {
    json!({ "error": msg })
}

fn is_base58_token(v: &Value) -> bool {
    v.as_str().is_some_and(|s| {
        s.len() == 24
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() && !"0OIl".contains(c))
    })
}

fn keys(v: &Value) -> Vec<&str> {
    v.as_object()
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn profile_renders_the_user_like_chatwoot() {
    let s = Server::start().await;
    let r = s.get("/api/v1/profile", &s.admin()).await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.content_type.as_deref(),
        Some("application/json; charset=utf-8")
    );
    let p = r.json();
    assert_eq!(p["access_token"], json!(s.admin()));
    assert_eq!(p["role"], "administrator");
    assert_eq!(p["account_id"], 1);
    assert_eq!(p["type"], Value::Null);
    assert_eq!(p["uid"], p["email"]);
    assert_eq!(p["accounts"][0]["name"], "Sandbox");
    assert_eq!(p["accounts"][0]["permissions"], json!(["administrator"]));
    assert!(p["accounts"][0]["active_at"]
        .as_str()
        .is_some_and(|t| t.ends_with('Z')));

    let agent = s.get("/api/v1/profile", &s.agent()).await.json();
    assert_eq!(
        (agent["role"].clone(), agent["id"].clone()),
        (json!("agent"), json!(2))
    );

    let account = s.get("/api/v1/accounts/1", &s.agent()).await;
    assert_eq!(account.status, 200);
    assert_eq!(
        (account.json()["id"].clone(), account.json()["name"].clone()),
        (json!(1), json!("Sandbox"))
    );
}

#[tokio::test]
async fn api_index_reports_version_and_health_without_a_token() {
    let s = Server::start().await;
    for path in ["/api", "/api/"] {
        let r = s.call(Method::GET, path, None, None).await;
        assert_eq!(r.status, 200, "{}", r.text);
        let body = r.json();
        assert_eq!(
            keys(&body),
            ["version", "timestamp", "queue_services", "data_services"]
        );
        assert_eq!(body["version"], super::VERSION);
        assert_eq!(
            (&body["queue_services"], &body["data_services"]),
            (&json!("ok"), &json!("ok"))
        );
        // Rails' `to_formatted_s(:db)`: `2026-06-20 10:00:00`.
        let ts = body["timestamp"].as_str().unwrap();
        assert_eq!((ts.len(), &ts[10..11], &ts[13..14]), (19, " ", ":"), "{ts}");
    }
}

#[tokio::test]
async fn authentication_errors_match_chatwoot() {
    let s = Server::start().await;
    let inboxes = "/api/v1/accounts/1/inboxes";
    s.call(Method::GET, inboxes, None, None).await.expect(
        401,
        json!({"errors": ["You need to sign in or sign up before continuing."]}),
    );
    s.get(inboxes, "nope")
        .await
        .expect(401, unauthorized("Invalid Access Token"));
    s.get(inboxes, &s.platform()).await.expect(
        401,
        unauthorized("Access to this endpoint is not authorized for bots"),
    );
    s.get("/api/v1/profile", &s.platform()).await.expect(
        401,
        unauthorized("Access to this endpoint is not authorized for bots"),
    );

    // The dashed header spelling (what nginx lets through) works too.
    let r = s
        .http
        .get(format!("{}/api/v1/profile", s.base))
        .header("api-access-token", s.admin())
        .send()
        .await
        .expect("request");
    assert_eq!(r.status().as_u16(), 200);

    // A non-existent account is a 404; an existing one the user is not part of, a 401.
    s.get("/api/v1/accounts/99/inboxes", &s.admin())
        .await
        .expect(404, json!({"error": "Resource could not be found"}));
    s.sb.db().add_account(Id::new(2), "Other");
    s.get("/api/v1/accounts/2/inboxes", &s.admin())
        .await
        .expect(
            401,
            unauthorized("You are not authorized to access this account"),
        );
    s.get("/api/v1/accounts/2", &s.admin())
        .await
        .expect(404, json!({"error": "Resource could not be found"}));

    // Pundit denials are 401, not 403.
    s.post(
        inboxes,
        &s.agent(),
        json!({"name": "x", "channel": {"type": "api"}}),
    )
    .await
    .expect(
        401,
        unauthorized("You are not authorized to do this action"),
    );

    // Malformed JSON fails before authentication, as in Rails.
    let r = s
        .http
        .post(format!("{}{inboxes}", s.base))
        .header("content-type", "application/json")
        .body("{oops")
        .send()
        .await
        .expect("request");
    assert_eq!(r.status().as_u16(), 400);
}

#[tokio::test]
async fn unknown_routes_and_methods_are_404_and_paths_normalise() {
    let s = Server::start().await;
    s.get("/api/v1/nothing", &s.admin())
        .await
        .expect(404, json!({"status": 404, "error": "Not Found"}));
    // Webhooks have no show route; Rails has no 405 either.
    s.get("/api/v1/accounts/1/webhooks/1", &s.admin())
        .await
        .expect(404, json!({"status": 404, "error": "Not Found"}));
    assert_eq!(s.get("/api/v1/profile/", &s.admin()).await.status, 200);
    assert_eq!(s.get("/api/v1/profile.json", &s.admin()).await.status, 200);
}

#[tokio::test]
async fn api_inbox_lifecycle() {
    let s = Server::start().await;
    let admin = s.admin();
    let inbox = s.create_inbox("Support").await;
    let id = inbox["id"].as_u64().expect("id");
    assert_eq!(id, 1);
    assert_eq!(inbox["channel_type"], "Channel::Api");
    assert_eq!(inbox["webhook_url"], "https://hooks.example/in");
    assert_eq!(inbox["hmac_mandatory"], false);
    assert_eq!(inbox["callback_webhook_url"], Value::Null);
    assert_eq!(inbox["working_hours"].as_array().map(Vec::len), Some(7));
    assert_eq!(inbox["working_hours"][1]["open_hour"], 9);
    for key in ["inbox_identifier", "hmac_token", "secret"] {
        assert!(is_base58_token(&inbox[key]), "{key}: {}", inbox[key]);
    }
    assert!(
        inbox.get("channel").is_none(),
        "channel fields are flattened"
    );
    assert_eq!(
        keys(&inbox)[..4],
        ["id", "avatar_url", "channel_id", "name"]
    );

    // Listed by lower(name).
    s.create_inbox("alpha").await;
    let list = s.get("/api/v1/accounts/1/inboxes", &admin).await.json();
    let names: Vec<&str> = list["payload"]
        .as_array()
        .expect("payload")
        .iter()
        .filter_map(|i| i["name"].as_str())
        .collect();
    assert_eq!(names, ["alpha", "Support"]);

    let path = format!("/api/v1/accounts/1/inboxes/{id}");
    assert_eq!(s.get(&path, &admin).await.json()["name"], "Support");

    let r = s
        .patch(
            &path,
            &admin,
            json!({"name": "Help", "greeting_enabled": "true",
                   "channel": {"webhook_url": "not a url", "hmac_mandatory": true, "additional_attributes": {"a": 1}}}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let updated = r.json();
    assert_eq!(updated["name"], "Help");
    assert_eq!(updated["greeting_enabled"], true);
    assert_eq!(updated["webhook_url"], "not a url");
    assert_eq!(updated["hmac_mandatory"], true);
    assert_eq!(updated["additional_attributes"], json!({"a": 1}));
    assert_eq!(updated["inbox_identifier"], inbox["inbox_identifier"]);

    // Chatwoot passes `channel.type` to Channel::Api#update! and fails with a 500,
    // after the inbox fields were already saved.
    let r = s
        .patch(
            &path,
            &admin,
            json!({"name": "Typed", "channel": {"type": "api"}}),
        )
        .await;
    assert_eq!(r.status, 500);
    assert_eq!(s.get(&path, &admin).await.json()["name"], "Typed");

    let long = format!("https://x.example/{}", "a".repeat(2048));
    s.patch(&path, &admin, json!({"channel": {"webhook_url": long}})).await.expect(
        422,
        json!({"message": "Webhook url is too long (maximum is 2048 characters)", "attributes": ["webhook_url"]}),
    );

    let r = s
        .post(&format!("{path}/reset_secret"), &admin, json!({}))
        .await;
    assert_eq!(r.status, 200);
    assert!(is_base58_token(&r.json()["secret"]));
    assert_ne!(r.json()["secret"], inbox["secret"]);
    assert_eq!(r.json()["hmac_token"], inbox["hmac_token"]);

    s.delete(&path, &admin).await.expect(
        200,
        json!({"message": "Your inbox deletion request will be processed in some time."}),
    );
    s.get(&path, &admin)
        .await
        .expect(404, json!({"error": "Resource could not be found"}));
}

#[tokio::test]
async fn inbox_validation_errors() {
    let s = Server::start().await;
    let admin = s.admin();
    let path = "/api/v1/accounts/1/inboxes";
    s.post(
        path,
        &admin,
        json!({"name": "x", "channel": {"type": "carrier_pigeon"}}),
    )
    .await
    .expect(
        422,
        json!({"message": "Channel must exist", "attributes": ["channel"]}),
    );
    s.post(path, &admin, json!({"channel": {"type": "api"}}))
        .await
        .expect(
            422,
            json!({"message": "Name can't be blank", "attributes": ["name"]}),
        );
    // A literal "null" string is turned into nil by the controller.
    s.post(
        path,
        &admin,
        json!({"name": "null", "timezone": "Mars/Olympus", "channel": {"type": "api"}}),
    )
    .await
    .expect(
        422,
        json!({"message": "Name can't be blank, Timezone is not included in the list",
                   "attributes": ["name", "timezone"]}),
    );
    s.post(path, &admin, json!({"name": "x", "channel": {"type": "api", "additional_attributes": {"agent_reply_time_window": 0}}}))
        .await
        .expect(
            422,
            json!({"message": "Agent reply time window agent_reply_time_window must be greater than 0",
                   "attributes": ["agent_reply_time_window"]}),
        );
    assert_eq!(
        s.post(
            path,
            &admin,
            json!({"name": "x", "channel": {"type": "web_widget"}})
        )
        .await
        .status,
        422
    );
    // Without a channel Chatwoot raises NoMethodError.
    assert_eq!(s.post(path, &admin, json!({"name": "x"})).await.status, 500);
    // The two creates that failed on the inbox had already inserted their channel,
    // and Postgres sequences do not roll back.
    let created = s.create_inbox("ok").await;
    assert_eq!(
        (created["id"].clone(), created["channel_id"].clone()),
        (json!(1), json!(3))
    );
}

#[tokio::test]
async fn agents_only_see_member_inboxes_and_no_secrets() {
    let s = Server::start().await;
    let inbox = s.create_inbox("Support").await;
    let path = "/api/v1/accounts/1/inboxes/1";
    s.get("/api/v1/accounts/1/inboxes", &s.agent())
        .await
        .expect(200, json!({"payload": []}));
    s.get(path, &s.agent()).await.expect(
        401,
        unauthorized("You are not authorized to do this action"),
    );

    s.sb.db().inbox_members.insert((Id::new(1), Id::new(2)));
    let seen = s.get(path, &s.agent()).await.json();
    assert_eq!(seen["inbox_identifier"], inbox["inbox_identifier"]);
    assert!(seen.get("hmac_token").is_none() && seen.get("secret").is_none());
    s.delete(path, &s.agent()).await.expect(
        401,
        unauthorized("You are not authorized to do this action"),
    );
}

#[tokio::test]
async fn set_agent_bot_links_and_unlinks() {
    let s = Server::start().await;
    let admin = s.admin();
    s.create_inbox("Support").await;
    let bot = s.create_bot("Echo").await;
    let base = "/api/v1/accounts/1/inboxes/1";
    s.get(&format!("{base}/agent_bot"), &admin)
        .await
        .expect(200, json!({}));

    let r = s
        .post(
            &format!("{base}/set_agent_bot"),
            &admin,
            json!({"agent_bot": bot["id"]}),
        )
        .await;
    assert_eq!((r.status, r.text.as_str()), (200, ""));

    let linked = s.get(&format!("{base}/agent_bot"), &admin).await.json();
    assert_eq!(linked["agent_bot"]["id"], bot["id"]);
    // This view skips AgentBotPresenter: the token comes out as the AccessToken row.
    assert_eq!(
        linked["agent_bot"]["access_token"]["token"],
        bot["access_token"]
    );
    assert_eq!(
        linked["agent_bot"]["access_token"]["owner_type"],
        "AgentBot"
    );

    s.post(
        &format!("{base}/set_agent_bot"),
        &admin,
        json!({"agent_bot": 999}),
    )
    .await
    .expect(404, json!({"error": "Resource could not be found"}));
    let r = s
        .post(
            &format!("{base}/set_agent_bot"),
            &admin,
            json!({"agent_bot": null}),
        )
        .await;
    assert_eq!((r.status, r.text.as_str()), (200, ""));
    s.get(&format!("{base}/agent_bot"), &admin)
        .await
        .expect(200, json!({}));
}

#[tokio::test]
async fn account_agent_bots() {
    let s = Server::start().await;
    let admin = s.admin();
    let bot = s.create_bot("Echo").await;
    assert_eq!(
        keys(&bot),
        [
            "id",
            "name",
            "description",
            "thumbnail",
            "outgoing_url",
            "bot_type",
            "bot_config",
            "account_id",
            "access_token",
            "secret",
            "system_bot"
        ]
    );
    assert_eq!(
        (bot["bot_type"].clone(), bot["system_bot"].clone()),
        (json!("webhook"), json!(false))
    );
    assert!(is_base58_token(&bot["access_token"]) && is_base58_token(&bot["secret"]));

    // The integer form of the enum works; a string "0" is an ArgumentError (500).
    let r = s
        .post(
            "/api/v1/accounts/1/agent_bots",
            &admin,
            json!({"name": "Int", "bot_type": 0}),
        )
        .await;
    assert_eq!(r.json()["bot_type"], "webhook");
    assert_eq!(
        s.post(
            "/api/v1/accounts/1/agent_bots",
            &admin,
            json!({"bot_type": "0"})
        )
        .await
        .status,
        500
    );

    // Agents may list and show bots, without the secret.
    let listed = s
        .get("/api/v1/accounts/1/agent_bots", &s.agent())
        .await
        .json();
    assert_eq!(listed[0]["access_token"], bot["access_token"]);
    assert!(listed[0].get("secret").is_none());
    s.patch("/api/v1/accounts/1/agent_bots/999", &s.agent(), json!({}))
        .await
        .expect(
            401,
            unauthorized("You are not authorized to do this action"),
        );

    let path = "/api/v1/accounts/1/agent_bots/1";
    let r = s
        .patch(
            path,
            &admin,
            json!({"description": "d", "bot_config": {"k": "v"}}),
        )
        .await;
    assert_eq!(
        (
            r.json()["description"].clone(),
            r.json()["bot_config"].clone()
        ),
        (json!("d"), json!({"k": "v"}))
    );

    // A bot token authenticates as the bot, which may not touch inboxes.
    let old = bot["access_token"].as_str().expect("token").to_owned();
    s.get("/api/v1/accounts/1/inboxes", &old).await.expect(
        401,
        unauthorized("Access to this endpoint is not authorized for bots"),
    );
    let rotated = s
        .post(&format!("{path}/reset_access_token"), &admin, json!({}))
        .await
        .json();
    assert_ne!(rotated["access_token"], bot["access_token"]);
    s.get("/api/v1/accounts/1/inboxes", &old)
        .await
        .expect(401, unauthorized("Invalid Access Token"));
    let resecret = s
        .post(&format!("{path}/reset_secret"), &admin, json!({}))
        .await
        .json();
    assert_ne!(resecret["secret"], bot["secret"]);

    let r = s.delete(path, &admin).await;
    assert_eq!((r.status, r.text.as_str()), (200, ""));
    s.get(path, &admin)
        .await
        .expect(404, json!({"error": "Resource could not be found"}));
}

#[tokio::test]
async fn platform_bots_are_isolated_per_app_and_global_bots_reach_accounts() {
    let s = Server::start().await;
    let p1 = s.platform();
    s.sb.add_platform_app("second-app-token");
    let bots = "/platform/api/v1/agent_bots";

    let global = s
        .post(bots, &p1, json!({"name": "G", "outgoing_url": "https://g.example", "bot_type": "x", "bot_config": {"a": 1}}))
        .await;
    assert_eq!(global.status, 200);
    let global = global.json();
    assert_eq!(
        keys(&global),
        [
            "id",
            "name",
            "description",
            "outgoing_url",
            "account_id",
            "access_token"
        ]
    );
    assert_eq!(global["account_id"], Value::Null);

    s.get(bots, "second-app-token").await.expect(200, json!([]));
    s.get(&format!("{bots}/1"), "second-app-token")
        .await
        .expect(401, unauthorized("Non permissible resource"));
    s.delete(&format!("{bots}/1"), "second-app-token")
        .await
        .expect(401, unauthorized("Non permissible resource"));
    s.get(&format!("{bots}/42"), &p1)
        .await
        .expect(404, json!({"status": 404, "error": "Not Found"}));
    s.get(bots, &s.admin())
        .await
        .expect(401, unauthorized("Invalid access_token"));
    s.call(Method::GET, bots, None, None)
        .await
        .expect(401, unauthorized("Invalid access_token"));
    assert_eq!(
        s.get(bots, &p1).await.json().as_array().map(Vec::len),
        Some(1)
    );

    // Global bots: listed and showable in the account (no URL, token or secret),
    // but not editable there; linkable to an inbox.
    let in_account = s
        .get("/api/v1/accounts/1/agent_bots/1", &s.admin())
        .await
        .json();
    assert_eq!(in_account["system_bot"], true);
    for key in ["outgoing_url", "access_token", "secret"] {
        assert!(in_account.get(key).is_none(), "{key}");
    }
    s.patch(
        "/api/v1/accounts/1/agent_bots/1",
        &s.admin(),
        json!({"name": "x"}),
    )
    .await
    .expect(404, json!({"error": "Resource could not be found"}));
    s.create_inbox("Support").await;
    let r = s
        .post(
            "/api/v1/accounts/1/inboxes/1/set_agent_bot",
            &s.admin(),
            json!({"agent_bot": 1}),
        )
        .await;
    assert_eq!(r.status, 200);

    // A platform bot created for the account behaves like an account bot there.
    let scoped = s
        .post(bots, &p1, json!({"name": "S", "account_id": 1}))
        .await
        .json();
    let shown = s
        .get("/api/v1/accounts/1/agent_bots/2", &s.admin())
        .await
        .json();
    assert_eq!(shown["access_token"], scoped["access_token"]);
    assert!(is_base58_token(&shown["secret"]));

    let updated = s
        .patch(&format!("{bots}/2"), &p1, json!({"description": "new"}))
        .await
        .json();
    assert_eq!(updated["description"], "new");
    let r = s.delete(&format!("{bots}/2"), &p1).await;
    assert_eq!((r.status, r.text.as_str()), (200, ""));
}

#[tokio::test]
async fn account_webhooks() {
    let s = Server::start().await;
    let admin = s.admin();
    let path = "/api/v1/accounts/1/webhooks";
    s.create_inbox("Support").await;

    let r = s
        .post(path, &admin, json!({"webhook": {"url": "https://a.example/h", "name": "A", "subscriptions": ["message_created"], "inbox_id": 1}}))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let wh = r.json()["payload"]["webhook"].clone();
    assert_eq!(
        keys(&wh),
        [
            "id",
            "name",
            "url",
            "account_id",
            "subscriptions",
            "secret",
            "inbox"
        ]
    );
    assert_eq!(wh["inbox"], json!({"id": 1, "name": "Support"}));
    assert!(is_base58_token(&wh["secret"]));

    // Un-nested keys are wrapped like Rails' JSON params wrapper; omitted
    // subscriptions take the column default.
    let flat = s
        .post(path, &admin, json!({"url": "http://b.example/h"}))
        .await
        .json();
    assert_eq!(
        flat["payload"]["webhook"]["subscriptions"]
            .as_array()
            .map(Vec::len),
        Some(8)
    );
    assert!(flat["payload"]["webhook"].get("inbox").is_none());

    s.post(path, &admin, json!({})).await.expect(
        422,
        json!({"error": "param is missing or the value is empty: webhook"}),
    );
    s.post(
        path,
        &admin,
        json!({"url": "https://c.example", "subscriptions": ["message_created", "nope"]}),
    )
    .await
    .expect(
        422,
        json!({"message": "Subscriptions Invalid events", "attributes": ["subscriptions"]}),
    );
    s.post(
        path,
        &admin,
        json!({"url": "https://a.example/h", "subscriptions": []}),
    )
    .await
    .expect(
        422,
        json!({"message": "Url has already been taken, Subscriptions Invalid events",
                   "attributes": ["url", "subscriptions"]}),
    );
    s.post(path, &admin, json!({"url": "ftp://c.example"}))
        .await
        .expect(
            422,
            json!({"message": "Url is invalid", "attributes": ["url"]}),
        );

    let list = s.get(path, &admin).await.json();
    assert_eq!(
        list["payload"]["webhooks"].as_array().map(Vec::len),
        Some(2)
    );

    let updated = s
        .patch(
            &format!("{path}/1"),
            &admin,
            json!({"webhook": {"name": "B"}}),
        )
        .await
        .json();
    assert_eq!(updated["payload"]["webhook"]["name"], "B");
    assert_eq!(updated["payload"]["webhook"]["secret"], wh["secret"]);
    s.patch(&format!("{path}/9"), &admin, json!({"name": "x"}))
        .await
        .expect(404, json!({"error": "Resource could not be found"}));

    s.get(path, &s.agent()).await.expect(
        401,
        unauthorized("You are not authorized to do this action"),
    );
    let r = s.delete(&format!("{path}/1"), &admin).await;
    assert_eq!((r.status, r.text.as_str()), (200, ""));
}

#[tokio::test]
async fn bots_reach_an_account_only_through_ownership_or_an_inbox_link() {
    let s = Server::start().await;
    let global = s
        .post(
            "/platform/api/v1/agent_bots",
            &s.platform(),
            json!({"name": "G"}),
        )
        .await
        .json();
    let token = global["access_token"].as_str().expect("token").to_owned();
    let own = s.create_bot("Own").await;
    let own_token = own["access_token"].as_str().expect("token").to_owned();
    let headers = |t: &str| {
        let mut h = axum::http::HeaderMap::new();
        h.insert("api_access_token", t.parse().expect("header"));
        h
    };

    {
        let db = s.sb.db();
        assert!(account_ctx(&db, &headers(&own_token), "1", Bots::Allowed).is_ok());
        let err = account_ctx(&db, &headers(&token), "1", Bots::Allowed)
            .expect_err("unlinked global bot");
        assert_eq!(
            format!("{err:?}"),
            r#"Unauthorized("Bot is not authorized to access this account")"#
        );
    }

    s.create_inbox("Support").await;
    s.sb.db().agent_bot_inboxes.insert(
        Id::new(1),
        AgentBotInbox {
            agent_bot_id: Id::new(1),
            account_id: Id::new(1),
            active: true,
        },
    );
    assert!(account_ctx(&s.sb.db(), &headers(&token), "1", Bots::Allowed).is_ok());
}

#[tokio::test]
async fn request_log_and_graceful_shutdown() {
    let mut s = Server::start().await;
    s.post(
        "/api/v1/accounts/1/inboxes/?x=1",
        &s.admin(),
        json!({"name": "A", "channel": {"type": "api"}}),
    )
    .await;
    s.get("/api/v1/profile", "bad").await;
    let log = s.sb.requests();
    assert_eq!(log.len(), 2);
    assert_eq!(
        (
            log[0].method.as_str(),
            log[0].path.as_str(),
            log[0].query.as_deref(),
            log[0].status
        ),
        ("POST", "/api/v1/accounts/1/inboxes/", Some("x=1"), 200)
    );
    assert_eq!(log[0].content_type.as_deref(), Some("application/json"));
    let body: Value = serde_json::from_slice(&log[0].body).expect("json body");
    assert_eq!(body["name"], "A");
    assert_eq!(
        (log[1].path.as_str(), log[1].status),
        ("/api/v1/profile", 401)
    );

    if let Some(stop) = s.stop.take() {
        let _ = stop.send(());
    }
    let served = tokio::time::timeout(Duration::from_secs(60), &mut s.task).await;
    assert!(
        matches!(served, Ok(Ok(Ok(())))),
        "serve did not return cleanly"
    );
    assert!(s
        .http
        .get(format!("{}/api/v1/profile", s.base))
        .send()
        .await
        .is_err());
}

#[test]
fn request_log_keeps_the_most_recent_entries() {
    let sb = Sandbox::new(SandboxConfig::generated());
    for i in 0..REQUEST_LOG_LIMIT + 5 {
        sb.push_log(RecordedRequest {
            method: "GET".into(),
            path: format!("/{i}"),
            query: None,
            content_type: None,
            body: Vec::new(),
            status: 200,
        });
    }
    let log = sb.requests();
    assert_eq!(log.len(), REQUEST_LOG_LIMIT);
    assert_eq!(log[0].path, "/5");
}
