//! Lines: standard input cut into numbered lines, never holding more than the limit of any.
//!
//! A stream may carry a line of gigabytes (a broken producer, a file with no newline). Reading
//! it whole to find out would defeat the memory bound, so a line is kept only while it fits
//! under the limit; past it the rest is counted and skipped, and the line becomes a
//! [`Content::TooLong`] record.

use std::io::{BufRead, ErrorKind};

/// One line of the stream, numbered from 1.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub number: u64,
    pub content: Content,
}

/// What a line holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    /// The line's bytes, without its `\n` (nor a `\r` before it).
    Bytes(Vec<u8>),
    /// A line over the limit: its length, and nothing of it kept.
    TooLong { bytes: u64 },
    /// The stream could not be read further; this is its last line.
    Unreadable(String),
}

/// Numbered lines of a reader, each at most `limit` bytes kept.
pub struct Lines<R> {
    reader: R,
    limit: usize,
    number: u64,
    done: bool,
}

impl<R: BufRead> Lines<R> {
    pub fn new(reader: R, limit: usize) -> Self {
        Lines {
            reader,
            limit,
            number: 0,
            done: false,
        }
    }

    /// Read up to the next `\n` or the end of the stream, keeping what fits in the limit.
    fn read_line(&mut self) -> Option<Content> {
        let mut kept = Vec::new();
        let mut length: u64 = 0;
        let mut started = false;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.done = true;
                    return Some(Content::Unreadable(e.to_string()));
                }
            };
            if available.is_empty() {
                self.done = true;
                return started.then(|| finish(kept, length, self.limit));
            }
            started = true;
            let newline = available.iter().position(|&b| b == b'\n');
            let piece = &available[..newline.unwrap_or(available.len())];
            length += piece.len() as u64;
            if length <= self.limit as u64 {
                kept.extend_from_slice(piece);
            } else {
                kept = Vec::new();
            }
            let used = newline.map_or(available.len(), |at| at + 1);
            self.reader.consume(used);
            if newline.is_some() {
                return Some(finish(kept, length, self.limit));
            }
        }
    }
}

/// The content of a line read whole: its bytes without a final `\r`, or too long.
fn finish(mut kept: Vec<u8>, length: u64, limit: usize) -> Content {
    if length > limit as u64 {
        return Content::TooLong { bytes: length };
    }
    if kept.last() == Some(&b'\r') {
        kept.pop();
    }
    Content::Bytes(kept)
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if self.done {
            return None;
        }
        let content = self.read_line()?;
        self.number += 1;
        Some(Line {
            number: self.number,
            content,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], limit: usize) -> Vec<Content> {
        Lines::new(input, limit).map(|l| l.content).collect()
    }

    fn bytes(s: &str) -> Content {
        Content::Bytes(s.as_bytes().to_vec())
    }

    #[test]
    fn a_final_newline_ends_the_last_line_and_adds_none() {
        assert_eq!(lines(b"a\nb\n", 10), vec![bytes("a"), bytes("b")]);
        assert_eq!(lines(b"a\nb", 10), vec![bytes("a"), bytes("b")]);
        assert_eq!(lines(b"", 10), vec![]);
    }

    #[test]
    fn empty_lines_are_lines_and_crlf_is_one_end() {
        assert_eq!(
            lines(b"\n\r\nx\r\n", 10),
            vec![bytes(""), bytes(""), bytes("x")]
        );
    }

    #[test]
    fn a_line_over_the_limit_is_measured_not_kept() {
        let input = b"abc\nabcdefgh\nab\n";
        assert_eq!(
            lines(input, 4),
            vec![bytes("abc"), Content::TooLong { bytes: 8 }, bytes("ab")]
        );
    }

    #[test]
    fn a_long_line_read_in_small_pieces_keeps_the_count() {
        let input: Vec<u8> = [vec![b'x'; 100], b"\nok\n".to_vec()].concat();
        let reader = std::io::BufReader::with_capacity(7, &input[..]);
        let got: Vec<Line> = Lines::new(reader, 50).collect();
        assert_eq!(got[0].content, Content::TooLong { bytes: 100 });
        assert_eq!(
            got[1],
            Line {
                number: 2,
                content: bytes("ok")
            }
        );
    }
}
