//! Table: the analysis printed by `redac stats` for a person.

use crate::analysing::{Density, Term};
use std::fmt::Write;

/// The stats header facts, then the density table.
pub fn render(facts: &[(&str, String)], density: &Density) -> String {
    let mut out = String::new();
    let width = facts
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    for (key, value) in facts {
        let _ = writeln!(out, "{key:<width$}  {value}");
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "{:<32} {:>5} {:>8}",
        "keyphrase / keyword", "count", "density"
    );
    row(&mut out, &density.keyphrase);
    out.push('\n');
    for t in &density.terms {
        row(&mut out, t);
    }
    if !density.phrases.is_empty() {
        out.push('\n');
        for t in &density.phrases {
            row(&mut out, t);
        }
    }
    out
}

/// The structure table of `redac stats --structure`: one row per block of the source, with
/// its line, role and reason, so a user sees why a line went.
pub fn structure(blocks: &[crate::structure::Classified]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{:>5}  {:<14} {:<52} text", "line", "role", "reason");
    for block in blocks {
        let _ = writeln!(
            out,
            "{:>5}  {:<14} {:<52} {}",
            block.line,
            block.role.name(),
            block.reason,
            shorten(&block.text, 60)
        );
    }
    out
}

/// At most `max` characters of `text`, control characters shown as `�` so that a source's
/// escape sequences never reach the terminal.
fn shorten(text: &str, max: usize) -> String {
    let mut out: String = text
        .chars()
        .take(max)
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect();
    if text.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

fn row(out: &mut String, term: &Term) {
    let _ = writeln!(
        out,
        "{:<32} {:>5} {:>7.2} %",
        term.text, term.count, term.density
    );
}
