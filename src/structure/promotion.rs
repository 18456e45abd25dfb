//! The outlet's promotion glued to the article's end: "Cet article est paru dans notre
//! newsletter « La lettre éco ». Si vous êtes abonné au Monde, vous pouvez vous inscrire à
//! cette lettre quotidienne…" (Le Monde), "Plus d'informations à venir sur Le Point.fr
//! Newsletter justice et avocats… Recevez toutes les deux semaines la newsletter…" (Le
//! Point, as a scraper kept it on the article's line). The page's furniture, not the story.
//!
//! Told by shape, at the article's very end only: its last sentences each speak to the reader
//! ("vous", "votre", an imperative in "-ez" opening the sentence) or read as one of the page's
//! furniture families (newsletter, login, paywall: [`super::families`]), and both kinds stand
//! among them. A story that ends on a ministry's newsletter speaks to no one; a guide that ends
//! by speaking to its reader ("Pensez-y quand vous regarderez…") names no furniture.

use super::SourceParagraph;

/// Takes the promotion off the last paragraph, and the paragraph when nothing is left of it.
pub(super) fn without_promotion_end(paragraphs: &mut Vec<SourceParagraph>) {
    super::cut_last_paragraph(paragraphs, before_promotion);
}

/// The length of `text` before the promotion that ends it, trimmed; `None` when it ends on none.
fn before_promotion(text: &str) -> Option<usize> {
    // A promotion speaks to the reader: a paragraph without the letters of "vous", "votre",
    // "vos", "veuillez" or of an imperative's "-ez" is not split into sentences.
    if !super::body::may_address_reader(text) && !text.contains("ez") {
        return None;
    }
    let sentences = crate::segmenting::split_sentences(text);
    let (mut furniture, mut speaks, mut start) = (false, false, None);
    for sentence in sentences.iter().rev() {
        let Some(kind) = promotion_kind(&text[sentence.clone()]) else {
            break;
        };
        furniture |= kind.furniture;
        speaks |= kind.speaks;
        start = Some(sentence.start);
    }
    let start = start.filter(|_| furniture && speaks)?;
    Some(text[..start].trim_end().len())
}

/// What a sentence of a promotion is.
struct PromotionKind {
    /// It reads as one of the page's furniture families.
    furniture: bool,
    /// It speaks to the reader.
    speaks: bool,
}

/// The sentence's kind when it may belong to a promotion; `None` for a sentence of the story.
fn promotion_kind(sentence: &str) -> Option<PromotionKind> {
    let words = crate::segmenting::count_words(sentence);
    let furniture =
        super::families::family_of(sentence, words).is_some() || names_the_page(sentence);
    let speaks = super::body::addresses_reader(sentence) || opens_on_imperative(sentence);
    (furniture || speaks).then_some(PromotionKind { furniture, speaks })
}

/// "Cet article vous a été utile ?" (actu.fr's sites, over "Sachez que vous pouvez suivre Le
/// Trégor dans l'espace Mon Actu"): the page speaking of itself, as its furniture does. Not
/// an article of a code or a law ("cet article du Code civil", "cet article de loi").
fn names_the_page(sentence: &str) -> bool {
    let lower = crate::segmenting::to_lowercase(sentence);
    ["cet article", "cette vidéo", "cette page", "ce contenu"]
        .iter()
        .any(|page| {
            lower.match_indices(page).any(|(at, _)| {
                let after = lower[at + page.len()..].trim_start();
                let word = after.split_whitespace().next().unwrap_or("");
                !matches!(
                    word,
                    "de" | "du" | "des" | "d’un" | "d'un" | "d’une" | "d'une"
                ) && !word.starts_with(|c: char| c.is_ascii_digit())
            })
        })
}

/// "Recevez toutes les deux semaines…", "Découvrez…": a sentence opening on a verb in the
/// second person plural, which only the page says to its reader (a quotation opens on its
/// guillemet).
fn opens_on_imperative(sentence: &str) -> bool {
    let first = sentence.split_whitespace().next().unwrap_or("");
    let verb = first.split('-').next().unwrap_or("");
    verb.starts_with(char::is_uppercase)
        && verb.chars().count() > 4
        && verb.ends_with("ez")
        && verb.chars().all(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str) -> Option<&str> {
        before_promotion(text).map(|len| &text[..len])
    }

    #[test]
    fn a_newsletters_promotion_goes_from_the_articles_end() {
        // Le Monde: the whole paragraph.
        let monde = "Cet article est paru dans notre newsletter « La lettre éco ». Si vous êtes abonné au Monde, vous pouvez vous inscrire à cette lettre quotidienne en suivant ce lien. Chaque jour à 12h30, vous y retrouverez les informations du Monde.";
        assert_eq!(kept(monde), Some(""));
        // Le Point, glued to the story's last sentence.
        let point = "Les corps ont été retrouvés près de Puyravault (Charente-Maritime). Plus d'informations à venir sur Le Point.fr Newsletter justice et avocats Portraits d’avocats, comptes-rendus d’audience, affaires en cours… Recevez toutes les deux semaines la newsletter Justice et Avocats, enrichie du palmarès des avocats.";
        assert_eq!(
            kept(point),
            Some("Les corps ont été retrouvés près de Puyravault (Charente-Maritime).")
        );
        // actu.fr's sites (written for the tests): the page asks whether it helped.
        let actu = "Cet article vous a été utile ? Sachez que vous pouvez suivre Le Trégor dans l’espace Mon Actu. En un clic, après inscription, vous y retrouverez toute l’actualité de vos villes et marques favorites.";
        assert_eq!(kept(actu), Some(""));
    }

    #[test]
    fn a_story_or_a_guide_keeps_its_end() {
        for text in [
            // Furniture's words, spoken to no one.
            "Le ministère a réuni les éleveurs. Il leur enverra une newsletter chaque semaine.",
            // Speaking to the reader, of no furniture.
            "Le vent souffle fort. Pensez-y quand vous regarderez le prochain bulletin météo.",
            // The reader's words inside a quotation.
            "Le maire a conclu. « Inscrivez-vous à la newsletter de la mairie », a-t-il lancé.",
            // A guide's last word names an article of a code, not the page.
            "Le délai est de quatorze jours. Vous pouvez consulter cet article du Code de la consommation.",
        ] {
            assert_eq!(kept(text), None, "{text}");
        }
    }
}
