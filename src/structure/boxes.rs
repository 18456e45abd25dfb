//! A box set inside the article: "Bio express" over "1990 : naissance à Fougères." and
//! "2013 : diplôme d’ingénieure…", "Repères", "En chiffres". On paper it stands beside the
//! text; a page dump or a copy sets it between two paragraphs of a section, its label an
//! intertitle, and the prose that resumes under it read as the box's own section ("## Bio
//! express", four dates, then the mayor's first meeting with the baker).
//!
//! Told by shape: an intertitle over two lines or more of facts (a label of a few words, or a
//! year, its colon, then what it says, in a few words), then prose with no intertitle of its
//! own. The box moves down to the end of the section it cut, and the prose rejoins the
//! section above it: every paragraph is kept, in the order of its section. Not a list or a
//! table the markup marks under its heading: a page's `<h2>` over a table and paragraphs
//! heads them all, as the journalist set them.

use super::interior::{labelled_by, FACT_LABEL_MAX_WORDS, FACT_MAX_WORDS};
use super::SourceParagraph;

/// Most words of a box's label ("Bio express", "Les dates clés").
const LABEL_MAX_WORDS: usize = 5;
/// Most bytes of a box's line: [`FACT_MAX_WORDS`] words of twenty bytes.
const FACT_MAX_BYTES: usize = 20 * FACT_MAX_WORDS;
/// Fewest words of the prose that resumes after a box: a sentence of a few words may be the
/// box's last line ("Source : Insee.").
const PROSE_MIN_WORDS: usize = 20;

/// Each box set between two paragraphs of a section moved to the section's end.
pub(super) fn set_apart(paragraphs: &mut [SourceParagraph]) {
    let mut label = 0;
    while label < paragraphs.len() {
        let Some(facts_end) = box_at(paragraphs, label) else {
            label += 1;
            continue;
        };
        let section_end = (facts_end..paragraphs.len())
            .find(|&i| paragraphs[i].intertitle.is_some())
            .unwrap_or(paragraphs.len());
        paragraphs[label..section_end].rotate_left(facts_end - label);
        label = section_end;
    }
}

/// Where the facts of the box that paragraph `label` opens end, when prose without an
/// intertitle resumes there.
fn box_at(paragraphs: &[SourceParagraph], label: usize) -> Option<usize> {
    let heading = paragraphs[label].intertitle.as_deref()?;
    if heading.split_whitespace().count() > LABEL_MAX_WORDS {
        return None;
    }
    let facts_end = (label..paragraphs.len())
        .find(|&i| {
            let p = &paragraphs[i];
            (i > label && p.intertitle.is_some()) || p.list_item || !is_fact(&p.text)
        })
        .unwrap_or(paragraphs.len());
    let resumes = paragraphs.get(facts_end).is_some_and(|p| {
        p.intertitle.is_none()
            && !p.list_item
            && crate::segmenting::count_words(&p.text) >= PROSE_MIN_WORDS
    });
    (facts_end - label >= 2 && resumes).then_some(facts_end)
}

/// A box's line: a label of a few words opening on a capital or a figure, its colon, then
/// what it says, in a few words ("1990 : naissance à Fougères.", "Superficie : 35 km²"), as
/// the interior rules read a box's fact ([`labelled_by`]), a year allowed for its label.
fn is_fact(text: &str) -> bool {
    // Fifteen words are far fewer bytes: a paragraph of prose is not searched for a colon.
    if text.len() > FACT_MAX_BYTES {
        return false;
    }
    let opens = |c: char| c.is_uppercase() || c.is_ascii_digit();
    labelled_by(text, FACT_LABEL_MAX_WORDS, opens)
        && crate::segmenting::count_words(text) <= FACT_MAX_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(intertitle: Option<&str>, text: &str) -> SourceParagraph {
        SourceParagraph {
            line: 0,
            text: text.into(),
            intertitle: intertitle.map(Into::into),
            list_item: false,
            ordinal: None,
            pieces: 0,
        }
    }

    const PROSE: &str = "Le maire, Jean-Pierre Hamon, se souvient de leur première rencontre. La commune a accepté de louer le local à un prix modéré pendant trois ans.";

    fn texts(paragraphs: &[SourceParagraph]) -> Vec<(Option<&str>, &str)> {
        paragraphs
            .iter()
            .map(|p| (p.intertitle.as_deref(), &p.text[..8]))
            .collect()
    }

    #[test]
    fn a_box_between_two_paragraphs_moves_to_the_end_of_its_section() {
        let mut paragraphs = vec![
            paragraph(Some("Une reconversion"), "En 2022, elle quitte son poste."),
            paragraph(Some("Bio express"), "1990 : naissance à Fougères."),
            paragraph(None, "2013 : diplôme d’ingénieure à l’Insa de Toulouse."),
            paragraph(None, PROSE),
            paragraph(
                None,
                "Aucun repreneur ne s’était manifesté depuis trois ans.",
            ),
            paragraph(
                Some("Un lieu de vie"),
                "Depuis la réouverture, le bourg vit.",
            ),
        ];
        set_apart(&mut paragraphs);
        assert_eq!(
            texts(&paragraphs),
            [
                (Some("Une reconversion"), "En 2022,"),
                (None, "Le maire"),
                (None, "Aucun re"),
                (Some("Bio express"), "1990 : n"),
                (None, "2013 : d"),
                (Some("Un lieu de vie"), "Depuis l"),
            ]
        );
    }

    /// A box the article ends on, a section of prose, and a single line of facts stay where
    /// they are.
    #[test]
    fn what_is_no_box_cut_into_a_section_stays() {
        let closing = vec![
            paragraph(None, PROSE),
            paragraph(Some("Bio express"), "1990 : naissance à Fougères."),
            paragraph(None, "2013 : diplôme d’ingénieure à l’Insa de Toulouse."),
        ];
        let prose = vec![
            paragraph(Some("Le calendrier"), PROSE),
            paragraph(None, "2013 : diplôme d’ingénieure à l’Insa de Toulouse."),
            paragraph(None, PROSE),
        ];
        let one_line = vec![
            paragraph(Some("Le prix"), "Tarif : 12 euros la séance."),
            paragraph(None, PROSE),
        ];
        // A page's `<h2>` over its table's rows and paragraphs (budget_table.html).
        let mut table = vec![
            paragraph(Some("Les principaux postes"), "Écoles : 58 M€"),
            paragraph(None, "Transports : 42 M€"),
            paragraph(None, PROSE),
        ];
        table[0].list_item = true;
        table[1].list_item = true;
        for case in [closing, prose, one_line, table] {
            let mut moved = case.clone();
            set_apart(&mut moved);
            assert_eq!(moved, case);
        }
    }
}
