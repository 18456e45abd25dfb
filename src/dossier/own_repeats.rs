//! The lead's own repeats: a sentence the lead's page prints twice.
//!
//! A page repeats its own text: a pull quote set apart from the paragraph that holds it, an
//! embedded post shown twice, or a post quoted after the sentence that reports it. The
//! structure stage keeps what reads as prose, so such a copy can reach the lead's body; in a
//! dossier, where the article promises that no two sentences tell the same fact, it goes.
//!
//! The measure is stricter than the one that screens borrowed sentences ([`super::overlap`]):
//! a lead sentence goes only when nearly all its terms ([`NEAR_COPY_CONTAINMENT`]) are in
//! another of the lead's sentences. A chapô and the paragraph that develops it share the
//! story's names, never nearly all of a sentence's terms. Of the two, the later goes; a lone
//! sentence set apart as its own paragraph (a pull quote) goes before the paragraph it is
//! taken from, unless it is the chapô, which opens the article whatever follows.

use super::overlap::signature;
use crate::composing::BodyParagraph;
use crate::segmenting::Paragraph;
use rustc_hash::FxHashMap;
use std::collections::{HashMap, HashSet};

/// Share of a sentence's terms found in another sentence of the lead that makes it a copy
/// of it. On events/: a post quoted after the sentence that reports it ("Les injures
/// antisémites dont il a fait l'objet sont la négation absolue…", 7 of 8 terms) 0.875; a
/// pull quote or a legend printed twice 1.0. Kept: seed 001's "En 2023, La Russie a
/// également transféré certaines de ses armes nucléaires tactiques à ce pays" after "L'armée
/// russe y a récemment installé des armes nucléaires tactiques" (4 of 5 terms, 0.8), a
/// retelling with its year that the seeds' dossiers keep.
pub const NEAR_COPY_CONTAINMENT: f64 = 0.85;
/// A copy shares at least this many terms: short sentences share a name and a verb by chance.
pub const MIN_COPY_TERMS: usize = 4;

/// One sentence of the lead: where it is and its terms.
struct Sentence {
    paragraph: usize,
    text: String,
    terms: HashSet<String>,
}

/// The lead's paragraphs without the sentences that copy another of its sentences, and the
/// sentences taken out, each with the sentence it copies.
pub fn without_own_repeats(
    paragraphs: Vec<BodyParagraph>,
) -> (Vec<BodyParagraph>, Vec<(String, String)>) {
    let sentences = sentences_with_terms(&paragraphs);
    // A source paragraph may reach the body in pieces: a pull quote is a source line that
    // holds one sentence.
    let mut per_line: HashMap<usize, usize> = HashMap::new();
    for p in &paragraphs {
        *per_line.entry(p.line).or_default() += p.paragraph.sentences.len();
    }
    let lone = |s: &Sentence| per_line[&paragraphs[s.paragraph].line] == 1;
    let mut dropped = vec![false; sentences.len()];
    let mut copies = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        let original = sentences.iter().enumerate().find(|(j, other)| {
            !dropped[*j]
                && *j != i
                && (*j < i || (lone(sentence) && sentence.paragraph > 0 && !lone(other)))
                && is_copy(&sentence.terms, &other.terms)
        });
        if let Some((_, other)) = original {
            dropped[i] = true;
            copies.push((sentence.text.clone(), other.text.clone()));
        }
    }
    (rebuild(paragraphs, &dropped), copies)
}

/// A lone source's paragraphs without the sentences that repeat an earlier one word for word
/// over a long run, and those sentences, each with the one it repeats.
///
/// A page alone repeats itself too: Le Devoir prints a pull quote of its own paragraph ("On
/// sait que la totalité des gilets jaunes n'est pas en cause…", hyphenated for print), Orange
/// tells the same requisition twice. But a lone source is the whole article, and its chapô
/// summarises what the body then details with the same terms ("condamnés à des peines allant
/// de 18 mois à deux ans de prison ferme", then "L'un des accusés est condamné à deux ans de
/// prison ferme, les deux autres à 18 mois"): so a copy must also share a run of
/// `VERBATIM_RUN` words with its original, as a passage printed twice does. Sentences are
/// paired through those runs, hashed, so the work is linear in the text.
pub fn without_verbatim_repeats(
    paragraphs: Vec<BodyParagraph>,
) -> (Vec<BodyParagraph>, Vec<(String, String)>) {
    let (dropped, copies) = {
        let texts: Vec<&str> = paragraphs
            .iter()
            .flat_map(|p| p.paragraph.sentence_texts())
            .collect();
        let words = paragraphs.iter().map(|p| p.paragraph.words()).sum();
        verbatim_copies(&texts, words)
    };
    (rebuild(paragraphs, &dropped), copies)
}

/// Every sentence of `paragraphs`, in order, with its paragraph and the terms it is compared
/// by.
fn sentences_with_terms(paragraphs: &[BodyParagraph]) -> Vec<Sentence> {
    paragraphs
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.paragraph.sentence_texts().map(move |s| (i, s)))
        .map(|(paragraph, s)| Sentence {
            paragraph,
            text: s.to_string(),
            terms: signature(s).into_iter().collect(),
        })
        .collect()
}

/// Which of `sentences` repeat an earlier one, and each such pair. `words`, the words of the
/// sentences as counted for their paragraphs, is about as many as the runs they hold at most:
/// the table of runs is sized for them once rather than grown again and again.
fn verbatim_copies(sentences: &[&str], words: usize) -> (Vec<bool>, Vec<(String, String)>) {
    let mut first_with_run: FxHashMap<u64, usize> =
        FxHashMap::with_capacity_and_hasher(crate::presize::room_for(words), Default::default());
    let mut dropped = vec![false; sentences.len()];
    // The terms of the sentences found as originals, computed once each.
    let mut terms_of: FxHashMap<usize, HashSet<String>> = FxHashMap::default();
    let mut copies = Vec::new();
    let mut runs = Vec::new();
    for (i, &sentence) in sentences.iter().enumerate() {
        runs_of(sentence, &mut runs);
        let mut earlier: Vec<usize> = runs
            .iter()
            .filter_map(|run| first_with_run.get(run).copied())
            .filter(|&j| !dropped[j])
            .collect();
        earlier.dedup();
        earlier.truncate(MAX_ORIGINALS_TRIED);
        let original = if earlier.is_empty() {
            None
        } else {
            let terms: HashSet<String> = signature(sentence).into_iter().collect();
            earlier.into_iter().find(|&j| {
                let other = terms_of
                    .entry(j)
                    .or_insert_with(|| signature(sentences[j]).into_iter().collect());
                is_copy(&terms, other)
            })
        };
        if let Some(j) = original {
            dropped[i] = true;
            copies.push((sentence.to_string(), sentences[j].to_string()));
            continue;
        }
        for &run in &runs {
            first_with_run.entry(run).or_insert(i);
        }
    }
    (dropped, copies)
}

/// Words in a row two sentences must share for one to repeat the other: more than a name, a
/// date and a verb ("le 28 avril, de deux bateaux transportant des produits pétroliers").
const VERBATIM_RUN: usize = 8;

/// Earlier sentences a sentence is compared with, at most: the first few that share a run.
const MAX_ORIGINALS_TRIED: usize = 4;

/// The hashes of every run of [`VERBATIM_RUN`] words of `sentence`, into `runs`, its words
/// lowercased: the sentence's analysis, which composing reads next, gives them.
///
/// A run's hash is the same wherever the run stands, in either sentence: a unit test holds
/// the rolled hashes to the runs hashed one by one.
fn runs_of(sentence: &str, runs: &mut Vec<u64>) {
    use std::hash::Hasher;
    runs.clear();
    let analysis = crate::analysing::analyse(sentence);
    let words: Vec<u64> = analysis
        .words
        .iter()
        .map(|word| {
            let mut hasher = rustc_hash::FxHasher::default();
            hasher.write(word.lower(sentence).as_bytes());
            hasher.finish()
        })
        .collect();
    // A polynomial hash of the run, rolled a word at a time rather than made again for each.
    const BASE: u64 = 0x100_0000_01b3;
    let oldest_weight = (1..VERBATIM_RUN).fold(1u64, |w, _| w.wrapping_mul(BASE));
    let mut rolled = 0u64;
    for (i, &word) in words.iter().enumerate() {
        if i >= VERBATIM_RUN {
            rolled = rolled.wrapping_sub(words[i - VERBATIM_RUN].wrapping_mul(oldest_weight));
        }
        rolled = rolled.wrapping_mul(BASE).wrapping_add(word);
        if i + 1 >= VERBATIM_RUN {
            runs.push(rolled);
        }
    }
}

/// Nearly all of `candidate`'s terms are in `other`.
fn is_copy(candidate: &HashSet<String>, other: &HashSet<String>) -> bool {
    let shared = candidate.intersection(other).count();
    shared >= MIN_COPY_TERMS
        && shared as f64 >= NEAR_COPY_CONTAINMENT * candidate.len().max(1) as f64
}

/// The paragraphs without their `dropped` sentences (flags in the order of the paragraphs'
/// sentences); one left empty goes, and hands its intertitle to the next paragraph that has
/// none. A paragraph's kept sentences are read from the paragraph itself: nothing of the text
/// is copied but the paragraphs that change.
fn rebuild(paragraphs: Vec<BodyParagraph>, dropped: &[bool]) -> Vec<BodyParagraph> {
    if !dropped.contains(&true) {
        return paragraphs;
    }
    let mut out: Vec<BodyParagraph> = Vec::new();
    let mut orphan: Option<String> = None;
    let mut next = 0;
    for mut body in paragraphs {
        let count = body.paragraph.sentence_texts().count();
        let flags = &dropped[next..next + count];
        next += count;
        if flags.contains(&true) {
            let kept: Vec<&str> = body
                .paragraph
                .sentence_texts()
                .zip(flags)
                .filter(|(_, &d)| !d)
                .map(|(s, _)| s)
                .collect();
            if kept.is_empty() {
                orphan = orphan.or(body.intertitle.take());
                continue;
            }
            body.paragraph = Paragraph::new(kept.join(" "));
        }
        if body.intertitle.is_none() {
            body.intertitle = orphan.take();
        }
        orphan = None;
        out.push(body);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(texts: &[&str]) -> Vec<BodyParagraph> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| BodyParagraph {
                paragraph: Paragraph::new(*t),
                source: 0,
                line: i + 1,
                intertitle: None,
                continues: false,
                list_item: false,
                ordinal: None,
            })
            .collect()
    }

    fn texts(paragraphs: &[BodyParagraph]) -> Vec<&str> {
        paragraphs
            .iter()
            .map(|p| p.paragraph.text.as_str())
            .collect()
    }

    #[test]
    fn a_run_hashes_the_same_wherever_it_stands() {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        runs_of("un deux trois quatre cinq six sept huit neuf dix", &mut a);
        runs_of(
            "Zéro, un deux trois quatre cinq six sept huit neuf !",
            &mut b,
        );
        assert_eq!(a.len(), 3);
        assert_eq!(&b[1..], &a[..2]);
        assert_ne!(a[0], a[1]);
        runs_of("un deux trois", &mut a);
        assert!(a.is_empty());
    }

    #[test]
    fn a_lone_source_loses_what_it_prints_twice_not_what_its_chapo_summarises() {
        // Le Devoir: the pull quote, hyphenated for print, after the paragraph it quotes.
        let quote = "«\u{a0}On sait que la totalité des gilets jaunes n’est pas en cause, mais là, les faits sont extrêmement graves et inquiétants de notre point de vue », a-t-il estimé.";
        let pulled = "On sait que la totalité des gilets jaunes n’est pas en cause, mais là, les faits sont extrê-mement graves et inquiétants de notre point de vue.";
        let (kept, copies) =
            without_verbatim_repeats(body(&[quote, "Une autre phrase suit ici.", pulled]));
        assert_eq!(copies.len(), 1);
        assert_eq!(texts(&kept), [quote, "Une autre phrase suit ici."]);
        // francetv: the chapô's summary and the body's detail share terms, not a passage.
        let paragraphs = body(&[
            "Trois hommes accusés de viols à répétition sur une fillette de 11 ans ont été condamnés à des peines allant de 18 mois à deux ans de prison ferme.",
            "L’un des accusés est condamné à deux ans de prison ferme, les deux autres à 18 mois.",
        ]);
        let (kept, copies) = without_verbatim_repeats(paragraphs.clone());
        assert!(copies.is_empty(), "{copies:?}");
        assert_eq!(kept, paragraphs);
    }

    #[test]
    fn a_post_quoted_after_its_report_goes() {
        let (kept, copies) = without_own_repeats(body(&[
            "Les injures antisémites qui sont la « négation absolue de ce que nous sommes et de ce qui fait de nous une grande nation », a déclaré le président sur Twitter. Les injures antisémites dont il a fait l’objet sont la négation absolue de ce que nous sommes et de ce qui fait de nous une grande nation.",
        ]));
        assert_eq!(copies.len(), 1);
        assert!(texts(&kept)[0].ends_with("sur Twitter."));
    }

    #[test]
    fn a_pull_quote_goes_and_its_paragraph_stays() {
        let (kept, _) = without_own_repeats(body(&[
            "Alain Finkielkraut a été injurié samedi.",
            "« C’est la version hideuse de la convergence des luttes. »",
            "Le philosophe parle longuement. « C’est la version hideuse de la convergence des luttes. » Il se dit inquiet.",
        ]));
        assert_eq!(kept.len(), 2);
        assert!(texts(&kept)[1].starts_with("Le philosophe"));
    }

    #[test]
    fn a_one_sentence_chapo_is_never_taken_for_a_pull_quote() {
        let paragraphs = body(&[
            "Le philosophe Alain Finkielkraut a été injurié samedi à Paris.",
            "Le philosophe Alain Finkielkraut a été injurié samedi à Paris, en marge du cortège. Une enquête est ouverte.",
        ]);
        let (kept, _) = without_own_repeats(paragraphs.clone());
        assert_eq!(kept[0], paragraphs[0]);
    }

    #[test]
    fn a_chapo_and_the_paragraph_that_develops_it_both_stay() {
        let paragraphs = body(&[
            "Le philosophe Alain Finkielkraut a été injurié samedi à Paris.",
            "Le philosophe et académicien Alain Finkielkraut a été injurié et sifflé samedi en marge de la manifestation des gilets jaunes, boulevard du Montparnasse.",
        ]);
        let (kept, copies) = without_own_repeats(paragraphs.clone());
        assert!(copies.is_empty(), "{copies:?}");
        assert_eq!(kept, paragraphs);
    }
}
