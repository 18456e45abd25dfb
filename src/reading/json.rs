//! JSON input: one article as a scraper or a CMS export writes it.
//!
//! trafilatura's `--json`, newspaper's and most CMS exports write an article as one JSON
//! object: a `title`, a `text` (or `body`, `content`…) and a few metadata fields. Read as
//! plain text, its keys and brackets became the article ("« body » : [" was a heading). Read
//! here, the title is the headline, the text is read as plain text (its noise judged by
//! shape, as in any scraped text), and the metadata fields are the page's [`Metadata`].
//! Field names are matched without case, among the names those tools use. An API's response
//! may nest the article's object (`{"data": {…}}`, Jina's Reader), and its text may be the page
//! in Markdown, read then as Markdown.

use super::page::{Block, Hint, Metadata, Page};
use serde_json::{Map, Value};

/// Fields that hold the article's text: a string, or an array of paragraphs.
const TEXT_FIELDS: &[&str] = &[
    "text",
    "body",
    "content",
    "articlebody",
    "article_body",
    "article",
    "raw_text",
    // Firecrawl's and crawl4ai's page, read as Markdown whatever marks it shows.
    "markdown",
];
/// The text fields that name their text Markdown.
const MARKDOWN_FIELDS: &[&str] = &["markdown"];
const TITLE_FIELDS: &[&str] = &["title", "headline"];
const DESCRIPTION_FIELDS: &[&str] = &["description", "standfirst", "summary", "excerpt"];
const DATE_FIELDS: &[&str] = &[
    "date",
    "datepublished",
    "date_published",
    "publish_date",
    "published",
    "publishedtime",
    "published_time",
    "pubdate",
];
/// Fields under which an API's response nests the article's object (Jina's Reader in JSON:
/// `{"code": 200, "data": {"title", "url", "content", "publishedTime"}}`).
const ENVELOPE_FIELDS: &[&str] = &["data", "result", "article", "item", "response"];
/// How deep an article's object may be nested in envelopes.
const ENVELOPE_MAX_DEPTH: usize = 3;
const AUTHOR_FIELDS: &[&str] = &["author", "authors", "byline"];
const SITE_FIELDS: &[&str] = &[
    "sitename",
    "site_name",
    "hostname",
    "outlet",
    "source",
    "ogsitename",
];
const URL_FIELDS: &[&str] = &["url", "link", "sourceurl"];
/// The object in which a scraper gives the page's metadata beside its text (Firecrawl's
/// `{"markdown": …, "metadata": {"title", "sourceURL", "ogSiteName"…}}`).
const METADATA_FIELDS: &[&str] = &["metadata", "meta"];
const LANG_FIELDS: &[&str] = &["language", "lang"];

/// `key` names one of the fields a scraper writes about an article beside its text (its
/// title, description, date, author, site, address, or an object of them), matched without
/// case.
pub fn names_article_field(key: &str) -> bool {
    [
        TITLE_FIELDS,
        DESCRIPTION_FIELDS,
        DATE_FIELDS,
        AUTHOR_FIELDS,
        SITE_FIELDS,
        URL_FIELDS,
        METADATA_FIELDS,
    ]
    .iter()
    .any(|names| names.iter().any(|name| key.eq_ignore_ascii_case(name)))
}

/// Why a JSON input holds no article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not valid JSON.
    Invalid,
    /// Valid JSON, but an array or a scalar: not one article.
    NotAnObject,
    /// An object without a text field.
    NoText,
    /// JSON Lines: this many objects, one a line, where one article was looked for.
    Lines(usize),
}

/// Whether `text` is JSON rather than prose: it opens on `{` or `[` and closes on the matching
/// bracket. An article never does, and a brief's `[…]` note is never the whole text.
pub fn looks_like_json(text: &str) -> bool {
    let trimmed = text.trim();
    matches!(
        (trimmed.as_bytes().first(), trimmed.as_bytes().last()),
        (Some(b'{'), Some(b'}')) | (Some(b'['), Some(b']'))
    )
}

/// The number of objects of a scraper's JSON Lines (news-please, Scrapy's feed exports,
/// trafilatura's `--jsonl`): two or more JSON objects, each on a line of its own. Read as
/// one article, its records failed to parse as one JSON value, and the text of them all,
/// keys and brackets with it, was rewritten as one article.
fn json_lines(text: &str) -> Option<usize> {
    let mut records = 0;
    for line in text.lines().filter(|line| !line.trim().is_empty()) {
        let record = serde_json::from_str::<Value>(line).ok()?;
        if !record.is_object() {
            return None;
        }
        records += 1;
    }
    (records >= 2).then_some(records)
}

/// Read a JSON article into a page: its title as the headline, its text as plain text.
pub fn read(text: &str) -> Result<Page, Refusal> {
    let value: Value = serde_json::from_str(text.trim())
        .map_err(|_| json_lines(text).map_or(Refusal::Invalid, Refusal::Lines))?;
    let fields = match value {
        Value::Object(fields) => fields,
        // A query's answer of one article (WordPress's `/wp/v2/posts?slug=…`).
        Value::Array(mut items) if items.len() == 1 => match items.pop() {
            Some(Value::Object(fields)) => fields,
            _ => return Err(Refusal::NotAnObject),
        },
        _ => return Err(Refusal::NotAnObject),
    };
    let (fields, body) = article_object(&fields, ENVELOPE_MAX_DEPTH).ok_or(Refusal::NoText)?;
    // A CMS's record holds the article's HTML (WordPress's `content.rendered`), a reading
    // service's or a converter's the page as Markdown.
    let mut page = if let Some(blocks) = super::html::markup_blocks(&body) {
        let mut page = Page {
            metadata: Metadata::default(),
            blocks,
        };
        for (i, block) in page.blocks.iter_mut().enumerate() {
            block.line = i + 1;
            block.last_line = i + 1;
        }
        page
    } else if given_as_markdown(fields, &body) || super::markdown::is_markdown("", &body) {
        super::markdown::read(&body)
    } else {
        Page::from_text(&body)
    };
    let metadata = metadata(fields);
    // The text's own headline (a Markdown `#` heading) is the page's; the record's title, a
    // page's `<title>` for some tools, goes without the site's name.
    let headed = page.blocks.iter().any(|b| b.hint == Some(Hint::Title));
    if let (Some(title), false) = (&metadata.title, headed) {
        let headline = Block {
            line: 1,
            last_line: 1,
            text: super::site_name::without_site_name(title, metadata.url.as_deref(), |_| false),
            hint: Some(Hint::Title),
        };
        page.blocks.insert(0, headline);
    }
    page.metadata = metadata;
    Ok(page)
}

/// The record's metadata fields, each the record's own or, failing that, its metadata
/// object's.
fn metadata(fields: &Map<String, Value>) -> Metadata {
    let nested = match field(fields, METADATA_FIELDS) {
        Some(Value::Object(nested)) => Some(nested),
        _ => None,
    };
    let given = |names: &[&str]| string(fields, names).or_else(|| string(nested?, names));
    Metadata {
        // A title of no word (`"title": 5`, a CMS's numbered draft) is no headline.
        title: given(TITLE_FIELDS).filter(|t| t.chars().any(char::is_alphabetic)),
        description: given(DESCRIPTION_FIELDS),
        date: given(DATE_FIELDS),
        author: given(AUTHOR_FIELDS),
        site_name: given(SITE_FIELDS),
        url: given(URL_FIELDS),
        lang: given(LANG_FIELDS),
    }
}

/// The article's text is the record's Markdown field (Firecrawl's `markdown`): Markdown,
/// though it may show none of the marks that tell Markdown from text.
fn given_as_markdown(fields: &Map<String, Value>, body: &str) -> bool {
    field(fields, MARKDOWN_FIELDS).and_then(Value::as_str) == Some(body)
}

/// The article's text field, a string or an array of paragraphs, if it holds any text.
fn article_text(fields: &Map<String, Value>) -> Option<String> {
    field(fields, TEXT_FIELDS)
        .and_then(paragraphs)
        .filter(|body| !body.trim().is_empty())
}

/// The object that holds the article's text, with that text: `fields` itself, or one an
/// envelope field nests (`data`, `result`…), at most `depth` levels down.
fn article_object(
    fields: &Map<String, Value>,
    depth: usize,
) -> Option<(&Map<String, Value>, String)> {
    if let Some(text) = article_text(fields) {
        return Some((fields, text));
    }
    if depth == 0 {
        return None;
    }
    ENVELOPE_FIELDS
        .iter()
        .find_map(|name| match field(fields, &[name]) {
            Some(Value::Object(inner)) => article_object(inner, depth - 1),
            _ => None,
        })
}

/// The first of `names` the object has, matched without case. WordPress's REST API gives
/// its title, content and excerpt as objects, `{"rendered": "<p>…</p>"}`: their HTML is the
/// value.
fn field<'v>(fields: &'v Map<String, Value>, names: &[&str]) -> Option<&'v Value> {
    names.iter().find_map(|name| {
        fields
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| rendered(value).unwrap_or(value))
    })
}

/// The text a field holds in an object: WordPress's HTML under `rendered`, crawl4ai's
/// Markdown under `raw_markdown` (`{"markdown": {"raw_markdown": …, "fit_markdown": …}}`).
fn rendered(value: &Value) -> Option<&Value> {
    let object = value.as_object()?;
    ["rendered", "raw_markdown"]
        .iter()
        .find_map(|key| object.get(*key).filter(|v| v.is_string()))
}

/// A metadata field as one line: a string (its markup dropped and entities decoded when it
/// holds any: a rendered title's "Dr&ocirc;me", an excerpt's "<p>…</p>"), a number, or an
/// array's strings joined by commas (newspaper's `authors`).
fn string(fields: &Map<String, Value>, names: &[&str]) -> Option<String> {
    let text = match field(fields, names)? {
        Value::String(s) if s.contains(['<', '&']) => super::html::fragment_text(s),
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(", "),
        _ => return None,
    };
    (!text.is_empty()).then_some(text)
}

/// The text field as plain text: a string as it is, an array's strings as paragraphs.
fn paragraphs(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => Some(
            items
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("\n\n"),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scrapers_record_gives_headline_text_and_metadata() {
        let record = r#"{"title": "Macron annonce un coup de pouce",
            "author": ["Marc Landré", "AFP"], "date": "2018-12-11", "hostname": "lefigaro.fr",
            "text": "Le président a indiqué que les travailleurs toucheront 100 euros.\nIl se contente d’accélérer une promesse."}"#;
        assert!(looks_like_json(record));
        let page = read(record).unwrap();
        assert_eq!(page.blocks[0].hint, Some(Hint::Title));
        assert_eq!(page.blocks[0].text, "Macron annonce un coup de pouce");
        assert_eq!(page.blocks.len(), 3);
        assert!(page.blocks[1].text.starts_with("Le président"));
        assert_eq!(page.metadata.author.as_deref(), Some("Marc Landré, AFP"));
        assert_eq!(page.metadata.site_name.as_deref(), Some("lefigaro.fr"));
        assert_eq!(page.metadata.date.as_deref(), Some("2018-12-11"));
    }

    #[test]
    fn paragraphs_given_as_an_array_are_blocks() {
        let record =
            r#"{"Headline": "Titre", "Body": ["Premier paragraphe.", "Second paragraphe."]}"#;
        let page = read(record).unwrap();
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Titre", "Premier paragraphe.", "Second paragraphe."]
        );
    }

    #[test]
    fn an_api_response_nests_the_article_and_its_markdown_is_read_as_markdown() {
        // Jina's Reader in JSON: the article under `data`, its content the page in Markdown
        // (headline and intertitle underlined), its title the page's `<title>`.
        let record = r#"{"code": 200, "status": 20000, "data": {
            "title": "Santé Québec: opération risquée | TVA Nouvelles",
            "url": "https://www.tvanouvelles.ca/2023/03/28/sante",
            "publishedTime": "2023-03-28T05:00:00-04:00",
            "content": "La vraie réforme serait d’en finir avec les réformes.\n\nLe citoyen au centre\n--------------------\n\nTexte.\n\nAgence\n------\n\nTexte encore."}}"#;
        let page = read(record).unwrap();
        let blocks = page.hinted();
        assert_eq!(
            blocks,
            [
                (Some(Hint::Title), "Santé Québec: opération risquée"),
                (
                    Some(Hint::Body),
                    "La vraie réforme serait d’en finir avec les réformes."
                ),
                (Some(Hint::Intertitle), "Le citoyen au centre"),
                (Some(Hint::Body), "Texte."),
                (Some(Hint::Intertitle), "Agence"),
                (Some(Hint::Body), "Texte encore."),
            ]
        );
        assert_eq!(
            page.metadata.date.as_deref(),
            Some("2023-03-28T05:00:00-04:00")
        );
        // An envelope without an article is still no article.
        assert_eq!(
            read(r#"{"code": 404, "data": {"title": "Introuvable"}}"#),
            Err(Refusal::NoText)
        );
    }

    #[test]
    fn a_scrapers_markdown_and_its_metadata_object_are_read() {
        // Firecrawl's scrape: the page as `markdown`, its metadata in an object beside it.
        let firecrawl = r##"{"success": true, "data": {
            "markdown": "# Berne retire le chlorothalonil\n\nLe produit est interdit.\n\n## Un recours\n\nSyngenta recourt.",
            "metadata": {"title": "Berne retire le chlorothalonil - Tribune de Genève",
                "language": "fr", "sourceURL": "https://www.tdg.ch/berne-123",
                "ogSiteName": "Tribune de Genève", "statusCode": 200}}}"##;
        let story = [
            (Some(Hint::Title), "Berne retire le chlorothalonil"),
            (Some(Hint::Body), "Le produit est interdit."),
            (Some(Hint::Intertitle), "Un recours"),
            (Some(Hint::Body), "Syngenta recourt."),
        ];
        let page = read(firecrawl).unwrap();
        assert_eq!(page.hinted(), story);
        assert_eq!(
            page.metadata.url.as_deref(),
            Some("https://www.tdg.ch/berne-123")
        );
        assert_eq!(
            page.metadata.site_name.as_deref(),
            Some("Tribune de Genève")
        );
        assert_eq!(page.metadata.lang.as_deref(), Some("fr"));
        // crawl4ai's result: its Markdown in an object, the raw one the page's.
        let crawl4ai = r#"{"url": "https://www.tdg.ch/berne-123", "success": true,
            "markdown": {"raw_markdown": "Le produit est interdit.\n\n## Un recours\n\nSyngenta recourt.",
                "fit_markdown": ""},
            "metadata": {"title": "Berne retire le chlorothalonil"}}"#;
        assert_eq!(read(crawl4ai).unwrap().hinted(), story);
    }

    #[test]
    fn a_wordpress_post_gives_its_rendered_html_and_title() {
        // WordPress's REST API (`/wp-json/wp/v2/posts/123`, or `?slug=…`, an array of one):
        // its title, content and excerpt under `rendered`, as HTML with entities.
        let post = r#"{"id": 123, "date": "2026-11-30T08:15:00",
            "link": "https://www.exemple-info.fr/2026/11/30/drome/",
            "title": {"rendered": "Dans la Dr&ocirc;me, l&#8217;eau compte"},
            "content": {"rendered": "<p>Le premier paragraphe.</p>\n<h2>Un intertitre</h2>\n<p>Le second.</p>\n", "protected": false},
            "excerpt": {"rendered": "<p>Le premier [&hellip;]</p>\n", "protected": false}}"#;
        for record in [post.to_string(), format!("[{post}]")] {
            let page = read(&record).unwrap();
            let blocks = page.hinted();
            assert_eq!(
                blocks,
                [
                    (Some(Hint::Title), "Dans la Drôme, l’eau compte"),
                    (Some(Hint::Body), "Le premier paragraphe."),
                    (Some(Hint::Intertitle), "Un intertitre"),
                    (Some(Hint::Body), "Le second."),
                ]
            );
            assert_eq!(page.metadata.description.as_deref(), Some("Le premier […]"));
            assert_eq!(page.metadata.date.as_deref(), Some("2026-11-30T08:15:00"));
        }
    }

    #[test]
    fn what_is_not_one_article_is_refused() {
        assert_eq!(read("{\"title\": \"x\""), Err(Refusal::Invalid));
        assert_eq!(
            read("[{\"text\": \"x\"}, {\"text\": \"y\"}]"),
            Err(Refusal::NotAnObject)
        );
        assert_eq!(read("{\"title\": \"Titre\"}"), Err(Refusal::NoText));
        let numbered = read("{\"title\": 5, \"text\": \"Le texte.\"}").unwrap();
        assert_eq!(numbered.metadata.title, None);
        let lines =
            "{\"title\": \"Un\", \"text\": \"x\"}\n\n{\"title\": \"Deux\", \"text\": \"y\"}\n";
        assert_eq!(read(lines), Err(Refusal::Lines(2)));
        // One object over two lines is not two records, nor is a line that is no object.
        assert_eq!(read("{\"text\":\n \"x\"} {"), Err(Refusal::Invalid));
        assert_eq!(
            read("{\"text\": \"x\"}\n[1]\n{\"text\": \"y\"}"),
            Err(Refusal::Invalid)
        );
        assert_eq!(read("{\"text\": \"  \"}"), Err(Refusal::NoText));
        assert!(!looks_like_json("[Note au rédacteur] 700 mots.\nLe texte."));
        assert!(!looks_like_json("Le texte {entre accolades}"));
    }
}
