//! Reading HTML: a web page in, its article out as a [`Page`] of hinted blocks.
//!
//! A journalist's source is often the page itself (`curl -s URL | redac rewrite`). Finding the
//! article amid menus, share bars, related links and comment forms is a solved problem we do
//! not re-solve: the `trafilatura` crate (a port of the extractor of the same name, chosen by
//! measurement against four others, see docs/html.md) picks the article's elements and the
//! page's metadata. This module reads what it keeps into blocks in document order, says what
//! the markup says each block is, and marks as furniture what is shaped like furniture even
//! inside the article: headings over no prose ("Sur le même thème"), short lines the page
//! repeats ("La suite après cette publicité").

use super::page::lowercase_words;
use super::{linked_data, Block, Hint, Metadata, Page};
use scraper::{ElementRef, Html, Node};

/// Embeds and page parts that are never article text, removed before extraction. These are
/// the standard classes of the embed scripts (Twitter, Instagram, TikTok) and the HTML
/// elements for captions and asides, not any one site's names.
const PRUNE: &str = "figcaption, aside, nav, form, button, \
    blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed";

/// Elements whose text never belongs to the article, even when the extractor keeps them.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "figure",
    "figcaption",
    "aside",
    "nav",
    "footer",
    "form",
    "button",
    "table",
    "select",
    "head",
];

/// Tags whose text flows within a paragraph.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    "hi", "ref",
];

/// Does this text look like an HTML page rather than prose? A doctype or an `<html>` element
/// at the start says so; failing that, markup must dominate the start of the text, so that
/// an article quoting a `<br>` tag stays text.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let head = prefix(start, 2048);
    // Every test below needs a '<': a text without one, found by `memchr`, is neither
    // lowercased nor searched.
    if memchr::memchr(b'<', head.as_bytes()).is_none() {
        return false;
    }
    let head = head.to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        return true;
    }
    if head.contains("<html") && head.contains("<head") || head.contains("<body") {
        return true;
    }
    head.starts_with('<') && markup_share(&head) * 2 > head.len()
}

/// The bytes of `text` inside tags (`<…>`), a measure of how much of it is markup.
fn markup_share(text: &str) -> usize {
    let (mut inside, mut count) = (false, 0);
    for c in text.chars() {
        match c {
            '<' => inside = true,
            '>' if inside => {
                inside = false;
                count += 1;
            }
            _ if inside => count += c.len_utf8(),
            _ => {}
        }
    }
    count
}

/// The longest prefix of `text` of at most `bytes` bytes that ends on a character boundary.
fn prefix(text: &str, bytes: usize) -> &str {
    let mut end = text.len().min(bytes);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Do these bytes start like an HTML page? The same test as [`looks_like_html`], on the
/// ASCII start of the bytes, before any decoding (to know whether to look for a charset).
/// Every test needs a '<', which decoding neither adds nor takes away: a head without one,
/// most plain texts, is not decoded (that cost some 15,000 instructions an article).
pub fn bytes_look_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(2048)];
    memchr::memchr(b'<', head).is_some() && looks_like_html(&String::from_utf8_lossy(head))
}

/// The character set a page declares in its first 4 KiB: `<meta charset=…>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`. A page declaring UTF-16
/// without a BOM is read as UTF-8, as browsers do (its bytes are ASCII-compatible, or the
/// declaration could not have been read).
pub fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(at) = rest.find("<meta") {
        let tag = &rest[at..];
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        if let Some(label) = charset_in(tag) {
            let encoding = encoding_rs::Encoding::for_label(label.as_bytes())?;
            return Some(encoding.output_encoding());
        }
        rest = &rest[at + 5..];
    }
    None
}

/// The value after `charset=` in a meta tag, without quotes.
fn charset_in(tag: &str) -> Option<&str> {
    let value = &tag[tag.find("charset")? + "charset".len()..];
    let value = value.trim_start().strip_prefix('=')?.trim_start();
    let value = value.trim_start_matches(['"', '\'']);
    let end = value
        .find(|c: char| matches!(c, '"' | '\'' | ';' | '/' | '>') || c.is_whitespace())
        .unwrap_or(value.len());
    Some(&value[..end]).filter(|v| !v.is_empty())
}

thread_local! {
    /// The HTML extractor is running on this thread ([`read`]): a panic now is one `read`
    /// contains.
    static EXTRACTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Keep the panic hook quiet about a panic of the HTML extractor, which [`read`] contains (the
/// page then has no article): the default hook printed "thread 'main' panicked at …ego-tree…"
/// above redac's own message that the page holds no article. Every other panic is reported
/// as before. For the binary to call once at start; a library user keeps its own hook.
pub fn quiet_extractor_panics() {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        let report = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !EXTRACTING.with(std::cell::Cell::get) {
                report(info);
            }
        }));
    });
}

/// Read a page: its metadata and its article's blocks, in document order. A page with no
/// article (a home page, a login wall, an error page) gives a page without prose blocks; the
/// caller refuses it. Never panics: a page the extractor cannot handle is a page with no
/// article.
pub fn read(html: &str) -> Page {
    let mut options = trafilatura::Options::default();
    options.prune_selector = Some(PRUNE.to_string());
    if nesting(html) > MAX_DEPTH {
        return Page::default();
    }
    let document = parsed(html);
    let headlines = headlines(&document);
    let titled_heading = titled_heading(&document, &headlines);
    let declared = declared(&document);
    let page_title = page_title(&document);
    let Some(mut result) = extracted(document, &options) else {
        let shown = Shown {
            blocks: Vec::new(),
            runs: &PageRuns::of(html),
            page_title,
        };
        return read_declared(declared.article, &[], shown.runs)
            .map(|(article, body)| declared_page(Metadata::default(), article, body, shown))
            .unwrap_or_default();
    };
    if words(&result.content_text) < RESCUE_BELOW_WORDS {
        options.enable_fallback = true;
        let document = parsed(html);
        if let Some(rescued) = extracted(document, &options) {
            if words(&rescued.content_text) > words(&result.content_text) {
                result = rescued;
            }
        }
    }
    let mut metadata = metadata(&result.metadata);
    metadata.author = linked_data::preferred(metadata.author.take(), declared.authors);
    let runs = PageRuns::of(html);
    let mut blocks = join_cut_sentences(blocks(&result.content_html));
    if let Some((article, body)) = read_declared(declared.article, &blocks, &runs) {
        let shown = Shown {
            blocks,
            runs: &runs,
            page_title,
        };
        return declared_page(metadata, article, body, shown);
    }
    if flattened(&blocks) || runs_merged(&blocks, &runs) {
        blocks = runs.get().to_vec();
    }
    let headline =
        named_headline(&headlines, metadata.title.as_deref()).or(titled_heading.as_ref());
    if let Some(named) = headline {
        named_headline_first(&mut blocks, named);
    }
    let headline = headline.or(headlines.first()).cloned();
    if metadata.date.is_none() {
        metadata.date = headline
            .as_deref()
            .and_then(|h| date_under_the_headline(&runs, h));
    }
    drop_copies_before_the_headline(&mut blocks);
    restore_lost_tails(&mut blocks, &runs);
    restore_lost_intertitles(&mut blocks, &runs, html);
    restore_standfirst(&mut blocks, &runs, metadata.description.as_deref());
    restore_lost_opening(&mut blocks, &runs, html);
    furnish(&mut blocks);
    if metadata
        .title
        .as_deref()
        .is_some_and(|t| heads_a_section(&blocks, t))
    {
        metadata.title = None;
    }
    if !blocks.iter().any(|b| b.hint == Some(Hint::Title)) {
        let title = match headline {
            Some(h1) if section_label(&h1, page_title.as_deref()) => page_title,
            headline => headline.or_else(|| metadata.title.clone()),
        };
        if let Some(title) = title {
            blocks.insert(0, block(Hint::Title, title));
        }
    }
    for (i, b) in blocks.iter_mut().enumerate() {
        b.line = i + 1;
        b.last_line = i + 1;
    }
    Page { metadata, blocks }
}

/// The extractor's title is one of the article's own intertitles: a page without `<title>`
/// or `<h1>` (a Google Docs export, whose headline is a paragraph styled as a title), where
/// the extractor names the page by its first `<h2>` ("Des nus sans complaisance"). Put
/// first, it titled the article, and the headline above the prose became a heading; the
/// structure stage reads the first line as any text's.
fn heads_a_section(blocks: &[Block], title: &str) -> bool {
    let title = comparable(title);
    blocks
        .iter()
        .any(|b| b.hint == Some(Hint::Intertitle) && comparable(&b.text) == title)
}

/// Runs under the headline a page's date may stand in: its byline, rubric, share bar.
const DATE_UNDER_HEADLINE_RUNS: usize = 6;
/// Most bytes of the line that dates the page: a stamp, not a paragraph that names a day.
const DATE_LINE_MAX_BYTES: usize = 120;

/// The whole date a short line under the page's headline shows ("Publié le 29 juin 2019"),
/// for a page whose metadata gives none: Paris-luttes.info prints it in a `<time>` whose
/// `datetime` is another day, and the extractor keeps neither. A text copy of the page is
/// dated by the same line ([`crate::structure`]'s furniture).
fn date_under_the_headline(runs: &PageRuns, headline: &str) -> Option<String> {
    let runs = runs.get();
    let headline = comparable(headline);
    let at = runs.iter().position(|r| comparable(&r.text) == headline)?;
    runs[at + 1..]
        .iter()
        .take(DATE_UNDER_HEADLINE_RUNS)
        .filter(|r| r.text.len() <= DATE_LINE_MAX_BYTES)
        .find_map(|r| crate::dates::full(&r.text))
        .map(|date| date.to_string())
}

/// The page's tree, each inline element that only repeats the one glued after it removed
/// ([`remove_twin_inlines`]).
fn parsed(html: &str) -> trafilatura::dom::Document {
    let mut document = trafilatura::dom::Document::parse(html);
    remove_twin_inlines(&mut document);
    unwrap_page_forms(&mut document);
    remove_captions_under_images(&mut document);
    document
}

/// Elements that show an image.
const IMAGE_TAGS: [&str; 3] = ["img", "picture", "figure"];

/// Emphasis a caption is set in.
const CAPTION_EMPHASIS: [&str; 2] = ["em", "i"];

/// Most words of a caption set in emphasis under its image.
const CAPTION_MAX_WORDS: usize = 60;

/// WordPress and hand-made pages set an image's caption in a paragraph of its own, wholly in
/// italics, right under the paragraph that holds the image (`<p><img></p><p><em>Les vagues
/// franchissent la digue… Photo d'archives.</em></p>`), or in italics after the image in its
/// paragraph. The extractor drops the image and keeps the words, which became the chapô
/// under the headline. Such a caption goes before the page is extracted, as `<figcaption>`
/// does ([`PRUNE`]). Only paragraphs wholly in emphasis are looked at further, so the image's
/// paragraph is read once at most.
fn remove_captions_under_images(document: &mut trafilatura::dom::Document) {
    let mut captions = Vec::new();
    for paragraph in document.iter(document.root(), &["p"]) {
        let shown: Vec<_> = document
            .child_nodes(paragraph)
            .into_iter()
            .filter(|&node| {
                let blank = document.is_text(node) && document.text_content(node).trim().is_empty();
                let line_break = document.is_element(node) && document.tag_name(node) == "br";
                !(blank || line_break)
            })
            .collect();
        let Some((&last, before)) = shown.split_last() else {
            continue;
        };
        let emphasis = document.is_element(last)
            && CAPTION_EMPHASIS.contains(&document.tag_name(last))
            && words(&document.text_content(last)) <= CAPTION_MAX_WORDS;
        if !emphasis {
            continue;
        }
        let image_before =
            !before.is_empty() && before.iter().all(|&n| shows_an_image(document, n));
        let image_above = before.is_empty()
            && document
                .prev_element_sibling(paragraph)
                .is_some_and(|above| shows_an_image(document, above));
        if image_before || image_above {
            captions.push(last);
        }
    }
    for caption in captions {
        document.remove(caption, false);
    }
}

/// [`remove_captions_under_images`] for the page read whole ([`PageRuns`]), where the
/// caption would be taken for prose under the headline: paragraph `p` ends on emphasis, and
/// opens on an image, or holds nothing else under an element that shows one.
fn caption_under_image(p: ElementRef) -> bool {
    let shown = |node: &Node| match node {
        Node::Text(text) => !text.trim().is_empty(),
        Node::Element(element) => element.name() != "br",
        _ => false,
    };
    // The last shown child first: most paragraphs end on text, and are told at once.
    let Some(last) = p
        .children()
        .rev()
        .find(|n| shown(n.value()))
        .and_then(ElementRef::wrap)
    else {
        return false;
    };
    if !CAPTION_EMPHASIS.contains(&last.value().name())
        || words(&last.text().collect::<String>()) > CAPTION_MAX_WORDS
    {
        return false;
    }
    let mut before = p
        .children()
        .filter(|n| shown(n.value()) && n.id() != last.id())
        .peekable();
    if before.peek().is_some() {
        return before.all(|node| ElementRef::wrap(node).is_some_and(element_shows_an_image));
    }
    p.prev_siblings()
        .find_map(ElementRef::wrap)
        .is_some_and(element_shows_an_image)
}

/// The element is an image, or holds one and no text.
fn element_shows_an_image(element: ElementRef) -> bool {
    IMAGE_TAGS.contains(&element.value().name())
        || element
            .descendants()
            .any(|n| matches!(n.value(), Node::Element(e) if e.name() == "img"))
            && element.text().all(|t| t.trim().is_empty())
}

/// The node is an image, or an element holding one and no text.
fn shows_an_image(document: &trafilatura::dom::Document, node: trafilatura::dom::NodeId) -> bool {
    document.is_element(node)
        && (IMAGE_TAGS.contains(&document.tag_name(node))
            || !document.get_elements_by_tag_name(node, "img").is_empty()
                && document.text_content(node).trim().is_empty())
}

/// Words from which a `<form>` is the page's wrapper rather than a form a reader fills in.
const PAGE_FORM_MIN_WORDS: usize = 250;

/// A `<form>` that holds the page's headline or most of its text is the page itself: ASP.NET
/// pages wrap their whole body in one (Le Courrier du Vietnam's `aspnetForm`), which the
/// extractor, told to drop forms (comment and newsletter boxes, [`PRUNE`]), dropped with
/// the article. Such a form is read as a `<div>`.
fn unwrap_page_forms(document: &mut trafilatura::dom::Document) {
    let forms = document.get_elements_by_tag_name(document.root(), "form");
    for form in forms {
        let headline = !document.get_elements_by_tag_name(form, "h1").is_empty();
        if headline || words(&document.text_content(form)) >= PAGE_FORM_MIN_WORDS {
            document.set_tag_name(form, "div");
        }
    }
}

/// [`unwrap_page_forms`] for the page read whole: a form that wraps the page is not skipped.
fn wraps_the_page(form: ElementRef) -> bool {
    let headline = form.descendants().any(|node| {
        node.value()
            .as_element()
            .is_some_and(|element| element.name() == "h1")
    });
    headline || {
        let text: String = form.text().collect();
        words(&text) >= PAGE_FORM_MIN_WORDS
    }
}

/// Pages give a word twice, one of the two hidden by their style sheet: Futura sets a
/// glossary link in a tooltip, then the word again ("son <span class=tooltip><a>charme</a>
/// </span><span>charme</span>, son histoire"), which read "charmecharme". An inline element
/// glued to the inline element after it, with no text between, whose short text is the same
/// word or words, goes: prose never glues a word to itself across two elements. The first
/// goes, the one with no tail: the second is the one the page leaves to everyone in the
/// other twin we met, Mediapart's drop cap (`<span aria-hidden><span class=dropcap>L</span>yon
/// </span><span class=screen-reader-only>Lyon</span> (Rhône).–`), whose first the extractor
/// drops.
fn remove_twin_inlines(document: &mut trafilatura::dom::Document) {
    let mut twins = Vec::new();
    for id in document.iter(document.root(), INLINE) {
        let Some(next) = document.next_sibling(id) else {
            continue;
        };
        if !document.is_element(next) || !INLINE.contains(&document.tag_name(next)) {
            continue;
        }
        let (Some(text), Some(next_text)) = (short_text(document, id), short_text(document, next))
        else {
            continue;
        };
        let text = text.trim();
        if text == next_text.trim() && text.chars().any(char::is_alphabetic) {
            twins.push(id);
        }
    }
    for twin in twins {
        document.remove(twin, true);
    }
}

/// Most nodes and bytes of an inline element's text [`short_text`] reads: a word or a few.
const TWIN_MAX_NODES: usize = 8;
const TWIN_MAX_BYTES: usize = 80;

/// The text under `id`, `None` past [`TWIN_MAX_NODES`] nodes or [`TWIN_MAX_BYTES`] bytes: each
/// inline element is read this far at most, so nested ones cost no more than their number.
fn short_text(
    document: &trafilatura::dom::Document,
    id: trafilatura::dom::NodeId,
) -> Option<String> {
    let mut text = String::new();
    let mut stack = vec![id];
    let mut nodes = 0;
    while let Some(node) = stack.pop() {
        nodes += 1;
        if nodes > TWIN_MAX_NODES {
            return None;
        }
        if document.is_text(node) {
            text.push_str(&document.text_content(node));
            if text.len() > TWIN_MAX_BYTES {
                return None;
            }
        } else {
            stack.extend(document.child_nodes(node).into_iter().rev());
        }
    }
    Some(text)
}

/// The extractor's article, `None` when it finds none or panics (its panics are quiet:
/// [`quiet_extractor_panics`]).
fn extracted(
    document: trafilatura::dom::Document,
    options: &trafilatura::Options,
) -> Option<trafilatura::ExtractResult> {
    EXTRACTING.with(|extracting| extracting.set(true));
    let extracted = std::panic::catch_unwind(|| trafilatura::extract_document(document, options));
    EXTRACTING.with(|extracting| extracting.set(false));
    extracted.ok()?.ok()
}

/// Words of one block from which an extraction of that block alone is the page flattened.
const FLATTENED_MIN_WORDS: usize = 300;

/// The extraction is one long block: Techno-Science's article is loose text between `<br>`s
/// in a `<div>`, and the extractor, finding no paragraph, gave the whole page's text as one
/// `<p>`, its menus, headline, article and related links run together, which the structure
/// stage cannot take apart. The page's own blocks, read from its markup as a dump shows them,
/// can be.
fn flattened(blocks: &[Block]) -> bool {
    matches!(blocks, [one] if words(&one.text) >= FLATTENED_MIN_WORDS)
}

/// Words of a run of the page's text from which it counts as prose the extractor may merge.
const MERGED_RUN_MIN_WORDS: usize = 8;

/// The extraction is one block that holds two or more of the page's own runs of prose: a
/// short article set as loose text between `<br>`s, given by the extractor as one `<p>` with
/// its headline ("Un titre de test pour la page Elle n'aime pas les interviews… UNE ENFANCE
/// Née à Bamako…"), as [`flattened`] reads a long one. An article of one paragraph holds one
/// run. The page is parsed again only for an extraction of one block.
fn runs_merged(blocks: &[Block], runs: &PageRuns) -> bool {
    let [one] = blocks else {
        return false;
    };
    let held = runs
        .get()
        .iter()
        .filter(|run| words(&run.text) >= MERGED_RUN_MIN_WORDS && one.text.contains(&run.text))
        .take(2)
        .count();
    held == 2
}

/// Below this many words, the article the extractor found is asked again of it with its
/// fallbacks (a Readability reading of the page compared with its own): La Vie des idées'
/// template sets the chapô and the text in two sibling elements, and the extractor kept the
/// chapô alone, 60 words of a 5,500-word essay. Most articles are longer, and are read once:
/// the fallbacks cost 40 % more time on every page when always asked.
const RESCUE_BELOW_WORDS: usize = 150;

/// Deeper than browsers build (Blink stops nesting at 512, and a page's markup left unclosed
/// can count more), no page is an article; and the work of parsing grows with the depth
/// times the length, so such a page is refused unparsed.
const MAX_DEPTH: usize = 1024;

/// Elements that never hold others (void), or that the parser closes by itself when the next
/// one starts (so an unclosed `<p>` or `<li>` does not count as nesting).
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead",
    "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body", "!doctype",
];

/// The deepest nesting of elements in the markup, by a linear scan of its tags (comments and
/// the contents of scripts and styles skipped), before any parsing.
fn nesting(html: &str) -> usize {
    let (bytes, mut at) = (html.as_bytes(), 0);
    let (mut depth, mut deepest) = (0usize, 0usize);
    while let Some(offset) = memchr_lt(&bytes[at..]) {
        at += offset + 1;
        let rest = &html[at..];
        if rest.starts_with("!--") {
            at += rest.find("-->").map_or(rest.len(), |e| e + 3);
            continue;
        }
        let closing = rest.starts_with('/');
        let name: String = rest[usize::from(closing)..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        if name.is_empty() || NOT_NESTING.contains(&name.as_str()) {
            at += end;
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if !rest[..end].ends_with("/>") {
            depth += 1;
            deepest = deepest.max(depth);
            if matches!(name.as_str(), "script" | "style") {
                let close = format!("</{name}");
                at += rest.find(&close).unwrap_or(rest.len());
                continue;
            }
        }
        at += end;
    }
    deepest
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'<')
}

/// The page's `<h1>` elements, in order: the headline as published is one of them, which
/// templates often keep outside the article's element (and which `og:title` often rewrites
/// for social networks).
fn headlines(document: &trafilatura::dom::Document) -> Vec<String> {
    document
        .get_elements_by_tag_name(document.root(), "h1")
        .into_iter()
        .take(MAX_HEADLINES)
        .map(|h1| collapse(&decode_entities(&headline_text(document, h1))))
        .filter(|t| (1..=300).contains(&t.len()))
        .collect()
}

/// The page's `<h2>` or `<h3>` that its `<title>` names, when none of its `<h1>` (`headlines`)
/// is named: a blog's template sets the article's headline as a link in an `<h3>` (Wara's
/// "Guinée : Un braconnier d’éléphant interpellé et condamné à la peine maximale !", its
/// `<title>` the same and the site's name), its only `<h1>` the blog's name, and the
/// extractor took a sidebar widget's `<h2>` ("Magazine Wildlife Justice") for the title. A
/// heading of [`TITLED_HEADING_WORDS`] words or more, most of the `<title>`, is the headline;
/// a section's name ("Politique") is not.
fn titled_heading(document: &trafilatura::dom::Document, headlines: &[String]) -> Option<String> {
    let title = comparable(&page_title(document)?);
    // Most pages name their `<h1>`: their other headings are not walked.
    if named_headline(headlines, Some(&title)).is_some() {
        return None;
    }
    ["h2", "h3"]
        .into_iter()
        .flat_map(|tag| {
            document
                .get_elements_by_tag_name(document.root(), tag)
                .into_iter()
                .take(MAX_HEADLINES)
        })
        .map(|h| collapse(&decode_entities(&document.text_content(h))))
        .filter(|h| words(h) >= TITLED_HEADING_WORDS && 2 * h.len() >= title.len())
        .find(|h| title.contains(&comparable(h)))
}

/// The text of the page's `<title>`, as the page wrote it (the extractor's metadata may
/// give the `<h1>` in its place).
fn page_title(document: &trafilatura::dom::Document) -> Option<String> {
    document
        .get_elements_by_tag_name(document.root(), "title")
        .into_iter()
        .next()
        .map(|t| collapse(&decode_entities(&document.text_content(t))))
        .filter(|t| !t.is_empty())
}

/// Fewest words of a heading below `<h1>` that the page's `<title>` may name as the headline.
const TITLED_HEADING_WORDS: usize = 4;

/// Tags that set a word of a headline apart without making it anything else: The Sound Of
/// Science writes "…à la présidence du <span class="caps">HCERES</span>".
const INLINE_FORMATTING: &[&str] = &["abbr", "b", "em", "i", "small", "span", "strong", "sup"];

/// The `<h1>`'s text: what it holds before its first element, and the whole of it when every
/// element it holds only formats words. A logo's `<h1>` holds a link or an image, whose text
/// ("La Presse.ca Retour à l’accueil") is no headline.
fn headline_text(document: &trafilatura::dom::Document, h1: trafilatura::dom::NodeId) -> String {
    let children = document.children(h1);
    let formats_only = children
        .iter()
        .all(|&child| INLINE_FORMATTING.contains(&document.tag_name(child)));
    let text = match formats_only && !children.is_empty() {
        true => document.text_content(h1),
        false => document.text(h1),
    };
    // "que veulent les&nbsp;hackers ?": a no-break space a page set by hand between two
    // words; typography sets its own where French wants one.
    text.replace('\u{a0}', " ")
}

/// The `<h1>` elements read for the headline: a page has one, or a few (a logo's, a
/// section's, the article's).
const MAX_HEADLINES: usize = 8;

/// The longest `<h1>` of two words or more that the page's `<title>` holds: the article's
/// headline where a template sets its logo or its section in an `<h1>` too ("La Presse.ca"
/// and "Certains rêvent de Matt Duchene à Ottawa" under the title "» Certains rêvent de Matt
/// Duchene à Ottawa|Mathias Brunet").
fn named_headline<'a>(headlines: &'a [String], page_title: Option<&str>) -> Option<&'a String> {
    let page_title = comparable(page_title?);
    headlines
        .iter()
        .filter(|h| h.split_whitespace().nth(1).is_some())
        .filter(|h| page_title.contains(&comparable(h)))
        .max_by_key(|h| h.len())
}

/// La Presse's blog: the extractor took a sidebar's heading ("Mathias Brunet") for the
/// headline. The `<h1>` the page's title names goes first when no block holds it, and the
/// other heading, now under it, is read as what it is ([`title_before_prose`]).
fn named_headline_first(blocks: &mut Vec<Block>, named: &str) {
    if !blocks.iter().any(|b| b.hint == Some(Hint::Title)) {
        return;
    }
    let named_comparably = comparable(named);
    if !blocks
        .iter()
        .any(|b| comparable(&b.text) == named_comparably)
    {
        blocks.insert(0, block(Hint::Title, named.to_string()));
    }
}

/// Fewest words of a page's `<title>` that may stand for its headline.
const PAGE_TITLE_MIN_WORDS: usize = 4;

/// DriversCloud sets its section's name in its only `<h1>` ("Actualité") and the headline in
/// a `<div>` the extractor drops; the page's `<title>` is the headline ("États-Unis : un
/// étudiant soupçonné d’avoir conçu un Linux pour l’État islamique"). An `<h1>` of one word
/// that the page's title of several words does not hold is the section's label, and the
/// title is the headline.
fn section_label(h1: &str, page_title: Option<&str>) -> bool {
    page_title.is_some_and(|title| {
        words(title) >= PAGE_TITLE_MIN_WORDS
            && words(h1) == 1
            && !comparable(title).contains(&comparable(h1))
    })
}

/// What the page's JSON-LD declares about its article; failing an article there, the one
/// its application's state holds ([`super::app_state`]: a shell a framework renders).
fn declared(document: &trafilatura::dom::Document) -> linked_data::Declared {
    let scripts = |selector: &str| -> Vec<String> {
        document
            .query_selector_all(document.root(), selector)
            .into_iter()
            .map(|id| document.text(id))
            .collect()
    };
    let linked = scripts(r#"script[type="application/ld+json"]"#);
    let mut declared = linked_data::declared(linked.iter().map(String::as_str));
    if declared.article.is_none() {
        let states = scripts(r#"script[type="application/json"]"#);
        let state = super::app_state::declared(states.iter().map(String::as_str));
        declared.article = state.article;
        declared.authors = declared.authors.or(state.authors);
    }
    declared
}

/// How many times the words the page shows its declared text must hold to be read instead.
const DECLARED_OUTWEIGHS: usize = 2;

/// The declared article and its paragraphs, when they are to be read instead of what the
/// extractor found in the page (`shown`): the page shows little of it ([`outweighs`]). The
/// extractor, finding too little in the markup, may have given the declared text itself, in
/// one paragraph, its line breaks lost: then what the page shows is read from its own runs.
fn read_declared(
    article: Option<linked_data::DeclaredArticle>,
    shown: &[Block],
    runs: &PageRuns,
) -> Option<(linked_data::DeclaredArticle, Vec<Block>)> {
    let article = article?;
    let body = declared_blocks(&article.body);
    // Word by word: the extractor decodes entities and runs stored markup's paragraphs
    // together ("…prochain.Le conseil…").
    let words_of = |blocks: &[Block]| -> Vec<String> {
        let texts = blocks.iter().map(|b| decode_entities(&b.text));
        texts
            .flat_map(|t| lowercase_words(&t).collect::<Vec<_>>())
            .collect()
    };
    let gave_declared = || shown.len() <= body.len() && words_of(shown) == words_of(&body);
    let shows_little = outweighs(&body, shown) || gave_declared() && outweighs(&body, runs.get());
    shows_little.then_some((article, body))
}

/// The page's JSON-LD holds the article and the page shows little of it: a shell its
/// scripts fill in the browser ("Vous devez activer JavaScript…", no prose at all), or a
/// teaser over a paywall while the publisher gives search engines the whole text. Where the
/// page shows the article, its markup says more (intertitles, chapô) and is read.
fn outweighs(declared: &[Block], shown: &[Block]) -> bool {
    let words_of = |blocks: &[Block]| blocks.iter().map(|b| words(&b.text)).sum::<usize>();
    words_of(declared) > DECLARED_OUTWEIGHS * words_of(shown)
}

/// What a page shows, beside the article its JSON-LD declares.
struct Shown<'a> {
    /// The extractor's blocks.
    blocks: Vec<Block>,
    runs: &'a PageRuns<'a>,
    page_title: Option<String>,
}

/// A page of the article its JSON-LD declares: the page's own headline where the extractor
/// found it, else the declared headline (or the page's title), over the declared
/// paragraphs, with the chapô the page shows and its description vouches for
/// ([`restore_standfirst`]: a paywalled page shows it, and its system stores it apart from
/// the text); the declared description and date where the page's metadata has none.
fn declared_page(
    mut metadata: Metadata,
    article: linked_data::DeclaredArticle,
    body: Vec<Block>,
    shown: Shown,
) -> Page {
    let mut blocks: Vec<Block> = shown
        .blocks
        .into_iter()
        .filter(|b| b.hint == Some(Hint::Title))
        .take(1)
        .collect();
    if blocks.is_empty() {
        let title = article
            .headline
            .or(shown.page_title)
            .or(metadata.title.clone());
        blocks.extend(title.map(|title| block(Hint::Title, title)));
    }
    blocks.extend(body);
    metadata.description = metadata.description.or(article.description);
    metadata.date = metadata.date.or(article.date);
    restore_standfirst(&mut blocks, shown.runs, metadata.description.as_deref());
    for (i, b) in blocks.iter_mut().enumerate() {
        b.line = i + 1;
        b.last_line = i + 1;
    }
    Page { metadata, blocks }
}

/// The declared text's paragraphs: its markup's blocks when a system stored the markup,
/// else its lines, entities decoded (Linternaute writes "l&#39;IGPN" in its JSON).
fn declared_blocks(body: &str) -> Vec<Block> {
    if let Some(blocks) = markup_blocks(body) {
        return blocks;
    }
    body.lines()
        .map(|line| collapse(&decode_entities(line)))
        .filter(|line| !line.is_empty())
        .map(|line| block(Hint::Body, line))
        .collect()
}

/// Block elements that say a declared text is markup, not text quoting a tag.
const MARKUP_BLOCKS: [&str; 3] = ["<p>", "<p ", "<br"];

fn looks_like_markup(body: &str) -> bool {
    MARKUP_BLOCKS.iter().any(|tag| body.contains(tag))
}

/// An article's HTML stored as a string (a JSON-LD `articleBody`, a CMS's `content`) as its
/// blocks, read as an extracted article's are (`<h2>` its intertitles); `None` when the
/// string holds no paragraph's or line break's markup: it is text.
pub(crate) fn markup_blocks(body: &str) -> Option<Vec<Block>> {
    looks_like_markup(body).then(|| blocks(body))
}

/// An HTML fragment's text on one line (a CMS's rendered title or excerpt): its tags dropped,
/// its entities decoded, its white space collapsed.
pub(crate) fn fragment_text(html: &str) -> String {
    let fragment = Html::parse_fragment(html);
    collapse(&fragment.root_element().text().collect::<String>())
}

/// What the page says about itself, as the extractor read it from `<title>`, OpenGraph,
/// JSON-LD, `<time>` and `<html lang>`.
fn metadata(m: &trafilatura::Metadata) -> Metadata {
    let given = |s: &str| Some(collapse(&decode_entities(s))).filter(|s| !s.is_empty());
    Metadata {
        title: given(&m.title),
        description: given(&m.description),
        date: m.date.map(|d| d.format("%Y-%m-%d").to_string()),
        author: given(&m.author)
            .and_then(|a| super::page::author_names(&a))
            .filter(|a| !super::site_name::spells_whole_host(a, &m.url)),
        // Pages that declare their name twice get it joined ("TF1 Info; TF1 Info").
        site_name: m.sitename.split("; ").next().and_then(given),
        url: given(&m.url),
        lang: given(&m.language),
    }
}

fn block(hint: Hint, text: String) -> Block {
    Block {
        line: 0,
        last_line: 0,
        text,
        hint: Some(hint),
    }
}

/// The blocks of the extracted article's HTML, in document order.
fn blocks(content_html: &str) -> Vec<Block> {
    let fragment = Html::parse_fragment(content_html);
    let mut out = Vec::new();
    walk(fragment.root_element(), &mut out);
    let heads = run_in_heads(&fragment);
    if heads.len() >= MIN_RUN_IN_HEADS {
        out = with_run_in_heads_apart(out, &heads);
    }
    without_heading_copies(out)
}

/// Run-in heads an article sets for them to be its intertitles: one bold lead-in may be a
/// dateline or an emphasis, a series of them divides the article.
const MIN_RUN_IN_HEADS: usize = 2;

/// Most words of a run-in head.
const RUN_IN_HEAD_MAX_WORDS: usize = 8;

/// The run-in heads of the paragraphs: "<p><b>Famille catholique.</b> Originaire de La
/// Réunion, le clan…" (Europe 1), a few words in bold that open a paragraph of prose and end
/// on a stop or a colon, as a magazine heads its sections inside their first paragraph.
/// Each as the paragraph's text opens on it (white space collapsed, entities decoded).
fn run_in_heads(fragment: &Html) -> Vec<String> {
    let mut heads = Vec::new();
    for node in fragment.root_element().descendants() {
        let Some(paragraph) = ElementRef::wrap(node).filter(|e| e.value().name() == "p") else {
            continue;
        };
        let mut children = paragraph
            .children()
            .filter(|c| !c.value().as_text().is_some_and(|t| t.trim().is_empty()));
        let Some(bold) = children
            .next()
            .and_then(ElementRef::wrap)
            .filter(|e| matches!(e.value().name(), "b" | "strong"))
        else {
            continue;
        };
        let head = collapse(&decode_entities(&text_of(bold)));
        let rest = collapse(&decode_entities(&text_of(paragraph)));
        // "La faute à Internet ?", "De bons élèves...", then "…mais qui doivent redoubler
        // d'efforts.": a head may ask, or pause and go on in the next one.
        let opens = head.starts_with(char::is_uppercase)
            || head.starts_with('…') && head['…'.len_utf8()..].starts_with(char::is_lowercase);
        let shaped = head.ends_with(['.', ':', '?', '!', '…'])
            && opens
            && head.chars().any(char::is_lowercase)
            && (1..=RUN_IN_HEAD_MAX_WORDS).contains(&lettered_words(&head));
        if shaped && is_prose(&rest) && words(&rest) >= words(&head) + MIN_PARAGRAPH_WORDS {
            heads.push(head);
        }
    }
    heads
}

/// Words of `text` that hold a letter or a digit: a question mark French sets apart is none.
fn lettered_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Words a paragraph holds after its run-in head, at least.
const MIN_PARAGRAPH_WORDS: usize = 8;

/// The blocks with each paragraph that opens on one of `heads` split in two: the head as an
/// intertitle, without its full stop or colon, and the paragraph's prose.
fn with_run_in_heads_apart(blocks: Vec<Block>, heads: &[String]) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len() + heads.len());
    for b in blocks {
        let head = heads.iter().find(|head| {
            is_body(&b)
                && b.text.starts_with(head.as_str())
                && b.text[head.len()..].starts_with(' ')
        });
        match head {
            Some(head) => {
                // The full stop or colon that ran the head into its prose goes; a question
                // mark or a pause stays.
                let title = head.trim_end_matches([':', ' ', '\u{a0}']);
                let title = match title.ends_with("..") {
                    true => title,
                    false => title.strip_suffix('.').unwrap_or(title),
                };
                let title = title.trim_end().to_string();
                let rest = b.text[head.len()..].trim_start().to_string();
                out.push(block(Hint::Intertitle, title));
                out.push(block(Hint::Body, rest));
            }
            None => out.push(b),
        }
    }
    out
}

/// The extractor gives a heading that holds paragraphs (TF1's chapô, two `<p>` in an `<h2>`)
/// and then those paragraphs again, on their own: the paragraphs right after a heading that
/// together say the heading's words are its copy, and go.
fn without_heading_copies(blocks: Vec<Block>) -> Vec<Block> {
    let mut copy = vec![false; blocks.len()];
    for (i, block) in blocks.iter().enumerate() {
        if !matches!(block.hint, Some(Hint::Title | Hint::Intertitle)) {
            continue;
        }
        // How many body blocks after it spell the heading out, word for word.
        let mut said = String::new();
        for (j, next) in blocks
            .iter()
            .enumerate()
            .skip(i + 1)
            .take_while(|(_, b)| b.hint == Some(Hint::Body))
        {
            if !said.is_empty() {
                said.push(' ');
            }
            said.push_str(&next.text);
            if !block.text.starts_with(said.as_str()) {
                break;
            }
            if said.len() == block.text.len() {
                copy[i + 1..=j].fill(true);
                break;
            }
        }
    }
    blocks
        .into_iter()
        .zip(copy)
        .filter_map(|(block, copy)| (!copy).then_some(block))
        .collect()
}

/// Emit the blocks under `element`: a heading gives one block; any other element gives its
/// children's blocks, and a block per run of its loose text (`<br>` ends a run: pages set
/// their paragraphs, and a bold line over them, as runs of one `<p>`). A run takes the hint of
/// the block element that holds it, so the text of an `<li>` stays a list's item; blocks
/// inside a `<blockquote>` are all quotation, and the paragraphs inside an `<li>` ("<li><p>la
/// hausse de l'âge légal ;</p></li>") are the item.
fn walk(element: ElementRef, out: &mut Vec<Block>) {
    let name = element.value().name();
    let read_anyway = match name {
        "form" => wraps_the_page(element),
        "table" => lays_out_prose(element),
        _ => false,
    };
    if name == "table" && !read_anyway {
        return data_rows(element, out);
    }
    if name == "dl" {
        return definition_rows(element, out);
    }
    if SKIPPED.contains(&name) && !read_anyway {
        return;
    }
    if name == "p" && caption_under_image(element) {
        return;
    }
    let hint = block_hint(name);
    let start = out.len();
    match hint {
        Some(heading @ (Hint::Title | Hint::Intertitle)) => push(out, heading, &text_of(element)),
        _ => container(element, hint.unwrap_or(Hint::Body), out),
    }
    // What the element's own hint wins over, among the blocks inside it.
    let overrides = |inner: Option<Hint>| match hint {
        Some(Hint::Quote) => true,
        Some(Hint::ListItem) => inner == Some(Hint::Body),
        _ => false,
    };
    for b in &mut out[start..] {
        if overrides(b.hint) {
            b.hint = hint;
        }
    }
}

/// A table of figures inside the article ("Écoles | 58 M€"), its rows as a list's items
/// ([`super::page::table_items`]): "Écoles : 58 M€", a row of more cells told by commas
/// ("Paris SG, 14, 35"). Skipped, it left the heading over it heading the prose after it. Its
/// header row, cells that name the columns (`<th>` all of them), is kept where the rows need
/// it read; a row's own header (`<th scope="row">Écoles</th>`) is its label. The extractor
/// keeps no `<caption>`; a table of more rows than [`super::page::DATA_TABLE_MAX_ROWS`] is
/// skipped whole.
fn data_rows(table: ElementRef, out: &mut Vec<Block>) {
    let rows: Vec<ElementRef> = table
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "tr")
        .collect();
    if rows.len() > super::page::DATA_TABLE_MAX_ROWS {
        return;
    }
    let mut header = None;
    let mut body = Vec::new();
    for row in rows {
        let cells: Vec<ElementRef> = row
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|cell| matches!(cell.value().name(), "td" | "th"))
            .collect();
        let texts: Vec<String> = cells
            .iter()
            .map(|cell| collapse(&decode_entities(&text_of(*cell))))
            .filter(|text| !text.is_empty())
            .collect();
        let names_columns = !cells.is_empty() && cells.iter().all(|c| c.value().name() == "th");
        if names_columns && header.is_none() && body.is_empty() {
            header = Some(texts);
        } else if !names_columns {
            body.push(texts);
        }
    }
    for text in super::page::table_items(header.as_deref(), &body)
        .into_iter()
        .flatten()
    {
        push(out, Hint::TableRow, &text);
    }
}

/// A list of terms and their definitions ("<dt>Lieu</dt><dd>Carhaix-Plouguer (Finistère)</dd>",
/// a box of practical facts), each term and what defines it as one row, as a table of
/// figures' ("Lieu : Carhaix-Plouguer (Finistère)"): read as blocks of their own, each term
/// was a label and each definition a line, a gap that parted the article's last paragraphs
/// from its run. A term's several definitions are told by commas.
fn definition_rows(list: ElementRef, out: &mut Vec<Block>) {
    let mut cells: Vec<String> = Vec::new();
    let push_row = |cells: &mut Vec<String>, out: &mut Vec<Block>| {
        let row = match cells.split_first() {
            Some((term, definitions)) if !definitions.is_empty() => {
                super::page::table_row(&[term.clone(), definitions.join(", ")])
            }
            _ => super::page::table_row(cells),
        };
        if let Some(text) = row {
            push(out, Hint::TableRow, &text);
        }
        cells.clear();
    };
    // The terms and definitions are the list's children, or a wrapper's (`<div>` per pair);
    // a list inside a definition is that definition's text, read with it, not again.
    let own = |item: &ElementRef| {
        item.ancestors()
            .filter_map(ElementRef::wrap)
            .find(|a| a.value().name() == "dl")
            .is_some_and(|dl| dl.id() == list.id())
    };
    let items = list
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| matches!(e.value().name(), "dt" | "dd"))
        .filter(own);
    for item in items {
        let text = collapse(&decode_entities(&text_of(item)));
        if item.value().name() == "dt" && !cells.is_empty() {
            push_row(&mut cells, out);
        }
        if !text.is_empty() {
            cells.push(text);
        }
    }
    push_row(&mut cells, out);
}

/// Characters of one run of text from which a table lays out prose ([`lays_out_prose`]).
const LAYOUT_PROSE_CHARS: usize = 200;

/// A table that holds a run of text as long as a paragraph lays out the page, not data:
/// Alternatives Économiques' 2007 pages set the menu, the article and the sidebar in the
/// cells of nested tables. A table of figures or names is skipped.
fn lays_out_prose(table: ElementRef) -> bool {
    table
        .descendants()
        .any(|node| matches!(node.value(), Node::Text(t) if t.len() >= LAYOUT_PROSE_CHARS))
}

/// The blocks of `element`'s children, its loose text in runs with `run_hint`.
fn container(element: ElementRef, run_hint: Hint, out: &mut Vec<Block>) {
    let mut run = String::new();
    for child in element.children() {
        match child.value() {
            Node::Text(t) => run.push_str(t),
            Node::Element(e) if INLINE.contains(&e.name()) => {
                let inline = ElementRef::wrap(child).expect("an element");
                let text = text_of(inline);
                if bold_line_after_a_sentence(&run, inline, &text) {
                    run.push('\n');
                }
                let head = bold_head_of_its_run(&run, inline, &text);
                run.push_str(&text);
                if head {
                    run.push('\n');
                }
            }
            Node::Element(e) if e.name() == "br" => run.push('\n'),
            Node::Element(_) => {
                flush(out, run_hint, &mut run);
                walk(ElementRef::wrap(child).expect("an element"), out);
            }
            _ => {}
        }
    }
    flush(out, run_hint, &mut run);
}

/// Most words of a bold line that heads the text under it.
const BOLD_LINE_MAX_WORDS: usize = 12;

/// "…éveloppées et produites. <strong>Savoir-faire made in Belgium</strong><br>Le personnel…":
/// a few words in bold, without a stop, that a line break ends, right after a sentence's end,
/// are a line of their own, the intertitle of the text under it. 7sur7 sets its intertitles so
/// after two `<br>`s, which the extractor drops before a bold line (and keeps after it): the
/// intertitle was glued to the paragraph above.
fn bold_line_after_a_sentence(run: &str, inline: ElementRef, text: &str) -> bool {
    let broken_after =
        next_shown(inline).is_some_and(|n| matches!(n, Node::Element(e) if e.name() == "br"));
    let after_a_sentence = run
        .trim_end()
        .trim_end_matches(['»', '"', '”', ')', '\u{a0}', ' '])
        .ends_with(['.', '!', '?', '…']);
    is_bold(inline) && broken_after && line_shaped(text) && after_a_sentence
}

/// "<strong>1 456 heures annuelles</strong> Première manière d’aborder la question…": a few
/// words in bold, without a stop, that open a run of text going on with a sentence of its
/// own, are a line of their own, the intertitle of the text under it. The extractor drops the
/// line break Alternatives Économiques set inside the bold words; a name in bold opening its
/// sentence ("<b>Emmanuel Macron</b> a déclaré…") goes on in lowercase.
fn bold_head_of_its_run(run: &str, inline: ElementRef, text: &str) -> bool {
    let sentence_after = next_shown(inline).is_some_and(|n| {
        n.as_text()
            .is_some_and(|t| t.trim_start().starts_with(char::is_uppercase))
    });
    run.trim().is_empty() && is_bold(inline) && line_shaped(text) && sentence_after
}

/// `<strong>` or `<b>`.
fn is_bold(inline: ElementRef) -> bool {
    matches!(inline.value().name(), "strong" | "b")
}

/// A few words ([`BOLD_LINE_MAX_WORDS`] at most) that no stop, comma or dash ends: a
/// dateline in bold runs into its paragraph ("<b>Lyon (Rhône).–</b> Jusqu’à peu…", Mediapart).
fn line_shaped(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && text.split_whitespace().count() <= BOLD_LINE_MAX_WORDS
        && !text.ends_with(['.', '!', '?', ':', ';', ',', '…', '–', '—', '-'])
}

/// The sibling after `node` that shows something: an element, or text that is not blank.
fn next_shown<'a>(node: ElementRef<'a>) -> Option<&'a Node> {
    node.next_siblings()
        .map(|n| n.value())
        .find(|n| !matches!(n, Node::Text(t) if t.trim().is_empty()))
}

fn flush(out: &mut Vec<Block>, hint: Hint, run: &mut String) {
    for line in run.split('\n') {
        push(out, hint, line);
    }
    run.clear();
}

fn push(out: &mut Vec<Block>, hint: Hint, text: &str) {
    let text = collapse(&decode_entities(text));
    if !text.is_empty() {
        out.push(block(hint, text));
    }
}

fn block_hint(name: &str) -> Option<Hint> {
    Some(match name {
        "h1" => Hint::Title,
        "h2" | "h3" | "h4" | "h5" | "h6" => Hint::Intertitle,
        "p" | "pre" | "dd" | "dt" => Hint::Body,
        "li" => Hint::ListItem,
        "blockquote" => Hint::Quote,
        _ => return None,
    })
}

/// The text of an element, with a space where a `<br>` or a nested block broke the line;
/// of an element that shows more on hover, its links' words only ([`shows_on_hover`]).
fn text_of(element: ElementRef) -> String {
    let mut text = String::new();
    push_text_of(element, &mut text);
    text
}

fn push_text_of(element: ElementRef, text: &mut String) {
    if shows_on_hover(element) {
        for link in element.descendants().filter_map(ElementRef::wrap) {
            if link.value().name() == "a" {
                text.extend(link.text());
            }
        }
        return;
    }
    for child in element.children() {
        match child.value() {
            Node::Text(t) => text.push_str(t),
            Node::Element(e) => {
                if !INLINE.contains(&e.name()) {
                    text.push(' ');
                }
                if let Some(child) = ElementRef::wrap(child) {
                    push_text_of(child, text);
                }
            }
            _ => {}
        }
    }
}

/// "<span onmouseover=…><a>Institut</a><span> (Un institut est une organisation…)</span>
/// </span>": an inline element with a handler that shows something when the pointer is over
/// it, around a link, is a word and its tooltip (Techno-Science's glossary, whose script
/// hides the definitions): the reader sees the word, and the definition is no part of the
/// sentence.
fn shows_on_hover(element: ElementRef) -> bool {
    let e = element.value();
    INLINE.contains(&e.name())
        && e.attrs()
            .any(|(name, _)| name.eq_ignore_ascii_case("onmouseover"))
        && element
            .descendants()
            .filter_map(ElementRef::wrap)
            .any(|d| d.value().name() == "a")
}

/// White space collapsed to single spaces, no-break spaces kept (French typography puts them
/// before `:` and inside « »), ends trimmed.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}') {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out.trim_matches(['\u{a0}', '\u{202f}']).to_string()
}

/// Entities left in text that HTML parsing already decoded once: pages that escape twice
/// (`&amp;eacute;`) show `&eacute;` to their readers; we show `é`.
fn decode_entities(text: &str) -> String {
    if !has_entity(text) {
        return text.to_string();
    }
    let fragment = Html::parse_fragment(&text.replace('<', "&lt;"));
    fragment.root_element().text().collect()
}

fn has_entity(text: &str) -> bool {
    text.match_indices('&').any(|(at, _)| {
        let rest = &text[at + 1..];
        let name = rest
            .find(';')
            .filter(|&end| end <= 10)
            .map(|end| &rest[..end]);
        name.is_some_and(|n| {
            !n.is_empty()
                && (n.chars().all(|c| c.is_ascii_alphanumeric())
                    || n.strip_prefix('#').is_some_and(|d| {
                        d.chars().all(|c| c.is_ascii_alphanumeric()) && !d.is_empty()
                    }))
        })
    })
}

/// The extractor can give a paragraph of the article twice, once above the headline and once
/// in its place after the chapô (Mediapart's first paragraph, its drop cap in a wrapper of
/// its own). Read in that order, the copy above the headline opened the article and the chapô
/// came after it as a paragraph of the body. A block above the headline that the page prints
/// again after it is that copy: it goes, and the article reads in the page's order.
fn drop_copies_before_the_headline(blocks: &mut Vec<Block>) {
    let Some(headline) = blocks.iter().position(|b| b.hint == Some(Hint::Title)) else {
        return;
    };
    if headline == 0 {
        return;
    }
    let after: std::collections::HashSet<&str> = blocks[headline + 1..]
        .iter()
        .map(|b| b.text.as_str())
        .collect();
    let copies: Vec<bool> = blocks[..headline]
        .iter()
        .map(|b| after.contains(b.text.as_str()))
        .collect();
    let mut at = 0;
    blocks.retain(|_| {
        let copy = copies.get(at).copied().unwrap_or(false);
        at += 1;
        !copy
    });
}

/// Paragraphs the extractor cut at an inline quote (`chant` / `<em>« A bas… »</em>`) are one
/// paragraph again: a body block that leaves its sentence open is continued by the next
/// when that one starts in lower case, or opens a quote after a word or a comma.
fn join_cut_sentences(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for b in blocks {
        match out.last_mut() {
            Some(last) if is_body(last) && is_body(&b) && continues(&last.text, &b.text) => {
                last.text.push(' ');
                last.text.push_str(&b.text);
            }
            _ => out.push(b),
        }
    }
    out
}

/// The extractor loses what follows an inline element in `<br>`-separated copy: "Comme le
/// rappelle <em>Le Point</em>, il avait également…" comes out as "Comme le rappelle" and a
/// paragraph "Le Point", the rest gone. A body block that stops mid-sentence before a short
/// one, or before a quotation standing alone (an `<em>` the extractor took out with what
/// followed it), takes its whole run back from the page's own markup, and the pieces that
/// run holds go. The page is parsed again only when such a block is found.
fn restore_lost_tails(blocks: &mut Vec<Block>, runs: &PageRuns) {
    let cut = |i: usize| {
        let (b, next) = (&blocks[i], &blocks[i + 1]);
        let piece = words(&next.text) <= SHORT_PIECE_WORDS;
        // "…jusque là." then "« Ce qui est recherché… »" alone: a quotation set in italics
        // after a full stop, which the extractor took out of its paragraph with what followed.
        let quoted_alone =
            |text: &str| text.starts_with(['«', '"', '“']) && text.ends_with(['»', '"', '”']);
        let quotation_out = quoted_alone(&next.text);
        let open_end = !b.text.ends_with(['.', '!', '?', '…', '»', '"', ':', ';']);
        // "…autour de son arbre à ballons qui n'auront jamais été aussi multicolores que ce
        // jour", "…pour ce « très joli message » : «": a sentence of some length the
        // extractor cut at a quotation mark, whatever follows.
        let cut_at_a_quote = (open_end || b.text.ends_with('«')) && words(&b.text) >= 12;
        is_body(b)
            && (open_end && piece || quotation_out || cut_at_a_quote || quoted_alone(&b.text))
    };
    // A few per article at most: a hostile page of thousands costs one bounded pass.
    // "« Il s’agissait d’un engin explosif artisanal… » | , a ajouté le ministre": a
    // quotation in `<em>` kept alone, the words that attribute it lost.
    let suspects: Vec<usize> = (0..blocks.len().saturating_sub(1))
        .filter(|&i| cut(i))
        .take(MAX_LOST_TAILS)
        .collect();
    if suspects.is_empty() {
        return;
    }
    let mut by_opening: rustc_hash::FxHashMap<&str, Vec<&Block>> = Default::default();
    for run in runs.get() {
        by_opening.entry(opening(&run.text)).or_default().push(run);
    }
    for &i in suspects.iter().rev() {
        let text = &blocks[i].text;
        let same_opening = by_opening.get(opening(text)).map_or(&[][..], Vec::as_slice);
        let same_opening = || same_opening.iter().take(MAX_LOST_TAILS);
        let whole_run = same_opening()
            .find_map(|r| prefix_end(&r.text, text).map(|end| (r, end)))
            .filter(|(run, end)| *end < run.text.len())
            // "« Notre siège… ont tremblé », | a expliqué à l’AFP Haykel Boukraa, 49 ans. |
            // « C’était la panique… »": the extractor kept the two quotations in `<em>` and
            // lost the words between them, their speaker.
            .or_else(|| {
                same_opening()
                    .find(|r| words(&r.text) > words(text) && holds_in_order(&r.text, text))
                    .map(|r| (r, 0))
            });
        let Some((run, end)) = whole_run else {
            continue;
        };
        let tail = run.text[end..].to_string();
        blocks[i].text = run.text.clone();
        // The pieces the extractor made of the tail ("Le Point") are in the run now.
        while blocks.get(i + 1).is_some_and(|b| tail.contains(&b.text)) {
            blocks.remove(i + 1);
        }
    }
}

/// Every word of `piece` is in `text`, in the same order: what the extractor kept of a run
/// that lost words in between.
fn holds_in_order(text: &str, piece: &str) -> bool {
    let mut words = text.split_whitespace();
    piece.split_whitespace().all(|w| words.any(|t| t == w))
}

/// Where `prefix` ends in `text` when `text` starts with it, a no-break space of one read as
/// a plain space of the other: the extractor gives the page's `&nbsp;` as spaces.
fn prefix_end(text: &str, prefix: &str) -> Option<usize> {
    let same =
        |a: char, b: char| a == b || (a == '\u{a0}' && b == ' ') || (a == ' ' && b == '\u{a0}');
    let mut chars = text.char_indices();
    for p in prefix.chars() {
        let (_, t) = chars.next()?;
        if !same(t, p) {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(at, _)| at))
}

/// The fewest paragraphs an article keeps for its lost intertitles to be looked for: a short
/// one seldom has any.
const MIN_PARAGRAPHS_FOR_INTERTITLES: usize = 4;

/// When no element of the page looks like an article's body (a reader view's bare markup, a
/// converter's, a small site's template), the extractor falls back to gathering the page's
/// paragraphs, and drops every heading between them: a Readability copy of a BFMTV article
/// came out with its three `<h2>` gone. A heading of the page's own markup whose paragraphs
/// on either side the extractor kept, one after the other, is the article's intertitle again.
/// An article that kept some is looked at too: StreetPress's extractor kept one `<h3>` of
/// two, and dropped the other between two paragraphs it kept. Only a page with subheadings is
/// parsed again.
fn restore_lost_intertitles(blocks: &mut Vec<Block>, runs: &PageRuns, html: &str) {
    let paragraphs = blocks.iter().filter(|b| is_body(b)).count();
    let kept = blocks
        .iter()
        .filter(|b| b.hint == Some(Hint::Intertitle))
        .count();
    if paragraphs < MIN_PARAGRAPHS_FOR_INTERTITLES || subheading_tags(html) <= kept {
        return;
    }
    let mut kept = KeptBlocks::of(blocks);
    let mut lost = Vec::new();
    // The block the previous run was kept as, and the heading run right after it.
    let mut previous: Option<usize> = None;
    let mut heading: Option<&Block> = None;
    for run in runs.get() {
        match kept.find(run) {
            Some(at) => {
                if let (Some(h), Some(before)) = (heading.take(), previous) {
                    if at == before + 1 {
                        lost.push((at, h.text.clone()));
                    }
                }
                previous = Some(at);
            }
            None if run.hint == Some(Hint::Intertitle) && heading.is_none() => heading = Some(run),
            None => (previous, heading) = (None, None),
        }
    }
    for (at, text) in lost.into_iter().rev() {
        blocks.insert(at, block(Hint::Intertitle, text));
    }
}

/// Where the page's runs were kept among the extracted blocks, found in document order: a
/// run is the first block after the last one found that opens as it does, so a line the
/// page repeats ("La suite après cette publicité") is found where it was kept each time.
struct KeptBlocks<'a> {
    /// For each opening, the blocks that open so, and how many of them are behind.
    at: rustc_hash::FxHashMap<&'a str, (Vec<usize>, usize)>,
    next: usize,
}

impl<'a> KeptBlocks<'a> {
    fn of(blocks: &'a [Block]) -> Self {
        let mut at: rustc_hash::FxHashMap<&str, (Vec<usize>, usize)> = Default::default();
        for (i, b) in blocks.iter().enumerate() {
            if !matches!(b.hint, Some(Hint::Title | Hint::Intertitle)) {
                at.entry(opening(&b.text)).or_default().0.push(i);
            }
        }
        KeptBlocks { at, next: 0 }
    }

    fn find(&mut self, run: &Block) -> Option<usize> {
        let (places, behind) = self.at.get_mut(opening(&run.text))?;
        while places.get(*behind).is_some_and(|&i| i < self.next) {
            *behind += 1;
        }
        let found = *places.get(*behind)?;
        self.next = found + 1;
        Some(found)
    }
}

/// How many `<h2>`–`<h6>` tags the markup opens, in either case: when the extraction kept as
/// many intertitles, no heading is lost, and the page is not parsed again.
fn subheading_tags(html: &str) -> usize {
    let bytes = html.as_bytes();
    memchr::memchr_iter(b'<', bytes)
        .filter(|&at| {
            let tag = &bytes[at + 1..];
            tag.len() > 1 && tag[0].eq_ignore_ascii_case(&b'h') && (b'2'..=b'6').contains(&tag[1])
        })
        .count()
}

/// The blocks of the whole page, read from its own markup the first time a repair needs them:
/// most pages need none, and the page is parsed again at most once.
struct PageRuns<'a> {
    html: &'a str,
    runs: std::cell::OnceCell<Vec<Block>>,
}

impl<'a> PageRuns<'a> {
    fn of(html: &'a str) -> Self {
        PageRuns {
            html,
            runs: std::cell::OnceCell::new(),
        }
    }

    fn get(&self) -> &[Block] {
        self.runs.get_or_init(|| {
            let page = Html::parse_document(self.html);
            let mut runs = Vec::new();
            walk(page.root_element(), &mut runs);
            runs
        })
    }
}

/// The fewest words a page's description must have to be taken for its chapô.
const STANDFIRST_MIN_WORDS: usize = 12;

/// Templates often print the chapô beside the headline, outside the element the extractor
/// keeps (Le Monde's `article__desc`, HuffPost's, francetvinfo's), and it is lost with the
/// header. Pages also give their chapô as their description (`<meta name="description">`,
/// OpenGraph): a paragraph of the page that says what the description says, before the
/// article's first paragraph, is the chapô, and opens the article again. Nothing is taken
/// from the description itself, only from the page's visible text it vouches for.
fn restore_standfirst(blocks: &mut Vec<Block>, runs: &PageRuns, description: Option<&str>) {
    let Some(description) = description.filter(|d| words(d) >= STANDFIRST_MIN_WORDS) else {
        return;
    };
    let wanted = comparable(without_cut_mark(description));
    let Some(first_body) = blocks.iter().position(|b| is_body(b) && is_prose(&b.text)) else {
        return;
    };
    let kept = |b: &Block| comparable(&b.text).starts_with(opening(&wanted));
    if blocks
        .iter()
        .any(|b| b.hint == Some(Hint::Standfirst) || kept(b))
    {
        return;
    }
    let runs = runs.get();
    let body_opening = opening(&blocks[first_body].text);
    let body_at = runs.iter().position(|r| r.text.starts_with(body_opening));
    let chapo = runs.iter().enumerate().find(|(_, r)| {
        let text = comparable(&r.text);
        words(&r.text) >= STANDFIRST_MIN_WORDS
            && (text.starts_with(&wanted) || wanted.starts_with(text.trim_end_matches('.')))
    });
    let before_body = |(at, _): &(usize, &Block)| body_at.is_some_and(|b| *at < b);
    if let Some((_, run)) = chapo.filter(before_body) {
        // Above the first intertitle too, where the article opens on one.
        let first_article = blocks
            .iter()
            .position(|b| matches!(b.hint, Some(Hint::Intertitle)))
            .map_or(first_body, |i| i.min(first_body));
        blocks.insert(first_article, block(Hint::Standfirst, run.text.clone()));
    }
}

/// A description without the mark that says the page cut it: "…par-dessus une (...)" (SPIP),
/// "[…]", "…", and the stop or spaces before it.
fn without_cut_mark(description: &str) -> &str {
    let text = description.trim_end();
    let text = ["(...)", "[...]", "(…)", "[…]"]
        .iter()
        .find_map(|mark| text.strip_suffix(mark))
        .unwrap_or(text);
    text.trim_end_matches(['…', '.', ' ', '\u{a0}'])
}

/// Demonstratives that open a sentence on something said before it ("Ce retrait est
/// réalisé…"): an article's first paragraph does not open on one.
const POINTING_BACK: &[&str] = &["ce", "cet", "cette", "ces", "celui-ci", "celle-ci"];

/// The extractor can drop the article's first paragraph (the Tribune de Genève's opens with a
/// `<script>`: "Le chlorothalonil sera interdit dès 2020 en Suisse…"), leaving one that
/// points back to it ("Ce retrait est réalisé…") to open the article. It also drops the text a
/// `<div>` holds before its first `<br>` in copy set apart by them (a city's site: "La 26e
/// édition de la Fête des lumières s'ouvre…" right under the `<h1>` and the date). Then the
/// page's own run right before that paragraph, when it is prose of a few sentences, is the
/// lost opening: for a paragraph that does not point back, only when that run stands right
/// under the headline ([`right_under_the_headline`]). The page is parsed again only for a
/// paragraph that points back, or on a page that holds a `<br>`.
fn restore_lost_opening(blocks: &mut Vec<Block>, runs: &PageRuns, html: &str) {
    // The first paragraph of some length: boxes that speak to the reader ("Vous voulez
    // communiquer un renseignement ?") may come before it, short.
    let paragraph = |b: &Block| is_body(b) && is_prose(&b.text) && words(&b.text) >= 20;
    let Some(first_body) = blocks.iter().position(paragraph) else {
        return;
    };
    let first_word = blocks[first_body]
        .text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let points_back = POINTING_BACK.contains(&first_word.as_str());
    // In copy set apart by `<br>`s (text right inside a `<div>`), the extractor drops the
    // text before the first one: the article's first paragraph, right under the headline.
    // Looked for only on a page that holds a `<br>`.
    if !points_back && !holds_line_breaks(html) {
        return;
    }
    let runs = runs.get();
    let body_opening = opening(&blocks[first_body].text);
    let Some(at) = runs.iter().position(|r| r.text.starts_with(body_opening)) else {
        return;
    };
    let Some(before) = at.checked_sub(1).map(|i| &runs[i]) else {
        return;
    };
    if !points_back && !right_under_the_headline(runs, at - 1) {
        return;
    }
    let lost = is_body(before)
        && is_prose(&before.text)
        && words(&before.text) >= STANDFIRST_MIN_WORDS
        && !blocks.iter().any(|b| b.text == before.text);
    if lost {
        blocks.insert(first_body, before.clone());
    }
}

/// The page holds a `<br>` (in any case).
fn holds_line_breaks(html: &str) -> bool {
    memchr::memmem::find(html.as_bytes(), b"<br").is_some()
        || memchr::memmem::find(html.as_bytes(), b"<BR").is_some()
}

/// Most runs between the page's headline and its opening paragraph: a date, a byline, a
/// share bar, a photo's credit.
const UNDER_HEADLINE_RUNS: usize = 6;

/// Run `i` stands under the page's headline (`<h1>`), within [`UNDER_HEADLINE_RUNS`] runs
/// and nothing of prose between them.
fn right_under_the_headline(runs: &[Block], i: usize) -> bool {
    (i.saturating_sub(UNDER_HEADLINE_RUNS + 1)..i)
        .rev()
        .take_while(|&j| runs[j].hint == Some(Hint::Title) || !is_prose(&runs[j].text))
        .any(|j| runs[j].hint == Some(Hint::Title))
}

/// A text as compared with the page's description: typographic apostrophes, single spaces.
fn comparable(text: &str) -> String {
    text.replace('\'', "’")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The most words of a piece an extractor cut out of its paragraph (a name, a title).
const SHORT_PIECE_WORDS: usize = 6;

/// The most lost tails looked for in a page, and runs compared for each.
const MAX_LOST_TAILS: usize = 32;

/// The first 32 bytes of a text (to a character boundary): runs are found by them.
fn opening(text: &str) -> &str {
    let mut end = text.len().min(32);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn is_body(b: &Block) -> bool {
    b.hint == Some(Hint::Body)
}

fn continues(before: &str, after: &str) -> bool {
    if before.ends_with(['.', '!', '?', '…', ':']) {
        return false;
    }
    let opened = after.trim_start_matches(['«', '"', '“', ' ', '\u{a0}', '\u{202f}']);
    let lower = opened.chars().next().is_some_and(char::is_lowercase);
    let quote_after_word = after.starts_with(['«', '"', '“'])
        && before.ends_with(|c: char| c.is_lowercase() || c == ',');
    lower || quote_after_word
}

/// Mark as furniture what is shaped like it, and give prose headings their real role.
fn furnish(blocks: &mut [Block]) {
    title_before_prose(blocks);
    demote_prose_headings(blocks);
    furnish_empty_sections(blocks);
    furnish_repeated_lines(blocks);
}

/// Words in a block, for the shape tests.
fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// A sentence of prose: a few words and a closing mark.
fn is_prose(text: &str) -> bool {
    let end = text.trim_end_matches(['»', '"', '”', '’', ')', ' ', '\u{a0}']);
    words(text) >= 6 && end.ends_with(['.', '!', '?', '…', ':'])
}

/// The headline is the first `<h1>` before any prose; an `<h1>` amid the body (some templates
/// mark intertitles so) is an intertitle.
fn title_before_prose(blocks: &mut [Block]) {
    let mut titled = false;
    let mut body_seen = false;
    for b in blocks.iter_mut() {
        if b.hint == Some(Hint::Title) {
            if titled || body_seen {
                b.hint = Some(Hint::Intertitle);
            }
            titled = true;
        }
        body_seen |= b.hint == Some(Hint::Body) && is_prose(&b.text);
    }
}

/// A heading that is a paragraph (a chapô in an `<h2>`, as some templates do) is the
/// standfirst when it comes before the body, and body otherwise.
fn demote_prose_headings(blocks: &mut [Block]) {
    let mut body_seen = false;
    for b in blocks.iter_mut() {
        let heading = matches!(b.hint, Some(Hint::Intertitle));
        if heading && is_prose(&b.text) && (words(&b.text) >= 20 || b.text.len() > 160) {
            b.hint = Some(if body_seen {
                Hint::Body
            } else {
                Hint::Standfirst
            });
        }
        body_seen |= b.hint == Some(Hint::Body) && is_prose(&b.text);
    }
}

/// A heading over no prose ("Sur le même thème", "Articles en relation") heads a box of
/// links, not a section: it and its lines are furniture.
fn furnish_empty_sections(blocks: &mut [Block]) {
    let mut i = 0;
    while i < blocks.len() {
        if blocks[i].hint != Some(Hint::Intertitle) {
            i += 1;
            continue;
        }
        let end = (i + 1..blocks.len())
            .find(|&j| matches!(blocks[j].hint, Some(Hint::Intertitle | Hint::Title)))
            .unwrap_or(blocks.len());
        if !blocks[i + 1..end].iter().any(|b| is_prose(&b.text)) {
            for b in &mut blocks[i..end] {
                b.hint = Some(Hint::Furniture);
            }
        }
        i = end;
    }
}

/// Short lines a page repeats ("La suite après cette publicité", "Lire aussi") are its
/// furniture, wherever they stand.
fn furnish_repeated_lines(blocks: &mut [Block]) {
    let mut seen: rustc_hash::FxHashMap<&str, usize> = Default::default();
    for b in blocks.iter().filter(|b| words(&b.text) <= 10) {
        *seen.entry(b.text.as_str()).or_default() += 1;
    }
    let repeated: rustc_hash::FxHashSet<String> = seen
        .into_iter()
        .filter(|&(_, n)| n >= 2)
        .map(|(t, _)| t.to_string())
        .collect();
    for b in blocks.iter_mut() {
        if repeated.contains(&b.text) {
            b.hint = Some(Hint::Furniture);
        } else if let Some(rest) = after_repeated_line(&b.text, &repeated) {
            // "La suite après cette publicité « Il y a des règles… »": the extractor glued
            // the line to the paragraph after it; the paragraph is the source's, the line not.
            b.text = rest;
        }
    }
}

/// The text after a repeated line it opens with, when more follows. Repeated lines have at
/// most ten words, so only the text's first ten word ends are looked up: a page of thousands
/// of repeated lines costs a few lookups a paragraph, not one comparison per line.
fn after_repeated_line(text: &str, repeated: &rustc_hash::FxHashSet<String>) -> Option<String> {
    text.match_indices(' ')
        .take(10)
        .map(|(at, _)| at)
        .find(|&at| repeated.contains(&text[..at]))
        .map(|at| text[at..].trim_start().to_string())
        .filter(|rest| !rest.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tooltip_shown_on_hover_is_no_part_of_the_sentence() {
        // Techno-Science's glossary.
        let html = "<p>des chercheurs de l'<span class=\"lienGlossaire\" onMouseOver=affichDefinitionTitle(this)><a href=\"/glossaire-definition/Institut.html\">Institut</a><span id='debutDefinition_6'> (Un institut est une organisation permanente. C'est habituellement une institution de recherche.)</span></span> de chimie ont identifié de nouvelles cibles.</p>";
        let texts: Vec<String> = blocks(html).into_iter().map(|b| b.text).collect();
        assert_eq!(
            texts,
            ["des chercheurs de l'Institut de chimie ont identifié de nouvelles cibles."]
        );
        // A span without a handler, or a handler around no link, keeps its words.
        let plain =
            "<p>Un mot <span onmouseover=\"f()\">souligné</span> et <span>(un aside)</span>.</p>";
        let texts: Vec<String> = blocks(plain).into_iter().map(|b| b.text).collect();
        assert_eq!(texts, ["Un mot souligné et (un aside)."]);
    }

    #[test]
    fn one_long_block_is_a_page_flattened() {
        let long = "mot ".repeat(FLATTENED_MIN_WORDS);
        assert!(flattened(&[block(Hint::Body, long.clone())]));
        // An article of one short paragraph, or of several: the extractor's reading.
        assert!(!flattened(&[block(
            Hint::Body,
            "Un paragraphe court.".into()
        )]));
        assert!(!flattened(&[
            block(Hint::Title, "Un titre".into()),
            block(Hint::Body, long)
        ]));
    }

    #[test]
    fn only_the_copy_above_the_headline_of_a_block_printed_again_goes() {
        let texts =
            |blocks: &[Block]| -> Vec<String> { blocks.iter().map(|b| b.text.clone()).collect() };
        let mut blocks = vec![
            block(
                Hint::Body,
                "Jusqu’à peu, il avait les honneurs des médias.".into(),
            ),
            block(Hint::Body, "Une ligne au-dessus du titre.".into()),
            block(Hint::Title, "Révélations sur un promoteur lyonnais".into()),
            block(
                Hint::Body,
                "Rendue publique en janvier, une information judiciaire…".into(),
            ),
            block(
                Hint::Body,
                "Jusqu’à peu, il avait les honneurs des médias.".into(),
            ),
        ];
        drop_copies_before_the_headline(&mut blocks);
        assert_eq!(
            texts(&blocks),
            [
                "Une ligne au-dessus du titre.",
                "Révélations sur un promoteur lyonnais",
                "Rendue publique en janvier, une information judiciaire…",
                "Jusqu’à peu, il avait les honneurs des médias.",
            ]
        );
        // Without a headline, or with the headline first, nothing goes.
        let mut untitled = vec![
            block(Hint::Body, "Un paragraphe.".into()),
            block(Hint::Body, "Un paragraphe.".into()),
        ];
        drop_copies_before_the_headline(&mut untitled);
        assert_eq!(untitled.len(), 2);
    }

    proptest::proptest! {
        /// The search for a '<' first changes no answer: as read before it.
        #[test]
        fn html_is_recognised_as_without_the_bracket_search(text in "(<html|<head|<body|<!DOCTYPE html|<p>|[a-z <>é\n])*") {
            let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
            let head = prefix(start, 2048).to_ascii_lowercase();
            let before = head.starts_with("<!doctype html")
                || head.starts_with("<html")
                || head.contains("<html") && head.contains("<head")
                || head.contains("<body")
                || head.starts_with('<') && markup_share(&head) * 2 > head.len();
            proptest::prop_assert_eq!(looks_like_html(&text), before);
        }

        /// The bytes' search for a '<' before decoding changes no answer, whatever the bytes
        /// (invalid UTF-8, a '<' past the head, a long run of spaces before it).
        #[test]
        fn bytes_are_recognised_as_their_decoded_head(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just(b"<html><body>".to_vec()),
                    proptest::strategy::Just(vec![b' '; 700]),
                    proptest::collection::vec(proptest::prelude::any::<u8>(), 1..4),
                ],
                0..8,
            )
        ) {
            let bytes = bytes.concat();
            let decoded = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]);
            proptest::prop_assert_eq!(bytes_look_like_html(&bytes), looks_like_html(&decoded));
        }
    }

    /// A page as a reader view gives it: no `<article>`, no `<main>`, paragraphs and headings
    /// in a bare `<div>` (sentences of Le Monde's article on the bac results).
    const BARE: &str =
        "<html><head><title>Bac</title></head><body><h1>Bac : les résultats des lycées \
        passés au crible</h1><div class=\"page\"><div>\
        <p>Comment savoir si tel établissement est un bon lycée ? Cette question revient de \
        manière lancinante chez les parents d’élèves à l’approche de l’orientation.</p>\
        <p>Les taux bruts de réussite au baccalauréat et de mentions donnent une indication sur \
        le niveau des élèves, mais ne disent rien du travail fait par l’établissement.</p>\
        <h2>Un outil de transparence</h2>\
        <p>Sur les 2 249 lycées qui présentent plus de 30 élèves au baccalauréat et dont nous \
        disposons des données, 327 sont dits « accompagnateurs » par le ministère.</p>\
        <p>Leur caractéristique ? Ils possèdent des taux de réussite bien supérieurs à ce qui \
        était attendu au vu du profil social de leurs élèves, année après année.</p>\
        {after}</div></div></body></html>";

    /// La Presse's blog: a logo, then the article's headline, in `<h1>` elements; the page's
    /// title holds both, and the headline is the longer. A page whose title holds no `<h1>`
    /// names none.
    #[test]
    fn a_headline_keeps_its_formatted_words_and_a_logo_gives_none() {
        // The Sound Of Science: the acronym set in small capitals.
        let page = "<html><body><h1>Une candidature collective à la présidence du <span class=\"caps\">HCERES</span></h1>\
            <h1><a href=\"/\">La Presse.ca</a></h1><h1><strong>Que veulent les&nbsp;hackers ?</strong></h1></body></html>";
        let document = trafilatura::dom::Document::parse(page);
        assert_eq!(
            headlines(&document),
            [
                "Une candidature collective à la présidence du HCERES",
                "Que veulent les hackers ?"
            ]
        );
    }

    #[test]
    fn the_headline_is_the_h1_the_pages_title_holds() {
        let headlines = [
            "La Presse.ca".to_string(),
            "LNH".to_string(),
            "Certains rêvent de Matt Duchene à Ottawa".to_string(),
        ];
        let title = "» Certains rêvent de Matt Duchene à\u{a0}Ottawa|Mathias Brunet | La Presse.ca";
        assert_eq!(named_headline(&headlines, Some(title)), Some(&headlines[2]));
        assert_eq!(named_headline(&headlines, Some("Blogues")), None);
        assert_eq!(named_headline(&headlines, None), None);
    }

    #[test]
    fn a_one_word_h1_the_pages_title_does_not_hold_is_a_section_label() {
        let title =
            "États-Unis : un étudiant soupçonné d’avoir conçu un Linux pour l’État islamique";
        assert!(section_label("Actualité", Some(title)));
        assert!(!section_label("Actualité", Some("Actualité")));
        assert!(!section_label("États-Unis", Some(title)));
        assert!(!section_label("Un étudiant soupçonné", Some(title)));
        // DriversCloud: the section in the `<h1>`, the headline in a `<div>` the extractor
        // drops, and the extractor's own metadata giving the `<h1>` for the title.
        let paragraph =
            "<p>Les autorités américaines ont arrêté un étudiant en informatique de 20 ans \
            de Chicago, accusé d’avoir développé des scripts capables d’automatiser des tâches \
            pour l’organisation terroriste.</p>";
        let html = format!(
            "<html><head><title>{title}</title></head><body><h1>Actualité</h1>\
             <div class=\"titre\">{title}</div><div class=\"texte\">{paragraph}{paragraph}\
             {paragraph}</div></body></html>"
        );
        let page = read(&html);
        let titles: Vec<&str> = page
            .blocks
            .iter()
            .filter(|b| b.hint == Some(Hint::Title))
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(titles, [title], "{:#?}", page.blocks);
    }

    #[test]
    fn without_an_h1_the_heading_the_pages_title_names_is_the_headline() {
        // Wara's blog template: the blog's name in the only `<h1>`, the article's headline a
        // link in an `<h3>`, a sidebar widget's `<h2>` that the extractor took for the title.
        let paragraph =
            "<p>La Justice de paix de Macenta au sud Guinée a tenu le mardi 27 septembre \
            2016 son audience correctionnelle contre un braconnier d’éléphant, arrêté en flagrant \
            délit avec ses complices dans la forêt classée du Ziama.</p>";
        let page = format!(
            "<html><head><title>Guinée : Un braconnier d’éléphant interpellé et condamné à la \
            peine maximale ! &lsaquo; Wara Conservation Project</title></head><body>\
            <div id=\"header\"><h1><span>Blog</span></h1></div><div class=\"post\"><h3><a href=\"/guinee\">Guinée : \
            Un braconnier d’éléphant interpellé et condamné à la peine maximale !</a></h3>\
            {paragraph}{paragraph}{paragraph}</div><ul><li><h2>Magazine Wildlife Justice</h2>\
            <a href=\"/magazine\">Wildlife Justice</a></li></ul></body></html>"
        );
        let page = read(&page);
        assert_eq!(
            hinted(&page, Hint::Title),
            ["Guinée : Un braconnier d’éléphant interpellé et condamné à la peine maximale !"]
        );
        // A section's name is no headline, even when the page's title holds it.
        let document = trafilatura::dom::Document::parse(
            "<html><head><title>Politique - Le Journal</title></head><body><h2>Politique</h2>\
            </body></html>",
        );
        assert_eq!(titled_heading(&document, &[]), None);
    }

    #[test]
    fn a_heading_between_paragraphs_the_extractor_kept_is_restored() {
        let page = read(&BARE.replace("{after}", ""));
        assert_eq!(
            hinted(&page, Hint::Intertitle),
            ["Un outil de transparence"]
        );
        let at = |start: &str| page.blocks.iter().position(|b| b.text.starts_with(start));
        assert_eq!(at("Un outil"), at("Les taux bruts").map(|i| i + 1));
    }

    #[test]
    fn a_heading_over_what_the_extractor_dropped_is_not_restored() {
        // A box of links under its heading, after the last paragraph: never an intertitle.
        let links = "<h2>Sur le même thème</h2><ul><li><a href=\"/a\">Les lycées de Paris</a></li>\
            <li><a href=\"/b\">Le palmarès</a></li></ul>";
        let page = read(&BARE.replace("{after}", links));
        assert_eq!(
            hinted(&page, Hint::Intertitle),
            ["Un outil de transparence"]
        );
        assert!(!page
            .blocks
            .iter()
            .any(|b| b.text.contains("même thème") && b.hint == Some(Hint::Intertitle)));
    }

    #[test]
    fn paragraphs_the_extractor_repeats_after_their_heading_are_read_once() {
        // TF1's reader view: the chapô is two `<p>` in an `<h2>`, which the extractor gives,
        // and then the two paragraphs again.
        let chapo = "<h2><div><p>C'est l'un des villages de montagne les plus isolés de notre pays.</p></div>\
            <div><p>À Dormillouse, ce sont plus de trois heures de marche rien que pour faire les courses.</p></div></h2>";
        let body =
            "<p>Tout au bout de la vallée de Freissinières, là où la route s'arrête, débute un \
            chemin bien connu de cet enfant du pays. Cette marche, Martine Maretto la fait deux à \
            trois fois par semaine pour rejoindre sa maison, et elle ne s'en lasse pas.</p>";
        let read = read(&page(&format!("{chapo}{body}")));
        let texts: Vec<&str> = read.blocks.iter().map(|b| b.text.as_str()).collect();
        let copies = texts
            .iter()
            .filter(|t| t.starts_with("C'est l'un des villages"))
            .count();
        assert_eq!(copies, 1, "{texts:?}");
        assert!(!texts.contains(&"À Dormillouse, ce sont plus de trois heures de marche rien que pour faire les courses."), "{texts:?}");
        // A paragraph that only opens like its heading stays.
        let heading = block(Hint::Intertitle, "Une hausse".to_string());
        let paragraph = block(
            Hint::Body,
            "Une hausse des prix de 5 % en un an.".to_string(),
        );
        assert_eq!(without_heading_copies(vec![heading, paragraph]).len(), 2);
    }

    #[test]
    fn a_first_paragraph_the_extractor_dropped_is_restored_before_the_one_pointing_back_to_it() {
        // The Tribune de Genève: the extractor drops the `<p>` that opens on a `<script>`,
        // and the article opens on "Ce retrait…".
        let opening = "Le chlorothalonil sera interdit dès 2020 en Suisse. L'Office fédéral de l'agriculture (OFAG) retire immédiatement de la circulation ce fongicide.";
        let next = "Ce retrait est réalisé dans le cadre du programme de réexamen des anciens produits phytosanitaires. Une centaine de substances ont déjà été réexaminées à ce jour, précise l'OFAG jeudi.";
        let html = format!(
            "<div id=\"mainContent\"><p><script>var badword = 0;</script>{opening}</p><p>{next}</p></div>"
        );
        let runs = PageRuns::of(&html);
        let mut blocks = vec![
            block(
                Hint::Body,
                "Vous voulez communiquer un renseignement ou vous avez repéré une erreur ?".into(),
            ),
            block(Hint::Body, next.into()),
        ];
        restore_lost_opening(&mut blocks, &runs, &html);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts[1..], [opening, next], "{texts:?}");
        // A first paragraph that points back to nothing is left as it is.
        let mut kept = vec![
            block(Hint::Body, opening.into()),
            block(Hint::Body, next.into()),
        ];
        restore_lost_opening(&mut kept, &runs, &html);
        assert_eq!(kept.len(), 2);
    }

    #[test]
    fn a_short_article_of_loose_text_between_brs_keeps_its_paragraphs() {
        // A page written for the tests: the extractor gave its headline, paragraphs and bold
        // intertitle as one `<p>`, too short to be read as a page flattened.
        let html = "<html><head><meta charset=\"utf-8\"><title>Un titre de test pour la page</title></head>\
            <body><h1>Un titre de test pour la page</h1><div class=\"texte\">Elle n'aime pas les \
            interviews, et elle le dit. Depuis ses débuts, la chanteuse a fait du silence une marque \
            de fabrique.<br><br>\n<b>UNE ENFANCE</b><br><br>\nNée à Bamako, au Mali, elle arrive en \
            France encore enfant et grandit à Aulnay-sous-Bois.<br><br>\nAu lycée, elle suit une \
            formation en mode, qu'elle abandonne pour la musique.</div></body></html>";
        let page = read(html);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(texts.contains(&"UNE ENFANCE"), "{texts:?}");
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("Elle n'aime") && t.ends_with("fabrique.")),
            "{texts:?}"
        );
        // One paragraph of the article is one run, and the extractor's reading stands.
        let one = block(
            Hint::Body,
            "Un seul paragraphe de prose assez long pour compter ici.".into(),
        );
        let page = format!("<html><body><p>{}</p></body></html>", one.text);
        assert!(!runs_merged(&[one], &PageRuns::of(&page)));
    }

    #[test]
    fn a_quotation_the_extractor_took_out_of_its_paragraph_goes_back_with_its_tail() {
        // Orange, `<br>`-separated copy: the extractor kept the sentence before the `<em>`
        // quotation, the quotation alone, and lost the words after it.
        let html = "<div>Ils espéraient néanmoins pouvoir rejoindre la place de l'Opéra. <em>« On a appris pile poil à 14h30 qu'il ne serait pas toléré qu'ils se mettent en mouvement »</em>, explique Jean-Luc Mélenchon, présent sur place.<br/><br/>Le leader LFI n'est pas surpris.</div>";
        let runs = PageRuns::of(html);
        let mut blocks = vec![
            block(Hint::Body, "Ils espéraient néanmoins pouvoir rejoindre la place de l'Opéra.".into()),
            block(Hint::Body, "« On a appris pile poil à 14h30 qu'il ne serait pas toléré qu'ils se mettent en mouvement »".into()),
            block(Hint::Body, "Le leader LFI n'est pas surpris.".into()),
        ];
        restore_lost_tails(&mut blocks, &runs);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(
            texts[0].ends_with("explique Jean-Luc Mélenchon, présent sur place."),
            "{texts:?}"
        );
    }

    #[test]
    fn a_sentence_cut_at_a_quotation_mark_takes_its_run_back() {
        // Orange: the extractor cut "…pour ce « très joli message » : «" from the quotation
        // it opens, which came out as a paragraph of its own, its opening mark lost.
        let run = "Parmi eux, le fils de Patrick Bricard, Benjamin, a tenu à remercier l'ancien collaborateur de son père pour ce « très joli message » : « Patrick nous parlait souvent de toi. Bonne nuit François, Adieu Papa ».";
        let html = format!("<div>{run}</div>");
        let runs = PageRuns::of(&html);
        let mut blocks = vec![
            block(Hint::Body, "Parmi eux, le fils de Patrick Bricard, Benjamin, a tenu à remercier l'ancien collaborateur de son père pour ce « très joli message » : «".into()),
            block(Hint::Body, "Patrick nous parlait souvent de toi. Bonne nuit François, Adieu Papa ».".into()),
        ];
        restore_lost_tails(&mut blocks, &runs);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, [run]);
    }

    #[test]
    fn a_prefix_is_found_whatever_space_the_page_set() {
        // Orange: the page's "« à" holds a no-break space the extractor gave as a space.
        let run = "s'attend «\u{a0}à d'autres provocations ». Il assure";
        let kept = "s'attend « à d'autres provocations ».";
        assert_eq!(prefix_end(run, kept), Some(run.len() - " Il assure".len()));
        assert_eq!(prefix_end(kept, kept), Some(kept.len()));
        assert_eq!(prefix_end("s'attend", kept), None);
        assert_eq!(prefix_end("s'étend « à", "s'attend"), None);
    }

    proptest::proptest! {
        /// Without a no-break space, `prefix_end` is `starts_with`, ending where the prefix does.
        #[test]
        fn prefix_end_is_starts_with_for_plain_spaces(text in "[a-c é]{0,12}", prefix in "[a-c é]{0,6}") {
            let expected = text.starts_with(prefix.as_str()).then_some(prefix.len());
            proptest::prop_assert_eq!(prefix_end(&text, &prefix), expected);
        }
    }

    #[test]
    fn only_h2_to_h6_tags_are_subheadings() {
        assert_eq!(subheading_tags("<p>a</p><H3 class=x>b</H3><h2>c</h2>"), 2);
        assert_eq!(subheading_tags("<p>a</p><h1>b</h1><hr><header>"), 0);
        assert_eq!(subheading_tags("<"), 0);
    }

    fn page(body: &str) -> String {
        format!(
            "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">\
             <title>Titre de la page</title>\
             <meta property=\"og:site_name\" content=\"La Gazette\">\
             <meta property=\"article:published_time\" content=\"2024-03-05T10:00:00+01:00\">\
             </head><body><nav><a href=\"/\">Accueil</a> <a href=\"/sport\">Sport</a></nav>\
             <article>{body}</article><footer>Mentions légales</footer></body></html>"
        )
    }

    const ARTICLE: &str = "<h1>Le conseil municipal vote le budget</h1>\
        <p>Le conseil municipal de Lyon a voté mardi soir le budget de l&apos;année, après \
        quatre heures de débats animés entre la majorité et l&rsquo;opposition.</p>\
        <h2>Une hausse des investissements</h2>\
        <p>Les investissements augmentent de dix pour cent, a précisé l'adjoint aux finances \
        devant une salle comble et attentive.</p>\
        <figure><img src=\"a.jpg\"><figcaption>Le maire, mardi. Photo AFP</figcaption></figure>\
        <p>La suite après cette publicité</p>\
        <blockquote><p>« Nous tenons nos engagements envers les habitants de la ville », a \
        déclaré le maire à la sortie.</p></blockquote>\
        <p>La suite après cette publicité</p>\
        <p>Le vote définitif aura lieu le mois prochain, lors d'une séance qui s'annonce \
        elle aussi très disputée par les élus.</p>\
        <h2>Sur le même thème</h2><ul><li><a href=\"/x\">Autre article</a></li></ul>";

    fn hinted(page: &Page, hint: Hint) -> Vec<&str> {
        page.blocks
            .iter()
            .filter(|b| b.hint == Some(hint))
            .map(|b| b.text.as_str())
            .collect()
    }

    /// Le Monde's template: the chapô beside the headline, outside the `<article>` the
    /// extractor keeps, and given again as the page's description.
    fn page_with_header_chapo(description: &str) -> String {
        let chapo = "Après avoir qualifié le maire d’« ordure » sur les réseaux sociaux, une \
            quinquagénaire a été visée par une plainte et risque 12 000 euros d’amende.";
        let paragraph = "<p>Le 24 mars, une quinquagénaire, résidente de la commune, a eu la \
            surprise de voir débarquer à son domicile trois policiers qui l’ont placée en garde \
            à vue pour outrage.</p>";
        format!(
            "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">\
             <title>Le cœur à l’outrage</title>\
             <meta name=\"description\" content=\"{description}\"></head><body>\
             <div class=\"article__heading\"><h1>Le cœur à l’outrage des Français</h1>\
             <p class=\"article__desc\">{chapo}</p></div>\
             <article><h2>2023 : le maire insulté</h2>{p}{p}{p}</article></body></html>",
            p = paragraph
        )
    }

    #[test]
    fn a_chapo_the_page_gives_as_its_description_opens_the_article() {
        let description = "Après avoir qualifié le maire d’« ordure » sur les réseaux sociaux, une quinquagénaire a été visée par une plainte et risque 12 000 euros d’amende.";
        let page = read(&page_with_header_chapo(description));
        let standfirst = hinted(&page, Hint::Standfirst);
        assert_eq!(standfirst.len(), 1, "{:?}", page.blocks);
        assert!(standfirst[0].starts_with("Après avoir qualifié le maire"));
        // It opens the article, above the first intertitle.
        let first = page
            .blocks
            .iter()
            .position(|b| b.hint == Some(Hint::Standfirst));
        let intertitle = page
            .blocks
            .iter()
            .position(|b| b.hint == Some(Hint::Intertitle));
        assert!(first < intertitle, "{:?}", page.blocks);
        // Paris-luttes.info (SPIP) cuts its description with "(...)" after a no-break space.
        let cut = "Après avoir qualifié le maire d’« ordure » sur les réseaux sociaux, une quinquagénaire a été visée par une plainte\u{a0}(...)";
        let page = read(&page_with_header_chapo(cut));
        let standfirst = hinted(&page, Hint::Standfirst);
        assert_eq!(standfirst.len(), 1, "{:?}", page.blocks);
        // A description the page does not print is no chapô: nothing is taken from it.
        let page = read(&page_with_header_chapo(
            "Tout savoir sur les insultes aux présidents de la République, de Fallières à nos jours, en cinq dates.",
        ));
        assert!(
            hinted(&page, Hint::Standfirst).is_empty(),
            "{:?}",
            page.blocks
        );
    }

    /// A box of practical facts set as a list of terms (a festival's page, written for the
    /// tests): each term and its definitions make one row, as a table's cells do.
    #[test]
    fn a_definition_list_is_read_as_rows() {
        let prose = "<p>Le prix du pass quatre jours passe de 219 à 239 euros, une hausse que les organisateurs justifient par l'inflation des cachets.</p>";
        let html = page(&format!(
            "<h1>Titre de la page</h1>{prose}<dl><dt>Dates</dt><dd>Du 15 au 18 juillet 2027</dd><div><dt>Lieu</dt><dd>Carhaix</dd><dd>Finistère</dd></div></dl>{prose}"
        ));
        assert_eq!(
            hinted(&read(&html), Hint::TableRow),
            [
                "Dates : Du 15 au 18 juillet 2027",
                "Lieu : Carhaix, Finistère"
            ]
        );
        // A list inside a definition is read once, as its text.
        let nested = page(&format!(
            "<h1>Titre de la page</h1>{prose}<dl><dt>Accès</dt><dd>Navettes <dl><dt>Gare</dt><dd>toutes les 10 minutes</dd></dl></dd></dl>{prose}"
        ));
        let read_nested = read(&nested);
        let rows = hinted(&read_nested, Hint::TableRow);
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!(
            rows[0].matches("toutes les 10 minutes").count(),
            1,
            "{rows:?}"
        );
    }

    #[test]
    fn a_repeated_line_glued_to_a_paragraph_leaves_it() {
        let mut blocks: Vec<Block> = [
            "La suite après cette publicité",
            "La suite après cette publicité « Il y a des règles », a dit le ministre.",
            "La suite après cette publicité",
        ]
        .into_iter()
        .map(|t| block(Hint::Body, t.to_string()))
        .collect();
        furnish_repeated_lines(&mut blocks);
        assert_eq!(blocks[1].text, "« Il y a des règles », a dit le ministre.");
        assert_eq!(blocks[0].hint, Some(Hint::Furniture));
    }

    #[test]
    fn html_is_recognised_by_its_start_and_text_is_not() {
        assert!(looks_like_html(
            "<!doctype html><html><body>x</body></html>"
        ));
        assert!(looks_like_html("\u{feff}\n  <html lang=\"fr\"><head>"));
        assert!(looks_like_html(
            "<div class=\"a\"><p>Bonjour</p><p>Salut</p></div>"
        ));
        assert!(!looks_like_html("Le maire a dit <br> hier.\nUn article."));
        assert!(!looks_like_html(
            "Titre\n\nUn paragraphe de texte ordinaire."
        ));
    }

    #[test]
    fn the_declared_charset_is_found_in_either_meta_form() {
        let a = b"<html><head><meta charset=\"windows-1252\"></head>";
        assert_eq!(declared_charset(a), Some(encoding_rs::WINDOWS_1252));
        let b = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">";
        assert_eq!(declared_charset(b), Some(encoding_rs::WINDOWS_1252));
        assert_eq!(
            declared_charset(b"<meta charset='utf-16'>"),
            Some(encoding_rs::UTF_8)
        );
        assert_eq!(declared_charset(b"<html><head><title>x</title>"), None);
        assert_eq!(declared_charset(b"<meta charset=\"nonsense\">"), None);
    }

    #[test]
    fn the_article_is_read_in_order_with_its_hints_and_without_furniture_text() {
        let page = read(&page(ARTICLE));
        assert_eq!(
            hinted(&page, Hint::Title),
            ["Le conseil municipal vote le budget"]
        );
        assert_eq!(
            hinted(&page, Hint::Intertitle),
            ["Une hausse des investissements"]
        );
        let body = hinted(&page, Hint::Body);
        assert!(body[0].contains("l'année, après"), "{body:?}");
        assert!(body[0].contains("l’opposition"), "{body:?}");
        assert!(body.last().unwrap().starts_with("Le vote définitif"));
        let all: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(!all
            .iter()
            .any(|t| t.contains("Photo AFP") || t.contains("Accueil")));
        assert!(hinted(&page, Hint::Quote)[0].starts_with("« Nous tenons"));
        assert!(hinted(&page, Hint::Furniture).contains(&"La suite après cette publicité"));
        assert!(!page.to_plain_text().contains("Sur le même thème"));
    }

    #[test]
    fn metadata_comes_from_the_head() {
        let page = read(&page(ARTICLE));
        assert_eq!(page.metadata.site_name.as_deref(), Some("La Gazette"));
        assert_eq!(page.metadata.date.as_deref(), Some("2024-03-05"));
        assert_eq!(page.metadata.lang.as_deref(), Some("fr"));
        assert!(page.metadata.title.is_some());
    }

    #[test]
    fn a_page_without_a_date_in_its_head_is_dated_by_the_line_under_its_headline() {
        let undated = |header: &str| {
            format!(
                "<!DOCTYPE html><html lang=\"fr\"><head><title>Titre</title></head><body>\
                 <header><h1>Le conseil municipal vote le budget</h1>{header}</header>\
                 <article>{}</article></body></html>",
                ARTICLE.replace("<h1>Le conseil municipal vote le budget</h1>", "")
            )
        };
        // Paris-luttes.info: the stamp in a `<time>` whose `datetime` is another day.
        let stamped = undated(
            "<div class=\"time\"><time datetime=\"2019-07-03T10:18:46Z\">Publié le 29 juin 2019</time></div>",
        );
        assert_eq!(read(&stamped).metadata.date.as_deref(), Some("2019-06-29"));
        // Nothing under the headline shows a whole date ("mardi soir" in the lede is none).
        assert_eq!(read(&undated("")).metadata.date, None);
    }

    #[test]
    fn a_page_of_links_has_no_prose() {
        let links: String = (0..40)
            .map(|i| format!("<li><a href=\"/a{i}\">Rubrique {i}</a></li>"))
            .collect();
        let page = read(&format!(
            "<!DOCTYPE html><html><body><ul>{links}</ul></body></html>"
        ));
        assert!(!page
            .blocks
            .iter()
            .any(|b| b.hint == Some(Hint::Body) && is_prose(&b.text)));
    }

    #[test]
    fn entities_escaped_twice_are_decoded_and_white_space_collapsed() {
        assert_eq!(decode_entities("caf&eacute; &amp; th&#233;"), "café & thé");
        assert_eq!(decode_entities("a < b & c"), "a < b & c");
        assert_eq!(
            collapse("  un\n\t deux\u{a0}: trois  "),
            "un deux\u{a0}: trois"
        );
    }

    #[test]
    fn a_prose_heading_before_the_body_is_the_standfirst() {
        let chapo = "Le pape François souffre d'une bronchite infectieuse, a annoncé jeudi \
            l'hôpital Gemelli, à Rome, où il est pris en charge depuis mercredi soir.";
        let page = read(&page(&format!(
            "<h1>Le pape hospitalisé</h1><h2>{chapo}</h2>{ARTICLE}"
        )));
        assert_eq!(hinted(&page, Hint::Standfirst), [chapo]);
    }

    #[test]
    fn the_tail_an_extractor_drops_after_an_inline_element_comes_back() {
        // actu.orange.fr: `<br>`-separated copy, a title in italics mid-sentence.
        let html = page(&format!(
            "{ARTICLE}<div class=\"text\">Patrick Bricard a tenu le rôle de François de 1974 à \
             1982 dans la série, aux côtés de ses camarades.<br/><br/>Après avoir prêté ses traits \
             à François, il a été la voix de Karpok. Comme le rappelle <em>Le Point</em>, il avait \
             également fait plusieurs apparitions au cinéma, notamment dans un film en 1964.\
             <br/><br/>Il vivait à Vernon, en Normandie, où il est mort dimanche à 80 ans.</div>"
        ));
        let page = read(&html);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(
            texts
                .iter()
                .any(|t| t.contains("Comme le rappelle Le Point, il avait également")),
            "{texts:#?}"
        );
        assert!(!texts.contains(&"Le Point"), "{texts:#?}");
    }

    #[test]
    fn run_in_heads_in_bold_are_the_articles_intertitles() {
        // Europe 1: each section headed inside its first paragraph, a few words in bold.
        let html = page(
            "<h1>Chez les Clain, le djihad, une histoire de famille</h1>\
             <p>Les frères Clain ont revendiqué les attentats de Paris dans un message audio \
             diffusé par l'organisation État islamique au lendemain des attaques.</p>\
             <p><b>Famille catholique.</b> Originaire de La Réunion, le clan n’a pourtant pas \
             toujours baigné dans l’islam radical. La mère a élevé seule ses quatre enfants.</p>\
             <p>Catholique pratiquante, elle enseigne le catéchisme et emmène la famille à la \
             messe tous les dimanches, selon ses voisins de l'époque.</p>\
             <p><b>La faute à Internet ? </b>Internet n'est pas la seule cause mais c'est un \
             catalyseur qui joue son rôle, a-t-il argué devant les journalistes.</p>",
        );
        let sections = read(&html);
        let hinted = sections.hinted();
        for head in ["Famille catholique", "La faute à Internet ?"] {
            assert!(
                hinted.contains(&(Some(Hint::Intertitle), head)),
                "{hinted:#?}"
            );
        }
        assert!(
            hinted.iter().any(|(hint, text)| *hint == Some(Hint::Body)
                && text.starts_with("Originaire de La Réunion")),
            "{hinted:#?}"
        );
        // One bold lead-in alone is an emphasis, not a series of sections.
        let html = page(
            "<h1>Le conseil municipal vote le budget</h1>\
             <p><b>Lyon.</b> Le conseil municipal a voté mardi soir le budget de l'année, après \
             quatre heures de débats animés entre la majorité et l'opposition.</p>\
             <p>Les investissements augmentent de dix pour cent, a précisé l'adjoint aux \
             finances devant une salle comble et attentive.</p>",
        );
        let lone = read(&html);
        assert!(
            !lone.blocks.iter().any(|b| b.hint == Some(Hint::Intertitle)),
            "{:#?}",
            lone.blocks
        );
    }

    #[test]
    fn a_run_holds_in_order_what_the_extractor_kept_of_it() {
        // Le Courrier du Vietnam: two quotations kept, the speaker between them lost.
        let run = "\"Notre siège a tremblé\", a expliqué Haykel Boukraa. \"C'était la panique\", raconte-t-il.";
        assert!(holds_in_order(
            run,
            "\"Notre siège a tremblé\", \"C'était la panique\","
        ));
        assert!(!holds_in_order(
            run,
            "\"C'était la panique\", \"Notre siège a tremblé\","
        ));
        assert!(!holds_in_order(
            run,
            "\"Notre siège a tremblé\", a dit le maire."
        ));
    }

    /// A word a page gives twice, in a tooltip and again beside it (Futura's glossary links,
    /// one of the two hidden by the style sheet), is read once; a word written twice with
    /// text between ("<em>blabla</em>", "très, <b>très</b>") stays.
    #[test]
    fn a_word_given_twice_by_two_glued_inline_elements_is_read_once() {
        let html = page(&format!(
            "{ARTICLE}<p>Si la ville est classée, c'est que son <span class=\"tooltip\"><span>\
             <a href=\"/definitions/charme\">charme</a></span></span><span>charme</span>, son \
             histoire et sa culture valent le détour.</p>\
             <p>Le guide a dit <em>blabla</em> puis très, <b>très</b> fort devant la foule.</p>"
        ));
        let page = read(&html);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        for paragraph in [
            "Si la ville est classée, c'est que son charme, son histoire et sa culture valent le détour.",
            "Le guide a dit blabla puis très, très fort devant la foule.",
        ] {
            assert!(texts.contains(&paragraph), "{texts:#?}");
        }
    }

    /// 7sur7's paragraphs as the extractor gives them: the two `<br>`s before each bold
    /// intertitle dropped, the one after it kept. Each bold line after a sentence's end is a
    /// block of its own; bold words inside a sentence, or a bold sentence, are not.
    #[test]
    fn a_bold_line_glued_after_a_sentence_is_a_line_of_its_own() {
        let read = blocks(
            "<div><p>Les collections sont pensées, dessinées, éveloppées et produites. \
             <strong>Savoir-faire made in Belgium</strong><br>Le personnel de la société est \
             formé au sein des ateliers de Carine Gilson.<strong>L'histoire d'une \
             passion</strong><br>Diplômée de l'Académie d'Anvers, elle acquiert un atelier.</p>\
             <p>Elle a dit <strong>non</strong><br>puis elle est partie. Il a cédé. \
             <b>Vraiment.</b><br>La suite.</p></div>",
        );
        let read: Vec<&str> = read.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            read,
            [
                "Les collections sont pensées, dessinées, éveloppées et produites.",
                "Savoir-faire made in Belgium",
                "Le personnel de la société est formé au sein des ateliers de Carine Gilson.",
                "L'histoire d'une passion",
                "Diplômée de l'Académie d'Anvers, elle acquiert un atelier.",
                "Elle a dit non",
                "puis elle est partie. Il a cédé. Vraiment.",
                "La suite.",
            ]
        );
    }

    /// Alternatives Économiques (2007), as the extractor gives it: each intertitle in bold
    /// opens the loose text of its section, its line break lost. A dateline in bold, ended by
    /// a dash, and a name in bold opening its sentence stay in their paragraph.
    #[test]
    fn a_bold_line_opening_a_run_before_a_sentence_is_a_line_of_its_own() {
        let read = blocks(
            "<div><p>Cela n’a pas les mêmes conséquences.</p><strong>1 456 heures annuelles\
             </strong> Première manière d’aborder la question : le nombre d’heures travaillées.\
             <p><b>Lyon (Rhône).–</b> Jusqu’à peu, Hervé Legros avait les honneurs des médias.</p>\
             <p><b>Emmanuel Macron</b> a déclaré mardi qu’il partirait.</p></div>",
        );
        let read: Vec<&str> = read.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            read,
            [
                "Cela n’a pas les mêmes conséquences.",
                "1 456 heures annuelles",
                "Première manière d’aborder la question : le nombre d’heures travaillées.",
                "Lyon (Rhône).– Jusqu’à peu, Hervé Legros avait les honneurs des médias.",
                "Emmanuel Macron a déclaré mardi qu’il partirait.",
            ]
        );
    }

    /// A table whose cells hold paragraphs lays out the page (Alternatives Économiques' 2007
    /// pages: the article in a cell of nested tables) and is read as blocks; a table of
    /// figures is read as a list, a row an item, its header row left out.
    /// A city's news site (written for this test) sets its article as text right inside a
    /// `<div>`, paragraphs apart by two `<br>`s, under the headline and the date: the
    /// extractor dropped the text before the first `<br>`, the article's first paragraph.
    #[test]
    fn the_text_before_a_divs_first_line_break_is_the_articles_opening() {
        let page = read(include_str!(
            "../../fixtures/written/br_separated_copy.html"
        ));
        let body: Vec<&str> = page
            .blocks
            .iter()
            .filter(|b| b.hint == Some(Hint::Body))
            .map(|b| b.text.as_str())
            .collect();
        let at = |opening: &str| body.iter().position(|b| b.starts_with(opening));
        let (first, second) = (at("La 26e édition"), at("Les organisateurs attendent"));
        assert!(first.is_some() && first < second, "{body:?}");
    }

    /// A WordPress page (written for this test) sets its image's caption in italics in the
    /// paragraph under the image, or after the image in its paragraph: the caption was the
    /// chapô. Italics in a paragraph of prose, or under prose, stay.
    #[test]
    fn a_caption_in_italics_under_its_image_is_no_text() {
        let prose = "La Ville de Saint-Malo a voté lundi soir une enveloppe de 3,5 millions d'euros pour renforcer la digue du Sillon, fragilisée par les tempêtes des derniers hivers.";
        let caption =
            "Les vagues franchissent la digue lors de la tempête, en 2023. Photo d'archives.";
        let article = |body: &str| {
            format!("<html><body><article><h1>La digue du Sillon sera renforcée avant l'hiver</h1>{body}<p>{prose}</p><p>{prose}</p></article></body></html>")
        };
        for body in [
            format!("<p><img src=\"a.jpg\"></p><p><em>{caption}</em></p>"),
            format!("<p><img src=\"a.jpg\"><br><em>{caption}</em></p>"),
            format!("<figure><img src=\"a.jpg\"></figure>\n<p><i>{caption}</i></p>"),
        ] {
            let page = read(&article(&body));
            assert!(
                page.blocks
                    .iter()
                    .all(|b| !b.text.contains("Photo d'archives")),
                "{body}"
            );
        }
        let page = read(&article(&format!(
            "<p>{prose}</p><p><em>{caption}</em></p>"
        )));
        assert!(page
            .blocks
            .iter()
            .any(|b| b.text.contains("Photo d'archives")));
    }

    #[test]
    fn a_table_laying_out_prose_is_read_and_a_table_of_figures_is_a_list() {
        let paragraph =
            "Cela fait partie du discours ambiant : les Français travailleraient trop peu, \
             notamment à cause des 35 heures. Ce qui expliquerait la faiblesse de leur pouvoir \
             d’achat, la perte de compétitivité du pays et les dérives d’une protection sociale.";
        let page = format!(
            "<div><table><tr><td>Menu</td><td><table><tr><td><font>{paragraph}</font></td></tr>\
             </table></td></tr></table><table><tr><th>Année</th><th>Taux</th></tr>\
             <tr><td>2005</td><td>63,1 %</td></tr><tr><td>2006</td><td>64 %</td></tr></table></div>"
        );
        let read = blocks(&page);
        let texts: Vec<&str> = read.iter().map(|b| b.text.as_str()).collect();
        // Its labels are figures: the header row says what they count.
        assert_eq!(
            texts,
            [
                "Menu",
                paragraph,
                "Année : Taux",
                "2005 : 63,1 %",
                "2006 : 64 %"
            ]
        );
        assert_eq!(read[2].hint, Some(Hint::TableRow));
        // Over labels that are words, a header of two columns says nothing of its own; a
        // row's own `<th>` is its label.
        let read = blocks(
            "<table><tr><th>Poste</th><th>Montant</th></tr>\
             <tr><th>Écoles</th><td>58 M€</td></tr><tr><td>Transports</td><td>42 M€</td></tr></table>",
        );
        let texts: Vec<&str> = read.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Écoles : 58 M€", "Transports : 42 M€"]);
        // Three columns are read under their names, told by semicolons where a figure
        // holds a decimal comma.
        let read = blocks(
            "<table><tr><th>Enfants</th><th>Personne seule</th><th>Parent isolé</th></tr>\
             <tr><td>1</td><td>848,02</td><td>967,96</td></tr></table>",
        );
        let texts: Vec<&str> = read.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Enfants ; Personne seule ; Parent isolé",
                "1 ; 848,02 ; 967,96"
            ]
        );
        // A row of three cells or more is told by commas; a table longer than a page's
        // article sets is skipped.
        let rows: String = (1..=30)
            .map(|n| format!("<tr><td>{n}</td><td>Club</td><td>3</td></tr>"))
            .collect();
        assert!(blocks(&format!("<table>{rows}</table>")).is_empty());
        let read = blocks("<table><tr><td>1</td><td>Paris SG</td><td>35 pts</td></tr></table>");
        assert_eq!(read[0].text, "1, Paris SG, 35 pts");
    }

    /// The text of an `<li>` is a list's item, its runs split at `<br>` as a paragraph's are:
    /// an item was once read as loose text (`descendants` counts the element itself, so every
    /// `<li>` seemed to hold a block).
    #[test]
    fn list_items_keep_their_hint_and_paragraphs_their_runs() {
        let read = blocks(
            "<div><p>Elles visent en particulier :</p><ul><li>la hausse de l'âge légal ;</li>\
             <li>la fin des <em>régimes spéciaux</em>.</li></ul>\
             <p><strong>Un intertitre en gras</strong><br><br>Le paragraphe sous lui.</p></div>",
        );
        let read: Vec<(Option<Hint>, &str)> =
            read.iter().map(|b| (b.hint, b.text.as_str())).collect();
        assert_eq!(
            read,
            [
                (Some(Hint::Body), "Elles visent en particulier :"),
                (Some(Hint::ListItem), "la hausse de l'âge légal ;"),
                (Some(Hint::ListItem), "la fin des régimes spéciaux."),
                (Some(Hint::Body), "Un intertitre en gras"),
                (Some(Hint::Body), "Le paragraphe sous lui."),
            ]
        );
        // A paragraph inside an item is the item (some editors wrap every item's text).
        let read = blocks("<ul><li><p>la hausse de l'âge légal ;</p></li><li><p>la fin des régimes spéciaux.</p></li></ul>");
        assert!(
            read.iter().all(|b| b.hint == Some(Hint::ListItem)) && read.len() == 2,
            "{read:?}"
        );
    }

    #[test]
    fn a_paragraph_cut_at_an_inline_quote_is_joined_again() {
        let blocks = |texts: &[&str]| {
            texts
                .iter()
                .map(|t| block(Hint::Body, t.to_string()))
                .collect::<Vec<_>>()
        };
        let joined = join_cut_sentences(blocks(&[
            "Les manifestants ont entonné un chant",
            "« A bas les fachos »",
            "Par la suite, la police est intervenue.",
            "et ce n'est pas tout.",
        ]));
        let texts: Vec<&str> = joined.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Les manifestants ont entonné un chant « A bas les fachos »",
                "Par la suite, la police est intervenue.",
                "et ce n'est pas tout."
            ]
        );
    }

    #[test]
    fn the_headline_outside_the_article_is_the_title() {
        let html = page(ARTICLE).replace(
            "<article><h1>Le conseil municipal vote le budget</h1>",
            "<header><h1>Le conseil municipal vote le budget</h1></header><article>",
        );
        let page = read(&html);
        assert_eq!(
            hinted(&page, Hint::Title),
            ["Le conseil municipal vote le budget"]
        );
    }

    #[test]
    fn an_h1_amid_the_body_is_an_intertitle() {
        let page = read(&page(
            &ARTICLE
                .replace("<h2>Une hausse", "<h1>Une hausse")
                .replace("investissements</h2>", "investissements</h1>"),
        ));
        assert_eq!(
            hinted(&page, Hint::Title),
            ["Le conseil municipal vote le budget"]
        );
        assert!(hinted(&page, Hint::Intertitle).contains(&"Une hausse des investissements"));
    }

    #[test]
    fn malformed_and_deeply_nested_pages_do_not_panic() {
        let _ = read("<html><body><p>Texte <b>non fermé <i>du tout");
        let deep = "<div>".repeat(2_000) + "<p>Un texte assez long pour faire une phrase.</p>";
        assert!(read(&deep).blocks.is_empty());
        assert_eq!(nesting("<div><p>a<p>b<br><img src=x><div></div></div>"), 2);
        assert_eq!(
            nesting("<script>if (a<b) { x = '<div>' }</script><!-- <div> -->"),
            1
        );
        let _ = read("");
    }

    /// A page declaring the text it shows is read from its markup, which says more: the
    /// intertitle in `<h2>`, which the declared text runs into the paragraphs.
    #[test]
    fn a_page_showing_its_declared_text_is_read_from_its_markup() {
        let paragraph =
            "Le conseil municipal a voté mardi soir le budget de la ville pour l'an prochain.";
        let html = format!(
            r#"<html><head><script type="application/ld+json">{{"@type": "NewsArticle",
            "articleBody": "{paragraph} Les écoles d'abord {paragraph}"}}</script></head>
            <body><article><h1>Le budget voté</h1><p>{paragraph}</p><h2>Les écoles d'abord</h2>
            <p>{paragraph}</p></article></body></html>"#
        );
        let page = read(&html);
        assert_eq!(hinted(&page, Hint::Intertitle), ["Les écoles d'abord"]);
        assert_eq!(hinted(&page, Hint::Body), [paragraph, paragraph]);
    }

    /// A page that shows under half the words it declares is read from the declaration, its
    /// lines the paragraphs, its markup's blocks when a system stored markup.
    #[test]
    fn a_page_showing_little_of_its_declared_text_is_read_from_it() {
        let paragraph =
            "Le conseil municipal a voté mardi soir le budget de la ville pour l'an prochain.";
        let page_declaring = |body: &str| {
            format!(
                r#"<html><head><title>Le budget voté</title>
                <script type="application/ld+json">{{"@type": "NewsArticle",
                "articleBody": "{body}"}}</script></head>
                <body><div id="app"><p>Chargement…</p></div></body></html>"#
            )
        };
        let lines = page_declaring(&format!("{paragraph}\\n{paragraph}\\n\\n{paragraph}"));
        let page = read(&lines);
        assert_eq!(hinted(&page, Hint::Title), ["Le budget voté"]);
        assert_eq!(hinted(&page, Hint::Body), [paragraph; 3]);
        let markup = page_declaring(&format!("<p>{paragraph}</p><p>{paragraph}</p>"));
        assert_eq!(hinted(&read(&markup), Hint::Body), [paragraph; 2]);
        // One line, long enough to be taken for a flattened page when the extractor gives it.
        let one_line = page_declaring(&[paragraph; 4].join(" "));
        assert_eq!(
            hinted(&read(&one_line), Hint::Body),
            [[paragraph; 4].join(" ")]
        );
    }
}
