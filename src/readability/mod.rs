//! Readability: how easy a French text is to read, by the measures Yoast grades French copy
//! with, so that an editor who uses Yoast sees the same verdicts from redac.
//!
//! - reading ease: Kandel and Moles' adaptation of Flesch to French (1958),
//!   `207 − 1.015 × words per sentence − 73.6 × syllables per word`, syllables counted by
//!   [`syllables`]; 60 and over reads easily, under 50 is hard;
//! - passive voice: the share of sentences with a passive verb ([`passive`]);
//! - transition words: the share of sentences holding a connective ([`transitions`]);
//! - repeated beginnings: runs of consecutive sentences that start with the same word.
//!
//! Every figure is computed on sentences as [`crate::segmenting`] cuts them, the sentences
//! `rewrite`, `stats` and `check` all count.

pub mod passive;
pub mod syllables;
pub mod transitions;

use serde::Serialize;

/// How many consecutive sentences starting with the same word make a run worth reporting
/// (Yoast's figure).
pub const REPEATED_START_RUN: usize = 3;

/// The readability figures of a text.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Readability {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
    /// Kandel–Moles reading ease, rounded to one decimal; `None` without words.
    pub reading_ease: Option<f64>,
    /// Sentences with a passive verb.
    pub passive_sentences: usize,
    /// For each sentence, in order: is it passive?
    #[serde(skip)]
    pub passive: Vec<bool>,
    /// Sentences holding a transition word or phrase.
    pub transition_sentences: usize,
    /// Runs of [`REPEATED_START_RUN`] or more consecutive sentences starting with the same
    /// word: (index of the run's first sentence, length, the word).
    #[serde(skip)]
    pub repeated_starts: Vec<(usize, usize, String)>,
}

impl Readability {
    /// Measure `sentences`, each with its word count.
    pub fn of<'a>(sentences: impl IntoIterator<Item = (&'a str, usize)>) -> Self {
        let mut r = Readability::default();
        let mut starts: Vec<Option<String>> = Vec::new();
        for (text, words) in sentences {
            r.sentences += 1;
            r.words += words;
            r.syllables += syllables::count_text(text);
            let is_passive = passive::is_passive(text);
            r.passive.push(is_passive);
            r.passive_sentences += usize::from(is_passive);
            r.transition_sentences += usize::from(transitions::has_transition(text));
            starts.push(first_word(text));
        }
        r.reading_ease = kandel_moles(r.words, r.sentences, r.syllables);
        r.repeated_starts = repeated_runs(&starts);
        r
    }

    /// Share of sentences with a passive verb, in percent.
    pub fn passive_percent(&self) -> f64 {
        percent(self.passive_sentences, self.sentences)
    }

    /// Share of sentences with a transition word, in percent.
    pub fn transition_percent(&self) -> f64 {
        percent(self.transition_sentences, self.sentences)
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        (part as f64 * 1000.0 / whole as f64).round() / 10.0
    }
}

/// Kandel and Moles' reading ease, rounded to one decimal.
pub fn kandel_moles(words: usize, sentences: usize, syllables: usize) -> Option<f64> {
    if words == 0 || sentences == 0 {
        return None;
    }
    let score =
        207.0 - 1.015 * words as f64 / sentences as f64 - 73.6 * syllables as f64 / words as f64;
    Some((score * 10.0).round() / 10.0)
}

/// The words of `text`, cut at every character `separates` says, each lowercased as
/// `str::to_lowercase` lowercases it (a straight apostrophe written "’" when `curly`), in one
/// buffer: `check` and `stats` read every sentence of the article for passives and
/// connectives, and a `String` for each word cost them more than the reading.
pub(crate) struct LowerWords {
    buffer: String,
    spans: Vec<std::ops::Range<usize>>,
}

impl LowerWords {
    pub(crate) fn of(text: &str, separates: impl Fn(char) -> bool, curly: bool) -> LowerWords {
        let mut words = LowerWords {
            buffer: String::with_capacity(text.len()),
            spans: Vec::new(),
        };
        for word in text.split(separates).filter(|w| !w.is_empty()) {
            let start = words.buffer.len();
            if word.is_ascii() && !(curly && word.contains('\'')) {
                // Most words of French copy: lowercased in place, a byte at a time.
                words.buffer.push_str(word);
                words.buffer[start..].make_ascii_lowercase();
            } else if word.contains('Σ') {
                // A capital sigma lowercases by its place in the word: the whole word is asked.
                let word = match curly {
                    true => word.replace('\'', "’"),
                    false => word.to_string(),
                };
                words.buffer.push_str(&word.to_lowercase());
            } else {
                for c in word.chars() {
                    match c {
                        '\'' if curly => words.buffer.push('’'),
                        _ => words.buffer.extend(c.to_lowercase()),
                    }
                }
            }
            words.spans.push(start..words.buffer.len());
        }
        words
    }

    /// The words, in order.
    pub(crate) fn words(&self) -> Vec<&str> {
        self.spans
            .iter()
            .map(|span| &self.buffer[span.clone()])
            .collect()
    }
}

/// The first word of a sentence, lowercased, past opening quotes and dashes.
fn first_word(sentence: &str) -> Option<String> {
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'')
        .find(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| w.to_lowercase())
}

/// Runs of at least [`REPEATED_START_RUN`] equal first words.
fn repeated_runs(starts: &[Option<String>]) -> Vec<(usize, usize, String)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < starts.len() {
        let len = starts[i..]
            .iter()
            .take_while(|s| s.is_some() && **s == starts[i])
            .count()
            .max(1);
        if len >= REPEATED_START_RUN {
            runs.push((i, len, starts[i].clone().unwrap_or_default()));
        }
        i += len;
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kandel_moles_follows_its_formula() {
        // 100 words, 5 sentences, 150 syllables: 207 − 20.3 − 110.4.
        assert_eq!(kandel_moles(100, 5, 150), Some(76.3));
        assert_eq!(kandel_moles(0, 0, 0), None);
    }

    #[test]
    fn runs_of_the_same_first_word_are_found() {
        let text = [
            "Le maire a parlé.",
            "Le conseil a voté.",
            "« Le budget est prêt », dit-il.",
            "Ensuite, rien.",
        ];
        let r = Readability::of(text.iter().map(|s| (*s, 4)));
        assert_eq!(r.repeated_starts, [(0, 3, "le".to_string())]);
        assert_eq!(r.sentences, 4);
        assert_eq!(r.transition_sentences, 1);
        assert_eq!(r.passive_sentences, 0);
    }
}
