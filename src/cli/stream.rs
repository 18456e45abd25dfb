//! `--jsonl` of `rewrite`, `stats` and `check`: the stream library on stdin and stdout.

use super::{fail, EXIT_ERROR, EXIT_OK};
use redac::stream::{self, Options, Task};
use std::io;

/// What `--jsonl` says in `--help`, the same for the three commands.
pub const HELP: &str = "Stream mode: read JSON Lines on standard input and write one JSON object per line on standard output, in input order (for Spark's RDD.pipe, Hadoop Streaming, GNU parallel --pipe). Input fields: id (any JSON, echoed), text | html | markdown (the source), with (related sources: strings, or objects with text/html/markdown and name), name, and optional min_words, keyphrase, lang. Output fields: id, line, status (ok, brief_not_met, error), markdown and front_matter (rewrite), report, error. A bad line is an error record naming its line; the stream goes on. Exit 0 once every line is answered, whatever the records' statuses.";

/// Run a stream over stdin and stdout; the exit status says whether the stream itself went
/// through (the records' statuses are in the records).
pub fn run(task: Task, jobs: Option<u16>, max_bytes: usize, quiet: bool) -> u8 {
    let jobs = jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        usize::from,
    );
    let options = Options {
        task,
        jobs,
        window: stream::DEFAULT_WINDOW,
        max_bytes,
    };
    let mut out = io::stdout().lock();
    match stream::run(io::stdin(), &mut out, &options) {
        Ok(summary) => {
            if !quiet {
                eprintln!(
                    "redac: {} records: {} ok, {} short of the brief, {} errors",
                    summary.lines, summary.ok, summary.brief_not_met, summary.errors
                );
            }
            if summary.read_whole {
                EXIT_OK
            } else {
                fail("standard input could not be read to its end")
            }
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => EXIT_ERROR,
        Err(e) => fail(format!("standard output: {e}")),
    }
}
