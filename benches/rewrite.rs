//! Criterion benchmarks of the `rewrite` stages on one 4 KB article of the generated corpus,
//! and of the whole pipeline on 2, 4 and 6 KB articles (throughput in bytes, so the report
//! reads as MB/s). The whole binary over a folder is measured by `bench/run.sh`.
//!
//! ```text
//! cargo bench --bench rewrite
//! ```

#[path = "../bench/corpus.rs"]
mod corpus;

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use redac::pipeline::{self, Settings, SourceInput};
use redac::segmenting::Paragraph;
use redac::{analysing, brief, language, reading, structure};
use std::hint::black_box;
use std::path::Path;

fn corpus() -> corpus::Corpus {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    corpus::Corpus::from_dir(&fixtures).expect("fixtures")
}

fn source(text: &str) -> SourceInput {
    SourceInput {
        name: "bench.txt".into(),
        bytes: text.as_bytes().to_vec(),
    }
}

/// Each stage alone, on the same 4 KB article, in pipeline order.
fn stages(c: &mut Criterion) {
    let text = corpus().article(2, 4096);
    let input = source(&text);
    let decoded = reading::decode(&input.bytes, reading::DEFAULT_MAX_BYTES).unwrap();
    let (_, body) = brief::extract(decoded.text.clone());
    let page = reading::Page::from_text(&body);
    let article = structure::analyse(&page);
    let prose = article.prose();
    let prepared = pipeline::prepare(&input, reading::DEFAULT_MAX_BYTES).unwrap();
    let paragraphs: Vec<Paragraph> = prepared.paragraphs.iter().map(|(_, p)| p.clone()).collect();
    let keyphrase =
        analysing::choose_keyphrase(prepared.article.title.as_deref(), &paragraphs).unwrap();

    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("decode", |b| {
        b.iter(|| reading::decode(black_box(&input.bytes), reading::DEFAULT_MAX_BYTES))
    });
    group.bench_function("brief", |b| {
        // The brief is taken out of an owned text, in place: each run gets its own copy.
        b.iter_batched(
            || decoded.text.clone(),
            |text| brief::extract(black_box(text)),
            BatchSize::SmallInput,
        )
    });
    group.bench_function("structure", |b| {
        b.iter(|| structure::analyse(&reading::Page::from_text(black_box(&body))))
    });
    group.bench_function("language", |b| {
        b.iter(|| language::detect(black_box(&prose)))
    });
    group.bench_function("prepare", |b| {
        b.iter(|| pipeline::prepare(black_box(&input), reading::DEFAULT_MAX_BYTES))
    });
    // Each iteration starts a new article: the sentence memo would otherwise hand the stage
    // its analysis for free from the iteration before.
    group.bench_function("keyphrase", |b| {
        b.iter(|| {
            analysing::start_article();
            analysing::choose_keyphrase(prepared.article.title.as_deref(), black_box(&paragraphs))
        })
    });
    group.bench_function("density", |b| {
        b.iter(|| {
            analysing::start_article();
            analysing::density(black_box(&paragraphs), &[], &keyphrase)
        })
    });
    group.bench_function("rewrite", |b| {
        b.iter(|| redac::dossier::rewrite(black_box(&input), &[], &Settings::default()))
    });
    group.finish();
}

/// The whole pipeline per article size: articles/s is 1 / time, MB/s is the throughput.
fn whole(c: &mut Criterion) {
    let corpus = corpus();
    let mut group = c.benchmark_group("rewrite");
    for size in [2048, 4096, 6144] {
        let input = source(&corpus.article(7, size));
        group.throughput(Throughput::Bytes(input.bytes.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &input, |b, input| {
            b.iter(|| redac::dossier::rewrite(black_box(input), &[], &Settings::default()))
        });
    }
    group.finish();
}

criterion_group!(benches, stages, whole);
criterion_main!(benches);
