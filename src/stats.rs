//! Stats: the analysis of one source without composing an article (`redac stats`).

use crate::analysing::Density;
use crate::brief::Brief;
use crate::language::Detection;
use crate::pipeline::{self, Settings, SourceError, SourceInput};
use crate::readability::Readability;
use crate::structure::Classified;
use serde::Serialize;

/// What `stats` reports. Field names are stable.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    pub source: String,
    pub title: Option<String>,
    pub words: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    pub language: Detection,
    pub brief: Brief,
    pub keyphrase: String,
    pub density: Density,
    pub removed: Vec<Classified>,
    /// Every block of the source with its role and the reason for it.
    pub structure: Vec<Classified>,
    /// Reading ease (Kandel–Moles), passive and transition sentences, as `check` measures them.
    pub readability: Readability,
}

impl Stats {
    /// The header facts of the human table.
    pub fn facts(&self) -> Vec<(&'static str, String)> {
        vec![
            ("source", self.source.clone()),
            ("title", self.title.clone().unwrap_or_default()),
            ("words", self.words.to_string()),
            ("paragraphs", self.paragraphs.to_string()),
            ("sentences", self.sentences.to_string()),
            (
                "language",
                format!("{} ({:.2})", self.language.name, self.language.confidence),
            ),
            ("removed lines", self.removed.len().to_string()),
            (
                "reading ease",
                self.readability
                    .reading_ease
                    .map_or_else(String::new, |score| format!("{score:.1} (Kandel–Moles)")),
            ),
            (
                "passive",
                format!("{} % of sentences", self.readability.passive_percent()),
            ),
            (
                "transitions",
                format!("{} % of sentences", self.readability.transition_percent()),
            ),
        ]
    }
}

/// Measure a source as `rewrite` would: the same cleaning, the same keyphrase choice, the same
/// counts, so that `stats` never disagrees with the article it would write.
/// `input` forces the format as `--input` does; `None` recognises it.
pub fn measure(
    source: &SourceInput,
    keyphrase: Option<&str>,
    input: Option<crate::reading::Format>,
) -> Result<Stats, SourceError> {
    crate::analysing::start_article();
    crate::composing::title::start_article();
    let prepared = pipeline::prepare_as(source, crate::reading::DEFAULT_MAX_BYTES, input)?;
    let settings = Settings {
        keyphrase: keyphrase.map(str::to_string),
        ..Settings::default()
    };
    let target = pipeline::target_of(&prepared, &settings)?;
    let body = prepared.body(0);
    let paragraphs = body.len();
    let sentences = body.iter().map(|b| b.paragraph.sentences.len()).sum();
    let readability = Readability::of(body.iter().flat_map(|b| {
        let text = &b.paragraph.text;
        b.paragraph.sentences.iter().map(move |range| {
            let sentence = &text[range.clone()];
            (sentence, crate::segmenting::count_words(sentence))
        })
    }));
    let report =
        pipeline::compose(std::slice::from_ref(&prepared), body, &target, &settings).report;
    Ok(Stats {
        source: prepared.name,
        title: prepared.article.title.clone(),
        words: report.words,
        paragraphs,
        sentences,
        language: report.language,
        brief: report.brief,
        keyphrase: report.keyphrase,
        density: report.density,
        removed: prepared.article.removed().cloned().collect(),
        structure: prepared.article.blocks,
        readability,
    })
}
