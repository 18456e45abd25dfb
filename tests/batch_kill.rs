//! A batch killed with SIGKILL mid-run leaves only whole articles, and a rerun finishes it.
//!
//! The batch is large enough to take seconds even on a fast machine; the test waits until some
//! articles exist, kills the process, and checks every `.md` against what a single-file rewrite
//! of its input gives. No timing is asserted: the test only waits (with a generous bound).

mod batch_support;

use batch_support::{articles, assert_whole_article, copies};
use redac::pipeline::{Settings, SourceInput};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const FILES: usize = 300;

fn expected_article(input: &Path) -> String {
    let source = SourceInput {
        name: input.display().to_string(),
        bytes: std::fs::read(input).unwrap(),
    };
    let settings = Settings {
        min_words: Some(100),
        ..Settings::default()
    };
    redac::dossier::rewrite(&source, &[], &settings)
        .unwrap()
        .markdown
}

fn slug_of(article: &str) -> String {
    let line = article.lines().find(|l| l.starts_with("slug: ")).unwrap();
    line["slug: ".len()..].trim_matches('"').to_string()
}

fn slug_line(slug: &str) -> String {
    format!("\nslug: \"{slug}\"\n")
}

/// Poll until `count` articles exist under `output` (or the process ended).
fn wait_for_articles(output: &Path, count: usize, child: &mut std::process::Child) {
    let deadline = Instant::now() + Duration::from_secs(300);
    while Instant::now() < deadline {
        if child.try_wait().unwrap().is_some()
            || (output.is_dir() && articles(output).len() >= count)
        {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("no article appeared in {}", output.display());
}

#[test]
fn a_killed_batch_leaves_whole_articles_and_a_rerun_completes_it() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let inputs = copies(&input, FILES);
    let output = dir.path().join("out");
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("redac"))
        .arg("rewrite")
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .args(["--min-words", "100", "-j", "1"])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for_articles(&output, 3, &mut child);
    child.kill().unwrap(); // SIGKILL on Unix: no destructor, no cleanup runs.
    child.wait().unwrap();

    let written = articles(&output);
    assert!(!written.is_empty());
    assert!(
        written.len() < FILES,
        "the batch finished before it could be killed; raise FILES"
    );
    // Each article is the one-file rewrite of its input, its slug settled before it was
    // written: unique among the articles, even in a batch killed before its end.
    let mut slugs = std::collections::HashSet::new();
    for relative in &written {
        assert_whole_article(&output.join(relative));
        let source = input.join(relative).with_extension("txt");
        let article = std::fs::read_to_string(output.join(relative)).unwrap();
        let expected = expected_article(&source);
        let (slug, wanted) = (slug_of(&article), slug_of(&expected));
        assert!(
            slug == wanted
                || slug
                    .strip_prefix(&format!("{wanted}-"))
                    .is_some_and(|n| n.parse::<u32>().is_ok()),
            "{slug} for {wanted}"
        );
        assert_eq!(
            article.replacen(&slug_line(&slug), &slug_line(&wanted), 1),
            expected
        );
        assert!(slugs.insert(slug), "slug written twice");
    }

    let rerun = assert_cmd::Command::cargo_bin("redac")
        .unwrap()
        .arg("rewrite")
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .args(["--min-words", "100"])
        .assert()
        .code(0);
    let stderr = String::from_utf8_lossy(&rerun.get_output().stderr).into_owned();
    let rest = FILES - written.len();
    assert!(
        stderr.contains(&format!("{FILES} file(s): {rest} written")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{} up to date", written.len())),
        "{stderr}"
    );
    assert_eq!(articles(&output).len(), inputs.len());
    for relative in articles(&output) {
        assert_whole_article(&output.join(relative));
    }
}
