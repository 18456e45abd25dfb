//! redac turns raw French news copy into an SEO-ready French article in Markdown, without
//! inventing anything: every sentence of the body comes from a source.
//!
//! The work is a one-way pipeline of small stages, each a module named for what it does:
//! [`reading`] → [`brief`] → [`structure`] → [`language`] → [`segmenting`] → [`analysing`] →
//! [`composing`] → [`rendering`]. [`pipeline`] runs them for `rewrite`.

pub mod analysing;
pub mod batch;
pub mod brief;
pub mod checking;
pub mod composing;
pub mod dates;
pub mod dossier;
pub(crate) mod eight_bytes;
pub mod error;
pub mod export;
pub mod language;
pub mod lexicon;
pub mod literals;
pub mod outputs;
pub mod patterns;
pub mod pipeline;
pub mod presize;
pub mod readability;
pub mod reading;
pub mod rendering;
pub mod safe_text;
pub mod segmenting;
pub mod stats;
pub mod stream;
pub mod structure;
pub mod temporaries;
#[cfg(test)]
pub(crate) mod test_texts;
pub mod typography;
pub mod writing;
