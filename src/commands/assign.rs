//! `assign <CONVERSATION> --agent ID | --team ID | --bot ID`

use clap::Args;

use super::conversation::{conversation_id, person};
use crate::api::Assignee;
use crate::context::Context;
use crate::error::Result;
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
    let answer = ctx.api()?.assign(id, &to).await?;
    let who = match &to {
        Assignee::Agent(_) => format!("agent {}", person(Some(&answer))),
        Assignee::Team(_) => format!("team {}", person(Some(&answer))),
        Assignee::Bot(_) => format!("bot {}", person(Some(&answer))),
    };
    ctx.output.print(View::new(
        answer,
        vec![id.to_string()],
        Human::Text(format!("Conversation {id} assigned to {who}.")),
    ))
}
