//! The language rule, and the language codes it understands.

use super::length::body_position;
use super::{Context, Rule, Violation};
use crate::checking::report::Severity;

pub const LANGUAGE: Rule = Rule {
    id: "language",
    severity: Severity::Error,
    summary: "The body is written in the brief's language (fr).",
    doc: "Detects the language of the body text with the detector `rewrite` uses (whatlang's \
trigram model on a bounded sample) and fails when it is not the configured `language` (default \
`fr`: redac writes French articles and the brief says \"be in french\"). It also fails when the \
front matter's `lang` field names another language, since that field is what the site puts in \
the page's `lang` attribute. A draft left in the source's language, or pasted in the wrong \
language, is caught here before it is published. A body too short for the detector to be sure \
of anything (confidence under 0.5, a few words) is not judged: min-words reports it.",
    check: language,
};

/// Below this detector confidence the body is too short to judge (a handful of words).
const MIN_CONFIDENCE: f64 = 0.5;

/// The whatlang (ISO 639-3) code for a configured language: an ISO 639-1 code ("fr") or an
/// ISO 639-3 code ("fra").
pub fn detector_code(code: &str) -> Option<&'static str> {
    let code = code.trim().to_lowercase();
    const ISO_639_1: &[(&str, &str)] = &[
        ("fr", "fra"),
        ("en", "eng"),
        ("de", "deu"),
        ("es", "spa"),
        ("it", "ita"),
        ("pt", "por"),
        ("nl", "nld"),
    ];
    ISO_639_1
        .iter()
        .find(|(short, _)| *short == code)
        .map(|(_, long)| *long)
        .or_else(|| whatlang::Lang::from_code(&code).map(|lang| lang.code()))
}

/// The ISO 639-1 form of a language code, to compare front matter `lang` values ("fr-FR").
fn primary_subtag(code: &str) -> String {
    code.split(['-', '_'])
        .next()
        .unwrap_or("")
        .trim()
        .to_lowercase()
}

fn language(cx: &Context) -> Vec<Violation> {
    let expected = &cx.settings.language;
    let expected_code = detector_code(expected);
    let mut violations = Vec::new();
    if let Some(lang) = cx.doc.field(|fm| fm.lang.as_ref()) {
        if detector_code(&primary_subtag(&lang.value)) != expected_code {
            violations.push(Violation::new(
                lang.position,
                format!(
                    "the front matter says lang \"{}\", the brief asks for {expected}",
                    lang.value
                ),
            ));
        }
    }
    if let Some(detected) = &cx.measures.language {
        if detected.confidence >= MIN_CONFIDENCE && Some(detected.code.as_str()) != expected_code {
            violations.push(Violation::new(
                body_position(cx),
                format!(
                    "the body reads as {} (confidence {:.2}), the brief asks for {expected}",
                    detected.name, detected.confidence
                ),
            ));
        }
    }
    violations
}

#[cfg(test)]
mod tests {
    use super::super::testing::{lines, violations};
    use super::*;

    const FRENCH: &str = "Le président russe Vladimir Poutine s’entretient à Moscou avec son homologue biélorusse sur l’élargissement des liens économiques entre les deux pays.";
    const ENGLISH: &str = "Russian President Vladimir Putin met his Belarusian counterpart in Moscow on Wednesday to discuss closer defence and economic ties between the two countries.";

    #[test]
    fn a_french_body_passes() {
        assert!(lines(&LANGUAGE, &format!("---\nlang: \"fr\"\n---\n\n{FRENCH}\n")).is_empty());
    }

    #[test]
    fn an_english_body_fails_at_its_first_block() {
        let found = violations(&LANGUAGE, &format!("---\ntitle: x\n---\n\n{ENGLISH}\n"));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, 5);
        assert!(found[0].1.contains("English"), "{}", found[0].1);
    }

    #[test]
    fn a_body_too_short_to_tell_is_not_judged() {
        assert!(lines(&LANGUAGE, "Texte.").is_empty());
    }

    #[test]
    fn a_foreign_lang_field_fails_at_its_line() {
        assert_eq!(
            lines(&LANGUAGE, &format!("---\nlang: en\n---\n\n{FRENCH}\n")),
            vec![2]
        );
        assert!(lines(&LANGUAGE, &format!("---\nlang: fr-FR\n---\n\n{FRENCH}\n")).is_empty());
    }

    #[test]
    fn codes_map_to_the_detector() {
        assert_eq!(detector_code("fr"), Some("fra"));
        assert_eq!(detector_code("fra"), Some("fra"));
        assert_eq!(detector_code("xx"), None);
    }
}
