//! Report: one JSON object per input, one per line (`--report FILE.jsonl`), the format a
//! downstream job or a spreadsheet reads.
//!
//! Every line has the same keys, `null` where a value does not apply:
//! `{"path", "output", "status", "words", "brief_met", "keyphrase", "density", "error"}`.
//! `status` is one of `written`, `up-to-date`, `kept`, `not-followed`, `failed`. Lines are in
//! completion order, which a parallel run does not fix; sort by `path` when order matters.
//!
//! The file is written like an article: to a temporary file beside it, renamed into place when
//! the batch ends, so a reader never sees a report cut in the middle of a line.

use super::job::{Outcome, Status};
use serde::Serialize;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tempfile::NamedTempFile;

/// One line of the report.
#[derive(Debug, Serialize)]
pub struct Record<'a> {
    pub path: String,
    pub output: String,
    pub status: Status,
    pub words: Option<usize>,
    pub brief_met: Option<bool>,
    pub keyphrase: Option<&'a str>,
    pub density: Option<f64>,
    pub error: Option<&'a str>,
}

impl<'a> From<&'a Outcome> for Record<'a> {
    fn from(outcome: &'a Outcome) -> Record<'a> {
        let facts = outcome.facts.as_ref();
        Record {
            path: outcome.input.display().to_string(),
            output: outcome.output.display().to_string(),
            status: outcome.status,
            words: facts.map(|f| f.words),
            brief_met: facts.map(|f| f.brief_met),
            keyphrase: facts.map(|f| f.keyphrase.as_str()),
            density: facts.map(|f| f.density),
            error: outcome.failure.as_ref().map(|f| f.message.as_str()),
        }
    }
}

/// The report being written, shared by the workers. The first write error is kept and
/// returned by [`JsonLines::finish`]: a full disk fails the report, not the articles.
pub struct JsonLines {
    path: PathBuf,
    state: Mutex<(BufWriter<NamedTempFile>, Option<std::io::Error>)>,
}

impl JsonLines {
    pub fn create(path: &Path) -> std::io::Result<JsonLines> {
        let file = crate::writing::temporary_for(path)?;
        Ok(JsonLines {
            path: path.to_path_buf(),
            state: Mutex::new((BufWriter::new(file), None)),
        })
    }

    pub fn write(&self, outcome: &Outcome) {
        let mut line =
            serde_json::to_vec(&Record::from(outcome)).expect("records always serialise");
        line.push(b'\n');
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if state.1.is_none() {
            if let Err(e) = state.0.write_all(&line) {
                state.1 = Some(e);
            }
        }
    }

    /// Flush and rename the report into place.
    pub fn finish(self) -> std::io::Result<()> {
        let (writer, error) = self
            .state
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(e) = error {
            return Err(e);
        }
        let file = writer.into_inner().map_err(|e| e.into_error())?;
        file.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}
