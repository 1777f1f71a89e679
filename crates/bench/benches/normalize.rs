//! The normalizers over every sentence of the sample articles (as the extractor calls them:
//! once per sentence): `find_numbers`, `find_money`, `find_dates` (with and without a
//! publication date to anchor relative dates), and `Scan`, which reads all three from one
//! tokenization as the extractor now does.

use std::hint::black_box;

use armscope_normalize::{find_dates, find_money, find_numbers, Scan};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn normalize(c: &mut Criterion) {
    let docs = armscope_bench::corpus_documents();
    let sentences = armscope_bench::sentences(&docs);
    let bytes = armscope_bench::total_bytes(sentences.iter().copied());
    let anchor = Some(jiff::civil::date(2024, 3, 7));

    let mut g = c.benchmark_group("normalize/corpus_sentences");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("find_numbers", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|s| find_numbers(black_box(s)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("find_money", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|s| find_money(black_box(s)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("find_dates", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|s| find_dates(black_box(s), None).len())
                .sum::<usize>()
        })
    });
    g.bench_function("find_dates_anchored", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|s| find_dates(black_box(s), anchor).len())
                .sum::<usize>()
        })
    });
    g.bench_function("scan_numbers_money_dates", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|s| {
                    let scan = Scan::new(black_box(s));
                    scan.numbers().len() + scan.money().len() + scan.dates(anchor).len()
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, normalize);
criterion_main!(benches);
