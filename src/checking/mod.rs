//! Checking: Markdown drafts against the brief's length and structure rules, for CI.
//!
//! `redac check` is a linter in the manner of markdownlint, Vale or ruff: rules with stable ids
//! ([`rules`]), a configuration file ([`config`]), inline directives ([`directives`]), and
//! reports for people and machines ([`format`](mod@format)). A draft is parsed, not grepped
//! ([`document`], [`front_matter`]), and measured with the same library code as `rewrite`
//! ([`measures`]), so a `rewrite` output and `check` on it agree on every figure.
//!
//! The stages, for each file: read ([`inputs`]) → parse ([`document::Document::parse`]) →
//! measure ([`measures::Measures::of`]) → apply each enabled rule → sort the findings. Files are
//! checked in parallel and reported in path order, so output is the same from run to run.

pub mod config;
pub mod directives;
pub mod document;
pub mod fix;
pub mod format;
pub mod front_matter;
pub mod inputs;
pub mod measures;
pub mod pieces;
pub mod position;
pub mod report;
pub mod resolve;
pub mod rules;

use config::Settings;
use document::Document;
use inputs::Input;
use measures::{Figures, Measures};
use position::Position;
use rayon::prelude::*;
use report::{Failure, FileCheck, FileReport, Finding, Outcome, Report};
use resolve::Resolver;
use rules::{Context, RULES};
use std::sync::Arc;
use thiserror::Error;

/// Why a draft could not be parsed: its front matter is malformed. Any text is valid Markdown.
#[derive(Debug, Clone, PartialEq, Error)]
#[error("line {}: {message}", position.line)]
pub struct DocumentError {
    pub position: Position,
    pub message: String,
}

/// Check the text of one draft.
pub fn check_text(text: &str, settings: &Settings) -> Result<FileCheck, DocumentError> {
    crate::analysing::start_article();
    crate::composing::title::start_article();
    let doc = Document::parse(text)?;
    let measures = Measures::of(&doc, settings);
    let cx = Context {
        doc: &doc,
        measures: &measures,
        settings,
    };
    let mut findings: Vec<Finding> = RULES
        .iter()
        .filter(|rule| settings.is_enabled(rule) && !doc.directives.disables(rule.id))
        .flat_map(|rule| {
            let directives = doc.directives.for_rule(rule.id);
            (rule.check)(&cx)
                .into_iter()
                .filter(move |v| !directives.suppresses(v.position.line))
                .map(|v| Finding {
                    rule: rule.id,
                    severity: settings.severity(rule),
                    position: v.position,
                    message: v.message,
                })
        })
        .collect();
    // A stable sort: findings on one spot stay in the order of RULES.
    findings.sort_by_key(|f| f.position);
    Ok(FileCheck {
        figures: Figures::new(&doc, &measures, settings),
        findings,
        ..FileCheck::default()
    })
}

/// Check files, directories (searched for `*.md`), glob patterns and `-` (standard input).
///
/// Each file is checked with the settings `resolver` gives it (its nearest `redac.toml`, or
/// one configuration for all). Files are read and checked in parallel; the report lists them
/// sorted by path. A path that does not exist, a file that cannot be read, is over
/// `max_bytes` or is not UTF-8 text, and a draft with malformed front matter each become a
/// failed entry rather than stopping the run, as linters do. A configuration file that cannot
/// be used stops the run: its error is returned.
pub fn check_paths(
    paths: &[std::path::PathBuf],
    resolver: &Arc<Resolver>,
    max_bytes: usize,
    mode: Mode,
) -> Result<Report, String> {
    let cwd = std::env::current_dir().unwrap_or_default();
    let (inputs, mut files) = inputs::collect(paths, &cwd, resolver);
    let jobs = inputs
        .into_iter()
        .map(|input| Ok((resolver.for_file(input.path())?, input)))
        .collect::<Result<Vec<_>, String>>()?;
    files.par_extend(
        jobs.into_par_iter()
            .map(|(resolved, input)| check_input(input, &resolved.settings, max_bytes, mode)),
    );
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Report { files })
}

/// What `check_paths` does besides checking.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Check,
    /// Mend the mechanical findings in the files, then check what is left.
    Fix,
    /// Show the mends as a diff, leaving the files alone.
    Diff,
}

fn check_input(input: Input, settings: &Settings, max_bytes: usize, mode: Mode) -> FileReport {
    let path = input.display_path().to_string();
    let outcome = match input
        .read(max_bytes)
        .and_then(|text| check_mended(&input, &text, settings, mode))
    {
        Err(message) => Outcome::Failed(Failure {
            message,
            position: None,
        }),
        Ok(Err(error)) => Outcome::Failed(Failure {
            message: error.message,
            position: Some(error.position),
        }),
        Ok(Ok(check)) => Outcome::Checked(check),
    };
    FileReport { path, outcome }
}

/// Check `text`, mended first in [`Mode::Fix`] (and written back) or with its mends as a
/// diff in [`Mode::Diff`]. The outer error is one of writing.
fn check_mended(
    input: &Input,
    text: &str,
    settings: &Settings,
    mode: Mode,
) -> Result<Result<FileCheck, DocumentError>, String> {
    if mode == Mode::Check {
        return Ok(check_text(text, settings));
    }
    let fixed = match fix::fix_text(text, settings) {
        Ok(fixed) => fixed,
        Err(error) => return Ok(Err(error)),
    };
    if mode == Mode::Diff {
        return Ok(check_text(text, settings).map(|mut check| {
            check.diff =
                (fixed.fixes > 0).then(|| fix::diff(input.display_path(), text, &fixed.text));
            check
        }));
    }
    if fixed.fixes > 0 {
        let path = input
            .path()
            .ok_or("--fix cannot write to standard input: use --diff")?;
        fix::write_keeping_mode(path, &fixed.text).map_err(|e| format!("cannot write: {e}"))?;
    }
    Ok(check_text(&fixed.text, settings).map(|mut check| {
        check.fixed = fixed.fixes;
        check
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use report::Severity;

    const SHORT: &str = "---\ntitle: \"Titre\"\n---\n\nUn texte court d'une ligne.\n";

    fn rules_found(check: &FileCheck) -> Vec<&str> {
        check.findings.iter().map(|f| f.rule).collect()
    }

    #[test]
    fn findings_are_sorted_by_position_then_rule_order() {
        let check = check_text(SHORT, &Settings::default()).unwrap();
        let positions: Vec<Position> = check.findings.iter().map(|f| f.position).collect();
        let mut sorted = positions.clone();
        sorted.sort();
        assert_eq!(positions, sorted);
        let at_line_one: Vec<&str> = check
            .findings
            .iter()
            .filter(|f| f.position.line == 1)
            .map(|f| f.rule)
            .collect();
        assert_eq!(
            at_line_one,
            [
                "meta-description-present",
                "slug-present",
                "keyphrase-present"
            ]
        );
    }

    #[test]
    fn settings_disable_rules_and_override_severities() {
        let mut settings = Settings::default();
        settings.disable("min-words").unwrap();
        settings
            .set_severity("straight-apostrophe", Severity::Error)
            .unwrap();
        let check = check_text(SHORT, &settings).unwrap();
        assert!(!rules_found(&check).contains(&"min-words"));
        let apostrophe = check
            .findings
            .iter()
            .find(|f| f.rule == "straight-apostrophe")
            .unwrap();
        assert_eq!(apostrophe.severity, Severity::Error);
    }

    #[test]
    fn directives_suppress_findings() {
        let text = SHORT.replace("\nUn texte", "\n<!-- redac-disable-file min-words -->\n<!-- redac-disable-next-line straight-apostrophe -->\nUn texte");
        let check = check_text(&text, &Settings::default()).unwrap();
        assert!(!rules_found(&check).contains(&"min-words"));
        assert!(!rules_found(&check).contains(&"straight-apostrophe"));
        assert!(rules_found(&check).contains(&"meta-description-present"));
    }

    #[test]
    fn ranges_and_line_directives_switch_findings_off_where_they_say() {
        let text = "Un l'a.\n\n<!-- redac-disable straight-apostrophe -->\n\nDeux l'a.\n\n<!-- redac-enable -->\n\nTrois l'a.\n\nQuatre l'a. <!-- redac-disable-line straight-apostrophe -->\n";
        let check = check_text(text, &Settings::default()).unwrap();
        let lines: Vec<usize> = check
            .findings
            .iter()
            .filter(|f| f.rule == "straight-apostrophe")
            .map(|f| f.position.line)
            .collect();
        assert_eq!(lines, [1, 9]);
    }

    /// Bytes counted for positions when checking `text`.
    fn position_work(text: &str) -> usize {
        position::work::take();
        check_text(text, &Settings::default()).unwrap();
        position::work::take()
    }

    #[test]
    fn position_work_grows_linearly_with_a_long_line() {
        let line = |n: usize| "Le mot d'un « texte » : oui ! ".repeat(n) + "\n";
        let (small, large) = (position_work(&line(2000)), position_work(&line(4000)));
        assert!(small > 0);
        assert!(large <= small * 5 / 2, "{small} then {large} bytes counted");
    }

    #[test]
    fn malformed_front_matter_is_an_error() {
        let error = check_text("---\ntitle: [\n---\n", &Settings::default()).unwrap_err();
        assert!(error.message.starts_with("malformed front matter"));
    }
}
