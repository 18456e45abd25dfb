//! `redac check`, `rules` and `explain` as CI runs them: report formats parsed back (SARIF
//! validated against the 2.1.0 schema shipped in fixtures/), exit statuses, standard input,
//! and `redac.toml`.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

const DRAFTS: &str = "fixtures/drafts";

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

fn run_in(dir: &Path, args: &[&str]) -> Run {
    let out = Command::cargo_bin("redac")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    Run {
        status: out.status.code().unwrap(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// Run from the package root, as a CI job runs from its checkout.
fn redac(args: &[&str]) -> Run {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn draft(name: &str) -> String {
    format!("{DRAFTS}/{name}.md")
}

#[test]
fn human_lines_have_the_compiler_shape_then_a_summary() {
    let run = redac(&["check", "--no-config", &draft("min-words"), &draft("clean")]);
    assert_eq!(run.status, 1);
    assert_eq!(
        run.stdout,
        "fixtures/drafts/min-words.md:12:1: error[min-words] the body has 287 words, under the 700 the brief asks for\n\
         1 error, 0 warnings in 2 files\n"
    );
    assert!(
        !run.stdout.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
}

#[test]
fn absolute_paths_are_shown_relative_to_the_working_directory() {
    let absolute = Path::new(env!("CARGO_MANIFEST_DIR")).join(draft("min-words"));
    let run = redac(&["check", "--no-config", absolute.to_str().unwrap()]);
    assert!(
        run.stdout.starts_with("fixtures/drafts/min-words.md:12:1:"),
        "{}",
        run.stdout
    );
}

#[test]
fn json_is_one_document_with_figures_and_findings() {
    let run = redac(&[
        "check",
        "--no-config",
        "--format",
        "json",
        &draft("clean"),
        &draft("slug-format"),
    ]);
    assert_eq!(run.status, 1);
    let report: Value = serde_json::from_str(&run.stdout).expect("stdout is only the document");
    assert_eq!(report["summary"]["files"], 2);
    assert_eq!(report["summary"]["errors"], 1);
    let files = report["files"].as_array().unwrap();
    assert_eq!(
        files[0]["path"], "fixtures/drafts/clean.md",
        "sorted by path"
    );
    assert_eq!(files[0]["figures"]["words"], 746);
    // 6 in 746 words and 26 of subheadings, one of which names the keyphrase: 5 in the body.
    assert_eq!(files[0]["figures"]["heading_words"], 26);
    assert_eq!(files[0]["figures"]["keyphrase_occurrences"], 6);
    assert_eq!(files[0]["figures"]["keyphrase_density"], 0.78);
    let finding = &files[1]["findings"][0];
    assert_eq!(finding["rule"], "slug-format");
    assert_eq!(
        (finding["line"].as_u64(), finding["column"].as_u64()),
        (Some(4), Some(7))
    );
}

#[test]
fn github_format_prints_workflow_commands_only() {
    let run = redac(&[
        "check",
        "--no-config",
        "--format",
        "github",
        &draft("min-words"),
        &draft("no-break-space"),
    ]);
    assert_eq!(run.status, 1);
    assert_eq!(
        run.stdout,
        "::error file=fixtures/drafts/min-words.md,line=12,col=1,title=redac min-words::the body has 287 words, under the 700 the brief asks for\n\
         ::warning file=fixtures/drafts/no-break-space.md,line=16,col=26,title=redac no-break-space::no no-break space before « : »\n"
    );
}

/// Check `document` against the SARIF 2.1.0 schema (OASIS errata 01) shipped in fixtures/.
fn sarif_schema_errors(document: &Value) -> Option<String> {
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.enable_format_assertions();
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sarif-schema-2.1.0.json");
    let index = compiler
        .compile(schema.to_str().unwrap(), &mut schemas)
        .expect("the schema compiles");
    schemas
        .validate(document, index)
        .err()
        .map(|e| format!("{e:#}"))
}

fn validate_sarif(document: &Value) {
    if let Some(errors) = sarif_schema_errors(document) {
        panic!("SARIF output is not valid: {errors}");
    }
}

#[test]
fn the_schema_check_rejects_invalid_sarif() {
    let run = redac(&[
        "check",
        "--no-config",
        "--format",
        "sarif",
        &draft("min-words"),
    ]);
    let mut sarif: Value = serde_json::from_str(&run.stdout).unwrap();
    validate_sarif(&sarif);
    sarif["runs"][0]["results"][0]["level"] = Value::from("fatal");
    assert!(sarif_schema_errors(&sarif).is_some());
}

#[test]
fn sarif_is_valid_against_the_2_1_0_schema() {
    let run = redac(&["check", "--no-config", "--format", "sarif", DRAFTS]);
    assert_eq!(run.status, 2, "the malformed draft is a failure");
    let sarif: Value = serde_json::from_str(&run.stdout).unwrap();
    validate_sarif(&sarif);
    let run0 = &sarif["runs"][0];
    let results = run0["results"].as_array().unwrap();
    let min_words = results.iter().find(|r| r["ruleId"] == "min-words").unwrap();
    assert_eq!(min_words["level"], "error");
    let location = &min_words["locations"][0]["physicalLocation"];
    assert_eq!(
        location["artifactLocation"]["uri"],
        "fixtures/drafts/min-words.md"
    );
    assert_eq!(location["region"]["startLine"], 12);
    let rule_index = min_words["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(
        run0["tool"]["driver"]["rules"][rule_index]["id"],
        "min-words"
    );
    let notification = &run0["invocations"][0]["toolExecutionNotifications"][0];
    assert_eq!(
        notification["locations"][0]["physicalLocation"]["region"]["startLine"],
        5
    );
    assert_eq!(run0["invocations"][0]["executionSuccessful"], false);
}

#[test]
fn sarif_of_standard_input_is_valid_too() {
    let out = Command::cargo_bin("redac")
        .unwrap()
        .args(["check", "--no-config", "--format", "sarif", "-"])
        .write_stdin(std::fs::read(draft("straight-apostrophe")).unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    validate_sarif(&sarif);
    assert_eq!(
        sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
            ["uri"],
        "%3Cstdin%3E"
    );
}

#[test]
fn standard_input_is_named_stdin() {
    let out = Command::cargo_bin("redac")
        .unwrap()
        .args(["check", "--no-config", "-"])
        .write_stdin(std::fs::read(draft("min-words")).unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("<stdin>:12:1: error[min-words]"));
}

#[test]
fn warnings_alone_exit_zero_and_min_level_hides_them() {
    let shown = redac(&["check", "--no-config", &draft("straight-apostrophe")]);
    assert_eq!(shown.status, 0);
    assert!(shown.stdout.contains("warning[straight-apostrophe]"));
    let hidden = redac(&[
        "check",
        "--no-config",
        "--min-level",
        "error",
        &draft("straight-apostrophe"),
    ]);
    assert_eq!(
        (hidden.status, hidden.stdout.as_str()),
        (0, "no problems in 1 file\n")
    );
}

#[test]
fn no_exit_keeps_zero_for_errors_but_not_for_failures() {
    assert_eq!(
        redac(&["check", "--no-config", "--no-exit", &draft("min-words")]).status,
        0
    );
    assert_eq!(
        redac(&["check", "--no-config", "--no-exit", &draft("malformed")]).status,
        2
    );
}

#[test]
fn a_missing_path_is_a_failure() {
    let run = redac(&["check", "--no-config", "fixtures/drafts/nope.md"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("nope.md: no such file or directory"),
        "{}",
        run.stderr
    );
}

#[test]
fn usage_errors_exit_two() {
    assert_eq!(redac(&["check"]).status, 2, "a path is required");
    let unknown = redac(&["check", "--no-config", "--disable", "no-such-rule", DRAFTS]);
    assert_eq!(unknown.status, 2);
    assert!(unknown.stderr.contains("unknown rule 'no-such-rule'"));
}

#[test]
fn flags_override_thresholds_and_switch_rules_off() {
    assert_eq!(
        redac(&[
            "check",
            "--no-config",
            "--min-words",
            "250",
            &draft("min-words")
        ])
        .status,
        0
    );
    assert_eq!(
        redac(&[
            "check",
            "--no-config",
            "--disable",
            "min-words",
            &draft("min-words")
        ])
        .status,
        0
    );
    assert_eq!(
        redac(&[
            "check",
            "--no-config",
            "--min-words",
            "800",
            &draft("clean")
        ])
        .status,
        1
    );
}

/// A temporary project: drafts copied into `drafts/`, `redac.toml` at its root.
fn project(config: &str, drafts: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("drafts")).unwrap();
    for name in drafts {
        std::fs::copy(
            draft(name),
            dir.path().join("drafts").join(format!("{name}.md")),
        )
        .unwrap();
    }
    std::fs::write(dir.path().join("redac.toml"), config).unwrap();
    dir
}

#[test]
fn redac_toml_changes_a_threshold() {
    let dir = project("[check]\nmin-words = 250\n", &["min-words"]);
    let run = run_in(dir.path(), &["check", "drafts"]);
    assert_eq!(
        (run.status, run.stdout.as_str()),
        (0, "no problems in 1 file\n")
    );
    let strict = project("[check]\nmin-words = 800\n", &["clean"]);
    let run = run_in(strict.path(), &["check", "drafts"]);
    assert_eq!(run.status, 1);
    assert!(
        run.stdout.contains("under the 800 the brief asks for"),
        "{}",
        run.stdout
    );
}

#[test]
fn redac_toml_disables_a_rule_and_overrides_a_severity() {
    let dir = project(
        "[check]\ndisable = [\"scraping-noise\"]\n\n[check.severity]\nstraight-apostrophe = \"error\"\n",
        &["scraping-noise", "straight-apostrophe"],
    );
    let run = run_in(dir.path(), &["check", "drafts"]);
    assert_eq!(
        run.stdout,
        "drafts/straight-apostrophe.md:24:29: error[straight-apostrophe] straight apostrophe: write ’ (U+2019)\n\
         1 error, 0 warnings in 2 files\n"
    );
    assert_eq!(run.status, 1);
}

#[test]
fn redac_toml_is_found_from_a_subdirectory_and_flags_win() {
    let dir = project("[check]\nmin-words = 250\n", &["min-words"]);
    let drafts = dir.path().join("drafts");
    assert_eq!(run_in(&drafts, &["check", "min-words.md"]).status, 0);
    assert_eq!(
        run_in(&drafts, &["check", "--min-words", "700", "min-words.md"]).status,
        1
    );
    assert_eq!(
        run_in(&drafts, &["check", "--no-config", "min-words.md"]).status,
        1
    );
}

#[test]
fn an_explicit_config_replaces_the_nearest_one() {
    let dir = project("[check]\nmin-words = 250\n", &["min-words"]);
    let other = dir.path().join("strict.toml");
    std::fs::write(&other, "[check]\nmin-words = 900\n").unwrap();
    let run = run_in(dir.path(), &["check", "--config", "strict.toml", "drafts"]);
    assert_eq!(run.status, 1);
}

#[test]
fn a_malformed_config_is_an_error_with_its_line() {
    let dir = project("[check]\nmin-words = 250\nmin-wrods = 3\n", &["clean"]);
    let run = run_in(dir.path(), &["check", "drafts"]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("redac.toml:3:1:"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
}

#[test]
fn rules_lists_every_rule_and_explain_prints_its_doc() {
    let rules = redac(&["rules"]);
    assert_eq!(rules.status, 0);
    assert!(rules.stdout.lines().count() >= 27);
    assert!(rules
        .stdout
        .lines()
        .any(|l| l.starts_with("min-words ") && l.contains("error")));
    let explain = redac(&["explain", "keyphrase-density"]);
    assert_eq!(explain.status, 0);
    assert!(explain.stdout.starts_with("keyphrase-density (error)\n"));
    assert!(explain.stdout.contains("Yoast"));
    assert_eq!(redac(&["explain", "MD001"]).status, 2);
}

#[test]
fn directories_are_checked_in_path_order_every_time() {
    let first = redac(&["check", "--no-config", "--format", "json", DRAFTS]);
    let second = redac(&["check", "--no-config", "--format", "json", DRAFTS]);
    assert_eq!(first.stdout, second.stdout);
    let report: Value = serde_json::from_str(&first.stdout).unwrap();
    let paths: Vec<&str> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    assert!(paths.len() >= 29);
}

/// A Hugo draft (written for this test: TOML front matter, a footnote, a pipe table, a
/// figure's shortcode): the shortcode's attributes were faulted as straight quotes, and the
/// footnote's call counted as a word. `check` reads neither as text.
#[test]
fn a_hugo_drafts_shortcode_and_footnote_call_are_not_prose() {
    let run = redac(&[
        "check",
        "fixtures/written/hugo_draft.md",
        "--format",
        "json",
    ]);
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    let text = report.to_string();
    assert!(!text.contains("french-quotes"), "{text}");
    assert!(!text.contains("[^1]"), "{text}");
    let shortcode_line = 27;
    let findings = report["files"][0]["findings"].as_array().unwrap();
    assert!(
        findings
            .iter()
            .all(|f| f["line"].as_u64() != Some(shortcode_line)),
        "{text}"
    );
}

/// A Jekyll draft and an Astro page (written for this test): kramdown's attribute lists
/// ("{: .legende}", "{: #cout}", "{: .chapo}") were faulted for the space their colon lacks,
/// and the MDX page's imports were its first paragraph, which `first-paragraph-keyphrase`
/// faulted for lacking the keyphrase. A folder's `*.mdx` pages are checked too.
#[test]
fn a_jekyll_drafts_attributes_and_an_mdx_pages_imports_are_not_prose() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["jekyll_draft.md", "astro_draft.mdx"] {
        std::fs::copy(
            Path::new("fixtures/written").join(name),
            dir.path().join(name),
        )
        .unwrap();
    }
    let run = redac(&["check", dir.path().to_str().unwrap(), "--format", "json"]);
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    let files = report["files"].as_array().unwrap();
    assert_eq!(files.len(), 2, "{}", run.stdout);
    let findings = |name: &str| {
        let file = files
            .iter()
            .find(|f| f["path"].as_str().unwrap().ends_with(name))
            .unwrap();
        file["findings"].as_array().unwrap().clone()
    };
    let jekyll_attribute_lines = [9, 14, 17];
    assert!(findings("jekyll_draft.md")
        .iter()
        .all(|f| !jekyll_attribute_lines.contains(&f["line"].as_u64().unwrap())));
    let import_lines = [7, 8];
    let astro = findings("astro_draft.mdx");
    assert!(astro
        .iter()
        .all(|f| f["rule"] != "first-paragraph-keyphrase"
            && !import_lines.contains(&f["line"].as_u64().unwrap())));
}

/// A draft with a table of twenty rows (written for this test): read as one paragraph, the
/// table was one sentence of eighty cells, and `long-sentences` faulted the draft for it. Its
/// rows are items, as `rewrite` writes a table of figures.
#[test]
fn a_drafts_table_rows_are_items_not_one_long_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let rows: String = (0..20)
        .map(|i| {
            format!(
                "| Commune {i} | {} habitants | {i} % | en hausse |\n",
                1000 + i * 37
            )
        })
        .collect();
    let draft = format!(
        "---\ntitle: \"La population des communes du canton\"\n---\n\nLe recensement publié jeudi montre une hausse dans presque toutes les communes.\n\n| Commune | Population | Variation | Tendance |\n|---|---|---|---|\n{rows}"
    );
    let path = dir.path().join("table.md");
    std::fs::write(&path, draft).unwrap();
    let run = redac(&["check", path.to_str().unwrap(), "--format", "json"]);
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    let file = &report["files"][0];
    assert!(!run.stdout.contains("long-sentences"), "{}", run.stdout);
    assert_eq!(file["figures"]["sentences"], 21, "{}", run.stdout);
}
