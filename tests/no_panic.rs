//! Bad input gets an error, never a panic: the library is fed arbitrary bytes, arbitrary text,
//! and seed articles cut, shuffled and spliced with noise.

use proptest::prelude::*;
use redac::pipeline::{Settings, SourceInput};

fn rewrite(bytes: Vec<u8>, related: Vec<Vec<u8>>) {
    let source = |bytes: Vec<u8>| SourceInput {
        name: "input".into(),
        bytes,
    };
    let related: Vec<SourceInput> = related.into_iter().map(source).collect();
    // Ok or Err are both fine; a panic fails the test.
    let _ = redac::dossier::rewrite(&source(bytes), &related, &Settings::default());
}

fn seed_lines() -> Vec<String> {
    std::fs::read_dir("fixtures")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "txt")
                && p.file_name().unwrap().to_string_lossy().starts_with('0')
        })
        .flat_map(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .lines()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        rewrite(bytes, Vec::new());
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,600}") {
        rewrite(text.into_bytes(), Vec::new());
    }

    #[test]
    fn check_never_panics_on_arbitrary_drafts(
        front in r"(---\n(title|description|slug|keyphrase|words|lang): \PC{0,40}\n){0,6}(---\n)?",
        body in r#"([#>*`\-|«»"':;!?…0-9 \p{L}]{0,80}\n){0,12}"#,
    ) {
        let settings = redac::checking::config::Settings::default();
        let _ = redac::checking::check_text(&format!("{front}{body}"), &settings);
    }

    #[test]
    fn spliced_seed_lines_never_panic(
        picks in proptest::collection::vec(0usize..1000, 1..40),
        noise in proptest::collection::vec("[#>*`\\-|«»\"':;!?…0-9 \\p{L}]{0,30}", 0..10),
    ) {
        let lines = seed_lines();
        let mut text: Vec<String> = picks.iter().map(|&i| lines[i % lines.len()].clone()).collect();
        for (i, n) in noise.iter().enumerate() {
            let at = (i * 7) % (text.len() + 1);
            text.insert(at, n.clone());
        }
        let lead = text.join("\n").into_bytes();
        let related = vec![text.iter().rev().cloned().collect::<Vec<_>>().join("\n\n").into_bytes()];
        rewrite(lead, related);
    }
}
