//! Escaping: source text must stay text in the Markdown we write. A scraped line that starts
//! with `#`, `---`, `1.` or `>` would otherwise become a heading, a rule, a list or a quote, and
//! `<script>` or `[x](y)` would become HTML or a link. Backslash escapes are invisible once
//! rendered and change no word count.

/// Characters that are Markdown syntax anywhere in a line.
const INLINE_SPECIALS: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '|'];

/// [`INLINE_SPECIALS`] by byte: one load a byte.
static SPECIAL_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < INLINE_SPECIALS.len() {
        table[INLINE_SPECIALS[i] as usize] = true;
        i += 1;
    }
    table
};

/// Escape inline syntax characters.
///
/// The characters are ASCII: found by bytes, and the text between them copied whole, not
/// pushed character by character (every paragraph of every article is escaped).
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut copied = 0;
    for (at, byte) in text.bytes().enumerate() {
        if SPECIAL_BYTES[usize::from(byte)] {
            out.push_str(&text[copied..at]);
            out.push('\\');
            copied = at;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// An address as a Markdown autolink ("<https://exemple.fr/a_b>"), which every renderer
/// makes a link. Only a web address is linked, one CommonMark takes for an autolink whole
/// (no white space, control character or angle bracket in it): another scheme
/// ("javascript:", which a page's metadata may give) or a broken address is escaped as
/// text, so that it can neither run in the publisher's page nor open markup around it.
pub fn autolink(url: &str) -> String {
    if is_web_address(url) {
        format!("<{url}>")
    } else {
        inline(url)
    }
}

/// "http://" or "https://" (in any case), then no white space, control character, "<" or ">".
fn is_web_address(url: &str) -> bool {
    let scheme_ok = ["http://", "https://"].iter().any(|scheme| {
        url.get(..scheme.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(scheme))
    });
    scheme_ok
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>')
}

/// Escape a paragraph: inline syntax, and block syntax at the start of the line.
pub fn block(text: &str) -> String {
    let escaped = inline(text.trim());
    if ordered_list_marker(&escaped) {
        // "1. " → "1\. ": the list marker is the punctuation after the digits.
        let digits = escaped.chars().take_while(char::is_ascii_digit).count();
        return format!("{}\\{}", &escaped[..digits], &escaped[digits..]);
    }
    if escaped.starts_with(['#', '-', '+', '=', '~']) {
        format!("\\{escaped}")
    } else {
        escaped
    }
}

/// "1. " or "12) " at the start of a line opens an ordered list.
fn ordered_list_marker(text: &str) -> bool {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && digits < 10 && {
        let rest = &text[digits..];
        (rest.starts_with('.') || rest.starts_with(')')) && rest[1..].starts_with([' ', '\t'])
            || rest.len() == 1
    }
}

/// Remove the backslash escapes [`inline`] and [`block`] add (used by tests and `stats` on
/// Markdown input).
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            continue;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_whole_web_address_is_an_autolink() {
        assert_eq!(
            autolink("https://www.francetvinfo.fr/a/b_5755442.html"),
            "<https://www.francetvinfo.fr/a/b_5755442.html>"
        );
        // No scheme, another scheme, a space, an angle bracket: text, escaped like any other.
        assert_eq!(autolink("www.exemple.fr/a_b"), "www.exemple.fr/a\\_b");
        assert_eq!(autolink("javascript:alert(1)"), "javascript:alert(1)");
        assert_eq!(autolink("https://exemple.fr/a b"), "https://exemple.fr/a b");
        assert_eq!(
            autolink("https://exemple.fr/<b>"),
            "https://exemple.fr/\\<b\\>"
        );
    }

    #[test]
    fn structure_lines_stay_text() {
        assert_eq!(block("# Pas un titre"), "\\# Pas un titre");
        assert_eq!(block("--- rien"), "\\--- rien");
        assert_eq!(block("1. Pas une liste"), "1\\. Pas une liste");
        assert_eq!(
            block("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(block("[lien](http://x)"), "\\[lien\\](http://x)");
        assert_eq!(block("En 2024. Rien"), "En 2024. Rien");
    }

    proptest::proptest! {
        /// As the former form escaped, character by character.
        #[test]
        fn inline_escapes_each_special_character(text in "\\PC*|[a\\\\`*_\\[\\]<>|é«]{0,20}") {
            let mut former = String::new();
            for c in text.chars() {
                if INLINE_SPECIALS.contains(&c) {
                    former.push('\\');
                }
                former.push(c);
            }
            proptest::prop_assert_eq!(inline(&text), former);
        }
    }

    #[test]
    fn unescape_round_trips() {
        for s in ["# x", "a * b _c_ [d](e) <f>", "1. un"] {
            assert_eq!(unescape(&block(s)), s);
        }
    }
}
