//! Snapshots of the articles redac writes for the seed articles. Each snapshot was read in full
//! as an editor would; a change to any of them is a change to what journalists get, so review
//! it with `cargo insta review` before accepting.

use assert_cmd::Command;

fn article(args: &[&str]) -> String {
    let out = Command::cargo_bin("redac")
        .unwrap()
        // The run's day, the date of an article whose source shows none (2024-06-01).
        .env("SOURCE_DATE_EPOCH", "1717200000")
        .args(args)
        .arg("--quiet")
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn seed_000() {
    insta::assert_snapshot!(article(&["rewrite", "fixtures/000_3b268ec18a991379.txt"]));
}

#[test]
fn seed_001() {
    insta::assert_snapshot!(article(&["rewrite", "fixtures/001_678681fda66f4638.txt"]));
}

#[test]
fn seed_002() {
    insta::assert_snapshot!(article(&["rewrite", "fixtures/002_4beb03af83448623.txt"]));
}

#[test]
fn seed_003() {
    insta::assert_snapshot!(article(&["rewrite", "fixtures/003_5527b092c92f2c73.txt"]));
}

#[test]
fn seed_004() {
    insta::assert_snapshot!(article(&["rewrite", "fixtures/004_205e8a0cf81a84db.txt"]));
}

mod common;

/// `rewrite` seed `lead` with the four other seeds as related sources.
fn dossier(lead: usize) -> String {
    article(&common::dossier_args(lead))
}

#[test]
fn dossier_000() {
    insta::assert_snapshot!(dossier(0));
}

#[test]
fn dossier_001() {
    insta::assert_snapshot!(dossier(1));
}

#[test]
fn dossier_002() {
    insta::assert_snapshot!(dossier(2));
}

#[test]
fn dossier_003() {
    insta::assert_snapshot!(dossier(3));
}

#[test]
fn dossier_004() {
    insta::assert_snapshot!(dossier(4));
}
