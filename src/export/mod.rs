//! Exports of the knowledge graph to the formats people open it with. The
//! graph model (`crate::graph`) knows nothing of them.
//!
//! - `dot`: Graphviz, one shape and colour per node type, labelled edges, a legend;
//! - `json`: networkx node-link (`networkx.node_link_graph(data, edges="links")`);
//! - `graphml`: Gephi, yEd, Cytoscape, `networkx.read_graphml`;
//! - `neo4j`: a Cypher script for `cypher-shell`; `neo4j-csv`: the two files
//!   `neo4j-admin database import` reads;
//! - `html`: one self-contained interactive page for a browser, offline.

pub mod dot;
pub mod graphml;
pub mod html;
pub mod json;
pub mod neo4j;

use clap::ValueEnum;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Dot,
    Json,
    Graphml,
    /// A Cypher script (CREATE CONSTRAINT / MERGE) for cypher-shell.
    Neo4j,
    /// nodes.csv and relationships.csv for neo4j-admin import (needs `-o DIR`).
    #[value(name = "neo4j-csv")]
    Neo4jCsv,
    Html,
}

/// What an export produces: most formats are one text, the neo4j-admin
/// import is a set of named files that belong in one directory.
#[derive(Debug, Clone, PartialEq)]
pub enum Rendered {
    One(String),
    Files(Vec<(&'static str, String)>),
}

pub fn render(
    graph: &crate::graph::KnowledgeGraph,
    format: Format,
    options: &dot::DotOptions,
) -> Rendered {
    match format {
        Format::Dot => Rendered::One(dot::to_dot(graph, options)),
        Format::Json => Rendered::One(json::to_node_link(graph)),
        Format::Graphml => Rendered::One(graphml::to_graphml(graph)),
        Format::Neo4j => Rendered::One(neo4j::to_cypher(graph)),
        Format::Neo4jCsv => Rendered::Files(neo4j::to_csv(graph)),
        Format::Html => Rendered::One(html::to_html(graph)),
    }
}
