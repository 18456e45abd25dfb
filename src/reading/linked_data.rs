//! What a page declares about its article in JSON-LD (`<script type="application/ld+json">`):
//! the authors, as the publisher's system wrote them, and the article's own text.
//!
//! The extractor reads the byline too, but rewrites it: it title-cases and drops digits ("La
//! rédaction de TF1" became "La Rédaction De TF"), joins a section label ("Le Point;
//! Magazine") or keeps initials without their points ("E P" for "E.P."). The article object's
//! `author` names are the publisher's own; the extractor's byline wins only where it says
//! more around the same names ("Ariel Guez avec AFP" for "Ariel Guez").

use serde_json::Value;

/// The `@type`s of an article object, whose `author` is the article's (a page's other
/// objects name the site's organisation or a related video's author).
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
];

/// How deep the search goes into a JSON-LD document: a `@graph` of articles is two levels
/// down; a deeper object is not the page's article, and the bound keeps hostile nesting
/// cheap (serde_json already refuses more than 128 levels).
const MAX_DEPTH: usize = 4;

/// What the page's scripts declare about its article, each script parsed once.
#[derive(Debug, Default)]
pub struct Declared {
    /// The first article object's author names, joined by "; " as the extractor joins them.
    pub authors: Option<String>,
    /// The first article object that holds its text.
    pub article: Option<DeclaredArticle>,
}

/// An article as a page's JSON-LD declares it: the text the publisher's system stores, which
/// it gives search engines whatever the page shows (a shell its scripts fill in the
/// browser, a teaser over a paywall).
#[derive(Debug, Default, PartialEq)]
pub struct DeclaredArticle {
    /// `headline`, entities decoded.
    pub headline: Option<String>,
    /// `description`, entities decoded.
    pub description: Option<String>,
    /// `datePublished`, as given.
    pub date: Option<String>,
    /// `articleBody` as given: plain text, its paragraphs apart by line breaks or not at all,
    /// entities often left in; some systems store the markup.
    pub body: String,
}

/// What the scripts declare; a script that is not JSON is skipped.
pub fn declared<'s>(scripts: impl Iterator<Item = &'s str>) -> Declared {
    let documents: Vec<Value> = scripts
        .filter_map(|script| serde_json::from_str::<Value>(script.trim()).ok())
        .collect();
    Declared {
        authors: documents
            .iter()
            .find_map(|document| in_article(document, 0, &article_authors)),
        article: documents
            .iter()
            .find_map(|document| in_article(document, 0, &article_text)),
    }
}

/// The byline to keep: the page's declared names, unless the extractor's byline holds them
/// and says more ("Ariel Guez avec AFP").
pub fn preferred(extracted: Option<String>, declared: Option<String>) -> Option<String> {
    match (extracted, declared) {
        (Some(extracted), Some(declared)) => {
            let (e, d) = (extracted.to_lowercase(), declared.to_lowercase());
            Some(if e.len() > d.len() && e.contains(&d) {
                extracted
            } else {
                declared
            })
        }
        (extracted, declared) => declared.or(extracted),
    }
}

/// What `read` finds in the first article object, searched depth first.
fn in_article<T>(
    value: &Value,
    depth: usize,
    read: &impl Fn(&serde_json::Map<String, Value>) -> Option<T>,
) -> Option<T> {
    if depth > MAX_DEPTH {
        return None;
    }
    match value {
        Value::Object(object) => {
            let is_article = match object.get("@type") {
                Some(Value::String(kind)) => ARTICLE_TYPES.contains(&kind.as_str()),
                Some(Value::Array(kinds)) => kinds
                    .iter()
                    .any(|k| k.as_str().is_some_and(|k| ARTICLE_TYPES.contains(&k))),
                _ => false,
            };
            is_article
                .then(|| read(object))
                .flatten()
                .or_else(|| object.values().find_map(|v| in_article(v, depth + 1, read)))
        }
        Value::Array(items) => items.iter().find_map(|v| in_article(v, depth + 1, read)),
        _ => None,
    }
}

/// An article object's author names, joined by "; ".
fn article_authors(object: &serde_json::Map<String, Value>) -> Option<String> {
    let names = names(object.get("author")?);
    (!names.is_empty()).then(|| names.join("; "))
}

/// An article object's text, with its headline, description and date.
fn article_text(object: &serde_json::Map<String, Value>) -> Option<DeclaredArticle> {
    let body = object.get("articleBody")?.as_str()?;
    if body.trim().is_empty() {
        return None;
    }
    let field = |key: &str| object.get(key)?.as_str().and_then(cleaned);
    Some(DeclaredArticle {
        headline: field("headline"),
        description: field("description"),
        date: field("datePublished"),
        body: body.to_string(),
    })
}

/// A declared string as a reader sees it: entities decoded ("La R&eacute;daction"), white
/// space collapsed; `None` when nothing is left.
fn cleaned(text: &str) -> Option<String> {
    let decoded = html_escape::decode_html_entities(text);
    let text = decoded.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

/// An `author` value's names: a string, a person or organisation's `name`, or a list of them.
pub(crate) fn names(author: &Value) -> Vec<String> {
    match author {
        Value::String(text) => cleaned(text).into_iter().collect(),
        Value::Object(object) => object
            .get("name")
            .and_then(Value::as_str)
            .and_then(cleaned)
            .into_iter()
            .collect(),
        Value::Array(items) => items.iter().take(MAX_AUTHORS).flat_map(names).collect(),
        _ => Vec::new(),
    }
}

/// A byline names a few people; a page listing more declares its whole staff.
const MAX_AUTHORS: usize = 8;

#[cfg(test)]
mod tests {
    use super::*;

    /// The first article object's author names, as [`declared`] gives them.
    fn authors<'s>(scripts: impl Iterator<Item = &'s str>) -> Option<String> {
        declared(scripts).authors
    }

    #[test]
    fn the_article_objects_authors_are_read_as_written() {
        // TF1: the article's author, and the site's organisation in another object.
        let tf1 = r#"{"@type": "NewsArticle", "author": {"@type": "Person", "name": "La rédaction de TF1"},
            "publisher": {"@type": "NewsMediaOrganization", "name": "TF1 Info"}}"#;
        assert_eq!(
            authors([tf1].into_iter()).as_deref(),
            Some("La rédaction de TF1")
        );
        // Le Monde: two people, in a @graph, after a script that is no article.
        let site = r#"{"@type": "WebSite", "author": "Le Monde"}"#;
        let graph = r#"{"@graph": [{"@type": ["NewsArticle"], "author": [
            {"@type": "Person", "name": "Sylvie Lecherbonnier"}, {"@type": "Person", "name": "Manon Romain"}]}]}"#;
        assert_eq!(
            authors([site, graph].into_iter()).as_deref(),
            Some("Sylvie Lecherbonnier; Manon Romain")
        );
        // Linternaute writes an entity inside its JSON.
        let entity = r#"{"@type": "Article", "author": {"name": "La R&eacute;daction"}}"#;
        assert_eq!(
            authors([entity].into_iter()).as_deref(),
            Some("La Rédaction")
        );
        // TDG declares an empty name; broken JSON is skipped.
        let empty = r#"{"@type": "NewsArticle", "author": {"name": ""}}"#;
        assert_eq!(authors([empty, "{not json"].into_iter()), None);
    }

    #[test]
    fn the_extractors_byline_wins_only_when_it_says_more() {
        let keep = |e: &str, d: &str| preferred(Some(e.into()), Some(d.into())).unwrap();
        assert_eq!(
            keep("Ariel Guez avec AFP", "Ariel Guez"),
            "Ariel Guez avec AFP"
        );
        assert_eq!(
            keep("La Rédaction De TF", "La rédaction de TF1"),
            "La rédaction de TF1"
        );
        assert_eq!(
            keep("Franceinfo Avec AFP", "franceinfo avec AFP"),
            "franceinfo avec AFP"
        );
        assert_eq!(keep("E P", "E.P."), "E.P.");
        assert_eq!(preferred(Some("AFP".into()), None).as_deref(), Some("AFP"));
        assert_eq!(preferred(None, Some("AFP".into())).as_deref(), Some("AFP"));
    }

    #[test]
    fn the_first_article_object_with_a_text_declares_it() {
        // A site's object, then an article without a text, then one with it in a @graph.
        let site = r#"{"@type": "WebSite", "articleBody": "Le site."}"#;
        let teaser = r#"{"@type": "NewsArticle", "headline": "Un autre", "articleBody": "  "}"#;
        let graph = r#"{"@graph": [{"@type": "NewsArticle",
            "headline": "La d&eacute;crue s'amorce", "description": "Dix jours  sous l'eau.",
            "datePublished": "2026-11-20T07:30:00+01:00",
            "articleBody": "Premier paragraphe.\n\nSecond l&#39;est."}]}"#;
        let declared = declared([site, teaser, "{not json", graph].into_iter());
        assert_eq!(
            declared.article,
            Some(DeclaredArticle {
                headline: Some("La décrue s'amorce".into()),
                description: Some("Dix jours sous l'eau.".into()),
                date: Some("2026-11-20T07:30:00+01:00".into()),
                body: "Premier paragraphe.\n\nSecond l&#39;est.".into(),
            })
        );
        assert_eq!(declared.authors, None);
        assert_eq!(super::declared([site].into_iter()).article, None);
    }
}
