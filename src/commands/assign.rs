//! `assign <CONVERSATION> --agent ID | --team ID | --bot ID`

use clap::Args;

use super::conversation::{conversation_id, person};
use crate::api::{Api, ApiError, ApiErrorKind, Assignee};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, View};

#[derive(Debug, Args)]
pub struct AssignArgs {
    /// The conversation's id as Chatwoot shows it
    pub conversation: String,
    #[command(flatten)]
    pub to: AssignTo,
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct AssignTo {
    /// An agent's user id
    #[arg(long, value_name = "ID")]
    pub agent: Option<u64>,
    /// A team's id
    #[arg(long, value_name = "ID")]
    pub team: Option<u64>,
    /// An agent bot's id (Chatwoot 4.8+)
    #[arg(long, value_name = "ID")]
    pub bot: Option<u64>,
}

pub async fn run(ctx: &Context, args: AssignArgs) -> Result<()> {
    let id = conversation_id(&args.conversation)?;
    let to = match (args.to.agent, args.to.team, args.to.bot) {
        (Some(a), _, _) => Assignee::Agent(a),
        (_, Some(t), _) => Assignee::Team(t),
        (_, _, Some(b)) => Assignee::Bot(b),
        _ => unreachable!("clap requires one of --agent, --team, --bot"),
    };
    let api = ctx.api()?;
    let account = api.account_id()?;
    // Chatwoot unassigns when it finds no such agent or team, and answers null: check first.
    if let Some(missing) = not_in_account(api, &to).await? {
        return Err(not_found(
            id,
            format!("account {account} has no {missing}; nothing changed"),
            &to,
        ));
    }
    let answer = api.assign(id, &to).await?;
    if answer.is_null() {
        let what = match &to {
            Assignee::Agent(a) => {
                format!("Chatwoot found no agent {a} in account {account} and unassigned the conversation")
            }
            Assignee::Team(t) => {
                format!("Chatwoot found no team {t} in account {account} and removed the conversation's team")
            }
            Assignee::Bot(b) => format!(
                "Chatwoot found no agent bot {b} available to account {account}; nothing changed"
            ),
        };
        return Err(not_found(id, what, &to));
    }
    let who = match &to {
        Assignee::Agent(_) => format!("agent {}", person(Some(&answer))),
        Assignee::Team(_) => format!("team {}", person(Some(&answer))),
        Assignee::Bot(_) => format!("bot {}", person(Some(&answer))),
    };
    ctx.output().print(View::new(
        answer,
        vec![id.to_string()],
        Human::Text(format!("Conversation {id} assigned to {who}.")),
    ))
}

/// What of `to` the account lacks, when its agents or teams can be read (agent bots'
/// tokens cannot: the answer is then checked instead).
async fn not_in_account(api: &Api, to: &Assignee) -> Result<Option<String>> {
    let listed = match to {
        Assignee::Agent(a) => api
            .agents()
            .await
            .map(|all| (!all.iter().any(|x| x.id == *a)).then(|| format!("agent {a}"))),
        Assignee::Team(t) => api
            .teams()
            .await
            .map(|all| (!all.iter().any(|x| x.id == *t)).then(|| format!("team {t}"))),
        Assignee::Bot(_) => return Ok(None),
    };
    match listed {
        Ok(missing) => Ok(missing),
        Err(Error::Api(e)) if e.kind == ApiErrorKind::Auth => Ok(None),
        Err(e) => Err(e),
    }
}

fn not_found(conversation: u64, detail: String, to: &Assignee) -> Error {
    let list = match to {
        Assignee::Agent(_) => "agent list",
        Assignee::Team(_) => "team list",
        Assignee::Bot(_) => "bot list",
    };
    Error::Api(
        ApiError::not_found(format!("assign {conversation}"), detail)
            .with_hint(format!("`chatwoot-bridge {list}` shows the ids")),
    )
}
