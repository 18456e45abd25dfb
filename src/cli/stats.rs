//! `redac stats`: the analysis of an article, without rewriting it.

use super::{fail, rewrite::read_source, Format, InputArg, EXIT_OK};
use clap::Args;
use redac::export;
use redac::stats;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    after_help = "EXAMPLES:\n  redac stats depeche.txt\n  redac stats page.txt --structure      # why each line was kept or dropped\n  cat depeche.txt | redac stats --format json | jq .density.keyphrase"
)]
pub struct StatsArgs {
    /// The article: a file, or `-` / nothing for standard input.
    pub input: Option<PathBuf>,
    /// Focus keyphrase to measure (default: chosen from the text).
    #[arg(long, value_name = "TEXT")]
    pub keyphrase: Option<String>,
    /// Print the structure table instead: every block of the source with its line, role
    /// (title, standfirst, intertitle, body, caption, related-link, paywall…) and the reason.
    #[arg(long)]
    pub structure: bool,
    /// `human` table (default) or `json`.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// The input's format: `auto` (default) recognises HTML by its content.
    #[arg(long = "input", value_name = "FORMAT", value_enum, default_value_t = InputArg::Auto)]
    pub input_format: InputArg,
}

pub fn run(args: StatsArgs) -> u8 {
    let source = match read_source(args.input.as_deref(), redac::reading::DEFAULT_MAX_BYTES) {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    let stats = match stats::measure(
        &source,
        args.keyphrase.as_deref(),
        args.input_format.format(),
    ) {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    match args.format {
        Format::Json if args.structure => print!("{}", export::json::to_string(&stats.structure)),
        Format::Human if args.structure => print!("{}", export::table::structure(&stats.structure)),
        Format::Json => print!("{}", export::json::to_string(&stats)),
        Format::Human => print!("{}", export::table::render(&stats.facts(), &stats.density)),
        Format::Github | Format::Sarif | Format::Gitlab | Format::Junit => {
            return fail("stats prints `human` or `json`")
        }
    }
    EXIT_OK
}
