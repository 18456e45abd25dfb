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
    Rewrite(Box<rewrite::RewriteArgs>),
    /// Print the analysis of an article (words, language, keyphrase, density) without rewriting.
    Stats(stats::StatsArgs),
    /// Lint Markdown drafts against the brief's length and structure rules.
    Check(check::CheckArgs),
    /// List the rules `check` applies.
    Rules(check::RulesArgs),
    /// Print the documentation of one rule.
    Explain(check::ExplainArgs),
    /// Print the settings `check` applies to a draft (its nearest redac.toml and defaults).
    Config(check::ConfigArgs),
    /// Print shell completions (bash, zsh, fish, elvish, powershell).
    Completions(generate::CompletionsArgs),
    /// Print the man page (roff).
    Man(generate::ManArgs),
}

pub fn run() -> ExitCode {
    redac::reading::html::quiet_extractor_panics();
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Rewrite(args) => rewrite::run(*args),
        Command::Stats(args) => stats::run(args),
        Command::Check(args) => check::run(args),
        Command::Rules(args) => check::rules(args),
        Command::Explain(args) => check::explain(args),
        Command::Config(args) => check::config(args),
        Command::Completions(args) => generate::completions(args),
        Command::Man(args) => generate::man(args),
    };
    ExitCode::from(status)
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
