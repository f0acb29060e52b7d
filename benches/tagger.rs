//! Tagging throughput of the shipped model on hand-written news text (no
//! corpus text in the repository), reported as tokens per second.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsgraph::tagger::{BuiltinLexicon, Tagger};

const TEXT: &str = "President Maria Lopez met officials of the World Bank in Geneva on Tuesday . \
Lopez said the talks with the International Monetary Fund had gone well , according to \
a spokesman for the Finance Ministry . \
SOCCER - LATE GOAL GIVES ROVERS WIN OVER CITY . \
Shares of Acme Corp rose 4.5 percent to $ 32.10 in New York after the company said \
its chief executive , John Carter , would step down . \
The European Union and Japan agreed on Friday to cut tariffs on steel and cars , \
officials in Brussels and Tokyo said .";

fn document() -> Vec<Vec<&'static str>> {
    TEXT.split(" . ")
        .map(|s| {
            let mut v: Vec<&str> = s.split_whitespace().collect();
            v.push(".");
            v
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let tagger = Tagger::embedded();
    let doc = document();
    let tokens: usize = doc.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group("tagger");
    g.throughput(Throughput::Elements(tokens as u64));
    g.bench_function("tag_document", |b| {
        b.iter(|| tagger.tag_document(std::hint::black_box(&doc), &BuiltinLexicon))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
