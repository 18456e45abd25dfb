//! Measures: the figures of a draft's body, computed once and shared by the rules and the
//! JSON report.
//!
//! Every figure comes from the library code `rewrite` and `stats` use: words from
//! [`segmenting::count_words`], sentences from [`segmenting::Paragraph`], keyphrase matches
//! from [`analysing::keyphrase_occurrences`], the language from [`language::detect`]. That is
//! what makes `check` on a `rewrite` output report the word count `rewrite` reported.

use super::config::Settings;
use super::document::{Block, Document};
use super::position::Position;
use crate::analysing::{self, Keyphrase};
use crate::language::{self, Detection};
use crate::readability::Readability;
use crate::segmenting::{self, Paragraph};
use serde::Serialize;

/// A sentence of the body: how long it is and where it starts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sentence {
    pub words: usize,
    pub position: Position,
}

/// The measured body of a draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Measures {
    /// Body words, by the rule of [`crate::segmenting`].
    pub words: usize,
    pub sentences: Vec<Sentence>,
    /// `None` when the body has no letters to judge.
    pub language: Option<Detection>,
    /// The focus keyphrase: `--keyphrase`, or else the front matter's `keyphrase`.
    pub keyphrase: Option<Keyphrase>,
    /// Words of the body's subheadings (H2 and below, the "Sources" heading left out).
    pub heading_words: usize,
    /// Occurrences of the keyphrase in body sentences and subheadings.
    pub keyphrase_occurrences: usize,
    /// Reading ease, passive voice, transition words and sentence beginnings of the body.
    pub readability: Readability,
}

impl Measures {
    pub fn of(doc: &Document, settings: &Settings) -> Self {
        let prose: Vec<&Block> = doc.prose().collect();
        let paragraphs: Vec<(&Block, Paragraph)> = prose
            .iter()
            .map(|block| (*block, Paragraph::new(block.text.as_str())))
            .collect();
        let keyphrase = settings
            .keyphrase
            .as_deref()
            .or_else(|| {
                doc.field(|fm| fm.keyphrase.as_ref())
                    .map(|f| f.value.as_str())
            })
            .filter(|text| !text.trim().is_empty())
            .map(Keyphrase::new);
        let sentences: Vec<(&Block, &str, usize)> = paragraphs
            .iter()
            .flat_map(|(block, paragraph)| {
                paragraph
                    .sentences
                    .iter()
                    .map(move |range| (*block, &paragraph.text[range.clone()], range.start))
            })
            .collect();
        let headings: Vec<_> = doc
            .headings()
            .filter(|b| b.heading_level().is_some_and(|level| level >= 2) && !b.in_sources)
            .collect();
        let keyphrase_occurrences = keyphrase.as_ref().map_or(0, |k| {
            sentences
                .iter()
                .map(|(_, text, _)| *text)
                .chain(headings.iter().map(|b| b.text.as_str()))
                .map(|text| analysing::keyphrase_occurrences(k, text))
                .sum()
        });
        let body_text: Vec<&str> = prose.iter().map(|b| b.text.as_str()).collect();
        // Counted once for the readability and the sentences' own figures.
        let sentence_words: Vec<usize> = sentences
            .iter()
            .map(|(_, text, _)| segmenting::count_words(text))
            .collect();
        let readability = Readability::of(
            sentences
                .iter()
                .zip(&sentence_words)
                .map(|((_, text, _), &words)| (*text, words)),
        );
        Measures {
            words: paragraphs.iter().map(|(_, p)| p.words()).sum(),
            heading_words: headings.iter().map(|b| b.words).sum(),
            sentences: sentences
                .iter()
                .zip(sentence_words)
                .map(|((block, _, start), words)| Sentence {
                    words,
                    position: doc.position_in(block, *start),
                })
                .collect(),
            language: language::detect(&body_text.join("\n\n")),
            keyphrase,
            keyphrase_occurrences,
            readability,
        }
    }

    /// Keyphrase occurrences per hundred body words, rounded to two decimals as `stats`
    /// reports it. `None` without a keyphrase or without words.
    pub fn keyphrase_density(&self) -> Option<f64> {
        let keyphrase = self.keyphrase.as_ref()?;
        if self.words == 0 || keyphrase.stems.is_empty() {
            return None;
        }
        Some(analysing::keyphrase_density(
            self.keyphrase_occurrences,
            self.words + self.heading_words,
        ))
    }

    /// Sentences of more than `max_words` words.
    pub fn long_sentences(&self, max_words: usize) -> impl Iterator<Item = &Sentence> + '_ {
        self.sentences.iter().filter(move |s| s.words > max_words)
    }
}

/// Length of a title or description as a reader sees it: the same grapheme count `rewrite`
/// composes with.
pub use crate::composing::visible_len as visible_length;

/// The figures reported per file by `--format json`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    /// Body words: the figure `rewrite` reports for its output.
    pub words: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    /// Sentences over the long-sentence threshold.
    pub long_sentences: usize,
    /// ISO 639-3 code of the detected language.
    pub language: Option<String>,
    pub keyphrase: Option<String>,
    /// Words of the subheadings, which the keyphrase density counts with the body's.
    pub heading_words: usize,
    /// In the body and its subheadings.
    pub keyphrase_occurrences: usize,
    /// Per hundred words of the body and its subheadings.
    pub keyphrase_density: Option<f64>,
    pub title_chars: Option<usize>,
    pub meta_description_chars: Option<usize>,
    pub subheadings: usize,
    /// Reading ease (Kandel–Moles), passive and transition sentences.
    pub readability: Box<Readability>,
}

impl Figures {
    pub fn new(doc: &Document, measures: &Measures, settings: &Settings) -> Self {
        Figures {
            words: measures.words,
            paragraphs: doc.prose().count(),
            sentences: measures.sentences.len(),
            long_sentences: measures
                .long_sentences(settings.thresholds.sentence_max_words)
                .count(),
            language: measures.language.as_ref().map(|d| d.code.clone()),
            keyphrase: measures.keyphrase.as_ref().map(|k| k.text.clone()),
            heading_words: measures.heading_words,
            keyphrase_occurrences: measures.keyphrase_occurrences,
            keyphrase_density: measures.keyphrase_density(),
            title_chars: doc.title().map(|t| visible_length(t.text)),
            meta_description_chars: doc
                .field(|fm| fm.description.as_ref())
                .map(|f| visible_length(&f.value)),
            subheadings: doc.body_headings(2).count(),
            readability: Box::new(measures.readability.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure(markdown: &str) -> Measures {
        Measures::of(&Document::parse(markdown).unwrap(), &Settings::default())
    }

    #[test]
    fn words_count_paragraphs_only() {
        let m = measure("---\ntitle: \"Trois mots ici\"\nkeyphrase: \"armée\"\n---\n\n# Titre long de plusieurs mots\n\nL’armée russe avance. Elle avance vite.\n\n## Sources\n\n- Un titre — La Gazette\n");
        assert_eq!(m.words, 6);
        assert_eq!(m.sentences.len(), 2);
        assert_eq!(m.sentences[1].position, Position::new(8, 23));
        assert_eq!(m.keyphrase_occurrences, 1);
        assert_eq!(m.keyphrase_density(), Some(16.67));
    }

    #[test]
    fn keyphrase_flag_wins_over_front_matter() {
        let doc = Document::parse("---\nkeyphrase: \"armée\"\n---\nLa flotte.").unwrap();
        let mut settings = Settings::default();
        settings.keyphrase = Some("flotte".into());
        assert_eq!(Measures::of(&doc, &settings).keyphrase_occurrences, 1);
    }

    #[test]
    fn visible_length_counts_graphemes() {
        assert_eq!(visible_length("e\u{301}té"), 3);
    }
}
