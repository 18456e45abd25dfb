//! The unknown-directive rule: inline directives that do not do what their writer meant.

use super::{Context, Rule, Violation};
use crate::checking::position::Position;
use crate::checking::report::Severity;

pub const UNKNOWN_DIRECTIVE: Rule = Rule {
    id: "unknown-directive",
    severity: Severity::Warning,
    summary: "Inline directives name known rules and forms.",
    doc: "Fails for each rule id in a `<!-- redac-… -->` comment that no rule has (`redac rules` \
lists them), and for each such comment whose form is not one of redac-disable, redac-enable, \
redac-disable-line, redac-disable-next-line, redac-disable-file or redac-enable-file. A \
misspelt id (`<!-- redac-disable frnch-quotes -->`) switches nothing off, and without this \
warning the writer would see the finding stay with no hint why; markdownlint and ruff report \
unknown ids in their comments for the same reason. The known ids of the comment still apply.",
    check: unknown_directive,
};

fn unknown_directive(cx: &Context) -> Vec<Violation> {
    cx.doc
        .directives
        .unknown
        .iter()
        .map(|u| Violation::new(Position::new(u.line, 1), u.message.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::violations;
    use super::*;

    #[test]
    fn a_misspelt_id_is_named_on_its_line() {
        let found = violations(
            &UNKNOWN_DIRECTIVE,
            "Texte.\n\n<!-- redac-disable frnch-quotes -->\n\nSuite.\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, 3);
        assert!(found[0].1.contains("'frnch-quotes'"), "{}", found[0].1);
    }

    #[test]
    fn an_unknown_form_is_reported_and_known_ones_are_not() {
        let found = violations(
            &UNKNOWN_DIRECTIVE,
            "Texte <!-- redac-disable-lines x --> et <!-- redac-disable-line min-words -->.\n",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains("redac-disable-lines"));
    }
}
