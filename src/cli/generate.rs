//! `redac completions SHELL` and `redac man`: shell completions and a man page generated from
//! the clap definitions, so they never drift from the flags.

use super::{Cli, EXIT_ERROR, EXIT_OK};
use clap::{Args, CommandFactory};
use std::io::{self, Write};

#[derive(Debug, Args)]
#[command(
    after_help = "EXAMPLES:\n  redac completions bash > ~/.local/share/bash-completion/completions/redac\n  redac completions zsh > ~/.zfunc/_redac\n  redac completions fish > ~/.config/fish/completions/redac.fish"
)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
#[command(after_help = "EXAMPLES:\n  redac man > redac.1 && man ./redac.1")]
pub struct ManArgs {}

pub fn completions(args: CompletionsArgs) -> u8 {
    let mut command = Cli::command();
    // Into memory first: clap_complete panics when its writer fails (a closed pipe).
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "redac", &mut script);
    print_bytes(&script)
}

/// The man page of `redac`, its subcommands listed, in roff.
pub fn man(_args: ManArgs) -> u8 {
    let mut page = Vec::new();
    if clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .is_err()
    {
        return EXIT_ERROR;
    }
    print_bytes(&page)
}

/// Write to stdout; a reader that closed the pipe early (`| head`) is not an error.
fn print_bytes(bytes: &[u8]) -> u8 {
    match io::stdout().write_all(bytes) {
        Ok(()) => EXIT_OK,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => EXIT_OK,
        Err(_) => EXIT_ERROR,
    }
}
