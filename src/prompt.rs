//! Questions to the person at the terminal. Every question has a flag; when no one can be
//! asked (no terminal, `--no-input`, `CI`), the answer is an error naming that flag (exit 3).

use std::io::IsTerminal;

use crate::error::{Error, Result};

/// Whether prompting is possible and allowed.
pub fn can_prompt(no_input_flag: bool) -> bool {
    !no_input_flag
        && std::env::var_os("CI").is_none_or(|v| v.is_empty() || v == "false" || v == "0")
        && std::io::stdin().is_terminal()
        && std::io::stderr().is_terminal()
}

/// Asks before a destructive step; `--yes` answers for the user.
pub fn confirm(interactive: bool, yes: bool, question: &str) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !interactive {
        return Err(Error::ConfirmationNeeded(format!(
            "{question} needs confirmation and there is no terminal to ask on: add --yes"
        )));
    }
    let answer = dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(prompt_error)?;
    if answer {
        Ok(())
    } else {
        Err(Error::ConfirmationNeeded(
            "declined; nothing was changed".into(),
        ))
    }
}

/// Hidden input, for tokens.
pub fn secret(interactive: bool, question: &str, flag_hint: &str) -> Result<String> {
    if !interactive {
        return Err(missing_input(question, flag_hint));
    }
    dialoguer::Password::new()
        .with_prompt(question)
        .interact()
        .map_err(prompt_error)
}

pub fn text(interactive: bool, question: &str, flag_hint: &str) -> Result<String> {
    if !interactive {
        return Err(missing_input(question, flag_hint));
    }
    dialoguer::Input::<String>::new()
        .with_prompt(question)
        .interact_text()
        .map_err(prompt_error)
}

pub fn select(
    interactive: bool,
    question: &str,
    items: &[String],
    flag_hint: &str,
) -> Result<usize> {
    if !interactive {
        return Err(missing_input(question, flag_hint));
    }
    dialoguer::Select::new()
        .with_prompt(question)
        .items(items)
        .default(0)
        .interact()
        .map_err(prompt_error)
}

pub fn missing_input(what: &str, flag_hint: &str) -> Error {
    Error::ConfirmationNeeded(format!(
        "{what}: no terminal to ask on (or --no-input/CI is set): {flag_hint}"
    ))
}

fn prompt_error(e: dialoguer::Error) -> Error {
    match e {
        dialoguer::Error::IO(io) if io.kind() == std::io::ErrorKind::Interrupted => {
            Error::Interrupted
        }
        dialoguer::Error::IO(io) => Error::io("reading the answer", io),
    }
}
