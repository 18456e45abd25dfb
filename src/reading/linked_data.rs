//! What a page declares about its article in JSON-LD (`<script type="application/ld+json">`):
//! the authors, as the publisher's system wrote them.
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

/// The first article object's author names, joined by "; " as the extractor joins them;
/// `None` when no script declares an article with a named author.
pub fn authors<'s>(scripts: impl Iterator<Item = &'s str>) -> Option<String> {
    scripts
        .filter_map(|script| serde_json::from_str::<Value>(script.trim()).ok())
        .find_map(|document| article_authors(&document, 0))
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

fn article_authors(value: &Value, depth: usize) -> Option<String> {
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
            let own = is_article
                .then(|| object.get("author").map(names))
                .flatten()
                .filter(|names| !names.is_empty());
            own.map(|names| names.join("; "))
                .or_else(|| object.values().find_map(|v| article_authors(v, depth + 1)))
        }
        Value::Array(items) => items.iter().find_map(|v| article_authors(v, depth + 1)),
        _ => None,
    }
}

/// An `author` value's names: a string, a person or organisation's `name`, or a list of them.
fn names(author: &Value) -> Vec<String> {
    let name = |text: &str| {
        let decoded = html_escape::decode_html_entities(text);
        let name = decoded.split_whitespace().collect::<Vec<_>>().join(" ");
        (!name.is_empty()).then_some(name)
    };
    match author {
        Value::String(text) => name(text).into_iter().collect(),
        Value::Object(object) => object
            .get("name")
            .and_then(Value::as_str)
            .and_then(name)
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
}
