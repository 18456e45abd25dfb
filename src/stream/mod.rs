//! Stream: JSON Lines in, one JSON object per line out, in input order (`--jsonl`).
//!
//! Distributed engines (Spark's `RDD.pipe`, Hadoop Streaming, GNU parallel `--pipe`) drive a
//! command by piping records through it; this is the mode made for them. Every input line gives
//! exactly one output line, in the same order, so the engine can zip them back: a bad line
//! (malformed JSON, not UTF-8, over `--max-bytes`, not French…) is an output record with status
//! `error`, never a crash and never a lost line.
//!
//! Memory stays bounded whatever the stream's length: a reader thread hands lines over a
//! channel of `window` places; the main thread takes what is waiting (at most `window` lines),
//! rewrites them in parallel, and writes their results in order, each a complete line in one
//! write, before taking more. At most about two windows of records are held at any time.

pub mod lines;
pub mod record;
pub mod work;

pub use record::Status;
pub use work::Task;

use lines::{Content, Line, Lines};
use rayon::prelude::*;
use std::io::{self, BufReader, Read, Write};
use std::sync::mpsc::{self, Receiver};

/// Records taken at a time by default: enough to keep every core busy between writes, few
/// enough that a window of large articles stays small in memory.
pub const DEFAULT_WINDOW: usize = 256;

/// How a stream is run.
#[derive(Debug, Clone)]
pub struct Options {
    pub task: Task,
    /// Records worked on at once (`-j`).
    pub jobs: usize,
    /// Records read ahead at most (and taken at a time).
    pub window: usize,
    /// The longest line kept, in bytes; a longer one is an error record.
    pub max_bytes: usize,
}

/// What a stream did: lines in (= lines out), and how they came out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub lines: u64,
    pub ok: u64,
    pub brief_not_met: u64,
    pub errors: u64,
    /// Whether the input could be read to its end.
    pub read_whole: bool,
}

impl Summary {
    fn count(&mut self, status: Status) {
        self.lines += 1;
        match status {
            Status::Ok => self.ok += 1,
            Status::BriefNotMet => self.brief_not_met += 1,
            Status::Error => self.errors += 1,
        }
    }
}

/// Run the records of `input` through `options.task`, writing one line per record to `out`.
/// Errors are those of writing `out`; records that fail are output records.
pub fn run<R, W>(input: R, out: &mut W, options: &Options) -> io::Result<Summary>
where
    R: Read + Send + 'static,
    W: Write,
{
    crate::patterns::many_texts_ahead();
    let window = options.window.max(1);
    let (sender, receiver) = mpsc::sync_channel::<Line>(window);
    let limit = options.max_bytes;
    // Not a scoped thread: when `out` fails (a closed pipe), `run` returns at once instead of
    // waiting for a reader that may be blocked on an input that never ends.
    std::thread::spawn(move || {
        for line in Lines::new(BufReader::with_capacity(1 << 16, input), limit) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.max(1))
        .build()
        .map_err(io::Error::other)?;
    let mut summary = Summary {
        read_whole: true,
        ..Summary::default()
    };
    while let Some(batch) = next_batch(&receiver, window) {
        summary.read_whole &= !batch
            .iter()
            .any(|l| matches!(l.content, Content::Unreadable(_)));
        let lines: Vec<work::Done> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|l| options.task.line(l))
                .collect()
        });
        for (status, line) in lines {
            // One write of one whole line: a reader killed or cut off mid-stream sees only
            // whole records.
            out.write_all(line.as_bytes())?;
            summary.count(status);
        }
        out.flush()?;
    }
    Ok(summary)
}

/// The lines waiting, at least one (waiting for it), at most `window`; `None` at the end.
fn next_batch(receiver: &Receiver<Line>, window: usize) -> Option<Vec<Line>> {
    let first = receiver.recv().ok()?;
    let mut batch = vec![first];
    while batch.len() < window {
        match receiver.try_recv() {
            Ok(line) => batch.push(line),
            Err(_) => break,
        }
    }
    Some(batch)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::Arc;

    /// A stream of `total` lines handed out one per `read`, counting how many it gave.
    struct Counted {
        total: u64,
        given: Arc<AtomicU64>,
    }

    impl Read for Counted {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.given.load(Ordering::SeqCst);
            if n == self.total {
                return Ok(0);
            }
            let line = format!("{{\"id\":{n}}}\n");
            buf[..line.len()].copy_from_slice(line.as_bytes());
            self.given.fetch_add(1, Ordering::SeqCst);
            Ok(line.len())
        }
    }

    /// An output that records, at each line written, how far ahead the input was read.
    struct Watching {
        given: Arc<AtomicU64>,
        written: u64,
        most_ahead: u64,
        bytes: Vec<u8>,
    }

    impl Write for Watching {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.written += 1;
            let ahead = self.given.load(Ordering::SeqCst) - self.written;
            self.most_ahead = self.most_ahead.max(ahead);
            self.bytes.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn options(jobs: usize, window: usize) -> Options {
        Options {
            task: Task::Stats { input: None },
            jobs,
            window,
            max_bytes: 1000,
        }
    }

    fn run_counted(total: u64, jobs: usize, window: usize) -> (Summary, Watching) {
        let given = Arc::new(AtomicU64::new(0));
        let input = Counted {
            total,
            given: given.clone(),
        };
        let mut out = Watching {
            given,
            written: 0,
            most_ahead: 0,
            bytes: Vec::new(),
        };
        let summary = run(input, &mut out, &options(jobs, window)).unwrap();
        (summary, out)
    }

    #[test]
    fn the_reader_never_runs_more_than_two_windows_ahead() {
        let window = 4;
        let (summary, out) = run_counted(2_000, 2, window);
        assert_eq!(summary.lines, 2_000);
        // The channel's window, the batch at work, the line waiting to be sent, the line in
        // the read buffer.
        assert!(
            out.most_ahead <= 2 * window as u64 + 2,
            "read {} lines ahead of the output",
            out.most_ahead
        );
    }

    #[test]
    fn every_line_answered_in_order_whatever_the_jobs() {
        let (_, one) = run_counted(300, 1, 7);
        let (_, four) = run_counted(300, 4, 7);
        assert_eq!(one.bytes, four.bytes);
        let text = String::from_utf8(one.bytes).unwrap();
        for (n, line) in text.lines().enumerate() {
            assert!(
                line.starts_with(&format!("{{\"id\":{n},\"line\":{},", n + 1)),
                "{line}"
            );
        }
        assert_eq!(text.lines().count(), 300);
    }
}
