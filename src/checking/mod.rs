//! Checking: Markdown drafts against the brief's length and structure rules, for CI.
//!
//! `redac check` is a linter in the manner of markdownlint, Vale or ruff: rules with stable ids
//! ([`rules`]), a configuration file ([`config`]), inline directives ([`directives`]), and
//! reports for people and machines ([`format`]). A draft is parsed, not grepped ([`document`],
//! [`front_matter`]), and measured with the same library code as `rewrite` ([`measures`]), so a
//! `rewrite` output and `check` on it agree on every figure.
//!
//! The stages, for each file: read ([`inputs`]) → parse ([`document::Document::parse`]) →
//! measure ([`measures::Measures::of`]) → apply each enabled rule → sort the findings. Files are
//! checked in parallel and reported in path order, so output is the same from run to run.

pub mod config;
pub mod directives;
pub mod document;
pub mod format;
pub mod front_matter;
pub mod inputs;
pub mod measures;
pub mod position;
pub mod report;
pub mod rules;

use config::Settings;
use document::Document;
use inputs::Input;
use measures::{Figures, Measures};
use position::Position;
use rayon::prelude::*;
use report::{Failure, FileCheck, FileReport, Finding, Outcome, Report};
use rules::{Context, RULES};
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
            (rule.check)(&cx)
                .into_iter()
                .filter(|v| !doc.directives.suppresses(rule.id, v.position.line))
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
    })
}

/// Check files, directories (searched for `*.md`) and `-` (standard input).
///
/// Files are read and checked in parallel; the report lists them sorted by path. A path that
/// does not exist, a file that cannot be read or is not UTF-8 text, and a draft with malformed
/// front matter each become a failed entry rather than stopping the run, as linters do.
pub fn check_paths(paths: &[std::path::PathBuf], settings: &Settings) -> Report {
    let cwd = std::env::current_dir().unwrap_or_default();
    let (inputs, mut files) = inputs::collect(paths, &cwd);
    files.par_extend(
        inputs
            .into_par_iter()
            .map(|input| check_input(input, settings)),
    );
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Report { files }
}

fn check_input(input: Input, settings: &Settings) -> FileReport {
    let path = input.display_path().to_string();
    let outcome = match input.read() {
        Err(message) => Outcome::Failed(Failure {
            message,
            position: None,
        }),
        Ok(text) => match check_text(&text, settings) {
            Ok(check) => Outcome::Checked(check),
            Err(error) => Outcome::Failed(Failure {
                message: error.message,
                position: Some(error.position),
            }),
        },
    };
    FileReport { path, outcome }
}
