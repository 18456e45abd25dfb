//! Text copied from a print edition's PDF: narrow columns, no blank line between paragraphs,
//! and words cut at a line's end with a hyphen ("l'établisse-" / "ment à la rentrée").
//!
//! A page is read so when its lines hold several such cuts: no web page, wire story or mail
//! hyphenates its wraps, so two cuts tell a print column from a menu of short lines, which the
//! narrow widths alone would not. The cut words are mended here, with the hyphen kept where
//! the word was a compound ("Jean-" / "Moulin", "porte-" / "parole").

/// Fewest words cut by a hyphen at a line's end that tell a page set in print columns.
const MIN_HYPHEN_BREAKS: usize = 2;

/// Words a hyphen cut at the line's end that the page holds elsewhere are looked up in it, at
/// most this many times a page: each lookup reads the whole text, and a huge page of columns
/// would be read again for every cut.
const MAX_LOOKUPS: usize = 64;

/// The page's lines hold words cut by a hyphen at their end ([`MIN_HYPHEN_BREAKS`]). Only
/// the hyphens right before a line break are read, found by `memmem`: every page is asked,
/// and most hold none.
pub(super) fn in_print_columns(text: &str) -> bool {
    let breaks = memchr::memmem::find_iter(text.as_bytes(), "-\n")
        .filter(|&at| {
            let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
            let next_end = text[at + 2..].find('\n').map_or(text.len(), |n| at + 2 + n);
            cut_by_hyphen(text[line_start..=at].trim(), text[at + 2..next_end].trim())
        })
        .take(MIN_HYPHEN_BREAKS)
        .count();
    breaks >= MIN_HYPHEN_BREAKS
}

/// `line` ends on a word cut by a hyphen that `next` goes on with: a letter, a hyphen, and on
/// the next line a letter ("établisse-" / "ment", "Jean-" / "Moulin"). A dash set apart ("… -")
/// or a hyphen after a figure ("2020-" / "2021") cuts no word.
pub(super) fn cut_by_hyphen(line: &str, next: &str) -> bool {
    let Some(head) = line.strip_suffix('-') else {
        return false;
    };
    head.chars().next_back().is_some_and(char::is_lowercase)
        && next.chars().next().is_some_and(char::is_alphabetic)
}

/// Words after which a hyphen at a line's end joins a compound, not a word cut in two:
/// "grand-" / "mère", "sous-" / "préfet", "porte-" / "parole".
const COMPOUND_HEADS: &[&str] = &[
    "après", "arrière", "avant", "beau", "belle", "chef", "demi", "ex", "grand", "grande",
    "grands", "grandes", "mi", "non", "porte", "semi", "sous", "vice",
];

/// Words after which a hyphen at a line's start is part of the phrase: a pronoun after its
/// verb ("a-t-" / "il", "dit-" / "elle"), a demonstrative's particle ("celle-" / "ci"), "même"
/// after a pronoun ("lui-" / "même").
const COMPOUND_TAILS: &[&str] = &[
    "ci", "elle", "elles", "il", "ils", "là", "même", "mêmes", "on", "nous", "vous", "être",
];

/// Mends words a print column cut with a hyphen at a line's end, joining `line` to `text`
/// (the block so far, ending on the cut word and its hyphen).
pub(super) struct Mender<'a> {
    page: &'a str,
    lookups: usize,
}

impl<'a> Mender<'a> {
    pub(super) fn new(page: &'a str) -> Self {
        Mender { page, lookups: 0 }
    }

    /// Appends `line` to `text`, which ends on a word cut by a hyphen: the hyphen is dropped
    /// and the word's two parts joined ("établisse-" + "ment" → "établissement"), unless the
    /// word is a compound: a name's part in capitals ("Jean-Moulin"), a known head or tail
    /// ([`COMPOUND_HEADS`], [`COMPOUND_TAILS`]), or a compound the page writes whole elsewhere.
    pub(super) fn join(&mut self, text: &mut String, line: &str) {
        let cut = text.strip_suffix('-').unwrap_or(text);
        let head_start = cut
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(cut.len(), |(at, _)| at);
        let head = &cut[head_start..];
        let tail_end = line
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(line.len());
        let tail = &line[..tail_end];
        if !self.is_compound(head, tail) {
            text.pop();
        }
        text.push_str(line);
    }

    fn is_compound(&mut self, head: &str, tail: &str) -> bool {
        let lower_head = head.to_lowercase();
        if tail.starts_with(char::is_uppercase)
            || COMPOUND_HEADS.contains(&lower_head.as_str())
            || COMPOUND_TAILS.contains(&tail)
            || tail.starts_with("t-")
        {
            return true;
        }
        if self.lookups >= MAX_LOOKUPS {
            return false;
        }
        self.lookups += 1;
        let compound = format!("{head}-{tail}");
        let whole = format!("{head}{tail}");
        let finder = |needle: &str| memchr::memmem::find(self.page.as_bytes(), needle.as_bytes());
        finder(&compound).is_some() && finder(&whole).is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mended(text: &str, line: &str, page: &str) -> String {
        let mut text = text.to_string();
        Mender::new(page).join(&mut text, line);
        text
    }

    #[test]
    fn a_word_cut_at_the_line_s_end_is_joined_again() {
        assert_eq!(
            mended("de fermer l'établisse-", "ment à la rentrée", ""),
            "de fermer l'établissement à la rentrée"
        );
        assert_eq!(
            mended(
                "« On a appris la nouvelle, per-",
                "sonne ne nous a consultés »",
                ""
            ),
            "« On a appris la nouvelle, personne ne nous a consultés »"
        );
    }

    #[test]
    fn a_compound_keeps_its_hyphen() {
        assert_eq!(
            mended("Les parents du collège Jean-", "Moulin, à Saint-Amand", ""),
            "Les parents du collège Jean-Moulin, à Saint-Amand"
        );
        assert_eq!(mended("le porte-", "parole", ""), "le porte-parole");
        assert_eq!(mended("a-t-", "il ajouté", ""), "a-t-il ajouté");
        assert_eq!(mended("celle-", "ci", ""), "celle-ci");
        // The page writes the compound whole elsewhere, and never the word joined.
        let page = "un laissez-passer a été remis";
        assert_eq!(mended("un laissez-", "passer", page), "un laissez-passer");
    }

    #[test]
    fn print_columns_are_told_by_words_cut_at_their_lines_end() {
        let column = "Le rectorat envisage de fermer l'établisse-\nment à la rentrée. Une manifesta-\ntion est prévue samedi.";
        assert!(in_print_columns(column));
        let one_cut = "Le rectorat envisage de fermer l'établisse-\nment à la rentrée.";
        assert!(!in_print_columns(one_cut));
        let dashes = "Paris -\nLyon -\nMarseille\nsaison 2020-\n2021";
        assert!(!in_print_columns(dashes));
    }
}
