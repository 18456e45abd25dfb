//! Composing: the parts of the article redac writes itself, all short and derived from the
//! sources — title, slug, meta description, sections and their headings. The body paragraphs are
//! the sources' own.

pub mod headings;
pub mod meta;
pub mod sections;
pub mod slug;
pub mod title;

use crate::segmenting::Paragraph;

/// A paragraph of the body, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyParagraph {
    pub paragraph: Paragraph,
    /// Index of the source (0 = lead).
    pub source: usize,
    /// 1-based input line of the source paragraph it comes from.
    pub line: usize,
}

/// A run of paragraphs under one H2.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: String,
    pub paragraphs: Vec<BodyParagraph>,
}

impl Section {
    pub fn words(&self) -> usize {
        self.paragraphs.iter().map(|p| p.paragraph.words()).sum()
    }
}

/// Capitalise the first letter, leaving the rest as written.
pub fn capitalise_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The text ends on an article, preposition or conjunction ("… de", "… l’"): a title, heading
/// or cut sentence must not.
pub fn ends_on_function_word(text: &str) -> bool {
    let last = text
        .rsplit(|c: char| c.is_whitespace() || c == '’' || c == '\'')
        .next()
        .unwrap_or("");
    crate::lexicon::is_function_word(&crate::segmenting::lowercase(last))
}

/// Length as a reader sees it: grapheme clusters, so "é" written with a combining accent is one.
pub fn visible_len(text: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    text.graphemes(true).count()
}
