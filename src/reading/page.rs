//! The shape every reader hands on: a page of blocks, with what the page says about itself.
//!
//! Plain text, HTML and Markdown arrive in different forms, but an article is the same thing in
//! each: a headline, perhaps a chapô, intertitles and paragraphs, amid page furniture. Each
//! reader turns its format into [`Page`]; the structure stage then gives every block one role.
//! A reader that knows a block's role from the markup (an `<h1>`, a Markdown `##`, a
//! `<figcaption>`) says so in [`Block::hint`], and the structure stage trusts that over shape;
//! plain text carries no hints, and everything is decided by shape and context.

use serde::Serialize;

/// One block of a source: a line of plain text, or an element of HTML or Markdown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    /// 1-based line in the input where the block starts (for HTML, the line of its element).
    pub line: usize,
    /// The block's text, on one line, entities decoded, markup removed.
    pub text: String,
    /// What the markup says the block is, when the format says it.
    pub hint: Option<Hint>,
}

/// What a format's markup says about a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hint {
    /// `<h1>`, a Markdown `#`, a front matter `title`.
    Title,
    /// An element the page marks as its chapô (a standfirst/summary/lead class, a front matter
    /// `description` that opens the text).
    Standfirst,
    /// `<h2>`–`<h4>` inside the article, a Markdown `##`/`###`.
    Intertitle,
    /// `<p>` inside the article body, a Markdown paragraph.
    Body,
    /// `<blockquote>` inside the article body.
    Quote,
    /// A list item inside the article body.
    ListItem,
    /// Markup that is never article text: `<figcaption>`, `<aside>`, `<nav>`, a share bar...
    Furniture,
}

/// What the page says about itself, outside its text: HTML `<meta>`, JSON-LD, front matter.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Metadata {
    pub title: Option<String>,
    pub description: Option<String>,
    /// As the page gives it; the structure stage validates and normalises it.
    pub date: Option<String>,
    pub author: Option<String>,
    pub site_name: Option<String>,
    pub url: Option<String>,
    /// The declared language (`<html lang>`, front matter `lang`), as given.
    pub lang: Option<String>,
}

/// The input format, as recognised by its content or forced by `--input`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Html,
    Markdown,
}

/// A source as its reader understood it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Page {
    pub metadata: Metadata,
    pub blocks: Vec<Block>,
}

impl Page {
    /// A plain-text page: one block per paragraph, no hints. A paragraph is a non-blank line,
    /// or several when the text was hard-wrapped (a line that does not end a sentence, followed
    /// in the same block by one that starts in lowercase).
    pub fn from_text(text: &str) -> Page {
        let mut blocks: Vec<Block> = Vec::new();
        let mut previous_blank = true;
        for (i, line) in text.lines().enumerate() {
            let trimmed = line.trim();
            let continues = !previous_blank
                && trimmed.chars().next().is_some_and(char::is_lowercase)
                && blocks.last().is_some_and(|b| wrapped(&b.text));
            previous_blank = trimmed.is_empty();
            match blocks.last_mut() {
                _ if trimmed.is_empty() => {}
                Some(block) if continues => {
                    block.text.push(' ');
                    block.text.push_str(trimmed);
                }
                _ => blocks.push(Block {
                    line: i + 1,
                    text: trimmed.to_string(),
                    hint: None,
                }),
            }
        }
        Page {
            metadata: Metadata::default(),
            blocks,
        }
    }

    /// Does the page hold a paragraph of prose (a body block of a few words that ends a
    /// sentence)? A home page, a login wall or an error page does not.
    pub fn has_prose(&self) -> bool {
        self.blocks.iter().any(|b| {
            matches!(b.hint, Some(Hint::Body | Hint::Standfirst | Hint::Quote))
                && b.text.split_whitespace().count() >= 8
                && b.text
                    .trim_end_matches(['»', '"', '”', ')', ' ', '\u{a0}'])
                    .ends_with(['.', '!', '?', '…'])
        })
    }

    /// The page as the plain-text cleaner reads it best, until the structure stage takes
    /// pages directly: the title first, then every block but furniture, blank lines between.
    pub fn to_plain_text(&self) -> String {
        let title = self.blocks.iter().find(|b| b.hint == Some(Hint::Title));
        let rest = self.blocks.iter().filter(|b| {
            b.hint != Some(Hint::Furniture) && !title.is_some_and(|t| std::ptr::eq(t, *b))
        });
        title
            .into_iter()
            .chain(rest)
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

/// A line that a hard wrap cut: it does not end a sentence and is long enough to be prose.
fn wrapped(line: &str) -> bool {
    let end =
        line.trim_end_matches(|c: char| matches!(c, '»' | '"' | '”' | ')') || c.is_whitespace());
    end.ends_with(',')
        || !end.ends_with(['.', '!', '?', '…', ':']) && line.split_whitespace().count() >= 6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_puts_the_title_first_and_leaves_furniture_out() {
        let block = |text: &str, hint| Block {
            line: 1,
            text: text.into(),
            hint: Some(hint),
        };
        let page = Page {
            metadata: Metadata::default(),
            blocks: vec![
                block("Chapô.", Hint::Standfirst),
                block("Titre", Hint::Title),
                block("Partager", Hint::Furniture),
                block("Un paragraphe.", Hint::Body),
            ],
        };
        assert_eq!(page.to_plain_text(), "Titre\n\nChapô.\n\nUn paragraphe.");
    }

    #[test]
    fn a_text_page_has_a_block_per_non_blank_line_with_its_line_number() {
        let page = Page::from_text("Titre\n\n  Premier paragraphe.  \nDeuxième.\n");
        let lines: Vec<(usize, &str)> = page
            .blocks
            .iter()
            .map(|b| (b.line, b.text.as_str()))
            .collect();
        assert_eq!(
            lines,
            [(1, "Titre"), (3, "Premier paragraphe."), (4, "Deuxième.")]
        );
        assert!(page.blocks.iter().all(|b| b.hint.is_none()));
    }

    #[test]
    fn hard_wrapped_lines_are_one_block() {
        let page = Page::from_text("Titre de la dépêche du jour\nLe président russe a rencontré son homologue\nbiélorusse à Minsk vendredi soir.");
        assert_eq!(page.blocks.len(), 2);
        assert_eq!(
            page.blocks[1].text,
            "Le président russe a rencontré son homologue biélorusse à Minsk vendredi soir."
        );
        assert_eq!(page.blocks[1].line, 2);
    }
}
