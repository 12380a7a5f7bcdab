//! `GET /api/v1/accounts/{id}/contacts/{id}/conversations` over HTTP.

use serde_json::{json, Value};

use super::test_support::Server;

const NOT_FOR_BOTS: &str = "Access to this endpoint is not authorized for bots";

fn ids(v: &Value) -> Vec<u64> {
    v["payload"]
        .as_array()
        .expect("payload")
        .iter()
        .map(|c| c["id"].as_u64().expect("id"))
        .collect()
}

#[tokio::test]
async fn a_contacts_conversations_latest_first_as_the_caller_may_see_them() {
    let s = Server::start().await;
    let support = s.inbox("").await;
    let sales = s
        .post(
            "/api/v1/accounts/1/inboxes",
            &s.admin(),
            json!({"name": "Sales", "channel": {"type": "api"}}),
        )
        .await
        .ok();
    let (contact, _) = s.contact(&support["id"]).await;
    let first = s.conversation(&support["id"], &contact).await;
    let second = s.conversation(&sales["id"], &contact).await;
    // A message in the first makes it the most recently active (on a later millisecond
    // than the second's creation, which a fast machine may otherwise share).
    let created = super::state::now();
    while super::state::now() == created {
        tokio::task::yield_now().await;
    }
    s.message(&first["id"], &s.admin(), json!({"content": "hi"}))
        .await;
    let other = s
        .post(
            "/api/v1/accounts/1/contacts",
            &s.admin(),
            json!({"name": "Other", "inbox_id": support["id"]}),
        )
        .await
        .ok()["payload"]["contact"]["id"]
        .clone();
    s.conversation(&support["id"], &other).await;

    let path = format!("/api/v1/accounts/1/contacts/{contact}/conversations");
    let all = s.get(&path, &s.admin()).await.ok();
    assert_eq!(ids(&all), [first["id"].as_u64().unwrap(), 2]);
    assert_eq!(second["id"], 2);
    // Each item is the conversation partial, as the conversation itself renders.
    let shown = s
        .get(
            &format!("/api/v1/accounts/1/conversations/{}", first["id"]),
            &s.admin(),
        )
        .await
        .ok();
    assert_eq!(all["payload"][0]["meta"], shown["meta"]);
    assert_eq!(all["payload"][0]["status"], shown["status"]);

    // An agent sees those of inboxes they belong to (none yet, then Support).
    assert_eq!(ids(&s.get(&path, &s.agent()).await.ok()), Vec::<u64>::new());
    s.post(
        "/api/v1/accounts/1/inbox_members",
        &s.admin(),
        json!({"inbox_id": support["id"], "user_ids": [2]}),
    )
    .await
    .ok();
    assert_eq!(
        ids(&s.get(&path, &s.agent()).await.ok()),
        [first["id"].as_u64().unwrap()]
    );

    // Unknown contacts are 404; bots are refused.
    s.get("/api/v1/accounts/1/contacts/999/conversations", &s.admin())
        .await
        .expect_status(404);
    let bot = s.bot("").await;
    let r = s
        .get(&path, bot["access_token"].as_str().expect("token"))
        .await;
    assert_eq!(r.status, 401, "{}", r.text);
    assert!(r.text.contains(NOT_FOR_BOTS), "{}", r.text);
}
