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
    let _keys = keys::ctrl_c_as_a_key();
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

/// Hidden input, for tokens. On Unix the line is read in raw mode, so Ctrl-C is a key
/// (exit 130) rather than a signal that could leave the terminal with echo switched off.
pub fn secret(interactive: bool, question: &str, flag_hint: &str) -> Result<String> {
    if !interactive {
        return Err(missing_input(question, flag_hint));
    }
    #[cfg(unix)]
    {
        hidden::read_line(question)
    }
    #[cfg(not(unix))]
    {
        dialoguer::Password::new()
            .with_prompt(question)
            .interact()
            .map_err(prompt_error)
    }
}

pub fn text(interactive: bool, question: &str, flag_hint: &str) -> Result<String> {
    text_checked(interactive, question, None, flag_hint, |_| Ok(()))
}

/// A line of text with an optional default (Enter accepts it); `check` is asked again
/// until it passes, showing its message.
pub fn text_checked(
    interactive: bool,
    question: &str,
    default: Option<&str>,
    flag_hint: &str,
    check: impl Fn(&str) -> std::result::Result<(), String>,
) -> Result<String> {
    if !interactive {
        return Err(missing_input(question, flag_hint));
    }
    let _keys = keys::ctrl_c_as_a_key();
    let mut input = dialoguer::Input::<String>::new().with_prompt(question);
    if let Some(d) = default {
        input = input.default(d.to_string());
    }
    input
        .validate_with(|v: &String| check(v.trim()))
        .interact_text()
        .map(|v| v.trim().to_string())
        .map_err(prompt_error)
}

/// Yes or no, with a default; `--yes` does not answer these (they choose, not confirm).
pub fn ask_yes_no(
    interactive: bool,
    question: &str,
    default: bool,
    flag_hint: &str,
) -> Result<bool> {
    if !interactive {
        return Err(missing_input(question, flag_hint));
    }
    let _keys = keys::ctrl_c_as_a_key();
    dialoguer::Confirm::new()
        .with_prompt(question)
        .default(default)
        .interact()
        .map_err(prompt_error)
}

/// Several of a list (space toggles, Enter accepts); `defaults` are ticked at first.
pub fn multi_select(
    interactive: bool,
    question: &str,
    items: &[&str],
    defaults: &[bool],
    flag_hint: &str,
) -> Result<Vec<usize>> {
    if !interactive {
        return Err(missing_input(question, flag_hint));
    }
    let _keys = keys::ctrl_c_as_a_key();
    dialoguer::MultiSelect::new()
        .with_prompt(question)
        .items(items)
        .defaults(defaults)
        .interact()
        .map_err(prompt_error)
}

pub fn select(
    interactive: bool,
    question: &str,
    items: &[String],
    flag_hint: &str,
) -> Result<usize> {
    select_with_default(interactive, question, items, 0, flag_hint)
}

/// [`select`] with the cursor starting on `default` (what is in place now, say).
pub fn select_with_default(
    interactive: bool,
    question: &str,
    items: &[String],
    default: usize,
    flag_hint: &str,
) -> Result<usize> {
    if !interactive {
        return Err(missing_input(question, flag_hint));
    }
    let _keys = keys::ctrl_c_as_a_key();
    dialoguer::Select::new()
        .with_prompt(question)
        .items(items)
        .default(default.min(items.len().saturating_sub(1)))
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
            // Ctrl-C arrives as a key in raw mode; dialoguer returns before showing the
            // cursor it hid, so show it and end the line for the shell's prompt.
            eprintln!("\x1b[?25h");
            Error::Interrupted
        }
        dialoguer::Error::IO(io) => Error::io("reading the answer", io),
    }
}

/// dialoguer reads each key in raw mode, where Ctrl-C is a key it reports as interrupted,
/// but between two reads (while it draws) the terminal is back in its own mode, where Ctrl-C
/// is SIGINT. The command then waits on in a synchronous read the signal cannot end. So for
/// the whole of a question the terminal sends no signals: Ctrl-C is always a key (exit 130).
mod keys {
    #[cfg(unix)]
    pub struct Guard(rustix::termios::Termios);

    #[cfg(unix)]
    impl Drop for Guard {
        fn drop(&mut self) {
            let _ = rustix::termios::tcsetattr(
                std::io::stdin(),
                rustix::termios::OptionalActions::Now,
                &self.0,
            );
        }
    }

    #[cfg(not(unix))]
    pub struct Guard;

    /// Until the guard drops, Ctrl-C reaches the prompt as a key, not as a signal.
    #[cfg(unix)]
    pub fn ctrl_c_as_a_key() -> Option<Guard> {
        use rustix::termios::{self, LocalModes, OptionalActions};
        let stdin = std::io::stdin();
        let before = termios::tcgetattr(&stdin).ok()?;
        let mut quiet = before.clone();
        quiet.local_modes.remove(LocalModes::ISIG);
        termios::tcsetattr(&stdin, OptionalActions::Now, &quiet).ok()?;
        Some(Guard(before))
    }

    #[cfg(not(unix))]
    pub fn ctrl_c_as_a_key() -> Option<Guard> {
        None
    }
}

#[cfg(unix)]
mod hidden {
    use std::io::Write;

    use rustix::termios::{self, OptionalActions, Termios};

    use crate::error::{Error, Result};

    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Escape {
        None,
        /// ESC read.
        Start,
        /// ESC [ read, parameters follow.
        Csi,
        /// ESC O read, one key byte follows.
        Ss3,
        /// The sequence's last byte was just read.
        Done,
    }

    /// Puts the terminal back as it was, however the read ends.
    struct Restore(Termios);

    impl Drop for Restore {
        fn drop(&mut self) {
            let _ = termios::tcsetattr(std::io::stdin(), OptionalActions::Now, &self.0);
        }
    }

    /// Reads a line without echo, in raw mode: Enter ends it, Backspace and Ctrl-U edit,
    /// Ctrl-C and Ctrl-D stop (exit 130).
    pub fn read_line(question: &str) -> Result<String> {
        let stdin = std::io::stdin();
        let original = termios::tcgetattr(&stdin)
            .map_err(|e| Error::io("reading the terminal's settings", e.into()))?;
        let mut raw = original.clone();
        raw.make_raw();
        // Raw mode first, so nothing typed after the question shows is ever echoed.
        termios::tcsetattr(&stdin, OptionalActions::Now, &raw)
            .map_err(|e| Error::io("setting the terminal to raw mode", e.into()))?;
        let restore = Restore(original);
        eprint!("{question} (hidden): ");
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        let mut bytes = Vec::new();
        // Arrow and function keys send ESC sequences; none of it belongs in a token.
        let mut escape = Escape::None;
        let outcome = loop {
            let mut byte = [0u8; 1];
            // Unbuffered, so nothing typed after Enter is held back from the next prompt.
            match rustix::io::read(&stdin, &mut byte) {
                Ok(0) => break Err(Error::Interrupted),
                Ok(_) => {}
                Err(rustix::io::Errno::INTR) => continue,
                Err(e) => break Err(Error::io("reading the answer", e.into())),
            }
            escape = match (escape, byte[0]) {
                (Escape::None, 0x1b) => Escape::Start,
                (Escape::Start, b'[') => Escape::Csi,
                (Escape::Start, b'O') => Escape::Ss3,
                // A CSI sequence ends with a byte in '@'..='~'; SS3 and two-byte ones at once.
                (Escape::Csi, b) if !(0x40..=0x7e).contains(&b) => Escape::Csi,
                (Escape::Start | Escape::Csi | Escape::Ss3, _) => Escape::Done,
                (Escape::None | Escape::Done, _) => Escape::None,
            };
            if escape != Escape::None {
                continue;
            }
            match byte[0] {
                b'\r' | b'\n' => break Ok(()),
                0x03 | 0x04 => break Err(Error::Interrupted),
                0x7f | 0x08 => {
                    if bytes.is_empty() {
                        line.pop();
                    }
                    bytes.clear();
                }
                0x15 => {
                    line.clear();
                    bytes.clear();
                }
                b if b < 0x20 => {}
                b => {
                    bytes.push(b);
                    if let Ok(s) = std::str::from_utf8(&bytes) {
                        line.push_str(s);
                        bytes.clear();
                    }
                }
            }
        };
        drop(restore);
        eprintln!();

        outcome.map(|()| line)
    }
}
