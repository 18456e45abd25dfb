//! `redac check` on the hand-made drafts of fixtures/drafts/: the clean draft passes, and each
//! other draft breaks exactly one rule, reported with its id, line and the exit status.

use assert_cmd::Command;
use serde_json::Value;

/// Run `redac check --format json` on a draft: exit status and the parsed report.
fn check_json(draft: &str) -> (i32, Value) {
    let out = Command::cargo_bin("redac")
        .unwrap()
        .args(["check", "--no-config", "--format", "json"])
        .arg(format!("fixtures/drafts/{draft}"))
        .output()
        .unwrap();
    let report = serde_json::from_slice(&out.stdout).expect("stdout is one JSON document");
    (out.status.code().unwrap(), report)
}

/// (rule, line) of every finding of the only file in a report.
fn findings(report: &Value) -> Vec<(String, u64)> {
    report["files"][0]["findings"]
        .as_array()
        .expect("a checked file")
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn the_clean_draft_has_no_finding() {
    let (status, report) = check_json("clean.md");
    assert_eq!(status, 0);
    assert_eq!(findings(&report), vec![]);
    let figures = &report["files"][0]["figures"];
    assert_eq!(figures["words"], 746, "the count the front matter declares");
    assert_eq!(figures["language"], "fra");
}

/// Each draft breaks one rule: the rule, the line of its (first) finding, the exit status.
const BROKEN: &[(&str, u64, i32)] = &[
    ("min-words", 12, 1),
    ("language", 7, 1),
    ("title-present", 1, 1),
    ("title-length", 2, 1),
    ("title-keyphrase", 2, 1),
    ("title-keyphrase-start", 2, 0),
    ("single-title", 12, 1),
    ("subheading-present", 12, 1),
    ("section-length", 30, 1),
    ("heading-increment", 40, 1),
    ("meta-description-present", 1, 1),
    ("meta-description-length", 3, 1),
    ("meta-description-keyphrase", 3, 1),
    ("slug-present", 1, 1),
    ("slug-format", 4, 1),
    ("slug-keyphrase", 4, 1),
    ("keyphrase-present", 1, 1),
    ("first-paragraph-keyphrase", 12, 1),
    ("subheading-keyphrase", 14, 0),
    ("keyphrase-density", 12, 1),
    ("scraping-noise", 22, 1),
    ("lost-word", 20, 0),
    ("empty-section", 50, 1),
    ("paragraph-length", 32, 0),
    ("long-sentences", 14, 0),
    ("reading-ease", 14, 0),
    ("passive-voice", 12, 0),
    ("transition-words", 12, 0),
    ("sentence-beginnings", 12, 0),
    ("duplicate-heading", 50, 1),
    ("straight-apostrophe", 24, 0),
    ("no-break-space", 16, 0),
    ("french-quotes", 32, 0),
    ("ellipsis", 18, 0),
    ("emoji", 18, 0),
    ("encoded-twice", 18, 1),
    ("unknown-directive", 22, 0),
];

#[test]
fn each_broken_draft_breaks_exactly_its_rule() {
    for &(rule, line, expected_status) in BROKEN {
        let (status, report) = check_json(&format!("{rule}.md"));
        let found = findings(&report);
        assert!(!found.is_empty(), "{rule}.md: no finding");
        assert!(found.iter().all(|(r, _)| r == rule), "{rule}.md: {found:?}");
        assert_eq!(found[0].1, line, "{rule}.md: line of the first finding");
        assert_eq!(status, expected_status, "{rule}.md: exit status");
    }
}

#[test]
fn every_rule_has_a_broken_draft() {
    let out = Command::cargo_bin("redac")
        .unwrap()
        .arg("rules")
        .output()
        .unwrap();
    let listed = String::from_utf8(out.stdout).unwrap();
    for id in listed.lines().map(|l| l.split_whitespace().next().unwrap()) {
        assert!(
            BROKEN.iter().any(|(rule, _, _)| *rule == id),
            "no draft breaks {id}"
        );
    }
}

#[test]
fn malformed_front_matter_is_a_failure_with_its_line() {
    let out = Command::cargo_bin("redac")
        .unwrap()
        .args(["check", "--no-config", "fixtures/drafts/malformed.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("fixtures/drafts/malformed.md:5:31: malformed front matter"),
        "{stderr}"
    );
}

#[test]
fn an_inline_directive_switches_a_finding_off() {
    let (status, report) = check_json("directives.md");
    assert_eq!((status, findings(&report)), (0, vec![]));
}
