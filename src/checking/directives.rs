//! Inline directives: HTML comments that switch rules off where a writer has a reason to.
//!
//! They are markdownlint's comments with redac's prefix, so a writer who knows one knows the
//! other:
//!
//! - `<!-- redac-disable rule-id other-id -->`: those rules are off from this line on, until
//!   `<!-- redac-enable rule-id -->` (or a bare `<!-- redac-enable -->`) switches them back on;
//! - `<!-- redac-disable -->` with no id: every rule is off from this line on;
//! - `<!-- redac-disable-line rule-id -->`: off on the comment's own line (put it at the end of
//!   the line it excuses);
//! - `<!-- redac-disable-next-line rule-id -->`: off on the line after the comment;
//! - `<!-- redac-disable-file rule-id -->` / `<!-- redac-enable-file rule-id -->`: off (or
//!   back on) for the whole file, wherever the comment is. Rules that judge the whole draft
//!   (`min-words`, `meta-description-length`…) report on the front matter or the first line of
//!   the body, above any comment, so this is the form that switches them off.
//!
//! Ids may be separated by spaces or commas, as in markdownlint's comments. An id that no rule
//! has, or a `redac-` comment that is none of the forms above, is reported by the rule
//! `unknown-directive` rather than ignored: a misspelt id would otherwise leave the finding on
//! with no hint why.

use super::rules;
use regex::Regex;
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// A comment addressed to redac: its form and what follows it.
static DIRECTIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<!--\s*redac-([A-Za-z-]*)(.*?)-->").expect("pattern"));

/// Which rules a directive names.
#[derive(Debug, Clone, PartialEq)]
enum Rules {
    All,
    Only(Vec<&'static str>),
}

impl Rules {
    fn contains(&self, rule: &str) -> bool {
        match self {
            Rules::All => true,
            Rules::Only(ids) => ids.contains(&rule),
        }
    }
}

/// What a directive does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Disable,
    Enable,
    DisableLine,
    DisableNextLine,
    DisableFile,
    EnableFile,
}

impl Form {
    fn parse(name: &str) -> Option<Form> {
        Some(match name {
            "disable" => Form::Disable,
            "enable" => Form::Enable,
            "disable-line" => Form::DisableLine,
            "disable-next-line" => Form::DisableNextLine,
            "disable-file" => Form::DisableFile,
            "enable-file" => Form::EnableFile,
            _ => return None,
        })
    }
}

/// Something wrong in a directive, reported by the `unknown-directive` rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown {
    pub line: usize,
    pub message: String,
}

/// A directive read from the draft, in file order.
#[derive(Debug, Clone, PartialEq)]
struct Directive {
    line: usize,
    form: Form,
    rules: Rules,
}

/// The directives of one draft.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Directives {
    /// In file order (comments are read as the parser meets them).
    directives: Vec<Directive>,
    /// Unknown forms and rule ids, for the `unknown-directive` rule.
    pub unknown: Vec<Unknown>,
}

impl Directives {
    /// Read the directives of an HTML comment (or block) that starts on `first_line`.
    pub fn read(&mut self, html: &str, first_line: usize) {
        for caps in DIRECTIVE.captures_iter(html) {
            let whole = caps.get(0).expect("match");
            let line = first_line + html[..whole.start()].matches('\n').count();
            let end_line = line + whole.as_str().matches('\n').count();
            let Some(form) = Form::parse(&caps[1]) else {
                self.unknown.push(Unknown {
                    line,
                    message: format!("unknown directive `redac-{}`", &caps[1]),
                });
                continue;
            };
            let rules = self.rules(&caps[2], line);
            let line = if form == Form::DisableNextLine {
                end_line + 1
            } else {
                line
            };
            self.directives.push(Directive { line, form, rules });
        }
    }

    /// The rules named by a directive's ids; unknown ids are noted and left out.
    fn rules(&mut self, ids: &str, line: usize) -> Rules {
        let ids: Vec<&str> = ids
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|id| !id.is_empty())
            .collect();
        if ids.is_empty() {
            return Rules::All;
        }
        let mut known = Vec::new();
        for id in ids {
            match rules::find(id) {
                Some(rule) => known.push(rule.id),
                None => self.unknown.push(Unknown {
                    line,
                    message: format!(
                        "unknown rule '{id}' in a directive (`redac rules` lists them)"
                    ),
                }),
            }
        }
        Rules::Only(known)
    }

    /// Is `rule` off for the whole file (`redac-disable-file`, not enabled again)?
    pub fn disables(&self, rule: &str) -> bool {
        let mut off = false;
        for d in self.directives.iter().filter(|d| d.rules.contains(rule)) {
            match d.form {
                Form::DisableFile => off = true,
                Form::EnableFile => off = false,
                _ => {}
            }
        }
        off
    }

    /// For one rule: the lines where a finding of it is switched off.
    pub fn for_rule(&self, rule: &str) -> RuleDirectives {
        let mut ranges = Vec::new();
        let mut lines = BTreeSet::new();
        let mut off_since: Option<usize> = None;
        for d in self.directives.iter().filter(|d| d.rules.contains(rule)) {
            match d.form {
                Form::Disable => off_since = off_since.or(Some(d.line)),
                Form::Enable => {
                    if let Some(start) = off_since.take() {
                        ranges.push((start, d.line));
                    }
                }
                Form::DisableLine | Form::DisableNextLine => {
                    lines.insert(d.line);
                }
                Form::DisableFile | Form::EnableFile => {}
            }
        }
        if let Some(start) = off_since {
            ranges.push((start, usize::MAX));
        }
        RuleDirectives { ranges, lines }
    }
}

/// Where one rule is off, ready for a lookup per finding.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleDirectives {
    /// (first line off, first line on again), in file order and not overlapping.
    ranges: Vec<(usize, usize)>,
    lines: BTreeSet<usize>,
}

impl RuleDirectives {
    /// Is a finding on `line` switched off?
    pub fn suppresses(&self, line: usize) -> bool {
        if self.lines.contains(&line) {
            return true;
        }
        let i = self.ranges.partition_point(|&(start, _)| start <= line);
        i > 0 && line < self.ranges[i - 1].1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(comments: &[(&str, usize)]) -> Directives {
        let mut d = Directives::default();
        for (html, line) in comments {
            d.read(html, *line);
        }
        d
    }

    #[test]
    fn disable_and_enable_make_a_range() {
        let d = read(&[
            ("<!-- redac-disable french-quotes, no-break-space -->", 4),
            ("<!-- redac-enable french-quotes -->", 9),
        ]);
        let quotes = d.for_rule("french-quotes");
        assert!(!quotes.suppresses(3));
        assert!(quotes.suppresses(4) && quotes.suppresses(8));
        assert!(!quotes.suppresses(9));
        assert!(d.for_rule("no-break-space").suppresses(1000));
        assert!(!d.for_rule("min-words").suppresses(5));
        assert!(!d.disables("french-quotes"));
    }

    #[test]
    fn bare_disable_switches_everything_off_until_a_bare_enable() {
        let d = read(&[("<!--redac-disable-->", 2), ("<!-- redac-enable -->", 5)]);
        assert!(d.for_rule("language").suppresses(3));
        assert!(!d.for_rule("language").suppresses(5));
    }

    #[test]
    fn disable_line_is_markdownlints_form_not_a_rule_id() {
        let d = read(&[("<!-- redac-disable-line french-quotes -->", 7)]);
        let quotes = d.for_rule("french-quotes");
        assert!(quotes.suppresses(7));
        assert!(!quotes.suppresses(8) && !quotes.suppresses(6));
        assert!(!d.disables("french-quotes"));
        assert!(d.unknown.is_empty());
    }

    #[test]
    fn next_line_counts_from_the_end_of_the_comment() {
        let d = read(&[("<!-- redac-disable-next-line\n  scraping-noise -->\n", 7)]);
        assert!(d.for_rule("scraping-noise").suppresses(9));
        assert!(!d.for_rule("scraping-noise").suppresses(8));
    }

    #[test]
    fn file_forms_cover_the_whole_file() {
        let d = read(&[("<!-- redac-disable-file min-words -->", 40)]);
        assert!(d.disables("min-words"));
        assert!(!d.disables("language"));
        let d = read(&[
            ("<!-- redac-disable-file -->", 40),
            ("<!-- redac-enable-file language -->", 41),
        ]);
        assert!(d.disables("min-words") && !d.disables("language"));
    }

    #[test]
    fn unknown_ids_and_forms_are_noted_with_their_line() {
        let d = read(&[(
            "<!-- redac-disable frnch-quotes min-words -->\n<!-- redac-disabled x -->",
            3,
        )]);
        let lines: Vec<(usize, &str)> = d
            .unknown
            .iter()
            .map(|u| (u.line, u.message.as_str()))
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].0, 3);
        assert!(lines[0].1.contains("'frnch-quotes'"));
        assert_eq!(lines[1], (4, "unknown directive `redac-disabled`"));
        assert!(d.for_rule("min-words").suppresses(3));
    }

    #[test]
    fn other_comments_are_ignored() {
        let d = read(&[(
            "<!-- markdownlint-disable MD001 --> <!-- a redac note -->",
            1,
        )]);
        assert_eq!(d, Directives::default());
    }
}
