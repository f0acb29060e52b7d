//! networkx node-link JSON: `{directed, multigraph, graph, nodes, links}`,
//! one link per typed edge (a multigraph: two people can both have met and
//! be co-mentioned), each with its key, type, weight and evidence.

use serde_json::{Value, json};

use crate::graph::KnowledgeGraph;

pub fn to_node_link(g: &KnowledgeGraph) -> String {
    let nodes: Vec<Value> = g
        .nodes()
        .map(|n| {
            json!({
                "id": n.id, "type": n.kind.as_str(), "label": n.name, "aliases": n.aliases,
                "mentions": n.mentions, "documents": n.documents, "roles": n.roles,
            })
        })
        .collect();
    let links: Vec<Value> = g
        .edges()
        .map(|(s, t, e)| {
            let key = match &e.role {
                Some(r) => format!("{}:{r}", e.kind.as_str()),
                None => e.kind.as_str().to_string(),
            };
            json!({
                "source": s, "target": t, "key": key, "type": e.kind.as_str(), "role": e.role,
                "weight": e.weight, "evidence": e.evidence,
            })
        })
        .collect();
    let doc = json!({
        "directed": true,
        "multigraph": true,
        "graph": {"name": "newsgraph", "documents": g.documents.values().collect::<Vec<_>>(), "statements": g.statements},
        "nodes": nodes,
        "links": links,
    });
    serde_json::to_string_pretty(&doc).expect("node-link serialises")
}
