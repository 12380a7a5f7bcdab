//! Account webhooks (API-NOTES §f): list `{"payload":{"webhooks":[…]}}`, create and update
//! `{"payload":{"webhook":{…}}}`, delete 200 empty. No show and no secret reset exist.

use serde_json::{json, Value};

use super::{decode, decode_list, Api, Request, Webhook, WebhookInput, WEBHOOK_EVENTS};
use crate::error::{Error, Result};

/// Checks subscriptions before sending, so a typo is caught with the full list shown.
pub fn validate_events(events: &[String]) -> Result<()> {
    if events.is_empty() {
        return Err(Error::usage(format!(
            "at least one event is needed; Chatwoot accepts: {}",
            WEBHOOK_EVENTS.join(", ")
        )));
    }
    for e in events {
        crate::events::Event::parse_subscribable(e).map_err(Error::usage)?;
    }
    Ok(())
}

fn unwrap_webhook(body: Value) -> Result<Webhook> {
    let inner = body.pointer("/payload/webhook").cloned().unwrap_or(body);
    decode("webhook", inner)
}

impl Api {
    pub async fn webhooks(&self) -> Result<Vec<Webhook>> {
        let body = self
            .send_admin(
                "listing webhooks",
                Request::get(self.account_path("/webhooks")?),
            )
            .await?;
        decode_list(
            "webhook",
            body.pointer("/payload/webhooks")
                .cloned()
                .unwrap_or(Value::Null),
        )
    }

    pub async fn create_webhook(&self, input: &WebhookInput) -> Result<Webhook> {
        if let Some(events) = &input.subscriptions {
            validate_events(events)?;
        }
        let req = Request::post(self.account_path("/webhooks")?).json(json!(input));
        unwrap_webhook(self.send_admin("creating webhooks", req).await?)
    }

    pub async fn update_webhook(&self, id: u64, input: &WebhookInput) -> Result<Webhook> {
        if let Some(events) = &input.subscriptions {
            validate_events(events)?;
        }
        let path = self.account_path(&format!("/webhooks/{id}"))?;
        let req = Request::patch(path).json(json!(input));
        unwrap_webhook(self.send_admin("updating webhooks", req).await?)
    }

    pub async fn delete_webhook(&self, id: u64) -> Result<()> {
        let path = self.account_path(&format!("/webhooks/{id}"))?;
        self.send_admin("deleting webhooks", Request::delete(path))
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_events_are_named_with_the_accepted_list() {
        let err = validate_events(&["message_created".into(), "msg_created".into()]).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("msg_created"), "{text}");
        assert!(text.contains("did you mean 'message_created'?"), "{text}");
        assert!(text.contains("conversation_typing_off"), "{text}");
        assert_eq!(err.exit_code(), 2);
        assert!(validate_events(&["inbox_created".into()]).is_ok());
    }
}
