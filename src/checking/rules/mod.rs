//! The rules `check` applies, each with a stable id, a default severity and a one-paragraph
//! doc saying what it checks, why, and where its threshold comes from.
//!
//! A rule is data ([`Rule`]) plus a plain function from the parsed draft to violations; the
//! engine in [`super`] attaches the id, the configured severity and the inline directives. Rules
//! are grouped in files by what they look at, one `const` item per rule with its check function
//! and its own tests beside it.

mod directive;
mod headings;
mod keyphrase;
pub mod language;
mod length;
mod meta;
mod noise;
mod readability;
mod slug;
mod title;
pub mod typography;

use super::config::Settings;
use super::document::Document;
use super::measures::Measures;
use super::position::Position;
use super::report::Severity;

/// A rule: what `redac rules` lists and `redac explain` prints, and the check itself.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable id, used in output, configuration and inline directives.
    pub id: &'static str,
    pub severity: Severity,
    /// One line for `redac rules`.
    pub summary: &'static str,
    /// What the rule checks, why, the threshold and its source.
    pub doc: &'static str,
    pub check: fn(&Context) -> Vec<Violation>,
}

/// What a rule looks at: the draft, its measured figures and the settings in force.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub doc: &'a Document,
    pub measures: &'a Measures,
    pub settings: &'a Settings,
}

/// One place where a draft breaks a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    pub position: Position,
    pub message: String,
}

impl Violation {
    pub fn new(position: Position, message: impl Into<String>) -> Self {
        Violation {
            position,
            message: message.into(),
        }
    }
}

/// Every rule, in the order `redac rules` lists them and findings on one line are sorted.
pub static RULES: &[Rule] = &[
    length::MIN_WORDS,
    language::LANGUAGE,
    title::TITLE_PRESENT,
    title::TITLE_LENGTH,
    title::TITLE_KEYPHRASE,
    title::TITLE_KEYPHRASE_START,
    title::SINGLE_TITLE,
    headings::SUBHEADING_PRESENT,
    length::SECTION_LENGTH,
    headings::HEADING_INCREMENT,
    meta::META_DESCRIPTION_PRESENT,
    meta::META_DESCRIPTION_LENGTH,
    meta::META_DESCRIPTION_KEYPHRASE,
    slug::SLUG_PRESENT,
    slug::SLUG_FORMAT,
    slug::SLUG_KEYPHRASE,
    keyphrase::KEYPHRASE_PRESENT,
    keyphrase::FIRST_PARAGRAPH_KEYPHRASE,
    keyphrase::SUBHEADING_KEYPHRASE,
    keyphrase::KEYPHRASE_DENSITY,
    noise::SCRAPING_NOISE,
    noise::LOST_WORD,
    headings::EMPTY_SECTION,
    length::PARAGRAPH_LENGTH,
    length::LONG_SENTENCES,
    readability::READING_EASE,
    readability::PASSIVE_VOICE,
    readability::TRANSITION_WORDS,
    readability::SENTENCE_BEGINNINGS,
    headings::DUPLICATE_HEADING,
    typography::STRAIGHT_APOSTROPHE,
    typography::NO_BREAK_SPACE,
    typography::FRENCH_QUOTES,
    typography::ELLIPSIS,
    typography::EMOJI,
    typography::ENCODED_TWICE,
    directive::UNKNOWN_DIRECTIVE,
];

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|rule| rule.id == id)
}

#[cfg(test)]
pub(crate) mod testing {
    //! Run one rule on a Markdown string, as the rule tests do.

    use super::*;

    /// (line, message) of each violation of `rule` in `markdown`, with `settings`.
    pub fn violations_with(
        rule: &Rule,
        markdown: &str,
        settings: &Settings,
    ) -> Vec<(usize, String)> {
        let doc = Document::parse(markdown).expect("test draft parses");
        let measures = Measures::of(&doc, settings);
        let cx = Context {
            doc: &doc,
            measures: &measures,
            settings,
        };
        (rule.check)(&cx)
            .into_iter()
            .map(|v| (v.position.line, v.message))
            .collect()
    }

    /// (line, message) of each violation of `rule` in `markdown`, with default settings.
    pub fn violations(rule: &Rule, markdown: &str) -> Vec<(usize, String)> {
        violations_with(rule, markdown, &Settings::default())
    }

    /// Lines of the violations only.
    pub fn lines(rule: &Rule, markdown: &str) -> Vec<usize> {
        violations(rule, markdown)
            .into_iter()
            .map(|(line, _)| line)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_kebab_case_and_documented() {
        let mut seen = HashSet::new();
        for rule in RULES {
            assert!(seen.insert(rule.id), "duplicate id {}", rule.id);
            assert!(
                rule.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                rule.id
            );
            assert!(rule.doc.len() > 150, "{} needs a real doc", rule.id);
            assert!(
                !rule.summary.is_empty() && !rule.summary.contains('\n'),
                "{}",
                rule.id
            );
        }
    }

    #[test]
    fn warnings_are_the_style_rules_and_the_seo_recommendations() {
        let warnings: Vec<&str> = RULES
            .iter()
            .filter(|r| r.severity == Severity::Warning)
            .map(|r| r.id)
            .collect();
        assert_eq!(
            warnings,
            [
                "title-keyphrase-start",
                "subheading-keyphrase",
                "lost-word",
                "paragraph-length",
                "long-sentences",
                "reading-ease",
                "passive-voice",
                "transition-words",
                "sentence-beginnings",
                "straight-apostrophe",
                "no-break-space",
                "french-quotes",
                "ellipsis",
                "emoji",
                "unknown-directive"
            ]
        );
    }

    #[test]
    fn find_knows_every_rule() {
        assert_eq!(find("min-words").map(|r| r.id), Some("min-words"));
        assert!(find("MD001").is_none());
    }
}
