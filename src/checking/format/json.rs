//! One JSON document: a summary, then per file its status, its measured figures and its
//! findings, or why it could not be checked.
//!
//! ```json
//! {"tool": "redac", "version": "0.1.0",
//!  "summary": {"files": 1, "errors": 1, "warnings": 0, "failures": 0},
//!  "files": [{"path": "a.md", "status": "checked",
//!             "figures": {"words": 712, "keyphrase_density": 1.4, …},
//!             "findings": [{"rule": "min-words", "severity": "error", "line": 5, "column": 1,
//!                           "message": "…"}]}]}
//! ```

use crate::checking::measures::Figures;
use crate::checking::report::{Failure, Finding, Outcome, Report, Summary};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Debug, Serialize)]
struct Document<'a> {
    tool: &'static str,
    version: &'static str,
    summary: Summary,
    files: Vec<File<'a>>,
}

#[derive(Debug, Serialize)]
#[serde(tag = "status", rename_all = "lowercase")]
enum Status<'a> {
    Checked {
        figures: &'a Figures,
        findings: &'a [Finding],
    },
    Failed {
        error: &'a Failure,
    },
}

#[derive(Debug, Serialize)]
struct File<'a> {
    path: &'a str,
    #[serde(flatten)]
    status: Status<'a>,
}

fn document(report: &Report) -> Document<'_> {
    let files = report
        .files
        .iter()
        .map(|file| File {
            path: &file.path,
            status: match &file.outcome {
                Outcome::Checked(check) => Status::Checked {
                    figures: &check.figures,
                    findings: &check.findings,
                },
                Outcome::Failed(failure) => Status::Failed { error: failure },
            },
        })
        .collect();
    Document {
        tool: "redac",
        version: env!("CARGO_PKG_VERSION"),
        summary: report.summary(),
        files,
    }
}

pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &document(report))?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checking::config::Settings;
    use crate::checking::position::Position;
    use crate::checking::report::FileReport;
    use serde_json::Value;

    fn parsed(report: &Report) -> Value {
        let mut out = Vec::new();
        write(report, &mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn figures_and_findings_are_per_file() {
        let check = crate::checking::check_text("Trois mots ici.", &Settings::default()).unwrap();
        let report = Report {
            files: vec![FileReport {
                path: "a.md".into(),
                outcome: Outcome::Checked(check),
            }],
        };
        let value = parsed(&report);
        let file = &value["files"][0];
        assert_eq!(file["status"], "checked");
        assert_eq!(file["figures"]["words"], 3);
        assert_eq!(file["findings"][0]["rule"], "min-words");
        assert_eq!(file["findings"][0]["line"], 1);
        assert_eq!(file["findings"][0]["severity"], "error");
        assert!(value["summary"]["errors"].as_u64().unwrap() > 0);
    }

    #[test]
    fn failures_say_why_and_where() {
        let failure = Failure {
            message: "malformed front matter: x".into(),
            position: Some(Position::new(3, 1)),
        };
        let report = Report {
            files: vec![FileReport {
                path: "b.md".into(),
                outcome: Outcome::Failed(failure),
            }],
        };
        let value = parsed(&report);
        assert_eq!(value["files"][0]["status"], "failed");
        assert_eq!(value["files"][0]["error"]["line"], 3);
        assert_eq!(value["summary"]["failures"], 1);
    }
}
