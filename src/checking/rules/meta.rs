//! Meta description rules: the snippet a results page shows under the title.

use super::{Context, Rule, Violation};
use crate::checking::front_matter::Field;
use crate::checking::measures::visible_length;
use crate::checking::report::Severity;

/// The meta description, when the front matter has a non-empty one.
fn description<'a>(cx: &Context<'a>) -> Option<&'a Field> {
    cx.doc
        .field(|fm| fm.description.as_ref())
        .filter(|f| !f.value.trim().is_empty())
}

pub const META_DESCRIPTION_PRESENT: Rule = Rule {
    id: "meta-description-present",
    severity: Severity::Error,
    summary: "The front matter has a meta `description`.",
    doc: "Fails when the front matter has no non-empty `description` field. Without one, search \
engines and social networks pick a snippet from the page themselves, often the first line of a \
caption or a byline. The brief asks for an SEO-ready article, and `rewrite` always writes one. \
The finding points at line 1.",
    check: meta_description_present,
};

fn meta_description_present(cx: &Context) -> Vec<Violation> {
    if description(cx).is_some() {
        return Vec::new();
    }
    vec![Violation::new(
        cx.doc.front_matter_position(),
        "no meta description: set `description` in the front matter",
    )]
}

pub const META_DESCRIPTION_LENGTH: Rule = Rule {
    id: "meta-description-length",
    severity: Severity::Error,
    summary: "The meta description has 120 to 156 characters.",
    doc: "Counts the description's characters (grapheme clusters) and fails outside \
`meta-description-min-chars`..`meta-description-max-chars`. Google shows about 155–160 \
characters of a snippet on desktop and cuts the rest; a description much shorter than 120 \
wastes the space. The defaults, 120 and 156, are Yoast's meta description length assessment.",
    check: meta_description_length,
};

fn meta_description_length(cx: &Context) -> Vec<Violation> {
    let t = &cx.settings.thresholds;
    let Some(field) = description(cx) else {
        return Vec::new();
    };
    let chars = visible_length(field.value.trim());
    let (min, max) = (t.meta_description_min_chars, t.meta_description_max_chars);
    if (min..=max).contains(&chars) {
        return Vec::new();
    }
    vec![Violation::new(
        field.position,
        format!("the meta description has {chars} characters (expected {min} to {max})"),
    )]
}

pub const META_DESCRIPTION_KEYPHRASE: Rule = Rule {
    id: "meta-description-keyphrase",
    severity: Severity::Error,
    summary: "The meta description contains the focus keyphrase.",
    doc: "Fails when the content words of the focus keyphrase (any inflection, matched by stem) \
are not all in the meta description. Search engines bold the searched words in the snippet, \
which draws the eye and the click; Yoast's keyphrase-in-meta-description assessment asks for \
it. Skipped without a description or a keyphrase (other rules report those).",
    check: meta_description_keyphrase,
};

fn meta_description_keyphrase(cx: &Context) -> Vec<Violation> {
    let (Some(field), Some(keyphrase)) = (description(cx), cx.measures.keyphrase.as_ref()) else {
        return Vec::new();
    };
    if keyphrase.is_in(&field.value) {
        return Vec::new();
    }
    vec![Violation::new(
        field.position,
        format!(
            "the meta description does not contain the keyphrase « {} »",
            keyphrase.text
        ),
    )]
}

#[cfg(test)]
mod tests {
    use super::super::testing::{lines, violations};
    use super::*;

    fn draft(description: &str) -> String {
        format!("---\ntitle: \"T\"\nkeyphrase: \"Loukachenko\"\ndescription: \"{description}\"\n---\n\nTexte.\n")
    }

    #[test]
    fn meta_description_present_needs_text() {
        assert_eq!(
            lines(&META_DESCRIPTION_PRESENT, "---\ntitle: \"T\"\n---\n"),
            vec![1]
        );
        assert_eq!(lines(&META_DESCRIPTION_PRESENT, &draft("  ")), vec![1]);
        assert!(lines(&META_DESCRIPTION_PRESENT, &draft("Loukachenko à Moscou.")).is_empty());
    }

    #[test]
    fn meta_description_length_is_a_range() {
        assert!(lines(&META_DESCRIPTION_LENGTH, &draft(&"é".repeat(120))).is_empty());
        assert!(lines(&META_DESCRIPTION_LENGTH, &draft(&"é".repeat(156))).is_empty());
        let found = violations(&META_DESCRIPTION_LENGTH, &draft(&"e".repeat(119)));
        assert_eq!(
            found,
            vec![(
                4,
                "the meta description has 119 characters (expected 120 to 156)".to_string()
            )]
        );
        assert_eq!(
            lines(&META_DESCRIPTION_LENGTH, &draft(&"e".repeat(157))),
            vec![4]
        );
    }

    #[test]
    fn meta_description_keyphrase_matches_by_stem() {
        assert!(lines(
            &META_DESCRIPTION_KEYPHRASE,
            &draft("Alexandre Loukachenko reçu à Moscou.")
        )
        .is_empty());
        assert_eq!(
            lines(
                &META_DESCRIPTION_KEYPHRASE,
                &draft("Le président biélorusse reçu à Moscou.")
            ),
            vec![4]
        );
    }
}
