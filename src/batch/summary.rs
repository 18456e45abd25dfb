//! Summary: the counts of a batch, and the lines that tell them at the end of a run.
//!
//! Counts, and a line per slug collision (rare: one per article that shares another's slug):
//! no other per-file data, so a summary stays small after ten million files.

use super::job::{Outcome, Status};
use std::collections::BTreeMap;
use std::time::Duration;

/// What a batch did, in numbers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub inputs: usize,
    pub written: usize,
    pub brief_met: usize,
    pub brief_not_met: usize,
    /// Articles written that `check` will fail on a rule besides the brief's length.
    pub failing_check: usize,
    pub up_to_date: usize,
    pub kept: usize,
    pub not_followed: usize,
    pub failed: usize,
    /// Failures by kind ("empty", "not French"…), for the closing line.
    pub failures: BTreeMap<&'static str, usize>,
    /// Body words of the articles written.
    pub words: usize,
    /// Bytes of the inputs rewritten.
    pub bytes: u64,
    /// One line per article whose slug an earlier input had (see [`super::slugs`]).
    pub collisions: Vec<String>,
    pub elapsed: Duration,
}

/// The batch's verdict, which the command line turns into its exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Every article written meets its brief, and nothing failed.
    AllMet,
    /// Some articles were written short of their brief, or failing `check`; nothing failed.
    SomeShort,
    /// Some inputs failed.
    SomeFailed,
}

impl Summary {
    pub fn add(&mut self, outcome: &Outcome) {
        self.inputs += 1;
        self.bytes += outcome.bytes;
        match outcome.status {
            Status::Written => self.written += 1,
            Status::UpToDate => self.up_to_date += 1,
            Status::Kept => self.kept += 1,
            Status::NotFollowed => self.not_followed += 1,
            Status::Failed => self.failed += 1,
        }
        if let Some(facts) = &outcome.facts {
            self.words += facts.words;
            match facts.brief_met {
                true => self.brief_met += 1,
                false => self.brief_not_met += 1,
            }
            if !facts.check_errors.is_empty() {
                self.failing_check += 1;
            }
        }
        if let Some(failure) = &outcome.failure {
            *self.failures.entry(failure.kind).or_default() += 1;
        }
        if let (Some(c), Some(facts)) = (&outcome.collision, &outcome.facts) {
            self.collisions.push(format!(
                "{}: slug \"{}\" already taken by {}; written as \"{}\"",
                outcome.input.display(),
                c.wanted,
                c.taken_by.display(),
                facts.slug
            ));
        }
    }

    /// Both summaries added up (the time is the longer one: workers run side by side).
    pub fn merge(mut self, other: Summary) -> Summary {
        self.inputs += other.inputs;
        self.written += other.written;
        self.brief_met += other.brief_met;
        self.brief_not_met += other.brief_not_met;
        self.failing_check += other.failing_check;
        self.up_to_date += other.up_to_date;
        self.kept += other.kept;
        self.not_followed += other.not_followed;
        self.failed += other.failed;
        for (kind, count) in other.failures {
            *self.failures.entry(kind).or_default() += count;
        }
        self.words += other.words;
        self.bytes += other.bytes;
        self.collisions.extend(other.collisions);
        self.elapsed = self.elapsed.max(other.elapsed);
        self
    }

    pub fn verdict(&self) -> Verdict {
        if self.failed > 0 {
            Verdict::SomeFailed
        } else if self.brief_not_met + self.failing_check > 0 {
            Verdict::SomeShort
        } else {
            Verdict::AllMet
        }
    }

    /// The closing lines for a person: what was written, skipped and failed, and how fast.
    pub fn lines(&self) -> Vec<String> {
        let mut out = self.collisions.clone();
        let failing_check = match self.failing_check {
            0 => String::new(),
            n => format!("; {n} failing `check` besides their length"),
        };
        out.push(format!(
            "{} file(s): {} written ({} brief met, {} brief not met{failing_check}), {} failed",
            self.inputs, self.written, self.brief_met, self.brief_not_met, self.failed
        ));
        if !self.failures.is_empty() {
            let kinds: Vec<String> = self
                .failures
                .iter()
                .map(|(kind, n)| format!("{n} {kind}"))
                .collect();
            out.push(format!("failed: {}", kinds.join(", ")));
        }
        if self.up_to_date + self.kept + self.not_followed > 0 {
            out.push(format!(
                "skipped: {} up to date, {} kept (older than their input; --force rewrites them), {} link(s) not followed",
                self.up_to_date, self.kept, self.not_followed
            ));
        }
        let seconds = self.elapsed.as_secs_f64();
        let rate = if seconds > 0.0 {
            self.written as f64 / seconds
        } else {
            0.0
        };
        out.push(format!(
            "{} words in {seconds:.2} s ({rate:.0} articles/s)",
            self.words
        ));
        out
    }
}
