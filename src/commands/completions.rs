//! `completions <SHELL>`: prints a completion script for the shell.

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::Result;

#[derive(Debug, Args)]
#[command(after_help = "Install (then open a new shell):\n  \
bash:        chatwoot-bridge completions bash > ~/.local/share/bash-completion/completions/chatwoot-bridge\n  \
zsh:         chatwoot-bridge completions zsh > ~/.zfunc/_chatwoot-bridge\n               \
(with `fpath+=~/.zfunc; autoload -Uz compinit; compinit` in ~/.zshrc)\n  \
fish:        chatwoot-bridge completions fish > ~/.config/fish/completions/chatwoot-bridge.fish\n  \
powershell:  chatwoot-bridge completions powershell >> $PROFILE\n  \
elvish:      chatwoot-bridge completions elvish >> ~/.config/elvish/rc.elv\n\n\
The same scripts are in the repository's completions/ directory; man pages are in docs/man/.")]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish
    pub shell: Shell,
}

pub fn run(args: CompletionsArgs) -> Result<()> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "chatwoot-bridge", &mut out);
    crate::output::write_stdout(&String::from_utf8_lossy(&out))
}
