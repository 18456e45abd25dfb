//! A desk's copy in labelled fields: "TITRE : …", "CHAPÔ : …", "TEXTE :", "INTERTITRE : …",
//! "LÉGENDE : …", as a newsroom's editing system exports a story or a freelance fills its
//! template.
//!
//! Read as plain text, the labels were the article's: "CHAPO : Le tribunal…" opened the lede
//! and the meta description, "TEXTE :" and "INTERTITRE : Une expertise contestée" were
//! headings, the photo's legend closed the body, and the headline, taken for a label's
//! line, gave way to a title cut from the chapô. The labels say what each field is, as an
//! HTML page's markup does: a field's text becomes a block with that hint (the headline, the
//! chapô, an intertitle, a kicker, a legend), the author and the date go to the metadata
//! too, and a field that is never article text (a pull quote, a count of signs) is
//! furniture.
//! The text under a label is read as plain text is (hard-wrapped lines joined, noise told by
//! its shape), so only the first block after a label takes the label's meaning.
//!
//! Told by its labels, not by a layout: a field's name from the vocabulary of French desks
//! (titre, surtitre, chapô or chapeau, intertitre, légende…) at a line's start, followed by
//! a colon or alone on its line. A text is a labelled copy when it names its headline so
//! within its first lines and at least one more field of the story's structure (the chapô,
//! the text, an intertitle): a book's review closing on "Titre : … Auteur : …" is not one.

use super::page::{Block, Hint, Page};

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Standfirst,
    /// The story's text: the label opens it and says nothing of its first block.
    Text,
    Intertitle,
    Author,
    Date,
    /// A rubric over the headline ("SURTITRE").
    Kicker,
    /// A photo's legend or credit.
    Caption,
    /// A pull quote, the count of signs, the tags: what the desk notes beside the story,
    /// never in it.
    Furniture,
}

/// Field names, lowercase and unaccented, hyphens read as spaces, with what they hold.
const FIELDS: &[(&str, Field)] = &[
    ("titre", Field::Title),
    ("titre web", Field::Title),
    ("titre article", Field::Title),
    ("titre principal", Field::Title),
    ("titre print", Field::Title),
    ("titre papier", Field::Title),
    ("titre internet", Field::Title),
    ("chapo", Field::Standfirst),
    ("chapeau", Field::Standfirst),
    ("chapeau introductif", Field::Standfirst),
    ("accroche", Field::Standfirst),
    ("sous titre", Field::Standfirst),
    ("texte", Field::Text),
    ("texte principal", Field::Text),
    ("corps", Field::Text),
    ("corps du texte", Field::Text),
    ("corps de texte", Field::Text),
    ("intertitre", Field::Intertitle),
    ("inter", Field::Intertitle),
    ("encadre", Field::Intertitle),
    ("auteur", Field::Author),
    ("auteure", Field::Author),
    ("auteurs", Field::Author),
    ("auteur s", Field::Author),
    ("signature", Field::Author),
    ("journaliste", Field::Author),
    ("redacteur", Field::Author),
    ("redactrice", Field::Author),
    ("date", Field::Date),
    ("date de publication", Field::Date),
    ("surtitre", Field::Kicker),
    ("sur titre", Field::Kicker),
    ("rubrique", Field::Kicker),
    ("legende", Field::Caption),
    ("legende photo", Field::Caption),
    ("credit", Field::Caption),
    ("credit photo", Field::Caption),
    ("credits", Field::Caption),
    ("photo", Field::Caption),
    ("exergue", Field::Furniture),
    ("signes", Field::Furniture),
    ("nombre de signes", Field::Furniture),
    ("calibrage", Field::Furniture),
    ("mots cles", Field::Furniture),
    ("tags", Field::Furniture),
];

/// The longest field name, in bytes: a longer run before a colon is a sentence's, and a
/// line is searched for its colon this far only (every text's first lines are asked).
const NAME_MAX_BYTES: usize = 40;

/// Non-blank lines from the text's top within which the headline's label must stand (a
/// brief's instructions or a kicker may come first).
const TITLE_REACH: usize = 12;

/// Bytes from the text's top within which the headline's label must stand.
const TITLE_REACH_BYTES: usize = 2048;

/// The field a line's label names, and where its value starts in the line (its end when the
/// label stands alone): "TITRE : À Rouen, …", "Chapô:", "[INTERTITRE]", "TEXTE".
fn label_of(line: &str) -> Option<(Field, usize)> {
    let start = line.len() - line.trim_start().len();
    let rest = &line[start..];
    let head = &rest.as_bytes()[..rest.len().min(NAME_MAX_BYTES + 1)];
    let (name, value) = match head.iter().position(|&b| b == b':') {
        Some(colon) => (&rest[..colon], start + colon + 1),
        None => (rest.trim_end(), line.len()),
    };
    let name = name.trim();
    if name.len() > NAME_MAX_BYTES || name.is_empty() {
        return None;
    }
    let name = name
        .strip_prefix('[')
        .and_then(|n| n.strip_suffix(']'))
        .unwrap_or(name);
    let field = field_named(name)?;
    let value_start = value + (line[value..].len() - line[value..].trim_start().len());
    Some((field, value_start))
}

/// The longest field name once folded, in bytes ("date de publication").
const FOLDED_MAX_BYTES: usize = 24;

/// The field `name` names: lowercase and unaccented, hyphens and apostrophes read as spaces,
/// an intertitle's number dropped ("INTERTITRE 2"). Folded on the stack, and given up at the
/// first word that opens no field's name: every text's first lines are asked, a dump's menu
/// lines by the dozen, and nearly none is a label.
fn field_named(name: &str) -> Option<Field> {
    let mut folded = [0u8; FOLDED_MAX_BYTES];
    let mut len = 0;
    let mut first_word = true;
    for c in name.chars() {
        let byte = match c {
            'a'..='z' | '0'..='9' => c as u8,
            'A'..='Z' => c.to_ascii_lowercase() as u8,
            '-' | '\'' | '’' | '(' | ')' | ' ' | '\u{a0}' => b' ',
            _ => match crate::lexicon::without_accent(c.to_lowercase().next()?) {
                plain if plain.is_ascii_lowercase() => plain as u8,
                _ => return None,
            },
        };
        if byte == b' ' {
            // One space between words, none first.
            if len == 0 || folded[len - 1] == b' ' {
                continue;
            }
            if first_word && !opens_a_name(&folded[..len]) {
                return None;
            }
            first_word = false;
        }
        *folded.get_mut(len)? = byte;
        len += 1;
    }
    let folded = std::str::from_utf8(&folded[..len]).ok()?.trim_end();
    let unnumbered = folded.trim_end_matches(|c: char| c.is_ascii_digit());
    let numbered = unnumbered.len() < folded.len();
    let unnumbered = unnumbered.trim_end();
    let field = FIELDS
        .iter()
        .find(|(known, _)| *known == unnumbered)
        .map(|&(_, field)| field)?;
    // A number follows an intertitle's label only: "Article 3 :" is no field.
    (!numbered || field == Field::Intertitle).then_some(field)
}

/// A field's name opens on `word` (folded), or is it with a number after it ("intertitre 2").
fn opens_a_name(word: &[u8]) -> bool {
    FIELDS.iter().any(|(known, _)| {
        let known = known.as_bytes();
        known == word || known.starts_with(word) && known.get(word.len()) == Some(&b' ')
    })
}

/// `line` opens on "titre", as every headline's label does, past what a name's folding
/// drops (spaces, brackets, dashes, apostrophes): the cheap test each of a text's first lines
/// is put to before its label is looked for (a colon searched, a name folded).
fn may_name_a_title(line: &str) -> bool {
    let rest = line.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '[' | '-' | '\'' | '’' | '(' | ')')
    });
    rest.as_bytes()
        .get(..b"titre".len())
        .is_some_and(|word| word.eq_ignore_ascii_case(b"titre"))
}

/// `text` is a labelled copy: a headline's label within its first lines, and a label of
/// the chapô, the text or an intertitle.
pub fn looks_like_labelled_copy(text: &str) -> bool {
    // Most texts are settled by their first lines holding no headline's label, read within
    // the text's first bytes: a paragraph's long line is not searched to its end.
    let mut top = TITLE_REACH_BYTES.min(text.len());
    while !text.is_char_boundary(top) {
        top -= 1;
    }
    let titled = text[..top]
        .lines()
        .filter(|line| !line.trim().is_empty())
        .take(TITLE_REACH)
        .filter(|line| may_name_a_title(line))
        .any(|line| label_of(line).is_some_and(|(field, _)| field == Field::Title));
    titled
        && text.lines().any(|line| {
            label_of(line).is_some_and(|(field, _)| {
                matches!(field, Field::Standfirst | Field::Text | Field::Intertitle)
            })
        })
}

/// The copy as a page: each field's first block with the field's hint, the author and the
/// date in the metadata.
pub fn read(text: &str) -> Page {
    let mut page = Page::default();
    let mut field = None;
    let mut segment = Segment { start: 0, line: 0 };
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        if let Some((named, value)) = label_of(line.trim_end_matches(['\n', '\r'])) {
            segment.read_into(&text[..offset], field, &mut page);
            field = Some(named);
            segment = Segment {
                start: offset + value,
                line: index,
            };
        }
        offset += line.len();
    }
    segment.read_into(text, field, &mut page);
    page
}

/// The text after a label (or before the first), up to the next label's line.
struct Segment {
    /// Where it starts in the copy, in bytes.
    start: usize,
    /// The copy's line it starts on, from 0.
    line: usize,
}

impl Segment {
    /// The segment's blocks, read as plain text, put on `page` with the copy's line numbers;
    /// `field`, the label over them, says what the first one is. `text` ends where the
    /// segment does.
    fn read_into(&self, text: &str, field: Option<Field>, page: &mut Page) {
        let Some(segment) = text.get(self.start..) else {
            return;
        };
        let mut blocks = Page::from_text(segment).blocks.into_iter().map(|b| Block {
            line: b.line + self.line,
            last_line: b.last_line + self.line,
            ..b
        });
        if let Some(mut first) = blocks.next() {
            first.hint = match field {
                Some(Field::Title) => Some(Hint::Title),
                Some(Field::Standfirst) => Some(Hint::Standfirst),
                Some(Field::Intertitle) => Some(Hint::Intertitle),
                Some(Field::Author) => {
                    page.metadata
                        .author
                        .get_or_insert_with(|| first.text.clone());
                    Some(Hint::Byline)
                }
                Some(Field::Date) => {
                    page.metadata.date.get_or_insert_with(|| first.text.clone());
                    Some(Hint::Dateline)
                }
                Some(Field::Kicker) => Some(Hint::Kicker),
                Some(Field::Caption) => Some(Hint::Caption),
                Some(Field::Furniture) => Some(Hint::Furniture),
                Some(Field::Text) | None => first.hint,
            };
            page.blocks.push(first);
        }
        page.blocks.extend(blocks);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COPY: &str = "SURTITRE : Justice\n\
        TITRE : À Rouen, le procès de l'incendie renvoyé au printemps\n\
        CHAPO : Le tribunal a renvoyé mardi le procès.\n\
        AUTEUR : Thomas Leroy\n\
        DATE : 01/12/2026\n\n\
        TEXTE :\n\
        L'audience n'aura duré qu'une heure.\n\n\
        INTERTITRE 1 : Une expertise contestée\n\n\
        Les avocats contestent les conclusions.\n\n\
        LÉGENDE PHOTO : Le parking, au lendemain de l'incendie. (Archives)\n";

    fn blocks(text: &str) -> Vec<(usize, Option<Hint>, String)> {
        read(text)
            .blocks
            .into_iter()
            .map(|b| (b.line, b.hint, b.text))
            .collect()
    }

    #[test]
    fn each_label_says_what_its_field_is() {
        assert!(looks_like_labelled_copy(COPY));
        assert_eq!(
            blocks(COPY),
            [
                (1, Some(Hint::Kicker), "Justice".into()),
                (
                    2,
                    Some(Hint::Title),
                    "À Rouen, le procès de l'incendie renvoyé au printemps".into()
                ),
                (
                    3,
                    Some(Hint::Standfirst),
                    "Le tribunal a renvoyé mardi le procès.".into()
                ),
                (4, Some(Hint::Byline), "Thomas Leroy".into()),
                (5, Some(Hint::Dateline), "01/12/2026".into()),
                (8, None, "L'audience n'aura duré qu'une heure.".into()),
                (10, Some(Hint::Intertitle), "Une expertise contestée".into()),
                (12, None, "Les avocats contestent les conclusions.".into()),
                (
                    14,
                    Some(Hint::Caption),
                    "Le parking, au lendemain de l'incendie. (Archives)".into()
                ),
            ]
        );
        let metadata = read(COPY).metadata;
        assert_eq!(metadata.author.as_deref(), Some("Thomas Leroy"));
        assert_eq!(metadata.date.as_deref(), Some("01/12/2026"));
    }

    /// A label alone on its line names the block under it, and a field's wrapped lines are
    /// joined as plain text's are.
    #[test]
    fn a_label_alone_names_the_block_under_it() {
        let copy = "Titre\nLa piscine rouvre\n\nChapô :\nLa piscine des Sablières, fermée depuis le mois de mars pour des travaux de\nmise aux normes, rouvre lundi avec un bassin nordique chauffé toute l'année.\n\nTexte\nLes nageurs retrouvent le grand bassin.\n";
        assert!(looks_like_labelled_copy(copy));
        assert_eq!(
            blocks(copy),
            [
                (2, Some(Hint::Title), "La piscine rouvre".into()),
                (
                    5,
                    Some(Hint::Standfirst),
                    "La piscine des Sablières, fermée depuis le mois de mars pour des travaux de mise aux normes, rouvre lundi avec un bassin nordique chauffé toute l'année.".into()
                ),
                (9, None, "Les nageurs retrouvent le grand bassin.".into()),
            ]
        );
    }

    #[test]
    fn labels_are_told_by_their_names() {
        assert_eq!(
            label_of("CHAPÔ : Le tribunal"),
            Some((Field::Standfirst, 9))
        );
        assert_eq!(label_of("[INTERTITRE]"), Some((Field::Intertitle, 12)));
        assert_eq!(
            label_of("Sous-titre: Un bilan"),
            Some((Field::Standfirst, 12))
        );
        assert_eq!(label_of("Corps du texte :"), Some((Field::Text, 16)));
        // A sentence's colon, a law's article, a word alone that names no field.
        assert_eq!(label_of("Selon lui : la loi est claire"), None);
        assert_eq!(label_of("Article 3 : les dispositions"), None);
        assert_eq!(label_of("Conclusion"), None);
        assert_eq!(label_of("Accueil"), None);
        assert_eq!(
            label_of("Intertitre2 : Un bilan"),
            Some((Field::Intertitle, 14))
        );
    }

    /// A box of facts that names a book's title closes a review: no label of the story's
    /// structure, no labelled copy. Nor is a text whose headline's label comes late.
    #[test]
    fn a_box_naming_a_title_is_no_labelled_copy() {
        let review = "Un roman sur la mer\n\nL'autrice signe un livre ample.\n\nTitre : Les Marées\nAuteur : Anne Roy\nÉditeur : Seuil\n";
        assert!(!looks_like_labelled_copy(review));
        let late = format!(
            "{}Titre : X\nTexte :\nY\n",
            "Une ligne.\n".repeat(TITLE_REACH)
        );
        assert!(!looks_like_labelled_copy(&late));
    }

    /// Every headline's label passes the cheap test, in whatever dress the folding reads
    /// through, so the test never turns a labelled copy away; a sentence does not pass it.
    #[test]
    fn every_headline_label_passes_the_cheap_test() {
        for (name, field) in FIELDS {
            let label = format!("{}: X", name.to_uppercase());
            assert_eq!(may_name_a_title(&label), *field == Field::Title, "{label}");
        }
        for line in ["  [TITRE WEB]", "- Titre : X", "(titre) : X", "\u{a0}Titre"] {
            assert!(may_name_a_title(line), "{line}");
            assert_eq!(label_of(line).map(|(field, _)| field), Some(Field::Title));
        }
        assert!(!may_name_a_title("Le titre : X"));
        assert!(!may_name_a_title("Tit"));
    }
}
