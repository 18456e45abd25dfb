//! `redac check` on folders as people have them: `.gitignore`, `node_modules`, excludes, glob
//! arguments, one `redac.toml` per folder, symbolic-link loops, size caps; `redac config`; and
//! `rewrite` reading the same `redac.toml` as `check`.

use assert_cmd::Command;
use std::path::Path;

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

fn fixture(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// Files written under `dir`, folders made as needed.
fn write(dir: &Path, files: &[(&str, &str)]) {
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// The paths of a JSON report.
fn checked_paths(run: &Run) -> Vec<String> {
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn node_modules_gitignored_and_excluded_files_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let clean = fixture("fixtures/drafts/clean.md");
    let crash = "![](a) ![](b) ![](c)\n";
    write(
        dir.path(),
        &[
            ("drafts/a.md", &clean),
            ("node_modules/pkg/README.md", crash),
            ("drafts/build/out.md", crash),
            ("drafts/old/x.md", crash),
            (".gitignore", "build/\n"),
            ("redac.toml", "[check]\nexclude = [\"drafts/old\"]\n"),
        ],
    );
    let run = run_in(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(checked_paths(&run), ["drafts/a.md"]);
}

#[test]
fn a_quoted_glob_is_expanded_by_redac() {
    let dir = tempfile::tempdir().unwrap();
    let clean = fixture("fixtures/drafts/clean.md");
    write(
        dir.path(),
        &[
            ("d/a.md", &clean),
            ("d/e/b.md", &clean),
            ("d/c.txt", &clean),
        ],
    );
    let run = run_in(dir.path(), &["check", "d/**/*.md", "--format", "json"]);
    assert_eq!(checked_paths(&run), ["d/a.md", "d/e/b.md"]);
}

#[test]
fn each_draft_takes_its_nearest_redac_toml() {
    let dir = tempfile::tempdir().unwrap();
    let short = fixture("fixtures/drafts/min-words.md");
    write(
        dir.path(),
        &[
            ("redac.toml", "[check]\nmin-words = 250\n"),
            ("a/short.md", &short),
            ("b/redac.toml", "[check]\nmin-words = 900\n"),
            ("b/short.md", &short),
        ],
    );
    let run = run_in(dir.path(), &["check", "a", "b"]);
    assert_eq!(run.status, 1);
    assert!(run.stdout.starts_with("b/short.md:"), "{}", run.stdout);
    assert!(!run.stdout.contains("a/short.md"), "{}", run.stdout);
    let shown = run_in(dir.path(), &["config", "b/short.md"]);
    assert_eq!(shown.status, 0);
    assert!(shown.stdout.contains("min-words = 900"), "{}", shown.stdout);
    assert!(shown.stdout.contains("b/redac.toml"), "{}", shown.stdout);
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_walked_once() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[("a/x.md", &fixture("fixtures/drafts/clean.md"))],
    );
    for name in ["l1", "l2", "l3"] {
        std::os::unix::fs::symlink(dir.path(), dir.path().join("a").join(name)).unwrap();
    }
    let run = run_in(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(checked_paths(&run), ["a/x.md"]);
}

#[test]
fn check_has_the_same_size_cap_as_rewrite() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[("a.md", &fixture("fixtures/drafts/clean.md"))],
    );
    let run = run_in(dir.path(), &["check", "a.md", "--max-bytes", "100"]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("--max-bytes"), "{}", run.stderr);
}

#[test]
fn rewrite_reads_min_words_from_the_same_redac_toml() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            ("redac.toml", "[check]\nmin-words = 200\n"),
            (
                "in/depeche.txt",
                &fixture("fixtures/000_3b268ec18a991379.txt"),
            ),
        ],
    );
    let rewrite = run_in(
        dir.path(),
        &["rewrite", "in/depeche.txt", "-o", "article.md", "-q"],
    );
    assert_eq!(rewrite.status, 0, "{}", rewrite.stderr);
    let check = run_in(
        dir.path(),
        &["check", "article.md", "--disable", "long-sentences"],
    );
    assert_eq!(check.status, 0, "{}", check.stdout);
    let strict = run_in(
        dir.path(),
        &["rewrite", "in/depeche.txt", "--min-words", "700", "-q"],
    );
    assert_eq!(strict.status, 1, "a flag still wins over redac.toml");
}

#[test]
fn rewrite_composes_to_the_limits_of_the_same_redac_toml() {
    let dir = tempfile::tempdir().unwrap();
    let page = fixture("fixtures/pages/tf1_finlande_otan_light.txt");
    let limits = "[check]\ntitle-max-chars = 45\nmeta-description-min-chars = 100\nmeta-description-max-chars = 125\n";
    write(
        dir.path(),
        &[
            ("strict/redac.toml", limits),
            ("strict/in.txt", &page),
            ("loose/in.txt", &page),
        ],
    );
    let lengths = |folder: &str| {
        let report = format!("{folder}/report.json");
        let input = format!("{folder}/in.txt");
        let article = format!("{folder}/article.md");
        let args = ["rewrite", &input, "-o", &article, "--report", &report, "-q"];
        run_in(dir.path(), &args);
        let report: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.path().join(&report)).unwrap())
                .unwrap();
        let chars = |field: &str| report[field].as_str().unwrap().chars().count();
        (chars("title"), chars("description"))
    };
    // Without the file, this page's title and description exceed the file's limits.
    let (title, description) = lengths("loose");
    assert!(title > 45 && description > 125, "{title} {description}");
    let (title, description) = lengths("strict");
    assert!(title <= 45, "{title}");
    assert!((100..=125).contains(&description), "{description}");
    let check = run_in(
        dir.path(),
        &["check", "strict/article.md", "--format", "json"],
    );
    for rule in ["title-length", "meta-description-length", "title-keyphrase"] {
        assert!(
            !check.stdout.contains(&format!("\"{rule}\"")),
            "{rule}: {}",
            check.stdout
        );
    }
}

/// Le Temps' Thonon names its place four times in some 800 words (a keyphrase density of
/// 0.50 %): it passes `check` by default, fails it where a desk's `redac.toml` asks for 0.6 %,
/// and passes again where that file also makes the density a warning. `rewrite` writes the
/// article each time and exits as `check` will on it, under the same `redac.toml`.
#[test]
fn rewrite_exits_as_check_will_under_the_same_redac_toml() {
    let dir = tempfile::tempdir().unwrap();
    let page = fixture("fixtures/pages/letemps_thonon_rondpoint_light.txt");
    let strict = "[check]\nkeyphrase-density-min = 0.6\n";
    let lenient = format!("{strict}\n[check.severity]\nkeyphrase-density = \"warning\"\n");
    write(
        dir.path(),
        &[
            ("default/in.txt", &page),
            ("strict/in.txt", &page),
            ("strict/redac.toml", strict),
            ("lenient/in.txt", &page),
            ("lenient/redac.toml", &lenient),
        ],
    );
    for (folder, expected) in [("default", 0), ("strict", 1), ("lenient", 0)] {
        let input = format!("{folder}/in.txt");
        let article = format!("{folder}/article.md");
        let rewrite = run_in(dir.path(), &["rewrite", &input, "-o", &article]);
        assert_eq!(rewrite.status, expected, "{folder}: {}", rewrite.stderr);
        let check = run_in(dir.path(), &["check", &article]);
        assert_eq!(check.status, expected, "{folder}: {}", check.stdout);
    }
    let rewrite = run_in(dir.path(), &["rewrite", "strict/in.txt", "-o", "x.md"]);
    assert!(
        rewrite
            .stderr
            .contains("brief met, but `check` will fail the article on keyphrase-density;"),
        "{}",
        rewrite.stderr
    );
}

#[test]
fn the_rewrite_reports_checks_are_check_rule_ids() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[("depeche.txt", &fixture("fixtures/002_4beb03af83448623.txt"))],
    );
    run_in(
        dir.path(),
        &["rewrite", "depeche.txt", "--report", "report.json", "-q"],
    );
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("report.json")).unwrap())
            .unwrap();
    let checks = report["checks"].as_array().unwrap();
    assert!(checks.len() >= 9);
    for check in checks {
        let id = check["id"].as_str().unwrap();
        let explain = run_in(dir.path(), &["explain", id]);
        assert_eq!(
            explain.status, 0,
            "`redac explain {id}`: {}",
            explain.stderr
        );
    }
}

#[test]
fn diff_previews_and_fix_mends_in_place_keeping_the_mode() {
    let dir = tempfile::tempdir().unwrap();
    let draft = "---\ntitle: \"L'été : chaud\"\n---\n\nIl dit : \"l'armée...\" ; oui!\n";
    write(dir.path(), &[("a.md", draft)]);
    let path = dir.path().join("a.md");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    }
    let diff = run_in(dir.path(), &["check", "--no-config", "--diff", "a.md"]);
    assert_eq!(diff.status, 1);
    assert!(diff
        .stdout
        .contains("-title: \"L'été : chaud\"\n+title: \"L’été\u{a0}: chaud\"\n"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        draft,
        "--diff writes nothing"
    );
    let fix = run_in(dir.path(), &["check", "--no-config", "--fix", "a.md"]);
    assert!(
        fix.stderr.contains("fixed 9 findings in 1 file"),
        "{}",
        fix.stderr
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "---\ntitle: \"L’été\u{a0}: chaud\"\n---\n\nIl dit\u{a0}: «\u{a0}l’armée…\u{a0}»\u{202f}; oui\u{202f}!\n"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
    }
    let again = run_in(dir.path(), &["check", "--no-config", "--diff", "a.md"]);
    assert_eq!((again.status, again.stdout.as_str()), (0, ""));
}

/// A draft with a paragraph pasted encoded twice (the broken draft of `encoded-twice`):
/// `--fix` makes its word whole, and the draft is then the clean one it was made from.
#[test]
fn fix_makes_a_word_encoded_twice_whole() {
    let dir = tempfile::tempdir().unwrap();
    let draft = fixture("fixtures/drafts/encoded-twice.md");
    assert!(draft.contains("amÃ©nagements"));
    write(dir.path(), &[("a.md", &draft)]);
    let fix = run_in(dir.path(), &["check", "--no-config", "--fix", "a.md"]);
    assert!(
        fix.stderr.contains("fixed 1 finding in 1 file"),
        "{}",
        fix.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.md")).unwrap(),
        fixture("fixtures/drafts/clean.md")
    );
}

#[test]
fn stats_and_check_agree_on_readability() {
    for seed in ["000_3b268ec18a991379", "004_205e8a0cf81a84db"] {
        let dir = tempfile::tempdir().unwrap();
        let source = fixture(&format!("fixtures/{seed}.txt"));
        write(dir.path(), &[("d.txt", &source)]);
        let stats = run_in(dir.path(), &["stats", "d.txt", "--format", "json"]);
        let stats: serde_json::Value = serde_json::from_str(&stats.stdout).unwrap();
        run_in(dir.path(), &["rewrite", "d.txt", "-o", "a.md", "-q"]);
        let check = run_in(dir.path(), &["check", "a.md", "--format", "json"]);
        let check: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
        let figures = &check["files"][0]["figures"]["readability"];
        assert_eq!(&stats["readability"], figures, "{seed}");
        assert!(figures["reading_ease"].as_f64().is_some());
    }
}

#[test]
fn gitlab_and_junit_reports_name_the_file_and_rule() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gitlab = run_in(
        root,
        &[
            "check",
            "--no-config",
            "--format",
            "gitlab",
            "fixtures/drafts/min-words.md",
        ],
    );
    assert_eq!(gitlab.status, 1);
    let issues: serde_json::Value = serde_json::from_str(&gitlab.stdout).unwrap();
    assert_eq!(issues[0]["check_name"], "redac/min-words");
    assert_eq!(
        issues[0]["location"]["path"],
        "fixtures/drafts/min-words.md"
    );
    let junit = run_in(
        root,
        &[
            "check",
            "--no-config",
            "--format",
            "junit",
            "fixtures/drafts/min-words.md",
        ],
    );
    assert!(junit.stdout.starts_with("<?xml"));
    assert!(junit
        .stdout
        .contains(r#"<testcase name="redac.min-words" classname="fixtures/drafts/min-words.md">"#));
}

#[test]
fn completions_and_man_page_come_from_the_flags() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (shell, marker) in [
        ("bash", "_redac()"),
        ("zsh", "#compdef redac"),
        ("fish", "complete -c redac"),
    ] {
        let run = run_in(root, &["completions", shell]);
        assert_eq!(run.status, 0, "{shell}");
        assert!(
            run.stdout.contains(marker),
            "{shell}: {}",
            &run.stdout[..200.min(run.stdout.len())]
        );
        assert!(
            run.stdout.contains("max-bytes"),
            "{shell} completes check's flags"
        );
    }
    let man = run_in(root, &["man"]);
    assert!(man.stdout.contains(".TH redac 1"));
    assert!(man.stdout.contains("check"));
}

#[test]
fn color_is_chosen_by_flag_and_environment() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let draft = "fixtures/drafts/min-words.md";
    let always = run_in(root, &["check", "--no-config", "--color", "always", draft]);
    assert!(always.stdout.contains('\x1b'));
    let never = run_in(root, &["check", "--no-config", "--color", "never", draft]);
    assert!(!never.stdout.contains('\x1b'));
    let forced = Command::cargo_bin("redac")
        .unwrap()
        .current_dir(root)
        .env("CLICOLOR_FORCE", "1")
        .args(["check", "--no-config", draft])
        .output()
        .unwrap();
    assert!(String::from_utf8(forced.stdout).unwrap().contains('\x1b'));
}

#[test]
fn quiet_prints_errors_only() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = run_in(
        root,
        &[
            "check",
            "--no-config",
            "-q",
            "fixtures/drafts/no-break-space.md",
        ],
    );
    assert_eq!(run.status, 0);
    assert!(!run.stdout.contains("warning["), "{}", run.stdout);
}

#[test]
fn the_pre_commit_hooks_run_redac_check() {
    #[derive(serde::Deserialize)]
    struct Hook {
        id: String,
        entry: String,
        language: String,
    }
    let text = fixture(".pre-commit-hooks.yaml");
    let hooks: Vec<Hook> = serde_saphyr::from_str(&text).unwrap();
    assert_eq!(hooks[0].id, "redac-check");
    assert!(hooks
        .iter()
        .all(|h| h.entry.starts_with("redac check") && h.language == "rust"));
}

#[test]
fn print_config_shows_the_flags_over_the_nearest_file() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            (
                "d/redac.toml",
                "[check]\nmin-words = 400\nexclude = [\"old\"]\n",
            ),
            ("d/a.md", "x"),
        ],
    );
    let run = run_in(
        dir.path(),
        &["check", "--print-config", "--disable", "ellipsis", "d/a.md"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.contains("min-words = 400"), "{}", run.stdout);
    assert!(
        run.stdout.contains("disable = [\"ellipsis\"]"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("exclude = [\"old\"]"), "{}", run.stdout);
}
