//! The catalog matcher (`Matcher::find_all`, one aho-corasick pass plus word-boundary checks)
//! over the longest sample article and over all sample articles joined into one text.

use std::hint::black_box;

use armscope_catalog::Catalog;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn matcher(c: &mut Criterion) {
    let catalog = Catalog::embedded().expect("embedded catalog");
    let matcher = catalog.matcher();
    let docs = armscope_bench::corpus_documents();
    let one = armscope_bench::one_article(&docs);
    let all = armscope_bench::concatenated(&docs);

    let mut g = c.benchmark_group("matcher/find_all");
    g.throughput(Throughput::Bytes(one.text.len() as u64));
    g.bench_function("one_article", |b| {
        b.iter(|| matcher.find_all(black_box(&one.text)))
    });
    g.throughput(Throughput::Bytes(all.len() as u64));
    g.bench_function("corpus_concatenated", |b| {
        b.iter(|| matcher.find_all(black_box(&all)))
    });
    g.finish();

    c.bench_function("catalog/embedded_load", |b| {
        b.iter(|| Catalog::embedded().expect("embedded catalog"))
    });
}

criterion_group!(benches, matcher);
criterion_main!(benches);
