//! `redac check`, `redac rules`, `redac explain`: flags in, the checking library, report and
//! exit status out.

use super::{fail, Format, EXIT_ERROR, EXIT_OK, EXIT_SHORT};
use clap::Args;
use redac::checking::config::{Settings, UnknownRule};
use redac::checking::format::{github, gitlab, human, json, junit, sarif};
use redac::checking::report::{Report, Severity, Summary};
use redac::checking::resolve::{Overrides, Resolver};
use redac::checking::{self, rules, Mode};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, Args)]
#[command(
    after_help = "EXIT STATUS:\n  0  no error (warnings allowed)\n  1  at least one error\n  2  usage, I/O, configuration or front matter parse failure\n\nEXAMPLES:\n  redac check drafts/\n  redac check article.md --format json | jq '.files[0].figures.words'\n  redac check drafts/ --format github\n  redac check drafts/ --format sarif > redac.sarif\n  cat article.md | redac check - --min-level error"
)]
pub struct CheckArgs {
    /// Files, directories (searched for *.md, *.markdown, *.mdx), quoted globs
    /// (`'drafts/**/*.md'`); `-` for stdin.
    #[arg(required_unless_present = "jsonl")]
    pub paths: Vec<PathBuf>,
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Configuration file for every draft [default: each draft's nearest redac.toml, from
    /// its folder up].
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Ignore any redac.toml.
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
    /// Report only findings at or above this level.
    #[arg(long, value_enum, default_value_t = Level::Warning)]
    pub min_level: Level,
    /// Exit 0 even when errors are found (2 still reports a failure to check).
    #[arg(long)]
    pub no_exit: bool,
    /// Minimum body words [default: 700, or redac.toml's].
    #[arg(long, value_name = "N")]
    pub min_words: Option<usize>,
    /// Language drafts must be in, ISO 639-1 [default: fr, or redac.toml's].
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
    /// Focus keyphrase, instead of the front matter's `keyphrase`.
    #[arg(long, value_name = "TEXT")]
    pub keyphrase: Option<String>,
    /// Rules to switch off (comma-separated or repeated), on top of redac.toml's.
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub disable: Vec<String>,
    /// Refuse drafts larger than this many bytes (reading stops there).
    #[arg(long, value_name = "BYTES", default_value_t = redac::reading::DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
    /// Print errors only (the same as --min-level error).
    #[arg(short, long)]
    pub quiet: bool,
    /// Mend the typography findings in the files (apostrophes, no-break spaces, quotes,
    /// ellipses), then report what is left.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// Colour the human report: `auto` when stdout is a terminal, unless NO_COLOR is set
    /// (CLICOLOR_FORCE forces it).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    /// Print the settings that apply to the first PATH (its redac.toml, then the flags) as a
    /// redac.toml, and check nothing.
    #[arg(long)]
    pub print_config: bool,
    /// Print the mends --fix would make as a unified diff, and change nothing (exit 1 when
    /// there is something to mend).
    #[arg(long)]
    pub diff: bool,
    #[arg(long, long_help = super::stream::HELP, conflicts_with_all = ["paths", "fix", "diff", "print_config"])]
    /// Stream mode: JSON Lines in on stdin (drafts in `markdown` or `text`), one JSON object per
    /// line out (see --help).
    pub jsonl: bool,
    /// With --jsonl: the number of drafts checked at once (default: one per core).
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
}

/// The `--color` values, as ripgrep and cargo name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour, given whether stdout is a terminal and the environment's
    /// `NO_COLOR` (no-color.org: set and not empty) and `CLICOLOR_FORCE` (set and not "0").
    fn colors(self, terminal: bool, env: impl Fn(&str) -> Option<String>) -> bool {
        let set = |name: &str| env(name).is_some_and(|v| !v.is_empty());
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto
                if env("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0") =>
            {
                true
            }
            ColorChoice::Auto => terminal && !set("NO_COLOR"),
        }
    }
}

/// The `--min-level` values, as Vale names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Level {
    Warning,
    Error,
}

impl From<Level> for Severity {
    fn from(level: Level) -> Self {
        match level {
            Level::Warning => Severity::Warning,
            Level::Error => Severity::Error,
        }
    }
}

#[derive(Debug, Args)]
pub struct RulesArgs {}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Rule id, as `redac rules` lists it.
    pub rule: String,
}

pub fn run(args: CheckArgs) -> u8 {
    let resolver = match resolver(&args) {
        Ok(resolver) => Arc::new(resolver),
        Err(message) => return fail(message),
    };
    if args.jsonl {
        return check_stream(&args, &resolver);
    }
    if args.print_config {
        return print_config(&resolver, &args.paths[0]);
    }
    let mode = match (args.fix, args.diff) {
        (true, _) => Mode::Fix,
        (_, true) => Mode::Diff,
        _ => Mode::Check,
    };
    let mut report = match checking::check_paths(&args.paths, &resolver, args.max_bytes, mode) {
        Ok(report) => report,
        Err(message) => return fail(message),
    };
    if mode == Mode::Diff {
        return print_diffs(&report);
    }
    if mode == Mode::Fix {
        report_fixes(&report);
    }
    let min_level = if args.quiet {
        Level::Error
    } else {
        args.min_level
    };
    report.retain_at_least(min_level.into());
    // Failures go to stderr in every format, so a machine format's stdout stays one document.
    let _ = human::write_failures(&report, &mut io::stderr());
    let color = args
        .color
        .colors(io::stdout().is_terminal(), |name| std::env::var(name).ok());
    if let Err(error) = write_report(&report, args.format, color) {
        if error.kind() != io::ErrorKind::BrokenPipe {
            return fail(format!("cannot write the report: {error}"));
        }
    }
    exit_status(&report.summary(), args.no_exit)
}

/// `--jsonl`: every draft checked with the settings of the working directory (its redac.toml
/// and the flags), and each record's own `min_words`, `lang`, `keyphrase` on top.
fn check_stream(args: &CheckArgs, resolver: &Resolver) -> u8 {
    let settings = match std::env::current_dir()
        .map_err(|e| format!("working directory: {e}"))
        .and_then(|cwd| resolver.for_folder(&cwd))
    {
        Ok(resolved) => resolved.settings.clone(),
        Err(message) => return fail(message),
    };
    let task = redac::stream::Task::Check(settings);
    super::stream::run(task, args.jobs, args.max_bytes, args.quiet)
}

/// `--print-config`: the settings for `path`, flags included.
fn print_config(resolver: &Resolver, path: &Path) -> u8 {
    let resolved = if path.is_dir() {
        resolver.for_folder(path)
    } else {
        resolver.for_file(Some(path).filter(|p| p.as_os_str() != "-"))
    };
    match resolved {
        Ok(resolved) => {
            print!("{}", resolved.settings.to_toml());
            EXIT_OK
        }
        Err(message) => fail(message),
    }
}

/// `--diff`: the diffs on stdout, failures on stderr; 1 when something would be mended.
fn print_diffs(report: &Report) -> u8 {
    let _ = human::write_failures(report, &mut io::stderr());
    let mut out = io::stdout().lock();
    let mut changed = false;
    for check in report.checked() {
        if let Some(diff) = &check.diff {
            changed = true;
            let _ = out.write_all(diff.as_bytes());
        }
    }
    if report.summary().failures > 0 {
        EXIT_ERROR
    } else if changed {
        EXIT_SHORT
    } else {
        EXIT_OK
    }
}

/// `--fix`: how many mends were written, on stderr.
fn report_fixes(report: &Report) {
    let fixed: Vec<usize> = report
        .checked()
        .map(|check| check.fixed)
        .filter(|&n| n > 0)
        .collect();
    if !fixed.is_empty() {
        let total: usize = fixed.iter().sum();
        eprintln!(
            "redac: fixed {total} finding{} in {} file{}",
            if total == 1 { "" } else { "s" },
            fixed.len(),
            if fixed.len() == 1 { "" } else { "s" }
        );
    }
}

/// Where each draft's settings come from: `--config`, `--no-config`, or each draft's nearest
/// redac.toml; the flags on top.
fn resolver(args: &CheckArgs) -> Result<Resolver, String> {
    let cwd = std::env::current_dir().map_err(|e| format!("working directory: {e}"))?;
    let overrides = Overrides {
        min_words: args.min_words,
        language: args.lang.clone(),
        keyphrase: args.keyphrase.clone(),
        disable: args.disable.clone(),
    };
    match (&args.config, args.no_config) {
        (Some(path), _) => {
            let settings = Settings::from_file(path).map_err(|e| e.to_string())?;
            Resolver::fixed(settings, overrides, &cwd)
        }
        (None, true) => Resolver::fixed(Settings::default(), overrides, &cwd),
        (None, false) => {
            let resolver = Resolver::nearest(overrides, &cwd);
            // Flags are checked once, even when no draft is found.
            resolver.for_folder(&cwd)?;
            Ok(resolver)
        }
    }
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// The draft (or folder) whose settings to show [default: the working directory].
    pub path: Option<PathBuf>,
}

/// `redac config [PATH]`: the settings `check` applies to a draft, as a redac.toml.
pub fn config(args: ConfigArgs) -> u8 {
    let cwd = std::env::current_dir().unwrap_or_default();
    let resolver = Resolver::nearest(Overrides::default(), &cwd);
    let resolved = match args.path.as_deref() {
        Some(path) if path.is_dir() => resolver.for_folder(path),
        Some(path) => resolver.for_file(Some(path)),
        None => resolver.for_folder(Path::new(".")),
    };
    match resolved {
        Ok(resolved) => {
            print!("{}", resolved.settings.to_toml());
            EXIT_OK
        }
        Err(message) => fail(message),
    }
}

fn write_report(report: &Report, format: Format, color: bool) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match format {
        Format::Human => human::write(report, &mut out, color)?,
        Format::Json => json::write(report, &mut out)?,
        Format::Github => github::write(report, &mut out)?,
        Format::Sarif => sarif::write(report, &mut out)?,
        Format::Gitlab => gitlab::write(report, &mut out)?,
        Format::Junit => junit::write(report, &mut out)?,
    }
    out.flush()
}

/// 2 when a file could not be checked, else 1 when an error was found (unless `--no-exit`).
fn exit_status(summary: &Summary, no_exit: bool) -> u8 {
    if summary.failures > 0 {
        EXIT_ERROR
    } else if summary.errors > 0 && !no_exit {
        EXIT_SHORT
    } else {
        EXIT_OK
    }
}

pub fn rules(_args: RulesArgs) -> u8 {
    let width = rules::RULES.iter().map(|r| r.id.len()).max().unwrap_or(0);
    let mut out = io::stdout().lock();
    for rule in rules::RULES {
        let _ = writeln!(
            out,
            "{:width$}  {:7}  {}",
            rule.id, rule.severity, rule.summary
        );
    }
    EXIT_OK
}

pub fn explain(args: ExplainArgs) -> u8 {
    let Some(rule) = rules::find(&args.rule) else {
        return fail(UnknownRule(args.rule));
    };
    println!(
        "{} ({})\n\n{}\n\n{}",
        rule.id,
        rule.severity,
        rule.summary,
        wrap(rule.doc, 88)
    );
    EXIT_OK
}

/// Fill `text` into lines of at most `width` characters (longer words stand alone), paragraph
/// by paragraph. A no-break space joins its words as it does in print («\u{a0}gilets»).
fn wrap(text: &str, width: usize) -> String {
    let paragraphs: Vec<String> = text
        .split("\n\n")
        .map(|paragraph| {
            let mut lines: Vec<String> = vec![String::new()];
            for word in paragraph.split_ascii_whitespace() {
                let line = lines.last_mut().expect("a line");
                if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                    lines.push(word.to_string());
                } else {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                }
            }
            lines.join("\n")
        })
        .collect();
    paragraphs.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn color_follows_the_flag_then_the_environment_then_the_terminal() {
        assert!(ColorChoice::Always.colors(false, env(&[("NO_COLOR", "1")])));
        assert!(!ColorChoice::Never.colors(true, env(&[("CLICOLOR_FORCE", "1")])));
        assert!(ColorChoice::Auto.colors(true, env(&[])));
        assert!(!ColorChoice::Auto.colors(false, env(&[])));
        assert!(!ColorChoice::Auto.colors(true, env(&[("NO_COLOR", "1")])));
        assert!(ColorChoice::Auto.colors(true, env(&[("NO_COLOR", "")])));
        assert!(ColorChoice::Auto.colors(false, env(&[("CLICOLOR_FORCE", "1")])));
        assert!(!ColorChoice::Auto.colors(false, env(&[("CLICOLOR_FORCE", "0")])));
    }
}
