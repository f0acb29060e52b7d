//! `newsgraph export`: a graph file to DOT or networkx node-link JSON.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::export::{Format, dot::DotOptions, render};
use crate::graph::KnowledgeGraph;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// A graph file written by `newsgraph build`.
    pub graph: PathBuf,
    /// Output format.
    #[arg(long, short, value_enum)]
    pub format: Format,
    /// Output file (default: stdout).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// DOT only: draw co-mention edges as well (dashed).
    #[arg(long)]
    pub co_mentions: bool,
}

pub fn run(args: &ExportArgs) -> anyhow::Result<()> {
    let graph = KnowledgeGraph::load(&args.graph)?;
    let text = render(
        &graph,
        args.format,
        &DotOptions {
            co_mentions: args.co_mentions,
        },
    );
    match &args.output {
        Some(path) => crate::output::write_atomically(path, text.as_bytes()),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            Ok(out.flush()?)
        }
    }
}
