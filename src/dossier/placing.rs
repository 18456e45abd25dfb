//! Placing: where borrowed passages go in the article, by topic rather than by outlet.
//!
//! A borrowed passage that continues one of the lead's sections (headed by the journalist's
//! intertitle) goes at the end of that section: most of its telling terms are already in the
//! section ([`CONTINUES_SHARE`]). The others follow the lead's sections, chained by topic (each
//! next to the passage it shares most with, [`SAME_TOPIC`]), so the section cutter finds
//! topical sections that mix outlets instead of one section per outlet. The outlet is credited
//! in the Sources list. Within a section, passages keep the order of their sources' dates when
//! every source shows a full date, then their source's order.

use super::overlap::signature;
use crate::composing::BodyParagraph;
use crate::pipeline::Prepared;
use std::collections::HashSet;

/// Share of a borrowed passage's terms found in a lead section that makes it continue that
/// section. Measured on `corpus/events` (docs/dossier.md, "Where borrowed passages go"): 3
/// of the 20 dossiers have intertitled lead sections after their lede, with 18 borrowed
/// passages to place. Read one by one, one continues its section (a spokesman of the
/// organisers on the injured, under Le Monde's section on the organisers) and shares 0.14 of
/// its terms with it; four that do not share more (0.17–0.29: HuffPost's section on Macron's
/// water plan and a passage on the organisers share "Sainte-Soline", "bassine",
/// "manifestation"). Weighting terms by their rarity in the dossier orders them no better
/// (0.11 against 0.10–0.22). No threshold places the one without misplacing others, so none
/// is placed and they make topical sections of their own; a passage on a section's subject,
/// beyond the story's names, shares from about 0.4 (the unit test's weapons passage 0.57).
pub const CONTINUES_SHARE: f64 = 0.4;

/// Jaccard similarity of two passages' terms over which they are chained as one topic.
pub const SAME_TOPIC: f64 = 0.08;

type Terms = HashSet<String>;

fn terms(text: &str) -> Terms {
    signature(text).into_iter().collect()
}

/// The lead's paragraphs with the borrowed passages placed among and after them.
pub fn place(
    lead: Vec<BodyParagraph>,
    borrowed: Vec<BodyParagraph>,
    sources: &[Prepared],
) -> Vec<BodyParagraph> {
    let sections = intertitled_sections(&lead);
    let section_terms: Vec<Terms> = sections
        .iter()
        .map(|r| {
            lead[r.clone()]
                .iter()
                .flat_map(|b| terms(&b.paragraph.text))
                .collect()
        })
        .collect();
    let mut attached: Vec<Vec<BodyParagraph>> = vec![Vec::new(); sections.len()];
    let mut rest = Vec::new();
    for mut passage in borrowed {
        match continued(&terms(&passage.paragraph.text), &section_terms) {
            Some(i) => {
                passage.continues = true;
                attached[i].push(passage);
            }
            None => rest.push(passage),
        }
    }
    let dates = chronology(sources);
    let mut body = Vec::with_capacity(lead.len() + attached.len() + rest.len());
    let mut lead = lead.into_iter().enumerate().peekable();
    for (range, mut extra) in sections.iter().zip(attached) {
        while let Some((_, p)) = lead.next_if(|(i, _)| *i < range.end) {
            body.push(p);
        }
        in_time_order(&mut extra, &dates);
        body.extend(extra);
    }
    body.extend(lead.map(|(_, p)| p));
    for mut group in by_topic(rest) {
        in_time_order(&mut group, &dates);
        body.extend(group);
    }
    body
}

/// The lead's sections that open on an intertitle, as index ranges; the text above the first
/// intertitle is the lede's, never extended.
fn intertitled_sections(lead: &[BodyParagraph]) -> Vec<std::ops::Range<usize>> {
    let starts: Vec<usize> = (0..lead.len())
        .filter(|&i| lead[i].intertitle.is_some())
        .collect();
    starts
        .iter()
        .enumerate()
        .map(|(k, &s)| s..starts.get(k + 1).copied().unwrap_or(lead.len()))
        .collect()
}

/// The section the passage continues: the one holding the largest share of its terms, if at
/// least [`CONTINUES_SHARE`].
fn continued(passage: &Terms, sections: &[Terms]) -> Option<usize> {
    if passage.is_empty() {
        return None;
    }
    sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                i,
                passage.intersection(s).count() as f64 / passage.len() as f64,
            )
        })
        .filter(|(_, share)| *share >= CONTINUES_SHARE)
        .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map(|(i, _)| i)
}

/// Passages in groups of one topic: the first left opens a group, which takes in turn the
/// passage most similar to its last one, while one is similar enough.
fn by_topic(mut rest: Vec<BodyParagraph>) -> Vec<Vec<BodyParagraph>> {
    let mut groups = Vec::new();
    while !rest.is_empty() {
        let mut group = vec![rest.remove(0)];
        loop {
            let last = terms(&group[group.len() - 1].paragraph.text);
            let next = rest
                .iter()
                .enumerate()
                .map(|(i, p)| (i, jaccard(&last, &terms(&p.paragraph.text))))
                .filter(|(_, s)| *s >= SAME_TOPIC)
                .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)));
            match next {
                Some((i, _)) => group.push(rest.remove(i)),
                None => break,
            }
        }
        groups.push(group);
    }
    groups
}

fn jaccard(a: &Terms, b: &Terms) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        0.0
    } else {
        a.intersection(b).count() as f64 / union as f64
    }
}

/// Each source's full date, when every related source shows one; otherwise none (an order by
/// dates some sources lack would be no chronology).
fn chronology(sources: &[Prepared]) -> Vec<Option<jiff::civil::Date>> {
    let dates: Vec<Option<jiff::civil::Date>> = sources
        .iter()
        .map(|s| match s.shown_date() {
            Some(crate::dates::Shown::Full(date)) => Some(date),
            _ => None,
        })
        .collect();
    if dates[1..].iter().all(Option::is_some) {
        dates
    } else {
        vec![None; sources.len()]
    }
}

/// By source date (when known), then source, then the passage's place in its source.
fn in_time_order(passages: &mut [BodyParagraph], dates: &[Option<jiff::civil::Date>]) {
    passages.sort_by_key(|p| (dates.get(p.source).copied().flatten(), p.source, p.line));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segmenting::Paragraph;

    fn passage(source: usize, text: &str) -> BodyParagraph {
        BodyParagraph {
            paragraph: Paragraph::new(text),
            source,
            line: 1,
            intertitle: None,
            continues: false,
            list_item: false,
            ordinal: None,
        }
    }

    #[test]
    fn a_passage_continues_the_section_that_holds_most_of_its_terms() {
        let sections = vec![
            terms("Les gendarmes ont tiré des grenades explosives et des balles de défense."),
            terms("Le ministre de l’Intérieur veut dissoudre le collectif organisateur."),
        ];
        let weapons = terms(
            "Les grenades explosives et les balles de défense sont classées armes de guerre.",
        );
        assert_eq!(continued(&weapons, &sections), Some(0));
        let other = terms("Un manifestant blessé est sorti du coma jeudi à Poitiers.");
        assert_eq!(continued(&other, &sections), None);
    }

    #[test]
    fn sharing_the_story_s_names_with_a_section_is_not_continuing_it() {
        // corpus/events, sainte_soline_2023: HuffPost's section on Macron's water plan and Le
        // Monde's passage on the organisers, the highest share measured there (0.29).
        let sections = vec![terms(
            "Le président de la République veut donc que les nouvelles retenues soient inscrites dans des projets de territoires concertés. Des schémas de transition agricole, qui sont justement à l’œuvre à Sainte-Soline.",
        )];
        let organisers = terms(
            "Quelques jours après la mobilisation contre la bassine de Sainte-Soline, émaillée de violents affrontements, les collectifs organisateurs s’interrogent sur les formes d’action.",
        );
        assert_eq!(continued(&organisers, &sections), None);
    }

    #[test]
    fn passages_of_one_topic_are_grouped_whatever_their_outlet() {
        let groups = by_topic(vec![
            passage(
                1,
                "Le manifestant blessé est sorti du coma, selon sa famille.",
            ),
            passage(
                2,
                "Le ministre veut dissoudre le collectif des Soulèvements de la Terre.",
            ),
            passage(
                3,
                "Sa famille annonce que le manifestant blessé reste hospitalisé après le coma.",
            ),
        ]);
        let sources: Vec<Vec<usize>> = groups
            .iter()
            .map(|g| g.iter().map(|p| p.source).collect())
            .collect();
        assert_eq!(sources, vec![vec![1, 3], vec![2]]);
    }
}
