//! YAML front matter, written with a YAML library so that any title — quotes, colons, `#`,
//! "no", a date — reads back as the same string.

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
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date: Option<String>,
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
    };
    let yaml =
        serde_saphyr::to_string(&quoted).expect("front matter of plain strings always serialises");
    format!("---\n{yaml}---\n\n")
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
