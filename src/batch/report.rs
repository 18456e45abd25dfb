//! Report: one JSON object per input, one per line (`--report FILE.jsonl`), the format a
//! downstream job or a spreadsheet reads.
//!
//! Every line has the same keys, `null` where a value does not apply:
//! `{"path", "output", "status", "words", "brief_met", "check_errors", "keyphrase", "density",
//! "slug", "date", "date_source", "slug_wanted", "slug_taken_by", "error"}`. `check_errors`
//! lists the rules besides `min-words` that `check` will fail the article on (`[]` when
//! none). `status` is one of `written`,
//! `up-to-date`, `kept`, `not-followed`, `failed`; `slug_wanted` and `slug_taken_by` say which
//! slug an article could not have, and which earlier input has it. Lines are in the walk's order
//! (sorted paths), whatever `-j`.
//!
//! The file is written like an article: to a temporary file beside it, renamed into place when
//! the batch ends, so a reader never sees a report cut in the middle of a line. `-` writes the
//! lines to standard output.

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
    pub check_errors: Option<&'a [&'static str]>,
    pub keyphrase: Option<&'a str>,
    pub density: Option<f64>,
    pub slug: Option<&'a str>,
    pub date: Option<&'a str>,
    pub date_source: Option<crate::dates::DateSource>,
    pub slug_wanted: Option<&'a str>,
    pub slug_taken_by: Option<String>,
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
            check_errors: facts.map(|f| f.check_errors.as_slice()),
            keyphrase: facts.map(|f| f.keyphrase.as_str()),
            density: facts.map(|f| f.density),
            slug: facts.map(|f| f.slug.as_str()),
            date: facts.map(|f| f.date.as_str()),
            date_source: facts.map(|f| f.date_source),
            slug_wanted: outcome.collision.as_ref().map(|c| c.wanted.as_str()),
            slug_taken_by: outcome
                .collision
                .as_ref()
                .map(|c| c.taken_by.display().to_string()),
            error: outcome.failure.as_ref().map(|f| f.message.as_str()),
        }
    }
}

/// `--report -`: the report goes to standard output.
pub fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Where the lines go: a temporary file renamed at the end, or standard output.
enum Sink {
    File(NamedTempFile),
    Stdout(std::io::Stdout),
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::File(f) => f.write(buf),
            Sink::Stdout(s) => s.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::File(f) => f.flush(),
            Sink::Stdout(s) => s.flush(),
        }
    }
}

/// The report being written. The first write error is kept and returned by
/// [`JsonLines::finish`]: a full disk fails the report, not the articles.
pub struct JsonLines {
    path: PathBuf,
    state: Mutex<(BufWriter<Sink>, Option<std::io::Error>)>,
}

impl JsonLines {
    pub fn create(path: &Path) -> std::io::Result<JsonLines> {
        let sink = match is_stdout(path) {
            true => Sink::Stdout(std::io::stdout()),
            false => Sink::File(crate::writing::temporary_for(path)?),
        };
        Ok(JsonLines {
            path: path.to_path_buf(),
            state: Mutex::new((BufWriter::new(sink), None)),
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
        match writer.into_inner().map_err(|e| e.into_error())? {
            Sink::File(file) => file.persist(&self.path).map(|_| ()).map_err(|e| e.error),
            Sink::Stdout(mut stdout) => stdout.flush(),
        }
    }
}
