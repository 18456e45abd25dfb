//! Stats: the analysis of one source without composing an article (`redac stats`).

use crate::analysing::{self, Density, Keyphrase};
use crate::brief::Brief;
use crate::cleaning::RemovedLine;
use crate::language::Detection;
use crate::pipeline::{self, SourceError, SourceInput};
use crate::segmenting::Paragraph;
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
    pub removed: Vec<RemovedLine>,
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
        ]
    }
}

pub fn measure(source: &SourceInput, keyphrase: Option<&str>) -> Result<Stats, SourceError> {
    let prepared = pipeline::prepare(source, crate::reading::DEFAULT_MAX_BYTES)?;
    let paragraphs: Vec<Paragraph> = prepared.paragraphs.iter().map(|(_, p)| p.clone()).collect();
    let keyphrase = match keyphrase {
        Some(k) => Keyphrase::new(k),
        None => analysing::choose_keyphrase(prepared.article.title.as_deref(), &paragraphs)
            .unwrap_or_else(|| Keyphrase::new("")),
    };
    let density = analysing::density(&paragraphs, &keyphrase);
    Ok(Stats {
        source: prepared.name,
        title: prepared.article.title,
        words: density.words,
        paragraphs: paragraphs.len(),
        sentences: paragraphs.iter().map(|p| p.sentences.len()).sum(),
        language: prepared.language,
        brief: prepared.brief,
        keyphrase: keyphrase.text,
        density,
        removed: prepared.article.removed,
    })
}
