//! Batch: rewrite a whole folder of wire copy, in parallel, resumably, losing nothing.
//!
//! `redac rewrite IN_DIR -o OUT_DIR` is [`Batch::plan`] then [`Batch::run`]:
//! - [`select`] says which files are articles (`*.txt`, `*.md`, or `--glob`);
//! - [`layout`] maps `IN/a/b.txt` to `OUT/a/b.md` and refuses layouts where an output could
//!   replace an input or be read back as one;
//! - [`walk`] streams the tree to the workers, so memory does not grow with the file count;
//! - [`job`] rewrites one input and writes its article atomically (a run killed at any moment
//!   leaves whole articles or none), skipping articles already written unless `--force`; the
//!   run syncs its output file system once at the end rather than each article;
//! - [`slugs`] gives an article whose slug an earlier input has a suffix, once all are written;
//! - [`report`] writes one JSON line per input, [`summary`] counts.
//!
//! Each article is independent, so the batch is a rayon `par_bridge` over the walk: workers
//! pull the next input as they finish, whatever its size. Their outcomes (a few hundred bytes
//! each, never the article) are kept until the end, sorted into the walk's order, so that slugs
//! and the report come out the same whatever `-j`.

pub mod job;
pub mod layout;
pub mod report;
pub mod select;
pub mod slugs;
pub mod summary;
pub mod walk;

pub use job::{Existing, Naming, Outcome, Status};
pub use summary::{Summary, Verdict};

use crate::pipeline::Settings;
use job::Job;
use layout::Layout;
use rayon::iter::{ParallelBridge, ParallelIterator};
use report::JsonLines;
use select::Selection;
use std::path::{Path, PathBuf};
use std::time::Instant;
use thiserror::Error;
use walk::Walk;

/// Why a batch cannot start (or its report cannot be finished). Per-file problems are not
/// errors: they are [`Outcome`]s, and the batch goes on.
#[derive(Debug, Error)]
pub enum BatchError {
    #[error("{0}: the output folder is the input folder; outputs would replace and mix with the inputs (give another -o)")]
    SameFolder(PathBuf),
    #[error("{output}: the output folder is inside the input folder and {selection} would read the articles back as inputs (give -o outside, or a --glob that excludes .md)")]
    OutputReadBack { output: PathBuf, selection: String },
    #[error("{0}: outputs would be written over the input folder (give -o elsewhere)")]
    OutputOverInput(PathBuf),
    #[error("{0}: not a folder; to rewrite a folder, -o names the output folder")]
    OutputNotAFolder(PathBuf),
    #[error("no input matches {selection} in {input}")]
    NoInput { input: PathBuf, selection: String },
    #[error("{0}: the report would be written into the input folder (write it elsewhere)")]
    ReportIsInput(PathBuf),
    #[error("invalid --glob pattern: {0}")]
    Pattern(String),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot start the worker threads: {0}")]
    Threads(String),
}

impl BatchError {
    pub fn io(path: &Path, source: std::io::Error) -> BatchError {
        BatchError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// What the command line asks of a batch.
#[derive(Debug, Clone)]
pub struct Options {
    pub input: PathBuf,
    pub output: PathBuf,
    /// `--glob` patterns; empty for the defaults of [`select::DEFAULT_PATTERNS`].
    pub patterns: Vec<String>,
    pub existing: Existing,
    /// Worker threads; `None` for one per core.
    pub jobs: Option<usize>,
    /// Where to write the JSON Lines report, if anywhere; `-` for standard output.
    pub report: Option<PathBuf>,
    pub settings: Settings,
    pub naming: Naming,
}

/// A batch checked and ready to run.
pub struct Batch {
    options: Options,
    selection: Selection,
    layout: Layout,
}

impl Batch {
    /// Check the folders, the patterns and the report path before anything is written.
    pub fn plan(options: Options) -> Result<Batch, BatchError> {
        let selection = Selection::new(&options.patterns)?;
        let layout = Layout::new(&options.input, &options.output, &selection)?;
        std::fs::read_dir(layout.input_root()).map_err(|e| BatchError::io(&options.input, e))?;
        if let Some(report) = options.report.as_deref().filter(|r| !report::is_stdout(r)) {
            refuse_report_as_input(report, &layout)?;
        }
        if Walk::new(&layout, &selection).next().is_none() {
            let selection = selection.describe();
            return Err(BatchError::NoInput {
                input: options.input,
                selection,
            });
        }
        Ok(Batch {
            options,
            selection,
            layout,
        })
    }

    /// How many inputs the run will see (a walk that reads only folder listings, for a
    /// progress bar's total).
    pub fn count(&self) -> usize {
        Walk::new(&self.layout, &self.selection).count()
    }

    /// Rewrite every input, calling `observe` with each outcome as it comes (from worker
    /// threads, in completion order), then settle the slugs and write the report in the walk's
    /// order.
    pub fn run(&self, observe: &(dyn Fn(&Outcome) + Sync)) -> Result<Summary, BatchError> {
        let started = Instant::now();
        let output = self.layout.output_folder();
        std::fs::create_dir_all(output).map_err(|e| BatchError::io(output, e))?;
        let report = match &self.options.report {
            Some(path) => Some(JsonLines::create(path).map_err(|e| BatchError::io(path, e))?),
            None => None,
        };
        let job = Job {
            layout: &self.layout,
            settings: &self.options.settings,
            existing: self.options.existing,
            naming: self.options.naming,
        };
        let walk = Walk::new(&self.layout, &self.selection);
        let mut outcomes: Vec<Outcome> = self.pool()?.install(|| {
            walk.par_bridge()
                .map(|found| {
                    let outcome = job.run(found);
                    observe(&outcome);
                    outcome
                })
                .collect()
        });
        outcomes.sort_by(|a, b| a.input.cmp(&b.input));
        slugs::settle(&mut outcomes, self.options.naming);
        // The articles were written without a sync each (see `crate::writing`): one sync of
        // their file system makes the whole batch durable before it is reported done.
        crate::writing::sync_file_system(output).map_err(|e| BatchError::io(output, e))?;
        let mut summary = Summary::default();
        for outcome in &outcomes {
            summary.add(outcome);
            if let Some(report) = &report {
                report.write(outcome);
            }
        }
        if let (Some(report), Some(path)) = (report, &self.options.report) {
            report.finish().map_err(|e| BatchError::io(path, e))?;
        }
        summary.elapsed = started.elapsed();
        Ok(summary)
    }

    fn pool(&self) -> Result<rayon::ThreadPool, BatchError> {
        rayon::ThreadPoolBuilder::new()
            .num_threads(self.options.jobs.unwrap_or(0))
            .build()
            .map_err(|e| BatchError::Threads(e.to_string()))
    }
}

/// The report may not land in the input folder, over an input or beside them, except inside
/// an output folder there that the walk never enters.
fn refuse_report_as_input(report: &Path, layout: &Layout) -> Result<(), BatchError> {
    let Ok(resolved) = crate::outputs::resolve(report) else {
        return Ok(());
    };
    let in_output = crate::outputs::resolve(layout.output_folder())
        .is_ok_and(|output| resolved.starts_with(output));
    if resolved.starts_with(layout.input_root()) && !in_output {
        return Err(BatchError::ReportIsInput(report.to_path_buf()));
    }
    Ok(())
}
