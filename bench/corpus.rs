//! Corpus: real-looking French wire copy made from the fixtures, for benchmarks and tests.
//!
//! The five fixtures are real scraped articles about one story. A generated article keeps the
//! page furniture of one fixture (brief, kicker, title, dateline above; share prompts, "Loading…"
//! below), and a body of the fixtures' prose paragraphs in a shuffled order, with an ad marker
//! now and then, until it reaches its size. Once every paragraph is used, new paragraphs are
//! made of sentences from different fixtures, so even a 50 MB input is mostly lines the cleaner
//! has not seen before (a repeated line is dropped as scraping noise, which would measure
//! nothing). Everything is seeded: the same arguments give the same bytes.
//!
//! This file has no dependency but std, so the criterion benches, the integration tests and
//! `bench/make_corpus.rs` can all include it with `#[path]`.

#![allow(dead_code)]

use std::path::Path;

/// A fixture cut into what surrounds the article and the article's prose.
#[derive(Debug, Clone)]
pub struct Fixture {
    /// Lines above the first prose paragraph (brief, kicker, title, dateline), blank lines kept.
    pub header: Vec<String>,
    /// Lines below the last prose paragraph (source link, share prompts, disclaimers).
    pub footer: Vec<String>,
    pub prose: Vec<String>,
    /// Short lines between prose paragraphs ("PUBLICITÉ").
    pub noise: Vec<String>,
}

/// A line that ends like a sentence is prose; headlines, briefs and labels do not.
fn is_prose(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words >= 6 && line.trim_end().ends_with(['.', '»', '…'])
}

impl Fixture {
    pub fn parse(text: &str) -> Fixture {
        let lines: Vec<&str> = text.lines().collect();
        let first = lines
            .iter()
            .position(|l| is_prose(l))
            .unwrap_or(lines.len());
        let last = lines
            .iter()
            .rposition(|l| is_prose(l))
            .map_or(first, |i| i + 1);
        let body = &lines[first..last.max(first)];
        Fixture {
            header: lines[..first].iter().map(|l| l.to_string()).collect(),
            footer: lines[last.max(first)..]
                .iter()
                .map(|l| l.to_string())
                .collect(),
            prose: body
                .iter()
                .filter(|l| is_prose(l))
                .map(|l| l.to_string())
                .collect(),
            noise: body
                .iter()
                .filter(|l| !l.trim().is_empty() && !is_prose(l))
                .map(|l| l.to_string())
                .collect(),
        }
    }
}

/// Read every `*.txt` of `dir` (sorted, so the corpus does not depend on directory order).
pub fn load_fixtures(dir: &Path) -> std::io::Result<Vec<Fixture>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).map(|t| Fixture::parse(&t)))
        .collect()
}

/// SplitMix64: a tiny, good-enough generator, so the corpus needs no crate.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// Every fixture's prose paragraphs and sentences, the material articles are cut from.
pub struct Corpus {
    fixtures: Vec<Fixture>,
    paragraphs: Vec<String>,
    sentences: Vec<String>,
}

impl Corpus {
    pub fn new(fixtures: Vec<Fixture>) -> Corpus {
        assert!(
            !fixtures.is_empty(),
            "the corpus needs at least one fixture"
        );
        let paragraphs: Vec<String> = fixtures
            .iter()
            .flat_map(|f| f.prose.iter().cloned())
            .collect();
        let sentences = paragraphs.iter().flat_map(|p| sentences_of(p)).collect();
        Corpus {
            fixtures,
            paragraphs,
            sentences,
        }
    }

    pub fn from_dir(dir: &Path) -> std::io::Result<Corpus> {
        load_fixtures(dir).map(Corpus::new)
    }

    /// Article number `index`, of about `size` bytes (never less), in the layout of fixture
    /// `index % fixtures`. The same index and size always give the same text.
    pub fn article(&self, index: usize, size: usize) -> String {
        let fixture = &self.fixtures[index % self.fixtures.len()];
        let mut rng = Rng::new(index as u64);
        let mut order: Vec<usize> = (0..self.paragraphs.len()).collect();
        rng.shuffle(&mut order);
        let mut out = fixture.header.join("\n");
        out.push_str("\n\n");
        let footer = fixture.footer.join("\n");
        let mut next = order.into_iter();
        while out.len() + footer.len() < size {
            let paragraph = match next.next() {
                Some(i) => self.paragraphs[i].clone(),
                None => self.mixed_paragraph(&mut rng),
            };
            out.push_str(&paragraph);
            out.push_str("\n\n");
            if !fixture.noise.is_empty() && rng.below(6) == 0 {
                out.push_str(&fixture.noise[rng.below(fixture.noise.len())]);
                out.push_str("\n\n");
            }
        }
        out.push_str(&footer);
        out.push('\n');
        out
    }

    /// A paragraph of two to four sentences drawn from anywhere in the fixtures.
    fn mixed_paragraph(&self, rng: &mut Rng) -> String {
        let count = 2 + rng.below(3);
        let picked: Vec<&str> = (0..count)
            .map(|_| self.sentences[rng.below(self.sentences.len())].as_str())
            .collect();
        picked.join(" ")
    }
}

/// Sentences of a paragraph, cut at ". " before a capital: rough, but the pieces only have to
/// read as French sentences.
fn sentences_of(paragraph: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = paragraph.as_bytes();
    for (i, _) in paragraph.match_indices(". ") {
        let next = paragraph[i + 2..].chars().next();
        if next.is_some_and(char::is_uppercase) && i > start {
            out.push(paragraph[start..=i].trim().to_string());
            start = i + 2;
        }
    }
    if start < bytes.len() {
        out.push(paragraph[start..].trim().to_string());
    }
    out.retain(|s| s.split_whitespace().count() >= 4);
    out
}

/// Size of article `index` in a corpus of articles between `min` and `max` bytes.
pub fn size_of(index: usize, min: usize, max: usize) -> usize {
    let mut rng = Rng::new(index as u64 ^ 0x5EED);
    min + rng.below(max - min + 1)
}

/// Where article `index` goes in a generated tree: 100 files per folder, so the tree has
/// depth and a batch mirrors folders, as a desk's archive by day would.
pub fn relative_path(index: usize) -> String {
    format!("{:03}/depeche-{index:05}.txt", index / 100)
}

/// Write `count` articles of `min..=max` bytes under `dir`; returns the bytes written.
pub fn write_tree(
    corpus: &Corpus,
    dir: &Path,
    count: usize,
    min: usize,
    max: usize,
) -> std::io::Result<u64> {
    let mut total = 0u64;
    for index in 0..count {
        let path = dir.join(relative_path(index));
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let text = corpus.article(index, size_of(index, min, max));
        total += text.len() as u64;
        std::fs::write(path, text)?;
    }
    Ok(total)
}
