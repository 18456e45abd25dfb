//! `redac stats`: the analysis of an article, without rewriting it.

use super::{fail, rewrite::read_source, Format, InputArg, EXIT_OK};
use clap::Args;
use redac::export;
use redac::stats;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    after_help = "EXAMPLES:\n  redac stats depeche.txt\n  redac stats page.txt --structure      # why each line was kept or dropped\n  cat depeche.txt | redac stats --format json | jq .density.keyphrase\n  redac stats --jsonl < depeches.jsonl | jq .report.words"
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
    #[arg(long, long_help = super::stream::HELP, conflicts_with_all = ["input", "structure"])]
    /// Stream mode: JSON Lines in on stdin, one JSON object per line out (see --help).
    pub jsonl: bool,
    /// With --jsonl: the number of records measured at once (default: one per core).
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// With --jsonl: lines longer than this many bytes are error records.
    #[arg(long, value_name = "BYTES", default_value_t = redac::reading::DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
    /// With --jsonl: print nothing on stderr but errors.
    #[arg(short, long)]
    pub quiet: bool,
}

pub fn run(args: StatsArgs) -> u8 {
    if args.jsonl {
        let task = redac::stream::Task::Stats {
            input: args.input_format.format(),
        };
        return super::stream::run(task, args.jobs, args.max_bytes, args.quiet);
    }
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
