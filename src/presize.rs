//! How much room a table is given before it is filled.
//!
//! A table of the distinct words, stems or runs of a text is sized once for as many as the
//! text has words, so that it does not grow and rehash while an article fills it. A huge input
//! repeats itself: its distinct keys are a small share of its words, and a table sized for all
//! of them would hold tens of megabytes of empty room. Past [`MOST`], the table grows as
//! it fills.

/// The most entries a table is given before it is filled: every article of the corpus has
/// fewer words.
pub const MOST: usize = 1 << 14;

/// Room for `expected` distinct keys, at most [`MOST`].
pub fn room_for(expected: usize) -> usize {
    expected.min(MOST)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_gets_room_for_all_its_words_a_huge_input_only_some() {
        assert_eq!(room_for(1_200), 1_200);
        assert_eq!(room_for(8_000_000), MOST);
    }
}
