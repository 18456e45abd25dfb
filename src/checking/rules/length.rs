//! Length rules: the body as a whole, its sections, paragraphs and sentences.

use super::{Context, Rule, Violation};
use crate::checking::document::Block;
use crate::checking::report::Severity;

pub const MIN_WORDS: Rule = Rule {
    id: "min-words",
    severity: Severity::Error,
    summary: "The body has at least the brief's number of words (700).",
    doc: "Counts the words of the body (paragraphs and list items; not the front matter, not \
headings, not the final \"Sources\" list) by the rule of redac's segmenting module, the one \
`rewrite` reports, and fails when there are fewer than `min-words`. The default, 700, is the \
length the editors' brief asks for (\"create at least 700 words\"); it is also well over \
Yoast's 300-word floor for a post, under which search engines see thin content. The finding \
points at the first block of the body.",
    check: min_words,
};

fn min_words(cx: &Context) -> Vec<Violation> {
    let min = cx.settings.thresholds.min_words;
    let words = cx.measures.words;
    if words >= min {
        return Vec::new();
    }
    vec![Violation::new(
        body_position(cx),
        format!(
            "the body has {words} word{}, under the {min} the brief asks for",
            if words == 1 { "" } else { "s" }
        ),
    )]
}

pub const SECTION_LENGTH: Rule = Rule {
    id: "section-length",
    severity: Severity::Error,
    summary: "No stretch of over 300 words without a subheading.",
    doc: "Adds up the words of the paragraphs between one heading and the next (the lede counts \
as the stretch before the first heading) and fails when a stretch has more than \
`section-max-words`. Readers scan a long article by its subheadings; a wall of text loses them. \
The default, 300, is Yoast's subheading-distribution threshold. The finding points at the \
heading that opens the section (or the lede's first line). Skipped when the body has no H2 at \
all: subheading-present reports that, and one finding is enough.",
    check: section_length,
};

fn section_length(cx: &Context) -> Vec<Violation> {
    let max = cx.settings.thresholds.section_max_words;
    if cx.doc.body_headings(2).next().is_none() {
        return Vec::new();
    }
    sections(cx)
        .into_iter()
        .filter(|section| section.words > max)
        .map(|section| {
            let name = section
                .heading
                .map_or("the lede".to_string(), |h| format!("« {} »", h.text));
            Violation::new(
                section.start,
                format!(
                    "{name} runs {} words without a subheading (at most {max})",
                    section.words
                ),
            )
        })
        .collect()
}

/// A stretch of body between headings.
struct Section<'a> {
    heading: Option<&'a Block>,
    start: crate::checking::position::Position,
    words: usize,
}

/// The body cut at every heading, the "Sources" section left out.
fn sections<'a>(cx: &Context<'a>) -> Vec<Section<'a>> {
    let mut sections: Vec<Section<'a>> = Vec::new();
    for block in cx.doc.blocks.iter().filter(|b| !b.in_sources) {
        if block.heading_level().is_some() {
            sections.push(Section {
                heading: Some(block),
                start: block.position,
                words: 0,
            });
            continue;
        }
        if sections.is_empty() {
            sections.push(Section {
                heading: None,
                start: block.position,
                words: 0,
            });
        }
        sections.last_mut().expect("a section").words += block.words;
    }
    sections
}

pub const PARAGRAPH_LENGTH: Rule = Rule {
    id: "paragraph-length",
    severity: Severity::Warning,
    summary: "No paragraph of over 150 words.",
    doc: "Fails for each paragraph (or list item) of more than `paragraph-max-words` words. Long \
paragraphs read badly on a phone, where most news is read. The default, 150, is Yoast's \
paragraph-length threshold. A warning: splitting a paragraph is an editor's call, not a \
structural defect.",
    check: paragraph_length,
};

fn paragraph_length(cx: &Context) -> Vec<Violation> {
    let max = cx.settings.thresholds.paragraph_max_words;
    cx.doc
        .prose()
        .filter_map(|block| {
            let words = block.words;
            (words > max).then(|| {
                Violation::new(
                    block.position,
                    format!("paragraph of {words} words (at most {max})"),
                )
            })
        })
        .collect()
}

pub const LONG_SENTENCES: Rule = Rule {
    id: "long-sentences",
    severity: Severity::Warning,
    summary: "At most 25 % of sentences have over 20 words.",
    doc: "Splits the body into sentences with redac's sentence splitter (which knows French \
abbreviations and keeps a quotation with its attribution) and fails when more than \
`long-sentences-max-percent` of them have more than `sentence-max-words` words. Long sentences \
are the first thing that makes news copy hard to read. The defaults, 20 words and 25 %, are \
Yoast's sentence-length assessment. The finding points at the first long sentence.",
    check: long_sentences,
};

fn long_sentences(cx: &Context) -> Vec<Violation> {
    let t = &cx.settings.thresholds;
    let total = cx.measures.sentences.len();
    let long: Vec<_> = cx.measures.long_sentences(t.sentence_max_words).collect();
    if total == 0 || long.is_empty() {
        return Vec::new();
    }
    let percent = long.len() as f64 * 100.0 / total as f64;
    if percent <= t.long_sentences_max_percent {
        return Vec::new();
    }
    vec![Violation::new(
        long[0].position,
        format!(
            "{percent:.0} % of sentences ({} of {total}) have over {} words (at most {} %)",
            long.len(),
            t.sentence_max_words,
            t.long_sentences_max_percent
        ),
    )]
}

/// Where findings about the whole body point: its first paragraph (not a title heading), or
/// else its first block, or else the line after the front matter.
pub(super) fn body_position(cx: &Context) -> crate::checking::position::Position {
    cx.doc
        .prose()
        .next()
        .or_else(|| cx.doc.blocks.first())
        .map_or(cx.doc.body_start, |b| b.position)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{lines, violations, violations_with};
    use super::*;
    use crate::checking::config::Settings;

    fn words(n: usize) -> String {
        vec!["mot"; n].join(" ")
    }

    fn settings(change: impl FnOnce(&mut Settings)) -> Settings {
        let mut settings = Settings::default();
        change(&mut settings);
        settings
    }

    #[test]
    fn min_words_counts_the_body_only() {
        let short = format!(
            "---\ntitle: \"{}\"\n---\n\n{}.\n\n## {}\n",
            words(10),
            words(5),
            words(10)
        );
        let at_least = |n| settings(|s| s.thresholds.min_words = n);
        let found = violations_with(&MIN_WORDS, &short, &at_least(6));
        assert_eq!(
            found,
            vec![(
                5,
                "the body has 5 words, under the 6 the brief asks for".to_string()
            )]
        );
        assert!(violations_with(&MIN_WORDS, &short, &at_least(5)).is_empty());
    }

    #[test]
    fn min_words_ignores_the_sources_list() {
        let draft = "Un deux trois.\n\n## Sources\n\n- Quatre cinq six — sept\n";
        let found = violations_with(&MIN_WORDS, draft, &settings(|s| s.thresholds.min_words = 4));
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn section_length_flags_the_heading_of_a_long_section() {
        let draft = format!(
            "{}\n\n## Court\n\n{}\n\n## Long\n\n{}\n\n{}\n",
            words(10),
            words(10),
            words(200),
            words(101)
        );
        assert_eq!(lines(&SECTION_LENGTH, &draft), vec![7]);
        let lede = format!("{}\n\n## Suite\n", words(301));
        let no_subheading = words(400);
        assert!(lines(&SECTION_LENGTH, &no_subheading).is_empty());
        assert_eq!(
            violations(&SECTION_LENGTH, &lede)[0].1,
            "the lede runs 301 words without a subheading (at most 300)"
        );
    }

    #[test]
    fn paragraph_length_flags_each_long_paragraph() {
        let draft = format!("{}\n\n{}\n\n{}\n", words(151), words(150), words(160));
        assert_eq!(lines(&PARAGRAPH_LENGTH, &draft), vec![1, 5]);
    }

    #[test]
    fn long_sentences_fires_over_a_quarter() {
        let long = format!("Mot {}.", words(20));
        let short = "Une phrase courte.";
        let one_in_four = format!("{long} {short} {short} {short}");
        assert!(lines(&LONG_SENTENCES, &one_in_four).is_empty());
        let two_in_four = format!("{short} {long} {long} {short}");
        let found = violations(&LONG_SENTENCES, &two_in_four);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].1.starts_with("50 % of sentences (2 of 4)"),
            "{}",
            found[0].1
        );
    }
}
