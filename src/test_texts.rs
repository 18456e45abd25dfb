//! Real French text for the tests that hold a faster function equal to the one it replaced:
//! the seed articles of `fixtures/`, read once per test.

/// The text of every `.txt` file directly in `fixtures/` (the seeds), in the order of their
/// names, so that a failure names the same text from one run to the next.
pub fn seed_texts() -> Vec<String> {
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir("fixtures")
        .expect("the seeds")
        .map(|entry| entry.expect("a seed").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| std::fs::read_to_string(path).expect("a seed's text"))
        .collect()
}

/// Every line of every seed, then each seed whole.
pub fn seed_lines_and_texts() -> Vec<String> {
    let mut texts = Vec::new();
    for text in seed_texts() {
        texts.extend(text.lines().map(str::to_string));
        texts.push(text);
    }
    texts
}

/// Every paragraph (blank-line separated) and then every line of every seed: what a test of a
/// paragraph's reading is fed.
pub fn seed_paragraphs_and_lines() -> Vec<String> {
    let mut pieces = Vec::new();
    for text in seed_texts() {
        pieces.extend(text.split("\n\n").chain(text.lines()).map(str::to_string));
    }
    pieces
}
