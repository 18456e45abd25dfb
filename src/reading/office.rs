//! Word (`.docx`) and OpenDocument (`.odt`) files: the copy a freelance sends and a desk's
//! folder holds, refused until now as binary ("NUL bytes").
//!
//! The document's text is written as Markdown ([`to_markdown`]) and read on as a Markdown
//! draft, so that one reader gives the structure stage its hints: the paragraph the writer
//! styled as the title (Word's "Title", Writer's "Title", or a first heading above any prose)
//! is the `#` headline, the headings under it `##` intertitles, a list's paragraphs items, a
//! table's rows a pipe table, a paragraph set wholly in bold or in italics marked so (a bold
//! line between paragraphs is an intertitle the writer did not style, an italic one a
//! caption or a credit). What is not the article's text stays out: deleted tracked changes,
//! field codes, footnotes and comments, a table of contents, the alternative copy of a text
//! box Word keeps for old readers. The document's properties (its title and author, often a
//! template's or an account's) are not read.
//!
//! A damaged archive, a part over the size limit once inflated (a ZIP bomb) or an archive
//! without a document (a spreadsheet, a presentation, an EPUB) is refused with its reason.

use crate::error::InputError;
use roxmltree::{Document, Node};
use std::collections::HashMap;

/// The first bytes of a ZIP archive's first entry: a `.docx` or `.odt` file's.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Nesting followed at most in a document's XML (text boxes in tables in content controls):
/// deeper elements are a crafted file's, and the walk stays off the stack's end.
const MAX_DEPTH: usize = 64;

/// The text of a Word or OpenDocument file as a Markdown draft; `max_bytes` bounds each part
/// once inflated, as it bounds a text input.
pub fn to_markdown(bytes: &[u8], max_bytes: usize) -> Result<String, InputError> {
    let parts = Parts::read(bytes, max_bytes)?;
    let blocks = if let Some(document) = &parts.word_document {
        let styles = parts.word_styles.as_deref().map(word::styles);
        let mut numbering = word::Numbering::read(
            parts.word_styles.as_deref(),
            parts.word_numbering.as_deref(),
        );
        word::blocks(
            &parse(document)?,
            &styles.unwrap_or_default(),
            &mut numbering,
        )
    } else if let Some(content) = &parts.odf_content {
        let content = parse(content)?;
        let styles = parts.odf_styles.as_deref().map(Document::parse);
        let (mut declared, mut numbered) = match &styles {
            Some(Ok(styles)) => (odf::declared(styles), odf::numbered_levels(styles)),
            _ => (HashMap::new(), HashMap::new()),
        };
        declared.extend(odf::declared(&content));
        numbered.extend(odf::numbered_levels(&content));
        odf::blocks(&content, &resolved(&declared), &numbered)
    } else {
        return Err(InputError::ArchiveWithoutDocument);
    };
    let markdown = markdown(&blocks);
    if markdown.trim().is_empty() {
        return Err(InputError::WhitespaceOnly);
    }
    Ok(markdown)
}

/// The parts of the archive read: a Word document's and its styles', or an OpenDocument's
/// content and styles.
#[derive(Default)]
struct Parts {
    word_document: Option<String>,
    word_styles: Option<String>,
    word_numbering: Option<String>,
    odf_content: Option<String>,
    odf_styles: Option<String>,
}

impl Parts {
    fn read(bytes: &[u8], max_bytes: usize) -> Result<Parts, InputError> {
        let damaged = |_| InputError::DamagedDocument("not a readable ZIP archive");
        let archive = rawzip::ZipArchive::from_slice(bytes).map_err(damaged)?;
        let mut entries = archive.entries();
        let mut parts = Parts::default();
        while let Some(entry) = entries.next_entry().map_err(damaged)? {
            let slot = match entry.file_path().as_ref() {
                b"word/document.xml" => &mut parts.word_document,
                b"word/styles.xml" => &mut parts.word_styles,
                b"word/numbering.xml" => &mut parts.word_numbering,
                b"content.xml" => &mut parts.odf_content,
                b"styles.xml" => &mut parts.odf_styles,
                _ => continue,
            };
            // A part named twice is read once: entries may share their compressed data, and
            // a crafted archive would inflate the same bomb again and again.
            if slot.is_some() {
                continue;
            }
            let local = archive.get_entry(entry.wayfinder()).map_err(damaged)?;
            let data = inflate(local.data(), entry.compression_method(), max_bytes)?;
            if rawzip::crc32(&data) != entry.crc32() {
                return Err(InputError::DamagedDocument("a part fails its checksum"));
            }
            *slot = Some(xml_text(data)?);
        }
        Ok(parts)
    }
}

/// A web page zipped alone with its pictures: what Google Docs gives for "Download → Web
/// page (.html, zipped)" (`Document.html` and `images/`). Its page's bytes, when the archive
/// holds exactly one HTML file at its root; `None` otherwise.
pub fn zipped_page(bytes: &[u8], max_bytes: usize) -> Option<Result<Vec<u8>, InputError>> {
    let archive = rawzip::ZipArchive::from_slice(bytes).ok()?;
    let mut entries = archive.entries();
    let mut page = None;
    while let Ok(Some(entry)) = entries.next_entry() {
        let path = entry.file_path();
        let name = path.as_ref();
        let extension = name
            .iter()
            .rposition(|&b| b == b'.')
            .map(|dot| &name[dot + 1..]);
        let html = extension.is_some_and(|extension| {
            extension.eq_ignore_ascii_case(b"html") || extension.eq_ignore_ascii_case(b"htm")
        });
        if !html || name.contains(&b'/') {
            continue;
        }
        if page.is_some() {
            return None;
        }
        page = Some((entry.wayfinder(), entry.compression_method(), entry.crc32()));
    }
    let (wayfinder, method, crc) = page?;
    let damaged = |_| InputError::DamagedDocument("not a readable ZIP archive");
    Some(
        archive
            .get_entry(wayfinder)
            .map_err(damaged)
            .and_then(|local| inflate(local.data(), method, max_bytes))
            .and_then(|data| match rawzip::crc32(&data) == crc {
                true => Ok(data),
                false => Err(InputError::DamagedDocument("a part fails its checksum")),
            }),
    )
}

/// An entry's bytes, inflated when deflated; no more than `max_bytes` of them.
fn inflate(
    data: &[u8],
    method: rawzip::CompressionMethod,
    max_bytes: usize,
) -> Result<Vec<u8>, InputError> {
    let over = InputError::OverLimit { limit: max_bytes };
    match method {
        rawzip::CompressionMethod::STORE if data.len() > max_bytes => Err(over),
        rawzip::CompressionMethod::STORE => Ok(data.to_vec()),
        rawzip::CompressionMethod::DEFLATE => {
            miniz_oxide::inflate::decompress_to_vec_with_limit(data, max_bytes).map_err(|e| match e
                .status
            {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => over,
                _ => InputError::DamagedDocument("a part does not inflate"),
            })
        }
        _ => Err(InputError::DamagedDocument(
            "a part is compressed by a method other than deflate",
        )),
    }
}

/// A part's XML as text: UTF-8 (what Word and Writer write), or UTF-16 after its BOM.
fn xml_text(data: Vec<u8>) -> Result<String, InputError> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(&data) {
        let (text, _) = encoding.decode_without_bom_handling(&data[bom..]);
        return Ok(text.into_owned());
    }
    String::from_utf8(data).map_err(|_| InputError::DamagedDocument("a part is not UTF-8 XML"))
}

fn parse(text: &str) -> Result<Document<'_>, InputError> {
    Document::parse(text).map_err(|_| InputError::DamagedDocument("a part is not well-formed XML"))
}

/// What a paragraph is, by the style the writer gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum Role {
    #[default]
    Text,
    Title,
    /// Its level, from 1.
    Heading(u8),
    /// A table of contents' entry: the headings again.
    Contents,
}

/// A paragraph's or a span's style: its role, and whether the style itself sets its text in
/// bold, in italics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Style {
    role: Role,
    bold: bool,
    italic: bool,
}

/// What a style declares itself, each `None` left to the style it is based on.
#[derive(Debug, Clone, Default)]
struct Declared {
    role: Option<Role>,
    bold: Option<bool>,
    italic: Option<bool>,
    based_on: Option<String>,
}

/// Every declared style resolved: each one's role, bold and italics from the nearest style
/// of its chain that sets them (a chain of [`MAX_DEPTH`] at most, a loop's included).
fn resolved(declared: &HashMap<String, Declared>) -> HashMap<String, Style> {
    let resolve = |name: &str| {
        let mut style = Declared::default();
        let mut current = Some(name);
        for _ in 0..MAX_DEPTH {
            let Some(name) = current else { break };
            // A built-in style a part uses without declaring it ("Title" in `content.xml`
            // without its `styles.xml`) is known by its name.
            let Some(own) = declared.get(name) else {
                style.role = style.role.or(role_of_name(name));
                break;
            };
            style.role = style.role.or(own.role);
            style.bold = style.bold.or(own.bold);
            style.italic = style.italic.or(own.italic);
            current = own.based_on.as_deref();
        }
        Style {
            role: style.role.unwrap_or_default(),
            bold: style.bold.unwrap_or(false),
            italic: style.italic.unwrap_or(false),
        }
    };
    declared
        .keys()
        .map(|name| (name.clone(), resolve(name)))
        .collect()
}

/// The role a style's name gives ("Title", "heading 2", "Heading_20_2", "toc 1"), the same
/// in every language: Word and Writer keep their built-in styles' names in English.
pub(super) fn role_of_name(name: &str) -> Option<Role> {
    let name = name.to_ascii_lowercase().replace("_20_", " ");
    let heading = |prefix: &str| {
        name.strip_prefix(prefix)
            .and_then(|level| level.trim().parse::<u8>().ok())
    };
    if name == "title" {
        Some(Role::Title)
    } else if let Some(level) = heading("heading") {
        Some(Role::Heading(level.max(1)))
    } else if name.starts_with("toc") || name.starts_with("contents") {
        Some(Role::Contents)
    } else {
        None
    }
}

/// A paragraph of the document, as it is written out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Block {
    Paragraph {
        role: Role,
        text: String,
        emphasis: Emphasis,
    },
    Item(String),
    /// Its rows of cells, and whether the first is a header the writer marked.
    Table {
        rows: Vec<Vec<String>>,
        header: bool,
    },
}

/// Set wholly in bold or in italics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Emphasis {
    bold: bool,
    italic: bool,
}

/// A paragraph's text as it runs: its runs' words, and whether every run that holds words
/// is bold, italic.
#[derive(Debug, Default)]
pub(super) struct Run {
    text: String,
    bold: Option<bool>,
    italic: Option<bool>,
}

impl Run {
    pub(super) fn push(&mut self, text: &str, bold: bool, italic: bool) {
        self.text.push_str(text);
        if !text.trim().is_empty() {
            self.bold = Some(self.bold.unwrap_or(true) && bold);
            self.italic = Some(self.italic.unwrap_or(true) && italic);
        }
    }

    /// The text with its white space collapsed, and its emphasis.
    pub(super) fn finish(self) -> (String, Emphasis) {
        let text = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let emphasis = Emphasis {
            bold: self.bold == Some(true),
            italic: self.italic == Some(true),
        };
        (text, emphasis)
    }
}

/// Word's WordprocessingML.
mod word {
    use super::*;

    /// The styles of `styles.xml` by their id (a French Word names its ids "Titre1" but
    /// keeps the name "heading 1").
    pub(super) fn styles(text: &str) -> HashMap<String, Style> {
        let Ok(document) = Document::parse(text) else {
            return HashMap::new();
        };
        let mut declared = HashMap::new();
        for style in document.descendants().filter(|n| is(n, "style")) {
            let Some(id) = attribute(style, "styleId") else {
                continue;
            };
            let name = child_of(style, "name").and_then(|n| attribute(n, "val"));
            let outline = child_of(style, "pPr")
                .and_then(|p| child_of(p, "outlineLvl"))
                .and_then(|o| attribute(o, "val"))
                .and_then(|level| level.parse::<u8>().ok());
            let properties = child_of(style, "rPr");
            let own = Declared {
                role: name.and_then(role_of_name).or(outline
                    .filter(|&level| level < 9)
                    .map(|level| Role::Heading(level + 1))),
                bold: properties.and_then(|r| toggle(r, "b")),
                italic: properties.and_then(|r| toggle(r, "i")),
                based_on: child_of(style, "basedOn")
                    .and_then(|b| attribute(b, "val"))
                    .map(str::to_string),
            };
            declared.insert(id.to_string(), own);
        }
        resolved(&declared)
    }

    /// Word's lists: the levels that count in figures ("decimal"), a list style's own list,
    /// and each list's count so far. A numbered list ("1. équiper les parcelles") was written
    /// as bullets, its numbers lost.
    #[derive(Default)]
    pub(super) struct Numbering {
        /// The list a paragraph style puts its paragraphs in ("List Number"), by style id.
        styled: HashMap<String, (String, u8)>,
        /// The first figure of each list level that counts in figures, by list id and level.
        starts: HashMap<(String, u8), usize>,
        /// Each list's counts so far, a count a level (`None`: not counted yet).
        counts: HashMap<String, Vec<Option<usize>>>,
    }

    impl Numbering {
        /// The lists `numbering.xml` declares and the list styles of `styles.xml` name.
        pub(super) fn read(styles: Option<&str>, numbering: Option<&str>) -> Numbering {
            let mut read = Numbering::default();
            if let Some(Ok(styles)) = styles.map(Document::parse) {
                for style in styles.descendants().filter(|n| is(n, "style")) {
                    let list = child_of(style, "pPr").and_then(|p| list_of(p, None));
                    if let (Some(id), Some(list)) = (attribute(style, "styleId"), list) {
                        read.styled.insert(id.to_string(), list);
                    }
                }
            }
            let Some(Ok(numbering)) = numbering.map(Document::parse) else {
                return read;
            };
            // Each abstract list's levels counting in figures, and where they start.
            let mut abstract_starts: HashMap<&str, Vec<(u8, usize)>> = HashMap::new();
            for list in numbering.descendants().filter(|n| is(n, "abstractNum")) {
                let Some(id) = attribute(list, "abstractNumId") else {
                    continue;
                };
                let levels = list
                    .children()
                    .filter(|n| is(n, "lvl"))
                    .filter_map(|level| {
                        let format = child_of(level, "numFmt").and_then(|f| attribute(f, "val"));
                        let start = child_of(level, "start")
                            .and_then(|s| attribute(s, "val"))
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(1);
                        let index = attribute(level, "ilvl")?.parse().ok()?;
                        matches!(format, Some("decimal" | "decimalZero")).then_some((index, start))
                    });
                abstract_starts.insert(id, levels.collect());
            }
            for list in numbering.descendants().filter(|n| is(n, "num")) {
                let id = attribute(list, "numId");
                let abstract_id = child_of(list, "abstractNumId").and_then(|a| attribute(a, "val"));
                if let (Some(id), Some(levels)) =
                    (id, abstract_id.and_then(|a| abstract_starts.get(a)))
                {
                    for &(level, start) in levels {
                        read.starts.insert((id.to_string(), level), start);
                    }
                }
            }
            read
        }

        /// Whether the paragraph of these properties (and style) is a list's item, and its
        /// figure when its level counts in figures.
        fn item(&mut self, properties: Option<Node>) -> (bool, Option<usize>) {
            let style = properties
                .and_then(|p| child_of(p, "pStyle"))
                .and_then(|s| attribute(s, "val"));
            let styled = style.and_then(|id| self.styled.get(id)).cloned();
            let Some((list, level)) = properties
                .and_then(|p| list_of(p, styled.as_ref()))
                .or(styled)
            else {
                return (false, None);
            };
            // "0" is Word's list that numbers nothing: a style's list taken off a paragraph.
            if list == "0" {
                return (false, None);
            }
            let Some(&start) = self.starts.get(&(list.clone(), level)) else {
                return (true, None);
            };
            // A level's count goes on; the deeper levels' start again.
            let counts = self.counts.entry(list).or_default();
            let level = usize::from(level);
            counts.resize(level + 1, None);
            let count = counts[level].map_or(start, |count| count.saturating_add(1));
            counts[level] = Some(count);
            (true, Some(count))
        }
    }

    /// The list (its id) and level a `pPr`'s `numPr` names, a level it leaves out taken from
    /// `styled`, the style's list, or the first.
    fn list_of(properties: Node, styled: Option<&(String, u8)>) -> Option<(String, u8)> {
        let list = child_of(properties, "numPr")?;
        let level = child_of(list, "ilvl")
            .and_then(|l| attribute(l, "val"))
            .and_then(|v| v.parse().ok())
            .or(styled.map(|&(_, level)| level))
            .unwrap_or(0);
        let id = child_of(list, "numId")
            .and_then(|n| attribute(n, "val"))
            .map(str::to_string)
            .or(styled.map(|(id, _)| id.clone()))?;
        Some((id, level.min(8)))
    }

    /// The document's body as blocks, in their order.
    pub(super) fn blocks(
        document: &Document,
        styles: &HashMap<String, Style>,
        numbering: &mut Numbering,
    ) -> Vec<Block> {
        let mut blocks = Vec::new();
        if let Some(body) = document.descendants().find(|n| is(n, "body")) {
            walk(body, styles, numbering, &mut blocks, 0);
        }
        blocks
    }

    fn walk(
        node: Node,
        styles: &HashMap<String, Style>,
        numbering: &mut Numbering,
        blocks: &mut Vec<Block>,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            return;
        }
        for child in node.children().filter(Node::is_element) {
            match child.tag_name().name() {
                "p" => paragraph(child, styles, numbering, blocks, depth),
                "tbl" => {
                    let rows = rows(child, "tr", "tc", |cell, inside| {
                        walk(cell, styles, numbering, inside, depth + 1)
                    });
                    let header = child
                        .children()
                        .find(|n| is(n, "tr"))
                        .and_then(|row| child_of(row, "trPr"))
                        .and_then(|p| child_of(p, "tblHeader"))
                        .is_some();
                    blocks.push(Block::Table { rows, header });
                }
                // Deleted text, a move's origin, the copy of a text box for old readers.
                "sectPr" | "del" | "moveFrom" | "Fallback" => {}
                _ => walk(child, styles, numbering, blocks, depth + 1),
            }
        }
    }

    fn paragraph(
        node: Node,
        styles: &HashMap<String, Style>,
        numbering: &mut Numbering,
        blocks: &mut Vec<Block>,
        depth: usize,
    ) {
        let properties = child_of(node, "pPr");
        let style = properties
            .and_then(|p| style_of(p, "pStyle", styles))
            .unwrap_or_default();
        let (listed, number) = numbering.item(properties);
        let mut text = Text {
            read: Read::default(),
            styles,
            paragraph: style,
        };
        text.inline(node, depth + 1);
        let first = blocks.len();
        text.read.into_blocks(blocks, style.role, listed);
        if let Some(number) = number {
            number_item(blocks, first, number);
        }
    }

    fn style_of(properties: Node, name: &str, styles: &HashMap<String, Style>) -> Option<Style> {
        child_of(properties, name)
            .and_then(|s| attribute(s, "val"))
            .and_then(|id| styles.get(id))
            .copied()
    }

    /// A paragraph being read, with the styles its runs may name and its own.
    struct Text<'s> {
        read: Read,
        styles: &'s HashMap<String, Style>,
        paragraph: Style,
    }

    impl Text<'_> {
        fn inline(&mut self, node: Node, depth: usize) {
            if depth > MAX_DEPTH {
                return;
            }
            for child in node.children().filter(Node::is_element) {
                match child.tag_name().name() {
                    "r" => self.run_text(child, depth + 1),
                    // A box's lists are bulleted: its numbering is the document's, out of
                    // reach here, and a box rarely numbers.
                    "txbxContent" => walk(
                        child,
                        self.styles,
                        &mut Numbering::default(),
                        &mut self.read.boxed,
                        depth + 1,
                    ),
                    "pPr" | "del" | "moveFrom" | "Fallback" => {}
                    _ => self.inline(child, depth + 1),
                }
            }
        }

        /// A run's text: its `w:t`, a tab or a break as a space, a non-breaking hyphen as a
        /// hyphen; its deleted text, field codes and note references left out. Its bold and
        /// italics are its own, else its character style's, else its paragraph's.
        fn run_text(&mut self, node: Node, depth: usize) {
            let properties = child_of(node, "rPr");
            // Hidden text: a writer's note to self, not printed.
            if properties.and_then(|r| toggle(r, "vanish")) == Some(true) {
                return;
            }
            let character = properties.and_then(|r| style_of(r, "rStyle", self.styles));
            let bold = properties
                .and_then(|r| toggle(r, "b"))
                .unwrap_or(character.is_some_and(|s| s.bold) || self.paragraph.bold);
            let italic = properties
                .and_then(|r| toggle(r, "i"))
                .unwrap_or(character.is_some_and(|s| s.italic) || self.paragraph.italic);
            for child in node.children().filter(Node::is_element) {
                match child.tag_name().name() {
                    "t" => self.read.run.push(child.text().unwrap_or(""), bold, italic),
                    "tab" | "ptab" | "br" | "cr" => self.read.run.push(" ", bold, italic),
                    "noBreakHyphen" => self.read.run.push("-", bold, italic),
                    "delText" | "instrText" | "rPr" => {}
                    // A drawing's text box, its copy for old readers left out.
                    _ => self.inline(child, depth + 1),
                }
            }
        }
    }

    /// A toggle property (`w:b`, `w:i`): on unless its value says off.
    fn toggle(properties: Node, name: &str) -> Option<bool> {
        child_of(properties, name)
            .map(|n| !matches!(attribute(n, "val"), Some("0" | "false" | "off" | "none")))
    }
}

/// OpenDocument's text (LibreOffice Writer's, Google Docs' export).
mod odf {
    use super::*;

    /// The styles a part declares, named (`styles.xml`) or automatic (`content.xml`'s "P1"
    /// based on "Title", "T1" in bold), by name and unresolved: the two parts' are resolved
    /// together.
    pub(super) fn declared(document: &Document) -> HashMap<String, Declared> {
        let mut declared = HashMap::new();
        for style in document.descendants().filter(|n| is(n, "style")) {
            let Some(name) = attribute(style, "name") else {
                continue;
            };
            let properties = child_of(style, "text-properties");
            let own = Declared {
                role: attribute(style, "display-name")
                    .and_then(role_of_name)
                    .or_else(|| role_of_name(name))
                    .or_else(|| {
                        attribute(style, "default-outline-level")
                            .and_then(|level| level.parse::<u8>().ok())
                            .map(|level| Role::Heading(level.max(1)))
                    }),
                bold: properties
                    .and_then(|t| attribute(t, "font-weight"))
                    .map(|w| w == "bold" || w.parse::<u16>().is_ok_and(|w| w >= 600)),
                italic: properties
                    .and_then(|t| attribute(t, "font-style"))
                    .map(|s| s == "italic" || s == "oblique"),
                based_on: attribute(style, "parent-style-name").map(str::to_string),
            };
            declared.insert(name.to_string(), own);
        }
        declared
    }

    /// The list styles' levels that count in figures (`style:num-format="1"`), by the list
    /// style's name and the level, with the figure they start on.
    pub(super) fn numbered_levels(document: &Document) -> HashMap<(String, u8), usize> {
        let mut levels = HashMap::new();
        for style in document.descendants().filter(|n| is(n, "list-style")) {
            let Some(name) = attribute(style, "name") else {
                continue;
            };
            for level in style
                .children()
                .filter(|n| is(n, "list-level-style-number"))
                .filter(|n| attribute(*n, "num-format") == Some("1"))
            {
                let index = attribute(level, "level").and_then(|l| l.parse().ok());
                let start = attribute(level, "start-value").and_then(|v| v.parse().ok());
                if let Some(index) = index {
                    levels.insert((name.to_string(), index), start.unwrap_or(1));
                }
            }
        }
        levels
    }

    /// Where the walk is in a list: its style (an inner list's is its outer list's unless
    /// it names its own), and how deep.
    #[derive(Clone, Copy)]
    struct InList<'a> {
        style: Option<&'a str>,
        level: u8,
    }

    pub(super) fn blocks(
        document: &Document,
        styles: &HashMap<String, Style>,
        numbered: &HashMap<(String, u8), usize>,
    ) -> Vec<Block> {
        let mut blocks = Vec::new();
        let body = document
            .descendants()
            .find(|n| is(n, "text") && n.parent().is_some_and(|p| is(&p, "body")));
        if let Some(body) = body {
            let mut lists = Lists {
                numbered,
                next: HashMap::new(),
            };
            walk(body, styles, &mut blocks, 0, None, &mut lists);
        }
        blocks
    }

    /// The numbered levels, and each list style's next figure (a list that continues
    /// another's numbering goes on from it).
    struct Lists<'n> {
        numbered: &'n HashMap<(String, u8), usize>,
        next: HashMap<(String, u8), usize>,
    }

    /// A list's items: each read as its paragraphs are, its first paragraph given its figure
    /// when its level counts in figures ("1. équiper les parcelles").
    fn list<'a>(
        node: Node<'a, '_>,
        styles: &HashMap<String, Style>,
        blocks: &mut Vec<Block>,
        depth: usize,
        outer: Option<InList<'a>>,
        lists: &mut Lists,
    ) {
        let here = InList {
            style: attribute(node, "style-name").or(outer.and_then(|o| o.style)),
            level: outer.map_or(1, |o| o.level.saturating_add(1)),
        };
        let key = here.style.map(|style| (style.to_string(), here.level));
        let start = key.as_ref().and_then(|k| lists.numbered.get(k)).copied();
        if let (Some(key), Some(start)) = (&key, start) {
            if attribute(node, "continue-numbering") != Some("true") {
                lists.next.insert(key.clone(), start);
            }
        }
        for item in node
            .children()
            .filter(|n| is(n, "list-item") || is(n, "list-header"))
        {
            let first = blocks.len();
            walk(item, styles, blocks, depth + 1, Some(here), lists);
            let Some((key, _)) = key.as_ref().zip(start).filter(|_| is(&item, "list-item")) else {
                continue;
            };
            let next = lists.next.entry(key.clone()).or_insert(1);
            let figure = attribute(item, "start-value")
                .and_then(|v| v.parse().ok())
                .unwrap_or(*next);
            *next = figure.saturating_add(1);
            number_item(blocks, first, figure);
        }
    }

    fn walk<'a>(
        node: Node<'a, '_>,
        styles: &HashMap<String, Style>,
        blocks: &mut Vec<Block>,
        depth: usize,
        in_list: Option<InList<'a>>,
        lists: &mut Lists,
    ) {
        if depth > MAX_DEPTH {
            return;
        }
        let listed = in_list.is_some();
        for child in node.children().filter(Node::is_element) {
            match child.tag_name().name() {
                "p" | "h" => paragraph(child, styles, blocks, depth, listed),
                "list" => list(child, styles, blocks, depth + 1, in_list, lists),
                "table" => {
                    let rows = rows(child, "table-row", "table-cell", |cell, inside| {
                        walk(cell, styles, inside, depth + 1, None, lists)
                    });
                    let header = child_of(child, "table-header-rows").is_some();
                    blocks.push(Block::Table { rows, header });
                }
                // Deleted text kept for the record, the headings again, declarations.
                "tracked-changes" | "table-of-content" | "alphabetical-index"
                | "sequence-decls" | "variable-decls" | "user-field-decls" => {}
                _ => walk(child, styles, blocks, depth + 1, in_list, lists),
            }
        }
    }

    fn paragraph(
        node: Node,
        styles: &HashMap<String, Style>,
        blocks: &mut Vec<Block>,
        depth: usize,
        listed: bool,
    ) {
        let style = style_of(node, styles).unwrap_or_default();
        let level = attribute(node, "outline-level").and_then(|l| l.parse::<u8>().ok());
        let role = match level {
            Some(level) if is(&node, "h") && style.role != Role::Title => {
                Role::Heading(level.max(1))
            }
            _ => style.role,
        };
        let mut text = Text {
            read: Read::default(),
            styles,
        };
        text.inline(node, style, depth + 1);
        text.read.into_blocks(blocks, role, listed);
    }

    fn style_of(node: Node, styles: &HashMap<String, Style>) -> Option<Style> {
        attribute(node, "style-name")
            .and_then(|name| styles.get(name))
            .copied()
    }

    /// A paragraph being read, with the styles its spans may name.
    struct Text<'s> {
        read: Read,
        styles: &'s HashMap<String, Style>,
    }

    impl Text<'_> {
        /// A paragraph's text: its spans' (in their own bold and italics), `text:s` as its
        /// count of spaces, a tab or a line break as a space; a note's body and an
        /// annotation left out, a frame's text box to follow the paragraph.
        fn inline(&mut self, node: Node, style: Style, depth: usize) {
            if depth > MAX_DEPTH {
                return;
            }
            for child in node.children() {
                if child.is_text() {
                    self.read
                        .run
                        .push(child.text().unwrap_or(""), style.bold, style.italic);
                    continue;
                }
                match child.tag_name().name() {
                    "s" => {
                        let count = attribute(child, "c").and_then(|c| c.parse().ok());
                        let spaces = " ".repeat(count.unwrap_or(1).clamp(1, 8));
                        self.read.run.push(&spaces, style.bold, style.italic);
                    }
                    "tab" | "line-break" => self.read.run.push(" ", style.bold, style.italic),
                    // A box's lists are bulleted, as Word's are.
                    "text-box" => walk(
                        child,
                        self.styles,
                        &mut self.read.boxed,
                        depth + 1,
                        None,
                        &mut Lists {
                            numbered: &HashMap::new(),
                            next: HashMap::new(),
                        },
                    ),
                    // A note, a comment, a picture's name and description, a ruby's gloss.
                    "note" | "annotation" | "annotation-end" | "title" | "desc" | "ruby-text" => {}
                    _ => {
                        let own = style_of(child, self.styles);
                        let style = Style {
                            role: style.role,
                            bold: style.bold || own.is_some_and(|s| s.bold),
                            italic: style.italic || own.is_some_and(|s| s.italic),
                        };
                        self.inline(child, style, depth + 1);
                    }
                }
            }
        }
    }
}

/// A paragraph's text as it is read, and the paragraphs of its text boxes, which follow it.
#[derive(Default)]
struct Read {
    run: Run,
    boxed: Vec<Block>,
}

impl Read {
    /// The paragraph into `blocks` in its role ([`push_paragraph`]), its boxes after it.
    fn into_blocks(self, blocks: &mut Vec<Block>, role: Role, listed: bool) {
        push_paragraph(blocks, role, listed, self.run);
        blocks.extend(self.boxed);
    }
}

/// The block at `index`, when it is a list's item, opens on its figure ("1. équiper les
/// parcelles"): the draft writes it escaped, and the article numbers the item again.
pub(super) fn number_item(blocks: &mut [Block], index: usize, number: usize) {
    if let Some(Block::Item(text)) = blocks.get_mut(index) {
        text.insert_str(0, &format!("{number}. "));
    }
}

/// A paragraph's text into `blocks`: an item when it is listed and no heading, else a
/// paragraph in its role; nothing when it holds no words.
pub(super) fn push_paragraph(blocks: &mut Vec<Block>, role: Role, listed: bool, run: Run) {
    let (text, emphasis) = run.finish();
    if text.is_empty() {
        return;
    }
    blocks.push(match role {
        Role::Text if listed => Block::Item(text),
        role => Block::Paragraph {
            role,
            text,
            emphasis,
        },
    });
}

/// A table's rows (`row` elements, its own and not a nested table's) of cells (`cell`
/// elements), each cell's paragraphs read by `walk` and set on one line.
fn rows(
    table: Node,
    row: &str,
    cell: &str,
    mut walk: impl FnMut(Node, &mut Vec<Block>),
) -> Vec<Vec<String>> {
    let own = |r: &Node| r.ancestors().find(|a| a.tag_name() == table.tag_name()) == Some(table);
    table
        .descendants()
        .filter(|n| is(n, row) && own(n))
        .map(|r| {
            r.children()
                .filter(|n| is(n, cell))
                .map(|c| {
                    let mut inside = Vec::new();
                    walk(c, &mut inside);
                    cell_text(&inside)
                })
                .collect()
        })
        .collect()
}

fn attribute<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attributes()
        .find(|a| a.name() == name)
        .map(|a| a.value())
}

/// An element of that local name, whatever its namespace.
fn is(node: &Node, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name
}

fn child_of<'a, 'input>(node: Node<'a, 'input>, name: &str) -> Option<Node<'a, 'input>> {
    node.children().find(|n| is(n, name))
}

/// A table cell's paragraphs on one line.
pub(super) fn cell_text(blocks: &[Block]) -> String {
    let texts: Vec<&str> = blocks
        .iter()
        .filter_map(|block| match block {
            Block::Paragraph { text, .. } | Block::Item(text) => Some(text.as_str()),
            Block::Table { .. } => None,
        })
        .collect();
    texts.join(" ")
}

/// The blocks as a Markdown draft. The headline is the paragraph styled as the title or,
/// when none is, a heading above any prose; every other heading is an intertitle.
pub(super) fn markdown(blocks: &[Block]) -> String {
    let headline = headline(blocks);
    let mut out = String::new();
    for (index, block) in blocks.iter().enumerate() {
        match block {
            Block::Paragraph {
                role: Role::Contents,
                ..
            } => continue,
            Block::Paragraph {
                role,
                text,
                emphasis,
            } => {
                let escaped = escaped(text);
                match role {
                    _ if Some(index) == headline => out.push_str(&format!("# {escaped}")),
                    Role::Title | Role::Heading(1 | 2) => out.push_str(&format!("## {escaped}")),
                    Role::Heading(_) => out.push_str(&format!("### {escaped}")),
                    _ if emphasis.bold => out.push_str(&format!("**{escaped}**")),
                    _ if emphasis.italic => out.push_str(&format!("*{escaped}*")),
                    _ => out.push_str(&escaped),
                }
            }
            Block::Item(text) => out.push_str(&format!("- {}", escaped(text))),
            Block::Table { rows, header } => table(rows, *header, &mut out),
        }
        out.push_str("\n\n");
    }
    out
}

/// The index of the headline's block: the first styled as the title, or else the first
/// heading when no prose comes before it.
fn headline(blocks: &[Block]) -> Option<usize> {
    let role = |block: &Block| match block {
        Block::Paragraph { role, .. } => Some(*role),
        _ => None,
    };
    blocks
        .iter()
        .position(|b| role(b) == Some(Role::Title))
        .or_else(|| {
            let first = blocks
                .iter()
                .position(|b| role(b) != Some(Role::Contents))?;
            matches!(role(&blocks[first]), Some(Role::Heading(_))).then_some(first)
        })
}

/// A table's rows as a pipe table, its first row the header when the writer marked it so
/// (else an empty header: a pipe table's first row is one, and the reader leaves it out); a
/// table of one column is its cells' paragraphs (a box the writer drew as a table).
fn table(rows: &[Vec<String>], header: bool, out: &mut String) {
    let rows: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r.iter().any(|c| !c.is_empty()))
        .collect();
    let columns = rows.iter().map(|r| r.len()).max().unwrap_or(0);
    if columns < 2 {
        let cells: Vec<String> = rows
            .iter()
            .flat_map(|r| r.iter().map(|c| escaped(c)))
            .collect();
        out.push_str(&cells.join("\n\n"));
        return;
    }
    let separator = format!("|{}", "---|".repeat(columns));
    let mut lines = Vec::new();
    if !header {
        lines.push(format!("|{}", " |".repeat(columns)));
        lines.push(separator.clone());
    }
    for (index, row) in rows.iter().enumerate() {
        let mut cells: Vec<String> = row.iter().map(|c| escaped(c)).collect();
        cells.resize(columns, String::new());
        lines.push(format!("| {} |", cells.join(" | ")));
        if header && index == 0 {
            lines.push(separator.clone());
        }
    }
    out.push_str(&lines.join("\n"));
}

/// `text` with what Markdown would read as markup escaped: every ASCII punctuation mark
/// that opens or closes an inline or a block (CommonMark allows any to be escaped), and a
/// figure's stop that would open an ordered list.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (index, c) in text.char_indices() {
        let list_stop = matches!(c, '.' | ')')
            && index > 0
            && text[..index].bytes().all(|b| b.is_ascii_digit());
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '<'
                | '>'
                | '#'
                | '|'
                | '~'
                | '&'
                | '{'
                | '}'
                | '!'
        ) || (index == 0 && matches!(c, '-' | '+' | '='))
            || list_stop
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests;
