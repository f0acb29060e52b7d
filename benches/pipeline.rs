//! End-to-end throughput: the whole per-article pipeline (tokenise, tag,
//! resolve, quotes, relations) on the team's example articles, and merging
//! the analyses into a graph. Run with `cargo bench --bench pipeline`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsgraph::extract::analyze;
use newsgraph::graph::KnowledgeGraph;
use newsgraph::ingest::read_inputs;
use newsgraph::mentions::default_finder;

fn pipeline(c: &mut Criterion) {
    let articles = read_inputs(&["examples/articles".into()]).expect("examples present");
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("analyze examples (bytes/s)", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| analyze(a, default_finder()).mentions.len())
                .sum::<usize>()
        })
    });
    let analyses: Vec<_> = articles
        .iter()
        .map(|a| analyze(a, default_finder()))
        .collect();
    group.bench_function("merge into graph", |b| {
        b.iter(|| {
            let mut g = KnowledgeGraph::new();
            for a in &analyses {
                g.add_analysis(a);
            }
            g.graph.node_count()
        })
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
