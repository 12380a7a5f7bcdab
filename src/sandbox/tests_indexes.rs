//! The tables' indexes (token, conversation by display id, messages of a conversation,
//! attachments of a message, contact inbox by source id) after a mixed workload: what a
//! client reads through them stays right, and every index agrees with its rows.

use reqwest::Method;
use serde_json::{json, Value};

use super::test_support::{Resp, Server};

async fn delete(s: &Server, path: &str) -> Resp {
    s.call(Method::DELETE, path, Some(&s.admin()), None).await
}

/// A contact of its own (the shared helper reuses one e-mail) with a contact inbox.
async fn contact(s: &Server, inbox: &Value, n: usize) -> Value {
    s.post(
        "/api/v1/accounts/1/contacts",
        &s.admin(),
        json!({"name": format!("Contact {n}"), "inbox_id": inbox["id"]}),
    )
    .await
    .ok()["payload"]["contact"]["id"]
        .clone()
}

fn message_ids(list: &Value) -> Vec<u64> {
    list["payload"]
        .as_array()
        .expect("payload")
        .iter()
        .map(|m| m["id"].as_u64().expect("id"))
        .collect()
}

#[tokio::test]
async fn indexes_agree_with_rows_after_mixed_writes() {
    let s = Server::start().await;
    let admin = s.admin();
    // Nothing listens on port 9: every delivery fails, so failure handling writes too.
    let dead = "http://127.0.0.1:9/hook";
    let kept = s.inbox(dead).await;
    let doomed = s.inbox(dead).await;
    let bot = s.bot(dead).await;
    s.link_bot(&doomed["id"], &bot["id"]).await;

    let mut conversations = Vec::new();
    for (n, inbox) in [&kept, &doomed].into_iter().enumerate() {
        let contact = contact(&s, inbox, n).await;
        for _ in 0..2 {
            conversations.push((
                inbox["id"].clone(),
                s.conversation(&inbox["id"], &contact).await["id"].clone(),
            ));
        }
    }
    let mut files = Vec::new();
    for (_, display_id) in &conversations {
        for i in 0..3 {
            s.message(display_id, &admin, json!({"content": format!("m{i}")}))
                .await;
        }
        let form = reqwest::multipart::Form::new()
            .text("content", "see attached")
            .part(
                "attachments[]",
                reqwest::multipart::Part::bytes(b"hello".to_vec()).file_name("notes.txt"),
            );
        files.push(s.upload(display_id, form).await);
        let r = s
            .post(
                &format!("/api/v1/accounts/1/conversations/{display_id}/toggle_status"),
                &admin,
                json!({}),
            )
            .await;
        r.ok();
    }
    // A soft delete drops the message's attachments.
    let (_, first) = &conversations[0];
    let file_message = files[0]["id"].clone();
    let path = format!("/api/v1/accounts/1/conversations/{first}/messages/{file_message}");
    delete(&s, &path).await.ok();
    // The bot's token changes: the old one stops working, the new one works.
    let old_token = bot["access_token"].as_str().expect("token").to_owned();
    let path = format!(
        "/api/v1/accounts/1/agent_bots/{}/reset_access_token",
        bot["id"]
    );
    let new_token = s.post(&path, &admin, json!({})).await.ok()["access_token"]
        .as_str()
        .expect("token")
        .to_owned();
    assert_ne!(old_token, new_token);
    let bot_view = format!("/api/v1/accounts/1/conversations/{}", conversations[2].1);
    s.get(&bot_view, &old_token).await.expect_status(401);
    s.get(&bot_view, &new_token).await.ok();
    // Deleting the inbox takes its conversations, messages and attachments along;
    // deleting the bot takes its token.
    delete(&s, &format!("/api/v1/accounts/1/inboxes/{}", doomed["id"]))
        .await
        .ok();
    delete(&s, &format!("/api/v1/accounts/1/agent_bots/{}", bot["id"]))
        .await
        .expect_status(200);
    s.get(&bot_view, &new_token).await.expect_status(401);
    s.settle().await;

    for (inbox, display_id) in &conversations {
        let path = format!("/api/v1/accounts/1/conversations/{display_id}/messages");
        let r = s.get(&path, &admin).await;
        if inbox == &doomed["id"] {
            r.expect_status(404);
            continue;
        }
        let ids = message_ids(&r.ok());
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        assert_eq!(ids, sorted, "messages in creation order");
        assert!(ids.len() >= 4, "{ids:?}");
    }
    // A new conversation in the kept inbox reuses no display id.
    let contact = contact(&s, &kept, 2).await;
    let fresh = s.conversation(&kept["id"], &contact).await;
    assert_eq!(fresh["id"], json!(5));
    assert!(
        s.sb.db().indexes_agree(),
        "an index disagrees with its rows"
    );
}
