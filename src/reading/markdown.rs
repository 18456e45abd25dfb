//! Markdown input: a page from Markdown, read as Markdown.
//!
//! redac's own articles, pandoc's output and trafilatura's `--with-metadata` output are
//! Markdown with a front matter. Read as plain text, the front matter became body text and
//! the `##` lines noise or prose; read here, the front matter is [`Metadata`] (title, date,
//! author, description, URL), a `#` heading is the title, `##`–`######` headings are the
//! journalist's intertitles, and paragraphs keep their words without their syntax: emphasis
//! markers go, a link keeps its text, an escape (`1\.`) is undone. The parsing is
//! pulldown-cmark's, so the text is what any Markdown renderer would show.

use super::page::{Block, Hint, Metadata, Page};
use pulldown_cmark::{Event, HeadingLevel, MetadataBlockKind, Options, Parser, Tag, TagEnd};
use std::borrow::Cow;

/// Read a Markdown text into a page.
pub fn read(text: &str) -> Page {
    let envelope = reader_envelope(text);
    let (content, lines_before) = envelope
        .as_ref()
        .map_or((text, 0), |e| (&text[e.content_start..], e.lines_before));
    let content = &*without_container_marks(content);
    let mut reader = Reader::new(content, 1 + lines_before);
    // A note-taking tool's links to other notes ("[[Sécheresse 2025]]", Obsidian's) are
    // read as links: their text is kept, their brackets go.
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_WIKILINKS
        | Options::ENABLE_FOOTNOTES;
    for (event, range) in Parser::new_ext(content, options).into_offset_iter() {
        reader.event(event, range.start);
    }
    let mut page = reader.page;
    // A front matter title is the headline when no `#` heading gives one, above the article
    // the front matter heads. An envelope's wraps a whole page, menus first: its title is the
    // page's metadata, which the pipeline takes when no heading is the headline, and no block
    // above the menus that would make their first prose the chapô under it.
    if let Some(envelope) = envelope {
        page.metadata = envelope.metadata;
        return page;
    }
    if let Some(title) = page.metadata.title.clone() {
        if !page.blocks.iter().any(|b| b.hint == Some(Hint::Title)) {
            let title = Block {
                line: 1,
                last_line: 1,
                text: title,
                hint: Some(Hint::Title),
            };
            page.blocks.insert(0, title);
        }
    }
    page
}

/// Whether `name` and `text` look like Markdown: a `.md`/`.markdown` name, a front matter that
/// closes, an ATX heading (`# Titre`, `## Intertitre`) on the first line, or a page converted
/// to Markdown whole (html2text, a browser's reader export): its headline and intertitles are
/// ATX headings further down, under the site's menus, with the lists and emphasis such a
/// conversion writes.
pub fn is_markdown(name: &str, text: &str) -> bool {
    let extension = std::path::Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if matches!(extension.as_deref(), Some("md" | "markdown" | "mdx")) {
        return true;
    }
    let text = text.trim_start_matches('\u{feff}');
    let mut lines = text.lines().skip_while(|l| l.trim().is_empty());
    let first = lines.next().unwrap_or("");
    let title_underlined = lines
        .next()
        .is_some_and(|l| setext_underline(l) == Some('='));
    atx_heading(first)
        || title_underlined
        || opens_on_front_matter(text)
        || reader_envelope(text).is_some()
        || converted_page(text) && sets_blocks_apart(text)
}

/// A page converted to Markdown sets its paragraphs apart with blank lines, which Markdown
/// needs; a page's text dumped one block a line, with no blank line, only looks like it where
/// a block opens on "#" (Là-bas si j'y suis: each comment's anchor, "# Le 3 juillet à 16:55,
/// par …"), and read as Markdown its lines were glued into one paragraph, the article's with
/// the menus'.
fn sets_blocks_apart(text: &str) -> bool {
    text.lines().any(|line| line.trim().is_empty())
}

/// The envelope a reading service puts around a page it converted to Markdown (Jina AI's
/// Reader, `https://r.jina.ai/URL`): "Title: …", "URL Source: …", at times "Published
/// Time: …", then a line "Markdown Content:" and the page. What it names is the page's
/// metadata, not article text: read as text, the title line was a label and the address an
/// embed.
struct ReaderEnvelope {
    metadata: Metadata,
    /// Where the Markdown content starts, in bytes, and how many lines come before it.
    content_start: usize,
    lines_before: usize,
}

/// Lines of "Field: value" an envelope holds at most before its "Markdown Content:" line.
const ENVELOPE_MAX_LINES: usize = 24;

fn reader_envelope(text: &str) -> Option<ReaderEnvelope> {
    let bom = text.len() - text.trim_start_matches('\u{feff}').len();
    if !text[bom..].starts_with("Title:") {
        return None;
    }
    let mut metadata = Metadata::default();
    let mut offset = bom;
    for (index, line) in text[bom..]
        .split_inclusive('\n')
        .take(ENVELOPE_MAX_LINES)
        .enumerate()
    {
        offset += line.len();
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (field, value) = line.split_once(':')?;
        let value = value.trim();
        if field == "Markdown Content" && value.is_empty() {
            metadata.title = metadata.title.map(|title| {
                super::site_name::without_site_name(&title, metadata.url.as_deref(), |_| false)
            });
            return Some(ReaderEnvelope {
                metadata,
                content_start: offset,
                lines_before: index + 1,
            });
        }
        let slot = match field {
            "Title" => &mut metadata.title,
            "URL Source" => &mut metadata.url,
            "Published Time" => &mut metadata.date,
            "Description" => &mut metadata.description,
            // Other fields ("Warning: …", "Number of Pages: …") say nothing of the article.
            _ if field.chars().all(|c| c.is_alphabetic() || c == ' ') => continue,
            _ => return None,
        };
        *slot = (!value.is_empty()).then(|| value.to_string());
    }
    None
}

/// The character a setext heading's underline is made of (`===` under a title, `---` under
/// an intertitle), three or more of it and nothing else but spaces around.
fn setext_underline(line: &str) -> Option<char> {
    // Asked of every line of a text: most are told by their first byte.
    let line = line.trim_start_matches(' ');
    let first = match line.as_bytes().first()? {
        b'=' => '=',
        b'-' => '-',
        _ => return None,
    };
    let line = line.trim_end();
    (line.len() >= 3 && line.bytes().all(|b| b == first as u8)).then_some(first)
}

/// An ATX heading of level 1 to 3: `#`, `##` or `###`, a space, then its text ("#hashtag" is
/// none).
fn atx_heading(line: &str) -> bool {
    let heading = line.trim_start_matches('#');
    (1..=3).contains(&(line.len() - heading.len()))
        && heading.starts_with(' ')
        && !heading.trim().is_empty()
}

/// Markdown constructs a page converted to Markdown is made of, beside its headings: a list
/// item (`* `, `- `, `+ `), strong emphasis (`**…**`) or a link (`](`).
fn marked_up(line: &str) -> bool {
    let item = line.trim_start();
    item.starts_with("* ")
        || item.starts_with("- ")
        || item.starts_with("+ ")
        || line.contains("**")
        || line.contains("](")
}

/// At least two ATX headings, one among several other Markdown lines, one subheading (`##`,
/// `###`), or a line wholly in strong emphasis: plain text may hold a line opening on "# " or
/// a few bulleted lines, not both; a journalist's draft under a plain headline marks its one
/// intertitle `## Des pertes très lourdes` or `**Des pertes très lourdes**`, which read as
/// text were a hashtag's trace and a related link.
///
/// The headings are counted first, over the whole text: they are told by a line's first
/// bytes, and nearly every text sent here has none. The lines' emphasis and links, two
/// searches of every line, are looked for only when one heading needs them (they were
/// searched in every line of every plain text).
fn converted_page(text: &str) -> bool {
    /// Lines of lists, emphasis or links that, with one heading, make a Markdown page.
    const MARKED_UP_LINES: usize = 3;
    // Every heading holds a '#' or three '=' or '-' in a row: a text with none, most that
    // are not Markdown, is settled by vector searches, not read line by line (every input
    // is asked; that cost some 20,000 instructions an article).
    let bytes = text.as_bytes();
    let may_hold_a_heading = memchr::memchr(b'#', bytes).is_some()
        || memchr::memmem::find(bytes, b"===").is_some()
        || memchr::memmem::find(bytes, b"---").is_some();
    let may_hold_emphasis = || memchr::memmem::find(bytes, b"**").is_some();
    let bold_line = || may_hold_emphasis() && text.lines().any(wholly_strong);
    if !may_hold_a_heading {
        return bold_line();
    }
    match lines_as_headings(text)
        .filter(|&(_, heading)| heading)
        .take(2)
        .count()
    {
        0 => bold_line(),
        1 => {
            lines_as_headings(text).any(|(line, heading)| heading && subheading(line))
                || bold_line()
                || lines_as_headings(text)
                    .filter(|&(line, heading)| !heading && marked_up(line))
                    .take(MARKED_UP_LINES)
                    .count()
                    == MARKED_UP_LINES
        }
        _ => true,
    }
}

/// An ATX heading of level 2 or 3: an intertitle, which plain text never opens a line with
/// ("# 1 au classement" may be a rank).
fn subheading(line: &str) -> bool {
    atx_heading(line) && line.starts_with("##")
}

/// A line wholly in strong emphasis, `**Des pertes très lourdes**`: a draft's intertitle.
fn wholly_strong(line: &str) -> bool {
    line.trim()
        .strip_prefix("**")
        .and_then(|rest| rest.strip_suffix("**"))
        .is_some_and(|inner| {
            !inner.trim().is_empty() && !inner.contains("**") && !inner.starts_with(' ')
        })
}

/// Each line of `text`, and whether it is an ATX heading or a setext underline.
fn lines_as_headings(text: &str) -> impl Iterator<Item = (&str, bool)> {
    let mut above = "";
    text.lines().map(move |line| {
        let heading = atx_heading(line) || setext_heading(above, line);
        above = line;
        (line, heading)
    })
}

/// `line` underlines `above` as a setext heading: Jina's Reader and pandoc before its
/// version 3 write a page's headline and intertitles so ("Les faits\n---------"). A line of
/// dashes under a blank line, a list item or another heading is a rule, not an underline; a
/// heading may be a link ("[Les faits](https://…)").
fn setext_heading(above: &str, line: &str) -> bool {
    let above = above.trim();
    setext_underline(line).is_some()
        && !above.is_empty()
        && setext_underline(above).is_none()
        && !atx_heading(above)
        && !above.starts_with(['*', '-', '+'])
}

/// The text opens on a YAML or TOML front matter, its fence on the first line and again
/// within a hundred lines.
pub fn opens_on_front_matter(text: &str) -> bool {
    let mut lines = text.lines();
    let Some(fence) = lines
        .next()
        .map(str::trim_end)
        .filter(|l| *l == "---" || *l == "+++")
    else {
        return false;
    };
    lines.take(100).any(|l| l.trim_end() == fence)
}

/// Where the reader is in the event stream.
struct Reader<'a> {
    source: &'a str,
    page: Page,
    /// The block being gathered: its start offset, hint and text so far.
    open: Option<(usize, Option<Hint>, String)>,
    /// Nesting of containers that give their blocks a hint (block quotes, list items).
    quote_depth: usize,
    list_depth: usize,
    /// Inside an image (its alt text is not article text) or a metadata block.
    skip_depth: usize,
    /// Inside a footnote's definition (`[^1]: …`), whose paragraphs are notes. The calls
    /// (`[^1]`) are no text: "`…par une bordure[^1].`" was written "`par une bordure\[^1\].`",
    /// and its note "`\[^1\] : La bordure mesure…`" was the article's last paragraph.
    footnote_depth: usize,
    /// What tells the open paragraph a caption ([`Caption`]).
    caption: Caption,
    metadata: Option<(MetadataBlockKind, String)>,
    /// After redac's closing `## Sources` heading everything is a list of sources.
    in_sources: bool,
    /// The last block's offset and its line: blocks come in order, so each counts only the
    /// line breaks since the one before, not all those from the start (a huge input's many
    /// blocks would make that quadratic).
    line_cursor: (usize, usize),
    /// The line `source` starts on in the input (after a reading service's envelope).
    first_line: usize,
    /// Inside a pipe table: its rows so far, each its offset and its cells.
    table: Option<Vec<(usize, Vec<String>)>>,
    /// Inside a table's header row, whose cells name the columns.
    in_table_head: bool,
    /// The header row's cells.
    table_head: Vec<String>,
}

impl<'a> Reader<'a> {
    fn new(source: &'a str, first_line: usize) -> Reader<'a> {
        Reader {
            source,
            page: Page::default(),
            open: None,
            quote_depth: 0,
            list_depth: 0,
            skip_depth: 0,
            footnote_depth: 0,
            caption: Caption::default(),
            metadata: None,
            in_sources: false,
            line_cursor: (0, first_line),
            first_line,
            table: None,
            in_table_head: false,
            table_head: Vec::new(),
        }
    }

    /// The 1-based line of `offset`.
    fn line_at(&mut self, offset: usize) -> usize {
        let (from, line) = match self.line_cursor {
            (seen, line) if seen <= offset => (seen, line),
            _ => (0, self.first_line),
        };
        let line = line + self.source[from..offset].matches('\n').count();
        self.line_cursor = (offset, line);
        line
    }

    fn event(&mut self, event: Event, offset: usize) {
        match event {
            Event::Start(tag) => self.start(tag, offset),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Code(text) => self.text(&text),
            Event::SoftBreak | Event::HardBreak => self.text(" "),
            Event::Html(_) | Event::InlineHtml(_) => {}
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag, offset: usize) {
        match tag {
            Tag::MetadataBlock(kind) => self.metadata = Some((kind, String::new())),
            Tag::Heading { level, .. } => self.open(offset, Some(heading_hint(level))),
            Tag::Paragraph if self.open.is_none() => self.open(offset, Some(self.paragraph_hint())),
            Tag::BlockQuote(_) => self.quote_depth += 1,
            Tag::Item => {
                self.list_depth += 1;
                self.open(offset, Some(self.paragraph_hint()));
            }
            Tag::CodeBlock(_) | Tag::HtmlBlock => self.open(offset, Some(Hint::Furniture)),
            Tag::FootnoteDefinition(_) => {
                self.close();
                self.footnote_depth += 1;
            }
            Tag::Image { .. } => {
                self.caption.image_first |= self.open_is_empty();
                self.skip_depth += 1;
            }
            Tag::Emphasis | Tag::Strong => {
                self.caption.emphasis_first |= self.open_is_empty();
                self.caption.emphasis_depth += 1;
            }
            Tag::Table(_) => {
                self.close();
                self.table = Some(Vec::new());
            }
            Tag::TableHead => self.in_table_head = true,
            Tag::TableRow => {
                if let Some(rows) = &mut self.table {
                    rows.push((offset, Vec::new()));
                }
            }
            Tag::TableCell if self.in_table_head => self.table_head.push(String::new()),
            Tag::TableCell => {
                if let Some((_, cells)) = self.table.as_mut().and_then(|rows| rows.last_mut()) {
                    cells.push(String::new());
                }
            }
            _ => {}
        }
    }

    /// The open block holds no text yet.
    fn open_is_empty(&self) -> bool {
        self.open
            .as_ref()
            .is_some_and(|(_, _, text)| text.trim().is_empty())
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::MetadataBlock(_) => {
                if let Some((kind, text)) = self.metadata.take() {
                    self.page.metadata = front_matter(kind, &text);
                }
            }
            TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::HtmlBlock => self.close(),
            TagEnd::Paragraph if self.list_depth == 0 => self.close(),
            TagEnd::BlockQuote(_) => self.quote_depth = self.quote_depth.saturating_sub(1),
            TagEnd::Item => {
                self.close();
                self.list_depth = self.list_depth.saturating_sub(1);
            }
            TagEnd::Image => self.skip_depth = self.skip_depth.saturating_sub(1),
            TagEnd::FootnoteDefinition => {
                self.close();
                self.footnote_depth = self.footnote_depth.saturating_sub(1);
            }
            TagEnd::Emphasis | TagEnd::Strong => {
                self.caption.emphasis_depth = self.caption.emphasis_depth.saturating_sub(1);
            }
            TagEnd::TableHead => self.in_table_head = false,
            TagEnd::Table => self.close_table(),
            _ => {}
        }
    }

    /// A pipe table of figures ends: its rows are a list's items ("Gazole : 1,594 €" for a
    /// row of two cells, its cells told by commas for more), its header row kept only where
    /// the rows need it, as HTML's are read ([`super::page::table_items`]). The table's text
    /// went nowhere, and the figures it set out were lost.
    fn close_table(&mut self) {
        let head = std::mem::take(&mut self.table_head);
        let Some(rows) = self.table.take() else {
            return;
        };
        if rows.len() > super::page::DATA_TABLE_MAX_ROWS {
            return;
        }
        let collapsed = |cells: &[String]| -> Vec<String> {
            cells
                .iter()
                .map(|cell| cell.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|cell| !cell.is_empty())
                .collect()
        };
        let header = collapsed(&head);
        let header = (!header.is_empty()).then_some(header);
        let body: Vec<Vec<String>> = rows.iter().map(|(_, cells)| collapsed(cells)).collect();
        let mut items = super::page::table_items(header.as_deref(), &body).into_iter();
        // The header's item, when kept, stands at the table's first row's line.
        let kept_header = items.len() > rows.len();
        let first_offset = rows.first().map_or(0, |(offset, _)| *offset);
        let offsets = kept_header
            .then_some(first_offset)
            .into_iter()
            .chain(rows.iter().map(|(offset, _)| *offset));
        for offset in offsets {
            if let Some(text) = items.next().flatten() {
                let line = self.line_at(offset);
                self.page.blocks.push(Block {
                    line,
                    last_line: line,
                    text,
                    hint: Some(Hint::TableRow),
                });
            }
        }
    }

    fn paragraph_hint(&self) -> Hint {
        match () {
            _ if self.in_sources => Hint::Furniture,
            _ if self.footnote_depth > 0 => Hint::Footnote,
            _ if self.list_depth > 0 => Hint::ListItem,
            _ if self.quote_depth > 0 => Hint::Quote,
            _ => Hint::Body,
        }
    }

    fn open(&mut self, offset: usize, hint: Option<Hint>) {
        self.close();
        self.open = Some((offset, hint, String::new()));
    }

    /// The paragraph closing is an image's caption: its text set after the image it opens
    /// on ("![…](…)" then "*Le peloton à Brest. (Photo : …)*" on the next line), or set
    /// whole in emphasis in the paragraph right under an image alone. Read as prose, a
    /// caption short and unstopped was an intertitle.
    fn closes_a_caption(&mut self, text: &str) -> bool {
        let caption = std::mem::take(&mut self.caption);
        let emphasised = caption.emphasis_first && !caption.plain_text;
        self.caption.after_image = text.is_empty() && caption.image_first;
        !text.is_empty() && (caption.image_first || caption.after_image && emphasised)
    }

    fn text(&mut self, text: &str) {
        if let Some((_, buffer)) = &mut self.metadata {
            buffer.push_str(text);
        } else if let Some(rows) = &mut self.table {
            let cell = match self.in_table_head {
                true => self.table_head.last_mut(),
                false => rows.last_mut().and_then(|(_, cells)| cells.last_mut()),
            };
            if let (Some(cell), 0) = (cell, self.skip_depth) {
                cell.push_str(text);
            }
        } else if let (Some((_, _, buffer)), 0) = (&mut self.open, self.skip_depth) {
            buffer.push_str(text);
            self.caption.plain_text |= self.caption.emphasis_depth == 0 && !text.trim().is_empty();
        }
    }

    /// End the open block: its text on one line, white space collapsed.
    fn close(&mut self) {
        let Some((offset, hint, text)) = self.open.take() else {
            return;
        };
        let text = without_attribute_lists(&text);
        let text = without_note_marks(&text);
        let text = text
            .split_whitespace()
            .filter_map(without_stray_underscores)
            .collect::<Vec<_>>()
            .join(" ");
        let caption = self.closes_a_caption(&text);
        if text.is_empty() {
            return;
        }
        let mut hint = match hint {
            Some(Hint::Body) if caption || site_markup_only(&text) => Some(Hint::Furniture),
            Some(Hint::Quote) if opens_a_callout(&text) => Some(Hint::Furniture),
            hint => hint,
        };
        if hint == Some(Hint::Intertitle) {
            // redac's closing list of sources is not article text.
            self.in_sources = text == crate::rendering::SOURCES_HEADING;
            if self.in_sources {
                hint = Some(Hint::Furniture);
            }
        }
        let line = self.line_at(offset);
        if hint == Some(Hint::Body) {
            // A converter glues an intertitle between two paragraphs ("…la polémique. Le
            // ministre reproche… à Sainte-SolineLa LDH a déployé…", trafilatura's Markdown of
            // franceinfo) as a plain-text scraper does: the pieces are read apart, and the
            // heading's by its shape.
            for piece in super::page::paragraphs_of(&text) {
                let hint = (!glued_heading(&piece)).then_some(Hint::Body);
                self.page.blocks.push(Block {
                    line,
                    last_line: line,
                    text: piece,
                    hint,
                });
            }
            return;
        }
        self.page.blocks.push(Block {
            line,
            last_line: line,
            text,
            hint,
        });
    }
}

/// What the reader saw of the open paragraph that tells an image's caption
/// ([`Reader::closes_a_caption`]).
#[derive(Default)]
struct Caption {
    /// The paragraph opened on an image.
    image_first: bool,
    /// The paragraph opened on emphasis…
    emphasis_first: bool,
    /// …and holds text outside it.
    plain_text: bool,
    /// Emphasis open at the text read.
    emphasis_depth: usize,
    /// The block before was an image alone.
    after_image: bool,
}

/// The paragraph is only a static site generator's markup, which the site's build replaces
/// or reads as attributes: template tags and kramdown's attribute lists ([`tags_only`]:
/// Jekyll's `{: .legende}` under a picture, `{: #cout}` under a heading), or an MDX page's
/// imports and exports (`import Figure from '../components/Figure.astro';`). No prose: read
/// as prose, a shortcode was a related headline, an attribute list an embed's tag that ended
/// the article before its second section, an import the first paragraph `check` looked for the
/// keyphrase in.
pub fn site_markup_only(text: &str) -> bool {
    tags_only(text) || module_lines_only(text)
}

/// The text is only template tags and attribute lists: a Hugo shortcode (`{{< figure
/// src="…" caption="…" >}}`, `{{% note %}}`), a Liquid tag or output (`{% include video.html
/// id="…" %}`, `{{ page.title }}`), a kramdown attribute list (`{: .legende}`, `{:#cout}`).
pub fn tags_only(text: &str) -> bool {
    let mut rest = text.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let close = match rest.get(..2) {
            Some("{{") => "}}",
            Some("{%") => "%}",
            Some("{:") => "}",
            _ => return false,
        };
        let Some(end) = rest[2..].find(close) else {
            return false;
        };
        rest = rest[2 + end + close.len()..].trim_start();
    }
    true
}

/// Every line is an ES module's import or export, as an MDX page opens on: `import X from
/// '…';`, `import '…';`, `export const …`. French prose opens no line on "import " followed
/// by a module's quoted path.
fn module_lines_only(text: &str) -> bool {
    let statement = |line: &str| {
        let line = line.trim();
        let quoted_path = line.contains(" from '") || line.contains(" from \"");
        line.strip_prefix("import ")
            .is_some_and(|rest| quoted_path || rest.starts_with(['\'', '"']))
            || [
                "export const ",
                "export default ",
                "export function ",
                "export let ",
            ]
            .iter()
            .any(|export| line.starts_with(export))
    };
    let mut lines = text.lines().filter(|l| !l.trim().is_empty()).peekable();
    lines.peek().is_some() && lines.all(statement)
}

/// The text without the marks of the boxes static sites' Markdown sets a note in: a fenced
/// div's lines of colons (":::info" … ":::", Docusaurus, VitePress, Pandoc) and an
/// admonition's head ("!!! warning \"Attention\"", MkDocs; "???" when it folds), whose
/// lines, indented by four spaces, are its text. Read as CommonMark, the colons joined the
/// box's sentence (":::info Le parc comptera…", then dropped as a headline), the head was a
/// paragraph of marks ("!! ! warning « Attention »"), and the indented text a code block. Each
/// mark becomes a blank line, each box's line is unindented: the box's words are paragraphs,
/// on the lines they were on.
fn without_container_marks(text: &str) -> Cow<'_, str> {
    let opens = |line: &str| {
        let line = line.trim_start_matches(' ');
        line.starts_with(":::") || admonition_head(line)
    };
    if !text.lines().any(opens) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut in_admonition = false;
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        let unindented = body
            .strip_prefix("    ")
            .or_else(|| body.strip_prefix('\t'));
        in_admonition &= unindented.is_some() || body.trim().is_empty();
        if opens(body) {
            in_admonition = admonition_head(body.trim_start_matches(' '));
        } else {
            out.push_str(if in_admonition {
                unindented.unwrap_or(body)
            } else {
                body
            });
        }
        out.push_str(end);
    }
    Cow::Owned(out)
}

/// MkDocs' admonition head: "!!!" or "???" (perhaps "???+"), a space and the box's kind.
fn admonition_head(line: &str) -> bool {
    ["!!! ", "??? ", "???+ "].iter().any(|mark| {
        line.strip_prefix(mark)
            .is_some_and(|kind| kind.starts_with(|c: char| c.is_ascii_alphabetic()))
    })
}

/// The text without kramdown's attribute lists (`{: .chapo}` set at a paragraph's end, `{:
/// .legende}` after a picture, a span's `{:.red}`): the site's attributes, not words.
pub fn without_attribute_lists(text: &str) -> Cow<'_, str> {
    if !text.contains("{:") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("{:") {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.push_str(&rest[..open]);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// A piece of a paragraph short and unstopped, as an intertitle the converter glued to it is.
fn glued_heading(piece: &str) -> bool {
    let end = piece.trim_end_matches(['»', '"', '”', ')', ' ']);
    !end.ends_with(['.', '!', '?', '…', ':'])
        && crate::segmenting::count_words(piece) <= super::page::GLUED_HEADING_WORDS
}

/// "> [!note] Pour la rédaction" (Obsidian's callout, GitHub's alert): a note set in a box,
/// to the desk or to the writer, not a quotation of the article. It was the article's first
/// paragraph ("[!note] Pour la rédaction Papier pour l'édition du lundi, 5 000 signes.").
fn opens_a_callout(text: &str) -> bool {
    text.strip_prefix("[!")
        .and_then(|rest| rest.split_once(']'))
        .is_some_and(|(kind, _)| {
            !kind.is_empty() && kind.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

/// A note-taking tool's marks in a paragraph's text, dropped: a comment between `%%`
/// (Obsidian's, for the writer alone), the `==` around highlighted words, and tags after the
/// last sentence ("… autant qu'avant. » #irrigation"). News prose writes none of them; a
/// hashtag inside a sentence ("le mouvement #MeToo") stays.
fn without_note_marks(text: &str) -> Cow<'_, str> {
    if !text.contains(['%', '=', '#']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("%%") {
        let Some(end) = rest[start + 2..].find("%%") else {
            break;
        };
        out.push_str(&rest[..start]);
        rest = &rest[start + 2 + end + 2..];
    }
    out.push_str(rest);
    let out = out.replace("==", "");
    let mut words: Vec<&str> = out.split_whitespace().collect();
    while words.len() > 1
        && words.last().is_some_and(|w| is_tag(w))
        && words[..words.len() - 1]
            .iter()
            .rev()
            .find(|w| !is_tag(w))
            .is_some_and(|w| w.ends_with(['.', '!', '?', '…', '»', '"', '”']))
    {
        words.pop();
    }
    Cow::Owned(words.join(" "))
}

/// "#irrigation", "#agriculture/eau": a tag, letters after its "#".
fn is_tag(word: &str) -> bool {
    word.strip_prefix('#').is_some_and(|tag| {
        tag.chars().next().is_some_and(char::is_alphabetic)
            && tag
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '/'))
    })
}

/// A word without the underscores a converter's emphasis left unmatched ("GRÈVE -__",
/// "_« L’avez-vous", "The _ Voice_"): Markdown read them as text, but news prose writes no
/// underscore outside a word. One between letters ("snake_case", a handle) stays. `None`
/// when nothing else is left.
fn without_stray_underscores(word: &str) -> Option<Cow<'_, str>> {
    if !word.contains('_') {
        return Some(Cow::Borrowed(word));
    }
    let chars: Vec<char> = word.chars().collect();
    let inner = |i: usize| {
        i > 0
            && chars[i - 1].is_alphanumeric()
            && chars.get(i + 1).is_some_and(|c| c.is_alphanumeric())
    };
    let kept: String = (0..chars.len())
        .filter(|&i| chars[i] != '_' || inner(i))
        .map(|i| chars[i])
        .collect();
    (!kept.is_empty()).then_some(Cow::Owned(kept))
}

fn heading_hint(level: HeadingLevel) -> Hint {
    match level {
        HeadingLevel::H1 => Hint::Title,
        _ => Hint::Intertitle,
    }
}

/// The metadata a front matter gives, whatever generator wrote it: Hugo's and Jekyll's
/// `date`, Astro's `pubDate`, pandoc's `author` list, trafilatura's `url` and `sitename`.
fn front_matter(kind: MetadataBlockKind, text: &str) -> Metadata {
    let fields: serde_json::Map<String, serde_json::Value> = match kind {
        MetadataBlockKind::YamlStyle => serde_saphyr::from_str(text).unwrap_or_default(),
        MetadataBlockKind::PlusesStyle => toml::from_str::<toml::Table>(text)
            .ok()
            .and_then(|t| serde_json::to_value(t).ok())
            .and_then(|v| v.as_object().cloned())
            .unwrap_or_default(),
    };
    let field = |names: &[&str]| names.iter().find_map(|n| fields.get(*n).and_then(string));
    Metadata {
        title: field(&["title"]),
        description: field(&["description", "summary", "excerpt"]),
        date: field(&["date", "pubDate", "published", "publishDate"]),
        author: field(&["author", "authors"]),
        site_name: field(&["sitename", "site_name", "publisher"]),
        url: field(&["source_url", "canonical", "url", "source"]),
        lang: field(&["lang", "language"]),
    }
}

/// A front matter value as text: a string, a number or date, or the first of a list.
fn string(value: &serde_json::Value) -> Option<String> {
    let text = match value {
        serde_json::Value::String(s) => s.trim().to_string(),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::Array(items) => return items.first().and_then(string),
        // A TOML date serialises as a one-key object; an author may be `{name: …}`.
        serde_json::Value::Object(map) => {
            return ["$__toml_private_datetime", "name"]
                .iter()
                .find_map(|key| map.get(*key).and_then(string))
        }
        _ => return None,
    };
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {

    /// A note set in a static site's box (written for the tests): a fenced div's colons and
    /// an admonition's head go, the box's words are a paragraph on the lines they were on; an
    /// indented block under no head stays code.
    #[test]
    fn a_boxs_marks_go_and_its_words_stay() {
        let draft = "# Titre\n\nPremier paragraphe.\n\n:::info\nLe parc comptera vingt éoliennes.\n:::\n\n\
                     !!! warning \"Attention\"\n    Les dates restent indicatives.\n\nDernier paragraphe.\n\n    let code = 1;\n";
        let page = read(draft);
        let blocks: Vec<(usize, Option<Hint>, &str)> = page
            .blocks
            .iter()
            .map(|b| (b.line, b.hint, b.text.as_str()))
            .collect();
        assert_eq!(
            blocks,
            [
                (1, Some(Hint::Title), "Titre"),
                (3, Some(Hint::Body), "Premier paragraphe."),
                (6, Some(Hint::Body), "Le parc comptera vingt éoliennes."),
                (10, Some(Hint::Body), "Les dates restent indicatives."),
                (12, Some(Hint::Body), "Dernier paragraphe."),
                (14, Some(Hint::Furniture), "let code = 1;"),
            ]
        );
        let plain = "Un texte sans boîte.\n\n    du code\n";
        assert!(matches!(without_container_marks(plain), Cow::Borrowed(_)));
    }

    #[test]
    fn a_note_takers_marks_are_not_the_articles_text() {
        // Obsidian's callout, link to a note, highlight, comment and tags (written for the
        // tests); a hashtag inside a sentence stays.
        let draft = "# Le titre\n\n> [!note] Pour la rédaction\n> Papier de 5 000 signes.\n\n\
                     Le maire a parlé ==jeudi== de [[Sécheresse 2025|la sécheresse]] et de [[Budget]].%% à vérifier %%\n\n\
                     Le mouvement #MeToo a pesé, dit-il. #politique #mairie\n";
        let page = read(draft);
        assert_eq!(
            page.hinted(),
            [
                (Some(Hint::Title), "Le titre"),
                (
                    Some(Hint::Furniture),
                    "[!note] Pour la rédaction Papier de 5 000 signes."
                ),
                (
                    Some(Hint::Body),
                    "Le maire a parlé jeudi de la sécheresse et de Budget."
                ),
                (Some(Hint::Body), "Le mouvement #MeToo a pesé, dit-il."),
            ]
        );
    }
    use super::*;

    #[test]
    fn a_footnotes_call_is_no_text_and_its_definition_a_note() {
        let page = read("# Le titre\n\nUne piste séparée par une bordure[^1], et un quai[^quai].\n\n[^1]: La bordure mesure douze centimètres.\n[^quai]: Le quai Pierre-Scize.\n");
        assert_eq!(
            page.hinted(),
            [
                (Some(Hint::Title), "Le titre"),
                (
                    Some(Hint::Body),
                    "Une piste séparée par une bordure, et un quai."
                ),
                (Some(Hint::Footnote), "La bordure mesure douze centimètres."),
                (Some(Hint::Footnote), "Le quai Pierre-Scize."),
            ]
        );
    }

    #[test]
    fn a_static_sites_template_tags_are_no_prose() {
        for tags in [
            "{{< figure src=\"/images/chantier.jpg\" caption=\"Le chantier en 2022.\" >}}",
            "{{% note %}}",
            "{% include video.html id=\"x\" %} {{ page.title }}",
        ] {
            assert!(tags_only(tags), "{tags}");
        }
        for prose in [
            "Le chantier {{< ref \"a\" >}} a duré dix ans.",
            "{{< figure src=\"a.jpg\" >}} Le chantier a duré dix ans.",
            "{{ unclosed",
            "",
        ] {
            assert!(!tags_only(prose), "{prose}");
        }
        assert!(tags_only("{: .legende}"));
        assert!(tags_only("{:#cout .intertitre}"));
        let page = read("# Le titre\n\n{{< figure src=\"a.jpg\" caption=\"Le chantier.\" >}}\n\nLe chantier a duré dix ans.\n");
        assert_eq!(page.blocks[1].hint, Some(Hint::Furniture));
        assert_eq!(page.blocks[2].hint, Some(Hint::Body));
    }

    #[test]
    fn kramdowns_attribute_lists_are_no_text_and_end_no_section() {
        // A Jekyll draft (written for the tests): "{: #cout}" under the intertitle was read as
        // an embed's tag, and the section under it as a related headline after the article.
        let page = read("# Le titre\n\nLe pont rouvrira lundi à la circulation.\n\n![Le pont](/p.jpg)\n{: .legende}\n\n## Un coût doublé\n{: #cout}\n\nLa facture a doublé en six ans.\n{: .chapo}\n");
        assert_eq!(
            page.hinted(),
            [
                (Some(Hint::Title), "Le titre"),
                (Some(Hint::Body), "Le pont rouvrira lundi à la circulation."),
                (Some(Hint::Intertitle), "Un coût doublé"),
                (Some(Hint::Body), "La facture a doublé en six ans."),
            ]
        );
        assert_eq!(
            without_attribute_lists("Un mot{:.rouge} rouge."),
            "Un mot rouge."
        );
        assert_eq!(
            without_attribute_lists("Pas d’accolade {: ouverte"),
            "Pas d’accolade {: ouverte"
        );
    }

    #[test]
    fn an_mdx_pages_imports_and_exports_are_no_prose() {
        for module in [
            "import Figure from '../../components/Figure.astro';\nimport { Aside } from '@astrojs/starlight/components';",
            "import './style.css';",
            "export const meta = { auteur: 'Léa' };",
        ] {
            assert!(site_markup_only(module), "{module}");
        }
        for prose in [
            "import de céréales : la France a importé 3 millions de tonnes.",
            "Import-export : un secteur en crise.",
            "import Figure from '../Figure.astro';\nLe pont rouvrira lundi.",
        ] {
            assert!(!site_markup_only(prose), "{prose}");
        }
    }

    /// The former reading: every line read once for its heading and its emphasis, stopping
    /// as soon as the page is settled.
    fn converted_page_line_by_line(text: &str) -> bool {
        let (mut headings, mut marked, mut subheadings, mut bold) = (0, 0, 0, 0);
        let mut above = "";
        for line in text.lines() {
            if atx_heading(line) || setext_heading(above, line) {
                headings += 1;
                subheadings += usize::from(subheading(line));
            } else if marked_up(line) {
                marked += 1;
            }
            bold += usize::from(wholly_strong(line));
            above = line;
            if headings >= 2 || headings == 1 && marked >= 3 {
                return true;
            }
        }
        subheadings > 0 || bold > 0
    }

    proptest::proptest! {
        /// Counting the headings first, and the search for what every heading holds before
        /// that, change no answer.
        #[test]
        fn headings_counted_first_read_a_page_as_line_by_line(
            lines in proptest::collection::vec("(# Titre|## Les faits|#x|===|---| ---|  ===  |--|==|-=-|Texte|\\* item|- item|a \\*\\*b\\*\\*|\\*\\*Les faits\\*\\*|\\*\\* b|\\[l\\]\\(u\\)| |)", 0..12)
        ) {
            let text = lines.join("\n");
            proptest::prop_assert_eq!(converted_page(&text), converted_page_line_by_line(&text));
        }
    }

    #[test]
    fn yaml_front_matter_is_metadata_and_syntax_is_removed() {
        let page = read(
            "---\ntitle: \"Poutine à Minsk\"\ndate: 2024-05-26\nauthor: [Jeanne Dupont]\nurl: https://ex.org/a\n---\n\n# Poutine à Minsk\n\nLe président **russe** a [rencontré](https://x.org) son homologue\nà Minsk.\n\n## Une alliance\n\n1\\. Un *paragraphe* avec `code`.\n\n> Une citation.\n\n- un élément\n\n![photo](a.jpg)\n",
        );
        assert_eq!(page.metadata.title.as_deref(), Some("Poutine à Minsk"));
        assert_eq!(page.metadata.date.as_deref(), Some("2024-05-26"));
        assert_eq!(page.metadata.author.as_deref(), Some("Jeanne Dupont"));
        assert_eq!(page.metadata.url.as_deref(), Some("https://ex.org/a"));
        assert_eq!(
            page.hinted(),
            [
                (Some(Hint::Title), "Poutine à Minsk"),
                (
                    Some(Hint::Body),
                    "Le président russe a rencontré son homologue à Minsk."
                ),
                (Some(Hint::Intertitle), "Une alliance"),
                (Some(Hint::Body), "1. Un paragraphe avec code."),
                (Some(Hint::Quote), "Une citation."),
                (Some(Hint::ListItem), "un élément"),
            ]
        );
        assert_eq!(page.blocks[1].line, 10);
    }

    #[test]
    fn an_images_caption_is_no_article_text() {
        // A freelance's draft: the caption in emphasis on the line under its image, or in a
        // paragraph of its own under it. Emphasis that opens a paragraph of prose stays.
        let under = "# Le Grand Départ\n\nLe Tour partira de Brest.\n\n![Le peloton](a.jpg)\n*Le peloton à Brest, en 2021. (Photo : Jean Dupré)*\n\nLa première étape reliera Brest à Quimper.\n";
        let apart = under.replace(")\n*Le", ")\n\n*Le");
        for text in [under, apart.as_str()] {
            let page = read(text);
            assert_eq!(
                page.blocks
                    .iter()
                    .find(|b| b.text.starts_with("Le peloton à Brest"))
                    .map(|b| b.hint),
                Some(Some(Hint::Furniture)),
                "{text}"
            );
        }
        let prose = "# Le Grand Départ\n\n![Le peloton](a.jpg)\n\n*Ouest-France* a révélé le parcours jeudi.\n";
        let page = read(prose);
        assert_eq!(page.blocks.last().map(|b| b.hint), Some(Some(Hint::Body)));
    }

    #[test]
    fn an_intertitle_a_converter_glued_into_a_paragraph_is_read_apart() {
        // franceinfo's article as trafilatura writes it in Markdown: the intertitle glued
        // after the last sentence of one paragraph and before the first of the next.
        let glued = "L’association et l’opposition de gauche ont aussitôt condamné cette \
            déclaration. Franceinfo revient sur la polémique. Le ministre reproche à la Ligue \
            des droits de l'homme ses \"actions\" à Sainte-SolineLa LDH a déployé ces dernières \
            semaines des observateurs citoyens. Il a ajouté : \"Effectivement, ça mérite d'être \
            regardé. Mais je rappelle que beaucoup de collectivités locales les financent.\" La \
            Ligue des droits de l'homme répond sur ce recours et sur son financementLa LDH, \
            association fondée en 1898, s'est d'abord fendue d'un tweet.";
        let page = read(&format!("# Maintien de l'ordre\n\n{glued}\n"));
        let texts: Vec<(&str, Option<Hint>)> = page
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), b.hint))
            .collect();
        assert_eq!(
            texts[2],
            (
                "Le ministre reproche à la Ligue des droits de l'homme ses \"actions\" à Sainte-Soline",
                None
            )
        );
        assert!(texts[3].0.starts_with("La LDH a déployé"));
        assert!(texts[3].0.ends_with("les financent.\""), "{:?}", texts[3]);
        assert_eq!(
            texts[4],
            (
                "La Ligue des droits de l'homme répond sur ce recours et sur son financement",
                None
            )
        );
        assert_eq!(texts[5].1, Some(Hint::Body));
    }

    #[test]
    fn toml_front_matter_is_metadata() {
        let only_day = read("+++\ndate = 2024-05-26\n+++\n\nTexte.\n");
        assert_eq!(only_day.metadata.date.as_deref(), Some("2024-05-26"));
        let page = read("+++\ntitle = \"Titre\"\ndate = 2024-05-26T10:00:00\ndescription = \"Chapô.\"\n+++\n\nTexte du corps.\n");
        assert_eq!(page.metadata.title.as_deref(), Some("Titre"));
        assert_eq!(page.metadata.date.as_deref(), Some("2024-05-26T10:00:00"));
        assert_eq!(page.metadata.description.as_deref(), Some("Chapô."));
        assert_eq!(
            page.hinted(),
            [
                (Some(Hint::Title), "Titre"),
                (Some(Hint::Body), "Texte du corps.")
            ]
        );
    }

    #[test]
    fn redac_sources_list_is_furniture() {
        let page = read("Texte.\n\n## Sources\n\n- Titre — AFP, 2024-05-26\n");
        assert_eq!(
            page.hinted(),
            [
                (Some(Hint::Body), "Texte."),
                (Some(Hint::Furniture), "Sources"),
                (Some(Hint::Furniture), "Titre — AFP, 2024-05-26"),
            ]
        );
    }

    #[test]
    fn markdown_is_recognised_by_name_front_matter_or_heading() {
        assert!(is_markdown("a.md", "Texte."));
        assert!(is_markdown("a.MARKDOWN", "Texte."));
        assert!(is_markdown("-", "---\ntitle: x\n---\nTexte."));
        assert!(is_markdown("a.txt", "# Titre\n\nTexte."));
        assert!(!is_markdown("a.txt", "Titre\n\nTexte."));
        assert!(!is_markdown("a.txt", "#hashtag du jour\n\nTexte."));
        assert!(!is_markdown("a.txt", "---\nTexte sans fin."));
        // Le Monde's page converted by html2text: menus first, the headline far below.
        let page = "Le Monde - retour à la une\n\n  * Actualités\n  * Économie\n  * Vidéos\n\n# Bac : les résultats des lycées passés au crible\n\nTexte.\n\n## « Un outil de transparence »\n\nTexte.";
        assert!(is_markdown("a.txt", page));
        assert!(is_markdown(
            "a.txt",
            "Menu\n\n* Actualités\n* Économie\n* Vidéos\n\n# Bac : les résultats\n\nTexte."
        ));
        // Plain text: a few bullets, a hashtag, one line opening on "# " alone.
        assert!(!is_markdown(
            "a.txt",
            "Titre\n\n- un\n- deux\n- trois\n\n#hashtag\n\nTexte."
        ));
        assert!(!is_markdown(
            "a.txt",
            "Titre\n\nTexte.\n\n# 1 au classement\n\nTexte."
        ));
        // A draft under a plain headline marks its intertitle as a subheading or in bold;
        // a paragraph's emphasis or a footnote's asterisks do not make Markdown.
        assert!(is_markdown(
            "-",
            "Titre\n\nTexte.\n\n## Des pertes très lourdes\n\nTexte."
        ));
        assert!(is_markdown(
            "-",
            "Titre\n\nTexte.\n\n**Des pertes très lourdes**\n\nTexte."
        ));
        assert!(!is_markdown(
            "-",
            "Titre\n\nUn **mot** du texte.\n\n** Chiffres de 2022.\n\nTexte."
        ));
        // Là-bas si j'y suis, its text one block a line: the comments' anchors open on "#".
        let dump = "Didier Porte souhaite la Santé à Balkany\nAmi abonné,\nTous vos commentaires (2)\n# Le 3 juillet à 16:55, par voltaire En réponse à : Didier Porte\nCher Didier.\n# Le 2 juillet à 08:19, par Gérard En réponse à : Didier Porte\nPas mal !";
        assert!(!is_markdown("a.txt", dump));
        assert!(is_markdown("a.txt", &dump.replace('\n', "\n\n")));
    }

    #[test]
    fn setext_headings_make_a_converted_page_markdown() {
        // Jina's Reader and older pandoc underline headlines and intertitles.
        assert!(is_markdown(
            "a.txt",
            "Titre de l’article\n==================\n\nTexte."
        ));
        let page = "Menu\n\n* Actualités\n* Économie\n\nLe titre\n========\n\nTexte.\n\n[Les faits](https://ex.org/#faits)\n-----------\n\nTexte.";
        assert!(is_markdown("a.txt", page));
        // A rule under a paragraph or a list item, once, is plain text's separator.
        assert!(!is_markdown(
            "a.txt",
            "Titre\n\nTexte.\n---\n\nAutre texte."
        ));
        assert!(!is_markdown(
            "a.txt",
            "Titre\n\n- un\n---\n- deux\n---\n\nTexte."
        ));
        // The dashes of a signature or a rule of equal signs alone.
        assert!(!is_markdown(
            "a.txt",
            "Titre\n\nTexte.\n\n---\n\n===\n\nFin."
        ));
    }

    #[test]
    fn a_reading_services_envelope_is_metadata() {
        let text = "Title: Poutine à Minsk - Le Site\n\nURL Source: https://ex.org/a\n\nPublished Time: 2024-05-26T10:00:00+02:00\n\nMarkdown Content:\nPoutine à Minsk\n===============\n\nLe président a rencontré son homologue.\n\nUne alliance\n------------\n\nTexte.\n";
        assert!(is_markdown("-", text));
        let page = read(text);
        assert_eq!(
            page.metadata.title.as_deref(),
            Some("Poutine à Minsk - Le Site")
        );
        assert_eq!(page.metadata.url.as_deref(), Some("https://ex.org/a"));
        assert_eq!(
            page.metadata.date.as_deref(),
            Some("2024-05-26T10:00:00+02:00")
        );
        assert_eq!(
            page.hinted(),
            [
                (Some(Hint::Title), "Poutine à Minsk"),
                (Some(Hint::Body), "Le président a rencontré son homologue."),
                (Some(Hint::Intertitle), "Une alliance"),
                (Some(Hint::Body), "Texte."),
            ]
        );
        // Lines are the input's, the envelope's counted.
        assert_eq!(page.blocks[0].line, 8);
        assert_eq!(page.blocks[1].line, 11);
        // Without its content line, "Title:" opens plain text; a field line of another shape
        // ends what only looked like an envelope.
        assert!(reader_envelope("Title: Un titre\n\nTexte de l’article.").is_none());
        assert!(
            reader_envelope("Title: x\nLe 3 mai, 12:30 : départ\nMarkdown Content:\nT.").is_none()
        );
    }

    #[test]
    fn the_envelopes_title_is_metadata_without_the_sites_name() {
        let page = read("Title: Santé Québec: opération risquée | TVA Nouvelles\n\nURL Source: https://www.tvanouvelles.ca/2023/01/27/sante\n\nMarkdown Content:\n* Accueil\n* Sports\n\nLa vraie réforme serait d’en finir avec les réformes.\n");
        assert_eq!(
            page.metadata.title.as_deref(),
            Some("Santé Québec: opération risquée")
        );
        // No headline above the menus, whose first prose would read as the chapô under it.
        assert!(page.blocks.iter().all(|b| b.hint != Some(Hint::Title)));
    }

    #[test]
    fn a_converters_stray_underscores_are_no_text() {
        // HuffPost, TF1 and L'Internaute converted by html2text: emphasis left unmatched.
        let page = read("GRÈVE -__ Gérald Darmanin prend les choses en main.\n\nTous les jours, ils reçoivent la visite d'un renard. _\" Des fois, des chamois s'approchent.\n\nQuelques jours avant la finale de The _ Voice_, en mai 2022.\n\nLe compte @redac_fr répond.");
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "GRÈVE - Gérald Darmanin prend les choses en main.",
                "Tous les jours, ils reçoivent la visite d'un renard. \" Des fois, des chamois s'approchent.",
                "Quelques jours avant la finale de The Voice, en mai 2022.",
                "Le compte @redac_fr répond.",
            ]
        );
        // Each block keeps its line, counted from the one before.
        let lines: Vec<usize> = page.blocks.iter().map(|b| b.line).collect();
        assert_eq!(lines, [1, 3, 5, 7]);
    }
}
