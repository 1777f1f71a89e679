//! Whole extraction (`Extractor::extract`: sentences, mentions, people, cues, items, parties,
//! numbers/money/dates, transfers, merge) on one thread: the longest sample article, and
//! every sample article in turn. Also the cost of `Extractor::new`.

use std::hint::black_box;

use armscope_catalog::Catalog;
use armscope_extract::Extractor;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn extract(c: &mut Criterion) {
    let catalog = Catalog::embedded().expect("embedded catalog");
    let extractor = Extractor::new(&catalog);
    let docs = armscope_bench::corpus_documents();
    let one = armscope_bench::one_article(&docs);
    let bytes = armscope_bench::total_bytes(docs.iter().map(|d| d.text.as_str()));

    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(one.text.len() as u64));
    g.bench_function("one_document", |b| {
        b.iter(|| extractor.extract(black_box(one)))
    });
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("sample_corpus", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| extractor.extract(black_box(d)).transfers.len())
                .sum::<usize>()
        })
    });
    g.finish();

    c.bench_function("extractor/new", |b| {
        b.iter(|| Extractor::new(black_box(&catalog)))
    });
}

criterion_group!(benches, extract);
criterion_main!(benches);
