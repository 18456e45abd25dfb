//! Positions in a draft: 1-based line and column, counted from the top of the file (front
//! matter included), the way editors, `grep -n` and CI annotations count them.

use serde::Serialize;

/// A place in a file. The column counts Unicode scalar values (characters), not bytes, so an
/// accented letter is one column; SARIF output declares that column kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };

    pub fn new(line: usize, column: usize) -> Self {
        Position { line, column }
    }
}

/// Characters counted between checkpoints of a [`LineTable`]: a position costs at most this
/// many bytes of counting, however long its line.
const CHECKPOINT_BYTES: usize = 128;

/// What turns byte offsets of a text into [`Position`]s, kept apart from the text so that a
/// parsed draft can own it: where each line starts, and the character count at a checkpoint
/// every `CHECKPOINT_BYTES`, so that a column is found without counting from the start of
/// its line (counting made a 10 MB one-line draft quadratic).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineTable {
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
    /// (byte offset on a character boundary, characters before it), every CHECKPOINT_BYTES.
    checkpoints: Vec<(usize, usize)>,
}

impl LineTable {
    pub fn new(text: &str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let mut checkpoints = vec![(0, 0)];
        let (mut at, mut chars) = (0, 0);
        while at + CHECKPOINT_BYTES < text.len() {
            let mut next = at + CHECKPOINT_BYTES;
            while !text.is_char_boundary(next) {
                next += 1;
            }
            chars += text[at..next].chars().count();
            at = next;
            checkpoints.push((at, chars));
        }
        LineTable {
            line_starts,
            checkpoints,
        }
    }

    /// Characters of `text` before byte `offset` (a character boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(at, _)| at <= offset) - 1;
        let (at, chars) = self.checkpoints[i];
        #[cfg(test)]
        work::add(offset - at);
        chars + text[at..offset].chars().count()
    }

    /// The position of the character at byte `offset` of `text`, the text this table was
    /// made from (clamped to the text).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self.line_starts[line - 1];
        let column = self.chars_before(text, offset) - self.chars_before(text, line_start) + 1;
        Position { line, column }
    }

    /// Byte offset where 1-based `line` starts (`len`, the text's length, past the last line).
    pub fn line_start(&self, line: usize, len: usize) -> usize {
        self.line_starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(len)
    }
}

/// Turns byte offsets of a text into [`Position`]s.
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    text: &'a str,
    table: LineTable,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        LineIndex {
            text,
            table: LineTable::new(text),
        }
    }

    /// The position of the character at byte `offset` (clamped to the text).
    pub fn position(&self, offset: usize) -> Position {
        self.table.position(self.text, offset)
    }

    /// Byte offset where 1-based `line` starts (the end of the text past the last line).
    pub fn line_start(&self, line: usize) -> usize {
        self.table.line_start(line, self.text.len())
    }

    /// The table, to keep without the text.
    pub fn into_table(self) -> LineTable {
        self.table
    }
}

/// Bytes counted to find columns, for the tests that check the work stays linear.
#[cfg(test)]
pub(crate) mod work {
    use std::cell::Cell;

    thread_local!(static BYTES: Cell<usize> = const { Cell::new(0) });

    pub fn add(bytes: usize) {
        BYTES.with(|b| b.set(b.get() + bytes));
    }

    /// The bytes counted on this thread since the last call.
    pub fn take() -> usize {
        BYTES.with(|b| b.replace(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let index = LineIndex::new("ab\né«x\n\nz");
        assert_eq!(index.position(0), Position::new(1, 1));
        assert_eq!(index.position(2), Position::new(1, 3));
        assert_eq!(index.position(3), Position::new(2, 1));
        // "é" is two bytes and "«" two more: x is the third character of line 2.
        assert_eq!(index.position(7), Position::new(2, 3));
        assert_eq!(index.position(9), Position::new(3, 1));
        assert_eq!(index.position(10), Position::new(4, 1));
        assert_eq!(index.line_start(4), 10);
    }

    #[test]
    fn columns_on_a_long_line_cross_checkpoints() {
        let line = "é".repeat(3000) + "x";
        let text = format!("ab\n{line}\nz");
        let index = LineIndex::new(&text);
        let x = text.find('x').unwrap();
        assert_eq!(index.position(x), Position::new(2, 3001));
        assert_eq!(index.position(x + 2), Position::new(3, 1));
        assert_eq!(index.position(3 + 2 * 1500), Position::new(2, 1501));
    }
}
