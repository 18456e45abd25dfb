//! Facts the page furniture tells before it is dropped: the date (read by [`crate::dates`])
//! and the outlet.

use regex::Regex;
use std::sync::LazyLock;

// Unbounded repeats, with lengths checked in code: bounded repeats of Unicode classes
// (`[\p{L} ]{1,40}`) compile into automata large enough to cost more than reading an article.
static DATELINE_OUTLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Lu}[\p{L} .'’-]+\s/\s(\p{Lu}[\p{L} .'’-]+)$").unwrap());
static ATTRIBUTION_OUTLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\W*avec\s+(?:l['’])?([\p{L} ]+?)\W*$").unwrap());
static DISCLAIMER_OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Lu}[\p{L} .'’-]+?)\s+(?:publie|publishes)(?:\W|$)").unwrap()
});
/// An outlet's name is short; a longer capture is a sentence that happens to match.
const MAX_OUTLET_CHARS: usize = 40;
/// A dateline ("Paris / La Gazette") is a short line.
const MAX_DATELINE_CHARS: usize = 72;

/// The outlet a "City / Outlet" dateline names.
pub fn dateline_outlet(line: &str) -> Option<&str> {
    if line.chars().count() > MAX_DATELINE_CHARS {
        return None;
    }
    outlet_capture(&DATELINE_OUTLET, line)
}

/// The outlet a furniture line names: a dateline, a disclaimer or an agency attribution.
pub fn outlet(line: &str) -> Option<&str> {
    dateline_outlet(line)
        .or_else(|| outlet_capture(&DISCLAIMER_OUTLET, line))
        .or_else(|| outlet_capture(&ATTRIBUTION_OUTLET, line))
}

fn outlet_capture<'a>(pattern: &Regex, line: &'a str) -> Option<&'a str> {
    let name = pattern.captures(line)?.get(1)?.as_str().trim();
    (name.chars().count() <= MAX_OUTLET_CHARS).then_some(name)
}

/// "26 Mai 2024 11:53" → "2024-05-26"; "Publié le 26 mai" → "--05-26" (see [`crate::dates`]).
pub fn iso_date(text: &str) -> Option<String> {
    crate::dates::find(text).map(crate::dates::Shown::iso)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_outlets_from_furniture() {
        assert_eq!(
            iso_date("Publié le 3 mars 2024 à 10h").as_deref(),
            Some("2024-03-03")
        );
        assert_eq!(outlet("Paris / La Gazette"), Some("La Gazette"));
        assert_eq!(outlet("Avec l'AFP"), Some("AFP"));
    }
}
