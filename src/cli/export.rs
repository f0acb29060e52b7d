//! `newsgraph export`: a graph file to DOT, node-link JSON, GraphML, Neo4j
//! (Cypher or import CSV) or an interactive HTML page.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::Args;

use crate::export::{Format, Rendered, dot::DotOptions, render};
use crate::graph::KnowledgeGraph;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// A graph file written by `newsgraph build`.
    pub graph: PathBuf,
    /// Output format.
    #[arg(long, short, value_enum)]
    pub format: Format,
    /// Output file (default: stdout); for neo4j-csv, the directory to write
    /// nodes.csv and relationships.csv into (required).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// DOT only: draw co-mention edges as well (dashed).
    #[arg(long)]
    pub co_mentions: bool,
}

const NEEDS_DIR: &str = "--format neo4j-csv writes two files: give the directory with -o DIR";

pub fn run(args: &ExportArgs) -> anyhow::Result<()> {
    // Checked before loading so a usage mistake costs nothing on a big graph.
    if args.format == Format::Neo4jCsv && args.output.is_none() {
        bail!(NEEDS_DIR);
    }
    let graph = KnowledgeGraph::load(&args.graph)?;
    let rendered = render(
        &graph,
        args.format,
        &DotOptions {
            co_mentions: args.co_mentions,
        },
    );
    match (rendered, &args.output) {
        (Rendered::One(text), Some(path)) => crate::output::write_atomically(path, text.as_bytes()),
        (Rendered::One(text), None) => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            Ok(out.flush()?)
        }
        (Rendered::Files(files), Some(dir)) => {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            for (name, text) in files {
                crate::output::write_atomically(&dir.join(name), text.as_bytes())?;
            }
            Ok(())
        }
        (Rendered::Files(_), None) => bail!(NEEDS_DIR),
    }
}
