//! Pieces: the stretches of a draft's text that the typography rules read — the prose of each
//! block and the front matter's `title` and `description` — each able to say where one of its
//! characters is in the file, and, where the piece is written in the file as it reads, which
//! bytes of the file to replace to mend it (what `check --fix` does).
//!
//! Front matter values are read through YAML or TOML: a value written plainly or between
//! quotes, with no escape, is the file's own bytes and can be mended; one with escapes is
//! flagged at its start and left for the writer.

use super::document::{Block, Document};
use super::front_matter::Field;
use super::position::Position;
use std::ops::Range;

/// Where a piece's text comes from.
#[derive(Debug, Clone, Copy)]
enum Origin<'a> {
    /// A stretch of a block's text starting at this offset of [`Block::text`].
    Prose { block: &'a Block, offset: usize },
    /// Bytes of the file, from this offset.
    File(usize),
    /// A front matter value that is not the file's bytes: every character is at its start.
    Field(Position),
}

/// A stretch of text a rule searches.
#[derive(Debug, Clone, Copy)]
pub struct Piece<'a> {
    pub text: &'a str,
    origin: Origin<'a>,
    /// Pieces with the same group are one block (or one field): quotes pair within it.
    pub group: usize,
}

/// A fault a rule found in a piece: where, what to say, and how to mend it if it can be.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub position: Position,
    pub message: String,
    pub edit: Option<Edit>,
}

/// Replace bytes `range` of the file with `replacement`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub range: Range<usize>,
    pub replacement: String,
}

impl Piece<'_> {
    /// The position in the file of byte `offset` of the piece.
    pub fn position(&self, doc: &Document, offset: usize) -> Position {
        match self.origin {
            Origin::Prose {
                block,
                offset: start,
            } => doc.position_in(block, start + offset),
            Origin::File(start) => doc.position(start + offset),
            Origin::Field(position) => position,
        }
    }

    /// The fault at bytes `range` of the piece, mended by `replacement` when the file holds
    /// those bytes as they read.
    pub fn found(
        &self,
        doc: &Document,
        range: Range<usize>,
        message: impl Into<String>,
        replacement: Option<String>,
    ) -> Found {
        let edit = replacement.and_then(|replacement| {
            let range = self.file_range(doc, range.clone())?;
            Some(Edit { range, replacement })
        });
        Found {
            position: self.position(doc, range.start),
            message: message.into(),
            edit,
        }
    }

    /// The bytes of the file that hold bytes `range` of the piece, if they read the same.
    fn file_range(&self, doc: &Document, range: Range<usize>) -> Option<Range<usize>> {
        let start = match self.origin {
            Origin::Prose { block, offset } => doc.file_offset_in(block, offset + range.start)?,
            Origin::File(start) => start + range.start,
            Origin::Field(_) => return None,
        };
        let file = start..start + range.len();
        (doc.text.get(file.clone())? == self.text.get(range)?).then_some(file)
    }
}

/// The prose pieces of a draft: each block's text outside inline code, and the title and
/// description of its front matter.
pub fn prose(doc: &Document) -> Vec<Piece<'_>> {
    let mut pieces = front_matter(doc);
    for (group, block) in doc.blocks.iter().enumerate() {
        pieces.extend(block.prose_runs().map(|(offset, text)| Piece {
            text,
            origin: Origin::Prose { block, offset },
            group: pieces_group(group),
        }));
    }
    pieces
}

/// The source pieces of a draft: each block as written, Markdown included (to find what the
/// Markdown parser hides, like `<<`), and the front matter's title and description.
pub fn source(doc: &Document) -> Vec<Piece<'_>> {
    let mut pieces = front_matter(doc);
    for (group, block) in doc.blocks.iter().enumerate() {
        pieces.extend(doc.source_of(block).map(|(start, text)| Piece {
            text,
            origin: Origin::File(start),
            group: pieces_group(group),
        }));
    }
    pieces
}

/// Groups 0 and 1 are the front matter fields; blocks come after.
fn pieces_group(block: usize) -> usize {
    block + 2
}

fn front_matter(doc: &Document) -> Vec<Piece<'_>> {
    let Some(fm) = &doc.front_matter else {
        return Vec::new();
    };
    [&fm.title, &fm.description]
        .into_iter()
        .enumerate()
        .filter_map(|(group, field)| Some(field_piece(doc, field.as_ref()?, group)))
        .collect()
}

/// A front matter value as a piece: the file's bytes when the value is written there as it
/// reads (plain or quoted without escapes), else a value placed at its start.
fn field_piece<'a>(doc: &'a Document, field: &'a Field, group: usize) -> Piece<'a> {
    let text = field.value.as_str();
    let line_start = doc.line_start(field.position.line);
    let line = &doc.text[line_start..];
    let column = line
        .char_indices()
        .nth(field.position.column.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i);
    let at = line_start + column;
    let verbatim = [at, at + 1]
        .into_iter()
        .find(|&start| doc.text.get(start..start + text.len()) == Some(text));
    Piece {
        text,
        origin: verbatim.map_or(Origin::Field(field.position), Origin::File),
        group,
    }
}
