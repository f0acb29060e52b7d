//! Command-line interface: argument parsing (clap derive) and dispatch to one
//! module per command. Errors are printed as one line on stderr and turned
//! into an exit code: 0 success, 1 failure (bad input, I/O), 2 usage error
//! (reported by clap itself).

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod build;
mod export;
mod extract;
mod graph_query;
mod query;
mod train;

use crate::mentions::NameFinder;

/// Build knowledge graphs (people, institutions, countries, places, sectors,
/// who said what) from English news articles, offline.
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse articles and build (or extend) a graph file.
    Build(build::BuildArgs),
    /// Export a graph file: Graphviz DOT, networkx node-link JSON, GraphML,
    /// Neo4j (Cypher script or import CSV), or an interactive HTML page.
    Export(export::ExportArgs),
    /// Who said what: statements with speakers, filtered by speaker, topic, text, date.
    Quotes(query::QuotesArgs),
    /// List entities by mentions or degree, or explain how one node was made.
    Entities(query::EntitiesArgs),
    /// The entities linked to one entity, with edge kind, direction, weight and evidence.
    Neighbors(graph_query::NeighborsArgs),
    /// A shortest path between two entities (edges in either direction), with evidence per hop.
    Path(graph_query::PathArgs),
    /// Write one annotations file per article (the evaluation schema).
    Extract(extract::ExtractArgs),
    /// Train the entity tagger on CoNLL-2003 data and write its weights.
    Train(train::TrainArgs),
    /// Evaluate the entity tagger.
    Eval(train::EvalArgs),
}

/// Runs the CLI and maps the outcome to an exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            report(&err);
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Build(args) => build::run(&args),
        Command::Export(args) => export::run(&args),
        Command::Quotes(args) => query::quotes(&args),
        Command::Entities(args) => query::entities(&args),
        Command::Neighbors(args) => graph_query::neighbors(&args),
        Command::Path(args) => graph_query::path(&args),
        Command::Extract(args) => extract::run(&args),
        Command::Train(args) => train::train(&args),
        Command::Eval(args) => train::eval(&args),
    }
}

/// One line on stderr: the error and its causes joined by ": ".
fn report(err: &anyhow::Error) {
    let chain: Vec<String> = err.chain().map(|c| c.to_string()).collect();
    eprintln!("newsgraph: error: {}", chain.join(": "));
}

/// The name finder the pipeline uses.
pub(crate) fn name_finder() -> &'static dyn NameFinder {
    crate::mentions::default_finder()
}
