//! Lines for a person: `path:line:col: severity[rule-id] message`, the shape compilers and
//! linters print and editors and terminals make clickable, then a one-line summary.

use crate::checking::report::{Report, Severity, Summary};
use std::io::{self, Write};

const RED: &str = "\x1b[31m";
const YELLOW: &str = "\x1b[33m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// Write each finding on a line, then the summary. `color` adds ANSI colours; the caller turns
/// it on only for a terminal.
pub fn write(report: &Report, out: &mut impl Write, color: bool) -> io::Result<()> {
    let paint = |code: &str, text: &str| {
        if color {
            format!("{code}{text}{RESET}")
        } else {
            text.to_string()
        }
    };
    for (path, finding) in report.findings() {
        let severity_color = match finding.severity {
            Severity::Error => RED,
            Severity::Warning => YELLOW,
        };
        writeln!(
            out,
            "{}:{}:{}: {}{} {}",
            paint(BOLD, path),
            finding.position.line,
            finding.position.column,
            paint(severity_color, finding.severity.as_str()),
            paint(DIM, &format!("[{}]", finding.rule)),
            finding.message
        )?;
    }
    writeln!(out, "{}", summary_line(&report.summary()))
}

/// "2 errors, 1 warning in 3 files", with the files that could not be checked.
pub fn summary_line(summary: &Summary) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let problems = if summary.errors + summary.warnings == 0 {
        "no problems".to_string()
    } else {
        format!(
            "{}, {}",
            plural(summary.errors, "error"),
            plural(summary.warnings, "warning")
        )
    };
    let mut line = format!(
        "{problems} in {}",
        plural(summary.files - summary.failures, "file")
    );
    if summary.failures > 0 {
        line.push_str(&format!(
            "; {} not checked",
            plural(summary.failures, "file")
        ));
    }
    line
}

/// Write each file that could not be checked as `redac: error: path[:line:col]: message`.
pub fn write_failures(report: &Report, err: &mut impl Write) -> io::Result<()> {
    for file in &report.files {
        if let Some(failure) = file.failure() {
            let place = failure
                .position
                .map_or(String::new(), |p| format!(":{}:{}", p.line, p.column));
            writeln!(
                err,
                "redac: error: {}{place}: {}",
                file.path, failure.message
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checking::position::Position;
    use crate::checking::report::{Failure, FileCheck, FileReport, Finding, Outcome};

    fn report() -> Report {
        let finding = Finding {
            rule: "min-words",
            severity: Severity::Error,
            position: Position::new(5, 1),
            message: "the body has 3 words".into(),
        };
        Report {
            files: vec![
                FileReport {
                    path: "drafts/a.md".into(),
                    outcome: Outcome::Checked(FileCheck {
                        findings: vec![finding],
                        ..FileCheck::default()
                    }),
                },
                FileReport {
                    path: "drafts/b.md".into(),
                    outcome: Outcome::Failed(Failure {
                        message: "malformed front matter".into(),
                        position: Some(Position::new(3, 7)),
                    }),
                },
            ],
        }
    }

    #[test]
    fn lines_follow_the_compiler_shape() {
        let mut out = Vec::new();
        write(&report(), &mut out, false).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "drafts/a.md:5:1: error[min-words] the body has 3 words\n1 error, 0 warnings in 1 file; 1 file not checked\n"
        );
    }

    #[test]
    fn colour_is_opt_in() {
        let mut out = Vec::new();
        write(&report(), &mut out, true).unwrap();
        assert!(String::from_utf8(out)
            .unwrap()
            .contains("\x1b[31merror\x1b[0m"));
    }

    #[test]
    fn failures_carry_their_line() {
        let mut err = Vec::new();
        write_failures(&report(), &mut err).unwrap();
        assert_eq!(
            String::from_utf8(err).unwrap(),
            "redac: error: drafts/b.md:3:7: malformed front matter\n"
        );
    }

    #[test]
    fn a_clean_run_says_so() {
        assert_eq!(
            summary_line(&Summary {
                files: 2,
                ..Summary::default()
            }),
            "no problems in 2 files"
        );
    }
}
