//! GitHub Actions workflow commands: one `::error` or `::warning` line per finding, which the
//! runner turns into an annotation on the pull request's diff.
//!
//! `::error file=drafts/a.md,line=5,col=1,title=redac min-words::the body has 412 words…`

use crate::checking::report::Report;
use std::io::{self, Write};

/// Escape a message as the Actions toolkit does (`%`, CR and LF).
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a property value, which also cannot hold `:` or `,`.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    for (path, finding) in report.findings() {
        writeln!(
            out,
            "::{} file={},line={},col={},title={}::{}",
            finding.severity,
            escape_property(path),
            finding.position.line,
            finding.position.column,
            escape_property(&format!("redac {}", finding.rule)),
            escape_data(&finding.message)
        )?;
    }
    for file in &report.files {
        if let Some(failure) = file.failure() {
            let place = failure.position.map_or(String::new(), |p| {
                format!(",line={},col={}", p.line, p.column)
            });
            writeln!(
                out,
                "::error file={}{place},title=redac::{}",
                escape_property(&file.path),
                escape_data(&failure.message)
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checking::position::Position;
    use crate::checking::report::{FileCheck, FileReport, Finding, Outcome, Severity};

    #[test]
    fn findings_become_annotations() {
        let finding = Finding {
            rule: "no-break-space",
            severity: Severity::Warning,
            position: Position::new(7, 12),
            message: "no no-break space before « : »\n100%".into(),
        };
        let report = Report {
            files: vec![FileReport {
                path: "drafts/a,b.md".into(),
                outcome: Outcome::Checked(FileCheck {
                    findings: vec![finding],
                    ..FileCheck::default()
                }),
            }],
        };
        let mut out = Vec::new();
        write(&report, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "::warning file=drafts/a%2Cb.md,line=7,col=12,title=redac no-break-space::no no-break space before « : »%0A100%25\n"
        );
    }
}
