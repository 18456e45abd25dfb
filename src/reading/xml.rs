//! XML input: a feed's item (RSS 2.0, RSS 1.0, Atom), a wire story (NITF, NewsML-G2), or a
//! scraper's extraction (trafilatura's `--xml` and `--xmltei`).
//!
//! A desk receives wire copy as NewsML-G2 or NITF files and reads sites through their feeds,
//! whose items carry the article's HTML (`content:encoded`, Atom's `<content>`). Read as
//! plain text, the markup was the article: "`<title>`Le voile…" was the title, a CDATA
//! section the meta description, the intertitles lost. Read here, the story's fields are
//! the page's [`Metadata`] and its body is written as an HTML page ([`Story::html`]: the
//! headline as `<h1>`, the summary as the first paragraph, the body's paragraphs and
//! intertitles as `<p>` and `<h2>`), which the HTML reader then reads as any page.
//!
//! Only documents whose root is one of those formats' is read so ([`looks_like_xml`]); any
//! other XML, an XHTML page among them, is read as it was. A feed of several items gives
//! its first that holds text: a feed lists its newest item first. A DTD's internal subset
//! (entity declarations) is refused, as expanding its entities can grow the text without
//! bound; a `<!DOCTYPE nitf SYSTEM "nitf.dtd">` that only names its DTD is read.

use super::page::Metadata;
use roxmltree::{Document, Node, ParsingOptions};

/// The roots of the documents read here, their local names in lowercase.
const ROOTS: &[&str] = &[
    "rss",
    "rdf",
    "feed",
    "entry",
    "nitf",
    "newsmessage",
    "newsitem",
    "doc",
    "tei",
];

/// Items of a feed tried for one that holds text, at most: each is read through (a news
/// item's content set is looked for among all it holds), so items nested in items would
/// otherwise be read again and again.
const ITEMS_TRIED: usize = 50;

/// A story read from XML: its metadata, and its text as an HTML page.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    pub metadata: Metadata,
    pub html: String,
}

/// Why an XML document gave no story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not well-formed, or declaring entities: read as the text it is.
    Invalid,
    /// Well-formed, but no item or story in it holds text.
    NoText,
}

/// Whether `text` is a feed or a wire story: its root element, after the XML declaration,
/// comments and a doctype, names one of those formats (RSS, Atom, NITF, NewsML-G2).
pub fn looks_like_xml(text: &str) -> bool {
    root_name(text).is_some_and(|name| {
        let local = name.rsplit(':').next().unwrap_or(name);
        ROOTS.iter().any(|root| local.eq_ignore_ascii_case(root))
    })
}

/// The name of the first element of `text`, past the prolog (declaration, comments,
/// processing instructions, doctype), if `text` opens on markup.
fn root_name(text: &str) -> Option<&str> {
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    loop {
        let after = rest.strip_prefix('<')?;
        let end = if after.starts_with('?') {
            after.find("?>")? + 2
        } else if after.starts_with("!--") {
            after.find("-->")? + 3
        } else if after.starts_with('!') {
            after.find('>')? + 1
        } else {
            let len = after
                .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
                .unwrap_or(after.len());
            return Some(&after[..len]).filter(|name| !name.is_empty());
        };
        rest = after[end..].trim_start();
    }
}

/// Read the story of an XML document that [`looks_like_xml`].
pub fn read(text: &str) -> Result<Story, Refusal> {
    let text = text.trim_start_matches('\u{feff}');
    let options = ParsingOptions {
        allow_dtd: names_its_dtd_only(text),
        ..ParsingOptions::default()
    };
    let document = Document::parse_with_options(text, options).map_err(|_| Refusal::Invalid)?;
    let root = document.root_element();
    let story = match local(root).as_str() {
        "rss" | "rdf" => descendants_named(root, "item")
            .take(ITEMS_TRIED)
            .find_map(|item| rss_item(root, item)),
        "feed" => descendants_named(root, "entry")
            .take(ITEMS_TRIED)
            .find_map(|entry| atom_entry(root, entry)),
        "entry" => atom_entry(root, root),
        "nitf" => nitf(root),
        "doc" => extracted_doc(root),
        "tei" => extracted_tei(root),
        _ => descendants_named(root, "newsitem")
            .take(ITEMS_TRIED)
            .find_map(news_item),
    };
    story.ok_or(Refusal::NoText)
}

/// The document's doctype, if any, declares nothing: it has no internal subset (`[…]`),
/// where entities are declared.
fn names_its_dtd_only(text: &str) -> bool {
    let Some(at) = text.find("<!DOCTYPE") else {
        return false;
    };
    let doctype = &text[at..];
    doctype
        .find('>')
        .is_some_and(|end| !doctype[..end].contains('['))
}

/// An element's local name in lowercase.
fn local(node: Node) -> String {
    node.tag_name().name().to_ascii_lowercase()
}

/// The elements under `node` whose local name is `name` (lowercase), in document order.
fn descendants_named<'a, 'i>(
    node: Node<'a, 'i>,
    name: &'static str,
) -> impl Iterator<Item = Node<'a, 'i>> {
    node.descendants()
        .filter(move |n| n.is_element() && n.tag_name().name().eq_ignore_ascii_case(name))
}

/// The first child element of `node` named `name`.
fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children()
        .find(|n| n.is_element() && n.tag_name().name().eq_ignore_ascii_case(name))
}

/// The text of the first child element of `node` named `name`, its white space collapsed,
/// if it holds any.
fn child_text(node: Node, name: &str) -> Option<String> {
    child(node, name).and_then(text_of)
}

/// All the text under `node`, its white space collapsed, if any.
fn text_of(node: Node) -> Option<String> {
    text_of_lines(node).map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// An RSS item (2.0 or 1.0): `content:encoded`, else the description, is its HTML; the
/// description is its summary when the content is there too.
fn rss_item(root: Node, item: Node) -> Option<Story> {
    let encoded = child_raw(item, "encoded");
    let description = child_raw(item, "description");
    let (body, summary) = match encoded {
        Some(body) => (body, description),
        None => (description?, None),
    };
    let channel = descendants_named(root, "channel").next();
    let metadata = Metadata {
        title: child_text(item, "title"),
        description: summary.as_deref().and_then(plain_text),
        date: child_text(item, "pubdate").or_else(|| child_text(item, "date")),
        author: child_text(item, "creator").or_else(|| child_text(item, "author")),
        site_name: channel.and_then(|c| child_text(c, "title")).map(feed_name),
        url: child_text(item, "link"),
        lang: channel.and_then(|c| child_text(c, "language")),
    };
    Some(story(metadata, &body))
}

/// A feed's title as its site's name: "Le Monde.fr - Actualités et Infos en France…" is "Le
/// Monde.fr", the piece before a dash, a pipe or a colon between spaces.
fn feed_name(title: String) -> String {
    match [" - ", " – ", " | ", " : "]
        .iter()
        .filter_map(|s| title.find(s))
        .min()
    {
        Some(at) if at > 0 => title[..at].to_string(),
        _ => title,
    }
}

/// The raw text of the first child element named `name`: the HTML a feed escapes or wraps
/// in CDATA, if it holds more than white space.
fn child_raw(node: Node, name: &str) -> Option<String> {
    child(node, name).and_then(child_raw_of)
}

/// An Atom entry: its `<content>` (HTML escaped, XHTML inline, or text), else its summary.
fn atom_entry(feed: Node, entry: Node) -> Option<Story> {
    let body = child(entry, "content")
        .and_then(atom_html)
        .or_else(|| child(entry, "summary").and_then(atom_html))?;
    let link = entry
        .children()
        .filter(|n| n.is_element() && n.tag_name().name() == "link")
        .find(|n| n.attribute("rel").is_none_or(|rel| rel == "alternate"))
        .and_then(|n| n.attribute("href"))
        .map(str::to_string);
    let summary = child(entry, "content")
        .is_some()
        .then(|| child(entry, "summary").and_then(text_of))
        .flatten();
    let author = child(entry, "author").and_then(|a| child_text(a, "name"));
    let metadata = Metadata {
        title: child_text(entry, "title"),
        description: summary,
        date: child_text(entry, "published").or_else(|| child_text(entry, "updated")),
        author,
        site_name: (feed != entry)
            .then(|| child_text(feed, "title").map(feed_name))
            .flatten(),
        url: link,
        lang: entry
            .attribute((roxmltree::NS_XML_URI, "lang"))
            .or_else(|| feed.attribute((roxmltree::NS_XML_URI, "lang")))
            .map(str::to_string),
    };
    Some(story(metadata, &body))
}

/// An Atom text construct as HTML: `type="xhtml"` holds elements, `type="html"` escaped
/// HTML, any other type text.
fn atom_html(node: Node) -> Option<String> {
    match node.attribute("type") {
        Some("xhtml") => Some(html_of(node)).filter(|html| !html.trim().is_empty()),
        Some("html") => child_raw_of(node),
        _ => text_of(node).map(|text| paragraphs_html(&text)),
    }
}

/// The raw text of `node` itself (see [`child_raw`]).
fn child_raw_of(node: Node) -> Option<String> {
    joined_text(node.children())
}

/// The text of the text nodes among `nodes`, joined as they stand, if more than white space.
fn joined_text<'a, 'i: 'a>(nodes: impl Iterator<Item = Node<'a, 'i>>) -> Option<String> {
    let text: String = nodes
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    (!text.trim().is_empty()).then_some(text)
}

/// A NITF story: `hl1` its headline, its abstract the summary, `body.content` its body.
fn nitf(root: Node) -> Option<Story> {
    let content = descendants_named(root, "body.content").next()?;
    let body = html_of(content);
    if body.trim().is_empty() {
        return None;
    }
    let head = child(root, "head");
    let date = descendants_named(root, "date.issue")
        .next()
        .and_then(|d| d.attribute("norm"))
        .map(iso_date);
    let metadata = Metadata {
        title: descendants_named(root, "hl1")
            .next()
            .and_then(text_of)
            .or_else(|| head.and_then(|h| child_text(h, "title"))),
        description: descendants_named(root, "abstract").next().and_then(text_of),
        date,
        // The byline as printed ("Par la rédaction"): the pipeline reads its names, as every
        // source's author field's (`reading::author_names`).
        author: descendants_named(root, "byline").next().and_then(text_of),
        site_name: descendants_named(root, "pubdata")
            .next()
            .and_then(|p| p.attribute("name"))
            .map(str::to_string),
        url: None,
        lang: root
            .attribute((roxmltree::NS_XML_URI, "lang"))
            .map(str::to_string),
    };
    Some(story(metadata, &body))
}

/// A NewsML-G2 news item: its content set's XHTML or NITF, else its plain text.
fn news_item(item: Node) -> Option<Story> {
    let content_set = descendants_named(item, "contentset").next()?;
    let body = content_set
        .children()
        .filter(|n| n.is_element())
        .find_map(|content| {
            let kind = content.attribute("contenttype").unwrap_or("");
            match local(content).as_str() {
                "inlinexml" if kind.contains("nitf") => descendants_named(content, "body.content")
                    .next()
                    .map(html_of),
                "inlinexml" => Some(
                    descendants_named(content, "body")
                        .next()
                        .map_or_else(|| html_of(content), html_of),
                ),
                "inlinedata" => text_of_lines(content).map(|text| paragraphs_html(&text)),
                _ => None,
            }
        })?;
    if body.trim().is_empty() {
        return None;
    }
    let meta = child(item, "contentmeta");
    let described = meta.and_then(|m| child_text(m, "description"));
    let metadata = Metadata {
        title: meta.and_then(|m| child_text(m, "headline")),
        description: described,
        date: child(item, "itemmeta").and_then(|m| {
            child_text(m, "firstcreated").or_else(|| child_text(m, "versioncreated"))
        }),
        author: meta
            .and_then(|m| child(m, "creator"))
            .and_then(|c| child_text(c, "name")),
        site_name: meta
            .and_then(|m| child(m, "provider").or_else(|| child(m, "infosource")))
            .and_then(|p| child_text(p, "name")),
        url: None,
        lang: meta
            .and_then(|m| child(m, "language"))
            .and_then(|l| l.attribute("tag"))
            .or_else(|| item.attribute((roxmltree::NS_XML_URI, "lang")))
            .map(str::to_string),
    };
    Some(story(metadata, &body))
}

/// trafilatura's `--xml`: the page's metadata as the `<doc>`'s attributes, the article in
/// `<main>` (its intertitles `<head rend="h2">`, its lists `<list>`/`<item>`), the readers'
/// comments apart in `<comments>`. Read as text, its tags and attributes were the article.
fn extracted_doc(root: Node) -> Option<Story> {
    let body = html_of_with(child(root, "main")?, extracted_tag);
    if body.trim().is_empty() {
        return None;
    }
    let attribute = |name: &str| {
        root.attribute(name)
            .map(|value| value.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|value| !value.is_empty())
    };
    let metadata = Metadata {
        title: attribute("title"),
        description: attribute("description"),
        date: attribute("date"),
        author: attribute("author"),
        site_name: attribute("sitename"),
        url: attribute("url").or_else(|| attribute("source")),
        lang: attribute("language"),
    };
    Some(story(metadata, &body))
}

/// trafilatura's `--xmltei`: the metadata in the `<teiHeader>` (the title, the author, the
/// publisher, the date, the address as a `<ptr type="URL">`), the article in the body's
/// `<div type="entry">`, the comments in a `<div type="comments">`.
fn extracted_tei(root: Node) -> Option<Story> {
    let text = descendants_named(root, "text").next()?;
    let body: String = outermost_entries(text)
        .into_iter()
        .map(|div| html_of_with(div, extracted_tag))
        .collect();
    if body.trim().is_empty() {
        return None;
    }
    let header = descendants_named(root, "teiheader").next();
    let first_text =
        |name: &'static str| header.and_then(|h| descendants_named(h, name).find_map(text_of));
    let title = header.and_then(|h| {
        descendants_named(h, "title")
            .find(|t| t.attribute("type") == Some("main"))
            .and_then(text_of)
    });
    let url = header.and_then(|h| {
        descendants_named(h, "ptr")
            .find(|p| p.attribute("type") == Some("URL"))
            .and_then(|p| p.attribute("target"))
            .map(str::to_string)
    });
    let metadata = Metadata {
        title: title.or_else(|| first_text("title")),
        description: None,
        date: first_text("date"),
        author: first_text("author"),
        site_name: first_text("publisher"),
        url,
        lang: root
            .attribute((roxmltree::NS_XML_URI, "lang"))
            .map(str::to_string),
    };
    Some(story(metadata, &body))
}

/// The `<div type="entry">` under `node` that no other entry holds, in document order: an
/// entry inside an entry is written with the outer one, once (nested a thousand deep, each
/// written again would cost the square of the document).
fn outermost_entries<'a, 'i>(node: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    let mut entries = Vec::new();
    let mut stack: Vec<Node> = node.children().rev().collect();
    while let Some(n) = stack.pop() {
        if n.is_element() && local(n) == "div" && n.attribute("type") == Some("entry") {
            entries.push(n);
        } else {
            stack.extend(n.children().rev());
        }
    }
    entries
}

/// The text under `node` as it is laid out, its lines kept: a wire story in plain text.
fn text_of_lines(node: Node) -> Option<String> {
    joined_text(node.descendants())
}

/// NITF's basic ISO date ("20230404T082300+0200") as the extended one ("2023-04-04").
fn iso_date(norm: &str) -> String {
    let digits = norm
        .get(..8)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()));
    match digits {
        Some(d) => format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..8]),
        None => norm.to_string(),
    }
}

/// Plain text as paragraphs of HTML: one a block of lines set apart by a blank line, or one
/// a line where no line is blank.
fn paragraphs_html(text: &str) -> String {
    let blocks: Vec<String> = if text.lines().any(|l| l.trim().is_empty()) {
        text.split("\n\n")
            .map(|b| b.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    } else {
        text.lines().map(|l| l.trim().to_string()).collect()
    };
    blocks
        .iter()
        .filter(|b| !b.is_empty())
        .map(|b| format!("<p>{}</p>", escape(b)))
        .collect()
}

/// The HTML fragment a summary holds, as plain text: its tags taken out.
fn plain_text(html: &str) -> Option<String> {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let decoded = html_escape::decode_html_entities(&text);
    let collapsed = decoded.split_whitespace().collect::<Vec<_>>().join(" ");
    (!collapsed.is_empty()).then_some(collapsed)
}

/// The story's HTML page: the headline, the summary unless the body opens on it, the body.
fn story(metadata: Metadata, body: &str) -> Story {
    let lang = metadata
        .lang
        .as_deref()
        .map(|lang| format!(" lang=\"{}\"", escape(lang)))
        .unwrap_or_default();
    let mut html = format!("<html{lang}><head>");
    if let Some(description) = &metadata.description {
        html.push_str(&format!(
            "<meta name=\"description\" content=\"{}\">",
            escape(description)
        ));
    }
    html.push_str("</head><body><article>");
    if let Some(title) = &metadata.title {
        html.push_str(&format!("<h1>{}</h1>", escape(title)));
    }
    if let Some(summary) = metadata.description.as_deref() {
        if !opens_on(body, summary) {
            html.push_str(&format!("<p>{}</p>", escape(summary)));
        }
    }
    html.push_str(body);
    html.push_str("</article></body></html>");
    Story { metadata, html }
}

/// The body's text opens on the summary's first words (a feed's excerpt of its own
/// content). Only the body's opening is read: its first few kilobytes hold those words.
fn opens_on(body: &str, summary: &str) -> bool {
    let opening: Vec<String> = super::page::lowercase_words(summary)
        .take(OPENING_WORDS)
        .collect();
    let mut end = body.len().min(OPENING_BYTES);
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let body_text = plain_text(&body[..end]).unwrap_or_default();
    !opening.is_empty()
        && super::page::lowercase_words(&body_text)
            .take(opening.len())
            .eq(opening)
}

/// The summary's words a body must open on to be the content it excerpts…
const OPENING_WORDS: usize = 12;
/// …looked for in the body's first bytes.
const OPENING_BYTES: usize = 4096;

/// The elements of a story's body as HTML, in order; NITF's headings (`hl1`, `hl2`) as
/// HTML's, media, tables and scripts left out, other elements' text kept.
fn html_of(node: Node) -> String {
    html_of_with(node, html_tag)
}

/// The elements under `node` as HTML, each as `tag_of` says. Read by walking the tree's
/// edges, so the depth of the markup costs no stack.
fn html_of_with(node: Node, tag_of: fn(Node) -> Tag) -> String {
    let mut html = String::new();
    // The nodes still to write, and the elements to close, last first.
    let mut stack: Vec<(Node, bool)> = node.children().rev().map(|n| (n, false)).collect();
    while let Some((n, closing)) = stack.pop() {
        if n.is_text() {
            html.push_str(&escape(n.text().unwrap_or("")));
            continue;
        }
        if !n.is_element() {
            continue;
        }
        let tag = tag_of(n);
        match (&tag, closing) {
            (Tag::Element(name), true) => html.push_str(&format!("</{name}>")),
            (_, true) | (Tag::Skip, false) => {}
            (Tag::Element(name) | Tag::Void(name), false) => html.push_str(&format!("<{name}>")),
            (Tag::Transparent, false) => {}
        }
        if !closing && !matches!(tag, Tag::Skip) {
            stack.push((n, true));
            stack.extend(n.children().rev().map(|c| (c, false)));
        }
    }
    html
}

/// What an element of a story's body becomes in HTML.
enum Tag {
    /// Left out with what it holds.
    Skip,
    /// This HTML element.
    Element(&'static str),
    /// This HTML element, which has no end tag.
    Void(&'static str),
    /// Its content kept, the element itself not.
    Transparent,
}

fn html_tag(node: Node) -> Tag {
    match local(node).as_str() {
        "script" | "style" | "media" | "figure" | "figcaption" | "img" | "video" | "audio"
        | "iframe" | "object" | "table" | "head" | "nav" | "aside" | "footer" | "body.end"
        | "note" | "fn" => Tag::Skip,
        "hl1" | "h1" => Tag::Element("h1"),
        "hl2" | "h2" => Tag::Element("h2"),
        "h3" => Tag::Element("h3"),
        "h4" | "h5" | "h6" => Tag::Element("h4"),
        "p" => Tag::Element("p"),
        "blockquote" | "bq" => Tag::Element("blockquote"),
        "ul" => Tag::Element("ul"),
        "ol" => Tag::Element("ol"),
        "li" => Tag::Element("li"),
        "div" | "block" | "section" => Tag::Element("div"),
        "em" | "i" => Tag::Element("em"),
        "strong" | "b" => Tag::Element("strong"),
        "br" => Tag::Void("br"),
        _ => Tag::Transparent,
    }
}

/// What an element of trafilatura's XML and XML-TEI becomes in HTML: `<head rend="h2">` an
/// intertitle at its level, `<list>` and `<item>` a list, `<quote>` a quotation, `<lb/>` a
/// line break, `<hi rend="#b">` bold; pictures, tables, notes and comments left out.
fn extracted_tag(node: Node) -> Tag {
    match local(node).as_str() {
        "head" => match node.attribute("rend") {
            Some("h3") => Tag::Element("h3"),
            Some("h4" | "h5" | "h6") => Tag::Element("h4"),
            _ => Tag::Element("h2"),
        },
        "p" | "ab" => Tag::Element("p"),
        "list" if node.attribute("rend") == Some("ol") => Tag::Element("ol"),
        "list" => Tag::Element("ul"),
        "item" => Tag::Element("li"),
        "quote" => Tag::Element("blockquote"),
        "lb" => Tag::Void("br"),
        "hi" if node.attribute("rend").is_some_and(|r| r.contains('b')) => Tag::Element("strong"),
        "hi" if node.attribute("rend").is_some_and(|r| r.contains('i')) => Tag::Element("em"),
        "graphic" | "figure" | "table" | "note" | "comments" | "del" | "code" => Tag::Skip,
        "div" => Tag::Element("div"),
        _ => Tag::Transparent,
    }
}

/// `text` with HTML's special characters escaped.
fn escape(text: &str) -> String {
    html_escape::encode_double_quoted_attribute(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Le Journal - Actualités</title><language>fr</language>
<item><title>Sans texte</title><link>https://exemple.fr/vide</link></item>
<item><title>La grève s’étend</title><link>https://exemple.fr/greve</link>
<pubDate>Tue, 04 Apr 2023 08:23:00 +0200</pubDate>
<description><![CDATA[<p>Les cheminots ont voté la reconduction de la grève [&#8230;]</p>]]></description>
<content:encoded><![CDATA[<p>Les cheminots ont voté la reconduction de la grève mardi.</p><h2>Un mouvement suivi</h2><p>La SNCF prévoit un train sur deux.</p>]]></content:encoded>
</item></channel></rss>"#;

    /// Entries nested in entries are written once, with the outermost.
    #[test]
    fn a_tei_entry_inside_an_entry_is_written_once() {
        let depth = 2_000;
        let xml = format!(
            "<TEI><text><body>{}<p>Le texte.</p>{}</body></text></TEI>",
            "<div type=\"entry\">".repeat(depth),
            "</div>".repeat(depth)
        );
        let story = read(&xml).unwrap();
        assert_eq!(story.html.matches("Le texte.").count(), 1);
    }

    /// trafilatura's vocabulary: a heading's level in its `rend`, a numbered list, a line
    /// break, a picture left out.
    #[test]
    fn an_extractions_elements_are_written_as_html() {
        let xml = "<doc title=\"T\"><main><head rend=\"h3\">Un intertitre</head>\
                   <list rend=\"ol\"><item>Un</item></list><p>A<lb/>B</p>\
                   <graphic src=\"x.jpg\" alt=\"photo\"/><head>Sans niveau</head></main></doc>";
        let document = Document::parse(xml).unwrap();
        let main = child(document.root_element(), "main").unwrap();
        assert_eq!(
            html_of_with(main, extracted_tag),
            "<h3>Un intertitre</h3><ol><li>Un</li></ol><p>A<br>B</p><h2>Sans niveau</h2>"
        );
    }

    #[test]
    fn feeds_and_wire_stories_are_told_from_other_markup() {
        for xml in [
            RSS,
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry/></feed>",
            "\u{feff}<?xml version=\"1.0\"?>\n<!-- dépêche -->\n<!DOCTYPE nitf SYSTEM \"nitf.dtd\">\n<nitf/>",
            "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>",
        ] {
            assert!(looks_like_xml(xml), "{xml}");
        }
        for other in [
            "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>",
            "<p>Un paragraphe.</p>",
            "<urlset><url/></urlset>",
            "La grève s’étend <rss> dans le texte",
            "<",
            "",
        ] {
            assert!(!looks_like_xml(other), "{other}");
        }
    }

    #[test]
    fn a_feed_gives_its_first_item_that_holds_text() {
        let story = read(RSS).unwrap();
        assert_eq!(story.metadata.title.as_deref(), Some("La grève s’étend"));
        assert_eq!(
            story.metadata.url.as_deref(),
            Some("https://exemple.fr/greve")
        );
        assert_eq!(story.metadata.site_name.as_deref(), Some("Le Journal"));
        assert_eq!(
            story.metadata.date.as_deref(),
            Some("Tue, 04 Apr 2023 08:23:00 +0200")
        );
        assert!(story.html.contains("<h1>La grève s’étend</h1>"));
        assert!(story.html.contains("<h2>Un mouvement suivi</h2>"));
        // The excerpt the body opens on is not printed twice.
        assert_eq!(story.html.matches("<p>Les cheminots ont voté").count(), 1);
    }

    #[test]
    fn a_summary_the_body_does_not_open_on_is_its_first_paragraph() {
        let atom = r#"<entry xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
<title>Un titre</title><link href="https://exemple.fr/a"/><published>2023-04-04T08:23:00Z</published>
<author><name>Marie Dupont</name></author>
<summary>Le chapô de l’article.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Le <em>premier</em> paragraphe.</p></div></content>
</entry>"#;
        let story = read(atom).unwrap();
        assert_eq!(story.metadata.author.as_deref(), Some("Marie Dupont"));
        assert_eq!(story.metadata.lang.as_deref(), Some("fr"));
        let chapo = story.html.find("<p>Le chapô de l’article.</p>").unwrap();
        let body = story
            .html
            .find("<p>Le <em>premier</em> paragraphe.</p>")
            .unwrap();
        assert!(chapo < body, "{}", story.html);
    }

    #[test]
    fn nitf_headings_are_html_headings_and_media_are_left_out() {
        let nitf = r#"<?xml version="1.0"?>
<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">
<nitf><head><docdata><date.issue norm="20230404T082300+0200"/></docdata></head>
<body><body.head><hedline><hl1>Le titre</hl1></hedline></body.head>
<body.content><media><media-caption>Une légende.</media-caption></media>
<p>Un paragraphe.</p><hl2>Un intertitre</hl2><block><p>Un autre.</p></block></body.content>
<body.end><tagline>© Agence</tagline></body.end></body></nitf>"#;
        let story = read(nitf).unwrap();
        assert_eq!(story.metadata.date.as_deref(), Some("2023-04-04"));
        assert_eq!(story.metadata.title.as_deref(), Some("Le titre"));
        assert!(story
            .html
            .ends_with("<p>Un paragraphe.</p><h2>Un intertitre</h2><div><p>Un autre.</p></div></article></body></html>"));
        assert!(!story.html.contains("légende") && !story.html.contains("Agence"));
    }

    #[test]
    fn a_wire_story_in_plain_text_is_read_paragraph_by_paragraph() {
        let newsml = r#"<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">
<itemMeta><versionCreated>2023-04-04T08:23:00+02:00</versionCreated></itemMeta>
<contentMeta><headline>Le titre</headline><language tag="fr"/></contentMeta>
<contentSet><inlineData contenttype="text/plain">PARIS, 4 avr 2023 (AFP) - Premier paragraphe
sur deux lignes.

Second paragraphe &amp; fin.</inlineData></contentSet></newsItem>"#;
        let story = read(newsml).unwrap();
        assert_eq!(story.metadata.lang.as_deref(), Some("fr"));
        assert!(story.html.contains(
            "<p>PARIS, 4 avr 2023 (AFP) - Premier paragraphe sur deux lignes.</p><p>Second paragraphe &amp; fin.</p>"
        ));
    }

    #[test]
    fn declared_entities_and_broken_markup_are_not_read_and_an_empty_feed_has_no_text() {
        let laughs = r#"<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">]><rss><channel><item><description>&a;&a;</description></item></channel></rss>"#;
        assert_eq!(read(laughs), Err(Refusal::Invalid));
        assert_eq!(read("<rss><channel><item>"), Err(Refusal::Invalid));
        assert_eq!(
            read("<rss><channel><item><title>Rien</title></item></channel></rss>"),
            Err(Refusal::NoText)
        );
    }

    #[test]
    fn deep_markup_costs_no_stack() {
        let depth = 200_000;
        let xml = format!(
            "<nitf><body.content>{}<p>Texte.</p>{}</body.content></nitf>",
            "<block>".repeat(depth),
            "</block>".repeat(depth)
        );
        // Either read or refused; never a stack overflow.
        let _ = read(&xml);
    }

    #[test]
    fn a_feeds_title_names_its_site_before_a_separator() {
        assert_eq!(
            feed_name("Le Monde.fr - Actualités et Infos".into()),
            "Le Monde.fr"
        );
        assert_eq!(feed_name("Libération".into()), "Libération");
        assert_eq!(feed_name(" - Sans nom".into()), " - Sans nom");
    }
}
