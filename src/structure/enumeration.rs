//! Enumerations: a sentence ending on a colon, then its items, each ending on a semicolon and
//! the last on a full stop, as French typography sets a list inside a sentence
//! ("…ne sont qu’une partie de la réponse :" / "Les applications de messagerie (…) ;" / "Un ou
//! plusieurs sites responsive…").
//!
//! A page copied as text loses the list's bullets, and its items, too short or not ending like
//! sentences, read as a gap of unexplained lines: the article's run stopped at the colon, and
//! the paragraphs under the list were left out as another run. The semicolons say what the
//! bullets said.

use super::{Draft, Role};

/// The reason given to an item of an enumeration.
pub(super) const ENUMERATED_ITEM: &str = "an item of the enumeration the sentence above announces";

/// Fewest items ending on a semicolon: one is a sentence cut in two lines.
const MIN_ITEMS: usize = 2;

/// Most words of an item: a longer line is a paragraph of its own.
const ITEM_MAX_WORDS: usize = 60;

/// Mark as the article's the items of every enumeration a sentence announces.
pub(super) fn mark(draft: &mut Draft) {
    let mut i = 0;
    while i < draft.len() {
        let (end, reason) = if announces(draft, i) {
            let items = items_end(draft, i + 1)
                .max(listed_items_end(draft, i + 1))
                .max(figure_lines_end(draft, i + 1))
                .max(named_lines_end(draft, i + 1));
            // Items on semicolons, numbered or bulleted are a list, however short its lines.
            match stanza_end(draft, i).filter(|_| items == i + 1) {
                Some(end) => (end, STANZA_LINE),
                None => (items, ENUMERATED_ITEM),
            }
        } else if heads_a_list(draft, i) {
            (listed_items_end(draft, i + 1), ENUMERATED_ITEM)
        } else {
            (figure_lines_end(draft, i + 1), ENUMERATED_ITEM)
        };
        for k in i + 1..end {
            draft.set(k, Role::Body, reason);
        }
        i = end.max(i + 1);
    }
}

/// Block `i` may announce an enumeration: undecided or the article's, ending on a colon.
fn announces(draft: &Draft, i: usize) -> bool {
    matches!(draft.roles[i], None | Some((Role::Body, _)))
        && draft.shapes[i].words >= 2
        && draft.texts[i].trim_end().ends_with(':')
}

/// The reason given to a line of a stanza ([`stanza_end`]).
const STANZA_LINE: &str = "a line of the stanza the sentence above announces";

/// Most words of a line of a stanza.
const STANZA_LINE_MAX_WORDS: usize = 14;

/// Fewest words of the sentence that announces a stanza: a label over lines ("Au menu :")
/// is a few words.
const STANZA_ANNOUNCER_MIN_WORDS: usize = 8;

/// "…quatre pages portent les paroles d'une chanson. Le premier couplet dit :" / "Quand le
/// vent tourne au suroît" / "Et que la houle monte à bord," / … / "Qui m'attends sous le
/// vieux beffroi.": short lines glued together under the article's sentence that announces
/// them, the last ending the sentence, a stanza, a song or a motto the article quotes. Read
/// one by one, each line was a headline opening no prose, and the four of them a gap that
/// parted the article's paragraphs under them from its run. Where the lines end, past the
/// announcing block `i`; `None` when no such lines stand under it. A menu glued under a
/// label ends on no sentence's mark.
fn stanza_end(draft: &Draft, i: usize) -> Option<usize> {
    if draft.shapes[i].words < STANZA_ANNOUNCER_MIN_WORDS {
        return None;
    }
    let first = i + 1;
    let line = |k: usize| {
        may_be_an_item(draft, k)
            && draft.shapes[k].words <= STANZA_LINE_MAX_WORDS
            && !draft.list_item(k)
    };
    let end = glued_run_end(draft, first, line);
    let ends_sentence = end > first && draft.shapes[end - 1].ends_sentence;
    match end - first >= MIN_ITEMS && ends_sentence {
        true => Some(end),
        false => spaced_stanza_end(draft, first, line),
    }
}

/// The lines of a stanza set apart by blank lines, as a page sets each verse in a paragraph
/// of its own: the lines up to the first that ends a sentence, one of those before it going
/// on after a comma ("Et que la houle monte à bord,"), which no headline does. Where they end;
/// `None` when no such lines stand at `first`.
fn spaced_stanza_end(draft: &Draft, first: usize, line: impl Fn(usize) -> bool) -> Option<usize> {
    let mut last = first;
    while last < draft.len() && line(last) && !draft.shapes[last].ends_sentence {
        last += 1;
    }
    let closes = last < draft.len() && line(last) && draft.shapes[last].ends_sentence;
    let goes_on = || (first..last).any(|k| draft.texts[k].trim_end().ends_with(','));
    (closes && last + 1 - first >= MIN_ITEMS && goes_on()).then_some(last + 1)
}

/// Where the lines glued together from block `first` on, each of them a `line`, end: `first`
/// when it is none.
fn glued_run_end(draft: &Draft, first: usize, line: impl Fn(usize) -> bool) -> usize {
    let mut end = first;
    while end < draft.len() && line(end) && (end == first || draft.glued[end]) {
        end += 1;
    }
    end
}

/// Block `i` is an intertitle the page marks ("<h2>Les principaux postes</h2>") over a
/// list's first item: a section that opens on its list, a table of figures read as one among
/// them (`reading::html`), with the section's prose under it.
fn heads_a_list(draft: &Draft, i: usize) -> bool {
    draft.role(i) == Some(Role::Intertitle) && i + 1 < draft.len() && draft.list_item(i + 1)
}

/// Block `k` may be an item: no longer than one, and undecided, or taken for a share prompt
/// by its first word while it goes on with the sentence in lowercase ("partager les retenues
/// d'eau entre les communes voisines.", the last of three steps, was left out as a "Partager"
/// button). A prompt is a button's label, and a label opens on a capital.
fn may_be_an_item(draft: &Draft, k: usize) -> bool {
    let continues =
        || draft.role(k) == Some(Role::Share) && super::continues_in_lowercase(draft.texts[k]);
    draft.shapes[k].words <= ITEM_MAX_WORDS && (draft.roles[k].is_none() || continues())
}

/// Where the enumeration whose first item is block `first` ends: its items ending on a
/// semicolon, [`MIN_ITEMS`] at least, and the one after them when it ends the sentence.
/// `first` when there is none.
fn items_end(draft: &Draft, first: usize) -> usize {
    let item = |k: usize| may_be_an_item(draft, k);
    let mut end = first;
    while end < draft.len() && item(end) && draft.texts[end].trim_end().ends_with(';') {
        end += 1;
    }
    if end - first < MIN_ITEMS {
        return first;
    }
    let closes = end < draft.len() && item(end) && draft.shapes[end].ends_sentence;
    end + usize::from(closes)
}

/// Where the list whose first item is block `first` ends, when the article's prose goes on
/// under it: items numbered from one and in order ("1. Paris SG, 35 pts", "2. Lens, 29 pts"…,
/// a league's table under "Le classement après la 14e journée :"), or a list's items as its
/// bullets or its markup mark them, [`MIN_ITEMS`] at least. Its items, short and unlike
/// sentences, were a gap that parted the article's last paragraphs from it. A list that ends
/// the page may be its boxes of links; one between two paragraphs is the article's. `first`
/// when there is none.
fn listed_items_end(draft: &Draft, first: usize) -> usize {
    let item = |k: usize| may_be_an_item(draft, k);
    let mut end = first;
    let mut number = 1;
    while end < draft.len() && item(end) && item_number(draft.texts[end]) == Some(number) {
        end += 1;
        number += 1;
    }
    if end == first {
        while end < draft.len() && item(end) && draft.list_item(end) {
            end += 1;
        }
    }
    let prose_after = end < draft.len() && draft.is_prose(end);
    let timeline = (first..end).all(|k| dated_item(draft.texts[k]))
        || (first..end).all(|k| figure_item(draft.texts[k]));
    let timeline = timeline && under_prose(draft, first);
    match end - first >= MIN_ITEMS && (prose_after || timeline) {
        true => end,
        false => first,
    }
}

/// Fewest lines of a list of figures without its bullets ([`figure_lines_end`]).
const FIGURE_LINES_MIN: usize = 3;

/// Most words of a line of a list of figures.
const FIGURE_LINE_MAX_WORDS: usize = 12;

/// "Ingrédients pour 8 personnes" over "125 g de poudre d'amande", "100 g de sucre"…, or "Les
/// intentions de vote au premier tour :" over "Union de la droite et du centre : 26 %"…: a
/// list copied without its bullets, its lines glued together (a paragraph stands apart by a
/// blank line), each a few words holding a figure, ending on no full stop and announcing
/// nothing (a label glued over a numbered list is the list's), [`FIGURE_LINES_MIN`] at
/// least, between the article's prose above (a label may stand between) and below (an
/// intertitle may). Read one by one, its lines were headlines opening no prose; a box of
/// links lists headlines, few of which hold a figure. Where the list whose first line is
/// `first` ends; `first` when there is none.
fn figure_lines_end(draft: &Draft, first: usize) -> usize {
    // Asked of every block: most have no line glued under them, told at once.
    if draft.glued.get(first + 1) != Some(&true) {
        return first;
    }
    let line = |k: usize| {
        short_line(draft, k, FIGURE_LINE_MAX_WORDS)
            && !draft.shapes[k].ends_full_stop
            && draft.texts[k].bytes().any(|b| b.is_ascii_digit())
    };
    let end = glued_run_end(draft, first, line);
    let prose_above = (1..=2).any(|back| first >= back && draft.is_prose(first - back));
    let prose_below = (end..draft.len().min(end + 2)).any(|k| draft.is_prose(k));
    match end - first >= FIGURE_LINES_MIN && prose_above && prose_below {
        true => end,
        false => first,
    }
}

/// Fewest lines of a list of names without its bullets ([`named_lines_end`]).
const NAMED_LINES_MIN: usize = 3;

/// Most words of a line of a list of names.
const NAMED_LINE_MAX_WORDS: usize = 4;

/// "Les départements concernés :" over "Finistère", "Côtes-d'Armor", "Morbihan"…: a list of
/// names copied without its bullets, each line a few words glued under the one before, none
/// ending a sentence or announcing another list, [`NAMED_LINES_MIN`] at least, under the label
/// that announces them (block `first - 1`), itself under the article's prose, and over more
/// of it. Read one by one, its lines were a menu's labels, and the list a gap that parted
/// the lede from the rest of the run. A menu's label is a family's ("Rubriques :", "Suivez-
/// nous :"), decided before, and announces nothing here. Where the list whose first line is
/// `first` ends; `first` when there is none.
fn named_lines_end(draft: &Draft, first: usize) -> usize {
    if draft.glued.get(first + 1) != Some(&true) || !under_prose(draft, first) {
        return first;
    }
    let line =
        |k: usize| short_line(draft, k, NAMED_LINE_MAX_WORDS) && !draft.shapes[k].ends_sentence;
    let end = glued_run_end(draft, first, line);
    match end - first >= NAMED_LINES_MIN && end < draft.len() && draft.is_prose(end) {
        true => end,
        false => first,
    }
}

/// Block `k` may be a line of a list copied without its bullets: `max_words` words at most,
/// undecided ([`may_be_an_item`]), and announcing nothing itself (no colon at its end), as
/// the lists of figures and of names read their lines.
fn short_line(draft: &Draft, k: usize, max_words: usize) -> bool {
    draft.shapes[k].words <= max_words
        && may_be_an_item(draft, k)
        && !draft.texts[k].trim_end().ends_with(':')
}

/// "- 1969 : transfert des Halles de Paris à Rungis": an item that opens on its year before a
/// colon, a timeline's ("Les dates clés du marché de Rungis :" under an article's last
/// paragraph), which the article sets after its prose as it sets a list between paragraphs.
/// A box of links lists headlines, which open on no year.
fn dated_item(text: &str) -> bool {
    let text = crate::reading::page::after_bullet(text).unwrap_or(text);
    text.split_once(" : ").is_some_and(|(date, _)| {
        date.split_whitespace().count() <= DATE_MAX_WORDS
            && date.split_whitespace().any(|word| {
                word.len() == 4
                    && word.bytes().all(|b| b.is_ascii_digit())
                    && matches!(&word[..2], "19" | "20")
            })
    })
}

/// "- 1 200 : le nombre de salariés du marché": an item that opens on a figure before a
/// colon, a box of key figures' ("Les chiffres clés :"), set after the article's prose as a
/// timeline is. A time of day ("14h30 : …") opens a live's or a list of teasers' line.
fn figure_item(text: &str) -> bool {
    let text = crate::reading::page::after_bullet(text).unwrap_or(text);
    text.split_once(" : ").is_some_and(|(figure, _)| {
        figure.starts_with(|c: char| c.is_ascii_digit())
            && figure.split_whitespace().count() <= DATE_MAX_WORDS
            && !super::holds_time_of_day(figure)
    })
}

/// Most words of the date that opens a timeline's item ("12 mars 2020").
const DATE_MAX_WORDS: usize = 4;

/// The line announcing the list whose first item is `first` stands right under the article's
/// prose.
fn under_prose(draft: &Draft, first: usize) -> bool {
    first >= 2 && draft.is_prose(first - 2)
}

/// The number a list's item opens on ([`super::features::item_number`]).
fn item_number(text: &str) -> Option<usize> {
    super::features::item_number(text).map(|(number, _)| number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure::features::Shape;

    fn draft<'a>(texts: &[&'a str]) -> Draft<'a> {
        Draft {
            texts: texts.to_vec(),
            shapes: texts.iter().map(|t| Shape::of(t)).collect(),
            hints: vec![None; texts.len()],
            glued: vec![true; texts.len()],
            roles: vec![None; texts.len()],
        }
    }

    fn enumerated(draft: &Draft) -> Vec<bool> {
        (0..draft.len())
            .map(|i| draft.roles[i] == Some((Role::Body, ENUMERATED_ITEM)))
            .collect()
    }

    /// A plan in three steps (written for this test): the last step opens on "partager",
    /// which the share prompts' family took for a "Partager" button. It goes on with the
    /// sentence in lowercase: the enumeration's, as its other steps are. A button after the
    /// list stays a button.
    #[test]
    fn an_item_taken_for_a_share_prompt_by_its_verb_is_the_enumerations() {
        let texts = [
            "Le plan tient en trois étapes :",
            "équiper les parcelles de goutte-à-goutte avant le printemps ;",
            "installer des sondes dans le sol pour mesurer l’humidité ;",
            "partager les retenues d’eau entre les communes voisines.",
            "Partager",
        ];
        for bullet in ["", "- "] {
            let bulleted: Vec<String> = texts
                .iter()
                .enumerate()
                .map(|(i, t)| match i {
                    1..=3 => format!("{bullet}{t}"),
                    _ => t.to_string(),
                })
                .collect();
            let refs: Vec<&str> = bulleted.iter().map(String::as_str).collect();
            let mut page = draft(&refs);
            page.roles[3] = Some((Role::Share, "share or follow prompt"));
            page.roles[4] = Some((Role::Share, "share or follow prompt"));
            mark(&mut page);
            assert_eq!(
                enumerated(&page),
                [false, true, true, true, false],
                "{bullet:?}"
            );
        }
    }

    /// A recipe (written for this test) copied without its bullets: its ingredients glued
    /// together under their label, between the article's prose and the intertitle over the
    /// steps, each holding a figure. A box of headlines glued under the prose, holding none,
    /// is no list of the article's.
    #[test]
    fn glued_lines_of_figures_between_the_articles_prose_are_a_list() {
        let paragraph = "Chaque année, la maison Marchand vend plus de 3 000 galettes entre le 1er et le 31 janvier, et son chef livre sa recette.";
        let step = "Mélangez le beurre mou et le sucre jusqu'à obtenir une crème lisse. Ajoutez les œufs un à un.";
        let mut page = draft(&[
            paragraph,
            "Ingrédients pour 8 personnes",
            "125 g de poudre d'amande",
            "100 g de sucre",
            "2 œufs et 1 jaune pour la dorure",
            "Préparation",
            step,
        ]);
        page.glued[1] = false;
        page.glued[2] = false;
        page.glued[5] = false;
        page.glued[6] = false;
        mark(&mut page);
        assert_eq!(
            enumerated(&page),
            [false, false, true, true, true, false, false]
        );
        let mut links = draft(&[
            paragraph,
            "Retraites : la revalorisation de janvier fixée",
            "Impôts : comment déclarer un don à une association",
            "Santé : les pharmacies de garde ce week-end",
            step,
        ]);
        links.glued[1] = false;
        mark(&mut links);
        assert_eq!(enumerated(&links), [false; 5]);
    }

    /// A label glued over a numbered list ("Le classement après la 14e journée :") holds a
    /// figure, and announces the list: it is none of the list's lines.
    #[test]
    fn a_label_glued_over_a_list_is_none_of_its_lines() {
        let mut page = draft(&[
            "« On savait que ce serait un match difficile, dans une ambiance incroyable », s'est félicité l'entraîneur.",
            "Le classement après la 14e journée :",
            "1. Paris SG, 35 pts",
            "2. Lens, 29 pts",
            "3. Monaco, 27 pts",
            "Grâce à ce succès, Paris compte désormais six points d'avance sur Lens, qui s'est imposé samedi.",
        ]);
        page.glued[1] = false;
        page.glued[5] = false;
        mark(&mut page);
        assert_eq!(enumerated(&page), [false, false, true, true, true, false]);
    }

    /// A storm's alert (written for the tests) lists the departments under "Les départements
    /// concernés :", a name a line, between the lede and the rest: the list's. Lines glued
    /// under a label with no prose above it are a menu's, and stay undecided.
    #[test]
    fn glued_names_under_a_label_between_the_articles_prose_are_a_list() {
        let lede = "Météo-France a placé huit départements de l'ouest en vigilance orange vents violents à partir de mercredi.";
        let after = "Le pic de la tempête est attendu dans la nuit de mercredi à jeudi, entre 2 heures et 6 heures du matin.";
        let texts = [
            lede,
            "Les départements concernés :",
            "Finistère",
            "Côtes-d'Armor",
            "Morbihan",
            after,
        ];
        let mut page = draft(&texts);
        page.glued[1] = false;
        page.glued[5] = false;
        mark(&mut page);
        assert_eq!(enumerated(&page), [false, false, true, true, true, false]);
        let mut menu = draft(&["Nos rubriques :", "Politique", "Économie", "Sport", after]);
        menu.glued[4] = false;
        mark(&mut menu);
        assert_eq!(enumerated(&menu), [false; 5]);
        // Two names are a sentence cut over lines as often as a list.
        let mut two = draft(
            &texts[..4]
                .iter()
                .chain([&after])
                .copied()
                .collect::<Vec<_>>(),
        );
        two.glued[1] = false;
        mark(&mut two);
        assert_eq!(enumerated(&two), [false; 5]);
    }

    /// Short items on semicolons glued under a long sentence are a list, though they are
    /// also shaped as a stanza's lines.
    #[test]
    fn short_items_on_semicolons_are_a_list_not_a_stanza() {
        let mut page = draft(&[
            "Pour sauver la saison, le syndicat des producteurs de lentilles demande trois mesures :",
            "une aide d'urgence ;",
            "un report des cotisations ;",
            "une assurance récolte moins chère.",
        ]);
        mark(&mut page);
        assert_eq!(enumerated(&page), [false, true, true, true]);
    }

    /// Fred Cavazza's post, copied as text: the sentence, its five items (the last closes on
    /// "…"), then the paragraph after the list.
    #[test]
    fn the_items_under_a_colon_each_on_a_semicolon_and_the_last_that_closes_are_enumerated() {
        let mut page = draft(&[
            "Donc, les PWA doivent être en haut de votre liste de priorités, mais ne sont qu’une partie de la réponse :",
            "Les plateformes et médias sociaux (pour faire de la publicité native et distribuer des contenus) ;",
            "Les applications de messagerie (pour proposer du support ou des services à travers des chatbots) ;",
            "Les SMS et notifications (pour faire du recrutement et des opérations géolocalisées) ;",
            "Un ou plusieurs sites responsive (pour l’exhaustivité de leur contenu)…",
            "Partager",
        ]);
        mark(&mut page);
        assert_eq!(enumerated(&page), [false, true, true, true, true, false]);
    }

    /// One line on a semicolon is no enumeration, nor are lines on semicolons under a line
    /// that announces nothing, nor items a stage already told apart.
    #[test]
    fn no_enumeration_without_its_colon_or_its_two_items() {
        let one = ["Au programme :", "la visite du chantier ;", "Suivez-nous"];
        let mut page = draft(&one);
        mark(&mut page);
        assert_eq!(enumerated(&page), [false; 3]);

        let unannounced = ["Au programme", "la visite du chantier ;", "le discours ;"];
        let mut page = draft(&unannounced);
        mark(&mut page);
        assert_eq!(enumerated(&page), [false; 3]);

        let decided = ["Au programme :", "la visite du chantier ;", "le discours ;"];
        let mut page = draft(&decided);
        page.roles[2] = Some((Role::RelatedLink, "a test's link"));
        mark(&mut page);
        assert_eq!(enumerated(&page), [false; 3]);
    }

    /// A league's table under its label, between two paragraphs of a match report (written
    /// for the tests): its items parted the report's last paragraphs from it.
    #[test]
    fn a_numbered_or_bulleted_list_between_paragraphs_is_enumerated() {
        let report = [
            "« L'équipe a montré beaucoup de caractère », s'est félicité l'entraîneur parisien.",
            "Le classement après la 14e journée :",
            "1. Paris SG, 35 pts",
            "2. Lens, 29 pts",
            "3. Monaco, 27 pts",
            "Grâce à ce succès, Paris compte désormais six points d'avance sur Lens.",
        ];
        let mut page = draft(&report);
        mark(&mut page);
        assert_eq!(enumerated(&page), [false, false, true, true, true, false]);
        let bulleted = [
            report[0],
            report[1],
            "- Paris SG, 35 pts",
            "- Lens, 29 pts",
            "- Monaco, 27 pts",
            report[5],
        ];
        let mut page = draft(&bulleted);
        mark(&mut page);
        assert_eq!(enumerated(&page), [false, false, true, true, true, false]);
        // Out of order, or ending the page, the list is not known to be the article's.
        let mut page = draft(&[report[1], report[3], report[2], report[4], report[5]]);
        mark(&mut page);
        assert_eq!(enumerated(&page), [false; 5]);
        let mut page = draft(&report[..5]);
        mark(&mut page);
        assert_eq!(enumerated(&page), [false; 5]);
    }

    #[test]
    fn an_items_number_is_one_to_three_digits_then_a_stop_or_bracket() {
        assert_eq!(item_number("1. Paris SG"), Some(1));
        assert_eq!(item_number("12) Lens"), Some(12));
        for text in ["2026. Une année", "1.5 million", "1.Paris", "Paris 1. SG"] {
            assert_eq!(item_number(text), None, "{text}");
        }
    }

    /// A box of key figures after the article's last paragraph (written for the tests) is
    /// the article's as a timeline is; a list of times opens a live's lines or teasers.
    #[test]
    fn key_figures_after_the_prose_are_enumerated_and_times_are_not() {
        let prose = "La direction du marché a assuré que l'activité n'était pas perturbée pour les autres opérateurs.";
        let figures = [
            prose,
            "Les chiffres clés du marché :",
            "- 1 200 : le nombre d'entreprises installées sur le site",
            "- 234 hectares : la surface du marché",
        ];
        let mut page = draft(&figures);
        mark(&mut page);
        assert_eq!(enumerated(&page), [false, false, true, true]);
        let times = [
            prose,
            "Les dernières infos :",
            "- 14h30 : un incendie dans un entrepôt",
            "- 12h05 : la grève reconduite",
        ];
        let mut page = draft(&times);
        mark(&mut page);
        assert_eq!(enumerated(&page), [false; 4]);
    }
}
