//! JUnit XML: the test report format most CI systems read (GitLab's `junit` artifact, Jenkins,
//! Azure Pipelines, CircleCI), in the shape ESLint's junit formatter gives it: one test suite
//! per file, one failed test case per finding (named by its rule, classed by its file), one
//! passed case for a file without findings, and an `<error>` case for a file that could not be
//! checked.

use crate::checking::report::{FileReport, Finding, Report};
use std::io::{self, Write};

/// Escape text for an XML attribute or element.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 cannot hold other control characters, even escaped.
            c if c.is_control() && !matches!(c, '\n' | '\t' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    let summary = report.summary();
    let cases: usize = report.files.iter().map(|f| f.findings().len().max(1)).sum();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="redac check" tests="{cases}" failures="{}" errors="{}">"#,
        summary.errors + summary.warnings,
        summary.failures
    )?;
    for file in &report.files {
        write_suite(file, out)?;
    }
    writeln!(out, "</testsuites>")
}

fn write_suite(file: &FileReport, out: &mut impl Write) -> io::Result<()> {
    let path = escape(&file.path);
    let findings = file.findings();
    let errors = usize::from(file.failure().is_some());
    writeln!(
        out,
        r#"  <testsuite name="{path}" tests="{}" failures="{}" errors="{errors}">"#,
        findings.len().max(1),
        findings.len()
    )?;
    if let Some(failure) = file.failure() {
        writeln!(
            out,
            r#"    <testcase name="check" classname="{path}"><error message="{}"/></testcase>"#,
            escape(&failure.message)
        )?;
    } else if findings.is_empty() {
        writeln!(out, r#"    <testcase name="check" classname="{path}"/>"#)?;
    }
    for finding in findings {
        write_case(&path, finding, out)?;
    }
    writeln!(out, "  </testsuite>")
}

fn write_case(path: &str, f: &Finding, out: &mut impl Write) -> io::Result<()> {
    writeln!(
        out,
        r#"    <testcase name="redac.{}" classname="{path}"><failure message="{}" type="{}">{path}:{}:{}: {}</failure></testcase>"#,
        f.rule,
        escape(&f.message),
        f.severity,
        f.position.line,
        f.position.column,
        escape(&f.message)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checking::position::Position;
    use crate::checking::report::{Failure, FileCheck, Outcome, Severity};

    #[test]
    fn findings_are_failed_cases_and_failures_are_errors() {
        let finding = Finding {
            rule: "french-quotes",
            severity: Severity::Warning,
            position: Position::new(3, 4),
            message: "« written as <<: use « & co".into(),
        };
        let report = Report {
            files: vec![
                FileReport {
                    path: "a.md".into(),
                    outcome: Outcome::Checked(FileCheck {
                        findings: vec![finding],
                        ..FileCheck::default()
                    }),
                },
                FileReport {
                    path: "b.md".into(),
                    outcome: Outcome::Checked(FileCheck::default()),
                },
                FileReport {
                    path: "c.md".into(),
                    outcome: Outcome::Failed(Failure {
                        message: "not UTF-8".into(),
                        position: None,
                    }),
                },
            ],
        };
        let mut out = Vec::new();
        write(&report, &mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert!(
            xml.contains(r#"<testsuites name="redac check" tests="3" failures="1" errors="1">"#),
            "{xml}"
        );
        assert!(
            xml.contains(
                r#"message="« written as &lt;&lt;: use « &amp; co" type="warning">a.md:3:4:"#
            ),
            "{xml}"
        );
        assert!(xml.contains(r#"<testcase name="check" classname="b.md"/>"#));
        assert!(xml.contains(r#"<error message="not UTF-8"/>"#));
    }
}
