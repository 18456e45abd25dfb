//! Slug rules: the last part of the article's URL.

use super::{Context, Rule, Violation};
use crate::checking::front_matter::Field;
use crate::checking::report::Severity;
use crate::composing::slug;

fn slug<'a>(cx: &Context<'a>) -> Option<&'a Field> {
    cx.doc
        .field(|fm| fm.slug.as_ref())
        .filter(|f| !f.value.trim().is_empty())
}

pub const SLUG_PRESENT: Rule = Rule {
    id: "slug-present",
    severity: Severity::Error,
    summary: "The front matter has a `slug`.",
    doc:
        "Fails when the front matter has no non-empty `slug` field. Without one, the site makes a \
URL from the title, accents, stop words and all, or from a number; a chosen slug is short, \
stable and carries the keyphrase. `rewrite` always writes one. The finding points at line 1.",
    check: slug_present,
};

fn slug_present(cx: &Context) -> Vec<Violation> {
    if slug(cx).is_some() {
        return Vec::new();
    }
    vec![Violation::new(
        cx.doc.front_matter_position(),
        "no slug: set `slug` in the front matter",
    )]
}

pub const SLUG_FORMAT: Rule = Rule {
    id: "slug-format",
    severity: Severity::Error,
    summary: "The slug is lowercase ASCII words joined by hyphens.",
    doc:
        "Fails when the slug does not match `^[a-z0-9]+(-[a-z0-9]+)*$`: lowercase letters without \
accents and digits, in words joined by single hyphens, no spaces, underscores or slashes. \
Accented letters and capitals are percent-encoded or case-folded differently by servers and \
share buttons, which breaks links; this is the form Google's URL structure guidelines and every \
major CMS produce.",
    check: slug_format,
};

fn slug_format(cx: &Context) -> Vec<Violation> {
    let Some(field) = slug(cx) else {
        return Vec::new();
    };
    if slug::is_valid(&field.value) {
        return Vec::new();
    }
    vec![Violation::new(
        field.position,
        format!(
            "the slug \"{}\" is not lowercase ASCII words joined by hyphens",
            field.value
        ),
    )]
}

pub const SLUG_KEYPHRASE: Rule = Rule {
    id: "slug-keyphrase",
    severity: Severity::Error,
    summary: "The slug contains the focus keyphrase.",
    doc: "Fails unless every content word of the focus keyphrase matches a word of the slug: both \
are stemmed as `rewrite` stems them and compared without accents, so the keyphrase \"défense \
étroite\" is in the slug \"poutine-defense-etroite\". The URL is one of the places search \
engines read the topic from, and Yoast's keyphrase-in-slug assessment asks for it. Skipped \
without a slug or a keyphrase.",
    check: slug_keyphrase,
};

fn slug_keyphrase(cx: &Context) -> Vec<Violation> {
    let (Some(field), Some(keyphrase)) = (slug(cx), cx.measures.keyphrase.as_ref()) else {
        return Vec::new();
    };
    // The composer's own definition: what `rewrite` writes, `check` accepts.
    if slug::carries(&field.value, keyphrase) {
        return Vec::new();
    }
    vec![Violation::new(
        field.position,
        format!(
            "the slug does not contain the keyphrase « {} »",
            keyphrase.text
        ),
    )]
}

#[cfg(test)]
mod tests {
    use super::super::testing::lines;
    use super::*;

    fn draft(slug: &str, keyphrase: &str) -> String {
        format!("---\ntitle: \"T\"\nslug: \"{slug}\"\nkeyphrase: \"{keyphrase}\"\n---\n\nTexte.\n")
    }

    #[test]
    fn slug_present_needs_a_value() {
        assert_eq!(lines(&SLUG_PRESENT, "---\ntitle: \"T\"\n---\n"), vec![1]);
        assert!(lines(&SLUG_PRESENT, &draft("a", "a")).is_empty());
    }

    #[test]
    fn slug_format_is_kebab_ascii() {
        assert!(lines(&SLUG_FORMAT, &draft("poutine-loukachenko-2024", "x")).is_empty());
        for bad in [
            "Poutine-Loukachenko",
            "défense",
            "a--b",
            "a_b",
            "-a",
            "a b",
            "a/b",
        ] {
            assert_eq!(lines(&SLUG_FORMAT, &draft(bad, "x")), vec![3], "{bad}");
        }
    }

    #[test]
    fn slug_keyphrase_compares_stems_without_accents() {
        assert!(lines(
            &SLUG_KEYPHRASE,
            &draft("poutine-defense-etroite", "défense étroite")
        )
        .is_empty());
        assert!(lines(
            &SLUG_KEYPHRASE,
            &draft("poutine-loukachenko-discutent", "Poutine et Loukachenko")
        )
        .is_empty());
        assert_eq!(
            lines(
                &SLUG_KEYPHRASE,
                &draft("poutine-discute", "Poutine et Loukachenko")
            ),
            vec![3]
        );
    }
}
