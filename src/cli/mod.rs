//! Command-line layer: flags in, library calls, output and exit status out.
//!
//! Exit statuses, the same for every subcommand:
//! - 0: success (the brief is met, or the drafts have no error);
//! - 1: the product was written but falls short (brief not met, lint errors found);
//! - 2: usage, input or I/O error. For one article nothing is written; a folder batch goes on
//!   past a bad input, writes the others, and reports the failures with this status.

mod batch;
mod check;
mod generate;
mod rewrite;
mod stats;
mod stream;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

pub const EXIT_OK: u8 = 0;
pub const EXIT_SHORT: u8 = 1;
pub const EXIT_ERROR: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "redac",
    version,
    about = "Turn raw French news copy into an SEO-ready French article in Markdown, without inventing anything.",
    after_help = "EXIT STATUS:\n  0  success: the brief is met, or no lint error\n  1  output written but short of the brief, or lint errors found\n  2  usage, input or I/O error: nothing written\n\nEXAMPLES:\n  cat depeche.txt | redac rewrite > article.md\n  redac rewrite lead.txt --with related1.txt --with related2.txt -o article.md\n  redac stats depeche.txt --format json\n  redac check drafts/"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Rewrite a raw article (and related sources) into an SEO-ready Markdown article.
    Rewrite(Deferred<Box<rewrite::RewriteArgs>>),
    /// Print the analysis of an article (words, language, keyphrase, density) without rewriting.
    Stats(Deferred<stats::StatsArgs>),
    /// Lint Markdown drafts against the brief's length and structure rules.
    Check(Deferred<check::CheckArgs>),
    /// List the rules `check` applies.
    Rules(Deferred<check::RulesArgs>),
    /// Print the documentation of one rule.
    Explain(Deferred<check::ExplainArgs>),
    /// Print the settings `check` applies to a draft (its nearest redac.toml and defaults).
    Config(Deferred<check::ConfigArgs>),
    /// Print shell completions (bash, zsh, fish, elvish, powershell).
    Completions(Deferred<generate::CompletionsArgs>),
    /// Print the man page (roff).
    Man(Deferred<generate::ManArgs>),
}

pub fn run() -> ExitCode {
    redac::reading::html::quiet_extractor_panics();
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Rewrite(Deferred(args)) => rewrite::run(*args),
        Command::Stats(Deferred(args)) => stats::run(args),
        Command::Check(Deferred(args)) => check::run(args),
        Command::Rules(Deferred(args)) => check::rules(args),
        Command::Explain(Deferred(args)) => check::explain(args),
        Command::Config(Deferred(args)) => check::config(args),
        Command::Completions(Deferred(args)) => generate::completions(args),
        Command::Man(Deferred(args)) => generate::man(args),
    };
    ExitCode::from(status)
}

/// A subcommand's arguments, declared to clap only when the subcommand is built: when it is
/// the one run, or when help, completions or the man page list them.
///
/// Why: clap builds a command before it parses, and a command built whole holds every
/// subcommand's arguments with their help: `redac stats FILE` allocated, and faulted in page
/// by page, the arguments of `rewrite` and `check` it never reads (a light article's `stats`
/// 326 → 300 page faults and 4.11 → 4.03 M instructions, `--version` 204 → 158 faults).
/// `Command::defer` is clap's way to put that off; the derive has no attribute for it, so
/// the variants wrap their arguments. Help, errors, completions and the man page are the
/// same, byte for byte.
#[derive(Debug)]
struct Deferred<T>(T);

impl<T: clap::Args> clap::Args for Deferred<T> {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        cmd.defer(T::augment_args)
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        cmd.defer(T::augment_args_for_update)
    }

    fn group_id() -> Option<clap::Id> {
        T::group_id()
    }
}

impl<T: clap::FromArgMatches> clap::FromArgMatches for Deferred<T> {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Deferred)
    }

    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }
}

/// Print an error the way every subcommand does, and return the error status.
pub fn fail(message: impl std::fmt::Display) -> u8 {
    say(&format!("error: {message}"));
    EXIT_ERROR
}

/// Print one message line on stderr, escaped: file names and lines of the input it quotes
/// never reach the terminal as escape sequences.
pub fn say(line: &str) {
    eprintln!("redac: {}", redac::safe_text::for_terminal(line));
}

/// Output format of the analysis commands (`stats`, `check`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Lines for a person.
    Human,
    /// One JSON document.
    Json,
    /// GitHub Actions workflow commands (check only).
    Github,
    /// SARIF 2.1.0 (check only).
    Sarif,
    /// GitLab Code Quality JSON (check only).
    Gitlab,
    /// JUnit XML (check only).
    Junit,
}

/// `--input` of `rewrite` and `stats`: the input's format, or `auto` to recognise it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputArg {
    /// Recognise an HTML page (a doctype, `<html>`, markup at the start) or a JSON article
    /// record (one object with a `text`, `body` or `content` field) by its content.
    Auto,
    Html,
    Text,
    Markdown,
}

impl InputArg {
    /// The format forced, or `None` to recognise it.
    pub fn format(self) -> Option<redac::reading::Format> {
        use redac::reading::Format;
        match self {
            InputArg::Auto => None,
            InputArg::Html => Some(Format::Html),
            InputArg::Text => Some(Format::Text),
            InputArg::Markdown => Some(Format::Markdown),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// The arguments `rewrite` declares in `command`.
    fn rewrite_arguments(command: &clap::Command) -> usize {
        command
            .find_subcommand("rewrite")
            .expect("a rewrite subcommand")
            .get_arguments()
            .count()
    }

    #[test]
    fn a_subcommand_declares_its_arguments_only_once_built() {
        let mut command = Cli::command();
        assert_eq!(rewrite_arguments(&command), 0);
        command.build();
        assert!(rewrite_arguments(&command) > 20);
    }

    #[test]
    fn the_command_line_holds_together() {
        Cli::command().debug_assert();
    }
}
