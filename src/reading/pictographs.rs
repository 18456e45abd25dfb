//! Pictographs: the emoji a town hall's post, a club's announcement or a press release sets
//! before its lines ("📍 Avenue de la République…", "👉 Une déviation…", "⚠️ Le
//! stationnement…") or among its words ("les commerces restent ouverts ✅"). They decorate;
//! they are no words, and a French paper prints none: left in, they opened the title ("📍
//! Avenue de la République : …"), the description and an intertitle ("🔴 Info travaux 🚧").
//!
//! A pictograph is a character Unicode presents as an emoji by default (Emoji_Presentation:
//! "📍", "✅", "⭐"), or one it presents so when the emoji selector U+FE0F follows ("⚠️",
//! "❤️"), with the selectors, skin tones and keycap marks that go with them. Signs that
//! are characters of text keep their place: "★★★★☆" rates a film, "©" credits a photo, "→"
//! and "✓" stand alone without the selector.

use std::borrow::Cow;
use std::ops::Range;

use unicode_properties::{EmojiStatus, UnicodeEmoji};

use super::{Metadata, Page};

/// The emoji presentation selector: the character before it is drawn as an emoji.
const EMOJI_SELECTOR: char = '\u{fe0f}';
/// The text presentation selector, which a pictograph may carry too ("⚠︎").
const TEXT_SELECTOR: char = '\u{fe0e}';
/// The mark that turns a digit, "#" or "*" into a keycap ("1️⃣").
const KEYCAP: char = '\u{20e3}';

/// The page without pictographs: each block's text without them, a block that held nothing
/// else dropped (a post's "😠😠😠"), and the metadata's title and description without them
/// ([`strip_metadata`]).
pub fn strip(page: &mut Page) {
    let mut emptied = false;
    for block in &mut page.blocks {
        if let Cow::Owned(text) = without_pictographs(&block.text) {
            emptied |= text.trim().is_empty();
            block.text = text;
        }
    }
    if emptied {
        page.blocks.retain(|block| !block.text.trim().is_empty());
    }
    strip_metadata(&mut page.metadata);
}

/// The metadata's title and description without pictographs (a post's "🚧 Travaux").
pub fn strip_metadata(metadata: &mut Metadata) {
    for field in [&mut metadata.title, &mut metadata.description] {
        if let Some(Cow::Owned(text)) = field.as_deref().map(without_pictographs) {
            *field = Some(text).filter(|t| !t.trim().is_empty());
        }
    }
}

/// `text` without its pictographs and the spaces they leave ([`removals`]); borrowed when
/// `text` holds none, as nearly every article.
pub fn without_pictographs(text: &str) -> Cow<'_, str> {
    let removals = removals(text);
    if removals.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut kept_from = 0;
    for removal in removals {
        out.push_str(&text[kept_from..removal.range.start]);
        out.push_str(removal.replacement);
        kept_from = removal.range.end;
    }
    out.push_str(&text[kept_from..]);
    Cow::Owned(out)
}

/// A run of pictographs taken out of a text: the bytes it and the spaces it leaves take, and
/// what stands in their place (nothing, or the one space two words need).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    pub range: Range<usize>,
    pub replacement: &'static str,
}

/// The runs of pictographs of `text`, in order, each with the spaces it leaves: a line
/// opening on one opens on its first word, one ending on one (or a word's closing mark after
/// it) ends on its last word, and one between two words leaves one space. `check`'s
/// `pictograph` rule mends a draft with them, as reading takes them out of a source.
pub fn removals(text: &str) -> Vec<Removal> {
    let mut removals = Vec::new();
    let mut from = 0;
    // Where a line opened on a pictograph now opens: the end of that one's removal.
    let mut line_opens_at = 0;
    while let Some(start) = next_pictograph(text, from) {
        // A run opens at or after where the last ended, and holds at least the character it
        // opens on: each removal moves past the last.
        let start = start.max(from);
        let first_len = text[start..].chars().next().map_or(1, char::len_utf8);
        let end = run_end(text, start).max(start + first_len);
        let blank_before =
            text[from..start].len() - text[from..start].trim_end_matches(is_blank).len();
        let after = &text[end..];
        let trimmed_after = after.trim_start_matches(is_blank);
        let blank_after = after.len() - trimmed_after.len();
        let opens_at = start - blank_before;
        let opens_line = opens_at == line_opens_at || text[..opens_at].ends_with('\n');
        let closes = trimmed_after.is_empty()
            || trimmed_after.starts_with('\n')
            || trimmed_after.starts_with(CLOSING_MARKS);
        let (range, replacement) = if opens_line || closes {
            (opens_at..end + blank_after, "")
        } else if blank_before > 0 {
            (start..end + blank_after, "")
        } else if blank_after > 0 {
            (start..end, "")
        } else {
            (start..end, " ")
        };
        if opens_line {
            line_opens_at = range.end;
        }
        from = range.end;
        removals.push(Removal { range, replacement });
    }
    removals
}

/// Marks a word ends on: a pictograph before one leaves no space before it ("l’avenue 🚲."
/// → "l’avenue.").
const CLOSING_MARKS: &[char] = &['.', ',', ')', ']', '…'];

/// Spaces a pictograph is set among: not a line break, which stays where it is.
fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{a0}' || c == '\u{202f}'
}

/// Where the next pictograph of `text` at or after byte `from` starts. Only the bytes that
/// open one are read: a character of four bytes (0xF0: the emoji blocks from U+1F000), one of
/// U+2300–U+2BFF (0xE2, then 0x8C–0xAF: the watches, weather signs, dingbats and stars that
/// have an emoji form) and the selector U+FE0F (0xEF 0xB8 0x8F). The other characters opening
/// on 0xE2, the apostrophe, guillemets and dashes of every French text, are told by their
/// second byte.
fn next_pictograph(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(0xe2, 0xef, 0xf0, &bytes[from..])
        .map(|at| from + at)
        .find(|&at| {
            let second = bytes.get(at + 1).copied().unwrap_or(0);
            let may_open = match bytes[at] {
                0xe2 => (0x8c..=0xaf).contains(&second),
                0xef => second == 0xb8,
                _ => true,
            };
            may_open && opens_pictograph(&text[at..])
        })
        .map(|at| selector_base(text, at))
}

/// A selector found first belongs to the character before it ("⚠" then U+FE0F): the run
/// starts there, when the selector makes that character a pictograph. A keycap's digit
/// ("1️⃣") stays a digit: the run starts at the selector.
fn selector_base(text: &str, at: usize) -> usize {
    match text[at..].starts_with(EMOJI_SELECTOR) {
        true => text[..at]
            .char_indices()
            .next_back()
            .filter(|&(_, c)| is_pictograph(c, Some(EMOJI_SELECTOR)))
            .map_or(at, |(base, _)| base),
        false => at,
    }
}

/// `rest` opens on a pictograph, or on the selector that makes the character before one.
fn opens_pictograph(rest: &str) -> bool {
    let mut chars = rest.chars();
    let Some(c) = chars.next() else {
        return false;
    };
    c == EMOJI_SELECTOR || is_pictograph(c, chars.next())
}

/// `c` is drawn as an emoji: by default, or because the selector follows it.
fn is_pictograph(c: char, next: Option<char>) -> bool {
    match c.emoji_status() {
        EmojiStatus::EmojiPresentation
        | EmojiStatus::EmojiPresentationAndModifierBase
        | EmojiStatus::EmojiPresentationAndEmojiComponent
        | EmojiStatus::EmojiPresentationAndModifierAndEmojiComponent => true,
        EmojiStatus::EmojiOther | EmojiStatus::EmojiModifierBase => next == Some(EMOJI_SELECTOR),
        _ => false,
    }
}

/// Where the run of pictographs opening at `start` ends: past their selectors, skin tones,
/// keycap marks and tag characters, and past the spaces between two of them ("🔴 Info
/// travaux 🚧" holds two runs, "📍 🚧" one).
fn run_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let part = is_pictograph(c, next)
            || matches!(c, EMOJI_SELECTOR | TEXT_SELECTOR | KEYCAP)
            || unicode_properties::emoji::is_tag_character(c)
            || c.emoji_status() == EmojiStatus::EmojiPresentationAndModifierAndEmojiComponent;
        if part {
            end = start + offset + c.len_utf8();
        } else if !is_blank(c) {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Each removal starts at or after the last one's end and takes something, and what is
        /// left holds no pictograph: a fuzzed "po1️⃣ur" looped for ever.
        #[test]
        fn removals_move_on_and_leave_none(text in "[a-z1# \n’«★©→✅⚠\u{fe0f}\u{20e3}\u{200d}📍🇫🇷👏🏽.,]{0,24}") {
            let mut end = 0;
            for removal in removals(&text) {
                proptest::prop_assert!(removal.range.start >= end && removal.range.end > removal.range.start);
                end = removal.range.end;
            }
            let left = without_pictographs(&text);
            proptest::prop_assert!(removals(&left).is_empty(), "{:?} left {:?}", text, left);
        }
    }

    #[test]
    fn a_post_s_pictographs_leave_its_words() {
        let cases = [
            ("🔴 INFO TRAVAUX 🚧", "INFO TRAVAUX"),
            (
                "📍 Avenue de la République : la circulation sera coupée.",
                "Avenue de la République : la circulation sera coupée.",
            ),
            (
                "⚠️ Le stationnement sera interdit.",
                "Le stationnement sera interdit.",
            ),
            (
                "sur toute la longueur de l'avenue 🚲.",
                "sur toute la longueur de l'avenue.",
            ),
            (
                "Les commerces restent ouverts ✅ et la Ville invite",
                "Les commerces restent ouverts et la Ville invite",
            ),
            ("Bravo à nos joueuses 👏🏽👏🏽 !", "Bravo à nos joueuses !"),
            ("La France 🇫🇷 gagne", "La France gagne"),
            ("😠😠😠", ""),
            ("mot🚲suite", "mot suite"),
            // A keycap keeps its digit (a fuzzed "po1️⃣ur" looped for ever, its digit taken
            // for the run's start and never passed).
            ("1️⃣ Inscription", "1 Inscription"),
            ("po1️⃣ur", "po1 ur"),
            ("#️⃣", "#"),
            ("Ligne un 🚧\n👉 Ligne deux", "Ligne un\nLigne deux"),
        ];
        for (text, expected) in cases {
            assert_eq!(without_pictographs(text), expected, "{text}");
        }
    }

    /// Signs that are characters of text, and an article without pictographs, stay as they
    /// are: borrowed.
    #[test]
    fn signs_of_text_stay() {
        for text in [
            "Note : ★★★★☆",
            "Photo © AFP",
            "Paris → Lyon ✓",
            "« Non », a-t-il dit — l’avenue coûte 420 000 €.",
            "⚠ danger",
        ] {
            assert!(
                matches!(without_pictographs(text), Cow::Borrowed(_)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_block_of_pictographs_alone_leaves_the_page() {
        let mut page = Page::from_text("🔴 INFO TRAVAUX\n\n😠😠😠\n\nLe texte suit.\n");
        page.metadata.title = Some("🚧 Travaux".into());
        strip(&mut page);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["INFO TRAVAUX", "Le texte suit."]);
        assert_eq!(page.metadata.title.as_deref(), Some("Travaux"));
    }
}
