//! `newsgraph build`: analyse articles and build (or extend) a graph file.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::extract::analyze;
use crate::graph::KnowledgeGraph;
use crate::ingest::read_inputs;

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Articles: .txt files, directories (searched recursively), .jsonl files, or - for stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// The graph file to write; if it exists, the articles are added to it.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Start a new graph even if the output file exists.
    #[arg(long)]
    pub fresh: bool,
}

pub fn run(args: &BuildArgs) -> anyhow::Result<()> {
    let articles = read_inputs(&args.inputs)?;
    let mut graph = if args.output.exists() && !args.fresh {
        KnowledgeGraph::load(&args.output)?
    } else {
        KnowledgeGraph::new()
    };
    let finder = super::name_finder();
    let progress = if articles.len() > 20 && std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(articles.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} articles {elapsed}")
                .expect("static template"),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    // Analysis runs in parallel; merging stays in input order so the graph
    // file is the same whatever the thread count.
    let analyses: Vec<_> = articles
        .par_iter()
        .map(|a| {
            let r = analyze(a, finder);
            progress.inc(1);
            r
        })
        .collect();
    progress.finish_and_clear();
    let added = analyses.iter().filter(|a| graph.add_analysis(a)).count();
    graph.save(&args.output)?;
    eprintln!(
        "newsgraph: {} articles read, {} added ({} already in the graph); graph has {} nodes, {} edges, {} statements -> {}",
        articles.len(),
        added,
        articles.len() - added,
        graph.graph.node_count(),
        graph.graph.edge_count(),
        graph.statements.len(),
        args.output.display()
    );
    Ok(())
}
