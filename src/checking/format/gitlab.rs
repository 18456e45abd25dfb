//! GitLab Code Quality: a JSON array of issues, the report a `codequality` artifact holds,
//! which GitLab shows in merge requests and on the pipeline.
//!
//! Each finding is `{description, check_name, fingerprint, severity, location: {path, lines:
//! {begin}}}`: errors are `major`, warnings `minor`, files that could not be checked
//! `blocker`. The fingerprint is a stable hash (FNV-1a, 64 bits) of the path, rule, line and
//! message, so the same finding keeps its identity from one pipeline to the next.

use crate::checking::report::{Report, Severity};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Issue<'a> {
    description: &'a str,
    check_name: String,
    fingerprint: String,
    severity: &'static str,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
}

/// FNV-1a over the parts, with a separator between them, as 16 hex digits.
fn fingerprint(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

fn issue<'a>(
    path: &'a str,
    rule: &str,
    line: usize,
    message: &'a str,
    severity: &'static str,
) -> Issue<'a> {
    Issue {
        description: message,
        check_name: format!("redac/{rule}"),
        fingerprint: fingerprint(&[path, rule, &line.to_string(), message]),
        severity,
        location: Location {
            path,
            lines: Lines { begin: line },
        },
    }
}

pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    let mut issues: Vec<Issue> = report
        .findings()
        .map(|(path, f)| {
            let severity = match f.severity {
                Severity::Error => "major",
                Severity::Warning => "minor",
            };
            issue(path, f.rule, f.position.line, &f.message, severity)
        })
        .collect();
    for file in &report.files {
        if let Some(failure) = file.failure() {
            let line = failure.position.map_or(1, |p| p.line);
            issues.push(issue(
                &file.path,
                "failure",
                line,
                &failure.message,
                "blocker",
            ));
        }
    }
    serde_json::to_writer_pretty(&mut *out, &issues).map_err(io::Error::other)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checking::position::Position;
    use crate::checking::report::{FileCheck, FileReport, Finding, Outcome};

    #[test]
    fn findings_become_code_quality_issues() {
        let finding = Finding {
            rule: "min-words",
            severity: Severity::Error,
            position: Position::new(12, 1),
            message: "the body has 3 words".into(),
        };
        let report = Report {
            files: vec![FileReport {
                path: "drafts/a.md".into(),
                outcome: Outcome::Checked(FileCheck {
                    findings: vec![finding],
                    ..FileCheck::default()
                }),
            }],
        };
        let mut out = Vec::new();
        write(&report, &mut out).unwrap();
        let issues: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let issue = &issues[0];
        assert_eq!(issue["check_name"], "redac/min-words");
        assert_eq!(issue["severity"], "major");
        assert_eq!(issue["location"]["path"], "drafts/a.md");
        assert_eq!(issue["location"]["lines"]["begin"], 12);
        assert_eq!(issue["fingerprint"].as_str().unwrap().len(), 16);
        let mut again = Vec::new();
        write(&report, &mut again).unwrap();
        assert_eq!(out, again, "fingerprints are stable");
    }
}
