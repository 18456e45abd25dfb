//! Safe text: what a source may not carry into the article, and what a message may not carry
//! to a terminal.
//!
//! - Line endings: a lone CR is a line break to Markdown (CommonMark) but not to the stages,
//!   which split on LF; left alone, a "# …" or "- …" after a CR would reach the article as a
//!   live heading or list item glued to a sentence. CRLF and CR become LF before anything else.
//! - Invisible characters: control characters, bidirectional overrides and isolates (which can
//!   make a sentence display in another order than it reads) and zero-width characters (which
//!   split or join words unseen) are removed from the text. Vertical tab, form feed, NEL and
//!   the Unicode line and paragraph separators are line breaks, and become LF.
//! - Messages: file names and removed lines are echoed on stderr; [`for_terminal`] escapes
//!   anything there a terminal would act on (an escape sequence can retitle or clear it).

use std::borrow::Cow;

/// `text` with CRLF and CR turned into LF and invisible characters removed; borrowed when
/// there was nothing to change, as for nearly every article.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !holds_what_cleaning_changes(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            chars.next_if_eq(&'\n');
            out.push('\n');
        } else if line_break(c) {
            out.push('\n');
        } else if !invisible(c) {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Whether `text` holds a character [`clean`] changes, read byte by byte: an ASCII byte is
/// settled by its code, and only a character opening on one of the lead bytes of those it
/// changes beyond ASCII (0xC2: U+0080–U+00BF; 0xD8: U+061C; 0xE2: U+2000–U+2FFF; 0xEF:
/// U+FEFF) is decoded. Every input passes here whole, and French text is full of "é", which
/// none of them starts.
///
/// The ASCII test runs over every byte without stopping early, which the compiler turns into
/// a few instructions for many bytes at once; the lead bytes are then found by `memchr3` and
/// `memchr`, many bytes at once too (a lead byte never stands inside another character).
fn holds_what_cleaning_changes(text: &str) -> bool {
    let bytes = text.as_bytes();
    let ascii = bytes
        .iter()
        .fold(false, |found, &byte| found | ascii_needs_cleaning(byte));
    let changed_at = |at: usize| text[at..].chars().next().is_some_and(needs_cleaning);
    ascii
        || memchr::memchr3_iter(0xc2, 0xe2, 0xef, bytes).any(changed_at)
        || memchr::memchr_iter(0xd8, bytes).any(changed_at)
}

/// [`needs_cleaning`] of an ASCII byte; false for any other byte.
fn ascii_needs_cleaning(byte: u8) -> bool {
    (byte < b' ' && byte != b'\n' && byte != b'\t') || byte == 0x7f
}

/// A character [`clean`] changes: CR, a line break other than LF, an invisible character.
/// Asked of every ASCII byte of every input, so ASCII, nearly all of a text, is settled by
/// its code alone: CR, the line breaks VT and FF and the invisible controls are the C0
/// controls but LF and tab, and DEL.
fn needs_cleaning(c: char) -> bool {
    if c.is_ascii() {
        (c < ' ' && c != '\n' && c != '\t') || c == '\u{7f}'
    } else {
        line_break(c) || invisible(c)
    }
}

/// Characters that break a line without being LF or CR.
fn line_break(c: char) -> bool {
    matches!(c, '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Characters removed from articles and escaped in messages: controls other than tab and line
/// breaks, bidirectional marks, overrides and isolates, zero-width characters, a stray BOM and
/// the soft hyphen.
pub fn invisible(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\t' | '\r') && !line_break(c))
        || matches!(c,
            '\u{200b}'..='\u{200f}' // zero-width space, non-joiner, joiner; LRM, RLM
            | '\u{202a}'..='\u{202e}' // embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // isolates
            | '\u{061c}' // Arabic letter mark
            | '\u{feff}' // BOM inside the text
            | '\u{ad}' // soft hyphen
        )
}

/// `message` with every control and invisible character written as `\u{…}`, so that stderr
/// never receives an escape sequence, a line break or a bidi override from an input.
pub fn for_terminal(message: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c != '\t' && (c.is_control() || invisible(c) || line_break(c));
    if !message.chars().any(unsafe_char) {
        return Cow::Borrowed(message);
    }
    let mut out = String::with_capacity(message.len() + 8);
    for c in message.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_byte_test_finds_what_cleaning_changes(text in "\\PC*|[\\x00-\\x{a0}é\u{2028}\u{200b}\u{feff}\u{61c}’]{0,40}") {
            proptest::prop_assert_eq!(
                holds_what_cleaning_changes(&text),
                text.chars().any(needs_cleaning)
            );
        }
    }

    #[test]
    fn line_endings_become_lf_before_anything_else() {
        assert_eq!(clean("a\r\nb\rc\n\rd"), "a\nb\nc\n\nd");
        assert_eq!(clean("Fin.\r# Titre\r- item"), "Fin.\n# Titre\n- item");
        assert_eq!(clean("a\u{2028}b\u{c}c"), "a\nb\nc");
        assert!(matches!(clean("rien à changer\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn the_byte_scan_finds_every_character_cleaning_changes() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("é{c}’a");
            assert_eq!(
                holds_what_cleaning_changes(&text),
                needs_cleaning(c),
                "{c:?}"
            );
        }
    }

    #[test]
    fn ascii_needs_cleaning_exactly_where_the_general_rule_says() {
        for c in (0u8..=0x7f).map(char::from) {
            let general = c == '\r' || line_break(c) || invisible(c);
            assert_eq!(needs_cleaning(c), general, "{c:?}");
        }
    }

    #[test]
    fn invisible_characters_are_removed() {
        assert_eq!(
            clean("Pou\u{200b}tine\u{202e} à\u{1b}[2J Minsk\u{2066}\u{7f}"),
            "Poutine à[2J Minsk"
        );
        assert_eq!(clean("tab\tgardé"), "tab\tgardé");
    }

    #[test]
    fn messages_escape_what_a_terminal_would_act_on() {
        assert_eq!(
            for_terminal("ligne \u{1b}]0;titre\u{7} \u{202e}x\ny"),
            "ligne \\u{1b}]0;titre\\u{7} \\u{202e}x\\u{a}y"
        );
        assert!(matches!(for_terminal("« Minsk »"), Cow::Borrowed(_)));
    }
}
