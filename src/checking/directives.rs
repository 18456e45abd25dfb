//! Inline directives: HTML comments that switch rules off where a writer has a reason to.
//!
//! - `<!-- redac-disable rule-id other-id -->` anywhere in the body: those rules are off for the
//!   whole file (many rules judge the whole draft, so a ranged form would not mean much);
//! - `<!-- redac-disable -->` with no id: every rule is off for the file;
//! - `<!-- redac-disable-next-line rule-id -->`: off for the line after the comment only.
//!
//! Ids may be separated by spaces or commas, as in markdownlint's comments.

use regex::Regex;
use std::sync::LazyLock;

static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*redac-(disable-next-line|disable)\b([^>]*?)\s*-->")
        .expect("directive pattern")
});

/// Which rules a directive names.
#[derive(Debug, Clone, PartialEq)]
enum Rules {
    All,
    Only(Vec<String>),
}

impl Rules {
    fn parse(ids: &str) -> Self {
        let ids: Vec<String> = ids
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|id| !id.is_empty())
            .map(str::to_string)
            .collect();
        if ids.is_empty() {
            Rules::All
        } else {
            Rules::Only(ids)
        }
    }

    fn contains(&self, rule: &str) -> bool {
        match self {
            Rules::All => true,
            Rules::Only(ids) => ids.iter().any(|id| id == rule),
        }
    }
}

/// The directives of one draft.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Directives {
    whole_file: Vec<Rules>,
    /// (line, rules) pairs: rules off on that line.
    lines: Vec<(usize, Rules)>,
}

impl Directives {
    /// Read the directives of an HTML comment (or block) that ends on `last_line`.
    pub fn read(&mut self, html: &str, last_line: usize) {
        for caps in DIRECTIVE.captures_iter(html) {
            let rules = Rules::parse(&caps[2]);
            if &caps[1] == "disable-next-line" {
                self.lines.push((last_line + 1, rules));
            } else {
                self.whole_file.push(rules);
            }
        }
    }

    /// Is `rule` off for the whole file?
    pub fn disables(&self, rule: &str) -> bool {
        self.whole_file.iter().any(|rules| rules.contains(rule))
    }

    /// Is a finding of `rule` on `line` switched off?
    pub fn suppresses(&self, rule: &str, line: usize) -> bool {
        self.disables(rule)
            || self
                .lines
                .iter()
                .any(|(l, rules)| *l == line && rules.contains(rule))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disable_names_rules_for_the_whole_file() {
        let mut d = Directives::default();
        d.read("<!-- redac-disable min-words, paragraph-length -->", 4);
        assert!(d.disables("min-words"));
        assert!(d.suppresses("paragraph-length", 99));
        assert!(!d.disables("language"));
    }

    #[test]
    fn bare_disable_switches_everything_off() {
        let mut d = Directives::default();
        d.read("<!--redac-disable-->", 1);
        assert!(d.disables("language"));
    }

    #[test]
    fn next_line_applies_to_one_line_only() {
        let mut d = Directives::default();
        d.read("<!-- redac-disable-next-line scraping-noise -->\n", 7);
        assert!(d.suppresses("scraping-noise", 8));
        assert!(!d.suppresses("scraping-noise", 9));
        assert!(!d.disables("scraping-noise"));
    }

    #[test]
    fn other_comments_are_ignored() {
        let mut d = Directives::default();
        d.read(
            "<!-- markdownlint-disable MD001 --> <!-- redac-disabled x -->",
            1,
        );
        assert_eq!(d, Directives::default());
    }
}
