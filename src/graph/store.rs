//! The newsgraph graph file: a versioned JSON document holding documents,
//! nodes, edges with evidence, and statements. Reading it checks the format
//! and reports a one-line error; writing is atomic.

use std::path::Path;

use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};

use super::{DocumentInfo, Edge, KnowledgeGraph, Node, StatementRecord};

pub const FORMAT: &str = "newsgraph";
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct GraphFile {
    format: String,
    version: u32,
    documents: Vec<DocumentInfo>,
    nodes: Vec<Node>,
    edges: Vec<EdgeRecord>,
    statements: Vec<StatementRecord>,
}

#[derive(Serialize, Deserialize)]
struct EdgeRecord {
    source: String,
    target: String,
    #[serde(flatten)]
    edge: Edge,
}

impl KnowledgeGraph {
    pub fn to_json(&self) -> String {
        let file = GraphFile {
            format: FORMAT.into(),
            version: VERSION,
            documents: self.documents.values().cloned().collect(),
            nodes: self.nodes().cloned().collect(),
            edges: self
                .edges()
                .map(|(s, t, e)| EdgeRecord {
                    source: s.into(),
                    target: t.into(),
                    edge: e.clone(),
                })
                .collect(),
            statements: self.statements.clone(),
        };
        serde_json::to_string_pretty(&file).expect("graph serialises")
    }

    pub fn from_json(text: &str) -> anyhow::Result<KnowledgeGraph> {
        let file: GraphFile = serde_json::from_str(text).context("not a newsgraph graph file")?;
        if file.format != FORMAT {
            bail!("not a newsgraph graph file (format {:?})", file.format);
        }
        if file.version != VERSION {
            bail!(
                "graph file version {} is not supported (expected {VERSION})",
                file.version
            );
        }
        let mut g = KnowledgeGraph::new();
        for d in file.documents {
            g.documents.insert(d.id.clone(), d);
        }
        for n in file.nodes {
            g.upsert_node(n);
        }
        for r in file.edges {
            let (Some(a), Some(b)) = (g.node_index(&r.source), g.node_index(&r.target)) else {
                bail!(
                    "edge {} -> {} names a node that is not in the file",
                    r.source,
                    r.target
                );
            };
            for ev in r.edge.evidence {
                g.add_evidence(a, b, r.edge.kind, r.edge.role.clone(), ev);
            }
        }
        g.statements = file.statements;
        Ok(g)
    }

    pub fn load(path: &Path) -> anyhow::Result<KnowledgeGraph> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        KnowledgeGraph::from_json(&text).with_context(|| path.display().to_string())
    }

    pub fn save(&self, path: &Path) -> anyhow::Result<()> {
        crate::output::write_atomically(path, self.to_json().as_bytes())
    }
}
