//! Publish-ready output (issue 13), run as a publisher would: file modes a site generator run
//! by another user can read, a real date on every article, unique slugs in a batch, Jekyll
//! names, `--report -`, and Markdown input (redac's own output) read as Markdown.

mod common;

use common::{redac, redac_with_input, SEEDS};
use serde_json::Value;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The run's day the tests fix (2024-06-01), as the reproducible-builds convention allows.
const EPOCH: &str = "1717200000";

/// `redac ARGS` run by a shell under `umask`.
fn redac_under_umask(umask: &str, args: &[&str]) -> i32 {
    Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(assert_cmd::cargo::cargo_bin("redac"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .status()
        .unwrap()
        .code()
        .unwrap()
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn field<'a>(article: &'a str, name: &str) -> Option<&'a str> {
    let prefix = format!("{name}: ");
    article
        .lines()
        .find_map(|l| l.strip_prefix(prefix.as_str()))
        .map(|v| v.trim_matches('"'))
}

#[test]
fn outputs_get_0666_less_the_umask_and_keep_an_overwritten_mode() {
    let dir = tempfile::tempdir().unwrap();
    let (article, report) = (dir.path().join("a.md"), dir.path().join("a.json"));
    let args = [
        "rewrite",
        SEEDS[2],
        "-q",
        "-o",
        s(&article),
        "--report",
        s(&report),
    ];
    assert_eq!(redac_under_umask("027", &args), 1);
    assert_eq!((mode(&article), mode(&report)), (0o640, 0o640));
    std::fs::set_permissions(&article, std::fs::Permissions::from_mode(0o604)).unwrap();
    assert_eq!(redac_under_umask("077", &args), 1);
    assert_eq!(
        mode(&article),
        0o604,
        "an overwritten article keeps its mode"
    );
    assert_eq!(mode(&report), 0o640);

    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for seed in &SEEDS[..2] {
        std::fs::copy(seed, input.join(Path::new(seed).file_name().unwrap())).unwrap();
    }
    let (out, jsonl) = (dir.path().join("out"), dir.path().join("r.jsonl"));
    let batch = [
        "rewrite",
        s(&input),
        "-q",
        "-o",
        s(&out),
        "--report",
        s(&jsonl),
    ];
    assert_eq!(redac_under_umask("022", &batch), 1);
    let written: Vec<PathBuf> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(written.len(), 2);
    for path in written.iter().chain([&jsonl]) {
        assert_eq!(mode(path), 0o644, "{}", path.display());
    }
    // Rewritten over (--force), the batch's articles keep their modes too: the batch looks
    // each output up before the rewrite, and writes a new one without looking again.
    std::fs::set_permissions(&written[0], std::fs::Permissions::from_mode(0o604)).unwrap();
    let forced: Vec<&str> = batch.iter().copied().chain(["--force"]).collect();
    assert_eq!(redac_under_umask("077", &forced), 1);
    assert_eq!(mode(&written[0]), 0o604, "{}", written[0].display());
    assert_eq!(mode(&written[1]), 0o644, "{}", written[1].display());
}

#[test]
fn report_dash_is_standard_output_and_needs_the_article_elsewhere() {
    let refused = redac(&["rewrite", SEEDS[2], "--report", "-"]);
    assert_eq!(refused.status, 2);
    assert!(refused.stdout.is_empty());
    assert!(
        refused.stderr.contains("give -o FILE"),
        "{}",
        refused.stderr
    );
    assert!(!Path::new("-").exists());

    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.md");
    let run = redac(&[
        "rewrite",
        SEEDS[2],
        "-q",
        "-o",
        s(&article),
        "--report",
        "-",
    ]);
    assert_eq!(run.status, 1);
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        report["slug"],
        field(&std::fs::read_to_string(&article).unwrap(), "slug").unwrap()
    );
}

#[test]
fn every_article_has_a_real_date_and_says_where_it_comes_from() {
    let dated = |args: &[&str], stdin: Option<Vec<u8>>| {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("a.md");
        let mut all = vec!["rewrite", "-q", "-o", s(&article), "--report", "-"];
        all.extend(args);
        let run = redac_with_input(&all, stdin);
        let report: Value = serde_json::from_str(&run.stdout).unwrap_or(Value::Null);
        let written = std::fs::read_to_string(&article).unwrap_or_default();
        let date = field(&written, "date").map(str::to_string);
        assert_eq!(report["date"].as_str(), date.as_deref());
        (
            date.unwrap_or_default(),
            report["date_source"].as_str().unwrap_or("").to_string(),
        )
    };
    let pair = |d: &str, s: &str| (d.to_string(), s.to_string());
    assert_eq!(dated(&[SEEDS[2]], None), pair("2024-05-26", "source"));
    assert_eq!(dated(&[SEEDS[0]], None), pair("2024-06-01", "run"));
    assert_eq!(
        dated(&[SEEDS[2], "--date", "2024-01-15"], None),
        pair("2024-01-15", "flag")
    );

    let seed = std::fs::read_to_string(SEEDS[1]).unwrap();
    let (title, rest) = seed.split_once('\n').unwrap();
    let with_line = |line: &str| Some(format!("{title}\n{line}\n{rest}").into_bytes());
    assert_eq!(
        dated(&[], with_line("Publié le 26/05/2024 à 10h12")),
        pair("2024-05-26", "source")
    );
    assert_eq!(
        dated(&[], with_line("Publié le 3 mai")),
        pair("2024-05-03", "source")
    );
    // Not a day: never written; the run's day instead.
    assert_eq!(
        dated(&[], with_line("Publié le 31/02/2024 à 10h12")),
        pair("2024-06-01", "run")
    );

    let refused = redac(&["rewrite", SEEDS[2], "--date", "2024-02-31"]);
    assert_eq!(refused.status, 2);
    assert!(refused.stdout.is_empty());
}

#[test]
fn rewriting_redacs_own_article_gives_it_back() {
    let dir = tempfile::tempdir().unwrap();
    for (seed, style) in SEEDS.iter().zip(["yaml", "toml", "zola", "none", "yaml"]) {
        let first = dir.path().join("first.md");
        let again = dir.path().join("again.md");
        for (input, output) in [(*seed, &first), (s(&first), &again)] {
            let run = redac(&[
                "rewrite",
                input,
                "-q",
                "--front-matter",
                style,
                "-o",
                s(output),
            ]);
            assert!(run.status < 2, "{seed}: {}", run.stderr);
        }
        let (first, again) = (
            std::fs::read_to_string(&first).unwrap(),
            std::fs::read_to_string(&again).unwrap(),
        );
        assert!(first == again, "{seed} ({style}):\n{first}\n-----\n{again}");
    }
}

#[test]
fn stats_on_an_article_measures_its_body_as_check_does() {
    let dir = tempfile::tempdir().unwrap();
    for seed in SEEDS {
        let article = dir.path().join("a.md");
        redac(&["rewrite", seed, "-q", "-o", s(&article)]);
        let written = std::fs::read_to_string(&article).unwrap();
        let stats: Value =
            serde_json::from_str(&redac(&["stats", s(&article), "--format", "json"]).stdout)
                .unwrap();
        let check: Value = serde_json::from_str(
            &redac(&["check", "--no-config", "--format", "json", s(&article)]).stdout,
        )
        .unwrap();
        let words = field(&written, "words").unwrap().parse::<u64>().unwrap();
        assert_eq!(stats["words"], words, "{seed}");
        assert_eq!(check["files"][0]["figures"]["words"], words, "{seed}");
    }
}

#[test]
fn a_markdown_source_gives_its_metadata_never_its_front_matter_as_text() {
    let seed = std::fs::read_to_string(SEEDS[1]).unwrap();
    let (title, rest) = seed.split_once('\n').unwrap();
    let markdown = format!(
        "---\ntitle: \"{title}\"\ndate: 2024-05-24T08:00:00+02:00\nauthor:\n  - Jeanne Dupont\nurl: https://example.org/poutine\n---\n\n{}\n",
        rest.replace('\n', "\n\n")
    );
    let run = redac_with_input(
        &["rewrite", "-q", "--report", "/dev/null", "--draft"],
        Some(markdown.into_bytes()),
    );
    assert!(run.status < 2, "{}", run.stderr);
    let article = run.stdout;
    assert_eq!(field(&article, "date"), Some("2024-05-24"));
    assert_eq!(field(&article, "author"), Some("Jeanne Dupont"));
    assert_eq!(
        field(&article, "source_url"),
        Some("https://example.org/poutine")
    );
    assert_eq!(field(&article, "draft"), Some("true"));
    let body = article.split("\n---\n").nth(1).unwrap();
    assert!(
        !body.contains("example.org") && !body.contains("author"),
        "{body}"
    );
}

#[test]
fn batch_slugs_are_unique_in_input_order_whatever_the_jobs() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(input.join("b")).unwrap();
    let seed = std::fs::read(SEEDS[2]).unwrap();
    for name in ["a.txt", "b/copie.txt", "c.txt"] {
        std::fs::write(input.join(name), &seed).unwrap();
    }
    let mut reports = Vec::new();
    for jobs in ["1", "3"] {
        let out = dir.path().join(format!("out{jobs}"));
        let run = redac(&[
            "rewrite",
            s(&input),
            "-o",
            s(&out),
            "-j",
            jobs,
            "--report",
            "-",
        ]);
        assert_eq!(run.status, 1, "{}", run.stderr);
        assert!(
            run.stderr.contains(
                "c.txt: slug \"poutine-loukachenko-discutent-cooperation\" already taken by"
            ),
            "{}",
            run.stderr
        );
        let lines: Vec<Value> = run
            .stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let slugs: Vec<&str> = lines.iter().map(|l| l["slug"].as_str().unwrap()).collect();
        assert_eq!(
            slugs,
            [
                "poutine-loukachenko-discutent-cooperation",
                "poutine-loukachenko-discutent-cooperation-2",
                "poutine-loukachenko-discutent-cooperation-3"
            ]
        );
        assert!(lines[0]["slug_wanted"].is_null());
        assert_eq!(
            lines[2]["slug_wanted"],
            "poutine-loukachenko-discutent-cooperation"
        );
        assert!(lines[2]["slug_taken_by"]
            .as_str()
            .unwrap()
            .ends_with("a.txt"));
        assert_eq!(lines[1]["date_source"], "source");
        let article = std::fs::read_to_string(out.join("c.md")).unwrap();
        assert_eq!(field(&article, "slug"), Some(slugs[2]));
        reports.push(run.stdout.replace(&format!("out{jobs}"), "out"));
    }
    assert_eq!(reports[0], reports[1]);
}

#[test]
fn many_workers_write_the_same_articles_as_one_each_under_its_settled_slug() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let names: Vec<String> = (0..24)
        .map(|i| format!("{}/{i:02}.txt", ["a", "a/b", "c"][i % 3]))
        .collect();
    for (i, name) in names.iter().enumerate() {
        let path = input.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::copy(SEEDS[i % 2], path).unwrap();
    }
    let mut trees = Vec::new();
    for jobs in ["1", "4"] {
        let out = dir.path().join(format!("out{jobs}"));
        let run = redac(&["rewrite", s(&input), "-q", "-o", s(&out), "-j", jobs]);
        assert_eq!(run.status, 1, "{}", run.stderr);
        let mut files = walk(&out);
        files.sort();
        assert_eq!(files.len(), 24, "no temporary file left: {files:?}");
        let tree: Vec<(String, Vec<u8>)> = files
            .into_iter()
            .map(|f| {
                let text = std::fs::read(out.join(&f)).unwrap();
                (f, text)
            })
            .collect();
        trees.push(tree);
    }
    assert_eq!(trees[0], trees[1], "-j 4 writes what -j 1 writes");
    let mut slugs: Vec<&str> = trees[0]
        .iter()
        .map(|(_, text)| field(std::str::from_utf8(text).unwrap(), "slug").unwrap())
        .collect();
    slugs.sort();
    slugs.dedup();
    assert_eq!(slugs.len(), 24, "every slug unique");
    // The first input in path order keeps the slug: a/00.txt, then a/03.txt has -2.
    let first = String::from_utf8(trees[0][0].1.clone()).unwrap();
    assert_eq!(trees[0][0].0, "a/00.md");
    assert!(!field(&first, "slug").unwrap().ends_with("-2"));
}

#[test]
fn date_slug_names_articles_as_jekyll_wants() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(input.join("monde")).unwrap();
    let seed = std::fs::read(SEEDS[2]).unwrap();
    for name in ["a.txt", "monde/b.txt"] {
        std::fs::write(input.join(name), &seed).unwrap();
    }
    std::fs::copy(SEEDS[0], input.join("monde/c.txt")).unwrap();
    let out = dir.path().join("_posts");
    for _ in 0..2 {
        let run = redac(&[
            "rewrite",
            s(&input),
            "-q",
            "-o",
            s(&out),
            "--name",
            "date-slug",
        ]);
        assert_eq!(run.status, 1, "{}", run.stderr);
    }
    let mut names: Vec<String> = walk(&out);
    names.sort();
    assert_eq!(
        names,
        [
            "2024-05-26-poutine-loukachenko-discutent-cooperation.md",
            "monde/2024-05-26-poutine-loukachenko-discutent-cooperation-2.md",
            "monde/2024-06-01-poutine-loukachenko-discutent-defense-etroite.md",
        ]
    );
}

fn walk(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            let sub = path.file_name().unwrap().to_string_lossy().to_string();
            out.extend(walk(&path).into_iter().map(|n| format!("{sub}/{n}")));
        } else {
            out.push(path.file_name().unwrap().to_string_lossy().to_string());
        }
    }
    out
}
