//! Records: what a line of the stream asks for, and what its output line says.
//!
//! Field names are stable: jobs on Spark, Hadoop Streaming or GNU parallel are written against
//! them. Unknown input fields are ignored, so a producer may carry its own along.

use crate::reading::Format;
use crate::rendering::front_matter::FrontMatter;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::borrow::Cow;

/// One input record.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Input {
    /// Any JSON value, echoed back on the output record (`null` when absent).
    #[serde(default)]
    pub id: Value,
    /// The source as plain text (its format recognised as `--input` says, `auto` by default).
    pub text: Option<String>,
    /// The source as an HTML page.
    pub html: Option<String>,
    /// The source as Markdown (for `check`, the draft).
    pub markdown: Option<String>,
    /// Related sources: strings (text), or objects with `text`, `html` or `markdown` and a
    /// `name` for the "Sources" list and messages.
    #[serde(default)]
    pub with: Vec<Related>,
    /// The source's name in messages and the report (default `line N`).
    pub name: Option<String>,
    pub min_words: Option<usize>,
    pub keyphrase: Option<String>,
    pub lang: Option<String>,
    /// The record's other fields: a scraper's `title`, `url`, `date`, `author`… beside its
    /// `text` ([`Input::lead`]), and a producer's own, ignored.
    #[serde(flatten)]
    pub fields: Map<String, Value>,
}

/// A related source of a record.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Related {
    Text(String),
    Source {
        text: Option<String>,
        html: Option<String>,
        markdown: Option<String>,
        name: Option<String>,
    },
}

/// A source's text and the format it was given in (`None`: as the command line says).
pub type Body<'a> = (&'a str, Option<Format>);

/// The one source among `text`, `html` and `markdown`, or why there is not exactly one.
pub fn body<'a>(
    text: &'a Option<String>,
    html: &'a Option<String>,
    markdown: &'a Option<String>,
) -> Result<Body<'a>, String> {
    let given: Vec<Body> = [
        (text, None),
        (html, Some(Format::Html)),
        (markdown, Some(Format::Markdown)),
    ]
    .into_iter()
    .filter_map(|(field, format)| field.as_deref().map(|s| (s, format)))
    .collect();
    match given.as_slice() {
        [one] => Ok(*one),
        [] => Err("no source: give `text`, `html` or `markdown`".into()),
        _ => Err("more than one source: give only one of `text`, `html`, `markdown`".into()),
    }
}

impl Input {
    /// The record's own source.
    pub fn source(&self) -> Result<Body<'_>, String> {
        body(&self.text, &self.html, &self.markdown)
    }

    /// The record's own source as the pipeline reads it, the command's format `forced` or
    /// not. A scraper's record (news-please, Scrapy, trafilatura) gives the article's title,
    /// address and date beside its `text`: read alone, the text lost its headline to a
    /// sentence of the body. A `text` whose format is not forced, with such fields beside it,
    /// is given as the JSON article they make, read as `rewrite FILE.json` reads one.
    pub fn lead(&self, forced: Option<Format>) -> Result<(Cow<'_, str>, Option<Format>), String> {
        let (text, format) = self.source()?;
        let named = |key: &String| crate::reading::json::names_article_field(key);
        // A blank text is refused as the empty input it is, not as a record without text.
        let blank = text.trim().is_empty();
        // Firecrawl's page as `markdown`, its title and address in `metadata` beside it.
        let field = match format {
            None => "text",
            Some(Format::Markdown) => "markdown",
            Some(_) => return Ok((Cow::Borrowed(text), format)),
        };
        if forced.is_some() || blank || !self.fields.keys().any(named) {
            return Ok((Cow::Borrowed(text), format));
        }
        let mut article: Map<String, Value> = (self.fields.iter())
            .filter(|(key, _)| named(key))
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect();
        article.insert(field.into(), Value::String(text.to_string()));
        Ok((Cow::Owned(Value::Object(article).to_string()), None))
    }
}

/// How a record came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Done, and `check` will find no error in the article, its brief's length included
    /// (for `check`: no error finding).
    Ok,
    /// Done, but short of the brief or failing another of `check`'s error rules, as the
    /// record's report says (for `check`: error findings).
    BriefNotMet,
    /// Not done: `error` says why.
    Error,
}

/// One output record. `report` is what the command's `--report`/`--format json` would say of
/// the record.
#[derive(Debug, Serialize)]
pub struct Output<R: Serialize> {
    pub id: Value,
    /// The record's line in the input, from 1.
    pub line: u64,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub markdown: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub front_matter: Option<FrontMatter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report: Option<R>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl Output<()> {
    /// The output of a record that could not be done.
    pub fn error(id: Value, line: u64, message: impl std::fmt::Display) -> Self {
        Output {
            id,
            line,
            status: Status::Error,
            markdown: None,
            front_matter: None,
            report: None,
            error: Some(format!("line {line}: {message}")),
        }
    }
}

/// The record of a line's JSON, keeping its `id` even when the rest does not fit the schema.
pub fn parse(bytes: &[u8]) -> Result<Input, (Value, String)> {
    let text =
        std::str::from_utf8(bytes).map_err(|e| (Value::Null, format!("not UTF-8 text: {e}")))?;
    if text.trim().is_empty() {
        return Err((Value::Null, "an empty line, not a record".into()));
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| (Value::Null, format!("malformed JSON: {e}")))?;
    if !value.is_object() {
        return Err((Value::Null, "a record must be a JSON object".into()));
    }
    let id = value.get("id").cloned().unwrap_or(Value::Null);
    Input::deserialize(value).map_err(|e| (id, format!("bad record: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_with_related_strings_and_objects() {
        let line = br#"{"id":7,"text":"T","with":["a",{"html":"<p>b</p>","name":"b.html"}],"min_words":300}"#;
        let input = parse(line).unwrap();
        assert_eq!(input.id, Value::from(7));
        assert_eq!(input.source().unwrap(), ("T", None));
        assert_eq!(input.with.len(), 2);
        assert_eq!(input.min_words, Some(300));
    }

    #[test]
    fn the_id_survives_a_record_that_does_not_fit() {
        let (id, message) = parse(br#"{"id":"x","text":5}"#).unwrap_err();
        assert_eq!(id, Value::from("x"));
        assert!(message.starts_with("bad record"), "{message}");
    }

    #[test]
    fn bad_lines_say_what_is_wrong() {
        assert!(parse(b"{oops").unwrap_err().1.starts_with("malformed JSON"));
        assert!(parse(b"\xff{}").unwrap_err().1.starts_with("not UTF-8"));
        assert!(parse(b"[1]").unwrap_err().1.contains("JSON object"));
        assert!(parse(b" ").unwrap_err().1.starts_with("an empty line"));
    }

    /// A scraper's fields beside the text or the Markdown make the JSON article the pipeline
    /// reads; a forced format, an HTML source or a blank text are given as they are.
    #[test]
    fn a_scrapers_fields_make_the_lead_a_json_article() {
        let record =
            parse(br#"{"id":1,"title":"T","URL":"u","text":"Le texte.","min_words":9}"#).unwrap();
        let (lead, format) = record.lead(None).unwrap();
        let article: Value = serde_json::from_str(&lead).unwrap();
        assert_eq!(
            article,
            serde_json::json!({"title": "T", "URL": "u", "text": "Le texte."})
        );
        assert_eq!(format, None);
        assert_eq!(record.lead(Some(Format::Text)).unwrap().0, "Le texte.");
        // Firecrawl's page: its Markdown stays Markdown, beside its metadata object.
        let page = parse(br#"{"markdown":"Le texte.","metadata":{"sourceURL":"u"}}"#).unwrap();
        let (lead, format) = page.lead(None).unwrap();
        assert_eq!(
            serde_json::from_str::<Value>(&lead).unwrap(),
            serde_json::json!({"markdown": "Le texte.", "metadata": {"sourceURL": "u"}})
        );
        assert_eq!(format, None);
        for plain in [
            br#"{"html":"<p>x</p>","title":"T"}"#.as_slice(),
            br#"{"text":"  ","title":"T"}"#,
            br#"{"text":"x","desk":"web"}"#,
        ] {
            let record = parse(plain).unwrap();
            let (lead, _) = record.lead(None).unwrap();
            assert_eq!(lead, record.source().unwrap().0);
        }
    }

    #[test]
    fn exactly_one_source() {
        let both = parse(br#"{"text":"a","html":"b"}"#).unwrap();
        assert!(both.source().unwrap_err().contains("more than one"));
        let none = parse(br#"{"id":1}"#).unwrap();
        assert!(none.source().unwrap_err().contains("no source"));
        let html = parse(br#"{"html":"<p>x</p>"}"#).unwrap();
        assert_eq!(html.source().unwrap().1, Some(Format::Html));
    }

    #[test]
    fn an_error_output_names_its_line() {
        let out = serde_json::to_string(&Output::error(Value::Null, 3, "boom")).unwrap();
        assert_eq!(
            out,
            r#"{"id":null,"line":3,"status":"error","error":"line 3: boom"}"#
        );
    }
}
