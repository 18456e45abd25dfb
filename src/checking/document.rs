//! Document: a draft parsed into the model the rules read.
//!
//! The front matter is read by [`super::front_matter`]; the body by pulldown-cmark, so that
//! what counts as a heading, a paragraph or a list item is what CommonMark says, not what a
//! regular expression guesses. Each block keeps its plain text (Text and Code events, with soft
//! and hard breaks as a space, which is how `rewrite` counts words) and the position of its
//! first character in the file, front matter included.
//!
//! # Which text is the body
//! The body text that words, sentences and density are measured on is the text of paragraphs
//! and list items, but not headings and not the final "Sources" section: an H2 titled exactly
//! "Sources" that is the last heading of the draft, as `rewrite` writes it for articles made
//! from several sources. For a `rewrite` output that is exactly the text of its body
//! paragraphs, so both commands report the same word count.

use super::directives::Directives;
use super::front_matter::{self, FrontMatter};
use super::position::{LineIndex, LineTable, Position};
use super::DocumentError;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// The heading text that opens the final list of sources.
pub const SOURCES_HEADING: &str = "Sources";

/// What a block of the body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading and its level (1 for `#`, 2 for `##`…).
    Heading(u8),
    Paragraph,
    ListItem,
}

/// A stretch of a block's text that comes from one Text or Code event.
#[derive(Debug, Clone, PartialEq)]
struct TextRun {
    /// Where the run starts in the block's text.
    offset: usize,
    /// Where its event starts in the file, in bytes.
    file_offset: usize,
    /// The run is written in the file as it reads (no escape, entity or code delimiter), so a
    /// position inside it can be computed exactly.
    verbatim: bool,
    code: bool,
}

/// A heading, paragraph or list item of the body.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    /// Where the block starts in the file.
    pub position: Position,
    /// Part of the final "Sources" section, its heading included.
    pub in_sources: bool,
    /// Where the block is written in the file, Markdown syntax included, as byte ranges: one
    /// range, or for a list item holding nested items, the parts around them (each byte of the
    /// file belongs to one block at most, so a deep nested list is not copied once per level).
    pub source: Vec<Range<usize>>,
    /// The words of `text` as parsed ([`crate::segmenting::count_words`]): counted once, where
    /// the length rules, the measures and the headings' figures each counted them again.
    pub words: usize,
    /// The whole of the block in the file, nested items included.
    span: Range<usize>,
    runs: Vec<TextRun>,
}

impl Block {
    fn new(kind: BlockKind, position: Position, span: Range<usize>) -> Self {
        Block {
            kind,
            text: String::new(),
            position,
            in_sources: false,
            source: Vec::new(),
            words: 0,
            span,
            runs: Vec::new(),
        }
    }

    pub fn heading_level(&self) -> Option<u8> {
        match self.kind {
            BlockKind::Heading(level) => Some(level),
            _ => None,
        }
    }

    /// Body prose: a paragraph or list item outside the "Sources" section.
    pub fn is_prose(&self) -> bool {
        !self.in_sources && matches!(self.kind, BlockKind::Paragraph | BlockKind::ListItem)
    }

    /// The parts of the text that are prose rather than inline code, each with its offset in
    /// [`Block::text`]; typography rules look only at these.
    pub fn prose_runs(&self) -> impl Iterator<Item = (usize, &str)> + '_ {
        self.runs
            .iter()
            .enumerate()
            .filter(|(_, run)| !run.code)
            .map(|(i, run)| {
                let end = self
                    .runs
                    .get(i + 1)
                    .map_or(self.text.len(), |next| next.offset);
                (
                    run.offset,
                    self.text.get(run.offset..end).unwrap_or_default(),
                )
            })
    }

    /// Trim the trailing white space of the text, and the runs that it held: a run that
    /// started in the trimmed tail (a no-break space alone on a line, an image's empty alt
    /// text after a space) would otherwise point past the end of the text.
    fn finish(&mut self) {
        let len = self.text.trim_end().len();
        self.text.truncate(len);
        self.runs.retain(|run| run.offset < len);
    }

    fn push_run(&mut self, text: &str, file_offset: usize, verbatim: bool, code: bool) {
        self.runs.push(TextRun {
            offset: self.text.len(),
            file_offset,
            verbatim,
            code,
        });
        self.text.push_str(text);
    }
}

/// Where the title of a draft is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleSource {
    FrontMatter,
    Heading,
}

/// The title of a draft: the front matter's `title`, or else the first H1 of the body.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Title<'a> {
    pub text: &'a str,
    pub position: Position,
    pub source: TitleSource,
}

/// A parsed draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The draft as read, front matter included: what positions and [`Block::source`] ranges
    /// point into.
    pub text: String,
    lines: LineTable,
    pub front_matter: Option<FrontMatter>,
    pub blocks: Vec<Block>,
    pub directives: Directives,
    /// The first line after the front matter: whole-draft findings point here.
    pub body_start: Position,
}

impl Document {
    /// Parse a draft. Fails only on malformed front matter: any text is valid Markdown.
    pub fn parse(text: &str) -> Result<Document, DocumentError> {
        let index = LineIndex::new(text);
        let split = front_matter::split(text, &index)?;
        let mut directives = Directives::default();
        let mut blocks = parse_body(text, split.body_offset, &index, &mut directives);
        mark_sources_section(&mut blocks);
        cut_sources(&mut blocks);
        for block in &mut blocks {
            block.words = crate::segmenting::count_words(&block.text);
        }
        Ok(Document {
            body_start: index.position(split.body_offset),
            text: text.to_string(),
            lines: index.into_table(),
            front_matter: split.front_matter,
            blocks,
            directives,
        })
    }

    /// The position of byte `offset` of the file.
    pub fn position(&self, offset: usize) -> Position {
        self.lines.position(&self.text, offset)
    }

    /// The position in the file of the character at byte `offset` of `block`'s text. Exact
    /// inside text written as it reads; inside an escape or an inline code span, the start of
    /// that span.
    pub fn position_in(&self, block: &Block, offset: usize) -> Position {
        let i = block.runs.partition_point(|run| run.offset <= offset);
        let Some(run) = i.checked_sub(1).map(|i| &block.runs[i]) else {
            return block.position;
        };
        if !run.verbatim {
            return self.position(run.file_offset);
        }
        self.position(run.file_offset + (offset.min(block.text.len()) - run.offset))
    }

    /// The byte of the file that holds byte `offset` of `block`'s text, where that text is
    /// written as it reads (not inside an escape, an entity or inline code).
    pub fn file_offset_in(&self, block: &Block, offset: usize) -> Option<usize> {
        let i = block.runs.partition_point(|run| run.offset <= offset);
        let run = &block.runs[i.checked_sub(1)?];
        run.verbatim
            .then(|| run.file_offset + (offset - run.offset))
    }

    /// Byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.lines.line_start(line, self.text.len())
    }

    /// The parts of `block` as written in the file, each with its byte offset in the file.
    pub fn source_of<'a>(&'a self, block: &'a Block) -> impl Iterator<Item = (usize, &'a str)> {
        block
            .source
            .iter()
            .map(|range| (range.start, &self.text[range.clone()]))
    }

    pub fn headings(&self) -> impl Iterator<Item = &Block> + '_ {
        self.blocks.iter().filter(|b| b.heading_level().is_some())
    }

    /// Headings of a level, the "Sources" heading excluded.
    pub fn body_headings(&self, level: u8) -> impl Iterator<Item = &Block> + '_ {
        self.headings()
            .filter(move |b| b.heading_level() == Some(level) && !b.in_sources)
    }

    /// Paragraphs and list items outside the "Sources" section: the text that is measured.
    pub fn prose(&self) -> impl Iterator<Item = &Block> + '_ {
        self.blocks.iter().filter(|b| b.is_prose())
    }

    /// The first paragraph of the body (the lede).
    pub fn first_paragraph(&self) -> Option<&Block> {
        self.prose().find(|b| b.kind == BlockKind::Paragraph)
    }

    pub fn title(&self) -> Option<Title<'_>> {
        let from_front_matter = self
            .front_matter
            .as_ref()
            .and_then(|fm| fm.title.as_ref())
            .map(|field| Title {
                text: &field.value,
                position: field.position,
                source: TitleSource::FrontMatter,
            });
        from_front_matter.or_else(|| {
            self.headings()
                .find(|b| b.heading_level() == Some(1))
                .map(|b| Title {
                    text: &b.text,
                    position: b.position,
                    source: TitleSource::Heading,
                })
        })
    }

    /// A front matter field by accessor, for rules that read one.
    pub fn field<'a>(
        &'a self,
        pick: impl Fn(&'a FrontMatter) -> Option<&'a front_matter::Field>,
    ) -> Option<&'a front_matter::Field> {
        self.front_matter.as_ref().and_then(pick)
    }

    /// Where findings about a missing front matter field point: the front matter's first line,
    /// or the top of the file when there is none.
    pub fn front_matter_position(&self) -> Position {
        self.front_matter
            .as_ref()
            .map_or(Position::START, |fm| fm.position)
    }
}

/// Footnotes and pipe tables as `rewrite` reads them ([`crate::reading::markdown`]): a call
/// (`[^1]`) is no text, a note's definition is a paragraph of its own, and a table's row is an
/// item (a table read as a paragraph was one sentence of every cell, a long one).
fn markdown_options() -> Options {
    Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES | Options::ENABLE_TABLES
}

/// Collect the blocks of the body, which starts at byte `body_offset` of `text`, and read the
/// directives of its HTML comments.
fn parse_body(
    text: &str,
    body_offset: usize,
    index: &LineIndex,
    directives: &mut Directives,
) -> Vec<Block> {
    let body = &text[body_offset..];
    let mut open: Vec<Block> = Vec::new();
    let mut done: Vec<Block> = Vec::new();
    let mut code_blocks = 0usize;
    let mut html_block = String::new();
    let mut html_line = 0;
    // A cell of the open table row ended with text: the next cell's text is set after ", ".
    let mut cell_gap = false;
    for (event, range) in Parser::new_ext(body, markdown_options()).into_offset_iter() {
        let start = body_offset + range.start;
        let end = body_offset + range.end;
        let in_item = open.last().is_some_and(|b| b.kind == BlockKind::ListItem);
        let open_block = |kind| Block::new(kind, index.position(start), start..end);
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                open.push(open_block(BlockKind::Heading(level as u8)));
            }
            Event::Start(Tag::Paragraph) if in_item => {
                let item = open.last_mut().expect("an open item");
                if !item.text.is_empty() {
                    item.text.push(' ');
                }
            }
            Event::Start(Tag::Paragraph) => open.push(open_block(BlockKind::Paragraph)),
            Event::Start(Tag::Item) => open.push(open_block(BlockKind::ListItem)),
            // A pipe table's row is an item, its cells told by commas, as `rewrite` writes a
            // table of figures; the header row, which names the columns, is left out as
            // `rewrite` leaves it (its cells open no block, so their text goes nowhere).
            Event::Start(Tag::TableRow) => {
                cell_gap = false;
                open.push(open_block(BlockKind::ListItem));
            }
            Event::End(TagEnd::TableCell) => {
                cell_gap = open.last().is_some_and(|b| !b.text.trim().is_empty());
            }
            Event::End(TagEnd::Paragraph) if in_item => {}
            Event::End(
                TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item | TagEnd::TableRow,
            ) => {
                if let Some(mut block) = open.pop() {
                    block.finish();
                    // A static site's template tags, attribute lists and an MDX page's
                    // imports are the site's markup, not the article's.
                    let written = &text[block.span.clone()];
                    if !crate::reading::markdown::site_markup_only(written) {
                        done.push(block);
                    }
                }
            }
            Event::Start(Tag::CodeBlock(_)) => code_blocks += 1,
            Event::End(TagEnd::CodeBlock) => code_blocks -= 1,
            // "{: .chapo}" on the line under a paragraph, kramdown's attributes for it.
            Event::Text(t) if crate::reading::markdown::tags_only(&t) => {}
            Event::Text(t) if code_blocks == 0 => {
                if let Some(block) = open.last_mut() {
                    if std::mem::take(&mut cell_gap) {
                        block.text.push_str(", ");
                    }
                    block.push_run(&t, start, text[start..end] == *t, false);
                }
            }
            Event::Code(t) => {
                if let Some(block) = open.last_mut() {
                    block.push_run(&t, start, false, true);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(block) = open.last_mut() {
                    block.text.push(' ');
                }
            }
            Event::Start(Tag::HtmlBlock) => {
                html_block.clear();
                html_line = index.position(start).line;
            }
            Event::Html(html) => html_block.push_str(&html),
            Event::End(TagEnd::HtmlBlock) => directives.read(&html_block, html_line),
            Event::InlineHtml(html) => directives.read(&html, index.position(start).line),
            _ => {}
        }
    }
    // Nested list items finish before the item that holds them: restore file order.
    done.sort_by_key(|b| b.position);
    done
}

/// Give each block the parts of the file that are its own: its span, less the spans of the
/// blocks nested in it (list items in a list item). Blocks are in file order, so a stack of
/// the blocks still open finds each one's parent in one pass.
fn cut_sources(blocks: &mut [Block]) {
    let mut order: Vec<usize> = (0..blocks.len()).collect();
    order.sort_by_key(|&i| (blocks[i].span.start, std::cmp::Reverse(blocks[i].span.end)));
    let mut children: Vec<Vec<Range<usize>>> = vec![Vec::new(); blocks.len()];
    let mut open: Vec<usize> = Vec::new();
    for &i in &order {
        let span = blocks[i].span.clone();
        while open
            .last()
            .is_some_and(|&top| blocks[top].span.end <= span.start)
        {
            open.pop();
        }
        if let Some(&parent) = open.last() {
            children[parent].push(span);
        }
        open.push(i);
    }
    for (block, nested) in blocks.iter_mut().zip(children) {
        let mut at = block.span.start;
        for child in nested {
            if child.start > at {
                block.source.push(at..child.start);
            }
            at = at.max(child.end);
        }
        if block.span.end > at {
            block.source.push(at..block.span.end);
        }
    }
}

/// Mark the final "Sources" section: an H2 titled exactly "Sources" that is the last heading.
fn mark_sources_section(blocks: &mut [Block]) {
    let Some(last_heading) = blocks.iter().rposition(|b| b.heading_level().is_some()) else {
        return;
    };
    let heading = &blocks[last_heading];
    if heading.heading_level() == Some(2) && heading.text.trim() == SOURCES_HEADING {
        for block in &mut blocks[last_heading..] {
            block.in_sources = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRAFT: &str = "---\ntitle: \"Titre\"\n---\n\nLe lede, avec `du code` et\nune suite.\n\n## Partie\n\n- un élément\n- deux\n\n## Sources\n\n- Titre — La Gazette\n";

    fn kinds(doc: &Document) -> Vec<(BlockKind, usize, bool)> {
        doc.blocks
            .iter()
            .map(|b| (b.kind, b.position.line, b.in_sources))
            .collect()
    }

    #[test]
    fn a_static_sites_template_tags_and_a_footnotes_call_are_no_text() {
        // A Hugo draft (written for the tests): its figure's shortcode was a paragraph whose
        // attributes' straight quotes `french-quotes` faulted, and "[^1]" a word.
        let draft = "---\ntitle: \"Titre\"\n---\n\nUne piste séparée par une bordure[^1].\n\n{{< figure src=\"a.jpg\" caption=\"Le chantier.\" >}}\n\n[^1]: La bordure mesure douze centimètres.\n";
        let doc = Document::parse(draft).unwrap();
        let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Une piste séparée par une bordure.",
                "La bordure mesure douze centimètres."
            ]
        );
    }

    #[test]
    fn a_pipe_tables_rows_are_items_without_its_header() {
        // Read as a paragraph, the table was one sentence of every cell, which the
        // long-sentences rule counted.
        let draft = "---\ntitle: \"Titre\"\n---\n\nLe budget a doublé.\n\n| Année | Budget | Note |\n|---|---:|---|\n| 2017 | 41 M€ | vote |\n| 2024 | 84 M€ | |\n";
        let doc = Document::parse(draft).unwrap();
        let blocks: Vec<(BlockKind, &str, usize)> = doc
            .blocks
            .iter()
            .map(|b| (b.kind, b.text.as_str(), b.position.line))
            .collect();
        assert_eq!(
            blocks,
            [
                (BlockKind::Paragraph, "Le budget a doublé.", 5),
                (BlockKind::ListItem, "2017, 41 M€, vote", 9),
                (BlockKind::ListItem, "2024, 84 M€", 10),
            ]
        );
    }

    #[test]
    fn kramdowns_attribute_lists_and_an_mdx_pages_imports_are_no_text() {
        let draft = "---\ntitle: \"Titre\"\n---\nimport Figure from '../Figure.astro';\n\nLa facture a doublé en six ans.\n{: .chapo}\n\n## Un coût\n{: #cout}\n";
        let doc = Document::parse(draft).unwrap();
        let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["La facture a doublé en six ans.", "Un coût"]);
        assert_eq!(doc.blocks[0].position.line, 6);
    }

    #[test]
    fn blocks_carry_file_lines_and_the_sources_section() {
        let doc = Document::parse(DRAFT).unwrap();
        assert_eq!(doc.body_start, Position::new(4, 1));
        assert_eq!(
            kinds(&doc),
            vec![
                (BlockKind::Paragraph, 5, false),
                (BlockKind::Heading(2), 8, false),
                (BlockKind::ListItem, 10, false),
                (BlockKind::ListItem, 11, false),
                (BlockKind::Heading(2), 13, true),
                (BlockKind::ListItem, 15, true),
            ]
        );
        assert_eq!(doc.blocks[0].text, "Le lede, avec du code et une suite.");
        assert_eq!(doc.prose().count(), 3);
    }

    #[test]
    fn positions_inside_a_block_follow_the_source() {
        let doc = Document::parse("Un texte\nsur deux l'lignes.").unwrap();
        let block = &doc.blocks[0];
        let offset = block.text.find('\'').unwrap();
        assert_eq!(doc.position_in(block, offset), Position::new(2, 11));
    }

    #[test]
    fn source_positions_count_lines_inside_the_block() {
        let doc = Document::parse("Intro.\n\nUne ligne\net <<deux>>.").unwrap();
        let block = &doc.blocks[1];
        let parts: Vec<(usize, &str)> = doc.source_of(block).collect();
        assert_eq!(parts, [(8, "Une ligne\net <<deux>>.")]);
        assert_eq!(
            doc.position(8 + parts[0].1.find("<<").unwrap()),
            Position::new(4, 4)
        );
    }

    #[test]
    fn nested_items_own_only_their_part_of_the_source() {
        let text = "- un\n  - deux\n    - trois\n  - quatre\n\n  suite de un\n";
        let doc = Document::parse(text).unwrap();
        let sources: Vec<Vec<&str>> = doc
            .blocks
            .iter()
            .map(|b| doc.source_of(b).map(|(_, s)| s.trim()).collect())
            .collect();
        assert_eq!(sources[0][0], "- un");
        assert!(sources[0].last().unwrap().contains("suite de un"));
        assert_eq!(sources[1], ["- deux"]);
        assert_eq!(sources[2], ["- trois"]);
        let total: usize = doc
            .blocks
            .iter()
            .flat_map(|b| &b.source)
            .map(|r| r.len())
            .sum();
        assert!(total <= text.len());
    }

    #[test]
    fn trailing_white_space_runs_are_dropped_with_the_space() {
        for text in ["x\n\u{a0}\n", "a&nbsp;&nbsp;", "![](a) ![](b) ![](c)\n"] {
            let doc = Document::parse(text).unwrap();
            for block in &doc.blocks {
                let runs: Vec<_> = block.prose_runs().collect();
                assert!(runs
                    .iter()
                    .all(|(offset, _)| *offset < block.text.len().max(1)));
            }
        }
    }

    #[test]
    fn escapes_are_rendered_away() {
        let doc = Document::parse("\\# Pas un titre, 1\\. non plus").unwrap();
        assert_eq!(doc.blocks[0].kind, BlockKind::Paragraph);
        assert_eq!(doc.blocks[0].text, "# Pas un titre, 1. non plus");
    }

    #[test]
    fn title_comes_from_front_matter_or_the_first_h1() {
        let doc = Document::parse(DRAFT).unwrap();
        assert_eq!(doc.title().unwrap().source, TitleSource::FrontMatter);
        let doc = Document::parse("# Le titre\n\nTexte.").unwrap();
        let title = doc.title().unwrap();
        assert_eq!(
            (title.text, title.position.line, title.source),
            ("Le titre", 1, TitleSource::Heading)
        );
    }

    #[test]
    fn code_blocks_are_not_prose_and_comments_become_directives() {
        let doc =
            Document::parse("```\ncode\n```\n\n<!-- redac-disable-file min-words -->\n\nTexte.")
                .unwrap();
        assert_eq!(doc.blocks.len(), 1);
        assert!(doc.directives.disables("min-words"));
    }

    #[test]
    fn a_sources_heading_followed_by_another_heading_is_body() {
        let doc = Document::parse("## Sources\n\nTexte.\n\n## Fin\n\nTexte.").unwrap();
        assert!(doc.blocks.iter().all(|b| !b.in_sources));
    }
}
