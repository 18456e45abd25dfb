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

fn row(out: &mut String, term: &Term) {
    let _ = writeln!(
        out,
        "{:<32} {:>5} {:>7.2} %",
        term.text, term.count, term.density
    );
}
