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
