//! French typography rules: the conventions `rewrite` applies (see redac's typography module),
//! checked on drafts that were written or edited by hand. All are warnings: they do not stop a
//! publication, but a French reader notices them.

use super::{Context, Rule, Violation};
use crate::checking::position::Position;
use crate::checking::report::Severity;
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

pub const STRAIGHT_APOSTROPHE: Rule = Rule {
    id: "straight-apostrophe",
    severity: Severity::Warning,
    summary: "Apostrophes are typographic (’), not straight (').",
    doc: "Fails for each straight apostrophe (') between two letters, as in \"l'armée\", in the text \
of the body and its headings (not in inline code). French typography, and every French news \
site, uses the typographic apostrophe ’ (U+2019); a straight one is the mark of text typed on a \
keyboard and pasted unedited. `rewrite` writes ’ everywhere.",
    check: straight_apostrophe,
};

fn straight_apostrophe(cx: &Context) -> Vec<Violation> {
    find_in_prose(cx, &STRAIGHT_APOSTROPHE_PATTERN)
        .into_iter()
        .map(|(position, _)| Violation::new(position, "straight apostrophe: write ’ (U+2019)"))
        .collect()
}

/// A straight apostrophe between letters.
static STRAIGHT_APOSTROPHE_PATTERN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{L}(?<at>')\p{L}").expect("pattern"));

pub const NO_BREAK_SPACE: Rule = Rule {
    id: "no-break-space",
    severity: Severity::Warning,
    summary: "A no-break space comes before : ; ! and ?.",
    doc:
        "Fails for each colon, semicolon, exclamation or question mark that follows a word without \
a no-break space: with no space at all (\"dit:\") or with an ordinary one, which lets a line \
break leave the mark alone at the start of the next line. French typography (the Imprimerie \
nationale's Lexique des règles typographiques) puts a no-break space (U+00A0) before `:` and a \
narrow one (U+202F) before `;`, `!` and `?`; either is accepted. Times (11:53) and URLs are \
left alone.",
    check: no_break_space,
};

/// High punctuation after a word, with whatever spaces sit between; the `mark` group is the
/// punctuation. Digits and `:` or `/` before it (times, URLs, "?!") are not French prose.
static HIGH_PUNCTUATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[^\s\d:/;!?](?<space>[ \u{a0}\u{202f}]*)(?<mark>[:;!?])(?:\s|$|»)")
        .expect("pattern")
});

fn no_break_space(cx: &Context) -> Vec<Violation> {
    let mut violations = Vec::new();
    for block in &cx.doc.blocks {
        for (offset, text) in block.prose_runs() {
            for caps in HIGH_PUNCTUATION.captures_iter(text) {
                if matches!(&caps["space"], "\u{a0}" | "\u{202f}") {
                    continue;
                }
                let mark = caps.name("mark").expect("mark group");
                violations.push(Violation::new(
                    cx.doc.position_in(block, offset + mark.start()),
                    format!("no no-break space before « {} »", mark.as_str()),
                ));
            }
        }
    }
    violations
}

pub const FRENCH_QUOTES: Rule = Rule {
    id: "french-quotes",
    severity: Severity::Warning,
    summary: "Quotations use « guillemets », not << >> or straight quotes.",
    doc: "Fails for each `<<` or `>>` standing in for « and », and for each straight double quote \
(\"), in the text of the body and its headings (not in inline code). French quotes are \
guillemets « … » with a no-break space inside; `<<` is what a keyboard without them produces, \
and straight quotes are English usage. `rewrite` turns both into guillemets.",
    check: french_quotes,
};

/// `<<` and `>>` are searched in the Markdown source: CommonMark reads `<<non>>` as the HTML
/// tag `<non>` and drops it from the text, which is one more reason to flag it.
static ASCII_GUILLEMETS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<<|>>").expect("pattern"));
static STRAIGHT_DOUBLE_QUOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?<at>")"#).expect("pattern"));

fn french_quotes(cx: &Context) -> Vec<Violation> {
    let mut found: BTreeMap<Position, &str> = BTreeMap::new();
    for block in cx.doc.blocks.iter() {
        for (start, source) in cx.doc.source_of(block) {
            for m in ASCII_GUILLEMETS.find_iter(source) {
                let message = if m.as_str() == "<<" {
                    "« written as <<: use « (U+00AB)"
                } else {
                    "» written as >>: use » (U+00BB)"
                };
                found.insert(cx.doc.position(start + m.start()), message);
            }
        }
    }
    for (position, _) in find_in_prose(cx, &STRAIGHT_DOUBLE_QUOTE) {
        found.insert(position, "straight double quote: use « guillemets »");
    }
    found
        .into_iter()
        .map(|(position, message)| Violation::new(position, message))
        .collect()
}

/// Each match of `pattern`'s `at` group in the prose (not inline code) of every block, with
/// its position in the file.
fn find_in_prose<'a>(cx: &Context<'a>, pattern: &Regex) -> Vec<(Position, &'a str)> {
    let mut found = Vec::new();
    for block in &cx.doc.blocks {
        for (offset, text) in block.prose_runs() {
            for caps in pattern.captures_iter(text) {
                let at = caps.name("at").expect("an `at` group");
                found.push((cx.doc.position_in(block, offset + at.start()), at.as_str()));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::testing::{lines, violations};
    use super::*;

    #[test]
    fn straight_apostrophes_between_letters_are_flagged_at_their_column() {
        let found = violations(
            &STRAIGHT_APOSTROPHE,
            "\nL’armée d'un pays, `l'code`, 'cité'.",
        );
        assert_eq!(
            found,
            vec![(2, "straight apostrophe: write ’ (U+2019)".to_string())]
        );
        let doc = crate::checking::document::Document::parse("Texte d'un").unwrap();
        let settings = crate::checking::config::Settings::default();
        let measures = crate::checking::measures::Measures::of(&doc, &settings);
        let cx = Context {
            doc: &doc,
            measures: &measures,
            settings: &settings,
        };
        assert_eq!(
            (STRAIGHT_APOSTROPHE.check)(&cx)[0].position,
            Position::new(1, 8)
        );
    }

    #[test]
    fn high_punctuation_needs_a_no_break_space() {
        assert_eq!(
            lines(&NO_BREAK_SPACE, "Il a dit : non ; vraiment ? Oui!"),
            vec![1, 1, 1, 1]
        );
        assert!(lines(
            &NO_BREAK_SPACE,
            "Il a dit\u{a0}: non\u{202f}; vraiment\u{202f}? Oui\u{202f}!"
        )
        .is_empty());
        assert!(lines(
            &NO_BREAK_SPACE,
            "À 11:53, voir https://exemple.fr ou quoi\u{202f}?!"
        )
        .is_empty());
    }

    #[test]
    fn ascii_quotes_are_flagged() {
        let found = violations(
            &FRENCH_QUOTES,
            "Il a dit <<non>> puis \"oui\".\n\n## «\u{a0}Bien\u{a0}»\n",
        );
        let kinds: Vec<(usize, &str)> = found
            .iter()
            .map(|(line, m)| (*line, m.split(' ').next().unwrap()))
            .collect();
        assert_eq!(
            kinds,
            [(1, "«"), (1, "»"), (1, "straight"), (1, "straight")]
        );
        let nested = violations(&FRENCH_QUOTES, "- un <<a>>\n  - deux\n");
        assert_eq!(
            nested.len(),
            2,
            "nested list items are reported once: {nested:?}"
        );
    }
}
