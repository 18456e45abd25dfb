//! Report: what `check` found, per file, in the order files were named or found.

use super::measures::Figures;
use super::position::Position;
use serde::{Deserialize, Serialize};
use std::fmt;

/// How serious a finding is. Errors fail the check (exit status 1); warnings are shown but do
/// not. Ordered so that `Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A rule broken at a place in a file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    #[serde(flatten)]
    pub position: Position,
    pub message: String,
}

/// A file that was read and checked.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FileCheck {
    pub figures: Figures,
    pub findings: Vec<Finding>,
    /// Mends `--fix` wrote to the file (the findings are those left after them).
    #[serde(skip_serializing_if = "is_zero")]
    pub fixed: usize,
    /// What `--diff` would change, as a unified diff.
    #[serde(skip)]
    pub diff: Option<String>,
}

/// Whether a count is nothing to report (serde's `skip_serializing_if`).
pub(crate) fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// A file that could not be checked: unreadable, not UTF-8, or with malformed front matter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Failure {
    pub message: String,
    /// Where the problem is, when it is in the file's text.
    #[serde(flatten)]
    pub position: Option<Position>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Checked(FileCheck),
    Failed(Failure),
}

/// One input and what came of it.
#[derive(Debug, Clone, PartialEq)]
pub struct FileReport {
    /// The path as shown to the user: relative to the working directory when it is under it;
    /// `<stdin>` for standard input.
    pub path: String,
    pub outcome: Outcome,
}

impl FileReport {
    pub fn findings(&self) -> &[Finding] {
        match &self.outcome {
            Outcome::Checked(check) => &check.findings,
            Outcome::Failed(_) => &[],
        }
    }

    pub fn failure(&self) -> Option<&Failure> {
        match &self.outcome {
            Outcome::Failed(failure) => Some(failure),
            Outcome::Checked(_) => None,
        }
    }
}

/// Totals for the one-line summary and the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Files that could not be checked.
    pub failures: usize,
}

/// Everything `check` found, files sorted by path.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report {
    pub files: Vec<FileReport>,
}

impl Report {
    /// The files that were checked.
    pub fn checked(&self) -> impl Iterator<Item = &FileCheck> + '_ {
        self.files.iter().filter_map(|file| match &file.outcome {
            Outcome::Checked(check) => Some(check),
            Outcome::Failed(_) => None,
        })
    }

    /// Every finding with the path of its file.
    pub fn findings(&self) -> impl Iterator<Item = (&str, &Finding)> + '_ {
        self.files.iter().flat_map(|file| {
            file.findings()
                .iter()
                .map(move |finding| (file.path.as_str(), finding))
        })
    }

    pub fn summary(&self) -> Summary {
        let count = |severity| {
            self.findings()
                .filter(|(_, f)| f.severity == severity)
                .count()
        };
        Summary {
            files: self.files.len(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            failures: self.files.iter().filter(|f| f.failure().is_some()).count(),
        }
    }

    /// Drop findings below `min` (Vale's `--minAlertLevel`).
    pub fn retain_at_least(&mut self, min: Severity) {
        for file in &mut self.files {
            if let Outcome::Checked(check) = &mut file.outcome {
                check.findings.retain(|f| f.severity >= min);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(severity: Severity) -> Finding {
        Finding {
            rule: "min-words",
            severity,
            position: Position::START,
            message: String::new(),
        }
    }

    fn report() -> Report {
        let checked = FileCheck {
            findings: vec![
                finding(Severity::Error),
                finding(Severity::Warning),
                finding(Severity::Warning),
            ],
            ..FileCheck::default()
        };
        Report {
            files: vec![
                FileReport {
                    path: "a.md".into(),
                    outcome: Outcome::Checked(checked),
                },
                FileReport {
                    path: "b.md".into(),
                    outcome: Outcome::Failed(Failure {
                        message: "x".into(),
                        position: None,
                    }),
                },
            ],
        }
    }

    #[test]
    fn summary_counts_by_severity() {
        assert_eq!(
            report().summary(),
            Summary {
                files: 2,
                errors: 1,
                warnings: 2,
                failures: 1
            }
        );
    }

    #[test]
    fn min_level_error_hides_warnings() {
        let mut report = report();
        report.retain_at_least(Severity::Error);
        assert_eq!(report.summary().warnings, 0);
        assert_eq!(report.summary().errors, 1);
    }

    #[test]
    fn warnings_rank_below_errors() {
        assert!(Severity::Warning < Severity::Error);
    }
}
