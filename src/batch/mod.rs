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
//! - [`order`] gives the rewritten articles back in the walk's order, and [`slugs`] gives one
//!   whose slug an earlier input has a suffix before it is written;
//! - [`report`] writes one JSON line per input, [`summary`] counts.
//!
//! Each article is rewritten independently: every worker of the pool takes the next input of
//! the walk as it finishes, whatever its size. Only the slugs bind them (the first in the walk
//! keeps one), so a rewritten article waits, if need be, for those before it to be handed in
//! ([`order`]), and is then written once, under its settled slug. Outcomes (a few hundred bytes
//! each, never the article) are kept until the end, in the walk's order, so that slugs and the
//! report come out the same whatever `-j`.

pub mod job;
pub mod layout;
pub mod order;
pub mod report;
pub mod select;
pub mod slugs;
pub mod summary;
pub mod walk;

pub use job::{Existing, Naming, Outcome, Status};
pub use summary::{Summary, Verdict};

use crate::pipeline::Settings;
use job::{Job, Prepared};
use layout::Layout;
use order::Reorder;
use report::JsonLines;
use select::Selection;
use slugs::Slugs;
use std::iter::Enumerate;
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
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
    /// `--glob` patterns; empty for the defaults of [`select::EXTENSIONS`].
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
    /// threads, in the walk's order but for articles written at the same time), then write
    /// the report in the walk's order.
    pub fn run(&self, observe: &(dyn Fn(&Outcome) + Sync)) -> Result<Summary, BatchError> {
        let started = Instant::now();
        crate::patterns::many_texts_ahead();
        let output = self.layout.output_folder();
        std::fs::create_dir_all(output).map_err(|e| BatchError::io(output, e))?;
        let report = match &self.options.report {
            Some(path) => Some(JsonLines::create(path).map_err(|e| BatchError::io(path, e))?),
            None => None,
        };
        let workers = Workers {
            job: Job {
                layout: &self.layout,
                settings: &self.options.settings,
                existing: self.options.existing,
                naming: self.options.naming,
            },
            inputs: Mutex::new(Walk::new(&self.layout, &self.selection).enumerate()),
            settling: Mutex::new(Settling::default()),
            room: Condvar::new(),
            outcomes: Mutex::new(Vec::new()),
            observe,
        };
        self.pool()?.broadcast(|_| workers.work());
        let mut outcomes = workers
            .outcomes
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner);
        outcomes.sort_unstable_by_key(|(index, _)| *index);
        // The articles were written without a sync each (see `crate::writing`): one sync of
        // their file system makes the whole batch durable before it is reported done.
        crate::writing::sync_file_system(output).map_err(|e| BatchError::io(output, e))?;
        let mut summary = Summary::default();
        for (_, outcome) in &outcomes {
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

/// Bytes of rewritten articles the workers may hold while they wait for an earlier one (a
/// huge or slow input) before they stop taking new inputs: a few thousand articles.
const HELD_BYTES: usize = 32 << 20;

/// What the pool's workers share.
struct Workers<'a> {
    job: Job<'a>,
    /// The walk, each input numbered with its place in it.
    inputs: Mutex<Enumerate<Walk<'a>>>,
    settling: Mutex<Settling>,
    /// Signalled when held articles are written, for workers waiting to take an input.
    room: Condvar,
    /// Each outcome with its place in the walk.
    outcomes: Mutex<Vec<(usize, Outcome)>>,
    observe: &'a (dyn Fn(&Outcome) + Sync),
}

/// The articles waiting for their turn, and the slugs of those before them.
#[derive(Default)]
struct Settling {
    reorder: Reorder<Prepared>,
    slugs: Slugs,
}

impl Workers<'_> {
    /// One worker: take the next input, rewrite it, hand it in, and write the articles whose
    /// turn has come, until the walk is done.
    fn work(&self) {
        while let Some((index, found)) = self.next_input() {
            let prepared = self.job.prepare(found);
            let bytes = prepared.bytes();
            let ready = {
                let mut settling = lock(&self.settling);
                let mut ready = settling.reorder.hand_in(index, prepared, bytes);
                for (_, prepared) in &mut ready {
                    settling.slugs.settle(prepared, self.job.naming);
                }
                ready
            };
            if ready.len() > 1 {
                self.room.notify_all();
            }
            for (index, prepared) in ready {
                let outcome = self.job.finish(prepared);
                (self.observe)(&outcome);
                lock(&self.outcomes).push((index, outcome));
            }
        }
    }

    /// The next input of the walk, once the articles held are under [`HELD_BYTES`]. Waiting
    /// cannot last: articles are held only behind an earlier one that a worker is rewriting.
    fn next_input(&self) -> Option<(usize, walk::Found)> {
        let mut settling = lock(&self.settling);
        while settling.reorder.held_bytes() > HELD_BYTES {
            settling = self
                .room
                .wait(settling)
                .unwrap_or_else(PoisonError::into_inner);
        }
        drop(settling);
        lock(&self.inputs).next()
    }
}

/// A lock, whatever a panicking holder left: every value behind these locks stays whole.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
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
