//! Front matter, YAML (`---`, Jekyll, Hugo, Eleventy, Astro) or TOML (`+++`, Hugo), written
//! with a YAML or TOML library so that any title — quotes, colons, `#`, "no", a date — reads
//! back as the same string.

use serde::{Deserialize, Serialize};
use serde_saphyr::DoubleQuoted;

/// The metadata block of an article. Field names are stable: CMS importers and `check` read
/// them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrontMatter {
    pub title: String,
    pub description: String,
    pub slug: String,
    pub keyphrase: String,
    pub tags: Vec<String>,
    pub lang: String,
    /// Body words, by the rule of [`crate::segmenting`].
    pub words: usize,
    /// `YYYY-MM-DD`, a real day (see [`crate::dates`]); always set by `rewrite`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date: Option<String>,
    /// The source's author, when its metadata names one or `--author` gives it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub author: Option<String>,
    /// The address of the source, when its metadata gives one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source_url: Option<String>,
    /// `true` with `--draft`: site generators leave the page out of a production build.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub draft: Option<bool>,
}

/// The same fields with every string double-quoted: a title such as `no`, `2024-05-26` or
/// `« Oui » : #1` is then never read back as a boolean, a date, a comment or a mapping.
#[derive(Serialize)]
struct Quoted<'a> {
    title: DoubleQuoted<&'a str>,
    description: DoubleQuoted<&'a str>,
    slug: DoubleQuoted<&'a str>,
    keyphrase: DoubleQuoted<&'a str>,
    tags: Vec<DoubleQuoted<&'a str>>,
    lang: DoubleQuoted<&'a str>,
    words: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<DoubleQuoted<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<DoubleQuoted<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_url: Option<DoubleQuoted<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    draft: Option<bool>,
}

/// `---\n<yaml>---\n\n`.
pub fn to_yaml_block(fm: &FrontMatter) -> String {
    let quoted = Quoted {
        title: DoubleQuoted(&fm.title),
        description: DoubleQuoted(&fm.description),
        slug: DoubleQuoted(&fm.slug),
        keyphrase: DoubleQuoted(&fm.keyphrase),
        tags: fm.tags.iter().map(|t| DoubleQuoted(t.as_str())).collect(),
        lang: DoubleQuoted(&fm.lang),
        words: fm.words,
        date: fm.date.as_deref().map(DoubleQuoted),
        author: fm.author.as_deref().map(DoubleQuoted),
        source_url: fm.source_url.as_deref().map(DoubleQuoted),
        draft: fm.draft,
    };
    let yaml =
        serde_saphyr::to_string(&quoted).expect("front matter of plain strings always serialises");
    format!("---\n{yaml}---\n\n")
}

/// The same fields in TOML, the date a TOML date (`date = 2024-05-26`), as Hugo writes it.
#[derive(Serialize)]
struct Toml<'a> {
    title: &'a str,
    description: &'a str,
    slug: &'a str,
    keyphrase: &'a str,
    tags: &'a [String],
    lang: &'a str,
    words: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<toml::value::Datetime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    draft: Option<bool>,
}

/// `+++\n<toml>+++\n\n`. A date that is not `YYYY-MM-DD` (never written by `rewrite`) is left
/// out rather than written as a string a site generator would refuse.
pub fn to_toml_block(fm: &FrontMatter) -> String {
    let fields = Toml {
        title: &fm.title,
        description: &fm.description,
        slug: &fm.slug,
        keyphrase: &fm.keyphrase,
        tags: &fm.tags,
        lang: &fm.lang,
        words: fm.words,
        date: fm.date.as_deref().and_then(|d| d.parse().ok()),
        author: fm.author.as_deref(),
        source_url: fm.source_url.as_deref(),
        draft: fm.draft,
    };
    let toml = toml::to_string(&fields).expect("front matter of plain values always serialises");
    format!("+++\n{toml}+++\n\n")
}

/// Zola's layout: Zola refuses a page with a field it does not know, so only its own fields
/// stand at the top (`title`, `description`, `date`, `slug`, `draft`), the tags under
/// `[taxonomies]`, and the rest under `[extra]`.
#[derive(Serialize)]
struct Zola<'a> {
    title: &'a str,
    description: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<toml::value::Datetime>,
    slug: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    draft: Option<bool>,
    taxonomies: ZolaTaxonomies<'a>,
    extra: ZolaExtra<'a>,
}

#[derive(Serialize)]
struct ZolaTaxonomies<'a> {
    tags: &'a [String],
}

#[derive(Serialize)]
struct ZolaExtra<'a> {
    keyphrase: &'a str,
    lang: &'a str,
    words: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_url: Option<&'a str>,
}

/// `+++\n<toml>+++\n\n` in Zola's layout.
pub fn to_zola_block(fm: &FrontMatter) -> String {
    let fields = Zola {
        title: &fm.title,
        description: &fm.description,
        date: fm.date.as_deref().and_then(|d| d.parse().ok()),
        slug: &fm.slug,
        draft: fm.draft,
        taxonomies: ZolaTaxonomies { tags: &fm.tags },
        extra: ZolaExtra {
            keyphrase: &fm.keyphrase,
            lang: &fm.lang,
            words: fm.words,
            author: fm.author.as_deref(),
            source_url: fm.source_url.as_deref(),
        },
    };
    let toml = toml::to_string(&fields).expect("front matter of plain values always serialises");
    format!("+++\n{toml}+++\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(title: &str) -> FrontMatter {
        FrontMatter {
            title: title.to_string(),
            description: "Une description: avec # et \"guillemets\".".into(),
            slug: "a-b".into(),
            keyphrase: "no".into(),
            tags: vec!["yes".into(), "2024-05-26".into()],
            lang: "fr".into(),
            words: 12,
            date: Some("2024-05-26".into()),
            author: Some("Jean d’Ormesson".into()),
            source_url: Some("https://example.org/a?b=1#c".into()),
            draft: Some(true),
        }
    }

    #[test]
    fn zola_layout_keeps_only_zolas_fields_at_the_top() {
        let block = to_zola_block(&sample("Titre"));
        let inner = block
            .trim_start_matches("+++\n")
            .trim_end()
            .trim_end_matches("+++");
        let value: toml::Table = toml::from_str(inner).unwrap();
        let mut top: Vec<&str> = value.keys().map(String::as_str).collect();
        top.sort_unstable();
        assert_eq!(
            top,
            [
                "date",
                "description",
                "draft",
                "extra",
                "slug",
                "taxonomies",
                "title"
            ]
        );
        assert_eq!(value["taxonomies"]["tags"].as_array().unwrap().len(), 2);
        assert_eq!(value["extra"]["keyphrase"].as_str(), Some("no"));
    }

    #[test]
    fn toml_reads_back_identically_with_a_native_date() {
        for title in [
            "no",
            "« Oui » : #1 – l’OTAN",
            "2024-05-26",
            "a = b",
            "\"\"\" +++",
        ] {
            let fm = sample(title);
            let block = to_toml_block(&fm);
            assert!(block.contains("\ndate = 2024-05-26\n"), "{block}");
            let inner = block
                .trim_start_matches("+++\n")
                .trim_end()
                .trim_end_matches("+++");
            let value: toml::Table =
                toml::from_str(inner).unwrap_or_else(|e| panic!("{e}\n{block}"));
            assert_eq!(value["title"].as_str(), Some(title));
            assert_eq!(value["draft"].as_bool(), Some(true));
            assert_eq!(value["date"].to_string(), "2024-05-26");
        }
    }

    #[test]
    fn any_title_reads_back_identically() {
        for title in [
            "no",
            "« Oui » : #1 – l’OTAN",
            "2024-05-26",
            "a: b",
            "'quoted' \"double\"",
            "- liste",
            "---",
        ] {
            let fm = sample(title);
            let block = to_yaml_block(&fm);
            let yaml = block
                .trim_start_matches("---\n")
                .trim_end()
                .trim_end_matches("---");
            let back: FrontMatter =
                serde_saphyr::from_str(yaml).unwrap_or_else(|e| panic!("{title}: {e}\n{block}"));
            assert_eq!(back, fm, "{block}");
        }
    }
}
