//! Relevance: which passages of the related sources belong in the lead's article.
//!
//! The lead defines the topic: its keyphrase and its keyword stems, weighted by frequency. A
//! passage scores by the topic weight of the stems it holds, normalised by its length, so a
//! paragraph about the lead's story outranks one about Wagner in Africa or a visit to Bahrain.
//! Passages scoring under [`MIN_RELEVANCE`] are not borrowed for the lead's topic.
//!
//! A lead may tell only one side of the story its dossier covers (Macron's water plan, when
//! the three other outlets report the injured of Sainte-Soline). The sources given with
//! `--with` are the user's word that they cover one story, so its vocabulary is what they
//! share: a second tier ([`Story`]) scores passages by the stems most sources of the dossier
//! use. Passages of that tier come after every passage of the lead's topic, so a lead that its
//! own topic already completes (every seed dossier) is built as before.

use crate::analysing::{content_stems, paragraph_stems, Keyphrase, Stem};
use crate::pipeline::Prepared;
use crate::segmenting::Paragraph;
use rustc_hash::FxHashMap;

/// Minimum relevance of a borrowed passage. Measured on the seed dossiers: the Wagner-in-Africa
/// paragraph scores 0.07 and the Wagner training one 0.20, while on-topic background (Loukachenko's
/// speech, the new chief of staff) scores 0.27–0.35.
pub const MIN_RELEVANCE: f64 = 0.25;

/// Minimum story relevance of a passage the lead's topic does not hold. Measured on
/// `corpus/events` (20 dossiers): paragraphs on the story score 0.35–0.9 (the injured of
/// Sainte-Soline, the boxer's sentence), asides score under 0.3 (a petition's history, a
/// reader's call to subscribe, a paragraph on another week's protest).
pub const MIN_STORY_RELEVANCE: f64 = 0.5;

/// The lead's vocabulary.
pub struct Topic {
    weights: FxHashMap<Stem, f64>,
    keyphrase: Option<Keyphrase>,
}

impl Topic {
    /// Stems the lead uses more than once, weighted by how often; the keyphrase's count triple.
    pub fn of(lead: &[Paragraph], keyphrase: Option<Keyphrase>) -> Topic {
        let mut counts: FxHashMap<Stem, usize> = FxHashMap::default();
        for p in lead {
            for stem in paragraph_stems(p) {
                *counts.entry(stem).or_default() += 1;
            }
        }
        let max = counts.values().copied().max().unwrap_or(1) as f64;
        let weights = counts
            .into_iter()
            .filter(|(_, c)| *c > 1)
            .map(|(s, c)| (s, c as f64 / max))
            .collect();
        Topic { weights, keyphrase }
    }

    /// Topic weight per content word of `text`.
    pub fn relevance(&self, text: &str) -> f64 {
        let stems = content_stems(text);
        if stems.is_empty() {
            return 0.0;
        }
        let weight: f64 = stems
            .iter()
            .map(|s| self.weights.get(s).copied().unwrap_or(0.0))
            .sum();
        let bonus = match &self.keyphrase {
            Some(k) if k.is_in(text) => 1.5,
            _ => 1.0,
        };
        bonus * weight / (stems.len() as f64).sqrt()
    }
}

/// The dossier's shared vocabulary: stems used by at least half of its sources (and by two at
/// least), weighted by the share of sources that use them. Words every article uses whatever
/// its story ("faire", "dire") are stop words or too common to be content stems; what remains
/// shared by several outlets' reports of one day is the story's names, places and acts.
pub struct Story {
    weights: FxHashMap<Stem, f64>,
}

impl Story {
    pub fn of(sources: &[Prepared]) -> Story {
        let mut counts: FxHashMap<Stem, usize> = FxHashMap::default();
        for source in sources {
            let mut own: Vec<Stem> = source
                .paragraphs
                .iter()
                .flat_map(|(_, p)| paragraph_stems(p))
                .collect();
            own.sort();
            own.dedup();
            for stem in own {
                *counts.entry(stem).or_default() += 1;
            }
        }
        let n = sources.len().max(1);
        let needed = n.div_ceil(2).max(2);
        let weights = counts
            .into_iter()
            .filter(|(_, c)| *c >= needed)
            .map(|(s, c)| (s, c as f64 / n as f64))
            .collect();
        Story { weights }
    }

    /// Story weight per content word of `text`, as [`Topic::relevance`] measures it.
    pub fn relevance(&self, text: &str) -> f64 {
        let stems = content_stems(text);
        if stems.is_empty() {
            return 0.0;
        }
        let weight: f64 = stems
            .iter()
            .map(|s| self.weights.get(s).copied().unwrap_or(0.0))
            .sum();
        weight / (stems.len() as f64).sqrt()
    }
}

/// A paragraph of a related source, with its relevance.
#[derive(Debug, Clone, PartialEq)]
pub struct Passage {
    /// Index in the sources (1 and up: 0 is the lead).
    pub source: usize,
    /// Index in that source's paragraphs.
    pub paragraph: usize,
    pub relevance: f64,
}

impl Passage {
    /// Sort key that groups borrowed passages by source, in source order.
    pub fn order_key(&self) -> usize {
        self.source * 100_000 + self.paragraph
    }
}

/// Every relevant passage of `related` (indexed from 1): those on the lead's topic, most
/// relevant first, then those on the dossier's story only, most relevant first; ties keep
/// source order so the result is deterministic.
pub fn ranked_passages(related: &[Prepared], topic: &Topic, story: &Story) -> Vec<Passage> {
    let (mut first, rest): (Vec<Passage>, Vec<Passage>) = scored(related, |t| topic.relevance(t))
        .into_iter()
        .partition(|p| p.relevance >= MIN_RELEVANCE);
    let mut second: Vec<Passage> = rest
        .into_iter()
        .map(|p| {
            let (_, paragraph) = &related[p.source - 1].paragraphs[p.paragraph];
            Passage {
                relevance: story.relevance(&paragraph.text),
                ..p
            }
        })
        .filter(|p| p.relevance >= MIN_STORY_RELEVANCE)
        .collect();
    by_relevance(&mut first);
    by_relevance(&mut second);
    first.extend(second);
    first
}

fn by_relevance(passages: &mut [Passage]) {
    passages.sort_by(|a, b| {
        b.relevance
            .total_cmp(&a.relevance)
            .then_with(|| a.order_key().cmp(&b.order_key()))
    });
}

/// Every passage of `related` with its score.
fn scored(related: &[Prepared], score: impl Fn(&str) -> f64) -> Vec<Passage> {
    let score = &score;
    related
        .iter()
        .enumerate()
        .flat_map(|(i, source)| {
            source
                .paragraphs
                .iter()
                .enumerate()
                .map(move |(j, (_, p))| Passage {
                    source: i + 1,
                    paragraph: j,
                    relevance: score(&p.text),
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lead_story_outranks_a_side_story() {
        let lead = vec![
            Paragraph::new("Poutine et Loukachenko discutent des armes nucléaires en Biélorussie."),
            Paragraph::new("Les armes nucléaires russes arrivent en Biélorussie, a dit Poutine."),
        ];
        let topic = Topic::of(&lead, None);
        let on_topic =
            topic.relevance("Le déploiement des armes nucléaires en Biélorussie inquiète Kiev.");
        let off_topic =
            topic.relevance("Les combattants de Wagner opèrent en Afrique depuis des années.");
        assert!(on_topic > off_topic, "{on_topic} vs {off_topic}");
        assert!(off_topic < MIN_RELEVANCE);
    }
}
