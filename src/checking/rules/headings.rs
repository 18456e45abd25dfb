//! Heading rules: the structure readers scan and search engines outline.

use super::length::body_position;
use super::{Context, Rule, Violation};
use crate::checking::report::Severity;
use std::collections::HashSet;

pub const SUBHEADING_PRESENT: Rule = Rule {
    id: "subheading-present",
    severity: Severity::Error,
    summary: "A body longer than one section has at least one H2 subheading.",
    doc: "Fails when the body has more than `section-max-words` words (300 by default) and no H2 \
heading (the final \"Sources\" heading does not count). The brief asks for subheadings (\"let \
there be subheadings\"), and a 700-word article without them is a wall of text for readers and \
has no outline for search engines. A body no longer than one section needs none: section-length \
would accept it as the stretch before a first heading, and Yoast's subheading distribution says \
of such a text that it \"is short enough and probably doesn't need them\" (a 200-word brief \
under an intertitle reads like a form, not an article). The finding points at the first block \
of the body.",
    check: subheading_present,
};

fn subheading_present(cx: &Context) -> Vec<Violation> {
    let one_section = cx.measures.words <= cx.settings.thresholds.section_max_words;
    if one_section || cx.doc.body_headings(2).next().is_some() {
        return Vec::new();
    }
    vec![Violation::new(
        body_position(cx),
        "no H2 subheading in the body",
    )]
}

pub const HEADING_INCREMENT: Rule = Rule {
    id: "heading-increment",
    severity: Severity::Error,
    summary: "Heading levels go down one at a time (H1, then H2, then H3).",
    doc: "Fails for each heading more than one level below the heading before it; the title \
counts as the H1 the body starts under, so an H3 straight after the title is a jump. Skipped \
levels break the document outline that screen readers and search engines build from headings. \
This is markdownlint's MD001 (heading-increment).",
    check: heading_increment,
};

fn heading_increment(cx: &Context) -> Vec<Violation> {
    let mut previous = 1u8;
    let mut violations = Vec::new();
    for heading in cx.doc.headings() {
        let level = heading.heading_level().expect("a heading");
        if level > previous + 1 {
            violations.push(Violation::new(
                heading.position,
                format!(
                    "H{level} « {} » comes after an H{previous}: expected H{}",
                    heading.text,
                    previous + 1
                ),
            ));
        }
        previous = level;
    }
    violations
}

pub const EMPTY_SECTION: Rule = Rule {
    id: "empty-section",
    severity: Severity::Error,
    summary: "No heading is followed directly by a heading of the same or a higher level.",
    doc:
        "Fails for each heading with nothing under it: the next block is a heading of the same or \
a higher level, or the end of the draft. An empty section is usually a paragraph lost in an \
edit, or a subheading left from an outline; either way the reader meets a heading that \
promises something and delivers nothing. A heading followed by a subheading is not empty.",
    check: empty_section,
};

fn empty_section(cx: &Context) -> Vec<Violation> {
    let blocks = &cx.doc.blocks;
    blocks
        .iter()
        .enumerate()
        .filter_map(|(i, block)| {
            let level = block.heading_level()?;
            let is_empty = match blocks.get(i + 1).map(|next| next.heading_level()) {
                None => true,
                Some(Some(next_level)) => next_level <= level,
                Some(None) => false,
            };
            is_empty.then(|| {
                Violation::new(
                    block.position,
                    format!("the section « {} » is empty", block.text),
                )
            })
        })
        .collect()
}

pub const DUPLICATE_HEADING: Rule = Rule {
    id: "duplicate-heading",
    severity: Severity::Error,
    summary: "No two headings have the same text.",
    doc: "Fails for each heading whose text (ignoring case and surrounding space) repeats an \
earlier heading's. Two sections with one name confuse readers scanning the outline, produce \
clashing anchors in the rendered page, and usually mean a section was pasted twice. This is \
markdownlint's MD024 (no-duplicate-heading); the finding points at the repeat.",
    check: duplicate_heading,
};

fn duplicate_heading(cx: &Context) -> Vec<Violation> {
    let mut seen = HashSet::new();
    cx.doc
        .headings()
        .filter(|heading| !seen.insert(heading.text.trim().to_lowercase()))
        .map(|heading| {
            Violation::new(
                heading.position,
                format!("the heading « {} » is used twice", heading.text),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{lines, violations};
    use super::*;

    #[test]
    fn subheading_present_ignores_the_sources_heading() {
        let long = "Le texte court encore. ".repeat(80);
        let with = format!("{long}\n\n## Partie\n\n{long}");
        assert!(lines(&SUBHEADING_PRESENT, &with).is_empty());
        assert_eq!(
            lines(
                &SUBHEADING_PRESENT,
                &format!("\n{long}\n\n## Sources\n\n- a\n")
            ),
            vec![2]
        );
    }

    #[test]
    fn a_body_no_longer_than_one_section_needs_no_subheading() {
        let words = |n: usize| "mot ".repeat(n);
        assert!(lines(&SUBHEADING_PRESENT, &words(300)).is_empty());
        assert_eq!(lines(&SUBHEADING_PRESENT, &words(301)), vec![1]);
    }

    #[test]
    fn heading_increment_counts_the_title_as_h1() {
        assert!(lines(&HEADING_INCREMENT, "Texte.\n\n## A\n\n### B\n\n## C\n").is_empty());
        assert_eq!(lines(&HEADING_INCREMENT, "Texte.\n\n### A\n"), vec![3]);
        let found = violations(&HEADING_INCREMENT, "## A\n\n#### B\n");
        assert_eq!(
            found,
            vec![(3, "H4 « B » comes after an H2: expected H3".to_string())]
        );
    }

    #[test]
    fn empty_section_needs_content_or_a_subheading() {
        assert!(lines(&EMPTY_SECTION, "## A\n\n### B\n\nTexte.").is_empty());
        assert_eq!(
            lines(&EMPTY_SECTION, "## A\n\n## B\n\nTexte.\n\n## C\n"),
            vec![1, 7]
        );
    }

    #[test]
    fn duplicate_heading_flags_the_repeat() {
        assert_eq!(
            lines(
                &DUPLICATE_HEADING,
                "## Contexte\n\nA.\n\n## Suite\n\nB.\n\n## contexte \n\nC.\n"
            ),
            vec![9]
        );
    }
}
