//! Typography: French conventions applied to text taken from sources.
//!
//! The choices, applied everywhere redac writes prose (title, headings, body, meta):
//! - apostrophe ’ (U+2019), in elisions too;
//! - « guillemets » with a no-break space (U+00A0) inside; straight double quotes become « »;
//! - a no-break space (U+00A0) before `:` and a narrow no-break space (U+202F) before `;`, `!`
//!   and `?`, as the Imprimerie nationale and most French news sites do;
//! - `...` becomes the ellipsis character, a spaced hyphen used as a dash becomes « – ».
//!
//! None of this adds or removes a word: the no-break spaces are white space for
//! [`crate::segmenting::count_words`]. Digits, times (11:53) and URLs are left alone.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

pub const NBSP: char = '\u{a0}';
pub const NNBSP: char = '\u{202f}';

/// The most characters a pair of straight quotes may hold to become guillemets.
const QUOTE_MAX_CHARS: usize = 400;
static SPACE_BEFORE_HIGH_PUNCT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([^\s\d:/])[ \u{a0}\u{202f}]*([:;!?])(\s|$|»)").unwrap());
static SPACES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[ \t]{2,}").unwrap());

/// Apply French typography to one line or paragraph of prose.
///
/// Each step runs only when the text holds the character it mends: most paragraphs need one or
/// two of them, and every paragraph of every source passes through here.
pub fn normalise(text: &str) -> String {
    let mut text = Cow::Borrowed(text);
    if text.contains("...") {
        text = text.replace("...", "…").into();
    }
    if text.contains(['\u{2018}', '`']) {
        text = text.replace(['\u{2018}', '`'], "’").into();
    }
    if text.contains('\'') {
        text = apostrophes(&text).into();
    }
    if text.contains('"') {
        text = straight_quotes(&text).into();
    }
    if text.contains(['"', '»']) {
        text = balance_guillemets(&text).into();
    }
    if text.contains(['«', '»']) {
        text = guillemet_spaces(&text).into();
    }
    // The DFA answers whether anything needs a space; the capturing search runs only then.
    if text.contains([':', ';', '!', '?']) && SPACE_BEFORE_HIGH_PUNCT.is_match(&text) {
        let spaced = SPACE_BEFORE_HIGH_PUNCT.replace_all(&text, |c: &regex::Captures| {
            let space = if &c[2] == ":" { NBSP } else { NNBSP };
            format!("{}{space}{}{}", &c[1], &c[2], &c[3])
        });
        text = spaced.into_owned().into();
    }
    if text.contains(" - ") || text.contains(" — ") {
        text = text.replace(" - ", " – ").replace(" — ", " – ").into();
    }
    let text = text.trim();
    if text.contains("  ") || text.contains('\t') {
        SPACES.replace_all(text, " ").into_owned()
    } else {
        text.to_string()
    }
}

/// Pairs of straight quotes around 1 to 400 characters on one line become « and ».
/// Scanned by hand: the pattern `"([^"\n]{1,400}?)"` compiled into an automaton that cost
/// more than a short article. Like the pattern, a quote that opens no such pair is left and
/// the next quote is tried as an opening one.
fn straight_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(open) = rest.find('"') {
        let after = &rest[open + 1..];
        match after.find('"') {
            Some(close) if is_quotable(&after[..close]) => {
                out.push_str(&rest[..open]);
                out.push('«');
                out.push_str(&after[..close]);
                out.push('»');
                rest = &after[close + 1..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn is_quotable(inner: &str) -> bool {
    !inner.is_empty() && !inner.contains('\n') && inner.chars().count() <= QUOTE_MAX_CHARS
}

/// Scraped copy often closes a « with a straight " or doubles the closing »» : a straight
/// quote that closes an open « becomes », and a » that closes nothing after another » goes.
fn balance_guillemets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut open = 0usize;
    for c in text.chars() {
        match c {
            '«' => open += 1,
            '"' | '»' if open > 0 => {
                open -= 1;
                out.push('»');
                continue;
            }
            '»' if out.trim_end().ends_with('»') => continue,
            _ => {}
        }
        out.push(c);
    }
    out
}

/// A straight apostrophe between letters, or after an elided letter, is the typographic one.
fn apostrophes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous: Option<char> = None;
    for (i, c) in text.char_indices() {
        let letter_before = previous.is_some_and(char::is_alphabetic);
        let letter_after = || {
            text[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
        };
        out.push(if c == '\'' && letter_before && letter_after() {
            '’'
        } else {
            c
        });
        previous = Some(c);
    }
    out
}

/// Exactly one no-break space inside « and ».
fn guillemet_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '«' => {
                out.push('«');
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
                out.push(NBSP);
            }
            '»' => {
                while out.ends_with(|c: char| c.is_whitespace()) {
                    out.pop();
                }
                out.push(NBSP);
                out.push('»');
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segmenting::count_words;
    use proptest::prelude::*;

    /// The pattern `straight_quotes` replaced, to hold it to the same output.
    fn by_pattern(text: &str) -> String {
        Regex::new(r#""([^"\n]{1,400}?)""#)
            .unwrap()
            .replace_all(text, "«$1»")
            .into_owned()
    }

    proptest! {
        #[test]
        fn straight_quotes_as_the_pattern(text in "[a\"é \n«]{0,30}") {
            prop_assert_eq!(straight_quotes(&text), by_pattern(&text));
        }
    }

    #[test]
    fn straight_quotes_at_the_length_limit() {
        for n in [0, 1, 399, 400, 401] {
            let text = format!("x \"{}\" \"y\" \"", "é".repeat(n));
            assert_eq!(straight_quotes(&text), by_pattern(&text), "{n}");
        }
    }

    #[test]
    fn french_conventions() {
        assert_eq!(normalise("l'armée d'un pays"), "l’armée d’un pays");
        assert_eq!(
            normalise("il a dit \"non\" hier"),
            "il a dit «\u{a0}non\u{a0}» hier"
        );
        assert_eq!(
            normalise("«tous les domaines»"),
            "«\u{a0}tous les domaines\u{a0}»"
        );
        assert_eq!(normalise("un dilemme : il"), "un dilemme\u{a0}: il");
        assert_eq!(
            normalise("Vraiment? Oui!"),
            "Vraiment\u{202f}? Oui\u{202f}!"
        );
        assert_eq!(normalise("à 11:53 (UTC+01:00)"), "à 11:53 (UTC+01:00)");
        assert_eq!(normalise("attendez... bon"), "attendez… bon");
    }

    #[test]
    fn unbalanced_scraped_quotes_are_mended() {
        assert_eq!(
            normalise("« absorber qui que ce soit. N’a pas de sens\"."),
            "«\u{a0}absorber qui que ce soit. N’a pas de sens\u{a0}»."
        );
        assert_eq!(
            normalise("« nos gouvernements »» a déclaré"),
            "«\u{a0}nos gouvernements\u{a0}» a déclaré"
        );
        assert_eq!(normalise("“Oui”, dit-il"), "“Oui”, dit-il");
    }

    #[test]
    fn typography_never_changes_the_word_count() {
        for s in [
            "l'armée : « x » - y ; z ! \"a b\"",
            "dilemme:il",
            "« Comme nous » »",
        ] {
            assert_eq!(count_words(s), count_words(&normalise(s)), "{s}");
        }
    }
}
