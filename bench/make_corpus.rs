//! Generate the benchmark corpus from the fixtures (see `bench/corpus.rs` for how).
//!
//! ```text
//! cargo run --release --example make_corpus -- tree DIR COUNT [MIN_BYTES MAX_BYTES]
//! cargo run --release --example make_corpus -- single FILE BYTES
//! ```
//! `tree` writes COUNT articles of 2–6 KB (by default) in folders of 100; `single` writes one
//! huge article (the linear-time check). Both print the bytes written.

#[path = "corpus.rs"]
mod corpus;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str =
    "usage: make_corpus tree DIR COUNT [MIN_BYTES MAX_BYTES] | make_corpus single FILE BYTES";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(bytes) => {
            println!("{bytes}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("make_corpus: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<u64, String> {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let corpus =
        corpus::Corpus::from_dir(&fixtures).map_err(|e| format!("{}: {e}", fixtures.display()))?;
    let number = |i: usize| -> Result<usize, String> {
        args.get(i)
            .ok_or(USAGE)?
            .parse()
            .map_err(|e| format!("{}: {e}", args[i]))
    };
    match args.first().map(String::as_str) {
        Some("tree") => {
            let dir = PathBuf::from(args.get(1).ok_or(USAGE)?);
            let (min, max) = if args.len() > 3 {
                (number(3)?, number(4)?)
            } else {
                (2048, 6144)
            };
            corpus::write_tree(&corpus, &dir, number(2)?, min, max)
                .map_err(|e| format!("{}: {e}", dir.display()))
        }
        Some("single") => {
            let file = PathBuf::from(args.get(1).ok_or(USAGE)?);
            let text = corpus.article(0, number(2)?);
            std::fs::write(&file, &text).map_err(|e| format!("{}: {e}", file.display()))?;
            Ok(text.len() as u64)
        }
        _ => Err(USAGE.into()),
    }
}
