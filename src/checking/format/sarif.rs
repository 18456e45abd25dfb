//! SARIF 2.1.0, the static analysis format GitHub code scanning, GitLab and most CI dashboards
//! import.
//!
//! One run: the tool with every rule (id, summary, doc, default level), one result per finding
//! with its file and region, and the files that could not be checked as tool execution
//! notifications. Columns are counted in Unicode code points, which the run declares.

use crate::checking::report::Report;
use crate::checking::rules::{Rule, RULES};
use serde_json::{json, Value};
use std::io::{self, Write};

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

pub fn to_value(report: &Report) -> Value {
    let results: Vec<Value> = report
        .findings()
        .map(|(path, finding)| {
            json!({
                "ruleId": finding.rule,
                "ruleIndex": RULES.iter().position(|rule| rule.id == finding.rule),
                "level": finding.severity.as_str(),
                "message": { "text": finding.message },
                "locations": [location(path, Some((finding.position.line, finding.position.column)))],
            })
        })
        .collect();
    let notifications: Vec<Value> = report
        .files
        .iter()
        .filter_map(|file| {
            let failure = file.failure()?;
            Some(json!({
                "level": "error",
                "message": { "text": failure.message },
                "locations": [location(&file.path, failure.position.map(|p| (p.line, p.column)))],
            }))
        })
        .collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "redac",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": RULES.iter().map(rule_descriptor).collect::<Vec<_>>(),
            }},
            "invocations": [{
                "executionSuccessful": notifications.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &to_value(report))?;
    writeln!(out)
}

fn rule_descriptor(rule: &Rule) -> Value {
    json!({
        "id": rule.id,
        "shortDescription": { "text": rule.summary },
        "fullDescription": { "text": rule.doc },
        "help": { "text": format!("{}\n\nredac explain {}", rule.doc, rule.id) },
        "defaultConfiguration": { "level": rule.severity.as_str() },
    })
}

fn location(path: &str, line_column: Option<(usize, usize)>) -> Value {
    let mut physical = json!({ "artifactLocation": { "uri": uri_reference(path) } });
    if let Some((line, column)) = line_column {
        physical["region"] = json!({ "startLine": line, "startColumn": column });
    }
    json!({ "physicalLocation": physical })
}

/// A relative path as a URI reference: forward slashes, everything but unreserved characters
/// percent-encoded (so `<stdin>` and accented file names stay valid).
fn uri_reference(path: &str) -> String {
    let mut uri = String::with_capacity(path.len());
    for byte in path.replace('\\', "/").bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            uri.push(byte as char);
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(
            uri_reference("drafts/été 1.md"),
            "drafts/%C3%A9t%C3%A9%201.md"
        );
        assert_eq!(uri_reference("<stdin>"), "%3Cstdin%3E");
    }

    #[test]
    fn every_rule_is_described_in_order() {
        let value = to_value(&Report::default());
        let rules = value["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap();
        assert_eq!(rules.len(), RULES.len());
        assert_eq!(rules[0]["id"], RULES[0].id);
    }
}
