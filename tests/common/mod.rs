//! Helpers shared by the CLI tests: the seed fixtures, running the real binary, and reading
//! back what it wrote.
#![allow(dead_code)] // each test file uses its own subset

use assert_cmd::Command;
use redac::rendering::front_matter::FrontMatter;

/// The five seed articles: real scraped French news about the same story.
pub const SEEDS: [&str; 5] = [
    "fixtures/000_3b268ec18a991379.txt",
    "fixtures/001_678681fda66f4638.txt",
    "fixtures/002_4beb03af83448623.txt",
    "fixtures/003_5527b092c92f2c73.txt",
    "fixtures/004_205e8a0cf81a84db.txt",
];

/// What a run of the binary gave.
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Run `redac ARGS`, with `stdin` as standard input when given.
pub fn redac_with_input(args: &[&str], stdin: Option<Vec<u8>>) -> Run {
    let mut command = Command::cargo_bin("redac").unwrap();
    // The run's day, the date of an article whose source shows none (2024-06-01).
    command.env("SOURCE_DATE_EPOCH", "1717200000").args(args);
    if let Some(bytes) = stdin {
        command.write_stdin(bytes);
    }
    let out = command.output().unwrap();
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub fn redac(args: &[&str]) -> Run {
    redac_with_input(args, None)
}

/// The arguments of `rewrite SEED --with` every other seed (the seed dossier).
pub fn dossier_args(lead: usize) -> Vec<&'static str> {
    let mut args = vec!["rewrite", SEEDS[lead]];
    for (_, seed) in SEEDS.iter().enumerate().filter(|(i, _)| *i != lead) {
        args.extend(["--with", seed]);
    }
    args
}

/// Split a written article into its parsed front matter and its Markdown body.
pub fn split(article: &str) -> (FrontMatter, String) {
    let rest = article
        .strip_prefix("---\n")
        .expect("front matter opens the file");
    let end = rest.find("\n---\n").expect("front matter is closed");
    let fm = serde_saphyr::from_str(&rest[..end]).expect("front matter parses as YAML");
    (fm, rest[end + 5..].to_string())
}

/// Body paragraphs, unescaped: blocks that are not headings, nor in the Sources section.
pub fn body_paragraphs(body: &str) -> Vec<String> {
    let body = body.split("\n## Sources\n").next().unwrap();
    body.split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty() && !b.starts_with("## "))
        .map(redac::rendering::escape::unescape)
        .collect()
}

/// Body sentences, in order.
pub fn body_sentences(body: &str) -> Vec<String> {
    body_paragraphs(body)
        .into_iter()
        .flat_map(|p| {
            redac::segmenting::split_sentences(&p)
                .into_iter()
                .map(|r| p[r].to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Letters and digits only, lowercased, one space between words: what survives any
/// typographic normalisation. Independent of redac's own typography code on purpose.
pub fn canonical(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap()
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
