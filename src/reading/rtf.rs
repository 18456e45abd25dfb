//! RTF files: what macOS's TextEdit saves by default and older desk tools export. Read as
//! text, the control words were the article: "Dans la Dr\u244\'f4me" was its title, the font
//! table its first paragraph.
//!
//! The document is read as [`super::office`] reads a Word file, into paragraphs with the role
//! their style's name gives ("heading 1", "Title", the same in every language) or their outline
//! level, wholly bold or italic lines marked so, list items, table rows, and written out as a
//! Markdown draft for the Markdown reader. What is not the text stays out: the font, colour and
//! style tables, the document's properties, pictures, headers and footers, footnotes and
//! comments, field instructions (a field's result is kept), hidden text, a list's bullets, and
//! any destination marked ignorable (`{\*\…}`). The document's code page decodes its `\'hh`
//! bytes; `\uN` characters replace their fallbacks.
//!
//! The reader is a loop over the bytes with a stack of groups, no recursion: work and memory
//! stay linear in the input, however deep its braces.

use super::office::{self, Block, Role, Run};
use crate::error::InputError;
use std::collections::HashMap;

/// A file that opens as RTF does (after a BOM or white space).
pub fn is_rtf(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace());
    start.is_some_and(|start| bytes[start..].starts_with(b"{\\rtf"))
}

/// The text of an RTF document as a Markdown draft.
pub fn to_markdown(bytes: &[u8]) -> Result<String, InputError> {
    let mut reader = Reader::default();
    let mut at = 0;
    while at < bytes.len() {
        at = reader.step(bytes, at);
    }
    let blocks = reader.finish();
    let markdown = office::markdown(&blocks);
    if markdown.trim().is_empty() {
        return Err(InputError::WhitespaceOnly);
    }
    Ok(markdown)
}

/// Where a group's text goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Destination {
    #[default]
    Text,
    /// A table of styles, whose entries' names are read.
    Stylesheet,
    /// Not the document's text.
    Skipped,
}

/// The state a group opens with and restores when it closes.
#[derive(Debug, Clone, Copy)]
struct Group {
    destination: Destination,
    bold: bool,
    italic: bool,
    hidden: bool,
    /// Characters a `\uN`'s fallback takes (`\ucN`, one by default).
    fallback: usize,
}

impl Default for Group {
    fn default() -> Group {
        Group {
            destination: Destination::Text,
            bold: false,
            italic: false,
            hidden: false,
            fallback: 1,
        }
    }
}

/// The properties of the paragraph being read (reset by `\pard`).
#[derive(Debug, Clone, Copy, Default)]
struct Paragraph {
    style: i32,
    listed: bool,
    in_table: bool,
    outline: Option<u8>,
}

/// A style of the table of styles: its name and the style it is based on.
#[derive(Debug, Clone, Default)]
struct Style {
    name: String,
    based_on: Option<i32>,
    /// A character or table style (`\cs`, `\ts`), not a paragraph's.
    not_a_paragraphs: bool,
}

/// Destinations that hold no text of the article.
const SKIPPED: &[&str] = &[
    "fonttbl",
    "colortbl",
    "info",
    "pict",
    "object",
    "header",
    "headerl",
    "headerr",
    "headerf",
    "footer",
    "footerl",
    "footerr",
    "footerf",
    "footnote",
    "annotation",
    "atnid",
    "atnauthor",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "revtbl",
    "filetbl",
    "fldinst",
    "nonshppict",
    "shpinst",
    "userprops",
    "docvar",
    "pgdsctbl",
    "bkmkstart",
    "bkmkend",
];

#[derive(Default)]
struct Reader {
    group: Group,
    stack: Vec<Group>,
    /// The table of styles' entry being read, and the depth of its group.
    entry: Option<(usize, i32, Style)>,
    styles: HashMap<i32, Style>,
    paragraph: Paragraph,
    run: Run,
    /// Bytes of text waiting to be decoded in the document's code page.
    pending: Vec<u8>,
    code_page: Option<&'static encoding_rs::Encoding>,
    /// Fallback characters of the last `\uN` still to skip.
    skipping: usize,
    high_surrogate: Option<u32>,
    cell: String,
    row: Vec<String>,
    rows: Vec<Vec<String>>,
    header: bool,
    blocks: Vec<Block>,
}

impl Reader {
    /// Reads what starts at `at`; where the next thing starts.
    fn step(&mut self, bytes: &[u8], at: usize) -> usize {
        match bytes[at] {
            b'{' => {
                self.flush();
                self.stack.push(self.group);
                if self.group.destination == Destination::Stylesheet && self.entry.is_none() {
                    self.entry = Some((self.stack.len(), 0, Style::default()));
                }
                at + 1
            }
            b'}' => {
                self.flush();
                self.close_entry();
                if let Some(group) = self.stack.pop() {
                    self.group = group;
                }
                at + 1
            }
            b'\\' => self.control(bytes, at + 1),
            b'\r' | b'\n' => at + 1,
            byte => {
                self.text_byte(byte);
                at + 1
            }
        }
    }

    fn text_byte(&mut self, byte: u8) {
        if self.skipping > 0 {
            self.skipping -= 1;
        } else {
            self.pending.push(byte);
        }
    }

    /// A control word or symbol after its backslash; where the next thing starts.
    fn control(&mut self, bytes: &[u8], at: usize) -> usize {
        let Some(&first) = bytes.get(at) else {
            return at;
        };
        if !first.is_ascii_alphabetic() {
            return self.symbol(bytes, at, first);
        }
        let letters = bytes[at..]
            .iter()
            .take(32)
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let word = std::str::from_utf8(&bytes[at..at + letters]).unwrap_or("");
        let mut end = at + letters;
        let negative = bytes.get(end) == Some(&b'-');
        let digits_start = end + usize::from(negative);
        let digits = bytes[digits_start.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        // A parameter is a 16- or 32-bit number: more digits are a damaged file's, read past.
        let parameter = (digits > 0).then(|| {
            let text = std::str::from_utf8(&bytes[digits_start..digits_start + digits.min(10)]);
            let value: i64 = text.ok().and_then(|t| t.parse().ok()).unwrap_or(0);
            let value = if negative { -value } else { value };
            value.clamp(i32::MIN.into(), i32::MAX.into()) as i32
        });
        if digits > 0 {
            end = digits_start + digits;
        }
        if bytes.get(end) == Some(&b' ') {
            end += 1;
        }
        self.word(word, parameter);
        end
    }

    /// `\'hh`, an escaped brace or backslash, a non-breaking space, an ignorable
    /// destination's star…
    fn symbol(&mut self, bytes: &[u8], at: usize, symbol: u8) -> usize {
        match symbol {
            b'\'' => {
                let hex = bytes.get(at + 1..at + 3);
                let byte = hex
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                if let Some(byte) = byte {
                    self.text_byte(byte);
                    return at + 3;
                }
                // A cut escape: its hex digits are not text.
                let digits = bytes[(at + 1).min(bytes.len())..]
                    .iter()
                    .take(2)
                    .take_while(|b| b.is_ascii_hexdigit())
                    .count();
                at + 1 + digits
            }
            b'\\' | b'{' | b'}' => {
                self.text_byte(symbol);
                at + 1
            }
            b'~' => {
                self.character('\u{a0}');
                at + 1
            }
            b'_' => {
                self.character('-');
                at + 1
            }
            b'*' => {
                self.group.destination = Destination::Skipped;
                at + 1
            }
            b'\r' | b'\n' if self.group.destination == Destination::Text => {
                self.end_paragraph();
                at + 1
            }
            _ => at + 1,
        }
    }

    /// A character a control word or symbol stands for, after the text waiting.
    fn character(&mut self, c: char) {
        self.flush();
        self.push(c.encode_utf8(&mut [0; 4]));
    }

    fn word(&mut self, word: &str, parameter: Option<i32>) {
        match (self.group.destination, word) {
            (Destination::Skipped, _) => {}
            (_, "stylesheet") => self.group.destination = Destination::Stylesheet,
            (_, "listtext" | "pntext") => {
                self.paragraph.listed = true;
                self.group.destination = Destination::Skipped;
            }
            _ if SKIPPED.contains(&word) => self.group.destination = Destination::Skipped,
            (Destination::Stylesheet, _) => self.stylesheet_word(word, parameter),
            (Destination::Text, _) => self.text_word(word, parameter),
        }
    }

    /// A word of the table of styles: an entry's number, the style it is based on.
    fn stylesheet_word(&mut self, word: &str, parameter: Option<i32>) {
        let Some((_, number, style)) = &mut self.entry else {
            return;
        };
        match word {
            "s" => *number = parameter.unwrap_or(0),
            "cs" | "ds" | "ts" => {
                *number = parameter.unwrap_or(0);
                style.not_a_paragraphs = true;
            }
            "sbasedon" => style.based_on = parameter,
            _ => {}
        }
    }

    /// A word of the document's text: its code page, a character, a paragraph's or a
    /// run's property, a table's cell or row.
    fn text_word(&mut self, word: &str, parameter: Option<i32>) {
        let on = parameter != Some(0);
        match word {
            "ansicpg" => {
                let label = format!("windows-{}", parameter.unwrap_or(1252));
                self.code_page = encoding_rs::Encoding::for_label(label.as_bytes());
            }
            "mac" => self.code_page = Some(encoding_rs::MACINTOSH),
            "uc" => self.group.fallback = parameter.unwrap_or(1).clamp(0, 8) as usize,
            "u" => self.unicode(parameter.unwrap_or(0)),
            "par" | "sect" | "page" => self.end_paragraph(),
            "line" | "tab" | "emspace" | "enspace" | "qmspace" => self.character(' '),
            "emdash" => self.character('—'),
            "endash" => self.character('–'),
            "lquote" => self.character('‘'),
            "rquote" => self.character('’'),
            "ldblquote" => self.character('“'),
            "rdblquote" => self.character('”'),
            "bullet" => self.character('•'),
            "pard" => self.paragraph = Paragraph::default(),
            "plain" => {
                self.group.bold = false;
                self.group.italic = false;
                self.group.hidden = false;
            }
            "b" => self.group.bold = on,
            "i" => self.group.italic = on,
            "v" => self.group.hidden = on,
            "s" => self.paragraph.style = parameter.unwrap_or(0),
            "ls" | "ilvl" | "pnlvlblt" | "pnlvlbody" => self.paragraph.listed = true,
            "outlinelevel" => {
                self.paragraph.outline = parameter
                    .filter(|level| (0..9).contains(level))
                    .map(|level| level as u8 + 1);
            }
            "intbl" => self.paragraph.in_table = true,
            "trhdr" => self.header |= self.rows.is_empty(),
            "cell" | "nestcell" => self.end_cell(),
            "row" | "nestrow" => self.end_row(),
            _ => {}
        }
    }

    /// `\uN`: a Unicode character (UTF-16, negative above 32767), its fallback skipped.
    fn unicode(&mut self, value: i32) {
        self.flush();
        let unit = if value < 0 { value + 65_536 } else { value } as u32;
        self.skipping = self.group.fallback;
        let c = match (self.high_surrogate.take(), unit) {
            (_, 0xD800..=0xDBFF) => {
                self.high_surrogate = Some(unit);
                return;
            }
            (Some(high), 0xDC00..=0xDFFF) => {
                char::from_u32(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00))
            }
            (_, unit) => char::from_u32(unit),
        };
        if let Some(c) = c {
            self.push(c.encode_utf8(&mut [0; 4]));
        }
    }

    /// The bytes of text waiting, decoded in the document's code page, into where the group's
    /// text goes.
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let bytes = std::mem::take(&mut self.pending);
        let encoding = self.code_page.unwrap_or(encoding_rs::WINDOWS_1252);
        let (text, _) = encoding.decode_without_bom_handling(&bytes);
        self.push(&text);
    }

    fn push(&mut self, text: &str) {
        match self.group.destination {
            Destination::Text if !self.group.hidden => {
                self.run.push(text, self.group.bold, self.group.italic)
            }
            Destination::Stylesheet => {
                if let Some((_, _, style)) = &mut self.entry {
                    style.name.push_str(text);
                }
            }
            _ => {}
        }
    }

    /// The group of a table of styles' entry closes: the style is known by its number.
    fn close_entry(&mut self) {
        if self
            .entry
            .as_ref()
            .is_some_and(|(depth, _, _)| *depth == self.stack.len())
        {
            if let Some((_, number, mut style)) = self.entry.take() {
                style.name = style.name.trim().trim_end_matches(';').trim().to_string();
                if !style.not_a_paragraphs {
                    self.styles.insert(number, style);
                }
            }
        }
    }

    /// A paragraph's role: its style's name's, or the nearest based-on style's, or its
    /// outline level's.
    fn role(&self) -> Role {
        let mut number = Some(self.paragraph.style);
        for _ in 0..16 {
            let Some(style) = number.and_then(|n| self.styles.get(&n)) else {
                break;
            };
            if let Some(role) = office::role_of_name(&style.name) {
                return role;
            }
            number = style.based_on;
        }
        self.paragraph
            .outline
            .map(Role::Heading)
            .unwrap_or_default()
    }

    fn end_paragraph(&mut self) {
        self.flush();
        let run = std::mem::take(&mut self.run);
        if self.paragraph.in_table {
            let (text, _) = run.finish();
            self.cell.push_str(&text);
            self.cell.push(' ');
            return;
        }
        self.end_table();
        let role = self.role();
        office::push_paragraph(&mut self.blocks, role, self.paragraph.listed, run);
        // A list's item is one paragraph: the next says again if it is one.
        self.paragraph.listed = false;
    }

    fn end_cell(&mut self) {
        self.flush();
        let (text, _) = std::mem::take(&mut self.run).finish();
        self.cell.push_str(&text);
        let cell = std::mem::take(&mut self.cell);
        self.row
            .push(cell.split_whitespace().collect::<Vec<_>>().join(" "));
    }

    fn end_row(&mut self) {
        let row = std::mem::take(&mut self.row);
        if !row.is_empty() {
            self.rows.push(row);
        }
    }

    fn end_table(&mut self) {
        if self.rows.is_empty() {
            return;
        }
        let rows = std::mem::take(&mut self.rows);
        let header = std::mem::take(&mut self.header);
        self.blocks.push(Block::Table { rows, header });
    }

    fn finish(mut self) -> Vec<Block> {
        self.end_paragraph();
        self.end_row();
        self.end_table();
        self.blocks
    }
}

#[cfg(test)]
mod tests;
