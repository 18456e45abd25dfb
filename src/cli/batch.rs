//! `redac rewrite IN_DIR -o OUT_DIR`: flags in, [`redac::batch`], progress and summary out.
//!
//! On a terminal, stderr shows a progress bar (files done/total, rate, ETA) with problems
//! printed above it; anywhere else (a pipe, a log file, CI) it gets one plain line per problem
//! and no escape code at all.

use super::rewrite::RewriteArgs;
use super::{EXIT_ERROR, EXIT_OK, EXIT_SHORT};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use redac::batch::{Batch, Existing, Options, Outcome, Verdict};
use std::io::IsTerminal;
use std::path::Path;

/// Rewrite every article of `folder` into the `-o` folder; returns the exit status.
pub fn rewrite_folder(args: &RewriteArgs, folder: &Path) -> Result<u8, String> {
    let Some(output) = &args.output else {
        return Err(format!(
            "{}: is a directory; to rewrite a folder, give -o OUTDIR",
            folder.display()
        ));
    };
    if !args.with.is_empty() {
        return Err("--with adds sources to one article; it does not apply to a folder".into());
    }
    let options = Options {
        input: folder.to_path_buf(),
        output: output.clone(),
        patterns: args.glob.clone(),
        existing: existing(args),
        jobs: args.jobs.map(usize::from),
        report: args.report.clone(),
        settings: args.settings()?,
        naming: args.naming(),
    };
    let batch = Batch::plan(options).map_err(|e| e.to_string())?;
    let progress = Progress::new(&batch, args.quiet);
    let summary = batch
        .run(&|outcome| progress.record(outcome))
        .map_err(|e| e.to_string())?;
    progress.finish();
    if !args.quiet {
        for line in summary.lines() {
            super::say(&line);
        }
    }
    Ok(match summary.verdict() {
        Verdict::AllMet => EXIT_OK,
        Verdict::SomeShort => EXIT_SHORT,
        Verdict::SomeFailed => EXIT_ERROR,
    })
}

fn existing(args: &RewriteArgs) -> Existing {
    match (args.force, args.no_resume) {
        (true, _) => Existing::Overwrite,
        (false, true) => Existing::Refuse,
        (false, false) => Existing::Resume,
    }
}

/// What the person running the batch sees while it runs.
struct Progress {
    /// `None` when stderr is not a terminal or `--quiet` is given.
    bar: Option<ProgressBar>,
}

impl Progress {
    fn new(batch: &Batch, quiet: bool) -> Progress {
        if quiet || !std::io::stderr().is_terminal() {
            return Progress { bar: None };
        }
        let style = ProgressStyle::with_template("{bar:40} {pos}/{len} files  {rate}  ETA {eta}")
            .expect("the template is valid")
            .with_key(
                "rate",
                |state: &ProgressState, out: &mut dyn std::fmt::Write| {
                    let _ = write!(out, "{:.0} files/s", state.per_sec());
                },
            );
        let bar =
            ProgressBar::with_draw_target(Some(batch.count() as u64), ProgressDrawTarget::stderr())
                .with_style(style);
        Progress { bar: Some(bar) }
    }

    /// Count one input, and print its problem, if any, above the bar or as a plain line.
    fn record(&self, outcome: &Outcome) {
        let problem = outcome
            .problem()
            .map(|p| format!("redac: {}", redac::safe_text::for_terminal(&p)));
        match (&self.bar, problem) {
            (Some(bar), Some(line)) => bar.println(line),
            (None, Some(line)) => eprintln!("{line}"),
            _ => {}
        }
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
