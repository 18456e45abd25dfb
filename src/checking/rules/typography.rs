//! French typography rules: the conventions `rewrite` applies (see redac's typography module),
//! checked on drafts that were written or edited by hand, in the body and in the front
//! matter's title and description. All are warnings: they do not stop a publication, but a
//! French reader notices them. Each is mechanical, so each finding carries its mend, which
//! `check --fix` applies ([`FIXABLE`]).

use super::{Rule, Violation};
use crate::checking::document::Document;
use crate::checking::pieces::{self, Found, Piece};
use crate::checking::report::Severity;
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// What finds a rule's faults in a draft, with their mends.
pub type Finder = fn(&Document) -> Vec<Found>;

/// The rules whose findings can be mended, each with the function that finds them (and
/// their mends).
pub static FIXABLE: &[(&str, Finder)] = &[
    (STRAIGHT_APOSTROPHE.id, apostrophes),
    (NO_BREAK_SPACE.id, high_punctuation),
    (FRENCH_QUOTES.id, quotes),
    (ELLIPSIS.id, ellipses),
    (EMOJI.id, emoji),
    (ENCODED_TWICE.id, encoded_twice),
];

fn violations(found: Vec<Found>) -> Vec<Violation> {
    found
        .into_iter()
        .map(|f| Violation::new(f.position, f.message))
        .collect()
}

/// Each match of `pattern`'s `at` group in `pieces`, with `message` and `replacement`.
fn find_all(
    doc: &Document,
    pieces: &[Piece],
    pattern: &Regex,
    message: &str,
    replacement: &str,
) -> Vec<Found> {
    find_all_where(doc, pieces, pattern, |_, _| true, message, replacement)
}

/// [`find_all`], of the matches whose `at` group `keep` keeps, given the piece's text and
/// where the group starts in it.
fn find_all_where(
    doc: &Document,
    pieces: &[Piece],
    pattern: &Regex,
    keep: impl Fn(&str, usize) -> bool,
    message: &str,
    replacement: &str,
) -> Vec<Found> {
    let mut found = Vec::new();
    for piece in pieces {
        for caps in pattern.captures_iter(piece.text) {
            let at = caps.name("at").expect("an `at` group");
            if keep(piece.text, at.start()) {
                found.push(piece.found(doc, at.range(), message, Some(replacement.to_string())));
            }
        }
    }
    found
}

pub const STRAIGHT_APOSTROPHE: Rule = Rule {
    id: "straight-apostrophe",
    severity: Severity::Warning,
    summary: "Apostrophes are typographic (’), not straight (').",
    doc: "Fails for each straight apostrophe (') between two letters, as in \"l'armée\", or after \
an elided word glued to the quotation it opens, as in \"d'«agence»\", or to the bracket that \
closes an editor's insertion, as in \"(qu')on\", in the text of the body \
and its headings (not in inline code) and in the front matter's title and description. French \
typography, and every French news site, uses the typographic apostrophe ’ (U+2019); a straight \
one is the mark of text typed on a keyboard and pasted unedited. `rewrite` writes ’ \
everywhere; `check --fix` replaces each one.",
    check: |cx| violations(apostrophes(cx.doc)),
};

/// A straight apostrophe between letters.
static STRAIGHT_APOSTROPHE_PATTERN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{L}(?<at>')\p{L}").expect("pattern"));

/// A straight apostrophe after a letter, glued to the quotation mark it opens or to the
/// bracket that closes an editor's insertion ("(qu')on"): flagged when the word before is one
/// French elides, as the typography module that mends it decides (`elided_before`). Not
/// before a square bracket ("n'[avait]"), which `rewrite` mends too: the Markdown parser hands
/// the text on either side of one over as two runs, and a run is searched alone.
static APOSTROPHE_BEFORE_QUOTATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\p{L}(?<at>')[«"“)]"#).expect("pattern"));

fn apostrophes(doc: &Document) -> Vec<Found> {
    let message = "straight apostrophe: write ’ (U+2019)";
    let prose = pieces::prose(doc);
    let mut found = find_all(doc, &prose, &STRAIGHT_APOSTROPHE_PATTERN, message, "’");
    let elided = |text: &str, at: usize| crate::typography::elided_before(&text[..at]);
    found.extend(find_all_where(
        doc,
        &prose,
        &APOSTROPHE_BEFORE_QUOTATION,
        elided,
        message,
        "’",
    ));
    found.sort_by_key(|f| f.position);
    found
}

pub const NO_BREAK_SPACE: Rule = Rule {
    id: "no-break-space",
    severity: Severity::Warning,
    summary: "A no-break space comes before : ; ! and ?.",
    doc:
        "Fails for each colon, semicolon, exclamation or question mark that follows a word without \
a no-break space: with no space at all (\"dit:\") or with an ordinary one, which lets a line \
break leave the mark alone at the start of the next line. French typography (the Imprimerie \
nationale's Lexique des règles typographiques) puts a no-break space (U+00A0) before `:` and a \
narrow one (U+202F) before `;`, `!` and `?`; either is accepted, and `check --fix` writes \
those. A mark counts before white space, the end of the text, or what closes a quotation or \
an aside (», ”, \")\"). Times (11:53) and URLs are left alone; the front matter's title and \
description are checked too.",
    check: |cx| violations(high_punctuation(cx.doc)),
};

/// High punctuation after a word, with whatever spaces sit between; the `mark` group is the
/// punctuation. A figure takes its space as a word does ("300 : le nombre", "en 2023 ?"), as
/// `rewrite` sets it; `:` or `/` before it (times, URLs, "?!") are not French prose. A
/// thin space (U+2009) is one a line may break at, so it is faulted like a plain one.
static HIGH_PUNCTUATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[^\s:/;!?](?<space>[ \u{a0}\u{202f}\u{2009}]*)(?<mark>[:;!?])(?:\s|$|[»”)])")
        .expect("pattern")
});

fn high_punctuation(doc: &Document) -> Vec<Found> {
    let mut found = Vec::new();
    for piece in pieces::prose(doc) {
        for caps in HIGH_PUNCTUATION.captures_iter(piece.text) {
            if matches!(&caps["space"], "\u{a0}" | "\u{202f}") {
                continue;
            }
            let space = caps.name("space").expect("space group");
            let mark = caps.name("mark").expect("mark group");
            let nbsp = if mark.as_str() == ":" {
                '\u{a0}'
            } else {
                '\u{202f}'
            };
            let mut f = piece.found(
                doc,
                space.start()..mark.end(),
                format!("no no-break space before « {} »", mark.as_str()),
                Some(format!("{nbsp}{}", mark.as_str())),
            );
            f.position = piece.position(doc, mark.start());
            found.push(f);
        }
    }
    found
}

pub const FRENCH_QUOTES: Rule = Rule {
    id: "french-quotes",
    severity: Severity::Warning,
    summary: "Quotations use « guillemets », not << >>, straight quotes or English “ ”.",
    doc: "Fails for each `<<` or `>>` standing in for « and », for each straight double quote \
(\"), and for each English opening mark “ outside any « », in the text of the body and its \
headings (not in inline code) and in the front matter's title and description. French quotes \
are guillemets « … » with a no-break space inside; `<<` is what a keyboard without them \
produces, straight quotes and “ ” are English usage (French keeps “ ” for a quotation within a \
quotation: « il a dit “non” »). `rewrite` turns all three into guillemets; `check --fix` does \
for the first two, pairing straight quotes within a paragraph (a paragraph with an odd number \
of them is left for the writer).",
    check: |cx| violations(quotes(cx.doc)),
};

/// `<<` and `>>` are searched in the Markdown source: CommonMark reads `<<non>>` as the HTML
/// tag `<non>` and drops it from the text, which is one more reason to flag it.
static ASCII_GUILLEMETS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"<< ?| ?>>").expect("pattern"));
/// A straight double quote with the spaces inside the quotation next to it.
static STRAIGHT_DOUBLE_QUOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"" ?"#).expect("pattern"));

fn quotes(doc: &Document) -> Vec<Found> {
    let mut found: BTreeMap<_, Found> = BTreeMap::new();
    for piece in pieces::source(doc) {
        for m in ASCII_GUILLEMETS.find_iter(piece.text) {
            let (message, replacement) = if m.as_str().starts_with('<') {
                ("« written as <<: use « (U+00AB)", "«\u{a0}")
            } else {
                ("» written as >>: use » (U+00BB)", "\u{a0}»")
            };
            let mut f = piece.found(doc, m.range(), message, Some(replacement.into()));
            let mark = m.start() + usize::from(m.as_str().starts_with(' '));
            f.position = piece.position(doc, mark);
            found.insert(f.position, f);
        }
    }
    for f in straight_quotes(doc).into_iter().chain(english_quotes(doc)) {
        found.insert(f.position, f);
    }
    found.into_values().collect()
}

/// English quotation marks, “ ”, opening a quotation outside any « »: French sets a quotation
/// in guillemets and keeps “ ” for a quotation within one. Not fixed: the closing mark may be
/// in another paragraph.
fn english_quotes(doc: &Document) -> Vec<Found> {
    let prose = pieces::prose(doc);
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut group = None;
    for piece in &prose {
        if group != Some(piece.group) {
            (group, depth) = (Some(piece.group), 0);
        }
        for (at, c) in piece.text.char_indices() {
            match c {
                '«' => depth += 1,
                '»' => depth = depth.saturating_sub(1),
                '\u{201C}' if depth == 0 => {
                    let message = "English quotation mark “: use « guillemets »";
                    let mut f = piece.found(doc, at..at + c.len_utf8(), message, None);
                    f.position = piece.position(doc, at);
                    found.push(f);
                }
                _ => {}
            }
        }
    }
    found
}

/// Straight double quotes, paired within each block or field: the first opens, the next
/// closes. A block with an odd count is flagged without a mend.
fn straight_quotes(doc: &Document) -> Vec<Found> {
    let prose = pieces::prose(doc);
    let mut found = Vec::new();
    let mut group_start = 0;
    while group_start < prose.len() {
        let group = prose[group_start].group;
        let end = prose[group_start..]
            .iter()
            .position(|p| p.group != group)
            .map_or(prose.len(), |n| group_start + n);
        let matches: Vec<(&Piece, regex::Match)> = prose[group_start..end]
            .iter()
            .flat_map(|piece| {
                STRAIGHT_DOUBLE_QUOTE
                    .find_iter(piece.text)
                    .map(move |m| (piece, m))
            })
            .collect();
        let paired = matches.len() % 2 == 0;
        for (i, (piece, m)) in matches.iter().enumerate() {
            // A closing quote takes the space before it, not after.
            let (range, replacement) = if i % 2 == 0 {
                (m.range(), "«\u{a0}")
            } else {
                let before = piece.text[..m.start()].ends_with(' ');
                (m.start() - usize::from(before)..m.start() + 1, "\u{a0}»")
            };
            let replacement = paired.then(|| replacement.to_string());
            let message = "straight double quote: use « guillemets »";
            let mut f = piece.found(doc, range, message, replacement);
            f.position = piece.position(doc, m.start());
            found.push(f);
        }
        group_start = end;
    }
    found
}

pub const ELLIPSIS: Rule = Rule {
    id: "ellipsis",
    severity: Severity::Warning,
    summary: "An ellipsis is one character (…), not three dots.",
    doc: "Fails for each run of three full stops (...) in the text of the body and its headings (not \
in inline code) and in the front matter's title and description. French typography writes the \
points de suspension as one character, … (U+2026), which a line break cannot split and which \
`rewrite` writes; three dots are the mark of text typed on a keyboard. `check --fix` replaces \
each run.",
    check: |cx| violations(ellipses(cx.doc)),
};

static THREE_DOTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?<at>\.\.\.)").expect("pattern"));

fn ellipses(doc: &Document) -> Vec<Found> {
    let message = "three dots: write … (U+2026)";
    let prose = pieces::prose(doc);
    find_all(doc, &prose, &THREE_DOTS, message, "…")
}

pub const EMOJI: Rule = Rule {
    id: "emoji",
    severity: Severity::Warning,
    summary: "No emoji: a French article prints none.",
    doc: "Fails for each run of emoji in the text of the body and its headings (not in inline \
code) and in the front matter's title and description: a character Unicode draws as an emoji \
by default (📍, ✅, 🚧), or one the emoji selector U+FE0F follows (⚠️). A town hall's post or \
a club's announcement sets them before its lines and among its words; a paper prints none, and \
a search engine shows them in a title as the site's own. Signs of text stay: ★★★★☆, ©, →, ✓. \
`rewrite` leaves them out of its sources; `check --fix` takes each run out with the space it \
leaves (\"📍 Avenue de la République\" → \"Avenue de la République\").",
    check: |cx| violations(emoji(cx.doc)),
};

fn emoji(doc: &Document) -> Vec<Found> {
    let mut found = Vec::new();
    for piece in pieces::prose(doc) {
        for removal in crate::reading::pictographs::removals(piece.text) {
            let shown = piece.text[removal.range.clone()].trim();
            found.push(piece.found(
                doc,
                removal.range,
                format!("emoji « {shown} »: a French article prints none"),
                Some(removal.replacement.to_string()),
            ));
        }
    }
    found
}

pub const ENCODED_TWICE: Rule = Rule {
    id: "encoded-twice",
    severity: Severity::Error,
    summary: "No text encoded twice (\"rÃ©clusion\" for \"réclusion\").",
    doc: "Fails for each word holding characters encoded twice, in the text of the body and its \
headings (not in inline code) and in the front matter's title and description: UTF-8 read as \
Windows-1252 (or Latin-1) and saved as UTF-8 again, as a spreadsheet's export or an old CMS \
leaves a text (\"rÃ©clusion\", \"lâ€™Ã©lue\", \"Â« oui Â»\"). Every accented word is misspelt \
for the reader and for search engines; the file is valid UTF-8, so nothing else notices. Only \
runs whose bytes make a French character are taken (a letter of Latin-1 or Latin Extended-A, \
the general punctuation, €, ™), which French written right never holds; beside them, \"Ã\" \
before a space is \"à\" whose no-break space became a space. `rewrite` makes its sources whole \
as it reads them; `check --fix` mends each word (\"rÃ©servÃ©\" → \"réservé\").",
    check: |cx| violations(encoded_twice(cx.doc)),
};

fn encoded_twice(doc: &Document) -> Vec<Found> {
    let mut found = Vec::new();
    for piece in pieces::prose(doc) {
        let repairs = crate::reading::encoded_twice::repairs(piece.text);
        for word in words_encoded_twice(piece.text, &repairs) {
            let written = &piece.text[word.range.clone()];
            found.push(piece.found(
                doc,
                word.range,
                format!(
                    "encoded twice: « {written} » is « {} » (UTF-8 read as windows-1252)",
                    word.mended
                ),
                Some(word.mended),
            ));
        }
    }
    found
}

/// A word of a text holding runs encoded twice, and the word mended.
struct WordEncodedTwice {
    range: std::ops::Range<usize>,
    mended: String,
}

/// The words of `text` that `repairs` fall in, each once with all its repairs: a finding
/// for each run would flag a word of three accents three times.
fn words_encoded_twice(
    text: &str,
    repairs: &[crate::reading::encoded_twice::Repair],
) -> Vec<WordEncodedTwice> {
    let word_start = |at: usize| {
        text[..at]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(space, c)| space + c.len_utf8())
    };
    let word_end = |at: usize| {
        text[at..]
            .find(char::is_whitespace)
            .map_or(text.len(), |space| at + space)
    };
    let mut words = Vec::new();
    let mut first = 0;
    while let Some(repair) = repairs.get(first) {
        let start = word_start(repair.range.start);
        let mut end = word_end(repair.range.end);
        // The repairs after it that stand in the same word.
        let mut last = first + 1;
        while let Some(next) = repairs.get(last).filter(|next| next.range.start < end) {
            end = end.max(word_end(next.range.end));
            last += 1;
        }
        words.push(WordEncodedTwice {
            range: start..end,
            mended: crate::reading::encoded_twice::mended(text, start..end, &repairs[first..last]),
        });
        first = last;
    }
    words
}

#[cfg(test)]
mod tests {
    use super::super::testing::{lines, violations};
    use super::super::Context;
    use super::*;
    use crate::checking::position::Position;

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

    /// What `rewrite` mends, `check` flags: an elided word glued to the quotation it opens, or
    /// to the bracket closing an editor's insertion; not a word French does not elide, nor a
    /// quotation set apart.
    #[test]
    fn straight_apostrophes_before_a_quotation_are_flagged() {
        let found = violations(
            &STRAIGHT_APOSTROPHE,
            "La notion d'«\u{a0}agence\u{a0}», qu'\"il\", l'armée.\n\nLes Beatles' «\u{a0}Help\u{a0}», l' «\u{a0}x\u{a0}», (les Beatles') album.\n\nEt (qu')on discute.",
        );
        let lines: Vec<usize> = found.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [1, 1, 1, 5], "{found:?}");
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
        // After a figure as after a word: a box of key figures, a year asked.
        assert_eq!(
            lines(&NO_BREAK_SPACE, "300 : le nombre. En 2023 ? Oui."),
            vec![1, 1]
        );
        assert!(lines(&NO_BREAK_SPACE, "300\u{a0}: le nombre, en 2023\u{202f}?").is_empty());
        // A thin space may break the line before the mark.
        assert_eq!(
            lines(&NO_BREAK_SPACE, "Un procès pour l’exemple\u{2009}?"),
            vec![1]
        );
        // Before what closes an inner quotation or an aside, as before ».
        assert_eq!(
            lines(
                &NO_BREAK_SPACE,
                "«\u{a0}dire “rien !” Mais (pourquoi?) non\u{202f}!\u{a0}»"
            ),
            vec![1, 1]
        );
    }

    /// A town hall's post copied as it was: each run of emoji is flagged where it stands,
    /// the title's too; signs of text are not.
    #[test]
    fn emoji_are_flagged() {
        let found = violations(
            &EMOJI,
            "---\ntitle: \"📍 Avenue de la République\"\n---\n\n## 🔴 Info travaux 🚧\n\n⚠️ Le stationnement sera interdit ✅ dès dimanche.\n\nNote\u{a0}: ★★★★☆, photo © AFP, Paris → Lyon.\n",
        );
        let lines: Vec<usize> = found.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [2, 5, 5, 7, 7], "{found:?}");
        assert_eq!(found[0].1, "emoji « 📍 »: a French article prints none");
    }

    /// A story pasted from a spreadsheet's export: each word encoded twice is flagged once,
    /// with its mend, the title's too; French written right is not.
    #[test]
    fn words_encoded_twice_are_flagged_once_each() {
        let found = violations(
            &ENCODED_TWICE,
            "---\ntitle: \"Le dÃ©partement vote\"\n---\n\nJusquâ€™ici rÃ©servÃ© Ã  tous, Â« bien Â».\n\nUn été élevé\u{a0}», Âgés.\n",
        );
        let messages: Vec<&str> = found.iter().map(|(_, m)| m.as_str()).collect();
        assert_eq!(
            messages,
            [
                "encoded twice: « dÃ©partement » is « département » (UTF-8 read as windows-1252)",
                "encoded twice: « Jusquâ€™ici » is « Jusqu’ici » (UTF-8 read as windows-1252)",
                "encoded twice: « rÃ©servÃ© » is « réservé » (UTF-8 read as windows-1252)",
                "encoded twice: « Ã » is « à » (UTF-8 read as windows-1252)",
                "encoded twice: « Â« » is « « » (UTF-8 read as windows-1252)",
                "encoded twice: « Â». » is « ». » (UTF-8 read as windows-1252)",
            ],
            "{found:?}"
        );
        let lines: Vec<usize> = found.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [2, 5, 5, 5, 5, 5]);
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
        // English marks: flagged outside « », French usage inside them.
        let english = violations(
            &FRENCH_QUOTES,
            "Les “gilets jaunes” et «\u{a0}il a dit “non”\u{a0}».\n\n“Oui”.\n",
        );
        let lines_of: Vec<usize> = english.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines_of, [1, 3], "{english:?}");
        assert!(english[0].1.starts_with("English quotation mark"));
        let nested = violations(&FRENCH_QUOTES, "- un <<a>>\n  - deux\n");
        assert_eq!(
            nested.len(),
            2,
            "nested list items are reported once: {nested:?}"
        );
    }
}
