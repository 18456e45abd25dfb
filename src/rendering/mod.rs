//! Rendering: the composed article as Markdown, with YAML or TOML front matter or a plain
//! `# H1`.

pub mod escape;
pub mod front_matter;

use crate::composing::{BodyParagraph, Opening, Section};

/// How the title and metadata are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FrontMatterStyle {
    /// YAML front matter; the title is not repeated as an H1 (Yoast and markdownlint take the
    /// front matter title as the page's H1).
    #[default]
    Yaml,
    /// TOML front matter between `+++` lines (Hugo's own format), the title not repeated either.
    Toml,
    /// TOML front matter in Zola's layout: tags under `[taxonomies]`, redac's own fields under
    /// `[extra]` (Zola refuses fields it does not know).
    Zola,
    /// No front matter: the title is the first line, as `# Title`.
    None,
}

/// Everything the renderer writes.
pub struct Document<'a> {
    pub front_matter: &'a front_matter::FrontMatter,
    pub style: FrontMatterStyle,
    pub lede: &'a [BodyParagraph],
    /// The lede's first two paragraphs written as one (a short chapô and the paragraph that
    /// names what it tells), when they are.
    pub opening: Option<&'a Opening>,
    pub sections: &'a [Section<'a>],
    /// Lines of the closing "Sources" list, when the article draws on several sources.
    pub sources: &'a [SourceLine],
}

/// One line of the closing "Sources" list: what names the source (its title, outlet, date),
/// and the address it was read from, when its page gave one.
pub struct SourceLine {
    pub text: String,
    pub url: Option<String>,
}

/// Title of the closing list of sources. `check` knows that a final section with this title
/// is not body text.
pub const SOURCES_HEADING: &str = "Sources";

pub fn render(doc: &Document) -> String {
    let mut out = String::with_capacity(room(doc));
    match doc.style {
        FrontMatterStyle::Yaml => out.push_str(&front_matter::to_yaml_block(doc.front_matter)),
        FrontMatterStyle::Toml => out.push_str(&front_matter::to_toml_block(doc.front_matter)),
        FrontMatterStyle::Zola => out.push_str(&front_matter::to_zola_block(doc.front_matter)),
        FrontMatterStyle::None => {
            out.push_str("# ");
            out.push_str(&escape::inline(&doc.front_matter.title));
            out.push_str("\n\n");
        }
    }
    let mut lede = doc.lede.iter();
    if let Some(opening) = doc.opening {
        push_paragraph(&mut out, &opening.text);
        let next = lede.nth(1).map_or("", |b| b.paragraph.text.as_str());
        let rest = next.get(opening.resumes..).unwrap_or("");
        if !rest.is_empty() {
            push_paragraph(&mut out, rest);
        }
    }
    push_paragraphs(&mut out, lede);
    for section in doc.sections {
        out.push_str("## ");
        out.push_str(&escape::inline(&section.heading));
        out.push_str("\n\n");
        push_paragraphs(&mut out, section.paragraphs.iter());
    }
    if !doc.sources.is_empty() {
        out.push_str("## ");
        out.push_str(SOURCES_HEADING);
        out.push_str("\n\n");
        for line in doc.sources {
            out.push_str("- ");
            out.push_str(&escape::inline(&line.text));
            if let Some(url) = &line.url {
                // The address is a link the reader follows: escaped as text, "<" and "_"
                // made it a string of backslashes no renderer links.
                out.push_str(" — ");
                out.push_str(&escape::autolink(url));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// About the article's size: its paragraphs and headings with their blank lines, an eighth
/// more for escapes, and a page for the front matter and sources. Reserved at once, a huge
/// article is not copied as it grows (the copy would hold it twice for a moment); room not
/// written costs no memory.
fn room(doc: &Document) -> usize {
    let paragraphs =
        |list: &[BodyParagraph]| -> usize { list.iter().map(|p| p.paragraph.text.len() + 2).sum() };
    let opening = doc.opening.map_or(0, |o| o.text.len() + 2);
    let sections: usize = doc
        .sections
        .iter()
        .map(|s| s.heading.len() + 5 + paragraphs(s.paragraphs))
        .sum();
    let text = opening + paragraphs(doc.lede) + sections;
    text + text / 8 + 4096
}

/// Paragraphs in order, a source's list items as a Markdown list: one line each, the list
/// set apart by blank lines.
fn push_paragraphs<'p>(out: &mut String, paragraphs: impl Iterator<Item = &'p BodyParagraph>) {
    let mut in_list = false;
    for p in paragraphs {
        if p.list_item {
            match p.ordinal {
                Some(number) => out.push_str(&format!("{number}. ")),
                None => out.push_str("- "),
            }
            out.push_str(&escape::block(&p.paragraph.text));
            out.push('\n');
        } else {
            if in_list {
                out.push('\n');
            }
            push_paragraph(out, &p.paragraph.text);
        }
        in_list = p.list_item;
    }
    if in_list {
        out.push('\n');
    }
}

fn push_paragraph(out: &mut String, text: &str) {
    out.push_str(&escape::block(text));
    out.push_str("\n\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segmenting::Paragraph;

    fn paragraph(text: &str, list_item: bool) -> BodyParagraph {
        BodyParagraph {
            paragraph: Paragraph::new(text),
            source: 0,
            line: 1,
            intertitle: None,
            continues: false,
            list_item,
            ordinal: None,
        }
    }

    #[test]
    fn list_items_are_written_as_a_list_set_apart_by_blank_lines() {
        let paragraphs = [
            paragraph("Le forfait dépend du foyer\u{a0}:", false),
            paragraph("Si vous êtes seul il atteint 67,84\u{a0}€", true),
            paragraph("Si vous êtes deux, il s’établit à 135,68\u{a0}€", true),
            paragraph("Inévitablement, il réduit la prestation.", false),
            paragraph("Un dernier point.", true),
        ];
        let mut out = String::new();
        push_paragraphs(&mut out, paragraphs.iter());
        assert_eq!(
            out,
            "Le forfait dépend du foyer\u{a0}:\n\n- Si vous êtes seul il atteint 67,84\u{a0}€\n- Si vous êtes deux, il s’établit à 135,68\u{a0}€\n\nInévitablement, il réduit la prestation.\n\n- Un dernier point.\n\n"
        );
    }

    /// A numbered list's items are numbered as the source numbered them: "- 1\\. équiper"
    /// was a bullet before an escaped figure.
    #[test]
    fn a_numbered_lists_items_keep_their_numbers() {
        let numbered = |text, number| BodyParagraph {
            ordinal: Some(number),
            ..paragraph(text, true)
        };
        let paragraphs = [
            paragraph("Le plan tient en trois étapes\u{a0}:", false),
            numbered("équiper les parcelles\u{202f};", 1),
            numbered("installer des sondes.", 2),
        ];
        let mut out = String::new();
        push_paragraphs(&mut out, paragraphs.iter());
        assert_eq!(
            out,
            "Le plan tient en trois étapes\u{a0}:\n\n1. équiper les parcelles\u{202f};\n2. installer des sondes.\n\n"
        );
    }
}
