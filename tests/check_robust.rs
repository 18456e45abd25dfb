//! `check` and `stats` on any Markdown: no panic (property tests over CommonMark's edge cases:
//! emphasis, links, images, HTML, lists, entities, no-break spaces), and the crashes found by
//! hand as regression tests through the binary.

use assert_cmd::Command;
use proptest::prelude::*;
use redac::checking::{self, config::Settings};
use redac::pipeline::SourceInput;

/// Tokens that exercise pulldown-cmark's inline and block parsers and the typography rules.
const TOKENS: &[&str] = &[
    "*",
    "**",
    "_",
    "__",
    "~~",
    "`",
    "``",
    "[",
    "]",
    "(",
    ")",
    "![",
    "](",
    "<",
    ">",
    "<<",
    ">>",
    "<!--",
    "-->",
    "<div>",
    "</div>",
    "<br/>",
    "&nbsp;",
    "&amp;",
    "&#x27;",
    "&#0;",
    "\\",
    "#",
    "## ",
    "- ",
    "  - ",
    "1. ",
    "> ",
    "```",
    "~~~",
    "    ",
    "|",
    "---",
    "===",
    "\n",
    "\n\n",
    "\u{a0}",
    "\u{202f}",
    "\u{feff}",
    "\r",
    "\t",
    "'",
    "\"",
    "«",
    "»",
    ":",
    ";",
    "!",
    "?",
    "…",
    "é",
    "l'a",
    "É",
    "a",
    "mot",
    " ",
    "http://x.fr",
    "<!-- redac-disable -->",
    "<!-- redac-disable-line x -->",
    "<!-- redac-enable -->",
    "[x]: /u",
    "[^1]",
];

fn markdown() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            3 => proptest::sample::select(TOKENS).prop_map(str::to_string),
            1 => "\\PC{0,6}",
        ],
        0..80,
    )
    .prop_map(|parts| parts.concat())
}

fn check(text: &str) {
    let _ = checking::check_text(text, &Settings::default());
}

fn stats(text: &str) {
    let source = SourceInput {
        name: "draft.md".into(),
        bytes: text.as_bytes().to_vec(),
    };
    // As the file's name says (Markdown), and as plain text.
    let _ = redac::stats::measure(&source, None, None);
    let _ = redac::stats::measure(&source, None, Some(redac::reading::Format::Text));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn check_never_panics_on_arbitrary_markdown(text in markdown()) {
        check(&text);
    }

    #[test]
    fn check_never_panics_with_front_matter(
        front in r"(title|description|slug|keyphrase): [\PC&&[^\n]]{0,20}\n",
        body in markdown(),
    ) {
        check(&format!("---\n{front}---\n{body}"));
    }

    #[test]
    fn stats_never_panics_on_arbitrary_markdown(text in markdown()) {
        stats(&text);
    }
}

/// The crashes of issues 11 and 14, by hand.
const CRASHES: &[&str] = &[
    "x\n\u{a0}\n",
    "a&nbsp;&nbsp;",
    "![](a) ![](b) ![](c)\n",
    "- \u{a0}\n",
    "# ![](a) \n",
];

#[test]
fn the_known_crashes_are_checked() {
    for text in CRASHES {
        check(text);
        stats(text);
    }
}

#[test]
fn the_known_crashes_give_a_report_through_the_binary() {
    for text in CRASHES {
        let out = Command::cargo_bin("redac")
            .unwrap()
            .args(["check", "--no-config", "--format", "json", "-"])
            .write_stdin(*text)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{text:?}");
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(report["files"][0]["path"], "<stdin>");
    }
}
