//! Exports of the knowledge graph to the formats people open it with. The
//! graph model (`crate::graph`) knows nothing of them.
//!
//! - `dot`: Graphviz, one shape and colour per node type, labelled edges, a legend;
//! - `json`: networkx node-link (`networkx.node_link_graph(data, edges="links")`).

pub mod dot;
pub mod json;

use clap::ValueEnum;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Dot,
    Json,
}

pub fn render(
    graph: &crate::graph::KnowledgeGraph,
    format: Format,
    options: &dot::DotOptions,
) -> String {
    match format {
        Format::Dot => dot::to_dot(graph, options),
        Format::Json => json::to_node_link(graph),
    }
}
