//! Focus keyphrase rules: declared, in the lede and a subheading, at a natural density.

use super::length::body_position;
use super::{Context, Rule, Violation};
use crate::analysing;
use crate::checking::report::Severity;

pub const KEYPHRASE_PRESENT: Rule = Rule {
    id: "keyphrase-present",
    severity: Severity::Error,
    summary: "The front matter names a focus keyphrase with content words.",
    doc: "Fails when no focus keyphrase is known (no `keyphrase` field in the front matter and no \
`--keyphrase` flag) or when it has no content word (only stop words such as \"le\" or \"de\"). \
The keyphrase is what the article should rank for; the title, meta description, slug, lede, \
subheading and density rules all measure against it and are skipped without one. `rewrite` \
always writes one.",
    check: keyphrase_present,
};

fn keyphrase_present(cx: &Context) -> Vec<Violation> {
    match &cx.measures.keyphrase {
        None => vec![Violation::new(
            cx.doc.front_matter_position(),
            "no focus keyphrase: set `keyphrase` in the front matter (or pass --keyphrase)",
        )],
        Some(keyphrase) if keyphrase.stems.is_empty() => {
            let position = cx
                .doc
                .field(|fm| fm.keyphrase.as_ref())
                .map_or(cx.doc.front_matter_position(), |f| f.position);
            vec![Violation::new(
                position,
                format!("the keyphrase « {} » has no content word", keyphrase.text),
            )]
        }
        Some(_) => Vec::new(),
    }
}

pub const FIRST_PARAGRAPH_KEYPHRASE: Rule = Rule {
    id: "first-paragraph-keyphrase",
    severity: Severity::Error,
    summary: "The first paragraph (the lede) contains the focus keyphrase.",
    doc:
        "Fails when the content words of the focus keyphrase (any inflection, matched by stem) are \
not all in the first paragraph of the body. The lede tells the reader and the search engine \
what the article is about; if the keyphrase is not there, one of them is misled. Yoast's \
keyphrase-in-introduction assessment asks for the same.",
    check: first_paragraph_keyphrase,
};

fn first_paragraph_keyphrase(cx: &Context) -> Vec<Violation> {
    let (Some(lede), Some(keyphrase)) = (cx.doc.first_paragraph(), cx.measures.keyphrase.as_ref())
    else {
        return Vec::new();
    };
    if keyphrase.is_in(&lede.text) {
        return Vec::new();
    }
    vec![Violation::new(
        lede.position,
        format!(
            "the first paragraph does not contain the keyphrase « {} »",
            keyphrase.text
        ),
    )]
}

pub const SUBHEADING_KEYPHRASE: Rule = Rule {
    id: "subheading-keyphrase",
    severity: Severity::Warning,
    summary: "At least one H2 contains the focus keyphrase.",
    doc: "Warns when none of the body's H2 headings (the final \"Sources\" excluded) contains all \
the content words of the focus keyphrase. Subheadings are the outline search engines read and \
readers scan; one of them should name the topic. This is Yoast's keyphrase-in-subheading \
assessment, which Yoast grades as a recommendation, not a requirement: a warning, because an \
intertitre must be a span of its own section, and a section may not name the keyphrase in a \
phrase that makes a heading. Skipped when the body has no H2 (subheading-present reports \
that). The finding points at the first H2.",
    check: subheading_keyphrase,
};

fn subheading_keyphrase(cx: &Context) -> Vec<Violation> {
    let Some(keyphrase) = cx.measures.keyphrase.as_ref() else {
        return Vec::new();
    };
    let mut subheadings = cx.doc.body_headings(2).peekable();
    let Some(first) = subheadings.peek().copied() else {
        return Vec::new();
    };
    if subheadings.any(|h| keyphrase.is_in(&h.text)) {
        return Vec::new();
    }
    vec![Violation::new(
        first.position,
        format!("no H2 contains the keyphrase « {} »", keyphrase.text),
    )]
}

pub const KEYPHRASE_DENSITY: Rule = Rule {
    id: "keyphrase-density",
    severity: Severity::Error,
    summary: "The focus keyphrase makes 0.5 % to 3 % of the words of the body and its subheadings, weighed by its length.",
    doc:
        "Counts the keyphrase's occurrences in the body's sentences and subheadings as `rewrite` \
and `stats` count them (per sentence or heading, the count of the keyphrase's rarest content \
stem there) and divides by their words. A reader meets the keyphrase in an intertitle as in the \
text, and Yoast, whose range the defaults are, counts both the same way. Below `keyphrase-density-min` the article hardly talks about its topic; above \
`keyphrase-density-max` it reads as keyword stuffing, which search engines penalise. The \
defaults, 0.5 % and 3 %, are Yoast's keyphrase density range, and like Yoast the rule weighs it \
by the keyphrase's length: a phrase of n content words is rarer than one word, so the range is \
divided by 0.7 + n/3 (0.48–2.9 % for one word, 0.37–2.2 % for two, 0.29–1.76 % for three). \
The finding points at the first block of the body.\n\n\
Example: «\u{a0}gilets jaunes\u{a0}» named 3 times in 803 words (0.37\u{a0}%) passes; \
«\u{a0}Thonon\u{a0}» named 2 times in the same article (0.25\u{a0}%) does not.",
    check: keyphrase_density,
};

fn keyphrase_density(cx: &Context) -> Vec<Violation> {
    let t = &cx.settings.thresholds;
    let (Some(density), Some(keyphrase)) = (
        cx.measures.keyphrase_density(),
        cx.measures.keyphrase.as_ref(),
    ) else {
        return Vec::new();
    };
    let range = analysing::density_range(
        t.keyphrase_density_min,
        t.keyphrase_density_max,
        keyphrase.stems.len(),
    );
    if range.contains(&density) {
        return Vec::new();
    }
    vec![Violation::new(
        body_position(cx),
        format!(
            "the keyphrase « {} » has a density of {density} % ({} in {} words, subheadings included; expected {} % to {} %)",
            keyphrase.text, cx.measures.keyphrase_occurrences, cx.measures.words + cx.measures.heading_words, range.start(), range.end()
        ),
    )]
}

#[cfg(test)]
mod tests {
    use super::super::testing::{lines, violations};
    use super::*;

    #[test]
    fn keyphrase_present_needs_content_words() {
        assert_eq!(
            lines(&KEYPHRASE_PRESENT, "---\ntitle: \"T\"\n---\n"),
            vec![1]
        );
        assert_eq!(
            lines(
                &KEYPHRASE_PRESENT,
                "---\ntitle: \"T\"\nkeyphrase: \"de la\"\n---\n"
            ),
            vec![3]
        );
        assert!(lines(&KEYPHRASE_PRESENT, "---\nkeyphrase: \"Minsk\"\n---\n").is_empty());
    }

    #[test]
    fn first_paragraph_keyphrase_reads_the_lede() {
        let fm = "---\nkeyphrase: \"armes nucléaires\"\n---\n\n";
        assert!(lines(
            &FIRST_PARAGRAPH_KEYPHRASE,
            &format!("{fm}Une arme nucléaire arrive.\n\nEnsuite.")
        )
        .is_empty());
        assert_eq!(
            lines(
                &FIRST_PARAGRAPH_KEYPHRASE,
                &format!("{fm}Une arme arrive.\n\nLes armes nucléaires.")
            ),
            vec![5]
        );
    }

    #[test]
    fn subheading_keyphrase_needs_one_h2() {
        let fm = "---\nkeyphrase: \"Minsk\"\n---\n\nTexte.\n\n";
        assert!(lines(
            &SUBHEADING_KEYPHRASE,
            &format!("{fm}## Contexte\n\nA.\n\n## Ce que veut Minsk\n\nB.")
        )
        .is_empty());
        assert_eq!(
            lines(
                &SUBHEADING_KEYPHRASE,
                &format!("{fm}## Contexte\n\nA.\n\n## Sources\n\n- Minsk")
            ),
            vec![7]
        );
        assert!(lines(&SUBHEADING_KEYPHRASE, &format!("{fm}Rien.")).is_empty());
    }

    #[test]
    fn keyphrase_density_is_a_range() {
        let fm = "---\nkeyphrase: \"Minsk\"\n---\n\n";
        let filler = "Le pays avance vers un accord commercial large et durable. ".repeat(10);
        // 1 occurrence in 102 words: 0.98 %.
        assert!(lines(&KEYPHRASE_DENSITY, &format!("{fm}Minsk signe. {filler}")).is_empty());
        // 0 occurrences: 0 %.
        assert_eq!(lines(&KEYPHRASE_DENSITY, &format!("{fm}{filler}")), vec![5]);
        // Le Monde's insults to presidents: the intertitle "2023 : Emmanuel Macron insulté"
        // names him as the text does; 1 in 100 + 2 words, not 0 in 100.
        let body = "Le pays avance vers un accord commercial large et durable. ".repeat(10);
        let with_heading = format!("{fm}## Minsk insulté\n\n{body}");
        assert!(lines(&KEYPHRASE_DENSITY, &with_heading).is_empty());
        let sources = format!("{fm}{body}\n\n## Sources\n\n- Minsk\n");
        assert_eq!(lines(&KEYPHRASE_DENSITY, &sources), vec![5]);
        // 5 occurrences in 16 words.
        let found = violations(&KEYPHRASE_DENSITY, &format!("{fm}Minsk parle. Minsk répond. Minsk signe. Minsk part. Minsk reste. Le pays avance vers un accord."));
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .1
                .contains("density of 31.25 % (5 in 16 words, subheadings included"),
            "{}",
            found[0].1
        );
    }

    #[test]
    fn keyphrase_density_range_is_weighed_by_length() {
        // One occurrence in 255 words: 0.39 %, enough for two content words (0.37 % at least),
        // not for one (0.48 %).
        let filler = "Le pays avance vers un accord commercial large et durable. ".repeat(25);
        let body = format!("Le traité de Minsk tient. {filler}");
        let two = format!("---\nkeyphrase: \"traité de Minsk\"\n---\n\n{body}");
        assert!(lines(&KEYPHRASE_DENSITY, &two).is_empty());
        let one = format!("---\nkeyphrase: \"Minsk\"\n---\n\n{body}");
        let found = violations(&KEYPHRASE_DENSITY, &one);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].1.contains("expected 0.48 % to 2.9 %"),
            "{}",
            found[0].1
        );
    }
}
