//! Front matter: the block of fields at the top of a draft, YAML between `---` lines (what
//! `rewrite` writes, and Jekyll, Hugo, Astro read) or TOML between `+++` lines (Hugo, Zola).
//!
//! Both are read with real parsers (serde-saphyr, toml) into the few fields the rules need,
//! each with the position of its value in the file, so a finding about the title points at the
//! title's line. Other fields (`tags`, `date`, …) are parsed, so they must be well formed, but
//! not kept.

use super::position::{LineIndex, Position};
use super::DocumentError;
use regex::Regex;
use serde::Deserialize;
use std::sync::LazyLock;

/// Which syntax the front matter is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Yaml,
    Toml,
}

/// A front matter value and where it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub value: String,
    pub position: Position,
}

/// The fields of the front matter that the rules read.
#[derive(Debug, Clone, PartialEq)]
pub struct FrontMatter {
    pub syntax: Syntax,
    /// Where the opening delimiter is (line 1): findings about a missing field point here.
    pub position: Position,
    pub title: Option<Field>,
    /// The meta description.
    pub description: Option<Field>,
    pub slug: Option<Field>,
    /// The focus keyphrase.
    pub keyphrase: Option<Field>,
    pub lang: Option<Field>,
}

/// A draft cut in two: its front matter, if any, and the byte offset where the body starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    pub front_matter: Option<FrontMatter>,
    pub body_offset: usize,
}

/// Find and parse the front matter at the top of `text`.
///
/// A draft whose first line is `---` or `+++` has front matter; one that never closes it, or
/// whose fields do not parse, is an error at the line where the problem is.
pub fn split(text: &str, index: &LineIndex) -> Result<Split, DocumentError> {
    let first_line = text.lines().next().unwrap_or("").trim_end();
    let syntax = match first_line {
        "---" => Syntax::Yaml,
        "+++" => Syntax::Toml,
        _ => {
            return Ok(Split {
                front_matter: None,
                body_offset: 0,
            })
        }
    };
    let content_start = index.line_start(2);
    let closing = find_closing_line(text, content_start, syntax).ok_or_else(|| DocumentError {
        position: Position::START,
        message: format!(
            "malformed front matter: the `{first_line}` opened on line 1 is never closed"
        ),
    })?;
    let content = &text[content_start..closing.start];
    let front_matter = match syntax {
        Syntax::Yaml => parse_yaml(content, index.position(content_start).line)?,
        Syntax::Toml => parse_toml(content, content_start, index)?,
    };
    Ok(Split {
        front_matter: Some(front_matter),
        body_offset: closing.end,
    })
}

/// The byte range of the line that closes the front matter (`---` or `...` for YAML, `+++`
/// for TOML), searched from `from`.
fn find_closing_line(text: &str, from: usize, syntax: Syntax) -> Option<std::ops::Range<usize>> {
    let mut start = from;
    for line in text[from..].split_inclusive('\n') {
        let marker = line.trim_end();
        let closes = match syntax {
            Syntax::Yaml => marker == "---" || marker == "...",
            Syntax::Toml => marker == "+++",
        };
        if closes {
            return Some(start..start + line.len());
        }
        start += line.len();
    }
    None
}

/// The fields `check` reads, each as the parser spans it (`S`: serde-saphyr's or toml's
/// `Spanned<String>`), so both syntaxes share one shape.
#[derive(Debug, Deserialize)]
#[serde(bound(deserialize = "S: Deserialize<'de>"))]
struct Fields<S> {
    title: Option<S>,
    description: Option<S>,
    slug: Option<S>,
    keyphrase: Option<S>,
    lang: Option<S>,
    /// Zola refuses fields it does not know, so `rewrite --front-matter zola` puts redac's own
    /// under `[extra]`.
    extra: Option<Extra<S>>,
}

#[derive(Debug, Deserialize)]
#[serde(bound(deserialize = "S: Deserialize<'de>"))]
struct Extra<S> {
    keyphrase: Option<S>,
    lang: Option<S>,
}

impl<S> Default for Fields<S> {
    fn default() -> Self {
        Fields {
            title: None,
            description: None,
            slug: None,
            keyphrase: None,
            lang: None,
            extra: None,
        }
    }
}

impl<S> Fields<S> {
    /// The front matter, each field placed in the file by `field`.
    fn front_matter(self, syntax: Syntax, field: impl Fn(S) -> Field) -> FrontMatter {
        let (extra_keyphrase, extra_lang) = match self.extra {
            Some(extra) => (extra.keyphrase, extra.lang),
            None => (None, None),
        };
        FrontMatter {
            syntax,
            position: Position::START,
            title: self.title.map(&field),
            description: self.description.map(&field),
            slug: self.slug.map(&field),
            keyphrase: self.keyphrase.or(extra_keyphrase).map(&field),
            lang: self.lang.or(extra_lang).map(&field),
        }
    }
}

/// serde-saphyr ends its messages with " at line L, column C"; the position is reported
/// separately, counted from the top of the file.
static YAML_LOCATION_SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r" at line \d+, column \d+$").expect("location pattern"));

/// Parse YAML front matter whose first line is line `first_line` of the file.
fn parse_yaml(content: &str, first_line: usize) -> Result<FrontMatter, DocumentError> {
    let to_file =
        |line: u64, column: u64| Position::new(first_line + line as usize - 1, column as usize);
    let fields: Fields<serde_saphyr::Spanned<String>> = if content.trim().is_empty() {
        Fields::default()
    } else {
        serde_saphyr::from_str(content).map_err(|error| {
            let position = error.location().map_or(Position::new(first_line, 1), |l| {
                to_file(l.line(), l.column())
            });
            let message = error.without_snippet().to_string();
            DocumentError {
                position,
                message: format!(
                    "malformed front matter: {}",
                    YAML_LOCATION_SUFFIX.replace(&message, "")
                ),
            }
        })?
    };
    Ok(fields.front_matter(Syntax::Yaml, |s| Field {
        position: to_file(s.referenced.line(), s.referenced.column()),
        value: s.value,
    }))
}

/// Parse TOML front matter that starts at byte `content_start` of the file.
fn parse_toml(
    content: &str,
    content_start: usize,
    index: &LineIndex,
) -> Result<FrontMatter, DocumentError> {
    let fields: Fields<toml::Spanned<String>> =
        toml::from_str(content).map_err(|error| DocumentError {
            position: index.position(content_start + error.span().map_or(0, |span| span.start)),
            message: format!("malformed front matter: {}", error.message()),
        })?;
    Ok(fields.front_matter(Syntax::Toml, |s| Field {
        position: index.position(content_start + s.span().start),
        value: s.into_inner(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_text(text: &str) -> Result<Split, DocumentError> {
        split(text, &LineIndex::new(text))
    }

    #[test]
    fn yaml_fields_carry_their_file_positions() {
        let text =
            "---\ntitle: \"Poutine à Minsk\"\ntags: [a, b]\nslug: poutine-minsk\n---\n\nCorps.\n";
        let split = split_text(text).unwrap();
        let fm = split.front_matter.unwrap();
        assert_eq!(fm.syntax, Syntax::Yaml);
        let title = fm.title.unwrap();
        assert_eq!(title.value, "Poutine à Minsk");
        assert_eq!(title.position, Position::new(2, 8));
        assert_eq!(fm.slug.unwrap().position.line, 4);
        assert!(fm.description.is_none());
        assert_eq!(&text[split.body_offset..], "\nCorps.\n");
    }

    #[test]
    fn toml_front_matter_is_read_too() {
        let text = "+++\ntitle = \"Poutine\"\nkeyphrase = \"Poutine\"\n+++\nCorps.";
        let fm = split_text(text).unwrap().front_matter.unwrap();
        assert_eq!(fm.syntax, Syntax::Toml);
        assert_eq!(fm.keyphrase.unwrap().position, Position::new(3, 13));
    }

    #[test]
    fn zolas_extra_table_holds_the_keyphrase_and_lang() {
        let text = "+++\ntitle = \"Poutine\"\n[taxonomies]\ntags = [\"a\"]\n[extra]\nkeyphrase = \"Poutine\"\nlang = \"fr\"\n+++\nCorps.";
        let fm = split_text(text).unwrap().front_matter.unwrap();
        assert_eq!(fm.keyphrase.unwrap().position, Position::new(6, 13));
        assert_eq!(fm.lang.unwrap().value, "fr");
    }

    #[test]
    fn no_front_matter_means_the_body_is_everything() {
        let split = split_text("# Titre\n\nCorps.").unwrap();
        assert_eq!(
            split,
            Split {
                front_matter: None,
                body_offset: 0
            }
        );
    }

    #[test]
    fn malformed_front_matter_is_an_error_at_its_line() {
        let error =
            split_text("---\ntitle: \"Poutine\"\nslug: [unclosed\n---\nCorps.").unwrap_err();
        assert_eq!(error.position.line, 3, "{error}");
        assert!(
            error.message.starts_with("malformed front matter"),
            "{error}"
        );
        let error = split_text("+++\ntitle = \n+++\n").unwrap_err();
        assert_eq!(error.position.line, 2, "{error}");
    }

    #[test]
    fn unclosed_front_matter_is_an_error_at_line_one() {
        let error = split_text("---\ntitle: x\n\nCorps.").unwrap_err();
        assert_eq!(error.position, Position::START);
        assert!(error.message.contains("never closed"));
    }
}
