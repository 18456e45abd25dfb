//! Sections: where the body is cut under H2s.
//!
//! The lede stays above the first heading. The rest is cut at topic shifts: between two
//! paragraphs whose vocabularies (content-word stems, over a window on each side) overlap
//! least, as TextTiling does. A dynamic programme picks the cuts that minimise the cohesion
//! they break plus a penalty for sections far from a comfortable length, and never lets a
//! section exceed the 300 words Yoast and editors allow under one heading.

use crate::analysing::{paragraph_stems, Stem};
use crate::segmenting::{count_words, Paragraph};
use rustc_hash::FxHashMap;
use std::borrow::Borrow;
use std::collections::VecDeque;

/// No section may hold more body words than this (Yoast's subheading distribution).
pub const MAX_SECTION_WORDS: usize = 300;
/// A section this long reads comfortably; cuts aim near it.
const TARGET_SECTION_WORDS: f64 = 150.0;
/// A paragraph over this many words is split at a sentence boundary (Yoast: paragraph length).
pub const MAX_PARAGRAPH_WORDS: usize = 150;
/// A first paragraph shorter than this takes the next one into the lede.
const SHORT_LEDE_WORDS: usize = 35;
/// How many paragraphs on each side of a gap measure its cohesion.
const COHESION_WINDOW: usize = 2;

/// Split every paragraph over [`MAX_PARAGRAPH_WORDS`] at the sentence boundary nearest its
/// middle, repeatedly. A paragraph that is one long sentence stays whole. The text is segmented
/// once, into the paragraph it is; its parts keep its sentences.
pub fn split_long_paragraph(paragraph: Paragraph) -> Vec<Paragraph> {
    let sentences = &paragraph.sentences;
    if paragraph.words() <= MAX_PARAGRAPH_WORDS || sentences.len() < 2 {
        return vec![paragraph];
    }
    let text = &paragraph.text;
    let total = paragraph.words();
    // (distance from the middle, last sentence before the cut, words up to it)
    let mut best = (usize::MAX, 0, 0);
    let mut running = 0;
    for (i, range) in sentences.iter().enumerate().take(sentences.len() - 1) {
        running += count_words(&text[range.clone()]);
        let distance = running.abs_diff(total / 2);
        if distance < best.0 {
            best = (distance, i, running);
        }
    }
    let (first, second) = paragraph.split_before(best.1 + 1, best.2);
    let mut parts = split_long_paragraph(first);
    parts.extend(split_long_paragraph(second));
    parts
}

/// How many paragraphs open the article above the first heading.
pub fn lede_len<P: Borrow<Paragraph>>(paragraphs: &[P]) -> usize {
    let words = |i: usize| paragraphs.get(i).map(|p| p.borrow().words());
    match (words(0), words(1)) {
        (None, _) => 0,
        (Some(first), Some(second))
            if first < SHORT_LEDE_WORDS && first + second <= MAX_PARAGRAPH_WORDS =>
        {
            2
        }
        _ => 1,
    }
}

/// Cut `paragraphs` into sections of at most `max_words` words (unless one paragraph is
/// longer); returns the index ranges of each section.
pub fn cut<P: Borrow<Paragraph>>(
    paragraphs: &[P],
    max_words: usize,
) -> Vec<std::ops::Range<usize>> {
    let n = paragraphs.len();
    if n == 0 {
        return Vec::new();
    }
    let words: Vec<usize> = paragraphs.iter().map(|p| p.borrow().words()).collect();
    let gap_cohesion = gap_cohesions(paragraphs);
    // best[i] = (cost, previous cut) for a sectioning of paragraphs[..i].
    let mut best: Vec<(f64, usize)> = vec![(f64::INFINITY, 0); n + 1];
    best[0] = (0.0, 0);
    for end in 1..=n {
        let mut section_words = 0;
        for start in (0..end).rev() {
            section_words += words[start];
            if section_words > max_words && end - start > 1 {
                break;
            }
            let cost = best[start].0 + size_penalty(section_words) + 2.0 * gap_cohesion[start];
            if cost < best[end].0 {
                best[end] = (cost, start);
            }
        }
    }
    let mut ranges = Vec::new();
    let mut end = n;
    while end > 0 {
        let start = best[end].1;
        ranges.push(start..end);
        end = start;
    }
    ranges.reverse();
    ranges
}

/// The cohesion a cut before each paragraph breaks (none before the first): it depends only
/// on where the cut is, so each gap is measured once. The paragraphs' stems are read through a
/// window sliding along them, so a huge input never holds every paragraph's stems at once;
/// each stem is numbered the first time the article meets it, and a paragraph's stems are
/// a sorted list of numbers, which a gap compares by merging where sets looked up every
/// string.
fn gap_cohesions<P: Borrow<Paragraph>>(paragraphs: &[P]) -> Vec<f64> {
    let n = paragraphs.len();
    let mut numbers: FxHashMap<Stem, u32> = FxHashMap::default();
    // The stems of paragraphs `first..next`.
    let mut window: VecDeque<Vec<u32>> = VecDeque::new();
    let (mut first, mut next) = (0, 0);
    let mut scratch = Scratch::default();
    (0..n)
        .map(|gap| {
            if gap == 0 {
                return 0.0;
            }
            while next < (gap + COHESION_WINDOW).min(n) {
                let stems = paragraph_stems(paragraphs[next].borrow());
                window.push_back(numbered(stems, &mut numbers));
                next += 1;
            }
            while first < gap.saturating_sub(COHESION_WINDOW) {
                window.pop_front();
                first += 1;
            }
            cohesion(window.make_contiguous(), gap - first, &mut scratch)
        })
        .collect()
}

/// A paragraph's stems as their numbers in the article, sorted, each once.
fn numbered(stems: Vec<Stem>, numbers: &mut FxHashMap<Stem, u32>) -> Vec<u32> {
    let mut set: Vec<u32> = stems
        .into_iter()
        .map(|stem| {
            let next = u32::try_from(numbers.len()).unwrap_or(u32::MAX);
            *numbers.entry(stem).or_insert(next)
        })
        .collect();
    set.sort_unstable();
    set.dedup();
    set
}

fn size_penalty(words: usize) -> f64 {
    let deviation = (words as f64 - TARGET_SECTION_WORDS) / TARGET_SECTION_WORDS;
    deviation * deviation
}

/// Vocabulary overlap (Jaccard) across the gap before paragraph `gap`: the stems of the
/// paragraphs of the window before it and after it, as sorted numbers ([`numbered`]), each
/// side's union merged once and the two sides' shared stems counted by one more merge.
fn cohesion(stems: &[Vec<u32>], gap: usize, scratch: &mut Scratch) -> f64 {
    let before = &stems[gap.saturating_sub(COHESION_WINDOW)..gap];
    let after = &stems[gap..(gap + COHESION_WINDOW).min(stems.len())];
    union_into(before, &mut scratch.before);
    union_into(after, &mut scratch.after);
    let shared = shared_count(&scratch.before, &scratch.after);
    let union = scratch.before.len() + scratch.after.len() - shared;
    if union == 0 {
        return 0.0;
    }
    shared as f64 / union as f64
}

/// Room for each side's union, kept from one gap to the next.
#[derive(Default)]
struct Scratch {
    before: Vec<u32>,
    after: Vec<u32>,
}

/// The union of sorted sets, sorted, into `out`.
fn union_into(sets: &[Vec<u32>], out: &mut Vec<u32>) {
    out.clear();
    for set in sets {
        out.extend_from_slice(set);
    }
    out.sort_unstable();
    out.dedup();
}

/// How many numbers two sorted sets share.
fn shared_count(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rustc_hash::FxHashSet;

    /// `cohesion` as first written: each window's union built as a set.
    fn cohesion_of_unions(stems: &[FxHashSet<Stem>], gap: usize) -> f64 {
        let union_of = |paragraphs: &[FxHashSet<Stem>]| -> FxHashSet<Stem> {
            paragraphs.iter().flatten().cloned().collect()
        };
        let before = union_of(&stems[gap.saturating_sub(COHESION_WINDOW)..gap]);
        let after = union_of(&stems[gap..(gap + COHESION_WINDOW).min(stems.len())]);
        let union = before.union(&after).count();
        if union == 0 {
            return 0.0;
        }
        before.intersection(&after).count() as f64 / union as f64
    }

    proptest! {
        #[test]
        fn cohesion_counts_what_the_unions_count(
            paragraphs in proptest::collection::vec(
                proptest::collection::hash_set("[a-f]", 0..6),
                1..7,
            ),
        ) {
            let stems: Vec<FxHashSet<Stem>> = paragraphs
                .iter()
                .map(|set| set.iter().map(|s| Stem::from(s.as_str())).collect())
                .collect();
            let mut numbers = FxHashMap::default();
            let sorted: Vec<Vec<u32>> = stems
                .iter()
                .map(|set| numbered(set.iter().cloned().collect(), &mut numbers))
                .collect();
            let mut scratch = Scratch::default();
            for gap in 1..stems.len() {
                prop_assert_eq!(
                    cohesion(&sorted, gap, &mut scratch).to_bits(),
                    cohesion_of_unions(&stems, gap).to_bits()
                );
            }
        }
    }

    fn para(words: usize, topic: &str) -> Paragraph {
        Paragraph::new(format!("{}.", vec![topic; words].join(" ")))
    }

    #[test]
    fn long_paragraphs_split_at_a_sentence() {
        let text = format!(
            "Le {}. Un {}.",
            vec!["mot"; 100].join(" "),
            vec!["autre"; 100].join(" ")
        );
        let parts = split_long_paragraph(Paragraph::new(text));
        assert_eq!(parts.len(), 2);
        assert!(parts.iter().all(|p| p.words() <= MAX_PARAGRAPH_WORDS));
    }

    #[test]
    fn sections_never_exceed_the_limit_and_cut_at_topic_shifts() {
        let paragraphs = vec![
            para(60, "armes"),
            para(60, "armes"),
            para(60, "économie"),
            para(60, "économie"),
        ];
        let ranges = cut(&paragraphs, MAX_SECTION_WORDS);
        assert_eq!(ranges, vec![0..2, 2..4]);
        let many: Vec<Paragraph> = (0..20).map(|_| para(80, "sujet")).collect();
        for r in cut(&many, MAX_SECTION_WORDS) {
            assert!(many[r].iter().map(Paragraph::words).sum::<usize>() <= MAX_SECTION_WORDS);
        }
    }

    #[test]
    fn a_short_first_paragraph_takes_the_next_into_the_lede() {
        assert_eq!(lede_len(&[para(20, "a"), para(50, "b"), para(50, "c")]), 2);
        assert_eq!(lede_len(&[para(60, "a"), para(50, "b")]), 1);
    }
}
