//! Hostile and odd input, run through the real binary: the reproducers of issue 11 on the
//! rewrite, stats and batch side. Each must end with an error or an article, never a panic
//! (exit 101), a hang, or an input written over.

use assert_cmd::Command;

fn redac() -> Command {
    Command::cargo_bin("redac").unwrap()
}

fn seed() -> Vec<u8> {
    std::fs::read("fixtures/001_678681fda66f4638.txt").unwrap()
}

/// A brief line glued to a title that starts with an accented capital and ends with a space.
const GLUED_ACCENTED_TITLE: &str =
    "Customize this title in frenchÉlections en Russie aujourd’hui \n";

#[test]
fn a_glued_title_with_an_accented_capital_does_not_panic() {
    let mut input = GLUED_ACCENTED_TITLE.as_bytes().to_vec();
    for args in [&["rewrite"][..], &["stats"]] {
        let out = redac()
            .args(args)
            .write_stdin(input.clone())
            .output()
            .unwrap();
        assert_ne!(out.status.code(), Some(101), "{args:?}");
    }
    input.extend_from_slice(&seed());
    let out = redac().arg("rewrite").write_stdin(input).output().unwrap();
    assert!(matches!(out.status.code(), Some(0 | 1)));
    let article = String::from_utf8(out.stdout).unwrap();
    assert!(!article.contains("Customize"), "{article}");
}

#[test]
fn a_panicking_input_in_a_batch_leaves_the_others_and_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("a.txt"), GLUED_ACCENTED_TITLE).unwrap();
    std::fs::write(input.join("b.txt"), seed()).unwrap();
    let report = dir.path().join("report.jsonl");
    let out = redac()
        .arg("rewrite")
        .arg(&input)
        .arg("-o")
        .arg(dir.path().join("out"))
        .arg("--report")
        .arg(&report)
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(101));
    assert!(dir.path().join("out/b.md").exists());
    assert_eq!(std::fs::read_to_string(&report).unwrap().lines().count(), 2);
}

#[test]
fn reads_stop_at_the_limit_and_special_files_are_refused_unopened() {
    let out = redac()
        .args(["rewrite", "/dev/zero", "--max-bytes", "1000"])
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("a device"));
    let out = redac()
        .args(["rewrite", "-", "--max-bytes", "1000"])
        .write_stdin(vec![b'a'; 5000])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("over the 1000-byte limit"));
    #[cfg(target_os = "linux")]
    {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo.txt");
        rustix::fs::mknodat(
            rustix::fs::CWD,
            &fifo,
            rustix::fs::FileType::Fifo,
            rustix::fs::Mode::RUSR | rustix::fs::Mode::WUSR,
            0,
        )
        .unwrap();
        for command in ["rewrite", "stats"] {
            let out = redac()
                .arg(command)
                .arg(&fifo)
                .timeout(std::time::Duration::from_secs(20))
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "{command}");
            assert!(String::from_utf8_lossy(&out.stderr).contains("named pipe"));
        }
    }
}

fn rewrite_stdin(input: Vec<u8>) -> (i32, String, String) {
    let out = redac().arg("rewrite").write_stdin(input).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_lone_carriage_return_makes_no_live_markdown() {
    let mut input = seed();
    input.extend_from_slice(
        "Le président a parlé longtemps de sécurité régionale hier.\r# Titre injecté par un retour chariot\r- item injecté dans une liste\n".as_bytes(),
    );
    let (status, article, _) = rewrite_stdin(input);
    assert!(matches!(status, 0 | 1));
    assert!(!article.contains('\r'));
    for line in article.lines() {
        assert!(
            !(line.starts_with("# Titre injecté") || line.starts_with("- item injecté")),
            "{line}"
        );
    }
}

#[test]
fn invisible_characters_never_reach_the_article_and_messages_are_escaped() {
    let text = String::from_utf8(seed()).unwrap().replacen(
        "Poutine",
        "Pou\u{200b}tine\u{202e}\u{1b}]0;pwned\u{7}",
        3,
    );
    let (status, article, stderr) = rewrite_stdin(text.into_bytes());
    assert!(matches!(status, 0 | 1));
    for c in ['\u{200b}', '\u{202e}', '\u{1b}', '\u{7}'] {
        assert!(!article.contains(c) && !stderr.contains(c), "{c:?}");
    }
    let out = redac()
        .arg("rewrite")
        .arg("absent\u{1b}]0;pwned\u{7}.txt")
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains('\u{1b}'), "{stderr}");
    assert!(
        stderr.contains("absent\\u{1b}]0;pwned\\u{7}.txt"),
        "{stderr}"
    );
}

#[test]
fn one_invalid_byte_is_replaced_on_its_line_not_the_whole_file_reread() {
    let good = seed();
    let at = good.windows(2).position(|w| w == "é".as_bytes()).unwrap();
    let line = good[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    let mut bad = good[..at].to_vec();
    bad.push(0xE9);
    bad.extend_from_slice(&good[at + 2..]);
    let (status, article, stderr) = rewrite_stdin(bad);
    assert!(matches!(status, 0 | 1), "{stderr}");
    assert!(!article.contains("Ã©"), "mojibake");
    assert!(article.contains("é"));
    assert!(
        stderr.contains(&format!(
            "invalid UTF-8 on line {line}, read as windows-1252 or replaced with \u{fffd}"
        )),
        "{stderr}"
    );
}

/// A dispatch written for this test, its apostrophes pasted from a Windows tool (byte 0x92
/// in a UTF-8 file, on four lines that hold UTF-8 accents too): they were replaced, "les
/// usagers devront s\u{fffd}armer", in the article and its description.
#[test]
fn apostrophes_pasted_in_windows_1252_are_read_as_apostrophes() {
    let bytes = std::fs::read("fixtures/written/pasted_quotes.txt").unwrap();
    let (status, article, stderr) = rewrite_stdin(bytes);
    assert_eq!(status, 1, "{stderr}");
    assert!(!article.contains('\u{fffd}'), "{article}");
    assert!(article.contains("devront s’armer de patience"), "{article}");
    assert!(
        article.contains("L’intersyndicale, qui regroupe"),
        "{article}"
    );
    assert!(
        stderr.contains("invalid UTF-8 on line 5, 9, 11, 13, read as windows-1252"),
        "{stderr}"
    );
}

#[test]
fn utf16_without_bom_is_read_as_text() {
    let text = String::from_utf8(seed()).unwrap();
    let utf8 = rewrite_stdin(text.clone().into_bytes());
    let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let (status, article, stderr) = rewrite_stdin(utf16);
    assert!(matches!(status, 0 | 1), "{stderr}");
    assert_eq!(article, utf8.1);
    assert!(stderr.contains("read as UTF-16LE"), "{stderr}");
}

#[test]
fn a_paragraph_of_links_is_no_words() {
    let mut input = seed();
    let before = redac()
        .args(["stats", "--format", "json"])
        .write_stdin(input.clone())
        .output()
        .unwrap();
    input.extend_from_slice(
        "\n\nSources : https://exemple.fr/a redaction@exemple.fr www.exemple.fr "
            .repeat(200)
            .as_bytes(),
    );
    let after = redac()
        .args(["stats", "--format", "json"])
        .write_stdin(input)
        .output()
        .unwrap();
    let words = |out: &std::process::Output| {
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["words"].as_u64().unwrap()
    };
    assert!(
        words(&after) <= words(&before) + 200,
        "{} vs {}",
        words(&after),
        words(&before)
    );
}

/// Run `redac` with `args` in `dir` and return the exit status.
fn status_in(dir: &std::path::Path, args: &[&str]) -> Option<i32> {
    let out = redac().current_dir(dir).args(args).output().unwrap();
    out.status.code()
}

#[test]
fn no_output_lands_on_an_input_or_in_an_input_folder() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("dossier")).unwrap();
    std::fs::create_dir_all(d.join("in")).unwrap();
    std::fs::write(d.join("lead.txt"), seed()).unwrap();
    std::fs::write(d.join("dossier/autre.txt"), seed()).unwrap();
    std::fs::write(d.join("in/a.txt"), seed()).unwrap();
    std::fs::write(d.join("in/notes.csv"), "a,b").unwrap();
    let snapshot = || {
        ["lead.txt", "dossier/autre.txt", "in/a.txt", "in/notes.csv"]
            .map(|f| std::fs::read(d.join(f)).unwrap())
    };
    let before = snapshot();
    for args in [
        &["rewrite", "lead.txt", "--report", "lead.txt"][..],
        &["rewrite", "lead.txt", "--report", "./dossier/../lead.txt"],
        &[
            "rewrite",
            "lead.txt",
            "--with",
            "dossier",
            "-o",
            "dossier/article.md",
        ],
        &[
            "rewrite",
            "lead.txt",
            "--with",
            "dossier",
            "--report",
            "dossier/autre.txt",
        ],
        &["rewrite", "lead.txt", "-o", "a.md", "--report", "a.md"],
        &["rewrite", "in", "-o", "out", "--report", "in/notes.csv"],
        &["rewrite", "in", "-o", "out", "--report", "in/report.jsonl"],
    ] {
        assert_eq!(status_in(d, args), Some(2), "{args:?}");
        assert!(!d.join("dossier/article.md").exists() && !d.join("out").exists());
    }
    assert_eq!(snapshot(), before);
}

#[test]
fn an_orphan_temporary_left_by_a_killed_run_is_removed_by_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("lead.txt"), seed()).unwrap();
    let orphan = d.join(".redac-AbC123.tmp");
    let file = std::fs::File::create(&orphan).unwrap();
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    file.set_modified(hour_ago).unwrap();
    drop(file);
    assert!(matches!(
        status_in(d, &["rewrite", "lead.txt", "-o", "article.md"]),
        Some(0 | 1)
    ));
    assert!(!orphan.exists());
    let left: Vec<_> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// Inputs the fuzzer found crashing (fuzz/artifacts), kept as they were found.
const FUZZ_CRASHES: &[&[u8]] = &[
    // A brief and nothing else: the structure stage indexed block 0 of an empty page.
    b"par:Make this article seo compatible  \n",
    b"Customize this title in frCus",
    // A headline as the last block: the stage asked for the role of the block under it.
    b"# \xa0$   \n\t\n",
];

#[test]
fn inputs_the_fuzzer_found_crashing_end_in_an_error() {
    for input in FUZZ_CRASHES {
        for command in ["rewrite", "stats"] {
            let out = redac().arg(command).write_stdin(*input).output().unwrap();
            assert_eq!(
                out.status.code(),
                Some(2),
                "{command} {:?}: {}",
                String::from_utf8_lossy(input),
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

#[test]
fn a_page_the_html_extractor_panics_on_is_contained() {
    // trafilatura (through ego-tree) panics on this mutated page; reading::html catches it.
    let page = std::fs::read("fixtures/fuzz/extractor-panic.html").unwrap();
    for command in ["rewrite", "stats"] {
        let out = redac()
            .arg(command)
            .write_stdin(page.clone())
            .output()
            .unwrap();
        assert!(
            matches!(out.status.code(), Some(0..=2)),
            "{command}: {out:?}"
        );
        // Contained, the panic is not reported: the user reads redac's own message.
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{command}: {stderr}");
        assert!(stderr.contains("no article"), "{command}: {stderr}");
    }
}

#[test]
fn a_keycap_glued_inside_a_word_ends() {
    // A fuzzed interview (fixtures/written's, mutated): "po1️⃣ur", a keycap's digit taken for a
    // run of emoji's start and never passed, looped for ever, its removals filling memory.
    let text = std::fs::read("fixtures/fuzz/keycap-loop.txt").unwrap();
    for command in ["rewrite", "stats"] {
        let out = redac()
            .arg(command)
            .write_stdin(text.clone())
            .timeout(std::time::Duration::from_secs(20))
            .output()
            .unwrap();
        assert!(
            matches!(out.status.code(), Some(0..=2)),
            "{command}: {out:?}"
        );
    }
}
